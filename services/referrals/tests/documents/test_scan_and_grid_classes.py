"""Case tables for the classes of error training_k's PDFs showed: paper forms scanned and
OCR'd (labels misread l/1, o/0, I/l), trackers printed from a spreadsheet (a bare
"History" column of counts, "ST"/"LT" durations), child protection conference summaries
and children's home notices. Every document here is written for the test."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.ocr_labels import (
    repair_answer_words,
    repair_label_words,
    repair_ocr_labels,
)
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.history import family_time, no_contact
from hearth_referrals.documents.rules.needs import placements_count

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY)


def _paragraphs(*lines: str) -> list[Block]:
    return [Block(BlockKind.PARAGRAPH, line) for line in lines]


class TestOcrLabelWords:
    @pytest.mark.parametrize(
        ("misread", "meant"),
        [
            ("Chi1d name", "Child name"),
            ("Date 0f birth", "Date of birth"),
            ("S0cia1 w0rker", "Social worker"),
            ("Te1", "Tel"),
            ("Sch001", "School"),
            ("Previ0us p1acements", "Previous placements"),
            ("RlSKS", "RISKS"),
            ("Missing fr0m h0me / MlSPER", "Missing from home / MISPER"),
            ("Carefirst lD", "Carefirst ID"),
            ("C0NTACT F0R REFERRAL", "CONTACT FOR REFERRAL"),
            ("a1c0h01 0r drugs", "alcohol or drugs"),
            # 1 read for i, rn for m: the reading that is a form's word
            ("Date 0f b1rth", "Date of birth"),
            ("Chi1d narne", "Child name"),
            ("Fami1y tirne", "Family time"),
            ("Ethn1city", "Ethnicity"),
        ],
    )
    def test_a_misread_label_word_is_repaired(self, misread, meant):
        assert repair_label_words(misread) == meant

    @pytest.mark.parametrize(
        "numbered", ["Q1", "A10", "S1 form", "Child 1 name", "Tier 2", "Corner shop", "Burnley"]
    )
    def test_a_numbering_is_no_misreading(self, numbered):
        assert repair_label_words(numbered) == numbered


class TestOcrLabelsOnlyInAScan:
    def test_values_keep_their_digits(self):
        blocks = repair_ocr_labels(
            _paragraphs(
                "Chi1d name : Ola Bright",
                "Ref : AB-10010",
                "Te1ephone : 01632 960101",
                "Hea1th : Inhaler for asthma",
            )
        )
        assert [block.text for block in blocks] == [
            "Child name : Ola Bright",
            "Ref : AB-10010",
            "Telephone : 01632 960101",
            "Health : Inhaler for asthma",
        ]

    def test_specks_before_a_scans_labels_are_dropped(self):
        blocks = repair_ocr_labels(
            _paragraphs(
                "~ Date : 18/11/2026",
                "' Chi1d name : Ola Bright",
                "| Te1ephone : 01632 960101",
                "Hea1th : Inhaler",
            )
        )
        assert [block.text for block in blocks] == [
            "Date : 18/11/2026",
            "Child name : Ola Bright",
            "Telephone : 01632 960101",
            "Health : Inhaler",
        ]

    def test_a_clean_form_with_numbered_labels_is_left_alone(self):
        lines = ("Child1 name: Ola", "Child2 name: Remi", "Sibling1 school: Elm Primary")
        assert [block.text for block in repair_ocr_labels(_paragraphs(*lines))] == list(lines)


_SCAN = """REFERRAL F0R PLACEMENT - {la}
Date : 18/11/2026
Case n0 : {ref}
S0cia1 w0rker : {worker}
Emai1 : {email}
Te1 : {phone}
P1acement type : {setting}
Chi1d name : {child}
Date 0f birth : {dob}
Gender : Female
Sch001 : {school}
Fami1y time : Dad fortnightly.
Previ0us p1acements : {history}
RlSKS
Se1f-harm : No
Ars0n / fire-setting : No
"""


class TestOcrScanReads:
    @pytest.mark.parametrize(
        ("la", "ref", "worker", "email", "phone", "setting", "child", "dob", "school", "count"),
        [
            (
                "DERBY CITY COUNCIL",
                "DCC-402211",
                "Maya Trent",
                "maya.trent@derby.example.gov.uk",
                "01632 960441",
                "Fostering",
                "Esme Vardy",
                "02/02/2014",
                "Allestree Park Academy",
                "2",
            ),
            (
                "WIGAN COUNCIL",
                "WG 117302",
                "Tom Ashurst",
                "tom.ashurst@wigan.example.gov.uk",
                "01632 960552",
                "Residential",
                "Poppy Lowe",
                "30/06/2011",
                "Standish High School",
                "3 - two foster homes and a residential",
            ),
        ],
    )
    def test_the_scans_labels_are_read(
        self, la, ref, worker, email, phone, setting, child, dob, school, count
    ):
        text = _SCAN.format(
            la=la,
            ref=ref,
            worker=worker,
            email=email,
            phone=phone,
            setting=setting,
            child=child,
            dob=dob,
            school=school,
            history=count,
        )
        referral = _read(text).referral
        assert referral["la_reference"] == ref
        assert referral["social_worker"]["name"] == worker
        assert referral["social_worker"]["email"] == email
        assert referral["placement"]["setting"] == setting.lower()
        first, last = child.split()
        read_child = referral["children"][0]
        assert (read_child["first_name"], read_child["last_name"]) == (first, last)
        assert read_child["school"]["name"] == school
        assert read_child["previous_placements_count"] == int(count[0])


class TestPlacementCountWithARemark:
    @pytest.mark.parametrize(
        ("value", "count"),
        [
            ("1 - emergency carer.", 1),
            ("2 \u2013 both with kinship carers", 2),
            ("4 - see chronology", 4),
            ("2 - 3 weeks", None),  # a range of time, not a count and a remark
        ],
    )
    def test_a_count_then_a_remark_is_the_count(self, value, count):
        assert placements_count(value) == count


class TestGridHistoryColumn:
    @pytest.mark.parametrize(
        ("label", "value", "count"),
        [
            ("History", "2", 2),
            ("Care history", "0", 0),
            ("History", "3 (two foster, one residential)", 3),
            ("Hist.", "1 - emergency carer", 1),
        ],
    )
    def test_a_bare_history_answered_with_a_number_is_the_count(self, label, value, count):
        text = (
            "Worker: Jo Pike\nChild: Ava Reed\nDOB: 01/01/2015\n"
            f"{label}: {value}\nSchool: Elm Primary\n"
        )
        assert _read(text).referral["children"][0]["previous_placements_count"] == count

    @pytest.mark.parametrize(
        "value", ["Mum has a history of low mood", "2 years of neglect at home", "None"]
    )
    def test_a_history_in_words_is_no_count(self, value):
        text = (
            "Worker: Jo Pike\nChild: Ava Reed\nDOB: 01/01/2015\n"
            f"History: {value}\nSchool: Elm Primary\n"
        )
        assert _read(text).referral["children"][0].get("previous_placements_count") is None


class TestDateTheSummaryWentOut:
    @pytest.mark.parametrize(
        ("line", "day"),
        [
            ("Summary circulated: 12th November 2026", "2026-11-12"),
            ("Minutes distributed: 13.11.2026", "2026-11-13"),
            ("Date circulated: 14/11/2026", "2026-11-14"),
            ("Outcome issued on: 15 Nov 2026", "2026-11-15"),
        ],
    )
    def test_the_day_a_conference_summary_went_out_dates_the_referral(self, line, day):
        text = f"Conference outcome\n{line}\nChild: Ava Reed\nDOB: 01/01/2015\n"
        assert _read(text).referral["referral_date"] == day

    @pytest.mark.parametrize(
        ("line", "day"),
        [
            ("LA request for a new placement dated 16/11/2026", "2026-11-16"),
            ("Our request for an alternative home was sent 17 November 2026.", "2026-11-17"),
            ("Request for a further placement dated 18.11.26", "2026-11-18"),
        ],
    )
    def test_a_request_dated_under_a_providers_notice_dates_the_referral(self, line, day):
        text = (
            "Notification of placement ending\nRegistered manager: Lee Hart\n"
            f"Placing social worker: Jo Pike, 01632 960111\n{line}\n"
            "Young person: Ava Reed\nDOB: 01/01/2010\n"
        )
        assert _read(text).referral["referral_date"] == day


class TestTomorrowWithItsDay:
    @pytest.mark.parametrize("start", ["tomorrow (17th)", "Tomorrow (Tue 17th)", "tomorrow (Tue)"])
    def test_tomorrow_with_its_day_in_brackets_is_the_day_after(self, start):
        text = f"Date of referral: 16/11/2026\nChild: Ava Reed\nDOB: 01/01/2015\nFrom: {start}\n"
        assert _read(text).referral["placement"]["start_date"] == "2026-11-17"


_RISK_FORM = "Child: Jaxon Reay\nDate of birth: 09/12/2015\nSelf-harm: No\n{line}\n"


def _risks(line: str) -> dict:
    child = _read(_RISK_FORM.format(line=line)).referral["children"][0]
    return {
        (group, name): value["state"]
        for group, named in child["risks"].items()
        for name, value in named.items()
    }


class TestAnothersRiskDeniedAsTheChilds:
    @pytest.mark.parametrize(
        ("line", "risk"),
        [
            (
                "Substance misuse: Dad's heroin use is the family's risk - not Jaxon's",
                ("to_child", "drug_alcohol"),
            ),
            (
                "Drugs / alcohol: Mother drinks heavily; not his",
                ("to_child", "drug_alcohol"),
            ),
            (
                "Violence to others: Victim of his stepfather's assaults; no violence from Jaxon",
                ("to_others", "physical_harm"),
            ),
            (
                "Criminal exploitation: his older brother deals cannabis, Jaxon is not involved",
                ("to_child", "criminal_exploitation"),
            ),
        ],
    )
    def test_the_childs_own_risk_is_none_known(self, line, risk):
        assert _risks(line)[risk] == "none_known"

    @pytest.mark.parametrize(
        ("line", "risk", "state"),
        [
            (
                "Violence to others: hit his mother twice this month - not his first time",
                ("to_others", "physical_harm"),
                "present",
            ),
            ("Drugs / alcohol: smokes cannabis daily", ("to_child", "drug_alcohol"), "present"),
        ],
    )
    def test_the_childs_own_risk_stays(self, line, risk, state):
        assert _risks(line)[risk] == state


class TestFamilyTimeWithAName:
    @pytest.mark.parametrize(
        ("text", "whom"),
        [
            ("Dad monthly; sister Lacey weekly.", ["dad", "sister lacey"]),
            ("Brother Kai fortnightly at the family centre", ["brother kai"]),
            ("Nan Saturdays; mum Monthly", ["nan", "mum"]),  # a day or a frequency, no name
            ("Mother weekly with Nia", ["mother"]),
        ],
    )
    def test_the_relation_keeps_the_name_given_beside_it(self, text, whom):
        assert [item["with_whom"] for item in family_time(text)] == whom


class TestNoContactWithSeveral:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            ("No contact with father or father's partner.", ["father", "father's partner"]),
            ("No contact with mum, stepdad or uncle", ["mum", "stepdad", "uncle"]),
            ("No contact with father (bail) and mum weekly", ["father"]),
            ("Groomed online by Shane Tully; no contact with him", ["shane tully"]),
            ("Exploited by Cole Marsh (19), she must not have contact with him", ["cole marsh"]),
        ],
    )
    def test_everyone_named_is_kept(self, text, people):
        assert no_contact(text) == people

    @pytest.mark.parametrize(
        ("line", "person"),
        [
            (
                "Child sexual exploitation: exploited by Ryan Kemp (24); no contact with him",
                "ryan kemp",
            ),
            ("CCE: runs for Jay Doyle's line - no contact with Jay Doyle", "jay doyle"),
        ],
    )
    def test_a_no_contact_said_in_a_risks_answer_is_kept(self, line, person):
        child = _read(_RISK_FORM.format(line=line)).referral["children"][0]
        assert person in [name.lower() for name in child["no_contact_with"]]


class TestTrackerShorthandDuration:
    @pytest.mark.parametrize(
        ("cell", "duration"), [("ST", "short_term"), ("LT", "long_term"), ("LTF", "long_term")]
    )
    def test_a_duration_cell_in_shorthand_is_read(self, cell, duration):
        assert [str(value) for value in values.read_choice("duration", cell)] == [duration]

    @pytest.mark.parametrize("text", ["1st", "St Mary's", "Walt"])
    def test_the_letters_inside_words_are_no_duration(self, text):
        assert values.read_choice("duration", text) == []


class TestWhoTheChildCanLiveWithIsNoDenial:
    @pytest.mark.parametrize(
        ("line", "risk", "state"),
        [
            (
                "Harmful sexual behaviour: touched a younger girl at school in October - "
                "assessment advises no younger children in the home",
                ("to_others", "sexual_harm"),
                "present",
            ),
            (
                "Violence to others: hits out at peers, needs a home with no other children",
                ("to_others", "physical_harm"),
                "present",
            ),
            ("Fire setting: no", ("to_others", "fire_setting"), "none_known"),
        ],
    )
    def test_the_risk_keeps_its_state(self, line, risk, state):
        assert _risks(line)[risk] == state


_HOME_NOTICE = """NOTICE OF PLACEMENT ENDING (28-day notice)
Registered manager: Lee Hart
Placing social worker: Jo Pike, jo.pike@anyshire.example.gov.uk
Young person: Ava Reed
DOB: 01/01/2010
Family time: {family_time}
Placement history: {history}
"""


def _questions(text: str) -> set[str]:
    return {item.pointer for item in _read(text).missing}


class TestGapsInAHomesNotice:
    @pytest.mark.parametrize(
        "family_time",
        [
            "Family time under review by the court.",
            "Contact to be discussed at the LAC review",
            "Currently under review",
        ],
    )
    def test_family_time_under_review_is_asked(self, family_time):
        text = _HOME_NOTICE.format(family_time=family_time, history="Two foster placements")
        assert "/children/0/family_time" in _questions(text)

    def test_family_time_given_is_not_asked(self):
        text = _HOME_NOTICE.format(family_time="Mum weekly", history="Two foster placements")
        assert "/children/0/family_time" not in _questions(text)

    def test_a_blank_history_under_a_notice_of_ending_is_asked(self):
        text = _HOME_NOTICE.format(family_time="Mum weekly", history="")
        assert "/children/0/placement_history" in _questions(text)

    def test_a_placement_ending_said_of_the_child_still_answers(self):
        text = "Child: Ava Reed\nDOB: 01/01/2010\nAva's current placement is ending on Friday.\n"
        assert "/children/0/placement_history" not in _questions(text)


class TestSeenBySomeoneElse:
    @pytest.mark.parametrize(
        ("line", "state"),
        [
            ("Self-harm: cuts on her thighs noticed by carer", "present"),
            ("Self-harm: fresh marks on his arms seen by his mum at contact", "present"),
            ("Self-harm: scratches on her wrist spotted by the school nurse", "present"),
            ("Self-harm: scratches noticed by carer - she says the dog did it", "suspected"),
            ("Self-harm: bruised knuckles, he claims it was an accident at football", "suspected"),
            ("Self-harm: he says he cuts when he is angry", "present"),
        ],
    )
    def test_who_saw_it_is_not_whose_it_is(self, line, state):
        assert _risks(line)[("to_child", "self_harm")] == state


class TestAScanWithSpecksAndRnForM:
    def test_every_label_is_read(self):
        text = (
            "REFERRAL F0R PLACEMENT\n~ Date : 18/11/2026\n' Case n0 : WG 117302\n"
            "S0cia1 w0rker : Tom Ashurst\n| Chi1d narne : Poppy Lowe\n"
            "Date 0f b1rth : 30/06/2011\nFami1y tirne : Dad fortnightly.\n"
        )
        referral = _read(text).referral
        child = referral["children"][0]
        assert referral["referral_date"] == "2026-11-18"
        assert referral["social_worker"]["name"] == "Tom Ashurst"
        assert (child["first_name"], child["date_of_birth"]) == ("Poppy", "2011-06-30")
        assert [item["with_whom"] for item in child["family_time"]] == ["dad"]


class TestOcrAnswersInWords:
    @pytest.mark.parametrize(
        ("label", "answer", "meant"),
        [
            ("Child name", "Esme 0rchard", "Esme Orchard"),
            ("Social worker", "1mran Shah", "Imran Shah"),
            ("Gender", "Fema1e", "Female"),
            ("School", "Wood1ands Primary", "Woodlands Primary"),
        ],
    )
    def test_a_misread_word_in_a_words_answer_is_repaired(self, label, answer, meant):
        assert repair_answer_words(label, answer) == meant

    @pytest.mark.parametrize(
        ("label", "answer"),
        [
            ("Case no", "AB-10010"),
            ("Ref", "CP1001x"),
            ("Family time", "Mum Saturdays 10am, 1st Sunday of the month"),
            ("Legal status", "S20"),
            ("Email", "jo.b1@anyshire.example.gov.uk"),
        ],
    )
    def test_references_times_and_codes_keep_their_digits(self, label, answer):
        assert repair_answer_words(label, answer) == answer
