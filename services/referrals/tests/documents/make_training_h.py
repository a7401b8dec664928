"""Write training_h: fictional LA referral documents and their truth files (issue 12).

    .venv/bin/python services/referrals/tests/documents/make_training_h.py [folder]

Every run writes the same bytes (see training_h_write). The referrals are data in
training_h_specs*.py; the layouts are training_h_layouts.py and training_h_emails.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_h_emails import DOCUMENT_EMAILS, EMAILS  # noqa: E402
from training_h_layouts import LAYOUTS  # noqa: E402
from training_h_model import Spec, truth  # noqa: E402
from training_h_specs import SPECS_A  # noqa: E402
from training_h_specs_late import SPECS_C, SPECS_D  # noqa: E402
from training_h_specs_more import SPECS_B  # noqa: E402
from training_h_write import docx_bytes, pdf_bytes, text_of  # noqa: E402

SPECS: list[Spec] = SPECS_A + SPECS_B + SPECS_C + SPECS_D
FOLDER = HERE / "training_h"


def render(spec: Spec) -> bytes:
    """The document's bytes in its format."""
    if spec.layout in EMAILS:
        assert spec.fmt == "eml"
        return EMAILS[spec.layout](spec)
    blocks, header = {**LAYOUTS, **DOCUMENT_EMAILS}[spec.layout](spec)
    author = spec.sw.name
    if spec.fmt == "docx":
        return docx_bytes(blocks, header, author)
    if spec.fmt == "pdf":
        return pdf_bytes(blocks, header, author)
    assert spec.fmt == "txt"
    return text_of(blocks).encode("utf-8")


def write(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        name = f"{spec.id}-{spec.slug}.{spec.fmt}"
        (folder / name).write_bytes(render(spec))
        answer = json.dumps(truth(spec, name), indent=1, ensure_ascii=False) + "\n"
        (folder / f"{spec.id}-{spec.slug}.expected.json").write_text(answer)


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
