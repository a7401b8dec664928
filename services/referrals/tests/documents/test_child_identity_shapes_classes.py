"""Finding each child and who they are, by the shape a document says it in (issue 12):
portal and case-system exports saved as text (``key=value`` paths, XML), a name heading
over a line of details in words, a numbered questionnaire per child, a prompt asking for
the name and the name the child goes by, a case code in an email's subject, the family
court's number, "<name> is a boy" sentences and "correct X: it is Y" notes. Every document
here is written for this test; none is copied from a document set."""

from __future__ import annotations

import io

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.exports import (
    export_lines,
    key_value_object,
    xml_object,
)
from hearth_referrals.documents.rules.corrections import corrections
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _read(data: bytes) -> dict:
    return read_referral_document(data, today=TODAY).referral


def _identities(referral: dict) -> list[tuple]:
    return [
        (
            child.get("first_name"),
            child.get("last_name"),
            child.get("date_of_birth"),
            child.get("gender"),
        )
        for child in referral["children"]
    ]


def _docx(paragraphs: list[str], tables: list[list[list[str]]] = ()) -> bytes:
    from docx import Document

    document = Document()
    for line in paragraphs:
        document.add_paragraph(line)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class TestKeyValueExports:
    """One ``key=value`` a line, keys as dotted paths with a child's index in brackets."""

    @pytest.mark.parametrize(
        ("children_key", "first", "last", "born", "sex"),
        [
            ("child", "forename", "surname", "dob", "sex"),
            ("young_person", "first_name", "last_name", "date_of_birth", "gender"),
            ("children", "givenName", "familyName", "birthDate", "gender"),
        ],
    )
    def test_each_indexed_child_is_a_child_of_their_own(self, children_key, first, last, born, sex):
        text = (
            "# Placement finder export\n"
            "case.reference=HX-660412\n"
            "case.created=2026-11-19\n"
            "social_worker.name=Rosa Quill\n"
            "social_worker.email=rosa.quill@example.gov.uk\n"
            f"{children_key}[2].{first}=Ottilie\n"
            f"{children_key}[2].{last}=Marsh\n"
            f"{children_key}[2].{born}=2016-09-03\n"
            f"{children_key}[2].{sex}=F\n"
            f"{children_key}[1].{first}=Benedict\n"
            f"{children_key}[1].{last}=Marsh\n"
            f"{children_key}[1].{born}=2013-01-21\n"
            f"{children_key}[1].{sex}=Male\n"
        )
        referral = _read(text.encode())
        assert _identities(referral) == [
            ("Benedict", "Marsh", "2013-01-21", "male"),
            ("Ottilie", "Marsh", "2016-09-03", "female"),
        ]
        assert referral["la_reference"] == "HX-660412"

    def test_a_status_and_note_pair_is_one_answer_and_empty_values_are_left_out(self):
        found = key_value_object(
            [
                "a.b=1",
                "kid[1].name=Tom Bell",
                "kid[1].nickname=",
                "kid[1].risk.fire.status=PAST",
                "kid[1].risk.fire.note=lit a bin in 2023",
                "kid[1].risk.missing.status=",
                "kid[1].risk.missing.note=",
                "total.count=1",
            ]
        )
        assert found is not None
        tree, _titles = found
        assert tree["kid"] == [
            {
                "name": "Tom Bell",
                "nickname": "",
                "risk": {
                    "fire": {"status": "PAST", "note": "lit a bin in 2023"},
                    "missing": {"status": "", "note": ""},
                },
            }
        ]

    @pytest.mark.parametrize(
        "lines",
        [
            ["Dear team,", "x = 1 in the spreadsheet", "Thanks"],  # a letter, not an export
            ["name=Tom", "dob=2014-01-01", "sex=M"],  # too few keys, and no paths
            ["Name: Tom", "a.b=1", "Note: see below", "DOB: 01/01/2014", "c.d=2", "e.f=3"],
        ],
    )
    def test_text_that_is_not_such_an_export_is_left_alone(self, lines):
        assert key_value_object(lines) is None

    def test_a_field_known_only_with_its_groups_name_keeps_the_group(self):
        lines = export_lines(
            "request.made=2026-11-02\nrequest.urgency=Planned\nrequest.reference=AB-99012\n"
            "worker.name=Ola Penn\nworker.phone=01632 960555\nkid[1].forename=Lia\n"
        )
        assert lines is not None
        assert "Request made: 2026-11-02" in lines  # "Made" alone asks nothing
        assert "Urgency: Planned" in lines
        assert "Worker name: Ola Penn" in lines


class TestXmlExports:
    """A case system's XML saved as text: each <Child> a child, named risks by attribute."""

    @pytest.mark.parametrize(
        "wrapper",
        [
            "{children}",  # <Child> elements straight under the root
            "<Children>{children}</Children>",  # wrapped in a list element
            "<YoungPeople>{children}</YoungPeople>",
        ],
    )
    def test_each_child_element_is_a_child(self, wrapper):
        children = (
            "<Child><GivenName>Priya</GivenName><FamilyName>Lowe</FamilyName>"
            "<DateOfBirth>2012-05-14</DateOfBirth><Sex>Female</Sex></Child>"
            "<Child><GivenName>Arjun</GivenName><FamilyName>Lowe</FamilyName>"
            "<DateOfBirth>2015-10-30</DateOfBirth><Sex>Male</Sex></Child>"
        )
        text = (
            '<?xml version="1.0"?>\n<Referral>\n<CaseRef>QX-401177</CaseRef>\n'
            + wrapper.format(children=children)
            + "\n</Referral>\n"
        )
        referral = _read(text.encode())
        assert _identities(referral) == [
            ("Priya", "Lowe", "2012-05-14", "female"),
            ("Arjun", "Lowe", "2015-10-30", "male"),
        ]
        assert referral["la_reference"] == "QX-401177"

    def test_elements_named_by_an_attribute_are_answers_of_their_names(self):
        tree = xml_object(
            "<R><Child><Risks>"
            '<Risk area="Fire" status="Historic">bin fire, 2022</Risk>'
            '<Risk area="Missing" status="NoneIdentified"></Risk>'
            "</Risks><Homes><Home>Carers, Leeds</Home><Home>Resi, York</Home></Homes>"
            "</Child></R>"
        )
        assert tree == {
            "Child": {
                "Risks": {
                    "Fire": {"status": "Historic", "notes": "bin fire, 2022"},
                    "Missing": {"status": "NoneIdentified", "notes": ""},
                },
                "Homes": ["Carers, Leeds", "Resi, York"],
            }
        }
        lines = export_lines(
            '<R><Child><Risks><Risk area="Fire" status="Historic">bin fire</Risk>'
            '<Risk area="Missing" status="NoneIdentified"></Risk></Risks></Child></R>'
        )
        assert lines == ["Child 1", "Fire: Historic - bin fire", "Missing: None identified"]

    @pytest.mark.parametrize(
        "text",
        [
            "<p>Hello</p> and more words",  # not one document
            '<!DOCTYPE r [<!ENTITY e "x">]><r><a>&e;</a></r>',  # entities are never expanded
            "<r><a>unclosed</r>",
            "Just a letter about a child.",
        ],
    )
    def test_text_that_is_not_one_safe_xml_document_is_left_alone(self, text):
        assert xml_object(text) is None


class TestNameHeadingOverDetailsInWords:
    """A heading of the child's name over a line that opens with the birth (or a bare
    date run with the gender), not over labelled rows."""

    @pytest.mark.parametrize(
        ("heading", "details", "wanted"),
        [
            (
                "MAISIE PRENTICE",
                "Born 4 March 2013. Female. On a care order.",
                ("2013-03-04", "female"),
            ),
            ("Maisie Prentice", "DOB 04/03/2013, girl, section 20", ("2013-03-04", "female")),
            ("Page 2: Maisie Prentice", "04/03/2013, F, ICO", ("2013-03-04", "female")),
            (
                "Slide 3 \u2013 Maisie Prentice",
                "4 March 2013 \u00b7 Female \u00b7 Care order",
                ("2013-03-04", "female"),
            ),
        ],
    )
    def test_the_heading_names_the_child_and_the_line_gives_birth_and_gender(
        self, heading, details, wanted
    ):
        text = (
            f"Placement request\nRef: PQ-220913\n\n{heading}\n{details}\nSchool: Hill Top Primary\n"
        )
        referral = _read(text.encode())
        assert _identities(referral) == [("Maisie", "Prentice", *wanted)]

    def test_two_headings_make_two_children(self):
        text = (
            "Dear colleague,\nWe ask for a home for the brother and sister below.\n\n"
            "RUFUS OKAFOR\nBorn 2 June 2011. Male.\nSchool: Vale Academy\n\n"
            "LENA OKAFOR\nBorn 19 August 2017. Female.\nSchool: Vale Infants\n"
        )
        assert _identities(_read(text.encode())) == [
            ("Rufus", "Okafor", "2011-06-02", "male"),
            ("Lena", "Okafor", "2017-08-19", "female"),
        ]

    def test_an_adults_birth_under_a_name_is_not_a_child(self):
        text = "Placement request\n\nDARREN OKAFOR\nBorn 2 June 1988. Male.\nRole: uncle\n"
        assert all(
            child.get("first_name") != "Darren" for child in _read(text.encode())["children"]
        )


class TestNumberedQuestionnairePerChild:
    """An agency's questionnaire: a table per child headed "About child N", each row
    numbered "N.M" in a column of its own."""

    @pytest.mark.parametrize("head", ["About child {n}", "Child {n}", "Details of child {n}"])
    def test_each_childs_table_is_that_childs(self, head):
        def table(n: int, name: str, born: str, gender: str) -> list[list[str]]:
            return [
                ["No.", head.format(n=n), "Your answer"],
                [f"{n}.1", "Name and what they like to be called", name],
                [f"{n}.2", "Date of birth", born],
                [f"{n}.3", "Gender", gender],
            ]

        data = _docx(
            ["Matching questionnaire", "Your reference: TT-771204"],
            [
                table(1, "Isaac Bloom", "09/09/2012", "Male"),
                table(2, 'Florence Bloom ("Flo")', "30/04/2016", "Female"),
            ],
        )
        referral = _read(data)
        assert _identities(referral) == [
            ("Isaac", "Bloom", "2012-09-09", "male"),
            ("Florence", "Bloom", "2016-04-30", "female"),
        ]
        assert "known_as" not in referral["children"][0]
        assert referral["children"][1]["known_as"] == "Flo"


class TestNameAndKnownAsAskedTogether:
    @pytest.mark.parametrize(
        ("label", "answer", "wanted"),
        [
            ("Name and what they like to be called", "Jonah Pike", None),
            ("Name and preferred name", "Jonah Pike", None),
            ("Name / known as", 'Jonah Pike ("JJ")', "JJ"),
            ("Name and what they like to be called", "Jonah Pike / Jonny", "Jonny"),
        ],
    )
    def test_one_name_is_the_childs_name_only(self, label, answer, wanted):
        child = _read(f"Referral\n{label}: {answer}\nDOB: 01/01/2014\n".encode())["children"][0]
        assert (child["first_name"], child["last_name"]) == ("Jonah", "Pike")
        assert child.get("known_as") == wanted

    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("What they like to be called", "known_as"),
            ("Prefers to be known as", "known_as"),
            ("Wants to be called", "known_as"),
            ("Who will the child see and how often?", "family_time"),
            ("Who does the young person see?", "family_time"),
            ("Health, diagnoses, medication, allergies", "health"),
            ("Education, training, employment", "school"),
        ],
    )
    def test_prompts_in_a_questionnaires_words(self, label, field):
        assert field_for(label) == field


class TestCaseCodeInSubject:
    @pytest.mark.parametrize(
        ("subject", "wanted"),
        [
            ("Placement request BCX-1180221 - complete", "BCX-1180221"),
            ("Referral for KCC 4402119 (urgent)", "KCC 4402119"),
            ("Foster placement needed WMC/CIC 55012 tonight", "WMC/CIC 55012"),
        ],
    )
    def test_a_case_code_in_the_subject_is_the_reference(self, subject, wanted):
        body = "Hello,\n\nPlease find the details below.\n\nName: Ada Lane\nDOB: 02/02/2014\n"
        assert _read(email(body, subject=subject)).get("la_reference") == wanted

    @pytest.mark.parametrize(
        "subject",
        ["Ofsted URN SC123456 notification", "Placement for Ada, 12", "Request 2026 12345"],
    )
    def test_other_numbers_in_the_subject_are_not(self, subject):
        body = "Hello,\n\nPlease find the details below.\n\nName: Ada Lane\nDOB: 02/02/2014\n"
        assert _read(email(body, subject=subject)).get("la_reference") is None


class TestCourtCaseNumber:
    @pytest.mark.parametrize("court_number", ["WV26C00512", "ZE25P01234", "bm24c09911"])
    def test_the_family_courts_number_gives_way_to_the_las_reference(self, court_number):
        text = (
            f"IN THE FAMILY COURT\nCase number: {court_number}\n\n"
            "1.1 The allocated social worker is Jo Reid. LA reference QB-CIC-40117.\n"
            "2.1 Name: Ada Lane\nDOB: 02/02/2014\n"
        )
        assert _read(text.encode()).get("la_reference") == "QB-CIC-40117"

    @pytest.mark.parametrize("reference", ["WV-260512", "CIC 4400512", "SCC/26/00512"])
    def test_an_las_own_case_number_is_kept(self, reference):
        text = f"Referral\nCase number: {reference}\nName: Ada Lane\nDOB: 02/02/2014\n"
        assert _read(text.encode()).get("la_reference") == reference


class TestGenderSaidWithIs:
    @pytest.mark.parametrize(
        ("sentence", "wanted"),
        [
            ("Ashby is male and has an interim care order.", "male"),
            ("Ashby is a boy of nine who loves football.", "male"),
            ("Ashby is a 12-year-old girl.", "female"),
            ("Ashby is a young woman who wants her own space.", "female"),
        ],
    )
    def test_the_childs_name_is_then_the_gender(self, sentence, wanted):
        text = f"Re: Ashby Nolan\nDOB: 03/03/2014\n\n{sentence}\n"
        assert _read(text.encode())["children"][0].get("gender") == wanted

    @pytest.mark.parametrize(
        "sentence",
        ["Ashby is a girls' football fan.", "Ashby is male-voice choir's youngest singer."],
    )
    def test_a_gender_word_inside_another_word_is_not_the_gender(self, sentence):
        text = f"Re: Ashby Nolan\nDOB: 03/03/2014\n\n{sentence}\n"
        assert "gender" not in _read(text.encode())["children"][0]


class TestCorrectItIs:
    @pytest.mark.parametrize(
        ("note", "label", "value"),
        [
            (
                "Please correct Noor's date of birth: it is 26/05/2014 (not 2015).",
                "date of birth",
                "26/05/2014",
            ),
            ("Could you amend her DOB - it should be 01.02.2013.", "DOB", "01.02.2013"),
            ("Please update the start date: it's 7 December, sorry.", "start date", "7 December"),
        ],
    )
    def test_what_then_it_is_the_new_value(self, note, label, value):
        found = corrections(note)
        assert [(item.label, item.value) for item in found] == [(label, value)]


class TestBareCaseLabel:
    @pytest.mark.parametrize(
        ("line", "wanted"),
        [
            ("Case: DMX-661102 \u2022 Circulated: 9 November 2026", "DMX-661102"),
            ("Case: QCT 405517", "QCT 405517"),
            ("Case: Child ref QBC 443016", "QBC 443016"),  # a reference's own label first
            ("Case: LCS ID QMBC-719920", "QMBC-719920"),
            ("Case: Ms Hale's request for her son", None),  # no digits: no code
        ],
    )
    def test_a_bare_case_label_gives_the_cases_code(self, line, wanted):
        text = f"Panel summary\n{line}\nName: Ada Lane\nDOB: 02/02/2014\n"
        assert _read(text.encode()).get("la_reference") == wanted


class TestGenderBoxLeftBlank:
    @pytest.mark.parametrize("blank", ["Gender:", "Gender: -", "Sex: \u2014"])
    def test_a_blank_gender_box_is_not_filled_from_pronouns(self, blank):
        text = (
            f"Assessment\nYoung person: Reece Dale\n{blank}\nDOB: 01/01/2010\n\n"
            "He has been sleeping in his car. He says his mum will not have him back.\n"
        )
        assert "gender" not in _read(text.encode())["children"][0]

    def test_with_no_gender_box_the_pronouns_still_say_it(self):
        text = (
            "Assessment\nYoung person: Reece Dale\nDOB: 01/01/2010\n\n"
            "He has been sleeping in his car. He says his mum will not have him back.\n"
        )
        assert _read(text.encode())["children"][0].get("gender") == "male"
