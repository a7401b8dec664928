"""Classes from the Word and PDF documents of training_j (j27-j45), in my own words:
printed paper forms filled in on their dotted lines (one child or a sibling group),
risk tick rows with their details after the last box, ...
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.answers import split_options
from hearth_referrals.documents.rules.dates import find_start_dates
from hearth_referrals.documents.rules.history import first_placement
from hearth_referrals.documents.rules.labels import field_for
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

TODAY = TEST_NOW.date()


def _pdf(lines: list[str]) -> bytes:
    """A printed page, one line of text under another (no tables, no fields)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        if y < 60:
            pdf.showPage()
            y = 800
        pdf.drawString(40, y, line)
        y -= 16
    pdf.save()
    return buffer.getvalue()


def _read(lines: list[str], as_pdf: bool = True) -> dict:
    data = _pdf(lines) if as_pdf else "\n".join(lines).encode()
    return read_referral_document(data, today=TODAY).referral


def _missing(lines: list[str]) -> set[str]:
    draft = read_referral_document(_pdf(lines), today=TODAY)
    return {item.pointer for item in draft.missing}


class TestDottedLineForm:
    """A paper form: each answer written between runs of dots after its printed label."""

    HEAD = [
        "Request for a foster home",
        "Council: ....Hartlepool Borough Council....",
        "Date of request: ....19/11/26....",
        "Our ref: ....HBC 44120....",
        "Allocated worker: ....Priya Nandakumar....",
        "Phone: ....01632 960777....",
    ]

    @pytest.mark.parametrize("as_pdf", [True, False])
    def test_names_and_worker_are_the_words_between_the_dots(self, as_pdf):
        referral = _read(
            [
                *self.HEAD,
                "First name: ....Marcus....",
                "Surname: ....Okafor-Lee....",
                "Date of birth: ....4/6/15....",
            ],
            as_pdf,
        )
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Marcus", "Okafor-Lee")
        assert referral["la_reference"] == "HBC 44120"
        assert referral["social_worker"]["name"] == "Priya Nandakumar"
        assert referral["social_worker"]["phone"].replace(" ", "") == "01632960777"

    @pytest.mark.parametrize(
        "value",
        ["....Jade....", "...... Jade ......", "____Jade____", "\u2026Jade\u2026", "Jade"],
    )
    def test_dots_underscores_or_an_ellipsis_around_the_word(self, value):
        referral = _read([*self.HEAD, f"Forename: {value}", "Surname: ....Pike...."])
        assert referral["children"][0]["first_name"] == "Jade"

    @pytest.mark.parametrize("as_pdf", [True, False])
    def test_no_colon_only_the_dotted_line(self, as_pdf):
        referral = _read(
            [
                "Request for a foster home",
                "Date of request ....19/11/26....",
                "First name ........ Marcus ........",
                "Surname ......Okafor-Lee......",
                "Date of birth .... 4/6/15 ....",
                "Allocated worker ....Priya Nandakumar....",
                "Ref no .... HBC 44120 ....",
            ],
            as_pdf,
        )
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Marcus", "Okafor-Lee")
        assert referral["la_reference"] == "HBC 44120"
        assert referral["social_worker"]["name"] == "Priya Nandakumar"

    def test_two_dotted_lines_read_as_one(self):
        from hearth_referrals.documents.blocks import Block, BlockKind
        from hearth_referrals.documents.rules.answers import pair_answers

        line = "Social worker ....Priya Nandakumar.... Ref no ....HBC 44120...."
        answers = pair_answers([Block(BlockKind.PARAGRAPH, line)])
        assert [(a.label, a.value) for a in answers] == [
            ("Social worker", "Priya Nandakumar"),
            ("Ref no", "HBC 44120"),
        ]

    @pytest.mark.parametrize("line", ["Contents ........ 3", "Risks .......... 4"])
    def test_a_contents_line_is_no_answer(self, line):
        from hearth_referrals.documents.blocks import Block, BlockKind
        from hearth_referrals.documents.rules.answers import pair_answers

        assert [a.label for a in pair_answers([Block(BlockKind.PARAGRAPH, line)])] == [""]

    def test_a_line_left_as_dots_is_not_an_answer(self):
        missing = _missing(
            [
                *self.HEAD,
                "First name: ....Tia....",
                "Surname: ....Marsh....",
                "Date of birth: ....01/01/2016....",
                "Health: ..........",
            ]
        )
        assert "/children/0/health_needs" in missing

    def test_a_sibling_group_one_dotted_section_per_child(self):
        referral = _read(
            [
                *self.HEAD,
                "Child 1",
                "First name: ....Leon....",
                "Surname: ....Birch....",
                "D.O.B.: ....12/12/12....",
                "Child 2",
                "First name: ....Maisie....",
                "Surname: ....Birch....",
                "D.O.B.: ....03/05/16....",
            ]
        )
        names = [(c.get("first_name"), c.get("last_name")) for c in referral["children"]]
        assert names == [("Leon", "Birch"), ("Maisie", "Birch")]
        assert referral["children"][1]["date_of_birth"] == "2016-05-03"


class TestPastPlacementsLabel:
    @pytest.mark.parametrize(
        "label", ["Past placements", "Prior placements", "Earlier placement", "Previous placements"]
    )
    def test_a_label_for_the_moves_so_far(self, label):
        assert field_for(label) == "history"

    def test_not_the_placement_being_asked_for(self):
        assert field_for("Placement required") != "history"


class TestDetailsAfterTheLastBox:
    @pytest.mark.parametrize(
        ("text", "detail", "ticked"),
        [
            ("[X] Yes [ ] Past [ ] No Details: kicks doors when refused", "kicks doors", "Yes"),
            ("[ ] Yes [X] Past [ ] No Notes: one fire in 2022, none since", "one fire", "Past"),
            ("[ ] Yes [ ] No [X] Past: ran off twice last year", "ran off twice", "Past"),
            ("[X] Yes [ ] No If yes, give details: carries a knife", "carries a knife", "Yes"),
        ],
    )
    def test_the_detail_is_the_rows_words_not_an_option(self, text, detail, ticked):
        rest, options = split_options(text)
        assert rest.startswith(detail)
        assert [word for word, mark in options if mark] == [ticked]
        assert all(len(word.split()) == 1 for word, _ in options)

    def test_a_plain_no_at_the_end_is_still_an_option(self):
        rest, options = split_options("[ ] Yes [X] No")
        assert rest == ""
        assert options == [("Yes", False), ("No", True)]


def _docx_table(rows: list[list[str]], before: list[str] | None = None) -> bytes:
    from docx import Document

    document = Document()
    for line in before or []:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestNumberedRows:
    """A care plan extract: each row numbered in a column of its own before its label."""

    ROWS = [
        ["1", "Child", "Ellis Varga, born 02/03/2016, Male"],
        ["2", "Legal basis for care", "Care order"],
        ["3", "Education (PEP)", "Westbrook Primary School"],
        ["4", "Placements to date", "Foster carers, Leeds, 2022-now"],
    ]
    BEFORE = ["Care plan extract", "Date sent: 20/11/2026", "Child ref: WK-55012"]

    @pytest.mark.parametrize("header", [None, ["No.", "Section", "Detail"], ["#", "Item", "Plan"]])
    def test_the_number_column_is_not_the_label(self, header):
        rows = ([header] if header else []) + self.ROWS
        draft = read_referral_document(_docx_table(rows, self.BEFORE), today=TODAY)
        child = draft.referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Ellis", "Varga")
        assert child["gender"] == "male"
        assert child["legal_status"] == "C2"
        assert child["school"]["name"] == "Westbrook Primary School"
        assert child["previous_placements_count"] == 1

    def test_numbered_with_dots_and_letters(self):
        rows = [
            ["1.", "Child", "Ellis Varga, born 02/03/2016, Male"],
            ["2a)", "School", "Oak Hill"],
        ]
        draft = read_referral_document(_docx_table(rows, self.BEFORE), today=TODAY)
        assert draft.referral["children"][0]["school"]["name"] == "Oak Hill"

    def test_a_table_whose_first_column_is_a_real_value_is_unchanged(self):
        rows = [["Name", "Ellis Varga", ""], ["Siblings", "2", "both at home"]]
        draft = read_referral_document(_docx_table(rows, self.BEFORE), today=TODAY)
        assert draft.referral["children"][0]["first_name"] == "Ellis"


class TestInterpreterInTheLanguageAnswer:
    @pytest.mark.parametrize(
        "answer",
        ["Arabic; needs an interpreter for meetings", "Tigrinya - limited English", "Dari (EAL)"],
    )
    def test_a_language_answer_saying_how_to_talk_with_the_child(self, answer):
        referral = _read(["Name: Ali Kaya", "Date of birth: 01/01/2010", f"Language: {answer}"])
        assert referral["children"][0]["communication_requirements"] == ["esol"]

    def test_a_plain_language_is_no_requirement(self):
        referral = _read(["Name: Ali Kaya", "Date of birth: 01/01/2010", "Language: English"])
        assert not referral["children"][0].get("communication_requirements")


class TestHealthAndEducationHeading:
    """One heading for two topics, answered with the health part; the school on a line
    of its own after it, or not at all."""

    HEAD = ["Date of referral: 20/11/2026", "Name: Rhys Doran", "Date of birth: 05/05/2013"]

    @pytest.mark.parametrize(
        "health",
        [
            "Eczema; steroid cream twice a day.",
            "Epilepsy, takes Keppra.",
            "Hay fever.",
            "Coeliac disease - gluten-free diet",
        ],
    )
    @pytest.mark.parametrize("label", ["Health and education", "Education & health"])
    def test_the_school_line_below_is_the_school(self, health, label):
        referral = _read([*self.HEAD, f"{label}: {health}", "School: Brookfield High School."])
        assert referral["children"][0]["school"]["name"] == "Brookfield High School"

    def test_health_words_alone_are_no_school(self):
        referral = _read([*self.HEAD, "Health and education: Hay fever."])
        assert "school" not in referral["children"][0]

    def test_an_answer_in_two_pieces_still_gives_both(self):
        referral = _read([*self.HEAD, "Health / school: Well / Brookfield Primary"])
        child = referral["children"][0]
        assert child["school"]["name"] == "Brookfield Primary"
        assert child["health_needs"] == "Well"


class TestAllergyInTheHealthAnswer:
    HEAD = ["Date of referral: 20/11/2026", "Name: Rhys Doran", "Date of birth: 05/05/2013"]

    @pytest.mark.parametrize(
        ("health", "allergy"),
        [
            ("Asthma. Dog allergy.", "dog"),
            ("Eczema; allergic to penicillin", "penicillin"),
            ("Severe nut allergy (carries an EpiPen)", "nut"),
        ],
    )
    def test_an_allergy_named(self, health, allergy):
        referral = _read([*self.HEAD, f"Health: {health}"])
        assert allergy in referral["children"][0]["allergies"].lower()

    @pytest.mark.parametrize("health", ["Asthma; no known allergies", "Well. NKDA."])
    def test_none_known(self, health):
        referral = _read([*self.HEAD, f"Health: {health}"])
        assert referral["children"][0]["allergies"] == "none known"

    @pytest.mark.parametrize("health", ["Query nut allergy - being tested", "Well"])
    def test_no_allergy_named(self, health):
        referral = _read([*self.HEAD, f"Health: {health}"])
        assert "allergies" not in referral["children"][0]


class TestStepUpRequest:
    """A child-in-need step-up request: a numbered table of questions, one left empty,
    the risks asked one question each, the start asked "When from?"."""

    def _rows(self, risk_answer: str, numbered: bool = True) -> list[list[str]]:
        rows = [
            ["Date of request", "19/11/2026"],
            ["Child's full name", "Kian Holt"],
            ["Date of birth", "14/02/2012"],
            ["Gender", ""],
            ["When from?", "Mon 23rd"],
            ["School", "Ashby Hill Academy"],
            ["Is there any risk of: going missing?", "No"],
            ["Is there any risk of: self-harm?", risk_answer],
        ]
        if numbered:
            rows = [[f"{number}.", *row] for number, row in enumerate(rows, start=1)]
        return rows

    @pytest.mark.parametrize("numbered", [True, False])
    def test_names_and_start(self, numbered):
        data = _docx_table(self._rows("No", numbered), ["Step-up request"])
        referral = read_referral_document(data, today=TODAY).referral
        child = referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Kian", "Holt")
        assert child["school"]["name"] == "Ashby Hill Academy"
        assert referral["placement"]["start_date"] == "2026-11-23"

    @pytest.mark.parametrize(
        ("answer", "state"),
        [
            ("Possibly - cuts seen by school; he denies it", "suspected"),
            ("Yes - cut his arm last week", "present"),
            ("No", "none_known"),
        ],
    )
    def test_each_risk_question_answered_in_its_row(self, answer, state):
        data = _docx_table(self._rows(answer), ["Step-up request"])
        risks = read_referral_document(data, today=TODAY).referral["children"][0]["risks"]
        assert risks["to_child"]["self_harm"]["state"] == state
        assert risks["to_child"]["missing"]["state"] == "none_known"

    @pytest.mark.parametrize("label", ["When from?", "When from", "When needed from?", "When by?"])
    def test_when_from_asks_the_start(self, label):
        assert field_for(label) == "start_date"


def _docx_with_header(header: list[str], body: list[str], footer: list[str] = ()) -> bytes:
    from docx import Document

    document = Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = header[0]
    for line in header[1:]:
        section.header.add_paragraph(line)
    if footer:
        section.footer.paragraphs[0].text = footer[0]
    for line in body:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestReferenceOnlyInThePageHeader:
    """A Word form whose LA and case reference are printed only in its page header: each
    header line stands alone (the LA's name is not a prompt for the reference line)."""

    BODY = [
        "Request for placement",
        "Date of request: 18/11/2026",
        "Forename: Lily",
        "Surname: Cole",
        "Date of birth: 09/09/2014",
    ]

    @pytest.mark.parametrize(
        ("header", "reference"),
        [
            (["WIGAN COUNCIL · Children's Services", "Case ref WGN-40021 - OFFICIAL"], "WGN-40021"),
            (["Oldham Council", "Family ref OLD 551207"], "OLD 551207"),
            (["Bolton Council Children's Services", "Mosaic ID 7731209 - SENSITIVE"], "7731209"),
        ],
    )
    def test_the_reference_line_under_the_councils_name(self, header, reference):
        draft = read_referral_document(_docx_with_header(header, self.BODY), today=TODAY)
        assert draft.referral["la_reference"] == reference
        assert draft.la_code is not None and draft.la_code.value is not None


class TestNumberedPartPerChild:
    """ "Part 3: The child 1" then "Part 3: The child 2": each child's risk rows are theirs."""

    @pytest.mark.parametrize("heading", ["Part 3: The child {n}", "Section 2 - Child {n}"])
    def test_a_risk_in_the_second_childs_part_is_the_second_childs(self, heading):
        from docx import Document

        document = Document()
        document.add_paragraph("Date of request: 18/11/2026")
        for n, (name, animals) in enumerate(
            [("Ava", "No"), ("Noah", "Past - kicked the dog in 2023, none since")], start=1
        ):
            document.add_heading(heading.format(n=n), level=1)
            table = document.add_table(rows=4, cols=2)
            for r, (label, value) in enumerate(
                [
                    ("Forename", name),
                    ("Surname", "Pell"),
                    ("Date of birth", f"0{n}/02/2013"),
                    ("Cruelty to animals", animals),
                ]
            ):
                table.cell(r, 0).text = label
                table.cell(r, 1).text = value
        buffer = io.BytesIO()
        document.save(buffer)
        children = read_referral_document(buffer.getvalue(), today=TODAY).referral["children"]
        states = [c["risks"]["to_others"]["harm_to_animals"]["state"] for c in children]
        assert [c["first_name"] for c in children] == ["Ava", "Noah"]
        assert states == ["none_known", "historical"]


class TestDayInABracketAfterItsMonth:
    """ "early January (4th)", "February 2027 (Mon 1st)": the month, then its day in a
    bracket; "tomorrow (Fri)": a day named, its weekday in a bracket."""

    @pytest.mark.parametrize(
        ("text", "day"),
        [
            ("early January (4th)", date(2027, 1, 4)),
            ("from February 2027 (Mon 1st)", date(2027, 2, 1)),
            ("mid December (Weds 16th)", date(2026, 12, 16)),
            ("March (from the 2nd)", date(2027, 3, 2)),
        ],
    )
    def test_the_day_is_read(self, text, day):
        assert [found.value for found in find_start_dates(text, date(2026, 11, 20))] == [day]

    @pytest.mark.parametrize(
        "text", ["since March 2024, 2nd placement", "January (TBC)", "March 2027 (1st)"]
    )
    def test_no_day_is_invented(self, text):
        assert find_start_dates(text, date(2026, 11, 20)) == []

    @pytest.mark.parametrize(
        ("answer", "start"),
        [
            ("tomorrow (Fri)", "2026-11-21"),
            ("Monday (Mon)", "2026-11-23"),
            ("tomorrow", "2026-11-21"),
        ],
    )
    def test_a_day_named_with_its_weekday(self, answer, start):
        referral = _read(
            [
                "Date of request: 20/11/2026",
                "Name: Jo Bex",
                "Date of birth: 01/01/2012",
                f"Move needed by: {answer}",
            ]
        )
        assert referral["placement"]["start_date"] == start

    def test_the_start_said_with_the_kind_of_placement(self):
        referral = _read(
            [
                "Date of request: 20/11/2026",
                "Name: Jo Bex",
                "Date of birth: 01/01/2012",
                "Placement needed: Foster placement, long term, from January 2027 (Tues 5th)",
            ]
        )
        assert referral["placement"]["start_date"] == "2027-01-05"
        assert referral["placement"]["duration"] == "long_term"


class TestNeverPlacedBeforeABabysAssessment:
    """A parent-and-child referral: the baby "with her mother since birth" has had no
    placement before; a move after that is a placement."""

    @pytest.mark.parametrize(
        "answer",
        [
            "With her mother since birth",
            "Lived at home with his parents all his life",
            "At home with mum since she was born.",
            "At home since birth",
        ],
    )
    def test_none_before(self, answer):
        assert first_placement(answer)

    @pytest.mark.parametrize(
        "answer",
        [
            "With her mother since birth; foster carers since 02/10/2026",
            "Foster carers since birth",
            "With maternal aunt since birth (kinship foster care)",
        ],
    )
    def test_a_placement_is_named(self, answer):
        assert not first_placement(answer)


class TestAnswerRepeatsItsPrompt:
    """ "Family time plan | Family time: to be confirmed": the answer restates its prompt
    before a colon; the words after it are the answer (here, still a question)."""

    ROWS = [
        ["Child", "Omar Said, born 03/03/2010, Male"],
        ["Date sent", "20/11/2026"],
        ["Education (PEP)", "Education: Hull College"],
    ]

    @pytest.mark.parametrize(
        "answer",
        [
            "Family time: to be confirmed (tracing with Red Cross).",
            "Family time: TBC",
            "Family time: unknown",
        ],
    )
    def test_a_gap_is_still_asked(self, answer):
        data = _docx_table([*self.ROWS, ["Family time plan", answer]])
        missing = {item.pointer for item in read_referral_document(data, today=TODAY).missing}
        assert "/children/0/family_time" in missing

    @pytest.mark.parametrize(
        ("label", "answer"),
        [
            ("Placements", "Two previous placements: foster care 2023, foster care 2024-now"),
            ("Family time", "No family time: a court order stops all contact"),
        ],
    )
    def test_an_answer_that_opens_with_its_own_words_is_kept_whole(self, label, answer):
        from hearth_referrals.documents.blocks import Block, BlockKind
        from hearth_referrals.documents.rules.answers import pair_answers

        answers = pair_answers([Block(BlockKind.PARAGRAPH, f"{label}: {answer}")])
        assert answers[0].value == answer

    def test_an_answer_is_read(self):
        data = _docx_table([*self.ROWS, ["Family time plan", "Family time: mum monthly"]])
        child = read_referral_document(data, today=TODAY).referral["children"][0]
        assert child["family_time"][0]["frequency"] == "monthly"
        assert child["school"]["name"] == "Hull College"


def _tracked_docx(lines: list[tuple[str, str, str]]) -> bytes:
    """Paragraphs of (label, deleted value, inserted value) with Word's tracked changes;
    a reviewer's comment anchored on the first paragraph."""
    from docx import Document
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = Document()
    for number, (label, old, new) in enumerate(lines):
        paragraph = document.add_paragraph(f"{label}: ")
        if old:
            paragraph._p.append(
                parse_xml(
                    f'<w:del {w} w:id="{number * 2 + 1}" w:author="TM" w:date="2026-11-20T09:00:00Z">'
                    f'<w:r><w:delText xml:space="preserve">{old}</w:delText></w:r></w:del>'
                )
            )
        if new:
            paragraph._p.append(
                parse_xml(
                    f'<w:ins {w} w:id="{number * 2 + 2}" w:author="TM" w:date="2026-11-20T09:00:00Z">'
                    f'<w:r><w:t xml:space="preserve">{new}</w:t></w:r></w:ins>'
                )
            )
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestTrackedChanges:
    """A Word form sent with its tracked changes still on: the value is what the document
    says once the changes are accepted (the deleted words are history, not the answer)."""

    @pytest.mark.parametrize(
        ("old", "new", "start"),
        [
            ("07/12/2026", "14/12/2026", "2026-12-14"),
            ("Monday 30th November", "Friday 4th December", "2026-12-04"),
            ("", "01/12/2026", "2026-12-01"),
        ],
    )
    def test_the_start_is_the_inserted_date(self, old, new, start):
        data = _tracked_docx(
            [
                ("Date of request", "", "20/11/2026"),
                ("Forename", "", "Ruby"),
                ("Surname", "", "Hale"),
                ("Date of birth", "", "04/04/2014"),
                ("Required from", old, new),
            ]
        )
        assert (
            read_referral_document(data, today=TODAY).referral["placement"]["start_date"] == start
        )

    def test_a_deleted_school_is_not_the_school(self):
        data = _tracked_docx(
            [
                ("Date of request", "", "20/11/2026"),
                ("Forename", "", "Ruby"),
                ("Surname", "", "Hale"),
                ("School", "Eagley Infant School", "Eagley Junior School"),
            ]
        )
        child = read_referral_document(data, today=TODAY).referral["children"][0]
        assert child["school"]["name"] == "Eagley Junior School"

    def test_a_value_deleted_and_not_replaced_is_a_gap(self):
        data = _tracked_docx(
            [
                ("Date of request", "", "20/11/2026"),
                ("Forename", "", "Ruby"),
                ("Surname", "", "Hale"),
                ("Date of birth", "", "04/04/2014"),
                ("School", "Eagley Junior School", ""),
            ]
        )
        draft = read_referral_document(data, today=TODAY)
        assert "school" not in draft.referral["children"][0]
        assert "/children/0/school" in {item.pointer for item in draft.missing}


class TestReviewersComments:
    """A reviewer's comment in the margin ("Agreed - emergency, s20", "check DOB") is a
    note about the form, not its answer: the body's words are read, the comment's not."""

    @pytest.mark.parametrize(
        ("comment", "field", "body"),
        [
            ("Agreed - emergency, s20", "urgency", "Planned"),
            ("Should this be long term?", "duration", "Short term"),
        ],
    )
    def test_the_body_answers(self, comment, field, body):
        from docx import Document

        document = Document()
        for line in [
            "Date of request: 20/11/2026",
            "Forename: Ruby",
            "Surname: Hale",
            "Placement type: Foster placement",
            f"{field.capitalize()}: {body}",
        ]:
            paragraph = document.add_paragraph(line)
        document.add_comment(paragraph.runs, text=comment, author="Service Manager")
        buffer = io.BytesIO()
        document.save(buffer)
        placement = read_referral_document(buffer.getvalue(), today=TODAY).referral["placement"]
        assert placement[field] == body.lower().replace(" ", "_")

    def test_a_comment_on_a_heading_does_not_take_its_place(self):
        from docx import Document

        document = Document()
        document.add_paragraph("Date of request: 20/11/2026")
        document.add_paragraph("Forename: Ruby")
        document.add_paragraph("Surname: Hale")
        heading = document.add_heading("Health and education", level=1)
        document.add_comment(heading.runs, text="Type 1 diabetes - check", author="SM")
        document.add_paragraph("School: Crestwood Community School")
        buffer = io.BytesIO()
        document.save(buffer)
        child = read_referral_document(buffer.getvalue(), today=TODAY).referral["children"][0]
        assert child["school"]["name"] == "Crestwood Community School"


class TestNoticeToEndAPlacement:
    """An agency's move notice: the carers have given notice, the move is due when it
    ends; a date the form gives for the move itself wins; the notice is no placement
    length."""

    HEAD = [
        "PLACEMENT MOVE NOTICE",
        "Date of this request: 17/11/2026",
        "Local authority: Staffordshire County Council",
        "Child's social worker: Kelly Brindley",
        "Child: Aaron Shenton",
        "Date of birth: 28/02/2014",
    ]

    @pytest.mark.parametrize(
        ("notice", "start"),
        [
            ("28 days from 17/11/2026", "2026-12-15"),
            ("Four weeks' notice given on 20/11/2026", "2026-12-18"),
            ("14 days", "2026-12-01"),
            ("Carers retiring - 6 weeks", "2026-12-29"),
        ],
    )
    def test_the_move_is_due_when_the_notice_ends(self, notice, start):
        placement = _read([*self.HEAD, f"Notice period: {notice}"])["placement"]
        assert placement["start_date"] == start
        assert "duration" not in placement

    def test_the_move_date_given_wins(self):
        placement = _read([*self.HEAD, "Notice period: 28 days", "Move needed by: 04/12/2026"])[
            "placement"
        ]
        assert placement["start_date"] == "2026-12-04"

    @pytest.mark.parametrize(
        "notice", ["3 months", "Immediate - carers cannot keep her safe", "none"]
    )
    def test_no_day_from_a_notice_that_names_none(self, notice):
        placement = _read([*self.HEAD, f"Notice period: {notice}"])["placement"]
        assert "start_date" not in placement


class TestChildDetailsInOneCell:
    """A care plan's "Child" row: name, date of birth, gender (and the name the child goes
    by) written in one cell, in several ways."""

    @pytest.mark.parametrize(
        ("cell", "known_as"),
        [
            ('Archie Stamford, born 15/09/2019, Male, known as "Arch"', "Arch"),
            ("Archie STAMFORD (DOB 15.09.2019), boy", None),
            ("Archie Stamford - date of birth 15 September 2019 - male", None),
            ("Stamford, Archie; born 15/09/2019; male", None),
            ('Archie Stamford ("Arch"), 7, born 15/09/2019, he/him', "Arch"),
        ],
    )
    def test_each_part_is_read(self, cell, known_as):
        rows = [["1", "Child", cell], ["2", "Legal basis for care", "Care order"]]
        data = _docx_table(rows, ["Care plan extract", "Date sent to placements: 20/11/2026"])
        child = read_referral_document(data, today=TODAY).referral["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Archie", "Stamford")
        assert child["date_of_birth"] == "2019-09-15"
        assert child["gender"] == "male"
        assert child.get("known_as") == known_as


class TestUndatedOfficeDocuments:
    """No date of its own: a care plan's review date, a blank dotted "Date" line or a
    hearing's date is not when the referral was made (the question is asked)."""

    @pytest.mark.parametrize(
        "rows",
        [
            [["Care plan last reviewed", "CLA review 06/11/2026"], ["Date sent to placements", ""]],
            [["Date sent to placements", "........"], ["Next hearing", "IRH 15/12/2026"]],
        ],
    )
    def test_the_referral_date_is_asked(self, rows):
        data = _docx_table(
            [*rows, ["Child", "Ellis Varga, born 02/03/2016, Male"], ["School", "Oak Hill"]],
            ["Care plan (part 2) extract"],
        )
        draft = read_referral_document(data, today=TODAY)
        assert "referral_date" not in draft.referral
        assert "/referral_date" in {item.pointer for item in draft.missing}

    def test_a_blank_dotted_date_line(self):
        draft = read_referral_document(
            _pdf(
                [
                    "Referral (form R2)",
                    "Date: ........",
                    "First name: ....Finlay....",
                    "Surname: ....Vance....",
                    "D.O.B.: ....11/01/11....",
                ]
            ),
            today=TODAY,
        )
        assert "referral_date" not in draft.referral
        assert draft.referral["children"][0]["date_of_birth"] == "2011-01-11"


class TestAgencysMoveNoticeWorker:
    """An agency's move notice is written by its supervising social worker; the child's
    social worker is the placing authority's, named in a row of their own."""

    @pytest.mark.parametrize(
        "label",
        [
            "Child's social worker",
            "LA social worker",
            "Placing authority social worker",
            "Allocated social worker (LA)",
        ],
    )
    def test_the_las_worker_not_the_agencys(self, label):
        referral = _read(
            [
                "PLACEMENT MOVE NOTICE",
                "Date of this request: 17/11/2026",
                "Completed by: Jo Vernon, Supervising Social Worker, Meadowbank Fostering,"
                " 01632 960425",
                "Placing authority",
                "Local authority: Staffordshire County Council",
                f"{label}: Kelly Brindley",
                "Social worker phone: 01632 960424",
                "Child: Aaron Shenton",
                "Date of birth: 28/02/2014",
            ]
        )
        worker = referral["social_worker"]
        assert worker["name"] == "Kelly Brindley"
        assert worker["phone"].replace(" ", "") == "01632960424"
