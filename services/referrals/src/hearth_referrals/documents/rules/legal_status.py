"""Legal-status wording to SSDA903 codes ("S20" to V2, "interim care order" to C1)."""

from __future__ import annotations

import re

from hearth_contract.codes import LegalStatus

__all__ = ["find_legal_statuses"]

_WORDING: list[tuple[LegalStatus, str]] = [
    (
        LegalStatus.C1,
        r"interim care orders?\b|\bi\.?c\.?o\b|s\.?\s?38\b|section\s?38\b"
        r"|care order\s*[(,-]\s*interim\b",  # "Care order (interim)"
    ),
    (
        LegalStatus.C2,
        r"(?<!interim )(?<!interim )\b(full )?care orders?\b(?!\s*[(,-]\s*interim)"
        r"|\bf\.?c\.?o\b"
        r"|\bs\.?\s?31\b|section\s?31\b",
    ),
    (LegalStatus.E1, r"placement orders?"),  # "both on placement orders"
    (LegalStatus.D1, r"freeing order"),
    (LegalStatus.V3, r"short[- ]term breaks?|respite (care )?under (s|section)\s?20"),
    (
        LegalStatus.V2,
        r"\bs\.?\s?20\b|section\s?20\b|accommodated|voluntary (care|arrangement)"
        r"|parental (consent|agreement)",
    ),
    (
        LegalStatus.L1,
        r"police (powers of )?protection|police powers|\bpp?o\b|\bs\.?\s?46\b|section\s?46\b",
    ),
    (LegalStatus.L2, r"emergency protection order|\bepo\b"),
    (LegalStatus.L3, r"child assessment order"),
    (LegalStatus.J1, r"\bremand(ed)?\b"),
    (LegalStatus.J2, r"\bpace\b|police and criminal evidence"),
    (LegalStatus.J3, r"youth rehabilitation order|\byro\b|intensive fostering"),
]
_COMPILED = [(code, re.compile(pattern, re.IGNORECASE)) for code, pattern in _WORDING]
_APPLIED_FOR = re.compile(
    r"(applying|application|apply|applied|to be sought|seeking|plan)"
    r"\s(for|to)",
    re.IGNORECASE,
)


_NO_LONGER = re.compile(
    r"\b(no longer|not now|previously|formerly|was (originally|initially)|replac\w+|instead of"
    r"|rather than|discharg\w+|ended|superseded)\s+(on\s+|under\s+|an?\s+|the\s+)?$",
    re.IGNORECASE,
)


def find_legal_statuses(text: str) -> list[LegalStatus]:
    """Every legal status the text names, in order of appearance (no duplicates)."""
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
            taken.append(range(match.start(), match.end()))
            hits.append((match.start(), code))
    seen: list[LegalStatus] = []
    for _start, code in sorted(hits, key=lambda hit: hit[0]):
        if code not in seen:
            seen.append(code)
    return seen
