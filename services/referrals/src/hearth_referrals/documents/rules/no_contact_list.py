"""The answer to a "No contact" prompt as the list of people it names.

"No contact: mum's boyfriend", "No contact: father, father's brother": under a prompt that
asks whom the child must not see, the answer is the people themselves, written without a
"no contact with" of its own. "None", "N/A" and "not known" name nobody.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.history import WHOM as _WHOM

__all__ = ["people_listed"]

_NOBODY = re.compile(
    r"^\W*(none|nil|n/?a|no(ne| one|-one|body)?( (is |has been )?(known|identified|named"
    r"|listed|specified|stated|recorded))?|not (known|applicable)|tbc|to be (confirmed|agreed)"
    r"|unknown|nobody (is )?named|nothing to (add|note|record))\W*$",
    re.I,
)
_MOST_WORDS = 6
_GROUP = re.compile(r"^(the|any|all|his|her|their)\s", re.I)
_GROUP_WORDS = 10


# "Father (Jordan Heslop)": a relative with their name in brackets is one person
_NAME_IN_BRACKETS = re.compile(r"^([^(.]+?\s*\((?:[A-Z][a-z'-]+\s?){1,3}\))")
_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}$")


def _with_their_names(pieces: list[str]) -> list[str]:
    """ "stepfather, Marek", "uncle, Shane Brannan": a relative and then their name is one
    person, written as the document writes them."""
    joined: list[str] = []
    for piece in pieces:
        if joined and _NAME.match(piece) and _WHOM.fullmatch(joined[-1]):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


def people_listed(value: str) -> list[str]:
    """The people a "No contact" answer lists, lower case; empty if it is not a short list."""
    bracketed = _NAME_IN_BRACKETS.match(value.strip())
    if bracketed:
        return [bracketed.group(1).lower()]
    text = re.split(r"\s*[(.]", value.strip(), maxsplit=1)[0]
    if not text or _NOBODY.match(text):
        return []
    pieces = [piece.strip(" -\u2013") for piece in re.split(r"\s*(?:,|;|\band\b|/)\s*", text)]
    pieces = _with_their_names([piece for piece in pieces if piece])
    if len(pieces) == 1 and _GROUP.match(pieces[0]) and len(pieces[0].split()) <= _GROUP_WORDS:
        # "The older males named in the police referral": one group described
        return [pieces[0].lower()]
    if not pieces or any(len(piece.split()) > _MOST_WORDS for piece in pieces):
        return []
    return [piece.lower() for piece in pieces]
