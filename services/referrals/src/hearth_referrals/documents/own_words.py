"""A risk's detail in the document's own words.

Some layouts' answers are rewritten before they are read ("eating - poss, skips meals" is
read as "eating: suspected, skips meals"; a code is written out as its verdict). The
detail a reader takes from the rewritten text must still quote the document, so it is
mapped back onto the words of the evidence quote, which is the document's own."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

__all__ = ["in_own_words"]

_WORD = re.compile(r"\S+")
# A token between a label and its answer: a dash of any length, "|", "="
_DASH = re.compile(r"^[-\u2013\u2014|=]+$")
# The most words a rewrite puts in place of the answer's opening ("none known" for "N")
_REWRITTEN_WORDS = 3


def in_own_words(detail: str, quote: str) -> str:
    """``detail`` as the quote has it: unchanged when the quote holds it, else the stretch
    of the quote its words match (the rewritten opening given back as written); unchanged
    when too few of its words are in the quote to tell where it is."""
    if not detail or not quote or detail in quote:
        return detail
    words = detail.split()
    spans = [found.span() for found in _WORD.finditer(quote)]
    tokens = [quote[start:end] for start, end in spans]
    matcher = SequenceMatcher(None, _bare(words), _bare(tokens), autojunk=False)
    blocks = _together([block for block in matcher.get_matching_blocks() if block.size])
    if not blocks or 2 * sum(block.size for block in blocks) < len(words):
        return detail
    first, last = blocks[0], blocks[-1]
    start = first.b
    for step in range(1, min(first.a, _REWRITTEN_WORDS) + 1):
        before = tokens[start - 1] if start else ""
        if not before or _DASH.match(before):
            break
        if before.endswith(":") and not words[first.a - step].endswith(":"):
            break  # "Eating:": the label, not the answer's opening word
        start -= 1
    return quote[spans[start][0] : spans[last.b + last.size - 1][1]]


def _together(blocks: list) -> list:
    """The matched runs that lie together around the longest one, as the detail's words
    lie: a word matched far off in the quote ("exploitation" in another risk's line) is
    another mention, not this detail's."""
    if not blocks:
        return blocks
    anchor = max(range(len(blocks)), key=lambda index: blocks[index].size)
    low = high = anchor
    while low > 0 and _near(blocks[low - 1], blocks[low]):
        low -= 1
    while high + 1 < len(blocks) and _near(blocks[high], blocks[high + 1]):
        high += 1
    return blocks[low : high + 1]


def _near(before, after) -> bool:
    """No more words lie between the two runs in the quote than in the detail, give or
    take a rewrite's few."""
    in_quote = after.b - (before.b + before.size)
    in_detail = after.a - (before.a + before.size)
    return 0 <= in_quote <= in_detail + _REWRITTEN_WORDS


def _bare(words: list[str]) -> list[str]:
    """Words compared without the punctuation a rewrite may move: "room" is "room."."""
    return [word.strip(".,;:").lower() for word in words]
