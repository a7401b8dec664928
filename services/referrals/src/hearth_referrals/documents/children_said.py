"""Children named in what is said, not in a form's boxes.

A call, a note or a message names a sibling group in one breath ("Jack and Ellie Rimmer,
brother and sister", "Kayden, Lacey and Ruby-Mae Marsh - three siblings") and then says
each child's details by their first name ("Jack's born 8 February 2014", "Ellie was born
on 3 May 2018", "Ellie is eight"), or gives a child's gender and age right after their
name ("for Mia Ellacott, girl, DOB ...", "Ashton Pryce (boy, 15)"). The first gives a
child each, in the order named (with the gender the group's words give each); the others
give the named child's date of birth, gender and age (an age only with no birth date).
"""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.people import looks_like_name

__all__ = ["birth_by_first_name", "group_genders", "named_group", "said_beside_name"]

_FIRST = r"[A-ZÀ-Þ][a-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][a-zß-ÿ'\u2019]+)?"
# One child of a list: "Kayden", "Kayden Marsh", "Kayden (13)", "Kayden Marsh, aged 13"
_ITEM = rf"{_FIRST}(?:\s+{_FIRST})?(?:\s*\(\d{{1,2}}\)|,\s*aged\s+\d{{1,2}}(?=,|\s+(?:and|&)\s))?"
# (a lookahead: every start is tried, "Brothers Kayden and Leo Marsh" from "Kayden" too)
_LIST = re.compile(rf"(?=\b({_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s+(?:and|&)\s+{_ITEM}))")
_ITEM_PARTS = re.compile(
    rf"^(?P<first>{_FIRST})(?:\s+(?P<last>{_FIRST}))?"
    r"(?:\s*\((?P<age>\d{1,2})\)|,\s*aged\s+(?P<aged>\d{1,2}))?$"
)
# "the Marsh siblings", "the Tremayne boys": the family's name for the group
_FAMILY = re.compile(
    rf"\bthe\s+(?P<last>{_FIRST})\s+(?:siblings|children|brothers|sisters|boys|girls|twins)\b"
)
# The words that make the names a sibling group, not a list of people.
_SIBLING_WORDS = re.compile(
    r"\b(brothers?|sisters?|siblings?|twins|half[- ]siblings|(the )?(two|three|four) "
    r"(children|boys|girls|of them)|sibling (group|pair))\b",
    re.I,
)
# "brother and sister", "sister and two brothers": each word's gender, in the order named
_GENDER_WORDS = re.compile(r"\b(brothers?|sisters?|boys?|girls?)\b", re.I)
_GENDER_OF = {"brother": "male", "boy": "male", "sister": "female", "girl": "female"}


def named_group(sentence: str) -> list[tuple[str, str, str | None]]:
    """(first, last, age) of each child a sentence names as a sibling group, or []:
    "Jack and Ellie Rimmer, brother and sister", "Kayden, Lacey and Ruby-Mae Marsh",
    "Kayden Marsh (13), Lacey Marsh (10) and ...", "the Marsh siblings - Kayden (13), ..."."""
    if not _SIBLING_WORDS.search(sentence):
        return []
    for found in _LIST.finditer(sentence):
        items = [
            _ITEM_PARTS.match(item.strip())
            for item in re.split(
                r"\s*,\s*(?:(?:and|&)\s+)?(?!aged)|\s+(?:and|&)\s+", found.group(1)
            )
        ]
        if any(item is None for item in items):
            continue
        named = _family_of(sentence, items)
        if named:
            return named
    return []


def _family_of(sentence: str, items: list[re.Match[str]]) -> list[tuple[str, str, str | None]]:
    """The children of one surname a list names: each with the surname written once after
    the last, after every one, or given as "the Marsh siblings"; [] if they differ."""
    lasts = [item.group("last") for item in items]
    family = _FAMILY.search(sentence)
    if all(lasts) and len(set(lasts)) == 1:
        last = lasts[0]
    elif not any(lasts[:-1]) and lasts[-1]:
        last = lasts[-1]
    elif not any(lasts) and family:
        last = family.group("last")
    else:
        return []
    firsts = [item.group("first") for item in items]
    if len(set(firsts)) != len(firsts) or not all(looks_like_name(f"{f} {last}") for f in firsts):
        return []
    return [(item.group("first"), last, item.group("age") or item.group("aged")) for item in items]


def group_genders(sentence: str, count: int) -> list[str] | None:
    """ "brother and sister": each child's gender in the order the children were named,
    when the words name exactly one gender per child; None otherwise."""
    words = [word.lower() for word in _GENDER_WORDS.findall(sentence)]
    if len(set(words)) == 1 and words[0].endswith("s") and words[0][:-1] in _GENDER_OF:
        return [_GENDER_OF[words[0][:-1]]] * count  # "the Tremayne boys", "brothers Kai and Leo"
    if len(words) != count or any(word.endswith("s") and word[:-1] in _GENDER_OF for word in words):
        return None
    return [_GENDER_OF[word] for word in words]


# "Jack's born 8 February 2014", "Ellie was born on 3 May 2018", "Ava, born 02/02/2020,"
_BORN = re.compile(
    rf"\b(?P<first>{_FIRST})(?:'s|\u2019s|\s+was|\s+is|,)\s+born\s+(?:on\s+)?(?P<born>[^.;,]{{6,24}})"
)


def birth_by_first_name(builder: DraftBuilder, answer: Answer) -> None:
    """The date of birth a sentence gives a child already named, by their first name."""
    if len(builder.children) < 2:
        return
    for found in _BORN.finditer(answer.value):
        named = [
            index
            for index, child in enumerate(builder.children)
            if str(getattr(child.fields.get("first_name"), "value", "")) == found.group("first")
        ]
        dates = find_dates(found.group("born"), builder.reference_date)
        if len(named) != 1 or not dates or dates[0].start > 0:
            continue
        if not 0 <= (builder.reference_date - dates[0].value).days <= 18 * 366:
            continue
        fields = builder.children[named[0]].fields
        if "date_of_birth" not in fields:
            builder.set(fields, "date_of_birth", dates[0].value, 0.8, answer.block.evidence())


# "Mia Ellacott, girl, DOB ...", "Ashton Pryce (boy, 15)", "Leo - male - 9"
_GENDER_AFTER = re.compile(
    r"^\s*(?:,|\(|[-\u2013])\s*(?P<gender>(?i:boy|girl|male|female))\b(?=\s*(?:[,)\-\u2013;.]|$))"
)
_AGE_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen"
).split()
_AGE = rf"(?P<age>1[0-7]|[0-9]|(?i:{'|'.join(_AGE_WORDS)}))"
# "Ashton Pryce, boy, 15 (DOB not to hand)", "Ellie is eight", "Leo (9)", "Leo, aged 9,"
_AGE_AFTER = re.compile(
    r"^\s*(?:,|\(|[-\u2013]|\s+is)\s*(?:(?i:boy|girl|male|female)\s*[,)\-\u2013]\s*)?"
    rf"(?i:aged\s+)?{_AGE}(?!\s*(?:[/.:-]\d|%|\w))(?:\s*(?i:years? old|yrs?))?"
)


def said_beside_name(builder: DraftBuilder, answers: list[Answer]) -> None:
    """The gender (and, with no date of birth, the age) written right after a named
    child's name, when not known yet."""
    for child in builder.children:
        first, last = child.fields.get("first_name"), child.fields.get("last_name")
        if first is None or not first.value:
            continue
        names = [str(first.value)]
        if last and last.value:
            names.insert(0, f"{first.value} {last.value}")
        for answer in answers:
            _said_after(builder, child, names, answer)


def _said_after(
    builder: DraftBuilder, child: ChildFindings, names: list[str], answer: Answer
) -> None:
    for name in names:
        for found in re.finditer(rf"\b{re.escape(name)}\b", answer.value):
            after = answer.value[found.end() :]
            evidence = answer.block.evidence()
            said = _GENDER_AFTER.match(after) if len(name.split()) > 1 else None
            gender = values.read_choice("gender", said.group("gender")) if said else []
            if len(gender) == 1 and "gender" not in child.fields:
                builder.set(child.fields, "gender", gender[0].value, 0.8, evidence)
            aged = _AGE_AFTER.match(after)
            if aged and not {"date_of_birth", "age_years"} & set(child.fields):
                age = aged.group("age").lower()
                years = _AGE_WORDS.index(age) + 1 if age in _AGE_WORDS else int(age)
                builder.set(child.fields, "age_years", years, 0.75, evidence)
