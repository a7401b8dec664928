"""PDF layouts that plain text extraction scrambles (issue 12, training_i's PDFs): a page
printed in two newspaper columns, lines cut at a column's edge, an email address broken
inside a table cell, a sibling grid with a column per child (whole names, a set of tick
boxes per child), four-column summaries, and resource panel minutes (the baby's details
printed under "The parent"). Every document and value here is written for this test."""

from __future__ import annotations

import io
from datetime import date

import pytest
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.builder import RiskFinding
from hearth_referrals.documents.extract import _best_risk
from hearth_referrals.documents.readers.pdf_columns import newspaper_order
from hearth_referrals.documents.readers.pdf_layout import cell_text, join_wrapped
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import run_on_labels
from hearth_referrals.documents.rules.dates import find_start_dates
from hearth_referrals.documents.rules.history import family_time, no_contact
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.risk_states import statements
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

TODAY = TEST_NOW.date()
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=15)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _draft(data: bytes):
    return read_referral_document(data, today=TODAY)


def _pdf(story: list) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def _cells(rows: list[list[str]], widths: list[float]) -> Table:
    """A ruled table whose cells wrap (each cell a paragraph in the body style)."""
    table = Table([[Paragraph(text, BODY) for text in row] for row in rows], colWidths=widths)
    table.setStyle(GRID)
    return table


# --- lines and cells put back together --------------------------------------------------


@pytest.mark.parametrize(
    "first,second,joined",
    [
        # an address the cell's edge cut is mended, wherever the cut fell
        (
            "Ama Boateng ama.boateng@wirral.ex",
            "ample.gov.uk",
            "Ama Boateng ama.boateng@wirral.example.gov.uk",
        ),
        ("ama.boateng@", "wirral.example.gov.uk", "ama.boateng@wirral.example.gov.uk"),
        (
            "Ama Boateng ama.boateng",
            "@wirral.example.gov.uk",
            "Ama Boateng ama.boateng@wirral.example.gov.uk",
        ),
        (
            "(lee.fox@halton.example.",
            "gov.uk, 01632 960001)",
            "(lee.fox@halton.example.gov.uk, 01632 960001)",
        ),
        # a whole address, then more words: an ordinary line break
        (
            "lee.fox@halton.example.gov.uk",
            "or the duty desk",
            "lee.fox@halton.example.gov.uk or the duty desk",
        ),
        (
            "(lee.fox@halton.example.gov.uk,",
            "01632 960001)",
            "(lee.fox@halton.example.gov.uk, 01632 960001)",
        ),
        # no address at all
        ("Visits her nan", "every Sunday", "Visits her nan every Sunday"),
    ],
)
def test_lines_joined(first, second, joined):
    assert join_wrapped(first, second) == joined


def test_a_cells_lines_joined_with_its_address_mended():
    assert cell_text("Priya Shah priya.shah@sefton.exa\nmple.gov.uk\n") == (
        "Priya Shah priya.shah@sefton.example.gov.uk"
    )


# --- two newspaper columns --------------------------------------------------------------


def _word(text: str, x0: float, top: float, size: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + size}


def _texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"]))]


@pytest.mark.parametrize(
    "words,order",
    [
        # each column with its own spacing (a larger heading on the right): left, then right
        (
            [
                _word("Name:", 50, 100),
                _word("Risks", 320, 98, 12),
                _word("Gender:", 50, 111),
                _word("Ran", 320, 114),
                _word("School:", 50, 122),
                _word("away.", 320, 125),
                _word("Legal:", 50, 133),
                _word("Family", 320, 138, 12),
                _word("Health:", 50, 144),
                _word("Mum.", 320, 152),
            ],
            [
                "Name:",
                "Gender:",
                "School:",
                "Legal:",
                "Health:",
                "Risks",
                "Ran",
                "away.",
                "Family",
                "Mum.",
            ],
        ),
        # a label column beside its values, each pair on one baseline: left as it was
        (
            [
                _word("Name", 50, 100),
                _word("Jo", 320, 100),
                _word("Gender", 50, 111),
                _word("Female", 320, 111),
                _word("School", 50, 122),
                _word("Hillside", 320, 122),
                _word("Legal", 50, 133),
                _word("s20", 320, 133),
            ],
            ["Name", "Jo", "Gender", "Female", "School", "Hillside", "Legal", "s20"],
        ),
    ],
)
def test_newspaper_order(words, order):
    assert _texts(newspaper_order(words)) == order


def _two_columns(left: list, right: list, head: list) -> bytes:
    buffer = io.BytesIO()
    width, height = A4
    frames = [
        Frame(40, height - 110, width - 80, 70, id="head"),
        Frame(40, 40, (width - 100) / 2, height - 160, id="left"),
        Frame(60 + (width - 100) / 2, 40, (width - 100) / 2, height - 160, id="right"),
    ]
    document = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    document.addPageTemplates([PageTemplate(id="page", frames=frames)])
    document.build([*head, FrameBreak(), *left, FrameBreak(), *right])
    return buffer.getvalue()


def test_a_two_column_summary_is_read_column_by_column():
    head = [
        Paragraph("Wirral Council | Children's Placements", HEADING),
        Paragraph("Case number: WIR-40017 Date: 12-Nov-2026", BODY),
    ]
    left = [
        Paragraph("About the child", HEADING),
        Paragraph("Name: Tegan Moss", BODY),
        Paragraph("Date of birth: 03-Mar-2012", BODY),
        Paragraph("Gender: Female", BODY),
        Paragraph("Legal status: Interim care order", BODY),
        Paragraph("The placement", HEADING),
        Paragraph("Setting: Foster care", BODY),
        Paragraph("From: 14 Dec", BODY),
        Paragraph("Social worker", HEADING),
        Paragraph("Ama Boateng<br/>ama.boateng@wirral.example.gov.uk<br/>01632 960555", BODY),
    ]
    right = [
        Paragraph("Risks", HEADING),
        Paragraph("Ran away from school twice in October. No other risks are known.", BODY),
        Spacer(1, 7),
        Paragraph("Family time", HEADING),
        Paragraph("Nan - weekly, unsupervised.", BODY),
        Paragraph("Others", HEADING),
        Paragraph("IRO: Dev Patel 01632 960556", BODY),
    ]
    draft = _draft(_two_columns(left, right, head))
    referral = draft.referral
    [child] = referral["children"]
    assert (child["first_name"], child["last_name"]) == ("Tegan", "Moss")
    assert referral["referral_date"] == "2026-11-12"
    assert referral["social_worker"]["name"] == "Ama Boateng"
    assert referral["social_worker"]["email"] == "ama.boateng@wirral.example.gov.uk"
    assert referral["social_worker"]["phone"].replace(" ", "") == "01632960555"
    assert child["risks"]["to_child"]["missing"]["state"] == "present"
    assert [(t["with_whom"], t["frequency"]) for t in child["family_time"]] == [("nan", "weekly")]


def test_a_sentence_cut_at_the_page_edge_is_one_line():
    story = [
        Paragraph("Item 4: Cody Lamb", HEADING),
        Paragraph(
            "Presented by Ruth Okafor, allocated social worker "
            "(ruth.okafor@halton.example.gov.uk, 01632 960777).",
            BODY,
        ),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=(330, 400), invariant=1, leftMargin=30).build(story)
    worker = _draft(buffer.getvalue()).referral["social_worker"]
    assert worker["name"] == "Ruth Okafor"
    assert worker["email"] == "ruth.okafor@halton.example.gov.uk"


# --- a four-column summary, its cells wrapped --------------------------------------------


def test_a_four_column_summary_with_an_address_wrapped_in_its_cell():
    rows = [
        ["Child", "Jordan Pike", "LCS number", "HAL 300871"],
        ["Date of birth", "14/05/2011", "Gender", "Male"],
        ["Legal status", "Care order", "Date of this summary", "18 November 2026"],
        [
            "Social worker",
            "Ruth Okafor ruth.okafor@haltonborough.example.gov.uk",
            "SW telephone",
            "01632 960778",
        ],
        ["Length", "Initial 3-month order sought", "Bed needed from", "Monday 23/11"],
    ]
    referral = _draft(_pdf([_cells(rows, [80, 110, 90, 110])])).referral
    assert referral["referral_date"] == "2026-11-18"
    assert referral["social_worker"]["email"] == "ruth.okafor@haltonborough.example.gov.uk"
    assert referral["placement"]["duration"] == "short_term"
    assert referral["placement"]["start_date"] == "2026-11-23"
    assert referral["placement"]["needed_by"] == "within_5_days"


# --- a sibling grid, a column per child ----------------------------------------------------


def test_a_sibling_grid_with_whole_names_and_a_tick_grid_per_child():
    details = _cells(
        [
            ["", "Leah Dunn", "Kai Dunn"],
            ["Date of birth", "02/02/2013", "09/09/2017"],
            ["Gender", "Female", "Male"],
            ["Legal status", "ICO", "ICO"],
        ],
        [90, 150, 150],
    )
    boxes = "[ ] Current [ ] Past [x] Suspected [ ] None known"
    none = "[ ] Current [ ] Past [ ] Suspected [x] None known"
    now = "[x] Current [ ] Past [ ] Suspected [ ] None known"
    risks = _cells(
        [
            ["Risk", "Leah", "Kai"],
            ["Self-harm", boxes, none],
            ["Going missing", none, none],
            ["Physical harm to others", none, now],
        ],
        [90, 150, 150],
    )
    story = [
        Paragraph("Referral date: 16/11/2026", BODY),
        details,
        Spacer(1, 8),
        risks,
        Paragraph("Leah: Leah has cut her arms, school told us on 10/11.", BODY),
        Paragraph("Kai: Kai kicks his sister when he is cross.", BODY),
    ]
    leah, kai = _draft(_pdf(story)).referral["children"]
    assert (leah["first_name"], leah["last_name"]) == ("Leah", "Dunn")
    assert (kai["first_name"], kai["last_name"]) == ("Kai", "Dunn")
    # the ticked "Suspected" stands over the details line, which reads as current
    assert leah["risks"]["to_child"]["self_harm"]["state"] == "suspected"
    assert leah["risks"]["to_others"]["physical_harm"]["state"] == "none_known"
    assert kai["risks"]["to_child"]["self_harm"]["state"] == "none_known"
    assert kai["risks"]["to_others"]["physical_harm"]["state"] == "present"


@pytest.mark.parametrize(
    "states,settled",
    [
        # a ticked concern over prose reading the same risk as another kind of concern
        ([("suspected", True), ("present", False)], "suspected"),
        ([("historical", True), ("present", False)], "historical"),
        # a ticked "None known" does not hide a concern the prose states
        ([("none_known", True), ("present", False)], "present"),
        # prose that adds nothing leaves the form's answer
        ([("present", True), ("none_known", False)], "present"),
    ],
)
def test_the_forms_own_answer_and_the_prose(states, settled):
    findings = [
        RiskFinding(RiskState(state), 0.8, None, "", labelled) for state, labelled in states
    ]
    assert _best_risk(findings).state is RiskState(settled)


# --- resource panel minutes --------------------------------------------------------------


def test_a_panel_extract_for_a_parent_and_baby():
    story = [
        Paragraph("Halton Borough Council", HEADING),
        Paragraph("Resource panel - extract from the minutes", HEADING),
        Paragraph("Panel met on Monday 9 November 2026.", BODY),
        Paragraph("Extract prepared for providers on Tuesday 10 November 2026", BODY),
        Paragraph("The parent", HEADING),
        Paragraph("Mother: Jade Lamb, 20. Her own history of self-harm.", BODY),
        _cells(
            [
                ["Name", "Rio Lamb", "DOB", "01/11/26"],
                ["Gender", "Male", "Legal status", "ICO"],
            ],
            [60, 120, 60, 120],
        ),
        Paragraph("Decision", HEADING),
        Paragraph("Panel agreed: parent and child foster placement, 12-week assessment.", BODY),
    ]
    referral = _draft(_pdf(story)).referral
    [baby] = referral["children"]
    assert (baby["first_name"], baby["last_name"]) == ("Rio", "Lamb")
    assert baby["date_of_birth"] == "2026-11-01"
    assert referral["referral_date"] == "2026-11-10"  # the extract's date, not the panel's
    assert referral["placement"]["setting"] == "parent_and_child"
    assert referral["placement"]["duration"] == "short_term"


@pytest.mark.parametrize(
    "label,field",
    [
        ("Panel agreed", "setting"),
        ("Panel decision", "setting"),
        ("Decision", "setting"),
        ("Date of this summary", "referral_date"),
        ("Date of this extract", "referral_date"),
    ],
)
def test_labels(label, field):
    assert field_for(label) == field


# --- the words of these layouts ----------------------------------------------------------


@pytest.mark.parametrize(
    "line,pieces",
    [
        (
            "Case number: WIR-40017 Date: 12-Nov-2026",
            ["Case number: WIR-40017", "Date: 12-Nov-2026"],
        ),
        (
            "Name: Tegan Moss Date of birth: 03-Mar-2012",
            ["Name: Tegan Moss", "Date of birth: 03-Mar-2012"],
        ),
        # a colon inside the answer that opens no known label: one answer
        ("Comment: seen at home Visit: Tuesday", ["Comment: seen at home Visit: Tuesday"]),
        ("Family time: Mum: weekly", ["Family time: Mum: weekly"]),
    ],
)
def test_a_label_run_on_after_an_answer(line, pieces):
    assert run_on_labels(line) == pieces


def test_a_label_run_on_inside_prose():
    from hearth_referrals.documents.rules.answers import _prose_pieces

    line = "Thank you. Family time: to be agreed at review Placements: to follow"
    assert _prose_pieces(line) == [
        "Thank you.",
        "Family time: to be agreed at review",
        "Placements: to follow",
    ]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Friday 27/11.", date(2026, 11, 27)),
        ("Mon 30/11", date(2026, 11, 30)),
        ("1/12", date(2026, 12, 1)),
        ("from 4/1", date(2027, 1, 4)),
        # figures that are not a day and a month
        ("24/7 care", None),
        ("2/3 times a week", None),
        ("Needed 1/2 term", None),
    ],
)
def test_a_start_day_and_month_in_figures(text, found):
    dates = find_start_dates(text, date(2026, 11, 20))
    assert (dates[0].value if dates else None) == found


@pytest.mark.parametrize(
    "text,duration",
    [
        ("Initial 3-month order sought", "short_term"),
        ("12-week parenting assessment", "short_term"),
        ("six-week assessment placement", "short_term"),
        ("18 months then review", None),
    ],
)
def test_an_orders_or_assessments_length(text, duration):
    found = values.read_choice("duration", text)
    assert ([str(value) for value in found] or [None]) == [duration]


@pytest.mark.parametrize(
    "text,people",
    [
        ("Mam - weekly, supervised.", [("mam", "weekly")]),
        ("Nana - fortnightly at her flat.", [("nana", "fortnightly")]),
        ("Older sister - monthly.", [("older sister", "monthly")]),
        ("Uncle in Accra - phone calls a few times a year.", [("uncle", "less_often")]),
    ],
)
def test_family_time_words(text, people):
    found = family_time(text) or []
    assert [(item["with_whom"], str(item["frequency"])) for item in found] == people


def test_no_contact_keeps_the_persons_qualifier():
    assert no_contact("No contact with his younger brother (bail conditions).") == [
        "younger brother"
    ]


def test_not_dated_is_no_date_rather_than_an_unreadable_one():
    text = "Referral date: (not dated)\nChild's name: Alfie Rowe\nStart date: 26/11/2026\n"
    draft = _draft(text.encode())
    assert "referral_date" not in draft.referral
    assert not [item for item in draft.unclear if item.pointer == "/referral_date"]


@pytest.mark.parametrize(
    "start,read",
    [
        # the start waits on an event: the event's date is not the start, and it is asked
        ("Depends on the court - next hearing 9 December.", None),
        ("Dependent on panel, which sits on 02/12/2026", None),
        # a date with a condition after it is still the start
        ("26/11/2026 if the order is made", "2026-11-26"),
        ("Friday 20 November (hearing 10am)", "2026-11-20"),
    ],
)
def test_a_start_that_waits_on_an_event(start, read):
    text = f"Referral date: 16/11/2026\nChild's name: Mia Lowe\nStart date: {start}\n"
    draft = _draft(text.encode())
    assert draft.referral["placement"].get("start_date") == read
    assert ("/placement/start_date" in {item.pointer for item in draft.missing}) is (read is None)


@pytest.mark.parametrize(
    "sentence,state",
    [
        # grooming told by its signs: an adult met or talked to online
        ("Concerns she met an adult male she met online.", "suspected"),
        ("He talks online to older men who send him gifts.", "present"),
        ("Worries he chats to an adult man online.", "suspected"),
        ("Concerns about a much older boyfriend who collects her from school.", "suspected"),
        # "online" with no adult in it is not grooming
        ("Spends hours online gaming with school friends.", None),
    ],
)
def test_grooming_by_its_signs(sentence, state):
    found = [s for s in statements(sentence) if s.name == "sexual_exploitation"]
    assert (str(found[0].state) if found else None) == state


@pytest.mark.parametrize(
    "sentence,state",
    [
        ("Throws objects at carers when angry.", "present"),
        ("Threw a mug at his support worker in October.", "present"),
        # throwing with no one aimed at is no harm to others
        ("Throws her toys when tired.", None),
    ],
)
def test_throwing_things_at_people(sentence, state):
    found = [s for s in statements(sentence) if s.name == "physical_harm"]
    assert (str(found[0].state) if found else None) == state


def test_a_professionals_row_is_not_a_risk_statement():
    story = [
        Paragraph("Referral date: 16/11/2026", BODY),
        Paragraph("Child's name: Nina Cole", BODY),
        Paragraph("Professionals", HEADING),
        _cells(
            [
                ["Role", "Name", "Email", "Phone"],
                ["Exploitation team", "Sam Reid", "sam.reid@halton.example.gov.uk", "01632 960990"],
                ["Missing from home officer", "PC Lee Ray", "", "07700 900990"],
            ],
            [110, 90, 170, 90],
        ),
    ]
    [child] = _draft(_pdf(story)).referral["children"]
    risks = child.get("risks") or {}
    stated = {
        name: risk["state"]
        for named in risks.values()
        for name, risk in named.items()
        if risk["state"] not in ("not_stated",)
    }
    assert stated == {}


@pytest.mark.parametrize(
    "text,count",
    [
        ("Mother and baby unit, Northgate (current) (since birth) - discharge.", 1),
        ("Parent and child foster placement, Widnes (2025 - 2026) - ended; residential (now)", 2),
        ("At home with mum until October.", 0),
    ],
)
def test_a_mother_and_baby_unit_is_a_placement(text, count):
    from hearth_referrals.documents.rules.history import history_from_text

    assert len(history_from_text(text, date(2026, 11, 13))) == count


def test_a_professionals_role_answers_no_question_about_the_child():
    text = (
        "Referral date: 16/11/2026\nChild's name: Ivy Lowe\nDate of birth: 02/02/2024\n"
        "Health: to follow from the GP\nHealth visitor: Kath Bell\nSchool nurse: Jo Pike\n"
    )
    pointers = {item.pointer for item in _draft(text.encode()).missing}
    assert "/children/0/health_needs" in pointers


def test_the_title_in_large_type_is_not_a_part_heading():
    # a title naming the mother is the document's, not a "Mother" Part over the baby's details
    story = [
        Paragraph("Mother and baby placement request", HEADING),
        Paragraph("Referral date: 16/11/2026", BODY),
        Paragraph("Baby's name: Rio Lamb", BODY),
        Paragraph("Date of birth: 01/11/2026", BODY),
    ]
    [baby] = _draft(_pdf(story)).referral["children"]
    assert (baby["first_name"], baby["date_of_birth"]) == ("Rio", "2026-11-01")


def test_a_line_the_writer_broke_short_is_not_joined_to_the_next():
    # each line is drawn where the writer ended it; the first ends well short of the edge
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 10)
    lines = [
        "Referral date: 16/11/2026",
        "I am asking for a foster family for Lucy Hart, date of birth 04/04/2014, who is in",
        "care under an interim care order. Placement history: to follow (being updated)",
        "The allocated social worker is Dan Cole (01632 960123, dan.cole@halton.example.gov.uk).",
    ]
    for index, line in enumerate(lines):
        page.drawString(50, 780 - index * 13, line)
    page.showPage()
    page.save()
    worker = _draft(buffer.getvalue()).referral["social_worker"]
    assert (worker["name"], worker["email"]) == ("Dan Cole", "dan.cole@halton.example.gov.uk")
