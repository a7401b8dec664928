"""training_g/ (42 documents, 19 layouts, written on branch h-docs2 by a helper who had not
read the reader: see training_g/README.md for its sources and truth conventions).

Scored on the reader before anyone had seen the set (03a6eeb): 78.2% overall, risk F1
0.877, negation precision 98.3%, missing-information precision 17.8%, recall 76.5%.
After the same session's reader work, which did not tune on it (h-gaps, h-risks2; the
merge fixed two rules of h-risks2 that broke names and a suspicion here): 79.4%, F1
0.889, negation 98.8%, missing precision 19.4%. Then tuned on by h-who (contacts, legal
status, setting): 85.7%, F1 0.904, missing precision 20.3%. A training set from now on.
The floors hold that level minus 0.05."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent
MARGIN = 0.05


@pytest.fixture(scope="module")
def training_g():
    return score_folder(HERE / "training_g")


class TestTrainingG:
    @pytest.mark.parametrize(
        ("group", "measured"),
        [
            ("identifiers", 0.946),
            ("dates", 0.633),
            ("la", 1.0),
            ("contacts", 1.0),
            ("legal_status", 1.0),
            ("setting", 1.0),
            ("urgency", 0.905),
            ("family_time", 0.91),
        ],
    )
    def test_groups_hold_their_floor(self, training_g, group, measured):
        assert training_g.group_accuracy(group) >= measured - MARGIN

    def test_all_fields(self, training_g):
        assert training_g.overall() >= 0.857 - MARGIN

    def test_risks(self, training_g):
        assert training_g.present_f1 >= 0.904 - MARGIN
        assert training_g.negation_precision >= 0.989 - MARGIN

    def test_questions_only_for_real_gaps(self, training_g):
        assert training_g.missing_precision >= 0.203 - MARGIN
        assert training_g.missing_recall >= 0.824 - MARGIN
