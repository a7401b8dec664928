"""Each risk's state from what is written: present, historical, suspected or none known.

A statement counts only when it is about the child: "Mum has a long history of
substance misuse" is not the child's risk. Form prompts ("Is there a history of self
harm?") are never read as statements; only their answers are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from hearth_contract.codes import RiskState

from hearth_referrals.documents.rules.blank_items import blank_list_items, item_key
from hearth_referrals.documents.rules.context import (
    conditional_risk,
    dated_in_the_past,
    hypothetical,
    hypothetical_any,
    pseudo,
)
from hearth_referrals.documents.rules.people import FAMILY, KIN_BY_PRONOUN, SIBLINGS, kin
from hearth_referrals.documents.rules.risk_item_lines import (
    MIN_ITEM_LINES,
    item_label,
    short_item_name,
    unwrapped,
)
from hearth_referrals.documents.rules.risk_words import (
    CUES,
    NOT_SEEN,
    RISK_SHORTHAND,
    RISK_TERMS,
    THIRD_PARTY,
    named_risks,
    risk_terms,
    supplied_use,
)
from hearth_referrals.documents.rules.verdict_codes import (
    coded_verdict,
    only_a_verdict,
    option_state,
    verdict_state,
    verdict_words,
)

__all__ = [
    "EMPTY_BOXES",
    "RiskStatement",
    "answer_state",
    "bare_verdict",
    "clauses",
    "listed_risks",
    "says_nothing",
    "statements",
]

# Where a cue's scope ends (ConText's terminators): a sentence, a contrast, or "and" opening
# a new statement about the child ("no concerns at school and she goes missing").
_CLAUSE_SPLIT = re.compile(
    r"(?<=[.;!?])\s+|\n+|\s+(?:but|however|although|whereas|whilst)\s+"
    r"|,?\s+and\s+(?=(?:she|he|they)\s+(?!(?:has|have|had|is|was|does|did)\s+(?:not|never)\b))",
    re.IGNORECASE,
)
# A denial at the head of an answer. Longer forms come first: an alternation takes the
# first that matches, and a whole-answer check ("None known") needs the whole of it. A
# concern's noun negated is a denial in any of its words ("Not a worry", "no issues",
# "not a problem", "no current concerns").
_ANSWER_NONE = re.compile(
    r"^\W*(none known|none identified|nothing known|no known|not applicable"
    r"|no (?:current |known |significant |identified )?(?:concerns?|issues?|worries|problems?"
    r"|risks?)(?: (?:identified|noted|known|raised))?"
    r"|not an? (?:current |known )?(?:concern|worry|issue|problem|risk)"
    # a denial said as what was not seen of it ("Not evident", "Not observed", "Nothing
    # noted") or as nobody's worry ("Not worried", "Not concerned at all")
    rf"|{NOT_SEEN}"
    r"|not (currently|at present|presently|at (?:this|the present) time|at the moment"
    r"|(?:right )?now)"
    r"|not that (we|i|anyone) (know|are aware|am aware)|not to (my|our) knowledge"
    r"|none|nil|n/?a|no|n(?=\W*$|\s*[-,.(]))\b",
    re.IGNORECASE,
)
_ANSWER_YES = re.compile(
    r"^\W*(yes|y|present|current|ongoing|known|active|live)\b"
    # a status column's "Still a worry - ...", "NOW (cutting)": what goes on now
    r"|^\W*(still an? (worry|concern|issue|problem|risk)|now)(?=\s*($|[-\u2013:;|(]))",
    re.IGNORECASE,
)
# A scale's answer that says the risk shows now: "Worried now", "Evident now", "A concern
# at present", "Happening currently". What the detail tells of its past ("bites at
# nursery") does not make it historical: the form's own word says it is now.
_SHOWS_NOW = re.compile(
    r"^\W*(?:worried|concerned|evident|apparent|present|observed|seen|happening|an? (?:current )?"
    r"(?:worry|concern|issue|problem|risk))\s+(?:now|currently|at present|at the moment)\b"
    r"(?! and then)",
    re.IGNORECASE,
)
_ROW_SEPARATOR = re.compile(r"^\s*(?:[:|\-\u2013]|->|=>|\u2192)\s*")
_ANSWER_UNKNOWN = re.compile(
    r"^\W*(?:risks? )?(unknown|not known|n/k|don'?t know|tbc|to be confirmed|no info(?:rmation)?"
    r"|not sure|unsure|uncertain)"
    r"(\s+(at (this|the present) time|at this stage|at present|currently|yet))?"
    # "Unknown - not asked": not known, and why
    r"(\s*[-\u2013,(]\s*(not (asked|assessed|recorded|discussed|checked)|to be (explored"
    r"|assessed|confirmed|checked|discussed|clarified|asked))\b[^.;]{0,30})?\W*$"
    # "to be assessed", "awaiting assessment", "assessment pending": an answer owed
    r"|^\W*(to be (assessed|explored)|awaiting (an? )?(risk )?assessment"
    r"|(risk )?assessment (pending|awaited|due|to follow|not yet (done|completed))"
    r"|(information|details) not (available|known|yet available))\b[^.;]{0,40}\W*$"
    # "information to follow", "to be confirmed by the previous carer": an answer owed
    r"|^\W*((further )?(information|details?) (to follow|awaited|requested)|to follow"
    r"|to be (confirmed|checked|clarified)|awaiting (information|confirmation|details)"
    r"|not yet known)\b[^.;]{0,50}\W*$"
    # a dictated "I'll have to check that one", "we need to find out": an answer owed
    r"|^\W*((i|we)('ll| will| would|'d)? (have|need) to |(i|we)('ll| will) (have to )?)"
    r"(check|confirm|find out|come back)\b[^.;]{0,40}\W*$",
    re.IGNORECASE,
)
# "didn't know", "caller not sure", "EDT had no idea": whoever was asked could not say, so
# the question is still open (never a "yes")
# Only the words of not knowing: "Mum doesn't know where she goes at night" says she goes
# missing, and is read as such.
_NOBODY_COULD_SAY = re.compile(
    rf"^\W*((the )?(caller|edt|duty( worker)?|worker|sw|referrer|police|{kin(*FAMILY[:2])})"
    r"\s+)?((didn'?t|did not|doesn'?t|does not|don'?t|do not) know"
    r"|(was |is )?(not sure|unsure|had no idea|has no idea|no idea|couldn'?t say|could not say"
    r"|not asked))"
    r"(\s+(yet|tonight|today|at (this|the present) time|at present|currently|for sure"
    r"|either way|if so|about (this|that|it)|(whether|if) (or not|she|he|they|it)\b[^.;]{0,40}))?"
    r"\W*$",
    re.IGNORECASE,
)
# Words that say the row was not filled in: "left blank", "not assessed", a RAG rating of
# GREY (not assessed), a dash. A gap to ask about, never a "yes".
_NOT_ANSWERED = re.compile(
    r"^[\W\d]*(?:(?:left )?blank|not (?:yet )?(?:assessed|recorded|discussed|answered|completed"
    r"|filled in)(?: yet)?(?: (?:at|in|by|during) [\w ]{1,30})?|gr[ae]y|n/?s)[\W\d]*$"
    r"|^\s*[-\u2013\u2014]+\s*$",
    re.IGNORECASE,
)


def says_nothing(answer: str) -> bool:
    """ "Left blank", "not assessed", "GREY", "-": words that fill a risk's row and answer
    nothing (its question is still to be asked)."""
    return bool(answer.strip()) and bool(_NOT_ANSWERED.match(answer.strip()))


# A risk matrix's row rated low or green and nothing more written: no concern.
_RATED_LOW = re.compile(
    r"^[\W\d]*(?:(?:low|green|nil|none)\b[\W\d]*){1,3}$"
    # "Low risk", "Risk assessed as low": a rating with nothing of concern written
    r"|^\W*(?:(?:risk )?(?:assessed|rated|scored) as )?low(?: risk)?\W*$",
    re.IGNORECASE,
)
# "Yes / No", "Y/N", "Yes / No / Unknown (delete as appropriate)": the options left as printed
_ALTERNATIVES_LEFT = re.compile(
    r"^\W*(?:(?:yes|y)\s*/\s*(?:no|n)|(?:no|n)\s*/\s*(?:yes|y))"
    r"(?:\s*/\s*(?:unknown|not known|n/?k|don'?t know|dk))?"
    r"\W*(?:delete (?:as|where) (?:appropriate|applicable))?\W*$",
    re.IGNORECASE,
)
# The reply after a question: a denial, a "yes", or any state's verdict word ("Possibly",
# "In the past", "Concern only")
_ANSWER_START = re.compile(
    r"^\W*(no|none|nil|n/?a|yes|not known|unknown|none known|no known|not that|not to"
    rf"|{verdict_words()})\b",
    re.IGNORECASE,
)
_ANSWER_AFTER = re.compile(
    r"^[^.;:\-\u2013]{0,30}(?:->|=>|\u2192|[:\-\u2013])\s*(no|none|nil|n/?a|not known)\b",
    re.IGNORECASE,
)
_NEGATED_AFTER = re.compile(
    r"^[^.;]{0,30}\b(is not|isn'?t|not) (a |an )?(concern|issue|known)"
    # "Self-harm is not evident", "fire setting not a feature", "CSE - not worried about"
    r"|^[^.;]{0,30}\b(is not|isn'?t|are not|aren'?t|not|never)\s+(been\s+)?(evident|apparent"
    r"|a feature|noted|displayed|exhibited|worried|concerned)\b"
    # an investigation's verdict after the risk: "CSE has been ruled out", "allegations of
    # HSB were investigated and found to be unfounded"
    r"|^[^.;]{0,50}\b(ruled out|discounted|unfounded|found to be (false|untrue|malicious)"
    r"|(was|were|has been|have been) (not (substantiated|upheld|proven)|unsubstantiated|withdrawn"
    r"|retracted))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RiskStatement:
    group: str
    name: str
    state: RiskState
    quote: str
    # what the statement says happened, where it is not the quote: a question's reply
    # ("" when the reply is a verdict alone: "Possibly")
    detail: str | None = None


# A line wrapped mid-sentence (a PDF paragraph's lines): "There are no known\nconcerns
# about self-harm" is one clause, not a negation and then a concern.
_WRAPPED_LINE = re.compile(r"(?<=[a-z,])[ \t]*\n[ \t]*(?=[a-z])")


def clauses(text: str) -> list[str]:
    return [clause for clause, _contrast in _clauses_and_contrasts(text)]


_CONTRAST_WORD = re.compile(r"\b(but|however|although|whereas|whilst)\b", re.I)


def _clauses_and_contrasts(text: str) -> list[tuple[str, bool]]:
    """Each clause, and whether a contrast ("but", "however") opened it."""
    text = unwrapped(text, _WRAPPED_LINE)
    found: list[tuple[str, bool]] = []
    start, contrast = 0, False
    for split in _CLAUSE_SPLIT.finditer(text):
        piece = text[start : split.start()].strip()
        if piece:
            found.append((piece, contrast))
        contrast = bool(_CONTRAST_WORD.search(split.group(0)))
        start = split.end()
    piece = text[start:].strip()
    if piece:
        found.append((piece, contrast))
    return found


# A clause opened by a pronoun: its subject is the last clause's.
_PRONOUN_OPENING = re.compile(r"^\W*(he|she|they)\b", re.I)
_SUBJECT_WORDS = 4  # how far into the clause before its subject stands
_MORE_THAN_ONE = re.compile(r"s\b|\b(family|couple)\b", re.I)  # whom "they" can be
_DETERMINER = re.compile(r"^\W*(?:the|her|his|their|[A-Z][a-z]+['\u2019]s)\s+", re.I)


def _pronoun_for_someone_else(parts: list[str], index: int) -> bool:
    """ "Dad was arrested on 20/11 after attacking mum; he uses cocaine": a clause opened
    by "he", "she" or "they" straight after a clause whose subject is another person (a
    parent, a partner, a relative) is about that person, not the child."""
    pronoun = _PRONOUN_OPENING.match(parts[index]) if index else None
    if pronoun is None:
        return False
    opening = _DETERMINER.sub("", " ".join(parts[index - 1].split()[:_SUBJECT_WORDS]))
    found = THIRD_PARTY.search(opening)
    # "Her stepdad has left. She assaulted a teacher": "she" is not the stepdad
    agrees = _SAME_PERSON.get(pronoun.group(1).lower(), _MORE_THAN_ONE)
    return found is not None and found.start() == 0 and agrees.search(found.group(0)) is not None


def _about_someone_else(left: str, right: str = "", *, harm_to_child: bool = False) -> bool:
    """The words before the risk make someone other than the child its subject, or the
    words just after it name whose it is ("alcohol misuse by both parents").

    For exploitation the child is the victim: "a victim of CSE" is the child's risk.
    """
    window = " ".join(left.split()[-10:])
    cues = list(THIRD_PARTY.finditer(window))
    if harm_to_child:
        cues = [cue for cue in cues if not _VICTIM.fullmatch(cue.group(0))]
    subject = _CHILD_SUBJECT.search(window[cues[-1].end() :]) if cues else None
    if subject and not _SAME_PERSON.get(subject.group(2).lower(), _NEVER).search(cues[-1][0]):
        cues = []  # "Carers report that she self-harms": the child is the subject
    named = _NAMED_SUBJECT.search(window[cues[-1].end() :]) if cues else None
    if named and not THIRD_PARTY.fullmatch(named.group(1)):
        cues = []  # "A neighbour reported that Sam hurt her cat": a name after the report
    if cues and cues[-1].group(0).endswith("'s") and _PRONOUN_NEXT.match(window[cues[-1].end() :]):
        cues = []  # "since moving to her grandmother's she has not ...": a place, not a person
    if cues and _LEADS_THE_CHILD.search(window[cues[-1].end() :]):
        cues = []  # "Her friends encourage her to drink": the child does it
    if cues and _WITNESSED.match(window[cues[-1].end() :]):
        cues = []  # "Carers have smelt alcohol on her": who noticed it, not whose it is
    if cues and _REPORTED_BY.search(window[: cues[-1].start()]):
        cues = []  # "Reported by carers: ...": who told, not whose it is
    if harm_to_child and re.match(r"^\W*(\w+\W+)?by\b", right):
        return bool(cues)  # "sexually exploited by adults": done to the child, the child's
    return bool(cues) or bool(_SOMEONE_ELSES_AFTER.match(right))


# "Mum reports that she self-harmed as a teenager": "she" may be Mum herself.
_SAME_PERSON = KIN_BY_PRONOUN
_NEVER = re.compile(r"(?!)")
_CHILD_SUBJECT = re.compile(
    r"\b(that|says?|said|reports?|reported|worried|concerned|believes?|and|then)\b[^.;]*?"
    r"\b(she|he|they|the (child|young person)|yp)\b",
    re.IGNORECASE,
)


_LEADS_THE_CHILD = re.compile(
    r"\b(encourag\w*|pressur\w*|persuad\w*|push\w*|get|gets|got|make|makes|made|take|takes"
    r"|took)\s+(her|him|them)\b",
    re.I,
)
_PRONOUN_NEXT = re.compile(r"^\W*(she|he|they)\b", re.I)
# What a carer or parent noticed on the child: "Carers have smelt alcohol on her".
_WITNESSED = re.compile(
    # active only: "Mum was found intoxicated" is about Mum
    r"^\W*(?:(?:have|has|had)\s+)?(?:also\s+)?(?:noticed|smelt|smelled|seen|saw|found"
    r"|observed|spotted|caught)\b(?![^.;]*\b(?:on|in) (?:him|her|them)sel(?:f|ves)\b)"
    # who suspects or worries about it: "Carers suspect cannabis use", "Staff are worried
    # about possible disordered eating", "Carers report no concerns re ..."
    r"|^\W*(?:(?:are|is|were|was|have been|has been)\s+)?(?:also\s+)?(?:suspect|suspects"
    r"|suspected|believe|believes|think|thinks|fear|fears|worried|concerned|wonder|wonders"
    r"|wondered)\b"
    r"|^\W*report(?:s|ed)?\s+(?:no|nothing)\b",
    re.I,
)
_REPORTED_BY = re.compile(
    r"\b(?:reported|raised|noticed|observed|seen|found|witnessed|shared|disclosed|told)\s+by\s+"
    r"(?:the |her |his |their )?$",
    re.I,
)
# A reported clause whose subject is a name: the child named, not the reporter.
_NAMED_SUBJECT = re.compile(
    r"\b(?i:reported|reports?|says?|said|told (?:\w+ )?|believes?|thinks?|claim(?:s|ed)?"
    r"|alleged|disclosed|stated)\s+(?i:that\s+)?([A-Z][a-z]+)\b(?! (?i:and|or)\b)"
)
_VICTIM = re.compile(r"victim of|subject(ed)? to|experienced", re.IGNORECASE)
_EXPLOITATION = {"sexual_exploitation", "criminal_exploitation"}


# "... by both parents", "... of the mother", "... in the household": another's risk.
_SOMEONE_ELSES_AFTER = re.compile(
    r"^\W*(?:(?:\w+\W+)?(?:by|of|from|between)\s+(?:the |her |his |their |both )?"
    rf"(?:{kin(*FAMILY, *SIBLINGS, 'partner', 'household')}|adults?)"
    r"|(?:in|within)\s+the\s+(?:household|birth family))"
    r"\b(?!'s| home| house)",
    re.IGNORECASE,
)


def cue_state(text: str, *, default: RiskState | None = RiskState.PRESENT) -> RiskState | None:
    """The state a phrase's cues give, most specific first."""
    if CUES["historical_negation"].search(text):
        return RiskState.HISTORICAL
    if CUES["negation"].search(text):
        return RiskState.NONE_KNOWN
    if CUES["historical"].search(text):
        return RiskState.HISTORICAL
    if CUES["suspected"].search(text):
        return RiskState.SUSPECTED
    return default


# "No known risks other than going missing": the denial stops at the exception.
_EXCEPTION = re.compile(
    r"\b(other than|except(?: for)?|apart from|aside from|besides|with the exception of)\b", re.I
)


def _state_in_clause(clause: str, start: int, end: int, reference: date | None = None) -> RiskState:
    exceptions = list(_EXCEPTION.finditer(clause, 0, start))
    if exceptions and CUES["negation"].search(clause, 0, exceptions[-1].start()):
        cut = exceptions[-1].end()
        clause, start, end = clause[cut:], start - cut, end - cut
    left, right = clause[:start], clause[end:]
    if _SHOWS_NOW.match(_ROW_SEPARATOR.sub("", right, count=1)):
        return RiskState.PRESENT  # "Going missing: Worried now - ..."
    # "missing (historical, none since 2024), no known risk of self-harm": a denial in the
    # mention's own comma-separated part outranks a history told about another risk
    own = re.split(r"[,(]", left)[-1] + clause[start:end] + re.split(r"[,)]", right)[0]
    if CUES["negation"].search(re.split(r"[,(]", left)[-1]) and not (
        CUES["historical_negation"].search(own) or dated_in_the_past(own, reference)
    ):
        return RiskState.NONE_KNOWN
    if CUES["historical_negation"].search(clause) or dated_in_the_past(clause, reference):
        return RiskState.HISTORICAL
    if _ANSWER_AFTER.match(right) or _NEGATED_AFTER.match(right):
        return RiskState.NONE_KNOWN
    if CUES["negation"].search(left):
        return RiskState.NONE_KNOWN
    if CUES["historical"].search(clause):
        return RiskState.HISTORICAL
    if CUES["suspected"].search(clause) and not _CONFIRMED.search(clause):
        return RiskState.SUSPECTED
    return RiskState.PRESENT


# "Concerns about county lines are current": a concern said to be current is present.
_CONFIRMED = re.compile(r"\b(is|are|remains?) (current|ongoing|confirmed|active)\b", re.I)


_UNKNOWN_WHETHER = re.compile(
    r"\b(not known|unknown|unclear|not clear|not sure|unsure|no information)"
    r"\s+(whether|if|as to)\b",
    re.I,
)
# "No, but school raised concerns about cutting last week": the words after the
# contrast decide; anything short of a denial is not "none known".
_CONTRAST = re.compile(r"\b(?:but|however|although|though|except)\b\W*(.*)", re.I | re.S)


def _prompt_answer(question: str, reply: str) -> list[RiskStatement]:
    """ "Is there a history of self-harm? No": the question's risks, in the reply's state."""
    state = answer_state(reply, [])
    if state is None or state is RiskState.NOT_STATED or len(reply.split()) > 25:
        return []
    detail = "" if only_a_verdict(reply) else reply.strip(" |")
    return [
        RiskStatement(group, name, state, f"{question} {reply}", detail)
        for (group, name), _match in risk_terms(question)
    ]


# "No known risks.", "There are no identified risks to herself or others": a blanket
# denial answers every risk (or every risk of the group it names), unless the clause
# names risks itself or makes exceptions ("no known risks other than going missing").
# "No other risks" is not one: it denies only what the reader may have missed.
_BLANKET = re.compile(
    r"^\W*(?:(?:there (?:are|is)|she has|he has|they have)\s+)?(?:no|nil|none)\s+"
    r"(?:known\s+|identified\s+|current\s+|significant\s+)?"
    r"(?:risks?|risk[- ]taking behaviou?rs?)"  # not "no concerns": a health answer says that
    r"(?:\s+(?:known|identified|noted|reported))?"
    r"(?:\s+(?:to|for)\s+(?P<whom>(?:her|him|them)sel(?:f|ves)|self|the child|others"
    r"|(?:her|him|them)sel(?:f|ves) (?:or|and) others|self (?:or|and) others))?\W*$",
    re.IGNORECASE,
)


def _blanket(clause: str) -> list[RiskStatement]:
    match = _BLANKET.match(clause)
    if not match:
        return []
    whom = (match.group("whom") or "").lower()
    groups = {"to_child", "to_others"}
    if whom and "others" not in whom:
        groups = {"to_child"}
    elif whom == "others":
        groups = {"to_others"}
    return [
        RiskStatement(group, name, RiskState.NONE_KNOWN, clause)
        for group, name in RISK_TERMS
        if group in groups
    ]


def listed_risks(label: str) -> list[tuple[str, str]]:
    """The risks a slash- or comma-separated list of short risk names asks about."""
    items = [item.strip() for item in re.split(r"\s*[/,]\s*", label) if item.strip()]
    if len(items) < 3 or any(len(item.split()) > 4 for item in items):
        return []
    keys: list[tuple[str, str]] = []
    for item in items:
        found = named_risks(item)
        if not found:
            return []  # not a list of risks
        keys.extend(key for key in found if key not in keys)
    return keys


def _listed_answer(clause: str, reference: date | None) -> list[RiskStatement]:
    """ "CSE / CCE / eating / animals: no concerns": a list of risks and one answer to all."""
    head, colon, reply = clause.partition(":")
    keys = listed_risks(head) if colon and reply.strip() else []
    state = answer_state(reply, [], reference) if keys else None
    if state is None or state is RiskState.NOT_STATED:
        return []
    return [RiskStatement(group, name, state, clause) for group, name in keys]


_LIST_ITEM = re.compile(r"[^,;]+?(?=\s*(?:,|;|\bor\b|\band\b|\bnor\b|\.?$))", re.I)


# The words a denial list opens with, before its first item: "nil re ", "no concerns about ".
_LIST_HEAD = re.compile(
    r"^.{0,40}?\b(?:re|about|regarding|around|concerning|over|with)\s+(?=\S+$)", re.I
)


def _shorthand(words: str) -> tuple[str, tuple[str, str]] | None:
    """A risk's short name, singular or plural ("fire", "fires")."""
    return RISK_SHORTHAND.get(words) or (
        RISK_SHORTHAND.get(words[:-1]) if words.endswith("s") else None
    )


def _short_names_listed(clause: str) -> list[tuple[tuple[str, str], re.Match[str]]]:
    """ "no concerns about self-harm, eating, fire setting or animals": in a list of risks'
    names, a risk's short name ("eating", "animals") names its risk too."""
    named = risk_terms(clause)
    if not named:
        return []
    first, last = named[0][1].start(), named[-1][1].end()
    found = []
    for item in _LIST_ITEM.finditer(clause):
        words = re.sub(r"^\s*(?:or|and|nor)\s+", "", item.group(0), flags=re.I).strip()
        # the list's first item after its denial: "nil re SH", "no worries about fires"
        words = _LIST_HEAD.sub("", words)
        short = _shorthand(words.lower())
        start = item.start() + item.group(0).find(words)
        near = first - 40 <= start <= last + 40
        if short and near and short[1] not in [key for key, _m in named]:
            found.append((short[1], re.compile(re.escape(words)).match(clause, start)))
    return found


def _names_another(reply: str, question: str) -> bool:
    """ "Has she self-harmed? Past cuts in 2023, and she now goes missing": the reply names
    a risk the question did not ask about, and is read for it too."""
    asked = {key for key, _match in risk_terms(question)}
    return any(key not in asked for key, _match in risk_terms(reply))


# "Assaults on others (Nil)", "Missing (Previously): went missing in 2024": a risk's name
# with the form's status for it in brackets, and its detail after a colon
_BRACKETED_STATUS = re.compile(
    r"^\W*(?P<name>[^()]{2,60}?)\s*\((?P<status>[^()]{1,30})\)\s*(?:[:\-\u2013]\s*(?P<rest>.*))?$",
    re.S,
)
_PLAIN_NO = re.compile(r"^\W*(?:nil|none|no|n)\W*$", re.I)


def _bracketed_status(clause: str) -> list[RiskStatement]:
    """The risk a "<name> (<status>)" row names, in the state its bracketed status gives;
    empty when the brackets hold no status ("Harm to others (physical or sexual)")."""
    found = _BRACKETED_STATUS.match(clause.strip())
    if found is None:
        return []
    keys = {key for key, _match in risk_terms(found.group("name"))}
    status = found.group("status")
    state = RiskState.NONE_KNOWN if _PLAIN_NO.match(status) else verdict_state(status)
    if len(keys) != 1 or state is None:
        return []
    (group, name), rest = keys.pop(), (found.group("rest") or "").strip()
    if state is RiskState.NONE_KNOWN and rest and risk_terms(rest):
        return []  # "CSE (None): but found with older men": read with its words
    return [RiskStatement(group, name, state, clause)]


# "Any cruelty to animals?: No", "Has she gone missing? - in the past": a question with
# its reply after a colon or a dash
_INLINE_QUESTION = re.compile(r"^(?P<question>[^?]{3,200}\?)\s*[:\-\u2013]\s*(?P<reply>.*)$", re.S)


_STATUS_THEN_LIST = re.compile(r":|\s[-\u2013]\s")


def _list_left_open(clause: str) -> bool:
    """ "Not yet assessed: CSE, CCE, drugs", "Unknown - fire, animals": a status that
    answers nothing, then the risks it covers: none of them is answered."""
    parts = _STATUS_THEN_LIST.split(clause, maxsplit=1)
    if len(parts) != 2:
        return False
    head, rest = parts[0].strip(), parts[1]
    if not rest.strip() or risk_terms(head):
        return False
    open_ = says_nothing(head) or _ANSWER_UNKNOWN.match(head) or _NOBODY_COULD_SAY.match(head)
    return bool(open_) and bool(risk_terms(rest) or _short_names_listed(rest))


def statements(text: str, reference: date | None = None) -> list[RiskStatement]:
    """Risk statements about the child in free text (a paragraph, an answer's detail).

    ``reference`` is the referral date, against which dated events are historical.
    """
    found: list[RiskStatement] = []
    split = _clauses_and_contrasts(text)
    parts = [clause for clause, _contrast in split]
    left_blank = blank_list_items(text)  # "SH no; CSE no; HSB; Fire": HSB and Fire unanswered
    # lines that each open with a risk's name and its answer: a list of risks, where a
    # risk's short name ("eating", "fires") names it as its line's label
    listing = sum(bool(item_label(part)) for part in parts) >= MIN_ITEM_LINES
    for index, clause in enumerate(parts):
        if left_blank and item_key(clause) in left_blank:
            continue
        inline = _INLINE_QUESTION.match(clause)
        if inline:
            # "Any history of setting fires?: No": the form's question and its reply in one
            # line; with nothing after it the question is still open (a gap, not a risk)
            question, reply = inline.group("question"), inline.group("reply")
            answered = _prompt_answer(question, reply) if reply.strip() else []
            found.extend(answered)
            if answered or not reply.strip():
                continue
            clause = reply
        if clause.rstrip().endswith("?"):
            following = parts[index + 1] if index + 1 < len(parts) else ""
            if following and _ANSWER_START.match(following):
                found.extend(_prompt_answer(clause, following))
            continue  # a question on a form, not an answer
        if (
            index
            and parts[index - 1].rstrip().endswith("?")
            and _ANSWER_START.match(clause)
            and not _names_another(clause, parts[index - 1])
        ):
            continue  # read with its question
        found.extend(_blanket(clause))
        bracketed = _bracketed_status(clause)
        if bracketed:
            found.extend(bracketed)
            continue
        if _list_left_open(clause):
            continue  # "not yet assessed: CSE, CCE, fire": each a gap to ask about
        listed = _listed_answer(clause, reference)
        if listed:
            found.extend(listed)
            continue
        terms = risk_terms(clause) + _short_names_listed(clause)
        if listing and not terms:
            terms = short_item_name(clause)  # "food / eating - no" among the list's lines
        use = supplied_use(clause, " ".join(parts[: index + 1]))
        if use:
            terms.append((("to_child", "drug_alcohol"), use))
        for (group, name), match in terms:
            exploited = group == "to_child" and name in _EXPLOITATION
            left, right = clause[: match.start()], clause[match.end() :]
            if _about_someone_else(left, right, harm_to_child=exploited):
                continue
            if not exploited and _pronoun_for_someone_else(parts, index):
                continue  # "Dad was arrested after attacking mum; he uses cocaine": Dad's
            if pseudo(clause, match.start(), match.end()) or hypothetical(clause[: match.start()]):
                continue
            if conditional_risk(left):
                found.append(RiskStatement(group, name, RiskState.SUSPECTED, clause))
                continue  # "if placed with younger children he may pose a risk of ..."
            if _UNKNOWN_WHETHER.search(left):
                continue  # "it is not known whether she self-harms": neither yes nor no
            if _row_unanswered(clause, (group, name)):
                continue  # "Self-harm: unknown", "Fire setting: left blank": a gap
            if group == "to_others" and _DONE_BY.match(clause[match.end() :]):
                continue  # "assaulted by her step-father": harm to the child, not by them
            if hypothetical_any(left, right):
                continue  # "any HSB would need to be shared": a rule for what may happen
            state = _state_in_clause(clause, match.start(), match.end(), reference)
            if state is RiskState.PRESENT and _row_denied(clause, (group, name), reference):
                state = RiskState.NONE_KNOWN  # "Violence - tantrums typical for age only"
            elif state is RiskState.PRESENT and _row_doubted(clause, (group, name)):
                state = RiskState.SUSPECTED  # "Violence: Being explored", "CCE: Emerging"
            elif state is RiskState.PRESENT and _row_verdict(
                clause, (group, name), _VERDICT_HISTORICAL
            ):
                state = RiskState.HISTORICAL  # "Fire setting: past only", "Missing - previous"
            state = _after_a_denial(state, split, index, (group, name))
            following = parts[index + 1] if index + 1 < len(parts) else ""
            if state in (RiskState.PRESENT, RiskState.NONE_KNOWN) and _LAST_WAS.match(following):
                if dated_in_the_past(following, reference):
                    state = RiskState.HISTORICAL  # "none this year; the last was in 2024"
            if state is RiskState.PRESENT and _VERDICT_AFTER.match(following):
                if not risk_terms(following):
                    state = RiskState.SUSPECTED  # "...; Sam is suspected", "; not confirmed"
            if state is RiskState.PRESENT and _STOPPED_SINCE.match(following):
                if not risk_terms(following):
                    state = RiskState.HISTORICAL  # "...; none since", "...; no thoughts since"
            elif state is RiskState.HISTORICAL and _STILL.match(following):
                if not risk_terms(following) and not CUES["historical_negation"].search(clause):
                    state = RiskState.PRESENT  # "exploited in 2025; still in contact with them"
            found.append(RiskStatement(group, name, state, clause))
    return found


# "Violence / aggression to others - Tantrums typical for age only": a risk's name, then
# its answer after a dash, a colon or an arrow.
_NAMED_ROW = re.compile(
    r"^\W*(?P<name>[A-Za-z][\w/&' ()-]{1,60}?)\s*(?::|\s(?:[-\u2013]|->|=>|\u2192))"
    r"\s+(?P<rest>\S.*)$"
)


def _row_denied(clause: str, key: tuple[str, str], reference: date | None) -> bool:
    """The clause is a risk's row whose answer after the dash denies it."""
    from hearth_referrals.documents.rules.risk_closings import one_risks_answer

    row = _NAMED_ROW.match(clause)
    if row is None or len(row.group("name").split()) > 8:
        return False
    if key not in [k for k, _m in risk_terms(row.group("name"))]:
        return False
    rest = row.group("rest")
    # the answer opens with its denial, or says the behaviour is ordinary or a condition
    # (not "sending images to men she has never met": a "never" inside the detail)
    denies = _ANSWER_NONE.match(rest) or _NOT_THE_RISK.search(rest)
    return (
        bool(denies)
        and one_risks_answer(row.group("name"), rest)
        and (answer_state(rest, [], reference) is RiskState.NONE_KNOWN)
    )


def _row_doubted(clause: str, key: tuple[str, str]) -> bool:
    """The clause is a risk's row whose answer opens with a suspicion's verdict: "Being
    explored", "Emerging", "Not sure yet - said he wanted to die"."""
    return _row_verdict(clause, key, _VERDICT_SUSPECTED)


def _row_verdict(clause: str, key: tuple[str, str], verdict: re.Pattern[str]) -> bool:
    """The clause is a risk's row whose answer opens with ``verdict``'s words ("Fire
    setting: past only (a bin in 2024)", "CCE: Emerging")."""
    row = _NAMED_ROW.match(clause.strip())
    if row is None or len(row.group("name").split()) > 8:
        return False
    if key not in [k for k, _m in risk_terms(row.group("name"))]:
        return False
    return bool(verdict.match(row.group("rest")))


def _row_unanswered(clause: str, key: tuple[str, str]) -> bool:
    """The clause is a risk's row whose answer says nothing: "unknown", "left blank", "?"."""
    row = _NAMED_ROW.match(clause.strip())
    if row is None or len(row.group("name").split()) > 8:
        return False
    if key not in [k for k, _m in risk_terms(row.group("name"))]:
        return False
    rest = row.group("rest").strip()
    return bool(
        _ANSWER_UNKNOWN.match(rest)
        or _NOT_ANSWERED.match(rest)
        or _NOBODY_COULD_SAY.match(rest)
        or re.fullmatch(r"\W*\?+\W*", rest)
    )


_NOT_THE_RISK = re.compile(
    r"\b(typical|normal|usual|expected|appropriate) for ((his|her|their) )?age"
    r"|\bage[- ]appropriate\b|\ba (health|medical|developmental) (need|condition|issue)\b"
    r"|^\W*nothing (to suggest|of concern|known|reported)\b",
    re.I,
)


# "by her step-father" names who did it; "by getting them to hold drugs" says how.
_DONE_BY = re.compile(r"(\s+\w+){0,2}\s+by\b(?!\s+\w+ing\b)", re.I)


def _after_a_denial(
    state: RiskState, split: list[tuple[str, bool]], index: int, key: tuple[str, str]
) -> RiskState:
    """The child's denial and what contradicts it ("denies X, but ..."): the contrast
    decides. Records of the risk make it present; things found (cannabis in a room, a
    lighter) make it a suspicion the denial does not settle."""
    clause = split[index][0]
    if state is RiskState.PRESENT and split[index][1] and index:
        before = split[index - 1][0]
        denied = _DENIES.search(before) and key in [k for k, _m in risk_terms(before)]
        if denied and _FOUND.search(clause) and not _ON_THE_BODY.search(clause):
            return RiskState.SUSPECTED  # "denies using drugs but cannabis was found"
    if state is RiskState.PRESENT and _FOUND.search(clause) and not _ON_THE_BODY.search(clause):
        after = split[index + 1][0] if index + 1 < len(split) else ""
        if _DENIES.search(after) and key in [k for k, _m in risk_terms(after)]:
            return RiskState.SUSPECTED  # "a razor blade was found in her bag; she denies self-harm"
    if state is RiskState.NONE_KNOWN and _DENIES.search(clause) and index + 1 < len(split):
        after, contrast = split[index + 1]
        if contrast and not risk_terms(after) and cue_state(after) is not RiskState.NONE_KNOWN:
            if _FOUND.search(after):
                return RiskState.SUSPECTED
            if _RECORDED.search(after):
                return cue_state(after)  # "denies going missing, but police records show"
    return state


# what is found on the child's body is the risk itself: "but fresh cuts were found on her arms"
_ON_THE_BODY = re.compile(
    r"\b(cuts?|wounds?|scratch(es)?|burns?|marks|scars?|injur(y|ies)|bruis\w*)\b[^.;]{0,25}"
    r"\b(on|to|across) (her|his|their) \w+",
    re.I,
)
_DENIES = re.compile(r"\b(denies|denied|denying)\b", re.I)
_FOUND = re.compile(r"\b(found|smelt|smelled|smell(s|ing)? of|discovered|paraphernalia)\b", re.I)
_RECORDED = re.compile(
    r"\b(records?|recorded|logged|shows?|showed|witnessed|confirm\w*|episodes?|incidents?"
    r"|occasions|times)\b",
    re.I,
)
_LAST_WAS = re.compile(
    r"^\W*(?:the |her |his |their )?(?:last|most recent|latest)\b(?: \w+){0,2} (?:was|were)\b", re.I
)
# The clause after a risk that hedges it: "Sam is suspected", "this has not been confirmed".
_VERDICT_AFTER = re.compile(
    r"^\W*(?:(?:she|he|they|this|it|that|\w+)\s+(?:is|are|was|were|has|have|had)\s+)?"
    r"(?:(?:not\s+(?:yet\s+)?)?been\s+)?(?:suspected|alleged|unconfirmed|unverified|unproven"
    r"|not\s+(?:yet\s+)?(?:been\s+)?(?:confirmed|proven|substantiated|verified|witnessed))\b",
    re.I,
)


# The clause after a dated risk saying it goes on: "still in contact with them online".
_STILL = re.compile(
    r"^\W*(?:(?:she|he|they|this|it) (?:is|are) )?(?:still|ongoing|continu\w+|remains?)\b", re.I
)
# The clause after a risk saying it has not happened since: "none since", "no thoughts
# since arriving", "nothing since the move".
_STOPPED_SINCE = re.compile(
    r"^\W*(?:none|nothing|not|never|no (?:further |more |other )?\w+(?: \w+)?"
    r"|(?:has been |been )?(?:abstinent|sober|clean|drug[- ]free))\s+(?:since\b"
    # "none this year", "nothing in the last six months"
    r"|(?:so far )?this (?:year|term|month)\b|in the (?:last|past) (?:\w+ )?(?:years?|months?)\b"
    # "no incidents in the STC", "none in custody": nothing where the child has been since
    r"|(?:in|at|during|while in) (?:the |his |her |their )?(?:stc|yoi|custody|secure (?:unit"
    r"|home|centre)|secure training centre|current (?:placement|home))\b)",
    re.I,
)


# The form's own verdict opening an answer ("Suspected | marks seen ...", "Possibly -
# unaccounted for ...", "Historic: ..."): it outranks the cue words in the detail after it.
_VERDICT_SUSPECTED = re.compile(
    rf"^\W*({verdict_words(RiskState.SUSPECTED)}"
    # "County lines: concerns", "CCE: concerns - has two phones": a worry, not a finding
    r"|(some )?concerns?(?! (are|is|remain) (current|ongoing|confirmed))(?= *($|[-,:;(\u2013]))"
    # "Concerns raised by school that ...": a worry someone has shared, not a finding
    r"|concerns? (have been |has been |were |was )?(raised|reported|expressed|shared|noted)"
    r")\b",
    re.I,
)
# "Historic: ...", a ticked "Past" box
_VERDICT_HISTORICAL = re.compile(rf"^\W*({verdict_words(RiskState.HISTORICAL)})\b", re.I)
_ANSWER_CLAUSE = re.compile(r"(?<=[.;])\s+|\s+\|\s+")
# "no other drugs", "no further incidents": a denial of something else, not of the risk.
_DENIAL_OF_MORE = re.compile(r"\b(other|else|further|more|additional)\b", re.I)


# What makes a "yes" historical: it stopped, not merely that it is dated.
_SINCE_OR_OVER = re.compile(
    r"\b(since|no longer|stopped|ceased|resolved|historic\w*|in the past|used to|previously)\b",
    re.I,
)


def _answer_clauses(answer: str) -> list[str]:
    return [c.strip() for c in _ANSWER_CLAUSE.split(answer) if c and c.strip(" .;|")]


def _someone_elses(clause: str) -> bool:
    """The clause is about another person, not the child: "Domestic abuse by father towards
    mother (2025)", "Her stepfather was convicted of arson" (ConText's experiencer)."""
    opening = " ".join(clause.split()[:8])
    cue = THIRD_PARTY.search(opening)
    if cue is None or _VICTIM.fullmatch(cue.group(0)):
        return False
    # the other person is the subject ("Her older brother ...", "... by father"), not the
    # object of what the child did ("Threatened his mother")
    if _SEEN_BY.search(opening[: cue.start()]):
        return False  # "Scratches noticed by carer": who saw it, not whose it is
    if not (
        _SUBJECT_LEAD.fullmatch(opening[: cue.start()]) or opening[: cue.start()].endswith("by ")
    ):
        return False
    if _REPORTER.match(opening[cue.end() :]):
        return False  # "Carers noticed ...", "Mum says ...": who saw it, not whose it is
    return not _CHILD_SUBJECT.search(opening[cue.end() :])


_SEEN_BY = re.compile(
    r"\b(?:notic|report|seen|found|observ|spott|rais|smelt|heard|witness)\w*\s+by\s+"
    r"(?:(?:her|his|their|the|a|an)\s+)?$",
    re.I,
)
_REPORTER = re.compile(
    r"^\W*(?:(?:have|has|had|were|was)\s+)?(?:notic|report|saw|seen|see|found|find|say|said"
    r"|describ|observ|smel|hear|heard|told|tell|stat|rais|disclos|believ|think|thought|worr"
    r"|concern|suspect|witness|spott|caught|wonder)\w*",
    re.I,
)
_SUBJECT_LEAD = re.compile(
    r"\W*(?:(?:her|his|their|the|a|an|both|older|younger|elder|birth|maternal|paternal"
    r"|biological|former|\w+'s)\s+)*",
    re.I,
)


def _childs_own(answer: str) -> str:
    """The answer without its clauses about someone else."""
    clauses_ = _answer_clauses(answer)
    kept = [clause for clause in clauses_ if not _someone_elses(clause)]
    return answer if len(kept) == len(clauses_) else " ".join(kept)


def _seen_then_denied(answer: str) -> bool:
    """ "Lighters found in his room; no fires.", "Staff smelt cannabis on her; she denies
    use.": an answer that opens with what was seen and then denies the risk is a
    suspicion. The denial qualifies the evidence; it does not answer no."""
    parts = _answer_clauses(answer)
    opening = cue_state(parts[0], default=None)
    if len(parts) < 2 or _ANSWER_NONE.match(parts[0]) or opening not in (None, RiskState.SUSPECTED):
        return False
    return any(
        CUES["negation"].search(part)
        and not CUES["historical_negation"].search(part)
        and not _DENIAL_OF_MORE.search(part)
        and len(part.split()) <= 8
        for part in parts[1:]
    )


_QUALIFIER = re.compile(
    r"^\W*(?:but\s+)?(?:not (?:yet )?\w+|unconfirmed|unverified|unproven|alleged\w*"
    # "...; he says they belong to a friend": the child's own account of what was found
    r"|(?:she|he|they) (?:says?|said|claims?|claimed|insists?|insisted))\b",
    re.I,
)


def _names_a_risk(text: str) -> bool:
    return any(not pseudo(text, m.start(), m.end()) for _key, m in risk_terms(text))


def _strongest_clause(answer: str) -> RiskState | None:
    """ "Cannabis daily; ketamine suspected": a clause naming a risk with no hedge makes
    the risk present, whatever another clause suspects."""
    parts = _answer_clauses(answer)
    if len(parts) < 2:
        return None
    if any(_QUALIFIER.match(part) for part in parts[1:]):
        return None  # "...; not witnessed": the hedge qualifies the clause before it
    states = [cue_state(part) for part in parts]
    # "...; CSE screening to be completed": a procedure named after the risk names none
    named = [cue_state(part) for part in parts if _names_a_risk(part)]
    if RiskState.SUSPECTED in states and RiskState.PRESENT in named:
        return RiskState.PRESENT
    return None


# "... are the parental risks - not Jaxon's", "...; no aggression from Malachi", "his brother
# deals, Zac is not involved": another's risk told, then denied as the child's own.
_NOT_THE_CHILDS = re.compile(
    r"\bnot (?:his|hers|theirs|[A-Z][\w-]+['\u2019]s)(?: own)?"
    r"(?: (?:risk|issue|behaviour|problem|use)s?)?\s*(?:[.;,)]|$)"
    r"|\bno [\w ]{0,30}\b(?:from|by) (?:him|her|them|[A-Z][\w-]+)\s*(?:[.;,)]|$)"
    r"|\b(?:he|she|they|[A-Z][\w-]+) (?:is|was|are|were) not (?:involved|part of it)\b"
)


def _denied_for_the_child(answer: str) -> bool:
    """Someone else's risk (a parent's, the one who harmed the child) told in the answer,
    and the child's own denied in words."""
    denial = _NOT_THE_CHILDS.search(answer)
    return bool(denial and THIRD_PARTY.search(answer[: denial.start()]))


_CHARGED = re.compile(r"\b(charged|charges?|convicted|remanded|court)\b", re.I)
_ALLEGED = re.compile(r"\balleg(ed|edly)\b", re.I)


# A ticked column's clipped header ("Hist", "?") as the verdict word the answer is read with
_OPTION_WORD = {RiskState.HISTORICAL: "Historic", RiskState.SUSPECTED: "Suspected"}
# An empty tick box ("☐", "[ ]") standing in an answer's words: a column nobody ticked.
EMPTY_BOXES = re.compile(r"[\u2610\u25a1]|\[\s*\]")


def answer_state(
    answer: str, options: list[tuple[str, bool]], reference: date | None = None
) -> RiskState | None:
    """The state an answer to a risk's own question gives; None when it is unclear.

    ``options`` are the tick boxes offered with it (text, ticked).
    """
    answer = EMPTY_BOXES.sub(" ", answer)  # a box left empty in the answer's column says nothing
    if options:
        ticked = [text for text, is_ticked in options if is_ticked]
        if not ticked and not answer.strip():
            return RiskState.NOT_STATED  # a row left unticked: a gap, not a doubt
        if len(ticked) != 1:
            return None
        answer = _OPTION_WORD.get(option_state(ticked[0]), ticked[0]) + " " + answer
    answer = answer.strip()
    if not answer or _NOT_ANSWERED.match(answer):
        return RiskState.NOT_STATED
    if _RATED_LOW.match(answer):
        return RiskState.NONE_KNOWN
    coded = coded_verdict(answer)  # "Y - hist.", "? - suspected"
    if coded is not None:
        return coded
    if _ANSWER_UNKNOWN.match(answer) or _ALTERNATIVES_LEFT.match(answer):
        return None
    if _NOBODY_COULD_SAY.match(answer):
        return None
    if _denied_for_the_child(answer):
        return RiskState.NONE_KNOWN
    answer = _childs_own(answer)
    if not answer.strip(" .;|"):
        return RiskState.NOT_STATED  # every word of it is about someone else
    if _VERDICT_SUSPECTED.match(answer):
        return RiskState.SUSPECTED
    if _VERDICT_HISTORICAL.match(answer):
        return RiskState.HISTORICAL
    if _SHOWS_NOW.match(answer):
        return RiskState.PRESENT
    past = dated_in_the_past(answer, reference)
    if _ANSWER_NONE.match(answer) and not (CUES["historical_negation"].search(answer) or past):
        contrast = _CONTRAST.search(answer)
        if contrast and contrast.group(1).strip(" .;,"):
            return cue_state(contrast.group(1), default=RiskState.SUSPECTED)
        return RiskState.NONE_KNOWN
    if past and not (_ANSWER_YES.match(answer) and not _SINCE_OR_OVER.search(answer)):
        # "Yes - twice in 2025": the form's "yes" says the risk is current; the dates say
        # when it showed. Only "none since" or "stopped" words make a "yes" historical.
        return RiskState.HISTORICAL
    if _ANSWER_YES.match(answer):
        # after a "yes" a denial in the detail is of something else ("yes - smokes
        # cannabis; denies other drugs"): the risk is present unless hedged or past
        rest = _ANSWER_YES.sub("", answer, count=1)
        state = cue_state(rest) if rest.strip(" -,.:|") else RiskState.PRESENT
        if state is RiskState.SUSPECTED and _CHARGED.search(rest):
            # "Yes - charged with robbery with a knife (alleged)": a charge is alleged
            # until tried; the form's "yes" is not hedged by it
            state = cue_state(_ALLEGED.sub("", rest))
        if state is RiskState.SUSPECTED:
            state = _strongest_clause(rest) or state
        if state is RiskState.NONE_KNOWN and any(
            cue_state(clause) is RiskState.SUSPECTED for clause in _answer_clauses(rest)
        ):
            return RiskState.SUSPECTED  # "Yes - suspected cannabis use; she denies it"
        return RiskState.PRESENT if state is RiskState.NONE_KNOWN else state
    if _UNKNOWN_WHETHER.match(answer.lstrip(" -:|")):
        # "Not known whether he carries for them; police intelligence is being checked": no
        # denial; with more said than the unknown it is a suspicion, alone it is unclear
        return RiskState.SUSPECTED if len(_answer_clauses(answer)) > 1 else None
    if _seen_then_denied(answer):
        return RiskState.SUSPECTED
    state = _strongest_clause(answer) or cue_state(answer)
    if state is RiskState.NONE_KNOWN:
        # "Concerns she may be at risk of CSE; no disclosure": a denial only in a clause
        # that does not name the risk does not deny the risk another clause names
        named = [cue_state(part) for part in _answer_clauses(answer) if risk_terms(part)]
        if named and RiskState.NONE_KNOWN not in named:
            return named[0]
    return state


# A scale's nought ("Missing: 0") and a child's name before the verdict ("Reece - N")
_NOUGHT = re.compile(r"^0+(?:\s*/\s*\d+)?$")
_NAMED_FIRST = re.compile(r"^[A-Z][a-z'\-]+(?:\s[A-Z][a-z'\-]+)?\s*[-\u2013\u2014:]\s*(?=\S)")
_FILLER = re.compile(r"^(?:um|umm|er|erm|uh)\b,?\s*", re.IGNORECASE)
# what a denial may carry after it and stay a bare denial: whom and when ("not an issue
# for her", "none at present", "no concerns at all")
_DENIAL_TAIL = re.compile(
    r"\s+(?:for (?:him|her|them|the (?:child|young person))|at (?:all|present|this time"
    r"|the moment)|currently|now|either)\b",
    re.IGNORECASE,
)


# a row's cells, one a column ("HSB,N,N"; "N | N")
_CELLS = re.compile(r"\s*[,|\t]\s*")


def bare_verdict(answer: str) -> RiskState | None:
    """The state an answer gives when it is nothing but a verdict: a denial ("N", "No",
    "Nil", "0", "none known") is none known, and an answer that does not know ("unknown",
    "didn't know", "I'll have to check that one") leaves the risk not stated. None when the
    answer says more than a verdict: then it is read as the statement it is."""
    answer = _FILLER.sub("", _NAMED_FIRST.sub("", answer.strip(" \t\n:;,.-\u2013\u2014=|/()?")))
    if not answer:
        return None
    cells = [cell for cell in _CELLS.split(answer) if cell]
    if len(cells) > 1:
        states = {bare_verdict(cell) for cell in cells}
        return states.pop() if len(states) == 1 else None
    if says_nothing(answer) or _ANSWER_UNKNOWN.match(answer) or _NOBODY_COULD_SAY.match(answer):
        return RiskState.NOT_STATED
    denial = _ANSWER_NONE.match(answer)
    if denial and not _DENIAL_TAIL.sub("", answer[denial.end() :]).strip(" .;,:-\u2013\u2014()"):
        return RiskState.NONE_KNOWN
    if _NOUGHT.match(answer):
        return RiskState.NONE_KNOWN
    return None
