"""training_n n01-n26: the Word and PDF referrals (and the two scans), written by hand."""

# ruff: noqa: RUF001 (the documents' own en dashes and typography)

from __future__ import annotations

from datetime import date as d

from training_n_model import H, Kid, N, P, S, Spec, Worker

SPECS = [
    # ------------------------------------------------------------ ehcp_summary (docx)
    Spec(
        id="n01",
        slug="kirklees_ehcp_summary",
        layout="ehcp_summary",
        ext="docx",
        la_code="E08000034",
        la_name="Kirklees Council",
        ref="KC-449120",
        date=d(2026, 11, 16),
        worker=Worker("Priya Raval", "priya.raval@kirklees.example.gov.uk", "01632 960 412"),
        sender=Worker(
            "Gareth Hollins",
            "send.team@kirklees.example.gov.uk",
            "01632 960 477",
            role="SEN Caseworker",
            team="SENDACT",
        ),
        setting="fostering",
        urgency="planned",
        urgency_words="Planned",
        duration="long_term",
        duration_words="Long term (to 18)",
        start=d(2027, 1, 11),
        start_words="Monday 11 January 2027, after a graduated introduction",
        kids=[
            Kid(
                "Oliver",
                "Brannigan",
                d(2015, 6, 2),
                "male",
                "C2",
                "Full care order, made July 2024",
                "Woodside Specialist School",
                [("mother", "monthly", "Mother – once a month at the family centre, supervised")],
                ["Mr and Mrs Dyson, short-term foster carers, Jul 2024 – now"],
                {
                    "hurt": (
                        P,
                        "hits and kicks adults when his routine changes without "
                        "warning, about twice a week at school",
                    ),
                    "mfh": (N, "has never run off; he stays close to adults he knows"),
                },
                health="Autism and a moderate learning disability; melatonin at night.",
                school_note="(Key Stage 2 class)",
                allergies=True,
                allergy_words="Penicillin (rash)",
                disabilities=["AUT", "LD"],
                disability_words="Autism spectrum condition; moderate learning disability",
                ehcp=(
                    "Likes trains, swimming and the same breakfast every day.",
                    "Communication and interaction; cognition and learning.",
                    "1:1 support for transitions; speech and language therapy weekly.",
                ),
            )
        ],
        notes=["Oliver's carers are retiring; they will help with the move."],
    ),
    Spec(
        id="n02",
        slug="derbyshire_ehcp_siblings",
        layout="ehcp_summary",
        ext="docx",
        la_code="E10000007",
        la_name="Derbyshire County Council",
        ref="DCC/88213",
        date=d(2026, 11, 19),
        worker=Worker("Hannah Whitlow", "hannah.whitlow@derbyshire.example.gov.uk", "01632 960331"),
        setting="fostering",
        urgency=None,
        urgency_words="",
        duration="short_term",
        duration_words="Short term, while assessments finish",
        start=d(2026, 11, 30),
        start_words="Monday 30th November",
        kids=[
            Kid(
                "Isla",
                "Greatorex",
                d(2017, 3, 9),
                "female",
                "C1",
                "Interim care order (ICO) granted 12/11/2026",
                "Stanton Vale School",
                [("father", "fortnightly", "Father: every other Saturday, supervised by the LA")],
                ["Emergency carers (Mrs Kaur), 12/11/2026 – present"],
                {"eat": (N, "eats well; a pureed diet is not needed")},
                health="Down's syndrome; a heart repair in infancy, annual cardiology review.",
                disabilities=["LD"],
                disability_words="Learning disability (Down's syndrome)",
                ehcp=(
                    "Loves music and her brother.",
                    "Cognition and learning; speech.",
                    "Makaton used in class; a teaching assistant all day.",
                ),
            ),
            Kid(
                "Alfie",
                "Greatorex",
                d(2020, 8, 21),
                "male",
                "C1",
                "ICO granted 12/11/2026",
                "Ladycross Infant School",
                [("father", "fortnightly", "Same as his sister: alternate Saturdays with father")],
                ["Emergency carers (Mrs Kaur), 12/11/2026 – present"],
                {
                    "fire": (
                        H,
                        "set fire to a bin at the family home in August 2025; "
                        "nothing like it since",
                    )
                },
                rest="unstated",
                health=None,
                ehcp=("Not applicable – no plan", "SEN support only", "None"),
            ),
        ],
        notes=[
            "The children's mother misuses alcohol and is not engaging; that is her "
            "risk, not the children's."
        ],
    ),
    Spec(
        id="n03",
        slug="wiltshire_ehcp_short_breaks",
        layout="ehcp_summary",
        ext="docx",
        la_code="E06000054",
        la_name="Wiltshire Council",
        ref="WC 70431",
        date=None,
        worker=Worker(
            "Tomasz Wilk",
            "tomasz.wilk@wiltshire.example.gov.uk",
            "01632 960718",
            team="Children with Disabilities Team",
        ),
        setting="fostering",
        urgency="planned",
        urgency_words="Planned – not an emergency",
        duration="respite",
        duration_words="Short breaks: one weekend a month",
        start=d(2027, 1, 8),
        start_words="Friday 8 January 2027 (first weekend)",
        extra={"type_words": "short breaks foster carer"},
        kids=[
            Kid(
                "Nia",
                "Fairbrother",
                d(2012, 10, 27),
                "female",
                "V4",
                "Section 20 – agreed series of short breaks",
                "Rowdeford School",
                [
                    (
                        "parents",
                        "weekly",
                        "Lives at home with her parents; home every week "
                        "apart from the break weekend",
                    )
                ],
                [],
                {"sh": (N, "no self-injury"), "animals": (N, "gentle with the family dog")},
                history_none="None – first short breaks placement",
                health="Cerebral palsy (spastic quadriplegia); wheelchair user; gastrostomy "
                "feeds overnight.",
                disabilities=["MOB", "PC"],
                disability_words="Mobility; personal care",
                allergies=False,
                ehcp=(
                    "Wants to go to college like her cousin.",
                    "Physical and sensory; communication (uses an eye-gaze device).",
                    "Physiotherapy twice a week; a trained carer for feeds.",
                ),
            )
        ],
        notes=["Nia's parents need a regular break; this is not a child protection case."],
    ),
    # ------------------------------------------------------ disruption_minutes (docx)
    Spec(
        id="n04",
        slug="sheffield_disruption_three",
        layout="disruption_minutes",
        ext="docx",
        la_code="E08000019",
        la_name="Sheffield City Council",
        ref="SCC-311907",
        date=d(2026, 11, 20),
        worker=Worker("Danielle Okoro", "danielle.okoro@sheffield.example.gov.uk", "0114 496 0923"),
        sender=Worker(
            "Miriam Castle", "m.castle@example.org.uk", "07700 900 318", role="Independent chair"
        ),
        setting="fostering",
        urgency=None,
        duration="long_term",
        duration_words="The plan remains long-term fostering together.",
        start=d(2026, 12, 7),
        start_words="Monday 7 December 2026",
        extra={"meeting": "Wednesday 18 November 2026, 10:00, Howden House"},
        kids=[
            Kid(
                "Kayden",
                "Marsh",
                d(2013, 1, 30),
                "male",
                "C2",
                "Care Order (s31), 2022",
                "Firth Park Academy",
                [
                    ("mum", "monthly", "Monthly with Mum, supervised"),
                    ("nana pat", "weekly", "Nana Pat phones every Sunday"),
                ],
                [
                    "Foster home 1 (Mr and Mrs Lee), 2022 – 2024",
                    "Foster home 2 (the Ahmeds), 2024 – now (ending)",
                ],
                {
                    "hurt": (
                        P,
                        "punched the foster carer's son in October and has pushed "
                        "teachers this term",
                    ),
                    "drugs": (
                        S,
                        "carers found cannabis grinders in his bag; he says they "
                        "belong to a friend",
                    ),
                },
                school_note="Year 9",
                known_as="Kay",
            ),
            Kid(
                "Lacey",
                "Marsh",
                d(2016, 5, 14),
                "female",
                "C2",
                "Care Order (s31), 2022",
                "Hatfield Primary Academy",
                [
                    ("mum", "monthly", "Monthly with Mum, supervised"),
                    ("nana pat", "weekly", "Nana Pat phones every Sunday"),
                ],
                [
                    "Foster home 1 (Mr and Mrs Lee), 2022 – 2024",
                    "Foster home 2 (the Ahmeds), 2024 – now (ending)",
                ],
                {"sh": (H, "scratched her arms when she first came into care in 2022; none since")},
            ),
            Kid(
                "Ruby-Mae",
                "Marsh",
                d(2023, 2, 2),
                "female",
                "C2",
                "Care Order (s31), 2023",
                "Not of school age",
                [("mum", "monthly", "Monthly with Mum, supervised")],
                ["Foster home 2 (the Ahmeds), from birth – now (ending)"],
                {},
                health="Well; eczema creams.",
            ),
        ],
        notes=[
            "The carers gave 28 days' notice after Kayden's assault on their son. They "
            "wish the girls could stay but accept the plan that the three stay together.",
            "The children's mother has convictions for violence against a partner; that "
            "history is hers and is not a risk the children present.",
        ],
        blanket="Nothing else was raised: no other risks known.",
    ),
    Spec(
        id="n05",
        slug="walsall_disruption_single",
        layout="disruption_minutes",
        ext="docx",
        la_code="E08000030",
        la_name="Walsall Council",
        ref="WMBC 220871",
        date=d(2026, 11, 21),
        worker=Worker("Chloe Pemberton", "chloe.pemberton@walsall.example.gov.uk", "01632 960605"),
        sender=Worker(
            "Leon Barrett",
            "leon.barrett@walsall.example.gov.uk",
            "01632 960688",
            role="Fostering Team Manager (chair)",
        ),
        setting="residential",
        urgency="emergency",
        urgency_words="This is an emergency: the carers ended the placement on the night.",
        duration=None,
        duration_words="",
        start=d(2026, 11, 21),
        start_words="today",
        extra={
            "meeting": "Saturday 21 November 2026, 09:30 (by phone)",
            "type_words": "a small children's home (solo or one other young person)",
        },
        kids=[
            Kid(
                "Tierney",
                "Walsh",
                d(2013, 7, 7),
                "female",
                "C2",
                "Full care order",
                "Joseph Leckie Academy",
                None,
                [
                    "Residential home (Oak Lodge), 2021 – 2023",
                    "Foster carers (Mr Patel), 2023 – 20/11/2026",
                ],
                {
                    "mfh": (P, "missing overnight four times since September, last on 19 November"),
                    "cse": (
                        S,
                        "seen getting into cars with older males; police think she is "
                        "being groomed",
                    ),
                    "sh": (H, "took an overdose of paracetamol in March 2024"),
                    "cce": (N, "no sign of county lines involvement"),
                },
                ft_gap="Not discussed at the meeting",
            )
        ],
        notes=[
            "Tierney returned at 3am with an adult male; the carers felt they could not "
            "keep her safe and ended the placement."
        ],
        blanket="No other risk areas identified.",
    ),
    Spec(
        id="n06",
        slug="cornwall_disruption_brothers",
        layout="disruption_minutes",
        ext="docx",
        la_code="E06000052",
        la_name="Cornwall Council",
        ref="CC/SC/55102",
        date=d(2026, 11, 13),
        worker=Worker("Jago Penrose", "jago.penrose@cornwall.example.gov.uk", "01632 960147"),
        sender=Worker(
            "Alison Treloar",
            "alison.treloar@example.org.uk",
            "07700 900 514",
            role="Independent chair",
        ),
        setting="fostering",
        urgency="planned",
        urgency_words="A planned move, not an emergency.",
        duration="long_term",
        duration_words="Long-term foster home wanted.",
        start=d(2027, 1, 4),
        start_words="after Christmas – Monday 4 January 2027",
        extra={"meeting": "Tuesday 10 November 2026, 14:00, Truro"},
        kids=[
            Kid(
                "Morgan",
                "Tremayne",
                d(2016, 4, 18),
                "male",
                "C2",
                "Care order (full)",
                "Trewirgie Junior School",
                [("mum", "fortnightly", "Mum, fortnightly, supervised at the contact centre")],
                ["Kinship carer (aunt), 2021 – 2023", "Mr and Mrs Pascoe, 2023 – now"],
                {
                    "animals": (
                        H,
                        "hurt the carers' kitten in summer 2024; worked on with "
                        "play therapy, nothing since",
                    ),
                    "hurt": (N, "no violence towards others"),
                },
                no_contact=["shaun tremayne"],
            ),
            Kid(
                "Rowan",
                "Tremayne",
                d(2019, 10, 1),
                "male",
                "C2",
                "Care order (full)",
                "Trewirgie Infant School",
                [("mum", "fortnightly", "Mum, fortnightly, supervised at the contact centre")],
                ["Kinship carer (aunt), 2021 – 2023", "Mr and Mrs Pascoe, 2023 – now"],
                {},
                no_contact=["shaun tremayne"],
                allergies=True,
                allergy_words="Peanuts – carries an EpiPen",
            ),
        ],
        notes=[
            "Mr and Mrs Pascoe are moving abroad for work. The boys must have no contact "
            "with their father, Shaun Tremayne, under a s34(4) order."
        ],
        blanket="No other concerns for either boy.",
    ),
    # ------------------------------------------------------------- out_of_area (docx)
    Spec(
        id="n07",
        slug="croydon_out_of_area",
        layout="out_of_area",
        ext="docx",
        la_code="E09000008",
        la_name="London Borough of Croydon",
        ref="CR-1047736",
        date=d(2026, 11, 17),
        worker=Worker("Segun Adeyemi", "segun.adeyemi@croydon.example.gov.uk", "020 7946 0381"),
        sender=Worker(
            "Rachel Gould",
            "rachel.gould@croydon.example.gov.uk",
            "020 7946 0390",
            role="Head of Service",
            team="Children Looked After",
        ),
        setting="fostering",
        urgency=None,
        duration="long_term",
        duration_words="Long term",
        start=d(2026, 11, 27),
        start_words="by Friday 27 November",
        extra={
            "host": "Kent County Council",
            "reason": "Segun's assessment is that Marcus must be well away from south "
            "London, where he has been exploited; a home in Kent keeps him "
            "within reach of his school by train.",
        },
        kids=[
            Kid(
                "Marcus",
                "Ellington-Reid",
                d(2011, 2, 26),
                "male",
                "V2",
                "Accommodated under section 20 (mother agrees)",
                "Harris Academy Purley",
                [("mother", "weekly", "Mother every week, unsupervised, in the community")],
                ["Emergency foster placement, Croydon, 2 November 2026 – now"],
                {
                    "cce": (
                        P,
                        "carrying drugs for an older group on the county line to "
                        "Margate; stopped by BTP on 1 November",
                    ),
                    "mfh": (H, "went missing twice in the summer of 2026, found in Margate"),
                    "drugs": (S, "may be smoking cannabis; he denies it"),
                },
                no_contact=["the older males named in the police referral"],
            )
        ],
        notes=[
            "Marcus's older brother has a conviction for robbery (2023); he is not a "
            "risk Marcus presents."
        ],
        blanket="No other concerns are known at present.",
    ),
    Spec(
        id="n08",
        slug="hackney_out_of_area_sisters",
        layout="out_of_area",
        ext="docx",
        la_code="E09000012",
        la_name="London Borough of Hackney",
        ref="HK/CP/40219",
        date=d(2026, 11, 18),
        worker=Worker("Femi Odunsi", "femi.odunsi@hackney.example.gov.uk", "020 7946 0562"),
        setting="fostering",
        urgency="emergency",
        urgency_words="Emergency search.",
        duration="short_term",
        duration_words="Short term (assessment period)",
        start=d(2026, 11, 19),
        start_words="tomorrow, Thursday",
        extra={
            "host": "Essex County Council",
            "reason": "An ex-partner of the mother, who has threatened the girls, lives "
            "two streets away; the girls need to be outside London.",
        },
        kids=[
            Kid(
                "Amani",
                "Bello",
                d(2010, 8, 3),
                "female",
                "L2",
                "Emergency Protection Order, granted 17/11/2026",
                None,
                [],
                ["Emergency carer, 17/11/2026 – now"],
                {
                    "sh": (P, "cutting her legs; last did so on 15 November"),
                    "eat": (S, "skipping meals; the school nurse is worried about anorexia"),
                },
                history_gap="",
                no_contact=["kevin lowe"],
                ft_gap="",
            ),
            Kid(
                "Zara",
                "Bello",
                None,
                "female",
                "L2",
                "Emergency Protection Order, granted 17/11/2026",
                "Mossbourne Victoria Park Academy",
                [],
                ["Emergency carer, 17/11/2026 – now"],
                {},
                age=12,
                no_contact=["kevin lowe"],
            ),
        ],
        notes=[
            "No family time until the hearing on 24 November (EPO). Neither girl may "
            "have any contact with Kevin Lowe. Amani left college in the summer and has "
            "no place at present."
        ],
        blanket="No other risks are known for either girl.",
    ),
    Spec(
        id="n09",
        slug="bristol_out_of_area",
        layout="out_of_area",
        ext="docx",
        la_code="E06000023",
        la_name="Bristol City Council",
        ref="BCC 6612094",
        date=d(2026, 11, 12),
        worker=Worker("Eleanor Fry", "eleanor.fry@bristol.example.gov.uk", "0117 496 0274"),
        setting="fostering",
        urgency="planned",
        urgency_words="This is planned.",
        duration="permanence",
        duration_words="Permanence (long-term fostering with a view to SGO)",
        start=d(2027, 2, 1),
        start_words="February 2027",
        extra={
            "host": "South Gloucestershire Council",
            "reason": "Poppy's grandparents, who will become her special guardians, live "
            "in Yate; the fostering household is close to them.",
        },
        kids=[
            Kid(
                "Poppy",
                "Hazelwood",
                d(2022, 12, 11),
                "female",
                "C2",
                "Care Order (final), 2024",
                "Not yet at school (nursery)",
                [("grandparents", "several_times_a_week", "Grandparents three times a week")],
                ["Foster carers in Bristol, 2024 – now"],
                {},
                known_as="Pops",
            )
        ],
        blanket="No risks known: Poppy is a settled three-year-old.",
    ),
    # -------------------------------------------------------------- rhi_record (docx)
    Spec(
        id="n10",
        slug="manchester_rhi",
        layout="rhi_record",
        ext="docx",
        la_code="E08000003",
        la_name="Manchester City Council",
        ref="MCC-770418",
        date=d(2026, 11, 18),
        worker=Worker("Ifeoma Chukwu", "ifeoma.chukwu@manchester.example.gov.uk", "0161 496 0844"),
        sender=Worker(
            "Jade Lomax", "rhi@example.org.uk", "0161 496 0800", role="Return Home Interview worker"
        ),
        setting="residential",
        urgency=None,
        duration=None,
        start=d(2026, 11, 23),
        start_words="Mon 23/11",
        extra={
            "rhi_date": "17/11/2026",
            "episodes": [
                ["06/11/2026 19:00", "08/11/2026 02:10", "Moss Side flat"],
                ["14/11/2026 16:30", "16/11/2026 11:00", "Stockport train station"],
            ],
        },
        kids=[
            Kid(
                "Tyrese",
                "Campbell",
                d(2012, 4, 15),
                "male",
                "C2",
                "Care order (s31)",
                "Manchester Creative and Media Academy",
                [("dad", "weekly", "Dad, weekly, in the community")],
                ["Foster carer (Ms Ryan), 2022 – 2025", "Children's home (Elm View), 2025 – now"],
                {
                    "mfh": (P, "two missing episodes this month (see the table)"),
                    "cce": (
                        S,
                        "has new trainers and two phones; police suspect he is being "
                        "used to run drugs",
                    ),
                    "hurt": (N, "never violent"),
                    "drugs": (N, "no use known"),
                },
            )
        ],
        notes=[
            "Tyrese says he leaves because older boys at the home tease him and because "
            "'the lads' give him money. He would like a foster family again."
        ],
    ),
    Spec(
        id="n11",
        slug="wolverhampton_rhi",
        layout="rhi_record",
        ext="docx",
        la_code="E08000031",
        la_name="City of Wolverhampton Council",
        ref="WCC 993102",
        date=d(2026, 11, 20),
        worker=Worker(
            "Gurpreet Sandhu", "gurpreet.sandhu@wolverhampton.example.gov.uk", "01632 960235"
        ),
        sender=Worker(
            "Kerry Bould",
            "kerry.bould@wolverhampton.example.gov.uk",
            "01632 960290",
            role="Missing Persons Coordinator",
        ),
        setting="fostering",
        urgency="emergency",
        urgency_words="Emergency –",
        duration=None,
        start=d(2026, 11, 20),
        start_words="today if at all possible",
        extra={
            "rhi_date": "19/11/2026",
            "episodes": [["13/11/2026 22:00", "15/11/2026 09:00", "Birmingham hotel (police)"]],
        },
        kids=[
            Kid(
                "Shannon",
                "Doyle",
                d(2011, 11, 2),
                "female",
                "V2",
                "S20 (Mum signed 18/11/2026)",
                "Heath Park School",
                [("mum", "several_times_a_week", "With Mum 2-3 times a week if she wants")],
                None,
                {
                    "cse": (
                        P,
                        "found in a hotel with two adult men; a CSE strategy meeting "
                        "was held on 16 November",
                    ),
                    "mfh": (P, "one long episode, 13 to 15 November"),
                    "drugs": (H, "drank heavily at parties last year; says she has stopped"),
                },
                health=None,
            )
        ],
        notes=[
            "Shannon says she goes because 'he buys me things'. She does not want to go "
            "home; Mum agreed to section 20."
        ],
    ),
    Spec(
        id="n12",
        slug="lancashire_rhi_undated",
        layout="rhi_record",
        ext="docx",
        la_code="E10000017",
        la_name="Lancashire County Council",
        ref="LCC/PL/18844",
        date=None,
        worker=Worker(
            "Stuart Aspinall", "stuart.aspinall@lancashire.example.gov.uk", "01632 960713"
        ),
        sender=Worker(
            "Bev Tattersall",
            "bev.tattersall@example.org.uk",
            "01632 960700",
            role="RHI practitioner",
        ),
        setting="supported_accommodation",
        urgency="planned",
        urgency_words="Planned:",
        duration=None,
        start=d(2026, 12, 14),
        start_words="w/c 14 December",
        extra={
            "rhi_date": "12 November",
            "type_words": "16+ supported accommodation with staff on site",
            "episodes": [["31/10/2026", "01/11/2026", "Friend's house, Preston"]],
        },
        kids=[
            Kid(
                "Connor",
                "Whiteside",
                d(2010, 3, 5),
                "male",
                "C2",
                "Care order",
                "Preston College",
                [
                    ("mum", "weekly", "Mum weekly; he arranges it himself"),
                    ("sister", "fortnightly", "Sister Lauren every other week"),
                ],
                [
                    "Foster carers (the Burnses), 2019 – 2024",
                    "Residential (Ribble House), 2024 – now",
                ],
                {
                    "mfh": (H, "one overnight stay away at Halloween without telling staff"),
                    "drugs": (P, "smokes cannabis most days"),
                    "fire": (N, "denies ever starting fires and there is no record of it"),
                },
                school_note="(Level 2 Construction)",
            )
        ],
        notes=["Connor wants his own flat and says the home is 'too strict'."],
    ),
    # -------------------------------------------------------- court_directions (pdf)
    Spec(
        id="n13",
        slug="leeds_court_directions",
        layout="court_directions",
        ext="pdf",
        la_code="E08000035",
        la_name="Leeds City Council",
        ref="LCC-CIC-66310",
        date=d(2026, 11, 19),
        worker=Worker("Natalie Crowther", "natalie.crowther@leeds.example.gov.uk", "0113 496 0527"),
        setting="fostering",
        urgency=None,
        duration="short_term",
        duration_words="Until the final hearing (short term)",
        start=d(2026, 12, 4),
        start_words="4 December 2026",
        extra={
            "court": "Leeds",
            "case_no": "LS26C00418",
            "direction_no": "4",
            "directions": [
                ["1", "The children shall remain subject to interim care orders.", "—"],
                ["2", "Parenting assessment of the mother to be filed.", "15/01/2027"],
                ["3", "The father's drug testing (hair strand) to be arranged.", "04/12/2026"],
                [
                    "4",
                    "The LA shall identify a foster home able to keep the siblings "
                    "together and file a placement update.",
                    "04/12/2026",
                ],
                ["5", "Final hearing listed.", "22/03/2027"],
            ],
        },
        kids=[
            Kid(
                "Jayden",
                "Lister",
                d(2014, 9, 22),
                "male",
                "C1",
                "Interim care order made 02/10/2026",
                "Ralph Thoresby School",
                [
                    (
                        "mother",
                        "several_times_a_week",
                        "Mother three times a week, supervised (as directed)",
                    ),
                    ("father", "weekly", "Father once a week, supervised"),
                ],
                ["Separate emergency carers, 02/10/2026 – now"],
                {
                    "hurt": (H, "assaulted a pupil in May 2025 and was excluded for five days"),
                    "sh": (N, "no self-harm"),
                },
            ),
            Kid(
                "Bella",
                "Lister",
                d(2017, 1, 4),
                "female",
                "C1",
                "Interim care order made 02/10/2026",
                "Iveson Primary School",
                [
                    (
                        "mother",
                        "several_times_a_week",
                        "Mother three times a week, supervised (as directed)",
                    ),
                    ("father", "weekly", "Father once a week, supervised"),
                ],
                ["Separate emergency carers, 02/10/2026 – now"],
                {
                    "hsb": (
                        S,
                        "sexualised play with a younger child at school; under assessment "
                        "by the HSB team",
                    )
                },
            ),
        ],
        notes=["The father's heroin use is his own and is the subject of direction 3."],
        blanket="No other risks known for either child.",
    ),
    Spec(
        id="n14",
        slug="nottingham_court_directions",
        layout="court_directions",
        ext="pdf",
        la_code="E06000018",
        la_name="Nottingham City Council",
        ref="NCC 5520177",
        date=d(2026, 11, 11),
        worker=Worker(
            "Aisha Mahmood", "aisha.mahmood@nottinghamcity.example.gov.uk", "0115 496 0192"
        ),
        setting="fostering",
        urgency="planned",
        urgency_words="Planned",
        duration="permanence",
        duration_words="Fostering for adoption / permanence",
        start=d(2026, 12, 14),
        start_words="Monday 14th December 2026",
        extra={
            "court": "Nottingham",
            "case_no": "NG26C00251",
            "direction_no": "2",
            "directions": [
                ["1", "Interim care order renewed.", "—"],
                ["2", "The LA shall seek a foster to adopt placement for the child.", "14/12/2026"],
                ["3", "Guardian's analysis to be filed.", "29/01/2027"],
            ],
        },
        kids=[
            Kid(
                "Esme",
                "Walton",
                d(2024, 8, 29),
                "female",
                "C1",
                "ICO (renewed 10.11.26)",
                "Not of school age",
                [("mother", "weekly", "Mother weekly, supervised at the family centre")],
                ["Mr and Mrs Greaves (emergency), 06/2026 – now"],
                {},
                health="Developmental delay under review; otherwise well.",
            )
        ],
        blanket="Esme is two; none known.",
    ),
    Spec(
        id="n15",
        slug="stoke_court_directions",
        layout="court_directions",
        ext="pdf",
        la_code="E06000021",
        la_name="Stoke-on-Trent City Council",
        ref="SOT-83021",
        date=d(2026, 11, 20),
        worker=Worker("Liam Boulton", "liam.boulton@stoke.example.gov.uk", "01632 960410"),
        setting="fostering",
        urgency=None,
        duration="short_term",
        duration_words="Short term",
        start=d(2026, 11, 25),
        start_words="by Wednesday 25 November",
        extra={
            "court": "Stoke-on-Trent",
            "case_no": "ST26C00302",
            "direction_no": "3",
            "directions": [
                ["1", "Interim care order made.", "—"],
                ["2", "The LA's risk assessment of the child to be filed.", "11/12/2026"],
                ["3", "The LA shall place the child with foster carers.", "25/11/2026"],
            ],
        },
        kids=[
            Kid(
                "Mason",
                "Tunstall",
                d(2014, 5, 19),
                "male",
                "C1",
                "Interim care order, 19/11/2026",
                "Haywood Academy",
                [("mother", "fortnightly", "Mother every two weeks")],
                ["Grandmother (Reg 24), 2025 – 19/11/2026"],
                {},
                rest="unstated",
            )
        ],
        notes=[
            "The risk assessment will be filed under direction 2; we cannot answer the "
            "risk questions until then."
        ],
    ),
    # -------------------------------------------------------------- rag_matrix (pdf)
    Spec(
        id="n16",
        slug="birmingham_rag_matrix",
        layout="rag_matrix",
        ext="pdf",
        la_code="E08000025",
        la_name="Birmingham Children's Trust",
        ref="BCT-2290413",
        date=d(2026, 11, 17),
        worker=Worker(
            "Kemi Adebayo",
            "kemi.adebayo@birminghamchildrenstrust.example.co.uk",
            "0121 496 0632",
            role="Senior Social Worker",
        ),
        setting="residential",
        urgency=None,
        duration="long_term",
        duration_words="Long term",
        start=d(2026, 11, 30),
        start_words="30/11/2026",
        kids=[
            Kid(
                "Destiny",
                "Francis",
                d(2011, 6, 30),
                "female",
                "C2",
                "Care Order",
                "Not in school – tuition 10 hrs",
                [
                    ("mum", "monthly", "Mum monthly"),
                    ("aunt", "weekly", "Aunt Joy weekly, overnight stays agreed"),
                ],
                [
                    "Foster home, 2019 – 2022",
                    "Foster home, 2022 – 2024",
                    "Children's home, 2024 – now",
                ],
                {
                    "sh": (P, "ligatures twice in October; on a CAMHS safety plan"),
                    "hurt": (P, "assaulted two staff members in September"),
                    "cse": (H, "exploited by an older boyfriend in 2023; he was convicted"),
                    "eat": (N, "no concerns about eating"),
                },
                allergies=False,
            )
        ],
        blanket="No other risks.",
    ),
    Spec(
        id="n17",
        slug="doncaster_rag_siblings",
        layout="rag_matrix",
        ext="pdf",
        la_code="E08000017",
        la_name="City of Doncaster Council",
        ref="DCT 410882",
        date=d(2026, 11, 19),
        worker=Worker(
            "Rebecca Hinchliffe", "rebecca.hinchliffe@doncaster.example.gov.uk", "01632 960915"
        ),
        setting="fostering",
        urgency=None,
        duration=None,
        start=d(2026, 11, 24),
        start_words="Tues 24/11",
        kids=[
            Kid(
                "Logan",
                "Shaw",
                d(2012, 12, 12),
                "male",
                "V2",
                "Section 20",
                "Hall Cross Academy",
                [("mum", "weekly", "Mum weekly")],
                ["First time in care – emergency carer since 18/11/2026"],
                {
                    "drugs": (H, "drank alcohol with friends in 2025; cautioned in June 2025"),
                    "hurt": (S, "a neighbour alleges he threatened her son with a knife"),
                },
            ),
            Kid(
                "Summer",
                "Shaw",
                d(2016, 3, 3),
                "female",
                "V2",
                "Section 20",
                "Hexthorpe Primary School",
                [("mum", "weekly", "Mum weekly")],
                ["First time in care – emergency carer since 18/11/2026"],
                {"sh": (N, "none"), "mfh": (N, "none")},
                rest="unstated",
            ),
        ],
        blanket="No other areas of concern.",
    ),
    Spec(
        id="n18",
        slug="norfolk_rag_undated",
        layout="rag_matrix",
        ext="pdf",
        la_code="E10000020",
        la_name="Norfolk County Council",
        ref="NCC/LAC/73301",
        date=None,
        worker=Worker("Owen Kettle", "owen.kettle@norfolk.example.gov.uk", "01632 960326"),
        setting="fostering",
        urgency=None,
        duration="long_term",
        duration_words="Long-term",
        start=d(2026, 12, 1),
        start_words="1 Dec 2026",
        kids=[
            Kid(
                "Reece",
                "Buckle",
                d(2013, 8, 8),
                "male",
                "C2",
                "Full care order (2021)",
                "Thorpe St Andrew School",
                [
                    ("dad", "fortnightly", "Dad, alternate weekends"),
                    ("brother", "monthly", "Brother Cody (adopted) by letter monthly"),
                ],
                ["Foster carers, 2021 – 2023", "Foster carers (current), 2023 – now"],
                {
                    "fire": (P, "lit fires in the carers' garden shed twice this autumn"),
                    "animals": (H, "kicked a dog in 2021, before coming into care"),
                    "hsb": (N, "none identified"),
                },
                known_as="Reecey",
            )
        ],
        blanket="Other areas: none identified.",
    ),
    # ------------------------------------------------------------ cross_border (pdf)
    Spec(
        id="n19",
        slug="surrey_cross_border",
        layout="cross_border",
        ext="pdf",
        la_code="E10000030",
        la_name="Surrey County Council",
        ref="SCC-CLA-119347",
        date=d(2026, 11, 16),
        worker=Worker(
            "Philippa Ormerod", "philippa.ormerod@surreycc.example.gov.uk", "01632 960459"
        ),
        setting="residential",
        urgency="planned",
        urgency_words="Planned",
        duration="long_term",
        duration_words="Long term (52 weeks)",
        start=d(2027, 1, 6),
        start_words="6 January 2027",
        extra={
            "provider": "Glenmorven House",
            "cs_no": "CS2011290554",
            "type_words": "residential school with care (52-week)",
            "dol": "DoL order made by the High Court, 30/10/2026",
        },
        kids=[
            Kid(
                "Imogen",
                "Stroud",
                d(2011, 1, 19),
                "female",
                "C2",
                "Care order",
                "Glenmorven House School (from January)",
                [("mum", "monthly", "Mum visits monthly; video calls in between")],
                ["Foster care, 2020 – 2022", "Residential, 2022 – 2025", "Secure unit, 2025 – now"],
                {
                    "sh": (
                        P,
                        "serious self-harm, including swallowing objects, as recently as October",
                    ),
                    "eat": (P, "anorexia; weight is monitored weekly"),
                    "mfh": (H, "went missing often in 2022-23, none since the secure order"),
                },
                disabilities=["AUT"],
                disability_words="Autism",
            )
        ],
        blanket="No other risks apply.",
    ),
    Spec(
        id="n20",
        slug="cumberland_cross_border",
        layout="cross_border",
        ext="pdf",
        la_code="E06000063",
        la_name="Cumberland Council",
        ref="CUM 44017",
        date=d(2026, 11, 10),
        worker=Worker("Ross Pattinson", "ross.pattinson@cumberland.example.gov.uk", "01632 960673"),
        setting="residential",
        urgency=None,
        duration=None,
        start=d(2026, 12, 7),
        start_words="7/12/2026",
        extra={"provider": "Annanside Children's Home", "cs_no": "CS2018361102"},
        kids=[
            Kid(
                "Kai",
                "Armstrong",
                d(2012, 7, 24),
                None,
                "C2",
                "Full care order",
                None,
                [("grandmother", "fortnightly", "Grandmother in Carlisle, fortnightly")],
                [
                    "Foster carers in Maryport, 2019 – 2021",
                    "Foster carers in Whitehaven, 2021 – 2022",
                    "Foster carers in Cockermouth, 2022 – 2024",
                    "Workington children's home, 2024 – now",
                ],
                {
                    "hurt": (P, "regular assaults on staff; restraint used 6 times in October"),
                    "exploits": (S, "may be getting younger residents to shoplift for Kai"),
                },
                history_gap="",
            )
        ],
        notes=["Education is being arranged; Kai has not attended school since June."],
        blanket="Nothing else is known.",
    ),
    Spec(
        id="n21",
        slug="northumberland_cross_border",
        layout="cross_border",
        ext="pdf",
        la_code="E06000057",
        la_name="Northumberland County Council",
        ref="NCC-P-30188",
        date=d(2026, 11, 9),
        worker=Worker(
            "Gemma Charlton", "gemma.charlton@northumberland.example.gov.uk", "01632 960248"
        ),
        setting="fostering",
        urgency="planned",
        urgency_words="Planned",
        duration="long_term",
        duration_words="Long-term (until 18, Staying Put hoped for)",
        start=d(2026, 12, 18),
        start_words="18 December 2026",
        extra={
            "provider": "Borders Family Placement Service",
            "cs_no": "CS2009224418",
            "type_words": "foster family in the Scottish Borders",
        },
        kids=[
            Kid(
                "Freya",
                "Robson",
                d(2010, 5, 16),
                "female",
                "C2",
                "Care order (s.31)",
                "Berwick Academy",
                [
                    ("mother", "monthly", "Mother monthly, she travels to Berwick"),
                    ("brother", "weekly", "Brother Ethan weekly by video call"),
                ],
                ["Foster carers in Alnwick, 2018 – now"],
                {"sh": (H, "cut herself in 2019 after coming into care; none since 2020")},
                known_as="Frey",
            )
        ],
        notes=[
            "Freya's carers are moving to Kelso and want to keep her; this is a "
            "request to assess and approve them as a cross-border placement."
        ],
        blanket="No other concerns.",
    ),
    # --------------------------------------------------------------- cla_review (pdf)
    Spec(
        id="n22",
        slug="brighton_cla_review",
        layout="cla_review",
        ext="pdf",
        la_code="E06000043",
        la_name="Brighton & Hove City Council",
        ref="BH 7712045",
        date=d(2026, 11, 18),
        worker=Worker(
            "Sophie Delaney", "sophie.delaney@brighton-hove.example.gov.uk", "01632 960551"
        ),
        sender=Worker(
            "Marcus Oyelaran", "iro@brighton-hove.example.gov.uk", "01632 960599", role="IRO"
        ),
        setting="fostering",
        urgency=None,
        duration="long_term",
        duration_words="Long-term matching.",
        start=d(2027, 3, 1),
        start_words="March 2027 (1st)",
        extra={
            "review": "Second review, 12 November 2026",
            "present": "Ezra, his carers, Sophie Delaney (SW), the supervising social "
            "worker, Ezra's teacher; Mum sent her views.",
            "recommendations": [
                "Permanence plan of long-term fostering confirmed.",
                "The social worker to refer to placements for a long-term match by 20 November.",
                "Life story work to continue.",
            ],
        },
        kids=[
            Kid(
                "Ezra",
                "Pilbeam",
                d(2017, 10, 3),
                "male",
                "C2",
                "Final care order, 10/2025",
                "Carlton Hill Primary School",
                [
                    ("mum", "monthly", "Mum once a month, supervised"),
                    ("half-sister", "less_often", "Half-sister Tia in the holidays"),
                ],
                ["Short-term foster carers (Mr and Mrs Rowe), 2025 – now"],
                {"hurt": (H, "hit out at his carers in his first months (2025); this has stopped")},
            )
        ],
        blanket="The review heard of no other risks.",
    ),
    Spec(
        id="n23",
        slug="hertfordshire_cla_siblings",
        layout="cla_review",
        ext="pdf",
        la_code="E10000015",
        la_name="Hertfordshire County Council",
        ref="HCC-34988",
        date=d(2026, 11, 14),
        worker=Worker(
            "Daniel Ashworth", "daniel.ashworth@hertfordshire.example.gov.uk", "01632 960138"
        ),
        sender=Worker(
            "Lorraine Beck",
            "lorraine.beck@hertfordshire.example.gov.uk",
            "01632 960170",
            role="Independent Reviewing Officer",
        ),
        setting="fostering",
        urgency=None,
        duration="long_term",
        duration_words="Long term, together.",
        start=d(2027, 1, 18),
        start_words="mid-January (Monday 18 January 2027)",
        extra={
            "review": "Review held 9 November 2026",
            "present": "Both girls (for part), their carer, Daniel Ashworth (SW), the IRO.",
            "recommendations": [
                "The girls to be placed together in a long-term home.",
                "Referral to be sent to in-house and IFA providers.",
            ],
        },
        kids=[
            Kid(
                "Maisie",
                "Crouch",
                d(2013, 2, 21),
                "female",
                "C2",
                "Care order (2024)",
                "Sir John Lawes School",
                [("dad", "fortnightly", "Dad every other Sunday")],
                ["Foster carer (Mrs Obi), 2024 – now"],
                {
                    "sh": (
                        S,
                        "the school found a razor blade in her bag in October; she "
                        "denies self-harm",
                    )
                },
            ),
            Kid(
                "Lottie",
                "Crouch",
                d(2016, 6, 6),
                "female",
                "C2",
                "Care order (2024)",
                "Crabtree Junior School",
                [("dad", "fortnightly", "Dad every other Sunday")],
                None,
                {},
                history_gap="Not recorded at the review",
            ),
        ],
        blanket="No other risks for either girl.",
    ),
    Spec(
        id="n24",
        slug="bradford_cla_undated",
        layout="cla_review",
        ext="pdf",
        la_code="E08000032",
        la_name="City of Bradford Metropolitan District Council",
        ref="BDC 1189330",
        date=None,
        worker=Worker("Hamza Iqbal", "hamza.iqbal@bradford.example.gov.uk", "01632 960764"),
        sender=Worker(
            "Sandra Holmes", "sandra.holmes@bradford.example.gov.uk", "01632 960700", role="IRO"
        ),
        setting="fostering",
        urgency=None,
        duration="short_term",
        duration_words="Short-term",
        start=d(2026, 11, 27),
        start_words="Friday 27 November",
        extra={
            "review": "First review, 13 November 2026",
            "present": "Hafsa, her carer, Hamza Iqbal (SW), the IRO, an interpreter for Mum.",
            "recommendations": [
                "A foster family who can meet Hafsa's cultural and faith needs (halal "
                "diet, mosque on Fridays) to be found.",
            ],
        },
        kids=[
            Kid(
                "Hafsa",
                "Rehman",
                d(2014, 9, 9),
                "female",
                "V2",
                "Section 20 (V2)",
                "Belle Vue Girls' Academy",
                [("mother", "weekly", "Mother weekly at the family centre")],
                ["Emergency carer (Mrs Akhtar), 23/10/2026 – now"],
                {"mfh": (H, "ran to her aunt's house once in 2025"), "cse": (N, "no concerns")},
            )
        ],
        blanket="Nothing else.",
    ),
    # -------------------------------------------------------------------- scans (pdf)
    Spec(
        id="n25",
        slug="scan_photocopied_form",
        layout="image_scan",
        ext="pdf",
        la_code="",
        la_name="",
        ref=None,
        date=None,
        worker=Worker("", "", None),
        setting="fostering",
        start=None,
        start_words="",
        kids=[],
        needs_ocr=True,
        extra={
            "angle": 1.4,
            "lines": [
                "PLACEMENT REQUEST (photocopy)",
                "",
                "Child's name: ......................",
                "DOB: .... / .... / ........",
                "Legal status: [ ] S20  [ ] ICO  [ ] CO",
                "School: ......................",
                "Family time: .........................",
                "",
                "Risks (tick): [ ] SH  [ ] CSE  [ ] MFH  [ ] fire",
                "",
                "Social worker: ......................",
                "Tel: ..................",
            ],
        },
    ),
    Spec(
        id="n26",
        slug="scan_faxed_letter",
        layout="image_scan",
        ext="pdf",
        la_code="",
        la_name="",
        ref=None,
        date=None,
        worker=Worker("", "", None),
        setting="fostering",
        start=None,
        start_words="",
        kids=[],
        needs_ocr=True,
        extra={
            "angle": -2.2,
            "lines": [
                "Dear Placements Team,",
                "",
                "Please find below the details of a young person for whom",
                "we are seeking a foster placement. The original of this",
                "letter follows by post.",
                "",
                "(page 1 of 3 – received by fax)",
            ],
        },
    ),
]
