"""A bare "Type:" line giving the placement asked for: "Type: Foster care - siblings together".

Short notes (a Markdown export, a kinship breakdown request) write the kind of placement
under a one-word label, "Type", with no "placement" near it. When nothing else gave the
setting, such a line whose words name exactly one setting is the setting asked for. A
"Type" inside a history, a parent's part or a part about school, health, family time or
risks is not: only the request's own part counts.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import DraftBuilder
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import Answer

__all__ = ["setting_from_bare_type"]

_BARE_TYPE = re.compile(r"^\W*(type|kind|sought|looking for)\W*$", re.I)
# A part about something else (a past placement, a parent, the child's school, health or
# family time) has its own "Type" (of school, of contact...): not the placement sought.
_NOT_THE_REQUEST = re.compile(
    r"\b(history|previous|past|current|parent|mother|father"
    r"|education|school|health|family time|contact|risks?)\b",
    re.I,
)


def setting_from_bare_type(builder: DraftBuilder, answers: list[Answer]) -> None:
    """The setting from the first bare "Type:" line naming exactly one, when none is read."""
    if "setting" in builder.placement:
        return
    for answer in answers:
        if not _BARE_TYPE.match(answer.label) or _NOT_THE_REQUEST.search(answer.part):
            continue
        named = values.read_choice("setting", answer.value)
        if len(named) == 1:
            evidence = answer.block.evidence()
            builder.set(builder.placement, "setting", named[0].value, 0.8, evidence)
            return
