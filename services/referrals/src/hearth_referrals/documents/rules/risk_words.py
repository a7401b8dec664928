"""The words for each of the eleven standard risks, and the context cues around them."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["CUES", "RISK_SHORTHAND", "RISK_TERMS", "THIRD_PARTY", "risk_terms", "supplied_use"]


def _any(*alternatives: str) -> str:
    return "|".join(alternatives)


# "Exploitation" alone is both kinds of exploitation of the child.
_GENERIC_EXPLOITATION = (
    r"(?<!sexual )(?<!criminal )(?<!sexually )(?<!criminally )\bexploitation\b"
    r"(?! of (others|younger|peers|other))"
)
_RISK_PATTERNS: dict[tuple[str, str], str] = {
    ("to_child", "self_harm"): _any(
        r"self[- ]?harm\w*",
        r"self[- ]injur\w*",
        r"cut(s|ting)? (herself|himself|themselves|(her|his|their) (arms?|legs?|wrists?))",
        # "cuts her forearms", "cutting (arms and thighs)": a cut to the child's own body
        r"\bcut(s|ting)?\s+(\(?(her|his|their|own|both|left|right|upper|lower|inner)\s+){0,3}"
        r"(fore)?(arms?|legs?|wrists?|thighs?|stomach|tummy|skin|body|face|hands?|ankles?)\b",
        r"^\W*cutting\b(?=\s*[(:\-\u2013])",
        r"overdos\w*",
        r"(harm(ed|s|ing)?|hurt(s|ing)?|injur(ed|es|ing)) (himself|herself|themselves)",
        r"suicid\w*",
        r"\bdsh\b|\bs/h\b",  # deliberate self-harm, "s/h"
        r"\b(took|taken|take|takes|taking) an? od\b|\bod'?(s|d|ed)?\b(?= (of|on)\b)",
        # "tried to hang herself", "burns himself", "strangles herself"
        r"\b(hang|hung|strangl|suffocat|drown|poison|burn|burnt|stab|starv|punch|bit|bite|hit)"
        r"\w* (her|him|them)sel(f|ves)\b",
        r"ligatures?",
        r"scratch(es|ed|ing)? (herself|himself|themselves"
        r"|(her|his|their) (arms?|legs?|wrists?|skin))",
        # "thought of ending his life", "tried to take her own life"
        r"(end|ending|ended|take|taking|took|kill|killing) (his|her|their) (own )?life",
    ),
    ("to_child", "sexual_exploitation"): _any(
        r"\bcse\b",
        r"sexual(ly)? exploit\w*",
        r"child sexual exploitation",
        r"sexual(ly)? (or|and|/) criminal(ly)? exploit\w*",  # "sexual or criminal exploitation"
        r"\bgroom(ed|ing)\b(?!\s+(of\s+)?(an?\s+)?(others|younger|peers|other))",
        # an older man's lifts, gifts or money: the pattern grooming takes
        r"\bolder (man|men|males?|boyfriend)\b[^.;]{0,30}\b(lifts?|gifts?|presents?|money|phones?"
        r"|alcohol|cigarettes)\b",
        r"\b(lifts?|gifts?|presents?|money) from (an? )?older (man|men|males?)\b",
        r"\b(in exchange|in return|paid|pay|pays|paying) for sex\b",
        r"\bsexting\b",
        r"\bexploit\w* sexually\b",
        r"\bcawns?\b|child abduction warning notice",
        r"\b(relationship|going out) with an? (1[89]|[2-9]\d)[- ]year[- ]old (man|male|adult)\b",
        r"\bolder (man|men|males?)('s|s'|')?\s+(flats?|houses?|homes?|cars?|address(es)?)\b",
        r"\b(raped|sexually (assaulted|abused))\b[^.;]{0,12}\bby (an? )?(older|adult|unknown"
        r"|several|a group of) (m[ae]n|males?|boys?|adults?)\b",
        r"\b(coerc|forc|pressur|groom|trick|manipulat)\w* into (sex|sexual)\w*",
        r"\bsexual (activity|acts?|favours)\b[^.;]{0,30}\b(in return|in exchange|for (money|drugs"
        r"|alcohol|gifts|cigarettes))\b",
        r"\b(sexual|indecent|explicit|nude|naked|intimate) (images|photos|pictures|videos|selfies)"
        r"\b[^.;]{0,40}\b(men|males|adults?|strangers|online|older)\b",
        # "met an adult male online", "talking online to older men", "an older boyfriend":
        # grooming by its signs
        r"\b(adult|older) (males?|men|man)\b[^.]{0,40}\bonline\b",
        r"\bonline\b[^.]{0,40}\b(adult|older) (males?|men|man)\b",
        r"\b(an? |her |his )?(much )?older boyfriend\b",
        _GENERIC_EXPLOITATION,
    ),
    ("to_child", "criminal_exploitation"): _any(
        r"\bcce\b",
        r"criminal(ly)? (or|and|/) sexual(ly)? exploit\w*",
        r"criminal(ly)? exploit\w*+(?! (of )?(others|younger|peers|other))",
        r"county lines",
        r"drug running",
        # carrying, running or delivering for others: "used to carry drugs", "a runner for"
        r"\b(carr(y|ies|ying|ied)|deliver\w*|run(s|ning)?|ran|transport\w*|mov(e|es|ed|ing))"
        r" (drugs|class a|packages|parcels)\b",
        r"\b(drug )?runner for\b",
        r"\btrap ?house\b",
        r"\bcuckoo\w*",
        r"(selling|dealing|sell|deal|deals|sells|holding|hold|holds|held) (drugs|cannabis|class a)",
        r"drug dealing",
        r"gang (involvement|affiliation|activity|members?)",
        r"organi[sz]ed crime|\bocg\b",
        r"\bexploit\w* criminally\b",
        r"\b(possession with intent|intent to supply|pwits?)\b",
        r"\b(steal\w*|stole|shoplift\w*|robb\w*|offend\w*) for (older|adult|other)\b",
        r"\b(large |significant )?(quantit(y|ies)|amounts?|wraps|deal bags) of (drugs|cannabis"
        r"|cocaine|crack|heroin|class a)\b",
        r"\b(involved|involvement|links?|linked)\b[^.;]{0,30}\bgangs?\b",
        # trafficked for labour, made to "work off" a journey debt
        r"traffick\w*",
        r"debt bondage",
        r"(cash|cash[- ]in[- ]hand) work",
        r"links? (to|with) (older|adult) (youths|males|boys|men|gang\w*)",
        r"work(s|ed|ing)? off (his|her|their|a|the) (\w+ )?debts?",
        _GENERIC_EXPLOITATION,
    ),
    ("to_child", "drug_alcohol"): _any(
        r"substance (mis)?use",
        r"substances",
        # drugs as what is carried or sold for others is exploitation, not the child's use
        r"(?<!county lines )(?<!selling )(?<!dealing )(?<!holding )(?<!carry )(?<!carrying )"
        r"(?<!carried )(?<!carries )(?<!deliver )(?<!delivering )(?<!supply )(?<!supplying )"
        r"(?<!transport )(?<!transporting )(?<!move )(?<!moving )\bdrugs?\b"
        r"(?! (running|dealing|lines|for))",
        r"alcohol",
        r"cannabis",
        r"drinking",
        r"\b(drank|drunk)\b",
        r"\bdrinks (heavily|to excess|most|every|daily|at)\b",
        r"solvents?",
        r"\b(weed|skunk|cocaine|crack|heroin|ketamine|mdma|ecstasy|nitrous oxide|laughing gas)\b",
        r"\bsniff\w* (glue|gas|aerosols?|lighter fluid|solvents?|petrol)\b",
        r"\b(methadone|subutex|buprenorphine)\b",  # opioid substitution
        r"\bintoxicated\b|\bunder the influence\b|\bstoned\b",
        r"\bdrug use",
        r"\b(smoke|use drugs|take drugs) (or|and) drink\b|\bdrink (or|and) (smoke|use drugs)\b",
    ),
    ("to_child", "eating_disorder"): _any(
        r"eating disorder",
        r"eating (difficult(y|ies)|problems?|issues?|concerns?)",
        r"disordered eating",
        r"anorexi\w*",
        r"bulimi\w*",
        r"\barfid\b",
        r"restrict\w* (her |his |their )?(food|eating|diet)",
        r"restrict\w* (what|how much) (she|he|they) eats?\b",
        r"\bmak(e|es|ing) (her|him|them)sel(f|ves) sick\b",
        r"\bbinge[- ]?eat\w*",
        r"\brefus\w* (food|to eat|meals|(her|his|their) meals)\b",
        r"\bvomit\w* after (meals|eating|food|every meal|(her|his|their) meals)\b",
        r"\bexercis\w* (excessively|obsessively|compulsively)\b",
        r"\b(low bmi|bmi (is )?(very |dangerously )?low)\b",
        r"\bpurg(e|es|ed|ing)\b",
        # "no concerns about her eating", "CAMHS have concerns about his eating"
        r"\bconcerns? (about|regarding|around|re|with) (her|his|their) (eating|food intake|diet)\b",
    ),
    ("to_child", "missing"): _any(
        r"go(es|ing)? missing",
        r"went missing",
        r"missing (episodes?|from (home|care|placement))",
        r"\bmissing\b(?! (information|details?|documents?|data|fields?))",
        r"abscond\w*",
        r"\bmf[hc]\b",  # "MFH episodes": missing from home (or care)
        r"\bmisper\b",  # police: a missing person
        r"run(s|ning)? away",
        r"ran away",
        r"(leav(es|ing)|left) (school|home|the placement|placement|the house)"
        r" (at lunch\w*|during the (school )?day|without (permission|telling))",
        r"(ran|runs?|running) (off |away )?from (school|home|care|(the |his |her |their )?"
        r"(placement|carers?|children's home|unit))",
        r"stay(s|ed|ing)? out (overnight|all night|late|without permission)",
        r"absent without (permission|authority|consent)",
        r"unauthori[sz]ed absences?",
        # police shorthand: missing from home / care ("MFH episodes", "MFC")
        r"\bmf[hc]\b",
    ),
    ("to_others", "physical_harm"): _any(
        r"physical(ly)? aggress\w*",
        r"aggressi\w*",
        r"violen(t|ce)",
        r"(?<!sexually )(?<!sexual )(?<!indecent )\bassault\w*",
        r"\b(abh|gbh|(actual|grievous) bodily harm|wounding)\b",
        r"physical harm",
        # "Harm to others (physical or sexual)", "physical or sexual harm"
        r"(harm|risks?) to others\W+physical",
        r"\bphysical(ly)? (or|and|/) sexual(ly)? harm",
        r"threat\w* (to|of) (harm|hurt|kill|stab|assault|attack)",
        r"(?:gets? into|getting into|got into) fights",
        r"(hits?|hitting|lash\w*|punch\w*|kick\w*|bit|bites|biting|hurt\w*|injur\w*|threaten\w*"
        r"|attack\w*|slap\w*|headbutt\w*|stab\w*"
        r"|fights? with|fighting with|fought with)"
        r" (out|others|staff|carers|peers|people|anyone|someone|another (child|young person|pupil)"
        r"|(other|younger|smaller) (children|pupils|young people|kids|residents|boys|girls|students"
        r"|siblings)"
        r"|(a|his|her|their) (carer|peer|teacher|member of staff|sibling|brother|sister"
        r"|(step-?)?(mum|mother|dad|father)|nan|grandparents?|partner|support worker"
        r"|classmates?|friends?|boy|girl|pupil|student|younger child)s?)\b",
        # "throws objects at carers", "threw a chair at a teacher"
        r"\b(throws?|threw|throwing) ([\w-]+ ){0,2}at (others|staff|carers|peers|people|teachers?"
        r"|(a|his|her|their) (carer|peer|teacher|member of staff|sibling|brother|sister"
        r"|(step-?)?(mum|mother|dad|father)|support worker)s?)\b",
    ),
    ("to_others", "sexual_harm"): _any(
        r"harmful sexual(ised)? behaviou?r",
        r"\bhsb\b",
        r"sexually harmful",
        r"sexual harm",
        r"(harm|risks?) to others\W+(physical(ly)? (or|and|/) )?sexual",
        r"\bsexual(ly)? (or|and|/) physical(ly)? harm",
        r"sexuali[sz]ed behaviou?r",
        # "touched a younger child inappropriately", "sexually assaulted a peer"
        r"\btouch\w*\b[^.;]{0,30}\b(sexually|inappropriately)\b",
        r"\b(sexual|inappropriate) touching\b",
        r"\bsexually inappropriate\b|\binappropriate sexual\w*",
        r"\bsexual risk (to|towards)\b|\bposes? a sexual risk\b",
        r"\bsexual (comments|remarks|gestures)\b",
        r"\bsexually (abus|assault)\w*",
        r"\bexpos(es|ed|ing) (him|her|them)sel(f|ves)\b|\bindecent (exposure|assault)\b",
    ),
    ("to_others", "fire_setting"): _any(
        r"fire[- ]?setting",
        r"\barson\w*",
        r"sets? fires?",
        r"setting fires?",
        r"starting fires?",
        r"\b(set|sets|started|starts|lit|lights) (an?|small|several|a few|two|three) fires?",
        r"\b(started|starts|starting|set|sets) (the |\w+ )?fires? (in|at|on)\b",
        r"\bthreat\w* to (burn|set fire)\w*",
        r"\b(lit|lighting|started|starting|set|setting) fires\b",
        r"\b(setting|starting|lighting) (an?|the) fire\b",
        r"\bfires? (have |has )?(been )?(set|started|lit)\b",
        r"\bburn(t|ed|s|ing)? (down )?(\w+ ){0,2}(property|furniture|bins?|cars?|curtains|mattress"
        r"|building|house|home|school)\b",
        r"\bset (light|fire) to\b|\bset\b[^.;]{0,25}\b(alight|ablaze|on fire)\b",
        r"\bset(s|ting)? fire to\b",
        r"fire starting",
    ),
    ("to_others", "harm_to_animals"): _any(
        r"(harm\w*|cruel\w*|hurt\w*|injur\w*|kick\w*|kill\w*|strangl\w*|abus\w*|squeez\w*"
        r"|hit|hits|hitting|threw|throw\w*|tortur\w*|torment\w*|drown\w*|stamp\w*"
        r"|mistreat\w*|rough with|(poured|sprayed|threw|throw\w*) \w+ (on|over|at))"
        r"( (to|towards))?( the| an?| his| her| their)?( \w+(?:'s|s'))?( family)?"
        r" (animals?|pets?|cats?|dogs?|kittens?|pupp(y|ies)|rabbits?|hamsters?|birds?"
        r"|guinea pigs?)\b",
        r"animal (cruelty|abuse|welfare)",
        r"(risks?|danger|threat) (to|towards) (animals|pets)",
        r"(harm|cruelty|violence) (to|towards) (animals|pets)",
    ),
    ("to_others", "criminal_exploitation"): _any(
        r"(exploit\w*|recruit\w*|groom\w*|coerc\w*) (of )?(an? )?"
        r"(other|younger|peers|vulnerable)\w*",
        r"criminal exploitation of others",
        # "drawing other young people into offending", "involving peers in county lines"
        r"(involv|draw|drag|introduc|bring|pull|lead|lur|encourag|pressur|recruit|get)\w*"
        r" (other |younger |vulnerable )*(peers|young people|children|pupils|others|boys|girls"
        r"|residents|friends)\b[^.;]{0,20}\b(offending|crime|criminal\w*|county lines"
        r"|drug (dealing|running)|gang\w*|(hold|carry|sell|deal|deliver|run|move|stash)\w* drugs)",
        r"(exploit|recruit)\w* (and|or|/) (exploit|recruit)\w* (other|younger|peers)",
        r"\b(exploit|recruit)\w*\s*/\s*(exploit|recruit)\w* (other|younger|peers)\w*",
    ),
}
RISK_TERMS = {key: re.compile(pattern, re.IGNORECASE) for key, pattern in _RISK_PATTERNS.items()}

# A bare topic word that stands for its risk only where risks are being listed (a list
# of risks' short names, or a label in a risks section): "Animals: kicked the dog",
# "CSE / CCE / eating: none". Elsewhere "Animals" asks about pets.
RISK_SHORTHAND = {
    "eating": ("Eating disorder", ("to_child", "eating_disorder")),
    "animals": ("Harm to animals", ("to_others", "harm_to_animals")),
    "violence": ("Violence to others", ("to_others", "physical_harm")),
    "fire": ("Fire setting", ("to_others", "fire_setting")),
}

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
    ),
    "negation": _any(
        r"\bno (known|current|reported|evidence|history|concerns?|indication|issues?|incidents?"
        r"|episodes?|reports?|risks?|information)\b",
        r"\bnone( known| identified| reported)?\b",
        r"\bnot (known|a concern|an issue|been|identified|reported|considered)\b",
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
        r"\bn/a\b",
        r"\bnothing (is |has been |was )?(known|reported|recorded|noted|to suggest|to indicate"
        r"|suggests|indicat\w*)",
        r"\bnot (aware|suggest\w*|indicat\w*)\b",
        r"\bthere (is|are) no\b",
        r"\bno (evidence|indication|suggestion)s? (of|that|to suggest)\b",
        r"\bno\b(?!\s+longer\b)",
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
        r"\bno longer\b",
        r"\bceased\b",
        r"\bresolved\b",
        r"\bthere (is|was) a (previous |past )?history of\b",
        r"\bdischarged from\b",
    ),
    "suspected": _any(
        r"\bpossibl[ey]\b",
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
        r"\bintel\b(?![^()]*\))",
        r"\bthreat\w* to (burn|set fire)",  # a threat, not yet a fire
        r"\bsm(elt|elled|ell(s|ing)?) (of )?",  # smelt on her, not seen
        r"\b(has been |have been |is |are )linked (to|with)\b",
        # "due to CSE concerns": a risk's concerns, not a finding
        r"\b(cse|cce|hsb|exploitation|county lines|self[- ]harm|missing|drugs?|alcohol|eating"
        r"|fire[- ]setting)\s+concerns?\b(?!\s+(are|is|remain) (current|ongoing|confirmed))",
        r"\bmay (be|have|try|attempt|seek|target)\b",
        r"\bmight\b",
        r"\bthought to\b",
        r"\bunconfirmed\b|\bunverified\b",
        r"\breports? (suggest|indicate)\w*",
        r"\bindicators? of\b",
        r"\bvulnerable to\b",
        r"\bcould be\b",
        r"\bpotential\w*\b",
        r"\bworr(ies|ied)\b|\b(?<!an )(?<!a )(?<!ongoing )worry\b",
        r"\bquer(y|ied)\b",
        # "Adults worry she is skipping meals; not assessed", "reports ...; not witnessed"
        # (the verb: "an ongoing worry for the team" is a present risk)
        r"\bworr(y|ies|ied) (that|about|whether|(she|he|they|\w+) (is|are|has|have|may|might))\b",
        r"\bnot (yet )?(assessed|confirmed|substantiated|witnessed|verified|proven)\b",
    ),
}
CUES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _CUE_PATTERNS.items()}

THIRD_PARTY = re.compile(
    _any(
        r"\b(mum|mother|mom|dad|father|parents?|step-?(mum|mother|dad|father|parent)"
        r"|brothers?|sisters?|siblings?|uncle|aunt(ie)?|grand(mother|father|ma|pa|parents?)|nan"
        r"|cousins?|nephews?|nieces?|neighbou?rs?"
        r"|partner|boyfriend|girlfriend|carers?|family members?|adults? in the home"
        r"|birth family|household members?)('s)?\b",
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
