"""Risk rows left blank in running text: a risk's name alone on its line, with no answer.

A form typed out as lines prints each risk's name and its answer after a colon ("CSE:
Suspected"); a row nobody answered is the name alone ("CCE"), which is a gap to ask about,
not a risk named as present. Two shapes say so without reading the words around it: the
bare name sits among answered rows of the same list (the row above or below is a risk's
name with its answer), or it is one of a run of bare names that lists most of the form's
risks (the form's prompts printed with nothing filled in: no child has all of them). A
short list of bare names under a "Risks" heading is left to be read as it is written."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.risk_words import RISK_TERMS, risk_terms

__all__ = ["blank_risk_rows"]

# A run of bare names this long is the form's own list of risks, not the child's
_FORMS_LIST = 6
_LEFTOVER = re.compile(
    r"\b(and|or|of|to|from|for|the|risks?|others?|self|care|home|child|misuse|use|abuse"
    r"|behaviou?rs?|episodes?|concerns?|issues?)\b|\W+",
    re.I,
)


_RISKS_HEADING = re.compile(r"^\W*(?:known |identified |current )?risks?\b", re.I)


def _bare_name(answer: Answer) -> bool:
    """A line that is only one risk's name ("Self-harm", "CCE", "Missing from care")."""
    text = answer.value.strip()
    heading = _RISKS_HEADING.match(answer.label)  # "Risks to self and others:" over the first
    if (answer.label and not heading) or answer.options or not text or len(text.split()) > 6:
        return False
    found = risk_terms(text)
    if len({key for key, _match in found}) != 1:
        return False
    rest = RISK_TERMS[found[0][0]].sub(" ", text)
    return not _LEFTOVER.sub("", rest).strip()


def _answered_row(answer: Answer) -> bool:
    return bool(answer.label and answer.value.strip() and risk_terms(answer.label))


def blank_risk_rows(answers: list[Answer]) -> set[int]:
    """The positions in ``answers`` of risk rows left blank (see the module's words)."""
    blank: set[int] = set()
    run: list[int] = []
    for index, answer in enumerate([*answers, None]):
        if answer is not None and _bare_name(answer):
            run.append(index)
            continue
        if len(run) >= _FORMS_LIST:
            blank.update(run)
        run = []
    for index, answer in enumerate(answers):
        if index in blank or answer.label or not _bare_name(answer):
            continue
        neighbours = answers[max(index - 1, 0) : index] + answers[index + 1 : index + 2]
        if any(_answered_row(other) and other.part == answer.part for other in neighbours):
            blank.add(index)
    return blank
