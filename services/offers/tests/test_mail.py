"""Sending an offer emails it, with the pack PDF, to the child's social worker and the
LA's placement team, through the mail outbox: a real SMTP server (aiosmtpd) receives
it; an SMTP outage neither fails the send nor loses or doubles a message."""

from __future__ import annotations

import asyncio
import email
import socket
import subprocess
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from hearth_cli.mail_sink import MailSink
from hearth_kit.testing import rendered_logs
from hearth_offers.mail.outbox import SmtpTransport, deliver_due
from hearth_offers.settings import OffersSettings
from pydantic import ValidationError

PLACEMENT_TEAM = "placements@kent.example"  # conftest's OFFERS_LA_PLACEMENT_TEAMS for Kent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _transport(app, port: int) -> tuple[SmtpTransport, OffersSettings]:
    settings = app.state.settings.model_copy(update={"smtp_port": port, "smtp_timeout_seconds": 5})
    return SmtpTransport(settings), settings


async def _deliver(app, port: int) -> int:
    transport, settings = _transport(app, port)
    return await deliver_due(app.state.database, transport, settings)


def _pdf_text(path) -> str:
    command = ["pdftotext", "-f", "1", "-l", "1", str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


async def _offer(world, client, offer_id: str) -> dict:
    response = await client.get(f"/v1/offers/{offer_id}", headers=world.officer())
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def sink(tmp_path):
    mail = MailSink(tmp_path / "mail", port=_free_port()).start()
    yield mail
    mail.stop()


class TestSendingQueuesTheEmails:
    async def test_the_send_queues_one_email_to_each_recipient_without_smtp(self, world):
        sent = (await world.sent()).json()
        emails = sorted(sent["emails"], key=lambda e: e["recipient_role"])
        assert [(e["recipient_role"], e["status"], e["attempts"]) for e in emails] == [
            ("placement_team", "queued", 0),
            ("social_worker", "queued", 0),
        ]
        assert emails[0]["to_address"] == PLACEMENT_TEAM
        assert len({e["message_id"] for e in emails}) == 2

    async def test_the_la_sees_the_emails_of_its_offer(self, world, client):
        sent = (await world.sent()).json()
        read = await client.get(f"/v1/offers/{sent['id']}", headers=world.la())
        assert len(read.json()["emails"]) == 2


class TestDelivery:
    async def test_a_real_smtp_server_receives_the_pack_pdf(
        self, world, client, app, sink, tmp_path
    ):
        sent = (await world.sent()).json()
        child = sent["pack"]["children"][0]["first_name"]
        assert await _deliver(app, sink.port) == 2
        kept = sink.messages()
        assert len(kept) == 2
        messages = [email.message_from_bytes(p.read_bytes(), policy=default) for p in kept]
        assert sorted(m["To"] for m in messages) == sorted(e["to_address"] for e in sent["emails"])
        message = messages[0]
        assert message["Subject"].startswith("Placement offer from oakfield-fostering")
        assert child not in message["Subject"] and child not in message.get_body().get_content()
        [attachment] = list(message.iter_attachments())
        assert attachment.get_content_type() == "application/pdf"
        assert attachment.get_filename() == f"offer-{sent['id']}.pdf"
        pdf = attachment.get_content()
        assert pdf.startswith(b"%PDF-")
        (tmp_path / "pack.pdf").write_bytes(pdf)
        text = await asyncio.to_thread(_pdf_text, tmp_path / "pack.pdf")
        assert "Placement offer from" in text and child in text
        emails = (await _offer(world, client, sent["id"]))["emails"]
        assert {(e["status"], e["attempts"], e["last_error"]) for e in emails} == {
            ("sent", 1, None)
        }

    async def test_smtp_down_then_up_sends_each_message_once(self, world, client, app, tmp_path):
        sent = (await world.sent()).json()
        port = _free_port()  # nothing listens here yet: SMTP is down
        assert await _deliver(app, port) == 2
        emails = (await _offer(world, client, sent["id"]))["emails"]
        assert {e["status"] for e in emails} == {"queued"}
        assert {e["attempts"] for e in emails} == {1}
        assert all(e["last_error"].startswith("SMTPConnect") for e in emails)
        sink = MailSink(tmp_path / "mail", port=port).start()
        try:
            assert await _deliver(app, port) == 0  # not due again for 30 seconds
            world.clock.advance(seconds=31)
            assert await _deliver(app, port) == 2
            assert await _deliver(app, port) == 0
            assert len(sink.messages()) == 2
        finally:
            sink.stop()
        emails = (await _offer(world, client, sent["id"]))["emails"]
        assert {(e["status"], e["attempts"]) for e in emails} == {("sent", 2)}
        ids = {email.message_from_bytes(p.read_bytes())["Message-ID"] for p in sink.messages()}
        assert ids == {e["message_id"] for e in emails}

    async def test_an_address_the_server_refuses_fails_for_good(self, world, client, app):
        class RefuseSocialWorker:
            async def handle_RCPT(self, server, session, envelope, address, options):
                if address == PLACEMENT_TEAM:
                    envelope.rcpt_tos.append(address)
                    return "250 OK"
                return "550 No such mailbox"

            async def handle_DATA(self, server, session, envelope):
                return "250 Kept"

        port = _free_port()
        controller = Controller(RefuseSocialWorker(), hostname="127.0.0.1", port=port)
        controller.start()
        try:
            sent = (await world.sent()).json()
            assert await _deliver(app, port) == 2
        finally:
            controller.stop()
        emails = {
            e["recipient_role"]: e for e in (await _offer(world, client, sent["id"]))["emails"]
        }
        assert emails["placement_team"]["status"] == "sent"
        assert emails["social_worker"]["status"] == "failed"
        assert emails["social_worker"]["last_error"] == "SMTPRecipientsRefused 550"
        world.clock.advance(hours=2)
        assert await _deliver(app, port) == 0  # a refused address is not tried again

    async def test_no_child_data_reaches_the_logs(self, world, app):
        sent = (await world.sent()).json()
        child = sent["pack"]["children"][0]["first_name"]
        with rendered_logs() as lines:
            await _deliver(app, _free_port())  # SMTP down: the deferral is logged
        logged = lines.getvalue()
        assert "offer_email.not_sent" in logged
        assert child not in logged and PLACEMENT_TEAM not in logged


PRODUCTION = {
    "environment": "production",
    "database_url": "postgresql+asyncpg://h/db",
    "jwt_algorithms": ("RS256",),
    "jwt_public_key_file": "/keys/pub.pem",
    "jwt_issuer": "https://idp.example",
    "rate_limit_storage": "redis://redis:6379/0",
}


class TestProductionSettings:
    def test_production_refuses_plain_smtp_and_the_local_sender(self):
        with pytest.raises(ValidationError) as refused:
            OffersSettings(**PRODUCTION, smtp_security="none", smtp_username="agency")
        assert "smtp_security must be starttls or tls" in str(refused.value)
        assert "mail_from is the local default" in str(refused.value)
        assert "set both smtp_username and smtp_password" in str(refused.value)

    def test_production_starts_with_starttls_and_its_own_sender(self):
        settings = OffersSettings(
            **PRODUCTION, smtp_security="starttls", mail_from="offers@oakfield.example"
        )
        assert settings.environment == "production"

    def test_settings_come_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("OFFERS_SMTP_HOST", "smtp.agency.example")
        monkeypatch.setenv("OFFERS_SMTP_SECURITY", "starttls")
        monkeypatch.setenv("OFFERS_SMTP_PASSWORD", "from-a-secret")
        monkeypatch.setenv("OFFERS_LA_PLACEMENT_TEAMS", '{"E10000016": "p@kent.example"}')
        settings = OffersSettings()
        assert (settings.smtp_host, settings.smtp_security) == ("smtp.agency.example", "starttls")
        assert settings.smtp_password.get_secret_value() == "from-a-secret"
        assert "from-a-secret" not in repr(settings)
        assert settings.la_placement_teams == {"E10000016": "p@kent.example"}

    @pytest.mark.parametrize(
        "teams",
        ['{"Kent": "p@kent.example"}', '{"E10000016": "not an address"}', '["p@kent.example"]'],
    )
    def test_a_placement_team_that_is_not_an_la_code_and_an_address_stops_it(
        self, monkeypatch, teams
    ):
        monkeypatch.setenv("OFFERS_LA_PLACEMENT_TEAMS", teams)
        with pytest.raises(ValidationError, match="la_placement_teams"):
            OffersSettings()


async def test_the_sink_keeps_whole_messages_only(tmp_path):
    """`hearth run`'s sink writes each message under a temporary name, then renames it."""
    import aiosmtplib

    sink = MailSink(tmp_path / "mail", port=_free_port()).start()
    try:
        await aiosmtplib.send(
            b"Subject: hello\r\n\r\nbody\r\n",
            sender="a@hearth.localhost",
            recipients=["b@hearth.localhost"],
            hostname="127.0.0.1",
            port=sink.port,
        )
        await asyncio.sleep(0)
        assert [p.suffix for p in sink.messages()] == [".eml"]
        assert not list((tmp_path / "mail").glob(".*.part"))
    finally:
        sink.stop()


class TestResendAFailedEmail:
    async def test_a_failed_email_is_queued_again_and_sent_once(self, world, client, app, sink):
        sent = (await world.sent()).json()
        emails = {e["recipient_role"]: e for e in sent["emails"]}
        queued = emails["placement_team"]
        path = f"/v1/offers/{sent['id']}/emails/{queued['id']}/resend"
        assert (await client.post(path, headers=world.officer())).status_code == 409  # queued
        app.state.settings = app.state.settings.model_copy(update={"mail_max_attempts": 1})
        await _deliver(app, _free_port())  # SMTP down, one attempt allowed: failed
        failed = {e["id"]: e for e in (await _offer(world, client, sent["id"]))["emails"]}
        assert failed[queued["id"]]["status"] == "failed"
        resent = await client.post(path, headers=world.officer())
        assert resent.status_code == 200, resent.text
        assert (resent.json()["status"], resent.json()["attempts"]) == ("queued", 0)
        assert await _deliver(app, sink.port) == 1  # the one sent again; the other stays failed
        [kept] = sink.messages()
        assert email.message_from_bytes(kept.read_bytes())["Message-ID"] == queued["message_id"]
        assert (await client.post(path, headers=world.officer())).status_code == 409  # sent

    async def test_only_the_agency_of_the_offer_may_resend(self, world, client):
        sent = (await world.sent()).json()
        path = f"/v1/offers/{sent['id']}/emails/{sent['emails'][0]['id']}/resend"
        assert (await client.post(path, headers=world.la())).status_code == 403
        other = await client.post(path, headers=world.officer("riverside-care"))
        assert other.status_code == 404
        missing = f"/v1/offers/{sent['id']}/emails/not-an-id/resend"
        gone = await client.post(missing, headers=world.officer())
        assert gone.status_code == 404 and gone.json()["type"].endswith("offer-email-not-found")
