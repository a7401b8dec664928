"""A form's own key to its risk marks, read from the form and used to read the marks.

Risk grids, registers and questionnaires answer with marks that mean nothing until the
form's key says what they stand for: "Key: ▲ current △ historic only ? suspected — none
known", "✓ now = current; ✓ past = historic; ✗ = none known", "Score: 0 = no, never;
1 = in the past; 2 = possibly; 3 = yes, currently", "RED = current; AMBER = suspected".
The same mark means opposite things on two forms ("✗" is a tick on one and a "no" on
another), so no mark is given a meaning here: the key is read (each mark and the words
after it, the words' state read as any answer's would be) and every risk answer that is
one of its marks, alone or before its detail, is written as the verdict it stands for.
"""

from __future__ import annotations

import re
from collections import defaultdict

from hearth_contract.codes import RiskState

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.risk_codes import answer_key
from hearth_referrals.documents.rules.risk_words import (
    RISK_SHORTHAND,
    named_risks,
    risk_terms,
    written_out,
)
from hearth_referrals.documents.state_words import state_of_word

__all__ = ["legend_marks", "read_legend_marks"]

# How each state is written for the reader.
_WRITTEN = {
    RiskState.PRESENT: "yes",
    RiskState.HISTORICAL: "historic",
    RiskState.SUSPECTED: "suspected",
    RiskState.NONE_KNOWN: "none known",
}
# The words that open a key: "Key:", "RAG key:", "Symbols used -", "Score each question
# for each child:", "Rating scale:".
_KEY_OPENING = re.compile(
    r"^[^:=]{0,60}?\b(?:key|legend|symbols?|marks?|scor(?:e|es|ing)|scale|rat(?:e|es|ing|ings)|rag|codes?)"
    r"\b[^:=]{0,60}?[:\u2013-]\s+",
    re.I,
)
# "✓ now = current": a mark, an equals sign, what it means.
_EQUALS_ITEM = re.compile(r"^\s*(?P<mark>[^=]{1,12}?)\s*=\s*(?P<meaning>.+?)\s*\.?\s*$")
# A mark that is a sign, not a word: "▲", "△", "?", "—", "✓", "●".
_SIGN = re.compile(r"[^\w\s,;:.()'\"/&-]")
# A mark left blank is no answer, and a key line may say so: "blank = not assessed".
_BLANK = re.compile(r"^(?:blank|empty|left blank|no mark|nothing)$", re.I)
_MIN_MARKS = 3
# A key says what its marks mean in a few words; a longer one is a sentence, not a key.
_MAX_MEANING_WORDS = 8
# A clipped name shorter than this says too little to be read as a risk's ("Re").
_MIN_CLIPPING = 4


def _meaning_state(meaning: str) -> RiskState | None:
    """The state a key's words for one mark give: the words whole ("historic only"), or
    else the first of their pieces that gives one ("yes, currently": "currently")."""
    meaning = re.split(r"\.\s", re.sub(r"\([^()]*\)", " ", meaning))[0].strip(" .")
    if not meaning or len(meaning.split()) > _MAX_MEANING_WORDS:
        return None
    whole = state_of_word(meaning)
    if whole is not None:
        return whole
    pieces = [piece for piece in re.split(r"\s*[,/;]\s*|\s+", meaning) if piece]
    for piece in reversed(pieces):
        state = state_of_word(piece)
        if state is not None:
            return state
    return None


# Where the next item of a run begins: a short mark, then its equals sign.
_RUN_ITEM = re.compile(r"\s+(?=[^\s=]{1,3}\s*=\s*\S)")


def _equals_items(body: str) -> list[tuple[str, str]]:
    """ "0 = no, never; 1 = in the past": each mark and its words, split at semicolons (or
    at commas, when there are none)."""
    pieces = [piece for piece in re.split(r"\s*;\s*", body) if piece.strip()]
    if len(pieces) < _MIN_MARKS:
        pieces = [piece for piece in re.split(r"\s*,\s*", body) if piece.strip()]
    if len(pieces) < _MIN_MARKS:
        # "C = current P = past only S = suspected": a run of items with no separator,
        # each starting at a short mark before its equals sign
        pieces = [piece for piece in _RUN_ITEM.split(body) if piece.strip()]
    found = []
    for piece in pieces:
        item = _EQUALS_ITEM.match(piece)
        if item:
            found.append((item.group("mark").strip(), item.group("meaning")))
    return found


def _sign_items(body: str) -> list[tuple[str, str]]:
    """ "▲ current △ historic only ? suspected — none known": each sign and the words up
    to the next sign."""
    signs = list(re.finditer(rf"(?:(?<=\s)|^){_SIGN.pattern}+(?=\s)", body))
    found: list[tuple[str, str]] = []
    if not signs:
        return found
    for sign, after in zip(signs, [*signs[1:], None], strict=True):
        words = body[sign.end() : after.start() if after else len(body)]
        found.append((sign.group(), words.strip()))
    return found


def legend_marks(text: str) -> dict[str, RiskState]:
    """The marks a key line gives, each with the state it stands for; empty when the line
    is not a key to at least three marks of three different states."""
    text = " ".join(text.split())
    opening = _KEY_OPENING.match(text)
    body = text[opening.end() :] if opening else text
    items = _equals_items(body) if "=" in body else []
    if not items and opening:
        items = _sign_items(body)
    marks: dict[str, RiskState] = {}
    for mark, meaning in items:
        if _BLANK.match(mark):
            continue
        state = _meaning_state(meaning)
        if state is None or len(mark.split()) > 2:
            continue
        marks[mark] = state
    if len(marks) < _MIN_MARKS or len(set(marks.values())) < _MIN_MARKS:
        return {}
    if not opening and len(marks) < len(items):
        return {}  # without a "Key:", every item must be a mark and its meaning
    return marks


def _mark_pattern(marks: dict[str, RiskState]) -> re.Pattern[str]:
    """A mark at the start of an answer, alone or before its detail: the longest first,
    so "✓ now" is not read as "✓"."""
    alternatives = "|".join(re.escape(mark) for mark in sorted(marks, key=len, reverse=True))
    return re.compile(rf"^\s*(?P<mark>{alternatives})(?=\s*$|\s*[:\u2013\u2014(-]\s*|\s+\S)", re.I)


def _short_name(text: str) -> str | None:
    """A grid's clipped name for a risk, written out: "SH", "D&A", "Viol", or a clipping
    of a short name the rules know ("Recr" for "recruiting"); None for any other text."""
    text = text.strip(" :*")
    if risk_terms(text):
        return None
    if named_risks(text):
        return written_out(text)
    lowered = text.lower().rstrip(".")
    if len(lowered) < _MIN_CLIPPING or not lowered.isalpha():
        return None
    meant = {full for word, (full, _key) in RISK_SHORTHAND.items() if word.startswith(lowered)}
    return meant.pop() if len(meant) == 1 else None


def _names_a_risk(text: str) -> bool:
    """A row's or column's name that is a risk's, in words or short ("D&A", "Viol")."""
    return bool(risk_terms(text)) or _short_name(text) is not None


def _risk_cells(blocks: list[Block]) -> tuple[set[int], dict[int, str]]:
    """The cells of a table that answer a risk (the row's first cell or the column's first
    cell names one: "Fire | ▲", or "SH" over a register's column), and the cells naming a
    risk short, with the risk's name written out."""
    tables: dict[tuple, list[tuple[int, Block]]] = defaultdict(list)
    for index, block in enumerate(blocks):
        where = block.location
        if block.kind is BlockKind.CELL and where.table is not None:
            tables[(where.attachment, where.page, where.part, where.table)].append((index, block))
    found: set[int] = set()
    names: dict[int, str] = {}
    for cells in tables.values():
        rows: dict[int | None, str] = {}
        columns: dict[int | None, str] = {}
        for _index, block in cells:
            rows.setdefault(block.location.row, block.text)
            columns.setdefault(block.location.cell, block.text)
        first = min(columns, key=lambda cell: cell or 0)
        answering = [
            index
            for index, block in cells
            if block.location.cell != first
            and not _names_a_risk(block.text)  # a register's header: "SH | CSE | ..."
            and (
                _names_a_risk(rows[block.location.row])
                or _names_a_risk(columns[block.location.cell])
            )
        ]
        found.update(answering)
        if answering:
            names.update(
                (index, short)
                for index, block in cells
                if index not in found and (short := _short_name(block.text))
            )
    return found, names


# What may stand between a mark and its detail: "▲ - lit paper", "2: twice", "? (police)".
_LEADING = ":-\u2013\u2014( "
# "Fire: ▲ lit paper", "SH | 2": a line naming a risk, then its mark.
_LINE = re.compile(r"^(?P<risk>[^:|\u2013]{2,60}?)(?P<sep>\s*[:|\u2013]\s*)(?P<rest>.*)$", re.S)


def _written(text: str, pattern: re.Pattern[str], marks: dict[str, RiskState]) -> str | None:
    found = pattern.match(text)
    if found is None:
        return None
    state = next(state for mark, state in marks.items() if mark.lower() == found["mark"].lower())
    rest = text[found.end() :].strip()
    return _WRITTEN[state] + (f" - {rest.lstrip(_LEADING)}" if rest else "")


def read_legend_marks(blocks: list[Block]) -> list[Block]:
    """The blocks with every risk answer that is one of the document's key marks written as
    the verdict the key gives it."""
    marks: dict[str, RiskState] = {}
    keys: set[int] = set()
    for index, block in enumerate(blocks):
        # a key of letter codes ("A = active, X = none known") is the risk codes' own rule
        found = {} if answer_key(block.text) else legend_marks(block.text)
        if found:
            marks.update(found)
            keys.add(index)
    if not marks:
        return blocks
    pattern = _mark_pattern(marks)
    answering, names = _risk_cells(blocks)
    written: list[Block] = []
    for index, block in enumerate(blocks):
        if index in keys:
            if block.kind is not BlockKind.CELL:
                written.append(block)  # a key line stays, a line of the form like another
            continue  # a key's row inside a grid is none of the grid's rows
        text = names.get(index)
        if index in answering:
            text = _written(block.text, pattern, marks)
        elif block.kind is not BlockKind.CELL and (line := _LINE.match(block.text)):
            answer = _written(line["rest"], pattern, marks) if _names_a_risk(line["risk"]) else None
            text = f"{line['risk']}: {answer}" if answer else None
        written.append(block if text is None else block.reworded(text))
    return written
