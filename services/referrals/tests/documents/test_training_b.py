"""training_b (hand-written for risk assertions, the request not the history, family
time, real gaps and the newer child fields): training figures that must not fall."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def training_b():
    return score_folder(HERE / "training_b")


class TestTrainingB:
    def test_there_are_enough_documents_in_every_format(self, training_b):
        names = [path.suffix for path in (HERE / "training_b").iterdir()]
        assert training_b.documents >= 20
        assert {".txt", ".eml", ".docx", ".pdf"} <= set(names)

    def test_risk_assertions(self, training_b):
        assert training_b.present_f1 >= 0.95
        assert training_b.negation_precision >= 0.98
        assert training_b.risk_state_accuracy >= 0.95

    def test_the_request_not_the_history(self, training_b):
        assert training_b.group_accuracy("setting") >= 0.95
        assert training_b.group_accuracy("urgency") >= 0.95

    def test_family_time_and_no_contact(self, training_b):
        assert training_b.group_accuracy("family_time") >= 0.9

    def test_questions_only_for_real_gaps(self, training_b):
        # b25's family-members table still reads as a second child (class 2, h-read-a)
        assert training_b.missing_precision >= 0.94
        assert training_b.missing_recall >= 0.9

    def test_the_newer_child_fields(self, training_b):
        assert training_b.group_accuracy("new_fields") >= 0.95
