"""A risk grid whose last option is a state written out in a few words ("Current |
Historic | Unconfirmed | None identified"): a mark under it is that state, not a bare
mark read as a yes (issue 12, class 6).
"""

from __future__ import annotations

import pytest
from builders import grid_docx
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


_FACTS = [("Child's name", "Tamsin Okafor"), ("Date of birth", "11/02/2012")]


def _grid(header: tuple[str, ...], marks: dict[str, int]) -> bytes:
    """A Word referral with one risk grid: each risk's mark under the column numbered."""
    rows = [
        [risk, *("☑" if index == column else "☐" for index in range(1, len(header))), ""]
        for risk, column in marks.items()
    ]
    return grid_docx([*header, "Notes"], rows, _FACTS)


def _states(data: bytes) -> dict[str, str]:
    draft = read_referral_document(data, today=TODAY).model_dump(mode="json")
    risks = draft["children"][0]["risks"]
    return {
        name: item["value"]
        for group in ("to_child", "to_others")
        for name, item in (risks.get(group) or {}).items()
        if item.get("value")
    }


@pytest.mark.parametrize(
    "header",
    [
        ("Risk", "Current", "Historic", "Unconfirmed", "None identified"),
        ("Area", "Now", "Past", "Suspected", "No known risk"),
        ("Concern", "Yes", "In the past", "Query", "None known"),
    ],
)
def test_a_mark_under_a_written_out_none_is_none_known(header):
    states = _states(
        _grid(header, {"Self-harm": 2, "Going missing": 1, "Fire setting": 4, "Arson": 4})
    )
    assert states["self_harm"] == "historical"
    assert states["missing"] == "present"
    assert states["fire_setting"] == "none_known"


def test_a_column_of_words_is_not_an_option():
    """A column whose cells hold words, not marks, stays the row's detail."""
    rows = [
        ["Self-harm", "☐", "☑", "cut her arm in 2024"],
        ["Fire setting", "☐", "☐", "no concerns raised by school"],
    ]
    header = ["Risk", "Current", "Historic", "None identified"]
    states = _states(grid_docx(header, rows, _FACTS))
    assert states["self_harm"] == "historical"
    assert states.get("fire_setting") != "present"


@pytest.mark.parametrize(
    "header",
    [
        # a narrow column broke its header's word ("Befor e", "Quer y")
        ("Risk", "Known now", "Befor e", "Quer y", "No"),
        ("Risk", "Yes now", "In the pas t", "Suspected", "No"),
        ("Risk", "Current", "Previous", "Unsure", "None"),
    ],
)
def test_headers_broken_by_a_narrow_column_and_states_in_two_words(header):
    states = _states(_grid(header, {"Self-harm": 2, "Going missing": 1, "Fire setting": 4}))
    assert states["self_harm"] == "historical"
    assert states["missing"] == "present"
    assert states["fire_setting"] == "none_known"
