"""training_h email layouts: printed Outlook mail, nested forwards, HTML-only corrections,
a manager's email with the form attached."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import training_h_words as w
from training_h_layouts import LAYOUTS
from training_h_model import Person, Spec, say
from training_h_write import docx_bytes, email_bytes, html_of, pdf_bytes

AGENCY = "Referrals Team <referrals@brightwater-fostering.example.org.uk>"
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _when(spec: Spec, clock: str = "16:42") -> datetime:
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(spec.date, time(hour, minute), tzinfo=UTC)


def summary(spec: Spec) -> str:
    """The referral as an email body writes it: short lines, one block per child."""
    lines = [
        f"{spec.ref_label}: {spec.ref}" if spec.ref else "",
        f"Placement: {spec.ask}",
        f"Needed: {spec.start_words}",
        "",
    ]
    for kid in spec.kids:
        lines += [
            f"{w.name_caps(kid)}" + (f" (known as {kid.known_as})" if kid.known_as else ""),
            f"DOB {w.dob(kid, spec)} - {kid.said_gender} - {w.legal(kid)}",
            f"School: {w.school(kid)}",
            f"Health: {w.health(kid)}",
            f"Risks: {w.risk_prose(kid)}",
            f"Family time: {w.family(kid)}",
            f"Placements: {w.history(kid)}",
            "",
        ]
    if spec.parent:
        parent = spec.parent
        lines += [
            f"Parent: {parent.first} {parent.last} ({parent.relation}), DOB {say(parent.dob, spec.dob_style)}",
            f"Parent's needs: {parent.needs}",
            f"Parent's own risks: {parent.risk_words}",
            "",
        ]
    return "\n".join(line for line in lines if line is not None)


def _us_sent(moment: datetime) -> str:
    clock = moment.strftime("%I:%M %p").lstrip("0")
    return f"{DAY_NAMES[moment.weekday()]}, {say(moment.date(), 'us_words')} {clock}"


def outlook_print(spec: Spec) -> tuple[list, str]:
    """An email printed to PDF from Outlook: the outer Sent line is the referral date; an
    older forwarded message below has its own Sent line."""
    sender = spec.others[0]
    sent = _when(spec, spec.notes.get("clock", "16:42"))
    blocks: list = [
        ("title", sender.name),
        (
            "p",
            f"From: {sender.name} <{sender.email}>\nSent: {_us_sent(sent)}\n"
            f"To: {AGENCY}\nCc: {spec.sw.name} <{spec.sw.email}>\n"
            f"Subject: Placement request - {spec.kids[0].first} {spec.kids[0].last[0]}",
        ),
        ("p", spec.notes["opening"]),
        ("p", summary(spec)),
        ("p", f"Allocated social worker: {w.contact(spec.sw)}"),
        ("p", f"Thanks\n{sender.name.split()[0]}\n{sender.role}, {spec.la_name}\n{sender.phone}"),
    ]
    if "earlier" in spec.notes:
        earlier, text = spec.notes["earlier"]
        moment = datetime.combine(earlier, time(9, 5), tzinfo=UTC)
        blocks += [
            ("p", "________________________________"),
            (
                "p",
                f"From: {spec.sw.name} <{spec.sw.email}>\nSent: {_us_sent(moment)}\nTo: Placements\nSubject: RE: {spec.kids[0].first}",
            ),
            ("p", text),
        ]
    return blocks, ""


def _attachment(spec: Spec, layout: str, fmt: str, name: str) -> tuple[str, bytes]:
    blocks, header = LAYOUTS[layout](spec)
    data = docx_bytes(blocks, header) if fmt == "docx" else pdf_bytes(blocks, header)
    return (f"{name}.{fmt}", data)


def nested_forward(spec: Spec) -> bytes:
    """The LA's placements officer forwards an EDT email which forwarded the worker's
    request: three dates, the outermost is the referral date."""
    officer, edt = spec.others[0], spec.others[1]
    outer = _when(spec, "09:14")
    edt_sent = spec.notes["edt_sent"]
    sw_sent = spec.notes["sw_sent"]
    body = "\n".join(
        [
            "Morning,",
            "",
            f"Please see below from EDT over the weekend - {spec.notes['why']} Can you let me "
            "know today if you can offer?",
            "",
            f"{officer.name.split()[0]}",
            f"{officer.role} | {spec.la_name} | {officer.phone}",
            "",
            "---------- Forwarded message ---------",
            f"From: {edt.name} <{edt.email}>",
            f"Date: {DAY_NAMES[edt_sent.weekday()][:3]}, {say(edt_sent.date(), 'short_mon')} at {edt_sent:%H:%M}",
            f"Subject: FW: {spec.notes['subject']}",
            f"To: Placements <placements@{spec.domain}>",
            "",
            f"EDT note: {spec.notes['edt_note']} Daytime worker for Monday is the allocated SW, "
            f"{spec.sw.name}. EDT number is {edt.phone} (not for daytime use).",
            "",
            "-----Original Message-----",
            f"From: {spec.sw.name} <{spec.sw.email}>",
            f"Sent: {say(sw_sent, 'slash')} 17:58",
            f"Subject: {spec.notes['subject']}",
            "",
            summary(spec),
            f"{spec.sw.name}",
            f"Social Worker, {spec.sw.team}",
            f"Tel: {spec.sw.phone}",
        ]
    )
    attachments = ()
    if "attach" in spec.notes:
        layout, fmt = spec.notes["attach"]
        attachments = (_attachment(spec, layout, fmt, f"Referral {spec.kids[0].first}"),)
    return email_bytes(
        sender=f"{officer.name} <{officer.email}>",
        to=AGENCY,
        subject=f"FW: FW: {spec.notes['subject']}",
        when=outer,
        text=body,
        attachments=attachments,
        key=spec.id,
    )


def html_fix_thread(spec: Spec) -> bytes:
    """An HTML-only reply-all: the worker corrects values above the quoted original."""
    wrong = spec.notes["wrong"]
    kid = spec.kids[0]
    quoted_kid = replace(
        kid, **{k: v for k, v in wrong.items() if k in ("dob", "legal_words", "school_words")}
    )
    quoted = replace(
        spec,
        kids=(quoted_kid, *spec.kids[1:]),
        start_words=wrong.get("start_words", spec.start_words),
    )
    fixes = []
    if "dob" in wrong:
        fixes.append(
            f"{kid.first}'s date of birth is {w.dob(kid, spec)}, not {w.dob(quoted_kid, spec)}"
        )
    if "legal_words" in wrong:
        fixes.append(f"{kid.first}'s legal status is {kid.legal_words}, not {wrong['legal_words']}")
    if "school_words" in wrong:
        fixes.append(f"{kid.first} attends {kid.school_words}, not {wrong['school_words']}")
    if "start_words" in wrong:
        fixes.append(f"the start date is {spec.start_words}, not {wrong['start_words']}")
    original_when = datetime.combine(spec.notes["original"], time(15, 20), tzinfo=UTC)
    quoted_blocks = [
        ("p", "Hi all,"),
        ("p", "Please find below a referral for " + " and ".join(k.first for k in spec.kids) + "."),
        ("kv", [(label, value) for label, value in _rows(quoted)]),
        ("p", f"Kind regards,\n{spec.sw.name}\nSocial Worker, {spec.sw.team}\n{spec.sw.phone}"),
    ]
    top = (
        "<p>Hi all,</p><p><b>Correction</b> - apologies, "
        + "; and ".join(fixes)
        + ". Everything else below is right.</p>"
        f"<p>{spec.sw.name.split()[0]}</p><hr>"
        f"<p><b>From:</b> {spec.sw.name} &lt;{spec.sw.email}&gt;<br><b>Sent:</b> {_us_sent(original_when)}<br>"
        f"<b>To:</b> {AGENCY.replace('<', '&lt;').replace('>', '&gt;')}<br><b>Subject:</b> Referral {kid.first}</p>"
        "<blockquote>"
    )
    inner = html_of(quoted_blocks)
    inner = inner.replace('<html><body style="font-family: Calibri, sans-serif">', "").replace(
        "</body></html>", ""
    )
    page = f"<html><body>{top}{inner}</blockquote></body></html>\n"
    cc = ", ".join(f"{p.name} <{p.email}>" for p in spec.others if p.email)
    return email_bytes(
        sender=f"{spec.sw.name} <{spec.sw.email}>",
        to=AGENCY,
        cc=cc,
        subject=f"RE: Referral {kid.first} - {spec.ref_label} {spec.ref}"
        if spec.ref
        else f"RE: Referral {kid.first}",
        when=_when(spec, "10:03"),
        text=None,
        html_body=page,
        key=spec.id,
    )


def _rows(spec: Spec) -> list[tuple[str, str]]:
    rows = [("Local authority", spec.la_name)]
    rows += [(spec.ref_label, spec.ref)] if spec.ref else []
    rows += [("Placement", spec.ask), ("From", spec.start_words)]
    for kid in spec.kids:
        rows += w.kid_kv(kid, spec, {"name_fn": w.name_caps})
        rows += [
            ("Risks", w.risk_prose(kid)),
            ("Family time", w.family(kid)),
            ("Placements", w.history(kid)),
        ]
    return rows


def manager_escalation(spec: Spec) -> bytes:
    """A team manager's plain email with the (undated) form attached; the worker is copied
    and named in the body, the manager's number is not the worker's."""
    manager = spec.others[0]
    kid = spec.kids[0]
    names = " and ".join(k.known_as or k.first for k in spec.kids)
    body = "\n".join(
        [
            "Hi,",
            "",
            f"I'd be grateful if you could look at the attached referral for {names} as a matter "
            f"of priority. {spec.notes['why']}",
            "",
            f"{spec.sw.name} is the allocated social worker and is copied in - please direct "
            f"queries to them on {spec.sw.phone}.",
            "",
            "Many thanks",
            manager.name,
            f"{manager.role}, {spec.la_name}",
            f"Mobile {manager.phone}",
        ]
    )
    layout, fmt = spec.notes["attach"]
    undated = replace(spec, date=None)
    return email_bytes(
        sender=f"{manager.name} <{manager.email}>",
        to=AGENCY,
        cc=f"{spec.sw.name} <{spec.sw.email}>",
        subject=f"Urgent referral - {kid.first} {kid.last[0]}",
        when=_when(spec, "11:37"),
        text=body,
        attachments=(_attachment(undated, layout, fmt, f"{spec.ref or 'referral'} form"),),
        key=spec.id,
    )


def _invite(spec: Spec, sender: Person, meeting: datetime, sent: datetime) -> str:
    kid = spec.kids[0]
    return "\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f'ORGANIZER;CN="{sender.name}":mailto:{sender.email}',
            f"DTSTART:{meeting:%Y%m%dT%H%M%SZ}",
            f"DTEND:{meeting + timedelta(hours=1):%Y%m%dT%H%M%SZ}",
            f"DTSTAMP:{sent:%Y%m%dT%H%M%SZ}",
            f"UID:{spec.id}-placement-planning@{spec.domain}",
            f"SUMMARY:Placement planning meeting - {kid.first} {kid.last[0]}",
            "LOCATION:Microsoft Teams",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def meeting_invite(spec: Spec) -> bytes:
    """A placement planning meeting invitation that carries the referral (text, HTML and a
    text/calendar request): the meeting's date is not the referral date, and the sender may
    be business support or a manager writing for the allocated worker."""
    sender = spec.others[0] if spec.notes.get("sent_by_other") else spec.sw
    meeting = spec.notes["meeting"]
    sent = _when(spec, "13:25")
    names = " and ".join(f"{k.known_as or k.first}" for k in spec.kids)
    behalf = f"On behalf of {spec.sw.name}: " if sender is not spec.sw else ""
    opening = (
        f"{behalf}you are invited to a placement planning meeting for {names} on "
        f"{say(meeting.date(), 'ord_day')} at {meeting:%H:%M} (Teams link in the invite). "
        f"Before then we are looking for {spec.ask[0].lower()}{spec.ask[1:]}, from "
        f"{spec.start_words}."
    )
    signature = [sender.name.split()[0], "", sender.name, f"{sender.role}, {spec.la_name}"]
    signature += [sender.phone] if sender.phone else []
    text = "\n".join(
        [
            "Hello,",
            "",
            opening,
            "",
            summary(spec),
            f"Allocated social worker: {w.contact(spec.sw)}",
            "",
            *signature,
        ]
    )
    blocks = [
        ("p", "Hello,"),
        ("p", opening),
        ("kv", _rows(spec)),
        ("p", f"Allocated social worker: {w.contact(spec.sw)}"),
        ("p", "\n".join(signature)),
    ]
    cc = ", ".join(f"{p.name} <{p.email}>" for p in (spec.sw, *spec.others) if p is not sender)
    return email_bytes(
        sender=f"{sender.name} <{sender.email}>",
        to=AGENCY,
        cc=cc,
        subject=f"Placement planning meeting - {names} ({spec.ref_label} {spec.ref})",
        when=sent,
        text=text,
        html_body=html_of(blocks),
        calendar=_invite(spec, sender, meeting, sent),
        key=spec.id,
    )


DOCUMENT_EMAILS = {"outlook_print": outlook_print}
EMAILS = {
    "nested_forward": nested_forward,
    "html_fix_thread": html_fix_thread,
    "manager_escalation": manager_escalation,
    "meeting_invite": meeting_invite,
}
