"""training_i's files are sound: truths score through the scorer, files open, bytes rebuild.

The reader is never run here: a perfect draft is built from each truth file and scored by
``scoring.score_document`` (the scorer's own code), so a truth that the scorer cannot read,
or that contradicts itself, fails. ``missing`` is checked against ``completeness.py``'s
rules applied to the referral the document describes.
"""

from __future__ import annotations

import email
import hashlib
import io
import json
import sys
from email import policy
from pathlib import Path

import docx
import pdfplumber
import pytest
from hearth_contract.documents import DocumentKind, DocumentRead, ExtractedValue, ReferralDraftRead
from hearth_contract.referrals import CompletenessItem, Severity
from hearth_referrals.completeness import assess_json

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_training_i  # noqa: E402
import scoring  # noqa: E402
from training_i_model import RISKS  # noqa: E402

FOLDER = HERE / "training_i"
TRUTHS = sorted(FOLDER.glob("*.expected.json"))
SPECS = {spec.id: spec for spec in make_training_i.SPECS}


def _load(path: Path) -> dict:
    return json.loads(path.read_text())


def _extra(extra: dict) -> dict:
    """The newer fields as a draft carries them: allergies are the document's words."""
    values = dict(extra)
    if "allergies" in values:
        values["allergies"] = "named in the document" if values["allergies"] else "None known"
    return values


def _perfect_draft(truth: dict) -> ReferralDraftRead:
    """The draft a flawless reader would return for this truth."""
    children = []
    for child in truth["children"]:
        risks: dict = {"to_child": {}, "to_others": {}}
        for key, state in child["risks"].items():
            group, name = key.split("/")
            risks[group][name] = {"state": state}
        count = child["placement_history_count"]
        children.append(
            {
                "first_name": child["first_name"],
                "last_name": child["last_name"],
                "date_of_birth": child["date_of_birth"],
                "age_years": child["age_years"],
                "gender": child["gender"],
                "legal_status": child["legal_status"],
                "school": {"name": child["school"]} if child["school"] is not None else None,
                "family_time": None
                if child["family_time_count"] is None
                else [
                    {"with_whom": item["with"], "frequency": item["frequency"]}
                    for item in child["family_time"]
                ],
                "no_contact_with": list(child["no_contact_with"]),
                "placement_history": None if count is None else [{} for _ in range(count)],
                "risks": risks,
                **_extra(child.get("extra") or {}),
            }
        )
    referral = {
        "la_reference": truth["la_reference"],
        "referral_date": truth["referral_date"],
        "social_worker": dict(truth["social_worker"]),
        "placement": dict(truth["placement"]),
        "children": children,
    }
    return ReferralDraftRead(
        document=DocumentRead(
            content_sha256="0" * 64, size_bytes=1, kind=DocumentKind.TEXT, media_type="text/plain"
        ),
        la_code=ExtractedValue(value=truth["la_code"], confidence=1.0, state="found"),
        referral=referral,
        missing=[
            CompletenessItem(
                pointer=pointer,
                topic="t",
                severity=Severity.BEFORE_OFFER,
                message="m",
                question="q",
            )
            for pointer in truth["missing"]
        ],
    )


def test_the_set_is_as_large_and_varied_as_briefed():
    truths = [_load(path) for path in TRUTHS]
    specs = list(SPECS.values())
    assert len(truths) == len(specs) >= 40
    assert len({spec.layout for spec in specs}) >= 12
    assert {path.suffix for path in FOLDER.iterdir()} >= {".docx", ".pdf", ".txt", ".eml", ".json"}
    assert sum(len(t["children"]) > 1 for t in truths) >= 4
    assert sum(t["placement"]["setting"] == "parent_and_child" for t in truths) >= 3
    assert sum(t["referral_date"] is None for t in truths) >= 3
    gaps = sum(bool(t["missing"]) for t in truths)
    assert len(truths) // 4 <= gaps <= len(truths) // 2


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.split("-")[0])
def test_a_perfect_draft_scores_full_marks(path):
    truth = _load(path)
    assert (FOLDER / truth["file"]).exists()
    score = scoring.Score()
    scoring.score_document(score, truth, _perfect_draft(truth))
    assert score.failures == []
    assert score.overall() == 1.0
    assert score.risk_states[0] == score.risk_states[1] == 11 * len(truth["children"])
    assert score.missing == [len(truth["missing"]), 0, 0]
    assert all(scoring.MISSING_TOPICS.match(pointer) for pointer in truth["missing"])
    # The optional family-time keys are scored too (scored only where present).
    assert score.fields["family_time_with"][1] == sum(
        len(c["family_time"]) for c in truth["children"]
    )


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.split("-")[0])
def test_missing_is_what_the_completeness_rules_raise(path):
    """Rebuild the referral the document describes and ask completeness.py what it lacks."""
    truth = _load(path)
    spec = SPECS[truth["file"].split("-")[0]]
    children = []
    for wanted, kid in zip(truth["children"], spec.kids, strict=True):
        risks: dict = {"to_child": {}, "to_others": {}}
        for short, key in RISKS.items():
            group, name = key.split("/")
            risks[group][name] = {"state": wanted["risks"][key], "detail": kid.words(short)}
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
                "placement_history": None
                if wanted["placement_history_count"] is None
                else [{}] * wanted["placement_history_count"],
                "school": {"name": wanted["school"]} if wanted["school"] else None,
                "health_needs": kid.health,
            }
        )
    referral = {"placement": {"start_date": truth["placement"]["start_date"]}, "children": children}
    raised = {item.pointer for item in assess_json(referral)}
    assert {p for p in raised if scoring.MISSING_TOPICS.match(p)} == set(truth["missing"])


def _text(name: str, data: bytes) -> str:
    """Every file opens with the library a reader would use; returns its text."""
    if name.endswith(".docx"):
        document = docx.Document(io.BytesIO(data))
        # Every paragraph in the body XML: table cells, content controls and text boxes too.
        body = document.element.body
        parts = [
            "".join(t.text or "" for t in paragraph.iter(docx.oxml.ns.qn("w:t")))
            for paragraph in body.iter(docx.oxml.ns.qn("w:p"))
        ]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
        return "\n".join(parts)
    if name.endswith(".pdf"):
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            assert pdf.pages
            parts = [page.extract_text() or "" for page in pdf.pages]
            # Side-by-side cells interleave their wrapped lines in plain text; read cells too.
            for page in pdf.pages:
                for table in page.extract_tables():
                    parts += [cell or "" for row in table for cell in row]
            return "\n".join(parts)
    if name.endswith(".eml"):
        message = email.message_from_bytes(data, policy=policy.default)
        assert message["From"] and message["Date"]
        parts = [str(message["Subject"]), str(message["From"]), str(message["Cc"] or "")]
        for part in message.walk():
            if part.is_multipart():
                continue
            if part.get_filename():
                parts.append(_text(part.get_filename(), part.get_content()))
            else:
                parts.append(part.get_content())
        return "\n".join(parts)
    return data.decode("utf-8")


@pytest.mark.parametrize("path", TRUTHS, ids=lambda p: p.name.split("-")[0])
def test_every_file_opens_and_says_what_its_truth_says(path):
    truth = _load(path)
    # Whitespace is dropped: a wrapped PDF cell may break a value across lines.
    text = "".join(_text(truth["file"], (FOLDER / truth["file"]).read_bytes()).split()).lower()
    wanted = [truth["social_worker"]["name"], truth["social_worker"]["email"]]
    wanted += [truth["la_reference"]] if truth["la_reference"] else []
    wanted += [truth["social_worker"]["phone"]] if truth["social_worker"]["phone"] else []
    spec = SPECS[truth["file"].split("-")[0]]
    for child, kid in zip(truth["children"], spec.kids, strict=True):
        wanted += [child["first_name"], child["last_name"]]
        wanted += [child["school"]] if child["school"] else []
        known_as = child.get("extra", {}).get("known_as")
        wanted += [known_as] if known_as else []
        # Whom the child sees or must not see, and every stated risk's own words.
        wanted += [item["with"] for item in child["family_time"]]
        wanted += child["no_contact_with"]
        wanted += [words for state, words in kid.risk.values() if words and state != "none_known"]
    for value in wanted:
        assert "".join(value.lower().split()) in text, value


def test_the_generator_rebuilds_every_file_byte_for_byte(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    make_training_i.write(first)
    make_training_i.write(second)

    def digests(folder: Path) -> dict[str, str]:
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir()
            if p.name != "README.md"
        }

    assert digests(first) == digests(second) == digests(FOLDER)
