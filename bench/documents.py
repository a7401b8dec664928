"""Benchmark the referral-document reader on the labelled corpus and the held-out set.

    uv run python bench/documents.py [--failures]

Prints per-field accuracy, risk-state accuracy, risk present-vs-not F1, negation
precision, missing-information precision and recall, documents per second, and the
time to read a generated 15-page Word referral.
"""

from __future__ import annotations

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


def report(title: str, score: Score) -> None:
    print(f"\n== {title}: {score.documents} documents ==")
    for group in GROUPS:
        names = ", ".join(f"{name} {score.accuracy(name):.0%}" for name in GROUPS[group])
        print(f"  {group:<13} {score.group_accuracy(group):6.1%}   ({names})")
    print(f"  risk-state accuracy            {score.risk_state_accuracy:6.1%}")
    print(f"  risk present-vs-not F1         {score.present_f1:6.3f}")
    print(f"  negation (none known) precision {score.negation_precision:6.1%}")
    print(f"  missing-information precision  {score.missing_precision:6.1%}")
    print(f"  missing-information recall     {score.missing_recall:6.1%}")
    print(f"  unclear items found            {score.unclear[0]}/{score.unclear[1]}")
    print(f"  documents per second           {score.per_second:6.1f}")


def main() -> None:
    configure_logging(level="WARNING")
    logging.disable(logging.CRITICAL)
    show_failures = "--failures" in sys.argv
    for title, folder in (
        ("corpus (generated, training)", TESTS / "corpus"),
        ("held-out (generated)", TESTS / "heldout"),
        ("hand-written layouts (training: tuned while looking at them)", TESTS / "handwritten"),
    ):
        score = score_folder(folder)
        report(title, score)
        if show_failures:
            print("\n".join("    " + line for line in score.failures))
    data = fifteen_page_docx()
    read_referral_document(data, today=TODAY)
    started = time.perf_counter()
    read_referral_document(data, today=TODAY)
    print(f"\n15-page .docx ({len(data) // 1024} KB): {time.perf_counter() - started:.3f} s")


if __name__ == "__main__":
    main()
