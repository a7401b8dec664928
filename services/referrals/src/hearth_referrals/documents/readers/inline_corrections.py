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


def _new_value(note: str) -> str:
    """The corrected value in a note: after its last dash, up to a comma or semicolon."""
    piece = _DASH.split(note.strip())[-1]
    piece = re.split(r"[,;]|\s+\(", piece, maxsplit=1)[0]
    return _LEAD.sub("", piece).strip(" .")


def corrected_in_line(lines: list[str]) -> list[str]:
    """Each line marked "<<" with a correction, made "Label: corrected value"."""
    fixed = []
    for line in lines:
        found = _MARKED.match(line)
        value = _new_value(found.group("note")) if found else ""
        fixed.append(f"{found.group('label')} {value}" if found and value else line)
    return fixed
