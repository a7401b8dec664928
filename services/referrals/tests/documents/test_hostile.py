"""Hostile and broken files: each is a typed 4xx problem, quickly and in bounded memory."""

import io
import time
import tracemalloc
import zipfile

import pytest
from builders import docx_with_controls, email, fillable_pdf
from hearth_contract.documents import (
    DocumentCorrupt,
    DocumentEncrypted,
    DocumentKind,
    DocumentRejected,
    DocumentTooComplex,
    DocumentTooLarge,
    DocumentTypeUnsupported,
)
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import DocumentLimits, describe_document, read_referral_document
from pypdf import PdfWriter

TODAY = TEST_NOW.date()

MAX_SECONDS = 5.0
MAX_PEAK_BYTES = 80 * 1024 * 1024


def _bounded(data: bytes, problem: type[Exception], limits: DocumentLimits | None = None):
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(problem) as raised:
            read_referral_document(data, today=TODAY, limits=limits)
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert time.perf_counter() - started < MAX_SECONDS
    assert peak < MAX_PEAK_BYTES
    assert 400 <= raised.value.status < 500
    return raised.value


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


class TestZipBomb:
    def test_a_docx_that_expands_past_the_limit_is_413(self):
        bomb = _zip(
            {
                "[Content_Types].xml": b"<Types/>",
                "word/document.xml": b"<w:document>" + b"\0" * (70 * 1024 * 1024),
            }
        )
        assert len(bomb) < 200_000
        problem = _bounded(bomb, DocumentTooLarge)
        assert problem.status == 413

    def test_a_suspicious_compression_ratio_is_refused(self):
        bomb = _zip(
            {"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (20 * 1024 * 1024)}
        )
        _bounded(bomb, DocumentTooLarge)

    def test_too_many_members_is_refused(self):
        members = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<x/>"}
        members.update({f"word/media/{n}.bin": b"x" for n in range(600)})
        _bounded(_zip(members), DocumentTooComplex)


class TestPdfs:
    def test_a_500_page_pdf_is_too_complex(self):
        writer = PdfWriter()
        for _ in range(500):
            writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        problem = _bounded(buffer.getvalue(), DocumentTooComplex)
        assert problem.status == 422

    def test_an_encrypted_pdf_is_refused_clearly(self):
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        writer.encrypt("secret", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        problem = _bounded(buffer.getvalue(), DocumentEncrypted)
        assert problem.slug == "document-encrypted" and problem.status == 422


class TestCorruptFiles:
    @pytest.mark.parametrize(
        "data",
        [
            docx_with_controls()[:3000],  # a Word file cut short
            b"%PDF-1.7\n garbage that is not a PDF \n%%EOF",
            b"PK\x03\x04 not really a zip",
        ],
    )
    def test_damaged_files_are_422(self, data):
        problem = _bounded(data, DocumentRejected)
        assert isinstance(problem, DocumentCorrupt)

    @pytest.mark.parametrize(
        "data",
        [
            b"",
            b"   \n",
        ],
    )
    def test_empty_files_are_422(self, data):
        _bounded(data, DocumentCorrupt)

    @pytest.mark.parametrize(
        "data",
        [
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
            b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
            bytes(range(256)) * 4,
        ],
    )
    def test_other_binary_types_are_415(self, data):
        problem = _bounded(data, DocumentTypeUnsupported)
        assert problem.status == 415


class TestLyingExtensions:
    def test_the_type_comes_from_the_bytes_not_the_name(self):
        pdf = fillable_pdf({"Legal status": "S20"}, {})
        assert describe_document(pdf, filename="referral.docx").kind is DocumentKind.PDF
        word = docx_with_controls()
        assert describe_document(word, filename="referral.pdf").kind is DocumentKind.DOCX
        draft = read_referral_document(word, today=TODAY, filename="referral.pdf")
        assert draft.document.media_type.endswith("wordprocessingml.document")

    def test_an_xlsx_named_docx_is_415(self):
        sheet = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
        _bounded(sheet, DocumentTypeUnsupported)


class TestEmails:
    def test_fifty_attachments_is_too_complex(self):
        _bounded(email("See attached", attachments=50), DocumentTooComplex)

    def test_a_bad_attachment_is_skipped_with_a_warning(self):
        data = email("Referral for Jo, DOB 03/04/2012", attachment=(b"%PDF-1.4 junk", "x.pdf"))
        draft = read_referral_document(data, today=TODAY)
        assert draft.warnings and "x.pdf" not in " ".join(draft.warnings)


class TestScans:
    def test_a_pdf_without_text_reads_with_a_warning(self):
        writer = PdfWriter()
        writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        draft = read_referral_document(buffer.getvalue(), today=TODAY)
        assert draft.referral["children"] == [] and "scan" in draft.warnings[0]


class TestSizeLimit:
    def test_an_oversized_upload_is_413(self):
        _bounded(b"a" * 2048, DocumentTooLarge, DocumentLimits(max_bytes=1024))

    def test_a_slow_read_is_stopped(self):
        writer = PdfWriter()
        for _ in range(5):
            writer.add_blank_page(width=595, height=842)
        buffer = io.BytesIO()
        writer.write(buffer)
        _bounded(buffer.getvalue(), DocumentTooComplex, DocumentLimits(max_seconds=0.0))


class TestMultipartUpload:
    def test_a_form_data_body_is_refused_with_how_to_send_it(self):
        body = (
            b'--xyz\r\nContent-Disposition: form-data; name="file"; filename="r.pdf"\r\n'
            b"Content-Type: application/pdf\r\n\r\n%PDF-1.4 ...\r\n--xyz--\r\n"
        )
        with pytest.raises(DocumentTypeUnsupported, match="raw bytes"):
            describe_document(body)
