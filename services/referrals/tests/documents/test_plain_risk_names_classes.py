"""Case tables for a risk named in plain words, as a child's own profile or a family
meeting's worry list names it ("people pushing me into sex stuff" is not one of them: the
words here are the ones such forms use for a row), and for a short name a row writes as a
plural or as a pair ("Fires", "Eating / meals"). Every line is written for this test."""

from __future__ import annotations

import pytest
from hearth_referrals.documents.rules.risk_words import named_risks, risk_terms


@pytest.mark.parametrize(
    ("words", "risk"),
    [
        ("Adults taking advantage of her sexually", ("to_child", "sexual_exploitation")),
        ("older boys taking advantage of me sexually", ("to_child", "sexual_exploitation")),
        ("People forcing him to commit crimes", ("to_child", "criminal_exploitation")),
        ("someone making me do crime", ("to_child", "criminal_exploitation")),
        ("Running off", ("to_child", "missing")),
        ("she ran off from the park and was found at 2am", ("to_child", "missing")),
        ("Sexual behaviour that hurts other children", ("to_others", "sexual_harm")),
        ("Being nasty to the neighbour's cat", ("to_others", "harm_to_animals")),
        ("unkind to pets", ("to_others", "harm_to_animals")),
        ("Getting younger kids into trouble", ("to_others", "criminal_exploitation")),
        ("Leading other children into trouble", ("to_others", "criminal_exploitation")),
        ("Has there been any problem with her eating?", ("to_child", "eating_disorder")),
        ("Difficulties with food", ("to_child", "eating_disorder")),
        ("Does Wenna show any interest in fire?", ("to_others", "fire_setting")),
        ("an interest in lighters", ("to_others", "fire_setting")),
        ("Does he get others into trouble at school?", ("to_others", "criminal_exploitation")),
    ],
)
def test_plain_words_name_the_risk(words, risk):
    assert risk in [key for key, _match in risk_terms(words)]


@pytest.mark.parametrize(
    ("name", "risk"),
    [
        ("Fires", [("to_others", "fire_setting")]),
        ("Eating / meals", [("to_child", "eating_disorder")]),
        ("Animals / pets", [("to_others", "harm_to_animals")]),
        # a pair that names two risks, or none the rules know, names none
        ("Eating / fire", []),
        ("Bus / train", []),
        ("Homework", []),
    ],
)
def test_a_short_name_as_a_plural_or_a_pair(name, risk):
    assert named_risks(name) == risk


@pytest.mark.parametrize(
    "words",
    [
        "She takes advantage of every chance to draw",
        "He gets into trouble at school for talking",
        "The problem with the bus timetable",
    ],
)
def test_words_that_are_no_risk(words):
    assert risk_terms(words) == []
