"""Building offers' worlds in tests: a referral sent to two agencies, a place in each
agency's household, each agency's match agreed, and the agency's rate card."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import httpx
from cross_service.records import fitting_household, fitting_referral, vacancy_for
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.common import EventRead
from hearth_contract.matching import (
    ExclusionSummary,
    HolderKind,
    HoldState,
    HomeMatch,
    MatchList,
    MatchRead,
    MatchStatus,
    RuleFinding,
    ScoreComponent,
    Verdict,
)
from hearth_contract.referrals import ReferralCreate
from hearth_contract.vacancies import HouseholdCreate, VacancyCreate
from hearth_kit.clock import FrozenClock
from hearth_kit.testing import Tokens

PEERS = {
    "referrals": "http://referrals.test",
    "vacancies": "http://vacancies.test",
    "matching": "http://matching.test",
}
KENT, SURREY = "E10000016", "E10000030"
AGENCIES = ("oakfield-fostering", "riverside-care")
OFFICER_SCOPES = [Scope.OFFERS_READ, Scope.OFFERS_MAKE, Scope.MATCHING_READ]
LA_SCOPES = [Scope.OFFERS_READ, Scope.OFFERS_ANSWER]

RATE_CARD = {
    "effective_from": "2026-04-01",
    "core_fees": [
        {"setting": "fostering", "band": "standard", "weekly_pence": 95_000},
        {"setting": "fostering", "band": "enhanced", "weekly_pence": 112_550},
    ],
    "add_ons": [
        {"kind": "extra_support_hours", "rate_pence": 2_875},
        {"kind": "transport", "rate_pence": 6_000},
    ],
    "one_offs": [{"code": "introductions", "description": "Introductions", "amount_pence": 45_000}],
}
CONTACT = {"name": "Sam Supervisor", "email": "sam@oakfield.example"}


@dataclass
class Agreed:
    agency_id: str
    match_id: str
    household_id: str
    vacancy_id: str


@dataclass
class World:
    client: httpx.AsyncClient
    app: object
    peers: dict
    tokens: Tokens
    clock: FrozenClock
    referral_id: str = ""
    agreed: dict[str, Agreed] = field(default_factory=dict)

    def officer(self, agency_id: str = AGENCIES[0]) -> dict[str, str]:
        return self.tokens.headers(CallerKind.AGENCY, agency_id, OFFICER_SCOPES, subject="po-1")

    def la(self, la_code: str = KENT) -> dict[str, str]:
        return self.tokens.headers(CallerKind.LA, la_code, LA_SCOPES, subject="la-team")

    def referral_to_both(self) -> str:
        body = fitting_referral(7, AGENCIES[0])
        body["agency_ids"] = list(AGENCIES)
        referral = self.peers["referrals"].add_referral(ReferralCreate.model_validate(body))
        self.referral_id = referral.id
        return referral.id

    def agree(self, agency_id: str, status: MatchStatus = MatchStatus.READY_FOR_OFFER) -> Agreed:
        """A place in one of the agency's households, and its match in ``status``."""
        vacancies = self.peers["vacancies"]
        vacancies.agency_id = agency_id  # the mock serves one agency at a time
        body = fitting_household(len(self.agreed) + 1)
        household = vacancies.add_household(
            HouseholdCreate.model_validate(body), agency_id=agency_id
        )
        vacancy = vacancies.add_vacancy(
            VacancyCreate.model_validate(vacancy_for(household.id, body))
        )
        now = self.clock.now()
        match = MatchRead(
            id=str(uuid.uuid4()),
            agency_id=agency_id,
            referral_id=self.referral_id,
            vacancy_id=vacancy.id,
            vacancy_ids=[vacancy.id],
            holder_id=household.id,
            holder_kind=HolderKind.HOUSEHOLD,
            status=status,
            score=81.0,
            needs_information=[],
            hold=HoldState.HELD,
            created_at=now,
            updated_at=now,
            version=3,
            steps=[],
        )
        self.peers["matching"].matches[match.id] = match
        self._explain(household.id)
        agreed = Agreed(agency_id, match.id, household.id, vacancy.id)
        self.agreed[agency_id] = agreed
        return agreed

    def _explain(self, household_id: str) -> None:
        home = HomeMatch(
            rank=1,
            holder_id=household_id,
            holder_kind=HolderKind.HOUSEHOLD,
            name="Household",
            vacancy_ids=[],
            score=81.0,
            components=[
                ScoreComponent(
                    component="school_journey",
                    weight=1.0,
                    points=0.9,
                    explanation="12 minutes by car to the child's school",
                )
            ],
            needs_information=[
                RuleFinding(
                    rule="faith", verdict=Verdict.NEEDS_INFORMATION, reason="Faith not stated"
                )
            ],
        )
        self.peers["matching"].add_ranking(
            self.referral_id,
            MatchList(
                referral_id=self.referral_id,
                generated_at=self.clock.now(),
                homes=[home],
                exclusions=ExclusionSummary(
                    considered=1, excluded=0, by_reason=[], single_change=None, text="None excluded"
                ),
                provisional=False,
            ),
        )

    def ready_event(self, agreed: Agreed) -> EventRead:
        """Matching's ``match.ready_for_offer`` for an agreed match, as its feed serves it."""
        return EventRead(
            event_id=str(uuid.uuid4()),
            type="match.ready_for_offer",
            occurred_at=self.clock.now(),
            subject_type="match",
            subject_id=agreed.match_id,
            data={
                "agency_id": agreed.agency_id,
                "referral_id": self.referral_id,
                "vacancy_id": agreed.vacancy_id,
                "vacancy_ids": [agreed.vacancy_id],
                "status": "ready_for_offer",
            },
            cursor="1-1",
        )

    async def rate_card(self, agency_id: str = AGENCIES[0], **changes) -> dict:
        response = await self.client.post(
            "/v1/rate-cards", json={**RATE_CARD, **changes}, headers=self.officer(agency_id)
        )
        assert response.status_code == 201, response.text
        return response.json()

    async def draft(self, agency_id: str = AGENCIES[0]) -> httpx.Response:
        if not self.referral_id:
            self.referral_to_both()
        agreed = self.agreed.get(agency_id) or self.agree(agency_id)
        self.peers["vacancies"].agency_id = agency_id
        response = await self.client.post(
            "/v1/offers", json={"match_id": agreed.match_id}, headers=self.officer(agency_id)
        )
        assert response.status_code == 201, response.text
        return response

    async def priced(
        self, agency_id: str = AGENCIES[0], costing: dict | None = None
    ) -> httpx.Response:
        """A draft with costings, a profile and a contact, ready to send."""
        drafted = await self.draft(agency_id)
        await self.rate_card(agency_id)
        response = await self.client.patch(
            f"/v1/offers/{drafted.json()['id']}",
            json={
                "costing": costing or {"band": "standard"},
                "profile_text": "A calm home with a big garden.",
                "contacts": [CONTACT],
            },
            headers={**self.officer(agency_id), "If-Match": drafted.headers["ETag"]},
        )
        assert response.status_code == 200, response.text
        return response

    async def sent(self, agency_id: str = AGENCIES[0], **kwargs) -> httpx.Response:
        priced = await self.priced(agency_id, **kwargs)
        response = await self.client.post(
            f"/v1/offers/{priced.json()['id']}/send",
            headers={**self.officer(agency_id), "If-Match": priced.headers["ETag"]},
        )
        assert response.status_code == 200, response.text
        return response

    async def feed(self) -> list[EventRead]:
        from hearth_kit.events import read_events
        from hearth_kit.testing import settle_feed

        await settle_feed(self.app.state.database)
        async with self.app.state.database.system_session("test") as session:
            return (await read_events(session, None, 1000)).items
