"""The last eight of training_c/ (c23-c30), written after the reader's first changes for
c01-c22 and scored before any change for them: an email carrying the Word form, an HTML
email, a Data Standard form in Word, wrapped PDF labels, a residential step-up, a
respite request, an EDT text note and a correction in a reply."""

from __future__ import annotations

from email.message import EmailMessage

from reportlab.platypus import Paragraph
from training_c_docs import _canvas_pdf


def c23(m):
    """An email whose body only says "see attached"; the Word form is the attachment."""

    def build(document):
        document.add_heading("Stockport Metropolitan Borough Council", 1)
        document.add_paragraph("Request for a Foster Placement")
        m._table(
            document,
            [
                ["Child's LCS number", "SMBC-702215"],
                ["Date", "18/11/2026"],
                ["Name", "Poppy Lees"],
                ["DOB", "03/12/2012"],
                ["Gender", "Female"],
                ["Legal status", "Care Order"],
                ["Placement type", "Foster care"],
                ["Urgency", "Planned"],
                ["Duration", "Long term"],
                ["School", "Poppy is in Year 9 at Marple Hall School."],
                ["Health", "No health needs known"],
                ["Family time", "Nan - monthly (unsupervised)"],
                ["Placement history", "Poppy has been with her current carers since 2021."],
                ["Risks", "No self-harm. Poppy went missing once in 2023 (returned same day)."],
                ["Social worker", "Aaron Fitzgerald"],
                ["Email", "aaron.fitzgerald@stockport.gov.uk"],
                ["Phone", "0161 474 4600"],
            ],
        )

    form = m._docx(build)
    message = EmailMessage()
    message["From"] = "Aaron Fitzgerald <aaron.fitzgerald@stockport.gov.uk>"
    message["To"] = "referrals@hearth-fostering.example"
    message["Subject"] = "Referral - PL"
    message["Date"] = "Wed, 18 Nov 2026 15:00:00 +0000"
    message.set_content("Hi,\n\nPlease see the attached referral for Poppy.\n\nThanks\nAaron\n")
    message.add_attachment(
        form,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="referral.docx",
    )
    poppy = m.kid(
        "Poppy",
        "Lees",
        dob="2012-12-03",
        gender="female",
        legal="C2",
        school="Marple Hall School",
        ft=1,
        prev=1,
        health=True,
        risks={"to_child/self_harm": "none_known", "to_child/missing": "historical"},
    )
    m.add(
        "c23-stockport_attached_form.eml",
        bytes(message),
        m.truth(
            "c23-stockport_attached_form.eml",
            la="E08000007",
            ref="SMBC-702215",
            date="2026-11-18",
            sw=("Aaron Fitzgerald", "aaron.fitzgerald@stockport.gov.uk", "0161 474 4600"),
            place=("fostering", "planned", "long_term", None, None),
            children=[poppy],
        ),
    )


def c24(m):
    """An HTML email with the referral in a table."""
    html = """<html><body><p>Dear colleague,</p>
<p>Please consider the following request from Gloucestershire County Council.</p>
<table border="1">
<tr><td>Child name</td><td>Finley Hobbs</td></tr>
<tr><td>D.O.B</td><td>15/08/2015</td></tr>
<tr><td>Gender</td><td>Male</td></tr>
<tr><td>ERIC ID</td><td>GCC-551903</td></tr>
<tr><td>Legal status</td><td>S20</td></tr>
<tr><td>Placement</td><td>Short-term foster placement, planned</td></tr>
<tr><td>Start</td><td>07/12/2026</td></tr>
<tr><td>School</td><td>Finley attends Tredworth Junior Academy.</td></tr>
<tr><td>Health</td><td>Autism (diagnosed 2022); sensitive to noise.</td></tr>
<tr><td>Family time</td><td>Mum twice weekly, supervised</td></tr>
<tr><td>Previous placements</td><td>None</td></tr>
<tr><td>Risks</td><td>Lashes out at carers when overwhelmed. No missing episodes.</td></tr>
</table>
<p>Social worker: Rhiannon Price, rhiannon.price@gloucestershire.gov.uk, 01452 426 565</p>
</body></html>"""
    message = EmailMessage()
    message["From"] = "Rhiannon Price <rhiannon.price@gloucestershire.gov.uk>"
    message["To"] = "referrals@hearth-fostering.example"
    message["Subject"] = "Placement request FH"
    message["Date"] = "Thu, 19 Nov 2026 12:00:00 +0000"
    message.set_content("Please view this message in HTML.")
    message.add_alternative(html, subtype="html")
    finley = m.kid(
        "Finley",
        "Hobbs",
        dob="2015-08-15",
        gender="male",
        legal="V2",
        school="Tredworth Junior Academy",
        ft=1,
        ph=0,
        prev=0,
        health=True,
        risks={"to_others/physical_harm": "present", "to_child/missing": "none_known"},
    )
    m.add(
        "c24-glos_html_email.eml",
        bytes(message),
        m.truth(
            "c24-glos_html_email.eml",
            la="E10000013",
            ref="GCC-551903",
            date="2026-11-19",
            sw=("Rhiannon Price", "rhiannon.price@gloucestershire.gov.uk", "01452 426 565"),
            place=("fostering", "planned", "short_term", "2026-12-07", "later"),
            children=[finley],
        ),
    )


def c25(m):
    """A Data Standard form in Word: yes/no per standard risk, need-by in words."""

    def build(document):
        document.add_heading("Placement Request - Kirklees Council", 1)
        m._table(
            document,
            [
                ["Child identifier", "KC-33019"],
                ["Request date", "20/11/2026"],
                ["Forename", "Ayaan"],
                ["Surname", "Malik"],
                ["Date of birth", "02/02/2011"],
                ["Gender", "Male"],
                ["Legal status", "Section 20"],
                ["Need by", "Today"],
                ["Placement setting", "Residential"],
                ["Emergency placement", "Yes"],
                ["Expected length", "Short term"],
                ["Education", "Not in education since September"],
                ["Health needs", "None"],
                ["Family time", "To be arranged with mum"],
                ["Placements to date", "Two"],
            ],
        )
        m._table(
            document,
            [
                ["Risk", "Yes", "No"],
                ["Self-harm", "", "X"],
                ["Sexual exploitation", "", "X"],
                ["Criminal exploitation", "X", ""],
                ["Substance misuse", "X", ""],
                ["Missing", "X", ""],
                ["Physical harm to others", "", "X"],
            ],
        )
        document.add_paragraph(
            "Details: Ayaan is linked to a county lines network and uses cannabis daily; "
            "missing four times this month."
        )
        m._table(
            document,
            [
                ["Social worker", "Sadia Hussain"],
                ["Email", "sadia.hussain@kirklees.gov.uk"],
                ["Phone", "01484 456 848"],
            ],
        )

    ayaan = m.kid(
        "Ayaan",
        "Malik",
        dob="2011-02-02",
        gender="male",
        legal="V2",
        prev=2,
        health=True,
        answered={"school", "family_time"},
        risks={
            "to_child/self_harm": "none_known",
            "to_child/sexual_exploitation": "none_known",
            "to_child/criminal_exploitation": "present",
            "to_child/drug_alcohol": "present",
            "to_child/missing": "present",
            "to_others/physical_harm": "none_known",
        },
    )
    m.add(
        "c25-kirklees_standard_word.docx",
        m._docx(build),
        m.truth(
            "c25-kirklees_standard_word.docx",
            la="E08000034",
            ref="KC-33019",
            date="2026-11-20",
            sw=("Sadia Hussain", "sadia.hussain@kirklees.gov.uk", "01484 456 848"),
            # "Need by: Today": the start is the referral date
            place=("residential", "emergency", "short_term", "2026-11-20", "today"),
            children=[ayaan],
        ),
    )


def c26(m):
    """An unruled PDF whose long labels wrap onto a second line."""

    def draw(pdf, font):
        pdf.setFont(font, 12)
        pdf.drawString(40, 800, "Rochdale Borough Council - Placement Referral")
        pdf.setFont(font, 9)
        rows = [
            (["Referral date"], "17/11/2026"),
            (["Liquidlogic ID"], "RBC-440128"),
            (["Child's full name"], "Olivia Grant"),
            (["Date of birth"], "20/05/2014"),
            (["Gender"], "Female"),
            (["Legal status of the child", "(order and section)"], "Interim care order (s38)"),
            (["Type of placement", "being requested"], "Foster care"),
            (["Is this an emergency", "or planned?"], "Planned"),
            (["How long is the", "placement needed for?"], "Long term"),
            (["School and", "year group"], "Kingsway Park High School, Year 8"),
            (["Health needs and", "medication"], "None known"),
            (["Family time", "arrangements"], "Mum weekly, supervised; dad monthly"),
            (["Previous placements"], "One (current)"),
            (["Social worker"], "Callum Wood, callum.wood@rochdale.gov.uk, 01706 925 312"),
        ]
        y = 770
        for label, value in rows:
            pdf.drawString(180, y, value)
            for line in label:
                pdf.drawString(40, y, line)
                y -= 11
            y -= 8

    olivia = m.kid(
        "Olivia",
        "Grant",
        dob="2014-05-20",
        gender="female",
        legal="C1",
        school="Kingsway Park High School",
        ft=2,
        prev=1,
        health=True,
    )
    m.add(
        "c26-rochdale_wrapped_labels.pdf",
        _canvas_pdf(m, draw),
        m.truth(
            "c26-rochdale_wrapped_labels.pdf",
            la="E08000005",
            ref="RBC-440128",
            date="2026-11-17",
            sw=("Callum Wood", "callum.wood@rochdale.gov.uk", "01706 925 312"),
            place=("fostering", "planned", "long_term", None, None),
            children=[olivia],
        ),
    )


def c27(m):
    """A step-up from foster care to a children's home; the foster placement is history."""
    text = """WAKEFIELD COUNCIL - CHILDREN AND YOUNG PEOPLE
Residential Referral

Mosaic ID: 9921045
Date: 16/11/2026
Young person: Reece Ward (DOB 11/01/2010), male
Legal: Care Order (s31)
Current placement: long-term foster placement, breaking down after two assaults on carers.
Placement requested: children's home, planned, long term, single or two-bed home.
Start: 01/12/2026
School: Outwood Academy City, Year 11 (must stay)
Health: ADHD, takes methylphenidate.
Family time: Mother fortnightly, supervised.
Placement history: three foster placements since 2018, all ended by carers.
Risks: He has assaulted carers twice this month. He has not gone missing. No substance use.

Allocated social worker: Jodie Marsh | jodie.marsh@wakefield.gov.uk | 01924 302 000
"""
    reece = m.kid(
        "Reece",
        "Ward",
        dob="2010-01-11",
        gender="male",
        legal="C2",
        school="Outwood Academy City",
        ft=1,
        prev=3,
        health=True,
        risks={
            "to_others/physical_harm": "present",
            "to_child/missing": "none_known",
            "to_child/drug_alcohol": "none_known",
        },
    )
    m.add(
        "c27-wakefield_step_up.txt",
        text.encode(),
        m.truth(
            "c27-wakefield_step_up.txt",
            la="E08000036",
            ref="9921045",
            date="2026-11-16",
            sw=("Jodie Marsh", "jodie.marsh@wakefield.gov.uk", "01924 302 000"),
            place=("residential", "planned", "long_term", "2026-12-01", "later"),
            children=[reece],
        ),
    )


def c28(m):
    """A short-breaks (respite) request in a ruled PDF."""

    def story(font, styles, para):
        return [
            Paragraph("North Tyneside Council - Short Breaks Referral", styles["Title"]),
            m._grid(
                [
                    ["Date of referral", "19/11/2026"],
                    ["Child reference", "NT-66120"],
                    ["Name", "Isla Bell"],
                    ["Date of birth", "08/08/2016"],
                    ["Gender", "Female"],
                    ["Legal status", "Section 20 (short breaks)"],
                    ["Service requested", "Respite foster care, one weekend a month"],
                    ["Planned / emergency", "Planned"],
                    ["School", para("Beacon Hill School (special school)")],
                    ["Health / disability", para("Cerebral palsy; uses a wheelchair.")],
                    ["Family time", para("Lives at home with parents")],
                    ["Risks", para("No risks to self or others known.")],
                    ["Social worker", "Daniel Reay"],
                    ["Email", "daniel.reay@northtyneside.gov.uk"],
                    ["Telephone", "0191 643 2777"],
                ],
                [150, 320],
                font,
            ),
        ]

    isla = m.kid(
        "Isla",
        "Bell",
        dob="2016-08-08",
        gender="female",
        legal="V3",
        school="Beacon Hill School",
        health=True,
        answered={"family_time"},
        # "Risks: No risks to self or others known." says each risk is none known
        risks={
            f"{group}/{name}": "none_known" for group, names in m.RISKS.items() for name in names
        },
    )
    m.add(
        "c28-north_tyneside_respite.pdf",
        m._story_pdf(story),
        m.truth(
            "c28-north_tyneside_respite.pdf",
            la="E08000022",
            ref="NT-66120",
            date="2026-11-19",
            sw=("Daniel Reay", "daniel.reay@northtyneside.gov.uk", "0191 643 2777"),
            place=("fostering", "planned", "respite", None, None),
            children=[isla],
        ),
    )


def c29(m):
    """An EDT case note as plain text, times and a police officer's number."""
    text = """EMERGENCY DUTY TEAM - CASE NOTE (Bristol City Council)
Date: 22/11/2026 02:15

Police protection taken at 00:40 for Kayden Morris (DOB 30/06/2012, male) after his
mother was arrested. PC Hughes (collar 4471, 0117 945 5000) is with him at the station.
Needs an emergency foster placement tonight, likely short term.
No known health needs. School: Bristol Brunel Academy, Year 9.
No previous care history.
Allocated SW (CIN): Marcus Doyle, marcus.doyle@bristol.gov.uk, 0117 903 6444.
EDT worker: Sian Jones
"""
    kayden = m.kid(
        "Kayden",
        "Morris",
        dob="2012-06-30",
        gender="male",
        legal="L1",
        school="Bristol Brunel Academy",
        ph=0,
        prev=0,
        health=True,
    )
    m.add(
        "c29-bristol_edt_note.txt",
        text.encode(),
        m.truth(
            "c29-bristol_edt_note.txt",
            la="E06000023",
            ref=None,
            date="2026-11-22",
            sw=("Marcus Doyle", "marcus.doyle@bristol.gov.uk", "0117 903 6444"),
            place=("fostering", "emergency", "short_term", "2026-11-22", "today"),
            children=[kayden],
        ),
    )


def c30(m):
    """A reply that corrects the legal status and the start date of the quoted referral."""
    body = """Sorry - two corrections to my email below: Jack is on an interim care order,
not section 20, and the start date is now 30/11/2026.

Thanks, Laura

On Tue, 17 Nov 2026 at 10:02, Laura Kent <laura.kent@york.gov.uk> wrote:
> Referral for Jack Dunn, DOB 14/04/2013, male. Mosaic 4410983.
> Legal status: Section 20
> Placement: foster care, planned, long term, from 07/12/2026
> School: Huntington School, Year 9
> Health: asthma
> Family time: dad weekly
> Previous placements: none
> Risks: no self-harm, no missing episodes
>
> Laura Kent, Social Worker, 01904 551 900
"""
    data = m._email(
        {
            "From": "Laura Kent <laura.kent@york.gov.uk>",
            "To": "referrals@hearth-fostering.example",
            "Subject": "RE: Referral - JD",
            "Date": "Wed, 18 Nov 2026 09:00:00 +0000",
        },
        body,
    )
    jack = m.kid(
        "Jack",
        "Dunn",
        dob="2013-04-14",
        gender="male",
        legal="C1",
        school="Huntington School",
        ft=1,
        ph=0,
        prev=0,
        health=True,
        risks={"to_child/self_harm": "none_known", "to_child/missing": "none_known"},
    )
    m.add(
        "c30-york_reply_correction.eml",
        data,
        m.truth(
            "c30-york_reply_correction.eml",
            la="E06000014",
            ref="4410983",
            date="2026-11-18",
            sw=("Laura Kent", "laura.kent@york.gov.uk", "01904 551 900"),
            place=("fostering", "planned", "long_term", "2026-11-30", "later"),
            children=[jack],
        ),
    )


def build_late(m) -> None:
    for build in (c23, c24, c25, c26, c27, c28, c29, c30):
        build(m)
