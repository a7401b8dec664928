"""The pure rules of webhooks: whose events, which types, which addresses, when to retry."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from hearth_contract.problems import WebhookUrlRefused
from hearth_kit.settings import ServiceSettings
from hearth_kit.webhooks.addresses import check_endpoint, is_public, pinned
from hearth_kit.webhooks.rules import concerns, next_attempt_delay, type_matches


class TestWhoseEvents:
    @pytest.mark.parametrize(
        ("kind", "tenant", "la_code", "agency_ids", "expected"),
        [
            ("la", "E10000016", "E10000016", ["agency-a"], True),
            ("la", "E06000035", "E10000016", ["agency-a"], False),
            ("la", "E10000016", None, ["E10000016"], False),  # an agency id is not an LA's
            ("agency", "agency-a", "E10000016", ["agency-a", "agency-b"], True),
            ("agency", "agency-c", "E10000016", ["agency-a", "agency-b"], False),
            ("partner", "agency-a", None, ["agency-a"], True),
            ("partner", "agency-a", "agency-a", [], False),
            ("service", "", "E10000016", ["agency-a"], False),
        ],
    )
    def test_by_the_feeds_rules(self, kind, tenant, la_code, agency_ids, expected):
        assert concerns(kind, tenant, la_code, agency_ids) is expected


class TestTypes:
    @pytest.mark.parametrize(
        ("patterns", "event_type", "expected"),
        [
            (["*"], "referral.received", True),
            (["referral.*"], "referral.received", True),
            (["referral.*"], "referrals.received", False),
            (["referral.received"], "referral.received", True),
            (["referral.received"], "referral.received_again", False),
            (["vacancy.*", "referral.declined"], "referral.declined", True),
        ],
    )
    def test_patterns(self, patterns, event_type, expected):
        assert type_matches(patterns, event_type) is expected


class TestAddresses:
    @pytest.mark.parametrize(
        ("address", "public"),
        [
            ("93.184.216.34", True),
            ("2606:2800:220:1:248:1893:25c8:1946", True),
            ("10.0.0.1", False),
            ("172.16.5.4", False),
            ("192.168.1.1", False),
            ("127.0.0.1", False),
            ("169.254.169.254", False),
            ("100.64.0.1", False),
            ("0.0.0.0", False),
            ("224.0.0.1", False),
            ("::1", False),
            ("fe80::1", False),
            ("fd00::1", False),
            ("::ffff:10.0.0.1", False),
            ("::ffff:93.184.216.34", True),
        ],
    )
    def test_only_public_unicast(self, address, public):
        assert is_public(address) is public

    async def test_production_wants_https(self):
        async def resolve(host, port):
            return ["93.184.216.34"]

        with pytest.raises(WebhookUrlRefused, match="https"):
            await check_endpoint(
                "http://hooks.example/", production=True, allow_private=False, resolve=resolve
            )
        await check_endpoint(
            "https://hooks.example/", production=True, allow_private=False, resolve=resolve
        )

    async def test_credentials_in_the_url_are_refused(self):
        with pytest.raises(WebhookUrlRefused):
            await check_endpoint("https://u:p@hooks.example/", production=False, allow_private=True)

    async def test_the_local_setting_allows_private_addresses(self):
        await check_endpoint("http://127.0.0.1:9000/", production=False, allow_private=True)

    def test_production_refuses_to_start_with_private_addresses_allowed(self, tmp_path: Path):
        key = tmp_path / "key.pem"
        key.write_text("unused")
        with pytest.raises(ValueError, match="webhooks_allow_private_addresses"):
            ServiceSettings(
                environment="production",
                database_url="postgresql+asyncpg://db/hearth",
                jwt_algorithms=("RS256",),
                jwt_public_key_file=key,
                jwt_issuer="https://idp.example",
                webhooks_allow_private_addresses=True,
            )


class TestPinning:
    @pytest.mark.parametrize(
        ("url", "address", "sent_to", "host", "sni"),
        [
            ("https://hooks.example/in", "93.184.216.34", "https://93.184.216.34/in", "hooks.example", "hooks.example"),
            ("https://hooks.example:8443/in?x=1", "2606:2800:220:1::1", "https://[2606:2800:220:1::1]:8443/in?x=1", "hooks.example:8443", "hooks.example"),
            ("http://hooks.example/in", "93.184.216.34", "http://93.184.216.34/in", "hooks.example", None),
        ],
    )  # fmt: skip
    def test_the_request_goes_to_the_checked_address_and_names_the_host(
        self, url, address, sent_to, host, sni
    ):
        target, headers, extensions = pinned(url, [address, "93.184.216.99"])
        assert str(target) == sent_to
        assert headers == {"host": host}
        assert extensions.get("sni_hostname") == sni

    def test_nothing_is_pinned_when_nothing_was_looked_up(self):
        assert pinned("http://127.0.0.1:9000/in", []) == (
            httpx.URL("http://127.0.0.1:9000/in"),
            {},
            {},
        )

    async def test_the_check_returns_the_addresses_it_approved(self):
        async def resolve(host, port):
            return ["93.184.216.34", "2606:2800:220:1::1"]

        assert await check_endpoint(
            "https://hooks.example/", production=True, allow_private=False, resolve=resolve
        ) == ["93.184.216.34", "2606:2800:220:1::1"]


class TestBackoff:
    def test_doubles_from_five_seconds_with_jitter_capped_at_six_hours(self):
        rng = random.Random(7)
        for attempts, ceiling in ((1, 5), (2, 10), (3, 20), (10, 2560), (30, 6 * 3600)):
            delay = next_attempt_delay(attempts, rng)
            assert timedelta(seconds=ceiling / 2) <= delay <= timedelta(seconds=ceiling)

    def test_three_days_of_retries_is_a_couple_of_dozen_attempts(self):
        rng, total, attempts = random.Random(1), timedelta(0), 0
        while total < timedelta(days=3):
            attempts += 1
            total += next_attempt_delay(attempts, rng)
        assert 15 <= attempts <= 40
