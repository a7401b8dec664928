"""training_w's PDF layouts: a Likert risk questionnaire, a letter with a reference box, a
two-column bulletin, a landscape register and postal scans."""

# ruff: noqa: RUF001

from __future__ import annotations

from training_w_layouts import ORDER, born, day, none_sentence, sex, stated
from training_w_model import Kid, Spec
from training_w_write import pdf_bytes, scan_bytes

LIKERT_QUESTIONS = {
    "sh": "Does the young person hurt themselves on purpose?",
    "cse": "Is the young person at risk of sexual exploitation?",
    "cce": "Is the young person being criminally exploited (e.g. county lines)?",
    "sub": "Does the young person misuse drugs or alcohol?",
    "eat": "Are there concerns about eating (restricting, bingeing, purging)?",
    "mis": "Does the young person go missing or stay out without agreement?",
    "vio": "Is the young person physically aggressive to others?",
    "hsb": "Has the young person shown harmful sexual behaviour?",
    "fire": "Has the young person set fires?",
    "ani": "Has the young person harmed animals?",
    "rec": "Does the young person draw other young people into crime?",
}
LIKERT_SCORES = {"none_known": "0", "historical": "1", "suspected": "2", "present": "3"}


def likert_questionnaire(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    head = [
        [
            "Questionnaire completed",
            day(bits["completed"], "uk"),
            "Returned to Placements",
            day(spec.date, "uk"),
        ],
        ["Social worker", spec.worker.name, "Phone", spec.worker.phone or ""],
        ["Email", spec.worker.email, bits["ref_label"], spec.ref or ""],
        ["Placement wanted", spec.request, "Start", spec.start_words],
    ]
    people = [["", *[kid.name for kid in kids]]] + [
        [label, *[value(kid) for kid in kids]]
        for label, value in (
            ("Date of birth", lambda k: born(k, "uk", "{age} (DOB tbc)")),
            ("Gender", lambda k: sex(k)),
            ("Legal status", lambda k: k.legal_words),
            ("School", lambda k: k.school_words),
            ("Family time", lambda k: k.family_words),
            ("Previous placements", lambda k: k.history_words),
            ("Health", lambda k: k.health or ""),
        )
    ]
    scale = [["Question", *[kid.first for kid in kids]]] + [
        [LIKERT_QUESTIONS[s], *[LIKERT_SCORES.get(kid.risk[s][0], "") for kid in kids]]
        for s in ORDER
    ]
    notes = [("p", f"{kid.first}: " + " ".join(stated(kid))) for kid in kids if stated(kid)]
    blocks: list[tuple] = [
        ("title", bits["title"]),
        ("p", bits["la_words"]),
        ("table", head, (2, 3, 2, 3)),
        ("h", "About the child / children"),
        ("table", people, ("H", 2, *[3] * len(kids))),
        ("h", "Risk questionnaire"),
        (
            "p",
            "Score each question for each child: 0 = no, never; 1 = yes, in the past but not now; "
            "2 = possibly, not confirmed; 3 = yes, currently. Leave blank if not known.",
        ),
        ("table", scale, ("H", 6, *[1] * len(kids))),
        ("h", "Please give details for any score of 1, 2 or 3"),
        *notes,
        ("p", bits.get("signed", "")),
    ]
    return pdf_bytes(blocks, footer=bits.get("footer", ""))


LETTER_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "substance misuse",
    "eat": "eating difficulties",
    "mis": "missing episodes",
    "vio": "aggression towards others",
    "hsb": "harmful sexual behaviour",
    "fire": "fire-setting",
    "ani": "harm to animals",
    "rec": "involving other children in offending",
}


def letterhead_refbox(spec: Spec) -> bytes:
    bits = spec.bits
    address = [[line] for line in bits["to"]]
    box = [
        ["Our ref", spec.ref or ""],
        ["Your ref", bits.get("your_ref", "")],
        ["Date", day(spec.date, "long")],
        ["Please ask for", bits["ask_for"]],
        ["Direct line", bits["ask_for_phone"]],
    ]
    blocks: list[tuple] = [
        ("title", bits["letterhead"]),
        ("p", bits["strapline"]),
        ("panels", address, box),
        ("p", "Dear Colleague,"),
        ("h", f"Request for a placement: {spec.request}"),
        ("p", bits["opening"]),
    ]
    for kid in spec.kids:
        blocks += [
            (
                "h",
                f"{kid.name} – born {born(kid, 'long', '(age {age})')}"
                + (f", {sex(kid).lower()}" if kid.gender else ""),
            ),
            ("p", f"{kid.first} is {kid.legal_words}. {kid.school_words}"),
            ("p", f"Family time: {kid.family_words} Placements: {kid.history_words}"),
            ("p", f"Health: {kid.health or ''}"),
            (
                "p",
                " ".join(stated(kid))
                + " "
                + none_sentence(kid, LETTER_LABELS, bits["none_opener"]),
            ),
        ]
    blocks += [
        ("p", bits["closing"]),
        ("p", f"Yours sincerely,\n{bits['signatory']}"),
        (
            "p",
            f"Allocated social worker: {spec.worker.name}, {spec.worker.email}"
            + (f", telephone {spec.worker.phone}" if spec.worker.phone else ""),
        ),
    ]
    return pdf_bytes(blocks, footer=bits.get("footer", ""))


def _bulletin_child(kid: Kid, none_opener: str) -> list[tuple]:
    return [
        ("h", f"About {kid.first}"),
        (
            "p",
            f"{kid.name}, {born(kid, 'short', '{age} years old')}"
            + (f", {sex(kid).lower()}" if kid.gender else "")
            + f". {kid.legal_words}.",
        ),
        ("p", f"School: {kid.school_words}. Family time: {kid.family_words}"),
        ("p", f"Homes so far: {kid.history_words} Health: {kid.health or ''}"),
        (
            "p",
            "What carers need to know: "
            + " ".join(stated(kid))
            + " "
            + none_sentence(kid, LETTER_LABELS, none_opener),
        ),
    ]


def bulletin_columns(spec: Spec) -> bytes:
    """A family-finding bulletin: the first child in the left column, the rest, the ask and
    the contact in the right one."""
    bits = spec.bits
    first, *others = spec.kids
    left = [
        ("h", bits["headline"]),
        ("p", bits["intro"]),
        *_bulletin_child(first, bits["none_opener"]),
    ]
    right = [item for kid in others for item in _bulletin_child(kid, bits["none_opener"])]
    right += [
        ("h", "The ask"),
        ("p", f"{spec.request} Start: {spec.start_words}"),
        ("h", "Contact"),
        (
            "p",
            f"{spec.worker.name} (social worker), {spec.worker.email}"
            + (f", {spec.worker.phone}" if spec.worker.phone else ""),
        ),
        ("p", f"{bits['ref_label']}: {spec.ref or ''}   Circulated: {day(spec.date, 'short')}"),
        ("h", "Also this week"),
        ("p", bits["filler"]),
    ]
    blocks: list[tuple] = [
        ("title", bits["title"]),
        ("i", bits["issue"]),
        ("columns", left, right),
    ]
    return pdf_bytes(blocks, footer=bits.get("footer", ""))


REGISTER_HEAD = ["SH", "CSE", "CCE", "D&A", "ED", "Miss", "Viol", "HSB", "Fire", "Anim", "Recr"]
REGISTER_MARKS = {
    "present": "✓ now",
    "historical": "✓ past",
    "suspected": "susp.",
    "none_known": "✗",
}


def landscape_register(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    rows = [["Child", "DOB", "Sex", "Status", *REGISTER_HEAD]] + [
        [kid.name, born(kid, "uk", "{age}y"), sex(kid, ("F", "M")), kid.legal_words]
        + [REGISTER_MARKS.get(kid.risk[s][0], "") for s in ORDER]
        for kid in kids
    ]
    details = [["Child", "School", "Family time", "Placements", "Health", "Risk detail"]] + [
        [
            kid.first,
            kid.school_words,
            kid.family_words,
            kid.history_words,
            kid.health or "",
            " ".join(stated(kid)),
        ]
        for kid in kids
    ]
    blocks: list[tuple] = [
        ("title", bits["title"]),
        (
            "table",
            [
                [
                    "Entered on register",
                    day(spec.date, "uk"),
                    "Social worker",
                    spec.worker.name,
                    "Tel",
                    spec.worker.phone or "",
                ],
                [
                    bits["ref_label"],
                    spec.ref or "",
                    "Email",
                    spec.worker.email,
                    "Entered by",
                    bits["clerk"],
                ],
                ["Need", spec.request, "Needed from", spec.start_words, "LA", bits["la_words"]],
            ],
            (2, 3, 2, 3, 1, 2),
        ),
        (
            "p",
            "Key: ✓ now = current; ✓ past = historic; susp. = suspected; ✗ = none known; "
            "blank = not recorded.",
        ),
        ("table", rows, ("H", 3, 2, 1, 3, *[1] * 11)),
        ("table", details, ("H", 2, 3, 3, 3, 3, 5)),
        ("p", bits.get("note", "")),
    ]
    return pdf_bytes(blocks, footer=bits.get("footer", ""), landscape=True)


def postal_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.bits["lines"], spec.bits["angle"])


PDF = {
    "likert_questionnaire": likert_questionnaire,
    "letterhead_refbox": letterhead_refbox,
    "bulletin_columns": bulletin_columns,
    "landscape_register": landscape_register,
    "postal_scan": postal_scan,
}
