"""Benchmark: an offer's compose-render-send, for 100 offers; and a 20-page pack with images.

    uv run python bench/offers_pack.py              # 100 offers
    uv run python bench/offers_pack.py --offers 20  # fewer

Offers runs in-process on a fresh PostgreSQL database (its peers, referrals and
matching, answered by the contract's respx mocks, as in its tests), with `hearth run`'s
SMTP sink (aiosmtpd) on a free port keeping every message in a temporary directory.
For each offer, one at a time:

  compose   ``POST /v1/offers`` (the draft), ``PATCH`` (costings from the rate card,
            profile, contact), ``POST .../send`` (the pack composed and frozen, the two
            emails queued): the officer's wait;
  render+send  the mail outbox delivers the offer's two emails: the pack rendered as a
            PDF (WeasyPrint, once per offer) and sent over SMTP to the sink;
  total     the two together.

Then the issue's figure: a pack of 20 pages with 12 photos (JPEG, 1200x800) and long
profile text, rendered to PDF five times: pages, the median and worst wall-clock seconds
(goal: under 2 s) and the median CPU seconds (the cost, whatever else the machine runs).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import respx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services/offers/tests"))

from hearth_cli.mail_sink import MailSink
from hearth_contract.mocks.matching import register_mock_matching
from hearth_contract.mocks.referrals import register_mock_referrals
from hearth_contract.mocks.vacancies import register_mock_vacancies
from hearth_kit.clock import TEST_NOW, FrozenClock
from hearth_kit.testing import PostgresDatabase, Tokens, settings_for_tests
from hearth_offers.app import MIGRATIONS, create_app
from hearth_offers.mail.outbox import SmtpTransport, deliver_due
from hearth_offers.models import Base
from hearth_offers.pack.assets import PackAssets, data_uri
from hearth_offers.pack.render import render_pdf
from hearth_offers.settings import OffersSettings
from offers_testkit import AGENCIES, CONTACT, PEERS, RATE_CARD, World
from PIL import Image

AGENCY = AGENCIES[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _cuts(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100)
    return {"p50_ms": round(cuts[49], 1), "p95_ms": round(cuts[94], 1)}


async def _one_offer(world: World, headers: dict) -> tuple[float, float]:
    """Compose (draft, price, send) and then render+send (the outbox); seconds each."""
    client = world.client
    world.referral_to_both()
    agreed = world.agree(AGENCY)
    world.peers["vacancies"].agency_id = AGENCY
    started = time.perf_counter()
    drafted = await client.post("/v1/offers", json={"match_id": agreed.match_id}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    priced = await client.patch(
        f"/v1/offers/{drafted.json()['id']}",
        json={"costing": {"band": "standard"}, "profile_text": "A calm home.", "contacts": [CONTACT]},
        headers={**headers, "If-Match": drafted.headers["ETag"]},
    )  # fmt: skip
    assert priced.status_code == 200, priced.text
    sent = await client.post(
        f"/v1/offers/{drafted.json()['id']}/send",
        headers={**headers, "If-Match": priced.headers["ETag"]},
    )
    assert sent.status_code == 200, sent.text
    composed = time.perf_counter()
    app = world.app
    delivered = await deliver_due(app.state.database, app.state.mail, app.state.settings)
    assert delivered == 2, delivered
    return composed - started, time.perf_counter() - composed


async def offers_figures(count: int) -> dict:
    database = PostgresDatabase(f"hearth_bench_offers_{os.getpid()}", MIGRATIONS, [Base.metadata])
    await asyncio.to_thread(database.create)
    mail_dir = Path(tempfile.mkdtemp(prefix="hearth-bench-mail-"))
    sink = MailSink(mail_dir, port=_free_port()).start()
    clock = FrozenClock(TEST_NOW)
    settings = settings_for_tests(
        OffersSettings, database.url, consumer_enabled=False, lapse_sweep_enabled=False,
        mail_delivery_enabled=False, smtp_port=sink.port,
        la_placement_teams={"E10000016": "placements@kent.example"},
    )  # fmt: skip
    https = {name: httpx.AsyncClient(base_url=url) for name, url in PEERS.items()}
    app = create_app(
        settings, clock=clock, referrals_http=https["referrals"],
        vacancies_http=https["vacancies"], matching_http=https["matching"],
        mail=SmtpTransport(settings),
    )  # fmt: skip
    try:
        with respx.mock(assert_all_called=False) as router:
            peers = {
                "referrals": register_mock_referrals(router, PEERS["referrals"], now=clock.now),
                "vacancies": register_mock_vacancies(router, PEERS["vacancies"], now=clock.now),
                "matching": register_mock_matching(router, PEERS["matching"], now=clock.now),
            }
            router.route(host="offers").pass_through()
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://offers") as client:
                tokens = Tokens()
                world = World(client, app, peers, tokens, clock)
                headers = world.officer(AGENCY)
                card = await client.post("/v1/rate-cards", json=RATE_CARD, headers=headers)
                assert card.status_code == 201, card.text
                await _one_offer(World(client, app, peers, tokens, clock), headers)  # warm-up
                compose, render_send, total = [], [], []
                for _ in range(count):
                    c, r = await _one_offer(World(client, app, peers, tokens, clock), headers)
                    compose.append(c * 1000)
                    render_send.append(r * 1000)
                    total.append((c + r) * 1000)
        kept = len(sink.messages())
        return {
            "offers": count,
            "emails_kept_by_the_sink": kept,
            "compose": _cuts(compose),
            "render_and_send": _cuts(render_send),
            "compose_render_send": _cuts(total),
        }
    finally:
        sink.stop()
        for http in https.values():
            await http.aclose()
        await app.state.database.dispose()
        await asyncio.to_thread(database.drop)


class _PackOffer:
    """Just what the pack template reads of an offer."""

    def __init__(self, pack: dict) -> None:
        self.id = "bench-offer"
        self.pack = pack


def _photo(seed: int) -> bytes:
    rng = random.Random(seed)
    small = Image.new("RGB", (60, 40))
    small.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(60 * 40)])
    out = io.BytesIO()
    small.resize((1200, 800), Image.Resampling.BICUBIC).save(out, format="JPEG", quality=85)
    return out.getvalue()


def big_pack() -> tuple[_PackOffer, PackAssets]:
    """A pack of about 20 pages: 12 photos of the home and long profile text."""
    photos = [_photo(n) for n in range(12)]
    attachments = [
        {"id": f"00000000-0000-0000-0000-{n:012d}", "filename": f"photo-{n}.jpg",
         "media_type": "image/jpeg", "size_bytes": len(p),
         "sha256": hashlib.sha256(p).hexdigest(), "description": f"Photo {n} of the home"}
        for n, p in enumerate(photos)
    ]  # fmt: skip
    paragraph = (
        "The household has fostered for eleven years and knows the local schools well. "
        "The carers keep a steady routine, with time for homework, sport and family time. "
    ) * 6
    pack = {
        "composed_at": TEST_NOW.isoformat(), "agency_id": AGENCY,
        "agency_name": "Oakfield Fostering", "logo": None,
        "children": [{"first_name": "Child", "age_years": 9, "gender": "female",
                      "legal_status": "C2", "needs": ["school: must stay at their school"]}],
        "needs_met": [{"need": f"need {n}", "how": paragraph} for n in range(36)],
        "needs_not_met": [], "profile_text": "\n".join([paragraph] * 12),
        "attachments": attachments, "costings": None, "contacts": [CONTACT],
        "answer_by": "2026-11-30",
    }  # fmt: skip
    assets = PackAssets(images={a["sha256"]: data_uri("image/jpeg", p)
                                for a, p in zip(attachments, photos, strict=True)})  # fmt: skip
    return _PackOffer(pack), assets


def pack_figures(runs: int = 5) -> dict:
    offer, assets = big_pack()
    render_pdf(offer, assets)  # warm-up: fonts and Pango
    seconds, cpu, pdf = [], [], b""
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        pdf = render_pdf(offer, assets)
        seconds.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(pdf)
        file.flush()
        info = subprocess.run(["pdfinfo", file.name], check=True, capture_output=True, text=True)
    pages = int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )
    images = pdf.count(b"/Subtype /Image")
    return {
        "pages": pages,
        "images_in_pdf": images,
        "pdf_bytes": len(pdf),
        "median_s": round(statistics.median(seconds), 2),
        "worst_s": round(max(seconds), 2),
        # CPU seconds of this process: what the render costs, whatever else the machine runs.
        "median_cpu_s": round(statistics.median(cpu), 2),
    }


async def main(count: int) -> None:
    figures = {"offers": await offers_figures(count), "twenty_page_pack": pack_figures()}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=100)
    args = parser.parse_args()
    asyncio.run(main(args.offers))
