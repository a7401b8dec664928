"""Reading free text (an email's body, a form's narrative boxes) into the draft.

Narrative readings are less sure than a form's labelled answers and only fill what
the labelled answers left empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_referrals.documents.answered import about_someone_else
from hearth_referrals.documents.builder import DraftBuilder, RiskFinding
from hearth_referrals.documents.parent_names import opens_on_a_parent, parents_named
from hearth_referrals.documents.risk_subjects import (
    adults_sentences_out,
    another_genders_clauses_out,
    sentence_subject,
)
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.authorities import find_authority, resolve_authority
from hearth_referrals.documents.rules.dates import find_dates, find_start_dates
from hearth_referrals.documents.rules.history import family_time, first_placement, no_contact
from hearth_referrals.documents.rules.labels import OTHER_PEOPLE
from hearth_referrals.documents.rules.legal_status import find_legal_statuses
from hearth_referrals.documents.rules.needs import (
    allergies,
    communication,
    disabilities,
    placements_count,
)
from hearth_referrals.documents.rules.people import WORKER_ROLE, emails, looks_like_name, phones
from hearth_referrals.documents.rules.risk_states import RiskStatement, statements
from hearth_referrals.documents.rules.risk_words import RISK_TERMS, THIRD_PARTY, risk_terms

__all__ = [
    "placements_said",
    "read_free_text",
    "read_signatures",
    "sender_signs_off",
    "worker_in_an_answer",
]

NARRATIVE = 0.75
# A surname as written: "Hart", "Bexley-Shaw", "McGowan", "O'Neill".
_SURNAME = r"[A-ZÀ-Þ][a-zß-ÿ']*[A-Z]?[a-z'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ'-]+)?"
_CHILD_PHRASE = re.compile(
    r"\b(\d{1,2})\s*(?:-|\s)?(?:year|yr)s?(?:[\s-]*old)?\s+"
    r"(boy|girl|male|female|young (?:man|woman))"
    r"|\b(boy|girl),?\s+aged\s+(\d{1,2})\b",
    re.I,
)
_SIBLING = re.compile(r"\b([A-ZÀ-Þ][a-zß-ÿ]+)\s+\((?:aged\s+)?(\d{1,2})(?:\s*(?:yrs?|years?))?\)")
_DOB = re.compile(r"\b(?:d\.?o\.?b\.?|date of birth|born)\b[:\s]*(.{6,30})", re.I)
_REFERENCE = re.compile(
    r"\b(?:ref(?:erence)?|referral|mosaic(?: ids?)?|lcs(?: ids?)?|ics(?: ids?)?|ccm(?: no)?"
    r"|case (?:no|number)"
    r"|(?:child|system|person|client) ids?|liquid ?logic|eclipse|carefirst|caps|liberi"
    r"|escr|(?:child'?s? )?unique id)"
    r"\.?\s*(?:no\.?|number|ids?|ref)?\s*(?:is\s+)?[:#]?\s*"
    # "Ref: SF 220714": a system's letters, a space, then the number
    # "BCC/CP/44120": letter groups, each after a stroke or dash, before the number
    r"((?-i:[A-Z]{2,5})\s?\d{3}[\w/-]{0,18}|[A-Z]{0,5}(?:[-/][A-Z]{1,5}){0,2}[-/]?\d[\w/-]{2,20})"
    # "RE: Referral 2260418 - Ben": a case number after "referral" (not a year)
    r"|\breferral\s+(?:no\.?\s*|number\s*)?[:#]?\s*(?!(?:19|20)\d\d\b)(\d{4,12})\b",
    re.I,
)
_SEEKING = re.compile(
    r"\b(need|needs|needed|require[sd]?|seek\w*|sought|looking for|request\w*"
    # "We are asking for foster carers", "who asks for a placement": a request in plain words
    r"|ask(?:s|ing|ed)? for|referral for|placement|(?:can|could|would|able to) (?:you )?offer"
    # a guardian's or manager's letter: "in support of the search for", "a move to a home"
    r"|search(?:ing)? for|(?:support|agree with|endorse) (?:a|the) move to"
    # spoken: "We want a long-term home together"
    r"|(?:we|i|they) (?:want|would like|are after) (?:a|an)\b(?= [\w -]{0,30}\b(?:home|placement"
    r"|carers?|family|foster\w*|bed)\b)"
    # a recommendation: "Accommodate both children with a short-term foster family from ..."
    r"|(?:(?:to|should|will|must|can) be accommodated|accommodate|accommodating)"
    r"(?=[^.]{0,80}\b(?:foster\w*|home|carers?|family|placement)\b)"
    rf"|{values.HOME_FIRST}|{values.REQUEST_WORDS_FIRST})\b",
    re.I,
)
_NAMED_CHILD = re.compile(
    r"\b(?:for|re:?|regarding|about)\s+([A-ZÀ-Þ][a-zß-ÿ]+)(?:\s+(" + _SURNAME + r"))?"
    r"(?=\s*[,(]|\s+(?:who|is|aged|\d))"
)
# "her daughter Keira Kowalczyk", "his baby son, Noah": the child of a parent-and-child
# referral, named after the parent.
_PARENTS_CHILD = re.compile(
    r"\b(?:her|his|their) (?:new-?born |baby |infant |unborn )?(?:daughter|son|baby|child)"
    r",?\s+([A-ZÀ-Þ][a-zß-ÿ]+)(?:\s+(" + _SURNAME + r"))?\b"
)
_ADULT_AGE = re.compile(r",?\s*(?:\(|aged\s+|age\s+)(1[89]|[2-9]\d)\b")
_LEAD = re.compile(
    r"^([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?) ("
    + _SURNAME
    + r"),? (?:\(|aged )?(\d{1,2})\)?,?\s"
)
_LEAD_BORN = re.compile(
    r"^([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?) (" + _SURNAME + r")\s*(?:\([^)]{0,60}\))?,?\s+"
    r"(?:born|d\.?o\.?b\.?|date of birth)\b",
    re.I,
)
_STOP_WORDS = {
    "Kent",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Referral",
    "Placement",
    "Emergency",
    "Urgent",
    "The",
    "This",
    "A",
}


_WORKER = re.compile(
    r"\b(?:(?i:social worker|allocated worker)|\bSW\b)(?:\s*\([^)]{0,20}\))?"
    r"(?:\s+(?:from|after|until) \w+|\s+going forward|\s+(?:tomorrow|today|now))?"
    # "at the home authority is", "in the leaving care team is": where the worker works,
    # said before the name
    r"(?:\s+(?:at|in|with|of)\s+(?:the\s+)?[A-Za-z][\w'\u2019-]*(?:\s+[A-Za-z][\w'\u2019-]*){0,3}"
    r"(?=\s+(?:is|will be)\b))?"
    r"(?:\s+(?:is|will be|for \w+ is))?"
    r"\s*[:,\-\u2013]?\s+"
    r"(?:called\s+)?([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+){1,2})\b"
)
_NOT_THE_WORKER = re.compile(
    r"\b(duty|edt|emergency duty|placement officer|manager|guardian|iro|mailbox|team"
    r"|supervising|fostering)\b",
    re.I,
)
# "... Tamsin Reid (01632 960 846) is not the baby's social worker": named to be set aside
_SAID_NOT_TO_BE = re.compile(
    r"^\W*(\([^)]{0,60}\)\s*|,[^,.;()]{0,40},\s*)?,?\s*(is|was|isn't|are) not\b", re.I
)
# A labelled answer that names the worker in a sentence ("The allocated social worker is
# Amy Cole (...)" under a question left blank): the sentence is read wherever it stands.
_NAMES_THE_WORKER = re.compile(r"\b(?:social worker|allocated worker)\s+(?:is|will be)\s", re.I)
# A signature from one of these is not the child's social worker's.
_SIGNED_BY_OTHER = re.compile(
    r"\b(duty|edt|emergency duty|out of hours|placement (officer|team|finding|service)"
    r"|placements (officer|team)|team manager|service manager|business support|admin\w*"
    r"|commissioning|brokerage|resource (panel|team)|access to resources|guardian|iro"
    # the foster carers' own worker, writing for the child's
    r"|supervising social worker|fostering (social worker|team|service)|ssw"
    # a prison's, a probation service's or a unit's staff, writing about the parent
    r"|probation( service| officer)?|offender manager|prison|hmp|hmyoi|yoi|mbu"
    r"|mother and baby unit|(unit|ward|hospital|prison) (social worker|manager))\b",
    re.I,
)
# "Mother and Baby Unit Social Worker", "Hospital social worker": a worker of a place
_PLACES_WORKER = re.compile(
    r"\b(unit|mbu|ward|hospital|prison|hmp|custody|probation|adult|adults'?)('s)?"
    r"\s+social worker\b",
    re.I,
)
_SOMEONE_ELSES_NUMBER = re.compile(
    r"\b(edt|emergency duty|out of hours|duty|manager|police|school|gp|doctor|mum|mother|dad"
    r"|father|carers?|guardian|iro|nurse|camhs|hospital|placement (team|officer)|team)\b",
    re.I,
)
# "a long-term home together from Thursday 26th": the weekday and the day, no month
_FROM_WEEKDAY = re.compile(
    r"\b(?:from|by|on)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?"
    r"\d{1,2}(?:st|nd|rd|th))\b",
    re.I,
)
_FROM_DATE = re.compile(
    r"\b(?<!born )(?:from|by|on|for)\s+(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-ZÀ-Þ][a-zß-ÿ]{2,8}"
    r"(?:\s+\d{4})?)"
)
# "Amir Khan, Izzy's social worker": the worker named before the role.
# Whose worker, said of the children: "the child's", "the children's", "the boys'".
_WHOSE = (
    r"(?:(?:child|baby|young person|children|young people)['\u2019]s"
    r"|(?:siblings|boys|girls|brothers|sisters)['\u2019])"
)
_WORKER_BEFORE_ROLE = re.compile(
    r"\b([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s*[,(]\s*"
    rf"(?:(?:[A-ZÀ-Þ][a-zß-ÿ'-]+['\u2019]s"
    rf"|the {_WHOSE}|his|her|their|the)\s+)?"
    r"(?i:allocated\s+(?:social worker|sw))\b"
    r"|\b([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+),\s+"
    rf"(?:[A-ZÀ-Þ][a-zß-ÿ'-]+['\u2019]s|the {_WHOSE}"
    r"|his|her|their|the)\s+(?:allocated\s+)?social worker\b"
    # "Presenter: Sam Ode (Social Worker)", "Amy Cole (Team Manager, acting as allocated
    # worker)": the role in brackets after the name (not "(Supervising Social Worker)")
    r"|\b([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s*\("
    r"(?:[^()]{0,40}?\b(?i:acting as|as)\s+(?:the\s+)?)?"
    r"(?i:(?:senior\s+|allocated\s+)?(?:social worker|allocated worker|sw))\s*\)"
    # "I am sending this on behalf of Amy Cole, Social Worker, who is in court": whoever
    # writes, the one written for as the worker is the worker
    r"|\b(?i:on behalf of)\s+([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)"
    r"(?=,?\s+(?i:(?:the\s+|(?:his|her|their)\s+)?(?:allocated\s+)?social worker)\b)"
)
# "The case is now allocated to Owen Price (owen.price@..., 01632 ...)": the worker named
# as the one the child's case is allocated to, with the details after the name.
# "is allocated to Amy Cole", "Allocated to Amy Cole (...)" opening its line or sentence,
# "The case is held by Amy Cole": the worker the case is with
_ALLOCATED_TO = re.compile(
    r"(?:\b(?i:(?:is|now|been|was|re-?)\s*allocated to|(?:case|child) (?:is )?(?:held by"
    r"|allocated to))|(?:^|(?<=[.;]\s))(?i:allocated to))\s+"
    r"([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\b"
)
# "Laura Kent, Social Worker, 01904 551 900": a one-line signature; "Emma Hart | Child's
# social worker | emma.hart@..." a meeting's list of who attended (not a "Supervising
# social worker", who is the carers').
_NAME_THEN_ROLE = re.compile(
    # at the line's start, or after a label or sentence in the line ("Housing: Ben Ode.
    # Children's services: Amy Cole, Social Worker, ...")
    r"(?:^\W*|(?<=[:;.])\s+)([A-ZÀ-Þ][a-zß-ÿ'\u2019-]+\s+[A-ZÀ-Þ][a-zß-ÿ'\u2019-]+)\s*[,|]\s+(?:the\s+)?"
    r"(?:(?:child|young person|[A-ZÀ-Þ][a-zß-ÿ'-]+)['\u2019]s\s+)?"
    r"(?:senior |allocated )?social worker\b",
    re.I,
)
# "I'm Ella's social worker": the sender of the email is the worker.
_I_AM_THE_WORKER = re.compile(
    r"\bI(?:'m|\u2019m| am)\s+(?:[A-ZÀ-Þ][a-zß-ÿ'-]+['\u2019]s|the child's|his|her|their|the)"
    r"\s+(?:allocated\s+)?(?:social worker|worker|sw)\b"
)
# "Izzy Doyle (born 06/06/2014)", "Ella Jenkins was born on ...", "Kian Walsh, 13, male",
# "- Darcy Frear, aged 3, girl" (a list's item).
# "Jordan Pike (Liquidlogic ref NCC-558120), born 11 March 2010", "To recap, Aarav Patel
# needs a foster placement": a sentence that opens with the child's full name.
_BORN_CHILD = re.compile(
    r"(?:(?:^|[.!?]\s+)(?:[-*\u2022\u2013]\s+)?(?:(?:To recap|In summary|Briefly),\s+)?|\bfor\s+)"
    r"([A-ZÀ-Þ][a-zß-ÿ'-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?) (" + _SURNAME + r")(?: \([^()]{1,40}\))?"
    r"(?:,? \(?(?i:born|dob|d\.o\.b\.?)\b| was born\b"
    r"|, (?:aged? )?(\d{1,2})(?: years?(?: old)?)?, (male|female|boy|girl)\b|, aged (?=\d)"
    r"| (?:needs|requires) (?:an?|urgent|emergency|planned)\b)",
    re.MULTILINE,
)
_START = re.compile(
    r"\b(?:start(?:ing)?|move|moving|placement|needed|required|needs? to (?:start|move))"
    r"(?:\s+(?:on|from|by|after)\s+|\s*:\s*|\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    # "Planned start 2 December": the day straight after the word
    r"|\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3}))"
    r"(.{6,40})",
    re.I,
)
# "(planned, long term, from 11 January)": a day and month after "from" in a request.
_FROM_DAY_MONTH = re.compile(
    r"\b(?:from|by|on)\s+((?:\w+day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-ZÀ-Þ][a-zß-ÿ]+)"
)
_SCHOOL = re.compile(
    r"\b(?i:attends|attending|goes to|is at|pupil at|on roll at|(?:he|she|they)(?:'s| is| are) at"
    r"|(?:his |her |their )?school is)"
    r"\s+((?:[A-Z][\w'\u2019.-]*\s+){0,5}"
    r"(?:School|Academy|College|Primary|High|Infants|Juniors|PRU|Centre))\b"
)
_NO_SCHOOL_SAID = re.compile(
    r"\bschool\s*[-\u2013:]\s*(not of school age|not yet at school|not at school yet"
    r"|not in (?:school|education))\b",
    re.I,
)
# "Sherwell Valley Primary School - must stay.": a short line that is a school's name
_SCHOOL_LINE = re.compile(
    r"^\W*((?:[A-Z][\w'\u2019&.-]*\s+){1,5}(?:School|Academy|College|PRU"
    r"|(?:Primary|High|Infant|Junior)s?(?:\s+School)?))\b(?=\W*(?:$|[-\u2013,;:(]))"
    r"(?!.{60})"
)
_GENDER_NOUN = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(girl|boy|young man|young woman)\b", re.I
)
# A sentence about the child's health: a condition, a diagnosis, medication, a service.
_HEALTH = re.compile(
    r"\b(asthma\w*|epilep\w*|diabet\w*|adhd|autis\w*|asd|allerg\w*|eczema|inhaler|medication"
    r"|diagnos\w*|cerebral palsy|camhs|mental health|anxiety|depression|ptsd|attachment disorder"
    r"|health needs?|medical needs?|learning disabilit\w*|fasd|sickle cell)\b",
    re.I,
)
# "Police protection taken at 18:55. No family time while in PP.": a sentence saying there
# is none for now, with no one named (not "no family time with dad")
_NO_FAMILY_TIME_SAID = re.compile(
    r"(?:^|[.;!]\s+)no (?:family time|contact with (?:any|the|his|her|their) (?:birth )?family)"
    r"(?! (?:with|to|between|by|from)\b)[^.;]{0,40}(?:[.;]|$)",
    re.I,
)
_CONTACT_TEXT = re.compile(
    r"\b(contact|family time|sees|see|visits?|calls?|stays with|spends time)\b", re.I
)


def _evidence(answer: Answer, quote: str | None = None):
    return answer.block.evidence(quote)


def worker_in_an_answer(builder: DraftBuilder, answer: Answer) -> None:
    """The worker named in a sentence that stands as a labelled answer's value."""
    if answer.label and _NAMES_THE_WORKER.search(answer.value):
        _worker_sentence(builder, replace(answer, label=""))


def _worker_sentence(builder: DraftBuilder, answer: Answer) -> None:
    """ "Amelia's allocated social worker is Priya Shah, on priya.shah@... or 0113 ...":
    the worker named in an email's body, with the address and number beside the name."""
    if _I_AM_THE_WORKER.search(answer.value):
        builder.worker_sends = answer.part
    before = _WORKER_BEFORE_ROLE.search(answer.value)
    name = before and next((group for group in before.groups() if group), None)
    if name and looks_like_name(name):
        # "Debbie Milburn, allocated social worker (01632 960703, debbie.milburn@...)",
        # "open to Olu Bakare (allocated SW, 020 7946 0911, olu.bakare@...)"
        scope = builder.contacts["social_worker"]
        builder.set(scope, "name", name, 0.86, _evidence(answer))
        after = answer.value[before.end() : before.end() + 120]
        for key, found in (("email", emails(after)), ("phone", phones(after))):
            if found:
                builder.set(scope, key, found[0], 0.86, _evidence(answer))
        return
    allocated = _ALLOCATED_TO.search(answer.value)
    if allocated and looks_like_name(allocated.group(1)):
        scope = builder.contacts["social_worker"]
        builder.set(scope, "name", allocated.group(1), 0.86, _evidence(answer))
        after = re.split(r"(?<=[.!?])\s", answer.value[allocated.end() :])[0]
        for key, found in (("email", emails(after)), ("phone", phones(after))):
            if found:
                builder.set(scope, key, found[0], 0.86, _evidence(answer))
        return
    line = answer.value
    if answer.label and looks_like_name(answer.label):  # "Jo Hart | Child's social worker"
        line = f"{answer.label} | {answer.value}"
    signed = _NAME_THEN_ROLE.search(line)
    if signed and looks_like_name(signed.group(1)):  # "Laura Kent, Social Worker, 01904 ..."
        scope = builder.contacts["social_worker"]
        builder.set(scope, "name", signed.group(1), 0.8, _evidence(answer))
        after = line[signed.end() :]
        for key, found in (("email", emails(after)), ("phone", phones(after))):
            if found:
                builder.set(scope, key, found[0], 0.8, _evidence(answer))
        return
    match = _WORKER.search(answer.value)
    if match is None or not looks_like_name(match.group(1)):
        return
    before = answer.value[max(0, match.start() - 25) : match.start()]
    if _NOT_THE_WORKER.search(re.split(r"[.!?]\s", before)[-1]):  # in the same sentence
        return
    if _PLACES_WORKER.search(f"{before}{match.group(0)}") or _SAID_NOT_TO_BE.match(
        answer.value[match.end() :]
    ):
        return  # "Ward social worker Tamsin Reid (...) is not the baby's social worker"
    scope = builder.contacts["social_worker"]
    builder.set(scope, "name", match.group(1), 0.88, _evidence(answer))
    # the address and number in the same sentence: the next may name someone else's
    after = _SENTENCE_END.split(answer.value[match.end() : match.end() + 200])[0]
    for key, found in (("email", emails(after)), ("phone", phones(after))):
        if found:
            builder.set(scope, key, found[0], 0.88, _evidence(answer))


# A sentence ends at its full stop before the next sentence's capital ("tel. 0121 ..."
# goes on; "... .uk). Legal queries go to ..." does not).
_SENTENCE_END = re.compile(r"(?<=[.!?])\)?\s+(?=[A-Z])")


# Dates in a request that are not its start: a hearing, a review, an order's end, a birth.
_NOT_A_START = re.compile(
    r"\b(born|dob|since|until|till|hearing|court|review|expires?|ends?|ended|remand|bail"
    r"|assessment|panel|meeting|conference|lac|cla|appointment)\b[^.;]{0,25}$",
    re.I,
)
_MOVE = re.compile(
    r"\b(move|moving|start|starting|begin|from|after|by|ideally|before|latest|w/[cb]"
    r"|week (commencing|beginning|starting))\b",
    re.I,
)
# A start asked for is not weeks before the request: "accommodated on 28 October" in a
# referral of 10 November is the last move, not the next (a week either way is allowed:
# a placement made at the weekend and referred on the Monday).
_PAST_START_DAYS = 7


def _start_in_request(builder: DraftBuilder, answer: Answer, request: str) -> None:
    """ "We need a long-term foster family (planned, after Christmas (25 January))", "she
    could move after the school holidays (6 January)": in a passage asking for a placement,
    a coming date shortly after a word saying when (move, start, from, after, by)."""
    if not _SEEKING.search(request):
        return
    for found in find_start_dates(request, builder.reference_date):
        days = (found.value - builder.reference_date).days
        before = request[max(0, found.start - 45) : found.start]
        clause = re.split(r"[,(/;.]", before)[-1]
        if 0 <= days <= 400 and _MOVE.search(before) and not _NOT_A_START.search(clause):
            builder.set(builder.placement, "start_date", found.value, 0.72, _evidence(answer))
            return


# "Ref TC-59901. From 4th Jan.", "Starting Monday 7th.": a sentence of its own giving only
# when, in a message asking for a home
# "Move to happen by 28 November.", "The placement is needed from Monday 7th.": a sentence
# whose subject is the move itself, saying when
_FROM_SENTENCE = re.compile(
    r"(?:^|[.;]\s+)(?:from|starting|start(?:ing)? (?:on|from)|to start(?: on| from)?"
    r"|moving (?:on|from)"
    r"|(?:the )?(?:move|placement|transfer|admission)\s+(?:(?:is|will|should|must|to|needs to)"
    r"\s+)*(?:happen|take place|start|begin|be made|be|needed|required|wanted|planned)?\s*"
    r"(?:by|from|on|before))\s+([^.;]{3,32}?)\s*(?:[.;]|$)",
    re.I,
)


def _start_on_its_own(builder: DraftBuilder, answer: Answer) -> None:
    if answer.label:
        return
    for match in _FROM_SENTENCE.finditer(answer.value):
        dates = find_start_dates(match.group(1), builder.reference_date)
        if dates and -_PAST_START_DAYS <= (dates[0].value - builder.reference_date).days <= 400:
            builder.set(builder.placement, "start_date", dates[0].value, 0.72, _evidence(answer))
            return


def _details(builder: DraftBuilder, answer: Answer) -> None:
    """Start date, school, gender and family time written in sentences."""
    text, fields = answer.value, builder.child.fields
    request = values.request_text(text)
    start = _START.search(request) or (
        _SEEKING.search(request)
        and (
            _FROM_DATE.search(request)
            or _FROM_DAY_MONTH.search(request)
            or _FROM_WEEKDAY.search(request)
        )
    )
    if start and "start_date" not in builder.placement:
        dates = find_start_dates(start.group(1), builder.reference_date)
        if dates and (builder.reference_date - dates[0].value).days <= _PAST_START_DAYS:
            builder.set(builder.placement, "start_date", dates[0].value, 0.75, _evidence(answer))
    if "start_date" not in builder.placement:
        _start_in_request(builder, answer, request)
    if "start_date" not in builder.placement:
        _start_on_its_own(builder, answer)
    no_school = _NO_SCHOOL_SAID.search(text)
    if no_school and "name" not in builder.child.school:
        # "School - not of school age, obviously.": said in passing, the answer all the same
        builder.set(builder.child.school, "name", no_school.group(1), 0.72, _evidence(answer))
    school = _SCHOOL.search(text) or _SCHOOL_LINE.match(text)
    if school and "name" not in builder.child.school:
        builder.set(builder.child.school, "name", school.group(1), 0.75, _evidence(answer))
        if re.search(r"\b(stay|remain)\b", text[school.end() :], re.I):
            builder.set(builder.child.school, "must_stay", True, 0.75, _evidence(answer))
    gender = _GENDER_NOUN.search(text) or re.fullmatch(r"\W*(male|female)\W*", text, re.I)
    if gender and "gender" not in fields:
        found = values.read_choice("gender", gender.group(1))
        if found:
            builder.set(fields, "gender", found[0].value, 0.72, _evidence(answer))
    if _CONTACT_TEXT.search(text) and "family_time" not in fields:
        arrangements = family_time(text)
        if arrangements:
            builder.set(fields, "family_time", arrangements, 0.75, _evidence(answer))
        elif _NO_FAMILY_TIME_SAID.search(text):
            builder.set(fields, "family_time", [], 0.7, _evidence(answer))
    # "no contact with mum's partner": whoever the family time is with, this one is not
    people = no_contact(text) if _CONTACT_TEXT.search(text) else []
    if people and "no_contact_with" not in fields:
        builder.set(fields, "no_contact_with", people, 0.75, _evidence(answer))
    health = _HEALTH.search(text)
    if (
        health
        and "health_needs" not in fields
        and not answer.label
        and not about_someone_else(builder, text)  # "Mason has no health needs"
    ):
        builder.set(fields, "health_needs", text[:2000], 0.72, _evidence(answer))
    _needs_in_sentences(builder, answer)


def _needs_in_sentences(builder: DraftBuilder, answer: Answer) -> None:
    """Diagnosed disabilities, communication needs and allergies written in sentences about
    the child ("she will need an interpreter", "diagnosed with autism", "allergic to
    penicillin"); a sentence about a
    parent or another person is not the child's."""
    fields = builder.child.fields
    for sentence in re.split(r"(?<=[.;!?])\s+|\n+", answer.value):
        if THIRD_PARTY.search(sentence):
            continue
        needs = communication(sentence)
        if needs and "communication_requirements" not in fields:
            builder.set(fields, "communication_requirements", needs, 0.72, _evidence(answer))
            builder.set(fields, "communication_needs", "yes", 0.72, _evidence(answer))
        found = disabilities(sentence) if re.search(r"diagnos", sentence, re.I) else []
        if found and "disabilities" not in fields:
            builder.set(fields, "disabilities", found, 0.72, _evidence(answer))
        allergy = allergies(sentence)
        if allergy and "allergies" not in fields:
            builder.set(fields, "allergies", allergy, 0.72, _evidence(answer, sentence))


def _complete_surname(builder: DraftBuilder, first: str, last: str, answer: Answer) -> None:
    """ "... a placement for Tia." then "Tia Hargreaves (DOB ...)": a fuller mention of the
    child already named gives the surname the first mention left out."""
    known = builder.child.fields.get("first_name")
    if known is None or "last_name" in builder.child.fields or str(known.value) != first:
        return
    if last not in _STOP_WORDS and looks_like_name(f"{first} {last}"):
        builder.set(builder.child.fields, "last_name", last, 0.72, _evidence(answer))


# "Kofi is aged 3 (date of birth not known)", "Kofi Osei is 3 years old": the child's age in
# the sentence opening a passage about them.
_NAME_IS_AGED = re.compile(
    r"^\W*([A-ZÀ-Þ][a-zß-ÿ'-]+)(?:\s+" + _SURNAME + r")?\s+is\s+(?:now\s+)?(?:aged\s+)?(\d{1,2})"
    r"(?:\s+years?(?:\s+old)?)?(?=[\s.,;(]|$)(?!\s*(?:months|weeks|days|%))"
)


def _name_is_aged(builder: DraftBuilder, answer: Answer) -> None:
    said = _NAME_IS_AGED.match(answer.value)
    name = builder.child.fields.get("first_name")
    if said is None or name is None or str(name.value) != said.group(1):
        return
    if int(said.group(2)) <= 17 and "age_years" not in builder.child.fields:
        builder.set(
            builder.child.fields, "age_years", int(said.group(2)), NARRATIVE, _evidence(answer)
        )


def _child_phrases(builder: DraftBuilder, answer: Answer) -> None:
    _name_is_aged(builder, answer)
    text = answer.value
    siblings = (
        _SIBLING.findall(text) if re.search(r"sibling|brothers?|sisters?", text, re.I) else []
    )
    if len(siblings) >= 2 and len(builder.children) == 1 and not builder.child.fields:
        for index, (name, age) in enumerate(siblings):
            if index:
                builder.child_for_identity("first_name", name)
            builder.set(builder.child.fields, "first_name", name, NARRATIVE, _evidence(answer))
            builder.set(builder.child.fields, "age_years", int(age), NARRATIVE, _evidence(answer))
        return
    match = _CHILD_PHRASE.search(text)
    if match:
        age = int(match.group(1) or match.group(4))
        gender = values.read_choice("gender", match.group(2) or match.group(3))
        builder.set(builder.child.fields, "age_years", age, NARRATIVE, _evidence(answer))
        if gender:
            builder.set(
                builder.child.fields, "gender", gender[0].value, NARRATIVE, _evidence(answer)
            )
    born = _BORN_CHILD.search(text)
    if born and born.group(1) not in _STOP_WORDS:
        if _a_second_child(builder, born, text):
            builder.child_for_identity("first_name", born.group(1))
        _complete_surname(builder, born.group(1), born.group(2), answer)
    if born and born.group(1) not in _STOP_WORDS and "first_name" not in builder.child.fields:
        builder.set(builder.child.fields, "first_name", born.group(1), 0.72, _evidence(answer))
        builder.set(builder.child.fields, "last_name", born.group(2), 0.72, _evidence(answer))
        if born.group(3) and int(born.group(3)) <= 17 and "age_years" not in builder.child.fields:
            builder.set(
                builder.child.fields, "age_years", int(born.group(3)), 0.72, _evidence(answer)
            )
        sentence = re.split(r"(?<=[.!?])\s", text[born.start() :])[0]
        words = {w.lower() for w in re.findall(r"\b(boy|girl|male|female)\b", sentence, re.I)}
        gender = values.read_choice(
            "gender", born.group(4) or (words.pop() if len(words) == 1 else "")
        )
        if gender and "gender" not in builder.child.fields:
            builder.set(builder.child.fields, "gender", gender[0].value, 0.72, _evidence(answer))
    born = _LEAD_BORN.match(text)  # "Jordan Pike (LCS ref 5581), born 11 March 2010."
    if born and "first_name" not in builder.child.fields and born.group(1) not in _STOP_WORDS:
        if looks_like_name(f"{born.group(1)} {born.group(2)}"):
            builder.set(builder.child.fields, "first_name", born.group(1), 0.72, _evidence(answer))
            builder.set(builder.child.fields, "last_name", born.group(2), 0.72, _evidence(answer))
    lead = _LEAD.match(text)  # "Jake Wilson, 12, DOB ..." opening a sentence about the child
    if lead and "first_name" not in builder.child.fields and lead.group(1) not in _STOP_WORDS:
        builder.set(builder.child.fields, "first_name", lead.group(1), 0.72, _evidence(answer))
        builder.set(builder.child.fields, "last_name", lead.group(2), 0.72, _evidence(answer))
        if int(lead.group(3)) <= 17:
            builder.set(
                builder.child.fields, "age_years", int(lead.group(3)), 0.72, _evidence(answer)
            )
    babys = _PARENTS_CHILD.search(text)  # "for Aisha, aged 19, and her daughter Keira ..."
    if babys and babys.group(1) not in _STOP_WORDS and "first_name" not in builder.child.fields:
        builder.set(builder.child.fields, "first_name", babys.group(1), 0.72, _evidence(answer))
        if babys.group(2) and babys.group(2) not in _STOP_WORDS:
            builder.set(builder.child.fields, "last_name", babys.group(2), 0.72, _evidence(answer))
    named = _NAMED_CHILD.search(text)
    if named and _ADULT_AGE.match(text, named.end()):
        named = None  # "for Aisha, aged 19": a parent in a parent-and-child referral
    if named and named.group(1) not in _STOP_WORDS and "first_name" not in builder.child.fields:
        builder.set(builder.child.fields, "first_name", named.group(1), 0.7, _evidence(answer))
        if named.group(2) and named.group(2) not in _STOP_WORDS:
            builder.set(builder.child.fields, "last_name", named.group(2), 0.7, _evidence(answer))
    dob = _DOB.search(text)
    if dob:
        dates = find_dates(dob.group(1), builder.reference_date)
        if dates:
            builder.set(
                builder.child.fields, "date_of_birth", dates[0].value, NARRATIVE, _evidence(answer)
            )


_AGED_UNDER_18 = re.compile(r"\baged? (1[0-7]|[0-9])\b")


def _a_second_child(builder: DraftBuilder, born: re.Match[str], text: str) -> bool:
    """ "Jacob Collins (born 3 December 2016) is a boy of 9" after Freya Collins was read:
    a passage opening with another full name, born under 18 years ago or aged under 18, with
    the same family name, is a sibling (not a parent, who was born long before)."""
    first = builder.child.fields.get("first_name")
    last = builder.child.fields.get("last_name")
    if first is None or last is None or str(first.value) == born.group(1):
        return False
    if str(last.value).lower() != born.group(2).lower():
        return False
    after = text[born.start() : born.end() + 40]
    aged = _AGED_UNDER_18.search(after)
    if aged or (born.group(3) and int(born.group(3)) < 18):
        return True  # "Darcy Frear, aged 3": a child's age, never a parent's
    dates = find_dates(after, builder.reference_date)
    return bool(dates) and (builder.reference_date - dates[0].value).days < 18 * 365


_AN_EVENT_TODAY = (
    r"\b(orders?|ico|epo|icos|court|hearing|judge|magistrates|decision|arrest(ed)?|charged"
    r"|remanded|bail)\b[^.?!;\n\u2013]{0,40}?\b(made|granted|heard|held|listed|sat|decided"
    r"|given|approved|happened)\b[^.?!;\n\u2013]{0,12}?\b(today|this (morning|afternoon"
    r"|evening))\b"
)
# "a planned move, not an emergency": the urgency it rules out is not the request's; "can
# you let me know today": how soon an answer is wanted, not the placement.
_NOT_URGENCY = re.compile(
    r"\b(not|rather than|instead of) (an? )?(emergency|urgent|crisis)\b"
    r"|\b(let (me|us) know|reply|respond|get back to (me|us)|confirm|hear (back )?from you"
    r"|tell (me|us))\b[^.?!]{0,40}\b(today|tonight|asap)\b"
    # "forwarding for Chloe, who is in court today": where the worker is, not the placement
    r"|\b(in court|on (annual )?leave|off sick|in (a |an )?(meeting|training|panel)s?"
    r"|at (a |an )?(conference|training|meeting|panel|hearing)|out of (the )?office"
    r"|away|unavailable|not (in|working))\b[^.?!,;]{0,20}\b(today|tonight|this (morning"
    r"|afternoon|evening))\b"
    # "ICO made today", "the hearing was held this morning": an order's or a hearing's day,
    # not how soon the placement is needed
    rf"|{_AN_EVENT_TODAY}",
    re.I,
)


# "Long-term home until 18; wants to stay at his school": a line that opens by naming
# the kind of home asked for describes the request, however long the rest of it is.
_KIND_FIRST = re.compile(
    r"^\W*((a|an|planned|emergency|urgent|permanent)[, ]+){0,2}(long|short)[- ]term"
    r" (home|placement|foster\w*|care|residential|carers?|match)\b"
    rf"|{values.REQUEST_WORDS_FIRST}",
    re.I,
)


def _placement_phrases(builder: DraftBuilder, answer: Answer) -> None:
    text = _NOT_URGENCY.sub(" ", values.request_text(answer.value))
    urgency = values.read_choice("urgency", text)
    if len(urgency) == 1:
        builder.set(builder.placement, "urgency", urgency[0].value, 0.7, _evidence(answer))
    setting = values.requested_setting(answer.value)
    if setting is not None:
        builder.set(builder.placement, "setting", setting.value, 0.7, _evidence(answer))
    duration = values.read_choice("duration", text)
    if len(duration) > 1:  # "a permanent (long-term match) placement": the bracket explains
        plain = re.sub(r"\([^)]*\)", " ", answer.value)
        duration = values.read_choice("duration", _NOT_URGENCY.sub(" ", values.request_text(plain)))
    if len(duration) == 1 and (
        _SEEKING.search(text) or len(text.split()) <= 8 or _KIND_FIRST.match(answer.value)
    ):
        builder.set(builder.placement, "duration", duration[0].value, 0.7, _evidence(answer))
    text = answer.value
    statuses = find_legal_statuses(text)
    if len(statuses) == 1 and "legal_status" not in builder.child.fields:
        builder.set(
            builder.child.fields, "legal_status", statuses[0].value, NARRATIVE, _evidence(answer)
        )
    reference = _REFERENCE.search(text)
    if reference:
        found = reference.group(1) or reference.group(2)
        builder.set(builder.top, "la_reference", found.strip(".,;"), 0.8, _evidence(answer))
    _placements_count(builder, answer)


def placements_said(builder: DraftBuilder, answer: Answer) -> None:
    """How many placements a line about the current home says there have been ("Currently:
    foster carers since 2023, her only placement"), nothing else read from it."""
    _placements_count(builder, answer)


def _placements_count(builder: DraftBuilder, answer: Answer) -> None:
    """ "This is her third placement" in running text: two before this one; "she has been
    with her current carers since 2019, her first placement": one (the current one)."""
    fields, text = builder.child.fields, answer.value
    current = values.current_placements(text)
    if current:
        builder.set(fields, "previous_placements_count", current, 0.75, _evidence(answer))
        return
    if first_placement(text):
        builder.set(fields, "placement_history", [], 0.8, _evidence(answer))
    if re.search(r"\bplacements?\b", text, re.I) and "previous_placements_count" not in fields:
        count = placements_count(text)
        if count is not None:
            builder.set(fields, "previous_placements_count", count, 0.75, _evidence(answer))


def _contact_row(answer: Answer) -> bool:
    """ "Exploitation team | Sam Hale | sam.hale@... | 01632 ...": a row of a professionals
    table, whose team's name is no statement about the child."""
    cells = [cell.strip() for cell in answer.value.split("|")]
    return len(cells) >= 3 and bool(emails(answer.value) or phones(answer.value))


# "Ren\u00e9e's own history: self-harm as a teenager ...": a sentence about another named
# person's history (a parent's, in a parent-and-child referral) tells none of the child's risks.
_ANOTHERS_HISTORY = re.compile(
    r"^\W*([A-ZÀ-Þ][\w-]+)['\u2019]s\s+(?:own\s+)?(?:history|background|past"
    r"|difficulties|issues|needs)\b"
)


# "Mum is Chantelle Trainor (19), a care leaver.", "Dad is Connor Moss (24).": a paragraph
# that opens on a parent is about the parent, until a sentence turns to the child.
_PARENT_INTRO = re.compile(
    r"^\W*(?:(?i:(?:the\s+)?(?:birth\s+)?(?:mum|mother|dad|father)\s+is)\s+"
    # "Ms Chantelle Jordan (19) is on the unit.", "Ms Hulse also has ...": an adult by title
    r"|(?P<title>Ms|Mrs|Miss|Mr|Mx)\.?\s+)"
    r"(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]+)(?:\s+[A-Z\u00c0-\u00de][\w'\u2019-]+)*"
    r"\s*(?:\(\d{1,2}\)|,|\.|$|(?(title)\s+(?:also\s+)?(?:is|was|has|had|uses|used)\b))"
)
_TO_THE_CHILD = re.compile(
    r"^\W*(?:the\s+)?(?:baby|child|young person|infant|newborn)\b(?!['\u2019]s)", re.I
)


def _not_anothers(builder: DraftBuilder, text: str) -> str:
    names = {
        str(child.fields[key].value).lower()
        for child in builder.children
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    kept = []
    about_a_parent = False
    parents = parents_named(text, names)  # "Dana (mum, 24)": "Dana drank ..." is hers
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if opens_on_a_parent(sentence, parents):
            continue
        owner = _ANOTHERS_HISTORY.match(sentence)
        if owner and names and owner.group(1).lower() not in names:
            continue
        parent = _PARENT_INTRO.match(sentence)
        if parent and parent.group("name").lower() not in names:
            about_a_parent = True  # a young parent who is the referral's child is kept
        elif about_a_parent and (
            _TO_THE_CHILD.match(sentence)
            or any(sentence.lower().lstrip().startswith(name) for name in names)
        ):
            about_a_parent = False
        if about_a_parent:
            continue
        kept.append(sentence)
    return " ".join(kept)


# "Exploitation and other risks (panel's view)", "Risks of exploitation": a section's
# heading line names the risks its lines go on to answer, and says none of them itself.
_RISKS_HEADING_LINE = re.compile(
    r"^\W*(?=[^.;:!?]*\b(risks|vulnerabilities)\b)(?![^.;:!?]*\b(at|of) risk\b)"
    r"[A-Za-z][\w' /&,-]*(\([\w' /&,-]*\))?\s*$",
    re.I,
)


# "MULTI-AGENCY CHILD EXPLOITATION (MACE) PANEL - CASE MINUTES", "Exploitation Hub": the
# name of a meeting or a team, which says nothing of the child.
_BODY_TITLE = re.compile(
    r"^[\w' /&(),-]*\b(panel|meeting|minutes|team|service|hub|unit|forum|conference|sub-?group)"
    r"\b[\w' /&(),-]*$",
    re.I,
)


# The words a form's prompt or a section's title puts around a risk's name ("Missing
# episodes", "2.1 Self-harm:", "RHI form v3"): with nothing else on the line, it asks.
_TITLE_WORDS = re.compile(
    r"\b(episodes?|history|return home interview|interview|form|record|section|part"
    r"|screen(ing)?|assessment|request|information|details|indicators?|areas?|v\d+)\b",
    re.I,
)
_CONNECTORS = re.compile(
    r"\b(and|or|of|to|from|for|the|a|an|by|with|risks?|concerns?|others?|self|care|home"
    r"|child|young|person|known|current|previous|any|alternative|new|another|placement)\b"
    r"|[\W\d_]+",
    re.I,
)
_NUMBERED = re.compile(r"^\s*(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)])\s+")


def _bare_prompt(text: str) -> bool:
    """A line that only names risks as a prompt or a title names none of the child's: a
    prompt left unanswered ("2.1 Self-harm:"), a title ("Missing episodes", "Return Home
    Interview (RHI) and Request for Alternative Placement")."""
    text = text.strip()
    numbered = _NUMBERED.match(text)
    found = risk_terms(text)
    if (
        not found
        or len(text.split()) > 12
        or re.search(r"[.;!?]\s*\S", text[numbered.end() if numbered else 0 :])
    ):
        return False
    rest, mentions = text, 0
    for key, _match in found:
        rest, count = RISK_TERMS[key].subn(" ", rest)
        mentions += count
    words = _CONNECTORS.sub(" ", _TITLE_WORDS.sub(" ", rest)).strip()
    if words:
        return False
    # "Arson / fire-setting": one risk under two names is a form's label for it
    synonyms = mentions > len(found) and "/" in text
    asks = text.endswith((":", "?")) or bool(numbered) or synonyms
    return asks or bool(_TITLE_WORDS.search(text))


def _a_heading_of_risks(answer: Answer) -> bool:
    text = answer.value.strip()
    if answer.label or len(text.split()) > 12:
        return False
    return bool(_RISKS_HEADING_LINE.match(text) or _BODY_TITLE.match(text) or _bare_prompt(text))


def _risks(builder: DraftBuilder, answer: Answer, shared: bool) -> None:
    if _contact_row(answer) or _a_heading_of_risks(answer):
        return
    current = builder.current
    childs = another_genders_clauses_out(
        builder, adults_sentences_out(builder, _not_anothers(builder, answer.value))
    )
    for statement in statements(childs, builder.reference_date):
        evidence = _evidence(answer, statement.quote)
        written = f"{answer.label}: {answer.value}" if answer.label else answer.value
        named = _sibling_named_beside(builder, written, statement.quote) if shared else None
        if named is None:
            named = sentence_subject(builder, answer.value, statement.quote)
        builder.current = current if named is None else named
        builder.add_risk(
            (statement.group, statement.name),
            RiskFinding(statement.state, 0.8, evidence, _detail_of(statement), False),
            shared=shared and named is None,
        )
    builder.current = current


def _detail_of(statement: RiskStatement) -> str:
    return statement.quote if statement.detail is None else statement.detail


def _sibling_named_beside(builder: DraftBuilder, text: str, quote: str) -> int | None:
    """ "I have no risk information for Ava - Ruby: no known risks": of several children,
    the one the statement's own clause names is the one it is about."""
    if len(builder.children) < 2:
        return None
    names = {
        str(child.fields[key].value).lower(): index
        for index, child in enumerate(builder.children)
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    for clause in re.split(r"(?<=[.;!?])\s+|\s+[-\u2013]\s+", text):
        if quote and quote in clause:
            # the child's name as the clause's label ("Ruby: ..."); a sentence's subject speaks
            # for the group in a shared section, unless the passage goes child by child
            # ("Ruby has been kicking doors. Ava: no risks.")
            label = re.match(r"^\W*([A-Za-z'-]+)\s*:", clause)
            if label and label.group(1).lower() in names:
                return names[label.group(1).lower()]
            if not _child_by_child(names, text):
                return None
            return _sole_subject(names, clause[label.end() :] if label else clause)
    return None


def _child_by_child(names: dict[str, int], text: str) -> bool:
    """The passage names two or more of the children, each in a sentence of their own."""
    named = set()
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        words = {word.lower() for word in re.findall(r"[A-Za-z'-]+", sentence)}
        here = {index for name, index in names.items() if name in words}
        if len(here) == 1:
            named |= here
    return len(named) >= 2


def _sole_subject(names: dict[str, int], clause: str) -> int | None:
    """The child a sentence opens with as its subject, when it names no other child."""
    opening = _OPENING_NAME.match(clause)
    if opening is None or opening.group(1).lower() not in names:
        return None
    words = {word.lower() for word in re.findall(r"[A-Za-z'-]+", clause)}
    named = {index for name, index in names.items() if name in words}
    return names[opening.group(1).lower()] if len(named) == 1 else None


# "Jacob Collins (born ...) is a boy of 9", "Kofi is aged 3": a passage opening with a child's
# name, not with two names ("Freya and Jacob") or a possessive ("Jacob's sister").
_OPENING_NAME = re.compile(r"^\W*([A-ZÀ-Þ][a-zß-ÿ'-]+)\b(?!['\u2019]s\b)(?!\s+(?:and|&)\s)")


def _about_a_sibling(builder: DraftBuilder, text: str) -> None:
    """Of several children, the one a passage opens by naming is the one it is about."""
    opening = _OPENING_NAME.match(text)
    if opening is None or len(builder.children) < 2:
        return
    for index, child in enumerate(builder.children):
        found = child.fields.get("first_name")
        if found is not None and str(found.value) == opening.group(1):
            builder.current = index
            return


# "28/10/2026 | present | Emergency foster placement": a row of a placement history table
# printed as text; the kind of placement it names was an earlier one, not the request.
_ROW_CELLS = re.compile(r"^\W*([^|]{4,24}?)\s*\|\s*([^|]{3,24}?)\s*\|")
_STILL = re.compile(r"^(present|current|now|ongoing|to date|date)$", re.I)


def _history_row(builder: DraftBuilder, text: str) -> bool:
    cells = _ROW_CELLS.match(text)
    if cells is None or not find_dates(cells.group(1), builder.reference_date):
        return False
    return bool(_STILL.match(cells.group(2)) or find_dates(cells.group(2), builder.reference_date))


def reference_in_cells(builder: DraftBuilder, answer: Answer) -> None:
    """ "Placing authority: Luton Borough Council | ICS No. LBC 903317 | Date of referral":
    a printed form's boxes read as one row; a later box that is a case number's own (its
    label inside it) gives the LA's reference."""
    if "|" not in answer.value or "la_reference" in builder.top:
        return
    for cell in answer.value.split("|")[1 if not answer.label else 0 :]:
        found = _REFERENCE.match(cell.strip())
        if found and found.group(1):
            value = found.group(1).strip(".,;")
            builder.set(builder.top, "la_reference", value, 0.8, _evidence(answer))
            return


# "These are Chelsea's, not Isla's.", "This is mum's history, not Theo's": the words
# before say whose the risks are, and they are not the named child's
_DISOWNED = re.compile(
    r"\b(?:(?:these|this|those|they|all of (?:this|these)|the above)\s+(?:are|is|were)\s+"
    r"(?:all\s+)?[A-Za-z'-]+(?:'s|s')\s+(?:own\s+)?(?:risks?|history|histories|issues|needs)?"
    # "... (self-harm when she was in care) is hers, not baby's"
    r"|(?:is|are|was|were)\s+(?:all\s+)?(?:hers|his|theirs)"
    # "... and going missing as a teen - NOT the baby's"
    r"|[-\u2013]"
    r")\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?([A-Z][A-Za-z'-]+?)(?:'s|s')(?=\W|$)",
    re.I,
)
# Who the words "not the baby's" disown the risks for, whatever the child's name.
_ANY_CHILD = {"baby", "babys", "child", "infant", "newborn"}


def _disowned_for_a_child(builder: DraftBuilder, text: str) -> bool:
    """A paragraph that ends by saying its risks are someone else's, not a child's."""
    names = {
        str(child.fields[key].value).lower()
        for child in builder.children
        for key in ("first_name", "known_as")
        if key in child.fields and child.fields[key].value
    }
    return any(found.group(1).lower() in names | _ANY_CHILD for found in _DISOWNED.finditer(text))


# A line about one of the homes on offer, not the child: "Carers C:", "Household 2 (Leeds):",
# "Proposed carers:", "Vacancy 3 -": its risk words are what the carers can manage.
_HOME_WORD = r"(?i:(?:foster\s+)?(?:carers?|households?|vacanc(?:y|ies)|beds?|homes?))"
_CARERS_LABEL = re.compile(
    r"^\W*(?i:the\s+)?(?:"
    # a home on offer named by a letter or a number: "Carers C", "Household 2 (Leeds)"
    rf"{_HOME_WORD}\s+(?:[A-Z]|\d{{1,2}})\b"
    # the homes proposed or offered: "Proposed carers", "Available homes"
    rf"|(?i:proposed|prospective|potential|available|matched|offered)\s+{_HOME_WORD}"
    r")(?:\s*\([^)]*\))?\s*$"
)


def _about_a_home_on_offer(answer: Answer) -> bool:
    """The line's label, or the words a line opens with before its colon or dash, name
    one of the homes on offer."""
    if answer.label:
        return bool(_CARERS_LABEL.match(answer.label))
    opening = re.match(r"^\W*([^:\u2013\u2014]{1,40}?)\s*(?::|\s[-\u2013\u2014]\s)", answer.value)
    return bool(opening) and bool(_CARERS_LABEL.match(opening.group(1)))


def read_free_text(builder: DraftBuilder, answer: Answer, shared_risks: bool) -> None:
    """Read a line of free text, or an answer whose label names no single field."""
    if answer.part.startswith(("signature", "headers")):
        return
    if not answer.label:
        _about_a_sibling(builder, answer.value)
    if answer.in_a_parents_part or re.search(
        r"\b(parent|mother|mum|father|dad)'?s?\b", answer.label, re.I
    ):
        return  # a box about a parent: its risks are not the child's
    if _about_a_home_on_offer(answer):
        return  # "Carers B: experienced with exploitation": what the carers offer
    if not _disowned_for_a_child(builder, answer.value):
        _risks(builder, answer, shared_risks)
    _child_phrases(builder, answer)
    _worker_sentence(builder, answer)
    _details(builder, answer)
    row = f"{answer.label} | {answer.value}" if answer.label else answer.value
    if not values.describes_history(answer.label) and not _history_row(builder, row):
        _placement_phrases(builder, answer)
    elif "previous_placements_count" not in builder.child.fields:
        # "Currently: foster carers, 2023 - now (their only placement)": the current home's
        # line still says how many homes there have been
        _placements_count(builder, replace(answer, value=f"{answer.label}: {answer.value}"))
    for found in phones(answer.value):
        before = answer.value[: answer.value.find(found)]
        if re.search(
            r"\b(call|ring|contact|phone|mobile|tel|reach)\b", answer.value, re.I
        ) and not (
            _SOMEONE_ELSES_NUMBER.search(before)  # "EDT can be reached on ...": not the worker's
        ):
            builder.set(builder.contacts["social_worker"], "phone", found, 0.7, _evidence(answer))


# "Amy Cole (she/her)", "Amy Cole BA (Hons) MA SWE": pronouns and letters after a name.
_AFTER_NAME = re.compile(
    r"(\s*\((?:she|he|they)/\w+\)|\s+\(?(?:BA|MA|BSc|MSc|PGDip|DipSW|Hons|SWE|HCPC"
    r"|reg(?:istered)?|CQSW|PhD|MBA)\b\)?\.?)+\s*$"
)


def _bare_name(text: str) -> str:
    return _AFTER_NAME.sub("", text).strip()


_SENDER_HEADER = re.compile(r"^\s*\"?([^\"<>@]+?)\"?\s*<([^<>\s]+@[^<>\s]+)>\s*$")
_SIGN_OFF_LOOK = 2  # the lines under a sign-off that may give the signer's role
_SIGN_OFF_WORDS = re.compile(
    r"^\s*(many thanks|thanks|thank you|kind regards|best regards|regards|best wishes|best)\W+",
    re.I,
)


def sender_signs_off(builder: DraftBuilder, answers: list[Answer]) -> None:
    """ "Joanne" (or "Joanne Pike") signing a message from "Joanne Pike <joanne.pike@...>",
    no worker named anywhere: the worker wrote it herself, so the sender's name and address
    are the worker's. Not when the lines under the sign-off give another role (an EDT
    worker's, a placements officer's)."""
    scope = builder.contacts["social_worker"]
    if "name" in scope:
        return
    sender = next((a for a in answers if a.part == "headers" and a.label.lower() == "from"), None)
    found = _SENDER_HEADER.match(sender.value) if sender else None
    name = found.group(1).strip() if found else ""
    if len(name.split()) < 2 or not looks_like_name(name):
        return
    signs = {name.lower(), name.split()[0].lower()}
    for index, answer in enumerate(answers):
        # "Imogen", or "Thanks, Imogen" with the sign-off on the name's line
        signed = _SIGN_OFF_WORDS.sub("", answer.value).strip(" ,.").lower()
        if answer.label or answer.part == "headers" or signed not in signs:
            continue
        below = " ".join(
            f"{a.label} {a.value}"
            for a in answers[index + 1 : index + 1 + _SIGN_OFF_LOOK]
            if a.part == answer.part
        )
        if OTHER_PEOPLE.search(below) or _PLACES_WORKER.search(below):
            return
        builder.set(scope, "name", name, 0.7, sender.block.evidence())
        if "email" not in scope:
            builder.set(scope, "email", found.group(2), 0.7, sender.block.evidence())
        return


def read_signatures(builder: DraftBuilder, answers: list[Answer]) -> None:
    """The social worker's name, email, phone and authority from email signatures."""
    signatures: dict[str, list[Answer]] = {}
    for answer in answers:
        if answer.part.startswith("signature"):
            signatures.setdefault(answer.part, []).append(answer)
    if not signatures:
        return
    chosen = next(
        (
            lines
            for lines in signatures.values()
            if any(re.search(r"social worker", line.value, re.I) for line in lines)
        ),
        list(signatures.values())[-1],
    )
    scope = builder.contacts["social_worker"]
    whole = " ".join(f"{line.label} {line.value}" for line in chosen)
    someone_else = _SIGNED_BY_OTHER.search(whole) and not re.search(
        r"(?<!duty )(?<!edt )(?<!supervising )(?<!fostering )(?<!unit )(?<!mbu )(?<!ward )"
        r"(?<!hospital )(?<!prison )social worker|allocated worker",
        whole,
        re.I,
    )  # a "Duty Social Worker" signs for the child's worker, not as them
    someone_else = someone_else or _PLACES_WORKER.search(whole)
    for line in chosen:
        text = f"{line.label}: {line.value}" if line.label else line.value
        if not someone_else:
            for found in emails(text):
                builder.set(scope, "email", found, 0.8, line.block.evidence())
            for found in phones(text):
                builder.set(scope, "phone", found, 0.8, line.block.evidence())
            # "Dan Hirst | Social Worker | ...": a piped signature puts the name first;
            # "Social Worker: Dan Hirst" the role first.
            name = line.label if line.label and WORKER_ROLE.match(line.value) else line.value
            if line.label and WORKER_ROLE.match(line.label) and not line.label.count(" ") > 2:
                name = line.value
            name = _bare_name(name)
            if (
                "name" not in scope
                and looks_like_name(name)
                and len(name.split()) >= 2  # "Tom" alone is a sign-off
                and (not line.label or name in (line.label, _bare_name(line.value)))
            ):
                quote = f"{line.label} | {line.value}" if line.label else None
                builder.set(scope, "name", name.strip(), 0.75, line.block.evidence(quote))
        authority = resolve_authority(text) if re.search(r"council|\b[A-Z]{3,4}\b", text) else None
        if authority is None or authority.code is None:
            authority = find_authority(text)
        if authority.code:
            builder.set(builder.top, "la_code", authority.code, 0.8, line.block.evidence())
