"""Writes training_l: fictional LA referral documents and their truth files.

    .venv/bin/python services/referrals/tests/documents/make_training_l.py [folder]

Written without reading the reader (see training_l/README.md). Same bytes on every run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_l_layouts import render  # noqa: E402
from training_l_model import truth  # noqa: E402
from training_l_specs import SPECS as FIRST  # noqa: E402
from training_l_specs_more import SPECS as MORE  # noqa: E402

SPECS = FIRST + MORE


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        (folder / spec.file).write_bytes(render(spec))
        answer = json.dumps(truth(spec), indent=1, ensure_ascii=False) + "\n"
        (folder / f"{spec.file.rsplit('.', 1)[0]}.expected.json").write_text(answer)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_l")
