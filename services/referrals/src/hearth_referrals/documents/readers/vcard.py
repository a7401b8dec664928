"""A contact card (vCard, RFC 6350) sent with a message: whose details it gives.

A worker who signs an email "Hamid" often attaches their card: the full name, the role,
the email and the number are only there. A card is written back as the lines a signature
would hold. When its title is the child's social worker's ("Social Worker, Children in
Care"), as the worker's labelled details; any other person's card (a placements officer,
a manager) as one line naming them and their role, so that their number is not taken for
the worker's.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.people import WORKER_ROLE

__all__ = ["vcard_lines"]

_BEGIN = re.compile(r"^\s*BEGIN:VCARD\s*$", re.I | re.M)
_FOLDED = re.compile(r"\r?\n[ \t]")  # a long line carried on in the next, after a space
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?(?P<name>[A-Za-z-]+)(?:;[^:]*)?:(?P<value>.*)$")


def _unescaped(value: str) -> str:
    return re.sub(r"\\([,;\\nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _properties(content: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in _FOLDED.sub("", content).splitlines():
        match = _PROPERTY.match(line.strip())
        if match and match.group("value").strip():
            name = match.group("name").upper()
            found.setdefault(name, []).append(_unescaped(match.group("value").strip()))
    return found


def _full_name(card: dict[str, list[str]]) -> str:
    if card.get("FN"):
        return card["FN"][0]
    family, given, *_rest = [*card.get("N", [""])[0].split(";"), "", ""]
    return f"{given} {family}".strip()


def vcard_lines(content: str) -> list[str] | None:
    """The card's lines as a signature's; None when the text is not a vCard."""
    if not _BEGIN.search(content):
        return None
    lines: list[str] = []
    for chunk in re.split(r"(?im)^\s*END:VCARD\s*$", content):
        if not _BEGIN.search(chunk):
            continue
        card = _properties(chunk)
        name, title = _full_name(card), (card.get("TITLE") or [""])[0]
        emails, phones = card.get("EMAIL", []), card.get("TEL", [])
        if name and WORKER_ROLE.match(title):
            lines.append(f"Social worker: {name}")
            lines.extend(f"Social worker email: {email}" for email in emails[:1])
            lines.extend(f"Social worker phone: {phone}" for phone in phones[:1])
        elif name:
            details = ", ".join([*filter(None, [title, *card.get("ORG", [])]), *emails, *phones])
            lines.append(f"{name} ({details})" if details else name)
    return lines or None
