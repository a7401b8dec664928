"""Amending a referral: JSON Merge Patch (RFC 7396), deep, and a GET-edit-PATCH round trip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hearth_contract.amendments import merge_patch
from referrals_testkit import TODAY, send

MERGE_PATCH = "application/merge-patch+json"


async def _sent(client, la_headers) -> tuple[str, dict, str]:
    created = await send(client, la_headers)
    assert created.status_code == 201, created.text
    return f"/v1/referrals/{created.json()['id']}", created.json(), created.headers["ETag"]


def _patch(client, path, headers, etag, body, media_type=MERGE_PATCH):
    return client.patch(
        path,
        json=body,
        headers={**headers, "If-Match": etag, "Content-Type": media_type},
    )


class TestDeepMergePatch:
    @pytest.mark.parametrize("media_type", [MERGE_PATCH, "application/json"])
    async def test_one_nested_field_changes_only_that_field(
        self, client, la_headers, agencies, media_type
    ):
        path, before, etag = await _sent(client, la_headers)
        start = (TODAY + timedelta(days=5)).isoformat()
        response = await _patch(
            client, path, la_headers, etag, {"placement": {"start_date": start}}, media_type
        )
        assert response.status_code == 200, response.text
        after = response.json()
        assert after["placement"] == {**before["placement"], "start_date": start}
        assert after["children"] == before["children"]
        assert after["version"] == before["version"] + 1
        assert response.headers["ETag"] == f'"{before["version"] + 1}"'

    async def test_null_removes_an_optional_member_at_any_depth(self, client, la_headers, agencies):
        path, before, etag = await _sent(client, la_headers)
        response = await _patch(
            client,
            path,
            la_headers,
            etag,
            {"team_manager": None, "placement": {"preferred_location": None}},
        )
        assert response.status_code == 200, response.text
        after = response.json()
        assert after["team_manager"] is None
        assert after["placement"]["preferred_location"] is None
        assert after["placement"]["setting"] == before["placement"]["setting"]

    async def test_removing_a_required_member_is_422_naming_it(self, client, la_headers, agencies):
        path, _before, etag = await _sent(client, la_headers)
        response = await _patch(client, path, la_headers, etag, {"placement": {"setting": None}})
        assert response.status_code == 422
        assert [e["pointer"] for e in response.json()["errors"]] == ["/placement/setting"]

    async def test_unknown_members_are_refused_by_name(self, client, la_headers, agencies):
        path, _before, etag = await _sent(client, la_headers)
        top = await _patch(client, path, la_headers, etag, {"colour": "blue"})
        assert top.status_code == 422
        assert top.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in top.json()["errors"]] == ["/colour"]
        nested = await _patch(client, path, la_headers, etag, {"placement": {"colour": "blue"}})
        assert nested.status_code == 422
        assert [e["pointer"] for e in nested.json()["errors"]] == ["/placement/colour"]
        agencies_changed = await _patch(client, path, la_headers, etag, {"agency_ids": ["x"]})
        assert agencies_changed.status_code == 422
        assert [e["pointer"] for e in agencies_changed.json()["errors"]] == ["/agency_ids"]

    async def test_a_body_that_is_not_an_object_is_422(self, client, la_headers, agencies):
        path, _before, etag = await _sent(client, la_headers)
        response = await _patch(client, path, la_headers, etag, ["la_reference"])
        assert response.status_code == 422
        assert response.headers["content-type"] == "application/problem+json"

    async def test_if_match_still_guards_a_merge_patch(self, client, la_headers, agencies):
        path, _before, etag = await _sent(client, la_headers)
        first = await _patch(client, path, la_headers, etag, {"la_reference": "LA-NEW-1"})
        assert first.status_code == 200, first.text
        stale = await _patch(client, path, la_headers, etag, {"la_reference": "LA-NEW-2"})
        assert stale.status_code == 412
        missing = await client.patch(
            path, json={"la_reference": "X"}, headers={**la_headers, "Content-Type": MERGE_PATCH}
        )
        assert missing.status_code == 428


class TestGetEditPatchRoundTrip:
    async def test_the_read_body_edited_and_sent_back_whole_amends(
        self, client, la_headers, agencies
    ):
        path, _created, _etag = await _sent(client, la_headers)
        read = await client.get(path, headers=la_headers)
        body = read.json()
        body["children"][0]["interests"] = ["chess"]
        body["placement"]["preferred_location"] = "Near Ashford"
        # Read-only members changed in the echo are ignored, not applied and not refused.
        body["status"] = "withdrawn"
        body["children"][0]["age_today"] = 3
        body["screening"] = []
        response = await _patch(client, path, la_headers, read.headers["ETag"], body)
        assert response.status_code == 200, response.text
        after = response.json()
        assert after["children"][0]["interests"] == ["chess"]
        assert after["children"][0]["age_today"] == read.json()["children"][0]["age_today"]
        assert after["placement"]["preferred_location"] == "Near Ashford"
        assert after["status"] == "open"
        assert after["screening"] == read.json()["screening"]
        assert after["id"] == read.json()["id"]
        assert response.headers["ETag"] != read.headers["ETag"]


# RFC 7396 Appendix A, each example as (target, patch, result).
RFC_7396_EXAMPLES = [
    ({"a": "b"}, {"a": "c"}, {"a": "c"}),
    ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
    ({"a": "b"}, {"a": None}, {}),
    ({"a": "b", "b": "c"}, {"a": None}, {"b": "c"}),
    ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
    ({"a": "c"}, {"a": ["b"]}, {"a": ["b"]}),
    ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
    ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
    (["a", "b"], ["c", "d"], ["c", "d"]),
    ({"a": "b"}, ["c"], ["c"]),
    ({"a": "foo"}, None, None),
    ({"a": "foo"}, "bar", "bar"),
    ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
    ([1, 2], {"a": "b", "c": None}, {"a": "b"}),
    ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
]


@pytest.mark.parametrize(("target", "patch", "result"), RFC_7396_EXAMPLES)
def test_merge_patch_follows_rfc_7396(target, patch, result):
    assert merge_patch(target, patch) == result
