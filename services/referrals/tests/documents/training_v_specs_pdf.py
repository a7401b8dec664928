"""training_v's PDF referrals (v11-v27): tripartite funding requests, out-of-hours emergency
placement agreements, section 47 outcomes, maternity birth plans, GCP2 summaries, scans."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks

__all__ = ["SPECS"]

TRI_STATES = {
    "present": "Current",
    "historical": "Historic",
    "suspected": "Emerging",
    "none_known": "None evidenced",
}
S47_STATES = {
    "present": "Ongoing",
    "historical": "Historic (closed)",
    "suspected": "Unconfirmed concern",
    "none_known": "Not identified",
}
GCP2_STATES = {
    "present": "Evident now –",
    "historical": "Evident in the past –",
    "suspected": "Possible –",
    "none_known": "Not evident",
}
FUNDING = [
    ["Agency", "Share", "Weekly cost"],
    ["Children's Social Care", "50%", "£3,150.00"],
    ["Education (SEND)", "30%", "£1,890.00"],
    ["Health (ICB continuing care)", "20%", "£1,260.00"],
]


def _spec(layout, ident, slug, la, ref, when, worker, kids, place, parent=None, **more):
    args = (ident, layout, "pdf", slug, la, ref, when, worker)
    return Spec(*args, *place, kids, parent=parent, more=more)


SPECS = [
    _spec(
        "tripartite_panel",
        "v11",
        "warrington_tripartite",
        "E06000007",
        "1402267",
        "2026-11-09",
        Worker("Rebecca Hulme", "rebecca.hulme@warrington.example.gov.uk", "01632 960 118"),
        [
            Kid(
                "Louis",
                "Ashworth",
                "male",
                dob="2010-11-30",
                legal="C2",
                legal_words="Full Care Order (s31) – 2019",
                school="Green Lane School",
                school_words="Green Lane School (special school, Year 11)",
                family=[
                    ("mum", "monthly", "Mum – monthly, supervised, at the residential home"),
                    ("sister", "fortnightly", "Sister (Amy, 19) – every two weeks, video call"),
                ],
                history=5,
                history_words="Five placements including current (2 foster, 3 residential)",
                health="Autism and learning disability; epilepsy – buccal midazolam.",
                allergies="None known",
                comms=["makaton"],
                comms_words="Limited speech; Makaton and a visual timetable.",
                risk=risks(
                    "violence P: hits staff when routines change, 2:1 in the community"
                    " | sh P: head-banging when distressed"
                    " | hsb H: touched a peer in 2023; safety plan, nothing since"
                    " | missing N | animals N"
                ),
            )
        ],
        ("residential", "planned", "long_term", "2027-01-04", "4 January 2027"),
        authority="Warrington Borough Council",
        ref_label="ICS ID",
        ehcp="Yes – 52-week education and care",
        presenter="Aisha Rahman, Commissioning Officer (01632 960 600)",
        panel="2026-11-26",
        placement=[
            ["Setting", "Residential children's home with education on site (52-week)"],
            ["Urgency", "Planned"],
            ["Duration", "Long term"],
            ["Start", "4 January 2027"],
            ["Living with others", "No more than two other young people"],
        ],
        funding=FUNDING,
        states=TRI_STATES,
        note="Decision Support Tool completed 2 November 2026: continuing care eligible.",
        footer="Warrington JCP – tripartite request form v4",
    ),
    _spec(
        "tripartite_panel",
        "v12",
        "swindon_tripartite",
        "E06000030",
        "SBC-LCS-88214",
        "2026-11-12",
        Worker("Daniel Okonkwo", "daniel.okonkwo@swindon.example.gov.uk", "01632 960 347"),
        [
            Kid(
                "Grace",
                "Millward",
                "female",
                dob="2012-04-03",
                legal="V2",
                legal_words="Accommodated under s20 since 2025",
                school="Uplands School",
                school_words="Uplands School (Year 9)",
                family=[
                    ("parents", "weekly", "Parents – weekly visit on Saturdays"),
                ],
                history=1,
                history_words="One – current shared-care foster family since 2025",
                health="Cerebral palsy (GMFCS IV), PEG fed; wheelchair user; hoist.",
                allergies="Latex",
                comms=["other"],
                comms_words="Uses an eye-gaze communication device",
                risk=risks(),
            )
        ],
        ("residential", "planned", "long_term", "2026-12-14", "14 December 2026"),
        authority="Swindon Borough Council",
        ref_label="LCS number",
        ehcp="Yes",
        presenter="Kerry-Ann Baptiste, Team Manager Disabled Children (01632 960 901)",
        panel="2026-11-30",
        placement=[
            ["Setting", "Residential (registered children's home for disabled children)"],
            ["Urgency", "Planned – parents and foster family agree"],
            ["Duration", "Long term"],
            ["Start", "14 December 2026"],
        ],
        funding=FUNDING,
        states=TRI_STATES,
        note="Grace's foster carers can no longer lift her safely.",
        footer="Swindon Joint Funding Panel",
    ),
    _spec(
        "tripartite_panel",
        "v13",
        "telford_tripartite_gaps",
        "E06000020",
        None,
        "2026-11-05",
        Worker("Imogen Blakemore", "imogen.blakemore@telford.example.gov.uk"),
        [
            Kid(
                "Kyle",
                "Preece",
                "male",
                age=16,
                legal_words="",
                school_words="NEET – not in education at present",
                family_words="",
                health="",
                risk=risks(
                    "drugs P: | cce S: found with cash and two phones | violence N",
                    rest="-",
                ),
            )
        ],
        ("residential", None, None, None, ""),
        authority="Telford & Wrekin Council",
        ehcp="Being assessed",
        presenter="Imogen Blakemore (allocated SW)",
        panel="2026-11-19",
        placement=[
            ["Setting", "Residential – solo or small home"],
            ["Start", "To be agreed at panel"],
        ],
        funding=[*FUNDING[:2], ["Health (ICB)", "tbc", "tbc"]],
        states=TRI_STATES,
        note="Health contribution not yet agreed.",
        footer="T&W Council – joint funding request",
    ),
]
