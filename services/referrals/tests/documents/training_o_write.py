"""Byte-stable writers for training_o: Word (hand-built OOXML), text PDF, raw MIME email.

A document is a list of blocks: ``("h", text)`` heading, ``("p", text)`` paragraph,
``("b", text)`` bold paragraph, ``("t", rows)`` a table (rows of cell strings, the first row
a header when ``("t", rows, True)``). No randomness and no clock: zip members carry one
fixed time, reportlab runs in invariant mode, emails have fixed boundaries and dates.
"""

from __future__ import annotations

import base64
import io
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONTS = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", f"{FONTS}/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONTS}/DejaVuSans-Bold.ttf"))
ZIP_TIME = (2026, 11, 20, 9, 30, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    lines = text.split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)
    return f"<w:r>{props}{body}</w:r>"


def _para(text: str, bold: bool = False, style: str | None = None) -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{_run(text, bold)}</w:p>"


def _table(rows: list[list[str]], header: bool) -> str:
    cols = max(len(row) for row in rows)
    grid = "".join(f'<w:gridCol w:w="{9000 // cols}"/>' for _ in range(cols))
    out = [
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
        f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    for number, row in enumerate(rows):
        cells = list(row) + [""] * (cols - len(row))
        out.append("<w:tr>")
        for cell in cells:
            out.append(f"<w:tc>{_para(cell, bold=header and number == 0)}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _body(blocks: list) -> str:
    parts = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            parts.append(_para(block[1], bold=True, style="Heading2"))
        elif kind == "b":
            parts.append(_para(block[1], bold=True))
        elif kind == "p":
            parts.append(_para(block[1]))
        elif kind == "t":
            parts.append(_table(block[1], len(block) > 2 and block[2]))
            parts.append("<w:p/>")
    return "".join(parts)


def docx_bytes(blocks: list, header: str = "", footer: str = "") -> bytes:
    """A Word document built by hand; the header and footer parts only when given."""
    refs, rels, overrides, extra = "", "", "", {}
    for kind, text in (("header", header), ("footer", footer)):
        if not text:
            continue
        refs += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
        rels += (
            f'<Relationship Id="r{kind}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/{kind}" Target="{kind}1.xml"/>'
        )
        overrides += (
            f'<Override PartName="/word/{kind}1.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>'
        )
        tag = "hdr" if kind == "header" else "ftr"
        extra[f"word/{kind}1.xml"] = f"<w:{tag} {W} {R}>{_para(text)}</w:{tag}>"
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W} {R}><w:body>'
        f'{_body(blocks)}<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567"'
        ' w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        f'officedocument.wordprocessingml.document.main+xml"/>{overrides}</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" '
        'standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        f'2006/relationships">{rels}</Relationships>',
        "word/document.xml": document,
        **extra,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "p": body,
        "b": ParagraphStyle("bold", parent=body, fontName="DejaVu-Bold"),
        "h": ParagraphStyle("head", parent=body, fontName="DejaVu-Bold", fontSize=12, leading=15),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
    }


def _flow(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def pdf_bytes(blocks: list, title: str, wide: bool = False) -> bytes:
    """A text PDF (DejaVu Sans embedded); ``("page",)`` starts a new page."""
    styles = _styles()
    size = landscape(A4) if wide else A4
    width = size[0] - 36 * mm
    story = []
    for block in blocks:
        kind = block[0]
        if kind == "page":
            story.append(PageBreak())
        elif kind in ("h", "p", "b"):
            story.append(_flow(block[1], styles[kind]))
        elif kind == "t":
            rows = block[1]
            cols = max(len(row) for row in rows)
            data = [
                [_flow(cell, styles["cell"]) for cell in list(row) + [""] * (cols - len(row))]
                for row in rows
            ]
            table = Table(data, colWidths=[width / cols] * cols)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(table)
            story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=title,
        author="",
        creator="",
        producer="",
    )
    template.build(story)
    return buffer.getvalue()


def eml_bytes(headers: list[tuple[str, str]], body: str, attachments=(), html: str = "") -> bytes:
    """Raw MIME with fixed boundaries: a plain body, an optional HTML twin, attachments."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers) + "MIME-Version: 1.0\r\n"
    text_part = (
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + body.replace("\n", "\r\n")
        + "\r\n"
    )
    if html:
        html_part = (
            'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
            + html.replace("\n", "\r\n")
            + "\r\n"
        )
        text_part = (
            'Content-Type: multipart/alternative; boundary="alt-o-0001"\r\n\r\n'
            f"--alt-o-0001\r\n{text_part}--alt-o-0001\r\n{html_part}--alt-o-0001--\r\n"
        )
    if not attachments:
        return (head + text_part).encode("utf-8")
    parts = [f"--mix-o-0001\r\n{text_part}"]
    for name, media, data in attachments:
        encoded = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        parts.append(
            f'--mix-o-0001\r\nContent-Type: {media}; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
        )
    body_all = "".join(parts) + "--mix-o-0001--\r\n"
    return (
        head + 'Content-Type: multipart/mixed; boundary="mix-o-0001"\r\n\r\n' + body_all
    ).encode("utf-8")
