"""The kit's promises, on a minimal service: problems for every failure, ids, limits, metrics."""

from __future__ import annotations

import io
import json
import logging
import os
import uuid

import httpx
import pytest
import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from hearth_contract.auth import CallerKind, Scope
from hearth_kit.app import create_service_app, get_session
from hearth_kit.auth import Principal, require
from hearth_kit.logging import configure_logging
from hearth_kit.routing import HearthRoute
from hearth_kit.settings import ServiceSettings
from hearth_kit.tables import kit_metadata
from hearth_kit.testing import TEST_SECRET, Tokens
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

CANARY = "Zebedee Quillfeather"
reader = require(Scope.REFERRALS_READ, [CallerKind.LA])


def _router() -> APIRouter:
    router = APIRouter(route_class=HearthRoute)

    @router.get("/v1/two-methods")
    async def read_two(_p: Principal = Depends(reader)) -> dict:
        return {}

    @router.post("/v1/two-methods")
    async def write_two(_p: Principal = Depends(reader)) -> dict:
        return {}

    @router.get("/v1/crash")
    async def crash(_p: Principal = Depends(reader)) -> dict:
        raise RuntimeError(f"child {CANARY} born 2014-03-01 at 1 Acacia Avenue")

    @router.get("/v1/count")
    async def count(session: AsyncSession = Depends(get_session), _p: Principal = Depends(reader)):
        return {"events": await session.scalar(sa.text("SELECT count(*) FROM outbox_events"))}

    @router.post("/v1/remote-change/{outcome}")
    async def remote_change(
        outcome: str,
        request: Request,
        session: AsyncSession = Depends(get_session),
        _p: Principal = Depends(reader),
    ) -> dict:
        """Records a change made elsewhere, whose undo is registered with the unit of work."""
        undone: list[str] = request.app.state.undone

        async def undo() -> None:
            undone.append(outcome)

        await session.execute(sa.text("SELECT 1"))
        request.state.uow.undo_unless_committed(undo)
        if outcome == "handler-fails":
            raise RuntimeError("after the remote change")
        return {"outcome": outcome}

    @router.post("/v1/lost-race/{kind}")
    async def lost_race(
        kind: str, session: AsyncSession = Depends(get_session), _p: Principal = Depends(reader)
    ) -> dict:
        """Writes, then loses a race: the write must not survive."""
        await session.execute(sa.text("DELETE FROM consumer_cursors"))
        await session.execute(
            sa.text("INSERT INTO consumer_cursors VALUES ('half-written', NULL, '2026-12-03')")
        )
        if kind == "stale":
            raise StaleDataError("UPDATE statement on table 'x' expected to update 1 row(s)")
        raise sa.exc.IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))

    @router.post("/v1/echo")
    async def echo(body: dict[str, int], _p: Principal = Depends(reader)) -> dict[str, int]:
        return body

    return router


def _app(tmp_path, database_url: str | None = None, **settings):
    url = database_url or f"sqlite+aiosqlite:///{tmp_path / 'kit.db'}"
    settings = {"environment": "test", **settings}
    config = ServiceSettings(database_url=url, jwt_secret=SecretStr(TEST_SECRET), **settings)
    return create_service_app(
        settings=config, title="kit test", description="", routers=[_router()]
    )


@pytest.fixture
async def app(tmp_path):
    application = _app(tmp_path)
    async with application.state.database.engine.begin() as connection:
        await connection.run_sync(kit_metadata.create_all)
    application.state.undone = []
    yield application
    await application.state.database.dispose()


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
        yield http


@pytest.fixture
def headers() -> dict[str, str]:
    return Tokens().headers(CallerKind.LA, "E10000016", [Scope.REFERRALS_READ])


def _is_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    return body


class TestProblems:
    async def test_unknown_route_is_404(self, client):
        _is_problem(await client.get("/v1/nowhere"), 404)

    async def test_wrong_method_is_405_with_allow(self, client, headers):
        response = await client.delete("/v1/count", headers=headers)
        _is_problem(response, 405)
        assert response.headers["Allow"] == "GET"

    async def test_a_405_names_every_method_the_path_serves(self, client, headers):
        for method in ("DELETE", "OPTIONS", "PUT"):
            response = await client.request(method, "/v1/two-methods", headers=headers)
            _is_problem(response, 405)
            assert response.headers["Allow"] == "GET, POST"

    async def test_an_unknown_query_parameter_is_422_naming_it(self, client, headers):
        response = await client.get("/v1/count?recieved_from=2026-12-03", headers=headers)
        body = _is_problem(response, 422)
        assert [e["pointer"] for e in body["errors"]] == ["/recieved_from"]

    async def test_crash_is_500_with_an_error_id_and_no_internals(self, client, headers):
        body = _is_problem(await client.get("/v1/crash", headers=headers), 500)
        assert len(body["error_id"]) == 32
        assert CANARY not in json.dumps(body) and "RuntimeError" not in json.dumps(body)

    async def test_database_down_is_503_with_retry_after(self, tmp_path, headers):
        app = _app(tmp_path, "postgresql+asyncpg://postgres@127.0.0.1:1/nothing")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
            response = await http.get("/v1/count", headers=headers)
            body = _is_problem(response, 503)
            assert body["type"].endswith("/dependency-unavailable")
            assert response.headers["Retry-After"] == "5"
            _is_problem(await http.get("/readyz"), 503)
            assert (await http.get("/livez")).status_code == 200

    async def test_rate_limit_is_429_with_retry_after(self, tmp_path, headers):
        app = _app(tmp_path, rate_limit="2/minute")
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
            for _ in range(2):
                assert (
                    await http.post("/v1/echo", json={"a": 1}, headers=headers)
                ).status_code == 200
            response = await http.post("/v1/echo", json={"a": 1}, headers=headers)
            _is_problem(response, 429)
            assert 1 <= int(response.headers["Retry-After"]) <= 60

    async def test_tenants_behind_one_client_have_their_own_rate_limits(self, tmp_path):
        app = _app(tmp_path, rate_limit="2/minute")
        kent, medway = (
            Tokens().headers(CallerKind.LA, la, [Scope.REFERRALS_READ], client_id="portal")
            for la in ("E10000016", "E06000035")
        )
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
            for _ in range(2):
                assert (await http.post("/v1/echo", json={"a": 1}, headers=kent)).status_code == 200
            _is_problem(await http.post("/v1/echo", json={"a": 1}, headers=kent), 429)
            response = await http.post("/v1/echo", json={"a": 1}, headers=medway)
            assert response.status_code == 200, response.text

    async def test_replicas_sharing_redis_share_one_allowance(self, tmp_path):
        """Two processes (two apps) counting in Redis: the limit holds across them."""
        redis = os.environ.get("HEARTH_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
        replicas = [
            _app(tmp_path, rate_limit="2/minute", rate_limit_storage=redis) for i in range(2)
        ]
        headers = Tokens().headers(
            CallerKind.LA, "E10000016", [Scope.REFERRALS_READ], client_id=uuid.uuid4().hex
        )
        answers = []
        for i in range(3):  # alternately to each replica
            transport = httpx.ASGITransport(app=replicas[i % 2])
            async with httpx.AsyncClient(transport=transport, base_url="http://kit") as http:
                response = await http.post("/v1/echo", json={"a": 1}, headers=headers)
                answers.append(response.status_code)
        assert answers == [200, 200, 429]

    async def test_validation_error_names_each_field_without_echoing_input(self, client, headers):
        response = await client.post("/v1/echo", json={"a": CANARY}, headers=headers)
        body = _is_problem(response, 422)
        assert body["errors"][0]["pointer"] == "/a"
        assert CANARY not in response.text

    async def test_every_operation_documents_problems(self, client):
        spec = (await client.get("/openapi.json")).json()
        assert "ProblemDetails" in spec["components"]["schemas"]


class TestLostRaces:
    """A request that loses a race to another is refused whole: a problem, never a 500."""

    @pytest.mark.parametrize(
        ("kind", "if_match", "status", "slug"),
        [
            ("stale", True, 412, "precondition-failed"),
            ("stale", False, 409, "concurrent-change"),
            ("unique", False, 409, "concurrent-change"),
        ],
    )
    async def test_is_a_problem_and_writes_nothing(
        self, app, client, headers, kind, if_match, status, slug
    ):
        sent = {**headers, **({"If-Match": '"1"'} if if_match else {})}
        response = await client.post(f"/v1/lost-race/{kind}", headers=sent)
        body = _is_problem(response, status)
        assert body["type"].endswith(f"/{slug}")
        assert body["instance"] == f"/v1/lost-race/{kind}"
        async with app.state.database.engine.connect() as connection:
            rows = await connection.scalar(sa.text("SELECT count(*) FROM consumer_cursors"))
        assert rows == 0


class TestUndoUnlessCommitted:
    async def test_a_committed_request_undoes_nothing(self, app, client, headers):
        response = await client.post("/v1/remote-change/ok", headers=headers)
        assert response.status_code == 200, response.text
        assert app.state.undone == []

    async def test_a_failing_handler_undoes_the_remote_change(self, app, client, headers):
        _is_problem(await client.post("/v1/remote-change/handler-fails", headers=headers), 500)
        assert app.state.undone == ["handler-fails"]

    async def test_a_failing_commit_undoes_the_remote_change(
        self, app, client, headers, monkeypatch
    ):
        import hearth_kit.db

        async def broken_audit(session) -> None:
            raise sa.exc.OperationalError("INSERT", {}, ConnectionError("database went away"))

        monkeypatch.setattr(hearth_kit.db, "write_audit", broken_audit)
        response = await client.post("/v1/remote-change/commit-fails", headers=headers)
        assert response.status_code >= 500, response.text
        assert app.state.undone == ["commit-fails"]


class TestRequestIds:
    async def test_caller_request_id_is_echoed(self, client, headers):
        response = await client.get(
            "/v1/count", headers={**headers, "X-Request-ID": "req-12345678"}
        )
        assert response.headers["X-Request-ID"] == "req-12345678"

    async def test_unsafe_request_id_is_replaced(self, client, headers):
        response = await client.get("/v1/count", headers={**headers, "X-Request-ID": "a b\tc"})
        assert response.headers["X-Request-ID"] != "a b\tc"
        assert len(response.headers["X-Request-ID"]) == 32

    async def test_problem_carries_the_request_id(self, client):
        response = await client.get("/v1/nowhere", headers={"X-Request-ID": "trace-abcdef12"})
        assert response.json()["request_id"] == "trace-abcdef12"


class TestMetrics:
    async def test_metrics_need_a_service_token(self, client, headers):
        _is_problem(await client.get("/metrics"), 401)
        _is_problem(await client.get("/metrics", headers=headers), 403)

    async def test_metrics_count_requests_by_route_template(self, client, headers):
        await client.get("/v1/count", headers=headers)
        service = Tokens().headers(CallerKind.SERVICE, None, [Scope.METRICS_READ])
        text = (await client.get("/metrics", headers=service)).text
        assert (
            'hearth_http_requests_total{method="GET",route="/v1/count",service="hearth",status="200"} 1.0'
            in text
        )


class TestLogs:
    @pytest.mark.parametrize("log_format", ["json", "console"])
    async def test_child_data_never_reaches_a_log_line(self, client, headers, log_format):
        stream = io.StringIO()
        configure_logging(stream=stream, log_format=log_format)
        try:
            await client.get("/v1/crash", headers=headers)
            await client.post("/v1/echo", json={"name": CANARY}, headers=headers)
            logging.getLogger("some.library").warning("user %s born %s", CANARY, "2014-03-01")
        finally:
            configure_logging()
        output = stream.getvalue()
        assert "request.crashed" in output and "exc_frames" in output
        assert CANARY not in output and "2014-03-01" not in output and "Acacia" not in output
        if log_format == "json":
            for line in output.splitlines():
                json.loads(line)


class TestApiDocs:
    async def test_the_page_loads_swagger_ui_from_this_service_only(self, client):
        response = await client.get("/docs")
        assert response.status_code == 200
        assert "<title>kit test - API docs</title>" in response.text
        assert '<script src="/docs/static/swagger-ui-bundle.js">' in response.text
        assert "http://" not in response.text and "https://" not in response.text

    @pytest.mark.parametrize(
        ("asset", "content_type"),
        [
            ("swagger-ui-bundle.js", "text/javascript"),
            ("swagger-ui.css", "text/css"),
            ("favicon-32x32.png", "image/png"),
        ],
    )
    async def test_assets_are_served_without_a_token(self, client, asset, content_type):
        response = await client.get(f"/docs/static/{asset}")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(content_type)

    async def test_only_the_page_is_logged_not_its_assets(self, client):
        stream = io.StringIO()
        configure_logging(stream=stream, log_format="json")
        try:
            for path in ("/docs", "/docs/static/swagger-ui.css", "/openapi.json"):
                assert (await client.get(path)).status_code == 200
            assert (await client.get("/docs/static/nothing.js")).status_code == 404
        finally:
            configure_logging()
        logged = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert [(e["event"], e["route"], e["status"]) for e in logged] == [
            ("http.request", "/docs", 200),
            ("http.request", "unmatched", 404),
        ]

    async def test_neither_page_nor_assets_are_operations_in_the_schema(self, client):
        paths = (await client.get("/openapi.json")).json()["paths"]
        assert [path for path in paths if path.startswith("/docs")] == []

    @pytest.mark.parametrize(("environment", "persists"), [("local", "true"), ("test", "false")])
    async def test_the_token_persists_across_reloads_only_in_local_runs(
        self, tmp_path, environment, persists
    ):
        app = _app(tmp_path, environment=environment)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://kit"
        ) as http:
            page = (await http.get("/docs")).text
        await app.state.database.dispose()
        assert f'"persistAuthorization": {persists},' in page


class TestProductionSettings:
    @pytest.mark.parametrize(
        "overrides",
        [
            {},
            {"database_url": "sqlite+aiosqlite:///x.db"},
            {"jwt_algorithms": ("HS256",)},
            {"jwt_issuer": "hearth-local"},
            {"rate_limit_storage": "memory://"},
        ],
    )
    def test_production_refuses_defaults(self, overrides):
        settings = {
            "environment": "production",
            "database_url": "postgresql+asyncpg://h/db",
            "jwt_algorithms": ("RS256",),
            "jwt_public_key_file": "/keys/pub.pem",
            "jwt_issuer": "https://idp.example",
            "rate_limit_storage": "redis://redis:6379/0",
        }
        settings.update(overrides)
        if overrides:
            with pytest.raises(ValueError, match="refusing to start in production"):
                ServiceSettings(**settings)
        else:
            assert ServiceSettings(**settings).environment == "production"
