"""A risk's verdict words, and the state each gives: the one table every risk reader uses.

Forms answer a risk with a verdict ("Yes", "Historic", "Query", "None known"), often
before the detail, in a tick box's option, after the risk's name in a list ("Missing - in
the past: ..."), or coded ("Y - hist.", "? - suspected"). A "Y" qualified as past is a
historical risk, not a present one, and a question mark is a suspicion, not a "yes"."""

from __future__ import annotations

import re

from hearth_contract.codes import RiskState

__all__ = [
    "VERDICT_WORDS",
    "coded_verdict",
    "only_a_verdict",
    "option_state",
    "verdict_state",
    "verdict_words",
]

# What a status column calls a risk it is asked about: "Still a worry", "Was a concern,
# not now", "Concern only", "Not an issue".
_WORRY = r"(?:worry|concern|issue|problem|risk)"
# A span of time a grid's column is headed with: "12 months", "a year", "six months".
_SPAN = r"(?:(?:a|one|\d+|six|twelve|two|three) (?:years?|months?)|year)"
# A doubt at the head of an answer, what may follow it that still answers nothing, and a
# denial after it.
_DOUBT = r"(?:not sure|unsure|uncertain|unclear|not known|unknown)(?: yet| at present)?"
_OWED = (
    r"(?:not (?:yet )?(?:asked|assessed|recorded|discussed|checked|known)|to be |awaiting|tbc"
    r"|will |(?:i|we)(?:'ll| will| need| have)|need|ask|check|confirm)"
)
_DENIAL = r"(?:no|none|nil|nothing|never|not)\b"
# Each state's verdict words (regular expressions, without word boundaries). "past" as a
# verdict is not "past few weeks" or "past 6 months"; "?" stands alone or before a detail.
VERDICT_WORDS: dict[RiskState, str] = {
    RiskState.HISTORICAL: (
        # "Before, not now": a risk screen's option for what has stopped
        r"historic(?:al)?|before,? (?:but )?not now"
        # "In the past", not "in the past 12 months" (a time frame of what goes on)
        r"|in the past(?!\s+(?:few|couple|several|\d+|six|twelve|weeks?|months?|year))"
        # a status column's words for what has stopped: "Resolved", "Not recent", "Was a
        # worry, not now", "BEFORE (2024)", "no longer"
        r"|resolved|not recent(?:ly)?|no longer(?=\s*(?:$|[-\u2013:;,|(]))"
        rf"|(?:was|were) an? {_WORRY}(?:,? (?:but )?not (?:now|any ?more|recently))?"
        r"(?=\s*(?:$|[-\u2013:;,|(]))"
        r"|before(?=\s*(?:$|[-\u2013:;|()]))"
        # "previous - cut himself in 2021": a status column's word, before its detail
        r"|previous(?=\s*(?:$|[-\u2013:;,|()]))"
        r"|past(?!\s+(?:few|couple|several|\d+|weeks?|months?|years?|fortnight|days?))"
        # a grid's time-frame column for what stopped: "Earlier only", "Over a year ago",
        # "Not in the last 12 months", "More than 12 months ago"
        r"|earlier(?: only)?(?=\s*(?:$|[-\u2013:;,|(]))"
        rf"|(?:over|more than) {_SPAN} ago|not (?:in|within|during) the (?:last|past) {_SPAN}"
    ),
    RiskState.SUSPECTED: (
        r"suspected|suspicion|possibl[ey]|probabl[ey]|quer(?:y|ied)|unconfirmed|alleged"
        r"|(?:(?:we|i|they|staff|carers?) )?(?:thought|think|believe) so|maybe|perhaps"
        # "Concern only": a worry raised, nothing found
        rf"|(?:an? )?{_WORRY} only|only an? {_WORRY}"
        # "Under assessment", "Being investigated": asked into, not yet found
        r"|under (?:assessment|investigation)|being (?:assessed|investigated)"
        # said by someone, not seen by anyone who could confirm it: "Reported, not seen",
        # "Told us, not witnessed"
        r"|(?:reported|said|told(?: us)?|heard),? (?:but )?not (?:seen|witnessed|observed"
        r"|confirmed)"
        # a doubt that is still a worry: "Not sure, a worry", "Unsure but a concern"
        rf"|(?:not sure|unsure|uncertain)[,;]? (?:but )?(?:(?:it is|it's|there is) )?"
        rf"(?:an? |some )?{_WORRY}"
        # a doubt with what was seen after it: "Not sure yet - said he wanted to die",
        # "Unknown - carers found a lighter" (not "Unsure - not asked", an answer owed, nor
        # "Not known - no concerns", a denial)
        rf"|{_DOUBT}(?=\s*[-\u2013:;,]\s*(?!{_OWED}|{_DENIAL})[A-Za-z])"
        # a risk still being looked at: "Emerging", "Being explored", "Under review" (not "being
        # looked into" after what was done: the thing done is found, its cause looked into)
        r"|emerging(?=\s*(?:$|[-\u2013:;,|(]))|being explored"
        r"|under review"
    ),
    RiskState.PRESENT: (
        r"yes|y|present|current(?:ly)?|ongoing|ticked|active|live"
        # "Still a worry", "NOW (cutting)": a status column's words for what goes on
        rf"|still an? {_WORRY}|now(?=\s*(?:$|[-\u2013:;|(]))"
        # a grid's time-frame column for what goes on: "Last 12 months", "Within the past
        # year", "In the last 6 months"
        rf"|(?:(?:in|within|during) )?(?:the )?(?:last|past) {_SPAN}(?=\s*(?:$|[-\u2013:;,|(]))"
    ),
    RiskState.NONE_KNOWN: (
        r"none known|not known to be a risk|none identified"
        # a grid's column for what has never happened
        r"|never(?=\s*(?:$|[-\u2013:;,|(]))"
        # "Not a worry", "not an issue": the status column's "no"
        rf"|not an? {_WORRY}"
    ),
}
# A coded "Y"'s qualifiers may be clipped: "Y - hist.", "Y (prev)".
_CLIPPED_HISTORICAL = r"hist|prev|previous(?:ly)?"


def verdict_words(*states: RiskState) -> str:
    """One alternation of the verdict words of ``states`` (every state's when none named)."""
    return "|".join(VERDICT_WORDS[state] for state in states or tuple(VERDICT_WORDS))


_WHOLE = {
    state: re.compile(rf"^\W*(?:{words})\W*$", re.I) for state, words in VERDICT_WORDS.items()
}


def verdict_state(word: str) -> RiskState | None:
    """The state a verdict word alone gives ("Historic", "Query", "current"); None when the
    text is more than a verdict word."""
    return next((state for state, whole in _WHOLE.items() if whole.match(word)), None)


# A grid's column header clipped to fit: "Hist", "Prev", "?" over a column of marks.
_CLIPPED_OPTION = {
    RiskState.HISTORICAL: re.compile(r"^\W*(?:hist|prev)\W*$", re.I),
    RiskState.SUSPECTED: re.compile(r"^\s*\?\s*$"),
}


def option_state(option: str) -> RiskState | None:
    """The state a tick box's option or a grid's column header gives when ticked ("Now",
    "Hist", "?", "Under assessment"); None for anything else ("Details", "Y" alone is the
    form's yes and read with the answer's words)."""
    clipped = next((s for s, form in _CLIPPED_OPTION.items() if form.match(option)), None)
    return clipped or verdict_state(option)


_YES = r"^\W*(?:y|yes)\s*(?:\(\s*|[-\u2013:,/]\s*)"
_HISTORICAL = re.compile(
    _YES + rf"(?:{_CLIPPED_HISTORICAL}|{VERDICT_WORDS[RiskState.HISTORICAL]})\b\.?"
    # the qualifier alone, then the detail: not "Yes, past week" or "previous carers saw"
    r"(?=\s*(?:$|[)\].,;:|\u2013-]))",
    re.I,
)
# "?", "? - suspected", "(?)": a question mark as the whole verdict, before any detail
_QUERIED = re.compile(
    rf"^\W{{0,2}}\?\s*(?:$|[-\u2013:|(]|(?:{VERDICT_WORDS[RiskState.SUSPECTED]})\b)", re.I
)


def coded_verdict(answer: str) -> RiskState | None:
    """The state a coded verdict at the start of an answer gives; None if it has none."""
    if _HISTORICAL.match(answer):
        return RiskState.HISTORICAL
    if _QUERIED.match(answer):
        return RiskState.SUSPECTED
    return None


# "Not confirmed but suspected", "Yes - current", "| Possibly": verdicts and hedges, and
# nothing that says what happened
_ONLY_VERDICTS = re.compile(
    rf"^(?:[\W_]|\b(?:{verdict_words()}|no|none|not (?:yet )?(?:confirmed|proven|known"
    r"|substantiated|verified)|but|and|or|only|yet|as yet|at present|currently)\b)*$",
    re.I,
)


def only_a_verdict(answer: str) -> bool:
    """The answer gives a state and no detail: the risk is still to be described."""
    return bool(_ONLY_VERDICTS.match(answer))
