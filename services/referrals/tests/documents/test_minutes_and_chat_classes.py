"""Minutes, chats, handover notes and reports by class (training_k's text documents):
chat lines stamped with a time alone, a sender's bare details, a note's "From:" line, a
report's or a panel's own date, a heading of risks or a panel's name read as no risk,
abstinence as a past risk, and a bullet wrapped after a word that needs more. Every case
is written for this test; none is copied from a document set."""

from __future__ import annotations

from datetime import date

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.text import unwrap
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.risk_states import answer_state

TODAY = TEST_NOW.date()


def _read(text: str) -> dict:
    return read_referral_document(text.encode(), today=TODAY).referral


def _chat(details: str) -> str:
    return (
        "[11:02] Dana Price: Morning - a placement needed for a girl of 12, please\n"
        "[11:03] Lee Shaw: Go on\n"
        "[11:04] Dana Price: Child's name: Ivy Marsh\n"
        "[11:04] Dana Price: Date of birth: 04/05/2014\n"
        "[11:05] Dana Price: Legal status: s20\n"
        "[11:06] Lee Shaw: Your details?\n"
        f"[11:07] Dana Price: {details}\n"
    )


class TestChatStampedWithATimeAlone:
    @pytest.mark.parametrize(
        ("details", "email", "phone"),
        [
            ("dana.price@x.example 01632 960441", "dana.price@x.example", "01632 960441"),
            ("dana.price@x.example / 07700 900123", "dana.price@x.example", "07700 900123"),
            ("email dana.price@x.example, tel 01632 960441", "dana.price@x.example", None),
            ("My email is dana.price@x.example", "dana.price@x.example", None),
        ],
    )
    def test_the_child_and_the_worker_who_gives_bare_details(self, details, email, phone):
        referral = _read(_chat(details))
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Ivy", "Marsh")
        assert child["legal_status"] == "V2"
        worker = referral["social_worker"]
        assert (worker["name"], worker["email"]) == ("Dana Price", email)
        if phone:
            assert worker["phone"] == phone
        assert "referral_date" not in referral  # no message is dated

    def test_a_line_with_words_besides_an_email_is_not_the_senders_details(self):
        text = _chat("Mum's email is kim.marsh@y.example if you need it")
        assert _read(text).get("social_worker", {}).get("email") != "kim.marsh@y.example"


class TestTheDocumentsOwnDate:
    @pytest.mark.parametrize("label", ["Prepared", "Date prepared", "Prepared on", "Report date"])
    def test_a_reports_prepared_line_dates_the_request(self, label):
        assert field_for(label) == "referral_date"

    @pytest.mark.parametrize(
        ("head", "wanted"),
        [
            ("DUTY HANDOVER - Anytown Front Door - 18/11/2026", "2026-11-18"),
            ("Duty hand-over note, Anytown, 03/11/2026", "2026-11-03"),
            (
                "EXPLOITATION PANEL - CASE MINUTES\nPanel: Anytown Council - 12-11-2026",
                "2026-11-12",
            ),
            ("Minutes of the resource meeting\nMeeting: Anytown - 09/11/2026", "2026-11-09"),
            ("YOUTH JUSTICE SERVICE\nBAIL REPORT\nPrepared: Tue 10/11/2026", "2026-11-10"),
        ],
    )
    def test_a_heading_or_panel_line_dates_the_request(self, head, wanted):
        text = f"{head}\n\nChild's name: Ivy Marsh\nDate of birth: 04/05/2014\n"
        assert _read(text)["referral_date"] == wanted

    def test_a_panel_line_outside_minutes_is_not_the_date(self):
        text = "Referral\nPanel: Anytown - 12/11/2026\nChild's name: Ivy Marsh\n"
        assert _read(text).get("referral_date") != "2026-11-12"


class TestANotesFromLine:
    @pytest.mark.parametrize(
        ("line", "name", "email"),
        [
            ("From: Jo Bell, jo.bell@x.example, 01632 960777", "Jo Bell", "jo.bell@x.example"),
            (
                "From: Sam Ode - sam.ode@y.example - 07700 900555",
                "Sam Ode",
                "sam.ode@y.example",
            ),
        ],
    )
    def test_the_writer_is_the_worker_not_a_start(self, line, name, email):
        text = f"HANDOVER NOTE\n{line}\nChild's name: Ivy Marsh\nDate of birth: 04/05/2014\n"
        referral = _read(text)
        assert (referral["social_worker"]["name"], referral["social_worker"]["email"]) == (
            name,
            email,
        )
        assert "start_date" not in referral.get("placement", {})

    def test_from_a_day_is_still_a_start(self):
        text = "Date: 16/11/2026\nChild's name: Ivy Marsh\nFrom: 20/11/2026\n"
        assert _read(text)["placement"]["start_date"] == "2026-11-20"


def _risks(text: str) -> dict:
    child = _read(text)["children"][0]
    return {  # the risks to the child by name
        name: found["state"] for name, found in child.get("risks", {}).get("to_child", {}).items()
    }


class TestHeadingsAndBodiesAreNoRisk:
    @pytest.mark.parametrize(
        "heading",
        [
            "Exploitation and other risks (panel's view)",
            "Exploitation risks",
            "Risks of exploitation",
            "CHILD EXPLOITATION PANEL - CASE MINUTES",
            "Missing and Exploitation Hub",
            "Child Sexual Exploitation Team",
        ],
    )
    def test_a_heading_line_names_no_risk(self, heading):
        text = (
            f"Child's name: Ivy Marsh\nDate of birth: 04/05/2014\n{heading}\n"
            "Self-harm: none known\n"
        )
        risks = _risks(text)
        assert risks.get("sexual_exploitation") != "present"
        assert risks.get("criminal_exploitation") != "present"

    def test_a_sentence_about_a_risk_still_counts(self):
        text = "Child's name: Ivy Marsh\nShe is being sexually exploited by older men.\n"
        assert _risks(text)["sexual_exploitation"] == "present"


class TestAbstinenceIsPast:
    @pytest.mark.parametrize(
        "answer",
        [
            "Cannabis daily last winter - abstinent 5 months",
            "Used ketamine; abstinent since the summer",
            "Drank to excess, now sober for half a year",
            "Spice - clean for a year",
            "Drug-free since leaving the city",
        ],
    )
    def test_stopped_use_is_historical(self, answer):
        assert answer_state(answer, [], date(2026, 11, 20)).value == "historical"

    @pytest.mark.parametrize("answer", ["Cannabis daily", "Drinks most weekends"])
    def test_use_going_on_is_present(self, answer):
        assert answer_state(answer, [], date(2026, 11, 20)).value == "present"


class TestBulletWrappedAfterAnOpenWord:
    @pytest.mark.parametrize(
        ("lines", "count"),
        [
            (
                [
                    "* CSE: Groomed online over the summer by an older man living in",
                    "Leeds, police aware",
                ],
                1,
            ),
            (
                [
                    "* Missing from care: Went missing twice overnight with friends from",
                    "Bradford in the summer",
                ],
                1,
            ),
            (["* Missing: Two episodes in the summer with friends.", "Bradford police aware"], 2),
            (["* Self-harm: none", "Bradford"], 2),
        ],
    )
    def test_joined_only_when_the_line_needs_more(self, lines, count):
        assert len(unwrap(lines)) == count


class TestARisksOwnNoOutranksAnotherRowsAside:
    @pytest.mark.parametrize(
        ("rows", "risk"),
        [
            (
                "CSE: none\nHSB: No - she was groomed online in 2022 (a victim, not a"
                " perpetrator)\n",
                "sexual_exploitation",
            ),
            (
                "County lines: no\nExploiting others: Recruited younger boys to run drugs"
                " in 2023\n",
                "criminal_exploitation",
            ),
            (
                "Missing from care: no\nCSE: Groomed by adults met while missing in 2021\n",
                "missing",
            ),
        ],
    )
    def test_the_own_answer_wins(self, rows, risk):
        text = f"Child's name: Ivy Marsh\nDate of birth: 04/05/2010\nDate: 16/11/2026\n{rows}"
        assert _risks(text)[risk] == "none_known"

    def test_prose_saying_more_than_the_no_still_wins(self):
        text = (
            "Child's name: Ivy Marsh\nDate: 16/11/2026\nCSE: none\n"
            "Background: she is being sexually exploited by older men in the town.\n"
        )
        assert _risks(text)["sexual_exploitation"] == "present"


class TestReferencesWithLetterGroups:
    @pytest.mark.parametrize(
        ("line", "wanted"),
        [
            ("Child's LA ref BCC/CP/44120", "BCC/CP/44120"),
            ("Our ref AB/CD-77120", "AB/CD-77120"),
            ("Case number: Mosaic ID BFfC-880217", "BFfC-880217"),
            ("Case number: Liberi ref SoS/608412", "SoS/608412"),
            ("LCS number 772104", "772104"),
        ],
    )
    def test_the_whole_code_is_the_reference(self, line, wanted):
        text = f"{line}\nChild's name: Ivy Marsh\nDate of birth: 04/05/2014\n"
        assert _read(text)["la_reference"] == wanted


class TestAnOrderWithItsNextHearing:
    @pytest.mark.parametrize(
        ("value", "wanted"),
        [
            ("ICO (hearing 20/11/2026)", "C1"),
            ("ICO (next hearing Friday)", "C1"),
            ("Interim care order (review hearing in January)", "C1"),
        ],
    )
    def test_the_bracket_dates_the_next_hearing(self, value, wanted):
        text = f"Child's name: Ivy Marsh\nLegal status: {value}\n"
        assert _read(text)["children"][0]["legal_status"] == wanted

    @pytest.mark.parametrize(
        "value", ["ICO hearing listed for Friday", "ICO (application pending)"]
    )
    def test_an_order_not_yet_made_is_no_status(self, value):
        text = f"Child's name: Ivy Marsh\nLegal status: {value}\n"
        assert "legal_status" not in _read(text)["children"][0]


class TestWhoTheChildMustNotSee:
    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            ("Dad monthly. No contact with co-accused Jay Brook.", ["co-accused jay brook"]),
            ("Bail conditions: no contact with co-defendant Ola Ade.", ["co-defendant ola ade"]),
            ("No contact with mum's boyfriend Carl Wynn.", ["mum's boyfriend carl wynn"]),
            ("Nan fortnightly. No contact with his cousin's friends.", ["cousin's friends"]),
            ("No contact with father (court order).", ["father"]),
            ("No contact with the maternal uncle.", ["maternal uncle"]),
        ],
    )
    def test_the_person_with_their_role_or_name(self, text, wanted):
        from hearth_referrals.documents.rules.history import no_contact

        assert no_contact(text) == wanted


class TestASafeguardingHubsDecisionDate:
    @pytest.mark.parametrize(
        "label", ["MASH decision date", "Front door outcome date", "Date of MASH decision"]
    )
    def test_the_decision_dates_the_request(self, label):
        assert field_for(label) == "referral_date"

    @pytest.mark.parametrize("label", ["Decision date", "Court decision date"])
    def test_other_decisions_do_not(self, label):
        assert field_for(label) != "referral_date"


class TestPlacementCountWrittenFirst:
    @pytest.mark.parametrize(
        ("value", "wanted"),
        [
            ("5 - three foster homes then two residential", 5),
            ("Three: two foster placements, one children's home.", 3),
            ("Respite at Elm Lodge since 2021 (one placement).", 1),
            ("Lived with nan until May (2 placements)", 2),
            ("1: Foster carers 2020-21; 2: residential 2022", None),
            ("2019 - 2021: foster carers", None),
        ],
    )
    def test_the_leading_or_bracketed_count(self, value, wanted):
        from hearth_referrals.documents.rules.needs import placements_count

        assert placements_count(value) == wanted


class TestARelativesOwnName:
    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            (
                "Dad fortnightly; sister Poppy weekly.",
                [("dad", "fortnightly"), ("sister poppy", "weekly")],
            ),
            ("Uncle Sam Reid monthly", [("uncle sam reid", "monthly")]),
            ("Mum Weekly, supervised", [("mum", "weekly")]),
            ("Nan Every Sunday", [("nan", "weekly")]),
        ],
    )
    def test_the_name_goes_with_the_relative(self, text, wanted):
        from hearth_referrals.documents.rules.history import family_time

        found = [(item["with_whom"], item["frequency"].value) for item in family_time(text)]
        assert found == wanted


class TestAWorryShared:
    @pytest.mark.parametrize(
        "answer",
        [
            "Concerns raised by school that older boys wait for him at the gate",
            "Concerns have been reported by a neighbour that she is out all night",
            "Concern expressed by nursery about bruising",
            "Concerns shared by the youth worker about older friends",
        ],
    )
    def test_it_is_a_suspicion(self, answer):
        assert answer_state(answer, [], date(2026, 11, 20)).value == "suspected"

    @pytest.mark.parametrize(
        ("answer", "wanted"),
        [
            ("No concerns raised", "none_known"),
            ("Concerns are confirmed - she is being exploited", "present"),
        ],
    )
    def test_other_answers_about_concerns_are_kept(self, answer, wanted):
        assert answer_state(answer, [], date(2026, 11, 20)).value == wanted
