"""training_c/ (written from public descriptions of LA and provider forms before the reader
was changed for them: ART panel, delete-as-appropriate, s25 content controls, provider
forms, a Data Standard form, duty, EDT and forwarded emails; c23-c30 after the first
changes). Before the changes c01-c22 scored 87.7% overall, setting 85.7%, risk F1 0.778,
missing-information precision 82.0%, and c23-c30 75.2% overall; these floors keep what was
gained (training figures now: the reader was tuned on them)."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def training_c():
    return score_folder(HERE / "training_c")


class TestTrainingC:
    def test_there_are_enough_documents_in_every_format(self, training_c):
        names = [path.suffix for path in (HERE / "training_c").iterdir()]
        assert training_c.documents >= 20
        assert {".txt", ".eml", ".docx", ".pdf"} <= set(names)

    @pytest.mark.parametrize(
        ("group", "floor"),
        [
            ("identifiers", 0.95),
            ("dates", 0.95),
            ("la", 0.95),
            ("contacts", 0.95),
            ("legal_status", 0.9),
            ("setting", 0.95),
            ("urgency", 0.95),
        ],
    )
    def test_groups_hold_their_floor(self, training_c, group, floor):
        assert training_c.group_accuracy(group) >= floor, training_c.failures

    def test_risks(self, training_c):
        assert training_c.present_f1 >= 0.9
        assert training_c.negation_precision >= 0.95

    def test_questions_only_for_real_gaps(self, training_c):
        assert training_c.missing_precision >= 0.95
        assert training_c.missing_recall >= 0.95
