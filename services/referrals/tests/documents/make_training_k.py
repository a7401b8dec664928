"""Writes training_k: fictional LA referral documents and their truth files, byte-stably.

.venv/bin/python services/referrals/tests/documents/make_training_k.py [folder]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_k_layouts import render  # noqa: E402
from training_k_model import truth  # noqa: E402
from training_k_specs import SPECS_A  # noqa: E402
from training_k_specs_more import SPECS_B  # noqa: E402

SPECS = SPECS_A + SPECS_B


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        (folder / spec.file).write_bytes(render(spec))
        stem = spec.file.rsplit(".", 1)[0]
        (folder / f"{stem}.expected.json").write_text(json.dumps(truth(spec), indent=1) + "\n")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_k")
