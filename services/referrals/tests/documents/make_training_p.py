"""Writes training_p: fictional LA referrals in fifteen new layouts, and their truths.

    .venv/bin/python services/referrals/tests/documents/make_training_p.py [folder]

The same bytes on every run: no randomness, no clock. See training_p/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hearth_contract.codes import LOCAL_AUTHORITIES  # noqa: E402
from training_p_layouts import WORD_AND_PDF  # noqa: E402
from training_p_layouts_more import MAIL_AND_TEXT  # noqa: E402
from training_p_model import FORMATS, Spec, truth  # noqa: E402
from training_p_specs import SPECS_WORD_PDF  # noqa: E402
from training_p_specs_more import SPECS_MAIL_TEXT  # noqa: E402

__all__ = ["SPECS", "write"]

SPECS: list[Spec] = SPECS_WORD_PDF + SPECS_MAIL_TEXT
LAYOUTS = WORD_AND_PDF | MAIL_AND_TEXT


def check(spec: Spec) -> None:
    """A spec says what its truth says: checked before anything is written."""
    assert spec.layout in FORMATS and spec.layout in LAYOUTS, spec.id
    if spec.needs_ocr:
        return
    assert LOCAL_AUTHORITIES[spec.la_code], spec.id
    for kid in spec.kids:
        for who, _, words in kid.family or ():
            assert who.lower() in words.lower(), (spec.id, who)
        if kid.school:
            assert kid.school in kid.school_text, (spec.id, kid.school)
        if kid.legal is None:
            assert kid.legal_words, (spec.id, "a gap in legal status is said in words")


def write(folder: Path = HERE / "training_p") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids))
    for spec in SPECS:
        check(spec)
        (folder / spec.file).write_bytes(LAYOUTS[spec.layout](spec))
        name = spec.file.rsplit(".", 1)[0] + ".expected.json"
        text = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_p")
