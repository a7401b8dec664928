"""The documents of training_a/ (see make_training_a.py): PDFs with geometry, sibling
groups, who-is-who emails, LAs named only in a heading or domain, unusual labels."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Spacer


def _canvas_pdf(m, draw) -> bytes:
    import io

    buffer = io.BytesIO()
    pdf = m.canvas.Canvas(buffer, pagesize=A4)
    font = m._font()
    pdf.setFont(font, 10)
    draw(pdf, font)
    pdf.save()
    return buffer.getvalue()


def a01(m):
    """Unruled two-column PDF, logo text only, combined labels, a tick grid."""

    def draw(pdf, font):
        pdf.setFont(font, 14)
        pdf.drawString(40, 800, "CITY OF WOLVERHAMPTON COUNCIL")
        pdf.setFont(font, 11)
        pdf.drawString(40, 782, "Children's Services - Referral for Placement")
        pdf.setFont(font, 9)
        rows = [
            ("Child's name", "Leah Ashworth", "CCM No", "W-448120"),
            ("Date of birth", "21/06/2012", "Age and gender", "14 / Female"),
            ("Legal status", "Section 31 Care Order", "Date of referral", "19/11/2026"),
            ("Type of placement", "Foster placement", "Urgency", "Planned"),
            ("Duration", "Long term", "Start date", "07/12/2026"),
            ("School", "Highfields School (Year 10)", "Religion", "None"),
        ]
        y = 750
        for a, b, c, d in rows:
            pdf.drawString(40, y, a)
            pdf.drawString(150, y, b)
            pdf.drawString(310, y, c)
            pdf.drawString(420, y, d)
            y -= 18
        wrapped = [
            (
                "Family time",
                [
                    "Mum fortnightly at the contact centre, supervised; maternal",
                    "grandmother monthly in the community.",
                ],
            ),
            (
                "Health",
                ["Asthma, uses a brown inhaler twice daily. Otherwise well."],
            ),
            (
                "Placement history",
                [
                    "Leah has lived with her current foster carers since 2019; it is her",
                    "first placement and it is ending because the carers are retiring.",
                ],
            ),
        ]
        for label, lines in wrapped:
            pdf.drawString(40, y, label)
            for line in lines:
                pdf.drawString(150, y, line)
                y -= 13
            y -= 6
        y -= 6
        pdf.drawString(40, y, "Risks (tick one box for each)")
        y -= 16
        grid = [
            ("Self-harm", "☐ Current   ☐ Historical   ☒ No known risk"),
            ("Going missing", "☒ Current   ☐ Historical   ☐ No known risk"),
            ("Fire setting", "☐ Current   ☐ Historical   ☒ No known risk"),
            ("Substance misuse", "☐ Current   ☐ Historical   ☒ No known risk"),
        ]
        for label, boxes in grid:
            pdf.drawString(40, y, label)
            pdf.drawString(150, y, boxes)
            y -= 16
        pdf.drawString(40, y, "Details of risks")
        pdf.drawString(150, y, "Leah has been missing overnight three times since September.")
        y -= 30
        for a, b, c, d in [
            ("Social worker", "Harpreet Gill", "Team manager", "Simon Rowe"),
            ("SW email", "harpreet.gill@wolverhampton.gov.uk", "Manager phone", "01902 551 100"),
            ("SW phone", "01902 553 872", "", ""),
        ]:
            pdf.drawString(40, y, a)
            pdf.drawString(150, y, b)
            pdf.drawString(330, y, c)
            pdf.drawString(420, y, d)
            y -= 18

    leah = m.kid(
        "Leah",
        "Ashworth",
        dob="2012-06-21",
        age=14,
        gender="female",
        legal="C2",
        school="Highfields School",
        ft=2,
        prev=1,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "present",
            "to_others/fire_setting": "none_known",
            "to_child/drug_alcohol": "none_known",
        },
    )
    m.add(
        "a01-wolverhampton_unruled.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "a01-wolverhampton_unruled.pdf",
            la="E08000031",
            ref="W-448120",
            date="2026-11-19",
            sw=("Harpreet Gill", "harpreet.gill@wolverhampton.gov.uk", "01902 553 872"),
            place=("fostering", "planned", "long_term", "2026-12-07", "later"),
            children=[leah],
        ),
    )


def a02(m):
    """Three siblings in columns of a ruled PDF table; a trust in the title."""

    def story(font, styles, para):
        return [
            Paragraph("Bradford Children and Families Trust", styles["Title"]),
            Paragraph("Sibling Group Placement Request", styles["Heading2"]),
            m._grid(
                [
                    ["Family reference (LCS number)", "7781204"],
                    ["Date completed", "18 November 2026"],
                    ["Placement sought", "Foster placement to keep the siblings together"],
                    ["Planned or emergency", "Planned"],
                    ["Length", "Long term"],
                ],
                [170, 300],
                font,
            ),
            Spacer(1, 12),
            m._grid(
                [
                    ["", "Child 1", "Child 2", "Child 3"],
                    ["Name", "Aisha Begum", "Zain Begum", "Mariam Begum"],
                    ["Date of birth", "10/02/2014", "23/07/2016", "05/01/2020"],
                    ["Gender", "Female", "Male", "Female"],
                    ["Legal status", "Full Care Order", "Full Care Order", "Full Care Order"],
                    [
                        "School",
                        para("Lister Primary School, Year 6"),
                        para("Lister Primary School, Year 4"),
                        para("Attends nursery part time"),
                    ],
                    [
                        "Health",
                        para("Eczema"),
                        para("No concerns, up to date with immunisations"),
                        para("Speech delay, under SALT"),
                    ],
                    [
                        "Family time",
                        para("Mother weekly, supervised"),
                        para("Mother weekly, supervised"),
                        para("Mother weekly, supervised"),
                    ],
                ],
                [90, 125, 125, 125],
                font,
                header=True,
            ),
            Spacer(1, 12),
            m._grid(
                [
                    ["Allocated social worker", "Nadia Hussain"],
                    ["Email", "nadia.hussain@bradford.gov.uk"],
                    ["Direct line", "01274 431 992"],
                    ["Placement officer", "Craig Mellor, 01274 437 000"],
                ],
                [170, 300],
                font,
            ),
        ]

    common = dict(legal="C2", ft=1, health=True)
    children = [
        m.kid(
            "Aisha",
            "Begum",
            dob="2014-02-10",
            gender="female",
            school="Lister Primary School",
            **common,
        ),
        m.kid(
            "Zain",
            "Begum",
            dob="2016-07-23",
            gender="male",
            school="Lister Primary School",
            **common,
        ),
        m.kid("Mariam", "Begum", dob="2020-01-05", gender="female", **common),
    ]
    m.add(
        "a02-bradford_sibling_table.pdf",
        m._story_pdf(story),
        m.truth(
            "a02-bradford_sibling_table.pdf",
            la="E08000032",
            ref="7781204",
            date="2026-11-18",
            sw=("Nadia Hussain", "nadia.hussain@bradford.gov.uk", "01274 431 992"),
            place=("fostering", "planned", "long_term", None, None),
            children=children,
        ),
    )


def a03(m):
    """Word form, "Child 1 / Child 2" sections; referrer, worker and manager differ."""

    def build(document):
        document.add_heading("KCC Integrated Children's Services", 1)
        document.add_paragraph("Placement Referral")
        document.add_paragraph("Date: 16/11/2026")
        document.add_paragraph("Child ID: 1189034")
        document.add_heading("Child 1", 2)
        for line in [
            "Full name: Ellie-May Turner",
            "DOB: 03/09/2013",
            "Gender: Female",
            "Legal status: Interim Care Order",
            "School: Hartsdown Academy - Year 8",
        ]:
            document.add_paragraph(line)
        document.add_heading("Child 2", 2)
        for line in [
            "Full name: Jack Turner",
            "DOB: 15/12/2015",
            "Gender: Male",
            "Legal status: Interim Care Order",
            "School: Salmestone Primary School (Year 5)",
        ]:
            document.add_paragraph(line)
        document.add_heading("Placement", 2)
        for line in [
            "Placement required: Foster - sibling group to stay together",
            "Emergency or planned: Planned",
            "Length of placement: Short term (up to 6 months)",
            "Family time: Both children see their father once a week.",
            "Health: Both children are healthy; Jack has asthma (inhaler).",
        ]:
            document.add_paragraph(line)
        document.add_heading("Contacts", 2)
        for line in [
            "Referrer: Gemma Locke, Placement Officer, Access to Resources, 03000 415 000, gemma.locke@kent.gov.uk",
            "Child's social worker: Tom Ridley",
            "Social worker's email: tom.ridley@kent.gov.uk",
            "Social worker's mobile: 07700 900 418",
            "Team manager: Rebecca Stone, 03000 412 300",
        ]:
            document.add_paragraph(line)

    children = [
        m.kid(
            "Ellie-May",
            "Turner",
            dob="2013-09-03",
            gender="female",
            legal="C1",
            school="Hartsdown Academy",
            ft=1,
            health=True,
        ),
        m.kid(
            "Jack",
            "Turner",
            dob="2015-12-15",
            gender="male",
            legal="C1",
            school="Salmestone Primary School",
            ft=1,
            health=True,
        ),
    ]
    m.add(
        "a03-kent_child_sections.docx",
        m._docx(build),
        m.truth(
            "a03-kent_child_sections.docx",
            la="E10000016",
            ref="1189034",
            date="2026-11-16",
            sw=("Tom Ridley", "tom.ridley@kent.gov.uk", "07700 900 418"),
            place=("fostering", "planned", "short_term", None, None),
            children=children,
        ),
    )


def a04(m):
    """Parent and child: an adult mother, the baby is the child; a family-members table."""

    def build(document):
        document.add_heading("Hull CC - Children's Social Care", 1)
        document.add_paragraph("Parent and Child Placement Referral")
        m._table(
            document,
            [
                ["Mosaic ID", "6620913"],
                ["Date of referral", "20 November 2026"],
                ["Type of placement", "Parent and child foster placement"],
                ["Emergency or planned", "Planned"],
                ["Duration", "12 week assessment"],
                ["Start date", "30/11/2026"],
            ],
        )
        document.add_heading("Parent's details", 2)
        m._table(
            document,
            [
                ["Mother's name", "Kayleigh Dawson"],
                ["Mother's date of birth", "04/05/2004"],
                ["Mother's needs", "Mild learning disability; needs prompting with routines."],
            ],
        )
        document.add_heading("Baby's details", 2)
        m._table(
            document,
            [
                ["Baby's name", "Harley Dawson"],
                ["Baby's DOB", "28/10/2026"],
                ["Sex", "Male"],
                ["Legal status", "Interim Care Order"],
                ["Baby's health", "Born at 36 weeks, feeding well, no ongoing health needs"],
            ],
        )
        document.add_heading("Family members", 2)
        m._table(
            document,
            [
                ["Name", "Relationship", "Date of birth", "Family time"],
                ["Sandra Dawson", "Maternal grandmother", "11/03/1970", "Weekly, supervised"],
                ["Reece Cole", "Father of baby", "Not known", "No contact (non-molestation order)"],
            ],
        )
        document.add_heading("Social worker", 2)
        m._table(
            document,
            [
                ["Name", "Lauren Pike"],
                ["Email", "lauren.pike@hullcc.gov.uk"],
                ["Telephone", "01482 616 302"],
            ],
        )

    baby = m.kid("Harley", "Dawson", dob="2026-10-28", gender="male", legal="C1", ft=1, health=True)
    m.add(
        "a04-hull_parent_and_baby.docx",
        m._docx(build),
        m.truth(
            "a04-hull_parent_and_baby.docx",
            la="E06000010",
            ref="6620913",
            date="2026-11-20",
            sw=("Lauren Pike", "lauren.pike@hullcc.gov.uk", "01482 616 302"),
            place=("parent_and_child", "planned", "short_term", "2026-11-30", "later"),
            children=[baby],
        ),
    )


def a05(m):
    """A duty mailbox sends it; the worker is named in the body; a first-name sign-off."""
    body = """Hello,

Please see below a request for an emergency residential placement tonight. The
allocated social worker is Priya Shah (priya.shah@leeds.gov.uk / 0113 378 4455) -
please direct all questions about Tyler to her, not to this mailbox.

Name: Tyler Moore
DOB: 08/08/2011
Gender: Male
Legal: s20
ICS ID: 3390112
School: Leeds West Academy Yr 10
Health: Type 1 diabetes, insulin pump.
Family time: phone calls with his dad every evening.
Risks: goes missing frequently (five episodes this month).
Duration: not known yet

Thanks
Jo
Duty and Advice Team, Leeds Children and Families
0113 222 4403
"""
    data = m._email(
        {
            "From": "Children's Duty <duty.cic@leeds.gov.uk>",
            "To": "placements@hearth-fostering.example",
            "Subject": "Emergency placement needed tonight - TM",
            "Date": "Mon, 23 Nov 2026 16:40:00 +0000",
        },
        body,
    )
    tyler = m.kid(
        "Tyler",
        "Moore",
        dob="2011-08-08",
        gender="male",
        legal="V2",
        school="Leeds West Academy",
        ft=1,
        health=True,
        risks={"to_child/missing": "present"},
    )
    m.add(
        "a05-leeds_duty_body_worker.eml",
        data,
        m.truth(
            "a05-leeds_duty_body_worker.eml",
            la="E08000035",
            ref="3390112",
            date="2026-11-23",
            sw=("Priya Shah", "priya.shah@leeds.gov.uk", "0113 378 4455"),
            place=("residential", "emergency", None, "2026-11-23", "today"),
            children=[tyler],
        ),
    )


def a06(m):
    """A forward: the outer date is the referral date; its correction beats the original."""
    body = """Hi all,

Please see the referral below from Dan. Please note the correct date of birth is
30/01/2010, not 30/01/2011 as below.

Karen Lowe
Placement Officer, Rotherham Children and Young People's Services
01709 254 111

---------- Forwarded message ---------
From: Dan Hirst <dan.hirst@rotherham.gov.uk>
Date: Thu, 12 Nov 2026 at 10:02
Subject: Placement referral - Sophie Carr
To: Placements <placements@rotherham.gov.uk>

Karen,

Could you look for a foster placement for Sophie please. Details:

Child: Sophie Carr
Date of birth: 30/01/2011
Female
Legal status: Section 20
Mosaic number: 5512093
Placement: foster care, planned, long term
School: Wath Academy (Year 11)
Family time: Sophie sees her mum every Saturday, unsupervised.
Health: no known health needs.

Thanks
Dan Hirst | Social Worker | Looked After Children Team | 01709 336 778
"""
    data = m._email(
        {
            "From": "Placements <placements@rotherham.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "FW: Placement referral - Sophie Carr",
            "Date": "Wed, 18 Nov 2026 09:12:00 +0000",
        },
        body,
    )
    sophie = m.kid(
        "Sophie",
        "Carr",
        dob="2010-01-30",
        gender="female",
        legal="V2",
        school="Wath Academy",
        ft=1,
        health=True,
    )
    m.add(
        "a06-rotherham_forward_correction.eml",
        data,
        m.truth(
            "a06-rotherham_forward_correction.eml",
            la="E08000018",
            ref="5512093",
            date="2026-11-18",
            sw=("Dan Hirst", "dan.hirst@rotherham.gov.uk", "01709 336 778"),
            place=("fostering", "planned", "long_term", None, None),
            children=[sophie],
        ),
    )


def a07(m):
    """EDT on a Saturday night: the EDT worker is not the child's social worker."""
    body = """EDT referral - out of hours

I am the EDT worker on shift tonight (Mark Fenwick, 01609 780 780). We need an
emergency foster placement tonight for Kian Walsh, 13, male, DOB 17/04/2013, taken
into police protection this evening.

Kian's allocated social worker is Claire Abbott, who will be back on Monday:
claire.abbott@northyorks.gov.uk, 01609 533 219.

Duration: short term, until a strategy meeting on Monday.
Kian attends Ripon Grammar School. He has no health needs.
There is no history of going missing or self-harm.

Mark
Emergency Duty Team
"""
    data = m._email(
        {
            "From": "Emergency Duty Team <edt@northyorks.gov.uk>",
            "To": "placements@hearth-fostering.example",
            "Subject": "URGENT - EDT placement request",
            "Date": "Sat, 21 Nov 2026 23:10:00 +0000",
        },
        body,
    )
    kian = m.kid(
        "Kian",
        "Walsh",
        dob="2013-04-17",
        age=13,
        gender="male",
        legal="L1",
        school="Ripon Grammar School",
        health=True,
        risks={"to_child/missing": "none_known", "to_child/self_harm": "none_known"},
    )
    m.add(
        "a07-north_yorks_edt.eml",
        data,
        m.truth(
            "a07-north_yorks_edt.eml",
            la="E06000065",
            ref=None,
            date="2026-11-21",
            sw=("Claire Abbott", "claire.abbott@northyorks.gov.uk", "01609 533 219"),
            place=("fostering", "emergency", "short_term", "2026-11-21", "today"),
            children=[kian],
        ),
    )


def a08(m):
    """Plain text, "delete as appropriate" left undeleted, occupancy and team area."""
    text = """DERBY CITY COUNCIL
People Services - Request for Accommodation

LCS number: DB-22019
Date of request: 17/11/2026

Name of young person: Ruby Fletcher
Date of birth: 12/12/2010
Age and gender: 15 yrs, F
Legal status: S20 / ICO / Full Care Order (delete as appropriate)
Placement type: Residential
Shared or solo occupancy: Solo occupancy recommended
Cared for alongside: No younger children
Emergency / Planned: Planned
Duration: Medium to long term
Team: Derby North Locality, Chaddesden area
School: Not currently in education (NEET)
Health: Anxiety, seen by CAMHS monthly.
Family time: none planned at present.

Allocated SW: Sian Evans
Tel: 01332 642 855
Email: sian.evans@derby.gov.uk
"""
    ruby = m.kid(
        "Ruby",
        "Fletcher",
        dob="2010-12-12",
        age=15,
        gender="female",
        ft=0,
        health=True,
    )
    expected = m.truth(
        "a08-derby_delete_as_appropriate.txt",
        la="E06000015",
        ref="DB-22019",
        date="2026-11-17",
        sw=("Sian Evans", "sian.evans@derby.gov.uk", "01332 642 855"),
        place=("residential", "planned", "long_term", None, None),
        children=[ruby],
        unclear=["/children/0/legal_status"],
    )
    m.add("a08-derby_delete_as_appropriate.txt", text.encode(), expected)


def a09(m):
    """Word label|value table: Mosaic ID, Ethnicity/Religion with remarks, a school with
    its year group, LA only in the mail domain, a history table with a home row."""

    def build(document):
        document.add_heading("Referral for a placement", 1)
        m._table(
            document,
            [
                ["Mosaic ID", "30021877"],
                ["Referral date", "13 November 2026"],
                ["Name", "Noah Kershaw"],
                ["Age and gender", "8yrs, male"],
                ["Date of birth", "02/05/2018"],
                [
                    "Ethnicity/Religion",
                    "White British / Church of England (christened, not practising)",
                ],
                ["Legal status", "Care Order (s31)"],
                ["School", "St Mary's Catholic Primary School - Year 4"],
                ["Placement type", "Foster care"],
                ["Planned / emergency", "Planned"],
                ["Duration", "Permanence"],
                ["Health", "Glue ear; grommets fitted in 2024"],
                ["Family time", "Maternal aunt, monthly, unsupervised"],
                ["Allocated social worker", "Femi Adebayo"],
                ["Email", "femi.adebayo@lancashire.gov.uk"],
                ["Phone", "01772 536 201"],
            ],
        )
        document.add_paragraph("Previous placements")
        m._table(
            document,
            [
                ["From", "To", "Where", "Why it ended"],
                ["05/2018", "03/2023", "At home with mother", "Neglect; s20"],
                ["03/2023", "09/2023", "Foster carers (IFA)", "Short-term placement ended"],
                ["09/2023", "06/2025", "Foster carers (in-house)", "Carer ill health"],
                [
                    "06/2025",
                    "present",
                    "Foster carers (in-house)",
                    "Carers not able to offer permanence",
                ],
            ],
        )

    noah = m.kid(
        "Noah",
        "Kershaw",
        dob="2018-05-02",
        age=8,
        gender="male",
        legal="C2",
        school="St Mary's Catholic Primary School",
        ft=1,
        ph=3,
        prev=3,
        health=True,
    )
    m.add(
        "a09-lancs_mosaic_table.docx",
        m._docx(build),
        m.truth(
            "a09-lancs_mosaic_table.docx",
            la="E10000017",
            ref="30021877",
            date="2026-11-13",
            sw=("Femi Adebayo", "femi.adebayo@lancashire.gov.uk", "01772 536 201"),
            place=("fostering", "planned", "permanence", None, None),
            children=[noah],
        ),
    )


def a10(m):
    """PDF with a placement-history table (count the care rows) and a trust's title."""

    def story(font, styles, para):
        return [
            Paragraph("Together for Children", styles["Title"]),
            Paragraph("Commissioning Team - External Placement Request", styles["Heading2"]),
            m._grid(
                [
                    ["Child's name", "Connor Bell"],
                    ["DOB", "09/09/2009"],
                    ["Gender", "Male"],
                    ["Child ID", "TFC-0093311"],
                    ["Date of request", "10/11/2026"],
                    ["Legal status", "Care Order"],
                    ["Type of placement", "Residential children's home"],
                    ["Urgency", "Planned"],
                    ["Duration", "Long term"],
                    ["Education", para("Sunderland College, level 1 catering")],
                    ["Health", para("ADHD, medicated (methylphenidate)")],
                ],
                [150, 320],
                font,
            ),
            Spacer(1, 10),
            Paragraph("Placement history", styles["Heading3"]),
            m._grid(
                [
                    ["Dates", "Placement", "Reason for ending"],
                    ["2017 - 2019", "Foster carers, Washington", para("Carers' own family needs")],
                    [
                        "2019 - 2022",
                        "Foster carers, Hendon",
                        para("Allegation against carer (unfounded)"),
                    ],
                    ["2022 - 2024", "Residential home, Durham", para("Home closed")],
                    ["2024 - now", "Residential home, Sunderland", para("Needs a smaller home")],
                ],
                [90, 190, 190],
                font,
                header=True,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    [
                        "Referrer (placement officer)",
                        "Joanne Firth, 0191 561 2233, joanne.firth@togetherforchildren.org.uk",
                    ],
                    ["Social worker", "Liam Gowland"],
                    [
                        "Social worker contact",
                        para("liam.gowland@togetherforchildren.org.uk, 0191 561 4870"),
                    ],
                ],
                [150, 320],
                font,
            ),
        ]

    connor = m.kid(
        "Connor",
        "Bell",
        dob="2009-09-09",
        gender="male",
        legal="C2",
        school="Sunderland College",
        ph=4,
        prev=4,
        health=True,
    )
    m.add(
        "a10-sunderland_history_table.pdf",
        m._story_pdf(story),
        m.truth(
            "a10-sunderland_history_table.pdf",
            la="E08000024",
            ref="TFC-0093311",
            date="2026-11-10",
            sw=("Liam Gowland", "liam.gowland@togetherforchildren.org.uk", "0191 561 4870"),
            place=("residential", "planned", "long_term", None, None),
            children=[connor],
        ),
    )


def a11(m):
    """No referral date anywhere: the draft must say so, never use the upload day."""
    text = """Brighton & Hove City Council - Families, Children and Learning

PLACEMENT REQUEST

Child: Maisie Holt
Date of birth: 25/03/2015
Sex: Female
Legal status: Interim care order (s.38)
Placement needed: foster placement, planned
Placement to start from: 14/12/2026
Expected length: short term
School: Moulsecoomb Primary (Year 6)
Health: No health needs.
Family time: weekly with mum, supervised by the contact service.
Previous placements: none - this will be her first time in care.

Social worker: Ben Okoro, ben.okoro@brighton-hove.gov.uk, 01273 295 500
"""
    maisie = m.kid(
        "Maisie",
        "Holt",
        dob="2015-03-25",
        gender="female",
        legal="C1",
        school="Moulsecoomb Primary",
        ft=1,
        ph=0,
        prev=0,
        health=True,
    )
    m.add(
        "a11-brighton_no_date.txt",
        text.encode(),
        m.truth(
            "a11-brighton_no_date.txt",
            la="E06000043",
            ref=None,
            date=None,
            sw=("Ben Okoro", "ben.okoro@brighton-hove.gov.uk", "01273 295 500"),
            place=("fostering", "planned", "short_term", "2026-12-14", None),
            children=[maisie],
        ),
    )


def a12(m):
    """Canvas PDF with two label/value pairs a line; the referral date is TBC."""

    def draw(pdf, font):
        pdf.setFont(font, 13)
        pdf.drawString(40, 800, "BCP Council")
        pdf.setFont(font, 10)
        pdf.drawString(40, 784, "Children's Services - Placement Referral Form")
        rows = [
            ("Name:", "Freya Lane", "DOB:", "14/07/2012"),
            ("Gender:", "Female", "System ID:", "BCP771204"),
            ("Date of referral:", "TBC", "Legal:", "Section 20"),
            ("Setting:", "Foster care", "Urgency:", "Planned"),
            ("Duration:", "Short term", "Religion:", "Catholic (attends Mass)"),
        ]
        y = 750
        for a, b, c, d in rows:
            pdf.drawString(40, y, a)
            pdf.drawString(130, y, b)
            pdf.drawString(300, y, c)
            pdf.drawString(380, y, d)
            y -= 18
        y -= 8
        for label, value in [
            ("School:", "Oakdale Junior School, Year 6 (must stay if possible)"),
            ("Health:", "Well; wears glasses."),
            ("Family time:", "Dad twice a week after school, unsupervised."),
            ("Social worker:", "Ollie Grant"),
            ("Email:", "ollie.grant@bcpcouncil.gov.uk"),
            ("Mobile:", "07700 900 246"),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(130, y, value)
            y -= 18

    freya = m.kid(
        "Freya",
        "Lane",
        dob="2012-07-14",
        gender="female",
        legal="V2",
        school="Oakdale Junior School",
        ft=1,
        health=True,
    )
    m.add(
        "a12-bcp_date_tbc.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "a12-bcp_date_tbc.pdf",
            la="E06000058",
            ref="BCP771204",
            date=None,
            sw=("Ollie Grant", "ollie.grant@bcpcouncil.gov.uk", "07700 900 246"),
            place=("fostering", "planned", "short_term", None, None),
            children=[freya],
            unclear=["/referral_date"],
        ),
    )


def a13(m):
    """Sent by business support on the worker's behalf; the only number is a team's."""
    body = """Good afternoon,

I am writing on behalf of Amir Khan, Izzy's social worker, who is in court today.

Izzy Doyle (born 06/06/2014) is a 12 year old girl subject to an Interim Care Order.
She needs a planned long-term foster placement. Her Mosaic number is 2290417.
She attends Hindley High School (Year 8). She has no health needs.

If you have any questions please ring our Placement Finding Team on 01942 828 300.

Kind regards

Sue Platt
Business Support Officer
"""
    data = m._email(
        {
            "From": "Sue Platt <s.platt@wigan.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "Referral for Izzy Doyle",
            "Date": "Tue, 17 Nov 2026 14:05:00 +0000",
        },
        body,
    )
    izzy = m.kid(
        "Izzy",
        "Doyle",
        dob="2014-06-06",
        age=12,
        gender="female",
        legal="C1",
        school="Hindley High School",
        health=True,
    )
    m.add(
        "a13-wigan_on_behalf.eml",
        data,
        m.truth(
            "a13-wigan_on_behalf.eml",
            la="E08000010",
            ref="2290417",
            date="2026-11-17",
            sw=("Amir Khan", None, None),
            place=("fostering", "planned", "long_term", None, None),
            children=[izzy],
        ),
    )


def a14(m):
    """Word, LA only in the page header as initials; four-column label/value table."""

    def build(document):
        document.sections[0].header.paragraphs[0].text = "CWaC Children's Services"
        document.add_heading("Placement Request", 1)
        m._table(
            document,
            [
                ["First name", "Callum", "Surname", "Price"],
                ["Known as", "Cal", "Mosaic no.", "7001452"],
                ["DOB", "30/11/2011", "Gender", "Male"],
                ["Legal status", "S.20", "Referral date", "12 Nov 2026"],
                ["Placement type", "Foster", "Emergency?", "No - planned"],
                ["Duration", "Long-term", "Needed from", "01/12/2026"],
                ["School", "Upton-by-Chester High School, Y10", "Health", "Asthma"],
                [
                    "Cared for alongside",
                    "Can live with younger children",
                    "Shared or solo occupancy",
                    "Shared",
                ],
                ["Social worker", "Hannah Birch", "SW phone", "01244 977 412"],
                [
                    "SW email",
                    "hannah.birch@cheshirewestandchester.gov.uk",
                    "Team manager",
                    "Alan Marsh",
                ],
            ],
        )
        document.add_paragraph(
            "Family time: Nan every Sunday afternoon; dad fortnightly, supervised."
        )

    callum = m.kid(
        "Callum",
        "Price",
        dob="2011-11-30",
        gender="male",
        legal="V2",
        school="Upton-by-Chester High School",
        ft=2,
        health=True,
    )
    m.add(
        "a14-cwac_header_grid.docx",
        m._docx(build),
        m.truth(
            "a14-cwac_header_grid.docx",
            la="E06000050",
            ref="7001452",
            date="2026-11-12",
            sw=("Hannah Birch", "hannah.birch@cheshirewestandchester.gov.uk", "01244 977 412"),
            place=("fostering", "planned", "long_term", "2026-12-01", "later"),
            children=[callum],
        ),
    )


def a15(m):
    """A reply correcting the reference quoted below it with "> " lines."""
    body = """Apologies, the referral below had the wrong ICS number - it should be 4471920.

Thanks, Gail

On Mon, 16 Nov 2026 at 11:20, Gail Openshaw <gail.openshaw@tameside.gov.uk> wrote:
> Dear provider,
>
> Please consider Darcy for a planned foster placement (long term).
>
> Name: Darcy Nuttall
> DOB: 19/02/2016
> Gender: F
> ICS number: 4471902
> Legal status: full care order
> School: Hyde Community College, Year 5
> Family time: Darcy sees her brothers monthly.
> Health: no concerns.
>
> Gail Openshaw
> Social Worker, Children in Care Team
> 0161 342 8355
"""
    data = m._email(
        {
            "From": "Gail Openshaw <gail.openshaw@tameside.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "RE: Referral - Darcy Nuttall",
            "Date": "Tue, 17 Nov 2026 08:45:00 +0000",
        },
        body,
    )
    darcy = m.kid(
        "Darcy",
        "Nuttall",
        dob="2016-02-19",
        gender="female",
        legal="C2",
        school="Hyde Community College",
        ft=1,
        health=True,
    )
    m.add(
        "a15-tameside_reply_reference.eml",
        data,
        m.truth(
            "a15-tameside_reply_reference.eml",
            la="E08000008",
            ref="4471920",
            date="2026-11-17",
            sw=("Gail Openshaw", "gail.openshaw@tameside.gov.uk", "0161 342 8355"),
            place=("fostering", "planned", "long_term", None, None),
            children=[darcy],
        ),
    )


def a16(m):
    """Two siblings answered in one cell each, by name; the LA only as initials."""
    text = """ECC Children and Families
Sibling placement referral

Names: Lily Watts (DOB 02/04/2015) and Oscar Watts (DOB 19/09/2017)
Gender: Lily - F, Oscar - M
Legal status: Both ICO
School: Lily - Year 6 at Greenfields Primary; Oscar - Year 4 at Greenfields Primary
Health: Lily - none. Oscar - hearing aids (moderate hearing loss).
Family time: both see mum twice a week, supervised.
Mosaic ref: 8801345
Date: 19/11/2026
Placement: foster, together, planned, long term

SW: Dawn Rider, dawn.rider@essex.gov.uk, 0333 013 8111
"""
    common = dict(legal="C1", school="Greenfields Primary", ft=1, health=True)
    children = [
        m.kid("Lily", "Watts", dob="2015-04-02", gender="female", **common),
        m.kid("Oscar", "Watts", dob="2017-09-19", gender="male", **common),
    ]
    m.add(
        "a16-essex_one_cell_per_child.txt",
        text.encode(),
        m.truth(
            "a16-essex_one_cell_per_child.txt",
            la="E10000012",
            ref="8801345",
            date="2026-11-19",
            sw=("Dawn Rider", "dawn.rider@essex.gov.uk", "0333 013 8111"),
            place=("fostering", "planned", "long_term", None, None),
            children=children,
        ),
    )


def a17(m):
    """Canvas PDF: wrapped labels over two lines and a Yes/No tick grid with a header."""

    def draw(pdf, font):
        pdf.setFont(font, 13)
        pdf.drawString(40, 800, "Dudley MBC")
        pdf.setFont(font, 10)
        pdf.drawString(40, 784, "Looked After Children - Placement Referral")
        y = 750
        for label_lines, value in [
            (["Child's full", "name"], "Jordan Hale"),
            (["Date of", "birth"], "11/01/2012"),
            (["Gender"], "Male"),
            (["Child's legal", "status"], "Interim Care Order"),
            (["Case number", "(LCS)"], "D-2201987"),
            (["Date referral", "made"], "20/11/2026"),
            (["Placement", "required"], "Foster care, emergency"),
            (["How long"], "Short term"),
            (["Start date"], "20/11/2026"),
        ]:
            pdf.drawString(170, y, value)
            for line in label_lines:
                pdf.drawString(40, y, line)
                y -= 12
            y -= 8
        y -= 6
        pdf.drawString(40, y, "Risk")
        pdf.drawString(250, y, "Yes")
        pdf.drawString(300, y, "No")
        y -= 16
        for label, yes in [
            ("Self-harm", False),
            ("Going missing", False),
            ("Physical aggression", True),
            ("Fire setting", False),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(250, y, "☒" if yes else "☐")
            pdf.drawString(300, y, "☐" if yes else "☒")
            y -= 16
        y -= 10
        for label, value in [
            ("Social worker", "Priti Mistry"),
            ("Contact", "priti.mistry@dudley.gov.uk / 01384 815 870"),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(170, y, value)
            y -= 16

    jordan = m.kid(
        "Jordan",
        "Hale",
        dob="2012-01-11",
        gender="male",
        legal="C1",
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "none_known",
            "to_others/physical_harm": "present",
            "to_others/fire_setting": "none_known",
        },
    )
    m.add(
        "a17-dudley_wrapped_labels.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "a17-dudley_wrapped_labels.pdf",
            la="E08000027",
            ref="D-2201987",
            date="2026-11-20",
            sw=("Priti Mistry", "priti.mistry@dudley.gov.uk", "01384 815 870"),
            place=("fostering", "emergency", "short_term", "2026-11-20", "today"),
            children=[jordan],
        ),
    )


def a18(m):
    """Professionals table (guardian, IRO, worker, manager) and a family table."""

    def build(document):
        document.add_heading("RBKC Family and Children's Services", 1)
        document.add_paragraph("Request for placement")
        for line in [
            "Child's name: Omar Haddad",
            "DOB: 07/07/2010",
            "Gender: Male",
            "Legal status: Remanded to local authority accommodation",
            "Placement: residential, planned, short term",
            "Referral date: 09/11/2026",
            "LA reference: K-55120",
            "School: Chelsea Academy (Year 12)",
            "Health: No diagnosed needs.",
        ]:
            document.add_paragraph(line)
        document.add_paragraph("Professionals involved")
        m._table(
            document,
            [
                ["Role", "Name", "Phone", "Email"],
                ["Children's Guardian", "Ruth Adler", "020 7361 0001", "ruth.adler@cafcass.gov.uk"],
                ["IRO", "Peter Crane", "020 7361 0002", "peter.crane@rbkc.gov.uk"],
                ["Social Worker", "Maya Osei", "020 7361 3470", "maya.osei@rbkc.gov.uk"],
                ["Team Manager", "Lucy Ward", "020 7361 3400", "lucy.ward@rbkc.gov.uk"],
            ],
        )
        document.add_paragraph("Family members")
        m._table(
            document,
            [
                ["Name", "Relationship", "Age", "Family time"],
                ["Nadia Haddad", "Mother", "41", "Weekly, supervised"],
                ["Sami Haddad", "Brother", "9", "Weekly with mother"],
                ["Yusuf Haddad", "Father", "45", "No contact"],
            ],
        )

    omar = m.kid(
        "Omar",
        "Haddad",
        dob="2010-07-07",
        gender="male",
        legal="J1",
        school="Chelsea Academy",
        ft=2,
        health=True,
    )
    m.add(
        "a18-rbkc_professionals.docx",
        m._docx(build),
        m.truth(
            "a18-rbkc_professionals.docx",
            la="E09000020",
            ref="K-55120",
            date="2026-11-09",
            sw=("Maya Osei", "maya.osei@rbkc.gov.uk", "020 7361 3470"),
            place=("residential", "planned", "short_term", None, None),
            children=[omar],
        ),
    )


def a19(m):
    """The worker sends it and signs with a first name; the phone is in the body."""
    body = """Hi,

I'm Ella's social worker and I'm looking for a planned long term foster home for
her. Ella Jenkins was born on 12/08/2013 and has been accommodated under section 20
since the summer. LCS ref 1120384. She goes to Cleeve School (Year 9) and would
like to stay there. Family time with her mum is once a fortnight. This is her
third placement. No health needs.

You can reach me on 07700 900 771.

Many thanks
Rhiannon
"""
    data = m._email(
        {
            "From": "Rhiannon Price <rhiannon.price@gloucestershire.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "Placement search",
            "Date": "Fri, 13 Nov 2026 10:30:00 +0000",
        },
        body,
    )
    ella = m.kid(
        "Ella",
        "Jenkins",
        dob="2013-08-12",
        gender="female",
        legal="V2",
        school="Cleeve School",
        ft=1,
        prev=2,
        health=True,
    )
    m.add(
        "a19-glos_first_name_signoff.eml",
        data,
        m.truth(
            "a19-glos_first_name_signoff.eml",
            la="E10000013",
            ref="1120384",
            date="2026-11-13",
            sw=("Rhiannon Price", "rhiannon.price@gloucestershire.gov.uk", "07700 900 771"),
            place=("fostering", "planned", "long_term", None, None),
            children=[ella],
        ),
    )


def a20(m):
    """Word, a trust's heading, "this is her third placement", a religion remark."""

    def build(document):
        document.add_heading("Worcestershire Children First", 1)
        document.add_paragraph("Placement Referral - planned")
        m._table(
            document,
            [
                ["Name", "Tia Morgan"],
                ["Date of birth", "03/03/2012"],
                ["Gender", "Female"],
                ["ICS ID", "WCF-441200"],
                ["Date", "11/11/2026"],
                ["Legal Status", "Section 31 (full care order)"],
                [
                    "Ethnicity / religion",
                    "Mixed White and Asian / Sikh (attends Gurdwara with nan)",
                ],
                ["Placement type", "Foster care"],
                ["Planned / Emergency", "Planned"],
                ["Duration", "Long term"],
                ["School", "Nunnery Wood High School, Year 9"],
                ["Health", "Enuresis; under paediatrician"],
                ["Placement history", "This is her third placement."],
                ["Family time", "Mum and nan monthly, supervised"],
                [
                    "Social worker",
                    "Josh Allen, josh.allen@worcschildrenfirst.org.uk, 01905 845 200",
                ],
            ],
        )

    tia = m.kid(
        "Tia",
        "Morgan",
        dob="2012-03-03",
        gender="female",
        legal="C2",
        school="Nunnery Wood High School",
        ft=1,
        prev=2,
        health=True,
    )
    m.add(
        "a20-worcs_trust_third_placement.docx",
        m._docx(build),
        m.truth(
            "a20-worcs_trust_third_placement.docx",
            la="E10000034",
            ref="WCF-441200",
            date="2026-11-11",
            sw=("Josh Allen", "josh.allen@worcschildrenfirst.org.uk", "01905 845 200"),
            place=("fostering", "planned", "long_term", None, None),
            children=[tia],
        ),
    )


def a21(m):
    """PDF: two siblings as "Child A / Child B" columns, a tick grid cell per risk."""

    def story(font, styles, para):
        return [
            Paragraph("Doncaster Children's Services Trust", styles["Title"]),
            m._grid(
                [
                    ["Referral date", "15/11/2026", "Reference", "DCST-30418"],
                    ["Placement", "Foster, sibling pair", "Urgency", "Planned"],
                    ["Duration", "Long term", "Start", "ASAP"],
                ],
                [90, 150, 80, 150],
                font,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["", "Child A", "Child B"],
                    ["Name", "Reggie Sykes", "Poppy Sykes"],
                    ["DOB", "21/10/2013", "04/04/2016"],
                    ["Gender", "Male", "Female"],
                    ["Legal status", "ICO", "ICO"],
                    ["School", "Balby Carr Academy (Yr 8)", "Sandringham Primary (Yr 5)"],
                    ["Self-harm", "☐ Yes ☒ No known risk", "☐ Yes ☒ No known risk"],
                    ["Going missing", "☒ Yes ☐ No known risk", "☐ Yes ☒ No known risk"],
                    ["Health", para("No needs"), para("Peanut allergy, carries an epipen")],
                ],
                [90, 190, 190],
                font,
                header=True,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    [
                        "Social worker",
                        para("Kelly Nunn<br/>kelly.nunn@dcstrust.co.uk<br/>01302 737 777"),
                    ],
                    ["Placement officer", "Dean Platt, 01302 734 000"],
                ],
                [150, 320],
                font,
            ),
        ]

    children = [
        m.kid(
            "Reggie",
            "Sykes",
            dob="2013-10-21",
            gender="male",
            legal="C1",
            school="Balby Carr Academy",
            health=True,
            risks={"to_child/self_harm": "none_known", "to_child/missing": "present"},
        ),
        m.kid(
            "Poppy",
            "Sykes",
            dob="2016-04-04",
            gender="female",
            legal="C1",
            school="Sandringham Primary",
            health=True,
            risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
        ),
    ]
    m.add(
        "a21-doncaster_child_a_b.pdf",
        m._story_pdf(story),
        m.truth(
            "a21-doncaster_child_a_b.pdf",
            la="E08000017",
            ref="DCST-30418",
            date="2026-11-15",
            sw=("Kelly Nunn", "kelly.nunn@dcstrust.co.uk", "01302 737 777"),
            # "Start: ASAP" is the referral date
            place=("fostering", "planned", "long_term", "2026-11-15", "today"),
            children=children,
        ),
    )


def a22(m):
    """Text: "Age/Sex", "System ID", a count of placements in words, Herts CC."""
    text = """Herts CC - Children's Services
Placement Request (Children Looked After)

System ID: 60019384
Request date: 18.11.2026
Young person: Ibrahim Sesay
Age/Sex: 15 M
DOB: 01/02/2011
Religion: Muslim (non-practising)
Legal status: Section 20 (accommodated)
School: Bishop's Stortford High School, Yr 11
Type of placement: foster placement
Emergency/planned: planned
Duration: long term
Previous placements: two (one foster, one residential)
Health: seasonal hay fever only.
Family time: phone calls with his uncle weekly.

Allocated worker: Grace Mensah (grace.mensah@hertfordshire.gov.uk, 01992 555 921)
Placements officer: Tony Hale (tony.hale@hertfordshire.gov.uk, 01992 555 000)
"""
    ibrahim = m.kid(
        "Ibrahim",
        "Sesay",
        dob="2011-02-01",
        age=15,
        gender="male",
        legal="V2",
        school="Bishop's Stortford High School",
        ft=1,
        prev=2,
        health=True,
    )
    m.add(
        "a22-herts_age_sex.txt",
        text.encode(),
        m.truth(
            "a22-herts_age_sex.txt",
            la="E10000015",
            ref="60019384",
            date="2026-11-18",
            sw=("Grace Mensah", "grace.mensah@hertfordshire.gov.uk", "01992 555 921"),
            place=("fostering", "planned", "long_term", None, None),
            children=[ibrahim],
        ),
    )


def build_all(m) -> None:
    builders = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11]
    builders += [a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22]
    for build in builders:
        build(m)
