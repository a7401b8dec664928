"""Byte-stable writers for training_m: Word (hand-built OOXML), text PDFs (reportlab in
invariant mode) and raw MIME emails. A document is a list of blocks:
``("title", text)``, ``("h", text)``, ``("p", text)``, ``("table", rows)`` (rows of cell
strings; a cell may hold several lines separated by ``\\n``)."""

from __future__ import annotations

import base64
import io
import zipfile
from xml.sax.saxutils import escape

__all__ = ["docx_bytes", "eml_bytes", "pdf_bytes"]

_STAMP = (2026, 11, 20, 9, 0, 0)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _run(text: str, bold: bool = False, size: int | None = None) -> str:
    props = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def _para(text: str, bold: bool = False, size: int | None = None) -> str:
    return f"<w:p>{_run(text, bold, size)}</w:p>"


def _cell(text: str, width: int, shade: bool) -> str:
    fill = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/>' if shade else ""
    paras = "".join(_para(line, bold=shade) for line in text.split("\n")) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{fill}</w:tcPr>{paras}</w:tc>'


def _table(rows: list[list[str]], shade_first_column: bool) -> str:
    cols = max(len(r) for r in rows)
    width = 9000 // cols
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(cols))
    body = ""
    for row in rows:
        cells = list(row) + [""] * (cols - len(row))
        body += (
            "<w:tr>"
            + "".join(
                _cell(c, width, shade_first_column and i == 0 and cols > 1)
                for i, c in enumerate(cells)
            )
            + "</w:tr>"
        )
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{border}'
        f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl><w:p/>"
    )


def docx_bytes(blocks: list, header: str | None = None, footer: str | None = None) -> bytes:
    body = ""
    for block in blocks:
        kind = block[0]
        if kind == "title":
            body += _para(block[1], bold=True, size=32)
        elif kind == "h":
            body += _para(block[1], bold=True, size=24)
        elif kind == "p":
            body += _para(block[1])
        elif kind == "table":
            body += _table(block[1], shade_first_column=len(block) < 3 or block[2])
    refs, rels, types = "", "", ""
    for name, text, tag in (("header1", header, "hdr"), ("footer1", footer, "ftr")):
        if text is None:
            continue
        kind = "header" if tag == "hdr" else "footer"
        refs += f'<w:{kind}Reference w:type="default" r:id="r{name}"/>'
        rels += f'<Relationship Id="r{name}" Type="{_R}/{kind}" Target="{name}.xml"/>'
        types += (
            f'<Override PartName="/word/{name}.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>'
        )
    sect = (
        f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" '
        'w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document '
        f'xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{body}{sect}</w:body></w:document>'
    )
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/'
            'vnd.openxmlformats-package.core-properties+xml"/>'
            f"{types}</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>Referral</dc:title><dc:creator>Children's Services</dc:creator>"
            "</cp:coreProperties>"
        ),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f"{rels}</Relationships>"
        ),
    }
    for name, text, tag in (("header1", header, "hdr"), ("footer1", footer, "ftr")):
        if text is not None:
            members[f"word/{name}.xml"] = (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:{tag} xmlns:w="{_W}" xmlns:r="{_R}">{_para(text)}</w:{tag}>'
            )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            info = zipfile.ZipInfo(name, date_time=_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return out.getvalue()


_FONTS = False


def _fonts() -> None:
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", base + "DejaVuSans-Bold.ttf"))
    _FONTS = True


def pdf_bytes(blocks: list, title: str = "Referral") -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    _fonts()
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=9, leading=11.5)
    bold = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=11, leading=14, spaceBefore=6)
    big = ParagraphStyle("t", fontName="DejaVu-Bold", fontSize=15, leading=19, spaceAfter=6)

    def para(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            story.append(para(block[1], big))
        elif kind == "h":
            story.append(para(block[1], bold))
        elif kind == "p":
            story += [para(block[1], body), Spacer(1, 4)]
        elif kind == "table":
            rows = block[1]
            cols = max(len(r) for r in rows)
            width = 480 / cols
            data = [[para(c, body) for c in list(r) + [""] * (cols - len(r))] for r in rows]
            table = Table(data, colWidths=[width] * cols)
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if cols > 1 and (len(block) < 3 or block[2]):
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8E8E8")))
            table.setStyle(TableStyle(style))
            story += [table, Spacer(1, 6)]
    out = io.BytesIO()
    document = SimpleDocTemplate(
        out, pagesize=A4, invariant=1, title=title, author="", creator="", producer=""
    )
    document.build(story)
    return out.getvalue()


def eml_bytes(
    headers: list[tuple[str, str]],
    body: str,
    attachments: list[tuple[str, str, bytes]] = (),
    html: str | None = None,
    boundary: str = "=_m_boundary_0001",
) -> bytes:
    """Headers in order, a UTF-8 body (quoted 8bit), optional HTML alternative and
    base64 attachments ``(filename, media type, bytes)``; fixed boundaries."""
    head = "".join(f"{name}: {value}\r\n" for name, value in headers) + "MIME-Version: 1.0\r\n"
    text_part = (
        'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
        + body.replace("\n", "\r\n")
        + "\r\n"
    )
    if html is not None:
        encoded = base64.encodebytes(html.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        alt = boundary + "_alt"
        text_part = (
            f'Content-Type: multipart/alternative; boundary="{alt}"\r\n\r\n'
            f"--{alt}\r\n{text_part}--{alt}\r\n"
            'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
            f"{encoded}--{alt}--\r\n"
        )
    if not attachments:
        return (head + text_part).encode("utf-8")
    parts = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
    parts += f"This is a multi-part message in MIME format.\r\n--{boundary}\r\n{text_part}"
    for name, media, data in attachments:
        encoded = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
        parts += (
            f'--{boundary}\r\nContent-Type: {media}; name="{name}"\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}"
        )
    parts += f"--{boundary}--\r\n"
    return (head + parts).encode("utf-8")
