"""Risk answers that new writers word in ways no earlier writer did, read by their class:

* a denial said as what nobody has seen of the risk, or as nobody's worry ("Not evident",
  "Nothing noted", "Not a feature", "Not worried"), and its near misses: a proof withheld
  ("not proven", "not witnessed") is a suspicion, "not seen since 2024" is history;
* a doubt with what was seen after it ("Not sure yet - said he wanted to die",
  "Emerging") is a suspicion; a doubt alone or with an answer owed says nothing;
* a scale's answer that the risk shows now ("Worried now", "Evident now - at nursery"),
  which a detail about where or when it showed does not make historical;
* a table most of whose rows are risks, a column per child, read child by child whatever
  its corner cell says ("Risk checklist (for carers)");
* a data export's risk record flattened into one line a field ("Risks category: CSE",
  "Risks status: NONE", "Risks notes: ..."), read as one risk row.

Each text is written for this test."""

from __future__ import annotations

import io

import docx
import pytest
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.risk_records import expand_risk_records
from hearth_referrals.documents.rules.risk_states import answer_state, statements

NONE = RiskState.NONE_KNOWN
PRESENT = RiskState.PRESENT
SUSPECTED = RiskState.SUSPECTED
HISTORICAL = RiskState.HISTORICAL


@pytest.mark.parametrize(
    ("answer", "state"),
    [
        # what nobody has seen of it: a denial
        ("Not evident", NONE),
        ("not observed", NONE),
        ("Not apparent at home or school", NONE),
        ("Not a feature", NONE),
        ("Nothing noted", NONE),
        ("Nothing has been observed", NONE),
        ("Not present", NONE),
        # nobody's worry: a denial
        ("Not worried", NONE),
        ("Not concerned at all", NONE),
        # near misses: a proof withheld is a suspicion, a stop since a date is history
        ("Not evidenced", SUSPECTED),
        ("Not proven - school raised it", SUSPECTED),
        ("Not seen since 2023", HISTORICAL),
        # a scale's "now": present, whatever the detail says of where it showed
        ("Worried now - ran from school three times this term", PRESENT),
        ("Evident now - kicks and bites at nursery", PRESENT),
        ("A concern at present - older boyfriend collects her", PRESENT),
        # near misses: a worry without "now" stays a worry, "in the past" stays history
        ("Worried - has two phones", SUSPECTED),
        ("Worried in the past - cut her arm in 2023, none since", HISTORICAL),
        # a doubt with what was seen after it: a suspicion
        ("Not sure yet - talked of wanting to die after a row", SUSPECTED),
        ("Unsure - smelt of cannabis after contact, denies using", SUSPECTED),
        ("Not known, carers found a lighter under the bed", SUSPECTED),
        ("Emerging - seen with older lads at the station", SUSPECTED),
        ("Being explored by the police", SUSPECTED),
        ("Under review", SUSPECTED),
        # near misses: a doubt alone, or with an answer still owed, says nothing; a doubt
        # then a denial is a denial
        ("Not sure yet", None),
        ("Unsure - not asked", None),
        ("Not sure - to be discussed with mum", None),
        ("Not known - no concerns raised by school", NONE),
    ],
)
def test_an_answers_head_gives_the_state(answer: str, state: RiskState | None) -> None:
    assert answer_state(answer, []) is state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Self-harm: Not evident", NONE),
        ("Fire setting - not a feature", NONE),
        ("Eating difficulties are not evident.", NONE),
        ("Going missing: Not worried", NONE),
        ("Going missing: Worried now - four episodes this month", PRESENT),
        ("Violence to others: Being explored", SUSPECTED),
        ("Criminal exploitation: Emerging", SUSPECTED),
        ("Self-harm: Not sure yet - spoke of wanting to die", SUSPECTED),
        # near misses
        ("Self-harm: not witnessed by staff", SUSPECTED),
        ("Self-harm: not seen since 2024", HISTORICAL),
        ("Going missing: worried now and then", SUSPECTED),
        ("Self-harm: Yes - cuts her arms", PRESENT),
        ("Criminal exploitation: older lads say he is emerging as a leader", PRESENT),
    ],
)
def test_a_risks_line_reads_the_answer_after_its_name(text: str, state: RiskState) -> None:
    assert [found.state for found in statements(text)] == [state]


def _lines(*texts: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, text, Location(paragraph=i)) for i, text in enumerate(texts)]


def _rows(blocks: list[Block]) -> list[tuple[str | None, str]]:
    return [(block.label, block.text) for block in expand_risk_records(blocks)]


class TestFlattenedRiskRecords:
    def test_a_records_name_status_and_note_become_one_row(self) -> None:
        rows = _rows(
            _lines(
                "Risk flags type: SELF_HARM",
                "Risk flags status: SUSPECTED",
                "Risk flags notes: fresh scratches seen at school",
                "Risk flags type: CSE",
                "Risk flags status: NONE",
            )
        )
        assert rows == [
            ("SELF HARM", "SUSPECTED - fresh scratches seen at school"),
            ("CSE", "NONE"),
        ]

    def test_a_record_of_the_child_as_the_one_who_does_it_is_to_others(self) -> None:
        rows = _rows(_lines("Concerns area: violence_to_others", "Concerns level: Historic"))
        assert rows == [("Violence (risk to others)", "Historic")]

    def test_a_list_not_of_risks_is_left_alone(self) -> None:
        lines = _lines("Placement type: Foster care", "Placement status: Ended")
        assert _rows(lines) == [
            (None, "Placement type: Foster care"),
            (None, "Placement status: Ended"),
        ]

    def test_a_risk_named_with_no_status_after_it_is_left_alone(self) -> None:
        lines = _lines("Risk flags type: CSE", "Name: Lewis Carr")
        assert _rows(lines) == [(None, "Risk flags type: CSE"), (None, "Name: Lewis Carr")]


def _grid_form(corner: str, rows: list[list[str]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Placement request - sisters")
    document.add_paragraph("Date of referral: 18/11/2026")
    details = [
        ["Name", "Poppy Vance", "Ruby Vance"],
        ["Date of birth", "02/02/2013", "09/09/2016"],
        ["Gender", "Female", "Female"],
        ["Legal status", "Section 20", "Section 20"],
    ]
    risks = [[corner, "Poppy", "Ruby"], *rows]
    for values in (details, risks):
        table = document.add_table(rows=len(values), cols=3)
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_GRID = [
    ["Hurting herself", "Not worried", "Worried now - cut her wrist last week"],
    ["Going missing", "Worried in the past - ran off in 2023, none since", "Not worried"],
    ["Setting fires", "Not worried", "Not worried"],
    ["Hurting animals", "Not worried", "Not sure yet - the cat was hurt, she denies it"],
]


class TestRiskGridWhateverItsCorner:
    """A table most of whose rows are risks, a column per child: each child's answers from
    their own column, whatever the corner cell says."""

    @pytest.mark.parametrize("corner", ["Risk checklist (for carers)", "What we know", ""])
    def test_each_child_from_their_column(self, corner: str) -> None:
        draft = read_referral_document(_grid_form(corner, _GRID), today=TEST_NOW.date())
        states = [
            {
                f"{group}/{name}": item["state"]
                for group, items in child["risks"].items()
                for name, item in items.items()
            }
            for child in draft.referral["children"]
        ]
        assert [s["to_child/self_harm"] for s in states] == ["none_known", "present"]
        assert [s["to_child/missing"] for s in states] == ["historical", "none_known"]
        assert [s["to_others/harm_to_animals"] for s in states] == ["none_known", "suspected"]

    def test_a_table_of_other_things_with_one_risk_row_is_not_a_risk_grid(self) -> None:
        rows = [
            ["School", "Hill Primary", "Hill Primary"],
            ["Religion", "None", "None"],
            ["Self-harm", "No", "Yes - scratches her arms"],
        ]
        draft = read_referral_document(_grid_form("Details", rows), today=TEST_NOW.date())
        children = draft.referral["children"]
        assert [c["first_name"] for c in children] == ["Poppy", "Ruby"]
