"""A placements officer forwards the worker's reply-all correction above the original
referral (plain text and HTML alternatives); the correction and the forward's date win."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from training_i_model import FamilyTime as F
from training_i_model import Kid, Person, Spec, d, risks, when
from training_i_specs import sw
from training_i_text_layouts import mail_date, referral_text
from training_i_write import email_message


def _original(spec: Spec) -> Spec:
    """The referral as first sent, before the worker corrected it."""
    wrong = spec.notes["wrong"]
    kids = tuple(
        replace(kid, **{k: v for k, v in wrong.get("kid", {}).items()}) for kid in spec.kids
    )
    return replace(spec, kids=kids, start_words=wrong.get("start_words", spec.start_words))


def forward_correction(spec: Spec) -> bytes:
    officer = spec.others[0]
    sent: date = spec.notes["sent"]
    first = spec.worker.name.split()[0]
    copied = ", ".join(f"{o.name} <{o.email}>" for o in spec.others[1:])
    correction = [
        f"Apologies all (reply all) - {spec.notes['correction']}",
        "Everything else below is right.",
        "",
        first,
    ]
    quoted = [f"> {line}" if line else ">" for line in referral_text(_original(spec))]
    chain = [
        "---------- Forwarded message ---------",
        f"From: {spec.worker.name} <{spec.worker.email}>",
        f"Date: {when(sent, 'weekday')} at {spec.notes['corrected_at']}",
        f"Subject: RE: Referral - {spec.kids[0].first} {spec.kids[0].last}",
        f"To: placements@{spec.domain}",
        f"Cc: {copied}",
        "",
        *correction,
        "",
        f"On {when(sent, 'slash')} {spec.notes['first_at']}, {spec.worker.name} wrote:",
        *quoted,
    ]
    intro = [
        "Hi,",
        "",
        f"Forwarding this referral for you to consider - please note {first}'s correction at the top.",
        "",
        officer.name.split()[0],
        f"{officer.role}, {spec.la_name}",
        officer.phone or "",
        "",
    ]
    text = "\n".join(intro + chain) + "\n"
    html = (
        "<html><body>"
        + "".join(f"<div>{escape(line, quote=False) or '<br>'}</div>" for line in intro + chain)
        + "</body></html>"
    )
    return email_message(
        f"{officer.name} <{officer.email}>",
        "referrals@hearthfostering.example.org.uk",
        f"FW: RE: Referral - {spec.kids[0].first} {spec.kids[0].last}",
        mail_date(spec.date, spec.notes.get("clock", "09:20")),
        f"<{spec.id}fwd.{spec.ref}@{spec.domain}>",
        text=text,
        html=html,
    )


WF = "walthamforest.example.gov.uk"
BCP = "bcpcouncil.example.gov.uk"
TFC = "togetherforchildren.example.org.uk"

SPECS = [
    Spec(
        "i43",
        "waltham_forest_forward_dob",
        "forward_correction",
        "eml",
        "E09000031",
        "London Borough of Waltham Forest",
        WF,
        "WF-110293",
        "Mosaic ID",
        d(23),
        sw("Sarah Nolan", WF, "01632 960703"),
        "fostering",
        "Foster care",
        "planned",
        "Planned.",
        "long_term",
        "Long term",
        d(7, 12),
        "Monday 7 December",
        (
            Kid(
                "Maya",
                "Kowalski",
                d(3, 9, 2013),
                "female",
                "C2",
                "Full care order",
                "Walthamstow School for Girls",
                "Walthamstow School for Girls (Year 8)",
                (F("mum", "fortnightly", True, "Mum - fortnightly, supervised."),),
                (
                    ("Foster carers, Leyton", "2023 - 2025", "carers moved"),
                    ("Foster carers, Chingford (current)", "2025 - now", "short-term only"),
                ),
                risks(
                    self_harm=(
                        "suspected",
                        "Possible self-harm - marks seen by her PE teacher in October.",
                    )
                ),
                "Migraines.",
                ethnicity="White Other - Polish",
            ),
        ),
        others=(
            Person(
                "Placements officer",
                "Tariq Aziz",
                "tariq.aziz@walthamforest.example.gov.uk",
                "01632 960709",
            ),
            Person("IRO", "Lena Fox", "lena.fox@walthamforest.example.gov.uk", None),
        ),
        notes={
            "sent": d(20),
            "first_at": "11:02",
            "corrected_at": "16:40",
            "correction": "Maya's date of birth is 03/09/2013, not 09/03/2013 as I wrote below.",
            "wrong": {"kid": {"dob": d(9, 3, 2013)}},
        },
    ),
    Spec(
        "i44",
        "bcp_forward_legal_siblings",
        "forward_correction",
        "eml",
        "E06000058",
        "BCP Council",
        BCP,
        "BCP-601144",
        "Liquidlogic ID",
        d(20),
        sw("Hayley Street", BCP, "07700 900714"),
        "fostering",
        "Foster care for the two of them together",
        "emergency",
        "Emergency.",
        "short_term",
        "Short term",
        d(20),
        "Friday 20 November",
        tuple(
            Kid(
                first,
                "Dean",
                dob,
                gender,
                "C1",
                "Section 20",
                school,
                f"{school} ({year})",
                (F("nan", "weekly", False, "Nan - weekly, unsupervised."),),
                (),
                risk,
                health,
                history_words="Not previously looked after.",
                no_contact=(("mum's partner", "No contact with mum's partner (police bail)."),),
            )
            for first, dob, gender, school, year, risk, health in (
                (
                    "Jacob",
                    d(30, 11, 2012),
                    "male",
                    "Poole High School",
                    "Year 9",
                    risks(drugs=("historical", "Drank alcohol at a party in 2025; none since.")),
                    "None known.",
                ),
                (
                    "Lacey",
                    d(14, 2, 2015),
                    "female",
                    "Heatherlands Primary School",
                    "Year 6",
                    risks(),
                    "Hay fever.",
                ),
            )
        ),
        others=(
            Person(
                "Placements officer",
                "Gary Mills",
                "gary.mills@bcpcouncil.example.gov.uk",
                "01632 960719",
            ),
            Person(
                "Team manager", "Ann Price", "ann.price@bcpcouncil.example.gov.uk", "01632 960718"
            ),
        ),
        notes={
            "sent": d(19),
            "first_at": "10:15",
            "corrected_at": "17:30",
            "clock": "08:02",
            "correction": "the court made interim care orders (ICO) for both Jacob and Lacey this "
            "afternoon, so they are no longer section 20.",
            "wrong": {},
        },
    ),
    Spec(
        "i45",
        "sunderland_tfc_forward_start_pc",
        "forward_correction",
        "eml",
        "E08000024",
        "Together for Children (Sunderland)",
        TFC,
        "TfC-552907",
        "CCM No",
        d(23),
        sw("Kirsty Laing", TFC, "01632 960723"),
        "parent_and_child",
        "Parent and child foster placement",
        None,
        "",
        "short_term",
        "12-week assessment",
        d(25),
        "Wednesday 25th",
        (
            Kid(
                "Harper",
                "Lynn",
                d(19, 8),
                "female",
                "C1",
                "ICO",
                "Not of school age",
                "",
                (F("dad", "weekly", True, "Dad: weekly, supervised."),),
                (
                    (
                        "Foster carers with mum, Washington (current)",
                        "since Aug 2026",
                        "carers retiring",
                    ),
                ),
                risks(),
                "Healthy; tongue-tie corrected.",
            ),
        ),
        others=(
            Person(
                "Placements officer",
                "Dawn Reed",
                "dawn.reed@togetherforchildren.example.org.uk",
                "01632 960729",
            ),
            Person("Health visitor", "Jan Holt", "jan.holt@stsft.example.nhs.uk", None),
        ),
        parent="Mum, Courtney Lynn (18), is a care leaver; she had a period of going missing at 15 "
        "(her own history).",
        notes={
            "sent": d(20),
            "first_at": "09:30",
            "corrected_at": "15:05",
            "correction": "we now need the placement from Wednesday 25th, not Monday 30 November.",
            "wrong": {"start_words": "Monday 30 November"},
        },
    ),
]
