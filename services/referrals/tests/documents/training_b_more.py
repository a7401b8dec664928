"""The second batch of training_b (see make_training_b.py), written before the reader
was changed for it: other phrasings of the same classes."""

from __future__ import annotations

from make_training_b import child
from training_b_specs import _signature, _sw

MORE = [
    # 23. Y/N answers with remarks, a "Risk to others" prompt, dated counts.
    {
        "file": "b23-yn_answers.txt",
        "title": "NOTTINGHAMSHIRE COUNTY COUNCIL - CHILDREN'S SERVICES\nRequest for a Placement",
        "la_code": "E10000024",
        "ref": "NCC-882731",
        "date": "2026-11-16",
        "sw": _sw("Chris Oduya", "chris.oduya@nottscc.gov.uk", "0115 804 1200"),
        "placement": {
            "setting": "residential",
            "urgency": "emergency",
            "duration": "short_term",
            "start_date": "2026-11-17",
            "needed_by": "within_5_days",
        },
        "children": [
            child(
                "Reece",
                "Tranter",
                "2010-05-29",
                "male",
                "C2",
                school="Oak Field PRU",
                family_time_count=2,
                family_time=[
                    {"with": "mum", "frequency": "several_times_a_week"},
                    {"with": "dad", "frequency": "fortnightly"},
                ],
                risks={
                    "to_child/self_harm": "historical",
                    "to_child/missing": "historical",
                    "to_child/drug_alcohol": "present",
                    "to_others/physical_harm": "present",
                    "to_child/sexual_exploitation": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Reece Tranter"),
            ("DOB", "29/05/2010"),
            ("Sex", "M"),
            ("Legal status", "Care Order s.31"),
            ("Mosaic ID", "NCC-882731"),
            ("Date of request", "16/11/2026"),
            ("School", "Oak Field PRU"),
            ("Medical needs", "None known."),
            ("Number of moves in care", "6"),
            ("Type of placement required", "Residential - short term"),
            ("Timescale", "Urgent - needed tomorrow"),
            ("Date needed", "17/11/2026"),
            ("Self harm", "Y - historic, last incident 2022"),
            ("Missing", "0 episodes in the last 12 months; 6 in 2024"),
            ("Substance misuse", "Experimenting with cannabis and alcohol"),
            ("Risk to others", "Yes - has assaulted peers at school this term"),
            ("CSE", "N"),
            (
                "Contact plan",
                "Mum - Mon/Wed/Fri after school, supervised. Dad - alternate Saturdays.",
            ),
            ("Social worker", "Chris Oduya"),
            ("Email", "chris.oduya@nottscc.gov.uk"),
            ("Phone", "0115 804 1200"),
        ],
    },
    # 24. A step-down from secure: the current secure unit is not the setting sought.
    {
        "file": "b24-step_down.eml",
        "sender": "Leanne Booth <leanne.booth@lancashire.gov.uk>",
        "email_date": "Wed, 18 Nov 2026 09:41:00 +0000",
        "subject": "Step-down referral - Demi Walsh (LCC/90-2214)",
        "la_code": "E10000017",
        "ref": "LCC/90-2214",
        "date": "2026-11-18",
        "sw": _sw("Leanne Booth", "leanne.booth@lancashire.gov.uk", "01772 538 420"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-01",
            "needed_by": "later",
        },
        "children": [
            child(
                "Demi",
                "Walsh",
                "2011-03-09",
                "female",
                "C2",
                family_time_count=1,
                family_time=[{"with": "grandparents", "frequency": "monthly"}],
                no_contact_with=["mother"],
                risks={
                    "to_child/sexual_exploitation": "historical",
                    "to_child/self_harm": "present",
                    "to_child/missing": "historical",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Name", "Demi Walsh"),
            ("DOB", "09/03/2011"),
            ("Gender", "Female"),
            ("Legal status", "Full care order"),
        ],
        "paras": [
            (
                "",
                "Demi is in a secure children's home at present under a section 25 order "
                "that expires on 30/11/2026. A step-down to a planned, long term residential "
                "placement is sought, to start on 01/12/2026.",
            ),
            (
                "",
                "Demi was sexually exploited and went missing frequently in 2024; there have "
                "been no missing episodes since then. She continues to self-harm by "
                "scratching and head-banging when distressed.",
            ),
            (
                "",
                "Family time: monthly with her grandparents, unsupervised. Her mother has a "
                "non-molestation order against her and there is no contact with mother.",
            ),
        ],
        "signature": _signature(
            "Leanne Booth",
            "Social Worker",
            "Lancashire County Council",
            "leanne.booth@lancashire.gov.uk",
            "01772 538 420",
        ),
    },
    # 25. A family-members table with frequencies and supervision.
    {
        "file": "b25-family_table.docx",
        "title": "Kent County Council - Placement Referral (Children in Care)",
        "la_code": "E10000016",
        "ref": "KCC/4490213",
        "date": "2026-11-19",
        "sw": _sw("Asha Patel", "asha.patel@kent.gov.uk", "03000 412 777"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-14",
            "needed_by": "later",
        },
        "children": [
            child(
                "Millie",
                "Stone",
                "2015-06-06",
                "female",
                "C2",
                school="Molehill Copse Primary",
                family_time_count=3,
                family_time=[
                    {"with": "mother", "frequency": "weekly"},
                    {"with": "brother", "frequency": "less_often"},
                    {"with": "grandmother", "frequency": "fortnightly"},
                ],
                no_contact_with=["father"],
                risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Millie Stone"),
            ("Date of birth", "06/06/2015"),
            ("Gender", "Female"),
            ("Legal status", "Care order"),
            ("ICS ID", "KCC/4490213"),
            ("Date of referral", "19/11/2026"),
            ("School", "Molehill Copse Primary"),
            ("Health", "Healthy; wears glasses."),
            ("Placement history", "One foster placement (2024 - now)."),
            ("Placement required", "Long term foster care, planned"),
            ("Start date", "14/12/2026"),
            ("Self-harm", "None"),
            ("Missing", "None"),
            ("Social worker", "Asha Patel"),
            ("Email", "asha.patel@kent.gov.uk"),
            ("Phone", "03000 412 777"),
        ],
        "tables": [
            [
                ["Name", "Relationship", "Family time", "Supervised"],
                ["Sarah Stone", "Mother", "Weekly, Saturdays 10-12", "Yes"],
                ["Leon Stone", "Brother", "Every six weeks", "No"],
                ["Pat Hollis", "Maternal grandmother", "Fortnightly", "No"],
                ["Gary Stone", "Father", "No contact - court order", "-"],
            ]
        ],
    },
    # 26. A text PDF where the current placement is an emergency and the request urgent.
    {
        "file": "b26-urgent_request.pdf",
        "title": "Derbyshire County Council - Placement Referral",
        "la_code": "E10000007",
        "ref": "DCC-339120",
        "date": "2026-11-20",
        "sw": _sw("Kelly Ward", "kelly.ward@derbyshire.gov.uk", "01629 531 222"),
        "placement": {
            "setting": "residential",
            "urgency": "emergency",
            "duration": None,
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Lewis",
                "Hardy",
                "2012-02-02",
                "male",
                "V2",
                school="Springwell Community School",
                family_time_count=1,
                family_time=[{"with": "dad", "frequency": "weekly"}],
                risks={
                    "to_others/physical_harm": "present",
                    "to_others/harm_to_animals": "none_known",
                    "to_others/fire_setting": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Name", "Lewis Hardy"),
            ("Date of birth", "02/02/2012"),
            ("Gender", "Male"),
            ("Legal status", "Section 20"),
            ("Reference", "DCC-339120"),
            ("Date", "20/11/2026"),
            ("School", "Springwell Community School"),
            ("Health", "ADHD, takes medication."),
            ("Previous placements", "Emergency foster placement in 2025, which ended."),
            (
                "Reason for request",
                "The emergency placement with his aunt has broken down after an assault "
                "on his cousin.",
            ),
            ("Placement type", "Residential"),
            ("Urgency", "Urgent - within 48 hours"),
            ("Does he pose a risk to others?", "Yes - assaulted his cousin on 14/11/2026"),
            ("Any harm to animals?", "No"),
            ("Fire setting", "No"),
            ("Family time", "Telephone contact with Dad every Sunday evening."),
            ("Social worker", "Kelly Ward"),
            ("Email", "kelly.ward@derbyshire.gov.uk"),
            ("Phone", "01629 531 222"),
        ],
    },
    # 27. An email written by the worker: "likes to be called", stopped contact, allergy.
    {
        "file": "b27-likes_to_be_called.eml",
        "sender": "Tom Rigby <tom.rigby@hants.gov.uk>",
        "email_date": "Thu, 19 Nov 2026 15:20:00 +0000",
        "subject": "Referral for foster placement - Matilda Gray",
        "la_code": "E10000014",
        "ref": "HCC 1334560",
        "date": "2026-11-19",
        "sw": _sw("Tom Rigby", "tom.rigby@hants.gov.uk", "01962 845 511"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Matilda",
                "Gray",
                "2016-09-09",
                "female",
                "C1",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "fortnightly"}],
                no_contact_with=["father"],
                risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
                extra={"known_as": "Tilly", "allergies": True},
                answered=[],
            )
        ],
        "rows": [
            ("Child", "Matilda Gray (likes to be called Tilly)"),
            ("Date of birth", "09/09/2016"),
            ("Gender", "Female"),
            ("Legal status", "Interim Care Order"),
            ("Reference", "HCC 1334560"),
            ("Allergies", "Severe nut allergy - carries an EpiPen."),
        ],
        "paras": [
            (
                "",
                "I am looking for a planned long term foster placement for Tilly. She sees "
                "her mother every other week at the family centre. Contact with her father "
                "is not in her best interests and has been stopped by the court.",
            ),
            ("", "Tilly has never self-harmed and has never gone missing."),
        ],
        "signature": _signature(
            "Tom Rigby",
            "Social Worker",
            "Hampshire County Council",
            "tom.rigby@hants.gov.uk",
            "01962 845 511",
        ),
    },
    # 28. Risk sections with several people's risks in one box.
    {
        "file": "b28-mixed_people.docx",
        "title": "Wigan Council - Children's Social Care - Placement Referral",
        "la_code": "E08000010",
        "ref": "WGN-73390",
        "date": "2026-11-17",
        "sw": _sw("Gary Lowe", "gary.lowe@wigan.gov.uk", "01942 828 555"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "short_term",
            "start_date": "2026-12-03",
            "needed_by": "later",
        },
        "children": [
            child(
                "Ava",
                "Kirk",
                "2013-10-17",
                "female",
                "V2",
                school="Byrchall High School",
                placement_history_count=0,
                family_time_count=1,
                family_time=[{"with": "father", "frequency": "weekly"}],
                risks={
                    "to_child/drug_alcohol": "none_known",
                    "to_child/sexual_exploitation": "suspected",
                    "to_others/physical_harm": "not_stated",
                    "to_child/self_harm": "not_stated",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Ava Kirk"),
            ("Date of birth", "17/10/2013"),
            ("Gender", "Female"),
            ("Legal status", "Accommodated (s20)"),
            ("Reference", "WGN-73390"),
            ("Date of referral", "17/11/2026"),
            ("School", "Byrchall High School"),
            ("Health", "Well; dental treatment outstanding."),
            ("Placement history", "No previous placements; first time in care."),
            ("Placement needed", "Short term foster placement, planned"),
            ("Start date", "03/12/2026"),
            ("Family time", "Weekly with her father, supervised."),
            (
                "Risks",
                "Ava does not use drugs or alcohol. Her mother drinks heavily and is "
                "violent when drunk; her older sister self-harms. There are concerns that "
                "Ava is being groomed online for sexual exploitation.",
            ),
            ("Social worker", "Gary Lowe"),
            ("Email", "gary.lowe@wigan.gov.uk"),
            ("Phone", "01942 828 555"),
        ],
    },
    # 29. A text form with answers for every gap field written unusually.
    {
        "file": "b29-unusual_answers.txt",
        "title": "BRISTOL CITY COUNCIL\nPlacement Request (Children and Families)",
        "la_code": "E06000023",
        "ref": "BCC 79015",
        "date": "2026-11-12",
        "sw": _sw("Nia Roberts", "nia.roberts@bristol.gov.uk", "0117 903 6600"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-05",
            "needed_by": "later",
        },
        "children": [
            child(
                "Jayden",
                "Cole",
                "2014-12-12",
                "male",
                "C2",
                family_time_count=None,
                risks={},
                answered=["school", "family_time", "placement_history", "health_needs", "risks"],
            )
        ],
        "rows": [
            ("Child's name", "Jayden Cole"),
            ("DOB", "12/12/2014"),
            ("Gender", "Male"),
            ("Legal status", "Care Order"),
            ("Reference", "BCC 79015"),
            ("Date", "12/11/2026"),
            ("Education", "Awaiting a school place; home tuition meanwhile."),
            ("Health", "See the initial health assessment (attached)."),
            ("Family time", "To be confirmed at the review on 1 December, currently ad hoc."),
            ("Placement history", "N/A - see chronology."),
            ("Risk assessment", "Attached - please read before offering."),
            ("Placement sought", "Long term foster placement, planned"),
            ("Start date", "05/01/2027"),
            ("Social worker", "Nia Roberts"),
            ("Email", "nia.roberts@bristol.gov.uk"),
            ("Phone", "0117 903 6600"),
        ],
    },
    # 30. A duty email: "emergency" appears in the history and the EDT name; request planned.
    {
        "file": "b30-history_emergency_words.eml",
        "sender": "Suffolk Children's Duty <duty.cyp@suffolk.gov.uk>",
        "email_date": "Fri, 20 Nov 2026 12:00:00 +0000",
        "subject": "Placement request - Oscar Finch",
        "la_code": "E10000029",
        "ref": "SCC 5540021",
        "date": "2026-11-20",
        "sw": _sw("Beth Carter", "beth.carter@suffolk.gov.uk", "01473 260 660"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Oscar",
                "Finch",
                "2013-04-01",
                "male",
                "C1",
                risks={
                    "to_others/fire_setting": "historical",
                    "to_child/missing": "none_known",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Child", "Oscar Finch"),
            ("DOB", "01/04/2013"),
            ("Gender", "Male"),
            ("Legal status", "ICO"),
            ("Ref", "SCC 5540021"),
        ],
        "paras": [
            (
                "",
                "Oscar was placed by EDT in an emergency foster placement on 13 November "
                "after his father's arrest. That placement can keep him until Christmas. "
                "We are now seeking a long term foster family for him; this is a planned "
                "move, not an emergency.",
            ),
            (
                "",
                "Oscar set fire to a bin at school in 2022 and there has been no fire "
                "setting since. He has never gone missing. His allocated social worker is "
                "Beth Carter (beth.carter@suffolk.gov.uk, 01473 260 660).",
            ),
        ],
        "signature": ["Duty and Assessment Team", "Suffolk County Council"],
    },
    # 31. Two children: per-child risk answers in the cell, separated by semicolons.
    {
        "file": "b31-two_children_cells.txt",
        "title": "CORNWALL COUNCIL - SIBLING PLACEMENT REQUEST",
        "la_code": "E06000052",
        "ref": "CC-2314-0",
        "date": "2026-11-18",
        "sw": _sw("Kerenza Bone", "kerenza.bone@cornwall.gov.uk", "01872 323 900"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-09",
            "needed_by": "later",
        },
        "children": [
            child(
                "Amelia",
                "Rowse",
                "2012-01-15",
                "female",
                "C2",
                risks={
                    "to_child/self_harm": "none_known",
                    "to_child/missing": "present",
                },
                answered=["school", "health_needs", "placement_history", "family_time"],
            ),
            child(
                "Jack",
                "Rowse",
                "2015-08-08",
                "male",
                "C2",
                risks={
                    "to_child/self_harm": "historical",
                    "to_child/missing": "none_known",
                },
                answered=["school", "health_needs", "placement_history", "family_time"],
            ),
        ],
        "rows": [
            ("Reference", "CC-2314-0"),
            ("Date", "18/11/2026"),
            ("Name", "Amelia Rowse"),
            ("DOB", "15/01/2012"),
            ("Gender", "Female"),
            ("Name", "Jack Rowse"),
            ("DOB", "08/08/2015"),
            ("Gender", "Male"),
            ("Legal status (both)", "Care Order"),
            ("School (both)", "See education section"),
            ("Health (both)", "See health section"),
            ("Placement history (both)", "See chronology"),
            ("Family time (both)", "As agreed at the LAC review"),
            ("Self-harm", "Amelia: none known; Jack: historic self-harm in 2021"),
            ("Missing", "Amelia: yes, twice this month; Jack: no"),
            ("Placement sought", "Long term fostering together, planned, from 09/12/2026"),
            ("Social worker", "Kerenza Bone"),
            ("Email", "kerenza.bone@cornwall.gov.uk"),
            ("Phone", "01872 323 900"),
        ],
    },
    # 32. A provider-style form: risk grid with columns, and "previous secure".
    {
        "file": "b32-risk_columns.docx",
        "title": "Birmingham Children's Trust - Referral to Independent Provider",
        "la_code": "E08000025",
        "ref": "BCT-309918",
        "date": "2026-11-21",
        "sw": _sw("Imran Malik", "imran.malik@birminghamchildrenstrust.co.uk", "0121 303 4400"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-11",
            "needed_by": "later",
        },
        "children": [
            child(
                "Tyrone",
                "Bailey",
                "2010-07-07",
                "male",
                "C2",
                school="City of Birmingham School",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "monthly"}],
                risks={
                    "to_child/criminal_exploitation": "present",
                    "to_child/missing": "present",
                    "to_child/drug_alcohol": "historical",
                    "to_others/fire_setting": "none_known",
                    "to_others/sexual_harm": "none_known",
                },
                extra={"previous_placements_count": 4},
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Young person's name", "Tyrone Bailey"),
            ("DOB", "07/07/2010"),
            ("Gender", "Male"),
            ("Legal status", "Care Order"),
            ("LA reference", "BCT-309918"),
            ("Date of referral", "21/11/2026"),
            ("Education provision", "City of Birmingham School"),
            ("Health", "No concerns."),
            ("Number of previous placements", "4 (including a previous secure placement)"),
            ("Type of placement", "Residential, long term, planned"),
            ("Start date", "11/01/2027"),
            ("Family time", "Monthly with mother, supervised."),
            ("Social worker", "Imran Malik"),
            ("Email", "imran.malik@birminghamchildrenstrust.co.uk"),
            ("Phone", "0121 303 4400"),
        ],
        "tables": [
            [
                ["Risk", "Current", "Historical", "Details"],
                ["Criminal exploitation", "X", "", "County lines, found in Stoke last week"],
                ["Missing episodes", "X", "", "Five episodes in October"],
                ["Substance misuse", "", "X", "Cannabis until 2023"],
                ["Fire setting", "", "", "None"],
                ["Harmful sexual behaviour", "", "", "None"],
            ]
        ],
    },
]

MORE += [
    # 33. A "delete as appropriate" text form: the current placement is the emergency.
    {
        "file": "b33-delete_as_appropriate.txt",
        "title": "LEEDS CITY COUNCIL - PLACEMENT REQUEST (delete as appropriate)",
        "la_code": "E08000035",
        "ref": "LCC-670045",
        "date": "2026-11-18",
        "sw": _sw("Sarah Hirst", "sarah.hirst@leeds.gov.uk", "0113 378 4545"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-04",
            "needed_by": "later",
        },
        "children": [
            child(
                "Kyle",
                "Barker",
                "2012-06-21",
                "male",
                "C2",
                school="Leeds East Academy",
                family_time_count=1,
                family_time=[{"with": "mum", "frequency": "weekly"}],
                no_contact_with=["dad"],
                risks={
                    "to_child/self_harm": "historical",
                    "to_child/missing": "none_known",
                    "to_child/criminal_exploitation": "none_known",
                    "to_child/sexual_exploitation": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Mosaic ID", "LCC-670045"),
            ("Date of request", "18/11/2026"),
            ("Child's name", "Kyle Barker"),
            ("DOB", "21/06/2012"),
            ("Male / Female", "Male"),
            ("Legal status", "Care Order"),
            ("School", "Leeds East Academy"),
            ("Health", "Eczema, uses creams."),
            ("Current placement type", "Emergency foster placement (since 01/11/2026)"),
            ("Placement history", "Two previous foster placements."),
            ("Fostering / Residential", "Fostering"),
            ("Emergency / Planned", "Planned"),
            ("Short term / Long term", "Long term"),
            ("Start date", "04/01/2027"),
            ("Is there a history of self-harm?", "Yes - historic (2020), none since"),
            ("Has the child been reported missing in the last 12 months?", "No"),
            ("CSE/CCE concerns?", "No"),
            ("Family time", "Mum - weekly, supervised. Dad - no contact (whereabouts unknown)."),
            ("Social worker", "Sarah Hirst"),
            ("Email", "sarah.hirst@leeds.gov.uk"),
            ("Tel", "0113 378 4545"),
        ],
    },
    # 34. Secure not sought: a negated setting; risks with counts by year.
    {
        "file": "b34-not_secure.docx",
        "title": "Lancashire County Council - Referral for Residential Placement",
        "la_code": "E10000017",
        "ref": "LCC/91-3380",
        "date": "2026-11-20",
        "sw": _sw("Mohammed Iqbal", "mohammed.iqbal@lancashire.gov.uk", "01772 532 900"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-14",
            "needed_by": "later",
        },
        "children": [
            child(
                "Connor",
                "Platt",
                "2010-01-30",
                "male",
                "C2",
                school="Larches House PRU",
                family_time_count=2,
                family_time=[
                    {"with": "mum", "frequency": "fortnightly"},
                    {"with": "siblings", "frequency": "monthly"},
                ],
                risks={
                    "to_child/missing": "historical",
                    "to_child/criminal_exploitation": "present",
                    "to_others/physical_harm": "present",
                    "to_child/drug_alcohol": "present",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Young person", "Connor Platt"),
            ("Date of birth", "30/01/2010"),
            ("Gender", "Male"),
            ("Legal status", "Full Care Order"),
            ("LCS ID", "LCC/91-3380"),
            ("Date", "20/11/2026"),
            ("Education", "Larches House PRU"),
            ("Health", "No diagnosed conditions."),
            ("Placement history", "Five placements since 2021 (see chronology)."),
            (
                "Placement sought",
                "Residential, long term, planned. Secure accommodation is not sought; a "
                "home with high staffing ratios is needed.",
            ),
            ("Start date", "14/12/2026"),
            (
                "Contact",
                "Fortnightly with mum (supervised), monthly with his siblings (unsupervised).",
            ),
        ],
        "paras": [
            (
                "Risks",
                "Connor was reported missing 14 times in 2023 and has not been missing in "
                "2026. He is being criminally exploited and was arrested with drugs last "
                "month. He uses cannabis daily. He was violent towards staff at his last "
                "placement in October 2026.",
            ),
            (
                "Social worker",
                "Mohammed Iqbal, mohammed.iqbal@lancashire.gov.uk, 01772 532 900",
            ),
        ],
    },
    # 35. A placement team email about the worker's referral: current emergency bed.
    {
        "file": "b35-placement_team.eml",
        "sender": "Placement Finding Team <placementfinding@norfolk.gov.uk>",
        "email_date": "Mon, 23 Nov 2026 08:50:00 +0000",
        "subject": "Placement search - Lacey Moore - fostering",
        "la_code": "E10000020",
        "ref": "NCC 611920",
        "date": "2026-11-23",
        "sw": _sw("Rebecca Lamb", "rebecca.lamb@norfolk.gov.uk", "01603 228 110"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Lacey",
                "Moore",
                "2014-02-08",
                "female",
                "C1",
                family_time_count=2,
                family_time=[
                    {"with": "mum", "frequency": "fortnightly"},
                    {"with": "siblings", "frequency": "monthly"},
                ],
                risks={
                    "to_child/missing": "historical",
                    "to_child/self_harm": "none_known",
                    "to_child/drug_alcohol": "not_stated",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Name", "Lacey Moore"),
            ("DOB", "08/02/2014"),
            ("Gender", "Female"),
            ("Legal status", "ICO"),
            ("Ref", "NCC 611920"),
        ],
        "paras": [
            (
                "",
                "Lacey is currently in an emergency bed with a connected carer. The request "
                "is for planned long term fostering.",
            ),
            (
                "",
                "Contact: fortnightly with mum (supervised) and monthly with her siblings. "
                "Mum's drug use is the main concern in the family.",
            ),
            (
                "",
                "Lacey was reported missing 3 times in 2022 - none since. She has never "
                "self-harmed. Her social worker is Rebecca Lamb, "
                "rebecca.lamb@norfolk.gov.uk, 01603 228 110.",
            ),
        ],
        "greeting": "Good morning,",
        "signature": ["Kind regards", "Placement Finding Team", "Norfolk County Council"],
    },
]
