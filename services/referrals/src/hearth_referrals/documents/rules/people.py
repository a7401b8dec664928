"""People in a referral: the child's name, the social worker's email and phone, and the
words for the people round the child (relatives, a parent's partner, the household) that
every rule asking whose a risk, a worry or a contact is reads them by."""

from __future__ import annotations

import re

__all__ = [
    "EMAIL",
    "KIN_BY_PRONOUN",
    "NAME_WORD",
    "OTHER_ADULTS",
    "PHONE",
    "RELATIVES",
    "WORKER_ROLE",
    "emails",
    "kin",
    "looks_like_name",
    "phones",
    "split_name",
]

# One word of a person's name as written in English records: capitalised, an apostrophe or
# a hyphen inside ("O'Neill", "McAllister", "Ellie-Mae", "Smith-jones").
NAME_WORD = r"(?:O['\u2019]|Mc|Mac)?[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z'\u2019]+)*"

# The child's relatives and the people of the child's home, by relation: each relation's
# words (regular expressions, without word boundaries), and whom "she" or "he" can stand
# for. What children call them across England's regions is here too ("mam", "nana").
KIN: dict[str, tuple[str, str | None]] = {
    "mother": (r"mum|mother|mom|mam|mammy|mummy", "female"),
    "father": (r"dad|father|daddy", "male"),
    "parents": (r"parents?", None),
    "step-parent": (r"step-?\w+", None),
    "sister": (r"sisters?", "female"),
    "brother": (r"brothers?", "male"),
    "sibling": (r"siblings?", None),
    "grandmother": (r"grand(?:mother|ma)s?|nan|nana|nanna|nanny|gran|granny", "female"),
    "grandfather": (r"grand(?:father|pa|ad|dad)s?|grampy|gramps", "male"),
    "grandparents": (r"grand\w+", None),
    "aunt": (r"aunt\w*", "female"),
    "uncle": (r"uncles?", "male"),
    "cousin": (r"cousins?", None),
    "partner": (r"partners?", None),
    "girlfriend": (r"girlfriend", "female"),
    "boyfriend": (r"boyfriend", "male"),
    "household": (r"household|family members?|birth family", None),
}
FAMILY = ("mother", "father", "parents", "step-parent")
SIBLINGS = ("sister", "brother", "sibling")
GRANDPARENTS = ("grandmother", "grandfather", "grandparents")
EXTENDED = ("aunt", "uncle", "cousin")
PARTNERS = ("partner", "girlfriend", "boyfriend")
# Each one person (not the household as a whole)
RELATIVES = tuple(relation for relation in KIN if relation != "household")


# A role after a name in a signature or a contact line: "Social Worker", "Senior SW",
# "SW" (not a London postcode's "SW1A").
WORKER_ROLE = re.compile(r"^\W*(senior |allocated )?(social worker|sw)\b", re.I)


def kin(*relations: str) -> str:
    """One alternation of the words of ``relations`` (every relation's when none named)."""
    return "|".join(KIN[relation][0] for relation in relations or tuple(KIN))


# Whom a pronoun can be, among the people a sentence names: "Mum says she self-harmed as a
# teenager" may be Mum herself, "Dad reports he ..." Dad.
KIN_BY_PRONOUN = {
    pronoun: re.compile(
        rf"\b(?:{kin(*(name for name, (_w, g) in KIN.items() if g == gender))})\b", re.I
    )
    for pronoun, gender in (("she", "female"), ("he", "male"))
}
# The adults round a child who are not family: its carers (not the foster carers asked
# for), its worker, its teacher.
OTHER_ADULTS = r"(?<!foster )carers?|worker|\bsw|teacher"

EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b")
PHONE = re.compile(
    r"(?<![\d/.])(?:(?:\+44\s?\(0\)\s?|\+44\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}"
    r"|\(0\d{2,4}\)\s?\d{3,4}[\s-]?\d{3,4})(?![\d/]|\.\d)"  # "(0161) 496 0123"
)
# Letters of Latin names with their accents ("Zo\u00eb", "Ren\u00e9e", "\u00c9lodie"), and the
# lower-case particles of a surname ("de Souza", "van der Berg", "da Silva").
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LETTER = "a-zA-Z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"
_PARTICLE = r"(?:de|da|do|dos|das|di|du|del|della|van|von|der|den|la|le|bin|ibn)"
_NAME = re.compile(
    rf"^[{_UPPER}][{_LETTER}'\u2019-]+"
    rf"(?:\s+(?:{_PARTICLE}\s+){{0,2}}[{_UPPER}][{_LETTER}'\u2019-]+){{0,3}}$"
)
# "Best wishes": a sign-off's first word, though a surname after a forename ("Naomi Best")
_SIGN_OFF_LEADS = frozenset({"Best", "Warm", "Warmest"})
_NOT_NAMES = {
    "Social",
    "Worker",
    "Team",
    "Manager",
    "Kind",
    "Regards",
    "Thanks",
    "Council",
    "Children",
    "Services",
    "Referral",
    "Placement",
    "Placements",
    "Yes",
    "No",
    "Male",
    "Female",
    "Unknown",
    "None",
    "Not",
    "Dear",
    "Hi",
    "Hello",
    "Many",
    "County",
    "Borough",
    "City",
    "Officer",
    "Date",
    "Sent",
    "From",
    # An organisation, a team or a mailbox signs off as no person ("Calderdale MBC").
    "MBC",
    "Trust",
    "Partnership",
    "Service",
    "Department",
    "Directorate",
    "Authority",
    "Metropolitan",
    "District",
    "Agency",
    "Ltd",
    "Limited",
    "Hub",
    "Inbox",
    "Mailbox",
    "Duty",
    "EDT",
    "Panel",
    # a team's name after a role ("Social Worker, Care Leavers and 16+")
    "Care",
    "Leavers",
    "Leaving",
    "Looked",
    "Fostering",
    "Adoption",
    "Safeguarding",
    "Permanence",
    "Disabilities",
    "Unit",
    # a team's own words ("Family Solutions Plus", "Early Help and Intervention", "Child
    # Protection and Assessment"): never a person's name
    "Family",
    "Families",
    "Solutions",
    "Plus",
    "Support",
    "Assessment",
    "Intervention",
    "Protection",
    "Help",
    "Justice",
    "Locality",
    # a letter's closing lines under the signature ("Dictated, not checked", "Typed by JB")
    "Dictated",
    "Typed",
    "Unsigned",
    "Enc",
    "Encs",
}


# "jo.bloggs@kent.exa mple.gov.uk", "amir@luton.example.go v.uk": an address a narrow table
# cell wrapped, the space put in where the line broke. Joined when the first part does not
# end in a top-level domain of its own and the rest ends in one.
_TOP_LEVEL = r"(?:uk|com|org|net|gov|nhs|scot|wales|cymru|ie)"
_WRAPPED_EMAIL = re.compile(
    r"(?<![\w.%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]*[A-Za-z0-9.]) "
    rf"([a-z0-9-]*(?:\.[a-z0-9-]+)*\.{_TOP_LEVEL}|{_TOP_LEVEL})\b(?![@.\w])"
)
_ENDS_IN_TOP_LEVEL = re.compile(rf"\.{_TOP_LEVEL}$")


def _unwrap(match: re.Match[str]) -> str:
    if _ENDS_IN_TOP_LEVEL.search(match.group(1)):
        return match.group(0)
    return match.group(1) + match.group(2)


def emails(text: str) -> list[str]:
    if "@" in text:
        text = _WRAPPED_EMAIL.sub(_unwrap, text)
    return EMAIL.findall(text)


def phones(text: str) -> list[str]:
    found = []
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if 10 <= len(digits) <= 13:
            found.append(" ".join(match.group(0).split()))
    return found


# A public body's abbreviation after its place ("Calderdale MBC", "Kent CC", "Leeds NHS");
# a surname in capitals ("Ellie-Mae PARKIN", as Mosaic prints it) is a person's.
_ORGANISATION_ABBREVIATION = re.compile(
    r"^(MBC|CC|DC|BC|CBC|LBC|RBC|BCP|UA|NHS|CCG|ICB|ICS|PCT|CIC|LTD|PLC|EDT|MASH|CAMHS|YOT)$"
)


def looks_like_name(text: str) -> bool:
    """A person's name: capitalised words, none of them a form's or an organisation's word;
    a public body's abbreviation beside a word that is not one ("Calderdale MBC", "Kent CC")
    is an organisation."""
    text = text.strip()
    words = text.split()
    bodies = [word for word in words if _ORGANISATION_ABBREVIATION.match(word)]
    if bodies and len(bodies) < len(words):
        return False
    return (
        bool(_NAME.match(text))
        and not (set(words) & _NOT_NAMES)
        and not (words and words[0] in _SIGN_OFF_LEADS)
    )


def split_name(text: str) -> tuple[str, str | None]:
    """(first name, last name) of "Tom Smith", "SMITH, Tom" or "Tom"."""
    text = " ".join(text.replace("\u2019", "'").split())

    def cased(words: list[str]) -> str:
        return " ".join(
            word.title() if word.isupper() and len(word) > 2 else word for word in words
        )

    if "," in text:  # "KELLS, Ruby Mae": the surname, then every forename
        last, first = (part.strip() for part in text.split(",", 1))
        if first and last:
            return cased(first.split()), cased(last.split())
        text = first or last
    words = text.split()
    capitals = [word.isupper() and len(word) > 2 for word in words]  # not initials ("DJ")
    if len(words) > 1 and capitals[0] and not all(capitals):
        # "KELLS Ruby": a case system's export writes the surname first, in capitals
        lead = capitals.index(False)
        return cased(words[lead:]), cased(words[:lead])
    if len(words) == 1:
        return cased(words), None
    return cased(words[:1]), cased(words[1:])
