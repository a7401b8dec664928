"""The facts of every frozen_2 document (fictional people; real English LAs by ONS code)."""

from __future__ import annotations

from datetime import date as d

from f2_model import Child, Doc, Person

ALL_N = "sh=N cse=N cce=N dr=N ed=N mi=N ph=N hsb=N fs=N an=N oce=N"


def mob(n: int) -> str:
    """Ofcom's drama range 07700 900000-900999."""
    return f"07700 900{n % 1000:03d}"


def land(n: int) -> str:
    """Ofcom's drama range 01632 960000-960999."""
    return f"01632 960{n % 1000:03d}"


def sw(
    name: str, domain: str, phone: str | None, email: bool = True, role: str = "Social Worker"
) -> Person:
    first, last = name.lower().split()[0], name.lower().split()[-1]
    return Person(name, role, f"{first}.{last}@{domain}" if email else None, phone)


def lcs() -> list[Doc]:
    out = []
    dom = "stockport.example.gov.uk"
    out.append(
        Doc(
            "lcs_request_docx",
            "docx",
            "E08000007",
            "Stockport MBC",
            dom,
            d(2026, 11, 2),
            sw("Bethany Okafor", dom, mob(101)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 16),
            [
                Child(
                    "Kian",
                    "Doherty",
                    "male",
                    d(2014, 6, 11),
                    legal="C2",
                    ref="2041187",
                    school="Bramhall Vale Academy",
                    school_year="Year 7",
                    ft=[
                        (
                            "mum",
                            "fortnightly",
                            True,
                            "Mum - every other Saturday for two hours, supervised at the family centre",
                        ),
                        (
                            "nan",
                            "weekly",
                            False,
                            "Nan - every Wednesday after school, unsupervised at her home",
                        ),
                    ],
                    history=3,
                    health="Asthma (blue inhaler as needed). ADHD diagnosed 2022; methylphenidate 18mg each morning.",
                    risks="sh=N cse=N cce=S dr=N ed=N mi=H ph=P hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person(
                "Alison Pryce", "Team Manager, Children in Care", "alison.pryce@" + dom, land(101)
            ),
            note="LA only in the page header (MBC); requester is the team manager; team locality is not a location; history table (3 rows)",
            twist={"team_area": "Stockport West locality", "current": "IFA foster placement"},
        )
    )
    dom = "oldham.example.gov.uk"
    out.append(
        Doc(
            "lcs_request_docx",
            "docx",
            "E08000004",
            "Oldham Council",
            dom,
            d(2026, 11, 12),
            sw("Marcus Ellery", dom, mob(102)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 13),
            [
                Child(
                    "Tia-Rose",
                    "Whitfield",
                    "female",
                    d(2016, 2, 3),
                    legal="C1",
                    ref="3301452",
                    school="St Anselm's CE Primary School",
                    school_year="Year 5",
                    ft=[
                        (
                            "mum",
                            "weekly",
                            True,
                            "Mum - once a week, supervised at Medlock contact centre",
                        )
                    ],
                    no_contact=[
                        ("father", "No contact with father - non-molestation order in place.")
                    ],
                    history=1,
                    health="No health needs; up to date with immunisations. Wears glasses.",
                    risks="sh=N cse=N cce=N dr=N ed=S mi=N ph=N hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Reece",
                    "Whitfield",
                    "male",
                    d(2018, 9, 27),
                    legal="C1",
                    ref="3301453",
                    school="St Anselm's CE Primary School",
                    school_year="Year 3",
                    ft=[
                        (
                            "mum",
                            "weekly",
                            True,
                            "Mum - once a week, supervised at Medlock contact centre, with his sister",
                        )
                    ],
                    no_contact=[
                        ("father", "No contact with father - non-molestation order in place.")
                    ],
                    history=1,
                    health="Speech and language delay; sees SALT each half term. Eczema (emollients).",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=P hsb=N fs=N an=S oce=N",
                ),
            ],
            manager=Person("Gail Shore", "Team Manager", "gail.shore@" + dom, land(102)),
            note="sibling pair in per-child columns; no contact with father; authorising manager is not the SW",
        )
    )
    dom = "rotherham.example.gov.uk"
    out.append(
        Doc(
            "lcs_request_docx",
            "docx",
            "E08000018",
            "Rotherham Metropolitan Borough Council",
            dom,
            None,
            sw("Nadine Cawthorne", dom, land(103)),
            "residential",
            "planned",
            None,
            None,
            [
                Child(
                    "Jayden",
                    "Mellor",
                    "male",
                    d(2011, 1, 19),
                    legal="V2",
                    ref="5120934",
                    school="Wath Grange Academy",
                    school_year="Year 10",
                    ft=None,
                    history=4,
                    health="Type 1 diabetes (insulin pump); poor attendance at clinic.",
                    risks="sh=H cse=N cce=P dr=P mi=P ph=N",
                )
            ],
            note="undated; no duration or start date; family time left blank; five risks not stated",
            twist={"current": "Residential children's home"},
        )
    )
    dom = "lincolnshire.example.gov.uk"
    out.append(
        Doc(
            "lcs_request_docx",
            "docx",
            "E10000019",
            "Lincolnshire County Council",
            dom,
            d(2026, 10, 21),
            sw("Harriet Nkemelu", dom, mob(104)),
            "fostering",
            "planned",
            "permanence",
            d(2027, 1, 11),
            [
                Child(
                    "Amelia",
                    "Stokes",
                    "female",
                    d(2019, 7, 30),
                    legal="E1",
                    ref="8812004",
                    school="Fenside Infant School",
                    school_year="Year 2",
                    ft=[
                        (
                            "birth mother",
                            "less_often",
                            True,
                            "Birth mother - three supervised visits a year",
                        ),
                        (
                            "brother",
                            "monthly",
                            False,
                            "Brother Kyle (placed separately) - monthly sibling time, arranged between carers",
                        ),
                    ],
                    history=2,
                    health="Healthy. Mild hearing loss in the left ear; audiology review yearly.",
                    risks=ALL_N,
                )
            ],
            referrer=Person(
                "Owen Tasker", "Family Finding Officer", "owen.tasker@" + dom, land(104)
            ),
            note="placement order and permanence; family finder is the requester, not the SW; all risks none known",
            twist={"current": "Foster care (in-house)"},
        )
    )
    dom = "hants.example.gov.uk"
    out.append(
        Doc(
            "lcs_request_docx",
            "docx",
            "E10000014",
            "Hampshire County Council",
            dom,
            d(2026, 11, 19),
            sw("Tomasz Nowak", dom, mob(105)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 19),
            [
                Child(
                    "Logan",
                    "Pascoe",
                    "male",
                    d(2013, 3, 8),
                    legal="C2",
                    ref="1090773",
                    school="Kingsworthy Vale School",
                    school_year="Year 8",
                    ft=[
                        (
                            "dad",
                            "monthly",
                            False,
                            "Dad - one Saturday a month, unsupervised in the community",
                        )
                    ],
                    no_contact=[("mother", "No contact with mother: her whereabouts are unknown.")],
                    history=2,
                    health="No diagnosed conditions. Nut allergy (carries an EpiPen).",
                    risks="sh=S cse=N cce=N dr=N ed=N mi=N ph=H hsb=N fs=N an=N oce=N",
                )
            ],
            note="same-day emergency (needed today); the current emergency placement is history, not the request",
            twist={
                "note": "Logan is in an emergency placement with respite carers that ends today; this request is for a new short-term foster home.",
                "current": "Emergency foster placement",
            },
        )
    )
    return out


def mosaic() -> list[Doc]:
    out = []
    dom = "leeds.example.gov.uk"
    out.append(
        Doc(
            "mosaic_print_pdf",
            "pdf",
            "E08000035",
            "Leeds City Council",
            dom,
            d(2026, 10, 14),
            sw("Rebecca Holroyd", dom, land(201)),
            "residential",
            "planned",
            "long_term",
            d(2026, 10, 26),
            [
                Child(
                    "Ellie-Mae",
                    "Barraclough",
                    "female",
                    d(2012, 12, 1),
                    legal="C2",
                    ref="742019",
                    school="Crawshaw Fields High School",
                    school_year="Year 8",
                    ft=[
                        (
                            "mum",
                            "monthly",
                            True,
                            "Mum - monthly, supervised by the contact service.",
                        ),
                        ("sister", "weekly", False, "Sister Jade - weekly, unsupervised, in town."),
                    ],
                    history=5,
                    health="Attachment difficulties; sees a clinical psychologist monthly. No medication.",
                    risks="sh=P cse=S cce=N dr=H ed=N mi=P ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person(
                "Kelly Dunwell", "Placement Finding Officer", "kelly.dunwell@" + dom, land(211)
            ),
            note="four-column rows with wrapped cells; [X] grid; print footer dated two days after the referral; area team is not a location",
            twist={"team_area": "Leeds North East"},
        )
    )
    dom = "bradford.example.gov.uk"
    out.append(
        Doc(
            "mosaic_print_pdf",
            "pdf",
            "E08000032",
            "City of Bradford MDC",
            dom,
            d(2026, 11, 6),
            sw("Imran Siddiqui", dom, mob(202)),
            "supported_accommodation",
            "emergency",
            "short_term",
            d(2026, 11, 9),
            [
                Child(
                    "Haroon",
                    "Akhtar",
                    "male",
                    d(2010, 5, 17),
                    legal="C1",
                    ref="611234",
                    school="Thornbury Park Academy",
                    school_year="Year 11",
                    ft=[
                        (
                            "father",
                            "weekly",
                            False,
                            "Father - weekly, Saturday afternoons in the community.",
                        )
                    ],
                    history=None,
                    health="Asthma; otherwise well. Registered with a GP in Bradford.",
                    risks="sh=N cse=N cce=P dr=S mi=P ph=P oce=S",
                )
            ],
            note="grid rows left unticked (not stated); no placement history; MDC",
            twist={
                "blank_rows": [
                    "Eating disorder",
                    "Harmful sexual behaviour (HSB)",
                    "Fire setting",
                    "Cruelty to animals",
                ]
            },
        )
    )
    dom = "coventry.example.gov.uk"
    out.append(
        Doc(
            "mosaic_print_pdf",
            "pdf",
            "E08000026",
            "Coventry City Council",
            dom,
            None,
            sw("Gemma Lacey", dom, mob(203)),
            "fostering",
            "planned",
            "short_term",
            d(2026, 12, 1),
            [
                Child(
                    "Sienna",
                    "Grant",
                    "female",
                    d(2015, 4, 22),
                    legal="V2",
                    ref="390022",
                    school="Whitley Oak Primary School",
                    school_year="Year 6",
                    ft=[
                        (
                            "mum",
                            "several_times_a_week",
                            False,
                            "Mum - three times a week after school, unsupervised, at home.",
                        )
                    ],
                    history=1,
                    health="Well. Dental treatment outstanding.",
                    risks=ALL_N,
                )
            ],
            note="undated (date of referral blank, print footer undated): referral date null",
        )
    )
    dom = "knowsley.example.gov.uk"
    out.append(
        Doc(
            "mosaic_print_pdf",
            "pdf",
            "E08000011",
            "Knowsley MBC",
            dom,
            d(2026, 11, 17),
            sw("Ste Rimmer", dom, mob(204)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 17),
            [
                Child(
                    "Corey",
                    "Fairclough",
                    "male",
                    d(2009, 8, 30),
                    legal="C2",
                    ref="270551",
                    school=None,
                    ft=[("mum", "fortnightly", True, "Mum - fortnightly, supervised.")],
                    no_contact=[
                        ("father", "No contact with father (in prison; Corey does not want it).")
                    ],
                    history=7,
                    health="Cannabis-related chest problems reported by GP; ADHD, not medicated.",
                    risks="sh=H cse=N cce=P dr=P ed=N mi=P ph=P hsb=N fs=S an=N oce=P",
                )
            ],
            note="not in education (school asked); seven placements in words",
        )
    )
    dom = "walsall.example.gov.uk"
    out.append(
        Doc(
            "mosaic_print_pdf",
            "pdf",
            "E08000030",
            "Walsall Council",
            dom,
            d(2026, 11, 20),
            sw("Parveen Bains", dom, land(205)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 21),
            [
                Child(
                    "Aaliyah",
                    "Mensah",
                    "female",
                    d(2017, 10, 5),
                    legal="C1",
                    ref="880147",
                    school="Rushall Green Primary School",
                    school_year="Year 4",
                    ft=[
                        (
                            "parents",
                            "to_be_agreed",
                            True,
                            "Parents - to be agreed at the placement planning meeting; it will be supervised.",
                        )
                    ],
                    history=1,
                    health=None,
                    risks=ALL_N,
                )
            ],
            note="health section empty (asked); family time to be agreed",
        )
    )
    return out


def regional() -> list[Doc]:
    out = []
    dom = "eastriding.example.gov.uk"
    out.append(
        Doc(
            "regional_framework_docx",
            "docx",
            "E06000011",
            "ERYC",
            dom,
            d(2026, 10, 28),
            sw("Lucy Fenwick", dom, mob(301)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 9),
            [
                Child(
                    "Olivia",
                    "Brennan",
                    "female",
                    d(2013, 9, 14),
                    legal="C2",
                    ref="117820",
                    school="Hessle Mount School",
                    school_year="Year 8",
                    ft=[
                        (
                            "mum",
                            "fortnightly",
                            True,
                            "Mum - fortnightly, supervised at the family centre.",
                        ),
                        (
                            "grandad",
                            "weekly",
                            False,
                            "Grandad - every Sunday for lunch, unsupervised.",
                        ),
                    ],
                    history=2,
                    health="Generally well. Dyslexia; extra time in exams.",
                    risks="sh=P cse=N cce=N dr=N ed=N mi=H ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            manager=Person("Karen Doyle", "Team Manager", "karen.doyle@" + dom, land(301)),
            note="LA as initials in a content control; framework referral number is not the LA's; tracked deletions choose urgency and duration",
            twist={"framework_ref": "YHF-26-0417"},
        )
    )
    dom = "nelincs.example.gov.uk"
    out.append(
        Doc(
            "regional_framework_docx",
            "docx",
            "E06000012",
            "NELC",
            dom,
            d(2026, 11, 10),
            sw("Craig Arundel", dom, mob(302)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 11),
            [
                Child(
                    "Mia",
                    "Hewson",
                    "female",
                    d(2012, 6, 30),
                    legal="C1",
                    ref="44120",
                    school="Grimsby Humber Academy",
                    school_year="Year 9",
                    ft=[
                        ("mum", "weekly", True, "Mum - weekly, supervised, both children together.")
                    ],
                    no_contact=[("mum's partner", "No contact with mum's partner Wayne.")],
                    history=2,
                    health="Migraines; paracetamol as needed.",
                    risks="sh=H cse=S cce=N dr=N ed=N mi=H ph=N hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Kayden",
                    "Hewson",
                    "male",
                    d(2015, 1, 12),
                    legal="C1",
                    ref="44121",
                    school="Weelsby Park Primary School",
                    school_year="Year 6",
                    ft=[
                        ("mum", "weekly", True, "Mum - weekly, supervised, both children together.")
                    ],
                    no_contact=[("mum's partner", "No contact with mum's partner Wayne.")],
                    history=2,
                    health="Bedwetting; under the enuresis clinic.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=P hsb=N fs=N an=N oce=N",
                ),
            ],
            referrer=Person("Joanne Pick", "Placements Officer", "joanne.pick@" + dom, land(302)),
            note="sibling pair in columns; each risk row answers for each child by name in one cell; placements officer is not the SW",
            twist={"framework_ref": "YHF-26-0529"},
        )
    )
    dom = "kirklees.example.gov.uk"
    out.append(
        Doc(
            "regional_framework_docx",
            "docx",
            "E08000034",
            "Kirklees Council",
            dom,
            d(2026, 11, 4),
            sw("Sophie Haigh", dom, mob(303)),
            "fostering",
            None,
            "short_term",
            d(2026, 11, 23),
            [
                Child(
                    "Harvey",
                    "Dyson",
                    "male",
                    d(2016, 11, 23),
                    legal="V2",
                    ref="6712093",
                    school="Lepton Edge Primary School",
                    school_year="Year 5",
                    ft=[("mum", "weekly", False, "Mum - weekly at home, unsupervised.")],
                    history=1,
                    health="Autism (diagnosed 2024); sensory needs, ear defenders.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=S",
                )
            ],
            unclear=["/placement/urgency"],
            note="urgency line left undeleted (unclear, asked); duration chosen by strikethrough; four risks not stated",
            twist={
                "framework_ref": "YHF-26-0488",
                "urgency_undeleted": True,
                "strike_duration": True,
            },
        )
    )
    dom = "wakefield.example.gov.uk"
    out.append(
        Doc(
            "regional_framework_docx",
            "docx",
            "E08000036",
            "Wakefield MDC",
            dom,
            d(2026, 10, 19),
            sw("Aisha Bibi", dom, land(304)),
            "supported_accommodation",
            "planned",
            "short_term",
            d(2026, 11, 2),
            [
                Child(
                    "Freya",
                    "Lumb",
                    "female",
                    d(2008, 12, 2),
                    legal="C2",
                    ref="903341",
                    school="Wakefield Calder College",
                    school_year="Level 2 Health and Social Care",
                    ft=[("sister", "weekly", False, "Sister - weekly, arranges it herself.")],
                    history=6,
                    health="Depression; sertraline 50mg. Sees the leaving care nurse.",
                    risks="sh=H cse=P cce=N dr=S ed=P mi=H ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            needed_form="later",
            note="16+ supported accommodation; the form's own needed-by answer",
            twist={"framework_ref": "YHF-26-0390"},
        )
    )
    dom = "barnsley.example.gov.uk"
    out.append(
        Doc(
            "regional_framework_docx",
            "docx",
            "E08000016",
            "Barnsley MBC",
            dom,
            d(2026, 11, 14),
            sw("Dean Wadsworth", dom, mob(305)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 14),
            [
                Child(
                    "Mason",
                    "Kirkby",
                    "male",
                    d(2012, 2, 17),
                    legal="L1",
                    ref="2200817",
                    school="Darton Edge Academy",
                    school_year="Year 9",
                    ft=[
                        (
                            "mum",
                            "to_be_agreed",
                            True,
                            "Mum - to be agreed once the police investigation allows; supervised.",
                        )
                    ],
                    history=0,
                    health="No known health needs.",
                    risks="sh=N cse=N cce=S dr=N ed=N mi=S ph=P hsb=N fs=P an=N oce=N",
                )
            ],
            needed_form="today",
            referrer=Person("EDT - Sam Hirst", "Emergency Duty Team", "edt@" + dom, land(399)),
            note="police protection; not looked after before (0 placements); EDT contact is not the SW",
            twist={"framework_ref": "YHF-26-0611"},
        )
    )
    return out


def cpp() -> list[Doc]:
    out = []
    dom = "derbyshire.example.gov.uk"
    out.append(
        Doc(
            "cpp_form_pdf",
            "pdf",
            "E10000007",
            "Derbyshire CC - Children's Services",
            dom,
            d(2026, 11, 3),
            sw("Claire Bonsall", dom, mob(401)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 4),
            [
                Child(
                    "Lily",
                    "Radford",
                    "female",
                    d(2018, 3, 9),
                    legal="C1",
                    ref="1021883",
                    school="Hollybrook Infant and Nursery School",
                    school_year="Year 3",
                    ft=[
                        (
                            "mum",
                            "several_times_a_week",
                            True,
                            "Mum - twice a week, supervised at the contact centre.",
                        )
                    ],
                    history=1,
                    health="Well; hay fever.",
                    risks=ALL_N,
                )
            ],
            manager=Person("Rachel Hind", "Team Manager", None, None),
            note="CC in the page header only; ☒/☐ tick grids for type, urgency, duration, legal status and risks",
        )
    )
    dom = "norfolk.example.gov.uk"
    out.append(
        Doc(
            "cpp_form_pdf",
            "pdf",
            "E10000020",
            "Norfolk County Council",
            dom,
            d(2026, 10, 9),
            sw("Jonathan Earle", dom, mob(402)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 2),
            [
                Child(
                    "Ruby",
                    "Platten",
                    "female",
                    d(2011, 7, 7),
                    legal="C2",
                    ref="5501201",
                    school="Sheringham Heath High School",
                    school_year="Year 10",
                    ft=[
                        (
                            "mum",
                            "fortnightly",
                            True,
                            "Mum - fortnightly, supervised, all three together.",
                        ),
                        ("dad", "monthly", False, "Dad - monthly, Ruby only, unsupervised."),
                    ],
                    history=3,
                    health="Asthma. Glasses.",
                    risks="sh=H cse=S cce=N dr=N ed=N mi=H ph=N hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Alfie",
                    "Platten",
                    "male",
                    d(2014, 1, 15),
                    legal="C2",
                    ref="5501202",
                    school="Cromer Road Junior School",
                    school_year="Year 6",
                    ft=[
                        (
                            "mum",
                            "fortnightly",
                            True,
                            "Mum - fortnightly, supervised, all three together.",
                        )
                    ],
                    history=3,
                    health="Well.",
                    risks=ALL_N,
                ),
                Child(
                    "Poppy",
                    "Platten",
                    "female",
                    d(2020, 10, 2),
                    legal="C2",
                    ref="5501203",
                    school="Cromer Road Infant School",
                    school_year="Year 1",
                    ft=[
                        (
                            "mum",
                            "fortnightly",
                            True,
                            "Mum - fortnightly, supervised, all three together.",
                        )
                    ],
                    history=2,
                    health="Born prematurely; developmental delay, under the community paediatrician.",
                    risks=ALL_N,
                ),
            ],
            note="three siblings in Child A/B/C sections, each with a tick grid and history table",
        )
    )
    dom = "plymouth.example.gov.uk"
    out.append(
        Doc(
            "cpp_form_pdf",
            "pdf",
            "E06000026",
            "Plymouth City Council",
            dom,
            d(2026, 10, 30),
            sw("Kerry Trethewey", dom, land(403)),
            "residential",
            "planned",
            "short_term",
            None,
            [
                Child(
                    "Noah",
                    "Tremain",
                    "male",
                    d(2010, 10, 10),
                    legal="V2",
                    ref="551902",
                    school="Plymstock Ridge School",
                    school_year="Year 11",
                    ft=None,
                    history=2,
                    health="Epilepsy, well controlled (lamotrigine).",
                    risks="sh=P cse=N cce=H dr=P mi=H",
                )
            ],
            note="gaps: no start date, no family time, six risks not stated",
        )
    )
    dom = "medway.example.gov.uk"
    out.append(
        Doc(
            "cpp_form_pdf",
            "pdf",
            "E06000035",
            "Medway Council",
            dom,
            d(2026, 11, 5),
            sw("Folake Adeyemi", dom, mob(404)),
            "supported_accommodation",
            "planned",
            "long_term",
            d(2026, 11, 30),
            [
                Child(
                    "Grace",
                    "Oyelaran",
                    "female",
                    d(2009, 4, 4),
                    legal="C2",
                    ref="7707123",
                    school="Chatham Rise Sixth Form",
                    school_year="Year 12",
                    ft=[("aunt", "weekly", False, "Aunt - weekly, Grace visits her on Sundays.")],
                    history=4,
                    health="Sickle cell disease; hydroxyurea daily; haematology every 3 months.",
                    risks="sh=N cse=H cce=N dr=N ed=N mi=H ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            note="16+ move; history table of four; sickle cell (health, not risk)",
        )
    )
    dom = "southend.example.gov.uk"
    out.append(
        Doc(
            "cpp_form_pdf",
            "pdf",
            "E06000033",
            "Southend-on-Sea City Council",
            dom,
            d(2026, 10, 12),
            sw("Natalie Groves", dom, mob(405)),
            "fostering",
            "planned",
            "permanence",
            d(2027, 1, 4),
            [
                Child(
                    "Ethan",
                    "Moss",
                    "male",
                    d(2016, 5, 19),
                    legal="E1",
                    ref="3304561",
                    school="Prittlewell Green Primary School",
                    school_year="Year 5",
                    ft=[
                        (
                            "birth mother",
                            "less_often",
                            True,
                            "Birth mother - supervised visits three times a year.",
                        )
                    ],
                    history=2,
                    health="Foetal alcohol spectrum disorder suspected, assessment booked; otherwise well.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=N hsb=S fs=N an=N oce=N",
                )
            ],
            note="placement order, permanence; suspected HSB; a diagnosis named after alcohol is not substance misuse",
        )
    )
    return out


def camhs() -> list[Doc]:
    out = []
    dom = "sandwellchildrenstrust.example.org.uk"
    out.append(
        Doc(
            "camhs_resi_docx",
            "docx",
            "E08000028",
            "Sandwell Children's Trust",
            dom,
            d(2026, 10, 22),
            sw("Jasmine Clarke", dom, mob(501)),
            "residential",
            "planned",
            "long_term",
            d(2026, 11, 5),
            [
                Child(
                    "Skye",
                    "Hollins",
                    "female",
                    d(2011, 11, 11),
                    legal="C2",
                    ref="2287341",
                    school="Tividale Grange Academy",
                    school_year="Year 10",
                    ft=[
                        (
                            "mum",
                            "weekly",
                            True,
                            "Mum - weekly, supervised, at the trust's family centre.",
                        )
                    ],
                    history=6,
                    health="Complex PTSD; emerging emotionally unstable personality traits (not diagnosed). Alcohol-related neurodevelopmental disorder (ARND) diagnosed at six. Sertraline 100mg.",
                    risks="sh=P cse=S cce=N dr=N ed=H mi=P ph=P hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person(
                "Paul Bevan", "Access to Resources Officer", "paul.bevan@" + dom, land(501)
            ),
            note="children's trust names the LA; Eclipse ID; question-and-answer risks; ARND is not substance misuse; CAMHS clinician is not the SW",
            ref_label="Eclipse ID",
            twist={
                "occupancy": "Solo or with one other young person of a similar age",
                "camhs": ("Dr Helen Marsh", "Consultant Clinical Psychologist, CAMHS", land(551)),
            },
        )
    )
    dom = "worcschildrenfirst.example.org.uk"
    out.append(
        Doc(
            "camhs_resi_docx",
            "docx",
            "E10000034",
            "Worcestershire Children First",
            dom,
            d(2026, 11, 16),
            sw("Ben Hadley", dom, mob(502)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 17),
            [
                Child(
                    "Bradley",
                    "Cotterill",
                    "male",
                    d(2010, 2, 26),
                    legal="C1",
                    ref="LL-4409182",
                    school="Wyre Vale Pupil Referral Unit",
                    school_year="Year 11",
                    ft=[
                        (
                            "grandmother",
                            "fortnightly",
                            False,
                            "Grandmother - fortnightly, unsupervised, at her flat.",
                        )
                    ],
                    no_contact=[("brother", "No contact with his brother Dean (bail conditions).")],
                    history=8,
                    health="Neonatal abstinence syndrome at birth (mother's opiate use in pregnancy). ADHD and conduct disorder; CAMHS have discharged him.",
                    risks="sh=N cse=N cce=P dr=P ed=N mi=P ph=P hsb=N fs=H an=N oce=S",
                )
            ],
            referrer=Person(
                "Leanne Price", "Placement Commissioning Officer", "leanne.price@" + dom, land(502)
            ),
            manager=Person("Mark Tolley", "Head of Service", None, land(503)),
            note="sibling's arson and robbery are not the child's; a condition named after drug withdrawal is not substance misuse; Liquidlogic ID",
            ref_label="Liquidlogic ID",
            twist={
                "sibling_risk": "His older brother Dean (19) has convictions for arson and robbery; Dean is not part of this referral."
            },
        )
    )
    dom = "sloughchildrenfirst.example.org.uk"
    out.append(
        Doc(
            "camhs_resi_docx",
            "docx",
            "E06000039",
            "Slough Children First",
            dom,
            d(2026, 11, 18),
            sw("Anjali Mehta", dom, mob(504)),
            "residential",
            "planned",
            None,
            d(2026, 12, 7),
            [
                Child(
                    "Maya",
                    "Kaur-Gill",
                    "female",
                    d(2012, 8, 8),
                    legal="V2",
                    ref="118204",
                    school="Langley Fields School",
                    school_year="Year 9",
                    ft=None,
                    history=1,
                    health="Anorexia nervosa; under the community eating disorder service (CEDS); weighed weekly; nasogastric feeding plan if weight drops.",
                    risks="sh=P cse=N dr=N ed=P mi=N",
                )
            ],
            note="gaps: duration, family time, six risks; eating disorder present with detail",
            ref_label="Paris ID",
            twist={"camhs": ("Lauren Fry", "CEDS Nurse Specialist", land(554))},
        )
    )
    dom = "togetherforchildren.example.org.uk"
    out.append(
        Doc(
            "camhs_resi_docx",
            "docx",
            "E08000024",
            "Together for Children - Sunderland",
            dom,
            d(2026, 11, 9),
            sw("Gary Lowther", dom, mob(505)),
            "residential",
            "planned",
            "long_term",
            d(2026, 11, 30),
            [
                Child(
                    "Connor",
                    "Ridley",
                    "male",
                    d(2013, 6, 21),
                    legal="C2",
                    ref="440981",
                    school="Castletown Bridge Academy",
                    school_year="Year 8",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        ("dad", "less_often", False, "Dad - every school holiday, unsupervised."),
                    ],
                    history=3,
                    health="Foetal valproate spectrum disorder (his mother took sodium valproate for epilepsy in pregnancy); learning disability; autism.",
                    risks="sh=S cse=N cce=N dr=N ed=N mi=N ph=P hsb=S fs=N an=P oce=N",
                )
            ],
            referrer=Person(
                "Diane Rutter", "Resource Panel Coordinator", "diane.rutter@" + dom, land(505)
            ),
            note="a children's trust for Sunderland; a syndrome named after a medicine; animals risk present",
            ref_label="TfC case no.",
        )
    )
    return out


def uasc() -> list[Doc]:
    out = []
    dom = "portsmouth.example.gov.uk"
    out.append(
        Doc(
            "uasc_referral_pdf",
            "pdf",
            "E06000044",
            "Portsmouth City Council",
            dom,
            d(2026, 11, 8),
            sw("Eleanor Vickers", dom, mob(601)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 10),
            [
                Child(
                    "Dawit",
                    "Tesfaye",
                    "male",
                    d(2009, 1, 1),
                    legal="V2",
                    ref="2291047",
                    school=None,
                    ft=[
                        (
                            "cousin",
                            "weekly",
                            False,
                            "Cousin (in Birmingham) - weekly phone or video call.",
                        )
                    ],
                    no_contact=[
                        (
                            "parents",
                            "No contact with parents: whereabouts unknown, last heard of in Sudan.",
                        )
                    ],
                    history=1,
                    health="Scabies treated on arrival; TB screening booked; low mood, sleeps poorly.",
                    risks="sh=N cse=N cce=S dr=N ed=N mi=S ph=N hsb=N fs=N an=N oce=N",
                    risk_text={
                        "to_child/missing": "Carers think Dawit slipped out twice at night to meet men he travelled with; not confirmed."
                    },
                )
            ],
            ref_label="LA ID",
            note="Home Office and port references are not the LA's; claimed DOB; not yet in school (asked)",
            twist={
                "ho_ref": "T1198372",
                "port_ref": "DVR/26/11/0412",
                "language": "Eritrean; Tigrinya (some Arabic)",
                "journey": "Arrived by small boat at Dover on 2 November 2026; transferred under the National Transfer Scheme.",
                "history_note": "He has been with emergency foster carers since 6 November.",
            },
        )
    )
    dom = "croydon.example.gov.uk"
    out.append(
        Doc(
            "uasc_referral_pdf",
            "pdf",
            "E09000008",
            "London Borough of Croydon",
            dom,
            d(2026, 11, 13),
            sw("Michael Asante", dom, land(602)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 13),
            [
                Child(
                    "Ahmad",
                    "Zazai",
                    "male",
                    None,
                    age=15,
                    legal="V2",
                    ref="558031",
                    school=None,
                    ft=[("uncle", "monthly", None, "Uncle (in Afghanistan) - monthly phone call.")],
                    history=1,
                    health="Healthy on initial health assessment; dental pain.",
                    risks="sh=H cse=N cce=S dr=N ed=N ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person("Jane Cole", "UASC Duty Worker", "uasc.duty@" + dom, land(612)),
            ref_label="LA ref",
            note="DOB unknown (age 15 expected); duty worker is not the SW; missing-from-care risk not stated",
            twist={
                "ho_ref": "A2201933",
                "port_ref": "",
                "language": "Afghan; Pashto (some Dari)",
                "journey": "Walked into Lunar House on 12 November 2026; placed overnight by the out-of-hours team.",
                "history_note": "One night in an emergency bed arranged by the out-of-hours team.",
            },
        )
    )
    dom = "hillingdon.example.gov.uk"
    out.append(
        Doc(
            "uasc_referral_pdf",
            "pdf",
            "E09000017",
            "LB Hillingdon",
            dom,
            d(2026, 10, 26),
            sw("Shanice Forde", dom, mob(603)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 2),
            [
                Child(
                    "Shilan",
                    "Rasul",
                    "female",
                    d(2010, 3, 15),
                    legal="V2",
                    ref="ICS-330911",
                    school="Harefield Oaks Academy",
                    school_year="Year 11",
                    ft=[
                        ("brother", "weekly", False, "Brother (18, in Leeds) - weekly video call.")
                    ],
                    history=2,
                    health="Anaemia (iron tablets). Nightmares; refugee mental health service referral made.",
                    risks="sh=H cse=P cce=N dr=N ed=N mi=S ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            ref_label="ICS no.",
            note="trafficked girl: CSE present; 'LB' abbreviation",
            twist={
                "ho_ref": "S9920014",
                "port_ref": "HTR/26/0932",
                "language": "Iraqi Kurdish; Sorani",
                "journey": "Found at Heathrow in September 2026 with an adult who was not her relative.",
            },
        )
    )
    dom = "southampton.example.gov.uk"
    out.append(
        Doc(
            "uasc_referral_pdf",
            "pdf",
            "E06000045",
            "Southampton City Council",
            dom,
            d(2026, 11, 11),
            sw("Peter Lyle", dom, mob(604)),
            "supported_accommodation",
            "planned",
            "short_term",
            None,
            [
                Child(
                    "Yonas",
                    "Berhe",
                    "male",
                    d(2008, 9, 1),
                    legal="V2",
                    ref="770215",
                    school="Southampton City College",
                    school_year="ESOL Entry 2",
                    ft=None,
                    history=2,
                    health="No health needs known.",
                    risks="sh=N cse=N cce=N dr=N mi=N",
                )
            ],
            ref_label="LA ref",
            note="gaps: start date, family time, six risks",
            twist={
                "ho_ref": "E4411092",
                "port_ref": "",
                "language": "Ethiopian; Amharic",
                "journey": "Arrived in 2025; in foster care since; now 17.",
            },
        )
    )
    return out


def short_breaks() -> list[Doc]:
    out = []
    dom = "telford.example.gov.uk"
    out.append(
        Doc(
            "short_break_txt",
            "txt",
            "E06000020",
            "Telford & Wrekin Council",
            dom,
            d(2026, 10, 20),
            sw("Rhian Pugh", dom, mob(701)),
            "fostering",
            "planned",
            "respite",
            d(2026, 11, 13),
            [
                Child(
                    "Oscar",
                    "Bennion",
                    "male",
                    d(2015, 9, 9),
                    legal="V3",
                    ref="43321",
                    school="Wrekin View Special School",
                    school_year="Class 6 (Year 6)",
                    ft=[
                        (
                            "mum",
                            "daily",
                            None,
                            "Mum - daily phone call at bedtime during each stay.",
                        )
                    ],
                    history=0,
                    health="Autism, severe learning disability, non-verbal; epilepsy (buccal midazolam rescue medication).",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=P hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person("Cath Owen", "Short Breaks Coordinator", "cath.owen@" + dom, land(701)),
            note="short breaks (V3, respite); Y/N prompts; not looked after before",
        )
    )
    dom = "cheshireeast.example.gov.uk"
    out.append(
        Doc(
            "short_break_txt",
            "txt",
            "E06000049",
            "Cheshire East Council",
            dom,
            d(2026, 11, 5),
            sw("Philippa Moult", dom, mob(702)),
            "residential",
            "planned",
            "respite",
            d(2026, 12, 4),
            [
                Child(
                    "Finley",
                    "Yates",
                    "male",
                    d(2013, 4, 2),
                    legal="V4",
                    ref="61820",
                    school="Springfield Brook School",
                    school_year="Year 9",
                    ft=[("parents", "daily", None, "Parents - daily FaceTime before bed.")],
                    history=0,
                    health="Cerebral palsy (wheelchair user); learning disability.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=P hsb=N fs=N an=S oce=N",
                ),
                Child(
                    "Harrison",
                    "Yates",
                    "male",
                    d(2016, 12, 12),
                    legal="V4",
                    ref="61821",
                    school="Springfield Brook School",
                    school_year="Year 5",
                    ft=[("parents", "daily", None, "Parents - daily FaceTime before bed.")],
                    history=0,
                    health="Autism; PEG fed; gastrostomy care by trained staff.",
                    risks=ALL_N,
                ),
            ],
            referrer=Person(
                "Gill Tanner", "Short Breaks Coordinator", "gill.tanner@" + dom, land(702)
            ),
            manager=Person("Andrew Leach", "Chair, Short Breaks Panel"),
            note="two brothers in one short-break request (V4), per-child sections",
            twist={"pattern": "two nights every three weeks, brothers together"},
        )
    )
    dom = "warrington.example.gov.uk"
    out.append(
        Doc(
            "short_break_txt",
            "txt",
            "E06000007",
            "Warrington Borough Council",
            dom,
            d(2026, 11, 9),
            sw("Hayley Booth", dom, mob(703)),
            "fostering",
            "planned",
            "respite",
            None,
            [
                Child(
                    "Ava",
                    "Lowe",
                    "female",
                    d(2011, 5, 30),
                    legal="V3",
                    ref="90014",
                    school="Woolston Brook School",
                    school_year="Year 10",
                    ft=None,
                    history=None,
                    health="Down's syndrome; hypothyroidism (levothyroxine).",
                    risks="sh=H ph=N dr=N",
                )
            ],
            note="gaps: start, family time, placement history, eight risks",
        )
    )
    dom = "iow.example.gov.uk"
    out.append(
        Doc(
            "short_break_txt",
            "txt",
            "E06000046",
            "IOW Council",
            dom,
            d(2026, 10, 29),
            sw("Martin Dore", dom, mob(704)),
            "fostering",
            "planned",
            "respite",
            d(2026, 11, 20),
            [
                Child(
                    "Theo",
                    "Sprake",
                    "male",
                    d(2018, 2, 14),
                    legal=None,
                    ref="20771",
                    school="Medina Vale Primary School",
                    school_year="Year 3",
                    ft=[("mum", "daily", None, "Mum - daily call at teatime during each stay.")],
                    history=0,
                    health="ADHD and global developmental delay; melatonin at night.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=S hsb=N fs=N an=N oce=N",
                )
            ],
            note="legal status left blank (asked); 'IOW Council' abbreviation",
        )
    )
    return out


def step_downs() -> list[Doc]:
    out = []
    dom = "essex.example.gov.uk"
    out.append(
        Doc(
            "step_down_eml",
            "eml",
            "E10000012",
            "Essex County Council",
            dom,
            d(2026, 11, 2),
            sw("Daniel Osei", dom, mob(801)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 12, 14),
            [
                Child(
                    "Kai",
                    "Whitmore",
                    "male",
                    d(2012, 7, 19),
                    legal="C2",
                    ref="1844320",
                    school="Braintree Vale Academy",
                    school_year="Year 9",
                    ft=[
                        ("mum", "fortnightly", True, "Mum - fortnightly, supervised."),
                        ("sister", "monthly", False, "Sister - monthly, unsupervised."),
                    ],
                    history=4,
                    health="ADHD (medicated); otherwise well.",
                    risks="sh=H cse=N cce=H dr=H ed=N mi=H ph=H hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person(
                "Lauren Pike", "Commissioning Officer", "lauren.pike@" + dom, land(801)
            ),
            ref_label="Mosaic ID",
            note="commissioning officer's email, first-name sign-off; SW cc'd; undated PDF form attached (email date is the referral date); risks all historical",
            twist={
                "progress": "Kai has been settled in his children's home for 14 months with no incidents since early 2024.",
                "body": "He has been incident-free since 2024 and his IRO agrees he is ready.",
            },
        )
    )
    dom = "suffolk.example.gov.uk"
    out.append(
        Doc(
            "step_down_eml",
            "eml",
            "E10000029",
            "Suffolk County Council",
            dom,
            d(2026, 10, 27),
            sw("Francesca Lambert", dom, mob(802)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 30),
            [
                Child(
                    "Darcy",
                    "Gooding",
                    "female",
                    d(2014, 9, 3),
                    legal="C2",
                    ref="4470921",
                    school="Stowmarket Meadows High School",
                    school_year="Year 7",
                    ft=[
                        (
                            "nan and grandad",
                            "weekly",
                            False,
                            "Nan and grandad - every Saturday, unsupervised.",
                        )
                    ],
                    history=3,
                    health="No health needs.",
                    risks="sh=N cse=N cce=N dr=N ed=H mi=N ph=H hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person("Tom Garrard", "Placements Officer", "tom.garrard@" + dom, land(802)),
            note="the form attached is a Word document; placements officer signs with a first name",
            twist={
                "attach": "docx",
                "current": "Residential children's home",
                "dept": "Placements Team",
            },
        )
    )
    dom = "surreycc.example.gov.uk"
    out.append(
        Doc(
            "step_down_eml",
            "eml",
            "E10000030",
            "Surrey County Council",
            dom,
            d(2026, 11, 12),
            sw("Oliver Brandt", dom, mob(803)),
            "fostering",
            "planned",
            "long_term",
            None,
            [
                Child(
                    "Jamal",
                    "Roberts",
                    "male",
                    d(2011, 3, 12),
                    legal="C2",
                    ref="2039841",
                    school="Guildford Park Academy",
                    school_year="Year 10",
                    ft=None,
                    history=5,
                    health="Asthma; eczema.",
                    risks="sh=H cce=H dr=S mi=H ph=H",
                )
            ],
            referrer=Person(
                "Nicola Reeve", "Commissioning Officer", "nicola.reeve@" + dom, land(803)
            ),
            ref_label="Child ID",
            note="gaps: move date to be agreed, family time, six risks",
            twist={
                "progress": "Jamal's behaviour has settled over the last year at his residential home."
            },
        )
    )
    dom = "devon.example.gov.uk"
    out.append(
        Doc(
            "step_down_eml",
            "eml",
            "E10000008",
            "Devon County Council",
            dom,
            d(2026, 11, 18),
            sw("Chloe Yeo", dom, mob(804)),
            "fostering",
            "planned",
            "long_term",
            d(2027, 1, 6),
            [
                Child(
                    "Scarlett",
                    "Pengelly",
                    "female",
                    d(2013, 12, 20),
                    legal="C2",
                    ref="6672315",
                    school="Tiverton Exe Valley School",
                    school_year="Year 8",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        ("brother", "fortnightly", False, "Brother - fortnightly, unsupervised."),
                    ],
                    history=3,
                    health="Well; glasses.",
                    risks="sh=H cse=N cce=N dr=N ed=N mi=H ph=H hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person(
                "Sian Brock", "Placement Commissioning Officer", "sian.brock@" + dom, land(804)
            ),
            ref_label="Care First ID",
            note="step-down; history in words (third placement)",
            twist={
                "progress": "Scarlett has been in residential care for ten months and has made very good progress.",
                "body": "She is in her third placement and would love a family with pets.",
            },
        )
    )
    return out


def remands() -> list[Doc]:
    out = []
    dom = "gateshead.example.gov.uk"
    out.append(
        Doc(
            "remand_pace_eml",
            "eml",
            "E08000037",
            "Gateshead",
            dom,
            d(2026, 11, 14),
            sw("Laura Tait", dom, mob(901)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 14),
            [
                Child(
                    "Lewis",
                    "Charlton",
                    "male",
                    d(2010, 8, 14),
                    legal="J2",
                    ref="330875",
                    school="Heworth Dene Academy",
                    school_year="Year 11",
                    ft=None,
                    history=0,
                    health="No known health needs.",
                    risks="sh=N cce=P dr=P mi=P ph=P",
                )
            ],
            referrer=Person("Dave Elliott", "EDT Senior Practitioner", "edt@" + dom, land(901)),
            ref_label="Person ref",
            note="Saturday-night EDT email: PACE bed tonight; EDT phone is not the SW's; LA only in the email domain; gaps",
            twist={
                "offence": "Arrested this afternoon for robbery; interviewed and charged; police will not release him to his mum's address.",
                "mailbox_name": "Gateshead EDT",
                "length": "short-term, until he appears at court on Monday",
                "time": (22, 14),
            },
        )
    )
    dom = "bolton.example.gov.uk"
    out.append(
        Doc(
            "remand_pace_eml",
            "eml",
            "E08000001",
            "Bolton",
            dom,
            d(2026, 11, 18),
            sw("Hannah Kay", dom, mob(902)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 18),
            [
                Child(
                    "Tyrese",
                    "Okoye",
                    "male",
                    d(2009, 11, 3),
                    legal="J1",
                    ref="1187420",
                    school="Bolton Moor College",
                    school_year="Level 1 Construction",
                    ft=[("mum", "weekly", True, "Mum - weekly visit, supervised by staff.")],
                    history=2,
                    health="Knife wound to the leg in August 2026, healed.",
                    risks="sh=N cse=N cce=H dr=S ed=N mi=H ph=P hsb=N fs=N an=N oce=N",
                )
            ],
            referrer=Person("Craig Leyland", "YJS Court Officer", "craig.leyland@" + dom, mob(912)),
            ref_label="Case ID",
            note="remand from court by the YJS court officer (not the SW); brother's county lines offending is not the child's",
            twist={
                "offence": "Remanded today for wounding with intent; trial set for January. Bail refused.",
                "sibling_risk": "His older brother is in custody for county lines offences.",
                "length": "short-term: remand until trial (about 8 weeks)",
                "time": (16, 40),
                "subject": "Remand to LA accommodation - Tyrese Okoye - needed tonight",
                "sig": "Bolton Youth Justice Service",
                "call_line": "I am at court until 5.30pm (07700 900912); after that please ring EDT on 01632 960999.",
            },
        )
    )
    dom = "lambeth.example.gov.uk"
    out.append(
        Doc(
            "remand_pace_eml",
            "eml",
            "E09000022",
            "Lambeth",
            dom,
            d(2026, 10, 31),
            sw("Chloe Barnes", dom, mob(903), email=False),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 10, 31),
            [
                Child(
                    "Marcus",
                    "Ofori",
                    "male",
                    d(2011, 2, 9),
                    legal="J2",
                    ref="LAS-664102",
                    school="Brixton Hill Academy",
                    school_year="Year 10",
                    ft=None,
                    history=None,
                    health="Asthma (inhaler at home).",
                    risks="ph=P cce=S mi=H",
                )
            ],
            referrer=Person(
                "Femi Adebola", "Out of Hours Social Worker", "ooh.duty@" + dom, land(903)
            ),
            ref_label="LAS ID",
            note="late Saturday; SW has a mobile but no email; gaps (family time, history, eight risks)",
            twist={
                "offence": "Arrested for possession with intent to supply; PACE bed needed until interview tomorrow.",
                "length": "short-term - overnight until released or charged tomorrow",
                "time": (23, 40),
                "sw_line": "He is open to the Assessment team; allocated SW Chloe Barnes (mobile 07700 900903) - I have no email for her.",
                "mailbox_name": "Lambeth Out of Hours",
            },
        )
    )
    dom = "warwickshire.example.gov.uk"
    out.append(
        Doc(
            "remand_pace_eml",
            "eml",
            "E10000031",
            "Warwickshire County Council",
            dom,
            d(2026, 11, 20),
            sw("Amrit Sohal", dom, mob(904)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 20),
            [
                Child(
                    "Kieran",
                    "Bostock",
                    "male",
                    d(2009, 6, 25),
                    legal="J1",
                    ref="2875510",
                    school="Nuneaton Rise College",
                    school_year="Level 2 Motor Vehicle",
                    ft=[
                        (
                            "mum",
                            "several_times_a_week",
                            False,
                            "Mum - visits twice a week, unsupervised.",
                        )
                    ],
                    no_contact=[
                        ("co-defendants", "No contact with his co-defendants (remand condition).")
                    ],
                    history=0,
                    health="No health needs.",
                    risks="sh=N cse=N cce=P dr=P ed=N mi=H ph=P hsb=N fs=N an=N oce=P",
                )
            ],
            referrer=Person(
                "Jo Whitehead", "Youth Justice Worker", "jo.whitehead@" + dom, mob(914)
            ),
            ref_label="Mosaic",
            note="Youth Court remand to foster care 'from this evening'; first time in care (0)",
            twist={
                "offence": "Remanded to local authority accommodation by the Youth Court today.",
                "when": "this evening",
                "length": "short term remand (next hearing 18/12/2026)",
                "time": (16, 5),
                "call_line": "Please ring me on 07700 900914 until 6pm, then the EDT on 01632 960998.",
                "sw_line": "Kieran's social worker is Amrit Sohal (amrit.sohal@warwickshire.example.gov.uk, 07700 900904); Amrit is in court with him now.",
            },
        )
    )
    return out


def threads() -> list[Doc]:
    out = []
    dom = "hartlepool.example.gov.uk"
    out.append(
        Doc(
            "outlook_thread_eml",
            "eml",
            "E06000001",
            "Hartlepool",
            dom,
            d(2026, 11, 10),
            sw("Kirsty Jobling", dom, mob(1001)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 11),
            [
                Child(
                    "Jack",
                    "Ormston",
                    "male",
                    d(2015, 4, 3),
                    legal="C1",
                    ref="5502117",
                    school="Throston Grange Primary School",
                    school_year="Year 6",
                    ft=[("mum", "weekly", True, "Mum - weekly, supervised.")],
                    history=1,
                    health="No health needs.",
                    risks=ALL_N,
                )
            ],
            ref_label="ICS",
            note="reply correcting the date of birth above the quoted original; the SW signs with a first name",
            twist={
                "subject": "Placement request - Jack O (11yrs)",
                "orig_dob": {"Jack": "03/04/2014"},
                "top": "Apologies - I gave the wrong DOB for Jack below. It is 03/04/2015, not 03/04/2014.\n\nKirsty",
                "top_from": "Kirsty Jobling <kirsty.jobling@hartlepool.example.gov.uk>",
                "orig_from": "Kirsty Jobling",
                "orig_signoff": "Kirsty",
                "time": (11, 48),
                "orig_time": "10:05",
            },
        )
    )
    dom = "york.example.gov.uk"
    out.append(
        Doc(
            "outlook_thread_eml",
            "eml",
            "E06000014",
            "City of York Council",
            dom,
            d(2026, 11, 6),
            sw("Priya Nair", dom, mob(1002)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 20),
            [
                Child(
                    "Liam",
                    "Hepworth",
                    "male",
                    d(2013, 10, 1),
                    legal="C2",
                    ref="900431",
                    school="Huntington Park School",
                    school_year="Year 8",
                    ft=[("dad", "monthly", False, "Dad - monthly, unsupervised.")],
                    no_contact=[
                        (
                            "mum",
                            "No contact with mum (the children's choice, respected by the court).",
                        )
                    ],
                    history=2,
                    health="Well.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=H hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Sophie",
                    "Hepworth",
                    "female",
                    d(2016, 3, 5),
                    legal="C2",
                    ref="900432",
                    school="Huntington Park Primary School",
                    school_year="Year 5",
                    ft=[("dad", "monthly", False, "Dad - monthly, unsupervised.")],
                    no_contact=[
                        (
                            "mum",
                            "No contact with mum (the children's choice, respected by the court).",
                        )
                    ],
                    history=2,
                    health="Coeliac disease (gluten-free diet).",
                    risks=ALL_N,
                ),
            ],
            ref_label="LCS",
            note="forward by the placement officer (outer date), with the LCS form attached; SW in the quoted original",
            twist={
                "subject": "Sibling referral - Liam and Sophie H",
                "forward": True,
                "attach_docx": True,
                "orig_days_before": 1,
                "top": "Forwarding as discussed - form attached. Priya is the SW.\n\nThanks\nMel\nPlacements Officer\n01632 960002",
                "top_from": "Mel Atkinson <mel.atkinson@york.example.gov.uk>",
                "orig_from": "Priya Nair",
                "orig_signoff": "Priya",
            },
        )
    )
    dom = "middlesbrough.example.gov.uk"
    out.append(
        Doc(
            "outlook_thread_eml",
            "eml",
            "E06000002",
            "Middlesbrough",
            dom,
            d(2026, 11, 9),
            sw("Lisa Fairley", dom, mob(1003)),
            "parent_and_child",
            "planned",
            "short_term",
            d(2026, 11, 23),
            [
                Child(
                    "Ruby-Leigh",
                    "Hart",
                    "female",
                    d(2026, 10, 28),
                    legal="C1",
                    ref="7713302",
                    school=None,
                    ft=[
                        (
                            "father",
                            "weekly",
                            True,
                            "Father - weekly, supervised at the contact centre.",
                        )
                    ],
                    history=0,
                    health="Born at 36 weeks; feeding well; no ongoing health needs.",
                    risks="",
                )
            ],
            parent={"name": "Shannon Hart", "age": "19"},
            ref_label="Mosaic",
            note="parent-and-child: the mother's self-harm, cannabis and missing history are hers; manager's reply corrects the start date; baby's risks and school asked",
            twist={
                "subject": "P&C referral - Shannon and baby Ruby-Leigh",
                "orig_start": "16/11/2026",
                "top": "Correction to Lisa's email below: the court has moved the hearing, so the placement is needed from 23/11/2026, not 16/11/2026. Everything else stands.\n\nJune Marley\nTeam Manager, Children's Services\n01632 960003",
                "top_from": "June Marley <june.marley@middlesbrough.example.gov.uk>",
                "cc": "Lisa Fairley <lisa.fairley@middlesbrough.example.gov.uk>",
                "orig_from": "Lisa Fairley",
                "orig_signoff": "Lisa",
                "orig_days_before": 3,
                "opening": "Please could you look for a parent and child assessment placement (12 weeks) for mum and baby below.",
                "parent": "Mum: Shannon Hart, 19, a care leaver. Shannon self-harmed as a teenager (none since 2024), used cannabis until her pregnancy and went missing often when she was in care herself. She is committed to the assessment.",
            },
        )
    )
    dom = "doncasterchildrenstrust.example.org.uk"
    out.append(
        Doc(
            "outlook_thread_eml",
            "eml",
            "E08000017",
            "Doncaster Children's Services Trust",
            dom,
            d(2026, 11, 16),
            sw("Nathan Boyes", dom, mob(1004)),
            "fostering",
            "emergency",
            "long_term",
            d(2026, 11, 16),
            [
                Child(
                    "Tayla",
                    "Marsden",
                    "female",
                    d(2014, 2, 11),
                    legal="V2",
                    ref="384120",
                    school="Balby Carr Bank School",
                    school_year="Year 8",
                    ft=[("grandma", "weekly", False, "Grandma - weekly, unsupervised.")],
                    history=1,
                    health="Well.",
                    risks="sh=N cse=S cce=N dr=N ed=N mi=P ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            ref_label="Child ID",
            note="Monday reply from the allocated SW (a man called Nathan) above a Saturday EDT email: the reply corrects duration to long term; the weekend bed is the first placement",
            twist={
                "subject": "EDT referral - Tayla M - needs placement from Monday",
                "orig_duration": "Short term",
                "orig_days_before": 2,
                "top": "Morning - I am Tayla's allocated social worker. EDT's email below says short term: please note this will be long term, the plan is for her to remain in care. She is still in the weekend emergency bed and needs to move today.\n\nNathan Boyes\nSocial Worker, Children in Care\n07700 900004 / nathan.boyes@doncasterchildrenstrust.example.org.uk",
                "top_from": "Nathan Boyes <nathan.boyes@doncasterchildrenstrust.example.org.uk>",
                "orig_from": "Emergency Duty Team",
                "orig_signoff": "Gail (EDT)",
                "sw_in_body": False,
                "time": (8, 52),
                "orig_time": "22:17",
            },
        )
    )
    dom = "luton.example.gov.uk"
    out.append(
        Doc(
            "outlook_thread_eml",
            "eml",
            "E06000032",
            "Luton",
            dom,
            d(2026, 11, 4),
            sw("Zainab Iqbal", dom, mob(1005)),
            "fostering",
            "planned",
            "short_term",
            d(2026, 11, 18),
            [
                Child(
                    "Zara",
                    "Hussain",
                    "female",
                    d(2014, 8, 21),
                    legal="C1",
                    ref="210093",
                    school="Stopsley Ridge High School",
                    school_year="Year 7",
                    ft=None,
                    history=None,
                    health="Asthma.",
                    risks="sh=N cse=N mi=N ph=N",
                )
            ],
            ref_label="Person ID",
            note="duty mailbox reply correcting the SW's phone number above the original; gaps (family time, history, seven risks)",
            twist={
                "subject": "Referral - Zara Hussain",
                "orig_phone": "07700 900551",
                "top": "Please note the social worker's number below is wrong - Zainab's mobile is 07700 900005.\n\nChildren's Duty Team",
                "top_from": "Children's Duty <childrens.duty@luton.example.gov.uk>",
                "orig_from": "Children's Duty",
                "orig_signoff": "Duty Team",
                "orig_days_before": 0,
                "orig_time": "09:10",
                "time": (9, 44),
            },
        )
    )
    return out


def htmls() -> list[Doc]:
    out = []
    dom = "southwark.example.gov.uk"
    out.append(
        Doc(
            "html_only_eml",
            "eml",
            "E09000028",
            "Southwark",
            dom,
            d(2026, 11, 11),
            sw("Adaeze Nwosu", dom, mob(1101)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 25),
            [
                Child(
                    "Precious",
                    "Adebayo",
                    "female",
                    d(2012, 1, 25),
                    legal="C2",
                    ref="1456601",
                    school="Peckham Rye Girls' Academy",
                    school_year="Year 9",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        ("brothers", "fortnightly", False, "Brothers - fortnightly, unsupervised."),
                    ],
                    history=3,
                    health="Well; vitamin D deficiency.",
                    risks="sh=N cse=S cce=N dr=N ed=N mi=P ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            ref_label="Mosaic no.",
            note="HTML-only email from the SW herself; LA only in the domain; signature block in HTML",
            twist={
                "from": "Adaeze Nwosu <adaeze.nwosu@southwark.example.gov.uk>",
                "subject": "Referral - Precious A (14) - long term foster",
                "sign_name": "Adaeze Nwosu",
                "sign_role": "Social Worker, Children Looked After Team",
                "sign_org": "Children's and Adults' Services",
                "sign_contact": "M: 07700 900101 | adaeze.nwosu@southwark.example.gov.uk",
            },
        )
    )
    dom = "enfield.example.gov.uk"
    out.append(
        Doc(
            "html_only_eml",
            "eml",
            "E09000010",
            "Enfield",
            dom,
            d(2026, 11, 3),
            sw("Georgia Pappas", dom, mob(1102)),
            "parent_and_child",
            "emergency",
            "short_term",
            d(2026, 11, 4),
            [
                Child(
                    "Harlow",
                    "Ross",
                    "female",
                    d(2026, 11, 1),
                    legal="V2",
                    ref="8830145",
                    school=None,
                    ft=[
                        (
                            "maternal grandmother",
                            "weekly",
                            True,
                            "Maternal grandmother - weekly, supervised.",
                        )
                    ],
                    no_contact=[("father", "No contact with father (non-molestation order).")],
                    history=0,
                    health="Newborn, healthy; hip scan due.",
                    risks="",
                )
            ],
            parent={
                "name": "Chantelle Ross",
                "age": "22",
                "summary": "Chantelle uses heroin (on a methadone script since August), self-harmed in 2024, and is a victim of domestic abuse by the baby's father.",
            },
            ref_label="Child ref",
            note="parent-and-child in HTML: the mother's heroin use and self-harm are hers; the baby's risks and school are asked; no contact with father",
            twist={
                "from": "Georgia Pappas <georgia.pappas@enfield.example.gov.uk>",
                "subject": "URGENT P&C placement needed tomorrow - Chantelle and baby Harlow",
                "sign_name": "Georgia",
                "sign_role": "Senior Social Worker",
                "sign_org": "Enfield Children's Services",
                "sign_contact": "07700 900102",
                "sw_row": True,
            },
        )
    )
    dom = "towerhamlets.example.gov.uk"
    out.append(
        Doc(
            "html_only_eml",
            "eml",
            "E09000030",
            "LBTH",
            dom,
            d(2026, 11, 19),
            sw("Rumana Begum", dom, mob(1103)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 19),
            [
                Child(
                    "Ibrahim",
                    "Rahman",
                    "male",
                    d(2010, 7, 7),
                    legal="C1",
                    ref="LBTH-559210",
                    school="Mile End Grove School",
                    school_year="Year 11",
                    ft=[("mum", "weekly", False, "Mum - weekly, unsupervised.")],
                    history=3,
                    health="No known needs.",
                    risks="cce=P mi=P ph=P dr=S",
                )
            ],
            referrer=Person("Tom Raines", "Placement Officer", "tom.raines@" + dom, land(1103)),
            ref_label="Framework-i ID",
            note="initials LBTH in the signature; placement officer sends, SW in the table; seven risks not stated",
            twist={
                "from": "Tom Raines <tom.raines@towerhamlets.example.gov.uk>",
                "subject": "Emergency residential - Ibrahim R - today",
                "sign_name": "Tom",
                "sign_role": "Placement Officer",
                "sign_org": "LBTH Children's Social Care",
                "sign_contact": "01632 960103",
                "sw_row": True,
            },
        )
    )
    dom = "herefordshire.example.gov.uk"
    out.append(
        Doc(
            "html_only_eml",
            "eml",
            "E06000019",
            "Herefordshire Council",
            dom,
            d(2026, 10, 23),
            sw("Rosie Preece", dom, mob(1104)),
            "fostering",
            "planned",
            "short_term",
            d(2026, 11, 6),
            [
                Child(
                    "Alfie",
                    "Powell",
                    "male",
                    d(2017, 1, 30),
                    legal="V2",
                    ref="6612084",
                    school="Leominster Brook Primary School",
                    school_year="Year 4",
                    ft=[
                        (
                            "mum",
                            "several_times_a_week",
                            False,
                            "Mum - three evenings a week, unsupervised.",
                        )
                    ],
                    history=1,
                    health="Eczema; glasses.",
                    risks=ALL_N,
                )
            ],
            referrer=Person(
                "Sue Hammond", "Placement Finding Team", "placements@" + dom, land(1104)
            ),
            ref_label="Mosaic ID",
            note="placement-finding mailbox sender; SW in the table; all risks none known",
            twist={
                "from": "Placement Finding Team <placements@herefordshire.example.gov.uk>",
                "subject": "Short term fostering - Alfie P (9)",
                "sign_name": "Sue Hammond",
                "sign_role": "Placement Finding Team",
                "sign_org": "Herefordshire Council",
                "sign_contact": "01632 960104",
                "sw_row": True,
            },
        )
    )
    return out


PARENT_LABELS = {
    "to_child/self_harm": "Self-harm",
    "to_child/drug_alcohol": "Substance misuse",
    "to_child/missing": "Missing episodes",
    "to_child/sexual_exploitation": "CSE",
    "to_others/physical_harm": "Violence to others",
}


def pcs() -> list[Doc]:
    out = []
    dom = "newcastle.example.gov.uk"
    out.append(
        Doc(
            "pc_assessment_pdf",
            "pdf",
            "E08000021",
            "Newcastle City Council",
            dom,
            d(2026, 11, 6),
            sw("Helen Straughan", dom, mob(1201)),
            "parent_and_child",
            "planned",
            "short_term",
            d(2026, 11, 16),
            [
                Child(
                    "Isla",
                    "Armstrong",
                    "female",
                    d(2026, 10, 30),
                    legal="V2",
                    ref="8021773",
                    school=None,
                    ft=[("father", "fortnightly", True, "Father - fortnightly, supervised.")],
                    history=0,
                    health="Healthy newborn; jaundice resolved.",
                    risks=ALL_N,
                )
            ],
            parent={
                "name": "Kelsey Armstrong",
                "age": "17 (looked after by Newcastle)",
                "health": "Depression; anxiety.",
                "education": "Newcastle College (paused)",
                "history": "Kelsey has been looked after since 2022 and is in her fourth placement.",
                "risks": {
                    "to_child/drug_alcohol": ("present", "uses cannabis daily"),
                    "to_child/self_harm": ("historical", "cut her arms in 2023, none since 2024"),
                    "to_child/missing": ("present", "missing from her placement twice in October"),
                    "to_child/sexual_exploitation": ("historical", "CSE concerns in 2023, closed"),
                },
                "labels": PARENT_LABELS,
            },
            ref_label="Baby's LCS no.",
            note="a looked-after teenage mother: her age, history and risks are not the baby's; the baby's risks are none known; school asked",
        )
    )
    dom = "salford.example.gov.uk"
    out.append(
        Doc(
            "pc_assessment_pdf",
            "pdf",
            "E08000006",
            "Salford City Council",
            dom,
            d(2026, 10, 27),
            sw("Nia Roberts", dom, mob(1202)),
            "parent_and_child",
            "planned",
            "short_term",
            d(2026, 11, 9),
            [
                Child(
                    "Leo",
                    "Price",
                    "male",
                    d(2026, 9, 15),
                    legal="C1",
                    ref="3396204",
                    school=None,
                    ft=[
                        (
                            "mother",
                            "weekly",
                            True,
                            "Mother - weekly, supervised at the contact centre.",
                        )
                    ],
                    history=1,
                    health="Well; reflux (Gaviscon infant).",
                    risks="",
                )
            ],
            parent={
                "name": "Jordan Price",
                "age": "24",
                "gender": "Male",
                "health": "No health needs.",
                "education": "Works part time",
                "history": "Not looked after as a child.",
                "risks": {
                    "to_others/physical_harm": (
                        "present",
                        "domestic abuse towards Leo's mother (police call-outs 2025-26)",
                    ),
                    "to_child/drug_alcohol": ("historical", "cocaine use until 2024"),
                },
                "labels": PARENT_LABELS,
            },
            manager=Person("Angela Kirk", "Children's Guardian", None, land(1202)),
            ref_label="Mosaic ID",
            note="father-and-baby: the father's violence and past cocaine use are his; the baby is in foster care now (1 placement); the guardian's number is not the SW's; baby's risks not stated",
        )
    )
    dom = "stoke.example.gov.uk"
    out.append(
        Doc(
            "pc_assessment_pdf",
            "pdf",
            "E06000021",
            "Stoke-on-Trent City Council",
            dom,
            d(2026, 11, 4),
            sw("Kate Salt", dom, land(1203)),
            "parent_and_child",
            "emergency",
            "short_term",
            d(2026, 11, 6),
            [
                Child(
                    "Ezra",
                    "Hollins",
                    "male",
                    d(2026, 11, 2),
                    legal="C1",
                    ref="5120998",
                    school=None,
                    ft=[],
                    no_contact=[("father", "No contact with father (whereabouts unknown).")],
                    history=0,
                    health="Monitored for neonatal abstinence syndrome for 72 hours; feeding well.",
                    risks=ALL_N,
                )
            ],
            parent={
                "name": "Amber Hollins",
                "age": "29",
                "health": "Alcohol dependency (abstinent since 2024); took an overdose in October 2026.",
                "education": "n/a",
                "history": "Not looked after as a child.",
                "risks": {
                    "to_child/drug_alcohol": (
                        "historical",
                        "alcohol dependency, abstinent since 2024",
                    ),
                    "to_child/self_harm": ("present", "overdose in October 2026"),
                },
                "labels": PARENT_LABELS,
            },
            referrer=Person(
                "Ravinder Gill", "Placements Officer", "ravinder.gill@" + dom, land(1213)
            ),
            ref_label="ICS ID",
            note="the mother's overdose and alcohol history are hers; the baby's NAS monitoring is a condition, not substance misuse; no contact with father (0 arrangements)",
        )
    )
    return out


def letters() -> list[Doc]:
    out = []
    dom = "leics.example.gov.uk"
    out.append(
        Doc(
            "matching_letter_txt",
            "txt",
            "E10000018",
            "Leicestershire County Council",
            dom,
            None,
            sw("Simon Ward", dom, mob(1301)),
            "fostering",
            "planned",
            "long_term",
            None,
            [
                Child(
                    "Harper",
                    "Kettle",
                    "female",
                    d(2013, 5, 5),
                    legal="C2",
                    ref="LCC-309112",
                    school="Loughborough Field High School",
                    school_year="Year 8",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        ("dad", "less_often", True, "Dad - four times a year, supervised."),
                    ],
                    history=3,
                    health="Harper is healthy.",
                    risks="sh=S cse=N cce=N dr=N ed=N mi=N ph=N hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Jude",
                    "Kettle",
                    "male",
                    d(2015, 8, 21),
                    legal="C2",
                    ref="LCC-309113",
                    school="Shelthorpe Brook Primary School",
                    school_year="Year 6",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        ("dad", "less_often", True, "Dad - four times a year, supervised."),
                    ],
                    history=3,
                    health="Jude has a stammer and sees a speech therapist.",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=H hsb=N fs=N an=N oce=N",
                ),
            ],
            referrer=Person("Carol Bright", "Family Finder", "carol.bright@" + dom, land(1301)),
            note="undated narrative matching profile for a sibling pair; no start date; third placement in words",
            twist={"address": "County Hall, Glenfield"},
        )
    )
    dom = "wiltshire.example.gov.uk"
    out.append(
        Doc(
            "matching_letter_txt",
            "txt",
            "E06000054",
            "Wiltshire Council",
            dom,
            d(2026, 10, 16),
            sw("Kate Orchard", dom, mob(1302)),
            "fostering",
            "planned",
            "permanence",
            d(2027, 2, 1),
            [
                Child(
                    "Rosie",
                    "Hatherell",
                    "female",
                    d(2016, 2, 29),
                    legal="E1",
                    ref="7725104",
                    school="Westbury Downs Primary School",
                    school_year="Year 5",
                    ft=[
                        (
                            "birth mother",
                            "less_often",
                            True,
                            "Birth mother - twice a year, supervised.",
                        ),
                        (
                            "half-sister",
                            "monthly",
                            False,
                            "Half-sister Kayla - monthly, arranged by carers.",
                        ),
                    ],
                    history=2,
                    health="Rosie is a healthy, active girl who loves swimming.",
                    risks=ALL_N,
                )
            ],
            referrer=Person(
                "Anne Fowler", "Family Finding Social Worker", "anne.fowler@" + dom, land(1302)
            ),
            note="permanence letter from a family finder; SW named separately; all risks none known",
            twist={"address": "County Hall, Trowbridge"},
        )
    )
    dom = "gloucestershire.example.gov.uk"
    out.append(
        Doc(
            "matching_letter_txt",
            "txt",
            "E10000013",
            "Gloucestershire County Council",
            dom,
            d(2026, 11, 12),
            sw("Mike Tanner", dom, mob(1303)),
            "residential",
            "planned",
            "short_term",
            d(2026, 12, 1),
            [
                Child(
                    "Callum",
                    "Jeffries",
                    "male",
                    None,
                    age=14,
                    legal="V2",
                    ref="5503317",
                    school="Cinderford Forest Academy",
                    school_year="Year 9",
                    ft=None,
                    history=2,
                    health="Callum has ADHD and takes medication in the morning.",
                    risks="ph=P mi=P dr=H",
                )
            ],
            note="DOB not confirmed (age 14 expected; DOB asked); family time not mentioned; eight risks not stated",
            twist={"address": "Shire Hall, Gloucester"},
        )
    )
    dom = "dudley.example.gov.uk"
    out.append(
        Doc(
            "matching_letter_txt",
            "txt",
            "E08000027",
            "Dudley MBC",
            dom,
            d(2026, 11, 19),
            sw("Jess Cartwright", dom, mob(1304)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 20),
            [
                Child(
                    "Kacey",
                    "Shaw",
                    "female",
                    d(2011, 4, 18),
                    legal="C1",
                    ref="1123908",
                    school="Brierley Hill Grange School",
                    school_year="Year 10",
                    ft=[
                        ("mum", "weekly", True, "Mum - weekly, supervised."),
                        ("nan", "several_times_a_week", False, "Nan - twice a week, unsupervised."),
                    ],
                    history=4,
                    health="Kacey has asthma and is very anxious.",
                    risks="sh=P cse=P cce=N dr=S ed=N mi=P ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            note="emergency in prose; the SW writes the letter herself; MBC letterhead",
            twist={"address": "Council House, Priory Road"},
        )
    )
    return out


def csvs() -> list[Doc]:
    out = []
    dom = "calderdale.example.gov.uk"
    out.append(
        Doc(
            "csv_export_txt",
            "txt",
            "E08000033",
            "Calderdale MBC",
            dom,
            d(2026, 11, 3),
            sw("Joanne Sutcliffe", dom, mob(1401)),
            "fostering",
            "planned",
            "long_term",
            d(2026, 11, 23),
            [
                Child(
                    "Bailey",
                    "Greenwood",
                    "male",
                    d(2013, 8, 8),
                    legal="C2",
                    ref="400921",
                    school="Halifax Ridge Academy",
                    ft=[("mum", "fortnightly", True, "Mum - fortnightly, supervised")],
                    history=2,
                    health="Well",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=H ph=H hsb=N fs=N an=N oce=N",
                )
            ],
            note="one-row CSV export, risks as columns, SSDA903 code with its label",
        )
    )
    dom = "tameside.example.gov.uk"
    out.append(
        Doc(
            "csv_export_txt",
            "txt",
            "E08000008",
            "Tameside MBC",
            dom,
            d(2026, 11, 15),
            sw("Rachel Ogden", dom, mob(1402)),
            "fostering",
            "emergency",
            "short_term",
            d(2026, 11, 15),
            [
                Child(
                    "Lacey",
                    "Ashworth",
                    "female",
                    d(2012, 3, 3),
                    legal="C1",
                    ref="622014",
                    school="Hyde Clarendon Vale School",
                    ft=[("mum", "weekly", True, "Mum - weekly, supervised")],
                    history=1,
                    health="Well",
                    risks="sh=S cse=N cce=N dr=N ed=N mi=N ph=N hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Dylan",
                    "Ashworth",
                    "male",
                    d(2014, 11, 30),
                    legal="C1",
                    ref="622015",
                    school="Flowery Field Primary School",
                    ft=[("mum", "weekly", True, "Mum - weekly, supervised")],
                    history=1,
                    health="ADHD assessment pending",
                    risks="sh=N cse=N cce=N dr=N ed=N mi=N ph=P hsb=N fs=N an=N oce=N",
                ),
                Child(
                    "Ivy",
                    "Ashworth",
                    "female",
                    d(2019, 6, 6),
                    legal="C1",
                    ref="622016",
                    school="Flowery Field Primary School",
                    ft=[("mum", "weekly", True, "Mum - weekly, supervised")],
                    history=1,
                    health="Well",
                    risks=ALL_N,
                ),
            ],
            note="three siblings as three rows of one export",
        )
    )
    dom = "sheffield.example.gov.uk"
    out.append(
        Doc(
            "csv_export_txt",
            "txt",
            "E08000019",
            "Sheffield City Council",
            dom,
            None,
            sw("Emma Hirst", dom, mob(1403)),
            "residential",
            "planned",
            None,
            None,
            [
                Child(
                    "Kyle",
                    "Bramall",
                    "male",
                    d(2011, 9, 19),
                    legal="C2",
                    ref="871102",
                    school="Sheffield Park Vale Academy",
                    ft=None,
                    history=5,
                    health=None,
                    risks="ph=P fs=P mi=H",
                )
            ],
            note="undated export; gaps (duration, start, family time, health, eight risks)",
        )
    )
    dom = "cornwall.example.gov.uk"
    out.append(
        Doc(
            "csv_export_txt",
            "txt",
            "E06000052",
            "Cornwall Council",
            dom,
            d(2026, 10, 30),
            sw("Jenna Trevail", dom, mob(1404)),
            "supported_accommodation",
            "planned",
            "short_term",
            d(2026, 11, 16),
            [
                Child(
                    "Morwenna",
                    "Pascoe",
                    "female",
                    d(2009, 1, 27),
                    legal="C2",
                    ref="330714",
                    school="Truro Valley College",
                    ft=[("nan", "weekly", False, "Nan - weekly, unsupervised")],
                    history=4,
                    health="Asthma",
                    risks="sh=H cse=H cce=N dr=H ed=N mi=N ph=N hsb=N fs=N an=N oce=N",
                )
            ],
            note="16+ supported accommodation; history as a count column",
        )
    )
    return out


def solos() -> list[Doc]:
    out = []
    dom = "rbwm.example.gov.uk"
    out.append(
        Doc(
            "solo_home_docx",
            "docx",
            "E06000040",
            "RBWM Children's Services",
            dom,
            d(2026, 11, 11),
            sw("Natasha Greer", dom, mob(1501)),
            "residential",
            "emergency",
            "short_term",
            d(2026, 11, 13),
            [
                Child(
                    "Riley",
                    "Addison",
                    "male",
                    d(2010, 4, 11),
                    legal="C2",
                    ref="2045519",
                    school="Maidenhead Vale Academy",
                    known_as="Ri",
                    ft=[("mum", "weekly", True, "Mum - weekly, supervised by staff.")],
                    history=9,
                    health="Autism and ADHD; guanfacine. Sees CAMHS LD team.",
                    risks="sh=P cse=N cce=S dr=N ed=N mi=P ph=P hsb=N fs=P an=N oce=N",
                )
            ],
            referrer=Person("Sharon Lake", "Placements Officer", "sharon.lake@" + dom, land(1501)),
            manager=Person("Phil Norris", "Head of Service", "phil.norris@" + dom, None),
            ref_label="Child ID (Mosaic)",
            note="initials in the page header; 2:1 staffing; DoL; known-as name; ninth placement in words",
        )
    )
    dom = "blackburn.example.gov.uk"
    out.append(
        Doc(
            "solo_home_docx",
            "docx",
            "E06000008",
            "BwD Council - Children's Services",
            dom,
            None,
            sw("Saima Patel", dom, mob(1502)),
            "residential",
            "planned",
            "long_term",
            d(2026, 12, 1),
            [
                Child(
                    "Tegan",
                    "Duckworth",
                    "female",
                    d(2011, 10, 10),
                    legal="C1",
                    ref="5590021",
                    school="Witton Park Rise School",
                    ft=[("dad", "fortnightly", False, "Dad - fortnightly, unsupervised.")],
                    history=5,
                    health="Foetal alcohol spectrum disorder; learning difficulties.",
                    risks="sh=P mi=P cse=S",
                )
            ],
            ref_label="Client ref",
            note="undated; BwD initials; FASD is not substance misuse; eight risks not stated",
        )
    )
    dom = "solihull.example.gov.uk"
    out.append(
        Doc(
            "solo_home_docx",
            "docx",
            "E08000029",
            "Solihull Metropolitan Borough Council logo",
            dom,
            d(2026, 11, 2),
            sw("Chris Whitehouse", dom, mob(1503)),
            "residential",
            "planned",
            "long_term",
            d(2026, 11, 30),
            [
                Child(
                    "Oliver",
                    "Penrose",
                    "male",
                    d(2012, 5, 2),
                    legal="C2",
                    ref="7012260",
                    school="Chelmsley Wood Bridge School",
                    ft=[
                        ("mum", "monthly", True, "Mum - monthly, supervised."),
                        (
                            "grandparents",
                            "fortnightly",
                            False,
                            "Grandparents - fortnightly, unsupervised.",
                        ),
                    ],
                    history=4,
                    health="Autism; severe anxiety.",
                    risks="sh=H cse=N cce=N dr=N ed=N mi=N ph=P hsb=H fs=N an=P oce=N",
                )
            ],
            ref_label="EHM ref",
            note="the LA only as a logo image in the page header (its alt text) and the email domain; solo because of harm to animals and past HSB; complete",
            twist={
                "why": "Oliver has hurt pets and younger children in two shared homes; a solo home without animals is needed.",
                "logo": "SMBC",
            },
        )
    )
    dom = "haringey.example.gov.uk"
    out.append(
        Doc(
            "solo_home_docx",
            "docx",
            "E09000014",
            "LB Haringey",
            dom,
            d(2026, 11, 13),
            sw("Yetunde Bello", dom, mob(1504)),
            "residential",
            "emergency",
            "short_term",
            None,
            [
                Child(
                    "Destiny",
                    "Campbell",
                    "female",
                    d(2009, 12, 1),
                    legal="C2",
                    ref="H-1187301",
                    school=None,
                    ft=[("mum", "fortnightly", True, "Mum - fortnightly, supervised.")],
                    history=6,
                    health=None,
                    risks="sh=P cse=P cce=P dr=P ed=N mi=P ph=P hsb=N fs=N an=N oce=P",
                )
            ],
            ref_label="Mosaic ID",
            note="gaps: start date, school (NEET), health; DoL in place",
            twist={"dols": "DoL order granted by the High Court on 6 November 2026"},
        )
    )
    return out


def scans() -> list[Doc]:
    out = []
    for la, shown, dom, child, when in (
        (
            "E06000031",
            "Peterborough City Council",
            "peterborough.example.gov.uk",
            Child(
                "Mollie",
                "Spriggs",
                "female",
                d(2014, 2, 2),
                legal="C2",
                ref="442019",
                school="Orton Brook Academy",
                ft=[("mum", "weekly", True, "Mum - weekly, supervised")],
                history=2,
                health="Well",
                risks=ALL_N,
            ),
            d(2026, 11, 2),
        ),
        (
            "E08000031",
            "City of Wolverhampton Council",
            "wolverhampton.example.gov.uk",
            Child(
                "Deshawn",
                "Miller",
                "male",
                d(2011, 7, 1),
                legal="C1",
                ref="91077",
                school="Bilston Ridge Academy",
                ft=[("nan", "weekly", False, "Nan - weekly")],
                history=3,
                health="Asthma",
                risks="ph=P mi=P cce=S",
            ),
            d(2026, 11, 9),
        ),
        (
            "E06000024",
            "North Somerset Council",
            "n-somerset.example.gov.uk",
            Child(
                "Evie",
                "Coombes",
                "female",
                d(2018, 10, 10),
                legal="V2",
                ref="66123",
                school="Clevedon Bay Primary",
                ft=[("mum", "daily", False, "Mum - daily phone call")],
                history=0,
                health="Well",
                risks=ALL_N,
            ),
            d(2026, 10, 21),
        ),
        (
            "E06000027",
            "Torbay Council",
            "torbay.example.gov.uk",
            Child(
                "Kai",
                "Luscombe",
                "male",
                d(2010, 1, 20),
                legal="C2",
                ref="70214",
                school="Paignton Cliff Academy",
                ft=[("dad", "monthly", True, "Dad - monthly, supervised")],
                history=4,
                health="Epilepsy",
                risks="sh=H dr=P mi=P",
            ),
            d(2026, 11, 16),
        ),
    ):
        out.append(
            Doc(
                "faxscan_pdf",
                "pdf",
                la,
                shown,
                dom,
                when,
                sw("Sam Scanlon", dom, mob(1600 + len(out))),
                "fostering",
                "planned",
                "short_term",
                when,
                [child],
                scan=True,
                note="faxed form: image only, no text layer: needs OCR; no fields or questions expected",
            )
        )
    return out


def all_docs() -> list[Doc]:
    docs = (
        lcs()
        + mosaic()
        + regional()
        + cpp()
        + camhs()
        + uasc()
        + short_breaks()
        + step_downs()
        + remands()
        + threads()
        + htmls()
        + pcs()
        + letters()
        + csvs()
        + solos()
        + scans()
    )
    return docs
