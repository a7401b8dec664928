"""A chat export's senders (issue 12, class 3): a phone's contact name of one word
("Femi") or with a role after it ("Kerry SW", "Jo Placements", "Lee (Placements)") still
starts a message; the worker's whole name is the one they write beside their own email
("Me: Kerry Rimmer, kerry.rimmer@..."), not the contact name; the export's placeholders
("<Media omitted>") are not text. A team channel copied from its app ("[2026-11-17 09:05]
Name (SW)", "[Today at 09:05] Name") dates the referral by the worker's own request, not
someone's heads-up before it, and never by a day it does not show; its emphasis
("*Ivo Pell*") is read as words, and its "field: answer" lines are answers each. Every chat
here is written for this test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _chat(worker: str, officer: str, own_line: str) -> bytes:
    lines = [
        f"18/11/2026, 09:00 - {officer}: Hi, is this about Tam?",
        f"18/11/2026, 09:02 - {worker}: Yes, Tam needs a planned long-term foster home",
        f"18/11/2026, 09:03 - {worker}: Tam Rudd",
        "DOB 01/02/2013, M",
        "Legal: S20",
        f"18/11/2026, 09:04 - {worker}: <Media omitted>",
        f"18/11/2026, 09:05 - {worker}: {own_line}",
        f"18/11/2026, 09:06 - {officer}: Thanks, will send out today",
    ]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("worker", "officer", "own_line", "name"),
    [
        (
            "Kerry SW",
            "Jo Placements",
            "Me: Kerry Rimmer, kerry.rimmer@sthelens.example.gov.uk, 07700 900 418",
            "Kerry Rimmer",
        ),
        (
            "Femi",
            "Sam Placements",
            "femi.balogun@merton.example.gov.uk - Femi Balogun",
            "Femi Balogun",
        ),
        (
            "Paige CSC",
            "Lee (Placements)",
            "Paige Robson, paige.robson@darlington.example.gov.uk",
            "Paige Robson",
        ),
        ("Ola Reyes", "Jo Placements", "My email is ola.reyes@example.gov.uk", "Ola Reyes"),
    ],
)
def test_the_worker_is_named_by_their_own_line(worker, officer, own_line, name):
    draft = read_referral_document(_chat(worker, officer, own_line), today=TODAY)
    assert draft.social_worker.name.value == name
    assert draft.social_worker.email.value is not None
    assert [child.first_name.value for child in draft.children] == ["Tam"]
    assert str(draft.referral_date.value) == "2026-11-18"


def test_a_contact_name_with_its_role_is_not_a_whole_name():
    draft = read_referral_document(
        _chat("Kerry SW", "Jo Placements", "kerry.rimmer@sthelens.example.gov.uk"), today=TODAY
    )
    assert draft.social_worker.name.value == "Kerry"


def test_a_placeholder_is_not_an_answer():
    draft = read_referral_document(
        _chat("Ola Reyes", "Jo Placements", "ola.reyes@example.gov.uk"), today=TODAY
    )
    assert "Media omitted" not in draft.model_dump_json()


def _channel(stamps: tuple[str, str, str]) -> bytes:
    """A team channel copied out of its app: the officer's heads-up, then the worker's
    request with their details, then the child's own message with fields under it."""
    heads_up, request, child = stamps
    lines = [
        "#north-placements",
        f"[{heads_up}] Dev Amin (Placements Officer)",
        "    heads up - a request for two brothers is coming in the morning",
        f"[{request}] Mara Quist (SW)",
        "    Mara Quist, CLA team, mara.quist@example.gov.uk, 01632 960117",
        "    Looking for a long-term foster home for two brothers",
        f"[{child}] Mara Quist (SW)",
        "    *Ivo Pell* - 03/04/2014 - boy",
        "    legal: ICO",
        "    school: Fenwick Academy (Y7)",
        "    family time: mum fortnightly (supervised at the centre, with his brother)",
        "    placements: 2 - both with the current carers",
        "    health: asthma",
    ]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("stamps", "referral_date"),
    [
        (("2026-11-16 17:40", "2026-11-17 09:05", "2026-11-17 09:08"), "2026-11-17"),
        (("16/11/2026 17:40", "17/11/2026 09:05", "17/11/2026 09:08"), "2026-11-17"),
        # an app's copy shows no day: none is read (never the upload's day)
        (("Yesterday at 17:40", "Today at 09:05", "Today at 09:08"), None),
    ],
)
def test_a_channels_referral_date_is_the_workers_request(stamps, referral_date):
    referral = read_referral_document(_channel(stamps), today=TODAY).referral
    assert referral.get("referral_date") == referral_date
    assert referral["social_worker"]["name"] == "Mara Quist"
    assert referral["social_worker"]["email"] == "mara.quist@example.gov.uk"
    child = referral["children"][0]
    assert (child["first_name"], child["last_name"]) == ("Ivo", "Pell")
    assert (child["date_of_birth"], child["gender"]) == ("2014-04-03", "male")
    # each labelled line is its own answer, not a sentence wrapped onto the next
    assert child["legal_status"] == "C1"
    assert child["family_time"][0]["frequency"] == "fortnightly"
    assert child["previous_placements_count"] == 2


@pytest.mark.parametrize(
    ("line", "first", "age", "gender"),
    [
        ("Summer Vane - 14 - girl", "Summer", 14, "female"),
        ("Rio Tate \u2013 9 yrs \u2013 M", "Rio", 9, "male"),
    ],
)
def test_a_childs_line_with_an_age_for_the_birth(line, first, age, gender):
    text = f"Placement request\nWorker: Mara Quist\n{line}\nlegal: S20\n"
    child = read_referral_document(text.encode(), today=TODAY).referral["children"][0]
    assert (child["first_name"], child.get("age_years"), child["gender"]) == (first, age, gender)


def test_a_meetings_line_with_a_day_is_not_a_child():
    text = "Placement request\nPlanning Meeting - 20/11/2026\nChild: Ada Kemp, born 02/02/2014.\n"
    children = read_referral_document(text.encode(), today=TODAY).referral["children"]
    assert [child["first_name"] for child in children] == ["Ada"]
