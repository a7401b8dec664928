"""Risk flags written as codes with a key: "SH | ? - suspected", "FIR | N" over "Key: SH
self-harm, FIR fire, ...". The key says what each code stands for; the flags are then
read as the risks they name, and the key itself, a list of every risk the form asks
about, is not read as risks of the child's.

The answers may be coded too: "Codes: A = active, H = historic, U = unconfirmed, X =
none known" over rows "CSE | X". Such a key gives each answer code its verdict, and a row's
code is read as the verdict it stands for ("X" there is "none known", not a tick)."""

from __future__ import annotations

import re

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.risk_words import named_risks, risk_terms, written_out
from hearth_referrals.documents.rules.verdict_codes import verdict_state

__all__ = ["answer_key", "expand_risk_codes", "risk_key"]

# "Flag key:", "Key -", "Codes used:", "Legend:", "Abbreviations:" before the list.
_KEY_LABEL = re.compile(
    r"^\W*(?:(?:flag|risk|code|indicator)s?\s+)?(?:key|legend|codes(?: used)?|abbreviations)"
    r"\s*[:\u2013-]\s*",
    re.I,
)
# "SH self-harm", "CSE = sexual exploitation", "MIS - missing", "FIR: fire".
_KEY_ITEM = re.compile(
    r"^\s*([A-Z]{2,5})\s*(?:[=:\u2013-]\s*)?([A-Za-z][A-Za-z' -]{1,40}?)\s*\.?\s*$"
)
_MIN_ITEMS = 3


def _risk_name(meaning: str) -> str | None:
    """The words a code stands for, as a risk's name the rules know; None if no risk."""
    if len(risk_terms(meaning)) == 1:
        return meaning
    return written_out(meaning) if named_risks(meaning) else None


def _key_items(text: str, *labels: re.Pattern[str]) -> tuple[re.Match[str] | None, list[str]]:
    """A key line's own label (the first of ``labels`` that opens it), and its items split
    at commas and semicolons."""
    label = next((found for pattern in labels if (found := pattern.match(text))), None)
    body = text[label.end() :] if label else text
    return label, [item for item in re.split(r"\s*[,;]\s*", body.strip()) if item.strip()]


def risk_key(text: str) -> dict[str, str]:
    """The codes a key line gives, each with the risk it stands for; empty if the line is
    not a key of risk codes (too few items, or items that are not code and meaning)."""
    label, items = _key_items(text, _KEY_LABEL)
    if len(items) < _MIN_ITEMS:
        return {}
    key: dict[str, str] = {}
    for item in items:
        found = _KEY_ITEM.match(item)
        if found is None:
            return {}
        name = _risk_name(found.group(2))
        if name is not None:
            key[found.group(1)] = name
    # without a "Key:" label, every item must be a risk's code ("SH = self-harm; ...")
    if len(key) < _MIN_ITEMS or (label is None and len(key) < len(items)):
        return {}
    return key


# "X = none known", "H - historic", "? suspected", "N/K: not known": an answer's code and
# the verdict it stands for.
_ANSWER_ITEM = re.compile(
    r"^\s*([A-Z]{1,3}|\?|[A-Z]/[A-Z])\s*(?:[=:\u2013-]\s*)?([A-Za-z][A-Za-z' ,-]{1,30}?)\s*\.?\s*$"
)
# "Answer codes used below:", "Status key (tick one):": a key's own words before its items
_ANSWER_KEY_LABEL = re.compile(
    r"^[^:=]{0,40}\b(?:key|legend|codes?|abbreviations)\b[^:=]{0,25}:\s*", re.I
)
_PLAIN_ANSWERS = {"yes": "Yes", "no": "No", "none": "None known", "not known": "Not known"}


def _verdict_meant(meaning: str) -> str | None:
    """The verdict words an answer code stands for ("active now", "historic"); None if
    the meaning is not a verdict."""
    meaning = meaning.strip()
    if meaning.lower() in _PLAIN_ANSWERS:
        return _PLAIN_ANSWERS[meaning.lower()]
    if verdict_state(meaning) is not None or verdict_state(meaning.split()[0]) is not None:
        return meaning
    return None


def answer_key(text: str) -> dict[str, str]:
    """The answer codes a key line gives, each with the verdict it stands for; empty if the
    line is not such a key (fewer than three codes, an item that is no code and verdict,
    or no verdict but yes and no)."""
    _, items = _key_items(text, _KEY_LABEL, _ANSWER_KEY_LABEL)
    if len(items) < _MIN_ITEMS:
        return {}
    key: dict[str, str] = {}
    for item in items:
        found = _ANSWER_ITEM.match(item)
        meaning = _verdict_meant(found.group(2)) if found else None
        if found is None or meaning is None:
            return {}
        key[found.group(1)] = meaning
    if len(set(key.values())) < _MIN_ITEMS:
        return {}
    return key


# "CSE: X", "Missing | U - twice last month": a line naming a risk, then its coded answer
_CODED_ANSWER = re.compile(
    r"^(?P<risk>[^:|\u2013]+?)(?P<sep>\s*[:|\u2013-]\s*)(?P<code>\S{1,3})(?=\s*(?:$|[-\u2013:|(]))"
)


def _answer_expanded(block: Block, key: dict[str, str]) -> Block:
    text = block.text.strip()
    if block.kind is BlockKind.CELL:
        return block.reworded(key[text]) if text in key else block
    found = _CODED_ANSWER.match(block.text)
    if found and found.group("code") in key and risk_terms(found.group("risk")):
        code = found.group("code")
        return block.reworded(
            block.text[: found.start("code")] + key[code] + block.text[found.end() :]
        )
    return block


def _expanded(block: Block, key: dict[str, str]) -> Block:
    text = block.text.strip()
    if block.kind is BlockKind.CELL:
        return block.reworded(key[text]) if text in key else block
    # "SH: ? - suspected", "VIO - Y - current": a line opening with a code and its answer
    found = re.match(r"^\s*([A-Z]{2,5})(?=\s*[:|\u2013-]\s)", block.text)
    if found and found.group(1) in key:
        return block.reworded(key[found.group(1)] + block.text[found.end() :])
    return block


def expand_risk_codes(blocks: list[Block]) -> list[Block]:
    """The blocks with each risk code written as its risk's name, and the key left out."""
    key: dict[str, str] = {}
    answers: dict[str, str] = {}
    keys: set[int] = set()
    for index, block in enumerate(blocks):
        found = risk_key(block.text)
        coded = {} if found else answer_key(block.text)
        if found or coded:
            key.update(found)
            answers.update(coded)
            keys.add(index)
    if answers:
        blocks = [_answer_expanded(block, answers) for block in blocks]
    if not key:
        return [block for index, block in enumerate(blocks) if index not in keys]
    return [_expanded(block, key) for index, block in enumerate(blocks) if index not in keys]
