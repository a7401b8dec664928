"""Which questions the document itself answers, so the draft never asks the LA for them.

A form's label with a real answer (not blank, "unknown" or "TBC") answers its question
even when the reader cannot place the value ("Family time: as per the care plan",
"Placement history: see the chronology"): the LA has told us what it knows, and asking
again is the wrong question an LA stops reading. A question is kept only where the label
is absent or its answer is empty or unknown.
"""

from __future__ import annotations

import re

from hearth_referrals.documents.builder import DraftBuilder
from hearth_referrals.documents.rules import values
from hearth_referrals.documents.rules.history import family_time as arrangements_in
from hearth_referrals.documents.rules.history import first_placement
from hearth_referrals.documents.rules.labels import NOT_KNOWN
from hearth_referrals.documents.rules.risk_states import says_nothing

__all__ = [
    "about_someone_else",
    "explicit_gap",
    "mark_answered",
    "mark_label_topics",
    "mark_risks_answered",
    "mark_sentence_topics",
    "real_answer",
]

_NOT_AN_ANSWER = re.compile(
    r"^\W*(unknown|not known|n/?k|tbc|tba|to be (confirmed|advised|agreed)|\?+|-+|x)?\W*$",
    re.IGNORECASE,
)
# An explicit gap that says when the answer will come: "To follow", "TBC after court on
# Friday", "Awaiting information from mum", "Not yet known", "Details to follow".
_GAP_START = re.compile(
    r"^\W*(([a-z]+ ){0,3}(details|information|info) (will follow|to follow|to be confirmed|awaited)"
    r"|(this|details) (will follow|to follow|to be confirmed|awaited)"
    r"|to follow|will follow|will be (confirmed|sent|provided|advised|updated)"
    # a checklist's item marked as not given: "not provided", "not supplied"
    r"|not (yet )?(provided|supplied|given|included)(?=\W*$)"
    r"|(i |we )?will (send|forward|provide|confirm|follow up|update)\b"
    r"|tbc|tba|to be (confirmed|advised|agreed|decided|determined|clarified|established"
    r"|discussed)"
    # "Not yet - awaiting the paediatric review", "Not yet, after the hearing"
    r"|not yet(?=\W*$|\s*[-\u2013,;:(])"
    # a dictated "I'll have to check the history": an answer owed
    r"|(i|we)('ll| will| would|'d)? (have|need) to (check|confirm|find out)"
    r"|(i|we)('ll| will) (check|confirm|find out)"
    # "Several - list to follow", "Some, details awaited": how many is not said either
    r"|(several|some|a few|many|various|multiple|numerous)\W+([a-z]+ ){0,2}(to follow|awaited"
    r"|tbc|to be confirmed)"
    r"|unknown|not (yet )?(known|confirmed|decided|agreed|stated|provided|recorded|given"
    r"|discussed|asked|clear|completed|filled in|answered)|left blank"
    # "don't know yet", "caller didn't know", "not sure": whoever was asked could not say
    # "Sinead didn't know, midwife to ring": the worker named, and who will say
    r"|((i|we|they|caller|edt|[a-z]+)\s)?((don'?t|do not|didn'?t|did not|doesn'?t|does not) know"
    r"|not sure|no idea)(?=(\s+(yet|tonight|today|at present|currently|for sure))?"
    r"(\W*$|\s*[,;\-\u2013]))"
    r"|awaiting(\W*$| (further )?(information|details|confirmation|court|the court|a decision"
    r"|decision|response|reply|update))|pending(\W*$| (court|information|confirmation))"
    r"|no information( (available|yet|at present|held))?|(currently )?being (confirmed|checked)"
    # "Depends on the court - next hearing 9 December": waits on an event
    r"|(it )?(depends|dependent|depending|contingent) on"
    # "Family time under review by the court", "Contact to be discussed at the LAC review"
    r"|((family time|contact|arrangements)( arrangements)?( is| are)? )?(currently )?"
    r"(under review|being reviewed|to be (discussed|reviewed|decided)))\b",
    re.IGNORECASE,
)
# Said aloud, however long the reason after it: "Honestly it's being reviewed, it's to be
# confirmed after the review next month", "Well, that's to be decided".
_SPOKEN_GAP = re.compile(
    r"^\W*((honestly|well|so|erm|um|ah)\W+)?(it'?s|it is|that'?s|that is) (still )?"
    r"(being reviewed|under review|to be (confirmed|decided|agreed)|not (known|decided|agreed)"
    r"( yet)?)\b",
    re.IGNORECASE,
)


# The writer has not got the information yet: "I haven't got her placement history to hand",
# "we do not have his school details yet".
_NOT_TO_HAND = re.compile(
    r"\b(?:ha(?:ve|s)(?: not|n['\u2019]t) got|do(?:es)?(?: not|n['\u2019]t) (?:yet )?have)\b"
    r"[^.;]{0,60}\b(?:to hand|yet|at (?:the moment|present)|currently)\b"
    r"|\bnot (?:yet )?to hand\b"
    # "Health information for Noah to follow from the health visitor": not sent yet
    r"|\b(?:information|details|info)\b[^.;]{0,30}\bto follow\b"
    # "Legal status and placement history were not on the LA's request": not given at all
    r"|\b(?:was|were|is|are) not (?:on|in) the (?:\w+['\u2019]s )?(?:request|referral|form"
    r"|tracker|paperwork)\b"
    r"|\b(?:(?:was|were|is|are) (?:not|never)|ha(?:ve|s)(?: not|n['\u2019]t| never) been)"
    r" (?:given|provided|included|supplied|filled in|completed)\b",
    re.IGNORECASE,
)


def explicit_gap(value: str) -> bool:
    """The answer says it is not known yet: short, and starting with a gap's words."""
    text = (value or "").strip()
    # "TBC - depends on the outcome of the hearing on 26.11.26": however long the reason
    return bool(_SPOKEN_GAP.match(text)) or (
        bool(_GAP_START.match(text))
        and (len(text.split()) <= 9 or bool(_NOT_YET_THEN_WHY.match(text)))
    )


_NOT_YET_THEN_WHY = re.compile(
    r"^\W*(tbc|tba|to be confirmed|to follow)\s*([-\u2013:(]"
    # "To be confirmed once the legal planning meeting has taken place": when it will be known
    r"|(once|when|after|following|pending|until)\b(?![^.]*\b(currently|for now|at present"
    r"|in the meantime|meanwhile)\b))",
    re.I,
)


# "aged 17", "17 yrs", "age 9, male": an age where a date of birth was asked
_ONLY_AN_AGE = re.compile(
    r"^\W*(aged?\s*)?\d{1,2}\s*(yrs?|years?( old)?)?"
    r"\s*([,;/-]\s*(male|female|boy|girl|m|f)\b)?\W*$",
    re.I,
)
# The questions (completeness pointers, under /children/N or /placement) a field answers.
_CHILD_QUESTIONS = {
    "family_time": ["family_time"],
    "no_contact": ["family_time"],
    "history": ["placement_history"],
    "placements_count": ["placement_history"],
    "health": ["health_needs"],
    "disabilities": ["health_needs"],
    "school": ["school"],
    "school_name": ["school"],
    "legal_status": ["legal_status"],
    "gender": ["gender"],
    "dob": ["date_of_birth"],
    "communication": ["communication_needs"],
    # "Allergies: none known" or "penicillin": the form asked, and no animal is named
    "allergies": ["animal_allergies"],
}
_PLACEMENT_QUESTIONS = {
    "start_date": ["start_date"],
    "urgency": ["urgency"],
    "urgency_question": ["urgency"],
    "duration": ["duration"],
    "setting": ["setting"],
    "living_companions": ["living_companions"],
    "dol": ["deprivation_of_liberty"],
    "pets": ["pets"],
}
_OPTIONS_OFFERED = re.compile(r"\b(yes|y)\s*/\s*(no|n)\b|\b(no|n)\s*/\s*(yes|y)\b", re.I)
# "Risk | Response (each child)", "Risk | Details": the names of a grid's columns.
_COLUMN_NAMES = re.compile(
    r"^\W*(responses?|answers?|details|comments?|notes?|known\??|current|past|historic\w*"
    r"|suspected|evidence|description)(\s*(\(.{0,30}\)|[|/,]\s*\w+\??))*\W*$",
    re.IGNORECASE,
)
_GENERAL_NONE = re.compile(r"^\W*(none|no|nil|not)\b", re.IGNORECASE)
_RISK_LABEL = re.compile(r"\b(risks?|vulnerabilit\w*|behaviours?|concerns)\b", re.IGNORECASE)


def real_answer(value: str) -> bool:
    """The answer says something: not blank, "unknown", "TBC", "to follow" or a dash
    ("Not known to have been looked after before" says there is no history)."""
    if first_placement(value or ""):
        return True
    return not (_NOT_AN_ANSWER.match(value or "") or explicit_gap(value))


def family_time_unknown(value: str) -> bool:
    """ "Not known - SW to advise Monday. No contact with mum's partner.": the arrangements
    are not known; whom the child must not see does not answer them."""
    clauses = re.split(r"(?<=[.;])\s+", (value or "").strip())
    # "Father not known; family time to be discussed": the arrangements are still owed
    owed = [
        _FAMILY_TIME_SUBJECT.sub("", clause, count=1)
        for clause in clauses[1:]
        if _FAMILY_TIME_SUBJECT.match(clause)
    ]
    return explicit_gap(clauses[0]) or any(explicit_gap(clause) for clause in owed)


_FAMILY_TIME_SUBJECT = re.compile(
    r"^\W*(family time|contact)( arrangements?)?\s+(is\s+|are\s+|will be\s+)?", re.I
)


def mark_answered(builder: DraftBuilder, field: str, value: str, *, every_child: bool) -> None:
    """Record the questions a labelled answer to ``field`` answers."""
    if not real_answer(value) or (field == "family_time" and family_time_unknown(value)):
        return
    if field == "start_date" and values.read_needed_by(value) not in (None, "today"):
        return  # "Needed by: within 5 days" answers how soon, not when it starts ("today" does)
    if field == "dob" and _ONLY_AN_AGE.match(value):
        return  # "DOB: aged 17": the age is read; the date of birth is still to be asked
    for name in _PLACEMENT_QUESTIONS.get(field, []):
        builder.answered.add(f"/placement/{name}")
    if field.startswith("social_worker."):  # "social_worker.email": how to reach them
        builder.answered.add("/" + field.replace(".", "/"))
        if not field.endswith(".name"):
            builder.answered.add("/social_worker")
    names = _CHILD_QUESTIONS.get(field, [])
    indexes = range(len(builder.children)) if every_child else [builder.current]
    for index in indexes:
        for name in names:
            builder.answered.add(f"/children/{index}/{name}")


def mark_risks_answered(builder: DraftBuilder, label: str, value: str, key=None) -> None:
    """A risk's own answer, or a general "Risks" box with something in it: the general
    question about the child's risks is answered (each risk's own only by its answer)."""
    if (
        not real_answer(value)
        or says_nothing(value)  # "left blank", "GREY (not assessed)": still to be asked
        or _OPTIONS_OFFERED.search(value)
        or _COLUMN_NAMES.match(value)
    ):
        return  # "Risk | Known? (Yes / No / Historical)": a grid's header, not an answer
    if key is None and (not _RISK_LABEL.search(label or "") or _GENERAL_NONE.match(value)):
        return  # a general "none known" does not say which risks were considered
    if key is None and _ABOUT_ANOTHER.search(label):
        return  # "Mother's risks" are not the child's
    if key is None and _per_child_answer(builder, value):
        return  # "Ruby - No. Theo - No. Poppy - to be confirmed": each child's own part
    base = f"/children/{builder.current}/risks"
    builder.answered.add(base)
    if key is not None:
        builder.answered.add(f"{base}/{key[0]}/{key[1]}")


def _per_child_answer(builder: DraftBuilder, value: str) -> bool:
    """One cell answering for several children by name ("Ruby - No. Theo - Yes ...")."""
    names = [
        str(found.value)
        for child in builder.children
        for found in [child.fields.get("first_name")]
        if found is not None and found.value
    ]
    opened = [name for name in names if re.search(rf"\b{re.escape(name)}\s*[-:\u2013]", value)]
    return len(opened) >= 2


# Labels the reader has no field for but that plainly ask one of the gap questions
# ("Arrangements for seeing family", "Care history", "Medical information").
_LABEL_TOPICS = [
    ("family_time", r"\b(family time|contact|seeing (family|parents)|family (contact|links))\b"),
    (
        "placement_history",
        r"\b(placement|care) (history|moves|changes|episodes?)|previous (placements?|carers?|care)"
        r"|placements? (to date|so far)|moves in care|care journey|how many (previous )?placements"
        r"|number of (previous )?placements|^(care )?history$|^current (placement|carers)\b"
        r"|^placements( so far| to date| in care)?$"
        r"|(current )?living (arrangements?|situation)|where (has|does) the (child|young person)"
        r" (lived|live)|lived before",
    ),
    ("health_needs", r"\b(health|medical|medication|diagnos\w*|disabilit\w*|wellbeing)\b"),
    ("school", r"\b(school|education\w*|college|nursery|learning provision|eet|training)\b"),
    ("legal_status", r"\blegal (status|order|basis|framework)\b"),
    ("gender", r"\b(gender|sex)\b"),
    ("date_of_birth", r"\b(d\.?o\.?b|date of birth)\b"),
    ("category_of_need", r"\b(category of need|cin category|need code|primary need)\b"),
]
# "Health visitor", "School nurse", "Education officer": a professional in a contacts list,
# whose name answers no question about the child.
_A_ROLE = re.compile(
    r"\b(visitor|nurse|worker|officer|co-?ordinator|manager|advis[eo]r|therapist|practitioner"
    r"|consultant|paediatrician|psychologist|psychiatrist|liaison|lead)s?\s*$",
    re.IGNORECASE,
)
_ABOUT_ANOTHER = re.compile(
    r"\b(parents?'?s?|mother'?s?|mum'?s?|father'?s?|dad'?s?|carers?'?s?|sibling'?s?|referrer)\b",
    re.IGNORECASE,
)


def mark_label_topics(builder: DraftBuilder, label: str, value: str) -> None:
    """A label with no field of its own that asks a gap question, with a real answer."""
    if not label or not real_answer(value) or _A_ROLE.search(label) or NOT_KNOWN.match(label):
        return  # "Don't know school or past placements: ...": the topic is still a gap
    for topic, pattern in _LABEL_TOPICS:
        if not re.search(pattern, label, re.IGNORECASE):
            continue
        if topic != "family_time" and _ABOUT_ANOTHER.search(label):
            continue  # "Mother's health" is not the child's
        builder.answered.add(f"/children/{builder.current}/{topic}")


# Sentences that answer a gap question in words, wherever they stand: under a label the
# reader has no field for, in an email body, or in the answer to another label ("Kai
# attends Chase Terrace Academy", "no known health needs", "this will be her first time
# in care", "sees her mum at weekends").
_FAMILY = (
    r"(mum|mother|dad|father|nan|nana|gran\w*|grandparents?|siblings?|brothers?|sisters?"
    r"|aunt|uncle|parents?)"
)
_SENTENCE_TOPICS = [
    (
        "school",
        r"\b(attends|attending|goes to|is at|on roll (at|with)|enrolled (at|with)|pupil at"
        r"|student at|studies at|place at)\b[^.;]{0,60}\b(school|academy|college|nursery|primary"
        r"|high|provision|pru|unit)\b"
        r"|\b(not (attended|been to|been in) (school|education|college)|school attendance"
        r"|attendance (at school|is (poor|good|low))|permanently excluded"
        r"|fixed[- ]term exclusion)\b"
        r"|\b(reduced timetable|excluded from|alternative provision|on roll"
        r"|(in|at) (year|yr) \d{1,2}|sixth form)\b"
        r"|\b(not (currently |yet )?(in|attending|on roll|enrolled)( (at|in|with))? (any )?"
        r"(education|school)|neet|home[- ]educated|elective home education|out of (education"
        r"|school)|education (is )?(provided|delivered)|no school place|not of school age)\b",
    ),
    (
        "health_needs",
        r"\bno (known |current |ongoing |significant )?(health|medical) (needs|concerns|issues"
        r"|problems|conditions)|\bno concerns (about|regarding|with|for) (his|her|their)"
        r" (physical |mental |emotional )?health"
        r"|\b(in good health|physically (fit|well)|fit and (well|healthy)|no diagnos\w+"
        r"|diagnos\w+|medication|registered with (a |his |her |their )?gp|health needs?"
        r"|medical needs?|asthma|eczema|epilep\w+|diabet\w+|adhd|autis\w+"
        r"|(is|are|remains) (healthy|well)|(good|generally good) (physical )?health"
        r"|^\W*(healthy|well|fit and well)\b"
        # a message's shorthand: "Health fine; glasses.", "Health - all good"
        r"|^\W*health( is)?\W{0,3}(fine|good|ok|okay|all good|no (issues|problems|concerns))"
        r"|physically healthy|immunisations?)\b",
    ),
    (
        "family_time",
        r"\b(family time|contact (with|centre|arrangements?)|no contact|(phone|video|telephone)"
        rf" (calls?|contact) with|sees (his|her|their) {_FAMILY}|visits? (from|with|to) (his|her"
        rf"|their) {_FAMILY})\b|\b(speaks|talks|calls|phones|rings|facetimes|video[- ]calls|writes)"
        rf" (to |with )?(his|her|their) {_FAMILY}\b"
        rf"|\b{_FAMILY}\b[^.;]{{0,40}}\b(daily|weekly|fortnightly|monthly"
        r"|every (day|week|other|evening|sunday|saturday)|twice|three times|once a|alternate"
        r"|weekends?)\b",
    ),
    (
        "placement_history",
        r"\b((first|only) (time in care|placement|care episode)"
        r"|(not|never) been (in care|looked after)"
        r"|previous (placements?|carers?|care episodes?)|no (previous |prior |other )?(placements?"
        r"|care episodes?)( before)?|care episodes?|(one|two|three|four|five|six|seven|eight|nine"
        r"|ten|\d{1,2}) (previous |foster |residential |other )?placements?"
        r"|(second|third|fourth|fifth|sixth|seventh|\d{1,2}(st|nd|rd|th)) placement"
        r"|placement history|care history|in care since|looked after since"
        r"|(lived|living|been|placed) with (her|his|their) (current )?(foster )?carers"
        r"|(current|present) placement (since|with|began|started))\b"
        r"|\b(came|come|brought) into care|\b(currently|is|are|was) (placed|living) with\b"
        r"|\b(current|present) (foster )?(placement|carers?)\b|\bpreviously looked after"
        # "Jamie had one short foster placement in 2025", "Isla's third home in care",
        # "Neither child has been in care before"
        r"|\b(had|has had|have had) (one|two|three|four|five|\d{1,2})( \w+){0,2} placements?"
        r"|\b(first|second|third|fourth|fifth|sixth|\d{1,2}(st|nd|rd|th)) (home|move|placement)"
        r" (in|since coming into) care|\bneither\b[^.;]{0,30}\bbeen (in care|looked after)"
        # not a provider's "Notice of placement ending": the paper's title, no history told
        r"|\bkinship (arrangement|placement|care)"
        r"|(?<!notice of )(?<!notification of )(?<!notice of a )"
        r"\bplacement (is )?(ending|ended|breaking down"
        r"|has broken down|broke down|disrupted)|\b(lives|living|lived) (at home )?with (his|her"
        rf"|their|both) {_FAMILY}",
    ),
]
_SENTENCE_TOPICS.append(
    (
        "animal_allergies",
        r"\ballergic to\b[^.;]{0,40}\b(animals?|pets?|cats?|dogs?|horses?|rabbits?|hamsters?"
        r"|guinea pigs?|birds?|fur|pet hair|dander)\b|\bno (known )?allergies\b"
        r"|\bnot allergic to (any )?(animals|pets)\b",
    )
)
_EVERY_CHILD = re.compile(
    r"\b(both|all (the |three |four )?children|neither|each child|they|their|them)\b", re.I
)


_PRONOUNS = {"she", "he", "they", "i", "we", "it", "this", "there", "that", "who"}
_SUBJECT = re.compile(
    r"^\W*([A-Z][a-z'-]+)\s+(?:has|have|is|was|attends|goes|sees|will|does|had)\b"
)


def about_someone_else(builder: DraftBuilder, sentence: str) -> bool:
    """ "Mason has no health needs" in a referral for Chantelle: another person's answer."""
    subject = _SUBJECT.match(sentence)
    if subject is None or subject.group(1).lower() in _PRONOUNS:
        return False
    names = (builder.child.fields.get(key) for key in ("first_name", "known_as"))
    known = {str(found.value).lower() for found in names if found is not None}
    return bool(known) and subject.group(1).lower() not in known


def _sibling_named(builder: DraftBuilder, sentence: str) -> int | None:
    """The child, of several, a sentence is about by name ("Jayden has no health needs")."""
    subject = _SUBJECT.match(sentence)
    if subject is None or len(builder.children) < 2:
        return None
    for index, child in enumerate(builder.children):
        for key in ("first_name", "known_as"):
            found = child.fields.get(key)
            if found is not None and str(found.value).lower() == subject.group(1).lower():
                return index
    return None


# A form's section heading names a topic; it does not answer it ("Family time" over a
# blank "Family time arrangements" box).
_HEADING_ONLY = re.compile(
    r"^\W*((the )?(child'?s )?(family time|contact|education|health|school|placement history"
    r"|care history|legal status|risks?|risk assessment|family time arrangements)"
    r"( (details|information|summary|arrangements))?)\W*$",
    re.IGNORECASE,
)


# "Family time is to be discussed at the next review", "health not known tonight": the
# sentence names the topic to say it is not answered yet.
_SAYS_NOT_KNOWN = re.compile(
    r"\b(not (yet )?known|unknown|to be (discussed|confirmed|agreed|arranged|decided|established)"
    r"|not yet (agreed|decided|arranged|confirmed)|tbc)\b"
    # "Asked the LA for her school and care history", "still chasing the placement history":
    # an answer sent for, not given
    # (not the child's own "she has asked for more contact")
    r"|\b(asked|requested from) (the )?(la|local authority|council|social worker|sw|worker|team"
    r"|them)( for)?\b|\b(chasing|to chase|still awaiting|still waiting (for|on))\b",
    re.IGNORECASE,
)


def mark_sentence_topics(builder: DraftBuilder, label: str, value: str) -> None:
    """The gap questions a sentence answers in words (see ``_SENTENCE_TOPICS``)."""
    if not value or (not label and _HEADING_ONLY.match(value)):
        return
    another = bool(_ABOUT_ANOTHER.search(label or ""))  # "Mother's health: ..." is hers
    unknown_family_time = bool(
        label and re.search(r"family time|contact", label, re.I) and family_time_unknown(value)
    )
    for sentence in re.split(r"(?<=[.!?;])\s+", value):
        if not label and sentence.rstrip().endswith("?"):
            continue  # "And family time / previous placements?" asks; it does not answer
        sibling = _sibling_named(builder, sentence)
        if sibling is None and about_someone_else(builder, sentence):
            continue
        if not label and _NOT_TO_HAND.search(sentence):
            # "I have not got his placement history to hand - will send": still a question
            builder.not_to_hand.update(
                f"/children/{builder.current}/{topic}"
                for topic, pattern in _SENTENCE_TOPICS
                if topic != "family_time" and re.search(pattern, sentence, re.I)
            )
            continue
        for topic, pattern in _SENTENCE_TOPICS:
            # "Dad (abroad): video calls weekly": the person is named by the label
            said = f"{label} {sentence}" if another else sentence
            if (another and topic != "family_time") or not re.search(pattern, said, re.I):
                continue
            if topic == "family_time" and unknown_family_time:
                continue
            if _SAYS_NOT_KNOWN.search(sentence) and not (
                topic == "family_time" and arrangements_in(sentence)
            ):
                continue  # "health and family time not known tonight": still to be asked
            every = _EVERY_CHILD.search(sentence) and len(builder.children) > 1
            indexes = range(len(builder.children)) if every else [builder.current]
            if sibling is not None and not every:
                indexes = [sibling]  # "Jayden is in Year 3 at the same school"
            for index in indexes:
                builder.answered.add(f"/children/{index}/{topic}")
