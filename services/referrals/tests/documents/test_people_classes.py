"""Unit checks for issue 12's classes 3 (who is who), 5 (labels beyond our vocabulary) and
7 (the request, not the history) for contacts, legal status and setting."""

import pytest
from builders import email
from hearth_kit.clock import TEST_NOW
from hearth_referrals.documents import read_referral_document
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.values import requested_setting

TODAY = TEST_NOW.date()


def _read(text: str):
    return read_referral_document(text.encode(), today=TODAY).referral


def _worker(referral) -> dict:
    return referral.get("social_worker") or {}


class TestWhoIsTheWorker:
    @pytest.mark.parametrize(
        ("sentence", "name", "phone", "address"),
        [
            (
                "A teenager known to Nadia Rehman (allocated SW, 0113 496 0001,"
                " nadia.rehman@leeds.example.gov.uk) who is off sick, so duty is sending this.",
                "Nadia Rehman",
                "0113 496 0001",
                "nadia.rehman@leeds.example.gov.uk",
            ),
            (
                "The case has been allocated to Joel Fairbairn in the Long Term Team"
                " (joel.fairbairn@york.example.gov.uk, 01904 496 002) from today.",
                "Joel Fairbairn",
                "01904 496 002",
                "joel.fairbairn@york.example.gov.uk",
            ),
            (
                "Referral for Ivy. This child is now allocated to Marta Kowal"
                " (marta.kowal@hull.example.gov.uk, 01482 496 003).",
                "Marta Kowal",
                "01482 496 003",
                "marta.kowal@hull.example.gov.uk",
            ),
        ],
    )
    def test_the_worker_named_in_the_body_of_a_duty_email(self, sentence, name, phone, address):
        body = f"Hello,\n\n{sentence}\n\nThanks\nPat\nPat Rowe | Duty Social Worker\nT: 0161 496 0999\n"
        referral = read_referral_document(email(body), today=TODAY).referral
        assert _worker(referral) == {"name": name, "email": address, "phone": phone}

    def test_a_duty_workers_signature_is_not_the_childs_workers(self):
        body = (
            "Hello,\n\nPlease find a referral for a foster placement for Ava Lowe, born"
            " 02/02/2015.\n\nThanks\n\nPat Rowe\nDuty Social Worker\nT: 0161 496 0999\n"
            "pat.rowe@salford.example.gov.uk\n"
        )
        referral = read_referral_document(email(body), today=TODAY).referral
        assert _worker(referral).get("phone") != "0161 496 0999"


class TestContactLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Work phone", "social_worker.phone"),
            ("Work mobile", "social_worker.phone"),
            ("Office telephone number", "social_worker.phone"),
            ("Work email", "social_worker.email"),
            ("Business e-mail address", "social_worker.email"),
            ("Mother's phone", None),
            ("Duty phone", None),
        ],
    )
    def test_a_qualified_phone_or_email_label_on_a_form_is_the_workers(self, label, field):
        assert field_for(label) == field

    def test_an_address_wrapped_inside_its_answer_is_read_whole(self):
        referral = _read(
            "Social worker name: Omar Said\nSocial worker email: omar.said@brent.exa mple.gov.uk\n"
        )
        assert _worker(referral)["email"] == "omar.said@brent.example.gov.uk"

    @pytest.mark.parametrize(
        ("lines", "phone"),
        [
            ("Dee Quinn\ndee.quinn@bury.example.gov.uk\n0161 496 0123", "0161 496 0123"),
            ("Dee Quinn\ndee.quinn@bury.example.gov.uk\n07700 900 123", "07700 900 123"),
            # A number below something else is not the worker's.
            ("Dee Quinn\ndee.quinn@bury.example.gov.uk\nManager: 0161 496 0456", None),
        ],
    )
    def test_the_number_on_the_line_below_the_workers_address(self, lines, phone):
        referral = _read(f"Child's name: Rio Hart\n\n7. Allocated social worker\n{lines}\n")
        assert _worker(referral).get("phone") == phone


class TestSettingFromTheTitle:
    @pytest.mark.parametrize(
        ("title", "setting"),
        [
            ("16+ Supported Accommodation Referral", "supported_accommodation"),
            ("Residential Children's Home Request Form", "residential"),
            ("Fostering referral", "fostering"),
            ("Parent and Child Referral", "parent_and_child"),
            # A title that names no setting, or a sentence, asks for nothing.
            ("Placement Referral", None),
            ("She was in residential care before this referral.", None),
        ],
    )
    def test_a_title_naming_the_kind_of_referral_names_the_setting(self, title, setting):
        found = requested_setting(title)
        assert (found.value if found else None) == setting


class TestWhoAttended:
    @pytest.mark.parametrize(
        ("line", "name"),
        [
            ("Lucy Marr | Child's social worker | lucy.marr@bath.example.gov.uk", "Lucy Marr"),
            ("Lucy Marr | Allocated social worker | lucy.marr@bath.example.gov.uk", "Lucy Marr"),
            ("Lucy Marr | Ben's social worker | lucy.marr@bath.example.gov.uk", "Lucy Marr"),
            # The carers' supervising worker and the chair are not the child's worker.
            (
                "Lucy Marr | Supervising social worker (carers) | lucy.marr@bath.example.gov.uk",
                None,
            ),
            ("Lucy Marr | Chair (Team Manager) | lucy.marr@bath.example.gov.uk", None),
        ],
    )
    def test_the_childs_worker_in_a_list_of_who_attended(self, line, name):
        referral = _read(
            f"Matching meeting notes\n\nAttendees\n{line}\n\nPurpose\nTo agree a match.\n"
        )
        assert _worker(referral).get("name") == name


class TestSiblingsInPassages:
    def test_a_second_passage_opening_with_a_siblings_name_and_birth_is_a_second_child(self):
        referral = _read(
            "We need a foster home for two children.\n\n"
            "Maisie Dunn (born 4 April 2016) is a girl of 10. She is subject to a care order.\n\n"
            "Alfie Dunn (born 9 September 2019) is a boy of 7. He is accommodated under s20.\n"
        )
        children = [(c.get("first_name"), c.get("legal_status")) for c in referral["children"]]
        assert children == [("Maisie", "C2"), ("Alfie", "V2")]

    def test_a_parent_born_long_ago_is_not_a_second_child(self):
        referral = _read(
            "We need a foster home for two children.\n\n"
            "Maisie Dunn (born 4 April 2016) is a girl of 10. She is subject to a care order.\n\n"
            "Kerry Dunn (born 1 May 1990) is her mother and has a learning disability.\n"
        )
        assert [c.get("first_name") for c in referral["children"]] == ["Maisie"]


class TestLegalStatusWords:
    @pytest.mark.parametrize(
        ("text", "codes"),
        [
            # Short breaks: the agreement recorded (V4), each episode recorded (V3); either
            # says more than the section 20 it is under.
            ("s20 respite, a planned series of short breaks, agreement recorded", ["V4"]),
            ("Agreements are recorded for monthly short-term breaks (section 20)", ["V4"]),
            ("Accommodated for short breaks under s20; each stay recorded", ["V3"]),
            ("Short breaks (section 20)", ["V3"]),
            ("Accommodated under section 20", ["V2"]),
            # An order not yet made is no status.
            ("To be confirmed - ICO hearing on Thursday", []),
            ("Care order application being made; s20 meanwhile", ["V2"]),
            ("Interim care order, pending the final hearing", ["C1"]),
        ],
    )
    def test_the_status_a_passage_gives(self, text, codes):
        from hearth_referrals.documents.rules.legal_status import find_legal_statuses

        assert [code.value for code in find_legal_statuses(text)] == codes


class TestSettingLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Type of short break requested", "setting"),
            ("Kind of placement sought", "setting"),
            ("Type of support needed", "setting"),
            ("Type of request", "urgency"),
        ],
    )
    def test_a_label_asking_what_kind_of_care_is_wanted(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize(
        ("prompt", "answer", "setting", "legal"),
        [
            ("Type of respite requested", "Foster care - weekends only", "fostering", None),
            ("Legal status", "Full care order (s31)", None, "C2"),
        ],
    )
    def test_a_value_on_the_line_below_its_prompt_answers_it(self, prompt, answer, setting, legal):
        referral = _read(f"Child's name: Tia Rudd\n\n{prompt}\n{answer}\n\nSchool\nHill Primary\n")
        assert referral["placement"].get("setting") == setting
        assert referral["children"][0].get("legal_status") == legal

    @pytest.mark.parametrize(
        ("rows", "setting"),
        [
            ("Foster care: Suitable\nResidential care: Not suitable\n", "fostering"),
            ("Foster care: Not suitable\nResidential care: Recommended\n", "residential"),
            # Two answered suitable: no one setting is asked for.
            ("Foster care: Suitable\nResidential care: Suitable\n", None),
        ],
    )
    def test_the_one_setting_answered_suitable(self, rows, setting):
        referral = _read(f"Child's name: Tia Rudd\n\nRecommendations\n{rows}")
        assert referral["placement"].get("setting") == setting

    def test_tick_boxes_under_a_placement_heading_without_a_label(self):
        referral = _read(
            "Child's name: Tia Rudd\n\nPLACEMENT REQUIRED\n------------------\n\n"
            "\u2610 Fostering   \u2612 Residential   \u2610 Supported accommodation\n\n"
            "Date required: Same day\n"
        )
        assert referral["placement"].get("setting") == "residential"


class TestMoreWorkerLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Direct line / mobile", "social_worker.phone"),
            ("Secure email", "social_worker.email"),
            ("Tel / mobile", "social_worker.phone"),
            ("Carer's mobile", None),
        ],
    )
    def test_ways_to_reach_the_worker(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize("sign_off", ["Wirral MBC", "Placements Hub", "Leeds Duty Inbox"])
    def test_an_organisation_signing_off_is_no_worker(self, sign_off):
        body = (
            "Hi all,\n\nI am the allocated social worker for Kai and need a foster placement"
            f" from Monday.\n\nThanks\nSam\n{sign_off}\n"
        )
        referral = read_referral_document(email(body), today=TODAY).referral
        assert _worker(referral)["name"] == "Sam Lee"  # the sender, from the From header


class TestStruckOptionsInHtml:
    @pytest.mark.parametrize(
        ("markup", "setting"),
        [
            ("<s>Foster care</s> / Residential / <s>Supported accommodation</s>", "residential"),
            ("<del>Residential</del> / Foster care", "fostering"),
            (
                '<span style="text-decoration: line-through">Foster care</span> /'
                " <span>Supported accommodation</span>",
                "supported_accommodation",
            ),
        ],
    )
    def test_an_option_struck_through_is_deleted(self, markup, setting):
        html = (
            "<html><body><p><b>Child's name:</b> Kai Moss</p>"
            f"<p><b>Placement type (delete as appropriate):</b> {markup}</p></body></html>"
        )
        referral = read_referral_document(html.encode(), filename="r.html", today=TODAY).referral
        assert referral["placement"].get("setting") == setting


@pytest.mark.parametrize(
    ("words", "setting"),
    [
        ("Father and baby foster placement", "parent_and_child"),
        ("Mum & baby placement", "parent_and_child"),
        ("Dad and child residential assessment placement", "parent_and_child"),
    ],
)
def test_any_parent_with_their_child_is_a_parent_and_child_setting(words, setting):
    found = requested_setting(words)
    assert found is not None and found.value == setting


def _mail(body: str, sender: str = "Pat Rowe <pat.rowe@kent.example.gov.uk>") -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = "placements@agency.example"
    message["Subject"] = "Referral"
    message["Date"] = "Mon, 03 Mar 2025 09:00:00 +0000"
    message.set_content(body)
    return message.as_bytes()


class TestSomeoneElsesDetails:
    @pytest.mark.parametrize(
        ("body", "worker"),
        [
            (
                "Ivy Shaw needs a foster home. Social worker: Dan Moss. The IRO, Jo Fry, can be"
                " reached on 01632 960222.\n\nThanks\nPat Rowe\nPlacements Team\n",
                {"name": "Dan Moss"},
            ),
            (
                "Ivy Shaw needs a foster home. Social worker: Dan Moss. Her team manager Jo Fry"
                " is on jo.fry@kent.example.gov.uk.\n\nThanks\nPat Rowe\nPlacements Team\n",
                {"name": "Dan Moss"},
            ),
            (
                "Overnight request from EDT for Ivy Shaw, 13. Allocated worker tomorrow will be"
                " Dan Moss, Assessment Team.\n\nJo Fry\nEmergency Duty Team\n01632 960333\n",
                {"name": "Dan Moss"},
            ),
        ],
    )
    def test_a_sentence_about_another_role_keeps_its_details(self, body, worker):
        referral = read_referral_document(_mail(f"Hi,\n\n{body}"), today=TODAY).referral
        assert _worker(referral) == worker

    @pytest.mark.parametrize(
        ("form", "worker"),
        [
            (
                "Referrer name: Pat Rowe\nReferrer phone: 01632 960999\n"
                "Social worker: Dan Moss\nSocial worker email: dan.moss@kent.example.gov.uk\n",
                {"name": "Dan Moss", "email": "dan.moss@kent.example.gov.uk"},
            ),
            (
                "Referrer name: Dan Moss\nReferrer phone: 01632 960999\nSocial worker: Dan Moss\n",
                {"name": "Dan Moss", "phone": "01632 960999"},
            ),
            (
                "Referrer name: Dan Moss\nReferrer phone: 01632 960999\n",
                {"name": "Dan Moss", "phone": "01632 960999"},
            ),
        ],
    )
    def test_the_referrers_details_are_the_workers_only_when_they_are_the_worker(
        self, form, worker
    ):
        assert _worker(_read(f"Child's name: Ivy Shaw\n{form}")) == worker

    def test_the_sender_who_says_they_are_the_worker_is_the_quoted_messages_sender(self):
        body = (
            "All,\n\nAs Ivy's IRO I support this.\n\nJo Fry\nIndependent Reviewing Officer\n\n"
            "---------- Forwarded message ---------\n"
            "From: Dan Moss <dan.moss@kent.example.gov.uk>\nDate: 2 March 2025 at 10:00\n"
            "Subject: Referral\n\nHi,\n\nIvy Shaw needs a foster home. I am the allocated"
            " worker.\n\nThanks\nDan\n"
        )
        referral = read_referral_document(
            _mail(body, "Jo Fry <jo.fry@kent.example.gov.uk>"), today=TODAY
        ).referral
        assert _worker(referral)["email"] == "dan.moss@kent.example.gov.uk"


class TestTheRequestNotTheHistory:
    @pytest.mark.parametrize(
        ("text", "setting"),
        [
            ("Step down from residential to foster care", "fostering"),
            ("We are requesting a step-down from secure to a children's home.", "residential"),
            (
                "Planned move from foster care into supported accommodation",
                "supported_accommodation",
            ),
            ("She moved from foster care to residential in 2023.", None),
        ],
    )
    def test_a_move_from_one_setting_to_another_asks_for_the_second(self, text, setting):
        found = requested_setting(text)
        assert (found.value if found else None) == setting


class TestMoreLabels:
    @pytest.mark.parametrize(
        ("label", "field"),
        [
            ("Type of resource", "setting"),
            ("Care type", "setting"),
            ("Placement category", "setting"),
            ("Requested provision", "setting"),
            ("Placement preference", "setting"),
            ("LAC status", "legal_status"),
            ("Orders in place", "legal_status"),
            ("Your reference", "la_reference"),
        ],
    )
    def test_labels_beyond_our_vocabulary(self, label, field):
        assert field_for(label) == field

    @pytest.mark.parametrize(
        ("answer", "code"), [("CO", "C2"), ("CO (s31)", "C2"), ("ICO", "C1"), ("s20", "V2")]
    )
    def test_the_short_forms_a_status_label_lists(self, answer, code):
        referral = _read(f"Child's name: Ivy Shaw\nStatus (s20/ICO/CO): {answer}\n")
        assert referral["children"][0]["legal_status"] == code

    def test_a_risk_grids_code_is_not_a_care_order(self):
        from hearth_referrals.documents.rules.legal_status import find_legal_statuses

        assert find_legal_statuses("SH=N SE=N CO=P") == []


_FIELDS = [
    ("Name of child", "Nell Parry"),
    ("Legal status", "Interim care order"),
    ("Type of placement", "Residential"),
    ("Allocated social worker", "Tom Reese"),
    ("Phone", "01632 960444"),
]


def _styled(style: str) -> str:
    if style == "leaders":
        return "\n".join(f"{label} {'.' * (30 - len(label))} {value}" for label, value in _FIELDS)
    if style == "padded":
        return "\n".join(f"{label:<30}{value}" for label, value in _FIELDS)
    if style == "equals":
        return "\n".join(f"{label} = {value}" for label, value in _FIELDS)
    if style == "brackets":
        return "\n".join(f"[{label}] {value}" for label, value in _FIELDS)
    if style == "bold":
        return "\n".join(f"**{label}:** {value}" for label, value in _FIELDS)
    if style == "questions":
        return "\n".join(f"Q: {label}\nA: {value}" for label, value in _FIELDS)
    pairs = [f"{label}    {value}" for label, value in _FIELDS] + [""]
    return "\n".join(f"{pairs[i]}    {pairs[i + 1]}".strip() for i in range(0, 5, 2))


@pytest.mark.parametrize(
    "style", ["leaders", "padded", "equals", "brackets", "bold", "questions", "two columns"]
)
def test_labels_a_text_file_sets_off_without_a_colon(style):
    referral = _read(_styled(style))
    child = referral["children"][0]
    assert (child.get("first_name"), child.get("legal_status")) == ("Nell", "C1")
    assert referral["placement"].get("setting") == "residential"
    assert _worker(referral) == {"name": "Tom Reese", "phone": "01632 960444"}


def test_a_sentence_with_wide_spaces_is_not_split_into_labels():
    referral = _read("Name of child: Nell Parry\n\nShe likes   drawing and   football.\n")
    assert referral["children"][0]["first_name"] == "Nell"


@pytest.mark.parametrize(
    "text",
    [
        "Name of child:- Nell Parry\nLegal status:- ICO",
        "Name of child -> Nell Parry\nLegal status -> ICO",
        "Name of child\n-------------\nNell Parry\n\nLegal status\n------------\nICO",
        "1.1 Name of child: Nell Parry\n1.2 Legal status: ICO",
        "a) Name of child: Nell Parry\nb) Legal status: ICO",
    ],
)
def test_more_ways_a_text_form_sets_off_its_labels(text):
    child = _read(text)["children"][0]
    assert (child.get("first_name"), child.get("legal_status")) == ("Nell", "C1")


@pytest.mark.parametrize(
    ("line", "worker"),
    [
        ("Recorded by: Dan Moss (Social Worker)", {"name": "Dan Moss"}),
        (
            "Form completed by: Dan Moss, 01632 960555",
            {"name": "Dan Moss", "phone": "01632 960555"},
        ),
        # The author is someone else's officer: not the worker.
        ("Completed by: Pat Rowe (Placement Officer), 01632 960999", {}),
        ("Requested by: Pat Rowe, Team Manager", {}),
    ],
)
def test_the_author_of_a_form_is_the_worker_unless_another_role(line, worker):
    assert _worker(_read(f"Name of child: Nell Parry\n{line}\n")) == worker


@pytest.mark.parametrize(
    "signature",
    [
        "Thanks,\nDan\n\nDan Moss (he/him)\nSocial Worker\nT: 01632 960555\n",
        "Best wishes\nDan Moss BSc (Hons) SWE reg\nSocial Worker\nDirect dial 01632 960555\n",
        "Regards\nSocial Worker: Dan Moss\nTel: 01632 960555\n",
        "Dan Moss | Social Worker | Children in Care | 01632 960555\n",
    ],
)
def test_the_workers_own_signature_in_its_different_shapes(signature):
    body = "Hi,\n\nCould you find a foster home for Ivy Shaw (DOB 01/02/2013)?\n\n" + signature
    referral = read_referral_document(
        _mail(body, "Dan Moss <dan.moss@kent.example.gov.uk>"), today=TODAY
    ).referral
    assert _worker(referral) == {
        "name": "Dan Moss",
        "email": "dan.moss@kent.example.gov.uk",
        "phone": "01632 960555",
    }


@pytest.mark.parametrize(
    "boxes",
    [
        "Placement type: ( ) Residential (x) Foster care\nLegal status: (x) S20 ( ) ICO\n",
        "Placement type:\n[ ] Residential\n[X] Foster care\n\nLegal status:\n[X] Section 20\n[ ] ICO\n",
        "Placement type:\nResidential [ ]\nFoster care [X]\n\nLegal status:\nSection 20 [X]\nICO [ ]\n",
    ],
)
def test_tick_boxes_a_text_form_types_in_its_own_way(boxes):
    referral = _read(f"Name of child: Nell Parry\n\n{boxes}")
    assert referral["placement"].get("setting") == "fostering"
    assert referral["children"][0].get("legal_status") == "V2"


def test_boxes_below_a_risk_heading_are_left_as_they_are():
    referral = _read(
        "Name of child: Nell Parry\nPlacement type: Foster care\n\nRisks:\n[X] Self-harm\n"
        "[ ] Going missing\n"
    )
    assert referral["placement"]["setting"] == "fostering"


class TestSiblingLines:
    def test_a_line_naming_each_child_with_their_birth_starts_their_answers(self):
        referral = _read(
            "Placement needed: Foster care\n\n"
            "Maisie Dunn - DOB 04/04/2016 - Female\nLegal status: Care order\n\n"
            "Alfie Dunn (born 09/09/2019)\nLegal status: Section 20\n"
        )
        children = [
            (c.get("first_name"), c.get("gender"), c.get("legal_status"))
            for c in referral["children"]
        ]
        assert children == [("Maisie", "female", "C2"), ("Alfie", None, "V2")]

    def test_a_correction_for_both_children_is_each_childs(self):
        body = (
            "Correction: both children are on interim care orders, not section 20 as below.\n\n"
            "---------- Forwarded message ---------\nFrom: Dan Moss <dan.moss@kent.example.gov.uk>\n"
            "Date: 2 March 2025 at 10:00\nSubject: Referral\n\n"
            "Maisie Dunn - DOB 04/04/2016 - Female\nLegal status: Section 20\n\n"
            "Alfie Dunn - DOB 09/09/2019 - Male\nLegal status: Section 20\n"
        )
        referral = read_referral_document(_mail(body), today=TODAY).referral
        assert [c.get("legal_status") for c in referral["children"]] == ["C1", "C1"]

    def test_a_parents_line_with_an_adults_birth_date_is_no_child(self):
        referral = _read(
            "Maisie Dunn - DOB 04/04/2016 - Female\nLegal status: Care order\n\n"
            "Kerry Dunn - DOB 01/05/1990\nRelationship: Mother\n"
        )
        assert [c.get("first_name") for c in referral["children"]] == ["Maisie"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tel (0161) 496 0123", ["(0161) 496 0123"]),
        ("(01632) 960111 or 07700 900111", ["(01632) 960111", "07700 900111"]),
        ("born (2012), ref 12345", []),
    ],
)
def test_a_number_with_its_area_code_in_brackets(text, found):
    from hearth_referrals.documents.rules.people import phones

    assert phones(text) == found


@pytest.mark.parametrize("text", ["Respite (s20)", "Respite care under s.20"])
def test_respite_under_section_20_is_a_short_break(text):
    from hearth_referrals.documents.rules.legal_status import find_legal_statuses

    assert [code.value for code in find_legal_statuses(text)] == ["V3"]


def test_a_bare_number_below_another_teams_name_is_the_teams():
    body = (
        "Hi,\n\nIvy Shaw needs a foster home tonight. Her allocated social worker is Dan Moss"
        " (dan.moss@kent.example.gov.uk, 01632 960555).\n\nEDT Social Worker\n"
        "Kent Emergency Duty Team\nTel: 01632 960999\n"
    )
    referral = read_referral_document(_mail(body), today=TODAY).referral
    assert _worker(referral)["phone"] == "01632 960555"


@pytest.mark.parametrize(
    "form",
    [
        # The manager's rows first, then the worker's.
        "| Team manager | Jon Fry |\n| Email | jon.fry@kent.example.gov.uk |\n"
        "| Social worker | Dan Moss |\n| Email | dan.moss@kent.example.gov.uk |\n"
        "| Phone | 01632 960555 |\n",
        # The referrer is a placement officer, named with their role on a line of its own.
        "REFERRER\nName: Pat Rowe\nRole: Placement Officer\nEmail: pat.rowe@kent.example.gov.uk\n\n"
        "SOCIAL WORKER\nName: Dan Moss\nEmail: dan.moss@kent.example.gov.uk\n"
        "Phone: 01632 960555\n",
    ],
)
def test_a_bare_email_or_phone_is_the_person_named_above_it(form):
    referral = _read(f"Name of child: Ivy Shaw\n\n{form}")
    assert _worker(referral) == {
        "name": "Dan Moss",
        "email": "dan.moss@kent.example.gov.uk",
        "phone": "01632 960555",
    }


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("We are looking for carers for Ivy.", "fostering"),
        ("Ivy needs to be placed with carers who have no other children.", "fostering"),
        ("We need a residential home whose staff are kind carers.", "residential"),
        ("Mum is a young carer herself.", None),
    ],
)
def test_carers_asked_for_in_a_sentence_naming_no_setting_are_foster_carers(text, setting):
    found = requested_setting(text)
    assert (found.value if found else None) == setting


@pytest.mark.parametrize(
    ("answer", "setting"),
    [
        ("FC", "fostering"),
        ("Family and friends", "fostering"),
        ("Foster (preferred) / residential", "fostering"),
        ("Residential - preferred; foster considered", "residential"),
        ("Independent living", "supported_accommodation"),
        ("Hostel with support", "supported_accommodation"),
    ],
)
def test_more_words_for_a_setting(answer, setting):
    referral = _read(f"Name of child: Ivy Shaw\nPlacement type: {answer}\n")
    assert referral["placement"].get("setting") == setting


def test_independent_living_skills_ask_for_no_setting():
    assert requested_setting("She needs help with independent living skills.") is None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Care order (was s20 until 2024)", ["C2"]),
        ("S20 - moving to ICO next week", ["V2"]),
        ("ICO - the care plan is for a full care order", ["C1"]),
        ("ICO since 03/09/2026 (s20 before that)", ["C1"]),
        ("Full care order (s31) - placement order sought", ["C2"]),
        ("Police protection expired, now s20", ["V2"]),
        # Two statuses with nothing to tell them apart: both, so the answer is unclear.
        ("Section 20 / ICO", ["V2", "C1"]),
    ],
)
def test_the_status_now_not_the_one_before_or_the_one_planned(text, codes):
    from hearth_referrals.documents.rules.legal_status import find_legal_statuses

    assert [code.value for code in find_legal_statuses(text)] == codes


def test_two_children_asked_for_by_name_and_a_part_headed_with_each():
    referral = _read(
        "I am requesting a foster placement for Maisie Dunn and Alfie Dunn from Monday.\n\n"
        "Maisie\n=====\nShe is subject to a care order.\n\n"
        "Alfie\n=====\nHe is accommodated under section 20.\n"
    )
    children = [(c.get("first_name"), c.get("legal_status")) for c in referral["children"]]
    assert children == [("Maisie", "C2"), ("Alfie", "V2")]


def test_two_names_of_different_families_are_not_siblings():
    referral = _read("A foster placement for Maisie Dunn and Kerry Price, her aunt, is sought.\n")
    assert len(referral["children"]) <= 1
