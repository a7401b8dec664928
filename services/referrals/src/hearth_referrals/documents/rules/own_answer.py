"""A risk read as a concern checked against its own answer in the words quoted for it.

A reading can take a risk as a concern from words that name the risk but answer it with
nothing or with a "no": a prompt left blank ("Eating disorder: "), a row whose verdict is
a bare denial ("R6 Missing: 0", "harm to animals: Reece - N"), a question nobody could
answer ("Any self harm? didn't know"), or one risk's row in a line that runs on through
the others ("self harm - Y - cuts ... sexual exploitation - N ..."). The risk's own
answer is the text after its name up to the next risk named: where that answer is only a
verdict, the verdict stands (ConText's scope, closed by the next risk's name). Ticked
boxes are left alone: a tick is an answer the words do not show."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hearth_contract.codes import RiskState

from hearth_referrals.documents.rules.risk_states import bare_verdict
from hearth_referrals.documents.rules.risk_words import RISK_TERMS, risk_terms

__all__ = ["own_answer_state"]

_TICKED = re.compile(r"[\u2612\u2611\u2713\u2714]|\[\s*x\s*\]|\(\s*x\s*\)", re.IGNORECASE)
# what closes a prompt nobody answered: "Eating disorder: ", "Any history of fires?:"
# (a "?" after the colon is an answer: "Substances: ?" queries the risk)
_LABEL_END = re.compile(r"\?\s*[:\-\u2013\u2014=][\s:\-\u2013\u2014=]*|[\s:\-\u2013\u2014=]+")
# The risk named again in its own label ("Any self harm: Any self harm?", "drugs and
# alcohol"): a short run with no verdict in it before the name comes again
_VERDICT_WORD = re.compile(r"\b(?:yes|no|y|n|none|nil|\d+)\b", re.IGNORECASE)
_SAME_LABEL_REACH = 25


@dataclass(frozen=True, slots=True)
class _OwnAnswer:
    before: str  # the words before the risk's name, after the risk named before it
    after: str  # the words after its name up to the next risk named
    last: bool  # nothing is named after it


# "Self-harm / suicidal ideation: 0": the label goes on to its colon
_LABEL_GOES_ON = re.compile(r"^\s*/[^:\n]{1,30}:")


def _own_answer(key: tuple[str, str], quote: str) -> _OwnAnswer | None:
    named = sorted(risk_terms(quote), key=lambda hit: hit[1].start())
    own = next((match for found, match in named if found == key), None)
    if own is None:
        return None
    ends = [match.start() for found, match in named if found != key and match.start() >= own.end()]
    starts = [match.end() for found, match in named if found != key and match.end() <= own.start()]
    end = min(ends, default=len(quote))
    answer = quote[own.end() : end]
    start = 0
    for again in RISK_TERMS[key].finditer(answer):
        between = answer[start : again.start()]
        if len(between) > _SAME_LABEL_REACH or _VERDICT_WORD.search(between):
            break
        start = again.end()
    answer = answer[start:]
    goes_on = _LABEL_GOES_ON.match(answer)
    if goes_on:
        answer = answer[goes_on.end() :]
    return _OwnAnswer(quote[max(starts, default=0) : own.start()], answer, end == len(quote))


def _blank(text: str) -> bool:
    return not text.strip(" \t\n:;,.-\u2013\u2014=|/()?")


def own_answer_state(key: tuple[str, str], quote: str) -> RiskState | None:
    """The state the risk's own answer in ``quote`` gives where it overrules a concern:
    none known for a bare denial, not stated for a blank or unknowing answer; None to
    keep the reading."""
    if _TICKED.search(quote):
        return None
    own = _own_answer(key, quote)
    if own is None:
        return None
    if not _blank(own.after):
        return bare_verdict(own.after)
    if not _blank(own.before) and not own.before.rstrip().endswith((".", ";")):
        # "N hurting animals:": a grid that writes the verdict before the risk's name
        state = bare_verdict(own.before)
        if state is not None:
            return state
    # "Eating disorder: " at the end of the quote: a prompt nobody answered
    return RiskState.NOT_STATED if own.last and _LABEL_END.fullmatch(own.after) else None
