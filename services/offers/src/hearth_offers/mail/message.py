"""The email of an offer: who receives it, what it says, and the MIME message.

The subject and body name the LA's own reference and the answer-by date, never the
child: the child's details travel only in the attached pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from hearth_contract.referrals import ReferralRead

__all__ = ["Recipient", "build_message", "email_text", "new_message_id", "recipients"]


@dataclass(frozen=True)
class Recipient:
    role: str  # social_worker or placement_team
    address: str


def recipients(referral: ReferralRead, placement_team: str | None) -> list[Recipient]:
    """The child's social worker (from the referral) and the LA's placement team, once each."""
    found = []
    if referral.social_worker.email:
        found.append(Recipient("social_worker", str(referral.social_worker.email)))
    if placement_team and placement_team.lower() not in {r.address.lower() for r in found}:
        found.append(Recipient("placement_team", placement_team))
    return found


def email_text(
    agency_name: str, la_reference: str, answer_by: date | None, offer_url: str
) -> tuple[str, str]:
    """The subject and plain-text body of an offer's email."""
    subject = f"Placement offer from {agency_name} for your referral {la_reference}"
    answer = f"{answer_by:%A} {answer_by.day} {answer_by:%B %Y}" if answer_by else "the date agreed"
    body = (
        f"{agency_name} offers a home for the child in your referral {la_reference}.\n\n"
        "The offer pack is attached as a PDF: how the home meets the child's needs, the\n"
        "family or home profile, the costings and our contacts.\n\n"
        f"Please answer by {answer}. You can read and answer the offer in Hearth:\n"
        f"{offer_url}\n"
    )
    return subject, body


def new_message_id(domain: str) -> str:
    """A Message-ID made once, when the email is queued: every retry sends the same one."""
    return make_msgid(domain=domain)


def build_message(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    message_id: str,
    queued_at: datetime,
    pdf: bytes,
    pdf_name: str,
) -> EmailMessage:
    """The MIME message: the text, and the pack as a PDF attachment."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = message_id
    message["Date"] = format_datetime(queued_at)
    message.set_content(body)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message
