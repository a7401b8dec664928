"""A page printed in two newspaper columns, put back into reading order.

Plain extraction reads such a page line by line across both columns, so a heading of
the right-hand column lands in the middle of the left-hand column's answers. Two text
columns are told from a form's label and value columns by their baselines (a label and
its value share one, while two columns of running text, each with its own headings and
spacing, drift apart and their lines overlap at different heights), or by the left-hand
lines holding whole "Label: value" answers of their own. The words of such a
stretch are re-stacked: the whole left column first, then the right one below it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["newspaper_order"]

_MIN_LINES = 3  # lines on each side before a stretch counts as two columns
_MIN_OFFSETS = 2  # left/right lines overlapping at different baselines
_STEP = 2.0  # points between the gutter positions tried


@dataclass(slots=True)
class _Line:
    top: float
    bottom: float
    words: list[dict]
    # what the gutter test needs, worked out once: where words (and a space's margin
    # around them) cover the line, the leftmost word end and the rightmost word start
    spans: list[tuple[float, float]] = field(default_factory=list)
    first_end: float = 0.0
    last_start: float = 0.0

    def measure(self) -> None:
        spans: list[tuple[float, float]] = []
        for word in sorted(self.words, key=lambda w: w["x0"]):
            margin = (word["bottom"] - word["top"]) * 0.8
            start, end = word["x0"] - margin, word["x1"] + margin
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        self.spans = spans
        self.first_end = min(w["x1"] for w in self.words)
        self.last_start = max(w["x0"] for w in self.words)


def _lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        size = max(word["bottom"] - word["top"], 4.0)
        if lines and abs(lines[-1].top - word["top"]) <= size * 0.4:
            line = lines[-1]
            line.bottom = max(line.bottom, word["bottom"])
        else:
            line = _Line(word["top"], word["bottom"], [])
            lines.append(line)
        line.words.append(word)
    for line in lines:
        line.measure()
    return lines


def _side(line: _Line, gutter: float) -> str:
    """'L', 'R' or 'B' (words on both sides), or 'X' when a word runs across the gutter or
    stops short of it by no more than a space ("Council | Children's Placements")."""
    index = bisect_right(line.spans, (gutter, float("inf"))) - 1
    if index >= 0 and line.spans[index][0] < gutter < line.spans[index][1]:
        return "X"
    left, right = line.first_end <= gutter, line.last_start >= gutter
    return "B" if left and right else ("L" if left else "R")


def _longest_run(lines: list[_Line], gutter: float) -> tuple[int, int]:
    """The longest stretch of lines (start, end exclusive) that no word crosses."""
    best, start = (0, 0), 0
    for index, line in enumerate([*lines, None]):
        if line is None or _side(line, gutter) == "X":
            if index - start > best[1] - best[0]:
                best = (start, index)
            start = index + 1
    return best


def _baselines(lines: list[_Line], gutter: float, left: bool) -> list[tuple[float, float]]:
    """(bottom, height) of each line's words on one side of the gutter."""
    found = []
    for line in lines:
        words = [w for w in line.words if (w["x1"] <= gutter) == left]
        if words:
            found.append(
                (max(w["bottom"] for w in words), max(w["bottom"] - w["top"] for w in words))
            )
    return found


def _drifting(lines: list[_Line], gutter: float) -> bool:
    """Both sides hold several lines, and some of them overlap their neighbour across the
    gutter without sharing its baseline (two columns with their own spacing)."""
    left, right = _baselines(lines, gutter, True), _baselines(lines, gutter, False)
    if len(left) < _MIN_LINES or len(right) < _MIN_LINES:
        return False
    offsets = 0
    for bottom, height in right:
        nearest = min(abs(bottom - other) for other, _ in left)
        if 1.0 < nearest < height * 0.9:
            offsets += 1
    return offsets >= _MIN_OFFSETS


_OWN_VALUE = re.compile(r"^[A-Za-z][^:]{0,40}:\s*\S")


def _answered_on_the_left(lines: list[_Line], gutter: float) -> bool:
    """Most lines with words on both sides hold a whole "Label: value" on the left, so the
    words on the right are not its value: two columns, whatever their spacing."""
    both = answered = 0
    for line in lines:
        left = [w["text"] for w in line.words if w["x1"] <= gutter]
        if left and len(left) < len(line.words):
            both += 1
            answered += bool(_OWN_VALUE.match(" ".join(left)))
    return answered >= _MIN_LINES and answered * 2 >= both


def _gutter(lines: list[_Line]) -> tuple[float, int, int] | None:
    """The gutter and the stretch of lines it splits into two drifting columns."""
    x0 = min(w["x0"] for line in lines for w in line.words)
    x1 = max(w["x1"] for line in lines for w in line.words)
    best: tuple[float, int, int] | None = None
    gutter = x0 + (x1 - x0) * 0.3
    while gutter <= x0 + (x1 - x0) * 0.7:
        start, end = _longest_run(lines, gutter)
        stretch = lines[start:end]
        if (best is None or end - start > best[2] - best[1]) and (
            _drifting(stretch, gutter) or _answered_on_the_left(stretch, gutter)
        ):
            best = (gutter, start, end)
        gutter += _STEP
    return best


def newspaper_order(words: list[dict]) -> list[dict]:
    """The page's words with a two-column stretch re-stacked (left column, then right
    column, then whatever followed); unchanged when the page has no such stretch."""
    if len(words) < 2 * _MIN_LINES:
        return words
    lines = _lines(words)
    found = _gutter(lines)
    if found is None:
        return words
    gutter, start, end = found
    stretch = [w for line in lines[start:end] for w in line.words]
    right = [w for w in stretch if w["x0"] >= gutter]
    left_bottom = max((w["bottom"] for w in stretch if w["x0"] < gutter), default=0.0)
    right_top = min(w["top"] for w in right)
    shift = left_bottom - right_top + 12.0
    later = max(w["bottom"] for w in right) + shift - max(w["bottom"] for w in stretch)
    moves = {id(w): shift for w in right}
    moves.update({id(w): later for line in lines[end:] for w in line.words})
    return [
        {**w, "top": w["top"] + moves[id(w)], "bottom": w["bottom"] + moves[id(w)]}
        if id(w) in moves
        else w
        for w in words
    ]
