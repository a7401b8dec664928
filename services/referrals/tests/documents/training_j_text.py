"""training_j's plain-text layouts: case-system print views and typed notes."""

from __future__ import annotations

from training_j_forms import RISK_LABELS_LCS, form_sections, gender_text
from training_j_model import Spec
from training_j_words import (
    SETTING_WORDS,
    dob_text,
    family_text,
    history_text,
    leader,
    risk_prose,
    wrap,
)

__all__ = ["TEXT_LAYOUTS"]


def _paged(lines: list[str], header: list[str], every: int) -> str:
    """Repeat the page header every ``every`` lines, as a print view does mid-record."""
    out: list[str] = []
    pages = [lines[i : i + every] for i in range(0, len(lines), every)]
    for number, page in enumerate(pages, 1):
        out += [
            h.replace("{page}", str(number)).replace("{pages}", str(len(pages))).rstrip()
            for h in header
        ]
        out += page
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def leader_print(spec: Spec) -> str:
    """A Mosaic-style print: dotted leaders, wrapped at 72 columns, page headers repeated."""
    labels = {
        "ref": spec.x.get("id_label", "Person ID"),
        "date": "Step start date",
        "worker": "Responsible worker",
        "email": "Worker email",
        "phone": "Worker telephone",
        "team": "Worker team",
        "setting": "Placement type sought",
        "start": "Date placement required",
        "h.child": "SUBJECT",
        "family": "Family time arrangements",
        "history": "Previous placements",
        "risk.hurt": "Violence to others",
        "risk.cse": "CSE",
        "risk.cce": "CCE",
        "risk.recruit": "Drawing others into crime",
    }
    lines: list[str] = []
    for heading, rows in form_sections(spec, labels, "yes_past"):
        lines += ["", f"-- {heading.upper()} " + "-" * (68 - len(heading)), ""]
        for _, label, value in rows:
            lines += leader(label, value)
    if spec.x.get("context"):
        lines += ["", "-- REASON FOR REQUEST " + "-" * 50, ""]
        lines += wrap(spec.x["context"])
    for role, name, contact in spec.x.get("others", ()):
        lines += leader(role, f"{name} {contact}".strip())
    printed = spec.x.get("printed", "")
    header = [
        f"{spec.x.get('system', 'MOSAIC')}  {spec.la_words}".ljust(52) + printed.rjust(20),
        "Placement Request (Looked After)".ljust(58) + "Page {page} of {pages}".rjust(14),
        "=" * 72,
    ]
    return _paged(lines, header, spec.x.get("page_lines", 38))


def below_print(spec: Spec) -> str:
    """An LCS-style print view: every value on the line after its label, fixed-width tables."""
    labels = {
        "ref": spec.x.get("id_label", "LCS ID"),
        "date": "Date of referral",
        "worker": "Allocated worker",
        "email": "Email address",
        "phone": "Contact number",
        "h.referral": "1. Referral details",
        "h.placement": "2. Placement sought",
        "h.child": "3. Child",
        "start": "Start date",
        "family": "Contact / family time",
        "history": "Placement history",
        **RISK_LABELS_LCS,
    }
    lines: list[str] = []
    for heading, rows in form_sections(spec, labels, "current"):
        lines += ["", heading, "~" * len(heading)]
        for key, label, value in rows:
            if key.endswith(".family") and spec.x.get("family_table"):
                kid = spec.kids[int(key[1])]
                lines += [label, f"  {'With':<12}{'How often':<52}{'Supervised'}"]
                for fam in kid.family or ():
                    sup = {True: "Yes", False: "No", None: "-"}[fam.supervised]
                    lines.append(f"  {fam.with_.title():<12}{fam.words:<50}  {sup}")
                if kid.family_words or kid.no_contact_words:
                    lines += [
                        "  " + w
                        for w in wrap(
                            " ".join(x for x in (kid.family_words, kid.no_contact_words) if x), 70
                        )
                    ]
                continue
            lines.append(label)
            lines += ["    " + line for line in wrap(value, 68)] if value else ["    -"]
    if spec.x.get("context"):
        lines += ["", "4. Reason for request", "~" * 21]
        lines += wrap(spec.x["context"])
    header = [
        f"Liquidlogic Children's Social Care  |  {spec.la_words}",
        "PLACEMENT REQUEST - print view" + "Page {page}".rjust(42),
        "",
    ]
    return _paged(lines, header, spec.x.get("page_lines", 44))


def _kid_paragraphs(spec: Spec, style: str = "a") -> list[str]:
    out = []
    for kid in spec.kids:
        known = f' (known as "{kid.known_as}")' if kid.known_as else ""
        out.append(
            f"{kid.first} {kid.last}{known}, date of birth {dob_text(kid)}, "
            f"{gender_text(kid).lower() or 'gender not recorded'}. "
            f"Legal status: {kid.legal_words}. School: {kid.school_words}."
        )
        out.append(f"Health: {kid.health}" if kid.health else "Health: not yet known.")
        for label, value in kid.more:
            out.append(f"{label}: {value}")
        out.append(f"Family time: {family_text(kid) or 'not known at this stage'}")
        out.append(f"Placements: {history_text(kid) or 'not known'}")
        out.append(risk_prose(kid, kid.known_as or kid.first, spec.x.get("prose", style)))
    return out


def pace_remand(spec: Spec) -> str:
    """An EDT / custody request for a PACE transfer or a remand bed, typed as a note."""
    x = spec.x
    lines = [
        f"{spec.la_words} - Emergency Duty Team",
        x["title"],
        "",
        f"Logged: {spec.date_words}",
        f"Custody / court ref: {x['custody_ref']}  (police / court reference, not ours)",
        f"Our ref: {spec.ref}" if spec.ref else "Our ref: to follow",
        "",
    ]
    lines += wrap(x["context"])
    lines.append("")
    lines += wrap(
        f"Bed needed: {SETTING_WORDS[spec.setting]}, {spec.start_words}. "
        + x.get("placement_note", "")
    )
    lines.append("")
    for paragraph in _kid_paragraphs(spec, "b"):
        lines += wrap(paragraph)
    lines.append("")
    lines += wrap(x["who"])
    lines += ["", "People involved:"]
    for role, name, contact in x.get("others", ()):
        lines.append(f"  {role}: {name}  {contact}".rstrip())
    lines += [
        "",
        f"Allocated social worker (for Monday / daytime): {spec.worker.name}, "
        f"{spec.worker.email}, {spec.worker.phone}",
    ]
    return "\n".join(lines) + "\n"


def respite_note(spec: Spec) -> str:
    """A supervising social worker's request for respite for a child already in placement."""
    x = spec.x
    lines = [
        f"To: {x['to']}",
        f"From: {x['from']}",
        f"Date: {spec.date_words}" if spec.date_words else "Date:",
        f"Re: {x['subject']}",
        "",
    ]
    lines += wrap(x["context"])
    lines.append("")
    lines += wrap(f"Dates: {spec.start_words}. {x.get('dates_note', '')}".strip())
    lines.append("")
    for paragraph in _kid_paragraphs(spec, "d"):
        lines += wrap(paragraph)
        lines.append("")
    lines += wrap(
        f"The child's social worker is {spec.worker.name} ({x.get('team', 'CLA team')}), "
        f"{spec.worker.email}, tel {spec.worker.phone}. "
        + (f"{x['ref_label']}: {spec.ref}." if spec.ref else "")
    )
    lines += ["", x["sign_off"]]
    return "\n".join(lines) + "\n"


def health_paste(spec: Spec) -> str:
    """A worker's short referral note with a health letter pasted in below it."""
    x = spec.x
    lines = [
        f"PLACEMENT REFERRAL NOTE - {spec.la_words}",
        f"Date: {spec.date_words}" if spec.date_words else "Date: (not dated)",
        f"{x.get('ref_label', 'Ref')}: {spec.ref}",
        f"Worker: {spec.worker.name}, {spec.worker.role}",
        f"Contact: {spec.worker.email} / {spec.worker.phone}",
        "",
        f"Placement: {SETTING_WORDS[spec.setting]}"
        + (f", {x['duration_words']}" if x.get("duration_words") else "")
        + f". Needed: {spec.start_words}.",
        "",
    ]
    lines += wrap(x["context"])
    lines.append("")
    for paragraph in _kid_paragraphs(spec):
        lines += wrap(paragraph)
    lines += ["", "Health letter pasted below (please read in full):", ""]
    lines.append("-" * 20 + " pasted text " + "-" * 20)
    lines += [line for para in x["letter"] for line in [*wrap(para), ""]]
    lines.append("-" * 53)
    return "\n".join(lines) + "\n"


TEXT_LAYOUTS = {
    "leader_print": leader_print,
    "below_print": below_print,
    "pace_remand": pace_remand,
    "respite_note": respite_note,
    "health_paste": health_paste,
}
