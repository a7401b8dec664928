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
from hearth_referrals.documents.rules.history import family_time
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.people import EXTENDED, FAMILY, GRANDPARENTS, SIBLINGS, kin
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = [
    "family_time_by_its_words",
    "family_time_heading",
    "is_an_arrangement",
    "merge_arrangements",
    "under_family_time",
]

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
    rf"({kin(*FAMILY, *SIBLINGS, *GRANDPARENTS, *EXTENDED)})\b",
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


# A prompt about whom the child must not see, or no longer sees: its people are no-contact.
_NOT_SEEN = re.compile(
    r"\b(not|never|no|nobody|restrict\w*|prohibit\w*|stopped|ended|risk\w*|concerns?"
    r"|worries|avoid\w*)\b|n't\b",
    re.IGNORECASE,
)
# What an answer of family time opens with: the person ("mum weekly", "Dad every other
# Sunday"), or how it is held before them ("supervised with mum once a week").
_OPENS_WITH_PERSON = re.compile(
    r"^\W*((un)?supervised\s+(time\s+)?with\s+|(time\s+)?with\s+|(to\s+)?see\s+)?"
    + _PERSON.pattern.removeprefix("^\\W*"),
    re.IGNORECASE,
)
_PROMPT_WORDS = 5


def family_time_by_its_words(prompt: str, answer: str) -> bool:
    """A short prompt that asks for no other field whose answer is family time by its own
    words: it opens with a relative and says how often. "Sees: mum weekly in Taunton",
    "Who I see" over "Dad every other Sunday", a column "FT" holding "nan weekly; mum
    monthly". A prompt that names another field, a risk, or whom the child must not see
    is left alone."""
    prompt = prompt.strip(" :?-\u2013")
    return (
        bool(prompt)
        and len(prompt.split()) <= _PROMPT_WORDS
        and not _NOT_SEEN.search(prompt)
        and field_for(prompt) in (None, "family_time")
        and not risk_terms(prompt)
        and is_an_arrangement(answer)
    )


def is_an_arrangement(text: str) -> bool:
    """Words that are family time by themselves: a relative first, then how often
    ("brother weekly", "supervised with mum once a week")."""
    return _OPENS_WITH_PERSON.match(text) is not None and bool(family_time(text))
