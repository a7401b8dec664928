"""The request's own facts where a new writer's paper puts them (issue 12, sixteenth
session): the day the paper was sent on, named by the act of sending it; a worker named by
their team's task; a large-type line that ends a sentence is no Part heading; a sign-off
with the writer's first name on its line; a request made "asking for" a home; the homes a
child had, asked as "Been in care before?"; key facts run together in lower case. Every
case is written for this test.
"""

from __future__ import annotations

import io

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.history import first_placement, history_from_text
from hearth_referrals.documents.rules.labels import field_for
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
CHILD = "Child's name: Orla Penhallow\nDate of birth: 03/09/2014\n"


def _draft(data: bytes):
    return read_referral_document(data, today=TODAY)


# --- the day the paper went: the act of sending, issuing or passing it on --------------


@pytest.mark.parametrize(
    "label",
    [
        "Sent to Access to Resources",
        "Forwarded to the brokerage hub",
        "Emailed to Children's Resources",
        "Submitted to the sufficiency service",
        "Bid invitation issued",
        "Tender sent",
        "Invitation circulated",
    ],
)
def test_a_label_naming_the_sending_of_the_paper_is_the_referral_date(label):
    assert field_for(label) == "referral_date"
    text = f"Placement request\n{label}: 12/10/2026\nPanel met: 02/10/2026\n{CHILD}"
    assert _draft(text.encode()).referral.get("referral_date") == "2026-10-12"


@pytest.mark.parametrize(
    "label", ["Bids close", "Referred to CAMHS", "Panel sat", "Date of admission"]
)
def test_a_deadline_a_meeting_or_another_service_is_not_the_referral_date(label):
    assert field_for(label) != "referral_date"


# --- the worker named by their team's task ---------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Disabled Children's Team worker",
        "Children in Care Team worker",
        "Leaving Care Team worker",
    ],
)
def test_a_teams_worker_is_the_childs_worker(label):
    assert field_for(label) == "social_worker.name"
    text = f"Request for short breaks\n{label}: Petra Mountjoy\n{CHILD}"
    assert _draft(text.encode()).referral["social_worker"]["name"] == "Petra Mountjoy"


@pytest.mark.parametrize(
    "label",
    ["Youth offending team worker", "Youth justice case manager", "Fostering team worker"],
)
def test_another_services_team_worker_is_not_the_childs_worker(label):
    assert field_for(label) is None


# --- a heading-sized line that ends the sentence above it -------------------------------


def _letter_pdf(lines: list[tuple[str, int]]) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    top = 790
    for text, size in lines:
        page.setFont("Helvetica", size)
        page.drawString(50, top, text)
        top -= size * 1.3
    page.save()
    return buffer.getvalue()


def test_a_large_line_carrying_on_the_one_above_does_not_make_its_last_word_a_part():
    body = [
        ("Hartwell Borough Council - Legal Planning", 10),
        ("Letter dated 1 October 2026", 10),
        ("A NOTICE ABOUT YOUR CHILD - PLEASE READ THIS CAREFULLY AND TAKE IT TO A", 14),
        ("SOLICITOR", 14),
    ]
    facts = [
        "Social worker: Miriam Eldridge",
        "Email: miriam.eldridge@hartwell.example.gov.uk",
        "Phone: 01632 960 481",
        "Baby: Ivy Penhallow",
        "Born: 20/09/2026",
    ]
    data = _letter_pdf(body + [(line, 10) for line in facts])
    worker = _draft(data).referral.get("social_worker") or {}
    assert worker.get("name") == "Miriam Eldridge"
    assert worker.get("email") == "miriam.eldridge@hartwell.example.gov.uk"


# --- a sign-off with the first name on its own line ------------------------------------


@pytest.mark.parametrize("sign_off", ["Thanks, Sam", "Many thanks Sam", "Kind regards, Sam"])
def test_a_sign_off_with_the_senders_first_name_makes_the_sender_the_worker(sign_off):
    body = (
        "Hello,\n\nWe need a foster placement for Orla, planned, long term.\n"
        f"{CHILD}\n{sign_off}\nSam Lee, Child in Need Team, 01632 960 377\n"
    )
    worker = _draft(email(body)).referral.get("social_worker") or {}
    assert worker.get("name") == "Sam Lee"
    assert worker.get("email") == "sam.lee@kent.gov.uk"
    assert worker.get("phone") == "01632 960 377"


# --- a request made in plain words: "asking for" -------------------------------------------


@pytest.mark.parametrize(
    "sentence,setting",
    [
        ("We are asking for a residential home for Orla.", "residential"),
        ("Her worker asks for a foster family, long term.", "fostering"),
        ("We have asked for supported accommodation for her.", "supported_accommodation"),
    ],
)
def test_asking_for_a_home_is_the_request(sentence, setting):
    body = f"Hello,\n\n{sentence}\n{CHILD}\nRegards\nSam Lee\n"
    assert _draft(email(body)).referral["placement"].get("setting") == setting


# --- the homes a child had, asked in a few words ----------------------------------------


@pytest.mark.parametrize(
    "label", ["Been in care before?", "LAC before", "Looked after before", "Other placements"]
)
def test_a_short_question_about_care_before_asks_for_the_history(label):
    assert field_for(label) == "history"


@pytest.mark.parametrize(
    "answer,count",
    [
        ("Foster carers in Truro 2023 to 2025; Residential, Bodmin, 2025", 2),
        ("Kinship care with her uncle, 2022-2024", 1),
    ],
)
def test_a_short_question_about_care_before_gives_the_count(answer, count):
    text = f"Placement request\n{CHILD}Been in care before?: {answer}\n"
    child = _draft(text.encode()).referral["children"][0]
    assert child["previous_placements_count"] == count


# --- key facts run together in lower case ----------------------------------------------


def test_lower_case_facts_after_semicolons_are_each_their_own_answer():
    body = (
        "Hello,\n\nWe need a foster family for Orla.\n"
        "Orla Penhallow, born 3 September 2014, girl\n"
        "legal: interim care order; school: Tregolls Academy; previous care: "
        "Foster care 2024-2026; health: hay fever\n\nRegards\nSam Lee\n"
    )
    child = _draft(email(body)).referral["children"][0]
    assert child["legal_status"] == "C1"
    assert child["school"]["name"] == "Tregolls Academy"
    assert child["previous_placements_count"] == 1
    assert child["health_needs"] == "hay fever"


# --- the reply above a quote has the last word on when -----------------------------------


def test_a_replys_tomorrow_wins_over_the_day_the_quoted_message_gave():
    body = (
        "Please treat this as an emergency: the placement is needed tomorrow now.\n\n"
        "On Fri, 28 Feb 2025, Orla's worker wrote:\n"
        "> Hello,\n"
        "> We are asking for a foster family for Orla from Monday 17 March 2025.\n"
        "> Child's name: Orla Penhallow\n"
        "> Date of birth: 03/09/2014\n"
    )
    placement = _draft(email(body)).referral["placement"]
    assert placement["start_date"] == "2025-03-04"  # the day after the reply's own date


def test_a_quoted_messages_day_stands_when_the_reply_gives_none():
    body = (
        "Passing this on, thanks.\n\n"
        "On Fri, 28 Feb 2025, Orla's worker wrote:\n"
        "> Hello,\n"
        "> We are asking for a foster family for Orla from Monday 17 March 2025.\n"
        "> Child's name: Orla Penhallow\n"
    )
    assert _draft(email(body)).referral["placement"]["start_date"] == "2025-03-17"


# --- a memo's subject line names the case ---------------------------------------------


@pytest.mark.parametrize(
    "line,reference",
    [
        ("Re: CWC-RES-4417 - request for a children's home bed", "CWC-RES-4417"),
        ("Subject: HBC-2290415 - step-down to foster care", "HBC-2290415"),
        ("Regarding: a request for Orla (TRU/88-4120)", "TRU/88-4120"),
    ],
)
def test_a_memos_subject_line_gives_the_case_reference(line, reference):
    text = f"MEMO\nTo: Framework providers\nDate: 02/10/2026\n{line}\n{CHILD}"
    assert _draft(text.encode()).referral.get("la_reference") == reference


def test_a_subject_line_without_a_code_gives_no_reference():
    text = f"MEMO\nDate: 02/10/2026\nRe: a request for a foster home - urgent\n{CHILD}"
    assert _draft(text.encode()).referral.get("la_reference") is None


# --- a series of short breaks starts when the first one does ---------------------------


@pytest.mark.parametrize("label", ["Breaks to begin", "Respite to start", "Overnight breaks start"])
def test_the_day_breaks_begin_is_the_start(label):
    assert field_for(label) == "start_date"
    text = f"Short breaks request\nRequest date: 02/10/2026\n{label}: Saturday 24 October 2026\n"
    text += CHILD
    assert _draft(text.encode()).referral["placement"]["start_date"] == "2026-10-24"


# --- a worker named only to be set aside ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The unit social worker Kerry Voss (01632 960 204) is not the child's worker.",
        "Ward social worker Kerry Voss has helped with the discharge plan.",
        "The hospital's social worker Kerry Voss, 01632 960 204, is not allocated to Orla.",
        "Social worker Kerry Voss (01632 960 204) is not the allocated worker.",
    ],
)
def test_a_worker_of_a_place_or_one_said_not_to_be_the_worker_is_passed_over(sentence):
    body = f"Hello,\n\nWe need a foster home for Orla.\n{sentence}\n\n{CHILD}\nSam\n"
    worker = _draft(email(body)).referral.get("social_worker") or {}
    assert worker.get("name") == "Sam Lee"  # the sender, who signs
    assert worker.get("phone") is None


def test_a_worker_named_in_a_sentence_is_still_the_worker():
    body = (
        f"Hello,\n\nHer social worker Kerry Voss (01632 960 204) asks for a foster home.\n{CHILD}"
    )
    assert _draft(email(body)).referral["social_worker"]["name"] == "Kerry Voss"


# --- a surname that is also a sign-off's word -------------------------------------------


@pytest.mark.parametrize("name", ["Naomi Best", "Rhys Warm"])
def test_a_surname_that_opens_sign_offs_is_a_name(name):
    text = f"Placement request\nSocial worker: {name}\n{CHILD}"
    assert _draft(text.encode()).referral["social_worker"]["name"] == name


# --- a letter's date below the page's running header -----------------------------------


def _letter_docx(header: list[str], lines: list[str]) -> bytes:
    from docx import Document

    document = Document()
    for text in header:
        document.sections[0].header.add_paragraph(text)
    for text in lines:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_letters_date_under_a_running_header_is_the_referral_date():
    data = _letter_docx(
        ["Health service - in confidence", "Looked after children's team"],
        [
            "Trewartha Borough Council Children's Health",
            "Named nurse: Ines Halloran",
            "14 October 2026",
            "Dear colleagues,",
            "Re: Orla Penhallow, born 3 September 2014",
            "Her social worker asks for a foster family from 2 November 2026.",
            "Yours sincerely,",
            "Ines Halloran",
        ],
    )
    assert _draft(data).referral.get("referral_date") == "2026-10-14"


# --- a pace's answer that holds the day ---------------------------------------------------


@pytest.mark.parametrize(
    "answer,start",
    [
        ("planned move on Monday 9 November 2026", "2026-11-09"),
        ("planned, from 16/11/2026", "2026-11-16"),
        ("urgent - needed by Friday 6 November 2026", "2026-11-06"),
    ],
)
def test_a_timescale_holding_a_date_gives_the_start(answer, start):
    text = f"Placement request\nDate of request: 02/11/2026\nTimescale: {answer}\n{CHILD}"
    assert _draft(text.encode()).referral["placement"]["start_date"] == start


def test_a_timescale_without_a_date_gives_no_start():
    text = f"Placement request\nDate of request: 02/11/2026\nTimescale: planned\n{CHILD}"
    assert "start_date" not in _draft(text.encode()).referral["placement"]


# --- homes a child had, in a few words ---------------------------------------------------


@pytest.mark.parametrize(
    "text,count",
    [
        ("Overnight short breaks at Birchfield House 2023 (unit since closed)", 1),
        ("With his grandmother since 2022", 1),
        ("Lived with her aunt 2021-2024; foster carers 2024 to now", 2),
        ("With her mum since birth", 0),
    ],
)
def test_short_breaks_away_and_a_relatives_care_are_homes_in_the_history(text, count):
    assert len(history_from_text(text, TODAY)) == count


@pytest.mark.parametrize(
    "text",
    [
        "never LAC",
        "Never been CLA.",
        "This is the first time he has had short breaks",
        "No previous overnight breaks",
    ],
)
def test_words_that_say_the_child_was_never_placed_before(text):
    assert first_placement(text)


# --- a hospital's step-down: the home to go to is the setting ---------------------------


@pytest.mark.parametrize(
    "label,answer,setting",
    [
        ("Step-down sought", "therapeutic foster carers", "fostering"),
        ("Move-on placement required", "a small children's home", "residential"),
        (
            "Onward accommodation needed",
            "supported accommodation with 24-hour staff",
            "supported_accommodation",
        ),
    ],
)
def test_the_step_down_or_move_on_asked_for_is_the_setting(label, answer, setting):
    assert field_for(label) == "setting"
    text = f"Discharge planning\nDate of request: 02/11/2026\n{label}: {answer}\n{CHILD}"
    assert _draft(text.encode()).referral["placement"]["setting"] == setting


# --- a narrow column's labels run on with no stop between -------------------------------


def _table_pdf(rows: list[list[str]]) -> bytes:
    style = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
    table = Table([[Paragraph(text, style) for text in row] for row in rows], colWidths=[120, 360])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


def test_a_columns_labels_run_on_are_each_their_own_answer():
    run_on = (
        "Callum Treloar DOB and sex: 11/03/2011, male Status: Section 20 "
        "ETE: Penryn College (Year 10) Family contact: dad weekly "
        "Care history: never looked after before Health: asthma | Risk and safety"
    )
    data = _table_pdf([["Referral date", "02/11/2026"], ["Young person", run_on]])
    child = _draft(data).referral["children"][0]
    assert (child["first_name"], child["last_name"]) == ("Callum", "Treloar")
    assert child["date_of_birth"] == "2011-03-11"
    assert child["gender"] == "male"
    assert child["school"]["name"] == "Penryn College"
    assert child["previous_placements_count"] == 0
    assert child["health_needs"] == "asthma"  # the next column, after the rule, is not hers


def test_a_label_left_blank_in_the_run_does_not_take_the_next_label_as_its_answer():
    run_on = (
        "Callum Treloar DOB and sex: aged 15, male Status: to be confirmed "
        "ETE: Family contact: not known Care history: not known"
    )
    data = _table_pdf([["Referral date", "02/11/2026"], ["Young person", run_on]])
    child = _draft(data).referral["children"][0]
    assert "school" not in child
    assert child["age_years"] == 15


@pytest.mark.parametrize("label", ["ETE", "Education, training and employment"])
def test_education_training_or_employment_asks_for_the_school(label):
    assert field_for(label) == "school"


# --- an age where the date of birth was asked ------------------------------------------


@pytest.mark.parametrize("answer", ["aged 12", "12 yrs", "12", "age 12, girl"])
def test_an_age_under_a_date_of_birth_label_still_asks_for_the_date(answer):
    text = f"Placement request\nDate of request: 02/11/2026\nName: Orla Penhallow\nDOB: {answer}\n"
    draft = _draft(text.encode())
    assert "/children/0/date_of_birth" in {item.pointer for item in draft.missing}


def test_a_date_under_a_date_of_birth_label_is_not_asked_again():
    text = "Placement request\nDate of request: 02/11/2026\nName: Orla Penhallow\nDOB: 03/09/2014\n"
    draft = _draft(text.encode())
    assert "/children/0/date_of_birth" not in {item.pointer for item in draft.missing}
