"""training_v's exclusion forwards (v28-v31) and CAWN relocation requests (v32-v34)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks

__all__ = ["SPECS", "mail"]


def mail(layout, ident, slug, la, ref, when, worker, kids, place, **more) -> Spec:
    args = (ident, layout, "eml", slug, la, ref, when, worker)
    return Spec(*args, *place, kids, more=more)


SEFTON = "sefton.example.gov.uk"
WIRRAL = "wirral.example.gov.uk"
NTYNE = "northtyneside.example.gov.uk"
DORSET = "dorset.example.gov.uk"

SPECS: list[Spec] = [
    mail(
        "exclusion_forward",
        "v28",
        "sefton_exclusion_fwd",
        "E08000014",
        "CCM 4471902",
        "2026-11-17",
        Worker("Gareth Pownall", f"gareth.pownall@{SEFTON}", "0151 496 0347"),
        [
            Kid(
                "Callum",
                "Yates",
                "male",
                dob="2012-02-18",
                legal="C2",
                legal_words="Full care order (2021)",
                school="Litherland High School",
                school_words="Litherland High School (Y9) – permanently excluded 13/11, PRU place pending",
                family=[
                    ("mum", "fortnightly", "mum every other Saturday (supervised)"),
                    ("brother", "weekly", "brother Kieran (in another foster home) weekly"),
                ],
                history=3,
                history_words="3 incl. current – two foster homes then his current carers since 2023",
                health="ADHD (diagnosed), on Elvanse. Asthma.",
                allergies="none known",
                risk=risks(
                    "violence P: punched a teaching assistant on 12/11 (reason for exclusion)"
                    " | drugs S: vape with THC found in his bag, he says it was a friend's"
                    " | missing H: missing overnight twice in 2024, none since"
                ),
            )
        ],
        ("fostering", "planned", "short_term", "2026-11-30", "30 Nov"),
        domain=SEFTON,
        clock="11:42",
        **{"from": f"Gareth Pownall <gareth.pownall@{SEFTON}>"},
        to=f"Placement Finding <placementfinding@{SEFTON}>",
        subject="FW: Notice of permanent exclusion – Callum Y – placement request",
        opening=(
            "Hi all, forwarding the school's letter below. Callum's carers feel they can't "
            "manage him at home all day now he's out of school, so I need a new foster "
            "placement. Details:"
        ),
        request=(
            "Looking for experienced foster carers, planned move, short term while the "
            "education plan is sorted – ideally 30 Nov. CCM 4471902."
        ),
        signoff="Thanks, Gaz",
        signature=[
            "Gareth Pownall | Social Worker | Children in Care Team (South)",
            "Sefton Council | 0151 496 0347",
        ],
        head="Mrs L. Kavanagh, Headteacher <head@litherlandhigh.example.org.uk>",
        letter_date="Fri, 13 Nov 2026 at 15:20",
        letter_subject="Notice of permanent exclusion",
        letter=(
            "Dear Mr Pownall,\n\nI am writing to inform you that I have taken the decision to "
            "permanently exclude Callum Yates from 13 November 2026, following a serious "
            "physical assault on a member of staff on 12 November. The governors will meet "
            "within 15 school days. You may contact the school on 0151 496 0100.\n\n"
            "Yours sincerely,\nL. Kavanagh (Headteacher)"
        ),
    ),
    mail(
        "exclusion_forward",
        "v29",
        "wirral_exclusion_duty",
        "E08000015",
        "LCS 2291048",
        "2026-11-19",
        Worker("Nicola Fairclough", f"nicola.fairclough@{WIRRAL}", "0151 496 0521"),
        [
            Kid(
                "Skye",
                "Mercer",
                "female",
                dob="2011-05-12",
                legal="C1",
                legal_words="ICO",
                school="Weatherhead High School",
                school_words="Weatherhead High School (excluded 16/11 – fixed term, 5 days)",
                family=[("mum", "weekly", "mum weekly, supervised at Birkenhead contact centre")],
                no_contact=["dad"],
                no_contact_words="NO contact with dad (non-molestation order)",
                history=2,
                history_words="two: emergency carers 2025, current carers since Jan",
                health="Anxiety – CAMHS.",
                allergies="penicillin",
                risk=risks(
                    "sh P: cutting to thighs, last week"
                    " | violence P: threw a chair at a teacher (reason for the exclusion)"
                    " | cse S: older boyfriend (19), police aware"
                ),
            ),
            Kid(
                "Jayden",
                "Mercer",
                "male",
                dob="2015-11-03",
                legal="C1",
                legal_words="ICO",
                school="Woodchurch Road Primary School",
                school_words="Woodchurch Road Primary School (Y6)",
                family=[("mum", "weekly", "mum weekly with Skye")],
                no_contact=["dad"],
                no_contact_words="NO contact with dad",
                history=2,
                history_words="two, same as Skye",
                health="Nothing known.",
                allergies="none known",
                risk=risks(),
            ),
        ],
        ("fostering", "planned", "long_term", "2026-12-01", "1st December"),
        domain=WIRRAL,
        clock="09:05",
        **{"from": f"CiC Duty <cicduty@{WIRRAL}>"},
        to=f"Placements Team <placements@{WIRRAL}>",
        cc=f"Nicola Fairclough <nicola.fairclough@{WIRRAL}>",
        subject="FW: Fixed term exclusion – S Mercer / request for placement (siblings)",
        opening=(
            "Sending on behalf of Nicola Fairclough, the children's allocated social worker "
            "(nicola.fairclough@wirral.example.gov.uk / 0151 496 0521), who is in court today. "
            "Current carers have given notice after Skye's exclusion. LCS 2291048."
        ),
        request="Planned, long term, brother and sister together, from 1st December.",
        signoff="Paul (CiC duty desk)",
        signature=["CiC Duty | Wirral Council | 0151 496 0999"],
        head="Weatherhead High School <office@weatherhead.example.org.uk>",
        letter_date="Mon, 16 Nov 2026 at 14:01",
        letter_subject="Suspension notice – Skye Mercer",
        letter=(
            "Dear Ms Fairclough, Skye has been suspended for five days for throwing a chair. "
            "Reintegration meeting 23/11 at 9am. Attendance officer: 0151 496 0200."
        ),
    ),
    mail(
        "exclusion_forward",
        "v30",
        "north_tyneside_exclusion_gaps",
        "E08000022",
        None,
        "2026-11-12",
        Worker("Aimee Charlton", f"aimee.charlton@{NTYNE}"),
        [
            Kid(
                "Bailey",
                "Forster",
                "male",
                age=13,
                legal_words="s20 being discussed",
                school="Monkseaton High School",
                school_words="Monkseaton High School (permanently excluded)",
                family_words="tbc",
                history_words="will check",
                health="",
                risk=risks("violence P: | fire S:", rest="-"),
            )
        ],
        ("fostering", None, None, None, "not sure yet"),
        domain=NTYNE,
        clock="16:48",
        **{"from": f"Aimee Charlton <aimee.charlton@{NTYNE}>"},
        to=f"Placements <placements@{NTYNE}>",
        subject="FW: exclusion letter – Bailey",
        opening="Hi, see below. Mum says she can't cope with him at home now. Early days:",
        request="Foster placement probably needed – start date not sure yet.",
        signoff="Aimee",
        signature=["Aimee Charlton, Social Worker, Front Door Team"],
        head="Headteacher, Monkseaton High <head@monkseaton.example.org.uk>",
        letter_date="Wed, 11 Nov 2026 at 12:30",
        letter_subject="Permanent exclusion",
        letter="Dear Parent/Carer and Social Worker, Bailey is permanently excluded. School: 0191 498 0400.",
    ),
    mail(
        "exclusion_forward",
        "v31",
        "dorset_exclusion_emergency",
        "E06000059",
        "DC-CLA-018833",
        "2026-11-23",
        Worker("Philippa Sherwood", f"philippa.sherwood@{DORSET}", "01632 960 433"),
        [
            Kid(
                "Georgina",
                "Hart",
                "female",
                dob="2011-01-19",
                legal="C2",
                legal_words="Care Order (s31)",
                school="The Thomas Hardye School",
                school_words="The Thomas Hardye School, Year 10 – permanently excluded 20/11",
                family=[
                    ("mum", "monthly", "mum monthly (Weymouth)"),
                    ("grandparents", "fortnightly", "grandparents every other weekend"),
                ],
                history=4,
                history_words=(
                    "four – an emergency placement in 2023, two foster homes, and her current "
                    "carers"
                ),
                health="Well; contraceptive implant.",
                allergies="none known",
                known_as="George",
                risk=risks(
                    "drugs P: drinking and cannabis most weekends"
                    " | missing P: missing 3 times since the exclusion"
                    " | cse S: messages from unknown adult men on Snapchat"
                    " | eating H: treated for anorexia in 2024, discharged, none since"
                ),
            )
        ],
        ("fostering", "emergency", "short_term", "2026-11-25", "by Wednesday 25th"),
        domain=DORSET,
        clock="08:17",
        **{"from": f"Philippa Sherwood <philippa.sherwood@{DORSET}>"},
        to=f"Access to Resources <atr@{DORSET}>",
        cc=f"Team Manager <helen.brook@{DORSET}>",
        subject="URGENT FW: Permanent exclusion – George Hart – emergency move needed",
        opening=(
            "Morning – George's carers have asked for her to move by Wednesday after the "
            "exclusion. This is an EMERGENCY request. (Her 2023 emergency placement is listed "
            "below as history only.)"
        ),
        request=(
            "Emergency, short term, foster carers experienced with teenagers; needed by "
            "Wednesday 25 November. Ref DC-CLA-018833."
        ),
        signoff="Pip",
        signature=[
            "Philippa Sherwood",
            "Social Worker – Children in Care (West)",
            "Dorset Council | 01632 960 433",
        ],
        head="The Thomas Hardye School <headteacher@thomashardye.example.org.uk>",
        letter_date="Fri, 20 Nov 2026 at 17:55",
        letter_subject="Permanent exclusion of Georgina Hart",
        letter=(
            "Dear Ms Sherwood, following persistent disruptive behaviour and bringing alcohol "
            "onto the school site, Georgina is permanently excluded from 20 November 2026. "
            "Contact the school office on 01632 960 100."
        ),
    ),
]
