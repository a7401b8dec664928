"""The words for each of the eleven standard risks, kept as data.

One entry per risk: its abbreviations (matched as whole words), its terms in the plain
phrase notation of :mod:`~hearth_referrals.documents.rules.phrases` (each word brings
its inflections), and the few patterns that need more than a phrase (a word that counts
only in some company). Add a word here, not a regex elsewhere.

Sources: the Placements Data Standard's risk definitions (standards/); common UK
safeguarding abbreviations as local safeguarding children partnerships' glossaries
list them (CSE, CCE, CAWN, NRM, MFH, MISPER, RHI, DSH, HSB, AIM, ABH, GBH, PWITS, OCG,
APVA); police and youth justice shorthand for offences; CAMHS and eating disorder
service terms (ARFID, CEDS, BMI, purging); and the street words children's services
record (county lines, going country, plugging, trap house, cuckooing, spice, nos).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["GENERIC_EXPLOITATION", "VOCABULARY", "Vocabulary"]


@dataclass(frozen=True, slots=True)
class Vocabulary:
    terms: tuple[str, ...]
    abbreviations: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    source: str = ""


# Words for exploitation that do not say which kind: they stand for both kinds of the
# child's exploitation unless the text names one ("NRM made for CCE").
GENERIC_EXPLOITATION = Vocabulary(
    terms=("=exploited",),
    patterns=(
        r"(?<!sexual )(?<!criminal )(?<!sexually )(?<!criminally )\bexploitation\b"
        r"(?! of (others|younger|peers|other))",
    ),
    source="Modern Slavery Act 2015 and the NRM; LSCP exploitation guidance",
)

_SELF_HARM = Vocabulary(
    abbreviations=("dsh", "s/h", "nssi"),
    terms=(
        "self harm",
        # a form's row for it: "Harm to self", "Risk of injury to self"
        "harm|injury|danger to self",
        "self injure|injury|injurious|injuring",
        "self inflict|inflicted",
        "cut {self}",
        "cut [{poss}] [{poss}] {body}",
        "fresh|new|superficial|deep|self-inflicted cut|scratch|burn|wound|mark|scar|laceration"
        " on|to|across [{poss}] [{poss}] {body}",
        "cut|scar on|to|across {poss} [{poss}] arm|forearm|wrist|thigh|leg|stomach",
        "overdose",
        "harm|hurt|injure|burn|hang|strangle|suffocate|drown|poison|stab|starve|punch|bite|hit"
        "|scratch|choke|headbutt {self}",
        # a grid row's "Hurts self", "Harming self": the bare word, no pronoun
        "hurt|harm|injure self",
        "attempt|try to kill {self}",
        "suicide|suicidal",
        "end|take|kill her|his|their [own] life",
        "ligature",
        "scratch {poss} {body}",
        "head bang|banging",
        "bang {poss} head against|on",
        "until it|they bleed",
        "until {poss} {body} bleed",
        "urge to cut|harm",
        "be|been|is|was|keep|continue|start|stop cutting",
        "cut deeper",
        "tie ~2 around {poss} neck",
        "swallow [{det}] batteries|blades|glass|screws|objects",
        "jump from|off ~2 bridge|building|car park|multi-storey",
    ),
    patterns=(
        r"^\W*cutting\b(?=\s*[(:\-\u2013])",
        r"\b(took|taken|take|takes|taking) an? od\b|\bod'?(s|d|ed)?\b(?= (of|on)\b)",
        r"\b(took|taken|swallowed|ingested)\s+(an? )?(\d\d+|handful|quantity|large number|lot"
        r"|bottle|packet|box)\b[^.;]{0,30}\b(tablets|pills|paracetamol|medication|capsules"
        r"|ibuprofen)\b",
        # suicidal talk: "said he wanted to die", "wishes she was dead", "talks about dying"
        r"\b(want|wants|wanted|wanting|wish|wishes|wished|wishing) to "
        r"(die(?! (his|her|their|my|the|it)\b)|be dead(?! tired)"
        r"|end it( all)?|kill (him|her|them)sel(f|ves))\b",
        r"\bwish(es|ed|ing)? (he|she|they|that (he|she|they)) (was|were|had been)"
        r" (dead|never born)\b",
        r"\b(talks?|talked|talking|spoke|speaks|speaking) (about|of) (dying|death|suicide"
        r"|killing (him|her|them)sel(f|ves)|ending (his|her|their) life)\b",
    ),
    source="NICE NG225 (self-harm) terms; CAMHS and EDT shorthand (DSH, OD, NSSI)",
)

_SEXUAL_EXPLOITATION = Vocabulary(
    abbreviations=("cse", "cawn", "cawns", "csae", "csea"),
    terms=(
        "sexual|sexually exploitation|exploit",
        "exploit sexually",
        "sexual|sexually or|and|/ criminal|criminally exploit|exploitation",
        "sexting",
        "child abduction warning notice",
        "in exchange|return for sex",
        "paid|pay for sex",
        "traffick ~4 for sex|sexual",
        "make|force|coerce|pressure|pressurise|trick|groom|manipulate into|to have|perform sex"
        "|sexual",
        "coerce|force|pressure|groom|trick|manipulate into sex|sexual",
        "transactional sex",
        "sextortion",
        "pass around|between ~3 for sex",
        "older boyfriend",
        "much older boyfriend",
        # a child's own profile names it in the child's words: "people taking advantage of
        # me sexually"
        "take advantage of [me|her|him|them] sexually",
    ),
    patterns=(
        r"\bgroom(ed|ing)\b(?!\s+(of\s+)?(an?\s+)?(others|younger|peers|other))"
        r"(?!\s+into\s+(dealing|selling|crime|criminal|county|gangs?|carrying|running|offending"
        r"|stealing|shoplifting))",
        # an older man's lifts, gifts or money: the pattern grooming takes
        r"\bolder (man|men|males?|boyfriend)\b[^.;]{0,30}\b(lifts?|gifts?|presents?|money|phones?"
        r"|alcohol|cigarettes)\b",
        r"\b(lifts?|gifts?|presents?|money) from (an? )?older (man|men|males?)\b",
        r"\b(relationship|going out) with an? (1[89]|[2-9]\d)[- ]year[- ]old"
        r"(?! (girl|boy|woman|female))\b",
        r"\bolder (man|men|males?)('s|s'|')?\s+(flats?|houses?|homes?|cars?|address(es)?)\b",
        r"\b(raped|sexually (assaulted|abused))\b[^.;]{0,12}\bby (an? )?(older|adult|unknown"
        r"|several|a group of) (m[ae]n|males?|boys?|adults?)\b",
        r"\bsexual (activity|acts?|favours)\b[^.;]{0,30}\b(in return|in exchange|for (money|drugs"
        r"|alcohol|gifts|cigarettes))\b",
        r"\b(sexual|indecent|explicit|nude|naked|intimate) (images|photos|pictures|videos|selfies)"
        r"\b[^.;]{0,40}\b(men|males|adults?|strangers|online|older)\b",
        # "met an adult male online", "talking online to older men": grooming by its signs
        r"\b(adult|older) (males?|men|man)\b[^.]{0,40}\bonline\b",
        r"\bonline\b[^.]{0,40}\b(adult|older) (males?|men|man)\b",
    ),
    source="DfE 'Child sexual exploitation' (2017) definition; police CAWN guidance",
)

_CRIMINAL_EXPLOITATION = Vocabulary(
    abbreviations=("cce", "ocg", "pwits", "pwit"),
    terms=(
        "criminal|criminally or|and|/ sexual|sexually exploit|exploitation",
        "exploit criminally",
        # in the child's words: "people making me do crime for them"
        "make|force|pressure|get me|her|him|them [to] do|commit crime|crimes|offences",
        "county line|lines",
        "go|goes|going|went|gone country",
        "drug running",
        "drug|drugs runner",
        "runner for",
        "carry|run|deliver|transport|move|hold|stash|plug drugs|class|packages|parcels",
        "plug|plugging drugs",
        "trap house",
        "cuckoo|cuckooing|cuckooed",
        "sell|deal|hold drugs|cannabis|class",
        "drug dealing",
        "deal line",
        "line phone",
        "run|hold a line",
        "drug debt",
        "debt bondage",
        "gang involvement|affiliation|affiliated|activity|member|related|associated",
        "drug mule|mules",
        "stash house",
        "bando|bandos",
        "shotting|shotter|shotters",
        "go|going|went =ot",
        "organised|organized crime",
        "possession with intent",
        "intent to supply",
        "steal|shoplift|rob|offend for older|adult|other",
        "shoplift to order",
        "cash work",
        "cash in hand work",
        "link to|with older|adult youths|males|boys|men|gang|gangs",
        "work off her|his|their|a|the ~1 debt",
        "groom into dealing|selling|crime|county|gang|gangs|carrying|running|offending",
        "exploit|use by [{det}] ~2 gang|ocg|dealers|dealer to",
    ),
    patterns=(
        r"criminal(ly)? exploit\w*+(?! (of )?(others|younger|peers|other))",
        r"(?<!sexually )\bexploited by (an? |the )?(\w+ ){0,2}(gangs?|ocg|dealers?)\b",
        r"\bplugg(ed|ing)\b(?! (in|into|it|away|the gap)\b)",
        r"\b(large |significant )(quantit(y|ies)|amounts?) of (drugs|cannabis|cocaine|crack"
        r"|heroin|class a)\b",
        r"\b(wraps|deal bags) of (drugs|cannabis|cocaine|crack|heroin|class a)\b",
        r"\b(involved|involvement|links?|linked)\b[^.;]{0,30}\bgangs?\b",
        r"\btraffick\w*(?![^.;]{0,40}\bsex)",
    ),
    source="Home Office county lines guidance (2023); NRM statutory guidance",
)

_DRUG_ALCOHOL = Vocabulary(
    abbreviations=("thc", "ket", "mdma", "xanax"),
    terms=(
        "substance misuse|use|abuse",
        "substances",
        "alcohol",
        "cannabis",
        "=drinking",
        "=drank|drunk",
        "drink heavily|most|every|daily|at",
        "drink to excess",
        "binge drink",
        "solvent|solvents",
        "weed|skunk|cocaine|crack|heroin|ketamine|ecstasy|spice|benzo|benzodiazepine|valium",
        "nitrous oxide|nitrous",
        "laughing gas",
        "=nos canister|canisters|cannisters|balloons",
        "sniff|inhale|huff glue|gas|aerosol|aerosols|lighter|solvent|solvents|petrol|balloons",
        "methadone|subutex|buprenorphine",
        "intoxicated",
        "under the influence",
        "stoned",
        "drug use|misuse",
        "personal use",
        "smoke or|and drink",
        "use|take drugs or|and drink",
        "drink or|and smoke|use",
        "vape|vaping cannabis|weed|thc",
        "smoke joints|spliffs|bongs",
        "spliff|spliffs",
        "test positive for",
        "hungover|hangover",
        "drink cider|vodka|beer|lager|wine|spirits|alcohol",
        "mephedrone|amphetamine|amphetamines|lsd",
        "magic mushrooms",
        "legal high|highs",
        "smoke puff|zoots|ganja",
        "take|sniff|snort|use coke",
        "snort ~2 cocaine|coke|ket|ketamine|powder|lines",
    ),
    patterns=(
        # drugs as what is carried or sold for others is exploitation, not the child's use
        r"(?<!county lines )(?<!selling )(?<!dealing )(?<!holding )(?<!carry )(?<!carrying )"
        r"(?<!carried )(?<!carries )(?<!deliver )(?<!delivering )(?<!supply )(?<!supplying )"
        r"(?<!transport )(?<!transporting )(?<!move )(?<!moving )\bdrugs?\b"
        r"(?! (running|dealing|lines|for|debts?|warrants?|raids?|searche?s?|dogs?|runners?))",
    ),
    source="FRANK drug names and street names; NHS alcohol terms",
)

_EATING_DISORDER = Vocabulary(
    abbreviations=("arfid", "ceds", "osfed", "ednos"),
    terms=(
        "eating disorder",
        "eating difficulty|difficulties|problem|issue|concern",
        # asked the other way round: "any problem with eating?", "difficulties with her food"
        "difficulty|problem|issue with [her|his|their] eating|food",
        "eating behaviour|behaviours|behavior|behaviors",
        "hoard food",
        "disordered eating",
        "restrictive eating",
        "anorexia|anorexic",
        "bulimia|bulimic",
        "pica",
        "restrict ~2 food|eating|diet|intake|calories|meals",
        "restrict what|how much she|he|they eat|eats",
        "make {self} sick",
        "binge eat",
        "binge and purge",
        "refuse food|meals",
        "refuse to eat",
        "refuse her|his|their meals",
        "vomit after meals|eating|food",
        "vomit after every|her|his|their meal|meals",
        "exercise excessively|obsessively|compulsively",
        "low bmi",
        "bmi [is] [very|dangerously] low",
        "purge",
        "count calories",
        "calorie counting",
        "ng tube|feeding",
        "nasogastric",
        "food refusal",
        "overeating|over-eating",
        "comfort eating",
        "stop eating",
        "laxative misuse|abuse",
        "take|use laxatives",
        "concern about|regarding|around|re|with [her|his|their] eating|food|diet",
        "concern about|regarding|around|re|with [her|his|their] food intake",
    ),
    source="NICE NG69 (eating disorders); CAMHS CEDS referral terms",
)

_MISSING = Vocabulary(
    abbreviations=("mfh", "mfc", "misper", "mispers", "awol", "rhi"),
    terms=(
        "go|goes|going|went|gone =missing",
        "missing episode|episodes",
        "=missing from home|care|placement",
        "abscond",
        "absconder|absconders",
        "run away",
        "run [off|away] from school|home|care|placement|carers|unit",
        "run [off|away] from the|his|her|their placement|carers|carer|unit|home",
        "run [off|away] from the children's home",
        # a plain row name: "Running off"
        "run off",
        "leave|left [the] school|home|placement|house at lunch|lunchtime",
        "leave|left [the] school|home|placement|house without permission|telling",
        # where an unaccompanied child or a young person in a unit is staying
        "leave|left [the] hotel|hostel|unit|lodgings overnight",
        "leave|left [the] hotel|hostel|unit|lodgings without telling|permission|saying|consent",
        "leave|left [the] school|home|placement|house during the [school] day",
        "stay out overnight|late",
        "stay out all night",
        "stay out without permission",
        "absent without permission|authority|consent",
        "unauthorised|unauthorized absence",
        # a bare "whereabouts unknown" is as often a parent's address: the child's
        # whereabouts are unknown for a time, or often
        "whereabouts [are|were|is] unknown|unaccounted overnight|for|until|since",
        "whereabouts [are|were|is] not known overnight|for|until|since",
        "whereabouts are|were|is often|frequently|regularly|repeatedly|sometimes"
        " unknown|unaccounted",
        "whereabouts are|were|is often|frequently|regularly|repeatedly|sometimes not known",
        "concern about|regarding|re [her|his|their] whereabouts",
        "fail to return",
        "not return home",
        "not return by curfew",
        "not return to [the|her|his|their] placement|unit|home|carers",
        "absent from placement|home|care",
        "absent from the|her|his|their placement|home|unit|house",
        "absent person|episode|episodes",
        "sofa surf",
        "stay at unknown addresses|address",
        "return interview",
        "unaccounted for",
    ),
    patterns=(
        r"\bmissing\b(?! (information|details?|documents?|data|fields?|(her|his|their) "
        r"(mum|mother|dad|father|nan|gran|family|friends?|sister|brother|home)))",
    ),
    source="College of Policing missing persons APP (MFH, MISPER, absent); DfE statutory "
    "guidance on children who run away or go missing (RHI)",
)

_PHYSICAL_HARM = Vocabulary(
    abbreviations=("abh", "gbh", "apva", "cpv"),
    terms=(
        "physical|physically aggression|aggressive",
        "aggression|aggressive|aggressively",
        "violent|violence|violently",
        "actual|grievous bodily harm",
        "wounding",
        "physical harm",
        "physical|physically or|and|/ sexual|sexually harm",
        "threat|threaten to|of harm|hurt|kill|stab|assault|attack",
        "get|got|getting into fights",
        "hit|lash|punch|kick|bite|hurt|injure|threaten|attack|slap|headbutt|stab|strangle"
        "|choke|push|shove|beat|batter|throttle|bully|thump {person}",
        "fight with {person}",
        "lash|hit|strike|kick out",
        "serious youth violence",
        "physical altercation|altercations",
        "physically abusive",
        "brandish|wave|pull|wield [{det}] {weapon}",
        "scratch|pinch|nip|smack|strike|elbow|intimidate {person}",
        "throw ~2 at {person}",
        "spit at {person}",
        "affray",
        "robbery",
        "threat|threaten ~3 with [{det}] {weapon}",
    ),
    patterns=(
        r"(?<!sexually )(?<!sexual )(?<!indecent )\bassault\w*",
        r"(harm|risks?) to others\W+physical",
        r"\b(for|of|with|common) battery\b",
    ),
    source="Youth justice offence names (ABH, GBH, affray, robbery); APVA/CPV guidance",
)

_SEXUAL_HARM = Vocabulary(
    abbreviations=("hsb", "shb", "iioc"),
    terms=(
        "harmful sexual|sexualised behaviour|behavior",
        "sexualised|sexualized harm",
        "sexually harmful",
        # a plain row name: "Sexual behaviour that harms (others)"
        "sexual behaviour|behavior that harm|hurt",
        "sexual harm",
        "sexually harm",
        "sexual|sexually or|and|/ physical|physically harm",
        "sexualised|sexualized behaviour|behavior",
        "touch ~4 sexually|inappropriately",
        "sexually|inappropriately touch",
        "sexual|inappropriate touching",
        "sexually inappropriate",
        "inappropriate sexual|sexualised",
        "sexual risk to|towards",
        "pose a sexual risk",
        "sexual comments|remarks|gestures",
        "sexually abuse|abusive|assault",
        "expose {self}",
        "indecent exposure|assault",
        "indecent images of children",
        "indecent images of a child",
        "upskirt|upskirting",
        "share ~2 nude|indecent|intimate|sexual image|images|photo|photos|picture|video|nudes"
        " of {person}",
        "aim|aim2|aim3 assessment",
        "rape {person}",
        "sexual offence|offences|offending",
        "sex offender|offenders",
        "voyeurism",
    ),
    patterns=(
        r"(harm|risks?) to others\W+(physical(ly)? (or|and|/) )?sexual",
        r"\b(rape|sexual assault|sexually assault\w*) of (an? )?(\d+|\w+)[- ]year[- ]old",
        r"\b(for|of|with) rape\b",
    ),
    source="NSPCC / Hackett continuum of harmful sexual behaviour; AIM Project assessments",
)

_FIRE_SETTING = Vocabulary(
    terms=(
        "fire setting|setter|setters",
        "arson|arsonist",
        "set|start|light [{det}] =fire|fires",
        "set off {det} =fire|fires",
        "set|start =fire|fires in|at|on",
        "threat|threaten to burn",
        "threat|threaten to set fire",
        "=fire|fires [have|has] [been] set|started|lit",
        "set light|fire to",
        "set ~4 alight|ablaze",
        "set ~4 on =fire",
        "torched|torching",
        "burn [down] ~2 property|furniture|bin|bins|car|cars|curtains|mattress|building|house"
        "|home|school|pillow|bed|paper|shed",
        "fire starting",
        "fire raising|raiser",
        "deliberate fire|fires",
        "burn things|items|objects|paper|rubbish",
        "fascinate|fascination ~2 fire|fires|lighters|matches",
        # a health passport's "Any interest in fire?"
        "interest in fire|fires|lighters|matches",
        "play with fire|lighters|matches",
    ),
    source="Fire and rescue services' youth firesetter intervention terms",
)

_HARM_TO_ANIMALS = Vocabulary(
    terms=(
        "harm|cruel|cruelty|hurt|injure|kick|kill|strangle|abuse|squeeze|hit|throw|torture"
        "|torment|drown|stamp|mistreat|tease|choke|stone|poke|beat|punch|shake [to|towards|on]"
        " {whose} {animal}",
        "injury|injuries to|towards|on {whose} {animal}",
        "throw ~2 at {whose} {animal}",
        "rough with {whose} {animal}",
        "pour|spray|throw ~1 on|over|at {whose} {animal}",
        "harm|cruelty|cruel|violence|violent|risk|danger|threat to|towards {whose} {animal}",
        "animal cruelty|abuse|welfare",
        # a form's row name: "Animal harm", "Animal abuse"
        "animal harm|hurting|injury",
        # in a child's words: "being unkind to animals", "nasty to the dog"
        "unkind|nasty|mean to|towards {whose} {animal}",
    ),
    source="RSPCA and NSPCC guidance linking animal cruelty to child welfare",
)

_EXPLOITS_OTHERS = Vocabulary(
    terms=(
        "criminal exploitation of others",
        # in a child's words: "getting other kids into trouble"
        "get|lead|draw other|younger kid|child|peer into trouble",
        "get|lead|draw others into trouble",
        "use {person} as runners|runner|lookouts|couriers|mules",
        "pressure|get|make|force|encourage|use|groom|push|persuade {person} ~3 to|into steal"
        "|sell|deal|carry|hold|run|shoplift|commit|offend|stash|move",
    ),
    patterns=(
        r"(exploit\w*|recruit\w*|groom\w*|coerc\w*) (of )?(an? )?"
        r"(other|younger|peers|vulnerable)\w*",
        # "drawing other young people into offending", "involving peers in county lines"
        r"(involv|draw|drag|introduc|bring|pull|lead|lur|encourag|pressur|recruit|get)\w*"
        r" (of )?(other |younger |vulnerable )*(peers|young people|children|pupils|others"
        r"|boys|girls|residents|friends)\b[^.;]{0,20}\b(offending|crime|criminal\w*|county lines"
        r"|drug (dealing|running)|gang\w*|(hold|carry|sell|deal|deliver|run|move|stash)\w* drugs)",
        r"(exploit|recruit)\w* (and|or|/) (exploit|recruit)\w* (other|younger|peers)",
        # a risk's short name for it: "drawing others in", "pulling peers into crime"
        r"(involv|draw|drag|pull|bring|lur|recruit)\w* (of )?(other |younger )*(peers|others"
        r"|young people|children) in(to)?(?=\s*($|[-\u2013\u2014:;,(?]|crime|offending))",
        r"\b(exploit|recruit)\w*\s*/\s*(exploit|recruit)\w* (other|younger|peers)\w*",
        # "had younger boys carrying for him", "has other children running drugs for her"
        r"\b(had|has|have|having|with|uses|used) (other |younger |vulnerable )*(peers|young"
        r" people|children|boys|girls|kids|pupils) (carrying|dealing|running|selling|holding"
        r"|stashing|shoplifting|stealing)( drugs| knives| weapons)? for (him|her|them)\b",
    ),
    source="Home Office county lines guidance: children who recruit or control others",
)

VOCABULARY: dict[tuple[str, str], Vocabulary] = {
    ("to_child", "self_harm"): _SELF_HARM,
    ("to_child", "sexual_exploitation"): _SEXUAL_EXPLOITATION,
    ("to_child", "criminal_exploitation"): _CRIMINAL_EXPLOITATION,
    ("to_child", "drug_alcohol"): _DRUG_ALCOHOL,
    ("to_child", "eating_disorder"): _EATING_DISORDER,
    ("to_child", "missing"): _MISSING,
    ("to_others", "physical_harm"): _PHYSICAL_HARM,
    ("to_others", "sexual_harm"): _SEXUAL_HARM,
    ("to_others", "fire_setting"): _FIRE_SETTING,
    ("to_others", "harm_to_animals"): _HARM_TO_ANIMALS,
    ("to_others", "criminal_exploitation"): _EXPLOITS_OTHERS,
}
