"""A risk grid that gives each child a group of tick columns, one per state code.

A request form's risk matrix puts the children side by side, each child a run of boxes
under the form's state codes, the child's name written on the first of them: "Risk |
Ruby: C | P | S | N | Noah: C | P | S | N", each row a box ticked (or none) in each
child's run. The codes mean what the form's key beside the grid says ("C = current P =
past only S = suspected N = no known concern"); a code no key explains is read as it is.

Such a grid is rewritten as the grids the reader knows: for one child, the child's name
taken off and each code written as the state it stands for ("Risk | yes | historic | ..."
over the boxes); for several, one column per child ("Risk | Ruby | Noah") with each row's
ticked code written as its state ("none known"), and an unticked run left empty (not
stated)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from hearth_contract.codes import RiskState

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.legend_marks import legend_marks

__all__ = ["grouped_code_columns"]

_WRITTEN = {
    RiskState.PRESENT: "yes",
    RiskState.HISTORICAL: "historic",
    RiskState.SUSPECTED: "suspected",
    RiskState.NONE_KNOWN: "none known",
}
# "Ruby: C", "Noah - C": a child's name on the first column of the child's run
_NAMED_CODE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)\s*[:\u2013-]\s*(?P<code>[A-Za-z?]{1,3})"
    r"\s*$"
)
# a bare code over a column of boxes: "P", "S", "N", "?"
_CODE = re.compile(r"^\s*(?P<code>[A-Za-z?]{1,3})\s*$")
# a box or a mark in one: "☐", "☒", "X", "✓", or nothing
_BOX = re.compile(r"^\s*(☒|☑|✓|✔|☐|□|\[\s*[xX✓]?\s*\]|[xX])?\s*$")
_TICKED = re.compile(r"☒|☑|✓|✔|\[\s*[xX✓]\s*\]|^\s*[xX]\s*$")
_MIN_CODES = 2


def _runs(header: list[Block]) -> list[tuple[str, list[tuple[int, str]]]] | None:
    """Each child's name and run of (column, code) in a header row; None unless every cell
    after the first opens a named run or carries on one with a bare code, and every run
    has the same codes."""
    runs: list[tuple[str, list[tuple[int, str]]]] = []
    for cell in header[1:]:
        named = _NAMED_CODE.match(cell.text)
        code = _CODE.match(cell.text)
        if named:
            runs.append((named["name"], [(cell.location.cell, named["code"])]))
        elif code and runs:
            runs[-1][1].append((cell.location.cell, code["code"]))
        else:
            return None
    if not runs:
        return None
    codes = [[code.upper() for _column, code in run] for _name, run in runs]
    if len(codes[0]) < _MIN_CODES or any(run != codes[0] for run in codes):
        return None
    return runs


def _meaning(code: str, key: dict[str, RiskState]) -> str:
    state = key.get(code) or key.get(code.upper())
    return _WRITTEN[state] if state is not None else code


def _rewritten(cells: list[Block], key: dict[str, RiskState]) -> list[Block] | None:
    rows: dict[int | None, list[Block]] = defaultdict(list)
    for cell in cells:
        rows[cell.location.row].append(cell)
    ordered = [
        sorted(row, key=lambda cell: cell.location.cell or 0)
        for _r, row in sorted(rows.items(), key=lambda item: item[0] or 0)
    ]
    runs = _runs(ordered[0])
    if runs is None:
        return None
    if any(not _BOX.match(cell.text) for row in ordered[1:] for cell in row[1:]):
        return None
    first = ordered[0][0]
    if len(runs) == 1:
        # one child: the grid as it is, each code written as its state
        ((_name, run),) = runs
        header = [first] + [
            replace(cell, text=_meaning(code, key))
            for cell, (_column, code) in zip(ordered[0][1:], run, strict=True)
        ]
        return [*header, *(cell for row in ordered[1:] for cell in row)]
    out: list[Block] = [first]
    column = (first.location.cell or 0) + 1
    for index, (name, _run) in enumerate(runs):
        where = replace(first.location, cell=column + index)
        out.append(replace(first, text=name, location=where))
    for row in ordered[1:]:
        at = {cell.location.cell: cell for cell in row}
        lead = row[0]
        out.append(lead)
        for index, (_name, run) in enumerate(runs):
            ticked = [
                code for cell_at, code in run if (c := at.get(cell_at)) and _TICKED.search(c.text)
            ]
            text = _meaning(ticked[0], key) if len(ticked) == 1 else ""
            where = replace(lead.location, cell=column + index)
            out.append(replace(lead, text=text, location=where))
    return out


def grouped_code_columns(blocks: list[Block]) -> list[Block]:
    """The blocks with each grid of per-child runs of coded tick columns rewritten as a
    grid the reader knows (one child's states over its boxes, or a column per child)."""
    key: dict[str, RiskState] = {}
    for block in blocks:
        if "=" in block.text:
            key.update(legend_marks(block.text))
    tables: dict[tuple, list[int]] = defaultdict(list)
    for index, block in enumerate(blocks):
        where = block.location
        if block.kind is BlockKind.CELL and where.table is not None and where.cell is not None:
            tables[(where.attachment, where.page, where.part, where.table)].append(index)
    replaced: dict[int, list[Block]] = {}
    for indexes in tables.values():
        rewritten = _rewritten([blocks[index] for index in indexes], key)
        if rewritten is not None:
            replaced[indexes[0]] = rewritten
            replaced.update({index: [] for index in indexes[1:]})
    if not replaced:
        return blocks
    return [cell for index, block in enumerate(blocks) for cell in replaced.get(index, [block])]
