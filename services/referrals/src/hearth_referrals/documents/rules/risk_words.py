"""The words for each of the eleven standard risks, and the context cues around them."""

from __future__ import annotations

import re

__all__ = ["CUES", "RISK_TERMS", "THIRD_PARTY", "risk_terms"]

_RISK_PATTERNS: dict[tuple[str, str], str] = {
    ("to_child", "self_harm"):
        r"self[- ]?harm\w*|self[- ]injur\w*|cut(s|ting)? (herself|himself|themselves|(her|his|their) "
        r"(arms?|legs?|wrists?))|overdos\w*|suicid\w*|ligatures?",
    ("to_child", "sexual_exploitation"):
        r"\bcse\b|sexual(ly)? exploit\w*|child sexual exploitation",
    ("to_child", "criminal_exploitation"):
        r"\bcce\b|criminal(ly)? exploit\w*(?! (of )?(others|younger|peers|other))|county lines"
        r"|drug running|gang (involvement|affiliation|activity|members?)",
    ("to_child", "drug_alcohol"):
        r"substance (mis)?use|substances|(?<!county lines )\bdrugs?\b(?! (running|dealing|lines))"
        r"|alcohol|cannabis|drinking|solvents?|\bdrug use",
    ("to_child", "eating_disorder"):
        r"eating disorder|disordered eating|anorexi\w*|bulimi\w*|\barfid\b"
        r"|restrict\w* (her |his |their )?(food|eating|diet)",
    ("to_child", "missing"):
        r"go(es|ing)? missing|went missing|missing (episodes?|from (home|care|placement))"
        r"|\bmissing\b(?! (information|details?|documents?|data|fields?))|abscond\w*|run(s|ning)? away|ran away",
    ("to_others", "physical_harm"):
        r"physical(ly)? aggress\w*|aggressi\w*|violen(t|ce)|assault\w*|physical harm"
        r"|(hits|hitting|punch\w*|kick\w*) (out|others|staff|carers|peers|people)",
    ("to_others", "sexual_harm"):
        r"harmful sexual(ised)? behaviou?r|\bhsb\b|sexually harmful|sexual harm"
        r"|sexuali[sz]ed behaviou?r",
    ("to_others", "fire_setting"):
        r"fire[- ]?setting|\barson\w*|sets? fires?|setting fires?|starting fires?|fire starting",
    ("to_others", "harm_to_animals"):
        r"(harm\w*|cruelty|hurt\w*|injur\w*)( (to|towards))? (animals?|pets?)|animal cruelty",
    ("to_others", "criminal_exploitation"):
        r"(exploit\w*|recruit\w*|groom\w*|coerc\w*) (of )?(other|younger|peers|vulnerable)\w*"
        r"|criminal exploitation of others",
}
RISK_TERMS = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in _RISK_PATTERNS.items()}

_CUE_PATTERNS = {
    # "has not self-harmed for over 12 months": a past risk, not a denial.
    "historical_negation":
        r"\b(has|have|had)\s?n[o']t\b.{0,60}\b(for|since|in)\b.{0,25}\b(months?|years?|20\d\d)\b"
        r"|\bno (further |recent )?(incidents?|episodes?|concerns?|reports?)\b.{0,40}"
        r"\b(since|for (over|more than)?|in the (last|past))\b",
    "negation":
        r"\bno (known|current|reported|evidence|history|concerns?|indication|issues?|incidents?"
        r"|episodes?|reports?|risks?|information)\b|\bnone( known| identified| reported)?\b"
        r"|\bnot (known|a concern|an issue|been|identified|reported|considered)\b|\bdenies\b"
        r"|\bnever\b|\bnil\b|\bn/a\b|\bthere (is|are) no\b|\bno\b",
    "historical":
        r"\bhistoric(al(ly)?)?\b|\bpreviously\b|\bin the past\b|\bused to\b|\bpast (history|concerns?)\b"
        r"|\bwhen (she|he|they) (was|were) younger\b|\b(\d+|two|three|four|several|many) years? ago\b"
        r"|\b(six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-9]) months ago\b|\bformerly\b"
        r"|\bno longer\b|\bceased\b|\bresolved\b",
    "suspected":
        r"\bpossibl[ey]\b|\bsuspect\w*|\bsuspicion\w*|\bconcerns? (that|about|of|regarding|around|re)\b"
        r"|\bintelligence\b|\bat risk of\b|\bbelieved to\b|\bmay (be|have)\b|\bmight\b|\bthought to\b"
        r"|\bunconfirmed\b|\bindicators? of\b|\bvulnerable to\b|\bcould be\b|\bpotential\w*\b"
        r"|\bworried\b|\bquer(y|ied)\b",
}
CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CUE_PATTERNS.items()}

THIRD_PARTY = re.compile(
    r"\b(mum|mother|mom|dad|father|parents?|step-?(mum|mother|dad|father|parent)|brothers?|sisters?"
    r"|siblings?|uncle|aunt(ie)?|grand(mother|father|ma|pa|parents?)|nan|partner|boyfriend"
    r"|girlfriend|carers?|family members?|adults? in the home|birth family|household members?)"
    r"('s)?\b|\b(parental|familial|domestic)\b|\b(exposed to|witness(ed)?|victim of|subject(ed)? to"
    r"|experienced|by (her|his|their)|from (her|his|their))\b",
    re.IGNORECASE,
)


def risk_terms(text: str) -> list[tuple[tuple[str, str], re.Match[str]]]:
    """Each risk named in ``text`` with where it is named, in reading order."""
    hits = []
    for key, pattern in RISK_TERMS.items():
        match = pattern.search(text)
        if match:
            hits.append((key, match))
    return sorted(hits, key=lambda hit: hit[1].start())
