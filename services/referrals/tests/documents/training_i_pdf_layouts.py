"""training_i's text-PDF layouts: a secure welfare application summary, a resource panel
minutes extract, a two-column request summary and a per-child sibling grid."""

from __future__ import annotations

from training_i_model import RISK_LABELS, RISKS, Spec, risk_sentences
from training_i_words import (
    dob,
    family,
    health,
    history,
    history_rows,
    others_rows,
    referral_date,
    risk_answer,
    school,
    start,
    ticks,
)
from training_i_write import SPACE, grid, p, pdf, pdf_two_columns


def s25_summary(spec: Spec) -> bytes:
    """A section 25 secure welfare application summary: four-column label/value rows."""
    kid = spec.kids[0]
    story = [
        p(f"{spec.la_name}", "h2"),
        p(
            "SECURE WELFARE APPLICATION (s25 Children Act 1989) - SUMMARY FOR PLACEMENT SEARCH",
            "title",
        ),
        SPACE,
        grid(
            [
                ["Child", kid.name, spec.ref_label, spec.ref or ""],
                ["Date of birth", dob(kid, "slash"), "Gender", kid.sex()],
                [
                    "Legal status",
                    kid.legal_words,
                    "Date of this summary",
                    referral_date(spec, "long"),
                ],
                [
                    "Social worker",
                    f"{spec.worker.name} {spec.worker.email}",
                    "SW telephone",
                    spec.worker.phone or "",
                ],
                [
                    "Education",
                    school(kid),
                    "Request",
                    f"{spec.setting_words}; {spec.urgency_words}",
                ],
                ["Length", spec.duration_words, "Bed needed from", start(spec)],
            ],
            [30, 58, 32, 54],
        ),
        SPACE,
        p("Section 25 criteria", "h2"),
        p(spec.notes.get("criteria", "")),
        p("Risk summary", "h2"),
        grid(
            [["Risk", "Current / past / suspected / none"]]
            + [[RISK_LABELS[s], risk_answer(kid, s)] for s in RISKS],
            [55, 119],
            head=True,
        ),
        p("Health", "h2"),
        p(health(kid)),
        p("Family time", "h2"),
        p(family(kid)),
        p("Placement history", "h2"),
    ]
    rows = history_rows(kid)
    story.append(
        grid([["Placement", "Dates", "Ending"], *rows], [70, 45, 59], head=True)
        if rows
        else p(history(kid))
    )
    story += [
        p("Professionals", "h2"),
        grid([["Role", "Name", "Email", "Phone"], *others_rows(spec)], [40, 40, 58, 36], head=True),
    ]
    return pdf(story, "Secure welfare summary", spec.worker.name)


def panel_extract(spec: Spec) -> bytes:
    """An extract from resource panel minutes: the decision, the facts, an action log."""
    kid = spec.kids[-1]
    story = [
        p(spec.la_name, "h2"),
        p("Placement Resources Panel - extract from the minutes", "title"),
        p(spec.notes.get("panel", "")),
        p(
            f"Extract prepared for the provider on {referral_date(spec, 'weekday')}"
            if spec.date
            else ""
        ),
        SPACE,
        p(
            f"Item {spec.notes.get('item', '4')}: {kid.name} ({spec.ref_label} {spec.ref or ''})",
            "h2",
        ),
        p(
            f"Presented by {spec.worker.name}, allocated social worker ({spec.worker.email}, {spec.worker.phone or 'no phone given'})."
        ),
    ]
    if spec.parent:
        story += [p("The parent", "h2"), p(spec.parent)]
    story += [
        grid(
            [
                ["Name", kid.name, "DOB", dob(kid, "short")],
                ["Gender", kid.sex(), "Legal status", kid.legal_words],
                ["School", school(kid), "Health", health(kid)],
            ],
            [25, 62, 25, 62],
        ),
        p("Discussion", "h2"),
        p(spec.notes.get("discussion", "")),
        p(" ".join(risk_sentences(kid))),
        p(f"Family time: {family(kid)}"),
        p(f"Placements to date: {history(kid)}"),
        p("Decision", "h2"),
        p(
            f"Panel agreed: {spec.setting_words}, {spec.duration_words}. {spec.urgency_words} Start: {start(spec)}."
        ),
        p("Actions", "h2"),
        grid([["Action", "Owner", "By"], *spec.notes.get("actions", [])], [100, 40, 34], head=True),
        p("Attendees", "h2"),
        grid([["Role", "Name", "Email", "Phone"], *others_rows(spec)], [40, 40, 58, 36], head=True),
    ]
    return pdf(story, "Panel extract", spec.others[0].name if spec.others else spec.worker.name)


def two_column(spec: Spec) -> bytes:
    """A request summary printed in two newspaper columns."""
    kid = spec.kids[0]
    head = [
        p(f"{spec.la_name} | Children's Placements", "h2"),
        p("Placement Request Summary", "title"),
        p(
            f"{spec.ref_label}: {spec.ref or ''}    Date: {referral_date(spec, 'abbr') or 'not dated'}"
        ),
    ]
    left = [
        p("The child", "h2"),
        p(f"Name: {kid.name}"),
        p(f"Known as: {kid.known_as}") if kid.known_as else SPACE,
        p(f"Date of birth: {dob(kid, 'abbr')}"),
        p(f"Gender: {kid.sex()}"),
        p(f"Ethnicity/Religion: {kid.ethnicity}"),
        p(f"Legal status: {kid.legal_words}"),
        p(f"School and year: {school(kid)}"),
        p(f"Health: {health(kid)}"),
        p("The request", "h2"),
        p(f"Setting: {spec.setting_words}"),
        p(f"Urgency: {spec.urgency_words}") if spec.urgency_words else SPACE,
        p(f"Duration: {spec.duration_words}"),
        p(f"From: {start(spec)}"),
        p("Social worker", "h2"),
        p(f"{spec.worker.name}\n{spec.worker.email}\n{spec.worker.phone or ''}"),
    ]
    right = [p("Risks", "h2")]
    right += [p(s) for s in risk_sentences(kid)] or [p(spec.notes.get("no_risks", ""))]
    right += [
        p("Family time", "h2"),
        p(family(kid)),
        p("Placement history", "h2"),
        p(history(kid)),
        p("Also involved", "h2"),
    ]
    right += [p(f"{o.role}: {o.name} {o.email or ''} {o.phone or ''}") for o in spec.others]
    return pdf_two_columns(head, left, right, "Placement request summary", spec.worker.name)


def sibling_grid(spec: Spec) -> bytes:
    """A sibling group's request: one column per child, long cells wrapping."""
    kids = spec.kids
    width = 134 / len(kids)
    rows = [
        ["", *[k.name for k in kids]],
        [spec.ref_label, *[k.ident for k in kids]],
        ["Known as", *[k.known_as or "" for k in kids]],
        ["Date of birth", *[dob(k, "us") for k in kids]],
        ["Gender", *[k.sex() for k in kids]],
        ["Legal status", *[k.legal_words for k in kids]],
        ["School", *[school(k) for k in kids]],
        ["Health", *[health(k) for k in kids]],
        ["Family time", *[family(k) for k in kids]],
        ["Care history", *[history(k) for k in kids]],
    ]
    risk_rows = [[RISK_LABELS[s], *[ticks(k, s) for k in kids]] for s in RISKS]
    story = [
        p(spec.la_name, "h2"),
        p("Sibling Group Placement Request", "title"),
        p(f"Referral date: {referral_date(spec, 'us') or '(not dated)'}"),
        p(
            f"Allocated social worker: {spec.worker.name} - {spec.worker.email} - {spec.worker.phone or ''}"
        ),
        p(
            f"Placement: {spec.setting_words}. {spec.urgency_words} {spec.duration_words}. Start: {start(spec)}."
        ),
        SPACE,
        grid(rows, [40] + [width] * len(kids), head=True),
        SPACE,
        p("Risks (tick one per child)", "h2"),
        grid(
            [["Risk", *[k.first for k in kids]], *risk_rows], [40] + [width] * len(kids), head=True
        ),
        p("Details", "h2"),
    ]
    for k in kids:
        story.append(p(f"{k.first}: " + " ".join(risk_sentences(k))))
    story += [
        p("Others involved", "h2"),
        grid([["Role", "Name", "Email", "Phone"], *others_rows(spec)], [40, 40, 58, 36], head=True),
    ]
    return pdf(story, "Sibling group request", spec.worker.name)
