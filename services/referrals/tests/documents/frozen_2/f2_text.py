"""Wording for the frozen_2 documents: risks, family time, history, dates, legal status.

Written from general knowledge of English LA referral forms; every sentence states the
assertion its truth records (present, historical, suspected, none known) and nothing else.
"""

from __future__ import annotations

from datetime import date

RISK_KEYS = (
    "to_child/self_harm",
    "to_child/sexual_exploitation",
    "to_child/criminal_exploitation",
    "to_child/drug_alcohol",
    "to_child/eating_disorder",
    "to_child/missing",
    "to_others/physical_harm",
    "to_others/sexual_harm",
    "to_others/fire_setting",
    "to_others/harm_to_animals",
    "to_others/criminal_exploitation",
)
SHORT = dict(zip(("sh", "cse", "cce", "dr", "ed", "mi", "ph", "hsb", "fs", "an", "oce"), RISK_KEYS))
STATE = {"P": "present", "H": "historical", "S": "suspected", "N": "none_known"}

# The labels forms print for each risk (several house styles).
LABELS = {
    "to_child/self_harm": ("Self-harm", "Self harm / suicidal ideation", "Self-injury"),
    "to_child/sexual_exploitation": (
        "Child sexual exploitation (CSE)",
        "Sexual exploitation",
        "CSE",
    ),
    "to_child/criminal_exploitation": (
        "Child criminal exploitation (CCE) / county lines",
        "Criminal exploitation",
        "CCE",
    ),
    "to_child/drug_alcohol": ("Substance misuse", "Drugs and alcohol", "Alcohol / drug use"),
    "to_child/eating_disorder": ("Eating disorder", "Disordered eating", "Eating difficulties"),
    "to_child/missing": ("Missing from home / care", "Missing episodes", "Going missing"),
    "to_others/physical_harm": (
        "Violence / aggression to others",
        "Physical harm to others",
        "Assaultive behaviour",
    ),
    "to_others/sexual_harm": (
        "Harmful sexual behaviour (HSB)",
        "Sexual harm to others",
        "Sexualised behaviour towards others",
    ),
    "to_others/fire_setting": ("Fire setting", "Arson / fire setting", "Fire-setting"),
    "to_others/harm_to_animals": (
        "Cruelty to animals",
        "Harm to animals",
        "Risk to pets",
    ),
    "to_others/criminal_exploitation": (
        "Exploiting others / drawing peers into crime",
        "Criminal exploitation of others",
        "Recruiting others into offending",
    ),
}
QUESTIONS = {
    "to_child/self_harm": "Is there a history of self-harm?",
    "to_child/sexual_exploitation": "Has the young person been sexually exploited or at risk of CSE?",
    "to_child/criminal_exploitation": "Is the young person criminally exploited (e.g. county lines)?",
    "to_child/drug_alcohol": "Does the young person use drugs or alcohol?",
    "to_child/eating_disorder": "Any eating disorder?",
    "to_child/missing": "Has the young person ever gone missing?",
    "to_others/physical_harm": "Has the young person been violent towards others?",
    "to_others/sexual_harm": "Any harmful sexual behaviour towards others?",
    "to_others/fire_setting": "Any fire setting?",
    "to_others/harm_to_animals": "Has the young person harmed animals?",
    "to_others/criminal_exploitation": "Does the young person draw others into crime?",
}

PHRASES = {
    "to_child/self_harm": {
        "P": (
            "{n} self-harms by cutting {his} forearms when distressed; the last incident was "
            "on 3 October 2026 and {he} is seen weekly by CAMHS.",
            "Current self-harm: {n} scratches {his} arms with anything sharp, most recently "
            "last week; a safety plan is in place.",
        ),
        "H": (
            "{n} self-harmed (cutting) in 2023; there has been no self-harm since early 2024.",
            "Historic self-harm at age eleven, none since 2024.",
        ),
        "S": (
            "Carers found fresh marks on {his} wrists and suspect self-harm; {n} says the cat "
            "scratched {him}. Not confirmed.",
            "Possible self-harm: school have seen scratches on {his} arms; this is being "
            "explored and is not confirmed.",
        ),
        "N": ("No known self-harm.", "There is no history of self-harm."),
    },
    "to_child/sexual_exploitation": {
        "P": (
            "{n} is open to the exploitation team as a victim of CSE: {he} has been found "
            "with adult males in a hotel twice since September.",
            "Assessed as at high risk of CSE (CSE screening tool, October 2026): older "
            "men contact {him} online and {he} meets them.",
        ),
        "H": (
            "{n} was assessed at risk of CSE in 2023; the concern was closed in 2024 and "
            "there have been no concerns since.",
            "Past CSE concerns (2022-2023) with a previous boyfriend; none since 2024.",
        ),
        "S": (
            "There are emerging concerns about CSE: {n} has a new phone and clothes nobody "
            "can explain. Not substantiated.",
            "Police suspect {n} may be being groomed by an older male; a strategy meeting "
            "is planned.",
        ),
        "N": ("No CSE concerns.", "Not known to be at risk of sexual exploitation."),
    },
    "to_child/criminal_exploitation": {
        "P": (
            "{n} is a victim of criminal exploitation (county lines); an NRM referral was "
            "made in September 2026.",
            "{n} has been found with cash and drugs in another town twice this autumn and "
            "is assessed as criminally exploited.",
        ),
        "H": (
            "{n} was linked to a county lines group in 2023; no concerns since 2024.",
            "Previously exploited to carry drugs (2023); nothing since early 2024.",
        ),
        "S": (
            "Police suspect {n} is being groomed to carry drugs; {he} has been seen with "
            "known older peers. Not confirmed.",
            "There are concerns, not yet evidenced, that {n} is running errands for older youths.",
        ),
        "N": (
            "No concerns about criminal exploitation.",
            "Not known to be criminally exploited.",
        ),
    },
    "to_child/drug_alcohol": {
        "P": (
            "{n} smokes cannabis most days and has been brought home drunk three times "
            "since August.",
            "Current cannabis use (daily) and occasional alcohol; open to the young "
            "people's drug and alcohol service.",
        ),
        "H": (
            "{n} used cannabis in 2023; {he} has not used any substances since January 2024.",
            "Experimented with alcohol in 2022; no use since 2024.",
        ),
        "S": (
            "Staff suspect cannabis use (smell on clothing), which {n} denies.",
            "Possible alcohol use at weekends: not confirmed.",
        ),
        "N": ("No substance misuse.", "{n} does not use drugs or alcohol."),
    },
    "to_child/eating_disorder": {
        "P": (
            "{n} has anorexia nervosa and follows a meal plan from the community eating "
            "disorder service.",
            "Restrictive eating (ARFID diagnosed 2025); meals must be supervised.",
        ),
        "H": (
            "{n} was treated for restrictive eating in 2022; {his} weight has been stable "
            "since 2024.",
            "Bulimia in 2023, discharged from the eating disorder team in 2024; none since.",
        ),
        "S": (
            "School are worried {n} may be restricting food; {he} is being assessed.",
            "Possible binge eating noted by carers; not diagnosed.",
        ),
        "N": ("No eating disorder.", "No concerns about eating."),
    },
    "to_child/missing": {
        "P": (
            "{n} goes missing regularly: eleven missing episodes since August, usually overnight.",
            "Frequently missing from home or placement (four times in the last month), "
            "returns the next day.",
        ),
        "H": (
            "{n} went missing twice in 2023; there have been no missing episodes since 2024.",
            "Missing episodes in 2022; none since early 2024.",
        ),
        "S": (
            "Staff think {n} leaves the home at night through a window; this has not been "
            "confirmed.",
            "{n} may be going missing from school at lunchtimes; being checked.",
        ),
        "N": ("Has never been reported missing.", "No missing episodes."),
    },
    "to_others/physical_harm": {
        "P": (
            "{n} can hit, kick and throw objects at adults and peers when dysregulated; "
            "two assaults on staff in October.",
            "Physically aggressive when told no; punched a carer in September 2026.",
        ),
        "H": (
            "{n} assaulted a peer at school in 2022; there has been no violence since 2024.",
            "Aggression to a younger sibling in 2023, none since 2024.",
        ),
        "S": (
            "A younger child in the placement alleged {n} pushed him; not witnessed.",
            "Possible aggression towards peers at school: unconfirmed reports.",
        ),
        "N": ("No violence towards others.", "Not known to be aggressive to others."),
    },
    "to_others/sexual_harm": {
        "P": (
            "{n} has shown harmful sexual behaviour towards a younger child; an AIM3 "
            "assessment is under way.",
            "Current HSB concerns: sexualised touching of a younger child in placement "
            "(October 2026).",
        ),
        "H": (
            "Harmful sexual behaviour in 2022 addressed through AIM work; no concerns since 2023.",
            "One incident of sexualised behaviour in 2021; nothing since.",
        ),
        "S": (
            "An unsubstantiated allegation of sexualised behaviour towards a younger child "
            "is being assessed.",
            "Concerns (not confirmed) about sexual messages {n} sent to a younger peer.",
        ),
        "N": ("No harmful sexual behaviour.", "No concerns about sexualised behaviour."),
    },
    "to_others/fire_setting": {
        "P": (
            "{n} sets fires: {he} set fire to a bin at the home in September and carries lighters.",
            "Fire setting is current: bedroom curtains set alight on 2 October 2026.",
        ),
        "H": (
            "{n} set a small fire in a bedroom in 2022; no fire setting since.",
            "Set fire to paper at school in 2021, none since 2023.",
        ),
        "S": (
            "Burnt paper was found in {his} room; staff suspect fire setting.",
            "Possibly involved in a shed fire with friends; police have not charged anyone.",
        ),
        "N": ("No fire setting.", "No history of fire setting."),
    },
    "to_others/harm_to_animals": {
        "P": (
            "{n} has hurt the family cat and should not be placed with pets.",
            "Recently kicked and squeezed the carers' dog; cannot live with animals.",
        ),
        "H": (
            "{n} was cruel to a dog in 2021; nothing since.",
            "Hurt a pet rabbit in 2022; none since 2023.",
        ),
        "S": (
            "A neighbour reported that {n} kicked a dog; not substantiated.",
            "Carers suspect {n} teased and hurt their cat; not seen.",
        ),
        "N": ("No concerns about harm to animals.", "Good with animals; no cruelty."),
    },
    "to_others/criminal_exploitation": {
        "P": (
            "{n} has recruited younger children to run drugs for older peers.",
            "Draws younger peers into shoplifting and drug running (police intelligence, "
            "October 2026).",
        ),
        "H": (
            "In 2023 {n} encouraged younger boys to shoplift for older peers; nothing since 2024.",
            "Recruited peers into offending in 2022; none since 2024.",
        ),
        "S": (
            "Police believe {n} may be introducing younger children to older gang members.",
            "Suspected of pressuring a younger peer to hold drugs; not proven.",
        ),
        "N": ("Not known to involve others in crime.", "No concerns about exploiting others."),
    },
}

# Short answers for grids and prompt-and-answer forms.
ANSWERS = {
    "P": ("Yes - ", "Yes. "),
    "H": ("In the past - ", "Historic - "),
    "S": ("Suspected - ", "Possibly - "),
    "N": ("No", "None known"),
}


def pronouns(gender: str | None) -> dict[str, str]:
    if gender == "female":
        return {"he": "she", "his": "her", "him": "her", "He": "She", "His": "Her"}
    if gender == "male":
        return {"he": "he", "his": "his", "him": "him", "He": "He", "His": "His"}
    return {"he": "they", "his": "their", "him": "them", "He": "They", "His": "Their"}


def risk_sentence(key: str, code: str, name: str, gender: str | None, variant: int) -> str:
    choices = PHRASES[key][code]
    text = choices[variant % len(choices)]
    return text.format(n=name, **pronouns(gender))


def parse_risks(spec: str) -> dict[str, str]:
    """'sh=P cse=N' -> {'to_child/self_harm': 'P', ...} in the canonical order."""
    wanted = dict(part.split("=") for part in spec.split())
    return {
        SHORT[k]: v for k, v in sorted(wanted.items(), key=lambda kv: RISK_KEYS.index(SHORT[kv[0]]))
    }


ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
)
WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def fmt_date(value: date, style: str) -> str:
    """A date the way a form or a person writes it."""
    if style == "dmy":
        return value.strftime("%d/%m/%Y")
    if style == "dmy2":
        return value.strftime("%d.%m.%y")
    if style == "long":
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    if style == "ord":
        return f"{DAYS[value.weekday()]} {value.day}{suffix(value.day)} {MONTHS[value.month - 1]} {value.year}"
    if style == "short":
        return f"{value.day:02d}-{MONTHS[value.month - 1][:3]}-{value.year}"
    if style == "iso":
        return value.isoformat()
    raise ValueError(style)


def email_date(value: date, hour: int, minute: int) -> str:
    return (
        f"{DAYS[value.weekday()][:3]}, {value.day:02d} {MONTHS[value.month - 1][:3]} "
        f"{value.year} {hour:02d}:{minute:02d}:00 +0000"
    )


LEGAL_WORDS = {
    "C1": ("Interim Care Order (s.38)", "ICO", "Interim care order"),
    "C2": ("Full Care Order (s.31)", "Care Order", "Full care order"),
    "E1": ("Placement Order", "Placement order granted", "PO (s.21 ACA 2002)"),
    "V2": (
        "Section 20 (accommodated)",
        "S20 - voluntary accommodation",
        "Accommodated under s.20 CA 1989",
    ),
    "V3": (
        "Short breaks - s.20 (single episodes, V3)",
        "Respite under section 20 (V3)",
        "V3 short breaks",
    ),
    "V4": (
        "Agreed series of short breaks (V4)",
        "Short breaks, s.17(6) / V4",
        "V4 - planned short breaks",
    ),
    "J1": (
        "Remanded to local authority accommodation",
        "Remand (LASPO s.91)",
        "On remand to the LA",
    ),
    "J2": (
        "PACE transfer (s.38(6) PACE 1984)",
        "PACE - detained, transfer to LA accommodation",
        "Police and Criminal Evidence Act transfer",
    ),
    "L1": (
        "Police protection (s.46)",
        "PPO - police powers of protection",
        "Under police protection",
    ),
    "L2": ("Emergency Protection Order", "EPO", "Emergency protection order (s.44)"),
}

SETTING_WORDS = {
    "fostering": ("Foster care", "Fostering (IFA)", "Foster placement"),
    "residential": (
        "Residential children's home",
        "Children's home (Ofsted registered)",
        "Residential",
    ),
    "parent_and_child": (
        "Parent and child placement",
        "Parent & child fostering",
        "Parent and baby assessment placement",
    ),
    "supported_accommodation": (
        "Supported accommodation (16+)",
        "Supported living",
        "Semi-independent",
    ),
    "secure": ("Secure children's home", "Secure (s.25)", "Secure welfare"),
}
DURATION_WORDS = {
    "short_term": ("Short term", "Short-term (up to 6 months)", "Interim / short term"),
    "long_term": ("Long term", "Long-term (to 18)", "Long term / matched"),
    "permanence": ("Permanence", "Permanent (special guardianship plan)", "Permanency"),
    "respite": ("Respite", "Short break / respite", "Respite only"),
}
URGENCY_WORDS = {
    "emergency": ("Emergency", "Emergency (within 24 hours)", "URGENT / emergency"),
    "planned": ("Planned", "Planned move", "Planned (not urgent)"),
}
GENDER_WORDS = {
    "male": ("Male", "M", "boy"),
    "female": ("Female", "F", "girl"),
    "other": ("Non-binary", "X", "non-binary"),
}
