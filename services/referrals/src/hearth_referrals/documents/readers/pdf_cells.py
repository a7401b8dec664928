"""A ruled table cell's lines: a line the writer broke on purpose is kept as a line.

pdfplumber gives a cell's text with a line break wherever the printed text broke, both
where a long value wrapped at the cell's edge and where the writer started a new entry
("Mother - letterbox twice a year" over "Father - monthly"). A line wrapped only when
its first word would not have fitted at the end of the line above; when it would have,
the writer broke the line, and the entries stay apart (one family-time arrangement or
one placement each)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

__all__ = ["ENTRY", "table_text"]

# Between two entries of a cell, until the cell's lines are joined: a character no PDF
# text holds (private use), neither a space nor a line break, so joining keeps it.
ENTRY = "\ue000"

_PADDING = 6.0  # points between a cell's rule and its text (a table's usual padding)
_SAME_LINE = 3.0  # points: words whose tops differ by less are on one line
_SPACE = 0.3  # a space's width, as a share of the words' height
_ROOM = 0.12  # share of the cell's width left unused that marks a line broken on purpose


def _lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) < _SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _broken_on_purpose(above: list[dict], below: list[dict], left: float, right: float) -> bool:
    first = below[0]
    if not (first["text"][:1].isupper() or first["text"][:1].isdigit()):
        return False  # a new entry starts with a capital or a number
    # room left on the line above once the next word had been put there: a line that
    # wrapped leaves less than a word's room; a writer's own break, a good part of the cell
    # (a narrower wrapping measure than the cell's leaves some room, never this much)
    room = right - _PADDING - above[-1]["x1"] - _SPACE * (first["bottom"] - first["top"])
    return room - (first["x1"] - first["x0"]) >= _ROOM * (right - left)


def _cell(
    words: list[dict], box: tuple[float, float, float, float], join: Callable[[str, str], str]
) -> str | None:
    x0, top, x1, bottom = box
    inside = [
        w
        for w in words
        if x0 - 1 <= w["x0"]
        and w["x1"] <= x1 + 1
        and top - 1 <= w["top"]
        and w["bottom"] <= bottom + 1
    ]
    lines = _lines(inside)
    if len(lines) < 2:
        return None
    entries = [" ".join(w["text"] for w in lines[0])]
    for above, below in pairwise(lines):
        text = " ".join(w["text"] for w in below)
        if _broken_on_purpose(above, below, x0, x1):
            entries.append(text)
        else:
            entries[-1] = join(entries[-1], text)
    return ENTRY.join(entries)


def table_text(table, words: list[dict], join: Callable[[str, str], str]) -> list[list[str | None]]:
    """The table's rows of cell texts, a value's entries apart (``ENTRY`` between them,
    its wrapped lines put back by ``join``); every other cell as pdfplumber gives it."""
    rows = table.extract()
    for row, found in zip(rows, table.rows, strict=False):
        # a label on one line beside its value; not a row of boxes, each holding its
        # label over its value ("Date of referral" over "20/11/26"): those are one text
        beside = bool(row) and "\n" not in (row[0] or "").strip()
        for index, box in enumerate(found.cells[: len(row)]):
            text = row[index]
            if not text or "\n" not in text:
                continue  # one line: nothing to tell apart
            entries = _cell(words, box, join) if beside and index and box else None
            if entries is not None:
                row[index] = entries
    return rows
