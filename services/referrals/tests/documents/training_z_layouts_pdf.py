"""training_z's PDF layouts: an online form's answers printed from the browser, a signed form
with its e-signature certificate, an at-a-glance dashboard of tiles, a OneNote page, a
spreadsheet printed across pages, and the scans."""

# ruff: noqa: RUF001

from __future__ import annotations

from training_z_layouts import ORDER, born, contact, day, named, say, sex
from training_z_model import Spec
from training_z_write import pdf_bytes, scan_bytes

# --- check_answers_print: "Your answers" from an online request form -----------------------

ASK = {
    "sh": "Has {name} hurt themselves on purpose?",
    "cse": "Has {name} been sexually exploited?",
    "cce": "Has {name} been criminally exploited (for example county lines)?",
    "sub": "Does {name} use drugs or alcohol?",
    "eat": "Has {name} had problems with eating?",
    "mis": "Has {name} gone missing?",
    "vio": "Has {name} hurt other people?",
    "hsb": "Has {name} shown harmful sexual behaviour?",
    "fire": "Has {name} set fires?",
    "ani": "Has {name} hurt animals?",
    "rec": "Has {name} involved other children in crime?",
}
ASK_ANSWERS = {
    "present": "Yes – this is happening now",
    "historical": "Yes – in the past but not now",
    "suspected": "We think so but it is not confirmed",
    "none_known": "No",
    "not_stated": "Not answered",
}


def _answers(rows: list[tuple[str, str]]) -> tuple:
    return ("table", [[q, a, "Change"] for q, a in rows], (4, 5, 1))


def check_answers_print(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    if spec.date:
        top = [
            ("title", "Request sent"),
            ("p", f"Your reference number is {bits['receipt']}"),
            (
                "p",
                f"Sent on {day(spec.date, 'long')}. We have sent a copy of your answers to "
                f"{worker.email}.",
            ),
            ("h", "Your answers"),
        ]
    else:
        top = [("title", "Check your answers before sending your request"), ("p", bits["draft"])]
    blocks: list[tuple] = [*top, ("h", "About you")]
    blocks.append(
        _answers(
            [
                ("Your name", worker.name),
                ("Your council", bits["la_words"]),
                ("Your phone number", worker.phone or "Not answered"),
                ("Your work email", worker.email),
                ("The child's case number", spec.ref or "Not answered"),
            ]
        )
    )
    blocks += [
        ("h", "About the placement"),
        _answers(
            [
                ("What kind of placement do you need?", spec.request),
                ("When do you need it from?", spec.start_words),
                ("How many children is this request for?", str(len(kids))),
            ]
        ),
    ]
    if spec.parent:
        blocks += [
            ("h", "About the parent"),
            _answers([("Parent's name", spec.parent.name), ("About them", spec.parent.words)]),
        ]
    for kid in kids:
        rows = [
            ("Full name", named(kid)),
            ("Date of birth", born(kid, "long", "Not known – about {age}")),
            ("Sex", sex(kid) or "Not answered"),
            ("Legal status", kid.legal_words or "Not answered"),
            ("School or nursery", kid.school_words or "Not answered"),
            ("Who do they see and how often?", kid.family_words or "Not answered"),
            ("Where have they lived before?", kid.history_words or "Not answered"),
            ("Health needs", kid.health or "Not answered"),
        ]
        for short in ORDER:
            state, words = kid.risk[short]
            answer = ASK_ANSWERS[state] + (f"\nDetails: {words}" if words else "")
            rows.append((ASK[short].format(name=kid.first), answer))
        blocks += [("h", f"About {kid.first}"), _answers(rows)]
    blocks.append(("p", bits.get("close", "")))
    return pdf_bytes(blocks, footer=bits["url"], header=bits["printed"])


# --- esign_certificate: a signed referral form and the e-signature certificate -----------

SIGN_LABELS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substance misuse",
    "eat": "Eating disorder",
    "mis": "Missing",
    "vio": "Physical harm to others",
    "hsb": "HSB",
    "fire": "Arson / fire-setting",
    "ani": "Harm to animals",
    "rec": "Recruitment of peers",
}
SIGN_STATES = {
    "present": "Yes – ongoing",
    "historical": "Yes – not recent",
    "suspected": "Unconfirmed",
    "none_known": "No",
}


def esign_certificate(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", f"{bits['la_words']} – Placement Referral Form"),
        (
            "panels",
            [
                ["Date of referral", day(spec.date, "uk")],
                ["Case ref", spec.ref or ""],
                ["Placement type", spec.request],
                ["Start", spec.start_words],
            ],
            [
                ["Social worker", worker.name],
                ["Tel", worker.phone or ""],
                ["Email", worker.email],
                ["Team", bits["team"]],
            ],
        ),
    ]
    for kid in kids:
        blocks += [
            ("h", named(kid)),
            (
                "panels",
                [
                    ["DOB", born(kid, "uk", "age {age}")],
                    ["Gender", sex(kid)],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                ],
                [
                    ["Family time", kid.family_words],
                    ["Previous placements", kid.history_words],
                    ["Health", kid.health or ""],
                ],
            ),
            (
                "table",
                [["Area of risk", "Known?", "Detail"]]
                + [
                    [SIGN_LABELS[s], SIGN_STATES.get(kid.risk[s][0], ""), kid.risk[s][1]]
                    for s in ORDER
                ],
                ("H", 2, 2, 6),
            ),
        ]
    blocks += [
        ("p", bits.get("declaration", "I confirm the information above is accurate.")),
        ("p", f"Signed: {worker.name} (social worker)    Authorised: {bits['signers'][0][0]}"),
        ("break",),
        ("title", "Certificate Of Completion"),
        (
            "table",
            [
                ["Envelope Id", bits["envelope"]],
                ["Subject", f"Please sign: Placement referral {spec.ref or ''}".rstrip()],
                ["Status", "Completed"],
                ["Envelope originator", bits["originator"]],
                ["Time zone", "(UTC) Dublin, Edinburgh, Lisbon, London"],
            ],
            (1, 3),
        ),
        ("h", "Signer events"),
        (
            "table",
            [["Signer", "Email", "Sent", "Signed", "IP address"]]
            + [list(row) for row in bits["signers"]],
            ("H", 2, 3, 2, 2, 1),
        ),
        ("p", "Electronic Record and Signature Disclosure: accepted by all signers."),
    ]
    return pdf_bytes(
        blocks, footer=bits.get("footer", ""), header=f"Envelope Id: {bits['envelope']}"
    )


# --- dashboard_tiles: a child-at-a-glance page, risks as tiles with symbols and a legend ---

TILE_LABELS = {
    "sh": "SELF-HARM",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "DRUGS / ALCOHOL",
    "eat": "EATING",
    "mis": "MISSING",
    "vio": "VIOLENCE",
    "hsb": "HSB",
    "fire": "FIRE",
    "ani": "ANIMALS",
    "rec": "RECRUITING OTHERS",
}
TILE_MARKS = {"present": "●", "historical": "◐", "suspected": "○", "none_known": "✕"}


def _tile(kid, short: str) -> str:
    state, words = kid.risk[short]
    if state == "not_stated":
        return f"{TILE_LABELS[short]}\nnot recorded"
    return f"{TILE_MARKS[state]} {TILE_LABELS[short]}" + (f"\n{words}" if words else "")


def dashboard_tiles(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    blocks: list[tuple] = [
        ("title", f"Child at a glance – placement request ({bits['la_words']})"),
        (
            "panels",
            [
                ["Request logged", day(spec.date, "short")],
                ["Ref", spec.ref or ""],
                ["Need", spec.request],
                ["From", spec.start_words],
            ],
            [
                ["SW", worker.name],
                ["Phone", worker.phone or ""],
                ["Email", worker.email],
                ["Snapshot taken", bits["snapshot"]],
            ],
        ),
        (
            "i",
            "● live concern   ◐ historic, not current   ○ query / unconfirmed   "
            "✕ no concern known   (not recorded = not yet assessed)",
        ),
    ]
    for kid in kids:
        tiles = [_tile(kid, s) for s in ORDER] + [""]
        blocks += [
            ("h", f"{named(kid)} · {born(kid, 'short', 'aged {age}')} · {sex(kid)}"),
            (
                "panels",
                [
                    ["Legal", kid.legal_words],
                    ["School", kid.school_words],
                    ["Family time", kid.family_words],
                ],
                [["Placements", kid.history_words], ["Health", kid.health or ""]],
            ),
            ("table", [tiles[i : i + 3] for i in range(0, 12, 3)], (1, 1, 1)),
        ]
    blocks.append(("p", bits.get("close", "")))
    return pdf_bytes(blocks, footer=bits.get("footer", ""))


# --- onenote_page: a worker's OneNote page printed, risks in her own shorthand ------------

NOTE_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/alc",
    "eat": "eating",
    "mis": "MFH",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fire",
    "ani": "animals",
    "rec": "recruiting",
}
NOTE_STATES = {
    "present": "YES (now)",
    "historical": "used to – not now",
    "suspected": "poss. – not confirmed",
    "none_known": "no",
    "not_stated": "not asked yet",
}


def onenote_page(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    lines = [
        bits["sent_line"].format(date=day(spec.date, "wkshort")) if spec.date else bits["unsent"],
        f"LA: {bits['la_words']}   ref {spec.ref or '??'}",
        f"me: {worker.name}  {contact(spec, '  ')}",
        f"asking for: {spec.request}",
        f"from: {spec.start_words}",
    ]
    blocks: list[tuple] = [
        ("title", bits["page_title"]),
        ("p", bits["stamp"]),
        ("p", "\n".join(lines)),
    ]
    for kid in kids:
        facts = [
            f"dob {born(kid, 'uk', '?? (about {age})')}  {sex(kid, ('girl', 'boy'))}",
            f"legal – {kid.legal_words}",
            f"school – {kid.school_words}",
            f"FT – {kid.family_words}",
            f"prev – {kid.history_words}",
            f"health – {kid.health or ''}",
        ]
        risk_lines = [f"• {NOTE_LABELS[s]}: {say(kid, s, NOTE_STATES, ' — ')}" for s in ORDER]
        blocks += [
            ("h", named(kid)),
            ("p", "\n".join(facts)),
            ("p", "risks:\n" + "\n".join(risk_lines)),
        ]
    blocks += [("p", "To Do:\n" + "\n".join(f"☐ {item}" for item in bits["todo"]))]
    return pdf_bytes(blocks, footer=bits["footer"])


# --- sheet_print_pdf: a spreadsheet printed across three pages, letters and row numbers ---

SHEET_CODES = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "SUB",
    "eat": "EAT",
    "mis": "MFH",
    "vio": "VIO",
    "hsb": "HSB",
    "fire": "FIRE",
    "ani": "ANI",
    "rec": "REC",
}
SHEET_STATES = {"present": "C", "historical": "H", "suspected": "S", "none_known": "N"}


def _letters(count: int, start: int = 0) -> list[str]:
    return [chr(ord("A") + start + i) for i in range(count)]


def sheet_print_pdf(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    worker = spec.worker
    top = [
        [f"Placement request – {bits['la_words']}"],
        [f"Date sent to Placements: {day(spec.date, 'uk') or ''}"],
        [f"Ref: {spec.ref or ''}   SW: {worker.name}   {contact(spec, '   ')}"],
        [f"Placement: {spec.request}   Start: {spec.start_words}"],
        [""],
    ]
    first = ["Surname", "Forename", "DOB", "Sex", "Legal", "School", "Family time", "Placements"]
    second = ["Health", *[SHEET_CODES[s] for s in ORDER]]
    third = ["Risk notes", "Comments"]
    people = []
    for kid in kids:
        notes = "; ".join(f"{SHEET_CODES[s]}: {kid.risk[s][1]}" for s in ORDER if kid.risk[s][1])
        people.append(
            (
                [
                    kid.last,
                    kid.first + (f" ({kid.extra['known_as']})" if "known_as" in kid.extra else ""),
                    born(kid, "uk", "{age}y"),
                    sex(kid, ("F", "M")),
                    kid.legal_words,
                    kid.school_words,
                    kid.family_words,
                    kid.history_words,
                ],
                [kid.health or "", *[SHEET_STATES.get(kid.risk[s][0], "") for s in ORDER]],
                [notes, bits["comments"].get(kid.first, "")],
            )
        )
    head_row = len(top) + 1
    key_row = head_row + len(kids) + 2

    def page(columns: list[str], start: int, part: int, widths) -> list[tuple]:
        # Text in column A overflows across the empty cells to its right, so it prints as a
        # line with its row number, above and below the grid (no gridlines printed there).
        blocks: list[tuple] = []
        if part == 0:
            lines = [f"{i + 1}    {line[0]}" for i, line in enumerate(top)]
            blocks.append(("p", "\n".join(lines)))
        rows = [["", *_letters(len(columns), start)], [str(head_row), *columns]]
        rows += [[str(head_row + 1 + i), *person[part]] for i, person in enumerate(people)]
        blocks.append(("table", rows, widths))
        if part == 0:
            blocks.append(("p", f"{key_row}    {bits['key']}"))
        return blocks

    blocks = [
        *page(first, 0, 0, (1, 4, 4, 4, 3, 6, 6, 8, 7)),
        ("break",),
        *page(second, 8, 1, (1, 8, *[2] * 11)),
        ("break",),
        *page(third, 20, 2, (1, 10, 6)),
    ]
    return pdf_bytes(blocks, footer=bits["footer"], landscape=True, header=bits["sheet"])


# --- office_lens_scan: phone scans of paper, image only ------------------------------------


def office_lens_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.bits["lines"], spec.bits["angle"])


PDF = {
    "check_answers_print": check_answers_print,
    "esign_certificate": esign_certificate,
    "dashboard_tiles": dashboard_tiles,
    "onenote_page": onenote_page,
    "sheet_print_pdf": sheet_print_pdf,
    "office_lens_scan": office_lens_scan,
}
