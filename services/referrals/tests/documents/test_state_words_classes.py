"""Risk answers in a layout's own words and shapes (issue 12, training_t's risk classes):
a tall ruled PDF cell holding a column of "Label: value" fields, numbered risk lines with
dot leaders, one line per risk answering for each child by name, and state words a form
makes up for itself. Every document and value here is written for this test."""

from __future__ import annotations

import io

import pytest
from builders import email
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.readers.pdf_layout import _panel_entries
from hearth_referrals.documents.state_words import (
    learn_state_words,
    read_state_words,
    state_of_word,
)
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

TODAY = TEST_NOW.date()
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9, leading=11)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _risks(data: bytes, child: int = 0) -> dict[str, str]:
    referral = read_referral_document(data, today=TODAY).referral
    risks = referral["children"][child].get("risks", {})
    return {
        f"{group}/{name}": finding["state"]
        for group, found in risks.items()
        for name, finding in found.items()
    }


def _panel_pdf(left: list[str], right: list[str]) -> bytes:
    """A ruled table of one row: two tall cells, each a column of lines."""
    buffer = io.BytesIO()
    cells = [[Paragraph("<br/>".join(left), BODY), Paragraph("<br/>".join(right), BODY)]]
    table = Table(cells, colWidths=[240, 240])
    table.setStyle(GRID)
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    return buffer.getvalue()


# --- a ruled cell that is a column of fields ------------------------------------------------


@pytest.mark.parametrize(
    "text,entries",
    [
        # a heading over its fields; a line without a label carries on the field above
        (
            "About the risks\nFire: Open - set a bin alight\nin the park\nMissing: nil\nHSB: nil",
            [
                "About the risks",
                "Fire: Open - set a bin alight in the park",
                "Missing: nil",
                "HSB: nil",
            ],
        ),
        # two labelled lines are not yet a panel of fields
        ("Name: Rob Tate\nAge: 12", []),
        # prose that wrapped, with one colon in it, is not a panel
        ("He said: no\nand then he left the room\nbefore the end\nof the meeting", []),
        # the label starts the line: a time of day is no label
        ("Seen at 10:30\nby the nurse\nand at 14:00\nagain", []),
    ],
)
def test_a_cells_fields_one_a_line(text, entries):
    assert _panel_entries(text) == entries


def test_side_by_side_panels_of_fields_are_read_field_by_field():
    left = [
        "Young person: Dale Okoro",
        "Date of birth: 03/03/2011",
        "Gender: male",
        "Health: none reported",
    ]
    right = [
        "Safety",
        "Self harm: No concerns",
        "Missing: Ongoing - stays out most weekends with",
        "older friends",
        "Violence: Previous - a fight at school in 2023",
        "Fire: Nothing on record",
    ]
    referral = read_referral_document(_panel_pdf(left, right), today=TODAY).referral
    child = referral["children"][0]
    assert child["first_name"] == "Dale"
    assert child["date_of_birth"] == "2011-03-03"
    risks = _risks(_panel_pdf(left, right))
    assert risks["to_child/missing"] == "present"
    assert risks["to_others/physical_harm"] == "historical"
    assert risks["to_child/self_harm"] == "none_known"


# --- numbered risk lines with dot leaders ---------------------------------------------------


def test_numbered_lines_with_dot_leaders_are_labels_and_answers():
    text = "\n".join(
        [
            "Placement request",
            "Child: Nia Lowe, born 4 June 2012, female",
            "3. Risks",
            "   3.1 Going missing ...... None known",
            "   3.2 Self-harm .......... Yes - cuts her arms",
            "   3.10 Fire setting ...... Historic - set a fire in 2021",
            "   3.11 Hurting animals     None known",
        ]
    )
    risks = _risks(text.encode())
    assert risks["to_child/missing"] == "none_known"
    assert risks["to_child/self_harm"] == "present"
    assert risks["to_others/fire_setting"] == "historical"
    # a label as long as the leaders' column, padded with spaces to it
    assert risks["to_others/harm_to_animals"] == "none_known"


# --- a layout's own state words, learned from the document ----------------------------------


@pytest.mark.parametrize(
    "word,state",
    [
        # the verdict table's words, and the same words clipped to fit a column
        ("Ongoing", RiskState.PRESENT),
        ("Susp", RiskState.SUSPECTED),
        ("Curr.", RiskState.PRESENT),
        ("prev", RiskState.HISTORICAL),
        ("Nil", RiskState.NONE_KNOWN),
        # a word whose meaning says the state
        ("UNVERIFIED", RiskState.SUSPECTED),
        ("not substantiated", RiskState.SUSPECTED),
        ("Ceased", RiskState.HISTORICAL),
        ("DORMANT", RiskState.HISTORICAL),
        ("Open", RiskState.PRESENT),
        # a denial of anything since: it happened, and stopped
        ("none since", RiskState.HISTORICAL),
        # a word that says none of them: left to the document's own scheme
        ("nr", None),
        ("Amber", None),
    ],
)
def test_a_short_answer_words_meaning(word, state):
    assert state_of_word(word) is state


def _lines(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text) for text in texts]


def test_the_one_word_left_takes_the_one_state_left():
    # "zz" is none of the verdicts; the scheme has a word for every state but "none"
    learned = learn_state_words(
        _lines(
            "Fire setting: ONGOING - lit a bin",
            "Going missing: CEASED - ran off in 2022",
            "Self-harm: UNVERIFIED - marks seen",
            "CSE: zz",
        )
    )
    assert learned["zz"] is RiskState.NONE_KNOWN


def test_the_word_most_risks_are_answered_with_is_no():
    learned = learn_state_words(
        _lines(
            "Self-harm - y (scratches her arms)",
            "CSE - qq",
            "CCE - qq",
            "Fire - qq",
            "Animals - qq",
        )
    )
    assert learned["qq"] is RiskState.NONE_KNOWN


def test_an_unread_word_without_a_scheme_is_left_alone():
    # two words unread, and neither answers most risks: nothing to learn them from
    learned = learn_state_words(
        _lines("Self-harm: pp", "CSE: rr", "CCE: Nil", "Fire: Nil", "Animals: Nil")
    )
    assert "pp" not in learned and "rr" not in learned


def test_a_memo_in_its_own_state_words():
    text = "\n".join(
        [
            "Memo: a bed for Tia Rowe, born 2 February 2011, female",
            "Risks to weigh",
            "   1.1 Self-harm ....... DORMANT - cut her wrists in 2023",
            "   1.2 CSE ............. OPEN - picked up by older men in cars",
            "   1.3 Fire ............ UNVERIFIED - a lighter in her bag",
            "   1.4 Missing ......... NIL",
            "   1.5 Violence ........ NIL",
        ]
    )
    risks = _risks(text.encode())
    assert risks["to_child/self_harm"] == "historical"
    assert risks["to_child/sexual_exploitation"] == "present"
    assert risks["to_others/fire_setting"] == "suspected"
    assert risks["to_child/missing"] == "none_known"


def test_one_line_a_risk_answering_for_each_child_by_name():
    body = "\n".join(
        [
            "Please find placements for two brothers.",
            "Mason Hill, 03/05/2013, M. Legal: S20.",
            "Jude Hill, 11/09/2015, M. Legal: S20.",
            "Risks:",
            "SH - Mason qq; Jude y (head-banging when upset)",
            "Viol - Mason y (hit a teacher); Jude qq",
            "Fire - Mason prev (set fire to a bin in 2022); Jude qq",
            "CSE - Mason qq; Jude qq",
            "Missing - Mason qq; Jude qq",
        ]
    )
    referral = read_referral_document(email(body), today=TODAY).referral
    states = [
        {
            f"{group}/{name}": finding["state"]
            for group, found in child.get("risks", {}).items()
            for name, finding in found.items()
        }
        for child in referral["children"]
    ]
    mason, jude = states
    assert mason["to_child/self_harm"] == "none_known"
    assert jude["to_child/self_harm"] == "present"
    assert mason["to_others/physical_harm"] == "present"
    assert jude["to_others/physical_harm"] == "none_known"
    assert mason["to_others/fire_setting"] == "historical"
    assert jude["to_others/fire_setting"] == "none_known"


# --- a baby's risks the form asked and left blank -------------------------------------------


def test_a_babys_risk_rows_all_left_blank_are_not_stated():
    rows = "\n".join(
        f"{name}:"
        for name in (
            "Self-harm",
            "Sexual exploitation",
            "Criminal exploitation",
            "Drug or alcohol use",
            "Going missing",
            "Fire setting",
            "Harm to animals",
        )
    )
    body = (
        "Parent and child placement for Ms Dee Kerr and her son.\n"
        "Baby: Otis Kerr\nBaby's date of birth: 20/02/2025\n"
        f"The baby's risks\n{rows}\n"
    )
    risks = read_referral_document(email(body), today=TODAY).referral["children"][0]["risks"]
    assert risks == {"to_child": {}, "to_others": {}}


def test_a_list_of_risks_each_with_its_answer_after_a_heading():
    body = "\n".join(
        [
            "Placement needed for Ada Flint, born 02/02/2012, girl.",
            "risk summary: self-harm no, CSE no, going missing used to (ran off twice in 2023,"
            " none since), fire no, animals no, violence yes (kicks staff)",
        ]
    )
    risks = read_referral_document(email(body), today=TODAY).referral["children"][0]["risks"]
    states = {
        f"{group}/{name}": finding["state"]
        for group, found in risks.items()
        for name, finding in found.items()
    }
    assert states["to_child/missing"] == "historical"
    assert states["to_child/self_harm"] == "none_known"
    assert states["to_others/fire_setting"] == "none_known"
    assert states["to_others/physical_harm"] == "present"


def test_a_word_that_says_its_state_is_read_with_only_two_risks_answered():
    learned = learn_state_words(_lines("CCE: UNVERIFIED", "Violence: OPEN - hits out"))
    assert learned == {"unverified": RiskState.SUSPECTED, "open": RiskState.PRESENT}


def test_a_risk_line_after_a_headings_label_is_read_as_its_own():
    body = "Bed needed for Cal Reeve, born 05/05/2011, boy.\nConcerns: Viol - y (punched a carer)."
    risks = read_referral_document(email(body), today=TODAY).referral["children"][0]["risks"]
    assert risks["to_others"]["physical_harm"]["state"] == "present"


def test_a_sentence_before_a_dash_is_no_risks_label():
    blocks = _lines("Ran away four times in 2022 - none since.", "CSE: zz", "Fire: zz")
    assert read_state_words(blocks)[0].text == blocks[0].text


def test_a_homes_residents_risks_are_not_the_childs():
    body = "\n".join(
        [
            "Residential bed for Noor Haddad, born 07/07/2010, female.",
            "Existing residents: one girl aged 15 with a history of fire setting",
            "Self-harm: no",
        ]
    )
    risks = read_referral_document(email(body), today=TODAY).referral["children"][0]["risks"]
    assert risks["to_others"].get("fire_setting", {}).get("state") != "present"


def test_an_answer_still_owed_is_never_learned_as_a_state():
    # "not known" answers most risks here, but it is no state: nothing to learn
    learned = learn_state_words(
        _lines("Self-harm: yes", "CSE: not known", "CCE: not known", "Fire: not known")
    )
    assert "not known" not in learned
    assert state_of_word("TBC") is None


def test_a_learned_words_evidence_quotes_the_documents_own_words():
    # the reader reads "DORMANT" as "historic", but the quote is what the memo says
    text = "\n".join(
        [
            "Memo: a bed for Tia Rowe, born 2 February 2011, female",
            "Risks to weigh",
            "   1.1 Self-harm ....... DORMANT - cut her wrists in 2023",
            "   1.2 CSE ............. OPEN - picked up by older men in cars",
            "   1.3 Fire ............ UNVERIFIED - a lighter in her bag",
            "   1.4 Missing ......... NIL",
        ]
    )
    draft = read_referral_document(text.encode(), filename="memo.txt", today=TEST_NOW.date())
    self_harm = draft.children[0].risks.to_child["self_harm"]
    assert self_harm.value == "historical"
    assert [evidence.quote for evidence in self_harm.evidence] == [
        "Self-harm: DORMANT - cut her wrists in 2023"  # the leader dots read as the label's end
    ]
