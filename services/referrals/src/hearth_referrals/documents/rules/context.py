"""A small ConText layer: what a risk mention asserts, from the words around it.

ConText (Harkema et al., 2009) decides for each mention of a condition whether it is
negated, historical, hypothetical, or experienced by someone else, from trigger terms
whose scope runs to the end of the clause. This is that algorithm over our eleven
risks, with trigger lists written for referral English. It is our own few dozen lines
rather than medspacy or negspacy: both need spaCy (and negspacy an entity model), a
pipeline costing more than the whole reader per document, and their clinical trigger
lists still need the referral phrases below ("none since 2023", "at risk of", "Mum's").

Categories and their triggers (direction: where the mention may be, from the trigger):

* ``PSEUDO``: a condition or a phrase that names a risk word but is not the risk
  ("foetal alcohol spectrum disorder", "drug allergy"); the mention is dropped.
* ``HYPOTHETICAL`` (forward): "if", "in the event", "should she": a plan for what to do,
  not something that happened; the mention is dropped.
* ``EXPERIENCER`` (backward, ten words): a parent, sibling, partner or other person is
  the subject ("Mum has a history of drug use"); not the child's risk.
* ``NEGATED`` / ``HISTORICAL`` / ``SUSPECTED``: the cue lists in
  :mod:`~hearth_referrals.documents.rules.risk_words`; and a date: a mention whose
  every date is more than a year before the referral ("last incident 2022") is
  historical, as is "none since 2023" (it happened, then stopped).
"""

from __future__ import annotations

import re
from datetime import date

from hearth_referrals.documents.rules.dates import MONTHS, find_dates

__all__ = ["conditional_risk", "dated_in_the_past", "hypothetical", "hypothetical_any", "pseudo"]

_PSEUDO = re.compile(
    r"f(o)?etal alcohol|\bfasd?\b|alcohol spectrum|neonatal abstinence|drug allerg\w*"
    r"|allergic to \w+|alcohol[- ]free|substance misuse (service|team|worker)s?"
    # "missing school" is absence; "going missing from school" is the risk
    r"|(?<!going )(?<!goes )(?<!gone )(?<!went )missing (from )?(school|lessons|education"
    r"|appointments|meals)"
    # a procedure named after a risk: "missing protocol to be agreed"
    r"|\b(missing|self[- ]harm|cse|cce|exploitation)( from (home|care))? (protocols?|procedures?"
    r"|polic(y|ies)|safety plans?|risk assessments?|screening( tools?)?)\b"
    r"|self[- ]harm (risk )?assessment|drugs? (awareness|education)"
    r"|missing person(s)? (report|protocol)"
    # a condition named after a substance the child was exposed to before birth
    r"|\b(alcohol|drug|substance|opiate|opioid)[- ](related|exposed|exposure)\b|\barnd\b"
    r"|\b(in utero|prenatal\w*|antenatal\w*)\b"
    # other people's use: "seen with drug users"
    r"|\bwith (known |older |adult )?(drug|heroin|crack|cannabis) (users|dealers|addicts)\b"
    # a service named after a risk: "the exploitation team", "missing from home coordinator"
    # (not an eating disorder team: a child it treats has one)
    r"|\b(exploitation|missing|self[- ]harm|drugs?|alcohol|substance)"
    r"( and \w+| from (home|care))? (team|service|hub|panel|co-?ordinator|officer|lead|worker"
    r"|clinic|nurse|navigator|practitioner|tracker|register|mapping|meeting)s?\b"
    # a topic taught, not a behaviour: "a workshop on knife crime and county lines",
    # "a group on self-harm awareness", "a talk about grooming"
    r"|\b(workshops?|sessions?|courses?|programmes?|groups?|lessons?|training|leaflets?"
    r"|education|assembl(y|ies)|pshe)\s+(on|about|around|regarding|covering)\s+"
    r"([\w'-]+\s+){0,4}[\w'-]+"
    r"|\b[\w-]+(\s+[\w-]+)?\s+(awareness|education|prevention)\b"
    # a thing, not the child, missing: "reports are missing from the file"
    r"|\bmissing (from|in) (the |his |her |their )?(file|records?|paperwork|bag|pockets?"
    r"|wallet|purse|system)\b"
    # a drink that is not alcohol
    r"|\b(energy|soft|fizzy|sugary|hot|caffeinated) drinks?\b"
    # police action named after drugs: "a drugs warrant", "a drugs raid"
    r"|\bdrugs? (warrants?|raids?|dogs?)\b"
    # a person's role named after a risk: "DS Reed (Police CSE lead)"
    r"|\b(cse|cce|hsb|rhi) (lead|officer|co-?ordinator|worker|practitioner|detective)s?\b"
    # the interview after a missing episode, as a form, a date or the one who holds it
    r"|\b(rhi|return home interview)s?( \(rhi\))? (form|record|date|practitioner|worker"
    r"|(completed|held|done|carried out|conducted) (by|on))\b"
    # feeding by tube is a health need, not an eating disorder
    r"|\b(ng|nasogastric|peg|gastrostomy|tube|enteral)[- ]fe(e)?d\w*"
    # a part of the form named after a risk: "I don't have her self-harm and eating
    # answers yet", "the CSE section is blank"
    r"|\b[\w-]+(?: (?:and|or|&) [\w-]+)? (?:answers?|sections?|boxes|info)\b"
    # fire safety, not fire setting
    r"|\bfire (alarms?|drills?|service|brigade|exits?|doors?|safety|extinguishers?|escape"
    r"|officers?|station|and rescue)\b",
    re.IGNORECASE,
)
_HYPOTHETICAL = re.compile(
    r"\b(if|in the event|should (she|he|they|any|there be|an?)|in case|what to do (if|when)"
    r"|would need|were (she|he|they) to"
    # what the home must be able to handle: "able to manage any fire setting", "safeguard
    # against exploitation"
    r"|(manage|respond to|deal with|cope with|handle) any|safeguard(s|ed|ing)? (\w+ )?against"
    # a plan to watch for it: "Staff to monitor for signs of self-harm"
    r"|(monitor|watch|look out|be alert|be vigilant|remain vigilant)(ed|ing)? (out )?(for|to))\b",
    re.IGNORECASE,
)
# A conditional whose consequence is the child's own risk: "if placed with younger
# children he may pose a risk of sexual harm" is an assessment, not a plan.
_RISK_IF = re.compile(
    r"\b(she|he|they|\w+)\s+(may|might|could|would|is likely to|are likely to)\s+(well\s+)?"
    r"(pose|present|be at risk|be a risk|display|show|harm|hurt|target|exploit|abuse|assault"
    r"|attack|engage)\b",
    re.IGNORECASE,
)
_SINCE = re.compile(
    r"\b(none|nothing|no|not|never)\b[^.;]{0,30}\bsince\b"
    # "since moving to her grandmother's she has not self-harmed"
    r"|^\W*since\b[^.;]{0,60}\b(has|have|had) (not|never)\b|^\W*since\b[^.;]{0,60}\bn't\b",
    re.I,
)
_YEAR_ONLY = re.compile(
    r"\b(?i:in|during|since|around|from|until|till|up to|last[^.;]{0,15}?)\s+"
    r"(?:(?:early|late|mid)[- ]?)?"
    r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)
_YEAR_IN_BRACKETS = re.compile(r"\(\s*((?:19|20)\d\d)\s*\)")  # "set small fires (2025)"
# the end of a span of years: "between 2019 and 2021", "2019-2021"
_YEAR_SPAN = re.compile(
    r"\b(?:between\s+)?(?:19|20)\d\d\s*(?:and|to|-|\u2013)\s*((?:19|20)\d\d)\b", re.I
)
_MONTH_YEAR = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b", re.I
)
_LAST_YEAR = re.compile(r"\blast year\b", re.I)
_RECENT = re.compile(
    r"\b(current\w*|ongoing|(?<!no )(?<!not )recent\w*|now|still|continu\w*|again|yesterday"
    r"|this (week|month|year|term)|last (night|week|weekend|month))\b",
    re.I,
)


def pseudo(clause: str, start: int, end: int) -> bool:
    """The mention at [start, end) is part of a phrase that is not the risk."""
    for match in _PSEUDO.finditer(clause):
        if match.start() <= end and start <= match.end():
            return True
    return False


def hypothetical(left: str) -> bool:
    """A forward trigger before the mention in the same clause ("if she goes missing")."""
    return bool(_HYPOTHETICAL.search(left)) and not conditional_risk(left)


# "any HSB would need to be shared": a risk spoken of as what might be, not what is.
_ANY_BEFORE = re.compile(r"\bany\s+(?:[\w-]+\s+)?$", re.I)
_WOULD_AFTER = re.compile(r"^\W*(?:[\w-]+\W+){0,2}?(?:would|will|should|must|needs? to)\b", re.I)


def hypothetical_any(left: str, right: str) -> bool:
    """ "Any self-harm should be reported to EDT": a rule for what may happen."""
    return bool(_ANY_BEFORE.search(left)) and bool(_WOULD_AFTER.match(right))


def conditional_risk(left: str) -> bool:
    """The words before a mention make it the consequence of a condition, a risk the child
    may pose ("if placed with younger children he may pose a risk of ...")."""
    trigger = _HYPOTHETICAL.search(left)
    return bool(trigger) and bool(_RISK_IF.search(left, trigger.end()))


def dated_in_the_past(clause: str, reference: date | None) -> bool:
    """The clause dates the risk more than a year before the referral, or says it has
    not happened since a date ("none since 2023")."""
    if _SINCE.search(clause):  # "has not gone missing since her current placement began"
        return True
    if _RECENT.search(clause):
        return False
    if reference is None:
        return False
    cutoff = date(reference.year - 1, reference.month, min(reference.day, 28))
    whens = [found.value for found in find_dates(clause, reference)]
    for month, year in _MONTH_YEAR.findall(clause):
        whens.append(date(int(year), MONTHS[month.lower()[:3]], 28))
    years = [
        int(year)
        for year in _YEAR_ONLY.findall(clause)
        + _YEAR_IN_BRACKETS.findall(clause)
        + _YEAR_SPAN.findall(clause)
    ]
    years += [reference.year - 1 for _found in _LAST_YEAR.finditer(clause)]
    if not years and not whens:
        return False
    # A year alone is past when the middle of it is more than a year before the referral:
    # "in 2025" is historical in a referral of November 2026, not in one of February.
    if any(date(year, 7, 1) >= cutoff for year in years) and not whens:
        return False
    return all(when < cutoff for when in whens) and all(
        date(year, 7, 1) < cutoff or whens for year in years
    )
