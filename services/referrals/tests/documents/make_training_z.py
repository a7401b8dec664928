"""Writes training_z: fictional LA referrals written without reading the reader.

    .venv/bin/python services/referrals/tests/documents/make_training_z.py [folder]

Every document and its truth file, the same bytes on every run (see training_z/README.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_z_layouts import WORD  # noqa: E402
from training_z_layouts_mail import MAIL  # noqa: E402
from training_z_layouts_pdf import PDF  # noqa: E402
from training_z_layouts_text import TEXT  # noqa: E402
from training_z_model import truth  # noqa: E402
from training_z_specs_mail import SCANS  # noqa: E402
from training_z_specs_mail import SPECS as MAIL_SPECS  # noqa: E402
from training_z_specs_more import SPECS as MORE_SPECS  # noqa: E402
from training_z_specs_pdf import SPECS as PDF_SPECS  # noqa: E402
from training_z_specs_text import SPECS as TEXT_SPECS  # noqa: E402
from training_z_specs_word import SPECS as WORD_SPECS  # noqa: E402

SPECS = WORD_SPECS + PDF_SPECS + TEXT_SPECS + MAIL_SPECS + SCANS + MORE_SPECS
LAYOUTS = {**WORD, **PDF, **MAIL, **TEXT}


def write(folder: Path) -> None:
    """Write every document and its ``.expected.json`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        (folder / spec.file).write_bytes(LAYOUTS[spec.layout](spec))
        answer = folder / spec.file.replace(f".{spec.ext}", ".expected.json")
        answer.write_text(json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_z")
