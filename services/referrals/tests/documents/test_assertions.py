"""The assertion layer, sentence by sentence: what a risk mention asserts about the child.

Each row is a sentence as LAs write it, the risk it names and what it says about the
child: present, suspected, historical, absent (none known), or other (someone else's
risk, a plan for what to do, a condition that is not a behaviour: no statement at all).
The rows were written for training_b (not taken from the frozen set).
"""

from datetime import date

import pytest
from hearth_referrals.documents.rules.risk_states import answer_state, statements

REFERRAL = date(2026, 11, 20)
SH, CSE, CCE = (
    "to_child/self_harm",
    "to_child/sexual_exploitation",
    "to_child/criminal_exploitation",
)
DRUGS, EATING, MISSING = "to_child/drug_alcohol", "to_child/eating_disorder", "to_child/missing"
VIOLENCE, HSB = "to_others/physical_harm", "to_others/sexual_harm"
FIRE, ANIMALS = "to_others/fire_setting", "to_others/harm_to_animals"
EXPLOITS = "to_others/criminal_exploitation"

PRESENT = [
    ("Tyler has gone missing from home four times this month.", MISSING),
    ("She is currently self-harming by cutting and has scars on her forearms.", SH),
    ("Kayla punched a carer last week.", VIOLENCE),
    ("He is being criminally exploited and carries drugs for older males.", CCE),
    ("Smokes cannabis most days.", DRUGS),
    ("Ruby restricts her food intake and her weight is monitored weekly.", EATING),
    ("Concerns about county lines are current.", CCE),
    ("She cut her arms in September 2026.", SH),
    ("He can assault staff when restrained.", VIOLENCE),
    ("He set a fire in the bin at school on 3 November.", FIRE),
    ("There is ongoing sexual exploitation by older men in the town centre.", CSE),
    ("He has been recruiting younger children to sell drugs.", EXPLOITS),
    ("Goes missing overnight at weekends.", MISSING),
    ("She is a victim of child sexual exploitation.", CSE),
    ("He has been subjected to criminal exploitation by a local gang.", CCE),
    ("Drinks alcohol to excess at weekends.", DRUGS),
    ("She self-harms in the family home when upset.", SH),
    ("He kicked the family dog last week.", ANIMALS),
    ("Carers report that she self-harms most nights.", SH),
    ("Mum reports that he is going missing overnight.", MISSING),
    ("He assaults adults in the household when angry.", VIOLENCE),
    ("Physically aggressive to staff and other adults in the home.", VIOLENCE),
    ("Violence towards her mother at contact on Friday.", VIOLENCE),
    ("He has been involving younger residents in offending.", EXPLOITS),
    ("No concerns about school attendance and she goes missing most weekends.", MISSING),
    ("She went missing in 2025 and again last week.", MISSING),
    ("Nothing has changed: she continues to go missing.", MISSING),
]
SUSPECTED = [
    ("There are concerns that she may be self-harming.", SH),
    ("Police intelligence suggests he may be involved in county lines.", CCE),
    ("She is believed to be at risk of sexual exploitation.", CSE),
    ("Mum is worried that he is going missing overnight.", MISSING),
]
HISTORICAL = [
    (
        "Kayla self-harmed by cutting her arms in March 2022; there have been no incidents since.",
        SH,
    ),
    ("She went missing overnight twice in 2023, none since January 2024.", MISSING),
    ("Used cannabis in 2023; has not used since.", DRUGS),
    ("Harvey set a fire in his bedroom in 2021; no fire setting since.", FIRE),
    ("She took an overdose in 2022 and has not self-harmed since then.", SH),
    ("Chloe was sexually exploited in 2023.", CSE),
    ("Hurt the family cat in 2021, nothing since.", ANIMALS),
    ("He used to go missing when he was younger.", MISSING),
    ("Previously known to the CSE team; the case was closed in 2022.", CSE),
    ("He has not been missing for over a year.", MISSING),
    ("There has been no self-harm for eighteen months.", SH),
    ("Self-harm is historical.", SH),
    ("Oscar set fire to a bin at school in 2022.", FIRE),
    ("Cannabis until 2023.", DRUGS),
    ("There is a history of an eating disorder, under CAMHS until last year.", EATING),
    ("Treated for anorexia, discharged from the eating disorders clinic.", EATING),
    ("She has not gone missing since she moved to her current placement.", MISSING),
    ("Has set small fires at home (2025).", FIRE),
    ("He was sexually exploited online in 2025.", CSE),  # the whole year is long past
]
ABSENT = [
    ("There are no concerns about drug or alcohol use.", DRUGS),
    ("No self-harm known.", SH),
    ("He has never gone missing.", MISSING),
    ("There is no evidence of sexual exploitation.", CSE),
    ("Fire setting: not a concern.", FIRE),
    ("No history of fire setting or harm to animals.", ANIMALS),
    ("Is there a history of self-harm? No.", SH),
    ("Any fire setting? No", FIRE),
    ("She denies any alcohol use.", DRUGS),
    ("No known risk of criminal exploitation.", CCE),
    ("Ava does not use drugs or alcohol.", DRUGS),
    ("He doesn't go missing.", MISSING),
    ("Nothing is known to suggest self-harm or going missing.", SH),
    ("Nothing is known to suggest self-harm or going missing.", MISSING),
    ("We are not aware of any fire setting.", FIRE),
    ("There are no known\nconcerns about self-harm.", SH),  # a line wrapped mid-sentence
    ("No known risk of drawing other young people into offending.", EXPLOITS),
]
OTHER = [
    ("Tyler's mother has a long history of alcohol misuse.", DRUGS),
    ("His father was convicted of arson in 2019.", FIRE),
    ("His older brother Callum is involved in county lines.", CCE),
    ("His sister self-harms.", SH),
    ("Mum's partner has a history of violence.", VIOLENCE),
    ("Her mother's boyfriend has convictions for sexual offences against children.", HSB),
    ("If Isla goes missing the carer should report her to the police after one hour.", MISSING),
    ("Should she self-harm, the carer must call CAMHS crisis line.", SH),
    ("Leo has a diagnosis of foetal alcohol spectrum disorder.", DRUGS),
    ("He was born with neonatal abstinence syndrome.", DRUGS),
    ("Noah has been a victim of sexual abuse and physical assaults within the household.", HSB),
    ("She was assaulted by her step-father.", VIOLENCE),
    ("Domestic violence between the parents was the reason for the referral.", VIOLENCE),
    ("She has a drug allergy (penicillin).", DRUGS),
    ("He witnessed his father's violence towards his mother.", VIOLENCE),
    ("The missing person protocol is attached.", MISSING),
    ("He has been missing from education since September.", MISSING),
    ("She has completed drugs awareness sessions at school.", DRUGS),
    ("Alcohol misuse by both parents.", DRUGS),
    ("Domestic violence in the household.", VIOLENCE),
    ("Drug use by mother during pregnancy.", DRUGS),
    ("There was violence between the parents.", VIOLENCE),
    ("Mum reports that she self-harmed as a teenager.", SH),
    ("It is not known whether she uses cannabis.", DRUGS),  # unknown: neither yes nor no
    ("Diagnosed with alcohol-related neurodevelopmental disorder (ARND).", DRUGS),
    ("The family were reported missing to police in 2024 when mum fled.", MISSING),
]

ROWS = (
    [(text, key, "present") for text, key in PRESENT]
    + [(text, key, "suspected") for text, key in SUSPECTED]
    + [(text, key, "historical") for text, key in HISTORICAL]
    + [(text, key, "none_known") for text, key in ABSENT]
    + [(text, key, "other") for text, key in OTHER]
)


def _assertion(text: str, key: str) -> str:
    group, name = key.split("/")
    found = [s for s in statements(text, REFERRAL) if (s.group, s.name) == (group, name)]
    return found[0].state.value if found else "other"


@pytest.mark.parametrize(("text", "key", "wanted"), ROWS)
def test_a_sentence_asserts(text, key, wanted):
    assert _assertion(text, key) == wanted


@pytest.mark.parametrize(
    ("answer", "wanted"),
    [
        ("No", "none_known"),
        ("None known", "none_known"),
        ("Not a concern", "none_known"),
        ("Never been reported missing", "none_known"),
        ("Yes - three times in the last fortnight", "present"),
        ("Yes, historic (2021)", "historical"),
        ("None since 2023", "historical"),
        ("Used cannabis in 2023; has not used since.", "historical"),
        ("Suspected", "suspected"),
        ("N", "none_known"),
        ("Y - historic, last incident 2022", "historical"),
        ("0 episodes in the last 12 months; 6 in 2024", "historical"),
        ("No, but school raised concerns about cutting last week", "suspected"),
        ("None known, however she has become secretive about food", "suspected"),
        ("No - none known", "none_known"),
        ("Not currently", "none_known"),
        ("Not at this time", "none_known"),
        ("not at the moment", "none_known"),
        ("Not now", "none_known"),
        ("Not right now.", "none_known"),
    ],
)
def test_an_answer_to_a_risks_own_question(answer, wanted):
    assert answer_state(answer, [], REFERRAL).value == wanted


@pytest.mark.parametrize("answer", ["Unknown", "TBC", "Yes / No", "N/K"])
def test_an_answer_that_does_not_say_is_unclear(answer):
    assert answer_state(answer, [], REFERRAL) is None


# Assertion classes of issue 12 (class 6), each row written for this table: the form's own
# verdict outranks cue words in the detail; a sighting followed by a denial is a
# suspicion; a clause about another person says nothing about the child; a source cited
# in brackets does not hedge; one unhedged clause makes the risk present.
@pytest.mark.parametrize(
    ("answer", "wanted"),
    [
        # the form's verdict first
        ("Suspected | bruising seen on his arms; he says he fell", "suspected"),
        ("Possibly - came back at 2am with no explanation; not reported to police", "suspected"),
        ("Historic | took tablets once when in year 7", "historical"),
        ("Yes | sells cannabis for an older cousin (youth offending report, June 2026)", "present"),
        ("Yes - drinks most weekends; denies using anything else", "present"),
        # a sighting, then a denial of the risk
        ("Matches found under the mattress; no fires", "suspected"),
        ("Carers noticed a smell of alcohol on her breath; she denies drinking.", "suspected"),
        ("Marks seen on her thighs at PE; says it was the cat.", "present"),
        # clauses about someone else
        ("No. Her uncle was jailed for arson in 2020.", "none_known"),
        ("No. Drug use by mother during pregnancy (2012).", "none_known"),
        ("Stepdad has an alcohol problem", "not_stated"),
        ("Pushed his grandmother down the stairs", "present"),
        # what others say that nobody has seen
        ("Brother says she punches him at night; not witnessed by staff.", "suspected"),
        ("Concerns were raised about messages to younger pupils", "suspected"),
        ("Allegedly involved in shoplifting for older teenagers", "suspected"),
        # a "yes" with the dates it showed stays current; only "since"/"stopped" words make
        # it historical
        ("Yes - three times in 2024, lit paper in the school toilets", "present"),
        ("Yes, in 2023, none since", "historical"),
        # an unknown is never a denial; a denial of something else is not of the risk
        ("Unclear whether he deals; youth workers have raised it with police", "suspected"),
        ("Not known whether she drinks", None),
        ("Worry that she may be groomed by men online; no disclosure so far", "suspected"),
        # one unhedged clause is enough
        ("Vapes cannabis daily; cocaine use suspected", "present"),
    ],
)
def test_an_answers_assertion_class(answer, wanted):
    state = answer_state(answer, [], REFERRAL)
    assert (state.value if state else None) == wanted


@pytest.mark.parametrize(
    ("text", "key", "wanted"),
    [
        ("Dylan is not violent towards anyone.", VIOLENCE, "none_known"),
        ("She isn't aggressive at home.", VIOLENCE, "none_known"),
        ("He was found carrying drugs for an older male.", DRUGS, "other"),
        ("In 2022 she ran away from her grandparents twice.", MISSING, "historical"),
        ("Intelligence suggests she is being groomed online.", CSE, "suspected"),
        (
            "Going missing (historic, none since 2024), no known risk of fire setting.",
            FIRE,
            "none_known",
        ),
        (
            "Going missing (historic, none since 2024), no known risk of fire setting.",
            MISSING,
            "historical",
        ),
    ],
)
def test_a_sentence_assertion_class(text, key, wanted):
    assert _assertion(text, key) == wanted


@pytest.mark.parametrize(
    ("answer", "wanted"),
    [
        ("Grandad says she hurt the puppy; not witnessed by anyone else.", "suspected"),
        ("Teachers worry he is losing weight; not assessed.", "suspected"),
        ("Going missing is an ongoing worry for the team.", "present"),
    ],
)
def test_a_trailing_hedge_qualifies_the_clause_before_it(answer, wanted):
    assert answer_state(answer, [], REFERRAL).value == wanted
