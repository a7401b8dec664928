"""Unit checks for the rules behind issue 12's classes 1-5, 8, 10 and 11 (training_a)."""

from datetime import date

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.pdf_layout import _lines
from hearth_referrals.documents.rules.authorities import authority_from_email, find_authority
from hearth_referrals.documents.rules.corrections import corrections
from hearth_referrals.documents.rules.dates import find_start_dates
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.values import current_placements, school_name

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY)


def _with_company(data: bytes, company: str) -> bytes:
    """The Word file with its extended properties' Company set."""
    import io
    import zipfile

    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = content.replace(
                    b"</Properties>", f"<Company>{company}</Company></Properties>".encode()
                )
            archive.writestr(item, content)
    return target.getvalue()


class TestValues:
    @pytest.mark.parametrize(
        ("text", "name"),
        [
            ("Hartsdown Academy - Year 8", "Hartsdown Academy"),
            ("Leeds West Academy Yr 10", "Leeds West Academy"),
            ("Year 6 at Greenfields Primary", "Greenfields Primary"),
            ("Year 11, Great Sankey High School", "Great Sankey High School"),
            ("Salmestone Primary School (Year 5)", "Salmestone Primary School"),
            ("Woodbank Primary School R", "Woodbank Primary School"),
            ("Thornbury Infants Reception", "Thornbury Infants"),
            ("St Mary R C School", "St Mary R C School"),
            ("Little Acorns Nursery", "Little Acorns Nursery"),
            ("Not currently in education (NEET)", None),
            ("Attends nursery part time", None),
        ],
    )
    def test_a_school_is_its_name_without_the_year_group(self, text, name):
        assert school_name(text) == name

    @pytest.mark.parametrize(
        ("text", "count"),
        [
            ("Jaden is currently in his second placement.", 2),
            ("With her current carers since 2019; it is her first placement.", 1),
            ("This will be her first time in care.", None),
        ],
    )
    def test_the_current_placement_counts(self, text, count):
        assert current_placements(text) == count


class TestAuthorities:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("BCP Council", "E06000058"),
            ("CWaC Children's Services", "E06000050"),
            ("RBWM", "E06000040"),
            ("ECC Children and Families", "E10000012"),
            ("Herts CC - Children's Services", "E10000015"),
        ],
    )
    def test_short_forms_and_initials(self, text, code):
        assert find_authority(text).code == code

    def test_a_short_form_mail_domain(self):
        assert authority_from_email("ollie.grant@bcpcouncil.gov.uk").code == "E06000058"

    @pytest.mark.parametrize(
        ("address", "code"),
        [
            ("a.b@togetherforchildren.org.uk", "E08000024"),
            ("a.b@brighterfuturesforchildren.org", "E06000038"),
            ("a.b@dcstrust.co.uk", "E08000017"),
        ],
    )
    def test_a_trusts_mail_domain_is_its_council(self, address, code):
        assert authority_from_email(address).code == code

    @pytest.mark.parametrize(("text", "code"), [("B&NES", "E06000022"), ("H&F", "E09000013")])
    def test_initials_with_an_ampersand(self, text, code):
        assert find_authority(text).code == code

    @pytest.mark.parametrize(
        ("address", "code"),
        [
            ("a.b@kent.gcsx.gov.uk", "E10000016"),  # a secure-mail network's host
            ("a.b@hertfordshire.example.gov.uk", "E10000015"),  # a test address's placeholder
            ("a.b@sandwellchildrenstrust.example.org.uk", "E08000028"),
            ("a.b@secure.leeds.gov.uk", "E08000035"),
        ],
    )
    def test_the_la_label_of_a_longer_mail_host(self, address, code):
        assert authority_from_email(address).code == code

    def test_a_provider_or_private_mail_host_names_no_la(self):
        assert authority_from_email("a.b@bury-fostering.com").code is None
        assert authority_from_email("a.b@fosteringfutures.example.org.uk").code is None

    @pytest.mark.parametrize("where", ["footer", "company"])
    def test_the_la_in_a_word_files_footer_or_company(self, where):
        import io

        import docx

        document = docx.Document()
        document.add_paragraph("Placement request")
        document.add_paragraph("Child's name: Ava Brown")
        if where == "footer":
            document.sections[0].footer.paragraphs[0].text = "Wigan Council - OFFICIAL"
        else:
            document.core_properties.title = ""
        buffer = io.BytesIO()
        document.save(buffer)
        data = buffer.getvalue()
        if where == "company":
            data = _with_company(data, "Wigan Council")
        draft = read_referral_document(data, today=TODAY)
        assert draft.la_code.value == "E08000010"


class TestLabelsAndCorrections:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Date referral made", "referral_date"),
            ("Placement to start from", "start_date"),
            ("Direct line", "social_worker.phone"),
            ("Contact no", "social_worker.phone"),
            ("Young person (parent)", "child_name"),
        ],
    )
    def test_labels_beyond_the_vocabulary(self, label, field):
        assert field_for(label) == field

    def test_a_reply_saying_the_reference_was_wrong(self):
        found = corrections("the referral below had the wrong ICS number - it should be 4471920.")
        assert [(c.label, c.value) for c in found] == [("ICS number", "4471920")]

    def test_amend_x_to_y_not_z(self):
        found = corrections("Please amend the start date to 07/12/2026 (not 30/11/2026).")
        assert [(c.label, c.value) for c in found] == [("start date", "07/12/2026")]


class TestSeveralChildren:
    def test_one_answer_per_child_by_name(self):
        draft = _read(
            "Names: Lily Watts (DOB 02/04/2015) and Oscar Watts (DOB 19/09/2017)\n"
            "Gender: Lily - F, Oscar - M\nLegal status: Both ICO\n"
        )
        assert [c.first_name.value for c in draft.children] == ["Lily", "Oscar"]
        assert [c.gender.value for c in draft.children] == ["female", "male"]
        assert [c.legal_status.value for c in draft.children] == ["C1", "C1"]


class TestWhoIsWho:
    def test_the_worker_named_before_the_role_not_the_sender(self):
        draft = _read(
            "I am writing on behalf of Amir Khan, Izzy's social worker, who is in court.\n"
            "Please ring our Placement Finding Team on 01942 828 300.\n"
        )
        assert draft.social_worker.name.value == "Amir Khan"
        assert draft.social_worker.phone.value is None


class TestNeededByWhenUndated:
    """An undated referral's "how soon" counts from the day it is read (three independent
    writers of training sets g, h and i expect it; the officer triages it that day), less
    sure than from a referral date; the referral date itself is still asked for."""

    def test_counted_from_the_day_read(self):
        draft = _read("Child: Maisie Holt\nPlacement to start from: 14/12/2026\n")
        assert draft.referral["placement"]["start_date"] == date(2026, 12, 14).isoformat()
        assert (date(2026, 12, 14) - TODAY).days > 5  # the test clock's day
        assert draft.referral["placement"]["needed_by"] == "later"
        assert draft.placement.needed_by.confidence <= 0.7
        assert "/referral_date" in {item.pointer for item in draft.missing}


class TestPdfColumnStops:
    def test_a_narrow_gap_on_a_column_stop_splits_label_and_value(self):
        def word(x0, x1, top, text):
            return {"x0": x0, "x1": x1, "top": top, "bottom": top + 9, "text": text}

        words = [
            word(40, 70, 100, "Name:"), word(130, 170, 100, "Freya"),
            word(40, 70, 118, "Date"), word(73, 80, 118, "of"), word(83, 125, 118, "referral:"),
            word(130, 150, 118, "TBC"),
        ]  # fmt: skip
        lines = _lines(words)
        assert [s.text for s in lines[1].segments] == ["Date of referral:", "TBC"]


class TestRiskSentencesInRunningText:
    def _risks(self, paragraph: str) -> dict[str, str]:
        draft = _read(
            "Referral from Kent County Council, 20 November 2026.\n"
            "Child: Ava Brown, date of birth 02/03/2012.\n\n" + paragraph + "\n"
        )
        risks = draft.referral["children"][0].get("risks") or {}
        return {
            f"{group}/{name}": risk["state"]
            for group, named in risks.items()
            for name, risk in named.items()
        }

    def test_a_labelled_sentence_answers_only_its_own_risk(self):
        risks = self._risks(
            "Current risk of self-harm: ligature incident on 14/11/2026. "
            "There are no known concerns about going missing or fire-setting."
        )
        assert risks["to_child/self_harm"] == "present"
        assert risks["to_child/missing"] == "none_known"
        assert risks["to_others/fire_setting"] == "none_known"

    def test_the_words_before_the_colon_say_how_sure(self):
        risks = self._risks(
            "Professionals suspect an eating disorder: restricting food at mealtimes. "
            "There is a history of violence towards others: a fight at school in 2023."
        )
        assert risks["to_child/eating_disorder"] == "suspected"
        assert risks["to_others/physical_harm"] == "historical"


class TestDatesInWords:
    @pytest.mark.parametrize(
        ("text", "wanted"),
        [
            ("from Monday 7th December", date(2026, 12, 7)),
            ("from 11 January", date(2027, 1, 11)),
            ("Friday 4 December.", date(2026, 12, 4)),
            ("on the 20th of November", date(2026, 11, 20)),
            ("March 2027", None),  # a month and a year is not a day
            ("4 December 2026", date(2026, 12, 4)),  # a full date keeps its own year
        ],
    )
    def test_a_day_and_month_is_the_next_one_after_the_referral(self, text, wanted):
        found = find_start_dates(text, date(2026, 11, 20))
        assert (found[0].value if found else None) == wanted

    def test_the_referral_date_in_a_summarys_first_sentence(self):
        draft = _read(
            "Norfolk County Council\n"
            "Written 17 November 2026 by Rebecca Hall, allocated social worker.\n"
            "Jordan Pike, born 2 May 2010. We are looking for a foster placement, "
            "starting Monday 4 January 2027.\n"
        )
        assert draft.referral["referral_date"] == "2026-11-17"
        assert draft.referral["placement"]["start_date"] == "2027-01-04"

    def test_a_yearless_start_is_placed_after_the_stated_referral_date(self):
        draft = _read(
            "Date of referral: 18/11/2026\nChild's name: Jade Whitworth\n"
            "Required from: from Monday 7th December\n"
        )
        assert draft.referral["placement"]["start_date"] == "2026-12-07"

    def test_several_labelled_sentences_on_one_line(self):
        draft = _read(
            "Date of referral: 23/11/2026\nChild's name: Ava Brown\n"
            "Urgency: planned. Needed: Friday 4 December. Expected length: respite.\n"
        )
        assert draft.referral["placement"]["start_date"] == "2026-12-04"


class TestChildrenNamedInSentencesAndSections:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Jordan Pike (Liquidlogic ref NCC-558120), born 11 March 2010.",
            "Thanks for your call. To recap, Jordan Pike needs a foster placement.",
        ],
    )
    def test_a_sentence_opening_with_the_childs_full_name(self, sentence):
        draft = _read("Date of referral: 17/11/2026\n\n" + sentence + "\n")
        child = draft.referral["children"][0]
        assert (child.get("first_name"), child.get("last_name")) == ("Jordan", "Pike")

    def test_child_n_name_labels(self):
        draft = _read(
            "Date of referral: 17/11/2026\nChild 1 name: Ella Shaw\nChild 1 DOB: 03/05/2014\n"
            "Child 2 name: Finn Shaw\nChild 2 DOB: 21/10/2017\n"
        )
        children = draft.referral["children"]
        assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
            ("Ella", "2014-05-03"),
            ("Finn", "2017-10-21"),
        ]

    def test_numbered_questions_and_sections(self):
        draft = _read(
            "Date of referral: 20/11/2026\n"
            "Q1. Young person's name: Ryan Tolson\n"
            "Q2. Date of birth and age: 01/12/2009 (16)\n"
            "Q4. Legal status: Section 20 Q5. System ID: 220871\n"
        )
        child = draft.referral["children"][0]
        assert (child.get("first_name"), child.get("date_of_birth")) == ("Ryan", "2009-12-01")
        assert draft.referral["la_reference"] == "220871"

    def test_each_childs_risks_under_a_heading_with_its_name(self):
        draft = _read(
            "Date of referral: 20/11/2026\n\n"
            "2.1 Child 1: Tyler Mace\n\nRisks - Tyler\n"
            "Assaults on peers or staff: Yes - hits out when frustrated\n\n"
            "2.2 Child 2: Lacey Mace\n\nRisks - Lacey\n"
            "Violence / aggression to others: No - none known\n"
        )
        children = draft.referral["children"]
        assert [child.get("first_name") for child in children] == ["Tyler", "Lacey"]
        states = [child["risks"]["to_others"]["physical_harm"]["state"] for child in children]
        assert states == ["present", "none_known"]

    @pytest.mark.parametrize("underline", ["", "-------------\n"])
    def test_a_name_under_a_social_worker_heading_is_not_a_child(self, underline):
        draft = _read(
            "Date of referral: 20/11/2026\nChild's name: Kwame Mensah\n\n"
            "Social worker\n" + underline + "Name: Ama Asante\nEmail: ama.asante@example.gov.uk\n"
        )
        assert [child.get("first_name") for child in draft.referral["children"]] == ["Kwame"]
        assert draft.referral["social_worker"]["name"] == "Ama Asante"

    @pytest.mark.parametrize(
        ("line", "reference"),
        [
            ("Family / case number: LCS ID (NYC) 640028", "640028"),
            ("Case number: Child's LCS ID 3381920", "3381920"),
            ("Placing authority: Calderdale MBC. Authority reference: 60442", "60442"),
        ],
    )
    def test_the_reference_after_the_systems_name(self, line, reference):
        draft = _read("Date of referral: 20/11/2026\nChild's name: Kwame Mensah\n" + line + "\n")
        assert draft.referral["la_reference"] == reference


class TestBlanketDenials:
    def _states(self, lines: str) -> dict[str, str]:
        draft = _read("Date of referral: 20/11/2026\nChild's name: Ava Brown\n\n" + lines)
        risks = draft.referral["children"][0].get("risks") or {}
        return {
            f"{group}/{name}": risk["state"]
            for group, named in risks.items()
            for name, risk in named.items()
        }

    def test_no_known_risks_answers_every_risk(self):
        states = self._states("Risks: No known risks.\n")
        assert len(states) == 11 and set(states.values()) == {"none_known"}

    def test_a_ticked_no_known_risks_box_answers_every_risk(self):
        states = self._states("Risks: ☐ Self-harm ☐ Going missing ☐ CSE\n☒ No known risks\n")
        assert len(states) == 11 and set(states.values()) == {"none_known"}

    def test_an_unticked_no_known_risks_box_says_nothing(self):
        assert self._states("Risks: ☐ Self-harm ☒ Going missing ☐ CSE\n☐ No known risks\n") == {
            "to_child/missing": "present"
        }

    def test_risks_to_others_only(self):
        states = self._states("There are no known risks to others.\n")
        assert set(states) == {
            "to_others/physical_harm",
            "to_others/sexual_harm",
            "to_others/fire_setting",
            "to_others/harm_to_animals",
            "to_others/criminal_exploitation",
        }

    def test_a_stated_risk_outranks_the_blanket(self):
        states = self._states("No known risks other than going missing, last week.\n")
        assert states == {"to_child/missing": "present"}

    def test_a_risks_label_answered_none_known(self):
        states = self._states("Risks (to self or others): None known.\n")
        assert len(states) == 11 and set(states.values()) == {"none_known"}

    def test_a_grids_column_headers_are_not_an_answer(self):
        assert self._states("Risk: Known? (Yes / No / Historical)\n") == {}


class TestParentAndChildParts:
    def test_a_child_heading_ends_the_parents_part(self):
        draft = _read(
            "Parent and Child Placement Referral\nDate of referral: 20/11/2026\n\n"
            "Parent\nParent's name: Kelsey Dyson\nParent's date of birth: 12/01/2004\n\n"
            "Child\nChild's name: Harley Dyson\nChild's DOB: 2nd Dec 2024\n\n"
            "Placement\nStart: Wednesday 9th December\n"
        )
        child = draft.referral["children"][0]
        assert (child.get("first_name"), child.get("date_of_birth")) == ("Harley", "2024-12-02")
        assert draft.referral["placement"]["start_date"] == "2026-12-09"


class TestFreeTextBelongsToItsChild:
    def test_a_sentence_in_the_first_childs_section(self):
        draft = _read(
            "Date of referral: 20/11/2026\n\n"
            "Child 1: Tyler Mace\nHas the child been in care before?: This is his first time in care.\n\n"
            "Child 2: Lacey Mace\nDate of birth: 21.08.2019\n"
        )
        tyler, lacey = draft.referral["children"]
        assert tyler.get("placement_history") == []
        assert lacey.get("placement_history") is None
