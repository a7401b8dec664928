"""A child's needs in the words forms use: disabilities (diagnosed, not suspected),
communication needs, allergies, and how many placements the child has had."""

from __future__ import annotations

import re

from hearth_contract.codes import CommunicationRequirement, Disability

__all__ = [
    "allergies",
    "allergy_named",
    "communication",
    "disabilities",
    "placements_count",
    "without_remark",
]

# "peanut allergy", "allergic to penicillin", "nut and egg allergies": an allergy by name.
_NAMED_ALLERGY = re.compile(
    r"\b((?:[a-z]+ (?:and |& |or )?){0,2}?[a-z]+) allerg(?:y|ies)\b"
    r"|\ballergic to ((?:[a-z]+)(?:(?:,| and| &| or) [a-z]+){0,3})",
    re.IGNORECASE,
)
_NOT_NAMED = re.compile(r"^(no|known|any|an|the|his|her|their|severe|mild|food|possible)$", re.I)


def allergy_named(text: str) -> str | None:
    """The allergy a health answer names ("peanut allergy", "allergic to cats"), in its
    words; None when it names none ("no known allergies" is not one)."""
    for found in _NAMED_ALLERGY.finditer(text):
        before = text[max(0, found.start() - 12) : found.start()].lower()
        if re.search(r"\b(no|nil|not|denies)\b[\w ]*$", before):
            continue
        allergen = (found.group(1) or found.group(2) or "").strip()
        if allergen and not _NOT_NAMED.match(allergen.split()[-1]):
            return found.group(0).strip()
    return None


_SUSPECTED = re.compile(
    r"\b(suspected|query|queried|\?|awaiting|waiting list|referred for|possible|not diagnosed"
    r"|undiagnosed|assessment for)\b",
    re.IGNORECASE,
)
_DISABILITIES = [
    (Disability.AUT, r"\b(autis\w*|asd|asc|asperger\w*)\b"),
    (
        Disability.LD,
        r"\blearning (disabilit\w*|difficult\w*)\b|global developmental delay"
        r"|\bintellectual disabilit\w*|\bdown'?s? syndrome\b|\bfragile x\b|\b(p?mld|sld)\b",
    ),
    (
        Disability.HEAR,
        r"\b(deaf\w*|hearing (impair\w*|loss|aids?)|hard of hearing|cochlear implants?)\b",
    ),
    (Disability.VIS, r"\b(blind\w*|visual(ly)? impair\w*|sight loss)\b"),
    (Disability.MOB, r"\b(wheelchair|cerebral palsy|mobility)\b"),
    (Disability.CON, r"\b(epilep\w*|seizures?)\b"),
    (
        Disability.COMM,
        r"\b(non[- ]?verbal|speech and language (disorder|difficult\w*)|no (speech|words)"
        r"|(does not|doesn't|cannot|can't) (speak|talk))\b",
    ),
    (Disability.INC, r"\bincontinen\w*\b"),
    # the DfE's (SSDA903) codes for hand function and personal care
    (Disability.HAND, r"\bhand function\b|\b(no|limited) use of (his|her|their) hands\b"),
    (
        Disability.PC,
        r"\bpersonal care\b|\b(fully|totally) dependent\b|\bhoist\w*\b"
        r"|\bhelp with (washing|dressing|toileting|eating)\b",
    ),
]
_COMMUNICATION = [
    (CommunicationRequirement.BSL, r"\bbsl\b|british sign language"),
    (CommunicationRequirement.MAKATON, r"\bmakaton\b"),
    (
        CommunicationRequirement.ESOL,
        r"\besol\b|\beal\b|english as an? (additional|second) language|interpreter"
        r"|limited english|speaks little english",
    ),
    (
        CommunicationRequirement.OTHER,
        r"\bpecs\b|picture exchange|communication (aid|device|book|passport)|\beye[- ]?gaze\b"
        r"|objects? of reference|\baac\b|symbol (board|cards)|talking mats?|\bvoca\b"
        # the aids a passport names: "a now-and-next strip", "a picture board", "eye pointing"
        r"|now[- ]and[- ]next|picture (board|cards?|symbols)|communication board|eye[- ]pointing"
        r"|yes ?/ ?no cards",
    ),
]
# Signing or no speech is "other" only when no named sign language says which.
_UNNAMED = re.compile(r"non[- ]verbal|\bsigning\b|sign language|\bno speech\b", re.I)
# "No known allergies", "NKDA", "not allergic to anything": an answer that there are none.
_NO_ALLERGIES = re.compile(
    r"\bno (known )?(drug |food |medication )?allerg\w*|\bnkd?a\b"
    r"|\bnot (known to be )?allergic to (anything|any\b)"
    r"|\ballergies\W{0,3}(none|nil|no|n/?a)\b|\bnone known\b[^.;]{0,12}\ballerg",
    re.IGNORECASE,
)
# An allergy the child has: "allergic to penicillin", "a nut allergy", "carries an EpiPen".
_ALLERGY = re.compile(
    r"\ballergic (reaction )?to\b|\b[a-z-]+ allerg(y|ies)\b|\banaphyla\w*|\bepi-?pens?\b"
    r"|\bjext\b|\badrenaline (auto-?)?injector|\ballergies? (to|include|are)\b",
    re.IGNORECASE,
)
# Words before "allergy" that are not what the child is allergic to.
_NOT_AN_ALLERGEN = re.compile(r"\b(no|any|known|possible|suspected|an|the|allergy)\s+allerg", re.I)


def allergies(text: str) -> str | None:
    """The child's allergies as a sentence says them: "none known" for a denial, the
    allergy in its words for a named one (the sentence, when it names it another way: "carries
    an EpiPen"), None for neither (or only a suspicion)."""
    if _NO_ALLERGIES.search(text):
        return "none known"
    if _SUSPECTED.search(text):
        return None
    for found in _ALLERGY.finditer(text):
        denied = re.search(r"\b(not|never|isn't|is not)\s+$", text[: found.start()], re.I)
        if not denied and not _NOT_AN_ALLERGEN.search(found.group(0)):
            return allergy_named(text) or text.strip()[:2000]
    return None


_NONE = re.compile(r"^\W*(no|none|nil|n/?a|not applicable|no (known )?needs?)\b", re.IGNORECASE)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_NUMBERS = {
    "no": 0,
    "none": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def disabilities(text: str) -> list[Disability]:
    """The diagnosed disabilities a text names; a suspected one is left out."""
    found: list[Disability] = []
    for clause in re.split(r"[.;\n]|,\s+(?=[a-z])", text):
        if _SUSPECTED.search(clause):
            continue
        for code, pattern in _DISABILITIES:
            if re.search(pattern, clause, re.IGNORECASE) and code not in found:
                found.append(code)
    return found


def communication(text: str) -> list[CommunicationRequirement] | None:
    """The communication requirements named; [] for "none"; None when not readable."""
    found = [code for code, pattern in _COMMUNICATION if re.search(pattern, text, re.I)]
    named = {CommunicationRequirement.BSL, CommunicationRequirement.MAKATON} & set(found)
    if not named and CommunicationRequirement.OTHER not in found and _UNNAMED.search(text):
        found.append(CommunicationRequirement.OTHER)
    if found:
        return found
    return [] if _NONE.match(text) else None


def _count(word: str) -> int:
    """A count written in figures or in words ("7", "seven")."""
    return _NUMBERS[word] if word in _NUMBERS else int(word)


def leading_count(text: str) -> int | None:
    """A count said first, then a remark: "Two, she's settled with her long-term carers",
    "3 - all foster placements" (the remark may name the carers she is with now)."""
    match = re.match(
        r"^\W*(\d{1,2}|" + "|".join(_NUMBERS) + r")\s*(?:[,;:]|\s[-\u2013]\s)\s*\S",
        text.strip(),
        re.IGNORECASE,
    )
    if match is None or re.search(r"\b(includ\w*|counting|with (this|the current))\b", text, re.I):
        return None  # "Two, including the current one": not a count of those before it
    word = match.group(1).lower()
    return _count(word)


def placements_count(text: str) -> int | None:
    """How many placements before this one: "2", "two previous placements", "this is her
    third placement" (the current one counts, so two before it), "first placement" (0)."""
    match = re.search(
        r"\b(?:this is|it is|will be|is now)\s+(?:(?:his|her|their|the)\s+)?"
        r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2})"
        r"(?:st|nd|rd|th)?\s+(?:\w+\s+)?placement",
        text,
        re.IGNORECASE,
    )
    if match:
        word = match.group(1).lower()
        return max((_ORDINALS.get(word) or int(word)) - 1, 0)
    if re.search(r"first (placement|time in care)|never been (in care|looked after)", text, re.I):
        return 0
    numbers = r"(\d{1,2}|" + "|".join(_NUMBERS) + r")"
    # "Once before: five months with ...", "Twice before", "three times previously"
    times = re.match(rf"^\W*(once|twice|{numbers} times)\s+(?:before|previously)\b", text, re.I)
    if times:
        word = (times.group(2) or times.group(1)).lower()
        return {"once": 1, "twice": 2}.get(word) or _count(word)
    # "Six including the current carers", "Seven, counting the current home": the count
    # with the placement the child is in now, which is one of those before the one asked for
    # ("Seven, counting the foster home that ended on Saturday": the one just ended)
    current = re.match(
        rf"^\W*{numbers}\b\s*,?\s*(?:placements?\s+)?(?:including|incl\.?|counting)\s+"
        r"(?:the |his |her |their |this )?(?:current|present|existing"
        r"|(?:[\w'\u2019-]+\s+){0,2}(?:home|placement|carers?"
        r"|foster (?:home|placement|carers?))\b)",
        text.strip(),
        re.I,
    )
    if current:
        word = current.group(1).lower()
        return _count(word)
    # "3 - two foster carers then a home", "Four: two foster placements, two homes": the
    # count written first, then the list (not "1: ... 2: ...", a numbered list)
    # ("2 - 3 weeks" is a length of stay, not a count and its remark)
    # ("Two previous: emergency carers, then ...", "3 placements - ...": the count's own noun)
    lead = re.match(
        rf"^\W*{numbers}(?:\s+(?:previous|prior|earlier|placements?|moves?)){{0,2}}"
        r"\s*(?::|\s[-\u2013]\s)\s*(?!\d)\S",
        text.strip(),
        re.I,
    )
    if lead and not re.search(r"(?:^|\s)2\s*[.:)]\s", text):
        word = lead.group(1).lower()
        return _count(word)
    # "Short breaks at Orchard House (one placement)": the count in brackets
    bracket = re.search(rf"\(\s*{numbers}\s+(?:previous |prior )?placements?\s*\)", text, re.I)
    if bracket:
        word = bracket.group(1).lower()
        return _count(word)
    text = re.sub(r"\([^)]*\)", "", text)  # "4 (two foster placements, two homes)"
    match = re.search(
        r"^\W*(\d{1,2}|"
        + "|".join(_NUMBERS)
        + r")\b(?:\s+(?:previous |prior )?(?:placements?|moves?))?\W*"
        # "1 - emergency carer": the count, then a remark about the placement
        r"(?:(?<=\s)[-\u2013]\s+[A-Za-z][^\d]*)?$"
        r"|\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:previous |prior |earlier )?"
        r"(?:(?:foster|care|residential|kinship|short[- ]term|long[- ]term) )?placements\b"
        # "One placement so far", "1 placement to date": a count the current one is in
        r"|\b(\d{1,2}|" + "|".join(_NUMBERS) + r")\s+placements?\s+(?:so far|to date"
        r"|since (?:coming|being taken) into care|in care)\b",
        text.strip(),
        re.IGNORECASE,
    )
    if match:
        word = (match.group(1) or match.group(2) or match.group(3)).lower()
        return _count(word)
    return None


def without_remark(text: str) -> str:
    """A value without the remark after it: "Muslim (practising)" is "Muslim"."""
    value = re.split(r"\s*[(\[]|\s+[-\u2013]\s+|;", text, maxsplit=1)[0]
    return value.strip(" ,.") or text.strip()
