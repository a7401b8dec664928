"""training_e/ (26 documents about risk statements in six layouts, written on branch h-risks
by a helper who had not read the reader: see training_e/README.md for its sources and truth
conventions).

Not tuned on until h-risks2 (below). Scored on the reader at 2edb33f: 88.8% overall, risk F1 0.882, negation
precision 96.6%, missing-information precision 66.4%, recall 95.0%; after the sixth
session's reader work (which never saw it): 88.8%, risk F1 0.879, negation precision
97.5%, missing precision 76.9%, recall 93.0%. Dates are low because the truth keeps the
age beside a date of birth, which the contract's draft leaves out. The floors hold that
level minus 0.05 so a regression on unseen risk wording fails here too.

TUNED ON since 2026-12-04: the h-gaps helper classified its false questions (issue 12,
class 12) and fixed the classes they showed (a parent's risk labelled "Mother going ...",
a ticked No beside a label naming several risks, details after the last tick box):
risk F1 0.906, missing precision 87.0%, recall 94.0%; the floors follow.
h-risks2 (2026-12-04, its risk errors classified by cause with the retired frozen
set's): risk F1 1.000, negation precision 100%, risk-state accuracy 97.4%, missing
precision 92.2%, recall 94.0%. Merged (h-merge3): the higher floor of the two kept."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent
MARGIN = 0.05


@pytest.fixture(scope="module")
def training_e():
    return score_folder(HERE / "training_e")


class TestTrainingE:
    def test_there_are_enough_documents_in_every_format(self, training_e):
        names = [path.suffix for path in (HERE / "training_e").iterdir()]
        assert training_e.documents >= 24
        assert {".txt", ".eml", ".docx", ".pdf"} <= set(names)

    @pytest.mark.parametrize(
        ("group", "measured"),
        [
            ("identifiers", 1.0),
            ("dates", 0.728),
            ("la", 1.0),
            ("contacts", 1.0),
            ("legal_status", 1.0),
            ("setting", 1.0),
            ("urgency", 1.0),
        ],
    )
    def test_groups_hold_their_floor(self, training_e, group, measured):
        assert training_e.group_accuracy(group) >= measured - MARGIN

    def test_risks(self, training_e):
        assert training_e.present_f1 >= 1.0 - MARGIN
        assert training_e.negation_precision >= 1.0 - MARGIN
        assert training_e.risk_state_accuracy >= 0.974 - MARGIN

    def test_questions_only_for_real_gaps(self, training_e):
        assert training_e.missing_precision >= 0.922 - MARGIN
        assert training_e.missing_recall >= 0.940 - MARGIN
