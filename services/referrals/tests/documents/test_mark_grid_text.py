"""A tick grid typed in plain text with its columns lined up by spaces (issue 12, class
1): each row's marks read under the header's options, counted off in order, whether or
not the header was typed exactly over them."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.mark_grid import mark_grids

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n\n"


def _states(grid: str) -> dict[str, str]:
    draft = read_referral_document((HEAD + grid + "\n").encode(), today=TODAY)
    risks = draft.model_dump(mode="json")["children"][0]["risks"]
    return {
        name: item["value"]
        for group in ("to_child", "to_others")
        for name, item in (risks.get(group) or {}).items()
        if item.get("value")
    }


GRIDS = [
    # the header drifts to the right of the marks, a detail after the last mark
    "Risks                       Yes  Past Unsure No   Details\n"
    "Self-harm                   [ ] [X] [ ] [ ]  cut her arm in 2023\n"
    "Goes missing                [X] [ ] [ ] [ ]\n"
    "Sets fires                  [ ] [ ] [ ] [X]\n",
    # a header of two-word options set apart by two spaces, no detail column
    "Area              Now  In the past  None known\n"
    "Self harm         [ ]  [x]          [ ]\n"
    "Missing           [x]  [ ]          [ ]\n"
    "Fire setting      [ ]  [ ]          [x]\n",
    # box characters instead of brackets
    "Concern             Current Historic Suspected No\n"
    "Self-injury          \u2610  \u2612  \u2610  \u2610\n"
    "Running away         \u2612  \u2610  \u2610  \u2610\n"
    "Arson                \u2610  \u2610  \u2610  \u2612\n",
]


@pytest.mark.parametrize("grid", GRIDS)
def test_each_mark_is_read_under_its_option(grid):
    states = _states(grid)
    assert states["self_harm"] == "historical"
    assert states["missing"] == "present"
    assert states["fire_setting"] == "none_known"


def test_the_grid_becomes_a_table():
    lines = GRIDS[0].splitlines()
    assert mark_grids(lines) == [
        "Risks | Yes | Past | Unsure | No | Details",
        "Self-harm | [ ] | [X] | [ ] | [ ] | cut her arm in 2023",
        "Goes missing | [X] | [ ] | [ ] | [ ] | ",
        "Sets fires | [ ] | [ ] | [ ] | [X] | ",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a line of choices: words between its boxes
        ["Placement type", "[x] Foster care [ ] Residential", "[ ] Emergency [x] Planned"],
        # one row only
        ["Risks   Yes No", "Self-harm  [ ] [x]"],
        # a header whose words do not count off over the marks
        ["Notes about the child's week", "Monday  [ ] [x]", "Tuesday  [x] [ ]"],
        # rows with different numbers of marks
        ["Risks   Yes No", "Self-harm  [ ] [x]", "Missing  [ ] [x] [ ]"],
    ],
)
def test_other_lines_are_left_alone(lines):
    assert mark_grids(lines) == lines
