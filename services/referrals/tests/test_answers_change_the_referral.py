"""Issue 18 item 5: an LA's answer can carry the value it answers, and that updates the
referral; an answer in words lets the asking officer mark the gap resolved."""

from __future__ import annotations

from hearth_kit.testing import settle_feed
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send

LEGAL_STATUS = "/children/0/legal_status"


async def _referral_without_legal_status(client, la_headers, agency_ids=(AGENCY_A,)) -> str:
    body = referral_body(seed=3, agency_ids=agency_ids)
    body["children"][0].pop("legal_status")
    created = await send(client, la_headers, body)
    assert created.status_code == 201, created.text
    blocking = [
        item["pointer"]
        for item in created.json()["completeness"]
        if item["severity"] == "blocks_matching"
    ]
    assert blocking == [LEGAL_STATUS]
    return f"/v1/referrals/{created.json()['id']}"


async def _ask(client, path, agency, pointer: str | None = LEGAL_STATUS) -> dict:
    question = {"topic": "legal_status", "text": "What is the legal status?"}
    if pointer:
        question["pointer"] = pointer
    asked = await client.post(
        f"{path}/information-requests", json={"questions": [question]}, headers=agency
    )
    assert asked.status_code == 201, asked.text
    return asked.json()


def _answer(client, path, request, la_headers, **answer):
    return client.post(
        f"{path}/information-requests/{request['id']}/answers",
        json={"answers": [{"question_id": request["questions"][0]["id"], **answer}]},
        headers=la_headers,
    )


def _resolve(client, path, request, agency, body=None):
    question_id = request["questions"][0]["id"]
    return client.post(
        f"{path}/information-requests/{request['id']}/questions/{question_id}/resolve",
        json=body or {},
        headers=agency,
    )


class TestAnAnswerWithAValue:
    async def test_updates_the_referral_with_history_event_and_a_new_version(
        self, app, client, la_headers, agency_a, operator_headers, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        answered = await _answer(
            client, path, request, la_headers, answer="Interim care order.", value="C1"
        )
        assert answered.status_code == 200, answered.text
        question = answered.json()["questions"][0]
        assert (question["answer"], question["value"], question["applied_to"]) == (
            "Interim care order.",
            "C1",
            LEGAL_STATUS,
        )
        assert answered.json()["status"] == "answered"

        read = await client.get(path, headers=la_headers)
        referral = read.json()
        assert referral["children"][0]["legal_status"] == "C1"
        assert referral["version"] == 2
        assert read.headers["ETag"] == '"2"'
        assert LEGAL_STATUS not in [item["pointer"] for item in referral["completeness"]]
        listed = (await client.get("/v1/referrals", headers=la_headers)).json()["items"]
        assert listed[0]["blocking_gaps"] == 0

        history = (await client.get(f"{path}/history", headers=la_headers)).json()
        amendments = [
            (h["agency_id"], h["note"], h["actor"])
            for h in history
            if h["reason"] == "amended by an answer"
        ]
        assert amendments == [(None, LEGAL_STATUS, "kent-placements-1")]
        await settle_feed(app.state.database)
        feed = (await client.get("/v1/events", headers=operator_headers)).json()["items"]
        amended = [e for e in feed if e["type"] == "referral.amended"]
        assert [(e["data"]["version"], e["data"]["information_request_id"]) for e in amended] == [
            (2, request["id"])
        ]

        progressed = await client.post(f"{path}/progress", headers=agency_a)
        assert progressed.status_code == 200, progressed.text

    async def test_a_value_the_referral_cannot_take_is_422_and_changes_nothing(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        refused = await _answer(client, path, request, la_headers, value="ZZ")
        assert refused.status_code == 422
        assert refused.headers["content-type"] == "application/problem+json"
        errors = refused.json()["errors"]
        assert [e["pointer"] for e in errors] == ["/answers/0/value"]
        assert errors[0]["detail"].startswith(LEGAL_STATUS)
        assert (await client.get(path, headers=la_headers)).json()["version"] == 1
        listed = (await client.get(f"{path}/information-requests", headers=la_headers)).json()
        assert listed[0]["status"] == "open"

    async def test_a_value_must_go_where_the_question_asks(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        elsewhere = await _answer(
            client, path, request, la_headers, value="2026-12-20", pointer="/placement/start_date"
        )
        assert elsewhere.status_code == 422
        assert [e["pointer"] for e in elsewhere.json()["errors"]] == ["/answers/0/pointer"]

    async def test_an_answer_names_where_the_value_goes_when_the_question_does_not(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a, pointer=None)
        unplaced = await _answer(client, path, request, la_headers, value="C2")
        assert unplaced.status_code == 422
        assert [e["pointer"] for e in unplaced.json()["errors"]] == ["/answers/0/pointer"]
        placed = await _answer(client, path, request, la_headers, value="C2", pointer=LEGAL_STATUS)
        assert placed.status_code == 200, placed.text
        child = (await client.get(path, headers=la_headers)).json()["children"][0]
        assert child["legal_status"] == "C2"

    async def test_fields_an_amendment_cannot_change_are_refused(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a, pointer=None)
        for pointer in ("/agency_ids/0", "/children/5/legal_status", "/nothing"):
            refused = await _answer(client, path, request, la_headers, value="x", pointer=pointer)
            assert refused.status_code == 422, pointer
            assert [e["pointer"] for e in refused.json()["errors"]] == ["/answers/0/pointer"]

    async def test_a_withdrawn_referral_takes_answers_in_words_only(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        withdrawn = await client.post(
            f"{path}/withdraw", json={"reason": "Placed with family"}, headers=la_headers
        )
        assert withdrawn.status_code == 200, withdrawn.text
        refused = await _answer(client, path, request, la_headers, value="C1")
        assert refused.status_code == 409
        assert (await _answer(client, path, request, la_headers, answer="C1")).status_code == 200


class TestAnAnswerInWords:
    async def test_the_officer_resolves_the_gap_and_progress_is_no_longer_refused(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        answered = await _answer(client, path, request, la_headers, answer="Section 20.")
        assert answered.status_code == 200, answered.text
        refused = await client.post(f"{path}/progress", headers=agency_a)
        assert refused.status_code == 409
        assert refused.json()["blocking"] == [LEGAL_STATUS]

        resolved = await _resolve(client, path, request, agency_a, {"note": "Confirmed by phone"})
        assert resolved.status_code == 200, resolved.text
        question = resolved.json()["questions"][0]
        assert (question["resolved_pointer"], question["resolved_by"]) == (
            LEGAL_STATUS,
            "officer-1",
        )
        assert question["resolved_at"] is not None

        progressed = await client.post(f"{path}/progress", headers=agency_a)
        assert progressed.status_code == 200, progressed.text
        assert progressed.json()["screening"][0]["status"] == "progressing"
        history = (await client.get(f"{path}/history", headers=agency_a)).json()
        resolutions = [
            (h["agency_id"], h["actor"], h["note"])
            for h in history
            if h["reason"] == f"gap resolved by an answer: {LEGAL_STATUS}"
        ]
        assert resolutions == [(AGENCY_A, "officer-1", "Confirmed by phone")]

    async def test_an_unanswered_question_cannot_be_resolved(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        response = await _resolve(client, path, request, agency_a)
        assert response.status_code == 409
        assert response.headers["content-type"] == "application/problem+json"

    async def test_one_agencys_resolution_does_not_unblock_another(
        self, client, la_headers, agency_a, agency_b, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers, (AGENCY_A, AGENCY_B))
        request = await _ask(client, path, agency_a)
        await _answer(client, path, request, la_headers, answer="Section 20.")
        assert (await _resolve(client, path, request, agency_b)).status_code == 404
        assert (await _resolve(client, path, request, agency_a)).status_code == 200
        assert (await client.post(f"{path}/progress", headers=agency_b)).status_code == 409
        assert (await client.post(f"{path}/progress", headers=agency_a)).status_code == 200

    async def test_the_la_cannot_resolve_its_own_answer(
        self, client, la_headers, agency_a, agencies
    ):
        path = await _referral_without_legal_status(client, la_headers)
        request = await _ask(client, path, agency_a)
        await _answer(client, path, request, la_headers, answer="Section 20.")
        assert (await _resolve(client, path, request, la_headers)).status_code == 403
