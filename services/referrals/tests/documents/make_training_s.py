"""Writes training_s: fictional LA referrals in sixteen new layouts, with truth files.

Written by a helper who never read the document reader (see training_s/README.md). Run:

    .venv/bin/python services/referrals/tests/documents/make_training_s.py [folder]

Same bytes on every run: no randomness, no clock.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_s_layouts import LAYOUTS  # noqa: E402
from training_s_layouts_more import LAYOUTS_MORE  # noqa: E402
from training_s_model import truth  # noqa: E402
from training_s_specs import SPECS_1  # noqa: E402
from training_s_specs_more import SPECS_2  # noqa: E402

SPECS = SPECS_1 + SPECS_2
RENDER = LAYOUTS | LAYOUTS_MORE


def write(folder: Path = HERE / "training_s") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    assert len({spec.id for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        (folder / spec.file).write_bytes(RENDER[spec.layout](spec))
        answer = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(answer, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_s")
