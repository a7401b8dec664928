"""Shorthand that names its topic after the answer: "n/a - baby re school", "none - with
mum since birth (placements)".

A worker typing on a phone writes the answer first and the question it answers after it,
behind "re" ("regarding") or in brackets. Each such clause is read as that topic's own
answer ("School: n/a - baby"), added after the line it was written in; the line itself is
kept as it is.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["topics_after"]

# The topics a clause may name after itself: a child's own details, never a risk
_TOPICS = {"school", "history", "health", "family_time", "legal_status", "known_as"}
_CLAUSES = re.compile(r"(?<=[.;,])\s+(?=\S)|\n")
# "n/a - baby re school", "none - with mum since birth (placements)"
_RE_TOPIC = re.compile(r"^(?P<answer>\S.{0,80}?)\s+(?i:re:?)\s+(?P<topic>[a-z][a-z ]{2,20}?)\W*$")
_BRACKET_TOPIC = re.compile(r"^(?P<answer>\S.{0,80}?)\s*\((?P<topic>[a-z][a-z ]{2,20})\)\W*$")


def _topic_answers(answer: Answer) -> list[Answer]:
    found = []
    for clause in _CLAUSES.split(answer.value):
        said = _RE_TOPIC.match(clause) or _BRACKET_TOPIC.match(clause)
        if said is None:
            continue
        topic = said.group("topic").strip()
        if field_for(topic, answer.part) in _TOPICS:
            value = said.group("answer").strip(" ,;:-\u2013")
            found.append(Answer(topic.capitalize(), value, answer.block))
    return found


def topics_after(answers: list[Answer]) -> list[Answer]:
    """The answers, each followed by the topic answers its shorthand clauses give."""
    read: list[Answer] = []
    for answer in answers:
        read.append(answer)
        if not answer.options:
            read.extend(_topic_answers(answer))
    return read
