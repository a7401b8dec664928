"""A heading that names a child, over that child's details.

Notes exported as Markdown, meeting records, review records, digests and emails give each
child a line of their own name ("## Nia Mensah-Clarke", "KAYDEN MARSH", "About Lottie
Crouch", "Lily Hargreaves (Female)") and list the details below it ("Born: ...",
"DOB: ..."). The heading starts that child's details, the first child's or the next one's.
A line that happens to look like a name ("## Family Time", a worker's name over their
role) is not one: only a heading followed at once by a date of birth, an age or a gender,
or one that gives the child's own gender or birth beside the name, starts a child. A
heading over an adult's birth date (a parent's details set out the same way) is not a
child's.
"""

from __future__ import annotations

import re
from datetime import date

from hearth_referrals.documents.blocks import BlockKind
from hearth_referrals.documents.builder import ChildFindings, DraftBuilder
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.authorities import find_authority
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.labels import field_for
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.people import looks_like_name, split_name

__all__ = ["child_by_name_heading", "child_line_under_heading", "name_headings"]

_WORD = r"[A-ZÀ-Þ][A-Za-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][A-Za-zß-ÿ'\u2019]+)?"
# "## Nia Mensah-Clarke", "KAYDEN MARSH", "About Lottie Crouch", "Re: Kofi Mensah",
# "Lily Hargreaves (Female)", "Callum Nwosu - male, 9": a heading line naming one child,
# with the child's gender, age or birth after the name at most.
_NAME_HEADING = re.compile(
    r"^\W*(?:#{1,4}\s+)?"
    r"(?:(?P<lead>(?i:about|re|regarding|concerning|details (?:of|for)|information (?:about|on))"
    r"\s*:?\s+"
    # "Child 2 - LACEY MARSH", "Sibling two: Lacey Marsh", "2. Lacey Marsh"
    # "Child 1 of 2: CAWTHORNE, Ellie-Mae": the child's place among the children given
    # "Subject 2: BRAMALL, REGGIE": a police notification's people, numbered
    r"|(?i:child|sibling|young person|yp|subject)\s*(?:\d|(?i:one|two|three|four|five))?"
    r"(?:\s*(?i:of|/)\s*\d)?\s*[:\-\u2013.]?\s+"
    # "Slide 2 - Liam Hollis", "Page 3: Tia Cole": a deck's or pack's numbered page per child
    r"|(?i:slide|page|screen|tab|sheet)\s*\d{1,2}\s*[:\-\u2013.]\s*)"
    r"|\d{1,2}[.)]\s+)?"
    rf"(?:(?P<name>{_WORD}(?:\s+{_WORD}){{1,2}})"
    # "CAWTHORNE, Ellie-Mae": the family name first, in capitals, as case systems list them
    rf"|(?P<surname>[A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?),\s*"
    rf"(?P<given>{_WORD}(?:\s+{_WORD})?|[A-Z][A-Z'\u2019]+(?:-[A-Z][A-Z'\u2019]+)?))"
    # "Kian Lethbridge (goes by KJ) - boy": the name the child goes by, in brackets
    r"(?:\s*\((?P<alias>(?i:known as|k/a|aka|goes by|prefers|likes to be called|called)"
    r"\s[^()]{1,25})\))?"
    # "DUPONT-ADE, MARCEL AKA MARS": the name the child goes by, after the name
    r"(?:\s+(?i:aka|a\.k\.a\.?|known as|k/a)\s+(?P<aka>[A-Z][A-Za-z'\u2019-]{1,20}))?"
    # "Lacey Marsh's details", "LACEY MARSH - PROFILE": a heading of the child's own details
    r"(?:(?:\s*(?:'s|\u2019s)\s+|\s*[-\u2013:]\s*)(?P<own>(?i:details|information|profile|record))"
    r"|\s*(?:\((?P<paren>[^()]{1,40})\)|[-\u2013,:]\s*(?P<tail>[^()]{1,40}))?)"
    r"\s*#*\s*:?\s*$"
)
# "Re: Kofi Mensah", "Sibling two: Lacey MARSH" read as a label and its answer.
_LEAD_LABEL = re.compile(
    r"^\W*(re|regarding|concerning|about"
    r"|(child|sibling|young person|yp|subject)\s*(\d|one|two|three|four|five)?"
    r"(\s*(of|/)\s*\d)?"
    r"|(slide|page|screen|tab|sheet)\s*\d{1,2})\W*$",
    re.I,
)
_DETAILS = {"dob", "age", "gender"}
_NAMES = {"child_name", "first_name", "last_name"}
_OWN_FIELDS = {"legal_status", "school", "known_as"}
_LOOK_AHEAD = 3
# What a child's heading may say after the name: gender, age, birth.
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4})"
_DETAIL = (
    r"(?:(?i:male|female|boy|girl|non[- ]binary)|[MF]"
    r"|(?i:aged?\s*)?\d{1,2}(?i:\s*y(?:ea)?rs?(?: old)?)?"
    rf"|(?i:dob|d\.o\.b\.?|born|date of birth)\s*:?\s*(?:{_DATE}|(?i:not known|unknown|n/?k))"
    rf"|{_DATE})"
)
_OWN_DETAIL = re.compile(rf"^\W*{_DETAIL}(?:\s*[,;/]\s*{_DETAIL})*\W*$")
# "LOCKYER, Harvey (likes to be called Harv)", "Tia Cole (known as 'TJ')": the name the
# child goes by, beside the name.
_KNOWN_AS = re.compile(
    r"^\W*(?i:known as|k/a|aka|a\.k\.a\.?|prefers(?: to be called)?"
    r"|(?:likes|wants) to be called|goes by|called)\s+[\"'\u201c\u2018]?"
    r"(?P<known>[A-Z][A-Za-z'\u2019-]{0,20})[\"'\u201d\u2019]?"
    # "called Z at home", "known as Jojo by her friends": who calls the child so
    r"(?:\s+(?i:at home|at school|by (?:his |her |their )?(?:family|friends|everyone|carers)))?\W*$"
)
_ADULT_YEARS = 18 * 366
_BIRTH_SAID = re.compile(r"\b(dob|d\.o\.b|born|date of birth)\b", re.I)
# "Born 23 February 2014. Female. ...", "Female, DOB 02/03/2015", "Aged 9, a boy": a line
# under the heading, in sentences rather than labels, that opens with the child's birth or
# age (a gender may come first).
_DETAILS_OPENING = re.compile(
    # "Tyler is a boy born Thursday 22 August 2013", "Maisie (Mai) was born on ...": the
    # sentence may name the child first
    r"^\W*(?P<lead>(?-i:[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)(?:\s*\([^()]{1,40}\))?\s+(?:is|was)\s+"
    r"(?:an?\s+)?(?:\d{1,2}[- ]year[- ]old\s+)?(?:boy|girl|child|young person|baby)?\s*,?\s*)?"
    r"(?:(?:male|female|boy|girl|non[- ]binary)\s*[.,;:\-\u2013]?\s+)?"
    r"(?:(?:dob|d\.o\.b\.?|born|date of birth)\s*:?\s*(?:on\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<born>\S.{5,30})"
    r"|aged?\s*:?\s*(?P<age>\d{1,2})\b)",
    re.I,
)
# "29 January 2011 · Male · Full care order", "03/05/2016 | F | ICO": a bare date opening a
# run of the child's details set apart by dots, bars, commas or dashes, a gender among them.
_SEPARATED_DETAILS = re.compile(
    rf"^\W*(?P<born>{_DATE})\s*[\u00b7\u2022|,;/\-\u2013]\s*(?:.*[\u00b7\u2022|,;/\-\u2013]\s*)?"
    r"(?i:male|female|boy|girl|non[- ]binary|[MF])\b"
)


# Words of a form's own headings, never of a child's name ("CHILD DETAILS", "RISK SUMMARY").
_FORM_WORDS = frozenset(
    "child children young person personal details information about section part sibling"
    " siblings baby mother father parent parents carer carers review record summary risk"
    " risks health education school family placement referral profile background name"
    " names the of and for to in on with next steps meeting plan needs order legal status"
    " notes contact request form new home view views voice wishes feelings".split()
)


def _is_a_name(name: str) -> bool:
    words = name.split()
    if {word.lower() for word in words} & _FORM_WORDS:
        return False
    cased = " ".join(word.title() if word.isupper() else word for word in words)
    if not (looks_like_name(name) and looks_like_name(cased)) or field_for(name) is not None:
        return False
    return find_authority(cased).code is None  # "DUDLEY MBC", "Kent County": a council


def heading_name(match: re.Match[str]) -> str:
    """The name a heading gives, first name first ("CAWTHORNE, Ellie-Mae" is Ellie-Mae
    Cawthorne)."""
    if match.group("name"):
        return match.group("name")
    given = match.group("given")
    return f"{given.title() if given.isupper() else given} {match.group('surname').title()}"


def _heading_match(answer: Answer) -> re.Match[str] | None:
    if answer.options or answer.in_a_parents_part:
        return None
    text = answer.value
    if answer.label and not _LEAD_LABEL.match(answer.label):
        # "Kian Lethbridge (goes by KJ) - boy, 10/10/2010": a line read as a label and its
        # answer, the label a child's name and the answer the child's own details
        # (a line of text: a table's cells beside a name are a row of relatives as often)
        bare = re.sub(r"\([^()]*\)", " ", answer.label)  # "(goes by KJ)" asks nothing
        if (
            answer.block.kind is not BlockKind.PARAGRAPH
            or field_for(bare) is not None
            or not _OWN_DETAIL.match(answer.value)
        ):
            return None
        text = f"{answer.label} - {answer.value}"
    match = _NAME_HEADING.match(" ".join(text.split()))
    if match is None or not _is_a_name(heading_name(match)):
        return None
    after = match.group("paren") or match.group("tail")
    if after and not (_OWN_DETAIL.match(after) or _KNOWN_AS.match(after)):
        return None  # "Shaun Tremayne (father)", "Jo Lee - placements officer"
    return match


def name_headings(answers: list[Answer], reference: date) -> dict[int, Answer | None]:
    """The ids of the answers that are a child's name heading (see the module's docstring),
    each with the line of the child's details right under it, if that line is in words
    rather than labels ("Born 23 February 2014. Female.")."""
    found: dict[int, Answer | None] = {}
    for index, answer in enumerate(answers):
        match = _heading_match(answer)
        if match is None:
            continue
        below = _labelled_below(answers[index + 1 : index + 1 + _LOOK_AHEAD])
        # "About Ezra Pilbeam" over "Legal status", "School": a heading that says it is
        # about someone is over any of the child's own details
        led = bool(match.group("lead") or match.group("own") or answer.label)
        wanted = _DETAILS | _OWN_FIELDS if led else _DETAILS
        details = [other for other in below if field_for(other.label) in wanted]
        said = match.group("paren") or match.group("tail") or ""
        opening = _details_opening(answers[index + 1 : index + 2], reference)
        if opening:
            said = f"{said} {opening}"
        elif (
            opening is None
            and not details
            and not _BIRTH_SAID.search(said)
            and not find_dates(said, reference)
            and not _named_again(answers[index + 1 : index + 1 + _LOOK_AHEAD], heading_name(match))
        ):
            continue
        births = [other.value for other in details if field_for(other.label) == "dob"]
        born = find_dates(said, reference) or (find_dates(births[0], reference) if births else [])
        if born and (reference - born[0].value).days > _ADULT_YEARS:
            continue  # a parent's details set out the same way
        found[id(answer)] = answers[index + 1] if opening else None
    return found


def _named_again(below: list[Answer], name: str) -> bool:
    """ "Skye Carter" over her family-time lines and then "Name: Skye Carter": a details
    table a few lines down names the heading's child again, so the heading starts her."""
    wanted = " ".join(name.lower().split())
    return any(
        answer.label
        and field_for(answer.label) in _NAMES
        and " ".join(answer.value.lower().split()) == wanted
        for answer in below
    )


def _details_opening(below: list[Answer], reference: date) -> str | None:
    """The line right under the heading when it opens with the child's birth (or age) in
    words rather than labels, to read beside the name ("" for an age alone); None when the
    line does not open so."""
    if not below or below[0].label or below[0].options:
        return None
    line = below[0].value
    found = _DETAILS_OPENING.match(line) or _SEPARATED_DETAILS.match(line)
    if found is None:
        return None
    if found.groupdict().get("age"):
        return "" if int(found.group("age")) < 18 else None
    born = find_dates(found.group("born"), reference)
    if not born or born[0].start != 0:
        return None
    lead = found.groupdict().get("lead") or ""  # "Tyler is a boy": the gender it gives
    return f"{lead} born {born[0].quote} {line[found.end('born') :]}".strip()


def _labelled_below(answers: list[Answer]) -> list[Answer]:
    """The labelled answers under a heading, up to a label of the child's name (a heading
    over "Full name: ..." is the form's, not the child's)."""
    below = []
    for answer in answers:
        if answer.label and field_for(answer.label) in _NAMES:
            break
        if answer.label:
            below.append(answer)
    return below


def child_by_name_heading(
    builder: DraftBuilder, answer: Answer, headings: dict[int, Answer | None]
) -> bool:
    """Start the child a name heading names: the child of that first name if read already,
    the child being read if still unnamed, or else the next child."""
    if id(answer) not in headings:
        return False
    match = _heading_match(answer)
    if match is None:
        return False
    first, last = split_name(heading_name(match))
    named = [
        index
        for index, child in enumerate(builder.children)
        if str(getattr(child.fields.get("first_name"), "value", "") or "").lower() == first.lower()
    ]
    if named:
        builder.current = named[0]
    elif not builder.children:
        builder.children.append(ChildFindings())
        builder.current = 0
    elif "first_name" in builder.child.fields:
        builder.children.append(ChildFindings())
        builder.current = len(builder.children) - 1
    evidence = answer.block.evidence()
    builder.set(builder.child.fields, "first_name", first, 0.9, evidence)
    if last:
        builder.set(builder.child.fields, "last_name", last, 0.9, evidence)
    said = match.group("paren") or match.group("tail") or ""
    known = _KNOWN_AS.match(said) or _KNOWN_AS.match(match.group("alias") or "")
    goes_by = known.group("known") if known else match.group("aka")
    if goes_by and goes_by.lower() != first.lower():
        goes_by = goes_by.title() if goes_by.isupper() and len(goes_by) > 2 else goes_by
        builder.set(builder.child.fields, "known_as", goes_by, 0.85, evidence)
    _said_beside(builder, said, answer)
    below = headings[id(answer)]
    if below is not None:
        _said_beside(builder, below.value, below)
        statuses = find_legal_statuses(below.value)
        if len(statuses) == 1 and "legal_status" not in builder.child.fields:
            builder.set(
                builder.child.fields, "legal_status", statuses[0].value, 0.8, below.block.evidence()
            )
    return True


def _said_beside(builder: DraftBuilder, said: str, answer: Answer) -> None:
    """ "(Female)", "- DOB 01/04/2013": the child's gender or birth written beside the name."""
    fields, evidence = builder.child.fields, answer.block.evidence()
    gender = values.read_choice("gender", said) if said else []
    if len(gender) == 1 and "gender" not in fields:
        builder.set(fields, "gender", gender[0].value, 0.85, evidence)
    born = find_dates(said, builder.reference_date)
    if born and (builder.reference_date - born[0].value).days > _ADULT_YEARS:
        return
    if born and "date_of_birth" not in fields:
        builder.set(fields, "date_of_birth", born[0].value, 0.85, evidence)


# Per-child fields a section heading may ask about, each child answering on a line of their
# own: "FAMILY TIME" over "- Jack: Birth mother - letterbox once a year".
_PER_CHILD_FIELDS = {
    "family_time",
    "history",
    "health",
    "school",
    "allergies",
    "legal_status",
    "known_as",
}


def child_line_under_heading(builder: DraftBuilder, heading: str, answer: Answer) -> Answer:
    """ "- Ethan: Hay fever" under a "HEALTH" heading: Ethan's answer to the heading's
    question. The child named is made the one being read and the heading becomes the label;
    any other answer is returned as it is."""
    if not heading or not answer.label or len(builder.children) < 2:
        return answer
    if field_for(heading) not in _PER_CHILD_FIELDS:
        return answer
    label = " ".join(answer.label.split()).strip(" :*-").lower()
    named = [index for index, child in enumerate(builder.children) if label in _names_of(child)]
    if len(named) != 1:
        return answer
    builder.current = named[0]
    return Answer(heading, answer.value, answer.block, answer.options, answer.placeholder)


def _names_of(child: ChildFindings) -> set[str]:
    """The ways a line may name the child: first name, known-as name, whole name."""
    found = {
        str(child.fields[key].value).lower()
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    last = child.fields.get("last_name")
    first = child.fields.get("first_name")
    if first and first.value and last and last.value:
        found.add(f"{first.value} {last.value}".lower())
    return found
