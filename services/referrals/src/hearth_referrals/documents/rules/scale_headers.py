"""How a risk's state is set beside its name in a layout's own way.

A risk grid whose columns are the rungs of a graded scale: "Level 3 current | Level 2
historic | Level 1 concern | Level 0 none", "Tier 2 - past", "3: active".

The rung's number orders the columns and says nothing the word after it does not, so the
header is read by its word. On such a scale a worry word alone ("concern", "worry") names
the rung between none and a known risk: a worry raised, not found, which is a suspicion.

A risk grid whose tick columns are each headed by a short phrase of the layout's own for
one state: "Happening now | Has happened before | Might be happening | Not a worry", "Yes
(current) | Previously | Query | No". No column word is a verdict the reader lists, but each
phrase, read as an answer would be, says one state, and the four say four different ones:
the header is read as the states it names.

A list of risks with each one's state in brackets after its name: "- arson (historic) a
shed in 2022", "* eating (none)": the name is the question and the bracket its answer."""

from __future__ import annotations

import re

from hearth_contract.codes import RiskState

from hearth_referrals.documents.rules.risk_states import answer_state
from hearth_referrals.documents.rules.risk_words import named_risks
from hearth_referrals.documents.rules.verdict_codes import option_state
from hearth_referrals.documents.state_words import state_of_word

__all__ = ["scale_words", "state_phrases", "verdict_in_brackets"]

# A rung's number before its word: "Level 3 current", "Tier 2 - past", "Band 1: concern",
# "3 - current", "(2) historic"
_RUNG = re.compile(
    r"^\W*(?:(?:level|tier|grade|rung|step|stage|band|score|rating|rag)\s*)?"
    r"\(?\d{1,2}\)?\s*(?:[-\u2013\u2014:.)=]\s*|\s+)(?=[A-Za-z?])",
    re.IGNORECASE,
)
# A worry word alone, the rung of a worry raised: "concern", "some concern", "a worry"
_WORRY_RUNG = re.compile(
    r"^\W*(?:(?:some|a|low|emerging|possible)\s+)?(?:concerns?|worry|worries)\W*$", re.IGNORECASE
)
# "no concern", "no worries": the bottom rung
_NO_WORRY_RUNG = re.compile(r"^\W*no\s+(?:concerns?|worry|worries)\W*$", re.IGNORECASE)
_MIN_RUNGS = 2  # columns numbered before the header reads as a scale


def scale_words(header: list[str]) -> list[str]:
    """The header's texts, each rung of a graded scale read by its word ("Level 1 concern"
    is "suspected", "Level 0 none" is "none"); a header that is not a scale unchanged."""
    if sum(bool(_RUNG.match(text)) for text in header) < _MIN_RUNGS:
        return header
    words = []
    for text in header:
        found = _RUNG.match(text)
        word = text[found.end() :].strip() if found else text
        if found and _WORRY_RUNG.match(word):
            word = "suspected"
        elif found and _NO_WORRY_RUNG.match(word):
            word = "none"
        words.append(word)
    return words


# A state phrase heading a tick column is short: "Has happened before", "Yes, right now"
_MAX_PHRASE_WORDS = 5
# Columns whose phrases must each name a different state before the header is read so.
_MIN_PHRASES = 3
# How each state heads a column once read: option words the grid reader knows.
_STATE_OPTION = {
    RiskState.PRESENT: "current",
    RiskState.HISTORICAL: "historic",
    RiskState.SUSPECTED: "suspected",
    RiskState.NONE_KNOWN: "none known",
}


def _phrase_state(text: str) -> RiskState | None:
    """The one state a column's short phrase names; None for a phrase that names none
    ("What we know", "Details"). Read as an answer is read, but a present state only where
    a word says it ("now", "current"): an answer with no cue at all reads as present."""
    if not text.strip() or len(text.split()) > _MAX_PHRASE_WORDS:
        return None
    state = state_of_word(text)
    if state is None:
        state = answer_state(text, [])
        if state is RiskState.PRESENT and not any(
            option_state(word.strip("()[],.;:-\u2013")) is RiskState.PRESENT
            for word in text.split()
        ):
            return None
    return state if state in _STATE_OPTION else None


def state_phrases(header: list[str]) -> list[str]:
    """The header's texts with each state phrase over a tick column written as the state's
    option word ("Might be happening" is "suspected"), when at least three columns after the
    first name three different states and no state twice; the header unchanged otherwise."""
    states = {i: _phrase_state(text) for i, text in enumerate(header) if i}
    named = [state for state in states.values() if state is not None]
    if len(named) < _MIN_PHRASES or len(set(named)) != len(named):
        return header
    return [
        _STATE_OPTION[states[i]] if states.get(i) is not None else text
        for i, text in enumerate(header)
    ]


# "arson (historic) a shed in 2022": a short name, its verdict in brackets, the detail
_NAME_THEN_VERDICT = re.compile(
    r"^\W*(?P<name>[A-Za-z][\w &/'-]{1,40}?)\s*\((?P<verdict>[^()]{1,30})\)\s*[-:,\u2013]?\s*"
    r"(?P<detail>.*)$"
)
# The verdicts a bracket gives that a verdict word alone does not: "(none)", "(no)", "(yes)"
_PLAIN_VERDICT = re.compile(r"^\s*(?:none|no|nil|yes|y|n)\s*$", re.IGNORECASE)


def verdict_in_brackets(line: str) -> tuple[str, str] | None:
    """A risk's name and its answer where the line gives the state in brackets after the
    name ("self-harm (current) cut her arm"): (name, "current cut her arm"); else None."""
    found = _NAME_THEN_VERDICT.match(line)
    if found is None or not named_risks(found.group("name").strip()):
        return None
    verdict = found.group("verdict").strip()
    if not (_PLAIN_VERDICT.match(verdict) or option_state(verdict)):
        return None
    detail = found.group("detail").strip()
    return found.group("name").strip(), f"{verdict} - {detail}" if detail else verdict
