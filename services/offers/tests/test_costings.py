"""Costing arithmetic as tables of cases: pricing, adjustments, totals, rounding, overlaps."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_contract.offers import CostingRequest, RateCardCreate
from hearth_contract.problems import ValidationFailed
from hearth_offers.costings.arithmetic import overlapping, pounds_half_up, price, totals
from offers_testkit import RATE_CARD

CARD = RateCardCreate.model_validate(RATE_CARD)


@pytest.mark.parametrize(
    ("pence", "pounds"),
    [(0, 0), (49, 0), (50, 1), (149, 1), (150, 2), (95_000, 950), (127_550, 1276), (127_549, 1275)],
)
def test_whole_pounds_round_half_up(pence, pounds):
    assert pounds_half_up(pence) == pounds


@pytest.mark.parametrize(
    ("request_body", "weekly", "one_off", "standard"),
    [
        ({"band": "standard"}, 95_000, 0, 950),
        ({"band": "enhanced"}, 112_550, 0, 1126),
        (
            {"band": "standard", "add_ons": [{"kind": "extra_support_hours", "quantity": 3}]},
            95_000 + 3 * 2_875,
            0,
            1036,  # £1,036.25
        ),
        (
            {
                "band": "standard",
                "add_ons": [{"kind": "transport"}],
                "one_offs": [{"code": "introductions", "quantity": 2}],
            },
            101_000,
            90_000,
            1010,
        ),
        (
            {
                "band": "standard",
                "adjustments": [
                    {"code": "core", "amount_pence": 90_050, "reason": "Sibling discount"}
                ],
            },
            90_050,
            0,
            901,  # £900.50 rounds up
        ),
    ],
)
def test_totals_from_the_rate_card(request_body, weekly, one_off, standard):
    lines = price(CARD, "fostering", CostingRequest.model_validate(request_body))
    result = totals(lines)
    assert (result.weekly_pence, result.one_off_pence, result.total_weekly_cost) == (
        weekly,
        one_off,
        standard,
    )


@pytest.mark.parametrize(
    ("setting", "request_body", "pointers"),
    [
        ("residential", {"band": "standard"}, ["/costing/band"]),
        ("fostering", {"band": "solo"}, ["/costing/band"]),
        (
            "fostering",
            {"band": "standard", "add_ons": [{"kind": "therapy"}]},
            ["/costing/add_ons/0/kind"],
        ),
        (
            "fostering",
            {"band": "standard", "one_offs": [{"code": "bed"}]},
            ["/costing/one_offs/0/code"],
        ),
        (
            "fostering",
            {
                "band": "standard",
                "adjustments": [{"code": "transport", "amount_pence": 1, "reason": "x"}],
            },
            ["/costing/adjustments/0/code"],
        ),
    ],
)
def test_what_is_not_on_the_card_is_named(setting, request_body, pointers):
    with pytest.raises(ValidationFailed) as refused:
        price(CARD, setting, CostingRequest.model_validate(request_body))
    assert [e.pointer for e in refused.value.errors] == pointers


def test_an_adjustment_keeps_the_priced_amount_and_the_reason():
    request = CostingRequest.model_validate(
        {
            "band": "standard",
            "adjustments": [{"code": "core", "amount_pence": 1, "reason": "Trial"}],
        }
    )
    (core,) = price(CARD, "fostering", request)
    assert (core.priced_pence, core.amount_pence, core.adjustment_reason) == (95_000, 1, "Trial")


@pytest.mark.parametrize(
    ("new_from", "new_to", "clashes"),
    [
        (date(2026, 3, 31), date(2026, 3, 31), False),
        (date(2026, 3, 1), date(2026, 4, 1), True),  # ends inclusive
        (date(2027, 1, 1), None, True),  # the open-ended version runs on
        (date(2025, 1, 1), date(2025, 12, 31), False),
    ],
)
def test_overlapping_versions(new_from, new_to, clashes):
    existing = [{"effective_from": date(2026, 4, 1), "effective_to": None}]
    assert (overlapping(new_from, new_to, existing) is not None) is clashes


@pytest.mark.parametrize(
    "change",
    [
        {"effective_to": "2026-03-01"},  # ends before it starts
        {"core_fees": [*RATE_CARD["core_fees"], RATE_CARD["core_fees"][0]]},  # a fee twice
        {"one_offs": [{"code": "transport", "description": "x", "amount_pence": 1}]},
        {"core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": -5}]},
        {"core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": 10**12}]},
    ],
)
def test_absurd_rate_cards_are_refused(change):
    with pytest.raises(ValueError):
        RateCardCreate.model_validate({**RATE_CARD, **change})
