"""Rebuild the frozen_2 evaluation set byte for byte.

    uv run python services/referrals/tests/documents/frozen_2/make_frozen_2.py [OUT_DIR]

Writes every document and its ``.expected.json`` (default: this folder). Seeded, with
fixed timestamps: running it twice gives identical bytes. The facts are in
``f2_specs.py``, the wording in ``f2_text.py`` / ``f2_words.py``, the layouts in
``f2_docx.py``, ``f2_pdf.py`` and ``f2_plain.py``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from f2_docx import camhs_resi, lcs_request, regional_framework, solo_home  # noqa: E402
from f2_model import Doc, truth  # noqa: E402
from f2_pdf import cpp_form, mosaic_print, pc_assessment, uasc_referral  # noqa: E402
from f2_plain import (  # noqa: E402
    csv_export,
    faxscan,
    html_only,
    matching_letter,
    outlook_thread,
    remand_pace,
    short_break,
    step_down,
)
from f2_specs import all_docs  # noqa: E402

RENDER = {
    "lcs_request_docx": lcs_request,
    "mosaic_print_pdf": mosaic_print,
    "regional_framework_docx": regional_framework,
    "cpp_form_pdf": cpp_form,
    "camhs_resi_docx": camhs_resi,
    "uasc_referral_pdf": uasc_referral,
    "short_break_txt": short_break,
    "step_down_eml": step_down,
    "remand_pace_eml": remand_pace,
    "outlook_thread_eml": outlook_thread,
    "html_only_eml": html_only,
    "pc_assessment_pdf": pc_assessment,
    "matching_letter_txt": matching_letter,
    "csv_export_txt": csv_export,
    "solo_home_docx": solo_home,
    "faxscan_pdf": faxscan,
}


def documents() -> list[tuple[Doc, int]]:
    """Every document with its index within its layout; names are set here."""
    seen: Counter[str] = Counter()
    out = []
    for doc in all_docs():
        k = seen[doc.layout]
        seen[doc.layout] += 1
        doc.name = f"{doc.layout}_{k:02d}.{doc.ext}"
        out.append((doc, k))
    return out


def build(folder: Path) -> list[str]:
    """Write every document and its truth into ``folder``; return the file names."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for doc, k in documents():
        data = RENDER[doc.layout](doc, k)
        (folder / doc.name).write_bytes(data)
        answer = doc.name.rsplit(".", 1)[0] + ".expected.json"
        (folder / answer).write_text(json.dumps(truth(doc), indent=1, ensure_ascii=False) + "\n")
        names += [doc.name, answer]
    return names


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    written = build(target)
    print(f"wrote {len(written)} files to {target}")
