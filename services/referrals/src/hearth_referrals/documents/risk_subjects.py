"""Whose risk a sentence of a risks passage states: "Risks: Ava has cut her arms since
May. She sees CAMHS. There are no other risks for any of the children." A sentence that
opens with one child's name, and the sentences after it that go on about "she" or "he",
are that child's, whichever child's section the passage is in, when the passage tells the
children apart (it names another child too, or speaks of the group); any other sentence
is read as the passage's (the group's, or the child's whose section it is)."""

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


# "Ava has ...", "Ava was ...": a sentence opening with one child's name, not "Ava's
# brother" or "Ava and Jo"
_OPENING = re.compile(r"^\W*([A-Z][A-Za-z-]+)\b(?!['\u2019]s\b)(?!\s+(?:and|&)\s)")


def _opened_by(sentence: str, names: dict[str, int]) -> int | None:
    found = _OPENING.match(sentence)
    return names.get(found.group(1).lower()) if found else None


def sentence_subject(builder: DraftBuilder, text: str, quote: str) -> int | None:
    """The one child the sentence holding ``quote`` is about, or None if it is the group's."""
    if len(builder.children) < 2 or not quote.strip():
        return None
    names = _names(builder)
    words = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z-]*", text)}
    if len(words & set(names)) < 2 and not _GROUP.search(text):
        # a passage that names one child and never the others or the group: the layout
        # decides whose it is (a shared section's line speaks for every child)
        return None
    wanted = quote.strip(" .;,")
    subject: int | None = None
    for sentence in _SENTENCES.split(text.strip()):
        opened = _opened_by(sentence, names)
        if opened is not None and not _GROUP.search(sentence):
            subject = opened
        elif not _CARRIED.match(sentence):
            subject = None  # a new subject, or the group: not one child's
        if wanted in sentence or sentence.strip(" .;,") in wanted:
            return subject
    return None
