"""A workbook exported as text, one block of comma-separated rows per sheet.

A tracker kept as a workbook is sent as text with each sheet under a heading of its own
("### Tab: Children", "Sheet: Risks", "=== Request ==="): a sheet of "Field,Value" rows,
a sheet with a row per child, a sheet with a row per risk of a child, a sheet of notes.
Each sheet is written back as the lines a form would hold: "Field: value" rows, a
"Child N" Part per child (the row naming a child already met goes back to that child's
Part), a risk row as "Risk: status - notes" in its child's Part. Lines that are not
comma-separated are kept as they are.
"""

from __future__ import annotations

import csv
import io
import re

from hearth_referrals.documents.readers.csv_table import child_cells

__all__ = ["workbook_lines"]

# "### Tab: Children", "Sheet 2 - Risks", "== Worksheet: Notes", "=== Request ===",
# "--- Risks ---", "[Children]": a sheet's own heading line
_SHEET = re.compile(
    r"^\W{0,6}(?:(?:tab|sheet|worksheet)\s*\d*\s*[:\-\u2013]\s*\S.{0,40}"
    r"|={2,}\s*[^=]{1,40}?\s*={2,}|-{3,}\s*(?!(?i:original|forwarded|automatic))[^-]{1,40}?\s*-{3,}|\[[A-Za-z][^\[\]]{0,40}\])\s*$",
    re.I,
)
_SHEET_WORDS = re.compile(r"^\W{0,6}(?:(?:tab|sheet|worksheet)\s*\d*\s*[:\-\u2013])?", re.I)
_MIN_SHEETS = 2
# A two-column sheet's header row: "Field,Value", "Question,Answer"
_PAIR_HEADER = {"field", "value", "item", "answer", "question", "detail", "details", "label"}
_NAME_COLUMN = re.compile(
    r"^(child|young person|yp|name|child'?s name|first ?name|forename)$", re.I
)
_RISK_COLUMN = re.compile(r"^(risk|risk area|area|concern|risk type|type of risk)$", re.I)
_STATUS_COLUMN = re.compile(r"^(status|level|rating|present|answer|risk level|y/n)$", re.I)
# A cell under "Other" or "Notes" that carries its own label: "Known as: Hols"
_OWN_LABEL = re.compile(r"^[A-Za-z][\w '/-]{1,30}:\s*\S")


def _sheets(lines: list[str]) -> list[tuple[str, list[str]]] | None:
    """(name, lines) of each sheet, the lines before the first sheet's heading first."""
    sheets: list[tuple[str, list[str]]] = [("", [])]
    for line in lines:
        heading = _SHEET.match(line)
        if heading:
            sheets.append((_SHEET_WORDS.sub("", line).strip(" =#:-\u2013[]"), []))
        elif line.strip():
            sheets[-1][1].append(line)
    return sheets if len(sheets) > _MIN_SHEETS else None


def _rows(lines: list[str]) -> list[list[str]] | None:
    """A sheet's rows, comma- or tab-separated; None when the sheet is not a table."""
    delimiter = next((d for d in ("\t", ",") if all(d in line for line in lines)), None)
    if len(lines) < 2 or delimiter is None:
        return None
    try:
        text = io.StringIO("\n".join(lines))
        rows = [[cell.strip() for cell in row] for row in csv.reader(text, delimiter=delimiter)]
    except csv.Error:
        return None
    width = len(rows[0])
    return rows if width >= 2 and all(abs(len(row) - width) <= 1 for row in rows) else None


def _pairs(rows: list[list[str]]) -> list[str]:
    if {cell.lower() for cell in rows[0]} <= _PAIR_HEADER:
        rows = rows[1:]
    return [f"{row[0]}: {row[1]}" if len(row) > 1 else row[0] for row in rows if row[0]]


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((index for index, cell in enumerate(header) if pattern.match(cell)), None)


def _child_index(name: str, known: list[str]) -> int:
    """The number of the child a row names, a new one if not met before."""
    name = " ".join(name.split()).lower()
    for index, whole in enumerate(known):
        if name in (whole, whole.split()[0]):
            return index
    known.append(name)
    return len(known) - 1


def _risk_rows(header: list[str], rows: list[list[str]], known: list[str]) -> list[str] | None:
    """A sheet of risks, a row per child and risk: "Child N" over "Risk: status - notes"."""
    who, risk, status = (_column(header, p) for p in (_NAME_COLUMN, _RISK_COLUMN, _STATUS_COLUMN))
    if risk is None or status is None:
        return None
    written: list[str] = []
    for row in rows:
        cells = dict(enumerate(row))
        if not cells.get(risk):
            continue
        if who is not None and cells.get(who):
            written.append(f"Child {_child_index(cells[who], known) + 1}")
        notes = [cell for index, cell in cells.items() if cell and index not in (who, risk, status)]
        answer = " - ".join(filter(None, [cells.get(status, ""), *notes]))
        written.append(f"{cells[risk]}: {answer}")
    return written


def _table(rows: list[list[str]], known: list[str]) -> list[str]:
    header, body = rows[0], rows[1:]
    risks = _risk_rows(header, body, known)
    if risks is not None:
        return risks
    written: list[str] = []
    for row in body:
        named = child_cells(header, row)
        if named is None:
            written.append(", ".join(cell for cell in row if cell))
            continue
        name, cells = named
        written.append(f"Child {_child_index(name, known) + 1}")
        for label, cell in cells:
            written.append(cell if _OWN_LABEL.match(cell) else f"{label}: {cell}")
    return written


def workbook_lines(content: str) -> list[str] | None:
    """The text's lines as form lines when it is a workbook exported sheet by sheet; None
    when it is not one."""
    sheets = _sheets(content.splitlines())
    if sheets is None:
        return None
    tables = [_rows(sheet) for _name, sheet in sheets]
    if not any(rows and len(rows[0]) > 2 for rows in tables):
        return None
    known: list[str] = []
    written: list[str] = []
    for number, ((name, sheet), rows) in enumerate(zip(sheets, tables, strict=True)):
        if number:  # each sheet a Part of its own: a child's Part ends with its sheet
            written.append(f"Section {number}: {name}")
        if rows is None:
            written.extend(sheet)
        elif len(rows[0]) == 2:
            written.extend(_pairs(rows))
        else:
            written.extend(_table(rows, known))
    return written
