"""Questions only for real gaps (issue 12, class 12), and the setting named in many ways:
tables of lines that do and do not answer a question, read as a one-child referral."""

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.corrections import Correction, corrections
from hearth_referrals.documents.rules.risk_states import statements

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _read(lines: str):
    return read_referral_document((HEAD + lines + "\n").encode(), today=TEST_NOW.date())


def _missing(lines: str) -> set[str]:
    return {item.pointer for item in _read(lines).missing}


def _pointer(topic: str) -> str:
    return f"/placement/{topic}" if topic == "start_date" else f"/children/0/{topic}"


ANSWERED = [
    ("school", "Education: Sam attends Oakwood Academy and is in Year 8."),
    ("school", "Sam goes to Oakwood Academy (Year 8) and should stay there."),
    ("school", "School: Not applicable - Sam is home educated at present."),
    ("school", "Sam is not currently in education."),
    ("school", "Does Sam attend school? Yes - Oakwood Academy"),
    ("health_needs", "Health: No known health needs."),
    ("health_needs", "Sam has no known health needs."),
    ("health_needs", "Health: N/A"),
    ("health_needs", "Sam was diagnosed with ADHD and takes medication each morning."),
    ("family_time", "Sam sees her mum at weekends, unsupervised."),
    ("family_time", "Family time: as per the care plan"),
    ("family_time", "Dad (abroad): video calls weekly."),
    ("placement_history", "This will be Sam's first time in care."),
    ("placement_history", "This would be Sam's third placement."),
    ("placement_history", "Previous placements: see attached chronology."),
    ("placement_history", "How many placements has the child had? Two, including this one"),
    ("placement_history", "Sam has had two foster placements since 2022."),
    ("placement_history", "Sam has lived with her current foster carers since 2020."),
    ("health_needs", "Sam is fit and well."),
    ("health_needs", "There are no concerns about her health."),
    ("school", "Sam is on a reduced timetable after a fixed-term exclusion."),
    ("school", "Sam has not attended school since September."),
    ("school", "Education (school, year, EHCP): Oak Academy, Year 6"),
    ("health_needs", "Sam is healthy."),
    ("family_time", "Sam speaks to her dad on the phone most evenings."),
    ("placement_history", "Current placement: foster carers since 2023 (ending)"),
    ("placement_history", "Sam came into care in March 2024."),
    ("placement_history", "Sam is currently placed with foster carers in Leeds."),
    ("placement_history", "Sam lives at home with her mum; not previously looked after."),
    ("placement_history", "Her kinship arrangement with her aunt has broken down."),
    ("placement_history", "Where has the young person lived before?: With mum, first time in care"),
    ("gender", "Pronouns: he/him"),
    (
        "gender",
        "Sam is a bright lad. He enjoys art, his mum visits him and her partner too. He is settled.",
    ),
    ("legal_status", "Legal status: Police Powers of Protection, s46"),
    ("risks", "Risks: None known"),
    ("risks", "There are no known risks to herself or others."),
]
ASKED = [
    ("school", "School: TBC"),
    ("school", "School: unknown"),
    ("health_needs", "Health: to be confirmed"),
    ("health_needs", "Mother's health: diabetic, insulin dependent."),
    ("health_needs", "Mason has no health needs."),
    ("family_time", "Family time: TBC"),
    ("placement_history", "Placement history: unknown"),
    ("placement_history", "Sam likes swimming and drawing."),
    ("school", "School: to follow"),
    ("health_needs", "Health: awaiting information"),
    ("legal_status", "Legal status: to be confirmed after court on Friday"),
    ("placement_history", "Previous placements: to follow"),
    ("risks", "Risks: to follow"),
    ("start_date", "Start date: TBC"),
]


class TestQuestionsOnlyForRealGaps:
    @pytest.mark.parametrize(("topic", "line"), ANSWERED)
    def test_a_line_that_answers_is_not_asked_again(self, topic, line):
        assert _pointer(topic) not in _missing(line)

    @pytest.mark.parametrize(("topic", "line"), ASKED)
    def test_a_line_that_does_not_answer_leaves_the_question(self, topic, line):
        assert _pointer(topic) in _missing(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Risks: Sam has a history of going missing. No other risks known.",
            "Risk assessment: Sam is at risk of CCE. Otherwise no risks identified.",
            "Risks: None known",
        ],
    )
    def test_no_other_known_risks_answers_every_risk(self, line):
        assert not [pointer for pointer in _missing(line) if "/risks" in pointer]

    def test_prompt_dash_answer_lines_are_each_answered(self):
        lines = (
            "Self harm - no\nMissing from home - yes, 3 episodes in October\n"
            "Substance misuse - cannabis occasionally\nEating disorder - no"
        )
        risks = _read(lines).referral["children"][0]["risks"]
        assert risks["to_child"]["self_harm"]["state"] == "none_known"
        assert risks["to_child"]["missing"]["state"] == "present"
        assert risks["to_child"]["drug_alcohol"]["state"] == "present"
        assert risks["to_child"]["eating_disorder"]["state"] == "none_known"

    def test_a_risk_stated_beside_no_known_risks_keeps_its_state(self):
        line = "Risks: Sam has a history of going missing. No other risks known."
        risks = _read(line).referral["children"][0]["risks"]
        assert risks["to_child"]["missing"]["state"] == "present"
        assert risks["to_others"]["fire_setting"]["state"] == "none_known"

    @pytest.mark.parametrize(
        ("line", "start"),
        [
            ("Required from: Monday 7th December", "2026-12-07"),
            ("Urgency: planned. Needed: Friday 4 December.", "2026-12-04"),
            ("Bed needed from: ASAP - today", "2026-11-20"),
            ("When should the child move?: 30/11/2026", "2026-11-30"),
        ],
    )
    def test_the_start_date_in_many_words(self, line, start):
        assert _read(line).referral["placement"].get("start_date") == start

    def test_a_school_in_prose_is_the_school_alone(self):
        school = _read("Education: Sam attends Oakwood Academy and is in Year 8.").referral
        assert school["children"][0]["school"]["name"] == "Oakwood Academy"

    def test_not_applicable_is_no_school(self):
        child = _read("School: Not applicable - home educated.").referral["children"][0]
        assert "school" not in child


SETTINGS = [
    ("Placement type: Residential - solo occupancy", "residential"),
    ("Placement type: Solo placement in a children's home", "residential"),
    ("Accommodation type required: Supported accommodation (16+)", "supported_accommodation"),
    ("Provision type: Semi-independent living (16+), shared house", "supported_accommodation"),
    ("Placement sought: Welfare secure bed", "secure"),
    ("Type of placement: Parent and child foster placement", "parent_and_child"),
    ("Placement sought: Foster care (her kinship arrangement has ended)", "fostering"),
    (
        "Placement recommendation: Foster care: Not suitable. Residential care: Suitable.",
        "residential",
    ),
    ("Placement type: Kinship / connected carer", "fostering"),
    ("Placement type: Single-bed home", "residential"),
    ("Type of placement: Solo", "residential"),
    ("Placement type: Solo foster placement", "fostering"),
    ("Placement type: Foster / Residential / Supported accommodation", None),
    (
        "We are looking for semi-independent accommodation (16+ supported). He had a short"
        " stay in a secure unit last year on remand; secure is not what we need now.",
        "supported_accommodation",
    ),
    ("We are looking for a foster family (not residential).", "fostering"),
    ("Placement type: Foster placement with relative or friend", "fostering"),
    ("Placement type: Mother and baby unit", "parent_and_child"),
    ("Placement sought: Residential family assessment centre", "parent_and_child"),
    ("Placement type: Registered supported accommodation", "supported_accommodation"),
    ("Request: welfare secure bed under s25", "secure"),
    ("Sam needs a home with a family, not a children's home.", "fostering"),
    ("She has been in residential care since 2023 and now needs foster care.", "fostering"),
    (
        "Sam previously had a secure placement in 2024. She now needs a foster placement.",
        "fostering",
    ),
    ("Ideally a children's home placement; she will be accommodated under s20.", "residential"),
    (
        "Accommodation requested: Supported accommodation, 16+, shared house",
        "supported_accommodation",
    ),
    ("Bed required: Secure welfare (s25) bed", "secure"),
    ("Placement type: Foster / Residential / Parent & Child (delete as appropriate)", None),
]


class TestTheSettingNamedInManyWays:
    @pytest.mark.parametrize(("line", "setting"), SETTINGS)
    def test_the_setting(self, line, setting):
        draft = _read(line)
        assert draft.referral["placement"].get("setting") == setting
        if setting is None:
            assert "/placement/setting" in {item.pointer for item in draft.unclear}


class TestCorrectionsInAReply:
    def test_the_legal_status_and_start_date_corrected_above_the_quote(self):
        text = (
            "Sorry - two corrections to my email below: Jack is on an interim care order,\n"
            "not section 20, and the start date is now 30/11/2026."
        )
        assert corrections(text) == [
            Correction("legal status", "interim care order"),
            Correction("start date", "30/11/2026"),
        ]


RISK_SENTENCES = [
    ("He has made threats to harm staff.", "to_others/physical_harm", "present"),
    (
        "There are concerns she is being sexually exploited.",
        "to_child/sexual_exploitation",
        "suspected",
    ),
    ("She often stays out overnight without permission.", "to_child/missing", "present"),
    ("Sam has harmed himself by cutting.", "to_child/self_harm", "present"),
    ("Sam has been groomed online.", "to_child/sexual_exploitation", "present"),
    ("He is selling drugs for older boys.", "to_child/criminal_exploitation", "present"),
    ("Kacper punched walls but has not hurt anyone.", "to_others/physical_harm", "none_known"),
    ("He was arrested and he has punched his stepfather.", "to_others/physical_harm", "present"),
    ("Has set small fires at home.", "to_others/fire_setting", "present"),
]


class TestRiskSentences:
    @pytest.mark.parametrize(("sentence", "risk", "state"), RISK_SENTENCES)
    def test_what_the_sentence_asserts(self, sentence, risk, state):
        found = {f"{s.group}/{s.name}": s.state.value for s in statements(sentence, TODAY)}
        assert found.get(risk) == state, found

    def test_selling_drugs_is_not_drug_use(self):
        found = {f"{s.group}/{s.name}" for s in statements("He is selling drugs.", TODAY)}
        assert "to_child/drug_alcohol" not in found


class TestTheAuthorityInAHeading:
    @pytest.mark.parametrize(
        ("heading", "code"),
        [
            ("Royal Borough of Greenwich", "E09000011"),
            ("Durham County Council", "E06000047"),
            ("Telford & Wrekin Council", "E06000020"),
            ("Westmorland and Furness Council", "E06000064"),
            ("NE Lincs Council", "E06000012"),
            ("Email: jo.bloggs@bathnes.gov.uk", "E06000022"),
            ("Email: jo.bloggs@iow.gov.uk", "E06000046"),
        ],
    )
    def test_a_heading_over_the_form_title_names_the_la(self, heading, code):
        text = f"{heading}\nPlacement Referral\nName: Sam Taylor\nDOB: 01/02/2014\n"
        draft = read_referral_document(text.encode(), today=TODAY)
        assert draft.la_code.value == code


class TestUrgencyWords:
    @pytest.mark.parametrize(
        ("line", "urgency"),
        [
            ("Urgency: Needed within 72 hours", "emergency"),
            ("Urgency: Routine", "planned"),
            ("Urgency: Within 2 weeks", "planned"),
            ("Emergency / Planned: E", "emergency"),
            ("Emergency / Planned: P", "planned"),
        ],
    )
    def test_the_urgency(self, line, urgency):
        assert _read(line).referral["placement"].get("urgency") == urgency
