"""Questions asked of the LA, with and without the silence check, on readings made unseen.

    uv run python bench/unseen_questions.py [--keep DIR] [--cache FILE] [--training]

A question asks the LA for something missing; on a writer the reader has not seen, most
of today's ask for things the document says in words the reader could not read. The
silence check (``hearth_referrals.documents.silence``, as it is now) keeps a question
only where the document never touches its topic. It is a function of the document's
text and the draft's questions, so it can be applied after the fact: each retired set is
read here by the reader of the commit at which the set was still unseen (the same
commits as ``bench/unseen_era.py``, and training_p at the commit that retired it
untouched), without the check, and the questions scored against the set's truth before
and after the check, as ``bench/documents.py`` scores them.

``--training`` reads every training set with the branch point's reader too (its
training figures, for the comparison; ``bench/documents.py`` gives the same as the
reader now applies the check). ``--cache`` keeps the readings (JSON lines) so that a
second run only scores them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "services/referrals/tests/documents"
sys.path.insert(0, str(DOCUMENTS))
sys.path.insert(0, str(Path(__file__).parent))

from hearth_contract.referrals import CompletenessItem  # noqa: E402
from hearth_referrals.documents.blocks import Block, BlockKind  # noqa: E402
from hearth_referrals.documents.silence import screen_questions  # noqa: E402
from scoring import MISSING_TOPICS, absent_required  # noqa: E402
from unseen_era import UNSEEN_ERA, _sources  # noqa: E402

UNSEEN = UNSEEN_ERA
# The reader at this branch's start, for the training figures (no check applied).
BRANCH_POINT = "2d6a54b"
TRAINING = (
    "corpus",
    "heldout",
    "handwritten",
    *(f"training_{letter}" for letter in "abcdefghijklmnop"),
)

# Run in a child process with the old sources first on the path: one JSON row per
# document, the questions as that reader asked them and the text of its blocks.
_COLLECT = """
import json, logging, sys
from pathlib import Path
logging.disable(logging.CRITICAL)
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import describe_document
from hearth_referrals.documents.draft import build_draft
from hearth_referrals.documents.extract import extract
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks
folder = Path(sys.argv[1])
for answer in sorted(folder.glob("*.expected.json")):
    expected = json.loads(answer.read_text())
    data = (folder / expected["file"]).read_bytes()
    limits, warnings = DocumentLimits(), []
    _kind, blocks = read_blocks(data, limits, Deadline(limits.max_seconds), warnings=warnings)
    readable = any(block.text.strip() for block in blocks)
    builder = extract(blocks, TEST_NOW.date())
    draft = build_draft(builder, describe_document(data, limits=limits), warnings, readable=readable)
    print(json.dumps({
        "file": answer.name,
        "missing": [item.model_dump(mode="json") for item in draft.missing],
        "texts": [block.text for block in blocks],
    }))
"""


def _read(folder: str, pythonpath: str) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-c", _COLLECT, str(DOCUMENTS / folder)],
        env={**os.environ, "PYTHONPATH": pythonpath},
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _readings(jobs: list[tuple[str, str]], base: Path, cache: Path | None) -> dict[str, list]:
    readings: dict[str, list] = {}
    if cache and cache.exists():
        readings = json.loads(cache.read_text())
    for folder, revision in jobs:
        key = f"{folder}@{revision}"
        if key not in readings:
            print(f"  reading {key} ...", file=sys.stderr)
            target = base / revision
            pythonpath = _sources(revision, target)
            readings[key] = _read(folder, pythonpath)
            if cache:
                cache.write_text(json.dumps(readings))
    return readings


def _counts(folder: str, rows: list[dict]) -> tuple[Counter, Counter]:
    before: Counter = Counter()
    after: Counter = Counter()
    for row in rows:
        expected = json.loads((DOCUMENTS / folder / row["file"]).read_text())
        wanted = set(expected["missing"]) | absent_required(expected)
        items = [CompletenessItem(**item) for item in row["missing"]]
        blocks = [Block(kind=BlockKind.PARAGRAPH, text=text) for text in row["texts"]]
        kept, _confirm = screen_questions(items, blocks)
        for counts, asked in ((before, items), (after, kept)):
            predicted = {item.pointer for item in asked if MISSING_TOPICS.match(item.pointer)}
            counts["tp"] += len(predicted & wanted)
            counts["fp"] += len(predicted - wanted)
            counts["fn"] += len(wanted - predicted)
    return before, after


def _figures(counts: Counter) -> str:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{precision:6.1%} {recall:6.1%} ({tp:>4} right, {fp:>4} wrong, {fn:>4} not asked)"


def _table(title: str, readings: dict[str, list], jobs: list[tuple[str, str]]) -> None:
    print(f"== {title}: question precision, recall before -> after the silence check ==")
    total_before: Counter = Counter()
    total_after: Counter = Counter()
    for folder, revision in jobs:
        before, after = _counts(folder, readings[f"{folder}@{revision}"])
        total_before += before
        total_after += after
        print(f"  {folder + ' @ ' + revision:<24} {_figures(before)}  ->  {_figures(after)}")
    print(f"  {'all':<24} {_figures(total_before)}  ->  {_figures(total_after)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the old sources here (default: a temp dir)")
    parser.add_argument("--cache", type=Path, help="keep the readings here (JSON)")
    parser.add_argument("--training", action="store_true", help="the training sets too")
    args = parser.parse_args()
    training = [(folder, BRANCH_POINT) for folder in TRAINING] if args.training else []
    with tempfile.TemporaryDirectory() as scratch:
        readings = _readings([*UNSEEN, *training], args.keep or Path(scratch), args.cache)
    _table("each retired set read by the reader of its unseen era", readings, list(UNSEEN))
    if training:
        _table("the training sets read by the branch point's reader", readings, training)


if __name__ == "__main__":
    main()
