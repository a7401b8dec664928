"""A placement search register or tracker printed landscape (issue 12, classes 1, 2 and 5):
three label and answer pairs side by side in one row of its header box, a first table of
the children with their births, then a second table of their further details keyed only by
first name ("Child | School | Family time | Placements"), and "Entered on register" as the
day the request came. Every page here is written for this test."""

from __future__ import annotations

import io

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

TODAY = TEST_NOW.date()
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=8, leading=10)


def _table(rows: list[list[str]]) -> Table:
    table = Table([[Paragraph(cell, SMALL) for cell in row] for row in rows])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    return table


def _register() -> bytes:
    head = [
        ["Added to register", "17/11/2026", "Social worker", "Oona Reyes", "Tel", "01632 960555"],
        ["Case ID", "QX-40021", "Email", "oona.reyes@example.gov.uk", "Added by", "T. Hale"],
        ["Need", "Planned foster placement, long term", "Needed from", "01/12/2026", "LA", ""],
    ]
    children = [
        ["Child", "DOB", "Sex", "Status"],
        ["Milo Reyes-Kent", "03/03/2015", "M", "ICO"],
        ["Ada Reyes-Kent", "09/10/2018", "F", "ICO"],
    ]
    further = [
        ["Child", "School", "Family time", "Placements", "Health"],
        ["Milo", "Hatherley Junior School", "Dad fortnightly", "None", "None"],
        ["Ada", "Hatherley Infant School", "Dad fortnightly", "None", "Eczema"],
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4), invariant=1).build(
        [
            Paragraph("Placement Search Register", SMALL),
            _table(head),
            Spacer(1, 12),
            _table(children),
            Spacer(1, 12),
            _table(further),
        ]
    )
    return buffer.getvalue()


def test_a_register_reads_its_pairs_across_and_its_second_table_by_first_name():
    referral = read_referral_document(_register(), today=TODAY).referral
    assert referral["referral_date"] == "2026-11-17"
    assert referral["social_worker"]["name"] == "Oona Reyes"
    assert referral["social_worker"]["phone"].replace(" ", "") == "01632960555"
    assert referral["social_worker"]["email"] == "oona.reyes@example.gov.uk"
    assert referral["placement"]["start_date"] == "2026-12-01"
    children = referral["children"]
    assert [c["first_name"] for c in children] == ["Milo", "Ada"]
    assert [c["school"]["name"] for c in children] == [
        "Hatherley Junior School",
        "Hatherley Infant School",
    ]
    assert [c["family_time"][0]["with_whom"] for c in children] == ["dad", "dad"]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Entered on register", "referral_date"),
        ("Added to the tracker", "referral_date"),
        ("Entered by", None),  # who typed it in, not when
        ("Request logged with Placements", "referral_date"),
        ("Referral registered with the hub", "referral_date"),
        # an individual placement agreement's schedule: issued on, to start on
        ("Schedule issued", "referral_date"),
        ("Commencement date", "start_date"),
        ("Placement to commence", "start_date"),
        # a plan or a service named after school is not the school
        ("PERSONAL EDUCATION PLAN (extract) - CALLUM", None),
        ("Virtual School", None),
        ("School moves", None),
        ("School attended", "school"),
    ],
)
def test_a_registers_own_labels(label, field):
    assert field_for(label) == field


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("Six including the current carers, who have given notice", 6),
        ("Seven, counting the current children's home", 7),
        ("3 placements incl. the present one", 3),
        ("Two, including respite weekends", None),  # what else is counted is not said
    ],
)
def test_a_count_that_includes_the_current_placement(said, count):
    from hearth_referrals.documents.rules.needs import placements_count

    assert placements_count(said) == count


def test_the_day_it_reached_placements_beats_the_day_the_form_was_completed():
    text = (
        "Risk questionnaire\nQuestionnaire completed: 10/11/2026\n"
        "Returned to Placements: 12/11/2026\nChild: Ada Kemp, born 02/02/2014.\n"
    )
    referral = read_referral_document(text.encode(), today=TODAY).referral
    assert referral["referral_date"] == "2026-11-12"


def test_a_trackers_risk_column_codes_are_its_risks():
    # "SH" or "PHYS" alone asks nothing; among the row's risk columns each is its risk
    header = "Ref,Forename,Surname,DOB,SH,CSE,MISS,PHYS,SEXH,FIRE,CCEO,Notes"
    row = "QT-1102,Rosa,Vell,2014-03-09,N,N,Y-past,N,N,N,N,ran off in 2024"
    body = "Hi,\n\nRows off the sheet. Key: Y-now current, Y-past historic, N none.\n\n"
    body += f"{header}\n{row}\n\nThanks, Kev\n"
    referral = read_referral_document(email(body), today=TODAY).referral
    risks = referral["children"][0]["risks"]
    assert risks["to_child"]["self_harm"]["state"] == "none_known"
    assert risks["to_others"]["physical_harm"]["state"] == "none_known"
    assert risks["to_others"]["sexual_harm"]["state"] == "none_known"
    assert risks["to_others"]["criminal_exploitation"]["state"] == "none_known"
    assert risks["to_child"]["missing"]["state"] == "historical"
