"""Helpers for services' test suites: databases on both backends, tokens, clients.

Imported only by tests. Every service's API tests run against SQLite (the embedded
default) and PostgreSQL (production), migrated by Alembic and checked for drift.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa
from hearth_contract.auth import CallerKind, Scope
from pydantic import SecretStr

from hearth_kit import migrations
from hearth_kit.auth import mint_token
from hearth_kit.logging import LogFormat, configure_logging
from hearth_kit.tables import kit_metadata

__all__ = [
    "SCHEMA_VALID_REFUSALS",
    "TEST_SECRET",
    "PostgresDatabase",
    "SqliteTemplate",
    "Tokens",
    "check_allow_matches_schema",
    "database_fixtures",
    "fuzz_every_operation",
    "postgres_server_url",
    "rendered_logs",
    "settings_for_tests",
    "settle_feed",
]

TEST_SECRET = "hearth-test-secret-not-for-production-0123456789abcdef"  # noqa: S105 - tests only
DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def postgres_server_url() -> str:
    """The PostgreSQL server the tests use (``HEARTH_TEST_DATABASE_URL``)."""
    return os.environ.get("HEARTH_TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL)


def _async_url(url: str, database: str) -> str:
    parsed = sa.engine.make_url(url).set(drivername="postgresql+asyncpg", database=database)
    return parsed.render_as_string(hide_password=False)


class PostgresDatabase:
    """A database of its own on the test server, migrated once, emptied between tests."""

    def __init__(self, name: str, script_location: Path, metadata: Sequence[sa.MetaData]) -> None:
        self.name = name
        self.script_location = script_location
        self.metadata = [*metadata, kit_metadata]
        self.url = _async_url(postgres_server_url(), name)

    def _admin(self, *statements: str, database: str | None = None) -> None:
        import asyncio

        import asyncpg

        async def run() -> None:
            server = sa.engine.make_url(postgres_server_url())
            connection = await asyncpg.connect(
                host=server.host or "127.0.0.1",
                port=server.port or 5432,
                user=server.username or "postgres",
                password=server.password,
                database=database or server.database or "postgres",
            )
            try:
                for statement in statements:
                    await connection.execute(statement)
            finally:
                await connection.close()

        asyncio.run(run())

    def drop(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def create_empty(self) -> str:
        """The database, created afresh and not migrated."""
        self._admin(
            f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)', f'CREATE DATABASE "{self.name}"'
        )
        return self.url

    def create(self) -> str:
        self._admin(
            f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)', f'CREATE DATABASE "{self.name}"'
        )
        migrations.upgrade(self.script_location, self.url)
        migrations.check(self.script_location, self.url)
        return self.url

    def empty(self) -> None:
        """Remove every row (outside any event loop: for synchronous fixtures)."""
        self._admin(self.truncate_statement(), database=self.name)

    def truncate_statement(self) -> str:
        tables = [t.name for m in self.metadata for t in m.sorted_tables]
        return "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"


class SqliteTemplate:
    """A migrated SQLite file, copied afresh for each test."""

    def __init__(self, directory: Path, script_location: Path) -> None:
        self.path = directory / "template.db"
        self.script_location = script_location

    def create(self) -> None:
        url = f"sqlite+aiosqlite:///{self.path}"
        migrations.upgrade(self.script_location, url)
        migrations.check(self.script_location, url)

    def copy_to(self, directory: Path) -> str:
        target = directory / "test.db"
        shutil.copyfile(self.path, target)
        return f"sqlite+aiosqlite:///{target}"


@contextmanager
def rendered_logs(log_format: LogFormat = "json") -> Iterator[io.StringIO]:
    """Every log line written while the block runs (Hearth's own events and other
    libraries' records), redacted and rendered as a deployment renders them, into the
    string yielded; the default logging put back afterwards.

    What reaches a deployment's log is what a test of "no child data in the logs" must
    read: pytest's ``caplog`` sees only the standard library's records, and Hearth's own
    events do not pass through them.
    """
    stream = io.StringIO()
    configure_logging(stream=stream, log_format=log_format)
    try:
        yield stream
    finally:
        configure_logging()


def settings_for_tests(settings_class, database_url: str, **overrides):
    # Tests deliver webhooks by calling the worker's run_once, never in the background.
    overrides.setdefault("webhooks_worker_enabled", False)
    return settings_class(
        environment="test",
        database_url=database_url,
        jwt_secret=SecretStr(TEST_SECRET),
        rate_limit="100000/minute",
        **overrides,
    )


class Tokens:
    """Access tokens for each kind of caller, signed with the test key."""

    def __init__(self, secret: str = TEST_SECRET) -> None:
        self.secret = secret

    def mint(
        self,
        kind: CallerKind,
        tenant: str | None,
        scopes: Iterable[Scope | str],
        subject: str = "user-1",
        **kwargs,
    ) -> str:
        return mint_token(
            secret=self.secret,
            kind=kind,
            tenant=tenant,
            scopes=[str(s) for s in scopes],
            subject=subject,
            **kwargs,
        )

    def headers(self, *args, **kwargs) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.mint(*args, **kwargs)}"}


def database_fixtures(service: str, script_location: Path, metadata: Sequence[sa.MetaData]):
    """The fixtures every service's API tests share, for its conftest to bind:

        postgres_database, sqlite_template, backend, database_url = database_fixtures(...)

    ``backend`` runs each test on SQLite and on PostgreSQL; ``database_url`` is a fresh
    migrated SQLite file per test, or the session's PostgreSQL database (emptied by the
    service's app fixture after each test).
    """
    import pytest

    @pytest.fixture(scope="session")
    def postgres_database():
        database = PostgresDatabase(
            f"hearth_test_{service}_{os.getpid()}", script_location, metadata
        )
        database.create()
        yield database
        database.drop()

    @pytest.fixture(scope="session")
    def sqlite_template(tmp_path_factory) -> SqliteTemplate:
        template = SqliteTemplate(tmp_path_factory.mktemp(f"{service}-template"), script_location)
        template.create()
        return template

    @pytest.fixture(params=["sqlite", "postgres"])
    def backend(request) -> str:
        return request.param

    @pytest.fixture
    def database_url(request, backend, tmp_path) -> str:
        if backend == "sqlite":
            return request.getfixturevalue("sqlite_template").copy_to(tmp_path)
        return request.getfixturevalue("postgres_database").url

    return postgres_database, sqlite_template, backend, database_url


async def release_app_database(request, backend: str, app) -> None:
    """After a service's API test: empty the session's PostgreSQL database (a SQLite file
    is the test's own) and close the app's connections."""
    database = app.state.database
    if backend == "postgres":
        statement = request.getfixturevalue("postgres_database").truncate_statement()
        async with database.engine.begin() as connection:
            await connection.execute(sa.text(statement))
    await database.dispose()


async def settle_feed(database, timeout_seconds: float = 120.0) -> None:
    """Wait until every event written so far is past the feed's horizon.

    On PostgreSQL the feed serves only transactions older than every one still
    running on the server (so it never skips a late commit); other work on a shared
    test server can hold that horizon back for a moment: the horizon is the whole
    server's, so a long transaction in another test's database holds it too (hence the
    generous wait on a loaded CI machine).
    """
    import asyncio

    import sqlalchemy as sa

    if not database.is_postgres:
        return
    query = sa.text(
        "SELECT coalesce(max(txid), 0) < pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
        " FROM outbox_events"
    )
    deadline = asyncio.get_running_loop().time() + timeout_seconds
    while asyncio.get_running_loop().time() < deadline:
        async with database.engine.connect() as connection:
            if (await connection.execute(query)).scalar():
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the event feed's horizon did not pass the last event")


# What a schema-valid request may still be answered: schemathesis' defaults (2xx, 3xx,
# 401, 403, 404, 409, 429, 5xx) and the rules a schema cannot express: 412 for an
# If-Match that is well formed but not the current ETag, 415 for an upload whose content
# is not a supported document whatever its declared type, 422 for rules against the clock
# or other records (a date of birth in the future, an id no one gave out, a cursor), and
# 428 for a partner's PUT by external id, which creates without If-Match but replaces
# only with it (whether the record exists is not in the schema).
SCHEMA_VALID_REFUSALS = [
    "2xx",
    "3xx",
    "401",
    "403",
    "404",
    "409",
    "412",
    "415",
    "422",
    "428",
    "429",
    "5xx",
]


async def check_allow_matches_schema(app) -> None:
    """OPTIONS on every documented path answers 405 whose Allow names exactly the methods
    the OpenAPI document serves there (schemathesis' ST205, for every path at once).

    A concrete path may fit several templates (``/v1/referrals/sla`` also fits
    ``/v1/referrals/{referral_id}``): Allow names the methods of all of them.
    """
    import re

    import httpx

    paths = app.openapi()["paths"]
    templates = [
        (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(t)) + "$"), item)
        for t, item in paths.items()
    ]
    transport = httpx.ASGITransport(app=app)
    mismatches = []
    async with httpx.AsyncClient(transport=transport, base_url="http://hearth") as http:
        for template in paths:
            path = re.sub(r"\{[^}]+\}", "some-id", template)
            documented = sorted(
                {
                    method.upper()
                    for regex, item in templates
                    if regex.match(path)
                    for method in item
                    if method != "parameters"
                }
            )
            response = await http.options(path)
            allow = sorted(m.strip() for m in response.headers.get("Allow", "").split(","))
            if response.status_code != 405 or allow != documented:
                mismatches.append(f"{template}: {response.status_code} {allow} != {documented}")
    assert not mismatches, "\n".join(mismatches)


def fuzz_every_operation(
    schema, callers, *, minimum_operations: int, max_examples: int = 10
) -> None:
    """Schemathesis over every operation of ``schema`` for each caller (kind, tenant).

    Every check runs: no 5xx, only documented status codes, content types and headers,
    bodies that match their schemas, a 405 with Allow for undocumented methods, and
    conformance in both directions (schema-invalid requests are refused, schema-valid
    ones are not refused as malformed). Failures of every operation are gathered, so
    one run lists them all.
    """
    all_scopes = [s.value for s in Scope]
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= minimum_operations
    checks = schema.config.checks
    checks.positive_data_acceptance.expected_statuses = SCHEMA_VALID_REFUSALS
    # A schema-breaking request may also be refused as too large before it is read (413).
    checks.negative_data_rejection.expected_statuses = [
        *("400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"),
        "5xx",
    ]
    # A required If-Match left out is 428 Precondition Required (RFC 6585), not 400.
    checks.missing_required_header.expected_statuses = ["400", "401", "403", "428"]
    failures: list[str] = []
    for operation in operations:
        for kind, tenant in callers:
            token = Tokens().mint(kind, tenant, all_scopes)
            try:
                _fuzz_check(operation, {"Authorization": f"Bearer {token}"}, max_examples)()
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as exc:  # schemathesis raises failure groups; gathered
                failures.append(f"{operation.label} as {kind.value}: {_first_lines(exc)}")
    assert not failures, "\n\n".join(failures)


def _first_lines(exc: BaseException) -> str:
    """What failed, with each check's own message (schemathesis nests them in groups)."""
    parts = [str(exc)]
    for sub in getattr(exc, "exceptions", ()):
        parts.append(_first_lines(sub))
    return "\n".join(parts)[:2000]


def _fuzz_check(operation, headers: dict[str, str], max_examples: int):
    from hypothesis import HealthCheck, given, settings, strategies
    from schemathesis import GenerationMode

    # Schema-valid requests, and requests that break the schema (which must be refused).
    cases = strategies.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    # Repeatable in CI (the same cases for the same schema); HEARTH_FUZZ_EXPLORE=1 draws
    # afresh each run, to look further. Random runs can meet a schemathesis false positive:
    # a query array it sends as the string "[1]" to a string parameter, which is accepted.
    @given(case=cases)
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=not os.environ.get("HEARTH_FUZZ_EXPLORE"),
        suppress_health_check=list(HealthCheck),
    )
    def check(case) -> None:
        case.call_and_validate(headers=headers)

    return check
