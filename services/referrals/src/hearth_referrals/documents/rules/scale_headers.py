"""A risk grid whose columns are the rungs of a graded scale: "Level 3 current | Level 2
historic | Level 1 concern | Level 0 none", "Tier 2 - past", "3: active".

The rung's number orders the columns and says nothing the word after it does not, so the
header is read by its word. On such a scale a worry word alone ("concern", "worry") names
the rung between none and a known risk: a worry raised, not found, which is a suspicion."""

from __future__ import annotations

import re

__all__ = ["scale_words"]

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
