"""Writes training_q: every document and its ``*.expected.json`` truth, the same bytes on
every run (no randomness, no clock).

    .venv/bin/python services/referrals/tests/documents/make_training_q.py [folder]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hearth_contract.codes import LOCAL_AUTHORITIES  # noqa: E402
from training_q_layouts import WORD_PDF  # noqa: E402
from training_q_layouts_more import MAIL_TEXT  # noqa: E402
from training_q_model import Spec, truth  # noqa: E402
from training_q_specs import SPECS as WORD_PDF_SPECS  # noqa: E402
from training_q_specs_more import SPECS as MAIL_TEXT_SPECS  # noqa: E402

SPECS: list[Spec] = [*WORD_PDF_SPECS, *MAIL_TEXT_SPECS]
LAYOUTS = {**WORD_PDF, **MAIL_TEXT}


def check(spec: Spec) -> None:
    """A spec is sound before it is written: its LA is real, its people are named."""
    if spec.layout == "image_scan":
        assert not spec.kids, spec.id
        return
    assert spec.la_code in LOCAL_AUTHORITIES, spec.id
    assert spec.worker.name and (spec.worker.email or spec.worker.phone), spec.id
    assert spec.kids, spec.id
    if spec.setting == "parent_and_child":
        assert spec.parent is not None and len(spec.kids) == 1, spec.id
    if spec.start is None:
        assert spec.start_words, spec.id
    for kid in spec.kids:
        for visit in kid.family or ():
            assert visit.with_.lower() in visit.text.lower(), (spec.id, visit)
        if kid.school:
            assert kid.school in (kid.school_words or kid.school), (spec.id, kid.first)
        assert kid.health is None or kid.health.strip(), (spec.id, kid.first)


def write(folder: Path = HERE / "training_q") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids)) and ids == sorted(ids)
    for spec in SPECS:
        check(spec)
        suffix, render = LAYOUTS[spec.layout]
        name = f"{spec.id}-{spec.layout}{suffix}"
        (folder / name).write_bytes(render(spec))
        expected = json.dumps(truth(spec, name), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.layout}.expected.json").write_text(expected)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_q")
