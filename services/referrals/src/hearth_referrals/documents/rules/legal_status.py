"""Legal-status wording to SSDA903 codes ("S20" to V2, "interim care order" to C1)."""

from __future__ import annotations

import re

from hearth_contract.codes import LegalStatus

__all__ = ["find_legal_statuses"]

_WORDING: list[tuple[LegalStatus, str]] = [
    (
        LegalStatus.C1,
        r"interim care orders?\b|\bi\.?c\.?o(?:'?s)?\b|s\.?\s?38\b|section\s?38\b"
        r"|care order\s*[(,-]\s*interim\b",  # "Care order (interim)"
    ),
    (
        LegalStatus.C2,
        r"(?<!interim )(?<!interim )\b(full )?care orders?\b(?!\s*[(,-]\s*interim)"
        r"|\bf\.?c\.?o(?:'?s)?\b"
        r"|(?<![=/-])(?-i:\bCO\b)(?!\s*[=/-])"  # "Status (s20/ICO/CO): CO", not a "CO=N" grid
        r"|\bs\.?\s?31\b|section\s?31\b",
    ),
    (LegalStatus.E1, r"placement orders?"),  # "both on placement orders"
    (LegalStatus.D1, r"freeing order"),
    # A series of short breaks: V4 where the agreement is recorded, V3 (each episode
    # recorded) otherwise.
    (
        LegalStatus.V4,
        r"short[- ](term )?breaks?\b[^.]{0,60}\bagreements? (is |are |was |has been )?"
        r"(recorded|signed|in place)"
        r"|agreements? (is |are |was |has been )?(recorded|signed|in place)[^.]{0,60}"
        r"\bshort[- ](term )?breaks?\b",
    ),
    (LegalStatus.V3, r"short[- ](term )?breaks?\b|respite (care )?(under |\()?(s|section)\.?\s?20"),
    (
        LegalStatus.V2,
        r"\bs\.?\s?20\b|section\s?20\b|accommodated|voluntary (care|arrangement)"
        r"|parental (consent|agreement)",
    ),
    (
        LegalStatus.L1,
        r"police (powers of )?protection|police powers|\bpp?o\b|\bs\.?\s?46\b|section\s?46\b",
    ),
    (LegalStatus.L2, r"emergency protection order|\bepo(?:'?s)?\b"),
    (LegalStatus.L3, r"child assessment order"),
    (LegalStatus.J1, r"\bremand(ed)?\b"),
    (LegalStatus.J2, r"\bpace\b|police and criminal evidence"),
    (LegalStatus.J3, r"youth rehabilitation order|\byro\b|intensive fostering"),
]
_COMPILED = [(code, re.compile(pattern, re.IGNORECASE)) for code, pattern in _WORDING]
_APPLIED_FOR = re.compile(
    r"(applying|application|apply|applied|to be sought|seeking|plan|plan is|moving|move)"
    r"\s(for|to)",
    re.IGNORECASE,
)


_NO_LONGER = re.compile(
    r"\b(no longer|not now|previously|formerly|was (originally|initially)|was|were|had been"
    r"|replac\w+|instead of"
    r"|rather than|discharg\w+|ended|superseded)\s+(on\s+|under\s+|an?\s+|the\s+)?$",
    re.IGNORECASE,
)


# "s38(6) PACE", "section 2 of the Mental Health Act": a section of another Act, not the
# Children Act's section with that number.
_SECTION_CITED = re.compile(r"^(s\.?\s?|section\s?)\d", re.IGNORECASE)
_OTHER_ACT = re.compile(
    r"^\s*(\(\d+\)\s*)?(of (the )?)?(pace|police and criminal evidence|mental health act|mha"
    r"|laspo|crime and disorder)\b",
    re.IGNORECASE,
)
_PENDING = re.compile(
    r"[\s(-]{0,3}(hearing|application|applied for|to be (sought|applied for)|being sought"
    r"|pending|proceedings (are )?(planned|issued)|is planned|sought|to follow|expected"
    r"|before that|previously|ended|expired|lapsed|discharged)\b",
    re.IGNORECASE,
)
# "ICO (hearing 20/11/2026)", "ICO (next hearing Friday)": the order is made; the bracket
# gives its next hearing
_NEXT_HEARING = re.compile(r"^\s*\(\s*(next |review |renewal |final )?hearing\b", re.I)
_SHORT_BREAKS = {LegalStatus.V3, LegalStatus.V4}


# The SSDA903 code itself, written by a worker who knows it: "Short breaks - s20 agreed
# series (V4)", "Legal status: C2", "code V3". In capitals, in brackets or after a label,
# never inside a postcode ("L1 8JQ") or a reference.
_CODE = "|".join(code.value for code in LegalStatus)
_EXPLICIT = re.compile(
    rf"(?-i:\(\s*({_CODE})\s*\)|^\s*({_CODE})\s*$)"
    rf"|\b(?:legal status|ssda ?903|status code|code)\s*[:=-]?\s*(?-i:({_CODE}))\b(?!\s*\d)",
    re.IGNORECASE,
)


def find_legal_statuses(text: str) -> list[LegalStatus]:
    """Every legal status the text names, in order of appearance (no duplicates); a code
    written out says more than any wording beside it."""
    explicit = [
        LegalStatus(next(group for group in match.groups() if group))
        for match in _EXPLICIT.finditer(text)
    ]
    if explicit:
        return list(dict.fromkeys(explicit))
    hits: list[tuple[int, LegalStatus]] = []
    taken: list[range] = []
    for code, pattern in _COMPILED:
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            before = text[max(0, match.start() - 40) : match.start()]
            if _APPLIED_FOR.search(before):
                continue  # "applying for an ICO" is a plan, not the status
            if _NO_LONGER.search(before):
                continue  # "so it is no longer an ICO": the status it was, not it is
            if _SECTION_CITED.match(match.group(0)) and _OTHER_ACT.match(text[match.end() :]):
                continue  # "transfer under s38(6) PACE": the Act named is not the Children Act
            after = text[match.end() : match.end() + 40]
            if _PENDING.match(after) and not _NEXT_HEARING.match(after):
                continue  # "ICO hearing listed for Friday": an order not yet made
            taken.append(range(match.start(), match.end()))
            hits.append((match.start(), code))
    seen: list[LegalStatus] = []
    for _start, code in sorted(hits, key=lambda hit: hit[0]):
        if code not in seen:
            seen.append(code)
    if _SHORT_BREAKS & set(seen):  # "Short breaks (s20)": the short-break code says more
        seen = [code for code in seen if code is not LegalStatus.V2]
    return seen
