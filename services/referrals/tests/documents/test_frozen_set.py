"""The frozen, independently written evaluation set: read robustly, and no regressions.

The set in ``frozen_2/`` (68 documents, 16 layouts) was written on 2026-12-04 by a helper
who had not read the reader (see ``frozen_2/README.md``). It replaced the first frozen
set, retired to training as ``training_f/`` when the reader was tuned on it. It is never
tuned against: never read its failures (``bench/documents.py`` does not list them).

This test asserts that every document is read without error in bounded time, prints
the scores, and holds each measure at or above a FLOOR: the level measured after the
session that froze it (below) minus a small margin. The floors catch regressions; they
are not the issue's goals (identifiers, dates and contacts >= 95%, legal status /
setting / urgency >= 90%, risk F1 >= 0.90, negation precision >= 0.95, missing
precision >= 0.90), which the reader does not meet. When the reader improves, raise a
floor to the new level minus the margin; never lower one to let a regression through.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from scoring import GROUPS, Score, score_folder

FROZEN = Path(__file__).parent / "frozen_2"
TODAY = TEST_NOW.date()

MAX_SECONDS_PER_DOCUMENT = 5.0
MAX_SECONDS_IN_ALL = 120.0
MARGIN = 0.05

# First measured on the reader as it was before anyone tuned anything that session
# (03a6eeb): overall 0.758, identifiers 0.781, dates 0.771, LA 0.938, contacts 0.880,
# legal status 0.861, setting 0.812, urgency 0.937, risk F1 0.822, negation 0.969,
# missing precision 0.453, recall 0.881. The floors below are the level after that
# session's reader work (h-gaps, h-risks2, h-who, merged; the helpers who did it never saw
# this set): overall 0.780, risk F1 0.909, negation 0.985, missing precision 0.496.
MEASURED_GROUPS = {
    "identifiers": 0.809,
    "dates": 0.793,
    "la": 1.000,
    "contacts": 0.906,
    "legal_status": 0.877,
    "setting": 0.891,
    "urgency": 1.000,
    "other": 0.655,
    "family_time": 0.601,
    "scanned": 1.000,
}
MEASURED = {
    "overall": 0.780,
    "present_f1": 0.909,
    "negation_precision": 0.985,
    # The silence check (documents/silence.py, fourteenth session, issue 12 class 12) asks
    # the LA only about topics the document never writes about with an answer; the rest go
    # to the officer as unclear. A trade, not a reading regression: on this set question
    # precision 81.0% -> 91.7% (raised here) and recall 86.7% -> 76.9% (lowered here).
    "missing_precision": 0.917,
    "missing_recall": 0.769,
}


def _floor(measured: float) -> float:
    return max(0.0, round(measured - MARGIN, 3))


@pytest.fixture(scope="module")
def score() -> Score:
    result = score_folder(FROZEN)
    lines = [f"frozen set: {result.documents} documents, {result.per_second:.1f}/s"]
    lines += [f"  {group:<13} {result.group_accuracy(group):6.1%}" for group in GROUPS]
    lines += [
        f"  all fields    {result.overall():6.1%}",
        f"  risk F1       {result.present_f1:6.3f}",
        f"  negation prec {result.negation_precision:6.1%}",
        f"  missing prec  {result.missing_precision:6.1%}",
        f"  missing rec   {result.missing_recall:6.1%}",
    ]
    print("\n" + "\n".join(lines))
    return result


class TestTheSet:
    def test_is_big_varied_and_complete(self):
        answers = sorted(FROZEN.glob("*.expected.json"))
        assert len(answers) >= 60
        styles = {json.loads(path.read_text())["style"] for path in answers}
        assert len(styles) >= 10
        files = {json.loads(path.read_text())["file"] for path in answers}
        assert all((FROZEN / name).is_file() for name in files)
        assert {name.rsplit(".", 1)[1] for name in files} >= {"docx", "pdf", "txt", "eml"}
        documents = {
            path.name
            for path in FROZEN.iterdir()
            if path.suffix in {".docx", ".pdf", ".txt", ".eml"}
        }
        assert documents == files, "every document has exactly one answer file"
        assert "FROZEN" in (FROZEN / "README.md").read_text()


class TestRobustness:
    @pytest.mark.parametrize(
        "answer",
        sorted(FROZEN.glob("*.expected.json")),
        ids=lambda path: path.name.removesuffix(".expected.json"),
    )
    def test_every_document_is_read_without_error_in_bounded_time(self, answer):
        expected = json.loads(answer.read_text())
        data = (FROZEN / expected["file"]).read_bytes()
        started = time.perf_counter()
        draft = read_referral_document(data, today=TODAY)
        assert time.perf_counter() - started < MAX_SECONDS_PER_DOCUMENT
        assert draft.document.size_bytes == len(data)

    def test_the_whole_set_is_scored_in_bounded_time(self, score):
        assert score.documents >= 60
        assert score.seconds < MAX_SECONDS_IN_ALL


class TestNoRegression:
    @pytest.mark.parametrize("group", sorted(MEASURED_GROUPS))
    def test_group_accuracy_holds_its_floor(self, score, group):
        assert score.group_accuracy(group) >= _floor(MEASURED_GROUPS[group])

    def test_all_fields_hold_their_floor(self, score):
        assert score.overall() >= _floor(MEASURED["overall"])

    def test_risk_present_f1_holds_its_floor(self, score):
        assert score.present_f1 >= _floor(MEASURED["present_f1"])

    def test_negation_precision_holds_its_floor(self, score):
        assert score.negation_precision >= _floor(MEASURED["negation_precision"])

    def test_missing_information_holds_its_floors(self, score):
        assert score.missing_precision >= _floor(MEASURED["missing_precision"])
        assert score.missing_recall >= _floor(MEASURED["missing_recall"])
