"""A signature whose first line is the worker's short sign-off over her whole name, and a
role line naming her team (issue 12, class 3): the name is hers, never the team's."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.people import looks_like_name

TODAY = TEST_NOW.date()


def _worker(signature: str) -> dict:
    text = f"Placement request for Ollie, ref WX-2211.\n\n{signature}\n"
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    scope = draft.model_dump(mode="json")["social_worker"]
    return {key: scope[key]["value"] for key in ("name", "phone")}


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Becs\nBecky Holt\nSocial Worker, Family Support Team\nT: 01632 960412", "Becky Holt"),
        (
            "Tom\nThomas Ridley\nSocial Worker, Early Help and Intervention\n01632 960412",
            "Thomas Ridley",
        ),
        (
            "Thomas Ridley\nSocial Worker, Child Protection and Assessment\n01632 960412",
            "Thomas Ridley",
        ),
    ],
)
def test_the_sign_off_over_the_whole_name_leaves_the_name_the_workers(signature, name):
    assert _worker(signature) == {"name": name, "phone": "01632 960412"}


@pytest.mark.parametrize(
    "team",
    ["Family Solutions Plus", "Early Help Hub", "Child Protection", "Youth Justice Service"],
)
def test_a_teams_name_is_no_persons(team):
    assert not looks_like_name(team)


def test_a_grid_row_left_blank_after_its_tab_takes_no_answer_from_below():
    """ "Fire setting<tab>" with nothing in its cell, the sign-off "S" lines below: the
    row is a gap, not "S"."""
    text = (
        "Ref: WX-2211\n\tOllie\nFull name\tOllie Rudd\nDOB\t01/01/2013\n"
        "Self harm\tNo\nFire setting\t\n\n\n\nS\nSam Ellery\nSocial Worker\n"
    )
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    assert risks["to_others"]["fire_setting"]["value"] == "not_stated"
    assert risks["to_child"]["self_harm"]["value"] == "none_known"
