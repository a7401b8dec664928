"""Reading answers to a form's labelled questions into the draft."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hearth_contract.documents import ExtractionState
from hearth_contract.referrals import Urgency

from hearth_referrals.documents.answered import explicit_gap, mark_answered, real_answer
from hearth_referrals.documents.builder import ChildFindings, DraftBuilder, RiskFinding
from hearth_referrals.documents.narrative import placements_said, read_free_text
from hearth_referrals.documents.risk_answers import (
    blanket_no_risks,
    keyed_by_order,
    risk_answer,
    risk_checklist,
)
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.authorities import resolve_authority
from hearth_referrals.documents.rules.dates import (
    MONTHS,
    find_dates,
    find_logged_dates,
    find_start_dates,
)
from hearth_referrals.documents.rules.family_time import merge_arrangements
from hearth_referrals.documents.rules.history import (
    family_time,
    first_placement,
    history_from_text,
    no_contact,
)
from hearth_referrals.documents.rules.labels import (
    AUTHOR,
    OTHER_PEOPLE,
    combined_fields,
    field_for,
    names_a_team,
    names_the_request,
)
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.needs import (
    allergies,
    communication,
    disabilities,
    leading_count,
    placements_count,
    without_remark,
)
from hearth_referrals.documents.rules.no_contact_list import people_listed
from hearth_referrals.documents.rules.people import (
    EMAIL,
    emails,
    looks_like_name,
    phones,
    split_name,
)
from hearth_referrals.documents.rules.risk_states import statements
from hearth_referrals.documents.rules.risk_words import risk_terms

__all__ = ["read_answer"]

LABELLED = 0.95
# A date labelled as some paper's own ("Record completed", "Date of this letter"), not the
# request's: the referral date unless a label naming the request dates it too.
_SOME_PAPERS_DATE = 0.92
_CHILD_FIELDS = {"ethnicity", "religion", "language", "health"}
_FIELD_NAMES = {"language": "first_language", "health": "health_needs"}


def _unclear(
    builder: DraftBuilder, scope: dict, key: str, pointer: str, reason: str, answer: Answer
) -> None:
    builder.set_unclear(scope, key, pointer, reason, [answer.block.evidence()])


def _text(answer: Answer) -> str:
    return values.ticked_text(answer.value, answer.options).strip()


def _choice(
    builder: DraftBuilder, scope: dict, key: str, pointer: str, answer: Answer, vocabulary: str
) -> None:
    text = _text(answer)
    if answer.options and not text:
        if key not in scope:  # a tick-box group left blank beside a written answer is fine
            _unclear(builder, scope, key, pointer, "No option is ticked.", answer)
        return
    found = values.read_choice(vocabulary, text)
    if len(found) > 1:
        _unclear(builder, scope, key, pointer, "More than one option is left in.", answer)
    elif found:
        builder.set(scope, key, found[0].value, LABELLED, answer.block.evidence())


def _date(builder: DraftBuilder, scope: dict, key: str, pointer: str, answer: Answer) -> None:
    if key == "referral_date":  # "Call taken: Thu 19/11 14:20"
        dates = find_logged_dates(answer.value, builder.reference_date)
    else:
        dates = find_dates(answer.value, builder.reference_date)
    if dates:
        sure = LABELLED
        if key == "referral_date" and not names_the_request(answer.label):
            sure = _SOME_PAPERS_DATE  # "Completed", "Extract printed": the request's own wins
        builder.set(scope, key, dates[0].value, sure, answer.block.evidence())
    elif answer.value.strip() and not _UNDATED.match(answer.value):
        _unclear(builder, scope, key, pointer, "The date cannot be read.", answer)


# "(not dated)", "Undated": the form says it has no date; nothing to read, nothing unclear.
_UNDATED = re.compile(r"^\W*(not dated|undated|no date( given| recorded)?)\W*$", re.I)


_SURNAME_FIRST = re.compile(
    r"^(surname|last name|family name)\b.*\b(forename|first name|given)", re.I
)


# "The child | Risks": a heading printed beside the child's (two columns read across) is
# not a name.
_SECTION_WORDS = re.compile(
    r"^(risks?|risk assessment|health|education|family( time)?|contact|history|placement"
    r"( history| request| details)?|legal( status)?|background|needs|details|summary"
    r"|the request|also involved|professionals|other information)$",
    re.I,
)


_CALLED = re.compile(
    r"\b(?:known as|k/a|aka|prefers to be called)\s+[\"\u201c']([A-Z][\w'-]+)[\"\u201d']"
    r"|\(\s*[\"\u201c]([A-Z][\w'-]+)[\"\u201d]\s*\)"
    # "Lacey Marsh, known as Lace", "Lacey Marsh - likes to be called Lace"
    r"|[,;\u2013-]\s*(?i:known as|k/a|aka|prefers to be called|likes to be called|goes by)\s+"
    r"([A-Z][\w'-]+)\b",
)
# "Lacey 'Lace' Marsh", 'Theodore "Teddy" Vale': the name the child goes by, in quotes
# between the first and last names.
_QUOTED_BETWEEN = re.compile(
    r"^([A-Z][\w'-]+)\s+[\"\u201c\u2018']([A-Z][\w-]+)[\"\u201d\u2019']\s+"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
)


# "Grace Pemberton (Gracie)", "Theodore Vale (Teddy)": a whole name, then in brackets one
# word starting with the first name's letter, the name the child goes by.
_BRACKETED_SHORT_NAME = re.compile(
    r"^([A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+){1,2}\s*\(\s*([A-Z][a-z'-]+)\s*\)\s*$"
)


_NOT_A_NAME = re.compile(
    r"^(female|male|boy|girl|baby|twin|mother|mum|father|dad|brother|sister|sibling|son"
    r"|daughter|deceased|unborn|newborn|missing|unknown|tbc|pending|placed|current|former)$",
    re.I,
)


def _short_name_in_brackets(text: str) -> re.Match[str] | None:
    found = _BRACKETED_SHORT_NAME.match(text)
    if found is None:
        return None
    first, short = found.group(1), found.group(2)
    if short[0] != first[0] or short.lower() == first.lower() or _NOT_A_NAME.match(short):
        return None
    return re.search(f"({re.escape(short)})", text[found.start(2) :])


def _goes_by(builder: DraftBuilder, child: ChildFindings, name: str, answer: Answer) -> None:
    builder.set(child.fields, "known_as", name, LABELLED, answer.block.evidence())


def _child_name(builder: DraftBuilder, answer: Answer, field: str) -> None:
    text = answer.value.strip()
    halves = re.fullmatch(r"([^/]+?)\s*/\s*([^/]+)", text)
    if field == "child_name" and halves and all(map(looks_like_name, halves.groups())):
        # "Forename(s) / Surname: Sienna / Kaur-Wells": the two names in the label's order
        first, second = halves.groups()
        text = f"{first}, {second}" if _SURNAME_FIRST.match(answer.label) else f"{second}, {first}"
    if re.search(r"\b(parent|mother|father)\b", answer.label, re.I):
        builder.young_parent = True
    elif builder.young_parent and re.match(r"^\W*baby", answer.label, re.I):
        return  # the young parent's baby comes with them, not as a second child
    known_as = re.search(
        r"\((?:known as|k/a|aka|prefers|(?:likes|prefers) to be (?:called|known as))\s+"
        r"[\"'\u201c\u2018]?([A-ZÀ-Þ][\w'-]*\w)[\"'\u201d\u2019]?\)",
        text,
        re.I,
    )
    # 'Archie Stamford, born ..., known as "Arch"', 'Archie Stamford ("Arch"), 7'
    called = known_as or _CALLED.search(text) or _QUOTED_BETWEEN.match(text)
    # the name the child goes by is set once the child named is found: a sibling's name
    # starts the sibling, whose own it is
    goes_by = None
    if called is not None and called.re is _QUOTED_BETWEEN:
        goes_by = called.group(2)
        text = f"{called.group(1)} {called.group(3)}{text[called.end() :]}"
        called = None
    if called:
        goes_by = next(filter(None, called.groups()))
    rest = ""
    if re.match(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2},\s+\S", text):
        text, rest = text.split(",", 1)  # "Ellis Ward, 12 year old boy, DOB 03/03/2014."
    elif re.match(r"^[A-Z][\w'-]+,\s*[A-Z][\w'-]+(?: [A-Z][\w'-]+)?\s*;\s*\S", text):
        text, rest = text.split(";", 1)  # "Stamford, Archie; born 15/09/2019; male"
    elif re.match(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}\s+[-\u2013]\s+\S", text):
        text, rest = re.split(r"\s+[-\u2013]\s+", text, maxsplit=1)  # "Ava Moss - born ..."
        rest = re.sub(r"\s+[-\u2013]\s+", ", ", rest)
    elif not known_as and re.match(r"^[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,2}\s*\(", text):
        text, rest = text.split("(", 1)  # "Reece Ward (DOB 11/01/2010), male"
        rest = rest.replace(")", ",", 1)
    text = re.split(r"\s*\(", text)[0].strip()
    if not text or not looks_like_name(text.replace(",", "")) or _SECTION_WORDS.match(text):
        if goes_by:
            _goes_by(builder, builder.child, goes_by, answer)
        return
    if field == "last_name":
        text = " ".join(
            word.title() if word.isupper() and len(word) > 2 else word for word in text.split()
        )
        builder.set(builder.child.fields, "last_name", text, LABELLED, answer.block.evidence())
        if goes_by:
            _goes_by(builder, builder.child, goes_by, answer)
    else:
        if field == "first_name":
            text = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in text.split())
        if _SURNAME_FIRST.match(answer.label) and "," not in text and len(text.split()) == 2:
            text = ", ".join(text.split())  # "Surname Forename: FAGG Jordan"
        first, last = split_name(text) if field == "child_name" else (text, None)
        child = builder.child_for_identity("first_name", first)
        builder.set(child.fields, "first_name", first, LABELLED, answer.block.evidence())
        if last:
            builder.set(child.fields, "last_name", last, LABELLED, answer.block.evidence())
        if goes_by:
            _goes_by(builder, child, goes_by, answer)
        short = _short_name_in_brackets(answer.value.strip())
        if short and "known_as" not in child.fields:  # the child just named goes by it
            builder.set(child.fields, "known_as", short.group(1), LABELLED, answer.block.evidence())
    if rest:  # "Child 2: Mia Jones, DOB 03/04/2016": the named child's, once named
        read_free_text(builder, Answer("", rest.strip(), answer.block), True)
        _identity_after_name(builder, rest, answer)


def _identity_after_name(builder: DraftBuilder, rest: str, answer: Answer) -> None:
    """ "Zara Ahmed, 7 (DOB 02/05/2019), girl": the age and gender written after the name."""
    pieces = [re.sub(r"\(.*?\)", "", piece).strip(" .") for piece in re.split(r"[,;]", rest)]
    for piece in pieces:
        if re.fullmatch(r"\d{1,2}", piece) and "age_years" not in builder.child.fields:
            builder.set(
                builder.child.fields, "age_years", int(piece), 0.85, answer.block.evidence()
            )
        gender = values.read_choice("gender", piece) if len(piece.split()) <= 2 else []
        if len(gender) == 1 and "gender" not in builder.child.fields:
            builder.set(builder.child.fields, "gender", gender[0], 0.85, answer.block.evidence())


_REFERRER = re.compile(rf"referr|form completed|person completing|{AUTHOR}", re.I)


# A sentence about someone else ("The IRO, Jon Fry, is on 01632 ..."): not the worker's.
_ANOTHER_ROLE = re.compile(r"\b(manager|virtual school|supervis\w+|chair)\b", re.I)


def _own_sentences(text: str) -> str:
    """ "Amy Cole. The IRO is on 01632 ...": an answer's sentences up to one naming another
    person's role, whose details are theirs."""
    sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text)
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if OTHER_PEOPLE.search(sentence) or _ANOTHER_ROLE.search(sentence):
            break
        kept.append(sentence)
    return ". ".join(kept)


_NAMES_THE_WORKER = re.compile(r"\b(social worker|sw|worker)\b", re.I)


def _contact(builder: DraftBuilder, field: str, answer: Answer) -> None:
    role, name = field.split(".")
    scope = builder.contacts[role]
    text = _own_sentences(answer.value)
    # The referrer is often the worker, but the allocated worker's own answer outranks it.
    confidence = 0.85 if _REFERRER.search(f"{answer.label} {answer.part}") else LABELLED
    if confidence < LABELLED and role == "social_worker":
        scope = builder.referrer  # the worker's only if no one else is named (extract.py)
        if OTHER_PEOPLE.search(text) or _ANOTHER_ROLE.search(text):
            # "Completed by: Pat Rowe (Placement Officer)": not the worker, nor the bare
            # "Direct line" under it
            builder.someone_elses_details = name == "name"
            return
    if (
        builder.someone_elses_details
        and role == "social_worker"
        and name != "name"
        and not _NAMES_THE_WORKER.search(answer.label)
    ):
        return
    found = {"email": emails(text), "phone": phones(text)}
    if name == "email" and EMAIL.fullmatch(re.sub(r"\s+", "", text)) and not found["phone"]:
        # (an address with its phone on the next line is not an address wrapped in two)
        found["email"] = [re.sub(r"\s+", "", text)]  # an address a PDF wrapped in its cell
    for key in ("email", "phone"):
        if found[key]:
            builder.set(scope, key, found[key][0], confidence, answer.block.evidence())
    if name == "name":
        # "Kelly Nunn kelly.nunn@... 01302 ...": the name stops where the details start.
        # "Kirsty Lowe  tel 01632 ...  email ...": typed columns, or a detail's own word
        candidate = re.split(
            r"[,;(\n|/]| - | \u2013 |\S+@|\+?\d[\d ]{6,}| {2,}|\t"
            r"|\s(?i:tel|telephone|phone|mob|mobile|email|e-mail)\b",
            text,
        )[0].strip()
        candidate = re.sub(r"(?<=[a-z])\.$", "", candidate)  # "Amy Cole. The IRO is ..."
        if looks_like_name(candidate):
            builder.set(scope, "name", candidate, confidence, answer.block.evidence())


# A status not yet decided: "possibly s20", "s20 being discussed", "s20 pending", "To be
# discussed with legal"
_ORDER_NAMED = r"(s\.?\s?20|section\s20|s\.?\s?31|s\.?\s?38|ico|care order|interim care order)"
_UNDECIDED_STATUS = re.compile(
    rf"\b(possibly|possible|proposed|likely|probably)\s+(an?\s+)?{_ORDER_NAMED}\b"
    rf"|\b{_ORDER_NAMED}\s+(pending|being (discussed|considered|explored)|to be (discussed|agreed)"
    r"|under consideration)\b|^\W*to be (discussed|decided|agreed)\b",
    re.I,
)


def _legal_status(builder: DraftBuilder, answer: Answer) -> None:
    pointer = builder.child_pointer("legal_status")
    text = _text(answer)
    if answer.options and not text:
        if "legal_status" not in builder.child.fields:
            _unclear(
                builder,
                builder.child.fields,
                "legal_status",
                pointer,
                "No option is ticked.",
                answer,
            )
        return
    found = find_legal_statuses(text)
    if explicit_gap(text):
        return  # "TBC - ICO hearing listed 27/11": the order hoped for is not the status
    if _UNDECIDED_STATUS.search(text):
        return  # "To be discussed with legal - possibly s20", "s20 pending": not decided
    if len(found) > 1:
        _unclear(
            builder,
            builder.child.fields,
            "legal_status",
            pointer,
            "More than one legal status is given.",
            answer,
        )
    elif found:
        builder.set(
            builder.child.fields, "legal_status", found[0].value, LABELLED, answer.block.evidence()
        )


def _age(builder: DraftBuilder, answer: Answer) -> None:
    text = answer.value  # "01/12/2009 (16)" under "Date of birth and age": the age is 16
    for found in find_dates(text, builder.reference_date):
        text = text.replace(found.quote, " ")
    match = re.match(r"^\D{0,10}(\d{1,2})(?!\d)", text)
    if match and int(match.group(1)) <= 17:
        builder.set(
            builder.child.fields,
            "age_years",
            int(match.group(1)),
            LABELLED,
            answer.block.evidence(),
        )


# "Not currently in education", "Not on roll anywhere", "awaiting a school place": no school.
_NO_SCHOOL = re.compile(
    r"^\W*(none|n/a|nil|no school|see|refer to|as per|please see)\b"
    r"|\bnot (currently |yet )?(in|attending|on roll|enrolled)\b"
    r"|\b(awaiting|waiting for|no) (a )?(school )?(place|placement|provision)\b|\bneet\b",
    re.I,
)


def _school(builder: DraftBuilder, field: str, answer: Answer) -> None:
    scope = builder.child.school
    text = _text(answer)
    if field == "school":
        name = values.school_name(answer.value)
        words = values.not_at_school(answer.value)
        if name and not _NO_SCHOOL.search(name):
            builder.set(scope, "name", name[:200], LABELLED, answer.block.evidence())
        elif words:  # "Not in education", "Not of school age": answered, in its own words
            builder.set(scope, "name", words[:200], 0.85, answer.block.evidence())
        if re.search(
            r"must (stay|remain)|to remain at|maintain (his|her|their) school", text, re.I
        ):
            builder.set(scope, "must_stay", True, 0.85, answer.block.evidence())
        return
    yes_no = values.read_yes_no(text)
    key = "must_stay" if field == "school_must_stay" else "ehcp"
    if yes_no is not None:
        builder.set(scope, key, yes_no, LABELLED, answer.block.evidence())
    elif values.both_left(text):
        pointer = builder.child_pointer(f"school/{key}")
        _unclear(builder, scope, key, pointer, "Yes / No is left whole.", answer)


def _request_details(builder: DraftBuilder, answer: Answer) -> None:
    """ "Foster placement, long term, planned": the urgency and length said with the setting."""
    text = values.request_text(_text(answer))
    for key in ("urgency", "duration"):
        found = values.read_choice(key, text)
        if len(found) > 1:  # "Permanence (long-term fostering)": the bracket explains
            # (read from the block: the answer's own text may have lost the opening bracket)
            plain = re.sub(r"\([^)]*\)", " ", answer.block.text)
            found = values.read_choice(key, values.request_text(plain))
        if len(found) == 1:
            builder.set(builder.placement, key, found[0].value, 0.85, answer.block.evidence())
    _start_said_with(builder, answer, text)


def _start_said_with(builder: DraftBuilder, answer: Answer, text: str) -> None:
    """ "..., planned, from 07/12/2026", "... to start 01/02/2027", "from February 2027 (Mon
    1st)" (the day in its bracket, as written): the start said with the kind or the pace of
    the placement ("Timescale: planned move on Friday 20 November")."""
    for written in dict.fromkeys([text, answer.block.text]):
        start = re.search(
            r"\b(?:from|by|on|(?:to )?start(?:ing)?(?: on| from)?|(?i:ideally)(?: on| from| by)?)"
            r"\s+(.{6,30})",
            written,
        )
        if start and re.search(
            r"\b(depends|dependent|depending|contingent)\s+on$",
            written[: start.end(0) - len(start.group(1))].strip(),
        ):
            start = None  # "depends on the court - next hearing 9 December": not the start
        dates = find_start_dates(start.group(1), builder.reference_date) if start else []
        if dates:
            evidence = answer.block.evidence()
            builder.set(builder.placement, "start_date", dates[0].value, 0.85, evidence)
            return


_NOTICE = re.compile(
    r"\b(?P<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen"
    r"|twenty[- ]eight)\s*(?P<unit>days?|weeks?|months?)\b",
    re.I,
)
_NOTICE_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "twenty-eight": 28, "twenty eight": 28,
}  # fmt: skip
_NOTICE_LIMIT_DAYS = 120


def _notice_period(builder: DraftBuilder, answer: Answer) -> None:
    """ "Notice period: 28 days from 17/11/2026": the carers or the home have given notice;
    the move is due when it ends (the date it runs from, or the referral's date). A date
    the form gives for the move itself is surer."""
    text = _text(answer)
    found = _NOTICE.search(text)
    if found is None:
        return
    word = found.group("count").lower()
    count = int(word) if word.isdigit() else _NOTICE_NUMBERS[word.replace(" ", "-")]
    unit = found.group("unit").lower()
    if unit.startswith("month"):
        return  # "3 months": no one day is meant
    days = count * (7 if unit.startswith("week") else 1)
    dates = find_dates(text, builder.reference_date)
    since = dates[0].value if dates else _referral_date(builder)
    if since is None or not 0 < days <= _NOTICE_LIMIT_DAYS:
        return
    builder.set(
        builder.placement, "start_date", since + timedelta(days), 0.7, answer.block.evidence()
    )


_SAME_DAY = re.compile(r"\b(same[- ]day|today|tonight)\b", re.I)
# "March 2027", "early January": a month without a day, after the referral's week.
_MONTH_ONLY = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s+((19|20)\d\d))?\b", re.I
)


def _referral_date(builder: DraftBuilder) -> date | None:
    """The referral date once it is read (never the upload day, never an unclear one)."""
    found = builder.top.get("referral_date")
    return found.value if found is not None and found.value is not None else None


def _month_later(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Start date: March 2027": no day to read, but the form says the placement is needed
    later than five days after the referral date (once that is read, never the upload day)."""
    found = _MONTH_ONLY.search(_text(answer))
    reference = _referral_date(builder)
    if found is None or reference is None:
        return False
    month = MONTHS[found.group(1).lower()[:3]]
    year = int(found.group(3)) if found.group(3) else reference.year
    if not found.group(3) and month < reference.month:
        year += 1
    if (date(year, month, 1) - reference).days <= 5:
        return False
    builder.set(builder.placement, "needed_by", "later", 0.85, answer.block.evidence())
    return True


_DAY_NAMED = re.compile(
    r"^\W*(?:(?:this|on|by|from)\s+)?(tomorrow|(mon|tues|wednes|thurs|fri|satur|sun)day)"
    # "tomorrow (Fri)", "tomorrow (17th)", "tomorrow (Tue 17th)", "tomorrow, Saturday"
    r"(?:\s*\((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?)?\)"
    r"|,?\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?)?\W*$",
    re.I,
)
_WEEKDAY_NAMES = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]


def _day_named(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Start: tomorrow", "Required by: Friday": the day after the referral date, or the
    first such weekday after it (once the referral date is read, never the upload day)."""
    named = _DAY_NAMED.match(_text(answer))
    reference = _referral_date(builder)
    if named is None or reference is None:
        return False
    if named.group(2) is None:
        start = reference + timedelta(1)
    else:
        weekday = _WEEKDAY_NAMES.index(named.group(2).lower())
        start = reference + timedelta((weekday - reference.weekday() - 1) % 7 + 1)
    builder.set(builder.placement, "start_date", start, 0.85, answer.block.evidence())
    return True


# "ASAP", "today", "tonight", "immediately" as the start: the day of the referral.
# A start not fixed yet, whatever date follows: "TBC - depends on the outcome of the hearing
# on 26.11.26", "To be agreed at panel on 3/12".
_NOT_YET_KNOWN = re.compile(
    r"^\W*(tbc|tba|to be (confirmed|agreed|decided|arranged|set)|depends|dependent|awaiting"
    r"|subject to|not (yet )?(known|agreed|confirmed)|unknown)\b",
    re.I,
)
# "ASAP - ideally Monday 30th": the day hoped for, after "as soon as possible" (never a
# deadline: "ASAP, no later than 04/12" stays as urgent as it says).
_WISHED_DAY = re.compile(r"\b(ideally|preferably|hopefully|aiming for|target(ing)?)\b", re.I)
_AT_ONCE = re.compile(
    r"^\W*(asap|as soon as possible|today|tonight|immediate(ly)?|same[- ]day|now|urgent(ly)?"
    r"|this (afternoon|evening|morning))\b",
    re.I,
)


# An answer that tries to say when: a number, a day, a month or a time word. "From: London
# Borough of Hackney Placement Service" is a sender's line under a bare "From" label, not
# an unreadable start date (which would be asked about, and block the form's real "Start").
_DATE_LIKE = re.compile(
    # a month's or weekday's own name, not a name that starts like one ("Sunita", "Janet")
    r"\d|\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
    r"|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s(day)?)?"
    r"|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?)s?\b\.?"
    r"|\b(day|week|month|year|tomorrow|tonight|soon|next|end|after|before|once|when|until"
    r"|court|hearing|term|half[- ]term|christmas|easter|summer|holidays?|asap|urgent\w*)s?\b",
    re.I,
)


# "Depends on the court - next hearing 9 December", "Subject to the hearing on 2/12": the
# start waits on something; a date beside it is that event's, not the start.
_UNDECIDED_START = re.compile(
    r"^\W*(it )?(depends|dependent|depending|subject to|contingent on|awaiting|pending)\b", re.I
)
# "As soon as one is found", "once carers for all three are found": when a match is made;
# "As soon as possible - no date yet": how soon, but no day set. Not a day to read (the
# start is still asked for).
AWAITING_MATCH = re.compile(
    r"^\W*(as soon as|once|when)\s+(an?|one|the|some|suitable|new)?\s*([\w-]+\s+){0,5}"
    r"(is|are|has been|have been)\s+(found|identified|matched|secured|available)\b"
    r"|\bno (start )?date (yet|set|agreed|fixed)\b|\bdate not (yet )?(set|known|agreed|fixed)\b",
    re.I,
)


# A start date's label that says what kind of move it is: "Planned move date",
# "Emergency placement needed from".
_KIND_OF_MOVE = re.compile(r"^\W*(planned|emergency)\b(?!\s*(/|or)\s*(planned|emergency))", re.I)


# A month with a day or year beside it ("March 2027 (1st)", "1st of March"): a date the LA
# wrote, even where the reader cannot make one day of it.
_A_DATE_WRITTEN = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\(?\d{1,2}|\d{4})"
    r"|\b\d{1,2}(st|nd|rd|th)?\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)


def _placement_field(builder: DraftBuilder, field: str, answer: Answer) -> None:
    scope = builder.placement
    pointer = f"/placement/{field}"
    said = answer.value  # as written, brackets and all
    if field in ("urgency", "duration") and not answer.options:
        # "Permanence (long-term matched foster care)": the bracket explains the answer
        plain = re.sub(r"\([^)]*\)", " ", answer.value)
        if plain.strip() and len(values.read_choice(field, plain)) == 1:
            answer = Answer(answer.label, plain, answer.block, [], answer.placeholder)
    if (
        field == "setting"
        and not answer.options
        and len(values.read_choice("duration", answer.value)) > 1
    ):  # "Long term foster placement (bridge to permanence)": the bracket explains the length
        plain = re.sub(r"\([^)]*\)", " ", answer.value)
        if values.read_choice("setting", plain):
            answer = Answer(answer.label, plain, answer.block, [], answer.placeholder)
    if field == "setting" and not answer.options:
        suitable = values.suitable_text(answer.value)  # "Foster care: suitable; residential: not"
        if suitable != answer.value:
            answer = Answer(answer.label, suitable, answer.block, [], answer.placeholder)
    if field in ("setting", "urgency", "duration") and not answer.options:
        request = values.request_text(answer.value)
        if request.strip() and request != answer.value:
            answer = Answer(answer.label, request, answer.block, [], answer.placeholder)
    if field == "pets":
        _choice(
            builder, builder.child.fields, "pets", builder.child_pointer("pets"), answer, "pets"
        )
    if field in ("setting", "urgency", "duration", "living_companions", "pets"):
        _choice(builder, scope, field, pointer, answer, field)
    if field == "urgency" and not answer.options:
        _start_said_with(builder, answer, _text(answer))
    if field == "urgency" and _SAME_DAY.search(_text(answer)):
        # "Emergency - same day": how soon, when no start date says it more exactly
        builder.set(scope, "needed_by", "today", 0.8, answer.block.evidence())
    if field in ("urgency", "duration") and not answer.options:
        # "Urgency: Planned, short term", "Length: short term, emergency": the other of the
        # two said in the same answer
        other = "duration" if field == "urgency" else "urgency"
        found = values.read_choice(other, values.request_text(said))
        if len(found) == 1:
            builder.set(scope, other, found[0].value, 0.85, answer.block.evidence())
    if field == "start_date" and not answer.options:
        # "Start: ASAP - tomorrow ideally (emergency, short term)": the length said with when
        length = values.read_choice("duration", values.request_text(said))
        if len(length) == 1:
            builder.set(scope, "duration", length[0].value, 0.8, answer.block.evidence())
    if field == "setting":
        _request_details(builder, answer)
    elif field == "start_date" and _UNDECIDED_START.match(answer.value):
        pass  # "Depends on the court - next hearing 9 December": no start to read yet
    elif field == "start_date" and not find_start_dates(answer.value, builder.reference_date):
        awaiting = AWAITING_MATCH.search(answer.value)
        needed_by = None if awaiting else values.read_needed_by(_text(answer))  # "Within 5 days"
        at_once = None if awaiting else _AT_ONCE.search(_text(answer))
        if at_once:
            builder.start_at_once = answer.block.evidence()  # the referral date, when known
        urgency = values.read_choice("urgency", _text(answer))  # "Needed: tonight"
        if len(urgency) == 1:
            builder.set(scope, "urgency", urgency[0].value, 0.85, answer.block.evidence())
        if needed_by:
            builder.set(scope, "needed_by", needed_by, LABELLED, answer.block.evidence())
        elif _day_named(builder, answer):
            pass  # "tomorrow" or "Friday" is the answer
        elif _month_later(builder, answer) and not _A_DATE_WRITTEN.search(_text(answer)):
            pass  # "March 2027": how soon is known, the day is not asked for again
        elif _DATE_LIKE.search(_text(answer)) and not at_once:
            _unclear(builder, scope, "start_date", pointer, "The date cannot be read.", answer)
            if _A_DATE_WRITTEN.search(_text(answer)):
                builder.answered_unparsed.add(pointer)  # the LA gave a date: check, not ask
    elif field == "start_date" and _NOT_YET_KNOWN.match(answer.value):
        pass  # "TBC - depends on the hearing on 26.11.26": the hearing's date, no start yet
    elif field == "start_date":
        dates = find_start_dates(answer.value, builder.reference_date)
        builder.set(scope, "start_date", dates[0].value, LABELLED, answer.block.evidence())
        urgency = values.read_choice("urgency", answer.value)  # "Planned - from 07.12.2026"
        if not urgency and _KIND_OF_MOVE.match(answer.label):
            urgency = values.read_choice("urgency", answer.label)  # "Planned move date: ..."
        if (
            urgency == [Urgency.EMERGENCY]
            and _AT_ONCE.search(answer.value)
            and _WISHED_DAY.search(answer.value)
            and (dates[0].value - builder.reference_date).days > 1
        ):
            urgency = []  # "ASAP - ideally Monday 30th": the day named says how soon
        if len(urgency) == 1:
            builder.set(scope, "urgency", urgency[0].value, 0.85, answer.block.evidence())
    elif field == "location" and answer.value.strip():
        builder.set(
            scope, "preferred_location", answer.value.strip()[:200], 0.8, answer.block.evidence()
        )
    elif field == "dol":
        yes_no = values.read_yes_no(_text(answer))
        if yes_no is not None:
            builder.set(scope, "deprivation_of_liberty", yes_no, LABELLED, answer.block.evidence())
        elif values.both_left(_text(answer)):
            _unclear(
                builder, scope, "deprivation_of_liberty", pointer, "Yes / No is left whole.", answer
            )


# Words a reference's label is made of ("Child ref", "LCS ID", "Case no."), never a code's.
_REFERENCE_WORD = re.compile(
    r"^(ref(erence)?|id|no|number|num|#|lcs|ics|ccm|mosaic|case|child'?s?|person|system"
    r"|client|record|unique)[.:#]*$",
    re.I,
)


_LABEL_END = re.compile(r"^(ref(erence)?|id|no|number|num|#)[.:#]*$", re.I)


def _after_reference_words(value: str) -> str:
    """ "Case: Child ref HBC 443016", "Case: LCS ID CMBC-719920": the answer opens with
    words that are themselves a reference's label; the code is what follows them."""
    words = value.split()
    size = 0
    while size < min(len(words) - 1, 4) and _REFERENCE_WORD.match(words[size]):
        size += 1
    lead, rest = " ".join(words[:size]), " ".join(words[size:])
    # "LCS 7701245" is the code written with its system's name: only a label's last word
    # ("ref", "ID", "no.") says that the code comes after it
    ends_as_label = bool(size) and bool(_LABEL_END.match(words[size - 1]))
    if ends_as_label and re.search(r"\d", rest) and field_for(lead.rstrip(":#.")) == "la_reference":
        return rest.lstrip(":# ")
    return value


# A number the request or referral was given in the system it came through, not the
# child's case: "Request ID", "Referral no.", "Enquiry number", "Submission ref".
_REQUEST_NUMBER = re.compile(
    r"^(placement |portal |system )?(request|referral|enquiry|submission|application)"
    r" ?(id|no\.?|number|#|ref(erence)?)$",
    re.I,
)

# The family court's case number: the court's two letters, the year's two digits, the
# kind of case (C public law, P private law, Z, ...) and five digits ("WV26C00512").
COURT_CASE_NUMBER = re.compile(r"^[A-Z]{2}\d{2}[A-Z]\d{5}$", re.I)


def _a_day(text: str, reference: date) -> bool:
    return any(found.quote == text for found in find_dates(text, reference))


def _top_field(builder: DraftBuilder, field: str, answer: Answer) -> None:
    if field == "referral_date":
        _date(builder, builder.top, "referral_date", "/referral_date", answer)
    elif field == "la_reference":
        # "BCC 77310", "AfC 611290": a short prefix of capitals (an abbreviation) and a
        # number are one reference; "LCS number 772104", "ID: 5561": words naming the
        # system are not.
        value = _after_reference_words(answer.value)
        found = re.match(r"\s*((?:[A-Z](?=[a-z]{0,3}[A-Z])[A-Za-z]{1,5} )?\S+)", value)
        reference = found.group(1) if found else ""
        if not re.search(r"\d", reference):
            # "LCS number 772104", "Child's LCS ID 3381920", "LCS ID (NYC) 640028": the
            # words naming the system are not the reference, the first code with a digit is
            # the code's letters in any case ("BFfC-880217", "BCC/CP/44120") are its own
            coded = re.search(
                r"(?<![\w(./-])((?:[A-Za-z]{1,6}[-/]){0,2}[A-Za-z]{0,6}[-/]?\d[\w/-]*)",
                value,
            )
            reference = coded.group(1) if coded else ""
        # a case number has at least three digits ("v4.2", "Section 2" are not one); the
        # family court's own number ("WV26C00512") heads a court paper, not the LA's file
        reference = reference.strip(".,;")
        # nor is a day ("Mosaic ID:" left blank over "Exported ... on 17/11/2026")
        if (
            len(re.findall(r"\d", reference)) >= 3
            and len(reference) <= 64
            and not COURT_CASE_NUMBER.match(reference)
            and not _a_day(reference, builder.reference_date)
        ):
            # the request's own number ("Request ID", "Referral no.") stands for the case
            # only where the case's own number is not given
            sureness = LABELLED - 0.05 if _REQUEST_NUMBER.search(answer.label) else LABELLED
            builder.set(
                builder.top,
                "la_reference",
                reference,
                sureness,
                answer.block.evidence(),
            )
    elif field == "la":
        match = resolve_authority(answer.value)
        if match.code is None and not match.ambiguous:
            # "Royal Borough of Greenwich" over "Placement Referral": the heading is the LA
            match = resolve_authority(answer.label)
        if match.ambiguous:
            _unclear(
                builder,
                builder.top,
                "la_code",
                "/la_code",
                "The authority's abbreviation fits more than one council.",
                answer,
            )
        elif match.code:
            builder.set(
                builder.top,
                "la_code",
                match.code,
                min(match.confidence, LABELLED),
                answer.block.evidence(),
            )


_EVERY_CHILD = re.compile(
    r"\((both|all|each)\)|\b(both|all|each) (children|siblings|of them)\b", re.I
)


_EVERY_ANSWER = re.compile(r"^\W*(both|all|each)\b", re.I)
# "Allergies: none known for any child", "Well - for both of them": the answer for each
_FOR_EVERY_CHILD = re.compile(
    r"\bfor (any|each|every|all|both|either)( of)?( the| them)?( (child|children|siblings))?"
    r"\W*$",
    re.I,
)


def _child_field(builder: DraftBuilder, field: str, answer: Answer) -> None:
    every = (
        _EVERY_CHILD.search(answer.label)
        or _EVERY_ANSWER.match(answer.value)
        or _FOR_EVERY_CHILD.search(answer.value)
    )
    if every and len(builder.children) > 1:
        current = builder.current  # "Legal status (both)": the same answer for each child
        for index in range(len(builder.children)):
            builder.current = index
            _one_child_field(builder, field, answer)
        builder.current = current
        return
    sibling = _siblings_answer(builder, field, answer)
    _one_child_field(builder, field, sibling or answer)
    builder.child.answers.setdefault(field, answer)


# "same as Kane", "as Aisha", "Same as H": the answer is the one given for the sibling named
_SAME_AS_SIBLING = re.compile(
    r"^\W*(?:(?:the )?same as(?: for)?|as for|as)\s+(?P<who>[A-Z][a-z'\u2019-]*)\b", re.I
)


def _siblings_answer(builder: DraftBuilder, field: str, answer: Answer) -> Answer | None:
    """The answer this field was given for the sibling the answer names instead of
    answering ("Family time: same as Kane", "Moves: 2 (as Aisha)" is its own)."""
    found = _SAME_AS_SIBLING.match(answer.value)
    if found is None or not found.group("who")[:1].isupper():
        return None
    who = found.group("who").lower()
    for index, child in enumerate(builder.children):
        first = child.fields.get("first_name")
        name = str(first.value).lower() if first and first.value else ""
        if index == builder.current or not name or field not in child.answers:
            continue
        if name == who or (len(who) == 1 and name.startswith(who)):
            return child.answers[field]
    return None


_BARE_HISTORY_NONE = re.compile(r"^\W*history\W*:\s*(none|nil|no|n/?a)\W*$", re.I)
_AGE_INSTEAD = re.compile(
    r"\b(?:approx(?:imately|\.)?|about|around|aged?|believed to be|estimated|est\.?|c\.)\s*"
    r"(?P<age>\d{1,2})\b(?!\s*(?:/|months?|weeks?|days?))"
    # "not known, says 13", "unknown - he says he is 15", "claims to be 16": the age given
    r"|\b(?:says|said to be|claims to be|gives (?:his|her|their) age as|(?:he|she|they) says?"
    r" (?:he|she|they) (?:is|are))\s*(?P<age3>\d{1,2})\b(?!\s*(?:/|months?|weeks?|days?))"
    # "8 years", "8 yrs old": the age where the birth was asked (not "2 years ago")
    r"|\b(?P<age2>\d{1,2})\s*(?:years?|yrs?|yo)(?: old)?\b(?!\s+ago)"
    # a bare number where the birth was asked: "15 (DOB not held)", "4"
    r"|^\s*(?P<age4>\d{1,2})\s*(?:$|\()",
    re.I,
)


# The sex said after the birth in the same answer ("30.08.12 - girl", "aged 13 (boy)").
_SEX_AFTER_BIRTH = re.compile(
    r"^\s*[-\u2013\u2014,;(/]\s*(?P<sex>boy|girl|male|female|[MF])\s*\)?\W*$", re.I
)


def _birth(builder: DraftBuilder, answer: Answer) -> None:
    """A date of birth, or the age given in its place, and the sex said after either."""
    dates = find_dates(answer.value, builder.reference_date)
    fields, end = builder.child.fields, None
    if dates:
        fields = builder.child_for_identity("date_of_birth", dates[0].value).fields
        builder.set(fields, "date_of_birth", dates[0].value, LABELLED, answer.block.evidence())
        end = dates[0].start + len(dates[0].quote)
    elif _AGE_INSTEAD.search(answer.value):
        # "Not known - approx. 17 years old", "unknown (about 15)": the age in its place
        found = _AGE_INSTEAD.search(answer.value)
        age = int(
            found.group("age") or found.group("age2") or found.group("age3") or found.group("age4")
        )
        if age <= 17:
            builder.set(fields, "age_years", age, LABELLED, answer.block.evidence())
            end = found.end()
    sex = _SEX_AFTER_BIRTH.match(answer.value[end:]) if end is not None else None
    if sex:
        said = values.read_choice("gender", sex.group("sex"))
        if len(said) == 1:
            builder.set(fields, "gender", said[0].value, 0.8, answer.block.evidence())


def _one_child_field(builder: DraftBuilder, field: str, answer: Answer) -> None:
    fields = builder.child.fields
    if field == "dob":
        _birth(builder, answer)
    elif field == "age":
        _age(builder, answer)
    elif field == "gender":
        _choice(builder, fields, "gender", builder.child_pointer("gender"), answer, "gender")
    elif field == "legal_status":
        _legal_status(builder, answer)
    elif field in ("ethnicity", "religion", "language") and answer.value.strip():
        value = without_remark(answer.value) if field != "ethnicity" else answer.value.strip()
        builder.set(
            fields, _FIELD_NAMES.get(field, field), value[:200], 0.85, answer.block.evidence()
        )
        if field == "language" and communication(answer.value):
            _needs(builder, answer)  # "Arabic; needs an interpreter": how to talk with them
    elif field in _CHILD_FIELDS and answer.value.strip():
        builder.set(
            fields,
            _FIELD_NAMES.get(field, field),
            answer.value.strip()[:2000],
            0.85,
            answer.block.evidence(),
        )
        _needs(builder, answer)
    elif field in ("allergies", "communication", "disabilities", "care_plan", "known_as"):
        _need_field(builder, field, answer)
    elif field in ("family_time", "no_contact"):
        arrangements = family_time(answer.value)
        earlier = fields.get("family_time")
        if arrangements and earlier is not None and earlier.state is ExtractionState.FOUND:
            # "Mother: monthly" then "Maternal grandmother: weekly": one section, two lines
            earlier.value = merge_arrangements(earlier.value or [], arrangements)
            earlier.evidence.append(answer.block.evidence())
        elif arrangements is not None and field == "family_time":
            builder.set(fields, "family_time", arrangements, 0.85, answer.block.evidence())
        people = no_contact(answer.value)
        if not people and field == "no_contact":
            people = people_listed(answer.value)  # "No contact: mum's boyfriend"
        if people:
            builder.set(fields, "no_contact_with", people, 0.85, answer.block.evidence())
    elif field == "current_home":
        # the home being left: not the kind of home asked for, nor how soon; only what it
        # says of the placements so far
        placements_said(builder, answer)
    elif field in ("history", "placements_count") and leading_count(answer.value):
        count = leading_count(answer.value)
        builder.set(fields, "previous_placements_count", count, 0.85, answer.block.evidence())
    elif field in ("history", "placements_count") and values.current_placements(answer.value):
        count = values.current_placements(answer.value)
        builder.set(fields, "previous_placements_count", count, 0.85, answer.block.evidence())
    elif field == "history" and _BARE_HISTORY_NONE.match(f"{answer.label}: {answer.value}"):
        pass  # a bare "History: None" may be no history of a risk: no count from it
    elif field in ("history", "placements_count") and (
        first_placement(answer.value)
        # "None", "None - arrived on 20 November": no placement before this one
        or re.match(
            r"^\W*(none|nil|no|0|zero)\b(?!\s+(of|other|known|details))", answer.value, re.I
        )
        # "Hospital only", "In hospital since birth": a newborn not yet placed anywhere
        or re.match(r"^\W*(in )?hospital( only| since (birth|born))?\W*$", answer.value, re.I)
    ):
        builder.set(fields, "placement_history", [], 0.9, answer.block.evidence())
        builder.set(fields, "previous_placements_count", 0, 0.9, answer.block.evidence())
    elif field in ("history", "placements_count"):
        rows = history_from_text(answer.value, builder.reference_date)
        # "Three placements so far: ..." says how many; the list is kept when it has them all
        count = placements_count(answer.value)
        if count is None:  # the label's own count, not its section number ("3.10 ...")
            count = placements_count(re.sub(r"^\W*\d{1,2}(\.\d{1,2})*[.)]?\s+", "", answer.label))
        if rows and count in (None, len(rows)):
            builder.set(fields, "placement_history", rows, 0.85, answer.block.evidence())
        count = len(rows) if count is None and rows else count
        if count is not None:
            builder.set(fields, "previous_placements_count", count, 0.85, answer.block.evidence())


def _needs(builder: DraftBuilder, answer: Answer) -> None:
    """Diagnosed disabilities and communication needs named in a health answer."""
    found = disabilities(answer.value)
    if found:
        builder.set(builder.child.fields, "disabilities", found, 0.8, answer.block.evidence())
    needs = communication(answer.value)
    if needs:
        builder.set(
            builder.child.fields, "communication_requirements", needs, 0.8, answer.block.evidence()
        )
        builder.set(
            builder.child.fields, "communication_needs", "yes", 0.8, answer.block.evidence()
        )


def _need_field(builder: DraftBuilder, field: str, answer: Answer) -> None:
    fields, text = builder.child.fields, _text(answer)
    evidence = answer.block.evidence()
    if field == "known_as" and looks_like_name(text):
        builder.set(fields, "known_as", text, LABELLED, evidence)
    elif field == "allergies" and text:
        none = re.match(r"^\W*(no|none|nil|n/?a|nkda|no known)\b", text, re.I)
        builder.set(fields, "allergies", "none known" if none else text[:2000], 0.9, evidence)
    elif field == "care_plan":
        yes_no = values.read_yes_no(text)
        if yes_no is not None:
            builder.set(fields, "care_plan_exists", yes_no, 0.9, evidence)
    elif field == "disabilities" and text:
        found = disabilities(text)
        if found or values.read_yes_no(text) is False:
            builder.set(fields, "disabilities", found or ["NONE"], 0.85, evidence)
        if values.read_yes_no(text) is not False and "health_needs" not in fields:
            builder.set(fields, "health_needs", text[:2000], 0.8, evidence)  # answers it too
    elif field == "communication" and text:
        needs = communication(text)
        if needs is not None:
            builder.set(fields, "communication_needs", "yes" if needs else "no", 0.85, evidence)
            if needs:
                builder.set(fields, "communication_requirements", needs, 0.85, evidence)


_CHILD_POINTERS = {
    "dob": "date_of_birth",
    "age": "age_years",
    "language": "first_language",
    "health": "health_needs",
    "child_name": "first_name",
    "history": "placement_history",
    "school_must_stay": "school/must_stay",
    "ehcp": "school/ehcp",
}
_PLACEMENT_POINTERS = {
    "setting": "setting",
    "urgency": "urgency",
    "duration": "duration",
    "start_date": "start_date",
    "location": "preferred_location",
    "living_companions": "living_companions",
    "pets": "pets",
    "dol": "deprivation_of_liberty",
}
_TOP_POINTERS = {
    "la": "/la_code",
    "la_reference": "/la_reference",
    "referral_date": "/referral_date",
}


def _pointer(builder: DraftBuilder, field: str) -> str:
    """The JSON pointer into the referral for a label's field."""
    if "." in field:
        return "/" + field.replace(".", "/")
    if field in _TOP_POINTERS:
        return _TOP_POINTERS[field]
    if field in _PLACEMENT_POINTERS:
        return f"/placement/{_PLACEMENT_POINTERS[field]}"
    return builder.child_pointer(_CHILD_POINTERS.get(field, field))


def _split_value(value: str, count: int) -> list[str] | None:
    for separator in ("/", ",", ";", " - ", "\n"):
        parts = [part.strip() for part in value.split(separator)]
        if len(parts) == count and all(parts):
            return parts
    return None


_DOUBTFUL_SCHOOL = 0.6


def _combined(builder: DraftBuilder, answer: Answer, fields: list[str], shared: bool) -> bool:
    """ "Age and gender: 14, female" answers two labels at once, one piece each (or the
    whole answer for each when it does not split that way)."""
    if any("." in field for field in fields):
        return False
    split = _split_value(answer.value, len(fields))
    parts = split or [answer.value] * len(fields)
    labels = [piece for piece in re.split(r"\s*(?:/|&|\band\b|\+)\s*", answer.label) if piece]
    if not split and "known_as" in fields and {"child_name", "first_name"} & set(fields):
        # "Name and what they like to be called: Ruby Ashdown" (or 'Poppy Ashdown ("Pops")'):
        # one name is the child's name, not also the name the child goes by; one written
        # beside it in quotes or brackets is read with the name
        asked = [(lbl, fld) for lbl, fld in zip(labels, fields, strict=False) if fld != "known_as"]
        labels, fields = [lbl for lbl, _ in asked], [fld for _, fld in asked]
    for label, field, part in zip(labels, fields, parts, strict=False):
        if split and field == "disabilities":
            continue  # read from the whole answer, below
        doubtful = field == "school" and not _ABOUT_SCHOOL.search(part)
        if doubtful and not split:
            continue  # the whole answer is about the other topic
        before = builder.child.school.get("name") if doubtful else None
        single = Answer(label, part, answer.block, answer.options, answer.placeholder)
        _read_field(builder, single, field, shared)
        found = builder.child.school.get("name") if doubtful else None
        if found is not None and found is not before:
            # "Health and education: ADHD, takes Elvanse": a piece that may be no school
            # at all; a "School" line of its own is surer
            found.confidence = min(found.confidence, _DOUBTFUL_SCHOOL)
        if doubtful and "health" in fields:
            _needs(builder, answer)  # the needs named anywhere in the health answer
    if split and "disabilities" in fields:
        # "Disability / diagnosis: Severe learning disability; epilepsy": each diagnosis
        # the answer names is a disability's, whichever piece it fell in
        _need_field(builder, "disabilities", answer)
    return True


_EVERY_LABEL = re.compile(r"^\W*(both|all|each)( of the)? (children|siblings)\W*$", re.I)


def _rest(answer: Answer) -> tuple:
    return (answer.value, answer.block, answer.options, answer.placeholder, answer.label_block)


_CONTACT_DETAILS = re.compile(r"^\W*contact( details)?\W*$", re.I)
_NAMES_LABEL = re.compile(
    r"^(child(ren)?'?s'? names|names( of (the )?(children|siblings))?|children|siblings)$", re.I
)
_NAMED_CHILD = re.compile(
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)\s*(?:\(([^)]*)\))?"
)


def _children_named(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Names: Lily Watts (DOB 02/04/2015) and Oscar Watts (DOB 19/09/2017)": a child each."""
    if not _NAMES_LABEL.match(answer.label.strip(" :")):
        return False
    found = [
        match
        for match in _NAMED_CHILD.finditer(answer.value)
        if looks_like_name(f"{match.group(1)} {match.group(2)}")
    ]
    if len(found) < 2:
        return False
    evidence = answer.block.evidence()
    value = answer.value
    for number, match in enumerate(found):
        child = builder.child_for_identity("first_name", match.group(1))
        builder.set(child.fields, "first_name", match.group(1), LABELLED, evidence)
        builder.set(child.fields, "last_name", match.group(2), LABELLED, evidence)
        end = found[number + 1].start() if number + 1 < len(found) else len(value)
        # "Holly Tranter (A), DOB 03/02/2014, girl, and ...": what follows the name is hers
        after = re.split(r"(?<=[.;])\s", value[match.end() : end])[0]
        bracket = match.group(3) or ""
        if re.fullmatch(r"\s*([A-Z]|[1-9])\s*", bracket):
            builder.aliases[bracket.strip()] = builder.current  # "A - No. B - Yes" answers
        dates = find_dates(bracket, builder.reference_date) or find_dates(
            after, builder.reference_date
        )
        if dates:
            builder.set(child.fields, "date_of_birth", dates[0].value, LABELLED, evidence)
        gender = values.read_choice("gender", after)
        if len(gender) == 1:
            builder.set(child.fields, "gender", gender[0], LABELLED, evidence)
    _every_childs_status(builder, value[found[-1].end() :], answer)
    builder.current = 0
    return True


def _every_childs_status(builder: DraftBuilder, text: str, answer: Answer) -> None:
    """ "... and Harvey (B), boy. Both subject to full care orders (s31).": one status each."""
    for sentence in re.split(r"(?<=[.;])\s+", text)[1:]:
        statuses = find_legal_statuses(sentence)
        if _BOTH.match(sentence) and len(statuses) == 1:
            for child in builder.children:
                builder.set(
                    child.fields, "legal_status", statuses[0].value, 0.9, answer.block.evidence()
                )
            return


_BOTH = re.compile(r"^\W*(both|all|each|the (two|three|four) (children|siblings)|they)\b", re.I)


def _per_child(builder: DraftBuilder, answer: Answer, field: str | None) -> bool:
    """One cell answering for each child by name: "Lily - F, Oscar - M"."""
    names = {
        str(child.fields["first_name"].value): index
        for index, child in enumerate(builder.children)
        if "first_name" in child.fields and child.fields["first_name"].value
    }
    names.update(
        {alias: index for alias, index in builder.aliases.items() if index < len(builder.children)}
    )
    if field in (None, "risk_prompt") or "." in field or len(names) < 2:
        return False  # a risk's prompt is answered child by child by risk_answer
    if risk_terms(answer.label):
        return False  # "Harm to animals: Mia - possibly; Noah - no": a risk, not the pets
    # "Lily - F, Oscar - M", "Jack's at Range High, Ellie's at Linaker Primary"
    pattern = (
        r"\b(" + "|".join(re.escape(name) for name in names) + r")"
        r"(?:\s*[-:\u2013]\s*|(?:'s|\u2019s|\s+is)\s+(?:(?:at|in)\s+|(?=on\b)))"
    )
    hits = list(re.finditer(pattern, answer.value))
    if len({hit.group(1) for hit in hits}) < 2:
        keyed = keyed_by_order(len(builder.children), answer.value)  # "A - ... B - ..."
        if not keyed:
            return False
        current = builder.current
        for index, piece in keyed:
            builder.current = index
            _read_field(
                builder, Answer(answer.label, piece.strip(" ,;."), answer.block), field, False
            )
        builder.current = current
        return True
    current = builder.current
    for number, hit in enumerate(hits):
        end = hits[number + 1].start() if number + 1 < len(hits) else len(answer.value)
        builder.current = names[hit.group(1)]
        piece = answer.value[hit.end() : end].strip(" ,;.")
        _read_field(builder, Answer(answer.label, piece, answer.block), field, False)
    builder.current = current
    return True


_GENERAL_RISKS = re.compile(
    r"^\W*((known |current |identified )?risks?( and vulnerabilit\w*| summary| information)?"
    r"|risk (summary|information|assessment)|vulnerabilit\w*)\W*$",
    re.I,
)


def _risks_per_child(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Risks: Kai - occasional aggression ... No other risks for Kai. Jayden - no known
    risks.": each child's part of a general risks answer is read for that child alone."""
    if not _GENERAL_RISKS.match(answer.label) or len(builder.children) < 2:
        return False
    names = {
        str(child.fields[key].value): index
        for index, child in enumerate(builder.children)
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    pattern = (
        r"(?:^|(?<=[.;]\s))(" + "|".join(re.escape(name) for name in names) + r")\s*[-:\u2013]\s*"
    )
    hits = list(re.finditer(pattern, answer.value))
    if len({names[hit.group(1)] for hit in hits}) < 2:
        return False
    current = builder.current
    for number, hit in enumerate(hits):
        end = hits[number + 1].start() if number + 1 < len(hits) else len(answer.value)
        builder.current = names[hit.group(1)]
        # in the child's own part, "No other risks for Kai" is "... for the child"
        own = re.sub(rf"\b{re.escape(hit.group(1))}\b", "the child", answer.value[hit.end() : end])
        piece = Answer(answer.label, own.strip(), answer.block)
        blanket_no_risks(builder, piece, False)  # a stated risk outranks it when settled
        read_free_text(builder, Answer("", piece.value, answer.block), False)
        builder.answered.add(f"/children/{builder.current}/risks")
    builder.current = current
    return True


def _setting_row(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Foster care | Suitable", "Residential care | Not suitable": a row per setting with
    a verdict, read here as nothing else; which setting is asked for is decided over all
    the rows together (``extract``: the one marked suitable, none when several are)."""
    named = values.read_choice("setting", answer.label) if answer.label else []
    if len(named) != 1 or len(answer.label.split()) > 4 or answer.options:
        return False
    return bool(
        values.NOT_SUITABLE_VERDICT.match(answer.value)
        or values.SUITABLE_VERDICT.match(answer.value)
    )


# "History: 2" in a tracker's grid: a bare "History" asks for many things (a family's, a
# medical one), but answered with a number alone it can only be the count of placements.
_BARE_HISTORY = re.compile(r"^\W*(care |placement )?(history|hist\.?)\W*$", re.I)


# The fields an unlabelled group of tick boxes can answer, named by its options' words.
_OPTION_FIELDS = ("urgency", "duration", "setting")


def _options_field(answer: Answer) -> str | None:
    """ "☐ Emergency ☒ Planned" with no label: every option is a word of one field's
    vocabulary (how urgent, how long, what kind of placement), so the boxes answer it."""
    words = [word for word, _ticked in answer.options if word.strip()]
    # a bare "Type" or "Kind" names no field: its boxes' words say which
    if (answer.label and not _BARE_KIND_LABEL.match(answer.label)) or len(words) < 2:
        return None
    for field in _OPTION_FIELDS:
        if all(len(values.read_choice(field, word)) == 1 for word in words):
            return field
    return None


def _field_of(answer: Answer) -> str | None:
    if _options_field(answer):
        return _options_field(answer)
    field = field_for(answer.label, answer.part)
    if field is None and _BARE_HISTORY.match(answer.label):
        # "2", "3 (two foster, one residential)", "1 - emergency carer"
        if re.match(r"\s*\d{1,2}\b", answer.value) and placements_count(answer.value) is not None:
            return "placements_count"
    if (
        field is None
        and _BARE_KIND_LABEL.match(answer.label)
        and field_for(answer.part) in (None, "setting")
    ):
        # "Type: Residential children's home | Planned": a bare "Type" answered with a kind
        # of placement asks for the setting (not under a heading about something else)
        if values.read_choice("setting", values.request_text(answer.value)):
            return "setting"
    return field


_BARE_KIND_LABEL = re.compile(r"^\s*(type|kind)\s*$", re.I)


# "From: Jo Bell, jo.bell@x.example, 01632 960000" atop a note: its writer with their
# details, not a start (an email's header gives no number).
_SENDER = re.compile(r"^\s*from\s*$", re.I)


def _letter_sender(builder: DraftBuilder, answer: Answer) -> bool:
    """ "From: Dana Holt, Independent Reviewing Officer, 01632 960 555": a bare "From"
    naming someone, with no start date in it, is the letter's sender (a phone number is
    no date); its start is neither read nor asked about."""
    return (
        bool(_SENDER.match(answer.label))
        and bool(phones(answer.value) or emails(answer.value))
        and not find_start_dates(answer.value, builder.reference_date)
    )


# "Jo Bell (SW)", "Jo Bell, child's social worker, ringing from home": a name, then the
# worker's role said beside it
_NAME_THEN_WORKER = re.compile(
    r"^\W*(?-i:[A-Z][a-z'-]+(?:[ -][A-Z][a-z'-]+){1,2})\s*[(,\-\u2013]\s*"
    r"(?:the )?(?:child'?s |allocated |case ?holding |responsible )?(?:sw|social worker)\b",
    re.I,
)


def _worker_calling(builder: DraftBuilder, answer: Answer) -> bool:
    """ "FROM: Kelly Hart (child's SW)": a bare "From" naming the allocated worker by her
    role, with no date in it, is who rang or wrote: the worker."""
    return (
        bool(_SENDER.match(answer.label))
        and bool(_NAME_THEN_WORKER.match(answer.value))
        and not OTHER_PEOPLE.search(answer.value)
        and not find_start_dates(answer.value, builder.reference_date)
    )


def read_answer(builder: DraftBuilder, answer: Answer, shared_risks: bool) -> bool:
    """Read one labelled answer into the draft; False if its label is not a known field."""
    if _children_named(builder, answer):
        return True
    if _risks_per_child(builder, answer):
        return True
    if _per_child(builder, answer, _field_of(answer)):
        return True
    if _EVERY_LABEL.match(answer.label) and len(find_legal_statuses(answer.value)) == 1:
        # "Both children: Section 20."
        _child_field(builder, "legal_status", Answer("Legal status (both)", *_rest(answer)))
        return True
    if risk_answer(builder, answer, shared_risks):
        return True
    if _setting_row(builder, answer):
        return True
    if answer.options and risk_checklist(builder, answer, shared_risks):
        return True
    fields = combined_fields(answer.label, answer.part)
    if fields and _combined(builder, answer, fields, shared_risks):
        return True
    field = _field_of(answer)
    if field is None and names_a_team(answer.label):
        return True  # "Team: Short Term Intervention": nothing about the request in its name
    if field is None or field == "risk_prompt":
        return False
    if (
        field == "start_date"
        and _SENDER.match(answer.label)
        and "<" not in answer.value  # an email's own "From: Jo Bell <jo@...>" header
        and emails(answer.value)
        and phones(answer.value)
    ):
        field = "social_worker.name"  # "From: Jo Bell, jo.bell@x.example": who wrote it
    elif field == "start_date" and _letter_sender(builder, answer):
        return True  # "From: Dana Holt, IRO, 01632 960 555": who wrote it, not when
    elif field == "start_date" and _worker_calling(builder, answer):
        field = "social_worker.name"  # a message pad's "FROM: Jo Bell (SW)": the caller
    if field == "family_time" and _CONTACT_DETAILS.match(answer.label):
        if _NAME_THEN_WORKER.match(answer.value) and not OTHER_PEOPLE.search(answer.value):
            field = "social_worker.name"  # "Contact: Jess Trewin (social worker), ...": whom to ask
        elif emails(answer.value) or phones(answer.value):
            field = "social_worker.phone"  # "Contact: jo@... / 01384 ...": the worker's details
    if field not in ("social_worker.phone", "social_worker.email"):
        builder.someone_elses_details = False  # only the details straight under the name
    _read_field(builder, answer, field, shared_risks)
    return True


# Fields kept as the form's words: a "TBC" or "unknown" there is no answer at all.
_DESCRIBED = {"school", "health", "family_time", "history", "disabilities", "communication"}


# Words of an answer about school: "Health and education: Asthma; inhaler" whose answer
# does not split in two names no school (the school may be a line of its own below).
_ABOUT_SCHOOL = re.compile(
    r"\b(schools?|academy|college|primary|secondary|nursery|pre-?school|education|educated"
    r"|year \d{1,2}|yr \d|pupil|tuition|\bpru\b|ehcp|sen(co|d)?|pep|attends|attending"
    r"|university|apprenticeship|neet|training|class)\b",
    re.I,
)


def _read_field(builder: DraftBuilder, answer: Answer, field: str, shared_risks: bool) -> None:
    if answer.placeholder:
        _unclear(
            builder,
            {},
            field,
            _pointer(builder, field),
            "The answer still shows the form's prompt.",
            answer,
        )
        return
    every_child = bool(_EVERY_CHILD.search(answer.label)) and len(builder.children) > 1
    mark_answered(builder, field, answer.value or _text(answer), every_child=every_child)
    if field in _DESCRIBED and not answer.options and not real_answer(answer.value):
        return  # "School: TBC", "Health: unknown": nothing to keep, the question stays
    if "." in field:
        _contact(builder, field, answer)
    elif field in ("referral_date", "la_reference", "la"):
        _top_field(builder, field, answer)
    elif field in ("first_name", "last_name", "child_name"):
        _child_name(builder, answer, field)
    elif field.startswith("school") or field == "ehcp":
        _school(builder, field, answer)
    elif field == "notice_period":
        _notice_period(builder, answer)
    elif field == "urgency_question":
        yes_no = values.read_yes_no(_text(answer))
        if yes_no is not None:
            urgency = "emergency" if yes_no else "planned"
            builder.set(builder.placement, "urgency", urgency, LABELLED, answer.block.evidence())
        else:
            # "URGENT: emergency release (parole granted early). Short term - ...": the
            # urgency and length said in the answer's own words
            _request_details(builder, answer)
    elif field in (
        "setting",
        "urgency",
        "duration",
        "start_date",
        "location",
        "living_companions",
        "pets",
        "dol",
    ):
        _placement_field(builder, field, answer)
    else:
        _child_field(builder, field, answer)
    allergy = allergies(answer.value) if field == "health" else None
    if allergy and "allergies" not in builder.child.fields:
        # "Glasses; peanut allergy - carries an EpiPen": the allergy the health answer names,
        # "NKDA": none known
        builder.set(builder.child.fields, "allergies", allergy, 0.8, answer.block.evidence())
    found = statements(answer.value, builder.reference_date)
    for statement in found if field in ("health", "history") else []:
        builder.add_risk(
            (statement.group, statement.name),
            RiskFinding(
                statement.state, 0.7, answer.block.evidence(statement.quote), statement.quote, False
            ),
            shared=shared_risks,
        )
