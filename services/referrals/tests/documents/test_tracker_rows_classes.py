"""A whole tracker sent with a message that names which of its rows are the referral
(issue 12, classes 2 and 3), and the words such rows use: a count "counting" the home
just left, a list of risks "not yet assessed", a reference there is "no ... yet"."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.named_rows import rows_the_message_names
from hearth_referrals.documents.rules.needs import placements_count
from hearth_referrals.documents.rules.risk_states import statements

TODAY = TEST_NOW.date()

TRACKER = (
    "No.,Case ref,Child,DOB,Sex,School,Risks,Worker\n"
    "1,NTH-1001,Kai Brennan,04/04/2012,M,Hillside Academy,missing: current,Omar Shah\n"
    "2,NTH-2040,Freya Dunmore,11/11/2014,F,Abbey Primary,no concerns known,Gill Rae\n"
    "3,NTH-2040,Noah Dunmore,07/07/2017,M,Abbey Primary,no concerns known,Gill Rae\n"
    "4,NTH-0990,Esme Hart,02/02/2010,F,Castle High,CSE: current,Omar Shah\n"
)


def _kept(body: str, payload: str = TRACKER) -> list[str]:
    cut = rows_the_message_names(payload.encode(), "tracker.csv", body).decode()
    return [line.split(",")[2] for line in cut.splitlines()[1:]]


@pytest.mark.parametrize(
    ("body", "children"),
    [
        ("The new ones are on rows 2-3 of the tracker.", ["Freya Dunmore", "Noah Dunmore"]),
        ("Please look at row 4 only; the rest are placed.", ["Esme Hart"]),
        ("Rows 2 and 3 are the new request.", ["Freya Dunmore", "Noah Dunmore"]),
        # no row number: the reference the message quotes
        ("New request for the Dunmore children, ref NTH-2040.", ["Freya Dunmore", "Noah Dunmore"]),
        # no number and no reference: the child's full name
        ("Can you search for Kai Brennan please?", ["Kai Brennan"]),
    ],
)
def test_only_the_rows_the_message_names_are_read(body, children):
    assert _kept(body) == children


@pytest.mark.parametrize(
    "body",
    [
        "Weekly tracker attached for information.",  # names no row: the whole table
        "Rows 1-4 are all still open.",  # every row: nothing to cut
        "",
    ],
)
def test_a_message_that_names_no_row_or_every_row_leaves_the_table_whole(body):
    assert len(_kept(body)) == 4


def test_a_table_that_is_no_csv_is_left_as_it_came():
    payload = b"%PDF-1.7 not a table"
    assert rows_the_message_names(payload, "tracker.pdf", "row 2") == payload


def test_the_message_and_its_named_rows_read_as_one_referral():
    message = EmailMessage()
    message["From"] = "Business Support <bs@north.example.gov.uk>"
    message["To"] = "placements@agency.example.org.uk"
    message["Date"] = "Wed, 18 Nov 2026 10:00:00 +0000"
    message["Subject"] = "Tracker - one new request"
    message.set_content("Hi, the new request is Esme Hart (row 4). Thanks, Bev")
    message.add_attachment(
        TRACKER.encode(), maintype="application", subtype="vnd.ms-excel", filename="tracker.csv"
    )
    draft = read_referral_document(bytes(message), filename="mail.eml", today=TODAY)
    data = draft.model_dump(mode="json")
    assert [child["first_name"]["value"] for child in data["children"]] == ["Esme"]
    assert data["la_reference"]["value"] == "NTH-0990"
    assert data["children"][0]["risks"]["to_child"]["sexual_exploitation"]["value"] == "present"
    assert data["children"][0]["risks"]["to_child"]["missing"]["value"] != "present"


@pytest.mark.parametrize(
    ("said", "count"),
    [
        ("Five, counting the children's home she left last week", 5),
        ("Three including his placement with his aunt", 3),
        ("4, counting the current carers", 4),
        ("Two - foster carers then nan", 2),
        # the count's own noun before the list
        ("Three previous: two foster homes, then a residential home", 3),
        ("2 placements - with nan, then with the current carers", 2),
    ],
)
def test_a_count_that_counts_the_home_just_left_is_that_count(said, count):
    assert placements_count(said) == count


@pytest.mark.parametrize(
    "said",
    [
        "not yet assessed: CSE, CCE, fire setting",
        "Not assessed - eating, animals, HSB",
        "unknown: self-harm, going missing",
    ],
)
def test_risks_listed_after_a_status_that_answers_nothing_are_left_open(said):
    assert statements(said) == []


def test_an_open_list_beside_answered_ones_leaves_only_itself_open():
    found = {
        (s.name, s.state.value)
        for s in statements("fire setting: past only; none known: self-harm; not yet assessed: CSE")
    }
    assert found == {("fire_setting", "historical"), ("self_harm", "none_known")}


@pytest.mark.parametrize(
    "sentence",
    ["New one for you, no ref yet.", "No case number as yet - will send."],
)
def test_a_reference_there_is_none_of_yet_is_asked_for(sentence):
    text = f"Child: Kai Brennan\nDOB: 04/04/2012\n{sentence}\nSocial worker: Omar Shah"
    draft = read_referral_document(text.encode(), filename="note.txt", today=TODAY)
    pointers = [item["pointer"] for item in draft.model_dump(mode="json")["missing"]]
    assert "/la_reference" in pointers
