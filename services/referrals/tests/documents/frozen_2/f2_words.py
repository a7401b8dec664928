"""Sentences shared by the frozen_2 layouts, each derived from a document's facts."""

from __future__ import annotations

from f2_model import Child, Doc
from f2_text import (
    ANSWERS,
    DURATION_WORDS,
    GENDER_WORDS,
    LABELS,
    LEGAL_WORDS,
    ORDINALS,
    QUESTIONS,
    SETTING_WORDS,
    URGENCY_WORDS,
    WORDS,
    pronouns,
    risk_sentence,
)


def pick(options: tuple[str, ...], v: int) -> str:
    return options[v % len(options)]


def legal(child: Child, v: int) -> str:
    return pick(LEGAL_WORDS[child.legal], v) if child.legal else ""


def setting(doc: Doc, v: int) -> str:
    return pick(SETTING_WORDS[doc.setting], v) if doc.setting else ""


def duration(doc: Doc, v: int) -> str:
    return pick(DURATION_WORDS[doc.duration], v) if doc.duration else ""


def urgency(doc: Doc, v: int) -> str:
    return pick(URGENCY_WORDS[doc.urgency], v) if doc.urgency else ""


def gender(child: Child, v: int) -> str:
    return pick(GENDER_WORDS[child.gender], v) if child.gender else ""


def risk_items(child: Child, v: int) -> list[tuple[str, str, str, str]]:
    """(key, code, label, sentence) for every risk the document states, in form order."""
    name = child.known_as or child.first
    return [
        (
            key,
            code,
            pick(LABELS[key], v),
            child.risk_text.get(key) or risk_sentence(key, code, name, child.gender, v + i),
        )
        for i, (key, code) in enumerate(child.risk_codes.items())
    ]


def risk_answer(key: str, code: str, sentence: str, v: int) -> str:
    """A short answer to a risk prompt: 'No' or 'Yes - <detail>'."""
    if code == "N":
        return pick(ANSWERS["N"], v)
    return pick(ANSWERS[code], v) + sentence


def question(key: str) -> str:
    return QUESTIONS[key]


def ft_lines(child: Child) -> list[str]:
    lines = [text for *_, text in child.ft or []]
    lines += [text for _, text in child.no_contact]
    if child.ft == [] and not child.no_contact:
        lines.append("No family time at present: no family member is in contact.")
    return lines


def history_words(child: Child, v: int) -> str:
    n, p = child.known_as or child.first, pronouns(child.gender)
    k = child.history
    if k is None:
        return ""
    if k == 0:
        return pick(
            (
                f"{n} has not been looked after before.",
                "Not previously looked after.",
                f"{n} has never been in a placement.",
            ),
            v,
        )
    if k == 1:
        return pick(
            (
                f"This is {n}'s first placement: {p['he']} came into care this year and is still with the same carers.",
                f"{n} has been in one placement only (the current one).",
                f"First time in care; the current placement is {p['his']} only placement.",
            ),
            v,
        )
    return pick(
        (
            f"{n} is in {p['his']} {ORDINALS[k - 1]} placement.",
            f"{n} has had {WORDS[k - 1]} previous placement{'s' if k > 2 else ''} before the current one.",
            f"{WORDS[k].capitalize()} placements in all, including the current one.",
        ),
        v,
    )
