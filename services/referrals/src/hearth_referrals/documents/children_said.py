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

__all__ = [
    "birth_by_first_name",
    "group_genders",
    "named_group",
    "said_beside_name",
    "sibling_asked_for_too",
]

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
# "Ashton is male and ...", "Mia is a girl of 9", "Leo is a 12-year-old boy", "Tia is a
# young woman": the child's name and "is" before the gender, even the first name alone.
_GENDER_IS = re.compile(
    r"^\s+is\s+(?:an?\s+)?(?:\d{1,2}[- ](?i:years?)[- ](?i:old)\s+|(?i:young|little)\s+)?"
    r"(?P<gender>(?i:boy|girl|male|female|young (?:man|woman)))\b(?![-'\u2019]\w)"
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
            said = said or _GENDER_IS.match(after)
            gender = values.read_choice("gender", said.group("gender")) if said else []
            if len(gender) == 1 and "gender" not in child.fields:
                builder.set(child.fields, "gender", gender[0].value, 0.8, evidence)
            aged = _AGE_AFTER.match(after)
            if aged and not {"date_of_birth", "age_years"} & set(child.fields):
                age = aged.group("age").lower()
                years = _AGE_WORDS.index(age) + 1 if age in _AGE_WORDS else int(age)
                builder.set(child.fields, "age_years", years, 0.75, evidence)


# "Her brother Leo Marsh (DOB 03/04/2017) also needs a placement with her": a sibling
# named with their birth or age in a sentence asking for them too.
_SIBLING_TOO = re.compile(
    r"\b(?i:(?:younger |older |little |big |half[- ]|step[- ]?)?(?P<kin>brother|sister|sibling))\s+"
    rf"(?P<first>{_FIRST})(?:\s+(?P<last>{_FIRST}))?\s*[,(]\s*"
    r"(?:(?i:dob|d\.o\.b\.?|born|date of birth)\s*:?\s*(?P<born>[^),;]{6,24})"
    r"|(?i:aged?\s*)(?P<age>\d{1,2}))"
)
_ALSO_ASKED = re.compile(
    r"\b(also|too|as well|together|both)\b[^.]{0,60}\b(placement|placed|home|carers?|referr\w*"
    r"|needs?|accommodat\w*)\b"
    r"|\b(placement|placed|home|carers?|referr\w*|needs?)\b[^.]{0,60}"
    r"\b(also|too|as well|together)\b",
    re.I,
)


def sibling_asked_for_too(builder: DraftBuilder, answer: Answer) -> None:
    """A sibling named (with their birth or age) in a sentence asking for them as well: a
    child of the referral, after the child already named."""
    if answer.label or "first_name" not in builder.child.fields:
        return
    for sentence in re.split(r"(?<=[.!?])\s+", answer.value):
        found = _SIBLING_TOO.search(sentence)
        if found is None or not _ALSO_ASKED.search(sentence):
            continue
        known = {str(getattr(c.fields.get("first_name"), "value", "")) for c in builder.children}
        if found.group("first") in known:
            continue
        last = found.group("last") or builder.child.fields.get("last_name")
        last = last if isinstance(last, str) or last is None else last.value
        born = find_dates(found.group("born") or "", builder.reference_date)
        if born and not 0 <= (builder.reference_date - born[0].value).days <= 18 * 366:
            continue
        if not looks_like_name(f"{found.group('first')} {last or ''}".strip()):
            continue
        # the sibling is added; the answers after the sentence stay the child's being read
        builder.children.append(ChildFindings())
        fields, evidence = builder.children[-1].fields, answer.block.evidence()
        builder.set(fields, "first_name", found.group("first"), 0.75, evidence)
        if last:
            builder.set(fields, "last_name", last, 0.75, evidence)
        if born:
            builder.set(fields, "date_of_birth", born[0].value, 0.75, evidence)
        elif found.group("age") and int(found.group("age")) < 18:
            builder.set(fields, "age_years", int(found.group("age")), 0.75, evidence)
        kin = _GENDER_OF.get(found.group("kin").lower())
        if kin:
            builder.set(fields, "gender", kin, 0.75, evidence)
