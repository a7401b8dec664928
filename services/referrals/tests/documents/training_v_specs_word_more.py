"""training_v's delegated authority agreements (v05-v07) and "All about me" profiles
(v08-v10)."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks
from training_v_specs_word import AAM_LABELS, AAM_STATES, AUTHORITY, DA_LABELS, DA_STATES

__all__ = ["SPECS"]


def _da(ident, slug, la, ref, when, worker, kids, place, **more) -> Spec:
    more |= {"labels": DA_LABELS, "states": DA_STATES, "authority": AUTHORITY}
    args = (ident, "delegated_authority", "docx", slug, la, ref, when, worker)
    return Spec(*args, *place, kids, more=more)


def _aam(ident, slug, la, ref, when, worker, kids, place, **more) -> Spec:
    more |= {"labels": AAM_LABELS, "states": AAM_STATES}
    args = (ident, "all_about_me", "docx", slug, la, ref, when, worker)
    return Spec(*args, *place, kids, more=more)


SPECS = [
    _da(
        "v05",
        "wokingham_da_kinship",
        "E06000041",
        "WBC/CIC/30817",
        "2026-11-18",
        Worker("Harriet Oyelaran", "harriet.oyelaran@wokingham.example.gov.uk", "0118 496 0275"),
        [
            Kid(
                "Ollie",
                "Brennan",
                "male",
                dob="2015-05-09",
                legal="C2",
                legal_words="Care Order – s31 (final), made 2022",
                school="Emmbrook Junior School",
                school_words="Emmbrook Junior School, Year 6 – must stay",
                family=[
                    ("dad", "monthly", "Dad (Sean) – monthly, supervised by the LA"),
                    ("grandmother", "weekly", "Maternal grandmother – weekly phone call"),
                ],
                history=2,
                history_words="2 – foster carers 2022-2024, then kinship with his aunt (current)",
                health="ADHD (diagnosed 2024), methylphenidate each morning.",
                allergies="None known",
                comms_words="No communication needs",
                risk=risks(
                    "violence P: hits out at his aunt when he is told no, twice a week"
                    " | fire H: lit paper in his bedroom in 2023, nothing since"
                    " | animals N: fine with the family dog"
                ),
            )
        ],
        place=("fostering", "planned", "short_term", "2026-11-30", "Monday 30 November 2026"),
        intro=(
            "Completed when a child is placed or moved. This copy goes with the placement "
            "request: Ollie's kinship placement with his aunt is ending (her health)."
        ),
        request=[
            ["Type of placement", "IFA foster care – mainstream, single child"],
            ["Urgency", "Planned (aunt has given 28 days' notice)"],
            ["Duration", "Short term, while the long-term plan is reviewed"],
            ["Start", "Monday 30 November 2026"],
            ["Allocated social worker", "Harriet Oyelaran – 0118 496 0275"],
            ["Email", "harriet.oyelaran@wokingham.example.gov.uk"],
            ["Team", "Looked After Children (Wokingham), Shute End"],
        ],
        signed=[
            ["Signed", "Role", "Date"],
            ["Maureen Brennan", "Kinship carer (aunt)", "16/11/2026"],
            ["Sam Hurst (0118 496 0733)", "Team Manager", "17/11/2026"],
        ],
        sent="Sent to Placements Commissioning on 18/11/2026 with the request form.",
        header="Wokingham Borough Council | Children's Services",
        footer="DA agreement v2.1 – share with the carer at the placement planning meeting",
    ),
    _da(
        "v06",
        "solihull_da_siblings",
        "E08000029",
        "1184520",
        "2026-11-20",
        Worker("Ben Acheampong", "ben.acheampong@solihull.example.gov.uk", "0121 496 0862"),
        [
            Kid(
                "Sienna",
                "Kaur-Wells",
                "female",
                dob="2013-12-01",
                legal="V2",
                legal_words="Section 20 (mother consents)",
                school="Smith's Wood Academy",
                school_words="Smith's Wood Academy (Yr 8)",
                family=[
                    ("mother", "several_times_a_week", "Mother – three times a week after school")
                ],
                history=0,
                history_words="Nil – first time accommodated",
                health="Type 1 diabetes – insulin pump; diabetes nurse at Heartlands.",
                allergies="None known",
                comms_words="English and Punjabi",
                risk=risks("eating S: skips meals and hides food; team unsure if diabetes-related"),
            ),
            Kid(
                "Arjun",
                "Kaur-Wells",
                "male",
                dob="2017-04-18",
                legal="V2",
                legal_words="Section 20 (mother consents)",
                school="Kingshurst Primary School",
                school_words="Kingshurst Primary School (Yr 4)",
                family=[
                    ("mother", "several_times_a_week", "Mother – three times a week, with Sienna")
                ],
                history=0,
                history_words="Nil – first time accommodated",
                health="Well; glasses.",
                allergies="Peanuts – EpiPen",
                comms_words="English and Punjabi",
                risk=risks(),
            ),
        ],
        place=("fostering", "planned", "short_term", "2026-11-27", "Friday 27 November"),
        ref_label="Mosaic ID",
        intro="Mother is going into hospital for an operation and recovery (about eight weeks).",
        request=[
            ["Type of placement", "Foster care, brother and sister together"],
            ["Urgency", "Planned"],
            ["Duration", "Short term – about 8 weeks"],
            ["Start", "Friday 27 November"],
            ["Allocated SW", "Ben Acheampong (Family Support Team North)"],
            ["SW contact", "ben.acheampong@solihull.example.gov.uk | 0121 496 0862"],
        ],
        signed=[
            ["Signed", "Role", "Date"],
            ["Parminder Kaur", "Mother", "19/11/2026"],
            ["Lorna Tibbs (0121 496 0100)", "Service Manager", "19/11/2026"],
        ],
        sent="Sent to Solihull Placements Team: 20/11/2026.",
        header="Solihull MBC",
        footer="Delegated authority – Child A and Child B",
    ),
    _da(
        "v07",
        "calderdale_da_gaps",
        "E08000033",
        None,
        "2026-11-11",
        Worker("Kelly Sugden", "kelly.sugden@calderdale.example.gov.uk"),
        [
            Kid(
                "Jayden",
                "Firth",
                "male",
                age=14,
                legal_words="tbc – legal planning meeting next week",
                school="Trinity Academy Halifax",
                school_words="Trinity Academy Halifax (on roll, not attending)",
                family=[("mum", "to_be_agreed", "Mum – frequency to be agreed")],
                history_words="",
                health="",
                risk=risks(
                    "cce S: | missing P: missing overnight 3 times in Oct | violence N", rest="-"
                ),
            )
        ],
        place=("fostering", None, None, None, "once agreed at legal planning"),
        intro="Draft – sent early so providers can start looking.",
        request=[
            ["Type of placement", "Foster care – carers experienced with teenagers"],
            ["Start", "Once agreed at legal planning"],
            ["Allocated social worker", "Kelly Sugden, Halifax North"],
            ["Email", "kelly.sugden@calderdale.example.gov.uk"],
        ],
        signed=[["Signed", "Role", "Date"], ["", "Parent", ""], ["", "Team Manager", ""]],
        sent="Sent to the Placements Team 11/11/2026 (draft).",
        header="Calderdale Council – Children and Young People's Services",
        footer="Delegated authority agreement",
    ),
    _aam(
        "v08",
        "knowsley_aam_girl",
        "E08000011",
        "KMBC-CIC-77310",
        "2026-11-17",
        Worker("Siobhan Rafferty", "siobhan.rafferty@knowsley.example.gov.uk", "0151 496 0733"),
        [
            Kid(
                "Kacey",
                "Molyneux",
                "female",
                dob="2014-02-27",
                legal="C2",
                legal_words="Care order (full)",
                school="The Halewood Academy",
                school_words="The Halewood Academy (Year 7)",
                family=[
                    ("nan", "weekly", "Nan Pat – every Sunday for tea"),
                    ("mum", "monthly", "Mum – once a month at the contact centre"),
                ],
                no_contact=["dad"],
                no_contact_words="Kacey does not want to see her dad and he is not to have contact",
                history=3,
                history_words=(
                    "Three: Auntie Jo's (2022), the Whitfields (2023-2025), and Mandy and Phil now"
                ),
                health="Wears glasses. Bed-wetting sometimes when anxious (enuresis clinic).",
                allergies="Kiwi fruit",
                known_as="Kace",
                comms_words="Chatty – likes to text rather than talk about feelings",
                risk=risks(
                    "sh H: cut her wrist once in summer 2024, none since"
                    " | missing S: stayed out late twice, might have been at a friend's"
                ),
            )
        ],
        ("fostering", "planned", "long_term", "2026-12-14", "14 December"),
        title="All About Me – Kacey",
        voice=[
            "My name is Kacey but everyone calls me Kace. I am 12 and I support Everton. I "
            "like drawing, TikTok dances and my nan's roast dinners. I don't want to see my "
            "dad. I want to stay at my school because my best friend Leah is there. My social "
            "worker is Siobhan and she is alright."
        ],
        request=[
            "Kace's current carers (Mandy and Phil) are retiring. We are asking for a planned, "
            "long-term foster family from 14 December, near Halewood.",
            "Sent with the referral on 17 Nov 2026 by Siobhan Rafferty, Children in Care "
            "Team, siobhan.rafferty@knowsley.example.gov.uk, 0151 496 0733.",
        ],
        header="Knowsley Council – My Profile",
        footer="Written with Kace on 9 November 2026 at her carers' house",
    ),
    _aam(
        "v09",
        "iow_aam_brothers",
        "E06000046",
        "IW/CSC/40562",
        "2026-11-13",
        Worker("Marcus Delgado", "marcus.delgado@iow.example.gov.uk", "01632 960 512"),
        [
            Kid(
                "Theo",
                "Langridge",
                "male",
                dob="2013-09-30",
                legal="C1",
                legal_words="ICO",
                school="Medina Academy",
                school_words="Medina Academy – Year 8",
                family=[("mum", "fortnightly", "Mum – every other week, supervised")],
                history=1,
                history_words="1 – current foster home since September (short-term carers)",
                health="None.",
                allergies="None known",
                comms_words="Speaks well; helps Finley with his signs",
                risk=risks("violence H: fights at school in 2024, none this year"),
            ),
            Kid(
                "Finley",
                "Langridge",
                "male",
                dob="2018-01-06",
                legal="C1",
                legal_words="ICO",
                school="St George's School",
                school_words="St George's School (special school), Newport",
                family=[("mum", "fortnightly", "Mum – every other week with Theo")],
                history=1,
                history_words="1 – with Theo in the same foster home",
                health="Autism (diagnosed 2022) and global developmental delay; non-verbal.",
                allergies="Dairy (lactose intolerant)",
                comms=["makaton", "other"],
                comms_words="Non-verbal. Uses Makaton signs and a PECS book (picture exchange).",
                risk=risks("animals S: squeezed the carers' kitten; unclear if he understood"),
            ),
        ],
        ("fostering", "planned", "long_term", "2026-12-04", "4 December 2026"),
        title="All About Us – Theo and Finley",
        ref_label="CLA number",
        voice=[
            "I am Theo. I like Minecraft and going on the ferry. I look after my brother.",
            "Finley (written by Theo and his carer): Finley loves trains, the trampoline and "
            "Peppa Pig. He signs 'more' and 'finished'. Loud hand dryers scare him.",
        ],
        request=[
            "A long-term foster home for both brothers on the Island, planned, from 4 "
            "December 2026 (current carers are short-term only).",
            "Social worker: Marcus Delgado (Children Looked After Team), "
            "marcus.delgado@iow.example.gov.uk, 01632 960 512. Date sent: 13/11/2026.",
        ],
        header="Isle of Wight Council – Children's Services",
        footer="All About Us profile",
    ),
    _aam(
        "v10",
        "havering_aam_undated",
        "E09000016",
        None,
        None,
        Worker("Chloe Obi", "chloe.obi@havering.example.gov.uk"),
        [
            Kid(
                "Destiny",
                "Adebayo",
                None,
                age=13,
                legal_words="",
                school="Royal Liberty School",
                school_words="Royal Liberty School",
                family_words="",
                history_words="",
                health="Sickle cell trait (not the disease).",
                risk=risks("sh S: | eating N | missing N", rest="-"),
            )
        ],
        ("fostering", None, None, None, ""),
        title="All About Me",
        voice=[
            "I'm Destiny. I like netball and singing in church. I want to live somewhere "
            "near my friends."
        ],
        request=[
            "Foster placement needed. My social worker is Chloe Obi "
            "(chloe.obi@havering.example.gov.uk)."
        ],
        header="London Borough of Havering",
        footer="All About Me – profile",
    ),
]
