"""A run of a child's details typed on one line, each led by its label's word, no colons.

Logs, trackers and quick emails set a child's details out in one line between semicolons:
"Sienna Cropper, F, 28.11.14; ICO (s38) 11.11.26; school St John Fisher High Yr 8; health
hearing aid; FT mum 3x a week; moves 1". Each piece led by a label's word ("school",
"health", "FT", "moves") is that label's answer; a piece led by no label stays a line of
its own. Only a run of several such pieces is split: one "school ..." in a sentence is not
a form.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.rules.answers import CHILD_FIELDS, Answer
from hearth_referrals.documents.rules.labels import field_for

__all__ = ["label_run_answers"]

# Semicolons outside brackets part the run's pieces.
_PIECES = re.compile(r";\s*(?![^()]*\))")
_MIN_PIECES = 3
_MIN_LABELLED = 2
_LABEL_WORDS = 3
# The fields a run's piece may answer: what a form asks of each child, but the name (the
# run's first piece gives it in words), and the home the child lives in now.
_FIELDS = (CHILD_FIELDS - {"first_name", "last_name"}) | {"current_home"}


# Words that carry a label on ("legal status", "family time", "known as"), never its answer.
_LABEL_GOES_ON = frozenset(
    "status time times needs need history placements placement as name arrangements plan"
    " order language issues contact requirements".split()
)


def _labelled(piece: str) -> tuple[str, str] | None:
    """("school", "St John Fisher ...") when the piece opens with a label's word: the
    fewest words that name a field, and the words that carry such a label on."""
    words = piece.split()
    for size in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[:size])
        if not label[0].isalpha() or label.endswith(":"):
            continue
        field = field_for(label)
        if field is None:
            continue
        while size < len(words) - 1 and words[size].lower() in _LABEL_GOES_ON:
            size += 1
        return (" ".join(words[:size]), " ".join(words[size:])) if field in _FIELDS else None
    return None


def label_run_answers(answer: Answer) -> list[Answer] | None:
    """The answer split into its labelled pieces (see the module's docstring), or None."""
    if answer.label or answer.options or ":" in answer.value or "\n" in answer.value:
        return None
    pieces = [piece.strip() for piece in _PIECES.split(answer.value) if piece.strip()]
    if len(pieces) < _MIN_PIECES:
        return None
    read = [_labelled(piece) for piece in pieces]
    if sum(found is not None for found in read) < _MIN_LABELLED:
        return None
    return [
        Answer(found[0], found[1], answer.block, label_block=answer.block)
        if found
        else Answer("", piece, answer.block)
        for piece, found in zip(pieces, read, strict=True)
    ]
