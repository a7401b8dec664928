"""Settings every service shares. Each service subclasses with its own env prefix."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from hearth_kit.clock import Clock, RunningClock, SystemClock

__all__ = ["LOCAL_SECRET_FILENAME", "ServiceSettings", "load_or_create_local_secret"]

LOCAL_SECRET_FILENAME = "jwt-hs256.key"  # noqa: S105 - a file name, not a secret


def load_or_create_local_secret(var_dir: Path) -> SecretStr:
    """The HS256 key for local runs: made once in ``var/`` and shared by every service."""
    path = var_dir / LOCAL_SECRET_FILENAME
    if not path.exists():
        var_dir.mkdir(parents=True, exist_ok=True)
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(48))
    return SecretStr(path.read_text().strip())


class ServiceSettings(BaseSettings):
    """Configuration of one service. Defaults suit the embedded local run."""

    model_config = SettingsConfigDict(env_prefix="HEARTH_", extra="ignore", frozen=True)

    service_name: str = "hearth"
    environment: Literal["local", "test", "production"] = "local"
    var_dir: Path = Path("var")
    database_url: str | None = None
    database_pool_size: int = 10
    database_echo: bool = False

    jwt_issuer: str = "hearth-local"
    jwt_audience: str = "hearth"
    jwt_algorithms: tuple[str, ...] = ("HS256",)
    jwt_secret: SecretStr | None = None
    jwt_public_key_file: Path | None = None
    jwt_jwks_file: Path | None = None
    jwt_leeway_seconds: int = 30
    # The longest life (exp - iat) of a token this service accepts: a leaked token that
    # lives for years is refused, whoever signed it.
    jwt_max_lifetime_seconds: int = 24 * 3600

    # Calls to peers: client credentials from the identity provider in production; a
    # static token only in local runs and tests.
    service_token: SecretStr | None = None
    client_credentials_url: str | None = None
    service_client_id: str | None = None
    service_client_secret: SecretStr | None = None
    peer_timeout_seconds: float = 5.0
    readiness_timeout_seconds: float = 2.0

    # Tests and demos only: the service's clock starts at this instant and runs on.
    clock_start: datetime | None = None

    # Background loops run on one replica (hearth_kit.leader): followers try for the lock
    # this often, so a lost leader is replaced within about this long.
    leader_retry_seconds: float = 2.0

    max_body_bytes: int = 1_048_576
    rate_limit: str = "1200/minute"
    rate_limit_storage: str = "memory://"

    # Webhooks (hearth_kit.webhooks). Private, loopback and link-local endpoints and plain
    # http are for local runs and tests only: production refuses to start with them allowed.
    webhooks_allow_private_addresses: bool = False
    webhooks_worker_enabled: bool = True
    webhooks_public_url: str | None = None  # where receivers fetch records (links)
    webhooks_timeout_seconds: float = 5.0
    webhooks_poll_seconds: float = 0.5
    webhooks_batch_size: int = 100
    webhooks_retry_hours: float = 72.0
    webhooks_pause_after_hours: float = 24.0
    webhooks_secret_overlap_hours: float = 24.0
    webhooks_smtp_host: str | None = None  # set: pause notices by email; unset: logged
    webhooks_smtp_port: int = 25
    webhooks_smtp_sender: str = "hearth@localhost"

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> ServiceSettings:
        if self.environment != "production":
            return self
        problems = []
        if not self.database_url or not self.database_url.startswith("postgresql"):
            problems.append("database_url must be a PostgreSQL URL")
        if "none" in {a.lower() for a in self.jwt_algorithms}:
            problems.append("jwt_algorithms must not allow 'none'")
        if "HS256" in self.jwt_algorithms:
            problems.append("HS256 is for local runs; use RS256 with a public key or JWKS")
        if not (self.jwt_public_key_file or self.jwt_jwks_file):
            problems.append("set jwt_public_key_file or jwt_jwks_file")
        if self.jwt_issuer == "hearth-local":
            problems.append("jwt_issuer is the local default")
        if self.service_token is not None:
            problems.append(
                "a static service_token is for local runs; set client_credentials_url,"
                " service_client_id and service_client_secret (client credentials)"
            )
        credentials = (
            self.client_credentials_url,
            self.service_client_id,
            self.service_client_secret,
        )
        if any(credentials) and not all(credentials):
            problems.append(
                "set all of client_credentials_url, service_client_id and service_client_secret"
            )
        if self.client_credentials_url and not self.client_credentials_url.startswith("https://"):
            problems.append("client_credentials_url must be https")
        if self.rate_limit_storage.startswith(("memory", "async+memory")):
            problems.append(
                "rate_limit_storage is in memory: each replica would allow the whole limit;"
                " use redis:// (shared by every replica)"
            )
        if self.webhooks_allow_private_addresses:
            problems.append("webhooks_allow_private_addresses is for local runs and tests")
        if self.clock_start is not None:
            problems.append("clock_start is for tests and demos; production runs on real time")
        if problems:
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self

    def clock(self) -> Clock:
        """The service's clock: real time, or a running clock from ``clock_start``."""
        if self.clock_start is None:
            return SystemClock()
        return RunningClock(self.clock_start)

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        self.var_dir.mkdir(parents=True, exist_ok=True)
        return f"sqlite+aiosqlite:///{self.var_dir / self.service_name}.db"

    def hs256_secret(self) -> SecretStr | None:
        if "HS256" not in self.jwt_algorithms:
            return None
        return self.jwt_secret or load_or_create_local_secret(self.var_dir)
