"""Labels and values beyond the generator's words: combined labels, case numbers under
many names, occupancy, needs, placement counts, values without their remarks."""

import pytest
from hearth_referrals.documents.rules.labels import combined_fields, field_for
from hearth_referrals.documents.rules.needs import (
    communication,
    disabilities,
    placements_count,
    without_remark,
)


class TestLabels:
    @pytest.mark.parametrize(
        "label",
        ["CCM No", "ICS ID", "Mosaic ID", "LCS number", "Child ID", "System ID", "Case No."],
    )
    def test_the_case_number_has_many_names(self, label):
        assert field_for(label) == "la_reference"

    @pytest.mark.parametrize(
        "label,fields",
        [("Age and gender", ["age", "gender"]), ("Ethnicity/Religion", ["ethnicity", "religion"])],
    )
    def test_combined_labels_ask_for_each_field(self, label, fields):
        assert combined_fields(label) == fields

    @pytest.mark.parametrize(
        "label", ["Shared or solo occupancy", "Cared for alongside", "Can live alongside"]
    )
    def test_who_the_child_lives_alongside(self, label):
        assert field_for(label) == "living_companions"

    @pytest.mark.parametrize("label", ["Team", "Area team", "District office"])
    def test_the_workers_team_or_area_is_not_a_preferred_location(self, label):
        assert field_for(label) is None

    def test_a_referrer_from_a_placement_team_is_not_the_social_worker(self):
        assert field_for("Placement finding team email") is None


class TestNeeds:
    def test_a_suspected_disability_is_not_a_diagnosis(self):
        assert disabilities("Autism (diagnosed 2019). Suspected ADHD, awaiting assessment") == [
            "AUT"
        ]
        assert disabilities("Query ASD, referred for assessment") == []

    def test_communication_needs(self):
        assert communication("Uses Makaton and PECS at school") == ["makaton", "other"]
        assert communication("None") == []
        assert communication("Good verbal communication skills") is None

    @pytest.mark.parametrize(
        "text,count",
        [
            ("2", 2),
            ("Two previous placements", 2),
            ("This is her third placement", 2),
            ("This is his first placement.", 0),
            ("none", 0),
        ],
    )
    def test_placement_counts_in_words_and_figures(self, text, count):
        assert placements_count(text) == count

    def test_a_religion_without_its_remark(self):
        assert without_remark("Muslim (practising, attends mosque)") == "Muslim"
        assert without_remark("Christian - does not attend church") == "Christian"


class TestFamilyTime:
    @pytest.mark.parametrize(
        "text,frequency",
        [
            ("Mum twice a week, supervised", "several_times_a_week"),
            ("Dad 2x weekly", "several_times_a_week"),
            ("Nan every other week", "fortnightly"),
            ("Sister every four weeks", "monthly"),
            ("Mum every Saturday", "weekly"),
        ],
    )
    def test_frequencies(self, text, frequency):
        from hearth_referrals.documents.rules.history import family_time

        assert family_time(text)[0]["frequency"] == frequency

    def test_no_contact_is_a_flag_not_an_arrangement(self):
        from hearth_referrals.documents.rules.history import family_time, no_contact

        text = "Mum fortnightly, supervised. No contact with father (court order)."
        assert [item["with_whom"] for item in family_time(text)] == ["mum"]
        assert no_contact(text) == ["father"]


class TestPlacementsStandardAnswers:
    def test_setting_suitability_keeps_only_the_suitable_setting(self):
        from hearth_referrals.documents.rules.values import read_choice, suitable_text

        text = "Foster care - suitable; Residential - not suitable; Supported - not suitable"
        assert read_choice("setting", suitable_text(text)) == ["fostering"]

    @pytest.mark.parametrize(
        "text,needed_by",
        [("Today", "today"), ("Within 5 days", "within_5_days"), ("Later", "later")],
    )
    def test_the_forms_own_needed_by(self, text, needed_by):
        from hearth_referrals.documents.rules.values import read_needed_by

        assert read_needed_by(text) == needed_by
