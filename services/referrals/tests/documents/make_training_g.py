"""Write the training_g documents and their truth files (deterministic: same bytes every run).

    .venv/bin/python services/referrals/tests/documents/make_training_g.py [folder]

The referrals are data in ``training_g_specs*.py``; ``training_g_forms.py`` and
``training_g_emails.py`` are the layouts, ``training_g_write.py`` the file writers. Dates
come from ``hearth_kit.clock.TEST_NOW``; random choices are seeded per document.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from training_g_emails import EMAILS  # noqa: E402
from training_g_forms import FORMS  # noqa: E402
from training_g_model import Ref, truth  # noqa: E402
from training_g_specs import SPECS_A  # noqa: E402
from training_g_specs_more import SPECS_B  # noqa: E402
from training_g_write import to_docx, to_pdf, to_text  # noqa: E402

SPECS: list[Ref] = SPECS_A + SPECS_B
FOLDER = HERE / "training_g"


def render(ref: Ref) -> bytes:
    """The document's bytes in its format."""
    if ref.fmt == "eml":
        return EMAILS[ref.layout](ref)
    doc = FORMS[ref.layout](ref)
    if ref.fmt == "docx":
        return to_docx(doc)
    if ref.fmt == "pdf":
        return to_pdf(doc)
    if ref.fmt == "txt":
        return to_text(doc, width=1 if ref.layout == "caps_export" else 0).encode("utf-8")
    raise ValueError(ref.fmt)


def filename(ref: Ref) -> str:
    return f"{ref.id}-{ref.slug}.{ref.fmt}"


def write(folder: Path = FOLDER) -> list[Path]:
    """Write every document and truth file into ``folder``; returns the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for ref in SPECS:
        name = filename(ref)
        (folder / name).write_bytes(render(ref))
        answer = folder / f"{ref.id}-{ref.slug}.expected.json"
        answer.write_text(json.dumps(truth(ref, name), indent=1, ensure_ascii=False) + "\n")
        written += [folder / name, answer]
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER
    paths = write(target)
    print(f"wrote {len(paths)} files to {target}")
