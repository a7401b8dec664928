"""Classes from training_l's Word files (l01-l12), in my own words: a needs-scoring
tool's risk table whose number column is the tool's scale and whose status word and
evidence answer each risk, behind domain codes and short names ("D4 Fire")...
"""

from __future__ import annotations

import io

import docx
import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()


def _table(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value


def _word(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _referral(build) -> dict:
    return read_referral_document(_word(build), today=TODAY).referral


def _missing(build) -> set[str]:
    draft = read_referral_document(_word(build), today=TODAY)
    return {item.pointer for item in draft.missing}


def _states(child: dict) -> dict[str, str]:
    return {
        f"{side}/{name}": risk["state"]
        for side, risks in child["risks"].items()
        for name, risk in risks.items()
    }


def _head(document) -> None:
    document.add_paragraph("Rutland County Council - Placement Matching Scores")
    _table(
        document,
        [
            ["Worker", "Delroy Achterberg"],
            ["Date", "16/11/2026"],
            ["Ref", "RCC-88120"],
        ],
    )
    document.add_paragraph("PLOWRIGHT, Keira")
    _table(document, [["Date of birth", "02/02/2013"], ["Gender", "Female"]])


class TestScoredRiskTable:
    """ "Area of risk | Rating | Status | Evidence": the number is the tool's own scale;
    the status word and the evidence say whether the risk is the child's now."""

    @pytest.mark.parametrize(
        ("first", "score"),
        [("Area of risk", "Rating"), ("Risk domain", "Score"), ("Domain", "Level")],
    )
    def test_status_words_not_the_numbers_answer(self, first, score):
        def build(document):
            _head(document)
            _table(
                document,
                [
                    [first, score, "Status", "Evidence"],
                    ["D1 Self-harm", "0", "Nil", ""],
                    ["D2 Going missing", "1", "Historic", "Ran from respite twice in 2023"],
                    ["D3 Substance misuse", "2", "Query", "Smelt of cannabis after school"],
                    ["D4 Fire", "0", "Nil", ""],
                    ["D5 Animals", "3", "Active", "Threw the neighbour's kitten down stairs"],
                    ["D6 Eating", "0", "None", ""],
                ],
            )

        states = _states(_referral(build)["children"][0])
        assert states["to_child/self_harm"] == "none_known"
        assert states["to_child/missing"] == "historical"
        assert states["to_child/drug_alcohol"] == "suspected"
        assert states["to_others/fire_setting"] == "none_known"
        assert states["to_others/harm_to_animals"] == "present"
        assert states["to_child/eating_disorder"] == "none_known"

    def test_a_row_left_blank_is_still_asked(self):
        def build(document):
            _head(document)
            _table(
                document,
                [
                    ["Risk area", "Score", "Status", "Evidence"],
                    ["1. Self-harm", "0", "Nil", ""],
                    ["2. Fire setting", "", "", ""],
                    ["3. Going missing", "0", "Nil", ""],
                ],
            )

        missing = _missing(build)
        assert "/children/0/risks/to_others/fire_setting" in missing
        assert "/children/0/risks/to_child/self_harm" not in missing


def _mother_and_baby(document, parent: str = "Mum", child: str = "Baby") -> None:
    document.add_paragraph("Dudley Metropolitan Borough Council")
    document.add_paragraph("Mother and baby foster placement - referral")
    document.add_paragraph("Date: 13/11/2026")
    document.add_paragraph("Social worker: Bronwen Ashdown")
    _table(
        document,
        [
            ["", parent, child],
            ["Name", "Tayla Merriweather", "Rocco Merriweather"],
            ["Date of birth", "30/06/2008", "21/10/2026"],
            ["Gender", "Female", "Male"],
            ["Legal status", "Section 20 (a looked-after young mother)", "Interim care order"],
        ],
    )
    _table(
        document,
        [
            ["Risk", parent, child],
            ["Self-harm", "Cut her arms at 14, none since", "None"],
            ["Drugs / alcohol", "Uses cannabis most days", "None"],
            ["Violence", "Assaulted a support worker in March", "None"],
            ["Going missing", "Yes - stays out overnight", "None"],
        ],
    )


class TestParentAndBabyColumns:
    """ " | Mum | Baby" over the same rows: the baby's column is the child's; the mother's
    drugs, self-harm and violence are hers, and she is not a second child."""

    @pytest.mark.parametrize(
        ("parent", "child"),
        [("Mum", "Baby"), ("Mother's details", "Baby's details"), ("Parent", "Infant")],
    )
    def test_one_child_the_baby(self, parent, child):
        referral = _referral(lambda document: _mother_and_baby(document, parent, child))
        [baby] = referral["children"]
        assert (baby["first_name"], baby["last_name"]) == ("Rocco", "Merriweather")
        assert baby["date_of_birth"] == "2026-10-21"
        assert baby["gender"] == "male"
        assert baby["legal_status"] == "C1"

    def test_the_mothers_risks_are_not_the_babys(self):
        [baby] = _referral(_mother_and_baby)["children"]
        states = _states(baby)
        for key in ("to_child/self_harm", "to_child/drug_alcohol", "to_child/missing"):
            assert states[key] == "none_known"
        assert states["to_others/physical_harm"] == "none_known"


class TestStartWantedFrom:
    """ "Placement wanted from", "Move to foster carers": the day the placement starts."""

    @pytest.mark.parametrize(
        ("label", "value", "expected"),
        [
            ("Placement wanted from", "Tuesday 1st December", "2026-12-01"),
            ("Date wanted", "07/12/2026", "2026-12-07"),
            ("Move to foster carers", "Monday 4 January 2027", "2027-01-04"),
            ("Planned move to new carers", "11/01/2027", "2027-01-11"),
        ],
    )
    def test_the_label_names_the_start(self, label, value, expected):
        def build(document):
            document.add_paragraph("Shropshire Council - request for a foster home")
            document.add_paragraph("Date of referral: 16/11/2026")
            document.add_paragraph("Child: Kasey Oyelaran, born 03/09/2012")
            document.add_paragraph(f"{label}: {value}")

        assert _referral(build)["placement"]["start_date"] == expected


def _two_children_with_rated_risks(document, blank_row: bool = False) -> None:
    document.add_paragraph("Halton Borough Council - Placement search")
    _table(document, [["Date requested", "12/11/2026"], ["Worker", "Oksana Brierley"]])
    for number, (first, born, rows) in enumerate(
        [
            (
                "Tobias",
                "14/04/2015",
                [
                    ["Going missing", "Historic", "Ran from school twice in 2024."],
                    ["Violence to others", "Current", "Hit a teaching assistant last week."],
                    ["Fire setting", "No known risk", ""],
                ],
            ),
            (
                "Lottie",
                "08/08/2018",
                [
                    ["Going missing", "No known risk", ""],
                    ["Violence to others", "No known risk", ""],
                    ["Fire setting", "Suspected", "Matches found under her bed."],
                ],
            ),
        ],
        start=1,
    ):
        document.add_paragraph(f"Child {number} of 2")
        _table(
            document,
            [["First name", first], ["Surname", "Rimmington"], ["Date of birth", born]],
        )
        document.add_paragraph("Contact")
        _table(
            document,
            [
                ["Who", "How often"],
                ["mother", "Every other Sunday, supervised"],
                ["father", "Monthly video call"],
            ],
        )
        body = [list(row) for row in rows]
        if blank_row and number == 2:
            body.append(["Cruelty to animals", "", ""])
        _table(document, [["Risk", "Rating", "Commentary"], *body])


class TestRatedRiskTablePerChild:
    """ "Risk | Rating | Commentary" under each child's own heading: "Rating" and
    "Commentary" head columns (they are not two children's names), a "mother | ..." row
    in a contact table is about her and starts no Part, and each child keeps their own
    risks."""

    def test_each_child_their_own_rows(self):
        children = _referral(_two_children_with_rated_risks)["children"]
        assert [child["first_name"] for child in children] == ["Tobias", "Lottie"]
        tobias, lottie = (_states(child) for child in children)
        assert tobias["to_child/missing"] == "historical"
        assert tobias["to_others/physical_harm"] == "present"
        assert tobias["to_others/fire_setting"] == "none_known"
        assert lottie["to_child/missing"] == "none_known"
        assert lottie["to_others/physical_harm"] == "none_known"
        assert lottie["to_others/fire_setting"] == "suspected"

    def test_contact_rows_reach_each_child(self):
        children = _referral(_two_children_with_rated_risks)["children"]
        for child in children:
            assert sorted(item["with_whom"].lower() for item in child["family_time"]) == [
                "father",
                "mother",
            ]

    def test_no_known_risk_on_one_row_answers_that_row_only(self):
        missing = _missing(lambda document: _two_children_with_rated_risks(document, True))
        assert "/children/1/risks/to_others/harm_to_animals" in missing
        assert "/children/1/risks/to_others/fire_setting" not in missing


class TestProviderEnquirySheet:
    """A children's home's own enquiry sheet and a case system's request: "Date of
    enquiry" and "Date requested" are the referral's date, "Requesting worker" the
    worker, "When is a bed needed" the start, a bare "Provision" under the placement
    heading the kind of home asked for."""

    def _sheet(self, rows: list[list[str]]) -> dict:
        def build(document):
            document.add_paragraph("Brambleside House - admissions enquiry")
            _table(document, rows)
            document.add_paragraph("Name: Corey Fenwick-Ashe")
            document.add_paragraph("Date of birth: 14/01/2012")

        return _referral(build)

    @pytest.mark.parametrize("label", ["Date of enquiry", "Enquiry date", "Date requested"])
    def test_the_enquiry_day_is_the_referral_date(self, label):
        referral = self._sheet([[label, "10/11/2026"], ["Enquiry taken by", "Gwen Iredale"]])
        assert referral["referral_date"] == "2026-11-10"

    @pytest.mark.parametrize("label", ["Requesting worker", "Referring worker"])
    def test_the_requesting_worker(self, label):
        referral = self._sheet([["Date of enquiry", "10/11/2026"], [label, "Nadia Quarshie"]])
        assert referral["social_worker"]["name"] == "Nadia Quarshie"

    @pytest.mark.parametrize(
        "label", ["When is a bed needed", "When is the placement wanted", "When is a home needed"]
    )
    def test_when_the_bed_is_needed(self, label):
        referral = self._sheet([["Date of enquiry", "10/11/2026"], [label, "Friday 13/11/2026"]])
        assert referral["placement"]["start_date"] == "2026-11-13"

    def test_a_bare_provision_under_the_placement_heading(self):
        def build(document):
            document.add_paragraph("Placement sought")
            _table(
                document, [["Provision", "Foster care with an agency"], ["Timescale", "Planned"]]
            )
            document.add_paragraph("Name: Corey Fenwick-Ashe")

        assert _referral(build)["placement"]["setting"] == "fostering"


class TestStoppedOrThought:
    """A dated past event followed by words saying it has stopped is historical; what a
    carer thinks happened is a suspicion."""

    @pytest.mark.parametrize(
        ("label", "answer", "key", "state"),
        [
            (
                "Any aggression to staff or peers?",
                "Threw a chair at a teacher in 2022; none at her present school.",
                "to_others/physical_harm",
                "historical",
            ),
            (
                "Any criminal exploitation?",
                "Ran drugs for a line in 2024; no concerns this year.",
                "to_child/criminal_exploitation",
                "historical",
            ),
            (
                "Any eating difficulties?",
                "Was under the eating disorders team in 2023, sleeping well and eating normally now.",
                "to_child/eating_disorder",
                "historical",
            ),
            (
                "Does he go missing?",
                "His nan thinks he went out through the window on Saturday night.",
                "to_child/missing",
                "suspected",
            ),
            (
                "Does he go missing?",
                "Went missing on Saturday night; police found him in town.",
                "to_child/missing",
                "present",
            ),
        ],
    )
    def test_state(self, label, answer, key, state):
        def build(document):
            document.add_paragraph("Enquiry date: 18/11/2026")
            _table(
                document, [["Name", "Corey Fenwick-Ashe"], ["DOB", "14/01/2012"], [label, answer]]
            )

        assert _states(_referral(build)["children"][0])[key] == state


class TestOneRowALine:
    """A heading line, then one placement or one person a line below it: every line is a
    row of that answer, until a line that is not one."""

    def _typed(self, lines: list[str]) -> dict:
        def build(document):
            document.add_paragraph("Referral date: 09/11/2026")
            document.add_paragraph("Name: Shannon Pettigrew-Oduya")
            document.add_paragraph("Date of birth: 05/05/2011")
            for line in lines:
                document.add_paragraph(line)

        return _referral(build)["children"][0]

    def test_each_placement_line(self):
        child = self._typed(
            [
                "Care history",
                "Residential unit, Skegness (current), since 06/2025",
                "Foster carers, Boston, 2023 \u2013 2025",
                "Connected person (grandmother), 2022 \u2013 2023",
                "Current plan",
                "Shannon wants to live with a family near her school.",
            ]
        )
        assert len(child["placement_history"]) == 3

    def test_each_person_line(self):
        child = self._typed(
            [
                "Family time",
                "Grandad \u2013 Sunday lunch every week",
                "Mam \u2013 twice a month at the family centre",
                "Brother Kyle \u2013 video call every couple of months",
                "Education",
                "Skegness Academy",
            ]
        )
        assert sorted(item["with_whom"].lower() for item in child["family_time"]) == [
            "brother kyle",
            "grandad",
            "mam",
        ]

    def test_a_sentence_below_is_not_a_row(self):
        child = self._typed(
            [
                "Care history",
                "Foster carers, Boston, 2023 \u2013 2025",
                "She settled well there and the carers would have her back. They retired in 2025.",
            ]
        )
        assert len(child["placement_history"]) == 1


@pytest.mark.parametrize(
    ("said", "frequency"),
    [
        ("Mother 3 x per week, supervised", "several_times_a_week"),
        ("Mother 2x a week", "several_times_a_week"),
        ("Aunt \u2013 cards and a visit every couple of months", "less_often"),
    ],
)
def test_how_often_in_shorthand(said, frequency):
    def build(document):
        document.add_paragraph("Referral date: 09/11/2026")
        _table(document, [["Name", "Shannon Pettigrew-Oduya"], ["Family time", said]])

    [item] = _referral(build)["children"][0]["family_time"]
    assert item["frequency"] == frequency


def test_a_numbered_placement_table_on_each_childs_card():
    """ "# | Placement" under each numbered child's card: that child's placements."""

    def build(document):
        document.add_paragraph("Date requested: 11/11/2026")
        for number, (first, rows) in enumerate(
            [
                ("Ruben", [["1", "Foster carers, Whitby (current), since 04/2025"]]),
                (
                    "Saffi",
                    [
                        ["1", "Foster carers, Whitby (current), since 04/2025"],
                        ["2", "Residential unit, Redcar, 01/2024 \u2013 04/2025"],
                    ],
                ),
            ],
            start=1,
        ):
            document.add_paragraph(f"Child {number} of 2")
            _table(document, [["Forename", first], ["Surname", "Gallacher"]])
            document.add_paragraph("Previous placements")
            _table(document, [["No.", "Placement"], *rows])

    children = _referral(build)["children"]
    assert [len(child["placement_history"]) for child in children] == [1, 2]


@pytest.mark.parametrize(
    ("lines", "field", "expected"),
    [
        (["Step down: Secure to a children's home"], "setting", "residential"),
        (["Step-down - Residential to family-based care"], "setting", "fostering"),
        (
            ["When is a home needed: 14/12/2026", "Long-term home until she is 18."],
            "duration",
            "long_term",
        ),
        (
            ["Short-term placement while the assessment finishes in the spring."],
            "duration",
            "short_term",
        ),
    ],
)
def test_what_kind_of_home_a_title_or_line_asks_for(lines, field, expected):
    """A step-down's title names where from then where to; a line that opens by naming
    the kind of home asked for says how long, however long the line."""

    def build(document):
        document.add_paragraph("Referral date: 09/11/2026")
        for line in lines:
            document.add_paragraph(line)
        document.add_paragraph("Name: Sorcha Penhaligon")

    assert _referral(build)["placement"][field] == expected


class TestStillToCome:
    """What the writer says will come later is still asked for."""

    def test_to_be_confirmed_once_something_happens(self):
        def build(document):
            document.add_paragraph("Referral date: 09/11/2026")
            _table(
                document,
                [
                    ["Name", "Sorcha Penhaligon"],
                    ["Family time", "To be confirmed when the first review has been held."],
                ],
            )

        assert "/children/0/family_time" in _missing(build)

    def test_an_arrangement_for_now_answers(self):
        def build(document):
            document.add_paragraph("Referral date: 09/11/2026")
            _table(
                document,
                [
                    ["Name", "Sorcha Penhaligon"],
                    [
                        "Family time",
                        "To be confirmed after the review, for now weekly calls with mum.",
                    ],
                ],
            )

        assert "/children/0/family_time" not in _missing(build)

    def test_the_mothers_health_does_not_answer_the_babys(self):
        def build(document):
            _mother_and_baby(document)
            _table(document, [["", "Mum", "Baby"], ["Health", "Anxiety, on sertraline", ""]])
            document.add_paragraph("Health details for the baby to follow from the midwife.")

        assert "/children/0/health_needs" in _missing(build)


class TestHomesOwnEnquirySheet:
    """A children's home's own admission enquiry asks for a bed in that home."""

    def _sheet(self, extra: list[list[str]]) -> dict:
        def build(document):
            document.add_paragraph("Larkspur Rise")
            _table(
                document,
                [
                    ["Date of enquiry", "10/11/2026"],
                    ["Name", "Corey Fenwick-Ashe"],
                    ["DOB", "14/01/2012"],
                    *extra,
                ],
            )

        return _referral(build)["placement"]

    def test_the_sheet_asks_for_residential(self):
        placement = self._sheet(
            [
                ["Pre-admission checklist completed", "Yes"],
                ["When is a bed needed", "Friday 13/11/2026"],
                ["Impact on current residents", "Low - both boys are older"],
                ["Registered manager's view", "Will consider"],
            ]
        )
        assert placement["setting"] == "residential"

    def test_one_mark_alone_is_not_enough(self):
        placement = self._sheet([["Registered manager copied in", "Yes"]])
        assert "setting" not in placement
