"""A layout's own words for a risk's state, learned from the document that uses them.

Each form answers its risk lines with a handful of short words of its own: "LIVE / LAPSED /
UNPROVEN / NIL", "yes / prev / ? / nk", "Active / Past / Possible / Nil". The next form
will use other words again, so they are not listed here one by one. Instead the short
answers that open the document's risk lines ("Fire ..... UNPROVEN - lighters found",
"SH - Kacey yes (...); Reece nk") are gathered as the layout's scheme, and each is given
the state it means: a verdict word the reader knows or a clipped one ("Susp", "prev"), a
word whose meaning says so ("lapsed" has stopped, "unproven" is not confirmed), or, for
the one word still unread, the state the scheme has no other word for, or "no" when it is
the answer most risks get. A learned word is then written as the verdict the reader reads
("suspected", "historic", ...), only where it opens a risk line's answer."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from hearth_contract.codes import RiskState

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.rules.risk_states import answer_state, bare_verdict, cue_state
from hearth_referrals.documents.rules.risk_words import named_risks, risk_terms, written_out
from hearth_referrals.documents.rules.verdict_codes import option_state

__all__ = ["learn_state_words", "read_state_words", "state_of_word"]

# The states a scheme answers with; "not stated" is a blank, never a word of the scheme.
_SCHEME = (RiskState.PRESENT, RiskState.HISTORICAL, RiskState.SUSPECTED, RiskState.NONE_KNOWN)
# How each state is written for the reader once learned.
_WRITTEN = {
    RiskState.PRESENT: "yes",
    RiskState.HISTORICAL: "historic",
    RiskState.SUSPECTED: "suspected",
    RiskState.NONE_KNOWN: "none known",
}
# Verdict words a form clips to fit a column: "Susp", "Hist", "Curr", "Poss".
_WHOLE_WORDS = (
    "suspected",
    "historic",
    "previous",
    "current",
    "possible",
    "alleged",
    "ongoing",
    "resolved",
    "unconfirmed",
    "queried",
)
# What a word means when the verdict table does not have it: a proof denied ("unproven",
# "not substantiated") is a suspicion; a thing that has run out ("lapsed", "ceased") has
# stopped; a thing still open ("open", "continuing") goes on.
_MEANINGS = (
    (
        RiskState.SUSPECTED,
        re.compile(
            r"\b(?:un|not\s+)(?:proven|proved|confirmed|verified|substantiated|evidenced"
            r"|tested|established)\b|\b(?:thinks?|maybe|might)\b",
            re.I,
        ),
    ),
    (
        RiskState.HISTORICAL,
        re.compile(
            r"\b(?:lapsed|ceased|stopped|ended|former(?:ly)?|dormant|inactive|closed|old"
            r"|used to|once|gone)\b",
            re.I,
        ),
    ),
    (RiskState.PRESENT, re.compile(r"\b(?:open|continuing|acute|active|live|now)\b", re.I)),
)

# One item of a risk line: "Fire: UNPROVEN - lighters", "CSE - nk.", "animals: Lily no, ..."
_ITEMS = re.compile(r"(?<=[.;])\s+(?=[A-Za-z&][\w&/' -]{0,30}?(?::|\s[-\u2013]\s))")
_LABELLED = re.compile(r"\W*(?P<label>[^:|\u2013()]{1,40}?)\s*(?::|\s[-\u2013]\s|\|)\s*")
# Each child's own answer inside one: "Kacey yes (...); Reece nk", "Lily no, Harvey current"
_CHILDREN = re.compile(r"[;,]\s+(?=[A-Z][\w'-]+\s+[^\s(])")
# A child's name before the answer: a capitalised word, then the answer's first word
_NAME = re.compile(r"^([A-Z][a-z][\w'-]*)\s+(?=[a-z?]|[A-Z]{2})")
# The answer's opening words: up to three, before its detail
_HEAD = re.compile(
    r"^(?P<head>\?|[A-Za-z][\w'/]*(?:\s+[a-z]+){0,2}?)(?=\s*(?:$|[(\u2013.;,:]|\s-\s))"
)
# A key before the answer, not an answer: "A - No", "Scarlett - no", "Jo: yes"
_KEY = re.compile(r"^(?:[A-Za-z]|[A-Z][a-z][\w'-]*)\s*(?:[-\u2013:]\s)")
# Words an answer opens with that are never a child's name: "Not identified", "She thinks"
_OPENING_WORDS = {
    "not",
    "no",
    "none",
    "nil",
    "never",
    "yes",
    "she",
    "he",
    "they",
    "it",
    "there",
    "was",
    "has",
    "is",
    "had",
    "some",
    "any",
    "all",
    "both",
    "unknown",
    "see",
    "to",
    "the",
}
_NONE_SINCE = re.compile(r"\b(?:none|nothing|not|no more)\s+since\b", re.I)
# An answer still owed: "not known yet", "TBC", "unsure", "to be assessed"
_UNANSWERED = re.compile(
    r"\b(?:not known|unknown|tbc|to be \w+|unsure|uncertain|not sure|awaiting)\b", re.I
)
# A heading that says the line lists risks: "Risks:", "Known risks -", "Risk factors:"
_RISKS_HEADING = re.compile(
    r"^\W*(?:(?:known|identified|current|main|key|any)\s+)?risks?(?:\s+(?:factors|areas|"
    r"summary|picture|profile|indicators))?\s*(?::|[-\u2013]\s)",
    re.I,
)
_MIN_ITEMS = 3  # risk lines a document needs before its own words are learned


class _Item(NamedTuple):
    """One risk line: where its label starts, where its answer starts, the label, where
    each answer starts (each child's, when it names them), and whether it is one of a
    list's risks ("self-harm no, CSE no")."""

    start: int
    answer: int
    label: str
    pieces: list[int]
    listed: bool = False


# A risk's name as a label is a few words, with no figures: not "Went missing in 2023"
_MAX_LABEL_WORDS = 5


def _risk_label(label: str) -> bool:
    return (
        len(label.split()) <= _MAX_LABEL_WORDS
        and not re.search(r"\d", label)
        and bool(named_risks(label))
    )


def _pieces(text: str, answer: int, end: int) -> list[int]:
    return [answer, *(gap.end() for gap in _CHILDREN.finditer(text, answer, end))]


def _items(text: str) -> list[_Item]:
    """Each risk line in ``text``: where its label starts, where its answer starts, the
    label, and where each answer starts (each child's, when it names them)."""
    found: list[_Item] = []
    starts = [0, *(gap.end() for gap in _ITEMS.finditer(text))]
    ends = [*(gap.start() for gap in _ITEMS.finditer(text)), len(text)]
    for start, end in zip(starts, ends, strict=True):
        labelled = _LABELLED.match(text, start, end)
        if labelled and not named_risks(labelled.group("label")):
            listed = _listed(text, labelled.start("label"), labelled.end(), end)
            if listed:
                found.extend(listed)
                continue
            # "Risks: SH - yes ...": the first risk line after a heading's label, read as
            # a risk line of its own
            heading, heading_end = labelled.start("label"), labelled.end()
            labelled = _LABELLED.match(text, heading_end, end)
            alone = len(starts) == 1  # "Risks: Viol - yes.", no other risk line after it
            # "Risks: SH - N. CSE - N. ...": under a heading that names risks, the first
            # risk line of the list is one of its lines like the others
            under_risks = bool(_RISKS_HEADING.match(text[heading:heading_end]))
            if labelled and _risk_label(labelled.group("label")) and (alone or under_risks):
                risk, answer = labelled.group("label"), labelled.end()
                found.append(_Item(heading, answer, risk, _pieces(text, answer, end), True))
            continue
        if not labelled or not _risk_label(labelled.group("label")):
            continue
        answer = labelled.end()
        pieces = _pieces(text, answer, end)
        found.append(_Item(labelled.start("label"), answer, labelled.group("label"), pieces))
    return found


# "self-harm no, CSE used to (...), fire no": a risk's name, then its answer, in a list
_LISTED = re.compile(r"(?:^|(?<=,\s))(?P<risk>[A-Za-z][\w/&' -]{1,40}?)\s+(?=[^\s,])")
_MIN_LISTED = 3


def _listed(text: str, heading: int, start: int, end: int) -> list[_Item]:
    """A heading's answer that lists each risk with its answer ("risks: self-harm no, CSE
    no, ..."): each risk's item, the first taking the heading's place, each later one its
    comma's; empty when fewer than three pieces of the list open with a risk's name."""
    found: list[_Item] = []
    at = start
    for piece in re.split(r"(?<=\S),\s", text[start:end]):
        words = piece.split(" ")
        for count in range(min(4, len(words) - 1), 0, -1):
            risk = " ".join(words[:count])
            if named_risks(risk):
                begin = heading if not found else at - 2
                found.append(_Item(begin, at + len(risk) + 1, risk, [at + len(risk) + 1], True))
                break
        at += len(piece) + 2
    return found if len(found) >= _MIN_LISTED else []


def _answers(text: str) -> list[int]:
    """Where each risk answer starts in ``text``."""
    return [at for item in _items(text) for at in item.pieces]


def _names(blocks: list[Block]) -> set[str]:
    """The children's names a document's risk answers open with: a capitalised word that
    opens answers on more than one risk line and is no verdict ("Kacey yes", "Kacey nk")."""
    opening = Counter(
        name.group(1)
        for block in blocks
        for at in _answers(block.text)
        if (name := _NAME.match(block.text[at:]))
        # "Not a concern" is a verdict of the form's, not a child's answer
        and not ((head := _HEAD.match(block.text[at:])) and _verdict(head.group("head")))
    )
    everything = " ".join(block.text for block in blocks)
    return {
        name
        for name, count in opening.items()
        if count > 1
        and state_of_word(name) is None
        and name.lower() not in _OPENING_WORDS
        # the child's whole name is written somewhere: "Kacey Dunmore, 29/02/2012"
        and re.search(rf"\b{re.escape(name)} [A-Z][a-z]", everything)
    }


def _heads(text: str, names: set[str]) -> list[tuple[int | None, int, str]]:
    """Each risk answer's opening words in ``text``: where the child's name before them
    ends (None without one), where the words start, and the words."""
    found: list[tuple[int | None, int, str]] = []
    for item in _items(text):
        answer = item.answer
        for at in item.pieces:
            name = _NAME.match(text[at:])
            named = None
            if name and name.group(1) in names:
                named, at = at + len(name.group(1)), at + name.end()
            elif at != answer:
                continue  # ", NRM referral made": the detail goes on, no child's answer
            head = _HEAD.match(text[at:])
            if head and not (_KEY.match(text[at:]) and state_of_word(head.group("head")) is None):
                found.append((named, at, head.group("head")))
    return found


def _verdict(words: str) -> RiskState | None:
    return option_state(words) or bare_verdict(words)


def state_of_word(word: str) -> RiskState | None:
    """The state one short answer word means, read without the document: a verdict word,
    a clipped one, or a word whose meaning says it; None when it says none of these."""
    word = word.strip()
    if _NONE_SINCE.search(word) or cue_state(word, default=None) is RiskState.HISTORICAL:
        return RiskState.HISTORICAL  # "none since": it happened, and stopped
    state = _verdict(word)
    if state in _SCHEME:
        return state
    if state is RiskState.NOT_STATED or _UNANSWERED.search(word):
        return None  # "not known", "TBC": no answer yet, not a state
    lowered = word.lower().rstrip(".")
    if len(lowered) >= 3:
        whole = next((w for w in _WHOLE_WORDS if w.startswith(lowered)), None)
        if whole:
            return option_state(whole)
    for meant, words in _MEANINGS:
        if words.search(word):
            return meant
    state = cue_state(word, default=None)
    return state if state in _SCHEME else None


def learn_state_words(blocks: list[Block]) -> dict[str, RiskState]:
    """The document's own answer words, each with the state it means in this document."""
    names = _names(blocks)
    heads = [head.lower() for block in blocks for *_at, head in _heads(block.text, names)]
    # a grid's mark ("X", "*") is read by the grid, not learned as a word
    heads = [head for head in heads if len(head) > 1 or state_of_word(head) is not None]
    counts = Counter(heads)
    learned = {head: state_of_word(head) for head in counts}
    if len(heads) < _MIN_ITEMS:  # too few answers to tell the scheme: the words alone
        return {head: state for head, state in learned.items() if state is not None}
    unread = [
        head
        for head, state in learned.items()
        # an answer still owed ("not known", "TBC") is no word of the scheme
        if state is None and _verdict(head) is None and not _UNANSWERED.search(head)
    ]
    if len(unread) == 1:
        (word,) = unread
        left = [state for state in _SCHEME if state not in learned.values()]
        if len(left) == 1:
            learned[word] = left[0]  # the scheme's one state without a word of its own
        elif RiskState.NONE_KNOWN in left and counts[word] * 2 >= len(heads):
            learned[word] = RiskState.NONE_KNOWN  # most risks are answered no
    return {head: state for head, state in learned.items() if state is not None}


def read_state_words(blocks: list[Block]) -> list[Block]:
    """The blocks with each risk answer's own state word written as the verdict the reader
    reads, where the reader would read the word otherwise."""
    learned = learn_state_words(blocks)
    if not learned:
        return blocks
    names = _names(blocks)
    written: list[Block] = []
    for block in blocks:
        edits: list[tuple[int, int, str]] = []
        for named, at, head in _heads(block.text, names):
            if named is not None:
                edits.append((named, at, " - "))  # "Kacey - yes": her own answer
            state = learned.get(head.lower())
            if state is not None and answer_state(head, []) is not state:
                edits.append((at, at + len(head), _WRITTEN[state]))
        for start, answer, label, _pieces, listed in _items(block.text):
            # one risk line rewritten, every line of the block written the same way
            rewritten = bool(edits)
            if listed:
                # "risks: self-harm no, CSE no": each risk a statement of its own
                words = f"{'. ' if block.text[start] == ',' else ''}{written_out(label)}: "
                edits.append((start, answer, words))
                continue
            if rewritten and (
                not risk_terms(label) or not block.text[start:answer].rstrip().endswith(":")
            ):
                # "Viol - nk": the risk's name in full, and a colon, as the reader reads it
                edits.append((start, answer, f"{written_out(label)}: "))
        text = block.text
        for start, end, words in sorted(edits, reverse=True):
            text = text[:start] + words + text[end:]
        written.append(block if text == block.text else block.reworded(text))
    return written
