"""Email layouts of training_g: each returns the message's bytes."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from email.utils import format_datetime

from hearth_kit.clock import ENGLAND
from training_g_forms import FORMS
from training_g_layouts import (
    DURATION_WORDS,
    SETTING_WORDS,
    fd,
    ft_words,
    gender_word,
    history_words,
    risk_prose,
    rng,
    school_words,
    start_words,
)
from training_g_model import TODAY, Ref
from training_g_write import email_bytes, to_docx, to_html, to_pdf, to_text


def _when(ref: Ref, hour: int, minute: int, days_back: int = 0) -> str:
    base = ref.date or TODAY
    moment = datetime.combine(base, time(hour, minute), tzinfo=ENGLAND)
    return format_datetime(moment - timedelta(days=days_back))


def _summary(ref: Ref) -> list[str]:
    """The referral's facts as an email body lists them."""
    r = rng(ref)
    lines = [
        f"Placement needed: {SETTING_WORDS[ref.setting]} ({DURATION_WORDS[ref.duration].lower()})",
        f"Emergency or planned: {'EMERGENCY' if ref.urgency == 'emergency' else 'planned'}",
        f"Needed from: {start_words(ref, 'long')}",
        f"{ref.ref_label}: {ref.ref}" if ref.ref else "",
        "",
    ]
    for kid in ref.kids:
        lines += [
            f"{kid.first} {kid.last} - DOB {fd(kid.dob, 'dmy', 'unknown')} - {gender_word(kid)}",
            f"Legal status: {kid.legal_text}",
            f"School: {school_words(kid, '')}",
            f"Health: {kid.health or 'tbc'}",
            f"Family time: {ft_words(kid)}",
            f"Placements: {history_words(kid)}",
            f"Risks: {risk_prose(kid, r)}",
        ]
        if kid.background:
            lines.append(kid.background)
        lines.append("")
    return [line for line in lines if line is not None]


def _quote(lines: list[str]) -> list[str]:
    return [f"> {line}" if line else ">" for line in lines]


def vs_iro_email(ref: Ref) -> bytes:
    """The IRO replies, cc'ing the Virtual School, above the social worker's quoted referral."""
    iro, vs = ref.people["iro"], ref.people["vs"]
    sw_name, sw_email, sw_phone = ref.sw
    first = sw_name.split()[0]
    original = [
        "Hi Placements,",
        "",
        "Please see below a referral for a placement. I am the allocated worker.",
        "",
        *_summary(ref),
        "Thanks",
        first,
        f"{sw_name} | Social Worker | {ref.extra.get('team', 'Children in Care Team')}",
        f"{sw_phone or ''}",
    ]
    body = [
        "All,",
        "",
        ref.extra.get(
            "iro_note",
            "As IRO I support this request and the plan for the child to remain at the current school.",
        ),
        "",
        f"{iro[0]}",
        "Independent Reviewing Officer",
        f"{iro[2]}",
        "",
        f"From: {sw_name} <{sw_email}>",
        f"Sent: {fd(ref.date, 'long')} 08:12" if ref.date else "Sent: earlier today",
        f"To: Placements <{ref.extra.get('mailbox', 'placements@' + ref.domain)}>",
        f"Cc: {iro[0]} <{iro[1]}>; {vs[0]} <{vs[1]}>",
        f"Subject: Placement referral {ref.ref or ''}".rstrip(),
        "",
        *original,
    ]
    headers = [
        ("From", f"{iro[0]} <{iro[1]}>"),
        ("To", f"Placements <{ref.extra.get('mailbox', 'placements@' + ref.domain)}>"),
        ("Cc", f"{sw_name} <{sw_email}>, {vs[0]} <{vs[1]}>"),
        ("Subject", f"RE: Placement referral {ref.ref or ''}".rstrip()),
        ("Date", _when(ref, 10, 41)),
        ("Message-ID", f"<{ref.id}.iro@{ref.domain}>"),
    ]
    return email_bytes(headers, text="\n".join(body) + "\n", boundary_seed=ref.id)


def vs_cc_attach(ref: Ref) -> bytes:
    """The social worker's referral with the form attached as Word; the Virtual School cc'd."""
    vs = ref.people["vs"]
    sw_name, sw_email, sw_phone = ref.sw
    form = FORMS[ref.extra.get("form", "lcs_numbered")](ref)
    body = [
        "Good afternoon,",
        "",
        f"Please find attached a placement request for {', '.join(k.first for k in ref.kids)}. "
        f"I have copied in {vs[0]} from the Virtual School as education stability is key.",
        "",
        "Many thanks,",
        sw_name,
        "Social Worker",
        sw_phone or "",
        "",
        "--",
        f"{vs[0]} | Virtual School Headteacher's office | {vs[2]} (for education queries only)",
    ]
    name = ref.extra.get("attachment", "Placement request.docx")
    if name.endswith(".pdf"):
        attachment = (name, to_pdf(form), "application/pdf")
    else:
        attachment = (
            name,
            to_docx(form),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    headers = [
        ("From", f"{sw_name} <{sw_email}>"),
        ("To", f"<{ref.extra.get('mailbox', 'placements@' + ref.domain)}>"),
        ("Cc", f"{vs[0]} <{vs[1]}>"),
        ("Subject", ref.extra.get("subject", "Placement request - attached")),
        ("Date", _when(ref, 14, 5)),
        ("Message-ID", f"<{ref.id}.sw@{ref.domain}>"),
    ]
    return email_bytes(
        headers, text="\n".join(body) + "\n", attachments=[attachment], boundary_seed=ref.id
    )


def reply_all_correction(ref: Ref) -> bytes:
    """A reply-all whose top line corrects a value in the quoted original."""
    sw_name, sw_email, sw_phone = ref.sw
    wrong = ref.extra["wrong"]  # the quoted original's wrong value, as written
    right = ref.extra["correction"]  # the correction sentence
    summary = _summary(ref)
    summary = [line.replace(ref.extra["right_text"], wrong) for line in summary]
    if ref.extra.get("ref_in_subject"):
        # The reference is written only in the subject line.
        summary = [line for line in summary if not line.startswith(f"{ref.ref_label}:")]
    original = [
        "Hi all,",
        "",
        "Referral below - grateful for any offers.",
        "",
        *summary,
        sw_name.split()[0],
        f"{sw_name}, Social Worker, {sw_phone or ''}",
    ]
    mailbox = ref.extra.get("mailbox", "placements@" + ref.domain)
    body = [
        "Apologies all -",
        "",
        right,
        "",
        sw_name.split()[0],
        "",
        "-----Original Message-----",
        f"From: {sw_name} <{sw_email}>",
        f"Sent: {fd(ref.date, 'long')} 09:02" if ref.date else "Sent: this morning",
        f"To: {mailbox}; {ref.extra.get('others', '')}",
        "Subject: Placement referral",
        "",
        *_quote(original),
    ]
    headers = [
        ("From", f"{sw_name} <{sw_email}>"),
        ("To", f"{mailbox}, {ref.extra.get('others', '')}"),
        (
            "Subject",
            f"RE: Placement referral{' - ' + ref.ref if ref.extra.get('ref_in_subject') else ''}",
        ),
        ("Date", _when(ref, 11, 17)),
        ("Message-ID", f"<{ref.id}.re@{ref.domain}>"),
        ("In-Reply-To", f"<{ref.id}.orig@{ref.domain}>"),
    ]
    return email_bytes(headers, text="\n".join(body) + "\n", boundary_seed=ref.id)


def html_email(ref: Ref) -> bytes:
    """An HTML-only email from a placement officer with the referral as tables."""
    officer = ref.people["officer"]
    form = FORMS[ref.extra.get("form", "yn_grid")](ref)
    intro = [
        "Dear Provider,",
        f"We are seeking a placement for the child(ren) below. The allocated social worker is "
        f"{ref.sw[0]}; please direct any questions about the child to them.",
        "",
    ]
    sign = ["Kind regards,", officer[0], "Placement Officer, Commissioning", officer[2]]
    headers = [
        ("From", f"{officer[0]} <{officer[1]}>"),
        ("To", "undisclosed-recipients:;"),
        ("Subject", ref.extra.get("subject", "Placement search")),
        ("Date", _when(ref, 12, 30)),
        ("Message-ID", f"<{ref.id}.html@{ref.domain}>"),
    ]
    page = to_html(form, intro=intro, sign_off=sign)
    if ref.extra.get("alternative"):
        return email_bytes(headers, text=to_text(form), html_body=page, boundary_seed=ref.id)
    return email_bytes(headers, html_body=page, boundary_seed=ref.id)


def forward_attach(ref: Ref) -> bytes:
    """A placement officer forwards an LA's email with its form attached."""
    officer, lead = ref.people["officer"], ref.people["lead"]
    form = FORMS[ref.extra.get("form", "mosaic_rfs")](ref)
    name = ref.extra.get("attachment", "Referral.pdf")
    if name.endswith(".pdf"):
        attachment = (name, to_pdf(form), "application/pdf")
    else:
        attachment = (
            name,
            to_docx(form),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    body = [
        f"{lead[0].split()[0]} - can you look at this one for the {ref.extra.get('home', 'Oakwood')} vacancy?",
        "",
        officer[0].split()[0],
        "",
        "---------- Forwarded message ---------",
        f"From: {ref.extra['sender'][0]} <{ref.extra['sender'][1]}>",
        f"Date: {fd(ref.date, 'long')} at 16:20" if ref.date else "Date: (not shown)",
        f"Subject: {ref.extra.get('subject', 'Placement referral')}",
        "",
        ref.extra.get("inner", "Please see the attached referral."),
        "",
        ref.extra["sender"][0],
    ]
    headers = [
        ("From", f"{officer[0]} <{officer[1]}>"),
        ("To", f"{lead[0]} <{lead[1]}>"),
        ("Subject", f"Fwd: {ref.extra.get('subject', 'Placement referral')}"),
        ("Date", _when(ref, 17, 2)),
        ("Message-ID", f"<{ref.id}.fwd@example-care.co.uk>"),
    ]
    return email_bytes(
        headers, text="\n".join(body) + "\n", attachments=[attachment], boundary_seed=ref.id
    )


def plain_referral(ref: Ref) -> bytes:
    """A parent-and-child (or other) referral written straight into an email body."""
    sw_name, sw_email, sw_phone = ref.sw
    form = FORMS[ref.extra.get("form", "prebirth_pc")](ref)
    body = [ref.extra.get("opening", "Hello,"), "", to_text(form), sw_name, sw_phone or ""]
    headers = [
        ("From", f"{sw_name} <{sw_email}>"),
        ("To", f"<{ref.extra.get('mailbox', 'placements@' + ref.domain)}>"),
        ("Subject", ref.extra.get("subject", "Referral")),
        ("Date", _when(ref, 9, 48)),
        ("Message-ID", f"<{ref.id}.plain@{ref.domain}>"),
    ]
    return email_bytes(headers, text="\n".join(body) + "\n", boundary_seed=ref.id)


EMAILS = {
    "vs_iro_email": vs_iro_email,
    "vs_cc_attach": vs_cc_attach,
    "reply_all_correction": reply_all_correction,
    "html_email": html_email,
    "forward_attach": forward_attach,
    "plain_referral": plain_referral,
}
