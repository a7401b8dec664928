"""Rendering a frozen pack as HTML with Jinja2 (autoescaped; headings, captions, alt text)."""

from __future__ import annotations

from hearth_contract.offers import OfferPack
from jinja2 import Environment, PackageLoader, select_autoescape

from hearth_offers.models import Offer

__all__ = ["pounds", "render_html", "render_pdf"]

_env = Environment(
    loader=PackageLoader("hearth_offers.pack", "templates"),
    autoescape=select_autoescape(["html"]),
)


def pounds(pence: int) -> str:
    """Pence as pounds for a reader: 123456 -> £1,234.56."""
    return f"£{pence // 100:,}.{pence % 100:02d}"


_env.filters["pounds"] = pounds


def render_html(offer: Offer) -> str:
    """The offer's frozen pack as one HTML page."""
    pack = OfferPack.model_validate(offer.pack)
    return _env.get_template("pack.html").render(offer=offer, pack=pack)


def render_pdf(offer: Offer) -> bytes:
    """The offer's frozen pack as a PDF (WeasyPrint; needs Pango on the machine)."""
    from weasyprint import HTML  # imported here: loading Pango costs a moment at start-up

    return HTML(string=render_html(offer)).write_pdf()
