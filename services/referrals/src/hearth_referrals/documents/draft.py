"""The draft as the contract shows it, and the plain referral of its confident values."""

from __future__ import annotations

from datetime import date
from typing import Any

from hearth_contract.documents import (
    ChildDraft,
    DocumentRead,
    ExtractedValue,
    ExtractionState,
    PersonContactDraft,
    PlacementSoughtDraft,
    ReferralDraftRead,
    RisksDraft,
    SchoolDraft,
)
from hearth_contract.referrals import RisksToChild, RisksToOthers

from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.gaps import missing_information

__all__ = ["CONFIDENT", "build_draft"]

CONFIDENT = 0.7
RISK_NAMES = {
    "to_child": [name for name in RisksToChild.model_fields if name != "other"],
    "to_others": [name for name in RisksToOthers.model_fields if name != "other"],
}


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item is not None}
    return value


def _confident(scope: dict[str, ExtractedValue]) -> dict[str, Any]:
    return {
        key: _plain(found.value)
        for key, found in scope.items()
        if found.state is ExtractionState.FOUND and found.confidence >= CONFIDENT
    }


def _risks_draft(child: ChildFindings) -> RisksDraft:
    draft = RisksDraft()
    for group, names in RISK_NAMES.items():
        target = getattr(draft, group)
        for name in names:
            finding = child.settled.get((group, name))
            target[name] = (
                ExtractedValue(value="not_stated")
                if finding is None
                else (
                    ExtractedValue(
                        value=finding.state.value,
                        confidence=finding.confidence,
                        state=ExtractionState.FOUND,
                        evidence=[finding.evidence],
                    )
                )
            )
    return draft


def _risks_plain(child: ChildFindings) -> dict[str, Any]:
    risks: dict[str, Any] = {"to_child": {}, "to_others": {}}
    for (group, name), finding in child.settled.items():
        entry: dict[str, Any] = {"state": finding.state.value}
        if finding.state.value in ("present", "suspected", "historical") and finding.detail:
            entry["detail"] = finding.detail[:2000]
        risks[group][name] = entry
    return risks


def _child_draft(child: ChildFindings) -> ChildDraft:
    fields = {key: value for key, value in child.fields.items() if key in ChildDraft.model_fields}
    return ChildDraft(**fields, school=SchoolDraft(**child.school), risks=_risks_draft(child))


def _child_plain(child: ChildFindings) -> dict[str, Any]:
    plain = _confident(child.fields)
    school = _confident(child.school)
    if "name" in school:
        plain["school"] = school
    plain["risks"] = _risks_plain(child)
    return plain


def _has_content(child: ChildFindings) -> bool:
    return bool(child.fields or child.school or child.settled)


def referral_dict(builder: DraftBuilder) -> dict[str, Any]:
    """ReferralCreate-shaped JSON of the confident values only."""
    referral = {key: value for key, value in _confident(builder.top).items() if key != "la_code"}
    for role, scope in builder.contacts.items():
        contact = _confident(scope)
        if contact:
            referral[role] = contact
    referral["placement"] = _confident(builder.placement)
    referral["children"] = [
        _child_plain(child) for child in builder.children if _has_content(child)
    ]
    return referral


def _asked_again(builder: DraftBuilder) -> set[str]:
    """Unclear answers the LA must give again (options left undeleted, a prompt still
    showing, an impossible date); not those the reader only failed to parse."""
    return {item.pointer for item in builder.unclear} - builder.answered_unparsed


def build_draft(
    builder: DraftBuilder, document: DocumentRead, warnings: list[str], *, readable: bool = True
) -> ReferralDraftRead:
    """The draft referral for the officer to review.

    A document with no readable text (a scan awaiting OCR) asks the LA nothing: what it
    says is not known, so every question could be one it already answers; the warning
    tells the officer to read it.
    """
    referral = referral_dict(builder)
    placement = {
        key: value
        for key, value in builder.placement.items()
        if key in PlacementSoughtDraft.model_fields
    }
    children = [child for child in builder.children if _has_content(child)]
    return ReferralDraftRead(
        document=document,
        la_code=builder.top.get("la_code", ExtractedValue()),
        la_reference=builder.top.get("la_reference", ExtractedValue()),
        referral_date=builder.top.get("referral_date", ExtractedValue()),
        social_worker=PersonContactDraft(**builder.contacts["social_worker"]),
        team_manager=PersonContactDraft(**builder.contacts["team_manager"]),
        placement=PlacementSoughtDraft(**placement),
        children=[_child_draft(child) for child in children],
        referral=referral,
        unclear=builder.unclear,
        missing=(
            missing_information(referral, builder.answered - _asked_again(builder))
            if readable
            else []
        ),
        warnings=[*builder.warnings, *warnings],
    )
