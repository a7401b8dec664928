"""A tick grid typed in plain text, its columns lined up with spaces:

    Risks                     Yes  Past Unsure No   Details
    Self-harm                 [ ] [ ] [ ] [X]
    Physically harms others   [ ] [ ] [X] [ ]  police say he may have pushed his mum

Read line by line, a row's marks lose the header they stand under. ``mark_grids``
writes such a grid as a pipe table ("Self-harm | [ ] | [ ] | [ ] | [X] | ..."), its
header's options counted off in order over the marks (the header is rarely typed
exactly over them), so that the table reader keeps each mark in its column.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["mark_grids"]

_MARK = re.compile(r"\[\s*[xX\u2713\u2714*]?\s*\]|[\u2610\u2611\u2612]")
_DETAILS = re.compile(
    r"^(details?|notes?|comments?|evidence|information|info|remarks?|what we know)$", re.I
)
_MIN_ROWS = 2
_MIN_MARKS = 2


def _marks(line: str) -> list[re.Match[str]]:
    return list(_MARK.finditer(line))


def _row(line: str) -> tuple[str, list[str], str] | None:
    """A grid row's label, marks and detail; None if the line is no such row."""
    marks = _marks(line)
    if len(marks) < _MIN_MARKS or "|" in line or "\t" in line:
        return None
    between = [line[a.end() : b.start()] for a, b in pairwise(marks)]
    if any(piece.strip() for piece in between):
        return None  # words between the marks: a line of choices, not a grid row
    label = line[: marks[0].start()].strip(" :-\u2013")
    if not label:
        return None
    return label, [mark.group(0) for mark in marks], line[marks[-1].end() :].strip()


def _header(line: str, count: int) -> list[str] | None:
    """The header's cells: its first column's name, one option per mark, then the detail
    column's name if it has one; None if its words do not count off so."""
    if _marks(line) or "|" in line or "\t" in line or not line.strip():
        return None
    first, _, rest = line.strip().partition("  ")
    for options in (rest.split(), re.split(r"\s{2,}", rest.strip())):
        options = [option for option in options if option]
        detail = options[count:]
        if len(options) >= count and (
            not detail or (len(detail) == 1 and _DETAILS.match(detail[0]))
        ):
            return [first.strip(), *options[:count], *(detail or ["Details"])]
    return None


def mark_grids(lines: list[str]) -> list[str]:
    """The lines with each tick grid typed in lined-up columns written as a pipe table."""
    written: list[str] = []
    index = 0
    while index < len(lines):
        rows = []
        end = index + 1
        while end < len(lines) and (row := _row(lines[end])) is not None:
            rows.append(row)
            end += 1
        counts = {len(marks) for _, marks, _ in rows}
        header = (
            _header(lines[index], counts.pop())
            if len(rows) >= _MIN_ROWS and len(counts) == 1
            else None
        )
        if header is None:
            written.append(lines[index])
            index += 1
            continue
        written.append(" | ".join(header))
        written.extend(" | ".join([label, *marks, detail]) for label, marks, detail in rows)
        index = end
    return written
