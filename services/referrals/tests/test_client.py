"""The typed referrals client against the real service, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from hearth_contract.auth import CallerKind, Scope
from hearth_contract.clients import ReferralsClient, Versioned
from hearth_contract.common import EventPage, Page
from hearth_contract.documents import (
    DocumentAlreadyConfirmed,
    DocumentStatus,
    ReferralDocumentRead,
    ReferralDraftConfirm,
)
from hearth_contract.problems import (
    Forbidden,
    IdempotencyKeyMismatch,
    InvalidState,
    PreconditionFailed,
    ReferralNotFound,
    ValidationFailed,
)
from hearth_contract.referrals import (
    AgencySettingsUpdate,
    AgencyUpdate,
    DeclineReason,
    InformationAnswer,
    InformationAnswersCreate,
    InformationQuestionCreate,
    InformationRequestCreate,
    RecipientStatus,
    ReferralAssign,
    ReferralCreate,
    ReferralDecline,
    ReferralRead,
    ReferralSource,
    ReferralStatus,
    ReferralSummary,
    ReferralUpdate,
    ReferralWithdraw,
    WaitingOn,
)
from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, AGENCY_B, KENT, MEDWAY, referral_body
from test_referral_documents import PROVIDER_FORM

REQUEST_ID = "client-test-request-0001"


def make_referral(seed: int = 1, agency_ids=(AGENCY_A,), **kwargs) -> ReferralCreate:
    return ReferralCreate.model_validate(referral_body(seed, agency_ids, **kwargs))


@pytest.fixture
def la(client, tokens) -> ReferralsClient:
    token = tokens.mint(
        CallerKind.LA,
        KENT,
        [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ],
        subject="kent-placements-1",
    )
    return ReferralsClient(client, token, request_id_provider=lambda: REQUEST_ID)


@pytest.fixture
def other_la(client, tokens) -> ReferralsClient:
    token = tokens.mint(CallerKind.LA, MEDWAY, [Scope.REFERRALS_SUBMIT, Scope.REFERRALS_READ])
    return ReferralsClient(client, token)


def agency_client(client, tokens, agency_id: str) -> ReferralsClient:
    async def token() -> str:  # a refreshing token source, as a real integration would have
        return tokens.mint(
            CallerKind.AGENCY,
            agency_id,
            [Scope.REFERRALS_READ, Scope.REFERRALS_SCREEN, Scope.AGENCY_ADMIN],
        )

    return ReferralsClient(client, token)


@pytest.fixture
def agency(client, tokens) -> ReferralsClient:
    return agency_client(client, tokens, AGENCY_A)


@pytest.fixture
def operator(client, tokens) -> ReferralsClient:
    return ReferralsClient(
        client,
        lambda: tokens.mint(
            CallerKind.SERVICE,
            None,
            [Scope.AGENCY_ADMIN, Scope.REFERRALS_READ, Scope.EVENTS_READ],
            subject="operator",
        ),
    )


class TestSendAndRead:
    async def test_send_returns_the_typed_referral_and_its_etag(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="send-1")
        assert isinstance(sent, Versioned)
        assert isinstance(sent.value, ReferralRead)
        assert sent.value.status is ReferralStatus.OPEN
        assert sent.etag == f'"{sent.value.version}"'
        assert sent.replayed is False

        read = await la.get_referral(sent.value.id)
        assert read.value == sent.value
        assert read.etag == sent.etag

    async def test_same_key_replays_the_first_answer(self, la, agencies):
        first = await la.send_referral(make_referral(), idempotency_key="send-twice")
        again = await la.send_referral(make_referral(), idempotency_key="send-twice")
        assert again.value.id == first.value.id
        assert again.replayed is True
        page = await la.list_referrals()
        assert [s.id for s in page.items] == [first.value.id]

    async def test_same_key_with_another_body_is_refused(self, la, agencies):
        await la.send_referral(make_referral(1), idempotency_key="send-reused")
        with pytest.raises(IdempotencyKeyMismatch):
            await la.send_referral(make_referral(2), idempotency_key="send-reused")

    async def test_an_empty_idempotency_key_is_refused_before_sending(self, la):
        with pytest.raises(ValueError):
            await la.send_referral(make_referral(), idempotency_key="")

    async def test_another_las_referral_is_not_found(self, la, other_la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="send-private")
        with pytest.raises(ReferralNotFound) as caught:
            await other_la.get_referral(sent.value.id)
        assert caught.value.status == 404

    async def test_unknown_agencies_fail_validation_with_pointers(self, la, agencies):
        body = make_referral(agency_ids=(AGENCY_A, "agency-nowhere"))
        with pytest.raises(ValidationFailed) as caught:
            await la.send_referral(body, idempotency_key="send-unknown-agency")
        assert [e.pointer for e in caught.value.errors] == ["/agency_ids/1"]

    async def test_bad_query_fails_validation_with_pointers(self, la):
        with pytest.raises(ValidationFailed) as caught:
            await la.list_referrals(age_from=12, age_to=3)
        assert [e.pointer for e in caught.value.errors] == ["/age_from"]

    async def test_wrong_caller_kind_is_forbidden(self, agency):
        with pytest.raises(Forbidden):
            await agency.send_referral(make_referral(), idempotency_key="agency-cannot-send")


class TestAmendAndWithdraw:
    async def test_amend_with_current_etag_returns_the_new_one(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="amend-1")
        amended = await la.amend_referral(
            sent.value.id, ReferralUpdate(la_reference="KENT-NEW-REF"), sent.etag
        )
        assert amended.value.la_reference == "KENT-NEW-REF"
        assert amended.etag != sent.etag

    async def test_a_mapping_is_a_deep_merge_patch(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="amend-deep")
        amended = await la.amend_referral(
            sent.value.id, {"placement": {"start_date": "2026-12-24"}}, sent.etag
        )
        assert amended.value.placement == sent.value.placement.model_copy(
            update={"start_date": date(2026, 12, 24)}
        )

    async def test_a_read_referral_edited_goes_back_whole(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="amend-round-trip")
        read = await la.get_referral(sent.value.id)
        body = read.value.model_dump(mode="json")
        body["children"][0]["interests"] = ["chess"]
        amended = await la.amend_referral(sent.value.id, body, read.etag)
        assert amended.value.children[0].interests == ["chess"]
        assert amended.value.children[0].age_today == read.value.children[0].age_today

    async def test_stale_etag_is_precondition_failed(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="amend-stale")
        await la.amend_referral(sent.value.id, ReferralUpdate(la_reference="FIRST"), sent.etag)
        with pytest.raises(PreconditionFailed):
            await la.amend_referral(sent.value.id, ReferralUpdate(la_reference="SECOND"), sent.etag)

    async def test_withdraw_then_amend_is_invalid_state(self, la, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="withdraw-1")
        withdrawn = await la.withdraw(sent.value.id, ReferralWithdraw(reason="Placed with family"))
        assert withdrawn.value.status is ReferralStatus.WITHDRAWN
        with pytest.raises(InvalidState):
            await la.amend_referral(sent.value.id, ReferralUpdate(la_reference="X"), withdrawn.etag)


class TestScreening:
    async def test_agency_acknowledges_assigns_and_declines(self, la, agency, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="screen-1")
        referral_id = sent.value.id
        acknowledged = await agency.acknowledge(referral_id)
        assert acknowledged.value.screening[0].status is RecipientStatus.ACKNOWLEDGED
        assigned = await agency.assign(referral_id, ReferralAssign(officer_id="officer-7"))
        assert assigned.value.screening[0].assigned_officer == "officer-7"
        declined = await agency.decline(
            referral_id, ReferralDecline(reason=DeclineReason.NO_VACANCY)
        )
        assert declined.value.screening[0].status is RecipientStatus.DECLINED
        history = await agency.history(referral_id)
        agency_steps = {h.to_status for h in history if h.agency_id == AGENCY_A}
        assert {"acknowledged", "declined"} <= agency_steps

    async def test_the_work_queue_is_followed_page_by_page(self, la, agency, agencies):
        sent = [
            (await la.send_referral(make_referral(seed), idempotency_key=f"queue-{seed}")).value.id
            for seed in (1, 2, 3)
        ]
        page = await agency.list_referrals(limit=2)
        assert isinstance(page, Page) and len(page.items) == 2 and page.next_cursor
        every = [s async for s in agency.iterate_referrals(limit=1)]
        assert all(isinstance(s, ReferralSummary) for s in every)
        assert sorted(s.id for s in every) == sorted(sent)
        sla = await agency.sla()
        assert sla.agency_id == AGENCY_A and sla.awaiting_first_response == 3

    async def test_information_request_is_asked_and_answered(self, la, agency, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="info-1")
        asked = await agency.ask_information(
            sent.value.id,
            InformationRequestCreate(
                questions=[
                    InformationQuestionCreate(topic="risks", text="Any missing episodes this year?")
                ]
            ),
            idempotency_key="ask-1",
        )
        answered = await la.answer_information(
            sent.value.id,
            asked.id,
            InformationAnswersCreate(
                answers=[
                    InformationAnswer(question_id=asked.questions[0].id, answer="None this year.")
                ]
            ),
        )
        assert answered.questions[0].answer == "None this year."
        listed = await la.list_information_requests(sent.value.id)
        assert [r.id for r in listed] == [asked.id]

    async def test_a_value_answer_amends_and_a_words_answer_is_resolved(self, la, agency, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="info-values")
        asked = await agency.ask_information(
            sent.value.id,
            InformationRequestCreate(
                questions=[
                    InformationQuestionCreate(
                        topic="legal_status", text="Status?", pointer="/children/0/legal_status"
                    ),
                    InformationQuestionCreate(
                        topic="risks", text="Missing?", pointer="/children/0/risks"
                    ),
                ]
            ),
        )
        first, second = asked.questions
        (waiting,) = (await la.list_referrals(waiting_on=WaitingOn.LA)).items
        assert [(a.agency_id, a.open_questions) for a in waiting.agencies or []] == [(AGENCY_A, 2)]
        answered = await la.answer_information(
            sent.value.id,
            asked.id,
            InformationAnswersCreate(
                answers=[
                    InformationAnswer(question_id=first.id, value="C2"),
                    InformationAnswer(question_id=second.id, answer="Never gone missing."),
                ]
            ),
        )
        assert [q.value for q in answered.questions] == ["C2", None]
        assert (await la.get_referral(sent.value.id)).value.children[0].legal_status == "C2"
        assert (await la.list_referrals(waiting_on=WaitingOn.LA)).items == []
        resolved = await agency.resolve_question(sent.value.id, asked.id, second.id)
        assert resolved.questions[1].resolved_pointer == "/children/0/risks"

    async def test_placements_standard_export_is_a_document(self, la, agency, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="export-1")
        document = await agency.export_placements_standard(sent.value.id)
        assert isinstance(document, dict) and document


class TestAgencies:
    async def test_operator_registers_and_agency_sets_its_target(self, operator, agency, agencies):
        registered = await operator.register_agency("agency-c", AgencyUpdate(name="Agency C"))
        assert registered.id == "agency-c"
        directory = await operator.list_agencies()
        assert {a.id for a in directory} == {AGENCY_A, AGENCY_B, "agency-c"}
        updated = await agency.update_agency_settings(
            AgencySettingsUpdate(first_response_minutes=30)
        )
        assert updated.first_response_minutes == 30
        assert (await agency.get_agency_settings()).first_response_minutes == 30


class TestEventsAndRequestIds:
    async def test_operator_reads_the_event_feed(self, app, la, operator, agencies):
        sent = await la.send_referral(make_referral(), idempotency_key="events-1")
        await settle_feed(app.state.database)
        page = await operator.events(None, 10)
        assert isinstance(page, EventPage)
        received = [(e.type, e.subject_id) for e in page.items]
        assert received == [("referral.received", sent.value.id)]
        assert (await operator.events(page.next_cursor, 10)).items == []

    async def test_request_id_is_sent_and_echoed(self, client: httpx.AsyncClient, la, agencies):
        echoed: list[str | None] = []

        async def remember(response: httpx.Response) -> None:
            echoed.append(response.headers.get("X-Request-ID"))

        client.event_hooks["response"].append(remember)
        await la.send_referral(make_referral(), idempotency_key="request-id-1")
        with pytest.raises(ReferralNotFound) as caught:
            await la.get_referral("no-such-referral")
        assert echoed == [REQUEST_ID, REQUEST_ID]
        assert caught.value.request_id == REQUEST_ID


class TestReferralDocuments:
    async def test_an_agency_registers_a_document_and_the_named_la_claims_it(
        self, agency, other_la, agencies
    ):
        form = PROVIDER_FORM.read_bytes()
        uploaded = await agency.upload_document(form, "referral.docx")
        assert isinstance(uploaded, ReferralDocumentRead)
        assert await agency.get_original_document(uploaded.id) == form
        listed = await agency.list_documents(status=DocumentStatus.DRAFT)
        assert [d.id for d in listed.items] == [uploaded.id]
        confirm = ReferralDraftConfirm(referral=make_referral(seed=141), la_code=MEDWAY)
        registered = await agency.confirm_document(uploaded.id, confirm, idempotency_key="c-141")
        assert registered.value.source is ReferralSource.AGENCY_DOCUMENT
        with pytest.raises(DocumentAlreadyConfirmed) as again:
            await agency.confirm_document(uploaded.id, confirm)
        assert again.value.referral_id == registered.value.id
        assert (await agency.get_document(uploaded.id)).referral_id == registered.value.id

        with pytest.raises(ReferralNotFound):
            await other_la.get_referral(registered.value.id)
        claimed = await other_la.claim_referral(registered.value.id)
        assert claimed.value.claimed_at is not None
        assert claimed.etag == f'"{claimed.value.version}"'
        assert [r.id for r in (await other_la.list_referrals()).items] == [registered.value.id]
