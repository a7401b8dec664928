"""A table of prose under column headings, read column by column as headed passages.

A Signs of Safety mapping ("What are we worried about? | What's working well? | What
needs to happen?"), a SWOT-style review or a "Then | Now | Next" summary is laid out as a
table, but its rows are not "label | value": each cell is a passage written under its
column's heading. Paired as a form's row, the first passage would become the label of
the others (a sentence about the mother heading the request for a foster home). Read as
the page means it, each column is its heading followed by its passages.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["prose_column_passages"]

# A passage: several words, at least one clause's worth.
_PASSAGE_WORDS = 6
# A heading is short: a question or a few words, not a sentence with a full stop inside.
_HEADING_WORDS = 10


def _is_heading(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _HEADING_WORDS and not re.search(r"[.;]\s+\S", text)


def _is_passage(text: str) -> bool:
    return len(text.split()) >= _PASSAGE_WORDS


def prose_column_passages(rows: list[list[Block]]) -> list[tuple[Block, bool]] | None:
    """Each column's heading then its passages, each marked True if it is a heading; None
    unless the first row heads two or more columns (none of them a form's field) and every
    filled cell below, the first column's too, is a passage."""
    if len(rows) < 2:
        return None
    header = rows[0]
    texts = [cell.text.strip() for cell in header]
    if len(header) < 2 or not all(_is_heading(text) for text in texts):
        return None
    if any(field_for(text.strip(" :*?")) is not None for text in texts):
        return None
    body = rows[1:]
    filled = [cell for row in body for cell in row if cell.text.strip()]
    if not filled or any(len(row) > len(header) for row in body):
        return None
    if not all(_is_passage(cell.text) for cell in filled):
        return None
    passages: list[tuple[Block, bool]] = []
    for column, heading in enumerate(header):
        passages.append((heading, True))
        passages.extend(
            (row[column], False) for row in body if column < len(row) and row[column].text.strip()
        )
    return passages
