"""Case table for a typed denial that lists risks by their short names: the list's first
item comes straight after the denial's own words ("nil re SH, ...", "no worries about
fires, ..."), and a short name may be plural ("fires", "animals"). Each short name in
such a list is denied like the full names beside it. Words of this test's own."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_states import statements


def _read(text: str) -> dict[tuple[str, str], str]:
    return {(found.group, found.name): found.state.value for found in statements(text)}


class TestDenialListHeads:
    @pytest.mark.parametrize(
        ("text", "denied"),
        [
            (
                "nil re SH, CCE, missing or fires",
                {"self_harm", "criminal_exploitation", "missing", "fire_setting"},
            ),
            (
                "no worries about fires, CSE and animals",
                {"fire_setting", "sexual_exploitation", "harm_to_animals"},
            ),
            (
                "No concerns regarding SH, drugs or violence.",
                {"self_harm", "drug_alcohol", "physical_harm"},
            ),
        ],
    )
    def test_every_short_name_in_the_list_is_denied(self, text, denied):
        read = _read(text)
        assert {name for (_group, name), state in read.items() if state == "none_known"} == denied

    def test_a_short_name_outside_a_list_of_risks_is_not_read(self):
        # "fires" in a sentence about a fireplace, with no risk named beside it
        assert _read("Nan re-lit the fires in the lounge every evening") == {}
