"""Recognising a child referred before: same LA reference, or same name and date of birth.

Names are compared tolerantly (spelling varies between referrals: Jayden / Jaden,
Mohammed / Muhammad) but the date of birth must agree exactly.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz

__all__ = ["Candidate", "ChildKey", "find_earlier", "name_key"]

NAME_SIMILARITY = 85


def name_key(name: str | None) -> str | None:
    """A comparable form of a name: lower case, no accents, letters and single spaces."""
    if not name:
        return None
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c if c.isalpha() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.lower().split()) or None


@dataclass(frozen=True)
class ChildKey:
    first_name_key: str
    last_name_key: str | None
    date_of_birth: date | None


@dataclass(frozen=True)
class Candidate:
    """An earlier referral found by its reference (``child`` None) or by a child of the same
    date of birth (``la_reference`` None: its referral, if of the same reference, is a
    candidate of its own)."""

    referral_id: str
    la_reference: str | None
    child: ChildKey | None


def _same_child(a: ChildKey, b: ChildKey) -> bool:
    if a.date_of_birth is None or a.date_of_birth != b.date_of_birth:
        return False
    if fuzz.ratio(a.first_name_key, b.first_name_key) < NAME_SIMILARITY:
        return False
    if a.last_name_key and b.last_name_key:
        return fuzz.ratio(a.last_name_key, b.last_name_key) >= NAME_SIMILARITY
    return True


def find_earlier(
    la_reference: str, children: list[ChildKey], candidates: list[Candidate]
) -> dict[str, str]:
    """Earlier referral ids that are of the same child, each with the basis of the match."""
    links: dict[str, str] = {}
    reference = la_reference.strip().lower()
    for candidate in candidates:
        if (
            candidate.la_reference is not None
            and candidate.la_reference.strip().lower() == reference
        ):
            # Whether it came before or after the same referral's child: the reference wins.
            links[candidate.referral_id] = "la_reference"
        elif candidate.child is not None and any(
            _same_child(child, candidate.child) for child in children
        ):
            links.setdefault(candidate.referral_id, "name_and_date_of_birth")
    return links
