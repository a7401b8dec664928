"""Questions only where the document is silent (issue 12, class 12): a gap whose topic the
document writes about with an answer is shown to the officer, not asked of the LA; a gap
the document never touches, or touches only with an empty prompt, is asked."""

import pytest
from hearth_contract.referrals import CompletenessItem, Severity
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.silence import screen_questions


def _item(pointer: str) -> CompletenessItem:
    return CompletenessItem(
        pointer=pointer,
        topic="any",
        severity=Severity.BEFORE_OFFER,
        message="Something is not stated.",
        question="What is it?",
    )


def _blocks(*texts: str) -> list[Block]:
    return [Block(kind=BlockKind.PARAGRAPH, text=text) for text in texts]


def _asked(pointer: str, *texts: str) -> bool:
    asked, _confirm = screen_questions([_item(pointer)], _blocks(*texts))
    return [item.pointer for item in asked] == [pointer]


MENTIONED = [
    ("/children/0/school", ["Learning and education", "Harbourside PRU, Yr 10"]),
    ("/children/0/school", ["Kian dropped out of college in the spring and wants to go back."]),
    ("/children/0/health_needs", ["Medical: asthma, uses an inhaler twice a day"]),
    ("/children/0/placement_history", ["Care history: two foster homes, the second ended"]),
    ("/children/0/gender", ["Sex: F"]),
    ("/children/0/risks/to_child/missing", ["She has run away from her carers twice this autumn."]),
    ("/children/0/risks/to_others/fire_setting", ["\u2612 Arson or setting fires"]),
    ("/children/0/risks/to_child/eating_disorder", ["Known risk: hit a peer.", "No other risks."]),
    ("/children/0/risks", ["Risk assessment: nothing of note in any area"]),
    ("/placement/start_date", ["Move-in date: Monday 14 December"]),
    ("/placement/duration", ["Expected length of placement - until the final hearing"]),
    ("/la_reference", ["Mosaic number 4410927"]),
]

SILENT = [
    ("/children/0/school", ["Name: Kian", "Likes: football and pasta"]),
    ("/children/0/school", ["Education:", "Health:"]),
    ("/children/0/school", ["Education", "Medical needs"]),
    ("/children/0/school", ["School or nursery: to be confirmed"]),
    ("/children/0/health_needs", ["Health", ""]),
    ("/children/0/risks/to_others/harm_to_animals", ["Risks: cut her arms last year."]),
    ("/children/0/risks", ["Risks:"]),
    ("/placement/start_date", ["Placement needed from: TBC"]),
    ("/placement/duration", ["Kian likes his carers and wants to stay local."]),
]


class TestTopicMentionedWithAnAnswer:
    @pytest.mark.parametrize(("pointer", "texts"), MENTIONED)
    def test_is_not_asked(self, pointer, texts):
        assert not _asked(pointer, *texts)

    @pytest.mark.parametrize(("pointer", "texts"), MENTIONED)
    def test_is_shown_to_the_officer_with_the_words(self, pointer, texts):
        _asked_items, confirm = screen_questions([_item(pointer)], _blocks(*texts))
        assert [item.pointer for item in confirm] == [pointer]
        assert confirm[0].evidence and confirm[0].evidence[0].quote
        assert "check the document" in confirm[0].reason


class TestTopicNotMentioned:
    @pytest.mark.parametrize(("pointer", "texts"), SILENT)
    def test_is_asked(self, pointer, texts):
        assert _asked(pointer, *texts)


class TestGapsOutsideTheCheck:
    @pytest.mark.parametrize(
        ("pointer", "text"),
        [
            # Unseen, the readers' questions on these were right more often than not
            # even where the document used the topic's words.
            ("/children/0/legal_status", "Legal: section 20 agreed by mum"),
            ("/children/0/date_of_birth", "Born in Leeds"),
            ("/children/0/family_time", "Contact: weekly with dad"),
            ("/children/0/risks/to_child/self_harm/detail", "Self-harm: yes"),
            ("/social_worker", "Social worker: Priya Nair"),
        ],
    )
    def test_are_asked_whatever_the_text(self, pointer, text):
        assert _asked(pointer, text)


class TestSeveralChildren:
    def test_one_mention_does_not_answer_for_two_children(self):
        items = [_item("/children/0/school"), _item("/children/1/school")]
        asked, _confirm = screen_questions(items, _blocks("School: Brookfield Primary"))
        assert [item.pointer for item in asked] == ["/children/0/school", "/children/1/school"]

    def test_a_mention_for_each_child_does(self):
        items = [_item("/children/0/school"), _item("/children/1/school")]
        texts = ("School: Brookfield Primary", "School: St Anne's Nursery")
        asked, confirm = screen_questions(items, _blocks(*texts))
        assert asked == []
        assert [item.pointer for item in confirm] == ["/children/0/school", "/children/1/school"]


class TestTheReaderAppliesTheCheck:
    def test_a_topic_written_about_is_unclear_not_missing(self):
        text = (
            "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"
            "Sam hates being away from her nursery friends.\n"
        )
        draft = read_referral_document(text.encode(), today=TEST_NOW.date())
        assert "/children/0/school" not in {item.pointer for item in draft.missing}
        assert "/children/0/school" in {item.pointer for item in draft.unclear}

    def test_a_topic_never_written_about_is_missing(self):
        text = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"
        draft = read_referral_document(text.encode(), today=TEST_NOW.date())
        assert "/children/0/school" in {item.pointer for item in draft.missing}
