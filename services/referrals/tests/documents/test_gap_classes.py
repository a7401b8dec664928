"""Questions only for real gaps (issue 12, class 12): one table of cases per cause of a
false question found on the retired frozen set and training sets d and e. Each case is
a small document that says something; the draft must read it, and so not ask for it.
"""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from pypdf import PdfWriter

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _text(lines: str):
    return read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)


def _missing(draft) -> set[str]:
    return {item.pointer for item in draft.missing}


def _risk(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.referral["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("state", "not_stated")


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


def _read_docx(data: bytes):
    return read_referral_document(data, today=TODAY)


IDENTITY = [
    ("Date of referral", "20/11/2026"),
    ("Child's name", "Sam Taylor"),
    ("Date of birth", "01/02/2014"),
]


class TestAScanAsksNothing:
    """A document with no text layer: what it says is unknown, so every question could be
    one it answers; the warning tells the officer to read it (the frozen set's convention)."""

    @pytest.mark.parametrize("pages", [1, 3])
    def test_no_questions_and_a_warning(self, pages):
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        draft = read_referral_document(buffer.getvalue(), today=TODAY)
        assert draft.missing == []
        assert any("OCR" in warning for warning in draft.warnings)

    def test_a_readable_document_still_asks(self):
        assert "/children/0/legal_status" in _missing(_text("Gender: Male"))


class TestAPeopleTableIsNotAChild:
    """ "Name | Relationship | DOB / age | Lives" over family members: records, not a
    second child (whose every field would be asked)."""

    @pytest.mark.parametrize(
        "header",
        [
            ("Name", "Relationship", "DOB / age", "Lives"),
            ("Name", "Relationship to child", "Age", "Address"),
            ("Full name", "Relation", "Notes"),
        ],
    )
    def test_one_child_only(self, header):
        width = len(header)
        family = [
            header,
            ("Layla Taylor", "Mother", "34", "Home address")[:width],
            ("Dylan Taylor", "Half-brother", "age 4", "With mother")[:width],
        ]
        draft = _read_docx(_docx(IDENTITY, family))
        assert len(draft.referral["children"]) == 1
        assert not any(item.pointer.startswith("/children/1") for item in draft.missing)


class TestStruckThroughOptionsAreDeleted:
    """ "S20 / ICO / Care Order": the options struck through in Word are deleted."""

    @pytest.mark.parametrize(
        ("label", "options", "kept", "pointer", "value"),
        [
            ("Legal status", ["S20", "ICO", "Care Order"], 2, "legal_status", "C2"),
            ("Duration", ["Short term", "Long term", "Respite"], 0, "duration", "short_term"),
            ("Placement is", ["Emergency", "Planned"], 1, "urgency", "planned"),
        ],
    )
    def test_the_option_left(self, label, options, kept, pointer, value):
        document = Document()
        table = document.add_table(rows=0, cols=2)
        for identity_label, identity_value in IDENTITY:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = identity_label, identity_value
        cells = table.add_row().cells
        cells[0].text = label
        paragraph = cells[1].paragraphs[0]
        for index, option in enumerate(options):
            run = paragraph.add_run(option)
            run.font.strike = index != kept
            if index < len(options) - 1:
                paragraph.add_run(" / ")
        buffer = io.BytesIO()
        document.save(buffer)
        draft = _read_docx(buffer.getvalue())
        where = (
            draft.referral["children"][0]
            if pointer == "legal_status"
            else draft.referral["placement"]
        )
        assert where.get(pointer) == value
        assert not draft.unclear

    def test_nothing_struck_is_unclear(self):
        draft = _text("Duration: Short term / Long term / Respite")
        assert "/placement/duration" in {item.pointer for item in draft.unclear}


READ_NOT_ASKED = [
    # a label the reader did not know
    (
        "Placements since coming into care (including current): Three",
        "/children/0/placement_history",
    ),
    ("Proposed start: 21/12/2026", "/placement/start_date"),
    ("Intended start date: 21/12/2026", "/placement/start_date"),
    # one answer, not two options left in
    ("Length of placement: Long-term / permanent", "/placement/duration"),
    ("Duration: long term or permanence", "/placement/duration"),
    (
        "It is an emergency placement over the weekend until the day team can plan on Monday.",
        "/placement/duration",
    ),
    (
        "Previous moves: 2 - kinship with aunt, then a children's home",
        "/children/0/placement_history",
    ),
    ("Worker: Gemma Lightfoot, gemma.lightfoot@example.gov.uk", "/social_worker/name"),
    # a list of risk prompts each answered after a dash, one a line
    (
        "Risk summary\nViolence - threatened staff with a knife in September\nAnimals - no",
        "/children/0/risks/to_others/harm_to_animals",
    ),
    ("Risk summary\nSubstances - cannabis most days", "/children/0/risks/to_child/drug_alcohol"),
    ("When: ASAP (within 7 days)", "/placement/start_date"),
    ("Allocated worker (day team): Priya Shah, priya.shah@example.gov.uk", "/social_worker/name"),
    # the start said in words
    ("We need an emergency foster placement from tomorrow for Sam.", "/placement/start_date"),
    # a risk's short name under a Risks heading, or in a list of risks
    ("Risks:\n- Eating: none known.", "/children/0/risks/to_child/eating_disorder"),
    ("Risks:\n- Animals: none known.", "/children/0/risks/to_others/harm_to_animals"),
    (
        "CSE / CCE / eating / animals: no concerns.",
        "/children/0/risks/to_child/eating_disorder",
    ),
    (
        "Missing episodes: none known. Eating: none known. Animals: none known.",
        "/children/0/risks/to_others/harm_to_animals",
    ),
    # a risk prompt answered with the detail after the last option
    (
        "Self-harm: ☒ Yes ☐ No - scratches her arms when upset",
        "/children/0/risks/to_child/self_harm/detail",
    ),
]


class TestReadNotAsked:
    @pytest.mark.parametrize(("lines", "pointer"), READ_NOT_ASKED)
    def test_the_answer_is_read(self, lines, pointer):
        assert pointer not in _missing(_text(lines))

    @pytest.mark.parametrize(
        "lines",
        [
            "Start date: TBC",
            "Placements since coming into care: unknown",
            "Risks:\n- Eating: TBC",
        ],
    )
    def test_an_explicit_gap_is_still_asked(self, lines):
        pointers = _missing(_text(lines))
        assert pointers & {
            "/placement/start_date",
            "/children/0/placement_history",
            "/children/0/risks/to_child/eating_disorder",
        }

    def test_dash_answers_one_a_line_are_each_read(self):
        draft = _text(
            "Risk summary\nAbsconding - 3 missing episodes in October\n"
            "Violence - threatened staff with a knife in September\nHSB - no\nArson - no\n"
            "Exploiting others - suspected of recruiting younger boys"
        )
        assert _risk(draft, "to_child", "missing") == "present"
        assert _risk(draft, "to_others", "physical_harm") == "present"
        assert _risk(draft, "to_others", "sexual_harm") == "none_known"
        assert _risk(draft, "to_others", "fire_setting") == "none_known"
        assert _risk(draft, "to_others", "criminal_exploitation") == "suspected"

    def test_a_short_name_outside_a_risks_list_is_not_a_risk(self):
        draft = _text("Eating: eats well, loves pasta.")
        assert _risk(draft, "to_child", "eating_disorder") == "not_stated"

    def test_tomorrow_is_the_day_after_the_referral(self):
        draft = _text("We need a foster placement from tomorrow.")
        assert draft.referral["placement"]["start_date"] == "2026-11-21"

    def test_a_senders_line_is_not_an_unreadable_start_date(self):
        draft = _text("From: London Borough of Hackney Placement Service\nStart: 26/11/2026")
        assert draft.referral["placement"]["start_date"] == "2026-11-26"
        assert "/placement/start_date" not in {item.pointer for item in draft.unclear}

    def test_a_start_that_tries_to_say_when_is_unclear(self):
        draft = _text("Start date: after the hearing")
        assert "/placement/start_date" in {item.pointer for item in draft.unclear}


class TestStatusesAndPeople:
    @pytest.mark.parametrize(
        ("line", "status"),
        [
            (
                "Legal status: a full care order (s31) has been granted, so it is no longer an ICO.",
                "C2",
            ),
            ("Legal status: Care order (s31), previously section 20", "C2"),
        ],
    )
    def test_a_status_no_longer_held_is_not_the_status(self, line, status):
        draft = _text(line)
        assert draft.referral["children"][0].get("legal_status") == status
        assert "/children/0/legal_status" not in _missing(draft)

    def test_a_sibling_line_gives_each_child_their_details(self):
        text = (
            "Date: 5th November 2026\n"
            "Children: Holly Tranter (A), DOB 03/02/2014, girl, and Harvey Tranter (B), DOB "
            "08/10/2017, boy. Both subject to full care orders (s31).\n"
            "Schools: A - Canal Side Academy, Year 8. B - Westgate Primary School.\n"
        )
        draft = read_referral_document(text.encode(), today=TODAY)
        children = draft.referral["children"]
        assert [child["first_name"] for child in children] == ["Holly", "Harvey"]
        assert [child["gender"] for child in children] == ["female", "male"]
        assert [child["date_of_birth"] for child in children] == ["2014-02-03", "2017-10-08"]
        assert [child["legal_status"] for child in children] == ["C2", "C2"]
        assert [child["school"]["name"] for child in children] == [
            "Canal Side Academy",
            "Westgate Primary School",
        ]

    def test_a_parent_and_childs_baby_is_the_child(self):
        text = (
            "Date of referral: 09/11/2026\n"
            "We are seeking a parent and child foster placement for Aisha, aged 19, and her "
            "daughter Keira Kowalczyk, born 31/10/2026.\n"
        )
        child = read_referral_document(text.encode(), today=TODAY).referral["children"][0]
        assert (child["first_name"], child["gender"]) == ("Keira", "female")

    def test_a_looked_after_young_parent_stays_the_child(self):
        text = (
            "Date of referral: 09/11/2026\n"
            "I am seeking a parent and child foster placement for Chantelle Hughes (DOB "
            "12/03/2009), who is 17 and in our care, and her son Mason Hughes, born 02/10/2026.\n"
        )
        child = read_referral_document(text.encode(), today=TODAY).referral["children"][0]
        assert child["first_name"] == "Chantelle"

    @pytest.mark.parametrize(
        ("line", "gender"),
        [
            ("Sam needs a foster carer and she could move after the holidays.", "female"),
            ("Mum says she cannot cope with Sam.", None),
        ],
    )
    def test_one_pronoun_about_the_child(self, line, gender):
        child = _text(line).referral["children"][0]
        assert child.get("gender") == gender


class TestRiskAnswersNotAsked:
    def test_a_data_standards_field_names(self):
        rows = [
            *IDENTITY,
            ("Risk", "Answer", "Detail"),
            ("riskToChild: self_harm", "No", ""),
            ("riskToChild: eating_disorder", "Yes (historic)", "Food restriction in 2023."),
            ("riskToOthers: criminal_exploitation", "No", ""),
        ]
        draft = _read_docx(_docx(rows))
        assert _risk(draft, "to_child", "self_harm") == "none_known"
        assert _risk(draft, "to_child", "eating_disorder") == "historical"
        assert _risk(draft, "to_others", "criminal_exploitation") == "none_known"

    def test_a_prompt_answered_child_by_child(self):
        text = (
            "Date of referral: 20/11/2026\n"
            "Names: Alfie Stone (DOB 02/04/2015) and Jamal Stone (DOB 19/09/2017)\n"
            "Is there a history of self-harm?: Alfie - In the past. Alfie scratched his arms in "
            "2022, none since 2023. Jamal - No.\n"
        )
        draft = read_referral_document(text.encode(), today=TODAY)
        assert _risk(draft, "to_child", "self_harm", 0) == "historical"
        assert _risk(draft, "to_child", "self_harm", 1) == "none_known"

    @pytest.mark.parametrize(
        ("line", "group", "name", "state"),
        [
            (
                "Exploitation (sexual or criminal): ☐ Yes ☒ No",
                "to_child",
                "sexual_exploitation",
                "none_known",
            ),
            (
                "Exploitation (sexual or criminal): ☐ Yes ☒ No",
                "to_child",
                "criminal_exploitation",
                "none_known",
            ),
            (
                "Harm to others (physical or sexual): ☐ Yes ☒ No",
                "to_others",
                "physical_harm",
                "none_known",
            ),
            (
                "Harm to others (physical or sexual): ☐ Yes ☒ No",
                "to_others",
                "sexual_harm",
                "none_known",
            ),
            (
                "Mother going missing: has left the unit overnight twice",
                "to_child",
                "missing",
                "not_stated",
            ),
            (
                "Eating: Adults worry Sam is skipping meals; not assessed.",
                "to_child",
                "eating_disorder",
                "not_stated",
            ),
            (
                "Risks:\n- Eating: Adults worry Sam is skipping meals; not assessed.",
                "to_child",
                "eating_disorder",
                "suspected",
            ),
        ],
    )
    def test_the_state(self, line, group, name, state):
        assert _risk(_text(line), group, name) == state


SIBLING_EMAIL = (
    "Date of referral: 18/11/2026\n"
    "I'm the social worker for two brothers, Kai Mensah (DOB 04/04/2015) and Jayden Mensah "
    "(DOB 21/01/2018), both on full care orders. Mosaic IDs 771200 (Kai) and 771201 (Jayden).\n"
    "Kai is in Year 6 at Invicta Primary; Jayden is in Year 3 at the same school. Kai has ADHD "
    "(medicated); Jayden has no health needs.\n"
    "Family time: both boys see their mum monthly, supervised.\n"
    "They have been with the same foster carers since 2022 (their only placement).\n"
    "Risks: Kai - occasional physical aggression towards peers at school. No other risks for "
    "Kai. Jayden - no known risks.\n"
)


class TestSiblingsInProse:
    """A sibling email: each child named with a date of birth in one sentence, what is said
    of them all, and each child's own part of a shared answer."""

    @pytest.fixture
    def draft(self):
        return read_referral_document(SIBLING_EMAIL.encode(), today=TODAY)

    def test_each_child_with_their_details(self, draft):
        children = draft.referral["children"]
        assert [(c["first_name"], c["date_of_birth"]) for c in children] == [
            ("Kai", "2015-04-04"),
            ("Jayden", "2018-01-21"),
        ]
        assert [(c["gender"], c["legal_status"]) for c in children] == [("male", "C2")] * 2
        assert draft.referral["la_reference"] == "771200"

    def test_nothing_said_is_asked(self, draft):
        scored = {
            item.pointer
            for item in draft.missing
            if re.match(
                r"^/(la_reference|children/\d+/(school|health_needs|placement_history"
                r"|legal_status|gender|date_of_birth|family_time|risks))",
                item.pointer,
            )
        }
        assert scored == set()

    def test_each_childs_own_risks(self, draft):
        assert _risk(draft, "to_others", "physical_harm", 0) == "present"
        assert _risk(draft, "to_child", "self_harm", 0) == "none_known"
        assert _risk(draft, "to_others", "physical_harm", 1) == "none_known"

    def test_a_sibling_met_again_is_not_a_third_child(self):
        text = (
            "Names: Lily Watts (DOB 02/04/2015) and Oscar Watts (DOB 19/09/2017)\n"
            "Gender: Lily - F, Oscar - M\nDate: 19/11/2026\n"
        )
        children = read_referral_document(text.encode(), today=TODAY).referral["children"]
        assert [c["gender"] for c in children] == ["female", "male"]


class TestSeveralAnswersOnALine:
    def test_pairs_and_a_lone_gender(self):
        text = "Date: 24/11/2026\nYoung Person: Dominik Kowal   D.O.B: 30/06/2010   Male\n"
        draft = read_referral_document(text.encode(), today=TODAY)
        child = draft.referral["children"][0]
        assert (child["first_name"], child["date_of_birth"], child["gender"]) == (
            "Dominik",
            "2010-06-30",
            "male",
        )

    def test_a_lone_word_that_is_not_a_gender_keeps_the_line(self):
        text = "Date: 24/11/2026\nYoung Person: Dominik Kowal   D.O.B: 30/06/2010   urgent\n"
        children = read_referral_document(text.encode(), today=TODAY).referral["children"]
        assert all("gender" not in child for child in children)


OTHER_QUESTIONS = [
    # the service's other questions (not scored by the bench) follow the same rule
    ("DoLS: No", "/placement/deprivation_of_liberty", False),
    ("Deprivation of liberty order: No", "/placement/deprivation_of_liberty", False),
    ("Allergies: None known", "/children/0/animal_allergies", False),
    ("Sam is allergic to cats.", "/children/0/animal_allergies", False),
    ("Category of need: N1 Abuse or neglect", "/children/0/category_of_need", False),
    ("Allergies: TBC", "/children/0/animal_allergies", True),
    ("Sam loves cats.", "/children/0/animal_allergies", True),
    ("Category of need: to be confirmed", "/children/0/category_of_need", True),
]


class TestTheOtherQuestions:
    @pytest.mark.parametrize(("line", "pointer", "asked"), OTHER_QUESTIONS)
    def test_asked_only_when_not_said(self, line, pointer, asked):
        assert (pointer in _missing(_text(line))) is asked

    def test_a_mixed_case_abbreviation_is_not_split_like_a_field_name(self):
        draft = _text("DoLS: No")
        assert draft.referral["placement"]["deprivation_of_liberty"] is False


FORWARDED = b"""From: Duty Team <cs.duty@knowsley.example.gov.uk>
To: referrals@example.org.uk
Subject: Fwd: Referral - Mason Kelly
Date: Thu, 26 Nov 2026 16:45:00 +0000
Content-Type: text/plain; charset="utf-8"

Please see below from Mason's SW. Any offers to her please.

---------- Forwarded message ---------
From: Louise Tierney <louise.tierney@knowsley.example.gov.uk>
Date: Thu, 26 Nov 2026 at 15:10
Subject: Referral - Mason Kelly

Hi,

Mason (11, DOB 19/08/2015) needs a short term foster placement from 1st December - s20
agreed. He's at Halewood CE Primary (Year 6). No health issues. He'll see mum on the ward
twice a week once she's well enough, supervised by us.

He has never been looked after before.

Risks: none known to self or others.

Mosaic 2201877

Thanks
Louise
"""


class TestAForwardedDutyEmail:
    @pytest.fixture
    def draft(self):
        return read_referral_document(FORWARDED, today=TODAY)

    def test_a_reference_above_the_sign_off_is_read(self, draft):
        assert draft.referral["la_reference"] == "2201877"

    def test_none_known_to_self_or_others_answers_every_risk(self, draft):
        assert _risk(draft, "to_child", "self_harm") == "none_known"
        assert _risk(draft, "to_others", "fire_setting") == "none_known"

    def test_sentences_opening_with_he_give_the_gender(self, draft):
        assert draft.referral["children"][0]["gender"] == "male"

    def test_none_known_to_a_team_is_not_a_denial(self):
        draft = _text("Risks: none known to EDT tonight")
        assert _risk(draft, "to_child", "self_harm") == "not_stated"


class TestUndeletedOptions:
    @pytest.mark.parametrize(
        ("line", "pointer"),
        [
            ("Placement is: Emergency / Planned (delete as appropriate)", "/placement/urgency"),
            ("Length: Short term / Long term (delete as appropriate)", "/placement/duration"),
        ],
    )
    def test_left_whole_is_unclear_and_asked(self, line, pointer):
        draft = _text(line)
        assert pointer in {item.pointer for item in draft.unclear}
        assert pointer in _missing(draft)

    def test_one_option_kept_is_read(self):
        draft = _text("Placement is: Planned")
        assert "/placement/urgency" not in {item.pointer for item in draft.unclear}
