"""The words every layout shares: a child's values as an LA form would write them."""

from __future__ import annotations

from training_i_model import RISK_LABELS, RISKS, STATE_WORDS, Kid, Spec, when


def dob(kid: Kid, style: str) -> str:
    if kid.dob:
        return when(kid.dob, style)
    return f"Not known - approx. {kid.age} years old"


def school(kid: Kid) -> str:
    return kid.school_words or kid.school or "TBC"


def health(kid: Kid) -> str:
    return kid.health or "To follow from the health team"


def family(kid: Kid) -> str:
    """Family time in one paragraph: the arrangements, then whom the child must not see."""
    if kid.family is None:
        said = [kid.family_words or "To be confirmed."] + [why for _, why in kid.no_contact]
        return " ".join(said)
    parts = [item.words for item in kid.family]
    if not kid.family and kid.family_words:
        parts.append(kid.family_words)
    parts += [why for _, why in kid.no_contact]
    return " ".join(parts) if parts else "None at present."


def history(kid: Kid) -> str:
    """The placement history in words (the rows read out, or the document's own words)."""
    if kid.history_words:
        return kid.history_words
    if kid.history is None:
        return "To follow"
    if not kid.history:
        return "Not previously looked after."
    return "; ".join(f"{place} ({dates}) - {why}" for place, dates, why in kid.history) + "."


def history_rows(kid: Kid) -> list[list[str]]:
    return [list(row) for row in kid.history or ()]


def risk_answer(kid: Kid, short: str) -> str:
    """A risk row's answer: Yes / Past / Suspected / No, with the words; blank if not stated."""
    state, words = kid.risk[short]
    answer = STATE_WORDS[state]
    return f"{answer} - {words}" if words and state != "none_known" else answer


def risk_rows(kid: Kid) -> list[list[str]]:
    return [[RISK_LABELS[s], risk_answer(kid, s)] for s in RISKS]


def ticks(
    kid: Kid, short: str, options=("present", "historical", "suspected", "none_known")
) -> str:
    state = kid.state(short)
    names = {
        "present": "Current",
        "historical": "Past",
        "suspected": "Suspected",
        "none_known": "None known",
    }
    return "  ".join(f"{'☒' if state == o else '☐'} {names[o]}" for o in options)


def worker_line(spec: Spec) -> str:
    w = spec.worker
    return ", ".join(x for x in (w.name, w.email, w.phone) if x)


def others_rows(spec: Spec) -> list[list[str]]:
    return [[o.role, o.name, o.email or "", o.phone or ""] for o in spec.others]


def referral_date(spec: Spec, style: str) -> str:
    return when(spec.date, style) if spec.date else ""


def start(spec: Spec) -> str:
    return spec.start_words or "TBC"
