"""Writes training_n: fictional LA referral documents and their truth files.

    .venv/bin/python services/referrals/tests/documents/make_training_n.py [folder]

The same bytes on every run (see training_n/README.md, "Rebuilding").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_n_layouts import LAYOUTS  # noqa: E402
from training_n_model import truth  # noqa: E402
from training_n_specs import SPECS as FIRST  # noqa: E402
from training_n_specs_more import SPECS as MORE  # noqa: E402

SPECS = [*FIRST, *MORE]


def _check(spec) -> None:
    """Catch a spec that contradicts itself before its files are written."""
    from hearth_contract.codes import LOCAL_AUTHORITIES

    assert spec.needs_ocr or spec.la_code in LOCAL_AUTHORITIES, spec.id
    for kid in spec.kids:
        for who, _, words in kid.ft or []:
            assert not words or who.lower() in words.lower(), (spec.id, who)
        assert (kid.dob is None) == (kid.age is not None), (spec.id, kid.first)


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        _check(spec)
        (folder / spec.file).write_bytes(LAYOUTS[spec.layout](spec))
        answer = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(answer)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_n")
