"""From blocks to a draft referral: labelled answers first, then free text, then checks."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import groupby

from hearth_contract.codes import RiskState
from hearth_contract.documents import Evidence, ExtractedValue, ExtractionState

from hearth_referrals.documents.answered import (
    mark_label_topics,
    mark_risks_answered,
    mark_sentence_topics,
)
from hearth_referrals.documents.bare_type import setting_from_bare_type
from hearth_referrals.documents.blocks import Block, BlockKind, Location
from hearth_referrals.documents.builder import STATE_RANK, ChildFindings, DraftBuilder, RiskFinding
from hearth_referrals.documents.checklist_lines import checklist_risk_lines
from hearth_referrals.documents.children_said import (
    birth_by_first_name,
    group_genders,
    named_group,
    said_beside_name,
    sibling_asked_for_too,
)
from hearth_referrals.documents.draft import RISK_NAMES
from hearth_referrals.documents.grouped_columns import grouped_code_columns
from hearth_referrals.documents.labelled import AWAITING_MATCH, read_answer
from hearth_referrals.documents.legend_marks import read_legend_marks
from hearth_referrals.documents.letter_date import SIGNED_OFF, letter_date
from hearth_referrals.documents.merge_fields import unfilled_merge_fields
from hearth_referrals.documents.most_named import child_most_named
from hearth_referrals.documents.name_headings import (
    child_by_name_heading,
    child_line_under_heading,
    name_headings,
)
from hearth_referrals.documents.named_child_lines import NamedChildLines
from hearth_referrals.documents.narrative import (
    read_free_text,
    read_signatures,
    reference_in_cells,
    sender_signs_off,
    worker_in_an_answer,
)
from hearth_referrals.documents.ocr_labels import repair_ocr_labels
from hearth_referrals.documents.risk_answers import (
    blanket_answer,
    blanket_no_risks,
    closing_line,
    read_named_blankets,
)
from hearth_referrals.documents.risk_blank_rows import blank_risk_rows
from hearth_referrals.documents.risk_codes import expand_risk_codes
from hearth_referrals.documents.risk_records import expand_risk_records
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import (
    Answer,
    pair_answers,
    run_on_labels,
    starts_with_a_bullet,
)
from hearth_referrals.documents.rules.authorities import (
    authority_from_email,
    council_named,
    find_authority,
    resolve_authority,
)
from hearth_referrals.documents.rules.care_rows import care_rows, no_history_row
from hearth_referrals.documents.rules.corrections import corrections
from hearth_referrals.documents.rules.dates import MONTHS, age_on, find_dates, find_logged_dates
from hearth_referrals.documents.rules.family_time import (
    family_time_by_its_words,
    family_time_heading,
    is_an_arrangement,
    under_family_time,
)
from hearth_referrals.documents.rules.history import (
    family_table_text,
    family_time,
    history_tables,
    no_contact,
)
from hearth_referrals.documents.rules.home_paperwork import home_admission_cue
from hearth_referrals.documents.rules.label_runs import label_run_answers
from hearth_referrals.documents.rules.labels import OTHER_PEOPLE as _OTHER_PEOPLE
from hearth_referrals.documents.rules.labels import field_for, names_the_request, role_of
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.list_rows import list_rows_below
from hearth_referrals.documents.rules.own_answer import own_answer_state
from hearth_referrals.documents.rules.people import (
    OTHER_ADULTS,
    RELATIVES,
    WORKER_ROLE,
    emails,
    kin,
    looks_like_name,
    phones,
    split_name,
)
from hearth_referrals.documents.rules.risk_words import (
    RISK_SHORTHAND,
    named_risks,
    only_generic_exploitation,
    risk_terms,
    written_out,
)
from hearth_referrals.documents.state_words import read_state_words
from hearth_referrals.documents.topic_after import topics_after

__all__ = ["extract"]

# A question asked aloud or in a chat ("Legal?", "And risks?") as a line of its own: its
# answer, the next line, runs on.
_SPOKEN_QUESTION = re.compile(r"^[\w ,'&/-]{2,40}\?$")
_SPOKEN_ANSWER = 12


_RUN_ON_PROSE = re.compile(
    r"\.\s*(?=(?:I am|I'm|I need|I would|We are|We need|We would|We're|Please)\b[^.]{10,})"
)


def _asked_aloud(answer: Answer) -> bool:
    asked = answer.label_block
    return (
        asked is not None
        and asked is not answer.block
        and bool(_SPOKEN_QUESTION.match(asked.text.strip()))
    )


_INNER_HEADER = re.compile(r"^(from|sent|date|to|cc|subject)$", re.I)
# "From: w/c 7 Dec" in a quoted form: when the placement is wanted, not who sent it.
_FROM_A_DAY = re.compile(
    r"^from:\s*(?:w/[cb]|week (?:commencing|beginning)|asap|today|tomorrow|tbc"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d{1,2}(?:st|nd|rd|th)?\b)(?![^<>]*@)",
    re.I,
)
# "Child 2", "3.2 Child 2", "Part 3: The child 2", "About child 2": a Part for one child of
# a group
_CHILD_PART = re.compile(
    r"^(?:(?:part|section)\s+\d{1,2}[a-z]?\s*[:.\-\u2013]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?"
    r"(?:(?:about|details (?:of|for)|information (?:about|on))\s+)?(?:the\s+)?child\s+([0-9])\b",
    re.I,
)
# "2.1 Child 1: Tyler Mace", "Child 2 - Lacey Mace": a heading naming each child in turn.
_CHILD_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?i:(?:the )?(?:child|young person|sibling))"
    r"\s*([1-9])?\s*[:\-\u2013]\s*"
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)(?:\s+([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?))?\s*$"
)
# "needed tonight", "a placement today": the day asked for, not "in court today".
_TODAY_REQUEST = re.compile(
    r"\b(need\w*|requir\w*|placement|bed|accommodat\w*|urgent\w*|emergency|asap)\b"
    r"[^.]{0,80}\b(today|tonight|same day|this afternoon|this evening)\b"
    r"|\b(today|tonight|same day)\b[^.]{0,40}"
    r"\b(placement|bed|needed|required)\b|^\W*(today|tonight|same day)\b"
    # "Bed needed: foster placement, now (overnight)": "now" as the answer's own item, not
    # "the placement has now ended"
    r"|\b(need\w*|requir\w*|bed|accommodat\w*)\b[^.]{0,80}([,:\-\u2013]\s*(right )?|\bright )now\b"
    r"(?!\s*[a-z])"
    # "From: straight away", "Start date - immediately": the start's own answer, the same day
    r"|^\W*(from|start(ing)?( date)?|date (needed|required)|needed|required)\W+"
    r"(straight away|right away|immediately|at once)\W*$",
    re.I,
)
# "an emergency foster placement from tomorrow", "needed tomorrow": the day after the referral.
_TOMORROW_REQUEST = re.compile(
    r"\b(need\w*|requir\w*|placement|bed|accommodat\w*|mov\w*|start\w*|from|urgent\w*"
    r"|emergency|asap)\b[^.]{0,80}\b(from |by |on |for )?tomorrow\b"
    r"|\btomorrow\b[^.]{0,40}\b(placement|bed|needed|required)\b",
    re.I,
)


# "Written 17 November 2026 by ...", "Submitted to the unit on 21 November 2026",
# "Bristol City Council. Date of referral: 19th Nov 2026": the referral's date in a sentence.
_REFERRAL_SENTENCE = re.compile(
    r"^\W*(?:(?:this |the )?(?:referral|request|form|summary|extract|report|note) (?:was |is )?)?"
    r"(?:written|submitted|completed|sent|referred|dated|prepared)\b(?! (?:home|away|off|out)\b)"
    r"|\b(?:referral|request) (?:was )?(?:written|submitted|made|completed|sent|dated)\b"
    # "LA request for a new placement dated 19/11/2026" under a provider's notice
    r"|\b(?:referral|request) for (?:a |an )?(?:new |further |alternative |another )?"
    r"(?:placement|home|resource|provision) (?:was )?(?:written|made|sent|dated)\b"
    r"|\b(?:date of (?:referral|request)|referral date)\b"
    # "EDT shift log - Saturday 14 November 2026": a duty log's own date is the request's
    r"|\b(?:shift|duty|out[- ]of[- ]hours|edt|emergency duty team) (?:log|hand-?over)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.;])\s+|\n+")


# "Printed: 20 Nov 26": a case-system print's own date, when nothing dates the request.
_PRINTED = re.compile(r"^\W*(date )?printed( on)?\W*$", re.I)
# An email printed from Outlook: its first lines are the message's own headers.
_PRINTED_HEADER = re.compile(r"^(from|sent|to|cc|subject)$", re.I)


def _reference_date(answers: list[Answer], today: date) -> tuple[date, Answer | None]:
    """The labelled referral date: a label naming the request ("Date of request") before
    one naming only some paper ("Completed", "Plan drafted"), each the first of its kind."""
    found: tuple[date, Answer] | None = None
    for answer in answers:
        if field_for(answer.label, answer.part) == "referral_date" or answer.label == "Date":
            dates = find_logged_dates(answer.value, today)
            if dates and names_the_request(answer.label):
                return dates[0].value, answer
            if dates and found is None:
                found = dates[0].value, answer
    return found or (today, None)


def _printed_date(answers: list[Answer], today: date) -> tuple[date, Answer] | None:
    for answer in answers[:20]:
        if _PRINTED.match(answer.label):
            dates = find_dates(answer.value, today)
            if dates:
                return dates[0].value, answer
    return None


def _printed_email_date(answers: list[Answer], today: date) -> tuple[date, Answer] | None:
    """An email printed to PDF ("From: ... Sent: Thursday, November 12, 2026 4:42 PM"): the
    first message's Sent line is the referral's date (an older message printed below it,
    with its own Sent line, is only quoted)."""
    head = [a for a in answers[:12] if not a.part.startswith(("forwarded", "quoted"))]
    labels = {a.label.lower() for a in head if _PRINTED_HEADER.match(a.label)}
    if not {"from", "sent"} <= labels:
        return None
    for answer in head:
        if answer.label.lower() == "sent":
            dates = find_dates(answer.value, today)
            return (dates[0].value, answer) if dates else None
    return None


# "Sent to Placements Commissioning on 18/11/2026", "Sent with the referral on 17 Nov":
# a sentence of its own saying the paper went out that day, wherever it stands.
# "Referral to Placements submitted 20/11/2026", "Referral from SW dated 19 Nov 2026": the
# paper named first, whom it went to or came from, then the sending or its date.
_SENT_ON = re.compile(
    r"^\W*(?:(?:(?:this|the) )?(?:form|request|referral|copy|record|profile|summary|paper)s?"
    r"(?: (?:to|from|by|for) (?:the )?[\w'-]+(?: [\w'-]+)?)? (?:was |were )?)?"
    r"(?:sent|submitted|forwarded|emailed|passed|(?<=\w )dated)\b(?! (?:home|away|off|out)\b)",
    re.I,
)
_SENT_DATE_WITHIN = 80  # characters after "Sent ..." in which its day is written
_FIRST_SENTENCES = 25  # answers in which a sentence saying the paper was written is looked for
_SENT_WITHIN_DAYS = 183  # a paper sent on is not older than this when it reaches a provider


def _sentence_referral_date(answers: list[Answer], today: date) -> tuple[date, Answer] | None:
    """The referral date written in a sentence, when no label gives it: a sentence saying
    the paper was sent on anywhere, else one of the first saying it was written or dated
    (a summary in paragraphs, a heading line, a forwarded message's text). "Written with
    Kace on 9 November" above "Sent with the referral on 17 Nov": the day it was sent."""
    written = None
    for index, answer in enumerate(answers):
        if answer.part.startswith(("headers", "signature")):
            continue
        if answer.part.startswith("forwarded") and answer.label:
            continue  # a forwarded message's own "Sent:" line is not the referral written
        for sentence in [*_SENTENCE.split(answer.label), *_SENTENCE.split(answer.value)]:
            sent = _SENT_ON.search(sentence)
            dates = find_dates(sentence[sent.end() :][:_SENT_DATE_WITHIN], today) if sent else []
            if dates and 0 <= (today - dates[0].value).days <= _SENT_WITHIN_DAYS:
                return dates[0].value, answer
            said = _REFERRAL_SENTENCE.search(sentence) if index < _FIRST_SENTENCES else None
            dates = find_dates(sentence[said.start() :], today) if said else []
            if dates and written is None:
                written = dates[0].value, answer
    return written


_MINUTES = re.compile(r"\bminutes\b|\b(record|notes) of (the |a )?meeting\b", re.I)
_MEETING_DATE = re.compile(
    r"^(date of (the )?(meeting|panel)|(meeting|panel) date|date (of )?(meeting|panel) held"
    # "Panel: Calderdale Council - 17/11/2026": the meeting's line, with its date
    r"|meeting|panel|meeting held|panel held)$",
    re.I,
)


def _minutes_date(answers: list[Answer], today: date) -> tuple[date, Answer] | None:
    """Minutes are dated by their meeting: when a document calls itself the minutes (or
    notes) of a meeting in its first lines, the meeting's date is the document's own date.
    Anywhere else a meeting's date is only an event the referral mentions."""
    head = answers[:6]
    if not any(_MINUTES.search(f"{a.part} {a.label} {a.value}") for a in head):
        return None
    for answer in answers[:40]:
        if _MEETING_DATE.match(answer.label.strip()):
            dates = find_dates(answer.value, today)
            if dates:
                return dates[0].value, answer
    return None


# Labels whose own words carry the meaning of the answer: what is asked for, pronouns.
_SENTENCE_LABEL = re.compile(
    r"\b(request\w*|requir\w*|need\w*|sought|seeking|looking for|pronouns?|step[- ]?down)\b", re.I
)
# "Emergency, short term: all three together, from tomorrow": a line opened by the
# request's own words is a sentence, not a label and its answer.
_REQUEST_WORDS_LABEL = re.compile(rf"{values.REQUEST_WORDS_FIRST}$", re.I)


def _request_words_label(label: str) -> bool:
    """ "Emergency, short term" before a colon says what is asked for; "Emergency /
    planned", "Short or long term" name the choices a form asks between."""
    return bool(_REQUEST_WORDS_LABEL.match(label)) and not (
        re.search(r"/|\bor\b", label)
        or len(values.read_choice("urgency", label)) > 1
        or len(values.read_choice("duration", label)) > 1
    )


def _as_sentence(answer: Answer) -> Answer:
    """A labelled line whose label names no field but says what is asked for
    ("Accommodation requested: Supported accommodation", "Pronouns: he/him") is read as
    the sentence it is, label and all."""
    if (
        not answer.label
        or answer.options
        or answer.block.kind is not BlockKind.PARAGRAPH
        or not _SENTENCE_LABEL.search(answer.label)
        or field_for(answer.label, answer.part) is not None
    ):
        return answer
    return replace(answer, label="", value=f"{answer.label}: {answer.value}")


def _risk_scope(builder: DraftBuilder, answer: Answer) -> bool:
    """Whether a risk statement is about the whole sibling group (True) or one child."""
    match = _CHILD_PART.match(answer.part)
    if match and int(match.group(1)) - 1 < len(builder.children):
        builder.current = int(match.group(1)) - 1
        return False
    # "Risks (Freya)": the label names the one child the answer is about
    bracketed = _NAME_IN_BRACKETS.search(answer.label)
    for index, child in enumerate(builder.children if bracketed else []):
        name = child.fields.get("first_name")
        if name and str(name.value) == bracketed.group(1):
            builder.current = index
            return False
    # "Brooke: has scratched her wrists", "Mason Tully: ...": a line led by one child's name
    for index, child in enumerate(builder.children if len(builder.children) > 1 else []):
        if _named_by(child, answer.label):
            builder.current = index
            return False
    asked = _asked_of_one_child(builder, answer.label)
    if asked is not None:  # "Has Skye set fires?": the question names the child it asks of
        builder.current = asked
        return False
    # "Risks - Tyler": a Part for one child, even before the next child is read
    for index, child in enumerate(builder.children if answer.part else []):
        name = child.fields.get("first_name")
        if name and name.value and re.search(rf"\b{re.escape(str(name.value))}\b", answer.part):
            builder.current = index
            return False
    # one child read so far, their details being read: the answer is theirs (a sibling's
    # card further on starts the sibling's own answers)
    if len(builder.children) == 1 and "first_name" in builder.child.fields:
        return False
    if _next_childs_card(builder, answer):
        return False
    if answer.label and not risk_terms(answer.label) and field_for(answer.label, answer.part):
        # "Family time: mum monthly - her drug use is hers": a pronoun in the answer to
        # another question (family time, school) is not a risk statement choosing a child
        return True
    return not _pronoun_names_one_child(builder, answer)


def _paragraph_opened_by(builder: DraftBuilder, answer: Answer) -> int | None:
    """ "Turning to risk for Ashton. On self-harm: ...", "4.2 Freddie. Self-harm: none
    known. Fire: ...": a paragraph of risk rows whose opening, before the first risk it
    names, names one child of several (and no other, nor the group) is that child's."""
    if len(builder.children) < 2 or answer.block.kind is not BlockKind.PARAGRAPH:
        return None
    if not risk_terms(answer.label):
        return None
    text = answer.block.text
    named = risk_terms(text)
    opening = text[: named[0][1].start()] if named else ""
    if not opening.strip() or _GROUP_WORDS.search(opening):
        return None
    words = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]*", opening)}
    return _the_one_child_named(builder, words)


def _the_one_child_named(builder: DraftBuilder, words: set[str]) -> int | None:
    """The one child of several whose first name or known-as name is among ``words``."""
    found = {
        index
        for index, child in enumerate(builder.children)
        for key in ("first_name", "known_as")
        if child.fields.get(key) is not None and str(child.fields[key].value or "").lower() in words
    }
    return found.pop() if len(found) == 1 else None


_GROUP_WORDS = re.compile(
    r"\b(both|all|each|either|neither|siblings|children|brothers|sisters|twins|they)\b", re.I
)


def _next_childs_card(builder: DraftBuilder, answer: Answer) -> bool:
    """ "6.7 Physical harm to others | Unconfirmed" in the second child's card, after the
    first child's card answered its own risk rows: each card's risk rows are its child's
    (a grid of risk rows after every child's details, with none before, is the group's)."""
    current = builder.current
    if not 0 < current == len(builder.children) - 1 or not risk_terms(answer.label):
        return False
    return bool(builder.children[current - 1].risks)


_PRONOUNS = {
    "male": re.compile(r"\b(he|him|his|himself)\b", re.I),
    "female": re.compile(r"\b(she|her|hers|herself)\b", re.I),
}


def _pronoun_names_one_child(builder: DraftBuilder, answer: Answer) -> bool:
    """ "Concerns he has been rough with the cat" in a brother's and a sister's referral is
    the brother's: the one child of the gender its pronouns name (every child's gender
    known) is made the child being read."""
    names = [
        str(child.fields["first_name"].value)
        for child in builder.children
        if child.fields.get("first_name") is not None
    ]
    if builder.aliases or any(re.search(rf"\b{re.escape(n)}\b", answer.value) for n in names):
        return False  # "A - No. B - Yes, scratched his arms": the answer names whose it is
    said = {gender for gender, pattern in _PRONOUNS.items() if pattern.search(answer.value)}
    genders = [child.fields.get("gender") for child in builder.children]
    if len(said) != 1 or any(found is None or found.value is None for found in genders):
        return False
    matching = [index for index, found in enumerate(genders) if found.value in said]
    if len(matching) != 1:
        return False
    builder.current = matching[0]
    return True


def _asked_of_one_child(builder: DraftBuilder, label: str) -> int | None:
    """The one child of several a risk's question or label names ("Has Skye set fires?",
    "Any worries about Reece's eating?"); None when it names none, several, or the group."""
    words = {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z-]*", label)}
    if len(builder.children) < 2 or not (risk_terms(label) or words & set(_RISK_SHORT_FORMS)):
        return None
    if _GROUP_WORDS.search(label):
        return None
    return _the_one_child_named(builder, words)


def _named_by(child: ChildFindings, label: str) -> bool:
    """The label is the child's first name, or their first and last names."""
    first, last = child.fields.get("first_name"), child.fields.get("last_name")
    if not first or not first.value or not label.strip():
        return False
    names = {str(first.value).lower()}
    if last and last.value:
        names.add(f"{first.value} {last.value}".lower())
    return " ".join(label.split()).strip(" :*").lower() in names


# "Sophie Milburn - DOB 28/01/2016 - Female", "Jack Milburn (born 17/04/2018)": a line of
# its own naming a child with their date of birth starts that child's details.
_CHILD_LINE = re.compile(
    r"^\W*([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s+([A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019-]+)\s*(?:[-\u2013\u2014,(]\s*|\s+)"
    r"(?i:dob|d\.o\.b\.?|date of birth|born)\s*:?\s*(?P<born>[^-\u2013\u2014,()]{6,20}?)\s*\)?"
    # "- Male", "- F": the sex, a word or its letter, ending the line
    r"(?:\s*[-\u2013\u2014,|]\s*(?i:(?P<sex>male|female|boy|girl|m|f)))?\W*$"
)


# "Kane Wilson - 05/05/2011 - boy", "Summer Evans - 14 - girl": the same line without the
# word for the birth, or with the age for it, which the sex after it shows to be a child's
# (a meeting's "Planning Meeting - 20/11/2026" has none)
_CHILD_LINE_UNSAID = re.compile(
    r"^\W*([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s+([A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019-]+)"
    # the name they go by in brackets: "(known as Memo)", or the name alone: "(Memo)"
    r"(?P<known>\s*\((?:(?i:known as|k/a|aka|prefers)\s+[^()]{1,30}|[A-Z][a-z'\u2019-]{1,20})\))?"
    # the parts apart by a dash or a comma, or typed in columns ("Harley Rigby  08.03.16  boy")
    r"(?:\s*[-\u2013\u2014,]\s*|\s{2,})"
    r"(?P<born>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}"
    # "6 years old", "12yo", "born (age 8)": the age for the birth
    r"|(?:(?i:born|dob)\s*)?\(?(?i:aged?\s*)?(?P<age>1?\d)"
    r"(?:\s*(?i:yrs?|years?|yo|y/o|y)(?: old)?)?\)?)"
    r"(?:\s*[-\u2013\u2014,|]\s*|\s{2,})(?i:(?P<sex>male|female|boy|girl|m|f))"
    # a sentence of its own may follow: "Riley Pascoe, 27 May 2015, male. Full care order."
    r"(?:\W*$|\.\s+(?P<rest>[^.]{1,60})\.?$)"
)


# "Ava Moran (aged 13, female)": the age and sex in brackets after the name
_CHILD_LINE_BRACKETED = re.compile(
    r"^\W*([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s+([A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019-]+)\s*\("
    r"(?i:aged?\s+)?(?P<age>1?\d)(?:\s*(?i:yrs?|years?)(?: old)?)?\s*[,;/]\s*"
    r"(?i:(?P<sex>male|female|boy|girl|m|f))\s*\)\W*$"
)


def _child_line(builder: DraftBuilder, answer: Answer) -> bool:
    """A child's own line ("Jack Milburn - DOB 17/04/2018 - Male"): a sibling when another
    child was named before it; the answers after it are theirs."""
    match = (
        _CHILD_LINE.match(answer.value)
        or _CHILD_LINE_UNSAID.match(answer.value)
        or _CHILD_LINE_BRACKETED.match(answer.value)
        if not answer.label
        else None
    )
    if match is None or not looks_like_name(f"{match.group(1)} {match.group(2)}"):
        return False
    age = match.groupdict().get("age")
    dates = [] if age else find_dates(match.group("born") or "", builder.reference_date)
    if not age and (not dates or (builder.reference_date - dates[0].value).days > 18 * 366):
        return False
    child = builder.child_for_identity("first_name", match.group(1))
    evidence = answer.block.evidence()
    builder.set(child.fields, "first_name", match.group(1), 0.85, evidence)
    builder.set(child.fields, "last_name", split_name(match.group(2))[0], 0.85, evidence)
    statuses = find_legal_statuses(match.groupdict().get("rest") or "")
    if len(statuses) == 1:
        builder.set(child.fields, "legal_status", statuses[0].value, 0.8, evidence)
    known = _KNOWN_AS_AFTER.match(match.groupdict().get("known") or "")
    if known:
        builder.set(child.fields, "known_as", known.group(1), 0.85, evidence)
    if age:
        builder.set(child.fields, "age_years", int(age), 0.8, evidence)
    else:
        builder.set(child.fields, "date_of_birth", dates[0].value, 0.85, evidence)
    gender = values.read_choice("gender", match.group("sex") or "")
    if gender:
        builder.set(child.fields, "gender", gender[0].value, 0.85, evidence)
    return True


# "BODEN, Harvey", "About LAMBOURNE, Evie", "Precious (MENSAH, Precious) - date of birth
# ...", "ROWLEY, Demi  DOB not known": a case system's way of naming a child, the surname
# in capitals before the forename, on a line or heading of its own (its date of birth,
# gender or known-as name may follow it).
_CAPITALS_NAME = re.compile(
    r"^\W*(?:(?i:about|child\s*[1-9]?|young person)\s*[:\-\u2013]?\s+)?"
    r"(?:(?P<lead>[A-ZÀ-Þ][a-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][a-zß-ÿ'\u2019]+)?)\s+\()?"
    r"(?P<last>[A-Z]{2}[A-Z'\u2019]*(?:-[A-Z]{2}[A-Z'\u2019]*)?),\s+"
    r"(?P<first>[A-ZÀ-Þ][a-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][a-zß-ÿ'\u2019]+)?)(?![\w'\u2019-])\)?"
    r"\s*(?:$|\(|[-\u2013,|]|(?i:dob|d\.o\.b|date of birth|born|aged?)\b)"
)
# "BIRCHALL, Lewis ("Lew")", "ACHTERBERG, Reginald (known as Reggie)": the name they go by.
_KNOWN_AS_AFTER = re.compile(
    r"\s*\((?:(?i:known as|k/a|aka|prefers)\s+)?[\"'\u201c\u2018]?([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)"
    r"[\"'\u201d\u2019]?\)"
)
# Capitals that are a service's or an order's letters, never a family name ("CAMHS, Tier").
_NOT_SURNAMES = frozenset(
    "NHS CAMHS MASH EDT YOT ICO EPO FCO PPO SGO IRO SEN EHCP CSE CCE HSB UASC LAC CLA PLO"
    " DOB SW TM".split()
)
_AGE_NOT_BIRTH = re.compile(
    r"\b(?i:dob|date of birth)\W*(?i:not known|unknown|n/?k)\W*(?i:aged?)\s*(\d{1,2})\b"
)
# Labels under which such a line is the child's name.
_NAME_LINE_LABEL = re.compile(r"^\W*(child|young person|child's name)\W*$", re.I)


def _capitals_name(builder: DraftBuilder, answer: Answer) -> None:
    """ "FIRTH, Jayden" on a line of its own (or heading the child's section) names the
    child being read; a different child named so later is a sibling, and the answers after
    it are theirs."""
    if answer.label and not _NAME_LINE_LABEL.match(answer.label):
        texts = [answer.part, answer.label]  # "ACHTERBERG, Reginald: DOB 06/06/2012"
    else:
        texts = [answer.part, answer.value]
    for text in texts:
        match = _CAPITALS_NAME.match(text)
        if match is None or (match.group("lead") and match.group("lead") != match.group("first")):
            continue
        if match.group("last") in _NOT_SURNAMES:
            continue
        first, last = split_name(f"{match.group('last')}, {match.group('first')}")
        if last is None or not looks_like_name(f"{first} {last}"):
            continue
        if find_authority(f"{first} {last}").code is not None:
            continue
        child = builder.child_for_identity("first_name", first)
        evidence = answer.block.evidence()
        builder.set(child.fields, "first_name", first, 0.85, evidence)
        builder.set(child.fields, "last_name", last, 0.85, evidence)
        aged = _AGE_NOT_BIRTH.search(text, match.end("first"))
        if aged and int(aged.group(1)) < 18:  # "ROWLEY, Demi  DOB not known (age 13)"
            builder.set(child.fields, "age_years", int(aged.group(1)), 0.85, evidence)
        known_as = _KNOWN_AS_AFTER.match(text, match.end("first"))
        if known_as and known_as.group(1) != first:
            builder.set(child.fields, "known_as", known_as.group(1), 0.85, evidence)
        return


# "My name is Georgina Hollis but I like to be called George.": a profile in the child's
# own voice names them (and the name they go by).
_OWN_VOICE_NAME = re.compile(
    r"^\W*(?i:my name is)\s+([A-ZÀ-Þ][a-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][a-zß-ÿ'\u2019]+)?)"
    r"\s+([A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019]+(?:-[A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019]+)?)\b"
    r"(?:[^.]*?\b(?i:like to be called|prefer to be called|call me|known as|i go by)\s+"
    r"([A-ZÀ-Þ][a-zß-ÿ'\u2019]+(?:-[A-ZÀ-Þ][a-zß-ÿ'\u2019]+)?))?"
)


def _own_voice_name(builder: DraftBuilder, answer: Answer) -> None:
    if answer.label or "first_name" in builder.child.fields:
        return
    found = _OWN_VOICE_NAME.match(answer.value)
    if found is None or not looks_like_name(f"{found.group(1)} {found.group(2)}"):
        return
    fields, evidence = builder.child.fields, answer.block.evidence()
    builder.set(fields, "first_name", found.group(1), 0.85, evidence)
    builder.set(fields, "last_name", found.group(2), 0.85, evidence)
    if found.group(3) and found.group(3) != found.group(1):
        builder.set(fields, "known_as", found.group(3), 0.85, evidence)


# "DOB 03.03.13 - Male - FCO", "date of birth 1/10/14, male, on an ICO": the child's birth,
# gender and legal status in one run under (or after) the child's name.
_BIRTH_RUN = re.compile(
    r"\b(?i:dob|d\.o\.b\.?|date of birth|born)\s*:?\s*"
    r"(?P<born>\d{1,2}[/.-](?:\d{1,2}|[A-Za-z]{3,9})[/.-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4})"
    # "Born 30 October 2016. Male. Status now: ...": a sentence of its own that is only the
    # gender goes with the birth before it
    r"(?:\s*[-\u2013,]|\.(?=\s+(?i:male|female|boy|girl|non[- ]binary)\s*(?:[.,;]|$)))"
    r"\s*(?P<gender>(?i:male|female|boy|girl|non[- ]binary))\b"
    r"(?:\s*[-\u2013,]\s*(?P<rest>[^.;]*))?"
)


_BIRTH_LABEL = re.compile(r"^\W*(dob|d\.o\.b\.?|date of birth|born)\b", re.I)


def _birth_run(builder: DraftBuilder, answer: Answer) -> None:
    """A line of the child's own ("DOB 06/06/2012 - Male - Full care order") gives the
    gender and legal status of the child being read, when not known yet."""
    text = answer.value
    if _BIRTH_LABEL.match(answer.label):
        text = f"{answer.label} - {answer.value}"  # "DOB 14.02.12 - Male - FCO" split at a dash
    elif answer.label and not _CAPITALS_NAME.match(answer.label):
        return
    found = _BIRTH_RUN.search(text)
    if found is None or answer.in_a_parents_part:
        return
    born = find_dates(found.group("born"), builder.reference_date)
    if not born or not 0 <= (builder.reference_date - born[0].value).days <= 18 * 366:
        return  # a parent's birth, not the child's
    fields, evidence = builder.child.fields, answer.block.evidence()
    if "date_of_birth" not in fields:
        builder.set(fields, "date_of_birth", born[0].value, 0.85, evidence)
    gender = values.read_choice("gender", found.group("gender"))
    if len(gender) == 1 and "gender" not in fields:
        builder.set(fields, "gender", gender[0].value, 0.85, evidence)
    statuses = find_legal_statuses(found.group("rest") or "")
    if len(statuses) == 1 and "legal_status" not in fields:
        builder.set(fields, "legal_status", statuses[0].value, 0.85, evidence)


# "Yes - Finley Rowe, LCS number GCC-290014. DOB 04/07/14, Male.", "so it's Keira Brennan,
# date of birth 10th of October 2013, she's a girl", "Baby Alfie Charlton, a boy, born 3rd
# November 2026": a message naming the child and, a little further on, their date of birth
# (and gender).
_CHILD_IN_PROSE = re.compile(
    r"(?:^|[-\u2013:]\s+|\b(?i:it'?s|it is|this is|called|named|baby|for)\s+"
    r"|\b(?i:her|his|their)\s+(?i:son|daughter|baby|child)\s+"
    r"|\b(?i:child|young person|yp|baby)(?:'s name)? is\s+)"
    r"(?P<first>[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s+(?P<last>[A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019-]+)"
    r"(?:\s*[,(]|\s+[-\u2013]\s|\s+(?=(?i:dob|d\.o\.b|date of birth|born)\b))"
    r"[^\n]{0,60}?\b(?i:dob|d\.o\.b\.?|date of birth|born)\b\s*:?\s*"
    r"(?:on\s+)?(?P<born>[^.;]{6,24})"
)
_GENDER_SAID = re.compile(
    r"^\W*(?:(?:(?:she|he)(?:'s| is)\s+)?an?\s+)?"
    r"(?P<gender>(?i:male|female|boy|girl|non[- ]binary))\b"
)


_ANOTHER_NAME = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+")
# "Kian Walsh, 13, male, DOB ...": the gender between the name and the birth
_GENDER_BEFORE = re.compile(r"(?:^|[,(]\s*)(?:an?\s+)?(?P<gender>(?i:male|female|boy|girl))\b")


def _child_in_prose(builder: DraftBuilder, answer: Answer) -> None:
    """A message that names the child with their date of birth ("Yes - Finley Rowe, LCS
    number GCC-290014. DOB 04/07/14, Male.") names the child being read, when no name is
    known for them yet (a label of its own gives it otherwise)."""
    if "first_name" in builder.child.fields or (answer.label and field_for(answer.label)):
        return
    match = next(
        (
            found
            for found in _CHILD_IN_PROSE.finditer(answer.value)
            if looks_like_name(f"{found.group('first')} {found.group('last')}")
            # "Kerry Dunn (19) and her son Alfie Dunn, born ...": the birth is the nearer one's
            and not _ANOTHER_NAME.search(answer.value[found.end("last") : found.start("born")])
        ),
        None,
    )
    if match is None:
        return
    born = find_dates(match.group("born"), builder.reference_date)
    if not born or born[0].start > 3:
        return
    if not 0 <= (builder.reference_date - born[0].value).days <= 18 * 366:
        return  # a parent's or no birth date: not the child
    evidence = answer.block.evidence()
    child = builder.child
    builder.set(child.fields, "first_name", match.group("first"), 0.8, evidence)
    builder.set(child.fields, "last_name", match.group("last"), 0.8, evidence)
    builder.set(child.fields, "date_of_birth", born[0].value, 0.8, evidence)
    after = match.group("born")[born[0].start + len(born[0].quote) :]
    before = answer.value[match.end("last") : match.start("born")]
    said = _GENDER_SAID.match(after) or _GENDER_BEFORE.search(before)
    gender = values.read_choice("gender", said.group("gender")) if said else []
    if len(gender) == 1:
        builder.set(child.fields, "gender", gender[0].value, 0.8, evidence)


# "Jacob Collins (born 3 December 2016) is a boy of 9.", "Kofi is aged 3": a paragraph
# opening with a child and their birth or age is about that child.
_CHILD_INTRODUCED = re.compile(
    r"^\W*([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ'\u2019-]+)?\s+(?:\((?i:born|dob|d\.o\.b)\b"
    r"[:\s]*(?P<born>[^)]{6,30})\)|(?i:was born (?:on )?)(?P<on>[^.]{6,30})"
    r"|(?i:is aged )(?P<aged>\d{1,2})\b)"
)


def _child_introduced(builder: DraftBuilder, answer: Answer) -> None:
    """A paragraph opening with a child's name and birth or age ("Jacob Collins (born 3
    December 2016) is a boy of 9.", "Kofi is aged 3") is about that child: the answers
    after it are theirs (a labelled "Health:" inside the paragraph included)."""
    match = _CHILD_INTRODUCED.match(answer.value) if not answer.label else None
    if match is None or not looks_like_name(match.group(1)):
        return
    born = find_dates(match.group("born") or match.group("on") or "", builder.reference_date)
    if born and (builder.reference_date - born[0].value).days > 18 * 366:
        return  # a parent's birth, not a child's
    if not born and not (match.group("aged") and int(match.group("aged")) < 18):
        return
    child = builder.child_for_identity("first_name", match.group(1))
    builder.set(child.fields, "first_name", match.group(1), 0.75, answer.block.evidence())
    gender = _leading_pronouns([answer])  # "Nadia was born on ... She is ... She attends ..."
    if gender is not None and "gender" not in child.fields:
        builder.set(child.fields, "gender", gender, 0.7, answer.block.evidence())


def _child_heading(builder: DraftBuilder, answer: Answer) -> bool:
    """ "2.1 Child 1: Tyler Mace" starts child 1's details (and names the child)."""
    match = _CHILD_HEADING.match(answer.value) if not answer.label else None
    if match is None or not looks_like_name(" ".join(filter(None, match.group(2, 3)))):
        return False
    index = int(match.group(1) or 1) - 1
    if index > len(builder.children):
        return False
    if index == len(builder.children):
        builder.children.append(ChildFindings())
    builder.current = index
    evidence = answer.block.evidence()
    builder.set(builder.child.fields, "first_name", match.group(2), 0.9, evidence)
    if match.group(3):
        builder.set(builder.child.fields, "last_name", match.group(3), 0.9, evidence)
    return True


def _whose_tables(builder: DraftBuilder, tables: list) -> list[int] | None:
    """A sibling group's cards, each with its own history table under a heading naming the
    child ("Child 2: HAGUE, Leah"): the child each table belongs to, or None."""
    if len(builder.children) < 2 or len(tables) != len(builder.children):
        return None
    owners: list[int] = []
    for table in tables:
        named = _named_child(builder, (table.blocks[0].location.part or "") if table.blocks else "")
        if len(named) != 1 or named[0] in owners:
            return None
        owners.append(named[0])
    return owners


def _named_child(builder: DraftBuilder, part: str) -> list[int]:
    return [
        index
        for index, child in enumerate(builder.children)
        if child.fields.get("first_name") is not None
        and re.search(rf"\b{re.escape(str(child.fields['first_name'].value))}\b", part, re.I)
    ]


def _numbered_child(builder: DraftBuilder, part: str) -> list[int]:
    """ "Child 2 of 2", "Child 1": the child a numbered card's heading is about."""
    found = re.match(r"^\W*child\s+(\d)\b", part, re.I)
    index = int(found.group(1)) - 1 if found else -1
    return [index] if 0 <= index < len(builder.children) else []


def _care_rows_per_child(builder: DraftBuilder, blocks: list[Block]) -> dict | None:
    """A sibling group's cards, each with its own care table under a heading naming the
    child: each child's rows (None unless every table sits under one child's heading)."""
    if len(builder.children) < 2:
        return None
    by_part: dict[str, list[Block]] = {}
    for block in blocks:
        by_part.setdefault(block.location.part or "", []).append(block)
    found: dict[int, tuple[list[dict], list[Block]]] = {}
    for part, part_blocks in by_part.items():
        rows, where = care_rows(part_blocks, builder.reference_date)
        if not rows:
            continue
        named = _named_child(builder, part) or _numbered_child(builder, part)
        if len(named) != 1 or named[0] in found:
            return None
        found[named[0]] = (rows, where)
    return found if len(found) == len(builder.children) else None


def _history(builder: DraftBuilder, blocks: list[Block]) -> None:
    tables = [table for table in history_tables(blocks, builder.reference_date) if table]
    owners = _whose_tables(builder, tables) if tables else None
    per_child = None if tables else _care_rows_per_child(builder, blocks)
    if per_child is not None:
        for index, (rows, where) in per_child.items():
            fields, evidence = builder.children[index].fields, where[0].evidence()
            fields.pop("placement_history", None)
            builder.set(fields, "placement_history", rows, 0.9, evidence)
            if "previous_placements_count" not in fields:
                builder.set(fields, "previous_placements_count", len(rows), 0.85, evidence)
        return
    if owners is not None:
        for table, index in zip(tables, owners, strict=True):
            fields, evidence = builder.children[index].fields, table.blocks[0].evidence()
            fields.pop("placement_history", None)
            builder.set(fields, "placement_history", list(table), 0.9, evidence)
            if "previous_placements_count" not in fields:
                builder.set(fields, "previous_placements_count", len(table), 0.85, evidence)
        return
    if tables:
        rows = [row for table in tables for row in table]
        evidence = [block.evidence() for block in tables[0].blocks[:3]]
    else:  # a table the history reader does not know: count its care rows
        rows, where = care_rows(blocks, builder.reference_date)
        none = no_history_row(blocks) if not rows else None
        if none is not None:  # "None - not previously looked after" in the history table
            for child in builder.children:
                if "placement_history" not in child.fields:
                    builder.set(child.fields, "placement_history", [], 0.85, none.evidence())
            return
        if not rows:
            return
        evidence = [where[0].evidence()]
    for child in builder.children:
        child.fields.pop("placement_history", None)
        builder.set(child.fields, "placement_history", rows, 0.9, evidence[0])
        if "previous_placements_count" not in child.fields:
            builder.set(child.fields, "previous_placements_count", len(rows), 0.85, evidence[0])


def _family_tables(builder: DraftBuilder, blocks: list[Block]) -> None:
    """A family-members table gives family time and no-contact, never a child."""
    cells = [block for block in blocks if block.kind is BlockKind.CELL]
    for _key, table in groupby(cells, key=lambda b: (b.location.attachment, b.location.table)):
        table = list(table)
        rows = [[c.text for c in row] for _r, row in groupby(table, key=lambda b: b.location.row)]
        text = family_table_text(rows)
        if text is None:
            continue
        arrangements, people = family_time(text), no_contact(text)
        evidence = table[0].evidence(" | ".join(block.text for block in table)[:500])
        for child in builder.children:
            if arrangements is not None and "family_time" not in child.fields:
                builder.set(child.fields, "family_time", arrangements, 0.8, evidence)
            if people and "no_contact_with" not in child.fields:
                builder.set(child.fields, "no_contact_with", people, 0.8, evidence)


_WHO_COLUMN = re.compile(r"^\W*(with|who|whom|person|name|relationship|family member)\W*$", re.I)
_WHAT_COLUMN = re.compile(r"arrangement|frequency|how often|contact|family time|details", re.I)
_FOR_COLUMN = re.compile(
    r"^\W*(for|child|children|which child(ren)?|applies to|for whom|for which child)\W*$", re.I
)
_SUPERVISION_COLUMN = re.compile(r"^\W*supervis\w*\W*$", re.I)
_EVERY_CHILD = re.compile(r"^\W*(all|both|each|every|all (three|four|the) children)\b", re.I)


def _column(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((index for index, cell in enumerate(header) if pattern.search(cell)), None)


def _family_table_per_child(builder: DraftBuilder, blocks: list[Block]) -> None:
    """One family-time table for a sibling group, its last column saying whom each row is
    for ("With | Arrangement | Supervised | For", "Mum | Monthly | Supervised | Maisie"):
    each child's family time is the rows naming them (or "all", "both")."""
    cells = [block for block in blocks if block.kind is BlockKind.CELL]
    for _key, table in groupby(cells, key=lambda b: (b.location.attachment, b.location.table)):
        table = list(table)
        rows = [
            [c.text.strip() for c in row]
            for _r, row in groupby(table, key=lambda b: b.location.row)
        ]
        if len(rows) < 2:
            continue
        header = rows[0]
        who, what, whose = (_column(header, p) for p in (_WHO_COLUMN, _WHAT_COLUMN, _FOR_COLUMN))
        if who is None or what is None or whose is None or len({who, what, whose}) < 3:
            continue
        supervision = _column(header, _SUPERVISION_COLUMN)
        evidence = table[0].evidence(" | ".join(block.text for block in table)[:500])
        for child in builder.children:
            names = [
                str(child.fields[key].value).lower()
                for key in ("first_name", "known_as")
                if child.fields.get(key) is not None and child.fields[key].value
            ]
            lines = []
            for row in rows[1:]:
                if len(row) != len(header):
                    continue
                for_whom = row[whose].lower()
                if not (
                    _EVERY_CHILD.match(for_whom)
                    or any(re.search(rf"\b{re.escape(name)}\b", for_whom) for name in names)
                ):
                    continue
                person = row[who].strip(" -\u2013")
                line = f"{person}: {row[what]}" if person else row[what]
                if supervision is not None and row[supervision].strip(" -\u2013"):
                    line = f"{line} ({row[supervision]})"
                lines.append(line)
            if not lines:
                continue
            text = "\n".join(lines)
            arrangements, people = family_time(text), no_contact(text)
            if arrangements is not None:
                builder.set(child.fields, "family_time", arrangements, 0.9, evidence)
            if people:
                builder.set(child.fields, "no_contact_with", people, 0.9, evidence)


def _best_risk(findings: list[RiskFinding]) -> RiskFinding:
    """The form's own answer where it gives one: over prose that says no more than it, and
    over prose that reads a concern differently once the answer names the kind of concern
    (a ticked "Suspected" beside a details line the words would read as current)."""
    labelled = [finding for finding in findings if finding.labelled]
    concern = any(STATE_RANK[f.state] > STATE_RANK[RiskState.NONE_KNOWN] for f in labelled)
    pool = (
        labelled
        if labelled
        and (
            concern
            or all(
                STATE_RANK[f.state] <= STATE_RANK[RiskState.NONE_KNOWN]
                for f in findings
                if not f.labelled and not f.aside  # another risk's answer's aside
            )
        )
        else findings
    )
    return max(pool, key=lambda finding: (STATE_RANK[finding.state], finding.confidence))


_CONCERNS = (RiskState.PRESENT, RiskState.SUSPECTED, RiskState.HISTORICAL)


def _checked(key: tuple[str, str], findings: list[RiskFinding]) -> list[RiskFinding]:
    """Each concern checked against its own answer in its quote: a bare denial there makes
    it none known, a blank or unknowing answer drops it (the risk stays not stated)."""
    checked = []
    for finding in findings:
        state = (
            own_answer_state(key, finding.evidence.quote) if finding.state in _CONCERNS else None
        )
        if state is RiskState.NOT_STATED:
            continue
        checked.append(finding if state is None else replace(finding, state=state, detail=""))
    return checked


_EVERY_RISK = {(group, name) for group, names in RISK_NAMES.items() for name in names}
# Under two, a child shows none of the risks a referral asks about (self-harm, exploitation,
# substance use, going missing, violence, fire, ...): a baby of a parent-and-child referral
BABY_MONTHS = 24


def _born_lately(child: ChildFindings, today: date) -> Evidence | None:
    """The date of birth's evidence when the child is a baby (or not yet born)."""
    born = child.fields.get("date_of_birth")
    if born is None or born.state is not ExtractionState.FOUND or not born.evidence:
        return None
    value = born.value if isinstance(born.value, date) else None
    if value is None:
        try:
            value = date.fromisoformat(str(born.value))
        except ValueError:
            return None
    months = (today.year - value.year) * 12 + today.month - value.month
    return born.evidence[0] if months < BABY_MONTHS else None


_EXPLOITATION_KINDS = (("to_child", "sexual_exploitation"), ("to_child", "criminal_exploitation"))


def _one_kind_named(risks: dict[tuple[str, str], list[RiskFinding]]) -> None:
    """ "... south London, where he has been exploited" beside "CCE: carrying drugs on a
    county line": a word for either kind of exploitation is the kind the document names,
    not the other one too."""
    for key, other in (_EXPLOITATION_KINDS, _EXPLOITATION_KINDS[::-1]):
        named = any(
            STATE_RANK[f.state] >= STATE_RANK[RiskState.SUSPECTED]
            and (f.labelled or not only_generic_exploitation(other, f.detail or ""))
            for f in risks.get(other, [])
        )
        if not named:
            continue
        risks[key] = [
            f
            for f in risks.get(key, [])
            if f.labelled
            or STATE_RANK[f.state] < STATE_RANK[RiskState.SUSPECTED]
            or not only_generic_exploitation(key, f.detail or "")
        ]


# A form that asks a baby this many risks and answers none has left them to be asked
_BLANK_FORM = 6


def _baby_rows_left_blank(child: ChildFindings) -> bool:
    """The form asked each of the baby's risks and every answer is blank: they are not
    stated, not "none" for the reader to assume because the child is a baby."""
    return len(child.left_blank) >= _BLANK_FORM and not child.settled


def _blank_risk_cells(blocks: list[Block]) -> set[tuple[str, str]]:
    """The risks a table's rows name in their first cell with every other cell empty."""
    rows: dict[tuple, list[Block]] = {}
    for block in blocks:
        where = block.location
        if block.kind is BlockKind.CELL and where.table is not None and where.row is not None:
            rows.setdefault((where.attachment, where.page, where.table, where.row), []).append(
                block
            )
    blank: set[tuple[str, str]] = set()
    for cells in rows.values():
        if len(cells) > 1 and not any(cell.text.strip() for cell in cells[1:]):
            blank.update(named_risks(cells[0].text.strip()))
    return blank


def _settle_risks(builder: DraftBuilder) -> None:
    for child in builder.children:
        for key, findings in builder.shared_risks.items():
            child.risks.setdefault(key, []).extend(findings)
        _one_kind_named(child.risks)
        child.risks = {
            key: checked
            for key, findings in child.risks.items()
            if (checked := _checked(key, findings))
        }
        child.settled = {key: _best_risk(findings) for key, findings in child.risks.items()}
        born = _born_lately(child, builder.reference_date)
        if born is not None and not _baby_rows_left_blank(child):
            # none of these risks is a baby's: what is written of them is the parent's
            # ("her own history of self-harm and heroin use"), and a baby's risks are none
            child.settled = {
                key: RiskFinding(RiskState.NONE_KNOWN, 0.7, born, "", labelled=False)
                for key in _EVERY_RISK
            }
            continue
        for key, settled in child.settled.items():
            if not settled.detail:  # a ticked box: its detail is written in another box
                described = (f.detail for f in child.risks[key] if f.detail and f is not settled)
                settled.detail = next(described, "")


def _check_ages(builder: DraftBuilder, referral_date_known: bool) -> None:
    for index, child in enumerate(builder.children):
        dob, age = child.fields.get("date_of_birth"), child.fields.get("age_years")
        if not (
            dob
            and age
            and dob.state is ExtractionState.FOUND
            and age.state is ExtractionState.FOUND
        ):
            continue
        actual = age_on(dob.value, builder.reference_date)
        tolerance = 0 if referral_date_known else 1
        if abs(actual - age.value) <= tolerance:
            # The contract's age is for a child whose date of birth is not known: an age
            # that agrees with the date of birth adds nothing to the referral.
            del child.fields["age_years"]
        else:
            evidence = dob.evidence + age.evidence
            reason = (
                f"The age given ({age.value}) does not match the date of birth "
                f"(which makes the child {actual})."
            )
            builder.current = index
            builder.set_unclear(
                child.fields, "date_of_birth", f"/children/{index}/date_of_birth", reason, evidence
            )
            builder.set_unclear(
                child.fields, "age_years", f"/children/{index}/age_years", reason, evidence
            )


_NAME_AND_BIRTH = re.compile(
    r"\b([A-ZÀ-Þ][a-zß-ÿ'-]+)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ'-]+)?)\s*\((?:DOB|d\.o\.b\.?|born"
    r"|date of birth)[:\s]*([^)]{6,30})\)"
)
_GROUP_GENDER = {"brothers": "male", "boys": "male", "sisters": "female", "girls": "female"}


def _siblings_in_a_sentence(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "two brothers, Kai Mensah (DOB 04/04/2015) and Jayden Mensah (DOB 21/01/2018),
    both on full care orders": a child each, with the details said of them all."""
    if len(builder.children) != 1 or builder.child.fields:
        return
    for answer in answers[:40]:
        if answer.part.startswith(("headers", "signature")):
            continue
        text = f"{answer.label}: {answer.value}" if answer.label else answer.value
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            found = [
                match
                for match in _NAME_AND_BIRTH.finditer(sentence)
                if looks_like_name(f"{match.group(1)} {match.group(2)}")
                and find_dates(match.group(3), builder.reference_date)
            ]
            if len({match.group(1) for match in found}) < 2:
                named = _named_siblings(sentence) or named_group(sentence)
                if named:
                    _add_named(builder, named, answer.block.evidence(sentence[:500]))
                    genders = group_genders(sentence, len(named))
                    for child, gender in zip(builder.children, genders or [], strict=False):
                        builder.set(child.fields, "gender", gender, 0.8, answer.block.evidence())
                    return
                continue
            _add_siblings(builder, found, sentence, answer)
            return


# "a foster placement for Nadia Osei and Kofi Osei": two children of one family asked for.
_FOR_SIBLINGS = re.compile(
    r"\b(?:placement|referral|request|home|carers?)\b[^.]{0,40}?\bfor\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)\s+"
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+)\s+(?:and|&)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)\b"
)


_FIRST = r"[A-ZÀ-Þ][a-zß-ÿ'-]+"
_AGE_AFTER = r"(?:,?\s*\((\d{1,2})\)|,\s*aged\s+(\d{1,2}),?)?"
# "Leo Hart (11) and his sister Mia Hart (8)", "Leo Hart, aged 11, and Mia Hart, aged 8":
# two children of one surname, each with their age.
_TWO_OF_A_FAMILY = re.compile(
    rf"\b({_FIRST})\s+({_FIRST}){_AGE_AFTER}\s+(?:and|&)\s+"
    r"(?:(?:his|her|their)\s+(?:(?:half|step)[- ]?)?(?:brother|sister|sibling)\s+)?"
    rf"({_FIRST})\s+({_FIRST}){_AGE_AFTER}"
)
# "for Leo and Mia Hart, aged 11 and 8": two first names sharing the surname after them.
_SHARED_SURNAME = re.compile(
    r"\b(?:placement|referral|request|home|carers?)\b[^.]{0,40}?\bfor\s+"
    rf"({_FIRST})\s+(?:and|&)\s+({_FIRST})\s+({_FIRST})\b"
    r"(?:,?\s+aged\s+(\d{1,2})\s+and\s+(\d{1,2}))?"
)
_A_GROUP = re.compile(
    r"\b(siblings?|brothers|sisters|both|together|two|three|children|boys|girls)\b", re.I
)
_PARENT_AND_CHILD = re.compile(
    r"\b(parent|mother|mum|father|dad)\s+(and|&)\s+(child|baby)|\bher (son|daughter|baby)"
    r"|\bhis (son|daughter|baby)",
    re.I,
)


def _named_siblings(sentence: str) -> list[tuple[str, str, str | None]]:
    match = _FOR_SIBLINGS.search(sentence)
    if match and match.group(2) == match.group(4) and match.group(1) != match.group(3):
        named = [(match.group(1), match.group(2), None), (match.group(3), match.group(4), None)]
    elif _PARENT_AND_CHILD.search(sentence):
        return []
    elif (match := _SHARED_SURNAME.search(sentence)) and match.group(1) != match.group(2):
        last = match.group(3)
        named = [(match.group(1), last, match.group(4)), (match.group(2), last, match.group(5))]
    elif (
        _A_GROUP.search(sentence)
        and (match := _TWO_OF_A_FAMILY.search(sentence))
        and match.group(2) == match.group(6)
        and match.group(1) != match.group(5)
    ):
        named = [
            (match.group(1), match.group(2), match.group(3) or match.group(4)),
            (match.group(5), match.group(6), match.group(7) or match.group(8)),
        ]
    else:
        return []
    return named if all(looks_like_name(f"{a} {b}") for a, b, _age in named) else []


def _add_named(builder: DraftBuilder, named: list[tuple[str, str, str | None]], evidence) -> None:
    for index, (first, last, age) in enumerate(named):
        if index:
            builder.children.append(ChildFindings())
        builder.set(builder.children[index].fields, "first_name", first, 0.8, evidence)
        builder.set(builder.children[index].fields, "last_name", last, 0.8, evidence)
        if age is not None:
            builder.set(builder.children[index].fields, "age_years", int(age), 0.8, evidence)
    builder.current = 0


_NAME_IN_BRACKETS = re.compile(r"\(([A-ZÀ-Þ][a-zß-ÿ'-]+)\)\s*$")


def _child_part(builder: DraftBuilder, answer: Answer) -> None:
    """A Part, or a line of its own, headed with a child's first name ("Kofi") starts that
    child's answers."""
    if len(builder.children) < 2:
        return
    headings = {answer.part.strip(), "" if answer.label else answer.value.strip(" :")}
    # "Risks (Freya)": a label naming one child in brackets is that child's answer
    headings.add(next(iter(_NAME_IN_BRACKETS.findall(answer.label)), ""))
    headings.discard("")
    for index, child in enumerate(builder.children):
        found = child.fields.get("first_name")
        if found is not None and str(found.value) in headings:
            builder.current = index
            return


# "Amber - legal status", "Poppy: school": a row's label led by one
# child's first name, then the field it asks of that child
_NAME_LED_LABEL = re.compile(
    r"^\W*(?P<name>[A-Z][\w'-]+?)(?:'s)?\s*(?:[-\u2013\u2014:]\s*|\s+)(?P<field>[A-Za-z].{2,40})$"
)


_FIELD_THEN_ANSWER = re.compile(r"^\s*(?P<field>[a-z][a-z /']{2,30}?)\s*\|\s*(?P<rest>.*)$", re.S)


def _name_led_label(builder: DraftBuilder, answer: Answer) -> tuple[Answer, int | None]:
    """A label led by one child's first name ("Amber - school"): the answer to the field
    the rest of the label asks for, and that child; the answer as it is otherwise. A label
    cut at its colon ("Brandon" over "care history | None") is read whole."""
    if len(builder.children) < 2:
        return answer, None
    label, value = answer.label, answer.value
    split = _FIELD_THEN_ANSWER.match(value) if not _NAME_LED_LABEL.match(label) else None
    if split and field_for(split["field"], answer.part) is not None:
        label, value = f"{label} - {split['field']}", split["rest"]
    found = _NAME_LED_LABEL.match(label)
    if found is None or field_for(found["field"], answer.part) is None:
        return answer, None
    named = [
        index
        for index, child in enumerate(builder.children)
        if (first := child.fields.get("first_name"))
        and str(first.value).lower() == found["name"].lower()
    ]
    if len(named) != 1:
        return answer, None
    builder.current = named[0]
    return replace(answer, label=found["field"], value=value), named[0]


def _add_siblings(builder: DraftBuilder, found: list, sentence: str, answer: Answer) -> None:
    evidence = answer.block.evidence(sentence[:500])
    group = re.search(r"\b(brothers|boys|sisters|girls)\b", sentence, re.I)
    statuses = find_legal_statuses(sentence[found[-1].end() :])
    every = re.search(r"\b(both|all|each)\b", sentence[found[-1].end() :], re.I)
    for index, match in enumerate(found):
        if index:
            builder.children.append(ChildFindings())
        child = builder.children[index]
        builder.set(child.fields, "first_name", match.group(1), 0.85, evidence)
        builder.set(child.fields, "last_name", match.group(2), 0.85, evidence)
        born = find_dates(match.group(3), builder.reference_date)[0].value
        builder.set(child.fields, "date_of_birth", born, 0.85, evidence)
        if group:
            gender = _GROUP_GENDER[group.group(1).lower()]
            builder.set(child.fields, "gender", gender, 0.85, evidence)
        if every and len(statuses) == 1:
            builder.set(child.fields, "legal_status", statuses[0].value, 0.85, evidence)
    builder.current = 0


_DELETE_AS_APPROPRIATE = re.compile(r"\bdelete (as|where) (appropriate|applicable)\b", re.I)


# "Assessment length: not yet agreed", "Duration: TBC": the form says the length is open.
_LENGTH_OPEN = re.compile(
    r"^\W*(tbc|tba|to be (confirmed|agreed|decided|set)|not (yet )?(known|agreed|confirmed|set"
    r"|decided)|unknown|undecided)\W*$",
    re.I,
)
_READ_FROM_WORDS = 0.8  # below this, a length was read from prose, not from its own answer


def _length_left_open(builder: DraftBuilder, answers: list[Answer]) -> None:
    """A length the form's own length prompt leaves open ("not yet agreed") is not read
    from a heading's or a sentence's words ("a parent and child assessment")."""
    found = builder.placement.get("duration")
    if found is None or found.confidence >= _READ_FROM_WORDS:
        return
    if any(
        answer.label
        and field_for(answer.label, answer.part) == "duration"
        and _LENGTH_OPEN.match(answer.value)
        for answer in answers
    ):
        del builder.placement["duration"]


def _start_today(builder: DraftBuilder, answers: list[Answer], reference: date) -> None:
    """ "Placement needed tonight": the referral's own day, where the request is urgent or
    the words are the placement's own answer ("Placement needed tonight - foster care")."""
    if "start_date" in builder.placement or "referral_date" not in builder.top:
        return  # never the upload day
    asked = [a for a in answers[:80] if _TODAY_REQUEST.search(f"{a.label} {a.value}")]
    # "Needed: as soon as one is found - tonight they are on the ward": no day set yet
    asked = [
        a
        for a in asked
        if not (field_for(a.label, a.part) == "start_date" and AWAITING_MATCH.search(a.value))
    ]
    if not asked:
        return
    if "urgency" in builder.placement:
        evidence = builder.placement["urgency"].evidence[0]
    else:
        own = [a for a in asked if field_for(a.label, a.part) in ("setting", "start_date")]
        if not own:
            return
        evidence = own[0].block.evidence()
    builder.set(builder.placement, "start_date", reference, 0.8, evidence)


def _undeleted_options(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "Placement is: Emergency / Planned (delete as appropriate)" left whole, under a
    label that names no field: unclear, and asked, never guessed."""
    for answer in answers:
        if not _DELETE_AS_APPROPRIATE.search(answer.value) or field_for(answer.label):
            continue
        for key in ("urgency", "duration", "setting"):
            if key in builder.placement:
                continue
            if len(values.read_choice(key, answer.value)) > 1:
                builder.set_unclear(
                    builder.placement,
                    key,
                    f"/placement/{key}",
                    "More than one option is left in.",
                    [answer.block.evidence()],
                )


def _start_tomorrow(builder: DraftBuilder, answers: list[Answer], reference: date) -> None:
    """ "A placement from tomorrow": the day after the referral date, once that is read
    (never the day after the upload). The reply's "tomorrow" wins over a day the message
    it quotes gave: the sender above the quote had the last word."""
    read = builder.placement.get("start_date")
    quoted = read is not None and any(
        (item.location.part or "").startswith("forwarded") for item in read.evidence
    )
    if (read is not None and not quoted) or "referral_date" not in builder.top:
        return
    for answer in answers[:80]:
        if answer.part.startswith(("headers", "signature", "forwarded", "quoted")):
            continue  # a forwarded message's "tomorrow" is the day after its own date
        if _TOMORROW_REQUEST.search(answer.value):
            builder.placement.pop("start_date", None)
            evidence = answer.block.evidence()
            builder.set(builder.placement, "start_date", reference + timedelta(1), 0.8, evidence)
            return


# Urgency is what the document says, never worked out from its dates: a start tomorrow is
# not an emergency unless the LA calls it one (the convention of the independent sets'
# writers: training_i, j and k and the handwritten set hold urgency empty when only the
# start is given; training_h alone inferred it, and it is scored against that). A word
# that hurries the reply ("Urgent referral - Corey L", "ASAP") for a start more than a week on
# says nothing of the placement and is dropped; "emergency" names the placement asked
# for and is kept.
_REPLY_ONLY_AFTER_DAYS = 7
_SURE_OF_EMERGENCY = 0.75
_ONLY_URGENT = re.compile(
    r"^(?!.*\b(emergency|same[- ]day|tonight|today)\b).*(\burgent|\basap\b|as soon as possible)",
    re.I,
)


def _quote(found: ExtractedValue) -> str:
    return " ".join(evidence.quote for evidence in found.evidence)


def _urgent_reply_is_not_urgency(builder: DraftBuilder) -> None:
    """Drop an "urgent" that hurries the reply to a request for a start weeks away."""
    start = builder.placement.get("start_date")
    said = builder.placement.get("urgency")
    if said is None or start is None or start.state is not ExtractionState.FOUND:
        return
    if "referral_date" in builder.top and (
        said.value == "emergency"
        and said.confidence < _SURE_OF_EMERGENCY
        and (start.value - builder.reference_date).days > _REPLY_ONLY_AFTER_DAYS
        and _ONLY_URGENT.search(_quote(said))
    ):
        builder.placement.pop("urgency")


def _needed_by(builder: DraftBuilder) -> None:
    start = builder.placement.get("start_date")
    if start is None or start.state is not ExtractionState.FOUND:
        return
    referral = builder.top.get("referral_date")
    days = (start.value - builder.reference_date).days
    needed_by = "today" if days <= 0 else "within_5_days" if days <= 5 else "later"
    if referral is not None and referral.state is ExtractionState.FOUND:
        # worked out from the two dates: as sure as the less sure of them
        confidence = min(start.confidence, referral.confidence)
    else:
        # an undated referral: how soon counts from the day it is read, when the officer
        # triages it (the referral date itself stays a question to the LA)
        confidence = min(start.confidence, _UNDATED_NEEDED_BY)
    builder.set(builder.placement, "needed_by", needed_by, confidence, start.evidence[0])


_UNDATED_NEEDED_BY = 0.7


_SUBJECT_CHILD = re.compile(
    r"\b(?:referral|request|placement|p&c)\b[^-\u2013:]*[-\u2013:]\s*"
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)\b",
    re.I,
)


# "Referral for Riley J", "Placement request for Amelia R (8)": the first name, the surname
# only an initial (kept out of the subject line on purpose).
_SUBJECT_FIRST_NAME = re.compile(
    r"\b(?i:referral|request|placement)\s+(?i:for)\s+([A-ZÀ-Þ][a-zß-ÿ'-]+)"
    r"(?:\s+[A-Z](?:-?[A-Z])?\.?(?=\s*(?:$|[(\-\u2013,:;]))|(?=\s*\(\d{1,2}\)))"
)


def _subject_child(builder: DraftBuilder, answer: Answer) -> None:
    """ "Placement request - Amelia Rhodes (LCS ...)": the child named in the subject."""
    match = _SUBJECT_CHILD.search(answer.value)
    child = builder.children[0]
    if "first_name" in child.fields:
        return
    name = f"{match.group(1)} {match.group(2)}" if match else ""
    if match and looks_like_name(name) and find_authority(name).code is None:
        builder.set(child.fields, "first_name", match.group(1), 0.72, answer.block.evidence())
        builder.set(child.fields, "last_name", match.group(2), 0.72, answer.block.evidence())
        return
    first = _SUBJECT_FIRST_NAME.search(answer.value)
    if first and looks_like_name(first.group(1)) and find_authority(first.group(1)).code is None:
        builder.set(child.fields, "first_name", first.group(1), 0.7, answer.block.evidence())


_BRACKETED_REFERENCE = re.compile(r"\(([A-Z]{2,6}[/ -]?\d[\w/-]{2,20})\)")
# "RE: Placement referral - 55102387", "Referral: LCS 3007711": a case number ending the
# subject after a dash or colon (five digits or more: not a year, a day or an age).
_TRAILING_REFERENCE = re.compile(
    r"(?:(?<=\s)[-\u2013]|:)\s*((?:[A-Z]{2,6}[/ -]?)?\d{5,12})\s*$"  # not "CAM-4410928"'s own dash
)


# "Placement request BCT-1180774 - complete", "Referral for KCC 4402119 (urgent)": a case
# code of the LA's letters and five or more digits standing in the subject's words; not
# another body's number ("Ofsted URN SC123456", "NHS 943 476 5919").
_CODE_IN_SUBJECT = re.compile(
    r"(?<![\w/-])(?<!URN )(?<!NHS )(?<!Ofsted )"
    r"([A-Z]{2,6}(?:[/ -][A-Z]{2,4})?[/ -]?\d{5,12})(?![\w/-])"
)


# "LCC-RES-5581 - request for a bed": a case code of letters and digits opening the
# subject, before the dash that starts its words (fewer digits than a code standing later)
_LEADING_REFERENCE = re.compile(
    r"^\s*([A-Z]{2,6}(?:[/-][A-Z]{1,5}){0,2}[/-]?\d{3,12})\s+[-\u2013\u2014:]\s"
)
# A memo's or letter's "Re:", "Subject:", "Regarding:": the paper's subject line.
_SUBJECT_LABEL = re.compile(r"^\s*(re|subject|regarding|ref(erence)? line)\s*$", re.I)


def _subject_reference(builder: DraftBuilder, answer: Answer) -> None:
    """ "Step-down referral - Demi Walsh (LCC/90-2214)": a case code in the subject."""
    found = (
        _BRACKETED_REFERENCE.search(answer.value)
        or _TRAILING_REFERENCE.search(answer.value)
        or _CODE_IN_SUBJECT.search(answer.value)
        or _LEADING_REFERENCE.search(answer.value)
    )
    if found and "la_reference" not in builder.top:
        builder.set(builder.top, "la_reference", found.group(1), 0.75, answer.block.evidence())


def _sender_as_worker(builder: DraftBuilder, answer: Answer) -> None:
    """ "I'm Ella's social worker ... Rhiannon": the From header names the worker."""
    scope = builder.contacts["social_worker"]
    display = re.sub(r"<[^>]*>|\"", "", answer.value).strip()
    if "name" not in scope and looks_like_name(display) and len(display.split()) >= 2:
        builder.set(scope, "name", display, 0.85, answer.block.evidence())
    found = emails(answer.value)
    if found and "email" not in scope:
        builder.set(scope, "email", found[0], 0.85, answer.block.evidence())


def _email_fallbacks(builder: DraftBuilder, answers: list[Answer]) -> None:
    for answer in answers:
        if answer.label == "From" and builder.worker_sends and answer.part == builder.worker_sends:
            _sender_as_worker(builder, answer)  # a quoted message's sender says "I am ..."
        if answer.part != "headers":
            continue
        if answer.label == "From" and builder.worker_sends in ("message", "subject"):
            _sender_as_worker(builder, answer)
        if answer.label == "From" and "la_code" not in builder.top:
            match = resolve_authority(answer.value)
            if match.code:
                builder.set(builder.top, "la_code", match.code, 0.75, answer.block.evidence())
        if answer.label == "Date" and "referral_date" not in builder.top:
            # a typed memo's "Date: Wednesday 18th November" has no year
            dates = find_logged_dates(answer.value, builder.reference_date)
            if dates:
                builder.set(
                    builder.top, "referral_date", dates[0].value, 0.8, answer.block.evidence()
                )
        if answer.label == "Subject":
            _subject_reference(builder, answer)
            block = replace(answer.block, location=replace(answer.block.location, part="subject"))
            read_free_text(builder, Answer("", answer.value, block), True)
            _subject_child(builder, answer)


def _subject_line_reference(builder: DraftBuilder, answers: list[Answer]) -> None:
    """A memo's "Re: KCC-3017766 - request for ..." names the case as an email's subject
    does."""
    for answer in answers:
        if answer.part != "headers" and _SUBJECT_LABEL.match(answer.label):
            _subject_reference(builder, answer)


def _authority_fallback(builder: DraftBuilder, answers: list[Answer]) -> None:
    """The LA when no answer names it: the worker's mail domain, a heading or title
    ("Sandwell Children's Trust", "Stockport MBC"), then any LA mail domain."""
    if "la_code" in builder.top:
        return
    worker = builder.contacts["social_worker"].get("email")
    if worker is not None and worker.value:
        match = authority_from_email(f"@{str(worker.value).split('@')[-1]}")
        if match.code:
            builder.set(builder.top, "la_code", match.code, 0.85, worker.evidence[0])
            return
    # A heading may have been paired with the title under it ("Royal Borough of Greenwich"
    # over "Placement Referral"): a "label" that names no field is a heading too.
    headings = [
        a
        for a in answers[:15]
        if (not a.label and 0 < len(a.value) < 120)
        or (a.label and len(a.label) < 120 and field_for(a.label, a.part) is None)
    ]
    for answer in [*headings, *answers]:
        text = f"{answer.label} {answer.value}"
        if answer not in headings and "@" not in text:
            continue
        match = find_authority(text) if answer in headings else authority_from_email(text)
        if match.code:
            builder.set(builder.top, "la_code", match.code, 0.8, answer.block.evidence())
            return
    # "Issued by London Borough of Croydon Children's Social Care" in a form's opening
    # sentence, "Together for Children (Sunderland)" in a signature: a council named as one
    for answer in answers:
        match = council_named(f"{answer.label} {answer.value}")
        if match.code:
            builder.set(builder.top, "la_code", match.code, 0.75, answer.block.evidence())
            return


_EVERY_CHILD_SAID = re.compile(
    r"\b(both (children|siblings|of them|girls|boys)|all (the |three |four )?(children|siblings)"
    r"|each child|they are both|they are all|both [a-z'-]+ and [a-z'-]+)\b",
    re.I,
)


def _forward_number(part: str) -> int:
    found = re.match(r"forwarded message (\d+)$", part)
    return int(found.group(1)) if found else 0


def _apply_corrections(builder: DraftBuilder, answers: list[Answer]) -> None:
    """A correction in the outer message (a reply or forward) overrides the original; in a
    forwarded chain, a reply forwarded above the original (not the original itself)."""
    forwards = [_forward_number(answer.part) for answer in answers]
    innermost = max((number for number in forwards if number), default=0)
    for answer, number in zip(answers, forwards, strict=True):
        if answer.part != "message" and not (number and number < innermost):
            continue
        text = f"{answer.label}: {answer.value}" if answer.label else answer.value
        every = _EVERY_CHILD_SAID.search(text) and len(builder.children) > 1
        current = builder.current
        for correction in corrections(text):
            if field_for(correction.label, "") is None:
                continue
            builder.overriding = True
            try:
                # "Both children are on ICOs, not s20": the correction is every child's;
                # "Ada's date of birth is ...": Ada's.
                named = _named_child(builder, correction.owner or "") if correction.owner else []
                whose = named[:1] or [current]
                for index in range(len(builder.children)) if every else whose:
                    builder.current = index
                    read_answer(
                        builder, Answer(correction.label, correction.value, answer.block), True
                    )
            finally:
                builder.overriding = False
                builder.current = current


def _referrer_as_worker(builder: DraftBuilder) -> None:
    """The referrer's name, email and phone are the worker's unless the form names someone
    else as the worker ("Referrer: Pat Rowe, 01632 ..." above "Social worker: Amy Cole")."""
    scope, referrer = builder.contacts["social_worker"], builder.referrer
    worker, named = scope.get("name"), referrer.get("name")
    if worker is not None and named is not None and worker.value and named.value:
        if set(str(worker.value).lower().split()) != set(str(named.value).lower().split()):
            return
    for key, found in referrer.items():
        if found.value is not None:
            builder.set(scope, key, found.value, found.confidence, found.evidence[0])


def _suitable_setting(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "Foster care: Suitable / Residential care: Not suitable": one row per setting, the
    one answered suitable is the setting asked for (none when several are)."""
    if "setting" in builder.placement:
        return
    suitable = {}
    for answer in answers:
        named = values.read_choice("setting", answer.label) if answer.label else []
        if (
            len(named) == 1
            and len(answer.label.split()) <= 4
            and values.SUITABLE_VERDICT.match(answer.value)
        ):
            suitable.setdefault(named[0], answer)
    if len(suitable) == 1:
        ((setting, answer),) = suitable.items()
        builder.set(builder.placement, "setting", setting.value, 0.8, answer.block.evidence())
        return
    home = home_admission_cue(answers)  # a children's home's own enquiry sheet
    if home is not None:
        builder.set(builder.placement, "setting", "residential", 0.7, home.block.evidence())


def _worker_email_by_name(builder: DraftBuilder, answers: list[Answer]) -> None:
    """The worker's address when only their name is given: rachel.hurst@... in the chain."""
    scope = builder.contacts["social_worker"]
    name = scope.get("name")
    if name is None or not name.value:
        return
    parts = [part.lower() for part in re.findall(r"[A-Za-z]+", str(name.value))]
    if len(parts) < 2:
        return

    def theirs(address: str) -> bool:
        local = re.sub(r"[^a-z]", "", address.split("@")[0].lower())
        return parts[-1] in local and (parts[0] in local or local.startswith(parts[0][0]))

    held = scope.get("email")
    if held is not None and (not held.value or theirs(str(held.value))):
        return
    for answer in answers:
        for address in emails(f"{answer.label} {answer.value}"):
            if not theirs(address):
                continue
            if held is not None:
                # "Forwarding for Lucy Fairweather, the baby's social worker": the sender's
                # own address and number beside it are not hers when hers is in the chain
                scope.pop("email")
                phone = scope.get("phone")
                if phone is not None and phone.evidence[:1] == held.evidence[:1]:
                    scope.pop("phone")
            builder.set(scope, "email", address, 0.8, answer.block.evidence())
            return


def _phone_beside_email(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "claire.abbott@northyorks.gov.uk, 01609 533 219": the number written right after
    the worker's own address is theirs, on the same line or alone on the line below, or
    right before it on the same line ("01632 960 100 | claire.abbott@...")."""
    scope = builder.contacts["social_worker"]
    email = scope.get("email")
    if "phone" in scope or email is None or not email.value:
        return
    for index, answer in enumerate(answers):
        text = f"{answer.label} {answer.value}"
        at = text.find(str(email.value))
        if at < 0:
            continue
        below = answers[index + 1] if index + 1 < len(answers) else None
        if below and not below.label and text[at:].strip() == str(email.value):
            if re.fullmatch(r"[\d\s()+-]{10,20}", below.value.strip()):
                answer = below
                text = f"{email.value} {below.value}"
                at = 0
        found = phones(text[at : at + 80])
        # "020 7946 0844 | grace.mensah@...": or the number written right before it
        just_before = re.search(r"[\d\s()+-]{10,20}[\s|,;/]*$", text[:at])
        if not found and just_before:
            found = phones(just_before.group(0))
        if found:
            builder.set(scope, "phone", found[0], 0.8, answer.block.evidence())
            return


def _short_for(answer: Answer) -> bool:
    """A first-name sign-off over the signer's whole name: "Rhi" over "Rhiannon Price",
    "Jo" over "Joanna Vickery"."""
    label, words = answer.label.strip(), answer.value.split()
    return (
        len(label.split()) == 1
        and len(words) >= 2
        and words[0].lower().startswith(label.lower())
        and looks_like_name(answer.value)
    )


def _name_above_role(builder: DraftBuilder, answers: list[Answer]) -> None:
    """A signature without a sign-off: a name, then "Social Worker, ..." on the next line."""
    scope = builder.contacts["social_worker"]
    named = scope.get("name")
    for index, answer in enumerate(answers):
        # the line under the name; a signature's last line may hold both ("Amy Lee | SW |")
        role = answers[index + 1] if index + 1 < len(answers) else None
        if answer.label and (SIGNED_OFF.match(answer.label) or _short_for(answer)):
            # "Yours faithfully", or "Rhi" above "Rhiannon Price", read as the name's label
            answer = replace(answer, label="")
        if answer.label and looks_like_name(answer.label) and WORKER_ROLE.match(answer.value):
            role, answer = answer, replace(answer, label="", value=answer.label)  # "Amy | SW |"
        elif answer.label or not looks_like_name(answer.value) or len(answer.value.split()) < 2:
            continue
        elif role is None or not WORKER_ROLE.match(f"{role.label} {role.value}"):
            continue
        if named is not None and named.value != answer.value.strip():
            continue  # the worker is already named: only their own signature adds details
        builder.set(scope, "name", answer.value.strip(), 0.8, answer.block.evidence())
        for following in answers[index : index + 5]:
            text = f"{following.label} {following.value}"
            for key, found in (("phone", phones(text)), ("email", emails(text))):
                if found:
                    builder.set(scope, key, found[0], 0.8, following.block.evidence())
        return


def _about_the_child(answer: Answer) -> bool:
    return not (
        answer.part.startswith(("headers", "signature"))
        or answer.in_a_parents_part
        or re.search(r"\b(parent|mother|mum|father|dad|carer|worker)\b", answer.label, re.I)
    )


_RELATION_GENDER = {
    "daughter": "female",
    "granddaughter": "female",
    "niece": "female",
    "son": "male",
    "grandson": "male",
    "nephew": "male",
}


_PARENTS_CHILD = re.compile(
    r"\b(?:her|his|their) (?:baby |newborn |infant )?(daughter|son),?\s+"
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+)(?:\s+([A-ZÀ-Þ][a-zß-ÿ'-]+))?"
)


def _parents_child(builder: DraftBuilder, answers: list[Answer]) -> None:
    """A parent-and-child referral: "for Aisha, aged 19, and her daughter Keira Kowalczyk,
    born 31/10/2026" names the baby, who is the referral's child, not the parent."""
    setting = builder.placement.get("setting")
    if len(builder.children) != 1 or setting is None or setting.value != "parent_and_child":
        return
    child = builder.children[0]
    born = child.fields.get("date_of_birth")
    if builder.young_parent or (
        born is not None
        and born.state is ExtractionState.FOUND
        and age_on(born.value, builder.reference_date) >= 2
    ):
        return  # a looked-after young parent (not a baby) is the referral's child
    for answer in answers:
        if answer.part.startswith(("headers", "signature")):
            continue
        found = _PARENTS_CHILD.search(answer.value)
        if found is None or not looks_like_name(found.group(2)):
            continue
        evidence = answer.block.evidence()
        named = child.fields.get("first_name")
        if named is not None and named.value != found.group(2):
            child.fields.pop("first_name")
            child.fields.pop("last_name", None)
        builder.set(child.fields, "first_name", found.group(2), 0.8, evidence)
        if found.group(3) and looks_like_name(f"{found.group(2)} {found.group(3)}"):
            builder.set(child.fields, "last_name", found.group(3), 0.8, evidence)
        return


_SHORT_WORDS = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part).upper()


_NOT_GONE_BY = re.compile(
    r"^(female|male|boy|girl|baby|twin|mother|mum|father|dad|brother|sister|sibling|son"
    r"|daughter|deceased|unborn|newborn|missing|unknown|tbc|pending|placed|current|former"
    r"|dob|age|aged|he|she|they|him|her|them|ico|sgo|none|eldest|youngest|subject)$",
    re.I,
)


def _goes_by(short: str, first: str, text: str) -> bool:
    """A bracketed name after the child's whole name that is no short form of the first:
    initials of the first name's letter ("JJ" of Jake), a name of the same first letter
    ("Memo" of Mehmet), or any other name the document calls the child by again ("Tilly"
    of Matilda)."""
    if short.lower() == first.lower() or short.lower() in MONTHS or _NOT_GONE_BY.match(short):
        return False
    if short.lower() in _SHORT_WORDS:
        return False
    if short.isupper() and 2 <= len(short) <= 3:
        return short[0] == first[0].upper()
    if not looks_like_name(short):
        return False
    if short[0] == first[0] or (len(short) >= 3 and first.lower().endswith(short.lower())):
        return True  # "Memo" of Mehmet, "Seun" of Oluwaseun
    return len(re.findall(rf"\b{re.escape(short)}\b(?!\s*\))", text)) >= 1


def _short_form(short: str, first: str) -> bool:
    """ "TJ" of Tyler-James, "Reu" of Reuben, "Kay" of Kayleigh: a name cut from the first
    name or made of its initials (never a month's or a weekday's short form)."""
    if short.lower() in MONTHS or short.lower() in _SHORT_WORDS or short.lower() == first.lower():
        return False
    if len(_initials(first)) > 1 and short == _initials(first):
        return True
    return len(short) >= 3 and first.lower().startswith(short.lower())


# "Maisie (known to us as Mai) is ...", "Jo (likes to be called JJ)": the bracket says so
_SAID_KNOWN_AS = (
    r"\s*\((?:(?:also |usually )?known(?: to [\w ]{2,20}?)? as|likes to be called|prefers"
    r"|goes by|called|aka|a\.k\.a\.?|k/a)\s+[\"'\u201c\u2018]?([A-ZÀ-Þ][A-Za-zÀ-ÿ'-]{0,20}?)"
    r"[\"'\u201d\u2019]?\)"
)


def _known_as_said(builder: DraftBuilder, answers: list[Answer]) -> None:
    """Each child whose known-as name a bracket after the first name gives in words."""
    for child in builder.children:
        first = child.fields.get("first_name")
        if "known_as" in child.fields or first is None or not first.value:
            continue
        pattern = re.compile(rf"\b{re.escape(str(first.value))}{_SAID_KNOWN_AS}")
        found = next(
            ((answer, match) for answer in answers if (match := pattern.search(answer.value))),
            None,
        )
        if found and found[1].group(1).lower() != str(first.value).lower():
            evidence = found[0].block.evidence()
            builder.set(child.fields, "known_as", found[1].group(1), 0.75, evidence)


def _known_as_in_text(builder: DraftBuilder, answers: list[Answer]) -> None:
    """One child whose known-as name is not labelled but used: "Tyler-James (TJ) has lived
    with ...", "Placement Profile: Reu ... Reu is funny": a short form of the first name in
    brackets after it, or standing alone twice or more."""
    _known_as_said(builder, answers)
    if len(builder.children) != 1 or "known_as" in builder.child.fields:
        return
    first = builder.child.fields.get("first_name")
    if first is None or first.state is not ExtractionState.FOUND:
        return
    name = str(first.value)
    text = "\n".join(answer.value for answer in answers)
    for answer in answers:
        # "Tyler-James (TJ)", or after the whole name: "Jake Ellery (JJ)", "Matilda Roscoe
        # (Tilly)" (another name than a short form only where the document uses it again)
        for match in re.finditer(
            rf"\b{re.escape(name)}(?:\s+[A-ZÀ-Þ][\w'-]+){{0,2}}\s*\(([A-ZÀ-Þ][A-Za-zÀ-ÿ'-]{{1,14}})\)",
            answer.value,
        ):
            short = match.group(1)
            if _short_form(short, name) or _goes_by(short, name, text):
                evidence = answer.block.evidence()
                builder.set(builder.child.fields, "known_as", short, 0.7, evidence)
                return
    used: dict[str, list[Answer]] = {}
    for answer in answers:
        for word in re.findall(r"\b[A-ZÀ-Þ][a-zß-ÿ'-]{2,14}\b(?![\w-])", answer.value):
            if _short_form(word, name):
                used.setdefault(word, []).append(answer)
    if len(used) == 1:
        ((word, where),) = used.items()
        if len(where) >= 2:
            builder.set(builder.child.fields, "known_as", word, 0.7, where[0].block.evidence())


def _gender_from_relation(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "Aisha and her daughter Keira": the word for the child's relation names her gender."""
    _parents_child(builder, answers)
    for child in builder.children:
        name = child.fields.get("first_name")
        if "gender" in child.fields or name is None or not name.value:
            continue
        pattern = re.compile(
            r"\b(" + "|".join(_RELATION_GENDER) + r"),?\s+" + re.escape(str(name.value)) + r"\b",
            re.I,
        )
        for answer in answers:
            found = pattern.search(answer.value)
            if found and not answer.part.startswith(("headers", "signature")):
                gender = _RELATION_GENDER[found.group(1).lower()]
                builder.set(child.fields, "gender", gender, 0.8, answer.block.evidence())
                break


_OTHER_PERSON = re.compile(rf"\b({kin(*RELATIVES)}|{OTHER_ADULTS})\b", re.I)


def _leading_pronouns(about: list[Answer]) -> str | None:
    """The gender the sentences opening with a pronoun agree on ("He's at Halewood CE
    Primary. He has never been looked after."): at least two, none the other way. Mid
    sentence, "he" or "she" is as often a parent's."""
    opening = [
        found.group(1).lower()
        for a in about
        for sentence in re.split(r"(?<=[.!?;])\s+", a.value)
        for found in [re.match(r"^\W*(he|she)\b", sentence, re.I)]
        if found
    ]
    male, female = opening.count("he"), opening.count("she")
    if male >= 2 and not female:
        return "male"
    if female >= 2 and not male:
        return "female"
    return None


_NO_SUBJECT = re.compile(r"^\W*(has|had|is|was|will|does|did|can|cannot|needs|likes)\b", re.I)


def _said_of_the_child(builder: DraftBuilder, about: list[Answer]) -> bool:
    """The referral's only pronoun is in a sentence naming the child and no one else
    ("Paige needs a foster carer ... and she could move after the holidays")."""
    name = builder.child.fields.get("first_name")
    if name is None or not name.value:
        return False
    for answer in about:
        for sentence in re.split(r"(?<=[.!?])\s+", answer.value):
            if re.search(r"\b(he|his|him|she|her)\b", sentence, re.I):
                # "Paige needs ... she could move", or the child unnamed as the subject of
                # a form's answer: "Self-harm: has scratched her arms twice this term"
                subject = re.search(rf"\b{re.escape(str(name.value))}\b", sentence) or (
                    answer.label and _NO_SUBJECT.match(sentence)
                )
                return bool(subject and not _OTHER_PERSON.search(sentence))
    return False


def _gender_in_own_passage(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "Nadia was born on 20 May 2016. She is subject to an ICO. She attends ...": in a
    passage opening with a child's first name, two or more sentences opening with the same
    pronoun, none with the other, give that child's gender (siblings each have their own)."""
    for answer in answers:
        opening = re.match(r"^\W*([A-ZÀ-Þ][a-zß-ÿ'-]+)\b", answer.value)
        if answer.label or opening is None:
            continue
        child = next(
            (
                child
                for child in builder.children
                if "gender" not in child.fields
                and child.fields.get("first_name") is not None
                and child.fields["first_name"].value == opening.group(1)
            ),
            None,
        )
        if child is None:
            continue
        sentences = re.split(r"(?<=[.!?])\s+", answer.value)[1:]
        said = [
            found.group(1).lower()
            for sentence in sentences
            for found in [re.match(r"^\W*(he|she)\b", sentence, re.I)]
            if found
        ]
        if len(said) >= 2 and len(set(said)) == 1:
            gender = "male" if said[0] == "he" else "female"
            builder.set(child.fields, "gender", gender, 0.75, answer.block.evidence())


def _left_blank(answer: Answer, field: str) -> bool:
    """A form's box for ``field`` with nothing written in it ("Gender: " or an empty cell,
    or a "Gender:" line alone, the next line another prompt's)."""
    if answer.options:
        return False
    if not answer.label:
        alone = answer.value.strip()
        return alone.endswith(":") and field_for(alone.rstrip(" :"), answer.part) == field
    return (
        not answer.value.strip(" :-\u2013\u2014_.")
        and field_for(answer.label, answer.part) == field
    )


def _gender_from_pronouns(builder: DraftBuilder, answers: list[Answer]) -> None:
    """One child, no gender given, and what is written about them says "he/his" (or
    "she/her") far more often than the other: "her mum" in a boy's referral is mum's."""
    if len(builder.children) != 1 or "gender" in builder.child.fields:
        return
    if any(_left_blank(answer, "gender") for answer in answers):
        return  # the form asked and the writer left it empty: not said, whatever "his" says
    about = [a for a in answers if _about_the_child(a)]
    text = " ".join(a.value for a in about)
    male = len(re.findall(r"\b(he|his|him|himself)\b", text, re.I))
    female = len(re.findall(r"\b(she|her|hers|herself)\b", text, re.I))
    if (
        (male >= 2 and female * 4 <= male)
        or (female >= 2 and male * 4 <= female)
        or (male + female == 1 and _said_of_the_child(builder, about))
    ):
        gender = "male" if male > female else "female"
    else:  # "He's at Halewood. He has never been in care.": the sentences' own subject
        gender = _leading_pronouns(about)
    if gender is not None:
        pronoun = r"\b(he|his|him)\b" if gender == "male" else r"\b(she|her)\b"
        first = next(a for a in about if re.search(pronoun, a.value, re.I))
        builder.set(builder.child.fields, "gender", gender, 0.7, first.block.evidence())


_HEADING = re.compile(r"^\W*([A-Za-z][\w'/ -]{2,40}?)(?: details| information)?\W*$")
_BARE_NAME = re.compile(r"^\W*(full )?name\W*$", re.I)
_GENERIC_SCHOOL_LABEL = re.compile(
    r"^\W*(current |present |name of (the )?)?(provision|setting|establishment|name)\W*$", re.I
)


# A risk's short name in a risks list or under a "Risks" heading ("Eating: none known",
# "CSE / CCE / eating / animals: no concerns"); alone, "Eating" or "Animals" asks nothing.
_RISK_SHORT_FORMS = {
    **{word: label.lower() for word, (label, _key) in RISK_SHORTHAND.items()},
    "food": "eating disorder",
    "pets": "harm to animals",
    "fires": "fire setting",
}
_RISK_HEADING = re.compile(
    r"^\W*(risks?|risk (information|assessment|factors|summary|history)|vulnerabilit\w*"
    r"|risks and vulnerabilit\w*|known risks|behaviou?rs?( and risks?)?)\W*$",
    re.I,
)
_SHORT_SUBLABEL = re.compile(r"(?<=[.;] )(eating|food|animals|pets|fire|fires)\s*:", re.I)
# "Section 5: Risks and ...", "Risks to the child": a part or heading naming risks
_RISK_PART = re.compile(r"\b(risks?|vulnerabilit\w*)\b", re.I)
_LIST_SPLIT = re.compile(r"(\s*(?:/|,|;|\bor\b|\band\b)\s*)", re.I)


_KINDS_IN_BRACKETS = re.compile(
    r"^\s*([A-Za-z][\w -]*?)\s*\(([a-z]+(?:\s*(?:or|and|/|,)\s*[a-z]+)+)\)\s*$", re.I
)


def _risk_kinds(answer: Answer) -> Answer:
    """ "Harm to others (physical or sexual)": the kinds in brackets name the risks, each
    asked by the one label ("physical harm to others / sexual harm to others")."""
    found = _KINDS_IN_BRACKETS.match(answer.label)
    if found is None:
        return answer
    head = found.group(1).strip()
    kinds = [kind for kind in re.split(r"\s*(?:or|and|/|,)\s*", found.group(2)) if kind]
    named = [f"{kind} {head}".lower() for kind in kinds]
    if not all(len(risk_terms(name)) == 1 for name in named):
        return answer
    keys = {risk_terms(name)[0][0] for name in named}
    if len(keys) != len(named) or len(risk_terms(answer.label)) >= len(named):
        return answer
    return replace(answer, label="/".join(named))  # short: a label of few words


# A label saying only that the row is a risk's ("RISK:", "Known risk -"), and the risk's
# name and answer in the line after it ("SH: nil", "CCE (victim): none")
_ONLY_RISK = re.compile(r"^\W*(?:known |identified |current )?risks?\W*$", re.I)
# (one row only: not "Self-harm: no Missing: no", nor a paragraph after the first colon)
_INNER_ROW = re.compile(
    r"^\W*(?P<name>[A-Za-z][\w &/()-]{0,40}?)\s*:\s*(?P<answer>(?:(?![.;!?]\s+\S)[^:\n])+)$"
)
# "[Fire] NONE", "[Eating] no": a risk's name in square brackets, then its answer
_BRACKETED_ROW = re.compile(r"^\s*\[(?P<name>[A-Za-z][\w &/-]{1,30})\]\s*(?P<answer>\S.*)$")
# A grid row's code with its name in brackets, either way round: "ED (eating)".
_CODE_AND_NAME = re.compile(r"^\W*([A-Za-z]+)\s*\(\s*([A-Za-z]+)\s*\)\W*$")


def _risk_short_forms(heading: str, answer: Answer, after_a_risk: bool) -> Answer:
    """ "Eating" under "Risks:" is the eating-disorder question; "animals" in a list of
    risks is harm to animals."""
    if risk_terms(answer.label) and _SHORT_SUBLABEL.search(answer.value):
        # "Missing episodes: ... CCE: none known. Eating: food restriction in 2023": the
        # next risks are labelled inside the first one's answer
        value = _SHORT_SUBLABEL.sub(
            lambda found: f"{_RISK_SHORT_FORMS[found.group(1).lower()]}:", answer.value
        )
        return replace(answer, value=value)
    inner = _INNER_ROW.match(answer.value) if _ONLY_RISK.match(answer.label) else None
    if inner and not answer.options:
        # "RISK: SH: nil", "Risk: missing: none": the risk's own row inside the line
        name = inner.group("name").strip()
        if name.lower() in _RISK_SHORT_FORMS or risk_terms(name):
            label = _RISK_SHORT_FORMS.get(name.lower(), name)
            return replace(answer, label=label, value=inner.group("answer"))
    label = answer.label
    coded = _CODE_AND_NAME.match(label)
    if coded and not risk_terms(label):
        # "ED (eating)", "Animals (ANI)": a row's code and its short name, either known
        code, name = (part.lower() for part in coded.groups())
        label = name if name in _RISK_SHORT_FORMS else code if code in _RISK_SHORT_FORMS else label
    pieces = _LIST_SPLIT.split(label)
    words = [piece.strip(" ?:*").lower() for piece in pieces[::2]]  # "Eating?", "Animals:"
    if not any(word in _RISK_SHORT_FORMS for word in words):
        return answer
    others = sum(bool(risk_terms(word)) for word in words)
    under_risks = (
        after_a_risk  # "Missing episodes: none known. Animals: none known." on one line
        or _RISK_HEADING.match(heading or "")
        or _RISK_PART.search(heading or "")
        or _RISK_PART.search(answer.part)
    )
    # "Food / eating": two short names of the one risk ask one question
    one = len(words) == 1 or len({_RISK_SHORT_FORMS.get(word) for word in words}) == 1
    if not (under_risks and one) and others < 2:
        return answer
    pieces[::2] = [
        _RISK_SHORT_FORMS.get(piece.strip(" ?:*").lower(), piece) for piece in pieces[::2]
    ]
    return replace(answer, label="".join(pieces))


def _under_a_heading(
    heading: str, answer: Answer, after_a_risk: bool = False
) -> tuple[str, Answer]:
    """A bare "Name" under a "Social worker" or "Referrer" heading line is that person's,
    not the child's (a PDF or text form whose headings are not marked as Parts)."""
    bracketed = None if answer.label or answer.options else _BRACKETED_ROW.match(answer.value)
    if bracketed and named_risks(bracketed.group("name")):
        # "[Fire] NONE": a risk's row, its name in square brackets
        name = bracketed.group("name")
        answer = replace(answer, label=written_out(name), value=bracketed.group("answer"))
    if not answer.label:
        short = _HEADING.match(answer.value) and len(answer.value.split()) <= 5
        return (answer.value.strip(" :") if short else ""), answer
    if re.fullmatch(r"[-=_~*\s]{3,}", answer.value):  # "Social worker" over a "-----" rule
        return answer.label, answer
    if _SECTION_NUMBER.match(answer.label) and _HEADING.match(answer.value):
        return answer.value.strip(" :"), answer  # "Section 2 | Placement required": a heading
    if heading and _BARE_KIND.match(answer.label) and field_for(heading) == "setting":
        return heading, replace(answer, label="Placement type")  # "2.1 Type" under it
    answer = _risk_kinds(_risk_short_forms(heading, answer, after_a_risk))
    if heading and _BARE_NAME.match(answer.label):
        if role_of(heading) or _OTHER_PEOPLE.search(heading):
            return heading, replace(answer, label=f"{heading} name")
    if heading and _OTHER_PEOPLE.search(heading) and role_of(answer.label) is None:
        if (field_for(answer.label, answer.part) or "").startswith("social_worker."):
            # "Kent Emergency Duty Team" over "Tel: 03000 ...": the team's number
            return heading, replace(answer, label=f"{heading} {answer.label}")
    if (
        heading
        and _GENERIC_SCHOOL_LABEL.match(answer.label)
        and field_for(answer.label, answer.part) is None
        and field_for(heading, answer.part) == "school"
    ):  # "Current provision" under an "Education" heading names the school
        return heading, replace(answer, label=f"{heading}: {answer.label}")
    return heading, answer


_SECTION_NUMBER = re.compile(r"^\W*(section|part)\s*\d{1,2}(\.\d{1,2})?[a-z]?\W*$", re.I)
_BARE_KIND = re.compile(r"^\W*(\d{1,2}(\.\d{1,2})*\.?\s+)?(type|kind)\W*$", re.I)
_ROLE_LABEL = re.compile(r"^\W*(role|job title|position|designation)\W*$", re.I)
_REFERRED = re.compile(r"referr|completed by|recorded by|requested by|author", re.I)


def _details_of(who: str, answer: Answer) -> str:
    """The person the contact lines now being read are about: the last one named ("Team
    manager: Jon Fry", "Referrer name", a "Role: Placement Officer" line), until another
    field is asked."""
    if not answer.label:
        return who
    field = field_for(answer.label, answer.part) or ""
    if field.endswith(".name") or _OTHER_PEOPLE.search(answer.label):
        return answer.label
    if _ROLE_LABEL.match(answer.label):
        other = _OTHER_PEOPLE.search(answer.value) or role_of(answer.value) == "team_manager"
        return answer.value if other else who
    if field and not field.startswith(("social_worker.", "team_manager.")):
        return ""
    return who


def _whose_details(who: str, answer: Answer) -> Answer:
    """ "Team manager: Jon Fry" over "Email: jon.fry@...": a bare contact label is about the
    person named above it, when that is not the worker."""
    if not who or not answer.label or role_of(answer.label) or _OTHER_PEOPLE.search(answer.label):
        return answer
    field = field_for(answer.label, answer.part) or ""
    if not field.startswith("social_worker.") or field.endswith(".name"):
        return answer
    if role_of(who) == "social_worker" and not _REFERRED.search(who):
        return answer
    return replace(answer, label=f"{who} {answer.label}")


_BARE_LABEL = re.compile(r"^\s*[a-z][\w'/ -]{0,40}:\s*$")


def _reference_signed(answer: Answer) -> bool:
    """ "Ref: LCC-P-4021873", "Mosaic no.: R-6620471" written in the worker's signature: the
    child's reference, which the message itself may not repeat."""
    return bool(answer.label) and field_for(answer.label, answer.part) == "la_reference"


# "Self harm:" or "CCE / county lines:" alone, the next line another prompt: a risk's
# prompt left blank (a notification's empty field), which says nothing of the risk.
_BLANK_PROMPT = re.compile(r"^\s*[A-Za-z][\w'/&() -]{0,50}:\s*$")


def _risk_prompt_left_blank(answer: Answer) -> bool:
    return bool(
        not answer.label
        and not answer.options
        and _BLANK_PROMPT.match(answer.value)
        and risk_terms(answer.value)
    )


# "Amelia:", "Kai -": a first name alone on its line, over that child's rows
_NAME_ALONE = re.compile(r"^\W*(?P<name>[A-Z][a-z'\u2019-]+)\s*[:\-\u2013]?\s*$")


def _a_childs_name_alone(builder: DraftBuilder, text: str) -> bool:
    found = _NAME_ALONE.match(text)
    return found is not None and any(
        (first := child.fields.get("first_name")) and str(first.value) == found["name"]
        for child in builder.children
    )


def _under_risks(heading: str, answer: Answer, in_a_risk_list: bool = False) -> Answer:
    """A line alone under a "Risks" heading or Part ("Part 3: Risks to the baby" over "None
    known - newborn baby.") answers that heading's question; so does a closing line at the
    end of a list of risks ("- Going missing - ..." over "- Nothing else.")."""
    if answer.label or answer.options:
        return answer
    if in_a_risk_list and closing_line(answer.value):
        return replace(answer, label="Risks")
    if not blanket_answer(answer.value):
        return answer
    title = answer.part.split(":", 1)[-1].strip()
    for named in (heading, title):
        if (
            named
            and named != answer.value
            and (
                _RISK_HEADING.match(named) or re.match(r"^\W*risks? to (the|him|her)", named, re.I)
            )
        ):
            return replace(answer, label=named)
    return answer


def _goes_on_a_risk_list(risk_list: bool, heading: str, answer: Answer) -> bool:
    """Whether the lines read so far are a list of risks: a heading about risks or a risk's
    own row starts one; a row about something else, or a line naming no risk, ends it."""
    if answer.label:
        return bool(risk_terms(answer.label) or _RISK_PART.search(answer.label))
    if heading and heading == answer.value.strip(" :"):
        return bool(_RISK_PART.search(heading))
    return risk_list and bool(risk_terms(answer.value))


def _short_breaks_are_planned(builder: DraftBuilder) -> None:
    """Respite or short breaks are a planned pattern of stays: "is this an emergency?" is
    not asked of them. The urgency itself is left to the document's own words."""
    duration = builder.placement.get("duration")
    if "urgency" in builder.placement or duration is None or str(duration.value) != "respite":
        return
    if duration.state is ExtractionState.FOUND and duration.evidence:
        builder.answered.add("/placement/urgency")


# "Jayden's carers", "the current carers", "her foster carers": a child living with carers.
_WITH_CARERS = re.compile(
    r"\b(foster|respite|current|present|existing|(his|her|their|the)|\w+'s) (foster )?carers\b",
    re.I,
)


def _respite_with_carers(builder: DraftBuilder, answers: list[Answer]) -> None:
    """Respite for a child who lives with carers is a stay with a respite foster carer: the
    setting, when the document names none."""
    duration = builder.placement.get("duration")
    if "setting" in builder.placement or duration is None or str(duration.value) != "respite":
        return
    for answer in answers:
        if _WITH_CARERS.search(f"{answer.label} {answer.value}"):
            builder.set(builder.placement, "setting", "fostering", 0.75, answer.block.evidence())
            return


def _pace_length_known(builder: DraftBuilder) -> None:
    """A PACE transfer lasts until the child's court appearance: how long the placement is
    for is not a question to send back."""
    for child in builder.children:
        status = child.fields.get("legal_status")
        if status is not None and str(status.value) == "J2":
            builder.answered.add("/placement/duration")


def _start_says_how_soon(builder: DraftBuilder) -> None:
    """A start date read from the document says how soon the placement is needed: "is this
    an emergency or planned?" is not asked on top of it (unless the form left its urgency
    unclear, which is asked whatever the date)."""
    start = builder.placement.get("start_date")
    if start is not None and start.state is ExtractionState.FOUND and start.value is not None:
        builder.answered.add("/placement/urgency")


def _join_wrapped(answers: list[Answer], bulleted: set[Location]) -> list[Answer]:
    """A sentence wrapped on to the next line of a PDF or text page ("... There are no
    known" / "concerns about self-harm, ...") is read whole: an unlabelled line starting in
    lower case continues the answer above it when that stops mid-sentence. A bullet
    ("- no other risks known") starts an item of its own: it never continues one."""
    joined: list[Answer] = []
    for answer in answers:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and answer.block.location not in bulleted
            and not answer.label
            and not answer.options
            and answer.value[:1].islower()
            and not _BARE_LABEL.match(answer.value)  # "  risks:" left blank on the next line
            and answer.block.kind is BlockKind.PARAGRAPH
            and previous.block.kind is BlockKind.PARAGRAPH
            and previous.part == answer.part
            and previous.value.strip()
            and not previous.value.rstrip().endswith((".", "!", "?", ":", ";"))
            # a quoted message's "Subject:" line is its own: the text below starts the body
            and not (previous.part.startswith("forwarded") and _INNER_HEADER.match(previous.label))
        ):
            joined[-1] = replace(
                previous, value=f"{previous.value.rstrip()} {answer.value.strip()}"
            )
            continue
        joined.append(answer)
    return joined


# Three labels or more run together in one answer: a column's labels, not a stray colon.
_RUN_ON_LABELS = 3
# "Date of birth: 10-Oct-2013 Gender: Female": a second short field on the same line.
_SECOND_FIELD = re.compile(
    r"(?<=\S)\s+((?i:gender|sex|legal status|ethnicity|d\.?o\.?b\.?|date of birth|age)"
    r"|Placements|Previous placements|Placement history)"
    r"\s*:\s*(.*)$"
)


_DATED_CELL = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d(?:-\d\d-\d\d)?"
    r"|\d{1,2} [A-Za-z]{3,9} \d{2,4}|[A-Za-z]{3,9} \d{4})"
)
# "2021 - present: Foster carers", "03/04/2022 - 05/06/2023 | Residential": a dated row.
_HISTORY_LINE = re.compile(
    rf"^\W*{_DATED_CELL}\s*(?:-|\u2013|to|\|)\s*(?:{_DATED_CELL}|present|now|current|to date"
    r"|ongoing)\b",
    re.I,
)


def _rows_below_history(answers: list[Answer]) -> list[Answer]:
    """ "Placements: 2019 - 2021: Foster carers" over "2021 - present: Foster carers": the
    dated lines below a placement-history answer are more of its rows."""
    kept: list[Answer] = []
    for answer in answers:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and not answer.label
            and not answer.options
            and previous.part == answer.part
            and field_for(previous.label, previous.part) in ("history", "placements_count")
            and _HISTORY_LINE.match(previous.value)
            and _HISTORY_LINE.match(answer.value)
        ):
            kept[-1] = replace(previous, value=f"{previous.value}\n{answer.value.strip()}")
            continue
        kept.append(answer)
    return kept


# "... LAC review on 02.12.26 The allocated social worker is Joanna Reeve (...)": a letter's
# next paragraph run on to a labelled line; the worker's sentence is a line of its own.
_WORKER_SENTENCE_AFTER = re.compile(
    r"(?<=[\w)])\s+(?=(?:The|Her|His|Their) (?:allocated )?social worker is\b)"
)


# "Other", "Notes", "Any other information": a catch-all box, whose answer may carry its
# own label ("Other: Known as: Reecey")
_CATCH_ALL = re.compile(
    r"^\W*(other|other (information|details)|notes?|comments?|additional (information|notes)"
    r"|any other (information|details)|further (information|details)|misc\w*)\W*$",
    re.I,
)
_OWN_LABEL = re.compile(r"^\s*([A-Za-z][\w '/-]{1,30}?)\s*:\s*(\S.*)$", re.S)


def _own_label_under_other(answer: Answer) -> Answer:
    """ "Other: Known as: Reecey" is the answer to "Known as"."""
    if not _CATCH_ALL.match(answer.label):
        return answer
    own = _OWN_LABEL.match(answer.value)
    if own is None or field_for(own.group(1), answer.part) is None:
        return answer
    return replace(answer, label=own.group(1), value=own.group(2).strip())


def _second_fields(answers: list[Answer]) -> list[Answer]:
    """ "Date of birth: 10-Oct-2013 Gender: Female" is two answers: the date of birth,
    and the gender after its own label (left blank, it is blank); "Family time: to be
    reviewed Placements: to follow" is two as well."""
    split: list[Answer] = []
    for answer in answers:
        answer = _own_label_under_other(answer)
        if not answer.label or answer.options or not field_for(answer.label):
            split.append(answer)
            continue
        run_on = _WORKER_SENTENCE_AFTER.search(answer.value)
        rest = None
        if run_on:
            rest = replace(answer, label="", value=answer.value[run_on.end() :].strip())
            answer = replace(answer, value=answer.value[: run_on.start()].strip())
        found = _SECOND_FIELD.search(answer.value)
        column = _labels_run_on(answer)
        if len(column) > 1:
            split.extend(column)
        elif found is None:
            split.append(answer)
        else:
            split.append(replace(answer, value=answer.value[: found.start()].strip()))
            split.append(replace(answer, label=found.group(1), value=found.group(2).strip()))
        if rest is not None:
            split.append(rest)
    return split


def _labels_run_on(answer: Answer) -> list[Answer]:
    """ "Young person: Kwame Mensah DOB and gender: 22/04/2010, male Status: Remanded ...":
    a narrow column's labels run on after one another with no stop between; each label the
    vocabulary knows starts its own answer (the shortest capitalised words before its
    colon), as in a typed line (``run_on_labels``)."""
    pieces = run_on_labels(f"{answer.label}: {answer.value}")
    if len(pieces) < _RUN_ON_LABELS:
        return [answer]
    answers = []
    for piece in pieces:
        label, _, value = piece.partition(":")
        left_blank = _LABEL_OPENS.match(value.strip())
        if left_blank and field_for(left_blank.group(1)) is not None:
            # "ETE: Family contact: not known": a label left blank before the next one
            answers.append(replace(answer, label=label.strip(), value=""))
            label, value = left_blank.group(1), left_blank.group(2)
        # "... Health: well | Risk and safety ...": the next column starts after the rule;
        # its own labels (risks') are not this column's, and are left unread here
        value = value.partition(" | ")[0]
        answers.append(replace(answer, label=label.strip(), value=value.strip()))
    return answers


_LABEL_OPENS = re.compile(r"^([A-Z][\w /'-]{1,30}?):\s*(.*)$")


_DETAILS_LABEL = re.compile(
    r"^\W*(?:if (?:yes|so)\W*)?(?:(?:please )?(?:give|provide) )?(?:details?|comments?)"
    r"(?: of (?:the )?(?:risk|concern)s?)?\W*$",
    re.I,
)


_POSITIVE = [["yes"], ["past"], ["suspected"], ["current"], ["historic"], ["historical"]]


def _details_below_ticks(answers: list[Answer]) -> list[Answer]:
    """ "Fire setting? Yes ☒ No ☐" over "Details: set a bin alight": the details line
    under a row ticked yes (past, suspected) is that row's own answer, not a free
    sentence (under a row ticked "No" it is the grid's shared details)."""
    kept: list[Answer] = []
    for answer in answers:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and _DETAILS_LABEL.match(answer.label)
            and answer.value.strip()
            and [text.lower() for text, ticked in previous.options if ticked] in _POSITIVE
            and not previous.value.strip()
            and risk_terms(previous.label)
            and previous.part == answer.part
        ):
            kept[-1] = replace(previous, value=answer.value.strip())
            continue
        kept.append(answer)
    return kept


def _plain(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


# Values copied from the document as written (codes such as a setting are not).
_WRITTEN_AS_READ = frozenset(
    {"la_reference", "name", "email", "phone", "first_name", "last_name", "known_as"}
)


def _quoted_where_read(builder: DraftBuilder, blocks: list[Block]) -> None:
    """Every text value's evidence quotes the value: where a value was read from a row or
    a signature whose quoted part is another cell (the role, the name), the first block
    that holds the value is quoted first. A value no block holds as written (a phone
    number put together from parts) keeps the evidence it has."""
    scopes = [builder.top, *builder.contacts.values()]
    scopes += [child.fields for child in builder.children]
    for scope in scopes:
        for key, found in scope.items():
            if key not in _WRITTEN_AS_READ or found.state is not ExtractionState.FOUND:
                continue
            value = _plain(str(found.value))
            if not value or any(value in _plain(e.quote) for e in found.evidence):
                continue
            holder = next((block for block in blocks if value in _plain(block.text)), None)
            if holder is None:
                continue
            # The line that holds it, where one does (a block may be longer than a quote).
            line = next((ln for ln in holder.text.splitlines() if value in _plain(ln)), None)
            found.evidence.insert(0, holder.evidence(line))


_YOUNGEST_PARENT = 12  # years: no one younger is the parent in a parent-and-child request


def _childs_table_after_parent(
    answers: list[Answer], reference: date
) -> tuple[list[Answer], set[int]]:
    """A table under a parent's heading whose date of birth is a young child's (the baby's
    details printed straight after "The parent") is the child's, not the parent's: its
    answers leave the parent's Part; the ids of the answers moved are returned too."""
    tables: dict[tuple, list[int]] = {}
    for index, answer in enumerate(answers):
        where = answer.block.location
        if where.table is not None and answer.in_a_parents_part:
            tables.setdefault((where.attachment, where.page, where.table), []).append(index)
    answers, moved = list(answers), set()
    for indexes in tables.values():
        born = [
            found.value
            for index in indexes
            if field_for(answers[index].label) == "dob"
            for found in find_dates(answers[index].value, reference)[:1]
        ]
        if not born or age_on(born[0], reference) >= _YOUNGEST_PARENT:
            continue
        for index in indexes:
            answer = answers[index]
            where = replace(answer.block.location, part=None)
            answers[index] = replace(answer, block=replace(answer.block, location=where))
            moved.add(id(answers[index]))
    return answers, moved


def _family_time_line(text: str, above: str, just_above: str, last_label: str) -> bool:
    """An unlabelled line that answers family time: the line just under a family-time
    heading (not another heading), or under a prompt of its own whose answer it is by its
    words ("Who I see" over "Dad every other Sunday"), or the next arrangement after a
    family-time line ("Family time: mum monthly", then "brother weekly")."""
    if just_above == above and family_time_heading(above):
        heading_like = _HEADING.match(text) and len(text.split()) <= 5
        return not heading_like or bool(family_time(text))  # "Dad every other weekend."
    if just_above == above and family_time_by_its_words(above, text):
        return True
    return last_label == "Family time" and is_an_arrangement(text)


def extract(blocks: list[Block], today: date) -> DraftBuilder:
    """Read the blocks of one document into a :class:`DraftBuilder`."""
    blocks = grouped_code_columns(unfilled_merge_fields(repair_ocr_labels(blocks)))
    blocks = checklist_risk_lines(blocks)
    blocks = read_legend_marks(blocks)
    blocks = read_state_words(expand_risk_records(expand_risk_codes(blocks)))
    bulleted = {block.location for block in blocks if starts_with_a_bullet(block.text)}
    answers = _details_below_ticks(_join_wrapped(pair_answers(blocks), bulleted))
    answers = [piece for answer in answers for piece in label_run_answers(answer) or [answer]]
    answers = topics_after(list_rows_below(_rows_below_history(_second_fields(answers))))
    reference, labelled = _reference_date(answers, today)
    in_a_sentence = (
        None
        if labelled
        else _minutes_date(answers, today)
        or _printed_email_date(answers, today)
        or _sentence_referral_date(answers, today)
        or _printed_date(answers, today)
        or letter_date(answers, today)
    )
    if in_a_sentence:
        reference = in_a_sentence[0]
    answers, moved = _childs_table_after_parent(answers, reference)
    builder = DraftBuilder(reference)
    _siblings_in_a_sentence(builder, answers)
    free: list[tuple[Answer, bool, int]] = []  # with the child being read at the time
    # A line that repeats a form field's label (a PDF prints its prompts) is not an answer.
    prompts = {answer.label.lower() for answer in answers if answer.label}
    heading = ""
    after_a_risk = False  # the answer before was a risk's own
    risk_list = False  # the lines before are a list of risks (under a heading, or rows)
    who = ""  # whose details a bare "Email" or "Phone" below is
    just_above = ""  # the unlabelled line right above this one
    last_label = ""  # the label of the line before
    headings = name_headings(answers, reference)  # "## Nia Mensah-Clarke" over her details
    named_lines = NamedChildLines()  # "Kayla:" over her risk rows, in a sibling's Part
    held: int | None = None  # the child being read, while one paragraph is another's
    left_blank = {id(answers[index]) for index in blank_risk_rows(answers)}  # "CCE" alone
    for answer in answers:
        if held is not None:
            builder.current, held = held, None
        if id(answer) in left_blank:
            continue
        if id(answer) in moved:
            heading = ""  # the parent's heading line is not over the child's table
        above = heading  # the heading line over this one (a line alone sets the next)
        heading, answer = _under_a_heading(heading, answer, after_a_risk)
        answer = child_line_under_heading(builder, heading, answer)  # "- Ethan: Hay fever"
        answer = under_family_time(heading, _whose_details(who, answer))
        if answer.options:
            pass  # a tick-box line answers what its options name
        elif answer.label and family_time_by_its_words(answer.label, answer.value):
            answer = replace(answer, label="Family time")  # "Sees: mum weekly"
        elif not answer.label and _family_time_line(answer.value, above, just_above, last_label):
            answer = replace(answer, label="Family time")
        last_label = answer.label
        just_above = "" if answer.label else answer.value.strip(" :")
        who = _details_of(who, answer)
        _child_part(builder, answer)
        answer, led_by = _name_led_label(builder, answer)
        named_lines.see(builder, answer)
        # a risk's own row; or a name alone between two children's risk lists ("Amelia:")
        after_a_risk = bool(answer.label and risk_terms(answer.label)) or (
            after_a_risk and not answer.label and _a_childs_name_alone(builder, answer.value)
        )
        if not answer.label and answer.value.strip(" :?").lower() in prompts:
            continue
        if answer.part.startswith("signature") and _reference_signed(answer):
            read_answer(builder, answer, False)  # "Ref: LCC-P-4021873" under the name
        if answer.part.startswith(("headers", "signature")):
            continue
        if (
            answer.part.startswith("forwarded")
            and _INNER_HEADER.match(answer.label)
            and not _FROM_A_DAY.match(f"{answer.label}: {answer.value}")
        ):
            continue  # the original's own From/Date lines: the outer message is the referral
        _capitals_name(builder, answer)
        reference_in_cells(builder, answer)
        _birth_run(builder, answer)
        _own_voice_name(builder, answer)
        if answer.label and _child_line(builder, replace(answer, label="", value=answer.label)):
            # "Sienna Tanner - born (age 8), female" read as the label of the sentence
            # below it: the child's line, then the sentence about her
            answer = replace(answer, label="")
        if _child_heading(builder, answer) or _child_line(builder, answer):
            continue
        if child_by_name_heading(builder, answer, headings):
            continue
        _child_introduced(builder, answer)
        _child_in_prose(builder, answer)
        birth_by_first_name(builder, answer)
        sibling_asked_for_too(builder, answer)
        opened = _paragraph_opened_by(builder, answer)
        if opened is not None:
            # the paragraph's risk rows are that child's; the child being read is not
            # changed for the lines after it (held until the next answer)
            held, builder.current, shared = builder.current, opened, False
        else:
            shared = _risk_scope(builder, answer)
        if named_lines.follow(builder, answer):
            shared = False  # "Tobi:" over his risk rows: his, not the group's
        if led_by is not None:  # "Amber - school": Amber's, whatever Part it stands in
            builder.current, shared = led_by, False
        if answer.label:  # unlabelled lines once the names in them are read (below)
            mark_sentence_topics(builder, answer.label, answer.value)
        answer = _under_risks(above, answer, risk_list)
        risk_list = _goes_on_a_risk_list(risk_list, heading, answer)
        blanket_no_risks(builder, answer, shared)
        if answer.label and not answer.options and _request_words_label(answer.label):
            answer = replace(answer, label="", value=f"{answer.label}: {answer.value}")
        if answer.options and not answer.label and field_for(answer.part) == "setting":
            answer = replace(answer, label=answer.part)  # tick boxes under "Placement required"
        if answer.options and not answer.label and read_answer(builder, answer, shared):
            continue
        if _risk_prompt_left_blank(answer):
            asked = builder.children[builder.current].left_blank
            asked.update(key for key, _match in risk_terms(answer.value))
            continue
        if not answer.label or not read_answer(builder, answer, shared):
            free.append((answer, shared, builder.current))
            mark_risks_answered(builder, answer.label, answer.value)
            mark_label_topics(builder, answer.label, answer.value)
            continue
        worker_in_an_answer(builder, answer)
        if _asked_aloud(answer) and len(answer.value.split()) > _SPOKEN_ANSWER:
            # "Legal?" answered "Both full care order. ... from Thursday 26th, reference SEF
            # 4402718.": a spoken answer says more than it was asked
            free.append((replace(answer, label=""), shared, builder.current))
        elif _RUN_ON_PROSE.search(answer.value):
            # "Start: Monday 23/11.I am looking for foster care, short term": the sentence
            # run on after the answer is prose of its own
            rest = answer.value[_RUN_ON_PROSE.search(answer.value).end() :]
            free.append((replace(answer, label="", value=rest), shared, builder.current))
    if held is not None:
        builder.current = held
    read_named_blankets(builder)
    for answer, shared, current in free:
        builder.current = current  # the child whose section the words were written in
        read_free_text(builder, _as_sentence(answer), shared)
        if not answer.label:
            mark_sentence_topics(builder, "", answer.value)
    if in_a_sentence and "referral_date" not in builder.top:
        evidence = in_a_sentence[1].block.evidence()
        builder.set(builder.top, "referral_date", reference, 0.8, evidence)
    _referrer_as_worker(builder)
    read_signatures(builder, answers)
    _email_fallbacks(builder, answers)
    _subject_line_reference(builder, answers)
    _name_above_role(builder, answers)
    _worker_email_by_name(builder, answers)
    sender_signs_off(builder, answers)
    _phone_beside_email(builder, answers)
    _suitable_setting(builder, answers)
    setting_from_bare_type(builder, answers)
    _short_breaks_are_planned(builder)
    _respite_with_carers(builder, answers)
    _pace_length_known(builder)
    _apply_corrections(builder, answers)
    _authority_fallback(builder, answers)
    _history(builder, blocks)
    said_beside_name(builder, answers)
    _gender_from_relation(builder, answers)
    _gender_from_pronouns(builder, answers)
    _gender_in_own_passage(builder, answers)
    child_most_named(builder, answers)
    _known_as_in_text(builder, answers)
    _family_table_per_child(builder, blocks)
    _family_tables(builder, blocks)
    if len(builder.children) == 1:
        builder.children[0].left_blank.update(_blank_risk_cells(blocks))
    _settle_risks(builder)
    _check_ages(builder, "referral_date" in builder.top)
    if (
        "start_date" not in builder.placement
        and builder.start_at_once is not None
        and "referral_date" in builder.top  # never the upload day
    ):
        builder.set(builder.placement, "start_date", reference, 0.85, builder.start_at_once)
    _start_today(builder, answers, reference)
    _undeleted_options(builder, answers)
    _start_tomorrow(builder, answers, reference)
    _urgent_reply_is_not_urgency(builder)
    _start_says_how_soon(builder)
    _length_left_open(builder, answers)
    _needed_by(builder)
    _quoted_where_read(builder, blocks)
    builder.answered -= builder.not_to_hand
    return builder
