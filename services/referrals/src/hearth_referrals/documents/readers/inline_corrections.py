"""A value corrected in line: "DOB: 3 May 2011   << wrong way round - it is 5 March 2011".

A worker answering a thread marks the line of the original that was wrong with "<<" and
writes the right value after it. The line is read as its label and the corrected value;
the words around the value ("no", "wrong way round", "it is", "now a") are not part of it.
"""

from __future__ import annotations

import re

__all__ = ["corrected_in_line"]

_MARKED = re.compile(r"^(?P<label>\s*[^:<]{1,60}:)\s*(?P<old>[^<]*?)\s*<<+\s*(?P<note>\S.*)$")
_DASH = re.compile(r"\s+[-\u2013\u2014]\s+")
_LEAD = re.compile(
    r"^\W*(?:(?:no|nope|wrong|incorrect|sorry|correction|actually|in fact|it is|it's|this is"
    r"|should (?:be|read|say)|is|now|correct (?:one|date|value) is|a|an)\b\W*)+",
    re.I,
)


# "Sana moved to Denbigh Primary in September": the new value is where the child moved to
_MOVED = re.compile(
    r"\b(?:has |have )?(?:moved|changed|gone|transferred|switched)\s+(?:over\s+)?to\s+(?P<new>.+?)"
    r"(?:\s+(?:in|since|from|on|at the start of)\s+[\w /]+)?$",
    re.I,
)


def _new_value(note: str) -> str:
    """The corrected value in a note: after its last dash, up to a comma or semicolon."""
    piece = _LEAD.sub("", _DASH.split(note.strip())[-1])
    piece = re.split(r"[,;]|\s+\(", piece, maxsplit=1)[0]
    moved = _MOVED.search(piece.strip(" ."))
    if moved:
        piece = moved.group("new")
    return _LEAD.sub("", piece).strip(" .")


# "<< wrong school - she moved to Denbigh Primary in September" on the line under the answer
_UNDER = re.compile(r"^\s*<<+\s*(?P<note>\S.*)$")
_ANSWER = re.compile(r"^(?P<label>\s*[>\s]*[^:<>]{1,60}:)\s*\S")


def corrected_in_line(lines: list[str]) -> list[str]:
    """Each line marked "<<" with a correction, made "Label: corrected value"; a marked
    line of its own corrects the answer just above it."""
    fixed: list[str] = []
    for line in lines:
        under = _UNDER.match(line)
        above = _ANSWER.match(fixed[-1]) if under and fixed else None
        value = _new_value(under.group("note")) if above else ""
        if above and value:
            fixed[-1] = f"{above.group('label')} {value}"
            continue
        found = _MARKED.match(line)
        value = _new_value(found.group("note")) if found else ""
        fixed.append(f"{found.group('label')} {value}" if found and value else line)
    return fixed
