"""Sending a referral costs two statements on PostgreSQL, and no BEGIN or COMMIT."""

from __future__ import annotations

import asyncpg
import pytest
import sqlalchemy as sa
from hearth_kit.tables import audit_log, idempotency_keys, outbox_events
from referrals_testkit import referral_body, send


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestIntakeRoundTrips:
    async def test_the_referral_its_event_and_its_audit_rows_are_one_statement(
        self, app, client, la_headers, agencies, monkeypatch
    ):
        engine = app.state.database.engine.sync_engine
        statements: list[str] = []

        def note(_conn, _cursor, statement, _params, _context, _executemany):
            statements.append(statement.lstrip())

        # The key's statements and the write run through asyncpg itself (hearth_kit.driver),
        # past SQLAlchemy's events; so would BEGIN and COMMIT. SQLAlchemy's own statements use
        # asyncpg's prepared statements, not these two methods, so none is counted twice.
        for method in ("fetch", "execute"):
            original = getattr(asyncpg.Connection, method)

            def noted(self, query, *args, _original=original, **kwargs):
                statements.append(query.lstrip())
                return _original(self, query, *args, **kwargs)

            monkeypatch.setattr(asyncpg.Connection, method, noted)

        sa.event.listen(engine, "before_cursor_execute", note)
        try:
            response = await send(client, la_headers, referral_body(seed=51), key="trips-51")
        finally:
            sa.event.remove(engine, "before_cursor_execute", note)
            monkeypatch.undo()

        assert response.status_code == 201
        transaction = [s for s in statements if s.startswith(("BEGIN", "COMMIT"))]
        statements = [s for s in statements if s not in transaction]
        # Each statement is PostgreSQL's own transaction: no BEGIN, no COMMIT.
        assert transaction == [], statements
        # The key's stored answer with the agencies' targets and the earlier referrals of
        # the child (one statement, no lock), and the write, the key's row in it.
        assert len(statements) == 2, statements
        look_up = statements[0]
        assert "idempotency_keys" in look_up and "advisory" not in look_up
        assert "agencies" in look_up and "referral_children" in look_up
        write = statements[1]
        assert write.startswith("WITH ")
        for table in ("referrals", "referral_children", "recipients", "status_history"):
            assert f"INSERT INTO {table} " in write
        assert "INSERT INTO outbox_events " in write
        assert "INSERT INTO audit_log " in write
        assert "INSERT INTO idempotency_keys " in write

        referral_id = response.json()["id"]
        async with app.state.database.engine.connect() as connection:
            events = await connection.execute(
                sa.select(outbox_events.c.type).where(outbox_events.c.subject_id == referral_id)
            )
            audited = await connection.execute(
                sa.select(audit_log.c.action, audit_log.c.record_type).where(
                    audit_log.c.action == "create"
                )
            )
            stored = await connection.execute(
                sa.select(
                    idempotency_keys.c.response_status, idempotency_keys.c.response_body
                ).where(idempotency_keys.c.key == "trips-51")
            )
            assert list(events.scalars()) == ["referral.received"]
            assert [tuple(row) for row in stored] == [(201, response.content)]
            assert sorted(tuple(row) for row in audited) == [
                ("create", "referral"),
                ("create", "referral_child"),
            ]


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestReReferralRoundTrips:
    async def test_the_earlier_referrals_reads_are_audited_in_the_write(
        self, app, client, la_headers, agencies, monkeypatch
    ):
        body = referral_body(seed=52)
        first = await send(client, la_headers, body, key="trips-52a")
        statements: list[str] = []
        for method in ("fetch", "execute"):
            original = getattr(asyncpg.Connection, method)

            def noted(self, query, *args, _original=original, **kwargs):
                statements.append(query.lstrip())
                return _original(self, query, *args, **kwargs)

            monkeypatch.setattr(asyncpg.Connection, method, noted)
        engine = app.state.database.engine.sync_engine

        def note(_conn, _cursor, statement, _params, _context, _executemany):
            statements.append(statement.lstrip())

        sa.event.listen(engine, "before_cursor_execute", note)
        try:
            again = await send(client, la_headers, body, key="trips-52b")
        finally:
            sa.event.remove(engine, "before_cursor_execute", note)
            monkeypatch.undo()

        assert (first.status_code, again.status_code) == (201, 201)
        earlier_id = first.json()["id"]
        assert [link["referral_id"] for link in again.json()["linked_referrals"]] == [earlier_id]
        # The earlier referral is read in the session's transaction; its read's audit row
        # goes in the write, not in an INSERT of its own before the COMMIT.
        audit_inserts = [s for s in statements if "INSERT INTO audit_log" in s]
        assert len(audit_inserts) == 1 and audit_inserts[0].startswith("WITH "), statements
        async with app.state.database.engine.connect() as connection:
            rows = await connection.execute(
                sa.select(audit_log.c.action, audit_log.c.record_type, audit_log.c.record_id)
                .where(audit_log.c.request_id.is_not(None))
                .order_by(audit_log.c.id.desc())
                .limit(3)
            )
            written = sorted(tuple(row) for row in rows)
        new_id = again.json()["id"]
        assert ("read", "referral", earlier_id) in written
        assert ("create", "referral", new_id) in written


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestIntakeConnections:
    """A referral's statements share one pooled connection, and give it back: kept idle
    for the next referral's (the pool takes it back for a session that finds none free)."""

    @pytest.fixture
    def pool_use(self, app):
        """Checkouts of the app's pool while the test runs, the connections requests hold
        (checked out and not kept idle) and the most they held at once."""
        database = app.state.database
        engine = database.engine.sync_engine
        use = {"checkouts": 0, "held": 0, "most_held": 0}
        checked_out = {"now": len(database.idle)}

        def held() -> int:
            return checked_out["now"] - len(database.idle)

        def checkout(*_args):
            use["checkouts"] += 1
            checked_out["now"] += 1
            use["most_held"] = max(use["most_held"], held())

        def checkin(*_args):
            checked_out["now"] -= 1

        sa.event.listen(engine, "checkout", checkout)
        sa.event.listen(engine, "checkin", checkin)
        use["held_now"] = held
        yield use
        sa.event.remove(engine, "checkout", checkout)
        sa.event.remove(engine, "checkin", checkin)

    async def test_a_new_referral_borrows_one_connection_for_both_statements(
        self, client, la_headers, agencies, pool_use, app
    ):
        response = await send(client, la_headers, referral_body(seed=61), key="conn-61")
        assert response.status_code == 201
        assert (pool_use["checkouts"], pool_use["held_now"](), pool_use["most_held"]) == (1, 0, 1)
        assert len(app.state.database.idle) == 1  # kept for the next referral

    async def test_the_next_referral_takes_the_idle_connection(
        self, client, la_headers, agencies, pool_use, app
    ):
        for seed in (65, 66, 67):
            response = await send(client, la_headers, referral_body(seed=seed), key=f"conn-{seed}")
            assert response.status_code == 201
        assert pool_use["checkouts"] == 1  # the first referral's, kept idle since
        assert pool_use["held_now"]() == 0 and len(app.state.database.idle) == 1

    async def test_a_replayed_key_borrows_one_and_gives_it_back(
        self, client, la_headers, agencies, pool_use
    ):
        body = referral_body(seed=62)
        first = await send(client, la_headers, body, key="conn-62")
        again = await send(client, la_headers, body, key="conn-62")
        assert (first.status_code, again.status_code) == (201, 201)
        assert again.content == first.content
        assert (pool_use["checkouts"], pool_use["held_now"](), pool_use["most_held"]) == (1, 0, 1)

    async def test_a_refused_referral_gives_it_back(self, client, la_headers, agencies, pool_use):
        body = referral_body(seed=63, agency_ids=("no-such-agency",))
        response = await send(client, la_headers, body, key="conn-63")
        assert response.status_code == 422
        assert pool_use["held_now"]() == 0 and pool_use["most_held"] == 1

    async def test_a_re_referral_read_through_the_session_never_holds_two(
        self, client, la_headers, agencies, pool_use
    ):
        # The second links to the first: the session reads the earlier referral (its own
        # transaction and connection) between the look-up and the write.
        body = referral_body(seed=64)
        first = await send(client, la_headers, body, key="conn-64a")
        again = await send(client, la_headers, body, key="conn-64b")
        assert (first.status_code, again.status_code) == (201, 201)
        linked = [link["referral_id"] for link in again.json()["linked_referrals"]]
        assert linked == [first.json()["id"]]
        assert pool_use["held_now"]() == 0 and pool_use["most_held"] == 1

    async def test_a_connection_the_server_closed_is_not_taken_again(
        self, client, la_headers, agencies, pool_use, app
    ):
        first = await send(client, la_headers, referral_body(seed=68), key="conn-68")
        (kept,) = app.state.database.idle
        await kept.driver_connection.close()
        again = await send(client, la_headers, referral_body(seed=69), key="conn-69")
        assert (first.status_code, again.status_code) == (201, 201)
        assert pool_use["checkouts"] == 2  # a fresh one for the second referral
        idle = app.state.database.idle
        assert len(idle) == 1 and idle[0] is not kept

    async def test_one_kept_past_the_pools_recycling_age_goes_back_to_be_recycled(
        self, client, la_headers, agencies, pool_use, app, monkeypatch
    ):
        first = await send(client, la_headers, referral_body(seed=73), key="conn-73")
        assert len(app.state.database.idle) == 1
        monkeypatch.setattr(app.state.database.engine.sync_engine.pool, "_recycle", 0)
        again = await send(client, la_headers, referral_body(seed=74), key="conn-74")
        assert (first.status_code, again.status_code) == (201, 201)
        assert pool_use["checkouts"] == 2  # the kept one went back; the pool recycled it
        assert pool_use["held_now"]() == 0

    async def test_disposing_the_database_gives_the_idle_ones_back(
        self, client, la_headers, agencies, pool_use, app
    ):
        response = await send(client, la_headers, referral_body(seed=70), key="conn-70")
        assert response.status_code == 201
        app.state.database.idle.release()
        assert len(app.state.database.idle) == 0 and pool_use["held_now"]() == 0


_WRITTEN_WITH_A_REFERRAL = ("referrals", "referral_children", "recipients", "status_history")


async def _rows(app, table: str) -> int:
    async with app.state.database.engine.connect() as connection:
        return await connection.scalar(sa.text(f"SELECT count(*) FROM {table}"))


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestIntakeWriteFailure:
    """The write is one statement: when any of its rows fails, none is written, and the
    connection it ran on is clean for the next referral."""

    async def test_a_failing_row_writes_nothing_and_the_next_referral_is_whole(
        self, app, client, la_headers, agencies
    ):
        tables = (*_WRITTEN_WITH_A_REFERRAL, "outbox_events", "audit_log", "idempotency_keys")
        async with app.state.database.engine.begin() as connection:
            # The history row, the last of the referral's own rows, is refused.
            await connection.execute(
                sa.text(
                    "ALTER TABLE status_history ADD CONSTRAINT no_open_history "
                    "CHECK (to_status <> 'open') NOT VALID"
                )
            )
        try:
            before = {table: await _rows(app, table) for table in tables}
            refused = await send(client, la_headers, referral_body(seed=71), key="fail-71")
            assert refused.status_code == 409
            assert refused.headers["content-type"] == "application/problem+json"
            assert {table: await _rows(app, table) for table in tables} == before
        finally:
            async with app.state.database.engine.begin() as connection:
                await connection.execute(
                    sa.text("ALTER TABLE status_history DROP CONSTRAINT no_open_history")
                )
        kept = list(app.state.database.idle)
        again = await send(client, la_headers, referral_body(seed=71), key="fail-71")
        assert again.status_code == 201 and "Idempotent-Replayed" not in again.headers
        assert kept and list(app.state.database.idle) == kept  # the same connection, again
        after = {table: await _rows(app, table) for table in tables}
        assert all(after[table] > before[table] for table in tables), (before, after)


@pytest.mark.parametrize("backend", ["postgres"], indirect=True)
class TestIntakeRowsAreTheCallersLa:
    async def test_every_row_of_a_new_referral_names_the_callers_la(
        self, app, client, la_headers, agencies
    ):
        first = await send(client, la_headers, referral_body(seed=72), key="la-72a")
        again = await send(client, la_headers, referral_body(seed=72), key="la-72b")
        assert (first.status_code, again.status_code) == (201, 201)
        assert again.json()["linked_referrals"]  # a link row too
        async with app.state.database.engine.connect() as connection:
            codes = {
                table: set(
                    await connection.scalars(sa.text(f"SELECT DISTINCT la_code FROM {table}"))
                )
                for table in (*_WRITTEN_WITH_A_REFERRAL, "referral_links", "outbox_events")
            }
        assert codes == {table: {first.json()["la_code"]} for table in codes}
