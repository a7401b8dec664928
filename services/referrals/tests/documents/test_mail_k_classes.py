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


# -- a parent-and-child referral: the parent's story is not the baby's risks --------------

_RISKS_FOR_BABY = (
    "Risks for baby:\nSelf-harm: None\nChild sexual exploitation (CSE): None\n"
    "Substance misuse (drugs / alcohol): None\nMissing from care / MISPER: None\n"
    "Child criminal exploitation (CCE) / county lines: None\n"
)


@pytest.mark.parametrize(
    ("parent", "risk"),
    [
        (
            "Mum is Kerry Slade (20), a care leaver. History of crack cocaine use, now on a "
            "script. She overdosed twice as a teenager.",
            ("to_child", "drug_alcohol"),
        ),
        (
            "Dad is Lewis Orme (23). He was groomed into county lines at 15 and has a "
            "conviction for possession.",
            ("to_child", "criminal_exploitation"),
        ),
        (
            "Mother is Tia Brough (17), looked after by the borough. Concerns: CSE in 2024 "
            "and repeated missing episodes.",
            ("to_child", "sexual_exploitation"),
        ),
    ],
)
def test_a_paragraph_about_the_parent_tells_none_of_the_babys_risks(parent, risk):
    body = (
        f"Dear Placements,\n\n{parent}\n\nBaby: Noah Reid\nBorn: 01/03/2025\nSex: Boy\n\n"
        f"{_RISKS_FOR_BABY}\nPlacement: Parent and child foster placement\n"
    )
    risks = _referral(body)["children"][0]["risks"]
    assert risks[risk[0]][risk[1]]["state"] == "none_known"


@pytest.mark.parametrize(
    "turn",
    [
        "The child uses cannabis daily.",
        "Ava uses cannabis daily.",
        "The young person smokes cannabis.",
    ],
)
def test_a_paragraph_that_turns_to_the_child_keeps_the_childs_own_risk(turn):
    body = (
        "Hello,\n\nName: Ava Lund\nDOB: 02/02/2012\nPlacement: foster care\n\n"
        f"Mum is Kerry Slade, who has a new partner. {turn}\n"
    )
    risks = _referral(body)["children"][0].get("risks", {})
    assert risks.get("to_child", {}).get("drug_alcohol", {}).get("state") == "present"


# -- how long -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "wanted"),
    [
        ("Short term, possibly long term", "short_term"),
        ("Short-term (may become long-term)", "short_term"),
        ("Long term, possibly short term at first", "long_term"),
        ("Parent and child assessment (12 weeks)", "short_term"),
        ("Assessment", "short_term"),
        ("Parenting assessment", "short_term"),
    ],
)
def test_a_duration_with_a_maybe_or_an_assessment_is_read(answer, wanted):
    body = (
        f"Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\nDuration: {answer}\n"
    )
    assert _referral(body)["placement"].get("duration") == wanted


# -- placements counted in words, a newborn never placed ------------------------------------


@pytest.mark.parametrize(
    ("answer", "wanted"),
    [
        ("Two, she's settled with her long-term carers", 2),
        ("three - all with the same agency", 3),
        ("4; the last one ended in June", 4),
        ("Hospital only", 0),
        ("In hospital since birth", 0),
        # the placement the child is in now is one of those before the one asked for (the
        # convention of training_v's and training_w's writers, and the officer's reading)
        ("Two, including the current one", 2),
    ],
)
def test_a_count_said_first_or_a_newborn_in_hospital_is_the_placements_count(answer, wanted):
    body = (
        "Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n"
        f"Previous placements: {answer}\n"
    )
    assert _referral(body)["children"][0].get("previous_placements_count") == wanted


# -- no contact with a parent's partner, named ----------------------------------------------


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("No contact with mum's ex-partner Ryan.", "mum's ex-partner ryan"),
        (
            "No contact with her dad's girlfriend Kelly (harassment order).",
            "dad's girlfriend kelly",
        ),
        ("No contact with mother's former partner.", "mother's former partner"),
    ],
)
def test_no_contact_with_a_parents_partner_keeps_who_they_are(said, wanted):
    body = (
        "Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n"
        f"Family time: Mum fortnightly, supervised. {said}\n"
    )
    assert wanted in _referral(body)["children"][0].get("no_contact_with", [])


# -- an answer still owed is asked again -----------------------------------------------------


def _questions(body: str) -> set[str]:
    draft = read_referral_document(email(body), today=TEST_NOW.date())
    return {item.pointer for item in draft.missing}


@pytest.mark.parametrize(
    ("label", "answer", "question"),
    [
        ("Previous placements", "Several - details to follow.", "/children/0/placement_history"),
        ("Placement history", "I'll have to check the history", "/children/0/placement_history"),
        ("Start date", "Not yet - awaiting the consultant's review", "/placement/start_date"),
        (
            "Family time",
            "Father not known; family time to be discussed.",
            "/children/0/family_time",
        ),
        (
            "Family time",
            "Dad unknown. Contact to be discussed at the review.",
            "/children/0/family_time",
        ),
    ],
)
def test_an_answer_the_la_still_owes_is_asked_for(label, answer, question):
    body = f"Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n{label}: {answer}\n"
    assert question in _questions(body)


@pytest.mark.parametrize(
    ("label", "answer", "question"),
    [
        (
            "Previous placements",
            "Several foster placements since 2022",
            "/children/0/placement_history",
        ),
        ("Family time", "Mum weekly; contact with dad to be arranged.", "/children/0/family_time"),
        ("Family time", "To be arranged with mum", "/children/0/family_time"),
    ],
)
def test_an_answer_given_is_not_asked_for_again(label, answer, question):
    body = f"Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n{label}: {answer}\n"
    assert question not in _questions(body)


# -- a phone number broken by the wrap --------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "rest", "wanted"),
    [
        (
            "Allocated worker: Ola Ade, ola.ade@borough.example.gov.uk, 020",
            "7946 0318",
            "020 7946 0318",
        ),
        (
            "Social worker: Ola Ade, ola.ade@borough.example.gov.uk, tel 01632",
            "960412",
            "01632 960412",
        ),
        (
            "Social worker: Ola Ade (ola.ade@borough.example.gov.uk), mobile 07700",
            "900 512",
            "07700 900 512",
        ),
    ],
)
def test_a_phone_number_wrapped_onto_the_next_line_is_whole(first, rest, wanted):
    body = f"Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n\n{first}\n{rest}\n"
    phone = _referral(body)["social_worker"].get("phone") or ""
    assert phone.replace(" ", "") == wanted.replace(" ", "")


# -- what a habit is not for -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "She rocks and hums when anxious, but not to injure herself.",
        "He bites his nails when worried, never to hurt himself.",
        "She twirls her hair when stressed, not in order to harm herself.",
    ],
)
def test_a_habit_said_not_to_be_self_harm_is_not_self_harm(said):
    body = f"Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n\n{said}\n"
    risks = _referral(body)["children"][0].get("risks", {})
    assert risks.get("to_child", {}).get("self_harm", {}).get("state") != "present"


def test_a_harm_done_after_a_not_to_is_still_present():
    body = (
        "Hello,\n\nName: Ava Lund\nDOB: 02/02/2015\nPlacement: foster care\n\n"
        "She tries not to hurt herself but cut her arm last week.\n"
    )
    risks = _referral(body)["children"][0]["risks"]
    assert risks["to_child"]["self_harm"]["state"] == "present"
