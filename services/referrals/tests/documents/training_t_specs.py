"""training_t's referrals t01-t26 (Word, PDF, scans), written by hand."""

from __future__ import annotations

from datetime import date as D

from training_t_layouts import LAYOUTS
from training_t_model import Kid, Spec, risks


def worker(first: str, last: str, la: str, phone: str | None) -> tuple[str, str, str | None]:
    return f"{first} {last}", f"{first.lower()}.{last.lower()}@{la}.example.gov.uk", phone


def spec(id: str, layout: str, slug: str, **values) -> Spec:
    values["kids"] = tuple(values["kids"])
    return Spec(id=id, layout=layout, suffix=LAYOUTS[layout][1], slug=slug, **values)


NEVER = "Never looked after before"

SPECS_A = [
    # ------------------------------------------------------ gateway_minutes (docx)
    spec(
        "t01", "gateway_minutes", "shropshire_gateway",
        la="E06000051", ref="MOS-7730418", date=D(2026, 11, 9),
        worker=worker("Harriet", "Clegg", "shropshire", "01632 960 241"),
        setting="fostering", urgency="planned", duration="short_term",
        start=D(2026, 11, 20), start_words="planned move on Friday 20 November 2026",
        setting_words="mainstream foster carers", plan_words="Short term while assessments finish",
        note="PLO to be initiated; placement with a foster family agreed.",
        dates=(("panel", D(2026, 11, 4)),),
        kids=[Kid(
            "Kayden", "Brierley", dob=D(2013, 6, 2), gender="male", legal="V2",
            legal_words="Section 20 (mother has signed consent)",
            school="Meole Brace School", school_words="Meole Brace School (Year 8)",
            family=(("mum", "weekly", "mum weekly, supervised at the family centre"),
                    ("nan", "fortnightly", "nan fortnightly in the community")),
            history=(), history_words=NEVER,
            health="Asthma – brown and blue inhalers", known_as="Kay",
            allergies=False, allergy_words="None known",
            risk=risks("miss P: three missing episodes in October, found in Telford each time"
                       " | drug H: cannabis use in 2025, says he has stopped | phys N"),
        )],
    ),  # fmt: skip
    spec(
        "t02", "gateway_minutes", "oldham_gateway",
        la="E08000004", ref="MOS-5512093", date=D(2026, 11, 12),
        worker=worker("Sajid", "Malik", "oldham", "0161 496 0734"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 30), start_words="from Monday 30 November 2026 (planned)",
        setting_words="a long-term fostering family able to take brothers together",
        plan_words="Long term – care plan is long-term fostering",
        note="Care order made; long-term fostering plan endorsed. Mr Kearns's convictions for "
             "violence are his, not the boys'.",
        dates=(("panel", D(2026, 11, 10)),),
        kids=[
            Kid("Tyler", "Kearns", dob=D(2015, 3, 14), gender="male", legal="C2",
                legal_words="Full care order (s31) made 2 November 2026",
                school="Beever Primary School",
                family=(("mum", "monthly", "mum monthly, supervised"),),
                no_contact=("Lee Kearns",),
                history=("Foster carers Mr and Mrs Ashworth, March 2026 to now",),
                health="No concerns; up to date with immunisations",
                risk=risks("phys P: hits out at his brother when frustrated, daily"
                           " | anim H: hurt the family dog in 2024, none since")),
            Kid("Mason", "Kearns", dob=D(2017, 9, 30), gender="male", legal="C2",
                legal_words="Full care order (s31) made 2 November 2026",
                school="Beever Primary School",
                family=(("mum", "monthly", "mum monthly, supervised"),),
                no_contact=("Lee Kearns",),
                history=("Foster carers Mr and Mrs Ashworth, March 2026 to now",),
                health="Glue ear; grommets fitted in 2025",
                risk=risks("sh S: has said he wants to die when upset; CAMHS asked to assess")),
        ],
    ),  # fmt: skip
    spec(
        "t03", "gateway_minutes", "croydon_gateway_draft",
        la="E09000008", ref=None, date=None,
        worker=worker("Abena", "Owusu", "croydon", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="when the legal position allows",
        setting_words="foster care", plan_words="not decided",
        note="Legal planning to reconvene; placement request prepared in draft.",
        dates=(("panel", D(2026, 11, 5)),),
        kids=[Kid(
            "Precious", "Adjei", age=14, gender="female", legal=None,
            legal_words="to be confirmed after the next gateway",
            school=None, school_words="",
            family=None, family_words="to be agreed",
            history=None, history_words="not checked yet",
            health=None,
            risk=risks("cse S | miss P: missing overnight twice this month | drug -"
                       " | eat -"),
        )],
    ),  # fmt: skip
    # ------------------------------------------------------ bid_invitation (docx)
    spec(
        "t04", "bid_invitation", "lincolnshire_dps_bid",
        la="E10000019", ref="FAM-204417", date=D(2026, 11, 3),
        worker=worker("Gemma", "Ruddock", "lincolnshire", "01632 960 512"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 23), start_words="planned introductions, move on 23/11/2026",
        setting_words="sibling fostering placement (both girls together)",
        plan_words="long term",
        distractor="13/11/2026 12:00",
        kids=[
            Kid("Ellie-Mae", "Fotheringham", dob=D(2012, 1, 19), gender="female", legal="C2",
                legal_words="Care Order", school="Skegness Academy",
                school_words="Skegness Academy, Yr 9",
                family=(("mum", "fortnightly", "Mum fortnightly (supervised)"),),
                history=("Kinship with aunt 2023-2025", "Foster carers (Boston) 2025 to date"),
                health="Type 1 diabetes – insulin pump; diabetes nurse at Pilgrim Hospital",
                risk=risks("sh H: cut her wrists in 2024, none since | eat S: skipping meals"
                           " and insulin; being looked at by the diabetes team")),
            Kid("Lacey", "Fotheringham", dob=D(2014, 8, 8), gender="female", legal="C2",
                legal_words="Care Order", school="Seathorne Primary School",
                family=(("mum", "fortnightly", "Mum fortnightly (supervised)"),),
                history=("Kinship with aunt 2023-2025", "Foster carers (Boston) 2025 to date"),
                health="Well; wears glasses",
                risk=risks("phys P: kicks and bites carers during bedtime routines")),
        ],
    ),  # fmt: skip
    spec(
        "t05", "bid_invitation", "norfolk_dps_three",
        la="E10000020", ref="FAM-318820", date=D(2026, 11, 16),
        worker=worker("Connor", "Blyth", "norfolk", "01632 960 588"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 18), start_words="URGENT – by Wednesday 18/11/2026",
        setting_words="fostering for three siblings", plan_words="short term (emergency)",
        distractor="17/11/2026 09:00",
        kids=[
            Kid("Rio", "Pask", dob=D(2011, 4, 2), gender="male", legal="C1",
                legal_words="ICO (interim care order)", school="Thorpe St Andrew School",
                family=(("dad", "weekly", "Dad weekly at the contact centre"),),
                no_contact=("Shannon Pask",),
                history=(), history_words="First time in care",
                health="ADHD – methylphenidate each morning",
                risk=risks("cce S: found with £400 and two phones, police query county lines"
                           " | ccx S: believed to be bringing younger boys into it"
                           " | drug P: smoking cannabis daily")),
            Kid("Sienna", "Pask", dob=D(2013, 12, 11), gender="female", legal="C1",
                legal_words="ICO (interim care order)", school="Lionwood Junior School",
                family=(("dad", "weekly", "Dad weekly at the contact centre"),),
                no_contact=("Shannon Pask",),
                history=(), history_words="First time in care",
                health="Eczema – emollients",
                risk=risks("")),
            Kid("Alfie", "Pask", dob=D(2019, 7, 21), gender="male", legal="C1",
                legal_words="ICO (interim care order)", school="Lionwood Infant School",
                family=(("dad", "weekly", "Dad weekly at the contact centre"),),
                no_contact=("Shannon Pask",),
                history=(), history_words="First time in care",
                health="Speech delay – SALT referral made",
                risk=risks("fire H: played with a lighter and burnt a curtain in 2025")),
        ],
    ),  # fmt: skip
    spec(
        "t06", "bid_invitation", "medway_dps_gaps",
        la="E06000035", ref=None, date=D(2026, 11, 19),
        worker=worker("Tanya", "Roe", "medway", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="to be confirmed",
        setting_words="fostering, brother and sister", plan_words="tbc",
        distractor="26/11/2026 17:00",
        kids=[
            Kid("Jaxon", "Obi", dob=D(2016, 2, 5), gender="male", legal="V2",
                legal_words="s20", school="Delce Academy",
                family=None, family_words="",
                history=("Emergency foster carer since 12/11/2026",),
                health="No known health needs",
                risk=risks("phys P | miss -")),
            Kid("Amara", "Obi", age=4, gender=None, legal="V2",
                legal_words="s20", school=None, school_words="",
                family=None, family_words="",
                history=("Emergency foster carer since 12/11/2026",),
                health=None,
                risk=risks("", rest="-")),
        ],
    ),  # fmt: skip
    # -------------------------------------------------------- nurse_letter (docx)
    spec(
        "t07", "nurse_letter", "devon_lac_nurse",
        la="E10000008", ref="DCC-448120", date=D(2026, 11, 11),
        worker=worker("Bethan", "Yeo", "devon", "01632 960 664"),
        setting="fostering", urgency="planned", duration="short_term",
        start=D(2026, 11, 27), start_words="by Friday 27 November 2026 (a planned move)",
        setting_words="a short term foster placement", plan_words="",
        kids=[Kid(
            "Leah", "Chugg", dob=D(2010, 10, 3), gender="female", legal="V2",
            legal_words="accommodated under section 20", school="Okehampton College",
            family=(("mother", "weekly", "mother weekly, unsupervised"),),
            history=("Foster placement in Tiverton, 2022 (ended at reunification)",),
            health="Anorexia nervosa in recovery – weekly weigh-ins with the eating disorder team",
            allergies=True, allergy_words="Penicillin",
            risk=risks("eat P: restricting food, BMI monitored weekly"
                       " | sh H: overdose of paracetamol in 2023, none since"
                       " | cse N | drug N"),
        )],
    ),  # fmt: skip
    spec(
        "t08", "nurse_letter", "torbay_lac_nurse",
        la="E06000027", ref="TB/26/0912", date=D(2026, 11, 17),
        worker=worker("Marcus", "Penrose", "torbay", "01632 960 690"),
        setting="fostering", urgency="emergency", duration=None,
        start=D(2026, 11, 17), start_words="today, as an emergency",
        setting_words="an emergency foster placement", plan_words="",
        kids=[Kid(
            "Oscar", "Tregellas", dob=D(2020, 5, 16), gender="male", legal="L2",
            legal_words="Emergency Protection Order granted this morning",
            school="Preston Primary School", school_words="Preston Primary School (Reception)",
            family=(), family_words="none until the EPO return hearing",
            history=(), history_words="not previously looked after",
            health="Non-accidental injury – healing fractured arm; follow-up at Torbay Hospital",
            risk=risks("anim S: neighbour says he was seen squeezing kittens"),
        )],
    ),  # fmt: skip
    spec(
        "t09", "nurse_letter", "luton_nurse_undated",
        la="E06000032", ref=None, date=None,
        worker=worker("Fatima", "Rahman", "luton", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="when a carer is found",
        setting_words="foster care", plan_words="",
        kids=[Kid(
            "Zain", "Hussain", dob=D(2012, 3, 28), gender="male", legal=None,
            legal_words="not known to health", school="Lea Manor High School",
            family=None, family_words="not known to health",
            history=None, history_words="not known to health",
            health=None,
            risk=risks("sh S | drug -"),
        )],
    ),  # fmt: skip
    # ----------------------------------------------------- network_outcome (docx)
    spec(
        "t10", "network_outcome", "wirral_network",
        la="E08000015", ref="WIR-77120", date=D(2026, 11, 6),
        worker=worker("Niamh", "Gallagher", "wirral", "0151 496 0388"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 21), start_words="planned for Saturday 21 November 2026",
        setting_words="foster carers for both boys", plan_words="long-term fostering",
        note="No family member able to care; aunt Lorraine offered weekends only.",
        distractor="Aunt Lorraine, grandad Pete, IRO Simon Bright",
        dates=(("meeting", D(2026, 11, 2)),),
        kids=[
            Kid("Cody", "Rimmer", dob=D(2014, 11, 1), gender="male", legal="C2",
                legal_words="Care order", school="Wallasey School",
                family=(("aunt Lorraine", "fortnightly",
                         "aunt Lorraine every other weekend (day only)"),
                        ("mum", "monthly", "mum monthly, supervised")),
                history=("Kinship care with grandad Pete, 2024-2026",),
                health="Autism (diagnosed 2022) – needs routine",
                risk=risks("phys H: assaulted a teacher in 2024, no incidents since"
                           " | sex N | miss N")),
            Kid("Riley", "Rimmer", dob=D(2016, 7, 27), gender="male", legal="C2",
                legal_words="Care order", school="Somerville Primary School",
                family=(("aunt Lorraine", "fortnightly",
                         "aunt Lorraine every other weekend (day only)"),
                        ("mum", "monthly", "mum monthly, supervised")),
                history=("Kinship care with grandad Pete, 2024-2026",),
                health="Bedwetting – continence service",
                risk=risks("fire S: matches found under his bed twice")),
        ],
    ),  # fmt: skip
    spec(
        "t11", "network_outcome", "sefton_network_three",
        la="E08000014", ref="SEF-30481", date=D(2026, 11, 13),
        worker=worker("Chloe", "Ashcroft", "sefton", "0151 496 0412"),
        setting="fostering", urgency="planned", duration="permanence",
        start=D(2026, 12, 7), start_words="Monday 7 December 2026",
        setting_words="a fostering family for three siblings",
        plan_words="permanence – the plan is to stay until adulthood",
        note="Grandmother withdrew; Special Guardianship assessment negative.",
        distractor="Grandmother Irene, uncle Dale (by phone)",
        dates=(("meeting", D(2026, 11, 9)),),
        kids=[
            Kid("Summer", "Ludlow", dob=D(2013, 5, 5), gender="female", legal="C2",
                legal_words="Full Care Order", school="Range High School",
                family=(("grandmother Irene", "monthly", "grandmother Irene monthly"),),
                history=("Foster carers in Southport since 2025",),
                health="No health needs",
                risk=risks("sh P: scratches her arms when anxious; safety plan in place"
                           " | miss H: went missing twice in 2024, none since")),
            Kid("Jenson", "Ludlow", dob=D(2015, 10, 22), gender="male", legal="C2",
                legal_words="Full Care Order", school="Farnborough Road Junior School",
                family=(("grandmother Irene", "monthly", "grandmother Irene monthly"),),
                history=("Foster carers in Southport since 2025",),
                health="Mild cerebral palsy – physiotherapy monthly",
                risk=risks("")),
            Kid("Poppy", "Ludlow", dob=D(2020, 1, 9), gender="female", legal="C2",
                legal_words="Full Care Order", school="Farnborough Road Infant School",
                family=(("grandmother Irene", "monthly", "grandmother Irene monthly"),),
                history=("Foster carers in Southport since 2025",),
                health="Peanut allergy – carries an adrenaline pen",
                allergies=True, allergy_words="Peanuts (anaphylaxis)",
                risk=risks("")),
        ],
    ),  # fmt: skip
    spec(
        "t12", "network_outcome", "bolton_network_undated",
        la="E08000001", ref=None, date=None,
        worker=worker("Kieran", "Doyle", "bolton", "01632 960 733"),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="not agreed",
        setting_words="foster care", plan_words="",
        note="Family could not agree a plan.",
        distractor="Mum, maternal aunt",
        dates=(("meeting", D(2026, 11, 12)),),
        kids=[
            Kid("Harley", "Fenton", age=11, gender="male", legal="V2",
                legal_words="Section 20", school="Smithills School",
                family=None, family_words="",
                history=None, history_words="",
                health="Asthma",
                risk=risks("phys P | drug S: smelled of alcohol twice", rest="-")),
            Kid("Millie", "Fenton", dob=D(2018, 6, 1), gender="female", legal="V2",
                legal_words="Section 20", school=None, school_words="",
                family=None, family_words="",
                history=None, history_words="",
                health=None,
                risk=risks("", rest="-")),
        ],
    ),  # fmt: skip
]

SPECS_B = [
    # -------------------------------------------------------- t4_stepdown (pdf)
    spec(
        "t13", "t4_stepdown", "derbyshire_tier4",
        la="E10000007", ref="DCS-1192045", date=D(2026, 11, 10),
        worker=worker("Rachel", "Hibbert", "derbyshire", "01632 960 805"),
        setting="residential", urgency="planned", duration="short_term",
        start=D(2026, 11, 26), start_words="26/11/2026 (planned discharge)",
        setting_words="a small therapeutic children's home (two beds or fewer)",
        plan_words="short term, 6 to 12 months",
        distractor="14/08/2026",
        kids=[Kid(
            "Mollie", "Staton", dob=D(2010, 2, 17), gender="female", legal="C2",
            legal_words="Care Order (s31)", school="Hospital school on the ward",
            family=(("dad", "weekly", "dad weekly (video calls and ward visits)"),),
            no_contact=("Jordan Pell",),
            history=("Foster carers 2021-2024", "Children's home in Chesterfield 2024-2026"),
            health="Emotionally unstable personality traits; sertraline 100mg",
            risk=risks("sh P: ligature attempts on the ward, last 2 November"
                       " | cse H: exploited by an older man (Jordan Pell) in 2025"
                       " | miss H: absconded from the home in 2025 | eat S: weight loss "
                       "since admission, dietitian assessing"),
        )],
    ),  # fmt: skip
    spec(
        "t14", "t4_stepdown", "nottingham_tier4",
        la="E06000018", ref="NCC-884310", date=D(2026, 11, 18),
        worker=worker("Dwayne", "Forbes", "nottinghamcity", "0115 496 0271"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 12, 2), start_words="Wednesday 2 December 2026",
        setting_words="specialist (therapeutic) foster carers", plan_words="long term",
        distractor="01/10/2026",
        kids=[Kid(
            "Ashton", "Clay", dob=D(2011, 9, 9), gender="male", legal="C1",
            legal_words="Interim Care Order", school="Bluecoat Aspley Academy",
            school_words="Bluecoat Aspley Academy (on roll; hospital teaching for now)",
            family=(("mum", "weekly", "mum weekly"), ("sister Kayla", "fortnightly",
                    "sister Kayla fortnightly")),
            history=(), history_words="no previous care episodes",
            health="Psychotic episode in September; olanzapine; early intervention team",
            known_as="Ash",
            risk=risks("sh H: tried to jump from a bridge in September, none since"
                       " | phys S: staff think he pushed a nurse; not confirmed"
                       " | drug H: skunk use before admission"),
        )],
    ),  # fmt: skip
    spec(
        "t15", "t4_stepdown", "leicester_tier4_gaps",
        la="E06000016", ref=None, date=D(2026, 11, 20),
        worker=worker("Priya", "Chauhan", "leicester", None),
        setting="residential", urgency=None, duration=None,
        start=None, start_words="when clinically fit – date unknown",
        setting_words="residential", plan_words="",
        distractor="03/09/2026",
        kids=[Kid(
            "Tia", "Walsh", age=15, gender=None, legal="C1",
            legal_words="ICO", school=None, school_words="",
            family=(("mum", "to_be_agreed", "mum – frequency to be agreed"),),
            history=("Foster care 2025",),
            health=None,
            risk=risks("sh P | eat S: | drug -"),
        )],
    ),  # fmt: skip
    # ---------------------------------------------------- pre_proceedings (pdf)
    spec(
        "t16", "pre_proceedings", "kent_plo_parent_child",
        la="E10000016", ref="KCC-6671203", date=D(2026, 11, 4),
        worker=worker("Olivia", "Marsh", "kent", "01632 960 133"),
        setting="parent_and_child", urgency="planned", duration="short_term",
        start=D(2026, 11, 16), start_words="Monday 16 November 2026 (planned)",
        setting_words="parent and child foster placement (12-week assessment)",
        plan_words="12 weeks", distractor="28 October 2026",
        parent="To: Ms Chantelle Beer (mother, aged 19). Her own history: cannabis daily "
               "until pregnancy, a caution for assault in 2024, care leaver. These are hers.",
        kids=[Kid(
            "Nova", "Beer", dob=D(2026, 10, 20), gender="female", legal="V2",
            legal_words="Section 20 (with mother's agreement)",
            school="Not of nursery age",
            family=(("father", "weekly", "father weekly at the family centre"),),
            history=(), history_words="none – with mum since birth",
            health="Born at 36 weeks; feeding well",
            risk=risks(""),
        )],
    ),  # fmt: skip
    spec(
        "t17", "pre_proceedings", "essex_plo_parent_child",
        la="E10000012", ref="ECC/PLO/4471", date=D(2026, 11, 19),
        worker=worker("Samira", "Haddad", "essex", "01632 960 177"),
        setting="parent_and_child", urgency="emergency", duration="short_term",
        start=D(2026, 11, 20), start_words="tomorrow, 20 November 2026 – urgent",
        setting_words="mother and baby foster placement", plan_words="short term assessment",
        distractor="12 November 2026",
        parent="To: Miss Jade Pollard (mother, 22), learning disability; her former partner "
               "Ricky Dunn's violence towards her is his.",
        kids=[Kid(
            "Kai", "Pollard", dob=D(2026, 11, 15), gender="male", legal="V2",
            legal_words="accommodated with mother (s20)", school="Not of nursery age",
            family=(), family_words="none planned – father not to see the baby",
            no_contact=("Ricky Dunn",),
            history=(), history_words="hospital since birth",
            health="Jaundice treated; otherwise well",
            risk=risks(""),
        )],
    ),  # fmt: skip
    spec(
        "t18", "pre_proceedings", "suffolk_plo_gaps",
        la="E10000029", ref=None, date=D(2026, 11, 12),
        worker=worker("Helen", "Crisp", "suffolk", None),
        setting="parent_and_child", urgency=None, duration=None,
        start=None, start_words="after the pre-proceedings meeting (date not set)",
        setting_words="parent and child", plan_words="",
        distractor="5 November 2026",
        parent="To: Ms Kerry Moss (mother, 17, herself looked after by Suffolk).",
        kids=[Kid(
            "Rowan", "Moss", dob=D(2026, 11, 8), gender=None, legal=None,
            legal_words="not yet decided", school="Not of nursery age",
            family=None, family_words="to be decided",
            history=(), history_words="none – newborn",
            health=None,
            risk=risks("", rest="-"),
        )],
    ),  # fmt: skip
    # -------------------------------------------------------- bail_support (pdf)
    spec(
        "t19", "bail_support", "lambeth_bail_remand",
        la="E09000022", ref="LBL-2290417", date=D(2026, 11, 5),
        worker=worker("Tobi", "Adebayo", "lambeth", "020 7946 0412"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 5), start_words="today – he is in the cells at Camberwell",
        setting_words="remand foster carers", plan_words="short term, until trial",
        distractor="Camberwell Green Youth Court, next hearing 3 December 2026",
        kids=[Kid(
            "Kwame", "Mensah", dob=D(2010, 4, 22), gender="male", legal="J1",
            legal_words="Remanded to local authority accommodation",
            school="Lambeth Academy", school_words="Lambeth Academy (Year 11)",
            family=(("mum", "several_times_a_week", "mum three times a week by phone"),),
            no_contact=("Marcus Reid",),
            history=(), history_words="never looked after before",
            health="No health needs reported",
            risk=risks("cce P: drug running for an older group; co-accused Marcus Reid"
                       " | phys P: charged with robbery with a knife | ccx S: thought to have"
                       " recruited a younger boy"),
        )],
    ),  # fmt: skip
    spec(
        "t20", "bail_support", "barnet_bail_resi",
        la="E09000003", ref="BAR-550912", date=D(2026, 11, 13),
        worker=worker("Ellie", "Stanford", "barnet", "020 7946 0588"),
        setting="residential", urgency="planned", duration="short_term",
        start=D(2026, 11, 24), start_words="Tuesday 24 November 2026",
        setting_words="a children's home (bail address needed)", plan_words="short term",
        distractor="Hendon Youth Court, 23 November 2026",
        kids=[Kid(
            "Jamal", "Idris", dob=D(2009, 12, 30), gender="male", legal="V2",
            legal_words="s20 (bail condition to reside where the LA directs)",
            school="Barnet and Southgate College",
            school_words="Barnet and Southgate College",
            family=(("mum", "weekly", "mum weekly"), ("older brother Sami", "monthly",
                    "older brother Sami monthly")),
            history=("Supported lodgings 2025 (ended: arrest)",),
            health="Type 2 diabetes – metformin",
            risk=risks("phys H: fights at school in 2023, none since | drug P: daily cannabis"
                       " | miss S: said to stay out overnight; mum unsure"),
        )],
    ),  # fmt: skip
    spec(
        "t21", "bail_support", "halton_bail_gaps",
        la="E06000006", ref=None, date=D(2026, 11, 20),
        worker=worker("Gary", "Lunt", "halton", None),
        setting="supported_accommodation", urgency=None, duration=None,
        start=None, start_words="once bail is granted",
        setting_words="supported accommodation", plan_words="",
        distractor="Runcorn Youth Court (date to be fixed)",
        kids=[Kid(
            "Brandon", "Shaw", age=17, gender="male", legal=None,
            legal_words="to be confirmed", school=None, school_words="",
            family=None, family_words="not known",
            history=None, history_words="not known",
            health=None,
            risk=risks("ccx P | cce S | drug -"),
        )],
    ),  # fmt: skip
    # -------------------------------------------------------- short_breaks (pdf)
    spec(
        "t22", "short_breaks", "gloucestershire_short_breaks",
        la="E10000013", ref="GCC-DCT-7712", date=D(2026, 11, 2),
        worker=worker("Nadia", "Frost", "gloucestershire", "01632 960 266"),
        setting="fostering", urgency="planned", duration="respite",
        start=D(2026, 12, 4), start_words="first overnight Friday 4 December 2026",
        setting_words="overnight short breaks with a foster carer",
        plan_words="respite: one weekend a month",
        distractor="29 October 2026",
        kids=[Kid(
            "Theo", "Barnfield", dob=D(2015, 8, 19), gender="male", legal="V3",
            legal_words="short breaks under section 20 (each stay a separate episode)",
            school="Alderman Knight School",
            family=(), family_words="Not applicable – lives at home with mum and dad",
            history=("Short breaks at Longfield House 2024 (closed)",),
            health="Autism and severe learning disability; non-verbal; PEG fed at night",
            risk=risks("sh P: head-banging when distressed; helmet at night"
                       " | phys P: bites and pinches when anxious | eat P: pica – eats"
                       " fabric and paper"),
        )],
    ),  # fmt: skip
    spec(
        "t23", "short_breaks", "swindon_short_breaks",
        la="E06000030", ref="SBC-SB-2093", date=D(2026, 11, 14),
        worker=worker("Yasmin", "Khalid", "swindon", "01632 960 298"),
        setting="fostering", urgency="planned", duration="respite",
        start=D(2026, 12, 12), start_words="Saturday 12 December 2026",
        setting_words="short breaks foster carer", plan_words="respite, 2 nights a month",
        distractor="10 November 2026",
        kids=[Kid(
            "Isla", "Greening", dob=D(2018, 3, 3), gender="female", legal="V4",
            legal_words="Short breaks – agreed series (s20)",
            school="Brimble Hill Special School",
            family=(), family_words="Not applicable – lives at home with her mum",
            history=(), history_words="first time she has had overnight breaks",
            health="Rett syndrome; epilepsy – buccal midazolam; wheelchair user",
            risk=risks("sh H: used to bite her hands, stopped in 2025"),
        )],
    ),  # fmt: skip
    spec(
        "t24", "short_breaks", "herefordshire_short_breaks_gaps",
        la="E06000019", ref="HC-SB-0418", date=D(2026, 11, 18),
        worker=worker("Owen", "Price", "herefordshire", "01632 960 311"),
        setting="fostering", urgency=None, duration="respite",
        start=None, start_words="to be agreed with the family",
        setting_words="short breaks", plan_words="respite",
        distractor="to be listed",
        kids=[Kid(
            "Ffion", "Bowen", dob=D(2014, 7, 7), gender="female", legal="V3",
            legal_words="s20 short breaks", school="Barrs Court School",
            family=(), family_words="Not applicable – lives at home",
            history=(), history_words="no previous breaks",
            health=None,
            risk=risks("phys S | sh -"),
        )],
    ),  # fmt: skip
    # ------------------------------------------------------------ fax_scan (pdf)
    spec(
        "t25", "fax_scan", "fax_scan_cumberland",
        la="E06000063", ref=None, date=None, worker=(None, None, None),
        setting=None, urgency=None, duration=None, start=None, start_words="",
        scan=True, kids=[],
        note="FAX – Cumberland Council Children's Services\nTo: Fostering Duty\n"
             "Pages: 1 of 3\nRe: placement request – please see attached form\n"
             "Child: [see page 2]   DOB: [see page 2]\nReply to the duty line.",
    ),  # fmt: skip
    spec(
        "t26", "fax_scan", "fax_scan_northumberland",
        la="E06000057", ref=None, date=None, worker=(None, None, None),
        setting=None, urgency=None, duration=None, start=None, start_words="",
        scan=True, kids=[],
        note="NORTHUMBERLAND – PLACEMENT REQUEST (photocopy)\nName of child: ..........\n"
             "Date of birth: ..........\nLegal status: ..........\nRisks: see over\n"
             "Signed: ..........  Team manager",
    ),  # fmt: skip
]
