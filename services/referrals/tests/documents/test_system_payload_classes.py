"""A case system's or portal's JSON payload (a webhook delivery, an API export) read by
class (issue 12): the envelope says nothing of the child, a group's generic keys take the
group's name, a person's details keep whose they are, a list of named answers is read as
one answer per item, and the case's number beats the request's. Every payload here is
written for this test; none is copied from a document set."""

from __future__ import annotations

import json

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.lenient_json import object_lines
from hearth_referrals.documents.rules.authorities import resolve_authority
from hearth_referrals.documents.rules.dates import find_dates

TODAY = TEST_NOW.date()


class TestEnvelopeAndGroups:
    @pytest.mark.parametrize(
        ("payload", "wanted", "unwanted"),
        [
            # a webhook's envelope: the event's id, type, time and attempt are not the case's
            (
                {
                    "eventId": "evt_9XK2",
                    "eventType": "request.created",
                    "deliveryAttempt": 2,
                    "emittedAt": "2026-11-02T10:00:00Z",
                    "caseNumber": "CN-44120",
                },
                ["Case number: CN-44120"],
                ["Event id", "Event type", "Delivery attempt", "Emitted at"],
            ),
            (
                {
                    "messageId": "m-1",
                    "correlationId": "c-77",
                    "webhookId": "w3",
                    "childRef": "LX 50921",
                },
                ["Child ref: LX 50921"],
                ["Message id", "Correlation id", "Webhook id"],
            ),
            # a generic key inside a group is the group's: never the child's name or setting
            (
                {"authority": {"name": "Borsetshire Council", "shortName": "BC"}},
                ["Authority name: Borsetshire Council", "Authority short name: BC"],
                ["Name:", "Short name:"],
            ),
            (
                {"education": {"setting": "Ambridge High (Year 8)"}},
                ["Education setting: Ambridge High (Year 8)"],
                ["Setting:"],
            ),
            (
                {"school": {"name": "Felpersham Academy", "phone": "01632 960 101"}},
                ["School name: Felpersham Academy"],
                ["Name:"],
            ),
            # "type" tags a record at its top, but inside a group it is the group's type
            (
                {"type": "referral", "placement": {"type": "Residential children's home"}},
                ["Placement type: Residential children's home"],
                ["Type: referral"],
            ),
            # a key that is a form's label on its own keeps its own name inside a group
            (
                {"placement": {"urgency": "Planned", "requiredFrom": "2026-12-01"}},
                ["Urgency: Planned", "Required from: 2026-12-01"],
                [],
            ),
        ],
    )
    def test_lines(self, payload, wanted, unwanted):
        lines = object_lines(payload)
        for line in wanted:
            assert line in lines
        for start in unwanted:
            assert not any(line.startswith(start) for line in lines), lines

    @pytest.mark.parametrize(
        "key", ["submittedBy", "completedBy", "createdBy", "requester", "author", "sender"]
    )
    def test_whoever_sent_it_keeps_their_role_on_their_details(self, key):
        lines = object_lines({key: {"name": "Dee Okafor", "phone": "01632 960 200"}})
        assert all(not line.startswith(("Name:", "Phone:")) for line in lines), lines
        assert any(line.endswith(": Dee Okafor") for line in lines)


class TestNamedAnswers:
    @pytest.mark.parametrize(
        ("entry", "wanted"),
        [
            ({"category": "SELF_HARM", "status": "NONE", "notes": None}, "Self harm: None"),
            (
                {"category": "CSE", "status": "HISTORIC", "notes": "2023, none since"},
                "CSE: Historic - 2023, none since",
            ),
            ({"risk": "missingFromCare", "value": "yes"}, "Missing from care: Yes"),
            ({"name": "Fire setting", "answer": "No"}, "Fire setting: No"),
            (
                {"indicator": "SUBSTANCE_MISUSE", "state": "SUSPECTED"},
                "Substance misuse: Suspected",
            ),
        ],
    )
    def test_each_entry_is_its_item_and_what_was_said(self, entry, wanted):
        assert object_lines({"riskIndicators": [entry]}) == [wanted]

    def test_an_entry_with_more_than_an_answer_keeps_its_fields(self):
        lines = object_lines(
            {"familyTime": [{"with": "mother", "arrangement": "monthly, supervised"}]}
        )
        assert lines == ["Family time with: mother", "Family time arrangement: monthly, supervised"]

    def test_a_person_in_a_list_is_not_an_answer(self):
        lines = object_lines({"siblings": [{"name": "Ria", "status": "placed elsewhere"}]})
        assert "Ria: Placed elsewhere" not in lines


class TestReferences:
    def _reference(self, payload: dict) -> str | None:
        data = json.dumps(payload, indent=2).encode()
        return read_referral_document(data, today=TODAY).la_reference.value

    @pytest.mark.parametrize(
        ("payload", "wanted"),
        [
            ({"requestId": "PR-2026-0117", "caseReference": "BSC-771042"}, "BSC-771042"),
            ({"caseReference": "BSC-771042", "referralNumber": "R-2026-5521"}, "BSC-771042"),
            ({"referralId": "R-2026-5521"}, "R-2026-5521"),
            ({"eventId": "evt_01HX77PQ", "childId": "CH-88213"}, "CH-88213"),
        ],
    )
    def test_the_case_number_beats_the_request_number(self, payload, wanted):
        payload |= {"children": [{"forename": "Tam", "surname": "Rudd"}]}
        assert self._reference(payload) == wanted

    @pytest.mark.parametrize(
        ("sentence", "wanted"),
        [
            ("Planned move, short term, by the 30th. CCM 5520193.", "5520193"),
            ("Her LCS 3318820 record is up to date.", "3318820"),
            ("LCS number: 3318820 for Tam.", "3318820"),
        ],
    )
    def test_the_case_system_named_before_a_number_is_not_part_of_it(self, sentence, wanted):
        text = f"Placement request for Tam Rudd, born 02/03/2014.\n{sentence}\n".encode()
        assert read_referral_document(text, today=TODAY).la_reference.value == wanted


class TestStampsAndCouncils:
    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("2026-11-18T09:14:00Z", "2026-11-18"),
            ("2026-11-18T09:14:00+00:00", "2026-11-18"),
            ("2026-11-18", "2026-11-18"),
        ],
    )
    def test_an_iso_stamp_is_its_day(self, text, day):
        assert [str(found.value) for found in find_dates(text, TODAY)] == [day]

    def test_a_code_running_into_letters_is_no_date(self):
        assert find_dates("2026-11-18X7", TODAY) == []

    def test_submitted_at_is_the_referral_date(self):
        data = json.dumps(
            {
                "submittedAt": "2026-11-18T09:14:00Z",
                "caseOpenedAt": "2019-03-11",
                "children": [{"forename": "Tam", "surname": "Rudd"}],
            }
        ).encode()
        draft = read_referral_document(data, today=TODAY)
        assert str(draft.referral_date.value) == "2026-11-18"

    @pytest.mark.parametrize(
        ("text", "code"),
        [("RCC", "E06000017"), ("RCBC", "E06000003"), ("Rutland County Council", "E06000017")],
    )
    def test_councils_known_by_their_own_style(self, text, code):
        assert resolve_authority(text).code == code
