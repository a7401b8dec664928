"""Risk readings of each retired written set as the reader read it while the set was unseen.

    uv run python bench/unseen_era.py [--keep DIR]
    uv run python bench/unseen_era.py --switch RULE [--at REVISION]

A set tuned on scores 94-100% and says nothing about the next writer's documents; the
reader's errors on a writer it has not seen are what a new rule must mend. Each retired
set is read here by the reader of the commit at which the set was still unseen (its
sources taken with ``git archive`` and run in a child process), and each risk read as a
concern (present, suspected, historical) is set beside the set's truth. Printed per set:
the risk present-vs-not F1 of that reading, and how the own-answer check
(``hearth_referrals.documents.rules.own_answer``, as it is now) would change its
concerns: concerns it corrects (the truth is another state) and true ones it breaks.
(The current reader applies that check itself, so its own readings are not re-checked:
a check is judged on readings made without it.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "services/referrals/tests/documents"

# Each retired set and a commit at which the reader had not been tuned on it (the
# commit that retired it into the training sets, or one before).
UNSEEN_ERA = (
    ("training_i", "a1bbd58"),
    ("training_j", "747d572"),
    ("training_k", "a12d6df"),
    ("training_l", "807ef01"),
    ("training_m", "b923567"),
    ("training_n", "2bd1287"),
    ("training_o", "13e725a"),
    # retired untouched at the fourteenth session's start
    ("training_p", "2d6a54b"),
    # the fourteenth session's unseen check: the reader before the fix that read its failures
    ("training_q", "6b4c71f"),
    # retired untouched at the fifteenth session's start
    ("training_r", "dc346ab"),
    # the fifteenth session's unseen check, retired untouched at that session's end
    ("training_s", "fbe8187"),
    # the fifteenth session's last unseen check, retired untouched at the sixteenth's start
    ("training_t", "148f88b"),
    # the sixteenth session's unseen check, retired untouched at the seventeenth's start
    ("training_u", "4e63635"),
    # the seventeenth session's unseen check, retired untouched at the eighteenth's start
    ("training_v", "c863ad6"),
    # the eighteenth session's unseen check, retired untouched at the nineteenth's start
    ("training_w", "750338c"),
    # the nineteenth session's unseen check, retired untouched at the twentieth's start
    ("training_x", "016b611"),
)
CONCERNS = ("present", "suspected", "historical")
# Every written set retired so far: a rule switched off and on is measured on each writer.
WRITTEN = (*(folder for folder, _revision in UNSEEN_ERA), "training_p", "training_q", "training_r")
# The reader's rules that can be switched off (``--switch``): the module a rule is looked up
# in, its name there, and what stands in for it when off (Python source, taking the same
# arguments and changing nothing).
SWITCHES = {
    "other-gender-clauses": (
        "hearth_referrals.documents.narrative",
        "another_genders_clauses_out",
        "lambda builder, text: text",
    ),
    "blank-rows": (
        "hearth_referrals.documents.extract",
        "blank_risk_rows",
        "lambda answers: set()",
    ),
    "blank-items": (
        "hearth_referrals.documents.rules.risk_states",
        "blank_list_items",
        "lambda text: set()",
    ),
    "legend-marks": (
        "hearth_referrals.documents.extract",
        "read_legend_marks",
        "lambda blocks: blocks",
    ),
    "detail-columns": (
        "hearth_referrals.documents.rules.answers",
        "details_beside_columns",
        "lambda rows: rows",
    ),
}

# Run in a child process with the old sources first on the path: one JSON row per risk.
_COLLECT = """
import json, logging, sys
from pathlib import Path
logging.disable(logging.CRITICAL)
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
folder = Path(sys.argv[1])
for answer in sorted(folder.glob("*.expected.json")):
    expected = json.loads(answer.read_text())
    draft = read_referral_document((folder / expected["file"]).read_bytes(), today=TEST_NOW.date())
    for index, wanted in enumerate(expected["children"]):
        child = draft.children[index] if index < len(draft.children) else None
        for key, truth in wanted["risks"].items():
            group, name = key.split("/")
            item = getattr(child.risks, group).get(name) if child is not None else None
            got = item.value if item is not None and item.value else "not_stated"
            quote = item.evidence[0].quote if item is not None and item.evidence else ""
            gender = getattr(getattr(child, "gender", None), "value", None)
            first = getattr(getattr(child, "first_name", None), "value", None)
            print(json.dumps({"risk": key, "truth": truth, "got": got, "quote": quote,
                              "gender": gender, "first_name": first}))
"""


def _switched(rule: str) -> str:
    """Python that switches ``rule`` off before the documents are read."""
    module, name, stand_in = SWITCHES[rule]
    return f"import importlib\nsetattr(importlib.import_module({module!r}), {name!r}, {stand_in})\n"


def _sources(revision: str, into: Path) -> str:
    """The reader's and the shared packages' sources at ``revision``: a PYTHONPATH."""
    archive = subprocess.run(
        ["git", "archive", revision, "services/referrals/src", "shared"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    shared = sorted(str(path) for path in (into / "shared").glob("*/src"))
    return os.pathsep.join([str(into / "services/referrals/src"), *shared])


def _read(folder: Path, pythonpath: str, off: str = "") -> list[dict]:
    env = {**os.environ, "PYTHONPATH": pythonpath}
    collect = _COLLECT.replace("folder = Path", off + "folder = Path", 1)
    out = subprocess.run(
        [sys.executable, "-c", collect, str(folder)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def _f1(rows: list[dict]) -> float:
    tp = sum(r["got"] == "present" and r["truth"] == "present" for r in rows)
    fp = sum(r["got"] == "present" and r["truth"] != "present" for r in rows)
    fn = sum(r["got"] != "present" and r["truth"] == "present" for r in rows)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _checked(rows: list[dict]) -> tuple[Counter, list[dict]]:
    """What the own-answer check does to the concerns, and the rows as it leaves them."""
    from hearth_referrals.documents.rules.own_answer import own_answer_state

    counts: Counter = Counter()
    after = []
    for row in rows:
        state = (
            own_answer_state(tuple(row["risk"].split("/")), row["quote"])
            if row["got"] in CONCERNS
            else None
        )
        after.append(row if state is None else {**row, "got": state.value})
        if row["got"] not in CONCERNS:
            continue
        counts[f"{row['got']} read"] += 1
        counts[f"{row['got']} wrong"] += row["truth"] != row["got"]
        if state is None:
            continue
        counts["corrected" if row["truth"] != row["got"] else "broken"] += 1
        counts["corrected to the truth"] += state.value == row["truth"]
    return counts, after


def _pronoun_checked(rows: list[dict]) -> Counter:
    """What the other-gender clause rule (``risk_subjects.another_genders_clauses_out``, as
    it is now) would do to the concerns read: a concern whose quote it takes the risk's
    clause out of would not be read (not stated)."""
    from types import SimpleNamespace

    from hearth_referrals.documents.risk_subjects import another_genders_clauses_out
    from hearth_referrals.documents.rules.risk_words import risk_terms

    counts: Counter = Counter()
    for row in rows:
        if row["got"] not in CONCERNS or not row.get("gender") or not row["quote"]:
            continue
        fields = {
            "gender": SimpleNamespace(value=row["gender"]),
            "first_name": SimpleNamespace(value=row.get("first_name")),
        }
        builder = SimpleNamespace(children=[SimpleNamespace(fields=fields)])
        kept = another_genders_clauses_out(builder, row["quote"])
        key = tuple(row["risk"].split("/"))
        if key in {found for found, _match in risk_terms(kept)}:
            continue
        counts["dropped"] += 1
        counts["dropped rightly" if row["truth"] not in CONCERNS else "dropped wrongly"] += 1
    return counts


def _line(title: str, rows: list[dict]) -> Counter:
    counts, after = _checked(rows)
    print(
        f"  {title:<26} F1 {_f1(rows):5.3f} -> {_f1(after):5.3f}  present read {counts['present read']:>4}"
        f" (wrong {counts['present wrong']:>3})  corrected {counts['corrected']:>3}"
        f" (to the truth {counts['corrected to the truth']:>3})  broken {counts['broken']:>2}"
    )
    return counts


def _state_accuracy(rows: list[dict]) -> float:
    return sum(r["got"] == r["truth"] for r in rows) / len(rows) if rows else 0.0


def _switch(rule: str, revision: str | None, scratch: Path) -> None:
    """Every written set read with ``rule`` on and off, by the reader of ``revision`` (the
    working tree when None): what the rule changes on each writer's documents."""
    pythonpath = (
        _sources(revision, scratch / revision)
        if revision
        else os.pathsep.join(
            [str(ROOT / "services/referrals/src"), *map(str, sorted(ROOT.glob("shared/*/src")))]
        )
    )
    print(f"== {rule}: on -> off, by the reader at {revision or 'the working tree'} ==")
    totals = Counter()
    for folder in WRITTEN:
        on = _read(DOCUMENTS / folder, pythonpath)
        off = _read(DOCUMENTS / folder, pythonpath, _switched(rule))
        changed = [(a, b) for a, b in zip(on, off, strict=True) if a["got"] != b["got"]]
        mends = sum(a["got"] == a["truth"] for a, _b in changed)
        breaks = sum(b["got"] == b["truth"] for _a, b in changed)
        totals.update(changed=len(changed), mends=mends, breaks=breaks)
        print(
            f"  {folder:<11} F1 {_f1(on):5.3f} on, {_f1(off):5.3f} off; state"
            f" {_state_accuracy(on):6.1%} on, {_state_accuracy(off):6.1%} off;"
            f" risks changed {len(changed):>3}: the rule right {mends:>3}, wrong {breaks:>3}"
        )
    print(
        f"all written sets: {totals['changed']} risks changed, the rule right on"
        f" {totals['mends']}, wrong on {totals['breaks']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the old sources here (default: a temp dir)")
    parser.add_argument(
        "--switch",
        choices=sorted(SWITCHES),
        help="read every written set with this rule on and off instead, and print what it"
        " changes on each writer's documents",
    )
    parser.add_argument(
        "--at", help="with --switch: the revision whose reader to use (default: the working tree)"
    )
    args = parser.parse_args()
    if args.switch:
        with tempfile.TemporaryDirectory() as scratch:
            _switch(args.switch, args.at, args.keep or Path(scratch))
        return
    totals: dict[str, Counter] = {"unseen era": Counter()}
    with tempfile.TemporaryDirectory() as scratch:
        base = args.keep or Path(scratch)
        print("== each retired set read by the reader of its unseen era ==")
        for folder, revision in UNSEEN_ERA:
            pythonpath = _sources(revision, base / revision)
            rows = _read(DOCUMENTS / folder, pythonpath)
            totals["unseen era"] += _line(f"{folder} @ {revision}", rows)
            pronouns = _pronoun_checked(rows)
            totals["unseen era"] += Counter({f"pronoun {k}": v for k, v in pronouns.items()})
            print(
                f"    other-gender clause rule: would drop {pronouns['dropped']} concerns,"
                f" rightly {pronouns['dropped rightly']}, wrongly {pronouns['dropped wrongly']}"
            )
    for era, counts in totals.items():
        wrong = sum(counts[f"{state} wrong"] for state in CONCERNS)
        true = sum(counts[f"{state} read"] for state in CONCERNS) - wrong
        print(
            f"{era}: {wrong} concerns wrong, {true} right; the own-answer check corrects"
            f" {counts['corrected']} ({counts['corrected to the truth']} to the truth) and"
            f" breaks {counts['broken']}; the other-gender clause rule drops"
            f" {counts['pronoun dropped']} ({counts['pronoun dropped rightly']} rightly,"
            f" {counts['pronoun dropped wrongly']} wrongly)"
        )


if __name__ == "__main__":
    main()
