"""A mail-merge letter's fields left unfilled: a field's name is no answer.

A provider letter or a referral built from a template shows every field the merge did not
fill as its name in chevrons ("Date of birth: «DOB»", "Self harm | <<Risk_sh>>"). The name
is the template's, not the LA's answer: read as words it names the very risk the row asks
about ("«Risk_sh»" after "Self harm" reads as self-harm present). Each such field is taken
out of the text, so the answer is as blank as the LA left it (a gap to ask about), and the
words beside it ("(age 9)") are still read."""

from __future__ import annotations

import re

from hearth_referrals.documents.blocks import Block

__all__ = ["unfilled_merge_fields"]

# «Field_Name», <<Field Name>>: a merge field's name between chevrons.
_MERGE_FIELD = re.compile(r"\u00ab[^\u00ab\u00bb\n]{1,60}\u00bb|<<[^<>\n]{1,60}>>")


def unfilled_merge_fields(blocks: list[Block]) -> list[Block]:
    """The blocks with every unfilled merge field taken out of their text."""
    return [
        block.reworded(_MERGE_FIELD.sub("", block.text).strip())
        if _MERGE_FIELD.search(block.text)
        else block
        for block in blocks
    ]
