"""Every text and date in a request model is checked once, at the field that holds it:
fields whose own type checks them are not checked twice, the others by the model."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.common import _fields_to_check
from hearth_contract.examples import example_referral
from hearth_contract.referrals import (
    InformationAnswer,
    PreviousPlacement,
    ReferralAssign,
    ReferralCreate,
)
from pydantic import ValidationError

REFERRAL_DATE = date(2026, 11, 23)


def _errors(model, data) -> list[tuple[tuple, str]]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(error["loc"], error["type"]) for error in caught.value.errors()]


CASES = [
    # (model, data, where the error is, its type)
    (ReferralAssign, {"officer_id": "officer\x1b[31m"}, ("officer_id",), "value_error"),
    (ReferralAssign, {"officer_id": "nul\x00"}, ("officer_id",), "value_error"),
    (PreviousPlacement, {"started_on": "0001-01-01"}, ("started_on",), "value_error"),
    (PreviousPlacement, {"ended_on": "9999-12-31"}, ("ended_on",), "value_error"),
    (
        InformationAnswer,
        {"question_id": "q1", "value": {"nested": ["ok", "bell\x07"]}},
        ("value",),
        "value_error",
    ),
]


@pytest.mark.parametrize(("model", "data", "loc", "kind"), CASES)
def test_a_field_without_its_own_check_is_checked_at_its_place(model, data, loc, kind):
    assert (loc, kind) in _errors(model, data)


def test_nested_fields_keep_their_whole_path():
    referral = example_referral(0, agency_ids=["agency-a"], referral_date=REFERRAL_DATE)
    referral["children"][0]["interests"] = ["football", "foot\x07ball"]
    referral["children"][0]["placement_history"] = [{"started_on": "1800-01-01"}]
    errors = _errors(ReferralCreate, referral)
    assert (("children", 0, "interests", 1), "value_error") in errors
    assert any(loc[:3] == ("children", 0, "placement_history") for loc, _ in errors)


def test_a_referral_checks_only_what_its_types_do_not():
    # Names, free text, dates of birth, enums and nested models check themselves.
    assert _fields_to_check(ReferralCreate) == ("agency_ids",)


def test_several_bad_fields_are_all_named():
    errors = _errors(PreviousPlacement, {"started_on": "0001-01-01", "ended_on": "9999-12-31"})
    assert {loc for loc, _ in errors} == {("started_on",), ("ended_on",)}
