"""Hand-written layouts (training figures): the targets hold, evidence quotes contain
their values, and no date is ever invented."""

import re
from pathlib import Path

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from scoring import score_folder

HERE = Path(__file__).parent
TODAY = TEST_NOW.date()
FOLDERS = ["corpus", "heldout", "handwritten"]


def _documents(folder: str):
    return [path for path in sorted((HERE / folder).iterdir()) if not path.name.endswith(".json")]


def _plain(value) -> str:
    return re.sub(r"[^a-z0-9]", "", str(value).lower())


@pytest.fixture(scope="module")
def handwritten():
    return score_folder(HERE / "handwritten")


class TestHandwrittenLayouts:
    @pytest.mark.parametrize("group", ["identifiers", "dates", "la", "contacts"])
    def test_identifiers_dates_authority_and_contacts(self, handwritten, group):
        assert handwritten.group_accuracy(group) >= 0.95

    def test_risks_and_questions(self, handwritten):
        assert handwritten.present_f1 >= 0.9
        assert handwritten.negation_precision >= 0.95
        assert handwritten.missing_precision >= 0.9


class TestEvidence:
    @pytest.mark.parametrize("folder", FOLDERS)
    def test_every_identifier_is_quoted_where_it_was_read(self, folder):
        for path in _documents(folder):
            draft = read_referral_document(path.read_bytes(), today=TODAY)
            worker = draft.social_worker
            values = [draft.la_reference, worker.name, worker.email, worker.phone]
            for child in draft.children:
                values += [child.first_name, child.last_name]
            for found in values:
                if found.state != "found":
                    continue
                quotes = [_plain(evidence.quote) for evidence in found.evidence]
                assert any(_plain(found.value) in quote for quote in quotes), (path.name, found)


class TestNeverAnInventedDate:
    def test_a_form_without_a_date_has_no_referral_date(self):
        data = b"Child's name: Jo Bloggs\nDate of birth: 03/04/2012\nPlacement: fostering\n"
        draft = read_referral_document(data, today=TODAY)
        assert draft.referral_date.value is None
        assert "referral_date" not in draft.referral
        assert any(item.pointer == "/referral_date" for item in draft.missing)

    def test_an_unreadable_date_is_unclear_not_today(self):
        data = b"Date of referral: TBC\nChild's name: Jo Bloggs\nAge: 12\n"
        draft = read_referral_document(data, today=TODAY)
        assert draft.referral_date.state == "unclear"
        assert "referral_date" not in draft.referral

    def test_an_emergency_today_without_a_referral_date_has_no_start_date(self):
        data = b"Child's name: Jo Bloggs\nAge: 12\nUrgency: emergency, needed today\n"
        draft = read_referral_document(data, today=TODAY)
        assert "start_date" not in draft.referral["placement"]


class TestAuthorityOutsideTheBody:
    def test_a_word_forms_page_header_names_the_la(self):
        import io

        from docx import Document

        document = Document()
        document.sections[0].header.paragraphs[0].text = "Stockport MBC - Children's Services"
        document.add_paragraph("Child's name: Jo Bloggs")
        buffer = io.BytesIO()
        document.save(buffer)
        draft = read_referral_document(buffer.getvalue(), today=TODAY)
        assert draft.la_code.value == "E08000007"


def _answers(name: str):
    from hearth_referrals.documents.limits import Deadline, DocumentLimits
    from hearth_referrals.documents.readers import read_blocks
    from hearth_referrals.documents.rules.answers import pair_answers

    data = (HERE / "handwritten" / name).read_bytes()
    _kind, blocks = read_blocks(data, DocumentLimits(), Deadline(20))
    return {answer.label: answer for answer in pair_answers(blocks) if answer.label}


class TestPdfGeometry:
    def test_unruled_label_value_rows_keep_their_pairs_and_wrapped_cells(self):
        answers = _answers("h07-side_by_side.pdf")
        assert answers["Date of birth"].value == "03/03/2014"
        assert answers["System ID"].value == "4410872"
        assert answers["Behaviour and risks"].value.endswith("has never gone missing.")
        assert answers["Is there a history of self-harm?"].value == "No"

    def test_a_ruled_tick_grid_takes_its_options_from_the_header(self):
        answers = _answers("h01-art_panel.pdf")
        assert answers["Self-harm"].options == [("Yes", True), ("No", False)]
        assert answers["Going missing"].value == "None since 2023."

    def test_two_label_value_pairs_on_one_line_are_two_answers(self):
        answers = _answers("h21-two_pairs_per_line.pdf")
        assert answers["Name"].value == "Mia Sutcliffe"
        assert answers["DOB"].value == "17/08/2010"
