"""Evidence stays honest (issue 12): every identifier and contact the reader found is
quoted where it was read, in every set we may look at (the frozen and unseen sets are
not read here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

HERE = Path(__file__).parent
SETS = ["corpus", "heldout", "handwritten", *(f"training_{x}" for x in "abcdefgh")]
SUFFIXES = {".docx", ".pdf", ".txt", ".eml"}


def _plain(text: str) -> str:
    return re.sub(r"\W", "", str(text).lower())


@pytest.mark.parametrize("folder", SETS)
def test_every_identifier_and_contact_is_quoted_where_it_was_read(folder):
    unquoted = []
    for path in sorted((HERE / folder).iterdir()):
        if path.suffix not in SUFFIXES:
            continue
        draft = read_referral_document(path.read_bytes(), filename=path.name, today=TEST_NOW.date())
        worker = draft.social_worker
        values = {"la_reference": draft.la_reference, "sw_name": worker.name}
        values |= {"sw_email": worker.email, "sw_phone": worker.phone}
        for index, child in enumerate(draft.children):
            values |= {
                f"{index}/first_name": child.first_name,
                f"{index}/last_name": child.last_name,
            }
        for name, found in values.items():
            if found.state != "found":
                continue
            if not any(_plain(found.value) in _plain(e.quote) for e in found.evidence):
                unquoted.append((path.name, name, found.value))
    assert unquoted == []
