# ruff: noqa: RUF001
"""training_q's Word and PDF referrals (q01-q23), written by hand."""

from __future__ import annotations

from datetime import date as d

from training_q_model import Kid as K
from training_q_model import Parent, Spec
from training_q_model import Person as P
from training_q_model import Visit as V
from training_q_model import risks as r

SPECS = [
    Spec(
        id="q01",
        layout="viability_negative",
        la_code="E06000052",
        la_name="Cornwall Council – Together for Families",
        la_reference="CC-448105",
        referral_date=d(2026, 11, 16),
        worker=P("Morwenna Treloar", "morwenna.treloar@example.gov.uk", "01632 960418"),
        urgency="planned",
        duration="long_term",
        start=d(2026, 11, 30),
        people={
            "assessor": P("Dilys Penrose", None, "01632 960477", "Kinship Assessor"),
            "carer": P("Mrs Janet Hocking", role="maternal great-aunt"),
            "wanted": P("Long term fostering", role="Planned"),
        },
        note="10 November 2026",
        story="Mrs Hocking loves Tegen but has a heart condition and lives in a one-bedroom "
        "flat; she could not meet Tegen's needs over the long term. Tegen has been with "
        "emergency carers since October.",
        kids=(
            K(
                "Tegen",
                "Rowe",
                "female",
                dob=d(2017, 3, 4),
                legal="C1",
                school="Trewirgie Junior School",
                school_words="Trewirgie Junior School, Year 5",
                health="Asthma (brown and blue inhalers). Up to date with immunisations.",
                family=(
                    V("mum", "weekly", "Supervised with mum once a week at the family centre"),
                    V("Mrs Hocking", "fortnightly", "Mrs Hocking every other Sunday"),
                ),
                history=("Emergency foster carers (Mr and Mrs Dunstan), October 2026 to now",),
                risk=r(
                    "missing H: walked out of school twice in Year 3, nothing since; "
                    "animals H: was rough with the family cat when she was six, not since"
                ),
            ),
        ),
    ),
    Spec(
        id="q02",
        layout="viability_negative",
        la_code="E08000007",
        la_name="Stockport MBC Children's Services",
        la_reference="SMBC/71120",
        referral_date=d(2026, 11, 18),
        worker=P("Imran Qureshi", "imran.qureshi@example.gov.uk", "0161 496 0731"),
        urgency="planned",
        duration="short_term",
        start=d(2026, 11, 23),
        people={
            "assessor": P("Claire Bagshaw", None, "0161 496 0790", "Family Network Worker"),
            "carer": P("Mr Dean Farrell", role="father's cousin"),
            "wanted": P("Short term fostering for two brothers together", role="Planned"),
        },
        note="12/11/2026",
        story="Mr Farrell works nights and his partner does not want the boys living with "
        "them. The police check also raised a caution that rules him out.",
        kids=(
            K(
                "Jayden",
                "Farrell",
                "male",
                dob=d(2020, 6, 19),
                legal="V2",
                school="Banks Lane Infant School",
                school_words="Banks Lane Infant School (Reception)",
                health="Speech delay; waiting for a speech and language therapy appointment.",
                family=(V("dad", "several_times_a_week", "Dad twice a week after school"),),
                no_contact=("mum's ex-partner Lee",),
                history=(
                    "Mr Farrell (connected person, temporary approval) from 04/11/2026 to now",
                ),
                risk=r("violence P: hits and bites other children when he is frustrated"),
            ),
            K(
                "Mason",
                "Farrell",
                "male",
                dob=d(2022, 9, 2),
                legal="V2",
                school="Not at nursery",
                health="Well. Eczema cream.",
                family=(V("dad", "several_times_a_week", "Dad twice a week, with Jayden"),),
                no_contact=("mum's ex-partner Lee",),
                history=(
                    "Mr Farrell (connected person, temporary approval) from 04/11/2026 to now",
                ),
            ),
        ),
    ),
    Spec(
        id="q03",
        layout="viability_negative",
        la_code="E06000026",
        la_name="Plymouth City Council",
        la_reference="PCC 90-3312",
        referral_date=d(2026, 11, 19),
        worker=P("Hannah Pascoe", "hannah.pascoe@example.gov.uk", "01632 960104"),
        setting="parent_and_child",
        urgency="planned",
        start_words="once a mother and baby foster home is found",
        people={
            "assessor": P("Ruth Kellow", None, "01632 960188", "Connected Persons Assessor"),
            "carer": P("Ms Tracey Hill", role="maternal grandmother"),
            "wanted": P("Parent and child fostering (mum and baby)", role="Planned"),
        },
        note="14.11.26",
        story="Ms Hill agreed to have Shannon and the baby but the assessment found her "
        "partner's drinking and the overcrowding too great a risk.",
        parent=Parent(
            "Shannon Hill",
            "mother",
            17,
            "Shannon is herself looked after (s20). She self-harmed at 14 and used cannabis "
            "daily until her pregnancy; she has gone missing from her own placements. These "
            "are Shannon's, not the baby's.",
        ),
        kids=(
            K(
                "Ava",
                "Hill",
                "female",
                dob=d(2026, 10, 28),
                legal="C1",
                school="Not of school age",
                family=(V("father", "weekly", "Father once a week, supervised"),),
                history=(),
                history_words="With mum since birth",
            ),
        ),
    ),
    Spec(
        id="q04",
        layout="dols_inherent",
        la_code="E08000030",
        la_name="Walsall Council",
        la_reference="M-2281904",
        referral_date=d(2026, 11, 20),
        worker=P("Gurpreet Sandhu", "gurpreet.sandhu@example.gov.uk", "07700 900315"),
        setting="residential",
        urgency="emergency",
        duration="short_term",
        start=d(2026, 11, 20),
        people={
            "solicitor": P("Alex Mercer", None, "0121 496 0552", "Legal Services"),
            "wanted": P("Registered children's home, solo", role="Emergency – short term"),
        },
        note="27 November 2026 at 10.30am",
        story="Kyle's residential home gave notice after he assaulted two staff. He has "
        "been arrested twice this month and was found in Birmingham city centre at 3am "
        "with adults known to police.",
        kids=(
            K(
                "Kyle",
                "Bennett",
                "male",
                dob=d(2012, 1, 30),
                legal="C2",
                school="Phoenix Pupil Referral Unit",
                health="ADHD (methylphenidate, morning). Poor sleep.",
                family=(V("nan", "fortnightly", "His nan, every other Saturday, supervised"),),
                no_contact=("Tyler Pinnock",),
                history=(
                    "Foster carers, 2019 to 2022",
                    "Foster carers, 2022 to 2024",
                    "Brook Lodge children's home, 2024 to now",
                ),
                risk=r(
                    "cce P: found with adults known to police and carrying cash he "
                    "cannot explain; "
                    "missing P: eleven missing episodes since September; "
                    "violence P: assaulted two staff on 14 November; "
                    "drugs P: smokes cannabis most days; "
                    "exploits S: police believe he has brought a younger boy to the same "
                    "adults; "
                    "dsh H: cut his arm in 2023 after a placement ended, none since; "
                    "cse N: no concerns identified"
                ),
            ),
        ),
    ),
    Spec(
        id="q05",
        layout="dols_inherent",
        la_code="E08000014",
        la_name="Sefton Council",
        la_reference="M-0094417",
        referral_date=d(2026, 11, 13),
        worker=P("Bethany Roscoe", "bethany.roscoe@example.gov.uk", "0151 496 0620"),
        setting="residential",
        urgency="planned",
        duration="long_term",
        start=d(2026, 12, 7),
        people={
            "solicitor": P("Owen Lathom", None, "0151 496 0699", "Senior Solicitor"),
            "wanted": P("Children's home with therapeutic input", role="Planned – long term"),
        },
        note="2 December 2026",
        story="Lily has tied ligatures three times at her foster home and her carers can no "
        "longer keep her safe. CAMHS advise a staffed home with waking night staff.",
        kids=(
            K(
                "Lily",
                "Maguire",
                "female",
                dob=d(2011, 7, 11),
                legal="C2",
                school="Range High School",
                school_words="Range High School – Year 10, on a reduced timetable",
                health="Emotionally unstable; CAMHS Tier 3. Sertraline 50mg.",
                family=(
                    V("mum", "weekly", "Mum weekly, in the community"),
                    V("sister", "monthly", "Her older sister Kayla monthly"),
                ),
                history=("Foster carers (Mr and Mrs Rigby), March 2021 to now",),
                risk=r(
                    "dsh P: three ligatures in October and November, one needing hospital; "
                    "eating S: her carers think she is skipping meals; "
                    "missing H: went missing overnight twice in 2024, nothing since; "
                    "cse N: no concerns"
                ),
                known_as="Lil",
            ),
        ),
    ),
    Spec(
        id="q06",
        layout="dols_inherent",
        la_code="E06000015",
        la_name="Derby City Council",
        worker=P("Nathan Oakes", "nathan.oakes@example.gov.uk"),
        setting="residential",
        urgency="emergency",
        start_words="on the making of the order – hearing not yet listed",
        people={
            "solicitor": P("Priya Chauhan", None, "01632 960230", "Solicitor, Legal Services"),
            "wanted": P("Solo children's home with 2:1 staffing", role="Emergency"),
        },
        note="a date to be fixed by the court",
        story="Reece's foster placement ended after he set fire to his bedroom curtains. He "
        "is in a hotel with agency staff, which is not a registered placement.",
        kids=(
            K(
                "Reece",
                "Lowe",
                "male",
                dob=d(2013, 5, 22),
                legal="C2",
                school="Kingsmead School",
                health="Autism (diagnosed 2022). Melatonin.",
                family=(V("mum", "weekly", "Mum by video call weekly"),),
                history=(
                    "Foster carers, 2021 to November 2026",
                    "Hotel with agency staff, November 2026 to now",
                ),
                risk=r(
                    "fire P: set fire to his bedroom curtains on 8 November; "
                    "violence P; "
                    "animals -; "
                    "hsb -; "
                    "missing S: has tried to leave the hotel at night"
                ),
                disabilities=("AUT",),
            ),
        ),
    ),
    Spec(
        id="q07",
        layout="management_oversight",
        la_code="E08000034",
        la_name="Kirklees Council – Children and Families",
        la_reference="FAM-66120",
        referral_date=d(2026, 11, 17),
        worker=P("Sadia Hussain", "sadia.hussain@example.gov.uk", "01632 960215"),
        urgency="planned",
        duration="short_term",
        start=d(2026, 11, 24),
        people={
            "manager": P("Robert Haigh", None, "07700 900882", "Team Manager"),
            "wanted": P("a short term foster home", role="planned, short term"),
        },
        story="Oliver's grandparents, who have cared for him under a child arrangements "
        "order, are both in hospital after a car accident. Oliver is with a neighbour for "
        "this week only.",
        kids=(
            K(
                "Oliver",
                "Sykes",
                "male",
                dob=d(2015, 2, 14),
                legal="V2",
                school="Crow Lane Primary School",
                health="No health needs; wears glasses.",
                family=(
                    V("grandparents", "daily", "Grandparents daily by phone, visits when well"),
                ),
                history=(),
                history_words="Never been in care before",
                risk=r("dsh N: no self-harm; animals N: loves the neighbour's dog"),
            ),
        ),
    ),
    Spec(
        id="q08",
        layout="management_oversight",
        la_code="E08000017",
        la_name="Doncaster Children's Services Trust (for City of Doncaster Council)",
        la_reference="DCST-40077",
        referral_date=d(2026, 11, 21),
        worker=P("Kerry Walsh", "kerry.walsh@example.org.uk", "01632 960143"),
        urgency="emergency",
        start=d(2026, 11, 21),
        people={
            "manager": P("Elaine Moxon", None, "07700 900419", "Practice Manager"),
            "wanted": P("a foster home for all three children together", role="emergency"),
        },
        story="Police attended a domestic incident last night; mum was arrested and the "
        "children were taken into police protection at 23:40.",
        kids=(
            K(
                "Tia",
                "Marsden",
                "female",
                dob=d(2014, 4, 8),
                legal="L1",
                school="Hall Cross Academy",
                school_words="Hall Cross Academy Y7",
                health="Well",
                family=(),
                family_words="None while in police protection",
                no_contact=("Craig Marsden",),
                history=(),
                history_words="First time in care",
                risk=r("dsh H: scratched her arms in 2025, none since"),
            ),
            K(
                "Archie",
                "Marsden",
                "male",
                dob=d(2017, 12, 1),
                legal="L1",
                school="Bentley New Village Primary",
                health="Well",
                family=(),
                family_words="None while in police protection",
                no_contact=("Craig Marsden",),
                history=(),
                history_words="First time in care",
                risk=r("violence S: school report he has hit pupils, not confirmed"),
            ),
            K(
                "Poppy",
                "Marsden",
                "female",
                dob=d(2021, 8, 15),
                legal="L1",
                school="Not at nursery",
                health="Dairy allergy.",
                family=(),
                family_words="None while in police protection",
                no_contact=("Craig Marsden",),
                history=(),
                history_words="First time in care",
                allergies="dairy",
            ),
        ),
    ),
    Spec(
        id="q09",
        layout="management_oversight",
        la_code="E06000020",
        la_name="Telford & Wrekin Council",
        la_reference="TW 119045",
        referral_date=d(2026, 11, 12),
        worker=P("Liam Evans", "liam.evans@example.gov.uk", "01632 960388"),
        duration="long_term",
        start=d(2026, 12, 14),
        people={
            "manager": P("Sue Bradley", None, "07700 900506", "Team Manager"),
            "wanted": P("a long term foster family", role="long term"),
        },
        story="Ruby's placement with her aunt is ending because her aunt is moving abroad. "
        "We do not yet hold her birth certificate.",
        kids=(
            K(
                "Ruby",
                "Shaw",
                "female",
                age=10,
                legal="C2",
                health="Mild hearing loss in one ear.",
                family=None,
                family_words="To be agreed at the LAC review",
                history=("Aunt's home (kinship foster carer, Reg 24 then approved), 2023 to now",),
                risk=r("missing -; eating -; cse S"),
            ),
        ),
    ),
    Spec(
        id="q10",
        layout="consortium_freq",
        la_code="E10000029",
        la_name="Suffolk County Council",
        la_reference="LCS 5561023",
        referral_date=d(2026, 11, 9),
        worker=P("Abigail Pryke", "abigail.pryke@example.gov.uk", "01632 960271"),
        urgency="planned",
        duration="long_term",
        start=d(2026, 12, 1),
        people={
            "consortium": P(
                "Eastern Region Fostering Consortium", None, "01632 960700", "Officer: Dan Cole"
            ),
            "wanted": P("Fostering"),
        },
        story="Isabella's long term carers are retiring. She needs a family near Ipswich "
        "so that she can stay at her school.",
        kids=(
            K(
                "Isabella",
                "Nunn",
                "female",
                dob=d(2014, 10, 3),
                legal="C2",
                school="Northgate High School",
                school_words="Northgate High School, Year 8",
                health="Type 1 diabetes (insulin pump); carers need training.",
                family=(V("mum", "monthly", "Mum once a month, supervised"),),
                history=("Carers in Lowestoft 2018-2020", "Mr and Mrs Keeble 2020 to now"),
                risk=r("eating N: her diabetes is well managed and she eats well"),
                known_as="Bella",
                allergies="",
            ),
        ),
    ),
    Spec(
        id="q11",
        layout="consortium_freq",
        la_code="E10000020",
        la_name="Norfolk County Council",
        la_reference="LCS 7002218",
        referral_date=d(2026, 11, 18),
        worker=P("Tom Gedge", "tom.gedge@example.gov.uk", "01632 960512"),
        urgency="emergency",
        duration="short_term",
        start=d(2026, 11, 19),
        people={
            "consortium": P(
                "Eastern Region Fostering Consortium", None, "01632 960700", "Officer: Dan Cole"
            ),
            "wanted": P("Fostering"),
        },
        story="The girls' mother was admitted to a psychiatric ward this afternoon and "
        "there is no one in the family who can care for them.",
        kids=(
            K(
                "Maisie",
                "Platten",
                "female",
                dob=d(2013, 2, 26),
                legal="V2",
                school="Hellesdon High School",
                health="Well",
                family=(V("mum", "weekly", "Mum on the ward weekly, when the ward agrees"),),
                history=(),
                history_words="Not previously looked after",
                risk=r("dsh S: mum said Maisie talked about hurting herself, not seen by anyone"),
                allergies="peanuts",
            ),
            K(
                "Evie",
                "Platten",
                "female",
                dob=d(2016, 9, 9),
                legal="V2",
                school="Kinsale Junior School",
                health="Well",
                family=(V("mum", "weekly", "Mum on the ward weekly, with Maisie"),),
                history=(),
                history_words="Not previously looked after",
                allergies="peanuts",
            ),
        ),
    ),
    Spec(
        id="q12",
        layout="consortium_freq",
        la_code="E10000019",
        la_name="Lincolnshire County Council",
        la_reference="LCS 3310984",
        worker=P("Georgia Fenwick", "georgia.fenwick@example.gov.uk", "01632 960644"),
        duration="short_term",
        start_words="once a match is agreed",
        people={
            "consortium": P(
                "Eastern Region Fostering Consortium", None, "01632 960700", "Officer: Dan Cole"
            ),
            "wanted": P("Fostering"),
        },
        story="Draft – not yet sent. Connor's carers have given 28 days' notice.",
        kids=(
            K(
                "Connor",
                "Drury",
                "male",
                dob=d(2012, 11, 27),
                legal="C1",
                school="The Priory Academy LSST",
                family=(V("dad", "fortnightly", "Dad fortnightly in Lincoln"),),
                history=None,
                history_words="",
                risk=r("violence P: damage to property and pushing his carer; fire -; animals -"),
            ),
        ),
    ),
    Spec(
        id="q13",
        layout="pathway_plan",
        la_code="E06000023",
        la_name="Bristol City Council",
        la_reference="LC-208815",
        referral_date=d(2026, 11, 10),
        worker=P("Femi Adeyemi", "femi.adeyemi@example.gov.uk", "0117 496 0842"),
        setting="supported_accommodation",
        urgency="planned",
        start=d(2026, 12, 4),
        people={
            "adviser": P("Jo Marsh", None, "0117 496 0899", "Personal Adviser"),
            "wanted": P("Supported accommodation (16+)", role="Planned."),
        },
        note="3 November 2026",
        story="I want to move out of the children's home into a supported flat in south "
        "Bristol, near college. My keyworker says I am ready.",
        kids=(
            K(
                "Deshawn",
                "Clarke",
                "male",
                dob=d(2009, 8, 21),
                legal="C2",
                school="City of Bristol College",
                school_words="City of Bristol College (Level 2 Construction)",
                health="Well. Registered with a GP in Bedminster.",
                family=(V("mum", "weekly", "I see my mum every week"),),
                no_contact=("Marcus Clarke",),
                history=("Foster carers 2018 to 2022", "Ashley Road children's home 2022 to now"),
                risk=r(
                    "cce H: I was caught up with older boys dealing in 2023, not since I "
                    "moved; drugs H: I smoked weed at 14 and stopped; "
                    "violence N: no, I have never hurt anyone"
                ),
            ),
        ),
    ),
    Spec(
        id="q14",
        layout="pathway_plan",
        la_code="E08000037",
        la_name="Gateshead Council",
        la_reference="LC-33015",
        referral_date=d(2026, 11, 11),
        worker=P("Laura Charlton", "laura.charlton@example.gov.uk", "0191 498 0517"),
        urgency="planned",
        duration="long_term",
        start=d(2026, 11, 30),
        people={
            "adviser": P("Kev Robson", None, "0191 498 0588", "Personal Adviser"),
            "wanted": P(
                "A foster family for both of us (Staying Put possible)", role="Planned, long term."
            ),
        },
        note="4 November 2026",
        story="We are twins and want to stay together. Our carers are moving to Spain.",
        kids=(
            K(
                "Ellie",
                "Dodds",
                "female",
                dob=d(2010, 3, 17),
                legal="C2",
                school="Whickham School",
                school_words="Whickham School sixth form",
                health="Well",
                family=(V("dad", "fortnightly", "Dad every other Sunday"),),
                history=("The Bells (foster carers), 2016 to now",),
                risk=r("eating H: I had anorexia in 2024; I am well now and monitored"),
            ),
            K(
                "Callum",
                "Dodds",
                "male",
                dob=d(2010, 3, 17),
                legal="C2",
                school="Whickham School",
                school_words="Whickham School sixth form",
                health="Asthma",
                family=(V("dad", "fortnightly", "Dad every other Sunday with Ellie"),),
                history=("The Bells (foster carers), 2016 to now",),
                risk=r("missing H: I stayed out overnight twice last year, not since"),
            ),
        ),
    ),
    Spec(
        id="q15",
        layout="pathway_plan",
        la_code="E06000057",
        la_name="Northumberland County Council",
        la_reference="LC-90412",
        referral_date=d(2026, 11, 6),
        worker=P("Craig Armstrong", "craig.armstrong@example.gov.uk", "01632 960233"),
        setting="supported_accommodation",
        start_words="when a supported flat is available",
        people={
            "adviser": P("Pat Hume", None, "01632 960299", "Personal Adviser"),
            "wanted": P("Supported accommodation", role=""),
        },
        note="30 October 2026",
        story="I have been sofa surfing since my placement ended. I need somewhere to live.",
        kids=(
            K(
                "Kacey",
                "Reay",
                None,
                age=17,
                legal="C2",
                health="Depression; on the waiting list for talking therapy.",
                family=(V("gran", "weekly", "My gran every week"),),
                history=("Foster carers 2019-2023", "Semi-independent house, Blyth, 2023-2026"),
                risk=r("drugs P: drinks most weekends; dsh -; cse S"),
            ),
        ),
    ),
    Spec(
        id="q16",
        layout="essential_info",
        la_code="E09000008",
        la_name="London Borough of Croydon",
        la_reference="ICS-8840213",
        referral_date=d(2026, 11, 22),
        worker=P("Grace Owusu", "grace.owusu@example.gov.uk", "020 7946 0388"),
        urgency="emergency",
        start=d(2026, 11, 22),
        people={
            "edt": P("EDT", None, "020 7946 0999"),
            "wanted": P("Foster care", role="Emergency (same day)"),
        },
        story="Amara was left alone at home overnight; her mother has not been found.",
        kids=(
            K(
                "Amara",
                "Mensah",
                "female",
                dob=d(2018, 1, 12),
                legal="L1",
                school="Kensington Avenue Primary School",
                health="Sickle cell trait. No medication.",
                family=(),
                family_words="None until mum is found and assessed",
                history=(),
                history_words="First time in care",
                allergies="",
            ),
        ),
    ),
    Spec(
        id="q17",
        layout="essential_info",
        la_code="E09000014",
        la_name="Haringey",
        la_reference="ICS-7712094",
        referral_date=d(2026, 11, 17),
        worker=P("Daniel Okafor", "daniel.okafor@example.gov.uk", "020 7946 0561"),
        urgency="planned",
        duration="short_term",
        start=d(2026, 11, 20),
        people={
            "edt": P("EDT", None, "020 7946 0900"),
            "wanted": P("Foster care – siblings together", role="Planned, short term"),
        },
        story="The children's current carer has been suspended pending an investigation; "
        "nothing is alleged against the children.",
        kids=(
            K(
                "Marcus",
                "Ellis",
                "male",
                dob=d(2021, 5, 3),
                legal="C1",
                school="Rokesly Infant School",
                school_words="Rokesly Infant School (Reception)",
                health="Well",
                family=(
                    V("mother", "several_times_a_week", "Mother three times a week, supervised"),
                ),
                no_contact=("father",),
                history=("Mrs Adeleke (foster carer), June 2026 to now",),
                risk=r("violence H: biting at nursery in 2025; stopped"),
                known_as="Marky",
            ),
            K(
                "Nia",
                "Ellis",
                "female",
                dob=d(2023, 7, 28),
                legal="C1",
                school="Not of school age",
                health="Reflux, settled.",
                family=(
                    V("mother", "several_times_a_week", "Mother three times a week with Marcus"),
                ),
                no_contact=("father",),
                history=("Mrs Adeleke (foster carer), June 2026 to now",),
            ),
        ),
    ),
    Spec(
        id="q18",
        layout="essential_info",
        la_code="E06000035",
        la_name="Medway Council",
        la_reference="ICS-3300419",
        referral_date=d(2026, 11, 20),
        worker=P("Stacey Barden", "stacey.barden@example.gov.uk", "01632 960817"),
        urgency="planned",
        start=d(2026, 11, 27),
        people={
            "edt": P("EDT", None, "01632 960000"),
            "wanted": P("Foster care", role="Planned"),
        },
        story="Tyler's mother has asked for him to be accommodated; she says she cannot manage "
        "his behaviour.",
        kids=(
            K(
                "Tyler",
                "Hoad",
                "male",
                dob=d(2014, 6, 6),
                legal="V2",
                school="The Howard School",
                family=None,
                family_words="TBC",
                history=(),
                history_words="First time in care",
                risk=r("violence P: hit his mother twice this month; fire -; hsb -"),
            ),
        ),
    ),
    Spec(
        id="q19",
        layout="philomena_profile",
        la_code="E08000018",
        la_name="Rotherham Metropolitan Borough Council",
        la_reference="RMBC-C-55120",
        referral_date=d(2026, 11, 19),
        worker=P("Chloe Bramley", "chloe.bramley@example.gov.uk", "01632 960342"),
        setting="residential",
        urgency="planned",
        duration="short_term",
        start=d(2026, 11, 26),
        people={
            "Jade": P(
                "Rotherham Interchange, Clifton Park",
                None,
                "07700 900633",
                "White, 5'4\", slim, long dark hair, grey puffer coat",
            ),
            "wanted": P("Children's home outside the town", role="planned, short term"),
        },
        note="12 November 2026",
        story="Jade needs to move away from the people exploiting her. A home outside South "
        "Yorkshire is preferred.",
        kids=(
            K(
                "Jade",
                "Hirst",
                "female",
                dob=d(2012, 9, 14),
                legal="C1",
                school="Wingfield Academy",
                health="Chlamydia treated October 2026; contraceptive implant.",
                family=(V("mum", "weekly", "Mum weekly, supervised, not in Rotherham"),),
                no_contact=("Shaz", "Kyle Marsh"),
                history=("Foster carers, Sept 2026 to now",),
                risk=r(
                    "cse P: seen getting into cars with adult men; "
                    "missing P: 14 episodes since August, longest 3 days; "
                    "drugs P: alcohol and cannabis given by the men; "
                    "dsh H: overdose of paracetamol in 2025, none since"
                ),
            ),
        ),
    ),
    Spec(
        id="q20",
        layout="philomena_profile",
        la_code="E08000015",
        la_name="Wirral Council",
        la_reference="WIR-260117",
        referral_date=d(2026, 11, 14),
        worker=P("Paul Dolan", "paul.dolan@example.gov.uk", "0151 496 0284"),
        setting="residential",
        urgency="emergency",
        start=d(2026, 11, 16),
        people={
            "Josh": P(
                "Birkenhead bus station, New Ferry",
                None,
                "07700 900721",
                "White, tall, red tracksuit",
            ),
            "Liam": P("Birkenhead Park", None, "07700 900722", "White, short, blue coat"),
            "wanted": P("Children's home for two brothers", role="emergency"),
        },
        note="13/11/2026",
        story="The brothers' foster placement has broken down after repeated missing episodes "
        "and police involvement.",
        kids=(
            K(
                "Josh",
                "Quayle",
                "male",
                dob=d(2011, 4, 30),
                legal="C2",
                school="Hilbre High School",
                health="Well",
                family=(V("mum", "fortnightly", "Mum fortnightly"),),
                history=("Foster carers 2020 to 2024", "Foster carers 2024 to now"),
                risk=r(
                    "cce P: carrying drugs for a local group; "
                    "missing P: nine episodes since June; "
                    "exploits P: has brought his brother to the group"
                ),
            ),
            K(
                "Liam",
                "Quayle",
                "male",
                dob=d(2013, 10, 2),
                legal="C2",
                school="Hilbre High School",
                health="Well",
                family=(V("mum", "fortnightly", "Mum fortnightly with Josh"),),
                history=("Foster carers 2020 to 2024", "Foster carers 2024 to now"),
                risk=r(
                    "cce S: police think he is being drawn in by Josh's contacts; missing H: twice in 2025"
                ),
            ),
        ),
    ),
    Spec(
        id="q21",
        layout="philomena_profile",
        la_code="E06000032",
        la_name="Luton Borough Council",
        la_reference="LBC 441-907",
        referral_date=d(2026, 11, 23),
        worker=P("Ayesha Rahman", "ayesha.rahman@example.gov.uk", "01632 960155"),
        setting="residential",
        urgency="emergency",
        start_words="as soon as a bed is found",
        people={
            "Zane": P(
                "Luton town centre", None, "07700 900811", "Mixed heritage, slim, black jacket"
            ),
            "wanted": P("Children's home", role="emergency"),
        },
        note="20 November 2026",
        story="Zane arrived in Luton with his father in September; he has been missing for "
        "four days and was found in London.",
        kids=(
            K(
                "Zane",
                "Whitlock",
                "male",
                dob=d(2011, 12, 19),
                legal=None,
                legal_words="To be confirmed after the strategy meeting",
                school="Lea Manor High School",
                family=(V("father", "weekly", "Father weekly"),),
                history=None,
                history_words="Not known – recently moved to the area",
                risk=r("missing P: missing four days, found in London; cce S; dsh -; drugs -"),
            ),
        ),
    ),
    Spec(
        id="q22",
        layout="image_scan",
        note="1.2",
        story="REFERRAL FOR FOSTER PLACEMENT\nChild's name: ........\nDate of birth: ........\n"
        "Legal status: ........\nSocial worker: ........\n(photocopy of a handwritten form)",
    ),
    Spec(
        id="q23",
        layout="image_scan",
        note="-0.8",
        story="FAX\nTo: Placements\nPages: 3\nPlease find the referral attached.\n"
        "Risks: see page 2.\n(faxed letter, scanned)",
    ),
]
