"""Risks written as coded flags with a key, coded verdicts ("Y - hist.", "?"), one risks
passage for several children (each sentence the child it opens with), blanket sentences
for the whole group or one child, a risks heading that names its source ("Risks, as the
council records them"), and what a child did before custody or care. Every document and
sentence here is written for this test."""

from __future__ import annotations

import pytest
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.risk_codes import risk_key
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.risk_states import answer_state, statements

TODAY = TEST_NOW.date()


def _states(text: str) -> list[dict[str, str]]:
    draft = read_referral_document(text.encode(), filename="request.txt", today=TODAY)
    return [
        {
            f"{group}/{name}": risk["state"]
            for group, named in (child.get("risks") or {}).items()
            for name, risk in named.items()
        }
        for child in draft.referral["children"]
    ]


# --- the key of a coded flags table --------------------------------------------------------


@pytest.mark.parametrize(
    "line,expected",
    [
        (
            "Key: DSH deliberate self-harm; MFH missing from home; ARS fire; ANM animals",
            {
                "DSH": "deliberate self-harm",
                "MFH": "missing from home",
                "ARS": "Fire setting",
                "ANM": "Harm to animals",
            },
        ),
        (
            "Codes used - SA = substance misuse, EX = criminal exploitation, AG = violence",
            {"SA": "substance misuse", "EX": "criminal exploitation", "AG": "violence"},
        ),
        # no "Key:" in front: every item must be a risk's code
        (
            "SHM - self-harm; CEX - criminal exploitation; FST - fire",
            {"SHM": "self-harm", "CEX": "criminal exploitation", "FST": "Fire setting"},
        ),
        # a list of people or teams is no key of risks
        ("Key: IRO independent reviewing officer, SSW supervising worker, TM manager", {}),
        ("Copied to: IRO, SSW, TM, EDT", {}),
        # a key of the answers, not of the risks
        ("Key: Y yes, N no, U unknown", {}),
        # two codes are too few to call a line a key
        ("Key: SH self-harm, FS fire", {}),
    ],
)
def test_a_key_says_which_risk_each_code_is(line, expected):
    assert risk_key(line) == expected


_CODED = """PLACEMENT REQUEST
Local authority: Rotherham Metropolitan Borough Council
Date of request: 16/11/2026
Child: Tobias Wrenfield
Date of birth: 03/05/2012
Gender: Male
Social worker: Priya Hallam, priya.hallam@rotherham.example.gov.uk, 01632 960511

Risk flags
DSH: Y - hist. - cut his arms in 2024
CSE: N
CCE: ? - seen with older youths
DRG: N
EAT: N
MFH: Y - current - missing twice this month
AGG: N
HSB: N
ARS: N
ANM:
EXP: N
{key}
"""
_KEY = (
    "Key: DSH deliberate self-harm; CSE sexual exploitation; CCE criminal exploitation; "
    "DRG drugs; EAT eating; MFH missing from home; AGG violence; HSB harmful sexual "
    "behaviour; ARS fire; ANM animals; EXP exploiting others"
)


def test_coded_flags_are_read_as_their_risks_and_the_key_as_none():
    [states] = _states(_CODED.format(key=_KEY))
    assert states == {
        "to_child/self_harm": "historical",
        "to_child/sexual_exploitation": "none_known",
        "to_child/criminal_exploitation": "suspected",
        "to_child/drug_alcohol": "none_known",
        "to_child/eating_disorder": "none_known",
        "to_child/missing": "present",
        "to_others/physical_harm": "none_known",
        "to_others/sexual_harm": "none_known",
        "to_others/fire_setting": "none_known",
        "to_others/criminal_exploitation": "none_known",
    }  # the animals flag left blank is a gap: not stated, though the key names it


# --- coded verdicts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer,state",
    [
        ("Y - hist.", RiskState.HISTORICAL),
        ("Y (past)", RiskState.HISTORICAL),
        ("Yes (historic) - ran from school twice in 2023", RiskState.HISTORICAL),
        ("y/prev", RiskState.HISTORICAL),
        ("?", RiskState.SUSPECTED),
        ("? - suspected", RiskState.SUSPECTED),
        ("? | school have seen marks", RiskState.SUSPECTED),
        # a "yes" whose words only mention a past span is still a yes
        ("Yes, past week", RiskState.PRESENT),
        ("Yes - previous carers saw marks on her arms", RiskState.PRESENT),
        ("Y - current", RiskState.PRESENT),
        ("N", RiskState.NONE_KNOWN),
    ],
)
def test_a_coded_verdict_says_how_sure_and_when(answer, state):
    assert answer_state(answer, [], TODAY) is state


# --- one passage, several children ------------------------------------------------------


_PAIR = """SIBLING PLACEMENT REQUEST
Local authority: Barnsley Metropolitan Borough Council
Date of request: 18/11/2026
Social worker: Owen Brightmore, owen.brightmore@barnsley.example.gov.uk, 01632 960733

Child 1: Hattie Penrose, born 11/02/2011, female
Child 2: Alfie Penrose, born 30/09/2015, male

Risks, as recorded by the council:
{passage}
"""


@pytest.mark.parametrize(
    "passage,hattie,alfie",
    [
        # each sentence is the child it opens with, and "she" goes on about her
        (
            "Hattie has been staying out overnight with older teenagers since October. She "
            "was found with cannabis last week. Alfie set fire to a bin at school in 2023 and "
            "none since. There are no other risks for either of the children.",
            {"to_child/missing": "present", "to_child/drug_alcohol": "present"},
            {"to_others/fire_setting": "historical", "to_child/missing": "none_known"},
        ),
        # a blanket for one child by name is that child's alone
        (
            "Alfie kicked a teaching assistant in September. Nothing else is known about risk "
            "for Alfie.",
            {"to_others/physical_harm": None, "to_child/self_harm": None},
            {"to_others/physical_harm": "present", "to_child/self_harm": "none_known"},
        ),
        # a parent's violence named in the passage is nobody's risk of the children's
        (
            "Hattie has scratched her arms when upset this term. There are no further risks "
            "for any of the children. Their father's violence towards their mother is his.",
            {"to_child/self_harm": "present", "to_others/physical_harm": "none_known"},
            {"to_child/self_harm": "none_known", "to_others/physical_harm": "none_known"},
        ),
    ],
)
def test_each_sentence_of_a_shared_passage_is_its_own_childs(passage, hattie, alfie):
    first, second = _states(_PAIR.format(passage=passage))
    assert {key: first.get(key) for key in hattie} == hattie
    assert {key: second.get(key) for key in alfie} == alfie


@pytest.mark.parametrize(
    "label,field",
    [
        ("Risks, as the local authority describes them", "risk_prompt"),
        ("Risks - from the council's records", "risk_prompt"),
        ("Risks as reported by the borough", "risk_prompt"),
        # the labels that name the authority itself still do
        ("Local authority", "la"),
        ("Placing authority", "la"),
        ("Risks", None),
    ],
)
def test_a_risks_heading_naming_its_source_is_not_the_authority(label, field):
    assert field_for(label) == field


# --- past: before custody, none since -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence,key,state",
    [
        (
            "Before custody he ran away from his carers most weekends.",
            ("to_child", "missing"),
            RiskState.HISTORICAL,
        ),
        (
            "Prior to coming into care she drank vodka with older friends.",
            ("to_child", "drug_alcohol"),
            RiskState.HISTORICAL,
        ),
        (
            "Punched a member of staff in April 2026; no incidents in the YOI.",
            ("to_others", "physical_harm"),
            RiskState.HISTORICAL,
        ),
        (
            "Has younger boys holding drugs for him, according to police.",
            ("to_others", "criminal_exploitation"),
            RiskState.PRESENT,
        ),
        # the offence a sentence was passed for was done before custody
        (
            "She was sentenced for wounding a girl outside school.",
            ("to_others", "physical_harm"),
            RiskState.HISTORICAL,
        ),
        (
            "Assaulted a shop worker in May (the index offence).",
            ("to_others", "physical_harm"),
            RiskState.HISTORICAL,
        ),
        # still happening now: not past
        ("He runs away from his carers most weekends.", ("to_child", "missing"), RiskState.PRESENT),
    ],
)
def test_what_a_child_did_before_custody_or_care_is_past(sentence, key, state):
    found = {(s.group, s.name): s.state for s in statements(sentence, TODAY)}
    assert found.get(key) is state


# --- a letter: its date in the letterhead, what it supports ---------------------------------


_LETTER = """Independent Reviewing Service (North Yorkshire)
County Hall annexe, Northallerton DL7 {dated}
To: Placements, North Yorkshire Council
Re: Elsie Marwood, born 04/06/2013
I write {support} Elsie's allocated social worker is Gareth Lund
(gareth.lund@northyorks.example.gov.uk, 01632 960845).
{signed_off}
Ruth Ambler
Independent Reviewing Officer
"""


@pytest.mark.parametrize(
    "dated,signed_off,referral_date",
    [
        ("9 November 2026", "Yours sincerely,", "2026-11-09"),
        ("09/11/2026", "Kind regards", "2026-11-09"),
        # not signed off as a letter: a date in the heading is not taken as its own
        ("9 November 2026", "Ruth", None),
        # no date in the letterhead
        ("", "Yours faithfully", None),
    ],
)
def test_a_letters_date_ends_its_letterhead(dated, signed_off, referral_date):
    text = _LETTER.format(dated=dated, signed_off=signed_off, support="to introduce Elsie.")
    draft = read_referral_document(text.encode(), filename="letter.txt", today=TODAY)
    assert draft.referral.get("referral_date") == referral_date


@pytest.mark.parametrize(
    "support,duration",
    [
        ("in support of the council's search for a long-term foster family.", "long_term"),
        ("to support a move to a short-term foster home near her school.", "short_term"),
        # what the letter is about, without asking for a placement: no duration
        ("about the long-term plan for contact with her father.", None),
    ],
)
def test_the_kind_of_home_a_letter_supports_is_the_request(support, duration):
    text = _LETTER.format(dated="9 November 2026", signed_off="Yours sincerely,", support=support)
    draft = read_referral_document(text.encode(), filename="letter.txt", today=TODAY)
    assert (draft.referral.get("placement") or {}).get("duration") == duration


# --- a numbered section's title over a bare "Type" ------------------------------------------


_PORTAL = """Regional Placement Referral
Section 1 | Placing authority
1.1 Local authority | Bolton Council
1.2 Date of referral | 17/11/2026
Section 2 | {title}
2.1 Type | {kind}
2.2 Date required | 14/12/2026
Section 3 | Child
3.1 Full name | Nell Ashworth
3.2 Date of birth | 12/08/2014
"""


@pytest.mark.parametrize(
    "title,kind,setting",
    [
        ("Placement required", "Foster care - long term", "fostering"),
        ("Placement sought", "Residential children's home", "residential"),
        # a "Type" under a heading about something else is not the placement asked for
        ("Education", "Foster care - long term", None),
    ],
)
def test_a_bare_type_under_the_placement_section_is_the_setting(title, kind, setting):
    text = _PORTAL.format(title=title, kind=kind).replace(" | ", ": ")
    draft = read_referral_document(text.encode(), filename="portal.txt", today=TODAY)
    assert (draft.referral.get("placement") or {}).get("setting") == setting


# --- each child's card answers its own risk rows ---------------------------------------------


_CARDS = """Placement Referral
Local authority: Wigan Council
Date of referral: 16/11/2026
Social worker: Dana Okoro, dana.okoro@wigan.example.gov.uk, 01632 960377
Section A: First child
Full name: Ivy Calder
Date of birth: 14/01/2013
Going missing: N
Fire setting: {first_fire}
Section B: Second child
Full name: Ned Calder
Date of birth: 22/07/2016
Going missing: {second_missing}
Fire setting: N
"""


@pytest.mark.parametrize(
    "first_fire,second_missing,ivy,ned",
    [
        # the second card's "Unconfirmed" is Ned's, not his sister's too
        (
            "N",
            "Unconfirmed",
            {"to_child/missing": "none_known", "to_others/fire_setting": "none_known"},
            {"to_child/missing": "suspected", "to_others/fire_setting": "none_known"},
        ),
        (
            "Y (past) - lit paper in a bin in 2023",
            "N",
            {"to_child/missing": "none_known", "to_others/fire_setting": "historical"},
            {"to_child/missing": "none_known", "to_others/fire_setting": "none_known"},
        ),
    ],
)
def test_each_childs_card_answers_its_own_risk_rows(first_fire, second_missing, ivy, ned):
    text = _CARDS.format(first_fire=first_fire, second_missing=second_missing)
    first, second = _states(text)
    assert {key: first.get(key) for key in ivy} == ivy
    assert {key: second.get(key) for key in ned} == ned
