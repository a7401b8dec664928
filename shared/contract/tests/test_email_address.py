"""The contract's remembered email check answers as pydantic's ``EmailStr`` does."""

from __future__ import annotations

import pytest
from hearth_contract.common import EmailAddress
from pydantic import EmailStr, TypeAdapter, ValidationError

OURS, PYDANTIC = TypeAdapter(EmailAddress), TypeAdapter(EmailStr)

ADDRESSES = [
    "sam.ashdown@example.gov.uk",
    "Sam.Ashdown@EXAMPLE.GOV.UK",
    "  duty.team@kent.example.gov.uk ",
    "Sam Ashdown <sam.ashdown@example.gov.uk>",
    "o'brien@example.org.uk",
    "no-at-sign.example.gov.uk",
    "two@@example.gov.uk",
    "sam@localhost",
    "sam@[127.0.0.1]",
    "sam@example..gov.uk",
    "",
    "x" * 250 + "@example.gov.uk",
    "line\nbreak@example.gov.uk",
]


def _answer(adapter: TypeAdapter, value: str):
    try:
        return "valid", adapter.validate_python(value)
    except ValidationError as exc:
        return "refused", [(e["type"], e["msg"]) for e in exc.errors()]


@pytest.mark.parametrize("value", ADDRESSES)
def test_the_same_answer_as_pydantic_first_time_and_again(value):
    expected = _answer(PYDANTIC, value)
    assert _answer(OURS, value) == expected
    assert _answer(OURS, value) == expected  # the second answer comes from memory


def test_the_same_schema():
    assert OURS.json_schema() == PYDANTIC.json_schema()
