"""The child a document is about, when no label names them (issue 12, class 2), in my own
words: the first name comes back, and the whole name stands beside a child's fact (born,
aged, a boy or girl, their details below it). Adults named with a title or a role, words
the document also writes in lower case, and a tie between two people name nobody."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _first_names(text: str) -> list:
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    return [child.first_name.value for child in draft.children]


CASES = [
    (
        # a heading naming the child over their details, the first name again in a note
        "Request for a foster home\nSocial worker: Kim Lyle\n\n"
        "Rhys settled quickly at school this term.\n"
        "*** Rhys Garton ***\nBorn: 03/04/2015\nGender: male\n",
        "Rhys",
    ),
    (
        # the mother named first, the baby beside his birth
        "Hello, the visiting nurse's note for Kerry Boon follows. Baby Alfie Boon was born "
        "on 2 November 2026, a boy. Kerry and Alfie go home on Friday; Alfie feeds well.\n"
        "Regards, Jo Rudd, social worker\n",
        "Alfie",
    ),
    (
        # called by the first name alone, again and again, without a fact beside the name
        "Placement note\nTilly Marsh moved in on Monday. Tilly likes drawing. Tilly was "
        "quiet at tea. Mrs Dunn says Tilly sleeps well.\nWorker: Sam Ode\n",
        "Tilly",
    ),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_the_child_the_document_is_about(text, name):
    assert _first_names(text) == [name]


NOBODY = [
    # a service's name, the first word also written in lower case
    "Family Finding panel notes\nThe family finding team met. Family Finding will report.\n"
    "Family Finding asked for more. Worker: Sam Ode\n",
    # two people named as often, neither beside a child's fact
    "Note\nDana Price called. Dana asked for news. Lee Hart called. Lee asked too.\n",
    # the worker, whose role stands after the name
    "Referral\nPriya Nair, social worker. Priya will call. Priya is on duty. Priya again.\n",
]


@pytest.mark.parametrize("text", NOBODY)
def test_no_name_when_no_one_clearly_leads(text):
    assert _first_names(text) in ([], [None])  # no child named (none read, or one unnamed)


# What other services call the one person their paper is about.
LABELS = [
    ("Pupil", "child_name"),
    ("Learner name", "child_name"),
    ("Patient", "child_name"),
    ("About me", "child_name"),
    ("Young person referred", "child_name"),
    ("Who is this referral about?", "child_name"),
    ("Patient NHS number", None),  # the patient's number, not their name
    ("Referral for", None),  # as often the kind of home asked for
]


@pytest.mark.parametrize(("label", "field"), LABELS)
def test_labels_naming_the_child_in_other_services_words(label, field):
    assert field_for(label) == field


def test_a_pupils_name_is_the_childs():
    text = "Personal education plan\nPupil: Callum Price\nDate of birth: 05/05/2011\n"
    assert _first_names(text) == ["Callum"]
