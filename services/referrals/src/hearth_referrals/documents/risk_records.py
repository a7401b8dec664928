"""Risk records a case system or portal exports as data, not as a form: an XML element
whose attributes name the risk and its status (``<Risk area="Fire" status="Historic">set a
bin alight in 2023</Risk>``) and ``key=value`` lines whose key path names the child, the
risk and the field (``child[2].risk.arson.status=PAST``, ``...arson.note=...``).

Each record is rewritten as the labelled row a form would print ("Fire | Historic - set a
bin alight in 2023"), in the part of the child it belongs to ("child 2"), so that the risk
is read with the one table of status words every risk row uses; the raw markup is taken
out of the text it was found in, so that it is not read again as prose. A record with an
empty status and no note is a row left blank (a gap to ask about)."""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.blocks import Block, BlockKind

__all__ = ["expand_risk_records"]

# <Risk area="Self-harm" status="Current">...</Risk>, <risk name="CSE" level="NONE"/>
_NAME_ATTRIBUTE = r"(?:area|name|type|risk|category|topic|domain|indicator)"
_STATUS_ATTRIBUTE = r"(?:status|state|level|rating|value|answer|flag|verdict)"
_ELEMENT = re.compile(
    r"<(?P<tag>[A-Za-z][\w.-]*)(?P<attributes>(?:\s+[\w.:-]+\s*=\s*\"[^\"]*\")+)\s*"
    r"(?:/>|>(?P<note>[^<]*)</(?P=tag)\s*>)",
)
_ATTRIBUTE = re.compile(r"([\w.:-]+)\s*=\s*\"([^\"]*)\"")
# <Child>, <YoungPerson id="2">: where one child's record starts
_CHILD_OPENS = re.compile(r"<(?:child|young_?person|subject|person_?supported)\b[^>/]*>", re.I)

# child[2].risk.arson.status=PAST, yp.1.risks.self_harm.note=...
_KEY = re.compile(
    r"(?:^|(?<=\s))(?P<path>[A-Za-z_][\w\[\].-]*?\brisks?\b[\w\[\].-]*?)"
    r"\.(?P<area>[A-Za-z][\w-]*)\.(?P<field>status|state|level|rating|value|flag|note|notes"
    r"|detail|details|comment|comments)\s*=(?P<value>[^\n]*?)(?=\s+[A-Za-z_][\w\[\].-]*\s*=|\n|$)",
    re.I,
)
_CHILD_NUMBER = re.compile(r"(?:child|children|yp|young_?person|subject)\W?(\d{1,2})\b", re.I)
_STATUS_FIELDS = {"status", "state", "level", "rating", "value", "flag"}
# "cce_perpetrator", "exploitation_of_others": the child as the one who does it
_DOES_IT = re.compile(
    r"[\s_-]*(?<![a-z])(?:perpetrator|perp|offender|instigator|by[\s_]child"
    r"|(?:of|to|towards)[\s_]others)(?![a-z])",
    re.I,
)
_VICTIM = re.compile(r"[\s_-]*(?<![a-z])victim(?![a-z])", re.I)


def _words(name: str) -> str:
    """ "NoneIdentified" as "None identified", "self_harm" as "self harm"."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.replace("_", " ")).split()
    if not words:
        return ""
    rest = [word if word.isupper() else word.lower() for word in words[1:]]
    return " ".join([words[0][:1].upper() + words[0][1:], *rest])


def _risk_label(area: str) -> str:
    """The row label for a record's risk: its name in words, and "(to others)" where the
    name says the child is the one who does it."""
    if _DOES_IT.search(area):
        return f"{_words(_DOES_IT.sub('', area))} (risk to others)"
    return _words(_VICTIM.sub("", area))


def _row(status: str, note: str) -> str:
    status, note = _words(status.strip()), note.strip()
    return " - ".join(part for part in (status, note) if part)


def _element_rows(text: str) -> tuple[list[tuple[int, str, str]], str]:
    """Each risk element in ``text`` as (offset, label, answer); the text without them."""
    rows: list[tuple[int, str, str]] = []
    kept: list[str] = []
    start = 0
    for element in _ELEMENT.finditer(text):
        attributes = {
            key.lower(): value for key, value in _ATTRIBUTE.findall(element["attributes"])
        }
        name = next((v for k, v in attributes.items() if re.fullmatch(_NAME_ATTRIBUTE, k)), None)
        found = [k for k in attributes if re.fullmatch(_STATUS_ATTRIBUTE, k)]
        if (
            name is None
            or not found
            or not re.search(r"risk|concern|vulnerab", element["tag"], re.I)
        ):
            continue
        rows.append(
            (element.start(), _risk_label(name), _row(attributes[found[0]], element["note"] or ""))
        )
        kept.append(text[start : element.start()])
        start = element.end()
    kept.append(text[start:])
    return rows, " ".join(piece.strip() for piece in kept if piece.strip())


def _key_rows(text: str) -> tuple[list[tuple[int | None, str, str]], str]:
    """Each risk's status and note from ``key=value`` lines, as (child number, label,
    answer), in the order first named; the text without them."""
    records: dict[tuple[int | None, str], dict[str, str]] = {}
    kept: list[str] = []
    start = 0
    for key in _KEY.finditer(text):
        number = _CHILD_NUMBER.search(key["path"])
        child = int(number.group(1)) if number else None
        field = "status" if key["field"].lower() in _STATUS_FIELDS else "note"
        records.setdefault((child, key["area"]), {})[field] = key["value"].strip()
        kept.append(text[start : key.start()])
        start = key.end()
    kept.append(text[start:])
    rows = [
        (child, _risk_label(area), _row(fields.get("status", ""), fields.get("note", "")))
        for (child, area), fields in records.items()
    ]
    return rows, " ".join(piece.strip() for piece in kept if piece.strip())


def _as_rows(block: Block, rows: list[tuple[str | None, str, str]]) -> list[Block]:
    return [
        Block(
            BlockKind.FIELD,
            answer,
            replace(block.location, part=part or block.location.part),
            label=label,
        )
        for part, label, answer in rows
    ]


# A record a data export prints as one line a field, its keys under one prefix: "Risk
# indicators category: CSE", "Risk indicators status: NONE", "Risk indicators notes: ..."
# (a JSON list of objects, flattened). The prefix must say the list is of risks or concerns.
_FIELD_LINE = re.compile(
    r"^\W*(?P<prefix>[A-Za-z][\w /-]{0,40}?)[\s_.-]+(?P<field>[A-Za-z]+)\s*:\s*(?P<value>.*?)\s*$"
)
_RECORD_NAME_FIELDS = {"category", "type", "area", "risk", "name", "indicator", "topic", "domain"}
_RECORD_NOTE_FIELDS = {"note", "notes", "detail", "details", "comment", "comments", "description"}
_RISK_LIST = re.compile(r"risk|concern|vulnerab", re.I)


def _field_line(block: Block) -> tuple[str, str, str] | None:
    """A paragraph that is one field of a flattened record: (prefix, field, value)."""
    line = _FIELD_LINE.match(block.text) if block.kind is BlockKind.PARAGRAPH else None
    if line is None or "\n" in block.text:
        return None
    return line["prefix"].strip().lower(), line["field"].lower(), line["value"]


def _paired_records(blocks: list[Block]) -> list[Block]:
    """Each flattened risk record (a line naming the risk, the lines after it giving its
    status and note under the same prefix) as one labelled risk row."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        head = _field_line(blocks[index])
        if head is None or head[1] not in _RECORD_NAME_FIELDS or not _RISK_LIST.search(head[0]):
            out.append(blocks[index])
            index += 1
            continue
        fields: dict[str, str] = {}
        following = index + 1
        while following < len(blocks):
            line = _field_line(blocks[following])
            if line is None or line[0] != head[0] or line[1] in _RECORD_NAME_FIELDS:
                break
            if line[1] in _STATUS_FIELDS:
                fields["status"] = line[2]
            elif line[1] in _RECORD_NOTE_FIELDS:
                fields["note"] = line[2]
            else:
                break
            following += 1
        if "status" not in fields:
            out.append(blocks[index])
            index += 1
            continue
        answer = _row(fields["status"], fields.get("note", ""))
        out.extend(_as_rows(blocks[index], [(None, _risk_label(head[2]), answer)]))
        index = following
    return out


def expand_risk_records(blocks: list[Block]) -> list[Block]:
    """The blocks with every exported risk record rewritten as a labelled risk row."""
    blocks = _paired_records(blocks)
    expanded: list[Block] = []
    children_opened = 0
    zero_based = any(
        number.group(1) == "0"
        for block in blocks
        for key in _KEY.finditer(block.text)
        if (number := _CHILD_NUMBER.search(key["path"]))
    )
    for block in blocks:
        text = block.text
        opened = [match.start() for match in _CHILD_OPENS.finditer(text)] if "<" in text else []
        if "=" not in text:
            children_opened += len(opened)
            expanded.append(block)
            continue
        rows: list[tuple[str | None, str, str]] = []
        elements, text = _element_rows(text) if "<" in text else ([], text)
        for offset, label, answer in elements:
            count = children_opened + sum(1 for at in opened if at < offset)
            rows.append((f"child {count}" if count else None, label, answer))
        children_opened += len(opened)
        keyed, text = _key_rows(text)
        for number, label, answer in keyed:
            if number is not None and zero_based:
                number += 1
            rows.append((f"child {number}" if number is not None else None, label, answer))
        if not rows:
            expanded.append(block)
            continue
        if text.strip():
            expanded.append(replace(block, text=text))
        expanded.extend(_as_rows(block, rows))
    return expanded
