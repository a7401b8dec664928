"""training_u's Word layouts and the helpers every layout shares: each layout its own labels,
risk names and state words."""

# The documents are typographic, as LAs' are: en dashes are the text, not typos.
# ruff: noqa: RUF001

from __future__ import annotations

from datetime import date

from training_u_model import RISKS, Kid, Spec
from training_u_write import docx_bytes

__all__ = [
    "WORD",
    "contact_name",
    "dob_text",
    "family_text",
    "fmt",
    "gender_text",
    "history_text",
    "legal_text",
    "risk_text",
]

NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight"]


def fmt(iso: str | None, style: str, blank: str = "") -> str:
    """A date as the layout writes it."""
    if iso is None:
        return blank
    day = date.fromisoformat(iso)
    if style == "long":
        return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"
    if style == "short":
        return f"{day.day} {day.strftime('%b %Y')}"
    if style == "slash":
        return day.strftime("%d/%m/%Y")
    if style == "dots":
        return day.strftime("%d.%m.%y")
    if style == "iso":
        return iso
    if style == "police":
        return day.strftime("%d%m%Y")
    if style == "us":
        return f"{day.strftime('%B')} {day.day}, {day.year}"
    raise ValueError(style)


LOWER_WORDS = {
    "mother",
    "mother's",
    "mum's",
    "partner",
    "boyfriend",
    "co-defendants",
    "co-accused",
    "stepfather",
    "birth",
    "father",
}


def contact_name(name: str) -> str:
    """Whom the child must not see, as the document writes it: names capitalised."""
    return " ".join(w if w in LOWER_WORDS else w[:1].upper() + w[1:] for w in name.split())


def gender_text(kid: Kid, words: tuple[str, str], blank: str = "") -> str:
    return {"female": words[0], "male": words[1]}.get(kid.gender or "", blank)


def family_text(kid: Kid, joiner: str = "; ") -> str:
    if not kid.family:
        return kid.family_words
    text = joiner.join(words for _, _, words in kid.family)
    return f"{text}{joiner}{kid.family_words}" if kid.family_words else text


def history_text(kid: Kid, joiner: str = "; ", in_words: bool = False) -> str:
    if not kid.history:
        return kid.history_words
    rows = joiner.join(kid.history)
    if in_words:
        count = NUMBER_WORDS[len(kid.history)]
        return f"{count} placement{'s' if len(kid.history) > 1 else ''}, this one included: {rows}"
    return rows


def risk_text(kid: Kid, short: str, states: dict[str, str], sep: str = " – ") -> str:
    """The state word and the risk's own words; a not-stated risk is ``states["not_stated"]``."""
    state, words = kid.risk[short]
    label = states[state]
    return f"{label}{sep}{words}" if words and label else words or label


def dob_text(kid: Kid, style: str, age_words: str = "aged {age}") -> str:
    return fmt(kid.dob, style) if kid.dob else age_words.format(age=kid.age)


def legal_text(kid: Kid) -> str:
    return kid.legal_words


# --- gp_camhs_letter (docx) --------------------------------------------------------------

GP_NAMES = {
    "sh": "Self-injury",
    "cse": "Sexual exploitation risk",
    "cce": "Criminal exploitation (county lines)",
    "drugs": "Substance use",
    "eat": "Disordered eating",
    "miss": "Absconding / missing",
    "viol": "Aggression to others",
    "hsb": "Sexually harmful behaviour",
    "fire": "Fire-raising",
    "animals": "Cruelty to animals",
    "cceo": "Recruiting peers into crime",
}
GP_STATES = {
    "present": "active concern",
    "historical": "past concern only",
    "suspected": "query, not confirmed",
    "none_known": "no concern",
    "not_stated": "",
}


def gp_camhs_letter(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    blocks: list[tuple] = [
        ("title", f"{more['practice']} and {more['camhs']}"),
        (
            "p",
            f"Joint letter – GP and Child and Adolescent Mental Health Service\n"
            f"Clinic seen: {fmt(more['clinic'], 'long')}\n"
            f"Letter typed: {fmt(spec.date, 'long', '[date]')}",
        ),
        (
            "p",
            f"To: Placements Team, {more['to']}\nRe: "
            + ", ".join(f"{k.name} ({dob_text(k, 'slash')})" for k in spec.kids),
        ),
        (
            "p",
            f"Your reference: {spec.ref or '—'}   Our ref: {more['our_ref']}   "
            f"NHS no. {more['nhs']}",
        ),
        ("p", "Dear colleagues,"),
        (
            "p",
            f"We write jointly at the request of the allocated social worker, {name} "
            f"({mail}{', ' + phone if phone else ''}), who asks that a "
            f"{more['kind']} be found. {spec.start_words}",
        ),
    ]
    for kid in spec.kids:
        who = f"{kid.first}" + (f" (known to us as {kid.known_as})" if kid.known_as else "")
        blocks += [
            ("h", f"{kid.name}"),
            (
                "p",
                f"{who} is {gender_text(kid, ('a girl', 'a boy'), 'a young person')} born "
                f"{dob_text(kid, 'long', 'about {age} years ago (we hold an age only)')}. "
                f"Legal position as the social worker gives it: {legal_text(kid)}. "
                f"School: {kid.school_words}.",
            ),
            (
                "p",
                f"Health and diagnoses: {kid.health or ''}"
                + (f" Allergies: {kid.allergy}." if kid.allergy else ""),
            ),
            (
                "p",
                f"Family time the worker describes: {family_text(kid)}."
                + (
                    f" Not to have contact with: {', '.join(contact_name(n) for n in kid.no_contact)}."
                    if kid.no_contact
                    else ""
                ),
            ),
            ("p", f"Care so far: {history_text(kid)}"),
            ("p", "Clinical view on risk:"),
        ]
        for short in RISKS:
            if kid.state(short) != "not_stated":
                blocks.append(("p", f"•  {GP_NAMES[short]}: {risk_text(kid, short, GP_STATES)}"))
    blocks += [
        ("p", "Yours sincerely,"),
        (
            "p",
            f"{more['gp']}, General Practitioner, {more['practice']} ({more['gp_phone']})\n"
            f"{more['clin']}, {more['camhs']} ({more['clin_phone']})",
        ),
        ("p", f"cc: {name}, allocated social worker"),
    ]
    return docx_bytes(blocks, header=more["practice"], footer=f"Our ref {more['our_ref']}")


# --- qa_checklist (docx) ----------------------------------------------------------------

QA_NAMES = {
    "sh": "Harm to self",
    "cse": "CSE",
    "cce": "CCE / county lines",
    "drugs": "Drugs or alcohol",
    "eat": "Eating",
    "miss": "Missing from care",
    "viol": "Violence to others",
    "hsb": "HSB",
    "fire": "Arson",
    "animals": "Animals",
    "cceo": "Exploiting others",
}
QA_STATES = {
    "present": "Ongoing",
    "historical": "Past",
    "suspected": "Unverified",
    "none_known": "None on file",
    "not_stated": "",
}


def qa_checklist(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    blocks: list[tuple] = [
        ("title", "Referral quality check – before the request goes to providers"),
        (
            "table",
            [
                ["Check item", "Provided?", "What the referral says"],
                ["Referral received by ART", "Y" if spec.date else "N", fmt(spec.date, "slash")],
                [
                    "QA completed",
                    "Y",
                    f"{fmt(more['qa_date'], 'slash')} by {more['qa_by']} "
                    f"(ART manager, {more['qa_phone']})",
                ],
                ["Case ID (LCS)", "Y" if spec.ref else "N", spec.ref or ""],
                ["Allocated SW", "Y", name],
                ["SW email and mobile", "Y" if phone else "part", f"{mail}  {phone or ''}"],
                ["Type of home", "Y", more["type"]],
                [
                    "Emergency or planned",
                    "Y" if spec.urgency else "N",
                    more.get("urgency_words", ""),
                ],
                ["Length", "Y" if spec.duration else "N", more.get("duration_words", "")],
                ["Move date", "Y" if spec.start else "N", spec.start_words],
            ],
            ("H", 3, 1, 6),
        ),
    ]
    for index, kid in enumerate(spec.kids, 1):
        blocks += [
            (
                "h",
                f"Child {index} of {len(spec.kids)}: {kid.last.upper()}, {kid.first}"
                + (f" (likes to be called {kid.known_as})" if kid.known_as else ""),
            ),
            (
                "table",
                [
                    ["Check item", "Provided?", "What the referral says"],
                    [
                        "DOB / age",
                        "Y" if kid.dob else "part",
                        dob_text(kid, "slash", "age {age} only"),
                    ],
                    ["Sex", "Y" if kid.gender else "N", gender_text(kid, ("Female", "Male"))],
                    ["Legal basis", "Y" if kid.legal else "N", legal_text(kid)],
                    ["School / setting", "Y" if kid.school else "N", kid.school_words],
                    [
                        "Family time plan",
                        "Y" if kid.family is not None else "N",
                        family_text(kid)
                        + (
                            f" NO CONTACT: {', '.join(contact_name(n) for n in kid.no_contact)}"
                            if kid.no_contact
                            else ""
                        ),
                    ],
                    [
                        "Previous homes",
                        "Y" if kid.history is not None else "N",
                        history_text(kid, in_words=True),
                    ],
                    ["Health", "Y" if kid.health else "N", kid.health],
                    ["Allergies", "Y" if kid.allergy else "N", kid.allergy or ""],
                ],
                ("H", 3, 1, 6),
            ),
            (
                "table",
                [["Risk", "Rating", "Detail"]]
                + [
                    [QA_NAMES[short], QA_STATES[kid.state(short)], kid.words(short)]
                    for short in RISKS
                ],
                ("H", 3, 2, 5),
            ),
        ]
    blocks.append(("p", f"QA outcome: {more['outcome']}"))
    return docx_bytes(blocks, header=more["header"], footer="Access to Resources – QA v3")


# --- huddle_actions (docx) --------------------------------------------------------------

HUDDLE_NAMES = {
    "sh": "self harm",
    "cse": "sexual exploitation",
    "cce": "crim. exploitation",
    "drugs": "substances",
    "eat": "food / eating",
    "miss": "going missing",
    "viol": "hurting others",
    "hsb": "sexualised harm to others",
    "fire": "fires",
    "animals": "pets / animals",
    "cceo": "drawing others in",
}
HUDDLE_STATES = {
    "present": "active now",
    "historical": "in past",
    "suspected": "under query",
    "none_known": "nil",
    "not_stated": "",
}


def huddle_actions(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    rows = [["#", "Child(ren)", "Update", "Owner", "By when"]]
    names = " & ".join(k.first for k in spec.kids)
    rows.append(
        [
            "1",
            names,
            f"New request logged {fmt(spec.date, 'dots', '(date not logged)')}"
            f" – {more['need']}. {spec.start_words}",
            more["owner"],
            more["by_when"],
        ]
    )
    rows.append(
        [
            "2",
            names,
            f"Allocated SW {name}, {mail}"
            + (f", tel {phone}" if phone else "")
            + f". Case no. {spec.ref or 'awaited'}",
            name,
            "",
        ]
    )
    for index, kid in enumerate(spec.kids):
        number = 3 + index * 2
        about = (
            f"{kid.name}"
            + (f" ('{kid.known_as}')" if kid.known_as else "")
            + f", {gender_text(kid, ('F', 'M'), 'sex not given')}, "
            f"{dob_text(kid, 'dots', '{age} yrs')}; {legal_text(kid)}; school {kid.school_words}; "
            f"health {kid.health or '-'}"
            + (f"; allergy {kid.allergy}" if kid.allergy else "")
            + f"; FT {family_text(kid)}"
            + (f"; no contact {', '.join(kid.no_contact)}" if kid.no_contact else "")
            + f"; moves {history_text(kid, ' / ')}"
        )
        rows.append([str(number), kid.first, about, more["owner"], ""])
        lines = [
            f"{HUDDLE_NAMES[s]} – {risk_text(kid, s, HUDDLE_STATES)}"
            for s in RISKS
            if kid.state(s) != "not_stated"
        ]
        rows.append(
            [str(number + 1), kid.first, "Risk picture:\n" + "\n".join(lines), more["owner"], ""]
        )
    blocks = [
        ("title", "Sufficiency huddle – action log"),
        (
            "p",
            f"Huddle held {fmt(more['huddle'], 'long')}, chaired by {more['chair']} "
            f"(Head of Service, {more['chair_phone']}). Present: {more['present']}.",
        ),
        ("table", rows, ("H", 1, 2, 8, 3, 2)),
    ]
    return docx_bytes(blocks, header=more["header"], footer="Official – sensitive")


# --- team_transfer (docx) ---------------------------------------------------------------

TT_PROMPTS = {
    "sh": "Any self-harm?",
    "cse": "Any sexual exploitation?",
    "cce": "Any criminal exploitation?",
    "drugs": "Any drug or alcohol misuse?",
    "eat": "Any eating difficulty?",
    "miss": "Any missing episodes?",
    "viol": "Any violence towards others?",
    "hsb": "Any harmful sexual behaviour?",
    "fire": "Any fire setting?",
    "animals": "Any harm to animals?",
    "cceo": "Any involving of others in crime?",
}
TT_STATES = {
    "present": "Yes, currently",
    "historical": "Not now – in the past",
    "suspected": "Possibly",
    "none_known": "No",
    "not_stated": "",
}


def team_transfer(spec: Spec) -> bytes:
    more = spec.more
    name, mail, phone = spec.worker
    blocks: list[tuple] = [
        ("title", "Case transfer: Child in Need team to Children in Care team"),
        (
            "table",
            [
                ["Transfer agreed at", fmt(more["transfer"], "long")],
                ["Transferring worker (CIN)", f"{more['old_worker']} – {more['old_phone']}"],
                ["Receiving worker (CiC), now allocated", name],
                ["Receiving worker's contact", f"{mail}" + (f" / {phone}" if phone else "")],
                ["Placement request sent to Placements", fmt(spec.date, "short")],
                ["Family ID", spec.ref or ""],
                ["What is needed", more["need"]],
                ["When", spec.start_words],
            ],
            (4, 6),
        ),
    ]
    for kid in spec.kids:
        blocks += [
            (
                "h",
                f"{kid.first} {kid.last}" + (f" – known as {kid.known_as}" if kid.known_as else ""),
            ),
            (
                "table",
                [
                    ["Born", dob_text(kid, "short", "not known – said to be {age}")],
                    ["Gender", gender_text(kid, ("Female", "Male"))],
                    ["Status on becoming looked after", legal_text(kid)],
                    ["Education", kid.school_words],
                    ["Health", kid.health],
                    [
                        "Family time",
                        family_text(kid)
                        + (
                            ""
                            if not kid.no_contact
                            else f". Must not see: {', '.join(contact_name(n) for n in kid.no_contact)}"
                        ),
                    ],
                    ["Care episodes", history_text(kid)],
                ]
                + ([["Allergies", kid.allergy]] if kid.allergy else []),
                (4, 6),
            ),
            ("p", "Risk questions (answer each)"),
        ]
        for short in RISKS:
            blocks.append(("p", f"{TT_PROMPTS[short]}  {risk_text(kid, short, TT_STATES, '. ')}"))
    blocks.append(("p", f"Team manager sign-off: {more['manager']} ({more['manager_phone']})"))
    return docx_bytes(blocks, header=more["header"], footer="Transfer summary")


WORD = {
    "gp_camhs_letter": gp_camhs_letter,
    "qa_checklist": qa_checklist,
    "huddle_actions": huddle_actions,
    "team_transfer": team_transfer,
}
