"""The classes of risk reading that a status column, an exported record or a letter's risk
paragraph need, whatever words the form uses: one table of status words every risk row
reads ("Still a worry", "Concern only", "Resolved", "NOW"), a question answered on its own
line, a question left blank beside answered ones, risk records exported as XML attributes
or key paths, a guess at who did something, short names in a list of risks, a paragraph
opened by one child's name, and a verdict that describes nothing. Every case is written
for this test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.risk_records import expand_risk_records
from hearth_referrals.documents.rules.risk_states import answer_state, statements
from hearth_referrals.documents.rules.verdict_codes import only_a_verdict, verdict_state


def _states(text: str) -> dict[str, str]:
    return {statement.name: statement.state.value for statement in statements(text)}


def _draft(body: str):
    return read_referral_document(email(body), today=TEST_NOW.date())


def _state(risks: dict, group: str, name: str) -> str:
    return (risks.get(group) or {}).get(name, {}).get("state", "not_stated")


class TestStatusWords:
    @pytest.mark.parametrize(
        ("answer", "state"),
        [
            # what goes on now
            ("Still a worry - runs off after contact", "present"),
            ("Still a problem: pushes his brother", "present"),
            ("Active - out overnight at weekends", "present"),
            ("Live (open to the exploitation panel)", "present"),
            ("NOW (cuts her forearms)", "present"),
            # what has stopped
            ("Was a worry, not now - stopped eating in 2023", "historical"),
            ("Was a concern, not any more", "historical"),
            ("Resolved (past)", "historical"),
            ("Resolved - last fire 2022", "historical"),
            ("Not recent", "historical"),
            ("Yes - not recent - hit a peer in Year 4", "historical"),
            ("BEFORE (two episodes in 2024)", "historical"),
            # a worry, nothing found
            ("Concern only", "suspected"),
            ("Only a concern - seen with older boys", "suspected"),
            ("MAYBE (messages from an adult online)", "suspected"),
            ("Perhaps - the school nurse is unsure", "suspected"),
            ("Possible", "suspected"),
            # the status column's "no"
            ("Not a worry", "none_known"),
            ("Not an issue for him", "none_known"),
            ("Not a problem - eats well", "none_known"),
        ],
    )
    def test_a_status_word_opening_the_answer_gives_its_state(self, answer, state):
        assert answer_state(answer, []) is RiskState(state)

    @pytest.mark.parametrize(
        ("word", "state"),
        [
            ("Concern only", "suspected"),
            ("Was a worry, not now", "historical"),
            ("Not a worry", "none_known"),
            ("Still a concern", "present"),
            ("Resolved", "historical"),
            ("Maybe", "suspected"),
        ],
    )
    def test_a_status_cell_alone_is_a_verdict(self, word, state):
        assert verdict_state(word) is RiskState(state)

    @pytest.mark.parametrize(
        "answer",
        [
            # a word that opens a sentence, not a status: read as the sentence it is
            "Before custody he went missing weekly",
            "Past few weeks she has cut her arms twice",
        ],
    )
    def test_a_status_word_running_into_a_sentence_is_not_a_status(self, answer):
        assert answer_state(answer, []) is not RiskState.SUSPECTED
        assert verdict_state(answer) is None


class TestQuestionAnsweredOnItsLine:
    @pytest.mark.parametrize(
        ("text", "name", "state"),
        [
            ("Any cruelty to animals?: None known", "harm_to_animals", "none_known"),
            ("Has she been sexually exploited? - Possibly", "sexual_exploitation", "suspected"),
            ("Does he go missing?: yes, most weekends", "missing", "present"),
            (
                "Has the young person ever assaulted adults or other children?: In the past",
                "physical_harm",
                "historical",
            ),
        ],
    )
    def test_the_reply_answers_the_question(self, text, name, state):
        assert _states(text) == {name: state}

    @pytest.mark.parametrize(
        "text", ["Any history of setting fires?:", "Is there any self-harm? -", "Drugs?: "]
    )
    def test_a_question_with_nothing_after_it_states_nothing(self, text):
        assert _states(text) == {}

    @pytest.mark.parametrize(
        ("text", "states"),
        [
            (
                "Has she self-harmed? Past cuts in 2023, and she now goes missing at weekends.",
                {"self_harm": "historical", "missing": "present"},
            ),
            ("Any fire setting? Possibly - a lighter was found.", {"fire_setting": "suspected"}),
            ("Any fire setting? No.", {"fire_setting": "none_known"}),
        ],
    )
    def test_a_reply_naming_another_risk_is_read_for_it_too(self, text, states):
        assert _states(text) == states

    def test_a_blank_question_among_answered_ones_is_a_gap_not_a_risk(self):
        draft = _draft(
            "Name: Jude Farrant\nDOB: 04/05/2011\nGender: Male\nPlacement: foster care\n\n"
            "Has he gone missing from home or care?: No\n"
            "Has he ever set fires deliberately?:\n"
            "Has he been cruel to animals or pets?:\n"
            "Has he drawn younger children into crime?:\n"
            "Please ring the duty desk if anything is unclear about the arrangements.\n"
        )
        risks = draft.referral["children"][0]["risks"]
        assert _state(risks, "to_child", "missing") == "none_known"
        for name in ("fire_setting", "harm_to_animals", "criminal_exploitation"):
            assert _state(risks, "to_others", name) == "not_stated"
        asked = {item.pointer for item in draft.missing}
        assert "/children/0/risks/to_others/fire_setting" in asked
        assert "/children/0/risks/to_others/harm_to_animals" in asked


def _block(text: str, kind: BlockKind = BlockKind.PARAGRAPH) -> Block:
    return Block(kind, text)


class TestExportedRiskRecords:
    def test_xml_risk_elements_become_rows_of_each_childs_part(self):
        text = (
            '<Child><Name>A</Name><Risks><Risk area="Going missing" status="Historic">ran '
            'off in 2023; nothing since</Risk><Risk area="Arson" status=""></Risk></Risks>'
            '</Child><Child><Risks><risk type="CSE" level="Alleged"/></Risks></Child>'
        )
        rows = [
            (b.label, b.text, b.location.part)
            for b in expand_risk_records([_block(text)])
            if b.label
        ]
        assert rows == [
            ("Going missing", "Historic - ran off in 2023; nothing since", "child 1"),
            ("Arson", "", "child 1"),
            ("CSE", "Alleged", "child 2"),
        ]

    def test_a_status_written_in_camel_case_is_read_as_words(self):
        (row,) = expand_risk_records(
            [_block('<Risk area="Eating" status="NoneIdentified"></Risk>')]
        )
        assert (row.label, row.text) == ("Eating", "None identified")

    def test_key_paths_give_status_and_note_per_child(self):
        text = (
            "case.ref=AB1 yp[0].risks.self_harm.status=CURRENT yp[0].risks.self_harm.note="
            "cuts weekly yp[1].risks.fire_setting.status=NONE yp[1].risks.fire_setting.note="
        )
        blocks = expand_risk_records([_block(text)])
        assert blocks[0].text == "case.ref=AB1"  # the rest of the line is kept
        rows = [(b.label, b.text, b.location.part) for b in blocks[1:]]
        assert rows == [
            ("Self harm", "CURRENT - cuts weekly", "child 1"),  # numbered from nought
            ("Fire setting", "NONE", "child 2"),
        ]

    @pytest.mark.parametrize(
        ("area", "label"),
        [
            ("cce_perpetrator", "Cce (risk to others)"),
            ("exploitation_of_others", "Exploitation (risk to others)"),
            ("cce_victim", "Cce"),
        ],
    )
    def test_a_role_in_the_key_says_whose_side_of_the_risk(self, area, label):
        (row,) = expand_risk_records([_block(f"child.1.risk.{area}.status=PAST")])
        assert row.label == label

    def test_text_without_records_is_left_alone(self):
        blocks = [_block("Family time: mum=weekly"), _block("<Placement>FC 2023</Placement>")]
        assert expand_risk_records(blocks) == blocks

    @pytest.mark.parametrize(
        ("line", "state"),
        [
            ('<Risk area="Fire setting" status="Current">set a bin alight</Risk>', "present"),
            ('<Risk area="Fire setting" status="Historic">in 2022</Risk>', "historical"),
            ('<Risk area="Fire setting" status="Alleged"></Risk>', "suspected"),
            ('<Risk area="Fire setting" status="NoneIdentified"></Risk>', "none_known"),
            ('<Risk area="Fire setting" status=""></Risk>', "not_stated"),
            ("child[1].risk.arson.status=PAST", "historical"),
            ("child[1].risk.arson.status=UNCONFIRMED", "suspected"),
            ("child[1].risk.arson.status=NONE", "none_known"),
        ],
    )
    def test_an_exported_record_is_read_as_the_childs_risk(self, line, state):
        draft = _draft(f"Name: Ola Birch\nDOB: 01/02/2012\nGender: Female\n\n{line}\n")
        risks = draft.referral["children"][0]["risks"]
        assert _state(risks, "to_others", "fire_setting") == state


class TestGuessAtWhoDidIt:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Nan found the hamster hurt and thinks Ollie did it", "harm_to_animals"),
            ("Carers wonder whether she started the fire in the shed", "fire_setting"),
            ("Police believe he set the car alight", "fire_setting"),
            ("The school wonders if he has been drinking at lunchtime", "drug_alcohol"),
        ],
    )
    def test_someones_guess_is_a_suspicion(self, text, name):
        assert _states(text).get(name) == "suspected" or answer_state(text, []) is (
            RiskState.SUSPECTED
        )

    def test_a_stated_act_stays_present(self):
        assert _states("He set fire to a bin in the park last week") == {"fire_setting": "present"}


class TestShortNamesInAList:
    @pytest.mark.parametrize(
        ("text", "names"),
        [
            (
                "I have no concerns about self-harm, eating, going missing or animals.",
                {"self_harm", "eating_disorder", "missing", "harm_to_animals"},
            ),
            (
                "No worries about fire setting, violence or eating.",
                {"fire_setting", "physical_harm", "eating_disorder"},
            ),
            ("No concerns about self-harm or eating.", {"self_harm", "eating_disorder"}),
        ],
    )
    def test_a_short_name_in_a_list_of_risks_names_its_risk(self, text, names):
        assert _states(text) == dict.fromkeys(names, "none_known")

    @pytest.mark.parametrize(
        "text", ["She likes eating out and going to the cinema.", "Animals: he loves the dog."]
    )
    def test_a_short_name_outside_a_list_of_risks_is_an_ordinary_word(self, text):
        assert "eating_disorder" not in _states(text)
        assert "harm_to_animals" not in _states(text)


SIBLINGS = (
    "Name: Ava Stone\nDOB: 03/03/2012\nGender: Female\n\n"
    "Name: Ben Stone\nDOB: 04/04/2015\nGender: Male\n\n"
)


class TestParagraphOpenedByOneChild:
    @pytest.mark.parametrize(
        "opening",
        ["Risks for Ben.", "Turning to Ben now.", "Ben.", "As for Ben, the worries are these."],
    )
    def test_the_paragraphs_risk_rows_are_that_childs(self, opening):
        draft = _draft(
            SIBLINGS + f"{opening} Self-harm: cuts his arms most weeks. Fire setting: none.\n"
        )
        ava, ben = draft.referral["children"]
        assert _state(ben["risks"], "to_child", "self_harm") == "present"
        assert _state(ava["risks"], "to_child", "self_harm") != "present"

    def test_an_opening_naming_both_children_keeps_the_rows_shared(self):
        draft = _draft(SIBLINGS + "Ava and Ben. Self-harm: none known. Fire setting: none.\n")
        for child in draft.referral["children"]:
            assert _state(child["risks"], "to_child", "self_harm") == "none_known"


class TestBlanketAndFormParts:
    @pytest.mark.parametrize(
        "sentence",
        [
            "I know of no risks at all for Ben, in any area.",
            "We know of no risks for Ben, in any of these areas.",
            "There are no risks whatsoever for Ben.",
        ],
    )
    def test_no_risks_in_any_area_denies_every_risk(self, sentence):
        draft = _draft("Name: Ben Stone\nDOB: 04/04/2015\nGender: Male\n\n" + sentence + "\n")
        risks = draft.referral["children"][0]["risks"]
        assert _state(risks, "to_child", "missing") == "none_known"
        assert _state(risks, "to_others", "fire_setting") == "none_known"

    @pytest.mark.parametrize(
        "text",
        [
            "I still haven't got her self-harm and eating answers from CAMHS.",
            "The CSE section is blank on the form we were sent.",
            "Waiting on the drugs and alcohol info from the YOT.",
        ],
    )
    def test_a_part_of_the_form_named_after_a_risk_is_not_the_risk(self, text):
        assert _states(text) == {}


class TestVerdictWithoutDetail:
    @pytest.mark.parametrize(
        "answer",
        ["Not confirmed but suspected", "Yes - current", "| Possibly", "Concern only", "Y"],
    )
    def test_verdicts_and_hedges_alone_describe_nothing(self, answer):
        assert only_a_verdict(answer)

    @pytest.mark.parametrize(
        "answer", ["Possibly - seen with older men", "Yes - kicks staff", "suspected cannabis"]
    )
    def test_an_answer_that_says_what_happened_is_a_detail(self, answer):
        assert not only_a_verdict(answer)

    def test_a_suspicion_answered_with_hedges_alone_asks_for_its_detail(self):
        draft = _draft(
            "Name: Cal Deane\nDOB: 05/06/2010\nGender: Male\n\n"
            "Drawing other young people into crime: Not confirmed but suspected\n"
        )
        risks = draft.referral["children"][0]["risks"]
        assert _state(risks, "to_others", "criminal_exploitation") == "suspected"
        asked = {item.pointer for item in draft.missing}
        assert "/children/0/risks/to_others/criminal_exploitation/detail" in asked
