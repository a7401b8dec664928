"""Wording shared by training_j's layouts: risk answers, family time, history, dates."""

from __future__ import annotations

import textwrap

from training_j_model import LABELS, RISKS, Kid

__all__ = [
    "SETTING_WORDS",
    "dob_text",
    "family_text",
    "history_text",
    "leader",
    "risk_answer",
    "risk_prose",
    "wrap",
]

SETTING_WORDS = {
    "fostering": "Foster placement",
    "residential": "Residential children's home",
    "parent_and_child": "Parent and child placement",
    "secure": "Secure children's home",
    "supported_accommodation": "Supported accommodation (16+)",
}

# How each form style answers a risk row: (present, historical, suspected, none known).
ANSWERS = {
    "yes_past": ("Yes - {w}", "Past - {w}", "Suspected - {w}", "No"),
    "current": ("Current: {w}", "Historical: {w}", "Suspected: {w}", "None known"),
    "ynk": ("Y  {w}", "H  {w}", "S  {w}", "N"),
    "words": ("Yes, {w}", "In the past: {w}", "Not confirmed but suspected - {w}", "No concerns"),
}


def risk_answer(kid: Kid, short: str, style: str) -> str:
    state, words = kid.risk[short]
    if state == "not_stated":
        return ""
    present, past, suspected, none = ANSWERS[style]
    template = {"present": present, "historical": past, "suspected": suspected}.get(state, none)
    if state in ("present", "suspected") and not words:
        return template.split(" ")[0].rstrip(":,-")
    return template.format(w=words)


def risk_prose(kid: Kid, name: str, style: str = "a") -> str:
    """Risks in sentences: the stated ones, then the none-known ones, in one of three styles.

    a: "Label: words." then "No known concerns about: ...";
    b: "Label - yes / in the past / suspected: words." then "No other risks are known.";
    d: "Current risk - label: words." then "{name} has no history of ...".
    """
    sentences = []
    none_known = []
    stated_all = all(state != "not_stated" for state, _ in kid.risk.values())
    for short in RISKS:
        state, words = kid.risk[short]
        label = LABELS[short]
        if state == "none_known":
            none_known.append(label.lower())
            continue
        if state == "not_stated":
            continue
        if style == "b":
            cue = {"present": "yes", "historical": "in the past", "suspected": "suspected"}[state]
            sentences.append(f"{label} - {cue}: {words}." if words else f"{label} - {cue}.")
        elif style == "d":
            cue = {
                "present": "Current risk",
                "historical": "Past risk",
                "suspected": "Suspected (not confirmed)",
            }[state]
            sentences.append(
                f"{cue} - {label.lower()}: {words}." if words else f"{cue} - {label.lower()}."
            )
        elif state == "present":
            sentences.append(f"{label}: {words}." if words else f"{label}: yes.")
        elif state == "historical":
            sentences.append(f"{label} (historical): {words}.")
        else:
            sentences.append(
                f"There are concerns about {label.lower()}: {words}."
                if words
                else f"{label} is suspected."
            )
    if none_known and len(none_known) == len(RISKS):
        sentences.append(f"There are no known risks for {name}.")
    elif none_known and style == "b" and stated_all:
        sentences.append("No other risks are known.")
    elif none_known and style == "d":
        sentences.append(
            f"{name} has no history of {', '.join(none_known[:-1])} or {none_known[-1]}."
            if len(none_known) > 1
            else f"{name} has no history of {none_known[0]}."
        )
    elif none_known:
        sentences.append(f"No known concerns about: {', '.join(none_known)}.")
    return " ".join(sentences)


def family_text(kid: Kid) -> str:
    parts = [f.words for f in kid.family or ()]
    if kid.family_words:
        parts.append(kid.family_words)
    if kid.no_contact_words:
        parts.append(kid.no_contact_words)
    return ". ".join(p.rstrip(".") for p in parts) + "." if parts else ""


def history_text(kid: Kid) -> str:
    if kid.history_words:
        return kid.history_words
    return "; ".join(kid.history or ())


def dob_text(kid: Kid) -> str:
    return kid.dob_words or (f"not known - age {kid.age}" if kid.age else "not known")


def wrap(text: str, width: int = 72, indent: int = 0) -> list[str]:
    return textwrap.wrap(
        text, width=width - indent, break_on_hyphens=False, break_long_words=False
    ) or [""]


def leader(label: str, value: str, width: int = 72, column: int = 34) -> list[str]:
    """A dotted-leader line ("Name ........ : value") wrapped at ``width``."""
    head = f"{label} " + "." * max(column - len(label) - 1, 2) + " : "
    lines = wrap(value, width - len(head)) if value else [""]
    out = [head + lines[0]]
    out += [" " * len(head) + line for line in lines[1:]]
    return [line.rstrip() for line in out]
