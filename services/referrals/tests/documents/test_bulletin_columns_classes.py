"""A bulletin or newsletter laid out in ruled columns of running text (issue 12, class 1: side
by side columns in a PDF): each column is read down the page, its headings, labelled answers
and the child's own line ("Riley Pascoe, 27 May 2015, male. Full care order.") as printed,
a label starting after a full stop inside a printed line ("... (Y6). Family time:") as a
label of its own, and a "Contact:" naming the social worker as the worker, not family time.
Every page here is written for this test."""

from __future__ import annotations

import io

from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
TEXT = ParagraphStyle("column", fontName="Helvetica", fontSize=9, leading=11)

LEFT = [
    "Sisters who would love a garden",
    "Nell and Ivy like baking, swimming and their two guinea pigs, which they hope can come "
    "with them to their new home in time.",
    "About Nell",
    "Nell Okafor, 4 March 2014, female. Full care order.",
    "School: Harbour View Academy (Y8). Family time: Grandad fortnightly at the family "
    "centre, supervised by the contact team.",
    "Homes so far: two (a short stay with emergency carers, then her current carers).",
    "What carers need to know: Nell ran away from school twice in 2025; nothing since.",
]
RIGHT = [
    "About Ivy",
    "Ivy Okafor, 19 June 2017, female. Full care order.",
    "School: Harbour View Primary (Y4). Family time: Grandad fortnightly with Nell.",
    "The ask",
    "Planned long-term fostering for two sisters together.",
    "Start: 8 February 2027",
    "Contact: Mina Rahman (social worker), mina.rahman@example.gov.uk, 01632 960321",
    "Ref: NT/FF/4410. Circulated: 10 Nov 2026",
    "Also this month: our coffee morning for new foster carers is on 2 December.",
]


def _bulletin() -> bytes:
    columns = [[Paragraph(text, TEXT) for text in column] for column in (LEFT, RIGHT)]
    table = Table([columns], colWidths=[240, 240])
    table.setStyle(
        TableStyle(
            [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Paragraph("Family Finding Bulletin, November 2026", TEXT), table]
    )
    return buffer.getvalue()


def test_each_column_is_read_down_the_page():
    referral = read_referral_document(_bulletin(), today=TODAY).referral
    children = referral["children"]
    assert [(c["first_name"], c["date_of_birth"]) for c in children] == [
        ("Nell", "2014-03-04"),
        ("Ivy", "2017-06-19"),
    ]
    assert {c["legal_status"] for c in children} == {"C2"}
    assert children[0]["family_time"][0]["frequency"] == "fortnightly"
    assert referral["social_worker"]["name"] == "Mina Rahman"
    assert referral["social_worker"]["email"] == "mina.rahman@example.gov.uk"
    assert referral["placement"]["start_date"] == "2027-02-08"
