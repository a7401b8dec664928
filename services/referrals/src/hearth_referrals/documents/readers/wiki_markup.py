"""Pages written in Confluence or Jira wiki markup, read as the plain text they show.

A placement team that keeps its requests on a wiki page sends the page's source: headings
typed ``h2. Child 1: Theo Hart``, tables whose header cells are fenced by doubled bars
(``||Field||Value||``), mentions (``[~Philippa Hart]``), links (``[mailto:...]``,
``[the plan|https://...]``), macros (``{info}...{info}``, ``{panel:title=...}``), status
icons (``(/)`` ticked, ``(x)`` crossed, ``(?)``, ``(on)``) and ``\\\\`` for a line break.
Read as they are, the doubled bars give every header row an empty column, a mention is not
a name and a heading is not one. The markup is the Atlassian "text formatting notation";
the page is written out as the Markdown-like lines the text reader already knows.
"""

from __future__ import annotations

import re

__all__ = ["wiki_lines"]

_HEADING = re.compile(r"^\s*h([1-6])\.\s+(\S.*)$")
_HEADER_ROW = re.compile(r"^\s*\|\|.*\|\|\s*$")
_MACRO = re.compile(
    r"\{(?:info|note|tip|warning|panel|expand|quote|noformat|code|color)(?::[^}]*)?\}"
)
_MENTION = re.compile(r"\[~([^\]|]+)\]")
_MAILTO = re.compile(r"\[(?:[^\]|]*\|)?mailto:([^\]]+)\]")
_LINK = re.compile(r"\[([^\]|]+)\|[^\]]+\]")
_BARE_LINK = re.compile(r"\[((?:https?|ftp)://[^\]]+)\]")
# The status icons a page's tables use for a state: ticked, crossed, or a mark that says
# nothing by itself (the words after it do).
_ICONS = {
    "(/)": "\u2713",
    "(x)": "\u2717",
    "(-)": "",
    "(+)": "",
    "(?)": "",
    "(!)": "",
    "(i)": "",
    "(on)": "",
    "(off)": "",
    "(*)": "",
    "(y)": "\u2713",
    "(n)": "\u2717",
}
_ICON = re.compile("|".join(re.escape(icon) for icon in _ICONS))
_LINE_BREAK = re.compile(r"\s*\\\\\s*")
# At least this many lines in the markup's own forms before a text is read as a wiki page:
# one "h2." line or one "||" row could be anything.
_MIN_SIGNS = 2


def _signs(lines: list[str]) -> int:
    return sum(
        bool(_HEADING.match(line) or _HEADER_ROW.match(line) or _MACRO.search(line))
        for line in lines
    )


def _links(text: str) -> str:
    """Mentions and links as the words they show (a link's bar is not a cell's)."""
    text = _MENTION.sub(r"\1", text)
    text = _MAILTO.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    return _BARE_LINK.sub(r"\1", text)


def _inline(text: str) -> str:
    text = _MACRO.sub(" ", text)
    text = _ICON.sub(lambda match: _ICONS[match.group(0)], text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


def _line(line: str) -> str:
    line = _links(line)
    heading = _HEADING.match(line)
    if heading:
        return "#" * int(heading.group(1)) + " " + _inline(heading.group(2))
    if _HEADER_ROW.match(line):
        cells = [cell for cell in line.strip().strip("|").split("||")]
        return "| " + " | ".join(_inline(cell) for cell in cells) + " |"
    if line.lstrip().startswith("|"):
        cells = line.strip().strip("|").split("|")
        # a table cell's line break, and a cell left empty, kept as cells of the row
        return "| " + " | ".join(_inline(_LINE_BREAK.sub("; ", cell)) for cell in cells) + " |"
    return _inline(_LINE_BREAK.sub(" ", line)) if line.strip() else line


def wiki_lines(lines: list[str]) -> list[str]:
    """``lines`` as plain lines when they are a wiki page's markup, else unchanged."""
    if _signs(lines) < _MIN_SIGNS:
        return lines
    return [_line(line) for line in lines]
