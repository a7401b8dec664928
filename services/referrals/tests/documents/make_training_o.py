"""Write training_o: fictional LA referral documents and their truth files, byte for byte.

    .venv/bin/python services/referrals/tests/documents/make_training_o.py [folder]

No randomness and no clock: two runs give the same bytes. Each spec is checked before it
is written (the LA code is in the contract's list, every family-time person and every
no-contact name is in the document's own words, a child has a date of birth or an age).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hearth_contract.codes import LOCAL_AUTHORITIES  # noqa: E402
from training_o_layouts import LAYOUTS  # noqa: E402
from training_o_model import Spec, truth  # noqa: E402
from training_o_specs import SPECS_OFFICE, SPECS_OFFICE_2  # noqa: E402
from training_o_specs_more import (  # noqa: E402
    SPECS_EXTRA,
    SPECS_MAIL,
    SPECS_MAIL_2,
    SPECS_TEXT,
)

SPECS: list[Spec] = [
    *SPECS_OFFICE,
    *SPECS_OFFICE_2,
    *SPECS_MAIL,
    *SPECS_MAIL_2,
    *SPECS_TEXT,
    *SPECS_EXTRA,
]


def check(spec: Spec) -> None:
    """A spec that contradicts itself is a writing mistake: refuse it."""
    assert spec.la_code in LOCAL_AUTHORITIES, spec.id
    for kid in spec.kids:
        assert (kid.dob is None) != (kid.age is None), (spec.id, kid.first)
        for who, _ in kid.family:
            assert who.lower() in kid.family_words.lower(), (spec.id, who)
        assert kid.family_known or not kid.family, spec.id
        assert not kid.school or kid.school in kid.school_words, (spec.id, kid.school)


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    ids = [spec.id for spec in SPECS]
    assert len(ids) == len(set(ids))
    for spec in SPECS:
        check(spec)
        (folder / spec.file).write_bytes(LAYOUTS[spec.layout](spec))
        text = json.dumps(truth(spec), indent=2, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_o")
