"""A case system's or portal's export saved as text, read as the form it stands for.

Two shapes besides JSON (:mod:`.lenient_json`) come out of systems whose owners cannot
send a form: one ``key=value`` a line with dotted and indexed keys
(``child[2].dob=2018-03-12``, ``worker.email=...``) and an XML document
(``<Child><Forename>Ava</Forename>...</Child>``). Both are first read into the nested
object they stand for, then written out by the JSON export's own rules, so that field
names become labels in words and each child in a list starts its own "Child N" Part.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from hearth_referrals.documents.readers.lenient_json import object_lines

__all__ = ["export_lines", "key_value_object", "xml_object"]

# "child[1].risk.arson.status=PAST", "request.reference = DCC/75521": a dotted key path.
_KEY_VALUE = re.compile(
    r"^\s*([A-Za-z_][\w-]*(?:\[\d{1,3}\])?(?:\.[\w-]+(?:\[\d{1,3}\])?)*)\s*=(.*)$"
)
_SEGMENT = re.compile(r"^([A-Za-z_][\w-]*?)(?:\[(\d{1,3})\])?$")
_COMMENT = re.compile(r"^\s*(#|;|//)")
# Most lines must be keys, and some of them paths: a few "a = b" lines in a letter are not
# an export.
_MIN_KEYS = 6
_KEY_SHARE = 0.7
# An attribute that names what its element is about: <Risk area="Fire" status="Historic">.
_NAMING = ("area", "name", "type", "key", "category", "label", "field", "topic", "code")


def _put(tree: dict[str, Any], path: list[tuple[str, int | None]], value: str) -> None:
    """Set ``value`` at ``path`` (names with an optional list index) inside ``tree``."""
    node: Any = tree
    for depth, (name, index) in enumerate(path):
        last = depth == len(path) - 1
        if index is None:
            if last:
                node[name] = value
                return
            if not isinstance(node.get(name), dict):
                node[name] = {}
            node = node[name]
            continue
        # child[1], child[2]: a list whose slots may come in any order
        slots = node.setdefault(name, {})
        if not isinstance(slots, dict):
            return
        if last:
            slots[index] = value
            return
        node = slots.setdefault(index, {})
        if not isinstance(node, dict):
            return


def _lists(value: Any) -> Any:
    """Indexed slots ({1: ..., 2: ...}) as lists in index order, all the way down."""
    if isinstance(value, dict):
        if value and all(isinstance(key, int) for key in value):
            return [_lists(value[key]) for key in sorted(value)]
        return {key: _lists(item) for key, item in value.items()}
    return value


def _path(key: str) -> list[tuple[str, int | None]] | None:
    path = []
    for segment in key.split("."):
        found = _SEGMENT.match(segment)
        if not found:
            return None
        index = found.group(2)
        path.append((found.group(1), int(index) if index is not None else None))
    return path


# An INI file's "[child.1]", "[worker]": the keys below it belong to that section.
_SECTION = re.compile(r"^\s*\[([A-Za-z_][\w.-]{0,60})\]\s*$")


def _sections_as_paths(lines: list[str]) -> list[str]:
    """An INI export's lines with each key under its section's path ("[child.1]" then
    "forename = Mia" is "child[1].forename = Mia"); a text with no sections is unchanged."""
    if not any(_SECTION.match(line) for line in lines):
        return lines
    written, section = [], ""
    for line in lines:
        found = _SECTION.match(line)
        if found:
            # "child.1.risks" is "child[1].risks": a number after a dot is the list's slot
            section = re.sub(r"\.(\d{1,3})(?=\.|$)", r"[\1]", found.group(1))
            continue
        pair = _KEY_VALUE.match(line)
        if section and pair and not _COMMENT.match(line):
            line = f"{section}.{pair.group(1)} ={pair.group(2)}"
        written.append(line)
    return written


def key_value_object(lines: list[str]) -> tuple[dict[str, Any], list[str]] | None:
    """The object a ``key=value`` export stands for, with its comment lines (the export's
    title) as text; None when the lines are not such an export."""
    lines = _sections_as_paths(lines)
    filled = [line for line in lines if line.strip()]
    comments = [line for line in filled if _COMMENT.match(line)]
    pairs = [_KEY_VALUE.match(line) for line in filled if not _COMMENT.match(line)]
    keyed = [pair for pair in pairs if pair]
    if (
        len(keyed) < _MIN_KEYS
        or len(keyed) < _KEY_SHARE * len(pairs)
        or not any("." in pair.group(1) or "[" in pair.group(1) for pair in keyed)
    ):
        return None
    tree: dict[str, Any] = {}
    for pair in keyed:
        path = _path(pair.group(1))
        if path:
            _put(tree, path, pair.group(2).strip())
    titles = [_COMMENT.sub("", line).strip() for line in comments]
    return _lists(tree), [title for title in titles if title and "=" not in title]


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1]  # "{urn:x}Child" is "Child"


def _text(element: etree._Element) -> str:
    return " ".join((element.text or "").split())


def _naming(element: etree._Element) -> str | None:
    for name in _NAMING:
        for attribute, value in element.attrib.items():
            if _local(attribute).lower() == name and value.strip():
                return value.strip()
    return None


def _attributes(element: etree._Element) -> dict[str, str]:
    return {_local(key): value.strip() for key, value in element.attrib.items() if value.strip()}


# A named leaf is an answer when its other attributes are few (a status, a date); more, and
# it describes something (a person's role, email and phone).
_ANSWER_ATTRIBUTES = 2


def _named_leaves(children: list[etree._Element]) -> dict[str, Any] | None:
    """Leaves that each carry a naming attribute (<Risk area="Fire" status="Historic">note
    </Risk>) as a mapping keyed by that name: {"Fire": {"status": "Historic", "notes":
    "note"}}; None when one of them is not such a leaf."""
    named = [_naming(child) for child in children]
    if not all(named) or any(len(child) for child in children):
        return None
    if any(len(child.attrib) > _ANSWER_ATTRIBUTES + 1 for child in children):
        return None  # <Worker name="..." role="..." email="..." tel="...">: a person, not an answer
    return {
        name: {
            **{key: value for key, value in _attributes(child).items() if value != name},
            "notes": _text(child),
        }
        for name, child in zip(named, children, strict=True)
    }


def _element(element: etree._Element) -> Any:
    """An element as plain data. Its attributes are its fields as much as its child
    elements are (<Child forename="Oliver">, <Worker role="allocated" name="...">). A leaf
    without attributes is its text; a list when the children are all one tag (<Placements>
    of <Placement>, <Children> of <Child>); a mapping keyed by the naming attribute when
    they are all named leaves (see ``_named_leaves``), and so is one tag repeated among
    others (a <Child>'s <Risk code="FIRE"> elements beside its <Born>); otherwise a mapping
    of tag to value, a repeated tag as a list."""
    # comments and processing instructions are not fields
    children = [child for child in element if isinstance(child.tag, str)]
    attributes = _attributes(element)
    if not children:
        text = _text(element)
        return {**attributes, "notes": text} if attributes and text else attributes or text
    if len(children) > 1:
        keyed = _named_leaves(children)
        if keyed is not None:
            return keyed
    tags = {_local(child.tag) for child in children}
    if len(tags) == 1 and not attributes and (len(children) > 1 or not len(children[0])):
        return [_element(child) for child in children]
    mapping: dict[str, Any] = dict(attributes)
    by_tag: dict[str, list[etree._Element]] = {}
    for child in children:
        by_tag.setdefault(_local(child.tag), []).append(child)
    for tag, group in by_tag.items():
        keyed = _named_leaves(group) if len(group) > 1 else None
        if keyed is not None:
            mapping[tag] = keyed
        elif len(group) > 1:
            mapping[tag] = [_element(child) for child in group]
        else:
            mapping[tag] = _element(group[0])
    return mapping


def _xml_root(content: str) -> etree._Element | None:
    text = content.strip().removeprefix("\ufeff")
    if not text.startswith("<") or not text.endswith(">") or "<!DOCTYPE" in text.upper():
        return None
    if "<!ENTITY" in text.upper():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(text.encode("utf-8"), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def xml_object(content: str) -> dict[str, Any] | None:
    """The object an XML export stands for (its root's children); None when the text is
    not one well-formed XML document. A document type declaration is refused unread, so
    that no entity is ever expanded."""
    root = _xml_root(content)
    return None if root is None else _root_object(root)


def _root_object(root: etree._Element) -> dict[str, Any] | None:
    value = _element(root)
    if isinstance(value, list):
        first = next(child for child in root if isinstance(child.tag, str))
        return {_local(first.tag): value}
    return value if isinstance(value, dict) else None


def _comments(root: etree._Element) -> list[str]:
    """The export's comments, before its root and inside it: what its writer told a reader
    ("status codes: C current, H historical")."""
    comments = [*reversed(list(root.itersiblings(preceding=True))), *root.iter()]
    return [
        " ".join(node.text.split())
        for node in comments
        if isinstance(node, etree._Comment) and node.text and node.text.strip()
    ]


def export_lines(content: str) -> list[str] | None:
    """A ``key=value`` or XML export written as "Label: value" lines (each child a "Child
    N" Part); None for any other text."""
    root = _xml_root(content)
    xml = None if root is None else _root_object(root)
    if xml is not None:
        return [*_comments(root), *object_lines(xml)]
    found = key_value_object(content.splitlines())
    if found is None:
        return None
    tree, titles = found
    return [*titles, *object_lines(tree)]
