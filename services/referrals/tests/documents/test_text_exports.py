"""Text and email referrals by class (issue 12): a system's export pasted or saved as
text (lenient JSON, a spreadsheet's CSV, a chat), an out-of-hours log, references with
punctuation after them, and corrections that win. Every document is written for this
test; none is copied from a document set."""

from __future__ import annotations

from datetime import date

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.builder import clean_reference
from hearth_referrals.documents.readers.csv_table import csv_lines
from hearth_referrals.documents.readers.lenient_json import json_lines, lenient_loads
from hearth_referrals.documents.rules.corrections import corrections
from hearth_referrals.documents.rules.dates import find_start_dates
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.legal_status import find_legal_statuses

TODAY = TEST_NOW.date()


def _read(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


class TestLenientJson:
    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            ('{"a": 1, // one\n}', {"a": 1}),
            ('{"list": [1, 2,],}', {"list": [1, 2]}),
            (
                '{"url": "https://x.example//path", "b": "c"} // end',
                {
                    "url": "https://x.example//path",
                    "b": "c",
                },
            ),
            ('{"s": "a, }"}', {"s": "a, }"}),
        ],
    )
    def test_comments_and_trailing_commas_are_dropped_but_strings_kept(self, text, wanted):
        assert lenient_loads(text) == wanted

    def test_field_names_become_labels_and_each_child_a_part(self):
        lines = json_lines(
            [
                "Hello",
                "{",
                '  "socialWorker": {"name": "Ola Reyes", "email": "ola@x.example"},',
                '  "children": [{"childIndex": 0, "firstName": "Bea", "dateOfBirth": null,',
                '     "risks": {"fireSetting": {"value": "past", "notes": "2022 only"}}},],',
                "}",
                "Bye",
            ]
        )
        assert lines == [
            "Hello",
            "Social worker name: Ola Reyes",
            "Social worker email: ola@x.example",
            "Child 1",
            "First name: Bea",
            "Fire setting: Past - 2022 only",
            "Bye",
        ]

    def test_broken_json_is_left_as_text(self):
        lines = ["{ this is not json", "Name: Bea Lin"]
        assert json_lines(lines) == lines

    def test_an_export_pasted_into_an_email_is_read_as_a_form(self):
        body = (
            "Hi, the export is below as our system will not send it.\n\n"
            "{\n"
            '  "referralDate": "2026-11-16",\n'
            '  "placementRequest": { "setting": "fosterCare", "duration": "longTerm",\n'
            '     "startDate": "2026-12-14", }, // a Monday\n'
            '  "socialWorker": { "name": "Tilde Moss", "email": "tilde.moss@x.example" },\n'
            '  "children": [ { "localAuthorityChildId": "QX-55012",\n'
            '     "firstName": "Remy", "lastName": "Oakes", "dateOfBirth": "2014-02-03",\n'
            '     "gender": "male", "legalStatus": "C2", // full order\n'
            '     "education": "Brook Vale Academy" }, ]\n'
            "}\n\nThanks,\nJo\n"
        )
        referral = _read(email(body))
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Remy", "Oakes")
        assert child["date_of_birth"] == "2014-02-03"
        assert (child["gender"], child["legal_status"]) == ("male", "C2")
        assert child["school"]["name"] == "Brook Vale Academy"
        assert referral["la_reference"] == "QX-55012"
        assert referral["social_worker"]["name"] == "Tilde Moss"
        assert referral["placement"]["setting"] == "fostering"
        assert referral["placement"]["start_date"] == "2026-12-14"


TRACKER = (
    "Received,Surname,Forename,DOB,Gender,Legal,Type needed,Needed from,SW,SW email,Notes\n"
    "12/11/26,Penn,Ada,05/05/13,Female,S20,Foster care,01/12/26,Kit Rowe,kit.rowe@x.example,"
    '"Asthma, mild. No known risks."\n'
    "12/11/26,Penn,Cal,06/06/15,Male,S20,Foster care,01/12/26,Kit Rowe,kit.rowe@x.example,\n"
    ",,,,,,,,Placement officer: Lu Chan,lu.chan@x.example,contact\n"
)


class TestTrackerCsv:
    def test_each_child_row_is_a_part_names_first(self):
        lines = csv_lines(TRACKER)
        assert lines is not None
        assert lines[:4] == ["Child 1", "Forename: Ada", "Surname: Penn", "Received: 12/11/26"]
        assert "Child 2" in lines
        assert lines[-1] == "Placement officer: Lu Chan, lu.chan@x.example, contact"

    @pytest.mark.parametrize(
        "text",
        [
            "Name: Ada Penn\nDOB: 05/05/2013\n",  # a form, not a table
            "Ada, Cal and Bo are siblings, aged 11, 9 and 4.\nThey need a home.\n",
            "a,b,c,d\n1,2,3,4\n",  # a table that names no child
        ],
    )
    def test_text_that_is_not_a_tracker_is_not_read_as_one(self, text):
        assert csv_lines(text) is None

    def test_a_tracker_gives_one_child_a_row_and_the_contact_row_is_not_the_worker(self):
        referral = _read(TRACKER.encode())
        names = [(c["first_name"], c.get("last_name")) for c in referral["children"]]
        assert names == [("Ada", "Penn"), ("Cal", "Penn")]
        assert referral["social_worker"]["name"] == "Kit Rowe"
        assert referral["social_worker"]["email"] == "kit.rowe@x.example"
        assert referral["referral_date"] == "2026-11-12"
        assert referral["placement"]["start_date"] == "2026-12-01"


CHAT = """Chat: Noor Said, Ben Hale

[12/11/2026 14:00] Ben Hale
Hi Noor - anything new for us?

[12/11/2026 14:03] Noor Said
Yes - Tobi Lane, Mosaic ID QZ-77120. DOB 03/03/13, Male. s20.

[12/11/2026 14:05] Noor Said
Foster care, short term please.

[12/11/2026 14:09] Noor Said
Sorry, typo - DOB is 03/03/2012!

[12/11/2026 14:10] Noor Said
My email is noor.said@x.example, mobile 07700 900111.

[12/11/2026 14:12] Ben Hale
Thanks, I'm on 01632 960222 if you need me.
"""


class TestChatExport:
    def test_the_worker_the_date_and_the_corrected_birth(self):
        referral = _read(CHAT.encode())
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Tobi", "Lane")
        assert child["date_of_birth"] == "2012-03-03"
        assert child["gender"] == "male"
        assert referral["referral_date"] == "2026-11-12"
        assert referral["social_worker"] == {
            "name": "Noor Said",
            "email": "noor.said@x.example",
            "phone": "07700 900111",
        }

    def test_a_chat_with_the_message_on_the_stamp_line(self):
        text = (
            "[09/11/2026, 10:02:11] Rita Bose: Morning, one for you\n"
            "[09/11/2026, 10:03:40] Rita Bose: Child is Omar Khan (DOB 12/12/2012), male, ICO.\n"
            "[09/11/2026, 10:05:02] Pat Lowe: Thanks - what is needed?\n"
            "[09/11/2026, 10:06:15] Rita Bose: Residential, long term, from Monday 30th.\n"
            "[09/11/2026, 10:07:00] Rita Bose: My email is rita.bose@x.example\n"
        )
        referral = _read(text.encode())
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"], child["gender"]) == (
            "Omar",
            "Khan",
            "male",
        )
        assert referral["social_worker"]["email"] == "rita.bose@x.example"
        assert referral["placement"]["start_date"] == "2026-11-30"

    def test_two_stamped_lines_are_not_a_chat(self):
        text = "[12/11/2026 14:00] Ben Hale\nHello\n\nName: Tobi Lane\nDOB: 03/03/2012\n"
        child = _read(text.encode())["children"][0]
        assert child["first_name"] == "Tobi"


LOG = """ANYTOWN COUNCIL - OUT OF HOURS LOG
Shift: Fri 13 Nov 26 17:00 to 09:00    Duty worker: Al Grey (01632 960333)
CCM No: AT-41120
19:10  Police call about a 13 year old at the station.

CHILD: MOSS, Rhea   DOB 02/02/2013   Female
  Legal: s20 agreed with dad at 20:00
REQUEST: Foster placement - Emergency - tonight
Allocated SW: Dee Lamb, dee.lamb@x.example
"""


class TestDutyLog:
    def test_the_child_line_the_shift_date_and_tonight(self):
        referral = _read(LOG.encode())
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Rhea", "Moss")
        assert (child["date_of_birth"], child["gender"]) == ("2013-02-02", "female")
        assert referral["referral_date"] == "2026-11-13"
        assert referral["placement"]["start_date"] == "2026-11-13"

    @pytest.mark.parametrize(
        "log",
        [
            "DUTY TEAM LOG\nDate: 14/11/2026\n22:10 Call from police.\n"
            "Young person: Cara Bell (DOB 01/02/2011), female\n"
            "Placement needed tonight - foster care.\n",
            "EDT shift log - Saturday 14 November 2026\n"
            "21:00  Police call: Cara Bell (DOB 01/02/2011), female, at the station.\n"
            "21:30  Section 20 agreed. Foster placement needed tonight.\n",
        ],
    )
    def test_a_log_in_prose_names_the_child_and_tonight_is_its_date(self, log):
        referral = _read(log.encode())
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Cara", "Bell")
        assert (child["date_of_birth"], child["gender"]) == ("2011-02-01", "female")
        assert referral["referral_date"] == "2026-11-14"
        assert referral["placement"]["start_date"] == "2026-11-14"

    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Shift", "referral_date"),
            ("Log date", "referral_date"),
            ("Date rec'd", "referral_date"),
            ("Type needed", "setting"),
        ],
    )
    def test_labels_of_logs_and_trackers(self, label, field):
        assert field_for(label) == field


class TestReferences:
    @pytest.mark.parametrize(
        ("written", "kept"),
        [
            ("QX-301)", "QX-301"),
            ("QX-301).", "QX-301"),
            ("QX 301,", "QX 301"),
            ("LCC/90-22 (A)", "LCC/90-22 (A)"),
            ("QX-301", "QX-301"),
        ],
    )
    def test_punctuation_after_a_reference_is_not_part_of_it(self, written, kept):
        assert clean_reference(written) == kept

    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Portal reference", None),
            ("Provider's ref", None),
            ("Hub ID", None),
            ("Our ref", "la_reference"),  # an LA's own letter
            ("LCS ID", "la_reference"),
        ],
    )
    def test_a_portals_or_providers_own_reference_is_not_the_las(self, label, field):
        assert field_for(label) == field

    def test_a_bracketed_reference_in_a_sentence_loses_its_bracket(self):
        body = (
            "Dear all,\n\nPlease consider this referral (Ref: QX-40017).\n\n"
            "Name: Ivo Hart\nDOB: 01/01/2014\n"
        )
        assert _read(email(body))["la_reference"] == "QX-40017"


class TestCorrections:
    @pytest.mark.parametrize(
        ("text", "label", "value"),
        [
            ("Oops, typo - DOB is 01/02/2013.", "DOB", "01/02/2013"),
            (
                "We now need the placement from Friday 27th, not Monday 30th.",
                "start date",
                "Friday 27th",
            ),
            (
                "The court granted an interim care order for Ivo today, so he is no longer s20.",
                "legal status",
                "interim care order",
            ),
        ],
    )
    def test_what_a_correction_says(self, text, label, value):
        assert [(c.label, c.value) for c in corrections(text)] == [(label, value)]

    def test_a_forwarded_reply_corrects_the_quoted_original(self):
        body = (
            "Hi,\n\nForwarding - note the correction.\n\nSue\n\n"
            "---------- Forwarded message ---------\n"
            "From: Ana Holt <ana.holt@x.example>\n"
            "Date: Friday 20 November 2026 at 10:00\n"
            "Subject: RE: Referral\n\n"
            "Sorry all - Ivo's date of birth is 04/05/2014, not 05/04/2014 as below.\n\n"
            "On 20/11/2026 09:00, Ana Holt wrote:\n"
            "> Name: Ivo Hart\n> DOB: 05/04/2014\n> Legal status: Care order\n"
        )
        assert _read(email(body))["children"][0]["date_of_birth"] == "2014-05-04"


class TestDatesAndCodes:
    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            ("w/c 7/12", date(2026, 12, 7)),
            ("Monday 30/11", date(2026, 11, 30)),
            ("Mon 30th", date(2026, 11, 30)),
            ("Thurs 26th", date(2026, 11, 26)),
            ("24/7 care", None),
            ("3/4 nights a month", None),
        ],
    )
    def test_a_start_written_without_a_year(self, text, wanted):
        found = find_start_dates(text, date(2026, 11, 23))
        assert (found[0].value if found else None) == wanted

    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            ("C1", ["C1"]),
            ("EPO (L2)", ["L2"]),
            ("short breaks under s20 (V4)", ["V4"]),
            ("Level C1 English", []),
            ("ICO", ["C1"]),
        ],
    )
    def test_an_ssda903_code_written_out(self, text, codes):
        assert [code.value for code in find_legal_statuses(text)] == codes


class TestRiskAndRequestWords:
    def test_a_pronoun_names_the_sibling_a_risk_is_about(self):
        body = (
            "Dear all,\n\n"
            "Name: Mia Dale\nGender: Female\nRisks: There are no known risks for Mia.\n\n"
            "Name: Leo Dale\nGender: Male\n"
            "Risks: Concerns he has been rough with the neighbours' dog. "
            "No other risks are known.\n"
        )
        children = _read(email(body))["children"]
        states = [c["risks"]["to_others"]["harm_to_animals"]["state"] for c in children]
        assert states == ["none_known", "suspected"]

    @pytest.mark.parametrize(
        ("sentence", "state"),
        [
            ("Self-harmed in 2023, none this year.", "historical"),
            ("Self-harmed in 2023; none since.", "historical"),
            ("Self-harms most weeks.", "present"),
        ],
    )
    def test_a_dated_risk_with_nothing_since(self, sentence, state):
        body = f"Name: Ivy Cole\nDOB: 01/01/2012\nRisks: {sentence}\n"
        child = _read(body.encode())["children"][0]
        assert child["risks"]["to_child"]["self_harm"]["state"] == state

    def test_a_referral_received_today_is_not_an_emergency(self):
        body = (
            "Dear Jo,\n\nThank you for your referral, received today. We will reply soon.\n\n"
            "Name: Ivy Cole\nDOB: 01/01/2012\n"
        )
        assert "urgency" not in _read(email(body))["placement"]

    def test_a_parent_and_baby_unit_is_a_placement_in_the_history(self):
        body = (
            "Name: Ivy Cole\nDOB: 01/09/2026\n"
            "Placement history: Mother and baby unit, Leeds (current) (since Oct 2026) - ending.\n"
        )
        child = _read(body.encode())["children"][0]
        assert len(child["placement_history"]) == 1

    def test_a_heading_beside_the_childs_name_is_no_second_child(self):
        text = "The child: Risks\nName: Ivy Cole\nDOB: 01/01/2012\n"
        names = [c.get("first_name") for c in _read(text.encode())["children"]]
        assert names == ["Ivy"]
