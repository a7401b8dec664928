"""training_i's Word layouts: 16+ staying put, short breaks, Regulation 24 breakdown,
a profile with a text box, and a Welsh provider's bilingual form used by an English LA."""

from __future__ import annotations

from training_i_model import RISK_LABELS, RISKS, Spec, risk_sentences
from training_i_words import (
    dob,
    family,
    health,
    history,
    history_rows,
    others_rows,
    referral_date,
    risk_answer,
    school,
    start,
    ticks,
)
from training_i_write import Word, merge


def staying_put(spec: Spec) -> bytes:
    """A leaving-care team's 16+ request for a foster home that can offer staying put."""
    kid = spec.kids[0]
    word = Word(spec.worker.name)
    word.para(spec.la_name, bold=True)
    word.heading("16+ Accommodation Request - Foster Care with Staying Put", 1)
    word.table(
        [
            ["Date of request", referral_date(spec, spec.notes.get("style", "slash"))],
            [spec.ref_label, spec.ref or ""],
            ["Requested by", f"{spec.worker.name} (allocated social worker)"],
            ["Email / phone", f"{spec.worker.email} / {spec.worker.phone or ''}"],
        ]
    )
    word.heading("About the young person", 2)
    word.table(
        [
            ["Name", kid.name],
            ["Prefers to be called", kid.known_as or ""],
            ["DOB", dob(kid, "dot")],
            ["Gender identity", kid.sex()],
            ["Legal status", kid.legal_words],
            ["Education / training / employment", school(kid)],
            ["Health and emotional wellbeing", health(kid)],
        ]
    )
    word.heading("The placement we are looking for", 2)
    word.para(f"Type: {spec.setting_words}. {spec.duration_words}.")
    if spec.urgency_words:
        word.para(f"Priority: {spec.urgency_words}")
    word.para(f"Move date: {start(spec)}")
    word.heading("Pathway plan contacts", 2)
    word.table([["Role", "Name", "Email", "Phone"], *others_rows(spec)])
    word.heading("Risk assessment summary", 2)
    word.table(
        [["Area of risk", "Current / past / none"]]
        + [[RISK_LABELS[s], risk_answer(kid, s)] for s in RISKS]
    )
    word.heading("Family and friends", 2)
    word.para(family(kid))
    word.heading("Care history", 2)
    rows = history_rows(kid)
    if rows:
        word.table([["Placement", "When", "Why it ended"], *rows])
    else:
        word.para(history(kid))
    return word.bytes()


def short_break(spec: Spec) -> bytes:
    """A disabled children's team short-breaks request built from content controls."""
    kid = spec.kids[0]
    word = Word(spec.worker.name)
    word.header(f"{spec.la_name} - Disabled Children's Service")
    word.heading("Request for Overnight Short Breaks (Family-Based)", 1)
    table = word.table([["Field", "Response"]])
    rows = [
        ("Date of request", referral_date(spec, spec.notes.get("style", "long")), "requestDate"),
        (spec.ref_label, spec.ref or "", "childId"),
        ("Child's full name", kid.name, "childName"),
        ("Known as", kid.known_as or "", "knownAs"),
        ("Date of birth", dob(kid, "slash"), "dob"),
        ("Sex", kid.sex(), "sex"),
        ("Legal basis for short breaks", kid.legal_words, "legal"),
        ("School / setting", school(kid), "school"),
        ("Diagnoses", health(kid), "health"),
        ("Allergies", spec.notes.get("allergies", "None known"), "allergies"),
        ("Social worker", spec.worker.name, "swName"),
        ("Social worker email", spec.worker.email or "", "swEmail"),
        ("Social worker telephone", spec.worker.phone or "", "swPhone"),
        ("Pattern of breaks requested", spec.duration_words, "pattern"),
        ("Start", start(spec), "start"),
    ]
    for label, value, tag in rows:
        word.control_row(table, label, value, tag)
    word.heading("Communication", 2)
    methods = spec.notes.get("communication", ())
    box = word.table([["Method", "Used"]])
    for method in ("Verbal", "PECS", "Makaton", "BSL", "Objects of reference", "Eye gaze"):
        word.control_row(box, method, "", method.lower(), checkbox=method in methods)
    word.para(spec.notes.get("communication_words", ""))
    word.heading("Risks and behaviour", 2)
    for s in RISKS:
        word.para(f"Is there any concern about {RISK_LABELS[s].lower()}? {risk_answer(kid, s)}")
    word.heading("Family", 2)
    word.para(family(kid))
    word.heading("Previous care", 2)
    word.para(history(kid))
    word.para(f"Type of care: {spec.setting_words}")
    return word.bytes()


def reg24_breakdown(spec: Spec) -> bytes:
    """A request after a Regulation 24 connected-person placement ended (merged headers)."""
    word = Word(spec.worker.name)
    word.heading(f"{spec.la_name}", 1)
    word.para("PLACEMENT REQUEST - end of temporary approval (Regulation 24)", bold=True)
    word.para(spec.notes.get("background", ""))
    kids = spec.kids
    rows = [["", *["" for _ in kids]] for _ in range(11)]
    table = word.table(rows)
    merge(table, (0, 0), (0, len(kids)), "SECTION 1 - THE CHILDREN")
    labels = [
        "Name",
        spec.ref_label,
        "Date of birth",
        "Gender",
        "Legal status",
        "School",
        "Health",
        "Family time",
        "Placements so far",
    ]
    for r, label in enumerate(labels, start=1):
        table.cell(r, 0).text = label
        for c, kid in enumerate(kids, start=1):
            values = [
                kid.name,
                kid.ident or spec.ref or "",
                dob(kid, "ordinal"),
                kid.sex(),
                kid.legal_words,
                school(kid),
                health(kid),
                family(kid),
                history(kid),
            ]
            table.cell(r, c).text = values[r - 1]
    merge(table, (10, 0), (10, len(kids)), "SECTION 2 - RISKS (per child)")
    word.table(
        [["Risk", *[k.first for k in kids]]]
        + [[RISK_LABELS[s], *[risk_answer(k, s) for k in kids]] for s in RISKS]
    )
    word.heading("SECTION 3 - REQUEST", 2)
    word.table(
        [
            ["Date of referral", referral_date(spec, "short")],
            ["Placement type", spec.setting_words],
            ["Urgency", spec.urgency_words],
            ["Length", spec.duration_words],
            ["Needed from", start(spec)],
            ["Allocated SW", f"{spec.worker.name}\n{spec.worker.email}\n{spec.worker.phone or ''}"],
        ]
    )
    word.heading("Other professionals", 3)
    word.table([["Role", "Name", "Email", "Phone"], *others_rows(spec)])
    return word.bytes()


def textbox_profile(spec: Spec) -> bytes:
    """A placement profile in prose, the key facts in a floating text box."""
    kid = spec.kids[-1]
    word = Word(spec.worker.name)
    word.para(spec.la_name, bold=True)
    word.heading(f"Placement Profile: {kid.known_as or kid.first}", 1)
    facts = [
        "KEY FACTS",
        f"Full name: {kid.name}",
        f"DOB: {dob(kid, 'long')}",
        f"Gender: {kid.sex()}",
        f"{spec.ref_label}: {spec.ref or ''}",
        f"Legal: {kid.legal_words}",
        f"SW: {spec.worker.name}",
        f"{spec.worker.email}",
        f"Tel: {spec.worker.phone or ''}",
    ]
    if spec.date:
        facts.append(f"Profile date: {referral_date(spec, 'slash')}")
    word.text_box(facts)
    if spec.parent:
        word.heading("About mum", 2)
        word.para(spec.parent)
    word.heading(f"About {kid.first}", 2)
    word.para(spec.notes.get("about", ""))
    word.para(f"Health: {health(kid)}")
    word.para(f"School: {school(kid)}")
    word.heading("What we are asking for", 2)
    word.para(f"{spec.setting_words}. {spec.duration_words}. {spec.urgency_words}".strip())
    word.para(f"Start: {start(spec)}")
    word.heading("Keeping safe", 2)
    for sentence in risk_sentences(kid):
        word.para(sentence)
    word.heading("Family time", 2)
    word.para(family(kid))
    word.heading("My moves so far", 2)
    word.para(history(kid))
    word.heading("Who else knows me", 2)
    word.table([["Role", "Name", "Email", "Phone"], *others_rows(spec)])
    return word.bytes()


def bilingual_form(spec: Spec) -> bytes:
    """A Welsh agency's bilingual referral form, filled in by an English LA."""
    kid = spec.kids[0]
    word = Word(spec.worker.name)
    word.header("Ffurflen Atgyfeirio Maethu / Fostering Referral Form")
    word.heading("Ffurflen Atgyfeirio / Referral Form", 1)
    word.para("Awdurdod lleol sy'n atgyfeirio / Referring local authority: " + spec.la_name)
    word.table(
        [
            ["Dyddiad / Date", referral_date(spec, "dash")],
            [f"Cyfeirnod / {spec.ref_label}", spec.ref or ""],
            ["Enw'r plentyn / Child's name", kid.name],
            ["Dyddiad geni / Date of birth", dob(kid, "dash")],
            ["Rhyw / Sex", kid.sex()],
            ["Statws cyfreithiol / Legal status", kid.legal_words],
            ["Ysgol / School", school(kid)],
            ["Iechyd / Health", health(kid)],
            ["Iaith / Language", spec.notes.get("language", "English")],
            ["Gweithiwr cymdeithasol / Social worker", spec.worker.name],
            ["E-bost / Email", spec.worker.email or ""],
            ["Ffôn / Phone", spec.worker.phone or ""],
        ]
    )
    word.heading("Lleoliad / Placement", 2)
    word.table(
        [
            ["Math / Type", spec.setting_words],
            ["Brys / Urgency", spec.urgency_words],
            ["Hyd / Length", spec.duration_words],
            ["Dyddiad dechrau / Start date", start(spec)],
        ]
    )
    word.heading("Risgiau / Risks", 2)
    word.table(
        [["Risg / Risk", "Ateb / Answer"]] + [[RISK_LABELS[s], ticks(kid, s)] for s in RISKS]
    )
    word.para("Manylion / Details: " + " ".join(risk_sentences(kid)))
    word.heading("Cyswllt teulu / Family time", 2)
    word.para(family(kid))
    word.heading("Lleoliadau blaenorol / Previous placements", 2)
    rows = history_rows(kid)
    if rows:
        word.table([["Lleoliad / Placement", "Dyddiadau / Dates", "Rheswm / Reason"], *rows])
    else:
        word.para(history(kid))
    word.heading("Gweithwyr eraill / Other professionals", 2)
    word.table([["Rôl / Role", "Enw / Name", "E-bost", "Ffôn"], *others_rows(spec)])
    return word.bytes()
