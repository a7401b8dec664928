"""Risk rows left blank in running text: a risk's name alone on its line, with no answer.

A form typed out as lines prints each risk's name and its answer after a colon ("CSE:
Suspected"); a row nobody answered is the name alone ("CCE"), which is a gap to ask about,
not a risk named as present. Two shapes say so without reading the words around it: the
bare name sits in a run of risk rows of the same part of which some are answered ("Risk:
CSE: None" over "Risk: HSB"), or it is one of a run of bare names that lists most of the
form's risks (the form's prompts printed with nothing filled in: no child has all of
them). A short list of bare names under a "Risks" heading, with no row answered, is left
to be read as it is written."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.blank_items import bare_risk_name
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["blank_risk_rows"]

# A run of bare names this long is the form's own list of risks, not the child's
_FORMS_LIST = 6
_RISKS_HEADING = re.compile(r"^\W*(?:known |identified |current )?risks?\b", re.I)
# "self-harm: None", "CCE (victim) - no": a risk's name and its answer in the row's value
_NAME_AND_ANSWER = re.compile(
    r"^(?P<name>[^:\u2013]{2,60}?)\s*(?::|\s[-\u2013]\s)\s*(?P<answer>\S.*)$"
)


# A label that only says the row is a risk ("Risk:", "Known risks:"), not which one
_GENERIC_LABEL = re.compile(r"^\W*(?:known |identified |current )?risks?\W*$", re.I)


# A heading's label over a list of risks that names none of them: "Safety and wellbeing /
# risk of serious harm"
_ABOUT_RISKS = re.compile(r"\brisks?\b", re.I)


def _generic_label(answer: Answer) -> bool:
    """No label, or one that only says the row is a risk ("Risk:", "Known risks:"), or a
    heading about risks that names none ("Risk of serious harm: Self-harm")."""
    if not answer.label or _GENERIC_LABEL.match(answer.label):
        return True
    return bool(_ABOUT_RISKS.search(answer.label)) and not risk_terms(answer.label)


def _anothers_name(answer: Answer) -> bool:
    """A risk's row whose answer is only another risk's name: "Sexualised behaviour:" left
    blank, the next row's "Fire" read as its answer. Neither row was answered."""
    asked = {key for key, _match in risk_terms(answer.label)} if answer.label else set()
    named = bare_risk_name(answer.value) if asked and not answer.options else None
    return named is not None and named not in asked


def _bare_name(answer: Answer, *, under_a_heading: bool = False) -> bool:
    """A line that is only one risk's name ("Self-harm", "CCE", "Missing from care"); with
    ``under_a_heading``, also the first of a list whose label is a heading over it ("Risks
    to self and others: Self-harm")."""
    heading = under_a_heading and _RISKS_HEADING.match(answer.label)
    if not (_generic_label(answer) or heading) or answer.options:
        return False
    return bare_risk_name(answer.value) is not None


def _answered_row(answer: Answer) -> bool:
    """A risk's row with its answer: "Self-harm | None", or "Risk: CSE: None" in one line."""
    if answer.label and risk_terms(answer.label):
        return bool(answer.value.strip())
    found = _NAME_AND_ANSWER.match(answer.value.strip()) if _generic_label(answer) else None
    return bool(found and bare_risk_name(found.group("name")))


def blank_risk_rows(answers: list[Answer]) -> set[int]:
    """The positions in ``answers`` of risk rows left blank (see the module's words)."""
    blank = {index for index, answer in enumerate(answers) if _anothers_name(answer)}
    run: list[int] = []
    for index, answer in enumerate([*answers, None]):
        if answer is not None and _bare_name(answer, under_a_heading=True):
            run.append(index)
            continue
        if len(run) >= _FORMS_LIST:
            blank.update(run)
        run = []
    # a run of risk rows in one part, some answered: its bare names were left blank
    rows: list[int] = []
    for index, answer in enumerate([*answers, None]):
        if (
            answer is not None
            and (_bare_name(answer) or _answered_row(answer))
            and (not rows or answers[rows[-1]].part == answer.part)
        ):
            rows.append(index)
            continue
        if any(_answered_row(answers[row]) for row in rows):
            blank.update(row for row in rows if _bare_name(answers[row]))
        rows = (
            [index] if answer is not None and (_bare_name(answer) or _answered_row(answer)) else []
        )
    return blank
