"""Questions only where the document is silent (issue 12, error class 12).

A question tells the LA its document does not say something. On a layout the reader has
not met it fails to read a good share of the fields, and a question about a topic the
document does write about is wrong whatever the reader missed: the LA that gets ten of
those stops reading the questions. So before a gap is asked, the document's text is
searched for the topic's own words (its labels and its vocabulary, in any form an
English children's social care form or email might use). Where the document touches the
topic the gap is not asked; it goes to the officer as an unclear item instead, with the
words that touch it, to be read by a person before anything is asked. Only a topic the
document never mentions is asked of the LA.

Gaps with no vocabulary here (a contact's details, a risk's detail, the parent) are
kept as they are. So are the legal status, the date of birth and family time: read
unseen, the readers' questions about them were right more often than not even where the
document had the topic's words (a "Legal status:" prompt left blank, an age without a
date, "contact" meaning a telephone), so the check would take more right questions than
wrong ones (``bench/unseen_questions.py``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from hearth_contract.documents import Evidence, UnclearItem
from hearth_contract.referrals import CompletenessItem

from hearth_referrals.documents.rules.people import kin

__all__ = ["mentions", "screen_questions"]


class _Readable(Protocol):
    text: str

    def evidence(self, quote: str | None = None) -> Evidence: ...


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


# Each risk's own words: its names, the services and records that deal with it, and the
# acts a worker writes when describing it.
_RISKS = {
    "self_harm": _words(
        r"self[-_ ]?harm",
        r"self[-_ ]?injur",
        r"\bD\.?S\.?H\b",
        r"\bsuicid",
        r"\boverdos",
        r"\bligature",
        r"\bcut(?:s|ting)? (?:her|him|them)sel(?:f|ves)",
        r"\bhurt(?:s|ing)? (?:her|him|them)sel(?:f|ves)",
    ),
    "sexual_exploitation": _words(
        r"\bC\.?S\.?E\b",
        r"sexual(?:ly)?[-_ ]?exploit",
        r"\bgroom(?:ed|ing)\b",
    ),
    "criminal_exploitation": _words(
        r"\bC\.?C\.?E\b",
        r"criminal(?:ly)?[-_ ]?exploit",
        r"county[- ]lines",
        r"\bgangs?\b",
        r"\bN\.?R\.?M\b",
        r"national referral mechanism",
        r"\btraffick",
        r"modern slavery",
        r"\brecruit",
        r"(?:drawing|drawn|draws|pull(?:s|ing)?) others into",
    ),
    "drug_alcohol": _words(
        r"\bdrugs?\b",
        r"\balcohol",
        r"\bsubstance",
        r"\bsubs\b",
        r"\bcannabis",
        r"\bdrink(?:s|ing)\b",
        r"\bdrunk\b",
        r"\bsolvents?\b",
    ),
    "eating_disorder": _words(
        r"\beating",
        r"\bE\.?D\b",
        r"\banorexi",
        r"\bbulimi",
        r"\bARFID\b",
        r"\bbinge",
        r"\bfood\b",
    ),
    "missing": _words(
        r"missing\b(?! information)",
        r"\babscond",
        r"\brun(?:s|ning)? away\b",
        r"\bran away\b",
        r"\brunaway",
        r"\bwhereabouts\b",
        r"\bM\.?F\.?H\b",
        r"return home interview",
    ),
    "physical_harm": _words(
        r"\baggress",
        r"\bviolen",
        r"\bassault",
        r"physical(?:ly)?[-_ ]?harm",
        r"\bviol\b",
        r"harm(?:ing)? (?:to )?others",
        r"\bweapons?\b",
        r"\bknives\b",
        r"\bknife\b",
        r"\bhit(?:s|ting)?\b",
        r"\bpunch",
        r"\bkick(?:s|ed|ing)?\b",
        r"\bfight",
    ),
    "sexual_harm": _words(
        r"\bH\.?S\.?B\b",
        r"harmful[-_ ]?sexual",
        r"sexual(?:ly)?[-_ ]?harm",
        r"sexuali[sz]ed",
        r"sexual(?:ly)? (?:inappropriate|behaviour|offen)",
        r"inappropriate sexual",
        r"\bAIM\s?[23]?\b",
    ),
    "fire_setting": _words(
        r"\bfire",
        r"\barson",
        r"\bmatches\b",
        r"\blighters?\b",
    ),
    "harm_to_animals": _words(
        r"\banimals?\b",
        r"cruelty",
        r"\bpets?\b",
    ),
}

# Each field's labels and the words an LA writes its answer in.
_FIELDS = {
    "la_reference": _words(
        r"\bref(?:erence)?\b",
        r"\bcase (?:no|number|id)\b",
        r"\b(?:child|person|client|system|ICS|LCS|CCM) (?:id|no|number)\b",
        r"\bMosaic\b",
        r"\bLiquid ?logic\b",
        r"\bEclipse\b",
    ),
    "placement/urgency": _words(
        r"\bemergenc",
        r"\burgen",
        r"\bplanned\b",
        r"\bimmediate",
        r"\bsame[- ]day\b",
        r"\btonight\b",
        r"\bASAP\b",
        r"as soon as",
        r"\bcrisis\b",
    ),
    "placement/duration": _words(
        r"\bshort[- ]term",
        r"\blong[- ]term",
        r"\brespite\b",
        r"\bpermanen",
        r"\bbridging\b",
        r"\bduration\b",
        r"length of (?:the )?placement",
        r"how long",
        r"\btime[- ]?scale",
        r"\b(?:weeks|months)\b",
    ),
    "placement/start_date": _words(
        r"\bstart",
        r"\bcommenc",
        r"\b(?:needed|required|wanted|sought) (?:from|by|on)\b",
        r"\b(?:needed|required)\s*:\s*(?=\S*\d|(?:mon|tue|wed|thu|fri|sat|sun|asap|immediately|now)"
        r"|(?:today|tomorrow|tonight)\b)",
        r"\bdate\b[^:\n]{0,24}\b(?:needed|required)\b",
        r"\bfrom (?:mon|tue|wed|thu|fri|sat|sun)",
        r"\bdate (?:needed|required|of placement|of move)",
        r"\bplacement date\b",
        r"\bmov(?:e|ing)[- ](?:in|date|on)\b",
        r"\bASAP\b",
        r"as soon as",
        r"\bimmediate",
        r"\btonight\b",
        r"\b(?:from|by|for) (?:today|tomorrow)\b",
    ),
    "gender": _words(
        r"\bgender\b",
        r"\bsex\b",
        r"\b(?:fe)?male\b",
        r"\bboy\b",
        r"\bgirl\b",
        r"\bnon[- ]binary\b",
        r"\btrans(?:gender)?\b",
    ),
    "school": _words(
        r"\bschool",
        r"\beducat",
        r"\bnursery\b",
        r"\bcollege\b",
        r"\bacademy\b",
        r"\bpupil",
        r"\bE\.?H\.?C\.?P?\b",
        r"\bSENCO\b",
        r"\bP\.?R\.?U\b",
        r"alternative provision",
        r"\btuition\b",
        r"\b(?:year|yr) ?\d{1,2}\b",
        r"\breception class\b",
        r"\bN\.?E\.?E\.?T\b",
        r"\bapprentice",
        r"sixth form",
        r"\bexclu(?:ded|sion)\b",
    ),
    "placement_history": _words(
        r"placement history",
        r"previous placements?",
        r"(?:current|previous|last|first|earlier|past|former) (?:foster |residential )?"
        r"(?:placement|carers?|home)",
        r"\bplacements\b(?! (?:team|hub|duty|service|standard|data|officer|request|panel))",
        r"care history",
        r"\bbreak ?down",
        r"\bdisrupt",
        r"(?:came|come|coming|brought|entered|been) (?:in|into) care",
        r"looked after since",
        r"\bmoves\b",
    ),
    "health_needs": _words(
        r"\bhealth",
        r"\bmedica",
        r"\bdiagnos",
        r"\bG\.?P\b",
        r"\bCAMHS\b",
        r"\bADHD\b",
        r"\bautis",
        r"\bA\.?S\.?C?D\b",
        r"\basthma",
        r"\bepilep",
        r"\bdiabet",
        r"\ballerg",
        r"\bdental\b",
        r"\bdentist",
        r"\btherap",
        r"\bdisabilit",
    ),
}
_ANY_RISK = re.compile(
    r"\brisks?\b|" + "|".join(pattern.pattern for pattern in _RISKS.values()), re.IGNORECASE
)
# A document that closes its risks with a blanket denial answers every risk it does not
# name: "no other risks", "nothing else of concern", "no further concerns known".
# "no other risks", "nothing else of concern", "all other areas: none": every risk the
# document does not name is denied, whatever it says of the ones it names.
_BLANKET_DENIAL = re.compile(
    r"\bno (?:other|further|additional) (?:known |identified )?(?:risks?|concerns?|issues?|worries)"
    r"\b(?! (?:information|info|details|about|regarding|re|around|with|for)\b)"
    r"|\bnothing (?:else|further)\b|\bnil else\b|\ball other (?:areas|risks)\b",
    re.IGNORECASE,
)
# "no known risks", "Risks: none", "Risk" then "None known": every risk denied, unless
# the same words go on to name the risks they mean.
_NO_RISKS = re.compile(r"\bno (?:known |identified )?risks\b(?! information)", re.IGNORECASE)
_RISK_PROMPT = re.compile(r"^\W*risks?\b", re.IGNORECASE)
_DENIAL = re.compile(r"^\W*(?:none|no|nil|nothing)\b", re.IGNORECASE)
# A risk told of a relative or another person is theirs, not the child's.
_SOMEONE_ELSE = re.compile(rf"\b(?:{kin()})\b", re.IGNORECASE)
# Words saying the answer is still owed: not to hand, asked for, to be checked, not
# known to whoever wrote or rang, waiting on an event, or the form's options left whole.
_OWED = re.compile(
    r"\b(?:ha(?:ve|s)(?:n'?t| not)|do(?:es)?(?:n'?t| not)|did(?:n'?t| not)) (?:yet )?"
    r"(?:have|got|know|had|say|been (?:given|provided|sent|received))\b"
    r"|\bto be (?:confirmed|advised|agreed)\b|\btb[cad]\b"
    # "No ref yet", "none as yet", "no number allocated yet": not given so far
    r"|\bno(?:ne)?(?: \w+){0,2} (?:as )?yet\b"
    r"|\bwithin (?:the next )?\w+ (?:days?|weeks?)\b"
    r"|\bnone known to\b|\bleft blank\b|\bnot (?:assessed|completed|filled|answered)\b"
    r"|\b(?:could(?:n'?t| not)|can(?:'?t|not)) (?:say|tell|confirm|give)\b"
    r"|\bnot (?:to hand|on (?:the|our|their)\b|yet\b|been (?:given|provided|sent)|given|provided"
    r"|available|sure)\b|\bto hand\b"
    r"|\bwill (?:send|check|ring|call|confirm|follow|forward|find out|let (?:you|us) know|chase)\b"
    r"|\b(?:I'?ll|we'?ll) (?:have to )?(?:check|send|confirm|find out|chase|ring|call)\b"
    r"|\bring(?:ing)? back\b|\bcall(?:ing)? back\b|\bchasing\b|\brequested\b|\bwe have asked\b"
    r"|\basked (?:the|for|her|him|them)\b|\bto follow\b|\bdepend(?:s|ent|ing)? on\b"
    r"|\bsubject to\b|\bawait|\bdelete as appropriate\b|\bgr[ae]y(?:ed)?\b"
    r"|\b(?:short[- ]term|long[- ]term|emergency|planned|yes|male)\s*/\s*"
    r"(?:short[- ]term|long[- ]term|emergency|planned|no|female)\b",
    re.IGNORECASE,
)
# A professional's title names no need of the child's.
_ROLE = re.compile(
    r"\b(?:health visitor|school nurse|virtual school|designated teacher|GP practice)\b",
    re.IGNORECASE,
)
# What a form holds where no answer was given: a person must still be asked.
_NON_ANSWER = re.compile(
    r"\bnot (?:yet )?(?:known|stated|recorded|given|provided|available|confirmed)\b"
    r"|\b(?:do|did)(?:n'?t| not) know\b|\bnot sure\b|\bunsure\b|\bno idea\b"
    r"|\bunknown\b|\bto (?:follow|be (?:confirmed|advised|agreed))\b|\btb[cad]\b"
    r"|\bawait(?:ed|ing)?\b|\bpending\b|\bno information\b|click (?:or tap )?here"
    r"|(?:to )?enter (?:a )?(?:text|date)|\bplease (?:state|give|describe|specify)\b"
    r"|\b(?:once|when|until) (?:a|the) (?:suitable )?(?:home|placement|match|carer)"
    r"|\b(?:emergency|planned) ?(?:/|or) ?(?:emergency|planned)\b|\byes ?/ ?no\b",
    re.IGNORECASE,
)
_BOXES = re.compile(r"[\u2610\u2611\u2612\u2713\u2714\u2717\u2718]|\[[ xX]?\]")
_TICKED = re.compile(r"[\u2611\u2612\u2713\u2714\u2717\u2718]|\[[xX]\]")
_SEPARATOR = re.compile(r"[:?\t=;|>]|\s[-\u2013\u2014]\s")
_TAG = re.compile(r"</?[\w.:-]+/?>")
_WORD = re.compile(r"[^\W_]")
_LABEL_WORDS = 4
_ALL = (*_FIELDS.values(), *_RISKS.values())
_CHILD = re.compile(r"^/children/\d+/")
_INDEX = re.compile(r"^/children/(\d+)/")
_ADDRESS = re.compile(r"\S+@\S+")
_NAMED_SUBJECT = re.compile(r"^\s*([A-Z][a-z]+)(?:'s)? (?:has|had|is|was|takes|took|does|sees)\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_RISK = re.compile(r"^risks/to_(?:child|others)/(\w+)$")
_CONTEXT = 60
_START = "/placement/start_date"
# Topics told of a relative are theirs, not the child's.
_OWN = ("/health_needs", "/school", "/risks")
_URGENCY = "/placement/urgency"


def _vocabulary(pointer: str) -> re.Pattern[str] | None:
    """The words that show a document touches the gap at ``pointer`` (None: not checked)."""
    key = _CHILD.sub("", pointer).strip("/")
    if key == "risks":
        return _ANY_RISK
    risk = _RISK.match(key)
    if risk:
        return _RISKS.get(risk.group(1))
    return _FIELDS.get(key)


def _is_answer(text: str) -> bool:
    """Words that answer a prompt: not opening with a non-answer, and something left once
    the non-answers are taken out."""
    if _NON_ANSWER.match(text.strip(" \t.,;:-\u2013\u2014()[]")) or _OWED.search(text):
        return False
    return bool(_WORD.search(_NON_ANSWER.sub(" ", text)))


def _is_label(text: str, vocabulary: re.Pattern[str]) -> bool:
    """A prompt of its own: it ends as a prompt does, or it is a few words naming another
    topic (a form whose empty answer cells were left out)."""
    text = text.strip()
    if text.endswith((":", "?")):
        return True
    return (
        len(text.split()) <= _LABEL_WORDS
        and not vocabulary.search(text)
        and any(other.search(text) for other in _ALL if other is not vocabulary)
    )


def _spaced(text: str) -> str:
    """Field names written as one word ("self_harm", "eatingDisorder") as words."""
    return _CAMEL.sub(" ", _ADDRESS.sub(" ", text).replace("_", " "))


def _answered(
    text: str,
    blocks: Sequence[_Readable],
    index: int,
    found: re.Match[str],
    vocabulary: re.Pattern[str],
) -> bool:
    """The topic's words at ``found`` come with an answer, not as a bare prompt.

    A box beside them is an answer (ticked or not); words after a separator (a colon, a
    question mark, a dash) are the answer; a short label's answer is a number after it or
    the next block's words, unless that block is another prompt; longer words are a
    sentence about it.
    """
    if _BOXES.search(text):
        return bool(_TICKED.search(text))
    rest = text[found.end() :]
    separator = _SEPARATOR.search(rest)
    if separator is not None:
        return _is_answer(_TAG.sub(" ", rest[separator.end() :]))
    if len(text.split()) > _LABEL_WORDS:
        return _is_answer(text)
    if re.search(r"\d", rest):
        return True
    below = _strip_below(blocks, index, vocabulary)
    if below is not None:  # "Self harm | Fire" over "(blank) | NO": the cell under it
        return _is_answer(below)
    beside = _cell_beside(blocks, index)
    if beside is not None:  # "Case number (LCS) | (blank)": the row's own cell is the answer
        return _is_answer(beside)
    following = next((block.text for block in blocks[index + 1 :] if block.text.strip()), "")
    return bool(following) and not _is_label(following, vocabulary) and _is_answer(following)


_NEARBY_ROWS = 12  # blocks either side looked at for the width of a label's table


_STRIP_OTHERS = 2  # labels beside the one looked at, in a flattened form's strip


def _strip_below(
    blocks: Sequence[_Readable], index: int, vocabulary: re.Pattern[str]
) -> str | None:
    """A flattened form's strip: the label's row holds only labels, the answers in the row
    under it. The text of the cell under the label ("" when the reader left it out); None
    when the label's row is not such a strip."""
    here = getattr(blocks[index], "location", None)
    if here is None or here.table is None or here.row is None or here.cell is None:
        return None
    nearby = blocks[max(0, index - _NEARBY_ROWS) : index + _NEARBY_ROWS]
    row = [
        block
        for block in nearby
        if (location := getattr(block, "location", None)) is not None
        and (location.page, location.table, location.row) == (here.page, here.table, here.row)
        and location.cell != here.cell
        and block.text.strip()
    ]
    # a strip is three labels across at least, none of them a sentence
    if len(row) < _STRIP_OTHERS or not all(
        _is_label(block.text, vocabulary) and not block.text.rstrip().endswith(".") for block in row
    ):
        return None
    return next(
        (
            block.text
            for block in nearby
            if (location := getattr(block, "location", None)) is not None
            and (location.page, location.table, location.row, location.cell)
            == (here.page, here.table, here.row + 1, here.cell)
        ),
        "",
    )


def _cell_beside(blocks: Sequence[_Readable], index: int) -> str | None:
    """The text of the cell after a table's label cell in its row: "" when the row's other
    cells are blank (a reader leaves blank cells out, so the table's other rows show it
    has more columns); None when the label is not a cell of a table with columns after it."""
    here = getattr(blocks[index], "location", None)
    if here is None or here.table is None or here.row is None or here.cell is None:
        return None
    after = getattr(blocks[index + 1], "location", None) if index + 1 < len(blocks) else None
    if after is not None and (after.page, after.table, after.row) == (
        here.page,
        here.table,
        here.row,
    ):
        return blocks[index + 1].text
    nearby = blocks[max(0, index - _NEARBY_ROWS) : index + _NEARBY_ROWS]
    if after is not None and (after.page, after.table) == (here.page, here.table):
        # a row of one cell (merged across the table) under the label: its answer, written
        # below it, or a heading; the words are read as before
        next_row = [
            location
            for block in nearby
            if (location := getattr(block, "location", None)) is not None
            and (location.page, location.table, location.row)
            == (after.page, after.table, after.row)
        ]
        if all((location.cell or 0) <= 1 for location in next_row):
            return None
    wider = any(
        (location := getattr(block, "location", None)) is not None
        and (location.page, location.table) == (here.page, here.table)
        and location.row != here.row
        and (location.cell or 0) > here.cell
        for block in nearby
    )
    return "" if wider else None


def _sentence(text: str, found: re.Match[str]) -> str:
    start = max(text.rfind(stop, 0, found.start()) for stop in ".;\n")
    ends = [end for stop in ".;\n" if (end := text.find(stop, found.end())) >= 0]
    return text[start + 1 : min(ends, default=len(text))]


def _quote(text: str, found: re.Match[str]) -> str:
    start = max(0, found.start() - _CONTEXT)
    return " ".join(text[start : found.end() + _CONTEXT].split())


def _someone_named(sentence: str, names: Collection[str]) -> bool:
    """A sentence about a named person who is not one of the children."""
    subject = _NAMED_SUBJECT.match(sentence)
    return bool(names) and subject is not None and subject.group(1).lower() not in names


def mentions(
    pointer: str, blocks: Sequence[_Readable], names: Collection[str] = ()
) -> list[Evidence]:
    """The words of the document that touch the gap at ``pointer`` with an answer.

    A risk not named is answered by a blanket denial of risks anywhere in the document.
    """
    texts = [_spaced(block.text) for block in blocks]
    return _mentions(pointer, blocks, texts, {name.lower() for name in names}, {})


def _mentions(
    pointer: str,
    blocks: Sequence[_Readable],
    texts: Sequence[str],
    names: Collection[str],
    denials: dict[str, list[Evidence]],
) -> list[Evidence]:
    vocabulary = _vocabulary(pointer)
    if vocabulary is None:
        return []
    risk = _RISK.match(_CHILD.sub("", pointer).strip("/")) is not None
    found_in = []
    for index, block in enumerate(blocks):
        text = texts[index]
        for found in vocabulary.finditer(text):
            sentence = _sentence(text, found)
            if _OWED.search(sentence):
                # The document says the answer is still to come: it is owed, whatever
                # else it says of the topic.
                return []
            if _ROLE.search(sentence):
                continue
            if (risk or pointer.endswith(_OWN)) and (
                _SOMEONE_ELSE.search(sentence) or _someone_named(sentence, names)
            ):
                continue
            if _answered(text, blocks, index, found, vocabulary):
                found_in.append(block.evidence(_quote(text, found)))
                break
    if not found_in and risk:
        if "all" not in denials:
            denials["all"] = _blanket_denials(blocks)
        return denials["all"]
    return found_in


def _names_a_risk(text: str) -> bool:
    return any(pattern.search(text) for pattern in _RISKS.values())


def _blanket_denials(blocks: Sequence[_Readable]) -> list[Evidence]:
    """Where the document denies every risk it does not name."""
    denials = []
    for index, block in enumerate(blocks):
        if _BOXES.search(block.text):
            continue
        if _OWED.search(block.text):
            continue
        denial = _BLANKET_DENIAL.search(block.text) or _NO_RISKS.search(block.text)
        if denial and (denial.re is _BLANKET_DENIAL or not _names_a_risk(block.text)):
            denials.append(block.evidence(_quote(block.text, denial)))
            continue
        prompt = _RISK_PROMPT.search(block.text)
        if prompt is None:
            continue
        rest = block.text[prompt.end() :]
        following = next((b.text for b in blocks[index + 1 :] if b.text.strip()), "")
        answer = (
            rest.split(":", 1)[1]
            if ":" in rest
            else following
            if len(rest.split()) <= _LABEL_WORDS
            else ""
        )
        if _DENIAL.search(answer) and not _names_a_risk(answer) and not _OWED.search(answer):
            denials.append(block.evidence(_quote(f"{block.text} {answer}", prompt)))
    return denials


def _children(items: Sequence[CompletenessItem]) -> int:
    indexes = [int(m.group(1)) for i in items if (m := _INDEX.match(i.pointer))]
    return max(indexes, default=0) + 1


def _urgency_answered(items: Sequence[CompletenessItem], blocks: Sequence[_Readable]) -> bool:
    """When the placement is needed says how soon it is: a start date the reader read,
    or one written where it could not read it, answers "emergency or planned?"."""
    if _owed(_URGENCY, blocks):
        return False
    if not any(item.pointer == _START for item in items):
        return True
    return bool(mentions(_START, blocks))


def _owed(pointer: str, blocks: Sequence[_Readable]) -> bool:
    """The document says the answer at ``pointer`` is still to come (or left its options)."""
    vocabulary = _vocabulary(pointer)
    return vocabulary is not None and any(
        _OWED.search(_sentence(text, found))
        for text in (_spaced(block.text) for block in blocks)
        for found in vocabulary.finditer(text)
    )


def screen_questions(
    items: Sequence[CompletenessItem],
    blocks: Sequence[_Readable],
    names: Collection[str] = (),
) -> tuple[list[CompletenessItem], list[UnclearItem]]:
    """The gaps to ask the LA, and those to show the officer instead.

    A gap whose topic the document mentions with an answer is not asked: it becomes an
    unclear item quoting the words that mention it, for the officer to read. ``names``
    are the children's names as read, so that a sentence about someone else named
    ("Kyle has asthma") answers nothing about them.
    """
    names = {name.lower() for name in names}
    texts = [_spaced(block.text) for block in blocks]
    found: dict[str, list[Evidence]] = {}
    denials: dict[str, list[Evidence]] = {}
    asked: list[CompletenessItem] = []
    confirm: list[UnclearItem] = []
    children = _children(items)
    for item in items:
        # The same topic for each child is looked for once.
        topic = _CHILD.sub("/", item.pointer)
        if topic not in found:
            found[topic] = _mentions(item.pointer, blocks, texts, names, denials)
        evidence = found[topic]
        # Several children: one mention answers for one of them, so each needs its own.
        needed = children if _CHILD.match(item.pointer) else 1
        answered = len(evidence) >= needed or (
            item.pointer == _URGENCY and _urgency_answered(items, blocks)
        )
        if not answered:
            asked.append(item)
            continue
        confirm.append(
            UnclearItem(
                pointer=item.pointer,
                reason=f"{item.message} The document mentions it, but the reader could not "
                "read an answer: please check the document before asking the LA.",
                evidence=evidence[:3] or mentions(_START, blocks)[:1],
            )
        )
    return asked, confirm
