"""Whose risk a sentence of a risks passage states: "Risks: Ava has cut her arms since
May. She sees CAMHS. There are no other risks for any of the children." A sentence that
opens with one child's name, and the sentences after it that go on about "she" or "he",
are that child's, whichever child's section the passage is in, when the passage tells the
children apart (it names another child too, or speaks of the group); any other sentence
is read as the passage's (the group's, or the child's whose section it is)."""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import DraftBuilder
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["adults_sentences_out", "another_genders_clauses_out", "sentence_subject"]

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


# The pronouns that can only be someone of the other gender doing or owning something:
# for a girl "he" and "his" ("him" is only done to), for a boy "she" ("her" may be the
# object: "he hit her").
_OTHER_GENDERS_SUBJECT = {
    "female": re.compile(r"\b(he|his)\b", re.I),
    "male": re.compile(r"\bshe\b", re.I),
}
_ANY_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|hers|herself|they|their|them)\b", re.I)
# A clause and the space after it, kept as written (a line break stays a line break).
_CLAUSES = re.compile(r".*?(?:[.;!?](?:\s+|$)|$)", re.S)


def another_genders_clauses_out(builder: DraftBuilder, text: str) -> str:
    """The text without the clauses whose risk is done by someone of the other gender than
    every child's: "Checks found he has a caution for assault" in a girl's referral is the
    carer's, "his violence towards mum is why she came into care" her mother's partner's
    (ConText's experiencer, read from the pronoun the risk's clause gives its doer)."""
    genders = {
        str(found.value) if found is not None and found.value is not None else None
        for found in (child.fields.get("gender") for child in builder.children)
    }
    if len(genders) != 1 or None in genders:
        return text
    (gender,) = genders
    other = _OTHER_GENDERS_SUBJECT.get(gender)
    if other is None:
        return text
    names = _names(builder)
    kept = []
    for clause in (match.group(0) for match in _CLAUSES.finditer(text) if match.group(0)):
        found = risk_terms(clause)
        if found:
            before = clause[: min(match.start() for _key, match in found)]
            pronouns = list(_ANY_PRONOUN.finditer(before))
            last = pronouns[-1] if pronouns else None
            after = (
                {word.lower() for word in re.findall(r"[A-Za-z-]+", before[last.end() :])}
                if last
                else set()
            )
            if last and other.fullmatch(last.group(0)) and not after & set(names):
                continue
        kept.append(clause)
    return "".join(kept)


# "Zofia Brannan (27) has ...", "Mark Tate, aged 41, ...": a sentence about a named adult
_ADULT_OPENING = re.compile(
    r"^\W*(?P<name>[A-Z][a-z'-]+)(?:\s+[A-Z][a-z'-]+){0,2}\s*(?:\(\s*(?:aged?\s+)?"
    r"|,\s*aged?\s+)(?P<age>1[89]|[2-9]\d)\b"
)
_PRONOUN_OPENING = re.compile(r"^\W*(?:she|he|her|his|they|their)\b", re.I)


def adults_sentences_out(builder: DraftBuilder, text: str) -> str:
    """The text without the sentences about a named adult ("Zofia Brannan (27) has been
    with us since May. She drinks heavily.") and those that go on about her by pronoun:
    a parent's or another adult's risks, not the child's (ConText's experiencer)."""
    names = _names(builder)
    kept, adults = [], False
    for sentence in _SENTENCES.split(text):
        opening = _ADULT_OPENING.match(sentence)
        if opening and opening.group("name").lower() not in names:
            adults = True
            continue
        if adults and _PRONOUN_OPENING.match(sentence):
            continue
        adults = False
        kept.append(sentence)
    return " ".join(kept) if len(kept) != len(_SENTENCES.split(text)) else text
