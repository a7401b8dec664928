"""Write training_r: fictional LA referrals in fourteen new layouts, and their truths.

    .venv/bin/python services/referrals/tests/documents/make_training_r.py [folder]

The same bytes on every run. Written without reading the document reader; see the
set's README for what was read and what was not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_r_layouts import WORD_PDF  # noqa: E402
from training_r_layouts_more import MAIL_TEXT  # noqa: E402
from training_r_model import Spec, truth  # noqa: E402
from training_r_specs import SPECS_WORD_PDF  # noqa: E402
from training_r_specs_more import SPECS_MAIL_TEXT  # noqa: E402

__all__ = ["SPECS", "write"]

SPECS: tuple[Spec, ...] = SPECS_WORD_PDF + SPECS_MAIL_TEXT
LAYOUTS = WORD_PDF | MAIL_TEXT


def _check(spec: Spec, suffix: str) -> None:
    assert spec.slug.endswith("." + suffix), spec.id
    for kid in spec.kids:
        assert kid.school is None or kid.school, spec.id


def write(folder: Path = HERE / "training_r") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    assert len({spec.id for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        suffix, data = LAYOUTS[spec.layout](spec)
        _check(spec, suffix)
        (folder / spec.file).write_bytes(data)
        name = spec.file.rsplit(".", 1)[0] + ".expected.json"
        text = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_r")
