"""Referral records exported by case systems and trackers, and the form shapes met beside
them (issue 12, training_p's classes). Each document is written for this test, in new
words and with new people; none is copied from a set."""

from __future__ import annotations

import io

import pytest
from docx import Document
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _read(data: bytes | str) -> dict:
    raw = data.encode() if isinstance(data, str) else data
    return read_referral_document(raw, today=TEST_NOW.date()).referral


def _names(referral: dict) -> list[tuple[str | None, str | None]]:
    return [(child.get("first_name"), child.get("last_name")) for child in referral["children"]]


class TestYamlExport:
    """A case system's YAML: request, worker and a list of children, each a "- name:" item."""

    YAML = """# placement request exported from the case system
referral:
  council: "Barnsley"
  ref_no: BAR-40021
  {date_key}: 2026-11-17
  urgency: {urgency}
allocated_worker:
  name: "Tomasz Nowak"
  email: tomasz.nowak@barnsley.example.gov.uk
{children_key}:
  - full_name: "Ottilie Grange"
    dob: "2013-05-09"
    sex: Female
    school: "Darton Academy (Year 8)"
  - full_name: "Piran Grange"
    dob: "2016-10-30"
    sex: Male
"""

    @pytest.mark.parametrize(
        ("date_key", "urgency", "children_key"),
        [
            ("created", "planned", "children"),
            ("date_requested", "Planned", "young_people"),
            ("referral_date", "planned", "siblings"),
        ],
    )
    def test_every_child_the_worker_and_the_date_are_read(self, date_key, urgency, children_key):
        referral = _read(
            self.YAML.format(date_key=date_key, urgency=urgency, children_key=children_key)
        )
        assert _names(referral) == [("Ottilie", "Grange"), ("Piran", "Grange")]
        assert referral["social_worker"]["name"] == "Tomasz Nowak"
        assert referral["referral_date"] == "2026-11-17"
        assert referral["children"][1]["date_of_birth"] == "2016-10-30"
        assert referral["children"][0]["school"]["name"] == "Darton Academy"

    def test_a_typed_form_of_labelled_lines_is_not_taken_for_an_export(self):
        text = (
            "Child's name: Ottilie Grange\nDate of birth: 09/05/2013\nLegal status: S20\n"
            "Social worker: Tomasz Nowak\n  (duty until Monday)\nSchool: Darton Academy\n"
        )
        assert _names(_read(text)) == [("Ottilie", "Grange")]

    def test_an_export_with_anchors_and_aliases_is_not_expanded(self):
        text = (
            "base: &b\n  name: x\n  more: y\nchildren:\n  - *b\n  - *b\nrequest:\n  a: b\n  c: d\n"
        )
        # read as plain text: nothing fails and no alias is expanded into children
        assert len(_read(text)["children"]) <= 1


class TestLongListOfValues:
    """One value a row: the field, whose it is (a child's number or blank) and the value."""

    @pytest.mark.parametrize(
        ("header", "row"),
        [
            ("section,field,child,value", "{section},{field},{child},{value}"),
            ("group,item,child no,answer", "{section},{field},{child},{value}"),
            ("category;question;person;response", "{section};{field};{child};{value}"),
        ],
    )
    def test_each_child_is_read_apart_with_the_referrals_own_rows(self, header, row):
        rows = [
            ("request", "date requested", "", "03/11/2026"),
            ("request", "case number", "", "TMBC-88120"),
            ("request", "start", "", "09/11/2026"),
            ("worker", "name", "", "Grace Ilori"),
            ("worker", "email", "", "grace.ilori@example.gov.uk"),
            ("child", "name", "1", "Wren Castle"),
            ("child", "date of birth", "1", "14/02/2012"),
            ("child", "previous placements", "1", "not in care before"),
            ("risk", "fire setting", "1", "No"),
            ("child", "name", "2", "Ansel Castle"),
            ("child", "date of birth", "2", "01/08/2015"),
        ]
        lines = [header] + [row.format(section=s, field=f, child=c, value=v) for s, f, c, v in rows]
        referral = _read("\n".join(lines) + "\n")
        assert _names(referral) == [("Wren", "Castle"), ("Ansel", "Castle")]
        assert referral["referral_date"] == "2026-11-03"
        assert referral["la_reference"] == "TMBC-88120"
        assert referral["social_worker"]["email"] == "grace.ilori@example.gov.uk"
        assert referral["children"][1]["date_of_birth"] == "2015-08-01"


class TestFieldAuditTrail:
    """A case system's audit of a record's fields: each edit a row, a child's number within
    the field's name, the last edit of a field standing."""

    @pytest.mark.parametrize(
        "header",
        [
            "When,Who,Field,Old value,New value",
            "Changed at;Changed by;Item;Previous value;Value",
            "Time\tUser\tAttribute\tChanged from\tChanged to",
        ],
    )
    def test_the_last_edit_of_each_field_stands(self, header):
        delimiter = next(mark for mark in (";", "\t", ",") if mark in header)
        rows = [
            ("date of referral", "", "03/11/2026"),
            ("case number", "", "QRT-20114"),
            ("worker", "", "Ines Falk"),
            ("type of placement", "", "Planned foster placement"),
            ("start date", "", "30/11/2026"),
            ("Child 1 name", "", "Wren Castle"),
            ("Child 1 DOB", "", "14/02/2012"),
            ("Child 1 risk: fire setting", "", "None known"),
            ("Child 2 name", "", "Ansel Castle"),
            ("Child 2 DOB", "", "01/08/2015"),
            ("start date", "30/11/2026", "05/11/2026"),
            ("type of placement", "Planned foster placement", "Emergency foster placement"),
            ("Child 1 risk: fire setting", "None known", "Set fire to a bin on 1 November"),
        ]
        lines = [header] + [
            delimiter.join(("2026-11-03 09:00", "IFALK", field, old, new))
            for field, old, new in rows
        ]
        referral = _read("\n".join(lines) + "\n")
        assert _names(referral) == [("Wren", "Castle"), ("Ansel", "Castle")]
        assert referral["la_reference"] == "QRT-20114"
        assert referral["placement"]["start_date"] == "2026-11-05"
        assert referral["placement"]["urgency"] == "emergency"
        assert referral["children"][1]["date_of_birth"] == "2015-08-01"
        fire = referral["children"][0]["risks"]["to_others"]["fire_setting"]
        assert fire["state"] == "present"


class TestWideRowPerReferral:
    """One row for the whole referral, each child's answers in columns named by number."""

    @pytest.mark.parametrize(
        ("first", "second", "delimiter"),
        [
            ("C1 {}", "C2 {}", "\t"),
            ("Child 1 {}", "Child 2 {}", ","),
            ("YP1_{}", "YP2_{}", ";"),
            ("{} (child 1)", "{} (child 2)", "\t"),
        ],
    )
    def test_each_childs_column_group_is_that_child(self, first, second, delimiter):
        own = ["Row ID", "LA ref", "Received", "SW", "SW email", "Type", "Start"]
        per_child = ["Name", "DOB", "Gender", "School"]
        header = own + [first.format(label) for label in per_child]
        header += [second.format(label) for label in per_child]
        values = ["TR-77", "KMBC-20931", "12/11/2026", "Ines Falk", "ines.falk@example.gov.uk"]
        values += ["Residential children's home", "30/11/2026"]
        values += ["Milo Barr", "20/01/2011", "Male", "Heckmondwike Grammar School"]
        values += ["Edie Barr", "05/06/2014", "Female", "Batley Girls' High School"]
        referral = _read(delimiter.join(header) + "\n" + delimiter.join(values) + "\n")
        assert _names(referral) == [("Milo", "Barr"), ("Edie", "Barr")]
        assert referral["la_reference"] == "KMBC-20931"  # not the tracker's own row id
        assert referral["referral_date"] == "2026-11-12"
        assert referral["social_worker"]["name"] == "Ines Falk"
        assert referral["placement"]["setting"] == "residential"
        assert referral["children"][1]["gender"] == "female"


def _docx(build) -> bytes:
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _rows(document, rows) -> None:
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


class TestLineBrokenDashPrompts:
    """A child's facts as one paragraph of line-broken "Label - value" lines (any dash)."""

    @pytest.mark.parametrize("dash", ["\u2013", "-", "\u2014"])
    def test_each_line_is_its_labels_answer(self, dash):
        lines = [
            f"Name {dash} Lowen Hart",
            f"Date of birth {dash} 02/07/2013",
            f"Gender {dash} Male",
            f"School {dash} Penair School (Year 8)",
            f"Previous placements {dash} Twice before: two foster homes in 2022",
        ]
        data = _docx(lambda document: document.add_paragraph("\n".join(lines)))
        child = _read(data)["children"][0]
        assert child["gender"] == "male"
        assert child["school"]["name"] == "Penair School"
        assert child["date_of_birth"] == "2013-07-02"


class TestPaperDates:
    """The day the paper itself went out, under labels naming the record or its issue."""

    @pytest.mark.parametrize(
        "label",
        [
            "Record completed and sent",
            "Form finalised and issued",
            "Record date",
            "Date issued to framework providers",
            "Issued to providers",
        ],
    )
    def test_the_papers_date_is_the_referral_date(self, label):
        data = _docx(
            lambda document: _rows(
                document,
                [
                    ["Meeting held", "Monday 2 November 2026"],
                    [label, "Wednesday 4 November 2026"],
                    ["Name", "Saffi Rees"],
                    ["Date of birth", "03/03/2012"],
                ],
            )
        )
        assert _read(data)["referral_date"] == "2026-11-04"


class TestFamilyTimeSchedule:
    """A schedule with a person a row under "With | Arrangement"-style headers."""

    @pytest.mark.parametrize(
        ("header", "rows", "wanted"),
        [
            (
                ["With", "Arrangement"],
                [["nan", "every other Sunday, unsupervised"], ["dad", "Dad: once a month"]],
                [("nan", "fortnightly"), ("dad", "monthly")],
            ),
            (
                ["Who", "How often"],
                [["mum", "Mondays and Wednesdays after school"]],
                [("mum", "several_times_a_week")],
            ),
            (
                ["Person", "Frequency"],
                [["older brother", "weekly"], ["aunt", "monthly"]],
                [("older brother", "weekly"), ("aunt", "monthly")],
            ),
        ],
    )
    def test_each_person_and_how_often(self, header, rows, wanted):
        def build(document):
            document.add_paragraph("Family time schedule")
            _rows(document, [header, *rows])
            _rows(document, [["Name", "Tegan Vale"], ["Date of birth", "08/08/2014"]])

        child = _read(_docx(build))["children"][0]
        got = [(item["with_whom"], item["frequency"]) for item in child["family_time"]]
        assert got == wanted


class TestNameHeadingOverItsOwnLines:
    """A child's name alone over that child's own lines, then a table naming them again."""

    def test_the_second_childs_lines_are_hers(self):
        def build(document):
            for name, born, frequency in (
                ("Rhys Mallon", "01/01/2013", "weekly"),
                ("Cerys Mallon", "09/09/2016", "monthly"),
            ):
                document.add_paragraph(name)
                document.add_paragraph(f"Family time: gran \u2013 {frequency}")
                _rows(document, [["Name", name], ["Date of birth", born]])

        children = _read(_docx(build))["children"]
        assert _names({"children": children}) == [("Rhys", "Mallon"), ("Cerys", "Mallon")]
        assert [child["family_time"][0]["frequency"] for child in children] == [
            "weekly",
            "monthly",
        ]


class TestSmallerClasses:
    @pytest.mark.parametrize("label", ["Lot", "Framework lot", "Lot required"])
    def test_a_framework_lot_is_the_setting(self, label):
        data = _docx(
            lambda document: _rows(
                document, [[label, "Foster care"], ["Name", "Ada Lyle"], ["DOB", "01/01/2015"]]
            )
        )
        assert _read(data)["placement"]["setting"] == "fostering"

    @pytest.mark.parametrize(
        ("said", "count"),
        [("Once before: a month with the Ellises", 1), ("Twice before", 2), ("never in care", 0)],
    )
    def test_placements_counted_in_words(self, said, count):
        from hearth_referrals.documents.rules.needs import placements_count

        if count == 0:
            from hearth_referrals.documents.rules.history import first_placement

            assert first_placement(said)
        else:
            assert placements_count(said) == count

    @pytest.mark.parametrize("label", ["Visiting worker", "Visiting social worker"])
    def test_the_visiting_worker_is_the_childs_worker(self, label):
        from hearth_referrals.documents.rules.labels import field_for

        assert field_for(label) == "social_worker.name"


def _message(body: str, sender: str = "Nia Brook <nia.brook@example.gov.uk>") -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = "placements@example.gov.uk"
    message["Subject"] = "Placement request"
    message["Date"] = "Tue, 10 Nov 2026 10:00:00 +0000"
    message.set_content(body)
    return message.as_bytes()


_CHILD_LINES = "Name: Bea Lund\nDate of birth: 04/04/2014\nGender: Female\n"


class TestSemicolonRunOfFacts:
    """A child's facts run together on one line, "Label: value; Label: value; ..."."""

    @pytest.mark.parametrize("joiner", ["; ", ";  "])
    def test_each_labelled_piece_is_its_own_answer(self, joiner):
        line = joiner.join(
            ["Name: Caspar Yeo", "Date of birth: 12/12/2012", "Gender: Male", "Legal status: ICO"]
        )
        referral = _read(_message(f"Hello,\n\n{line}\n\nThanks\n"))
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Caspar", "Yeo")
        assert child["legal_status"] == "C1"

    def test_a_label_cut_by_a_pdf_line_wrap_is_joined(self):
        from hearth_referrals.documents.readers.pdf_layout import _label_cut

        before = "Name: Caspar Yeo; Gender: Male; Ethnicity: White Irish; Legal"
        assert _label_cut(before, "status: Interim care order (s38); School: Hove Park")
        assert _label_cut("Worker: Ann Oduya; Date of", "birth: 03/03/2013")
        assert not _label_cut("He enjoys football and Legal", "studies: none")


class TestRequestsInMessages:
    @pytest.mark.parametrize(
        "label", ["We are asking for", "We're looking for", "I am requesting", "We need"]
    )
    def test_the_request_line_gives_setting_length_and_start(self, label):
        body = f"Hello,\n\n{label}: foster care, planned, long term, from 30 November 2026.\n\n"
        placement = _read(_message(body + _CHILD_LINES))["placement"]
        assert placement["setting"] == "fostering"
        assert placement["duration"] == "long_term"
        assert placement["start_date"] == "2026-11-30"

    @pytest.mark.parametrize(
        "said",
        [
            "as soon as one is found - tonight if we can",
            "once carers for both are identified",
            "when a bed is available",
            "ASAP - no date yet",
            "as soon as possible, date not set",
        ],
    )
    def test_a_start_that_waits_on_a_match_is_not_a_day(self, said):
        body = f"Hello,\n\nPlacement: foster care. Emergency.\nNeeded: {said}\n\n{_CHILD_LINES}"
        assert _read(_message(body))["placement"].get("start_date") is None

    @pytest.mark.parametrize(
        ("written", "wanted"),
        [
            ("Type: Residential children's home | Planned", "residential"),
            ("Kind: Foster care", "fostering"),
        ],
    )
    def test_a_bare_type_answered_with_a_setting(self, written, wanted):
        body = f"Hello,\n\n{written}\n\n{_CHILD_LINES}"
        assert _read(_message(body))["placement"]["setting"] == wanted

    @pytest.mark.parametrize(
        ("said", "code"),
        [("The girls are on ICOs.", "C1"), ("Both boys are on EPOs.", "L2")],
    )
    def test_an_orders_abbreviation_in_the_plural(self, said, code):
        from hearth_referrals.documents.rules.legal_status import find_legal_statuses

        assert [status.value for status in find_legal_statuses(said)] == [code]


class TestCorrectionsInAReply:
    @pytest.mark.parametrize(
        ("note", "wanted"),
        [
            (
                "Start date is Friday 04/12/2026 - my email below wrongly said 02/12/2026.",
                "2026-12-04",
            ),
            ("The move date is 07/12/2026 (the form incorrectly gives 01/12/2026).", "2026-12-07"),
            ("Correction - the 28 days' notice ends on 18/12/2026, not 11/12/2026.", "2026-12-18"),
            ("Sorry: the notice period expires on 21/12/2026, not 14/12/2026.", "2026-12-21"),
        ],
    )
    def test_the_outer_note_wins_over_the_quoted_start(self, note, wanted):
        quoted = "\n".join(
            f"> {line}"
            for line in ["Placement: foster care", "Start: 02/12/2026", *_CHILD_LINES.splitlines()]
        )
        body = f"{note}\n\nNia\n\nOn Monday 9 November 2026, Nia Brook wrote:\n{quoted}\n"
        assert _read(_message(body))["placement"]["start_date"] == wanted


class TestWorkerWritesHerOwnRequest:
    @pytest.mark.parametrize("sign_off", ["Nia", "Nia Brook"])
    def test_the_sender_who_signs_off_is_the_worker(self, sign_off):
        body = f"Hi placements,\n\nPlease find a foster home.\n\n{_CHILD_LINES}\n{sign_off}\n"
        worker = _read(_message(body))["social_worker"]
        assert worker["name"] == "Nia Brook"
        assert worker["email"] == "nia.brook@example.gov.uk"

    def test_a_sign_off_over_another_role_is_not_the_worker(self):
        body = (
            f"Hi placements,\n\nPlease find a foster home.\n\n{_CHILD_LINES}\n"
            "Nia\nEDT Practitioner\n"
        )
        assert _read(_message(body)).get("social_worker", {}).get("name") is None

    def test_a_worker_named_in_the_body_stays_the_worker(self):
        body = (
            f"Hi placements,\n\nThe allocated social worker is Omar Reid.\n\n{_CHILD_LINES}\nNia\n"
        )
        assert _read(_message(body))["social_worker"]["name"] == "Omar Reid"


class TestLengthLeftOpen:
    @pytest.mark.parametrize("said", ["not yet agreed", "TBC", "to be decided", "Not known"])
    def test_an_open_length_answer_outweighs_a_headings_words(self, said):
        body = (
            "Referral for a parent and child assessment\n\n"
            f"Assessment length: {said}\n\nName: Orla Penn\nDate of birth: 01/11/2026\n"
        )
        assert _read(_message(body))["placement"].get("duration") is None

    def test_without_an_open_answer_the_heading_still_says_short_term(self):
        body = (
            "Referral for a parent and child assessment\n\n"
            "Name: Orla Penn\nDate of birth: 01/11/2026\n"
        )
        assert _read(_message(body))["placement"].get("duration") == "short_term"


@pytest.mark.parametrize(
    ("said", "rows"),
    [("Oakleigh, 2025", 1), ("The Fenwicks (2024)", 1), ("Oakleigh, 2025; Birchfield, 2026", 2)],
)
def test_a_home_named_with_its_one_year_is_a_placement(said, rows):
    from datetime import date

    from hearth_referrals.documents.rules.history import history_from_text

    assert len(history_from_text(said, date(2026, 12, 1))) == rows


# A long list whose columns carry the system's own names ("child_no", "field-name"): the
# child's number column is found whatever joins its words.
@pytest.mark.parametrize("whose", ["child_no", "child-no", "Child no", "child__number"])
def test_a_long_list_keeps_each_child_apart_under_a_system_column_name(whose):
    rows = [f"ref,section,{whose},item,value", "R1,request,,worker_name,Dev Okafor"]
    for number, (first, born) in enumerate((("Ellis", "2013-03-03"), ("Rosa", "2016-06-06")), 1):
        rows += [
            f"R1,child,{number},forename,{first}",
            f"R1,child,{number},surname,Quayle",
            f"R1,child,{number},dob,{born}",
        ]
    referral = _read("\n".join(rows) + "\n")
    assert [child["first_name"] for child in referral["children"]] == ["Ellis", "Rosa"]
    assert [child["date_of_birth"] for child in referral["children"]] == [
        "2013-03-03",
        "2016-06-06",
    ]
