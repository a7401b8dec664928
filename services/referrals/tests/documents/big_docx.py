"""A 15-page Word referral for timing: Parts, tables, tick boxes and long narrative."""

from __future__ import annotations

import io

from docx import Document

_NARRATIVE = (
    "Liam has lived with his current carers for eight months. He enjoys football and "
    "attends Oakwood Academy, where his attendance has improved. There are no known "
    "concerns about fire-setting. He has not self-harmed for over 12 months. "
)


def fifteen_page_docx() -> bytes:
    document = Document()
    document.add_heading("Kent County Council - Placement Referral", 1)
    for part in range(1, 11):
        document.add_paragraph(f"Part {part}: Section {part}")
        table = document.add_table(rows=0, cols=2)
        for row in range(12):
            cells = table.add_row().cells
            cells[0].text = f"Question {part}.{row}"
            cells[1].text = "☒ Yes ☐ No " + _NARRATIVE[:80]
        for _ in range(6):
            document.add_paragraph(_NARRATIVE * 2)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
