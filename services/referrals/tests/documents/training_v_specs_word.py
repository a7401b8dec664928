"""training_v's Word referrals (v01-v10): Signs of Safety mappings, delegated authority
agreements and "All about me" profiles."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from training_v_model import Kid, Spec, Worker, risks

__all__ = ["SPECS"]

SOS_LABELS = {
    "sh": "Hurting themselves",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation / county lines",
    "drugs": "Alcohol or drugs",
    "eating": "Eating (restricting, bingeing)",
    "missing": "Going missing",
    "violence": "Hurting other people",
    "hsb": "Harmful sexual behaviour",
    "fire": "Setting fires",
    "animals": "Hurting animals",
    "recruit": "Drawing other young people into crime",
}
SOS_STATES = {
    "present": "Worried now –",
    "historical": "Worried in the past –",
    "suspected": "Not sure yet –",
    "none_known": "Not worried",
}
DA_LABELS = {
    "sh": "Self-injurious behaviour",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Substance use",
    "eating": "Eating disorder",
    "missing": "Missing episodes",
    "violence": "Physical aggression",
    "hsb": "Sexualised behaviour harmful to others",
    "fire": "Fire setting",
    "animals": "Cruelty to animals",
    "recruit": "Exploiting / grooming peers",
}
DA_STATES = {
    "present": "Y-current",
    "historical": "Y-past",
    "suspected": "?",
    "none_known": "N",
}
AUTHORITY = [
    ["Decision", "Foster carer", "Social worker", "Parent"],
    ["Haircut (not a major change of style)", "Yes", "—", "—"],
    ["Overnight stays with friends (checks done)", "Yes", "—", "—"],
    ["School trips in the UK", "Yes", "—", "—"],
    ["Holidays abroad / passport", "No", "Yes", "Consulted"],
    ["Routine medical and dental treatment", "Yes", "—", "—"],
    ["Photographs on social media", "No", "No", "No"],
]
AAM_LABELS = {
    "sh": "Hurting myself",
    "cse": "Older people taking advantage of me (sexual)",
    "cce": "Being made to carry or sell things",
    "drugs": "Drinking / drugs",
    "eating": "Food and eating",
    "missing": "Running off / not coming home",
    "violence": "Lashing out at people",
    "hsb": "Touching others in a way that is not OK",
    "fire": "Playing with fire",
    "animals": "Being unkind to animals",
    "recruit": "Getting others into trouble with the police",
}
AAM_STATES = {
    "present": "yes, now",
    "historical": "yes, before",
    "suspected": "we think so",
    "none_known": "no",
}


def _sos(ident, slug, la, ref, when, worker, kids, **more) -> Spec:
    more |= {"labels": SOS_LABELS, "states": SOS_STATES}
    place = more.pop("place")
    return Spec(
        ident, "signs_of_safety", "docx", slug, la, ref, when, worker, *place, kids, more=more
    )


SPECS = [
    _sos(
        "v01",
        "halton_sos_sisters",
        "E06000006",
        "LCS-2207731",
        "2026-11-19",
        Worker("Precious Adeyemi", "precious.adeyemi@halton.example.gov.uk", "0151 496 0418"),
        [
            Kid(
                "Lacey",
                "Dunmore",
                "female",
                dob="2016-03-11",
                legal="C1",
                legal_words="Interim Care Order (s38) granted 12/11/2026",
                school="Westfield Primary School",
                school_words="Westfield Primary School (Year 6)",
                family=[("mum", "weekly", "Mum – once a week, supervised, Widnes family centre")],
                no_contact=["graham lyle"],
                no_contact_words="No contact at all with Graham Lyle (mum's ex-partner)",
                history=1,
                history_words="One – with emergency carers since 12 Nov (current)",
                health="Eczema, uses emollients. Up to date with immunisations.",
                allergies="None known",
                risk=risks("missing H: ran off from school twice in 2024, none since"),
            ),
            Kid(
                "Esme",
                "Dunmore",
                "female",
                dob="2019-08-02",
                legal="C1",
                legal_words="Interim Care Order (s38) granted 12/11/2026",
                school="Westfield Primary School",
                school_words="Westfield Primary School (Reception)",
                family=[("mum", "weekly", "Mum – once a week, with Lacey")],
                no_contact=["graham lyle"],
                no_contact_words="No contact with Graham Lyle",
                history=1,
                history_words="One – with emergency carers since 12 Nov (current)",
                health="Speech delay – under SALT at Halton Lea clinic.",
                allergies="Penicillin (rash)",
                risk=risks("hsb S: sexualised play with a doll noticed at nursery, being explored"),
            ),
        ],
        place=("fostering", "planned", "long_term", "2026-12-07", "from 7 December 2026"),
        family="Dunmore",
        meeting="2026-11-13",
        facilitator="Ruth Ingham, Team Manager, 0151 496 0990",
        team="Children in Care Team 2, Rutland House",
        worried=(
            "Mum's ex-partner Graham Lyle hurt mum in front of the girls; he has a history of "
            "violence and drinking. Mum has not kept the girls away from him."
        ),
        working="Mum loves the girls and has come to every family time. School attendance is good.",
        needs=(
            "Lacey and Esme need a long-term foster family who can keep them together and near "
            "Westfield Primary, from 7 December 2026."
        ),
        scaling="Scaling (0 = the girls cannot go home, 10 = safe at home): the network said 2.",
        danger=(
            "We are worried that if the girls go home now they will see more violence and be "
            "hurt. These are the adults' behaviours, not the girls'."
        ),
        request=(
            "Planned, long-term foster placement for both sisters together. The current carers "
            "are emergency-only carers and cannot keep them past 6 December."
        ),
        header="Halton Borough Council – Children's Services",
        footer="OFFICIAL-SENSITIVE  •  Signs of Safety mapping v3",
    ),
    _sos(
        "v02",
        "torbay_sos_three",
        "E06000027",
        "CR/55102",
        "2026-11-21",
        Worker("Tomasz Wierzbicki", "tomasz.wierzbicki@torbay.example.gov.uk", "01632 960 271"),
        [
            Kid(
                "Kai",
                "Penhale",
                "male",
                dob="2012-01-29",
                legal="L2",
                legal_words="Emergency Protection Order (made 21/11/26)",
                school="Paignton Academy",
                school_words="Paignton Academy – Year 9",
                family=[("mum", "to_be_agreed", "Mum – how often to be agreed at court")],
                no_contact=["father"],
                no_contact_words="No contact with father (police bail conditions)",
                history=0,
                history_words="None – never been looked after",
                health="Asthma (blue and brown inhalers).",
                allergies="None known",
                known_as="KP",
                risk=risks(
                    "violence P: punched his father's friend during the incident on 20/11"
                    " | missing S: mum thinks he stays out overnight, not confirmed"
                ),
            ),
            Kid(
                "Tegan",
                "Penhale",
                "female",
                dob="2014-06-15",
                legal="L2",
                legal_words="Emergency Protection Order (made 21/11/26)",
                school="Paignton Academy",
                school_words="Paignton Academy – Year 7",
                family=[("mum", "to_be_agreed", "Mum – how often to be agreed at court")],
                no_contact=["father"],
                no_contact_words="No contact with father",
                history=0,
                history_words="None – never been looked after",
                health="No health needs known.",
                allergies="None known",
                risk=risks("sh H: scratched her arms in Year 6 (2025), none since"),
            ),
            Kid(
                "Alfie",
                "Penhale",
                "male",
                dob="2020-10-04",
                legal="L2",
                legal_words="Emergency Protection Order (made 21/11/26)",
                school="Curledge Street Academy",
                school_words="Curledge Street Academy (Nursery)",
                family=[("mum", "to_be_agreed", "Mum – how often to be agreed at court")],
                no_contact=["father"],
                no_contact_words="No contact with father",
                history=0,
                history_words="None – never been looked after",
                health="Glue ear; grommets fitted 2025.",
                allergies="Eggs",
                risk=risks(),
            ),
        ],
        place=("fostering", "emergency", "short_term", "2026-11-21", "today"),
        family="Penhale",
        meeting="2026-11-20",
        facilitator="Dev Chauhan (Practice Supervisor), 01632 960 844",
        team="Torbay MASH / Assessment Team",
        worried=(
            "Dad was arrested on 20/11 after attacking mum with a bottle; he uses cocaine. The "
            "children saw it. Mum has gone to stay with a friend and cannot take all three."
        ),
        working="Grandparents in Brixham are willing to help but have no room.",
        needs="All three need an emergency foster home together TODAY (21 November).",
        scaling="Safety scale: worker 1, mum 4.",
        danger="If the children go back now they may see more violence from dad.",
        request="EMERGENCY: placement needed today for three siblings, short term, together.",
        header="Torbay Council Children's Services",
        footer="Signs of Safety – mapping record",
    ),
    _sos(
        "v03",
        "tameside_sos_brothers",
        "E08000008",
        None,
        "2026-11-16",
        Worker("Jade Cropper", "jade.cropper@tameside.example.gov.uk"),
        [
            Kid(
                "Mason",
                "Kerr",
                "male",
                age=9,
                legal_words="s20 – being discussed with mum, not signed",
                school="St Mary's CE Primary School",
                school_words="St Mary's CE Primary School, Dukinfield",
                family_words="To be discussed at the first review",
                risk=risks(
                    "violence P: | sh S: said he wanted to die when he was told off", rest="-"
                ),
            ),
            Kid(
                "Rhys",
                "Kerr",
                "male",
                dob="2019-02-14",
                legal_words="s20 – being discussed with mum, not signed",
                family_words="To be discussed at the first review",
                health="Constipation – Movicol daily.",
                risk=risks("missing N", rest="-"),
            ),
        ],
        place=("fostering", None, None, None, "when a match is found"),
        family="Kerr",
        meeting="2026-11-12",
        facilitator="Gill Openshaw, Team Manager, 0161 496 0521",
        team="Locality Team (Hyde)",
        worried="Mum is struggling with her mental health and the house is not safe for the boys.",
        working="Nan helps with school runs.",
        needs="A foster home for both boys when a match is found.",
        scaling="Scaling: 3 (worker), 5 (nan).",
        danger="Mum's low mood means the boys are left alone in the evenings.",
        request="Foster placement for both brothers, to start when a match is found.",
        header="Tameside MBC – Children's Services",
        footer="Signs of Safety mapping – draft for placement search",
    ),
    _sos(
        "v04",
        "bexley_sos_teen",
        "E09000004",
        "BX-0094471",
        "2026-11-17",
        Worker("Ngozi Eze-Hart", "ngozi.eze-hart@bexley.example.gov.uk", "020 7946 0318"),
        [
            Kid(
                "Matilda",
                "Rowe",
                "female",
                dob="2011-07-22",
                legal="C2",
                legal_words="Full Care Order (s31), 2023",
                school="Harris Academy Falconwood",
                school_words="Harris Academy Falconwood (Year 10, reduced timetable)",
                family=[
                    (
                        "mum",
                        "fortnightly",
                        "Mum – every other Saturday, unsupervised, in the community",
                    ),
                    ("brother", "monthly", "Older brother Callum – once a month"),
                ],
                no_contact=["jermaine pryce"],
                no_contact_words="No contact with Jermaine Pryce (CAWN served)",
                history=4,
                history_words=(
                    "Four so far: foster carers (2023), foster carers (2024), residential in Kent "
                    "(2025) and her current home in Welling"
                ),
                health="Low mood, seen by CAMHS monthly. Sertraline 50mg.",
                allergies="Plasters (adhesive) – skin reaction",
                known_as="Tilly",
                risk=risks(
                    "cse P: linked to Jermaine Pryce (22), seen in his car twice this month"
                    " | sh H: overdose in March 2025, none since"
                    " | missing P: five missing episodes since September"
                    " | drugs S: smelt of cannabis on return, denies use"
                ),
            )
        ],
        place=("residential", "planned", "long_term", "2026-12-01", "from 1 December 2026"),
        family="Rowe",
        meeting="2026-11-10",
        facilitator="Owen Maddox, Deputy Team Manager, 020 7946 0600",
        team="Adolescent Safeguarding Team",
        worried="Tilly is being exploited by an older man and goes missing to be with him.",
        working="Tilly trusts her key worker and still goes to school three days a week.",
        needs="A children's home outside London with a small group, from 1 December.",
        scaling="Scaling: professionals 2, Tilly 6.",
        danger="We are worried Tilly will be seriously harmed if she stays in the area.",
        request=(
            "Planned long-term residential placement (until 18) for one young person. Her "
            "current home gave notice; that home's emergency arrangement is not the request."
        ),
        header="London Borough of Bexley",
        footer="Signs of Safety mapping – Adolescent Safeguarding",
    ),
]
