"""A letter's own date: the date that ends its letterhead ("Guardian's office, Truro
TR1  20 November 2026"), in a document that is a letter (signed off "Yours sincerely",
"Kind regards"). It is the referral's date when no label or sentence gives one."""

from __future__ import annotations

import re
from datetime import date

from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.dates import find_dates

__all__ = ["SIGNED_OFF", "letter_date"]

SIGNED_OFF = re.compile(
    r"^\W*(yours (sincerely|faithfully|truly)|kind regards|best regards|with regards"
    r"|many thanks|regards)\W*$",
    re.I,
)
# a written date at the end of a line: "20 November 2026", "3rd December 2026", "20/11/2026"
_ENDING_DATE = re.compile(
    r"(\b\d{1,2}(st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+20\d\d|\b\d{1,2}/\d{1,2}/20\d\d)\W*$"
)
_HEAD = 4  # the letterhead: the first lines, before the letter's own words
_PAGE_FURNITURE = frozenset({"page header", "document title"})


def letter_date(answers: list[Answer], today: date) -> tuple[date, Answer] | None:
    """The date ending one of a letter's first lines; None if it is not a letter."""
    signed_off = _signed_off(answers)
    if not (signed_off or _addressed(answers)):
        return None
    # a Word page's running header ("Confidential", "NHS - working with the council") is
    # printed above the letterhead, not a line of it
    body = [answer for answer in answers if answer.part not in _PAGE_FURNITURE]
    for answer in body[:_HEAD]:
        if answer.label or answer.part.startswith(("headers", "signature", "forwarded")):
            continue
        ending = _ENDING_DATE.search(answer.value)
        if ending and not signed_off and answer.value[: ending.start()].strip(" ,"):
            continue  # unsigned, only a date on a line of its own is the letter's own
        dates = find_dates(ending.group(1), today) if ending else []
        if dates and dates[0].value <= today:
            return dates[0].value, answer
    return None


def _signed_off(answers: list[Answer]) -> bool:
    return any(SIGNED_OFF.match(a.value) and not a.label for a in answers)


_TO = re.compile(r"^\W*(to|for the attention of|fao)\W*$", re.I)


def _addressed(answers: list[Answer]) -> bool:
    """A letterhead whose next lines say whom the letter is to ("To: placement providers"),
    not an email's own "To:" header: a letter even when it ends with no "Yours sincerely"
    (then only a date standing on its own line dates it)."""
    return any(
        _TO.match(answer.label) and not answer.part.startswith(("headers", "forwarded"))
        for answer in answers[: _HEAD + 2]
    )
