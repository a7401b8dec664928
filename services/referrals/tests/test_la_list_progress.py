"""Issue 18 item 8: the LA's list carries each agency's screening and open questions, and
filters to what waits on the LA, in a fixed number of queries per page."""

from __future__ import annotations

from contextlib import contextmanager

import sqlalchemy as sa
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send


async def _sent(client, la_headers, seed: int) -> str:
    created = await send(client, la_headers, referral_body(seed, (AGENCY_A, AGENCY_B)))
    assert created.status_code == 201, created.text
    return created.json()["id"]


async def _ask(client, referral_id, agency, count: int) -> dict:
    questions = [{"topic": "risks", "text": f"Question {n}?"} for n in range(count)]
    asked = await client.post(
        f"/v1/referrals/{referral_id}/information-requests",
        json={"questions": questions},
        headers=agency,
    )
    assert asked.status_code == 201, asked.text
    return asked.json()


async def _answer(client, referral_id, request, la_headers, questions) -> None:
    answered = await client.post(
        f"/v1/referrals/{referral_id}/information-requests/{request['id']}/answers",
        json={"answers": [{"question_id": q["id"], "answer": "Answered."} for q in questions]},
        headers=la_headers,
    )
    assert answered.status_code == 200, answered.text


async def _list(client, headers, **params) -> list[dict]:
    response = await client.get("/v1/referrals", params=params, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _progress(row: dict) -> list[tuple]:
    return [
        (a["agency_id"], a["status"], a["open_questions"], a["offers"]) for a in row["agencies"]
    ]


class TestTheLasList:
    async def test_each_row_shows_every_agencys_screening_and_open_questions(
        self, client, la_headers, agency_a, agency_b, agencies
    ):
        asked_of = await _sent(client, la_headers, 81)
        declined = await _sent(client, la_headers, 82)
        request = await _ask(client, asked_of, agency_a, 2)
        response = await client.post(
            f"/v1/referrals/{declined}/decline", json={"reason": "no_vacancy"}, headers=agency_b
        )
        assert response.status_code == 200, response.text

        rows = {row["id"]: row for row in await _list(client, la_headers)}
        assert _progress(rows[asked_of]) == [
            (AGENCY_A, "information_requested", 2, None),
            (AGENCY_B, "new", 0, None),
        ]
        assert _progress(rows[declined]) == [
            (AGENCY_A, "new", 0, None),
            (AGENCY_B, "declined", 0, None),
        ]
        assert rows[asked_of]["agencies"][0]["first_responded_at"] is not None

        await _answer(client, asked_of, request, la_headers, request["questions"][:1])
        rows = {row["id"]: row for row in await _list(client, la_headers)}
        assert _progress(rows[asked_of])[0] == (AGENCY_A, "information_requested", 1, None)

    async def test_waiting_on_la_lists_only_referrals_with_questions_unanswered(
        self, client, la_headers, agency_a, agency_b, agencies
    ):
        asked_of = await _sent(client, la_headers, 83)
        await _sent(client, la_headers, 84)
        request = await _ask(client, asked_of, agency_b, 1)
        assert [r["id"] for r in await _list(client, la_headers, waiting_on="la")] == [asked_of]
        # An agency's filter is its own questions: agency A asked nothing.
        assert await _list(client, agency_a, waiting_on="la") == []
        assert [r["id"] for r in await _list(client, agency_b, waiting_on="la")] == [asked_of]

        await _answer(client, asked_of, request, la_headers, request["questions"])
        assert await _list(client, la_headers, waiting_on="la") == []

    async def test_an_unknown_waiting_on_is_422(self, client, la_headers, agencies):
        response = await client.get("/v1/referrals?waiting_on=agency", headers=la_headers)
        assert response.status_code == 422
        assert response.json()["errors"][0]["pointer"] == "/waiting_on"

    async def test_an_agencys_rows_carry_only_its_own_screening(
        self, client, la_headers, agency_a, agencies
    ):
        await _sent(client, la_headers, 85)
        (row,) = await _list(client, agency_a)
        assert row["agencies"] is None
        assert row["screening"]["agency_id"] == AGENCY_A


@contextmanager
def _counting_selects(app):
    engine = app.state.database.engine.sync_engine
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


class TestNoQueryPerRow:
    async def test_a_page_of_six_costs_the_queries_of_a_page_of_one(
        self, app, client, la_headers, agency_a, agencies
    ):
        for seed in range(90, 96):
            referral_id = await _sent(client, la_headers, seed)
            await _ask(client, referral_id, agency_a, 1)
        with _counting_selects(app) as one:
            assert len(await _list(client, la_headers, limit=1)) == 1
        with _counting_selects(app) as six:
            rows = await _list(client, la_headers, limit=6)
        assert len(rows) == 6
        assert all(_progress(r)[0][2] == 1 for r in rows)
        assert len(six) == len(one)
        assert len(six) <= 3
