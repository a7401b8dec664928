"""The label/value rows of training_j's form layouts, keyed so a layout can relabel,
reorder or mark any row (a tracked change, a corrected value)."""

from __future__ import annotations

from training_j_model import LABELS, RISKS, Kid, Spec
from training_j_words import SETTING_WORDS, dob_text, family_text, history_text, risk_answer

__all__ = [
    "DURATION_WORDS",
    "RISK_LABELS_LCS",
    "RISK_LABELS_NOTICE",
    "RISK_QUESTIONS",
    "URGENCY_WORDS",
    "form_sections",
    "gender_text",
]

# Each system names the eleven risks its own way (keys as ``form_sections`` labels take).
RISK_LABELS_LCS = {
    "risk.sh": "Risk of self-harm",
    "risk.cse": "Risk of sexual exploitation (CSE)",
    "risk.cce": "Risk of criminal exploitation (CCE)",
    "risk.drugs": "Substance misuse",
    "risk.eat": "Disordered eating",
    "risk.miss": "Missing episodes",
    "risk.hurt": "Physical aggression",
    "risk.hsb": "Harmful sexual behaviour (HSB)",
    "risk.fire": "Fire setting",
    "risk.animals": "Harm to animals",
    "risk.recruit": "Exploiting / recruiting others",
}
RISK_LABELS_NOTICE = {
    "risk.sh": "Self harm",
    "risk.cse": "CSE",
    "risk.cce": "CCE / county lines",
    "risk.drugs": "Drugs and alcohol",
    "risk.eat": "Eating",
    "risk.miss": "Going missing",
    "risk.hurt": "Violence to others",
    "risk.hsb": "Sexually harmful behaviour",
    "risk.fire": "Arson",
    "risk.animals": "Animal cruelty",
    "risk.recruit": "Criminal exploitation of others",
}
RISK_QUESTIONS = {
    "risk.sh": "Does the child self-harm?",
    "risk.cse": "Is the child at risk of sexual exploitation?",
    "risk.cce": "Is the child at risk of criminal exploitation?",
    "risk.drugs": "Does the child use drugs or alcohol?",
    "risk.eat": "Any eating disorder?",
    "risk.miss": "Does the child go missing?",
    "risk.hurt": "Is the child violent or aggressive to others?",
    "risk.hsb": "Any harmful sexual behaviour?",
    "risk.fire": "Any fire setting?",
    "risk.animals": "Has the child harmed animals?",
    "risk.recruit": "Does the child draw others into offending?",
}

URGENCY_WORDS = {"emergency": "Emergency", "planned": "Planned", None: ""}
DURATION_WORDS = {
    "respite": "Respite / short break",
    "short_term": "Short term",
    "long_term": "Long term",
    "permanence": "Permanence",
    None: "",
}
GENDER_WORDS = {"male": "Male", "female": "Female", None: ""}


def gender_text(kid: Kid) -> str:
    return kid.gender_words or GENDER_WORDS[kid.gender]


def _child_rows(kid: Kid, index: int, labels: dict, risk_style: str) -> list[tuple[str, str, str]]:
    name = labels.get("name")
    rows: list[tuple[str, str, str]] = []
    if name:
        rows.append((f"c{index}.name", name, f"{kid.first} {kid.last}"))
    else:
        rows.append((f"c{index}.first", labels.get("first", "Forename"), kid.first))
        rows.append((f"c{index}.last", labels.get("last", "Surname"), kid.last))
    if kid.known_as:
        rows.append((f"c{index}.known_as", labels.get("known_as", "Known as"), kid.known_as))
    rows += [
        (f"c{index}.dob", labels.get("dob", "Date of birth"), dob_text(kid)),
        (f"c{index}.gender", labels.get("gender", "Gender"), gender_text(kid)),
        (f"c{index}.legal", labels.get("legal", "Legal status"), kid.legal_words),
        (f"c{index}.school", labels.get("school", "School / education"), kid.school_words),
        (f"c{index}.health", labels.get("health", "Health"), kid.health or ""),
    ]
    rows += [(f"c{index}.more{n}", label, value) for n, (label, value) in enumerate(kid.more)]
    rows += [
        (f"c{index}.family", labels.get("family", "Family time"), family_text(kid)),
        (f"c{index}.history", labels.get("history", "Placement history"), history_text(kid)),
    ]
    for short in RISKS:
        rows.append(
            (
                f"c{index}.risk.{short}",
                labels.get(f"risk.{short}", LABELS[short]),
                risk_answer(kid, short, risk_style),
            )
        )
    return rows


def form_sections(spec: Spec, labels: dict | None = None, risk_style: str = "yes_past"):
    """[(heading, [(key, label, value), ...]), ...] for the referral ``spec`` describes."""
    labels = labels or {}
    worker = spec.worker
    referral = [
        ("ref", labels.get("ref", "Case number"), spec.ref or ""),
        ("date", labels.get("date", "Date of request"), spec.date_words),
        ("worker", labels.get("worker", "Social worker"), worker.name),
        ("email", labels.get("email", "Email"), worker.email),
        ("phone", labels.get("phone", "Telephone"), worker.phone),
    ]
    if spec.x.get("team"):
        referral.insert(3, ("team", labels.get("team", "Team"), spec.x["team"]))
    placement = [
        (
            "setting",
            labels.get("setting", "Type of placement"),
            spec.x.get("setting_words", SETTING_WORDS[spec.setting]),
        ),
        (
            "urgency",
            labels.get("urgency", "Urgency"),
            spec.x.get("urgency_words", URGENCY_WORDS[spec.urgency]),
        ),
        (
            "duration",
            labels.get("duration", "Duration"),
            spec.x.get("duration_words", DURATION_WORDS[spec.duration]),
        ),
        ("start", labels.get("start", "Date needed"), spec.start_words),
    ]
    sections = [
        (labels.get("h.referral", "Referral"), referral),
        (labels.get("h.placement", "Placement required"), placement),
    ]
    for index, kid in enumerate(spec.kids):
        heading = labels.get("h.child", "Child")
        if len(spec.kids) > 1:
            heading = f"{heading} {index + 1}"
        sections.append((heading, _child_rows(kid, index, labels, risk_style)))
    return sections
