"""training_w w28-w36: typed-up sticky notes, RTF exports saved as text, Slack exports."""

# ruff: noqa: RUF001
from __future__ import annotations

from training_w_model import Kid, Parent, Spec, Worker, risks

STICKY = [
    Spec(
        "w28",
        "sticky_notes_typed",
        "txt",
        "E06000006",
        "CCM 120458",
        "2026-11-19",
        Worker("Sian Roberts", "sian.roberts@halton.example.gov.uk", "01632 960733"),
        "supported_accommodation",
        "planned",
        "long_term",
        "2026-12-01",
        [
            Kid(
                "Kelsey",
                "Nolan",
                dob="2010-09-01",
                legal="C2",
                legal_words="FCO",
                school="Wade Deacon High School",
                school_words="Wade Deacon High School – Y12 sixth form",
                family=[("mum", "weekly")],
                family_words="mum weekly, K arranges it herself",
                history=4,
                history_words="4 incl current FC",
                health="type 1 diabetes – manages own insulin",
                risk=risks(
                    "sub H: cannabis 2024 – clean since Jan 2025 "
                    "| cse H: CSE 2023 (Runcorn) – closed to exploitation team Mar 2024, none since"
                ),
            )
        ],
        request="16+ supported accommodation (Ofsted registered), planned, long term until 18",
        start_words="01/12",
        bits={
            "heading": "PLACEMENTS DUTY – post-its from the board, typed up Thurs 19/11/2026 (L. Greene)",
            "notes": [
                ("yellow", "SW rang 19/11 am re Kelsey N – wants 16+ SA", "pls call back b4 3pm"),
                ("pink", "mgr Jan Hulme (01632 960700) ok'd funding"),
            ],
            "none_opener": "nil re {list}",
            "ref_label": "CCM No",
            "footer": "HBC Placements",
        },
    ),
    Spec(
        "w29",
        "sticky_notes_typed",
        "txt",
        "E06000007",
        "LCS-71882",
        "2026-11-20",
        Worker("Craig Lowe", "craig.lowe@warrington.example.gov.uk", "01632 960871"),
        "fostering",
        "emergency",
        "short_term",
        "2026-11-21",
        [
            Kid(
                "Harley",
                "Rigby",
                dob="2016-03-08",
                gender="male",
                legal_words="ICO granted 20/11",
                school="Evelyn Street Primary School",
                family=[("mum", "weekly"), ("dad", "weekly")],
                family_words="mum + dad weekly, separately, supervised",
                history=0,
                history_words="none – 1st time LAC",
                health="asthma",
                risk=risks(
                    "vio S: school think he pushed a yr2 child down the stairs – he says accident, not confirmed"
                ),
                extra={"known_as": "Haz"},
            ),
            Kid(
                "Bella",
                "Rigby",
                dob="2019-05-15",
                legal_words="ICO granted 20/11",
                school="Evelyn Street Primary School",
                family=[("mum", "weekly"), ("dad", "weekly")],
                family_words="same as H",
                history=0,
                history_words="none",
                health="none",
            ),
        ],
        request="emerg FC for 2, short term",
        start_words="tmrw 21/11",
        bits={
            "heading": "Duty post-its typed up 20/11/2026",
            "notes": [
                ("yellow", "20/11 – Warrington CSC, ICO granted this pm", "carers needed by tmrw")
            ],
            "none_opener": "no concerns re {list}",
            "ref_label": "LCS:",
        },
    ),
    Spec(
        "w30",
        "sticky_notes_typed",
        "txt",
        "E06000009",
        None,
        None,
        Worker("Nadia Khan", "nadia.khan@blackpool.example.gov.uk", None),
        "fostering",
        None,
        None,
        None,
        [
            Kid(
                "Jayden",
                "Fox",
                age=12,
                gender="male",
                legal=None,
                legal_words="tbc",
                school=None,
                school_words="??",
                family=None,
                family_words="?",
                history=None,
                history_words="?",
                health="epilepsy (meds)",
                risk=risks("sub P: vaping and cannabis now, daily | sh N", rest="-"),
            )
        ],
        request="FC",
        start_words="?",
        bits={
            "heading": "Post-its from the board (typed up – date not recorded)",
            "notes": [("green", "Blackpool SW called – boy 12 needs FC", "no date on the note")],
            "none_opener": "no SH",
            "ref_label": "ref:",
        },
    ),
]

RTF = [
    Spec(
        "w31",
        "rtf_export",
        "txt",
        "E06000005",
        "PID 400915",
        "2026-11-18",
        Worker("Rachel Dunning", "rachel.dunning@darlington.example.gov.uk", "01632 960155"),
        "fostering",
        "planned",
        "long_term",
        "2026-12-10",
        [
            Kid(
                "Ethan",
                "Collings",
                dob="2013-07-15",
                gender="male",
                legal_words="Interim Care Order",
                school="Hurworth School",
                school_words="Hurworth School (Year 8)",
                family=[("mum", "fortnightly"), ("nan", "weekly")],
                family_words="Mum fortnightly (supervised); Nan weekly",
                history=2,
                history_words="2 (a kinship placement in 2025 and his current foster carers)",
                health="Autism; sensory processing difficulties",
                risk=risks(
                    "vio P: Lashing out at carers when overwhelmed – 4 incidents in November 2026. "
                    "| sh S: Bangs his head on walls; unclear whether self-harm or sensory – being assessed."
                ),
            )
        ],
        request="Long term foster placement (planned), experienced with autism",
        start_words="10/12/2026",
        bits={
            "title": "Placement Referral – Child Looked After",
            "la_words": "Darlington Borough Council – Children's Services",
            "exported_by": "jmcl (Business Support)",
            "exported": "2026-11-19",
            "ref_label": "Person ID",
        },
    ),
    Spec(
        "w32",
        "rtf_export",
        "txt",
        "E06000001",
        "HBC-77013",
        "2026-11-19",
        Worker("Lindsay Proud", "lindsay.proud@hartlepool.example.gov.uk", "01632 960962"),
        "fostering",
        "planned",
        "short_term",
        "2026-11-30",
        [
            Kid(
                "Mia",
                "Carr",
                dob="2012-10-30",
                legal="V2",
                legal_words="Section 20",
                school="English Martyrs School",
                school_words="English Martyrs School and Sixth Form College (Y9)",
                family=[("mum", "weekly")],
                family_words="Mum – weekly, plus phone calls",
                history=0,
                history_words="None – first time looked after",
                health="None",
                risk=risks(
                    "sub S: Possibly drinking with older friends; smelt of alcohol twice. "
                    "| mis P: Staying out past curfew and missing overnight twice in November 2026."
                ),
            ),
            Kid(
                "Holly",
                "Carr",
                dob="2017-04-04",
                legal="V2",
                legal_words="Section 20",
                school="St Teresa's RC Primary School",
                family=[("mum", "weekly")],
                family_words="Mum – weekly",
                history=0,
                history_words="None",
                health="Eczema",
            ),
        ],
        request="Short term foster placement for sisters (planned)",
        start_words="30/11/2026",
        bits={
            "title": "Referral for Placement",
            "la_words": "Hartlepool Borough Council",
            "exported_by": "Placements admin",
            "exported": "2026-11-20",
            "ref_label": "Case number",
        },
    ),
    Spec(
        "w33",
        "rtf_export",
        "txt",
        "E06000003",
        None,
        "2026-11-17",
        Worker("Kerry Lane", "kerry.lane@redcar-cleveland.example.gov.uk", "01632 960488"),
        "fostering",
        "planned",
        None,
        None,
        [
            Kid(
                "Logan",
                "Dale",
                dob="2011-02-02",
                gender="male",
                legal_words="ICO",
                school="Redcar Academy",
                family=[("mum", "weekly")],
                family_words="Mum weekly",
                history=3,
                history_words="3",
                health="None",
                risk=risks(
                    "cce P: | mis P: Missing 3 nights last week (police log attached) | sh N | sub N",
                    rest="-",
                ),
            )
        ],
        request="Foster placement – planned",
        start_words="TBC",
        bits={
            "title": "Placement Referral",
            "la_words": "R&CBC Children's Services",
            "exported_by": "kl",
            "exported": "2026-11-17",
            "ref_label": "Mosaic ID",
        },
    ),
]

STOCKTON = "Ayesha Malik (SW, Stockton CSC)"
MIDDLESBROUGH = "Jordan Pryce (SW)"
SLACK = [
    Spec(
        "w34",
        "slack_export",
        "txt",
        "E06000004",
        "LCS 6630021",
        "2026-11-19",
        Worker("Ayesha Malik", "ayesha.malik@stockton.example.gov.uk", "01632 960512"),
        "parent_and_child",
        "emergency",
        "short_term",
        "2026-11-20",
        [
            Kid(
                "Ollie",
                "Lawson",
                dob="2026-11-15",
                gender="male",
                legal_words="ICO granted today (19/11)",
                school="n/a baby",
                family=[("dad", "several_times_a_week")],
                family_words="dad (Kyle) 3x a week at the contact centre",
                history=0,
                history_words="none – born 15/11, on the ward with mum",
                health="jaundice – resolved",
            )
        ],
        parent=Parent("Tia Lawson", "20"),
        bits={
            "channel": "placements-north-east",
            "exported": "2026-11-20 08:00",
            "worker_handle": STOCKTON,
            "none_opener": "nothing for ollie re {list} – he's 4 days old",
            "child_times": ["2026-11-19 09:12"],
            "before": [
                (
                    "2026-11-18 17:42",
                    "Dee Hollins (Placements)",
                    "heads up – Stockton may have a P&C tomorrow, will confirm",
                ),
                (
                    "2026-11-19 09:05",
                    STOCKTON,
                    "Hi, Ayesha Malik here, allocated SW for baby Ollie Lawson. Ref LCS 6630021.\nayesha.malik@stockton.example.gov.uk / 01632 960512\nNeed an emergency P&C foster placement for mum Tia (20) and Ollie, short-term (12 week assessment), from tomorrow 20/11 when they are discharged",
                ),
            ],
            "after": [
                (
                    "2026-11-19 09:20",
                    STOCKTON,
                    "mum's own stuff (her depression and past cannabis use) is hers – the parenting assessment will cover it",
                ),
                (
                    "2026-11-19 09:31",
                    "Dee Hollins (Placements)",
                    "thanks Ayesha, sending to providers now",
                ),
            ],
        },
    ),
    Spec(
        "w35",
        "slack_export",
        "txt",
        "E06000002",
        "MBC-CLA-3318",
        "2026-11-16",
        Worker("Jordan Pryce", "jordan.pryce@middlesbrough.example.gov.uk", "01632 960634"),
        "residential",
        "planned",
        "long_term",
        "2026-12-14",
        [
            Kid(
                "Kane",
                "Wilson",
                dob="2011-05-05",
                gender="male",
                legal_words="ICO",
                school="Unity City Academy",
                school_words="Unity City Academy (Y11)",
                family=[("mum", "fortnightly")],
                family_words="mum fortnightly; no contact with dad Lee Wilson (in prison)",
                no_contact=("lee wilson",),
                history=3,
                history_words="3 – 2 FC + current FC",
                health="fine",
                risk=risks(
                    "cce P: runs drugs for an older lad in the town centre, confirmed by police 10/11 "
                    "| rec S: may be getting Tyrese involved – not confirmed "
                    "| vio H: assault on a peer in 2025 – none since"
                ),
            ),
            Kid(
                "Tyrese",
                "Wilson",
                dob="2013-08-19",
                gender="male",
                legal_words="ICO",
                school="Unity City Academy",
                school_words="Unity City Academy (Y9)",
                family=[("mum", "fortnightly")],
                family_words="same as Kane (no contact with Lee Wilson)",
                no_contact=("lee wilson",),
                history=3,
                history_words="3, same as Kane",
                health="fine",
                risk=risks(
                    "cce S: police intel he is carrying drugs for Kane's group – not confirmed "
                    "| mis P: missing 5 times since September"
                ),
            ),
        ],
        bits={
            "channel": "tees-placements",
            "exported": "2026-11-17 07:30",
            "worker_handle": MIDDLESBROUGH,
            "none_opener": "no concerns re {list}",
            "child_times": ["2026-11-16 11:04", "2026-11-16 11:06"],
            "before": [
                (
                    "2026-11-16 10:58",
                    MIDDLESBROUGH,
                    "Jordan Pryce, Middlesbrough Council CLA team. Ref MBC-CLA-3318. jordan.pryce@middlesbrough.example.gov.uk, 01632 960634\nLooking for a planned residential placement – a 2 bed home for two brothers together, long term, from 14/12/2026. Details below",
                ),
            ],
            "after": [
                (
                    "2026-11-16 11:20",
                    "Sam Ord (Placements Officer, 01632 960000)",
                    "thanks Jordan – I'll run it past the framework homes",
                ),
            ],
        },
    ),
    Spec(
        "w36",
        "slack_export",
        "txt",
        "E06000020",
        None,
        None,
        Worker("Zoe Hartley", "zoe.hartley@telford.example.gov.uk", None),
        "fostering",
        None,
        None,
        None,
        [
            Kid(
                "Summer",
                "Evans",
                age=14,
                legal=None,
                legal_words="not sure yet",
                school="Ercall Wood Academy",
                family=None,
                family_words="tbc",
                history=None,
                history_words="",
                health=None,
                risk=risks("sh P: cutting, most recently at the weekend | mis N", rest="-"),
            )
        ],
        bits={
            "channel": "tw-childrens-placements",
            "exported": "(copied from the app – dates not shown)",
            "worker_handle": "Zoe Hartley",
            "none_opener": "not missing",
            "child_times": ["Today at 09:16"],
            "before": [
                (
                    "Today at 09:14",
                    "Zoe Hartley",
                    "morning – Zoe Hartley, T&W CSC, zoe.hartley@telford.example.gov.uk. looking for foster carers for a 14 yr old girl",
                ),
            ],
            "after": [
                ("Today at 09:30", "Placements Bot", "Thanks! Your request has been logged.")
            ],
        },
    ),
]

SPECS = STICKY + RTF + SLACK
