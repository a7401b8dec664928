"""Referral documents: what an LA sent as a file, and the draft referral read from it.

A document (an email, a Word form, a PDF, a web page, plain text) is read into a
*draft* of the standard referral (:class:`hearth_contract.referrals.ReferralCreate`).
Every field of the draft is an :class:`ExtractedValue`: the value, how sure the reader
is, whether it was found, unclear or missing, and the evidence (the quoted text and
where it was). ``ReferralDraftRead.referral`` is the same content as plain
ReferralCreate-shaped JSON holding only the confident values, ready for the officer
to correct and confirm.

The problems a hostile or broken file raises are here too, so a client can catch
``DocumentEncrypted`` whichever side of the wire it is on.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import Field

from hearth_contract.common import ContractModel, ReadModel
from hearth_contract.problems import (
    InvalidState,
    PayloadTooLarge,
    UnsupportedMediaType,
    ValidationFailed,
)
from hearth_contract.referrals import CompletenessItem, ReferralCreate

__all__ = [
    "ChildDraft",
    "DocumentAlreadyConfirmed",
    "DocumentCorrupt",
    "DocumentEncrypted",
    "DocumentKind",
    "DocumentRead",
    "DocumentRejected",
    "DocumentSentAsForm",
    "DocumentStatus",
    "DocumentTooComplex",
    "DocumentTooLarge",
    "DocumentTypeUnsupported",
    "Evidence",
    "EvidenceLocation",
    "ExtractedValue",
    "ExtractionState",
    "FieldCorrection",
    "PersonContactDraft",
    "PlacementSoughtDraft",
    "ReferralDocumentRead",
    "ReferralDocumentSummary",
    "ReferralDraftConfirm",
    "ReferralDraftRead",
    "RisksDraft",
    "SchoolDraft",
    "UnclearItem",
]


class DocumentKind(StrEnum):
    """What a document is, detected from its bytes (never from its name)."""

    EMAIL = "email"
    DOCX = "docx"
    PDF = "pdf"
    HTML = "html"
    TEXT = "text"


class DocumentRejected(ValidationFailed):
    """The file cannot be read as a referral document."""

    slug, title = "document-rejected", "The document cannot be read"


class DocumentEncrypted(DocumentRejected):
    slug, title = "document-encrypted", "The document is encrypted or password-protected"


class DocumentCorrupt(DocumentRejected):
    slug, title = "document-corrupt", "The document is damaged or not what its type says"


class DocumentTooComplex(DocumentRejected):
    """Too many pages, attachments or parts, or reading it took too long."""

    slug, title = "document-too-complex", "The document is too complex to read"


class DocumentTooLarge(PayloadTooLarge):
    """The file, or what it expands to (a zip bomb), is over the size limit."""

    slug, title = "document-too-large", "The document is too large"


class DocumentTypeUnsupported(UnsupportedMediaType):
    slug, title = "document-type-unsupported", "This kind of document is not supported"


class DocumentSentAsForm(UnsupportedMediaType):
    slug, title = (
        "document-sent-as-form",
        "Send the document's raw bytes as the body, not a form",
    )


class DocumentAlreadyConfirmed(InvalidState):
    """A document becomes at most one referral: ``referral_id`` names the one it became."""

    slug, title = "referral-document-confirmed", "This document has already become a referral"

    @property
    def referral_id(self) -> str | None:
        return self.extensions.get("referral_id")


class DocumentStatus(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"


class ExtractionState(StrEnum):
    FOUND = "found"
    UNCLEAR = "unclear"
    MISSING = "missing"


class EvidenceLocation(ReadModel):
    """Where a quote was found. Only the parts that apply are set."""

    attachment: str | None = Field(default=None, description="Attachment name in an email")
    page: int | None = None
    part: str | None = Field(default=None, description="The form's Part or section heading")
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    paragraph: int | None = None
    field: str | None = Field(default=None, description="Form field or content control name")


class Evidence(ReadModel):
    quote: str
    location: EvidenceLocation


class ExtractedValue(ReadModel):
    """One field of the draft: the value, how sure, and the words it came from."""

    value: Any = None
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    state: ExtractionState = ExtractionState.MISSING
    evidence: list[Evidence] = Field(default_factory=list)
    note: str | None = Field(default=None, description="Why the value is unclear")


def _missing() -> ExtractedValue:
    return ExtractedValue()


class PersonContactDraft(ReadModel):
    name: ExtractedValue = Field(default_factory=_missing)
    email: ExtractedValue = Field(default_factory=_missing)
    phone: ExtractedValue = Field(default_factory=_missing)


class PlacementSoughtDraft(ReadModel):
    setting: ExtractedValue = Field(default_factory=_missing)
    urgency: ExtractedValue = Field(default_factory=_missing)
    duration: ExtractedValue = Field(default_factory=_missing)
    needed_by: ExtractedValue = Field(
        default_factory=_missing,
        description="The form's own needed-by answer when it has one, else from the start date",
    )
    start_date: ExtractedValue = Field(default_factory=_missing)
    preferred_location: ExtractedValue = Field(default_factory=_missing)
    living_companions: ExtractedValue = Field(default_factory=_missing)
    pets: ExtractedValue = Field(default_factory=_missing)
    deprivation_of_liberty: ExtractedValue = Field(default_factory=_missing)


class SchoolDraft(ReadModel):
    name: ExtractedValue = Field(default_factory=_missing)
    must_stay: ExtractedValue = Field(default_factory=_missing)
    ehcp: ExtractedValue = Field(default_factory=_missing)


class RisksDraft(ReadModel):
    """Each risk's ``value`` is a :class:`~hearth_contract.codes.RiskState` value."""

    to_child: dict[str, ExtractedValue] = Field(default_factory=dict)
    to_others: dict[str, ExtractedValue] = Field(default_factory=dict)


class ChildDraft(ReadModel):
    first_name: ExtractedValue = Field(default_factory=_missing)
    last_name: ExtractedValue = Field(default_factory=_missing)
    date_of_birth: ExtractedValue = Field(default_factory=_missing)
    age_years: ExtractedValue = Field(default_factory=_missing)
    gender: ExtractedValue = Field(default_factory=_missing)
    ethnicity: ExtractedValue = Field(default_factory=_missing)
    religion: ExtractedValue = Field(default_factory=_missing)
    first_language: ExtractedValue = Field(default_factory=_missing)
    legal_status: ExtractedValue = Field(default_factory=_missing)
    health_needs: ExtractedValue = Field(default_factory=_missing)
    known_as: ExtractedValue = Field(
        default_factory=_missing, description="The name the child likes to be known by"
    )
    disabilities: ExtractedValue = Field(
        default_factory=_missing, description="Diagnosed disabilities (SSDA903 codes)"
    )
    communication_needs: ExtractedValue = Field(default_factory=_missing)
    communication_requirements: ExtractedValue = Field(
        default_factory=_missing, description="BSL, Makaton, ESOL, other (PECS, ...)"
    )
    allergies: ExtractedValue = Field(default_factory=_missing)
    school: SchoolDraft = Field(default_factory=SchoolDraft)
    family_time: ExtractedValue = Field(default_factory=_missing)
    no_contact_with: ExtractedValue = Field(
        default_factory=_missing, description="People the child must not or will not see"
    )
    placement_history: ExtractedValue = Field(default_factory=_missing)
    previous_placements_count: ExtractedValue = Field(
        default_factory=_missing, description="Placements before the one sought"
    )
    care_plan_exists: ExtractedValue = Field(default_factory=_missing)
    pets: ExtractedValue = Field(
        default_factory=_missing, description="Whether this child can live with pets"
    )
    risks: RisksDraft = Field(default_factory=RisksDraft)


class UnclearItem(ReadModel):
    """Something the document says ambiguously: shown to the officer, never guessed."""

    pointer: str = Field(description="JSON pointer into the referral, e.g. /children/0/gender")
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)


class DocumentRead(ReadModel):
    """The original file as kept: identified by its content, typed from its bytes."""

    content_sha256: str
    size_bytes: int
    kind: DocumentKind
    media_type: str
    filename: str | None = None
    received_at: datetime | None = None


class ReferralDraftRead(ReadModel):
    """A draft standard referral read from a document, every value with its evidence."""

    document: DocumentRead
    la_code: ExtractedValue = Field(default_factory=_missing)
    la_reference: ExtractedValue = Field(default_factory=_missing)
    referral_date: ExtractedValue = Field(default_factory=_missing)
    social_worker: PersonContactDraft = Field(default_factory=PersonContactDraft)
    team_manager: PersonContactDraft = Field(default_factory=PersonContactDraft)
    placement: PlacementSoughtDraft = Field(default_factory=PlacementSoughtDraft)
    children: list[ChildDraft] = Field(default_factory=list)
    referral: dict[str, Any] = Field(
        description="ReferralCreate-shaped JSON of the confident values only (may not validate)"
    )
    unclear: list[UnclearItem] = Field(default_factory=list)
    missing: list[CompletenessItem] = Field(
        default_factory=list, description="What to ask the LA, most serious first"
    )
    warnings: list[str] = Field(default_factory=list)


class FieldCorrection(ReadModel):
    """One change the officer made to the draft before confirming it."""

    pointer: str
    extracted: Any = None
    confirmed: Any = None


class ReferralDraftConfirm(ContractModel):
    """The officer's corrected referral; it becomes a referral linked to its document."""

    referral: ReferralCreate
    la_code: str | None = Field(
        default=None,
        pattern=r"^E\d{8}$",
        description="The referring LA's ONS code, when an agency confirms; defaults to the "
        "LA read from the document",
    )


class ReferralDocumentRead(ReadModel):
    """A kept referral document: the original's identity, its draft, and what became of it."""

    id: str
    status: DocumentStatus = Field(description="draft, or confirmed once it became a referral")
    uploaded_at: datetime
    uploaded_by: str
    document: DocumentRead
    draft: ReferralDraftRead
    referral_id: str | None = None
    corrections: list[FieldCorrection] = Field(default_factory=list)


class ReferralDocumentSummary(ReadModel):
    """A row of the caller's uploads: what the file is and what became of it (no draft)."""

    id: str
    status: DocumentStatus
    uploaded_at: datetime
    uploaded_by: str
    filename: str | None = None
    media_type: str
    size_bytes: int
    content_sha256: str
    referral_id: str | None = None
