"""The draft as the service layer gets it: contract-shaped, explainable, and quiet in logs."""

import json
from pathlib import Path

from hearth_contract.documents import ExtractionState, ReferralDraftRead
from hearth_contract.referrals import ReferralCreate
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import draft_corrections, read_referral_document
from structlog.testing import capture_logs

TODAY = TEST_NOW.date()

CORPUS = Path(__file__).parent / "corpus"


def _first(style: str) -> tuple[bytes, dict]:
    answer = json.loads(next(CORPUS.glob(f"*-{style}.expected.json")).read_text())
    return (CORPUS / answer["file"]).read_bytes(), answer


class TestDraftShape:
    def test_every_found_value_has_evidence(self):
        data, _ = _first("parts_docx")
        draft = read_referral_document(data, today=TODAY)
        assert isinstance(draft, ReferralDraftRead)
        values = [
            draft.la_reference,
            draft.referral_date,
            draft.social_worker.email,
            *[
                getattr(child, name)
                for child in draft.children
                for name in ("first_name", "gender", "legal_status")
            ],
        ]
        for value in values:
            if value.state is ExtractionState.FOUND:
                assert value.evidence and value.evidence[0].quote
                assert 0 < value.confidence <= 1

    def test_the_confident_referral_validates_once_the_officer_adds_agencies(self):
        data, _ = _first("plain_text")
        draft = read_referral_document(data, today=TODAY)
        referral = ReferralCreate.model_validate({**draft.referral, "agency_ids": ["agency-1"]})
        assert referral.children[0].first_name

    def test_sibling_groups_become_several_children(self):
        for path in sorted(CORPUS.glob("*.expected.json")):
            answer = json.loads(path.read_text())
            if len(answer["children"]) > 1:
                draft = read_referral_document((CORPUS / answer["file"]).read_bytes(), today=TODAY)
                assert len(draft.referral["children"]) == len(answer["children"])
                return
        raise AssertionError("the corpus has no sibling group")


class TestCorrections:
    def test_what_the_officer_changed_is_recorded(self):
        data, _ = _first("plain_text")
        draft = read_referral_document(data, today=TODAY)
        confirmed = {**draft.referral, "agency_ids": ["agency-1"], "la_reference": "CHANGED-1"}
        corrections = draft_corrections(draft, ReferralCreate.model_validate(confirmed))
        pointers = {correction.pointer for correction in corrections}
        assert "/la_reference" in pointers
        changed = next(c for c in corrections if c.pointer == "/la_reference")
        assert changed.confirmed == "CHANGED-1" and changed.extracted != "CHANGED-1"


class TestLogs:
    def test_document_contents_never_reach_the_logs(self):
        data, answer = _first("short_email")
        with capture_logs() as logs:
            read_referral_document(data, today=TODAY)
        text = json.dumps(logs, default=str)
        assert logs
        for secret in (
            answer["children"][0]["first_name"],
            answer["social_worker"]["phone"],
            answer["social_worker"]["email"],
        ):
            assert secret not in text
