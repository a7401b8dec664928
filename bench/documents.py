"""Benchmark the referral-document reader: training corpus, held-out set and frozen set.

    uv run python bench/documents.py [--failures] [--failures-of SET ...] [--only SET ...]

Prints, side by side for the training corpus (``corpus/``), the held-out set
(``heldout/``), the hand-written layouts (``handwritten/``: training, tuned while
looking at them), the training sets written from public form descriptions
(``training_a/`` to ``training_h/``: training figures once the reader was tuned on
them; ``training_f/`` is the first frozen set, retired when it was tuned on), the
session's unseen check (``training_i/``, merged untuned: its failures are not listed until
it is retired into the training sets) and the
frozen independent evaluation set (``frozen_2/``, written by a helper who had not read
the reader; see ``frozen_2/README.md``): per-group accuracy,
risk-state accuracy, risk present-vs-not F1, negation precision, missing-information
precision and recall, documents per second; then each set's per-field detail, the
frozen set by file format, and the time to read a generated 15-page Word referral.

``--failures`` lists the training sets' failures only. ``--failures-of SET`` lists one named
training set's failures (repeatable); the frozen set's are never listed, so that no one
tunes on it. ``--only SET`` (repeatable) scores just the named folders, for a quick look
while working on one set.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from hearth_kit.logging import configure_logging

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "services/referrals/tests/documents"
sys.path.insert(0, str(TESTS))

from big_docx import fifteen_page_docx  # noqa: E402
from hearth_kit.clock import TEST_NOW  # noqa: E402
from hearth_referrals.documents import read_referral_document  # noqa: E402
from scoring import GROUPS, Score, score_folder  # noqa: E402

TODAY = TEST_NOW.date()


# The frozen evaluation set: never tuned on, its failures never listed.
FROZEN = "frozen_2"
# Written without reading the reader and merged untuned, to check the session's own
# tuning on documents it has not seen: its failures are not listed until it is retired
# into the training sets (next session).
UNSEEN = {"training_y", "training_z"}
# Training sets (tuned on: their failures may be shown) and the sets that are not.
SETS = (
    ("corpus", "corpus"),
    ("held-out", "heldout"),
    ("handwritten", "handwritten"),
    ("training a", "training_a"),
    ("training b", "training_b"),
    ("training c", "training_c"),
    ("training d", "training_d"),
    ("training e", "training_e"),
    ("training f", "training_f"),
    ("training g", "training_g"),
    ("training h", "training_h"),
    ("training i", "training_i"),
    ("training j", "training_j"),
    ("training k", "training_k"),
    ("training l", "training_l"),
    ("training m", "training_m"),
    ("training n", "training_n"),
    ("training o", "training_o"),
    ("training p", "training_p"),
    ("training q", "training_q"),
    ("training r", "training_r"),
    ("training s", "training_s"),
    ("training t", "training_t"),
    ("training u", "training_u"),
    ("training v", "training_v"),
    ("training w", "training_w"),
    ("training x", "training_x"),
    ("training y (unseen)", "training_y"),
    ("training z (unseen)", "training_z"),
    ("frozen", FROZEN),
)
TRAINING = {
    "corpus",
    "handwritten",
    "training a",
    "training b",
    "training c",
    "training d",
    "training e",
    "training f",
    "training g",
    "training h",
    "training i",
    "training j",
    "training k",
}
FORMATS = ("docx", "pdf", "txt", "eml")


def _cell(score: Score, group: str) -> str:
    return f"{score.group_accuracy(group):6.1%}" if score.group_total(group) else "     -"


def side_by_side(scores: dict[str, Score]) -> None:
    titles = list(scores)
    print("\n== side by side ==")
    print(f"  {'':<32}" + "".join(f"{title:>10}" for title in titles))
    print(f"  {'documents':<32}" + "".join(f"{s.documents:>10}" for s in scores.values()))
    for group in GROUPS:
        print(f"  {group:<32}" + "".join(f"{_cell(s, group):>10}" for s in scores.values()))
    rows = (
        ("all scored fields", lambda s: f"{s.overall():6.1%}"),
        ("risk-state accuracy", lambda s: f"{s.risk_state_accuracy:6.1%}"),
        ("risk present-vs-not F1", lambda s: f"{s.present_f1:6.3f}"),
        ("negation precision", lambda s: f"{s.negation_precision:6.1%}"),
        ("missing-information precision", lambda s: f"{s.missing_precision:6.1%}"),
        ("missing-information recall", lambda s: f"{s.missing_recall:6.1%}"),
        ("unclear found", lambda s: f"{s.unclear[0]}/{s.unclear[1]}"),
        ("documents per second", lambda s: f"{s.per_second:6.1f}"),
    )
    for name, value in rows:
        print(f"  {name:<32}" + "".join(f"{value(s):>10}" for s in scores.values()))


def report(title: str, score: Score) -> None:
    print(f"\n== {title}: {score.documents} documents ==")
    for group in GROUPS:
        if not score.group_total(group):
            continue
        names = ", ".join(
            f"{name} {score.accuracy(name):.0%}" for name in GROUPS[group] if score.fields[name][1]
        )
        print(f"  {group:<13} {score.group_accuracy(group):6.1%}   ({names})")
    print(f"  risk-state accuracy            {score.risk_state_accuracy:6.1%}")
    print(f"  risk present-vs-not F1         {score.present_f1:6.3f}")
    print(f"  negation (none known) precision {score.negation_precision:6.1%}")
    print(f"  missing-information precision  {score.missing_precision:6.1%}")
    print(f"  missing-information recall     {score.missing_recall:6.1%}")
    print(f"  unclear items found            {score.unclear[0]}/{score.unclear[1]}")
    print(f"  documents per second           {score.per_second:6.1f}")


def _arguments(argv: list[str] | None = None) -> argparse.Namespace:
    folders = [folder for _title, folder in SETS]
    parser = argparse.ArgumentParser(
        description="Score the referral-document reader on the document sets."
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        choices=folders,
        metavar="SET",
        help="score just this set (repeatable); the frozen set is then left out unless named",
    )
    parser.add_argument(
        "--failures", action="store_true", help="list the tuned training sets' failures"
    )
    parser.add_argument(
        "--failures-of",
        action="append",
        default=[],
        choices=folders,
        metavar="SET",
        help="list this training set's failures (repeatable; never the frozen or unseen sets)",
    )
    arguments = parser.parse_args(argv)
    named = set(arguments.failures_of)
    if FROZEN in named:
        parser.error(f"{FROZEN} is the evaluation set: its failures are never listed")
    if named & UNSEEN:
        parser.error(f"{', '.join(sorted(named & UNSEEN))}: unseen until retired, not listed")
    return arguments


def main() -> None:
    arguments = _arguments()
    configure_logging(level="WARNING")
    logging.disable(logging.CRITICAL)
    show_failures = arguments.failures
    listed = set(arguments.failures_of)
    scores = {}
    only = set(arguments.only)
    for title, folder in SETS:
        if not (TESTS / folder).is_dir() or (only and folder not in only):
            continue
        scores[title] = score = score_folder(TESTS / folder)
        report(title, score)
        if (show_failures and title in TRAINING) or folder in listed:
            print("\n".join("    " + line for line in score.failures))
    if only:
        side_by_side(scores)
        return
    if (TESTS / FROZEN).is_dir():
        print("\n== frozen set by format: all scored fields ==")
        for name in FORMATS:
            part = score_folder(TESTS / FROZEN, suffix=f".{name}")
            print(f"  {name:<5} {part.documents:>3} documents  {part.overall():6.1%}")
    side_by_side(scores)
    data = fifteen_page_docx()
    read_referral_document(data, today=TODAY)
    started = time.perf_counter()
    read_referral_document(data, today=TODAY)
    print(f"\n15-page .docx ({len(data) // 1024} KB): {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
