"""Plain text: lines become paragraphs; pipe- or tab-separated lines become table cells."""

from __future__ import annotations

import csv
import re

from hearth_contract.documents import DocumentTooLarge
from striprtf.striprtf import rtf_to_text

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import DocumentLimits
from hearth_referrals.documents.readers.chat import chat_blocks
from hearth_referrals.documents.readers.csv_sideways import sideways_csv_lines
from hearth_referrals.documents.readers.csv_table import csv_lines
from hearth_referrals.documents.readers.exports import export_lines
from hearth_referrals.documents.readers.form_sheet import form_sheet_lines
from hearth_referrals.documents.readers.layout import part_heading
from hearth_referrals.documents.readers.lenient_json import json_lines
from hearth_referrals.documents.readers.mark_grid import mark_grids
from hearth_referrals.documents.readers.print_layout import print_layout
from hearth_referrals.documents.readers.record_exports import record_export_lines
from hearth_referrals.documents.readers.vcard import vcard_lines
from hearth_referrals.documents.readers.wiki_markup import wiki_lines
from hearth_referrals.documents.readers.workbook import workbook_lines

__all__ = ["blocks_from_lines", "decode", "read", "unwrap"]

_COLUMNS = re.compile(r"\s*\|\s*|\t+")
_RULE = re.compile(r"^[\s|:+=_-]*$")


_LABEL_START = re.compile(
    r"^\s*([A-Za-z][\w '/()-]{0,40}:|[-*\u2022]|\d+[.)]|[A-Z][^:?\n]{0,100}\?\s*:?"
    r"|(?:Q|Question|Section|Part)\s?\d{1,2}[a-z]?[.):])\s"
)
_PAIRS_GAP = re.compile(r" {2,}|\s{3,}|\t+")  # two spaces or more: typed columns
_PAIR = re.compile(r"^\s*[A-Za-z][^:]{0,40}:\s*\S")


# "Violence - threatened staff in September" over "HSB - no": a list of prompts each
# answered after a dash, one a line, not a sentence wrapped.
_DASH_LINE = re.compile(r"^\s*[A-Z][A-Za-z/&' ]{1,40}?\s+[-\u2013]\s+\S")


# A line that stops on a word or mark that needs more ("... (CCE) /", "... with the").
_OPEN_END = re.compile(r"([/,&(\-\u2013]|\b(and|or|of|the|with|to|for|a|an))\s*$", re.I)


# lower case: "Foster carers A" ends on a name, not on an article
_OPEN_WORD = re.compile(r"\b(and|or|of|the|with|to|for|a|an|in|on|at|by|from|into)\s*$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _sibling_pairs(previous: str, line: str) -> bool:
    """ "  family time: mum weekly ..." over "  previous placements: 1 (...)": two labelled
    lines indented alike, or two whose labels are both the form's own fields ("family
    time: ..." over "placements: 3"), the first not stopping on a word that needs more, are
    two answers (a log's fields), never one wrapped sentence."""
    return bool(
        _LABEL_START.match(previous)
        and _LABEL_START.match(line)
        and not _OPEN_END.search(previous)
        and (
            (_indent(previous) > 0 and _indent(previous) == _indent(line))
            or (_known_label(previous) and _known_label(line))
        )
    )


def _known_label(line: str) -> bool:
    from hearth_referrals.documents.rules.labels import field_for

    label, colon, _rest = line.partition(":")
    return bool(colon) and field_for(label.strip()) is not None


def _hard_wrapped(previous: str, line: str) -> bool:
    """A case-management export wraps its paragraphs at a fixed width, mid-phrase and even
    mid-label ("... Child criminal exploitation (CCE) /" then "county lines: none known."):
    a long line stopping mid-sentence goes on in a line that starts in lower case or with
    a bracket, even one that looks like a label; a long line ending in a label ("...
    Eating disorder:") goes on in the line holding its answer."""
    if _sibling_pairs(previous, line):
        return False
    previous, line = previous.rstrip(), line.strip()
    if len(previous) < 60 or not line or "|" in previous + line or part_heading(line):
        return False
    if previous.endswith((".", "?", "!", "?:")):
        return False  # "...?:": a question asked and left unanswered, not a wrapped label
    if previous.endswith(":"):
        return not _LABEL_START.match(line)
    return line[:1].islower() or line[:1] == "("


def _split_number(previous: str, line: str) -> bool:
    """A phone number broken by the wrap: "..., 020" then "7946 0312" (the dialling code
    ends one line, the rest of the number opens the next)."""
    return bool(
        re.search(r"(^|[\s,:(])(\+44\s?|0)\d{2,4}$", previous.rstrip())
        and re.match(r"^\s*\d{3,4}\s?\d{3,4}\b(?!\s*[/.-]\d)", line)
    )


def _prompt_alone(line: str) -> bool:
    """A short line that is only a form's numbered prompt ("3. Pronouns", "Q4. Gender")."""
    numbered = re.match(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+", line, re.I)
    label = line[numbered.end() :] if numbered else ""
    return 0 < len(label.split()) <= 4 and _known(label)


def unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped lines joined back into the sentences they were typed as."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        wraps = (
            previous.strip()
            and line.strip()
            and "|" not in line
            and "|" not in previous
            and "\t" not in line.strip()  # a tab inside a line: a row of columns of its own
            and not _LABEL_START.match(line)
            and not (_DASH_LINE.match(line) and _DASH_LINE.match(previous))
            and not part_heading(line)
            and not previous.rstrip().endswith((".", ":", "?", "!"))
            and not _prompt_alone(previous)  # "3. Pronouns" over "he/him": its answer
            and (
                line.lstrip()[:1].islower()  # a label's long answer wraps only mid-sentence
                or previous.rstrip().endswith(";")  # a list goes on after its semicolon
                # "* CSE: exploited by adult males in" over "Halifax (2025) ...": a long
                # line stopping on a word that needs more goes on, capital or not
                or (len(previous) >= 50 and _OPEN_WORD.search(previous))
                or (len(previous) >= 50 and not _LABEL_START.match(previous))
            )
        )
        joins = wraps or _hard_wrapped(previous, line) or _split_number(previous, line)
        if joins and not _risk_row(previous, line) and not _check_line(line):
            joined[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


_QUESTION_ANSWER = re.compile(
    r"^\s*Q(?:uestion)?\s*\d*\s*[.:)]\s*(.+?)\s+A(?:nswer)?\s*[.:)]\s*(.*)$", re.I
)


def _question_answer(line: str) -> str:
    """ "Q. Child's name  A. Poppy Hart" is "Child's name: Poppy Hart"."""
    match = _QUESTION_ANSWER.match(line)
    if not match:
        return line
    label, value = match.group(1).strip(), match.group(2).strip()
    return f"{label} {value}" if label.endswith("?") else f"{label.rstrip(':')}: {value}"


# "Child's name ........ Leo Hart", "Legal status ....: S20": a label led by dots.
_LEADERS = re.compile(r"^(\s*[A-Za-z][^.:|\t]{0,50}?)\s*(?:\.{3,}|_{3,}|\u2026+)\s*:?\s*(\S.*)$")
# "Where I have lived . Foster carers 2015": a dot leader squeezed to one or two dots by
# a label as long as the column (read only where other lines' leaders end at that column).
_SHORT_LEADER = re.compile(r"^(\s*[A-Za-z][^.:|\t]{0,50}?)(?:\s+\.{1,2}\s+|\s{2,})(\S.*)$")
_MIN_LEADER_LINES = 2


def _leader_columns(lines: list[str]) -> set[int]:
    """The columns where dot-led answers start, when a text lays its labels out that way."""
    columns = [found.start(2) for line in lines if (found := _LEADERS.match(_unnumbered(line)))]
    return set(columns) if len(columns) >= _MIN_LEADER_LINES else set()


def _unnumbered(line: str) -> str:
    """ "5.2 CSE ..... NIL" as "    CSE ..... NIL": a numbered prompt's number blanked out,
    its columns kept."""
    return _DOTTED_NUMBER.sub(lambda found: " " * len(found.group()), line, count=1)


def _squeezed_leader(line: str, columns: set[int]) -> re.Match | None:
    found = _SHORT_LEADER.match(_unnumbered(line))
    return found if found and found.start(2) in columns else None


# "**Legal status:** S20", "__Name__: Leo": a label in Markdown bold.
_BOLD = re.compile(r"(\*\*|__)([^*_\n]{1,60}?)\1")
# "[Legal status] S20", "Legal status = S20", "Legal status - S20": a label set off its own way.
_SET_OFF = re.compile(
    r"^\s*(?:\[([^\]]{1,50})\]\s*|([A-Za-z][^=:|\t]{0,50}?)\s+(?:=|-|\u2013|->|=>|>>)\s+)(\S.*)$"
)
_COLON_DASH = re.compile(r"^(\s*[A-Za-z][^:|\t]{0,50}?)\s*:-\s*(?=\S)")
# "1.2 Legal status: S20", "2.3 Phone": a form's numbered prompt, its numbering set aside.
_DOTTED_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Za-z])")
_UNDERLINE = re.compile(r"^\s*[-=~_]{3,}\s*$")
_GAP = re.compile(r" {3,}")
_QUESTION = re.compile(r"^\s*Q(?:uestion)?\s*\d*\s*[.:)]\s*(\S.*)$", re.I)
_ANSWER = re.compile(r"^\s*A(?:nswer)?\s*\d*\s*[.:)]\s*(.*)$", re.I)


_EMPTY_PAREN = re.compile(r"\(\s\)")
_TICKED_PAREN = re.compile(r"\(\s*[xX\u2713\u2714]\s*\)")
# "Foster care [X]", "Residential [ ]": the tick box after its option.
_BOX_AFTER = re.compile(r"^\s*([A-Za-z][^\[\]|]{0,60}?)\s*\[\s*([xX\u2713\u2714]?)\s*\]\s*$")
_BOX_FIRST = re.compile(r"^\s*(\u2610|\u2612|\u2611|\[\s*[xX\u2713\u2714]?\s*\])\s*\S")
# One choice asked for: tick boxes on the lines below its label are its options.
_CHOICES = {"setting", "legal_status", "urgency", "duration", "gender"}


def _boxes(line: str) -> str:
    """ "( ) Residential (x) Foster care" and "Foster care [X]" as "\u2610 Residential \u2612
    Foster care" and "\u2612 Foster care"."""
    line = _TICKED_PAREN.sub("\u2612", _EMPTY_PAREN.sub("\u2610", line))
    after = _BOX_AFTER.match(line)
    if after:
        box = "\u2612" if after.group(2) else "\u2610"
        return f"{box} {after.group(1)}"
    return line


# A checklist of risks asked for: "Risks (tick all that apply):", "Concerns:" over one box
# a line. The boxes below are its options too, so that each ticked risk is read as present.
_CHECKLIST_LABEL = re.compile(
    r"\b(risks?|concerns?|vulnerabilit\w*|tick (?:all|any)|select (?:all|any))\b", re.I
)


def _choice_label(line: str) -> bool:
    from hearth_referrals.documents.rules.labels import field_for

    label = line.strip().rstrip(":").strip()
    if not label or _BOX_FIRST.match(line):
        return False
    return field_for(label) in _CHOICES or bool(_CHECKLIST_LABEL.search(label))


def _options_below(lines: list[str]) -> list[str]:
    """ "Placement type:" over "[ ] Residential" and "[X] Foster care", or "Risks (tick all
    that apply):" over one box a line: one answer."""
    merged: list[str] = []
    asking = False
    for line in lines:
        if asking and _BOX_FIRST.match(line):
            label, _, options = merged[-1].partition(":")
            merged[-1] = f"{label.rstrip()}: {' '.join([options.strip(), line.strip()]).strip()}"
            continue
        asking = _choice_label(line) and (line.rstrip().endswith(":") or ":" not in line)
        merged.append(line)
    return merged


def _known(label: str) -> bool:
    from hearth_referrals.documents.rules.labels import field_for

    return field_for(label.strip()) is not None


_RISK_NAME_WORDS = 5
# "child sexual exploitation", "risk of going missing": words before a risk's own name
_RISK_NAME_LEAD = re.compile(r"^(?:risks?\s+(?:of\s+)?|child\s+|young person'?s?\s+)+", re.I)


def _risk_name(label: str) -> bool:
    """ "self harm", "going missing", "drugs and alcohol": a label that is one risk's
    name (set off by a dash, "fire setting - N"), not a sentence that names a risk."""
    from hearth_referrals.documents.rules.risk_words import risk_terms

    label = _RISK_NAME_LEAD.sub("", label.strip())
    found = risk_terms(label)
    return len(found) == 1 and found[0][1].start() == 0 and len(label.split()) <= _RISK_NAME_WORDS


# "fire setting: N", "Substances - cannabis most days", "self harm:" left blank: a row
# opening with a risk's name, set off by a colon or a dash
_RISK_ROW = re.compile(r"^\s*([a-z][\w '/&()-]{2,40}?)\s*(?::|\s[-\u2013](?:\s|$))", re.I)
# "eating disorder -" (or an en dash) with nothing after: a risk row left blank
_BLANK_RISK_ROW = re.compile(r"^\s*([a-z][a-z '/-]{2,40}?)\s+[-\u2013]\s*$", re.I)


def _risk_row(previous: str, line: str) -> bool:
    """ "drugs and alcohol: N" under "criminal exploitation: Query - seen with ...", or
    "fire setting:" (left blank) under "self harm: Y - cuts to her arms": a list of risks,
    each answered on its own line, even in lower case after a long answer; the risk's line
    is the next row, not the line above wrapped. Not the end of a label cut off by the wrap
    ("... (CCE) /" over "county lines: no"), and not a line that runs on to other risks
    ("CCE - county lines. MFH x4. no SH, nil else"), which is prose about each."""
    from hearth_referrals.documents.rules.risk_closings import one_risks_answer

    found = _RISK_ROW.match(line)
    return bool(
        found
        and not _OPEN_END.search(previous.rstrip())
        and (_risk_name(found.group(1)) or one_risks_answer(found.group(1), line[found.end() :]))
    )


# "Fire setting        [ ] Yes  [x] No  [ ] Past": a fixed-width check line, a few words
# padded out to a column of boxes; the next such line is the form's next row, never the
# line above wrapped (however long that line's detail runs).
_CHECK_LINE = re.compile(
    r"^\s*[A-Za-z][\w '/&()-]{1,50}?\s{2,}(?:\[\s*[xX\u2713\u2714]?\s*\]|[\u2610\u2611\u2612])"
)


def _check_line(line: str) -> bool:
    return bool(_CHECK_LINE.match(line))


def _label_styles(lines: list[str]) -> list[str]:
    """Labels typed without a colon, made plain "Label: answer" lines: dot leaders, Markdown
    bold, "[Label]", "Label = answer", a known label padded with spaces to a column
    ("Legal status        S20", "Name    Leo Hart    DOB    01/02/2012") and "Q: label" over
    "A: answer"."""
    plain: list[str] = []
    lines = _options_below([_boxes(line) for line in lines])
    columns = _leader_columns(lines)
    for index, line in enumerate(lines):
        line = _BOLD.sub(lambda found: found.group(2), line)
        line = _COLON_DASH.sub(lambda found: f"{found.group(1)}: ", line)
        numbered = _DOTTED_NUMBER.match(line)
        if numbered and (
            _PAIR.match(line[numbered.end() :])
            or _known(line[numbered.end() :])
            or _LEADERS.match(line[numbered.end() :])
        ):
            line = line[numbered.end() :]
        elif numbered and _squeezed_leader(line, columns):
            line = _unnumbered(line)  # its answer still in the leaders' column
        if (
            _UNDERLINE.match(line)
            and plain
            and abs(len(plain[-1].strip()) - len(line.strip())) <= 3
        ):
            continue  # "Child's name" over "------------": the rule underlines the label
        if "|" in line or "\t" in line:
            plain.append(line)
            continue
        question = _QUESTION.match(line)
        answer = _ANSWER.match(lines[index + 1]) if question and index + 1 < len(lines) else None
        if question and answer:
            plain.append(f"{question.group(1).rstrip(' :')}: {answer.group(1)}")
            continue
        if _ANSWER.match(line) and index and _QUESTION.match(lines[index - 1]):
            continue
        leaders = _LEADERS.match(line) or _squeezed_leader(line, columns)
        if leaders:
            plain.append(f"{leaders.group(1).strip()}: {leaders.group(2)}")
            continue
        blank_risk = _BLANK_RISK_ROW.match(line)
        if blank_risk and _risk_name(blank_risk.group(1)):
            plain.append(f"{blank_risk.group(1).strip()}:")
            continue
        set_off = _SET_OFF.match(line)
        if (
            set_off
            and ":" not in line
            and (
                _known(set_off.group(1) or set_off.group(2))
                or _risk_name(set_off.group(1) or set_off.group(2))
            )
        ):
            plain.append(f"{(set_off.group(1) or set_off.group(2)).strip()}: {set_off.group(3)}")
            continue
        pieces = _GAP.split(line.strip())
        if (
            ":" not in line
            and len(pieces) >= 2
            and len(pieces) % 2 == 0
            and all(_known(piece) for piece in pieces[::2])
        ):
            plain.extend(
                f"{label}: {value}" for label, value in zip(pieces[::2], pieces[1::2], strict=True)
            )
            continue
        plain.append(line)
    return plain


def split_pairs(lines: list[str]) -> list[str]:
    """ "Name: Freya Nolan      DOB: 22/05/2010": two answers typed on one line; a
    "Q. ... A. ..." line as its label and answer."""
    split: list[str] = []
    for line in map(_question_answer, _label_styles(lines)):
        pieces = [piece for piece in _PAIRS_GAP.split(line.strip()) if piece]
        if "|" not in line and len(pieces) >= 2 and all(_PAIR.match(piece) for piece in pieces):
            split.extend(pieces)
        elif "|" not in line and _pairs_and_words(pieces):
            split.extend(_pairs_and_words(pieces))
        else:
            split.append(line)
    return split


_GENDER_WORD = re.compile(r"^(male|female|boy|girl|m|f|non[- ]binary)$", re.I)


def _pairs_and_words(pieces: list[str]) -> list[str]:
    """ "Young Person: Dominik Kowal   D.O.B: 30/06/2010   Male": the pairs, and a lone word
    after them as its own answer (a gender written without its label)."""
    pieces = [_unlabelled_pair(piece) for piece in pieces]
    paired = [bool(_PAIR.match(piece)) for piece in pieces]
    if len(pieces) < 3 or not paired[0] or sum(paired) < 2:
        return []
    lone = [piece for piece, is_pair in zip(pieces, paired, strict=True) if not is_pair]
    if not all(_GENDER_WORD.match(piece.strip()) for piece in lone):
        return []
    return [
        piece if is_pair else f"Gender: {piece}"
        for piece, is_pair in zip(pieces, paired, strict=True)
    ]


# Short prompts a log or export writes without a colon ("DOB 19/06/2011", "Age 15").
_BARE_PROMPTS = {"dob", "age", "gender", "la_reference", "legal_status"}


def _unlabelled_pair(piece: str) -> str:
    """ "DOB 19/06/2011" beside "Child: WOOD, Kacey" is "DOB: 19/06/2011"."""
    from hearth_referrals.documents.rules.labels import field_for

    if _PAIR.match(piece):
        return piece
    words = piece.split()
    for size in (3, 2, 1):
        label, rest = " ".join(words[:size]), " ".join(words[size:])
        if len(words) > size and field_for(label) in _BARE_PROMPTS and re.search(r"\d", rest):
            return f"{label}: {rest}"
    return piece


def decode(data: bytes) -> str:
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def blocks_from_lines(lines: list[str], base: Location | None = None) -> list[Block]:
    """Blocks for lines of text, keeping track of Parts and of pipe-separated tables."""
    base = base or Location()
    blocks: list[Block] = []
    part = base.part
    paragraph = table = row = 0
    in_table = False
    for line in lines:
        # "---+---" under a table's header row is the table's rule, as is "|---|---|" and a
        # plain "-------" typed under a pipe table's header row
        if not line.strip() or (_RULE.match(line) and ("|" in line or in_table)):
            in_table = in_table and bool(line.strip())
            continue
        heading = part_heading(line)
        if heading:
            part = heading
        cells = [c for c in _COLUMNS.split(line.strip().strip("|")) if c is not None]
        if len(cells) == 1 and re.match(r"^[^|\t]+(?:\|\s*|\t[ \t]*)$", line):
            # "Self-harm | ", "CSE<tab>": a grid row whose answer is left blank
            cells.append("")
        if ("|" in line or "\t" in line) and len(cells) >= 2:
            if not in_table:
                table, row, in_table = table + 1, 0, True
            row += 1
            for index, cell in enumerate(cells, start=1):
                where = Location(base.attachment, base.page, part, table, row, index)
                blocks.append(Block(BlockKind.CELL, cell.strip(), where))
            continue
        in_table = False
        paragraph += 1
        where = Location(base.attachment, base.page, part, paragraph=paragraph)
        blocks.append(Block(BlockKind.PARAGRAPH, line.strip(), where))
    return blocks


def read(content: str, limits: DocumentLimits) -> list[Block]:
    if len(content) > limits.max_text_chars:
        raise DocumentTooLarge("The text is too long to read.")
    content = _without_rtf(content)
    chat = chat_blocks(content, _lines_to_blocks)
    if chat is not None:
        return chat
    sheet = vcard_lines(content) or workbook_lines(content) or sideways_csv_lines(content)
    sheet = sheet or record_export_lines(content) or form_sheet_lines(content)
    sheet = sheet or csv_lines(content)
    sheet = sheet or export_lines(content)
    return _lines_to_blocks(sheet or json_lines(wiki_lines(content.splitlines())))


_RTF = re.compile(r"^\s*\{\\rtf1?\b")


def _without_rtf(content: str) -> str:
    """A case system's Rich Text export (often saved as .txt) as its text: "{\\b Email}\\tab
    a@b\\par" is the line "Email<tab>a@b"; fonts, styles and groups are dropped."""
    if not _RTF.match(content):
        return content
    return rtf_to_text(content, errors="replace")


def _lines_to_blocks(lines: list[str], base: Location | None = None) -> list[Block]:
    return blocks_from_lines(
        unwrap(split_pairs(print_layout(comma_tables(mark_grids(lines))))), base
    )


_HEADER_CELL = re.compile(r"^[A-Za-z][A-Za-z '/()&?#.-]{0,30}$")
_MIN_COMMA_COLUMNS = 3


def _comma_cells(line: str) -> list[str] | None:
    if line.count(",") < _MIN_COMMA_COLUMNS - 1 or "|" in line or "\t" in line:
        return None
    try:
        return next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return None


_LONG_FORM = {
    "child": re.compile(r"^(child|name|young person|yp|child'?s name|forename)$", re.I),
    "risk": re.compile(r"^(risk|risk area|area|risk type|concern|indicator)$", re.I),
    "status": re.compile(r"^(status|rating|level|current status|state|rag)$", re.I),
    "notes": re.compile(r"^(notes?|details?|comments?|evidence|narrative)$", re.I),
}


def _long_form_columns(header: list[str]) -> dict[str, int] | None:
    """The columns of a risks tab in long form, one row per child and risk area
    ("Child,Risk area,Status,Notes"); None for any other header."""
    columns = {}
    for name, pattern in _LONG_FORM.items():
        found = [index for index, cell in enumerate(header) if pattern.match(cell.strip())]
        if found:
            columns[name] = found[0]
    return columns if {"child", "risk", "status"} <= columns.keys() else None


def _long_form_row(cells: list[str], columns: dict[str, int]) -> str:
    """ "Tobi,Drawing others into crime,none,not recruiting others" as the risk's row
    "Drawing others into crime: none - not recruiting others"."""
    status = cells[columns["status"]].strip()
    notes = cells[columns["notes"]].strip() if "notes" in columns else ""
    answer = f"{status} - {notes}" if status and notes else status or notes
    return f"{cells[columns['risk']].strip()}: {answer}".rstrip()


def comma_tables(lines: list[str]) -> list[str]:
    """A workbook's tab pasted into a text ("Forename,Surname,DOB,..." over one row a
    line): the rows under a header of short labels, each with as many commas, written as
    a pipe table, so that each row stays a row and each cell its column's answer. A risks
    tab in long form ("Child,Risk area,Status,Notes") is written child by child, the
    child's name over the rows of that child's risks."""
    written: list[str] = []
    header: list[str] | None = None
    long_form: dict[str, int] | None = None
    child = ""
    for line in lines:
        cells = _comma_cells(line)
        if header is not None and cells is not None and len(cells) == len(header):
            if long_form is None:
                written.append(" | ".join(cell.strip() for cell in cells))
                continue
            if cells[long_form["child"]].strip() != child:
                child = cells[long_form["child"]].strip()
                written.append(f"{child}:")
            written.append(_long_form_row(cells, long_form))
            continue
        header, long_form, child = None, None, ""
        # an export writes "Child,Risk area,Status"; a sentence's list has spaces after
        # its commas ("fire setting, cruelty to animals, ...")
        if cells and ", " not in line and all(_HEADER_CELL.match(cell) for cell in cells):
            header, long_form = cells, _long_form_columns(cells)
            if long_form is None:
                written.append(" | ".join(cell.strip() for cell in cells))
            continue
        written.append(line)
    return written
