"""training_t's referrals t27-t48 (email, text, CSV), written by hand."""

from __future__ import annotations

from datetime import date as D

from training_t_model import Kid, risks
from training_t_specs import NEVER, spec, worker

SPECS_C = [
    # -------------------------------------------------------- pp_handover (eml)
    spec(
        "t27", "pp_handover", "edt_pp_hull",
        la="E06000010", ref="HCC-2214076", date=D(2026, 11, 14),
        worker=worker("Lucy", "Arnott", "hull", "01632 960 402"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 14), start_words="today (emergency)",
        setting_words="emergency foster carers for both", plan_words="Short term.",
        distractor="23:10 on 13/11/2026 after a domestic at home",
        kids=[
            Kid("Kacey", "Dunmore", dob=D(2012, 2, 29), gender="female", legal="L1",
                legal_words="police protection (s46), 72 hours", school="Malet Lambert",
                family=(), family_words="none until the strategy meeting",
                no_contact=("Wayne Dunmore",),
                history=(), history_words="never LAC",
                health="None known",
                risk=risks("sh P: cut her thigh last week, school DSL aware"
                           " | miss H: missing overnight in 2025")),
            Kid("Reece", "Dunmore", dob=D(2016, 10, 10), gender="male", legal="L1",
                legal_words="police protection (s46), 72 hours", school="Thanet Primary School",
                family=(), family_words="none until the strategy meeting",
                no_contact=("Wayne Dunmore",),
                history=(), history_words="never LAC",
                health="Asthma (inhaler with him)",
                risk=risks("")),
        ],
    ),  # fmt: skip
    spec(
        "t28", "pp_handover", "edt_pp_plymouth",
        la="E06000026", ref="PCC-908812", date=D(2026, 11, 21),
        worker=worker("Jonah", "Vosper", "plymouth", "01632 960 428"),
        setting="residential", urgency="emergency", duration=None,
        start=D(2026, 11, 21), start_words="today",
        setting_words="an emergency bed in a children's home (foster carers declined)",
        plan_words="",
        distractor="02:30 on 21/11/2026 at a flat in Stonehouse",
        kids=[Kid(
            "Demi", "Rowe", dob=D(2011, 1, 15), gender="female", legal="L1",
            legal_words="PPO (police protection)", school="Stoke Damerel Community College",
            family=(("mum", "to_be_agreed", "mum, frequency to be agreed"),),
            no_contact=("Connor Mayne",),
            history=("Foster carers 2024 (broke down)", "Residential, Exeter, 2025"),
            health="Chlamydia treated last month; contraceptive implant",
            risk=risks("cse P: found with Connor Mayne, 24, who supplies her with vodka"
                       " | drug P: vodka and ketamine | miss P: 14 missing episodes since July"
                       " | sh S: says she 'might as well be dead'"),
        )],
    ),  # fmt: skip
    spec(
        "t29", "pp_handover", "edt_pp_warrington_gaps",
        la="E06000007", ref=None, date=D(2026, 11, 22),
        worker=worker("Ruth", "Sorensen", "warrington", None),
        setting="fostering", urgency="emergency", duration=None,
        start=D(2026, 11, 22), start_words="now",
        setting_words="emergency foster placement", plan_words="",
        distractor="19:55 on 21/11/2026",
        kids=[Kid(
            "Logan", "Pryce", age=9, gender="male", legal="L1",
            legal_words="police protection", school=None, school_words="",
            family=None, family_words="?",
            history=None, history_words="?",
            health=None,
            risk=risks("phys P", rest="-"),
        )],
    ),  # fmt: skip
    # -------------------------------------------------------- kinship_plea (eml)
    spec(
        "t30", "kinship_plea", "kinship_nan_leicestershire",
        la="E10000018", ref="LCC-3320981", date=D(2026, 11, 10),
        worker=worker("Zoe", "Pickering", "leicestershire", "0116 496 0357"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 28), start_words="from Saturday 28 November 2026",
        setting_words="a foster family for both children", plan_words="Long term.",
        distractor="Sun, 8 Nov 2026 22:14",
        kids=[
            Kid("Lily-Rose", "Gamble", dob=D(2014, 4, 4), gender="female", legal="C2",
                legal_words="care order (placed with nan under reg 24, now ending)",
                school="Castle Rock High School",
                family=(("nan", "weekly", "nan weekly"), ("mum", "monthly",
                        "mum monthly, supervised – mum's heroin use is hers")),
                history=("With nan (kinship foster carer) 2023-2026",),
                health="Well",
                risk=risks("miss S: out till 1am twice; nan worried she is meeting older boys"
                           " | sh N")),
            Kid("Harvey", "Gamble", dob=D(2017, 12, 2), gender="male", legal="C2",
                legal_words="care order (placed with nan under reg 24, now ending)",
                school="Broom Leys Primary School",
                family=(("nan", "weekly", "nan weekly"), ("mum", "monthly",
                        "mum monthly, supervised – mum's heroin use is hers")),
                history=("With nan (kinship foster carer) 2023-2026",),
                health="Dyspraxia – OT input",
                risk=risks("anim P: hurt nan's cat, pulls its tail and shut it in a drawer")),
        ],
    ),  # fmt: skip
    spec(
        "t31", "kinship_plea", "kinship_nan_nottinghamshire",
        la="E10000024", ref="NCC-KIN-7710", date=D(2026, 11, 16),
        worker=worker("Ben", "Sturgess", "nottinghamshire", "0115 496 0620"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 17), start_words="tomorrow (17/11) – emergency",
        setting_words="emergency foster carers, brothers together", plan_words="Short term.",
        distractor="Mon, 16 Nov 2026 06:50",
        kids=[
            Kid("Ryan", "Oakes", dob=D(2011, 6, 6), gender="male", legal="C1",
                legal_words="ICO", school="Outwood Academy Portland",
                family=(("dad", "fortnightly", "dad fortnightly at HMP Nottingham visits"),),
                history=("Foster care 2022", "Kinship with nan 2022-2026"),
                health="Mild asthma",
                risk=risks("phys P: punched nan on Saturday | cce H: was carrying for a"
                           " dealer in 2024 (NRM positive), none since"
                           " | drug S: nan found rolling papers")),
            Kid("Tommy", "Oakes", dob=D(2013, 3, 19), gender="male", legal="C1",
                legal_words="ICO", school="Outwood Academy Portland",
                family=(("dad", "fortnightly", "dad fortnightly at HMP Nottingham visits"),),
                history=("Foster care 2022", "Kinship with nan 2022-2026"),
                health="None",
                risk=risks("")),
        ],
    ),  # fmt: skip
    spec(
        "t32", "kinship_plea", "kinship_nan_lincs_gaps",
        la="E06000013", ref=None, date=D(2026, 11, 20),
        worker=worker("Amy", "Cawthorne", "northlincs", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="as soon as we can",
        setting_words="foster care", plan_words="",
        distractor="Thu, 19 Nov 2026 23:40",
        kids=[
            Kid("Jessica", "Frear", dob=D(2015, 9, 1), gender="female", legal=None,
                legal_words="(not sure – check with legal)", school="Frodingham Infant School",
                school_words="Frodingham Infant School",
                family=None, family_words="",
                history=("With nan since 2024",),
                health=None,
                risk=risks("sh S | eat -")),
            Kid("Darcy", "Frear", age=3, gender="female", legal=None,
                legal_words="(not sure – check with legal)", school=None, school_words="",
                family=None, family_words="",
                history=("With nan since 2024",),
                health="Cleft palate repair due in the spring",
                risk=risks("", rest="-")),
        ],
    ),  # fmt: skip
    spec(
        "t33", "kinship_plea", "kinship_aunt_cheshire_east",
        la="E06000049", ref="CE-PR-11842", date=D(2026, 11, 6),
        worker=worker("Laura", "Beckett", "cheshireeast", "01632 960 871"),
        setting="fostering", urgency="planned", duration="permanence",
        start=D(2026, 11, 26), start_words="Thursday 26 November 2026",
        setting_words="a permanent foster family", plan_words="Permanence.",
        distractor="Wed, 4 Nov 2026 19:02",
        kids=[Kid(
            "Aiden", "Platt", dob=D(2012, 11, 24), gender="male", legal="C2",
            legal_words="full care order", school="Sandbach High School",
            school_words="Sandbach High School (Year 9)",
            family=(("mum", "less_often", "mum three times a year"),
                    ("brother Callum", "monthly", "brother Callum monthly")),
            history=("Kinship care with his aunt 2020-2026",),
            health="Hearing aid (left ear)", known_as="AJ",
            risk=risks("sex H: harmful sexual behaviour towards a cousin in 2022, AIM work"
                       " completed, none since | phys N | fire N"),
        )],
    ),  # fmt: skip
    # ----------------------------------------------------- adoption_chain (eml)
    spec(
        "t34", "adoption_chain", "adoption_breakdown_bristol",
        la="E06000023", ref="BCC-4429018", date=D(2026, 11, 3),
        worker=worker("Imogen", "Tull", "bristol", "0117 496 0822"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 19), start_words="Thursday 19 November 2026",
        setting_words="experienced foster carers (therapeutic)", plan_words="Long term.",
        distractor="14 March 2019",
        kids=[Kid(
            "Maisie", "Quantock", dob=D(2013, 8, 13), gender="female", legal="V2",
            legal_words="accommodated under s20 with her adoptive parents' agreement",
            school="Bristol Brunel Academy",
            family=(("adoptive parents", "weekly", "adoptive parents weekly"),),
            history=("Foster care 2016-2019", "Adoptive placement 2019-2026"),
            health="Foetal alcohol spectrum disorder (diagnosis); melatonin",
            risk=risks("phys P: attacks her adoptive mum with objects, weekly"
                       " | miss H: ran off from school in 2024 | sh S: carers found"
                       " scratches; she denies it"),
        )],
    ),  # fmt: skip
    spec(
        "t35", "adoption_chain", "adoption_breakdown_kent_correction",
        la="E10000016", ref="KCC-8812044", date=D(2026, 11, 18),
        worker=worker("Rosie", "Fairweather", "kent", "01632 960 904"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 19), start_words="tomorrow, 19 November 2026",
        setting_words="short term foster carers",
        plan_words="Short term while we plan.",
        wrong_start="from Monday 30 November 2026",
        correction="Correction from me as manager: this is now an emergency – the placement "
                   "is needed tomorrow, 19 November 2026, not the 30th as Rosie's email says "
                   "below. Rosie remains the social worker.",
        distractor="2 June 2021",
        dates=(("quoted", D(2026, 11, 16)),),
        kids=[Kid(
            "Ethan", "Swale", dob=D(2012, 1, 8), gender="male", legal="V2",
            legal_words="section 20", school="The Abbey School, Faversham",
            family=(("adoptive dad", "weekly", "adoptive dad weekly"),),
            no_contact=("birth father",),
            history=("Foster care 2018-2021", "Adoptive home 2021-2026"),
            health="Attachment difficulties; CAMHS post-adoption service",
            risk=risks("phys P: pushed his adoptive mum down the stairs on Sunday"
                       " | fire H: set fire to a bin in 2023, none since"),
        )],
    ),  # fmt: skip
    spec(
        "t36", "adoption_chain", "adoption_breakdown_norfolk_gaps",
        la="E10000020", ref=None, date=D(2026, 11, 20),
        worker=worker("Saul", "Kemp", "norfolk", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="tbc",
        setting_words="foster care", plan_words="",
        distractor="2020",
        kids=[Kid(
            "Freya", "Alston", age=10, gender="female", legal=None,
            legal_words="tbc (s20 being discussed)", school="Hethersett Woodside Primary",
            family=None, family_words="tbc",
            history=None, history_words="",
            health=None,
            risk=risks("phys P | sh -"),
        )],
    ),  # fmt: skip
    # ---------------------------------------------------------- mbu_html (eml)
    spec(
        "t37", "mbu_html", "mbu_discharge_lambeth",
        la="E09000022", ref="LBL-7786102", date=D(2026, 11, 9),
        worker=worker("Grace", "Ogunleye", "lambeth", "020 7946 0777"),
        setting="parent_and_child", urgency="planned", duration="short_term",
        start=D(2026, 11, 25), start_words="25 November 2026",
        setting_words="parent and child foster placement", plan_words="short term (12 weeks)",
        distractor="on 6 November 2026",
        parent="Shanice Cole, 20: postnatal psychosis, now well on medication; her past "
               "cocaine use (2024) is hers.",
        kids=[Kid(
            "Zuri", "Cole", dob=D(2026, 9, 2), gender="female", legal="V2",
            legal_words="s20, with mum's consent", school="Not of nursery age",
            family=(("father", "fortnightly", "father fortnightly, supervised"),),
            history=("Mother and Baby Unit with mum since September",),
            health="Healthy; reflux",
            risk=risks(""),
        )],
    ),  # fmt: skip
    spec(
        "t38", "mbu_html", "mbu_discharge_croydon",
        la="E09000008", ref="CR-PC-22019", date=D(2026, 11, 17),
        worker=worker("Naomi", "Best", "croydon", "020 7946 0850"),
        setting="parent_and_child", urgency="planned", duration="short_term",
        start=D(2026, 11, 20), start_words="Friday 20 November 2026",
        setting_words="mother and baby placement with foster carers",
        plan_words="short term – residential assessment not needed",
        distractor="on 13 November 2026",
        parent="Ella Brannigan, 26: severe postnatal depression; her partner's domestic "
               "abuse towards her is his.",
        kids=[Kid(
            "Finn", "Brannigan", dob=D(2026, 8, 14), gender="male", legal="C1",
            legal_words="Interim Care Order (placed with mother)", school="Not of nursery age",
            family=(), family_words="none – father not to have contact",
            no_contact=("Dylan Hart",),
            history=("Mother and Baby Unit with mum since August",),
            health="Plagiocephaly – helmet",
            risk=risks(""),
        )],
    ),  # fmt: skip
    spec(
        "t39", "mbu_html", "mbu_discharge_barnet_gaps",
        la="E09000003", ref=None, date=D(2026, 11, 21),
        worker=worker("Ola", "Nowak", "barnet", None),
        setting="parent_and_child", urgency=None, duration=None,
        start=None, start_words="when the ward agrees a date",
        setting_words="parent and child", plan_words="",
        distractor="(not yet held)",
        parent="Mum, 18, herself a care leaver.",
        kids=[Kid(
            "Baby", "Szymanski", dob=D(2026, 11, 1), gender=None, legal=None,
            legal_words="", school="Not of nursery age",
            family=None, family_words="",
            history=(), history_words="none – in hospital with mum since birth",
            health=None,
            risk=risks("", rest="-"),
        )],
    ),  # fmt: skip
    # ------------------------------------------------ considerations_memo (txt)
    spec(
        "t40", "considerations_memo", "memo_resi_kent",
        la="E10000016", ref="KCC-3017766", date=D(2026, 11, 12),
        worker=worker("Yusuf", "Ali", "kent", "01632 960 145"),
        setting="residential", urgency="planned", duration="long_term",
        start=D(2026, 12, 1), start_words="1 December 2026 (planned)",
        setting_words="a solo or two-bed children's home", plan_words="long term",
        distractor="two girls aged 13 and 15 in most homes offered; avoid homes with dogs",
        kids=[Kid(
            "Connor", "Leahy", dob=D(2011, 5, 5), gender="male", legal="C2",
            legal_words="Care Order (s31)", school="Orchard School, Canterbury",
            family=(("mum", "weekly", "mum weekly by video, monthly in person"),),
            history=("Foster care x3 (2019-2023)", "Residential, Margate, 2023-2026"),
            health="ADHD and attachment disorder; guanfacine",
            risk=risks("phys P: assaults on staff, two this month | anim H: kicked a dog"
                       " in 2022 | fire S: lighters found in his room | sex N"),
        )],
    ),  # fmt: skip
    spec(
        "t41", "considerations_memo", "memo_resi_lincs",
        la="E10000019", ref="LCC-RES-5581", date=D(2026, 11, 19),
        worker=worker("Poppy", "Strand", "lincolnshire", "01632 960 560"),
        setting="residential", urgency="emergency", duration="short_term",
        start=D(2026, 11, 20), start_words="tomorrow, 20/11/2026 – emergency",
        setting_words="a children's home bed", plan_words="short term",
        distractor="one boy of 16 with HSB history in the home at Louth – not suitable",
        kids=[Kid(
            "Kayla", "Wass", dob=D(2010, 8, 30), gender="female", legal="C1",
            legal_words="ICO", school="The Priory Academy LSST",
            school_words="The Priory Academy LSST (not attending)",
            family=(("dad", "weekly", "dad weekly"),),
            no_contact=("Jordan Hewson",),
            history=("Foster care 2025-2026 (ended 18/11/2026)",),
            health="Chronic migraine",
            risk=risks("cse P: groomed online by Jordan Hewson, police investigating"
                       " | miss P: missing 6 times since September | sh H: overdose 2024,"
                       " none since | drug S: may be using cocaine"),
        )],
    ),  # fmt: skip
    spec(
        "t42", "considerations_memo", "memo_resi_undated",
        la="E06000012", ref=None, date=None,
        worker=worker("Dan", "Ridley", "nelincs", None),
        setting="residential", urgency=None, duration=None,
        start=None, start_words="not given",
        setting_words="residential", plan_words="not given",
        distractor="not yet known",
        kids=[Kid(
            "Cameron", "Lowe", age=13, gender="male", legal="V2",
            legal_words="s20", school="Cleethorpes Academy",
            family=None, family_words="",
            history=("Foster care 2024",),
            health=None,
            risk=risks("phys P | cce S | miss -", rest="-"),
        )],
    ),  # fmt: skip
    # ---------------------------------------------------- portal_envelope (txt)
    spec(
        "t43", "portal_envelope", "portal_xml_derbyshire",
        la="E10000007", ref="DCS-6610442", date=D(2026, 11, 11),
        worker=worker("Hannah", "Wragg", "derbyshire", "01632 960 818"),
        setting="fostering", urgency="planned", duration="short_term",
        start=D(2026, 11, 23), start_words="2026-11-23 (planned)",
        setting_words="fostering – siblings together", plan_words="short term",
        distractor="2026-11-12T08:00:00",
        kids=[
            Kid("Oliver", "Stubbs", dob=D(2014, 2, 2), gender="male", legal="V2",
                legal_words="V2 – s20", school="Heanor Gate Spencer Academy",
                family=(("mum", "weekly", "mum weekly"),),
                history=(), history_words="first time looked after",
                health="None", known_as="Ollie",
                risk=risks("sh S: talked about hurting himself to a teacher"
                           " | drug N | miss N")),
            Kid("Grace", "Stubbs", dob=D(2016, 5, 20), gender="female", legal="V2",
                legal_words="V2 – s20", school="Loscoe CE Primary School",
                family=(("mum", "weekly", "mum weekly"),),
                history=(), history_words="first time looked after",
                health="Coeliac disease – gluten-free diet",
                allergies=True, allergy_words="Gluten (coeliac)",
                risk=risks("")),
        ],
    ),  # fmt: skip
    spec(
        "t44", "portal_envelope", "portal_xml_hull",
        la="E06000010", ref="HCC-7720155", date=D(2026, 11, 16),
        worker=worker("Callum", "Rigby", "hull", "01632 960 455"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 16), start_words="2026-11-16 – same day (emergency)",
        setting_words="emergency fostering – sisters", plan_words="short term",
        distractor="2026-11-16T19:45:12",
        kids=[
            Kid("Sophie", "Tindall", dob=D(2012, 7, 14), gender="female", legal="L2",
                legal_words="L2 – Emergency Protection Order", school="Kelvin Hall School",
                family=(), family_words="none until the ICO hearing",
                no_contact=("Shane Tindall",),
                history=(), history_words="never in care",
                health="Well",
                risk=risks("sh H: cut herself in 2024 after her gran died, none since")),
            Kid("Evie", "Tindall", dob=D(2015, 1, 25), gender="female", legal="L2",
                legal_words="L2 – Emergency Protection Order", school="Bricknell Primary School",
                family=(), family_words="none until the ICO hearing",
                no_contact=("Shane Tindall",),
                history=(), history_words="never in care",
                health="Mild learning difficulty",
                risk=risks("eat P: hoards food and eats until sick")),
        ],
    ),  # fmt: skip
    spec(
        "t45", "portal_envelope", "portal_xml_oldham_gaps",
        la="E08000004", ref=None, date=D(2026, 11, 20),
        worker=worker("Jade", "Whitworth", "oldham", None),
        setting="supported_accommodation", urgency=None, duration=None,
        start=None, start_words="",
        setting_words="supported accommodation 16+", plan_words="",
        distractor="2026-11-20T16:02:40",
        kids=[Kid(
            "Kyle", "Ashworth", age=16, gender="male", legal="V2",
            legal_words="V2", school=None, school_words="",
            family=None, family_words="",
            history=None, history_words="",
            health=None,
            risk=risks("drug P | cce S", rest="-"),
        )],
    ),  # fmt: skip
    # ------------------------------------------------- child_columns_csv (csv)
    spec(
        "t46", "child_columns_csv", "columns_csv_sefton",
        la="E08000014", ref="SEF-88210", date=D(2026, 11, 4),
        worker=worker("Megan", "Birch", "sefton", "0151 496 0566"),
        setting="fostering", urgency="planned", duration="long_term",
        start=D(2026, 11, 23), start_words="23/11/2026 planned",
        setting_words="fostering (siblings together)", plan_words="long term",
        kids=[
            Kid("Ava", "Hesketh", dob=D(2013, 10, 10), gender="female", legal="C2",
                legal_words="C2 full care order", school="Maricourt Catholic High School",
                family=(("dad", "fortnightly", "dad fortnightly"),),
                history=("Foster carers (Crosby) 2024-2026",),
                health="None known",
                risk=risks("eat H: bulimia 2025, discharged from CAMHS | sh N")),
            Kid("Noah", "Hesketh", dob=D(2016, 3, 3), gender="male", legal="C2",
                legal_words="C2 full care order", school="Holy Spirit Catholic Primary",
                family=(("dad", "fortnightly", "dad fortnightly"),),
                history=("Foster carers (Crosby) 2024-2026",),
                health="Eczema",
                risk=risks("phys S: school report hitting other children; carers have"
                           " not seen it")),
        ],
    ),  # fmt: skip
    spec(
        "t47", "child_columns_csv", "columns_csv_bolton_three",
        la="E08000001", ref="BOL-44107", date=D(2026, 11, 15),
        worker=worker("Aisha", "Patel", "bolton", "01632 960 741"),
        setting="fostering", urgency="emergency", duration="short_term",
        start=D(2026, 11, 17), start_words="17/11/2026 URGENT",
        setting_words="fostering, three siblings", plan_words="short term",
        kids=[
            Kid("Tyreese", "Ogden", dob=D(2011, 11, 5), gender="male", legal="C1",
                legal_words="C1 interim care order", school="Ladybridge High School",
                family=(("mum", "weekly", "mum weekly"),),
                no_contact=("Darren Ogden",),
                history=(), history_words="none – first time in care",
                health="None",
                risk=risks("cce P: stopped by police in Manchester with a package"
                           " | miss P: missing 5 times in October")),
            Kid("Jada", "Ogden", dob=D(2014, 6, 18), gender="female", legal="C1",
                legal_words="C1 interim care order", school="St Peter's Smithills Dean",
                family=(("mum", "weekly", "mum weekly"),),
                no_contact=("Darren Ogden",),
                history=(), history_words="none – first time in care",
                health="Asthma",
                risk=risks("")),
            Kid("Micah", "Ogden", dob=D(2019, 2, 27), gender="male", legal="C1",
                legal_words="C1 interim care order", school="Sharples Primary School",
                family=(("mum", "weekly", "mum weekly"),),
                no_contact=("Darren Ogden",),
                history=(), history_words="none – first time in care",
                health="Global developmental delay",
                risk=risks("")),
        ],
    ),  # fmt: skip
    spec(
        "t48", "child_columns_csv", "columns_csv_undated",
        la="E08000015", ref=None, date=None,
        worker=worker("Tom", "Cartwright", "wirral", None),
        setting="fostering", urgency=None, duration=None,
        start=None, start_words="",
        setting_words="fostering", plan_words="",
        kids=[
            Kid("Lola", "Rafferty", dob=D(2015, 4, 1), gender="female", legal="V2",
                legal_words="s20", school="Woodchurch High School",
                family=None, family_words="",
                history=None, history_words="",
                health="Asthma",
                risk=risks("sh P | drug S", rest="-")),
            Kid("Archie", "Rafferty", age=6, gender="male", legal="V2",
                legal_words="s20", school=None, school_words="",
                family=None, family_words="",
                history=None, history_words="",
                health=None,
                risk=risks("", rest="-")),
        ],
    ),  # fmt: skip
]
