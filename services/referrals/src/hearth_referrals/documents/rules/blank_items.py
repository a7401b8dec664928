"""Risks named with no answer in a list of risks: the form's prompts, not the child's risks.

A risks list typed out on one line gives each risk its answer ("SH no; CSE no; Violence
YES; HSB; Fire"): a risk's name left without one among answered items is a prompt nobody
answered, not a risk stated as present. A list of bare names covering most of the risks a
form asks about ("Risks: self-harm; CSE; CCE; substances; eating; missing; violence; HSB;
fire; animals") is the form's own list printed with nothing filled in: no child has all
of them. A short list of bare names ("Risks: self-harm; missing") is the child's, and is
read as written."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.risk_words import RISK_TERMS, named_risks, risk_terms

__all__ = ["bare_risk_name", "blank_list_items", "item_key"]

# Words a risk's name carries round it without saying anything of the child's
_LEFTOVER = re.compile(
    r"\b(and|or|of|to|from|for|the|risks?|others?|self|care|home|child|misuse|use|abuse"
    r"|behaviou?rs?|episodes?|concerns?|issues?|victim|perpetrator)\b|\W+",
    re.I,
)
# An answer after a risk's name in a list: "SH no", "CSE: none", "Violence - YES", "D&A ?"
_ANSWER = re.compile(
    r"(?:^|[\s:=\u2013-])(?:no|n|yes|y|none(?: known)?|nil|n/?a|not known|unknown|nk|poss\w*"
    r"|prob\w*|suspected|query|\?|historic(?:al)?|past|previous|current|now|never|low|medium"
    r"|high|x|\u2713|\u2714|tick(?:ed)?)\W*$",
    re.I,
)
# A name, then its answer after a colon, an equals sign or a spaced dash
_ANSWERED_AFTER = re.compile(r"[:=]\s*\S|\s[-\u2013]\s+\S")
# How many distinct risks a list of bare names must cover to be the form's own list
FORMS_LIST = 8
_LABEL = re.compile(r"^[^:;]{0,40}:\s*(?=\S)")


def item_key(item: str) -> str:
    """An item as the reader's clauses compare with it: without the list's label ("Risks:")
    and its closing punctuation."""
    item = item.strip(" .;,\t\n")
    label = _LABEL.match(item)
    if label and not named_risks(label.group(0).strip(" :")):
        item = item[label.end() :]
    return item.strip(" .;,").lower()


def bare_risk_name(text: str) -> tuple[str, str] | None:
    """The risk a text that is only one risk's name names ("Self-harm", "CCE", "Missing from
    care", "animals"); None when it says more, or names no risk or several."""
    text = text.strip(" .;,")
    if not text or len(text.split()) > 6 or _ANSWERED_AFTER.search(text):
        return None  # "substance misuse: alcohol" is a name and its answer
    found = risk_terms(text)
    keys = {key for key, _match in found}
    if not found:
        short = named_risks(text)
        return short[0] if len(short) == 1 else None
    if len(keys) != 1:
        return None
    rest = RISK_TERMS[found[0][0]].sub(" ", text)
    return found[0][0] if not _LEFTOVER.sub("", rest).strip() else None


def _answered_item(item: str) -> bool:
    answer = _ANSWER.search(item)
    if answer is None or answer.start() == 0:
        return False
    name = item[: answer.start()].strip(" :=-\u2013")
    return bool(name) and bare_risk_name(name) is not None


def blank_list_items(text: str) -> set[str]:
    """The items (as :func:`item_key` gives them) of a list of risks in ``text`` that name a
    risk with no answer and are no risk of the child's (see the module's words)."""
    if ";" not in text:
        return set()
    items = [item_key(item) for item in text.split(";")]
    items = [item for item in items if item]
    if len(items) < 3:
        return set()
    bare = {item: bare_risk_name(item) for item in items}
    bare = {item: key for item, key in bare.items() if key is not None}
    answered = sum(_answered_item(item) for item in items)
    if answered >= 2 and bare:
        return set(bare)  # "SH no; CSE no; HSB; Fire": the last two left blank
    short_names = all(
        len(item.split()) <= 5 and (risk_terms(item) or named_risks(item)) for item in items
    )
    if not answered and short_names and len(set(bare.values())) >= FORMS_LIST:
        return set(items)  # every risk the form asks about, none answered
    return set()
