"""Email (.eml): the message, forwarded referrals inside it, and its attachments.

Quoted replies ("On ... wrote:", lines starting ">", Outlook's "Original Message")
and confidentiality footers are dropped; forwarded messages are kept, because the
referral is often the forwarded part. Signatures are kept under the Part
"signature", since the social worker's phone number is often only there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from hearth_contract.documents import DocumentKind, DocumentTooComplex
from hearth_contract.problems import Problem

from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import html, spoken
from hearth_referrals.documents.readers.csv_sideways import pasted_sideways
from hearth_referrals.documents.readers.csv_table import pasted_csv
from hearth_referrals.documents.readers.inline_corrections import corrected_in_line
from hearth_referrals.documents.readers.lenient_json import json_lines
from hearth_referrals.documents.readers.named_rows import rows_the_message_names
from hearth_referrals.documents.readers.text import blocks_from_lines, unwrap

__all__ = ["read"]

ReadAttachment = Callable[..., tuple[DocumentKind, list[Block]]]

_FORWARD = re.compile(
    r"^\s*(-+\s*forwarded message\s*-+|begin forwarded message:?)\s*$", re.IGNORECASE
)
_REPLY = re.compile(r"^\s*(on\s.{5,200}\swrote:|-+\s*original message\s*-+)\s*$", re.IGNORECASE)
_OUTLOOK_HEADER = re.compile(r"^\s*from:\s.+$", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"^\s*(--\s*|(kind regards|best regards|many thanks|regards|thanks|best wishes)"
    # "Thanks, Imogen": the sign-off with the writer's first name on its line
    r"(,?\s+(?-i:[A-Z][a-z'-]+))?,?|sent from my \w+.*)\s*$",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(this (e-?mail|message)( and any (files|attachments))?.{0,40}"
    r"(confidential|intended solely|privileged)|disclaimer\b)",
    re.IGNORECASE,
)
_HEADERS = ("subject", "from", "date")
# "Legal status - ICO", "School \u2013 Hillside Academy": a form's prompt typed in a message
# with a dash for the colon. The prompt holds no digit ("DOB 02.06.17 - Female - S20" is
# one line of answers, not a prompt and its answer).
_RISKS_PROMPT = re.compile(r"^(known |current |identified |any )?risks?( to (others|self))?$", re.I)
_DASH_LABEL = re.compile(
    r"^\s*((?i:child|sibling|young person)\s+\d|[A-Za-z][A-Za-z'/&() -]{0,60}?)"
    r"\s+[-\u2013\u2014]\s+(\S.*)$"
)


# "going missing" then a dash and nothing after it: a risk's row left blank
_BLANK_DASH = re.compile(r"^\s*([A-Za-z][A-Za-z'/&() -]{0,60}?)\s+[-\u2013\u2014]\s*$")


def _blank_risk_row(line: str) -> str:
    """ "criminal exploitation" and a dash alone: the risk's prompt, its answer left blank."""
    from hearth_referrals.documents.rules.risk_closings import one_risks_answer

    found = _BLANK_DASH.match(line)
    if found and one_risks_answer(found.group(1), ""):
        # written as the gap it is ("unknown"), so that the next line (a signature) is not
        # taken for its answer
        return f"{found.group(1).strip()}: unknown"
    return line


def _dash_labels(lines: list[str]) -> list[str]:
    """A typed prompt set off by a dash, made the "Prompt: answer" it stands for, when the
    prompt is one a referral asks (a sentence with a dash in it is left alone)."""
    from hearth_referrals.documents.rules.labels import field_for
    from hearth_referrals.documents.rules.risk_closings import one_risks_answer

    plain = []
    for line in map(_blank_risk_row, lines):
        found = _DASH_LABEL.match(line)
        prompt = found.group(1).strip() if found else ""
        # "Risks - tick all that apply:" has its own colon: the dash is inside the prompt
        if (
            found
            and not line.rstrip().endswith(":")
            and (
                field_for(prompt) is not None
                or _RISKS_PROMPT.match(prompt)
                or one_risks_answer(prompt, found.group(2))  # "Self-harm - none known"
            )
        ):
            line = f"{found.group(1).strip()}: {found.group(2)}"
        plain.append(line)
    return plain


def _body(message: EmailMessage):
    """The body to read: the typed text, unless it is only a stub of the HTML one ("Please
    view this message in HTML") or the HTML holds the form as a table."""
    plain = message.get_body(preferencelist=("plain",))
    rich = message.get_body(preferencelist=("html",))
    if plain is None or rich is None:
        return plain or rich
    blocks = _html_blocks(rich)
    plain_words = len(plain.get_content().split())
    rich_words = len(" ".join(block.text for block in blocks).split())
    return rich if plain_words < 0.6 * rich_words or _columns_table(blocks) else plain


_COLUMNS_ROWS = 3


def _columns_table(blocks: list) -> bool:
    """The HTML holds a table of three columns or more over several rows (a column per
    child, a tick grid): typed out as text its columns run together, so the table is read."""
    widths: dict[tuple, int] = {}
    for block in blocks:
        where = block.location
        if where.table is not None:
            key = (where.table, where.row)
            widths[key] = widths.get(key, 0) + 1
    return sum(width >= 3 for width in widths.values()) >= _COLUMNS_ROWS


def _html_blocks(part) -> list:
    return html.read(part.get_content(), DocumentLimits())


def _html_text(part) -> str:
    """An HTML body as lines; a table's row of two cells reads "label: value"."""
    blocks = _html_blocks(part)
    widths: dict[object, int] = {}
    for block in blocks:
        if block.location.table is not None:
            key = block.location.table
            widths[key] = max(widths.get(key, 0), block.location.cell or 1)
    lines: list[str] = []
    row_key, row = None, []
    for block in [*blocks, None]:
        key = None if block is None else (block.location.table, block.location.row)
        if row and key != row_key:
            lines.append(_row_line(row, widths[row_key[0]]))
            row = []
        if block is None:
            break
        if block.location.table is None:
            lines.append(block.text)
        else:
            row_key = key
            # " | Evie | Harry": a row's empty corner cell kept, so the names stay columns
            row.extend([""] * max(0, (block.location.cell or 1) - 1 - len(row)))
            row.append(" ".join(block.text.split()))
    return "\n".join(lines)


def _row_line(row: list[str], width: int) -> str:
    """A table row as a line: "label: value" for two cells, else cells between bars, an
    empty first cell kept ("| | Evie | Harry |": the corner over a column per child). In a
    table of three columns or more, a row of its label alone stays a row, its answers left
    empty (not a line that the next row would answer)."""
    if len(row) == 2 and row[0]:
        return ": ".join(row)
    if len(row) == 1:
        return f"{row[0]} |" if width >= 3 else row[0]
    return f"| {' | '.join(row)} |" if not row[0] else " | ".join(row)


def _body_text(message: EmailMessage) -> str:
    part = _body(message)
    if part is None:
        return ""
    if part.get_content_type() == "text/html":
        return _html_text(part)
    return part.get_content()


def _outlook_block_is_forward(lines: list[str], index: int, subject: str) -> bool:
    window = " ".join(lines[index : index + 6]).lower()
    return "subject:" in window and (
        "fw:" in window or "fwd:" in window or subject.lower().startswith(("fw", "fwd"))
    )


# "-----Automatic reply-----", "Automatic reply: ...", "Out of Office: ...": a mailbox's
# answer quoted in a resend, up to the quoted original below it.
_AUTO_REPLY = re.compile(
    r"^\s*(-{2,}\s*(automatic reply|auto-?reply|out of office( reply)?)\s*-{2,}"
    r"|(automatic reply|auto-?reply|out of office)\s*:.*)\s*$",
    re.IGNORECASE,
)
_QUOTED_HEADER = re.compile(r"^\s*>+\s*from:\s*\S", re.IGNORECASE)
_QUOTED_SENT = re.compile(r"^\s*>+\s*(sent|date):\s*\S", re.IGNORECASE)


def _quoted_original(lines: list[str], index: int) -> bool:
    """ "> From: Jo Bell" over "> Sent: Monday ...": a quoted message's own header."""
    return bool(_QUOTED_HEADER.match(lines[index])) and any(
        _QUOTED_SENT.match(following) for following in lines[index + 1 : index + 4]
    )


def _sections(body: str, subject: str) -> list[tuple[str, list[str]]]:
    """The body split into (part, lines): the message, forwarded messages, signatures."""
    sections: list[tuple[str, list[str]]] = [("message", [])]
    lines = body.splitlines()
    forwarded = 0
    in_signature = False
    quoting = False  # after "On ... wrote:", the quoted original is read (after the reply)
    auto_reply = False  # an out-of-office's own words: no one's referral
    for index, line in enumerate(lines):
        if _AUTO_REPLY.match(line):
            auto_reply = True
            continue
        if not quoting and _quoted_original(lines, index):
            # "> From: Olivia ... > Sent: ...": the original quoted below an auto-reply or
            # a bare resend is the referral, read after the note above it
            quoting, auto_reply = True, False
            forwarded += 1
            sections.append((f"forwarded message {forwarded}", []))
            in_signature = False
        if auto_reply:
            continue
        if line.lstrip().startswith(">") and quoting:
            line = re.sub(r"^(\s*>)+\s?", "", line)
        elif line.lstrip().startswith(">") or _DISCLAIMER.match(line):
            continue
        starts_outlook = (
            _OUTLOOK_HEADER.match(line)
            and index > 0
            and any(
                "sent:" in following.lower() or "date:" in following.lower()
                for following in lines[index + 1 : index + 4]
            )
        )
        if _FORWARD.match(line) or (
            starts_outlook and _outlook_block_is_forward(lines, index, subject)
        ):
            forwarded += 1
            sections.append((f"forwarded message {forwarded}", []))
            in_signature = False
            if starts_outlook:
                sections[-1][1].append(line)
            continue
        if _REPLY.match(line) or starts_outlook:
            quoting = True
            # A forward's or reply's original is read after the outer message, which
            # wins where they differ (a correction in the reply).
            forwarded += 1
            sections.append((f"forwarded message {forwarded}", []))
            in_signature = False
            if starts_outlook:
                sections[-1][1].append(line)
            continue
        if _SIGNATURE.match(line) and not in_signature:
            in_signature = True
            part = sections[-1][0]
            sections.append((f"signature ({part})", []))
        sections[-1][1].append(line)
    return sections


def _header_blocks(message: EmailMessage) -> list[Block]:
    blocks = []
    for name in _HEADERS:
        value = message.get(name)
        if name == "subject" and not value:
            value = message.get("re")  # a typed memo's "Re:" line is its subject
        if value:
            label = name.capitalize()
            blocks.append(
                Block(
                    BlockKind.FIELD, str(value), Location(part="headers", field=label), label=label
                )
            )
    return blocks


def _attachments(message: EmailMessage, limits: DocumentLimits) -> list[EmailMessage]:
    attachments = list(message.iter_attachments())
    if len(attachments) > limits.max_attachments:
        raise DocumentTooComplex(f"The email has more than {limits.max_attachments} attachments.")
    return attachments


def _attachment_blocks(
    attachment: EmailMessage,
    number: int,
    limits: DocumentLimits,
    deadline: Deadline,
    depth: int,
    read_attachment: ReadAttachment,
    warnings: list[str],
    body: str,
) -> list[Block]:
    name = attachment.get_filename() or f"attachment {number}"
    if attachment.get_content_type() == "message/rfc822":
        inner = attachment.get_payload()
        payload = inner[0].as_bytes() if isinstance(inner, list) else bytes(inner)
    else:
        payload = attachment.get_payload(decode=True) or b""
        payload = rows_the_message_names(payload, name, body)
    try:
        _kind, blocks = read_attachment(
            payload, limits, deadline, depth=depth + 1, warnings=warnings
        )
    except DocumentTooComplex:
        raise
    except Problem:
        warnings.append(f"Attachment {number} could not be read and was skipped.")
        return []
    return [block.within(name) for block in blocks]


def read(
    data: bytes,
    limits: DocumentLimits,
    deadline: Deadline,
    *,
    depth: int,
    read_attachment: ReadAttachment,
    warnings: list[str],
) -> list[Block]:
    if depth > limits.max_nesting:
        raise DocumentTooComplex("The email nests too many messages inside each other.")
    message = BytesParser(policy=policy.default).parsebytes(data)
    blocks = _header_blocks(message)
    subject = str(message.get("subject") or "")
    body = _body(message)
    plain = body is not None and body.get_content_type() == "text/plain"
    body_text = "\n".join(json_lines(_body_text(message).splitlines()))
    for part, lines in _sections(body_text, subject):
        if plain and spoken.is_transcript(lines):
            lines = spoken.labelled(lines)
        lines = pasted_csv(lines)  # spreadsheet rows pasted into the message
        lines = pasted_sideways(lines)  # a grid with a column per child
        lines = corrected_in_line(_dash_labels(lines))  # "DOB: ...  << it is 9 May 2012"
        lines = unwrap(lines) if plain else lines  # only typed text is hard-wrapped
        blocks.extend(blocks_from_lines(lines, Location(part=part)))
    for number, attachment in enumerate(_attachments(message, limits), start=1):
        deadline.check()
        blocks.extend(
            _attachment_blocks(
                attachment, number, limits, deadline, depth, read_attachment, warnings, body_text
            )
        )
    return blocks
