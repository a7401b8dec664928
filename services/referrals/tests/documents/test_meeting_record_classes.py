"""Classes from training_m's Word files and PDFs (m01-m24: conference outcomes, strategy
records, reviewing officers' letters, supported-accommodation forms), in my own words:
a heading over one Word paragraph of labelled lines ("- self harm: not known yet"), a risk
grid's clipped row names ("Subs", "ED", "Viol", "Recruiting"), a one-child grid keyed by
the child's name ("Kian - N"), "How soon" and "Move in" rows, a letter's "From: <sender>"
row, and a month then an abbreviated weekday ("February, from Tue 9th")."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.dates import find_start_dates
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TODAY = TEST_NOW.date()

_CHILD_ROWS = [
    ("Date of request", "18/11/2026"),
    ("Child's name", "Kian Oduya"),
    ("Date of birth", "03/07/2012"),
    ("Gender", "Male"),
    ("Type of placement", "Foster care"),
]


def _docx(rows: list[tuple[str, ...]], paragraphs: list[str]) -> bytes:
    """A table of rows, then paragraphs; a paragraph's lines are kept in one paragraph,
    broken by line breaks as Word does for a pasted list."""
    document = Document()
    document.add_paragraph("Referral for a foster home")
    table = document.add_table(rows=0, cols=max(len(row) for row in rows))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=False):
            cell.text = text
    for text in paragraphs:
        paragraph = document.add_paragraph()
        lines = text.split("\n")
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(lines: list[str]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        pdf.drawString(40, y, line)
        y -= 16
    pdf.save()
    return buffer.getvalue()


def _state(draft, group: str, name: str, child: int = 0) -> str:
    risks = draft.referral["children"][child].get("risks", {})
    return (risks.get(group) or {}).get(name, {}).get("state", "not_stated")


def _missing(draft) -> set[str]:
    return {item.pointer for item in draft.missing}


class TestLabelledLinesUnderAHeading:
    """ "Concerns raised at the meeting about Kian:" over one paragraph of "- risk: answer"
    lines: each line answers its own risk, and the heading is not their label."""

    @pytest.mark.parametrize(
        ("lines", "expected"),
        [
            (
                "- self harm: not known yet\n- going missing: not known yet\n"
                "- fire setting: none known",
                {"self_harm": "not_stated", "missing": "not_stated", "fire_setting": "none_known"},
            ),
            (
                "* self harm: unknown at this time\n* hurting animals: Current - kicked the "
                "family's cat last week\n* going missing: no",
                {"self_harm": "not_stated", "harm_to_animals": "present", "missing": "none_known"},
            ),
            (
                "\u2022 going missing: Previously - ran from school in 2024\n"
                "\u2022 self harm: unknown\n\u2022 fire setting: not known",
                {"missing": "historical", "self_harm": "not_stated", "fire_setting": "not_stated"},
            ),
        ],
    )
    def test_each_line_answers_its_own_risk(self, lines, expected):
        draft = read_referral_document(
            _docx(_CHILD_ROWS, ["Concerns raised at the meeting about Kian:", lines]), today=TODAY
        )
        groups = {
            "self_harm": "to_child",
            "missing": "to_child",
            "fire_setting": "to_others",
            "harm_to_animals": "to_others",
        }
        assert {name: _state(draft, groups[name], name) for name in expected} == expected

    def test_an_unknown_line_is_still_asked(self):
        draft = read_referral_document(
            _docx(_CHILD_ROWS, ["Worries about Kian:", "- self harm: not known yet\n- fire: no"]),
            today=TODAY,
        )
        assert "/children/0/risks/to_child/self_harm" in _missing(draft)


class TestRiskGridShortNames:
    """A strategy meeting's grid of clipped row names, one cell for each child."""

    ROWS = [
        ("Date of request", "18/11/2026"),
        ("Child's name", "Kian Oduya"),
        ("Date of birth", "03/07/2012"),
        ("Gender", "Male"),
    ]

    @pytest.mark.parametrize(
        ("row", "group", "name"),
        [
            ("Subs", "to_child", "drug_alcohol"),
            ("ED", "to_child", "eating_disorder"),
            ("Viol", "to_others", "physical_harm"),
            ("Recruiting", "to_others", "criminal_exploitation"),
        ],
    )
    def test_a_clipped_name_is_its_risk(self, row, group, name):
        grid = [("Risk", "Each child"), ("DSH", "Kian - N"), (row, "Kian - Y - seen by police")]
        draft = read_referral_document(_docx([*self.ROWS, *grid], []), today=TODAY)
        assert _state(draft, group, name) == "present"
        assert _state(draft, "to_child", "self_harm") == "none_known"

    def test_two_childrens_cells_each_deny_for_their_child(self):
        rows = [
            ("Date of request", "18/11/2026"),
            ("Child's name", "Kian Oduya"),
            ("Date of birth", "03/07/2012"),
            ("Child's name", "Esme Oduya"),
            ("Date of birth", "21/01/2016"),
            ("Risk", "Each child"),
            ("DSH", "Kian - N. Esme - N"),  # a clipped name counts once the grid is of risks
            ("ED", "Kian - N. Esme - N"),
            ("Subs", "Kian - Y (past) - cannabis in 2024. Esme - N"),
        ]
        draft = read_referral_document(_docx(rows, []), today=TODAY)
        assert _state(draft, "to_child", "eating_disorder", 0) == "none_known"
        assert _state(draft, "to_child", "eating_disorder", 1) == "none_known"
        assert _state(draft, "to_child", "drug_alcohol", 0) == "historical"
        assert _state(draft, "to_child", "drug_alcohol", 1) == "none_known"


class TestOneChildsNameKeysTheCell:
    """ "Kian - N" in a grid written one cell per child: with one child, the name is the
    cell's key and "N" the answer (never the risk said present)."""

    @pytest.mark.parametrize(
        ("cell", "state"),
        [
            ("Kian - N", "none_known"),
            ("Kian: No", "none_known"),
            ("Kian \u2013 Y \u2013 set a bin alight at school", "present"),
            ("Kian - Y (past) - a fire in 2023", "historical"),
        ],
    )
    def test_the_answer_after_the_name(self, cell, state):
        rows = [*_CHILD_ROWS, ("Risk", "Each child"), ("DSH", "Kian - N"), ("Fire", cell)]
        draft = read_referral_document(_docx(rows, []), today=TODAY)
        assert _state(draft, "to_others", "fire_setting") == state


class TestStartRows:
    """Rows that say when the child comes, under names a form may give them."""

    @pytest.mark.parametrize(
        ("label", "value", "start"),
        [
            ("How soon", "Thursday 26 November, after school", "2026-11-26"),
            ("How soon", "Planned - Monday 7th December", "2026-12-07"),
            ("Move in", "3rd December", "2026-12-03"),
            ("Moving in", "Tues 1st December (planned)", "2026-12-01"),
            ("Start", "Planned move - February, from Tue 9th", "2027-02-09"),
        ],
    )
    def test_the_start_is_read(self, label, value, start):
        draft = read_referral_document(_docx([*_CHILD_ROWS, (label, value)], []), today=TODAY)
        assert draft.referral["placement"].get("start_date") == start
        assert "/placement/start_date" not in _missing(draft)


class TestALettersSender:
    """A reviewing officer's letter opens "From: <name>, <role>, <phone>": that says who
    wrote it. The request below it ("From: 4 December.") says when the child moves."""

    @pytest.mark.parametrize(
        ("sender", "asked", "start"),
        [
            (
                "From: Dana Holt, Independent Reviewing Officer, 01632 960 555",
                "Long-term fostering. From: by 04/12/2026. Long term.",
                "2026-12-04",
            ),
            (
                "From: Marcus Reid (IRO), 0113 496 0321",
                "Parent and child placement. From: 30 November. Twelve weeks.",
                "2026-11-30",
            ),
        ],
    )
    def test_the_request_gives_the_start(self, sender, asked, start):
        lines = [
            "Dispute resolution - stage 2",
            sender,
            "Date: 19/11/2026",
            "Child: Tamsin Greaves",
            "Date of birth: 12/05/2014",
            "What is being asked for",
            asked,
        ]
        draft = read_referral_document(_pdf(lines), today=TODAY)
        assert draft.referral["placement"].get("start_date") == start
        assert not [item for item in draft.unclear if item.pointer == "/placement/start_date"]

    def test_a_from_row_with_no_date_is_still_asked(self):
        lines = ["From: Dana Holt, IRO, 01632 960 555", "Child: Tamsin Greaves", "DOB: 12/05/2014"]
        draft = read_referral_document(_pdf(lines), today=TODAY)
        assert "start_date" not in draft.referral.get("placement", {})
        assert "/placement/start_date" in _missing(draft)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("February, from Tue 9th", date(2027, 2, 9)),
        ("December - on Thurs 3rd", date(2026, 12, 3)),
        ("January, Mon. 11th", date(2027, 1, 11)),
        ("January, from Mon 11", None),  # no ordinal: a count, not a day
    ],
)
def test_a_month_then_a_short_weekday_and_day(text, expected):
    found = find_start_dates(text, date(2026, 11, 18))
    assert (found[0].value if found else None) == expected


class TestTheDayItWasSent:
    """A meeting record is dated by the meeting; the request by the day it went to
    placements. A letter headed with its date and "To: ..." is dated by that line."""

    @pytest.mark.parametrize("label", ["Sent to placements", "Passed to placements"])
    def test_the_sent_row_is_the_referral_date(self, label):
        rows = [
            ("Date and time of meeting", "12/11/2026, 14:00"),
            (label, "13/11/2026"),
            ("Child's name", "Kian Oduya"),
            ("Date of birth", "03/07/2012"),
        ]
        draft = read_referral_document(_docx(rows, []), today=TODAY)
        assert draft.referral.get("referral_date") == "2026-11-13"

    @pytest.mark.parametrize(
        ("head", "dated"),
        [
            (
                [
                    "Somerset Virtual School",
                    "County Hall, Taunton",
                    "16 November 2026",
                    "To: fostering agencies on the framework",
                ],
                "2026-11-16",
            ),
            # unsigned, a date ending an address line may be anyone's: not read
            (
                [
                    "Somerset Virtual School",
                    "County Hall, Taunton TA1 16 November 2026",
                    "To: fostering agencies on the framework",
                ],
                None,
            ),
            # an undated letterhead: nothing to read
            (
                [
                    "Somerset Virtual School",
                    "County Hall, Taunton",
                    "To: fostering agencies on the framework",
                ],
                None,
            ),
        ],
    )
    def test_an_addressed_letter_is_dated_by_its_head(self, head, dated):
        lines = [
            *head,
            "The school asks that Tamsin keeps her place at Priorswood Academy.",
            "Child: Tamsin Greaves",
            "Date of birth: 12/05/2014",
        ]
        draft = read_referral_document(_pdf(lines), today=TODAY)
        assert draft.referral.get("referral_date") == dated


class TestRisksDisownedForTheChild:
    """A paragraph about a parent that ends "These are Dawn's risks, not Theo's": its risk
    words are not the child's. A paragraph that disowns nothing for a child is still read."""

    ROWS = [
        ("Date of request", "18/11/2026"),
        ("Child's name", "Theo Marsh"),
        ("Date of birth", "02/09/2011"),
        ("Gender", "Male"),
        ("Type of placement", "Foster care"),
    ]

    @pytest.mark.parametrize(
        ("paragraph", "state"),
        [
            (
                "Dawn (mum) was in care as a teenager; she smokes cannabis at weekends. "
                "These are Dawn's risks, not Theo's.",
                "not_stated",
            ),
            (
                "Mum left school at 15. She drinks heavily at weekends; this is mum's history "
                "and not Theo's.",
                "not_stated",
            ),
            # naming someone who is not a child of the referral disowns nothing
            (
                "Theo drinks cider with older boys most weekends. These are Theo's risks, "
                "not Kyle's.",
                "present",
            ),
        ],
    )
    def test_the_parents_risk_is_not_the_childs(self, paragraph, state):
        draft = read_referral_document(
            _docx(self.ROWS, ["Family background", paragraph]), today=TODAY
        )
        assert _state(draft, "to_child", "drug_alcohol") in (
            {state} if state == "present" else {"not_stated", "none_known"}
        )


class TestEmailThenPhoneInOneCell:
    """ "SW email / telephone" answered by the address and, on the next line of the same
    cell, the phone: two details, not one address with the number glued on."""

    @pytest.mark.parametrize(
        ("cell", "email", "phone"),
        [
            (
                "nell.pike@somerset.example.gov.uk\n01632 960 377",
                "nell.pike@somerset.example.gov.uk",
                "01632 960 377",
            ),
            (
                "nell.pike@somerset.example.gov.uk\n020 7946 0123",
                "nell.pike@somerset.example.gov.uk",
                "020 7946 0123",
            ),
        ],
    )
    def test_each_detail_is_its_own(self, cell, email, phone):
        rows = [*_CHILD_ROWS, ("Social worker", "Nell Pike"), ("SW email / telephone", cell)]
        draft = read_referral_document(_docx(rows, []), today=TODAY)
        worker = draft.referral["social_worker"]
        assert (worker.get("email"), worker.get("phone")) == (email, phone)

    def test_an_address_wrapped_in_its_cell_is_still_joined(self):
        rows = [
            *_CHILD_ROWS,
            ("Social worker", "Nell Pike"),
            ("Email", "nell.pike@somer\nset.example.gov.uk"),
        ]
        draft = read_referral_document(_docx(rows, []), today=TODAY)
        assert draft.referral["social_worker"].get("email") == "nell.pike@somerset.example.gov.uk"
