"""Case tables for the classes of error training_j's text documents showed: case-system
print views saved as text (dotted leaders, answers below their labels, page headers
repeated mid-record, fixed-width tables), emergency duty team PACE and remand notes,
respite memos for a child already placed, and worker notes with a health letter pasted
in. Every document here is written for the test."""

from __future__ import annotations

import pytest
from hearth_contract.codes import LegalStatus
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.print_layout import print_layout
from hearth_referrals.documents.rules.dates import find_logged_dates
from hearth_referrals.documents.rules.history import family_time, history_from_text
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.needs import allergy_named

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY)


def _child(text: str) -> dict:
    return _read(text).referral["children"][0]


class TestRepeatedPageHeaders:
    @pytest.mark.parametrize(
        ("header", "rule"),
        [
            ("CASEVIEW  Anyshire County Council      Printed 02/11/2026 09:10", "=" * 60),
            ("Eclipse | Borough of Exemplar", ""),
            ("Children's Services - Exemplar City", "-" * 40),
        ],
    )
    def test_a_later_pages_header_is_taken_out_so_the_record_joins(self, header, rule):
        def page(number: int) -> list[str]:
            lines = [header, f"Request for a placement            Page {number} of 2"]
            return lines + ([rule] if rule else [])

        lines = [
            *page(1),
            "",
            "Health",
            "",
            *page(2),
            "",
            "    Hay fever in summer.",
        ]
        written = print_layout(lines)
        assert written[: len(page(1))] == page(1)  # the first page's header is kept
        assert sum("Page" in line for line in written) == 1
        assert [line for line in written[len(page(1)) :] if line.strip()] == [
            "Health",
            "    Hay fever in summer.",
        ]

    def test_a_header_seen_once_is_kept(self):
        lines = ["Summary for the panel            Page 1", "", "Name: Ava Moss"]
        assert print_layout(lines) == lines

    def test_a_page_line_inside_a_paragraph_is_not_a_header(self):
        lines = ["Report", "See page 2", "", "Notes", "See page 2"]
        assert print_layout(lines) == lines


class TestHangingAnswers:
    @pytest.mark.parametrize(
        ("lines", "joined"),
        [
            (
                [
                    "Contact with family ...... : Dad - every Sunday at the",
                    "                             contact centre. Auntie - monthly.",
                ],
                "Contact with family ...... : Dad - every Sunday at the contact centre."
                " Auntie - monthly.",
            ),
            (
                [
                    "Placements so far:     Kinship carer (aunt) 2021 - 2023;",
                    "                       foster carers in Hove 2023 - now",
                    "                       (current)",
                ],
                "Placements so far:     Kinship carer (aunt) 2021 - 2023; foster carers"
                " in Hove 2023 - now (current)",
            ),
        ],
    )
    def test_lines_indented_to_the_answer_go_on_with_it(self, lines, joined):
        assert print_layout(lines) == [joined]

    def test_a_line_indented_elsewhere_or_with_its_own_label_is_its_own(self):
        lines = [
            "Health ................ : Eczema",
            "                          GP: Dr Lowe",
            "    Seen by the nurse in May.",
        ]
        assert print_layout(lines) == lines

    def test_a_leader_print_reads_its_wrapped_answers_whole(self):
        text = "\n".join(
            [
                "Forename ................ : Maddox",
                "Surname ................. : Quill",
                "Date of birth ........... : 02/02/2014",
                "Family time ............. : Mum - every other Saturday,",
                "                            supervised. Grandma - weekly",
                "                            video call.",
                "Previous placements ..... : Foster carers (Ryde) 2022 - 2024;",
                "                            current foster carers (Cowes)",
                "                            2024 - present",
            ]
        )
        child = _child(text)
        assert [(item["with_whom"], item["frequency"]) for item in child["family_time"]] == [
            ("mum", "fortnightly"),
            ("grandma", "weekly"),
        ]
        assert child["previous_placements_count"] == 2


class TestAnswersBelowLabels:
    _PRINT = "\n".join(
        [
            "Child ID",
            "    EX-20417",
            "Forename",
            "    Harvey",
            "Surname",
            "    Penn",
            "Date of birth",
            "    3rd March 2013",
            "Legal status",
            "    -",
            "Placement history",
            "    Foster care, Ely, 2020-2022;",
            "    Foster care, Soham, 2022-present",
            "Risk of self-harm",
            "    None known",
            "Fire setting",
            "    Historical: set a bin alight in 2021",
        ]
    )

    def test_each_answer_joins_its_label(self):
        written = print_layout(self._PRINT.splitlines())
        assert written == [
            "Child ID: EX-20417",
            "Forename: Harvey",
            "Surname: Penn",
            "Date of birth: 3rd March 2013",
            "Legal status:",
            "Placement history: Foster care, Ely, 2020-2022; Foster care, Soham, 2022-present",
            "Risk of self-harm: None known",
            "Fire setting: Historical: set a bin alight in 2021",
        ]

    def test_the_print_is_read_as_a_form(self):
        child = _child(self._PRINT)
        assert (child["first_name"], child["last_name"]) == ("Harvey", "Penn")
        assert child["previous_placements_count"] == 2
        assert "legal_status" not in child  # "-" is a blank answer
        assert child["risks"]["to_child"]["self_harm"]["state"] == "none_known"
        assert child["risks"]["to_others"]["fire_setting"]["state"] == "historical"

    def test_one_indented_line_under_a_heading_is_left_alone(self):
        lines = ["Background", "    Ava came into care in 2022.", "Name: Ava Moss"]
        assert print_layout(lines) == lines


class TestFixedWidthTables:
    def test_a_table_typed_in_columns_becomes_rows(self):
        lines = [
            "Family time",
            "  Who         Frequency               Supervised",
            "  Grandad     every Sunday            No",
            "  Brother     monthly, at the park    Yes",
            "  Dad: no contact (court order).",
        ]
        assert print_layout(lines) == [
            "Family time",
            "  Who | Frequency | Supervised",
            "  Grandad | every Sunday | No",
            "  Brother | monthly, at the park | Yes",
            "  Dad: no contact (court order).",
        ]

    def test_the_table_gives_the_family_time(self):
        text = "\n".join(
            [
                "Forename: Kit",
                "Surname: Arno",
                "Family time",
                "  With        How often                 Supervised",
                "  Nan         Sundays                   No",
                "  Mum         twice a week (Mon/Wed)    Yes",
            ]
        )
        family = _child(text)["family_time"]
        assert [(item["with_whom"], item["frequency"]) for item in family] == [
            ("nan", "weekly"),
            ("mum", "several_times_a_week"),
        ]

    def test_columns_that_do_not_line_up_are_not_a_table(self):
        lines = ["  Name    Age    School", "  a longer sentence  that wanders   about here"]
        assert print_layout(lines) == lines


class TestReferralDateLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Step start date", "referral_date"),  # Mosaic: the request's workflow step
            ("Workflow step start date", "referral_date"),
            ("Step start", "referral_date"),
            ("Logged", "referral_date"),  # a duty team's note: when the call was logged
            ("Logged at", "referral_date"),
            ("Time logged", "referral_date"),
            ("Start date", "start_date"),
            ("Date placement required", "start_date"),
        ],
    )
    def test_the_label_names_the_field(self, label, field):
        assert field_for(label) == field

    def test_a_print_step_start_is_the_referral_not_the_placement(self):
        text = (
            "Step start date .......... : 09/11/2026\n"
            "Date placement required .. : Mon 30 Nov\n"
            "Forename ................. : Ola\n"
            "Surname .................. : Bright\n"
        )
        referral = _read(text).referral
        assert referral["referral_date"] == "2026-11-09"
        assert referral["placement"]["start_date"] == "2026-11-30"
        assert referral["placement"]["needed_by"] == "later"

    @pytest.mark.parametrize(
        ("written", "day"),
        [
            ("Wednesday 18th November", "2026-11-18"),
            ("Fri 20 Nov", "2026-11-20"),
            ("18 November", "2026-11-18"),
            ("2nd of December", "2025-12-02"),  # never a day still to come
            ("Thu 19/11 10:20", "2026-11-19"),
        ],
    )
    def test_a_logged_day_without_its_year(self, written, day):
        found = find_logged_dates(written, TODAY)
        assert [item.value.isoformat() for item in found] == [day]

    @pytest.mark.parametrize(
        "written", ["Sunday 18th November", "Thursday 1/12", "sometime in November", "n/a"]
    )
    def test_a_day_that_does_not_fit_is_no_date(self, written):
        assert find_logged_dates(written, TODAY) == []


class TestJusticeReferences:
    @pytest.mark.parametrize(
        "label",
        ["Custody / court ref", "Police ref", "PNC number", "Crime reference number", "YOT ref"],
    )
    def test_a_police_or_court_number_is_not_the_las(self, label):
        assert field_for(label) is None

    @pytest.mark.parametrize("label", ["Our ref", "Ref no", "LCS No.", "Case ID"])
    def test_the_las_own_number_still_is(self, label):
        assert field_for(label) == "la_reference"

    def test_the_las_reference_is_kept_beside_the_courts(self):
        text = (
            "Logged: Mon 16 Nov 2026 23:05\n"
            "Court ref: 44/KX/7731/26 (not ours)\n"
            "Our ref: EX-118842\n"
            "Child: Tia Nolan, date of birth 04/04/2011, female.\n"
        )
        assert _read(text).referral["la_reference"] == "EX-118842"


class TestOtherActsSections:
    @pytest.mark.parametrize(
        ("text", "statuses"),
        [
            ("PACE transfer (s38(6) PACE)", [LegalStatus.J2]),
            ("Transferred under section 38(6) of PACE", [LegalStatus.J2]),
            ("Detained under s2 of the Mental Health Act", []),
            ("Interim care order (s38)", [LegalStatus.C1]),
            ("s38 ICO made last week", [LegalStatus.C1]),
            ("Accommodated under s20", [LegalStatus.V2]),
        ],
    )
    def test_a_section_of_another_act_is_not_the_children_acts(self, text, statuses):
        assert find_legal_statuses(text) == statuses


class TestBedNeededNow:
    @pytest.mark.parametrize(
        ("line", "start"),
        [
            ("Bed needed: foster placement, now (overnight).", "2026-11-16"),
            ("Accommodation required - right now.", "2026-11-16"),
            ("Bed needed: residential, tonight.", "2026-11-16"),
        ],
    )
    def test_now_as_the_answer_is_the_referral_day(self, line, start):
        text = f"Logged: Mon 16 Nov 2026 23:05\n{line}\nChild: Tia Nolan, born 04/04/2011.\n"
        placement = _read(text).referral["placement"]
        assert placement.get("start_date") == start
        assert placement.get("needed_by") == "today"

    def test_now_in_a_sentence_about_the_placement_is_not_a_start(self):
        text = (
            "Referral date: 16/11/2026\n"
            "The foster placement has now broken down, so a new bed is needed.\n"
            "Child: Tia Nolan, born 04/04/2011.\n"
        )
        assert "start_date" not in _read(text).referral.get("placement", {})


def _memo(dates: str, body: str = "", signature: str = "") -> str:
    return (
        "To: Placements Team\n"
        "From: Dee Marsh, Supervising Social Worker\n"
        "Date: Friday 13th November\n"
        "Re: Respite for Kai Denton\n"
        "\n"
        f"{body or 'Kai lives with his foster carers, who are away for a week.'}\n"
        "\n"
        f"Dates: {dates}\n"
        "\n"
        "Kai Denton, date of birth 02/05/2015, male. Legal status: care order.\n"
        "\n"
        "The child's social worker is Rhys Vaughan, rhys.vaughan@example.gov.uk,"
        " tel 01632 960555.\n"
        "\n"
        f"{signature}"
    )


class TestRespiteForAPlacedChild:
    @pytest.mark.parametrize(
        ("dates", "start"),
        [
            ("Sat 5 Dec to Sun 13 Dec", "2026-12-05"),
            ("Fri 11th Dec (after school) to Sun 13th", "2026-12-11"),
            ("every third weekend, starting Fri 27 Nov 2026", "2026-11-27"),
            ("14/12/2026 - 18/12/2026", "2026-12-14"),
        ],
    )
    def test_the_stay_starts_on_its_first_day(self, dates, start):
        referral = _read(_memo(dates)).referral
        assert referral["referral_date"] == "2026-11-13"
        assert referral["placement"]["start_date"] == start
        assert referral["placement"]["duration"] == "respite"

    @pytest.mark.parametrize(
        "body",
        [
            "Kai lives with his foster carers, who are away for a week.",
            "Kai's carers need a short rest; he stays with them long term.",
            "The current carers have asked for a respite week.",
        ],
    )
    def test_respite_from_carers_is_with_a_foster_carer(self, body):
        assert (
            _read(_memo("Sat 5 Dec to Sun 13 Dec", body)).referral["placement"]["setting"]
            == "fostering"
        )

    def test_respite_from_a_childrens_home_names_no_setting_it_does_not_say(self):
        body = "Kai lives in a small children's home; staff ask for a respite break."
        placement = _read(_memo("Sat 5 Dec to Sun 13 Dec", body)).referral["placement"]
        assert placement.get("setting") in (None, "residential")

    @pytest.mark.parametrize(
        "signature",
        [
            "Dee Marsh\nSupervising Social Worker\n01632 960777\n",
            "Dee\nFostering Team\n01632 960777\n",
            "Regards,\nDee Marsh, SSW\n01632 960777\n",
        ],
    )
    def test_the_memo_writers_number_is_not_the_workers(self, signature):
        worker = _read(_memo("Sat 5 Dec to Sun 13 Dec", signature=signature)).referral[
            "social_worker"
        ]
        assert worker["name"] == "Rhys Vaughan"
        assert worker["phone"] == "01632 960555"


class TestPlacementsWithCarers:
    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Current carers (Mr and Mrs Lee) since May 2023", 1),
            ("With current carers (Deal) since 2022", 1),
            ("Previous carers in Hythe 2019 - 2021; current carers since 2021", 2),
            ("Lives at home with mum", 0),
        ],
    )
    def test_carers_named_by_when_are_placements(self, text, count):
        assert len(history_from_text(text, TODAY)) == count

    def test_a_list_wrapped_after_its_semicolon_goes_on(self):
        text = (
            "Child's name: Ola Bright\n"
            "Placements: Current carers (Mr and Mrs Lee) since May 2023;\n"
            "Emergency carers April - May 2023\n"
        )
        assert _child(text)["previous_placements_count"] == 2


class TestPluralWeekdays:
    @pytest.mark.parametrize(
        ("text", "frequency"),
        [
            ("Nan: Saturdays", "weekly"),
            ("Grandad - Sunday afternoons, Sundays only", "weekly"),
            ("Mum: monthly (Saturdays)", "monthly"),  # how often, said, wins
            ("Dad: alternate Saturdays", "fortnightly"),
            ("Mum: Mondays and Thursdays", "several_times_a_week"),
        ],
    )
    def test_a_day_in_the_plural_is_weekly_unless_said_otherwise(self, text, frequency):
        assert family_time(text)[0]["frequency"] == frequency


class TestBlankRiskRows:
    @pytest.mark.parametrize(
        "prompt", ["Disordered eating", "Risk of self-harm", "Harm to animals", "Missing episodes"]
    )
    def test_a_risk_prompt_left_blank_is_not_stated_and_asked(self, prompt):
        text = (
            "Child's name: Ava Moss\n"
            "Date of birth: 01/02/2013\n"
            f"{prompt}:\n"
            "Fire setting: None known\n"
        )
        draft = _read(text)
        risks = draft.referral["children"][0].get("risks", {})
        stated = {name for group in risks.values() for name in group}
        assert stated == {"fire_setting"}
        asked = {item.pointer for item in draft.missing}
        assert any(pointer.startswith("/children/0/risks/") for pointer in asked)

    def test_a_risk_prompt_with_its_answer_below_is_still_read(self):
        text = "Child's name: Ava Moss\nDate of birth: 01/02/2013\nSelf-harm:\nCuts her arms.\n"
        risks = _child(text)["risks"]
        assert risks["to_child"]["self_harm"]["state"] == "present"


class TestOneSiblingsBlanket:
    @pytest.mark.parametrize(
        "opening",
        [
            "Risk information for Ivy is still awaited - Rose: no known risks.",
            "Rose: no known risks. Nothing is on file about Ivy.",
        ],
    )
    def test_a_none_known_naming_one_child_is_hers_alone(self, opening):
        text = (
            "To: Placements\n"
            "From: Sam Idle, Fostering Team\n"
            "Date: Mon 16 Nov 2026\n"
            "Re: Respite weekend - Rose and Ivy Pell\n"
            "\n"
            f"{opening}\n"
            "\n"
            "Rose Pell, date of birth 11/02/2016, female.\n"
            "\n"
            "Ivy Pell, date of birth 19/06/2019, female.\n"
        )
        draft = _read(text)
        rose, ivy = draft.referral["children"]
        assert rose["risks"]["to_child"]["self_harm"]["state"] == "none_known"
        assert "risks" not in ivy or not ivy["risks"].get("to_child")
        assert "/children/1/risks" in {item.pointer for item in draft.missing}


def _asked(text: str) -> set[str]:
    return {item.pointer for item in _read(text).missing}


class TestTopicsSaidToBeUnknown:
    _CHILD = "Referral date: 16/11/2026\nChild's name: Ola Bright\nDate of birth: 01/02/2013\n"

    @pytest.mark.parametrize(
        "sentence",
        [
            "Family time is to be discussed at the next review.",
            "The duty team could not reach dad; health and family time not known tonight.",
            "Contact with mum is not yet agreed.",
        ],
    )
    def test_a_sentence_saying_family_time_is_not_known_leaves_it_asked(self, sentence):
        assert "/children/0/family_time" in _asked(f"{self._CHILD}{sentence}\n")

    @pytest.mark.parametrize(
        "sentence",
        [
            "She sees her mum weekly at the contact centre.",
            "Mum weekly; dad's contact is to be confirmed.",
        ],
    )
    def test_an_arrangement_beside_it_still_answers(self, sentence):
        assert "/children/0/family_time" not in _asked(f"{self._CHILD}{sentence}\n")


class TestPaceLength:
    def test_a_pace_transfer_is_not_asked_how_long(self):
        text = (
            "Logged: Mon 16 Nov 2026 23:05\n"
            "Child: Tia Nolan, date of birth 04/04/2011, female. Legal status: PACE transfer.\n"
            "Bed needed: residential, tonight.\n"
        )
        assert "/placement/duration" not in _asked(text)

    def test_another_emergency_is(self):
        text = (
            "Logged: Mon 16 Nov 2026 23:05\n"
            "Child: Tia Nolan, date of birth 04/04/2011, female. Legal status: Section 20.\n"
            "Bed needed: residential, tonight.\n"
        )
        assert "/placement/duration" in _asked(text)


class TestAllergyInTheHealthAnswer:
    @pytest.mark.parametrize(
        ("health", "named"),
        [
            ("Well. Glasses; sesame allergy - has an EpiPen.", "sesame allergy"),
            ("Eczema. Allergic to penicillin.", "Allergic to penicillin"),
            ("Milk and egg allergies, managed at school", "Milk and egg allergies"),
            ("No known allergies.", None),
            ("Asthma; no allergies", None),
            ("Hay fever in summer", None),
        ],
    )
    def test_an_allergy_is_named_in_its_words(self, health, named):
        assert allergy_named(health) == named

    def test_the_health_answer_gives_the_childs_allergy(self):
        text = "Child's name: Ola Bright\nHealth: Short-sighted; sesame allergy (EpiPen).\n"
        assert _child(text)["allergies"] == "sesame allergy"


class TestStartDateSaysHowSoon:
    _FORM = "Child's name: Ola Bright\nDate of birth: 01/02/2013\n"

    @pytest.mark.parametrize(
        "lines",
        [
            "Urgency:\nStart date: 11/01/2027\n",  # undated, the urgency row blank
            "Urgency: -\nDate placement required: Mon 14 Dec\n",
            "Referral date: 25/11/2026\nNeeded: Tues 1st Dec\n",  # the dates do not say
        ],
    )
    def test_a_start_date_is_not_followed_by_the_urgency_question(self, lines):
        assert "/placement/urgency" not in _asked(self._FORM + lines)

    @pytest.mark.parametrize(
        "lines",
        [
            "Urgency: Emergency / Planned\nStart date: 11/01/2027\n",  # both left: unclear
            "Referral date: 25/11/2026\nNeeded: within the next few days\n",  # no day given
        ],
    )
    def test_without_a_start_date_or_with_the_urgency_unclear_it_is_asked(self, lines):
        assert "/placement/urgency" in _asked(self._FORM + lines)
