"""training_u's text and CSV layouts: each its own labels, risk names and state words."""

# The documents are typographic, as LAs' are: en dashes are the text, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

import csv
import io

from training_u_layouts import (
    contact_name,
    family_text,
    fmt,
    gender_text,
    history_text,
    risk_text,
)
from training_u_layouts_more import dob_words, no_contact_words
from training_u_model import RISKS, Spec

__all__ = ["TEXT"]


# --- confluence_wiki (txt) --------------------------------------------------------------

WIKI_NAMES = {
    "sh": "Self harm",
    "cse": "CSE",
    "cce": "CCE",
    "drugs": "Substance misuse",
    "eat": "Eating",
    "miss": "Missing",
    "viol": "Violence",
    "hsb": "HSB",
    "fire": "Fire setting",
    "animals": "Animal cruelty",
    "cceo": "Exploiting others",
}
WIKI_BREAK = " \\\\ "  # a forced line break in Confluence wiki markup
WIKI_STATES = {
    "present": "(/) yes – now",
    "historical": "(on) past",
    "suspected": "(?) unconfirmed",
    "none_known": "(x) no",
    "not_stated": "",
}


def confluence_wiki(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    lines = [
        f"h1. {more['space']}: placement request {spec.ref or '(no ref)'}",
        "",
        f"{{info}}Page last edited {fmt(more['edited'], 'long')} by {more['editor']}. "
        f"Space owner: {more['owner']}.{{info}}",
        "",
        "h2. Request",
        "||Field||Value||",
        f"|Request date|{fmt(spec.date, 'iso', ' ')}|",
        f"|Case number|{spec.ref or ' '}|",
        f"|Allocated social worker|[~{name}]|",
        f"|Worker email|[mailto:{mail}]|",
        f"|Worker phone|{phone or ' '}|",
        f"|Home needed|{more['need']}|",
        f"|When|{spec.start_words}|",
    ]
    for index, kid in enumerate(spec.kids, 1):
        lines += [
            "",
            f"h2. Child {index}: {kid.first} {kid.last}",
            "||About||Detail||",
        ]
        lines += [f"|Known as|{kid.known_as}|"] if kid.known_as else []
        lines += [
            f"|DOB|{dob_words(kid, 'iso', 'age {age}')}|",
            f"|Gender|{gender_text(kid, ('Female', 'Male'), ' ')}|",
            f"|Legal status|{kid.legal_words or ' '}|",
            f"|School|{kid.school_words or ' '}|",
            f"|Health|{kid.health or ' '}|",
        ]
        lines += [f"|Allergies|{kid.allergy}|"] if kid.allergy else []
        lines += [
            f"|Family time|{family_text(kid, WIKI_BREAK) or ' '}|",
            f"|No contact|{', '.join(contact_name(n) for n in kid.no_contact) or 'none'}|",
            f"|Placement history|{history_text(kid, WIKI_BREAK) or ' '}|",
            "",
            f"h3. Risks ({kid.first})",
            "||Risk||Status||Notes||",
        ]
        lines += [
            f"|{WIKI_NAMES[s]}|{WIKI_STATES[kid.state(s)] or ' '}|{kid.words(s) or ' '}|"
            for s in RISKS
        ]
    lines += ["", f"{{panel:title=Header}}{more['header']}{{panel}}"]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- interpreter_record (txt) -----------------------------------------------------------

INT_PROMPTS = {
    "sh": "Has the child ever hurt themself on purpose?",
    "cse": "Any concern the child is sexually exploited?",
    "cce": "Any concern the child is used to carry or sell drugs or to steal?",
    "drugs": "Does the child use drugs or alcohol?",
    "eat": "Any problem with eating?",
    "miss": "Has the child gone missing?",
    "viol": "Has the child hurt other people?",
    "hsb": "Any sexual behaviour that harms others?",
    "fire": "Has the child started fires?",
    "animals": "Has the child hurt animals?",
    "cceo": "Has the child drawn other children into crime?",
}
INT_STATES = {
    "present": "YES, at present",
    "historical": "YES, before but not now",
    "suspected": "NOT SURE, a worry",
    "none_known": "NO",
    "not_stated": "",
}


def interpreter_record(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    lines = [
        f"{more['team']} – referral taken with an interpreter",
        "=" * 60,
        f"Record typed: {fmt(spec.date, 'long', '')}",
        f"Interpreting session: {fmt(more['session'], 'long')}, {more['language']}, "
        f"interpreter {more['interpreter']} (booking {more['booking']}, line {more['line']})",
        f"Record typed by: {more['typist']} (business support)",
        f"Allocated social worker: {name}, {mail}" + (f", {phone}" if phone else ""),
        f"Reference: {spec.ref or ''}",
        f"Asking for: {more['need']}",
        f"From when: {spec.start_words}",
        "",
    ]
    for index, kid in enumerate(spec.kids, 1):
        lines += [
            f"CHILD {index}",
            f"  Name ............ {kid.first} {kid.last}"
            + (f" (prefers {kid.known_as})" if kid.known_as else ""),
            f"  Born ............ {dob_words(kid, 'long', 'not known, says {age}')}",
            f"  Boy / girl ...... {gender_text(kid, ('girl', 'boy'), '')}",
            f"  First language .. {more['language']}; {more['comm']}",
            f"  Legal basis ..... {kid.legal_words}",
            f"  School .......... {kid.school_words}",
            f"  Health .......... {kid.health}"
            + (f"; allergy: {kid.allergy}" if kid.allergy else ""),
            f"  Family time ..... {family_text(kid)}" + no_contact_words(kid, "; no contact with "),
            f"  Care so far ..... {history_text(kid, in_words=True)}",
            "  Questions asked through the interpreter:",
        ]
        for short, prompt in INT_PROMPTS.items():
            if kid.state(short) == "not_stated":
                lines.append(f"    Q. {prompt}")
                lines.append("    A.")
            else:
                lines.append(f"    Q. {prompt}")
                lines.append(f"    A. {risk_text(kid, short, INT_STATES, ' – ')}")
        lines.append("")
    return ("\n".join(lines)).encode("utf-8")


# --- merlin_pp (txt) --------------------------------------------------------------------

MERLIN_NAMES = {
    "sh": "SELF HARM",
    "cse": "CSE",
    "cce": "CCE / COUNTY LINES",
    "drugs": "SUBSTANCE MISUSE",
    "eat": "EATING",
    "miss": "MISSING EPISODES",
    "viol": "VIOLENCE",
    "hsb": "HSB",
    "fire": "ARSON",
    "animals": "CRUELTY TO ANIMALS",
    "cceo": "EXPLOITS OTHERS",
}
MERLIN_STATES = {
    "present": "CURRENT",
    "historical": "PREVIOUS",
    "suspected": "INTELLIGENCE ONLY",
    "none_known": "NONE TRACED",
    "not_stated": "",
}


def merlin_pp(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    lines = [
        f"PLACEMENT REQUEST – FROM POLICE NOTIFICATION {more['merlin']}",
        f"REQUEST DATE: {fmt(spec.date, 'police')}    RECEIVED BY: {more['received_by']}",
        f"LA CASE NO: {spec.ref or ''}",
        f"ALLOCATED SW: {name.upper()}   EMAIL: {mail}   TEL: {phone or ''}",
        f"TYPE: {more['need']}",
        f"REQUIRED: {spec.start_words}",
        "",
        "---- POLICE NOTIFICATION (AS RECEIVED) ----",
        f"MERLIN REF: {more['merlin']}   CAD: {more['cad']}",
        f"DATE/TIME OF INCIDENT: {fmt(more['incident'], 'police')} {more['incident_time']}",
        f"OIC: {more['oic']}   CONTACT: {more['oic_phone']}",
        f"POWERS: {more['powers']}",
        f"CIRCUMSTANCES: {more['circumstances']}",
        "",
    ]
    for index, kid in enumerate(spec.kids, 1):
        lines += [
            f"SUBJECT {index}: {kid.last.upper()}, {kid.first.upper()}"
            + (f" AKA {kid.known_as.upper()}" if kid.known_as else ""),
            f"  DOB: {dob_words(kid, 'police', 'UNKNOWN (APPROX {age})')}   "
            f"SEX: {gender_text(kid, ('F', 'M'), '')}",
            f"  LEGAL STATUS: {kid.legal_words}",
            f"  SCHOOL: {kid.school_words}",
            f"  HEALTH: {kid.health}" + (f"   ALLERGY: {kid.allergy}" if kid.allergy else ""),
            f"  FAMILY TIME: {family_text(kid)}" + no_contact_words(kid, "   NO CONTACT: "),
            f"  CARE HISTORY: {history_text(kid, ' / ')}",
            "  VULNERABILITY FACTORS:",
        ]
        lines += [
            f"    {MERLIN_NAMES[s]}: {risk_text(kid, s, MERLIN_STATES)}"
            for s in RISKS
            if kid.state(s) != "not_stated"
        ]
        lines.append("")
    lines.append(f"{more['footer']}")
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- ms_forms_csv (csv) -----------------------------------------------------------------

FORMS_NAMES = {
    "sh": "Self-harm",
    "cse": "Sexual exploitation",
    "cce": "Criminal exploitation",
    "drugs": "Drugs and alcohol",
    "eat": "Eating disorder",
    "miss": "Missing from home or care",
    "viol": "Physical harm to others",
    "hsb": "Sexual harm to others",
    "fire": "Fire setting",
    "animals": "Harm to animals",
    "cceo": "Criminal exploitation of others",
}
FORMS_STATES = {
    "present": "Yes - current",
    "historical": "Yes - historic",
    "suspected": "Suspected",
    "none_known": "No",
    "not_stated": "",
}


def ms_forms_csv(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    header = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Date of referral",
        "Local authority case number",
        "Allocated social worker",
        "Social worker email",
        "Social worker phone",
        "What type of placement is needed?",
        "When is the placement needed?",
        "How many children?",
    ]
    row = [
        more["id"],
        more["started"],
        more["completed"],
        more["responder_mail"],
        more["responder"],
        fmt(spec.date, "slash"),
        spec.ref or "",
        name,
        mail,
        phone or "",
        more["need"],
        spec.start_words,
        str(len(spec.kids)),
    ]
    for index, kid in enumerate(spec.kids, 1):
        c = f"Child {index}"
        header += [
            f"{c} first name",
            f"{c} surname",
            f"{c} preferred name",
            f"{c} date of birth",
            f"{c} age if DOB not known",
            f"{c} gender",
            f"{c} legal status",
            f"{c} school",
            f"{c} health needs",
            f"{c} allergies",
            f"{c} family time",
            f"{c} no contact with",
            f"{c} previous placements",
        ]
        row += [
            kid.first,
            kid.last,
            kid.known_as or "",
            fmt(kid.dob, "slash"),
            "" if kid.dob else str(kid.age),
            gender_text(kid, ("Female", "Male")),
            kid.legal_words,
            kid.school_words,
            kid.health,
            kid.allergy or "",
            family_text(kid),
            ", ".join(contact_name(n) for n in kid.no_contact),
            history_text(kid, in_words=True),
        ]
        for s in RISKS:
            header.append(f"{c} - {FORMS_NAMES[s]}")
            row.append(FORMS_STATES[kid.state(s)])
        header.append(f"{c} - tell us more about any risk")
        row.append(" ".join(f"{FORMS_NAMES[s]}: {kid.words(s)}." for s in RISKS if kid.words(s)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerow(row)
    return out.getvalue().encode("utf-8")


TEXT = {
    "confluence_wiki": confluence_wiki,
    "interpreter_record": interpreter_record,
    "merlin_pp": merlin_pp,
    "ms_forms_csv": ms_forms_csv,
}
