"""training_k's byte-stable writers: OOXML by hand, reportlab in invariant mode, raw MIME."""

from __future__ import annotations

import base64
import io
import zipfile
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = "/usr/share/fonts/truetype/dejavu"
ZIP_TIME = (2026, 11, 20, 9, 30, 0)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class Docx:
    """A Word document: paragraphs, tables, legacy form fields, a header and a footer."""

    def __init__(self, title: str, header: str = "", footer: str = "") -> None:
        self.title, self.header, self.footer = title, header, footer
        self.body: list[str] = []

    def para(self, text: str = "", bold: bool = False, style: str | None = None) -> None:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        self.body.append(f"<w:p>{props}{_run(text, bold)}</w:p>")

    def heading(self, text: str) -> None:
        self.para(text, bold=True, style="Heading2")

    def formfield(self, label: str, value: str, dropdown: tuple = ()) -> None:
        """A label and a legacy FORMTEXT (or FORMDROPDOWN) field holding the value."""
        if dropdown:
            entries = "".join(f'<w:listEntry w:val="{escape(e)}"/>' for e in dropdown)
            chosen = dropdown.index(value)
            ffdata = f'<w:ffData><w:name w:val="dd"/><w:enabled/><w:ddList><w:result w:val="{chosen}"/>{entries}</w:ddList></w:ffData>'
            code = " FORMDROPDOWN "
        else:
            ffdata = '<w:ffData><w:name w:val="Text1"/><w:enabled/><w:textInput/></w:ffData>'
            code = " FORMTEXT "
        self.body.append(
            "<w:p>"
            + _run(f"{label}: ", bold=True)
            + f'<w:r><w:fldChar w:fldCharType="begin">{ffdata}</w:fldChar></w:r>'
            + f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + _run(value)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        )

    def table(self, rows: list[list[str]], bold_first: bool = False) -> None:
        out = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        ]
        for r, row in enumerate(rows):
            out.append("<w:tr>")
            for c, cell in enumerate(row):
                lines = cell.split("\n") or [""]
                paras = "".join(
                    f"<w:p>{_run(line, bold=(bold_first and (r == 0 or c == 0) and len(row) > 1 and c == 0) or (bold_first and r == 0))}</w:p>"
                    for line in lines
                )
                out.append(f"<w:tc>{paras}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.body.append("".join(out))
        self.para()

    def bytes(self) -> bytes:
        rels_doc = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            "</Relationships>"
        )
        sect = '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'
        document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{"".join(self.body)}{sect}</w:body></w:document>'
        header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}><w:p>{_run(self.header)}</w:p></w:hdr>'
        footer = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}><w:p>{_run(self.footer)}</w:p></w:ftr>'
        types = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        )
        rels = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        )
        core = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(self.title)}</dc:title><dc:creator>Placements</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T09:30:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T09:30:00Z</dcterms:modified>'
            "</cp:coreProperties>"
        )
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in (
                ("[Content_Types].xml", types),
                ("_rels/.rels", rels),
                ("docProps/core.xml", core),
                ("word/_rels/document.xml.rels", rels_doc),
                ("word/document.xml", document),
                ("word/header1.xml", header),
                ("word/footer1.xml", footer),
            ):
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, text.encode("utf-8"))
        return buffer.getvalue()


_FONTS_DONE: list[bool] = []


def _fonts() -> None:
    if not _FONTS_DONE:
        pdfmetrics.registerFont(TTFont("KSans", f"{FONTS}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("KSansB", f"{FONTS}/DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("KMono", f"{FONTS}/DejaVuSansMono.ttf"))
        _FONTS_DONE.append(True)


class Pdf:
    """A text PDF: lines of text, optional ruled grids; pages break by themselves."""

    def __init__(
        self, title: str, header: str = "", font: str = "KSans", size: float = 9.5
    ) -> None:
        _fonts()
        self.buffer = io.BytesIO()
        self.canvas = canvas.Canvas(self.buffer, pagesize=A4, invariant=1, pageCompression=0)
        self.canvas.setTitle(title)
        self.canvas.setAuthor("Placements")
        self.header, self.font, self.size = header, font, size
        self.page = 1
        self.y = 0.0
        self._top()

    def _top(self) -> None:
        self.y = A4[1] - 50
        if self.header:
            self.canvas.setFont("KSans", 7.5)
            self.canvas.drawString(40, A4[1] - 30, f"{self.header}    Page {self.page}")

    def _room(self, need: float) -> None:
        if self.y - need < 50:
            self.canvas.showPage()
            self.page += 1
            self._top()

    def line(
        self, text: str = "", bold: bool = False, size: float | None = None, x: float = 40
    ) -> None:
        size = size or self.size
        width = int((A4[0] - x - 40) / (size * 0.55))
        chunks = _wrap(text, width) if text else [""]
        for chunk in chunks:
            self._room(size + 4)
            self.canvas.setFont("KSansB" if bold else self.font, size)
            self.canvas.drawString(x, self.y, chunk)
            self.y -= size + 4

    def grid(self, rows: list[list[str]], widths: list[float], size: float = 8) -> None:
        """A ruled table; each cell's text wraps inside its column."""
        x0 = 40
        for row in rows:
            cells = [
                _wrap(cell, max(int(w / (size * 0.55)), 4)) or [""]
                for cell, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * (size + 3) + 6
            self._room(height)
            top = self.y + size + 2
            x = x0
            for lines, w in zip(cells, widths, strict=True):
                self.canvas.rect(x, top - height, w, height)
                yy = top - size - 2
                for text in lines:
                    self.canvas.setFont(self.font, size)
                    self.canvas.drawString(x + 3, yy, text)
                    yy -= size + 3
                x += w
            self.y -= height
        self.y -= 8

    def bytes(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for raw in text.split("\n"):
        line = ""
        for word in raw.split(" "):
            if line and len(line) + 1 + len(word) > width:
                out.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        out.append(line)
    return out


def wrap(text: str, width: int = 76) -> str:
    return "\n".join(_wrap(text, width))


def eml(
    headers: list[tuple[str, str]],
    text: str | None = None,
    html: str | None = None,
    attachments: tuple = (),
    boundary: str = "----=_Part_K_0001",
) -> bytes:
    """A raw message: plain and/or HTML alternatives, base64 attachments; fixed boundaries."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers) + "MIME-Version: 1.0\r\n"

    def leaf(kind: str, body: str) -> str:
        payload = base64.encodebytes(body.encode("utf-8")).decode("ascii").replace("\n", "\r\n")
        return f'Content-Type: {kind}; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n{payload}'

    parts = [leaf("text/plain", text)] if text is not None else []
    parts += [leaf("text/html", html)] if html is not None else []
    if len(parts) == 1:
        body = parts[0]
    else:
        inner = f"{boundary}_alt"
        body = (
            f'Content-Type: multipart/alternative; boundary="{inner}"\r\n\r\n'
            + "".join(f"--{inner}\r\n{p}\r\n" for p in parts)
            + f"--{inner}--\r\n"
        )
    if attachments:
        chunks = [body]
        for name, kind, data in attachments:
            payload = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
            chunks.append(
                f'Content-Type: {kind}; name="{name}"\r\nContent-Disposition: attachment; filename="{name}"\r\n'
                f"Content-Transfer-Encoding: base64\r\n\r\n{payload}"
            )
        body = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            + "".join(f"--{boundary}\r\n{c}\r\n" for c in chunks)
            + f"--{boundary}--\r\n"
        )
    return (head + body).encode("utf-8")
