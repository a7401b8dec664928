"""Referrals in emails, by class: a voice note's transcript pasted into a message (spoken
prompts, no colons, fillers), a hospital's "fit for discharge" day as the start, a risk
answer the worker owes ("I'll have to check that one"), and a risk prompt with a hyphen
or a long name set off by a dash. Each document is written for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _referral(body: str) -> dict:
    return read_referral_document(email(body), today=TEST_NOW.date()).referral


def _transcript(child: str, worker: str = "Hi it's Nadia Price, social worker.") -> str:
    return (
        "Transcript of voicemail (40 seconds)\n\n"
        f"{worker} Um I'm between visits so\nthis is quicker.\n\n"
        f"{child}\n\n"
        "She needs a foster placement. Length short term.\n\n"
        "Reference is BRC 440193. My email's nadia.price@borough.example.gov.uk and my\n"
        "mobile is 07700 900412. Thanks.\n"
    )


# -- a spoken transcript -------------------------------------------------------------------

SPOKEN_CHILDREN = [
    (
        "So the young person is Mia Farrow um she goes by Mimi. Date of birth is the 3rd of\n"
        "May 2014. She's a girl. Legal status ICO. School wise Linden Academy.",
        ("Mia", "Farrow", "Mimi", "2014-05-03", "Linden Academy"),
    ),
    (
        "Right the child is Kai Benson. Date of birth is 12th March 2012. He's a boy. Legal\n"
        "status full care order. School is Northgate High School. Health, er, asthma.",
        ("Kai", "Benson", None, "2012-03-12", "Northgate High School"),
    ),
    (
        "OK so the young person's name is Ellie Shore, she goes by El. DOB is 1st of June\n"
        "2013. A girl. Legal status section 20. School, Brook Lane Primary.",
        ("Ellie", "Shore", "El", "2013-06-01", "Brook Lane Primary"),
    ),
]


@pytest.mark.parametrize(("said", "wanted"), SPOKEN_CHILDREN)
def test_a_dictated_child_is_read_from_spoken_prompts(said, wanted):
    child = _referral(_transcript(said))["children"][0]
    first, last, known_as, born, school = wanted
    assert (child.get("first_name"), child.get("last_name")) == (first, last)
    assert child.get("known_as") == known_as
    assert child.get("date_of_birth") == born
    assert (child.get("school") or {}).get("name") == school


@pytest.mark.parametrize(
    "greeting",
    [
        "Hi it's Nadia Price, social worker in the east team.",
        "Hello this is Nadia Price um the allocated social worker.",
        "Hiya it's Nadia Price social worker.",
    ],
)
def test_the_worker_who_dictated_is_the_social_worker(greeting):
    said = "So the young person is Mia Farrow. Date of birth is 3rd May 2014."
    worker = _referral(_transcript(said, greeting))["social_worker"]
    assert worker.get("name") == "Nadia Price"
    assert worker.get("email") == "nadia.price@borough.example.gov.uk"
    assert worker.get("phone") == "07700 900412"


def test_a_spoken_reference_and_length_are_read():
    referral = _referral(_transcript("So the young person is Mia Farrow."))
    assert referral.get("la_reference") == "BRC 440193"
    assert referral["placement"].get("duration") == "short_term"


def test_a_message_that_is_not_a_transcript_keeps_its_sentences():
    body = (
        "Hello,\n\nThe school is worried about attendance. Reference is in the subject.\n\n"
        "Name: Ava Lund\nDOB: 02/02/2015\n"
    )
    referral = _referral(body)
    assert referral.get("la_reference") is None
    assert referral["children"][0].get("first_name") == "Ava"


# -- a risk answer still owed --------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["I'll have to check that one.", "we need to find out.", "I will need to confirm."],
)
@pytest.mark.parametrize(
    ("prompt", "risk"),
    [
        ("Arson / fire-setting", ("to_others", "fire_setting")),
        ("Child criminal exploitation (CCE) / county lines", ("to_child", "criminal_exploitation")),
        ("Substance misuse (drugs / alcohol)", ("to_child", "drug_alcohol")),
    ],
)
def test_a_risk_the_worker_will_check_is_not_stated(prompt, risk, answer):
    body = (
        "Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n\n"
        f"Self-harm - no.\n\n{prompt} - {answer}\n"
    )
    risks = _referral(body)["children"][0].get("risks", {})
    assert risks.get(risk[0], {}).get(risk[1], {}).get("state") in (None, "not_stated")
    assert risks["to_child"]["self_harm"]["state"] == "none_known"


# -- leaving hospital ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "day", "wanted"),
    [
        ("Medically fit for discharge", "Wednesday 05/03/2025", "2025-03-05"),
        ("Fit for discharge", "07/03/2025", "2025-03-07"),
        ("Ready for discharge", "10 March 2025", "2025-03-10"),
    ],
)
def test_the_day_a_baby_is_fit_to_leave_hospital_is_the_start(label, day, wanted):
    body = (
        "Dear Placements,\n\nBaby: Noah Reid\nBorn: 01/03/2025\n"
        f"Placement: Parent and child foster placement\n{label}: {day}\n"
    )
    assert _referral(body)["placement"].get("start_date") == wanted
