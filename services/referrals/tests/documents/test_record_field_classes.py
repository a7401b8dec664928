"""Records LAs send instead of a referral form (meeting records, notices to a host
authority, review records, interview forms, message pads, workbook exports): the labels
they use for the request's own facts. Each label and document is written for this test.
"""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks
from hearth_referrals.documents.rules.history import family_time, history_from_text
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.people import looks_like_name


def _read(text: str):
    return read_referral_document(text.encode(), filename="record.txt", today=TEST_NOW.date())


class TestTheRecordsOwnLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            # the day the paper went to the placements team is the referral's date
            ("Record sent to placements", "referral_date"),
            ("Minutes passed to commissioning", "referral_date"),
            ("Form forwarded to the placements team", "referral_date"),
            ("Recorded on", "referral_date"),
            ("Typed on", "referral_date"),
            # when the move is wanted
            ("Start wanted", "start_date"),
            ("Move needed by", "start_date"),
            ("Placement required from", "start_date"),
            ("Admission", "start_date"),
            ("Planned admission date", "start_date"),
            ("To start", "start_date"),
            # every home so far, the current one with them
            ("Current and past homes", "history"),
            ("Previous and current placements", "history"),
            ("Past carers", "history"),
            # whom the child must not see is not family time
            ("No contact with", "no_contact"),
            ("Not to have contact with", "no_contact"),
            ("Is not to see", "no_contact"),
            ("Contact with", "family_time"),
            # what is being searched for is the setting
            ("Placement search", "setting"),
            ("Search for", "setting"),
            # the authority written to is not the placing one
            ("Notification to Kent County Council", None),
            ("FAO Essex County Council", None),
            ("Letter to Medway Council", None),
            ("Placing authority", "la"),
        ],
    )
    def test_a_label_asks_for_its_field(self, label, field):
        assert field_for(label) == field


class TestANoticeToAHostAuthority:
    def test_the_placing_authority_refers_not_the_host(self):
        text = (
            "Royal Borough of Greenwich\n"
            "Notification to Surrey County Council: a child placed in your area\n"
            "Date: 02/11/2026\n"
            "Our reference: GRN-44120\n"
            "Child: Amara Bello\nDOB: 04/05/2013\n"
        )
        draft = _read(text)
        assert draft.la_code.value == "E09000011"  # Greenwich, not Surrey


class TestAMeetingRecord:
    def test_the_day_it_went_to_placements_is_the_referral_date(self):
        text = (
            "Placement ending meeting\n"
            "Meeting held: Monday 9 November 2026\n"
            "Minutes passed to commissioning: 11 November 2026\n"
            "Child: Jasper Quint\nDOB: 12/02/2014\n"
            "Start wanted: Monday 16 November 2026\n"
            "Current and past homes: Mrs Ade, 2022 - 2024; Mr and Mrs Holt, 2024 - now\n"
            "Not to have contact with: Darren Quint\n"
        )
        draft = _read(text)
        referral = draft.referral
        assert referral["referral_date"] == "2026-11-11"
        assert referral["placement"]["start_date"] == "2026-11-16"
        child = referral["children"][0]
        assert len(child["placement_history"]) == 2
        assert child["no_contact_with"] == ["darren quint"]
        assert not child.get("family_time")


def test_an_email_notice_is_read_the_same_way():
    body = (
        "Notification to Luton Borough Council\n"
        "Placing authority: Bedford Borough Council\n"
        "Child: Kai Dunmore\nDOB: 01/01/2012\n"
    )
    draft = read_referral_document(email(body), today=TEST_NOW.date())
    assert draft.la_code.value == "E06000055"  # Bedford


class TestFamilyTimeInOtherWords:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # the sibling named first is whose arrangement it copies, not whom it is with
            ("Same as his sister: alternate Saturdays with father", [("father", "fortnightly")]),
            ("same as her brother Leo - mum weekly", [("mum", "weekly")]),
            # holidays only is a few times a year; a half-sibling keeps the "half"
            ("Half-brother Kyle during school holidays", [("half-brother kyle", "less_often")]),
            (
                "Dad fortnightly; half sister Mia over the holidays",
                [("dad", "fortnightly"), ("half sister mia", "less_often")],
            ),
        ],
    )
    def test_whom_and_how_often(self, text, expected):
        found = family_time(text)
        assert [(item["with_whom"], item["frequency"].value) for item in found] == expected

    @pytest.mark.parametrize(
        ("sentence", "none"),
        [
            ("Taken into police protection at 21:10. No family time while in PP.", True),
            ("Emergency protection order granted. No contact with the family until court.", True),
            ("No family time with dad; mum sees her weekly.", False),
        ],
    )
    def test_a_sentence_saying_there_is_none_for_now(self, sentence, none):
        text = f"Child: Rosa Marlow\nDOB: 03/03/2015\n\n{sentence}\n"
        child = _read(text).referral["children"][0]
        if none:
            assert child["family_time"] == []
        else:
            assert child.get("family_time") != []


_PAD = """TELEPHONE MESSAGE
FOR:    Placements duty
DATE:   Tue 10/11/2026   TIME: 14:20
FROM:   {caller}
OF:     Wigan Council
TEL:    01632 960771

MESSAGE:
Planned short-term foster home for Elsie Brook, DOB 05/05/2016.
Interim care order. Ref WG-88120. {start}
{school}
Currently: kinship carer (aunt), 2025 \u2013 now (her only placement).
{unknown}
elsie's worker email: {email}
Taken by: Dev (reception)
"""


class TestATelephoneMessagePad:
    def _draft(
        self,
        caller="Nadia Rahman (SW)",
        start="From 16th Nov.",
        unknown="",
        school="Lowton Primary School \u2013 must stay.",
    ):
        text = _PAD.format(
            caller=caller,
            start=start,
            unknown=unknown,
            school=school,
            email="nadia.rahman@wigan.example.gov.uk",
        )
        return _read(text)

    @pytest.mark.parametrize(
        "caller",
        ["Nadia Rahman (SW)", "Nadia Rahman, SW", "Nadia Rahman (child's social worker, at home)"],
    )
    def test_the_caller_named_as_the_worker_is_the_worker(self, caller):
        worker = self._draft(caller=caller).referral["social_worker"]
        assert worker["name"] == "Nadia Rahman"

    def test_a_caller_of_another_role_is_not_the_worker(self):
        worker = self._draft(caller="Nadia Rahman (IRO)").referral.get("social_worker") or {}
        assert worker.get("name") != "Nadia Rahman"

    @pytest.mark.parametrize(
        ("start", "expected"),
        [
            ("From 16th Nov.", "2026-11-16"),
            ("Starting Monday 16 November 2026.", "2026-11-16"),
            ("To start on 30/11/2026.", "2026-11-30"),
        ],
    )
    def test_a_sentence_giving_only_when_is_the_start(self, start, expected):
        assert self._draft(start=start).referral["placement"]["start_date"] == expected

    def test_the_message_lines_are_the_placement_and_the_child(self):
        draft = self._draft()
        placement = draft.referral["placement"]
        assert placement["duration"] == "short_term"
        child = draft.referral["children"][0]
        assert child["school"] == {"name": "Lowton Primary School", "must_stay": True}
        assert child["previous_placements_count"] == 1

    def test_what_the_caller_did_not_know_stays_a_question(self):
        draft = self._draft(school="", unknown="Don't know school or placements: will ring back.")
        assert not (draft.referral["children"][0].get("school") or {}).get("name")
        assert "/children/0/school" in {item.pointer for item in draft.missing}


_TRANSCRIPT = """Matching call - Wirral / Harbour Fostering
Tuesday, 17 November 2026 - 11:30
22m 10s

Priya Shah (Harbour Fostering)   0:03
Recording's started. Go ahead when you're ready.

Tom Whitley   0:09
Thanks. It's for Noah Pike, date of birth 2 May 2012, a boy. Section 20.

Priya Shah (Harbour Fostering)   0:40
Legal?

Tom Whitley   0:44
Section 20 with mum's agreement. We want a long-term foster home from Monday 30th, our reference is WIR-551902, and he's been with the Carrs since 2024.

Priya Shah (Harbour Fostering)   1:10
School?

Tom Whitley   1:12
Noah's at Calday Grange Grammar School.

Priya Shah (Harbour Fostering)   20:40
Can you put your details in?

Tom Whitley   20:45
Sure, it's tom.whitley@wirral.example.gov.uk and my mobile is 0151 496 0777.
"""


class TestAMeetingTranscript:
    def test_the_speaker_turns_are_read_as_messages(self):
        draft = _read(_TRANSCRIPT)
        referral = draft.referral
        assert referral["referral_date"] == "2026-11-17"
        assert referral["social_worker"] == {
            "name": "Tom Whitley",
            "email": "tom.whitley@wirral.example.gov.uk",
            "phone": "0151 496 0777",
        }

    def test_a_spoken_answer_says_more_than_it_was_asked(self):
        referral = _read(_TRANSCRIPT).referral
        assert referral["la_reference"] == "WIR-551902"
        assert referral["placement"]["start_date"] == "2026-11-30"
        assert referral["placement"]["duration"] == "long_term"

    def test_a_school_said_aloud(self):
        child = _read(_TRANSCRIPT).referral["children"][0]
        assert child["school"]["name"] == "Calday Grange Grammar School"


def _forward(outer: str, quoted: str) -> bytes:
    return email(f"{outer}\n\n-----Original Message-----\n{quoted}")


class TestWhoIsTheWorkerInAForward:
    def test_a_units_worker_signing_the_quoted_note_is_not_the_childs(self):
        quoted = (
            "From: Ruth Ames <ruth.ames@example.gov.uk>\nSent: Monday, November 16, 2026\n"
            "Subject: Release plan\n\nDear Sam,\n\nMs Jay is due for release next month.\n\n"
            "Kind regards\nRuth Ames\nHospital Social Worker\nSt Elm Hospital\n01632 960555\n"
        )
        outer = "Please see below. I am the baby's allocated social worker.\n\nBaby: Ivy Jay"
        worker = read_referral_document(
            _forward(outer, quoted), today=TEST_NOW.date()
        ).referral.get("social_worker")
        assert (worker or {}).get("name") != "Ruth Ames"

    @pytest.mark.parametrize(
        "signature",
        [
            "Regards\nOwen Price\nOffender Manager\nProbation Service\n01632 960551",
            "Regards\nOwen Price\nMBU Manager\nHMP Eastwood\n01632 960551",
        ],
    )
    def test_probation_and_prison_staff_sign_as_someone_else(self, signature):
        quoted = f"From: Owen Price <owen.price@example.gov.uk>\nSubject: Release\n\nHi,\n\n{signature}\n"
        draft = read_referral_document(
            _forward("Forwarding the prison's note.\n\nBaby: Ivy Jay", quoted),
            today=TEST_NOW.date(),
        )
        assert (draft.referral.get("social_worker") or {}).get("name") != "Owen Price"

    def test_forwarding_for_the_babys_worker_takes_her_details_from_the_chain(self):
        outer = (
            "Forwarding on behalf of Mina Patel, the baby's social worker (copied in).\n\n"
            "Baby: Ivy Jay\n\nTom Reed\nPlacements Officer\nTel: 01632 960400\n"
            "tom.reed@county.example.gov.uk"
        )
        quoted = (
            "From: Ruth Ames <ruth.ames@example.gov.uk>\nSubject: Release\n\nDear Mina,\n\n"
            "Mina Patel, 01632 960321, mina.patel@county.example.gov.uk.\n"
        )
        worker = read_referral_document(_forward(outer, quoted), today=TEST_NOW.date()).referral[
            "social_worker"
        ]
        assert worker == {
            "name": "Mina Patel",
            "email": "mina.patel@county.example.gov.uk",
            "phone": "01632 960321",
        }

    @pytest.mark.parametrize(
        "team", ["Care Leavers and 16+", "Fostering and Adoption", "Looked After Children"]
    )
    def test_a_team_after_the_role_is_not_a_name(self, team):
        assert not looks_like_name(team.split(" and ")[0])

    def test_the_number_written_before_the_address(self):
        text = (
            "Child: Remi Stone\nDOB: 02/02/2012\n\nCONTACT\n"
            "Allocated social worker: Dana Cole\n020 7946 0123 | dana.cole@ealing.example.gov.uk\n"
        )
        worker = _read(text).referral["social_worker"]
        assert worker["phone"] == "020 7946 0123"


class TestHomesRunTogether:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            # a PDF cell's lines joined: each home ends with its span of years
            (
                "Foster care, 2019 \u2013 2021 Residential, 2021 \u2013 2024 Secure unit, 2024 \u2013 now",
                3,
            ),
            (
                "Kinship carers 2018-2020 Foster carers, Hull, 2020-2023 Children's home 2023 - present",
                3,
            ),
            ("Foster carers 2015 to 2019 Residential school, 2019 to 2025", 2),
            ("Foster care, 2020 \u2013 now", 1),
        ],
    )
    def test_each_span_ends_a_home(self, text, count):
        assert len(history_from_text(text, TEST_NOW.date())) == count


class TestTheRequestInOneLine:
    def test_a_length_run_on_before_the_next_label_stays_with_the_request(self):
        text = (
            "Child: Ayla Ross\nDOB: 01/06/2013\n"
            "Placement search: foster care. Short-term To start: Friday 27 November.\n"
        )
        placement = _read(text).referral["placement"]
        assert placement["setting"] == "fostering"
        assert placement["duration"] == "short_term"
        assert placement["start_date"] == "2026-11-27"

    @pytest.mark.parametrize(
        ("written", "expected"),
        [
            # the day written in a bracket with its weekday is that day
            ("January 2027 (Mon 11th)", "2027-01-11"),
            # a bare ordinal after a year may count something else: no day is read
            ("March 2027 (1st)", None),
            # a month alone names no day: none is invented, how soon is still known
            ("February 2027", None),
        ],
    )
    def test_a_month_and_year_start(self, written, expected):
        text = (
            f"Date of referral: 10/11/2026\nChild: Ayla Ross\nDOB: 01/06/2013\nStart: {written}\n"
        )
        placement = _read(text).referral["placement"]
        assert placement.get("start_date") == expected
        assert placement["needed_by"] == "later"

    def test_an_urgent_line_says_how_urgent_and_how_long(self):
        text = (
            "Child: Ayla Ross\nDOB: 01/06/2013\n"
            "URGENT: emergency move after a hospital discharge. Short term - about six weeks.\n"
        )
        placement = _read(text).referral["placement"]
        assert placement["urgency"] == "emergency"
        assert placement["duration"] == "short_term"


_RESEND = """Hello team,

The agency's mailbox bounced my request, so here it is again below.

Ruth Mayhew
Social Worker, Children in Care
Tel: 01632 960611

{marker}
From: Hollybank Fostering <info@example.org.uk>
Subject: Automatic reply: Placement request

This mailbox is not monitored. Please write to enquiries@example.org.uk.

> From: Ruth Mayhew
> Sent: Tuesday, November 17, 2026 2:10 PM
> To: Hollybank Fostering <info@example.org.uk>
> Subject: Placement request
>
> Ref: SH-448120
> Start: Monday 30/11/2026. Short term foster care.
> Name: Cody Farrell
> Date of birth: 04/04/2013
> School: Hillcrest Academy
"""


class TestARequestResentAfterAnAutoReply:
    @pytest.mark.parametrize(
        "marker", ["-----Automatic reply-----", "--- Out of Office ---", "Automatic reply:"]
    )
    def test_the_quoted_original_is_read(self, marker):
        draft = read_referral_document(email(_RESEND.format(marker=marker)), today=TEST_NOW.date())
        referral = draft.referral
        assert referral["la_reference"] == "SH-448120"
        assert referral["placement"]["start_date"] == "2026-11-30"
        assert referral["children"][0]["school"]["name"] == "Hillcrest Academy"

    def test_the_auto_replys_own_words_are_not_read(self):
        data = email(_RESEND.format(marker="-----Automatic reply-----"))
        limits = DocumentLimits()
        _kind, blocks = read_blocks(data, limits, Deadline(limits.max_seconds))
        texts = " ".join(block.text for block in blocks)
        assert "not monitored" not in texts
        assert "Hillcrest Academy" in texts


class TestAMessageTypedInAHurry:
    def test_a_sentence_run_on_after_an_answer_is_read_as_prose(self):
        text = (
            "Ref: KX-220914\nStart: Monday 30/11/2026.I am looking for a residential home for "
            "a short-term stay.\nName: Kit Palmer\nDate of birth: 01/01/2011\n"
        )
        placement = _read(text).referral["placement"]
        assert placement["start_date"] == "2026-11-30"
        assert placement["setting"] == "residential"
        assert placement["duration"] == "short_term"

    @pytest.mark.parametrize(
        ("label", "field"),
        [("Where lived", "history"), ("Lived before", "history"), ("Where placed", "history")],
    )
    def test_a_message_s_shorthand_for_the_homes(self, label, field):
        assert field_for(label) == field

    def test_a_kinship_arrangement_to_now_is_a_home(self):
        text = (
            "Name: Kit Palmer\nDate of birth: 01/01/2011\n"
            "Where lived: with his aunt under a Reg 24 arrangement, 08/2026 \u2013 now\n"
        )
        child = _read(text).referral["children"][0]
        assert len(child["placement_history"]) == 1


class TestSmallerAnswers:
    @pytest.mark.parametrize(
        ("written", "people"),
        [
            (
                "The young men named in the strategy meeting minutes",
                ["the young men named in the strategy meeting minutes"],
            ),
            (
                "Any adult linked to the Hartley Road address",
                ["any adult linked to the hartley road address"],
            ),
            ("None", []),
        ],
    )
    def test_a_group_described_under_a_no_contact_prompt(self, written, people):
        text = f"Name: Kit Palmer\nDate of birth: 01/01/2011\nNo contact with: {written}\n"
        child = _read(text).referral["children"][0]
        assert child.get("no_contact_with", []) == people

    @pytest.mark.parametrize("label", ["Service", "Service type", "Service requested"])
    def test_the_service_asked_for_is_the_setting(self, label):
        assert field_for(label) == "setting"

    @pytest.mark.parametrize(
        "sentence",
        [
            "He lives with mum. School \u2013 not of school age, obviously.",
            "No previous placements. School: not yet at school.",
        ],
    )
    def test_no_school_said_in_passing(self, sentence):
        text = f"Name: Kit Palmer\nDate of birth: 01/10/2025\n\n{sentence}\n"
        child = _read(text).referral["children"][0]
        assert child["school"]["name"].lower().startswith("not")


class TestWhatTheRequestDidNotGive:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Legal status and placement history were not on the LA's request; we have asked.",
            "The placement history was not given.",
            "Previous placements have not been provided yet.",
        ],
    )
    def test_a_sentence_saying_it_was_not_given_leaves_the_question(self, sentence):
        text = f"Name: Kit Palmer\nDate of birth: 01/01/2011\n\n{sentence}\n"
        draft = _read(text)
        assert "/children/0/placement_history" in {item.pointer for item in draft.missing}

    def test_a_history_given_is_not_asked(self):
        text = (
            "Name: Kit Palmer\nDate of birth: 01/01/2011\n\nPlacement history: none before this.\n"
        )
        draft = _read(text)
        assert "/children/0/placement_history" not in {item.pointer for item in draft.missing}


class TestOnePersonThenHowOften:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Lives with his dad; home every weekend except respite weekends",
                [("dad", "weekly")],
            ),
            ("Mum - not at present. Review fortnightly", None),
            ("Lives at home with her mother and grandmother.", []),
        ],
    )
    def test_whom_in_one_clause_how_often_in_the_next(self, text, expected):
        found = family_time(text)
        got = None if found is None else [(a["with_whom"], a["frequency"].value) for a in found]
        assert got == expected


class TestWhoeverWasAskedDidNotKnow:
    @pytest.mark.parametrize(
        ("answer", "gap"),
        [
            ("Priya didn't know, the GP to ring back.", True),
            ("Caller did not know", True),
            ("Mum doesn't know where he goes at night", False),
        ],
    )
    def test_an_answer_that_the_caller_could_not_give(self, answer, gap):
        text = f"Name: Kit Palmer\nDate of birth: 01/01/2011\nHealth: {answer}\n"
        draft = _read(text)
        assert ("/children/0/health_needs" in {item.pointer for item in draft.missing}) is gap


class TestAnswersSaidInPassing:
    @pytest.mark.parametrize(
        ("answer", "asked"),
        [
            ("Honestly it's being reviewed, it's to be confirmed after the LAC review.", True),
            ("Well, that's to be decided by the court next week.", True),
            ("It's weekly with mum at the centre.", False),
        ],
    )
    def test_family_time_not_settled_yet_is_asked(self, answer, asked):
        text = f"Name: Kit Palmer\nDate of birth: 01/01/2011\nFamily time: {answer}\n"
        draft = _read(text)
        assert ("/children/0/family_time" in {item.pointer for item in draft.missing}) is asked

    @pytest.mark.parametrize("line", ["Health fine; glasses.", "Health - all good.", "Health ok"])
    def test_a_message_s_shorthand_answers_health(self, line):
        text = f"Name: Kit Palmer\nDate of birth: 01/01/2011\n\n{line}\n"
        draft = _read(text)
        assert "/children/0/health_needs" not in {item.pointer for item in draft.missing}
