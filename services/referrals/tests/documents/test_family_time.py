"""Family time as LAs write it: with whom, how often, supervised or not; and no contact."""

import pytest
from hearth_referrals.documents.rules.history import family_time, no_contact


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Mum twice a week, supervised.", [("mum", "several_times_a_week", True)]),
        (
            "Mother: three times a week at the contact centre",
            [("mother", "several_times_a_week", None)],
        ),
        ("Dad - fortnightly, unsupervised", [("dad", "fortnightly", False)]),
        ("Monthly supervised contact with father.", [("father", "monthly", True)]),
        ("Sees her siblings once a month.", [("siblings", "monthly", None)]),
        ("Every other Saturday with Dad.", [("dad", "fortnightly", None)]),
        (
            "Contact with mother: weekly (Tuesdays, 1 hour, supervised)",
            [("mother", "weekly", True)],
        ),
        # the words the document uses: "birth mother" (still "mother" to a search for it)
        (
            "Letterbox contact with birth mother twice a year.",
            [("birth mother", "less_often", None)],
        ),
        ("Phone calls with Nan every evening.", [("nan", "daily", None)]),
        ("Mum - Mon/Wed/Fri after school, supervised.", [("mum", "several_times_a_week", True)]),
        ("Dad - alternate weekends, overnight stays.", [("dad", "fortnightly", None)]),
        ("Brother: every six weeks", [("brother", "less_often", None)]),
        (
            "Grandparents: 2x per week, unsupervised",
            [("grandparents", "several_times_a_week", False)],
        ),
        ("Mum every 4 weeks, supervised by the LA.", [("mum", "monthly", True)]),
        ("Father: once a fortnight, supervised", [("father", "fortnightly", True)]),
        ("Weekly video call with her sister.", [("sister", "weekly", None)]),
        ("Family time with mum to be agreed at the review.", [("mum", "to_be_agreed", None)]),
        (
            "Mum: weekly, supervised; Dad: monthly, unsupervised.",
            [("mum", "weekly", True), ("dad", "monthly", False)],
        ),
        (
            "She sees her mother on Saturdays and her father every other Sunday.",
            [("mother", "weekly", None), ("father", "fortnightly", None)],
        ),
        ("No family time at present.", []),
        (
            "Fortnightly with mum (supervised), monthly with his siblings (unsupervised).",
            [("mum", "fortnightly", True), ("siblings", "monthly", False)],
        ),
    ],
)
def test_family_time(text, wanted):
    got = family_time(text) or []
    assert [(a["with_whom"], a["frequency"], a["supervised"]) for a in got] == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("No contact with father - prohibited by court order.", ["father"]),
        ("Jay does not want contact with his mother and this is respected.", ["mother"]),
        ("Father's whereabouts are unknown.", ["father"]),
        ("Mother: nil contact (child's wishes)", ["mother"]),
        ("Contact with her father has been stopped by the court.", ["father"]),
        ("There is a non-molestation order against the father; no contact.", ["father"]),
        ("She declines contact with her dad.", ["dad"]),
        ("Mum weekly, supervised.", []),
    ],
)
def test_no_contact(text, wanted):
    assert no_contact(text) == wanted
