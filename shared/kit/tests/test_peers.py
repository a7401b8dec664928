"""Service credentials: client-credentials tokens from the identity provider, cached and renewed."""

from __future__ import annotations

import base64

import httpx
import pytest
import respx
from hearth_contract.auth import Scope
from hearth_contract.problems import DependencyUnavailable
from hearth_kit.peers import ClientCredentials, service_token_source
from hearth_kit.settings import ServiceSettings
from pydantic import SecretStr

TOKEN_URL = "https://idp.example/oauth2/token"


def _settings(**overrides) -> ServiceSettings:
    return ServiceSettings(
        environment="test",
        client_credentials_url=TOKEN_URL,
        service_client_id="hearth-matching",
        service_client_secret=SecretStr("s3cret"),
        **overrides,
    )


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def idp():
    with respx.mock(assert_all_called=False) as router:
        issued = iter(f"token-{n}" for n in range(1, 100))
        route = router.post(TOKEN_URL).mock(
            side_effect=lambda request: httpx.Response(
                200, json={"access_token": next(issued), "expires_in": 300, "token_type": "Bearer"}
            )
        )
        yield route


class TestClientCredentials:
    async def test_asks_for_only_the_scopes_it_needs_with_its_client_secret(self, idp):
        source = ClientCredentials(_settings(), [Scope.VACANCIES_READ, Scope.VACANCIES_MANAGE])
        assert await source() == "token-1"
        request = idp.calls.last.request
        form = dict(pair.split("=") for pair in request.content.decode().split("&"))
        assert form == {
            "grant_type": "client_credentials",
            "scope": "vacancies%3Aread+vacancies%3Amanage",
        }
        expected = base64.b64encode(b"hearth-matching:s3cret").decode()
        assert request.headers["Authorization"] == f"Basic {expected}"

    async def test_a_token_is_reused_until_three_quarters_of_its_life_then_renewed(self, idp):
        clock = FakeTime()
        source = ClientCredentials(_settings(), [Scope.EVENTS_READ], monotonic=clock)
        assert await source() == "token-1"
        clock.now += 224
        assert await source() == "token-1"
        clock.now += 2
        assert await source() == "token-2"
        assert idp.call_count == 2

    async def test_an_identity_provider_that_fails_is_503(self):
        with respx.mock() as router:
            router.post(TOKEN_URL).mock(return_value=httpx.Response(500))
            source = ClientCredentials(_settings(), [Scope.EVENTS_READ])
            with pytest.raises(DependencyUnavailable):
                await source()

    def test_the_token_source_is_client_credentials_when_configured(self):
        source = service_token_source(_settings(), [Scope.EVENTS_READ], "hearth-matching")
        assert isinstance(source, ClientCredentials)


class TestProductionCredentials:
    def _production(self, **overrides) -> dict:
        return {
            "environment": "production",
            "database_url": "postgresql+asyncpg://h/d",
            "jwt_issuer": "https://idp.example",
            "jwt_algorithms": ("RS256",),
            "jwt_jwks_file": "/etc/hearth/jwt/jwks.json",
            "rate_limit_storage": "redis://redis:6379/0",
            **overrides,
        }

    def test_a_static_service_token_is_refused_in_production(self):
        with pytest.raises(ValueError, match="static service_token"):
            ServiceSettings(**self._production(service_token=SecretStr("forever")))

    def test_half_configured_client_credentials_are_refused(self):
        with pytest.raises(ValueError, match="set all of"):
            ServiceSettings(**self._production(client_credentials_url=TOKEN_URL))

    def test_client_credentials_start_in_production(self):
        settings = ServiceSettings(
            **self._production(
                client_credentials_url=TOKEN_URL,
                service_client_id="hearth-matching",
                service_client_secret=SecretStr("s3cret"),
            )
        )
        assert settings.client_credentials_url == TOKEN_URL
