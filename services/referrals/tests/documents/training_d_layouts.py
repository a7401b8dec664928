"""The layouts of training_d: each turns a Doc into blocks (title, heading, rows, grid, para).

Modelled on public descriptions of English LA and provider forms: an Access to Resources
panel request, a placement request form, an IFA referral, a children's home referral, a
section 25 secure welfare referral, a 16+ supported accommodation referral, a parent and
child referral and a narrative referral summary. Emails are in ``training_d_write``.
"""

from __future__ import annotations

import random

from training_d_model import (
    Child,
    Doc,
    day_text,
    family_text,
    gender_text,
    history_rows,
    history_text,
    legal_text,
    pronoun,
    risk_prose,
    risk_rows,
)

Block = tuple


def _dob(child: Child, style: int, gap: str) -> str:
    if child.dob is None:
        return gap
    return day_text(child.dob, style)


def _history_grid(child: Child, gap: str) -> list[Block]:
    if child.history is None:
        return [("rows", [("Previous placements", gap)])]
    if not child.history:
        return [("para", history_text(child))]
    return [("grid", ["Placement type", "From", "To", "Reason ended"], list(history_rows(child)))]


def _risk_block(child: Child, rng: random.Random) -> list[Block]:
    if child.all_clear:
        return [("rows", [("Risks (to self and others)", child.all_clear)])]
    return [("grid", ["Risk", "Known? (Yes / No / Historical)"], risk_rows(child, rng))]


def art_panel(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    return [
        ("title", f"{doc.la_words}"),
        ("title", "Access to Resources Team - Request for Placement (ART panel)"),
        (
            "rows",
            [
                ("Date of request", day_text(doc.referral_date, 0)),
                (doc.ref_label, doc.la_reference or ""),
                ("Child's name", f"{child.first} {child.last}"),
                ("DOB", _dob(child, 0, "unknown")),
                ("Sex", gender_text(child.gender, rng) if child.gender else ""),
                ("Legal status", legal_text(child.legal, rng, "")),
                ("Allocated SW", doc.worker.name),
                ("SW contact", f"{doc.worker.phone or ''}  {doc.worker.email or ''}".strip()),
            ],
        ),
        ("heading", "Placement required"),
        (
            "rows",
            [
                ("Type of placement", doc.setting_words),
                ("Emergency or planned", doc.urgency_words),
                ("Length of placement", doc.duration_words),
                ("Required from", doc.start_words),
            ],
        ),
        ("para", doc.history_note),
        ("heading", "Education"),
        ("rows", [("School / provision and year", child.school_words)]),
        ("heading", "Health"),
        ("rows", [("Health needs incl. medication", child.health or "")]),
        ("heading", "Family time"),
        ("rows", [("Family time arrangements", family_text(child))]),
        ("heading", "Placement history"),
        *_history_grid(child, ""),
        ("heading", "Risk assessment summary"),
        *_risk_block(child, rng),
        ("para", f"Panel chair: {doc.sender.name if doc.sender else 'ART manager'}"),
    ]


def placement_request(doc: Doc, rng: random.Random) -> list[Block]:
    """One section per child, prompts as questions; a sibling group gets one each."""
    blocks: list[Block] = [
        ("title", "PLACEMENT REQUEST FORM"),
        ("para", f"{doc.la_words} - Children's Services, Placement Commissioning"),
        (
            "rows",
            [
                ("Date form completed", day_text(doc.referral_date, 1)),
                ("Family / case number", f"{doc.ref_label} {doc.la_reference or ''}".strip()),
                ("Social worker (allocated)", doc.worker.name),
                ("Telephone", doc.worker.phone or ""),
                ("Email", doc.worker.email or ""),
                ("Team manager", doc.sender.name if doc.sender else ""),
            ],
        ),
        ("heading", "1. What is being requested?"),
        (
            "rows",
            [
                ("What type of placement is needed?", doc.setting_words),
                ("How urgent is it?", doc.urgency_words),
                ("How long is the placement expected to last?", doc.duration_words),
                ("When should the child move?", doc.start_words),
            ],
        ),
        ("para", doc.history_note),
    ]
    for number, child in enumerate(doc.children, start=1):
        _he, _, _his = pronoun(child)
        who = f"Child {number}" if len(doc.children) > 1 else "The child"
        blocks += [
            ("heading", f"2.{number} {who}: {child.first} {child.last}"),
            (
                "rows",
                [
                    (
                        "Age and gender",
                        f"{child.age_on(doc.referral_date)}, "
                        + {"male": "M", "female": "F", "other": "X", "": ""}[child.gender],
                    ),
                    ("Date of birth", _dob(child, 2, "not known")),
                    (
                        "Legal basis for being looked after",
                        legal_text(child.legal, rng, "to follow"),
                    ),
                    ("Where does the child go to school?", child.school_words),
                    ("Any health needs?", child.health or ""),
                    ("Who does the child see and how often?", family_text(child)),
                    ("Has the child been in care before?", history_text(child, "")),
                ],
            ),
            ("heading", f"Risks - {child.first}"),
            *_risk_block(child, rng),
        ]
    return blocks


def ifa_referral(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    return [
        ("title", "Referral to Independent Fostering Agency"),
        ("para", f"Referring authority: {doc.la_words}"),
        (
            "rows",
            [
                ("Referral date", day_text(doc.referral_date, 3)),
                (doc.ref_label, doc.la_reference or ""),
                ("Forename", child.first),
                ("Surname", child.last),
                ("Known as", child.known_as or child.first),
                ("Date of birth", _dob(child, 3, "TBC")),
                ("Age", str(child.age_on(doc.referral_date))),
                ("Gender", gender_text(child.gender, rng) if child.gender else ""),
                ("Legal status", legal_text(child.legal, rng, "TBC")),
            ],
        ),
        ("heading", "Placement sought"),
        (
            "rows",
            [
                ("Placement type", doc.setting_words),
                ("Urgency", doc.urgency_words),
                ("Duration", doc.duration_words),
                ("Start date", doc.start_words),
            ],
        ),
        ("para", doc.history_note),
        ("heading", "About the child"),
        (
            "rows",
            [
                ("Education (school, year, EHCP)", child.school_words),
                ("Health (physical, emotional, medication)", child.health or "TBC"),
                ("Family time", family_text(child) or "TBC"),
                ("Care history", history_text(child, "TBC")),
            ],
        ),
        ("heading", "Risk information"),
        *_risk_block(child, rng),
        ("heading", "Social worker"),
        (
            "rows",
            [
                ("Name", doc.worker.name),
                ("Direct line / mobile", doc.worker.phone or ""),
                ("Secure email", doc.worker.email or ""),
            ],
        ),
        (
            "para",
            "Referral made by: "
            + (
                f"{doc.sender.name}, Placements Officer, {doc.sender.phone}"
                if doc.sender
                else doc.worker.name
            ),
        ),
    ]


def home_referral(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    he, _, his = pronoun(child)
    return [
        ("title", "Children's Home Referral Form"),
        (
            "para",
            f"Placing authority: {doc.la_words}. Authority reference: {doc.la_reference}"
            if doc.la_reference
            else f"Placing authority: {doc.la_words}.",
        ),
        ("heading", "Section A - Young person"),
        (
            "rows",
            [
                ("Name", f"{child.first} {child.last}"),
                ("D.O.B.", _dob(child, 4, "")),
                ("Ethnicity/Religion", "White British / none"),
                ("Legal order", legal_text(child.legal, rng, "")),
            ],
        ),
        (
            "para",
            f"{child.first} is described by {his} social worker as funny and loyal; "
            f"{he} likes football and gaming."
            if child.gender
            else "",
        ),
        ("heading", "Section B - Placement"),
        (
            "rows",
            [
                ("Setting requested", doc.setting_words),
                ("Emergency / planned", doc.urgency_words),
                ("Anticipated length", doc.duration_words),
                ("Date needed", doc.start_words),
                (
                    "Shared or solo occupancy",
                    "Solo"
                    if "solo" in doc.setting_words.lower() or "1:1" in doc.setting_words
                    else "Shared, with older young people",
                ),
            ],
        ),
        ("para", doc.history_note),
        ("heading", "Section C - Needs"),
        (
            "rows",
            [
                ("Education provision", child.school_words),
                ("Physical and mental health", child.health or ""),
                ("Contact / family time", family_text(child)),
            ],
        ),
        ("heading", "Section D - Placement history"),
        *_history_grid(child, ""),
        ("heading", "Section E - Risk"),
        *_risk_block(child, rng),
        ("heading", "Section F - Referrer"),
        (
            "rows",
            [
                ("Allocated social worker", doc.worker.name),
                ("Contact number", doc.worker.phone or ""),
                ("Email", doc.worker.email or ""),
                ("Date of referral", day_text(doc.referral_date, 4)),
            ],
        ),
    ]


def secure_s25(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    return [
        ("title", "Secure Welfare Referral - Section 25 Children Act 1989"),
        (
            "para",
            f"{doc.la_words}. Submitted to the Secure Welfare Coordination Unit on "
            f"{day_text(doc.referral_date, 1)}.",
        ),
        (
            "rows",
            [
                ("Young person", f"{child.first} {child.last}"),
                ("Date of birth", _dob(child, 1, "")),
                ("Gender", gender_text(child.gender, rng) if child.gender else ""),
                (doc.ref_label, doc.la_reference or ""),
                ("Current legal status", legal_text(child.legal, rng, "")),
                ("Secure order", "Application listed; authorisation sought under s25"),
                ("Bed required", doc.setting_words),
                ("Urgency", doc.urgency_words),
                ("Period sought", doc.duration_words),
                ("Bed needed from", doc.start_words),
            ],
        ),
        ("para", doc.history_note),
        ("heading", "Why secure accommodation is needed"),
        ("para", risk_prose(child, rng)),
        ("heading", "Other needs"),
        (
            "rows",
            [
                ("Education", child.school_words),
                ("Health and medication", child.health or ""),
                ("Family time", family_text(child)),
                ("Placement history", history_text(child, "")),
            ],
        ),
        ("heading", "Social worker"),
        (
            "rows",
            [
                ("Name", doc.worker.name),
                ("Mobile", doc.worker.phone or ""),
                ("Email", doc.worker.email or ""),
            ],
        ),
    ]


def supported_16plus(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    return [
        ("title", "16+ Supported Accommodation Referral"),
        ("para", f"{doc.la_words} - Leaving Care and 16+ Service"),
        (
            "rows",
            [
                ("Q1. Young person's name", f"{child.first} {child.last}"),
                (
                    "Q2. Date of birth and age",
                    f"{_dob(child, 0, 'unknown')} ({child.age_on(doc.referral_date)})",
                ),
                (
                    "Q3. Pronouns",
                    {"male": "he/him", "female": "she/her"}.get(child.gender, "they/them"),
                ),
                ("Q4. Legal status", legal_text(child.legal, rng, "")),
                ("Q5. " + doc.ref_label, doc.la_reference or ""),
                ("Q6. Accommodation requested", doc.setting_words),
                ("Q7. Is this an emergency?", doc.urgency_words),
                ("Q8. How long for?", doc.duration_words),
                ("Q9. Move-in date", doc.start_words),
                ("Q10. Education, employment or training", child.school_words),
                ("Q11. Health", child.health or ""),
                ("Q12. Family time", family_text(child)),
                ("Q13. Where has the young person lived before?", history_text(child, "")),
            ],
        ),
        ("para", doc.history_note),
        ("heading", "Q14. Risks"),
        *_risk_block(child, rng),
        ("heading", "Personal adviser / social worker"),
        (
            "rows",
            [
                ("Social worker", doc.worker.name),
                ("Phone", doc.worker.phone or ""),
                ("Email", doc.worker.email or ""),
                ("Date", day_text(doc.referral_date, 2)),
            ],
        ),
    ]


def parent_and_child(doc: Doc, rng: random.Random) -> list[Block]:
    child = doc.children[0]
    mother = doc.extra["parent"]
    return [
        ("title", "Parent and Child Placement Referral"),
        ("para", f"{doc.la_words}. Date of referral: {day_text(doc.referral_date, 3)}"),
        ("heading", "Parent"),
        (
            "rows",
            [
                ("Parent's name", mother["name"]),
                ("Parent's date of birth", mother["dob"]),
                ("Parent's needs", mother["needs"]),
                ("Parent's risks", mother["risks"]),
            ],
        ),
        ("heading", "Child"),
        (
            "rows",
            [
                ("Child's name", f"{child.first} {child.last}"),
                ("Child's DOB", _dob(child, 3, "")),
                ("Child's gender", gender_text(child.gender, rng)),
                (doc.ref_label + " (child)", doc.la_reference or ""),
                ("Child's legal status", legal_text(child.legal, rng, "")),
                ("Nursery / childcare", child.school_words),
                ("Child's health", child.health or ""),
                ("Family time for the child", family_text(child)),
                ("Child's placement history", history_text(child, "")),
                ("Risks (to the child and from the child to others)", risk_prose(child, rng)),
            ],
        ),
        ("heading", "Placement"),
        (
            "rows",
            [
                ("Type", doc.setting_words),
                ("Urgency", doc.urgency_words),
                ("Assessment period", doc.duration_words),
                ("Start", doc.start_words),
            ],
        ),
        ("para", doc.history_note),
        (
            "rows",
            [
                ("Child's social worker", doc.worker.name),
                ("Tel", doc.worker.phone or ""),
                ("Email", doc.worker.email or ""),
            ],
        ),
    ]


def narrative(doc: Doc, rng: random.Random) -> list[Block]:
    """A referral summary written as paragraphs, no labels for most fields."""
    child = doc.children[0]
    _he, _him, his = pronoun(child)
    ref = f" ({doc.ref_label} {doc.la_reference})" if doc.la_reference else ""
    dob = (
        f"born {day_text(child.dob, 1)}"
        if child.dob
        else f"aged about {child.age_only} (date of birth not known)"
    )
    legal = (
        f"Legal position: {legal_text(child.legal, rng)}."
        if child.legal
        else f"{He(his)} legal status has not been confirmed yet."
    )
    return [
        ("title", f"{doc.la_words}"),
        ("title", "Placement referral - summary"),
        (
            "para",
            f"Written {day_text(doc.referral_date, 1)} by {doc.worker.name}, "
            f"allocated social worker ({doc.worker.phone}, {doc.worker.email}).",
        ),
        ("para", f"{child.first} {child.last}{ref}, {dob}. {legal}"),
        (
            "para",
            f"We are looking for {doc.setting_words}. This is {doc.urgency_words}; "
            f"we expect it to be {doc.duration_words}, starting {doc.start_words}. "
            f"{doc.history_note}",
        ),
        (
            "para",
            f"Education: {child.school_words}. "
            f"Health: {(child.health or 'to follow').rstrip('.')}.",
        ),
        ("para", f"Family time: {(family_text(child) or 'to be confirmed').rstrip('.')}."),
        ("para", history_text(child, "Previous placements: to follow.")),
        ("para", risk_prose(child, rng)),
    ]


def He(word: str) -> str:
    return word[:1].upper() + word[1:]


LAYOUTS = {
    "art_panel": art_panel,
    "placement_request": placement_request,
    "ifa_referral": ifa_referral,
    "home_referral": home_referral,
    "secure_s25": secure_s25,
    "supported_16plus": supported_16plus,
    "parent_and_child": parent_and_child,
    "narrative": narrative,
}
