"""A spreadsheet saved as comma-separated text: a header row, then one row per child.

Placement-finding trackers are kept in spreadsheets and sent as CSV. Each row about a
child is written back as a "Child N" Part of "Header: cell" lines, so the form rules
read it like any other form. A row that names no child (a "contact" row giving the
placement officer under the worker's columns) is kept as one line of its own words,
never under the headers, so its person is not taken for the worker.
"""

from __future__ import annotations

import csv
import io
import re

from hearth_referrals.documents.readers.form_service import respondent_columns
from hearth_referrals.documents.rules.people import EXTENDED, FAMILY, GRANDPARENTS, PARTNERS, kin

__all__ = ["child_cells", "csv_lines", "pasted_csv"]

_MIN_COLUMNS = 4
_MOST_ROWS_ABOVE = 3
# a block of "Label;answer" rows above the table: the request's own details
_MOST_PAIRS_ABOVE = 30
_PAIR = 2
# A header cell is a short label, never a date, an email or a number.
_HEADER_CELL = re.compile(r"^[A-Za-z][\w '&/().?#-]{0,40}$")
_NAME_HEADER = re.compile(
    r"^(child'?s? )?(name|full name|first ?name|forename|surname|last ?name|family name)$"
    r"|^(child|young person|yp)$",
    re.I,
)
# "Placement officer: Ravi Patel": a cell that carries its own label.
_OWN_LABEL = re.compile(r"^[A-Za-z][\w '/-]{1,40}:\s*\S")


def _one_line(cell: str) -> str:
    """A quoted cell of several lines (Alt+Enter in Excel) as one line: each line a clause
    ("Mum - once a month;" / "brother Dean - every other Saturday")."""
    lines = [line.strip() for line in cell.strip().splitlines() if line.strip()]
    return " ".join(
        line if index == len(lines) - 1 or line[-1] in ";,.:" else f"{line};"
        for index, line in enumerate(lines)
    )


def _rows(content: str) -> list[list[str]] | None:
    # the header row's own separator: a cell's "Foster 2017; Res 2022" does not choose it
    head = content.lstrip().split("\n", 1)[0]
    delimiters = "," if head.count(",") > head.count(";") else ";" if ";" in head else ",;"
    try:
        dialect = csv.Sniffer().sniff(content[:4096], delimiters=delimiters)
    except csv.Error:
        return None
    try:
        rows = [
            [_one_line(cell) for cell in row]
            for row in csv.reader(io.StringIO(content), dialect)
            if any(cell.strip() for cell in row)
        ]
    except csv.Error:
        return None
    return rows


def _is_table(rows: list[list[str]]) -> bool:
    if len(rows) < 2 or len(rows[0]) < _MIN_COLUMNS:
        return False
    header = rows[0]
    if not all(_HEADER_CELL.match(cell) for cell in header if cell):
        return False
    if sum(1 for cell in header if cell) < _MIN_COLUMNS:
        return False
    return all(abs(len(row) - len(header)) <= 1 for row in rows[1:])


_NAME_ORDER = {"first_name": 0, "child_name": 0, "last_name": 1}


def _name_kind(label: str) -> str | None:
    from hearth_referrals.documents.rules.labels import field_for

    return field_for(label)


# A household roster's columns that say who is to be placed: "Placement needed (Y/N)",
# "Needs placement", "To be placed"; and whom each person is to the child.
_PLACEMENT_NEEDED = re.compile(
    r"^(placement (needed|required|sought)|needs? (a )?placement|to be placed|for placement)\b",
    re.I,
)
_NO = re.compile(r"^\W*(n|no)\b", re.I)
_RELATIONSHIP = re.compile(r"^(relationship|relation|role)\b", re.I)


def _not_to_be_placed(header: list[str], row: list[str]) -> bool:
    """A household member the roster lists beside the children: "Placement needed: N", or
    a parent, grandparent, aunt, uncle or partner when no column says they are placed."""
    cells = list(zip(header, row, strict=False))
    needed = [cell for label, cell in cells if cell and _PLACEMENT_NEEDED.match(label)]
    if needed:
        return all(_NO.match(cell) for cell in needed)
    adults = kin(*FAMILY, *GRANDPARENTS, *EXTENDED, *PARTNERS)
    return any(
        cell and _RELATIONSHIP.match(label) and re.match(rf"^\W*(?:{adults})\b", cell, re.I)
        for label, cell in cells
    )


def _member_row(header: list[str], row: list[str]) -> str:
    words = ", ".join(cell for cell in row if cell)
    relation = next(
        (
            cell
            for label, cell in zip(header, row, strict=False)
            if cell and _RELATIONSHIP.match(label)
        ),
        None,
    )
    if relation is None or not _not_to_be_placed(header, row):
        return words
    rest = ", ".join(cell for cell in row if cell and cell != relation)
    return f"{relation}: {rest}"


def _names_a_child(header: list[str], row: list[str]) -> bool:
    return any(
        _NAME_HEADER.match(label) and cell and not _OWN_LABEL.match(cell)
        for label, cell in zip(header, row, strict=False)
    ) and not _not_to_be_placed(header, row)


def child_cells(header: list[str], row: list[str]) -> tuple[str, list[tuple[str, str]]] | None:
    """A row naming a child: the child's name (its name cells joined) and the row's
    (header, cell) pairs, the names first; None for a row that names no child."""
    if not _names_a_child(header, row):
        return None
    cells = [(label, cell) for label, cell in zip(header, row, strict=False) if label and cell]
    cells.sort(key=lambda pair: _NAME_ORDER.get(_name_kind(pair[0]), 2))
    name = " ".join(cell for label, cell in cells if _NAME_ORDER.get(_name_kind(label), 2) < 2)
    return name, cells


_MIN_RISK_COLUMNS = 3


def _risk_columns_written_out(header: list[str]) -> list[str]:
    """ "SH,CSE,CCE,...,PHYS,SEXH,CCEO": among three risk columns or more, a risk's short
    name ("SH", "PHYS") is that risk, written out; alone, "SH" or "ED" asks nothing."""
    from hearth_referrals.documents.rules.risk_words import named_risks, written_out

    if sum(bool(named_risks(cell)) for cell in header if cell) < _MIN_RISK_COLUMNS:
        return header
    return [written_out(cell) if cell else cell for cell in header]


def _short(row: list[str]) -> bool:
    return sum(1 for cell in row if cell) <= _PAIR


def _rows_above(rows: list[list[str]]) -> int:
    """How many rows may stand above the header: a title and group headings, or a block of
    the request's own "Label;answer" rows (date, reference, worker, placement) however
    long, over the household's table."""
    short = next((index for index, row in enumerate(rows) if not _short(row)), len(rows))
    return max(_MOST_ROWS_ABOVE, min(short, _MOST_PAIRS_ABOVE))


def _row_above(row: list[str]) -> str:
    """A row above the header in its own words; a label and its answer ("Social
    worker;Abigail Fenn") as the form line "Social worker: Abigail Fenn"."""
    cells = [cell for cell in row if cell]
    if len(cells) == _PAIR and _HEADER_CELL.match(cells[0]) and not cells[0].endswith(":"):
        return f"{cells[0]}: {cells[1]}"
    return ", ".join(cells)


def csv_lines(content: str) -> list[str] | None:
    """The text's lines as labelled form lines when the whole text is a CSV table with a
    header row; None when it is not one."""
    lines = [line for line in content.splitlines() if line.strip()]
    if len(lines) < 2 or lines[0].count(",") + lines[0].count(";") < _MIN_COLUMNS - 1:
        return None
    rows = _rows(content)
    if rows is None:
        return None
    # A title and group headings above the header ("Sibling placement request", then
    # "REQUEST,,,CHILD,,,RISKS TO SELF") are kept as lines of their own words. The header
    # is the fullest row of labels: a group headings' row spans the same columns with a
    # few words.
    tables = [index for index in range(_rows_above(rows) + 1) if _is_table(rows[index:])]
    if not tables:
        return None
    above = max(tables, key=lambda index: (sum(1 for cell in rows[index] if cell), -index))
    written = [_row_above(row) for row in rows[:above]]
    rows = rows[above:]
    header = _risk_columns_written_out(respondent_columns(rows[0]))
    children = 0
    members: list[str] = []
    for row in rows[1:]:
        if not _names_a_child(header, row):
            # its own words only: "Placement officer: Ravi Patel, ravi.patel@..., 01632 ...";
            # a household member's under whom they are to the child ("Mother: Kelly ..."),
            # so what the row says of them is theirs
            (members if _not_to_be_placed(header, row) else written).append(
                _member_row(header, row)
            )
            continue
        children += 1
        written.append(f"Child {children}")
        cells = [(label, cell) for label, cell in zip(header, row, strict=False) if label and cell]
        # the child's names first: a row's answers are theirs once they are named
        cells.sort(key=lambda pair: _NAME_ORDER.get(_name_kind(pair[0]), 2))
        written.extend(f"{label}: {cell}" for label, cell in cells)
    if not children:
        return None
    # the household's other members before the children's Parts: what the roster says of
    # them is never read as a child's
    return written + (["Family members", *members] if members else [])


def _comma_row(line: str) -> bool:
    # a cell may hold a "|" of its own ("PHYS: assaulted staff | CCEO: ..."): the commas
    # still outnumber it
    commas = line.count(",")
    return commas >= _MIN_COLUMNS - 1 and commas > 2 * line.count("|") and "\t" not in line


def pasted_csv(lines: list[str]) -> list[str]:
    """Rows copied off a spreadsheet into a message ("Forename,Surname,DOB,..." over one
    line a child, with the message's own words around them): each run of two or more
    comma lines that is a table with a header row is written as ``csv_lines`` writes a
    whole file (each child a Part of "Header: cell" lines); the other lines are kept."""
    written: list[str] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _comma_row(lines[end]):
            end += 1
        if end - index >= 2:
            table = csv_lines("\n".join(lines[index:end]))
            if table is not None:
                written.extend(table)
                index = end
                continue
        written.extend(lines[index : max(end, index + 1)])
        index = max(end, index + 1)
    return written
