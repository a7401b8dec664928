"""Writes training_m: fictional LA referral documents and their truth files.

Written by a helper who did not read the document reader (see training_m/README.md).
Deterministic: the same bytes on every run (no clock, no randomness).

    .venv/bin/python services/referrals/tests/documents/make_training_m.py [folder]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import training_m_specs_mail  # noqa: E402
import training_m_specs_office  # noqa: E402
from training_m_layouts import render  # noqa: E402
from training_m_model import truth  # noqa: E402

SPECS = training_m_specs_office.SPECS + training_m_specs_mail.SPECS
FOLDER = HERE / "training_m"


def write(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    assert len({spec.id for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        (folder / spec.file).write_bytes(render(spec))
        name = spec.file.rsplit(".", 1)[0] + ".expected.json"
        text = json.dumps(truth(spec), indent=1, ensure_ascii=False) + "\n"
        (folder / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
