"""Profile files: typed from their bytes, stored with a hash, never shown to another tenant."""

from __future__ import annotations

import hashlib

from offers_testkit import AGENCIES, SURREY

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"x" * 64


async def _attach(world, client, offer_id: str, content: bytes, name: str = "book.png"):
    return await client.post(
        f"/v1/offer-files/{offer_id}",
        params={"filename": name, "description": "The family in their garden"},
        content=content,
        headers={**world.officer(), "Content-Type": "application/octet-stream"},
    )


class TestProfileFiles:
    async def test_a_file_is_typed_from_its_bytes_and_stored_with_its_hash(self, world, client):
        offer = (await world.draft()).json()
        attached = await _attach(world, client, offer["id"], PDF, name="profile.png")
        assert attached.status_code == 201, attached.text
        assert attached.json()["media_type"] == "application/pdf"
        assert attached.json()["sha256"] == hashlib.sha256(PDF).hexdigest()
        read = await client.get(
            f"/v1/offer-files/{offer['id']}/{attached.json()['id']}", headers=world.officer()
        )
        assert read.content == PDF and read.headers["content-type"] == "application/pdf"

    async def test_a_file_that_is_not_an_image_or_pdf_is_415(self, world, client):
        offer = (await world.draft()).json()
        refused = await _attach(world, client, offer["id"], b"MZ\x90\x00 not a picture")
        assert refused.status_code == 415
        again = await client.get(f"/v1/offers/{offer['id']}", headers=world.officer())
        assert again.json()["attachments"] == []

    async def test_a_file_too_large_is_413(self, world, client, app):
        offer = (await world.draft()).json()
        limit = app.state.settings.attachment_max_bytes
        refused = await _attach(world, client, offer["id"], PNG + b"\x00" * limit)
        assert refused.status_code == 413

    async def test_files_go_into_the_pack_and_only_its_readers_see_them(self, world, client):
        drafted = await world.draft()
        attached = (await _attach(world, client, drafted.json()["id"], PNG)).json()
        path = f"/v1/offer-files/{drafted.json()['id']}/{attached['id']}"
        assert (await client.get(path, headers=world.la())).status_code == 404  # not sent yet
        sent = await world.sent()
        assert [a["id"] for a in sent.json()["pack"]["attachments"]] == [attached["id"]]
        assert (await client.get(path, headers=world.la())).status_code == 200
        assert (await client.get(path, headers=world.la(SURREY))).status_code == 404
        assert (await client.get(path, headers=world.officer(AGENCIES[1]))).status_code == 404
        page = await client.get(f"/v1/offers/{sent.json()['id']}/pack.html", headers=world.la())
        assert "The family in their garden" in page.text


def _first_page_text(directory) -> str:
    """The PDF's first page as a PNG (pdftoppm) and as text (pdftotext)."""
    import subprocess

    options = {"cwd": directory, "check": True, "capture_output": True, "text": True}
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "pack.pdf", "page"], **options
    )
    assert list(directory.glob("page*.png"))
    return subprocess.run(["pdftotext", "-f", "1", "-l", "1", "pack.pdf", "-"], **options).stdout


class TestPackAsPdf:
    """Needs poppler-utils (pdftoppm, pdftotext), which .ci/run installs."""

    async def test_the_pack_renders_as_a_pdf_whose_first_page_reads_right(
        self, world, client, tmp_path
    ):
        sent = await world.sent()
        pdf = await client.get(f"/v1/offers/{sent.json()['id']}/pack.pdf", headers=world.la())
        assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
        (tmp_path / "pack.pdf").write_bytes(pdf.content)
        text = _first_page_text(tmp_path)
        assert "Placement offer from" in text and "Please answer by 2026-11-30" in text
        assert "£950.00" in text
