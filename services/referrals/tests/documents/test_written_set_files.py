"""The files of the sets written by helpers who never read the reader are sound (training_g,
training_h, training_i): truths score through the scorer, ``missing`` is what the
completeness rules raise, files open and say what their truths say, bytes rebuild.

Each set's README says who wrote it and what they read; the checks are in
``written_sets.py``. The reader is never run here.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from hearth_referrals.completeness import assess_json

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scoring  # noqa: E402
from written_sets import file_text, load, perfect_draft  # noqa: E402


@dataclass(frozen=True)
class WrittenSet:
    name: str  # the folder, its generator make_<name>.py and model <name>_model.py
    sibling_groups: int  # at least this many referrals of several children
    risk_words: bool  # its children carry each stated risk's own words (h, i)

    @property
    def folder(self) -> Path:
        return HERE / self.name

    @property
    def maker(self):
        return importlib.import_module(f"make_{self.name}")

    @property
    def risks(self) -> dict[str, str]:
        return importlib.import_module(f"{self.name}_model").RISKS

    def spec(self, truth: dict):
        return {spec.id: spec for spec in self.maker.SPECS}[truth["file"].split("-")[0]]


SETS = [
    WrittenSet("training_g", sibling_groups=5, risk_words=False),
    WrittenSet("training_h", sibling_groups=4, risk_words=True),
    WrittenSet("training_i", sibling_groups=4, risk_words=True),
    WrittenSet("training_j", sibling_groups=4, risk_words=True),
    WrittenSet("training_k", sibling_groups=4, risk_words=True),
    WrittenSet("training_l", sibling_groups=7, risk_words=True),
    WrittenSet("training_m", sibling_groups=7, risk_words=True),
    WrittenSet("training_n", sibling_groups=7, risk_words=True),
    WrittenSet("training_o", sibling_groups=12, risk_words=True),
    WrittenSet("training_p", sibling_groups=17, risk_words=True),
    WrittenSet("training_q", sibling_groups=14, risk_words=True),
    WrittenSet("training_r", sibling_groups=12, risk_words=True),
    WrittenSet("training_s", sibling_groups=12, risk_words=True),
    WrittenSet("training_t", sibling_groups=12, risk_words=True),
    WrittenSet("training_u", sibling_groups=12, risk_words=True),
    WrittenSet("training_v", sibling_groups=12, risk_words=True),
    WrittenSet("training_w", sibling_groups=12, risk_words=True),
    WrittenSet("training_x", sibling_groups=12, risk_words=True),
    WrittenSet("training_y", sibling_groups=12, risk_words=True),
    WrittenSet("training_z", sibling_groups=12, risk_words=True),
]
TRUTHS = [
    pytest.param(written, path, id=f"{written.name}-{path.name.split('-')[0]}")
    for written in SETS
    for path in sorted(written.folder.glob("*.expected.json"))
]


@pytest.mark.parametrize("written", SETS, ids=lambda s: s.name)
def test_the_set_is_as_large_and_varied_as_briefed(written):
    truths = [load(path) for path in sorted(written.folder.glob("*.expected.json"))]
    specs = list(written.maker.SPECS)
    assert len(truths) == len(specs) >= 40
    assert len({spec.layout for spec in specs}) >= 12
    suffixes = {path.suffix for path in written.folder.iterdir()}
    assert suffixes >= {".docx", ".pdf", ".txt", ".eml", ".json"}
    assert sum(len(t["children"]) > 1 for t in truths) >= written.sibling_groups
    assert sum(t["placement"]["setting"] == "parent_and_child" for t in truths) >= 3
    assert sum(t["referral_date"] is None for t in truths) >= 3
    gaps = sum(bool(t["missing"]) for t in truths)
    assert len(truths) // 4 <= gaps <= len(truths) // 2


@pytest.mark.parametrize(("written", "path"), TRUTHS)
def test_a_perfect_draft_scores_full_marks(written, path):
    truth = load(path)
    assert (written.folder / truth["file"]).exists()
    score = scoring.Score()
    scoring.score_document(score, truth, perfect_draft(truth))
    assert score.failures == []
    assert score.overall() == 1.0
    assert score.risk_states[0] == score.risk_states[1] == 11 * len(truth["children"])
    asked = set(truth["missing"]) | scoring.absent_required(truth)
    assert score.missing == [len(asked), 0, 0]
    assert all(scoring.MISSING_TOPICS.match(pointer) for pointer in truth["missing"])
    # The optional family-time keys are scored too (scored only where present).
    assert score.fields["family_time_with"][1] == sum(
        len(c["family_time"]) for c in truth["children"]
    )


@pytest.mark.parametrize(("written", "path"), TRUTHS)
def test_missing_is_what_the_completeness_rules_raise(written, path):
    """Rebuild the referral the document describes and ask completeness.py what it lacks."""
    truth = load(path)
    spec = written.spec(truth)
    if truth.get("needs_ocr"):
        # A scan: nothing can be read, so nothing is asked (the earlier sets' convention).
        assert truth["missing"] == [] and truth["children"] == []
        return
    children = []
    for wanted, kid in zip(truth["children"], spec.kids, strict=True):
        risks: dict = {"to_child": {}, "to_others": {}}
        for short, key in written.risks.items():
            group, name = key.split("/")
            risks[group][name] = {"state": wanted["risks"][key], "detail": kid.words(short)}
        history = wanted["placement_history_count"]
        children.append(
            {
                "first_name": wanted["first_name"],
                "legal_status": wanted["legal_status"],
                "gender": wanted["gender"] or "not_stated",
                "date_of_birth": wanted["date_of_birth"],
                "risks": risks,
                "family_time": None
                if wanted["family_time_count"] is None
                else wanted["family_time"],
                "placement_history": None if history is None else [{}] * history,
                "school": {"name": wanted["school"]} if wanted["school"] else None,
                "health_needs": kid.health,
            }
        )
    referral = {"placement": {"start_date": truth["placement"]["start_date"]}, "children": children}
    raised = {item.pointer for item in assess_json(referral)}
    assert {p for p in raised if scoring.MISSING_TOPICS.match(p)} == set(truth["missing"])


@pytest.mark.parametrize(("written", "path"), TRUTHS)
def test_every_file_opens_and_says_what_its_truth_says(written, path):
    truth = load(path)
    # Whitespace is dropped: a wrapped PDF cell may break a value across lines.
    data = (written.folder / truth["file"]).read_bytes()
    text = "".join(file_text(truth["file"], data).split()).lower()
    if truth.get("needs_ocr"):
        # An image-only PDF: it opens, has a picture on every page and no text at all.
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert pdf.pages and all(page.images for page in pdf.pages)
        assert text == ""
        return
    worker = truth["social_worker"]
    wanted = [worker["name"], worker["email"]]
    wanted += [truth["la_reference"]] if truth["la_reference"] else []
    wanted += [worker["phone"]] if worker["phone"] and written.risk_words else []
    for child, kid in zip(truth["children"], written.spec(truth).kids, strict=True):
        wanted += [child["first_name"], child["last_name"]]
        wanted += [child["school"]] if child["school"] else []
        known_as = child.get("extra", {}).get("known_as")
        wanted += [known_as] if known_as else []
        if written.risk_words:
            # Whom the child sees or must not see, and every stated risk's own words.
            wanted += [item["with"] for item in child["family_time"]]
            wanted += child["no_contact_with"]
            wanted += [w for state, w in kid.risk.values() if w and state != "none_known"]
    for value in wanted:
        assert "".join(value.lower().split()) in text, value


@pytest.mark.parametrize("written", SETS, ids=lambda s: s.name)
def test_the_generator_rebuilds_every_file_byte_for_byte(written, tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    written.maker.write(first)
    written.maker.write(second)

    def digests(folder: Path) -> dict[str, str]:
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir()
            if p.name != "README.md"
        }

    assert digests(first) == digests(second) == digests(written.folder)
