"""Local authority names in every spelling, to their ONS code.

"KCC", "Kent County Council", "Children's Services, Kent", "kent.gov.uk" all mean
E10000016. Acronyms are used only when exactly one authority has them ("LCC" could
be Lancashire, Leeds, Leicester or Lincolnshire, so it is left unclear).
"""

from __future__ import annotations

import re
from functools import cache

from hearth_contract.codes import LOCAL_AUTHORITIES
from rapidfuzz import fuzz, process

__all__ = ["AuthorityMatch", "find_authority", "resolve_authority"]

_NOISE = re.compile(
    r"\b(london borough of|royal borough of|metropolitan borough( council)?|city of|county of"
    r"|county council|city council|borough council|district council|council|children'?s services"
    r"|children and families|social care|social services|directorate|department|local authority"
    r"|the|la)\b",
    re.IGNORECASE,
)
# The councils' usual styles by ONS code prefix: counties, unitaries, metropolitan
# districts and London boroughs.
_SUFFIXES = {
    "E10": ("{} County Council",),
    "E06": ("{} Council", "{} City Council", "{} Borough Council"),
    "E08": ("{} Council", "{} City Council", "{} Metropolitan Borough Council"),
    "E09": ("London Borough of {}", "{} Council"),
}
_SMALL = {"of", "and", "the", "upon", "on"}
_DOMAIN = re.compile(r"@([a-z0-9.-]+)\.gov\.uk\b", re.IGNORECASE)


class AuthorityMatch(tuple):
    """(code, confidence, ambiguous)."""

    __slots__ = ()

    def __new__(cls, code: str | None, confidence: float, ambiguous: bool = False):
        return super().__new__(cls, (code, confidence, ambiguous))

    code = property(lambda self: self[0])
    confidence = property(lambda self: self[1])
    ambiguous = property(lambda self: self[2])


# Shortened county names in everyday use ("Notts County Council", "Herts").
_SHORT_FORMS = {
    "notts": "nottinghamshire",
    "lancs": "lancashire",
    "leics": "leicestershire",
    "lincs": "lincolnshire",
    "herts": "hertfordshire",
    "bucks": "buckinghamshire",
    "berks": "berkshire",
    "glos": "gloucestershire",
    "hants": "hampshire",
    "staffs": "staffordshire",
    "wilts": "wiltshire",
    "worcs": "worcestershire",
    "oxon": "oxfordshire",
    "cambs": "cambridgeshire",
    "northants": "northamptonshire",
    "derbys": "derbyshire",
    "beds": "bedfordshire",
    "warks": "warwickshire",
}


def _normal(text: str) -> str:
    text = text.replace("&", " and ").replace("\u2019", "'")
    text = re.sub(
        r"\b(" + "|".join(_SHORT_FORMS) + r")\b",
        lambda match: _SHORT_FORMS[match.group(1).lower()],
        text,
        flags=re.I,
    )
    text = _NOISE.sub(" ", text.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def _acronym(words: str) -> str:
    return "".join(
        word[0] for word in words.replace("-", " ").split() if word.lower() not in _SMALL
    ).upper()


@cache
def _index() -> tuple[dict[str, str], list[dict[str, set[str]]], dict[str, str]]:
    names = {_normal(name): code for code, name in LOCAL_AUTHORITIES.items()}
    for code, name in LOCAL_AUTHORITIES.items():
        if name.lower().startswith("county "):  # "County Durham" is also "Durham"
            names.setdefault(_normal(name[len("county ") :]), code)
    # The usual style is tried first: "KCC" is Kent County Council before it is the
    # rarely written "Kensington and Chelsea Council".
    usual: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    domains: dict[str, str] = {}
    for code, name in LOCAL_AUTHORITIES.items():
        first, *rest = _SUFFIXES.get(code[:3], ("{} Council",))
        usual.setdefault(_acronym(first.format(name)), set()).add(code)
        for style in rest:
            other.setdefault(_acronym(style.format(name)), set()).add(code)
        domains[re.sub(r"[^a-z]", "", name.lower())] = code
    acronyms = [usual, other]
    return names, acronyms, domains


def resolve_authority(text: str) -> AuthorityMatch:
    """The authority a short piece of text (a form answer, a signature line) names."""
    names, acronyms, domains = _index()
    domain = _DOMAIN.search(text)
    if domain:
        key = re.sub(r"[^a-z]", "", domain.group(1).split(".")[-1].lower())
        if key in domains:
            return AuthorityMatch(domains[key], 0.9)
    for token in re.findall(r"\b[A-Z]{2,5}\b", text):
        for table in acronyms:
            codes = table.get(token, set())
            if len(codes) == 1:
                return AuthorityMatch(next(iter(codes)), 0.9)
            if len(codes) > 1 and _normal(text) in ("", token.lower()):
                return AuthorityMatch(None, 0.0, ambiguous=True)
    normal = _normal(text)
    if not normal:
        return AuthorityMatch(None, 0.0)
    if normal in names:
        return AuthorityMatch(names[normal], 0.98)
    best = process.extractOne(normal, list(names), scorer=fuzz.ratio, score_cutoff=88)
    if best:
        return AuthorityMatch(names[best[0]], 0.85)
    return find_authority(text)


def find_authority(text: str) -> AuthorityMatch:
    """An authority named anywhere in a longer text, by its whole name."""
    names, _acronyms, _domains = _index()
    lowered = " " + " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split()) + " "
    hits = sorted((name for name in names if f" {name} " in lowered), key=len, reverse=True)
    if not hits:
        return AuthorityMatch(None, 0.0)
    # "North Yorkshire" contains "Yorkshire"-like names: the longest match wins.
    return AuthorityMatch(names[hits[0]], 0.8)
