"""A tracker attached to a message that names which of its rows are the referral.

Business support and duty teams send the whole weekly tracker and say in the message
which rows are new: "the new request is Rhys and Mia Yardley (rows 3-4, ref CEC-41187)",
"Tayla Moorhouse (row 2 of the attached tracker)". The other rows are other children
(placed, matched, on hold) with their own references, risks and workers: they are not
this referral, and reading them would put another child's details in its draft.

The attachment is cut to its header and the rows the message names, before it is read:
by row number first (a "Row" column's own numbers, or else the data rows counted from
one), then by a reference the message quotes, then by the children's full names. A
message that names no row, or names them all, leaves the attachment whole.
"""

from __future__ import annotations

import csv
import io
import re

__all__ = ["rows_the_message_names"]

_MIN_ROWS = 2
_ROWS_SAID = re.compile(
    r"\brows?\s+(\d{1,3})(?:\s*(?:-|\u2013|to|and|&|,)\s*(\d{1,3}))?(?!\s*(?:/|\.)\d)", re.I
)
_ROW_HEADER = re.compile(r"^\W*(row|line|#|no\.?|item)\W*$", re.I)
_REFERENCE_HEADER = re.compile(r"\b(ref\w*|id|number|no)\b", re.I)
_NAME_HEADER = re.compile(r"^(child|young person|name|child'?s name|full name)$", re.I)
_CSV_NAME = re.compile(r"\.(csv|txt)$", re.I)


def _numbers(body: str) -> set[int]:
    said: set[int] = set()
    for match in _ROWS_SAID.finditer(body):
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if first <= last <= first + 50:
            said.update(range(first, last + 1))
    return said


def _by_number(header: list[str], rows: list[list[str]], body: str) -> list[int]:
    said = _numbers(body)
    if not said:
        return []
    column = next((index for index, label in enumerate(header) if _ROW_HEADER.match(label)), None)
    if column is None:
        return [index for index in range(len(rows)) if index + 1 in said]
    return [
        index
        for index, row in enumerate(rows)
        if column < len(row) and row[column].strip().isdigit() and int(row[column]) in said
    ]


def _by_cells(
    header: list[str], rows: list[list[str]], body: str, column_kind: re.Pattern
) -> list[int]:
    columns = [index for index, label in enumerate(header) if column_kind.search(label.strip())]
    text = " ".join(body.split()).lower()
    return [
        index
        for index, row in enumerate(rows)
        if any(
            column < len(row)
            and len(row[column].strip()) >= 4
            and re.search(rf"(?<![\w-]){re.escape(row[column].strip().lower())}(?![\w-])", text)
            for column in columns
        )
    ]


def rows_the_message_names(payload: bytes, filename: str, body: str) -> bytes:
    """The attached table cut to its header and the rows the message names; the payload
    unchanged when it is no table, or the message names no row or every row."""
    if not _CSV_NAME.search(filename or "") or not body.strip():
        return payload
    try:
        content = payload.decode("utf-8-sig")
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=",;\t")
        table = list(csv.reader(io.StringIO(content), dialect))
    except (UnicodeDecodeError, csv.Error):
        return payload
    table = [row for row in table if any(cell.strip() for cell in row)]
    if len(table) < 1 + _MIN_ROWS:
        return payload
    header, rows = table[0], table[1:]
    for chosen in (
        _by_number(header, rows, body),
        _by_cells(header, rows, body, _REFERENCE_HEADER),
        _by_cells(header, rows, body, _NAME_HEADER),
    ):
        if chosen and len(chosen) < len(rows):
            out = io.StringIO()
            writer = csv.writer(out, dialect)
            writer.writerow(header)
            writer.writerows(rows[index] for index in chosen)
            return out.getvalue().encode()
    return payload
