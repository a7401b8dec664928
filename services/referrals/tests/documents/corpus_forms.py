"""From a fictional referral's truth to the rows a form would show, and the expected answer."""

from __future__ import annotations

import random
from datetime import date

from corpus_truth import DURATIONS, FREQ_WORDS, RISKS, Child, Truth, risk_sentence

LABELS = {
    "A": {
        "la": ["Local authority", "Placing authority", "Responsible LA"],
        "ref": ["Mosaic ID", "LA reference", "LCS number", "Child ID"],
        "date": ["Date of referral", "Referral date", "Date referred"],
        "name": ["Child's name", "Name of young person", "Full name"],
        "dob": ["Date of birth", "DOB", "D.O.B."],
        "age": ["Age"],
        "gender": ["Gender", "Sex"],
        "legal": ["Legal status", "Legal order"],
        "setting": ["Placement type", "Type of placement sought", "Placement required"],
        "urgency": ["Urgency", "Emergency or planned"],
        "duration": ["Duration", "Length of placement"],
        "start": ["Start date", "Date placement needed", "Required from"],
        "school": ["School", "Current school"],
        "health": ["Health needs", "Medical / health"],
        "family": ["Family time", "Contact arrangements"],
        "history": ["Placement history", "Previous placements"],
        "sw": ["Social worker", "Allocated social worker"],
        "email": ["Social worker email", "Email"],
        "phone": ["Social worker telephone", "Telephone", "Mobile"],
    },
    "B": {
        "la": ["Referring authority", "Council"],
        "ref": ["Case number", "Person ID"],
        "date": ["Date of request", "Request date"],
        "name": ["Young person's name", "Name"],
        "dob": ["Birth date", "Born"],
        "age": ["Current age"],
        "gender": ["Gender"],
        "legal": ["Legal basis", "Legal status"],
        "setting": ["Provision required", "Resource type"],
        "urgency": ["Priority", "Timescale"],
        "duration": ["Term", "How long"],
        "start": ["Needed from", "Move date"],
        "school": ["Education setting", "School attended"],
        "health": ["Medical", "Diagnoses"],
        "family": ["Family contact", "Contact plan"],
        "history": ["Number of placements"],
        "sw": ["Allocated worker", "Referrer"],
        "email": ["E-mail", "Worker email"],
        "phone": ["Contact number", "Tel"],
    },
}
DATE_STYLES = [
    "{d:02d}/{m:02d}/{y}",
    "{d}{suffix} {month} {y}",
    "{d}.{m}.{yy:02d}",
    "{d:02d}-{m:02d}-{y}",
    "{d} {mon} {y}",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(rng: random.Random, value: date) -> str:
    suffix = (
        "th" if 11 <= value.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(value.day % 10, "th")
    )
    return rng.choice(DATE_STYLES).format(
        d=value.day,
        m=value.month,
        y=value.year,
        yy=value.year % 100,
        suffix=suffix,
        month=MONTHS[value.month - 1],
        mon=MONTHS[value.month - 1][:3],
    )


class Form:
    """A referral laid out as Parts of (label, value) rows, plus risks and history."""

    def __init__(self, truth: Truth, rng: random.Random) -> None:
        self.truth, self.rng = truth, rng
        self.labels = {
            key: rng.choice(options) for key, options in LABELS[truth.phrasebook].items()
        }
        self.date_style = rng.randrange(len(DATE_STYLES))

    def d(self, value: date) -> str:
        return fmt_date(random.Random(self.date_style * 7919 + value.toordinal()), value)

    def referral_rows(self) -> list[tuple[str, str]]:
        t, labels = self.truth, self.labels
        urgency = "Emergency / Planned" if t.urgency_left_open else t.urgency.capitalize()
        rows = [
            (labels["la"], t.la_words),
            (labels["ref"], t.la_reference),
            (labels["date"], self.d(t.referral_date)),
            (labels["setting"], t.setting_words),
            (labels["urgency"], urgency),
            (labels["duration"], self.rng.choice(DURATIONS[t.duration])),
        ]
        if t.start_date:
            rows.append((labels["start"], self.d(t.start_date)))
        return rows

    def worker_rows(self) -> list[tuple[str, str]]:
        t, labels = self.truth, self.labels
        return [
            (labels["sw"], t.worker),
            (labels["email"], t.worker_email),
            (labels["phone"], t.worker_phone),
        ]

    def child_rows(self, child: Child) -> list[tuple[str, str]]:
        t, labels = self.truth, self.labels
        dob = "Click here to enter text." if t.placeholder_dob else self.d(child.date_of_birth)
        rows = [(labels["name"], f"{child.first_name} {child.last_name}"), (labels["dob"], dob)]
        if t.stated_age_error:
            rows.append((labels["age"], f"{t.age(child) + t.stated_age_error} years"))
        rows += [
            (labels["gender"], child.gender.capitalize()),
            (labels["legal"], child.legal_words),
        ]
        if child.school:
            rows.append((labels["school"], child.school))
        if child.health:
            rows.append((labels["health"], child.health))
        if child.family_time is not None:
            rows.append((labels["family"], self.family_text(child)))
        return rows

    def family_text(self, child: Child) -> str:
        parts = [
            f"{'Supervised' if sup else 'Unsupervised'} family time with {who} {FREQ_WORDS[freq]}"
            for who, freq, sup in child.family_time or []
        ]
        return "; ".join(parts)

    def risk_lines(self, child: Child) -> list[tuple[tuple[str, str], str]]:
        return [
            (key, risk_sentence(self.rng, self.truth.phrasebook, key, state, child))
            for key, state in child.risks.items()
            if state != "not_stated"
        ]

    def history_rows(self, child: Child) -> list[list[str]]:
        return [
            [kind, self.d(start), self.d(end), reason]
            for kind, start, end, reason in child.history or []
        ]


def expected(truth: Truth, *, brief: bool = False) -> dict:
    """The expected reading of a document rendered from ``truth``.

    ``brief`` is a short email: no reference, DOB, school, history, family time or duration.
    """
    t = truth
    children = []
    unclear = []
    for index, child in enumerate(t.children):
        contradiction = bool(t.stated_age_error) or t.placeholder_dob
        entry = {
            "first_name": child.first_name,
            "last_name": None if brief else child.last_name,
            "date_of_birth": None if (brief or contradiction) else child.date_of_birth.isoformat(),
            "age_years": t.age(child) if brief else None,
            "gender": child.gender,
            "legal_status": child.legal_status,
            "school": None if brief else child.school,
            "family_time_count": None
            if brief or child.family_time is None
            else len(child.family_time),
            "placement_history_count": None
            if brief or child.history is None
            else len(child.history),
            "risks": {f"{g}/{n}": s for (g, n), s in child.risks.items()},
            "health": not brief and child.health is not None,
        }
        children.append(entry)
        if t.stated_age_error:
            unclear += [f"/children/{index}/date_of_birth", f"/children/{index}/age_years"]
        if t.placeholder_dob:
            unclear.append(f"/children/{index}/date_of_birth")
    if t.urgency_left_open:
        unclear.append("/placement/urgency")
    days = (t.start_date - t.referral_date).days if t.start_date else None
    result = {
        "la_code": t.la_code,
        "la_reference": None if brief else t.la_reference,
        "referral_date": t.referral_date.isoformat(),
        "social_worker": {"name": t.worker, "email": t.worker_email, "phone": t.worker_phone},
        "placement": {
            "setting": t.setting,
            "urgency": None if t.urgency_left_open else t.urgency,
            "duration": None if brief else t.duration,
            "start_date": None if (brief or not t.start_date) else t.start_date.isoformat(),
            "needed_by": None
            if (brief or days is None)
            else ("today" if days <= 0 else "within_5_days" if days <= 5 else "later"),
        },
        "children": children,
        "unclear": unclear,
    }
    result["missing"] = expected_missing(result)
    return result


def expected_missing(result: dict) -> list[str]:
    """What the officer must ask the LA, written out from what the document leaves out."""
    missing = []
    for pointer, value in (
        ("/la_reference", result["la_reference"]),
        ("/placement/urgency", result["placement"]["urgency"]),
        ("/placement/duration", result["placement"]["duration"]),
        ("/placement/start_date", result["placement"]["start_date"]),
    ):
        if value is None:
            missing.append(pointer)
    for index, child in enumerate(result["children"]):
        base = f"/children/{index}"
        for key in ("legal_status", "gender", "date_of_birth", "school"):
            if child[key] is None:
                missing.append(f"{base}/{key}")
        if child["family_time_count"] is None:
            missing.append(f"{base}/family_time")
        if child["placement_history_count"] is None:
            missing.append(f"{base}/placement_history")
        if not child["health"]:
            missing.append(f"{base}/health_needs")
        states = child["risks"]
        if all(state == "not_stated" for state in states.values()):
            missing.append(f"{base}/risks")
        else:
            missing += [
                f"{base}/risks/{key}" for key, state in states.items() if state == "not_stated"
            ]
    return missing


__all__ = ["RISKS", "Form", "expected", "expected_missing", "fmt_date"]
