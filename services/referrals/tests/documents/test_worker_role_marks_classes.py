"""Who the child's social worker is (issue 12, class 3), by the role written beside a
name: "SW" as well as "Social Worker" after a name in a signature (its last line too),
"(SW)" in brackets after a caller's or author's name, and "the children's allocated
social worker" said of a group of children. Other roles beside a name (a supervising
social worker, a duty worker) do not make the worker. Every line is written for this
test."""

from __future__ import annotations

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

TODAY = TEST_NOW.date()
HEAD = "Name: Sam Taylor\nDate of birth: 01/02/2014\nDate of referral: 20/11/2026\n"


def _worker_in_text(lines: str) -> dict:
    draft = read_referral_document((HEAD + lines + "\n").encode(), today=TODAY)
    return draft.referral.get("social_worker") or {}


def _worker_in_mail(body: str) -> dict:
    data = email(HEAD + body, subject="Placement request - Sam Taylor")
    return read_referral_document(data, today=TODAY).referral.get("social_worker") or {}


class TestRoleAfterTheName:
    @pytest.mark.parametrize(
        ("lines", "wanted"),
        [
            (
                "Planned move, long term.\n\nRuth Oyelaran | SW | 01632 960 410",
                {"name": "Ruth Oyelaran", "phone": "01632 960 410"},
            ),
            (
                "Planned move, long term.\n\nRuth Oyelaran | Senior SW | 01632 960 410",
                {"name": "Ruth Oyelaran", "phone": "01632 960 410"},
            ),
            (
                "Planned move, long term.\n\nRuth Oyelaran\nSW, Children in Care\n01632 960 410",
                {"name": "Ruth Oyelaran", "phone": "01632 960 410"},
            ),
        ],
    )
    def test_a_signature_with_sw_after_the_name(self, lines, wanted):
        worker = _worker_in_mail(lines)
        assert {key: worker.get(key) for key in wanted} == wanted

    @pytest.mark.parametrize(
        "lines",
        [
            "Planned move, long term.\n\nRuth Oyelaran | Supervising SW | 01632 960 410",
            "Planned move, long term.\n\nRuth Oyelaran | Duty Manager | 01632 960 410",
        ],
    )
    def test_other_roles_beside_a_name_are_not_the_worker(self, lines):
        assert _worker_in_mail(lines).get("name") is None


class TestRoleInBrackets:
    @pytest.mark.parametrize(
        ("line", "name"),
        [
            ("Caller: Hollie Brennan (SW)", "Hollie Brennan"),
            ("Spoke with Hollie Brennan (allocated SW) this morning.", "Hollie Brennan"),
            ("Report written by Hollie Brennan (Social Worker).", "Hollie Brennan"),
        ],
    )
    def test_sw_in_brackets_marks_the_worker(self, line, name):
        assert _worker_in_text(line).get("name") == name

    @pytest.mark.parametrize(
        "line",
        [
            "Caller: Hollie Brennan (Supervising SW)",
            "Caller: Hollie Brennan (EDT)",
        ],
    )
    def test_another_role_in_brackets_is_not(self, line):
        assert _worker_in_text(line).get("name") is None


class TestWorkerOfTheChildren:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Sending on behalf of Kemi Adair, the children's allocated social worker, who is"
            " in court.",
            "Kemi Adair, the boys' social worker, has asked for this search.",
            "Please call Kemi Adair (the siblings' allocated SW) with any questions.",
        ],
    )
    def test_a_worker_named_for_a_group_of_children(self, sentence):
        assert _worker_in_text(sentence).get("name") == "Kemi Adair"
