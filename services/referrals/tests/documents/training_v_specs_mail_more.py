"""training_v's CAWN relocation requests (v32-v34) and approved requests forwarded to
providers (v35-v37)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks
from training_v_specs_mail import mail

__all__ = ["SPECS"]

SALFORD = "salford.example.gov.uk"
LUTON = "luton.example.gov.uk"
SOUTHEND = "southend.example.gov.uk"
WBERKS = "westberks.example.gov.uk"
WILTS = "wiltshire.example.gov.uk"
SUFFOLK = "suffolk.example.gov.uk"
POLICE = "police.example.org.uk"

SPECS: list[Spec] = [
    mail(
        "cawn_relocation",
        "v32",
        "salford_cawn_relocation",
        "E08000006",
        "SCC-ICS-605118",
        "2026-11-18",
        Worker("Marcia Douglas-Reid", f"marcia.douglas-reid@{SALFORD}", "0161 496 0584"),
        [
            Kid(
                "Tyrese",
                "Whitworth",
                "male",
                dob="2011-04-04",
                legal="C2",
                legal_words="Full Care Order",
                school="Oasis Academy Media City",
                school_words="Oasis Academy Media City – Yr 10, part-time",
                family=[("mum", "weekly", "mum weekly by video call (until the move is settled)")],
                no_contact=["dwayne lacey", "kieran moss"],
                no_contact_words="NO CONTACT with Dwayne Lacey or Kieran Moss (CAWNs served)",
                history=3,
                history_words="3 – two foster placements and his current children's home",
                health="Stab wound to the leg (Sept) healed; sleep problems.",
                allergies="none known",
                risk=risks(
                    "cce P: running drugs for a county line, found in Blackpool on 2 Nov"
                    " | missing P: 14 missing episodes since June"
                    " | drugs P: cannabis daily"
                    " | violence S: intelligence he carries a knife"
                    " | recruit S: may be bringing younger boys to the line"
                ),
            )
        ],
        ("residential", "emergency", "short_term", "2026-11-19", "tomorrow 19/11"),
        domain=SALFORD,
        police_domain=POLICE,
        clock="17:31",
        to=f"Salford Placements <placements@{SALFORD}>",
        cc=f"DC Hollie Brandwood <hollie.brandwood@{POLICE}>",
        subject="RE: CAWNs served – Tyrese W – relocation placement needed",
        opening=(
            "Placements – following the CAWNs below, the strategy meeting agreed Tyrese must "
            "be moved out of Greater Manchester. Please search for an emergency solo "
            "residential bed at least 50 miles away."
        ),
        request="EMERGENCY relocation, residential, short term, from tomorrow 19/11.",
        signature=[
            "Marcia",
            "Marcia Douglas-Reid, Senior Social Worker, Complex Safeguarding Hub",
            "Salford City Council · 0161 496 0584",
        ],
        police_when="Tue, 17 Nov 2026 at 16:02",
        police="DC Hollie Brandwood (Challenger team)",
        police_text=(
            "Marcia,\nCAWNs were served today on Dwayne Lacey (24) and Kieran Moss (31) in "
            "relation to Tyrese. Any breach please ring me on 0161 496 0999 or 101 quoting "
            "log 1187 of 17/11.\nHollie"
        ),
    ),
    mail(
        "cawn_relocation",
        "v33",
        "luton_cawn_sisters",
        "E06000032",
        "LBC/70221",
        "2026-11-10",
        Worker("Zainab Hussain", f"zainab.hussain@{LUTON}", "01632 960 872"),
        [
            Kid(
                "Chantelle",
                "Morris",
                "female",
                dob="2012-08-30",
                legal="V2",
                legal_words="Section 20",
                school="Stopsley High School",
                school_words="Stopsley High School (Y9)",
                family=[("nan", "fortnightly", "nan fortnightly, supervised by the placement")],
                no_contact=["mohammed ali khan"],
                no_contact_words="no contact with Mohammed Ali Khan (CAWN)",
                history=1,
                history_words="1 – current emergency carers",
                health="No needs known.",
                allergies="none known",
                risk=risks(
                    "cse P: groomed by an adult male, CAWN served 6/11"
                    " | missing H: missing 4 times in the summer, none since September"
                ),
            ),
            Kid(
                "Demi",
                "Morris",
                "female",
                dob="2014-12-12",
                legal="V2",
                legal_words="Section 20",
                school="Putteridge High School",
                school_words="Putteridge High School (Y7)",
                family=[("nan", "fortnightly", "nan fortnightly")],
                no_contact=["mohammed ali khan"],
                no_contact_words="no contact with Mohammed Ali Khan",
                history=1,
                history_words="1 – with Chantelle",
                health="Asthma.",
                allergies="strawberries",
                risk=risks(),
            ),
        ],
        ("fostering", "planned", "long_term", "2026-11-30", "30.11.26"),
        domain=LUTON,
        police_domain=POLICE,
        clock="10:12",
        to=f"Placements <placements@{LUTON}>",
        subject="Placement request – sisters – move away from Luton (CAWN)",
        opening="Please see the police update below. The plan is to move the girls out of town.",
        request="Planned, long term foster placement out of area for both girls, from 30.11.26.",
        signature=["Zainab Hussain | Social Worker | 01632 960 872"],
        police_when="Fri, 6 Nov 2026 at 18:40",
        police="PC Andrew Tilley",
        police_text="CAWN served on Mohammed Ali Khan today re Chantelle. Call 01632 960 999.",
    ),
    mail(
        "cawn_relocation",
        "v34",
        "southend_cawn_gaps",
        "E06000033",
        None,
        "2026-11-16",
        Worker("Rory Finnegan", f"rory.finnegan@{SOUTHEND}"),
        [
            Kid(
                "Liam",
                "Cotter",
                "male",
                age=15,
                legal_words="",
                school_words="",
                family_words="",
                no_contact=["aaron platt"],
                no_contact_words="no contact with Aaron Platt",
                history_words="",
                health="",
                risk=risks("cce P: | missing S:", rest="-"),
            )
        ],
        ("fostering", None, None, None, ""),
        domain=SOUTHEND,
        police_domain=POLICE,
        clock="13:20",
        to=f"Placements <placements@{SOUTHEND}>",
        subject="Liam C – relocation",
        opening="Need to look at moving Liam. More to follow after the strategy meeting.",
        request="Foster placement out of area – details tbc.",
        signature=["Rory", "Rory Finnegan, Social Worker"],
        police_when="Sun, 15 Nov 2026 at 09:12",
        police="DS Kate Amos",
        police_text="CAWN served on Aaron Platt yesterday. 01632 960 990.",
    ),
    mail(
        "budget_approval_chain",
        "v35",
        "west_berks_approved_fwd",
        "E06000037",
        "WBC-CF-221904",
        "2026-11-20",
        Worker("Oliver Kettering", f"oliver.kettering@{WBERKS}", "0118 496 0163"),
        [
            Kid(
                "Harrison",
                "Pope",
                "male",
                dob="2016-07-07",
                legal="C1",
                legal_words="Interim Care Order",
                school="Francis Baily Primary School",
                school_words="Francis Baily Primary School (Year 5)",
                family=[
                    ("mum", "several_times_a_week", "Mum – twice a week, supervised"),
                    ("dad", "fortnightly", "Dad – alternate Saturdays"),
                ],
                history=1,
                history_words="One – current connected carer (his uncle), ending",
                health="Well. Grommets.",
                allergies="None known",
                risk=risks("sh H: hit his head on walls when he was 6; none for two years"),
            )
        ],
        ("fostering", "planned", "short_term", "2026-12-02", "2 December"),
        domain=WBERKS,
        clock="14:26",
        officer_from=f"Placement Finding Team <placementfinding@{WBERKS}>",
        providers="Undisclosed recipients (IFA framework providers)",
        subject="Request for IFA placement – Harrison P (9) – WBC-CF-221904",
        officer_text=(
            "Dear providers, please see the approved request below. Note the Head of "
            "Service's approval is for SHORT TERM (12 weeks), not long term as first asked. "
            "Offers by 4pm Tuesday please."
        ),
        officer_signature=["Kirsty Banham", "Placements Officer | 0118 496 0900"],
        manager="Dr Anthony Leese (Head of Service, Children in Care)",
        manager_sent="19 November 2026 18:02",
        officer_address=f"placementfinding@{WBERKS}",
        manager_text=(
            "Approved for an IFA, but short term only (12 weeks) while the uncle's SGO "
            "assessment concludes – not long term. Planned start 2 December is fine. AL"
        ),
        worker_sent="18 November 2026 10:15",
        manager_address=f"anthony.leese@{WBERKS}",
        worker_opening=(
            "Anthony, please approve an IFA search. Harrison's uncle has asked for a break. "
            "I'm asking for long term."
        ),
        worker_request="Planned, from 2 December, long term.",
        worker_signature=["Oliver Kettering", "Social Worker, CiC Team", "0118 496 0163"],
    ),
    mail(
        "budget_approval_chain",
        "v36",
        "wiltshire_approved_brothers",
        "E06000054",
        "WC-LAC-90377",
        "2026-11-19",
        Worker("Sophie Etheridge", f"sophie.etheridge@{WILTS}", "01632 960 158"),
        [
            Kid(
                "Michael",
                "Gale",
                "male",
                dob="2012-10-10",
                legal="C2",
                legal_words="Care Order",
                school="Kingdown School",
                school_words="Kingdown School, Warminster – Year 9",
                family=[("mum", "monthly", "Mum – once a month, supervised")],
                history=2,
                history_words="Two (foster carers 2022-2024; current carers since 2024)",
                health="Well.",
                allergies="None known",
                known_as="Mikey",
                risk=risks(
                    "violence P: pushed his carer over last week"
                    " | animals S: carers think he hurt their cat"
                ),
            ),
            Kid(
                "Stanley",
                "Gale",
                "male",
                dob="2016-03-14",
                legal="C2",
                legal_words="Care Order",
                school="The Avenue Primary School",
                school_words="The Avenue Primary School – Year 5",
                family=[("mum", "monthly", "Mum – once a month with Mikey")],
                history=2,
                history_words="Two, as Mikey",
                health="Dyslexia.",
                allergies="Latex",
                risk=risks(),
            ),
        ],
        ("fostering", "emergency", "long_term", "2026-11-20", "tomorrow (Friday 20th)"),
        domain=WILTS,
        clock="16:40",
        officer_from=f"Wiltshire Placements <placements@{WILTS}>",
        providers="Framework IFAs (bcc)",
        subject="Placement request: two brothers, Warminster – WC-LAC-90377",
        officer_text=(
            "All, the Head of Service has approved this and asked us to treat it as an "
            "EMERGENCY for tomorrow (Friday 20th), not the 7 December date in Sophie's "
            "request. Brothers together, long term."
        ),
        officer_signature=["Wiltshire Placements Team", "placements@wiltshire.example.gov.uk"],
        manager="Carole Finch (Head of Service)",
        manager_sent="19 November 2026 15:55",
        officer_address=f"placements@{WILTS}",
        manager_text=(
            "Approved. Given what happened last night this can't wait – emergency move "
            "tomorrow please. CF"
        ),
        worker_sent="18 November 2026 09:30",
        manager_address=f"carole.finch@{WILTS}",
        worker_opening="Carole – request to search for a long-term home for Mikey and Stanley.",
        worker_request="Planned move from 7 December, long term, the brothers together.",
        worker_signature=["Sophie Etheridge | SW | 01632 960 158"],
    ),
    mail(
        "budget_approval_chain",
        "v37",
        "suffolk_approved_gaps",
        "E10000029",
        None,
        "2026-11-13",
        Worker("Tom Blything", f"tom.blything@{SUFFOLK}"),
        [
            Kid(
                "Jessica",
                "Cole",
                "female",
                age=11,
                legal="C1",
                legal_words="ICO",
                school="Castle Hill Junior School",
                school_words="Castle Hill Junior School",
                family=[("mum", "to_be_agreed", "Mum – frequency to be agreed")],
                history_words="",
                health="",
                risk=risks("eating S: | sh N | missing N", rest="-"),
            )
        ],
        ("fostering", None, None, None, ""),
        domain=SUFFOLK,
        clock="12:00",
        officer_from=f"Suffolk Placements <placements@{SUFFOLK}>",
        providers="IFA partners",
        subject="Placement request – girl aged 11, Ipswich",
        officer_text="Approved request below – start date still to be confirmed by the SW.",
        officer_signature=["Placements Team"],
        manager="Sue Pettitt (Service Manager)",
        manager_sent="12 November 2026 17:30",
        officer_address=f"placements@{SUFFOLK}",
        manager_text="Approved. SP",
        worker_sent="12 November 2026 11:00",
        manager_address=f"sue.pettitt@{SUFFOLK}",
        worker_opening="Sue, can I have approval to go out to IFAs for Jessica?",
        worker_request="Foster placement; date tbc.",
        worker_signature=["Tom"],
    ),
]
