"""Classes from training_h's logs, letters, prints and sibling cards, in my own words: a
child named surname-first in capitals, a birth line with gender and order, a profile in
the child's voice, an address a table cell wrapped, a call log's and a printed email's
date, a start hoped for after "ASAP", a start not fixed yet, a history row that is not
the request, a case number in a box beside another, family time kept per child in a
shared table, and history rows below their label.
"""

from __future__ import annotations

from datetime import date

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.dates import find_logged_dates
from hearth_referrals.documents.rules.history import family_time, no_contact
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.people import emails

TODAY = TEST_NOW.date()  # Monday 23 November 2026


def _read(text: str) -> dict:
    return read_referral_document(text.encode(), today=TODAY).referral


def _children(text: str) -> list[dict]:
    return _read(text).get("children") or []


class TestSurnameFirstInCapitals:
    @pytest.mark.parametrize(
        ("text", "first", "last"),
        [
            (
                "Date of referral: 18/11/2026\nQUIGLEY, Morven\nDOB 04/05/2013 - Female\n",
                "Morven",
                "Quigley",
            ),
            (
                "Date of referral: 18/11/2026\nAbout PENROSE, Tobias\nLegal status: S20\n",
                "Tobias",
                "Penrose",
            ),
            (
                "Date of referral: 18/11/2026\nFAIRHURST-BELL, Ada-Rose\nSchool: Elm Primary\n",
                "Ada-Rose",
                "Fairhurst-Bell",
            ),
            (
                "Date: 18/11/2026\nRe: Tomas VANCE\nTomas (VANCE, Tomas) - date of birth 2/3/14, male.\n",
                "Tomas",
                "Vance",
            ),
        ],
    )
    def test_the_child_is_named(self, text, first, last):
        child = _children(text)[0]
        assert (child.get("first_name"), child.get("last_name")) == (first, last)

    def test_a_second_name_line_is_a_sibling_with_their_own_details(self):
        children = _children(
            "Date of referral: 18/11/2026\n"
            "ASHWORTH, Kit\nDOB 01/01/2015 - Male - Section 20\nSchool: Oak Academy\n\n"
            "ASHWORTH, Nell\nDOB 02/02/2018 - Female - Interim care order\nSchool: Oak Infants\n"
        )
        assert [
            (c.get("first_name"), c.get("gender"), c.get("legal_status")) for c in children
        ] == [
            ("Kit", "male", "V2"),
            ("Nell", "female", "C1"),
        ]

    @pytest.mark.parametrize("line", ["CAMHS, Tier", "NHS, Wakefield", "ICO, Granted"])
    def test_a_service_or_order_in_capitals_is_no_child(self, line):
        children = _children(f"Date of referral: 18/11/2026\n{line}\n")
        assert not children or children[0].get("first_name") is None

    def test_known_as_in_brackets_after_the_name(self):
        child = _children("Date: 18/11/2026\nMORLAND, Frederick (known as Freddie)\n")[0]
        assert child.get("first_name") == "Frederick"
        assert child.get("known_as") == "Freddie"


class TestBirthLine:
    @pytest.mark.parametrize(
        ("line", "gender", "status"),
        [
            ("DOB 14.02.12 - Male - FCO", "male", "C2"),
            ("DOB 9-Mar-2011 - Female - Full Care Order", "female", "C2"),
            ("Date of birth 1/6/16, female, on an ICO.", "female", "C1"),
        ],
    )
    def test_gender_and_order_of_the_child(self, line, gender, status):
        child = _children(f"Date: 18/11/2026\nHALE, Robin\n{line}\n")[0]
        assert (child.get("gender"), child.get("legal_status")) == (gender, status)

    def test_a_parents_birth_gives_no_gender(self):
        child = _children("Date: 18/11/2026\nHALE, Robin\nDOB 14.02.1990 - Female\n")[0]
        assert child.get("gender") is None

    @pytest.mark.parametrize(
        ("after", "gender"), [("Gender: Female", "female"), ("Sex: Male", "male")]
    )
    def test_a_second_field_on_the_date_line(self, after, gender):
        child = _children(
            f"Date: 18/11/2026\nName: Robin Hale\nDate of birth: 3-Apr-2013 {after}\n"
        )[0]
        assert child.get("gender") == gender
        assert child.get("date_of_birth") == "2013-04-03"


class TestOwnVoice:
    @pytest.mark.parametrize(
        ("line", "first", "last", "known_as"),
        [
            ("My name is Rosalind Tate but I like to be called Roz.", "Rosalind", "Tate", "Roz"),
            ("My name is Idris Quayle and I am 12.", "Idris", "Quayle", None),
        ],
    )
    def test_the_profile_names_the_child(self, line, first, last, known_as):
        child = _children(f"All about me\n{line}\nLocal authority: Kent County Council\n")[0]
        assert (child.get("first_name"), child.get("last_name")) == (first, last)
        assert child.get("known_as") == known_as


class TestWrappedEmail:
    @pytest.mark.parametrize(
        ("text", "found"),
        [
            ("jo.pike@derby.exam ple.gov.uk", ["jo.pike@derby.example.gov.uk"]),
            ("01632 960000 sam.lowe@york.example.go v.uk", ["sam.lowe@york.example.gov.uk"]),
            ("ann@bury.example.gov. uk", ["ann@bury.example.gov.uk"]),
            ("kit@hull.gov.uk uk", ["kit@hull.gov.uk"]),  # whole already: left alone
            ("ring 01632 960000 or email ed@leeds.gov.uk today", ["ed@leeds.gov.uk"]),
        ],
    )
    def test_joined(self, text, found):
        assert emails(text) == found


class TestLoggedDate:
    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("Thu 19/11 14:20 by the duty officer", date(2026, 11, 19)),
            ("Sat 21/11 22:40", date(2026, 11, 21)),
            ("Wednesday 18/11", date(2026, 11, 18)),
            ("Fri 19/11", None),  # neither this year's nor last year's 19 November was a Friday
            ("12/11/2026", date(2026, 11, 12)),
        ],
    )
    def test_the_year_whose_day_fits(self, text, day):
        found = find_logged_dates(text, TODAY)
        assert (found[0].value if found else None) == day

    def test_a_call_log_is_dated_by_its_call(self):
        referral = _read(
            "TELEPHONE REFERRAL\nCall taken: Mon 16/11 10:05 by the placements officer\n"
            "Child: Robin Hale\nWhen: Friday 20/11\n"
        )
        assert referral.get("referral_date") == "2026-11-16"

    def test_a_printed_email_is_dated_by_its_first_sent_line(self):
        referral = _read(
            "Ana Bell\nFrom: Ana Bell <ana.bell@york.example.gov.uk>\n"
            "Sent: Tuesday, November 10, 2026 9:30 AM\nTo: Referrals\n"
            "Subject: Placement request\n\nName: Robin Hale\n\n"
            "From: Ana Bell <ana.bell@york.example.gov.uk>\n"
            "Sent: Monday, November 2, 2026 8:00 AM\n"
        )
        assert referral.get("referral_date") == "2026-11-10"

    def test_a_print_date_when_nothing_else_dates_it(self):
        assert (
            _read("CASE PRINT\nPrinted: 17 Nov 26\nName: Robin Hale\n").get("referral_date")
            == "2026-11-17"
        )


class TestStartAskedFor:
    @pytest.mark.parametrize(
        ("start", "urgency"),
        [
            # "ASAP" beside a day weeks on hurries the reply, it does not make an emergency;
            # nor are the dates an urgency (test_urgency_from_dates)
            ("ASAP - ideally Wednesday 9th", None),
            ("ASAP, no later than 04/12/2026", "emergency"),  # a deadline: as urgent as said
            ("ASAP - tonight if at all possible", "emergency"),
        ],
    )
    def test_asap_beside_a_day(self, start, urgency):
        placement = _read(f"Date of referral: 23/11/2026\nName: Robin Hale\nStart date: {start}\n")[
            "placement"
        ]
        assert placement.get("urgency") == urgency

    @pytest.mark.parametrize(
        "start",
        ["TBC - depends on the hearing on 30.11.26", "To be agreed at panel on 3/12/2026"],
    )
    def test_a_start_not_fixed_yet(self, start):
        placement = _read(f"Date of referral: 23/11/2026\nName: Robin Hale\nStart date: {start}\n")[
            "placement"
        ]
        assert placement.get("start_date") is None

    @pytest.mark.parametrize(
        ("sentence", "start"),
        [
            ("Could you offer a foster home for him w/c 30 Nov?", "2026-11-30"),
            (
                "Can you offer a long-term family, before Christmas (21/12/2026 latest).",
                "2026-12-21",
            ),
        ],
    )
    def test_a_start_in_a_letter(self, sentence, start):
        placement = _read(f"Date: 23/11/2026\nName: Robin Hale\n{sentence}\n")["placement"]
        assert placement.get("start_date") == start

    def test_an_earlier_move_is_no_start(self):
        placement = _read(
            "Date of referral: 23/11/2026\nName: Robin Hale\n"
            "He needed a placement on 20 October 2026 when his carers gave notice.\n"
        )["placement"]
        assert placement.get("start_date") is None

    def test_a_history_row_is_no_urgency(self):
        placement = _read(
            "Date of referral: 23/11/2026\nName: Robin Hale\n"
            "Placement history\n01/10/2026 | present | Emergency foster carers\n"
        )["placement"]
        assert placement.get("urgency") is None

    def test_let_me_know_today_is_no_urgency(self):
        placement = _read(
            "Date of referral: 23/11/2026\nName: Robin Hale\n"
            "We need a long-term foster family. Can you let me know today if you can help?\n"
        )["placement"]
        assert placement.get("urgency") != "emergency"


class TestReferenceInABox:
    @pytest.mark.parametrize(
        ("line", "reference"),
        [
            (
                "Local authority: York Council | ESCR no. YK 220519 | Date of referral 20/11/26",
                "YK 220519",
            ),
            (
                "Local authority: York Council | Child's Unique ID YRK0044 | Date of referral",
                "YRK0044",
            ),
        ],
    )
    def test_read(self, line, reference):
        assert _read(f"{line}\nName: Robin Hale\n").get("la_reference") == reference


class TestFamilyTimeWords:
    @pytest.mark.parametrize(
        ("text", "whom", "none_with"),
        [
            ("Nan fortnightly No contact with dad at his request.", ["nan"], ["dad"]),
            ("Birth father: letterbox once a year.", ["birth father"], []),
            ("Adoptive mum: weekly, supervised.", ["adoptive mum"], []),
        ],
    )
    def test_whom(self, text, whom, none_with):
        assert [item["with_whom"] for item in family_time(text) or []] == whom
        assert no_contact(text) == none_with


class TestSharedFamilyTable:
    def test_each_child_has_their_own_rows(self):
        children = _children(
            "Date of referral: 20/11/2026\n"
            "FENWICK, Iris\nDOB 01/01/2014 - Female\n\nFENWICK, Otto\nDOB 02/02/2017 - Male\n\n"
            "Family time\n"
            "With | Arrangement | Supervised | For\n"
            "Dad | Weekly at the contact centre | Supervised | Iris\n"
            "Dad | Weekly at the contact centre | Supervised | Otto\n"
            "Aunt | Monthly | Unsupervised | Iris\n"
        )
        whom = [[item["with_whom"] for item in c.get("family_time") or []] for c in children]
        assert whom == [["dad", "aunt"], ["dad"]]


class TestHistoryRowsBelowTheLabel:
    def test_every_row_counts(self):
        child = _children(
            "Date of referral: 20/11/2026\nName: Robin Hale\n"
            "Placements: 2020 - 2022: Foster carers\n2022 - 2024: Residential\n"
            "2024 - present: Foster carers\n"
        )[0]
        assert len(child.get("placement_history") or []) == 3


class TestPlacementsSoFar:
    @pytest.mark.parametrize(
        ("answer", "count"),
        [
            ("With her present carers since May 2025 - her third placement.", 3),
            ("Second placement (now in supported lodgings).", 2),
            ("This will be his fourth placement (three so far, including now).", 3),
        ],
    )
    def test_the_placement_now_counts(self, answer, count):
        child = _children(
            f"Date of referral: 20/11/2026\nName: Robin Hale\nPlacements: {answer}\n"
        )[0]
        assert child.get("previous_placements_count") == count


class TestAgeWhenBirthUnknown:
    def test_age_beside_an_unknown_birth(self):
        child = _children("Date: 21/11/2026\nCHILD: LOWRY, Tia   DOB not known (age 14)\n")[0]
        assert (child.get("first_name"), child.get("age_years")) == ("Tia", 14)


class TestWhatTheHomeIsLike:
    @pytest.mark.parametrize(
        ("asked", "setting"),
        [
            ("A foster family with no other children, long term.", "fostering"),
            ("Foster family with no pets please", "fostering"),
        ],
    )
    def test_no_in_the_description_rules_nothing_out(self, asked, setting):
        placement = _read(
            f"Date of referral: 20/11/2026\nName: Robin Hale\nPlacement needed: {asked}\n"
        )["placement"]
        assert placement.get("setting") == setting


class TestRunOnLines:
    def test_a_worker_sentence_run_on_to_a_labelled_line(self):
        referral = _read(
            "Date: 19/11/2026\nName: Robin Hale\n"
            "Family time: to be agreed at review Placements: 2 (current carers since 2024) "
            "The allocated social worker is Petra Lund (01632 960777, petra.lund@york.example.gov.uk), "
            "who will be your contact.\n"
        )
        worker = referral.get("social_worker") or {}
        assert (worker.get("name"), worker.get("email")) == (
            "Petra Lund",
            "petra.lund@york.example.gov.uk",
        )
        assert referral["children"][0].get("previous_placements_count") == 2

    def test_a_long_tbc_start_is_asked_for(self):
        draft = read_referral_document(
            b"Date of referral: 23/11/2026\nName: Robin Hale\n"
            b"Start date: TBC - depends on what the court decides at the hearing on 30.11.26\n",
            today=TODAY,
        )
        assert "/placement/start_date" in [item.pointer for item in draft.missing]


class TestHistoryTablePerCard:
    def test_each_childs_card_keeps_its_own_rows(self):
        children = _children(
            "Date of referral: 20/11/2026\n\nChild 1: FENWICK, Iris\nDate of birth: 01/01/2014\n"
            "From | To | Placement\n01.09.26 | present | Foster carers (both children)\n\n"
            "Child 2: FENWICK, Otto\nDate of birth: 02/02/2017\n"
            "From | To | Placement\n01.09.26 | present | Foster carers (both children)\n"
        )
        assert [len(c.get("placement_history") or []) for c in children] == [1, 1]


class TestShortBreaksAgreement:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Short breaks under s20 (agreed series; agreement signed)", "V4"),
            ("Short breaks - the agreement is in place for the series", "V4"),
            ("Short breaks under s20, each stay recorded", "V3"),
        ],
    )
    def test_code(self, text, code):
        assert [status.value for status in find_legal_statuses(text)] == [code]


class TestTwoNamedBeforeNoContact:
    @pytest.mark.parametrize(
        ("text", "people"),
        [
            (
                "Aunt monthly. Mother and father: whereabouts unknown, no contact.",
                ["mother", "father"],
            ),
            ("Mum & dad - no contact (court order).", ["mum", "dad"]),
            ("Nan weekly; no contact with dad.", ["dad"]),
        ],
    )
    def test_both(self, text, people):
        assert no_contact(text) == people


class TestOfferAsked:
    def test_a_letter_asking_whether_you_can_offer(self):
        placement = _read(
            "Date: 19/11/2026\nName: Robin Hale\n"
            "I am writing to ask whether you can offer a foster family for Robin.\n"
        )["placement"]
        assert placement.get("setting") == "fostering"


class TestUrgentSubjectWeeksAway:
    @pytest.mark.parametrize(
        ("start", "urgency"),
        [
            ("Monday 14th December", None),  # three weeks on: the word hurried the reply
            ("Tonight", "emergency"),
        ],
    )
    def test_dates_weigh_against_a_subjects_word(self, start, urgency):
        message = (
            "From: Ana Bell <ana.bell@york.example.gov.uk>\r\n"
            "To: placements@provider.example.org.uk\r\n"
            "Subject: Urgent referral - Robin H\r\n"
            "Date: Mon, 23 Nov 2026 09:00:00 +0000\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Hi, please see below.\r\nName: Robin Hale\r\nStart date: {start}\r\n"
        )
        draft = read_referral_document(message.encode(), today=TODAY)
        assert draft.referral["placement"].get("urgency") == urgency


class TestHistoryRowDatedInWords:
    def test_a_two_figure_year_in_words_is_a_row(self):
        child = _children(
            "Date of referral: 20/11/2026\nName: Robin Hale\n"
            "| From      | To        | Placement         |\n"
            "| 14 Feb 21 | 02 Jun 24 | Foster carers     |\n"
            "| 02 Jun 24 | present   | Residential home  |\n"
        )[0]
        assert len(child.get("placement_history") or []) == 2
