"""training_h: how a child's facts are written, shared by every layout."""

from __future__ import annotations

from training_h_model import RISK_LABELS, Kid, Person, Spec, say

ANSWER = {
    "present": "Yes",
    "historical": "Previously",
    "suspected": "Suspected",
    "none_known": "No",
    "not_stated": "",
}


def name_caps(kid: Kid) -> str:
    """'SURNAME, Forename' as case systems print it."""
    return f"{kid.last.upper()}, {kid.first}"


def full_name(kid: Kid) -> str:
    return f"{kid.first} {kid.last}"


def known_as(kid: Kid) -> str:
    return kid.known_as or "-"


def dob(kid: Kid, spec: Spec) -> str:
    if kid.dob:
        return say(kid.dob, spec.dob_style)
    return f"Not known (age {kid.age})"


def legal(kid: Kid) -> str:
    return kid.legal_words or "TBC"


def school(kid: Kid) -> str:
    return kid.school_words or kid.school or ""


def health(kid: Kid) -> str:
    return kid.health or "TBC"


def risk_answer(kid: Kid, short: str) -> str:
    state, words = kid.risk[short]
    answer = ANSWER[state]
    return f"{answer} - {words}" if words and answer else answer


def risk_rows(kid: Kid) -> list[tuple[str, str]]:
    return [(RISK_LABELS[short], risk_answer(kid, short)) for short in kid.risk]


def risk_prose(kid: Kid) -> str:
    """The risks as sentences: the named ones, then what the rest are."""
    said = [words for state, words in kid.risk.values() if state != "none_known" and words]
    rest = {state for state, _ in kid.risk.values() if state in ("none_known", "not_stated")}
    states = {state for state, _ in kid.risk.values()}
    if states == {"none_known"}:
        return f"There are no known risks for {kid.known_as or kid.first}."
    if "not_stated" in rest:
        return " ".join(said)
    return " ".join([*said, "No other risks are known."])


def family(kid: Kid) -> str:
    if kid.family is None:
        return kid.family_words or "TBC"
    parts = [item.words for item in kid.family]
    if kid.family_words:
        parts.append(kid.family_words)
    if kid.no_contact_words:
        parts.append(kid.no_contact_words)
    return " ".join(parts) if parts else "None."


def history_rows(kid: Kid) -> list[tuple[str, str, str]]:
    return list(kid.history or ())


def history(kid: Kid) -> str:
    """Placement history in words (a count sentence, or the rows one per line)."""
    if kid.history_words:
        return kid.history_words
    if kid.history is None:
        return "To follow"
    if not kid.history:
        return "None - not previously looked after."
    return "\n".join(f"{start} - {end}: {where}" for start, end, where in kid.history)


def contact(person: Person) -> str:
    bits = [person.name, person.role]
    bits += [person.team] if person.team else []
    bits += [person.phone] if person.phone else []
    bits += [person.email] if person.email else []
    return ", ".join(bits)


def people(spec: Spec) -> list[Person]:
    return [spec.sw, *spec.others]


def contacts_grid(spec: Spec) -> tuple[list[str], list[list[str]]]:
    rows = [[p.role, p.name, p.phone or "-", p.email or "-"] for p in people(spec)]
    return ["Role", "Name", "Telephone", "Email"], rows


def history_grid(kid: Kid) -> tuple[list[str], list[list[str]]]:
    return ["From", "To", "Placement"], [list(row) for row in history_rows(kid)]


def kid_kv(kid: Kid, spec: Spec, labels: dict[str, str]) -> list[tuple[str, str]]:
    """A child's facts as label/value rows, with the layout's own labels."""
    rows = [
        (labels.get("name", "Name"), labels.get("name_fn", full_name)(kid)),
        (labels.get("known_as", "Known as"), known_as(kid)),
        (labels.get("dob", "Date of birth"), dob(kid, spec)),
        (labels.get("gender", "Gender"), kid.said_gender),
        (labels.get("ethnicity", "Ethnicity"), kid.ethnicity),
        (labels.get("legal", "Legal status"), legal(kid)),
        (labels.get("school", "School"), school(kid)),
        (labels.get("health", "Health"), health(kid)),
    ]
    if kid.ident and kid.ident != spec.ref:
        rows.insert(1, (labels.get("ident", spec.ref_label), kid.ident))
    return rows
