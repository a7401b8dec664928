"""HTML (an LA portal's export, an email body): paragraphs, table cells and form inputs.

A definition list (a case system's notification: "<dt>Legal status</dt><dd>S20</dd>") is
read as a table of two columns, each term and its definition a row, so that an answer left
blank stays blank instead of the next term being read as its answer."""

from __future__ import annotations

from html.parser import HTMLParser

from hearth_contract.documents import DocumentTooLarge

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import DocumentLimits
from hearth_referrals.documents.readers.layout import part_heading

__all__ = ["read"]

_BREAKS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "br",
    "tr",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "legend",
    "label",
}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
# "<s>Foster care</s> / Residential": an option struck through is deleted.
_STRUCK = {"s", "strike", "del"}


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._buffer: list[str] = []
        self._skip = 0
        self._part: str | None = None
        self._paragraph = 0
        self._table = 0
        self._tables: list[list[int]] = []  # [table, row, cell] of each open table
        self._in_cell = False
        self._select: str | None = None
        self._option_selected = False
        self._struck = 0
        self._spans: list[bool] = []  # whether each open <span> strikes its text through

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _SKIP:
            self._skip += 1
        elif tag in _STRUCK or tag == "span":
            struck = tag != "span" or "line-through" in (attributes.get("style") or "")
            if tag == "span":
                self._spans.append(struck)
            self._struck += struck
        elif tag == "table":
            self._flush()
            self._table += 1
            self._tables.append([self._table, 0, 0])
        elif tag == "tr" and self._tables:
            self._flush()
            self._tables[-1][1] += 1
            self._tables[-1][2] = 0
        elif tag in ("td", "th") and self._tables:
            self._flush()
            self._tables[-1][2] += 1
            self._in_cell = True
        elif tag == "dl":
            self._flush()
            self._table += 1
            self._tables.append([self._table, 0, 0])
        elif tag in ("dt", "dd") and self._tables:
            self._flush()
            if tag == "dt" or self._tables[-1][1] == 0:
                self._tables[-1][1] += 1
                self._tables[-1][2] = 0
            self._tables[-1][2] += 1
            self._in_cell = True
        elif tag == "input":
            self._input(attributes)
        elif tag == "select":
            self._select = attributes.get("name") or ""
        elif tag == "option" and self._select is not None:
            self._option_selected = "selected" in attributes
        elif tag in _BREAKS and not self._in_cell:
            self._flush()
        elif tag == "br":
            self._buffer.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _STRUCK or tag == "span":
            struck = tag != "span" or (self._spans.pop() if self._spans else False)
            self._struck = max(0, self._struck - struck)
        elif tag in ("td", "th"):
            self._flush()
            self._in_cell = False
        elif tag in ("dt", "dd") and self._tables:
            if tag == "dd" and not "".join(self._buffer).strip():
                # "<dt>Self harm</dt><dd>&nbsp;</dd>": a prompt left blank, not the next
                # prompt its answer
                self.blocks.append(Block(BlockKind.CELL, "", self._location()))
            self._flush()
            self._in_cell = False
        elif tag in ("table", "dl") and self._tables:
            self._flush()
            self._tables.pop()
        elif tag == "select":
            self._select = None
        elif tag in _BREAKS and not self._in_cell:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip or self._struck:
            return
        if self._select is not None:
            if self._option_selected and data.strip():
                self._buffer.append(data.strip())
            return
        self._buffer.append(data)

    def _input(self, attributes: dict[str, str | None]) -> None:
        kind = (attributes.get("type") or "text").lower()
        if kind in ("checkbox", "radio"):
            self._buffer.append(" ☒ " if "checked" in attributes else " ☐ ")
        elif kind in ("text", "date", "email", "tel", "number"):
            self._buffer.append(" " + (attributes.get("value") or "") + " ")

    def _location(self) -> Location:
        if self._tables and self._in_cell:
            table, row, cell = self._tables[-1]
            return Location(part=self._part, table=table, row=row, cell=cell)
        return Location(part=self._part, paragraph=self._paragraph)

    def _flush(self) -> None:
        text = "\n".join(" ".join(line.split()) for line in "".join(self._buffer).splitlines())
        text = "\n".join(line for line in text.splitlines() if line)
        self._buffer = []
        if not text:
            return
        heading = part_heading(text)
        if heading:
            self._part = heading
        if self._tables and self._in_cell:
            self.blocks.append(Block(BlockKind.CELL, text, self._location()))
            return
        for line in text.splitlines():
            self._paragraph += 1
            self.blocks.append(Block(BlockKind.PARAGRAPH, line, self._location()))


def read(content: str, limits: DocumentLimits) -> list[Block]:
    if len(content) > limits.max_text_chars:
        raise DocumentTooLarge("The page is too long to read.")
    parser = _BlockParser()
    parser.feed(content)
    parser.close()
    parser._flush()
    return parser.blocks
