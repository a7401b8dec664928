"""A children's home's own admission paperwork: the setting is the home's.

A home's deputy or registered manager fills in their own enquiry sheet from the LA's
call ("Pre-admission enquiry", "When is a bed needed", "Compatibility with the current
group", "Registered manager's initial view"). The form never says "residential" because
everyone using it works in a children's home; the request is for a bed there.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.answers import Answer

__all__ = ["home_admission_cue"]

_CUES = [
    re.compile(r"\bpre[- ]?admission\b", re.I),
    re.compile(r"\bregistered manager\b", re.I),
    re.compile(
        r"\b(compatib\w+|impact)\b[^.;]{0,30}\b(current|existing|other) (group|residents"
        r"|young people)\b",
        re.I,
    ),
    re.compile(r"\b(a|the) (bed|vacancy) (is )?(needed|required|wanted)\b|\bbed needed\b", re.I),
]


def home_admission_cue(answers: list[Answer]) -> Answer | None:
    """The first line of a children's home's own admission paperwork, when at least three
    of its marks are there (one alone, a registered manager copied in, says nothing)."""
    seen: dict[int, Answer] = {}
    for answer in answers:
        text = f"{answer.label} {answer.value}"
        for index, cue in enumerate(_CUES):
            if index not in seen and cue.search(text):
                seen[index] = answer
    if len(seen) < 3:
        return None
    return min(seen.values(), key=answers.index)
