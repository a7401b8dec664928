"""The second half of training_c/ (see make_training_c.py): prompt-and-answer forms,
tick-box settings, sibling columns, semi-independent and solo requests, undeleted
options, a request after a secure placement."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer
from training_c_docs import _canvas_pdf, _controlled


def c13(m):
    """Questions as labels, answered yes or no, in plain text."""
    text = """Leicester City Council - Social Care & Early Help
REFERRAL SUMMARY FOR EXTERNAL PLACEMENT

Liquidlogic ID: 3309127      Date of referral: 23rd November 2026

Child's name: Ethan Walsh
Date of birth: 12 February 2012
Gender: M
What is the child's legal status? Section 20
What type of placement is needed? Foster care
Is this an emergency? No - planned
How long is the placement likely to last? Long term
When is the placement needed from? 14 December 2026

Does the child attend school? Yes - Hamilton Academy (Year 9)
Does the child have any health needs? None known
Does the child have family time? Yes - dad every Sunday, unsupervised
How many placements has the child had? Two, including the current one

Is there a history of self-harm? No
Has the child ever gone missing? Yes - twice in 2024, none since
Are there concerns about sexual exploitation? No
Are there concerns about criminal exploitation? No
Does the child misuse drugs or alcohol? No
Has the child been violent to others? No
Has the child set fires? No

Social worker: Grace Adebayo, grace.adebayo@leicester.gov.uk, 0116 454 1000
"""
    ethan = m.kid(
        "Ethan",
        "Walsh",
        dob="2012-02-12",
        gender="male",
        legal="V2",
        school="Hamilton Academy",
        ft=1,
        prev=2,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "historical",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
            "to_child/drug_alcohol": "none_known",
            "to_others/physical_harm": "none_known",
            "to_others/fire_setting": "none_known",
        },
    )
    m.add(
        "c13-leicester_questions.txt",
        text.encode(),
        m.truth(
            "c13-leicester_questions.txt",
            la="E06000016",
            ref="3309127",
            date="2026-11-23",
            sw=("Grace Adebayo", "grace.adebayo@leicester.gov.uk", "0116 454 1000"),
            place=("fostering", "planned", "long_term", "2026-12-14", "later"),
            children=[ethan],
        ),
    )


def c14(m):
    """An unruled provider PDF: the setting ticked among options, two columns."""

    def draw(pdf, font):
        pdf.setFont(font, 13)
        pdf.drawString(40, 800, "Brightpath Care - Placement Enquiry")
        pdf.setFont(font, 9)
        pdf.drawString(40, 784, "Completed by the placing authority: London Borough of Croydon")
        rows = [
            ("Child ID", "CR-77213", "Date", "16/11/2026"),
            ("First name", "Tia", "Surname", "Roberts"),
            ("DOB", "08/01/2011", "Sex", "Female"),
            ("Legal status", "Care order", "Urgency", "Planned"),
            ("Duration", "Long-term", "Start", "30/11/2026"),
        ]
        y = 755
        for a, b, c, d in rows:
            pdf.drawString(40, y, a)
            pdf.drawString(140, y, b)
            pdf.drawString(300, y, c)
            pdf.drawString(380, y, d)
            y -= 17
        y -= 6
        pdf.drawString(40, y, "Placement type")
        pdf.drawString(140, y, "☐ Foster care   ☒ Residential   ☐ Supported accommodation")
        y -= 17
        for label, value in [
            ("School", "Oasis Academy Coulsdon - Year 11"),
            ("Health", "Type 1 diabetes (pump); well managed."),
            ("Family time", "Mum monthly, supervised; grandad fortnightly."),
            ("History", "Four placements since 2020, including the current one."),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(140, y, value)
            y -= 17
        y -= 6
        pdf.drawString(40, y, "Risks")
        y -= 17
        for label, value in [
            ("Self-harm", "☒ Yes  ☐ No"),
            ("Going missing", "☒ Yes  ☐ No"),
            ("CSE", "☐ Yes  ☒ No"),
            ("CCE", "☐ Yes  ☒ No"),
            ("Drugs / alcohol", "☐ Yes  ☒ No"),
            ("Eating disorder", "☐ Yes  ☒ No"),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(140, y, value)
            y -= 15
        pdf.drawString(40, y, "Details")
        pdf.drawString(140, y, "Cuts her arms when distressed; missing overnight twice in October.")
        y -= 25
        for label, value in [
            ("Social worker", "Adrian Clarke"),
            ("Email", "adrian.clarke@croydon.gov.uk"),
            ("Phone", "020 8726 6400"),
        ]:
            pdf.drawString(40, y, label)
            pdf.drawString(140, y, value)
            y -= 17

    tia = m.kid(
        "Tia",
        "Roberts",
        dob="2011-01-08",
        gender="female",
        legal="C2",
        school="Oasis Academy Coulsdon",
        ft=2,
        prev=4,
        health=True,
        risks={
            "to_child/self_harm": "present",
            "to_child/missing": "present",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
            "to_child/drug_alcohol": "none_known",
            "to_child/eating_disorder": "none_known",
        },
    )
    m.add(
        "c14-croydon_provider_ticks.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "c14-croydon_provider_ticks.pdf",
            la="E09000008",
            ref="CR-77213",
            date="2026-11-16",
            sw=("Adrian Clarke", "adrian.clarke@croydon.gov.uk", "020 8726 6400"),
            place=("residential", "planned", "long_term", "2026-11-30", "later"),
            children=[tia],
        ),
    )


def c15(m):
    """A step-down request: the secure placement is history, the request is fostering."""
    body = """Dear colleagues,

Hampshire County Council Children's Services are seeking a step-down foster placement
for Leon Hart (DOB 01/12/2010, male), who is currently in a secure children's home on
a section 25 order that ends on 15/12/2026. He was previously in an emergency
residential placement in 2025.

Reference: HCC-901144
Legal status: Care order
Placement sought: foster care, planned, long term
Start: 15/12/2026
School: education is provided in the secure home at present; a college place at
Fareham College is being arranged.
Health: no health concerns.
Family time: with his nan weekly, supervised.
Placements: he has had five placements, including the secure one.
Risks: missing (historical, none since he went into secure), criminal exploitation
(historical), no known risk of self-harm or fire setting.

Social worker: Owen Pritchard (owen.pritchard@hants.gov.uk, 01962 845 300)

Hampshire Placement Commissioning Team
"""
    data = m._email(
        {
            "From": "Placement Commissioning <placement.commissioning@hants.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "Step-down foster placement - LH",
            "Date": "Thu, 19 Nov 2026 11:30:00 +0000",
        },
        body,
    )
    leon = m.kid(
        "Leon",
        "Hart",
        dob="2010-12-01",
        gender="male",
        legal="C2",
        ft=1,
        prev=5,
        health=True,
        answered={"school"},
        risks={
            "to_child/missing": "historical",
            "to_child/criminal_exploitation": "historical",
            "to_child/self_harm": "none_known",
            "to_others/fire_setting": "none_known",
        },
    )
    m.add(
        "c15-hants_step_down_from_secure.eml",
        data,
        m.truth(
            "c15-hants_step_down_from_secure.eml",
            la="E10000014",
            ref="HCC-901144",
            date="2026-11-19",
            sw=("Owen Pritchard", "owen.pritchard@hants.gov.uk", "01962 845 300"),
            place=("fostering", "planned", "long_term", "2026-12-15", "later"),
            children=[leon],
        ),
    )


def c16(m):
    """Two siblings in columns of a Word table; per-child answers in one cell."""

    def build(document):
        document.add_heading("Suffolk County Council", 1)
        document.add_paragraph("Sibling placement referral")
        m._table(
            document,
            [
                ["Family ID", "SCC-20417"],
                ["Date of referral", "17 November 2026"],
                ["Placement sought", "Foster placement for both children together"],
                ["Emergency / planned", "Planned"],
                ["Duration", "Long term"],
            ],
        )
        m._table(
            document,
            [
                ["", "Child 1", "Child 2"],
                ["Name", "Noah Fisher", "Ruby Fisher"],
                ["DOB", "14/03/2016", "29/09/2018"],
                ["Gender", "Male", "Female"],
                ["Legal status", "Interim care order", "Interim care order"],
                ["School", "Sprites Primary Academy", "Sprites Primary Academy"],
            ],
        )
        m._table(
            document,
            [
                ["Health", "Noah - eczema. Ruby - none known."],
                ["Family time", "Both: mother weekly, supervised."],
                ["Previous placements", "None - this is their first time in care."],
                ["Risks", "Neither child self-harms or has gone missing."],
            ],
        )
        m._table(
            document,
            [
                ["Social worker", "Laura Bennett"],
                ["Email", "laura.bennett@suffolk.gov.uk"],
                ["Mobile", "07700 900 615"],
            ],
        )

    common = dict(legal="C1", school="Sprites Primary Academy", ft=1, ph=0, prev=0, health=True)
    risks = {"to_child/self_harm": "none_known", "to_child/missing": "none_known"}
    children = [
        m.kid("Noah", "Fisher", dob="2016-03-14", gender="male", risks=risks, **common),
        m.kid("Ruby", "Fisher", dob="2018-09-29", gender="female", risks=risks, **common),
    ]
    m.add(
        "c16-suffolk_sibling_columns.docx",
        m._docx(build),
        m.truth(
            "c16-suffolk_sibling_columns.docx",
            la="E10000029",
            ref="SCC-20417",
            date="2026-11-17",
            sw=("Laura Bennett", "laura.bennett@suffolk.gov.uk", "07700 900 615"),
            place=("fostering", "planned", "long_term", None, None),
            children=children,
        ),
    )


def c17(m):
    """A ruled PDF where the options were deleted properly: solo occupancy residential."""

    def story(font, styles, para):
        return [
            Paragraph("DEVON COUNTY COUNCIL", styles["Title"]),
            Paragraph("Request for Placement (delete as appropriate)", styles["Heading2"]),
            m._grid(
                [
                    ["Care First ID", "D-663109"],
                    ["Date of request", "22/11/2026"],
                    ["Name", "Callum Ridd"],
                    ["Date of birth", "27/07/2011"],
                    ["Gender", "Male"],
                    ["Legal status", "Section 20"],
                    ["Placement", "Residential - solo occupancy"],
                    ["Emergency / Planned", "Emergency"],
                    ["Required from", "23/11/2026"],
                    ["Short term / Long term", "Short term"],
                    ["School", para("Exeter Royal Academy for Deaf Education, Year 10")],
                    ["Health", para("Profoundly deaf; uses BSL.")],
                    ["Family time", para("Mother - video calls three times a week.")],
                    [
                        "Placement history",
                        para("Three foster placements since 2022 (see chronology)."),
                    ],
                    [
                        "Risks",
                        para(
                            "Physical aggression to carers (current). Going missing: none. "
                            "Self-harm: none known."
                        ),
                    ],
                    ["Social worker", "Hollie Endacott"],
                    ["Email", "hollie.endacott@devon.gov.uk"],
                    ["Phone", "01392 383 000"],
                ],
                [150, 320],
                font,
            ),
        ]

    callum = m.kid(
        "Callum",
        "Ridd",
        dob="2011-07-27",
        gender="male",
        legal="V2",
        school="Exeter Royal Academy for Deaf Education",
        ft=1,
        prev=3,
        health=True,
        risks={
            "to_others/physical_harm": "present",
            "to_child/missing": "none_known",
            "to_child/self_harm": "none_known",
        },
    )
    m.add(
        "c17-devon_solo_occupancy.pdf",
        m._story_pdf(story),
        m.truth(
            "c17-devon_solo_occupancy.pdf",
            la="E10000008",
            ref="D-663109",
            date="2026-11-22",
            sw=("Hollie Endacott", "hollie.endacott@devon.gov.uk", "01392 383 000"),
            place=("residential", "emergency", "short_term", "2026-11-23", "within_5_days"),
            children=[callum],
        ),
    )


def c18(m):
    """Semi-independent living 16+, same day, in plain text with unusual labels."""
    text = """NORFOLK CHILDREN'S SERVICES
Semi-Independent Provision Request

Child ref no.: NCS-1184520
Request made on: 21 Nov 2026
YP name: Jade Howes
D.O.B.: 18-04-2010
Gender identity: Female
Status: Looked after (s.20)
Provision type: Semi-independent living (16+), shared house
Urgency: Same day
Start date: 21/11/2026
Expected length: Short term (until a council tenancy is ready)
College: City College Norwich, Health & Social Care L2
Physical / mental health: Anxiety, supported by her GP. No medication.
Family contact: Jade arranges her own contact with her mum and sister.
Care history: Foster care 2019 - 2024, then supported lodgings (ended this week).
Vulnerabilities: Drinks alcohol at weekends (current); no missing episodes; no self-harm.

Social worker: Kelly Pointer
kelly.pointer@norfolk.gov.uk
01603 223 400
"""
    jade = m.kid(
        "Jade",
        "Howes",
        dob="2010-04-18",
        gender="female",
        legal="V2",
        school="City College Norwich",
        ft=2,
        ph=2,
        prev=2,
        health=True,
        risks={
            "to_child/drug_alcohol": "present",
            "to_child/missing": "none_known",
            "to_child/self_harm": "none_known",
        },
    )
    m.add(
        "c18-norfolk_semi_independent.txt",
        text.encode(),
        m.truth(
            "c18-norfolk_semi_independent.txt",
            la="E10000020",
            ref="NCS-1184520",
            date="2026-11-21",
            sw=("Kelly Pointer", "kelly.pointer@norfolk.gov.uk", "01603 223 400"),
            place=("supported_accommodation", "emergency", "short_term", "2026-11-21", "today"),
            children=[jade],
        ),
    )


def c19(m):
    """A placement team email: the connected-person assessment is context, the request
    is an IFA foster placement; answers as a short list."""
    body = """Hi,

Islington Placements Team request: IFA foster placement, short term, planned.

A connected persons assessment of the paternal aunt is ongoing, so we need a foster
placement in the meantime.

- Child: Zara Ahmed, 7 (DOB 02/05/2019), girl
- Legal: ICO (s38)
- ID: 1077345
- From: 07/12/2026
- School: Ambler Primary School, Year 3
- Health: mild asthma, inhaler
- Family time: mum three times a week, supervised; aunt weekly
- History: no previous placements
- Risks: none of note for self-harm, missing or exploitation

Allocated social worker: Chidi Okafor, chidi.okafor@islington.gov.uk, 020 7527 3300.

Many thanks,
Beth (Placements Officer)
"""
    data = m._email(
        {
            "From": "Islington Placements <placements@islington.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "Referral - ZA (7) - short term foster",
            "Date": "Mon, 16 Nov 2026 09:20:00 +0000",
        },
        body,
    )
    zara = m.kid(
        "Zara",
        "Ahmed",
        dob="2019-05-02",
        age=7,
        gender="female",
        legal="C1",
        school="Ambler Primary School",
        ft=2,
        ph=0,
        prev=0,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "none_known",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
        },
    )
    m.add(
        "c19-islington_placements_list.eml",
        data,
        m.truth(
            "c19-islington_placements_list.eml",
            la="E09000019",
            ref="1077345",
            date="2026-11-16",
            sw=("Chidi Okafor", "chidi.okafor@islington.gov.uk", "020 7527 3300"),
            place=("fostering", "planned", "short_term", "2026-12-07", "later"),
            children=[zara],
        ),
    )


def c20(m):
    """Content controls again: a checkbox-style setting answer and a blank control."""

    def build(document):
        document.add_heading("Warrington Borough Council", 1)
        document.add_paragraph("Placement Referral Form")
        for label, value in [
            ("Mosaic Number", "5521908"),
            ("Date", "18/11/2026"),
            ("Child's full name", "Harvey Jones"),
            ("DOB", "06/06/2014"),
            ("Gender", "Male"),
            ("Legal status", "Section 20"),
            ("Type of placement", "☒ Fostering ☐ Residential ☐ Parent and child"),
            ("Emergency / planned", "☐ Emergency ☒ Planned"),
            ("Duration", "☐ Short term ☒ Long term ☐ Respite"),
            ("Start date", ""),
            ("School", "Harvey goes to Great Sankey High School (Year 7)."),
            ("Health needs", "None"),
            ("Family time", ""),
            ("Previous placements", "This is Harvey's second placement."),
            ("Risks", "Has set small fires at home (2025). No self-harm."),
            ("Social worker", "Megan Lloyd"),
            ("Email", "megan.lloyd@warrington.gov.uk"),
            ("Telephone", "01925 443 322"),
        ]:
            _controlled(document, label, value)

    harvey = m.kid(
        "Harvey",
        "Jones",
        dob="2014-06-06",
        gender="male",
        legal="V2",
        school="Great Sankey High School",
        prev=2,
        health=True,
        risks={"to_others/fire_setting": "historical", "to_child/self_harm": "none_known"},
    )
    m.add(
        "c20-warrington_controls_ticks.docx",
        m._docx(build),
        m.truth(
            "c20-warrington_controls_ticks.docx",
            la="E06000007",
            ref="5521908",
            date="2026-11-18",
            sw=("Megan Lloyd", "megan.lloyd@warrington.gov.uk", "01925 443 322"),
            place=("fostering", "planned", "long_term", None, None),
            children=[harvey],
        ),
    )


def c21(m):
    """A ruled PDF of yes/no questions about health and the child's needs."""

    def story(font, styles, para):
        return [
            Paragraph("Luton Borough Council - Children and Families", styles["Title"]),
            Paragraph("Foster Placement Referral", styles["Heading2"]),
            m._grid(
                [
                    ["Referral date", "13/11/2026"],
                    ["ICS number", "LU-330871"],
                    ["Child", "Sami Rahman"],
                    ["DOB", "21/01/2017"],
                    ["Gender", "Male"],
                    ["Legal status", "Full care order"],
                    ["Placement required", "Long term fostering"],
                    ["Emergency?", "No"],
                    ["School", "Ferrars Academy"],
                ],
                [170, 300],
                font,
            ),
            Spacer(1, 8),
            m._grid(
                [
                    ["Question", "Yes / No", "Details"],
                    ["Any diagnosed disability?", "No", ""],
                    ["Any health needs or medication?", "No", ""],
                    ["Any allergies?", "Yes", para("Nuts (carries an EpiPen)")],
                    ["Family time in place?", "Yes", para("Father fortnightly, supervised")],
                    ["Previous placements?", "Yes", para("One, with emergency foster carers")],
                    ["Self-harm?", "No", ""],
                    ["Going missing?", "No", ""],
                    ["Harm to animals?", "Yes", para("Hurt the family cat (current concern)")],
                ],
                [190, 70, 210],
                font,
                header=True,
            ),
            Spacer(1, 8),
            m._grid(
                [
                    ["Social worker", "Yasmin Bashir"],
                    ["Email", "yasmin.bashir@luton.gov.uk"],
                    ["Phone", "01582 547 653"],
                ],
                [170, 300],
                font,
            ),
        ]

    sami = m.kid(
        "Sami",
        "Rahman",
        dob="2017-01-21",
        gender="male",
        legal="C2",
        school="Ferrars Academy",
        ft=1,
        prev=1,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "none_known",
            "to_others/harm_to_animals": "present",
        },
    )
    m.add(
        "c21-luton_yes_no_questions.pdf",
        m._story_pdf(story),
        m.truth(
            "c21-luton_yes_no_questions.pdf",
            la="E06000032",
            ref="LU-330871",
            date="2026-11-13",
            sw=("Yasmin Bashir", "yasmin.bashir@luton.gov.uk", "01582 547 653"),
            place=("fostering", "planned", "long_term", None, None),
            children=[sami],
        ),
    )


def c22(m):
    """Two option lines left undeleted: the setting and the urgency are unclear."""
    text = """Milton Keynes City Council
Placement Request - please delete as appropriate

Child's ID: MK-400762
Date: 19/11/2026
Name: Bella Okonjo
DOB: 09/09/2013
Gender: Female
Legal status: Interim Care Order
Placement type: Foster / Residential / Parent & Child (delete as appropriate)
Emergency / Planned (delete as appropriate)
Duration: Long term
School: Stantonbury School, Year 8
Health: No concerns
Family time: Mum weekly (supervised)
Placement history: Currently in her first placement (foster carers, since 2024)
Risks: Bella has self-harmed (cutting) in the last month. No missing episodes.

Social worker: Tanya Ross - tanya.ross@milton-keynes.gov.uk - 01908 253 772
"""
    bella = m.kid(
        "Bella",
        "Okonjo",
        dob="2013-09-09",
        gender="female",
        legal="C1",
        school="Stantonbury School",
        ft=1,
        prev=1,
        health=True,
        risks={"to_child/self_harm": "present", "to_child/missing": "none_known"},
    )
    m.add(
        "c22-mk_undeleted_options.txt",
        text.encode(),
        m.truth(
            "c22-mk_undeleted_options.txt",
            la="E06000042",
            ref="MK-400762",
            date="2026-11-19",
            sw=("Tanya Ross", "tanya.ross@milton-keynes.gov.uk", "01908 253 772"),
            place=(None, None, "long_term", None, None),
            children=[bella],
            unclear=["/placement/setting", "/placement/urgency"],
        ),
    )


def build_more(m) -> None:
    for build in (c13, c14, c15, c16, c17, c18, c19, c20, c21, c22):
        build(m)
