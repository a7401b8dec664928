"""The training sets hold what the reader gained on them (issue 12).

Each figure is the set's score when the floors were last set (measured by
``scoring.score_folder``, as ``bench/documents.py`` prints it); a floor is that figure
minus ``MARGIN`` (0.05), so a rule that breaks reading the set fails here. These are training
figures: the reader was tuned on these sets (each set's README says who wrote it, what
it scored unseen and how that moved). The unseen figures are the frozen set's
(``test_frozen_set.py``).

To set the floors again after the reader improves: run ``bench/documents.py`` and copy
the training columns here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from scoring import Score, score_folder

HERE = Path(__file__).parent
MARGIN = 0.05

# Measured on 2026-12-05 (ninth session, after training_i was retired into the training
# sets and h-pdf5, h-text5, h-hset and h-risk6 merged); training_j and training_k added,
# and training_h's urgency lowered (urgency is no longer worked out from the dates), in the
# tenth session.
MEASURED: dict[str, dict[str, float]] = {
    "training_c": {
        "all": 0.970,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.892,
        "risk_states": 1.000,
        "risk_f1": 1.000,
        "negation": 1.000,
        "missing_precision": 0.995,
        "missing_recall": 1.000,
    },
    "training_d": {
        "all": 0.995,
        "identifiers": 1.000,
        "dates": 0.990,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.991,
        "family_time": 0.986,
        "new_fields": 1.000,
        "risk_states": 1.000,
        "risk_f1": 1.000,
        "negation": 1.000,
        "missing_precision": 1.000,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 1.000; question precision here 100.0% -> 100.0%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.812,
    },
    "training_e": {
        "all": 0.989,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.965,
        "risk_states": 1.000,
        "risk_f1": 1.000,
        "negation": 1.000,
        "missing_precision": 1.000,
        "missing_recall": 0.940,
    },
    "training_f": {
        "all": 0.994,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 0.984,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.990,
        "family_time": 0.980,
        "scanned": 1.000,
        "risk_states": 1.000,
        "risk_f1": 1.000,
        "negation": 1.000,
        "missing_precision": 0.995,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.984; question precision here 99.4% -> 99.4%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.859,
    },
    "training_g": {
        "all": 0.994,
        "identifiers": 0.995,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 0.976,
        "other": 0.986,
        "family_time": 1.000,
        "risk_states": 0.998,
        "risk_f1": 0.986,
        "negation": 1.000,
        "missing_precision": 0.944,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 1.000; question precision here 100.0% -> 100.0%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.765,
    },
    "training_h": {
        "all": 0.940,
        "identifiers": 0.970,
        "dates": 0.986,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 0.981,
        "setting": 1.000,
        "urgency": 0.178,  # its writer alone infers urgency from the dates (not read)
        "other": 0.945,
        "family_time": 0.985,
        "new_fields": 0.833,
        "risk_states": 0.981,
        "risk_f1": 1.000,
        "negation": 1.000,
        "missing_precision": 0.683,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.982; question precision here 80.6% -> 79.7%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.810,
    },
    "training_i": {
        "all": 0.987,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 0.980,
        "setting": 1.000,
        "urgency": 0.737,
        "other": 0.993,
        "family_time": 1.000,
        "new_fields": 0.944,
        "risk_states": 0.998,
        "risk_f1": 1.000,
        "negation": 0.998,
        "missing_precision": 0.750,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.955; question precision here 95.5% -> 94.4%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.773,
    },
    # Retired in the tenth session (2026-12-05) and tuned on; figures after the merges.
    "training_j": {
        "all": 0.995,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 0.957,
        "other": 0.997,
        "family_time": 0.990,
        "new_fields": 0.818,
        "risk_states": 0.998,
        "risk_f1": 0.980,
        "negation": 1.000,
        "missing_precision": 0.921,
        # Two undated-length documents whose length the reader reads wrongly are not
        # asked: counted since the scorer judges the duration question by the truth.
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.949; question precision here 97.4% -> 96.9%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.795,
    },
    "training_k": {
        "all": 0.979,
        "identifiers": 1.000,
        "dates": 0.955,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 0.980,
        "setting": 0.978,
        "urgency": 0.875,
        "other": 0.972,
        "family_time": 0.974,
        "new_fields": 1.000,
        "risk_states": 0.962,
        "risk_f1": 0.840,
        "negation": 0.996,
        "missing_precision": 0.778,
        "missing_recall": 0.854,
    },
    # Retired in the eleventh session (2026-12-05) and tuned on; figures after the merges.
    "training_l": {
        "all": 0.941,
        "identifiers": 0.980,
        "dates": 0.933,
        "la": 1.000,
        "contacts": 0.938,
        "legal_status": 0.982,
        "setting": 0.953,
        "urgency": 0.724,
        "other": 0.909,
        "family_time": 0.954,
        "new_fields": 1.000,
        "risk_states": 0.973,
        "risk_f1": 0.932,
        "negation": 1.000,
        "missing_precision": 0.835,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.941; question precision here 83.1% -> 85.3%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.788,
    },
    # This session's unseen check, retired at its end and tuned on; figures after the merges.
    "training_m": {
        "all": 0.968,
        "identifiers": 1.000,
        "dates": 0.971,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.930,
        "family_time": 0.954,
        "new_fields": 0.826,
        "risk_states": 0.995,
        "risk_f1": 0.985,
        "negation": 1.000,
        "missing_precision": 0.857,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.868; question precision here 87.2% -> 90.9%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.789,
    },
    # Last session's unseen check, retired at this session's start (twelfth, 2026-12-05:
    # 67.8% of fields, risk F1 0.607 untouched) and tuned on; figures after the merges.
    "training_n": {
        "all": 0.989,
        "identifiers": 1.000,
        "dates": 0.986,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 0.982,
        "setting": 0.978,
        "urgency": 1.000,
        "other": 0.980,
        "family_time": 1.000,
        "new_fields": 0.875,
        "risk_states": 0.978,
        "risk_f1": 0.909,
        "negation": 0.998,
        "missing_precision": 0.823,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.844; question precision here 82.3% -> 94.4%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.662,
    },
    # The twelfth session's unseen check, retired at the thirteenth session's start (69.0%
    # of fields, risk F1 0.454 untouched) and tuned on; figures after the merges.
    "training_o": {
        "all": 0.975,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 0.984,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 0.953,
        "family_time": 0.904,
        "new_fields": 1.000,
        "risk_states": 0.952,
        "risk_f1": 0.966,
        "negation": 0.998,
        "missing_precision": 0.769,
        # Lowered by the silence check (documents/silence.py, issue 12 class 12): a gap
        # whose topic the document writes about is shown to the officer, not asked;
        # was 0.865; question precision here 76.9% -> 91.7%,
        # on the unseen-era readings of i-p 30.6% -> 48.9% (bench/unseen_questions.py).
        "missing_recall": 0.740,
    },
    # The thirteenth session's unseen check, retired at the fourteenth session's start
    # (77.9% of fields, risk F1 0.514 untouched) and tuned on for its fields (h-pfields).
    "training_p": {
        "all": 1.000,
        "identifiers": 1.000,
        "dates": 1.000,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 1.000,
        "other": 1.000,
        "family_time": 1.000,
        "new_fields": 1.000,
        "risk_states": 1.000,
        "risk_f1": 1.000,
        "negation": 1.000,
        # With the fields read (h-pfields) and before the silence check: 57.9 / 87.6%.
        # The silence check (documents/silence.py) turns a question about a topic the
        # document answers into a line for the officer to check: precision 96.5%.
        "missing_precision": 0.965,
        "missing_recall": 0.781,
    },
    # tuned on in the fifteenth session (h-rfields, h-rrisk, the lead's family-time classes)
    "training_q": {
        "all": 0.959,
        "identifiers": 0.970,
        "dates": 0.955,
        "la": 1.000,
        "contacts": 0.959,
        "legal_status": 0.965,
        "setting": 0.976,
        "urgency": 0.947,
        "other": 0.941,
        "family_time": 0.967,
        "new_fields": 1.000,
        "risk_states": 0.959,
        "risk_f1": 0.945,
        "negation": 0.998,
        "missing_precision": 0.962,
        "missing_recall": 0.600,
    },
    # retired untouched at the fifteenth session's start (79.4% fields, F1 0.710), then tuned on
    # (h-rfields, h-rrisk, the lead's family-time classes)
    "training_r": {
        "all": 0.955,
        "identifiers": 0.980,
        "dates": 0.972,
        "la": 1.000,
        "contacts": 0.984,
        "legal_status": 0.983,
        "setting": 0.978,
        "urgency": 0.794,
        "other": 0.915,
        "family_time": 0.975,
        "new_fields": 0.727,
        "risk_states": 0.865,
        "risk_f1": 0.916,
        "negation": 0.993,
        "missing_precision": 0.634,
        "missing_recall": 0.605,
    },
    # The fifteenth session's unseen check, retired at its end untouched (77.2% of fields,
    # F1 0.408), then tuned on by class in its last hour (grids, CSV headers, workers).
    "training_s": {
        "all": 0.877,
        "identifiers": 0.882,
        "dates": 0.827,
        "la": 0.978,
        "contacts": 0.863,
        "legal_status": 0.932,
        "setting": 0.934,
        "urgency": 0.944,
        "other": 0.823,
        "family_time": 0.926,
        "new_fields": 1.000,
        "risk_states": 0.840,
        "risk_f1": 0.659,
        "negation": 0.976,
        "missing_precision": 0.701,
        "missing_recall": 0.680,
    },
    # The fifteenth session's last unseen check, retired untouched at the sixteenth session's
    # start (72.7% of fields, F1 0.578), then tuned on by class (h-tfields, h-trisk, the lead's
    # children-found classes).
    "training_t": {
        "all": 0.954,
        "identifiers": 0.990,
        "dates": 0.956,
        "la": 0.978,
        "contacts": 0.921,
        "legal_status": 0.965,
        "setting": 0.978,
        "urgency": 0.718,
        "other": 0.960,
        "family_time": 0.945,
        "new_fields": 1.000,
        "risk_states": 0.965,
        "risk_f1": 0.933,
        "negation": 1.000,
        "missing_precision": 0.844,
        "missing_recall": 0.746,
    },
    # The sixteenth session's unseen check, retired untouched at the seventeenth session's
    # start (72.1% of fields, F1 0.660), then tuned on by class (the lead's layout classes:
    # wiki markup, checklist flag columns, action logs, HTML tables in emails, police
    # notices, form-service exports; h-urisk's risk classes).
    "training_u": {
        "all": 0.936,
        "identifiers": 0.948,
        "dates": 0.902,
        "la": 1.000,
        "contacts": 0.944,
        "legal_status": 1.000,
        "setting": 0.961,
        "urgency": 0.948,
        "other": 0.919,
        "family_time": 0.945,
        "new_fields": 0.829,
        "risk_states": 0.997,
        "risk_f1": 0.988,
        "negation": 1.000,
        "missing_precision": 0.944,
        "missing_recall": 0.820,
    },
    # The seventeenth session's unseen check, retired untouched at the eighteenth session's
    # start (87.7% of fields, F1 0.403), then tuned on by class (the lead's layout and field
    # classes; h-vrisk's risk classes): its tuned figures.
    "training_v": {
        "all": 0.946,
        "identifiers": 0.950,
        "dates": 0.925,
        "la": 0.980,
        "contacts": 0.950,
        "legal_status": 0.936,
        "setting": 0.923,
        "urgency": 0.918,
        "other": 0.942,
        "family_time": 0.962,
        "new_fields": 0.971,
        "risk_states": 0.886,
        "risk_f1": 0.864,
        "negation": 0.965,
        "missing_precision": 0.833,
        "missing_recall": 0.781,
    },
    # The eighteenth session's unseen check, retired untouched at the nineteenth session's
    # start (70.9% of fields, F1 0.370) and tuned on by class that session: its figures at
    # the nineteenth session's end.
    "training_w": {
        "all": 0.968,
        "identifiers": 0.983,
        "dates": 0.967,
        "la": 1.000,
        "contacts": 0.971,
        "legal_status": 0.968,
        "setting": 1.000,
        "urgency": 0.923,
        "other": 0.954,
        "family_time": 0.966,
        "new_fields": 0.888,
        "risk_states": 0.968,
        "risk_f1": 0.838,
        "negation": 0.996,
        "missing_precision": 0.816,
        "missing_recall": 0.810,
    },
    # The nineteenth session's unseen check, retired untouched at the twentieth session's
    # start (75.3% of fields, F1 0.478) and tuned on by class: its tuned figures.
    "training_x": {
        "all": 0.973,
        "identifiers": 0.996,
        "dates": 0.970,
        "la": 1.000,
        "contacts": 1.000,
        "legal_status": 1.000,
        "setting": 1.000,
        "urgency": 0.942,
        "other": 0.954,
        "family_time": 0.960,
        "new_fields": 0.857,
        "risk_states": 0.989,
        "risk_f1": 0.938,
        "negation": 1.000,
        "missing_precision": 0.956,
        "missing_recall": 0.789,
    },
}
# Each set has at least this many documents, in every format.
SIZES = {
    "training_c": 20,
    "training_d": 35,
    "training_e": 24,
    "training_f": 60,
    "training_g": 40,
    "training_h": 40,
    "training_i": 40,
    "training_j": 40,
    "training_k": 40,
    "training_l": 40,
    "training_m": 40,
    "training_n": 40,
    "training_o": 40,
    "training_p": 40,
    "training_q": 40,
    "training_r": 40,
    "training_s": 40,
    "training_t": 40,
    "training_u": 50,
    "training_v": 50,
    "training_w": 50,
    "training_x": 50,
}
MEASURES = {
    "all": Score.overall,
    "risk_states": lambda score: score.risk_state_accuracy,
    "risk_f1": lambda score: score.present_f1,
    "negation": lambda score: score.negation_precision,
    "missing_precision": lambda score: score.missing_precision,
    "missing_recall": lambda score: score.missing_recall,
}


@cache
def _score(folder: str) -> Score:
    return score_folder(HERE / folder)


def _measure(score: Score, name: str) -> float:
    measure = MEASURES.get(name)
    return measure(score) if measure else score.group_accuracy(name)


@pytest.mark.parametrize(
    ("folder", "name"),
    [(folder, name) for folder, figures in MEASURED.items() for name in figures],
)
def test_each_measure_holds_its_floor(folder, name):
    score = _score(folder)
    assert _measure(score, name) >= MEASURED[folder][name] - MARGIN, score.failures


@pytest.mark.parametrize("folder", sorted(SIZES))
def test_there_are_enough_documents_in_every_format(folder):
    suffixes = {path.suffix for path in (HERE / folder).iterdir()}
    assert _score(folder).documents >= SIZES[folder]
    assert {".txt", ".eml", ".docx", ".pdf"} <= suffixes
