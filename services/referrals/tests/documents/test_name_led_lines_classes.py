"""Quick referrals typed in an email or a summary (issue 12, classes 2, 3 and 5), in my own
words: a line led by the child's name and the name they go by, then their own details; a
reference typed with its label on one line is no prompt for the sign-off below it; the day
a summary was released to placements is the referral date."""

from __future__ import annotations

from datetime import date

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _draft(text: str):
    return read_referral_document(text.encode(), filename="note.txt", today=TODAY)


@pytest.mark.parametrize(
    ("line", "first", "known", "born"),
    [
        ("Rhys Penhale (goes by Pen) - boy, 04/05/2011", "Rhys", "Pen", date(2011, 5, 4)),
        ("Jodie Marr (known as JoJo) \u2013 girl, 12/12/2014", "Jodie", "JoJo", date(2014, 12, 12)),
        ("Ari Feld \u2013 called Bo at home", "Ari", "Bo", None),
    ],
)
def test_a_line_led_by_the_childs_name(line, first, known, born):
    text = f"Hi Sam,\n\nFoster home needed please.\n\n{line}\nSchool: Oak Hill\n"
    if born is None:
        text += "DOB: 01/01/2015\n"
    child = _draft(text).children[0]
    assert child.first_name.value == first
    assert child.known_as.value == known
    assert child.date_of_birth.value == (born or date(2015, 1, 1))


def test_a_reference_typed_with_its_label_does_not_take_the_sign_off():
    message = email(
        "Hi Jo,\n\nOne boy, Luca Brandt, DOB 02/02/2012, needs a foster home.\n\n"
        "Our ref KEN 204 118\n\nThanks, Sam\n07700 900 115\n",
    )
    draft = read_referral_document(message, today=TODAY)
    assert draft.social_worker.name.value == "Sam Lee"


@pytest.mark.parametrize(
    "label",
    [
        "Summary released to Placements",
        "Released to placements",
        "Report shared to placements",
        "Placement request sent to Placements",
        "Summary sent to placement search",
    ],
)
def test_the_day_a_summary_was_released_to_placements(label):
    assert field_for(label) == "referral_date"


@pytest.mark.parametrize(
    ("sentence", "known"),
    [
        ("Priya (known to her friends as Pree) is a girl born 02/02/2013.", "Pree"),
        ("Priya (likes to be called 'Pip') settled well.", "Pip"),
        ("Priya (also known as Jaya) attends Oak School.", "Jaya"),
    ],
)
def test_the_name_a_child_goes_by_said_in_a_bracket(sentence, known):
    draft = _draft(f"Name: Priya Lal\nDOB: 02/02/2013\n\n{sentence}\n")
    assert draft.children[0].known_as.value == known


def test_a_bracket_that_says_nothing_of_a_name_gives_none():
    draft = _draft("Name: Priya Lal\nDOB: 02/02/2013\n\nPriya (aged 13) settled well.\n")
    assert draft.children[0].known_as.value is None
