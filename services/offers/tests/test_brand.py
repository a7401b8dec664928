"""The agency's name and logo on its packs: PNG or JPEG by the bytes, size-limited, its
own (never shown to another tenant), with alt text; a sent pack keeps the logo it had."""

from __future__ import annotations

import hashlib
import io

import httpx
import pytest
from hearth_contract.auth import CallerKind
from hearth_contract.clients import OffersClient
from hearth_contract.offers import AgencyBrandUpdate
from hearth_contract.problems import UnsupportedMediaType
from offers_testkit import AGENCIES, OFFICER_SCOPES
from PIL import Image

ALT = "Oakfield Fostering: an oak leaf"


def _png(colour: str = "green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 40), colour).save(out, format="PNG")
    return out.getvalue()


async def _upload(world, client, content: bytes, agency: str = AGENCIES[0], alt: str = ALT):
    return await client.put(
        "/v1/agency-brand/logo",
        params={"alt_text": alt},
        content=content,
        headers={**world.officer(agency), "Content-Type": "image/png"},
    )


async def _name(world, client, name: str = "Oakfield Fostering"):
    response = await client.put(
        "/v1/agency-brand", json={"display_name": name}, headers=world.officer()
    )
    assert response.status_code == 200, response.text
    return response


class TestTheLogo:
    async def test_a_logo_is_typed_from_its_bytes_and_kept_by_its_hash(self, world, client):
        png = _png()
        uploaded = await _upload(world, client, png)
        assert uploaded.status_code == 200, uploaded.text
        assert uploaded.json()["logo"] == {
            "sha256": hashlib.sha256(png).hexdigest(),
            "media_type": "image/png",
            "alt_text": ALT,
        }
        read = await client.get("/v1/agency-brand/logo", headers=world.officer())
        assert read.content == png and read.headers["content-type"] == "image/png"

    async def test_a_gif_or_a_pdf_is_415_and_nothing_is_written(self, world, client):
        for content in (b"GIF89a" + b"\x00" * 32, b"%PDF-1.7\n" + b"x" * 32):
            assert (await _upload(world, client, content)).status_code == 415
        assert (await client.get("/v1/agency-brand", headers=world.officer())).json()[
            "logo"
        ] is None

    async def test_a_logo_too_large_is_413(self, world, client, app):
        too_big = _png() + b"\x00" * app.state.settings.logo_max_bytes
        assert (await _upload(world, client, too_big)).status_code == 413

    async def test_alt_text_is_required(self, world, client):
        response = await client.put(
            "/v1/agency-brand/logo", content=_png(), headers=world.officer()
        )
        assert response.status_code == 422

    async def test_another_agency_and_an_la_never_see_it(self, world, client):
        assert (await _upload(world, client, _png())).status_code == 200
        other = await client.get("/v1/agency-brand/logo", headers=world.officer(AGENCIES[1]))
        assert other.status_code == 404
        assert other.headers["content-type"] == "application/problem+json"
        theirs = await client.get("/v1/agency-brand", headers=world.officer(AGENCIES[1]))
        assert theirs.json()["logo"] is None and theirs.json()["display_name"] is None
        assert (await client.get("/v1/agency-brand/logo", headers=world.la())).status_code == 403


class TestThePackShowsTheBrand:
    async def test_the_sent_pack_shows_the_name_and_the_logo_with_its_alt_text(self, world, client):
        await _name(world, client)
        await _upload(world, client, _png())
        sent = (await world.sent()).json()
        assert sent["pack"]["agency_name"] == "Oakfield Fostering"
        assert sent["pack"]["logo"]["alt_text"] == ALT
        page = await client.get(f"/v1/offers/{sent['id']}/pack.html", headers=world.la())
        assert "<h1>Placement offer from Oakfield Fostering</h1>" in page.text
        assert '<img src="data:image/png;base64,' in page.text and f'alt="{ALT}"' in page.text

    async def test_a_new_logo_does_not_rewrite_a_sent_pack(self, world, client):
        first = _png("green")
        await _upload(world, client, first)
        sent = (await world.sent()).json()
        await _upload(world, client, _png("red"), alt="A new logo")
        again = await client.get(f"/v1/offers/{sent['id']}", headers=world.la())
        assert again.json()["pack"]["logo"]["sha256"] == hashlib.sha256(first).hexdigest()
        page = await client.get(f"/v1/offers/{sent['id']}/pack.html", headers=world.la())
        assert f'alt="{ALT}"' in page.text and "A new logo" not in page.text


class TestThePdfShowsTheImages:
    async def test_the_pdf_carries_the_logo_and_the_profile_photo(self, world, client):
        await _name(world, client)
        await _upload(world, client, _png())
        drafted = (await world.draft()).json()
        photo = await client.post(
            f"/v1/offer-files/{drafted['id']}",
            params={"filename": "garden.png", "description": "The garden"},
            content=_png("blue"),
            headers={**world.officer(), "Content-Type": "application/octet-stream"},
        )
        assert photo.status_code == 201, photo.text
        sent = (await world.sent()).json()
        pdf = await client.get(f"/v1/offers/{sent['id']}/pack.pdf", headers=world.la())
        assert pdf.status_code == 200
        assert pdf.content.count(b"/Subtype /Image") == 2  # the logo and the photo


class TestTheTypedClient:
    async def test_the_client_names_the_agency_and_uploads_its_logo(self, world, app):
        token = world.tokens.mint(CallerKind.AGENCY, AGENCIES[0], OFFICER_SCOPES)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://offers") as http:
            client = OffersClient(http, token)
            assert (await client.agency_brand()).logo is None
            named = await client.set_agency_name(AgencyBrandUpdate(display_name="Oakfield"))
            assert named.display_name == "Oakfield"
            png = _png()
            branded = await client.set_agency_logo(png, ALT)
            assert branded.logo.sha256 == hashlib.sha256(png).hexdigest()
            assert branded.display_name == "Oakfield"
            with pytest.raises(UnsupportedMediaType):
                await client.set_agency_logo(b"GIF89a" + b"\x00" * 16, ALT)
