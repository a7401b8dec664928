"""Builds training_c/: referral layouts written from public descriptions of LA and
provider forms (an ART panel request, a "delete as appropriate" placement request, a
section 25 secure referral with Word content controls, provider forms, a Placements Data
Standard form, duty and EDT emails), for issue 12's priorities: questions only for real
gaps, the setting named in many ways, dates and the LA, risk assertions.

    .venv/bin/python services/referrals/tests/documents/make_training_c.py

The documents and their truth were written before the reader was changed for them (the
scores before and after are in the service README). Every person, reference and address
is fictional. The truth's ``missing`` list is what a careful officer would still have to
ask: a field counts as answered when the document says anything real about it ("no known
health needs", "not applicable", "see the attached chronology", "she attends X"), and is
missing only when the document is silent, blank, "unknown" or "TBC" on it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import make_training_a as base

HERE = Path(__file__).parent / "training_c"
RISKS = base.RISKS
DOCUMENTS: dict[str, tuple[bytes, dict]] = {}
_font = base._font
_grid = base._grid
_story_pdf = base._story_pdf
_docx = base._docx
_table = base._table
_email = base._email


def kid(first, last, **facts) -> dict:
    """One child's truth. ``answered`` names the gap topics the document answers without a
    value the scorer compares (health, history in words, school "not applicable", ...)."""
    child = base.kid(first, last, **facts)
    child["_answered"] = set(facts.get("answered", ()))
    if facts.get("health"):
        child["_answered"].add("health_needs")
    return child


def _child_missing(index: int, child: dict) -> list[str]:
    prefix = f"/children/{index}"
    answered = child["_answered"]
    missing = [
        f"{prefix}/{name}"
        for name, key in (
            ("legal_status", "legal_status"),
            ("gender", "gender"),
            ("date_of_birth", "date_of_birth"),
            ("school", "school"),
            ("family_time", "family_time_count"),
            ("placement_history", "placement_history_count"),
        )
        if child[key] is None and name not in answered
    ]
    if child["previous_placements_count"] is not None and f"{prefix}/placement_history" in missing:
        missing.remove(f"{prefix}/placement_history")
    if "health_needs" not in answered:
        missing.append(f"{prefix}/health_needs")
    risks = child["risks"]
    if not any(state != "not_stated" for state in risks.values()):
        missing.append(f"{prefix}/risks")
    else:
        for group, names in RISKS.items():
            missing += [
                f"{prefix}/risks/{group}/{name}"
                for name in names
                if risks.get(f"{group}/{name}", "not_stated") == "not_stated"
            ]
    return missing


def truth(file, *, la, ref, date, sw, place, children, unclear=()) -> dict:
    """The expected.json of one document, its missing list worked out from the facts."""
    setting, urgency, duration, start, needed_by = place
    missing = [] if ref else ["/la_reference"]
    missing += [
        f"/placement/{name}"
        for name, value in (("urgency", urgency), ("duration", duration), ("start_date", start))
        if value is None
    ]
    for index, child in enumerate(children):
        missing += _child_missing(index, child)
    return {
        "file": file,
        "la_code": la,
        "la_reference": ref,
        "referral_date": date,
        "social_worker": dict(zip(("name", "email", "phone"), sw, strict=True)),
        "placement": {
            "setting": setting,
            "urgency": urgency,
            "duration": duration,
            "start_date": start,
            "needed_by": needed_by,
        },
        "children": [{k: v for k, v in c.items() if not k.startswith("_")} for c in children],
        "unclear": list(unclear),
        "missing": sorted(missing),
    }


def add(name: str, data: bytes, expected: dict) -> None:
    DOCUMENTS[name] = (data, expected)


from training_c_docs import build_all  # noqa: E402
from training_c_late import build_late  # noqa: E402
from training_c_more import build_more  # noqa: E402


def main() -> None:
    HERE.mkdir(exist_ok=True)
    build_all(sys.modules[__name__])
    build_more(sys.modules[__name__])
    build_late(sys.modules[__name__])
    for name, (data, expected) in DOCUMENTS.items():
        (HERE / name).write_bytes(data)
        answer = HERE / (name.rsplit(".", 1)[0] + ".expected.json")
        answer.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(DOCUMENTS)} documents in {HERE}")


if __name__ == "__main__":
    main()
