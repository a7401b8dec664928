"""The referral's own fields by class (issue 12): dates, the allocated worker, the
placement sought, school, family time and placement history, as documents nobody has
tuned for write them. Every document and phrase is written for this test; none is
copied from a document set."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.exports import export_lines
from hearth_referrals.documents.rules.history import history_from_text
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _read(text: str) -> dict:
    return read_referral_document(text.encode(), today=TODAY).referral


_KEYED_EXPORT = """\
# placements hub - nightly extract
case.council=Example Borough Council
case.ref=EX/4410
case.submitted=2026-11-18
case.setting=Foster care
case.start=25/11/2026
caseworker.name=Dana Oduya
caseworker.email=dana.oduya@example.gov.uk
caseworker.phone=01632 960123
young_people.count=2
young_person[1].first_name=Rory
young_person[1].last_name=Pask
young_person[1].dob=2013-05-06
young_person[1].school=Hillcrest Academy (Year 8)
young_person[1].family_time=dad fortnightly
young_person[1].placements=FC Ashby 2021-2023 | FC Sileby 2023-
young_person[2].first_name=Nell
young_person[2].last_name=Pask
young_person[2].dob=2016-09-01
young_person[2].school=Brook Primary
young_person[2].placements=FC Sileby 2023-
"""

_XML_EXPORT = """\
<?xml version="1.0"?>
<Referral>
  <Council>Example Borough Council</Council>
  <Ref>EX-9921</Ref>
  <Submitted>2026-11-19</Submitted>
  <AllocatedWorker>
    <FullName>Pat Nwosu</FullName>
    <Email>pat.nwosu@example.gov.uk</Email>
  </AllocatedWorker>
  <PlacementType>Residential</PlacementType>
  <YoungPerson>
    <FirstName>Tia</FirstName>
    <LastName>Moss</LastName>
    <DateOfBirth>2011-01-02</DateOfBirth>
    <School>Riverside College</School>
    <CareHistory>
      <Entry>FC Oakham 2019-2022</Entry>
      <Entry>Resi Melton 2022-</Entry>
    </CareHistory>
    <Concerns>
      <Concern area="Going missing" status="Historic">twice in 2023</Concern>
      <Concern area="Fire setting" status=""></Concern>
    </Concerns>
  </YoungPerson>
</Referral>
"""


class TestKeyedExport:
    def test_dotted_keys_become_labels_and_numbered_children_parts(self):
        lines = export_lines(_KEYED_EXPORT)
        assert lines is not None
        assert "Submitted: 2026-11-18" in lines
        assert "Caseworker email: dana.oduya@example.gov.uk" in lines
        assert "Number of children: 2" in lines
        assert lines.index("Child 1") < lines.index("First name: Rory") < lines.index("Child 2")

    @pytest.mark.parametrize(
        "text",
        [
            "Name = Rory\nAge = 12\n",  # plain pairs, not a dotted export
            "See a.b=c in the notes.\nNothing else here.\n",
            "x.y=1\nsome prose\nmore prose\nand more\nstill more\nx.z=2\n",
        ],
    )
    def test_text_that_is_not_an_export_is_left_alone(self, text):
        assert export_lines(text) is None

    def test_a_risk_state_and_note_are_one_answer_and_an_empty_pair_is_left_out(self):
        lines = export_lines(
            "\n".join(
                [
                    "child[1].name=Ali",
                    "child[1].risk.fire.status=PAST",
                    "child[1].risk.fire.note=in 2022 only",
                    "child[1].risk.missing.status=",
                    "child[1].risk.missing.note=",
                    "child[1].school=Oak Lane",
                ]
            )
        )
        assert lines == ["Child 1", "Name: Ali", "Fire: Past - in 2022 only", "School: Oak Lane"]

    def test_the_export_is_read_as_a_form(self):
        referral = _read(_KEYED_EXPORT)
        assert referral["referral_date"] == "2026-11-18"
        assert referral["placement"]["start_date"] == "2026-11-25"
        assert referral["social_worker"]["email"] == "dana.oduya@example.gov.uk"
        first, second = referral["children"]
        assert first["school"] == {"name": "Hillcrest Academy"}
        assert len(first["placement_history"]) == 2
        assert len(second["placement_history"]) == 1


class TestXmlExport:
    def test_elements_become_labels_and_a_subject_attribute_names_the_answer(self):
        lines = export_lines(_XML_EXPORT)
        assert lines is not None
        assert "Allocated worker full name: Pat Nwosu" in lines
        assert "Care history: FC Oakham 2019-2022; Resi Melton 2022-" in lines
        assert "Going missing: Historic - twice in 2023" in lines
        assert not any(line.startswith("Fire setting") for line in lines)

    @pytest.mark.parametrize(
        "text",
        [
            "<p>Hello</p>",
            "<not xml at all",
            '<!DOCTYPE r [<!ENTITY a "aaaa">]><r><a>&a;</a><b/><c/><d/><e/></r>',
            "Dear team, <b>urgent</b> please",
            '<!DOCTYPE r SYSTEM "http://x.example/r.dtd"><r><a/><b/><c/><d/><e/></r>',
        ],
    )
    def test_what_is_not_one_plain_xml_record_is_not_read_as_one(self, text):
        assert export_lines(text) is None

    def test_the_export_is_read_as_a_form(self):
        referral = _read(_XML_EXPORT)
        assert referral["referral_date"] == "2026-11-19"
        assert referral["social_worker"]["email"] == "pat.nwosu@example.gov.uk"
        (child,) = referral["children"]
        assert len(child["placement_history"]) == 2


class TestSubmittedIsTheReferralDate:
    @pytest.mark.parametrize("label", ["Submitted", "Submitted on", "Created", "Date submitted"])
    def test_the_day_a_request_was_submitted_or_created(self, label):
        assert field_for(label) == "referral_date"


class TestPlacementShorthand:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("FC Leek 2019-2021 | FC Hanley 2021-", 2),
            ("FC Leek 2019-2021 | Resi Stone 2021-2024 | FC Hanley 2024-", 3),
            ("FC Hanley 2024-", 1),
            ("FC Leek 2019; FC Hanley 2021", 2),
            ("Resi Stone 2022 to now", 1),
            # a bar between a place and its years is one entry's cells, not two entries
            ("Foster care | 2019 - 2021", 1),
        ],
    )
    def test_entries_in_a_case_systems_shorthand(self, text, count):
        assert len(history_from_text(text, TODAY)) == count


class TestThePapersOwnDateLabels:
    @pytest.mark.parametrize(
        "label",
        [
            "Date profile completed",
            "Date the form was completed",
            "Date this request was sent",
            "Notification date",
            "Request date",
            "Date you are returning this form",
            "Date returned",
            "Questionnaire returned on",
            "Slides circulated",
            "Papers circulated on",
            "Pack distributed",
        ],
    )
    def test_the_day_the_paper_was_completed_returned_or_circulated(self, label):
        assert field_for(label) == "referral_date"

    @pytest.mark.parametrize(
        "label",
        [
            "Panel date",
            "Date of hearing",
            "SGO made",
            "Date of IHA",
            "Date presented to Housing",
            "Returned",
            "Date of assessment",
        ],
    )
    def test_a_meeting_order_or_visit_date_is_not_the_referral_date(self, label):
        assert field_for(label) != "referral_date"


def _worker(text: str) -> dict:
    return _read(text).get("social_worker") or {}


_CHILD_LINES = "Name: Ola Brent\nDate of birth: 03/03/2013\nPlacement type: Foster care\n"


class TestTheAllocatedWorkerWhoeverWrites:
    @pytest.mark.parametrize(
        "label",
        [
            "Please ask for",
            "Ask for",
            "Enquiries to",
            "Contact officer",
            "Officer dealing with this",
            "Who is the child's social worker and how do we reach them?",
            "Who is the social worker?",
            "Name of allocated social worker",
        ],
    )
    def test_a_letterhead_or_questionnaire_asks_for_the_worker(self, label):
        assert field_for(label) == "social_worker.name"

    def test_a_questions_answer_gives_the_name_before_the_role_and_details(self):
        worker = _worker(
            "Who is the young person's social worker?: Kemi Ade; Social Worker, Leaving Care;"
            " kemi.ade@example.gov.uk; 01632 960222\n" + _CHILD_LINES
        )
        assert (worker.get("name"), worker.get("email")) == ("Kemi Ade", "kemi.ade@example.gov.uk")

    @pytest.mark.parametrize(
        "line",
        [
            "I am sending this on behalf of Rosa Lind, Social Worker, who is on leave today.",
            "Forwarded on behalf of Rosa Lind, the allocated social worker, as asked.",
            "Typed on behalf of Rosa Lind, her social worker.",
        ],
    )
    def test_someone_sending_on_the_workers_behalf(self, line):
        assert _worker(f"{line}\n{_CHILD_LINES}").get("name") == "Rosa Lind"

    @pytest.mark.parametrize(
        "line",
        [
            "Housing officer: Tom Vey. Children's services: Rosa Lind, Social Worker,"
            " rosa.lind@example.gov.uk",
            "Presenter: Rosa Lind (Social Worker)",
            "Presented by Rosa Lind (Team Manager, acting as allocated worker)",
            "Joint visit with Tom Vey (Youth Worker) and Rosa Lind (allocated social worker)",
        ],
    )
    def test_the_worker_named_with_the_role_beside_them_on_a_line_with_others(self, line):
        assert _worker(f"{line}\n{_CHILD_LINES}").get("name") == "Rosa Lind"

    @pytest.mark.parametrize(
        "line",
        [
            "Presenter: Tom Vey (Supervising Social Worker)",
            "Presenter: Tom Vey (Team Manager)",
            "Sent on behalf of Tom Vey, Head of Service.",
        ],
    )
    def test_someone_else_with_a_role_beside_them_is_not_the_worker(self, line):
        assert _worker(f"{line}\n{_CHILD_LINES}").get("name") != "Tom Vey"

    def test_a_dictated_letter_is_signed_by_the_worker_not_the_typist(self):
        worker = _worker(
            "Please ask for: Rosa Lind\nDirect line: 01632 960333\n"
            "Dear colleague\nRe: Ola Brent DOB: 03/03/2013\n"
            "Please find below the request for foster care.\n"
            "Yours faithfully\nRosa Lind\nSocial Worker\nDictated, not checked. Typed by JB.\n"
        )
        assert worker.get("name") == "Rosa Lind"

    @pytest.mark.parametrize(
        "answer",
        [
            "The allocated social worker is Rosa Lind (rosa.lind@example.gov.uk); ask her.",
            "Her social worker is Rosa Lind, on 01632 960333.",
        ],
    )
    def test_the_worker_named_in_a_sentence_under_a_question_left_blank(self, answer):
        text = f"{_CHILD_LINES}Any history of setting fires?:\n{answer}\n"
        assert _worker(text).get("name") == "Rosa Lind"


class TestWhenThePlacementStarts:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Move by", "start_date"),
            ("Moving from", "start_date"),
            ("Start by", "start_date"),
            ("Placement from", "start_date"),
            ("Admission on", "start_date"),
            ("Move on", None),  # a care leaver's move-on plan, not a day
            ("Ask", "setting"),
            ("The ask", "setting"),
            ("Panel ask", "setting"),
        ],
    )
    def test_labels(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize(
        ("ask", "start", "duration"),
        [
            ("Foster care · Planned · Long term · from 7 December 2026", "2026-12-07", "long_term"),
            (
                "Residential, planned, short term, from Monday 14 December 2026",
                "2026-12-14",
                "short_term",
            ),
        ],
    )
    def test_an_ask_line_says_what_when_and_how_long(self, ask, start, duration):
        placement = _read(f"Date: 20/11/2026\nAsk: {ask}\n{_CHILD_LINES}")["placement"]
        assert (placement.get("start_date"), placement.get("duration")) == (start, duration)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Sorry, the start date has changed: the placement now starts on Monday 7 December,"
            " not 30 November as below.",
            "Update: it begins from Monday 7 December, not 30 November.",
            "The assessment now starts on 7 December 2026, not on 30 November.",
        ],
    )
    def test_a_note_on_top_moves_the_start(self, sentence):
        from hearth_referrals.documents.rules.corrections import corrections

        (found,) = corrections(sentence)
        assert found.label == "start date"
        assert "7 December" in found.value


class TestPlacementHistoryShapes:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("FC Leek 2019 → FC Hanley 2019-2022 → Resi Stone 2022-", 3),
            ("FC Leek 2019 -> Resi Stone 2022-", 2),
            ("Foster care, Leek (2021)\nCurrent: residential, Stone (since 2024)", 2),
            ("Emergency foster placement, Leek (May 2025)\nCurrent: kinship carers", 2),
            ("FC (2019-2021); Current: unregistered flat, Hanley", 2),
            ("Current: unregistered caravan with agency staff", 1),
            ("Presently - supported lodgings in Stone", 1),
            ("Current: at home with mum", 0),
            ("Current: none", 0),
        ],
    )
    def test_entries(self, text, count):
        assert len(history_from_text(text, TODAY)) == count

    @pytest.mark.parametrize(
        "label", ["Homes", "Every placement so far, this one included", "All moves to date"]
    )
    def test_labels_that_ask_for_every_home(self, label):
        assert field_for(label) == "history"


class TestExportCodes:
    def test_a_camel_case_state_is_read_as_its_words(self):
        lines = export_lines(
            "<R><A>1</A><B>2</B><C>3</C><D>4</D><Risks>"
            '<Risk area="Fire" status="NoneIdentified"/>'
            '<Risk area="Going missing" status="PastConcern">2023</Risk></Risks></R>'
        )
        assert lines is not None
        assert "Fire: None identified" in lines
        assert "Going missing: Past concern - 2023" in lines


class TestQuestionnaireRows:
    def test_questions_numbered_within_a_section_are_read_by_their_question(self):
        from hearth_referrals.documents.blocks import Block, BlockKind, Location
        from hearth_referrals.documents.rules.answers import pair_answers

        rows = [
            ("No.", "Question", "Answer"),
            ("2.1", "School or college", "Oak Lane Academy"),
            ("2.9", "Who will the child see, and how often?", "Dad weekly"),
            ("2.10", "Anyone the child must not see?", "uncle, Rob Tate"),
        ]
        cells = [
            Block(BlockKind.CELL, text, Location(table=1, row=row, cell=cell))
            for row, texts in enumerate(rows, start=1)
            for cell, text in enumerate(texts, start=1)
        ]
        labels = {answer.label: answer.value for answer in pair_answers(cells)}
        assert labels["School or college"] == "Oak Lane Academy"
        assert labels["Anyone the child must not see?"] == "uncle, Rob Tate"

    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Who will the child see and how often?", "family_time"),
            ("Who can she see?", "family_time"),
            ("Whom does the young person spend time with", "family_time"),
            ("Anyone the child must not see?", "no_contact"),
            ("Who should the young person not see?", "no_contact"),
            ("Anyone he cannot see", "no_contact"),
            ("Person no.", "la_reference"),
            ("Case number", "la_reference"),
        ],
    )
    def test_labels(self, label, field):
        assert field_for(label) == field


class TestWhomTheChildMustNotSee:
    @pytest.mark.parametrize(
        ("answer", "people"),
        [
            ("stepfather, Marcus", ["stepfather, marcus"]),
            ("uncle, Dean Tate", ["uncle, dean tate"]),
            ("Mother (Kerry Lodge)", ["mother (kerry lodge)"]),
            ("father, father's brother", ["father", "father's brother"]),
            ("Mum (court order)", ["mum"]),
            ("Dean, Marcus", ["dean", "marcus"]),
        ],
    )
    def test_a_relative_with_their_name_is_one_person(self, answer, people):
        from hearth_referrals.documents.rules.no_contact_list import people_listed

        assert people_listed(answer) == people

    @pytest.mark.parametrize(
        ("sentence", "person"),
        [
            ("She must have no contact with Mr Dean Tate.", "mr dean tate"),
            ("No contact with Mrs Kerry Ann Lodge (bail).", "mrs kerry ann lodge"),
            ("There is to be no contact with Dean Tate.", "dean tate"),
        ],
    )
    def test_a_titled_or_full_name_in_a_sentence(self, sentence, person):
        from hearth_referrals.documents.rules.history import no_contact

        assert no_contact(sentence) == [person]


class TestFamilyTimeShapes:
    @pytest.mark.parametrize(
        ("text", "arrangements"),
        [
            (
                "Mum and dad separately, each every two weeks.",
                [("mum", "fortnightly"), ("dad", "fortnightly")],
            ),
            ("Nan and grandad, both monthly", [("nan", "monthly"), ("grandad", "monthly")]),
            ("Mum a letter at birthdays and Christmas", [("mum", "less_often")]),
            ("Birth father: cards at Christmas only", [("birth father", "less_often")]),
            ("Dad by letter", [("dad", "less_often")]),
            ("Mum and dad together every Saturday", [("mum", "weekly")]),
        ],
    )
    def test_arrangements(self, text, arrangements):
        from hearth_referrals.documents.rules.history import family_time

        found = [(item["with_whom"], item["frequency"].value) for item in family_time(text) or []]
        assert found == arrangements

    @pytest.mark.parametrize(
        "heading",
        ["Family and other relationships", "Family relationships"],
    )
    def test_a_short_line_under_a_relationships_heading_is_the_family_time(self, heading):
        referral = _read(f"{_CHILD_LINES}{heading}\nDad every other weekend.\nHealth: well\n")
        (child,) = referral["children"]
        assert [item["with_whom"] for item in child.get("family_time") or []] == ["dad"]


class TestSchoolNamesWithPlaces:
    @pytest.mark.parametrize(
        ("answer", "school"),
        [
            (
                "Abbey College, Wirral and West Cheshire - Level 2 sport",
                "Abbey College, Wirral and West Cheshire",
            ),
            ("Hillside Primary, Leeds - Year 4", "Hillside Primary, Leeds"),
            ("Oak Academy, Year 9", "Oak Academy"),
            ("Moor College, Barnsley & Rotherham (Level 1)", "Moor College, Barnsley & Rotherham"),
        ],
    )
    def test_the_places_after_a_comma_are_part_of_the_name(self, answer, school):
        from hearth_referrals.documents.rules.values import school_name

        assert school_name(answer) == school


class TestALabelListingTopics:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Health, diagnoses, medication, allergies", "health"),
            ("Health, medication and allergies", "health"),
            ("Allergies, intolerances, diets", "allergies"),
            ("School, year group, SEN support", "school"),
        ],
    )
    def test_the_first_topic_heads_the_list(self, label, field):
        assert field_for(label) == field
