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

__all__ = [
    "AuthorityMatch",
    "authority_from_email",
    "council_named",
    "find_authority",
    "resolve_authority",
]

_NOISE = re.compile(
    r"\b(london borough of|royal borough of|metropolitan borough( council)?|city of|county of"
    r"|county council|city council|borough council|district council|council|children'?s services"
    r"|children and families|social care|social services|directorate|department|local authority"
    r"|children'?s (services )?trust|the|la|mbc|cc|bc|mdc|lbc)\b",
    re.IGNORECASE,
)
# The councils' usual styles by ONS code prefix: counties, unitaries, metropolitan
# districts and London boroughs. Their initials are how forms abbreviate them.
_SUFFIXES = {
    "E10": ("{} County Council",),
    "E06": ("{} Council", "{} City Council", "{} Borough Council", "Royal Borough of {}"),
    "E08": ("{} Council", "{} City Council", "{} Metropolitan Borough Council"),
    "E09": ("London Borough of {}", "{} Council", "Royal Borough of {}"),
}
# Unitary councils whose own style is not the usual one: Rutland is "RCC" (Rutland County
# Council), Redcar and Cleveland "RCBC", Durham "DCC", Northumberland "NCC" (their own names).
_OWN_STYLE = {
    "E06000017": ("{} County Council",),
    "E06000003": ("{} Borough Council", "{} Council"),
    "E06000047": ("Durham County Council", "{} Council"),
    "E06000057": ("{} County Council", "{} Council"),
}
_SMALL = {"of", "and", "the", "upon", "on", "with", "under"}
_DOMAIN = re.compile(
    r"@((?:[a-z0-9-]+\.)+(?:gov\.uk|org\.uk|org|co\.uk|cjsm\.net))\b", re.IGNORECASE
)
# Labels of a mail host that name no one: public suffixes, secure-mail networks (GCSx,
# CJSM) and the placeholders of fictional or test addresses.
_GENERIC_LABELS = {
    "gov",
    "uk",
    "org",
    "co",
    "net",
    "com",
    "nhs",
    "cjsm",
    "gcsx",
    "gsx",
    "gsi",
    "pnn",
    "example",
    "mail",
    "email",
    "secure",
    "smtp",
    "mx",
    "exchange",
    "outlook",
    "office",
}
_DIRECTIONS = {"north", "south", "east", "west", "central", "mid", "greater", "city"}
# First words that say nothing on their own ("Isle of Wight", "St Helens", "County Durham").
_NOT_ALIASES = {"county", "isle", "isles", "st", "tower", "royal", "great", "milton"}
# Words an LA's mail domain adds to its name ("hullcc", "nottscc", "wolverhampton-council").
_DOMAIN_ADDITIONS = re.compile(
    r"(childrenstrust|childrentrust|childrensservices|council|city|mbc|cc|bc|gov|lbc)$"
)
# Children's services run by a trust or company for their council (Department for
# Education's list of children's services trusts); a trust acting for two councils
# is not resolved to either.
_TRUSTS = {
    "birmingham children's trust": "Birmingham",
    "sandwell children's trust": "Sandwell",
    "doncaster children's services trust": "Doncaster",
    "together for children": "Sunderland",
    "slough children first": "Slough",
    "worcestershire children first": "Worcestershire",
    "bradford children and families trust": "Bradford",
    "brighter futures for children": "Reading",
    "achieving for children": None,
    "northamptonshire children's trust": None,
    "children first northamptonshire": None,
}


# The trusts' own mail domains (their public sites' addresses).
_TRUST_DOMAINS = {
    "togetherforchildren": "Sunderland",
    "dcst": "Doncaster",  # Doncaster Children's Services Trust's initials
    "brighterfuturesforchildren": "Reading",
    "worcschildrenfirst": "Worcestershire",
    "dcstrust": "Doncaster",
    "sloughchildrenfirst": "Slough",
}


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
    # Councils best known by their initials or a short form (as on their own sites).
    "bcp": "bournemouth christchurch and poole",
    "cwac": "cheshire west and chester",
    "banes": "bath and north east somerset",
    "bwd": "blackburn with darwen",
    "rbwm": "windsor and maidenhead",
    "bhcc": "brighton and hove",
    "eryc": "east riding of yorkshire",
    "nelc": "north east lincolnshire",
    "cyc": "york",
    # Mail domains that are initials ("@bathnes.gov.uk", "@nelincs.gov.uk", "@iow.gov.uk").
    "bathnes": "bath and north east somerset",
    "nelincs": "north east lincolnshire",
    "northlincs": "north lincolnshire",
    "iow": "isle of wight",
    "nycc": "north yorkshire",
}


_SHORT_FORMS_BY_NAME = {long: short for short, long in _SHORT_FORMS.items()}


_AMPERSAND_FORMS = [
    (re.compile(r"\bB\s*&\s*NES\b", re.I), "bath and north east somerset"),
    (re.compile(r"\bH\s*&\s*F\b"), "hammersmith and fulham"),
    (re.compile(r"\bK\s*&\s*C\b"), "kensington and chelsea"),
    (re.compile(r"\bN\.?\s?E\.?\s+Lincs\b", re.I), "north east lincolnshire"),
    (re.compile(r"\bN\.?\s+Lincs\b", re.I), "north lincolnshire"),
    (re.compile(r"\bN\.?\s+Yorks\b", re.I), "north yorkshire"),
]


def _expand(text: str) -> str:
    for pattern, name in _AMPERSAND_FORMS:
        text = pattern.sub(name, text)
    return re.sub(
        r"\b(" + "|".join(_SHORT_FORMS) + r")\b",
        lambda match: _SHORT_FORMS[match.group(1).lower()],
        text,
        flags=re.I,
    )


def _normal(text: str) -> str:
    text = _expand(text.replace("&", " and ").replace("\u2019", "'"))
    text = _NOISE.sub(" ", text.lower())
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def _acronym(words: str) -> str:
    return "".join(
        word[0] for word in words.replace("-", " ").split() if word.lower() not in _SMALL
    ).upper()


def _squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _aliases(names: dict[str, str]) -> dict[str, str]:
    """Everyday short names derived from the official ones, kept only when unique.

    "Southend-on-Sea" is "Southend", "Telford and Wrekin" is "Telford"; where the
    first word is shared ("Kingston upon Thames", "Kingston upon Hull") the last is
    used instead ("Hull").
    """
    firsts: dict[str, set[str]] = {}
    for name, code in names.items():
        words = name.split()
        if len(words) > 1 and words[0] not in _DIRECTIONS | _NOT_ALIASES:
            firsts.setdefault(words[0], set()).add(code)
    aliases = {word: next(iter(codes)) for word, codes in firsts.items() if len(codes) == 1}
    lasts: dict[str, set[str]] = {}
    for name, code in names.items():
        words = name.split()
        if len(words) > 2 and words[-2] == "upon" and len(firsts.get(words[0], ())) > 1:
            lasts.setdefault(words[-1], set()).add(code)
    aliases.update({word: next(iter(codes)) for word, codes in lasts.items() if len(codes) == 1})
    return {alias: code for alias, code in aliases.items() if alias not in names}


def _domain_keys(name: str, code: str) -> set[str]:
    """How an LA's mail domain may spell it: "northyorks", "n-somerset", "hullcc"."""
    words = _normal(name).split()
    keys = {"".join(words)}
    for long, short in _SHORT_FORMS_BY_NAME.items():
        if long in words:
            keys.add("".join(short if word == long else word for word in words))
    if words and words[-1].endswith("shire") and len(words[-1]) > 6:
        keys.add("".join([*words[:-1], words[-1][: -len("shire")] + "s"]))
    if len(words) > 1 and words[0] in _DIRECTIONS:
        keys.add(words[0][0] + "".join(words[1:]))
    if "of" in words[1:]:  # "East Riding of Yorkshire" is "eastriding"
        keys.add("".join(words[: words.index("of")]))
    return keys


@cache
def _index() -> tuple[dict[str, str], list[dict[str, set[str]]], dict[str, str]]:
    names = {_normal(name): code for code, name in LOCAL_AUTHORITIES.items()}
    for code, name in LOCAL_AUTHORITIES.items():
        if name.lower().startswith("county "):  # "County Durham" is also "Durham"
            names.setdefault(_normal(name[len("county ") :]), code)
    names.update(_aliases(names))
    # "London" alone is the city, not the City of London's council.
    names["city of london"] = names.pop("london")
    # The usual style is tried first: "KCC" is Kent County Council before it is the
    # rarely written "Kensington and Chelsea Council".
    usual: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for code, name in LOCAL_AUTHORITIES.items():
        name = name.split(",")[0]  # "Bristol, City of"
        first, *rest = _OWN_STYLE.get(code) or _SUFFIXES.get(code[:3], ("{} Council",))
        usual.setdefault(_acronym(first.format(name)), set()).add(code)
        for style in rest:
            other.setdefault(_acronym(style.format(name)), set()).add(code)
    domains: dict[str, str] = {}
    for name, code in names.items():
        for key in _domain_keys(name, code):
            domains.setdefault(key, code)
    for domain, council in _TRUST_DOMAINS.items():
        domains.setdefault(domain, names[_normal(council)])
    for short, long in _SHORT_FORMS.items():  # "bcpcouncil.gov.uk", "cheshirewestandchester"
        if _normal(long) in names:
            domains.setdefault(short, names[_normal(long)])
    for table in (usual, other):
        for acronym, codes in table.items():
            if len(codes) == 1 and len(acronym) >= 3:
                domains.setdefault(acronym.lower(), next(iter(codes)))
    return names, [usual, other], domains


def _trust(text: str) -> AuthorityMatch | None:
    lowered = " ".join(
        text.lower().replace("\u2019", "'").replace("childrens", "children's").split()
    )
    for trust, council in _TRUSTS.items():
        if trust in lowered:
            if council is None:
                return AuthorityMatch(None, 0.0, ambiguous=True)
            names, _acronyms, _domains = _index()
            return AuthorityMatch(names[_normal(council)], 0.9)
    return None


def authority_from_email(text: str) -> AuthorityMatch:
    """The authority an email address's domain names ("@northyorks.gov.uk")."""
    _names, _acronyms, domains = _index()
    for domain in _DOMAIN.finditer(text):
        labels = [
            part for part in domain.group(1).lower().split(".") if part not in _GENERIC_LABELS
        ]
        for label in reversed(labels):  # "secure.leeds.gov.uk", "kent.gcsx.gov.uk"
            found = _domain_label(label, domains)
            if found.code:
                return found
    return AuthorityMatch(None, 0.0)


def _domain_label(label: str, domains: dict[str, str]) -> AuthorityMatch:
    """The authority one label of a mail host names ("hullcc", "n-somerset")."""
    candidates = [label.replace("-", ""), label.split("-")[0]]
    for candidate in list(candidates):
        for _ in range(2):
            candidate = _DOMAIN_ADDITIONS.sub("", candidate)
            candidates.append(candidate)
    if "-" in label:
        candidates.append(label)
    for candidate in candidates:
        if candidate in domains:
            return AuthorityMatch(domains[candidate], 0.9)
    return AuthorityMatch(None, 0.0)


def resolve_authority(text: str) -> AuthorityMatch:
    """The authority a short piece of text (a form answer, a signature line) names."""
    names, acronyms, _domains = _index()
    trust = _trust(text)
    if trust is not None:
        return trust
    if "@" in text:
        found = authority_from_email(text)
        if found.code:
            return found
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


_COUNCIL_ACRONYM = re.compile(r"\b((?:LB|RB)[A-Z]{1,4}|[A-Z]{1,4}(?:CC|MBC|BC|C))\b")


def find_authority(text: str) -> AuthorityMatch:
    """An authority named anywhere in a longer text: a trust, a whole name, a council's
    initials ("KCC", "RBKC") or an email domain."""
    names, acronyms, _domains = _index()
    trust = _trust(text)
    if trust is not None and trust.code:
        return trust
    if "@" in text:
        found = authority_from_email(text)
        if found.code:
            return found
    lowered = " ".join(re.sub(r"[^a-z0-9 ]", " ", _expand(text).lower()).split())
    lowered = f" {lowered} "
    hits = sorted((name for name in names if f" {name} " in lowered), key=len, reverse=True)
    if hits:
        # "North Yorkshire" contains "Yorkshire"-like names: the longest match wins.
        return AuthorityMatch(names[hits[0]], 0.8)
    for token in _COUNCIL_ACRONYM.findall(text):
        for table in acronyms:
            codes = table.get(token, set())
            if len(codes) == 1:
                return AuthorityMatch(next(iter(codes)), 0.8)
            if codes:
                break
    return AuthorityMatch(None, 0.0)


# A council named as a council in running text: "London Borough of Croydon", "Rotherham
# Metropolitan Borough Council", "Kent County Council", "Leeds Children's Services", "Stockport
# MBC". A place's name alone ("moved to Leeds") is no council.
_PLACE = r"(?:[A-Z][\w'&.-]*(?:\s+(?:and|upon|on|in|le|under)\s+|\s+|-)){0,4}[A-Z][\w'.-]*"
_COUNCIL_NAMED = re.compile(
    rf"\b(?:(?:London|Royal)\s+Borough\s+of|City\s+of|Metropolitan\s+Borough\s+of"
    rf"|Borough\s+of|County\s+of)\s+{_PLACE}"
    rf"|\b{_PLACE}\s+(?:(?:Metropolitan\s+)?Borough|County|City|District)?\s*Council\b"
    rf"|\b{_PLACE}\s+Children(?:'|\u2019)?s\s+(?:Services|Social\s+Care|Trust)\b"
    rf"|\b{_PLACE}\s+(?:MBC|CC|BC|MDC)\b"
)


def council_named(text: str) -> AuthorityMatch:
    """The council a text names as a council (or a children's trust acting for one)
    anywhere in it; no match for a place's name alone."""
    trust = _trust(text)
    if trust is not None:
        return trust
    for found in _COUNCIL_NAMED.finditer(text):
        match = find_authority(found.group(0))
        if match.code:
            return match
    return AuthorityMatch(None, 0.0)
