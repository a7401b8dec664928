"""Writes training_t: fictional LA referral documents and their truths (issue 12).

    .venv/bin/python services/referrals/tests/documents/make_training_t.py [folder]

The same bytes on every run: no randomness, no clock. See training_t/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_t_layouts import LAYOUTS  # noqa: E402
from training_t_model import truth  # noqa: E402
from training_t_specs import SPECS_A, SPECS_B  # noqa: E402
from training_t_specs_more import SPECS_C  # noqa: E402

SPECS = [*SPECS_A, *SPECS_B, *SPECS_C]
assert len({s.id for s in SPECS}) == len(SPECS)


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        layout, _ = LAYOUTS[spec.layout]
        (folder / spec.file).write_bytes(layout(spec))
        answer = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(answer, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_t")
