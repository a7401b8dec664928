"""How a risk's state is set beside its name in a layout's own way.

A risk grid whose columns are the rungs of a graded scale: "Level 3 current | Level 2
historic | Level 1 concern | Level 0 none", "Tier 2 - past", "3: active".

The rung's number orders the columns and says nothing the word after it does not, so the
header is read by its word. On such a scale a worry word alone ("concern", "worry") names
the rung between none and a known risk: a worry raised, not found, which is a suspicion.

A list of risks with each one's state in brackets after its name: "- arson (historic) a
shed in 2022", "* eating (none)": the name is the question and the bracket its answer."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.risk_words import named_risks
from hearth_referrals.documents.rules.verdict_codes import option_state

__all__ = ["scale_words", "verdict_in_brackets"]

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
