"""training_v's emergency placement agreements (v14-v16) and section 47 outcomes
(v17-v19)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks
from training_v_specs_pdf import S47_STATES, _spec

__all__ = ["SPECS"]

SPECS: list[Spec] = [
    _spec(
        "epa_form",
        "v14",
        "slough_epa_sisters",
        "E06000039",
        "SCT/118842",
        "2026-11-21",
        Worker("Farah Qureshi", "farah.qureshi@slough.example.gov.uk", "01632 960 733"),
        [
            Kid(
                "Amira",
                "Haddad",
                "female",
                dob="2012-09-14",
                legal="L1",
                legal_words="Police Protection (s46) – taken 19:40",
                school="Langley Academy",
                school_words="Langley Academy, Year 9",
                family_words="None tonight – police advise no family contact until the strategy meeting",
                family=[],
                no_contact=["stepfather"],
                no_contact_words="No contact with stepfather (arrested)",
                history=0,
                history_words="None – never looked after",
                health="No known health needs",
                allergies="None known",
                risk=risks("sh S: told police she 'wanted to disappear'"),
            ),
            Kid(
                "Noor",
                "Haddad",
                "female",
                dob="2016-02-08",
                legal="L1",
                legal_words="Police Protection (s46) – taken 19:40",
                school="Castleview Primary School",
                school_words="Castleview Primary School (Y5)",
                family_words="None tonight – police advise no family contact until the strategy meeting",
                family=[],
                no_contact=["stepfather"],
                no_contact_words="No contact with stepfather",
                history=0,
                history_words="None – never looked after",
                health="Asthma – inhaler came with her",
                allergies="Nuts",
                risk=risks(),
            ),
        ],
        ("fostering", "emergency", "short_term", "2026-11-21", "tonight"),
        banner="Slough Children First – Emergency Duty Service. For use 5pm–9am and weekends.",
        time="20:55",
        edt="Gareth Lowe, EDT social worker, 01632 960 999",
        edt_manager="Bernadette Ansah (EDT manager on call)",
        ref_label="Mosaic ID",
        type="Emergency foster placement – sisters together",
        required="Tonight; short term until the strategy discussion and beyond",
        reason="Stepfather assaulted mother; both girls present. Mother in hospital.",
        footer="Slough Children First – EPA (OOH) v2",
    ),
    _spec(
        "epa_form",
        "v15",
        "thurrock_epa_teen",
        "E06000034",
        "TC-19-04471",
        "2026-11-14",
        Worker("Liam O'Driscoll", "liam.odriscoll@thurrock.example.gov.uk", "01632 960 404"),
        [
            Kid(
                "Connor",
                "Steadman",
                "male",
                dob="2010-03-25",
                legal="C2",
                legal_words="Care Order (full)",
                school="Thurrock Alternative Provision Academy",
                school_words="Thurrock Alternative Provision Academy (mornings)",
                family=[("mum", "weekly", "Mum – weekly phone call on Sundays")],
                history=6,
                history_words="6 (this is his sixth home, current residential included)",
                health="Conduct disorder (diagnosis). No medication.",
                allergies="None known",
                risk=risks(
                    "violence P: assaulted a staff member tonight; police called"
                    " | cce P: known to the exploitation team; found with cannabis wraps"
                    " | drugs P: cannabis daily"
                    " | missing H: missing 11 times in 2025, none in the last 3 months"
                    " | fire N | hsb N"
                ),
            )
        ],
        ("residential", "emergency", "short_term", "2026-11-14", "tonight"),
        banner="Thurrock Council Out of Hours Service – Emergency Placement Agreement",
        time="23:10",
        edt="Paula Grint (OOH), 01632 960 222",
        edt_manager="Ade Coker",
        ref_label="LCS",
        type="Emergency residential – solo bed (previous home has served immediate notice)",
        required="Tonight – he is at Grays police station",
        reason=(
            "His children's home served immediate notice after tonight's assault. The "
            "previous emergency placement in 2024 is history, not this request."
        ),
        footer="Thurrock OOH EPA",
    ),
    _spec(
        "epa_form",
        "v16",
        "gateshead_epa_gaps",
        "E08000037",
        None,
        "2026-11-22",
        Worker("Joanne Tait", "joanne.tait@gateshead.example.gov.uk"),
        [
            Kid(
                "Brooke",
                "Ridley",
                "female",
                age=15,
                legal_words="",
                school_words="",
                family_words="",
                health="",
                risk=risks("missing P: | cse S:", rest="-"),
            )
        ],
        ("fostering", "emergency", None, "2026-11-22", "tonight"),
        banner="Gateshead Council – Emergency Duty Team (out of hours)",
        time="02:15",
        edt="Stuart Pallister, EDT, 0191 498 0311",
        edt_manager="on-call manager",
        type="Emergency foster placement",
        required="Tonight",
        reason="Found by police at 01:30 after being reported missing; mum will not have her home.",
        footer="Gateshead EDT EPA",
    ),
    _spec(
        "s47_outcome",
        "v17",
        "barnsley_s47_siblings",
        "E08000016",
        "BMBC 2003318",
        "2026-11-18",
        Worker("Hayley Dransfield", "hayley.dransfield@barnsley.example.gov.uk", "0114 496 0285"),
        [
            Kid(
                "Jake",
                "Senior",
                "male",
                dob="2011-06-19",
                legal="V2",
                legal_words="Section 20 – mum signed 17/11/2026",
                school="Horizon Community College",
                school_words="Horizon Community College (Year 10)",
                family=[
                    ("mum", "weekly", "Mum – weekly, supervised"),
                    ("grandad", "fortnightly", "Grandad – fortnightly, can supervise himself"),
                ],
                history=0,
                history_words="Not previously looked after",
                health="Well. Dental treatment outstanding.",
                allergies="None known",
                risk=risks(
                    "drugs P: drinks at weekends with older lads"
                    " | sh H: cut his arm in 2024 after his dad left; none since"
                ),
            ),
            Kid(
                "Lily",
                "Senior",
                "female",
                dob="2015-01-11",
                legal="V2",
                legal_words="Section 20 – mum signed 17/11/2026",
                school="Ward Green Primary School",
                school_words="Ward Green Primary School (Y6)",
                family=[
                    ("mum", "weekly", "Mum – weekly, supervised, with Jake"),
                    ("grandad", "fortnightly", "Grandad – fortnightly"),
                ],
                history=0,
                history_words="Not previously looked after",
                health="Well.",
                allergies="None known",
                risk=risks(),
            ),
        ],
        ("fostering", "planned", "short_term", "2026-11-24", "Tuesday 24 November"),
        strategy="2026-11-09",
        started="2026-11-09",
        outcome_day="2026-11-16",
        lead="Nadine Holroyd, Senior Practitioner (0114 496 0999)",
        outcome="Concerns substantiated: neglect; the children are at continued risk of significant harm.",
        parents=(
            "Mum drinks heavily most days and has been cautioned for shoplifting; her partner "
            "uses heroin and has convictions for violence. These are the adults' risks."
        ),
        states=S47_STATES,
        recommendation=(
            "Accommodate both children together under s20 with a short-term foster family from "
            "Tuesday 24 November (planned), while an ICPC is convened."
        ),
        footer="Barnsley MBC – s47 outcome (Mosaic step)",
    ),
    _spec(
        "s47_outcome",
        "v18",
        "walsall_s47_boy",
        "E08000030",
        "W-CS-552910",
        "2026-11-20",
        Worker("Tendai Moyo", "tendai.moyo@walsall.example.gov.uk", "0121 496 0614"),
        [
            Kid(
                "Reuben",
                "Clarke-Hines",
                "male",
                dob="2013-10-02",
                legal="C1",
                legal_words="Interim Care Order – granted 20/11/2026",
                school="Joseph Leckie Academy",
                school_words="Joseph Leckie Academy (Year 8)",
                family=[
                    (
                        "mother",
                        "several_times_a_week",
                        "Mother – 3x a week, supervised, at Blakenall",
                    )
                ],
                no_contact=["darren hines"],
                no_contact_words="No contact with his uncle, Darren Hines (bail conditions)",
                history=2,
                history_words="Two – respite carers in 2023 and emergency carers since 18 Nov",
                health="Hearing loss in left ear; hearing aid.",
                allergies="Elastoplast",
                comms=["bsl"],
                comms_words="Uses some BSL at home (mum is Deaf)",
                risk=risks(
                    "hsb S: a younger cousin made an allegation; under police investigation"
                    " | animals H: hurt the family cat in 2022, nothing since"
                ),
            )
        ],
        ("fostering", "planned", "long_term", "2026-12-01", "1 December"),
        strategy="2026-11-05",
        started="2026-11-05",
        outcome_day="2026-11-12",
        lead="Vikram Sandhu, Team Manager",
        outcome="Concerns substantiated: sexual abuse by a family member (the uncle).",
        parents="Mother is Deaf and uses BSL; she is protective but lives with her brother.",
        states=S47_STATES,
        recommendation=(
            "ICO granted 20/11/2026. Request a long-term foster family with BSL skills if "
            "possible, from 1 December (planned); emergency carers can keep him until then."
        ),
        footer="Walsall Council – Children's Services",
    ),
    _spec(
        "s47_outcome",
        "v19",
        "medway_s47_gaps",
        "E06000035",
        None,
        "2026-11-10",
        Worker("Adebola Johnson", "adebola.johnson@medway.example.gov.uk"),
        [
            Kid(
                "Poppy",
                "Aldridge",
                "female",
                dob="2018-05-05",
                legal_words="To be confirmed",
                school="Twydall Primary School",
                school_words="Twydall Primary School",
                family_words="",
                health="",
                risk=risks("", rest="-"),
            ),
            Kid(
                "Ruby",
                "Aldridge",
                None,
                age=2,
                legal_words="To be confirmed",
                school_words="",
                family_words="",
                history_words="",
                health="Eczema.",
                risk=risks("", rest="-"),
            ),
        ],
        ("fostering", None, None, None, ""),
        strategy="2026-11-02",
        started="2026-11-03",
        outcome_day="2026-11-09",
        lead="Claire Mundy (0118 496 0410)",
        outcome="Concerns substantiated: physical neglect.",
        parents="Father uses amphetamines; mother has severe depression.",
        states=S47_STATES,
        recommendation="Foster placement for both girls together. Start date to be confirmed.",
        footer="Medway Council",
    ),
]
