"""The shared helpers of training_v's layouts and its three Word layouts."""

# The documents' own punctuation: en dashes are what LA paperwork types.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_v_model import Kid, Spec
from training_v_write import docx_bytes

__all__ = ["WORD", "day", "dob_words", "family_words", "risk_rows", "sex_words"]

MONTHS = "January February March April May June July August September October November December"


def day(iso: str | None, style: str = "uk") -> str:
    """A date in one of the ways LA paperwork writes it."""
    if iso is None:
        return ""
    value = date.fromisoformat(iso)
    month = MONTHS.split()[value.month - 1]
    return {
        "uk": value.strftime("%d/%m/%Y"),
        "long": f"{value.day} {month} {value.year}",
        "short": f"{value.day} {month[:3]} {value.year}",
        "dot": value.strftime("%d.%m.%y"),
        "dash": value.strftime("%d-%m-%Y"),
        "iso": iso,
        "weekday": f"{value.strftime('%A')} {value.day} {month}",
        "weekday_year": f"{value.strftime('%a')} {value.day} {month[:3]} {value.year}",
    }[style]


def dob_words(kid: Kid, style: str = "uk", age: str = "aged {}") -> str:
    return day(kid.dob, style) if kid.dob else age.format(kid.age)


def sex_words(kid: Kid, words: tuple[str, str, str] = ("Male", "Female", "")) -> str:
    return {"male": words[0], "female": words[1], None: words[2]}[kid.gender]


def family_words(kid: Kid, sep: str = "; ") -> str:
    parts = [words for _, _, words in kid.family or []]
    text = sep.join(parts) if parts else kid.family_words
    if kid.no_contact_words:
        text = f"{text}{sep}{kid.no_contact_words}" if text else kid.no_contact_words
    return text


def risk_rows(kid: Kid, labels: dict, states: dict, keep_blank: bool = True) -> list:
    """(label, state word, detail) per risk; a not-stated risk is blank or left out."""
    rows = []
    for short, label in labels.items():
        state, words = kid.risk[short]
        if state == "not_stated":
            if keep_blank:
                rows.append((label, "", ""))
            continue
        rows.append((label, states[state], words))
    return rows


def _sos(spec: Spec) -> bytes:
    more, kids = spec.more, spec.kids
    names = " and ".join(kid.first for kid in kids)
    rows = [
        ["Family", more["family"]],
        ["Children", ", ".join(kid.name for kid in kids)],
        ["Mapping meeting held", day(more["meeting"], "long")],
        ["Facilitated by", more["facilitator"]],
        ["Allocated social worker", f"{spec.worker.name}, {more['team']}"],
        ["Contact", " / ".join(filter(None, (spec.worker.email, spec.worker.phone)))],
        ["Case number (LCS)", spec.ref or ""],
    ]
    columns = [
        ["What are we worried about?", "What's working well?", "What needs to happen?"],
        [more["worried"], more["working"], more["needs"]],
    ]
    facts = [["", *(f"Child {n + 1}" for n in range(len(kids)))]]
    for label, value in (
        ("Name", lambda k: k.name + (f" (likes to be called {k.known_as})" if k.known_as else "")),
        ("Date of birth / age", lambda k: dob_words(k, "uk", "{} years old")),
        ("Gender", lambda k: sex_words(k, ("Boy", "Girl", ""))),
        ("Legal status", lambda k: k.legal_words),
        ("School / nursery", lambda k: k.school_words),
        ("Health and development", lambda k: k.health),
        ("Allergies", lambda k: k.allergies or ""),
        ("Family time", lambda k: family_words(k)),
        ("Where they have lived in care", lambda k: k.history_words),
    ):
        facts.append([label, *(value(kid) for kid in kids)])
    states = more["states"]
    checklist = [["Risk checklist (for providers)", *(kid.first for kid in kids)]]
    for short, label in more["labels"].items():
        cells = []
        for kid in kids:
            state, words = kid.risk[short]
            cells.append("" if state == "not_stated" else f"{states[state]} {words}".strip())
        checklist.append([label, *cells])
    blocks = [
        ("title", f"Signs of Safety mapping and request for placement – {names}"),
        ("table", rows, (3, 7)),
        ("h", "The mapping"),
        ("table", columns, ("H", 1, 1, 1)),
        ("p", more["scaling"]),
        ("h", "Harm and danger statements"),
        ("p", more["danger"]),
        ("h", "Information for placement providers"),
        ("table", facts, ("H", 3, *([5] * len(kids)))),
        ("i", f"Key: {' / '.join(states[s] for s in states)}. Blank = not discussed."),
        ("table", checklist, ("H", 3, *([5] * len(kids)))),
        ("h", "The request"),
        ("p", more["request"]),
        ("p", f"Request sent to the Placement Finding Team: {day(spec.date, 'uk')}".rstrip()),
    ]
    return docx_bytes(blocks, header=more["header"], footer=more["footer"])


def _delegated(spec: Spec) -> bytes:
    more = spec.more
    blocks = [
        ("title", "Delegated Authority Agreement and Placement Request"),
        ("p", more["intro"]),
        ("h", "Part A – About the child"),
    ]
    for index, kid in enumerate(spec.kids):
        tag = f"Child {'AB'[index]}: " if len(spec.kids) > 1 else ""
        rows = [
            [more.get("ref_label", "LA case number"), spec.ref or ""],
            ["Forename(s) / Surname", f"{kid.first} / {kid.last or ''}"],
            ["Known as", kid.known_as or ""],
            ["D.O.B.", dob_words(kid, "dot", "{} yrs")],
            ["Sex", sex_words(kid, ("M", "F", ""))],
            ["Legal basis of placement", kid.legal_words],
            ["Education setting", kid.school_words],
            ["Health (incl. medication, allergies)", kid.health],
            ["Allergies", kid.allergies or ""],
            ["Communication", kid.comms_words],
            ["Family time arrangements", family_words(kid)],
            ["Placement history", kid.history_words],
        ]
        blocks += [("p", f"{tag}{kid.name}"), ("table", rows, (4, 6))]
    blocks += [
        ("h", "Part B – Who can decide (delegated authority)"),
        ("table", more["authority"], ("H", 4, 2, 2, 2)),
        ("h", "Part C – Placement sought"),
        ("table", more["request"], (4, 6)),
        ("h", "Part D – Known risks"),
        ("i", "Answer Y-current, Y-past, ? (suspected) or N for each."),
    ]
    for kid in spec.kids:
        rows = [["Risk", "Answer", "Detail"]]
        rows += [list(row) for row in risk_rows(kid, more["labels"], more["states"])]
        label = f"Risks – {kid.first}" if len(spec.kids) > 1 else "Risks"
        blocks += [("p", label), ("table", rows, ("H", 4, 2, 6))]
    blocks += [
        ("h", "Part E – Agreement"),
        ("table", more["signed"], ("H", 3, 3, 3)),
        ("p", more["sent"]),
    ]
    return docx_bytes(blocks, header=more["header"], footer=more["footer"])


def _about_me(spec: Spec) -> bytes:
    more = spec.more
    blocks = [("title", more["title"])]
    for kid, voice in zip(spec.kids, more["voice"], strict=True):
        blocks += [("h", f"Me – {kid.first}"), ("p", voice)]
    blocks.append(("h", "For the placement team (completed by my social worker)"))
    for kid in spec.kids:
        rows = [
            [more.get("ref_label", "Child ID"), spec.ref or "not given"],
            ["Full name", kid.name],
            ["Prefers to be called", kid.known_as or "—"],
            ["Born", dob_words(kid, "long", "{} (age only known)")],
            ["Boy / girl", sex_words(kid, ("boy", "girl", ""))],
            ["Legal", kid.legal_words],
            ["School", kid.school_words],
            ["Health", kid.health],
            ["Allergies", kid.allergies or ""],
            ["How I communicate", kid.comms_words],
            ["Seeing my family", family_words(kid)],
            ["Homes I have lived in", kid.history_words],
        ]
        blocks.append(("table", rows, (3, 7)))
        rows = [["Keeping me safe", "", "What carers should know"]]
        rows += [list(row) for row in risk_rows(kid, more["labels"], more["states"], False)]
        blocks += [
            ("p", f"Things my carers need to know to keep {kid.first} safe"),
            ("table", rows, ("H", 3, 2, 5)),
        ]
    blocks += [("h", "The placement we are asking for")]
    blocks += [("p", line) for line in more["request"]]
    return docx_bytes(blocks, header=more["header"], footer=more["footer"])


WORD = {
    "signs_of_safety": _sos,
    "delegated_authority": _delegated,
    "all_about_me": _about_me,
}
