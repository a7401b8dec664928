"""A referral kept on a team's wiki page and sent as the page's source (Confluence or Jira
text formatting notation), in my own words: headings ``h2.``, header rows fenced by doubled
bars, mentions, mailto links, macros and status icons are read as the page shows them.
Text that only happens to hold one such line is left as it is."""

from __future__ import annotations

from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.readers.wiki_markup import wiki_lines

TODAY = TEST_NOW.date()

PAGE = """h1. Looked after children: request LAC-2291

{note}Edited Tuesday 17 November 2026 by Omar Reid (team manager).{note}

h2. The request
||Item||Answer||
|Date of request|2026-11-16|
|ID|LAC-2291|
|Worker|[~Ffion Pryce]|
|Email|[mailto:ffion.pryce@sefton.example.gov.uk]|
|Plan|[care plan|https://wiki.example.org/plan/2291]|

h2. Child 1: Nell Orton
||Question||Answer||
|DOB|2013-02-11|
|Sex|Female|
|Contact|Nan weekly \\\\ Uncle monthly|

h2. Child 2: Jago Orton
||Question||Answer||
|DOB|2016-07-30|
|Sex|Male|
"""


def _draft(text: str):
    return read_referral_document(text.encode(), filename="page.txt", today=TODAY)


class TestWikiPage:
    def test_each_child_heading_starts_that_child(self):
        draft = _draft(PAGE)
        names = [(c.first_name.value, c.last_name.value) for c in draft.children]
        assert names == [("Nell", "Orton"), ("Jago", "Orton")]
        assert [c.date_of_birth.value.isoformat() for c in draft.children] == [
            "2013-02-11",
            "2016-07-30",
        ]

    def test_a_mention_is_the_workers_name_and_a_mailto_link_the_address(self):
        draft = _draft(PAGE)
        assert draft.social_worker.name.value == "Ffion Pryce"
        assert draft.social_worker.email.value == "ffion.pryce@sefton.example.gov.uk"
        assert draft.referral_date.value.isoformat() == "2026-11-16"

    def test_markup_is_written_out_as_plain_lines(self):
        lines = wiki_lines(PAGE.splitlines())
        assert "# Looked after children: request LAC-2291" in lines
        assert "| Item | Answer |" in lines
        assert "| Worker | Ffion Pryce |" in lines
        assert "| Plan | care plan |" in lines
        assert "| Contact | Nan weekly; Uncle monthly |" in lines
        assert "Edited Tuesday 17 November 2026 by Omar Reid (team manager)." in lines

    def test_status_icons_become_ticks_and_crosses(self):
        lines = wiki_lines(["h2. Risks", "||Risk||State||", "|Fire|(x) no|", "|Missing|(/) yes|"])
        assert lines[2:] == ["| Fire | \u2717 no |", "| Missing | \u2713 yes |"]


def test_text_with_one_wiki_looking_line_is_left_as_it_is():
    lines = ["h2. is how our old system printed a heading", "Name: Bo Carr", "[~not a mention]"]
    assert wiki_lines(lines) == lines
