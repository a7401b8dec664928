"""Writes training_e: fictional LA referral documents whose point is the RISK statements.

Run from the repository root::

    .venv/bin/python services/referrals/tests/documents/make_training_e.py

Every name, phone number (Ofcom drama ranges) and address is invented; the LA names and
codes are real (hearth_contract.codes). Dates are offsets from hearth_kit.clock.TEST_NOW,
never the wall clock, and the output is deterministic (seeded, fixed timestamps), so
running it twice gives the same files. Written without reading the document reader.
"""

from __future__ import annotations

import io
import json
import random
import textwrap
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from hearth_contract.codes import LOCAL_AUTHORITIES as LA_NAMES
from hearth_kit.clock import TEST_NOW

HERE = Path(__file__).parent / "training_e"
TODAY = TEST_NOW.date()
SEED = 20261205

RISK_KEYS = {
    "SH": "to_child/self_harm",
    "SE": "to_child/sexual_exploitation",
    "CE": "to_child/criminal_exploitation",
    "DA": "to_child/drug_alcohol",
    "ED": "to_child/eating_disorder",
    "MI": "to_child/missing",
    "PH": "to_others/physical_harm",
    "SX": "to_others/sexual_harm",
    "FS": "to_others/fire_setting",
    "HA": "to_others/harm_to_animals",
    "CO": "to_others/criminal_exploitation",
}
STATES = {"P": "present", "H": "historical", "S": "suspected", "N": "none_known"}
LEGAL_WORDS = {
    "C1": "Interim care order (s.38)",
    "C2": "Full care order (s.31)",
    "V2": "Section 20 (accommodated)",
    "E1": "Placement order",
}
SETTING_WORDS = {
    "fostering": "Foster care",
    "residential": "Residential children's home",
    "parent_and_child": "Parent and child foster placement",
}
DURATION_WORDS = {
    "short_term": "Short term",
    "long_term": "Long term",
    "respite": "Respite",
    "permanence": "Permanence",
}
YES, NO, BLANK = "☒ Yes ☐ No", "☐ Yes ☒ No", "☐ Yes ☐ No"


@dataclass
class Child:
    first: str
    last: str
    born_days_ago: int
    gender: str
    legal: str
    school: str
    health: str
    risks: str  # "SH=P MI=N ..." the truth a careful placement officer would record

    @property
    def dob(self) -> date:
        return TODAY - timedelta(days=self.born_days_ago)

    @property
    def age(self) -> int:
        dob = self.dob
        return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))

    def truth_risks(self) -> dict[str, str]:
        out = {}
        for part in self.risks.split():
            short, state = part.split("=")
            out[RISK_KEYS[short]] = STATES[state]
        return out


@dataclass
class Doc:
    name: str
    fmt: str  # docx, pdf, txt, eml
    layout: str  # grid, prompts, narrative, parent_child, siblings, keyvalue
    la: str
    ref: str
    sw: str
    phone: str
    setting: str
    urgency: str
    duration: str
    start_in_days: int
    children: list[Child]
    rows: list[tuple[str, str]]  # (prompt or risk name, answer as the form shows it)
    family: str = "Mother, fortnightly, supervised at the contact centre"
    history: list[str] = field(
        default_factory=lambda: ["Foster care (short term), ended when the carer retired"]
    )
    parent: str = ""

    @property
    def la_name(self) -> str:
        """The LA's name as a form prints it ("Bristol, City of" becomes "Bristol City")."""
        name = LA_NAMES[self.la]
        return f"{name.split(',')[0]} City" if name.endswith(", City of") else name

    @property
    def domain(self) -> str:
        slug = LA_NAMES[self.la].lower().split(",")[0].replace(" ", "")
        return f"{slug}.example.gov.uk"

    @property
    def email(self) -> str:
        first, last = self.sw.lower().split(" ", 1)
        return f"{first}.{last.replace(' ', '')}@{self.domain}"

    @property
    def referral_date(self) -> date:
        return TODAY - timedelta(days=2 + len(self.name) % 5)

    @property
    def start(self) -> date:
        return TODAY + timedelta(days=self.start_in_days)

    @property
    def needed_by(self) -> str:
        if self.start_in_days <= 0:
            return "today"
        return "within_5_days" if self.start_in_days <= 5 else "later"


def _c(first, last, days, gender, legal, school, health, risks) -> Child:
    return Child(first, last, days, gender, legal, school, health, risks)


DOCS: list[Doc] = [
    Doc(
        "e01-kent_risk_grid",
        "docx",
        "grid",
        "E10000016",
        "KCC-448120",
        "Hannah Okafor",
        "01632 960 114",
        "fostering",
        "planned",
        "long_term",
        21,
        [
            _c(
                "Chloe",
                "Marsden",
                5190,
                "female",
                "C2",
                "Oakwood Park Grammar School",
                "Asthma, uses a blue inhaler",
                "SH=P MI=N SE=S DA=N FS=N PH=N HA=N",
            )
        ],
        [
            ("Self-harm", f"{YES} | Cut her forearms in September 2026; seen weekly by CAMHS"),
            ("Going missing", NO),
            (
                "Child sexual exploitation",
                f"{BLANK} | Concerns she may be at risk of CSE "
                "through older males she has met online; no disclosure, no NRM referral",
            ),
            (
                "Drug / alcohol use",
                f"{NO} | Mother uses heroin and crack cocaine; Chloe has never used",
            ),
            ("Fire setting", NO),
            (
                "Violence to others",
                f"{NO} | Father has convictions for domestic abuse against mother",
            ),
            ("Harm to animals", NO),
        ],
    ),
    Doc(
        "e02-lancs_prompts",
        "txt",
        "prompts",
        "E10000017",
        "LCC/2026/31877",
        "Martin Doyle",
        "01632 960 271",
        "fostering",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Tyler",
                "Haworth",
                4420,
                "male",
                "V2",
                "Ribblesdale High School",
                "No known health needs",
                "SH=N FS=P MI=P DA=N SE=N CE=S PH=N SX=N HA=N ED=N",
            )
        ],
        [
            ("Is there a history of self-harm?", "No"),
            (
                "Any fire setting?",
                "Yes - twice in 2025, set fire to bins behind the flats "
                "and once to a mattress in his bedroom",
            ),
            (
                "Has the child gone missing?",
                "Yes, four times since August, found each time in Blackburn town centre",
            ),
            (
                "Does the child use drugs or alcohol?",
                "No. Older brother (19) deals cannabis from the family home and is on licence",
            ),
            ("Any concerns about sexual exploitation?", "No"),
            (
                "Any concerns about criminal exploitation?",
                "Not known whether he has been "
                "asked to carry for his brother's associates; police intelligence is being "
                "checked",
            ),
            ("Violence or aggression towards others?", "No"),
            ("Harmful sexual behaviour?", "No"),
            ("Cruelty to animals?", "No"),
            ("Eating difficulties?", "No"),
        ],
    ),
    Doc(
        "e03-leeds_parent_child",
        "pdf",
        "parent_child",
        "E08000035",
        "LDS-PC-20761",
        "Aisha Rahman",
        "0113 496 0532",
        "parent_and_child",
        "planned",
        "short_term",
        14,
        [
            _c(
                "Ava",
                "Kettleworth",
                41,
                "female",
                "C1",
                "",
                "Born at 36 weeks; neonatal abstinence monitoring completed",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=N SX=N FS=N HA=N",
            )
        ],
        [
            (
                "Mother's risks",
                "Mother (Jade Kettleworth, 19) has a history of self-harm "
                "by overdose, the last in March 2026. She used heroin until June 2026 and is "
                "on a methadone script. She went missing from her own placement three times "
                "in 2025 and was assessed as at risk of sexual exploitation",
            ),
            ("Risks to or from baby Ava", "No known risks"),
        ],
        parent="Jade Kettleworth (mother), 19",
        family="Father, weekly, supervised by the foster carer",
        history=[],
    ),
    Doc(
        "e04-bristol_siblings",
        "eml",
        "siblings",
        "E06000023",
        "BCC 662091",
        "Owen Pritchard",
        "0117 496 0419",
        "fostering",
        "planned",
        "long_term",
        35,
        [
            _c(
                "Chloe",
                "Ashby",
                4010,
                "female",
                "C2",
                "Cotham School",
                "Eczema",
                "SH=P MI=N FS=N PH=N DA=N",
            ),
            _c(
                "Tyler",
                "Ashby",
                3100,
                "male",
                "C2",
                "Cotham Gardens Primary",
                "ADHD, takes methylphenidate",
                "SH=N MI=N FS=N PH=P DA=N",
            ),
        ],
        [
            ("Self-harm", "Chloe - Yes (scratching, last in October), Tyler - No"),
            ("Going missing", "Neither child"),
            ("Fire setting", "Chloe - No, Tyler - No"),
            (
                "Aggression to others",
                "Chloe - No, Tyler - Yes, hits and kicks adults when dysregulated",
            ),
            (
                "Substance misuse",
                "No for both. Stepfather's alcohol misuse was the reason for removal",
            ),
        ],
    ),
    Doc(
        "e05-sheffield_keyvalue",
        "docx",
        "keyvalue",
        "E08000019",
        "SCC-CYP-90233",
        "Gemma Lindqvist",
        "0114 496 0788",
        "residential",
        "planned",
        "long_term",
        28,
        [
            _c(
                "Keira",
                "Dunmore",
                5560,
                "female",
                "C2",
                "Sheffield Park Academy",
                "Autism diagnosed 2022; FASD suspected, not assessed",
                "SH=N MI=P SE=P DA=P CE=N PH=H FS=N SX=N HA=N ED=N",
            )
        ],
        [
            ("Self-harm", "No, but she has gone missing three times since September"),
            ("Missing from care", "Yes - see above; return interviews done each time"),
            ("CSE", "Yes - NRM referral made October 2026, linked to adult males in Rotherham"),
            ("Drugs and alcohol", "Yes, cannabis most days and alcohol at weekends"),
            ("CCE", "No"),
            ("Physical aggression", "In 2021 she assaulted a teacher; no incidents since 2022"),
            ("Fire setting", "No"),
            ("Sexualised behaviour towards others", "No"),
            ("Harm to animals", "No"),
            ("Eating disorder", "No"),
        ],
    ),
    Doc(
        "e06-norfolk_narrative",
        "pdf",
        "narrative",
        "E10000020",
        "NCC/CS/558102",
        "Peter Attwood",
        "01632 960 124",
        "fostering",
        "planned",
        "short_term",
        10,
        [
            _c(
                "Liam",
                "Rudd",
                3660,
                "male",
                "V2",
                "Hethersett Primary School",
                "ADHD and ARND (alcohol-related neurodevelopmental disorder); no behaviour "
                "concerns arising",
                "SH=N MI=N FS=N PH=N DA=N SE=N CE=N SX=N HA=N ED=N",
            )
        ],
        [
            (
                "Risks",
                "Liam has a diagnosis of ADHD and ARND. This is a diagnosis and not "
                "a behaviour: there are no known risks to Liam or from Liam. His mother's "
                "partner has a conviction for arson (2019) and for drug supply, and there "
                "have been eleven police call-outs to the home for domestic abuse. None of "
                "these risks are Liam's own.",
            ),
        ],
    ),
    Doc(
        "e07-derby_tickbox",
        "pdf",
        "grid",
        "E06000015",
        "DCC-77310",
        "Rebecca Shaw",
        "01632 960 663",
        "fostering",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Jayden",
                "Pryce",
                5010,
                "male",
                "C1",
                "Littleover Community School",
                "No known health needs",
                "SH=N SE=N CE=P DA=P ED=N MI=P PH=P SX=N FS=N HA=N CO=S",
            )
        ],
        [
            ("Self-harm", NO),
            ("Sexual exploitation", NO),
            (
                "Criminal exploitation / county lines",
                f"{YES} | Found in Nottingham with "
                "£600 and wraps in August 2026; NRM positive reasonable grounds",
            ),
            ("Substance misuse", f"{YES} | Cannabis daily; ketamine suspected"),
            ("Eating disorder", NO),
            ("Missing episodes", f"{YES} | Seven episodes in 2026, longest four days"),
            ("Violence to others", f"{YES} | Threatened his mother with a knife in November 2026"),
            ("Harmful sexual behaviour", NO),
            ("Fire setting", NO),
            ("Harm to animals", NO),
            (
                "Risk of exploiting / recruiting others",
                f"{BLANK} | Police believe he may "
                "be recruiting younger boys at school; unconfirmed",
            ),
        ],
    ),
    Doc(
        "e08-devon_no_known",
        "txt",
        "keyvalue",
        "E10000008",
        "DEV-CS-123984",
        "Laura Penhaligon",
        "07700 900 815",
        "fostering",
        "planned",
        "long_term",
        42,
        [
            _c(
                "Poppy",
                "Tregarthen",
                2560,
                "female",
                "E1",
                "Heathcoat Primary School",
                "Global developmental delay",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=N SX=N FS=N HA=N",
            )
        ],
        [
            ("Risks (to the child and to others)", "No known risks."),
            (
                "Parental risks",
                "Mother: long-term alcohol dependence and a caution for "
                "assault in 2023. Father: in prison for burglary. Maternal uncle lives in "
                "the home and has set fires in the past.",
            ),
        ],
    ),
    Doc(
        "e09-herts_prompts_email",
        "eml",
        "prompts",
        "E10000015",
        "HCC 2026-44719",
        "Daniel Mensah",
        "020 7946 0932",
        "residential",
        "planned",
        "long_term",
        30,
        [
            _c(
                "Ellie",
                "Brandon",
                5710,
                "female",
                "C2",
                "The Priory School, Hitchin",
                "Anorexia nervosa under the eating disorder team",
                "ED=P SH=H MI=N SE=N CE=N DA=N PH=N FS=N",
            )
        ],
        [
            (
                "Does she have an eating disorder?",
                "Yes - restricts food, weight "
                "monitored weekly by the community eating disorder service",
            ),
            (
                "Has she ever self-harmed?",
                "Yes, in 2023 she cut her legs; nothing since spring 2024",
            ),
            ("Has she ever gone missing?", "No"),
            ("Sexual or criminal exploitation?", "No to both"),
            ("Alcohol or drugs?", "No. Her mother's partner is a heavy drinker"),
            ("Has she hurt anyone?", "No"),
            ("Fire setting?", "No"),
        ],
    ),
    Doc(
        "e10-essex_sibling_grid",
        "docx",
        "siblings",
        "E10000012",
        "ECC-515560",
        "Sophie Adeyemi",
        "01632 960 347",
        "fostering",
        "emergency",
        "short_term",
        1,
        [
            _c(
                "Mia",
                "Carter",
                3800,
                "female",
                "C1",
                "Moulsham Junior School",
                "No known health needs",
                "SH=N MI=N FS=N PH=N HA=S",
            ),
            _c(
                "Noah",
                "Carter",
                2900,
                "male",
                "C1",
                "Moulsham Infant School",
                "Autism (diagnosed 2025); non-verbal at times",
                "SH=N MI=N FS=N PH=N HA=N",
            ),
            _c(
                "Ruby",
                "Carter",
                1500,
                "female",
                "C1",
                "Little Acorns Nursery",
                "No known health needs",
                "SH=N MI=N FS=N PH=N HA=N",
            ),
        ],
        [
            ("Self-harm", "Mia - No, Noah - No, Ruby - No"),
            ("Going missing", "None of the children"),
            ("Fire setting", "No for all three. Mother's partner has a conviction for arson"),
            (
                "Aggression",
                "Mia - No; Noah - No (autism, can be loud when distressed, "
                "not aggressive); Ruby - No",
            ),
            (
                "Harm to animals",
                "Mia - possibly, the family cat was found injured and "
                "it is not known who hurt it; Noah - No; Ruby - No",
            ),
        ],
    ),
    Doc(
        "e11-nottingham_pc_email",
        "eml",
        "parent_child",
        "E06000018",
        "NCC-PC-44021",
        "Grace Whitfield",
        "0115 496 0721",
        "parent_and_child",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Leo",
                "Marchant",
                12,
                "male",
                "C1",
                "",
                "Healthy, born at term",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=N SX=N FS=N HA=N",
            )
        ],
        [
            (
                "Mother's self-harm",
                "Yes - overdose in August 2026, under the perinatal mental health team",
            ),
            (
                "Mother's substance use",
                "Crack cocaine until her pregnancy; tests clear since July 2026",
            ),
            ("Mother going missing", "Went missing for two days in October 2026"),
            (
                "Risks to baby Leo",
                "None known. The risks above are the mother's and are "
                "why a parent and child placement is needed",
            ),
        ],
        parent="Shannon Marchant (mother), 22",
        family="Father, twice weekly, supervised",
        history=[],
    ),
    Doc(
        "e12-cornwall_narrative",
        "docx",
        "narrative",
        "E06000052",
        "CC-CIC-87712",
        "Tamsin Rowe",
        "07700 900 552",
        "fostering",
        "planned",
        "long_term",
        56,
        [
            _c(
                "Morgan",
                "Pascoe",
                4600,
                "other",
                "C2",
                "Penryn College",
                "No known health needs",
                "SH=S MI=H DA=N SE=N FS=N PH=N",
            )
        ],
        [
            (
                "Risk summary",
                "Morgan identifies as non-binary. There are concerns Morgan "
                "may be self-harming (school staff saw healed marks in October) but Morgan "
                "denies it and CAMHS have not confirmed. In 2023 Morgan went missing twice "
                "overnight; there have been no missing episodes since then. Morgan does not "
                "use drugs or alcohol, and there are no concerns about exploitation, "
                "fire setting or aggression. Morgan's older sister is known to police for "
                "shoplifting and cannabis possession.",
            ),
        ],
    ),
    Doc(
        "e13-wirral_tick_table",
        "docx",
        "grid",
        "E08000015",
        "WBC/LAC/30442",
        "Kerry Bickerstaff",
        "0151 496 0870",
        "residential",
        "emergency",
        "short_term",
        2,
        [
            _c(
                "Reece",
                "Tunstall",
                5380,
                "male",
                "C2",
                "Wirral Hospitals School",
                "Conduct disorder; PTSD",
                "PH=P FS=H MI=P DA=P SH=N SE=N CE=N SX=N HA=N ED=N",
            )
        ],
        [
            ("☒ Physical aggression", "Assaulted two carers in October 2026"),
            ("☒ Fire setting", "Set fire to a shed in 2022; nothing since"),
            ("☒ Missing from care", "Eleven episodes this year"),
            ("☒ Substance misuse", "Alcohol and cannabis"),
            ("☐ Self-harm", ""),
            ("☐ Sexual exploitation", ""),
            ("☐ Criminal exploitation", ""),
            ("☐ Harmful sexual behaviour", ""),
            ("☐ Harm to animals", ""),
            ("☐ Eating disorder", ""),
        ],
    ),
    Doc(
        "e14-walsall_keyvalue",
        "txt",
        "keyvalue",
        "E08000030",
        "WMBC-96118",
        "Imran Aziz",
        "0121 496 0214",
        "fostering",
        "planned",
        "short_term",
        7,
        [
            _c(
                "Amelia",
                "Foxley",
                4900,
                "female",
                "V2",
                "Walsall Academy",
                "Type 1 diabetes",
                "MI=S SE=S SH=N DA=N FS=N PH=N",
            )
        ],
        [
            ("Self harm", "None known"),
            (
                "Missing",
                "Not known whether she has gone missing; mother reports she "
                "stays out late but has never reported her missing",
            ),
            (
                "CSE",
                "Concerns she may be at risk of CSE: seen getting into cars with "
                "older males, strategy meeting booked",
            ),
            ("Substance misuse", "None known. Mother misuses alcohol and prescription drugs"),
            ("Fire setting", "No"),
            ("Violence", "No. Domestic abuse by father towards mother (MARAC 2025)"),
        ],
    ),
    Doc(
        "e15-hants_prompt_pdf",
        "pdf",
        "prompts",
        "E10000014",
        "HCC-CSD-770129",
        "Natalie Chambers",
        "01632 960 021",
        "fostering",
        "planned",
        "long_term",
        21,
        [
            _c(
                "Callum",
                "Whitlock",
                3900,
                "male",
                "C2",
                "Fernhill School",
                "Autism and ADHD; melatonin at night",
                "SH=N FS=N PH=H MI=N DA=N SE=N CE=N HA=N SX=N",
            )
        ],
        [
            ("Is there a history of self-harm?", "No"),
            ("Any fire setting?", "No"),
            (
                "Any aggression towards others? Please give detail of incidents, when they "
                "happened, who was harmed and how the behaviour is now managed by the adults "
                "around the child",
                "Historically, yes: in 2022 he bit and kicked his "
                "teaching assistant several times during transitions. No incidents since the "
                "autism diagnosis and the support plan in 2023. The autism and ADHD are "
                "diagnoses, not risks.",
            ),
            ("Has he gone missing?", "No"),
            ("Drugs or alcohol?", "No"),
            ("Sexual exploitation?", "No"),
            ("Criminal exploitation?", "No"),
            ("Harm to animals?", "No"),
            ("Sexually harmful behaviour?", "No"),
        ],
    ),
    Doc(
        "e16-suffolk_siblings_pdf",
        "pdf",
        "siblings",
        "E10000029",
        "SCC-FS-30981",
        "Ben Holloway",
        "01632 960 390",
        "fostering",
        "planned",
        "long_term",
        28,
        [
            _c(
                "Jasmine",
                "Reeve",
                5250,
                "female",
                "C2",
                "Northgate High School",
                "No known health needs",
                "SH=H MI=P DA=P SE=S PH=N FS=N",
            ),
            _c(
                "Kyle",
                "Reeve",
                4300,
                "male",
                "C2",
                "Northgate High School",
                "Dyslexia",
                "SH=N MI=N DA=N SE=N PH=N FS=P",
            ),
        ],
        [
            ("Self-harm", "Jasmine - historical, cut herself in 2024, none since; Kyle - No"),
            ("Missing", "Jasmine - Yes, three times in October; Kyle - No"),
            ("Drugs or alcohol", "Jasmine - Yes (vapes cannabis); Kyle - No"),
            (
                "Sexual exploitation",
                "Jasmine - concerns she may be groomed by a 19-year-old; Kyle - No",
            ),
            ("Aggression", "Jasmine - No, Kyle - No"),
            (
                "Fire setting",
                "Jasmine - No, Kyle - Yes, lit a fire in a school bin in November 2026",
            ),
        ],
    ),
    Doc(
        "e17-bradford_pc_docx",
        "docx",
        "parent_child",
        "E08000032",
        "BMDC-PC-18853",
        "Farah Qureshi",
        "07700 900 145",
        "parent_and_child",
        "planned",
        "short_term",
        12,
        [
            _c(
                "Zara",
                "Hussain",
                95,
                "female",
                "C1",
                "",
                "Healthy; routine immunisations up to date",
                "",
            )
        ],
        [
            ("Mother's mental health", "History of self-harm and two hospital admissions in 2025"),
            (
                "Mother's substance use",
                "Drinks heavily when low; alcohol treatment started in September 2026",
            ),
            (
                "Domestic abuse",
                "Baby's father was violent to mother; he has a non-molestation order against him",
            ),
            ("Mother going missing", "Has left the mother and baby unit overnight twice"),
        ],
        parent="Saima Hussain (mother), 24",
        family="Maternal grandmother, weekly, unsupervised",
        history=[],
    ),
    Doc(
        "e18-lincs_email_grid",
        "eml",
        "grid",
        "E10000019",
        "LCC-CS-402258",
        "Joanne Featherstone",
        "01632 960 607",
        "fostering",
        "planned",
        "long_term",
        40,
        [
            _c(
                "Harvey",
                "Skelton",
                4750,
                "male",
                "C2",
                "Lincoln Castle Academy",
                "No known health needs",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=N SX=N FS=N HA=N",
            )
        ],
        [
            ("Self-harm", "☐ Yes ☒ No"),
            ("Exploitation (sexual or criminal)", "☐ Yes ☒ No"),
            ("Drugs / alcohol", "☐ Yes ☒ No"),
            ("Eating disorder", "☐ Yes ☒ No"),
            ("Missing", "☐ Yes ☒ No"),
            ("Harm to others (physical or sexual)", "☐ Yes ☒ No"),
            ("Fire setting", "☐ Yes ☒ No"),
            ("Harm to animals", "☐ Yes ☒ No"),
            (
                "Household",
                "Father has convictions for drug supply and assault; he is "
                "the reason for the care order. These are not risks Harvey presents.",
            ),
        ],
    ),
    Doc(
        "e19-plymouth_narrative_txt",
        "txt",
        "narrative",
        "E06000026",
        "PCC-78840",
        "Ewan Treloar",
        "07700 900 301",
        "residential",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Kayden",
                "Bolitho",
                5480,
                "male",
                "C1",
                "Plymouth Studio School",
                "FASD diagnosed 2020",
                "PH=P CO=P CE=P DA=P MI=P SH=N FS=N",
            )
        ],
        [
            (
                "Risks",
                "Kayden has FASD. He is violent to staff and peers (three "
                "assaults on staff in October 2026). He is criminally exploited by an "
                "organised group from London and has been seen recruiting younger children "
                "into dealing. He uses cannabis and cocaine. He goes missing most weekends. "
                "He has never self-harmed and has no history of fire setting.",
            ),
        ],
        family="Mother, weekly, by video call",
    ),
    Doc(
        "e20-surrey_prompts_docx",
        "docx",
        "prompts",
        "E10000030",
        "SCC/CSC/119077",
        "Olivia Grant",
        "01632 960 933",
        "fostering",
        "planned",
        "long_term",
        25,
        [
            _c(
                "Isla",
                "Penrose",
                4850,
                "female",
                "V2",
                "Guildford County School",
                "Depression; sertraline",
                "SH=P MI=H SE=N CE=N DA=N ED=S PH=N FS=N HA=N SX=N",
            )
        ],
        [
            ("Is there a history of self-harm?", "Yes - cutting, most recently in November 2026"),
            ("Has she gone missing?", "Once in 2024, returned the next morning; none since"),
            ("Exploitation concerns?", "No"),
            ("Drugs or alcohol?", "No"),
            (
                "Eating?",
                "Not known whether she is restricting; school have noticed she "
                "skips lunch and a referral to the eating disorder service is being "
                "considered",
            ),
            ("Violence to others?", "No"),
            ("Fire setting?", "No"),
            ("Cruelty to animals?", "No"),
            ("Sexually harmful behaviour?", "No"),
        ],
    ),
    Doc(
        "e21-wigan_keyvalue_pdf",
        "pdf",
        "keyvalue",
        "E08000010",
        "WIG-CS-66210",
        "Craig Ashworth",
        "07700 900 488",
        "fostering",
        "planned",
        "short_term",
        9,
        [
            _c(
                "Lacey",
                "Unsworth",
                4550,
                "female",
                "C1",
                "Hindley High School",
                "No known health needs",
                "SH=N MI=P SE=S FS=N PH=N DA=N",
            )
        ],
        [
            ("Self-harm", "No, but she has gone missing three times since September 2026"),
            ("Missing episodes", "As above"),
            ("CSE", "Suspected - found with an older man in Manchester; police investigating"),
            ("Fire setting", "No"),
            (
                "Violence to others",
                "No. Her brother (17) is on a youth referral order for robbery and carries a knife",
            ),
            ("Alcohol/drugs", "None known"),
        ],
    ),
    Doc(
        "e22-manchester_siblings_txt",
        "txt",
        "siblings",
        "E08000003",
        "MCC-SW-250983",
        "Tanya Okonkwo",
        "0161 496 0582",
        "fostering",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Dylan",
                "Rourke",
                5100,
                "male",
                "C1",
                "Manchester Academy",
                "No known health needs",
                "CE=S MI=P DA=N SH=N PH=N FS=N",
            ),
            _c(
                "Amber",
                "Rourke",
                3400,
                "female",
                "C1",
                "St Agnes Primary",
                "No known health needs",
                "CE=N MI=N DA=N SH=N PH=N FS=N",
            ),
        ],
        [
            (
                "Criminal exploitation",
                "Dylan - concerns, not confirmed: seen with known dealers; Amber - No",
            ),
            ("Missing", "Dylan - Yes, twice in November 2026; Amber - No"),
            ("Drugs/alcohol", "Dylan - No, Amber - No. Both parents use crack cocaine"),
            ("Self-harm", "Dylan - No, Amber - No"),
            ("Aggression", "Neither child. Father has convictions for assault and domestic abuse"),
            ("Fire setting", "Dylan - No, Amber - No"),
        ],
    ),
    Doc(
        "e23-somerset_pc_txt",
        "txt",
        "parent_child",
        "E06000066",
        "SOM-PC-31904",
        "Rachel Vowles",
        "01632 960 710",
        "parent_and_child",
        "planned",
        "short_term",
        18,
        [
            _c(
                "Freddie",
                "Chard",
                200,
                "male",
                "V2",
                "",
                "Cleft lip repaired; feeding plan from the cleft team",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=N SX=N FS=N HA=N",
            )
        ],
        [
            (
                "Mother's history",
                "In 2021 she went missing from care and was sexually "
                "exploited; she used amphetamines until 2023. She self-harms when "
                "distressed, most recently in October 2026.",
            ),
            (
                "Father",
                "Father has a conviction for arson (2020) and is not to have unsupervised contact",
            ),
            ("Risks to or from Freddie", "No known risks"),
        ],
        parent="Kirsty Chard (mother), 20",
        family="Father, monthly, supervised",
        history=[],
    ),
    Doc(
        "e24-cumberland_grid_eml",
        "eml",
        "grid",
        "E06000063",
        "CUM-CS-48265",
        "Ian Wilkinson",
        "07700 900 639",
        "residential",
        "planned",
        "long_term",
        30,
        [
            _c(
                "Skye",
                "Armstrong",
                5640,
                "female",
                "C2",
                "Richard Rose Central Academy",
                "Autism; ARFID (avoidant restrictive food intake disorder)",
                "SX=P SH=P ED=P MI=N DA=N FS=N PH=H HA=N",
            )
        ],
        [
            (
                "Sexually harmful behaviour",
                "☒ Yes ☐ No - touched a younger foster child in 2026; AIM3 assessment completed",
            ),
            ("Self-harm", "☒ Yes ☐ No - head banging and biting her hands"),
            ("Eating disorder", "☒ Yes ☐ No - ARFID, dietitian plan"),
            ("Missing", "☐ Yes ☒ No"),
            ("Drugs / alcohol", "☐ Yes ☒ No"),
            ("Fire setting", "☐ Yes ☒ No"),
            ("Physical aggression", "☐ Yes ☒ No - last incident in 2021"),
            ("Harm to animals", "☐ Yes ☒ No"),
        ],
    ),
    Doc(
        "e25-notts_no_known_grid",
        "pdf",
        "grid",
        "E10000024",
        "NCC-CFS-73390",
        "Stacey Widdowson",
        "0115 496 0266",
        "fostering",
        "planned",
        "long_term",
        33,
        [
            _c(
                "Ethan",
                "Kirkby",
                3300,
                "male",
                "C2",
                "Hucknall Flying High Academy",
                "Neonatal abstinence syndrome at birth; no ongoing needs",
                "SH=N SE=N CE=N DA=N ED=N MI=N PH=P SX=N FS=S HA=N CO=N",
            )
        ],
        [
            ("Self-harm", "☒ No known risk ☐ Known risk"),
            ("Sexual exploitation", "☒ No known risk ☐ Known risk"),
            ("Criminal exploitation", "☒ No known risk ☐ Known risk"),
            (
                "Drugs and alcohol",
                "☒ No known risk ☐ Known risk | Born with neonatal "
                "abstinence syndrome (mother used methadone in pregnancy); Ethan has never "
                "used substances",
            ),
            ("Eating disorder", "☒ No known risk ☐ Known risk"),
            ("Going missing", "☒ No known risk ☐ Known risk"),
            (
                "Physical harm to others",
                "☐ No known risk ☒ Known risk | Hits younger "
                "children when he loses at games; two incidents at school this term",
            ),
            ("Sexual harm to others", "☒ No known risk ☐ Known risk"),
            (
                "Fire setting",
                "☐ No known risk ☐ Known risk | Matches and a lighter were "
                "found under his bed in October; not known whether he has lit anything",
            ),
            ("Harm to animals", "☒ No known risk ☐ Known risk"),
            ("Exploiting others", "☒ No known risk ☐ Known risk"),
        ],
    ),
    Doc(
        "e26-luton_household_docx",
        "docx",
        "prompts",
        "E06000032",
        "LBC-CSC-40617",
        "Priya Sandhu",
        "01632 960 842",
        "fostering",
        "emergency",
        "short_term",
        0,
        [
            _c(
                "Sienna",
                "Blake",
                5020,
                "female",
                "V2",
                "Stopsley High School",
                "No known health needs",
                "SH=N MI=P FS=N DA=H PH=N SE=N CE=N",
            )
        ],
        [
            (
                "Any self-harm or suicidal thoughts?",
                "Self-harm: no, but she has gone missing overnight twice this month",
            ),
            (
                "Any fire setting?",
                "No. Her stepfather was convicted of arson with intent "
                "in 2018 and lives in the family home",
            ),
            (
                "Alcohol or drug use?",
                "She drank alcohol regularly in 2023 when living "
                "with her father; no use since she moved back to her mother's in 2024",
            ),
            (
                "Is there domestic abuse in the household?",
                "Yes - between mother and "
                "stepfather, police called five times in 2026. Sienna is not violent",
            ),
            ("Any exploitation concerns (sexual or criminal)?", "None"),
        ],
        family="Maternal grandmother, weekly, unsupervised",
    ),
]


# ---------------------------------------------------------------- the header fields


def _header(doc: Doc) -> list[tuple[str, str]]:
    """The form's non-risk fields, in order, as (label, value)."""
    lines = [
        ("Local authority", f"{doc.la_name} Council Children's Services"),
        ("LA reference", doc.ref),
        ("Date of referral", doc.referral_date.strftime("%d/%m/%Y")),
        ("Social worker", doc.sw),
        ("Email", doc.email),
        ("Telephone", doc.phone),
        ("Placement type", SETTING_WORDS[doc.setting]),
        ("Urgency", "EMERGENCY - same day" if doc.urgency == "emergency" else "Planned"),
        ("Duration", DURATION_WORDS[doc.duration]),
        ("Start date", doc.start.strftime("%d/%m/%Y")),
    ]
    if doc.parent:
        lines.append(("Parent", doc.parent))
    return lines


def _child_fields(child: Child, doc: Doc) -> list[tuple[str, str]]:
    out = [
        ("Child's name", f"{child.first} {child.last}"),
        ("Date of birth", child.dob.strftime("%d/%m/%Y")),
        ("Gender", {"male": "Male", "female": "Female", "other": "Non-binary"}[child.gender]),
        ("Legal status", LEGAL_WORDS[child.legal]),
        ("Health needs", child.health),
    ]
    if child.school:
        out.append(("School", child.school))
    out.append(("Family time", doc.family))
    history = "; ".join(doc.history) if doc.history else "None - first placement"
    out.append(("Placement history", history))
    return out


def _lines(doc: Doc) -> list[str]:
    """A plain-text form: header, each child, then the risk section in the layout's style."""
    out = [f"{doc.la_name.upper()} COUNCIL - PLACEMENT REFERRAL", ""]
    out += [f"{label}: {value}" for label, value in _header(doc)]
    for child in doc.children:
        out.append("")
        out += [f"{label}: {value}" for label, value in _child_fields(child, doc)]
    out += ["", _risk_title(doc), ""]
    for prompt, answer in doc.rows:
        if doc.layout == "prompts":
            out.append(f"{prompt} {answer}")
        elif doc.layout == "narrative":
            out += [prompt.upper(), answer, ""]
        else:
            out.append(f"{prompt}: {answer}" if answer else prompt)
    out += ["", f"Signed: {doc.sw}, Social Worker, {doc.la_name}"]
    return out


def _risk_title(doc: Doc) -> str:
    if doc.layout == "parent_child":
        return "RISKS - PARENT AND CHILD"
    if doc.layout == "siblings":
        return "RISK ASSESSMENT (answer for each child)"
    return "RISK ASSESSMENT"


# ---------------------------------------------------------------- the four renderers


def _write_txt(doc: Doc, path: Path) -> None:
    wrapped = []
    for line in _lines(doc):
        wrapped += textwrap.wrap(line, 100) or [""]
    path.write_text("\n".join(wrapped) + "\n")


def _write_eml(doc: Doc, path: Path) -> None:
    message = EmailMessage()
    message["From"] = f"{doc.sw} <{doc.email}>"
    message["To"] = "placements@hearth.example.org"
    names = " and ".join(child.first for child in doc.children)
    message["Subject"] = f"Placement referral {doc.ref} - {names}"
    stamp = TEST_NOW.replace(hour=9) - timedelta(days=(TODAY - doc.referral_date).days)
    message["Date"] = format_datetime(stamp)
    message["Message-ID"] = f"<{doc.name}@{doc.domain}>"
    body = ["Dear placements team,", "", "Please find our referral below.", ""]
    body += _lines(doc)
    body += ["", "Kind regards", doc.sw, f"{doc.phone}"]
    message.set_content("\n".join(body) + "\n")
    path.write_bytes(bytes(message))


def _write_docx(doc: Doc, path: Path) -> None:
    from docx import Document

    word = Document()
    word.core_properties.created = TEST_NOW.replace(tzinfo=None)
    word.core_properties.modified = TEST_NOW.replace(tzinfo=None)
    word.core_properties.author = doc.la_name
    word.add_heading(f"{doc.la_name} Council - Placement Referral", level=1)
    table = word.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in _header(doc):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for child in doc.children:
        word.add_heading(f"Child: {child.first} {child.last}", level=2)
        child_table = word.add_table(rows=0, cols=2)
        child_table.style = "Table Grid"
        for label, value in _child_fields(child, doc):
            cells = child_table.add_row().cells
            cells[0].text, cells[1].text = label, value
    word.add_heading(_risk_title(doc), level=2)
    if doc.layout == "narrative":
        for prompt, answer in doc.rows:
            word.add_paragraph(prompt).runs[0].bold = True
            word.add_paragraph(answer)
    elif doc.layout == "grid":
        risk_table = word.add_table(rows=1, cols=3)
        risk_table.style = "Table Grid"
        head = risk_table.rows[0].cells
        head[0].text, head[1].text, head[2].text = "Risk", "Known?", "Details"
        for prompt, answer in doc.rows:
            ticks, _, detail = answer.partition(" | ")
            if not ticks.startswith("☐") and not ticks.startswith("☒"):
                ticks, detail = "", answer
            cells = risk_table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = prompt, ticks, detail
    else:
        risk_table = word.add_table(rows=0, cols=2)
        risk_table.style = "Table Grid"
        for prompt, answer in doc.rows:
            cells = risk_table.add_row().cells
            cells[0].text, cells[1].text = prompt, answer
    word.add_paragraph(f"Signed: {doc.sw}, Social Worker")
    buffer = io.BytesIO()
    word.save(buffer)
    path.write_bytes(_stable_zip(buffer.getvalue()))


def _stable_zip(data: bytes) -> bytes:
    """The same package with every entry stamped TEST_NOW (zipfile stamps the wall clock)."""
    stamp = TEST_NOW.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item))
    return out.getvalue()


def _write_pdf(doc: Doc, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "Helvetica"
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():  # a font with the ☒ and ☐ glyphs
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(dejavu)))
        font = "DejaVuSans"
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("body", fontName=font, fontSize=9, leading=11)
    title = styles["Heading2"].clone("title", fontName=font)

    def para(text: str) -> Paragraph:
        if font == "Helvetica":
            text = text.replace("☒", "[X]").replace("☐", "[ ]")
        return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), body)

    def grid(rows: list[list[str]], widths: list[float]) -> Table:
        table = Table([[para(cell) for cell in row] for row in rows], colWidths=widths)
        table.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
            )
        )
        return table

    story = [Paragraph(f"{doc.la_name} Council - Placement Referral", title)]
    story.append(grid([[label, value] for label, value in _header(doc)], [150, 330]))
    for child in doc.children:
        story += [Spacer(1, 8), Paragraph(f"Child: {child.first} {child.last}", title)]
        story.append(grid([[a, b] for a, b in _child_fields(child, doc)], [150, 330]))
    story += [Spacer(1, 8), Paragraph(_risk_title(doc), title)]
    if doc.layout == "narrative":
        for prompt, answer in doc.rows:
            story += [para(prompt.upper()), para(answer)]
    elif doc.layout == "grid":
        rows = [["Risk", "Known?", "Details"]]
        for prompt, answer in doc.rows:
            ticks, _, detail = answer.partition(" | ")
            if not ticks.startswith(("☐", "☒")):
                ticks, detail = "", answer
            rows.append([prompt, ticks, detail])
        story.append(grid(rows, [140, 80, 260]))
    else:
        story.append(grid([[prompt, answer] for prompt, answer in doc.rows], [200, 280]))
    story += [Spacer(1, 8), para(f"Signed: {doc.sw}, Social Worker")]
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=f"Referral {doc.ref}",
        author=doc.la_name,
        creator="training_e",
        invariant=1,
    )
    pdf.build(story)


WRITERS = {"txt": _write_txt, "eml": _write_eml, "docx": _write_docx, "pdf": _write_pdf}


# ---------------------------------------------------------------- the truth


def _missing(doc: Doc) -> list[str]:
    """What completeness.py would still ask, limited to the topics scoring.py scores."""
    out = []
    for index, child in enumerate(doc.children):
        truth = child.truth_risks()
        if not truth:
            out.append(f"/children/{index}/risks")
        else:
            out += [
                f"/children/{index}/risks/{key}" for key in RISK_KEYS.values() if key not in truth
            ]
        if not child.school:
            out.append(f"/children/{index}/school")
    return sorted(out)


def truth(doc: Doc) -> dict:
    children = []
    for child in doc.children:
        children.append(
            {
                "first_name": child.first,
                "last_name": child.last,
                "date_of_birth": child.dob.isoformat(),
                "age_years": child.age,
                "gender": child.gender,
                "legal_status": child.legal,
                "school": child.school or None,
                "family_time_count": 1,
                "placement_history_count": len(doc.history),
                "risks": child.truth_risks(),
            }
        )
    return {
        "file": f"{doc.name}.{doc.fmt}",
        "la_code": doc.la,
        "la_reference": doc.ref,
        "referral_date": doc.referral_date.isoformat(),
        "social_worker": {"name": doc.sw, "email": doc.email, "phone": doc.phone},
        "placement": {
            "setting": doc.setting,
            "urgency": doc.urgency,
            "duration": doc.duration,
            "start_date": doc.start.isoformat(),
            "needed_by": doc.needed_by,
        },
        "children": children,
        "unclear": [],
        "missing": _missing(doc),
    }


def main() -> None:
    random.seed(SEED)  # nothing below draws from it today; kept so additions stay stable
    HERE.mkdir(exist_ok=True)
    for doc in DOCS:
        WRITERS[doc.fmt](doc, HERE / f"{doc.name}.{doc.fmt}")
        (HERE / f"{doc.name}.expected.json").write_text(
            json.dumps(truth(doc), indent=1, ensure_ascii=False) + "\n"
        )
    print(f"wrote {len(DOCS)} documents to {HERE}")


if __name__ == "__main__":
    main()
