"""Family time written under its own heading, one person or one sub-prompt to a line.

A form's "Family time" (or "Contact arrangements") section often has no answer box of
its own: the lines below it are the answer, each labelled by the person ("Mother:
monthly, supervised") or by a prompt the vocabulary does not know ("Arrangements",
"Who, how often, supervised?"). ``under_family_time`` turns such a line into an answer
to the family-time question, with the person kept in the words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["family_time_heading", "merge_arrangements", "under_family_time"]

_FAMILY_HEADING = re.compile(
    r"\b(family time|family (and|&) friends time|friends (and|&) family time|family (and|&) contact"
    r"|contact (arrangements|with (birth )?family|plan)|family contact|family links"
    r"|time with (birth )?family|seeing (birth )?family"
    # "Family and other relationships", "Family relationships": who the child sees
    r"|family (and|&) (other )?relationships|family relationships)\b|^\W*contact\W*$",
    re.IGNORECASE,
)
# A person a child spends family time with, as a line's label.
_PERSON = re.compile(
    r"^\W*((maternal|paternal|birth|adoptive|half[- ]?|step[- ]?|older|younger|elder|big"
    r"|little)\s*)*"
    r"(mum|mam|mother|dad|father|parents?|siblings?|brothers?|sisters?|grand\w+|nan|nana|nanna"
    r"|gran|grandad|grandma|grandpa|aunt\w*|uncle|cousins?)\b",
    re.IGNORECASE,
)
# The questions a family-time section asks under its heading.
_SUB_PROMPT = re.compile(
    r"^\W*(arrangements?|details|who\b.*|how often\b.*|frequency|with whom|current arrangements"
    r"|proposed arrangements|plan)\W*$",
    re.IGNORECASE,
)


def family_time_heading(text: str) -> bool:
    """A heading or Part title that names the family-time question ("Section 7: Family
    time", "Contact arrangements", "Family and friends time")."""
    title = text.split(":", 1)[1] if ":" in text else text
    return bool(_FAMILY_HEADING.search(title.strip()))


def under_family_time(heading: str, answer: Answer) -> Answer:
    """A line under a family-time heading labelled by a person or by a sub-prompt is the
    family-time answer; a line the vocabulary reads as another field is left alone."""
    if not answer.label or answer.options:
        return answer
    if not (family_time_heading(heading) or family_time_heading(answer.part)):
        return answer
    person = _PERSON.match(answer.label)
    if not person and not _SUB_PROMPT.match(answer.label):
        return answer
    if not person and field_for(answer.label, answer.part) is not None:
        return answer
    value = f"{answer.label}: {answer.value}" if person else answer.value
    return replace(answer, label="Family time", value=value)


def merge_arrangements(earlier: list[dict], later: list[dict]) -> list[dict]:
    """Arrangements from two lines of one section, each person once (the first line's)."""
    seen = {str(item.get("with_whom")) for item in earlier}
    return [*earlier, *(item for item in later if str(item.get("with_whom")) not in seen)]
