"""The answer to a "No contact" prompt as the list of people it names.

"No contact: mum's boyfriend", "No contact: father, father's brother": under a prompt that
asks whom the child must not see, the answer is the people themselves, written without a
"no contact with" of its own. "None", "N/A" and "not known" name nobody.
"""

from __future__ import annotations

import re

__all__ = ["people_listed"]

_NOBODY = re.compile(
    r"^\W*(none|nil|n/?a|no(ne| one|body)?( known| identified)?|not (known|applicable)|tbc"
    r"|to be (confirmed|agreed)|unknown)\W*$",
    re.I,
)
_MOST_WORDS = 6
_GROUP = re.compile(r"^(the|any|all|his|her|their)\s", re.I)
_GROUP_WORDS = 10


def people_listed(value: str) -> list[str]:
    """The people a "No contact" answer lists, lower case; empty if it is not a short list."""
    text = re.split(r"\s*[(.]", value.strip(), maxsplit=1)[0]
    if not text or _NOBODY.match(text):
        return []
    pieces = [piece.strip(" -\u2013") for piece in re.split(r"\s*(?:,|;|\band\b|/)\s*", text)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) == 1 and _GROUP.match(pieces[0]) and len(pieces[0].split()) <= _GROUP_WORDS:
        # "The older males named in the police referral": one group described
        return [pieces[0].lower()]
    if not pieces or any(len(piece.split()) > _MOST_WORDS for piece in pieces):
        return []
    return [piece.lower() for piece in pieces]
