"""training_y's text and CSV layouts: a phone's notes app checklist, a legal attendance
note typed after a hearing, a CSV whose cells hold several lines each, and a form export
with a reviewer's comment column that corrects answers."""

# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io

from training_y_layouts import ORDER, born, contact, day, named, none_sentence, sex, stated
from training_y_model import Kid, Spec

NOTES_LABELS = {
    "sh": "SH",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "drugs/drink",
    "eat": "eating",
    "mis": "missing",
    "vio": "violence",
    "hsb": "HSB",
    "fire": "fire",
    "ani": "animals",
    "rec": "recruiting",
}
NOTES_STATES = {"present": "✔ now", "historical": "was", "suspected": "?? maybe"}


def _notes_kid(kid: Kid) -> list[str]:
    lines = [
        f"• {named(kid)} – {born(kid, 'short', '{age}yo')} – {sex(kid, ('girl', 'boy')) or 'sex?'}",
        f"   – legal: {kid.legal_words}",
        f"   – school: {kid.school_words}",
        f"   – FT: {kid.family_words}",
        f"   – prev: {kid.history_words}",
        f"   – health: {kid.health or '?'}",
        "   risks:",
    ]
    for s in ORDER:
        state, words = kid.risk[s]
        if state in NOTES_STATES:
            lines.append(
                f"     {NOTES_STATES[state]} {NOTES_LABELS[s]}" + (f" – {words}" if words else "")
            )
    nones = [NOTES_LABELS[s] for s in ORDER if kid.risk[s][0] == "none_known"]
    if nones:
        lines.append(f"     ✘ {', '.join(nones)}")
    return lines


def notes_app_checklist(spec: Spec) -> bytes:
    bits = spec.bits
    lines = [
        bits["note_title"],
        bits["stamp"],
        "",
        f"ref {spec.ref or '??'}",
        f"SW = {spec.worker.name} {contact(spec, ' ')}",
        f"want: {spec.request}",
        f"from: {spec.start_words}",
        "",
        *[f"{'☑' if done else '☐'} {task}" for done, task in bits["tasks"]],
        "",
    ]
    if spec.parent:
        lines += [f"mum: {spec.parent.name} – {spec.parent.words}", ""]
    for kid in spec.kids:
        lines += [*_notes_kid(kid), ""]
    lines.append(bits.get("close", ""))
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


ATTEND_LABELS = {
    "sh": "self-harm",
    "cse": "CSE",
    "cce": "exploitation by others for crime",
    "sub": "drugs or alcohol",
    "eat": "eating",
    "mis": "missing episodes",
    "vio": "aggression",
    "hsb": "sexual behaviour towards others",
    "fire": "fires",
    "ani": "animals",
    "rec": "drawing others into offending",
}


def attendance_note(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    lines = [
        "ATTENDANCE NOTE",
        f"Matter: {bits['matter']}",
        f"Fee earner: {bits['fee_earner']}",
        f"Hearing: {bits['hearing']}",
        f"Counsel: {bits['counsel']}",
        "",
        "1. Outcome of hearing",
        bits["outcome"],
        "",
        "2. Instructions from the social worker on placement",
        f"SW: {spec.worker.name} ({contact(spec, ', ')}). {bits['ref_label']} {spec.ref or 'not given'}.",
        f"Placement to be requested: {spec.request}. Start: {spec.start_words}",
    ]
    for kid in kids:
        lines += [
            "",
            f"{named(kid).upper()}",
            f"   DOB {born(kid, 'uk', 'not known – {age} years old')}; {sex(kid).lower() or 'gender not given'}; {kid.legal_words}.",
            f"   School: {kid.school_words}. Family time: {kid.family_words}",
            f"   Placements: {kid.history_words}. Health: {kid.health or ''}",
            "   Risk (LA evidence): "
            + " ".join(stated(kid))
            + (" " if stated(kid) else "")
            + none_sentence(kid, ATTEND_LABELS, bits["none_opener"]),
        ]
    lines += [
        "",
        "3. Post-hearing",
        f"Placement request sent to Placements on {day(spec.date, 'long') or '[date not noted]'}. {bits['post']}",
        "",
        f"Time engaged: {bits['time']}",
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


MULTI_LABELS = {
    "sh": "Self harm",
    "cse": "CSE",
    "cce": "CCE",
    "sub": "Drugs / alcohol",
    "eat": "Eating",
    "mis": "Missing",
    "vio": "Violence",
    "hsb": "HSB",
    "fire": "Fire",
    "ani": "Animals",
    "rec": "Recruiting others",
}
MULTI_STATES = {"present": "Y now", "historical": "Y before", "suspected": "?", "none_known": "N"}


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def multiline_cells_csv(spec: Spec) -> bytes:
    bits, kids = spec.bits, spec.kids
    rows = [
        ["Section", "Details"],
        [
            "Referral",
            f"Date: {day(spec.date, 'uk') or ''}\n{bits['ref_label']}: {spec.ref or ''}\n"
            f"Requested: {spec.request}\nStart: {spec.start_words}",
        ],
        [
            "Social worker",
            f"{spec.worker.name}\n{spec.worker.email}\n{spec.worker.phone or ''}".rstrip(),
        ],
        ["Logged by", bits["logged_by"]],
    ]
    for kid in kids:
        rows.append(
            [
                f"Child – {kid.first}",
                f"Name: {named(kid)}\nDOB: {born(kid, 'uk', '(age {age})')}\nSex: {sex(kid)}\n"
                f"Legal: {kid.legal_words}\nSchool: {kid.school_words}\nFamily time: {kid.family_words}\n"
                f"Placements: {kid.history_words}\nHealth: {kid.health or ''}",
            ]
        )
        risk_lines = []
        for s in ORDER:
            state, words = kid.risk[s]
            mark = MULTI_STATES.get(state, "")
            risk_lines.append(f"{MULTI_LABELS[s]} = {mark}" + (f" – {words}" if words else ""))
        rows.append([f"Risks – {kid.first}", "\n".join(risk_lines)])
    rows.append(["Notes", bits.get("close", "")])
    return _csv(rows)


COMMENT_LABELS = {
    "sh": "Q14 Self-harm",
    "cse": "Q15 CSE",
    "cce": "Q16 CCE",
    "sub": "Q17 Substances",
    "eat": "Q18 Eating",
    "mis": "Q19 Missing",
    "vio": "Q20 Violence",
    "hsb": "Q21 HSB",
    "fire": "Q22 Fire",
    "ani": "Q23 Animals",
    "rec": "Q24 Recruiting others",
}
COMMENT_STATES = {
    "present": "Yes - current",
    "historical": "Yes - historic",
    "suspected": "Suspected",
    "none_known": "No",
}


def comment_column_csv(spec: Spec) -> bytes:
    """Every question with its answer; where ``bits['was']`` holds a first answer, that is
    printed and the comment gives the corrected one (the comment wins)."""
    bits, kids = spec.bits, spec.kids
    answers: list[tuple[str, str]] = [
        ("Q1 Date of referral", day(spec.date, "uk")),
        (f"Q2 {bits['ref_label']}", spec.ref or ""),
        ("Q3 Social worker", spec.worker.name),
        ("Q4 SW email", spec.worker.email),
        ("Q5 SW phone", spec.worker.phone or ""),
        ("Q6 Placement type", spec.request),
        ("Q7 Start date", spec.start_words),
    ]
    for kid in kids:
        prefix = f"[{kid.first}] " if len(kids) > 1 else ""
        answers += [
            (f"{prefix}Q8 Child's name", named(kid)),
            (f"{prefix}Q9 DOB / age", born(kid, "uk", "{age}")),
            (f"{prefix}Q10 Gender", sex(kid)),
            (f"{prefix}Q11 Legal status", kid.legal_words),
            (f"{prefix}Q12 School", kid.school_words),
            (f"{prefix}Q12a Family time", kid.family_words),
            (f"{prefix}Q13 Previous placements", kid.history_words),
            (f"{prefix}Q13a Health", kid.health or ""),
        ]
        answers += [
            (
                f"{prefix}{COMMENT_LABELS[s]}",
                COMMENT_STATES.get(kid.risk[s][0], "")
                + (f": {kid.risk[s][1]}" if kid.risk[s][1] else ""),
            )
            for s in ORDER
        ]
    rows = [["Question", "Answer", "Reviewer comment"]]
    was = bits.get("was", {})
    for question, answer in answers:
        if question in was:
            rows.append(
                [
                    question,
                    was[question],
                    f"{bits['corrector']}: {bits['correction_word']} {answer}",
                ]
            )
        else:
            rows.append([question, answer, bits.get("comments", {}).get(question, "")])
    return _csv(rows)


TEXT = {
    "notes_app_checklist": notes_app_checklist,
    "attendance_note": attendance_note,
    "multiline_cells_csv": multiline_cells_csv,
    "comment_column_csv": comment_column_csv,
}
