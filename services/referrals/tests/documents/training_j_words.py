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


def risk_prose(kid: Kid, name: str) -> str:
    """Risks in sentences: the stated ones, then the none-known ones named together."""
    sentences = []
    none_known = []
    for short in RISKS:
        state, words = kid.risk[short]
        label = LABELS[short].lower()
        if state == "present":
            sentences.append(f"{LABELS[short]}: {words}." if words else f"{LABELS[short]}: yes.")
        elif state == "historical":
            sentences.append(f"{LABELS[short]} (historical): {words}.")
        elif state == "suspected":
            sentences.append(f"There are concerns about {label}: {words}." if words
                             else f"{LABELS[short]} is suspected.")
        elif state == "none_known":
            none_known.append(label)
    if none_known and len(none_known) == len(RISKS):
        sentences.append(f"There are no known risks for {name}.")
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
    return textwrap.wrap(text, width=width - indent, break_on_hyphens=False, break_long_words=False) or [""]


def leader(label: str, value: str, width: int = 72, column: int = 34) -> list[str]:
    """A dotted-leader line ("Name ........ : value") wrapped at ``width``."""
    head = f"{label} " + "." * max(column - len(label) - 1, 2) + " : "
    lines = wrap(value, width - len(head)) if value else [""]
    out = [head + lines[0]]
    out += [" " * len(head) + line for line in lines[1:]]
    return [line.rstrip() for line in out]
