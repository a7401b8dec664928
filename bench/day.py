"""A realistic working day across referrals, vacancies and matching, through their public APIs.

    uv run python bench/day.py                    # 95 referrals over a compressed day
    uv run python bench/day.py --quick            # 20 referrals, a shorter day
    uv run python bench/day.py --referrals 50 --day-seconds 90 --json day.json --seed 7

This is a *scenario driver*, not a throughput benchmark: it plays one compressed working
day of people doing their jobs (with think times) and then checks that the three
services agree with each other. Its timings are figures for a loaded shared machine,
not capacity figures.

The three services run as their own processes on fresh PostgreSQL databases (the
cross-service tests' ``Stack``: their clocks start at ``hearth_kit.clock.TEST_NOW`` and
run on). Everything is done over HTTP with tokens minted by ``hearth_kit.testing.Tokens``
(the stack's test secret), by asyncio tasks sharing one ``httpx.AsyncClient``:

* LAs (real ONS codes) send referrals to one or two of three agencies over the day,
  some for sibling groups; their desks poll ``GET /v1/referrals?waiting_on=la`` and answer
  agencies' questions (some with the structured value, some in words only); some amend
  a referral (``PATCH``, JSON Merge Patch, ``If-Match``); some withdraw, a few after a
  match is ready for offer.
* Several officers per agency give the first response (acknowledge, ask for information,
  or decline), resolve questions answered in words, progress, rank
  (``GET /v1/referrals/{id}/matches``), propose (``POST /v1/matches``, a sibling group's
  places in one match), record the supervising social worker's and the carer's decisions,
  and sometimes close a match with a coded reason.
* Two agencies keep their households and places through the officer API (create,
  confirm, mark unavailable, delete a place while it is ranked); the third is run by a
  partner system that syncs households and places with ``PUT /v1/partner/...`` and
  deletes places through the partner API.

After the day, once matching's read model has caught up with both feeds
(``GET /v1/read-model/lag``), it checks:

* every 5xx answer (there must be none) and every transport error;
* every held place (vacancies, ``state == on_hold``) belongs to exactly one live match
  (``proposed``, ``awaiting_carer``, ``ready_for_offer``) of the same referral, and every
  live match's places are held for its referral, its hold ``held``; no ended match still
  says ``held``; no live match is for a referral withdrawn, closed, or declined by its
  agency (a withdrawal after ready for offer ends the match and frees its places);
* matching's view of each place agrees with vacancies': every place in a ranking is
  available in vacancies; a home ranked has an available place; a home with no available
  place is excluded (``vacancy_not_available``) when asked by ``holder_id``; a deleted
  place is not ranked anywhere and ``GET /v1/vacancies/{id}/matches`` is 404 for it,
  while every available place is known to matching;
* first-response time per referral and agency (``received_at`` to ``first_responded_at``
  from the referral's ``screening``), p50/p95: the day is compressed, so this is the
  officers' think time (``--pace`` scales it) plus queueing behind colleagues and the
  services' answers; a second here stands for minutes of a real day;
* sent-to-shortlist latency: from ``POST /v1/referrals`` answering 201 until
  ``GET /v1/referrals/{id}/matches`` first answers 200 (the referral is ranked), polled
  every 50 ms as the first addressed agency, p50/p95.

It exits 1 on any 5xx, transport error, inconsistency, or error in the scenario itself
(an answer it could not read).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from cross_service.records import TODAY, fitting_household, fitting_referral
from cross_service.stack import Stack
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.examples import example_referral
from hearth_kit.testing import Tokens

tokens = Tokens()
OPERATOR = tokens.headers(CallerKind.SERVICE, None, [Scope.AGENCY_ADMIN])
LAS = {
    "E10000016": "Kent",
    "E06000035": "Medway",
    "E09000022": "Lambeth",
    "E08000003": "Manchester",
    "E10000030": "Surrey",
    "E06000043": "Brighton and Hove",
    "E09000028": "Southwark",
    "E10000014": "Hampshire",
    "E08000025": "Birmingham",
    "E06000023": "Bristol",
    "E10000012": "Essex",
    "E09000033": "Westminster",
}
# (agency id, name, run by a partner system, postcodes of its households)
AGENCIES = [
    ("oakfield-fostering", "Oakfield Fostering", False, ["ME14 1XX", "ME14 1XX", "SW1A 1AA"]),
    ("harbour-family-care", "Harbour Family Care", False, ["M1 1AE", "ME14 1XX", "SW1A 1AA"]),
    ("northstar-partner", "Northstar (partner-run)", True, ["SW1A 1AA", "M1 1AE", "ME14 1XX"]),
]
OFFICERS_PER_AGENCY = 3
OPEN_MATCH = {"proposed", "awaiting_carer", "ready_for_offer"}
_ID_SEGMENT = re.compile(r"^(?=.*\d)[A-Za-z0-9._:-]{8,}$")


def officer_headers(agency: str, name: str) -> dict[str, str]:
    scopes = [
        Scope.REFERRALS_READ,
        Scope.REFERRALS_SCREEN,
        Scope.VACANCIES_READ,
        Scope.VACANCIES_MANAGE,
        Scope.MATCHING_READ,
        Scope.MATCHING_DECIDE,
    ]
    return tokens.headers(CallerKind.AGENCY, agency, scopes, subject=name)


def la_headers(code: str) -> dict[str, str]:
    scopes = [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ]
    return tokens.headers(CallerKind.LA, code, scopes, subject=f"sw-{code}")


def partner_headers(agency: str) -> dict[str, str]:
    return tokens.headers(CallerKind.PARTNER, agency, [Scope.VACANCIES_SYNC])


def route_of(url: str) -> str:
    path = httpx.URL(url).path
    return "/".join("{id}" if _ID_SEGMENT.match(s) else s for s in path.split("/"))


def pct(values: list[float], q: int) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0], 3)
    return round(statistics.quantiles(values, n=100, method="inclusive")[q - 1], 3)


class Api:
    """One shared client; counts every request and keeps every 5xx and transport error."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.requests = 0
        self.by_status: Counter[tuple[str, str, int]] = Counter()
        self.server_errors: list[dict[str, Any]] = []
        self.transport_errors: list[dict[str, Any]] = []
        self.refusals: dict[str, str] = {}  # the first problem of each refused route and status

    async def __call__(self, method: str, url: str, headers: dict, **kwargs) -> httpx.Response:
        self.requests += 1
        try:
            response = await self.http.request(method, url, headers=headers, **kwargs)
        except httpx.TransportError as error:
            self.transport_errors.append({"method": method, "url": url, "error": repr(error)})
            raise
        key = (method, route_of(url), response.status_code)
        self.by_status[key] += 1
        if 400 <= response.status_code < 500 and " ".join(map(str, key)) not in self.refusals:
            self.refusals[" ".join(map(str, key))] = response.text[:300]
        if response.status_code >= 500:
            self.server_errors.append(
                {
                    "method": method,
                    "url": url,
                    "status": response.status_code,
                    "body": response.text[:400],
                }
            )
        return response


@dataclass
class Referral:
    seed: int
    la: str
    agencies: list[str]
    children: int
    id: str = ""
    sent_at: float = 0.0
    shortlist_seconds: float | None = None
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    withdrawn: bool = False


@dataclass
class Day:
    args: argparse.Namespace
    stack: Stack
    api: Api
    rng: random.Random
    referrals: list[Referral] = field(default_factory=list)
    queues: dict[str, asyncio.Queue] = field(default_factory=dict)
    # place id -> (agency, household id, partner external id or None)
    places: dict[str, tuple[str, str, str | None]] = field(default_factory=dict)
    deleted_places: set[str] = field(default_factory=set)
    ranked_places: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    clock_offset: timedelta = timedelta(0)
    events: Counter[str] = field(default_factory=Counter)
    never_ranked: list[dict[str, Any]] = field(default_factory=list)
    task_errors: list[str] = field(default_factory=list)

    async def guarded(self, coroutine: Any) -> None:
        """Run one piece of the scenario; an error in it is kept and reported, not lost."""
        try:
            await coroutine
        except asyncio.CancelledError:
            raise
        except Exception:
            self.task_errors.append(traceback.format_exc(limit=3))

    done: asyncio.Event = field(default_factory=asyncio.Event)
    background: set[asyncio.Task] = field(default_factory=set)

    def spawn(self, coroutine: Any) -> None:
        task = asyncio.create_task(self.guarded(coroutine))
        self.background.add(task)
        task.add_done_callback(self.background.discard)

    def url(self, service: str, path: str) -> str:
        return f"{self.stack[service].url}{path}"

    async def think(self, low: float = 0.2, high: float = 1.5) -> None:
        await asyncio.sleep(self.rng.uniform(low, high) * self.args.pace)

    def service_now(self) -> datetime:
        return datetime.now(UTC) + self.clock_offset

    # ---- supply: households and places ------------------------------------------------

    def household_body(self, agency: int, n: int, siblings: bool) -> dict[str, Any]:
        age_min = (0, 4, 8, 10)[n % 4]
        body = fitting_household(n, age_min=age_min, age_max=min(17, age_min + 9))
        body["name"] = f"{AGENCIES[agency][1].split()[0]} household {n}"
        body["postcode"] = AGENCIES[agency][3][n % 3]
        if siblings:
            body["approval"]["placement_kinds"] = ["short_term", "long_term", "sibling_group"]
            body["approval"]["children"] = 3
        return body

    def place_body(self, body: dict[str, Any]) -> dict[str, Any]:
        approval = body["approval"]
        return {
            "available_from": TODAY.isoformat(),
            "age_min": approval["age_min"],
            "age_max": approval["age_max"],
            "placement_kinds": [k for k in approval["placement_kinds"] if k != "sibling_group"],
        }

    async def open_household(self, agency: int, n: int) -> None:
        agency_id, _, partner, _ = AGENCIES[agency]
        siblings = n % 4 == 1
        body = self.household_body(agency, n, siblings)
        beds = 2 if siblings else 1
        if partner:
            ext = f"NS-H{n:05}"
            headers = partner_headers(agency_id)
            put = await self.api(
                "PUT", self.url("vacancies", f"/v1/partner/households/{ext}"), headers, json=body
            )
            put.raise_for_status()
            household_id = put.json()["id"]
            for bed in range(beds):
                vext = f"NS-V{n:05}-{bed}"
                place = {**self.place_body(body), "household_external_id": ext}
                made = await self.api(
                    "PUT",
                    self.url("vacancies", f"/v1/partner/vacancies/{vext}"),
                    headers,
                    json=place,
                )
                made.raise_for_status()
                self.places[made.json()["id"]] = (agency_id, household_id, vext)
            self.events["partner places synced"] += beds
            return
        headers = officer_headers(agency_id, f"{agency_id}-supply")
        made = await self.api("POST", self.url("vacancies", "/v1/households"), headers, json=body)
        made.raise_for_status()
        household_id = made.json()["id"]
        if self.clock_offset == timedelta(0):
            created = datetime.fromisoformat(made.json()["created_at"])
            self.clock_offset = created - datetime.now(UTC) - timedelta(seconds=1)
        for _ in range(beds):
            place = {**self.place_body(body), "household_id": household_id}
            opened = await self.api(
                "POST", self.url("vacancies", "/v1/vacancies"), headers, json=place
            )
            opened.raise_for_status()
            self.places[opened.json()["id"]] = (agency_id, household_id, None)
        self.events["places opened"] += beds

    async def supply_desk(self, agency: int, first_n: int, extra: int) -> None:
        """Over the day: new households, confirmations, a place deleted while ranked."""
        agency_id = AGENCIES[agency][0]
        officer = officer_headers(agency_id, f"{agency_id}-supply")
        n = first_n
        deletions = max(1, extra // 2)
        ticks = 12
        while not self.done.is_set():
            await asyncio.sleep(self.args.day_seconds / ticks * self.rng.uniform(0.5, 1.5))
            if self.done.is_set():
                break
            if extra > 0 and self.rng.random() < 0.6:
                await self.open_household(agency, n)
                n += 1
                extra -= 1
            mine = [v for v, (a, _, _) in self.places.items() if a == agency_id]
            mine = [v for v in mine if v not in self.deleted_places]
            ranked = [v for v in mine if any(v in s for s in self.ranked_places.values())]
            if deletions > 0 and ranked and self.rng.random() < 0.5:
                if await self.delete_place(agency, self.rng.choice(ranked)):
                    deletions -= 1
                    mine = [v for v in mine if v not in self.deleted_places]
            for target in self.rng.sample(mine, min(3, len(mine))):
                await self.keep_fresh(agency, officer, target)

    async def keep_fresh(self, agency: int, officer: dict, target: str) -> None:
        """Confirm a place with the carer (officer), or resync it (partner)."""
        agency_id, _, partner, _ = AGENCIES[agency]
        if partner:
            await self.partner_resync(agency_id, target)
            return
        read = await self.api("GET", self.url("vacancies", f"/v1/vacancies/{target}"), officer)
        if read.status_code != 200:
            return
        place = read.json()
        if place["state"] != "available":
            return
        if self.rng.random() < 0.1:
            marked = await self.api(
                "POST",
                self.url("vacancies", f"/v1/vacancies/{target}/unavailable"),
                {**officer, "If-Match": read.headers["ETag"]},
                json={"reason": "carer_illness"},
            )
            self.events[f"place marked unavailable {marked.status_code}"] += 1
        else:
            confirmed = await self.api(
                "POST",
                self.url("vacancies", f"/v1/vacancies/{target}/confirm"),
                {**officer, "If-Match": read.headers["ETag"]},
                json={"outcome": "still_available"},
            )
            self.events[f"place confirmed {confirmed.status_code}"] += 1

    async def delete_place(self, agency: int, vacancy_id: str) -> bool:
        agency_id, _, partner, _ = AGENCIES[agency]
        _, _, ext = self.places[vacancy_id]
        if partner and ext:
            headers = partner_headers(agency_id)
            url = self.url("vacancies", f"/v1/partner/vacancies/{ext}")
        else:
            headers = officer_headers(agency_id, f"{agency_id}-supply")
            url = self.url("vacancies", f"/v1/vacancies/{vacancy_id}")
        read = await self.api("GET", url, headers)
        if read.status_code != 200 or read.json()["state"] != "available":
            return False
        gone = await self.api("DELETE", url, {**headers, "If-Match": read.headers["ETag"]})
        self.events[f"ranked place deleted {gone.status_code}"] += 1
        if gone.status_code == 204:
            self.deleted_places.add(vacancy_id)
        return gone.status_code == 204

    async def partner_resync(self, agency_id: str, vacancy_id: str) -> None:
        ext = self.places[vacancy_id][2]
        headers = partner_headers(agency_id)
        url = self.url("vacancies", f"/v1/partner/vacancies/{ext}")
        read = await self.api("GET", url, headers)
        if read.status_code != 200:
            return
        place = read.json()
        body = {
            "household_external_id": place["household_external_id"],
            "available_from": place["available_from"],
            "age_min": place["age_min"],
            "age_max": place["age_max"],
            "placement_kinds": place["placement_kinds"],
            "last_confirmed_at": self.service_now().isoformat(),
        }
        put = await self.api("PUT", url, {**headers, "If-Match": read.headers["ETag"]}, json=body)
        self.events[f"partner place resynced {put.status_code}"] += 1

    # ---- LAs ---------------------------------------------------------------------------

    def referral_body(self, r: Referral) -> dict[str, Any]:
        body = fitting_referral(r.seed, r.agencies[0])
        body["agency_ids"] = r.agencies
        body["la_reference"] = f"{r.la[-3:]}-{r.seed:06}"
        if r.children > 1:
            group = example_referral(r.seed, agency_ids=r.agencies, referral_date=TODAY, siblings=2)
            template = body["children"][0]
            body["children"] = []
            for i, child in enumerate(group["children"]):
                kid = {**child, "risks": template["risks"]}
                kid["date_of_birth"] = TODAY.replace(
                    year=TODAY.year - (9 + 3 * i), day=1
                ).isoformat()
                body["children"].append(kid)
        else:
            age = 3 + r.seed * 7 % 13
            body["children"][0]["date_of_birth"] = TODAY.replace(
                year=TODAY.year - age, day=1
            ).isoformat()
        return body

    async def send(self, r: Referral) -> None:
        headers = {**la_headers(r.la), "Idempotency-Key": f"day-{r.seed}"}
        sent = await self.api(
            "POST", self.url("referrals", "/v1/referrals"), headers, json=self.referral_body(r)
        )
        if sent.status_code != 201:
            self.events[f"referral refused {sent.status_code}"] += 1
            return
        r.sent_at = time.monotonic()
        r.id = sent.json()["id"]
        self.events["referrals sent"] += 1
        self.spawn(self.watch_shortlist(r))
        for agency in r.agencies:
            self.queues[agency].put_nowait(r)
        if self.rng.random() < 0.3:
            self.spawn(self.amend_later(r))

    async def watch_shortlist(self, r: Referral) -> None:
        headers = officer_headers(r.agencies[0], "shortlist-watch")
        url = self.url("matching", f"/v1/referrals/{r.id}/matches")
        deadline = r.sent_at + 60
        response = None
        while time.monotonic() < deadline:
            response = await self.api("GET", url, headers, params={"limit": 5})
            if response.status_code == 200:
                r.shortlist_seconds = time.monotonic() - r.sent_at
                return
            if response.status_code != 409:
                break  # not open for this agency any more: no longer ranked
            await asyncio.sleep(0.05)
        read = await self.api(
            "GET", self.url("referrals", f"/v1/referrals/{r.id}"), la_headers(r.la)
        )
        self.never_ranked.append(
            {
                "referral_id": r.id,
                "asked_as": r.agencies[0],
                "last_answer": None if response is None else response.status_code,
                "last_problem": None if response is None else response.text[:200],
                "status": read.json().get("status"),
                "screening": {
                    s["agency_id"]: s["status"] for s in read.json().get("screening", [])
                },
            }
        )

    async def amend_later(self, r: Referral) -> None:
        await self.think(1, 6)
        headers = la_headers(r.la)
        url = self.url("referrals", f"/v1/referrals/{r.id}")
        read = await self.api("GET", url, headers)
        if read.status_code != 200 or read.json()["status"] != "open":
            return
        start = (TODAY + timedelta(days=self.rng.randint(3, 20))).isoformat()
        patch = {"placement": {"start_date": start}, "team_manager": {"name": "Sam Lead"}}
        amended = await self.api(
            "PATCH",
            url,
            {
                **headers,
                "If-Match": read.headers["ETag"],
                "Content-Type": "application/merge-patch+json",
            },
            content=json.dumps(patch),
        )
        self.events[f"LA amended {amended.status_code}"] += 1

    async def la_desk(self, code: str) -> None:
        """Polls the LA's list for referrals with unanswered questions, answers them."""
        headers = la_headers(code)
        while not self.done.is_set():
            await asyncio.sleep(self.rng.uniform(2.5, 5.0) * self.args.pace)
            listed = await self.api(
                "GET", self.url("referrals", "/v1/referrals"), headers, params={"waiting_on": "la"}
            )
            if listed.status_code != 200:
                continue
            for summary in listed.json()["items"]:
                await self.answer_questions(headers, summary["id"])

    async def answer_questions(self, headers: dict, referral_id: str) -> None:
        base = f"/v1/referrals/{referral_id}/information-requests"
        asked = await self.api("GET", self.url("referrals", base), headers)
        if asked.status_code != 200:
            return
        for request in asked.json():
            if request["status"] != "open":
                continue
            answers = []
            for question in request["questions"]:
                if question["answer"] is not None or question["value"] is not None:
                    continue
                if question["pointer"] and self.rng.random() < 0.6:
                    answers.append(
                        {
                            "question_id": question["id"],
                            "answer": "Interim care order.",
                            "value": "C1",
                        }
                    )
                else:
                    answers.append(
                        {"question_id": question["id"], "answer": "Section 20, agreed with mother."}
                    )
            if answers:
                given = await self.api(
                    "POST",
                    self.url("referrals", f"{base}/{request['id']}/answers"),
                    headers,
                    json={"answers": answers},
                )
                self.events[f"LA answered {given.status_code}"] += 1

    async def withdraw(self, r: Referral, reason: str) -> None:
        withdrawn = await self.api(
            "POST",
            self.url("referrals", f"/v1/referrals/{r.id}/withdraw"),
            la_headers(r.la),
            json={"reason": reason},
        )
        self.events[f"LA withdrew ({reason}) {withdrawn.status_code}"] += 1
        if withdrawn.status_code == 200:
            r.withdrawn = True

    async def la_after_offer(self, r: Referral) -> None:
        await r.ready.wait()
        if self.rng.random() < 0.3:
            await self.think(0.5, 3)
            await self.withdraw(r, "Placed with family after the match was ready")

    # ---- agencies ----------------------------------------------------------------------

    async def officer(self, agency_id: str, name: str) -> None:
        headers = officer_headers(agency_id, name)
        queue = self.queues[agency_id]
        while True:
            r = await queue.get()
            try:
                await self.guarded(self.handle(agency_id, headers, r))
            finally:
                queue.task_done()

    async def handle(self, agency_id: str, headers: dict, r: Referral) -> None:
        base = self.url("referrals", f"/v1/referrals/{r.id}")
        await self.think()
        roll = self.rng.random()
        if roll < 0.08:
            declined = await self.api(
                "POST", f"{base}/decline", headers, json={"reason": "no_vacancy"}
            )
            self.events[f"declined {declined.status_code}"] += 1
            return
        if roll < 0.35:
            await self.ask_and_wait(headers, r, base)
        else:
            acked = await self.api("POST", f"{base}/acknowledge", headers)
            self.events[f"acknowledged {acked.status_code}"] += 1
        await self.think()
        progressed = await self.api("POST", f"{base}/progress", headers)
        self.events[f"progressed {progressed.status_code}"] += 1
        if progressed.status_code != 200:
            return
        await self.match(agency_id, headers, r)

    async def ask_and_wait(self, headers: dict, r: Referral, base: str) -> None:
        question = {
            "topic": "legal_status",
            "text": "What is the child's legal status now?",
            "pointer": "/children/0/legal_status",
        }
        asked = await self.api(
            "POST", f"{base}/information-requests", headers, json={"questions": [question]}
        )
        self.events[f"asked for information {asked.status_code}"] += 1
        if asked.status_code != 201:
            return
        request_id = asked.json()["id"]
        url = f"{base}/information-requests/{request_id}"
        deadline = time.monotonic() + 60 * max(1.0, self.args.pace)
        while time.monotonic() < deadline:
            await asyncio.sleep(1.0 * self.args.pace)
            read = await self.api("GET", f"{base}/information-requests", headers)
            if read.status_code != 200:
                return
            request = next(q for q in read.json() if q["id"] == request_id)
            if request["status"] != "open":
                for q in request["questions"]:
                    if q["applied_to"] is None and q["resolved_at"] is None:
                        resolved = await self.api(
                            "POST",
                            f"{url}/questions/{q['id']}/resolve",
                            headers,
                            json={"note": "Answered in words; enough to go on."},
                        )
                        self.events[f"question resolved {resolved.status_code}"] += 1
                return
        self.events["question never answered"] += 1

    async def rank(self, headers: dict, r: Referral) -> list[dict] | None:
        url = self.url("matching", f"/v1/referrals/{r.id}/matches")
        for _ in range(40):
            ranked = await self.api("GET", url, headers, params={"limit": 10})
            if ranked.status_code == 200:
                homes = ranked.json()["homes"]
                for home in homes:
                    self.ranked_places[r.id].update(home["vacancy_ids"])
                return homes
            if ranked.status_code != 409:
                return None
            await asyncio.sleep(0.25)
        return None

    async def match(self, agency_id: str, headers: dict, r: Referral) -> None:
        matching = self.url("matching", "")
        for _attempt in range(3):
            homes = await self.rank(headers, r)
            if not homes:
                self.events["no home to propose"] += 1
                return
            await self.think(0.2, 1.0)
            home = self.rng.choice(homes[:3])
            places = home["vacancy_ids"][: r.children]
            if len(places) < r.children:
                continue
            body: dict[str, Any] = {"referral_id": r.id}
            body |= {"vacancy_ids": places} if r.children > 1 else {"vacancy_id": places[0]}
            proposed = await self.api("POST", f"{matching}/v1/matches", headers, json=body)
            kind = "sibling group" if r.children > 1 else "one child"
            self.events[f"proposed ({kind}) {proposed.status_code}"] += 1
            if proposed.status_code != 201:
                continue
            match = f"{matching}/v1/matches/{proposed.json()['id']}"
            await self.think()
            agrees = self.rng.random() < 0.9
            ssw = await self.api(
                "POST",
                f"{match}/ssw-decision",
                headers,
                json={"agrees": agrees, "reason": "Knows this age group" if agrees else "Too soon"},
            )
            self.events[f"ssw decided {ssw.status_code}"] += 1
            if ssw.status_code != 200 or not agrees:
                continue
            await self.think()
            accepts = self.rng.random() < 0.8
            decision: dict[str, Any] = {"accepts": accepts}
            if not accepts:
                decision["reason_code"] = self.rng.choice(["timing", "distance_or_contact"])
            carer = await self.api("POST", f"{match}/carer-decision", headers, json=decision)
            self.events[f"carer decided {carer.status_code}"] += 1
            if carer.status_code != 200 or not accepts:
                continue
            r.ready.set()
            if self.rng.random() < 0.07:
                await self.think()
                closed = await self.api(
                    "POST", f"{match}/close", headers, json={"reason_code": "placed_elsewhere"}
                )
                self.events[f"officer closed match {closed.status_code}"] += 1
            return

    # ---- the day -----------------------------------------------------------------------

    async def run(self) -> None:
        for agency_id, name, _, _ in AGENCIES:
            await self.api(
                "PUT",
                self.url("referrals", f"/v1/agencies/{agency_id}"),
                OPERATOR,
                json={"name": name, "first_response_minutes": 15},
            )
            self.queues[agency_id] = asyncio.Queue()
        per_agency = max(6, self.args.referrals // 4)
        for agency in range(len(AGENCIES)):
            for n in range(per_agency):
                await self.open_household(agency, agency * 1000 + n)
        officers = [
            asyncio.create_task(self.officer(agency_id, f"{agency_id}-officer-{k}"))
            for agency_id, _, _, _ in AGENCIES
            for k in range(OFFICERS_PER_AGENCY)
        ]
        las = list(LAS)
        desks = [asyncio.create_task(self.guarded(self.la_desk(code))) for code in las]
        extra = max(2, per_agency // 3)
        supply = [
            asyncio.create_task(
                self.guarded(self.supply_desk(agency, agency * 1000 + per_agency, extra))
            )
            for agency in range(len(AGENCIES))
        ]
        ids = [a for a, _, _, _ in AGENCIES]
        after_offer = []
        gap = self.args.day_seconds / self.args.referrals
        for seed in range(1, self.args.referrals + 1):
            targets = self.rng.sample(ids, 2 if self.rng.random() < 0.3 else 1)
            r = Referral(seed, self.rng.choice(las), targets, 2 if seed % 6 == 0 else 1)
            self.referrals.append(r)
            await self.send(r)
            if r.id:
                after_offer.append(asyncio.create_task(self.la_after_offer(r)))
                if self.rng.random() < 0.04:
                    self.spawn(self.withdraw_early(r))
            await asyncio.sleep(self.rng.expovariate(1 / gap))
        for queue in self.queues.values():
            await queue.join()
        await asyncio.sleep(2 * self.args.pace)
        self.done.set()
        for task in officers + desks + after_offer:
            task.cancel()
        await asyncio.gather(*supply, return_exceptions=True)
        await asyncio.gather(*officers, *desks, *after_offer, return_exceptions=True)
        await asyncio.gather(*list(self.background), return_exceptions=True)

    async def withdraw_early(self, r: Referral) -> None:
        await self.think(1, 4)
        if not r.ready.is_set():
            await self.withdraw(r, "No longer needed")


# ---- after the day: settle, then check --------------------------------------------------


async def settle(day: Day, within: float = 120.0) -> float:
    headers = officer_headers(AGENCIES[0][0], "checker")
    started = time.monotonic()
    calm = 0
    while time.monotonic() - started < within:
        lag = await day.api("GET", day.url("matching", "/v1/read-model/lag"), headers)
        if lag.status_code == 200 and all(f["events_behind"] == 0 for f in lag.json()["feeds"]):
            calm += 1
            if calm >= 3:  # and the feed-driven follow-ups (holds released) have been read
                return time.monotonic() - started
        else:
            calm = 0
        await asyncio.sleep(0.5)
    raise SystemExit(f"matching did not catch up within {within} s")


async def all_places(day: Day, agency_id: str) -> list[dict]:
    headers = officer_headers(agency_id, "checker")
    items: list[dict] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 500}
        if cursor:
            params["cursor"] = cursor
        page = await day.api("GET", day.url("vacancies", "/v1/vacancies"), headers, params=params)
        page.raise_for_status()
        items += page.json()["items"]
        cursor = page.json().get("next_cursor")
        if not cursor:
            return items


async def check(day: Day) -> list[str]:
    problems: list[str] = []
    places: dict[str, dict] = {}
    for agency_id, _, _, _ in AGENCIES:
        for place in await all_places(day, agency_id):
            places[place["id"]] = place
    # Every match, as matching tells each agency, for every referral it was sent.
    matches: dict[str, dict] = {}
    for r in day.referrals:
        if not r.id:
            continue
        for agency_id in r.agencies:
            listed = await day.api(
                "GET",
                day.url("matching", f"/v1/referrals/{r.id}/proposed-matches"),
                officer_headers(agency_id, "checker"),
            )
            if listed.status_code != 200:
                problems.append(f"proposed-matches for {r.id} answered {listed.status_code}")
                continue
            for m in listed.json():
                matches[m["id"]] = m
    live = [m for m in matches.values() if m["status"] in OPEN_MATCH]
    # A live match is for a referral still open with its agency (withdrawn ends them all).
    for m in live:
        r = next(x for x in day.referrals if x.id == m["referral_id"])
        read = await day.api("GET", day.url("referrals", f"/v1/referrals/{r.id}"), la_headers(r.la))
        screening = {s["agency_id"]: s["status"] for s in read.json()["screening"]}
        if read.json()["status"] != "open" or screening.get(m["agency_id"]) in (
            "declined",
            "closed",
            "withdrawn",
        ):
            problems.append(
                f"live match {m['id']} ({m['status']}) for referral {r.id}, which is "
                f"{read.json()['status']} ({screening.get(m['agency_id'])} with {m['agency_id']})"
            )
    claims: dict[str, list[dict]] = defaultdict(list)
    for m in live:
        for v in m["vacancy_ids"]:
            claims[v].append(m)
        if m["hold"] != "held":
            problems.append(f"live match {m['id']} ({m['status']}) has hold {m['hold']}")
        for v in m["vacancy_ids"]:
            place = places.get(v)
            if place is None:
                problems.append(f"live match {m['id']} claims place {v}, which vacancies has not")
            elif (place["state"], place["referral_id"]) != ("on_hold", m["referral_id"]):
                problems.append(
                    f"live match {m['id']} ({m['status']}) claims place {v}, which is "
                    f"{place['state']} for {place['referral_id']}"
                )
    for m in matches.values():
        if m["status"] not in OPEN_MATCH and m["hold"] == "held":
            problems.append(f"ended match {m['id']} ({m['status']}) still says held")
    held = [p for p in places.values() if p["state"] == "on_hold"]
    for p in held:
        owners = claims.get(p["id"], [])
        if len(owners) != 1:
            problems.append(
                f"held place {p['id']} (for {p['referral_id']}) has {len(owners)} live matches"
            )
        elif owners[0]["referral_id"] != p["referral_id"]:
            problems.append(f"held place {p['id']} is held for another referral than its match")
    # Matching's view of each place against vacancies'.
    by_holder: dict[str, list[dict]] = defaultdict(list)
    for p in places.values():
        by_holder[p["household_id"] or p["home_id"]].append(p)
    open_referrals = 0
    for r in day.referrals:
        if not r.id:
            continue
        for agency_id in r.agencies:
            headers = officer_headers(agency_id, "checker")
            ranked = await day.api(
                "GET",
                day.url("matching", f"/v1/referrals/{r.id}/matches"),
                headers,
                params={"limit": 200, "excluded_limit": 200},
            )
            if ranked.status_code != 200:
                continue  # a closed or withdrawn referral is no longer ranked
            open_referrals += 1
            body = ranked.json()
            for home in body["homes"]:
                if not any(p["state"] == "available" for p in by_holder[home["holder_id"]]):
                    problems.append(
                        f"referral {r.id}: home {home['holder_id']} is ranked with no available "
                        "place in vacancies"
                    )
                for v in home["vacancy_ids"]:
                    state = places.get(v, {}).get("state", "deleted")
                    if state != "available":
                        problems.append(
                            f"referral {r.id}: ranked place {v} is {state} in vacancies"
                        )
            ranked_holders = {h["holder_id"] for h in body["homes"]}
            for holder, its in by_holder.items():
                if places_agency(its) != agency_id or holder in ranked_holders:
                    continue
                if any(p["state"] == "available" for p in its):
                    continue
                why = await day.api(
                    "GET",
                    day.url("matching", f"/v1/referrals/{r.id}/matches"),
                    headers,
                    params={"holder_id": holder, "limit": 1},
                )
                reasons = [f["rule"] for e in why.json().get("excluded", []) for f in e["reasons"]]
                if why.status_code == 200 and "vacancy_not_available" not in reasons:
                    problems.append(
                        f"referral {r.id}: home {holder} has no available place but matching "
                        f"excludes it for {reasons or 'nothing'}"
                    )
            break  # one agency's view per referral is enough for the home-by-home check
    for v in sorted(day.deleted_places):
        agency_id = day.places[v][0]
        seen = await day.api(
            "GET",
            day.url("matching", f"/v1/vacancies/{v}/matches"),
            officer_headers(agency_id, "checker"),
        )
        if seen.status_code not in (404, 410):
            problems.append(f"deleted place {v}: matching answers {seen.status_code}")
        if v in places:
            problems.append(f"deleted place {v} is still listed by vacancies")
    for v, p in places.items():
        if p["state"] != "available":
            continue
        seen = await day.api(
            "GET",
            day.url("matching", f"/v1/vacancies/{v}/matches"),
            officer_headers(p["agency_id"], "checker"),
        )
        if seen.status_code != 200:
            problems.append(f"available place {v}: matching answers {seen.status_code}")
    day.events["open referral rankings checked"] = open_referrals
    day.events["places at the end"] = len(places)
    day.events["held places at the end"] = len(held)
    day.events["live matches at the end"] = len(live)
    day.events["matches in all"] = len(matches)
    return problems


def places_agency(places: list[dict]) -> str:
    return places[0]["agency_id"]


async def first_responses(day: Day) -> list[float]:
    seconds: list[float] = []
    for r in day.referrals:
        if not r.id:
            continue
        read = await day.api("GET", day.url("referrals", f"/v1/referrals/{r.id}"), la_headers(r.la))
        if read.status_code != 200:
            continue
        for s in read.json()["screening"]:
            if s["first_responded_at"]:
                answered = datetime.fromisoformat(s["first_responded_at"])
                seconds.append(
                    (answered - datetime.fromisoformat(s["received_at"])).total_seconds()
                )
    return seconds


async def main_async(args: argparse.Namespace, stack: Stack) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=40, max_keepalive_connections=40)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        day = Day(args, stack, Api(http), random.Random(args.seed))
        started = time.monotonic()
        await day.run()
        day_seconds = time.monotonic() - started
        settled = await settle(day)
        problems = await check(day)
        responded = await first_responses(day)
    shortlist = [r.shortlist_seconds for r in day.referrals if r.shortlist_seconds is not None]
    return {
        "referrals": args.referrals,
        "seed": args.seed,
        "day_seconds": round(day_seconds, 1),
        "settle_seconds": round(settled, 1),
        "requests": day.api.requests,
        "server_errors": day.api.server_errors,
        "transport_errors": day.api.transport_errors,
        "inconsistencies": problems,
        "never_ranked": day.never_ranked,
        "scenario_errors": day.task_errors,
        "first_response_seconds": {
            "count": len(responded),
            "p50": pct(responded, 50),
            "p95": pct(responded, 95),
            "max": round(max(responded), 3) if responded else None,
        },
        "sent_to_shortlist_ms": {
            "count": len(shortlist),
            "p50": None if not shortlist else round(pct(shortlist, 50) * 1000, 1),
            "p95": None if not shortlist else round(pct(shortlist, 95) * 1000, 1),
        },
        "events": dict(sorted(day.events.items())),
        "refusals": day.api.refusals,
        "answers": {
            f"{m} {route} {status}": n
            for (m, route, status), n in sorted(day.api.by_status.items())
        },
    }


def print_summary(figures: dict[str, Any]) -> None:
    fr, sl = figures["first_response_seconds"], figures["sent_to_shortlist_ms"]
    print(
        f"\nA day of {figures['referrals']} referrals (seed {figures['seed']}): "
        f"{figures['day_seconds']} s of activity, feeds settled in {figures['settle_seconds']} s"
    )
    print(f"  requests: {figures['requests']}")
    print(f"  5xx: {len(figures['server_errors'])}")
    for e in figures["server_errors"]:
        print(f"    {e['status']} {e['method']} {e['url']}: {e['body'][:200]}")
    print(f"  transport errors: {len(figures['transport_errors'])}")
    for e in figures["transport_errors"]:
        print(f"    {e['method']} {e['url']}: {e['error']}")
    print(f"  inconsistencies: {len(figures['inconsistencies'])}")
    for p in figures["inconsistencies"]:
        print(f"    {p}")
    print(
        f"  first response (received_at -> first_responded_at, {fr['count']} screenings): "
        f"p50 {fr['p50']} s, p95 {fr['p95']} s, max {fr['max']} s"
    )
    print(
        f"  sent -> ranked by matching ({sl['count']} referrals): "
        f"p50 {sl['p50']} ms, p95 {sl['p95']} ms"
    )
    print(
        f"  scenario errors (the driver's own, or an answer it did not expect): "
        f"{len(figures['scenario_errors'])}"
    )
    for e in figures["scenario_errors"]:
        print("    " + e.replace("\n", "\n    "))
    print(f"  referrals never ranked for the agency watching: {len(figures['never_ranked'])}")
    for n in figures["never_ranked"]:
        print(f"    {n}")
    print("  what happened:")
    for name, n in figures["events"].items():
        print(f"    {name}: {n}")
    print("  the first problem of each refused route and status:")
    for name, text in figures["refusals"].items():
        print(f"    {name}: {text[:160]}")
    print("  answers by route:")
    for name, n in figures["answers"].items():
        print(f"    {name}: {n}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="20 referrals over a shorter day")
    parser.add_argument("--referrals", type=int, default=None, help="default 95 (--quick 20)")
    parser.add_argument("--day-seconds", type=float, default=None, help="default 120 (--quick 30)")
    parser.add_argument("--pace", type=float, default=1.0, help="scale every think time")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument("--json", type=Path, default=None, help="save the figures here")
    parser.add_argument("--logs", type=Path, default=None, help="keep the services' logs here")
    args = parser.parse_args()
    args.referrals = args.referrals or (20 if args.quick else 95)
    args.day_seconds = args.day_seconds or (30.0 if args.quick else 120.0)
    logs = args.logs or Path(tempfile.mkdtemp(prefix="hearth-day-"))
    logs.mkdir(parents=True, exist_ok=True)
    stack = Stack("day", logs)
    print(f"starting referrals, vacancies and matching (logs in {logs}) ...", flush=True)
    stack.start()
    try:
        figures = asyncio.run(main_async(args, stack))
    finally:
        stack.stop()
    print_summary(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
        print(f"figures saved to {args.json}")
    failed = (
        figures["scenario_errors"]
        or figures["server_errors"]
        or figures["transport_errors"]
        or figures["inconsistencies"]
    )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
