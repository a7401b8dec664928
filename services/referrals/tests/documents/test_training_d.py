"""training_d/ (35 documents in twelve layouts, written on branch h-docs by a helper who
had not read the reader: see training_d/README.md for its sources and truth conventions).

Scored before any change for it (the reader at 2edb33f): 67.4% overall, setting 91.4%,
risk F1 0.463, negation precision 98.1%, missing-information precision 5.9% (11 right
questions, 177 wrong) and recall 68.8%. d01-d15 were seen from 14:06 and d16-d35 from
14:24; d16-d35 scored 72.3% overall and missing precision 11.8% with the general changes
made until then, before the changes for them. After: 85.2% overall, setting 100%, risk F1
0.943, negation precision 100%, missing precision 84.2% (16 right, 3 wrong: two genders
the truth infers from the child's name, one start date written "March 2027 (1st)") and
recall 100%. Dates stay low because the truth keeps the age beside a date of birth,
which the contract's draft leaves out. Merged with branch h-read2 (risk assertions,
identifiers, dates, the LA, made in parallel from 2edb33f): 86.1% overall, identifiers
100%, risk F1 1.000, missing precision 84.2%, recall 100%. These are training figures
now: the floors keep what was gained. h-gaps (issue 12, class 12): missing precision
88.9% (the referral's only pronoun, in a sentence naming the child, gives d28's gender).
h-risks2 (2026-12-04): contacts 80.0% -> 97.1% (the allocated worker named in a duty
email's body), overall 88.3%. Merged (h-merge3): both kept."""

from pathlib import Path

import pytest
from scoring import score_folder

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def training_d():
    return score_folder(HERE / "training_d")


class TestTrainingD:
    def test_there_are_enough_documents_in_every_format(self, training_d):
        names = [path.suffix for path in (HERE / "training_d").iterdir()]
        assert training_d.documents >= 35
        assert {".txt", ".eml", ".docx", ".pdf"} <= set(names)

    @pytest.mark.parametrize(
        ("group", "floor"),
        [
            ("identifiers", 0.95),
            ("dates", 0.7),
            ("la", 0.95),
            ("contacts", 0.97),  # 1.000 measured after issue 12 class 3 (h-who)
            ("legal_status", 0.9),
            ("setting", 0.95),
            ("urgency", 0.95),
        ],
    )
    def test_groups_hold_their_floor(self, training_d, group, floor):
        assert training_d.group_accuracy(group) >= floor, training_d.failures

    def test_risks(self, training_d):
        assert training_d.present_f1 >= 0.9
        assert training_d.negation_precision >= 0.95

    def test_questions_only_for_real_gaps(self, training_d):
        assert training_d.missing_precision >= 0.85, training_d.failures
        assert training_d.missing_recall >= 0.95, training_d.failures
