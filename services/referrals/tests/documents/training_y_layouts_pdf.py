"""training_y's PDF layouts: a pre-sentence report extract with a tick grid, a likelihood x
severity risk matrix beside boxed panels, a flattened form with one box per character, a
care application extract in numbered paragraphs, and image-only courier scans."""

# ruff: noqa: RUF001

from __future__ import annotations

from training_y_layouts import ORDER, born, contact, day, named, none_sentence, sex, stated
from training_y_model import Spec
from training_y_write import pdf_bytes, scan_bytes

PSR_LABELS = {
    "sh": "Self-harm / suicide risk",
    "cse": "Sexual exploitation (victim)",
    "cce": "Criminal exploitation (victim)",
    "sub": "Substance misuse",
    "eat": "Eating disorder",
    "mis": "Missing episodes",
    "vio": "Violence (incl. index offence)",
    "hsb": "Sexually harmful behaviour",
    "fire": "Arson",
    "ani": "Harm to animals",
    "rec": "Exploiting / recruiting others",
}
PSR_COLUMNS = ("present", "historical", "suspected", "none_known")


def psr_extract(spec: Spec) -> bytes:
    bits, kid = spec.bits, spec.kids[0]
    grid = [["Indicator", "Current", "Past", "Intel only", "Not indicated", "Source / detail"]]
    for s in ORDER:
        state, words = kid.risk[s]
        grid.append([PSR_LABELS[s], *["X" if state == c else "" for c in PSR_COLUMNS], words])
    blocks: list[tuple] = [
        ("title", f"{bits['service']} – Pre-Sentence Report (extract for Children's Services)"),
        (
            "panels",
            [
                ["Name", named(kid)],
                ["DOB", born(kid, "long", "{age} (DOB unverified)")],
                ["Gender", sex(kid)],
                ["Court", bits["court"]],
            ],
            [
                ["Report author", bits["author"]],
                ["Adjourned to", bits["adjourned"]],
                ["Offence", bits["offence"]],
                ["Proposal", bits["proposal"]],
            ],
        ),
        ("h", "Section 9: Accommodation – request to the Placements Service"),
        ("p", bits["why"]),
        (
            "table",
            [
                ["Date request sent", day(spec.date, "uk") or ""],
                [bits["ref_label"], spec.ref or ""],
                ["Allocated social worker (CSC)", spec.worker.name],
                ["Contact", contact(spec, "\n")],
                ["Legal status", kid.legal_words],
                ["Accommodation sought", spec.request],
                ["Required", spec.start_words],
                ["ETE", kid.school_words],
                ["Family contact", kid.family_words],
                ["Previous placements", kid.history_words],
                ["Health", kid.health or ""],
            ],
            (2, 5),
        ),
        ("h", "Section 10: Risk and vulnerability indicators (mark one column)"),
        ("table", grid, ("H", 6, 2, 2, 2, 2, 8)),
        ("p", bits.get("close", "")),
    ]
    return pdf_bytes(blocks, footer=bits["footer"])


MATRIX_LABELS = {
    "sh": "Self-injurious behaviour",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substance use",
    "eat": "Eating / food",
    "mis": "Missing",
    "vio": "Violence",
    "hsb": "HSB",
    "fire": "Fire setting",
    "ani": "Animals",
    "rec": "Recruiting peers",
}
MATRIX_STATES = {
    "present": "Current",
    "historical": "Historic",
    "suspected": "Emerging (unconfirmed)",
    "none_known": "Nil",
}
MATRIX_SCORES = {
    "present": "L4 x S3 = 12",
    "historical": "L1 x S3 = 3",
    "suspected": "L2 x S3 = 6",
    "none_known": "0",
}


def likelihood_severity(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", f"{bits['title']} – risk matrix and placement request"),
        (
            "panels",
            [
                ["Date of request", day(spec.date, "short") or ""],
                [bits["ref_label"], spec.ref or ""],
                ["Social worker", spec.worker.name],
                ["Email", spec.worker.email],
                ["Tel", spec.worker.phone or ""],
            ],
            [
                ["Placement type", spec.request],
                ["Start", spec.start_words],
                ["Matrix agreed by", bits["agreed_by"]],
                ["Panel", bits["panel"]],
            ],
        ),
        ("i", "Key: L = likelihood 1-5, S = severity 1-5; score = L x S. Blank = not assessed."),
    ]
    for kid in kids:
        blocks += [
            ("h", named(kid)),
            (
                "table",
                [
                    ["Born", born(kid, "long", "{age} years"), "Gender", sex(kid)],
                    ["Legal", kid.legal_words, "School", kid.school_words],
                    ["Family time", kid.family_words, "Placements", kid.history_words],
                    ["Health", kid.health or "", "", ""],
                ],
                (2, 4, 2, 4),
            ),
            (
                "table",
                [["Risk", "Rating", "Score", "Evidence"]]
                + [
                    [
                        MATRIX_LABELS[s],
                        MATRIX_STATES.get(kid.risk[s][0], ""),
                        MATRIX_SCORES.get(kid.risk[s][0], ""),
                        kid.risk[s][1],
                    ]
                    for s in ORDER
                ],
                ("H", 3, 3, 2, 7),
            ),
        ]
    blocks.append(("p", bits.get("close", "")))
    return pdf_bytes(blocks, footer=bits["footer"])


COMB_LABELS = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Drugs/alcohol",
    "eat": "Eating disorder",
    "mis": "Missing",
    "vio": "Violence/aggression",
    "hsb": "Sexually harmful behaviour",
    "fire": "Fire setting",
    "ani": "Cruelty to animals",
    "rec": "Recruiting others",
}
COMB_BOXES = (
    ("present", "Current"),
    ("historical", "Past"),
    ("suspected", "Suspected"),
    ("none_known", "None"),
)


def _comb(label: str, value: str, boxes: int = 22) -> tuple:
    """A flattened comb field: the label, then one box per character."""
    chars = list(value.upper())[:boxes]
    return ("table", [[label, *chars, *[""] * (boxes - len(chars))]], (7, *[1] * boxes))


def comb_boxes_pdf(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", bits["title"]),
        (
            "i",
            "Please complete in BLOCK CAPITALS, one letter per box. (Form flattened on submission.)",
        ),
        _comb("Date of referral", day(spec.date, "uk")),
        _comb(bits["ref_label"], spec.ref or ""),
        (
            "table",
            [
                ["Social worker", spec.worker.name],
                ["Email", spec.worker.email],
                ["Phone", spec.worker.phone or ""],
            ],
            (1, 3),
        ),
        (
            "table",
            [["Placement required", spec.request], ["Date needed", spec.start_words]],
            (1, 3),
        ),
    ]
    for number, kid in enumerate(kids, 1):
        blocks += [
            ("h", f"Child {number}"),
            _comb("Surname", kid.last),
            _comb("Forename(s)", kid.first),
            _comb("Date of birth", day(kid.dob, "uk") if kid.dob else ""),
            (
                "table",
                [
                    ["Age if DOB unknown", "" if kid.dob else str(kid.age)],
                    ["Known as", kid.extra.get("known_as", "")],
                    ["Sex", sex(kid, ("F", "M"))],
                    ["Legal status", kid.legal_words],
                    ["School", kid.school_words],
                    ["Family time", kid.family_words],
                    ["Previous placements", kid.history_words],
                    ["Health", kid.health or ""],
                ],
                (1, 3),
            ),
            (
                "table",
                [["Risk", *[name for _, name in COMB_BOXES], "Details"]]
                + [
                    [
                        COMB_LABELS[s],
                        *["☒" if kid.risk[s][0] == state else "☐" for state, _ in COMB_BOXES],
                        kid.risk[s][1],
                    ]
                    for s in ORDER
                ],
                ("H", 4, 1, 1, 1, 1, 6),
            ),
        ]
    blocks.append(("p", bits.get("close", "")))
    return pdf_bytes(blocks, footer=bits["footer"])


C110_LABELS = {
    "sh": "self-harm",
    "cse": "sexual exploitation",
    "cce": "criminal exploitation",
    "sub": "substance misuse",
    "eat": "eating difficulties",
    "mis": "going missing",
    "vio": "violence",
    "hsb": "sexually harmful behaviour",
    "fire": "fire-setting",
    "ani": "harm to animals",
    "rec": "recruiting others into crime",
}


def c110a_extract(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    blocks: list[tuple] = [
        ("title", "Form C110A – Application for a care or supervision order (extract)"),
        ("p", bits["court_line"]),
        (
            "table",
            [
                ["Date of application", day(bits["application_date"], "long")],
                ["Applicant", bits["applicant"]],
                ["Applicant's solicitor", bits["solicitor"]],
                ["Children's Guardian", bits["guardian"]],
            ],
            (1, 3),
        ),
        ("h", "Section 4 – The children"),
        (
            "table",
            [["Name", "DOB", "Gender", "Order sought"]]
            + [
                [named(k), born(k, "uk", "{age} (DOB to be confirmed)"), sex(k), k.legal_words]
                for k in kids
            ],
            ("H", 3, 2, 1, 3),
        ),
    ]
    if spec.parent:
        blocks.append(("p", f"Mother (respondent 1): {spec.parent.name} – {spec.parent.words}"))
    blocks.append(("h", "Section 8 – Interim care plan (placement)"))
    paragraphs = [
        f"Sent to Placements: {day(spec.date, 'long') or 'not recorded'}. {bits['ref_label']}: {spec.ref or ''}",
        f"Allocated social worker: {spec.worker.name}, {contact(spec, ', ')}.",
        f"The local authority seeks {spec.request}. {spec.start_words}",
    ]
    for kid in kids:
        paragraphs += [
            f"{kid.first}: school – {kid.school_words}; family time – {kid.family_words.rstrip('.')}; "
            f"placements so far – {kid.history_words}; health – {kid.health or ''}",
            f"{kid.first} – risk: "
            + " ".join(stated(kid))
            + (" " if stated(kid) else "")
            + none_sentence(kid, C110_LABELS, bits["none_opener"]),
        ]
    for number, text in enumerate(paragraphs, 1):
        blocks.append(("p", f"8.{number}  {text}"))
    blocks.append(("p", bits.get("close", "")))
    return pdf_bytes(blocks, footer=bits["footer"])


def courier_scan(spec: Spec) -> bytes:
    return scan_bytes(spec.bits["lines"], spec.bits["angle"])


PDF = {
    "psr_extract": psr_extract,
    "likelihood_severity": likelihood_severity,
    "comb_boxes_pdf": comb_boxes_pdf,
    "c110a_extract": c110a_extract,
    "courier_scan": courier_scan,
}
