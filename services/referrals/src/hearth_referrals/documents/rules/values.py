"""Reading one answer's value: gender, setting, urgency, duration, yes or no.

Each reader returns every distinct value the text names. One value is an answer;
several ("Fostering / Residential", a "delete as appropriate" line left whole) is
unclear and is reported as such, never guessed.
"""

from __future__ import annotations

import re

from hearth_contract.codes import LivingCompanions, PetsSuitability
from hearth_contract.referrals import Duration, Gender, Setting, Urgency

__all__ = [
    "HOME_FIRST",
    "REQUEST_WORDS_FIRST",
    "VOCABULARIES",
    "ages",
    "current_is_first",
    "current_placements",
    "describes_history",
    "not_at_school",
    "read_choice",
    "read_yes_no",
    "request_text",
    "school_name",
    "ticked_text",
]

# A clause about the child's current or an earlier placement describes the history, not
# the request: "she is currently in an emergency placement", "a previous secure placement".
_HISTORY_CLAUSE = re.compile(
    r"\b(current(ly)?|previous(ly)?|prior|former(ly)?|last|existing|present(ly)? (in|placed)"
    r"|was (placed|in|moved)|were (placed|in)|has been (in|placed|living)|had been|ended"
    r"|ending|ends on|broke down|breakdown|disrupted|since (she|he|they) (was|were|came)"
    r"|came into care|history|in the past|(his|her|their) (\w+ )?(placement|carers?)\b"
    r"|placements? (so far|to date)\b"
    r"|at present|at the moment|(is|are) (now )?(in|at) an? (secure|residential|emergency|foster"
    r"|children'?s home|solo)|step[- ]?down from)",
    re.IGNORECASE,
)
_REQUEST_CLAUSE = re.compile(
    r"\b(needs?|needed|requires?|required|seek\w*|request\w*|looking for|referral for"
    r"|referring|ask(?:s|ing|ed)? for)\b",
    re.I,
)

_GENDER = [
    (Gender.FEMALE, r"\b(female|girl|f|woman|young woman|she)\b"),
    (Gender.MALE, r"\b(male|boy|m|man|young man|he)\b"),
    (Gender.OTHER, r"\b(non[- ]binary|other|transgender|trans)\b"),
]
# The Placements Data Standard's types and SSDA903's placement codes (K1 secure children's
# home, K2 children's home, K3 registered supported accommodation, R1 residential care
# home, R3 family centre or mother and baby unit, U1-U6 foster placements, with a relative
# or friend or another carer), and the words LAs write for them.
_SETTING = [
    (
        Setting.PARENT_AND_CHILD,
        r"\b(parent|mother|father|mum|dad) (and|&) (child|baby|infant)\b|\bp ?& ?c\b"
        r"|mother and baby unit|family (assessment )?centre|residential (family|parenting)"
        r" assessment|parenting assessment (placement|unit)",
    ),
    (Setting.SECURE, r"\bsecure\b|\bs\.?\s?25\b|section 25 (bed|placement|order)"),
    (
        Setting.SUPPORTED_ACCOMMODATION,
        r"supported (accommodation|lodgings?|living|housing)"
        r"|semi[- ]independen\w*|16\+ (accommodation|provision|supported|placement)"
        r"|\b(leaving care|16 ?plus|post[- ]16) (accommodation|provision)|floating support"
        r"|independent living\b(?! skills)|supported (flat|house)|\bhostel\b",
    ),
    (
        Setting.RESIDENTIAL,
        r"(?<!family )(?<!family-)residential(?! (family|parenting))"
        r"|(?<!secure )children'?s home|\bsolo home\b|single[- ]bed(ded)? home"
        r"|registered (children'?s )?home|ofsted[- ]registered home|\bresi\b",
    ),
    (
        Setting.FOSTERING,
        r"\bfoster\w*|family[- ]based|\bifa\b|foster care|\bkinship\b"
        r"|connected (persons?|carers?)|family and friends( care| carers?| placement)?\b"
        r"|(?-i:\bFC\b)|\bfamily placement\b"
        r"|(placement|placed|living) with (a |an )?(relative|friend|family member)s?"
        r"|\ba family (placement|setting|home)\b|\b(a|with) (foster )?family\b(?! (centre|time))"
        r"|\b(in-house|experienced|approved|local authority) carers\b",
    ),
]
_URGENCY = [
    (
        Urgency.EMERGENCY,
        r"(?<!not )(?<!not an )(?<!non-)(?<!non )(?<!non)(emergency|urgent\w*)"
        # a note's shorthand: "emerg FC", "emer. placement"
        r"|\bemerg?\b\.?"
        r"|same[- ]day|immediate\w*|\basap\b|tonight"
        r"|\btoday\b|crisis|within (24|48|72) ?(hours|hrs)|^\W*e\W*$",
    ),
    (
        Urgency.PLANNED,
        r"\bplanned\b|non[- ]urgent|not urgent|\broutine\b|^\W*p\W*$"
        r"|within (\d+|two|three|four|six|a few) weeks",
    ),
]
_DURATION = [
    (Duration.RESPITE, r"respite|short breaks?"),
    (
        Duration.SHORT_TERM,
        r"short[- ]term|bridging|assessment placement|temporary|\b\d{1,2}[- ]weeks? assessment"
        r"|^\W*(\d{1,2}|a few|several|two|three|four|six|eight|twelve) (weeks?|nights?|days?)\W*$"
        r"|\b(up to|for|around|about) (\d{1,2}|a few|several|two|three|four|six|eight|twelve)"
        r" (weeks|nights|days|months)\b|\b\d{1,2}(-\d{1,2})? (nights?|days?|weeks?) then review"
        r"|for the (remand|assessment|court) period"
        # a parent-and-child "Assessment", "Parenting assessment": a placement of weeks
        r"|^\W*(residential |parenting |parent and (child|baby) )?assessment\b"
        r"|\bparent(ing)? and (child|baby) assessment\b|\bparenting assessment\b"
        # "Initial 3-month order sought", "12-week parenting assessment"
        r"|\b(\d{1,2}|three|six|eight|twelve)[- ](weeks?|months?)\b[\w' -]{0,30}"
        r"\b(order|assessment)\b"
        # "Parent and child placement (foster) - 12 weeks": the span ending the request
        r"|[-\u2013\u2014,]\s*(\d{1,2}|two|three|four|six|eight|twelve) weeks?\W*$"
        # "an emergency placement over the weekend until the day team can plan on Monday"
        r"|\bplacement (over|for) the weekend\b|\b(over|for) the weekend (only|until)\b"
        r"|^\W*(up to |around |about )?(\d|one|two|three|four|five|six)( to (\d|two|three|four"
        r"|five|six))? months?\b"
        # a tracker's shorthand, alone in its cell: "ST"
        r"|^\W*st\W*$",
    ),
    (
        Duration.LONG_TERM,
        r"long[- ]term|until (s?he|they|(his|her|their) )?(is |turns |reaches )?18\b"
        r"|until adulthood|staying close|staying put|until independen\w+"
        r"|until (s?he|they) (is|are) (ready|able) to live independently"
        # "LT", "LTF" (long-term fostering), alone in its cell
        r"|^\W*ltf?\W*$",
    ),
    (Duration.PERMANENCE, r"permanen\w+"),
]
_COMPANIONS = [
    (
        LivingCompanions.SOLO,
        r"solo|only child|no other (children|young people)|sole occupancy"
        r"|single placement|must not live with other",
    ),
    (LivingCompanions.ONLY_OLDER, r"only with older|older children only"),
    (LivingCompanions.ONLY_YOUNGER, r"only with younger|younger children only"),
    (
        LivingCompanions.WITH_OTHER_CHILDREN,
        r"with other (children|young people)"
        r"|can live with (other|others)|^yes\b|^shared\b|shared (occupancy|placement)",
    ),
    (LivingCompanions.NO_PREFERENCE, r"no preference|either"),
]
_PETS = [
    (PetsSuitability.MUST, r"must (have|live with)|needs? (a )?pets?"),
    (
        PetsSuitability.NO,
        r"^no\b|allerg|not (with|around) (pets|animals|dogs|cats)|no pets"
        r"|cannot live with",
    ),
    (
        PetsSuitability.CAN,
        r"^yes\b|can live with|fine with|likes? (animals|dogs|cats|pets)"
        r"|loves? (animals|dogs|cats|pets)",
    ),
]

VOCABULARIES = {
    "gender": [(value, re.compile(pattern, re.I)) for value, pattern in _GENDER],
    "setting": [(value, re.compile(pattern, re.I)) for value, pattern in _SETTING],
    "urgency": [(value, re.compile(pattern, re.I)) for value, pattern in _URGENCY],
    "duration": [(value, re.compile(pattern, re.I)) for value, pattern in _DURATION],
    "living_companions": [(value, re.compile(pattern, re.I)) for value, pattern in _COMPANIONS],
    "pets": [(value, re.compile(pattern, re.I)) for value, pattern in _PETS],
}
_YES = re.compile(r"^\W*(yes|y|true|agreed|required|in place|applies)\b", re.I)
_NO = re.compile(r"^\W*(no|n|none|false|not (required|applicable|in place)|n/a)\b", re.I)
_AGE = re.compile(
    r"\b(?:aged?\s*)?(\d{1,2})\s*(?:-|\s)?(?:years?|yrs?|y/?o)\b(?:[\s-]*old)?"
    r"|\baged\s+(\d{1,2})\b",
    re.I,
)


_NEEDED_BY = [
    (
        "today",
        r"\b(today|tonight|same[- ]day|immediate\w*|asap|now|this (morning|afternoon|evening))\b",
    ),
    (
        "within_5_days",
        r"within (a|one|1) week|this week|within ([1-5]|two|three|four|five) (working )?days",
    ),
    ("later", r"\b(later|next month|weeks|months|planned)\b"),
]


def read_needed_by(text: str) -> str | None:
    """A form's own needed-by answer in words ("Within 5 days", "Today")."""
    for value, pattern in _NEEDED_BY:
        if re.search(pattern, text, re.IGNORECASE):
            return value
    return None


def ticked_text(value: str, options: list[tuple[str, bool]]) -> str:
    """The words that answer: the ticked options if there are tick boxes, else the text."""
    if options:
        return " / ".join(text for text, ticked in options if ticked)
    return value


# "Secure accommodation is not sought", "not suitable for residential": ruled out.
_NOT_SOUGHT = re.compile(
    r"\b(is|are)? ?(not|no longer) (being )?(sought|needed|required|requested|suitable"
    r"|appropriate|recommended|considered)\b|\brather than\b"
    r"|\bnot what (we|they|she|he|the (child|young person)|(his|her|their) (plan|care plan))\b"
    # "Thank you for your referral, received today": when the paper came, not the placement
    r"|\b(referral|request|email|message|form)s?,? (which )?(was |were |has been )?(received"
    r"|logged|sent|submitted)( on| at)? (today|this (morning|afternoon|evening))\b",
    re.IGNORECASE,
)


# "Step down from secure to a residential home", "a move from residential into foster
# care": the setting the child moves from is history; the one after "to" is asked for.
_FROM_TO = re.compile(
    r"\b(step(?:ping|ped)?[- ]?down|mov(?:e|ing)|transition(?:ing)?|progress(?:ing)?)"
    r"\s+from\s+[^.;:,]{1,60}?\s+(to|into)\b",
    re.I,
)


# "Step Down: Residential to Family-Based Care": a step-down's title names where from,
# then where to, with no "from".
_STEP_DOWN_TO = re.compile(
    r"\b(step(?:ping|ped)?[- ]?down)\s*[:\-\u2013]?\s+(?!from\b)[^.;:,]{1,60}?\s+(to|into)\b",
    re.I,
)


def _moving_to(text: str) -> str:
    text = _FROM_TO.sub(lambda found: f"{found.group(1)} {found.group(2)}", text)
    return _STEP_DOWN_TO.sub(lambda found: f"{found.group(1)} {found.group(2)}", text)


def request_text(text: str) -> str:
    """The clauses of ``text`` that describe the placement sought, not the history."""
    text = _moving_to(text)
    clauses = re.split(
        r"(?<=[.;!?])\s+|\n+|,\s+(?:and\s+)?(?=(?:she|he|they|who|but)\b)|\s+[-\u2013]\s+|\s*\(",
        text,
    )
    kept = [
        clause
        for clause in clauses
        if not _NOT_SOUGHT.search(clause)
        and (
            not _HISTORY_CLAUSE.search(clause)
            or (
                _REQUEST_CLAUSE.search(clause.split(",")[0])
                and not re.search(
                    r"\b(current|previous|prior|former|last)\w*\s+\w*\s*placement", clause, re.I
                )
            )
        )
    ]
    return " ".join(kept)


_UNSUITABLE = re.compile(
    r"\b(not (suitable|recommended|appropriate|considered)|unsuitable|inappropriate|no)\b", re.I
)


# A line under "What needs to happen?" that opens with the home itself: "A children's home
# outside London with a small group, from 1 December.", "An experienced foster family".
HOME_FIRST = (
    r"^\W*(?:an?|one) (?:[\w'-]+ ){0,3}?(?:children's home|foster (?:family|home|carers?)"
    r"|residential (?:home|placement)|family (?:home|placement))"
)
# A line that opens with the request's own words, two or more of them: "Planned, long
# term, brother and sister together, from 1st December.", "Emergency, short term: ..."
REQUEST_WORDS_FIRST = (
    r"^\W*(?:(?:planned|emergency|urgent|same[- ]day|permanent|short[- ]term|long[- ]term"
    r"|respite)\b[\s,;/&:-]*(?:and\s+)?){2,}"
)
_SEEKING = re.compile(
    r"\b(need|needs|needed|require[sd]?|seek\w*|sought|looking for|request\w*|referral for"
    r"|referring for|ask(?:s|ing|ed)? for|would benefit from|plan is|recommend\w*|step[- ]down to"
    r"|move (in)?to|moving (in)?to"
    r"|consider|ideally|preferabl[ey]|would prefer|(?:can|could) you offer|you (?:can|could) offer"
    r"|able to offer"
    # a recommendation: "Accommodate both children with a short-term foster family"
    r"|(?:(?:to|should|will|must|can) be accommodated|accommodate|accommodating)"
    r"(?=[^.]{0,80}\b(?:foster\w*|home|carers?|family|placement)\b)"
    rf"|{HOME_FIRST}|{REQUEST_WORDS_FIRST})\b",
    re.I,
)
_PLACEMENT_WORD = re.compile(r"\b(placement|bed|home)\b", re.I)
# "16+ Supported Accommodation Referral", "Residential request form": a title naming the
# kind of referral names the setting asked for.
_TITLE = re.compile(r"^[^.!?:;,]{0,50}\b(referral|request)( form)?\W*$", re.I)


def requested_setting(text: str) -> Setting | None:
    """The setting a passage asks for, sentence by sentence, from the words asking on:
    "We are looking for a foster family (not residential)"; "She has been in residential
    care since 2023 and now needs foster care" asks for fostering; "... secure is not what
    we need now" asks for nothing. One setting asked for, or None."""
    asked: list[Setting] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", _moving_to(text)):
        seeking = _SEEKING.search(sentence)
        if seeking:
            # "An emergency foster placement is needed": the words before ask too, unless
            # they tell the history ("She has been in residential care ... and now needs")
            head = sentence[: seeking.start()]
            part = sentence[seeking.start() :] if _HISTORY_CLAUSE.search(head) else sentence
            request = request_text(part)
        elif (
            _PLACEMENT_WORD.search(sentence) or _TITLE.match(sentence)
        ) and not _HISTORY_CLAUSE.search(sentence):
            request = sentence  # "A foster placement, planned, from 07/12/2026."
        else:
            continue
        found = read_choice("setting", request)
        if not found and seeking and _CARERS.search(request):
            found = [Setting.FOSTERING]  # "We are looking for carers for Leo"
        for value in found:
            if value not in asked:
                asked.append(value)
    return asked[0] if len(asked) == 1 else None


# Carers asked for, in a sentence naming no setting, are foster carers.
_CARERS = re.compile(r"\b(?<!young )(?<!parent )carers?\b", re.I)


def suitable_text(text: str) -> str:
    """A setting-suitability answer without the settings it rules out: "Foster care -
    suitable; Residential - not suitable" is "Foster care - suitable"."""
    if not re.search(r"suitab|recommend|appropriate", text, re.I):
        return text
    pieces = re.split(r"[;\n]|,\s+(?=[A-Z])|\.\s+", text)
    kept = [piece for piece in pieces if not _UNSUITABLE.search(piece)]
    return "; ".join(kept) if kept else text


def describes_history(label: str) -> bool:
    """A label about the current or earlier placements ("Current placement")."""
    return bool(label) and bool(_HISTORY_CLAUSE.search(label))


def read_choice(vocabulary: str, text: str) -> list:
    """Every distinct value of ``vocabulary`` the text names, in order of appearance."""
    hits = []
    for value, pattern in VOCABULARIES[vocabulary]:
        match = pattern.search(text)
        if match:
            hits.append((match.start(), value))
    seen: list = []
    for _start, value in sorted(hits, key=lambda hit: hit[0]):
        if value not in seen:
            seen.append(value)
    if vocabulary == "gender" and len(seen) > 1 and len(text.split()) > 3:
        return seen[:1]  # in a sentence, the first word for a gender is the child's
    if vocabulary == "setting":
        seen = [value for value in seen if not _ruled_out(value, text)]
        preferred = [value for value in seen if _preferred(value, text)]
        if len(seen) > 1 and len(preferred) == 1:
            return preferred  # "Foster (preferred) / residential"
        if not seen and _SOLO.search(text):
            return [Setting.RESIDENTIAL]  # "Solo", "sole occupancy": a home of one's own
        if Setting.PARENT_AND_CHILD in seen and not _OPTIONS_LEFT.search(text):
            return [Setting.PARENT_AND_CHILD]  # a parent-and-child foster or residential place
    if vocabulary == "duration" and len(seen) == 2 and _LONG_TERM_PERMANENT.match(text):
        return [value for value in seen if str(value) == "long_term"]
    if vocabulary == "duration" and len(seen) == 2 and _THEN_MAYBE.search(text):
        return seen[:1]  # "Short term, possibly long term": it starts as the first
    return seen


# "Short term, possibly long term", "short-term (may become long-term)": what the placement
# is to begin with, and what it might become
_THEN_MAYBE = re.compile(
    r"^\W*[\w -]{3,20}?[,(-]?\s*\(?(possibly|maybe|perhaps|potentially|could|may|might"
    r"|likely to|with a view to)\b[\w ]{0,20}?\b(long|short)[- ]?term\b",
    re.I,
)
# "Long-term / permanent", "long term or permanence": one answer (a long-term placement
# meant to last), not two options left undeleted; a third option left in stays unclear.
_LONG_TERM_PERMANENT = re.compile(
    r"^\W*long[- ]?term\s*(/|or|and|-)\s*(permanen\w*|permanency)\W*$"
    r"|^\W*(permanen\w*|permanency)\s*(/|or|-)\s*long[- ]?term\W*$",
    re.I,
)


# A solo placement names no setting of its own ("solo foster placement" is fostering);
# alone it is a children's home for one.
_SOLO = re.compile(r"^\W*(solo|sole)\W*$|\b(solo|sole|single) (placement|occupancy)\b", re.I)
# "Foster / Residential / Parent & Child (delete as appropriate)": options, not a choice.
_OPTIONS_LEFT = re.compile(r"delete as appropriate|\w\s*/\s*\w.*\s/\s", re.I)
# "Foster care: Not suitable. Residential care: Suitable": a setting ruled out.
_RULED_OUT = re.compile(
    r"^[\s\w'-]{0,12}?[:\-\u2013(]?\s*(not suitable|unsuitable|not (required|appropriate"
    r"|considered|recommended)|n/a\b|\u2717|\u2718"
    # "Foster: no", but not "a foster family with no other children" (what the home is like)
    r"|no\b(?!\s+(?:other|more|younger|older|pets?|animals?|children|siblings|smok\w*)\b))",
    re.I,
)


# "a foster family (not residential)", "rather than a children's home": ruled out before.
_NOT_BEFORE = re.compile(
    r"(\bnot|\bno|\bnever|rather than|instead of|other than|\bnor|unsuitable for|not suitable for"
    # the home the child is leaving: "wants to leave residential care", "stepping down from
    # her children's home"
    r"|\bleav(?:e|es|ing)|\bstep(?:s|ped|ping)? down from|\bmov(?:e|es|ed|ing) (?:on )?from"
    r"|\bcom(?:e|es|ing) out of)"
    r"\s+(an?\s+|the\s+|to\s+|(?:her|his|their)\s+)?(\w+\s+)?$",
    re.I,
)


_PREFERRED = re.compile(r"^\s*[(-]?\s*(preferred|preference|first choice|ideally)\b", re.I)


def _preferred(setting: Setting, text: str) -> bool:
    for value, pattern in VOCABULARIES["setting"]:
        if value is setting:
            return any(_PREFERRED.match(text[match.end() :]) for match in pattern.finditer(text))
    return False


def _ruled_out(setting: Setting, text: str) -> bool:
    for value, pattern in VOCABULARIES["setting"]:
        if value is setting:
            return all(
                _RULED_OUT.match(text[match.end() :])
                or _NOT_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
                for match in pattern.finditer(text)
            )
    return False


def both_left(text: str) -> bool:
    """ "Yes / No" left whole: a delete-as-appropriate answer nobody deleted."""
    return bool(re.search(r"\byes\s*/\s*no\b|\bno\s*/\s*yes\b", text, re.I))


def read_yes_no(text: str) -> bool | None:
    if re.search(r"\byes\s*/\s*no\b|\bno\s*/\s*yes\b", text, re.I):
        return None
    if _YES.search(text):
        return True
    if _NO.search(text):
        return False
    return None


def ages(text: str) -> list[int]:
    return [int(match.group(1) or match.group(2)) for match in _AGE.finditer(text)]


_YEAR_GROUP = r"(?:year|yr|y)\s*\d{1,2}|reception|nursery|sixth form"
_NOT_A_SCHOOL = re.compile(
    r"^\W*(none|n/?a|nil|neet|not (currently )?(in|attending|on roll)|no school|awaiting"
    r"|attends (a )?nursery|home[- ]educated|elective home|pre-?school|not of school age"
    r"|not applicable|no education|education (is )?(provided|delivered)|tuition)\b",
    re.I,
)
# "Kai attends Chase Terrace Academy and is in Year 9": the school is what is attended.
_ATTENDS = re.compile(
    r"\b(?:attends|attending|goes to|is at|pupil at|(?:is )?on roll at|student at|studies at"
    r"|enrolled at|(?:is )?in (?:year|yr|y)\s*\d{1,2} at"
    # spoken: "Jack's at Range High School", "school is Harrytown High"
    r"|\w+['\u2019]s at|(?:his|her|their|the)? ?school is)\s+(.+)$",
    re.I,
)


# A child not at school, in the form's own words: "Not in education", "NEET", "Not of
# school age", "Not yet in school", "Home educated", "Not applicable (baby)".
_NOT_AT_SCHOOL = re.compile(
    r"^(neet|not (currently |yet )?(in|attending|on roll at|enrolled (in|at))( (any |a )?"
    r"(education|school|nursery|college|provision|training))?|not of school age"
    r"|not (yet )?(of )?school age|not applicable \([\w-]+\)|home[- ]educated"
    r"|elective home education"
    r"|pre-?school age)(?!\w)",
    re.I,
)
_ANSWER_LEAD = re.compile(r"^\W*(n/?a|none|no)\s*[-\u2013:,]\s*(?=\S)", re.I)


def not_at_school(text: str) -> str | None:
    """The form's own short words when the answer says the child is at no school
    ("Not in education (PRU place withdrawn)" is "Not in education", "N/A - NEET,
    tutoring sought" is "NEET"); a one-word bracket stays ("Not applicable (baby)")."""
    text = _ANSWER_LEAD.sub("", " ".join(text.split())).lstrip(" -\u2013\u2014:")
    if not _NOT_AT_SCHOOL.match(text):
        return None
    bracketed = re.match(r"not applicable \([\w-]+\)", text, re.I)
    if bracketed:  # a bare "not applicable" says nothing: its one-word bracket stays
        return bracketed.group(0)
    short = re.split(r"\s*\(|[;,]|\s[-\u2013]\s|\s+since\b|\.(?:\s|$)", text)[0]
    return short.strip(" .") or None


def school_name(text: str) -> str | None:
    """The school's name alone: "Hartsdown Academy - Year 8", "Leeds West Academy Yr 10",
    "Year 6 at Greenfields Primary" are the school; "Not in education (NEET)" is none."""
    text = " ".join(text.split())
    text = re.sub(r"^(?:yes|y)\b\W*", "", text, flags=re.I)  # "Yes - Hamilton Academy"
    if _NOT_A_SCHOOL.match(text):
        return None
    # "Hamstead Hall Academy (on roll; attending 40%)": the bracket remarks on the school
    attended = _ATTENDS.search(re.sub(r"\s*\([^()]*\)", "", text))
    if attended:
        text = re.split(r"\s(?:and|but|where|since|though)\s|\.(?:\s|$)", attended.group(1))[0]
    at = re.match(rf"^(?:{_YEAR_GROUP})\s*(?:at\b|in\b|,|-)\s*(.+)$", text, re.I)
    if at:
        text = at.group(1)
    # "The Priory School, Hitchin": a town after the comma is part of the name
    # "College of Haringey, Enfield and North East London": so are the places it names
    text = re.sub(
        r",\s(?=[A-Z][a-z]+(?:(?: and| &)? [A-Z][a-z]+)*\s*(?:$|[;(\n]|\s[-\u2013]\s))",
        "\x00",
        text,
    )
    text = re.split(r"[;(\n]|[,:]\s|\s[-\u2013]\s", text)[0].replace("\x00", ", ")
    # "Harrytown High and she needs to stay there": the name ends where a clause starts
    # ("Saints Peter and Paul School" goes on with a name)
    text = re.sub(r"\s+(?:and|but|where|which|who|so)\s+(?=[a-z]).*$", "", text)
    # "Oakwood Primary, Year 4" loses its year group; "Little Acorns Nursery" keeps its name
    text = re.sub(r"[\s,]+(?:(?:year|yr|y)\s*\d{1,2}|sixth form)\b.*$", "", text, flags=re.I)
    text = re.sub(r"\s*,\s*(?:reception|nursery)\b.*$", "", text, flags=re.I)
    # "Woodbank Primary School R", "... Primary Reception": the Reception class after the name
    text = re.sub(r"\b(School|Academy|Primary|Infants|Juniors)\s+(?:R|Reception)$", r"\1", text)
    return text.strip(" ,.-") or None


def current_is_first(text: str) -> bool:
    """ "She has lived with her current carers since 2019; it is her first placement": the
    placement the child is leaving is their first, so one placement comes before this one."""
    return bool(
        re.search(r"\b(first|only) (placement|time in care)", text, re.I)
        and re.search(
            r"\b(current(ly)?|present(ly)?|has (lived|been living|been placed|been with)"
            r"|is (living|placed) with|since (19|20)\d\d|(is|remains) in (his|her|their) first"
            # "Placed in the reception centre since arrival", "carers since 30 October"
            r"|placed (in|with)|carers since|since (arrival|arriving|birth|\d{1,2}\b)"
            # "Foster carers (Paignton), 2023 - now": a span that runs to today
            r"|(19|20)\d\d\s*(-|\u2013|to)\s*(now|present|date))\b",
            text,
            re.I,
        )
    )


_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
_IN_PLACEMENT = re.compile(
    r"\b(?:is|are|has been|have been)\s+(?:currently\s+|now\s+|still\s+)?(?:living\s+)?in\s+"
    r"(?:his|her|their|the)\s+(" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:\w+\s+)?placement",
    re.I,
)


# "Current carers since March 2026 - his second placement", "Third placement (two foster
# placements, now semi-independent)": the ordinal of the placement the child is in now.
_ORDINAL_PLACEMENT = re.compile(
    r"\b(" + "|".join(_ORDINAL_WORDS[1:]) + r"|\d{1,2}(?:st|nd|rd|th))\s+(?:\w+\s+)?placement\b",
    re.I,
)
_NOW = re.compile(r"\b(current(ly)?|now|since)\b", re.I)
_THE_NEXT = re.compile(r"\b(will|would|next|this is|it is|to be)\b", re.I)


def current_placements(text: str) -> int | None:
    """Placements so far when the child is in one now: "she is currently in her second
    placement" is 2, the current one counted; "her current carers ... first placement" is 1."""
    match = _IN_PLACEMENT.search(text)
    if match is None and _NOW.search(text) and not _THE_NEXT.search(text):
        match = _ORDINAL_PLACEMENT.search(text)
    if match:
        word = match.group(1).lower()
        return _ORDINAL_WORDS.index(word) + 1 if word in _ORDINAL_WORDS else int(word[:-2])
    return 1 if current_is_first(text) else None


# A setting row's verdict: "Foster care | Suitable" (or a tick), "Residential | Not suitable".
SUITABLE_VERDICT = re.compile(
    r"^\W*(suitable|recommended|preferred|appropriate|yes|y|required|needed"
    r"|[x\u2713\u2714\u2612\u2611])\W*$",
    re.I,
)
NOT_SUITABLE_VERDICT = re.compile(
    r"^\W*(not (suitable|recommended|appropriate|required|needed|considered)|unsuitable"
    r"|inappropriate|no|n|n/?a|[\u2610])\W*$",
    re.I,
)
