"""A chat export (Teams, WhatsApp): "[18/11/2026 10:02] Name" over the message's lines,
or a meeting transcript: "Name   0:12" over what they said.

The referral is spread over the messages of a worker and a placements officer. The
export is read as one message after another (a later message correcting an earlier
fact wins, as a reply's correction does), after three lines it implies: the participant
who gives their own email or number ("My email is ...") is the worker, with those
details, and the day of the worker's first message (else the chat's first) is the
referral date. A chat's own emphasis ("*Kane Wilson*") is read as its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hearth_referrals.documents.blocks import Block, Location
from hearth_referrals.documents.rules.people import emails, looks_like_name, phones

__all__ = ["chat_blocks"]

# "[18/11/2026 10:02] Kate Elliott", "[18/11/2026, 10:02:11] Kate Elliott: Hi",
# "18/11/2026 10:02 - Kate Elliott: Hi", "[2026-11-18 10:02] Kate Elliott (SW)" (Slack),
# "[Today at 09:14] Kate Elliott":
# a message's stamp and sender.
# A phone's contact name may be one word ("Femi") or carry a role ("Lee (Placements)"):
# then the message's text after a colon shows it is a sender.
_STAMP = re.compile(
    r"^\s*(?:\[?(?P<date>\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+|\[(?=\d)"
    # an app's copy: "[Today at 09:14]" (the day not shown, so no date is read from it)
    r"|\[(?i:today|yesterday)\s+at\s+)"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s*[ap]m)?\]?\s*(?:[-\u2013]\s*)?(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})"
    r"(?P<role>\s*\([^()]{1,30}\))?"
    r"\s*(?::\s*(?P<text>.*))?$"
)
# What a chat export writes in place of a picture, a file or a deleted message.
_PLACEHOLDER = re.compile(
    r"^\s*<(?:media|attached|image|video|audio|file)[^>]*>\s*$|^\s*(?:this message was deleted"
    r"|image omitted|document omitted)\s*$",
    re.I,
)
# A contact name's role after the name ("Kerry SW", "Paige CSC"): not part of the name.
_ROLE_AFTER_NAME = re.compile(
    r"\s+(?:SW|CSC|TM|EDT|IRO|PO|Duty|Placements?|Social Worker|Team Manager)$", re.I
)
# A meeting transcript's turn (Teams' export): "Fiona Bramhall   0:12" or "Gavin Moss
# (Foster Futures)   1:30", the speaker and the time into the call, the words below it.
_TURN = re.compile(
    r"^\s*(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?:\s*\([^)]{1,60}\))?"
    r"\s{2,}(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
_MIN_MESSAGES = 2
# A chat's bold: "*Kane Wilson* - 05/05/2011"
_EMPHASIS = re.compile(r"(?<![\w*])\*(\S(?:[^*\n]{0,80}\S)?)\*(?![\w*])")
# The sender's own details: "My email is ...", "my mobile 07700 ...", "I'm on 01632 ...".
_OWN_DETAILS = re.compile(
    r"\b(my (e-?mail|mobile|phone|number|direct line|work phone|tel)\b|i'?m on\b"
    r"|i am on\b|call me on|reach me on)",
    re.I,
)
# The day written in a transcript's heading: "19 November 2026", "Thu 19/11/2026".
_CALL_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.I,
)
# A message giving a child's facts: a date of birth or a case number.
_FACTS = re.compile(r"\b(dob|d\.o\.b|date of birth|born|legal status|care order|s20|ico)\b", re.I)


# What is left of a line of bare details once its emails and numbers are taken out.
_BARE_REST = re.compile(
    r"^[\s,;:/&.()-]*(?:(?:e-?mail|tel|phone|mobile|mob|and)\b[\s,;:/&.()-]*)*$", re.I
)


def _own_details(line: str) -> bool:
    """A line giving the sender's own details: "My email is ...", or the bare details
    alone ("kim.lee@x.example 01632 960000"), which a sender gives only as their own."""
    if _OWN_DETAILS.search(line):
        return True
    found = emails(line)
    if not found:
        return False
    rest = line
    for item in [*found, *phones(line)]:
        rest = rest.replace(item, " ")
    return bool(_BARE_REST.match(rest))


@dataclass
class _Message:
    date: str | None
    who: str
    lines: list[str] = field(default_factory=list)


def _messages(lines: list[str]) -> tuple[list[str], list[_Message]]:
    before: list[str] = []
    messages: list[_Message] = []
    for line in lines:
        stamp = _STAMP.match(line)
        if stamp and " " not in stamp.group("who") and stamp.group("text") is None:
            stamp = None  # a one-word sender only where a message follows its colon
        turn = None if stamp else _TURN.match(line)
        if stamp and looks_like_name(_ROLE_AFTER_NAME.sub("", stamp.group("who"))):
            messages.append(_Message(stamp.group("date"), stamp.group("who")))
            if stamp.group("text") and not _PLACEHOLDER.match(stamp.group("text")):
                messages[-1].lines.append(stamp.group("text"))
        elif turn and looks_like_name(turn.group("who")):
            messages.append(_Message(None, turn.group("who")))
        elif messages:
            if line.strip() and not _PLACEHOLDER.match(line):
                messages[-1].lines.append(line.strip())
        else:
            before.append(line)
    return before, messages


def _worker(messages: list[_Message]) -> str | None:
    """The participant who gives their own email, or failing that who gives the facts."""
    own = [
        m.who
        for m in messages
        if any(_gives_own_details(m.who, ln) and emails(ln) for ln in m.lines)
    ]
    if own:
        return own[0]
    facts = [m.who for m in messages if any(_FACTS.search(line) for line in m.lines)]
    return max(set(facts), key=facts.count) if facts else None


def _gives_own_details(worker: str, line: str) -> bool:
    """ "My email is ...", bare details, or the sender's whole name beside their email
    ("Me: Kerry Rimmer, kerry.rimmer@...", "femi.balogun@... - Femi Balogun")."""
    return _own_details(line) or bool(emails(line) and _whole_name(worker, line))


def _whole_name(worker: str, line: str) -> str | None:
    """The sender's whole name written in a line: their contact name's first word and a
    surname after it ("Kerry SW" writing "Kerry Rimmer")."""
    first = worker.split()[0]
    for found in re.finditer(rf"\b{re.escape(first)}(?:\s+[A-Z][\w'\u2019-]+){{1,2}}\b", line):
        name = _ROLE_AFTER_NAME.sub("", found.group(0))
        if " " in name and looks_like_name(name):
            return name
    return None


def _worker_lines(worker: str, messages: list[_Message]) -> list[str]:
    name = _ROLE_AFTER_NAME.sub("", worker)
    details: list[str] = []
    for message in messages:
        if message.who != worker:
            continue
        for line in message.lines:
            if not _gives_own_details(worker, line):
                continue
            name = _whole_name(worker, line) or name
            details.extend(f"Social worker email: {email}" for email in emails(line))
            details.extend(f"Social worker phone: {phone}" for phone in phones(line))
    return [f"Social worker: {name}", *details]


def chat_blocks(content: str, lines_to_blocks) -> list[Block] | None:
    """Blocks for a chat export; None when the text is not one. ``lines_to_blocks(lines,
    location)`` reads plain lines (the text reader's own)."""
    before, messages = _messages(content.splitlines())
    if len(messages) < _MIN_MESSAGES:
        return None
    worker = _worker(messages)
    # the referral is the worker's request: a heads-up from someone else the day before
    # it is not its date
    dated = next((m for m in messages if m.who == worker and m.date), messages[0])
    implied = [f"Date: {dated.date}"] if dated.date else []
    if not implied:
        # a transcript's heading: "Placement call", "19 November 2026, 14:03": the call's day
        dated = next((line for line in before if _CALL_DAY.search(line)), None)
        implied = [f"Date: {_CALL_DAY.search(dated).group(0)}"] if dated else []
    if worker is not None:
        implied.extend(_worker_lines(worker, messages))
    blocks = lines_to_blocks([*before, *implied], Location())
    for message in messages:
        # every message is read as written after the ones before it: its corrections win
        kept = [_EMPHASIS.sub(r"\1", line) for line in message.lines if not _own_details(line)]
        blocks.extend(lines_to_blocks(kept, Location(part="message")))
    return blocks
