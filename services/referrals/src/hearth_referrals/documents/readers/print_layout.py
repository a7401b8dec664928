"""A case system's print view saved as text, put back into "Label: answer" lines.

Mosaic, Liquidlogic and Eclipse print views lay a record out for paper: the page header
comes back on every page (cutting a record, even a label from its answer), a long answer
wraps onto lines indented to the answer's column, some prints put every answer on the
line under its label, and a small table is typed in fixed-width columns. The form rules
read "Label: answer" lines and pipe-separated rows; these functions give them those.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.readers.layout import part_heading

__all__ = ["print_layout"]

_PAGE_NUMBER = re.compile(r"\bpage\s+\d{1,3}(\s*(of|/)\s*\d{1,3})?\s*$", re.I)
_RULE_LINE = re.compile(r"^\s*[=~_-]{10,}\s*$")
_HEADER_LINES = 4


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _header_end(lines: list[str], start: int) -> int | None:
    """Where the page header starting at ``start`` ends (exclusive): the lines up to its
    page number ("... Page 2 of 3"), and the rule under them; None when no header starts
    there."""
    for index in range(start, min(start + _HEADER_LINES, len(lines))):
        if not lines[index].strip():
            return None
        if _PAGE_NUMBER.search(lines[index]):
            end = index + 1
            if end < len(lines) and _RULE_LINE.match(lines[end]):
                end += 1
            return end
    return None


def _without_repeated_page_headers(lines: list[str]) -> list[str]:
    """The first page's header kept (it may name the LA and the print date), every later
    copy taken out with the blank lines around it, so a record cut by a page break (a
    label on one page, its answer on the next) reads as one."""
    kept: list[str] = []
    seen: set[tuple[str, ...]] = set()
    index = 0
    while index < len(lines):
        starts_run = index == 0 or not lines[index - 1].strip()
        end = _header_end(lines, index) if starts_run and lines[index].strip() else None
        if end is None:
            kept.append(lines[index])
            index += 1
            continue
        key = tuple(_PAGE_NUMBER.sub("page", line.strip()) for line in lines[index:end])
        if key not in seen:
            seen.add(key)
            kept.extend(lines[index:end])
            index = end
            continue
        while kept and not kept[-1].strip():
            kept.pop()
        index = end
        while index < len(lines) and not lines[index].strip():
            index += 1
    return kept


_CELL_GAP = re.compile(r" {2,}")
_HEADER_CELL = re.compile(r"^[A-Za-z][A-Za-z /'()&?-]{0,30}$")


def _cells(line: str) -> list[tuple[int, str]]:
    """Each piece of a line typed in columns, with the column it starts at."""
    cells: list[tuple[int, str]] = []
    position = _indent(line)
    for piece in _CELL_GAP.split(line.strip()):
        position = line.index(piece, position)
        cells.append((position, piece))
        position += len(piece)
    return cells


def _aligned(line: str, columns: list[int]) -> list[str] | None:
    """The cells of a row typed under a fixed-width table's header, or None when the
    line is not such a row (its pieces do not start where the header's columns do)."""
    if not line.strip() or "|" in line:
        return None
    cells = _cells(line)
    if len(cells) < 2 or abs(cells[0][0] - columns[0]) > 1:
        return None
    row = [""] * len(columns)
    for position, piece in cells:
        nearest = min(range(len(columns)), key=lambda column: abs(columns[column] - position))
        if abs(columns[nearest] - position) > 1 or row[nearest]:
            return None
        row[nearest] = piece
    return row


def _fixed_width_tables(lines: list[str]) -> list[str]:
    """ "  With    How often    Supervised" over "  Nan    Saturdays    No": a table typed
    in columns, written as pipe-separated rows."""
    converted: list[str] = []
    index = 0
    while index < len(lines):
        header = _cells(lines[index]) if lines[index].strip() and ":" not in lines[index] else []
        rows: list[list[str]] = []
        if len(header) >= 3 and all(_HEADER_CELL.match(piece) for _, piece in header):
            columns = [position for position, _ in header]
            while index + 1 + len(rows) < len(lines):
                row = _aligned(lines[index + 1 + len(rows)], columns)
                if row is None:
                    break
                rows.append(row)
        if not rows:
            converted.append(lines[index])
            index += 1
            continue
        for cells in [[piece for _, piece in header], *rows]:
            converted.append(" " * columns[0] + " | ".join(cells))
        index += 1 + len(rows)
    return converted


_BLANK_ANSWER = re.compile(r"^[-\u2013\u2014]$")
# A prompt standing alone on its line: short, not a sentence, not a table row.
_PROMPT_ALONE = re.compile(r"^[A-Za-z][^|.;,]{0,58}[^|.;,\s]:?$")
_LEAST_PROMPTS = 3


def _below(lines: list[str], index: int) -> list[str]:
    """The lines under the prompt at ``index`` indented deeper than it: its answer."""
    depth = _indent(lines[index]) + 2
    answer: list[str] = []
    for line in lines[index + 1 :]:
        if not line.strip() or "|" in line or _indent(line) < depth:
            break
        answer.append(line.strip())
    return answer


def _prompt(line: str) -> bool:
    """A line that can be a prompt with its answer below: short words that are not a
    sentence, or a known prompt written with a full stop ("LCS No.", "Ref.")."""
    from hearth_referrals.documents.rules.labels import field_for

    label = line.strip()
    if part_heading(line) or "|" in label:
        return False
    if _PROMPT_ALONE.match(label):
        return True
    return len(label.split()) <= 4 and field_for(label.rstrip(":")) is not None


def _values_below_labels(lines: list[str]) -> list[str]:
    """ "Date of referral" over an indented "16-11-2026": a print that puts each answer on
    the lines under its prompt, written "Date of referral: 16-11-2026" ("-" is a blank
    answer). Only a print laid out this way throughout (several known prompts answered
    below) is read so, never one indented line under a heading."""
    from hearth_referrals.documents.rules.labels import field_for

    pairs = [
        index
        for index, line in enumerate(lines)
        if _prompt(line) and index + 1 < len(lines) and _below(lines, index)
    ]
    known = [index for index in pairs if field_for(lines[index].strip().rstrip(":"))]
    if len(known) < _LEAST_PROMPTS:
        return lines
    written: list[str] = []
    skip = 0
    starts = set(pairs)
    for index, line in enumerate(lines):
        if skip:
            skip -= 1
            continue
        if index not in starts:
            written.append(line)
            continue
        answer = _below(lines, index)
        value = " ".join(answer)
        value = "" if _BLANK_ANSWER.match(value) else value
        written.append(f"{line.rstrip().rstrip(':')}: {value}".rstrip())
        skip = len(answer)
    return written


# "Forename ........ : Leah", "Health:        Asthma": a label, then its answer at a column.
_ANSWER_AT_COLUMN = re.compile(r"^\s*[A-Za-z][^:|]{0,50}?(?:\s*\.{3,}\s*:?|:)( {2,}| ?)(?=\S)")
_OWN_LABEL = re.compile(r"^\s*[A-Za-z][\w '/()-]{0,40}(\.{3,}\s*)?:(\s|$)")
_LEAST_HANGING = 12


def _hanging_answers(lines: list[str]) -> list[str]:
    """ "Family time ..... : Mum - fortnightly, supervised at" over "Stopford House." typed
    under the answer's first letter: an answer wrapped at the print's width goes on in the
    lines indented to its column."""
    joined: list[str] = []
    column = 0
    for line in lines:
        if (
            column >= _LEAST_HANGING
            and line.strip()
            and _indent(line) == column
            and not _OWN_LABEL.match(line)
            and "|" not in line
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
            continue
        found = _ANSWER_AT_COLUMN.match(line)
        column = found.end() if found and "|" not in line else 0
        joined.append(line)
    return joined


def print_layout(lines: list[str]) -> list[str]:
    """The lines of a print view as "Label: answer" lines and pipe-separated rows."""
    lines = _without_repeated_page_headers(lines)
    lines = _fixed_width_tables(lines)
    lines = _values_below_labels(lines)
    return _hanging_answers(lines)
