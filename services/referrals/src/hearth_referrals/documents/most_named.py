"""The child a document is about, when no label or sentence the reader knows names them.

Every layout names its child somewhere, but not always where the reader looks: a plan's
"About me: Deshawn Clarke", a carer's log "--- Ben Tapper ---" over "Ben quiet after
school", a health visitor's "Baby Oscar Robson was born on ...". What they share is that
the document is about the child: the child's first name comes back again and again, and
the whole name stands beside a child's facts (born, aged 9, a date of birth under 18
years ago, a boy or a girl). Adults are named once with their role, or by title.

This is a fallback: it runs only when one child is being read and no first name was
found for them, and it takes a name only when one person clearly leads.
"""

from __future__ import annotations

import re
from datetime import date

from hearth_referrals.documents.builder import DraftBuilder
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.people import NAME_WORD, looks_like_name

__all__ = ["child_most_named"]

# Every pair of capitalised words, overlapping ("Baby Oscar Robson": "Oscar Robson" too).
_FULL_NAME = re.compile(rf"(?<![\w@.'-])(?=({NAME_WORD}) ({NAME_WORD})(?![\w@-]))")
# Words that open a capitalised pair without being anyone's first name.
_NOT_FIRST = {
    *("mr", "mrs", "ms", "miss", "dr", "master"),
    *("baby", "dear", "hi", "hello", "re", "about", "my", "our", "your", "his", "her", "their"),
}
# The labels of the details a heading naming the child stands over ("--- Ben Tapper ---"
# above "Born: 08/02/2014").
_DETAILS_BELOW = {"dob", "age", "gender"}
# A title, a role or a relation just before a name: an adult's, not the child's.
_ADULT_BEFORE = re.compile(
    r"(?:\b(?:mr|mrs|ms|miss|dr|pc|ps|dc|cllr|sgt|nurse|judge|mother|mum|father|dad"
    r"|grandmother|grandfather|nan|gran|grandad|aunt|auntie|uncle|carer|carers|worker"
    r"|manager|officer|head|teacher|chair|by|from|to|cc|signed)\.?\s*:?\s*)$",
    re.IGNORECASE,
)
# A role just after a name: "Amy Cawthorne | Social Worker", "Ruth Okafor (IRO)".
_ADULT_AFTER = re.compile(
    r"^\s*[,(|\u2013-]?\s*(?:the\s+)?(?:allocated\s+|senior\s+|team\s+|practice\s+)?"
    r"(?:social worker|sw\b|manager|iro\b|officer|nurse|carer|foster carer|teacher|head"
    r"|chair|coordinator|worker|advocate|guardian|solicitor|mum\b|mother|dad\b|father"
    r"|grandmother|grandfather|nan\b|aunt|uncle|partner|\(?mum\)?|\(?dad\)?)",
    re.IGNORECASE,
)
_CHILD_FACT = re.compile(
    r"\b(?:born|d\.?o\.?b|aged? \d{1,2}\b|\d{1,2} ?(?:yrs?|years? old|yo)\b|boy|girl)\b"
    r"|^\s*[,(]\s*\d{1,2}\s*[,)]",
    re.IGNORECASE,
)
# Mentions of the first name needed when a child's fact stands beside the whole name (the
# whole name and once more); without one, mentions of the first name on its own. Either
# way the name must lead every other name as well placed.
_WITH_A_FACT = 2
_WITHOUT_A_FACT = 3


def _child_fact_beside(text: str, end: int, reference: date) -> bool:
    """A child's fact right after the name, in the same sentence."""
    after = re.split(r"[.!?](?:\s|$)|\n", text[end : end + 40], maxsplit=1)[0]
    if _CHILD_FACT.search(after):
        return True
    dates = find_dates(after, reference)
    return bool(dates) and 0 <= (reference - dates[0].value).days <= 18 * 366


def _adults(builder: DraftBuilder) -> set[str]:
    """The first names of the people the reader knows are adults (the worker, the
    manager, the referrer)."""
    names = set()
    for fields in (*builder.contacts.values(), builder.referrer):
        found = fields.get("name")
        if found is not None and isinstance(found.value, str) and found.value.split():
            names.add(found.value.split()[0].lower())
    return names


def child_most_named(builder: DraftBuilder, answers: list[Answer]) -> None:
    """Name the one child being read from the person the document is most about."""
    if len(builder.children) != 1 or "first_name" in builder.child.fields:
        return
    texts = [
        (answer, f"{answer.label}: {answer.value}" if answer.label else answer.value)
        for answer in answers
        if not answer.part.startswith(("headers", "signature"))
    ]
    body = "\n".join(text for _answer, text in texts)
    # words opening a pair that is no child's name, the adults' first names, and a word the
    # document also writes in lower case (a word, not a name: "Family Finding")
    not_first = _NOT_FIRST | _adults(builder) | set(re.findall(r"(?<![\w-])[a-z][a-z'-]+", body))
    whole: dict[tuple[str, str], tuple[Answer, bool]] = {}
    for index, (answer, text) in enumerate(texts):
        below = texts[index + 1][0].label if index + 1 < len(texts) else ""
        for match in _FULL_NAME.finditer(text):
            first, last = match.group(1), match.group(2)
            end = match.start() + len(first) + 1 + len(last)
            if first.lower() in not_first or not looks_like_name(f"{first} {last}"):
                continue
            if _ADULT_BEFORE.search(text[: match.start()]) or _ADULT_AFTER.match(text[end:]):
                continue
            fact = _child_fact_beside(text, end, builder.reference_date) or (
                not text[end:].strip(" -=*#:") and field_for(below) in _DETAILS_BELOW
            )
            seen = whole.get((first, last))
            if seen is None or (fact and not seen[1]):
                whole[(first, last)] = (answer, fact)
    if not whole:
        return
    # how often each first name comes back: in all, and on its own (a child is called by
    # their first name; "Family Finding" or a college's name always comes whole)
    counts, alone = {}, {}
    for first, last in whole:
        mentions = list(re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", body))
        counts[(first, last)] = len(mentions)
        alone[(first, last)] = sum(
            not body[mention.end() :].startswith(f" {last}") for mention in mentions
        )
    ranked = sorted(whole, key=lambda key: (whole[key][1], counts[key]), reverse=True)
    best, others = ranked[0], ranked[1:]
    answer, fact = whole[best]
    rival = max((counts[key] for key in others if whole[key][1] == fact), default=0)
    if counts[best] <= rival:
        return
    if not (counts[best] >= _WITH_A_FACT if fact else alone[best] >= _WITHOUT_A_FACT):
        return
    evidence = answer.block.evidence()
    builder.set(builder.child.fields, "first_name", best[0], 0.72, evidence)
    builder.set(builder.child.fields, "last_name", best[1], 0.72, evidence)
