"""Production's token path: RS256 with a configured public key or a JWKS file."""

from __future__ import annotations

import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from hearth_contract.auth import CallerKind
from hearth_contract.problems import Unauthorized
from hearth_kit.auth import TokenVerifier
from hearth_kit.settings import ServiceSettings

ISSUER = "https://idp.example"


@pytest.fixture(scope="module")
def keys():
    return [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(2)]


def _pem(key) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _token(key, kid: str | None = None, **claims) -> str:
    now = int(time.time())
    body = {
        "iss": ISSUER,
        "aud": "hearth",
        "sub": "u",
        "client_id": "mosaic-kent",
        "iat": now,
        "exp": now + 300,
        "scope": "referrals:read",
        "hearth_kind": "la",
        "hearth_tenant": "E10000016",
        **claims,
    }
    headers = {"typ": "at+jwt", **({"kid": kid} if kid else {})}
    return jwt.encode(body, key, algorithm="RS256", headers=headers)


def _settings(tmp_path, **overrides) -> ServiceSettings:
    return ServiceSettings(
        environment="production",
        database_url="postgresql+asyncpg://h/d",
        jwt_issuer=ISSUER,
        jwt_algorithms=("RS256",),
        rate_limit_storage="redis://redis:6379/0",
        var_dir=tmp_path,
        **overrides,
    )


class TestPublicKeyFile:
    def test_a_token_signed_with_the_configured_key_is_accepted(self, tmp_path, keys):
        public = tmp_path / "idp.pem"
        public.write_text(_pem(keys[0]))
        verifier = TokenVerifier(_settings(tmp_path, jwt_public_key_file=public))
        principal = verifier.verify(_token(keys[0]))
        assert (principal.kind, principal.tenant, principal.client_id) == (
            CallerKind.LA,
            "E10000016",
            "mosaic-kent",
        )

    def test_another_key_and_hs256_are_refused(self, tmp_path, keys):
        public = tmp_path / "idp.pem"
        public.write_text(_pem(keys[0]))
        verifier = TokenVerifier(_settings(tmp_path, jwt_public_key_file=public))
        with pytest.raises(Unauthorized):
            verifier.verify(_token(keys[1]))
        # An HS256 token "signed" with the public key text: the classic confusion attack.
        forged = jwt.encode({"iss": ISSUER}, "x" * 32, algorithm="HS256", headers={"typ": "at+jwt"})
        with pytest.raises(Unauthorized, match="algorithm"):
            verifier.verify(forged)
        assert not (tmp_path / "jwt-hs256.key").exists(), "production must not make a local key"


class TestJwks:
    def test_the_key_is_chosen_by_kid(self, tmp_path, keys):
        jwks = {"keys": []}
        for index, key in enumerate(keys):
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
            jwks["keys"].append({**jwk, "kid": f"key-{index}", "alg": "RS256", "use": "sig"})
        path = tmp_path / "jwks.json"
        path.write_text(json.dumps(jwks))
        verifier = TokenVerifier(_settings(tmp_path, jwt_jwks_file=path))
        assert verifier.verify(_token(keys[1], kid="key-1")).subject == "u"
        with pytest.raises(Unauthorized):
            verifier.verify(_token(keys[1], kid="key-0"))
        with pytest.raises(Unauthorized, match="key id"):
            verifier.verify(_token(keys[0], kid="key-9"))


class TestLifetime:
    def test_a_token_living_longer_than_the_maximum_is_refused(self, tmp_path, keys):
        path = tmp_path / "idp.pem"
        path.write_text(_pem(keys[0]))
        verifier = TokenVerifier(_settings(tmp_path, jwt_public_key_file=path))
        now = int(time.time())
        ten_years = _token(keys[0], iat=now, exp=now + 10 * 365 * 86400)
        with pytest.raises(Unauthorized, match="lives longer"):
            verifier.verify(ten_years)
        a_day = _token(keys[0], iat=now, exp=now + 24 * 3600)
        assert verifier.verify(a_day).tenant == "E10000016"
