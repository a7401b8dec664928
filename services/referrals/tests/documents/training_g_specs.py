"""The referrals of training_g, g01-g21 (fictional people; real LAs by ONS code)."""

from __future__ import annotations

from datetime import date as D

from training_g_model import Kid, Ref, day

ALL_RISKS = ("sh", "cse", "cce", "sub", "ed", "mis", "phy", "hsb", "fire", "ani", "exo")

SPECS_A = [
    Ref(
        "g01",
        "kirklees_mosaic_rfs",
        "mosaic_rfs",
        "pdf",
        "E08000034",
        "Kirklees Council",
        "3318406",
        "Person ID",
        day(-3),
        ("Priya Chandran", "priya.chandran@kirklees.example.gov.uk", "01632 960217"),
        "fostering",
        "planned",
        "long_term",
        day(11),
        people={
            "officer": ("Dale Hirst", "dale.hirst@kirklees.example.gov.uk", "01632 960218"),
            "manager": ("Sonia Blake", "", ""),
        },
        extra={
            "reason": "Current IFA carer has given 28 days' notice (ill health). Tayla needs a "
            "long-term family in or near Huddersfield so she can stay at her school.",
            "order_date": "14/02/2025",
        },
        kids=[
            Kid(
                "Tayla",
                "Brookes",
                D(2013, 3, 9),
                "female",
                "C2",
                "Full Care Order (s31)",
                "Almondbury Community School",
                "Asthma - salbutamol inhaler as needed. Dental check overdue.",
                [
                    ("mum", "monthly", "Mum - monthly, supervised at the contact centre"),
                    (
                        "brother",
                        "fortnightly",
                        "Brother Kian (separate placement) - fortnightly, in the community",
                    ),
                ],
                [
                    (
                        "12/02/2024",
                        "14/02/2025",
                        "Foster care (in-house, short term)",
                        "carer retired",
                    ),
                    (
                        "14/02/2025",
                        "present",
                        "Foster care (IFA)",
                        "carer ill health - notice given",
                    ),
                ],
                risks={
                    "mis": (
                        "historical",
                        "Went missing twice in spring 2025 (overnight); none since June 2025.",
                    ),
                    "phy": (
                        "present",
                        "Pushes and hits carers when dysregulated; pushed her carer on "
                        "2 November 2026. De-escalation plan in place.",
                    ),
                },
                school_words="Almondbury Community School (Year 9)",
                background="Mum has a long history of heroin use and is now in recovery (methadone).",
            )
        ],
    ),
    Ref(
        "g02",
        "notts_mosaic_remand",
        "mosaic_rfs",
        "docx",
        "E10000024",
        "Notts CC Children's Services",
        "7720193",
        "Mosaic Person ID",
        day(-1),
        ("Gareth Lomas", "gareth.lomas@nottscc.example.gov.uk", "07700 900412"),
        "residential",
        "emergency",
        "short_term",
        day(-1),
        start_text="Today (following court)",
        people={"officer": ("EDT - Karen Fell", "", ""), "manager": ("Ruth Onions", "", "")},
        extra={
            "reason": "Remanded to local authority accommodation by Mansfield Youth Court this "
            "afternoon. Mother cannot have Reece home (bail conditions exclude the address).",
            "ethnicity": "White British",
            "team": "Youth Justice / CIC",
        },
        kids=[
            Kid(
                "Reece",
                "Atkins",
                D(2010, 6, 21),
                "male",
                "J1",
                "Remanded to LA accommodation (LASPO s.92) until trial on 12/01/2027",
                "Not in education",
                "No diagnosed conditions. Smokes cannabis daily (see risks).",
                [
                    (
                        "mother",
                        "several_times_a_week",
                        "Mother - phone calls three times a week, unsupervised",
                    )
                ],
                [],
                risks={
                    "sub": (
                        "present",
                        "Uses cannabis daily; referred to the young people's drug service.",
                    ),
                    "cce": (
                        "present",
                        "Arrested 3 November 2026 with class A drugs in Mansfield; NRM "
                        "referral made, positive reasonable grounds.",
                    ),
                    "mis": ("present", "Missing 9 times since August 2026, usually overnight."),
                    "phy": ("historical", "Assault on a peer in 2024 (youth caution); none since."),
                    "exo": (
                        "suspected",
                        "Police intelligence suggests Reece may be introducing "
                        "younger boys to the group.",
                    ),
                },
                no_contact=["tyler kemp"],
                ft_words="Mother - phone calls three times a week, unsupervised. Bail conditions: no "
                "contact with co-accused Tyler Kemp.",
                history_words="None - first time looked after (lived with mother until his arrest).",
                school_words="Not in education (PRU place withdrawn October 2026)",
            )
        ],
    ),
    Ref(
        "g03",
        "middlesbrough_mosaic_tbc",
        "mosaic_rfs",
        "txt",
        "E06000002",
        "Middlesbrough Council",
        "6004417",
        "Mosaic No",
        day(-2),
        ("Lauren Kirtley", "lauren.kirtley@middlesbrough.example.gov.uk", "01632 960390"),
        "fostering",
        "emergency",
        "short_term",
        day(-2),
        start_text="Same day",
        people={"officer": ("Ian Gowland", "", ""), "manager": ("Debbie Sowerby", "", "")},
        extra={
            "reason": "Removed from mum's care on 21/11 after a domestic abuse incident in front "
            "of Ellie-Mae. Legal position to be confirmed after the hearing."
        },
        kids=[
            Kid(
                "Ellie-Mae",
                "Parkin",
                D(2017, 2, 14),
                "female",
                None,
                "TBC - ICO hearing listed 27/11/2026",
                "Abingdon Primary School",
                "Eczema (emollients). Immunisations up to date.",
                [
                    ("mum", "weekly", "Mum weekly at Hemlington family centre (supervised)"),
                    (
                        "grandparents",
                        "fortnightly",
                        "Maternal grandparents fortnightly, Saturday afternoons",
                    ),
                ],
                [],
                school_words="Abingdon Primary School, Year 5",
                history_words="Ellie-Mae has not been looked after before.",
                no_contact=["mum's partner"],
                background="Mum's partner (Shane) is violent; no contact with mum's partner and he "
                "must not know the placement address.",
            )
        ],
    ),
    Ref(
        "g04",
        "lancs_lcs_request",
        "lcs_numbered",
        "docx",
        "E10000017",
        "Lancashire County Council",
        "1120457",
        "LCS ID",
        day(-8),
        ("Naomi Pilling", "naomi.pilling@lancashire.example.gov.uk", "01632 960481"),
        "fostering",
        "planned",
        "long_term",
        day(6),
        people={
            "officer": ("Carl Nuttall", "carl.nuttall@lancashire.example.gov.uk", "01632 960482"),
            "manager": ("Gill Ashworth", "gill.ashworth@lancashire.example.gov.uk", ""),
        },
        kids=[
            Kid(
                "Harvey",
                "Clegg",
                D(2012, 4, 30),
                "male",
                "C1",
                "Interim Care Order (s.38)",
                "Ribblesdale High School",
                "ADHD (diagnosed 2021), methylphenidate 18mg mornings. Foetal alcohol spectrum "
                "disorder (FASD) diagnosed 2019.",
                [
                    ("father", "monthly", "Father: monthly, supervised, Burnley contact centre"),
                    ("sisters", "weekly", "Sisters (placed together elsewhere): weekly video call"),
                ],
                [("03/03/2023", "present", "Foster care (in-house)", "carers moving abroad")],
                risks={
                    "fire": (
                        "historical",
                        "Set fire to a bin at school in May 2023; no fire setting since.",
                    ),
                    "phy": (
                        "present",
                        "Hits out when his routine changes; two incidents at school "
                        "this term (excluded for one day on 10 November 2026).",
                    ),
                },
                school_words="Ribblesdale High School (Y10) - must stay",
            )
        ],
    ),
    Ref(
        "g05",
        "trafford_lcs_tbc",
        "lcs_numbered",
        "pdf",
        "E08000009",
        "Trafford Council",
        "TR-204511",
        "LCS number",
        day(-4),
        ("Oluwaseun Adeyemi", "seun.adeyemi@trafford.example.gov.uk", "07700 900233"),
        "residential",
        "planned",
        "long_term",
        None,
        start_text="TBC - to be agreed at the planning meeting",
        people={
            "officer": ("Beth Maguire", "placements@trafford.example.gov.uk", "01632 960500"),
            "manager": ("Andrew Shaw", "", ""),
        },
        kids=[
            Kid(
                "Aaliyah",
                "Mensah",
                D(2009, 12, 12),
                "female",
                "C2",
                "Full Care Order",
                "Trafford College",
                "Type 1 diabetes - insulin pump; needs support with carb counting. Anxiety (CAMHS).",
                [
                    ("mum", "fortnightly", "Mum - every other Sunday, unsupervised"),
                    ("nan", "weekly", "Nan - weekly phone call"),
                ],
                [
                    ("2019", "2021", "Foster care", "disruption"),
                    ("2021", "2023", "Foster care (IFA)", "allegation"),
                    ("2023", "2025", "Residential (Salford)", "home closed"),
                    ("2025", "now", "Residential (Sale)", "needs a smaller home"),
                ],
                risks={
                    "cse": (
                        "present",
                        "Exploited by older males met online; latest concern 14 November "
                        "2026 (found in a car in Salford). MASE plan in place.",
                    ),
                    "mis": ("present", "Missing 5 times in October 2026."),
                    "sh": ("historical", "Paracetamol overdose in March 2025; no self-harm since."),
                    "sub": ("suspected", "Suspected cannabis use with older peers; she denies it."),
                },
                school_words="Trafford College - Level 2 Health & Social Care",
            )
        ],
    ),
    Ref(
        "g06",
        "tfc_lcs_siblings",
        "lcs_numbered",
        "docx",
        "E08000024",
        "Together for Children",
        "FAM-30981",
        "Family ID",
        day(-6),
        ("Hayley Dunn", "hayley.dunn@togetherforchildren.example.org.uk", "01632 960612"),
        "fostering",
        "planned",
        "long_term",
        day(15),
        people={
            "officer": ("Mark Ridley", "", ""),
            "manager": ("Jan Scorer", "", ""),
            "guardian": (
                "Bernadette Quayle",
                "bernadette.quayle@cafcass.example.gov.uk",
                "07700 900613",
            ),
        },
        kids=[
            Kid(
                "Mason",
                "Robson",
                D(2015, 1, 19),
                "male",
                "C1",
                "ICO (s38) granted 29/09/2026",
                "Hylton Castle Primary School",
                "Well. Wears glasses.",
                [
                    ("mum", "weekly", "Mum: weekly supervised (Tuesdays)"),
                    ("dad", "monthly", "Dad: monthly, supervised"),
                ],
                [
                    (
                        "02/10/2026",
                        "present",
                        "Emergency foster care (in-house)",
                        "short term carers only",
                    )
                ],
                risks={
                    "phy": (
                        "present",
                        "Lashes out at his younger siblings when anxious; carers supervise closely.",
                    )
                },
                background="Dad is known to police for drug supply; there is no evidence that any of "
                "the children are involved.",
            ),
            Kid(
                "Lily",
                "Robson",
                D(2017, 5, 3),
                "female",
                "C1",
                "ICO (s38) granted 29/09/2026",
                "Hylton Castle Primary School",
                "Speech delay - SALT weekly.",
                [
                    ("mum", "weekly", "Mum: weekly supervised (Tuesdays)"),
                    ("dad", "monthly", "Dad: monthly, supervised"),
                ],
                [
                    (
                        "02/10/2026",
                        "present",
                        "Emergency foster care (in-house)",
                        "short term carers only",
                    )
                ],
            ),
            Kid(
                "Archie",
                "Robson",
                D(2020, 7, 8),
                "male",
                "C1",
                "ICO (s38) granted 29/09/2026",
                "Little Owls Nursery",
                "Eczema. Toilet training.",
                [
                    ("mum", "weekly", "Mum: weekly supervised (Tuesdays)"),
                    ("dad", "monthly", "Dad: monthly, supervised"),
                ],
                [
                    (
                        "02/10/2026",
                        "present",
                        "Emergency foster care (in-house)",
                        "short term carers only",
                    )
                ],
            ),
        ],
    ),
    Ref(
        "g07",
        "oldham_hub_pft",
        "hub_pft",
        "docx",
        "E08000004",
        "Oldham",
        "CCM0457712",
        "CCM No",
        day(-1),
        ("Ayesha Begum", "ayesha.begum@oldham.example.gov.uk", "07700 900318"),
        "residential",
        "emergency",
        "short_term",
        day(1),
        people={
            "officer": ("Neil Travis", "neil.travis@penninehub.example.org.uk", "01632 960700")
        },
        extra={"hub": "Pennine Commissioning Hub - Placement Finding Team"},
        kids=[
            Kid(
                "Keira",
                "Holt",
                D(2011, 7, 27),
                "female",
                "V2",
                "Section 20 (voluntary accommodation)",
                "Oasis Academy Oldham",
                "No physical health needs. Low mood; on the waiting list for Healthy Young Minds.",
                [("mum", "to_be_agreed", "Mum - to be agreed at the 72-hour meeting")],
                [
                    ("06/01/2025", "30/06/2025", "Foster care (in-house)", "returned home"),
                    (
                        "20/11/2026",
                        "present",
                        "Emergency residential (out of area)",
                        "emergency bed only",
                    ),
                ],
                risks={
                    "sh": (
                        "present",
                        "Cutting to forearms, most recently 19 November 2026; sharps removal needed.",
                    ),
                    "mis": ("historical", "Two missing episodes in 2024; none since January 2025."),
                    "cse": (
                        "suspected",
                        "Older boyfriend (19) - suspected exploitation; strategy meeting "
                        "held 18 November 2026.",
                    ),
                },
                school_words="Oasis Academy Oldham, Yr 11",
            )
        ],
    ),
    Ref(
        "g08",
        "rbkc_hub_siblings",
        "hub_pft",
        "pdf",
        "E09000020",
        "RBKC",
        "FWI-884120",
        "Framework-i ID",
        day(-4),
        ("Tomasz Nowak", "tomasz.nowak@rbkc.example.gov.uk", "01632 960833"),
        "fostering",
        "emergency",
        "short_term",
        day(-4),
        start_text="Today",
        people={
            "officer": (
                "Claire Odusanya",
                "claire.odusanya@westlondonhub.example.org.uk",
                "01632 960834",
            )
        },
        extra={"hub": "West London Placements Hub"},
        kids=[
            Kid(
                "Ruby",
                "Ashdown",
                D(2012, 1, 16),
                "female",
                "C1",
                "ICO (s38)",
                "Holland Park School",
                "Well.",
                [("mother", "weekly", "Mother weekly, supervised")],
                [],
                risks={
                    "sh": (
                        "historical",
                        "Scratched her arms after the parents separated in 2023; none since.",
                    )
                },
                history_words="None (first time in care)",
            ),
            Kid(
                "Theo",
                "Ashdown",
                D(2014, 4, 5),
                "male",
                "C1",
                "ICO (s38)",
                "Fox Primary School",
                "Asthma (brown and blue inhalers).",
                [("mother", "weekly", "Mother weekly, supervised")],
                [],
                history_words="None (first time in care)",
            ),
            Kid(
                "Poppy",
                "Ashdown",
                D(2019, 6, 30),
                "female",
                "C1",
                "ICO (s38)",
                None,
                "Well; up to date with checks.",
                [("mother", "weekly", "Mother weekly, supervised")],
                [],
                history_words="None (first time in care)",
                unstated=ALL_RISKS,
            ),
        ],
    ),
    Ref(
        "g09",
        "banes_hub_ft_gap",
        "hub_pft",
        "pdf",
        "E06000022",
        "B&NES",
        "BN/55210",
        "Child ID",
        day(-10),
        ("Rachel Hosking", "rachel.hosking@bathnes.example.gov.uk", "01632 960911"),
        "residential",
        "planned",
        "long_term",
        day(20),
        people={"officer": ("Sam Pring", "sam.pring@swhub.example.org.uk", "01632 960912")},
        extra={"hub": "South West Sufficiency Hub - Placement Finding Team"},
        kids=[
            Kid(
                "Noah",
                "Fairbrother",
                D(2010, 2, 2),
                "male",
                "C2",
                "Care Order (s31)",
                "Writhlington School",
                "Autism (diagnosed 2018); sensory needs - uses ear defenders.",
                None,
                [
                    ("2017", "2019", "Foster care", "carers retired"),
                    ("2019", "2023", "Foster care (IFA)", "disruption"),
                    ("2023", "present", "Residential (Somerset)", "needs closer to home"),
                ],
                risks={
                    "phy": (
                        "present",
                        "Damages property and assaults staff when overwhelmed; 3 incidents in October 2026.",
                    ),
                    "sh": (
                        "historical",
                        "Head-banging as a younger child (2019-2021); none since.",
                    ),
                },
            )
        ],
    ),
    Ref(
        "g10",
        "cwac_short_breaks",
        "edge_short_break",
        "docx",
        "E06000050",
        "CWaC",
        "ICS-660192",
        "ICS ID",
        day(-6),
        ("Joanne Platt", "joanne.platt@cheshirewestandchester.example.gov.uk", "01632 961010"),
        "fostering",
        "planned",
        "respite",
        day(12),
        people={"officer": ("Lee Brereton", "", "")},
        extra={"pattern": "One weekend a month (Friday 4pm to Sunday 4pm)"},
        kids=[
            Kid(
                "Oliver",
                "Pike",
                D(2016, 5, 22),
                "male",
                "V4",
                "Section 20 - planned series of short breaks (agreement recorded)",
                "Dee Banks School",
                "Severe learning disability; epilepsy (buccal midazolam rescue medication); non-verbal, "
                "uses Makaton and PECS.",
                [],
                [],
                risks={
                    "phy": (
                        "present",
                        "Grabs and pulls hair when distressed; 2:1 support in the community.",
                    )
                },
                ft_words="Lives at home with mum and dad - no separate family time needed.",
                history_words="None. Oliver has had no care episodes before.",
                school_words="Dee Banks School (special school)",
            )
        ],
    ),
    Ref(
        "g11",
        "telford_edge_undated",
        "edge_short_break",
        "txt",
        "E06000020",
        "Telford & Wrekin Council",
        "TW-33871",
        "Case No",
        None,
        ("Mandy Corbett", "mandy.corbett@telford.example.gov.uk", "01632 961122"),
        "fostering",
        "planned",
        "short_term",
        day(10),
        people={"officer": ("Ravi Sandhu", "", "")},
        extra={"pattern": "Up to six weeks, then home with support"},
        kids=[
            Kid(
                "Skye",
                "Morris",
                D(2011, 4, 11),
                "female",
                "V2",
                "Section 20",
                "Hadley Learning Community",
                None,
                [
                    (
                        "mum",
                        "several_times_a_week",
                        "Mum - after school twice a week, unsupervised",
                    ),
                    ("dad", "to_be_agreed", "Dad - to be agreed"),
                ],
                [],
                risks={
                    "mis": (
                        "present",
                        "Stayed out overnight 4 times this month; reported missing twice.",
                    )
                },
                school_words="Hadley Learning Community (Year 11)",
                history_words="None - Skye has not been in care before.",
            )
        ],
    ),
    Ref(
        "g12",
        "medway_16plus",
        "supported_16",
        "txt",
        "E06000035",
        "Medway Council",
        "LL-902214",
        "Liquidlogic ID",
        day(-9),
        ("Kwame Boateng", "kwame.boateng@medway.example.gov.uk", "07700 900561"),
        "supported_accommodation",
        "planned",
        "long_term",
        day(11),
        risk_style="prose",
        kids=[
            Kid(
                "Jayden",
                "Okoro",
                D(2009, 3, 17),
                "male",
                "C2",
                "Full care order (remains looked after until 18)",
                "MidKent College",
                "Well. Registered with a GP. Hay fever.",
                [
                    ("mum", "weekly", "Sees mum weekly at her flat (unsupervised)"),
                    ("sister", "monthly", "Sister Grace - monthly"),
                ],
                [
                    ("2016", "2019", "Foster care", "ended"),
                    ("2019", "2024", "Foster care (IFA)", "ended"),
                    ("2024", "present", "Residential (Chatham)", "ready for 16+"),
                ],
                risks={
                    "cce": (
                        "historical",
                        "Was exploited to sell drugs in 2024 (county lines to Margate); "
                        "no concerns since March 2025.",
                    ),
                    "sub": (
                        "present",
                        "Uses cannabis most weekends; engaging with the substance misuse service.",
                    ),
                },
                school_words="MidKent College - Level 1 Construction",
            )
        ],
    ),
    Ref(
        "g13",
        "hackney_16plus_history",
        "supported_16",
        "pdf",
        "E09000012",
        "Hackney Children and Families Service",
        "MOS-128845",
        "Mosaic ID",
        day(-5),
        ("Fatima Yusuf", "fatima.yusuf@hackney.example.gov.uk", "01632 961313"),
        "supported_accommodation",
        "planned",
        "short_term",
        day(-2),
        risk_style="prose",
        kids=[
            Kid(
                "Amira",
                "Haddad",
                D(2010, 8, 8),
                "female",
                "V2",
                "Accommodated under s20 (unaccompanied asylum-seeking child)",
                "Hackney Community College",
                "Latent TB - completing treatment (rifampicin). Speaks Arabic; interpreter for appointments.",
                [],
                None,
                risks={
                    "cce": (
                        "suspected",
                        "Concern she may be targeted by adults offering cash work; no "
                        "evidence yet.",
                    )
                },
                ft_words="No family in the UK. Family whereabouts unknown - Red Cross tracing in progress.",
                no_contact=["family"],
                history_words="To follow (chronology being updated)",
                school_words="Hackney Community College - ESOL Entry 3",
            )
        ],
    ),
    Ref(
        "g14",
        "lincs_16plus_tonight",
        "supported_16",
        "docx",
        "E10000019",
        "Lincolnshire County Council",
        "M1180034",
        "Mosaic Person Reference",
        day(-1),
        ("Stuart Kettle", "stuart.kettle@lincolnshire.example.gov.uk", "01632 961414"),
        "supported_accommodation",
        "emergency",
        "short_term",
        day(-1),
        start_text="Tonight",
        kids=[
            Kid(
                "Callum",
                "Reid",
                D(2009, 6, 4),
                "male",
                "C2",
                "Care Order (s31)",
                "NEET",
                "No health needs known. Fully vaccinated.",
                [("grandmother", "fortnightly", "Paternal grandmother - every other weekend")],
                [
                    ("2015", "2017", "Foster care", "disruption"),
                    ("2017", "2020", "Foster care", "disruption"),
                    ("2020", "2024", "Residential (Grantham)", "moved nearer family"),
                    ("2024", "22/11/2026", "Residential (Lincoln)", "ended after incident"),
                ],
                risks={
                    "phy": (
                        "present",
                        "Threatened staff with a knife on 20 November 2026 - placement "
                        "ended; police attended.",
                    ),
                    "fire": (
                        "suspected",
                        "Staff believe he started a bin fire on 12 November 2026 - not proven.",
                    ),
                    "mis": (
                        "historical",
                        "Regular missing episodes in 2023; none since January 2024.",
                    ),
                },
                no_contact=["father"],
                ft_words="Paternal grandmother - every other weekend. No contact with father (non-molestation order).",
                school_words="NEET (not in education, employment or training)",
                background="Callum's brother Ryan is in custody for robbery and county lines offences.",
            )
        ],
    ),
    Ref(
        "g15",
        "derby_secure_stepdown",
        "secure_stepdown",
        "pdf",
        "E06000015",
        "Derby City Council",
        "EC-450127",
        "Eclipse ID",
        day(-12),
        ("Grace Whitmore", "grace.whitmore@derby.example.gov.uk", "01632 961515"),
        "residential",
        "planned",
        "long_term",
        day(13),
        risk_style="prose",
        people={"keyworker": ("Jo Tranter", "", "")},
        extra={
            "current": "Secure children's home (s25 order expires 15/12/2026)",
            "reason": "Kacey has made progress in secure; the s25 order will not be renewed. She "
            "needs a small open home with high staffing.",
            "occupancy": "solo or two-bed home",
        },
        kids=[
            Kid(
                "Kacey",
                "Wainwright",
                D(2011, 1, 25),
                "female",
                "C2",
                "Full Care Order",
                "Kingsmead School",
                "Emotional dysregulation; CAMHS involved; sertraline 50mg.",
                [("mum", "weekly", "Mum - weekly (video calls and visits)")],
                [
                    ("01/03/2019", "10/07/2022", "Foster care", "disruption"),
                    ("10/07/2022", "02/06/2026", "Residential", "secure order made"),
                    ("02/06/2026", "present", "Secure children's home (welfare)", "order ending"),
                ],
                risks={
                    "sh": (
                        "present",
                        "Ligatures on three occasions in the secure unit, the last on "
                        "30 October 2026; on enhanced observations.",
                    ),
                    "cse": (
                        "present",
                        "Sexually exploited by adults in 2025-2026 (reason for the secure "
                        "order); still in contact with them online.",
                    ),
                    "mis": (
                        "historical",
                        "Missing over 40 times before the secure order (January to "
                        "June 2026); none since admission.",
                    ),
                    "sub": (
                        "historical",
                        "Used ketamine and alcohol before the secure placement; "
                        "abstinent since June 2026.",
                    ),
                },
                school_words="Kingsmead School (on roll; taught in the secure unit's school for now)",
            )
        ],
    ),
    Ref(
        "g16",
        "essex_stepdown_sh_gap",
        "secure_stepdown",
        "docx",
        "E10000012",
        "Essex County Council",
        "CAPS-771023",
        "CAPS number",
        day(-7),
        ("Daniel Foulkes", "daniel.foulkes@essex.example.gov.uk", "07700 900716"),
        "residential",
        "planned",
        "long_term",
        day(11),
        people={"keyworker": ("Marcus Edo", "", "")},
        extra={
            "current": "Clayfields secure unit (welfare)",
            "reason": "Secure order ends next month; the panel agreed a step-down to open residential.",
        },
        kids=[
            Kid(
                "Dylan",
                "Stroud",
                D(2010, 5, 13),
                "male",
                "C2",
                "Care Order",
                "Basildon Lower Academy",
                "ADHD, medicated (Elvanse 50mg).",
                [
                    ("mum", "fortnightly", "Mum every other week"),
                    ("brother", "monthly", "Older brother Jordan - monthly"),
                ],
                [
                    ("2018", "2020", "Foster care", "disruption"),
                    ("2020", "2023", "Foster care", "disruption"),
                    ("2023", "2025", "Residential", "secure order"),
                    ("2025", "present", "Secure unit", "stepping down"),
                ],
                risks={
                    "sh": ("present", None),
                    "phy": (
                        "present",
                        "Serious assault on a member of staff at the secure unit on 4 September 2026.",
                    ),
                    "exo": (
                        "historical",
                        "Recruited younger boys to run drugs in Basildon in 2025; none since the secure order.",
                    ),
                    "cce": (
                        "historical",
                        "County lines involvement in 2025 (Basildon to Southend); none since admission.",
                    ),
                },
                school_words="Basildon Lower Academy (dual registered with the secure unit's school)",
            )
        ],
    ),
    Ref(
        "g17",
        "wilts_matching_minutes",
        "matching_minutes",
        "docx",
        "E06000054",
        "Wiltshire Council",
        "WC-0098812",
        "Child's case number",
        day(-7),
        ("Emma Pollard", "emma.pollard@wiltshire.example.gov.uk", "01632 961717"),
        "fostering",
        "planned",
        "permanence",
        day(35),
        people={
            "chair": ("Helen Tarrant", "helen.tarrant@wiltshire.example.gov.uk", ""),
            "manager": ("Simon Pike", "simon.pike@wiltshire.example.gov.uk", ""),
            "fsw": ("Bev Lacey", "", "01632 961718"),
        },
        kids=[
            Kid(
                "Isla",
                "Goddard",
                D(2018, 3, 22),
                "female",
                "C2",
                "subject to a full care order",
                "Holbrook Primary School",
                "Global developmental delay; speech and language therapy.",
                [
                    ("mum", "less_often", "letterbox contact with mum twice a year"),
                    ("brother", "monthly", "direct contact with her brother Alfie monthly"),
                ],
                [
                    ("2023", "2025", "short-term foster carers", "plan for permanence"),
                    ("2025", "present", "bridging foster carers", "moving to permanent carers"),
                ],
                history_words="This will be Isla's third home in care: she lived with short-term carers from "
                "2023 and has been with bridging carers since March 2025.",
            )
        ],
    ),
    Ref(
        "g18",
        "herts_matching_siblings",
        "matching_minutes",
        "pdf",
        "E10000015",
        "Hertfordshire County Council",
        "ICS 4471098",
        "ICS No.",
        day(-11),
        ("Chloe Baptiste", "chloe.baptiste@hertfordshire.example.gov.uk", "01632 961818"),
        "fostering",
        "planned",
        "long_term",
        day(-2),
        people={
            "chair": ("Paul Greaves", "", ""),
            "manager": ("Nina Shah", "nina.shah@hertfordshire.example.gov.uk", ""),
            "fsw": ("Andy Cole", "", "01632 961819"),
        },
        kids=[
            Kid(
                "Freya",
                "Collins",
                D(2015, 2, 11),
                "female",
                "C2",
                "subject to a care order",
                "Oakmere Primary School",
                "Well.",
                [
                    ("mum", "monthly", "Mum monthly"),
                    ("dad", "less_often", "Dad three times a year"),
                ],
                [
                    ("2025", "2025", "emergency carers", "moved"),
                    ("2025", "present", "current carers", "short term only"),
                ],
                risks={
                    "mis": (
                        "historical",
                        "Ran off from school twice in 2024; none since she moved to her current carers.",
                    )
                },
                history_words="Two previous placements: emergency carers (January 2025) and the current carers (March 2025 to now).",
            ),
            Kid(
                "Jacob",
                "Collins",
                D(2016, 12, 3),
                "male",
                "C2",
                "subject to a care order",
                "Oakmere Primary School",
                "ARFID (avoidant/restrictive food intake disorder) diagnosed 2025; dietitian monitors weight.",
                [
                    ("mum", "monthly", "Mum monthly"),
                    ("dad", "less_often", "Dad three times a year"),
                ],
                [
                    ("2025", "2025", "emergency carers", "moved"),
                    ("2025", "present", "current carers", "short term only"),
                ],
                risks={
                    "ed": (
                        "present",
                        "Restricted eating (ARFID); weight monitored by the dietitian.",
                    )
                },
                history_words="Two previous placements: emergency carers (January 2025) and the current carers (March 2025 to now).",
                background="Jacob's older sister has run off from school in the past; Jacob has never done so.",
            ),
        ],
    ),
    Ref(
        "g19",
        "leics_camhs_discharge",
        "camhs_discharge",
        "pdf",
        "E10000018",
        "Leicestershire County Council",
        "M-2291045",
        "Mosaic ID",
        day(-6),
        ("Karen Mistry", "karen.mistry@leics.example.gov.uk", "01632 961919"),
        "residential",
        "planned",
        "long_term",
        day(10),
        people={"consultant": ("Dr Anjali Rao", "", "01632 960555")},
        extra={"unit": "Beaumont Ward (Tier 4 adolescent unit)", "nhs": "999 000 1234"},
        kids=[
            Kid(
                "Hollie",
                "Barratt",
                D(2011, 6, 6),
                "female",
                "C2",
                "Full Care Order",
                "Lutterworth College",
                "Anorexia nervosa (restrictive), BMI 16.8 on 20/11/2026; meal plan and supervision after meals. "
                "Depression (fluoxetine 20mg).",
                [("parents", "weekly", "Parents visit weekly (Sundays)")],
                [("04/2024", "07/2026", "Foster care", "admitted to hospital")],
                risks={
                    "ed": (
                        "present",
                        "Anorexia nervosa: restricting; needs supervised meals. Weight restored to 88% of median BMI.",
                    ),
                    "sh": (
                        "present",
                        "Self-harm by cutting - last incident 11 November 2026 on the ward; sharps restricted.",
                    ),
                    "mis": (
                        "historical",
                        "Absconded from the ward once in August 2026; no episodes since.",
                    ),
                },
                history_words="One previous foster placement (April 2024 to July 2026), which ended on admission to hospital.",
            )
        ],
    ),
    Ref(
        "g20",
        "devon_camhs_undated",
        "camhs_discharge",
        "docx",
        "E10000008",
        "Devon County Council",
        "CF 3390127",
        "CareFirst ID",
        None,
        ("Tamsin Pascoe", "tamsin.pascoe@devon.example.gov.uk", "01632 962020"),
        "residential",
        "planned",
        "short_term",
        day(14),
        people={"consultant": ("Dr Owen Hext", "", "01632 960556")},
        extra={"unit": "Wonford House adolescent unit", "nhs": "999 000 5678"},
        kids=[
            Kid(
                "Mia",
                "Trelawny",
                D(2012, 7, 19),
                "female",
                "V2",
                "Section 20 (parents agree)",
                "Isca Academy",
                "First-episode psychosis (aripiprazole 10mg), stable since October. Born with neonatal "
                "abstinence syndrome (mother's methadone); no ongoing effects.",
                [
                    ("mum", "fortnightly", "Mum - fortnightly"),
                    ("dad", "fortnightly", "Dad - fortnightly (separately)"),
                ],
                [],
                risks={
                    "sh": (
                        "historical",
                        "Tried to jump from a bridge in July 2026 (before admission); no "
                        "self-harm since August 2026.",
                    )
                },
                history_words="None - Mia has not been looked after before.",
                school_words="Isca Academy (on roll)",
            )
        ],
    ),
    Ref(
        "g21",
        "blackpool_prebirth_pc",
        "prebirth_pc",
        "docx",
        "E06000009",
        "Blackpool Council",
        "U-77102",
        "Unborn/child ID",
        day(-5),
        ("Lindsey Fox", "lindsey.fox@blackpool.example.gov.uk", "01632 962121"),
        "parent_and_child",
        "planned",
        "short_term",
        day(-2),
        parent={
            "name": "Chloe Dawson",
            "dob": "03/04/2005",
            "needs": "Mild learning difficulty; care leaver; needs support with routines and budgeting.",
            "risks": "Mother has a history of self-harm (last in 2024) and used cocaine until the "
            "20-week scan; tests clear since.",
        },
        extra={
            "urgency_words": "Planned (pre-birth plan agreed)",
            "baby_risks": "None known - newborn baby.",
        },
        kids=[
            Kid(
                "Maisie",
                "Dawson",
                day(-9),
                "female",
                "V2",
                "Section 20 - accommodated with mother",
                "Not of school age",
                "Born at 37 weeks; treated for jaundice; feeding well.",
                [("father", "weekly", "Father - weekly, supervised by the placement")],
                [],
                history_words="None - Maisie is on the maternity ward with her mother.",
            )
        ],
    ),
]
