"""Generate the FROZEN evaluation set of fictional LA referral documents.

    uv run python services/referrals/tests/documents/training_f/make_frozen.py

Written by an independent test helper who has not read the document reader (see
README.md). Every person, phone number, email address and reference here is fictional;
the local authorities are real English LAs named as their documents name themselves.
The output is deterministic (seeded) and is committed; the set is FROZEN: never tune
the reader against it, and never edit it to suit the reader.
"""

from __future__ import annotations

import io
import json
import random
import textwrap
from copy import deepcopy
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
RNG = random.Random(20261204)
FIXED = datetime(2026, 12, 4, 1, 0, 0)  # document timestamps in metadata

RISKS_CHILD = [
    "self_harm",
    "sexual_exploitation",
    "criminal_exploitation",
    "drug_alcohol",
    "eating_disorder",
    "missing",
]
RISKS_OTHERS = [
    "physical_harm",
    "sexual_harm",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation",
]
ALL_RISKS = [f"to_child/{n}" for n in RISKS_CHILD] + [f"to_others/{n}" for n in RISKS_OTHERS]
RISK_LABEL = {
    "to_child/self_harm": "Self-harm",
    "to_child/sexual_exploitation": "Child sexual exploitation (CSE)",
    "to_child/criminal_exploitation": "Child criminal exploitation (CCE) / county lines",
    "to_child/drug_alcohol": "Substance misuse (drugs / alcohol)",
    "to_child/eating_disorder": "Eating disorder",
    "to_child/missing": "Missing from home / care",
    "to_others/physical_harm": "Physical aggression / violence to others",
    "to_others/sexual_harm": "Harmful sexual behaviour",
    "to_others/fire_setting": "Fire setting / arson",
    "to_others/harm_to_animals": "Harm to animals",
    "to_others/criminal_exploitation": "Exploiting / recruiting other children",
}
SHORT_LABEL = {
    "to_child/self_harm": "Self-harm",
    "to_child/sexual_exploitation": "CSE",
    "to_child/criminal_exploitation": "CCE",
    "to_child/drug_alcohol": "Drugs/alcohol",
    "to_child/eating_disorder": "Eating",
    "to_child/missing": "Missing episodes",
    "to_others/physical_harm": "Violence to others",
    "to_others/sexual_harm": "HSB",
    "to_others/fire_setting": "Fire setting",
    "to_others/harm_to_animals": "Animals",
    "to_others/criminal_exploitation": "Exploiting other children",
}
RISK_PROMPT = {
    "to_child/self_harm": "Is there a history of self-harm?",
    "to_child/sexual_exploitation": "Are there any concerns about sexual exploitation?",
    "to_child/criminal_exploitation": "Is the young person at risk of criminal exploitation?",
    "to_child/drug_alcohol": "Does the young person use drugs or alcohol?",
    "to_child/eating_disorder": "Any concerns about eating / an eating disorder?",
    "to_child/missing": "Has the young person ever gone missing?",
    "to_others/physical_harm": "Has the young person been physically violent to others?",
    "to_others/sexual_harm": "Any harmful sexual behaviour?",
    "to_others/fire_setting": "Any history of fire setting?",
    "to_others/harm_to_animals": "Has the young person harmed animals?",
    "to_others/criminal_exploitation": "Has the young person drawn other children into crime?",
}
PHRASES = {
    "to_child/self_harm": {
        "present": "{n} has cut {his} forearms three times in the last month, most recently "
        "on {recent}; superficial, treated at home.",
        "historical": "{n} self-harmed (scratching) in 2022 while living at home. None since 2023.",
        "suspected": "School have seen marks on {n}'s wrists; {n} denies self-harm. Suspected, "
        "not confirmed.",
        "none_known": "No known self-harm.",
    },
    "to_child/sexual_exploitation": {
        "present": "{n} is open to the exploitation team; seen getting into cars with older "
        "males; NRM referral made.",
        "historical": "CSE concerns in 2024 (older boyfriend), closed by the exploitation panel "
        "in March 2025.",
        "suspected": "Possible CSE: {n} has new phone and clothes and will not say where they "
        "came from.",
        "none_known": "No CSE concerns.",
    },
    "to_child/criminal_exploitation": {
        "present": "{n} was found in Hull in possession of cannabis wraps and cash; county lines "
        "involvement, NRM positive grounds.",
        "historical": "Was linked to a local gang in 2024 and arrested once; no concerns since "
        "January 2025.",
        "suspected": "Police intelligence suggests {n} may be running for older youths; not "
        "evidenced.",
        "none_known": "No concerns.",
    },
    "to_child/drug_alcohol": {
        "present": "Smokes cannabis daily and has come home intoxicated with alcohol at weekends.",
        "historical": "Used cannabis in 2024; has been abstinent since the summer of 2024.",
        "suspected": "School staff have smelt cannabis on {his} clothes; {n} denies use.",
        "none_known": "None known.",
    },
    "to_child/eating_disorder": {
        "present": "Restricts food intake; under CAMHS eating disorder service, weekly weigh-ins.",
        "historical": "Food restriction in 2023, worked with CAMHS; resolved, none since 2023.",
        "suspected": "Adults worry {n} is skipping meals and hiding food; not assessed.",
        "none_known": "No concerns.",
    },
    "to_child/missing": {
        "present": "{n} has gone missing 7 times since September 2026, usually overnight, "
        "returning the next morning.",
        "historical": "Went missing twice in 2024; none since 2024.",
        "suspected": "Unaccounted for for several hours after school; not reported missing.",
        "none_known": "Has never been reported missing.",
    },
    "to_others/physical_harm": {
        "present": "Has assaulted an adult (punching) and a peer at school this term; needs "
        "consistent de-escalation.",
        "historical": "Hit out at a teacher in Year 6 (2022); none since 2023.",
        "suspected": "Siblings say {n} hits them when adults are not present; not witnessed.",
        "none_known": "No aggression to others.",
    },
    "to_others/sexual_harm": {
        "present": "Harmful sexual behaviour towards a younger child (August 2026); "
        "AIM3 assessment under way; must be the youngest in placement.",
        "historical": "Sexualised behaviour at primary school in 2021, worked through with "
        "school nurse; nothing since.",
        "suspected": "Concerns raised about inappropriate online contact with younger children; "
        "being assessed.",
        "none_known": "No known harmful sexual behaviour.",
    },
    "to_others/fire_setting": {
        "present": "Set fire to a bin in {his} bedroom on {recent}.",
        "historical": "Set fire to paper at home in 2022; none since 2022.",
        "suspected": "Lighters found in {his} room; no fires.",
        "none_known": "None.",
    },
    "to_others/harm_to_animals": {
        "present": "Has kicked the family dog on two occasions; cannot live with pets.",
        "historical": "Was unkind to a family cat when aged 7; no concerns since.",
        "suspected": "Birth mother reports {n} hurt the family hamster; not witnessed by others.",
        "none_known": "No concerns around animals.",
    },
    "to_others/criminal_exploitation": {
        "present": "Has recruited younger peers to carry drugs (police intelligence, October "
        "2026).",
        "historical": "In 2024 encouraged a younger cousin to shoplift; none since.",
        "suspected": "Possibly introducing peers to older males; unconfirmed.",
        "none_known": "No.",
    },
}
FREQ_TEXT = {
    "daily": ["every day (video call)", "daily phone calls"],
    "several_times_a_week": ["twice a week", "three times a week", "2x weekly"],
    "weekly": ["once a week", "weekly", "every Saturday"],
    "fortnightly": ["fortnightly", "every other Sunday", "once a fortnight"],
    "monthly": ["monthly", "once a month", "first Saturday of the month"],
    "less_often": ["three times a year", "twice a year (letterbox at other times)"],
    "to_be_agreed": ["to be agreed at the placement planning meeting"],
}
LEGAL_TEXT = {
    "C1": ["Interim Care Order (s.38)", "ICO", "Interim care order granted 03/09/2026"],
    "C2": ["Full Care Order (s31 CA 1989)", "Care Order", "S31 Care Order"],
    "V2": ["Section 20", "S20 - accommodated with parental consent", "Voluntary (s.20 CA 1989)"],
    "E1": ["Placement Order"],
    "J1": ["Remanded to local authority accommodation (LASPO s.92)"],
    "L1": ["Police Protection (s46)"],
    "L2": ["Emergency Protection Order"],
}
SETTING_TEXT = {
    "fostering": ["Foster care", "Fostering (IFA)", "Mainstream fostering"],
    "residential": [
        "Residential children's home",
        "Residential",
        "Children's home (Ofsted registered)",
    ],
    "parent_and_child": ["Parent and child placement (fostering)"],
    "secure": ["Secure children's home (welfare bed)"],
    "supported_accommodation": ["Supported accommodation (16+)"],
}
DURATION_TEXT = {
    "short_term": ["Short term", "Short-term (until final hearing)"],
    "long_term": ["Long term", "Long-term / permanent"],
    "respite": ["Respite (short breaks)"],
    "permanence": ["Permanence (long-term matched)"],
}
NUMBER_WORDS = {
    0: "no",
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
}

# ---------------------------------------------------------------- local authorities
# (ONS code, how the document names the LA in its heading or signature, email subdomain)
LAS = {
    "wigan": ("E08000010", "Wigan MBC", "wigan"),
    "stockport": ("E08000007", "Stockport Metropolitan Borough Council", "stockport"),
    "lancs": ("E10000017", "Lancashire CC", "lancashire"),
    "notts": ("E10000024", "Notts CC", "nottscc"),
    "nottm": ("E06000018", "Nottingham City Council", "nottinghamcity"),
    "derbys": ("E10000007", "Derbyshire County Council", "derbyshire"),
    "bham": ("E08000025", "Birmingham Children's Trust", "birminghamchildrenstrust"),
    "sandwell": ("E08000028", "Sandwell Children's Trust", "sandwellchildrenstrust"),
    "slough": ("E06000039", "Slough Children First", "sloughchildrenfirst"),
    "bcp": ("E06000058", "BCP Council", "bcpcouncil"),
    "banes": ("E06000022", "B&NES Council", "bathnes"),
    "rbkc": ("E09000020", "RBKC", "rbkc"),
    "cwac": ("E06000050", "CWaC", "cheshirewestandchester"),
    "sefton": ("E08000014", "Sefton MBC", "sefton"),
    "calderdale": ("E08000033", "Calderdale MBC", "calderdale"),
    "surrey": ("E10000030", "Surrey County Council", "surreycc"),
    "lincs": ("E10000019", "Lincolnshire County Council", "lincolnshire"),
    "eryc": ("E06000011", "East Riding of Yorkshire Council", "eastriding"),
    "hackney": ("E09000012", "London Borough of Hackney", "hackney"),
    "torbay": ("E06000027", "Torbay Council", "torbay"),
    "essex": ("E10000012", "Essex CC", "essex"),
    "westnorthants": (
        "E06000062",
        "Northamptonshire Children's Trust on behalf of West Northamptonshire Council",
        "nctrust",
    ),
    "sunderland": ("E08000024", "Together for Children (Sunderland)", "togetherforchildren"),
    "leicester": ("E06000016", "Leicester City Council", "leicester"),
    "leics": ("E10000018", "Leicestershire County Council", "leics"),
    "stoke": ("E06000021", "Stoke-on-Trent City Council", "stoke"),
    "bristol": ("E06000023", "Bristol City Council", "bristol"),
    "wolves": ("E08000031", "City of Wolverhampton Council", "wolverhampton"),
    "hull": ("E06000010", "Hull City Council", "hullcc"),
    "cumberland": ("E06000063", "Cumberland Council", "cumberland"),
    "croydon": ("E09000008", "Croydon Council", "croydon"),
    "kent": ("E10000016", "Kent CC", "kent"),
    "wakefield": ("E08000036", "Wakefield Council", "wakefield"),
    "newcastle": ("E08000021", "Newcastle City Council", "newcastle"),
    "torfaen_like_herts": ("E10000015", "Herts CC", "hertfordshire"),
    "tameside": ("E08000008", "Tameside MBC", "tameside"),
    "kirklees": ("E08000034", "Kirklees Council", "kirklees"),
    "doncaster": ("E08000017", "City of Doncaster Council", "doncaster"),
    "northumberland": ("E06000057", "Northumberland County Council", "northumberland"),
}

FIRST_F = [
    "Maisie",
    "Leah",
    "Amira",
    "Chloe",
    "Tia",
    "Skye",
    "Ruby",
    "Zara",
    "Holly",
    "Keira",
    "Ella",
    "Nevaeh",
    "Layla",
    "Jess",
    "Precious",
    "Aisha",
    "Lacey",
    "Poppy",
    "Esme",
]
FIRST_M = [
    "Kayden",
    "Tyler",
    "Jayden",
    "Reece",
    "Mason",
    "Callum",
    "Ashton",
    "Kian",
    "Riley",
    "Brandon",
    "Ibrahim",
    "Tomasz",
    "Leon",
    "Harvey",
    "Jamal",
    "Alfie",
    "Oscar",
    "Dylan",
]
LAST = [
    "Hargreaves",
    "Okafor",
    "Whitfield",
    "Kowalczyk",
    "Brennan",
    "Ashworth",
    "Mensah",
    "Pickering",
    "Doyle",
    "Farrell",
    "Nwosu",
    "Lindqvist",
    "Rahman",
    "Tranter",
    "Gallagher",
    "Sutcliffe",
    "Adeyemi",
    "McGowan",
    "Pearce",
    "Holroyd",
    "Quinlan",
    "Bexley-Shaw",
]
SW_NAMES = [
    "Rebecca Tomlinson",
    "Daniel Osei",
    "Hannah Blackwood",
    "Priya Raman",
    "Gareth Lloyd",
    "Ngozi Eze",
    "Claire Fairbrother",
    "Marcus Jennings",
    "Sophie Vaughan",
    "Imran Siddiqui",
    "Lauren Pike",
    "Tomasz Nowicki",
    "Bethany Marsh",
    "Olu Adebayo",
    "Fiona Cartwright",
    "Jamie Rowntree",
    "Aaliyah Grant",
    "Stephen Hollis",
    "Karen Mbeki",
    "Natalie Brook",
    "Joseph Kemal",
    "Rachel Dunmore",
    "Emma Castleton",
    "Ravinder Gill",
    "Ciaran Walsh",
]
MANAGERS = [
    "Andrea Whitmore",
    "Paul Okonjo",
    "Denise Farley",
    "Mark Ellison",
    "Yasmin Qureshi",
    "Helen Stroud",
    "Kwame Boateng",
    "Lisa Marchetti",
]
PRIMARY = [
    "Westgate Primary School",
    "Brookside Primary Academy",
    "Marsh Lane Junior School",
    "Holy Trinity CE Primary School",
    "Beechwood Infant School",
    "Riverside Special School",
    "St Oswald's RC Primary School",
]
SECONDARY = [
    "Oakfield Academy",
    "St Bede's RC High School",
    "Highfield Community College",
    "Canal Side Academy",
    "Northgate High School",
    "The Grange Pupil Referral Unit",
    "Kingsmead Secondary School",
    "Park View Academy",
    "Riverside Special School",
]

_phone_used: set[str] = set()


def phone(mobile: bool | None = None) -> str:
    while True:
        n = RNG.randint(0, 999)
        if mobile if mobile is not None else RNG.random() < 0.35:
            value = f"07700 900{n:03d}"
        else:
            value = f"01632 960{n:03d}"
        if value not in _phone_used:
            _phone_used.add(value)
            return value


def email_for(name: str, la: str) -> str:
    first, last = name.lower().replace("'", "").split(" ", 1)
    last = last.replace(" ", "").replace("-", "")
    return f"{first}.{last}@{LAS[la][2]}.example.gov.uk"


def dmy(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def long_date(d: date) -> str:
    day = d.day
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix} {d.strftime('%B %Y')}"


def his(child: dict) -> str:
    return "his" if child["gender"] == "male" else "her"


def he(child: dict) -> str:
    return "he" if child["gender"] == "male" else "she"


# ---------------------------------------------------------------- cases
def make_child(
    gender: str,
    age: int,
    ref_day: date,
    *,
    legal: str | None = "C1",
    risks: dict | None = None,
    risk_keys: int | str = "all",
    family: list | None = "auto",
    no_contact: list | None = None,
    history: int | None = "auto",
    school: str | None = "auto",
    health: str | None = "auto",
    dob_known: bool = True,
    last: str | None = None,
) -> dict:
    first = RNG.choice(FIRST_M if gender == "male" else FIRST_F)
    dob = ref_day - timedelta(days=365 * age + RNG.randint(20, 300))
    child = {
        "first": first,
        "last": last or RNG.choice(LAST),
        "gender": gender,
        "dob": dob if dob_known else None,
        "age": age,
        "legal": legal,
        "ethnicity": RNG.choice(
            [
                "White British",
                "Mixed White and Black Caribbean",
                "Black African",
                "Pakistani",
                "White Polish",
                "White Irish",
            ]
        ),
        "religion": RNG.choice(["None", "Christian (Catholic)", "Muslim", "Not known"]),
        "_ref_day": ref_day,
    }
    if school == "auto":
        school = RNG.choice(PRIMARY if age < 11 else SECONDARY) if age >= 4 else None
    child["school"] = school
    child["year"] = max(age - 4, 0)
    if health == "auto":
        health = RNG.choice(
            [
                "Diagnosed with ADHD (2023), takes methylphenidate each morning.",
                "Asthma (blue inhaler as needed). Otherwise fit and well; dental check due.",
                "No known health needs; immunisations up to date.",
                "Diagnosed with FASD (foetal alcohol spectrum disorder) and attachment difficulties; "
                "CAMHS involved.",
                "Eczema, uses emollients. Awaiting ASD assessment (not diagnosed).",
            ]
        )
    child["health"] = health
    if risks is None:
        keys = ALL_RISKS if risk_keys == "all" else RNG.sample(ALL_RISKS, int(risk_keys))
        risks = {}
        for key in keys:
            risks[key] = RNG.choices(
                ["none_known", "present", "historical", "suspected"], [5, 2, 2, 1]
            )[0]
    child["risks"] = risks
    if family == "auto":
        family = [("Mother", RNG.choice(list(FREQ_TEXT)[1:5]), RNG.random() < 0.7)]
        if RNG.random() < 0.5:
            family.append(
                ("Maternal grandmother", RNG.choice(["weekly", "fortnightly", "monthly"]), False)
            )
    child["family"] = family
    child["no_contact"] = no_contact or []
    if history == "auto":
        # a child on a care or placement order has usually been placed before
        history = RNG.choice([1, 2, 3, 4] if legal in ("C2", "E1") else [0, 1, 2, 3, 4])
    child["history"] = history
    return child


def make_case(la: str, ref_day: date | None, children: list, **kw) -> dict:
    sw = kw.pop("sw", None) or RNG.choice(SW_NAMES)
    case = {
        "la": la,
        "ref": kw.pop("ref", f"{RNG.randint(100000, 999999)}"),
        "ref_label": kw.pop("ref_label", "Mosaic ID"),
        "date": ref_day,
        "sw": {"name": sw, "email": email_for(sw, la), "phone": phone()},
        "manager": (lambda m: {"name": m, "email": email_for(m, la), "phone": phone(False)})(
            RNG.choice(MANAGERS)
        ),
        "setting": "fostering",
        "urgency": "planned",
        "duration": "long_term",
        "start": None,
        "needed_by": None,
        "children": children,
        "unclear": [],
        "extra_missing": [],
        "drop_missing": [],
    }
    case.update(kw)
    if case["start"] is None and ref_day is not None and "no_start" not in kw:
        case["start"] = ref_day + timedelta(days=RNG.choice([0, 2, 7, 14, 21]))
    return case


# ---------------------------------------------------------------- truth
def needed_by(case: dict) -> str | None:
    if case.get("needed_by_form"):
        return case["needed_by_form"]
    if case["start"] and case["date"]:
        days = (case["start"] - case["date"]).days
        return "today" if days <= 0 else "within_5_days" if days <= 5 else "later"
    return None


def truth(case: dict, file: str, style: str) -> dict:
    if case.get("scanned"):
        return {
            "la_code": None,
            "la_reference": None,
            "referral_date": None,
            "social_worker": {"name": None, "email": None, "phone": None},
            "placement": {
                k: None for k in ("setting", "urgency", "duration", "start_date", "needed_by")
            },
            "children": [],
            "unclear": [],
            "missing": [],
            "needs_ocr": True,
            "style": style,
            "file": file,
        }
    missing = []
    if not case["ref"]:
        missing.append("/la_reference")
    for name in ("urgency", "duration"):
        if case[name] is None:
            missing.append(f"/placement/{name}")
    if case["start"] is None:
        missing.append("/placement/start_date")
    children = []
    for i, c in enumerate(case["children"]):
        base = f"/children/{i}"
        if not c["legal"]:
            missing.append(f"{base}/legal_status")
        if not c["gender"]:
            missing.append(f"{base}/gender")
        if not c["dob"]:
            missing.append(f"{base}/date_of_birth")
        if not c["risks"]:
            missing.append(f"{base}/risks")
        else:
            missing += [f"{base}/risks/{k}" for k in ALL_RISKS if k not in c["risks"]]
        if c["family"] is None:
            missing.append(f"{base}/family_time")
        if c["history"] is None:
            missing.append(f"{base}/placement_history")
        if not c["school"]:
            missing.append(f"{base}/school")
        if not c["health"]:
            missing.append(f"{base}/health_needs")
        child = {
            "first_name": c["first"],
            "last_name": c["last"],
            "date_of_birth": c["dob"].isoformat() if c["dob"] else None,
            "age_years": None if c["dob"] else c["age"],
            "gender": c["gender"],
            "legal_status": c["legal"],
            "school": c["school"],
            "family_time_count": None if c["family"] is None else len(c["family"]),
            "placement_history_count": c["history"],
            "risks": dict(c["risks"]),
            "health": bool(c["health"]),
        }
        if c["family"] is not None:
            child["family_time"] = [
                {"with": w.split(" (")[0].lower(), "frequency": f, "supervised": s}
                for w, f, s in c["family"]
            ]
        if c["no_contact"]:
            child["no_contact_with"] = [w.lower() for w, _ in c["no_contact"]]
        children.append(child)
    missing = [m for m in missing + case["extra_missing"] if m not in case["drop_missing"]]
    la = LAS[case["la"]][0] if case["la"] else None
    return {
        "la_code": la,
        "la_reference": case["ref"] or None,
        "referral_date": case["date"].isoformat() if case["date"] else None,
        "social_worker": {k: case["sw"].get(k) for k in ("name", "email", "phone")},
        "placement": {
            "setting": case["setting"],
            "urgency": case["urgency"],
            "duration": case["duration"],
            "start_date": case["start"].isoformat() if case["start"] else None,
            "needed_by": needed_by(case),
        },
        "children": children,
        "unclear": case["unclear"],
        "missing": sorted(set(missing)),
        "style": style,
        "file": file,
    }


# ---------------------------------------------------------------- text helpers
def risk_phrase(key: str, state: str, child: dict) -> str:
    recent = (child.get("_ref_day") or date(2026, 10, 20)) - timedelta(days=9)
    return PHRASES[key][state].format(n=child["first"], his=his(child), recent=dmy(recent))


def family_text(child: dict) -> str:
    if child["family"] is None:
        return ""
    parts = []
    for who, freq, sup in child["family"]:
        how = RNG.choice(FREQ_TEXT[freq])
        s = "" if sup is None else ", supervised at the family centre" if sup else ", unsupervised"
        parts.append(f"{who}: {how}{s}")
    for who, why in child["no_contact"]:
        parts.append(f"No contact with {who.lower()} ({why})")
    if not parts:
        parts.append("No family time at present")
    return ". ".join(parts) + "."


def history_rows(child: dict, ref_day: date | None) -> list[list[str]]:
    rows = []
    end = ref_day or date(2026, 10, 1)
    for i in range(child["history"] or 0):
        start = end - timedelta(days=RNG.randint(60, 300))
        current = i == 0
        kind = (
            "In-house foster carers (emergency placement)"
            if current
            else RNG.choice(
                [
                    "IFA foster carers",
                    "In-house foster carers",
                    "Connected person (aunt)",
                    "Residential home",
                ]
            )
        )
        rows.append(
            [
                kind,
                dmy(start),
                "current" if current else dmy(end),
                "Placement ending - carers cannot meet needs"
                if current
                else RNG.choice(
                    [
                        "Carers' request",
                        "Planned move",
                        "Allegation against carer",
                        "Placement breakdown",
                    ]
                ),
            ]
        )
        end = start - timedelta(days=1)
    return list(reversed(rows))


def history_sentence(child: dict) -> str:
    n = child["history"]
    if n is None:
        return ""
    if n == 0:
        return (
            f"{child['first']} has not been looked after before; this will be {his(child)} "
            "first placement."
        )
    if n == 1:
        return (
            f"{child['first']} is in {his(child)} first placement (current foster carers "
            "since coming into care), which is ending."
        )
    return (
        f"{child['first']} has had {NUMBER_WORDS[n]} placements since coming into care, "
        "including the current one."
    )


def legal_text(child: dict) -> str:
    return RNG.choice(LEGAL_TEXT[child["legal"]]) if child["legal"] else ""


def school_text(child: dict) -> str:
    if not child["school"]:
        return ""
    if RNG.random() < 0.5 and child["age"] >= 5:
        return f"{child['school']}, Year {child['year']}"
    return child["school"]


# ---------------------------------------------------------------- renderers
FONT = "DejaVuSans"


def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(
        TTFont(FONT + "-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    )


def render_pdf(blocks: list, title: str, font: str = FONT) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("b", fontName=font, fontSize=9, leading=11)
    bold = ParagraphStyle("h", fontName=font + "-Bold", fontSize=11, leading=14, spaceBefore=6)
    big = ParagraphStyle("t", fontName=font + "-Bold", fontSize=14, leading=18)

    def para(text, style=body):
        return Paragraph(str(text).replace("&", "&amp;").replace("<", "&lt;"), style)

    story = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            story.append(para(block[1], big))
        elif kind == "h":
            story.append(para(block[1], bold))
        elif kind == "p":
            story.append(para(block[1]))
            story.append(Spacer(1, 3))
        elif kind in ("kv", "grid"):
            rows = block[1] if kind == "kv" else [block[1]] + block[2]
            widths = None
            if kind == "kv":
                ncol = max(len(r) for r in rows)
                widths = [48 * mm, 122 * mm] if ncol == 2 else [40 * mm, 65 * mm, 65 * mm][:ncol]
                if ncol == 4:
                    widths = [35 * mm, 50 * mm, 35 * mm, 50 * mm]
            data = [[para(c) for c in r] for r in rows]
            t = Table(data, colWidths=widths, hAlign="LEFT")
            style = [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
            if kind == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef5")))
            else:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 4))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        title=title,
        author="",
        creator="",
        producer="",
        invariant=1,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
    )
    doc.build(story)
    return out.getvalue()


def _set_core(document):
    document.core_properties.created = FIXED
    document.core_properties.modified = FIXED
    document.core_properties.last_printed = FIXED
    document.core_properties.author = "Children's Services"
    document.core_properties.last_modified_by = "Children's Services"
    document.core_properties.revision = 1


def _cc_xml(tag: str, text: str, *, checkbox: bool | None = None, empty: bool = False) -> str:
    from xml.sax.saxutils import escape

    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
    pr = f'<w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag.lower().replace(" ", "_"))}"/>'
    if empty:
        pr += "<w:showingPlcHdr/>"
        text = "Click or tap here to enter text."
    if checkbox is not None:
        pr += (
            f'<w14:checkbox><w14:checked w14:val="{1 if checkbox else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>'
        )
        text = "\u2612" if checkbox else "\u2610"
    return (
        f'<w:sdt xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" {w14}>'
        f'<w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">'
        f"{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def _fill_cell(cell, value):
    """value: str, or list of segments (text, {'strike':bool,'cc':tag,'box':bool,'empty':bool})."""
    from docx.oxml import parse_xml

    paragraph = cell.paragraphs[0]
    segments = value if isinstance(value, list) else [(str(value), {})]
    for text, opts in segments:
        if "cc" in opts:
            paragraph._p.append(
                parse_xml(
                    _cc_xml(
                        opts["cc"], text, checkbox=opts.get("box"), empty=opts.get("empty", False)
                    )
                )
            )
        else:
            lines = text.split("\n")
            for i, line in enumerate(lines):
                run = paragraph.add_run(line)
                if opts.get("strike"):
                    run.font.strike = True
                if opts.get("bold"):
                    run.bold = True
                if i < len(lines) - 1:
                    run.add_break()


def render_docx(blocks: list, header: str | None = None) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    _set_core(document)
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for block in blocks:
        kind = block[0]
        if kind == "title":
            document.add_heading(block[1], level=1)
        elif kind == "h":
            document.add_heading(block[1], level=2)
        elif kind == "p":
            p = document.add_paragraph()
            _fill_cell(type("C", (), {"paragraphs": [p]})(), block[1])
        elif kind in ("kv", "grid"):
            rows = block[1] if kind == "kv" else [block[1]] + block[2]
            ncol = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=ncol)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if (kind == "kv" and c % 2 == 0) or (kind == "grid" and r == 0):
                        value = [(value, {"bold": True})] if isinstance(value, str) else value
                    _fill_cell(table.cell(r, c), value)
            document.add_paragraph()
    out = io.BytesIO()
    document.save(out)
    return _normalise_zip(out.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so regeneration is byte-stable."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 4, 1, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def render_txt(blocks: list) -> bytes:
    lines = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            lines += [block[1].upper(), "=" * len(block[1]), ""]
        elif kind == "h":
            lines += ["", block[1], "-" * len(block[1])]
        elif kind == "p":
            lines += [*textwrap.wrap(_plain(block[1]), 90), ""]
        elif kind == "kv":
            for row in block[1]:
                for i in range(0, len(row), 2):
                    label, value = _plain(row[i]), _plain(row[i + 1]) if i + 1 < len(row) else ""
                    lines.append(f"{label + ':':<34}{value}")
        elif kind == "grid":
            lines.append(" | ".join(_plain(c) for c in block[1]))
            for row in block[2]:
                lines.append(" | ".join(_plain(c) for c in row))
            lines.append("")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _plain(value) -> str:
    if isinstance(value, list):
        return "".join(t for t, o in value if not o.get("strike"))
    return str(value)


def render_scanned_pdf(blocks: list) -> bytes:
    """An image-only PDF (a scan): the words exist only as pixels."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    text = render_txt(blocks).decode().replace("\r\n", "\n").splitlines()
    width, height = 1240, 1754
    image = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 17)
    y = 80
    for line in text[:70]:
        draw.text((70, y), line[:100], fill=30, font=font)
        y += 23
    noise = random.Random(len(text))
    for _ in range(3000):
        draw.point(
            (noise.randrange(width), noise.randrange(height)), fill=noise.randrange(120, 220)
        )
    image = image.rotate(0.7, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return out.getvalue()


def render_eml(headers: dict, body: str, attachments: list | None = None) -> bytes:
    msg = EmailMessage()
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    for name, data, mime in attachments or []:
        main, sub = mime.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    if attachments:
        msg.set_boundary(f"===============_{RNG.randint(10**15, 10**16)}==")
    return bytes(msg)


# ---------------------------------------------------------------- layouts (blocks)
def tickline(options: list[str], chosen: str) -> str:
    return "  ".join(("\u2612 " if o == chosen else "\u2610 ") + o for o in options)


def la_name(case) -> str:
    return LAS[case["la"]][1]


def child_kv_basic(c: dict, labels: dict) -> list:
    rows = [
        [labels.get("first", "First name"), c["first"]],
        [labels.get("last", "Surname"), c["last"]],
        [
            labels.get("dob", "Date of birth"),
            dmy(c["dob"]) if c["dob"] else labels.get("dob_unknown", "Not known"),
        ],
        [labels.get("gender", "Gender"), c["gender"].title()],
        ["Ethnicity", c["ethnicity"]],
        ["Religion", c["religion"]],
    ]
    return rows


def layout_art_panel(case: dict) -> list:
    """Access to Resources panel request (LA internal form sent to providers)."""
    c = case["children"][0]
    blocks = [
        ("title", f"{la_name(case)} - Children's Services"),
        ("p", "ACCESS TO RESOURCES PANEL - REQUEST FOR EXTERNAL PLACEMENT"),
        ("h", "Section 1: Referral details"),
        (
            "kv",
            [
                [case["ref_label"], case["ref"] or ""],
                ["Date of request", dmy(case["date"])],
                ["Allocated social worker", case["sw"]["name"]],
                ["SW telephone", case["sw"]["phone"]],
                ["SW email", case["sw"]["email"]],
                ["Team manager", f"{case['manager']['name']} ({case['manager']['phone']})"],
                [
                    "Team / area",
                    RNG.choice(
                        [
                            "Children in Care Team (South)",
                            "Safeguarding Team 3, North District",
                            "Child Protection & Court Team, Central Area",
                        ]
                    ),
                ],
            ],
        ),
        ("h", "Section 2: The child"),
        (
            "kv",
            [
                *child_kv_basic(c, {"first": "Forename(s)", "last": "Family name"}),
                ["Legal status", legal_text(c)],
                ["Education setting", school_text(c)],
            ],
        ),
        ("h", "Section 3: Family composition"),
        (
            "grid",
            ["Name", "Relationship", "DOB / age", "Lives"],
            [
                [f"{RNG.choice(FIRST_F)} {c['last']}", "Mother", "34", "Home address"],
                [f"{RNG.choice(FIRST_M)} {RNG.choice(LAST)}", "Father", "39", "HMP Risley"],
                [
                    f"{RNG.choice(FIRST_M)} {c['last']}",
                    "Half-brother",
                    "age 4",
                    "With mother (not subject of this referral)",
                ],
            ],
        ),
        ("h", "Section 4: Resource requested"),
        (
            "kv",
            [
                ["Type of placement", RNG.choice(SETTING_TEXT[case["setting"]])],
                ["Emergency or planned", (case["urgency"] or "").title()],
                [
                    "Length of placement",
                    RNG.choice(DURATION_TEXT[case["duration"]]) if case["duration"] else "",
                ],
                ["Date required from", dmy(case["start"])],
                [
                    "Current placement",
                    "Emergency placement with in-house foster carers (see history), ending"
                    if c["history"]
                    else "At home with mother (s47 enquiries ongoing)",
                ],
            ],
        ),
    ]
    blocks += risk_grid_blocks(c, style="yesno")
    blocks += [
        ("h", "Section 6: Health"),
        ("p", c["health"] or ""),
        ("h", "Section 7: Family time"),
        ("p", family_text(c)),
        ("h", "Section 8: Placement history"),
    ]
    if c["history"] is not None:
        blocks.append(
            (
                "grid",
                ["Placement", "From", "To", "Reason for ending"],
                history_rows(c, case["date"])
                or [["None - not previously looked after", "", "", ""]],
            )
        )
    blocks.append(
        (
            "p",
            "Parental risk: mother has a history of heroin use and overdose (2021); "
            "father has convictions for arson (2019) and violence.",
        )
    )
    return blocks


def risk_grid_blocks(c: dict, style: str) -> list:
    blocks = [("h", "Section 5: Risks and vulnerabilities")]
    if not c["risks"]:
        return [("p", "Risk assessment to follow.")]
    if style == "yesno":
        rows = []
        for key in ALL_RISKS:
            if key not in c["risks"]:
                continue
            state = c["risks"][key]
            answer = {
                "present": "Yes",
                "historical": "Historic",
                "suspected": "Suspected",
                "none_known": "No",
            }[state]
            rows.append(
                [
                    RISK_LABEL[key],
                    answer,
                    "" if state == "none_known" else risk_phrase(key, state, c),
                ]
            )
        blocks.append(("grid", ["Risk", "Yes / No / Historic", "Details"], rows))
    elif style == "ticks":
        rows = []
        for key in ALL_RISKS:
            if key not in c["risks"]:
                continue
            state = c["risks"][key]
            chosen = {
                "present": "Current",
                "historical": "Historic",
                "suspected": "Suspected",
                "none_known": "No known risk",
            }[state]
            rows.append(
                [
                    RISK_LABEL[key],
                    tickline(["Current", "Historic", "Suspected", "No known risk"], chosen),
                    "" if state == "none_known" else risk_phrase(key, state, c),
                ]
            )
        blocks.append(("grid", ["Area of risk", "Level", "Detail / evidence"], rows))
    elif style == "prompts":
        rows = []
        for key in ALL_RISKS:
            if key not in c["risks"]:
                continue
            state = c["risks"][key]
            answer = {
                "present": "Yes - ",
                "historical": "Yes, historically - ",
                "suspected": "Possibly - ",
                "none_known": "No",
            }[state]
            rows.append(
                [
                    RISK_PROMPT[key],
                    answer + ("" if state == "none_known" else risk_phrase(key, state, c)),
                ]
            )
        blocks.append(("kv", rows))
    elif style == "prose":
        sentences = [
            f"{SHORT_LABEL[k]}: " + (risk_phrase(k, s, c) if s != "none_known" else "none known.")
            for k, s in c["risks"].items()
        ]
        blocks.append(("p", " ".join(sentences)))
    return blocks


def layout_delete_choice(case: dict) -> list:
    """'Placement request form' with delete-as-appropriate choices (Word)."""
    c = case["children"][0]
    mode = case.get("delete_mode", "remove")

    def choice(options, chosen):
        if mode == "strike":
            segs = []
            for i, o in enumerate(options):
                segs.append((o, {"strike": o != chosen}))
                if i < len(options) - 1:
                    segs.append((" / ", {}))
            return segs
        if mode == "undeleted" or chosen is None:
            return " / ".join(options) + "  (delete as appropriate)"
        return chosen

    urg = {"emergency": "Emergency", "planned": "Planned", None: None}[case["urgency"]]
    if mode == "undeleted":
        urg = None
    dur = {"short_term": "Short term", "long_term": "Long term", "respite": "Respite", None: None}[
        case["duration"]
    ]
    blocks = [
        ("title", "PLACEMENT REQUEST FORM"),
        (
            "p",
            f"{la_name(case)} | Placements & Commissioning Team | Please return completed "
            "form to the placements mailbox",
        ),
        ("kv", [["Date of referral", dmy(case["date"])], [case["ref_label"], case["ref"] or ""]]),
        ("h", "1. Child / young person"),
        (
            "kv",
            [
                ["Name", f"{c['first']} {c['last']}"],
                [
                    "Age and gender",
                    f"{c['age']}, {c['gender'].title()}"
                    if not c["dob"]
                    else f"{c['age']} yrs / {'M' if c['gender'] == 'male' else 'F'}",
                ],
                ["D.O.B.", dmy(c["dob"])],
                ["Ethnicity/Religion", f"{c['ethnicity']} / {c['religion']}"],
                [
                    "Legal status",
                    choice(
                        ["S20", "ICO", "Care Order", "Placement Order"],
                        {"V2": "S20", "C1": "ICO", "C2": "Care Order", "E1": "Placement Order"}.get(
                            c["legal"]
                        ),
                    )
                    if mode != "undeleted"
                    else legal_text(c),
                ],
                ["School and year", school_text(c)],
            ],
        ),
        ("h", "2. Placement required"),
        (
            "kv",
            [
                ["Placement is", choice(["Emergency", "Planned"], urg)],
                [
                    "Duration",
                    choice(["Short term", "Long term", "Respite"], dur)
                    if mode != "undeleted"
                    else (dur or ""),
                ],
                [
                    "Type",
                    choice(
                        ["Foster care", "Residential", "Parent & child"],
                        {
                            "fostering": "Foster care",
                            "residential": "Residential",
                            "parent_and_child": "Parent & child",
                        }[case["setting"]],
                    )
                    if mode != "undeleted"
                    else RNG.choice(SETTING_TEXT[case["setting"]]),
                ],
                ["Start date", dmy(case["start"])],
                [
                    "Can be placed with other children?",
                    "Yes / No (delete as appropriate)"
                    if mode == "undeleted"
                    else "Yes - older children only",
                ],
            ],
        ),
        ("h", "3. Needs and risks"),
        ("p", f"Health: {c['health']}"),
    ]
    blocks += risk_grid_blocks(c, "prose")
    blocks += [
        ("h", "4. Contact arrangements"),
        ("p", family_text(c) or "Contact: see care plan."),
        ("h", "5. Placement history"),
        ("p", history_sentence(c)),
        ("h", "6. Social worker"),
        (
            "kv",
            [
                ["Social worker", case["sw"]["name"]],
                ["Tel", case["sw"]["phone"]],
                ["Email", case["sw"]["email"]],
                [
                    "Form completed by",
                    case.get("completed_by", "Placements Officer, J. Radcliffe (01632 960999)"),
                ],
            ],
        ),
    ]
    return blocks


def layout_secure_s25(case: dict) -> list:
    """Section 25 secure accommodation referral, a Word form built from content controls."""
    c = case["children"][0]

    def cc(tag, text, empty=False):
        return [(text, {"cc": tag, "empty": empty})]

    blocks = [
        ("title", "Secure Welfare Referral - Section 25 Children Act 1989"),
        ("p", f"Referring authority: {la_name(case)}"),
        (
            "kv",
            [
                ["Date of referral", cc("Referral date", dmy(case["date"]), not case["date"])],
                ["Local authority case ID", cc("Case ID", case["ref"])],
            ],
        ),
        ("h", "Young person"),
        (
            "kv",
            [
                ["Forename", cc("First name", c["first"])],
                ["Surname", cc("Surname", c["last"])],
                ["Date of birth", cc("DOB", dmy(c["dob"]))],
                ["Sex", cc("Sex", c["gender"].title())],
                ["Legal status", cc("Legal status", legal_text(c))],
                ["Current education", cc("School", school_text(c), not c["school"])],
                [
                    "Section 25 order",
                    cc("S25", "Application listed; authorised by DCS under reg 10 (72 hours)"),
                ],
            ],
        ),
        ("h", "Placement sought"),
        (
            "kv",
            [
                ["Bed type", cc("Bed type", "Secure welfare bed")],
                ["Required from", cc("Start", dmy(case["start"]))],
                ["Expected duration", cc("Duration", "Short term (3 months initially)")],
                [
                    "Planned or emergency admission",
                    cc("Admission", "Planned - court hearing listed for " + dmy(case["start"])),
                ],
                [
                    "Current placement",
                    cc(
                        "Current",
                        "Emergency placement at a residential "
                        "children's home since 14/10/2026; previous secure "
                        "placement 2025 (Clayfields).",
                    ),
                ],
            ],
        ),
        ("h", "Risk checklist (tick all that apply)"),
    ]
    rows = []
    for key in ALL_RISKS:
        if key not in c["risks"]:
            continue
        state = c["risks"][key]
        rows.append(
            [
                RISK_LABEL[key],
                [
                    ("", {"cc": key + " current", "box": state == "present"}),
                    (" Current  ", {}),
                    ("", {"cc": key + " past", "box": state == "historical"}),
                    (" Past  ", {}),
                    ("", {"cc": key + " suspected", "box": state == "suspected"}),
                    (" Suspected  ", {}),
                    ("", {"cc": key + " none", "box": state == "none_known"}),
                    (" None known", {}),
                ],
                "" if state == "none_known" else risk_phrase(key, state, c),
            ]
        )
    blocks.append(("grid", ["Risk", "Status", "Evidence"], rows))
    blocks += [
        ("h", "Health"),
        ("p", c["health"] or ""),
        ("h", "Family time"),
        ("p", family_text(c)),
        ("h", "Placement history"),
        ("p", history_sentence(c)),
        ("h", "Contacts"),
        (
            "kv",
            [
                ["Allocated social worker", cc("SW name", case["sw"]["name"])],
                ["Direct line", cc("SW phone", case["sw"]["phone"])],
                ["Email", cc("SW email", case["sw"]["email"])],
                [
                    "Children's Guardian",
                    cc("Guardian", f"{RNG.choice(SW_NAMES)} (Cafcass), {phone(True)}"),
                ],
                [
                    "Authorising manager",
                    cc("Manager", f"{case['manager']['name']}, {case['manager']['email']}"),
                ],
            ],
        ),
    ]
    return blocks


def layout_ifa_pdf(case: dict) -> list:
    """An independent fostering agency's referral form, filled in by the LA (PDF)."""
    c = case["children"][0]
    return [
        ("title", "Referral for Foster Placement"),
        (
            "p",
            "Brightwater Fostering (independent fostering agency) - referrals@brightwater."
            "example.org.uk - please complete all sections",
        ),
        ("h", "Referring local authority"),
        (
            "kv",
            [
                ["Local authority", la_name(case)],
                ["LA reference (CCM No)", case["ref"] or ""],
                ["Referral date", dmy(case["date"])],
                ["Child's social worker", case["sw"]["name"]],
                ["Telephone", case["sw"]["phone"]],
                ["Email", case["sw"]["email"]],
                [
                    "Referrer (if not SW)",
                    case.get("referrer", "Commissioning officer, Placements Team, 01632 960001"),
                ],
            ],
        ),
        ("h", "Child's details"),
        (
            "kv",
            [
                ["Name", f"{c['first']} {c['last']}"],
                ["Date of birth", dmy(c["dob"])],
                ["Gender", c["gender"].title()],
                ["Ethnicity / religion / language", f"{c['ethnicity']}; {c['religion']}; English"],
                ["Legal status", legal_text(c)],
                ["School", school_text(c)],
                ["Health / diagnoses", c["health"] or ""],
            ],
        ),
        ("h", "Placement needed"),
        (
            "kv",
            [
                ["Placement type", RNG.choice(SETTING_TEXT[case["setting"]])],
                ["Urgency", tickline(["Emergency", "Planned"], (case["urgency"] or "").title())],
                [
                    "Duration",
                    tickline(
                        ["Short term", "Long term", "Respite"],
                        {
                            "short_term": "Short term",
                            "long_term": "Long term",
                            "respite": "Respite",
                        }.get(case["duration"], ""),
                    ),
                ],
                ["Start date", dmy(case["start"])],
                [
                    "Matching considerations",
                    "Should be the youngest / only child. Close to current school if possible.",
                ],
            ],
        ),
        *risk_grid_blocks(c, "ticks"),
        ("h", "Family time"),
        ("kv", [["Arrangements", family_text(c)]]),
        ("h", "Placement history"),
        (
            "kv",
            [
                [
                    "Placements since coming into care (including current)",
                    {None: ""}.get(c["history"], NUMBER_WORDS.get(c["history"], "")).title()
                    if c["history"] != 0
                    else "None (first time in care)",
                ]
            ],
        ),
    ]


def layout_residential_pdf(case: dict) -> list:
    """A children's home provider's referral form (PDF) with prompt/answer risk pairs."""
    c = case["children"][0]
    rows_hist = history_rows(c, case["date"])
    return [
        ("title", "Residential Referral Form"),
        (
            "p",
            "Hollybrook Care Ltd - Children's Homes - Ofsted registered. Return to "
            "admissions@hollybrook.example.co.uk",
        ),
        (
            "kv",
            [
                ["Young person", f"{c['first']} {c['last']}", "Known as", c["first"]],
                ["Date of birth", dmy(c["dob"]) or "Unknown", "Gender", c["gender"].title()],
                ["ICS ID", case["ref"] or "", "Legal status", legal_text(c)],
                ["Placing authority", la_name(case), "Date", dmy(case["date"])],
            ],
        ),
        ("h", "Placement"),
        (
            "kv",
            [
                [
                    "Shared or solo occupancy",
                    "Solo occupancy preferred; could share with 1 older young person",
                ],
                ["Cared for alongside", "No younger children"],
                ["Planned or emergency", (case["urgency"] or "not stated").title()],
                [
                    "Intended duration",
                    RNG.choice(DURATION_TEXT[case["duration"]]) if case["duration"] else "",
                ],
                ["Proposed start", dmy(case["start"])],
                ["Type", RNG.choice(SETTING_TEXT[case["setting"]])],
            ],
        ),
        ("h", "Risk information"),
        *risk_grid_blocks(c, "prompts")[1:],
        ("h", "Education"),
        ("kv", [["Current provision", school_text(c) or "Not in education (NEET)"]]),
        ("h", "Health"),
        ("kv", [["Physical / mental health", c["health"] or ""]]),
        ("h", "Family time"),
        ("kv", [["Who, how often, supervised?", family_text(c)]]),
        ("h", "Placement history (most recent last)"),
        (
            "grid",
            ["Placement", "From", "To", "Reason ended"],
            rows_hist or [["None - not looked after before", "", "", ""]],
        )
        if c["history"] is not None
        else ("p", ""),
        ("h", "Professionals"),
        (
            "kv",
            [
                ["Allocated social worker", case["sw"]["name"]],
                ["Contact number", case["sw"]["phone"]],
                ["Email", case["sw"]["email"]],
                ["YOS worker", f"{RNG.choice(SW_NAMES)}, {phone()}"],
                ["Independent Reviewing Officer", f"{RNG.choice(SW_NAMES)}, {phone()}"],
            ],
        ),
    ]


def layout_pds(case: dict) -> list:
    """A form laid out on the Placements Data Standard referral (v2)."""
    c = case["children"][0]
    yesno = lambda key: {  # noqa: E731
        "present": "Yes",
        "historical": "Yes (historic)",
        "suspected": "Suspected",
        "none_known": "No",
    }[c["risks"][key]]
    rows = [
        [
            "riskToChild: " + k.split("/")[1],
            yesno(k),
            "" if c["risks"][k] == "none_known" else risk_phrase(k, c["risks"][k], c),
        ]
        for k in ALL_RISKS
        if k.startswith("to_child") and k in c["risks"]
    ]
    rows += [
        [
            "riskToOthers: " + k.split("/")[1],
            yesno(k),
            "" if c["risks"][k] == "none_known" else risk_phrase(k, c["risks"][k], c),
        ]
        for k in ALL_RISKS
        if k.startswith("to_others") and k in c["risks"]
    ]
    return [
        ("title", "Placement Referral (Placements Data Standard v2)"),
        (
            "kv",
            [
                ["Referring organisation", la_name(case)],
                ["Child ID", case["ref"] or ""],
                ["Date of referral", dmy(case["date"])],
            ],
        ),
        ("h", "Child"),
        (
            "kv",
            [
                ["Given name", c["first"]],
                ["Family name", c["last"]],
                ["Date of birth", dmy(c["dob"])],
                ["Sex", c["gender"].title()],
                ["Legal status", legal_text(c)],
                ["Education placement", school_text(c)],
                ["Health needs", c["health"] or ""],
                ["Communication needs", "No"],
                ["Allergies", "None known"],
            ],
        ),
        ("h", "PlacementAvailability"),
        (
            "kv",
            [
                [
                    "Needed by",
                    {"today": "Today", "within_5_days": "Within 5 days", "later": "Later"}.get(
                        case.get("needed_by_form"), ""
                    ),
                ],
                ["Start date", dmy(case["start"])],
                ["Emergency or planned", (case["urgency"] or "").title()],
                [
                    "Duration",
                    RNG.choice(DURATION_TEXT[case["duration"]]) if case["duration"] else "",
                ],
            ],
        ),
        ("h", "PlacementRecommendation"),
        (
            "kv",
            [
                ["Foster care", "Suitable" if case["setting"] == "fostering" else "Not suitable"],
                [
                    "Residential care",
                    "Suitable" if case["setting"] == "residential" else "Not suitable",
                ],
                ["Supported accommodation", "Not suitable"],
            ],
        ),
        ("h", "Risks"),
        ("grid", ["Risk", "Answer", "Detail"], rows),
        ("h", "Family time"),
        ("p", family_text(c)),
        ("h", "Placement history"),
        ("p", history_sentence(c)),
        ("h", "Social worker"),
        (
            "kv",
            [
                ["Name", case["sw"]["name"]],
                ["Email", case["sw"]["email"]],
                ["Phone", case["sw"]["phone"]],
                ["Team manager", f"{case['manager']['name']} - {case['manager']['email']}"],
            ],
        ),
    ]


def layout_siblings_columns(case: dict) -> list:
    """Sibling group referral, one column per child (Word)."""
    kids = case["children"]
    head = ["", *[f"Child {i + 1}" for i in range(len(kids))]]
    row = lambda label, f: [label, *[f(k) for k in kids]]  # noqa: E731
    blocks = [
        ("title", f"{la_name(case)} - Sibling Group Placement Request"),
        (
            "kv",
            [
                ["Family case number (LCS)", case["ref"] or ""],
                ["Date", dmy(case["date"])],
                [
                    "Social worker",
                    f"{case['sw']['name']}, {case['sw']['phone']}, {case['sw']['email']}",
                ],
            ],
        ),
        ("h", "The children"),
        (
            "grid",
            head,
            [
                row("First name", lambda k: k["first"]),
                row("Surname", lambda k: k["last"]),
                row("DOB", lambda k: dmy(k["dob"])),
                row("Gender", lambda k: k["gender"].title()),
                row("Legal status", lambda k: legal_text(k)),
                row("School", lambda k: school_text(k) or "Nursery place not taken up"),
                row("Health", lambda k: k["health"] or ""),
                row("Family time", lambda k: family_text(k)),
                row("Previous placements", lambda k: str(k["history"])),
            ],
        ),
        ("h", "Placement needed"),
        (
            "kv",
            [
                ["Type", "Foster care - siblings to be placed together"],
                ["Urgency", (case["urgency"] or "").title()],
                ["Duration", RNG.choice(DURATION_TEXT[case["duration"]])],
                ["Needed from", dmy(case["start"])],
            ],
        ),
        ("h", "Risks (answer for each child)"),
    ]
    rows = []
    for key in ALL_RISKS:
        if not all(key in k["risks"] for k in kids):
            continue
        if all(k["risks"][key] == "none_known" for k in kids):
            rows.append([RISK_PROMPT[key], "No - none of the children"])
            continue
        answers = []
        for k in kids:
            s = k["risks"][key]
            answers.append(
                f"{k['first']} - "
                + (
                    "No."
                    if s == "none_known"
                    else {
                        "present": "Yes. ",
                        "historical": "In the past. ",
                        "suspected": "Possibly. ",
                    }[s]
                    + risk_phrase(key, s, k)
                )
            )
        rows.append([RISK_PROMPT[key], " ".join(answers)])
    blocks.append(("kv", rows))
    return blocks


def layout_siblings_sections(case: dict) -> list:
    """Sibling group referral with Child 1 / Child 2 sections (PDF)."""
    blocks = [
        ("title", "Request for a Sibling Placement"),
        ("p", f"From: {la_name(case)} Placement Service"),
        (
            "kv",
            [
                ["Date of request", dmy(case["date"])],
                ["Allocated SW", case["sw"]["name"]],
                ["SW phone / email", f"{case['sw']['phone']} / {case['sw']['email']}"],
                [
                    "Placement",
                    f"{(case['urgency'] or '').title()}, "
                    f"{DURATION_TEXT[case['duration']][0].lower()} foster "
                    "placement for the siblings together",
                ],
                ["Start", dmy(case["start"])],
            ],
        ),
    ]
    for i, k in enumerate(case["children"]):
        blocks += [
            ("h", f"Child {i + 1}"),
            (
                "kv",
                [
                    ["Name", f"{k['first']} {k['last']}"],
                    ["Child ID", k.get("id", "")],
                    ["Date of birth", dmy(k["dob"])],
                    ["Gender", k["gender"].title()],
                    ["Legal status", legal_text(k)],
                    ["School", school_text(k)],
                    ["Health", k["health"] or ""],
                    ["Family time", family_text(k)],
                    ["Placement history", history_sentence(k)],
                ],
            ),
            *risk_grid_blocks(k, "ticks")[1:],
        ]
    return blocks


def layout_parent_child(case: dict) -> list:
    """Parent and child assessment placement referral (Word): baby's details with mother's."""
    baby = case["children"][0]
    mum = case["parent"]
    return [
        ("title", "Parent and Child Fostering Referral"),
        (
            "kv",
            [
                ["Local authority", la_name(case)],
                [case["ref_label"], case["ref"] or ""],
                ["Date of referral", dmy(case["date"])],
            ],
        ),
        ("h", "Parent"),
        (
            "kv",
            [
                ["Parent's name", f"{mum['first']} {mum['last']}"],
                ["Parent's DOB", dmy(mum["dob"])],
                [
                    "Parent's needs",
                    "Mild learning disability; care leaver; needs prompting with routines.",
                ],
                [
                    "Parent's risks",
                    "History of heroin and cocaine use (clean since 2025); "
                    "self-harm as a teenager; was reported missing many times as a child in care.",
                ],
            ],
        ),
        ("h", "Baby"),
        (
            "kv",
            [
                ["Baby's name", f"{baby['first']} {baby['last']}"],
                ["Baby's DOB", dmy(baby["dob"])],
                ["Sex", baby["gender"].title()],
                ["Legal status (baby)", legal_text(baby)],
                ["Health", baby["health"] or ""],
                ["Previous placements", "None - the baby has not been looked after before"],
            ],
        ),
        ("h", "Placement"),
        (
            "kv",
            [
                ["Type", "Parent and child assessment placement"],
                ["Duration", "Short term (12-week assessment)"],
                ["Urgency", (case["urgency"] or "").title()],
                ["Start", dmy(case["start"])],
                [
                    "Where from",
                    "Mother and baby currently on the maternity ward, "
                    "discharge expected " + dmy(case["start"]),
                ],
            ],
        ),
        ("h", "Family time"),
        ("p", family_text(baby)),
        ("h", "Risks to the baby"),
        (
            "p",
            " ".join(
                f"{SHORT_LABEL[k]}: "
                + (risk_phrase(k, s, baby) if s != "none_known" else "none known.")
                for k, s in baby["risks"].items()
            )
            or "See parent's risks above.",
        ),
        ("h", "Social worker"),
        (
            "kv",
            [
                ["Name", case["sw"]["name"]],
                ["Mobile", case["sw"]["phone"]],
                ["Email", case["sw"]["email"]],
            ],
        ),
    ]


def layout_case_txt(case: dict) -> list:
    """Plain-text export from an LA case system ("LCS" / Mosaic print)."""
    c = case["children"][0]
    return [
        ("title", f"{la_name(case)} - Placement Request (system export)"),
        (
            "kv",
            [
                [case["ref_label"], case["ref"] or ""],
                ["Referral date", dmy(case["date"])],
                ["Child", f"{c['first']} {c['last']}"],
                ["Age and gender", f"{c['age']} / {c['gender']}"],
                ["DOB", dmy(c["dob"]) if c["dob"] else "not known"],
                ["Ethnicity/Religion", f"{c['ethnicity']}/{c['religion']}"],
                ["Legal status", legal_text(c)],
                ["School", school_text(c)],
                ["Placement type", RNG.choice(SETTING_TEXT[case["setting"]])],
                ["Urgency", (case["urgency"] or "").title()],
                ["Duration", DURATION_TEXT[case["duration"]][0] if case["duration"] else ""],
                ["Start", dmy(case["start"])],
                ["Worker", case["sw"]["name"]],
                ["Worker phone", case["sw"]["phone"]],
                ["Worker email", case["sw"]["email"]],
            ],
        ),
        ("h", "Health"),
        ("p", c["health"] or ""),
        ("h", "Risks"),
        (
            "p",
            " ".join(
                f"{RISK_LABEL[k]}: "
                + ("none known." if s == "none_known" else risk_phrase(k, s, c))
                for k, s in c["risks"].items()
            )
            or "Not yet assessed.",
        ),
        ("h", "Family time"),
        ("p", family_text(c)),
        ("h", "Placement history"),
        ("p", history_sentence(c)),
    ]


# ---------------------------------------------------------------- email bodies
def child_paragraph(c: dict) -> str:
    bits = [f"{c['first']} {c['last']}"]
    bits.append(f"(DOB {dmy(c['dob'])})" if c["dob"] else f"(aged {c['age']})")
    s = " ".join(bits) + f" is a {c['age']} year old {'boy' if c['gender'] == 'male' else 'girl'}"
    if c["legal"]:
        s += f", currently {legal_text(c)}"
    s += "."
    if c["school"]:
        s += f" {he(c).title()} attends {school_text(c)}."
    if c["health"]:
        s += f" Health: {c['health']}"
    return s


def risk_paragraph(c: dict) -> str:
    if not c["risks"]:
        return ""
    return "Risks:\n" + "\n".join(
        f"- {SHORT_LABEL[k]}: " + (risk_phrase(k, s, c) if s != "none_known" else "none known.")
        for k, s in c["risks"].items()
    )


def email_headers(sender, to, when: datetime | None, subject, cc=None) -> dict:
    h = {"From": sender, "To": to}
    if cc:
        h["Cc"] = cc
    h["Subject"] = subject
    if when:
        h["Date"] = format_datetime(when)
    h["Message-ID"] = f"<{RNG.randint(10**11, 10**12)}.{RNG.randint(1000, 9999)}@example.gov.uk>"
    return h


def at(d: date, hh: int, mm: int = 0) -> datetime:
    from datetime import UTC

    return datetime(d.year, d.month, d.day, hh, mm, tzinfo=UTC)


# ---------------------------------------------------------------- the set
DOCS: list[tuple[str, str, dict, bytes]] = []


def add(style: str, ext: str, case: dict, data: bytes) -> None:
    DOCS.append((style, ext, case, data))


def d(y, m, dd) -> date:
    return date(y, m, dd)


def build() -> None:
    # ---- A. Access to Resources panel requests (docx) x5
    for la, when, setting, urg, dur, kw in [
        ("wigan", d(2026, 10, 6), "fostering", "planned", "long_term", {}),
        (
            "derbys",
            d(2026, 9, 14),
            "residential",
            "planned",
            "long_term",
            {"ref_label": "Mosaic ID"},
        ),
        (
            "sefton",
            d(2026, 11, 2),
            "fostering",
            "planned",
            "short_term",
            {"ref_label": "LCS number"},
        ),
        ("bham", d(2026, 10, 19), "residential", "planned", "long_term", {"ref_label": "Child ID"}),
        ("lincs", None, "fostering", "planned", "long_term", {"ref_label": "Mosaic ID"}),
    ]:
        age = RNG.randint(8, 15)
        c = make_child(
            RNG.choice(["male", "female"]),
            age,
            when or d(2026, 10, 1),
            legal=RNG.choice(["C1", "C2", "V2"]),
        )
        case = make_case(la, when, [c], setting=setting, urgency=urg, duration=dur, **kw)
        if when is None:
            case["start"] = None
            case["extra_missing"] = []
        add("art_panel_docx", "docx", case, render_docx(layout_art_panel(case)))

    # ---- B. Delete-as-appropriate placement requests (docx) x4
    for la, when, mode, urg in [
        ("notts", d(2026, 10, 12), "remove", "planned"),
        ("nottm", d(2026, 11, 9), "strike", "emergency"),
        ("leics", d(2026, 10, 27), "strike", "planned"),
        ("leicester", d(2026, 11, 16), "undeleted", None),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(6, 14),
            when,
            legal=RNG.choice(["C1", "C2", "V2"]),
            risk_keys=5,
        )
        case = make_case(
            la,
            when,
            [c],
            urgency=urg,
            duration="short_term" if mode != "undeleted" else "long_term",
            delete_mode=mode,
            ref_label="CCM No",
        )
        if mode == "undeleted":
            case["unclear"] = ["/placement/urgency"]
        if urg == "emergency":
            case["start"] = when
        add("delete_choice_docx", "docx", case, render_docx(layout_delete_choice(case)))

    # ---- C. Section 25 secure referral with content controls (docx) x3
    for la, when, school in [
        ("lancs", d(2026, 10, 22), "auto"),
        ("hull", d(2026, 11, 3), None),
        ("stoke", d(2026, 9, 29), "auto"),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(13, 15),
            when,
            legal="C2",
            risks={
                "to_child/self_harm": "present",
                "to_child/missing": "present",
                "to_child/sexual_exploitation": RNG.choice(["present", "suspected"]),
                "to_child/criminal_exploitation": "none_known",
                "to_child/drug_alcohol": RNG.choice(["present", "historical"]),
                "to_child/eating_disorder": "none_known",
                "to_others/physical_harm": RNG.choice(["present", "historical"]),
                "to_others/sexual_harm": "none_known",
                "to_others/fire_setting": "none_known",
                "to_others/harm_to_animals": "none_known",
                "to_others/criminal_exploitation": "none_known",
            },
            school=school,
        )
        case = make_case(
            la,
            when,
            [c],
            setting="secure",
            urgency="planned",
            duration="short_term",
            ref_label="Case ID",
        )
        if not school:
            case["unclear"] = ["/children/0/school"]
        c["history"] = 3  # foster carers, a secure home in 2025, the current children's home
        add("secure_s25_docx", "docx", case, render_docx(layout_secure_s25(case)))

    # ---- D. IFA referral form with tick grids (PDF) x5
    for la, when in [
        ("essex", d(2026, 10, 5)),
        ("kent", d(2026, 11, 10)),
        ("surrey", d(2026, 10, 28)),
        ("torbay", d(2026, 9, 21)),
        ("banes", d(2026, 11, 17)),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(2, 12),
            when,
            legal=RNG.choice(["C1", "C2", "V2", "E1"]),
        )
        case = make_case(
            la,
            when,
            [c],
            urgency=RNG.choice(["planned", "emergency"]),
            duration=RNG.choice(["short_term", "long_term"]),
        )
        if case["urgency"] == "emergency":
            case["start"] = when
        add("ifa_form_pdf", "pdf", case, render_pdf(layout_ifa_pdf(case), "Referral"))

    # ---- E. Residential provider forms with prompt/answer pairs (PDF) x4
    for la, when, legal in [
        ("bcp", d(2026, 10, 14), "C2"),
        ("calderdale", d(2026, 11, 4), "J1"),
        ("croydon", d(2026, 9, 30), "V2"),
        ("cumberland", None, "C2"),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]), RNG.randint(12, 16), when or d(2026, 10, 1), legal=legal
        )
        c["_ref_day"] = when
        case = make_case(
            la, when, [c], setting="residential", urgency="planned", duration="long_term"
        )
        add(
            "residential_pdf",
            "pdf",
            case,
            render_pdf(layout_residential_pdf(case), "Referral", "Helvetica"),
        )

    # ---- F. Placements Data Standard forms (docx) x4
    for la, when, nb in [
        ("slough", d(2026, 11, 12), "within_5_days"),
        ("eryc", d(2026, 10, 8), "later"),
        ("rbkc", d(2026, 11, 19), "today"),
        ("wakefield", d(2026, 10, 1), None),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(5, 15),
            when,
            legal=RNG.choice(["C1", "C2", "V2"]),
        )
        case = make_case(
            la,
            when,
            [c],
            urgency="emergency" if nb == "today" else "planned",
            duration="short_term",
            needed_by_form=nb,
        )
        if nb == "today":
            case["start"] = when
        elif nb == "within_5_days":
            case["start"] = when + timedelta(days=3)
        elif nb == "later":
            case["start"] = when + timedelta(days=21)
        add("pds_docx", "docx", case, render_docx(layout_pds(case)))

    # ---- L. Sibling groups, columns (docx) x3
    for la, when, n in [
        ("stockport", d(2026, 10, 20), 2),
        ("sandwell", d(2026, 11, 11), 3),
        ("wolves", d(2026, 9, 17), 2),
    ]:
        last = RNG.choice(LAST)
        ages = sorted(RNG.sample(range(3, 13), n), reverse=True)
        kids = [
            make_child(
                RNG.choice(["male", "female"]),
                a,
                when,
                legal="C1",
                last=last,
                risks={k: "none_known" for k in ALL_RISKS},
            )
            for a in ages
        ]
        kids[0]["risks"]["to_others/physical_harm"] = "present"
        kids[-1]["risks"]["to_child/missing"] = "none_known"
        kids[0]["risks"]["to_child/self_harm"] = "historical"
        for k in kids:
            k["history"] = 1
        case = make_case(la, when, kids, urgency="planned", duration="long_term", ref_label="LCS")
        add("sibling_columns_docx", "docx", case, render_docx(layout_siblings_columns(case)))

    # ---- M. Sibling groups, Child 1 / Child 2 sections (PDF) x3
    for la, when in [
        ("hackney", d(2026, 10, 26)),
        ("bristol", d(2026, 11, 18)),
        ("cwac", d(2026, 10, 9)),
    ]:
        last = RNG.choice(LAST)
        kids = [
            make_child(g, a, when, legal="C1", last=last)
            for g, a in (("female", RNG.randint(10, 13)), ("male", RNG.randint(5, 9)))
        ]
        for k in kids:
            k["id"] = str(RNG.randint(1000000, 9999999))
        case = make_case(la, when, kids, urgency="planned", duration="short_term", ref=None)
        # the form has only per-child IDs: the LA reference is the first child's
        case["ref"] = kids[0]["id"]
        add(
            "sibling_sections_pdf",
            "pdf",
            case,
            render_pdf(layout_siblings_sections(case), "Siblings"),
        )

    # ---- N. Parent and child (docx x2, pdf x1)
    for la, when, fmt in [
        ("newcastle", d(2026, 10, 16), "docx"),
        ("sunderland", d(2026, 11, 6), "docx"),
        ("westnorthants", d(2026, 10, 2), "pdf"),
    ]:
        baby = make_child(
            RNG.choice(["male", "female"]),
            0,
            when,
            legal=RNG.choice(["C1", "V2"]),
            risks={},
            school=None,
            history=0,
            family=[("Father", "several_times_a_week", True)],
        )
        baby["dob"] = when - timedelta(days=RNG.randint(2, 20))
        baby["health"] = "Born at 37 weeks; monitored for neonatal withdrawal - none observed."
        mum = {
            "first": RNG.choice(FIRST_F),
            "last": baby["last"],
            "dob": when - timedelta(days=365 * 20 + 40),
        }
        case = make_case(
            la,
            when,
            [baby],
            setting="parent_and_child",
            urgency="planned",
            duration="short_term",
            parent=mum,
            ref_label="ICS ID",
        )
        blocks = layout_parent_child(case)
        add(
            "parent_child_" + fmt,
            fmt,
            case,
            render_docx(blocks) if fmt == "docx" else render_pdf(blocks, "P&C", "Helvetica"),
        )

    # ---- O. Plain-text system exports x5 (two undated)
    for la, when, label in [
        ("kent", d(2026, 10, 13), "LCS number"),
        ("torfaen_like_herts", None, "ICS ID"),
        ("essex", d(2026, 11, 5), "Mosaic ID"),
        ("lancs", None, "System ID"),
        ("surrey", d(2026, 9, 25), "Child ID"),
    ]:
        known_dob = RNG.random() < 0.6
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(9, 16),
            when or d(2026, 10, 1),
            legal=RNG.choice(["C2", "V2", "C1"]),
            risk_keys=RNG.choice([3, 6, 11]),
            dob_known=known_dob,
        )
        c["_ref_day"] = when
        case = make_case(
            la,
            when,
            [c],
            urgency="planned",
            duration=RNG.choice(["long_term", "short_term", None]),
            ref_label=label,
        )
        if when is None:
            case["start"] = None
        add("case_export_txt", "txt", case, render_txt(layout_case_txt(case)))

    # ---- G. Duty team emails x4
    for la, when, style in [
        ("stockport", d(2026, 11, 13), "domain_only"),
        ("wigan", d(2026, 10, 29), "mailbox"),
        ("calderdale", d(2026, 11, 20), "firstname"),
        ("hackney", d(2026, 10, 7), "mailbox"),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(7, 15),
            when,
            legal=RNG.choice(["V2", "C1", "L1"]),
            risk_keys=4,
            history=None if style == "domain_only" else "auto",
        )
        c["_ref_day"] = when
        case = make_case(
            la,
            when,
            [c],
            urgency="emergency",
            duration=None,
            ref=None if style == "firstname" else f"{RNG.randint(100000, 999999)}",
        )
        case["start"] = when + timedelta(days=1)
        sw = case["sw"]
        slug = LAS[la][2]
        duty = f"{RNG.choice(FIRST_F + FIRST_M)}"
        if style == "firstname":
            sender = f"{sw['name']} <{sw['email']}>"
            sign = f"Thanks\n{sw['name'].split()[0]}\n"
            intro = (
                f"I am the allocated social worker for {c['first']} and am looking for a "
                "foster placement from tomorrow."
            )
            case["sw"]["phone"] = None
        else:
            sender = f"Children's Duty Team <cs.duty@{slug}.example.gov.uk>"
            sign = (
                f"Many thanks\n{duty}\nDuty Social Worker (on behalf of the Duty & "
                f"Assessment Team)\nTel {phone(False)}\n"
            )
            intro = (
                f"We are looking for an emergency foster placement from tomorrow for "
                f"{c['first']}. The allocated social worker is {sw['name']} "
                f"({sw['phone']}, {sw['email']}); please direct any offers to "
                "them and copy in this mailbox."
            )
        headline = "" if style == "domain_only" else f"{la_name(case)}\n"
        body = (
            f"Hi all,\n\n{intro}\n\n{child_paragraph(c)}\n\n{risk_paragraph(c)}\n\n"
            f"Family time: {family_text(c) or 'not yet agreed'}\n\n"
            f"{history_sentence(c)}\n\n"
            + (f"Our ref: {case['ref']}\n\n" if case["ref"] else "")
            + f"{sign}\n{headline}"
        )
        headers = email_headers(
            sender,
            "referrals@brightwater.example.org.uk",
            at(when, 10, 14),
            f"Emergency foster placement request - {c['first'][0]}{c['last'][0]} ({c['age']})",
            cc=f"{case['manager']['name']} <{case['manager']['email']}>",
        )
        add("duty_email", "eml", case, render_eml(headers, body))

    # ---- H. EDT out of hours, weekend x3
    for n_edt, (la, when, legal) in enumerate(
        [
            ("leics", d(2026, 11, 14), "L1"),
            ("bcp", d(2026, 10, 24), "V2"),
            ("notts", d(2026, 11, 21), "L1"),
        ]
    ):
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(11, 16),
            when,
            legal=legal,
            risk_keys=3,
            history=0,
            school="auto",
            family=None if legal == "L1" else [("Mother", "to_be_agreed", None)],
        )
        c["_ref_day"] = when
        case = make_case(
            la,
            when,
            [c],
            setting="residential",
            urgency="emergency",
            duration="short_term",
            ref=None,
        )
        case["start"] = when
        sw = case["sw"]
        edt = RNG.choice(SW_NAMES)
        if legal == "L1":
            story = (
                f"Police brought {c['first']} {c['last']} to the station this evening after "
                "an incident at home. Section 46 police protection was taken at 21:30."
            )
        else:
            story = (
                f"{c['first']} {c['last']}'s mother has asked for {c['first']} to be "
                "accommodated under section 20 tonight after a violent argument at home."
            )
        body = (
            f"EDT referral - {when.strftime('%A %d %B %Y')}, 23:10\n\n{story} We need "
            "a bed in a children's home TONIGHT (same-day emergency placement), short term "
            "while the family is "
            "assessed.\n\n"
            f"{child_paragraph(c)}\n\n{risk_paragraph(c)}\n\n"
            "Not previously looked after."
            + (f" Family time: {family_text(c)}" if c["family"] is not None else "")
            + "\n\n"
            f"The allocated social worker is {sw['name']} who will pick this up on Monday; "
            f"{he({'gender': 'female'})} can be reached on {sw['phone']} or {sw['email']} "
            "from 9am.\n\n"
            f"{edt.split()[0]}\nEmergency Duty Team (out of hours)"
            + (f", {la_name(case)}" if n_edt else "")
            + "\n"
            f"EDT: {phone(False)}\n"
        )
        headers = email_headers(
            f"EDT <edt@{LAS[la][2]}.example.gov.uk>",
            "placements@hollybrook.example.co.uk",
            at(when, 23, 14),
            f"URGENT - bed needed tonight - {c['gender']} {c['age']}",
        )
        add("edt_weekend_email", "eml", case, render_eml(headers, body))

    # ---- I. Placement team emails with a form attached x4
    for la, when, attach in [
        ("derbys", d(2026, 10, 30), "docx"),
        ("kent", d(2026, 11, 16), "pdf"),
        ("wakefield", d(2026, 10, 15), "docx"),
        ("eryc", d(2026, 11, 23), "pdf"),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]), RNG.randint(4, 14), when, legal=RNG.choice(["C1", "C2"])
        )
        case = make_case(
            la, when, [c], urgency="planned", duration="long_term", ref_label="Mosaic ID"
        )
        form_case = deepcopy(case)
        form_case["date"] = None
        if attach == "docx":
            data = render_docx(layout_art_panel(form_case))
            name, mime = (
                f"ART referral {c['first'][0]}{c['last'][0]}.docx",
                ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            )
        else:
            data = render_pdf(layout_ifa_pdf(form_case), "Referral")
            name, mime = f"Referral form {c['first'][0]}{c['last'][0]}.pdf", "application/pdf"
        officer = RNG.choice(["Kelly", "Shauna", "Dev", "Mo"])
        body = (
            f"Good afternoon,\n\nPlease find attached a referral for a {c['age']} year old "
            f"{'boy' if c['gender'] == 'male' else 'girl'} requiring a long-term foster "
            "placement. Please respond with any offers by Friday.\n\nKind regards\n"
            f"{officer}\nPlacement Officer, Placements & Sufficiency Team\n"
            f"{la_name(case)}\n{phone(False)}\n"
        )
        headers = email_headers(
            f"Placements Team <placements@{LAS[la][2]}.example.gov.uk>",
            "referrals@brightwater.example.org.uk",
            at(when, 14, 2),
            "Referral - long term fostering",
            cc=f"{case['sw']['name']} <{case['sw']['email']}>",
        )
        add("placement_team_email", "eml", case, render_eml(headers, body, [(name, data, mime)]))

    # ---- J. Forwarded chains x3 (outer message = referral date)
    for la, when in [
        ("sefton", d(2026, 11, 12)),
        ("slough", d(2026, 10, 21)),
        ("croydon", d(2026, 11, 19)),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]), RNG.randint(9, 15), when, legal="C2", risk_keys=6
        )
        c["_ref_day"] = when
        case = make_case(la, when, [c], urgency="planned", duration="long_term", ref_label="Mosaic")
        sw = case["sw"]
        inner_day = when - timedelta(days=RNG.randint(5, 12))
        inner = (
            f"From: {sw['name']} <{sw['email']}>\nSent: {inner_day.strftime('%d %B %Y')} "
            f"15:42\nTo: Placements Team\nSubject: Placement request\n\n"
            f"Hi Placements,\n\nPlease could you search for a planned, long term foster placement for "
            f"{c['first']}. Mosaic: {case['ref']}. Needed from {dmy(case['start'])}.\n\n"
            f"{child_paragraph(c)}\n\n{risk_paragraph(c)}\n\nFamily time: "
            f"{family_text(c)}\n\n{history_sentence(c)}\n\nThanks,\n"
            f"{sw['name'].split()[0]}\n{sw['name']} | Social Worker | Children in Care "
            f"Team | {la_name(case)} | {sw['phone']}\n"
        )
        officer = RNG.choice(SW_NAMES)
        body = (
            f"Dear colleagues,\n\nPlease see below a referral from the child's social "
            f"worker. Any offers to me please.\n\n{officer}\nSufficiency Officer\n"
            f"{phone(False)}\n\n-----Original Message-----\n{inner}"
        )
        headers = email_headers(
            f"{officer} <{email_for(officer, la)}>",
            "referrals@brightwater.example.org.uk",
            at(when, 9, 31),
            "FW: Placement request",
        )
        add("forwarded_email", "eml", case, render_eml(headers, body))

    # ---- K. Corrections in a reply x3
    for la, when, fix in [
        ("stoke", d(2026, 11, 10), "dob"),
        ("bristol", d(2026, 10, 23), "start"),
        ("wolves", d(2026, 11, 2), "legal"),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(6, 14),
            when,
            legal="C2" if fix == "legal" else "C1",
            risk_keys=5,
        )
        c["_ref_day"] = when
        case = make_case(la, when, [c], urgency="planned", duration="short_term")
        case["start"] = when + timedelta(days=10)
        sw = case["sw"]
        wrong = deepcopy(c)
        wrong_start = case["start"]
        if fix == "dob":
            wrong["dob"] = c["dob"] + timedelta(days=365)
            correction = (
                f"Apologies - {c['first']}'s date of birth is {dmy(c['dob'])}, not "
                f"{dmy(wrong['dob'])} as I put below."
            )
        elif fix == "start":
            wrong_start = case["start"] - timedelta(days=7)
            correction = (
                f"Correction: the start date is now {dmy(case['start'])} (not "
                f"{dmy(wrong_start)}) as the planning meeting has moved."
            )
        else:
            wrong["legal"] = "C1"
            correction = (
                "Correction to the legal status below: the final hearing was "
                "on Friday and a full care order (s31) has been granted, so it is no "
                "longer an ICO."
            )
        orig_day = when - timedelta(days=1)
        quoted = (
            f"Hello,\n\nWe are looking for a planned short term foster placement for "
            f"{wrong['first']}, to start {dmy(wrong_start)}. Ref {case['ref']}.\n\n"
            f"{child_paragraph(wrong)}\n\n{risk_paragraph(c)}\n\nFamily time: "
            f"{family_text(c)}\n\n{history_sentence(c)}\n\n{sw['name']}\n"
            f"Social Worker, {la_name(case)}\n{sw['phone']}\n"
        )
        body = (
            f"{correction}\n\nEverything else is unchanged.\n\n{sw['name'].split()[0]}\n\n"
            f"On {orig_day.strftime('%a, %d %b %Y')} at 16:05, {sw['name']} <{sw['email']}> "
            "wrote:\n" + "".join("> " + line + "\n" for line in quoted.splitlines())
        )
        headers = email_headers(
            f"{sw['name']} <{sw['email']}>",
            "referrals@brightwater.example.org.uk",
            at(when, 8, 47),
            "RE: Short term foster placement request",
            cc=f"{case['manager']['name']} <{case['manager']['email']}>",
        )
        add("correction_email", "eml", case, render_eml(headers, body))

    # ---- extra: family time edge cases and counts (docx case summaries) x4
    for la, when, fam, nc, hist in [
        (
            "hull",
            d(2026, 11, 4),
            [("Mother", "several_times_a_week", True)],
            [("Father", "court order (s34(4))")],
            3,
        ),
        (
            "cwac",
            d(2026, 10, 19),
            [],
            [("Mother", "whereabouts unknown"), ("Father", "court order")],
            1,
        ),
        (
            "newcastle",
            d(2026, 11, 17),
            [
                ("Mother", "fortnightly", True),
                ("Father", "monthly", True),
                ("Siblings", "weekly", False),
            ],
            [],
            2,
        ),
        ("leicester", d(2026, 10, 10), [], [("Mother", "child's choice")], 0),
    ]:
        c = make_child(
            RNG.choice(["male", "female"]),
            RNG.randint(8, 15),
            when,
            legal="C2" if hist else "V2",
            family=fam,
            no_contact=nc,
            history=hist,
        )
        case = make_case(la, when, [c], urgency="planned", duration="long_term", ref_label="ICS ID")
        add("ifa_form_pdf", "pdf", case, render_pdf(layout_ifa_pdf(case), "Referral"))

    # ---- Q. More: siblings in a plain-text letter, parent and child by email, a forwarded
    # EDT referral, a form whose LA is only in the page header
    when = d(2026, 11, 5)
    last = RNG.choice(LAST)
    kids = [
        make_child(
            "female",
            12,
            when,
            legal="C2",
            last=last,
            risks={k: "none_known" for k in ALL_RISKS},
            history=2,
        ),
        make_child(
            "male",
            9,
            when,
            legal="C2",
            last=last,
            risks={k: "none_known" for k in ALL_RISKS},
            history=2,
        ),
    ]
    kids[0]["risks"]["to_child/missing"] = "present"
    kids[1]["risks"]["to_others/physical_harm"] = "present"
    kids[1]["risks"]["to_child/self_harm"] = "historical"
    case = make_case(
        "tameside", when, kids, urgency="planned", duration="long_term", ref_label="LCS ID"
    )
    a, b = kids
    sw = case["sw"]
    text = (
        f"TAMESIDE MBC - CHILDREN'S SERVICES\r\nReferral for a sibling foster placement\r\n\r\n"
        f"Date: {long_date(when)}\r\nLCS ID (family): {case['ref']}\r\n\r\n"
        f"Children: {a['first']} {a['last']} (A), DOB {dmy(a['dob'])}, girl, and "
        f"{b['first']} {b['last']} (B), DOB {dmy(b['dob'])}, boy. Both subject to full care "
        f"orders (s31).\r\n\r\nSchools: A - {school_text(a)}. B - {school_text(b)}.\r\n\r\n"
        f"Health: A - {a['health']} B - {b['health']}\r\n\r\n"
        "Self-harm: A - No. B - Yes, in the past: scratched his arms in 2023, nothing since "
        "2023.\r\n"
        "Missing episodes: A - Yes, four times since August 2026, returned by police each "
        "time. B - No.\r\n"
        "Aggression: A - No. B - Yes, hits out at adults when dysregulated (weekly at "
        "school).\r\n"
        "CSE / CCE / drugs or alcohol / eating / HSB / fire setting / animals / exploiting "
        "others: no concerns for either child.\r\n\r\n"
        f"Family time: A and B see their mother together {RNG.choice(FREQ_TEXT['fortnightly'])}"
        ", supervised at the contact centre.\r\n\r\n"
        "Placement history: the children have been together with in-house foster carers "
        "since 2025 (their second placement; the first was with an aunt). The current "
        "carers are retiring.\r\n\r\n"
        f"Placement needed: long term, planned, from {dmy(case['start'])}, together.\r\n\r\n"
        f"Social worker: {sw['name']}, {sw['phone']}, {sw['email']}\r\n"
        f"Team manager: {case['manager']['name']}, {case['manager']['phone']}\r\n"
    )
    for k in kids:
        k["family"] = [("Mother", "fortnightly", True)]
    add("sibling_letter_txt", "txt", case, text.encode())

    when = d(2026, 11, 9)
    baby = make_child(
        "female",
        0,
        when,
        legal="C1",
        risks={},
        school=None,
        history=0,
        family=[("Father", "weekly", True)],
    )
    baby["dob"] = when - timedelta(days=9)
    baby["health"] = "Healthy; feeding well."
    case = make_case(
        "kirklees",
        when,
        [baby],
        setting="parent_and_child",
        urgency="planned",
        duration="short_term",
        ref_label="Mosaic",
    )
    sw = case["sw"]
    mum_age = 19
    body = (
        f"Hello,\n\nWe are seeking a parent and child foster placement (a planned, short term "
        f"12-week assessment) for {RNG.choice(FIRST_F)}, aged "
        f"{mum_age}, and her daughter {baby['first']} {baby['last']}, born "
        f"{dmy(baby['dob'])}, from {dmy(case['start'])}. {baby['first']} is subject to an "
        "interim care order granted last week; Mum is not looked after.\n\n"
        "About Mum: care leaver; history of cannabis use and self-harm as a teenager, "
        "and was reported missing from her own placements many times in 2022. No current "
        "concerns about her drug use (tests clear since March).\n\n"
        f"About baby: {baby['health']} Not previously looked after. Dad will have "
        "supervised family time with baby once a week.\n\n"
        f"Mosaic: {case['ref']}\n\nI'm the allocated social worker; best on my mobile "
        f"{sw['phone']}.\n\nBest wishes\n{sw['name'].split()[0]}\n"
    )
    headers = email_headers(
        f"{sw['name']} <{sw['email']}>",
        "referrals@brightwater.example.org.uk",
        at(when, 11, 20),
        "P&C referral - mum 19 and baby",
        cc=f"{case['manager']['name']} <{case['manager']['email']}>",
    )
    add("parent_child_email", "eml", case, render_eml(headers, body))

    monday = d(2026, 11, 2)  # the EDT referral was sent on Saturday 31 October
    c = make_child("male", 14, monday, legal="L1", risk_keys=4, history=1, family=None)
    c["_ref_day"] = monday
    case = make_case("doncaster", monday, [c], urgency="emergency", duration="short_term", ref=None)
    case["start"] = monday
    sw = case["sw"]
    edt = RNG.choice(SW_NAMES)
    inner = (
        f"From: EDT <edt@doncaster.example.gov.uk>\nSent: Saturday, 31 October 2026 "
        f"22:48\nTo: Placements\nSubject: Bed needed tonight\n\n{c['first']} "
        f"{c['last']} (DOB {dmy(c['dob'])}) is under police protection after an assault "
        "at home. Placed tonight in an emergency bed at our in-house children's home until "
        f"Monday.\n\n{risk_paragraph(c)}\n\n{edt.split()[0]}, EDT\n{phone(False)}\n"
    )
    body = (
        f"Good morning,\n\nForwarding the EDT referral below. {c['first']} needs an "
        "emergency short term foster placement from today; he attends "
        f"{school_text(c)}. He had not been looked after before this weekend: the emergency bed is his "
        "first placement. His allocated social worker "
        f"is {sw['name']} ({sw['email']}, {sw['phone']}).\n\nThanks\nPlacements Team\n"
        "City of Doncaster Council\n\n---------- Forwarded message ---------\n" + inner
    )
    headers = email_headers(
        "Placements <placements@doncaster.example.gov.uk>",
        "referrals@brightwater.example.org.uk",
        at(monday, 8, 55),
        "Fwd: Bed needed tonight",
    )
    add("forwarded_edt_email", "eml", case, render_eml(headers, body))

    when = d(2026, 10, 21)
    c = make_child("female", 15, when, legal="V2")
    case = make_case(
        "northumberland", when, [c], urgency="planned", duration="long_term", ref_label="Child ID"
    )
    blocks = layout_pds(case)
    blocks[1] = ("kv", [["Child ID", case["ref"]], ["Date of referral", dmy(case["date"])]])
    add(
        "pds_header_docx",
        "docx",
        case,
        render_docx(blocks, header="Northumberland County Council - Children's Services"),
    )

    # ---- P. Scanned referrals, no text layer x4
    for la, when, layout in [
        ("wigan", d(2026, 10, 9), layout_case_txt),
        ("essex", d(2026, 11, 3), layout_ifa_pdf),
        ("torbay", d(2026, 10, 30), layout_residential_pdf),
        ("sandwell", d(2026, 11, 2), layout_pds),
    ]:
        c = make_child(RNG.choice(["male", "female"]), RNG.randint(8, 15), when, legal="C2")
        case = make_case(
            la,
            when,
            [c],
            setting="residential" if layout is layout_residential_pdf else "fostering",
            urgency="planned",
            duration="long_term",
            scanned=True,
        )
        add("scanned_pdf", "pdf", case, render_scanned_pdf(layout(case)))


def main() -> None:
    _register_fonts()
    build()
    for old in HERE.iterdir():
        if old.suffix in (".docx", ".pdf", ".eml", ".txt") or old.name.endswith(".expected.json"):
            old.unlink()
    for i, (style, ext, case, data) in enumerate(DOCS):
        name = f"{i:02d}-{style}.{ext}"
        (HERE / name).write_bytes(data)
        answer = truth(case, name, style)
        (HERE / f"{i:02d}-{style}.expected.json").write_text(json.dumps(answer, indent=1) + "\n")
    print(f"{len(DOCS)} documents written to {HERE}")


if __name__ == "__main__":
    main()
