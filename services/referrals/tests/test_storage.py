"""How PostgreSQL stores what every referral writes (issue 14: the server's work a referral).

A referral's document and the Idempotency-Key's stored answer are 3-4 kB each, compressed
as they are written: with lz4, which costs the server about a third of pglz's CPU for
sizes within 10%, wherever the server has it. Compressed, both stay in their rows
(``toast_tuple_target``): no TOAST rows, TOAST index entries or OIDs on a referral.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from hearth_kit.db import create_engine
from referrals_testkit import referral_body, send

pytestmark = pytest.mark.postgres

_COMPRESSION = sa.text(
    "SELECT CAST(attcompression AS text) FROM pg_attribute"
    " WHERE attrelid = CAST(:table AS regclass) AND attname = :column"
)
_METHODS = sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")


class TestCompression:
    @pytest.mark.parametrize(
        ("table", "column"), [("referrals", "content"), ("idempotency_keys", "response_body")]
    )
    async def test_is_lz4_where_the_server_has_it(self, postgres_database, table, column):
        engine = create_engine(postgres_database.url)
        try:
            async with engine.connect() as connection:
                has_lz4 = "lz4" in (await connection.execute(_METHODS)).scalar()
                found = await connection.execute(_COMPRESSION, {"table": table, "column": column})
                # Without lz4 the column keeps the server's default ('' here).
                assert found.scalar() == ("l" if has_lz4 else "")
        finally:
            await engine.dispose()


_TARGET = sa.text("SELECT reloptions FROM pg_class WHERE oid = CAST(:table AS regclass)")
_TOAST_TABLE = sa.text(
    "SELECT CAST(CAST(reltoastrelid AS regclass) AS text) FROM pg_class"
    " WHERE oid = CAST(:table AS regclass)"
)


async def _toast_rows(connection, table: str) -> int:
    """The rows of ``table``'s TOAST table: its values moved out of their rows."""
    toast = (await connection.execute(_TOAST_TABLE, {"table": table})).scalar()
    # The name comes from the catalogue, not from a request.
    return (await connection.execute(sa.text(f"SELECT count(*) FROM {toast}"))).scalar()


class TestValuesInTheirRows:
    @pytest.mark.parametrize("table", ["referrals", "idempotency_keys"])
    async def test_the_target_is_set(self, postgres_database, table):
        engine = create_engine(postgres_database.url)
        try:
            async with engine.connect() as connection:
                options = (await connection.execute(_TARGET, {"table": table})).scalar()
                assert "toast_tuple_target=3072" in options
        finally:
            await engine.dispose()

    @pytest.mark.parametrize("backend", ["postgres"], indirect=True)
    async def test_a_referral_writes_no_toast_rows_and_reads_back_whole(
        self, app, client, la_headers, agencies
    ):
        body = referral_body(seed=7)
        sent = await send(client, la_headers, body, key="inline-7")
        assert sent.status_code == 201, sent.text
        async with app.state.database.engine.connect() as connection:
            for table in ("referrals", "idempotency_keys"):
                assert await _toast_rows(connection, table) == 0, table
            stored = await connection.execute(
                sa.text(
                    "SELECT pg_column_size(content), octet_length(CAST(content AS text))"
                    " FROM referrals"
                )
            )
            compressed, whole = stored.one()
            # Still compressed in its row: smaller than the document's JSON.
            assert compressed < whole
        read = await client.get(f"/v1/referrals/{sent.json()['id']}", headers=la_headers)
        assert read.status_code == 200
        assert read.json()["children"][0]["first_name"] == body["children"][0]["first_name"]
        replay = await send(client, la_headers, body, key="inline-7")
        assert replay.status_code == 201
        assert replay.content == sent.content
