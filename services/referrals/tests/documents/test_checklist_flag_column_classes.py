"""A quality checklist's flag column, a child's heading in a case system's order, and the
labels such a checklist uses (issue 12, classes 2 and 5), in my own words.

"Item | Given? | What it says" tables: the item is read beside what was given, not beside
the flag; an item flagged as not given is a question for the LA. Rows of questions, and
rows of risks, keep their Yes/No column: there it is the answer."""

from __future__ import annotations

import pytest
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for

TODAY = TEST_NOW.date()


def _draft(text: str):
    return read_referral_document(text.encode(), filename="check.txt", today=TODAY)


CHECKLIST = """Resources panel - audit of the request
| Item | Included? | Detail |
| Request taken in by the hub | Y | 18/11/2026 |
| Mosaic number | Y | MOS 55120 |
| Allocated worker | Y | Dawn Keyes |
| Worker email | Y | dawn.keyes@halton.example.gov.uk |
| Kind of home | Y | Residential children's home |
| Planned end | N | |

Child 2 of 2: FARRIER, Josh (known as JJ)
| Item | Included? | Detail |
| Date of birth | Y | 02/02/2012 |
| Sex | Y | Male |
| School | Y | Wade Deacon High School |
"""


class TestFlagColumn:
    def test_each_item_is_read_beside_what_was_given(self):
        draft = _draft(CHECKLIST)
        assert draft.la_reference.value == "MOS 55120"
        assert draft.social_worker.name.value == "Dawn Keyes"
        assert draft.social_worker.email.value == "dawn.keyes@halton.example.gov.uk"
        assert draft.placement.setting.value == "residential"
        assert draft.children[0].school.name.value == "Wade Deacon High School"

    def test_evidence_quotes_the_detail_not_the_flag(self):
        quotes = [evidence.quote for evidence in _draft(CHECKLIST).social_worker.name.evidence]
        assert quotes and all(quote != "Y" for quote in quotes)

    def test_an_item_flagged_as_not_given_is_asked(self):
        draft = _draft(
            "| Check | Provided? | Says |\n| Case number | N | |\n| Worker | Y | Lola Finch |\n"
            "| Child | Y | Ria Dunn, born 04/05/2014, female |\n"
        )
        assert draft.la_reference.value is None
        assert "/la_reference" in {item.pointer for item in draft.missing}

    def test_questions_keep_their_yes_or_no(self):
        draft = _draft(
            "Name: Cody Vance\nDOB: 09/09/2013\n\n| Question | Yes / No | Details |\n"
            "| Any allergies? | Yes | Penicillin |\n| Any self-harm? | No | |\n"
            "| Going missing? | No | |\n| Family time? | Yes | Mum weekly |\n"
        )
        risks = draft.referral["children"][0]["risks"]["to_child"]
        assert risks["self_harm"]["state"] == "none_known"
        assert risks["missing"]["state"] == "none_known"


class TestChildHeadingInCaseSystemOrder:
    def test_family_name_first_in_capitals_and_the_name_the_child_goes_by(self):
        child = _draft(CHECKLIST).children[0]
        assert (child.first_name.value, child.last_name.value) == ("Josh", "Farrier")
        assert child.known_as.value == "JJ"
        assert child.date_of_birth.value.isoformat() == "2012-02-02"

    def test_a_heading_about_an_adult_starts_no_child(self):
        draft = _draft(
            "Child 1 of 1: MOSS, Tia\n| Item | Given? | Detail |\n| DOB | Y | 01/03/2015 |\n"
            "| Sex | Y | Female |\n| Worker | Y | Ann Lyle |\n\n"
            "Mother: MOSS, Karen (known as Kaz)\n"
        )
        assert [child.first_name.value for child in draft.children] == ["Tia"]


@pytest.mark.parametrize(
    ("label", "field"),
    [
        ("Referral received by ART", "referral_date"),
        ("Request received by the duty hub", "referral_date"),
        ("Referral made by", None),
        ("Type of home", "setting"),
        ("Home sought", "setting"),
        ("Kind of home", "setting"),
    ],
)
def test_checklist_labels(label, field):
    assert field_for(label) == field
