"""A PDF page's words put back into the cells, rows and lines a person sees.

Plain text extraction joins a label to its value and interleaves the wrapped cells of
side-by-side columns. Here the page is read with each word's position (pdfplumber):
ruled tables become table cells; outside them, words on one baseline are split at wide
gaps into segments, and segments that line up under the ones above continue the same
cell (a wrapped value), so a form printed as "Label      value" keeps its pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.readers.layout import part_heading
from hearth_referrals.documents.readers.pdf_cells import ENTRY, table_text
from hearth_referrals.documents.readers.pdf_columns import newspaper_order

__all__ = ["page_blocks", "words_from_chars"]

# A gap wider than this many times the font size separates two cells on a line.
_GAP_FACTOR = 1.6
_ALIGN = 6.0  # points: how far apart two starts may be and still be one column
_LABEL_VALUE = re.compile(r"^\s*[A-Za-z][^:]{0,60}:\s*\S")
# An address cut at the cell's or column's edge: "jo.bloggs@southty" over "neside.gov.uk".
_CUT_ADDRESS = re.compile(r"\S*@[\w.-]*$")
_WHOLE_ADDRESS = re.compile(
    r"@[\w-]+(\.[\w-]+)*\.(uk|com|org|net|gov|nhs|info|io|eu|scot|wales|cymru)$", re.I
)


def join_wrapped(first: str, second: str) -> str:
    """Two lines of one cell or paragraph as one text; an email address the line broke
    inside is put back together without the space."""
    cut = _CUT_ADDRESS.search(first[-120:])  # an address is at the line's end, if anywhere
    rest = second.split()[0].rstrip(".,;:)") if second.split() else ""
    if cut and not _WHOLE_ADDRESS.search(cut.group()) and _WHOLE_ADDRESS.search(cut.group() + rest):
        return f"{first}{second}"
    if rest.startswith("@") and re.search(r"(^|\s)[\w.%+-]+$", first) and "@" not in first[-1:]:
        return f"{first}{second}"  # cut just before the "@"
    return f"{first} {second}"


def cell_text(text: str) -> str:
    """A table cell's lines as one line, with broken email addresses mended."""
    joined = ""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            joined = join_wrapped(joined, line) if joined else line
    return joined


@dataclass(slots=True)
class _Segment:
    x0: float
    x1: float
    text: str
    size: float = 8.0
    first: float = 0.0  # the width of its first word


@dataclass(slots=True)
class _Line:
    top: float
    segments: list[_Segment]


@dataclass(slots=True)
class _Row:
    top: float
    cells: list[_Segment] = field(default_factory=list)
    table: list[list[str]] | None = None
    wrapped: bool = False  # the line carries on the line above, cut at the column's edge
    broken: bool = False  # the line above ended short of the edge: a new line, not a wrap
    heading: bool = False  # a short line in a larger type than the page's text


def _mark_headings(rows: list[_Row]) -> None:
    """A line of a few words printed larger than most of the page's text is a heading,
    as a Word heading style is ("Discussion", "The parent", "Social worker")."""
    sizes: dict[float, int] = {}
    for row in rows:
        for cell in row.cells:
            sizes[round(cell.size)] = sizes.get(round(cell.size), 0) + len(cell.text)
    if not sizes:
        return
    body = max(sizes, key=lambda size: sizes[size])
    for row in rows:
        if row.table is None and len(row.cells) == 1:
            cell = row.cells[0]
            row.heading = cell.size >= body * 1.15 and 0 < len(cell.text.split()) <= 6


def _mark_wrapped(rows: list[_Row]) -> None:
    """A line continues the one above when both start at one edge, in one size, and the
    line above stopped only because its next word would not fit before the right edge
    (the right edge is the widest line starting where they start)."""
    lines = [row.cells[0] for row in rows if row.table is None and len(row.cells) == 1]
    for above, row in pairwise(rows):
        if above.table is not None or row.table is not None:
            continue
        if len(above.cells) != 1 or len(row.cells) != 1:
            continue
        upper, lower = above.cells[0], row.cells[0]
        if abs(upper.x0 - lower.x0) > _ALIGN / 2 or abs(upper.size - lower.size) > 0.5:
            continue
        if row.top - above.top > upper.size * 1.8:
            continue  # a blank line between: a new paragraph
        edge = max(line.x1 for line in lines if abs(line.x0 - upper.x0) <= _ALIGN / 2)
        full = upper.x1 - upper.x0 >= (edge - upper.x0) * 0.4
        row.wrapped = full and upper.x1 + upper.size * 0.3 + lower.first > edge
        # its first word would have fitted well within the line above: a line break the
        # writer made ("(chronology to follow)" over "The allocated social worker is ...")
        row.broken = upper.x1 + upper.size * 0.3 + lower.first < edge - upper.size * 2


def _lines(words: list[dict]) -> list[_Line]:
    lines = _word_lines(words)
    for line in lines:
        line.segments = _join(sorted(line.segments, key=lambda s: s.x0))
    stops = _column_stops(lines)
    # Split again, knowing where the columns start: on the whole page, or on the line
    # above or below ("Team manager" over a long email address and "Manager phone").
    near = [
        stops
        + [
            seg.x0
            for other in lines[max(0, i - 1) : i + 2]
            if other is not line
            for seg in other.segments[1:]
        ]
        for i, line in enumerate(lines)
    ]
    if any(near):
        lines = _word_lines(words)
        for line, line_stops in zip(lines, near, strict=True):
            line.segments = _join(sorted(line.segments, key=lambda s: s.x0), line_stops)
    return lines


def _column_stops(lines: list[_Line]) -> list[float]:
    """Where the form's columns start: the left edges of cells that open on two or more
    lines after a wide gap (a label or value column, not a word of running text)."""
    starts = sorted(segment.x0 for line in lines for segment in line.segments[1:])
    stops: list[float] = []
    index = 0
    while index < len(starts):
        end = index
        while end + 1 < len(starts) and starts[end + 1] - starts[index] <= _ALIGN / 2:
            end += 1
        if end - index + 1 >= 2:
            stops.append(starts[index])
        index = end + 1
    return stops


def _word_lines(words: list[dict]) -> list[_Line]:
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        size = max(word.get("bottom", 0) - word.get("top", 0), 4.0)
        if lines and abs(lines[-1].top - word["top"]) <= size * 0.4:
            line = lines[-1]
        else:
            line = _Line(word["top"], [])
            lines.append(line)
        line.segments.append(_Segment(word["x0"], word["x1"], word["text"], size))
    return lines


def _at_stop(previous: _Segment, word: _Segment, stops: list[float]) -> bool:
    """A word starting on a column stop after more than a space, or after a label's colon,
    starts a new cell even when the gap before it is narrow (a long value, a tight form)."""
    gap = word.x0 - previous.x1
    if not any(abs(word.x0 - stop) <= 1.5 for stop in stops):
        return False
    return gap >= word.size * 0.6 or (previous.text.endswith(":") and gap >= word.size * 0.3)


def _join(words: list[_Segment], stops: list[float] | None = None) -> list[_Segment]:
    segments: list[_Segment] = []
    for word in words:
        if (
            segments
            and word.x0 - segments[-1].x1 <= word.size * _GAP_FACTOR
            and not (stops and _at_stop(segments[-1], word, stops))
        ):
            last = segments[-1]
            last.text, last.x1 = f"{last.text} {word.text}", word.x1
        else:
            segments.append(_Segment(word.x0, word.x1, word.text, word.size, word.x1 - word.x0))
    return segments


def _column(previous: _Row, segment: _Segment) -> int | None:
    for index, cell in enumerate(previous.cells):
        if abs(cell.x0 - segment.x0) <= _ALIGN:
            return index
    return None


def _continues(previous: _Row | None, line: _Line) -> list[int] | None:
    """The columns of ``previous`` a line wraps on to, if every segment lines up.

    A value wraps under its value column; a label wraps under its label only when the
    line starts in lower case ("Is there a history of" / "self-harm?"), since a new
    label starts with a capital.
    """
    if previous is None or previous.table is not None or len(previous.cells) < 2:
        return None
    columns = [_column(previous, segment) for segment in line.segments]
    if any(column is None for column in columns) or len(set(columns)) != len(columns):
        return None
    if 0 in columns and not line.segments[0].text[:1].islower():
        return None
    return [column for column in columns if column is not None]


def _rows(lines: list[_Line], tables: list[tuple[float, list[list[str]]]]) -> list[_Row]:
    items: list[_Row] = [_Row(top, table=rows) for top, rows in tables]
    previous: _Row | None = None
    for line in lines:
        columns = _continues(previous, line)
        if columns is not None and previous is not None:
            for column, segment in zip(columns, line.segments, strict=True):
                cell = previous.cells[column]
                cell.text = join_wrapped(cell.text, segment.text)
            continue
        previous = _Row(line.top, list(line.segments))
        items.append(previous)
    return sorted(items, key=lambda row: row.top)


_LABEL_START = re.compile(r"^\s*([A-Za-z][\w '/()-]{0,40}:|[-*\u2022]|\d+[.)])\s")


# "...; Ethnicity: White British; Legal" over "status: Interim care order; ...": the wrap
# cut a run of labelled answers inside a label.
_CUT_LABEL = re.compile(r"^([a-z][a-z '/()-]{0,30}):\s")
_LABEL_TAIL = re.compile(r"(?:^|[;.]\s+)([A-Z][A-Za-z'/]*(?: [A-Za-z'/]+){0,3})$")


def _label_cut(previous: str, text: str) -> bool:
    from hearth_referrals.documents.rules.labels import field_for

    below, above = _CUT_LABEL.match(text), _LABEL_TAIL.search(previous.rstrip())
    if below is None or above is None or ":" not in previous:
        return False
    return field_for(f"{above.group(1)} {below.group(1)}") is not None


def _wraps(previous: Block, text: str) -> bool:
    """A line of running text continues the paragraph above (a sentence wrapped by the page)."""
    if previous.kind is BlockKind.PARAGRAPH and _label_cut(previous.text, text):
        return True
    return (
        previous.kind is BlockKind.PARAGRAPH
        and len(previous.text) >= 50
        and not previous.text.rstrip().endswith((".", ":", "?", "!"))
        and not _LABEL_START.match(text)
        # A line opening in lower case continues even a "Label: value" line's value.
        and (
            text[:1].islower()
            or (len(previous.text) >= 60 and not _LABEL_START.match(previous.text))
        )
    )


# A box's own label on its first line: a few words, no figures, no closing stop.
_BOX_LABEL = re.compile(r"^[A-Z][A-Za-z'()/&-]*(?: [A-Za-z'()/&-]+){0,3}\??$")


# A panel: a cell holding a run of its own "Label: value" lines or numbered paragraphs (a
# column of a form or a statement printed as one tall ruled cell), each line a field, a line
# without a label carrying on the one above.
# A numbered paragraph ("58. I am the allocated social worker") opens a field as well: a
# statement's column of paragraphs is read the same way.
_PANEL_LINE = re.compile(r"^\s*(?:[A-Z][\w '/()&-]{0,40}:(\s|$)|\d{1,3}[.)]\s)")
_PANEL_FIELDS = 3
# at most this many printed lines a field, on average (a paragraph wraps over two or three)
_PANEL_WRAP = 3


def _panel_entries(text: str | None) -> list[str]:
    """A panel cell's fields, one text each (a heading line above them kept as its own
    entry); empty when the cell is not a panel."""
    lines = [" ".join(line.split()) for line in (text or "").replace(ENTRY, "\n").splitlines()]
    lines = [line for line in lines if line]
    labelled = sum(1 for line in lines if _PANEL_LINE.match(line))
    if labelled < _PANEL_FIELDS or labelled * _PANEL_WRAP < len(lines):
        return []
    entries: list[str] = []
    for index, line in enumerate(lines):
        if entries and index and not _PANEL_LINE.match(line) and _PANEL_LINE.match(entries[-1]):
            entries[-1] = join_wrapped(entries[-1], line)
        else:
            entries.append(line)
    return entries


_COLUMN_LINES = 8  # printed lines in a cell that is a column of running text


def _text_columns(cells: list[str | None]) -> list[list[str]]:
    """A row of cells each holding a column of running text (a bulletin or newsletter laid
    out in ruled columns): each column's printed lines, so that its headings and labelled
    answers are read as the page shows them; empty for any other row."""
    filled = [
        [" ".join(line.split()) for line in text.replace(ENTRY, "\n").splitlines() if line.strip()]
        for text in cells
        if text and text.strip()
    ]
    if len(filled) < 2 or any(len(lines) < _COLUMN_LINES for lines in filled):
        return []
    return [[piece for line in lines for piece in _labelled_pieces(line)] for lines in filled]


# "School: Mount Street Primary (Y6). Family time:": a sentence ends and a label starts
_NEXT_LABEL = re.compile(r"(?<=[.;])\s+(?=[A-Z][\w '/()-]{1,30}:)")


def _labelled_pieces(line: str) -> list[str]:
    """A printed line cut where a label the form knows starts after a full stop."""
    from hearth_referrals.documents.rules.labels import field_for

    pieces = [line]
    for cut in reversed(list(_NEXT_LABEL.finditer(line))):
        label = line[cut.end() :].split(":", 1)[0]
        if field_for(label) is not None:
            head = pieces.pop(0)
            pieces[:0] = [head[: cut.start()], head[cut.end() :]]
    return pieces


def _boxed_cells(cells: list[str | None]) -> list[str]:
    """A printed form's row of boxes, each with its label above its value ("Date of
    referral" over "16.11.26"): "Label: value" for each box; empty when any box with text
    is not so (a grid's header row, a label column beside its values)."""
    texts = [text.strip() for text in cells if text and text.strip()]
    if len(texts) < 2:
        return []
    pairs = []
    for text in texts:
        label, _, value = text.partition("\n")
        if not value.strip() or not _BOX_LABEL.match(label.strip()):
            return []
        pairs.append(f"{label.strip().rstrip('?')}: {' '.join(value.split())}")
    return pairs


class _Emitter:
    def __init__(self, page: int, part: str | None, tables_before: int) -> None:
        self.page, self.part = page, part
        self.table, self.paragraph, self.row = tables_before, 0, 0
        self.in_table = False
        self.blocks: list[Block] = []
        # the document's title lines at the top of its first page are not Part headings
        self.below_title = page > 1 or tables_before > 0

    def paragraph_block(self, text: str, wrapped: bool = False, broken: bool = False) -> None:
        heading = part_heading(text)
        if heading:
            self.part = heading
        previous = self.blocks[-1] if self.blocks else None
        carries_on = (
            wrapped
            and previous is not None
            and previous.kind is BlockKind.PARAGRAPH
            and not _LABEL_START.match(text)
        )
        if (
            not heading
            and previous is not None
            and (carries_on or (not broken and _wraps(previous, text)))
        ):
            previous.text = join_wrapped(previous.text, text)
            return
        self.in_table = False
        self.paragraph += 1
        where = Location(page=self.page, part=self.part, paragraph=self.paragraph)
        self.blocks.append(Block(BlockKind.PARAGRAPH, text, where))

    def row_blocks(self, cells: list[str], *, new_table: bool = False) -> None:
        if new_table or not self.in_table:
            self.table, self.row, self.in_table = self.table + 1, 0, True
        self.row += 1
        for index, text in enumerate(cells, start=1):
            where = Location(
                page=self.page, part=self.part, table=self.table, row=self.row, cell=index
            )
            self.blocks.append(Block(BlockKind.CELL, text, where))

    def emit(self, row: _Row) -> None:
        if row.table is not None:
            self.in_table, self.below_title = False, True
            for index, cells in enumerate(row.table):
                boxed = _boxed_cells(cells)
                if boxed:  # each box holds its label over its value: a pair each
                    for text in boxed:
                        self.paragraph_block(text)
                    self.in_table = False
                    continue
                columns = _text_columns(cells)
                if columns:  # a bulletin's columns of running text, read one after another
                    for lines in columns:
                        for line in lines:
                            self.paragraph_block(line)
                    self.in_table = False
                    continue
                panels = [_panel_entries(text) for text in cells]
                if any(panels):  # side-by-side panels of fields: each field a line
                    # beside a cell that is not a panel, each panel line stands alone
                    filled = [entries for text, entries in zip(cells, panels, strict=True) if text]
                    alone = not all(filled)
                    for text, entries in zip(cells, panels, strict=True):
                        for entry in entries or [cell_text(text or "")]:
                            if entry:
                                self.paragraph_block(entry, broken=alone)
                    self.in_table = False
                    continue
                # a value's entries one a line (table_text marked them)
                texts = [cell_text(text or "").replace(ENTRY, "\n") for text in cells]
                if any(texts):
                    self.row_blocks(texts, new_table=index == 0)
            self.in_table = False
            return
        texts = [" ".join(cell.text.split()) for cell in row.cells]
        if len(texts) == 1 and texts[0].count("|") >= 1:  # a table typed with pipes
            self.row_blocks([cell.strip() for cell in texts[0].strip("| ").split("|")])
            return
        if len(texts) == 1:
            # a large-type line that carries on the one above ("... TAKE THIS LETTER TO A"
            # over "SOLICITOR") ends a sentence; it does not start a Part
            if row.heading and self.below_title and not row.wrapped and not part_heading(texts[0]):
                self.part = texts[0].rstrip(":").strip()
            self.below_title = self.below_title or not row.heading
            self.paragraph_block(texts[0], row.wrapped, row.broken)
            return
        self.below_title = True
        if all(_LABEL_VALUE.match(text) for text in texts):
            for text in texts:  # side-by-side "Label: value" pairs read as separate lines
                self.paragraph_block(text)
            return
        self.row_blocks(texts)


def words_from_chars(chars: list[dict]) -> list[dict]:
    """Words (x0, x1, top, bottom, text) from positioned characters, as pdfplumber gives."""
    words: list[dict] = []
    current: dict | None = None
    for char in sorted(chars, key=lambda c: (round(c["top"] / 2), c["x0"])):
        text, size = char["text"], max(char["bottom"] - char["top"], 1.0)
        joins = (
            current is not None
            and abs(char["top"] - current["top"]) <= size * 0.4
            and -size * 0.5 <= char["x0"] - current["x1"] <= size * 0.15
        )
        if text.isspace():
            current = None
            continue
        if joins and current is not None:
            current["text"] += text
            current["x1"] = max(current["x1"], char["x1"])
        else:
            current = dict(char)
            words.append(current)
    return words


def page_blocks(
    page, number: int, part: str | None, tables_before: int, words: list[dict] | None = None
) -> list[Block]:
    """The blocks of one page, in reading order (top to bottom).

    ``page`` is a pdfplumber page when the page has ruled lines (its tables are found
    from them); otherwise ``words`` are the page's words and ``page`` is None.
    """
    found = page.find_tables() if page is not None else []
    boxes = [table.bbox for table in found]
    every_word = page.extract_words(keep_blank_chars=False) if found else []
    tables = [(table.bbox[1], table_text(table, every_word, join_wrapped)) for table in found]

    def outside(word: dict) -> bool:
        return not any(
            x0 - 1 <= word["x0"] and word["x1"] <= x1 + 1 and top - 1 <= word["top"] <= bottom + 1
            for x0, top, x1, bottom in boxes
        )

    if page is not None:
        words = page.extract_words(keep_blank_chars=False)
    words = [word for word in words or [] if outside(word)]
    if not found:  # a ruled page keeps its order: its tables are placed by position
        words = newspaper_order(words)
    emitter = _Emitter(number, part, tables_before)
    rows = _rows(_lines(words), tables)
    _mark_wrapped(rows)
    _mark_headings(rows)
    for row in rows:
        emitter.emit(row)
    return emitter.blocks
