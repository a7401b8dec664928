"""The labelled corpus and the held-out set meet the issue's accuracy targets."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent


@pytest.fixture(scope="module", params=["corpus", "heldout"])
def score(request):
    return score_folder(HERE / request.param)


class TestAccuracyTargets:
    def test_the_corpus_is_big_and_varied_enough(self):
        files = list((HERE / "corpus").glob("*.expected.json"))
        assert len(files) >= 30
        styles = {path.name.split("-", 1)[1].split(".")[0] for path in files}
        assert len(styles) >= 6
        extensions = {path.suffix for path in (HERE / "corpus").iterdir()}
        assert {".docx", ".pdf", ".eml", ".txt", ".html"} <= extensions

    @pytest.mark.parametrize("group", ["identifiers", "dates", "la", "contacts"])
    def test_identifiers_dates_authority_and_contacts_at_least_95(self, score, group):
        assert score.group_accuracy(group) >= 0.95

    @pytest.mark.parametrize("group", ["legal_status", "setting", "urgency"])
    def test_legal_status_setting_and_urgency_at_least_90(self, score, group):
        assert score.group_accuracy(group) >= 0.90

    def test_risks_present_or_not_f1_at_least_0_9(self, score):
        assert score.present_f1 >= 0.90

    def test_none_known_is_said_only_when_it_is_so(self, score):
        assert score.negation_precision >= 0.95

    def test_missing_information_precision_at_least_0_9(self, score):
        assert score.missing_precision >= 0.90

    def test_every_contradiction_and_empty_control_is_reported_unclear(self, score):
        found, expected = score.unclear
        assert found >= 0.8 * expected
