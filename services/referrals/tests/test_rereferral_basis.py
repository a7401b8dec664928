"""What a re-referral's link says it matched on, through the API on both databases.

The look-up reads the earlier referrals of the same reference, and the children of the
same date of birth (not their referrals' references): a referral matching on both is
linked by its reference, whichever of its rows the database returns first.
"""

from __future__ import annotations

from referrals_testkit import referral_body, send


def _bases(response) -> list[tuple[str, str]]:
    return [
        (link["referral_id"], link["match_basis"]) for link in response.json()["linked_referrals"]
    ]


class TestReReferralBasis:
    async def test_the_same_reference_and_child_links_by_the_reference(
        self, client, la_headers, agencies
    ):
        body = referral_body(71, la_reference="BASIS-BOTH-71")
        first = await send(client, la_headers, body, key="basis-both-a")
        again = await send(client, la_headers, body, key="basis-both-b")
        assert (first.status_code, again.status_code) == (201, 201)
        assert _bases(again) == [(first.json()["id"], "la_reference")]

    async def test_the_same_child_under_another_reference_links_by_name_and_birth(
        self, client, la_headers, agencies
    ):
        first = await send(
            client, la_headers, referral_body(72, la_reference="BASIS-OLD-72"), key="basis-child-a"
        )
        moved = referral_body(72, la_reference="BASIS-NEW-72")
        again = await send(client, la_headers, moved, key="basis-child-b")
        assert (first.status_code, again.status_code) == (201, 201)
        assert _bases(again) == [(first.json()["id"], "name_and_date_of_birth")]

    async def test_the_same_reference_for_another_child_links_by_the_reference(
        self, client, la_headers, agencies
    ):
        first = await send(
            client, la_headers, referral_body(73, la_reference="BASIS-REF-73"), key="basis-ref-a"
        )
        other_child = referral_body(74, la_reference="basis-ref-73")  # case aside, the same
        again = await send(client, la_headers, other_child, key="basis-ref-b")
        assert (first.status_code, again.status_code) == (201, 201)
        assert _bases(again) == [(first.json()["id"], "la_reference")]

    async def test_a_child_of_the_same_birth_date_but_another_name_is_no_link(
        self, client, la_headers, agencies
    ):
        first_body = referral_body(75, la_reference="BASIS-NONE-75")
        other = referral_body(76, la_reference="BASIS-NONE-76")
        other["children"][0]["date_of_birth"] = first_body["children"][0]["date_of_birth"]
        other["children"][0]["first_name"] = "Zebedee"
        other["children"][0]["last_name"] = "Quartermaine"
        first = await send(client, la_headers, first_body, key="basis-none-a")
        again = await send(client, la_headers, other, key="basis-none-b")
        assert (first.status_code, again.status_code) == (201, 201)
        assert _bases(again) == []
