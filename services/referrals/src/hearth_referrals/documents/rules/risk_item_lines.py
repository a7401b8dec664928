"""Risk lines written one to a line without full stops: "substances - active now - daily
cannabis" over "food / eating - nil" over "pets / animals - nil".

Such a line is an item of a list, not the wrapped end of the line above (a PDF
paragraph's wrap is joined; a list's line is kept apart). Among such lines a risk's short
name ("eating", "fires", "animals") labels its line, as it would under a "Risks:" heading."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.risk_words import RISK_SHORTHAND, named_risks

__all__ = ["MIN_ITEM_LINES", "item_label", "short_item_name", "unwrapped"]

# A line that opens with a risk's name and its answer: "substances - active now",
# "food / eating: nil"
_ITEM_OPENING = re.compile(r"([a-z][\w /&.'-]{0,40}?)\s*(?::|\s[-\u2013\u2014]\s)")
# Lines opening so, at the least, before a text is read as a list of risks
MIN_ITEM_LINES = 3
_LOOK_AHEAD = 60  # characters of the next line that can hold its label


def unwrapped(text: str, wrapped_line: re.Pattern[str]) -> str:
    """The text with lines wrapped mid-sentence (``wrapped_line``) joined, a list's item
    lines kept apart."""

    def joined(found: re.Match[str]) -> str:
        following = text[found.end() : found.end() + _LOOK_AHEAD]
        return found.group(0) if item_label(following) else " "

    return wrapped_line.sub(joined, text)


def item_label(clause: str) -> list[str]:
    """The names a clause's label gives when it opens as a risk item ("food / eating - no"):
    each name split at a slash; empty when it does not open with a risk's name."""
    item = _ITEM_OPENING.match(clause.lstrip(" -*\u2022").lower())
    names = re.split(r"\s*/\s*", item.group(1).strip()) if item else []
    return names if any(named_risks(name) or _shorthand(name) for name in names) else []


def _shorthand(name: str) -> tuple[str, str] | None:
    short = RISK_SHORTHAND.get(name) or RISK_SHORTHAND.get(name.removesuffix("s"))
    return short[1] if short else None


def short_item_name(clause: str) -> list[tuple[tuple[str, str], re.Match[str]]]:
    """A list line labelled by a risk's short name ("pets / animals - nil"): that risk."""
    for name in item_label(clause):
        key = _shorthand(name)
        found = re.search(re.escape(name), clause, re.IGNORECASE) if key else None
        if key and found:
            return [(key, found)]
    return []
