"""Byte-stable writers for training_j: Word (hand-built OOXML), text PDF and raw email.

No clock and no randomness: zip members carry one fixed time, Word core properties one
fixed date, reportlab runs in invariant mode, MIME boundaries and Message-IDs are given.
"""

from __future__ import annotations

import base64
import io
import quopri
import zipfile
from email.header import Header
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

__all__ = ["Docx", "eml", "multipart", "part", "pdf_bytes"]

ZIP_TIME = (2026, 11, 20, 9, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _zip(members: list[tuple[str, str | bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buffer.getvalue()


def _run(text: str, bold: bool = False, tag: str = "w:t") -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


class Docx:
    """A small Word document: paragraphs, tables, tracked changes, comments, header/footer.

    Paragraph content is a list of pieces: a plain string, ("b", text) bold,
    ("ins", text) an insertion, ("del", text) a deletion (w:delText, so not body text),
    ("comment", id, anchored text) a commented range.
    """

    def __init__(self, author: str = "Author", when: str = "2026-11-20T09:00:00Z") -> None:
        self.body: list[str] = []
        self.header: list[str] = []
        self.footer: list[str] = []
        self.comments: list[tuple[int, str, str]] = []
        self.author = author
        self.when = when
        self._revision = 0

    def _pieces(self, pieces) -> str:
        out = []
        for piece in pieces if isinstance(pieces, list) else [pieces]:
            if isinstance(piece, str):
                out.append(_run(piece))
            elif piece[0] == "b":
                out.append(_run(piece[1], bold=True))
            elif piece[0] in ("ins", "del"):
                self._revision += 1
                tag = "w:delText" if piece[0] == "del" else "w:t"
                out.append(
                    f'<w:{piece[0]} w:id="{self._revision}" w:author="{escape(self.author)}" '
                    f'w:date="{self.when}">{_run(piece[1], tag=tag)}</w:{piece[0]}>'
                )
            elif piece[0] == "comment":
                number = piece[1]
                out.append(
                    f'<w:commentRangeStart w:id="{number}"/>{_run(piece[2])}'
                    f'<w:commentRangeEnd w:id="{number}"/>'
                    f'<w:r><w:commentReference w:id="{number}"/></w:r>'
                )
        return "".join(out)

    def p(self, pieces="", style: str | None = None) -> None:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        self.body.append(f"<w:p>{props}{self._pieces(pieces)}</w:p>")

    def h(self, text: str, level: int = 1) -> None:
        self.p([("b", text)], style=f"Heading{level}")

    def table(self, rows: list[list], widths: list[int] | None = None) -> None:
        columns = max(len(row) for row in rows)
        widths = widths or [9000 // columns] * columns
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        xml = [
            '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
            '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
            '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
            f"</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        ]
        for row in rows:
            xml.append("<w:tr>")
            for index, cell in enumerate(row):
                span = columns - len(row) + 1 if index == len(row) - 1 else 1
                span_xml = f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
                paragraphs = cell if isinstance(cell, tuple) else (cell,)
                inner = "".join(f"<w:p>{self._pieces(par)}</w:p>" for par in paragraphs)
                xml.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{widths[index]}" w:type="dxa"/>'
                    f"{span_xml}</w:tcPr>{inner}</w:tc>"
                )
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.body.append("".join(xml))
        self.body.append("<w:p/>")

    def comment(self, number: int, author: str, text: str) -> None:
        self.comments.append((number, author, text))

    def _part(self, root: str, paragraphs: list[str]) -> str:
        inner = "".join(f"<w:p>{_run(text)}</w:p>" for text in paragraphs) or "<w:p/>"
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:{root} xmlns:w="{W}" xmlns:r="{R}">{inner}</w:{root}>'
        )

    def bytes(self, title: str) -> bytes:
        rels = [("rId1", "styles", "styles.xml")]
        refs = ""
        if self.header:
            rels.append(("rId2", "header", "header1.xml"))
            refs += '<w:headerReference w:type="default" r:id="rId2"/>'
        if self.footer:
            rels.append(("rId3", "footer", "footer1.xml"))
            refs += '<w:footerReference w:type="default" r:id="rId3"/>'
        if self.comments:
            rels.append(("rId4", "comments", "comments.xml"))
        sect = (
            f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1200" w:bottom="1440" w:left="1200" '
            'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
        )
        document = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>'
            f"{''.join(self.body)}{sect}</w:body></w:document>"
        )
        overrides = {
            "/word/document.xml": "wordprocessingml.document.main",
            "/word/styles.xml": "wordprocessingml.styles",
            "/word/header1.xml": "wordprocessingml.header",
            "/word/footer1.xml": "wordprocessingml.footer",
            "/word/comments.xml": "wordprocessingml.comments",
        }
        present = {"/word/document.xml", "/word/styles.xml"}
        members: list[tuple[str, str | bytes]] = []
        if self.header:
            present.add("/word/header1.xml")
        if self.footer:
            present.add("/word/footer1.xml")
        if self.comments:
            present.add("/word/comments.xml")
        types = "".join(
            f'<Override PartName="{name}" ContentType="application/'
            f'vnd.openxmlformats-officedocument.{kind}+xml"/>'
            for name, kind in overrides.items()
            if name in present
        )
        members.append(
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/'
                'vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f"{types}"
                '<Override PartName="/docProps/core.xml" ContentType="application/'
                'vnd.openxmlformats-package.core-properties+xml"/></Types>',
            )
        )
        members.append(
            (
                "_rels/.rels",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
            )
        )
        members.append(
            (
                "docProps/core.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(self.author)}</dc:creator>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-20T09:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-20T09:00:00Z</dcterms:modified>'
                "</cp:coreProperties>",
            )
        )
        members.append(("word/document.xml", document))
        members.append(
            (
                "word/_rels/document.xml.rels",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG}">'
                + "".join(
                    f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
                    for rid, kind, target in rels
                )
                + "</Relationships>",
            )
        )
        members.append(
            (
                "word/styles.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
                "</w:style>"
                '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
                '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
                '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>'
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
                "</w:styles>",
            )
        )
        if self.header:
            members.append(("word/header1.xml", self._part("hdr", self.header)))
        if self.footer:
            members.append(("word/footer1.xml", self._part("ftr", self.footer)))
        if self.comments:
            inner = "".join(
                f'<w:comment w:id="{number}" w:author="{escape(author)}" w:date="{self.when}" '
                f'w:initials="{"".join(w[0] for w in author.split())}">'
                f"<w:p>{_run(text)}</w:p></w:comment>"
                for number, author, text in self.comments
            )
            members.append(
                (
                    "word/comments.xml",
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<w:comments xmlns:w="{W}">{inner}</w:comments>',
                )
            )
        return _zip(members)


_FONTS_READY = False


def _fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont("DejaVu", f"{FONT_DIR}/DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", f"{FONT_DIR}/DejaVuSans-Bold.ttf"))
        _FONTS_READY = True


def pdf_bytes(blocks: list[tuple], title: str, author: str) -> bytes:
    """Blocks: ("h", text), ("p", text), ("small", text), ("gap",), ("table", rows, widths_mm).

    Table cells are plain strings (wrapped inside the cell); a cell starting with "**" is bold.
    """
    _fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    head = ParagraphStyle(
        "head",
        parent=body,
        fontName="DejaVu-Bold",
        fontSize=12.5,
        leading=16,
        spaceBefore=6,
        spaceAfter=4,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5)
    bold_cell = ParagraphStyle("boldcell", parent=cell, fontName="DejaVu-Bold")

    def para(text: str, style) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    story = []
    for block in blocks:
        kind = block[0]
        if kind == "h":
            story.append(para(block[1], head))
        elif kind == "p":
            story.append(para(block[1], body))
            story.append(Spacer(1, 4))
        elif kind == "small":
            story.append(para(block[1], small))
        elif kind == "gap":
            story.append(Spacer(1, 8))
        elif kind == "table":
            rows = [
                [para(c[2:], bold_cell) if c.startswith("**") else para(c, cell) for c in row]
                for row in block[1]
            ]
            widths = [w * 2.8346 for w in block[2]]
            table = Table(rows, colWidths=widths)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story.append(table)
            story.append(Spacer(1, 8))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        author=author,
        creator="training_j",
        leftMargin=50,
        rightMargin=50,
        topMargin=50,
        bottomMargin=50,
    )
    document.build(story)
    return buffer.getvalue()


def part(
    content_type: str,
    body: str | bytes,
    encoding: str = "7bit",
    charset: str | None = "utf-8",
    filename: str | None = None,
    inline: bool = False,
) -> str:
    """One MIME leaf part as text (headers, blank line, encoded body)."""
    raw = body.encode(charset or "utf-8") if isinstance(body, str) else body
    headers = [f"Content-Type: {content_type}" + (f'; charset="{charset}"' if charset else "")]
    if filename:
        headers[0] += f'; name="{filename}"'
        kind = "inline" if inline else "attachment"
        headers.append(f'Content-Disposition: {kind}; filename="{filename}"')
    headers.append(f"Content-Transfer-Encoding: {encoding}")
    if encoding == "base64":
        encoded = base64.encodebytes(raw).decode("ascii")
    elif encoding == "quoted-printable":
        encoded = quopri.encodestring(raw).decode("ascii")
    else:
        encoded = raw.decode(charset or "utf-8")
    return "\n".join(headers) + "\n\n" + encoded.rstrip("\n") + "\n"


def multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    inner = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return (
        f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
        f"This is a multi-part message in MIME format.\n\n{inner}--{boundary}--\n"
    )


def eml(headers: list[tuple[str, str]], body: str) -> str:
    """A whole message: the given headers, MIME-Version, then a body from part/multipart."""
    lines = [
        f"{name}: {value if value.isascii() else Header(value, 'utf-8').encode()}"
        for name, value in headers
    ] + ["MIME-Version: 1.0"]
    return "\n".join(lines) + "\n" + body
