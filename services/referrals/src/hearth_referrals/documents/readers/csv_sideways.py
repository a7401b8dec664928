"""A spreadsheet saved sideways: one row per field, one column per child.

Agencies' triage trackers are often exported "transposed": the first column holds the
labels ("Received", "SW", "Child's name", "Risk: DSH") and each further column is one
child. Rows above the first child's name are the referral's own (only the first column
is filled); from the name row on, each column is one child. Each is written back as
"Label: value" lines, a "Child N" Part per child, so the form rules read it like any
other form. A per-child row left blank for one child stays as an empty answer of that
child's ("Risk: DSH:"), so it is asked about rather than taken from a brother's cell.
"""

from __future__ import annotations

import csv
import io
import re

from hearth_referrals.documents.rules.risk_words import written_out

__all__ = ["pasted_sideways", "sideways_csv_lines"]

_MIN_ROWS = 6
# A label cell: short words, never a date, an email or a number.
_LABEL = re.compile(r"^[A-Za-z][\w '&/().?#:+-]{0,40}$")
_CORNER = re.compile(r"^(field|item|question|label|heading|details?)s?$", re.I)
_CHILD_COLUMN = re.compile(r"^(child|young person|yp|sibling)\s*\d*$", re.I)
_NAME_LABEL = re.compile(
    r"^(child'?s? |young person'?s? |yp )?(full )?name$|^(first ?name|forename)$", re.I
)
# "Risk: DSH" or "Risk - Fire": the sheet's own prefix, dropped so the risk's word leads
_RISK_PREFIX = re.compile(r"^risks?\s*[:\-\u2013]\s*", re.I)


def _rows(content: str) -> list[list[str]] | None:
    try:
        rows = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(content))
            if any(cell.strip() for cell in row)
        ]
    except csv.Error:
        return None
    return rows


def _is_sideways(rows: list[list[str]]) -> bool:
    if len(rows) < _MIN_ROWS:
        return False
    header = rows[0]
    if len(header) < 2 or not _CORNER.match(header[0]):
        return False
    columns = [cell for cell in header[1:] if cell]
    if not columns or not all(_CHILD_COLUMN.match(cell) for cell in columns):
        return False
    return all(_LABEL.match(row[0]) for row in rows[1:]) and all(
        len(row) <= len(header) for row in rows[1:]
    )


def _label(cell: str) -> str:
    if not _RISK_PREFIX.match(cell):
        return cell
    # a tracker's clipped column names ("Risk: Subs"), written out so the risk rules know
    # them; only ever read after a "Risk:" prefix, where nothing else is meant
    return written_out(_RISK_PREFIX.sub("", cell).strip()) or cell


def sideways_csv_lines(content: str) -> list[str] | None:
    """The text's lines as labelled form lines when the whole text is a sideways CSV
    sheet (labels down the first column, a column per child); None when it is not."""
    first = content.lstrip().split("\n", 1)[0]
    if "," not in first:
        return None
    rows = _rows(content)
    if rows is None or not _is_sideways(rows):
        return None
    children = len(rows[0]) - 1
    first_named = next((index for index, row in enumerate(rows) if _NAME_LABEL.match(row[0])), None)
    if first_named is None:
        return None
    written = [
        f"{row[0]}: {', '.join(cell for cell in row[1:] if cell)}".rstrip()
        for row in rows[1:first_named]
    ]
    for column in range(1, children + 1):
        answers = [(row[0], row[column] if column < len(row) else "") for row in rows[first_named:]]
        if not answers[0][1]:
            continue  # a column with no child named in it
        written.append(f"Child {column}")
        written.extend(
            f"{_label(label)}: {cell}".rstrip()
            for label, cell in answers
            if cell or _RISK_PREFIX.match(label)  # a blank risk cell is asked about
        )
    return written


# A child's column heading in a pasted grid: a first name ("Harriet", "Ellie-Mae"), a
# full name, or "Child 2"
_NAMED_COLUMN = re.compile(
    r"^(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z]+)?)(?: [A-Z][a-z'\u2019-]+){0,2}$"
)
_MIN_PASTED_ROWS = 5
_TAB = "\t"


def _pasted_header(cells: list[str]) -> bool:
    heads = cells[1:]
    return (
        len(cells) >= 3
        and (not cells[0].strip() or bool(_CORNER.match(cells[0].strip())))
        and all(_NAMED_COLUMN.match(cell) or _CHILD_COLUMN.match(cell) for cell in heads)
    )


def pasted_sideways(lines: list[str]) -> list[str]:
    """A grid pasted from a spreadsheet into a message with a column per child: a heading
    row of the children's names over a blank corner ("\tHarriet\tToby"), then a row per
    label ("DOB\t14/05/2014\t08/08/2017"), tab-separated. Each child's column is written
    as a "Child N" Part of "Label: cell" lines; the message's other lines are kept."""
    written: list[str] = []
    index = 0
    while index < len(lines):
        cells = [cell.strip() for cell in lines[index].split(_TAB)]
        if _TAB not in lines[index] or not _pasted_header(cells):
            written.append(lines[index])
            index += 1
            continue
        width, end = len(cells), index + 1
        while (
            end < len(lines)
            and _TAB in lines[end]
            and len(lines[end].split(_TAB)) <= width
            and _LABEL.match(lines[end].split(_TAB)[0].strip())
        ):
            end += 1
        if end - index - 1 < _MIN_PASTED_ROWS:
            written.append(lines[index])
            index += 1
            continue
        rows = [[cell.strip() for cell in line.split(_TAB)] for line in lines[index + 1 : end]]
        for column in range(1, width):
            written.append(f"Child {column}")
            written.extend(
                f"{_label(row[0])}: {row[column] if column < len(row) else ''}".rstrip()
                for row in rows
            )
        index = end
    return written
