"""Corrections written in a reply or a forward: "Correction: his date of birth is
14/09/2012, not 14/09/2011". The outer message's correction overrides the original."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Correction", "corrections"]

_OWNER = r"(?:[A-Z][a-z'\u2019-]+(?:'s|\u2019s)|his|her|their|the)"
_OWNER_NAME = re.compile(r"^([A-Z][a-z'\u2019-]+)(?:'s|\u2019s)\s")
_WHAT = rf"(?P<what>(?:{_OWNER}\s+)?[a-zA-Z][a-zA-Z ]{{1,30}}?)"
_PATTERNS = [
    # "this is now an EMERGENCY", "the request is now planned": the request's urgency
    # changed since the message below (read first: "X is now Y" would take "this" for X)
    re.compile(
        r"\b(?i:this|it|the (?:request|referral|placement))\s+is\s+now\s+(?:an?\s+)?"
        r"(?P<new>(?i:emergency|urgent|planned))\b(?P<urgency>)"
    ),
    # "Jack is on an interim care order, not section 20": the legal status
    re.compile(
        r"\b(?:is|are) (?:now )?(?:on|under|subject to) (?:an? |the )?(?P<new>[^,;.]+?),?\s+"
        r"(?:and\s+)?not\s+(?:on |under )?(?:an? )?(?P<old>[^,.;\n]+)"
    ),
    # "Please amend the start date to 07/12/2026 (not 30/11/2026 as stated below)"
    re.compile(
        r"\b(?:amend|change|update|correct)\s+(?:the\s+)?(?P<what>[a-zA-Z][a-zA-Z ]{1,30}?)"
        r"\s+to\s+(?P<new>[^(.;\n]+?[^(.;\n\s])\s*(?:\(|,|\.(?:\s|$)|;|$)"
    ),
    # "asked me to correct Finn's date of birth: it is 26/05/2014 (not 2015 as typed below)",
    # "please amend the start date - it should read 7 December": what, then "it is" the new
    re.compile(
        r"\b(?:correct|amend|change|update|fix)\s+" + _WHAT + r"\s*[:\-\u2013]\s*"
        r"(?:it|this|that)(?:'s|\s+is|\s+should (?:be|read|say)|\s+was meant to be)\s+"
        r"(?P<new>[^(;\n]+?)\s*(?:\(|,\s|\.(?:\s|$)|;|$)"
    ),
    # "the referral below had the wrong ICS number - it should be 4471920"
    re.compile(
        r"\bwrong\s+(?P<what>[a-zA-Z][a-zA-Z ]{1,30}?)\s*(?:[-\u2013,;:(]\s*)?"
        r"(?:it|this|that|which)\s+(?:is|should (?:be|read|say))\s+(?P<new>[^.;\n]+)"
    ),
    re.compile(
        _WHAT + r"\s+(?:is|are|should (?:be|read|say)|was meant to (?:be|say))\s+(?P<new>[^,;]+?)"
        r",?\s+(?:and\s+)?not\s+(?P<old>[^.;\n]+)",
    ),
    re.compile(_WHAT + r"\s+should (?:be|read|say)\s+(?P<new>[^.;\n]+?)(?:[.;\n]|$)"),
    # "Sorry typo above - DOB is 04/07/2013!": after the cue, what it should have said
    re.compile(
        r"\b(?:typo|mistake|error|wrong|sorry|apologies)\b[^.;!]*?[-\u2013:,]\s*"
        + _WHAT
        + r"\s+(?:is|should (?:be|read|say)|was meant to be)\s+(?P<new>[^,;!\n]+?)\s*(?:[!.;,]|$)"
    ),
    # "we now need the placement from Wednesday 25th, not Monday 30 November"
    re.compile(
        r"\bneed(?:s|ed)? (?:the )?(?:placement|bed|move|carers?)\s+(?P<what>from|by|on)\s+"
        r"(?P<new>[^,;.\n]+?),?\s+(?:and\s+)?not\s+(?P<old>[^.;\n]+)"
    ),
    # "the start date has moved: the placement now starts on Wednesday 9th, not 2nd": the
    # day the placement or assessment starts or begins, said again
    re.compile(
        r"\b(?P<what>starts|begins|start|begin)\s+(?:on|from)\s+(?P<new>[^,;.\n]+?),?\s+"
        r"(?:and\s+)?not\s+(?:on\s+|from\s+)?(?P<old>[^.;\n]+)"
    ),
    # "the court made interim care orders (ICO) for both ... so they are no longer section 20"
    re.compile(
        r"\b(?:made|granted|obtained)\s+(?:an?\s+)?(?P<new>[^,;.\n]{3,60}?)\s+(?:for|on|in"
        r" respect of)\b[^.;\n]*?\bno longer\b"
    ),
    # "Start date is Thursday 03/12/2026 - my email below wrongly said Wednesday": the new
    # value, then a remark that the earlier one was a mistake
    re.compile(
        _WHAT + r"\s+(?:is|are)\s+(?P<new>[^;,\n\u2013]+?)\s*(?:\s[-\u2013]\s|[,;(])\s*"
        r"[^.;\n]{0,40}\b(?:wrongly|incorrectly|mistakenly|by mistake|in error)\b"
    ),
    # "the 28 days' notice ends on 23/12/2026, not 16/12/2026": a home's notice to end the
    # placement runs out when the new one is needed
    re.compile(
        r"\b(?P<what>notice(?: period)?|(?:\d{1,2}|[a-z]+(?:-[a-z]+)?) days(?:'|\u2019)?"
        r"(?: notice)?)\s+(?:ends?|expires?|runs? out|finish(?:es)?)\s+(?:on\s+)?"
        r"(?P<new>[^,;.\n]+?),?\s+(?:and\s+)?not\s+(?:on\s+)?(?P<old>[^.;\n]+)"
    ),
    # "the start date is now 30/11/2026"
    re.compile(_WHAT + r"\s+is now\s+(?P<new>[^.;,\n]+)"),
    re.compile(
        r"\b(?:correct|amended|updated|right)\s+" + _WHAT + r"\s+(?:is|:)\s+(?P<new>[^.;\n]+)"
    ),
]
# After a lead that says a correction follows ("Correction: ...", "Please note: ...",
# "Update: ..."), a plain statement is the correction: "Amelia's date of birth is 05/12/2014
# (5 December) - the form has it the wrong way round", "... so Riley is now on an ICO".
_LED = [
    re.compile(
        r"\b(?:is|are) now (?:on|under|subject to) (?:an? |the )?(?P<new>[^,;.()\n]+?)"
        r"\s*(?:[.,;(]|$)"
    ),
    re.compile(
        _WHAT + r"\s+(?:is|are)\s+(?!now\b)(?P<new>[^(;,\n]+?)"
        r"\s*(?:\(|\s[-\u2013]\s|[.;,](?:\s|$)|$)"
    ),
]
# "One correction first: ...", "A quick update - ...": the lead may be counted or qualified
_LEAD = re.compile(
    r"^\W*(?:(?:one|a|just one|a quick|one quick|one small|a small)\s+)?"
    r"(correction|please note|note|update|amendment)\b",
    re.I,
)
_CUE = re.compile(
    r"\b(correct\w*|amend\w*|not\b|no longer|should (be|read|say)|apologies|error|typo"
    r"|please note|update|wrongly|incorrectly|mistaken\w*|in error"
    r"|is now (an? )?(emergency|urgent|planned))",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Correction:
    label: str
    value: str
    # "Ada's date of birth is ...": the child the correction names, when it names one
    owner: str | None = None


def corrections(text: str) -> list[Correction]:
    """Every "X is Y, not Z" / "X should read Y" correction in a message's text."""
    if not _CUE.search(text):
        return []
    found = []
    text = re.sub(r"\s*\n\s*(?=[a-z])", " ", text)  # a sentence wrapped onto the next line
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        led = bool(_LEAD.match(sentence))
        sentence = re.sub(
            r"^\W*(?:(?:one|a|just one|a quick|one quick|one small|a small)\s+)?"
            r"(correction|please note|apologies)(?:\s+first)?\W*",
            "",
            sentence,
            flags=re.I,
        )
        for clause in re.split(r",?\s+and\s+(?=the\b|his\b|her\b|their\b)", sentence):
            for pattern in [*_LED[:1], *_PATTERNS, *_LED[1:]] if led else _PATTERNS:
                match = pattern.search(clause)
                if match:
                    said = match.groupdict().get("what") or (
                        "urgency" if "urgency" in match.groupdict() else "legal status"
                    )
                    owner = _OWNER_NAME.match(said)
                    what = re.sub(
                        r"^([A-Z][a-z'\u2019-]+(?:'s|\u2019s)|his|her|their|the)\s+", "", said
                    )
                    if what in ("from", "by", "on", "starts", "begins", "start", "begin") or (
                        re.search(r"\b(notice|days)\b", what)
                    ):
                        what = "start date"  # "need the placement from X, not Y"
                    found.append(
                        Correction(
                            what.strip(),
                            match.group("new").strip(),
                            owner.group(1) if owner else None,
                        )
                    )
                    break
    return found
