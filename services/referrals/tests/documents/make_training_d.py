"""Writes training_d: fictional LA referrals in every format, each with its .expected.json.

Run from the repo root: ``.venv/bin/python services/referrals/tests/documents/make_training_d.py``.
Seeded and built from fixed dates (``hearth_kit.clock.TEST_NOW``), so a rerun writes the
same documents.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from training_d_layouts import LAYOUTS
from training_d_model import Doc, truth
from training_d_specs import FIRST
from training_d_specs_more import MORE
from training_d_write import EMAILS, write_docx, write_pdf, write_txt

FOLDER = Path(__file__).parent / "training_d"
WRITERS = {"docx": write_docx, "pdf": write_pdf, "txt": write_txt}


def render(doc: Doc) -> bytes:
    rng = random.Random(doc.slug)
    if doc.layout in EMAILS:
        return EMAILS[doc.layout](doc, rng)
    return WRITERS[doc.fmt](LAYOUTS[doc.layout](doc, rng))


def main() -> None:
    FOLDER.mkdir(exist_ok=True)
    for doc in [*FIRST, *MORE]:
        filename = f"{doc.slug}.{doc.fmt}"
        (FOLDER / filename).write_bytes(render(doc))
        expected = json.dumps(truth(doc, filename), indent=1, ensure_ascii=False) + "\n"
        (FOLDER / f"{doc.slug}.expected.json").write_text(expected)


if __name__ == "__main__":
    main()
