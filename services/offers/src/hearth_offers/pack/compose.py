"""Composing the pack the LA receives, from the services that own each part.

The child in brief comes from the referral (only what the LA needs to recognise the
child and see the needs it asked about: first or known-as name, age, gender, legal
status, need codes); how the home meets each need from matching's explanation of this
home for the child; the profile, files, costings, contacts and answer-by date from the
offer. The pack is frozen into the offer when it is sent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hearth_contract.matching import MatchList
from hearth_contract.offers import ChildBrief, NeedMet, OfferPack, PackLogo
from hearth_contract.referrals import ChildRead, ReferralRead

from hearth_offers.models import Offer
from hearth_offers.views import attachment_read

__all__ = ["child_brief", "compose_pack", "needs_from_explanation"]

_NOT_STATED = {"not_specified", "not_known", "not_stated", "none"}
# Matching ranks only free places: once the match holds its place, matching excludes the
# home for these rules. They say the place is taken (by this child), not a need unmet.
HELD_PLACE_RULES = frozenset({"vacancy_not_available", "vacancy_stale", "free_places"})


def _codes(values: Any) -> list[str]:
    return [str(getattr(v, "value", v)) for v in values or []]


def child_brief(child: ChildRead) -> ChildBrief:
    """A child as an offer names them: never a surname, date of birth, address or history."""
    needs = [f"disability: {code}" for code in _codes(child.disabilities)]
    needs += [f"adaptation: {code}" for code in _codes(child.adaptations)]
    needs += [f"vulnerability: {code}" for code in _codes(child.vulnerabilities)]
    communication = str(getattr(child.communication_needs, "value", child.communication_needs))
    if communication not in _NOT_STATED:
        needs.append(f"communication: {communication}")
    if child.school is not None and child.school.must_stay:
        needs.append("school: must stay at their school")
    if child.family_time:
        needs.append("family time: contact arrangements to keep")
    return ChildBrief(
        first_name=child.known_as or child.first_name,
        age_years=child.age_today if child.age_today is not None else child.age_years,
        gender=str(getattr(child.gender, "value", child.gender)),
        legal_status=str(child.legal_status.value) if child.legal_status else None,
        needs=needs,
    )


def needs_from_explanation(
    explanation: MatchList | None, holder_id: str
) -> tuple[list[NeedMet], list[str]]:
    """How the home meets each need (matching's score components, in its words), and what
    matching could not confirm or excludes."""
    if explanation is None:
        return [], ["Matching could not explain this home for the child when the offer was sent."]
    for home in explanation.homes:
        if home.holder_id == holder_id:
            met = [
                NeedMet(need=c.component.replace("_", " "), how=c.explanation)
                for c in home.components
            ]
            return met, [finding.reason for finding in home.needs_information]
    for excluded in explanation.excluded:
        if excluded.holder_id == holder_id:
            reasons = [f.reason for f in excluded.reasons if f.rule not in HELD_PLACE_RULES]
            return [], reasons
    return [], ["Matching no longer ranks this home for the child."]


def compose_pack(
    offer: Offer,
    referral: ReferralRead,
    explanation: MatchList | None,
    now: datetime,
    agency_name: str | None = None,
    logo: PackLogo | None = None,
) -> OfferPack:
    """The pack as it is sent: every part copied, so later changes elsewhere never rewrite it."""
    holder = offer.household_id or offer.home_id or ""
    met, not_met = needs_from_explanation(explanation, holder)
    return OfferPack(
        composed_at=now,
        agency_id=offer.agency_id,
        agency_name=agency_name,
        logo=logo,
        children=[child_brief(child) for child in referral.children],
        needs_met=met,
        needs_not_met=not_met,
        profile_text=offer.profile_text,
        attachments=[attachment_read(a) for a in offer.attachments],
        costings=offer.costings,  # type: ignore[arg-type]
        contacts=offer.contacts,  # type: ignore[arg-type]
        answer_by=offer.answer_by,
    )
