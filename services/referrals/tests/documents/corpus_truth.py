"""Fictional referrals for the labelled corpus: the truth, and the words to say it.

Two phrase books: ``A`` for the tuning corpus and ``B`` (different wording, other
synonyms) for the held-out set, so rules cannot be tuned to the held-out phrasing.
Every name, reference and number here is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

FIRST = {
    "male": [
        "Liam",
        "Noah",
        "Kai",
        "Tyler",
        "Jayden",
        "Ethan",
        "Mason",
        "Reece",
        "Callum",
        "Harvey",
        "Oliver",
        "Leo",
        "Alfie",
        "Ryan",
        "Dylan",
    ],
    "female": [
        "Amelia",
        "Chloe",
        "Ella",
        "Jade",
        "Maisie",
        "Ruby",
        "Skye",
        "Lacey",
        "Poppy",
        "Freya",
        "Isla",
        "Mia",
        "Holly",
        "Leah",
        "Zara",
    ],
}
LAST = [
    "Smith",
    "Brown",
    "Taylor",
    "Walker",
    "Hughes",
    "Patel",
    "Khan",
    "Wilson",
    "Evans",
    "Thompson",
    "Roberts",
    "Clarke",
    "Okafor",
    "Nowak",
    "Murphy",
    "Baker",
    "Ahmed",
]
WORKERS = [
    "Sarah Jenkins",
    "Mark Davies",
    "Priya Shah",
    "Tom Fletcher",
    "Grace Obi",
    "Helen Carter",
    "James Moore",
    "Nadia Hussain",
    "Rachel Green",
    "David Kerr",
]
MANAGERS = ["Paul Webb", "Linda Foster", "Ken Adams", "Sue Mills"]
# (code, canonical name, spellings used by the forms)
AUTHORITIES = [
    ("E10000016", "Kent", ["Kent County Council", "KCC", "Children's Services, Kent", "Kent"]),
    ("E10000012", "Essex", ["Essex County Council", "ECC", "Essex Children and Families"]),
    (
        "E08000025",
        "Birmingham",
        ["Birmingham City Council", "Birmingham Children's Trust", "Birmingham"],
    ),
    ("E09000012", "Hackney", ["London Borough of Hackney", "Hackney Council", "LB Hackney"]),
    ("E06000043", "Brighton and Hove", ["Brighton & Hove City Council", "Brighton and Hove"]),
    ("E10000032", "West Sussex", ["West Sussex County Council", "WSCC"]),
    ("E08000035", "Leeds", ["Leeds City Council", "Leeds Children's Services"]),
    ("E06000047", "County Durham", ["Durham County Council", "County Durham"]),
    ("E10000030", "Surrey", ["Surrey County Council", "Surrey Children's Services"]),
    ("E08000003", "Manchester", ["Manchester City Council", "Manchester"]),
    ("E06000023", "Bristol", ["Bristol City Council", "Bristol"]),
    ("E10000024", "Nottinghamshire", ["Nottinghamshire County Council", "Notts County Council"]),
]
LEGAL = {
    "V2": ["S20", "Section 20", "s.20 (accommodated)", "Accommodated under section 20"],
    "C1": ["ICO", "Interim Care Order", "interim care order (s38)"],
    "C2": ["Full Care Order", "Care Order (s31)", "FCO"],
    "J1": ["Remanded", "Remanded to LA accommodation", "remand"],
    "E1": ["Placement Order"],
}
SETTINGS = {
    "fostering": ["Foster placement", "Fostering", "IFA foster care"],
    "residential": ["Residential", "Children's home", "Residential children's home"],
    "parent_and_child": ["Parent and child"],
    "supported_accommodation": ["Supported accommodation", "Semi-independent"],
}
DURATIONS = {
    "short_term": ["Short term", "Short-term"],
    "long_term": ["Long term", "Long-term"],
    "respite": ["Respite"],
    "permanence": ["Permanence"],
}
RISKS = [
    ("to_child", "self_harm"),
    ("to_child", "sexual_exploitation"),
    ("to_child", "criminal_exploitation"),
    ("to_child", "drug_alcohol"),
    ("to_child", "eating_disorder"),
    ("to_child", "missing"),
    ("to_others", "physical_harm"),
    ("to_others", "sexual_harm"),
    ("to_others", "fire_setting"),
    ("to_others", "harm_to_animals"),
    ("to_others", "criminal_exploitation"),
]
RISK_WORDS = {
    "A": {
        "self_harm": ["self-harm", "self harm"],
        "sexual_exploitation": ["CSE", "sexual exploitation"],
        "criminal_exploitation": ["CCE", "criminal exploitation"],
        "drug_alcohol": ["substance misuse", "drug use"],
        "eating_disorder": ["an eating disorder", "anorexia"],
        "missing": ["going missing", "missing episodes"],
        "physical_harm": ["physical aggression", "violence towards others"],
        "sexual_harm": ["harmful sexual behaviour", "HSB"],
        "fire_setting": ["fire-setting", "fire setting"],
        "harm_to_animals": ["harm to animals", "cruelty to animals"],
        "criminal_exploitation_others": [
            "exploiting younger children",
            "recruiting peers into offending",
        ],
    },
    "B": {
        "self_harm": ["self-injury", "overdoses"],
        "sexual_exploitation": ["sexual exploitation", "child sexual exploitation"],
        "criminal_exploitation": ["county lines", "criminal exploitation"],
        "drug_alcohol": ["cannabis use", "alcohol misuse"],
        "eating_disorder": ["bulimia", "disordered eating"],
        "missing": ["absconding", "running away"],
        "physical_harm": ["assaults on staff", "aggressive outbursts"],
        "sexual_harm": ["sexualised behaviour towards others", "harmful sexual behaviour"],
        "fire_setting": ["arson", "setting fires"],
        "harm_to_animals": ["hurting pets", "animal cruelty"],
        "criminal_exploitation_others": ["grooming younger peers", "recruiting others to offend"],
    },
}
PHRASES = {
    "A": {
        "present": [
            "{Name} has a current risk of {w}.",
            "There have been recent incidents of {w}.",
            "{w_cap} is a current concern and is managed through a safety plan.",
        ],
        "historical": [
            "{Name} has not been involved in {w} for over {n} months.",
            "There is a historic concern around {w}; the last incident was {n} years ago.",
            "{w_cap} was an issue in the past.",
        ],
        "suspected": [
            "Intelligence suggests possible {w}.",
            "There are concerns that {Name} may be at risk of {w}.",
        ],
        "none_known": [
            "No known history of {w}.",
            "{w_cap}: None known.",
            "There are no concerns regarding {w}.",
        ],
    },
    "B": {
        "present": [
            "{w_cap} is an ongoing worry for the team.",
            "{Name} presents with {w}.",
            "Staff report frequent {w} this month.",
        ],
        "historical": [
            "{w_cap} was previously a feature but has ceased.",
            "When {he} was younger there was {w}; no incidents since {year}.",
        ],
        "suspected": [
            "Police intelligence indicates {w} is possible.",
            "It is suspected that {Name} is vulnerable to {w}.",
        ],
        "none_known": [
            "{Name} denies any {w}.",
            "There is no evidence of {w}.",
            "{w_cap} - nil known.",
        ],
    },
}
TRAPS_B = [
    "Stepdad misuses alcohol daily.",
    "Her sister has an eating disorder.",
    "His uncle was jailed for assault.",
    "Mum reports that she self-harmed as a teenager.",
]
TRAPS = [
    "Mum has a long history of substance misuse.",
    "Dad has convictions for violence.",
    "Her older brother is known to be involved in county lines.",
    "Mother has a history of self-harm and overdoses.",
    "The family home was subject to an arson attack by a neighbour.",
]
SCHOOLS = [
    "Oakwood Academy",
    "St Mary's C of E Primary",
    "Hillview School",
    "Riverside College",
    "Park Lane Primary School",
    "Castle Hill High School",
]
HEALTH = [
    "ADHD, takes methylphenidate",
    "Asthma (inhaler)",
    "No known health needs",
    "Awaiting CAMHS assessment",
    "Type 1 diabetes",
]
HISTORY_TYPES = [
    "Foster placement",
    "Residential children's home",
    "Kinship placement",
    "Foster placement (IFA)",
]
REASONS = [
    "Carer gave notice due to behaviour",
    "Planned move in line with care plan",
    "Allegation against carer",
    "Carer retired",
    "Placement breakdown",
]
FAMILY = [
    ("mum", "weekly", True),
    ("dad", "fortnightly", True),
    ("siblings", "monthly", False),
    ("grandmother", "weekly", False),
]
FREQ_WORDS = {"weekly": "once a week", "fortnightly": "every two weeks", "monthly": "monthly"}


@dataclass
class Child:
    first_name: str
    last_name: str
    date_of_birth: date
    gender: str
    legal_status: str
    legal_words: str
    school: str | None
    health: str | None
    family_time: list[tuple[str, str, bool]] | None
    history: list[tuple[str, date, date, str]] | None
    risks: dict[tuple[str, str], str] = field(default_factory=dict)


@dataclass
class Truth:
    key: str
    phrasebook: str
    la_code: str
    la_words: str
    la_reference: str
    referral_date: date
    worker: str
    worker_email: str
    worker_phone: str
    setting: str
    setting_words: str
    urgency: str
    duration: str
    start_date: date | None
    children: list[Child]
    traps: list[str] = field(default_factory=list)
    stated_age_error: int = 0  # a contradiction: the stated age differs from the DOB's
    urgency_left_open: bool = False  # "Emergency / Planned" left whole
    placeholder_dob: bool = False  # an empty content control where the DOB should be

    def age(self, child: Child) -> int:
        born, on = child.date_of_birth, self.referral_date
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def risk_sentence(
    rng: random.Random, book: str, key: tuple[str, str], state: str, child: Child
) -> str:
    word_key = (
        "criminal_exploitation_others" if key == ("to_others", "criminal_exploitation") else key[1]
    )
    word = rng.choice(RISK_WORDS[book][word_key])
    template = rng.choice(PHRASES[book][state])
    return template.format(
        Name=child.first_name,
        w=word,
        w_cap=word[0].upper() + word[1:],
        n=rng.choice([12, 18, 24]),
        year=rng.choice([2019, 2020, 2021]),
        he="he" if child.gender == "male" else "she",
    )


def make_truth(rng: random.Random, key: str, book: str, siblings: int) -> Truth:
    code, _name, spellings = rng.choice(AUTHORITIES)
    referral_date = date(2025, 1, 6) + timedelta(days=rng.randrange(300))
    last = rng.choice(LAST)
    children = []
    # Siblings share a placement history here, as the forms give it once for the group.
    history = None
    if rng.random() < 0.7:
        history = []
        end = referral_date - timedelta(days=rng.randrange(5, 60))
        for _ in range(rng.randrange(0, 5)):
            start = end - timedelta(days=rng.randrange(60, 500))
            history.append((rng.choice(HISTORY_TYPES), start, end, rng.choice(REASONS)))
            end = start - timedelta(days=rng.randrange(1, 30))
    for _ in range(siblings):
        gender = rng.choice(["male", "female"])
        legal = rng.choice(list(LEGAL))
        age_days = rng.randrange(3 * 365, 17 * 365)
        children.append(
            Child(
                first_name=rng.choice(
                    [n for n in FIRST[gender] if n not in {c.first_name for c in children}]
                ),
                last_name=last,
                date_of_birth=referral_date - timedelta(days=age_days),
                gender=gender,
                legal_status=legal,
                legal_words=rng.choice(LEGAL[legal]),
                school=rng.choice(SCHOOLS) if rng.random() < 0.75 else None,
                health=rng.choice(HEALTH) if rng.random() < 0.7 else None,
                family_time=(
                    rng.sample(FAMILY, rng.randrange(1, 3)) if rng.random() < 0.8 else None
                ),
                history=history,
            )
        )
    risk_states = {
        k: rng.choice(
            ["present", "historical", "suspected", "none_known", "none_known", "not_stated"]
        )
        for k in RISKS
    }
    for child in children:
        child.risks = dict(risk_states)
    worker = rng.choice(WORKERS)
    domain = spellings[0].split()[0].lower().replace("&", "")
    setting = rng.choice(
        [
            "fostering",
            "fostering",
            "fostering",
            "residential",
            "supported_accommodation",
            "parent_and_child",
        ]
        if siblings == 1
        else ["fostering"]
    )
    start = referral_date + timedelta(days=rng.choice([0, 0, 1, 3, 7, 14, 28]))
    return Truth(
        key=key,
        phrasebook=book,
        la_code=code,
        la_words=rng.choice(spellings),
        la_reference=f"{rng.choice(['MOS', 'LCS', 'CR', ''])}{rng.randrange(100000, 999999)}",
        referral_date=referral_date,
        worker=worker,
        worker_email=f"{worker.split()[0].lower()}.{worker.split()[1].lower()}@{domain}.gov.uk",
        worker_phone=rng.choice(["07700 900", "01632 960", "020 7946 0"])
        + str(rng.randrange(100, 999)),
        setting=setting,
        setting_words=rng.choice(SETTINGS[setting]),
        urgency="emergency" if (start - referral_date).days <= 1 else "planned",
        duration=rng.choice(list(DURATIONS)),
        start_date=start,
        children=children,
        traps=rng.sample(TRAPS if book == "A" else TRAPS_B, rng.randrange(0, 3)),
    )
