"""Who may register a referral from a document, in whose name, and only once (issue 13)."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest
import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.tables import audit_log
from hearth_referrals.models import Referral, ReferralDocument
from referrals_testkit import AGENCY_A, KENT, MEDWAY, referral_body, send
from test_referral_documents import PROVIDER_FORM, _upload

FORM = PROVIDER_FORM.read_bytes()


def _confirm(client, headers, document_id: str, seed: int, la_code=MEDWAY, key=None):
    body = {"referral": referral_body(seed=seed, agency_ids=(AGENCY_A,)), "la_code": la_code}
    extra = {"Idempotency-Key": key} if key else {}
    return client.post(
        f"/v1/referral-documents/{document_id}/confirm", json=body, headers={**headers, **extra}
    )


async def _count(app, model) -> int:
    async with app.state.database.system_session("test") as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(model))


@pytest.fixture
def la_reader(tokens) -> dict[str, str]:
    return tokens.headers(CallerKind.LA, KENT, [Scope.REFERRALS_READ], subject="kent-reader")


@pytest.fixture
def agency_reader(tokens) -> dict[str, str]:
    return tokens.headers(CallerKind.AGENCY, AGENCY_A, [Scope.REFERRALS_READ], subject="reader")


class TestWritingNeedsTheWritingScope:
    async def test_an_la_with_only_read_cannot_upload_or_confirm(
        self, app, client, la_headers, la_reader, agencies
    ):
        refused = await _upload(client, la_reader, FORM)
        assert refused.status_code == 403
        assert "referrals:submit" in refused.json()["detail"]
        uploaded = (await _upload(client, la_headers, FORM)).json()
        confirm = await _confirm(client, la_reader, uploaded["id"], seed=101, la_code=None)
        assert confirm.status_code == 403
        assert await _count(app, Referral) == 0
        # Reading what it may read is still open to it.
        path = f"/v1/referral-documents/{uploaded['id']}"
        assert (await client.get(path, headers=la_reader)).status_code == 200

    async def test_an_agency_with_only_read_cannot_upload_or_confirm(
        self, app, client, agency_a, agency_reader, agencies
    ):
        refused = await _upload(client, agency_reader, FORM)
        assert refused.status_code == 403
        assert "referrals:screen" in refused.json()["detail"]
        uploaded = (await _upload(client, agency_a, FORM)).json()
        confirm = await _confirm(client, agency_reader, uploaded["id"], seed=102)
        assert confirm.status_code == 403
        assert await _count(app, Referral) == 0

    async def test_the_la_with_the_submit_scope_confirms_its_own_upload(
        self, client, la_headers, agencies
    ):
        uploaded = (await _upload(client, la_headers, FORM)).json()
        confirmed = await _confirm(client, la_headers, uploaded["id"], seed=103, la_code=None)
        assert confirmed.status_code == 201, confirmed.text
        assert confirmed.json()["source"] == "la_api"
        listed = (await client.get("/v1/referrals", headers=la_headers)).json()["items"]
        assert [r["id"] for r in listed] == [confirmed.json()["id"]]


class TestAgencyRegisteredReferral:
    async def _registered(self, client, agency_a) -> dict:
        uploaded = (await _upload(client, agency_a, FORM)).json()
        confirmed = await _confirm(client, agency_a, uploaded["id"], seed=111, la_code=MEDWAY)
        assert confirmed.status_code == 201, confirmed.text
        return confirmed.json()

    async def test_it_is_marked_as_the_agencys_registration_from_a_document(
        self, client, agency_a, agencies
    ):
        referral = await self._registered(client, agency_a)
        assert referral["source"] == "agency_document"
        assert referral["registered_by"] == f"agency:{AGENCY_A}:officer-1"
        assert referral["received_at"]
        assert referral["claimed_at"] is None
        assert [s["agency_id"] for s in referral["screening"]] == [AGENCY_A]
        queue = (await client.get("/v1/referrals", headers=agency_a)).json()["items"]
        assert [(r["id"], r["source"]) for r in queue] == [(referral["id"], "agency_document")]

    async def test_the_named_la_never_sees_it_as_its_own_submission(
        self, client, agency_a, other_la_headers, agencies
    ):
        referral = await self._registered(client, agency_a)
        own = await send(client, other_la_headers, referral_body(seed=112))
        listed = (await client.get("/v1/referrals", headers=other_la_headers)).json()["items"]
        assert [r["id"] for r in listed] == [own.json()["id"]]
        path = f"/v1/referrals/{referral['id']}"
        for suffix in ("", "/history", "/information-requests", "/placements-standard"):
            answer = await client.get(path + suffix, headers=other_la_headers)
            assert answer.status_code == 404, suffix
        batch = await client.post(
            "/v1/referrals:batch-get", json={"ids": [referral["id"]]}, headers=other_la_headers
        )
        assert batch.json()["missing"] == [referral["id"]]

    async def test_the_named_la_claims_it_into_its_list_with_history_and_audit(
        self, app, client, agency_a, other_la_headers, agencies
    ):
        referral = await self._registered(client, agency_a)
        claimed = await client.post(
            f"/v1/referrals/{referral['id']}/claim",
            headers={**other_la_headers, "X-Request-ID": "claim-0001"},
        )
        assert claimed.status_code == 200, claimed.text
        body = claimed.json()
        assert body["source"] == "agency_document"
        assert body["claimed_by"] == f"la:{MEDWAY}:medway-placements-1"
        assert body["claimed_at"] is not None
        listed = (await client.get("/v1/referrals", headers=other_la_headers)).json()["items"]
        assert [r["id"] for r in listed] == [referral["id"]]
        history = (
            await client.get(f"/v1/referrals/{referral['id']}/history", headers=other_la_headers)
        ).json()
        assert history[-1]["reason"] == "claimed by the LA"
        assert (history[-1]["actor_kind"], history[-1]["actor"]) == ("la", "medway-placements-1")
        async with app.state.database.system_session("test") as session:
            audited = (
                await session.execute(
                    sa.select(audit_log.c.action, audit_log.c.record_type).where(
                        audit_log.c.request_id == "claim-0001"
                    )
                )
            ).all()
        assert ("update", "referral") in {tuple(row) for row in audited}
        again = await client.post(f"/v1/referrals/{referral['id']}/claim", headers=other_la_headers)
        assert again.status_code == 200
        assert again.json()["claimed_at"] == body["claimed_at"]

    async def test_only_the_la_it_names_may_claim_it(self, client, agency_a, la_headers, agencies):
        referral = await self._registered(client, agency_a)
        kent = await client.post(f"/v1/referrals/{referral['id']}/claim", headers=la_headers)
        assert kent.status_code == 404
        agency = await client.post(f"/v1/referrals/{referral['id']}/claim", headers=agency_a)
        assert agency.status_code == 403

    async def test_the_las_own_submission_needs_no_claim(self, client, la_headers, agencies):
        own = (await send(client, la_headers, referral_body(seed=113))).json()
        answer = await client.post(f"/v1/referrals/{own['id']}/claim", headers=la_headers)
        assert answer.status_code == 409


class TestOneDocumentOneReferral:
    async def test_a_second_confirm_names_the_referral_it_became(self, client, agency_a, agencies):
        uploaded = (await _upload(client, agency_a, FORM)).json()
        first = await _confirm(client, agency_a, uploaded["id"], seed=121)
        second = await _confirm(client, agency_a, uploaded["id"], seed=122)
        assert second.status_code == 409
        problem = second.json()
        assert problem["type"].endswith("/referral-document-confirmed")
        assert problem["referral_id"] == first.json()["id"]
        assert first.json()["id"] in problem["detail"]

    async def test_a_retry_with_the_same_key_replays_the_first_answer(
        self, app, client, agency_a, agencies
    ):
        uploaded = (await _upload(client, agency_a, FORM)).json()
        first = await _confirm(client, agency_a, uploaded["id"], seed=123, key="confirm-1")
        again = await _confirm(client, agency_a, uploaded["id"], seed=123, key="confirm-1")
        assert first.status_code == again.status_code == 201
        assert again.headers["Idempotent-Replayed"] == "true"
        assert again.json() == first.json()
        assert await _count(app, Referral) == 1

    @pytest.mark.parametrize("same_key", [False, True], ids=["own-keys", "one-key"])
    async def test_eight_concurrent_confirms_create_one_referral(
        self, app, client, agency_a, agencies, same_key
    ):
        uploaded = (await _upload(client, agency_a, FORM)).json()

        async def attempt(index: int) -> httpx.Response:
            # A client of its own per attempt: truly parallel requests on separate connections.
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://referrals") as http:
                key = "race" if same_key else f"race-{index}"
                return await _confirm(http, agency_a, uploaded["id"], seed=124, key=key)

        responses = await asyncio.gather(*(attempt(i) for i in range(8)))
        created = [r for r in responses if r.status_code == 201]
        fresh = [r for r in created if "Idempotent-Replayed" not in r.headers]
        assert len(fresh) == 1, [r.status_code for r in responses]
        referral_id = fresh[0].json()["id"]
        assert {r.json()["id"] for r in created} == {referral_id}
        for refused in (r for r in responses if r.status_code != 201):
            assert refused.status_code == 409, refused.text
            problem = refused.json()
            if not problem["type"].endswith("/idempotency-key-in-flight"):
                assert problem["referral_id"] == referral_id
        assert await _count(app, Referral) == 1
        async with app.state.database.system_session("test") as session:
            document = await session.get(
                ReferralDocument, uuid.UUID(fresh[0].json()["document_id"])
            )
            assert str(document.referral_id) == referral_id


class TestFormsAreRefused:
    async def test_a_multipart_upload_is_415_saying_to_send_the_bytes(
        self, app, client, agency_a, agencies
    ):
        response = await client.post(
            "/v1/referral-documents",
            files={"file": ("referral.docx", FORM, "application/octet-stream")},
            headers=agency_a,
        )
        assert response.status_code == 415
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
        assert problem["type"].endswith("/document-sent-as-form")
        assert "raw bytes" in problem["detail"]
        assert await _count(app, ReferralDocument) == 0

    async def test_a_form_body_mislabelled_as_bytes_is_refused_too(
        self, app, client, agency_a, agencies
    ):
        body = (
            b'--boundary123\r\nContent-Disposition: form-data; name="file"; '
            b'filename="referral.txt"\r\n\r\nReferral for a child\r\n--boundary123--\r\n'
        )
        response = await _upload(client, agency_a, body, filename="referral.txt")
        assert response.status_code == 415
        assert await _count(app, ReferralDocument) == 0


class TestListingUploads:
    async def test_an_agency_lists_its_own_uploads_newest_first_in_pages(
        self, client, clock, agency_a, agency_b, la_headers, agencies
    ):
        ids = []
        for _ in range(3):
            ids.append((await _upload(client, agency_a, FORM)).json()["id"])
            clock.advance(minutes=1)
        await _upload(client, agency_b, FORM)
        first = (
            await client.get("/v1/referral-documents", params={"limit": 2}, headers=agency_a)
        ).json()
        assert [d["id"] for d in first["items"]] == [ids[2], ids[1]]
        assert first["items"][0]["status"] == "draft"
        assert first["items"][0]["size_bytes"] == len(FORM)
        assert "draft" not in first["items"][0]
        rest = (
            await client.get(
                "/v1/referral-documents",
                params={"limit": 2, "cursor": first["next_cursor"]},
                headers=agency_a,
            )
        ).json()
        assert [d["id"] for d in rest["items"]] == [ids[0]]
        assert rest["next_cursor"] is None
        others = (await client.get("/v1/referral-documents", headers=la_headers)).json()
        assert others["items"] == []

    async def test_the_status_filter_and_every_listed_read_is_audited(
        self, app, client, agency_a, agencies
    ):
        draft = (await _upload(client, agency_a, FORM)).json()
        used = (await _upload(client, agency_a, FORM)).json()
        referral = (await _confirm(client, agency_a, used["id"], seed=131)).json()
        confirmed = await client.get(
            "/v1/referral-documents",
            params={"status": "confirmed"},
            headers={**agency_a, "X-Request-ID": "doc-list-0001"},
        )
        assert [(d["id"], d["referral_id"]) for d in confirmed.json()["items"]] == [
            (used["id"], referral["id"])
        ]
        drafts = await client.get(
            "/v1/referral-documents", params={"status": "draft"}, headers=agency_a
        )
        assert [d["id"] for d in drafts.json()["items"]] == [draft["id"]]
        async with app.state.database.system_session("test") as session:
            rows = (
                await session.execute(
                    sa.select(audit_log.c.action, audit_log.c.record_id).where(
                        audit_log.c.request_id == "doc-list-0001"
                    )
                )
            ).all()
        assert [tuple(r) for r in rows] == [("read", used["id"])]

    async def test_a_cursor_not_given_out_is_422(self, client, agency_a, agencies):
        response = await client.get(
            "/v1/referral-documents", params={"cursor": "bm90LWEtY3Vyc29y"}, headers=agency_a
        )
        assert response.status_code == 422
