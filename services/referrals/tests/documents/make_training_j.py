"""Write training_j: fictional LA referral documents and their truth files, byte-stable.

.venv/bin/python services/referrals/tests/documents/make_training_j.py [folder]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from training_j_mail import MAIL_LAYOUTS
from training_j_model import truth
from training_j_office import OFFICE_LAYOUTS
from training_j_specs_mail import MAIL_SPECS
from training_j_specs_office import OFFICE_SPECS
from training_j_specs_text import TEXT_SPECS
from training_j_text import TEXT_LAYOUTS

__all__ = ["SPECS", "write"]

SPECS = tuple(sorted(TEXT_SPECS + MAIL_SPECS + OFFICE_SPECS, key=lambda spec: spec.id))
LAYOUTS = {**TEXT_LAYOUTS, **MAIL_LAYOUTS, **OFFICE_LAYOUTS}
HERE = Path(__file__).resolve().parent


def render(spec) -> bytes:
    data = LAYOUTS[spec.layout](spec)
    return data.encode("utf-8") if isinstance(data, str) else data


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    assert len({spec.id for spec in SPECS}) == len(SPECS)
    for spec in SPECS:
        (folder / spec.file).write_bytes(render(spec))
        answer = json.dumps(truth(spec), indent=1, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(answer, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_j")
