"""An email sent as text and HTML whose HTML holds a column per child (issue 12, class 2),
in my own words: the table is read, not its typed-out copy, where "Name: A | B" runs the
children's columns together. The empty corner over the names, a name with a remark in
brackets, and a row left unanswered keep the table's shape."""

from __future__ import annotations

from email.message import EmailMessage

from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document

ROWS = [
    ("Name", "Ruby Hale", "Ned Hale (known as Teddy)"),
    ("DOB", "03/03/2012", "19/10/2016"),
    ("Gender", "Female", "Male"),
    ("School", "Castle View Academy", "Moor Lane Primary"),
    ("Previous homes", "", ""),
]


def _message() -> bytes:
    message = EmailMessage()
    message["From"] = "Gail Storey <gail.storey@cumberland.example.gov.uk>"
    message["To"] = "placements@agency.example"
    message["Subject"] = "Two children - foster home needed"
    message["Date"] = "Tue, 17 Nov 2026 10:15:00 +0000"
    typed = "\n".join(f"{label}: {a} | {b}" for label, a, b in ROWS)
    message.set_content(f"Hi team,\n\nDetails below.\n\n[Ruby | Ned]\n{typed}\n\nThanks, Gail\n")
    cells = "".join(
        f"<tr><th>{label}</th>" + "".join(f"<td>{v}</td>" for v in (a, b) if v) + "</tr>"
        for label, a, b in ROWS
    )
    message.add_alternative(
        "<html><body><p>Hi team,</p><p>Details below.</p><table>"
        f"<tr><th></th><th>Ruby</th><th>Ned</th></tr>{cells}</table>"
        "<p>Thanks, Gail</p></body></html>",
        subtype="html",
    )
    return message.as_bytes()


def test_each_childs_column_is_read_from_the_html_table():
    draft = read_referral_document(_message(), today=TEST_NOW.date())
    children = draft.children
    assert [(c.first_name.value, c.last_name.value) for c in children] == [
        ("Ruby", "Hale"),
        ("Ned", "Hale"),
    ]
    assert [c.date_of_birth.value.isoformat() for c in children] == ["2012-03-03", "2016-10-19"]
    assert [c.school.name.value for c in children] == ["Castle View Academy", "Moor Lane Primary"]
    assert children[1].known_as.value == "Teddy"


def test_a_row_left_empty_does_not_take_the_sign_off_as_its_answer():
    draft = read_referral_document(_message(), today=TEST_NOW.date())
    assert draft.social_worker.name.value == "Gail Storey"
    assert all(c.previous_placements_count.value is None for c in draft.children)
