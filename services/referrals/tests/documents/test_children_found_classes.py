"""Finding every child of a referral, and each child's identity, in layouts the reader was
not written for (training_n's classes, in my own words): a line of the child's name over
that child's details (in capitals, after "About", with the gender beside it), a name
line that is a parent's and not a child's, a "Subject child" label, the quoted original
under an out-of-office reply, a workbook exported tab by tab with a row per child, and a
call transcript naming the child beside their date of birth.
"""

from __future__ import annotations

import re

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _draft(text: str, filename: str = "record.txt"):
    return read_referral_document(text.encode(), filename=filename, today=TODAY)


def _children(draft) -> list[dict]:
    return draft.referral["children"]


def _identity(child: dict) -> tuple:
    school = (child.get("school") or {}).get("name")
    return (
        child.get("first_name"),
        child.get("last_name"),
        child.get("date_of_birth"),
        child.get("gender"),
        child.get("legal_status"),
        school,
    )


MEETING = """Northfold Council - record of placement review meeting
Meeting date: 12 November 2026
Social worker: Harriet Vole, 01632 960111
Why we met
The carers have given notice; the siblings are to move together.
{first}
Date of birth: 03/03/2014
Sex: Male
Legal status: Care order (s31)
Education: Brook Lane Academy
{second}
Date of birth: 21/09/2018
Sex: Female
Legal status: Section 20
Education: Meadow Infants School
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("OSKAR PENHALE", "MAISY PENHALE"),
        ("Oskar Penhale", "Maisy Penhale"),
        ("About Oskar Penhale", "About Maisy Penhale"),
        ("Oskar Penhale (boy)", "Maisy Penhale (girl)"),
        ("## Oskar Penhale", "## Maisy Penhale"),
        ("Re: Oskar Penhale", "Re: Maisy Penhale"),
        ("Oskar Penhale:", "Maisy Penhale:"),
        ("Child 1 - OSKAR PENHALE", "Child 2 - MAISY PENHALE"),
        ("Sibling one: Oskar PENHALE", "Sibling two: Maisy PENHALE"),
        ("1. Oskar Penhale", "2. Maisy Penhale"),
        ("PENHALE Oskar", "PENHALE Maisy"),
        ("Oskar Penhale's details", "Maisy Penhale's details"),
        ("OSKAR PENHALE - PROFILE", "MAISY PENHALE - PROFILE"),
        ("Details for Oskar Penhale", "Details for Maisy Penhale"),
    ],
)
def test_a_name_line_over_each_childs_details_starts_that_child(first: str, second: str) -> None:
    children = _children(_draft(MEETING.format(first=first, second=second)))
    assert [_identity(child) for child in children] == [
        ("Oskar", "Penhale", "2014-03-03", "male", "C2", "Brook Lane Academy"),
        ("Maisy", "Penhale", "2018-09-21", "female", "V2", "Meadow Infants School"),
    ]


DIGEST = """Good morning,
This week's expanded row is below.
LA reference: NC-40021
{heading}
DOB: 11/06/2015
Legal: Full care order
School: Elm Street Primary
"""


@pytest.mark.parametrize(
    ("heading", "gender"),
    [
        ("Rosa Llewellyn (Female)", "female"),
        ("Rosa Llewellyn - girl", "female"),
        ("Rosa Llewellyn (F)", "female"),
        ("ROSA LLEWELLYN (female, 11)", "female"),
        ("Rosa Llewellyn - 11/06/2015", None),
        ("Rosa Llewellyn (girl, DOB 11/06/2015)", "female"),
    ],
)
def test_the_gender_beside_the_childs_name_is_theirs(heading: str, gender: str | None) -> None:
    (child,) = _children(_draft(DIGEST.format(heading=heading)))
    assert (child.get("first_name"), child.get("last_name")) == ("Rosa", "Llewellyn")
    assert child.get("date_of_birth") == "2015-06-11"
    assert child.get("gender") == gender


@pytest.mark.parametrize(
    "heading",
    [
        "Dean Harrow (father)",
        "CHILD DETAILS",
        "Personal Information",
        "Risk Summary",
        "Jo Carr - placements officer",
    ],
)
def test_a_line_that_is_not_a_childs_name_starts_no_child(heading: str) -> None:
    text = f"""Child's name: Tia Brennock
{heading}
Date of birth: 14/08/2012
Gender: Female
"""
    children = _children(_draft(text))
    assert [(child.get("first_name"), child.get("date_of_birth")) for child in children] == [
        ("Tia", "2012-08-14")
    ]


def test_a_parents_name_over_an_adults_birth_names_no_child() -> None:
    text = """Child's name: Tia Brennock
Date of birth: 02/02/2016
KERRY BRENNOCK
Date of birth: 30/05/1990
Gender: Female
"""
    names = [child.get("first_name") for child in _children(_draft(text))]
    assert "Kerry" not in names
    assert names[0] == "Tia"


@pytest.mark.parametrize("heading", ["KEY FACTS", "Northshire MBC", "Medway Council", "Oak House"])
def test_a_heading_over_the_forms_name_label_is_the_forms(heading: str) -> None:
    text = f"""{heading}
Full name: Cody Arlott
Date of birth: 09/09/2013
Gender: Male
"""
    children = _children(_draft(text))
    assert [(child.get("first_name"), child.get("last_name")) for child in children] == [
        ("Cody", "Arlott")
    ]


SUBJECT = """Placement request made under direction 3
Request date: 19/11/2026
{label}: Ned Callow
Date of birth: 04/04/2015
{label}: Iris Callow
Date of birth: 08/08/2019
"""


@pytest.mark.parametrize(
    "label", ["Subject child", "Subject child name", "Child concerned", "Subject young person"]
)
def test_a_court_or_reviews_word_for_the_child_names_each_child(label: str) -> None:
    children = _children(_draft(SUBJECT.format(label=label)))
    assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
        ("Ned", "2015-04-04"),
        ("Iris", "2019-08-08"),
    ]


BOUNCED = """From: Petra Voss <petra.voss@northshire.example.gov.uk>
To: duty@provider.example.org
Subject: FW: Foster home for Milo and Ada
Date: Thu, 19 Nov 2026 10:00:00 +0000
Content-Type: text/plain; charset="utf-8"

Hello,

The mailbox I used bounced, so here is my request again.{note}

Petra Voss
Social Worker

-----Automatic reply-----
From: Old Inbox <old@provider.example.org>
Subject: Automatic reply: Foster home for Milo and Ada

This mailbox is closed.

> From: Petra Voss
> {sent}: Tuesday, November 17, 2026 9:00 AM
> Subject: Foster home for Milo and Ada
>
> Milo Anker (Male)
>   Date of birth: 02/05/2013
>   Education: Fen Road Academy
>
> Ada Anker (Female)
>   Date of birth: 10/10/2017
>   Education: Marsh Lane Primary
{marker}>
> Thanks,
> Petra
"""


@pytest.mark.parametrize("sent", ["Sent", "Date"])
def test_the_original_quoted_under_an_out_of_office_reply_is_read(sent: str) -> None:
    text = BOUNCED.format(note="", sent=sent, marker="")
    children = _children(_draft(text, "resend.eml"))
    assert [
        (c.get("first_name"), c.get("last_name"), c.get("date_of_birth")) for c in children
    ] == [
        ("Milo", "Anker", "2013-05-02"),
        ("Ada", "Anker", "2017-10-10"),
    ]


@pytest.mark.parametrize(
    "marker",
    [
        "<< wrong school - Ada moved to Kiln Hill Primary in September\n",
        "<< no, it is Kiln Hill Primary\n",
        "<< she has changed to Kiln Hill Primary since half term\n",
    ],
)
def test_a_marked_line_under_an_answer_corrects_that_answer(marker: str) -> None:
    text = BOUNCED.format(note="", sent="Sent", marker=marker)
    children = _children(_draft(text, "resend.eml"))
    assert [(c.get("school") or {}).get("name") for c in children] == [
        "Fen Road Academy",
        "Kiln Hill Primary",
    ]


@pytest.mark.parametrize(
    "note",
    [
        " One correction first: Ada's date of birth is 11/10/2017 - I typed it wrongly.",
        " A quick correction: Ada's date of birth is 11/10/2017.",
    ],
)
def test_a_correction_in_the_resend_overrides_the_quoted_original(note: str) -> None:
    text = BOUNCED.format(note=note, sent="Sent", marker="")
    children = _children(_draft(text, "resend.eml"))
    assert children[1].get("date_of_birth") == "2017-10-11"
    assert children[0].get("date_of_birth") == "2013-05-02"


WORKBOOK = """Placement tracker export
{tab} Request
Field,Value
Authority,Northshire Council
Case ID,NS-20931
SW,Amos Reed
{tab} Young people
First name,Last name,Date of birth,Gender,Legal status,School
Lorcan,Dunmore,2013-01-15,Male,Section 20,Cliffside Academy
Bea,Dunmore,2017-06-02,Female,Section 20,Sandy Lane Primary
{tab} Risk log
Child,Risk,Status,Detail
Bea,Going missing,current,ran from school twice this term
Lorcan,Fire setting,none,
"""


def _sheets(tab: str) -> str:
    if tab == "[]":  # "[Request]": each sheet's name in brackets
        return re.sub(r"\{tab\} (.+)", r"[\1]", WORKBOOK)
    if tab == "---":
        return re.sub(r"\{tab\} (.+)", r"--- \1 ---", WORKBOOK)
    return WORKBOOK.format(tab=tab)


@pytest.mark.parametrize(
    "tab", ["### Tab:", "Sheet:", "Worksheet -", "=== Sheet 2 ===\n# Tab:", "[]", "---", "tabs"]
)
def test_a_workbook_exported_sheet_by_sheet_has_a_row_per_child(tab: str) -> None:
    text = _sheets("Sheet:").replace(",", "\t") if tab == "tabs" else _sheets(tab)
    draft = _draft(text, "tracker.txt")
    children = _children(draft)
    assert [_identity(child) for child in children] == [
        ("Lorcan", "Dunmore", "2013-01-15", "male", "V2", "Cliffside Academy"),
        ("Bea", "Dunmore", "2017-06-02", "female", "V2", "Sandy Lane Primary"),
    ]
    assert children[1]["risks"]["to_child"]["missing"]["state"] == "present"
    assert "missing" not in children[0]["risks"]["to_child"]


CALL = """Placement call - Northshire / Brightway Fostering
Tuesday 17 November 2026, 11:00
Priya Nand (Brightway Fostering)   0:03
Right, who have you got for me?

Tom Ashdown   0:10
{intro}

Priya Nand (Brightway Fostering)   2:40
School?

Tom Ashdown   2:44
{school}

Priya Nand (Brightway Fostering)   3:30
How do I reach you?

Tom Ashdown   3:35
My email is tom.ashdown@northshire.example.gov.uk, mobile 07700 900123.

Transcription stopped.
"""


@pytest.mark.parametrize(
    ("intro", "gender"),
    [
        ("So it's Nell Sayer, date of birth 2nd of June 2014, she's a girl.", "female"),
        ("The young person is Nell Sayer, born 2 June 2014, female.", "female"),
        ("Baby Nell Sayer, a girl, born 02/06/2014.", "female"),
        ("This is about Nell Sayer, DOB 02.06.2014.", None),
    ],
)
def test_a_call_transcript_names_the_child_beside_their_birth(
    intro: str, gender: str | None
) -> None:
    text = CALL.format(intro=intro, school="School is Ferry Lane Academy and she loves it.")
    (child,) = _children(_draft(text, "call.txt"))
    assert (child.get("first_name"), child.get("last_name")) == ("Nell", "Sayer")
    assert child.get("date_of_birth") == "2014-06-02"
    assert child.get("gender") == gender
    assert (child.get("school") or {}).get("name") == "Ferry Lane Academy"


@pytest.mark.parametrize(
    ("intro", "genders"),
    [
        (
            "Two of mine. Sam and Ivy Coombe, brother and sister. Sam's born 4 April 2013.",
            ["male", "female"],
        ),
        (
            "It's a sibling pair, Sam and Ivy Coombe. Sam was born on 4 April 2013.",
            [None, None],
        ),
    ],
)
def test_a_sibling_group_named_in_one_breath_gives_a_child_each(intro: str, genders: list) -> None:
    text = CALL.format(intro=intro, school="Sam's at Ferry Lane Academy, Ivy's at Dunes Primary.")
    children = _children(_draft(text, "call.txt"))
    assert [(c.get("first_name"), c.get("last_name")) for c in children] == [
        ("Sam", "Coombe"),
        ("Ivy", "Coombe"),
    ]
    assert [c.get("gender") for c in children] == genders
    assert children[0].get("date_of_birth") == "2013-04-04"
    assert [(c.get("school") or {}).get("name") for c in children] == [
        "Ferry Lane Academy",
        "Dunes Primary",
    ]


def test_names_in_a_list_are_not_siblings_without_a_siblings_word() -> None:
    text = CALL.format(
        intro="Child is Nell Sayer, DOB 02/06/2014. I spoke to Anna and Rob Sayer yesterday.",
        school="Ferry Lane Academy",
    )
    children = _children(_draft(text, "call.txt"))
    assert [c.get("first_name") for c in children] == ["Nell"]


PAD = """TELEPHONE MESSAGE
FOR: Placements duty
FROM: Lena Ortiz (SW)
MESSAGE:
Needs a foster home for {child}.
{school}
lena.ortiz@northshire.example.gov.uk
"""


@pytest.mark.parametrize(
    ("child", "gender"),
    [
        ("Cal Brody, boy, 14 (DOB not known)", "male"),
        ("Cal Brody (boy, 14)", "male"),
        ("Cal Brody - male - DOB 05/05/2012", "male"),
        ("Cal Brody, girl, DOB 05/05/2012", "female"),
        ("Cal Brody, 14, male, DOB 05/05/2012", "male"),
    ],
)
def test_the_gender_written_after_the_childs_name_is_theirs(child: str, gender: str) -> None:
    text = PAD.format(child=child, school="")
    (found,) = _children(_draft(text, "pad.txt"))
    assert (found.get("first_name"), found.get("gender")) == ("Cal", gender)


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Kestrel Vale Primary School - must stay.", "Kestrel Vale Primary School"),
        ("Brook Hill Academy (Year 9).", "Brook Hill Academy"),
        ("Don't know school or past placements - will check Monday.", None),
        ("Not sure about school - will ring back.", None),
    ],
)
def test_a_line_opening_with_a_school_names_the_school(line: str, school: str | None) -> None:
    text = PAD.format(child="Cal Brody, boy, DOB 05/05/2012", school=line)
    draft = _draft(text, "pad.txt")
    (found,) = _children(draft)
    assert (found.get("school") or {}).get("name") == school
    if school is None:
        assert "/children/0/school" in {item.pointer for item in draft.missing}


@pytest.mark.parametrize("catch_all", ["Other", "Notes", "Any other information", "Comments"])
def test_a_catch_all_box_answer_with_its_own_label_is_that_fields(catch_all: str) -> None:
    text = f"""Child's name: Reece Larwood
Date of birth: 01/01/2012
{catch_all}: Known as: Reecey
"""
    (child,) = _children(_draft(text))
    assert child.get("known_as") == "Reecey"


@pytest.mark.parametrize(
    ("answer", "school"),
    [
        ("- not of school age, obviously", "not of school age"),
        ("\u2013 Not in education", "Not in education"),
    ],
)
def test_a_no_school_answer_after_a_dash_is_kept(answer: str, school: str) -> None:
    text = f"""Child's name: Reece Larwood
Date of birth: 01/01/2024
School: {answer}
"""
    (child,) = _children(_draft(text))
    assert (child.get("school") or {}).get("name") == school


@pytest.mark.parametrize(
    ("intro", "ages"),
    [
        ("Sam and Ivy Coombe, brother and sister. Sam is eleven, Ivy is 7.", [11, 7]),
        ("Sam and Ivy Coombe, the two children. Sam (11) and Ivy (7).", [11, 7]),
        ("Sam and Ivy Coombe, siblings. Sam was born on 4 April 2013, Ivy is seven.", [None, 7]),
    ],
)
def test_a_childs_age_said_by_first_name_is_theirs(intro: str, ages: list) -> None:
    text = CALL.format(intro=intro, school="Not known yet.")
    children = _children(_draft(text, "call.txt"))
    assert [c.get("age_years") for c in children] == ages


def test_an_age_beside_the_childs_name_when_no_birth_date_is_known() -> None:
    text = PAD.format(child="Cal Brody, boy, 15 (DOB not to hand)", school="")
    (found,) = _children(_draft(text, "pad.txt"))
    assert (found.get("gender"), found.get("age_years")) == ("male", 15)


NOTE = """Northshire Council - request for a foster home
Date: 18/11/2026
Social worker: Jo Bell
{intro}
"""


@pytest.mark.parametrize(
    ("intro", "children"),
    [
        (
            "A home is needed for three siblings: Kai, Lola and Max-Ray Penn.",
            [
                ("Kai", "Penn", None, None),
                ("Lola", "Penn", None, None),
                ("Max-Ray", "Penn", None, None),
            ],
        ),
        (
            "Referral for the Penn siblings - Kai (12), Lola (9) and Max-Ray (4).",
            [("Kai", "Penn", 12, None), ("Lola", "Penn", 9, None), ("Max-Ray", "Penn", 4, None)],
        ),
        (
            "Kai Penn (12) and Lola Penn (9) are brother and sister.",
            [("Kai", "Penn", 12, "male"), ("Lola", "Penn", 9, "female")],
        ),
        (
            "The brothers Kai and Max-Ray Penn need to stay together.",
            [("Kai", "Penn", None, "male"), ("Max-Ray", "Penn", None, "male")],
        ),
    ],
)
def test_a_sibling_group_said_in_one_sentence(intro: str, children: list) -> None:
    found = _children(_draft(NOTE.format(intro=intro)))
    assert [
        (c.get("first_name"), c.get("last_name"), c.get("age_years"), c.get("gender"))
        for c in found
    ] == children


@pytest.mark.parametrize(
    "intro",
    [
        "I have spoken to Anna and Rob Penn, the parents.",
        "Kai Penn (12) is the subject; his parents Anna and Rob Penn agree.",
        "Copied to Ray Dunn and Ali Penn.",
    ],
)
def test_adults_named_together_are_not_a_sibling_group(intro: str) -> None:
    found = _children(_draft(NOTE.format(intro=intro)))
    assert len(found) <= 1
    assert {c.get("first_name") for c in found} <= {None, "Kai"}


PARENT_AND_CHILD = """Northshire Council - parent and child placement request
Date: 18/11/2026
Social worker: Jo Bell, jo.bell@northshire.example.gov.uk
{said}
"""


@pytest.mark.parametrize(
    "said",
    [
        "We need a parent and child foster home for Kerry Dunn (19) and her son Alfie Dunn, "
        "born 01/11/2026.",
        "Mother\nName: Kerry Dunn\nDate of birth: 02/03/2006\n\nBaby\nName: Alfie Dunn\n"
        "Date of birth: 01/11/2026\nGender: Male",
        "Mum is Kerry Dunn, 19. Baby Alfie Dunn, a boy, born 1st November 2026.",
    ],
)
def test_in_a_parent_and_child_referral_the_baby_is_the_child(said: str) -> None:
    text = PARENT_AND_CHILD.format(said=said)
    (child,) = _children(_draft(text))
    assert (child.get("first_name"), child.get("last_name")) == ("Alfie", "Dunn")
    assert child.get("date_of_birth") == "2026-11-01"
    assert child.get("gender") == "male"


REVIEW = """Child Looked After Review - record
Case reference: NS 7710
Record circulated: 18 November 2026
{first}
Legal status: Final care order
School: Harbour Primary School
{second}
Legal status: Section 20
School: Quay High School
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("About Ezra Poll", "About Tia Poll"),
        ("Child 1: EZRA POLL", "Child 2: TIA POLL"),
        ("Re: Ezra Poll", "Re: Tia Poll"),
    ],
)
def test_a_heading_about_a_child_is_over_any_of_their_details(first: str, second: str) -> None:
    children = _children(_draft(REVIEW.format(first=first, second=second)))
    assert [_identity(child)[:2] + _identity(child)[4:] for child in children] == [
        ("Ezra", "Poll", "C2", "Harbour Primary School"),
        ("Tia", "Poll", "V2", "Quay High School"),
    ]


def test_a_bare_name_line_over_a_school_alone_is_not_a_child() -> None:
    text = """Child's name: Ezra Poll
Date of birth: 01/02/2015
Harbour Lane Fostering
School: Harbour Primary School
"""
    children = _children(_draft(text))
    assert [(c.get("first_name"), (c.get("school") or {}).get("name")) for c in children] == [
        ("Ezra", "Harbour Primary School")
    ]


SHORTHAND = """From: Ola Reed <ola.reed@northshire.example.gov.uk>
To: placements@provider.example.org
Subject: FW: M&B - Kit D
Date: Mon, 23 Nov 2026 08:00:00 +0000
Content-Type: text/plain; charset="utf-8"

Forwarding as a referral.

-----Original Message-----
From: Sam Dee <sam.dee@northshire.example.gov.uk>
Sent: Saturday, November 21, 2026 9:00 PM
Subject: M&B - Kit D

{body}
"""


@pytest.mark.parametrize(
    "body",
    [
        "hi ola, M&B needed fri. mum Jess Dale 18. baby Kit Dale dob 02/11/26, s20.",
        "baby Kit Dale d.o.b 02/11/2026 - s20 agreed by mum",
        "Baby is Kit Dale, born 2 November 2026. Section 20.",
    ],
)
def test_a_baby_named_beside_their_birth_in_shorthand(body: str) -> None:
    (child,) = _children(_draft(SHORTHAND.format(body=body), "fwd.eml"))
    assert (child.get("first_name"), child.get("last_name")) == ("Kit", "Dale")
    assert child.get("date_of_birth") == "2026-11-02"
    assert child.get("legal_status") == "V2"


@pytest.mark.parametrize(
    "parent",
    ["Kerry Dunn - DOB 01/05/1990", "KERRY DUNN (born 1 May 1990)", "Kerry Dunn, 01/05/1990"],
)
def test_a_name_line_with_an_adults_birth_beside_it_is_no_child(parent: str) -> None:
    text = f"""Child's name: Tia Dunn
Date of birth: 02/02/2016
{parent}
Relationship: Mother
Gender: Female
"""
    names = [child.get("first_name") for child in _children(_draft(text))]
    assert names == ["Tia"]


@pytest.mark.parametrize(
    ("name", "known_as"),
    [
        ("Lacey Marsh (known as Lace)", "Lace"),
        ("Lacey Marsh, known as Lace", "Lace"),
        ("Lacey 'Lace' Marsh", "Lace"),
        ('Lacey "Lace" Marsh', "Lace"),
        ("Lacey Marsh - likes to be called Lace", "Lace"),
    ],
)
def test_the_name_a_child_goes_by_beside_their_name(name: str, known_as: str) -> None:
    text = f"Child's name: {name}\nDate of birth: 14/05/2016\n"
    (child,) = _children(_draft(text))
    assert (child.get("first_name"), child.get("last_name"), child.get("known_as")) == (
        "Lacey",
        "Marsh",
        known_as,
    )


@pytest.mark.parametrize(
    ("sentence", "sibling"),
    [
        (
            "Her brother Leo Marsh (DOB 03/04/2017) also needs a placement with her.",
            ("Leo", "Marsh", "2017-04-03", None, "male"),
        ),
        (
            "We would like her younger sister Ava (aged 4) placed with her too.",
            ("Ava", "Marsh", None, 4, "female"),
        ),
        ("Her brother Leo (aged 9) lives with his dad.", None),
        ("Her sister Ava Marsh (DOB 01/01/2000) visits monthly.", None),
    ],
)
def test_a_sibling_asked_for_as_well_is_a_child_of_the_referral(sentence: str, sibling) -> None:
    text = (
        f"Child's name: Lacey Marsh\nDate of birth: 14/05/2016\n{sentence}\nSchool: Oak Primary\n"
    )
    children = _children(_draft(text))
    assert children[0].get("first_name") == "Lacey"
    assert (children[0].get("school") or {}).get("name") == "Oak Primary"
    found = [
        (
            c.get("first_name"),
            c.get("last_name"),
            c.get("date_of_birth"),
            c.get("age_years"),
            c.get("gender"),
        )
        for c in children[1:]
    ]
    assert found == ([sibling] if sibling else [])


@pytest.mark.parametrize(
    ("line", "school", "history_asked"),
    [
        (
            "Oak Lane Primary re school. none - with dad since birth (placements).",
            "Oak Lane Primary",
            False,
        ),
        ("Harbour Academy (school)", "Harbour Academy", True),
        ("mum weekly (supervised)", None, True),
        ("spoke to Ms Reed re the hearing", None, True),
    ],
)
def test_shorthand_naming_its_topic_after_the_answer(
    line: str, school: str | None, history_asked: bool
) -> None:
    text = f"Child's name: Tia Dunn\nDate of birth: 02/02/2016\n{line}\n"
    draft = _draft(text)
    (child,) = _children(draft)
    assert (child.get("school") or {}).get("name") == school
    asked = {item.pointer for item in draft.missing}
    assert ("/children/0/placement_history" in asked) is history_asked
