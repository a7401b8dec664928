"""A case system's or portal's export saved as text, read as the form it stands for.

Two shapes besides JSON: one dotted ``key=value`` a line (``worker.email=...``,
``child[2].risk.arson.status=PAST``) and an XML record (``<Worker><Name>...``,
``<Risk area="Fire" status="Historic">note</Risk>``). Both are turned into the nested
object they spell and written as "Label: value" lines by the JSON export's writer, so a
child in a numbered or repeated element starts its own "Child N" Part and a risk-style
entry (a state and a note) is one answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from hearth_referrals.documents.readers.lenient_json import object_lines

__all__ = ["keyed_lines", "xml_lines"]

# "request.start=...", "child[1].risk.cse.status=...": a dotted path, then "=" or ":".
_KEYED = re.compile(r"^\s*([A-Za-z_]\w*(?:\[\d+\])?(?:\.\w+(?:\[\d+\])?)+)\s*[=:]\s?(.*)$")
_STEP = re.compile(r"^(\w+)(?:\[(\d+)\])?$")
_MIN_KEYED_LINES = 5
# Attributes that name what an element is about ("area", "name"): the element's label.
_SUBJECT_ATTRIBUTES = ("area", "name", "type", "topic", "category", "subject", "key")


def _put(tree: dict[str, Any], path: str, value: str) -> None:
    node: Any = tree
    steps = path.split(".")
    for position, step in enumerate(steps):
        match = _STEP.match(step)
        if match is None:
            return
        key, number = match.group(1), match.group(2)
        last = position == len(steps) - 1
        if number is not None:
            items = node.setdefault(key, {})
            if not isinstance(items, dict):
                return
            key, node = number, items  # numbered entries kept in the order written
        if last:
            node[key] = value.strip() or None
            return
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            return
        node = child


def _numbered_as_lists(value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    converted = {key: _numbered_as_lists(item) for key, item in value.items()}
    if converted and all(key.isdigit() for key in converted):
        return [converted[key] for key in sorted(converted, key=int)]
    return converted


def keyed_lines(lines: list[str]) -> list[str] | None:
    """The lines as labelled lines when most of them are dotted ``key=value`` pairs
    (comments with ``#`` aside); None when they are not such an export."""
    tree: dict[str, Any] = {}
    keyed = other = 0
    for line in lines:
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        match = _KEYED.match(text)
        if match is None:
            other += 1
            continue
        keyed += 1
        _put(tree, match.group(1), match.group(2))
    if keyed < _MIN_KEYED_LINES or other * 4 > keyed:
        return None
    return object_lines(_numbered_as_lists(tree))


@dataclass
class _Element:
    tag: str
    attrib: dict[str, str]
    children: list[_Element] = field(default_factory=list)
    text: str = ""


class _Refused(ValueError):
    """The XML declares a document type or an entity: not read."""


def _parse(text: str) -> _Element:
    """The record's elements, by expat with document types and entities refused (so
    nothing can be expanded or fetched); raises ValueError when it is not XML."""
    parser = expat.ParserCreate()
    stack: list[_Element] = [_Element("", {})]

    def start(tag: str, attrib: dict[str, str]) -> None:
        element = _Element(tag, attrib)
        stack[-1].children.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def data(chunk: str) -> None:
        stack[-1].text += chunk

    def refuse(*_args: object) -> None:
        raise _Refused

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise ValueError(str(error)) from error
    (root,) = stack[0].children
    return root


def _words(value: str) -> str | None:
    """A code written in CamelCase ("NoneIdentified") as the words it joins."""
    if re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", value):
        spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", value)
        return spaced[:1] + spaced[1:].lower()
    return value or None


def _element_value(element: _Element) -> Any:
    children = element.children
    text = " ".join(element.text.split()) or None
    attributes = {key.lower(): value for key, value in element.attrib.items()}
    subject = next((attributes[name] for name in _SUBJECT_ATTRIBUTES if name in attributes), None)
    if subject is not None and not children:
        said = [value for key, value in attributes.items() if attributes.get(key) != subject]
        return subject, {"value": _words(said[0]) if said else None, "notes": text}
    if not children:
        return None, text
    value: dict[str, Any] = {}
    tags = [child.tag for child in children]
    labelled = False
    for child in children:
        label, item = _element_value(child)
        labelled = labelled or label is not None
        if label is None and tags.count(child.tag) > 1:
            value.setdefault(child.tag, []).append(item)
        else:
            value[label or child.tag] = item
    if len(set(tags)) == 1 and not labelled:
        only = next(iter(value.values()))  # <Placements><Placement/>... as one list
        return None, only if isinstance(only, list) else [only]
    return None, value


def xml_lines(content: str) -> list[str] | None:
    """The text as labelled lines when it is one XML record; None when it is not XML.
    A document type declaration is refused, so no entity can be declared or expanded."""
    text = content.strip()
    if not text.startswith("<"):
        return None
    try:
        root = _parse(text)
    except ValueError:
        return None
    if len(root.children) < _MIN_KEYED_LINES:
        return None
    _label, value = _element_value(root)
    return object_lines(value) if isinstance(value, dict) else None
