"""What a worker's reply does to the request below it (issue 12, class 3): a reply that
makes the request an emergency, answers written after an owed "tbc" behind the replier's
initials, and a question put to someone by name, whose next words are not its answer."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.answers import _answered_after, _is_label_line
from hearth_referrals.documents.rules.corrections import corrections

TODAY = TEST_NOW.date()


@pytest.mark.parametrize(
    ("said", "urgency"),
    [
        ("Quick update: this is now an emergency as the carers have given notice.", "emergency"),
        ("The request is now URGENT - she cannot go home tonight.", "urgent"),
        ("Good news, the placement is now planned, not an emergency.", "planned"),
    ],
)
def test_a_reply_that_changes_the_requests_urgency_corrects_it(said, urgency):
    assert [(c.label, c.value.lower()) for c in corrections(said)] == [("urgency", urgency)]


@pytest.mark.parametrize(
    ("value", "answer"),
    [
        ("tbc  KM: St Anne's Primary", "St Anne's Primary"),
        ("TBC - Priya: Dad every Saturday", "Dad every Saturday"),
        ("??  JH: 12/03/2015", "12/03/2015"),
        ("not known  AB: Care order", "Care order"),
        # a person the answer names is the answer's own, never a replier's initials
        ("tbc - Mum: weekly", "tbc - Mum: weekly"),
        ("TBC  Nan: Saturdays", "TBC  Nan: Saturdays"),
        # an answer that is given stays as it is
        ("Castle Hill School", "Castle Hill School"),
        ("tbc", "tbc"),
    ],
)
def test_a_reply_written_after_an_owed_answer_is_the_answer(value, answer):
    assert _answered_after(value) == answer


def _read(text: str) -> dict:
    draft = read_referral_document(text.encode(), filename="reply.txt", today=TODAY)
    return draft.model_dump(mode="json")


def test_a_question_put_to_someone_by_name_is_not_a_label_and_answer():
    text = (
        "From the placements team:\n"
        "Ellen - which school does Maisie go to? The carers will ask. Tom\n\n"
        "Child's name: Maisie Cole\nDate of birth: 02/02/2014\nSchool: Brook Lane Academy\n"
    )
    child = _read(text)["children"][0]
    assert child["school"]["name"]["value"] == "Brook Lane Academy"


def test_a_form_question_stays_a_label():
    text = "Child's name: Maisie Cole\nWhat school does the child attend? Brook Lane Academy\n"
    child = _read(text)["children"][0]
    assert child["school"]["name"]["value"] == "Brook Lane Academy"


@pytest.mark.parametrize(
    ("line", "label_line"),
    [
        ("Placement - is it an emergency? Yes", True),
        ("Mum - is contact supervised? Yes, at the family centre", True),
        ("Laura - what school is Lacey at? We need it for the carers.", False),
        ("Dev, can you tell me which school she goes to? Thanks", False),
    ],
)
def test_only_a_question_put_to_a_named_person_is_no_label(line, label_line):
    assert _is_label_line(line) is label_line
