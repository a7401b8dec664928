"""Risk statements in more of the layouts LAs send (issue 12, class 6, and the layouts
training_h brings): tick boxes written after their words in Word ("Yes ☐ No ☒"), a
"Details" line under a ticked row, rows left blank or unticked, printed forms with each
box's label above its value, a blanket "no known risks" sentence naming one child of
several, and the words and cues of risks told in prose (pen pictures, letters, phone
logs). Every document and sentence here is written for this test."""

from __future__ import annotations

import io

import pytest
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.pdf_layout import _boxed_cells
from hearth_referrals.documents.rules.answers import split_options
from hearth_referrals.documents.rules.risk_states import answer_state, statements
from hearth_referrals.documents.rules.risk_words import risk_terms

TODAY = TEST_NOW.date()


def _draft(data: bytes):
    return read_referral_document(data, today=TODAY)


def _states(draft) -> list[dict[str, str]]:
    return [
        {
            f"{group}/{name}": risk["state"]
            for group, named in (child.get("risks") or {}).items()
            for name, risk in named.items()
        }
        for child in draft.referral["children"]
    ]


def _gaps(draft) -> set[str]:
    return {item.pointer for item in draft.missing}


# --- tick boxes after their words -------------------------------------------------------


@pytest.mark.parametrize(
    "text,words,options",
    [
        # each box ticks the word before it when the line ends in a box
        (
            "Yes ☐ No ☒ Past ☐ Suspected ☐",
            "",
            [("Yes", False), ("No", True), ("Past", False), ("Suspected", False)],
        ),
        ("Yes [x] No [ ]", "", [("Yes", True), ("No", False)]),
        ("Yes ☐ No ☐ Unknown ☒", "", [("Yes", False), ("No", False), ("Unknown", True)]),
        # the question left in front of the words stays as the answer's words
        ("Runs away? Yes ☒ No ☐", "Runs away?", [("Yes", True), ("No", False)]),
        # boxes before their words are read as before
        ("☒ Yes ☐ No", "", [("Yes", True), ("No", False)]),
        ("Exploitation ☐ Yes ☒ No", "Exploitation", [("Yes", False), ("No", True)]),
        # a line that goes on after its last box is not the words-then-box layout
        ("☐ Yes ☒ No - hit a peer in May", "hit a peer in May", [("Yes", False), ("No", True)]),
    ],
)
def test_boxes_after_their_words(text, words, options):
    assert split_options(text) == (words, options)


@pytest.mark.parametrize(
    "options,state",
    [
        ([("Yes", False), ("No", False), ("Past", False)], RiskState.NOT_STATED),
        ([("Yes", False), ("No", False), ("Past", True)], RiskState.HISTORICAL),
        ([("Yes", False), ("No", False), ("Suspected", True)], RiskState.SUSPECTED),
    ],
)
def test_an_unticked_row_is_a_gap_and_each_box_has_its_state(options, state):
    assert answer_state("", options) is state


def _word_document(paragraphs: list[str], table: list[tuple[str, str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=0, cols=2)
        for label, value in table:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_HEAD = [
    "Placement request",
    "Local authority: Stockport Metropolitan Borough Council",
    "Date of request: 12/11/2026",
    "Child's name: Ollie Brandwood",
    "Date of birth: 04/04/2012",
]


def test_word_ticks_after_words_with_a_details_line():
    data = _word_document(
        [
            *_HEAD,
            "Hurting themselves? Yes ☐ No ☒ Past ☐ Suspected ☐",
            "Going missing? Yes ☒ No ☐ Past ☐ Suspected ☐\nDetails: Out overnight four "
            "times this month, found in town by police.",
            "Fire setting? Yes ☐ No ☐ Past ☒ Suspected ☐",
            "Harm to animals? Yes ☐ No ☐ Past ☐ Suspected ☐",
            "Drug or alcohol use? Yes ☒ No ☐ Past ☐ Suspected ☐",
        ]
    )
    draft = _draft(data)
    [states] = _states(draft)
    assert states["to_child/self_harm"] == "none_known"
    assert states["to_child/missing"] == "present"
    assert states["to_others/fire_setting"] == "historical"
    assert "to_others/harm_to_animals" not in states  # no box ticked: not stated
    gaps = _gaps(draft)
    assert "/children/0/risks/to_others/harm_to_animals" in gaps
    # the details line describes the missing episodes; drug use was ticked with none
    assert "/children/0/risks/to_child/missing/detail" not in gaps
    assert "/children/0/risks/to_child/drug_alcohol/detail" in gaps


def test_a_blank_risk_cell_is_not_a_risk():
    data = _word_document(
        _HEAD,
        table=[
            ("Risk", "Yes / No / details"),
            ("Self-harm", ""),
            ("Child criminal exploitation (CCE)", "Suspected"),
            ("Fire setting", ""),
            ("Violence towards others", "Yes - pushed a carer down the stairs in October."),
        ],
    )
    draft = _draft(data)
    [states] = _states(draft)
    assert "to_child/self_harm" not in states
    assert "to_others/fire_setting" not in states
    assert states["to_child/criminal_exploitation"] == "suspected"
    assert states["to_others/physical_harm"] == "present"
    gaps = _gaps(draft)
    assert {
        "/children/0/risks/to_child/self_harm",
        "/children/0/risks/to_others/fire_setting",
        # "Suspected" alone says how sure, not what happened
        "/children/0/risks/to_child/criminal_exploitation/detail",
    } <= gaps


# --- printed boxes, each label above its value -----------------------------------------


@pytest.mark.parametrize(
    "cells,read",
    [
        (
            ["Date of referral\n03.11.26", "Gender\nMale", "Risks\nNone known."],
            ["Date of referral: 03.11.26", "Gender: Male", "Risks: None known."],
        ),
        (["School / year\nHolly Lodge\nYear 4", None], ["School / year: Holly Lodge Year 4"]),
        # a grid's header row, a label column beside values, a long first line: not boxes
        (["Risk", "Yes", "No"], []),
        (["Self-harm", "No\nnone known"], []),
        (["Placement type\nfoster", "Foster care with a family near her school\nlong term"], []),
    ],
)
def test_boxed_cells(cells, read):
    expected = read if len([cell for cell in cells if cell]) >= 2 else []
    assert _boxed_cells(cells) == expected


def test_a_pdf_of_boxes_reads_each_box():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    rows = [
        ["Local authority\nDerby City Council", "Date of referral\n09.11.26", "Ref\nDC 55102"],
        ["Full name\nTamsin Oakes", "Date of birth\n02.02.14", "Gender\nFemale"],
        ["Family time\nNan, weekly.", "Health\nEczema.", "Risks\nThere are no known risks."],
    ]
    buffer = io.BytesIO()
    table = Table(rows, colWidths=[180, 160, 160])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([table])
    [states] = _states(_draft(buffer.getvalue()))
    assert set(states.values()) == {"none_known"} and len(states) == 11


# --- one sentence naming one child of several ------------------------------------------

_TWO = """Referral for a brother and sister

Children: Hollie Vance (A), DOB 14/06/2012, and Reuben Vance (B), DOB 02/09/2016.

Running away: A - Yes, most weekends, found with older males. B - No.
There are no known risks for Reuben.
"""


def test_no_known_risks_for_a_named_child():
    hollie, reuben = _states(_draft(_TWO.encode()))
    assert hollie == {"to_child/missing": "present"}  # the sentence is not about her
    assert set(reuben.values()) == {"none_known"} and len(reuben) == 11


# --- risks told in prose ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,key,state",
    [
        # a risk followed by "none since" stopped: it is history
        ("Cut her wrists at her last school; none since.", "to_child/self_harm", "historical"),
        (
            "Said she wanted to end her life after the hearing; no thoughts since moving.",
            "to_child/self_harm",
            "historical",
        ),
        ("Scratches his arms when anxious.", "to_child/self_harm", "present"),
        ("Talks about taking his own life.", "to_child/self_harm", "present"),
        # a journey owed to traffickers, worried about but not proved
        (
            "Concerns he was made to work off a travel debt in a car wash.",
            "to_child/criminal_exploitation",
            "suspected",
        ),
        # what others may do to the child is a risk feared, not seen
        ("Gang members may try to find her.", "to_child/criminal_exploitation", "suspected"),
        ("Ran from school three times this term.", "to_child/missing", "present"),
        ("Gets into fights at the bus stop.", "to_others/physical_harm", "present"),
        ("Fights with peers at school.", "to_others/physical_harm", "present"),
        ("Threatened a carer with scissors last week.", "to_others/physical_harm", "present"),
        ("Squeezed the neighbour's hamster until it died.", "to_others/harm_to_animals", "present"),
        (
            "Threw the family cat down the stairs in 2024; none since.",
            "to_others/harm_to_animals",
            "historical",
        ),
        (
            "Concern she may be offered cash work by older men.",
            "to_child/criminal_exploitation",
            "suspected",
        ),
        (
            "Has links with older youths in the town centre.",
            "to_child/criminal_exploitation",
            "present",
        ),
        ("Drank heavily in 2024; sober since March 2025.", "to_child/drug_alcohol", "historical"),
        ("Keeps leaving school at lunchtime.", "to_child/missing", "present"),
        # done to the child by others: still the child's own risk
        (
            "Criminally exploited by older males in Leeds.",
            "to_child/criminal_exploitation",
            "present",
        ),
        # dated, but said to go on
        (
            "Groomed online in 2025; still messaging the same man.",
            "to_child/sexual_exploitation",
            "present",
        ),
        ("Groomed online in 2025; no contact since.", "to_child/sexual_exploitation", "historical"),
        (
            "Smoked cannabis daily at her last placement; abstinent since the summer.",
            "to_child/drug_alcohol",
            "historical",
        ),
    ],
)
def test_risks_in_prose(sentence, key, state):
    found = {f"{s.group}/{s.name}": s.state.value for s in statements(sentence, TODAY)}
    assert found.get(key) == state


def test_involving_others_in_offending_is_the_risk_to_others_only():
    keys = [key for key, _match in risk_terms("Drawing younger boys into offending / exploitation")]
    assert keys == [("to_others", "criminal_exploitation")]
    # the child's own exploitation, said alone, is still both kinds
    keys = {key for key, _match in risk_terms("Exploitation")}
    assert keys == {("to_child", "sexual_exploitation"), ("to_child", "criminal_exploitation")}


@pytest.mark.parametrize(
    "answer,state",
    [
        # a charge is alleged until tried: the form's "yes" stands
        ("Yes - charged with wounding at the youth court (alleged).", RiskState.PRESENT),
        # an allegation alone is still a suspicion
        ("Yes - alleged to have hit a peer; not witnessed.", RiskState.SUSPECTED),
    ],
)
def test_a_yes_with_an_alleged_charge(answer, state):
    assert answer_state(answer, []) is state


def test_no_other_risks_in_a_risks_own_answer_is_about_the_others():
    text = (
        "Referral\nLocal authority: Bury Council\nDate of referral: 10/11/2026\n"
        "Child's name: Kerys Holt\nDate of birth: 01/05/2011\n"
        "Suspected eating disorder: skips meals and hides food; GP reviewing. "
        "No other risks are known.\n"
    )
    [states] = _states(_draft(text.encode()))
    assert states["to_child/eating_disorder"] == "suspected"
    assert states["to_others/fire_setting"] == "none_known"


def test_a_blank_risks_line_in_a_log_is_not_joined_to_the_line_above():
    text = (
        "TELEPHONE REFERRAL LOG\nLocal authority: Bolton Council\nCall taken: 14/11/2026\n"
        "Child's name: Aimee Pratt\nDate of birth: 03/03/2013\n"
        "  health: TBC\n  risks:\n  family time: not discussed\n"
    )
    draft = _draft(text.encode())
    assert "/children/0/risks" in _gaps(draft)


def test_no_further_risks_known_to_the_department():
    text = (
        "Referral\nLocal authority: Bury Council\nDate of referral: 10/11/2026\n"
        "Child's name: Kerys Holt\nDate of birth: 01/05/2011\n"
        "Risks: Keeps leaving school at lunchtime - being looked into. "
        "No further risk issues are known to the department.\n"
    )
    [states] = _states(_draft(text.encode()))
    assert states["to_child/missing"] == "present"
    assert states["to_child/self_harm"] == "none_known"
    assert len(states) == 11


_BRACKETED = """Referral for a brother and sister

Children: Hollie Vance (A), DOB 14/06/2012, and Reuben Vance (B), DOB 02/09/2016.

Risks (Reuben): sets small fires in the garden. No other risks are known.
Risks (Hollie): none known.
"""


def test_a_risks_label_naming_one_child_in_brackets():
    hollie, reuben = _states(_draft(_BRACKETED.encode()))
    assert reuben["to_others/fire_setting"] == "present"
    assert hollie["to_others/fire_setting"] == "none_known"
    assert reuben["to_child/self_harm"] == hollie["to_child/self_harm"] == "none_known"


_PARENT_AND_BABY = """Parent and child assessment referral
Local authority: Rochdale Borough Council
Date of referral: 16/11/2026

Part 1: Mother
Name: Jodie Platt
Risks (parent): overdosed in 2024; uses cannabis most days.

Part 2: Baby
Child's name: Ava Platt
Date of birth: 09/11/2026

Part 3: Risks to the baby
None known - four days old.
"""


def test_a_parents_risks_are_not_the_babys_and_a_reasoned_none_known_answers():
    [baby] = _states(_draft(_PARENT_AND_BABY.encode()))
    assert set(baby.values()) == {"none_known"} and len(baby) == 11


_CARDS = """Sibling group referral
Local authority: Hull City Council
Date: 18.11.2026

SMITH, Dylan
Full name: Dylan Smith
Date of birth: 03.03.2012
Risks: Punched a boy at school last week. No other risks are known.

SMITH, Maya
Full name: Maya Smith
Date of birth: 07.07.2018
Risks: There are no known risks for Maya.
"""


def test_each_childs_card_keeps_its_own_risks():
    # read before the second card introduces his sister, the first card's risks are his
    dylan, maya = _states(_draft(_CARDS.encode()))
    assert dylan["to_others/physical_harm"] == "present"
    assert maya["to_others/physical_harm"] == "none_known"
    assert len(dylan) == len(maya) == 11
