"""training_v's SBAR telephone notes (v38-v41) and WhatsApp chat exports (v42-v44)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Parent, Spec, Worker, risks

__all__ = ["SPECS", "text"]


def text(layout, ext, ident, slug, la, ref, when, worker, kids, place, parent=None, **more):
    args = (ident, layout, ext, slug, la, ref, when, worker)
    return Spec(*args, *place, kids, parent=parent, more=more)


SPECS: list[Spec] = [
    text(
        "sbar_note",
        "txt",
        "v38",
        "bury_sbar_siblings",
        "E08000002",
        "BMBC-LCS-330912",
        "2026-11-18",
        Worker("Ryan Fairhurst", "ryan.fairhurst@bury.example.gov.uk", "0161 496 0377"),
        [
            Kid(
                "Ava",
                "Kenyon",
                "female",
                dob="2013-01-23",
                legal="C1",
                legal_words="ICO granted yesterday",
                school="Elton High School",
                school_words="Elton High School Y8",
                family=[
                    ("mum", "weekly", "mum weekly supervised"),
                    ("dad", "monthly", "dad monthly"),
                ],
                history=0,
                history_words="none, first time in care",
                health="well",
                allergies="none known",
                risk=risks("sh H: superficial cuts 2025, none since"),
            ),
            Kid(
                "Ollie",
                "Kenyon",
                "male",
                dob="2019-06-30",
                legal="C1",
                legal_words="ICO granted yesterday",
                school="Woodbank Primary School",
                school_words="Woodbank Primary School R",
                family=[
                    ("mum", "weekly", "mum weekly supervised"),
                    ("dad", "monthly", "dad monthly"),
                ],
                history=0,
                history_words="none, first time in care",
                health="eczema, peanut allergy – EpiPen x2",
                allergies="peanuts",
                known_as="Ols",
                risk=risks(),
            ),
        ],
        ("fostering", "planned", "long_term", "2026-11-25", "Wed 25/11"),
        taker="Dawn Pickering, Placements Duty Officer (0161 496 0900)",
        time="10:20",
        role="allocated SW, Children in Care Team",
        la_line="LA: Bury",
        situation="ICO made 17/11. Children with maternal aunt short term; aunt cannot keep them.",
        request="Planned long-term foster home for both together, Bury/Radcliffe, from Wed 25/11.",
    ),
    text(
        "sbar_note",
        "txt",
        "v39",
        "trafford_sbar_remand",
        "E08000009",
        "TMBC-44810",
        "2026-11-23",
        Worker("Niamh Gallagher", "niamh.gallagher@trafford.example.gov.uk", "0161 496 0856"),
        [
            Kid(
                "Jordan",
                "Ellis",
                "male",
                dob="2010-05-17",
                legal="J1",
                legal_words="Remanded to LA accommodation (Youth Court 23/11)",
                school="Trafford Alternative Education Provision",
                school_words="Trafford Alternative Education Provision (KS4)",
                family=[("mum", "several_times_a_week", "mum 3x a week by phone")],
                no_contact=["co-defendants"],
                no_contact_words="no contact with co-defendants (remand conditions)",
                history=1,
                history_words="1 – a previous secure placement in 2025 (not what we need now)",
                health="ADHD (dx), melatonin",
                allergies="none known",
                risk=risks(
                    "violence P: robbery with violence (alleged offence, remanded)"
                    " | cce P: exploited into county lines 2025-26"
                    " | drugs H: cannabis in 2025, tests clear since"
                    " | missing P: missing overnight twice this month"
                ),
            )
        ],
        ("residential", "emergency", "short_term", "2026-11-23", "today from court"),
        taker="Amir Shah, Placements Duty (0161 496 0901)",
        time="13:05",
        role="allocated SW (CiC) – rang from court; YOT officer present",
        la_line="LA: Trafford Council",
        situation="Remanded to local authority accommodation today at Manchester Youth Court.",
        request=(
            "Emergency residential bed today (not secure – remand to LA accommodation), "
            "solo or small home, short term until trial."
        ),
    ),
    text(
        "sbar_note",
        "txt",
        "v40",
        "york_sbar_undated",
        "E06000014",
        None,
        None,
        Worker("Beth Rowntree", "beth.rowntree@york.example.gov.uk"),
        [
            Kid(
                "Summer",
                "Craven",
                "female",
                age=12,
                legal_words="not known yet",
                school="Fulford School",
                school_words="Fulford School",
                family_words="?",
                history_words="?",
                health="",
                risk=risks("sh P: | missing N", rest="-"),
            )
        ],
        ("fostering", None, None, None, "?"),
        taker="Pat (duty)",
        time="",
        role="SW",
        la_line="LA: City of York",
        situation="Mum has asked for Summer to be accommodated.",
        request="Foster placement – worker to call back with dates.",
    ),
    text(
        "sbar_note",
        "txt",
        "v41",
        "hartlepool_sbar_uasc",
        "E06000001",
        "HBC/UASC/0192",
        "2026-11-16",
        Worker("Graham Lister", "graham.lister@hartlepool.example.gov.uk", "01632 960 184"),
        [
            Kid(
                "Dawit",
                "Tesfay",
                "male",
                dob="2010-01-01",
                legal="V2",
                legal_words="s20 (unaccompanied)",
                school="English Martyrs School",
                school_words="English Martyrs School – ESOL class, Y11",
                family=[],
                family_words="none – no family in the UK; tracing via Red Cross",
                history=1,
                history_words="one – emergency foster carer since arrival on 12/11",
                health="Scabies treated; TB screening booked.",
                allergies="none known",
                comms=["esol"],
                comms_words="Tigrinya; little English – ESOL",
                risk=risks("sh S: low mood, said 'no reason to live' to the interpreter"),
            )
        ],
        ("fostering", "planned", "long_term", "2026-11-30", "Mon 30/11"),
        taker="Lorraine Hogg, Placements (01632 960 900)",
        time="15:45",
        role="allocated SW, UASC/Leaving Care",
        la_line="LA: HBC",
        situation="Unaccompanied 16-year-old; age accepted. Needs a long-term foster home.",
        request="Planned, long term, Tigrinya-speaking carers if possible, from Mon 30/11.",
    ),
    text(
        "whatsapp_export",
        "txt",
        "v42",
        "st_helens_whatsapp",
        "E08000013",
        "STH 660183",
        "2026-11-20",
        Worker("Kerry Rimmer", "kerry.rimmer@sthelens.example.gov.uk", "07700 900 418"),
        [
            Kid(
                "Oscar",
                "Leyland",
                "male",
                dob="2015-03-09",
                legal="C2",
                legal_words="full CO",
                school="Rainford CE Primary School",
                school_words="Rainford CE Primary School yr 6",
                family=[("mum", "monthly", "mum monthly at the contact centre")],
                history=2,
                history_words="2 (this is his 2nd foster home)",
                health="asthma",
                allergies="none known",
                risk=risks("fire H: set fire to a bin at his last carers in 2024"),
            )
        ],
        ("fostering", "planned", "long_term", "2026-12-05", "5th Dec"),
        officer="Jo Placements",
        worker_saved_as="Kerry SW",
        first=("19/11/2026", "21:40"),
        then=["08:02", "08:05", "08:11", "08:20", "08:21", "08:22", "08:40"],
        open="Hi Kerry, heard from your TM you might need a home for a 11yo? Send me details tmrw",
        ask=(
            "Morning! Yes please – Oscar needs a planned long term home, current carers "
            "retiring. From 5th Dec ideally"
        ),
        contact="Me: Kerry Rimmer, kerry.rimmer@sthelens.example.gov.uk, 07700 900 418. Ref STH 660183",
        close="Thanks Kerry, will send out to carers today 👍",
    ),
    text(
        "whatsapp_export",
        "txt",
        "v43",
        "darlington_whatsapp_pc",
        "E06000005",
        "DBC-CSC-27741",
        "2026-11-21",
        Worker("Paige Robson", "paige.robson@darlington.example.gov.uk", "07700 900 733"),
        [
            Kid(
                "Mila",
                "Sowerby",
                "female",
                dob="2026-10-30",
                legal="C1",
                legal_words="ICO (parent and child plan)",
                school="n/a baby",
                school_words="n/a baby",
                family=[("dad", "weekly", "dad once a week supervised")],
                history=0,
                history_words="none – with mum since birth",
                health="well, gaining weight",
                allergies="none known",
                risk=risks(),
            )
        ],
        ("parent_and_child", "emergency", "short_term", "2026-11-21", "today"),
        parent=Parent("Chloe Sowerby", 20, "Mum's own: past self-harm, cannabis use."),
        officer="Lee (Placements)",
        worker_saved_as="Paige CSC",
        first=("21/11/2026", "07:55"),
        then=["08:01", "08:03", "08:04", "08:15", "08:18", "08:19", "08:20", "08:31"],
        open="Morning Paige, EDT said you need a P&C today?",
        ask=(
            "Yes!! mum Chloe (20) and baby Mila need a parent and child foster placement "
            "TODAY – mum's flat has been flooded and the ICO plan says P&C. Short term "
            "assessment"
        ),
        contact="Paige Robson, paige.robson@darlington.example.gov.uk, 07700 900 733. DBC-CSC-27741",
        close="On it. Will ring round now",
    ),
    text(
        "whatsapp_export",
        "txt",
        "v44",
        "merton_whatsapp_gaps",
        "E09000024",
        None,
        "2026-11-15",
        Worker("Femi Balogun", "femi.balogun@merton.example.gov.uk"),
        [
            Kid(
                "Zion",
                "Campbell",
                "male",
                age=10,
                legal_words="tbc",
                school="Haslemere Primary School",
                school_words="Haslemere Primary School",
                family_words="tbc",
                history_words="not sure",
                health="",
                risk=risks("violence P: | eating N", rest="-"),
            ),
            Kid(
                "Nia",
                "Campbell",
                "female",
                age=7,
                legal_words="tbc",
                school="Haslemere Primary School",
                school_words="Haslemere Primary School",
                family_words="tbc",
                history_words="not sure",
                health="",
                risk=risks("", rest="-"),
            ),
        ],
        ("fostering", None, None, None, "tbc"),
        officer="Sam Placements",
        worker_saved_as="Femi",
        first=("15/11/2026", "10:02"),
        then=["10:05", "10:07", "10:09", "10:12", "10:13", "10:14", "10:15", "10:17", "10:20"],
        open="Hi Femi, is this about the Campbell children?",
        ask="Yes – might need foster carers for a brother and sister, not confirmed",
        contact="femi.balogun@merton.example.gov.uk – Femi Balogun",
        close="OK let me know when you have dates",
    ),
]
