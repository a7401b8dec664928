"""Referrals written in the body of an email, by class: prompts set off by a dash, a case
system's notification written as a definition list, a referral forwarded as an attached
message. Each document is written for this test."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document


def _read(data: bytes):
    return read_referral_document(data, today=TEST_NOW.date())


def _child(data: bytes) -> dict:
    return _read(data).referral["children"][0]


def _html_email(html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "Case system <no-reply@borough.example.gov.uk>"
    message["To"] = "referrals@agency.example"
    message["Subject"] = "Placement request"
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    message.set_content(html, subtype="html")
    return message.as_bytes()


def _forwarded_as_attachment(outer: str, inner: str, charset: str = "utf-8") -> bytes:
    original = EmailMessage()
    original["From"] = "Ola Ade <ola.ade@borough.example.gov.uk>"
    original["To"] = "placements@borough.example.gov.uk"
    original["Subject"] = "Referral"
    original["Date"] = "Fri, 28 Feb 2025 16:00:00 +0000"
    original.set_content(inner, charset=charset, cte="quoted-printable")
    message = EmailMessage()
    message["From"] = "Pat Hume <pat.hume@borough.example.gov.uk>"
    message["To"] = "referrals@agency.example"
    message["Subject"] = "FW: Referral"
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    message.set_content(outer)
    message.add_attachment(original)
    return message.as_bytes()


# -- prompts set off by a dash -------------------------------------------------------------


@pytest.mark.parametrize("dash", [" - ", " \u2013 ", " \u2014 "])
@pytest.mark.parametrize(
    ("prompt", "answer", "read"),
    [
        ("Legal status", "Interim care order", lambda c: c.get("legal_status")),
        ("School", "Hollins Park Academy", lambda c: (c.get("school") or {}).get("name")),
        ("Name", "Ruby Okafor", lambda c: (c.get("first_name"), c.get("last_name"))),
    ],
)
def test_a_prompt_set_off_by_a_dash_in_an_email_is_its_label(dash, prompt, answer, read):
    body = (
        "Hello,\n\nWe need a foster placement, short term.\n\n"
        f"Name{dash}Ruby Okafor\nDOB{dash}04/09/2015\nGender{dash}Female\n"
        f"{prompt}{dash}{answer}\n"
    )
    child = _child(email(body))
    wanted = {
        "Legal status": "C1",
        "School": "Hollins Park Academy",
        "Name": ("Ruby", "Okafor"),
    }[prompt]
    assert read(child) == wanted


def test_a_line_of_answers_with_dashes_is_not_a_prompt():
    body = (
        "Hi,\n\nShort-term foster placement for a girl of 9.\n\n"
        "WELLS, Ivy\nDOB 02.06.16 - Female - Section 20\n"
        "School: Moor End Primary School\n"
    )
    child = _child(email(body))
    assert (child.get("date_of_birth"), child.get("legal_status")) == ("2016-06-02", "V2")


def test_a_sentence_with_a_dash_is_not_a_prompt():
    body = (
        "Hello,\n\nWe need a foster home for Kit Lowe (DOB 01/01/2014) - he is 11.\n"
        "Health - asthma, uses an inhaler.\n"
    )
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == ("Kit", "Lowe")
    assert "asthma" in child.get("health_needs", "").lower()


def test_dash_prompts_in_a_message_forwarded_as_an_attachment():
    inner = (
        "Hi placements,\n\nPlacement needed: Foster placement, long term. Planned.\n\n"
        "Name - Esme Varga-Holt\nDOB - 14/02/2012\nGender - Female\n"
        "Legal status - Full care order\nSchool - Ridgeway School (Year 8)\n"
    )
    child = _child(_forwarded_as_attachment("Please see the attached referral.", inner))
    assert (child.get("first_name"), child.get("last_name")) == ("Esme", "Varga-Holt")
    assert child.get("legal_status") == "C2"
    assert (child.get("school") or {}).get("name", "").startswith("Ridgeway School")


def test_en_dash_prompts_in_windows_1252_quoted_printable():
    inner = (
        "Dear all,\n\nWhat we need: Foster placement \u2013 long term.\n\n"
        "Name \u2013 Mila Kowal\nDOB \u2013 03/03/2013\nGender \u2013 Female\n"
        "Legal status \u2013 Section 20\nSchool \u2013 Oak Vale School \u2013 Year 7\n"
    )
    child = _child(_forwarded_as_attachment("FYI", inner, charset="windows-1252"))
    assert child.get("legal_status") == "V2"
    assert (child.get("school") or {}).get("name", "").startswith("Oak Vale School")


# -- a notification written as a definition list ------------------------------------------

_NOTICE = """<html><body><p><b>Casebook</b> - automated notification.</p>
<h3>Request</h3><dl>
<dt>Person ID</dt><dd>7712003</dd>
<dt>Requested by</dt><dd>Dana Lyle</dd>
<dt>Email</dt><dd>dana.lyle@borough.example.gov.uk</dd>
</dl>
<h3>Placement</h3><dl>
<dt>Type of placement</dt><dd>{setting}</dd>
<dt>Date needed</dt><dd>10/03/2025</dd>
</dl>
<h3>Child</h3><dl>
<dt>Forename</dt><dd>Noor</dd>
<dt>Surname</dt><dd>Haddad</dd>
<dt>Date of birth</dt><dd>05/05/2012</dd>
<dt>Legal status</dt><dd>{legal}</dd>
<dt>School / education</dt><dd>Brook High School</dd>
<dt>Self harm</dt><dd>{self_harm}</dd>
<dt>CSE</dt><dd>{cse}</dd>
<dt>Going missing</dt><dd>{missing}</dd>
<dt>Eating</dt><dd>{eating}</dd>
</dl></body></html>"""


def _notice(**answers: str) -> bytes:
    values = {
        "setting": "Foster placement",
        "legal": "Section 20",
        "self_harm": "No concerns",
        "cse": "No concerns",
        "missing": "No concerns",
        "eating": "No concerns",
    }
    values.update(answers)
    return _html_email(_NOTICE.format(**values))


def test_a_definition_list_notification_reads_each_term_with_its_definition():
    child = _child(_notice())
    assert (child.get("first_name"), child.get("last_name")) == ("Noor", "Haddad")
    assert child.get("legal_status") == "V2"
    assert (child.get("school") or {}).get("name") == "Brook High School"
    states = {key: value["state"] for key, value in child["risks"]["to_child"].items()}
    assert states["eating_disorder"] == "none_known"
    assert states["self_harm"] == "none_known"


@pytest.mark.parametrize("blank", ["&nbsp;", "", " "])
def test_a_definition_left_blank_is_not_stated_not_present(blank):
    child = _child(_notice(self_harm=blank, cse=blank, missing=blank))
    to_child = child.get("risks", {}).get("to_child", {})
    for key in ("self_harm", "sexual_exploitation", "missing"):
        assert to_child.get(key, {}).get("state", "not_stated") == "not_stated", key


def test_a_blank_legal_status_definition_takes_nothing_from_the_next_term():
    child = _child(_notice(legal="&nbsp;"))
    assert child.get("legal_status") is None
    assert (child.get("school") or {}).get("name") == "Brook High School"


@pytest.mark.parametrize(
    ("setting", "wanted"),
    [
        ("Supported accommodation (16+)", "supported_accommodation"),
        ("Residential children's home", "residential"),
        ("Foster placement", "fostering"),
    ],
)
def test_a_definition_list_setting(setting, wanted):
    assert _read(_notice(setting=setting)).referral["placement"]["setting"] == wanted


# -- names as they are written -------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "first", "last"),
    [
        ("Zo\u00eb Marsh", "Zo\u00eb", "Marsh"),
        ("Ren\u00e9e Lafont-Hale", "Ren\u00e9e", "Lafont-Hale"),
        ("\u00c9lodie O'Hara", "\u00c9lodie", "O'Hara"),
        ("Jo\u00e3o Ferreira", "Jo\u00e3o", "Ferreira"),
        ("Tiago da Costa", "Tiago", "da Costa"),
        ("Lotte van der Berg", "Lotte", "van der Berg"),
        ("Keira McAllister-Boateng", "Keira", "McAllister-Boateng"),
    ],
)
@pytest.mark.parametrize("colon", [": ", " - ", " \u2013 "])
def test_a_labelled_name_with_accents_or_surname_particles(written, first, last, colon):
    body = (
        "Hello,\n\nWe need a foster placement, long term.\n\n"
        f"Name{colon}{written}\nDOB{colon}02/05/2013\nGender{colon}Female\n"
    )
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == (first, last)


@pytest.mark.parametrize(
    ("bracket", "known_as"),
    [
        ("(known as \u201cBee\u201d)", "Bee"),
        ("(known as 'Jojo')", "Jojo"),
        ('(prefers "Zo")', "Zo"),
        ("(known as Ali)", "Ali"),
    ],
)
def test_a_known_as_name_in_quotes(bracket, known_as):
    body = f"Hi,\n\nName: Beatrix Hollis {bracket}\nDOB: 03/03/2012\n"
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == ("Beatrix", "Hollis")
    assert child.get("known_as") == known_as


# -- "no known risks for <name>" after a dash prompt ----------------------------------------

_ALL = 11


def _none_known(child: dict) -> int:
    risks = child.get("risks") or {}
    return sum(
        value.get("state") == "none_known"
        for group in ("to_child", "to_others")
        for value in (risks.get(group) or {}).values()
    )


@pytest.mark.parametrize(
    "answer",
    [
        "There are no known risks for Theo.",
        "No known risks.",
        "None known",
        "No risks are known for Theo at present.",
    ],
)
def test_a_blanket_no_risks_after_a_dash_prompt(answer):
    body = (
        "Hi,\n\nFoster placement, short term.\n\n"
        f"Name - Theo Blake\nDOB - 01/06/2016\nGender - Male\nRisks - {answer}\n"
    )
    assert _none_known(_child(email(body))) == _ALL


def test_two_children_each_with_their_own_dash_prompts_and_risks():
    body = (
        "Morning,\n\nWe need an emergency foster placement for both boys together.\n\n"
        "Placement needed: Foster placement, short term. Emergency.\n\n"
        "Name - Otis Crane\nDOB - 03/03/2013\nGender - Male\nSchool - Hill Top Academy\n"
        "Risks - Going missing - in the past: twice in 2023. No other risks are known.\n\n"
        "Name - Ned Crane\nDOB - 04/04/2017\nGender - Male\nSchool - Lane End Primary\n"
        "Risks - There are no known risks for Ned.\n"
    )
    children = _read(email(body)).referral["children"]
    assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
        ("Otis", "2013-03-03"),
        ("Ned", "2017-04-04"),
    ]
    assert [(c.get("school") or {}).get("name") for c in children] == [
        "Hill Top Academy",
        "Lane End Primary",
    ]
    assert _none_known(children[1]) == _ALL
    assert children[0]["risks"]["to_child"]["missing"]["state"] == "historical"


# -- the message corrects the form attached to it ------------------------------------------

_FORM = (
    "PLACEMENT REFERRAL\n\nChild's name: Ada Frost\nDate of birth: {dob}\nGender: Female\n"
    "Legal status: {legal}\nPlacement type: Foster care, short term\n"
    "Start date: 10/03/2025\nLA reference: KC-4411902\n"
)


def _with_form(body: str, dob: str = "12/05/2014", legal: str = "Section 20") -> bytes:
    form = _FORM.format(dob=dob, legal=legal).encode()
    return email(body, attachment=(form, "referral.txt"))


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "PLEASE NOTE: the form still says section 20, but the court made an interim care "
            "order on Friday, so Ada is now on an ICO.",
            "C1",
        ),
        ("Please note: Ada is now subject to a full care order.", "C2"),
        ("Update: she is now on a placement order (granted 28/02).", "E1"),
        ("Correction: her legal status is an interim care order - the form is out of date.", "C1"),
    ],
)
def test_the_message_corrects_the_attached_forms_legal_status(sentence, wanted):
    body = f"Hello,\n\nPlease find attached the referral for Ada.\n\n{sentence}\n\nThanks,\nSam\n"
    assert _child(_with_form(body)).get("legal_status") == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        "Correction: Ada's date of birth is 05/12/2014 (5 December) - the form has it the "
        "wrong way round.",
        "Correction: her DOB is 05/12/2014.",
        "Please note: the date of birth should read 05/12/2014.",
    ],
)
def test_the_message_corrects_the_attached_forms_date_of_birth(sentence):
    body = f"Hi all,\n\nAttached is the referral for Ada.\n\n{sentence}\n\nThanks,\nSam\n"
    assert _child(_with_form(body)).get("date_of_birth") == "2014-12-05"


def test_a_plain_statement_without_a_correction_lead_changes_nothing():
    body = "Hello,\n\nAttached is the referral. Ada is a lovely girl.\n\nThanks,\nSam\n"
    child = _child(_with_form(body))
    assert (child.get("legal_status"), child.get("date_of_birth")) == ("V2", "2014-05-12")


# -- the child's reference written only in the signature -----------------------------------


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Ref: BCC-P-5520931", "BCC-P-5520931"),
        ("Ref: NTH/CS/771203", "NTH/CS/771203"),
        ("Mosaic no.: M-4410982", "M-4410982"),
        ("Case ID: 88120456", "88120456"),
    ],
)
def test_the_childs_reference_in_the_signature(line, wanted):
    body = (
        "Dear all,\n\nWe need a foster placement for Mo Hart.\n\n"
        "Name: Mo Hart\nDOB: 01/01/2015\n\nKind regards,\n\n"
        f"Ann Lee\nSocial Worker\nE: ann.lee@borough.example.gov.uk\n{line}\n"
    )
    assert _read(email(body)).referral.get("la_reference") == wanted


def test_a_reference_in_the_body_is_not_replaced_by_a_signature_line():
    body = (
        "Dear all,\n\nLCS ID: QX-1100223\nName: Mo Hart\nDOB: 01/01/2015\n\nKind regards,\n\n"
        "Ann Lee\nSocial Worker\nRef: QX-1100223\n"
    )
    assert _read(email(body)).referral.get("la_reference") == "QX-1100223"


# -- a parent's own history in a parent-and-child referral ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Kerry\u2019s own history: self-harm as a teenager and past cocaine use.",
        "Kerry's history includes self-harm and cocaine use in her teens.",
        "Kerry's background: she self-harmed at 15 and used cocaine until her pregnancy.",
    ],
)
def test_the_parents_own_history_is_not_the_babys_risk(sentence):
    body = (
        "Dear all,\n\nWe are seeking a parent and child foster placement for Kerry Lyle (19) "
        f"and her daughter Poppy. {sentence}\n\n"
        "Name - Poppy Lyle\nDOB - 01/02/2025\nGender - Female\n"
        "Risks - There are no known risks for Poppy.\n"
    )
    child = _child(email(body))
    assert child.get("first_name") == "Poppy"
    assert child["risks"]["to_child"]["self_harm"]["state"] == "none_known"
    assert child["risks"]["to_child"]["drug_alcohol"]["state"] == "none_known"


def test_the_childs_own_history_is_still_read():
    body = (
        "Hello,\n\nFoster placement for Jude Moss, long term.\n\n"
        "Name: Jude Moss\nDOB: 01/02/2011\n\nJude's own history: he self-harmed last month.\n"
    )
    assert _child(email(body))["risks"]["to_child"]["self_harm"]["state"] != "none_known"


# -- a risks list giving each risk's verdict after a dash -----------------------------------


@pytest.mark.parametrize(
    ("line", "key", "wanted"),
    [
        (
            "Going missing - in the past: ran away twice in 2023, none this year.",
            "missing",
            "historical",
        ),
        (
            "Self-harm - suspected: scratches seen on her arms, she denies it.",
            "self_harm",
            "suspected",
        ),
        (
            "CSE - historic: exploited in 2022, no concerns since.",
            "sexual_exploitation",
            "historical",
        ),
        ("Going missing - current: missing overnight twice this month.", "missing", "present"),
    ],
)
def test_a_verdict_after_a_dash_in_a_risks_list(line, key, wanted):
    body = (
        "Hi,\n\nFoster placement, short term.\n\nName - Lia Ward\nDOB - 01/06/2012\n"
        f"Risks - {line} No other risks are known.\n"
    )
    assert _child(email(body))["risks"]["to_child"][key]["state"] == wanted


# -- a sibling group named child by child in the body ---------------------------------------


@pytest.mark.parametrize("separator", [": ", " - ", " \u2013 "])
@pytest.mark.parametrize("prompt", ["Child", "Sibling", "Young person"])
def test_each_numbered_child_with_their_own_date_of_birth(separator, prompt):
    body = (
        "Hello,\n\nWe need a foster placement for two brothers together, short term.\n\n"
        f"{prompt} 1{separator}Rafe Nolan, DOB 11/08/2013\n"
        f"{prompt} 2{separator}Cody Nolan, DOB 22/01/2017\n"
    )
    children = _read(email(body)).referral["children"]
    assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
        ("Rafe", "2013-08-11"),
        ("Cody", "2017-01-22"),
    ]


def test_a_second_childs_details_after_the_name_are_that_childs():
    body = (
        "Hi,\n\nSisters needing a home together.\n\n"
        "Name: Isla Brook, 11 year old girl, DOB 05/05/2013\n"
        "Name: Etta Brook, 7 year old girl, DOB 09/09/2017\n"
    )
    children = _read(email(body)).referral["children"]
    assert [(c.get("first_name"), c.get("date_of_birth")) for c in children] == [
        ("Isla", "2013-05-05"),
        ("Etta", "2017-09-09"),
    ]


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("Zo\u00eb", "Marsh-Okoro"),
        ("Ren\u00e9e", "Holt"),
        ("Chlo\u00e9", "Dubois"),
        ("Ana\u00efs", "O'Leary"),
        ("Zoe", "Br\u00fcckner"),
    ],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "{name} (DOB 02/05/2013) is an 11 year old girl on a care order.",
        "We need a foster placement for {name} (DOB 02/05/2013), an 11 year old girl.",
        "We are looking for a long-term home for {name}, born 02/05/2013.",
    ],
)
def test_a_name_with_accents_in_an_email_sentence(first, last, sentence):
    body = "Hello,\n\n" + sentence.format(name=f"{first} {last}") + "\n"
    child = _child(email(body))
    assert (child.get("first_name"), child.get("last_name")) == (first, last)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are not aware of any risks.",
        "We are not aware of any other risks at present.",
        "Theo presents no known risks to himself or others.",
        "He poses no known risks.",
        "There are currently no risks known to the local authority.",
        "There is at present no known risk.",
    ],
)
def test_a_blanket_no_risks_sentence_in_an_email(sentence):
    body = f"Hi,\n\nFoster placement, short term, for Theo Blake (DOB 01/06/2016).\n\n{sentence}\n"
    child = _child(email(body))
    assert _none_known(child) == _ALL


def test_a_named_risk_outranks_a_blanket_sentence():
    body = (
        "Hi,\n\nFoster placement, short term, for Theo Blake (DOB 01/06/2016).\n\n"
        "Theo went missing three times last month. We are not aware of any other risks.\n"
    )
    child = _child(email(body))
    assert child["risks"]["to_child"]["missing"]["state"] == "present"
    assert _none_known(child) == _ALL - 1


@pytest.mark.parametrize(
    "html",
    [
        "<p>Hello,</p><p>Name - Ruby Okafor<br>DOB - 04/09/2015<br>Legal status - Full care"
        " order<br>School - Hollins Park Academy</p>",
        "<div>Name \u2013 Ruby Okafor</div><div>DOB \u2013 04/09/2015</div>"
        "<div>Legal status \u2013 Care order</div><div>School \u2013 Hollins Park Academy</div>",
    ],
)
def test_dash_prompts_in_an_html_only_message(html):
    child = _child(_html_email(html))
    assert (child.get("first_name"), child.get("last_name")) == ("Ruby", "Okafor")
    assert child.get("legal_status") == "C2"
    assert (child.get("school") or {}).get("name") == "Hollins Park Academy"


# -- a sibling group named in a sentence of the message -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We need a placement for two siblings: Rory Quinn, aged 11, and his sister Nell Quinn,"
        " aged 8.",
        "Rory Quinn (11) and Nell Quinn (8) need an emergency foster placement together.",
        "This referral is for Rory and Nell Quinn, aged 11 and 8.",
        "We are looking for a foster home for Rory and Nell Quinn, aged 11 and 8.",
    ],
)
def test_two_children_named_in_one_sentence(sentence):
    children = _read(email(f"Hello,\n\n{sentence}\n")).referral["children"]
    assert [(c.get("first_name"), c.get("last_name"), c.get("age_years")) for c in children] == [
        ("Rory", "Quinn", 11),
        ("Nell", "Quinn", 8),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We need a parent and child placement for Gemma Quinn (19) and her son Rory Quinn.",
        "Mum and baby placement: Gemma Quinn (19) and Rory Quinn (2 weeks).",
    ],
)
def test_a_parent_and_child_sentence_is_not_a_sibling_group(sentence):
    children = _read(email(f"Hello,\n\n{sentence}\n")).referral["children"]
    assert len(children) < 2  # the mother is not read as a second child


# -- a sentence saying the information is not to hand --------------------------------------


def _asked(data: bytes) -> set[str]:
    return {item.pointer for item in _read(data).missing}


@pytest.mark.parametrize(
    ("sentence", "pointer"),
    [
        (
            "I have not got his full placement history to hand - will send.",
            "/children/0/placement_history",
        ),
        (
            "We don't have his previous placements yet; his current carers are moving.",
            "/children/0/placement_history",
        ),
        ("I haven't got his school details at the moment.", "/children/0/school"),
    ],
)
def test_a_topic_not_to_hand_is_still_asked(sentence, pointer):
    body = (
        "Hi,\n\nThe current carers cannot keep Alfie past next week.\n"
        f"{sentence}\n\nName: Alfie Reed\nDOB: 04/04/2019\nGender: Male\n"
    )
    assert pointer in _asked(email(body))


def test_a_topic_answered_in_words_is_not_asked():
    body = (
        "Hi,\n\nThe current carers cannot keep Alfie past next week. This is his second "
        "placement; he attends Moss Lane Primary School.\n\n"
        "Name: Alfie Reed\nDOB: 04/04/2019\nGender: Male\n"
    )
    asked = _asked(email(body))
    assert "/children/0/placement_history" not in asked
    assert "/children/0/school" not in asked


# -- the child's first name only in the subject ---------------------------------------------


@pytest.mark.parametrize(
    ("subject", "wanted"),
    [
        ("Referral for Riley J - form attached", "Riley"),
        ("Placement request for Amelia R (8)", "Amelia"),
        ("Referral for Kit B-A", "Kit"),
        ("Referral for Foster Care", None),
        ("Request for Emergency", None),
    ],
)
def test_a_first_name_with_an_initial_in_the_subject(subject, wanted):
    body = "Hello,\n\nPlease find attached my referral. The carers cannot continue.\n"
    children = _read(email(body, subject=subject)).referral["children"]
    assert (children[0].get("first_name") if children else None) == wanted


def test_the_body_s_full_name_outranks_the_subject_s_initial():
    body = "Hello,\n\nName: Riley Jackson\nDOB: 01/01/2014\n"
    children = _read(email(body, subject="Referral for Riley J")).referral["children"]
    assert [(c.get("first_name"), c.get("last_name")) for c in children] == [("Riley", "Jackson")]
