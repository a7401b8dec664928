"""Each reader turns its format into located blocks the rules can read."""

from builders import docx_with_controls, email, fillable_pdf
from hearth_contract.codes import RiskState
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import BlockKind
from hearth_referrals.documents.limits import Deadline, DocumentLimits
from hearth_referrals.documents.readers import read_blocks

TODAY = TEST_NOW.date()


def _blocks(data: bytes):
    return read_blocks(data, DocumentLimits(), Deadline(10))[1]


class TestPlainText:
    def test_pipe_tables_become_located_cells(self):
        blocks = _blocks(b"Part 1: Child\nName | Jo Smith\nAge | 14\n")
        cell = next(block for block in blocks if block.text == "Jo Smith")
        assert cell.kind is BlockKind.CELL
        assert (cell.location.table, cell.location.row, cell.location.cell) == (1, 1, 2)
        assert cell.location.part == "Part 1: Child"


class TestHtml:
    def test_ticked_inputs_and_table_cells(self):
        page = (
            b"<html><body><h2>Part 3 Risks</h2><table><tr><td>Self harm</td><td>"
            b"<input type=checkbox> Yes <input type=checkbox checked> No</td></tr>"
            b"</table><script>ignored()</script></body></html>"
        )
        draft = read_referral_document(page, today=TODAY)
        assert draft.children[0].risks.to_child["self_harm"].value == RiskState.NONE_KNOWN
        evidence = draft.children[0].risks.to_child["self_harm"].evidence[0]
        assert evidence.location.table == 1 and evidence.location.part == "Part 3 Risks"
        assert "ignored" not in str(_blocks(page))


class TestWord:
    def test_check_box_controls_and_legacy_boxes_read_as_ticks(self):
        draft = read_referral_document(docx_with_controls(), today=TODAY)
        child = draft.referral["children"][0]
        assert child["legal_status"] == "V2"
        assert child["gender"] == "female"
        assert draft.referral["placement"]["urgency"] == "planned"

    def test_an_empty_content_control_is_unclear(self):
        draft = read_referral_document(docx_with_controls(), today=TODAY)
        assert "/children/0/date_of_birth" in {item.pointer for item in draft.unclear}
        blocks = _blocks(docx_with_controls())
        assert any(block.placeholder for block in blocks)


class TestPdf:
    def test_acroform_fields_are_read_with_their_tooltips(self):
        data = fillable_pdf(
            {"Child's name": "Jo Smith", "Date of birth": "3.4.12", "Legal status": "ICO"},
            {"Legal status: Section 20": False},
        )
        draft = read_referral_document(data, today=TODAY)
        child = draft.referral["children"][0]
        assert (child["first_name"], child["date_of_birth"], child["legal_status"]) == (
            "Jo",
            "2012-04-03",
            "C1",
        )
        assert draft.children[0].date_of_birth.evidence[0].location.page == 1

    def test_page_text_is_read(self):
        draft = read_referral_document(fillable_pdf({}, {}, text="Mosaic ID: 445566"), today=TODAY)
        assert draft.referral["la_reference"] == "445566"


class TestEmail:
    def test_quoted_replies_are_dropped_and_the_signature_gives_contacts(self):
        body = (
            "Urgent, 14 year old boy, S20. Call me on 07700 900123.\n\n"
            "> No known history of self-harm (quoted, not this referral)\n"
            "Kind regards,\nSam Lee\nSocial Worker\nKent County Council\n"
        )
        draft = read_referral_document(email(body), today=TODAY)
        referral = draft.referral
        assert referral["children"][0]["age_years"] == 14
        assert referral["children"][0]["gender"] == "male"
        assert referral["children"][0]["legal_status"] == "V2"
        assert referral["social_worker"]["phone"] == "07700 900123"
        assert draft.la_code.value == "E10000016"
        assert "self_harm" not in referral["children"][0]["risks"]["to_child"]

    def test_forwarded_bodies_are_kept(self):
        body = (
            "FYI\n\n---------- Forwarded message ---------\nFrom: A <a@kent.gov.uk>\n\n"
            "Referral for Jo, DOB 03/04/2012, Interim Care Order.\n"
        )
        draft = read_referral_document(email(body, subject="FW: referral"), today=TODAY)
        assert draft.referral["children"][0]["legal_status"] == "C1"
        assert draft.referral["children"][0]["date_of_birth"] == "2012-04-03"

    def test_attachments_are_read_and_located(self):
        data = email("Please see attached.", attachment=(docx_with_controls(), "form.docx"))
        draft = read_referral_document(data, today=TODAY)
        assert draft.children[0].legal_status.evidence[0].location.attachment == "form.docx"


class TestQuotedReplies:
    def test_a_reply_reads_the_quoted_original_and_its_correction_wins(self):
        from pathlib import Path

        data = (Path(__file__).parent / "handwritten" / "h27-quoted_reply.eml").read_bytes()
        draft = read_referral_document(data, today=TODAY)
        child = draft.referral["children"][0]
        assert child["first_name"] == "Lewis"
        assert child["date_of_birth"] == "2015-02-02"  # the reply's correction
        assert draft.referral["referral_date"] == "2026-11-24"  # the outer message
