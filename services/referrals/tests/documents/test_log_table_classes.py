"""A meeting's action log or a tracker holding the referral, a row per entry with a column
naming the child it is about (issue 12, class 2), and a child's details typed in one line
between semicolons, each led by its label's word (class 5), in my own words."""

from __future__ import annotations

from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.label_runs import label_run_answers

TODAY = TEST_NOW.date()

LOG = """Placements tracker - morning meeting
| No. | Young person | Entry | Lead | Due |
| 1 | Maya & Finn | Sister and brother referred today, to be placed together in a foster home | Team (Ali) | 20.11.26 |
| 2 | Maya | Maya Ellery, F, 06.06.13; legal status s20; school Hilltop Academy Yr 8; health asthma | Team (Ali) | 20.11.26 |
| 3 | Finn | Finn Ellery, M, 14.02.18; legal status s20; school Brook Infants Yr 3; allergies peanuts | Team (Ali) | 20.11.26 |
"""


def _draft(text: str):
    return read_referral_document(text.encode(), filename="log.txt", today=TODAY)


class TestLogTable:
    def test_each_row_is_read_for_the_child_it_names(self):
        children = _draft(LOG).children
        assert [(c.first_name.value, c.last_name.value) for c in children] == [
            ("Maya", "Ellery"),
            ("Finn", "Ellery"),
        ]
        assert [c.date_of_birth.value.isoformat() for c in children] == [
            "2013-06-06",
            "2018-02-14",
        ]
        assert [c.school.name.value for c in children] == ["Hilltop Academy", "Brook Infants"]
        assert [c.legal_status.value for c in children] == ["V2", "V2"]

    def test_the_lead_and_the_due_date_are_the_logs_not_the_referrals(self):
        draft = _draft(LOG)
        assert draft.social_worker.name.value is None
        assert draft.placement.start_date.value is None


def _answer(text: str) -> Answer:
    return Answer("", text, Block(BlockKind.PARAGRAPH, text, Location(paragraph=1)))


class TestLabelRun:
    def test_pieces_led_by_labels_are_answers_to_those_labels(self):
        pieces = label_run_answers(
            _answer("Jo Vale, F, 01.01.15; family time dad monthly; school Oak Primary; FT nan")
        )
        assert [(piece.label, piece.value) for piece in pieces] == [
            ("", "Jo Vale, F, 01.01.15"),
            ("family time", "dad monthly"),
            ("school", "Oak Primary"),
            ("FT", "nan"),
        ]

    def test_a_sentence_with_one_label_word_is_left_whole(self):
        assert label_run_answers(_answer("She likes school; she is happy; she sings")) is None

    def test_a_line_with_colons_is_read_by_its_colons(self):
        assert label_run_answers(_answer("School: Oak; Health: none; FT: mum")) is None
