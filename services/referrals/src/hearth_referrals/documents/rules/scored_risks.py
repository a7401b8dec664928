"""A needs-scoring tool's risk table: "Risk domain | Score | Status | Evidence".

Each row names a risk (often behind a domain code, "R7 Harm to others", "D3. Fire"), a
number in the score column and the words that say what the number means ("Nil",
"Historic", "Query", "Active") with the evidence. The number is the tool's own scale and
says nothing a reader can trust on its own (0 may be "nil" on one tool and "low" on
another); the status word and the evidence answer the risk's question. Read as one
answer per risk: the row's words without the score, under the risk's name without its
code.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.rules.risk_words import risk_terms, written_out

__all__ = ["scored_risk_rows"]

_SCORE_HEADER = re.compile(
    r"^\W*(score|scored|rating|level|grade|points|weighting|rag|rag rating)\W*(\(\s*\d.*\))?\W*$",
    re.I,
)
_SCORE = re.compile(r"^\s*\d{1,2}(?:\s*/\s*\d{1,2})?\s*$")
_FIRST_HEADER = re.compile(r"\b(risks?|domains?|areas?|concerns?|factors?|indicators?)\b", re.I)
# "R7 ", "D3. ", "A1) ", "4.2 ": a tool's own number for the domain, before its name
_DOMAIN_CODE = re.compile(
    r"^\s*(?:[A-Z]{1,2}\s?\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2})?)[.):]?\s+(?=\S)"
)


def _risk_name(text: str) -> str:
    """The row's risk without its domain code; a short name ("Fire", "Animals") said in
    full, as a risk table's row means the risk."""
    return written_out(_DOMAIN_CODE.sub("", text.strip()).strip(" :*"))


def scored_risk_rows(rows: list[list[Block]]) -> list[tuple[str, str, Block]] | None:
    """Each risk row of a scored risk table as (risk name, words, block), or None when the
    table is not one: a first header naming risks or domains, one score column of numbers
    and at least one column of words beside it."""
    header = [cell.text.strip() for cell in rows[0]]
    if len(rows) < 3 or len(header) < 3 or not _FIRST_HEADER.search(header[0]):
        return None
    scores = [index for index, text in enumerate(header) if index and _SCORE_HEADER.match(text)]
    if len(scores) != 1:
        return None
    column = scores[0]
    body = [row for row in rows[1:] if any(cell.text.strip() for cell in row)]
    if len(body) < 2 or any(len(row) != len(header) for row in body):
        return None
    if not all(_SCORE.match(row[column].text) or not row[column].text.strip() for row in body):
        return None
    named = [row for row in body if risk_terms(_risk_name(row[0].text))]
    if len(named) * 2 < len(body):
        return None
    found = []
    for row in body:
        words = [cell.text.strip() for index, cell in enumerate(row[1:], 1) if index != column]
        block = replace(row[0], text=" | ".join(cell.text for cell in row))
        found.append((_risk_name(row[0].text), " | ".join(word for word in words if word), block))
    return found
