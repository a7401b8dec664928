"""A JSON export pasted into a message or saved as text, read as the form it stands for.

Case systems and officers paste a Placements-Data-Standard-style export into an email:
hand-edited, with ``//`` comments and trailing commas that strict JSON refuses. The
object is read leniently and written back as "Label: value" lines whose labels are its
field names in words ("dateOfBirth" is "Date of birth", ``socialWorker.email`` is
"Social worker email"), so the form rules read it like any other form; each child in a
list of children starts its own "Child N" Part.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["json_lines", "lenient_loads", "object_lines"]

# A string (kept), then a // comment, then a comma before a closing bracket (both dropped).
_COMMENTS = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*|#[^\n]*')
_TRAILING_COMMAS = re.compile(r'"(?:[^"\\\n]|\\.)*"|,(?=\s*[}\]])')
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
# Keys that only number or tag the record, not a fact about the child or placement; a
# webhook's envelope (its event's id, type, time sent and attempt) says nothing of either.
_BOOKKEEPING = re.compile(
    r"^(child)?index$|^(schema|version|id|count)$|^\$"
    r"|^(event|message|delivery|webhook|correlation|trace|idempotency)[ _]?"
    r"(id|type|key|uuid|attempts?)$|^(emitted|delivered|published)[ _]?at$",
    re.I,
)
# "type" tags a record at its top ("type": "referral"); inside a group it is the group's
# type ("placement": {"type": "Foster care"} is the placement type).
_RECORD_TAG = re.compile(r"^type$", re.I)
# Whose details a nested object holds: its fields are labelled with its name in front.
_PEOPLE = re.compile(
    r"worker|officer|manager|referrer|contact|guardian|parent|carer|author|sender|requester"
    r"|(submitted|completed|created|sent|referred|requested|recorded)[ _]?by",
    re.I,
)
# Keys that name something only together with their group: "authority.name" is the
# authority's name and "education.setting" the school, never the child's name or the
# placement setting, whatever the key would mean on its own.
_GENERIC_KEYS = frozenset(
    "name|short name|full name|type|setting|status|code|reference|number|date|description"
    "|title|value|details".split("|")
)
_CHILDREN = re.compile(r"^(children|child|young[ _]?(people|persons?)|siblings)$", re.I)
_COUNT_KEYS = {"count", "number", "total"}  # "children.count=2": how many, not a child
_RISK_VALUE = {"no": "No", "yes": "Yes", "past": "Past", "suspected": "Suspected"}


def lenient_loads(text: str) -> Any:
    """``json.loads`` after dropping comments and trailing commas; raises ValueError."""

    def keep_strings(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if token.startswith('"') else ""

    return json.loads(_TRAILING_COMMAS.sub(keep_strings, _COMMENTS.sub(keep_strings, text)))


def _words(key: str) -> str:
    """ "dateOfBirth" as "Date of birth", "local_authority_child_id" as "Local authority
    child id"."""
    spaced = _CAMEL.sub(" ", key).replace("_", " ").replace("-", " ")
    words = " ".join(spaced.split()).lower()
    return words[:1].upper() + words[1:]


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    text = str(value).strip()
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]*)+(?:\s*\(.*\))?", text):
        text = _CAMEL.sub(" ", text).lower()  # "fosterCare", "shortTerm (12 weeks)"
    return text


# The keys of a risk-style object: what was said of it, and the words about it.
_SAID_KEYS = ("value", "state", "answer", "status")
_NOTES_KEYS = ("notes", "note", "details", "detail", "comment", "comments")


def _one_answer(value: dict[str, Any]) -> bool:
    """{"value": ..., "notes": ...} or {"status": "PAST", "note": "..."}: one answer."""
    keys = {key.lower() for key in value}
    return bool({"value", "notes"} & keys) or (
        bool(keys) and keys <= {*_SAID_KEYS, *_NOTES_KEYS} and bool(keys & {*_SAID_KEYS})
    )


def _first(value: dict[str, Any], keys: tuple[str, ...]) -> Any:
    lowered = {key.lower(): item for key, item in value.items()}
    return next((lowered[key] for key in keys if key in lowered), None)


def _said(said: Any) -> str:
    """ "past" as "Past"; "NoneIdentified" as "None identified"."""
    text = str(said).strip()
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", text):
        text = _CAMEL.sub(" ", text).capitalize()
    elif re.fullmatch(r"[A-Z]{4,}(?:_[A-Z]+)*", text):  # "NONE", "NOT_KNOWN", "HISTORIC"
        text = text.replace("_", " ").capitalize()
    return _RISK_VALUE.get(text.lower(), _value(text))


def _answer(label: str, value: dict[str, Any]) -> str | None:
    """A risk-style object ({"value": "past", "notes": "..."}) as one answer."""
    said = _first(value, _SAID_KEYS)
    notes = _first(value, _NOTES_KEYS)
    if said is None and notes is None:
        return None
    said_text = _said(said) if said is not None else ""
    joined = " - ".join(part for part in (said_text, _value(notes) if notes else "") if part)
    return f"{label}: {joined}"


# The key that names an entry of a list of answers ({"category": "SELF_HARM", "status":
# "NONE"}): the entry is that item's answer.
_NAMING_KEYS = ("category", "risk", "indicator", "concern", "area", "item", "name", "type")


def _item_name(name: str) -> str:
    """ "SELF_HARM" as "Self harm", "missingFromCare" as "Missing from care"; a short code
    in capitals ("CSE", "HSB") as it is."""
    if re.fullmatch(r"[A-Z]{2,5}", name):
        return name
    return _words(name.lower() if name.isupper() else name)


def _named_answer(entry: dict[str, Any]) -> str | None:
    """A list entry naming one item and what was said of it, as "Item: said - notes"."""
    lowered = {key.lower(): value for key, value in entry.items()}
    name_key = next((key for key in _NAMING_KEYS if isinstance(lowered.get(key), str)), None)
    rest = {key: value for key, value in entry.items() if key.lower() != name_key}
    if name_key is None or not rest or not _one_answer(rest):
        return None
    return _answer(_item_name(lowered[name_key].strip()), rest)


def _empty(item: Any) -> bool:
    """Nothing said: null, blank, or a list or object of nothing but blanks and counts."""
    if isinstance(item, dict):
        return all(_empty(value) or _BOOKKEEPING.match(str(key)) for key, value in item.items())
    if isinstance(item, list):
        return all(_empty(entry) for entry in item)
    return item is None or (isinstance(item, str) and not item.strip())


def _group_label(group: str, key: str) -> str:
    """A field of a group ("request.submitted") by its own name, or by the group's name and
    its own where only that is a form's label ("Request submitted", not "Submitted") or
    where the key means nothing alone ("Authority name", not "Name")."""
    from hearth_referrals.documents.rules.labels import field_for

    bare = _words(key)
    if not group:
        return bare
    grouped = _words(f"{group} {bare}")
    if bare.lower() in _GENERIC_KEYS:
        return grouped
    return bare if field_for(bare) is not None or field_for(grouped) is None else grouped


def object_lines(value: dict[str, Any], prefix: str = "", group: str = "") -> list[str]:
    """An export's object as "Label: value" lines, each child in a list a "Child N" line."""
    lines: list[str] = []
    for key, item in value.items():
        if _CHILDREN.match(key) and isinstance(item, dict) and item and set(item) <= _COUNT_KEYS:
            # "children.count=2": how many children, not a child
            lines.append(f"Number of children: {_value(next(iter(item.values())))}")
            continue
        if _empty(item) or _BOOKKEEPING.match(key):
            continue
        if _RECORD_TAG.match(key) and not (prefix or group):
            continue
        label = _words(f"{prefix} {_words(key)}") if prefix else _group_label(group, key)
        if _CHILDREN.match(key) and isinstance(item, list | dict):
            children = item if isinstance(item, list) else [item]
            for number, child in enumerate(children, start=1):
                if isinstance(child, dict):
                    lines.append(f"Child {number}")
                    lines.extend(object_lines(child))
            continue
        if isinstance(item, dict):
            single = _answer(label, item) if _one_answer(item) else None
            if single is not None:
                lines.append(single)
                continue
            # a person's details carry the person's role; a group's (risks) do not, unless
            # a field is known only by it
            if _PEOPLE.search(key):
                lines.extend(object_lines(item, label))
            else:
                lines.extend(object_lines(item, group=label))
            continue
        if isinstance(item, list):
            texts = [_value(entry) for entry in item if not isinstance(entry, dict | list)]
            if texts:
                lines.append(f"{label}: {'; '.join(texts)}")
            for entry in item:
                if isinstance(entry, dict):
                    named = _named_answer(entry)
                    lines.extend([named] if named else object_lines(entry, label))
            continue
        lines.append(f"{label}: {_value(item)}")
    return lines


def _depth_change(line: str) -> int:
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*', "", line)
    return text.count("{") + text.count("[") - text.count("}") - text.count("]")


def json_lines(lines: list[str]) -> list[str]:
    """The lines with each JSON object among them (starting on a line of its own with
    "{") written as labelled lines; text that is not JSON is left as it was."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip().startswith("{"):
            result.append(lines[index])
            index += 1
            continue
        depth, end = 0, index
        while end < len(lines):
            depth += _depth_change(lines[end])
            end += 1
            if depth <= 0:
                break
        try:
            parsed = lenient_loads("\n".join(lines[index:end]))
        except ValueError:
            parsed = None
        if not isinstance(parsed, dict):
            result.append(lines[index])
            index += 1
            continue
        result.extend(object_lines(parsed))
        index = end
    return result
