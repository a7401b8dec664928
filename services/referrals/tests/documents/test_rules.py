"""The pure rules, case by case: dates, authorities, legal status, risk states, answers."""

from datetime import date

import pytest
from hearth_contract.codes import LegalStatus, RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents.gaps import missing_information
from hearth_referrals.documents.rules.answers import split_options
from hearth_referrals.documents.rules.authorities import resolve_authority
from hearth_referrals.documents.rules.dates import age_on, find_dates, parse_date
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.risk_states import answer_state, statements
from hearth_referrals.documents.rules.values import read_choice

TODAY = TEST_NOW.date()

APRIL_3 = date(2012, 4, 3)


class TestBritishDates:
    @pytest.mark.parametrize(
        "text",
        [
            "03/04/2012",
            "3/4/2012",
            "3rd April 2012",
            "3.4.12",
            "03-04-2012",
            "3 Apr 2012",
            "April 3rd, 2012",
            "2012-04-03",
            "DOB: 3rd of April 2012",
            "born 3 April, 2012",
        ],
    )
    def test_every_form_reads_as_the_third_of_april(self, text):
        assert parse_date(text, date(2025, 1, 1)) == APRIL_3

    def test_two_digit_years_are_not_in_the_future(self):
        assert parse_date("3.4.98", date(2025, 1, 1)) == date(1998, 4, 3)
        assert parse_date("3.4.25", date(2025, 1, 1)) == date(2025, 4, 3)

    @pytest.mark.parametrize("text", ["31/02/2012", "14/13/2012", "no date here"])
    def test_impossible_dates_are_not_read(self, text):
        assert parse_date(text) is None

    def test_several_dates_in_order(self):
        found = find_dates("From 01/02/2020 to 3rd March 2021", TODAY)
        assert [f.value for f in found] == [date(2020, 2, 1), date(2021, 3, 3)]

    def test_age_on_a_day(self):
        assert age_on(APRIL_3, date(2025, 4, 2)) == 12
        assert age_on(APRIL_3, date(2025, 4, 3)) == 13


class TestLocalAuthorities:
    @pytest.mark.parametrize(
        "text,code",
        [
            ("KCC", "E10000016"),
            ("Kent County Council", "E10000016"),
            ("Children's Services, Kent", "E10000016"),
            ("kent", "E10000016"),
            ("j.smith@kent.gov.uk", "E10000016"),
            ("London Borough of Hackney", "E09000012"),
            ("Brighton & Hove City Council", "E06000043"),
            ("Durham County Council", "E06000047"),
            ("Notts County Council", "E10000024"),
            ("WSCC", "E10000032"),
            ("Leeds City Council", "E08000035"),
            ("Stoke on Trent", "E06000021"),
        ],
    )
    def test_spellings_resolve_to_the_ons_code(self, text, code):
        assert resolve_authority(text).code == code

    @pytest.mark.parametrize("text", ["LCC", "SCC", "NCC"])
    def test_acronyms_shared_by_councils_are_ambiguous(self, text):
        match = resolve_authority(text)
        assert match.code is None and match.ambiguous

    @pytest.mark.parametrize(
        "text,code",
        [
            ("Stockport MBC", "E08000007"),
            ("Kent CC", "E10000016"),
            ("Sandwell Children's Trust", "E08000028"),
            ("Together for Children", "E08000024"),
            ("RBKC", "E09000020"),
            ("Hull City Council", "E06000010"),
            ("Southend", "E06000033"),
            ("a.worker@northyorks.gov.uk", "E06000065"),
            ("a.worker@hullcc.gov.uk", "E06000010"),
            ("a.worker@lbhf.gov.uk", "E09000013"),
            ("a.worker@n-somerset.gov.uk", "E06000024"),
            ("a.worker@eastriding.gov.uk", "E06000011"),
            ("a.worker@birminghamchildrenstrust.co.uk", "E08000025"),
        ],
    )
    def test_short_forms_trusts_and_mail_domains_resolve(self, text, code):
        assert resolve_authority(text).code == code

    def test_a_trust_acting_for_two_councils_is_ambiguous(self):
        assert resolve_authority("Achieving for Children").ambiguous

    def test_unknown_text_resolves_to_nothing(self):
        assert resolve_authority("Brightfoster Independent Fostering").code is None


class TestLegalStatus:
    @pytest.mark.parametrize(
        "text,code",
        [
            ("S20", LegalStatus.V2),
            ("section 20", LegalStatus.V2),
            ("s.20", LegalStatus.V2),
            ("Accommodated under section 20", LegalStatus.V2),
            ("ICO", LegalStatus.C1),
            ("interim care order", LegalStatus.C1),
            ("Full Care Order", LegalStatus.C2),
            ("Care Order (s31)", LegalStatus.C2),
            ("remanded", LegalStatus.J1),
            ("Placement Order", LegalStatus.E1),
            ("EPO", LegalStatus.L2),
        ],
    )
    def test_wording_maps_to_ssda903(self, text, code):
        assert find_legal_statuses(text) == [code]

    def test_a_planned_application_is_not_the_status(self):
        assert find_legal_statuses("S20, LA applying for an ICO next week") == [LegalStatus.V2]

    def test_every_option_left_in_gives_several(self):
        assert len(find_legal_statuses("S20 / ICO / Full Care Order")) == 3


def _states(text):
    return {(s.group, s.name): s.state for s in statements(text)}


class TestRiskStatesInText:
    @pytest.mark.parametrize(
        "text,risk,state",
        [
            ("She goes missing most weekends.", "missing", RiskState.PRESENT),
            ("No known history of fire-setting.", "fire_setting", RiskState.NONE_KNOWN),
            ("Self-harm: None known", "self_harm", RiskState.NONE_KNOWN),
            ("He denies any drug use.", "drug_alcohol", RiskState.NONE_KNOWN),
            ("There are no concerns regarding CSE.", "sexual_exploitation", RiskState.NONE_KNOWN),
            ("She has not self-harmed for over 12 months.", "self_harm", RiskState.HISTORICAL),
            ("Historic cannabis use.", "drug_alcohol", RiskState.HISTORICAL),
            ("Previously went missing from placement.", "missing", RiskState.HISTORICAL),
            ("Intelligence suggests possible CCE.", "criminal_exploitation", RiskState.SUSPECTED),
            (
                "There are concerns that she is being sexually exploited.",
                "sexual_exploitation",
                RiskState.SUSPECTED,
            ),
            (
                "He is at risk of county lines involvement.",
                "criminal_exploitation",
                RiskState.SUSPECTED,
            ),
            ("He has assaulted staff twice this month.", "physical_harm", RiskState.PRESENT),
            (
                "Harmful sexual behaviour towards younger children.",
                "sexual_harm",
                RiskState.PRESENT,
            ),
        ],
    )
    def test_state_from_context(self, text, risk, state):
        found = {name: value for (_group, name), value in _states(text).items()}
        assert found[risk] is state

    @pytest.mark.parametrize(
        "text",
        [
            "Mum has a long history of substance misuse.",
            "Her older brother is involved in county lines.",
            "Dad has convictions for violence.",
            "She was assaulted by her step-father.",
            "The home was subject to an arson attack by a neighbour.",
        ],
    )
    def test_someone_elses_risk_is_not_the_childs(self, text):
        assert _states(text) == {}

    def test_a_form_prompt_is_not_an_answer(self):
        assert _states("Is there a history of Self Harm?") == {}

    def test_negation_covers_a_list(self):
        states = _states("No known history of fire-setting, self-harm or HSB.")
        assert set(states.values()) == {RiskState.NONE_KNOWN} and len(states) == 3


class TestRiskAnswers:
    @pytest.mark.parametrize(
        "answer,options,state",
        [
            ("No", [], RiskState.NONE_KNOWN),
            ("None known", [], RiskState.NONE_KNOWN),
            ("Yes - cuts her arms", [], RiskState.PRESENT),
            ("Yes, historic - not for 2 years", [], RiskState.HISTORICAL),
            ("", [("Yes", True), ("No", False)], RiskState.PRESENT),
            ("", [("Yes", False), ("No", True)], RiskState.NONE_KNOWN),
            ("", [], RiskState.NOT_STATED),
            # a row with no box ticked and no words was left blank: a gap, like ""
            ("", [("Yes", False), ("No", False)], RiskState.NOT_STATED),
        ],
    )
    def test_answer_states(self, answer, options, state):
        assert answer_state(answer, options) is state

    @pytest.mark.parametrize(
        "answer,options",
        [
            ("Yes/No", []),
            ("Unknown", []),
            ("", [("Yes", True), ("No", True)]),
        ],
    )
    def test_unclear_answers_are_not_guessed(self, answer, options):
        assert answer_state(answer, options) is None


class TestAnswers:
    def test_tick_boxes_become_options(self):
        words, options = split_options("☒ S20 ☐ ICO [ ] Full care order | detail here")
        assert options == [("S20", True), ("ICO", False), ("Full care order", False)]
        assert words == "detail here"

    def test_delete_as_appropriate_left_whole_is_several_values(self):
        assert len(read_choice("urgency", "Emergency / Planned")) == 2

    @pytest.mark.parametrize(
        "label,part,field",
        [
            ("Name", "Part 2: Social worker details", "social_worker.name"),
            ("Name", "Part 1: The child", "child_name"),
            ("D.O.B.", "", "dob"),
            ("Email", "", "social_worker.email"),
            ("Team manager email", "", "team_manager.email"),
            ("Mother's name", "", None),
            ("Education setting", "", "school"),
            ("Date placement needed", "", "start_date"),
            ("Is there a history of self harm?", "", "risk_prompt"),
        ],
    )
    def test_labels_name_fields(self, label, part, field):
        assert field_for(label, part) == field


class TestMissingInformation:
    def test_an_empty_draft_asks_for_everything_that_blocks_matching(self):
        pointers = {item.pointer for item in missing_information({})}
        assert {
            "/la_reference",
            "/placement/setting",
            "/children",
            "/social_worker/name",
        } <= pointers

    def test_stated_risks_are_not_asked_again(self):
        child = {"first_name": "Jo", "risks": {"to_child": {"self_harm": {"state": "none_known"}}}}
        pointers = {item.pointer for item in missing_information({"children": [child]})}
        assert "/children/0/risks/to_child/self_harm" not in pointers
        assert "/children/0/risks/to_child/missing" in pointers
        assert "/children/0/risks" not in pointers
