"""The frozen_2 evaluation set is well formed (this test never runs the document reader).

Every document has a truth file in the format ``scoring.py`` reads; the truth's
``missing`` list is exactly what ``hearth_referrals.completeness`` asks of those facts;
every file opens as what it claims to be; the scans carry no text layer; and the
generator rebuilds every byte.
"""

from __future__ import annotations

import email
import hashlib
import importlib
import io
import json
import sys
from email import policy
from pathlib import Path
from types import SimpleNamespace

import docx
import pdfplumber
import pypdf
import pytest
from hearth_contract.codes import LOCAL_AUTHORITIES, LegalStatus, RiskState
from hearth_contract.referrals import Duration, FamilyTimeFrequency, Gender, Setting, Urgency
from hearth_referrals.completeness import RISK_NAMES, assess_json
from scoring import MISSING_TOPICS, Score, _child_values, score_document

FOLDER = Path(__file__).parent / "frozen_2"
TRUTHS = sorted(FOLDER.glob("*.expected.json"))
NEEDED_BY = {"today", "within_5_days", "later"}
# Pointers scoring.py scores that completeness.py does not raise: the reader asks them
# when the document does not say them (see frozen_2/README.md).
DOCUMENT_ONLY = {"/la_reference", "/placement/urgency", "/placement/duration"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text())


def _documents() -> list[Path]:
    return sorted(p for p in FOLDER.iterdir() if p.suffix in {".docx", ".pdf", ".txt", ".eml"})


def test_the_set_is_big_and_varied_enough():
    truths = [_load(p) for p in TRUTHS]
    layouts = {t["style"] for t in truths}
    formats = {t["file"].rsplit(".", 1)[1] for t in truths}
    assert len(truths) >= 64
    assert len(layouts) >= 12
    assert formats == {"docx", "pdf", "txt", "eml"}
    assert sum(bool(t.get("needs_ocr")) for t in truths) >= 4
    assert sum(len(t["children"]) > 1 for t in truths) >= 6
    assert sum(t["placement"]["setting"] == "parent_and_child" for t in truths) >= 4
    assert sum(t["referral_date"] is None and not t.get("needs_ocr") for t in truths) >= 4
    assert sum(bool(t["missing"]) for t in truths) >= 10
    assert sum(not t["missing"] and not t.get("needs_ocr") for t in truths) >= 10


def test_every_document_has_a_truth_and_every_truth_a_document():
    named = {_load(p)["file"] for p in TRUTHS}
    assert named == {p.name for p in _documents()}
    for path in TRUTHS:
        assert path.name == _load(path)["file"].rsplit(".", 1)[0] + ".expected.json"


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_truth_is_in_the_scorers_format(path):
    truth = _load(path)
    assert truth["la_code"] is None or truth["la_code"] in LOCAL_AUTHORITIES
    assert set(truth["social_worker"]) == {"name", "email", "phone"}
    placement = truth["placement"]
    assert set(placement) == {"setting", "urgency", "duration", "start_date", "needed_by"}
    assert placement["setting"] in {None, *Setting}
    assert placement["urgency"] in {None, *Urgency}
    assert placement["duration"] in {None, *Duration}
    assert placement["needed_by"] in {None, *NEEDED_BY}
    for pointer in truth["missing"] + truth["unclear"]:
        assert MISSING_TOPICS.match(pointer), pointer
    assert len(set(truth["missing"])) == len(truth["missing"])
    for child in truth["children"]:
        assert set(_child_values({})) <= set(child)
        assert child["gender"] in {None, *Gender} and child["gender"] != "not_stated"
        assert child["legal_status"] in {None, *LegalStatus}
        assert (child["date_of_birth"] is None) or child["age_years"] is None
        for key, state in child["risks"].items():
            group, name = key.split("/")
            assert name in RISK_NAMES[group]
            assert state in set(RiskState) - {RiskState.NOT_STATED}
        arrangements = child.get("family_time")
        if arrangements is not None:
            assert len(arrangements) == child["family_time_count"]
            for item in arrangements:
                assert item["frequency"] in set(FamilyTimeFrequency)
                assert item["with"] == item["with"].lower()
        for name in child.get("no_contact_with", []):
            assert name == name.lower()
    if truth.get("needs_ocr"):
        assert truth["children"] == [] and truth["missing"] == []


def _referral_from_truth(truth: dict) -> dict:
    """The facts a perfect reader would draft, as completeness.py reads them."""
    children = []
    for child in truth["children"]:
        risks: dict = {}
        for key, state in child["risks"].items():
            group, name = key.split("/")
            risks.setdefault(group, {})[name] = {"state": state, "detail": "as written"}
        count = child["family_time_count"]
        history = child["placement_history_count"]
        children.append(
            {
                "first_name": child["first_name"],
                "legal_status": child["legal_status"],
                "gender": child["gender"],
                "date_of_birth": child["date_of_birth"],
                "risks": risks,
                "family_time": None if count is None else [{}] * count,
                "placement_history": None if history is None else [{}] * history,
                "school": {"name": child["school"]} if child["school"] else None,
                "health_needs": "as written" if child["health"] else None,
            }
        )
    return {
        "placement": {"start_date": truth["placement"]["start_date"]},
        "children": children,
    }


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_missing_is_what_completeness_asks(path):
    truth = _load(path)
    if truth.get("needs_ocr"):
        return
    asked = {
        item.pointer
        for item in assess_json(_referral_from_truth(truth))
        if MISSING_TOPICS.match(item.pointer)
    }
    assert set(truth["missing"]) - DOCUMENT_ONLY == asked
    assert ("/la_reference" in truth["missing"]) == (truth["la_reference"] is None)
    for name in ("urgency", "duration"):
        assert (f"/placement/{name}" in truth["missing"]) == (truth["placement"][name] is None)


def _perfect_draft(truth: dict) -> SimpleNamespace:
    """What a reader that got everything right would return, in the shape the scorer reads."""
    children = []
    for child in truth["children"]:
        risks: dict = {}
        for key, state in child["risks"].items():
            group, name = key.split("/")
            risks.setdefault(group, {})[name] = {"state": state}
        count, history = child["family_time_count"], child["placement_history_count"]
        arrangements = child.get("family_time") or []
        children.append(
            {
                **{k: child[k] for k in ("first_name", "last_name", "date_of_birth")},
                **{k: child[k] for k in ("age_years", "gender", "legal_status")},
                "school": {"name": child["school"]} if child["school"] else None,
                "family_time": None
                if count is None
                else [{"with_whom": a["with"], "frequency": a["frequency"]} for a in arrangements],
                "placement_history": None if history is None else [{}] * history,
                "risks": risks,
                "no_contact_with": child.get("no_contact_with", []),
            }
        )
    referral = {
        "la_reference": truth["la_reference"],
        "referral_date": truth["referral_date"],
        "social_worker": truth["social_worker"],
        "placement": truth["placement"],
        "children": children,
    }
    found = truth["la_code"] is not None
    return SimpleNamespace(
        referral=referral,
        la_code=SimpleNamespace(state="found" if found else "missing", value=truth["la_code"]),
        warnings=["This is a scan: it needs OCR."] if truth.get("needs_ocr") else [],
        missing=[SimpleNamespace(pointer=p) for p in truth["missing"]],
        unclear=[SimpleNamespace(pointer=p) for p in truth["unclear"]],
    )


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.stem)
def test_the_scorer_reads_the_truth_and_a_perfect_draft_scores_full_marks(path):
    truth = _load(path)
    score = Score()
    score_document(score, truth, _perfect_draft(truth))
    assert score.failures == []
    assert score.overall() == 1.0
    assert score.present[1:] == [0, 0] and score.missing[1:] == [0, 0]
    assert score.unclear[0] == score.unclear[1]


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_every_document_opens(path):
    data = path.read_bytes()
    if path.suffix == ".docx":
        assert docx.Document(io.BytesIO(data)).paragraphs
    elif path.suffix == ".pdf":
        assert len(pypdf.PdfReader(io.BytesIO(data)).pages) >= 1
    elif path.suffix == ".eml":
        message = email.message_from_bytes(data, policy=policy.default)
        assert message["From"] and message["Date"] and message["Subject"]
        assert message.get_body(preferencelist=("plain", "html")) is not None
    else:
        assert data.decode("utf-8").strip()


@pytest.mark.parametrize("path", sorted(FOLDER.glob("*.pdf")), ids=lambda p: p.name)
def test_scans_have_no_text_layer_and_text_pdfs_do(path):
    truth = _load(path.with_name(path.stem + ".expected.json"))
    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
        images = sum(len(page.images) for page in pdf.pages)
        chars = sum(len(page.chars) for page in pdf.pages)
    if truth.get("needs_ocr"):
        assert text.strip() == "" and chars == 0 and images >= 1
    else:
        assert len(text) > 200


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.name.endswith(".expected.json") or p.suffix in {".docx", ".pdf", ".txt", ".eml"}
    }


def test_the_generator_rebuilds_every_byte(tmp_path):
    sys.path.insert(0, str(FOLDER))
    try:
        generator = importlib.import_module("make_frozen_2")
        generator.build(tmp_path / "first")
        generator.build(tmp_path / "second")
    finally:
        sys.path.remove(str(FOLDER))
    committed = _hashes(FOLDER)
    assert _hashes(tmp_path / "first") == committed
    assert _hashes(tmp_path / "second") == committed
