"""The referrals mock, used the way a consumer's test suite would use it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import httpx
import pytest
from hearth_contract.clients import EventsClient, ReferralsClient
from hearth_contract.clients.base import problem_from_response
from hearth_contract.documents import (
    DocumentAlreadyConfirmed,
    DocumentSentAsForm,
    DocumentStatus,
    ReferralDraftConfirm,
)
from hearth_contract.examples import example_referral
from hearth_contract.mocks.referrals import MockReferrals, register_mock_referrals
from hearth_contract.problems import (
    IdempotencyKeyMismatch,
    InvalidState,
    PreconditionFailed,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    DeclineReason,
    InformationAnswer,
    InformationAnswersCreate,
    InformationQuestionCreate,
    InformationRequestCreate,
    QuestionResolve,
    RecipientStatus,
    ReferralCreate,
    ReferralDecline,
    ReferralSource,
    ReferralStatus,
)
from hearth_kit.clock import TEST_NOW

BASE = "http://referrals.internal:8000"

NOW = TEST_NOW


def a_referral(seed: int = 1, agency_ids=("agency-a",)) -> ReferralCreate:
    body = example_referral(seed, agency_ids=list(agency_ids), referral_date=date(2026, 11, 23))
    return ReferralCreate.model_validate(body)


@pytest.fixture
def service(respx_mock) -> MockReferrals:
    return register_mock_referrals(respx_mock, BASE, now=lambda: NOW)


@pytest.fixture
async def http():
    async with httpx.AsyncClient(base_url=BASE) as client:
        yield client


@pytest.fixture
def referrals(http) -> ReferralsClient:
    return ReferralsClient(http, "any-token")


class TestLaSide:
    async def test_sent_referral_can_be_read_back(self, service, referrals):
        sent = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        read = await referrals.get_referral(sent.value.id)
        assert read.value == sent.value
        assert read.etag == '"1"'
        assert sent.value.screening[0].first_response_due_at == datetime(
            2026, 11, 23, 9, 15, tzinfo=UTC
        )
        assert list(service.referrals) == [sent.value.id]

    async def test_same_key_replays_and_stores_once(self, service, referrals):
        first = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        again = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        assert again.value.id == first.value.id
        assert again.replayed is True
        assert len(service.referrals) == 1
        assert [e.type for e in service.events] == ["referral.received"]

    async def test_same_key_with_another_body_is_refused(self, service, referrals):
        await referrals.send_referral(a_referral(1), idempotency_key="k-1")
        with pytest.raises(IdempotencyKeyMismatch):
            await referrals.send_referral(a_referral(2), idempotency_key="k-1")

    async def test_unknown_referral_is_not_found(self, service, referrals):
        with pytest.raises(ReferralNotFound):
            await referrals.get_referral("no-such-id")

    async def test_invalid_body_is_validation_failed(self, service, http):
        response = await http.post(
            "/v1/referrals", json={"la_reference": "X"}, headers={"Idempotency-Key": "k-bad"}
        )
        assert response.status_code == 422
        problem = problem_from_response(response)
        assert isinstance(problem, ValidationFailed)
        assert "/agency_ids" in [e.pointer for e in problem.errors]


class TestAmend:
    async def test_a_deep_merge_patch_changes_one_field(self, service, referrals):
        sent = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        amended = await referrals.amend_referral(
            sent.value.id, {"placement": {"start_date": "2026-12-01"}}, sent.etag
        )
        assert amended.value.placement == sent.value.placement.model_copy(
            update={"start_date": date(2026, 12, 1)}
        )
        assert amended.etag == '"2"'
        assert [e.type for e in service.events][-1] == "referral.amended"

    async def test_a_read_body_edited_goes_back_whole(self, service, referrals):
        sent = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        body = sent.value.model_dump(mode="json")
        body["la_reference"] = "LA-NEW"
        body["status"] = "withdrawn"
        amended = await referrals.amend_referral(sent.value.id, body, sent.etag)
        assert amended.value.la_reference == "LA-NEW"
        assert amended.value.status is ReferralStatus.OPEN

    async def test_stale_etag_unknown_field_and_missing_if_match(self, service, referrals, http):
        sent = await referrals.send_referral(a_referral(), idempotency_key="k-1")
        await referrals.amend_referral(sent.value.id, {"la_reference": "A"}, sent.etag)
        with pytest.raises(PreconditionFailed):
            await referrals.amend_referral(sent.value.id, {"la_reference": "B"}, sent.etag)
        with pytest.raises(ValidationFailed) as refused:
            await referrals.amend_referral(sent.value.id, {"colour": "blue"}, '"2"')
        assert [e.pointer for e in refused.value.errors] == ["/colour"]
        missing = await http.patch(f"/v1/referrals/{sent.value.id}", json={})
        assert missing.status_code == 428


class TestLaList:
    async def test_each_row_carries_every_agencys_screening(self, service, referrals):
        sent = await referrals.send_referral(
            a_referral(agency_ids=("agency-a", "agency-b")), idempotency_key="k-1"
        )
        (row,) = (await referrals.list_referrals()).items
        assert row.id == sent.value.id
        assert [(a.agency_id, a.status, a.open_questions) for a in row.agencies or []] == [
            ("agency-a", RecipientStatus.NEW, 0),
            ("agency-b", RecipientStatus.NEW, 0),
        ]
        assert (await referrals.list_referrals(waiting_on="la")).items == []


class TestInformationRequests:
    async def test_a_value_amends_words_are_resolved_and_the_list_counts_questions(
        self, service, referrals
    ):
        body = a_referral().model_dump(mode="json")
        body["children"][0].pop("legal_status")
        referral = service.add_referral(ReferralCreate.model_validate(body))
        service.agency_id = "agency-a"
        asked = await referrals.ask_information(
            referral.id,
            InformationRequestCreate(
                questions=[
                    InformationQuestionCreate(
                        topic="legal_status", text="Status?", pointer="/children/0/legal_status"
                    ),
                    InformationQuestionCreate(topic="risks", text="Missing?"),
                ]
            ),
        )
        service.agency_id = None
        (row,) = (await referrals.list_referrals(waiting_on="la")).items
        assert [(a.status, a.open_questions) for a in row.agencies or []] == [
            (RecipientStatus.INFORMATION_REQUESTED, 2)
        ]
        first, second = asked.questions
        answered = await referrals.answer_information(
            referral.id,
            asked.id,
            InformationAnswersCreate(
                answers=[
                    InformationAnswer(question_id=first.id, value="C2"),
                    InformationAnswer(question_id=second.id, answer="Never."),
                ]
            ),
        )
        assert answered.questions[0].applied_to == "/children/0/legal_status"
        read = await referrals.get_referral(referral.id)
        assert (read.value.children[0].legal_status, read.etag) == ("C2", '"2"')
        assert (await referrals.list_referrals(waiting_on="la")).items == []
        service.agency_id = "agency-a"
        with pytest.raises(ValidationFailed):
            await referrals.resolve_question(referral.id, asked.id, second.id)
        resolved = await referrals.resolve_question(
            referral.id, asked.id, second.id, QuestionResolve(pointer="/children/0/risks")
        )
        assert resolved.questions[1].resolved_pointer == "/children/0/risks"


class TestAgencySide:
    async def test_agency_sees_its_queue_and_screens(self, service, referrals):
        service.agency_id = "agency-a"
        mine = service.add_referral(a_referral(1, ["agency-a", "agency-b"]))
        service.add_referral(a_referral(2, ["agency-b"]))

        page = await referrals.list_referrals()
        assert [s.id for s in page.items] == [mine.id]
        assert page.items[0].screening.status is RecipientStatus.NEW

        acknowledged = await referrals.acknowledge(mine.id)
        assert [s.status for s in acknowledged.value.screening] == [RecipientStatus.ACKNOWLEDGED]
        declined = await referrals.decline(mine.id, ReferralDecline(reason=DeclineReason.LOCATION))
        assert declined.value.screening[0].decline_reason is DeclineReason.LOCATION
        assert service.referrals[mine.id].screening[1].status is RecipientStatus.NEW

    async def test_acknowledging_twice_is_invalid_state(self, service, referrals):
        referral = service.add_referral(a_referral())
        await referrals.acknowledge(referral.id)
        with pytest.raises(InvalidState):
            await referrals.acknowledge(referral.id)

    async def test_another_agencys_referral_is_not_found(self, service, referrals):
        service.agency_id = "agency-a"
        theirs = service.add_referral(a_referral(1, ["agency-b"]))
        with pytest.raises(ReferralNotFound):
            await referrals.acknowledge(theirs.id)

    async def test_a_batch_read_shows_the_visible_referrals(self, service, referrals):
        service.agency_id = "agency-a"
        mine = service.add_referral(a_referral(1, ["agency-a"]))
        theirs = service.add_referral(a_referral(2, ["agency-b"]))
        batch = await referrals.batch_get_referrals([mine.id, theirs.id])
        assert ([r.id for r in batch.items], batch.missing) == ([mine.id], [theirs.id])
        assert [s.agency_id for s in batch.items[0].screening] == ["agency-a"]

    async def test_the_queue_is_followed_across_pages(self, service, referrals):
        ids = {service.add_referral(a_referral(seed)).id for seed in range(5)}
        seen = [s.id async for s in referrals.iterate_referrals(limit=2)]
        assert set(seen) == ids and len(seen) == 5


class TestEventFeed:
    async def test_events_are_served_after_a_cursor(self, service, http):
        referral = service.add_referral(a_referral())
        feed = EventsClient(http, "service-token")
        await ReferralsClient(http, "t").acknowledge(referral.id)

        first = await feed.events(None, 1)
        assert [e.type for e in first.items] == ["referral.received"]
        rest = await feed.events(first.next_cursor, 10)
        assert [e.type for e in rest.items] == ["referral.acknowledged"]
        assert (await feed.events(rest.next_cursor, 10)).items == []
        assert [e.event_id async for e in feed.iterate_events()] == [
            e.event_id for e in service.events
        ]


class TestReferralDocuments:
    async def test_a_form_upload_is_refused_and_raw_bytes_are_kept(self, service, http):
        form = await http.post("/v1/referral-documents", files={"file": ("a.txt", b"Referral")})
        assert form.status_code == 415
        assert isinstance(problem_from_response(form), DocumentSentAsForm)
        referrals = ReferralsClient(http, "t")
        uploaded = await referrals.upload_document(b"Referral for a child", "a.txt")
        assert uploaded.document.filename == "a.txt"
        assert await referrals.get_original_document(uploaded.id) == b"Referral for a child"
        listed = await referrals.list_documents(status=DocumentStatus.DRAFT)
        assert [d.id for d in listed.items] == [uploaded.id]

    async def test_an_agency_registration_is_its_own_until_the_la_claims_it(self, service, http):
        service.agency_id = "agency-a"
        referrals = ReferralsClient(http, "t")
        uploaded = await referrals.upload_document(b"Referral for a child")
        confirm = ReferralDraftConfirm(referral=a_referral(), la_code="E06000035")
        registered = await referrals.confirm_document(uploaded.id, confirm, idempotency_key="c-1")
        assert registered.value.source is ReferralSource.AGENCY_DOCUMENT
        replayed = await referrals.confirm_document(uploaded.id, confirm, idempotency_key="c-1")
        assert replayed.replayed and replayed.value.id == registered.value.id
        with pytest.raises(DocumentAlreadyConfirmed) as again:
            await referrals.confirm_document(uploaded.id, confirm)
        assert again.value.referral_id == registered.value.id

        service.agency_id, service.la_code = None, "E06000035"
        with pytest.raises(ReferralNotFound):
            await referrals.get_referral(registered.value.id)
        assert (await referrals.list_referrals()).items == []
        claimed = await referrals.claim_referral(registered.value.id)
        assert claimed.value.claimed_at == NOW
        assert [r.id for r in (await referrals.list_referrals()).items] == [registered.value.id]
