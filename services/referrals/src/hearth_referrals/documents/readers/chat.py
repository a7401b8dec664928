"""A chat export (Teams, WhatsApp): "[18/11/2026 10:02] Name" over the message's lines,
or a meeting transcript: "Name   0:12" over what they said.

The referral is spread over the messages of a worker and a placements officer. The
export is read as one message after another (a later message correcting an earlier
fact wins, as a reply's correction does), after three lines it implies: the chat's date
(the first message's) is the referral date, and the participant who gives their own
email or number ("My email is ...") is the worker, with those details.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hearth_referrals.documents.blocks import Block, Location
from hearth_referrals.documents.rules.people import emails, looks_like_name, phones

__all__ = ["chat_blocks"]

# "[18/11/2026 10:02] Kate Elliott", "[18/11/2026, 10:02:11] Kate Elliott: Hi",
# "18/11/2026 10:02 - Kate Elliott: Hi": a message's stamp and sender.
_STAMP = re.compile(
    r"^\s*(?:\[?(?P<date>\d{1,2}/\d{1,2}/\d{2,4}),?\s+|\[(?=\d))"
    r"(?P<time>\d{1,2}:\d{2}(?::\d{2})?)"
    r"(?:\s*[ap]m)?\]?\s*(?:[-\u2013]\s*)?(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})"
    r"\s*(?::\s*(?P<text>.*))?$"
)
# A meeting transcript's turn (Teams' export): "Fiona Bramhall   0:12" or "Gavin Moss
# (Foster Futures)   1:30", the speaker and the time into the call, the words below it.
_TURN = re.compile(
    r"^\s*(?P<who>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){1,3})(?:\s*\([^)]{1,60}\))?"
    r"\s{2,}(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\s*$"
)
_MIN_MESSAGES = 3
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
        turn = None if stamp else _TURN.match(line)
        if stamp and looks_like_name(stamp.group("who")):
            messages.append(_Message(stamp.group("date"), stamp.group("who")))
            if stamp.group("text"):
                messages[-1].lines.append(stamp.group("text"))
        elif turn and looks_like_name(turn.group("who")):
            messages.append(_Message(None, turn.group("who")))
        elif messages:
            if line.strip():
                messages[-1].lines.append(line.strip())
        else:
            before.append(line)
    return before, messages


def _worker(messages: list[_Message]) -> str | None:
    """The participant who gives their own email, or failing that who gives the facts."""
    own = [m.who for m in messages if any(_own_details(ln) and emails(ln) for ln in m.lines)]
    if own:
        return own[0]
    facts = [m.who for m in messages if any(_FACTS.search(line) for line in m.lines)]
    return max(set(facts), key=facts.count) if facts else None


def _worker_lines(worker: str, messages: list[_Message]) -> list[str]:
    lines = [f"Social worker: {worker}"]
    for message in messages:
        if message.who != worker:
            continue
        for line in message.lines:
            if not _own_details(line):
                continue
            lines.extend(f"Social worker email: {email}" for email in emails(line))
            lines.extend(f"Social worker phone: {phone}" for phone in phones(line))
    return lines


def chat_blocks(content: str, lines_to_blocks) -> list[Block] | None:
    """Blocks for a chat export; None when the text is not one. ``lines_to_blocks(lines,
    location)`` reads plain lines (the text reader's own)."""
    before, messages = _messages(content.splitlines())
    if len(messages) < _MIN_MESSAGES:
        return None
    implied = [f"Date: {messages[0].date}"] if messages[0].date else []
    if not implied:
        # a transcript's heading: "Placement call", "19 November 2026, 14:03": the call's day
        dated = next((line for line in before if _CALL_DAY.search(line)), None)
        implied = [f"Date: {_CALL_DAY.search(dated).group(0)}"] if dated else []
    worker = _worker(messages)
    if worker is not None:
        implied.extend(_worker_lines(worker, messages))
    blocks = lines_to_blocks([*before, *implied], Location())
    for message in messages:
        # every message is read as written after the ones before it: its corrections win
        kept = [line for line in message.lines if not _own_details(line)]
        blocks.extend(lines_to_blocks(kept, Location(part="message")))
    return blocks
