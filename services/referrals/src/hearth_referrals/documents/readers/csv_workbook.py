"""A workbook of several sheets exported to one text, a block of CSV per sheet.

Trackers kept in Excel are sent as text with a heading over each sheet ("### Tab:
Request", "Sheet: Children", "--- Risks ---"). Each sheet is read as the CSV it is: a
two-column "Field,Value" sheet as "Label: value" lines, a sheet with a row per child as
the spreadsheet reader reads it (a "Child N" Part each), and a long sheet with a row per
child and topic ("Tobi,Self-harm,none,...") as one line per row led by the child's name.
The rest is kept as written.
"""

from __future__ import annotations

import csv
import io
import re

from hearth_referrals.documents.readers.csv_table import csv_lines

__all__ = ["workbook_lines"]

# "### Tab: Request", "Sheet 2: Children", "== Risks ==", "[Sheet: Notes]"
_SHEET = re.compile(
    r"^\W{0,6}(?:tab|sheet|worksheet)(?:\s*\d{1,2})?\s*[:\-\u2013]\s*(?P<name>[\w /&'()+-]{1,40}?)"
    r"\W{0,6}$",
    re.I,
)
_MIN_SHEETS = 2
_PAIR_HEADER = re.compile(r"^(field|item|question|label|detail|heading)s?$", re.I)
_VALUE_HEADER = re.compile(r"^(value|answer|details?|response|entry)s?$", re.I)
_ONE_COLUMN = re.compile(r"^(notes?|comments?|details|text)$", re.I)
_CHILD_COLUMN = re.compile(
    r"^(child|young person|yp|name|child'?s name|forename|first name)$", re.I
)


def _rows(lines: list[str]) -> list[list[str]]:
    try:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO("\n".join(lines)))]
    except csv.Error:
        return []


def _pairs(rows: list[list[str]]) -> list[str] | None:
    """A "Field,Value" sheet: one "Label: value" line a row (a blank value kept blank)."""
    header = rows[0] if rows else []
    if len(header) != 2 or not _PAIR_HEADER.match(header[0]) or not _VALUE_HEADER.match(header[1]):
        return None
    if not all(len(row) <= 2 for row in rows[1:]):
        return None
    return [f"{row[0]}: {row[1] if len(row) > 1 else ''}".rstrip() for row in rows[1:] if row[0]]


def _long_rows(rows: list[list[str]]) -> list[str] | None:
    """A sheet whose first column names a child on each of several rows: one line a row,
    the child's name first, then each column's answer."""
    header = rows[0] if rows else []
    if len(header) < 3 or not _CHILD_COLUMN.match(header[0]):
        return None
    names = [row[0] for row in rows[1:] if row and row[0]]
    if len(names) == len(set(names)):
        return None  # a row per child: the spreadsheet reader's own
    # "Self-harm: Tobi: none - no concerns": the topic's answer for that child, the way a
    # form answers one prompt for each child by name
    return [
        f"{row[1]}: {row[0]}: " + " \u2013 ".join(cell for cell in row[2:] if cell)
        for row in rows[1:]
        if len(row) > 2 and row[0] and row[1]
    ]


def _sheet_lines(lines: list[str]) -> list[str]:
    body = [line for line in lines if line.strip()]
    if len(body) < 2 or "," not in body[0]:
        return body[1:] if body and _ONE_COLUMN.match(body[0]) else body  # a notes sheet
    rows = [row for row in _rows(body) if any(row)]
    return _pairs(rows) or _long_rows(rows) or csv_lines("\n".join(body)) or body


def workbook_lines(content: str) -> list[str] | None:
    """The text's lines with each sheet's CSV read as form lines, when the text is a
    workbook exported sheet by sheet (two sheets or more); None when it is not one."""
    lines = content.splitlines()
    starts = [index for index, line in enumerate(lines) if _SHEET.match(line.strip())]
    if len(starts) < _MIN_SHEETS:
        return None
    written = lines[: starts[0]]
    for number, (start, end) in enumerate(zip(starts, [*starts[1:], len(lines)], strict=True), 1):
        # each sheet a Part of its own, named as the workbook names it ("Section 1: Request")
        written.append(f"Section {number}: {_SHEET.match(lines[start].strip()).group('name')}")
        written.extend(_sheet_lines(lines[start + 1 : end]))
    return written
