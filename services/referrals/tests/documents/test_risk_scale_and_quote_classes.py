"""Case tables for the risk classes training_u's writer showed, each written here in new
words: a risk grid whose columns are the rungs of a graded scale ("Level 3 current ...
Level 0 none", "Tier 2 - past"), read by the rung's word, a worry word alone being the
rung of a suspicion. Every document is written for this test."""

from __future__ import annotations

import pytest
from builders import grid_docx
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.scale_headers import scale_words

TODAY = TEST_NOW.date()
FACTS = [("Child's name", "Maisie Harcourt"), ("Date of birth", "14/06/2012")]


def _states(data: bytes, filename: str) -> dict[str, str]:
    child = read_referral_document(data, filename=filename, today=TODAY).referral["children"][0]
    return {
        name: risk["state"] for group in child["risks"].values() for name, risk in group.items()
    }


class TestGradedScaleColumns:
    @pytest.mark.parametrize(
        ("header", "rows", "wanted"),
        [
            (
                [
                    "Area of risk",
                    "Level 3 current",
                    "Level 2 historic",
                    "Level 1 concern",
                    "Level 0 none",
                    "What we know",
                ],
                [
                    ["Cutting or burning herself", "", "", "X", "", "marks seen on her wrist once"],
                    ["Running away", "X", "", "", "", "gone overnight twice this month"],
                    ["Setting fires", "", "X", "", "", "lit paper in a bin in 2023"],
                    ["Cruelty to animals", "", "", "", "X", ""],
                ],
                {
                    "self_harm": "suspected",
                    "missing": "present",
                    "fire_setting": "historical",
                    "harm_to_animals": "none_known",
                },
            ),
            (
                ["Risk", "Tier 2 - now", "Tier 1 - past", "Tier 0 - no concern", "Notes"],
                [
                    ["Drugs or alcohol", "", "✓", "", "drank heavily in 2024, stopped"],
                    ["Going missing", "", "", "✓", ""],
                    ["Sexual exploitation", "✓", "", "", "older men contacting her online"],
                ],
                {
                    "drug_alcohol": "historical",
                    "missing": "none_known",
                    "sexual_exploitation": "present",
                },
            ),
        ],
    )
    def test_each_rung_reads_as_its_word(self, header, rows, wanted) -> None:
        states = _states(grid_docx(header, rows, FACTS), "scale.docx")
        assert {name: states.get(name, "not_stated") for name in wanted} == wanted

    @pytest.mark.parametrize(
        ("header", "wanted"),
        [
            (
                ["Risk", "Level 2 current", "Level 1 worry", "Level 0 none"],
                ["Risk", "current", "suspected", "none"],
            ),
            (
                ["Risk", "3: active", "2: past", "1: some concern", "0: no concern"],
                ["Risk", "active", "past", "suspected", "none"],
            ),
            # not a scale: one number is a column's own name, not a rung
            (["Risk", "Yes", "No", "Year 7 concern"], ["Risk", "Yes", "No", "Year 7 concern"]),
            (["Risk", "Concern", "None"], ["Risk", "Concern", "None"]),
        ],
    )
    def test_scale_words(self, header, wanted) -> None:
        assert scale_words(header) == wanted
