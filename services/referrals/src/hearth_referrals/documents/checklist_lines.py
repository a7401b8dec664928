"""A checklist's risk items: a box, the risk's name, a dash, and the words that answer it.

A board card or a task list exported as text keeps its checklist items as lines: "[✗]
Self-harm — none known", "[✓] Missing — past: twice in 2025, none since", "[?] CSE —
suspected". The box says only that the item was looked at or ticked (a tick is a "yes" on
one board and "done" on another), and the words after the dash say the risk's state. Each
such line is written as the risk's own line, "Self-harm: none known", and read as any
risk line is; a box with no words after the risk's name is left as it is."""

from __future__ import annotations

import re

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.risk_words import named_risks

__all__ = ["checklist_risk_lines"]

# "[✗] Self-harm — none known", "[x] Fire - past: ...", "(✓) CSE - suspected"
_ITEM = re.compile(
    r"^\s*[\[(]\s*(?:[xX]|[^\s\w\])])?\s*[\])]\s*(?P<name>[^\u2014\u2013:|]{2,40}?)\s+[\u2014\u2013-]\s+"
    r"(?P<answer>\S.*)$",
    re.S,
)


def _item(text: str) -> str | None:
    found = _ITEM.match(text)
    if found is None or not named_risks(found["name"].strip()):
        return None
    return f"{found['name'].strip()}: {found['answer'].strip()}"


# Where the next item starts inside a block that joined them as one wrapped line
_NEXT_BOX = re.compile(r"\s+(?=[\[(]\s*(?:[xX]|[^\s\w\])])?\s*[\])]\s+\S)")


def checklist_risk_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with each checklist line naming a risk written as the risk's own line;
    items a reader joined into one line (the next box on the same line) each a line."""
    written: list[Block] = []
    for block in blocks:
        if block.kind is BlockKind.CELL or _ITEM.match(block.text) is None:
            written.append(block)
            continue
        items = [item for item in _NEXT_BOX.split(block.text) if item.strip()]
        lines = [_item(item) for item in items]
        if len(items) > 1 and not all(lines):
            lines = [_item(block.text)]  # one item whose words hold a bracket, not two
        for line in lines:
            written.append(block if line is None else block.reworded(line))
    return written
