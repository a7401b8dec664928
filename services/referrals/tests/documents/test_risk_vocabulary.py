"""The risk vocabulary against a table written without looking at it.

risk_vocabulary_cases.py holds 357 statements in the voices of social workers, police,
CAMHS, youth justice, schools, EDT and carers. Every fourth row is held back: the reader
is never changed to pass those, so their score is the figure for unseen statements.

Scored as the reader combines statements (the strongest state of a risk wins): a row is
right when every risk it lists has its state and no risk it does not list is present.
"""

import re
from datetime import date

import pytest
from hearth_referrals.documents.rules.phrases import inflections, phrase_pattern
from hearth_referrals.documents.rules.risk_states import statements
from hearth_referrals.documents.rules.risk_vocabulary import VOCABULARY
from risk_vocabulary_cases import CASES, HELD_BACK, RISKS, TUNED

REFERRAL = date(2026, 11, 20)
_RANK = {"present": 4, "suspected": 3, "historical": 2, "none_known": 1, "not_stated": 0}


def _states(text: str) -> dict[str, str]:
    states: dict[str, str] = {}
    for statement in statements(text, REFERRAL):
        key, state = f"{statement.group}/{statement.name}", statement.state.value
        if _RANK[state] > _RANK[states.get(key, "not_stated")]:
            states[key] = state
    return states


def _wrong(rows) -> list[str]:
    wrong = []
    for _voice, text, wanted in rows:
        got = _states(text)
        for key in RISKS:
            state = got.get(key, "not_stated")
            if key in wanted and state != wanted[key]:
                wrong.append(f"{text!r}: {key} wanted {wanted[key]}, got {state}")
            elif key not in wanted and state == "present":
                wrong.append(f"{text!r}: {key} present, not asked")
    return wrong


def _present_f1(rows) -> float:
    tp = fp = fn = 0
    for _voice, text, wanted in rows:
        got = _states(text)
        for key in RISKS:
            said, meant = got.get(key) == "present", wanted.get(key) == "present"
            tp, fp, fn = tp + (said and meant), fp + (said and not meant), fn + (meant and not said)
    return 2 * tp / max(2 * tp + fp + fn, 1)


class TestTheTable:
    def test_it_is_large_and_covers_every_risk_in_every_state(self):
        assert len(CASES) >= 300
        seen = {(key, state) for _voice, _text, wanted in CASES for key, state in wanted.items()}
        for key in RISKS:
            for state in ("present", "historical", "suspected", "none_known", "not_stated"):
                assert (key, state) in seen, (key, state)

    def test_a_quarter_is_held_back(self):
        assert len(HELD_BACK) * 4 >= len(CASES) - 3
        assert not {text for _v, text, _w in HELD_BACK} & {text for _v, text, _w in TUNED}


class TestTheReader:
    def test_the_tuned_rows(self):
        wrong = _wrong(TUNED)
        # nine misses left, each a class this table and the project's training truth
        # disagree on or that is not yet read: carrying a weapon (training truth leaves
        # physical harm a gap for it), "eats well" / "gentle with the dogs" (not a risk
        # answer by the project's rule), a screening tool's result, "males known for CSE",
        # "risk of CSE is high", and a smell and a finding in one clause
        assert len(wrong) <= 9, "\n".join(wrong)
        assert _present_f1(TUNED) >= 0.98

    def test_the_held_back_rows(self):
        # main's reader: 66 of 89 rows, present F1 0.732; never tuned against
        rows_right = len(HELD_BACK) - len({w.split(": ")[0] for w in _wrong(HELD_BACK)})
        assert rows_right >= 78
        assert _present_f1(HELD_BACK) >= 0.88


class TestAssertionClasses:
    """Variants of the classes the table showed, in other words than its rows."""

    @pytest.mark.parametrize(
        ("text", "key", "state"),
        [
            # whose whereabouts: a parent's address is not the child going missing
            ("Address: whereabouts unknown", "to_child/missing", "not_stated"),
            ("Birth father - whereabouts unknown, no contact", "to_child/missing", "not_stated"),
            ("Her whereabouts were unknown overnight on Friday.", "to_child/missing", "present"),
            # it happened, then stopped: "none in" a later year
            ("Two overdoses in 2023, none in 2025.", "to_child/self_harm", "historical"),
            ("Lit fires at home in 2022; nothing in 2026.", "to_others/fire_setting", "historical"),
            ("No fire setting in 2026.", "to_others/fire_setting", "none_known"),
            # who reports or suspects is not whose risk it is
            (
                "Foster carers believe she is drinking in the park.",
                "to_child/drug_alcohol",
                "suspected",
            ),
            ("Raised by school staff: cutting to both forearms.", "to_child/self_harm", "present"),
            # a topic taught, not a behaviour
            (
                "Attended a course on the dangers of county lines.",
                "to_child/criminal_exploitation",
                "not_stated",
            ),
            ("School ran an assembly about self-harm.", "to_child/self_harm", "not_stated"),
            # a rule for what may happen
            (
                "Any missing episode must be reported within an hour.",
                "to_child/missing",
                "not_stated",
            ),
        ],
    )
    def test_the_state(self, text, key, state):
        assert _states(text).get(key, "not_stated") == state


class TestPhrases:
    @pytest.mark.parametrize(
        ("word", "forms"),
        [
            ("cut", {"cuts", "cutting"}),
            ("set", {"sets", "setting"}),
            ("overdose", {"overdoses", "overdosed", "overdosing"}),
            ("burn", {"burns", "burned", "burnt", "burning"}),
            ("run", {"runs", "ran", "running"}),
            ("abscond", {"absconds", "absconded", "absconding"}),
            ("try", {"tries", "tried", "trying"}),
            ("go", {"goes", "went", "gone", "going"}),
            ("steal", {"steals", "stole", "stolen", "stealing"}),
        ],
    )
    def test_a_word_brings_its_inflections(self, word, forms):
        assert forms <= set(inflections(word))

    @pytest.mark.parametrize(
        ("phrase", "text", "found"),
        [
            ("self harm", "She self-harms daily", "self-harms"),
            ("self harm", "no selfharm", "selfharm"),
            ("fire setting", "a history of firesetting", "firesetting"),
            ("set light|fire to", "He set light to the bin", "set light to"),
            ("touch ~4 inappropriately", "touched his sister inappropriately", None),
            ("cut", "cutlery", ""),
            ("=missing", "missings", ""),
            ("hurt {person}", "hurt the neighbour's dog", ""),
            ("hurt {person}", "hurt his younger sister", "hurt his younger sister"),
        ],
    )
    def test_a_phrase_matches_whole_words(self, phrase, text, found):
        match = re.search(phrase_pattern(phrase), text, re.IGNORECASE)
        if found == "":
            assert match is None
        else:
            assert match is not None
            assert found is None or match.group(0) == found

    def test_every_risk_has_a_source_note(self):
        assert all(vocabulary.source for vocabulary in VOCABULARY.values())
