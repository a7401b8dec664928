"""Undo OCR's letter-for-digit confusions in the labels of a scanned form.

A paper form scanned and OCR'd reads "Chi1d name", "Date 0f birth", "Lega1 status",
"RlSKS": the engine took l for 1, o for 0 and I for l. The values beside the labels are
usually read right (and a case number or phone number is digits by rights), so only the
labels, and short heading lines, are repaired, and only in a document that shows the
noise in several labels: "Child1" in a clean form is a numbered label, not a misreading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import Block
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["repair_label_words", "repair_ocr_labels"]

_TOKEN = re.compile(r"[A-Za-z0-9]+")
# A digit 0 or 1 between letters ("Chi1d", "w0rker", "exp10itati0n"): a sure misreading.
_INSIDE = re.compile(r"[A-Za-z][01]+[A-Za-z]")
# How many labels must show the noise before the document counts as an OCR scan.
_NOISY_LABELS = 3
_HEADING_WORDS = 5
# Specks the scanner read as marks before a label: "~ Date", "' Case no", "| Child name".
_STRAY = re.compile(r"^[\s~'`\".,;|!_^*-]+(?=[A-Za-z0-9])")
_DIGIT_AS = {"0": ("o", "O"), "1": ("l", "I")}


def _mixed(token: str) -> bool:
    """Letters with 0s and 1s among them, and no other digit ("Te1", "Sch001", "0f")."""
    letters = sum(char.isalpha() for char in token)
    digits = set(char for char in token if char.isdigit())
    if not letters or not digits or not digits <= {"0", "1"}:
        return False
    # One capital and a number ("Q1", "A10", "S1") is a numbering, not a word.
    return not (letters == 1 and token[0].isupper() and token[1:].isdigit())


# Words of a referral form's labels, to choose between readings where one digit or pair of
# letters could be several ("b1rth" is "birth", not "blrth"; "narne" is "name").
_FORM_WORDS = frozenset(
    """
    address age alcohol allocated animals arson behaviour birth care case child children
    communication contact county criminal date dietary disabilities disability disordered dob
    drugs duration eating education email emergency ethnicity exploitation exploiting family
    father female fire first from gender harm harmful health history home identity immigration
    language legal length lines male manager medical medication mental misuse missing mobile
    mother name needs number others placement placements previous primary referral religion
    risks risk school self sexual sibling siblings social start status substance summary surname
    team telephone term time type urgency violence worker
    """.split()
)
_MAX_CHOICES = 4  # at most this many doubtful characters in one word are weighed


def _readings(token: str) -> list[str]:
    """Every way of reading ``token``'s doubtful characters: 1 as l or i, rn as m."""
    readings = [""]
    pieces = re.findall(r"rn|.", token)
    doubtful = sum(piece in ("1", "rn") for piece in pieces)
    if doubtful > _MAX_CHOICES:
        return []
    for piece in pieces:
        options = {"1": ["l", "i"], "0": ["o"], "rn": ["rn", "m"]}.get(piece, [piece])
        readings = [reading + option for reading in readings for option in options]
    return readings


def _known_reading(token: str) -> str | None:
    for reading in _readings(token):
        if reading.lower() in _FORM_WORDS:
            return reading
    return None


def _repair_token(token: str) -> str:
    letters = [char for char in token if char.isalpha()]
    if (_mixed(token) or "rn" in token) and token.lower() not in _FORM_WORDS:
        known = _known_reading(token)
        if known is not None:
            return known.upper() if token.isupper() else known
    if _mixed(token):
        upper = all(char.isupper() for char in letters) and len(letters) > 1
        token = "".join(_DIGIT_AS[char][upper] if char in _DIGIT_AS else char for char in token)
        letters = [char for char in token if char.isalpha()]
    others = [char for char in letters if char != "l"]
    # "RlSKS", "MlSPER", "lD": a lower-case l among capitals is a capital I.
    if "l" in token and others and all(char.isupper() for char in others):
        token = token.replace("l", "I")
    return token


def repair_label_words(label: str) -> str:
    """``label`` with each misread word repaired ("Previ0us" -> "Previous")."""
    return _TOKEN.sub(lambda match: _repair_token(match.group()), label)


def _label_part(text: str) -> tuple[str, str] | None:
    """The label of a "Label : value" line and the rest, or a short heading line whole."""
    head, colon, rest = text.partition(":")
    if colon and head.strip() and "@" not in head and "//" not in rest[:2]:
        return _STRAY.sub("", head), colon + rest
    if not colon and 0 < len(text.split()) <= _HEADING_WORDS:
        return text, ""
    return None


def _noisy(blocks: list[Block]) -> bool:
    count = 0
    for block in blocks:
        parts = _label_part(block.text)
        label = block.label or (parts[0] if parts else "")
        if _INSIDE.search(label):
            count += 1
            if count >= _NOISY_LABELS:
                return True
    return False


# Answers in words, where a digit among letters is a misreading too ("Kyla 0ates",
# "Fema1e"); never a reference, phone number, date or email, which are digits by rights.
_WORDS_ANSWER = {
    "child_name",
    "social_worker.name",
    "school",
    "gender",
    "setting",
    "duration",
    "family_time",
    "health",
    "religion",
    "ethnicity",
}


def _repair_answer_token(token: str) -> str:
    # a digit between letters, or one opening a word ("0ates"); never "10am", "1st", "2nd"
    if not _mixed(token) or not (_INSIDE.search(token) or re.fullmatch(r"[01][a-z]{3,}", token)):
        return token
    known = _known_reading(token)
    if known is not None:
        return known
    upper = all(char.isupper() for char in token if char.isalpha())
    first = token[0]
    # "0ates", "1qbal": a digit opening a name is its capital
    head = _DIGIT_AS[first][1] if first in _DIGIT_AS else first
    rest = "".join(_DIGIT_AS[char][upper] if char in _DIGIT_AS else char for char in token[1:])
    return head + rest


def repair_answer_words(label: str, answer: str) -> str:
    """``answer`` with its misread words repaired, when ``label`` asks for words."""
    if field_for(label.strip()) not in _WORDS_ANSWER:
        return answer
    return _TOKEN.sub(lambda match: _repair_answer_token(match.group()), answer)


def repair_ocr_labels(blocks: list[Block]) -> list[Block]:
    """The blocks with their labels' OCR confusions undone, when the document is a scan."""
    if not _noisy(blocks):
        return blocks
    repaired: list[Block] = []
    for block in blocks:
        parts = _label_part(block.text)
        if parts and parts[1]:
            label = repair_label_words(parts[0])
            parts = (label, repair_answer_words(label, parts[1]))
        text = repair_label_words(parts[0]) + parts[1] if parts else block.text
        label = repair_label_words(block.label) if block.label else block.label
        repaired.append(replace(block, text=text, label=label))
    return repaired
