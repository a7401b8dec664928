"""The short closing denials a risk answer ends on, which the blanket sentences of
``risk_answers`` do not read: "Nothing else.", "..., nil else", "None further known", and a
denial that says who found no risks ("No risks identified by the placing authority or by
her carers: no missing episodes, no drug use")."""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.risk_words import named_risks, risk_terms

__all__ = ["closing_denial", "one_risks_answer", "ticked_names"]

# "Nothing else", "nil else", "None further known", "nothing more to add": after the risks
# an answer has named, every other risk is denied. With no risk word of its own, it counts
# only in a risk answer (a health answer's "Nothing else" says nothing of risk).
_NOTHING_ELSE = re.compile(
    r"^\W*(?:and\s+|otherwise\s+)?(?:nothing|nil|none|naught)\s+(?:else|further|more|other)"
    r"(?:\s+(?:known|of note|noted|reported|identified|to (?:report|add|note|say|mention)))?"
    r"(?:\s+(?:at all|whatsoever))?\W*$",
    re.IGNORECASE,
)
# "No risks identified by Kent or by his foster carers", "No concerns noted by school or
# the police": who knows the risk is not whose it is. The words after a colon, if any,
# must all be denials too ("...: no missing episodes, no substance use").
_KNOWN_BY = re.compile(
    r"^\W*(?:there (?:are|were) )?(?:no|not any) (?:known |current |identified )?"
    r"(?:risks?|concerns?|risk (?:factors|issues))"
    r" (?:are |have been |were |has been )?(?:known|identified|noted|reported|raised|seen)"
    r" (?:by|from) (?P<knower>[^:;.]{1,80}?)(?::\s*(?P<detail>.*?))?\W*$",
    re.IGNORECASE,
)
_DENIAL_ITEM = re.compile(r"^\W*(?:and\s+)?(?:no|not|nil|none|never)\b", re.IGNORECASE)
# a knower that is a risk or an exception is not a knower ("... by anyone except ...")
_EXCEPTION = re.compile(r"\b(but|except|apart|other than|unless|however|although)\b", re.I)


def _all_denials(detail: str) -> bool:
    items = [item for item in re.split(r",|\band\b", detail) if item.strip()]
    return all(_DENIAL_ITEM.match(item) for item in items)


def _denied_by_a_knower(sentence: str) -> bool:
    found = _KNOWN_BY.match(sentence)
    if not found or _EXCEPTION.search(sentence):
        return False
    detail = found.group("detail")
    return not detail or _all_denials(detail)


# the words that make a knower's denial every risk's, even under one risk's own label
_EVERY_RISK = re.compile(r"\b(risks|other|else|further|more)\b", re.I)


def closing_denial(
    sentences: list[str], in_a_risk_answer: bool, under_one_risk: bool = False
) -> str | None:
    """The sentence (or a sentence's last comma-separated clause) that denies every risk
    not named before it, quoted as written; None when there is none.

    ``in_a_risk_answer``: the answer is about risks (its label asks about them, or it
    names a risk), so that a bare "Nothing else" is read as a denial of the rest.
    ``under_one_risk``: the answer is one risk's own ("Sexual harm: None. No concerns
    raised by school or carers"), where a denial by those who would know is that risk's,
    not every risk's, unless it says so ("no other risks known to ...")."""
    for sentence in sentences:
        if _denied_by_a_knower(sentence):
            if under_one_risk and not _EVERY_RISK.search(sentence):
                return None
            return sentence
        if not in_a_risk_answer:
            continue
        last = sentence.rsplit(",", 1)[-1]
        if _NOTHING_ELSE.match(last):
            return last.strip(" .")
    return None


# "Risks - tick all that apply: Eating, Missing", "Concerns (select any): Fire, Animals": a
# form's ticked options written out as their short names, each a present concern.
_TICK_LABEL = re.compile(r"\b(?:tick|select|check|choose)\w*\b[^:]*\b(?:apply|any|all)\b", re.I)


def ticked_names(label: str, value: str) -> list[tuple[str, str]]:
    """The risks a "tick all that apply" answer lists by name ("Eating, Missing"); empty
    unless the label asks for ticks and every item is a risk's name or short name."""
    if not _TICK_LABEL.search(label) or (
        not risk_terms(label)
        and not re.search(r"\b(risks?|concerns?|vulnerabilit\w*)\b", label, re.I)
    ):
        return []
    keys: list[tuple[str, str]] = []
    for item in re.split(r"\s*(?:[,;/]|\band\b)\s*", value.strip(" .")):
        if not item:
            continue
        found = named_risks(item)
        if len(found) != 1 or len(item.split()) > 5 or re.match(r"^\W*(no|none|nil)\b", item, re.I):
            return []
        keys.extend(key for key in found if key not in keys)
    return keys


def one_risks_answer(prompt: str, rest: str) -> bool:
    """ "Self-harm - none known", "Substances - cannabis most days": one risk's name and its
    answer; not a typed line that runs on to other risks ("CCE - county lines. MFH x4. no
    SH, nil else"), which is prose about every risk it names."""
    named = {key for key, _match in risk_terms(prompt)}
    return len(named) == 1 and {key for key, _match in risk_terms(rest)} <= named
