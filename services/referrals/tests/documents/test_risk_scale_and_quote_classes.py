"""Case tables for the risk classes training_u's writer showed, each written here in new
words: a risk grid whose columns are the rungs of a graded scale ("Level 3 current ...
Level 0 none", "Tier 2 - past"), read by the rung's word, a worry word alone being the
rung of a suspicion; and the homes an agency offers ("Carers B (Hull): skilled with teenagers
who go missing", "Proposed carers: experience of exploitation"), whose risk words are what
the carers can manage, not the child's risks; and a verdict that only reports or doubts
("Reported, not seen", "Not sure, a worry"), which is a suspicion; and a
line of clipped risk names under a "Risks:" heading ("Risks: SH - N. CCE - N. ..."), whose first
item counts like the rest; and a list of risks each with its state in brackets after its
name ("- arson (historic) a shed in 2022", "* eating (none)"); and a cell or paragraph of risk lines
without full stops ("drugs - yes now - most days" over "food / eating - no"), each line its
own item, not the wrapped end of the line above; and the short names forms give to drawing
others into crime ("involving of others in crime", "pulling peers in"), to sexualised
harm, to eating ("eating behaviours", hoarding food) and to self-harm ("harm to self"); and a sentence about a named adult ("Kerry Vance (31) ... She uses cocaine"), with those
that go on about her by pronoun, which is the adult's risk, not the child's; and a long question left unanswered ("Q. ... ?" over
an empty "A."), which is a gap, not the next question wrapped into its answer. Every document is written for this test."""

from __future__ import annotations

import pytest
from builders import email, grid_docx
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.risk_words import risk_terms
from hearth_referrals.documents.rules.scale_headers import scale_words, verdict_in_brackets

TODAY = TEST_NOW.date()
FACTS = [("Child's name", "Maisie Harcourt"), ("Date of birth", "14/06/2012")]


def _states(data: bytes, filename: str) -> dict[str, str]:
    child = read_referral_document(data, filename=filename, today=TODAY).referral["children"][0]
    return {
        name: risk["state"] for group in child["risks"].values() for name, risk in group.items()
    }


class TestGradedScaleColumns:
    @pytest.mark.parametrize(
        ("header", "rows", "wanted"),
        [
            (
                [
                    "Area of risk",
                    "Level 3 current",
                    "Level 2 historic",
                    "Level 1 concern",
                    "Level 0 none",
                    "What we know",
                ],
                [
                    ["Cutting or burning herself", "", "", "X", "", "marks seen on her wrist once"],
                    ["Running away", "X", "", "", "", "gone overnight twice this month"],
                    ["Setting fires", "", "X", "", "", "lit paper in a bin in 2023"],
                    ["Cruelty to animals", "", "", "", "X", ""],
                ],
                {
                    "self_harm": "suspected",
                    "missing": "present",
                    "fire_setting": "historical",
                    "harm_to_animals": "none_known",
                },
            ),
            (
                ["Risk", "Tier 2 - now", "Tier 1 - past", "Tier 0 - no concern", "Notes"],
                [
                    ["Drugs or alcohol", "", "✓", "", "drank heavily in 2024, stopped"],
                    ["Going missing", "", "", "✓", ""],
                    ["Sexual exploitation", "✓", "", "", "older men contacting her online"],
                ],
                {
                    "drug_alcohol": "historical",
                    "missing": "none_known",
                    "sexual_exploitation": "present",
                },
            ),
        ],
    )
    def test_each_rung_reads_as_its_word(self, header, rows, wanted) -> None:
        states = _states(grid_docx(header, rows, FACTS), "scale.docx")
        assert {name: states.get(name, "not_stated") for name in wanted} == wanted

    @pytest.mark.parametrize(
        ("header", "wanted"),
        [
            (
                ["Risk", "Level 2 current", "Level 1 worry", "Level 0 none"],
                ["Risk", "current", "suspected", "none"],
            ),
            (
                ["Risk", "3: active", "2: past", "1: some concern", "0: no concern"],
                ["Risk", "active", "past", "suspected", "none"],
            ),
            # not a scale: one number is a column's own name, not a rung
            (["Risk", "Yes", "No", "Year 7 concern"], ["Risk", "Yes", "No", "Year 7 concern"]),
            (["Risk", "Concern", "None"], ["Risk", "Concern", "None"]),
        ],
    )
    def test_scale_words(self, header, wanted) -> None:
        assert scale_words(header) == wanted


class TestHomesOnOffer:
    @pytest.mark.parametrize(
        "offer",
        [
            "- Carers B (Hull): teenagers only, skilled with young people who go missing",
            "Household 3: solo placement, used to exploitation and knife crime",
            "Proposed carers: long experience of self-harm and fire setting",
            "Available homes - one bed, can manage substance misuse",
        ],
    )
    def test_a_homes_risk_words_are_not_the_childs(self, offer) -> None:
        body = (
            "Hello,\n\nCould you look at this one for me?\n\n"
            "Name: Toby Ashworth\nDate of birth: 09/09/2012\nGender: Male\n"
            "Risks: none known\n\n"
            f"From your bulletin last week.\n{offer}\n\nThanks,\nRowan\n"
        )
        states = _states(email(body), "offer.eml")
        assert "present" not in states.values()

    def test_the_childs_own_line_still_counts(self) -> None:
        body = (
            "Name: Toby Ashworth\nDate of birth: 09/09/2012\nGender: Male\n"
            "Home: he has gone missing from home three times this month\n"
            "Carers A: experienced with exploitation\n"
        )
        states = _states(email(body), "own.eml")
        assert states.get("missing") == "present"
        assert states.get("criminal_exploitation", "not_stated") != "present"
        assert states.get("sexual_exploitation", "not_stated") != "present"


class TestReportedOrDoubtedIsSuspected:
    @pytest.mark.parametrize(
        ("line", "name"),
        [
            ("Going missing: Reported, not seen - a neighbour says he is out at 2am", "missing"),
            ("Fire setting: told us, not witnessed - matches under the bed", "fire_setting"),
            (
                "Criminal exploitation: Unsure, but a concern - new trainers and cash",
                "criminal_exploitation",
            ),
            ("Cutting herself: not sure; some worry - long sleeves in summer", "self_harm"),
            ("Drugs or alcohol: told us, not seen - says he smokes with friends", "drug_alcohol"),
        ],
    )
    def test_a_reported_or_doubted_risk_is_suspected(self, line, name) -> None:
        body = f"Name: Kelsey Brannan\nDate of birth: 02/05/2011\nGender: Female\n{line}\n"
        assert _states(email(body), "hedged.eml").get(name) == "suspected"

    def test_a_seen_risk_stays_present(self) -> None:
        body = (
            "Name: Kelsey Brannan\nDate of birth: 02/05/2011\nGender: Female\n"
            "Going missing: Yes - reported missing twice this week\n"
        )
        assert _states(email(body), "seen.eml").get("missing") == "present"


class TestClippedRiskListUnderAHeading:
    @pytest.mark.parametrize(
        ("line", "wanted"),
        [
            (
                "Risks: SH - no. CSE - no. fire - no. animals - query, chased the cat.",
                {
                    "self_harm": "none_known",
                    "fire_setting": "none_known",
                    "harm_to_animals": "suspected",
                },
            ),
            (
                "Known risks: eating - N. MFH - Y, out overnight on Friday. SH - N.",
                {"eating_disorder": "none_known", "missing": "present", "self_harm": "none_known"},
            ),
        ],
    )
    def test_the_first_item_is_read(self, line, wanted) -> None:
        body = f"Name: Jade Okonjo\nDate of birth: 11/11/2013\nGender: Female\n{line}\n"
        states = _states(email(body), "clipped.eml")
        assert {name: states.get(name, "not_stated") for name in wanted} == wanted


class TestStateInBracketsAfterTheName:
    def test_each_bullet_is_its_own_risk(self) -> None:
        body = (
            "Name: Dominic Fairweather\nDate of birth: 30/03/2010\nGender: Male\n\n"
            "What worries us:\n"
            "* going missing (current) out until 4am three times this fortnight\n"
            "* arson (historic) burnt a garden shed in 2022, nothing since\n"
            "* eating (none)\n"
            "* drugs (suspected) smelt of cannabis after weekends away\n"
        )
        states = _states(email(body), "brackets.eml")
        assert {
            name: states.get(name, "not_stated")
            for name in ("missing", "fire_setting", "eating_disorder", "drug_alcohol")
        } == {
            "missing": "present",
            "fire_setting": "historical",
            "eating_disorder": "none_known",
            "drug_alcohol": "suspected",
        }

    @pytest.mark.parametrize(
        ("line", "wanted"),
        [
            ("arson (historic) a shed in 2022", ("arson", "historic - a shed in 2022")),
            ("eating (none)", ("eating", "none")),
            # the bracket is no verdict, or the name no risk: not this layout
            ("self-harm (see chronology) cut arms", None),
            ("Leeds (current placement) since May", None),
        ],
    )
    def test_verdict_in_brackets(self, line, wanted) -> None:
        assert verdict_in_brackets(line) == wanted


class TestRiskLinesWithoutFullStops:
    def test_each_line_is_its_own_item(self) -> None:
        lines = (
            "What we know about the risks:\n"
            "hurting himself - no\n"
            "drugs - yes now - skunk most days\n"
            "food / eating - no\n"
            "running away - before, not now - 6 times in 2024, nothing since June\n"
            "violence - yes now - punched a teacher last week\n"
            "arson - no"
        )
        states = _states(grid_docx(["Child", "Update"], [["Harvey", lines]], FACTS), "l.docx")
        assert {
            name: states.get(name, "not_stated")
            for name in ("drug_alcohol", "eating_disorder", "missing", "physical_harm")
        } == {
            "drug_alcohol": "present",
            "eating_disorder": "none_known",
            "missing": "historical",
            "physical_harm": "present",
        }


class TestShortNamesForOthersRisks:
    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("Any involving of others in crime?", ("to_others", "criminal_exploitation")),
            ("pulling peers in", ("to_others", "criminal_exploitation")),
            ("dragging younger children into offending", ("to_others", "criminal_exploitation")),
            ("sexualised harm to others", ("to_others", "sexual_harm")),
            ("Eating behaviours", ("to_child", "eating_disorder")),
            ("Risk of injury to self", ("to_child", "self_harm")),
            ("Harm to self", ("to_child", "self_harm")),
            ("keeps hoarding food under the bed", ("to_child", "eating_disorder")),
        ],
    )
    def test_the_short_name_names_the_risk(self, name, key) -> None:
        assert key in [found for found, _match in risk_terms(name)]

    @pytest.mark.parametrize("text", ["bringing others in the car", "pulling others in the photo"])
    def test_other_company_is_no_such_risk(self, text) -> None:
        assert ("to_others", "criminal_exploitation") not in [k for k, _m in risk_terms(text)]


class TestANamedAdultsSentences:
    @pytest.mark.parametrize(
        "paragraph",
        [
            "Kerry Vance (31) came to the hostel in October. She uses cocaine most weekends.",
            "Dean Marsh, aged 44, is the baby's father. He has convictions for assault.",
        ],
    )
    def test_the_adults_risks_are_not_the_childs(self, paragraph) -> None:
        body = (
            "Name: Ruby Vance\nDate of birth: 02/02/2015\nGender: Female\n"
            "Risks: none known\n\n"
            f"{paragraph}\n\nThanks,\nRowan\n"
        )
        assert "present" not in _states(email(body), "adult.eml").values()

    def test_the_childs_own_sentence_after_still_counts(self) -> None:
        body = (
            "Name: Ruby Vance\nDate of birth: 02/02/2015\nGender: Female\n\n"
            "Kerry Vance (31) is Ruby's mother. She drinks heavily. "
            "Ruby has run away from school twice this week.\n"
        )
        states = _states(email(body), "adult2.eml")
        assert states.get("missing") == "present"
        assert states.get("drug_alcohol", "not_stated") != "present"


class TestLongQuestionLeftUnanswered:
    def test_the_next_question_is_not_its_answer(self) -> None:
        text = (
            "Referral typed by business support\n"
            "Child's name ..... Oksana Melnyk\n"
            "Date of birth ..... 19/08/2012\n"
            "Q. Is there any worry that she is made to carry or sell drugs for older people?\n"
            "A.\n"
            "Q. Does she drink alcohol or take drugs herself?\n"
            "A.\n"
            "Q. Has she ever run away from where she was staying?\n"
            "A. NO\n"
        )
        states = _states(text.encode(), "typed.txt")
        assert states.get("drug_alcohol", "not_stated") == "not_stated"
        assert states.get("criminal_exploitation", "not_stated") == "not_stated"
        assert states.get("missing") == "none_known"
