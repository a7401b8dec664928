"""The plain-text, email and scanned layouts of frozen_2."""

from __future__ import annotations

import textwrap
from datetime import timedelta
from html import escape

from f2_docx import lcs_request
from f2_model import Doc, html_email, mixed_email, plain_email
from f2_office import scan_pdf
from f2_pdf import step_down_form
from f2_text import WORDS, email_date, fmt_date, pronouns
from f2_words import (
    duration,
    ft_lines,
    gender,
    history_words,
    legal,
    question,
    risk_answer,
    risk_items,
    setting,
    urgency,
)


def _dob(child, style="dmy") -> str:
    if child.dob:
        return fmt_date(child.dob, style)
    return f"unknown (aged about {child.age})" if child.age else "unknown"


LETTER_LEGAL = {
    "C1": "an interim care order",
    "C2": "a full care order",
    "E1": "a placement order",
    "V2": "section 20 (accommodated with parental agreement)",
}


def _mid(doc: Doc) -> str:
    return f"<{doc.name.replace('.', '-')}@mail.{doc.domain}>"


# ----------------------------------------------------------------------------- short breaks


def short_break(doc: Doc, v: int) -> bytes:
    """Short-break (respite) request as a plain-text form with Y/N prompts."""
    out = [
        doc.la_shown.upper(),
        "DISABLED CHILDREN'S SERVICE - REQUEST FOR OVERNIGHT SHORT BREAKS",
        "=" * 64,
        f"Date of request ........ {fmt_date(doc.date, 'dmy') if doc.date else ''}",
        f"Provision requested .... {setting(doc, v)} ({duration(doc, v) or 'duration to be agreed'})",
        f"Urgency ................ {urgency(doc, v)}",
        f"First stay from ........ {fmt_date(doc.start, 'long') if doc.start else 'to be agreed'}",
        f"Pattern ................ {doc.twist.get('pattern', 'one weekend (2 nights) a month')}",
        "",
    ]
    for i, child in enumerate(doc.children):
        p = pronouns(child.gender)
        out += [
            f"CHILD {i + 1}" if len(doc.children) > 1 else "CHILD",
            "-" * 64,
            f"Client No.: {child.ref or ''}",
            f"Name: {child.first} {child.last}",
            f"DOB: {_dob(child)}    Sex: {gender(child, v + 1)}",
            f"Legal status while on a short break: {legal(child, v)}",
            f"School: {child.school}" if child.school else "School: none",
            f"Year/class: {child.school_year}" if child.school else "",
            f"Needs and health: {child.health or ''}",
            f"Communication: {doc.twist.get('comms', 'uses PECS and some Makaton')}",
            "",
            "Risk screening (Y/N, give details of any Y):",
        ]
        for key, code, _, sentence in risk_items(child, v + i):
            out.append(
                f"  {question(key)}  {'N' if code == 'N' else 'Y'}{'' if code == 'N' else ' - ' + sentence}"
            )
        out += ["", "Family time during stays:"]
        out += [f"  {line}" for line in ft_lines(child)] if child.ft is not None else []
        out += [
            "",
            f"Previous placements / short breaks: {history_words(child, v) if child.history is not None else ''}",
            "",
        ]
        _ = p
    out += [
        "PEOPLE",
        "-" * 64,
        f"Social worker: {doc.sw.name}   Tel: {doc.sw.phone or ''}   Email: {doc.sw.email or ''}",
    ]
    if doc.referrer:
        out.append(
            f"Form completed by: {doc.referrer.name} ({doc.referrer.role}) {doc.referrer.email or ''}"
        )
    if doc.manager:
        out.append(f"Agreed at short breaks panel by: {doc.manager.name}, {doc.manager.role}")
    return ("\n".join(line for line in out) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- matching letter


def matching_letter(doc: Doc, v: int) -> bytes:
    """A narrative 'matching profile' letter: no labels, everything in prose."""
    kids = doc.children
    names = " and ".join(c.known_as or c.first for c in kids)
    out = [doc.la_shown, doc.twist.get("address", "Children's Services, Civic Centre"), ""]
    if doc.date:
        out += [fmt_date(doc.date, "long"), ""]
    out += [
        "Dear Colleague,",
        "",
        f"Re: {' / '.join(f'{c.first} {c.last}' for c in kids)} - matching profile"
        + (f" (our ref {kids[0].ref})" if doc.ref_shown else ""),
        "",
    ]
    need = {
        "fostering": "a foster family",
        "residential": "a place in a small children's home",
        "supported_accommodation": "supported accommodation",
        "parent_and_child": "a parent and child foster placement",
    }[doc.setting]
    together = " who can keep them together" if len(kids) > 1 else ""
    when = ""
    if doc.start:
        when = f" The move should take place on {fmt_date(doc.start, 'ord')}"
        when += (
            " and is a planned move."
            if doc.urgency == "planned"
            else " as an emergency."
            if doc.urgency
            else "."
        )
    elif doc.urgency:
        when = " This is a planned move." if doc.urgency == "planned" else " This is an emergency."
    dur = {
        "long_term": " We are looking for a long-term home until they reach adulthood."
        if len(kids) > 1
        else " We are looking for a long-term home.",
        "short_term": " The placement is expected to be short term while assessments are completed.",
        "permanence": " The plan is permanence: we hope the carers would consider special guardianship.",
        "respite": " This is for respite only.",
        None: "",
    }[doc.duration]
    out.append(
        f"I am writing to ask whether you can offer {need}{together} for {names}.{when}{dur}"
    )
    out.append("")
    for child in kids:
        p = pronouns(child.gender)
        n = child.known_as or child.first
        age = (
            f"born on {fmt_date(child.dob, 'long')}"
            if child.dob
            else f"aged {child.age} (date of birth not yet confirmed)"
        )
        g = {"male": "boy", "female": "girl", "other": "young person", None: "child"}[child.gender]
        sent = [
            f"{n} is a {g} {age}"
            + (f", who prefers {n} to {child.first}" if child.known_as else "")
            + "."
        ]
        if child.legal:
            sent.append(f"{p['He']} is looked after under {LETTER_LEGAL[child.legal]}.")
        if child.school:
            sent.append(
                f"{p['He']} attends {child.school}, where {p['he']} is in {child.school_year}."
            )
        if child.health:
            sent.append(child.health)
        if child.history is not None:
            sent.append(history_words(child, v))
        out.append(" ".join(sent))
        out.append("")
        items = risk_items(child, v)
        if items:
            out.append(f"About risk for {n}: " + " ".join(s for *_, s in items))
            out.append("")
        if child.ft is not None:
            out.append(f"Family time for {n}: " + " ".join(ft_lines(child)))
            out.append("")
    if doc.twist.get("note"):
        out += [doc.twist["note"], ""]
    sign = doc.referrer or doc.sw
    out += [
        f"{doc.sw.name} is the children's social worker and can be reached on {doc.sw.phone} or {doc.sw.email}."
        if len(kids) > 1
        else f"The social worker is {doc.sw.name} ({doc.sw.phone}, {doc.sw.email}).",
        "",
        "Yours faithfully,",
        "",
        sign.name,
        sign.role or "Social Worker",
    ]
    if doc.referrer and doc.referrer.email:
        out.append(doc.referrer.email)
    return ("\n".join(out) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- CSV export


def csv_export(doc: Doc, v: int) -> bytes:
    """A spreadsheet-style export: one header row, one row per child; risks as columns."""
    cols = [
        "export_date" if doc.twist.get("export_label") else "referral_date",
        "la",
        "child_id",
        "forename",
        "surname",
        "dob",
        "sex",
        "legal_status",
        "school",
        "placement_type",
        "urgency",
        "duration",
        "required_from",
        "health",
        "family_time",
        "placements_in_care",
        "sw_name",
        "sw_email",
        "sw_phone",
    ]
    keys = []
    for c in doc.children:
        keys += [k for k in c.risk_codes if k not in keys]
    risk_cols = [
        f"risk_{k.split('/')[1]}"
        if k.startswith("to_child")
        else f"risk_to_others_{k.split('/')[1]}"
        for k in keys
    ]
    out = [",".join(cols + risk_cols)]

    def q(value) -> str:
        text = "" if value is None else str(value)
        return f'"{text}"' if ("," in text or '"' in text) else text

    for child in doc.children:
        codes = child.risk_codes
        sentences = {key: s for key, _, _, s in risk_items(child, v)}
        row = [
            fmt_date(doc.date, "iso") if doc.date else "",
            doc.la_shown,
            child.ref or "",
            child.first,
            child.last,
            fmt_date(child.dob, "dmy") if child.dob else "",
            {"male": "M", "female": "F", "other": "X", None: ""}[child.gender],
            f"{child.legal} - {legal(child, 2)}" if child.legal else "",
            child.school or "",
            setting(doc, v),
            urgency(doc, 0),
            duration(doc, 0),
            fmt_date(doc.start, "dmy") if doc.start else "",
            child.health or "",
            " ".join(ft_lines(child)) if child.ft is not None else "",
            "" if child.history is None else str(child.history),
            doc.sw.name,
            doc.sw.email or "",
            doc.sw.phone or "",
        ]
        for key in keys:
            code = codes.get(key)
            row.append(
                ""
                if code is None
                else {"P": "Yes: ", "H": "Past: ", "S": "Suspected: ", "N": "No"}[code]
                + ("" if code in (None, "N") else sentences[key])
            )
        out.append(",".join(q(x) for x in row))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- step-down email


def step_down(doc: Doc, v: int) -> bytes:
    """Commissioning officer's email with the step-down form attached (PDF or Word)."""
    child = doc.children[0]
    r = doc.referrer
    first = r.name.split()[0]
    body = [
        "Good afternoon,",
        "",
        f"Please see attached a step-down referral for {child.first}, who has done really well in "
        f"{pronouns(child.gender)['his']} children's home and is ready to move to a foster family.",
        doc.twist.get("body", ""),
        "",
        f"{child.first}'s social worker is {doc.sw.name} (cc'd) - any questions about {pronouns(child.gender)['him']} please go to {doc.sw.name.split()[0]} directly"
        + (f" on {doc.sw.phone}." if doc.sw.phone else "."),
        "",
        "Please respond with any offers by Friday.",
        "",
        "Thanks",
        first,
        "",
        f"{r.name} | {r.role} | {doc.twist.get('dept', 'Commissioning and Placements')}",
        f"{r.phone or ''}",
    ]
    headers = [
        ("From", f"{r.name} <{r.email}>"),
        ("To", "referrals@hearthfostering.example.co.uk"),
        ("Cc", f"{doc.sw.name} <{doc.sw.email}>" if doc.sw.email else ""),
        ("Subject", f"Step down referral - {child.first} {child.last[0]} - {doc.children[0].ref}"),
        ("Date", email_date(doc.date, 14, 12)),
        ("Message-ID", _mid(doc)),
    ]
    if doc.twist.get("attach") == "docx":
        attachment = (
            "Step down referral.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            lcs_request(doc, v),
        )
    else:
        attachment = ("Step down referral.pdf", "application/pdf", step_down_form(doc, v))
    return mixed_email(
        [h for h in headers if h[1]],
        "\n".join(body),
        [attachment],
        f"==f2_{doc.name[:2]}_boundary==",
    )


# ----------------------------------------------------------------------------- remand / PACE


def remand_pace(doc: Doc, v: int) -> bytes:
    """EDT or youth-justice email asking for a bed tonight for a PACE transfer or a remand."""
    child = doc.children[0]
    r, t = doc.referrer, doc.twist
    p = pronouns(child.gender)
    tonight = t.get("when", "tonight")
    lines = [
        "Hi all,",
        "",
        f"Urgent request for a {'foster' if doc.setting == 'fostering' else 'children' + chr(39) + 's home'} bed {tonight} for a young person "
        + (
            "refused bail at court today and remanded to local authority accommodation."
            if child.legal == "J1"
            else "held at the custody suite: the custody sergeant has asked for a PACE bed (transfer under s.38(6))."
        ),
        "",
        f"Name: {child.first} {child.last}",
        f"DOB: {_dob(child, 'dmy')}",
        f"Gender: {gender(child, 0)}",
        f"{doc.ref_label}: {child.ref}" if doc.ref_shown else "",
        f"Legal status: {legal(child, v)}",
        f"Length: {t.get('length', duration(doc, 0))}",
        f"School: {child.school}" if child.school else t.get("school_line", ""),
        "",
        t.get("offence", ""),
        "",
        "Risks:",
    ]
    for key, code, label, sentence in risk_items(child, v):
        lines.append(f"- {label}: {sentence}")
    if t.get("sibling_risk"):
        lines.append(t["sibling_risk"])
    lines += ["", "Health: " + (child.health or "")]
    if child.ft is not None:
        lines += ["Family time: " + " ".join(ft_lines(child))]
    if child.history is not None:
        lines += ["Placements: " + history_words(child, v)]
    lines += [
        "",
        t.get(
            "sw_line",
            f"{p['His']} allocated social worker is {doc.sw.name} ({doc.sw.email}, {doc.sw.phone}) who will pick this up in the morning.",
        ),
        "",
        t.get("call_line", f"Please call me on {r.phone} if you can help - I am on until 8am."),
        "",
        r.name.split()[0],
        f"{r.role}",
        t.get("sig", ""),
    ]
    headers = [
        ("From", f"{t.get('mailbox_name', r.name)} <{r.email}>"),
        ("To", "placements@hearthfostering.example.co.uk"),
        (
            "Subject",
            t.get(
                "subject",
                f"URGENT bed needed {tonight} - {child.first} ({child.dob.year if child.dob else ''})",
            ),
        ),
        ("Date", email_date(doc.date, *t.get("time", (21, 47)))),
        ("Message-ID", _mid(doc)),
        ("Importance", "High"),
    ]
    return plain_email(headers, "\n".join(lines))


# ----------------------------------------------------------------------------- Outlook thread


def _quote_block(sender: str, sent: str, to: str, subject: str, body: str) -> str:
    return (
        "________________________________\n"
        f"From: {sender}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n\n{body}"
    )


def outlook_thread(doc: Doc, v: int) -> bytes:
    """A thread as Outlook quotes it: the newest reply (corrections, forwards) on top."""
    t = doc.twist
    kids = doc.children
    # The original referral (quoted at the bottom), with the values the reply corrects.
    orig = [
        "Hello,",
        "",
        t.get("opening", "Please could you look for a placement for the children below.")
        if len(kids) > 1
        else t.get("opening", "Please could you look for a placement for the young person below."),
        "",
    ]
    orig.append(
        f"Placement: {setting(doc, v)}, {t.get('orig_duration', duration(doc, v))}, {urgency(doc, v).lower() if doc.urgency else ''}".rstrip(
            ", "
        )
    )
    if doc.start:
        orig.append(f"Needed from: {t.get('orig_start', fmt_date(doc.start, 'dmy'))}")
    for child in kids:
        n = child.known_as or child.first
        orig += [
            "",
            f"{child.first} {child.last}"
            + (f" ({doc.ref_label} {child.ref})" if child.ref and doc.ref_shown else ""),
            f"DOB {t.get('orig_dob', {}).get(child.first, _dob(child))}, {gender(child, 0).lower()}",
            f"Legal status: {t.get('orig_legal', legal(child, v)) if child.legal else 'not yet known'}",
        ]
        if child.school:
            orig.append(f"School: {child.school} ({child.school_year})")
        if child.health:
            orig.append(f"Health: {child.health}")
        items = risk_items(child, v)
        if items:
            orig.append(f"Risks for {n}: " + " ".join(s for *_, s in items))
        if child.ft is not None:
            orig.append("Family time: " + " ".join(ft_lines(child)))
        if child.history is not None:
            orig.append(history_words(child, v))
    if t.get("parent"):
        orig += ["", t["parent"]]
    orig += [
        "",
        f"Social worker: {doc.sw.name}, {t.get('orig_phone', doc.sw.phone)}, {doc.sw.email}"
        if t.get("sw_in_body", True)
        else "",
        "",
        "Kind regards",
        t["orig_signoff"],
    ]
    orig_date = doc.date - timedelta(days=t.get("orig_days_before", 0))
    chain = _quote_block(
        t["orig_from"],
        f"{fmt_date(orig_date, 'ord').split(' ', 1)[0]} {fmt_date(orig_date, 'long')} {t.get('orig_time', '11:02')}",
        "Placements Hearth",
        t["subject"],
        "\n".join(orig),
    )
    top = t["top"]
    attachments = []
    if t.get("attach_docx"):
        attachments.append(
            (
                "Referral form.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                lcs_request(doc, v),
            )
        )
    headers = [
        ("From", t["top_from"]),
        ("To", "Placements Hearth <placements@hearthfostering.example.co.uk>"),
        ("Cc", t.get("cc", "")),
        ("Subject", ("FW: " if t.get("forward") else "RE: ") + t["subject"]),
        ("Date", email_date(doc.date, *t.get("time", (9, 31)))),
        ("Message-ID", _mid(doc)),
        ("Thread-Topic", t["subject"]),
    ]
    body = top + "\n\n" + chain + "\n"
    headers = [h for h in headers if h[1]]
    if attachments:
        return mixed_email(headers, body, attachments, f"==f2_thread_{doc.name[:2]}==")
    return plain_email(headers, body)


# ----------------------------------------------------------------------------- HTML-only


def html_only(doc: Doc, v: int) -> bytes:
    """A text/html-only email: an HTML table of the child's details and a styled signature."""
    t = doc.twist
    child = doc.children[0]
    rows = [
        (doc.ref_label, child.ref if doc.ref_shown else ""),
        ("Child", f"{child.first} {child.last}"),
        ("Date of birth", _dob(child, "long")),
        ("Gender", gender(child, 0)),
        ("Legal status", legal(child, v)),
        ("Placement", f"{escape(setting(doc, v))} &ndash; {escape(duration(doc, v))}"),
        ("Emergency or planned", urgency(doc, v)),
        ("Start", fmt_date(doc.start, "long") if doc.start else "tbc"),
        ("School / nursery", child.school or "n/a"),
        ("Health", child.health or ""),
    ]
    if t.get("sw_row"):
        rows.append(
            (
                "Allocated social worker",
                f"{doc.sw.name}, {doc.sw.email or ''}, {doc.sw.phone or ''}",
            )
        )
    if doc.parent:
        rows.insert(2, ("Parent", f"{doc.parent['name']} ({doc.parent['age']})"))
        rows.append(("Parent's needs and risks", doc.parent["summary"]))
    table = "".join(
        f'<tr><td style="font-weight:bold;background:#eef">{k}</td><td>{v_ if "&ndash;" in str(v_) else escape(str(v_))}</td></tr>'
        for k, v_ in rows
    )
    items = risk_items(child, v)
    risks = "".join(
        f"<li><b>{escape(label)}</b>: {escape(risk_answer(key, code, s, v))}</li>"
        for key, code, label, s in items
    )
    ft = (
        "".join(f"<li>{escape(line)}</li>" for line in ft_lines(child))
        if child.ft is not None
        else ""
    )
    hist = (
        f"<p><b>Placement history:</b> {escape(history_words(child, v))}</p>"
        if child.history is not None
        else ""
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td{{border:1px solid #999;padding:3px}}</style></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>{escape(t.get("greeting", "Dear Placements Team,"))}</p>
<p>{escape(t.get("intro", "Please find the referral below. We would be grateful for any offers."))}</p>
<table style="border-collapse:collapse">{table}</table>
{"<p><b>Risks</b></p><ul>" + risks + "</ul>" if risks else ""}
{"<p><b>Family time</b></p><ul>" + ft + "</ul>" if ft else ""}
{hist}
<p>{escape(t.get("closing", "Many thanks"))}</p>
<p style="color:#1F3864"><b>{escape(t["sign_name"])}</b><br>{escape(t["sign_role"])}<br>{escape(t.get("sign_org", ""))}<br>{escape(t.get("sign_contact", ""))}</p>
<p style="font-size:8pt;color:#888">{escape(t.get("disclaimer", "This email and any attachments are confidential and intended solely for the addressee."))}</p>
</div></body></html>
"""
    headers = [
        ("From", t["from"]),
        ("To", "Hearth Referrals <referrals@hearthfostering.example.co.uk>"),
        ("Cc", t.get("cc", "")),
        ("Subject", t["subject"]),
        ("Date", email_date(doc.date, *t.get("time", (10, 5)))),
        ("Message-ID", _mid(doc)),
    ]
    return html_email([h for h in headers if h[1]], html)


# ----------------------------------------------------------------------------- scans


def faxscan(doc: Doc, v: int) -> bytes:
    """A faxed referral form: pages rendered as images, no text layer at all."""
    child = doc.children[0]
    lines = [
        f"FAX  FROM: {doc.la_shown}   TEL 01632 960{400 + v:03d}   {fmt_date(doc.date, 'dmy') if doc.date else ''}  P.1/1",
        "",
        "# PLACEMENT REFERRAL",
        "",
        f"Child ref: {child.ref}",
        f"Name: {child.first} {child.last}",
        f"DOB: {_dob(child)}      Gender: {gender(child, 0)}",
        f"Legal status: {legal(child, v)}",
        f"Placement: {setting(doc, v)} / {urgency(doc, v)} / {duration(doc, v)}",
        f"Start: {fmt_date(doc.start, 'dmy') if doc.start else 'tbc'}",
        f"School: {child.school or ''}",
        "",
        "Health:",
        *textwrap.wrap(child.health or "", 70),
        "",
        "Risks:",
    ]
    for key, code, label, sentence in risk_items(child, v):
        text = f"- {label}: {risk_answer(key, code, sentence, v)}"
        lines += textwrap.wrap(text, 72, subsequent_indent="  ")
    lines += ["", "Family time: " + " ".join(ft_lines(child))[:60] if child.ft is not None else ""]
    lines += ["", f"Social worker: {doc.sw.name}", f"Tel: {doc.sw.phone}   Email: {doc.sw.email}"]
    # Vary the scans: the last one is a two-page fax (the contacts on page 2).
    pages = (
        [lines] if v < 3 else [lines[:18], [lines[0].replace("P.1/1", "P.2/2"), "", *lines[18:]]]
    )
    if v == 3:
        pages[0][0] = pages[0][0].replace("P.1/1", "P.1/2")
    return scan_pdf(pages, seed=doc.name, angle=[0.6, -0.8, 1.1, -0.4][v % 4])


__all__ = ["WORDS"]
