"""The answer to a sent referral is the referral as a read shows it, rendered as the
contract's model renders it (intake builds it from the document in hand, not through the
view's models: ``hearth_referrals.views.new_referral_json``)."""

from __future__ import annotations

import pytest
from hearth_contract.referrals import ReferralRead
from referrals_testkit import AGENCY_A, AGENCY_B, referral_body, send

pytestmark = pytest.mark.usefixtures("agencies")


def _with_parent(seed: int) -> dict:
    body = referral_body(seed, la_reference=f"ANSWER-PARENT-{seed}")
    body["team_manager"] = None
    body["parent"] = {
        "first_name": "Zoë",
        "last_name": "O'Hara",
        "age_years": 19,
        "needs": 'Needs a "quiet" room;\nsupport with feeds.',
    }
    return body


def _unusual_text(seed: int) -> dict:
    body = referral_body(seed, agency_ids=(AGENCY_A, AGENCY_B), la_reference=f"ANSWER-TEXT-{seed}")
    child = body["children"][0]
    child["first_name"] = "Åsa"
    child["health_needs"] = "Asthma \\ inhaler <daily> & spacer\tat night \u2013 see plan"
    return body


def _siblings(seed: int) -> dict:
    return referral_body(seed, la_reference=f"ANSWER-SIBLINGS-{seed}", siblings=3)


class TestTheAnswerToASentReferral:
    @pytest.mark.parametrize("build", [_with_parent, _unusual_text, _siblings])
    async def test_is_the_models_rendering_of_what_a_read_shows(self, client, la_headers, build):
        sent = await send(client, la_headers, build(61), key=f"answer-{build.__name__}")
        assert sent.status_code == 201, sent.text
        # Byte for byte the contract model's own JSON of the same referral...
        assert (
            sent.content
            == ReferralRead.model_validate_json(sent.content).model_dump_json().encode()
        )
        # ...and the referral a read of it shows.
        read = await client.get(sent.headers["location"], headers=la_headers)
        assert read.status_code == 200
        assert sent.json() == read.json()

    async def test_of_a_re_referral_shows_the_earlier_referral_it_links_to(
        self, client, la_headers
    ):
        body = referral_body(62)
        first = await send(client, la_headers, body, key="answer-first")
        second = await send(client, la_headers, body, key="answer-again")
        assert (first.status_code, second.status_code) == (201, 201)
        linked = second.json()["linked_referrals"]
        assert [link["referral_id"] for link in linked] == [first.json()["id"]]
        assert (
            second.content
            == ReferralRead.model_validate_json(second.content).model_dump_json().encode()
        )
        read = await client.get(second.headers["location"], headers=la_headers)
        assert second.json() == read.json()
