"""The pure rules behind answers and amendments, in tables of cases: no HTTP, no database."""

from __future__ import annotations

import pytest
from hearth_contract.amendments import PointerError, amendment, set_value
from hearth_contract.referrals import CompletenessItem, Severity
from hearth_referrals.completeness import outstanding


def _document() -> dict:
    return {
        "la_reference": "LA-1",
        "agency_ids": ["a"],
        "placement": {"setting": "fostering", "start_date": None},
        "children": [{"first_name": "A", "school": None, "family_time": [{"with_whom": "Mum"}]}],
    }


@pytest.mark.parametrize(
    ("pointer", "value", "where", "expected"),
    [
        ("/children/0/legal_status", "C2", ("children", 0, "legal_status"), "C2"),
        ("/placement/start_date", "2026-12-10", ("placement", "start_date"), "2026-12-10"),
        (
            "/children/0/family_time/0",
            {"with_whom": "Dad"},
            ("children", 0, "family_time", 0),
            {"with_whom": "Dad"},
        ),
        (
            "/children/0/family_time/-",
            {"with_whom": "Gran"},
            ("children", 0, "family_time", 1),
            {"with_whom": "Gran"},
        ),
        ("/children/0/school", {"name": "Oak"}, ("children", 0, "school"), {"name": "Oak"}),
        ("/la_reference", "LA-2", ("la_reference",), "LA-2"),
    ],
)
def test_a_value_is_written_at_its_pointer(pointer, value, where, expected):
    document = _document()
    set_value(document, pointer, value)
    found = document
    for step in where:
        found = found[step]
    assert found == expected


@pytest.mark.parametrize(
    "pointer",
    [
        "children/0/legal_status",  # not a pointer
        "/agency_ids/0",  # not amendable
        "/referral_date",  # not amendable
        "/children/1/legal_status",  # no such child
        "/children/01/legal_status",  # not an index
        "/children/-/legal_status",  # append is only for the last token
        "/children/0/school/must_stay",  # the school is not stated
        "/la_reference/x",  # inside a string
    ],
)
def test_a_pointer_an_answer_cannot_write_is_refused(pointer):
    document = _document()
    with pytest.raises(PointerError):
        set_value(document, pointer, "x")
    assert document == _document()


def _gap(pointer: str) -> CompletenessItem:
    return CompletenessItem(
        pointer=pointer, topic="t", severity=Severity.BLOCKS_MATCHING, message="m", question="q"
    )


@pytest.mark.parametrize(
    ("gaps", "resolved", "left"),
    [
        (["/children/0/legal_status"], ["/children/0/legal_status"], []),
        (["/children/0/risks"], ["/children/0"], []),
        (["/children/0/risks"], ["/children/0/risks/to_child"], ["/children/0/risks"]),
        (["/children/1/gender"], ["/children/0"], ["/children/1/gender"]),
        (["/children/10/gender"], ["/children/1"], ["/children/10/gender"]),
        (
            ["/parent", "/placement/living_companions"],
            [None, "/parent"],
            ["/placement/living_companions"],
        ),
    ],
)
def test_a_resolved_pointer_covers_the_gaps_at_and_within_it(gaps, resolved, left):
    assert [g.pointer for g in outstanding([_gap(p) for p in gaps], resolved)] == left


@pytest.mark.parametrize(
    ("patch", "kept", "refused"),
    [
        ({"la_reference": "X", "id": "1", "version": 3}, {"la_reference": "X"}, []),
        (
            {"children": [{"first_name": "A", "age_today": 9}]},
            {"children": [{"first_name": "A"}]},
            [],
        ),
        ({"agency_ids": ["b"], "colour": 1}, {}, ["/agency_ids", "/colour"]),
        ({"a/b": 1}, {}, ["/a~1b"]),
        ({"status": "withdrawn", "screening": [], "referral_date": "2020-01-01"}, {}, []),
    ],
)
def test_an_amendment_drops_read_only_members_and_refuses_unknown_ones(patch, kept, refused):
    changes, errors = amendment(patch)
    assert changes == kept
    assert [e.pointer for e in errors] == refused
