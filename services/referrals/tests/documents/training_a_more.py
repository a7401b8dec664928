"""A second batch of training_a/ documents (b01-b10), written after the first batch's
fixes and scored before any change for them, to see whether the fixes generalise."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer


def b01(m):
    """PDF table: a column per sibling headed "Sibling 1 / Sibling 2"; the LA in the logo."""

    def story(font, styles, para):
        return [
            Paragraph("SOLIHULL METROPOLITAN BOROUGH COUNCIL", styles["Title"]),
            Paragraph("Request for External Placement", styles["Heading2"]),
            m._grid(
                [
                    ["Date form completed", "12/11/2026"],
                    ["Eclipse ID", "SOL-77120"],
                    ["Placement required", "Fostering - brother and sister together"],
                    ["Type of request", "Planned"],
                    ["Length of placement", "Long-term"],
                ],
                [170, 300],
                font,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["", "Sibling 1", "Sibling 2"],
                    ["Name", "Tyrese Campbell", "Maya Campbell"],
                    ["DOB", "30/04/2012", "18/08/2015"],
                    ["Sex", "M", "F"],
                    ["Legal status", "S31", "S31"],
                    ["School", "Tudor Grange Academy - Yr 9", "Monkspath Junior, Year 6"],
                ],
                [100, 185, 185],
                font,
                header=True,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["Allocated social worker", "Bethany Cole"],
                    ["Telephone", "0121 788 4100"],
                    ["Email", "bethany.cole@solihull.gov.uk"],
                    ["Team manager", "Owen Price, 0121 788 4000"],
                ],
                [170, 300],
                font,
            ),
        ]

    children = [
        m.kid(
            "Tyrese",
            "Campbell",
            dob="2012-04-30",
            gender="male",
            legal="C2",
            school="Tudor Grange Academy",
        ),
        m.kid(
            "Maya",
            "Campbell",
            dob="2015-08-18",
            gender="female",
            legal="C2",
            school="Monkspath Junior",
        ),
    ]
    m.add(
        "b01-solihull_sibling_columns.pdf",
        m._story_pdf(story),
        m.truth(
            "b01-solihull_sibling_columns.pdf",
            la="E08000029",
            ref="SOL-77120",
            date="2026-11-12",
            sw=("Bethany Cole", "bethany.cole@solihull.gov.uk", "0121 788 4100"),
            place=("fostering", "planned", "long_term", None, None),
            children=children,
        ),
    )


def b02(m):
    """Word: Parts by heading, Liquidlogic ID, a referring manager, ethnicity & religion."""

    def build(document):
        document.add_heading("Warrington Borough Council", 0)
        document.add_paragraph("Children's Services - Placement Request")
        document.add_heading("Young person's details", 2)
        m._table(
            document,
            [
                ["Name", "Kacey Lowe"],
                ["Date of birth", "09/10/2010"],
                ["Gender", "Female"],
                ["Liquidlogic ID", "LL-908812"],
                ["Ethnicity & religion", "White British & Christian (rarely attends)"],
                ["Legal status", "Interim care order - final hearing February"],
                ["Education", "Year 11, Great Sankey High School"],
                ["Health", "Type 2 diabetes; diet controlled"],
            ],
        )
        document.add_heading("Placement needed", 2)
        m._table(
            document,
            [
                ["Type", "Residential, solo"],
                ["Planned or emergency", "Emergency"],
                ["Duration", "Short term"],
                ["Date form completed", "24/11/2026"],
                ["Date needed", "26/11/2026"],
            ],
        )
        document.add_heading("Social worker's details", 2)
        m._table(
            document,
            [
                ["Name", "Stacey Nolan"],
                ["Contact number", "01925 443 322"],
                ["Email", "snolan@warrington.gov.uk"],
                ["Referring manager", "Phil Ashton, 01925 443 300, pashton@warrington.gov.uk"],
            ],
        )

    kacey = m.kid(
        "Kacey",
        "Lowe",
        dob="2010-10-09",
        gender="female",
        legal="C1",
        school="Great Sankey High School",
        health=True,
    )
    m.add(
        "b02-warrington_headings.docx",
        m._docx(build),
        m.truth(
            "b02-warrington_headings.docx",
            la="E06000007",
            ref="LL-908812",
            date="2026-11-24",
            sw=("Stacey Nolan", "snolan@warrington.gov.uk", "01925 443 322"),
            place=("residential", "emergency", "short_term", "2026-11-26", "within_5_days"),
            children=[kacey],
        ),
    )


def b03(m):
    """Outlook forward of a forward; the outer message amends the start date."""
    body = """Hello,

Passing this on from our resources panel. Please amend the start date to 07/12/2026
(not 30/11/2026 as stated below).

Regards
Imran Aziz | Commissioning Officer | Luton Council

-----Original Message-----
From: Resources Panel <resources.panel@luton.gov.uk>
Sent: 16 November 2026 15:40
To: Imran Aziz <imran.aziz@luton.gov.uk>
Subject: FW: Placement needed - Leon Fraser

-----Original Message-----
From: Chloe Barker <chloe.barker@luton.gov.uk>
Sent: 13 November 2026 09:05
Subject: Placement needed - Leon Fraser

Leon Fraser, DOB 22/02/2013, boy, accommodated under S20.
CCM number: 4470091.
Needs a long-term foster placement, planned, start date 30/11/2026.
Attends Stopsley High School.
Sees his mum weekly (supervised).

Chloe Barker
Social Worker | Children in Care Team
07700 900 553
"""
    data = m._email(
        {
            "From": "Imran Aziz <imran.aziz@luton.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "FW: FW: Placement needed - Leon Fraser",
            "Date": "Thu, 19 Nov 2026 11:00:00 +0000",
        },
        body,
    )
    leon = m.kid(
        "Leon",
        "Fraser",
        dob="2013-02-22",
        gender="male",
        legal="V2",
        school="Stopsley High School",
        ft=1,
    )
    m.add(
        "b03-luton_double_forward.eml",
        data,
        m.truth(
            "b03-luton_double_forward.eml",
            la="E06000032",
            ref="4470091",
            date="2026-11-19",
            sw=("Chloe Barker", "chloe.barker@luton.gov.uk", "07700 900 553"),
            place=("fostering", "planned", "long_term", "2026-12-07", "later"),
            children=[leon],
        ),
    )


def b04(m):
    """Text with CHILD A / CHILD B sections and shared answers after them."""
    text = """NORTHUMBERLAND COUNTY COUNCIL
Children's Social Care - sibling referral

Referral date: 21/11/2026
Family ID: NCC-55102

CHILD A
Name: Ruby Armstrong
DOB: 11/11/2011
Gender: Female
School: Ashington Academy, Year 10

CHILD B
Name: Alfie Armstrong
DOB: 02/06/2014
Gender: Male
School: Central Primary, Year 7

Both children: Section 20.
Placement: short-term fostering together, planned.
Social worker: Nathan Reed - 01670 623 111 - nathan.reed@northumberland.gov.uk
"""
    children = [
        m.kid(
            "Ruby",
            "Armstrong",
            dob="2011-11-11",
            gender="female",
            legal="V2",
            school="Ashington Academy",
        ),
        m.kid(
            "Alfie",
            "Armstrong",
            dob="2014-06-02",
            gender="male",
            legal="V2",
            school="Central Primary",
        ),
    ]
    m.add(
        "b04-northumberland_child_a_b.txt",
        text.encode(),
        m.truth(
            "b04-northumberland_child_a_b.txt",
            la="E06000057",
            ref="NCC-55102",
            date="2026-11-21",
            sw=("Nathan Reed", "nathan.reed@northumberland.gov.uk", "01670 623 111"),
            place=("fostering", "planned", "short_term", None, None),
            children=children,
        ),
    )


def b05(m):
    """The worker writes; a first-name sign-off; "M:" for the mobile in the signature."""
    body = """Hi both,

I'm the allocated SW for Jaden Price (DOB 05/05/2009) and I'm looking for a planned
semi-independent or supported accommodation placement for him - long term, until 18.
He is on a full care order. He's at Plymouth College of Art doing a level 2.
Jaden is currently in his second placement.

Thanks
Sam

Sam Trelawny
Children in Care Team, Plymouth City Council
M: 07700 900 880
"""
    data = m._email(
        {
            "From": "Sam Trelawny <sam.trelawny@plymouth.gov.uk>",
            "To": "placements@hearth-fostering.example",
            "Subject": "Jaden - supported accommodation",
            "Date": "Mon, 16 Nov 2026 12:15:00 +0000",
        },
        body,
    )
    jaden = m.kid(
        "Jaden",
        "Price",
        dob="2009-05-05",
        gender="male",
        legal="C2",
        school="Plymouth College of Art",
        prev=2,
    )
    m.add(
        "b05-plymouth_worker_writes.eml",
        data,
        m.truth(
            "b05-plymouth_worker_writes.eml",
            la="E06000026",
            ref=None,
            date="2026-11-16",
            sw=("Sam Trelawny", "sam.trelawny@plymouth.gov.uk", "07700 900 880"),
            place=("supported_accommodation", "planned", "long_term", None, None),
            children=[jaden],
        ),
    )


def b06(m):
    """PDF: a history table headed Placement | Start | End | Reason, one row at home."""

    def story(font, styles, para):
        return [
            Paragraph("Sefton Council - Children's Social Care", styles["Title"]),
            m._grid(
                [
                    ["Child", "Millie Hughes"],
                    ["D.O.B.", "07/01/2014"],
                    ["Gender", "Female"],
                    ["ICS ID", "884201"],
                    ["Date of referral", "09/11/2026"],
                    ["Legal", "Full Care Order"],
                    ["Placement sought", "Foster care"],
                    ["Urgency", "Planned"],
                    ["Duration", "Long term"],
                ],
                [150, 320],
                font,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["Placement", "Start", "End", "Reason"],
                    ["Home with birth parents", "2014", "2020", "Care proceedings"],
                    ["Foster carers (Bootle)", "2020", "2021", "Short-term"],
                    ["Kinship carer (aunt)", "2021", "2024", "Aunt unable to continue"],
                    ["Foster carers (Southport)", "2024", "present", "Carers moving area"],
                ],
                [150, 60, 60, 200],
                font,
                header=True,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["Social worker", "Aimee Doyle"],
                    ["Email", "aimee.doyle@sefton.gov.uk"],
                    ["Tel", "0151 934 3333"],
                ],
                [150, 320],
                font,
            ),
        ]

    millie = m.kid("Millie", "Hughes", dob="2014-01-07", gender="female", legal="C2", ph=3, prev=3)
    m.add(
        "b06-sefton_history.pdf",
        m._story_pdf(story),
        m.truth(
            "b06-sefton_history.pdf",
            la="E08000014",
            ref="884201",
            date="2026-11-09",
            sw=("Aimee Doyle", "aimee.doyle@sefton.gov.uk", "0151 934 3333"),
            place=("fostering", "planned", "long_term", None, None),
            children=[millie],
        ),
    )


def b07(m):
    """No referral date: only a birth date and the next review's date."""

    def build(document):
        document.add_paragraph("Camden - Family Services and Social Work")
        document.add_paragraph("Placement Referral")
        for line in [
            "Child's name: Zara Ahmed",
            "Date of birth: 15/05/2016",
            "Gender: Female",
            "Legal status: Section 20",
            "Date of next LAC review: 12/01/2027",
            "Placement type: Foster care (planned, long term)",
            "Social worker: Helena Voss, helena.voss@camden.gov.uk, 020 7974 1234",
        ]:
            document.add_paragraph(line)

    zara = m.kid("Zara", "Ahmed", dob="2016-05-15", gender="female", legal="V2")
    m.add(
        "b07-camden_no_date.docx",
        m._docx(build),
        m.truth(
            "b07-camden_no_date.docx",
            la="E09000007",
            ref=None,
            date=None,
            sw=("Helena Voss", "helena.voss@camden.gov.uk", "020 7974 1234"),
            place=("fostering", "planned", "long_term", None, None),
            children=[zara],
        ),
    )


def b08(m):
    """Text: LBTH initials, age in years and months, Gender/Ethnicity combined."""
    text = """LBTH Children's Social Care
Referral for placement

Mosaic ID: 1009334
Date: 20.11.2026
Child: Arif Rahman
Age: 11 years 4 months
Gender/Ethnicity: Male / Bangladeshi
DOB: 14/07/2015
Legal Status: ICO
School: Bonner Primary School (year 6)
Placement: fostering, emergency, short term
Social Worker: Ruth Kaplan
Contact no: 020 7364 5000
Email: ruth.kaplan@towerhamlets.gov.uk
"""
    arif = m.kid(
        "Arif",
        "Rahman",
        dob="2015-07-14",
        age=11,
        gender="male",
        legal="C1",
        school="Bonner Primary School",
    )
    m.add(
        "b08-lbth_age_months.txt",
        text.encode(),
        m.truth(
            "b08-lbth_age_months.txt",
            la="E09000030",
            ref="1009334",
            date="2026-11-20",
            sw=("Ruth Kaplan", "ruth.kaplan@towerhamlets.gov.uk", "020 7364 5000"),
            place=("fostering", "emergency", "short_term", None, None),
            children=[arif],
        ),
    )


def b09(m):
    """Out of hours: the child's weekday worker named with "Tel" after the EDT officer."""
    body = """Out of Hours Service - placement request

Child: Ellis Ward, 12 year old boy, DOB 03/03/2014.
He is looked after under a Care Order. An emergency foster placement is needed
tonight for a few nights (short term).

The child's SW (Mon-Fri) is Laura Binns, Tel 01234 276 500,
laura.binns@bedford.gov.uk.

Please call me, Gary Hinds, on the OOH line 01234 718 178 with any offers.
"""
    data = m._email(
        {
            "From": "Out of Hours <ooh@bedford.gov.uk>",
            "To": "placements@hearth-fostering.example",
            "Subject": "OOH placement request tonight",
            "Date": "Sun, 22 Nov 2026 21:30:00 +0000",
        },
        body,
    )
    ellis = m.kid("Ellis", "Ward", dob="2014-03-03", age=12, gender="male", legal="C2")
    m.add(
        "b09-bedford_ooh.eml",
        data,
        m.truth(
            "b09-bedford_ooh.eml",
            la="E06000055",
            ref=None,
            date="2026-11-22",
            sw=("Laura Binns", "laura.binns@bedford.gov.uk", "01234 276 500"),
            place=("fostering", "emergency", "short_term", "2026-11-22", "today"),
            children=[ellis],
        ),
    )


def b10(m):
    """Parent and child: the mother is a looked-after 17-year-old; the baby is with her."""

    def build(document):
        document.add_heading("Cumberland Council", 1)
        document.add_paragraph("Parent and Child Assessment Placement - Referral")
        m._table(
            document,
            [
                ["Young person (parent)", "Chloe Dixon"],
                ["Date of birth", "01/09/2009"],
                ["Legal status", "Section 20"],
                ["Baby", "Ivy Dixon, born 12/11/2026"],
                ["Placement type", "Parent and child foster placement"],
                ["Urgency", "Planned"],
                ["Length", "12 weeks"],
                ["Referral date", "23/11/2026"],
                ["Case number", "CUM-30019"],
                ["Social worker", "Grace Irving, 01228 221 500, grace.irving@cumberland.gov.uk"],
            ],
        )

    chloe = m.kid("Chloe", "Dixon", dob="2009-09-01", legal="V2")
    m.add(
        "b10-cumberland_young_parent.docx",
        m._docx(build),
        m.truth(
            "b10-cumberland_young_parent.docx",
            la="E06000063",
            ref="CUM-30019",
            date="2026-11-23",
            sw=("Grace Irving", "grace.irving@cumberland.gov.uk", "01228 221 500"),
            place=("parent_and_child", "planned", "short_term", None, None),
            children=[chloe],
        ),
    )


def build_more(m) -> None:
    for build in [b01, b02, b03, b04, b05, b06, b07, b08, b09, b10]:
        build(m)
