"""The hand-written training_b documents (see make_training_b.py): what each says and
what a careful reader takes from it."""

from __future__ import annotations

from make_training_b import child


def _sw(name, email, phone):
    return {"name": name, "email": email, "phone": phone}


def _signature(name, role, org, email, phone):
    return [f"{name}", f"{role}", org, f"Tel: {phone}", f"Email: {email}"]


SPECS = [
    # 1. Dated past events and "none since" are historical; a present risk stays present.
    {
        "file": "b01-dated_history.txt",
        "title": "LEEDS CITY COUNCIL - CHILDREN AND FAMILIES - REQUEST FOR PLACEMENT",
        "la_code": "E08000035",
        "ref": "LCC-559120",
        "date": "2026-11-16",
        "sw": _sw("Hannah Briggs", "hannah.briggs@leeds.gov.uk", "0113 378 2211"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-07",
            "needed_by": "later",
        },
        "children": [
            child(
                "Kayla",
                "Dawson",
                "2012-04-11",
                "female",
                "C2",
                school="Roundhay School",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "fortnightly"}],
                risks={
                    "to_child/self_harm": "historical",
                    "to_child/missing": "historical",
                    "to_child/drug_alcohol": "none_known",
                    "to_others/physical_harm": "present",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Mosaic ID", "LCC-559120"),
            ("Date of referral", "16/11/2026"),
            ("Child's name", "Kayla Dawson"),
            ("Date of birth", "11/04/2012"),
            ("Gender", "Female"),
            ("Legal status", "Care Order (s31)"),
            ("School", "Roundhay School"),
            ("Health", "Generally well. Up to date with immunisations."),
            ("Placement history", "Please see chronology attached."),
            ("Placement sought", "Foster care, long term"),
            ("Urgency", "Planned"),
            ("Start date", "07/12/2026"),
            ("Family time", "Fortnightly with mother at the family centre, supervised."),
            ("Social worker", "Hannah Briggs"),
            ("Email", "hannah.briggs@leeds.gov.uk"),
            ("Telephone", "0113 378 2211"),
        ],
        "paras": [
            (
                "Risks and vulnerabilities",
                "Kayla self-harmed by cutting her arms in March 2022; there have been no "
                "incidents since. She went missing overnight twice in 2023, none since "
                "January 2024. There are no concerns about drug or alcohol use. Kayla can "
                "be physically aggressive towards carers when she is dysregulated and "
                "punched a carer last week.",
            )
        ],
    },
    # 2. Experiencer: the parents' and a brother's risks are not the child's.
    {
        "file": "b02-family_risks.eml",
        "sender": "Gemma Whitfield <gemma.whitfield@kent.gov.uk>",
        "email_date": "Tue, 17 Nov 2026 10:12:00 +0000",
        "subject": "Placement request - Tyler Marsh",
        "la_code": "E10000016",
        "ref": "KCC/4471902",
        "date": "2026-11-17",
        "sw": _sw("Gemma Whitfield", "gemma.whitfield@kent.gov.uk", "03000 416 882"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "short_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Tyler",
                "Marsh",
                "2013-09-02",
                "male",
                "V2",
                risks={
                    "to_child/drug_alcohol": "not_stated",
                    "to_child/criminal_exploitation": "not_stated",
                    "to_others/fire_setting": "not_stated",
                    "to_child/self_harm": "not_stated",
                    "to_child/missing": "present",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Child", "Tyler Marsh"),
            ("DOB", "02/09/2013"),
            ("Gender", "Male"),
            ("Legal status", "Section 20"),
            ("ICS ID", "KCC/4471902"),
            ("Placement type", "Short term fostering, planned"),
        ],
        "paras": [
            (
                "",
                "Tyler's mother has a long history of alcohol misuse and his father was "
                "convicted of arson in 2019. His older brother Callum is involved in county "
                "lines and his sister self-harms. Tyler has gone missing from home four times "
                "this month and was found in Margate on each occasion.",
            )
        ],
        "signature": _signature(
            "Gemma Whitfield",
            "Social Worker, Children in Care Team",
            "Kent County Council",
            "gemma.whitfield@kent.gov.uk",
            "03000 416 882",
        ),
    },
    # 3. A diagnosis named after a substance is not substance misuse; prompts and answers.
    {
        "file": "b03-diagnosis_not_behaviour.docx",
        "title": "Bristol City Council - Placement Referral Form",
        "la_code": "E06000023",
        "ref": "BCC 77310",
        "date": "2026-11-18",
        "sw": _sw("Owen Price", "owen.price@bristol.gov.uk", "0117 922 2700"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-11",
            "needed_by": "later",
        },
        "children": [
            child(
                "Leo",
                "Hartley",
                "2016-02-19",
                "male",
                "C1",
                school="Fishponds Primary School",
                family_time_count=1,
                family_time=[{"with": "grandmother", "frequency": "monthly"}],
                risks={
                    "to_child/drug_alcohol": "none_known",
                    "to_child/self_harm": "none_known",
                    "to_child/missing": "none_known",
                    "to_others/fire_setting": "none_known",
                    "to_others/physical_harm": "present",
                    "to_child/sexual_exploitation": "none_known",
                },
                extra={"disabilities": ["LD"]},
                answered=["placement_history", "health_needs"],
            )
        ],
        "rows": [
            ("Child's surname", "Hartley"),
            ("Child's forename(s)", "Leo"),
            ("D.O.B.", "19/02/2016"),
            ("Sex", "Male"),
            ("Legal status", "Interim Care Order"),
            ("Local authority reference", "BCC 77310"),
            ("Referral date", "18/11/2026"),
            ("Education", "Fishponds Primary School"),
            (
                "Health needs",
                "Leo has a diagnosis of foetal alcohol spectrum disorder (FASD) and a "
                "learning disability. He was born with neonatal abstinence syndrome.",
            ),
            ("Previous placements", "Two foster placements; details on the chronology."),
            ("Is there a history of self-harm?", "No"),
            ("Has the child ever gone missing?", "No"),
            ("Any drug or alcohol use?", "No"),
            ("Any fire setting?", "No"),
            ("Is the child at risk of sexual exploitation?", "No"),
            ("Any aggression towards others?", "Yes - hits out at peers and adults."),
            ("Family time", "Monthly with maternal grandmother, unsupervised."),
            ("Type of placement required", "Long term foster placement"),
            ("Planned or emergency", "Planned"),
            ("Date placement required", "11/01/2027"),
            ("Social worker name", "Owen Price"),
            ("Social worker email", "owen.price@bristol.gov.uk"),
            ("Social worker phone", "0117 922 2700"),
        ],
    },
    # 4. The current emergency placement and a previous secure placement are history.
    {
        "file": "b04-current_emergency.eml",
        "sender": "Rachel Okafor <rachel.okafor@birmingham.gov.uk>",
        "email_date": "Wed, 18 Nov 2026 14:40:00 +0000",
        "subject": "Referral - Jordan Ellis - residential",
        "la_code": "E08000025",
        "ref": "BCT-220981",
        "date": "2026-11-18",
        "sw": _sw("Rachel Okafor", "rachel.okafor@birmingham.gov.uk", "0121 303 1888"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Jordan",
                "Ellis",
                "2011-06-30",
                "male",
                "C2",
                risks={
                    "to_child/criminal_exploitation": "present",
                    "to_child/missing": "present",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Name", "Jordan Ellis"),
            ("Date of birth", "30/06/2011"),
            ("Gender", "Male"),
            ("Legal status", "Full Care Order"),
            ("LCS number", "BCT-220981"),
        ],
        "paras": [
            (
                "",
                "Jordan has been in an emergency placement at a solo residential home since "
                "2 November, which was only ever a stop-gap. He had a previous secure "
                "placement under section 25 in 2025.",
            ),
            (
                "",
                "We are now looking for a planned, long term residential placement for him. "
                "He is being criminally exploited and goes missing several times a week.",
            ),
        ],
        "signature": _signature(
            "Rachel Okafor",
            "Social Worker",
            "Birmingham Children's Trust",
            "rachel.okafor@birmingham.gov.uk",
            "0121 303 1888",
        ),
    },
    # 5. Family time in several frequencies, supervised or not; no contact by court order.
    {
        "file": "b05-family_time.txt",
        "title": "NORFOLK COUNTY COUNCIL\nChildren's Services - Placement Referral",
        "la_code": "E10000020",
        "ref": "NCC 601288",
        "date": "2026-11-19",
        "sw": _sw("Daniel Frost", "daniel.frost@norfolk.gov.uk", "01603 223 409"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-14",
            "needed_by": "later",
        },
        "children": [
            child(
                "Poppy",
                "Reeve",
                "2015-01-27",
                "female",
                "C2",
                school="Heartsease Primary Academy",
                family_time_count=3,
                family_time=[
                    {"with": "mother", "frequency": "several_times_a_week"},
                    {"with": "grandmother", "frequency": "fortnightly"},
                    {"with": "brother", "frequency": "monthly"},
                ],
                no_contact_with=["father"],
                risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Poppy Reeve"),
            ("DOB", "27/01/2015"),
            ("Gender", "Female"),
            ("Legal Status", "Care Order"),
            ("Case number", "NCC 601288"),
            ("Date", "19/11/2026"),
            ("School", "Heartsease Primary Academy"),
            ("Health", "No health concerns."),
            ("Placement history", "Poppy has had several short placements since 2023."),
            ("Placement required", "Long-term fostering"),
            ("Urgency", "Planned"),
            ("Start", "14/12/2026"),
            ("Self-harm", "None known"),
            ("Missing episodes", "None"),
            (
                "Family time",
                "Mother: twice a week, supervised at the contact centre; maternal "
                "grandmother: fortnightly, unsupervised; brother Alfie: once a month. "
                "No contact with father - prohibited by court order.",
            ),
            ("Social worker", "Daniel Frost"),
            ("Email", "daniel.frost@norfolk.gov.uk"),
            ("Phone", "01603 223 409"),
        ],
    },
    # 6. The child's own choice and unknown whereabouts are no contact; "three times a week".
    {
        "file": "b06-no_contact_choice.docx",
        "title": "Derbyshire County Council - Placement Request",
        "la_code": "E10000007",
        "ref": "DCC-330184",
        "date": "2026-11-12",
        "sw": _sw("Sophie Grant", "sophie.grant@derbyshire.gov.uk", "01629 533 190"),
        "placement": {
            "setting": "fostering",
            "urgency": "emergency",
            "duration": "short_term",
            "start_date": "2026-11-13",
            "needed_by": "within_5_days",
        },
        "children": [
            child(
                "Ryan",
                "Cole",
                "2010-12-05",
                "male",
                "V2",
                school="Chesterfield College",
                placement_history_count=0,
                family_time_count=1,
                family_time=[{"with": "sister", "frequency": "several_times_a_week"}],
                no_contact_with=["mother", "father"],
                risks={
                    "to_child/drug_alcohol": "present",
                    "to_child/self_harm": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Name of young person", "Ryan Cole"),
            ("Date of birth", "05/12/2010"),
            ("Gender", "Male"),
            ("Legal status", "Section 20 (voluntary)"),
            ("Child ID", "DCC-330184"),
            ("Date of request", "12/11/2026"),
            ("Education/College", "Chesterfield College"),
            ("Health", "Asthma, uses an inhaler."),
            ("Previous placements", "This is his first time in care."),
            ("Type of placement", "Short-term foster care"),
            ("Urgency", "Emergency - needed tomorrow"),
            ("Placement start date", "13/11/2026"),
            ("Substance use", "Smokes cannabis most days."),
            ("Self-harm", "No known history"),
            (
                "Contact arrangements",
                "Ryan sees his sister Jade three times a week after college. Ryan does not "
                "want contact with his mother and this is respected. Father's whereabouts "
                "are unknown; there is no contact with father.",
            ),
            ("Allocated SW", "Sophie Grant"),
            ("SW email", "sophie.grant@derbyshire.gov.uk"),
            ("SW tel", "01629 533 190"),
        ],
    },
    # 7. A text PDF form: new child fields (known as, allergies, BSL, care plan, count).
    {
        "file": "b07-new_fields.pdf",
        "title": "Lancashire County Council - Referral for Placement",
        "pdf_grid": True,
        "la_code": "E10000017",
        "ref": "LCC/88-1023",
        "date": "2026-11-20",
        "sw": _sw("Amir Hussain", "amir.hussain@lancashire.gov.uk", "01772 536 017"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": "later",
        },
        "children": [
            child(
                "Bethany",
                "Holt",
                "2014-07-08",
                "female",
                "C2",
                school="Preston Hearing Impaired Unit",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "monthly"}],
                risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
                extra={
                    "known_as": "Beth",
                    "allergies": True,
                    "communication_requirements": ["bsl"],
                    "disabilities": ["HEAR"],
                    "care_plan_exists": True,
                    "previous_placements_count": 3,
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's legal name", "Bethany Holt"),
            ("Preferred name", "Beth"),
            ("Date of birth", "08/07/2014"),
            ("Gender", "Female"),
            ("Legal status", "Care Order (section 31)"),
            ("LA case ref", "LCC/88-1023"),
            ("Referral date", "20/11/2026"),
            ("School", "Preston Hearing Impaired Unit"),
            ("Disability", "Profoundly deaf (diagnosed at birth)."),
            ("Communication needs", "BSL is her first language; needs a signing household."),
            ("Allergies", "Penicillin and peanuts (carries an EpiPen)."),
            ("Health", "Cochlear implant review every six months."),
            ("Number of previous placements", "3"),
            ("Is there a care plan?", "Yes"),
            ("Placement needed", "Long term fostering"),
            ("Planned or emergency", "Planned"),
            ("Needed by", "Within the next month"),
            ("Self-harm", "No"),
            ("Going missing", "No"),
            ("Family time", "Monthly with her mother, supervised, with a BSL interpreter."),
            ("Social worker", "Amir Hussain"),
            ("Email", "amir.hussain@lancashire.gov.uk"),
            ("Phone", "01772 536 017"),
        ],
    },
    # 8. Hypothetical risks ("if she goes missing") and safety plans are not risks.
    {
        "file": "b08-hypothetical.txt",
        "title": "Hampshire County Council - Children's Services\nPlacement Referral",
        "la_code": "E10000014",
        "ref": "HCC 1208847",
        "date": "2026-11-13",
        "sw": _sw("Laura Bennett", "laura.bennett@hants.gov.uk", "01962 846 400"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-01",
            "needed_by": "later",
        },
        "children": [
            child(
                "Isla",
                "Brennan",
                "2013-03-14",
                "female",
                "C1",
                school="Crestwood Community School",
                family_time_count=1,
                family_time=[{"with": "father", "frequency": "weekly"}],
                risks={
                    "to_child/missing": "not_stated",
                    "to_child/self_harm": "suspected",
                    "to_child/sexual_exploitation": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Reference", "HCC 1208847"),
            ("Date of referral", "13/11/2026"),
            ("Child", "Isla Brennan"),
            ("Date of birth", "14/03/2013"),
            ("Gender", "Female"),
            ("Legal status", "ICO"),
            ("School", "Crestwood Community School"),
            ("Health", "Mild eczema."),
            ("Placement history", "Two foster placements since 2024."),
            ("Placement", "Long term foster placement, planned, from 01/12/2026"),
            ("Family time", "Weekly with father on Saturdays."),
            ("Social worker", "Laura Bennett, laura.bennett@hants.gov.uk, 01962 846 400"),
        ],
        "paras": [
            (
                "Safety plan",
                "If Isla goes missing the carer should report her to the police after one "
                "hour. Should she disclose any concerns, the carer must contact the duty "
                "team. There is no evidence of sexual exploitation. School have noticed "
                "marks on her arms and there are concerns that she may be self-harming.",
            )
        ],
    },
    # 9. Two children, one risk grid answering for each by name.
    {
        "file": "b09-siblings_per_child.docx",
        "title": "Nottinghamshire County Council - Sibling Placement Referral",
        "la_code": "E10000024",
        "ref": "NCC-S-40211",
        "date": "2026-11-17",
        "sw": _sw("Priya Nair", "priya.nair@nottscc.gov.uk", "0115 977 4500"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Ella",
                "Shaw",
                "2014-05-03",
                "female",
                "C2",
                risks={
                    "to_child/self_harm": "none_known",
                    "to_child/missing": "historical",
                    "to_others/fire_setting": "none_known",
                },
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "fortnightly"}],
                school="Carlton Junior Academy",
                answered=["health_needs", "placement_history"],
            ),
            child(
                "Finn",
                "Shaw",
                "2017-10-21",
                "male",
                "C2",
                risks={
                    "to_child/self_harm": "present",
                    "to_child/missing": "none_known",
                    "to_others/fire_setting": "none_known",
                },
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "fortnightly"}],
                school="Carlton Junior Academy",
                answered=["health_needs", "placement_history"],
            ),
        ],
        "rows": [
            ("Case reference", "NCC-S-40211"),
            ("Date of referral", "17/11/2026"),
            ("Child 1 name", "Ella Shaw"),
            ("Child 1 DOB", "03/05/2014"),
            ("Child 1 gender", "Female"),
            ("Child 2 name", "Finn Shaw"),
            ("Child 2 DOB", "21/10/2017"),
            ("Child 2 gender", "Male"),
            ("Legal status (both)", "Full care order"),
            ("School (both)", "Carlton Junior Academy"),
            ("Health (both)", "No known health needs"),
            ("Placement history (both)", "Together in one foster placement since 2022"),
            ("Self-harm", "Ella - No. Finn - Yes, scratches his arms when upset."),
            ("Going missing", "Ella - ran away twice in 2022, none since. Finn - No."),
            ("Fire setting", "Ella - No. Finn - No."),
            ("Family time (both)", "Fortnightly with mother, supervised."),
            ("Placement sought", "Long term fostering for both children together, planned"),
            ("Social worker", "Priya Nair"),
            ("Email", "priya.nair@nottscc.gov.uk"),
            ("Phone", "0115 977 4500"),
        ],
    },
    # 10. Real gaps only: labels present with awkward answers are not gaps.
    {
        "file": "b10-answers_not_gaps.txt",
        "title": "SUFFOLK COUNTY COUNCIL - PLACEMENT REQUEST FORM",
        "la_code": "E10000029",
        "ref": "SCC 5530091",
        "date": "2026-11-10",
        "sw": _sw("Mark Ellison", "mark.ellison@suffolk.gov.uk", "01473 265 020"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Aaron",
                "Pike",
                "2010-08-19",
                "male",
                "C2",
                risks={},
                answered=["school", "family_time", "placement_history", "health_needs", "risks"],
            )
        ],
        "rows": [
            ("SCC reference", "SCC 5530091"),
            ("Date of request", "10/11/2026"),
            ("Young person", "Aaron Pike"),
            ("Date of birth", "19/08/2010"),
            ("Gender", "Male"),
            ("Legal status", "S31 Care Order"),
            ("Education", "Not currently in education - awaiting a school place."),
            ("Health needs", "Awaiting a CAMHS assessment."),
            ("Family time", "As per the care plan; to be reviewed at the next LAC review."),
            ("Placement history", "Refer to the chronology on Liquidlogic."),
            ("Risks", "See the attached risk assessment."),
            ("Placement type", "Residential children's home, long term"),
            ("Urgency", "Planned"),
            ("Start date", "Once a suitable home is identified"),
            ("Social worker", "Mark Ellison"),
            ("Email", "mark.ellison@suffolk.gov.uk"),
            ("Tel", "01473 265 020"),
        ],
    },
    # 11. An email from a placement team: history words and "previously in secure".
    {
        "file": "b11-previous_secure.eml",
        "sender": "Placements Team <placements@wigan.gov.uk>",
        "email_date": "Mon, 16 Nov 2026 09:05:00 +0000",
        "subject": "Placement search: 15 yo female, residential",
        "la_code": "E08000010",
        "ref": "WGN-70215",
        "date": "2026-11-16",
        "sw": _sw("Joanne Pritchard", "joanne.pritchard@wigan.gov.uk", "01942 828 300"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-04",
            "needed_by": "later",
        },
        "children": [
            child(
                "Chloe",
                "Rowe",
                "2011-02-14",
                "female",
                "C2",
                age=15,
                school="Deanery High School",
                risks={
                    "to_child/sexual_exploitation": "historical",
                    "to_child/missing": "historical",
                    "to_others/physical_harm": "present",
                    "to_child/drug_alcohol": "none_known",
                },
                answered=["health_needs", "family_time", "placement_history"],
            )
        ],
        "rows": [
            ("Name", "Chloe Rowe"),
            ("Age", "15"),
            ("DOB", "14/02/2011"),
            ("Gender", "Female"),
            ("Legal status", "Care Order"),
            ("Ref", "WGN-70215"),
            ("School", "Deanery High School"),
            ("Health", "Anxiety; sees CAMHS monthly."),
            ("Family time", "Letterbox only."),
            ("Placement history", "Previously in a secure children's home (2024-2025)."),
        ],
        "paras": [
            (
                "",
                "Chloe was sexually exploited in 2023 and went missing regularly in 2023 "
                "and early 2024; there have been no missing episodes since she left secure. "
                "She can assault staff when restrained. No drug or alcohol use.",
            ),
            (
                "",
                "We are seeking a planned long term residential placement from 04/01/2027. "
                "Her social worker is Joanne Pritchard, joanne.pritchard@wigan.gov.uk, "
                "01942 828 300.",
            ),
        ],
        "greeting": "Dear provider,",
        "signature": ["Kind regards", "Wigan Placements Team"],
    },
    # 12. A PDF with prompts and answers on one line and a victim who is not an abuser.
    {
        "file": "b12-prompt_answers.pdf",
        "title": "Cornwall Council - Request for Placement",
        "la_code": "E06000052",
        "ref": "CC-2291-7",
        "date": "2026-11-19",
        "sw": _sw("Tamsin Jory", "tamsin.jory@cornwall.gov.uk", "01872 326 111"),
        "placement": {
            "setting": "fostering",
            "urgency": "emergency",
            "duration": "short_term",
            "start_date": "2026-11-19",
            "needed_by": "today",
        },
        "children": [
            child(
                "Noah",
                "Penrose",
                "2012-11-30",
                "male",
                "L1",
                family_time_count=0,
                placement_history_count=0,
                risks={
                    "to_others/sexual_harm": "none_known",
                    "to_child/self_harm": "none_known",
                    "to_child/missing": "present",
                    "to_others/harm_to_animals": "none_known",
                },
                answered=["school", "health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Noah Penrose"),
            ("Date of birth", "30/11/2012"),
            ("Gender", "Male"),
            ("Legal status", "Police protection"),
            ("CCM No", "CC-2291-7"),
            ("Date", "19/11/2026"),
            ("School", "Not on roll anywhere at present"),
            ("Health", "Nothing known."),
            ("Placement history", "None - first time looked after."),
            ("Placement required", "Short term foster placement tonight"),
            ("Urgency", "Emergency"),
            ("Start date", "19/11/2026"),
            ("Family time", "None at present."),
            ("Has the child displayed sexually harmful behaviour?", "No"),
            ("Has the child self-harmed?", "No"),
            ("Does the child go missing?", "Yes - three times in the last fortnight"),
            ("Any cruelty to animals?", "No"),
            ("Social worker", "Tamsin Jory"),
            ("Email", "tamsin.jory@cornwall.gov.uk"),
            ("Phone", "01872 326 111"),
        ],
        "paras": [
            (
                "Background",
                "Noah has been a victim of sexual abuse and physical assaults within the "
                "household; the police are investigating.",
            )
        ],
    },
    # 13. "No concerns" phrased many ways; historical drug use with a recent date.
    {
        "file": "b13-negation_phrases.docx",
        "title": "Leeds City Council - Children's Social Work Service - Placement Request",
        "la_code": "E08000035",
        "ref": "LCC-661032",
        "date": "2026-11-21",
        "sw": _sw("Ben Ackroyd", "ben.ackroyd@leeds.gov.uk", "0113 378 9090"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-15",
            "needed_by": "later",
        },
        "children": [
            child(
                "Mason",
                "Firth",
                "2011-01-09",
                "male",
                "C2",
                school="Cockburn School",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "weekly"}],
                risks={
                    "to_child/self_harm": "none_known",
                    "to_child/sexual_exploitation": "none_known",
                    "to_child/criminal_exploitation": "none_known",
                    "to_child/drug_alcohol": "historical",
                    "to_child/eating_disorder": "none_known",
                    "to_child/missing": "none_known",
                    "to_others/physical_harm": "none_known",
                    "to_others/sexual_harm": "none_known",
                    "to_others/fire_setting": "none_known",
                    "to_others/harm_to_animals": "none_known",
                    "to_others/criminal_exploitation": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Mosaic number", "LCC-661032"),
            ("Date of referral", "21/11/2026"),
            ("Child's full name", "Mason Firth"),
            ("DOB", "09/01/2011"),
            ("Gender", "Male"),
            ("Legal status", "Full Care Order"),
            ("School", "Cockburn School"),
            ("Health", "Healthy."),
            ("Placement history", "One previous foster placement."),
            ("Placement sought", "Long term foster care, planned"),
            ("Start date", "15/12/2026"),
            ("Family time", "Weekly with mother (Thursdays)."),
            ("Self-harm", "Not a concern"),
            ("Sexual exploitation", "No concerns identified"),
            ("Criminal exploitation", "Nil"),
            ("Substance misuse", "Used cannabis in 2023; has not used since."),
            ("Eating disorder", "N/A"),
            ("Missing from care", "Never been reported missing"),
            ("Violence to others", "None known"),
            ("Sexually harmful behaviour", "No"),
            ("Fire setting", "No"),
            ("Harm to animals", "No"),
            ("Criminal exploitation of others", "No"),
            ("Social worker", "Ben Ackroyd"),
            ("Email", "ben.ackroyd@leeds.gov.uk"),
            ("Telephone", "0113 378 9090"),
        ],
    },
    # 14. An EDT email: emergency request tonight, family time daily phone calls.
    {
        "file": "b14-edt_tonight.eml",
        "sender": "Emergency Duty Team <edt@kent.gov.uk>",
        "email_date": "Sat, 21 Nov 2026 22:47:00 +0000",
        "subject": "URGENT placement needed tonight - Lily Cooper",
        "la_code": "E10000016",
        "ref": "KCC/5820114",
        "date": "2026-11-21",
        "sw": _sw("Nadia Pearce", "nadia.pearce@kent.gov.uk", "03000 418 222"),
        "placement": {
            "setting": "fostering",
            "urgency": "emergency",
            "duration": None,
            "start_date": "2026-11-21",
            "needed_by": "today",
        },
        "children": [
            child(
                "Lily",
                "Cooper",
                "2016-07-22",
                "female",
                "L1",
                age=10,
                family_time_count=1,
                family_time=[{"with": "nan", "frequency": "daily"}],
                risks={
                    "to_child/self_harm": "none_known",
                    "to_child/drug_alcohol": "not_stated",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Child", "Lily Cooper (10)"),
            ("DOB", "22/07/2016"),
            ("Gender", "Female"),
            ("Legal status", "Police protection"),
            ("ICS ID", "KCC/5820114"),
        ],
        "paras": [
            (
                "",
                "Police attended the family home tonight after Lily's mother was found "
                "intoxicated; mum has a history of drug and alcohol misuse. We need an "
                "emergency foster placement tonight. No self-harm known.",
            ),
            (
                "",
                "Lily would like phone calls with her nan every evening. Her allocated "
                "social worker is Nadia Pearce (nadia.pearce@kent.gov.uk, 03000 418 222), "
                "who will pick this up on Monday.",
            ),
        ],
        "signature": ["EDT Social Worker", "Kent Emergency Duty Team", "Tel: 03000 419 191"],
    },
    # 15. A text form with tick boxes in words and a diagnosis list (suspected left out).
    {
        "file": "b15-needs_form.txt",
        "title": "Birmingham Children's Trust - Placement Referral Form",
        "la_code": "E08000025",
        "ref": "BCT-301774",
        "date": "2026-11-11",
        "sw": _sw("Femi Adebayo", "femi.adebayo@birminghamchildrenstrust.co.uk", "0121 464 7000"),
        "placement": {
            "setting": "residential",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2026-12-01",
            "needed_by": "later",
        },
        "children": [
            child(
                "Zain",
                "Ahmed",
                "2012-09-15",
                "male",
                "C2",
                school="Hamilton School",
                family_time_count=1,
                family_time=[{"with": "father", "frequency": "monthly"}],
                risks={
                    "to_others/physical_harm": "present",
                    "to_child/missing": "none_known",
                    "to_child/self_harm": "none_known",
                },
                extra={
                    "known_as": "Zee",
                    "disabilities": ["AUT"],
                    "communication_requirements": ["makaton", "other"],
                    "care_plan_exists": True,
                    "previous_placements_count": 2,
                    "allergies": False,
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Child's name", "Zain Ahmed"),
            ("Known as", "Zee"),
            ("DOB", "15/09/2012"),
            ("Gender", "Male"),
            ("Legal status", "Care Order"),
            ("Ref no", "BCT-301774"),
            ("Date of referral", "11/11/2026"),
            ("School", "Hamilton School (specialist)"),
            (
                "Diagnoses",
                "Autism (diagnosed 2019). Suspected learning disability - awaiting assessment.",
            ),
            ("Communication", "Uses Makaton and PECS; limited speech."),
            ("Allergies", "None known"),
            ("Care plan in place", "Yes"),
            ("Number of placements to date", "2"),
            ("Placement type", "Residential, long term, planned"),
            ("Date required", "01/12/2026"),
            ("Physical aggression", "Yes - kicks and bites staff when overwhelmed."),
            ("Missing", "No"),
            ("Self-harm", "No"),
            ("Family time", "Father monthly, supervised."),
            ("Social worker", "Femi Adebayo"),
            ("Email", "femi.adebayo@birminghamchildrenstrust.co.uk"),
            ("Phone", "0121 464 7000"),
        ],
    },
    # 16. A PDF narrative: fortnightly / every other weekend, "at risk of" is suspected.
    {
        "file": "b16-narrative_pdf.pdf",
        "title": "Hampshire County Council Children's Services - Placement Request",
        "la_code": "E10000014",
        "ref": "HCC 1311902",
        "date": "2026-11-20",
        "sw": _sw("Jess Moreton", "jess.moreton@hants.gov.uk", "01962 847 702"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-01-04",
            "needed_by": "later",
        },
        "children": [
            child(
                "Ruby",
                "Lane",
                "2009-10-10",
                "female",
                "V2",
                school="Totton College",
                family_time_count=2,
                family_time=[
                    {"with": "father", "frequency": "fortnightly"},
                    {"with": "sister", "frequency": "weekly"},
                ],
                risks={
                    "to_child/eating_disorder": "present",
                    "to_child/self_harm": "historical",
                    "to_child/sexual_exploitation": "none_known",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Reference", "HCC 1311902"),
            ("Date", "20/11/2026"),
            ("Name", "Ruby Lane"),
            ("Date of birth", "10/10/2009"),
            ("Gender", "Female"),
            ("Legal status", "Accommodated under Section 20"),
            ("School/College", "Totton College"),
            ("Health", "Anorexia nervosa, under the eating disorders team."),
            ("Placement history", "One previous placement, with her aunt (2025)."),
            ("Placement sought", "Long-term foster placement, planned, from 04/01/2027"),
            (
                "Family time",
                "Ruby stays with her father every other weekend and sees her sister once a week.",
            ),
            ("Social worker", "Jess Moreton"),
            ("Email", "jess.moreton@hants.gov.uk"),
            ("Phone", "01962 847 702"),
        ],
        "paras": [
            (
                "Risks",
                "Ruby restricts her food intake and her weight is monitored weekly. She "
                "took an overdose in 2022 and has not self-harmed since then. There are no "
                "concerns about sexual exploitation.",
            )
        ],
    },
    # 17. A forwarded email: the current placement is emergency, the request is planned.
    {
        "file": "b17-forward_history.eml",
        "sender": "Karen Doyle <karen.doyle@suffolk.gov.uk>",
        "email_date": "Thu, 19 Nov 2026 11:30:00 +0000",
        "subject": "Fwd: Placement request - Harvey Lucas",
        "la_code": "E10000029",
        "ref": "SCC 5531877",
        "date": "2026-11-19",
        "sw": _sw("Karen Doyle", "karen.doyle@suffolk.gov.uk", "01473 264 800"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Harvey",
                "Lucas",
                "2015-05-05",
                "male",
                "C1",
                family_time_count=1,
                family_time=[{"with": "mum", "frequency": "several_times_a_week"}],
                risks={"to_child/missing": "none_known", "to_others/fire_setting": "historical"},
                # "his current placement was made ... on 30 October": the current placement
                # is a row of the history, so the question is answered
                answered=["placement_history"],
            )
        ],
        "rows": [
            (
                "",
                "Please see below - Harvey's current placement was made as an emergency "
                "placement on 30 October and now needs to become a planned move to a long "
                "term foster home.",
            ),
            ("Name", "Harvey Lucas"),
            ("DOB", "05/05/2015"),
            ("Gender", "Male"),
            ("Legal status", "Interim care order"),
            ("Ref", "SCC 5531877"),
            ("Placement type needed", "Long term fostering"),
            ("Urgency", "Planned"),
        ],
        "paras": [
            (
                "",
                "Harvey set a fire in his bedroom in 2021; no fire setting since. He has "
                "never gone missing. He sees his mum 3x a week at the contact centre.",
            )
        ],
        "signature": _signature(
            "Karen Doyle",
            "Social Worker",
            "Suffolk County Council",
            "karen.doyle@suffolk.gov.uk",
            "01473 264 800",
        ),
    },
    # 18. A docx with a separate "Current placement" section and a "Placement sought".
    {
        "file": "b18-current_section.docx",
        "title": "Norfolk County Council - Placement Referral",
        "la_code": "E10000020",
        "ref": "NCC 604411",
        "date": "2026-11-18",
        "sw": _sw("Helen Marsh", "helen.marsh@norfolk.gov.uk", "01603 224 500"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "short_term",
            "start_date": "2026-12-02",
            "needed_by": "later",
        },
        "children": [
            child(
                "Evie",
                "Clarke",
                "2018-03-03",
                "female",
                "C1",
                school="Lakenham Primary School",
                family_time_count=1,
                family_time=[{"with": "parents", "frequency": "weekly"}],
                risks={"to_child/self_harm": "none_known"},
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Case number", "NCC 604411"),
            ("Date of referral", "18/11/2026"),
            ("Child's name", "Evie Clarke"),
            ("Date of birth", "03/03/2018"),
            ("Gender", "Female"),
            ("Legal status", "ICO"),
            ("School", "Lakenham Primary School"),
            ("Health", "Well."),
            ("Current placement", "Emergency residential placement (Unit 7), since 10/11/2026"),
            ("Previous placements", "One previous placement in secure accommodation"),
            ("Placement sought", "Short term foster care"),
            ("Planned/Emergency", "Planned"),
            ("Start date", "02/12/2026"),
            ("Family time", "Weekly with parents, supervised."),
            ("Self-harm", "None"),
            ("Social worker", "Helen Marsh"),
            ("Email", "helen.marsh@norfolk.gov.uk"),
            ("Phone", "01603 224 500"),
        ],
    },
    # 19. A parent's risk box on the form, a partner's offending, and present CCE.
    {
        "file": "b19-parent_box.txt",
        "title": "DERBYSHIRE COUNTY COUNCIL - REQUEST FOR ACCOMMODATION",
        "la_code": "E10000007",
        "ref": "DCC-331902",
        "date": "2026-11-22",
        "sw": _sw("Paul Jennings", "paul.jennings@derbyshire.gov.uk", "01629 535 880"),
        "placement": {
            "setting": "fostering",
            "urgency": "emergency",
            "duration": "short_term",
            "start_date": "2026-11-23",
            "needed_by": "within_5_days",
        },
        "children": [
            child(
                "Kian",
                "Webb",
                "2011-11-11",
                "male",
                "V2",
                school="Tibshelf Community School",
                placement_history_count=0,
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "weekly"}],
                risks={
                    "to_child/criminal_exploitation": "present",
                    "to_child/drug_alcohol": "none_known",
                    "to_others/sexual_harm": "not_stated",
                    "to_others/physical_harm": "not_stated",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Reference", "DCC-331902"),
            ("Date", "22/11/2026"),
            ("Child's name", "Kian Webb"),
            ("DOB", "11/11/2011"),
            ("Gender", "Male"),
            ("Legal status", "S20"),
            ("School", "Tibshelf Community School"),
            ("Health", "No diagnosed conditions."),
            ("Placement history", "No previous placements."),
            ("Placement needed", "Short term foster placement - emergency"),
            ("Start date", "23/11/2026"),
            ("Family time", "Mother weekly, unsupervised."),
            ("Child's risks", "Kian is being criminally exploited (county lines). No drug use."),
            (
                "Mother's risks",
                "Mother's partner has a conviction for a sexual offence and for assault.",
            ),
            ("Social worker", "Paul Jennings"),
            ("Email", "paul.jennings@derbyshire.gov.uk"),
            ("Phone", "01629 535 880"),
        ],
    },
    # 20. An email in sentences: ESOL, allergies, a care plan, the name she likes.
    {
        "file": "b20-sentences_new_fields.eml",
        "sender": "Agnieszka Nowak <agnieszka.nowak@bristol.gov.uk>",
        "email_date": "Fri, 20 Nov 2026 16:02:00 +0000",
        "subject": "Placement request - Maja Kowalska (BCC 78102)",
        "la_code": "E06000023",
        "ref": "BCC 78102",
        "date": "2026-11-20",
        "sw": _sw("Agnieszka Nowak", "agnieszka.nowak@bristol.gov.uk", "0117 903 7700"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": None,
            "needed_by": None,
        },
        "children": [
            child(
                "Maja",
                "Kowalska",
                "2013-12-01",
                "female",
                "V2",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "weekly"}],
                risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
                extra={"communication_requirements": ["esol"]},
                answered=[],
            )
        ],
        "rows": [
            ("Name", "Maja Kowalska"),
            ("Date of birth", "01/12/2013"),
            ("Gender", "Female"),
            ("Legal status", "Section 20"),
            ("Reference", "BCC 78102"),
        ],
        "paras": [
            (
                "",
                "We are looking for a planned long term foster placement for Maja. Maja "
                "arrived from Poland last year and speaks limited English, so she will need "
                "an interpreter for meetings. She sees her mother every Sunday.",
            ),
            ("", "There are no self-harm or missing concerns."),
        ],
        "signature": _signature(
            "Agnieszka Nowak",
            "Social Worker",
            "Bristol City Council",
            "agnieszka.nowak@bristol.gov.uk",
            "0117 903 7700",
        ),
    },
    # 21. A PDF in label: value lines: "previous emergency placement", urgency from request.
    {
        "file": "b21-label_lines.pdf",
        "title": "Wigan Council - Children's Services Placement Request",
        "la_code": "E08000010",
        "ref": "WGN-71188",
        "date": "2026-11-17",
        "sw": _sw("Steph Wood", "steph.wood@wigan.gov.uk", "01942 828 410"),
        "placement": {
            "setting": "fostering",
            "urgency": "planned",
            "duration": "long_term",
            "start_date": "2027-02-01",
            "needed_by": "later",
        },
        "children": [
            child(
                "Alfie",
                "Grundy",
                "2017-04-04",
                "male",
                "E1",
                school="St Mary's Primary School",
                family_time_count=1,
                family_time=[{"with": "mother", "frequency": "less_often"}],
                risks={
                    "to_child/self_harm": "none_known",
                    "to_others/harm_to_animals": "historical",
                },
                answered=["health_needs", "placement_history"],
            )
        ],
        "rows": [
            ("Reference", "WGN-71188"),
            ("Date of request", "17/11/2026"),
            ("Name", "Alfie Grundy"),
            ("DOB", "04/04/2017"),
            ("Gender", "Male"),
            ("Legal status", "Placement Order"),
            ("School", "St Mary's Primary School"),
            ("Health", "Glue ear, grommets fitted."),
            ("Placement history", "Emergency foster placement (2019); kinship care (2020-2026)."),
            ("Type of placement", "Long term fostering, planned, to start 01/02/2027"),
            ("Family time", "Letterbox contact with birth mother twice a year."),
            ("Self-harm", "None"),
            ("Harm to animals", "Hurt the family cat in 2021, nothing since."),
            ("Social worker", "Steph Wood"),
            ("Email", "steph.wood@wigan.gov.uk"),
            ("Phone", "01942 828 410"),
        ],
    },
    # 22. A duty email with a sibling's and a parent's risks and "no known risks" for the child.
    {
        "file": "b22-duty_sibling_risk.eml",
        "sender": "Cornwall Children's Duty <duty@cornwall.gov.uk>",
        "email_date": "Mon, 23 Nov 2026 08:15:00 +0000",
        "subject": "Placement request - Grace Tremayne",
        "la_code": "E06000052",
        "ref": "CC-2301-4",
        "date": "2026-11-23",
        "sw": _sw("Morwenna Hicks", "morwenna.hicks@cornwall.gov.uk", "01872 327 300"),
        "placement": {
            "setting": "fostering",
            "urgency": "emergency",
            "duration": "short_term",
            "start_date": "2026-11-23",
            "needed_by": "today",
        },
        "children": [
            child(
                "Grace",
                "Tremayne",
                "2019-08-12",
                "female",
                "L1",
                risks={
                    "to_child/self_harm": "not_stated",
                    "to_child/sexual_exploitation": "not_stated",
                    "to_others/physical_harm": "not_stated",
                },
                answered=[],
            )
        ],
        "rows": [
            ("Child", "Grace Tremayne"),
            ("DOB", "12/08/2019"),
            ("Gender", "Female"),
            ("Legal status", "Police protection"),
            ("Ref", "CC-2301-4"),
        ],
        "paras": [
            (
                "",
                "We need an emergency short term foster placement today for Grace. Her "
                "older sister Tia self-harms and has been sexually exploited; their "
                "father is violent towards the mother.",
            ),
            (
                "",
                "The allocated social worker is Morwenna Hicks, morwenna.hicks@cornwall.gov.uk, "
                "01872 327 300.",
            ),
        ],
        "signature": ["Duty Team", "Cornwall Council Children's Services"],
    },
]
