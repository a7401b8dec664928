"""Benchmark: an LA's acceptance to the place filled and the referral placed, across services.

    uv run python bench/acceptance.py               # 40 offers
    uv run python bench/acceptance.py --count 100

Referrals, vacancies, matching, offers and placements run as processes (their console
scripts) on fresh PostgreSQL databases, as in the cross-service tests. The script makes
N sent offers the way an agency does over HTTP (a referral from Kent, screened; a
household and its place; the match proposed, agreed by the SSW and the carer; the draft
offers reads from matching's feed, priced and sent), then, one at a time, the LA accepts
each and the script polls (every 20 ms; faster polling loads the two cores it
measures) until:

  (a) vacancies answers the place ``filled`` and referrals the referral ``placed``
      (acceptance to filled-and-placed: the goal is p95 under 1 s);
  (b) the offer reads ``accepted`` (every step done, ``offer.accepted`` on the feed);
  (c) placements has opened the placement (its consumer polls offers' feed every 0.2 s).

Each time runs from just before the LA's ``POST /v1/offers/{id}/accept``; the accept's
own round trip is reported too, and as the baseline in the same run, offers'
``GET /livez`` round trip just before each acceptance (what any call costs right now). Written to ``bench/results/acceptance.json``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cross_service.records import fitting_household, fitting_referral, vacancy_for
from cross_service.stack import Stack, eventually
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.testing import Tokens

AGENCY = "bench-fostering"
KENT = "E10000016"
tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
LA = tokens.headers(
    CallerKind.LA, KENT, [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ, Scope.OFFERS_ANSWER]
)
LA_READER = tokens.headers(CallerKind.LA, KENT, [Scope.OFFERS_READ, Scope.REFERRALS_READ])
OFFICER = tokens.headers(
    CallerKind.AGENCY,
    AGENCY,
    [
        Scope.REFERRALS_READ,
        Scope.REFERRALS_SCREEN,
        Scope.VACANCIES_READ,
        Scope.VACANCIES_MANAGE,
        Scope.MATCHING_READ,
        Scope.MATCHING_DECIDE,
        Scope.OFFERS_READ,
        Scope.OFFERS_MAKE,
        Scope.PLACEMENTS_READ,
    ],
    subject="bench-officer",
)
RATE_CARD = {
    "effective_from": "2026-04-01",
    "core_fees": [{"setting": "fostering", "band": "standard", "weekly_pence": 95_050}],
}


def _ok(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, response.text
    return response.json()


def _ms(values: list[float], q: int) -> float:
    if len(values) < 2:
        return round(values[0] * 1000, 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000, 1)


def _figures(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": _ms(values, 50),
        "p95_ms": _ms(values, 95),
        "max_ms": _ms([max(values)] * 2, 50),
    }


def sent_offers(http: httpx.Client, stack: Stack, count: int) -> list[dict]:
    """N offers sent to Kent for N children, each for its own place."""
    referrals, vacancies, matching, offers = (
        stack[n].url for n in ("referrals", "vacancies", "matching", "offers")
    )
    agency = http.put(f"{referrals}/v1/agencies/{AGENCY}", json={"name": "Bench"}, headers=OPERATOR)
    agency.raise_for_status()
    _ok(http.post(f"{offers}/v1/rate-cards", json=RATE_CARD, headers=OFFICER), 201)
    made = []
    for n in range(1, count + 1):
        sent = http.post(
            f"{referrals}/v1/referrals",
            json=fitting_referral(n, AGENCY),
            headers={**LA, "Idempotency-Key": f"bench-accept-{n}"},
        )
        referral_id = _ok(sent, 201)["id"]
        for step in ("acknowledge", "progress"):
            _ok(http.post(f"{referrals}/v1/referrals/{referral_id}/{step}", headers=OFFICER))
        body = fitting_household(n)
        household = _ok(http.post(f"{vacancies}/v1/households", json=body, headers=OFFICER), 201)
        place = http.post(
            f"{vacancies}/v1/vacancies", json=vacancy_for(household["id"], body), headers=OFFICER
        )
        made.append({"referral_id": referral_id, "vacancy_id": _ok(place, 201)["id"]})
    for item in made:

        def proposed(item=item) -> str | None:
            response = http.post(
                f"{matching}/v1/matches",
                json={"referral_id": item["referral_id"], "vacancy_id": item["vacancy_id"]},
                headers=OFFICER,
            )
            return response.json()["id"] if response.status_code == 201 else None

        match_id = eventually(proposed, within=60, every=0.2)  # once matching has read both
        _ok(
            http.post(
                f"{matching}/v1/matches/{match_id}/ssw-decision",
                json={"agrees": True, "reason": "Knows this age well"},
                headers=OFFICER,
            )
        )
        _ok(
            http.post(
                f"{matching}/v1/matches/{match_id}/carer-decision",
                json={"accepts": True},
                headers=OFFICER,
            )
        )
        item["match_id"] = match_id

    def drafted() -> dict | None:
        listed = _ok(http.get(f"{offers}/v1/offers?limit=200", headers=OFFICER))
        by_match = {o["match_id"]: o for o in listed}
        return by_match if all(i["match_id"] in by_match for i in made) else None

    drafts = eventually(drafted, within=60, every=0.2)
    for item in made:
        path = f"{offers}/v1/offers/{drafts[item['match_id']]['id']}"
        edited = http.patch(
            path,
            json={
                "costing": {"band": "standard"},
                "contacts": [{"name": "Sam Supervisor", "email": "sam@example.org"}],
            },
            headers={**OFFICER, "If-Match": http.get(path, headers=OFFICER).headers["ETag"]},
        )
        _ok(edited)
        sent = http.post(f"{path}/send", headers={**OFFICER, "If-Match": edited.headers["ETag"]})
        item["offer_id"], item["etag"] = _ok(sent)["id"], sent.headers["ETag"]
    return made


def _until(probe, poll: float = 0.02, within: float = 30.0) -> float:
    deadline = time.perf_counter() + within
    while not probe():
        if time.perf_counter() > deadline:
            raise AssertionError(f"not true within {within} s: {probe.__name__}")
        time.sleep(poll)
    return time.perf_counter()


def measure(http: httpx.Client, stack: Stack, offers: list[dict]) -> dict:
    urls = {n: stack[n].url for n in ("referrals", "vacancies", "offers", "placements")}
    answer, filled_placed, accepted, placement, livez = [], [], [], [], []
    for item in offers:
        place = f"{urls['vacancies']}/v1/vacancies/{item['vacancy_id']}"
        referral = f"{urls['referrals']}/v1/referrals/{item['referral_id']}"
        offer = f"{urls['offers']}/v1/offers/{item['offer_id']}"

        def filled_and_placed(place=place, referral=referral) -> bool:
            return (
                http.get(place, headers=OFFICER).json()["state"] == "filled"
                and http.get(referral, headers=LA_READER).json()["status"] == "placed"
            )

        def offer_accepted(offer=offer) -> bool:
            return http.get(offer, headers=LA_READER).json()["status"] == "accepted"

        def placement_opened(offer_id=item["offer_id"]) -> bool:
            items = http.get(
                f"{urls['placements']}/v1/placements?limit=200", headers=OFFICER
            ).json()["items"]
            return any(p["offer_id"] == offer_id for p in items)

        start = time.perf_counter()
        http.get(f"{urls['offers']}/livez").raise_for_status()  # what any call costs now
        livez.append(time.perf_counter() - start)
        start = time.perf_counter()
        response = http.post(
            f"{offer}/accept",
            json={"start_date": "2026-11-30"},
            headers={**LA, "If-Match": item["etag"]},
        )
        answered = time.perf_counter()
        assert _ok(response)["status"] == "accepting"
        answer.append(answered - start)
        filled_placed.append(_until(filled_and_placed) - start)
        accepted.append(_until(offer_accepted) - start)
        placement.append(_until(placement_opened) - start)
    return {
        "count": len(offers),
        "offers_livez_round_trip": _figures(livez),
        "accept_round_trip": _figures(answer),
        "acceptance_to_filled_and_placed": _figures(filled_placed),
        "acceptance_to_offer_accepted": _figures(accepted),
        "acceptance_to_placement_opened": _figures(placement),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    if not 1 <= args.count <= 200:  # one page of the officer's offers
        parser.error("--count must be between 1 and 200")
    logs = Path(tempfile.mkdtemp(prefix="bench-acceptance-"))
    stack = Stack(
        "bench_accept",
        logs,
        ("referrals", "vacancies", "matching", "offers", "placements"),
        service_env={"placements": {"CONSUMER_POLL_SECONDS": "0.2"}},
        CONSUMER_POLL_SECONDS="0.2",
    )
    stack.start()
    try:
        with httpx.Client(timeout=30) as http:
            offers = sent_offers(http, stack, args.count)
            results = measure(http, stack, offers)
    finally:
        stack.stop()
    out = Path(__file__).parent / "results" / "acceptance.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    print(f"logs in {logs}")


if __name__ == "__main__":
    main()
