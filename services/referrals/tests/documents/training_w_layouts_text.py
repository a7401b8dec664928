"""training_w's text layouts: typed-up sticky notes, an RTF export saved as text, a Slack
channel export, a case system's audit trail and a spreadsheet form saved as CSV."""

# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io

from training_w_layouts import ORDER, born, day, named, none_sentence, say, sex, stated
from training_w_model import Spec

STICKY_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/alc",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fires",
    "ani": "animals",
    "rec": "recruiting",
}


def sticky_notes_typed(spec: Spec) -> bytes:
    bits = spec.bits
    lines = [bits["heading"], ""]
    for index, note in enumerate(bits["notes"], 1):
        lines += [f"--- note {index} ({note[0]}) ---", *note[1:], ""]
    for kid in spec.kids:
        lines += [
            f"--- note for {kid.first} ---",
            f"{named(kid)}  {born(kid, 'dots', '{age}yo')}  {sex(kid, ('girl', 'boy'))}",
            f"status: {kid.legal_words}",
            f"school: {kid.school_words}",
            f"FT: {kid.family_words}",
            f"prev: {kid.history_words}",
            f"health: {kid.health or ''}",
        ]
        lines += [f"!! {words}" for words in stated(kid)]
        nones = none_sentence(kid, STICKY_LABELS, bits["none_opener"])
        lines += [nones, ""] if nones else [""]
    lines += [
        f"SW = {spec.worker.name}  {spec.worker.phone or ''}  {spec.worker.email}",
        f"{bits['ref_label']} {spec.ref or ''}",
        f"wants: {spec.request} / from {spec.start_words}",
        bits.get("footer", ""),
    ]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


RTF_LABELS = {
    "sh": "Self harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "sub": "Alcohol / substances",
    "eat": "Eating disorder",
    "mis": "Missing from care",
    "vio": "Physical harm to others",
    "hsb": "Sexual harm to others",
    "fire": "Fire setting",
    "ani": "Harm to animals",
    "rec": "Criminal exploitation of others",
}
RTF_STATES = {
    "present": "Yes (current)",
    "historical": "Historic",
    "suspected": "Suspected",
    "none_known": "Not at this time",
}


def rtf_export(spec: Spec) -> bytes:
    bits = spec.bits
    par = "\\par\n"
    out = [
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}",
        "{\\info{\\title Placement Referral}{\\author " + bits["exported_by"] + "}}",
        "\\f0\\fs20 {\\b " + bits["title"] + "}" + par,
        bits["la_words"] + par,
        "Date of referral: " + day(spec.date, "long") + par,
        bits["ref_label"] + ": " + (spec.ref or "") + par,
        "Exported from case system by "
        + bits["exported_by"]
        + " on "
        + day(bits["exported"], "uk")
        + par,
        par,
        "{\\b Social worker}\\tab " + spec.worker.name + par,
        "{\\b Email}\\tab " + spec.worker.email + par,
        "{\\b Phone}\\tab " + (spec.worker.phone or "") + par,
        "{\\b Placement type}\\tab " + spec.request + par,
        "{\\b Date required}\\tab " + spec.start_words + par,
    ]
    for kid in spec.kids:
        out += [
            par,
            "{\\b\\ul Child: " + named(kid) + "}" + par,
            "DOB\\tab " + born(kid, "uk", "not known (age {age})") + par,
            "Gender\\tab " + sex(kid) + par,
            "Legal status\\tab " + kid.legal_words + par,
            "School\\tab " + kid.school_words + par,
            "Family time\\tab " + kid.family_words + par,
            "Placement history\\tab " + kid.history_words + par,
            "Health\\tab " + (kid.health or "") + par,
            "{\\b Risk assessment}" + par,
        ]
        for short in ORDER:
            out.append(RTF_LABELS[short] + "\\tab " + say(kid, short, RTF_STATES, " - ") + par)
    out.append("}")
    return ("\n".join(out) + "\n").encode("utf-8")


def _slack_child(kid, none_opener: str) -> str:
    lines = [
        f"*{kid.name}* – {born(kid, 'uk', '{age}')} – {sex(kid, ('girl', 'boy'))}",
        f"legal: {kid.legal_words}",
        f"school: {kid.school_words}",
        f"family time: {kid.family_words}",
        f"placements: {kid.history_words}",
        f"health: {kid.health or ''}",
        *[f"• {words}" for words in stated(kid)],
        none_sentence(kid, STICKY_LABELS, none_opener),
    ]
    return "\n".join(line for line in lines if line)


def slack_export(spec: Spec) -> bytes:
    """Hand-written messages around the worker's own messages about each child."""
    bits = spec.bits
    messages = list(bits["before"])
    for index, kid in enumerate(spec.kids):
        when = bits["child_times"][index]
        messages.append((when, bits["worker_handle"], _slack_child(kid, bits["none_opener"])))
    messages += bits["after"]
    lines = [f"#{bits['channel']}", f"Exported {bits['exported']}", ""]
    for when, who, text in messages:
        lines.append(f"[{when}] {who}")
        lines += [f"    {line}" for line in text.split("\n")]
        lines.append("")
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


AUDIT_STATES = {
    "present": "Current",
    "historical": "Historic",
    "suspected": "Suspected",
    "none_known": "None known",
}


def audit_trail_csv(spec: Spec) -> bytes:
    """A case system's field audit trail: each field as it was set; ``bits["changes"]``
    are later rows that override earlier ones (the truth is the last value)."""
    bits = spec.bits
    stamp, user, record = bits["stamp"], bits["user"], bits["record"]
    values = [
        ("Referral date", day(spec.date, "uk")),
        (bits["ref_label"], spec.ref or ""),
        ("Allocated worker", spec.worker.name),
        ("Worker email", spec.worker.email),
        ("Worker phone", spec.worker.phone or ""),
        ("Placement type", spec.request),
        ("Required from", spec.start_words),
    ]
    for index, kid in enumerate(spec.kids, 1):
        tag = f"Child {index} "
        values += [
            (tag + "name", kid.name),
            (tag + "DOB", born(kid, "uk", "")),
            (tag + "age", "" if kid.dob else str(kid.age)),
            (tag + "gender", sex(kid)),
            (tag + "legal status", kid.legal_words),
            (tag + "school", kid.school_words),
            (tag + "family time", kid.family_words),
            (tag + "placement history", kid.history_words),
            (tag + "health", kid.health or ""),
        ]
        for short in ORDER:
            state, words = kid.risk[short]
            text = AUDIT_STATES.get(state, "")
            values.append(
                (tag + "risk: " + STICKY_LABELS[short], f"{text}: {words}" if words else text)
            )
    rows = [["Timestamp", "User", "Record", "Field", "Old value", "New value"]]
    overridden = {name: old for name, old, *_ in bits.get("changes", [])}
    for second, (name, value) in enumerate(values):
        first = overridden.get(name, value)
        rows.append([f"{stamp}:{second % 60:02d}", user, record, name, "", first])
    final = dict(values)
    for name, old, when, who in bits.get("changes", []):
        rows.append([when, who, record, name, old, final[name]])
    rows += [list(row) for row in bits.get("noise", [])]
    return _csv(rows)


SHEET_LABELS = {
    "sh": "Self-harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Substances",
    "eat": "Eating",
    "mis": "Missing",
    "vio": "Violence",
    "hsb": "HSB",
    "fire": "Fire-setting",
    "ani": "Animals",
    "rec": "Exploiting others",
}
SHEET_STATES = {
    "present": "Y (current)",
    "historical": "Y (historic)",
    "suspected": "Suspected",
    "none_known": "N",
}


def sheet_form_csv(spec: Spec) -> bytes:
    bits = spec.bits
    rows = [
        [bits["title"], "", "", ""],
        ["", "", "", ""],
        ["Date", "", day(spec.date, "iso"), ""],
        [bits["ref_label"], "", spec.ref or "", ""],
        ["Authority", "", bits["la_words"], ""],
        ["Worker", "", spec.worker.name, spec.worker.phone or ""],
        ["Worker email", "", spec.worker.email, ""],
        ["Requested", "", spec.request, ""],
        ["Needed", "", spec.start_words, ""],
        ["", "", "", ""],
    ]
    for index, kid in enumerate(spec.kids, 1):
        rows += [
            [f"CHILD {index}", "", "", ""],
            ["Name", "", named(kid), ""],
            ["DOB", "", born(kid, "iso", "{age} yrs"), ""],
            ["Sex", "", sex(kid), ""],
            ["Legal", "", kid.legal_words, ""],
            ["School", "", kid.school_words, ""],
            ["Contact", "", kid.family_words, ""],
            ["Moves", "", kid.history_words, ""],
            ["Health", "", kid.health or "", ""],
            ["RISK", "", "Rating", "Notes"],
        ]
        for short in ORDER:
            state, words = kid.risk[short]
            rows.append([SHEET_LABELS[short], "", SHEET_STATES.get(state, ""), words])
        rows.append(["", "", "", ""])
    rows.append([bits.get("footer", ""), "", "", ""])
    return _csv(rows)


TEXT = {
    "sticky_notes_typed": sticky_notes_typed,
    "rtf_export": rtf_export,
    "slack_export": slack_export,
    "audit_trail_csv": audit_trail_csv,
    "sheet_form_csv": sheet_form_csv,
}
