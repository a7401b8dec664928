"""Questions only for real gaps, second round (issue 12, class 12): the false questions
left on training sets d, e and g, grouped by why the reader did not read the field. Each
case is a small document in one layout that answers a question; the draft must not ask it.
A field whose answer the reader can see but not parse is unclear for the officer, never a
question to the LA; one left ambiguous by the LA (options undeleted) is both.
"""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _draft(lines: str):
    return read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)


def _missing(draft) -> set[str]:
    return {item.pointer for item in draft.missing}


def _unclear(draft) -> set[str]:
    return {item.pointer for item in draft.unclear}


def _risk(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.referral["children"][child]["risks"]
    return (risks.get(group) or {}).get(name, {}).get("state", "not_stated")


def _docx_table(rows: list[tuple[str, ...]], *, start: bool = True) -> bytes:
    document = Document()
    document.add_paragraph("Placement request")
    lines = [("Date of referral", "20/11/2026"), ("Child's name", "Sam Taylor")]
    for label, value in lines + ([("Date required", "04/12/2026")] if start else []):
        document.add_paragraph(f"{label}: {value}")
    document.add_paragraph("Placement history")
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=False):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestARecordTablesHeaderIsNoAnswer:
    """ "Start | End | Placement | Reason for end" heads a placement history: it is not a
    start date answered "End" (which would be unclear, and block the real one)."""

    @pytest.mark.parametrize(
        "header",
        [
            ("Start", "End", "Placement", "Reason for end"),
            ("From", "To", "Placement", "Ended because"),
            ("Start date", "End date", "Placement", "Reason for ending"),
        ],
    )
    def test_history_header(self, header):
        data = _docx_table(
            [
                header,
                ("12/02/2024", "14/02/2025", "Foster care", "carer retired"),
                ("14/02/2025", "present", "Foster care (IFA)", "notice given"),
            ]
        )
        draft = read_referral_document(data, today=TODAY)
        assert draft.referral["placement"]["start_date"] == "2026-12-04"
        assert "/placement/start_date" not in _missing(draft) | _unclear(draft)


class TestBlanketDenials:
    """Every risk not stated otherwise is none known, in the words LAs use."""

    @pytest.mark.parametrize(
        "lines",
        [
            "Risk assessment\nUses cannabis most weekends. No further risk issues are known "
            "to the department.",
            "Risks\nNo other risks are known to the local authority.",
            "Part 3: Risks to the baby\nNone known - newborn baby.",
            "Risk assessment\nNone known - she is a baby.",
        ],
    )
    def test_no_risk_question(self, lines):
        draft = _draft(lines)
        assert not {p for p in _missing(draft) if "/risks" in p}
        assert _risk(draft, "to_others", "fire_setting") == "none_known"

    @pytest.mark.parametrize(
        "lines",
        [
            "Risks\nNone known - but she was missing twice last week.",
            "Risks\nNo - apart from going missing.",
        ],
    )
    def test_an_exception_is_not_blanket(self, lines):
        assert _risk(_draft(lines), "to_others", "fire_setting") == "not_stated"

    def test_mfh_is_going_missing(self):
        draft = _draft("RISKS\nMFH EPISODES: NO CONCERNS")
        assert _risk(draft, "to_child", "missing") == "none_known"


class TestValuesOnTheLineAfterThePrompt:
    @pytest.mark.parametrize(
        ("lines", "pointer"),
        [
            ("School\nDee Banks School (special school)", "/children/0/school"),
            ("Education\nLutterworth College\nFamily and placements", "/children/0/school"),
            (
                "Education, employment or training\nBarnsley College - hair and beauty",
                "/children/0/school",
            ),
            ("Family and friends time\nDad monthly", "/children/0/family_time"),
        ],
    )
    def test_answered(self, lines, pointer):
        assert pointer not in _missing(_draft(lines))

    def test_a_numbered_question_with_its_answer_on_its_line(self):
        draft = _draft("3. Pronouns he/him\n4. Liquidlogic ID\nLL-902214")
        assert draft.referral["children"][0]["gender"] == "male"

    def test_a_topic_to_follow_is_still_asked(self):
        draft = _draft("Health and disability\nHealth information to follow")
        assert "/children/0/health_needs" in _missing(draft)


class TestLabelsInsideProse:
    """ "... She attends X. Health: well. Family time: mum monthly." in a paragraph."""

    def test_inline_labels(self):
        draft = _draft(
            "Sam was born on 1 February 2014. He attends Moss Primary School. Health: Sam is "
            "well and has no health needs. Family time: weekly with mum at the family centre. "
            "Sam had one short foster placement in 2025 before returning home."
        )
        child = draft.referral["children"][0]
        assert [(a["with_whom"], a["frequency"]) for a in child["family_time"]] == [
            ("mum", "weekly")
        ]
        assert not {
            "/children/0/health_needs",
            "/children/0/family_time",
            "/children/0/placement_history",
        } & _missing(draft)

    def test_the_prose_after_a_labelled_sentence_is_still_read(self):
        draft = _draft(
            "Please could you search for a planned, long term foster placement for Sam. "
            "Mosaic: 457103. Needed from 14/12/2026."
        )
        assert draft.referral["placement"]["start_date"] == "2026-12-14"

    def test_a_siblings_paragraph_is_theirs(self):
        draft = read_referral_document(
            (
                b"Date of referral: 20/11/2026\n"
                b"Freya Collins (born 11 February 2015) is a girl of 11. She is subject to a "
                b"care order. Health: Well. Family time: Mum monthly.\n"
                b"Jacob Collins (born 3 December 2016) is a boy of 9. He is subject to a care "
                b"order. Health: ARFID, dietitian monitors weight. Family time: Dad weekly.\n"
            ),
            today=TODAY,
        )
        children = draft.referral["children"]
        assert [c["first_name"] for c in children] == ["Freya", "Jacob"]
        assert [c["family_time"][0]["with_whom"] for c in children] == ["mum", "dad"]
        assert not {p for p in _missing(draft) if p.endswith(("/health_needs", "/family_time"))}


class TestHistoryInWords:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Sam had one short foster placement in 2025 before returning home.",
            "This will be Isla's third home in care.",
            "Neither child has been in care before.",
            "Placements: emergency carers (January 2025), then the current carers.",
        ],
    )
    def test_answered(self, sentence):
        assert "/children/0/placement_history" not in _missing(_draft(sentence))

    def test_a_placement_mentioned_without_a_count_is_asked(self):
        draft = _draft("She had a previous secure placement in 2024.")
        assert "/children/0/placement_history" in _missing(draft)


class TestTheStartAndHowUrgent:
    @pytest.mark.parametrize(
        ("lines", "start"),
        [
            ("First break from\n5th December 2026", "2026-12-05"),
            ("Estimated discharge: 03/12/2026", "2026-12-03"),
        ],
    )
    def test_start_labels(self, lines, start):
        assert _draft(lines).referral["placement"]["start_date"] == start

    def test_a_start_answered_today_without_a_referral_date_is_not_asked(self):
        draft = read_referral_document(
            b"Name: Sam Taylor\nDate required: Today (following court)\n", today=TODAY
        )
        assert "/placement/start_date" not in _missing(draft)
        assert "start_date" not in draft.referral["placement"]  # never the upload day

    def test_a_date_written_but_not_parsed_is_unclear_not_asked(self):
        draft = _draft("Start date: March 2027 (1st)")
        assert "/placement/start_date" in _unclear(draft)
        assert "/placement/start_date" not in _missing(draft)

    def test_a_start_that_is_no_date_is_asked(self):
        draft = _draft("Start date: Once a suitable home is identified")
        assert "/placement/start_date" in _missing(draft)

    def test_undeleted_options_are_unclear_and_asked(self):
        draft = _draft("Urgency: Emergency / Planned (delete as appropriate)")
        assert "/placement/urgency" in _unclear(draft) & _missing(draft)

    @pytest.mark.parametrize(
        ("lines", "urgency"),
        [
            ("Planned move date: 06/12/2026", "planned"),
            ("Emergency placement needed from: 21/11/2026", "emergency"),
        ],
    )
    def test_urgency(self, lines, urgency):
        draft = _draft(lines)
        assert draft.referral["placement"]["urgency"] == urgency
        assert "/placement/urgency" not in _missing(draft)

    def test_respite_is_not_asked_whether_it_is_an_emergency(self):
        # short breaks are planned by nature: no question, and no urgency the words do not say
        draft = _draft("Type of short break requested: Foster care - respite")
        assert "urgency" not in draft.referral["placement"]
        assert "/placement/urgency" not in _missing(draft)


class TestLegalStatusToBeConfirmed:
    def test_tbc_with_the_order_hoped_for_is_asked(self):
        draft = _draft(
            "Current legal status: TBC - ICO hearing listed 27/11/2026\n"
            "Date of order:\nPLACEMENT REQUIRED"
        )
        assert "legal_status" not in draft.referral["children"][0]
        assert "/children/0/legal_status" in _missing(draft)


class TestAKnownColumnOfBoxes:
    """ "Risk | Known? | Details" with a box before each risk: the form asks "Known?" of
    every risk, so a box left empty answers no (a "tick all that apply" list does not)."""

    def test_each_box_answers(self):
        data = _docx_table(
            [
                ("Risk", "Known?", "Details"),
                ("☒ Physical aggression", "", "Assaulted two carers in October 2026"),
                ("☒ Fire setting", "", "Set fire to a shed in 2022; nothing since"),
                ("☐ Self-harm", "", ""),
                ("☐ Harm to animals", "", ""),
            ]
        )
        draft = read_referral_document(data, today=TODAY)
        assert _risk(draft, "to_others", "physical_harm") == "present"
        assert _risk(draft, "to_others", "fire_setting") == "historical"
        assert _risk(draft, "to_child", "self_harm") == "none_known"
        assert _risk(draft, "to_others", "harm_to_animals") == "none_known"
        assert "/children/0/risks/to_child/self_harm" not in _missing(draft)

    def test_without_a_known_column_an_empty_box_says_nothing(self):
        data = _docx_table(
            [
                ("Risk", "Details"),
                ("☒ Physical aggression", "Assaulted two carers in October 2026"),
                ("☐ Self-harm", ""),
            ]
        )
        draft = read_referral_document(data, today=TODAY)
        assert _risk(draft, "to_child", "self_harm") == "not_stated"


class TestABracketExplainsTheDuration:
    def test_permanent_with_a_bracket(self):
        draft = _draft(
            "To consider the match of Sam with the proposed carers for a permanent (long-term "
            "match) foster care placement, on a planned basis, moving on 28 December 2026."
        )
        assert draft.referral["placement"]["duration"] == "permanence"
        assert "/placement/duration" not in _missing(draft)


class TestAServiceIsNotTheSchool:
    def test_the_virtual_school_copied_in_does_not_name_the_school(self):
        draft = _draft(
            "I have copied in Angela Rowe from the Virtual School as education stability is "
            "key.\nSchool / nursery:"
        )
        assert "/children/0/school" in _missing(draft)


class TestGenderFromTheChildsOwnAnswer:
    def test_an_answer_about_the_child_with_no_subject(self):
        draft = read_referral_document(
            b"Child: Freya Elliott, born 23 September 2014\n"
            b"Current risk of self-harm: has scratched her arms twice this term.\n",
            today=TODAY,
        )
        assert draft.referral["children"][0]["gender"] == "female"

    def test_someone_elses_pronoun_says_nothing(self):
        draft = read_referral_document(
            b"Child: Alex Elliott, born 23 September 2014\n"
            b"Family time: mum weekly; she has moved to Leeds.\n",
            today=TODAY,
        )
        assert "gender" not in draft.referral["children"][0]


class TestAChildLeftToBeConfirmed:
    """A grid's header ("Risk | Response (each child)") answers nothing, and in one cell
    answering for every child, a child whose part is "to be confirmed" is still asked."""

    def test_the_third_child_is_asked(self):
        rows = [("Risk", "Response (each child)")] + [
            (risk, "Ruby - No concerns. Theo - No. Poppy - to be confirmed.")
            for risk in (
                "Self-harm",
                "Child sexual exploitation",
                "Criminal exploitation",
                "Substance misuse",
                "Eating disorder",
                "Missing episodes",
                "Violence to others",
                "Harmful sexual behaviour",
                "Fire setting",
                "Harm to animals",
                "Exploiting other children",
            )
        ]
        document = Document()
        document.add_paragraph("Date of referral: 20/11/2026")
        for number, name in enumerate(("Ruby", "Theo", "Poppy"), start=1):
            document.add_paragraph(f"Child {number}")
            document.add_paragraph(f"First name: {name}")
            document.add_paragraph("Surname: Lane")
        table = document.add_table(rows=0, cols=2)
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        buffer = io.BytesIO()
        document.save(buffer)
        draft = read_referral_document(buffer.getvalue(), today=TODAY)
        assert [c["first_name"] for c in draft.referral["children"]] == ["Ruby", "Theo", "Poppy"]
        assert "/children/2/risks" in _missing(draft)
        assert not {
            p for p in _missing(draft) if p.startswith(("/children/0/risks", "/children/1/risks"))
        }


class TestAnEmptyCellInARowOfTwoPairs:
    def test_the_second_pair_is_read(self):
        data = _docx_table(
            [
                ("Legal status", "Section 20", "Gender", "Female"),
                ("Referral date", "", "Estimated discharge", "07/12/2026"),
            ],
            start=False,
        )
        draft = read_referral_document(data, today=TODAY)
        assert draft.referral["placement"]["start_date"] == "2026-12-07"
        assert draft.referral["children"][0]["gender"] == "female"
