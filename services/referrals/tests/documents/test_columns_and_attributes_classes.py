"""Children found where a form puts them (issue 12, class 2), in my own words.

1. A table with one column per child headed by the children's names, whatever the names
   look like (a hyphenated first name, a surname with "Mc" or "O'", three words) and
   whatever the first column's heading (often blank), as long as its rows ask what a form
   asks of a child: "Born", "Legal", "School", "Care history", a risk.
2. An XML export whose elements carry their facts as attributes (<Child forename="..."
   surname="...">, <Worker role="allocated" name="..." email="...">): attributes are
   fields as much as child elements are, a repeated named element among others (a
   child's <Risk code="..." status="...">) is read as the named answers it is, and the
   export's comments (a legend of its codes) are read too.
3. A ruled PDF row of panels of "Label: value" lines (see below).
4. A sibling listed with an age rather than a date of birth (see below).
"""

from __future__ import annotations

import io

import pytest
from builders import email, grid_docx
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks
from hearth_referrals.documents.readers.exports import export_lines
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
FACTS = [("Date of referral", "16/11/2026"), ("Allocated social worker", "Pat Ngata")]


def _children(header: list[str], rows: list[list[str]]) -> list:
    data = grid_docx(header, rows, FACTS)
    return read_referral_document(data, filename="r.docx", today=TODAY).children


NAMES = [
    (["", "Ellie-Mae Fotheringham", "Lacey Fotheringham"], ["Ellie-Mae", "Lacey"]),
    (["", "Rory McAllister", "Niamh McAllister"], ["Rory", "Niamh"]),
    (["Young people", "Sean O'Rourke", "Aoife O'Rourke"], ["Sean", "Aoife"]),
    (["", "Mary Jo Pike", "Lee Pike", "Tom Pike"], ["Mary", "Lee", "Tom"]),
]


@pytest.mark.parametrize(("header", "first_names"), NAMES)
def test_a_column_per_named_child_is_each_childs(header, first_names):
    count = len(header) - 1
    rows = [
        ["Born", *["03/03/2013", "14/07/2015", "01/01/2019"][:count]],
        ["Legal", *["Care order"] * count],
        ["School", *["Hillview Academy", "Brook Primary", "Brook Infants"][:count]],
        ["Goes missing", *["Nil"] * count],
    ]
    children = _children(header, rows)
    assert [child.first_name.value for child in children][: len(first_names)] == first_names
    assert len(children) == count
    assert children[1].date_of_birth.value.isoformat() == "2015-07-14"
    assert children[0].legal_status.value == "C2"


def test_a_table_of_relatives_is_not_a_column_per_child():
    # Names over rows that ask nothing of a child: the family's contact details.
    rows = [["Phone", "07700 900123", "07700 900456"], ["Relationship", "Aunt", "Uncle"]]
    children = _children(["", "Sandra Pike", "Gary Pike"], rows)
    assert [child.first_name.value for child in children] != ["Sandra", "Gary"]


EXPORT = """<?xml version="1.0"?>
<!-- answers: Y yes now, P in the past, Q query, X none -->
<Request sent="2026-11-12">
  <Case ref="KX-55120" council="Rutland County Council"/>
  <Worker role="allocated" name="Ife Adebayo" email="ife.adebayo@rutland.example.gov.uk" tel="01632 960 404"/>
  <Worker role="duty" name="Duty Desk" email="" tel="01632 960 999"/>
  <YoungPerson forename="Josh" surname="Penn">
    <Dob>2013-09-09</Dob>
    <Flag code="ARSON" status="P">lit a bin in 2024</Flag>
    <Flag code="RUNAWAY" status="X"/>
  </YoungPerson>
  <YoungPerson forename="Ava" surname="Penn">
    <Dob>2016-02-02</Dob>
    <Flag code="ARSON" status="X"/>
    <Flag code="RUNAWAY" status="Y">away overnight last week</Flag>
  </YoungPerson>
</Request>
"""


def test_attributes_are_fields_and_comments_are_read():
    lines = export_lines(EXPORT)
    assert lines[0] == "answers: Y yes now, P in the past, Q query, X none"
    assert "Ref: KX-55120" in lines
    assert "Worker name: Ife Adebayo" in lines  # a person's element, not a named answer
    assert "Worker role: duty" in lines
    assert "Forename: Josh" in lines and "Forename: Ava" in lines
    assert "Arson: P - lit a bin in 2024" in lines  # named answers among other elements
    assert "Runaway: X" in lines


def test_a_named_answer_is_keyed_and_a_person_is_not():
    lines = export_lines(
        '<R><Risk area="Fire" status="Past">2023</Risk><Risk area="Missing" status="None"/></R>'
    )
    assert lines == ["Fire: Past - 2023", "Missing: None"]


# 3. A ruled PDF row of two panels, each a column of "Label: value" lines (the young
#    person's details beside their risks): each line is read as the pair it is, a value
#    wrapped at the panel's edge joined to its line; the panels are not a label and a value.
PANEL = ParagraphStyle("panel", fontName="Helvetica", fontSize=9, leading=11)


def _panels_pdf(left: list[str], right: list[str]) -> bytes:
    table = Table(
        [[Paragraph("<br/>".join(left), PANEL), Paragraph("<br/>".join(right), PANEL)]],
        colWidths=[200, 200],
    )
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(
        [Paragraph("Remand accommodation request. Date of request: 12/11/2026", PANEL), table]
    )
    return buffer.getvalue()


def test_panels_of_labelled_lines_are_read_line_by_line():
    left = [
        "Name: Tyrese Okoro",
        "Date of birth: 02/02/2010",
        "Legal status: Remanded to local authority accommodation under the youth justice act",
        "College: Riverside Sixth Form",
    ]
    right = [
        "Risks",
        "Self-harm: none known",
        "Going missing: yes - twice this month",
        "Fire setting: none known",
    ]
    draft = read_referral_document(_panels_pdf(left, right), filename="r.pdf", today=TODAY)
    [child] = draft.children
    assert (child.first_name.value, child.last_name.value) == ("Tyrese", "Okoro")
    assert child.date_of_birth.value.isoformat() == "2010-02-02"
    assert child.legal_status.value == "J1"
    assert draft.referral["children"][0]["risks"]["to_child"]["missing"]["state"] == "present"


def test_a_row_whose_cells_are_not_panels_stays_a_table():
    limits = DocumentLimits()
    data = _panels_pdf(["Name: Tyrese Okoro"], ["Date of birth: 02/02/2010"])
    _kind, blocks = read_blocks(data, limits, Deadline(limits.max_seconds), warnings=[])
    assert [block.kind.value for block in blocks if "Tyrese" in block.text] == ["cell"]


# 4. A list of the children in an email, each item opening with a full name: an age under
#    18 after the name shows a sibling as well as a date of birth does.
def test_a_listed_sibling_given_by_age():
    body = (
        "Hello,\n\nWe need a foster home for two sisters.\n\n"
        "- Mia Loxley, born 4 April 2014, girl\n"
        "- Evie Loxley, aged 6, girl\n\n"
        "Thanks, Jo Barr (social worker)\n"
    )
    data = email(body, subject="Referral: the Loxley sisters")
    children = read_referral_document(data, filename="r.eml", today=TODAY).children
    assert [child.first_name.value for child in children] == ["Mia", "Evie"]
    assert children[1].age_years.value == 6


def test_a_parent_given_by_age_is_not_a_sibling():
    body = (
        "Hello,\n\nA referral for Mia Loxley, born 4 April 2014, girl.\n"
        "- Dawn Loxley, aged 34, her mother, has no contact.\n\nJo Barr, social worker\n"
    )
    data = email(body, subject="Referral")
    children = read_referral_document(data, filename="r.eml", today=TODAY).children
    assert [child.first_name.value for child in children] == ["Mia"]


@pytest.mark.parametrize("heads", [["Child 1", "Child 2"], ["Child A", "Child B"], ["YP1", "YP2"]])
def test_numbered_child_columns_under_a_blank_corner(heads):
    # under a heading across the grid, the blank corner cell is read as nothing: the
    # headings still stand over their columns
    rows = [
        ["Name", "Ellis Vane", "Juno Vane"],
        ["Born", "03/03/2013", "14/07/2015"],
        ["Sex", "M", "F"],
        ["School", "Hillview Academy", "Brook Primary"],
    ]
    document = Document()
    document.add_paragraph("Request for accommodation")
    grid = document.add_table(rows=0, cols=3)
    title = grid.add_row().cells
    title[0].merge(title[2]).text = "Part B: the children"  # a heading across the grid
    corner, *rest = grid.add_row().cells
    corner.paragraphs[0].add_run("")  # an empty run: the corner cell is read as nothing
    for cell, text in zip(rest, heads, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    draft = read_referral_document(buffer.getvalue(), filename="r.docx", today=TODAY)
    children = draft.children
    assert [child.first_name.value for child in children] == ["Ellis", "Juno"]
    assert children[1].date_of_birth.value.isoformat() == "2015-07-14"
    assert [child.gender.value for child in children] == ["male", "female"]
