"""The words for each of the eleven standard risks, and the context cues around them."""

from __future__ import annotations

import re
from functools import lru_cache

from hearth_referrals.documents.rules.people import kin
from hearth_referrals.documents.rules.phrases import compile_terms
from hearth_referrals.documents.rules.risk_vocabulary import (
    GENERIC_EXPLOITATION,
    VOCABULARY,
    Vocabulary,
)

__all__ = [
    "CUES",
    "NOT_SEEN",
    "RISK_SHORTHAND",
    "RISK_TERMS",
    "THIRD_PARTY",
    "named_risks",
    "only_generic_exploitation",
    "risk_terms",
    "supplied_use",
    "written_out",
]


def _any(*alternatives: str) -> str:
    return "|".join(alternatives)


def _compiled(vocabulary: Vocabulary) -> re.Pattern[str]:
    abbreviations = [rf"(?<!\w)(?:{re.escape(word)})(?!\w)" for word in vocabulary.abbreviations]
    phrases = [compile_terms(vocabulary.terms)] if vocabulary.terms else []
    return re.compile(_any(*abbreviations, *phrases, *vocabulary.patterns), re.IGNORECASE)


# Each risk's words (rules/risk_vocabulary.py), compiled once.
RISK_TERMS = {key: _compiled(vocabulary) for key, vocabulary in VOCABULARY.items()}
_GENERIC = _compiled(GENERIC_EXPLOITATION)
_EXPLOITATION_KINDS = (("to_child", "sexual_exploitation"), ("to_child", "criminal_exploitation"))

# A bare topic word that stands for its risk only where risks are being listed (a list
# of risks' short names, or a label in a risks section): "Animals: kicked the dog",
# "CSE / CCE / eating: none". Elsewhere "Animals" asks about pets.
RISK_SHORTHAND = {
    "eating": ("Eating disorder", ("to_child", "eating_disorder")),
    "animals": ("Harm to animals", ("to_others", "harm_to_animals")),
    "violence": ("Violence to others", ("to_others", "physical_harm")),
    "fire": ("Fire setting", ("to_others", "fire_setting")),
    # a grid's clipped row names ("Subs", "ED", "Viol", "Recruiting"): as short as a
    # risk's name gets, so only ever read where risks are listed
    "sh": ("Self-harm", ("to_child", "self_harm")),
    "d&a": ("Substance misuse", ("to_child", "drug_alcohol")),
    "drink/drugs": ("Substance misuse", ("to_child", "drug_alcohol")),
    "sexual behaviour": ("Harmful sexual behaviour", ("to_others", "sexual_harm")),
    "subs": ("Substance misuse", ("to_child", "drug_alcohol")),
    "sub misuse": ("Substance misuse", ("to_child", "drug_alcohol")),
    "ed": ("Eating disorder", ("to_child", "eating_disorder")),
    "viol": ("Violence to others", ("to_others", "physical_harm")),
    "miss": ("Missing from care", ("to_child", "missing")),
    "anim": ("Harm to animals", ("to_others", "harm_to_animals")),
    "recruiting": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    "recruitment": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    "recr": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    "recruits": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    "recruiter": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    # a portal's or tracker's column codes: "PHYS", "SEXH", "CCEO" (CCE of others)
    "phys": ("Violence to others", ("to_others", "physical_harm")),
    "phys harm": ("Violence to others", ("to_others", "physical_harm")),
    "sexh": ("Harmful sexual behaviour", ("to_others", "sexual_harm")),
    "sex harm": ("Harmful sexual behaviour", ("to_others", "sexual_harm")),
    "cceo": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
    "cce others": ("Recruiting others into crime", ("to_others", "criminal_exploitation")),
}


def written_out(name: str) -> str:
    """A risk's short name ("Subs", "Fire") as its full name; any other name as written."""
    short = RISK_SHORTHAND.get(name.strip().lower())
    return short[0] if short else name


def named_risks(item: str) -> list[tuple[str, str]]:
    """The risks a short item of a list of risks names: its risk words, or else the risk its
    short name stands for ("eating", "subs")."""
    found = [key for key, _match in risk_terms(item)]
    if found:
        return found
    return _short_named(item)


def _short_named(item: str) -> list[tuple[str, str]]:
    """The risk a short name stands for: the name itself ("eating"), its plural ("Fires"),
    or one side of a pair the row gives it ("Eating / food", "Fire / matches") where the
    other side names no other risk."""
    lowered = item.strip().lower()
    short = RISK_SHORTHAND.get(lowered) or RISK_SHORTHAND.get(lowered.removesuffix("s"))
    if short:
        return [short[1]]
    sides = [side.strip() for side in lowered.split("/")]
    if len(sides) != 2 or not all(sides):  # a pair: two sides
        return []
    keys = {
        key[1]
        for side in sides
        if (key := RISK_SHORTHAND.get(side) or RISK_SHORTHAND.get(side.removesuffix("s")))
    }
    return list(keys) if len(keys) == 1 else []


# A denial at the head of an answer, said as what nobody has seen of the risk ("Not
# evident", "Not observed", "Nothing noted", "Not a feature") or as nobody's worry ("Not
# worried", "Not concerned at all"). Not a proof withheld ("not proven", "not confirmed"):
# that is a suspicion; nor "not known": that is unknown.
NOT_SEEN = (
    r"not (?:been )?(?:evident|observed|apparent|present|noted|displayed|exhibited|shown|seen"
    r"|raised|indicated|a feature)|not (?:currently |at all )?(?:worried|concerned)"
    r"|nothing (?:has been |was )?(?:observed|noted|seen|evident|apparent|raised)"
)

_CUE_PATTERNS = {
    "historical_negation": _any(
        r"\b(has|have|had)\s?n[o']t\b.{0,60}\b(for|since|in)\b.{0,25}\b(months?|years?|20\d\d)\b",
        r"\bno (further |recent )?(incidents?|episodes?|concerns?|reports?|thoughts?)\b.{0,40}"
        r"\b(since|for (over |more than |about |around )?(\w+ )?(weeks?|months?|years?)"
        r"|in the (last|past))\b",
        r"\bno\b[^.;]{0,40}\bfor (over |more than |about |around )?(\w+ )?(months|years?)\b",
        # "self-harmed in 2024, none this year": nothing in the time since
        r"\b(none|nothing|no (further |more )?(incidents?|episodes?))\s+(so far )?"
        r"this (year|term)\b",
        # "went missing four times in 2024, none in 2026": it happened, then stopped
        r"\b20\d\d\b[^.;]{0,60}\b(none|nothing|no (further |more )?(incidents?|episodes?))\s+"
        r"(so far )?in\s+20\d\d\b",
        # "...in 2023; none at his current home", "no concerns this year": it has stopped
        r"\b(none|nothing|no (further |more |recent )?(incidents?|episodes?|concerns?|issues?))\s+"
        r"(so far )?(this (year|term)|(at|in) (his|her|their|the) (current|present|new)"
        r" (home|placement|school|carers'?|foster home))\b",
        # "restricted food in 2024 ...; eating normally now": recovered
        r"\b(eating|sleeping) (normally|well)( again)?,? (now|since)\b",
    ),
    "negation": _any(
        r"\bno (known|current|reported|evidence|history|concerns?|indication|issues?|incidents?"
        r"|episodes?|reports?|risks?|information)\b",
        r"\bnone( known| identified| reported)?\b",
        r"\bnot (currently |presently )?(known|a concern|an issue|been|identified|reported"
        r"|considered)\b",
        r"\bnothing of\b",  # "nothing of concern", "nothing of note"
        # "eating difficulties are not evident", "nothing observed by staff" (not "not seen
        # since Friday" nor "reported, not observed": those are the missing child and a
        # suspicion)
        r"\bnot (currently )?(evident|apparent|a feature|displayed|exhibited)\b",
        r"\bnothing (has been |was )?(observed|noted|seen|evident|apparent)\b",
        # what a habit is not for: "pulls her hair when anxious but not to injure herself"
        r"\b(not|never|without (any )?(intent|intending|meaning|trying)) (in order )?to\s*$",
        r"\bdenies\b",
        r"\bneither\b",
        r"\bnever\b",
        r"\b(does|do|did|has|have|is|was) not (use|drink|smoke|take|misuse|self|go|run|display"
        r"|present|engage|pose|hurt|harm|hit|assault|attack|injur|set|start)\w*",
        r"\b(doesn'?t|don'?t|didn'?t|hasn'?t|isn'?t|wasn'?t) (use|drink|smoke|take|misuse|self"
        r"|go|run|display|present|engage|pose|hurt|harm|hit|assault|attack|injur|set|start)\w*",
        r"\b(doesn'?t|does not|didn'?t|did not|don'?t|do not|hasn'?t|has not|haven'?t|have not"
        r"|hadn'?t|had not|has never|have never)\s*$",
        # a negated copula right before the risk: "she is not violent", "he isn't aggressive"
        r"\b(is|are|was|were)\s+(not|never)\s+(\w+ly\s+)?$",
        r"\b(isn'?t|aren'?t|wasn'?t|weren'?t)\s+(\w+ly\s+)?$",
        r"\b(is|are|was|were)\s*(not|never|n't)\s+(\w+ly\s+)?"
        r"(violent|aggressive|abusive|exploited|sexuali[sz]ed|involved in|a risk|at risk)\b",
        r"\bnil\b",
        # "Tantrums typical for age only": ordinary for a child that age, not a risk
        r"\b(typical|normal|usual|expected|appropriate) for ((his|her|their) )?"
        r"(age|a \w+[- ]year[- ]old)|\bage[- ]appropriate\b",
        # "born with neonatal abstinence syndrome, a health need": a condition, not conduct
        r"\b(is |as )?an? (health|medical|developmental) (need|condition|issue)\b"
        r"|\bnot (a|her|his) behaviou?r\b",
        r"\bn/a\b",
        r"\bnothing (is |has been |was )?(known|reported|recorded|noted|to suggest|to indicate"
        r"|suggests|indicat\w*)",
        r"\bnot (aware|suggest\w*|indicat\w*)\b",
        r"\bthere (is|are) no\b",
        r"\bno (evidence|indication|suggestion)s? (of|that|to suggest)\b",
        # not "a home with no younger children": who the child may live with, no denial
        r"\bno\b(?!\s+longer\b)(?!\s+(?:younger|older|other)\s+(?:children|child|young people"
        r"|kids|boys|girls|males|females|residents)\b)",
        # "not that we know of", "not to our knowledge"
        r"\bnot that (we|i|anyone|staff|the (la|local authority))"
        r" (know|knows|are aware|is aware)\b",
        r"\bnot to (my|our|the \w+'s) knowledge\b",
        # an investigation's verdict: "ruled out", "found to be unfounded"
        r"\b(ruled out|discounted|unfounded|found to be (false|untrue|malicious))\b",
        r"\b(was|were|has been|have been) (not (substantiated|upheld|proven)|unsubstantiated"
        r"|withdrawn|retracted)\b",
        r"\bnfa\b|\bno further action\b",
    ),
    "historical": _any(
        r"\bhistoric(al(ly)?)?\b",
        r"\bpreviously\b",
        # not "in the past month": a recent span
        r"\bin the past\b(?! (few |couple of |several |\d+ |two |three |four |six )?(days?|weeks?"
        r"|fortnight|months?|year)\b)",
        r"(?<!\bbe )(?<!\bbeing )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )"
        r"(?<!\bget )(?<!\bgets )(?<!\bgot )\bused to\b",
        r"\bpast (history|concerns?)\b",
        # "Has happened before", "it had happened previously": a thing that happened, before
        r"\b(has|have|had) happened (before|previously|earlier)\b",
        r"\bwhen (she|he|they) (was|were) younger\b",
        # "when he was eight", "at nursery", "as a toddler": the child's early years
        r"\bwhen (she|he|they) (was|were) (little|small|a (baby|toddler|(young |small )?child)"
        r"|(aged )?(\d|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven))\b",
        r"\b(at|in) (nursery|pre-?school|reception|infant school)\b",
        r"\bas a (baby|toddler|young child|younger child|small child|little (boy|girl))\b",
        r"\bwhen aged (\d|1[0-5])\b|\bin (primary|junior|infant) school\b",
        r"\b(has|have) (since )?settled( down)?\b",
        r"\b(has |have )?(since |now |fully )?recovered\b",
        r"\bat (the )?age (of )?(\d|1[0-5]|one|two|three|four|five|six|seven|eight|nine|ten)\b",
        # "self-harm was a concern", unless it "continues now"
        r"\b(was|were) (a |an )?(concern|issue|problem|worry)\b"
        r"(?![^.;]*\b(still|continu\w+|ongoing|now|current\w*|again)\b)",
        r"\bstopped (going|self|using|drinking|smoking|taking (drugs|cannabis)|running|setting"
        r"|starting|harming|hurting|cutting|absconding)\b",
        r"\b(\d+|two|three|four|several|many) years? ago\b",
        r"\b(six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-9]) months ago\b",
        r"\bformerly\b",
        # "abstinent 6 months", "now sober for a year", "clean since March": use that stopped
        r"\b(abstinent|sober|drug[- ]free)\b|\bclean (for|since)\b",
        r"\bno longer\b",
        r"\bceased\b",
        r"\bresolved\b",
        r"\bthere (is|was) a (previous |past )?history of\b",
        r"\bdischarged from\b",
        # "Before custody he went missing weekly": what the child did before being locked up
        # or taken into care is past
        r"\b(before|prior to) (custody|(his|her|their) (arrest|sentence|remand|custody)"
        r"|(coming|being taken|being received|going) into (care|custody)"
        r"|(he|she|they) (was|were) (remanded|sentenced|taken into care|accommodated))\b",
        # the offence a sentence was passed for: done before custody, not going on now
        r"\b(was|were|has been|have been|had been) (sentenced|convicted)\b",
        r"\bat the time of (his|her|their) (arrest|offence)\b|\bindex offence\b",
    ),
    "suspected": _any(
        r"\bpossibl[ey]\b",
        # the mark seen, another cause given: "says the cat did it", "claims it was an accident"
        r"\b(says|said|claims|claimed|insists|insisted|explains|explained)\b[^.;]{0,30}"
        r"\b(did it|did this|was an accident|accident(al(ly)?)?|fell|tripped|from (the|a|her|his)"
        r" (cat|dog|pet|fall|bike|game)|belong\w* to)\b",
        r"\bsuspect\w*",
        r"\bsuspicion\w*",
        r"\bconcerns? ((have been |has been |were |was |are |is )?(raised|expressed|reported|shared"
        r"|noted) )?"
        r"(that|about|of|regarding|around|re|(she|he|they) (is|are|may|might|was|were|could"
        r"|has been|have been|had been))\b",
        r"^\W*concerns? (she|he|they)\b",  # "Concerns she met an adult online"
        # what others say that no professional has seen or proved
        r"\bnot (yet )?(witnessed|confirmed|verified|substantiated|proven|corroborated"
        r"|evidenced|assessed|diagnosed)\b",
        r"\balleg(ed|edly|ations?)\b",
        # "intelligence suggests ..." hedges; "(police intelligence, May 2026)" cites a source
        r"\bintelligence\b(?![^()]*\))",
        r"\bat risk of\b",
        r"\bbelieved to\b",
        # "Staff believe she is using cannabis", "school think he may be carrying"
        r"\b(believes?|thinks?|feels?|suspects?) (that )?(she|he|they|\w+) (is|are|has|have|may"
        r"|might|could|was|were)\b",
        # "Her carer thinks she left the house at night": what someone thinks happened
        r"\b(believes?|thinks?|reckons?|suspects?) (that )?(she|he|they) (left|went|took|used"
        r"|ran|sneaked|snuck|got out|stayed out)\b",
        # "thinks Jayden did it", "wonder whether he set the fire": someone's guess at who did
        # what was found, not a finding
        r"\b(believes?|thinks?|reckons?|suspects?) (that )?(she|he|they|\w+) (did (it|this|that)"
        r"|was (responsible|to blame)|set|started|caused)\b",
        r"\bwonder(s|ed|ing)? (whether|if)\b",
        r"\bintel\b(?![^()]*\))",
        r"\bthreat\w* to (burn|set fire)",  # a threat, not yet a fire
        r"\bsm(elt|elled|ell(s|ing)?) (of )?",  # smelt on her, not seen
        r"\b(has been |have been |is |are )linked (to|with)\b",
        # "due to CSE concerns": a risk's concerns, not a finding
        r"\b(cse|cce|hsb|exploitation|county lines|self[- ]harm|missing|drugs?|alcohol|eating"
        r"|fire[- ]setting)\s+concerns?\b(?!\s+(are|is|remain) (current|ongoing|confirmed))",
        r"\bmay (be|have|try|attempt|seek|target)\b",
        r"\bmight\b",
        # "She may self-harm if moved suddenly": what the child may do
        r"\b(she|he|they) (may|could) (well |also )?(?!not\b)\w+",
        r"\bthought to\b",
        r"\bunconfirmed\b|\bunverified\b",
        # "reported, not seen": only said, not found
        r"\b(reported|said|told(?: us)?),? (but )?not (seen|witnessed|observed|confirmed)\b",
        r"\breports? (suggest|indicate)\w*",
        r"\bindicators? of\b",
        r"\bvulnerable to\b",
        r"\bcould be\b",
        r"\bpotential\w*\b",
        r"\bworr(ies|ied)\b|\b(?<!an )(?<!a )(?<!ongoing )worry\b",
        r"\bquer(y|ied)\b",
        # "a bin fire at school is unexplained": not accounted for, not proved his
        r"\b(unexplained|unaccounted for)\b",
        # "School nurse concerned Kacey hides food": someone's worry, not a finding
        r"\bconcerned (that|about|whether|(she|he|they|[a-z][\w'-]+) (is|are|may|might|could"
        r"|has|have|\w+s)\b)",
        # "Risk he goes missing to meet ...": a possibility named
        r"^\W*(a |the )?risk (that )?(she|he|they)\b",
        # "Adults worry she is skipping meals; not assessed", "reports ...; not witnessed"
        # (the verb: "an ongoing worry for the team" is a present risk)
        r"\bworr(y|ies|ied) (that|about|whether|(she|he|they|\w+) (is|are|has|have|may|might))\b",
        r"\bnot (yet )?(assessed|confirmed|substantiated|witnessed|verified|proven)\b",
    ),
}
CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CUE_PATTERNS.items()}

THIRD_PARTY = re.compile(
    _any(
        rf"\b({kin()}|nephews?|nieces?|neighbou?rs?|carers?|adults? in the home"
        r"|household members?)('s)?\b",
        # other children: "Another child in the home self-harms", "a peer was exploited"
        r"\b(another|other) (child|young person|resident|boy|girl|pupil)s?\b",
        r"\bother (children|young people|residents|boys|girls|pupils)\b",
        # a home's residents: "Existing residents: one boy of 16 with HSB history"
        r"\b(existing|current) residents?\b|\bone (child|young person|resident|boy|girl)\b",
        # a log's anonymised other child: "Resident 3", "Young person B", "Child C"
        r"\b(resident|young person|yp|child|peer|pupil)\s+(?-i:[A-Z]|\d{1,2})\b",
        r"\b(a|her|his|their) (peer|friend|classmate|school ?friend|best friend)s?\b",
        r"\b(parental|familial|domestic)\b",
        r"\bthe family (were|was|have|has|had)\b",
        r"\b(exposed to|witness(ed)?|victim of|subject(ed)? to|experienced|by (her|his|their)"
        r"|from (her|his|their))\b",
    ),
    re.IGNORECASE,
)


# A substance as what is sold, carried or hidden for others: supply, not the child's use
# ("sells cannabis for older boys", "holding cocaine for a dealer").
_SUPPLIED = re.compile(
    r"\b(sell|sells|selling|sold|deal|deals|dealing|dealt|carr(y|ies|ying|ied)|deliver\w*"
    r"|hold|holds|holding|held|suppl(y|ies|ying|ied)|transport\w*|mov(e|es|ed|ing)"
    r"|run|runs|running|ran|stash\w*|hid(e|es|ing)|hidden|bagg\w* up)\s+(\w+\s+)?$"
    # drugs as payment for what was done to the child: "sex in return for drugs"
    r"|\b(in return|in exchange|paid|payment|pays?) (for|in)\s+$"
    r"|\b(quantit(y|ies)|amounts?|wraps|deal bags) of\s+$",
    re.IGNORECASE,
)
_DRUGS = ("to_child", "drug_alcohol")
_HURTS_OTHERS = ("to_others", "physical_harm")
# "hurt the carers' kitten": the blow's object is the animal after the owner's name
_AN_ANIMAL_NEXT = re.compile(
    r"(?:'s|s'|\u2019s|s\u2019|'|\u2019)?\s+"
    r"(?:(?!(?:and|or|but|then|as well)\b)[\w-]+(?:'s|s'|\u2019s|s\u2019|'|\u2019)?\s+){0,3}?"
    r"(?:dog|cat|kitten|puppy|pet|rabbit|hamster|guinea pig|horse|pony|bird|animal|budgie"
    r"|tortoise)s?\b",
    re.I,
)
_EXPLOITED = ("to_child", "criminal_exploitation")
_EXPLOITS_OTHERS = ("to_others", "criminal_exploitation")


# _SUPPLIED ends where the substance is named: only the words just before it are read
# (searching the whole text before each mention grew with the square of a long answer).
_SUPPLIED_REACH = 60


def _supplied_before(text: str, start: int) -> bool:
    return _SUPPLIED.search(text[max(0, start - _SUPPLIED_REACH) : start]) is not None


def _first(key: tuple[str, str], pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    for match in pattern.finditer(text):
        if key == _DRUGS and _supplied_before(text, match.start()):
            continue
        return match
    return None


# "Sells cannabis ... and smokes it himself": the pronoun stands for the substance supplied.
_USE_OF_IT = re.compile(
    r"\b(use|uses|using|used|smoke|smokes|smoking|smoked|take|takes|taking|took|drink|drinks"
    r"|drinking)\s+(it|them|any|some)\b",
    re.IGNORECASE,
)


def supplied_use(text: str, before: str) -> re.Match[str] | None:
    """The child's own use of a substance ``before`` names as supplied to others, said of
    it with a pronoun in ``text`` ("... but is not known to use it himself")."""
    pattern = RISK_TERMS[_DRUGS]
    supplied = any(_supplied_before(before, m.start()) for m in pattern.finditer(before))
    return _USE_OF_IT.search(text) if supplied and not _first(_DRUGS, pattern, text) else None


def only_generic_exploitation(key: tuple[str, str], text: str) -> bool:
    """``text`` names the exploitation ``key`` only by a word for either kind ("has been
    exploited", "NRM"), not by a word of that kind's own."""
    return key in _EXPLOITATION_KINDS and not RISK_TERMS[key].search(text)


def risk_terms(text: str) -> list[tuple[tuple[str, str], re.Match[str]]]:
    """Each risk named in ``text`` with where it is named, in reading order."""
    return list(_risk_terms(text))


# The same clause is asked about many times while a document is read (a 15-page form:
# 1,374 calls over 149 texts), and the vocabulary is long: each text is searched once.
@lru_cache(maxsize=4096)
def _risk_terms(text: str) -> tuple[tuple[tuple[str, str], re.Match[str]], ...]:
    hits = []
    for key, pattern in RISK_TERMS.items():
        match = _first(key, pattern, text)
        if match:
            hits.append((key, match))
    named = {key for key, _match in hits}
    if not named.intersection(_EXPLOITATION_KINDS):
        generic = _GENERIC.search(text)  # "exploited", "NRM": both kinds, unless one is named
        if generic:
            hits.extend((key, generic) for key in _EXPLOITATION_KINDS)
    hits = [
        (key, m)
        for key, m in hits
        if not (key == _HURTS_OTHERS and _AN_ANIMAL_NEXT.match(text, m.end()))
    ]
    others = next((m for key, m in hits if key == _EXPLOITS_OTHERS), None)
    if others is not None:
        # "Involving other children in offending / exploitation", "recruits younger boys to
        # carry drugs": what follows the to-others risk is what the others are drawn into,
        # not the child's own exploitation
        hits = [
            (key, m)
            for key, m in hits
            if not (
                key == _EXPLOITED
                and m.start() >= others.start()
                and m.start() - others.end() <= 40
                and not re.search(r"[.;]", text[others.end() : m.start()])
            )
            and not (
                key[0] == "to_child"
                and m.group(0).lower() == "exploitation"
                and 0 <= m.start() - others.end() <= 4
            )
        ]
    return tuple(sorted(hits, key=lambda hit: hit[1].start()))
