"""The first half of training_c/ (see make_training_c.py): an ART panel request, a
"delete as appropriate" request, a section 25 secure referral in Word content controls,
provider forms, a Placements Data Standard form, duty, EDT and forwarded emails."""

from __future__ import annotations

import io

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Spacer

PLACEHOLDER = "Click or tap here to enter text."


def _control(paragraph, value: str) -> None:
    """A Word content control (w:sdt) holding ``value`` inside ``paragraph``; an empty
    value shows Word's placeholder text, as an unanswered control does."""
    placeholder = "<w:showingPlcHdr/>" if not value else ""
    text = (value or PLACEHOLDER).replace("&", "&amp;")
    paragraph._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtPr><w:alias w:val='answer'/>{placeholder}</w:sdtPr>"
            f"<w:sdtContent><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:sdtContent>"
            "</w:sdt>"
        )
    )


def _controlled(document, label: str, value: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    _control(paragraph, value)


def _canvas_pdf(m, draw) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    font = m._font()
    pdf.setFont(font, 9)
    draw(pdf, font)
    pdf.save()
    return buffer.getvalue()


def c01(m):
    """An ART panel request: a two-column Word table, combined labels, an X grid."""

    def build(document):
        document.add_heading("Staffordshire County Council", 1)
        document.add_paragraph("Access to Resources Team (ART) - Placement Request for Panel")
        m._table(
            document,
            [
                ["Mosaic ID", "1043387"],
                ["Date of request", "18 November 2026"],
                ["Child's name", "Kai Brennan"],
                ["Known as", "Kai"],
                ["Date of birth", "02/04/2013"],
                ["Age / Gender", "13 / Male"],
                ["Ethnicity / Religion", "White British / None"],
                ["Legal status", "Section 20"],
                ["Placement type requested", "Mainstream foster care"],
                ["Planned / Emergency", "Planned"],
                ["Length of placement", "Long term"],
                ["Date placement required", "11/01/2027"],
                ["Education", "Kai attends Chase Terrace Academy and is in Year 9."],
                ["Health", "No known health needs. Registered with his GP."],
                ["Family time", "Mum - fortnightly, supervised at the family centre."],
                [
                    "Care history",
                    "Kai's current foster placement is his second; it is ending because "
                    "his carers are moving abroad.",
                ],
            ],
        )
        document.add_paragraph("Risks (mark X)")
        m._table(
            document,
            [
                ["Risk", "Yes", "No", "Details"],
                ["Self-harm", "", "X", ""],
                ["Going missing", "X", "", "Missing twice in October, back within hours."],
                ["Child sexual exploitation", "", "X", ""],
                ["Child criminal exploitation", "", "X", ""],
                ["Substance misuse", "", "X", ""],
                ["Violence towards others", "X", "", "Has hit out at peers when anxious."],
                ["Fire setting", "", "X", ""],
            ],
        )
        m._table(
            document,
            [
                ["Allocated social worker", "Rachel Greaves"],
                ["Email", "rachel.greaves@staffordshire.gov.uk"],
                ["Phone", "01785 277 410"],
                ["ART officer", "Dean Mills, 01785 278 000"],
            ],
        )

    kai = m.kid(
        "Kai",
        "Brennan",
        dob="2013-04-02",
        age=13,
        gender="male",
        legal="V2",
        school="Chase Terrace Academy",
        ft=1,
        prev=2,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "present",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
            "to_child/drug_alcohol": "none_known",
            "to_others/physical_harm": "present",
            "to_others/fire_setting": "none_known",
        },
    )
    m.add(
        "c01-staffs_art_panel.docx",
        m._docx(build),
        m.truth(
            "c01-staffs_art_panel.docx",
            la="E10000028",
            ref="1043387",
            date="2026-11-18",
            sw=("Rachel Greaves", "rachel.greaves@staffordshire.gov.uk", "01785 277 410"),
            place=("fostering", "planned", "long_term", "2027-01-11", "later"),
            children=[kai],
        ),
    )


def c02(m):
    """A "delete as appropriate" request: the setting line left undeleted (unclear),
    N/A and "see attached" answers."""
    text = """NOTTINGHAMSHIRE COUNTY COUNCIL
Children and Families - Placement Request Form
(Please delete as appropriate where options are given)

Frameworki ID: 550218
Date of request: 20.11.2026

Name: Evie Marsh
DOB: 14.07.2015
Male / Female: Female
Legal status: S.31 Care Order
Placement type: Foster / Residential / Supported accommodation
Emergency / Planned: Planned
Duration: Long term
Start date: to be agreed at matching
School: Not applicable - Evie is home educated by her grandmother at present.
Health: N/A
Family time: Weekly with her maternal grandmother (unsupervised) and monthly with dad (supervised).
Previous placements: See attached chronology.
Risks: No known risks of self-harm, going missing, sexual exploitation or criminal exploitation.

Social worker: Amira Patel
Email: amira.patel@nottscc.gov.uk
Telephone: 0115 977 4410
"""
    evie = m.kid(
        "Evie",
        "Marsh",
        dob="2015-07-14",
        gender="female",
        legal="C2",
        ft=2,
        health=True,
        answered={"school", "placement_history"},
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "none_known",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
        },
    )
    m.add(
        "c02-notts_delete_as_appropriate.txt",
        text.encode(),
        m.truth(
            "c02-notts_delete_as_appropriate.txt",
            la="E10000024",
            ref="550218",
            date="2026-11-20",
            sw=("Amira Patel", "amira.patel@nottscc.gov.uk", "0115 977 4410"),
            place=(None, "planned", "long_term", None, None),
            children=[evie],
            unclear=["/placement/setting"],
        ),
    )


def c03(m):
    """A section 25 secure referral whose answers are Word content controls, one left
    showing its placeholder."""

    def build(document):
        document.add_heading("Cornwall Council - Together for Families", 1)
        document.add_paragraph(
            "Referral for a Secure Children's Home Placement (Section 25 Children Act 1989)"
        )
        for label, value in [
            ("Date of referral", "21/11/2026"),
            ("Child ID (LCS)", "7730021"),
            ("Child's name", "Jayden Pascoe"),
            ("Date of birth", "30/01/2011"),
            ("Gender", "Male"),
            ("Legal status", "Interim Care Order"),
            ("Secure order", "Section 25 order granted 19/11/2026 for three months"),
            ("Placement sought", "Welfare secure bed"),
            ("Urgency", "Emergency - bed needed today"),
            ("Date bed required", "21/11/2026"),
            ("Duration", "Short term (the length of the order)"),
            ("Education", ""),
            ("Health", "Diagnosed ADHD; takes melatonin at night."),
            (
                "Family time",
                "Telephone contact with his mother daily; visits to be agreed with the home.",
            ),
            ("Previous placements", "Jayden has had 6 placements in the last year."),
            (
                "Risks",
                "Jayden has been missing 14 times since August and is at high risk of "
                "criminal exploitation (county lines). He has assaulted staff in his "
                "current home. No concerns about self-harm.",
            ),
            ("Allocated social worker", "Lowenna Trethewey"),
            ("Social worker email", "lowenna.trethewey@cornwall.gov.uk"),
            ("Social worker telephone", "01872 322 915"),
            ("Authorised by (Head of Service)", "Mark Hocking"),
        ]:
            _controlled(document, label, value)

    jayden = m.kid(
        "Jayden",
        "Pascoe",
        dob="2011-01-30",
        gender="male",
        legal="C1",
        ft=1,
        prev=6,
        health=True,
        risks={
            "to_child/missing": "present",
            "to_child/criminal_exploitation": "present",
            "to_child/self_harm": "none_known",
            "to_others/physical_harm": "present",
        },
    )
    m.add(
        "c03-cornwall_s25_content_controls.docx",
        m._docx(build),
        m.truth(
            "c03-cornwall_s25_content_controls.docx",
            la="E06000052",
            ref="7730021",
            date="2026-11-21",
            sw=("Lowenna Trethewey", "lowenna.trethewey@cornwall.gov.uk", "01872 322 915"),
            place=("secure", "emergency", "short_term", "2026-11-21", "today"),
            children=[jayden],
        ),
    )


def c04(m):
    """A provider's own referral form filled in by the LA: solo placement in a children's
    home, a tick grid of risks by state, a history table."""

    def build(document):
        document.add_heading("Oakfield Children's Homes Ltd - Referral Form", 1)
        m._table(
            document,
            [
                ["Placing authority", "Barnsley Metropolitan Borough Council"],
                ["Child ID", "BMBC-118842"],
                ["Date referral sent", "17/11/2026"],
                ["Young person", "Riley Hirst"],
                ["DOB", "09/09/2009"],
                ["Gender", "Non-binary (they/them)"],
                ["Legal status", "Looked after under s20"],
                ["Placement type", "Solo placement in a children's home"],
                ["Urgency", "Planned move"],
                ["Duration", "Long term"],
                ["Proposed start date", "07/12/2026"],
                ["Education status", "☐ In school  ☒ NEET  ☐ Alternative provision"],
                ["Health", "Diagnosed autism (ASC). No medication."],
                [
                    "Family time",
                    "Riley sees their sister weekly (unsupervised). Riley does not want "
                    "contact with their father.",
                ],
            ],
        )
        document.add_paragraph("Placement history")
        m._table(
            document,
            [
                ["From", "To", "Placement", "Why it ended"],
                ["2019", "2021", "Foster carers, Barnsley", "Carers retired"],
                ["2021", "2024", "Foster carers, Rotherham", "Breakdown"],
                ["2024", "now", "Children's home, Doncaster", "Home closing"],
            ],
        )
        document.add_paragraph("Risks")
        m._table(
            document,
            [
                ["", "Current", "Historical", "None known"],
                ["Self-harm", "☐", "☒", "☐"],
                ["Eating disorder", "☐", "☐", "☒"],
                ["Sexual exploitation", "☐", "☐", "☒"],
                ["Criminal exploitation", "☐", "☐", "☒"],
                ["Substance misuse", "☒", "☐", "☐"],
                ["Going missing", "☐", "☐", "☒"],
                ["Violence to others", "☐", "☒", "☐"],
                ["Sexually harmful behaviour", "☐", "☐", "☒"],
                ["Fire setting", "☐", "☐", "☒"],
                ["Harm to animals", "☐", "☐", "☒"],
            ],
        )
        m._table(
            document,
            [
                ["Social worker", "Hannah Dyson"],
                ["SW email", "hannah.dyson@barnsley.gov.uk"],
                ["SW phone", "01226 772 300"],
            ],
        )

    riley = m.kid(
        "Riley",
        "Hirst",
        dob="2009-09-09",
        gender="other",
        legal="V2",
        ft=1,
        ph=3,
        prev=3,
        health=True,
        answered={"school"},
        risks={
            "to_child/self_harm": "historical",
            "to_child/eating_disorder": "none_known",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "none_known",
            "to_child/drug_alcohol": "present",
            "to_child/missing": "none_known",
            "to_others/physical_harm": "historical",
            "to_others/sexual_harm": "none_known",
            "to_others/fire_setting": "none_known",
            "to_others/harm_to_animals": "none_known",
        },
    )
    m.add(
        "c04-oakfield_provider_form.docx",
        m._docx(build),
        m.truth(
            "c04-oakfield_provider_form.docx",
            la="E08000016",
            ref="BMBC-118842",
            date="2026-11-17",
            sw=("Hannah Dyson", "hannah.dyson@barnsley.gov.uk", "01226 772 300"),
            place=("residential", "planned", "long_term", "2026-12-07", "later"),
            children=[riley],
        ),
    )


def c05(m):
    """A Placements Data Standard form: need-by, a setting-suitability matrix, the
    standard's risks with its levels."""

    def story(font, styles, para):
        return [
            Paragraph("Placement Request (Placements Data Standard v2)", styles["Title"]),
            m._grid(
                [
                    ["Local authority", "London Borough of Southwark"],
                    ["Child's LA ID", "SWK-40991"],
                    ["Request date", "19/11/2026"],
                    ["Child name", "Malachi Adeyemi"],
                    ["Date of birth", "16/05/2010"],
                    ["Gender", "Male"],
                    ["Legal status", "Interim care order"],
                    ["Need by", "Within 5 days"],
                    ["Start date", "24/11/2026"],
                    ["Emergency or planned", "Planned"],
                    ["Expected duration", "Long term"],
                    [
                        "Placement recommendation",
                        para(
                            "Foster care: Not suitable. Residential care: Suitable. "
                            "Supported accommodation: Not suitable."
                        ),
                    ],
                    ["Education", para("Harris Academy Peckham (Year 11)")],
                    ["Health", "Asthma"],
                    ["Family time", para("Mother: weekly. Brother: fortnightly.")],
                    ["Number of previous placements", "3"],
                    ["Deprivation of liberty", "No"],
                ],
                [170, 300],
                font,
            ),
            Spacer(1, 10),
            Paragraph("Risks", styles["Heading3"]),
            m._grid(
                [
                    ["Risk", "Level"],
                    ["Risk of self-harm", "No known risk"],
                    ["Risk of sexual exploitation", "No known risk"],
                    ["Risk of criminal exploitation", "Current"],
                    ["Risk of substance misuse", "No known risk"],
                    ["Risk of going missing", "Historic"],
                    ["Risk of eating disorder", "No known risk"],
                    ["Risk of physical harm to others", "Current"],
                    ["Risk of sexual harm to others", "No known risk"],
                    ["Risk of fire setting", "No known risk"],
                    ["Risk of harm to animals", "No known risk"],
                    ["Risk of criminally exploiting others", "No known risk"],
                ],
                [250, 220],
                font,
                header=True,
            ),
            Spacer(1, 10),
            m._grid(
                [
                    ["Social worker", "Femi Ogunleye"],
                    ["Email", "femi.ogunleye@southwark.gov.uk"],
                    ["Phone", "020 7525 1904"],
                ],
                [170, 300],
                font,
            ),
        ]

    malachi = m.kid(
        "Malachi",
        "Adeyemi",
        dob="2010-05-16",
        gender="male",
        legal="C1",
        school="Harris Academy Peckham",
        ft=2,
        prev=3,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "present",
            "to_child/drug_alcohol": "none_known",
            "to_child/missing": "historical",
            "to_child/eating_disorder": "none_known",
            "to_others/physical_harm": "present",
            "to_others/sexual_harm": "none_known",
            "to_others/fire_setting": "none_known",
            "to_others/harm_to_animals": "none_known",
            "to_others/criminal_exploitation": "none_known",
        },
    )
    m.add(
        "c05-southwark_data_standard.pdf",
        m._story_pdf(story),
        m.truth(
            "c05-southwark_data_standard.pdf",
            la="E09000028",
            ref="SWK-40991",
            date="2026-11-19",
            sw=("Femi Ogunleye", "femi.ogunleye@southwark.gov.uk", "020 7525 1904"),
            place=("residential", "planned", "long_term", "2026-11-24", "within_5_days"),
            children=[malachi],
        ),
    )


def c06(m):
    """A duty email in prose: every answer is a sentence; the allocated worker named in
    the body, the duty worker signs."""
    body = """Hi all,

We need a foster placement for Lily Cartwright (DOB 03/03/2014, female) from tonight.
Mosaic: 2219874.

Lily is accommodated under section 20 with mum's agreement. It is likely to be short
term while assessments are done. She attends Firth Park Academy (Year 8) and we would
like her to stay there. She has no known health needs. Mum will have supervised family
time twice a week at the contact centre. This will be Lily's first time in care.

There are no concerns about self-harm or going missing. Mum's partner is known to
police for violence.

Her allocated worker from Monday will be Gary Lund (gary.lund@sheffield.gov.uk,
0114 273 4490).

Thanks,
Kerry
Duty Social Worker, Sheffield Children's Duty
0114 273 4855
"""
    data = m._email(
        {
            "From": "Children's Duty <childrensduty@sheffield.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "Emergency foster placement needed tonight - LC",
            "Date": "Sun, 22 Nov 2026 17:05:00 +0000",
        },
        body,
    )
    lily = m.kid(
        "Lily",
        "Cartwright",
        dob="2014-03-03",
        gender="female",
        legal="V2",
        school="Firth Park Academy",
        ft=1,
        ph=0,
        prev=0,
        health=True,
        risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
    )
    m.add(
        "c06-sheffield_duty_prose.eml",
        data,
        m.truth(
            "c06-sheffield_duty_prose.eml",
            la="E08000019",
            ref="2219874",
            date="2026-11-22",
            sw=("Gary Lund", "gary.lund@sheffield.gov.uk", "0114 273 4490"),
            place=("fostering", "emergency", "short_term", "2026-11-22", "today"),
            children=[lily],
        ),
    )


def c07(m):
    """An EDT email late on a Saturday: no reference, the day worker named in the body."""
    body = """Good evening,

EDT are looking for an emergency bed tonight for Oscar Flynn, DOB 22/10/2011, male.
Ideally a children's home placement; he will be accommodated under s20 tonight.
It is an emergency placement over the weekend until the day team can plan on Monday.

He goes to Barclay Academy (Year 11) but has not attended since half term. He has
had no previous care episodes. He was arrested tonight after damaging his mother's
car and he has punched his stepfather. No known self-harm.

His allocated SW is Nisha Rao in the Stevenage CIN team (nisha.rao@hertfordshire.gov.uk,
01438 844 210), not on shift until Monday.

Paul Abbott
Senior Practitioner, Emergency Duty Team
0300 123 4043
"""
    data = m._email(
        {
            "From": "EDT Hertfordshire <edt@hertfordshire.gov.uk>",
            "To": "residential@hearth-care.example",
            "Subject": "EDT - emergency bed tonight (OF, 15)",
            "Date": "Sat, 21 Nov 2026 23:10:00 +0000",
        },
        body,
    )
    oscar = m.kid(
        "Oscar",
        "Flynn",
        dob="2011-10-22",
        gender="male",
        legal="V2",
        school="Barclay Academy",
        ph=0,
        prev=0,
        risks={"to_others/physical_harm": "present", "to_child/self_harm": "none_known"},
    )
    m.add(
        "c07-herts_edt_saturday.eml",
        data,
        m.truth(
            "c07-herts_edt_saturday.eml",
            la="E10000015",
            ref=None,
            date="2026-11-21",
            sw=("Nisha Rao", "nisha.rao@hertfordshire.gov.uk", "01438 844 210"),
            place=("residential", "emergency", "short_term", "2026-11-21", "today"),
            children=[oscar],
        ),
    )


def c08(m):
    """An unruled PDF: the kinship arrangement is history, the request is foster care; a
    yes/no line of risks."""

    def draw(pdf, font):
        pdf.setFont(font, 13)
        pdf.drawString(40, 800, "Medway Council")
        pdf.setFont(font, 10)
        pdf.drawString(40, 784, "Children's Services - Request for a Placement")
        pdf.setFont(font, 9)
        rows = [
            ("LCS", "3301185"),
            ("Date completed", "20/11/2026"),
            ("Name", "Amber Cole"),
            ("DOB", "11/11/2016"),
            ("Gender", "Female"),
            ("Legal status", "ICO"),
            ("Placement sought", "Foster care (her kinship arrangement with her aunt has ended)"),
            ("Urgency", "Planned - within two weeks"),
            ("Duration", "Short term, until the final hearing"),
            ("School", "Balfour Junior School (Year 6)"),
            ("Health", "Amber has no diagnosed conditions."),
            ("Family time", "Mother - twice weekly, supervised. Aunt - monthly."),
            (
                "Placement history",
                "Connected person placement with maternal aunt, 03/2025 - 11/2026",
            ),
            ("Risks", "Self-harm: No   Missing from home: No   Harmful sexual behaviour: No"),
            ("Social worker", "Joanne Kemp"),
            ("Email", "joanne.kemp@medway.gov.uk"),
            ("Telephone", "01634 334 466"),
        ]
        y = 755
        for label, value in rows:
            pdf.drawString(40, y, label)
            pdf.drawString(160, y, value)
            y -= 17

    amber = m.kid(
        "Amber",
        "Cole",
        dob="2016-11-11",
        gender="female",
        legal="C1",
        school="Balfour Junior School",
        ft=2,
        ph=1,
        prev=1,
        health=True,
        risks={
            "to_child/self_harm": "none_known",
            "to_child/missing": "none_known",
            "to_others/sexual_harm": "none_known",
        },
    )
    m.add(
        "c08-medway_kinship_ended.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "c08-medway_kinship_ended.pdf",
            la="E06000035",
            ref="3301185",
            date="2026-11-20",
            sw=("Joanne Kemp", "joanne.kemp@medway.gov.uk", "01634 334 466"),
            place=("fostering", "planned", "short_term", None, None),
            children=[amber],
        ),
    )


def c09(m):
    """A parent-and-child request: the baby is the child, the mother's own history is
    hers, not the baby's; "N/A (baby)" answers school and history."""

    def build(document):
        document.add_heading("Oldham Council - Children's Social Care", 1)
        document.add_paragraph("Parent and Child Placement Request")
        m._table(
            document,
            [
                ["Mosaic ID", "88120344"],
                ["Date", "19/11/2026"],
                ["Type of placement", "Parent and child foster placement"],
                ["Planned or emergency", "Planned (mother and baby leave hospital 25/11/2026)"],
                ["Start date", "25/11/2026"],
                ["Length", "12 week assessment"],
            ],
        )
        document.add_heading("Mother", 2)
        m._table(
            document,
            [
                ["Name", "Chloe Shaw"],
                ["Date of birth", "02/02/2007"],
                ["Her history", "Self-harm in 2022; uses cannabis."],
            ],
        )
        document.add_heading("Baby", 2)
        m._table(
            document,
            [
                ["Name", "Ivy Shaw"],
                ["Date of birth", "10/11/2026"],
                ["Sex", "Female"],
                ["Legal status", "ICO granted 18/11/2026"],
                ["Health", "Monitored for withdrawal after birth; no ongoing needs."],
                ["Education", "N/A (baby)"],
                ["Previous placements", "Not applicable - newborn"],
                ["Family time", "Father: twice weekly, supervised."],
            ],
        )
        m._table(
            document,
            [
                ["Social worker", "Imran Qureshi"],
                ["Email", "imran.qureshi@oldham.gov.uk"],
                ["Tel", "0161 770 3451"],
            ],
        )

    ivy = m.kid(
        "Ivy",
        "Shaw",
        dob="2026-11-10",
        gender="female",
        legal="C1",
        ft=1,
        health=True,
        answered={"school", "placement_history"},
    )
    m.add(
        "c09-oldham_parent_and_baby.docx",
        m._docx(build),
        m.truth(
            "c09-oldham_parent_and_baby.docx",
            la="E08000004",
            ref="88120344",
            date="2026-11-19",
            sw=("Imran Qureshi", "imran.qureshi@oldham.gov.uk", "0161 770 3451"),
            place=("parent_and_child", "planned", "short_term", "2026-11-25", "later"),
            children=[ivy],
        ),
    )


def c10(m):
    """A 16+ supported accommodation request in plain text."""
    text = """Salford City Council - Children's Services
16+ Accommodation Referral

LCS ID: 4455190
Referral date: 16/11/2026

Young person: Dylan Price
Date of birth: 05/06/2009
Gender: Male
Legal status: Section 20 (Looked After)
Accommodation type required: Supported accommodation (16+), 10 hours floating support a week
Planned or emergency: Planned
Duration: Until 18, then staying close
Move date: 04/01/2027
Education / training: Salford City College - Level 2 Plumbing
Health: No health needs known.
Family time: Sees his mum at weekends (unsupervised).
Placement history: 1 foster placement (2021 - present)
Risks: Cannabis use (current, weekly). No history of going missing. No CCE concerns.

Social worker: Precious Mensah
Email: precious.mensah@salford.gov.uk
Phone: 0161 603 4200
"""
    dylan = m.kid(
        "Dylan",
        "Price",
        dob="2009-06-05",
        gender="male",
        legal="V2",
        school="Salford City College",
        ft=1,
        ph=1,
        prev=1,
        health=True,
        risks={
            "to_child/drug_alcohol": "present",
            "to_child/missing": "none_known",
            "to_child/criminal_exploitation": "none_known",
        },
    )
    m.add(
        "c10-salford_16_plus.txt",
        text.encode(),
        m.truth(
            "c10-salford_16_plus.txt",
            la="E08000006",
            ref="4455190",
            date="2026-11-16",
            sw=("Precious Mensah", "precious.mensah@salford.gov.uk", "0161 603 4200"),
            place=("supported_accommodation", "planned", "long_term", "2027-01-04", "later"),
            children=[dylan],
        ),
    )


def c11(m):
    """A ruled PDF for a children's home: shared occupancy, cared for alongside, a
    district (not a location), risks in prose with a past event."""

    def story(font, styles, para):
        return [
            Paragraph("Walsall Council", styles["Title"]),
            Paragraph("Residential Placement Request", styles["Heading2"]),
            m._grid(
                [
                    ["Date", "20/11/2026"],
                    ["Mosaic number", "6604128"],
                    ["Name", "Kacper Nowak"],
                    ["DOB", "19/08/2012"],
                    ["Gender", "Male"],
                    ["Legal status", "Full care order (s31)"],
                    ["Placement type", "Residential (children's home)"],
                    ["Shared or solo occupancy", "Shared with up to 2 others"],
                    ["Cared for alongside", "Older young people only"],
                    ["District", "Walsall North"],
                    ["Urgency", "Planned (notice served on current placement)"],
                    ["Duration", "Long term"],
                    ["Start by", "18/12/2026"],
                    ["School", "Ormiston Shelfield Community Academy, Y10"],
                    ["Health", "Well; no medication. Sees an optician."],
                    ["Family time", "Dad (in Poland): video calls weekly."],
                ],
                [150, 320],
                font,
            ),
            Spacer(1, 8),
            Paragraph("Placement history", styles["Heading3"]),
            m._grid(
                [
                    ["Dates", "Placement"],
                    ["2023 - 2025", "Foster care, Walsall"],
                    ["2025 - present", "Foster care, Sandwell"],
                ],
                [150, 320],
                font,
                header=True,
            ),
            Spacer(1, 8),
            Paragraph("Risks", styles["Heading3"]),
            Paragraph(
                "Kacper has damaged property when angry (punched walls) but has not hurt "
                "anyone. No history of going missing, self-harm or substance use. He was "
                "sexually exploited online by older males in 2025; the police investigation "
                "has concluded.",
                styles["BodyText"],
            ),
            Spacer(1, 8),
            m._grid(
                [
                    ["Social worker", "Sarah O'Neill"],
                    ["Email", "sarah.oneill@walsall.gov.uk"],
                    ["Phone", "01922 658 170"],
                ],
                [150, 320],
                font,
            ),
        ]

    kacper = m.kid(
        "Kacper",
        "Nowak",
        dob="2012-08-19",
        gender="male",
        legal="C2",
        school="Ormiston Shelfield Community Academy",
        ft=1,
        ph=2,
        prev=2,
        health=True,
        risks={
            "to_others/physical_harm": "none_known",
            "to_child/missing": "none_known",
            "to_child/self_harm": "none_known",
            "to_child/drug_alcohol": "none_known",
            "to_child/sexual_exploitation": "historical",
        },
    )
    m.add(
        "c11-walsall_shared_occupancy.pdf",
        m._story_pdf(story),
        m.truth(
            "c11-walsall_shared_occupancy.pdf",
            la="E08000030",
            ref="6604128",
            date="2026-11-20",
            sw=("Sarah O'Neill", "sarah.oneill@walsall.gov.uk", "01922 658 170"),
            place=("residential", "planned", "long_term", "2026-12-18", "later"),
            children=[kacper],
        ),
    )


def c12(m):
    """A placement team forwards the worker's referral with a correction on top."""
    body = """Hello,

Forwarding Ellen's referral below. Please note one correction: Mia's date of birth
is 07/03/2015, not 07/08/2015 as written below.

Kind regards
Placements Team, Plymouth City Council

---------- Forwarded message ---------
From: Ellen Ward <ellen.ward@plymouth.gov.uk>
Date: Wed, 18 Nov 2026 at 14:02
Subject: Referral - Mia Lawson

Hi,

Referral for Mia Lawson, DOB 07/08/2015, female, full care order. She needs a long
term foster placement, planned, to start in the new year. Ref 1200931.
School: Montpelier Primary School, Year 6 - she must stay there.
Health: no known health needs.
Family time: Mum alternate Saturdays, supervised.
This would be Mia's third placement.
Risks: nothing of note - no self-harm, no missing episodes.

Ellen Ward
Social Worker, Permanence Team
01752 307 114
"""
    data = m._email(
        {
            "From": "Placements Team <placements@plymouth.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "FW: Referral - Mia Lawson",
            "Date": "Fri, 20 Nov 2026 10:15:00 +0000",
        },
        body,
    )
    mia = m.kid(
        "Mia",
        "Lawson",
        dob="2015-03-07",
        gender="female",
        legal="C2",
        school="Montpelier Primary School",
        ft=1,
        prev=2,
        health=True,
        risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
    )
    m.add(
        "c12-plymouth_forward_correction.eml",
        data,
        m.truth(
            "c12-plymouth_forward_correction.eml",
            la="E06000026",
            ref="1200931",
            date="2026-11-20",
            sw=("Ellen Ward", "ellen.ward@plymouth.gov.uk", "01752 307 114"),
            place=("fostering", "planned", "long_term", None, None),
            children=[mia],
        ),
    )


def build_all(m) -> None:
    for build in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12):
        build(m)
