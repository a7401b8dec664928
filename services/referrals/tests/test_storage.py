"""How PostgreSQL stores what every referral writes (issue 14: the server's work a referral).

A referral's document and the Idempotency-Key's stored answer are 3-4 kB each, compressed
as they are written: with lz4, which costs the server about a third of pglz's CPU for
sizes within 10%, wherever the server has it.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from hearth_kit.db import create_engine

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
