"""The frozen labelled scenario set (frozen_scenarios/, issue 11) run against the real services.

Every scenario's referral, homes and places are created through the HTTP APIs of the
in-process referrals and vacancies apps; matching catches up on their feeds and is asked
``GET /v1/referrals/{id}/matches``; its answer is compared with the labels written from
RULES.md. The labels are frozen: see frozen_scenarios/README.md. Never edit them to pass.

- ``test_no_unsafe_proposal[<scenario>-<backend>]``: one per scenario, fails if a home
  that must be excluded or needs information is shown as a clean eligible match.
- ``test_summary[<backend>]``: the whole set in one world (one agency per scenario),
  prints the figures and every miss, asserts 0 unsafe, >= 95% of exclusions with the
  right reason and >= 90% of rank pairs in order.
"""

from __future__ import annotations

import copy
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from matching_testkit import AGENCY_A, NOW, World

SET = json.loads((Path(__file__).parent / "frozen_scenarios" / "scenarios.json").read_text())
SCENARIOS: list[dict[str, Any]] = SET["scenarios"]
EXCLUSION_GOAL, RANK_GOAL = 0.95, 0.90


@dataclass
class Created:
    scenario: dict[str, Any]
    agency_id: str
    referral_id: str
    holders: dict[str, str] = field(default_factory=dict)  # key -> holder id
    refused: list[str] = field(default_factory=list)  # places the vacancies API refused


@dataclass
class Judged:
    scenario_id: str
    unsafe: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


async def _create(world: World, clock, scenario: dict[str, Any], agency_id: str) -> Created:
    officer = world.officer(agency_id)
    put = await world.referrals.put(
        f"/v1/agencies/{agency_id}", json={"name": agency_id}, headers=world.operator
    )
    assert put.status_code in (200, 201), put.text
    body = copy.deepcopy(scenario["referral"])
    body["agency_ids"] = [agency_id]
    body["la_reference"] = f"FROZEN-{scenario['id']}"[:64]
    sent = await world.referrals.post(
        "/v1/referrals",
        json=body,
        headers={**world.la, "Idempotency-Key": f"frozen-{agency_id}-{scenario['id']}"},
    )
    assert sent.status_code == 201, (scenario["id"], sent.text)
    created = Created(scenario, agency_id, sent.json()["id"])
    for holder in scenario["homes"]:
        text = json.dumps(holder["body"]).replace("{referral_id}", created.referral_id)
        path = "/v1/households" if holder["kind"] == "household" else "/v1/homes"
        made = await world.vacancies.post(path, json=json.loads(text), headers=officer)
        assert made.status_code == 201, (scenario["id"], holder["key"], made.text)
        holder_id = made.json()["id"]
        created.holders[holder["key"]] = holder_id
        id_field = "household_id" if holder["kind"] == "household" else "home_id"
        for place in holder["vacancies"]:
            clock.set(NOW - timedelta(hours=place["confirmed_hours_ago"]))
            try:
                vacancy = await world.vacancies.post(
                    "/v1/vacancies", json={**place["body"], id_field: holder_id}, headers=officer
                )
                if vacancy.status_code == 409:
                    # The vacancies service refuses more open places than the approval
                    # leaves room for: the place is not created, and the run says so.
                    created.refused.append(
                        f"{scenario['id']}/{holder['key']}: place refused, "
                        f"{vacancy.json().get('detail')}"
                    )
                    continue
                assert vacancy.status_code == 201, (scenario["id"], holder["key"], vacancy.text)
                if place["state"] == "unavailable":
                    marked = await world.vacancies.post(
                        f"/v1/vacancies/{vacancy.json()['id']}/unavailable",
                        json={"reason": "carer_break"},
                        headers=officer,
                    )
                    assert marked.status_code == 200, (scenario["id"], marked.text)
            finally:
                clock.set(NOW)
    return created


async def _matches(matching: httpx.AsyncClient, world: World, created: Created) -> dict:
    answer = await matching.get(
        f"/v1/referrals/{created.referral_id}/matches",
        params={"excluded_limit": 200},
        headers=world.officer(created.agency_id),
    )
    assert answer.status_code == 200, (created.scenario["id"], answer.text)
    return answer.json()


def _judge(created: Created, answer: dict) -> Judged:
    scenario = created.scenario
    judged = Judged(scenario["id"])
    shown = {h["holder_id"]: h for h in answer["homes"]}
    excluded_list = answer.get("excluded")  # RULES.md's ExcludedHome list, if the answer has it
    by_holder = {}
    if isinstance(excluded_list, list):
        by_holder = {
            e["holder_id"]: [r["rule"] for r in e.get("reasons", [])] for e in excluded_list
        }
    by_reason = Counter(
        {c["rule"]: c["count"] for c in answer.get("exclusions", {}).get("by_reason", [])}
    )
    counts = judged.counts
    for holder in scenario["homes"]:
        key, expect = holder["key"], holder["expect"]
        holder_id = created.holders[key]
        outcome = expect["outcome"]
        got = shown.get(holder_id)
        got_flags = sorted({f["rule"] for f in got["needs_information"]}) if got else None
        if got is None:
            got_text = "excluded" + (f" {by_holder[holder_id]}" if holder_id in by_holder else "")
        else:
            got_text = f"shown rank {got['rank']} flags {got_flags}"
        label = f"{scenario['id']}/{key}"
        if outcome == "excluded":
            counts["excluded_expected"] += 1
            if got is not None and not got_flags:
                counts["unsafe"] += 1
                judged.unsafe.append(
                    f"{label}: expected excluded {expect['reasons']}, got {got_text}"
                )
                continue
            if got is not None:
                judged.misses.append(
                    f"{label}: expected excluded {expect['reasons']}, got {got_text}"
                )
                continue
            primary = expect["reasons"][0]
            if any(r.startswith(f"{label}:") for r in created.refused):
                # Built without a place the vacancies API refused: not the scenario as
                # written, so its reason is not judged (unsafe still is, above).
                counts["excluded_not_judged"] += 1
                counts["excluded_expected"] -= 1
                continue
            if holder_id in by_holder:
                counts["excluded_named"] += 1
            if by_holder:
                reasons = by_holder.get(holder_id, [])
                right = (
                    bool(reasons)
                    and reasons[0] == primary
                    and set(expect["reasons"]) <= set(reasons)
                )
            else:
                right = by_reason[primary] > 0
                if right:
                    by_reason[primary] -= 1
            if right:
                counts["excluded_right"] += 1
            else:
                detail = by_holder.get(holder_id) if by_holder else dict(by_reason)
                judged.misses.append(
                    f"{label}: expected excluded, primary {primary}; got reasons {detail}"
                )
        elif outcome == "needs_information":
            counts["ni_expected"] += 1
            if got is not None and not got_flags:
                counts["unsafe"] += 1
                judged.unsafe.append(
                    f"{label}: expected needs_information {expect['flags']}, got clean (rank {got['rank']})"
                )
                continue
            if got is not None and got_flags == sorted(expect["flags"]):
                counts["ni_right"] += 1
            else:
                judged.misses.append(
                    f"{label}: expected needs_information {sorted(expect['flags'])}, got {got_text}"
                )
        else:
            counts["eligible_expected"] += 1
            if got is not None:
                counts["eligible_shown"] += 1
                if not got_flags:
                    counts["eligible_clean"] += 1
                else:
                    judged.misses.append(f"{label}: expected eligible (clean), got {got_text}")
            else:
                judged.misses.append(f"{label}: expected eligible, got {got_text}")
    for above, below in scenario["rank_pairs"]:
        counts["pairs"] += 1
        a, b = shown.get(created.holders[above]), shown.get(created.holders[below])
        if a is not None and b is not None and a["rank"] < b["rank"]:
            counts["pairs_in_order"] += 1
        else:
            ranks = (a and a["rank"], b and b["rank"])
            judged.misses.append(
                f"{scenario['id']}: {above} must rank above {below}; got ranks {ranks} (None = not shown)"
            )
    return judged


@pytest.fixture
async def matching(app):
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://matching"
    ) as http:
        yield http


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["id"] for s in SCENARIOS])
async def test_no_unsafe_proposal(scenario, world, clock, matching):
    created = await _create(world, clock, scenario, AGENCY_A)
    await world.catch_up()
    judged = _judge(created, await _matches(matching, world, created))
    assert not judged.unsafe, f"{scenario['why']} ({scenario['rule_refs']}): {judged.unsafe}"


def _write(path: str, report: str) -> None:
    Path(path).write_text(report + "\n")


def _share(counts: Counter, right: str, total: str) -> str:
    if not counts[total]:
        return "n/a"
    return f"{counts[right]}/{counts[total]} = {100 * counts[right] / counts[total]:.1f}%"


async def test_summary(world, clock, matching, backend):
    created = []
    for index, scenario in enumerate(SCENARIOS):
        created.append(await _create(world, clock, scenario, f"frozen-{index:03d}"))
    await world.catch_up()
    total, judged_all = Counter(), []
    for item in created:
        judged = _judge(item, await _matches(matching, world, item))
        judged_all.append(judged)
        total.update(judged.counts)
    lines = [
        f"Frozen scenario set on {backend}: {len(SCENARIOS)} scenarios, "
        f"{sum(len(s['homes']) for s in SCENARIOS)} homes",
        f"  unsafe proposals (must be 0)        : {total['unsafe']}",
        f"  exclusions with the right reason    : {_share(total, 'excluded_right', 'excluded_expected')}",
        f"  needs-information flags right       : {_share(total, 'ni_right', 'ni_expected')}",
        f"  eligible homes proposed             : {_share(total, 'eligible_shown', 'eligible_expected')}",
        f"  eligible homes proposed clean       : {_share(total, 'eligible_clean', 'eligible_expected')}",
        f"  rank pairs in order                 : {_share(total, 'pairs_in_order', 'pairs')}",
    ]
    refused = [r for c in created for r in c.refused]
    lines.insert(
        3,
        f"  (excluded homes not judged for reason: {total['excluded_not_judged']}, a place refused)",
    )
    lines.insert(
        4,
        "  excluded homes named in `excluded`   : "
        f"{_share(total, 'excluded_named', 'excluded_expected')} (RULES.md 1, ExcludedHome list)",
    )
    lines += [
        "PLACES REFUSED BY THE VACANCIES API (scenario run without them):",
        *(f"  {r}" for r in refused),
    ]
    unsafe = [u for j in judged_all for u in j.unsafe]
    misses = [m for j in judged_all for m in j.misses]
    lines += ["UNSAFE:", *(f"  {u}" for u in unsafe), "OTHER MISSES:", *(f"  {m}" for m in misses)]
    report = "\n".join(lines)
    print(report)
    if os.environ.get("FROZEN_REPORT"):
        _write(os.environ["FROZEN_REPORT"], report)
    assert total["unsafe"] == 0, report
    assert total["excluded_right"] >= EXCLUSION_GOAL * total["excluded_expected"], report
    assert total["pairs_in_order"] >= RANK_GOAL * total["pairs"], report


def test_judge_catches_what_it_must():
    """The comparison itself: an unsafe home, a wrong reason, a wrong flag, a pair out of order."""
    scenario = {
        "id": "self-check",
        "homes": [
            {"key": "A", "expect": {"outcome": "excluded", "reasons": ["pets"]}},
            {"key": "B", "expect": {"outcome": "needs_information", "flags": ["gender"]}},
            {"key": "C", "expect": {"outcome": "eligible"}},
            {"key": "D", "expect": {"outcome": "excluded", "reasons": ["gender"]}},
        ],
        "rank_pairs": [["C", "B"]],
    }
    created = Created(scenario, "x", "r", {"A": "a", "B": "b", "C": "c", "D": "d"})

    def shown(holder_id, rank, flags=()):
        return {
            "holder_id": holder_id,
            "rank": rank,
            "needs_information": [{"rule": f} for f in flags],
        }

    answer = {
        "homes": [shown("a", 1), shown("b", 2), shown("c", 3)],
        "exclusions": {"by_reason": [{"rule": "setting", "count": 1}]},
    }
    judged = _judge(created, answer)
    assert judged.counts["unsafe"] == 2  # A shown clean, B shown clean
    assert judged.counts["excluded_right"] == 0  # D excluded for setting, not gender
    assert judged.counts["pairs_in_order"] == 0
    answer = {
        "homes": [shown("c", 1), shown("b", 2, ["gender"])],
        "excluded": [
            {"holder_id": "a", "reasons": [{"rule": "pets"}]},
            {"holder_id": "d", "reasons": [{"rule": "gender"}]},
        ],
        "exclusions": {"by_reason": []},
    }
    judged = _judge(created, answer)
    assert judged.counts["unsafe"] == 0 and not judged.misses
    assert judged.counts["excluded_right"] == 2 and judged.counts["ni_right"] == 1
    assert judged.counts["pairs_in_order"] == 1 and judged.counts["excluded_named"] == 2
