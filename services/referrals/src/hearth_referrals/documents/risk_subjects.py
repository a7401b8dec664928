"""Whose risk a sentence of a shared risks passage states: "Risks: Ava has cut her arms
since May. She sees CAMHS. There are no other risks for any of the children." The
sentence that names one child, and the sentences after it that go on about "she" or "he",
are that child's; a sentence naming several children, the group or none speaks for all."""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import DraftBuilder

__all__ = ["sentence_subject"]

_SENTENCES = re.compile(r"(?<=[.;!?])\s+")
_GROUP = re.compile(
    r"\b(both|all|each|any|either|neither|none of|siblings|children|brothers|sisters|they)\b",
    re.I,
)
_CARRIED = re.compile(r"^\W*(he|she|his|her|him)\b", re.I)


def _names(builder: DraftBuilder) -> dict[str, int]:
    return {
        str(child.fields[key].value).lower(): index
        for index, child in enumerate(builder.children)
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }


def _named(sentence: str, names: dict[str, int]) -> set[int]:
    """The children a sentence names, not as another's ("Ava's brother")."""
    words = re.findall(r"[A-Za-z][A-Za-z-]*(?!['\u2019]s\b)\b", sentence)
    return {names[word.lower()] for word in words if word.lower() in names}


def sentence_subject(builder: DraftBuilder, text: str, quote: str) -> int | None:
    """The one child the sentence holding ``quote`` is about, or None if it is the group's."""
    if len(builder.children) < 2 or not quote.strip():
        return None
    names = _names(builder)
    wanted = quote.strip(" .;,")
    subject: int | None = None
    for sentence in _SENTENCES.split(text.strip()):
        named = _named(sentence, names)
        if len(named) == 1 and not _GROUP.search(sentence):
            subject = next(iter(named))
        elif named or not _CARRIED.match(sentence):
            subject = None  # several children, or a new subject: the group's
        if wanted in sentence or sentence.strip(" .;,") in wanted:
            return subject
    return None
