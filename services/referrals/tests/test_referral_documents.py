"""Referral documents over HTTP: kept as received, read into a draft, confirmed as a referral."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import hearth_referrals.documents
import sqlalchemy as sa
from hearth_kit.tables import audit_log
from hearth_kit.testing import rendered_logs
from hearth_referrals.models import ReferralDocument
from referrals_testkit import AGENCY_A, referral_body

CORPUS = Path(__file__).parent / "documents" / "corpus"
PROVIDER_FORM = CORPUS / "01-provider_docx.docx"


def _upload(client, headers, data: bytes, filename: str = "referral.docx"):
    return client.post(
        "/v1/referral-documents",
        params={"filename": filename},
        content=data,
        headers={**headers, "Content-Type": "application/octet-stream"},
    )


async def _documents(app) -> int:
    async with app.state.database.system_session("test") as session:
        return await session.scalar(sa.select(sa.func.count()).select_from(ReferralDocument))


class TestUpload:
    async def test_a_word_form_becomes_a_draft_with_evidence(self, client, agency_a, agencies):
        expected = json.loads(PROVIDER_FORM.with_suffix(".expected.json").read_text())
        data = PROVIDER_FORM.read_bytes()
        response = await _upload(client, agency_a, data)
        assert response.status_code == 201, response.text
        body = response.json()
        assert response.headers["Location"] == f"/v1/referral-documents/{body['id']}"
        assert body["status"] == "draft"
        assert body["document"]["size_bytes"] == len(data)
        assert body["document"]["kind"] == "docx"
        draft = body["draft"]
        assert draft["la_code"]["value"] == expected["la_code"]
        assert draft["la_code"]["evidence"][0]["quote"]
        assert (
            draft["referral"]["children"][0]["first_name"] == expected["children"][0]["first_name"]
        )
        assert draft["missing"], "the completeness questions come with the draft"

    async def test_a_layout_the_reader_fails_on_is_kept_with_an_empty_draft(
        self, app, client, agency_a, agencies, monkeypatch
    ):
        """A fault in the reader's rules must not lose the upload or answer 500: the
        document is kept, its draft says nothing was read and asks the LA nothing, and
        the log names the fault's type and place, never its message."""

        def trips(blocks, today):
            raise IndexError("Kayden Marsh's row is shorter than the header")

        monkeypatch.setattr(hearth_referrals.documents, "extract", trips)
        data = PROVIDER_FORM.read_bytes()
        with rendered_logs() as logs:
            response = await _upload(client, agency_a, data)
        assert response.status_code == 201, response.text
        draft = response.json()["draft"]
        assert hearth_referrals.documents.NOT_READ in draft["warnings"]
        assert draft["missing"] == []
        assert not draft["referral"].get("children"), "nothing read, no child made up"
        assert await _documents(app) == 1
        original = await client.get(
            f"/v1/referral-documents/{response.json()['id']}/original", headers=agency_a
        )
        assert original.content == data
        lines = [json.loads(line) for line in logs.getvalue().splitlines()]
        [fault] = [line for line in lines if line["event"] == "referral_document.not_read"]
        assert fault["exc_type"] == "builtins.IndexError"
        assert fault["exc_frames"][-1].endswith(":trips")
        assert "Kayden" not in logs.getvalue()

    async def test_the_original_is_kept_exactly_and_typed_from_its_bytes(
        self, client, agency_a, agencies
    ):
        data = PROVIDER_FORM.read_bytes()
        uploaded = (await _upload(client, agency_a, data, filename="looks-like.pdf")).json()
        original = await client.get(
            f"/v1/referral-documents/{uploaded['id']}/original", headers=agency_a
        )
        assert original.status_code == 200
        assert original.content == data
        assert original.headers["content-type"].startswith(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        )
        assert uploaded["document"]["filename"] == "looks-like.pdf"

    async def test_only_the_uploader_can_see_it_and_every_read_is_audited(
        self, app, client, agency_a, agency_b, la_headers, agencies
    ):
        uploaded = (await _upload(client, agency_a, PROVIDER_FORM.read_bytes())).json()
        path = f"/v1/referral-documents/{uploaded['id']}"
        for stranger in (agency_b, la_headers):
            assert (await client.get(path, headers=stranger)).status_code == 404
            assert (await client.get(f"{path}/original", headers=stranger)).status_code == 404
        await client.get(path, headers={**agency_a, "X-Request-ID": "doc-read-0001"})
        async with app.state.database.system_session("test") as session:
            rows = (
                await session.execute(
                    sa.select(
                        audit_log.c.action, audit_log.c.record_type, audit_log.c.actor_tenant
                    ).where(audit_log.c.request_id == "doc-read-0001")
                )
            ).all()
        assert [tuple(r) for r in rows] == [("read", "referral_document", AGENCY_A)]


class TestHostileFiles:
    async def test_a_zip_bomb_dressed_as_docx_is_refused_and_nothing_is_kept(
        self, app, client, agency_a, agencies
    ):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", b"<Types/>")
            archive.writestr("word/document.xml", b"<w:document>" + b"\0" * (70 * 1024 * 1024))
        response = await _upload(client, agency_a, buffer.getvalue())
        assert response.status_code == 413
        assert response.headers["content-type"] == "application/problem+json"
        assert await _documents(app) == 0

    async def test_a_corrupt_file_and_an_unknown_type_are_refused(self, client, agency_a, agencies):
        corrupt = await _upload(client, agency_a, b"%PDF-1.7\n" + b"\x00garbage" * 100)
        assert corrupt.status_code == 422
        image = await _upload(client, agency_a, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "scan.png")
        assert image.status_code == 415

    async def test_a_body_over_the_limit_is_413(self, client, agency_a, agencies):
        response = await _upload(client, agency_a, b"x" * (21 * 1024 * 1024))
        assert response.status_code == 413


class TestConfirm:
    async def test_the_corrected_draft_becomes_a_referral_with_its_corrections_kept(
        self, client, agency_a, la_headers, agencies
    ):
        uploaded = (await _upload(client, agency_a, PROVIDER_FORM.read_bytes())).json()
        corrected = referral_body(seed=81, agency_ids=(AGENCY_A,))
        corrected["la_reference"] = "CORRECTED-1"
        confirmed = await client.post(
            f"/v1/referral-documents/{uploaded['id']}/confirm",
            json={"referral": corrected, "la_code": "E10000016"},
            headers=agency_a,
        )
        assert confirmed.status_code == 201, confirmed.text
        referral = confirmed.json()
        assert referral["document_id"] == uploaded["id"]
        assert referral["la_code"] == "E10000016"
        assert referral["screening"][0]["agency_id"] == AGENCY_A
        document = (
            await client.get(f"/v1/referral-documents/{uploaded['id']}", headers=agency_a)
        ).json()
        assert document["status"] == "confirmed"
        assert document["referral_id"] == referral["id"]
        assert {
            "pointer": "/la_reference",
            "extracted": uploaded["draft"]["referral"].get("la_reference"),
            "confirmed": "CORRECTED-1",
        } in document["corrections"]
        # The agency's own registration: the LA it names sees it only once it claims it.
        assert referral["source"] == "agency_document"
        assert (
            await client.get(f"/v1/referrals/{referral['id']}", headers=la_headers)
        ).status_code == 404
        again = await client.post(
            f"/v1/referral-documents/{uploaded['id']}/confirm",
            json={"referral": corrected, "la_code": "E10000016"},
            headers=agency_a,
        )
        assert again.status_code == 409
        assert again.json()["referral_id"] == referral["id"]

    async def test_an_agency_cannot_address_a_document_referral_to_others(
        self, client, agency_a, agencies
    ):
        uploaded = (await _upload(client, agency_a, PROVIDER_FORM.read_bytes())).json()
        response = await client.post(
            f"/v1/referral-documents/{uploaded['id']}/confirm",
            json={
                "referral": referral_body(seed=82, agency_ids=(AGENCY_A, "agency-b")),
                "la_code": "E10000016",
            },
            headers=agency_a,
        )
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/referral/agency_ids"
