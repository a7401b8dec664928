"""A case system's or tracker's record of one referral, saved as text in three more shapes.

- **YAML**: ``request:`` / ``worker:`` / ``children:`` blocks of indented ``key: value``
  lines, each child a ``- name: ...`` list item.
- **A long list** of one value a row (``section,field,child,value``): each row names its
  field, the child it is about (a number, or blank for the referral's own, or within the
  field's name: "Child 2 DOB") and the value. A case system's field audit trail
  (``Timestamp,User,Field,Old value,New value``) is such a list of edits: a field's last
  row stands.
- **A wide row**: one row for the whole referral, each child's answers in a group of
  columns named with the child's number ("C1 Name", "Child 2 DOB", "YP3 School").

Each is first read into the nested object it stands for, then written out by the JSON
export's own rules (:func:`.lenient_json.object_lines`), so that field names become labels
and each child starts its own "Child N" Part.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import yaml

from hearth_referrals.documents.readers.form_service import respondent_columns
from hearth_referrals.documents.readers.lenient_json import object_lines
from hearth_referrals.documents.rules.risk_words import written_out

__all__ = ["long_list_object", "record_export_lines", "wide_row_object", "yaml_object"]

# A machine's key: lower case words joined by underscores ("case_ref", "date_of_birth").
_MACHINE_KEY = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
_YAML_LINE = re.compile(r"^\s*(-\s+)?[A-Za-z_][\w ]{0,40}:(\s|$)|^\s*-\s+\S|^\s*#")
_YAML_SHARE = 0.8
_MIN_FIELDS = 6


def _strings(value: Any) -> Any:
    """Every value as plain text (YAML's own dates and numbers kept as written)."""
    if isinstance(value, dict):
        return {str(key): _strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_strings(item) for item in value]
    return "" if value is None or value == "~" else str(value)


def yaml_object(content: str) -> dict[str, Any] | None:
    """The object a YAML export stands for; None when the text is not one. Only a mapping
    of machine keys holding nested blocks counts (a typed form of "Label: value" lines is
    not an export), and a text using anchors or aliases is refused unread, so that nothing
    is ever expanded."""
    lines = [line for line in content.splitlines() if line.strip()]
    if len(lines) < _MIN_FIELDS or not any(line[:1].isspace() for line in lines):
        return None
    if sum(1 for line in lines if _YAML_LINE.match(line)) < _YAML_SHARE * len(lines):
        return None
    try:
        if any(
            isinstance(token, yaml.AliasToken | yaml.AnchorToken | yaml.TagToken)
            for token in yaml.scan(content, Loader=yaml.CBaseLoader)
        ):
            return None
        # the base loader constructs nothing but strings, lists and mappings
        parsed = yaml.load(content, Loader=yaml.CBaseLoader)  # noqa: S506
    except yaml.YAMLError:
        return None
    if not isinstance(parsed, dict) or not all(_MACHINE_KEY.match(str(key)) for key in parsed):
        return None
    if not any(isinstance(item, dict | list) for item in parsed.values()):
        return None
    return _strings(parsed)


# A column of one child's answers: "C1 Name", "Child 2 - DOB", "YP3_School", "Name (C2)".
_CHILD_FIRST = re.compile(
    r"^(?:c|ch|child|yp|young person|sibling|kid)\s*[-_#]?\s*(\d{1,2})(?:\s*[-_:.]\s*|\s+)(\S.*)$",
    re.I,
)
_CHILD_AFTER = re.compile(
    r"^(\S.*?)\s*[-_(\[]\s*(?:c|child|yp|young person|sibling)\s*[-_#]?\s*(\d{1,2})\s*[)\]]?$",
    re.I,
)
_MIN_WIDE_COLUMNS = 8
_MIN_CHILD_COLUMNS = 3
_HEADER_CELL = re.compile(r"^[A-Za-z][\w '&/().?#:+-]{0,50}$")


def _split(content: str) -> list[list[str]] | None:
    first = content.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max(("\t", ",", ";"), key=first.count)
    if not first.count(delimiter):
        return None
    try:
        return [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(content.lstrip("\ufeff")), delimiter=delimiter)
            if any(cell.strip() for cell in row)
        ]
    except csv.Error:
        return None


def _child_column(header: str) -> tuple[int, str] | None:
    found = _CHILD_FIRST.match(header) or _CHILD_AFTER.match(header)
    if not found:
        return None
    if found.re is _CHILD_FIRST:
        return int(found.group(1)), found.group(2).strip()
    return int(found.group(2)), found.group(1).strip()


# A tracker's bare "Type" column: the kind of placement the row asks for.
_TYPE = re.compile(r"^(type|kind)$", re.I)


def _risk_word(label: str) -> str:
    """A child's column by its label, a risk's clipped name ("Eating", "Animals") written
    out so the risk rules know it."""
    from hearth_referrals.documents.rules.labels import field_for

    return label if field_for(label) is not None else written_out(label)


def wide_row_object(content: str) -> dict[str, Any] | None:
    """The object a wide row stands for: the referral's own columns, then "children", each
    child's columns without their number; None when the text is not such a sheet."""
    from hearth_referrals.documents.rules.labels import field_for

    rows = _split(content)
    if not rows or len(rows) < 2 or len(rows[0]) < _MIN_WIDE_COLUMNS:
        return None
    header = respondent_columns(rows[0])
    if not all(_HEADER_CELL.match(cell) for cell in header if cell):
        return None
    columns = [_child_column(cell) for cell in header]
    first_child = [
        column
        for column in columns
        if column and column[0] == min((found[0] for found in columns if found), default=0)
    ]
    if len(first_child) < _MIN_CHILD_COLUMNS or not any(
        field_for(label) in {"child_name", "first_name", "last_name"} for _, label in first_child
    ):
        return None
    record: dict[str, Any] = {}
    for row in rows[1:]:
        if abs(len(row) - len(header)) > 1:
            return None
        children: dict[int, dict[str, str]] = {}
        for label, column, cell in zip(header, columns, row, strict=False):
            if not cell or not label:
                continue
            if column is None:
                record.setdefault(_TYPE.sub("Type of placement", label), cell)
            else:
                children.setdefault(column[0], {})[_risk_word(column[1])] = cell
        record.setdefault("children", []).extend(children[number] for number in sorted(children))
    return record


_SECTION = re.compile(r"^(section|group|category|part|area|heading|block)$", re.I)
_FIELD = re.compile(r"^(field|item|question|label|attribute|key|property|prompt)( name)?$", re.I)
_VALUE = re.compile(
    r"^(value|answer|response|entry|detail|details|new value|value after|changed to)$", re.I
)
# A change log's "Old value": its rows are edits, the last one for a field standing
_OLD_VALUE = re.compile(r"^(old value|previous value|value before|changed from)$", re.I)
_RISK_PREFIX = re.compile(r"^risks?\s*[:\-\u2013]\s*", re.I)
_WHOSE = re.compile(
    r"^(child|child (no|number|#)|child ?id|subject|person|yp|young person|sibling)$", re.I
)
_CHILD_SECTION = re.compile(r"^(child|children|young person|yp|person|sibling)s?$", re.I)
_RISK_SECTION = re.compile(r"^(risks?|concerns?|vulnerabilit(y|ies))$", re.I)


def _long_columns(header: list[str]) -> dict[str, int] | None:
    # a system's own column names: "child_no", "field-name"
    header = [re.sub(r"[_-]+", " ", cell).strip() for cell in header]
    columns: dict[str, int] = {}
    for name, pattern in (("section", _SECTION), ("field", _FIELD), ("value", _VALUE)):
        found = [index for index, cell in enumerate(header) if pattern.match(cell.strip())]
        if found:
            columns[name] = found[0]
    whose = [index for index, cell in enumerate(header) if _WHOSE.match(cell.strip())]
    if whose:
        columns["child"] = whose[0]
    edits = any(_OLD_VALUE.match(cell.strip()) for cell in header)
    if not {"field", "value"} <= columns.keys():
        return None
    return columns if len(columns) >= 3 or edits else None


def long_list_object(content: str) -> dict[str, Any] | None:
    """The object a long list of values stands for: the referral's rows by section, and
    "children" by number, each child's risk rows under its "risks"; None when the text is
    not such a list."""
    rows = _split(content)
    if not rows or len(rows) < _MIN_FIELDS or len(rows[0]) > _MIN_WIDE_COLUMNS:
        return None
    columns = _long_columns(rows[0])
    if columns is None:
        return None
    record: dict[str, Any] = {}
    children: dict[str, dict[str, Any]] = {}
    for row in rows[1:]:
        if len(row) <= max(columns.values()):
            return None
        field, value = row[columns["field"]], row[columns["value"]]
        section = row[columns["section"]] if "section" in columns else ""
        whose = row[columns["child"]] if "child" in columns else ""
        if not field:
            continue
        numbered = None if whose else _child_column(field)
        if numbered:
            # "Child 2 DOB", "Child 1 risk: SH": the child's number within the field's name
            whose, field = str(numbered[0]), numbered[1]
            if _RISK_PREFIX.match(field):
                section, field = "risks", _risk_word(_RISK_PREFIX.sub("", field))
        if whose:
            child = children.setdefault(whose, {})
            if _RISK_SECTION.match(section):
                child.setdefault("risks", {})[field] = value
            else:
                child[field] = value
        elif section and not _CHILD_SECTION.match(section):
            record.setdefault(section, {})[field] = value
        else:
            record[field] = value
    if children:
        record["children"] = list(children.values())
    return record


def record_export_lines(content: str) -> list[str] | None:
    """A YAML export, a long list of values or a wide row written as "Label: value" lines
    (each child a "Child N" Part); None for any other text."""
    found = yaml_object(content) or long_list_object(content) or wide_row_object(content)
    return object_lines(found) if found else None
