"""Write training_i: fictional LA referrals and their truth files, the same bytes every run.

.venv/bin/python services/referrals/tests/documents/make_training_i.py [folder]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import training_i_forwards as forwards  # noqa: E402
import training_i_pdf_layouts as pdf_layouts  # noqa: E402
import training_i_text_layouts as text_layouts  # noqa: E402
import training_i_word_layouts as word_layouts  # noqa: E402
from training_i_model import Spec, truth  # noqa: E402
from training_i_specs import SPECS as WORD_SPECS  # noqa: E402
from training_i_specs_late import SPECS as LATE_SPECS  # noqa: E402
from training_i_specs_more import SPECS as PDF_SPECS  # noqa: E402

SPECS: list[Spec] = [*WORD_SPECS, *PDF_SPECS, *LATE_SPECS, *forwards.SPECS]
LAYOUTS = {
    "staying_put": word_layouts.staying_put,
    "short_break": word_layouts.short_break,
    "reg24_breakdown": word_layouts.reg24_breakdown,
    "textbox_profile": word_layouts.textbox_profile,
    "bilingual_form": word_layouts.bilingual_form,
    "s25_summary": pdf_layouts.s25_summary,
    "panel_extract": pdf_layouts.panel_extract,
    "two_column": pdf_layouts.two_column,
    "sibling_grid": pdf_layouts.sibling_grid,
    "edt_log": text_layouts.edt_log,
    "tracker_csv": text_layouts.tracker_csv,
    "teams_chat": text_layouts.teams_chat,
    "pds_json_email": text_layouts.pds_json_email,
    "provider_ack": text_layouts.provider_ack,
    "forward_correction": forwards.forward_correction,
}
SUFFIX = {"two_column": "pdf", "staying_put": "docx"}


def render(spec: Spec) -> bytes:
    if spec.layout == "portal_html":
        layout = spec.notes["attach"]
        name = f"referral-{spec.notes['portal_ref']}.{SUFFIX[layout]}"
        return text_layouts.portal_html(spec, (name, LAYOUTS[layout](spec)))
    return LAYOUTS[spec.layout](spec)


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for spec in SPECS:
        (folder / spec.file).write_bytes(render(spec))
        answer = folder / spec.file.replace(f".{spec.suffix}", ".expected.json")
        answer.write_text(json.dumps(truth(spec), indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "training_i")
