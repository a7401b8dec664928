"""Which date is the referral's and which the start's (issue 12, classes 3, 10 and 11).

Every document here is written for this test: a case system's print, minutes, a
chronology, a two-pair table row with a blank answer, short breaks, a hospital discharge.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _read(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


def _docx(*tables: list[tuple[str, ...]], heading: str = "Placement request") -> bytes:
    document = Document()
    document.add_heading(heading, level=1)
    for rows in tables:
        table = document.add_table(rows=0, cols=max(len(row) for row in rows))
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = text
        document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "label",
    ["Step started", "Episode created", "Form created on", "Request raised", "Referral logged"],
)
def test_the_day_a_case_system_step_was_started_is_the_referral_date(label):
    text = f"Request for a placement\n{label}: 09-Oct-2026\nName: Nell Ashby\n"
    assert _read(text.encode()).get("referral_date") == "2026-10-09"


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Foster Panel - Minutes", "2026-10-05"),
        ("Notes of meeting: matching", "2026-10-05"),
        ("Placement request", None),  # a form's meeting is only an event it mentions
    ],
)
def test_a_meeting_date_dates_only_the_minutes_of_that_meeting(title, expected):
    data = _docx(
        [("Date of meeting", "5 October 2026"), ("Case number", "QX-11872")],
        [("Child", "Ruby Kells"), ("Date of birth", "02/03/2016")],
        heading=title,
    )
    assert _read(data).get("referral_date") == expected


@pytest.mark.parametrize(
    "header",
    [("Date", "Event"), ("Start", "End", "Placement", "Reason for end"), ("When", "What")],
)
def test_a_table_of_dated_rows_is_not_read_as_labels(header):
    rows = [header]
    for day in ("03/01/2019", "14/06/2022", "01/09/2025"):
        rows.append((day, *(["Carer left"] * (len(header) - 1))))
    data = _docx(
        [("Date of referral", "12/10/2026"), ("Child", "Ruby Kells"), ("Start date", "")],
        rows,
    )
    referral = _read(data)
    assert referral.get("referral_date") == "2026-10-12"
    assert "start_date" not in (referral.get("placement") or {})  # "End" is not an answer


def test_a_blank_answer_in_a_two_pair_row_keeps_the_next_label_a_label():
    data = _docx(
        [
            ("Name", "Ruby Kells", "Case number", "QX-11872"),
            ("Date of referral", "", "Placement start", "14/12/2026"),
        ]
    )
    referral = _read(data)
    assert "referral_date" not in referral  # never the next label's date, nor today
    assert referral["placement"]["start_date"] == "2026-12-14"


@pytest.mark.parametrize(
    "label",
    [
        "Estimated discharge",
        "Expected discharge date",
        "Planned date of discharge",
        "Release date",
        "First break from",
        "First stay",
        "Initial respite",
    ],
)
def test_leaving_hospital_or_a_first_break_is_when_the_placement_starts(label):
    text = f"Date of referral: 12/10/2026\nChild's name: Ruby Kells\n{label}: 26/10/2026\n"
    assert _read(text.encode())["placement"]["start_date"] == "2026-10-26"


def test_asap_on_the_form_starts_on_the_referral_date_with_its_own_quote():
    text = (
        "Step started: 12-Oct-2026\nChild's name: Ruby Kells\n"
        "Type of request: Emergency\nDate required: ASAP (after court)\n"
    )
    draft = read_referral_document(text.encode(), today=TODAY)
    assert draft.referral["placement"]["start_date"] == "2026-10-12"
    assert "ASAP" in draft.placement.start_date.evidence[0].quote


# Identifiers: the LA's case number under its system's name, names in a case system's order.


@pytest.mark.parametrize(
    "line,reference",
    [
        ("CAPS number: CAPS-550712", "CAPS-550712"),
        ("Liberi ID: LIB-220981", "LIB-220981"),
        ("Framework-i ID: 7781204", "7781204"),
        ("Paris no: 4410993", "4410993"),
    ],
)
def test_a_case_systems_number_is_the_la_reference(line, reference):
    text = f"Date of referral: 12/10/2026\nChild's name: Ruby Kells\n{line}\n"
    assert _read(text.encode())["la_reference"] == reference


def test_a_forms_version_number_is_not_a_case_number():
    text = (
        "Northshire Council | LCS form: Placement Request v4.2\n"
        "Date of referral: 12/10/2026\nChild's name: Ruby Kells\nLCS ID: 5512093\n"
    )
    assert _read(text.encode())["la_reference"] == "5512093"


def test_a_reference_in_a_sentence_keeps_its_letters():
    text = (
        "Placement summary\nI am asking for a foster placement for Ruby Kells from "
        "30 November 2026. Ref: NX 330187. She is 9.\n"
    )
    assert _read(text.encode())["la_reference"] == "NX 330187"


@pytest.mark.parametrize(
    "subject,reference",
    [
        ("RE: Placement referral - 55102387", "55102387"),
        ("Referral: LCS 3007711", "LCS 3007711"),
        ("Placement referral - 16 yo male", None),  # an age is not a case number
        ("Referral - Ruby Kells - 12/10/2026", None),  # nor a date
    ],
)
def test_a_case_number_ending_the_subject(subject, reference):
    from builders import email

    body = "Please find a foster placement for Ruby Kells, DOB 02/03/2016.\nThanks, Sam"
    assert _read(email(body, subject=subject)).get("la_reference") == reference


@pytest.mark.parametrize(
    "line",
    [
        "Patient / young person: Ruby Kells",
        "Surname, forename: KELLS, Ruby",
        "Surname / Forename: KELLS Ruby",
        "Forename and surname: Ruby Kells",
        "Name: KELLS, Ruby",
        "Child's name: Ruby KELLS",
        "Child: KELLS Ruby",  # a case export: the surname first, in capitals
        "CHILD'S FORENAME: RUBY\nCHILD'S SURNAME: KELLS",
    ],
)
def test_the_childs_name_in_any_order_the_label_gives(line):
    text = f"Date of referral: 12/10/2026\n{line}\nDate of birth: 02/03/2016\n"
    child = _read(text.encode())["children"][0]
    assert (child["first_name"], child["last_name"]) == ("Ruby", "Kells")


# Placement history: the placements a child has had, the current one counted.


def _history(data: bytes) -> list | None:
    return _read(data)["children"][0].get("placement_history")


_HEAD = "Date of referral: 12/10/2026\nChild's name: Ruby Kells\nDate of birth: 02/03/2016\n"


@pytest.mark.parametrize(
    "line,count",
    [
        ("Placement history: Foster care (2016 to 2019) - ended; Residential (2019 to present)", 2),
        ("Placements to date: Kinship care (2021 to 2022); Foster care (IFA) (2022 to present)", 2),
        ("Care history: Connected carer (grandad) (2025 to present) - grandad unwell", 1),
        (
            "Placements: Foster care (2020 to 2022); Foster care (2022 to 2024); Residential "
            "(2024 to present)",
            3,
        ),
        ("Placement history: Foster care (short term), ended when the carer moved away", 1),
        (
            "Two placements so far: Residential (2021 to 2023); Foster care - current "
            "(2023 to present).",
            2,
        ),
        ("One placement so far: Foster care - current (2022 to present).", 1),
        ("Has the child been in care before? One placement so far: foster care (2023 to now)", 1),
        (
            "Where has the young person lived before? Foster care (2014 to 2016) - ended; "
            "Residential (2016 to present)",
            2,
        ),
        ("Placement history: None - arrived in the UK on 20 October 2026.", 0),
        ("Placement history: Lived at home with mum (2016 to 2026)", None),  # not care
    ],
)
def test_placements_listed_in_one_answer_are_each_a_row(line, count):
    rows = _history((_HEAD + line + "\n").encode())
    assert (None if rows is None else len(rows)) == count


def test_a_stated_count_that_the_list_does_not_match_keeps_only_the_count():
    text = (
        _HEAD + "Three placements so far: foster care (2019 to 2021); residential (2021 to now)\n"
    )
    child = _read(text.encode())["children"][0]
    assert child.get("placement_history") is None  # the list is incomplete
    assert child["previous_placements_count"] == 3


@pytest.mark.parametrize(
    "sentence",
    ["Not previously looked after.", "Ruby has not been in care before.", "Never looked after."],
)
def test_never_in_care_in_a_sentence_is_an_empty_history(sentence):
    assert _history((_HEAD + sentence + "\n").encode()) == []


def test_the_care_events_of_a_chronology_are_the_placements():
    data = _docx(
        [("Date of referral", "12/10/2026"), ("Child", "Ruby Kells")],
        [
            ("Date", "Event"),
            ("03/01/2019", "Child protection plan"),
            ("14/06/2022", "Placed: emergency foster care (until 01/09/2022)"),
            ("01/09/2022", "Moved to long-term foster carers"),
            ("05/05/2023", "Care order made"),
            ("01/02/2025", "Placed: residential children's home (until present)"),
        ],
    )
    assert len(_history(data)) == 3


def test_a_history_table_answered_none_is_an_empty_history():
    data = _docx(
        [("Date of referral", "12/10/2026"), ("Child", "Ruby Kells")],
        [
            ("Placement", "From", "To", "Reason for ending"),
            ("None - not previously looked after", "", "", ""),
        ],
    )
    assert _history(data) == []


# School: the school's name without the course or year group; a child at no school in the
# form's own short words (the question is answered, not a gap).


@pytest.mark.parametrize(
    "lines,school",
    [
        ("Education: Not in education (PRU place withdrawn in October)", "Not in education"),
        ("Education: NEET (not in education, employment or training)", "NEET"),
        ("School: N/A - not in education (NEET), tutor being found", "not in education"),
        ("Education: Not in education since June (NEET)", "Not in education"),
        ("Education: Not of school age", "Not of school age"),
        ("Education: Not applicable (baby)", "Not applicable (baby)"),
        ("School and year: Not yet in school", "Not yet in school"),
        ("Education: Home educated (elective home education since 2025)", "Home educated"),
        (
            "12. Education, employment or training\nWestfield College - Level 2 Plumbing",
            "Westfield College",
        ),
        ("Education\nRiverside College\nFamily time\nMum weekly", "Riverside College"),
        ("School\nDee Banks School (special school)", "Dee Banks School"),
        ("Education or training\nNorthgate College: Level 1 Construction", "Northgate College"),
        (
            "Nursery / childcare: Little Acorns Day Nursery, two mornings a week",
            "Little Acorns Day Nursery",
        ),
        ("School: Little Owls Nursery", "Little Owls Nursery"),
        ("School: The Priory School, Hitchin", "The Priory School, Hitchin"),
        ("School: Oakwood Primary, Year 4", "Oakwood Primary"),
    ],
)
def test_the_school_answer_in_its_own_words(lines, school):
    data = (_HEAD + lines + "\n").encode()
    assert (_read(data)["children"][0].get("school") or {}).get("name") == school


def test_a_bare_not_applicable_is_not_a_school():
    child = _read((_HEAD + "School: Not applicable\n").encode())["children"][0]
    assert "school" not in child


# How soon: from the start date and the referral date, or the form's own words.


def _placement(text: str) -> dict:
    return _read(text.encode()).get("placement") or {}


@pytest.mark.parametrize(
    "lines,needed_by,start",
    [
        # a month and no day, well after the referral: later, and no day is invented
        ("Referral date: 12/10/2026\nStart date: March 2027", "later", None),
        ("Referral date: 12/10/2026\nStart date: March 2027 (1st)", "later", None),  # unclear
        # next month may be days or weeks away: not guessed
        ("Referral date: 28/10/2026\nStart date: November", None, None),
        # "same day" in the urgency answer, no start date: today (the referral's day)
        ("Referral date: 12/10/2026\nUrgency: Emergency - same day", "today", "2026-10-12"),
        # a start date says it more exactly than the urgency's words
        (
            "Referral date: 12/10/2026\nUrgency: Emergency - same day\nStart date: 15/10/2026",
            "within_5_days",
            "2026-10-15",
        ),
        # no referral date: how soon is never counted from the upload day
        ("Start date: March 2027", None, None),
    ],
)
def test_how_soon_the_placement_is_needed(lines, needed_by, start):
    placement = _placement("Child's name: Ruby Kells\n" + lines + "\n")
    assert placement.get("needed_by") == needed_by
    assert placement.get("start_date") == start


def test_how_soon_is_as_sure_as_the_less_sure_of_its_two_dates():
    body = (
        "Please see below.\n\n---------- Forwarded message ---------\nFrom: Jo Bell "
        "<jo.bell@kent.gov.uk>\nDate: 1 March 2025 at 10:00\nSubject: Referral\n\n"
        "We are looking for a planned foster placement for Ava Moss, to start 20/03/2025.\n"
    )
    from builders import email

    placement = _read(email(body)).get("placement") or {}
    assert placement.get("start_date") == "2025-03-20"
    assert placement.get("needed_by") == "later"


# Gender from the form's pronouns prompt and from each sibling's own passage.


def test_a_numbered_pronouns_prompt_keeps_its_answer_on_the_next_line():
    text = "1. Young person's full name\nJay Okoro\n2. Date of birth\n17/03/2009\n3. Pronouns\nhe/him\n"
    assert _read(text.encode())["children"][0]["gender"] == "male"


@pytest.mark.parametrize(
    "first,second,genders",
    [
        (
            "She is on an ICO. She attends Oak School.",
            "He is 3. He attends nursery.",
            ["female", "male"],
        ),
        ("She is on an ICO. He visits weekly.", "He is 3. He attends nursery.", [None, "male"]),
        ("She is on an ICO.", "He is 3. He attends nursery.", [None, "male"]),  # one is not enough
    ],
)
def test_each_siblings_passage_gives_their_own_gender(first, second, genders):
    text = (
        "Date of referral: 12/10/2026\nThis request is for two siblings.\n\n"
        f"Nadia Osei was born on 20 May 2016. {first}\n\n"
        f"Kofi Osei was born on 02 February 2023. {second}\n"
    )
    children = _read(text.encode())["children"]
    assert [child.get("gender") for child in children] == genders


@pytest.mark.parametrize(
    "answer,start",
    [
        ("Date to start: tomorrow", "2026-12-03"),
        ("Required by: Friday", "2026-12-04"),  # the referral is on a Wednesday
        ("Start date: Wednesday", "2026-12-09"),  # the next one, not the referral's own day
        ("Needed from: this Monday", "2026-12-07"),
        ("Start date: next Friday", None),  # this week's or next week's: not guessed
    ],
)
def test_a_day_named_without_a_date_counts_from_the_referral_date(answer, start):
    placement = _placement(f"Date of referral: 02/12/2026\nChild's name: Ruby Kells\n{answer}\n")
    assert placement.get("start_date") == start


def test_a_day_named_without_a_referral_date_is_not_counted_from_the_upload_day():
    placement = _placement("Child's name: Ruby Kells\nRequired by: Friday\n")
    assert "start_date" not in placement


@pytest.mark.parametrize(
    "line,expected",
    [
        ("Date submitted: 02/12/2026", "2026-12-02"),
        ("Date entered: 02/12/2026", "2026-12-02"),
        ("Created: 02/12/2026 14:32", "2026-12-02"),
        ("Date of placement request: 02/12/2026", "2026-12-02"),
        ("Date/time of referral: 02/12/2026 16:05", "2026-12-02"),
        ("Completed by: Jo Bell  Date: 02/12/2026", "2026-12-02"),  # two pairs on one line
        ("Date entered care: 02/12/2019", None),  # the child's, not the form's
        ("Date of strategy meeting: 28/11/2026", None),
        ("Next court hearing: 09/12/2026", None),
        ("Date of last review: 01/10/2026", None),
    ],
)
def test_the_forms_own_date_and_not_another_events(line, expected):
    text = f"Placement referral\nChild's name: Ruby Kells\nDate of birth: 02/03/2016\n{line}\n"
    assert _read(text.encode()).get("referral_date") == expected


@pytest.mark.parametrize(
    "line,first,last",
    [
        ("Legal name: Kells, Ruby Mae", "Ruby Mae", "Kells"),  # every forename after the comma
        ("Name: DJ Kells", "DJ", "Kells"),  # initials are not a surname in capitals
        ("Name: Ruby KELLS-SMITH", "Ruby", "Kells-Smith"),
    ],
)
def test_names_in_a_case_systems_order_and_capitals(line, first, last):
    text = f"Date of referral: 12/10/2026\n{line}\nDate of birth: 02/03/2016\n"
    child = _read(text.encode())["children"][0]
    assert (child["first_name"], child["last_name"]) == (first, last)


@pytest.mark.parametrize("label", ["Record number", "CLA number"])
def test_more_names_for_the_case_number(label):
    text = f"Date of referral: 02/12/2026\nChild's name: Ruby Kells\n{label}: 4471098\n"
    assert _read(text.encode())["la_reference"] == "4471098"


@pytest.mark.parametrize(
    "sentence,age",
    [
        ("Kofi is aged 3 (date of birth not known).", 3),
        ("Kofi Osei is 3 years old.", 3),
        ("Kofi is 3 months into his placement.", None),  # not an age
        ("Kofi is 19 and lives alone.", None),  # an adult is not the child
    ],
)
def test_a_passage_opening_with_the_childs_age(sentence, age):
    text = f"Date of referral: 12/10/2026\nChild's name: Kofi Osei\n\n{sentence}\n"
    assert _read(text.encode())["children"][0].get("age_years") == age
