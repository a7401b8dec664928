"""Pairing labels with their answers: table rows, "Label: value" lines, form fields.

The result is a list of :class:`Answer`. A label is the form's prompt; only the
value is ever read as what the LA said. Tick boxes beside an answer become its
``options``; content controls still showing their prompt are ``placeholder``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import groupby

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.grid_positions import corner_put_back, details_beside_columns
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.people import NAME_WORD, kin
from hearth_referrals.documents.rules.person_columns import column_word, parent_and_child_columns
from hearth_referrals.documents.rules.prose_columns import prose_column_passages
from hearth_referrals.documents.rules.risk_words import RISK_SHORTHAND, named_risks, risk_terms
from hearth_referrals.documents.rules.scale_headers import (
    scale_words,
    state_phrases,
    verdict_in_brackets,
)
from hearth_referrals.documents.rules.scored_risks import scored_risk_rows
from hearth_referrals.documents.rules.verdict_codes import option_state

__all__ = [
    "CHILD_FIELDS",
    "PLACEHOLDER",
    "Answer",
    "pair_answers",
    "run_on_labels",
    "split_options",
    "starts_with_a_bullet",
]

PLACEHOLDER = re.compile(
    r"click (or tap )?here to enter( a)? (text|date)|choose an item|click (or tap )?to enter a date"
    r"|enter text here|\[insert[^\]]*\]|<insert[^>]*>|type here",
    re.IGNORECASE,
)
_GLYPH = re.compile(r"(☒|☑|✓|✔|☐|□|\[\s*[xX✓]?\s*\])")
_CHECKED = {"☒", "☑", "✓", "✔"}
_LABEL_LINE = re.compile(r"^\s*([A-Za-z][^:?\n]{0,70}?)\s*(?:\?\s*:|[:?])\s+(\S.*)$")
_PARENT_PART = re.compile(
    r"^\W*((about|information about|details of|background of|more about) )?(the )?"
    r"((birth |young )?(mother|father|mum|dad|parents?)('s|s')?\b(?! and (baby|child))"
    # a household's other members, listed apart from the children to be placed
    r"|(other )?(adult )?(family|household) members\b|other members of the household\b)",
    re.I,
)
_BULLET = re.compile(
    r"^\s*(?:[-*\u2022\u2013\u25aa\u25cf]|(?:Q|Question)\s?\d{1,2}[a-z]?[.):]|\d{1,2}[a-z]?[.)])\s+"
    r"(?=\S)"
)


def starts_with_a_bullet(text: str) -> bool:
    """ "- no other risks known", "• Going missing - ...": a list's item."""
    return bool(re.match(r"^\s*[-*\u2022\u2013\u25aa\u25cf]\s+(?=\S)", text))


_LABEL_ONLY = re.compile(r"^\s*([A-Za-z][^:\n]{0,70}?)\s*[:?]\s*$")


@dataclass(slots=True)
class Answer:
    label: str
    value: str
    block: Block
    options: list[tuple[str, bool]] = field(default_factory=list)
    placeholder: bool = False
    label_block: Block | None = None

    @property
    def part(self) -> str:
        return self.block.location.part or ""

    @property
    def in_a_parents_part(self) -> bool:
        """Under a "Mother" / "Father's details" / "Parent" heading: about the parent; under
        "Family members" (a household's members not to be placed): about them."""
        return bool(_PARENT_PART.match(self.part))


def _is_checked(glyph: str) -> bool:
    return glyph in _CHECKED or (glyph.startswith("[") and glyph.strip("[] ") != "")


_OPTION_THEN_DETAIL = re.compile(
    r"^(yes|no|n/?a|unknown|not known|past|historic(?:al)?|current|suspected|none known|query)"
    # a dash, a "Details:" or a fixed-width line's padding ("[x] Past  set a fire in 2023")
    r"(?:\s*[-\u2013:]|\s+(?:details?|notes?|comments?|if (?:yes|so)[^:]{0,40})\s*:|(?=\s{2}))"
    r"\s+(\S.*)$",
    re.I,
)


# An option word a tick box may follow ("Yes ☐ No ☒ Past ☐", "Yes [x] No [ ]").
_OPTION_WORD = re.compile(
    r"(?:^|(?<=[\s?:|]))(yes|no|n/?a|unknown|not known|past|historic(?:al)?|current"
    r"|suspected|none known|don't know)\s*$",
    re.I,
)


def _boxes_after_words(pieces: list[str]) -> tuple[str, list[tuple[str, bool]]] | None:
    """ "Yes ☐ No ☒ Past ☐ Suspected ☐": each box after its option, the line ending in a
    box (anything after it on a new line); None when the boxes come before their words."""
    tail = pieces[-1]
    if tail.strip() and not tail.lstrip(" \t").startswith("\n"):
        return None
    lead = _OPTION_WORD.search(pieces[0])
    between = pieces[2:-1:2]
    if lead is None or not all(_OPTION_WORD.fullmatch(piece.strip()) for piece in between):
        return None
    words = [piece.strip() for piece in [lead.group(1), *between]]
    options = [(word, _is_checked(glyph)) for word, glyph in zip(words, pieces[1::2], strict=True)]
    rest = " ".join(filter(None, [pieces[0][: lead.start()].strip(), tail.strip()]))
    return rest, options


def split_options(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """The answer's own words, and each tick box's (option, ticked).

    The words are those before the first tick box and any after the last option
    (a "Details" column beside "☒ Yes ☐ No"). When the line ends in a box and a yes/no
    word stands before each box ("Yes ☐ No ☒"), each box ticks the word before it.
    """
    pieces = _GLYPH.split(text)
    if len(pieces) == 1:
        return text, []
    after = _boxes_after_words(pieces)
    if after is not None:
        return after
    options = []
    words = [pieces[0].strip()]
    for index in range(1, len(pieces), 2):
        option = pieces[index + 1] if index + 1 < len(pieces) else ""
        option, _, rest = option.partition(" | ")
        option, _, more = option.partition("\n")
        last = index + 2 >= len(pieces)
        detail = _OPTION_THEN_DETAIL.match(option.strip()) if last else None
        if detail:  # "☒ Yes ☐ No - touched a younger child in 2026": the row's details
            option, rest = detail.group(1), " ".join(filter(None, [detail.group(2), rest]))
        options.append((option.strip(" ,;/\t"), _is_checked(pieces[index])))
        words += [rest.strip(), more.strip()]
    return " ".join(word for word in words if word), options


_NUMBERED = re.compile(r"^\s*(?:Q|Question)?\s?\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]\s+(?=[A-Za-z])")


# A data standard's machine names used as labels ("riskToChild: self_harm", "legalStatus").
_CODE_NAME = re.compile(r"^\s*[a-z]+(_[a-z0-9]+)+\s*$|^\s*[a-z]+([A-Z][a-z0-9]+)+\s*$")
_CODE_TOKEN = re.compile(r"\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b[A-Za-z]+(?:_[A-Za-z0-9]+)+\b")
# "riskToChild: self_harm": a namespaced code, one label, not a label and its value.
_CODE_PAIR = re.compile(r"^\s*([A-Za-z]\w*)\s*[:.]\s*([A-Za-z]\w*)\s*$")


def _code_words(label: str) -> str:
    """ "riskToChild: self_harm", "dateOfBirth": a data standard's field names as words
    (only such tokens: "DoLS", "McAllister" stay as written)."""
    if not _CODE_TOKEN.search(label):
        return label

    def words(found: re.Match[str]) -> str:
        token = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", found.group(0))
        return token.replace("_", " ").lower()

    label = _CODE_TOKEN.sub(words, label)
    return label[:1].upper() + label[1:]


def _code_pair(text: str) -> bool:
    """ "riskToChild: self_harm" in one cell: a code and its sub-code, one field's name."""
    pair = _CODE_PAIR.match(text)
    return bool(pair) and any(_CODE_NAME.match(part) for part in pair.groups())


# A paper form filled in on its dotted lines: "Surname: ....Hollins....", "Health: ........";
# the dots (or underscores, or an ellipsis) the hand wrote between are not the answer.
_FILL_DOTS = re.compile(r"^\s*(?:\.{3,}|_{3,}|\u2026+)\s*|\s*(?:\.{3,}|_{3,}|\u2026+)\s*$")


def _filled_in(value: str) -> str:
    """The words written on a dotted line, without the line's dots around them."""
    if "..." not in value and "___" not in value and "\u2026" not in value:
        return value
    return _FILL_DOTS.sub("", _FILL_DOTS.sub("", value))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))


def _label_again(label: str, value: str) -> str:
    """ "Family time plan | Family time: to be confirmed": an answer that repeats its own
    prompt's field before the colon is the words after it."""
    if ":" not in value[:60] or not label:
        return value
    again = _LABEL_LINE.match(value)
    if again is None or "\n" in again.group(1):
        return value
    # the prompt's own words again ("Two previous placements: ..." or "No family time:
    # ..." say something themselves)
    said, asked = _words(again.group(1)), _words(label)
    if not said or not said <= asked:
        return value
    field = field_for(again.group(1))
    if (
        field is not None
        and not field.startswith("risk")
        and field == field_for(label.strip(" :*\t"))
    ):
        return again.group(2)
    return value


# "tbc  LT: Northwick Manor Primary", "? - CR: Mum twice a week": a reply to the officer's
# question written after the answer that was owed, behind the replier's initials
_ANSWERED_AFTER = re.compile(
    r"^\W*(?i:tb[cad]|to (?:be confirmed|follow)|not (?:yet )?known|unknown|\?+)\s*"
    r"[-\u2013]?\s*(?P<who>[A-Z]{2,3}|[A-Z][a-z]{1,12})\s*:\s*(?P<reply>\S.*)$"
)


def _answered_after(value: str) -> str:
    """The reply written after an owed answer, or the answer as it stands."""
    found = _ANSWERED_AFTER.match(value)
    if found is None or re.fullmatch(f"(?:{kin()})", found.group("who"), re.I):
        return value  # "tbc - Mum: weekly": the person is the answer's own, not a replier
    return found.group("reply").strip()


def _answer(label: str, value: str, block: Block, label_block: Block | None = None) -> Answer:
    value = _answered_after(_label_again(label, _filled_in(value)))
    label = _NUMBERED.sub("", label)  # "Q2. Date of birth and age", "3.1 Legal status"
    label = _code_words(label)
    rest, options = split_options(value)
    placeholder = block.placeholder or bool(PLACEHOLDER.search(value))
    return Answer(label.strip(" :*\t"), rest.strip(), block, options, placeholder, label_block)


_QUESTION_WORDS = 16
# A cell that is one tick box and its option: "☒ Planned", "[x] Emergency".
_LEADING_BOX = re.compile(r"^\s*(☒|☑|☐|□|\[\s*[xX✓]?\s*\])\s*\w")


_ABBREVIATED = re.compile(r"\b(no|ref|tel|approx|dept|nr|num|est|yr|mob|ext|st)\.", re.I)


def _is_label_line(text: str) -> bool:
    from hearth_referrals.documents.rules.labels import names_a_school

    match = _LABEL_LINE.match(text)
    # a form's question ("Has the young person ever assaulted adults or other children?:
    # None known") may run longer than a label
    asked = bool(match) and text[match.end(1) :].lstrip().startswith("?")
    return (
        bool(match)
        and len(match.group(1).split()) <= (_QUESTION_WORDS if asked else 9)
        # a sentence's full stop is no label's; an abbreviation's is ("Mosaic no. for the child")
        and ". " not in _ABBREVIATED.sub(r"\1", match.group(1))
        and not names_a_school(match.group(1))  # "MidKent College: Level 1 Construction"
        and not _asked_of_someone(match.group(1))
    )


def _asked_of_someone(label: str) -> bool:
    """ "Laura - what school is Lacey at": a question put to a person named first (not
    "Placement - is it an emergency", "Mum - is contact supervised", a form's own)."""
    from hearth_referrals.documents.rules.people import looks_like_name

    found = _ASKED_OF_SOMEONE.match(label)
    if found is None:
        return False
    name = found.group("name")
    return looks_like_name(name) and not re.fullmatch(f"(?:{kin()})", name, re.I)


# "Laura - what school is Lacey at? We need it for ...": a question put to a person by
# name in a message; the words after it are the asker's, not its answer
_ASKED_OF_SOMEONE = re.compile(
    r"^(?P<name>[A-Z][a-z'\u2019-]+)\s*(?:[-\u2013\u2014,]\s*)(?:can you |could you |please )?"
    r"(?:what|which|who|when|where|how|why|is|are|does|do|did|has|have|can|could)\b"
)


# A second prompt run on in the same line: "... last fortnight Any cruelty to animals?: No",
# "Health: fit and well. Legal status: Section 20", "... Q5. System ID: 220871".
_INLINE_PROMPT = re.compile(
    r"(?<=\S)\s+(?=[A-Z][^:?.\n]{2,60}\?\s*:\s)"
    r"|(?<=[.;])\s+(?=(?:Q\d{1,2}[a-z]?\.\s*)?[A-Z][A-Za-z/'() -]{1,60}:\s)"
    # a note's key facts run together in lower case: "care order; school: Hillside; health:"
    r"|(?<=;)\s*(?=[a-z][a-z/' -]{1,40}:(?:\s|$))"
    r"|\s+(?=Q\d{1,2}[a-z]?\.\s+[A-Z][^:?\n]{1,60}[:?]\s)"
)


def _inline_pieces(line: str) -> list[str]:
    """A line split where another form prompt starts: a question, or a label the form
    vocabulary knows ("Jack: no" after "Amelia: yes;" is one answer per child, not a new
    prompt). Kept whole when it does not start as a labelled answer itself."""
    if not _LABEL_LINE.match(_BULLET.sub("", line)):
        return _prose_pieces(line)
    pieces, start = [], 0
    # "Self-harm: none. HSB: ... Animals: ...": once a line opens with a risk's label, a
    # risk's name or short name after a sentence starts the next risk's answer (a child's
    # name does not: "Self-harm: Amelia: no; Jack: yes" is one answer per child)
    run = bool(risk_terms(re.split(r"\?\s*:|:", _BULLET.sub("", line), maxsplit=1)[0]))
    for match in _INLINE_PROMPT.finditer(line):
        following = _BULLET.sub("", line[match.end() :])
        label = re.split(r"\?\s*:|:", following, maxsplit=1)[0]
        risky = bool(risk_terms(label)) or (run and label.strip().lower() in RISK_SHORTHAND)
        if "?" not in following[: len(label) + 1] and field_for(label) is None and not risky:
            continue
        cut = match.start() + len(_value_before_label(label))
        # "Name: Leo Fisher; Date of birth: ...": the semicolon parts the answers
        pieces.append(line[start:cut].rstrip().removesuffix(";"))
        start = cut if cut > match.start() else match.end()
    return [part for piece in [*pieces, line[start:]] for part in run_on_labels(piece)]


def _value_before_label(label: str) -> str:
    """ "Short-term To start": the last answer's word (a length) run on before the next
    label; "" when the words are the label's own."""
    from hearth_referrals.documents.rules.values import read_choice

    whole = field_for(label.strip())
    if whole not in ("duration", "urgency", "setting"):
        return ""
    words = label.strip().split(" ")
    for count in range(1, len(words)):
        prefix, suffix = " ".join(words[:count]), " ".join(words[count:])
        other = field_for(suffix)
        if suffix[:1].isupper() and other not in (None, whole) and read_choice(whole, prefix):
            return f" {prefix}"
    return ""


_COLON = re.compile(r":\s")


def run_on_labels(piece: str) -> list[str]:
    """ "Case number: RCBC-14420 Date: 17-Nov-2026": a second label the vocabulary knows,
    run on after the first answer with no stop between (a printout that lost its spacing),
    starts its own answer; the shortest capitalised words before the colon are the label."""
    from hearth_referrals.documents.rules.labels import field_for

    first = _COLON.search(piece)
    if first is None:
        return [piece]
    for colon in _COLON.finditer(piece, first.end()):
        words = piece[first.end() : colon.start()].split(" ")
        for count in range(1, min(4, len(words) - 1) + 1):
            label = " ".join(words[-count:])
            # "legal: ICO; school: Oak Academy": after a semicolon a label may be lower case
            after_a_stop = piece[: colon.start() - len(label)].rstrip().endswith(";")
            if not (label[:1].isupper() or after_a_stop):
                continue
            if not re.fullmatch(r"[\w'/() -]+", label):
                continue
            field = field_for(label)
            if field is not None and not field.startswith("risk"):
                cut = colon.start() - len(label)
                return [piece[:cut].rstrip(), *run_on_labels(piece[cut:])]
    return [piece]


# "She attends Holbrook Primary School. Health: well. Family time: mum monthly.": a
# sentence of prose that opens with a label the vocabulary knows starts a labelled answer.
_PROSE_LABEL = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z/' -]{1,40}:\s+\S)")


def _prose_pieces(line: str) -> list[str]:
    """A paragraph split where a known label opens one of its sentences; whole otherwise."""
    from hearth_referrals.documents.rules.labels import field_for

    pieces, start = [], 0
    for match in _PROSE_LABEL.finditer(line):
        label = line[match.end() :].split(":", 1)[0]
        if field_for(label) is None:
            continue
        pieces.append(line[start : match.start()])
        start = match.end()
    if not pieces:
        return [line]
    # the labelled sentence is the answer; the prose after it is prose again
    return [
        piece
        for part in [*pieces, line[start:]]
        for sentence in _first_sentence(part)
        for piece in (run_on_labels(sentence) if _LABEL_LINE.match(sentence) else [sentence])
    ]


def _first_sentence(piece: str) -> list[str]:
    if not _LABEL_LINE.match(piece):
        return [piece]
    return [part for part in re.split(r"(?<=\.)\s+(?=[A-Z])", piece, maxsplit=1) if part]


# "Surname .......... Hollins ..........": a printed prompt, its dotted line, and what was
# written on it, with no colon (a contents line's page number is no answer).
_LEADER_LINE = re.compile(r"^(\s*[A-Za-z][^.:|\t]{0,50}?)\s*(?:\.{3,}|_{3,}|\u2026+)\s*(\S.*)$")


def _leader_line(line: str) -> str:
    found = _LEADER_LINE.match(line) if ":" not in line else None
    if found is None or field_for(found.group(1).strip()) is None:
        return line
    value = _filled_in(found.group(2))
    if not value or re.fullmatch(r"\d{1,3}", value):
        return line
    return f"{found.group(1).strip()}: {value}"


# "....Priya Nandakumar.... Ref no ....HBC 44120....": two dotted lines read as one.
_NEXT_LEADER = re.compile(r"(?<=\.{3})\s+(?=([A-Z][^.:|\t]{0,40}?)\s*:?\s*\.{3,})")


def _leader_pieces(line: str) -> list[str]:
    if "..." not in line:
        return [line]
    pieces, start = [], 0
    for found in _NEXT_LEADER.finditer(line):
        if field_for(found.group(1).strip()) is not None:
            pieces.append(line[start : found.start()])
            start = found.end()
    return [*pieces, line[start:]]


# "Gender - Female", "School - Irlam Primary": a prompt the form knows set off by a spaced
# dash (no colon before it: the label's words have none).
_DASH_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z '/()]{1,40}?)\s+[-\u2013\u2014]\s+(\S.*)$")
_DASH_LABEL_WORDS = 4


def _dash_line(line: str) -> str:
    """ "Legal status - ICO (s38)" (any dash) as "Legal status: ICO (s38)" when the words before the
    dash are a label the form vocabulary knows."""
    found = _DASH_LABEL.match(line)
    if found is None or len(found.group(1).split()) > _DASH_LABEL_WORDS:
        return line
    if field_for(found.group(1).strip()) is None:
        return line
    return f"{found.group(1).strip()}: {found.group(2)}"


def _line_answers(text: str, block: Block) -> list[Answer]:
    answers = []
    lines = [_leader_line(piece) for line in text.splitlines() for piece in _leader_pieces(line)]
    if len(lines) > 1:
        # a block of line-broken prompts, each set off by a dash
        lines = [_dash_line(line) for line in lines]
    lines = [piece for line in lines for piece in _inline_pieces(line)]
    for line in lines:
        line = _BULLET.sub("", line)  # "- Child: Zara Ahmed" is a labelled line
        match = _LABEL_LINE.match(line)
        bracketed = verdict_in_brackets(line)
        if bracketed and not (match and _is_label_line(line)):
            answers.append(_answer(*bracketed, block))
        elif match and _is_label_line(line):
            answers.append(_answer(match.group(1), match.group(2), block))
        else:
            answers.append(_answer("", line, block))
    return answers


def _with_empty_cells(cells: list[Block]) -> list[Block]:
    """ "Referral date | (empty) | Estimated discharge | 07/12/2026": a reader that leaves
    out an empty cell keeps the others' numbers; the gap is put back, empty."""
    numbers = [cell.location.cell for cell in cells]
    if len(cells) != 3 or None in numbers or numbers[0] != 1 or max(numbers) != 4:
        return cells
    by_number = {cell.location.cell: cell for cell in cells}
    return [
        by_number.get(number)
        or replace(cells[0], text="", location=replace(cells[0].location, cell=number))
        for number in range(1, 5)
    ]


def _blank_prompt_cell(cell: Block) -> bool:
    """A table row's first cell alone, a known prompt whose answer cell was left empty."""
    text = cell.text.strip()
    return (
        cell.kind is BlockKind.CELL
        and cell.location.cell == 1
        and ":" not in text
        and "\n" not in text
        and len(text.split()) <= 4
        and field_for(text) in ("urgency", "duration")
    )


def _row_answers(cells: list[Block]) -> list[Answer]:
    cells = _with_empty_cells(cells)
    texts = [cell.text for cell in cells]
    if len(cells) == 1 and _blank_prompt_cell(cells[0]):
        # "Planned length | (blank)": the prompt left unanswered, not words of its own
        return [_answer(texts[0], "", cells[0], cells[0])]
    if len(cells) == 1:
        return _line_answers(texts[0], cells[0])
    if all(_LEADING_BOX.match(text) for text in texts if text.strip()):
        # "☐ Emergency | ☒ Planned": a row of tick boxes, each cell an option (no label)
        return [_answer("", " ".join(texts), cells[0])]
    labelled = _LABEL_LINE.match(texts[0]) if not _code_pair(texts[0]) else None
    if labelled and _CODE_NAME.match(labelled.group(2)):
        labelled = None  # "riskToChild: self_harm": one field's name, the answer beside it
    if labelled and texts[0].rstrip().endswith("?") and any(t.strip() for t in texts[1:]):
        labelled = None  # "Is there any risk of: self-harm? | No": the question, answered
    if labelled and _is_label_line(texts[0]) and "\n" not in texts[0]:
        # "Allocated social worker: Jodie Marsh | jodie.marsh@... | 01924 ...": one answer
        value = " | ".join([labelled.group(2), *texts[1:]])
        return [_answer(labelled.group(1), value, cells[0], cells[0])]
    if _pairs_across(texts):
        # "Date | 20/11 | Ref | KX-1", "Entered on | 22/11/2026 | Social worker | Stacey
        # Bourne | Tel | 01632 ...": a form's row of label and answer pairs side by side
        return [
            _answer(texts[index], texts[index + 1], cells[index + 1], cells[index])
            for index in range(0, len(cells), 2)
        ]
    value = " | ".join(texts[1:]) if len(cells) > 2 else texts[1]
    return [_answer(texts[0], value, cells[1], cells[0])]


def _pairs_across(texts: list[str]) -> bool:
    """Label and answer pairs side by side in one row, and no tick boxes: two pairs always;
    three or more when most labels are ones the form knows and no answer is one."""
    if len(texts) < 4 or len(texts) % 2 or any(split_options(text)[1] for text in texts):
        return False
    if len(texts) == 4:
        return True
    labels, answers = texts[0::2], texts[1::2]
    known = sum(_known_label(text) for text in labels)
    return known >= len(labels) - 1 and not any(_known_label(text) for text in answers if text)


_OPTION_HEADER = re.compile(
    r"^(yes|no|y|n|n/?a|unknown|not known|don'?t know|current|present|historic(al)?|past"
    r"|suspected|none( known)?|no known risk)$",
    re.IGNORECASE,
)
_MARK = re.compile(r"^\s*(☒|☑|✓|✔|☐|□|\[\s*[xX✓]?\s*\]|[xX])?\s*$")
_CHILD_COLUMN = re.compile(r"^(child|sibling|young person|yp)\s*([0-9]|[a-d])\b", re.IGNORECASE)


# A time-frame column's header over a risk grid's marks: "Last 12 months", "Earlier only",
# "More than a year ago", "Never".
_TIME_FRAME_HEADER = re.compile(
    r"^\W*(?:never|earlier(?: only)?|(?:(?:in|within|during) )?(?:the )?(?:last|past) "
    r"(?:(?:\d+|six|twelve|three) months|year)|(?:over|more than) (?:a|one|\d+|twelve) "
    r"(?:years?|months?) ago|not (?:in|within) the (?:last|past) (?:\d+ months|year))\W*$",
    re.IGNORECASE,
)
# A past-state column's header clipped to fit its marks: "Hist", "Prev".
_CLIPPED_HEADER = re.compile(r"^\W*(?:hist|prev)\W*$", re.IGNORECASE)
# At most this many words in a state written out as a grid's column header ("None
# identified", "Known now").
_WRITTEN_STATE_WORDS = 4
_LETTER_CODE = 2  # "Y", "N", "H": a code, not a written state's word


# "Befor e", "Quer y": a header's word broken where a narrow column wrapped it
_BROKEN_END = re.compile(r"(?<=[a-z]{3}) (?=[a-z]{1,2}$)")


def _unbroken(text: str) -> str:
    """A grid header's text with a word a narrow column broke joined again."""
    return _BROKEN_END.sub("", text.strip())


def _written_state(text: str) -> bool:
    """A state written out in a few words: "None identified", "Known now"."""
    return option_state(text) is not None or any(
        len(word) > _LETTER_CODE and option_state(word) is not None for word in text.split()[1:]
    )


def _option_header(text: str, risk_rows: bool = True) -> bool:
    """A tick grid's option column: "Yes", "N", "Past", a past state's clipped header
    ("Hist", "Prev"); over rows that name risks, also a status word alone ("Now",
    "Query", "?", "Active"). Not "Details", and not a status written out in a row ("None
    identified"). Over rows that are not risks a status word is no option: "Now |
    Proposed" over an arrangement's ticks is not a risk's state."""
    if _OPTION_HEADER.match(text) or _CLIPPED_HEADER.match(text):
        return True
    if risk_rows and _TIME_FRAME_HEADER.match(text):
        return True  # "Last 12 months | Earlier only | Never" over rows of risks
    return risk_rows and len(text.split()) == 1 and option_state(text) is not None


def _rows_name_risks(rows: list[list[Block]]) -> bool:
    """Most of the rows under the header name a risk in their first cell."""
    firsts = [row[0].text for row in rows[1:] if row and row[0].text.strip()]
    return bool(firsts) and 2 * sum(bool(risk_terms(text)) for text in firsts) >= len(firsts)


def _ticked_mark(text: str) -> bool:
    mark = text.strip()
    return bool(mark) and mark not in ("☐", "□") and mark.strip("[] ") != ""


def _dense_rows(rows: list[list[Block]]) -> list[list[Block]]:
    """The rows with every column in its place: a reader that leaves empty cells out
    ("Hurting self | | | | ✓") numbers the cells it keeps, and a tick is under the header
    of its cell's number, not of its place in the list. Rows without cell numbers are
    returned as they are."""
    numbers = [cell.location.cell for row in rows for cell in row]
    if not numbers or any(number is None for number in numbers):
        return rows
    first, last = min(numbers), max(numbers)
    dense = []
    for row in rows:
        slots: list[Block | None] = [None] * (last - first + 1)
        for cell in row:
            slots[cell.location.cell - first] = cell
        dense.append(
            [
                cell
                if cell is not None
                else replace(row[0], text="", location=replace(row[0].location, cell=first + i))
                for i, cell in enumerate(slots)
            ]
        )
    return dense


def _phrased(header: list[str]) -> list[str]:
    """The header with a layout's own state phrases read as states ("Might be happening"),
    unless its columns are already options the grid reads ("Now | Before | Query | No")."""
    if sum(_option_header(text) for text in header[1:]) >= _MIN_OPTION_COLUMNS:
        return header
    return state_phrases(header)


_MIN_OPTION_COLUMNS = 2


def _grid_columns(rows: list[list[Block]]) -> list[int]:
    """The columns of a tick grid ("Risk | Yes | No | Details"): option headers over marks."""
    rows = _dense_rows(rows)
    header = _phrased(scale_words([_unbroken(cell.text) for cell in rows[0]]))
    risk_rows = _rows_name_risks(rows)
    columns = [i for i, text in enumerate(header) if i and _option_header(text, risk_rows)]
    if len(columns) < 2 or len(rows) < 2:
        return []
    if risk_rows:
        # "Current | Historic | Unconfirmed | None identified": beside the grid's other
        # options, a state written out in a few words is an option too, where its column
        # holds marks
        columns = sorted(
            {
                *columns,
                *(
                    i
                    for i, text in enumerate(header)
                    if i
                    and len(text.split()) <= _WRITTEN_STATE_WORDS
                    and _written_state(text)
                    and all(i >= len(row) or _MARK.match(row[i].text) for row in rows[1:])
                ),
            }
        )
    for row in rows[1:]:
        if any(i < len(row) and not _MARK.match(row[i].text) for i in columns):
            return []
    return columns


def _grid_answers(rows: list[list[Block]], columns: list[int]) -> list[Answer]:
    as_read = rows[1:]
    rows = _dense_rows(rows)
    header = _phrased(scale_words([_unbroken(cell.text) for cell in rows[0]]))
    answers = []
    for row, kept in zip(rows[1:], as_read, strict=True):
        if not row or not row[0].text.strip():
            continue
        options = [(header[i], _ticked_mark(row[i].text)) for i in columns if i < len(row)]
        rest = [cell for i, cell in enumerate(row) if i and i not in columns]
        value = " ".join(cell.text for cell in rest if cell.text.strip())
        # A row shorter than the header (cells merged across the grid) ends where it ends.
        fallback = row[columns[0]] if columns[0] < len(row) else row[-1]
        block = next((cell for cell in rest if cell.text.strip()), fallback)
        evidence_block = replace(block, text=" | ".join(cell.text for cell in kept))
        answers.append(
            Answer(row[0].text.strip(" :*"), value, evidence_block, options, False, row[0])
        )
    return answers


def _child_column_answers(rows: list[list[Block]], names_row: bool = False) -> list[Answer]:
    """A table with a column per child ("| Child 1 | Child 2"): each column, in turn; with
    ``names_row`` the header row is the children's names ("Name | Zara Campbell | ...")."""
    header = [cell.text.strip() for cell in rows[0]]
    answers: list[Answer] = []
    first = 0 if names_row else 1
    for column in range(1, len(header)):
        part = f"Child {column}"
        for row in rows[first:]:
            if column < len(row) and row[0].text.strip():
                cell = row[column]
                located = replace(cell, location=replace(cell.location, part=part))
                answers.append(_answer(row[0].text, cell.text, located, row[0]))
    return answers


# A child's own details, as a table's columns: "Name | DOB | Sex | Legal status | School".
_CHILD_DETAIL_FIELDS = {
    "dob",
    "age",
    "gender",
    "legal_status",
    "school",
    "la_reference",
    "known_as",
}
_NAME_FIELDS = {"child_name", "first_name", "last_name"}
# A table of the family or the household, not of the children referred: "Relationship".
_NOT_THE_CHILDREN = re.compile(
    r"\b(relationship|relation|role|lives?|living|address|occupation|contact|placed|resides?"
    r"|where|with|household)\b",
    re.I,
)


_FURTHER_DETAILS = 3  # columns a form asks of a child, where no birth column names them


def _row_per_child(rows: list[list[Block]], header: list[str]) -> bool:
    """ "Name | DOB | Sex | Legal status | School" over one row per child: the children's
    own details, a row each, never a table of relatives (no "Relationship" or "Lives with")."""
    from hearth_referrals.documents.rules.labels import field_for

    fields = [field_for(text.strip(" :*")) for text in header]
    relatives = any(
        _NOT_THE_CHILDREN.search(text) and field not in ("no_contact", "family_time")
        for text, field in zip(header, fields, strict=True)
    )  # a child's own "No contact" or "Family time" column is not a relative's
    if len(header) < 3 or len(rows) < 2 or relatives:
        return False
    if fields[0] not in _NAME_FIELDS:
        return False
    if "dob" not in fields and "age" not in fields:
        # "Child | School | Family time | Placements" over "Kayden | ...": the children's
        # further details, a row each, named as the form named them before
        named = all(row and _names_a_person(row[0].text) for row in rows[1:])
        return named and sum(field in CHILD_FIELDS for field in fields) >= _FURTHER_DETAILS
    if sum(field in _CHILD_DETAIL_FIELDS for field in fields) < 2:
        return False
    # a row may stop short: a reader drops the empty cells at its end
    return all(3 <= len(row) <= len(header) and row[0].text.strip() for row in rows[1:])


def _child_row_answers(rows: list[list[Block]]) -> list[Answer]:
    """Each child's row as that child's answers, the header's words as the labels."""
    answers: list[Answer] = []
    for number, row in enumerate(rows[1:], start=1):
        for heading, cell in zip(rows[0], row, strict=False):
            located = replace(cell, location=replace(cell.location, part=f"Child {number}"))
            answers.append(_answer(heading.text, cell.text, located, heading))
    return answers


# A person's name heading a column: one to four capitalised words, a hyphen or an apostrophe
# inside a word ("Kyle", "Ellie-Mae Fotheringham", "Mary Jo O'Neill", "Lewis McAllister").
_NAME_WORD = re.compile(rf"^{NAME_WORD}$")
# The rows of a table about each child: "Date of birth", "Full name", "Boy / girl"
_CHILD_ROWS = re.compile(
    r"\b(d\.?o\.?b|date of birth|surname|last name|gender|sex|age|full name|first name"
    r"|boy\s*/\s*girl|girl\s*/\s*boy|male\s*/\s*female)\b",
    re.I,
)
# What a row asks of each child, in the reader's own names for the fields.
CHILD_FIELDS = {
    "dob",
    "age",
    "gender",
    "legal_status",
    "school",
    "family_time",
    "history",
    "health",
    "allergies",
    "known_as",
    "first_name",
    "last_name",
    "placements_count",
    "ethnicity",
    "religion",
    "language",
    "communication",
    "disabilities",
    "no_contact",
}


# "(known as Hal)", "(Hal)", "(twin)": a remark in brackets after a column's name
_REMARK = re.compile(r"\s*\([^()]{1,30}\)\s*$")


def _names_a_person(text: str) -> bool:
    text = _REMARK.sub("", text)
    words = text.split()
    return (
        1 <= len(words) <= 4
        and all(_NAME_WORD.match(word) for word in words)
        and not _OPTION_HEADER.match(text)
        and not column_word(text)
        and field_for(text) is None  # "Gender", "School": a question, not a name
    )


def _name_columns(rows: list[list[Block]], header: list[str]) -> bool:
    """ "Details | Kyle | Mason" over rows of DOB, gender...: a column per named child; or
    "Risk | Zara | Jayden" over rows of risks, each child's answer in their column. The
    rows ask what a form asks of a child (two of its identity, or three of anything it asks
    of a child, one of them not a risk), whatever the first column's heading."""
    names = header[1:]
    if len(names) < 2 or not all(_names_a_person(name) for name in names):
        return False
    labels = [row[0].text for row in rows[1:] if row]
    identity = sum(bool(_CHILD_ROWS.search(label)) for label in labels)
    asked = sum(field_for(label.strip(" :*")) in CHILD_FIELDS for label in labels)
    risks = sum(bool(risk_terms(label)) for label in labels)
    if identity >= 2 or (asked >= 1 and asked + risks >= 3):
        return True
    return (risks >= 2 and _RISK_HEADER.match(header[0]) is not None) or _risk_grid(rows)


def _risk_grid(rows: list[list[Block]]) -> bool:
    """A table most of whose rows are risks, and none of them what else a form asks of a
    child: a risk grid whatever its corner cell says ("Risk checklist (for providers)",
    "What we know"). A table that also gives the children's names, dates of birth or
    schools is their details table, its header their names."""
    labels = [row[0].text for row in rows[1:] if row]
    risks = sum(bool(risk_terms(label)) for label in labels)
    asked = any(
        _CHILD_ROWS.search(label) or field_for(label.strip(" :*")) in CHILD_FIELDS
        for label in labels
    )
    return not asked and risks >= _RISK_GRID_ROWS and 2 * risks >= len(labels)


def _section_rows(rows: list[list[Block]]) -> list[int]:
    """The rows of a wide table that are one merged cell across it ("SECTION 2 - RISKS"):
    a heading inside the table, between the parts read apart."""
    if max(len(row) for row in rows) < 3:
        return []
    return [
        index
        for index, row in enumerate(rows)
        if len(row) == 1
        and row[0].text.strip()
        and "\n" not in row[0].text.strip()
        and len(row[0].text.split()) <= 10
        and not re.search(r"[.;:?]\s*$", row[0].text.strip())
        and field_for(row[0].text.strip(" :*")) is None
        and not risk_terms(row[0].text)  # "☐ Self-harm": a risk's row, its boxes left empty
        and not named_risks(row[0].text.strip(" :*"))  # "Fire": its short name, left empty
        and not _BOX_FIRST.match(row[0].text)
    ]


_COLUMN_NAME = re.compile(
    r"^(full |first |last )?(name|names|relationship( to (the )?child)?|relation|role|job title"
    r"|title|d\.?o\.?b|date of birth|age|phone|telephone|tel|mobile|e-?mail|contact( details)?"
    # a placement history's "Start | End | Placement | Reason for end" / "Ended because"
    r"|start(ed)?( date)?|end(ed)?( date)?|ended because|reason (for )?end(ed|ing)?"
    r"|family time|address|from|to|dates?|placement( type)?|where|why( it)? ended|reason"
    r"( for (ending|move|leaving))?|agency|type|organisation|notes|comments|frequency"
    r"|supervised( by)?|lives( with| where)?|living( with| where)?|where (they |he |she )?lives?"
    r"|gender|sex|school|occupation|ethnicity|religion)$",
    re.I,
)


def _column_name(text: str) -> bool:
    """A column's name, or names joined ("DOB / age", "Name and relationship")."""
    parts = re.split(r"\s*(?:/|&|\band\b)\s*", text.strip(" :*"))
    return all(_COLUMN_NAME.match(part) for part in parts if part) and any(parts)


def _inner_grid(rows: list[list[Block]]) -> tuple[int, int] | None:
    """Where a tick grid's header row and its rows of marks sit inside a longer table."""
    for start in range(1, len(rows) - 1):
        end = start + 1
        while end < len(rows) and len(rows[end]) == len(rows[start]):
            if not _grid_columns([rows[start], rows[end]]):
                break
            end += 1
        if end - start >= 2 and _grid_columns(rows[start:end]):
            return start, end
    return None


def _record_answers(rows: list[list[Block]]) -> list[Answer]:
    """A record table's rows: a row led by a role ("Social Worker | Maya Osei | ...") is
    that role's answer; any other row (a relative) is a line of text, never a label."""
    from hearth_referrals.documents.rules.labels import field_for

    answers = []
    for row in rows:
        texts = [cell.text for cell in row]
        if len(row) > 1 and field_for(texts[0].strip(" :*")) is not None:
            value = " | ".join(texts[1:])  # the quote holds every detail read from the row
            answers.append(_answer(texts[0], value, replace(row[1], text=value), row[0]))
        elif any(_SUBJECT_CHILD.match(text) for text in texts):
            # "Amber Kilbride | Subject child | 01/12/2012 | Female": the child's own line
            own = [
                text.strip() for text in texts if text.strip() and not _SUBJECT_CHILD.match(text)
            ]
            line = replace(row[0], text=" - ".join(own))
            answers.append(Answer("", line.text, line))
        elif any(text.strip() for text in texts):
            joined = replace(row[0], text=" | ".join(text for text in texts if text.strip()))
            answers.append(Answer("", joined.text, joined))
    return answers


# A household table's word for the child the paper is about: "Subject child", "Subject",
# "Child (subject)", "Child to be placed"
_SUBJECT_CHILD = re.compile(
    r"^\W*(?:subject(?: child| young person| of (?:the )?(?:assessment|referral|request))?"
    r"|(?:child|young person) \(?(?:subject|to be placed|needing placement|for placement)\)?"
    r"|(?:the )?child being referred)\W*$",
    re.I,
)


def _record_header(rows: list[list[Block]], header: list[str]) -> bool:
    """A header row of column names over rows of records (family members, professionals)."""
    if len(header) < 3 or len(rows) < 3:
        return False
    named = [_column_name(text) for text in header]
    # "Name | Relationship | DOB / age | Lives": a table of people whatever its other columns
    people = bool(_COLUMN_NAME.match(header[0].strip(" :*"))) and any(
        _RELATIONSHIP_COLUMN.match(text.strip(" :*")) for text in header[1:]
    )
    return all(named) or people


_RELATIONSHIP_COLUMN = re.compile(
    r"^(relationship( to (the )?(child|young person))?|relation)$", re.I
)


# A cell that starts with a date or a month: "14/03/2019", "2019-03-14", "March 2022".
_LEADING_DATE = re.compile(
    r"^\W*(\d{1,4}[/.\-]\d{1,2}|\d{1,2}(st|nd|rd|th)?\s+[a-z]{3}|\d{4}\b"
    r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})",
    re.I,
)


def _dated_rows(rows: list[list[Block]], header: list[str]) -> bool:
    """ "Date | Event", "Start | End | Placement | Reason for end" over rows each led by a
    date: a chronology or a history, whose header names columns, not answers."""
    if len(header) < 2 or len(rows) < 2 or not all(header):
        return False
    if any(re.search(r"\d", text) or len(text.split()) > 5 for text in header):
        return False
    led = [row for row in rows[1:] if row and row[0].text.strip()]
    return bool(led) and all(_LEADING_DATE.match(row[0].text) for row in led)


_RISK_GRID_ROWS = 4
_RISK_HEADER = re.compile(r"^(risks?|risk factors?|concerns?|vulnerabilit\w*)\W*$", re.I)
_KNOWN_HEADER = re.compile(r"^(known|present|current|applies|identified)\W*$", re.I)
_BOX_FIRST = re.compile(r"^\s*(☒|☑|✓|✔|☐|□)\s*(\S.*)$")


_WITH_HEADER = re.compile(
    r"^(with|with whom|who( with)?|whom|person|people|family member|relative|relationship"
    r"|name)\W*$",
    re.I,
)
_ARRANGEMENT_HEADER = re.compile(
    r"^(arrangements?|frequency|how often|when|details|family time|contact|schedule"
    r"|current arrangements?|agreed arrangements?)\W*$",
    re.I,
)


def _arrangement_answers(rows: list[list[Block]]) -> list[Answer] | None:
    """ "With | Arrangement" over "mum | Tuesdays and Thursdays, supervised": a family-time
    schedule, a person a row, read as one family-time answer naming each person."""
    header = [cell.text.strip() for cell in rows[0]]
    if len(header) != 2 or len(rows) < 2:
        return None
    if not (_WITH_HEADER.match(header[0]) and _ARRANGEMENT_HEADER.match(header[1])):
        return None
    if header[0].lower() == "name" and header[1].lower() == "details":
        return None  # a table of people's details, not a schedule
    pieces = []
    for row in rows[1:]:
        person = row[0].text.strip()
        said = " ".join(cell.text.strip() for cell in row[1:] if cell.text.strip())
        if not person and not said:
            continue
        lead = said.lower().startswith(person.lower()) if person else True
        pieces.append(said if lead else f"{person}: {said}".rstrip(": "))
    if not pieces:
        return None
    value = "; ".join(pieces)
    return [_answer("Family time", value, replace(rows[1][-1], text=value), rows[0][0])]


def _known_column_answers(rows: list[list[Block]]) -> list[Answer] | None:
    """ "Risk | Known? | Details" over "☒ Fire setting | ... | Set a fire in 2022" and
    "☐ Self-harm": each risk's box answers "Known?" (ticked yes, left empty no)."""
    header = [cell.text.strip() for cell in rows[0]]
    if len(rows) < 3 or not _RISK_HEADER.match(header[0]):
        return None
    if not any(_KNOWN_HEADER.match(text) for text in header[1:]):
        return None
    boxed = [_BOX_FIRST.match(row[0].text) for row in rows[1:] if row[0].text.strip()]
    if not boxed or not all(boxed):
        return None
    answers = []
    for row in rows[1:]:
        found = _BOX_FIRST.match(row[0].text)
        if found is None:
            continue
        ticked = found.group(1) in _CHECKED
        details = " ".join(cell.text.strip() for cell in row[1:] if cell.text.strip())
        block = replace(row[0], text=" | ".join(cell.text for cell in row))
        options = [("Yes", ticked), ("No", not ticked)]
        answers.append(Answer(found.group(2).strip(), details, block, options, False, row[0]))
    return answers


# "1 | Child | Archie ..." : a numbered form's rows, the item number in a column of its own;
# "No." or "#" over the numbers.
# "1.10": a question numbered within its section is numbered all the same
_ROW_NUMBER = re.compile(r"^\s*(?:q|item\s*)?\d{1,2}(?:\.\d{1,2})*[a-z]?[.):]?\s*$", re.I)
_NUMBER_HEADER = re.compile(r"^\s*(?:no\.?|#|number|item|q)?\s*$", re.I)


def _without_row_numbers(rows: list[list[Block]]) -> list[list[Block]]:
    """Rows of a table whose first column only numbers the rows, without that column."""
    numbered = [len(row) >= 2 and bool(_ROW_NUMBER.match(row[0].text)) for row in rows]
    head = 0 if numbered[0] else 1
    if sum(len(row) >= 3 for row in rows[head:]) < 2 or not all(numbered[head:]):
        return rows  # (a row whose answer was left empty has two cells)
    if head and not (len(rows[0]) >= 3 and _NUMBER_HEADER.match(rows[0][0].text)):
        return rows
    return [row[1:] for row in rows]


# An action log's or tracker's columns: which child a row is about, and what it says.
_LOG_CHILD = re.compile(
    r"^\W*(?:child(?:ren|\s*\(ren\)|\s*\(s\))?|young (?:person|people)|yp|cyp|sibling\(?s?\)?"
    r"|who|name\(?s?\)?)\W*$",
    re.I,
)
_LOG_TEXT = re.compile(
    r"^\W*(?:updates?|actions?(?: agreed)?|notes?|details?|discussion|summary|comments?|outcome"
    r"|progress|entry|narrative|what (?:was )?(?:said|agreed|discussed)|decision)\W*$",
    re.I,
)
_LOG_NAMES = re.compile(r"\s*(?:&|,|/|\band\b|\+)\s*")
_LOG_MIN_WORDS = 8


def _log_answers(rows: list[list[Block]]) -> list[Answer] | None:
    """ "# | Child(ren) | Update | Owner | By when", a row per entry: each entry's words
    read as a passage about the child its row names ("Sienna"), or about them all
    ("Sienna & Oakley"); the owner and the deadline are the log's, not the referral's."""
    header = [cell.text.strip() for cell in rows[0]]
    who = next((i for i, text in enumerate(header) if _LOG_CHILD.match(text)), None)
    said = next((i for i, text in enumerate(header) if _LOG_TEXT.match(text)), None)
    body = [row for row in rows[1:] if len(row) > max(who or 0, said or 0)]
    if who is None or said is None or len(body) < 2:
        return None
    if any(len(row[who].text.split()) > 6 for row in body):
        return None
    if sum(len(row[said].text.split()) for row in body) < _LOG_MIN_WORDS * len(body):
        return None
    order: list[str] = []
    answers: list[Answer] = []
    for row in body:
        names = [name for name in _LOG_NAMES.split(row[who].text.strip()) if name]
        cell = row[said]
        if len(names) != 1 or not _NAME_WORD.match(names[0].split()[0]):
            answers.append(Answer("", cell.text, cell))
            continue
        name = names[0]
        if name not in order:
            order.append(name)
        part = f"Child {order.index(name) + 1}: {name}"
        named = replace(row[who], location=replace(row[who].location, part=part))
        # each row names its child afresh, so the entry's words go to that child
        answers.append(_answer("First name", name.split()[0], named, named))
        answers.append(
            Answer("", cell.text, replace(cell, location=replace(cell.location, part=part)))
        )
    return answers


def _table_answers(cells: list[Block]) -> list[Answer]:
    rows = _without_row_numbers([list(row) for _key, row in groupby(cells, key=_row_key)])
    sections = _section_rows(rows)
    if sections:
        answers: list[Answer] = []
        # A tick grid's header row heads every part ("Risk | Yes | No" above "Risks to
        # others" across the grid): each part is read as the grid it is.
        header_row = rows[0] if sections[0] > 0 else None
        for start, end in zip([-1, *sections], [*sections, len(rows)], strict=True):
            if start >= 0:
                heading = rows[start][0]
                answers.append(Answer("", heading.text, heading))
            part = rows[start + 1 : end]
            if part and start >= 0 and header_row is not None:
                headed = [header_row, *part]
                if _grid_columns(headed):
                    answers.extend(_grid_answers(headed, _grid_columns(headed)))
                    continue
            if part:
                answers.extend(_table_answers([cell for row in part for cell in row]))
        return answers
    strips = _strip_answers(rows)
    if strips is not None:  # "Surname | Forename(s) | DOB" over the answers, strip by strip
        return strips
    rows = details_beside_columns(corner_put_back(rows))  # "Amira | Detail | Yusuf | Detail"
    header = [cell.text.strip() for cell in rows[0]]
    scored = scored_risk_rows(rows)
    if scored is not None:  # "Risk domain | Score | Status | Evidence"
        return [Answer(name, words, block, [], False, block) for name, words, block in scored]
    if _dated_rows(rows, header):
        return _record_answers(rows[1:])
    people = parent_and_child_columns(rows)
    if people is not None:  # " | Mother | Baby": the baby's column is the child's
        return [_answer(label, cell.text, cell, asked) for label, cell, asked in people]
    logged = _log_answers(rows)
    if logged is not None:  # "Child(ren) | Update | Owner": a log's entries, child by child
        return logged
    known = _known_column_answers(rows) or _arrangement_answers(rows)
    if known is not None:
        return known
    passages = prose_column_passages(rows)
    if passages is not None:  # "What are we worried about? | What's working well? | ..."
        return [Answer("", cell.text, cell) for cell, _heading in passages]
    if len(header) >= 3 and sum(bool(_CHILD_COLUMN.match(text)) for text in header[1:]) >= 2:
        return _child_column_answers(rows)
    if len(header) >= 3 and _name_columns(rows, header):
        if field_for(header[0].strip(" :*")) in ("child_name", "first_name"):
            return _child_column_answers(rows, names_row=True)  # "Name | Zara Campbell | ..."
        if _RISK_HEADER.match(header[0]) or _risk_grid(rows):
            return _child_column_answers(rows)  # "Risk | Zara | Jayden": the names head
        # "Kyle | Mason" are first names; "Brooke Tully | Mason Tully" whole names
        whole = all(" " in name.strip() for name in header[1:])
        label = replace(rows[0][0], text="Name" if whole else "First name")
        return _child_column_answers([[label, *rows[0][1:]], *rows[1:]], names_row=True)
    columns = _grid_columns(rows)
    if columns:
        return _grid_answers(rows, columns)
    inner = _inner_grid(rows)
    if inner is not None:  # "Risk | Yes | No" part way down a form's table
        start, end = inner
        return [
            *_table_answers([cell for row in rows[:start] for cell in row]),
            *_grid_answers(rows[start:end], _grid_columns(rows[start:end])),
            *(
                _table_answers([cell for row in rows[end:] for cell in row])
                if end < len(rows)
                else []
            ),
        ]
    if _row_per_child(rows, header):  # "Name | DOB | Sex | School", a row per child
        return _child_row_answers(rows)
    if _record_header(rows, header):  # "Name | Relationship | DOB" over rows of people
        return _record_answers(rows[1:])
    answers: list[Answer] = []
    paired = max(len(row) for row in rows) >= 2  # "Risk | Rating | Commentary" too
    for row in rows:
        if paired and _blank_risk_row(row):
            # "Fire setting | (blank)": the risk's row, its answer left empty
            answers.append(_answer(row[0].text, "", row[0], row[0]))
            continue
        answers.extend(_row_answers(row))
    return answers


_MIN_STRIPS = 2  # strips of labels over answers before a table reads as a flattened form
_MIN_STRIP_LABELS = 2


def _strip_label(text: str) -> bool:
    return _known_label(text) or bool(named_risks(text.strip(" :*")))


def _label_not_answer(text: str) -> bool:
    """A label, not an answer naming its risk after its verdict ("PAST - lit a bin")."""
    first = text.split()[0].strip(" -:\u2013") if text.split() else ""
    return _strip_label(text) and option_state(first) is None


def _strip_answers(rows: list[list[Block]]) -> list[Answer] | None:
    """A form flattened into strips: a row of labels ("Surname | Forename(s) | Known as |
    DOB"), the answers in the row below it, then the next strip's labels. Each label is
    paired with the answer under it (an answer left blank is an empty answer); None when
    the table is not every other row a strip of labels over a row of answers."""
    if len(rows) < 2 * _MIN_STRIPS + len(rows) % 2:
        return None  # (a last strip left blank comes after two whole strips)
    dense = _dense_rows(rows)
    if len(dense) % 2:
        # the last strip's answers all left blank: a reader leaves out a row of empty cells
        last = dense[-1]
        dense = [*dense, [replace(cell, text="") for cell in last]]
    answers: list[Answer] = []
    for labels, values in zip(dense[::2], dense[1::2], strict=True):
        named = [cell for cell in labels if cell.text.strip()]
        known = sum(_strip_label(cell.text) for cell in named)
        if known < _MIN_STRIP_LABELS or 2 * known < len(named):
            return None
        filled = [cell for cell in values if cell.text.strip()]
        if filled and 2 * sum(_label_not_answer(cell.text) for cell in filled) >= len(filled):
            return None  # a row of labels again: not the answers to the row above
        for label, value in zip(labels, values, strict=False):
            if label.text.strip():
                answers.append(_answer(label.text, value.text, value, label))
    return answers


def _blank_risk_row(row: list[Block]) -> bool:
    """A lone first cell naming a risk, in a table of label | answer rows: the answer cell
    was left blank (a reader drops empty cells), not a sentence saying the risk is there."""
    if len(row) != 1 or (row[0].location.cell or 1) != 1:
        return False
    text = row[0].text.strip()
    return (
        bool(risk_terms(text))
        and len(text.split()) <= 8
        and "\n" not in text
        and not re.search(r"[.;:!]\s*$|[.;:]\s", text)
    )


def _tables(cells: list[Block]) -> list[list[Block]]:
    """Each table's cells; a tick grid broken over a page (a new table in the file) is one
    grid: its header row left alone at the foot of a page goes with the marks that follow
    it, and rows of marks as wide as its header, with no header of their own, go on it."""
    tables: list[list[Block]] = []
    for _key, table in groupby(cells, key=_table_key):
        table = list(table)
        grid = tables[-1] if tables else []
        if _grid_goes_on(grid, table):
            tables[-1] = grid + table
        else:
            tables.append(table)
    return tables


def _grid_goes_on(grid: list[Block], table: list[Block]) -> bool:
    if not grid or not _grid_header_row(_rows(grid)[0]):
        return False
    first = _rows(table)[0]
    if _grid_header_row(first) or len(first) != len(_rows(grid)[0]):
        return False
    return bool(_grid_columns(_rows(grid + table)))


def _rows(cells: list[Block]) -> list[list[Block]]:
    return [list(row) for _key, row in groupby(cells, key=_row_key)]


def _grid_header_row(row: list[Block]) -> bool:
    """A row of a grid's column names: a first column, then two or more options."""
    words = scale_words([cell.text.strip() for cell in row[1:]])
    return len(row) >= 3 and sum(_option_header(text) for text in words) >= 2


def _table_key(block: Block) -> tuple:
    where = block.location
    return (where.attachment, where.page, where.table)


def _row_key(block: Block) -> tuple:
    where = block.location
    return (where.attachment, where.page, where.table, where.row)


_NUMBERING = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?(?:\d{1,2}|[a-z])[.)]\s+|^\s*[-*\u2022]\s+", re.I
)


def _known_label(text: str) -> bool:
    """A line on its own that is a form's prompt ("1. Name of child", "Family time"),
    not a sentence ("No known history of fire setting.")."""
    from hearth_referrals.documents.rules.labels import field_for
    from hearth_referrals.documents.rules.risk_words import risk_terms

    words = text.split()
    if not 0 < len(words) <= 8 or text.rstrip().endswith((".", ";", ",", "!")):
        return False
    if re.search(r"\d{4,}|\d{2,}[ /.-]\d{2,}", text):
        # "Mosaic 2201877", "Our ref TOR 118 204": the answer is on the line, not below it
        return False
    label = _NUMBERING.sub("", text).strip(" :")
    if risk_terms(label):
        return not re.search(r"\b(no|not|never|none|denies)\b", label, re.I)
    return field_for(label) is not None


def _answers_the_prompt(prompt: str, line: str) -> bool:
    """ "Legal status" over "Care Order (s31)", "Type of short break requested" over "Foster
    care - short term": a line naming a value of the field the line above asks for is its
    answer, even where it could be read as a prompt of its own."""
    from hearth_referrals.documents.rules.labels import field_for
    from hearth_referrals.documents.rules.legal_status import find_legal_statuses
    from hearth_referrals.documents.rules.values import read_choice

    field = field_for(_NUMBERING.sub("", prompt).strip(" :?"))
    if field is not None and field == field_for(_NUMBERING.sub("", line).strip(" :?")):
        return True  # "School" over "Dee Banks School": the same field twice is its answer
    if field == "legal_status":
        return bool(find_legal_statuses(line))
    if field in ("setting", "urgency", "duration"):
        return bool(read_choice(field, line))
    return False


# "Self harm - no", "Going missing - yes, three times": a prompt and its answer on a line.
_DASH_ANSWER = re.compile(
    r"^\s*([A-Za-z][^:\n]{1,50}?)\s+(?:[-\u2013]|->|=>|\u2192)\s+((?:yes|no|none|nil|n/?a|not|current|past"
    r"|historic\w*|suspected|unknown)\b.*)$",
    re.I,
)


# "Substances - cannabis most days", "Violence - threatened staff": a short risk prompt
# answered in words after the dash.
_DASH_WORDS = re.compile(
    # "Substance misuse (drugs / alcohol) - ...": the name's own words in brackets after it
    r"^\s*([A-Za-z][A-Za-z/&' -]{1,30}?(?:\s*\([A-Za-z/&' -]{1,30}\))?)"
    r"\s+(?:[-\u2013]|->|=>|\u2192)\s+(\S.*)$"
)
_BRACKETED = re.compile(r"\([^)]*\)")


def _dash_answer(text: str) -> re.Match[str] | None:
    from hearth_referrals.documents.rules.risk_closings import one_risks_answer

    match = _DASH_ANSWER.match(text)
    if match is None or len(match.group(1).split()) > 5 or re.search(r"\d", match.group(1)):
        words = _DASH_WORDS.match(text)
        if (
            words
            and len(_BRACKETED.sub("", words.group(1)).split()) <= 3
            and one_risks_answer(words.group(1), words.group(2))
        ):
            return words
        return None  # "Lacey was reported missing 3 times in 2022 - none since" is a sentence
    if field_for(match.group(1)) or risk_terms(match.group(1)):
        return match
    return None


_QUESTION_NUMBER = re.compile(r"^\s*(?:q(?:uestion)?\s*)?\d{1,2}[.)]\s+(?=[A-Za-z])", re.I)


def _numbered_inline(block: Block, next_is_numbered: bool) -> Answer | None:
    """ "3. Pronouns he/him" above "4. Liquidlogic ID": in a numbered form, a question whose
    next line is the next question has its answer on its own line, after the label words
    the vocabulary knows."""
    from hearth_referrals.documents.rules.labels import field_for

    if not next_is_numbered or _LABEL_LINE.match(block.text) or ":" in block.text:
        return None
    words = block.text.split()
    for size in range(min(len(words) - 1, 6), 0, -1):
        label = " ".join(words[:size])
        if _SENTENCE_GOES_ON.match(" ".join(words[size:])):
            continue  # "2. The allocated social worker is Amy Cole (...)": a numbered sentence
        if not re.search(r"\d", label) and field_for(label) is not None:
            return _answer(label, " ".join(words[size:]), block)
    return None


# The verb that carries a sentence on after its subject: the words before it are the
# sentence's subject, not a prompt ("The allocated social worker is ...", "Her school has").
_SENTENCE_GOES_ON = re.compile(
    r"^(is|are|was|were|has|have|had|will|would|can|could|should|must|may|remains?|lives?)\b",
    re.I,
)


def _blank_risk_prompt(text: str, following: Block | None, after_an_answer: bool = False) -> bool:
    """A risk's prompt ending in its colon with nothing after it, where the next line is
    another prompt with its own answer (or nothing follows), or where the lines before it
    answer their prompts on the same line (``after_an_answer``): a row left blank, not a
    sentence saying the child has the risk."""
    from hearth_referrals.documents.rules.risk_words import risk_terms

    prompt = _LABEL_ONLY.match(text)
    if prompt is None or not text.rstrip().endswith(":") or not risk_terms(prompt.group(1)):
        return False
    # "Any history of setting fires?:" over "Any cruelty to animals?:": both left blank
    return (
        following is None
        or after_an_answer
        or bool(_LABEL_LINE.match(following.text))
        or bool(_LABEL_ONLY.match(following.text) and following.text.rstrip().endswith(":"))
    )


# "Has the young person gone missing?: None known": a question answered on its own line
_ANSWERED_QUESTION = re.compile(r"^\s*[A-Za-z][^\n?]{2,200}\?\s*:\s*\S")


def _paragraph_answers(blocks: list[Block]) -> list[Answer]:
    answers: list[Answer] = []
    numbered = [bool(_QUESTION_NUMBER.match(block.text)) for block in blocks]
    blocks = [
        replace(block, text=_BULLET.sub("", block.text)) if _BULLET.match(block.text) else block
        for block in blocks
    ]
    index = 0
    # the lines above ask questions and answer them on the same line: this form answers
    # beside its prompts, so a prompt with nothing beside it is left blank
    beside = False
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if beside and _blank_risk_prompt(block.text, following, True):
            answers.append(_answer(_LABEL_ONLY.match(block.text).group(1), "", block))
            index += 1
            continue
        beside = bool(_ANSWERED_QUESTION.match(block.text))
        dashed = _dash_answer(block.text)
        bracketed = None if dashed or "\n" in block.text else verdict_in_brackets(block.text)
        if dashed or bracketed:
            answers.append(_answer(*(bracketed or dashed.groups()[:2]), block))
            index += 1
            continue
        prompt = (
            _LABEL_ONLY.match(block.text)
            or (block.text.rstrip().endswith("?") and len(block.text) < 120)
            or (
                following is not None
                and block.location.part != "page header"  # its lines stand alone
                and _known_label(block.text)
                and (
                    not _known_label(following.text)
                    or _answers_the_prompt(block.text, following.text)
                )
                and not _LABEL_LINE.match(block.text)
            )
        )
        if (
            prompt
            and following is not None
            # a list of labelled lines under a heading ("Worries about her:" over
            # "- self harm: not known" and more lines) answers line by line, not the heading
            and not _is_label_line(following.text.split("\n", 1)[0])
            and not (_LABEL_ONLY.match(following.text))
            and not _dash_answer(following.text)
            and not verdict_in_brackets(following.text)
        ):
            label = _NUMBERING.sub("", block.text).rstrip(":? ")
            lines = following.text.split("\n")
            if len(lines) > 1 and any(_is_label_line(line) for line in lines[1:]):
                # "Joint letter\nClinic seen: 5 Nov\nLetter typed: 16 Nov": the prompt takes
                # the first line; the labelled lines below it answer their own labels
                first, rest = lines[0], lines[1:]
            else:
                first, *rest = _prose_pieces(following.text)
            answers.append(_answer(label, first, following, block))
            answers.extend(_line_answers("\n".join(rest), following) if rest else [])
            index += 2
            continue
        if _blank_risk_prompt(block.text, following):
            # "Disordered eating:" over "Missing episodes: None known": the row left blank
            answers.append(_answer(_LABEL_ONLY.match(block.text).group(1), "", block))
            index += 1
            continue
        inline = _numbered_inline(block, numbered[index : index + 2] == [True, True])
        if inline is not None:
            answers.append(inline)
            index += 1
            continue
        answers.extend(_line_answers(block.text, block))
        index += 1
    return answers


def _merge_checkbox_fields(answers: list[Answer]) -> list[Answer]:
    """PDF tick boxes named "Legal status: Section 20" become one answer with options."""
    merged: list[Answer] = []
    for answer in answers:
        if answer.block.kind is BlockKind.CHECKBOX and ":" in answer.label:
            label, option = (part.strip() for part in answer.label.split(":", 1))
            if merged and merged[-1].label == label and merged[-1].block.kind is BlockKind.CHECKBOX:
                merged[-1].options.append((option, bool(answer.block.checked)))
                continue
            merged.append(Answer(label, "", answer.block, [(option, bool(answer.block.checked))]))
            continue
        merged.append(answer)
    return merged


def pair_answers(blocks: list[Block]) -> list[Answer]:
    """Every label/answer pair, and every free line (label ""), in reading order."""
    answers: list[Answer] = []
    for kind_is_cell, run in groupby(blocks, key=lambda block: block.kind is BlockKind.CELL):
        run = list(run)
        if kind_is_cell:
            for cells in _tables(run):
                answers.extend(_table_answers(cells))
            continue
        for labelled, group in groupby(run, key=lambda block: block.label is not None):
            group = list(group)
            if labelled:
                answers.extend(
                    _answer(
                        block.label or "",
                        block.text,
                        block,
                    )
                    for block in group
                )
            else:
                answers.extend(_paragraph_answers(group))
    return _merge_checkbox_fields(answers)
