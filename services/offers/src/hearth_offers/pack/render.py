"""Rendering a frozen pack as HTML with Jinja2 (autoescaped; headings, captions, alt text)."""

from __future__ import annotations

from hearth_contract.offers import OfferPack
from jinja2 import Environment, PackageLoader, select_autoescape

from hearth_offers.models import Offer
from hearth_offers.pack.assets import PackAssets

__all__ = ["pounds", "render_html", "render_pdf"]

_env = Environment(
    loader=PackageLoader("hearth_offers.pack", "templates"),
    autoescape=select_autoescape(["html"]),
)


def pounds(pence: int) -> str:
    """Pence as pounds for a reader: 123456 -> £1,234.56."""
    return f"£{pence // 100:,}.{pence % 100:02d}"


_env.filters["pounds"] = pounds


def render_html(offer: Offer, assets: PackAssets | None = None) -> str:
    """The offer's frozen pack as one HTML page, its images inline (``data:`` URIs)."""
    pack = OfferPack.model_validate(offer.pack)
    return _env.get_template("pack.html").render(
        offer=offer, pack=pack, assets=assets or PackAssets()
    )


def render_pdf(offer: Offer, assets: PackAssets | None = None) -> bytes:
    """The offer's frozen pack as a PDF (WeasyPrint; needs Pango on the machine)."""
    # Imported here: loading Pango costs a moment at start-up.
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Everything a pack shows is inline: it never reaches out to the network or the disk.
    inline_only = URLFetcher(allowed_protocols=("data",))
    return HTML(string=render_html(offer, assets), url_fetcher=inline_only).write_pdf()
