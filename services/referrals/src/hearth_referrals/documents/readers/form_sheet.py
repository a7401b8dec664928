"""A form kept in a spreadsheet and saved as CSV: labels down the first column, answers
further right, spacer columns and rows between.

LAs that have no case-system form keep a "referral form" workbook: the label in column A,
the answer in column C (B left narrow and empty), a heading row ("CHILD 1") over each
child's block, and small grids inside it ("RISK,,Rating,Notes" over one row a risk).
Saved as CSV every row has the same number of cells, most of them empty. Each row is
written back as the line a form would hold: "Label: answer"; a grid's rows as "Label:
rating - notes" under its header; a heading row alone. A label whose answer cells are all
empty stays as a row with a blank cell ("Label |"), a gap to ask about, never answered by
the line below it.
"""

from __future__ import annotations

import csv
import io
import re

__all__ = ["form_sheet_lines"]

_MIN_ROWS = 8
_MIN_WIDTH = 3
_FORM_SHARE = 0.8  # rows that are a label and at most two answers
_MAX_ANSWERS = 2
# A label cell: short words, never a date, an email or a number.
_LABEL = re.compile(r"^[A-Za-z][\w '&/().?#:+\-\u2013]{0,50}$")
_CHILD_HEADING = re.compile(r"^(child|young person|yp|sibling)\s*\d{1,2}$", re.I)
# A grid's header row: every filled cell a short heading ("RISK", "Rating", "Notes").
_HEADING = re.compile(r"^[A-Za-z][A-Za-z '/&()-]{0,25}$")


def _rows(content: str) -> list[list[str]] | None:
    first = content.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    if first.count(delimiter) < _MIN_WIDTH - 1:
        return None
    try:
        rows = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(content.lstrip("\ufeff")), delimiter=delimiter)
        ]
    except csv.Error:
        return None
    rows = [row for row in rows if row]
    width = len(rows[0]) if rows else 0
    if width < _MIN_WIDTH or any(len(row) != width for row in rows):
        return None  # a sheet saved as CSV pads every row to the same width
    return rows


def _filled(row: list[str]) -> list[int]:
    return [index for index, cell in enumerate(row) if cell]


def _is_form(rows: list[list[str]]) -> bool:
    filled = [row for row in rows if any(row)]
    if len(filled) < _MIN_ROWS:
        return False
    formlike = sum(
        1
        for row in filled
        if row[0] and _LABEL.match(row[0]) and len(_filled(row)) <= 1 + _MAX_ANSWERS
    )
    # a header row naming most columns is a table's (a row per child), not a form's; a row
    # heading two columns or more from a blank corner (",Child 1,Child 2") heads a column
    # per child, which the sideways readers take
    header_like = len(_filled(filled[0])) >= len(filled[0]) - 1
    columns_headed = any(not row[0] and len(_filled(row)) >= _MAX_ANSWERS for row in filled)
    return not header_like and not columns_headed and formlike >= _FORM_SHARE * len(filled)


def _grid_header(row: list[str]) -> bool:
    cells = _filled(row)
    return (
        len(cells) >= _MIN_WIDTH - 1
        and cells[0] == 0
        and all(_HEADING.match(row[index]) for index in cells)
        and not any(char.isdigit() for index in cells for char in row[index])
    )


def form_sheet_lines(content: str) -> list[str] | None:
    """The text's lines as form lines when it is a form sheet saved as CSV; None when not."""
    from hearth_referrals.documents.rules.labels import field_for

    rows = _rows(content)
    if rows is None or not _is_form(rows):
        return None
    written: list[str] = []
    in_grid = False
    for row in rows:
        cells = _filled(row)
        if not cells:
            in_grid = False
            continue
        if _grid_header(row):
            in_grid = True
            written.append(" | ".join(row[index] for index in cells))
            continue
        label, answers = row[0], [row[index] for index in cells if index]
        if not label:
            written.append(", ".join(answers))
        elif answers:
            written.append(f"{label}: {(' - ' if in_grid else ', ').join(answers)}")
        elif in_grid or (field_for(label) is not None and not _CHILD_HEADING.match(label)):
            # its own row of a table, so that the next line is not taken for its answer
            written.append(f"{label} |")
        else:
            written.append(label)  # a heading row ("CHILD 2", the form's title)
    return written
