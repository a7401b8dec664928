"""What a form's label asks for, whatever words the LA's form uses.

``field_for(label, part)`` names the referral field a label is the prompt of, taking
the form's Part into account ("Name" under "Social worker details" is the social
worker's name, under "Child's details" the child's).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "NOT_KNOWN",
    "OTHER_PEOPLE",
    "combined_fields",
    "field_for",
    "names_a_school",
    "names_a_team",
    "names_the_request",
    "role_of",
]

_ROLE_MANAGER = re.compile(r"\b(team manager|manager|tm|service manager|practice manager)\b", re.I)
# Who wrote or sent the form ("Recorded by", "Completed by"): the referrer, who is the
# worker unless someone else is named as the worker (extract.py).
AUTHOR = (
    r"(completed|recorded|written|prepared|requested|submitted|referred|sent|dealt with) by"
    r"|author"
    # a letterhead's "Please ask for", "Enquiries to", "Officer dealing": who wrote it
    r"|(please )?ask for|enquiries to|contact officer|officer dealing( with (this|the case))?"
    # a case system's "Raised by", "Logged by", "Created by": whoever started the request
    r"|(raised|logged|created|drafted|initiated|opened|compiled) by"
)
# "Case held by", "Allocated to", "Child open to": the worker the case is allocated to.
CASE_HOLDER = (
    r"((the )?(case|child|young person|family|referral)( is)? )?(held|allocated|assigned) (by|to)"
    r"|(the )?(case|child|young person|family)( is)? open to"
)
_ROLE_WORKER = re.compile(
    rf"\b(social worker|sw|allocated worker|referrer|referring worker|case holder|{CASE_HOLDER}"
    r"|lead professional|responsible worker|(allocated |lead )?practitioner|supervisee"
    rf"|case ?worker|key worker|worker|{AUTHOR})\b",
    re.I,
)
OTHER_PEOPLE = re.compile(
    r"\b(parent|mother|mum|father|dad|carer|iro|guardian|solicitor"
    r"|gp|doctor|health visitor|emergency duty|edt|placements? officer|placements? team"
    r"|duty (worker|officer|team|desk|inbox)|mailbox|brokerage|commissioning|agency"
    r"|placement finding|resource (team|panel)|art\b|access to resources"
    # the foster carers' own worker (an in-house or agency fostering team's)
    r"|supervising social worker|fostering (social worker|team)|ssw"
    # another service's worker: not the child's social worker
    r"|(support|youth|outreach|project|link|care|residential|early help|family|play|yot|yjs"
    r"|housing|health|school|drugs?|substance|camhs|mental health|advocacy) (key |support )?"
    r"worker|youth (offending|justice) (team |service )?(case )?(worker|manager|officer)"
    # a key worker is a service's (a unit's, a court team's, a custody's), never the one the
    # case is allocated to
    r"|key ?worker)\b",
    re.I,
)

# Order matters: the first match wins.
_LABELS: list[tuple[str, str | None]] = [
    (
        "risk_prompt",
        r"^(is there|are there|does (he|she|the child|the young person|they) have)\b"
        r".*\b(history|risk|concern)",
    ),
    (
        # "Risks, as the local authority describes them", "Risks - from the LA's records":
        # the risks heading, whose source named after it is not a field of its own
        "risk_prompt",
        r"^(known |identified |current )?risks?\s*(,|\u2013|-)?\s*(as|according to|from the"
        r"|per the|provided by|given by)\b",
    ),
    (
        "referral_date",
        r"(date of referral|referral date|date referred|date of request"
        r"|request date|date sent|date (form )?completed|completed on|^date$|application date"
        r"|date (referral|request) (made|sent|submitted|received)"
        r"|date of (application|this (referral|request|summary|extract|report|application|form))"
        # "Referral received by ART": the team that took the paper in named after it
        r"|(referral|request) (made|sent|submitted|completed|dated|received)( on)?$|^dated$"
        # "Referral from SW dated", "Request by the worker submitted": who sent it between
        r"|^(the )?(referral|request) (from|by) (the )?[\w'-]+( [\w'-]+)? (made|sent|submitted"
        r"|completed|dated)( on)?$"
        r"|^sent on$|^(date )?(received|rec'?d|recvd)( on)?$|^completed( on)?$"
        # a meeting record's "Sent to placements: 20/11/2026": the day the request went
        r"|^(date )?(sent|passed|referred)( on)? to (the )?(placements?|resources|commissioning"
        r"|sufficiency)( (team|service|panel|hub))?( on)?$"
        # "Sent to Access to Resources", "Forwarded to the brokerage hub": the act of sending
        # the paper on names the day, whoever it went to (referring a person is not it)
        r"|^(date )?(sent|passed|forwarded|emailed|submitted|issued|released|shared|returned"
        r"|handed|given)( back)?( on)? to"
        r" (the )?"
        r"[\w'&]+( [\w'&]+){0,3}( on)?$"
        # "Record sent to placements", "Placement request sent to Placements", "Summary sent
        # to placement search": the paper itself went, wherever it went
        # ("Request for accommodation sent to Placements": what was asked for, between)
        r"|^(the )?([\w'-]+ ){0,2}(record|minutes|notes|form|summary|request|referral|report"
        r"|profile|this)( (for|of) [\w'-]+( [\w'-]+){0,2})? (sent|passed|referred|forwarded|emailed"
        r"|released|shared)( on)? to"
        r" (the )?(placements?|resources|commissioning|sufficiency|brokerage|[\w'&]+( [\w'&]+){0,3}"
        r")( (team|service|panel|hub))?( on)?$"
        # "Recorded on: 19 November 2026", "Typed on": the day the record was made
        r"|^(recorded|typed|written up|logged)( on)?$"
        r"|^date of (the )?form$"
        r"|^form (completed|date)$"
        # an out-of-hours log: the shift it was written on is when the request came
        r"|^(shift|duty log|log)( date)?$|^date of (the )?(shift|log)$"
        # a telephone referral: the call is the request
        r"|^(phone |telephone )?call (taken|received|logged)( on| at)?$"
        r"|^date (and time )?of (the )?(phone |telephone )?call$|^call date$"
        # a provider's own enquiry sheet: the day the LA asked; an Eclipse "Date requested"
        r"|^(date of (the )?)?enquiry( date)?$|^enquiry (taken|received|made|logged) on$"
        r"|^date (of )?(the )?enquiry (taken|received|made)$|^date requested$"
        # the paper's own date: "Profile date", "Date of summary", "Date written"
        r"|^(profile|summary|request form|referral form|placement profile|notification|request"
        r"|referral|record) date$"
        # "Record completed and sent", "Form finalised and issued": the paper went out that day
        r"|^(the )?(record|form|minutes|notes|summary|report|profile|request|referral)"
        r" (completed|finali[sz]ed|written|agreed|signed off) (and|&) (sent|issued|circulated"
        r"|shared|distributed)( on)?$"
        # a framework call-off's "Date issued to framework providers": the request went out
        r"|^(date )?(issued|sent|circulated|released) to (the )?(framework |approved |all )?"
        r"(providers?|framework|market|agencies)( on)?$|^(issue date|date issued|date of issue)$"
        # "Date profile completed", "Date the form was returned": the paper's own day
        r"|^date (the |this )?(profile|form|request|referral|notification|summary|questionnaire)"
        r"( was)? (completed|written|made|sent|submitted|prepared|returned|issued)$"
        # a provider's questionnaire answered and sent back: "Date you are returning this form"
        r"|^date (you are |we are )?(returning|returned)( this| the)?( form| questionnaire)?$"
        r"|^(form |questionnaire )returned( on)?$|^date (form |questionnaire )?returned$"
        r"|^date of (the )?(profile|summary|referral form|request form)$|^date (written|typed)$"
        r"|^date (submitted|entered|created|logged|raised)$|^(created|submitted)( on| at)?$"
        # a conference or panel summary's own date: the day it went out
        r"|^(summary|minutes|notes|record|outcome|report|notice|notification|slides|papers"
        r"|pack|deck) (circulated|distributed|issued|sent)( on)?$"
        r"|^(date )?(circulated|distributed)( on)?$"
        # a report's own date: "Prepared: Mon 23/11/2026", "Report date"
        r"|^(date )?prepared( on)?$|^report (date|prepared)$"
        # a safeguarding hub's outcome form: the day it decided is the request's date
        r"|^(mash|front door|triage|screening) (decision|outcome) date$"
        r"|^date of (the )?(mash|front door|triage|screening) (decision|outcome)$"
        r"|^date of (the )?(placement |resource )?(referral|request)$"
        r"|^date ?(/|and|&) ?time of (the )?(referral|request)$"
        # a case system's print: the step, episode or form the request is was started on
        r"|^(workflow )?(step|episode|form|request|referral|record) (started|created|opened"
        r"|initiated|raised|logged)( on| date)?$"
        # Mosaic's "Step start date": the day the request's workflow step was begun
        r"|^(workflow )?step start( date| on)?$|^workflow start( date| on)?$"
        # a duty team's note: the time the call was logged is when the request came
        r"|^(date (and time )?|time )?logged( on| at)?$"
        # "Request logged with Placements", "Referral lodged with the hub": the day it came
        r"|^(the )?(request|referral)( for placement)? (logged|lodged|registered|raised|placed)"
        r" (with|by|on|at) (the )?[\w'&]+( [\w'&]+){0,3}( on)?$"
        # a search register or tracker's "Entered on register", "Added to tracker": the day
        # the request was put on it
        r"|^(date )?(entered|added|put|logged)( on| to| onto)( the)? (register|tracker|log|list"
        r"|search list|sheet|system)( on)?$|^(entered|added)( on)?$)",
    ),
    # the paper's own date, composed from what the paper is and what was done to it:
    # "Plan drafted", "Record completed", "Extract printed", "Referred on", "Date of this
    # letter", "Letter date" (see _PAPER and _MADE below)
    ("referral_date", None),
    (
        "la_reference",
        r"(\breference|\bref\b|\bref\.|mosaic|\blcs\b|\bcase (no|number|id)|child id"
        r"|person id|\bid\b|\bnumber\b.*child|eclipse|\bcrn\b|\bccm\b|\bics\b|\bswift\b"
        r"|carefirst|liquid ?logic|\bpid\b|\bupn\b"
        r"|(case|client|system|child|person|record|cla|lac) (no\b|num)"
        # "Client index no.", "Child's file number", "Person record ID": an index of people
        r"|^([\w'-]+ ){0,2}(index|file|record|client|person|subject)( [\w'-]+){0,2}"
        r" (no\.?|number|num|#|id)$"
        # more case systems LAs print from: a number under the system's name is the case's
        r"|\bcaps\b|\bliberi\b|framework[- ]?i\b|\bparis\b|\bazeus\b|care ?director"
        r"|\bescr\b|\bunique id\b"
        r"|^(lcs|ics|ccm|mosaic|system|client|case) ?(no\.?|number|#)$"
        # a slide's or summary's bare "Case: DMBC-661102": the case's code (a code needs
        # digits, so "Case: Ms Hale's request" is no reference)
        r"|^case$)",
    ),
    (
        "la",
        r"(local authority|placing authority|responsible authority|referring authority"
        r"|\bla\b|council|authority|borough)",
    ),
    ("dob", r"(d\.?\s?o\.?\s?b|date of birth|birth ?date|born)"),
    ("age", r"^(current )?age\b|\bage \(years\)|age in years"),
    (
        "gender",
        r"^(gender|sex)\b|\bgender\b|^(preferred )?pronouns?$|^m ?/ ?f$"
        # "Boy / girl", "Male or female": the two answers as the label
        r"|^(boy|girl|male|female)\s*(/|\bor\b)\s*(boy|girl|male|female)\??$"
        # a passport or profile in the child's voice: "I am a" over "boy"
        r"|^i\s*(am|'m)\s+an?$",
    ),
    (
        "legal_status",
        r"(legal status|legal order|legal basis|status \(legal\)|^status$|^legal$"
        # not a Deprivation of Liberty order, nor the "Date of order" beside the status
        r"|(?<!liberty )(?<!dol )(?<!dols )(?<!date of )(?<!date of the )\border\b"
        r"|legal (framework|position)|looked after (under|status)|statutory basis|^care status$"
        r"|^is the (child|young person) looked after|^(lac|cla|looked after) status$"
        r"|\borders? in place\b)",
    ),
    (
        "start_date",
        r"(start date|date (placement )?(needed|required|sought|wanted)|needed (by|from)"
        # an agreement's "Commencement date", "Placement to commence"
        r"|^(placement )?commencement( date)?$|^date of (placement )?commencement$"
        r"|^(placement )?(to )?commences?( on)?$"
        r"|required (by|from)|wanted (by|from)|placement date|date of placement|move date"
        r"|^start( from| by)?$"
        # "Start wanted", "Move needed by", "Placement required from": the day as its own
        # label ("Placement required" alone is the kind of placement)
        r"|^(start|move|admission)( date)? (wanted|needed|required|sought|requested"
        r"|hoped for)( from| by| on)?$"
        r"|^placement (wanted|needed|required|sought|requested) (from|by|on)$"
        # a residential school's or unit's "Admission", "Admission date": the child arrives
        r"|^(planned |proposed |expected |date of )?admission( date| on| from)?$"
        r"|^to start( on| from| by)?$"
        r"|^need(ed)? by( date)?$|\bto start (from|on|by)\b|^start(ing)? (from|on)\b"
        # "From when", "From what date": when the placement is wanted from
        r"|^from (when|what date|which date)\??$"
        r"|^when is (a |the )?(placement|bed|home|place|room|vacancy) (needed|required|wanted)"
        r"|^needed by$|^(required |needed )?from$|^(required|wanted)$"
        r"|^when (needed )?(from|by)\b"
        r"|^when (should|does|will|must|can|is) (the )?(child|young person|yp|placement|move)\b"
        r"|^(proposed|planned|intended|expected|preferred|anticipated) (start|move)\b"
        r"|move[- ]in date|^(date of (the )?move|placement start|earliest start|start of"
        r" placement|proposed move date|date to (move|start)|needed( on| from)?)$"
        r"|^when( needed| required| (is it|is the placement) needed)?$"
        # "How soon: Friday, after school", "Move in: 1st December": when the child comes
        r"|^how soon( (is|are) (it|the placement|a (home|bed|place)) (needed|required))?$"
        r"|^mov(e|ing)[- ]in( on| from| by)?$"
        # "Move by: Monday 16 November at the latest", "Start from", "Placement from"
        r"|^(move|moving) (by|from)$|^(start|placement|admission) (by|from|on)$"
        # a respite request's "Dates: Sat 19 Dec to Mon 28 Dec": the stay begins on the first
        r"|^dates( (needed|required|requested|sought|of (the )?(respite|stay|short breaks?"
        r"|breaks?|care)))?$|^(respite|short breaks?|stay) dates?$"
        # a series of short breaks: the first one is when the care starts
        r"|^(first|initial) (short )?(break|stay|respite|overnight|night)s?( (from|on|date"
        r"|starts?( on| from)?))?$"
        # leaving hospital or a secure unit: the placement is needed from that day
        r"|^(estimated|expected|planned|anticipated|proposed|likely) (date of )?(discharge"
        r"|release)( date)?$|^(discharge|release) date$"
        # a hospital's "Medically fit for discharge: Monday 23rd": the baby leaves that day
        r"|^(medically )?(fit|ready) for (discharge|release)( date| from| on)?$"
        # a step-down's "Move to foster carers: Monday 14 December": the day of the move
        r"|^(date of (the )?|planned )?move to (the )?(foster (care|carers?|family|home)"
        r"|new (carers|family|home|placement)|family[- ]based care|carers|placement)$)",
    ),
    (
        # "Placement to begin", "New episode from", "Care to commence on": the day the new
        # placement (an SSDA903 episode) starts
        "start_date",
        r"^(the )?(new |next )?(placement|episode|move|stay|care|arrangement|home"
        # "Breaks to begin", "Respite to start": a series of short breaks starts that day
        r"|(short |overnight )?breaks?|respite|visits?|sessions?)( is| are)?( to)?"
        r" (begin|start|commence)s?( on| from)?$"
        r"|^(the )?(new |next )?(placement|episode|arrangement|stay) (from|starting|beginning"
        r"|commencing)( on)?$"
        r"|^(start|beginning|commencement) of (the )?(new |next )?(placement|episode|stay)$",
    ),
    (
        # "First break from" (short breaks), "Estimated discharge" (hospital, custody): the
        # day the child comes to the placement
        "start_date",
        r"^first (break|stay|night|visit|session)( date| from| on| starts?)?$"
        r"|^(estimated|expected|planned|anticipated|proposed) (date of )?(discharge|release)"
        r"( date)?$",
    ),
    (
        "school_must_stay",
        r"(remain at|stay at|keep (his|her|their)? ?school|school placement to"
        r" be maintained|must stay)",
    ),
    ("ehcp", r"\behcp?\b|education,? health and care plan"),
    (
        "school",
        # (a "Personal Education Plan" heading or a "School moves" row is not the school)
        r"((?<!virtual )school(?! moves?\b)(?!s? (?:report|nurse|holidays?)\b)"
        r"|education( provision| setting)?(?! (?:plan|health|and care plan)\b)"
        r"|college|^nursery\b|^childcare$"
        # youth justice's "ETE": education, training or employment
        r"|^ete$|^education,? training (and|&|or) employment$"
        r"|^early years (setting|provision)$)",
    ),
    (
        "setting",
        r"(type of (placement|provision|care)|placement (type|sought|required|needed"
        r"|requested)|provision (type|required|sought)|(?<!fire )(?<!fire-)setting"
        r"|resource (type|required)|accommodation (type|required|sought|needed)"
        r"|type of accommodation|placement recommendation|recommended (placement|setting)"
        r"|^service (requested|required|sought)$"
        r"|^(type|kind|category|nature) of (resource|placement|provision|care|accommodation"
        r"|home)$|^home (type|sought|required|wanted)$"
        r"|^(care|bed|resource) type$|^placement (category|preference)"
        r"|^(requested|preferred) (provision|resource|placement|setting|service|accommodation)"
        # "Type of short break requested", "Kind of support sought": the kind of care asked for
        r"|^(type|kind) of [\w ]{2,25} (requested|required|sought|needed|wanted)$"
        # a profile's plain-words heading: "What we are asking for", "What is needed"
        r"|^what (we are|we're|are we|is|the (child|young person) is) (asking for|looking for"
        r"|requesting|seeking|needed|required|being requested)\b|^what (we|they) need\b"
        # a message's "We are asking for: residential, planned, from ...": the request itself
        r"|^(we are|we're|i am|i'm) (asking|looking|requesting|seeking)( for)?$"
        r"|^(we|i) (need|request|require)$"
        r"|^placement( details| request(ed)?)?$"
        # a slide's or summary's "Ask: Foster care · Planned · from 4 January"
        r"|^(the |our |panel )?ask$"
        # resource panel minutes: what the panel agreed to is the placement asked for
        r"|^(the )?panel('s)? (agreed|approved|decided|decision|recommendation)$"
        r"|^(panel )?decision$"
        r"|^(placement|accommodation|provision|resource|bed|home|care"
        # a hospital's "Step-down sought", "Move-on placement required": the home to go to
        r"|step[- ]?down|move[- ]on|onward)( placement| accommodation| home)? (being )?(requested"
        r"|asked for|wanted|proposed|recommended|needed|required|sought)$"
        r"|^(what|which) (type|kind|sort) of (placement|provision|care|accommodation|home|bed)"
        r"|^what is being (requested|sought|asked for)|^(request(ed)?|service) type$"
        r"|^(request|looking for|seeking|service required)$"
        # a note's shorthand: "wants: emerg FC for 2"
        r"|^(sw |la |worker )?wants?$"
        # a request table's "Service: residential school with care (52-week)"
        r"|^service( (type|requested|sought|needed))?$"
        # "Placement search: foster care", "Search for: residential": what is being looked for
        r"|^(placement |home )?search( for)?$|^searching for$"
        # a framework call-off's "Lot" (Lot 2: fostering): the kind of placement tendered for
        r"|^(framework |contract )?lot( (no\.?|number|sought|required|applied|tendered))?$"
        r"|^(type|kind|sort) (needed|required|sought|wanted|requested)$"
        # "Fostering / Residential: Fostering": the options as the label, one kept as the answer
        r"|^(foster\w*( care)?|residential( care)?|secure|supported( accommodation)?|semi[- ]"
        r"independent|parent (and|&) child)\s*(/|\bor\b)\s*(foster|residential|secure|supported"
        r"|semi|parent))",
    ),
    (
        # where the child lives now: the home being left, never the one asked for
        "current_home",
        r"^(living|lives|staying|placed|lives at|living at) (now|currently|at present)$"
        r"|^(currently|at present|presently|now) (living|lives|placed|staying|resides?)"
        r"( at| with| in)?$|^(currently|at present|presently)$"
        r"|^(current|present|existing) (home|placement|address|carers?|accommodation"
        r"|arrangements?|living (situation|arrangements?))$"
        r"|^where (the child|the young person|the yp|he|she|they|i) (lives?|is living|are living"
        r"|am living|is placed|are placed|is staying|am staying)( now| currently| at present)?$",
    ),
    ("urgency_question", r"^(is (this|it) (an? )?)?(emergency|urgent)( placement| request)?\??$"),
    (
        "urgency",
        r"(urgency|priority|emergency\s*(or|/)\s*planned|planned\s*(or|/)\s*emergency|timescale"
        r"|type of request)",
    ),
    (
        "placements_count",
        r"(number|no\.?|count) of (previous |prior |past )?(placements|moves)"
        r"|how many (previous )?placements"
        r"|^(previous |prior )?placements (since|in care|to date|so far|including|had)\b"
        # "Three placements so far: ...", "One placement to date: ...": the count as the label
        r"|^(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) (previous |prior )?"
        r"placements? (so far|to date|since|in care)\b",
    ),
    (
        "duration",
        r"(duration|length of (placement|stay)|\blength$|term\b|how long|^(period|time(scale)?)"
        r" (sought|required|needed|of (placement|stay))$|^anticipated length|^expected length)",
    ),
    ("location", r"(preferred (location|area)|location|^area$|placement area)"),
    # "Moving to: a supported flat", "Next home: foster carers": the home asked for
    ("setting", r"^(moving|move|going|to move|to go) to$|^(next|new|future) (home|placement)$"),
    ("pets", r"\b(pets?|animals?)\b"),
    (
        "living_companions",
        r"(live (alongside|with) other|other children in|solo placement"
        r"|only child|can .* live with|shared or solo|solo or shared|occupancy"
        r"|cared for alongside|live alongside|matching (with|alongside) other)",
    ),
    ("dol", r"(deprivation of liberty|\bdols?\b|\bdol order)"),
    ("ethnicity", r"(ethnicity|ethnic (origin|background)|heritage)"),
    ("religion", r"(religion|faith|belief)"),
    ("language", r"(first language|language|preferred language)"),
    ("allergies", r"\ballerg"),
    ("communication", r"communication( needs)?|\bbsl\b|makaton|interpreter"),
    ("disabilities", r"^disabilit|disabilities$|\bsend\b|special (educational )?needs"),
    ("care_plan", r"care plan"),
    # a provider's notice to end a placement: the move is due when the notice ends
    ("notice_period", r"^(notice( period| given)?|period of notice|length of notice)$"),
    ("health", r"(health( needs)?|medical|diagnos|disabilit|medication)"),
    # "No contact with", "Not to have contact with": whom the child must not see, before the
    # family-time words the label also holds
    (
        "no_contact",
        r"(no contact|(must|should|can|may) not (have contact|know|see)|cannot see|restrictions"
        r"|^(who|whom|anyone|anybody)\b.{0,40}\b(not|never) (see|have contact|be in contact)\b"
        r"|^(is )?not (to )?(have contact|see|be in contact|know)\b"
        # the prompt's own denial, in whatever order: "Nobody to have contact with", "Who I
        # don't see", "Contact not permitted with", "Prohibited contact"
        r"|\b(nobody|no one|no-one)\b.{0,30}\b(contact|see|seeing|visit\w*)\b"
        r"|\b(do|does|did)(n't| not) (see|have contact|visit)\b"
        r"|\b(not (permitted|allowed)|prohibited|barred|forbidden)\b.{0,20}\bcontact\b"
        r"|\bcontact\b.{0,20}\b(not (permitted|allowed)|prohibited|barred|forbidden)\b)",
    ),
    (
        "family_time",
        r"(family time|contact (arrangements|with family|plan)|^contact$"
        r"|family contact|contact with|(sibling|parental|grandparent)s?'? contact"
        r"|time (spent )?with (family|parents)|seeing (family|parents)"
        r"|family (and|&) friends( time| contact)?$|friends (and|&) family( time| contact)?$"
        r"|^who does the (child|young person|yp) see\b|^family$"
        # a questionnaire's "Who will the child see, and how often?", "Who can she see?"
        r"|^(who|whom) (will|does|can|should|may|do) (the )?(child|children|young person|yp"
        r"|he|she|they) (see|spend time with|have (contact|family time) with)\b"
        # the child's own words, a log's shorthand: "Who I see", "People I see", "Sees"
        r"|^(who|whom|people|family) (i|we|he|she|they) (see|spend time with|visit)\b"
        r"|^((i|he|she|they) )?sees?$)",
    ),
    (
        "history",
        r"(placement history|(previous|past|earlier|prior) placements?|placement moves"
        r"|number of placements"
        r"|^(previous |earlier )?(care )?moves( in care)?$|^placement changes$"
        r"|^((the )?(child|baby|young person)'?s |his |her |their )?(care|looked after)"
        r" (history|episodes?)$|^placements( to date| so far| in care)?$"
        r"|^(my|his|her|their) (moves|placements|homes)( to date| so far| in care)?$"
        r"|^(moves|homes)( to date| so far| in care)$|^(time in )?care (so far|to date)$"
        # "Been in care", "Previously in care?": whether and where the child has lived in care
        r"|^(been|previously|ever been) in care( before)?\??$"
        # a slide's bare "Homes", a questionnaire's "Every placement so far, this one included"
        r"|^homes$|^(every|each|all) (placement|home|move)s?( so far| to date| in care)?\b"
        r"|^(any )?previous care( episodes?)?$"
        # "Been in care before?", "LAC before", "Other placements": the homes the child had
        r"|^((been|ever) )?(in care|looked after|lac|cla)( before| previously)\??$"
        r"|^other (placements|homes|care episodes)$"
        r"|^(has|have) (the )?(child|young person|children|yp) (ever )?been (in care|looked"
        r" after)( before)?\??$"
        r"|^where (has|have|did) (the )?(child|young person|yp|children|he|she|they) (lived"
        r"|live|been placed|stayed)( before| previously| in care| so far)*\??$"
        # "Where they have lived", "Placements before", "Homes before": a note's own words
        r"|^where (the )?(child|young person|yp|children|he|she|they) (has|have) (lived|been"
        r" placed|stayed)( before| previously| in care| so far)*\??$"
        r"|^(placements|homes|moves) (before|previously)$"
        # a message's own shorthand: "Where lived: ...", "Lived before: ..."
        r"|^where (lived|living|placed|stayed)( before| previously| so far)?$"
        r"|^(lived|placed) (before|previously)$"
        # "Current and past homes", "Past and present placements": every home, the current one too
        r"|^((current|present) (and|&) )?(past|previous|former|earlier) (homes|placements|carers)$"
        r"|^(past|previous) (and|&) (current|present) (homes|placements|carers)$"
        # the young person's own words: "Where I have lived", "Places I've lived", "Homes
        # I have had"; a case system's "Placements this episode"; a bare "History" line
        r"|^(where|places|homes) (i|we)('ve| have)? (lived|been( placed)?|stayed|had)( before"
        r"| so far)?$|^(homes|placements) (i|we)('ve| have) (had|lived in)$"
        r"|^placements (this|in this|during this|in the current) (episode|period of care)$"
        r"|^history$)",
    ),
    # "Surname, forename(s)": one answer holding both names, in the label's order
    (
        "child_name",
        r"^((surname|last name|family name)(\(s\))?\s*(,|/|and|&)?\s*(forenames?|first names?"
        r"|given names?)(\(s\))?|(forenames?|first names?|given names?)(\(s\))?\s*(,|/|and|&)?"
        r"\s*(surname|last name|family name)(\(s\))?)$",
    ),
    ("first_name", r"(first name|forename|given name)(?!.*\bknown as)"),
    ("last_name", r"(surname|last name|family name)"),
    (
        "known_as",
        r"(known as|preferred name|nick ?name|goes by"
        # "what they like to be called", "prefers to be known as"
        r"|(likes?|prefers?|wants?) to be (called|known as))",
    ),
    (
        "child_name",
        r"(child'?s name|name of (the )?(child|young person)|young person'?s name"
        r"|full name|legal name|^name$|^child$|baby'?s name|name of (the )?baby|^baby$"
        r"|^(child|young person|yp)( ?/ ?(child|young person|yp|patient))?$|^yp'?s? name$"
        r"|client name|^patient ?/ ?(child|young person|yp)$"  # a hospital's joint form
        r"|service user( name)?|^name of (the )?young person$"
        # a care finance system's "Client": the person the care package is for
        r"|^client$"
        r"|^name of (child|young person|yp)$|^(child|young person|yp)'?s? (full )?name$"
        r"|^child name$|^yp name$|^(child|young person|sibling)\s*[0-9]('?s)?( (full )?name)?$"
        r"|^the (child|young person)$"
        # a one-page profile's title: "One-page profile: Alfie Birtles (Alf)", "Pupil profile"
        r"|^(one[- ]page |pupil |personal |child'?s |young person'?s )profile( of| for)?$"
        # a court's or a review's words for the child the request is about
        r"|^subject (child|young person)( name)?$|^(child|young person) (concerned|subject)$"
        # what other services call the one person their paper is about: a school's pupil or
        # learner, a clinic's patient, a plan's "About me" ("Referral for" is as often the
        # kind of home asked for, so it is not one)
        r"|^(pupil|learner|student|patient|cyp|c&yp)( name| full name|'s name)?$"
        r"|^about me$|^(child|young person|person) referred$"
        r"|^who (is )?(this|this referral|the referral) (is )?(about|for)\??$)",
    ),
]
# What a referral document calls itself, and what was done to it on its own day. The
# date beside "<paper> <done>", "date <done>", "<done> on", "date of <paper>" or "<paper>
# date" is the document's own date, whatever the LA's form calls the paper. An assessment,
# an order or a meeting is an event of its own, not the paper.
_PAPER = (
    r"(the |this |our )?(placement )?(referral|request|form|record|report|plan|letter|extract"
    r"|summary|minutes|notes?|profile|application|notification|document|direction|memo"
    r"|e-?mail|message|print(out)?|sheet|paper|questionnaire|entry|log|case note"
    # a commissioning call to providers: "Bid invitation issued", "Tender sent"
    r"|(bid |tender )?invitation|bid request|tender|call[- ]off|notice"
    # an individual placement agreement's schedule: "Schedule issued", "IPA sent"
    r"|schedule|agreement|ipa)"
)
_MADE = (
    r"(drafted|completed|written|prepared|made|sent|submitted|signed|dated|issued|printed"
    r"|created|typed|recorded|produced|generated|finali[sz]ed|raised|logged|referred|compiled"
    r"|exported|run|emailed|received|requested|circulated|distributed|forwarded|released)"
)
_DOCUMENTS_OWN_DATE = (
    rf"^{_PAPER} {_MADE}( on| at)?$|^date ({_PAPER} )?{_MADE}$|^{_MADE} on$"
    rf"|^date of {_PAPER}$|^{_PAPER} date$"
)
# The date of the request itself ("Date of request", "Referred on") outranks the date of
# another paper in the same document ("Completed", "Extract printed"): an assessment's
# completion date printed above the request's.
_NAMES_THE_REQUEST = re.compile(
    r"\b(referr\w*|request\w*|applica\w*)\b"
    # "Returned to Placements", "Sent to the resources team": the paper reached those who
    # find the home, which is the request (a questionnaire's "Completed" is only its own day)
    r"|\b(sent|passed|forwarded|emailed|returned|submitted)( back)?( on)? to (the )?(placements?"
    r"|resources|commissioning|brokerage|sufficiency|access to resources)\b",
    re.I,
)


def names_the_request(label: str) -> bool:
    """ "Date of request", "Referred on": a referral date label naming the request itself,
    not only some paper's date."""
    return bool(_NAMES_THE_REQUEST.search(label))


_COMPILED = [
    (name, re.compile(pattern or _DOCUMENTS_OWN_DATE, re.IGNORECASE)) for name, pattern in _LABELS
]
_COMPILED_BY_NAME = {name: pattern for name, pattern in reversed(_COMPILED)}
NOT_KNOWN = re.compile(
    r"^(don'?t|do not|does not|doesn'?t|did not|didn'?t) know\b|^(not|un)known\b"
    r"|^no (info|information|details) (on|about|re:?)\b",
    re.I,
)
_LISTED_TOPICS = 3
# A portal's or system's bare timestamp of when the entry was made.
_SYSTEM_STAMP = re.compile(r"^(submitted|created)( on| at)?$", re.I)
_SENT_TO_TEAM = re.compile(r"\b(sent|passed|referred|forwarded|emailed)( on)? to\b", re.I)
_CONTACT = [
    ("email", re.compile(r"e-?mail", re.I)),
    (
        "phone",
        re.compile(
            r"(phone|\btel\b|telephone|mobile|\bmob\b|contact (no|number)|number"
            r"|direct (line|dial)|\bddi?\b|landline"
            # "Worker contact", "Contact details": the way to reach the worker, read by shape
            r"|contact( details| info(rmation)?)?$)",
            re.I,
        ),
    ),
    (
        "name",
        re.compile(
            r"(name|social worker|team manager|allocated worker|referrer|\bsw|case holder)$"
            r"|^(social worker|team manager|allocated worker|referrer|(allocated )?sw"
            r"|case holder|lead professional)\b"
            r"|^(allocated |case ?|responsible )?worker$"  # a case export's bare "Worker"
            # an online form's "Practitioner", "Lead practitioner": the child's worker
            r"|^(allocated |lead )?practitioner$"
            # a case supervision record's "Supervisee": the worker whose case it is
            r"|^supervisee$"
            # "Assessing worker", "Children's Services worker", "Requesting worker": the
            # worker by what they do (another service's worker is in OTHER_PEOPLE)
            r"|^([\w']+ ){1,4}worker$"
            # a questionnaire's "Who is the child's social worker and how do we reach them?"
            r"|^(who is|who's|name of) (the )?((child|young person)'?s |their |his |her )?"
            r"(allocated )?(social worker|sw|allocated worker)\b"
            rf"|\b({AUTHOR})$|^({CASE_HOLDER})$",
            re.I,
        ),
    ),
]


def role_of(text: str) -> str | None:
    """Whose contact a label or Part is about: 'team_manager', 'social_worker' or None."""
    if _ROLE_MANAGER.search(text):
        return "team_manager"
    if _ROLE_WORKER.search(text):
        return "social_worker"
    return None


_CONTACT_WAY = (
    r"(e-?mail( address)?|(tele)?phone( number)?|tel\.?|mobile( number)?"
    r"|contact (no\.?|number|details|tel\.?)|direct (line|dial)|ddi?)"
)
# "Email", "Work phone", "Secure email", "Direct line / mobile": a way to reach someone.
_BARE_CONTACT = re.compile(
    rf"((work|office|business|direct|main|secure|cjsm) )?{_CONTACT_WAY}(\s*/\s*{_CONTACT_WAY})*",
    re.I,
)


def _contact_field(label: str, part: str) -> str | None:
    role = role_of(label) or role_of(part)
    if OTHER_PEOPLE.search(label) or OTHER_PEOPLE.search(part):
        return None
    if role is None and all(
        _BARE_CONTACT.fullmatch(piece) for piece in re.split(r"\s*(?:/|&|\bor\b)\s*", label)
    ):
        # a bare "Email" or "Direct line / mobile" on a referral form is the referrer's
        role = "social_worker"
    if role is None:
        return None
    if re.search(r"\bname\b", label, re.I) and not re.search(r"e-?mail|phone", label, re.I):
        # "Social worker name and contact details": the name, its details read by shape
        return f"{role}.name"
    for name, pattern in _CONTACT:
        if pattern.search(label):
            if name == "name" and (role_of(label) is None and not re.search(r"name", label, re.I)):
                return None
            return f"{role}.{name}"
    return None


_YOUNG_PARENT = re.compile(
    r"(young person|child|yp)('s)?( name)?\s*[(/-]\s*(parent|mother|father)\)?", re.I
)
_COMBINED = re.compile(r"\s*(?:/|&|\band\b|\+)\s*", re.IGNORECASE)


def combined_fields(label: str, part: str = "") -> list[str]:
    """The fields a combined label asks for, in order ("Age and gender", "Ethnicity/Religion");
    [] when the label asks for one thing."""
    pieces = [piece for piece in _COMBINED.split(label) if piece.strip()]
    if len(pieces) < 2:
        return []
    fields = [field_for(piece, part) for piece in pieces]
    if any(field is None for field in fields) or len(set(fields)) != len(fields):
        return []
    if set(fields) == {"first_name", "last_name"}:
        return []  # "Surname / forename": one name, read whole in the label's order
    if (
        len({field.split(".")[0] for field in fields if "." in field})
        == 1
        == len({field.split(".")[0] for field in fields})
    ):
        # "Social worker name and contact details": one person's, each detail read by shape
        return []
    return [field for field in fields if field is not None]


# "Hackney Community College", "Dee Banks School (special school)": a school by its name.
_INSTITUTION = re.compile(
    r"^(?:[A-Z][\w'&.-]*\s+){1,5}(?:College|School|Academy|Nursery|Primary|High)\b"
)
_GENERIC = re.compile(
    r"^(current|name|previous|present|which|school|education|child'?s|special|primary"
    r"|secondary|nursery|college|academy|high|the|early|type|main|new|home|further)\b",
    re.I,
)


def names_a_school(label: str) -> bool:
    """ "MidKent College", "Dee Banks School": a particular school, not a form's prompt."""
    return bool(_INSTITUTION.match(label.strip())) and not _GENERIC.match(label.strip())


_NUMBERED = re.compile(
    r"^(?:\(?[a-z]\)|\(?\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+)\s+", re.I
)


@lru_cache(maxsize=4096)
def field_for(label: str, part: str = "") -> str | None:
    """The field a label asks for, e.g. 'dob', 'social_worker.phone', or None."""
    found = _field_for(label, part)
    listed = [piece for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", label) if piece.strip()]
    if found is None or len(listed) < _LISTED_TOPICS:
        return found
    # "Health, diagnoses, medication, allergies": the first topic heads the list, not one
    # named later in it
    first = _field_for(listed[0], part)
    later = {_field_for(piece, part) for piece in listed[1:]}
    return first if first is not None and found != first and found in later else found


# A tracker's or case system's short forms, written out before the label is read: "Prev
# placements", "Placement hx", "Accom type", "Educ"; a whole label "FT" or "LS" (a
# spreadsheet's column header for family time, legal status).
_SHORT_WORDS = [
    (re.compile(r"\bprev\b\.?", re.I), "previous"),
    (re.compile(r"\bhx\b\.?", re.I), "history"),
    (re.compile(r"\baccom\b\.?", re.I), "accommodation"),
    (re.compile(r"\bplcmn?ts?\b\.?|\bplacemts\b", re.I), "placements"),
    (re.compile(r"\beduc?\b\.?", re.I), "education"),
    (re.compile(r"\bpref\b\.?", re.I), "preferred"),
    (re.compile(r"\breq(ui)?r?'?d\b\.?", re.I), "required"),
]
_SHORT_LABELS = {
    "ft": "family time",
    "f/t": "family time",
    "ls": "legal status",
    "l/s": "legal status",
    "sw": "social worker",
    "ph": "placement history",
    "prev": "previous placements",
}


def _written_out(label: str) -> str:
    whole = _SHORT_LABELS.get(label.strip(" .:").lower())
    if whole:
        return whole
    for pattern, words in _SHORT_WORDS:
        label = pattern.sub(words, label)
    return label


def _field_for(label: str, part: str = "") -> str | None:
    label = " ".join(label.replace("\u2019", "'").split())
    label = _NUMBERED.sub("", label)  # "c) Email", "2.3 Phone": the prompt's own number
    label = _written_out(label)
    if not label:
        return None
    listing = re.search(r"\s*\(([^)]*(,|/|\band\b|\bincl)[^)]*)\)", label)
    if listing and label[: listing.start()].strip():
        # "Education (school, year, EHCP)": the heading asks; the bracket lists what to write
        return field_for(label[: listing.start()] + label[listing.end() :], part)
    qualifier = re.search(r"\s*\(([^)]*)\)\s*$", label)
    if qualifier and label[: qualifier.start()].strip():
        # "Allocated worker (day team)", "Social worker (from Monday)": the bracket qualifies
        plain = field_for(label[: qualifier.start()], part)
        if plain is not None:
            return plain
        # "Presented by (social worker)", "Completed by (SW)": the bracket names who it is
        named = field_for(qualifier.group(1), part)
        by = re.search(r"\b(by|from)\s*$", label[: qualifier.start()], re.I)
        if by and named is not None and named.startswith("social_worker."):
            return named
    condition = re.search(r"\s+(if|unless)\s+\w", label, re.I)
    if condition and label[: condition.start()].strip():
        # "Age if DOB not known", "School (if any)": the field asked, when it applies
        plain = field_for(label[: condition.start()], part)
        if plain is not None:
            return plain
    if NOT_KNOWN.match(label):
        return None  # "Don't know school or past placements": no answer, a gap
    if _SENT_TO_TEAM.search(label) and _COMPILED_BY_NAME["referral_date"].search(label):
        # "Minutes passed to the commissioning team": the day the paper went, not a person
        return "referral_date"
    if _RECEIVED_BY.match(label):
        return "referral_date"  # "Referral received by ART": the day the team took it in
    if re.search(r"\b(team|office|district|locality)\b", label, re.I) and not re.search(
        # "Disabled Children's Team worker": the team's worker holding the case, a person
        r"(manager|social worker|e-?mail|phone|tel|\bworker$)",
        label,
        re.I,
    ):
        return None  # the worker's team or area, not where the child should live
    if _SOMEONE_ELSES_REFERENCE.search(label) or _JUSTICE_REFERENCE.search(label):
        return None  # a portal's or a provider's own number for the referral, not the LA's
    if _NOT_KNOWN_LEAD.match(label):
        return None  # "Don't know school or past placements: K. will check": not answered
    if names_a_school(label):
        return None  # "MidKent College: Level 1": a named school is an answer, not a prompt
    listed = _listed_topics(label, part)
    if listed:
        return listed
    if _YOUNG_PARENT.fullmatch(label):
        return "child_name"  # a looked-after young parent is the referral's child
    moved = _transfer_field(label)
    if moved:
        return None if moved == "none" else moved
    if _SYSTEM_STAMP.match(label) and part.startswith("forwarded"):
        return None  # a forwarded entry's own "Submitted" stamp: the forward sent it on
    if _HANDING_OVER.match(label):
        return None  # "Transferring worker (CIN)": the worker the case is leaving
    if _TAKING_OVER.match(label):
        return "social_worker.name"  # "Receiving worker (CiC), now allocated"
    contact = _contact_field(label, part)
    if contact:
        return contact
    if OTHER_PEOPLE.search(label) and not re.search(r"contact|family time", label, re.I):
        return None
    if re.search(r"\b(parent|mother|mum|father|dad)\b", part, re.I) and "child" not in part.lower():
        return None
    if re.fullmatch(r"(type|kind|provision|resource)", label, re.I) and re.search(
        r"placement|\brequest\b", part, re.I
    ):
        return "setting"  # "Type" or "Provision" under "Placement needed" or "Request"
    for name, pattern in _COMPILED:
        if pattern.search(label):
            if name == "setting" and _HISTORY_LABEL.match(label):
                return None  # "Current setting", "Previous placement type": not the request
            return name
    return _translated(label, part)


# "Referral received by ART", "Date request received by the hub": the team that took the
# paper in, named after the act.
_RECEIVED_BY = re.compile(
    r"^(date )?(the )?(referral|request|form) (was )?received by (the )?[\w'&]+( [\w'&]+){0,3}$",
    re.I,
)


# A case moving between teams names two workers: the one it is leaving and the one taking
# it (the allocated worker from now on). The leaving worker's labels ask for nobody's
# details here; the taking worker's contact labels are read by the contact rules.
_HANDING_OVER = re.compile(
    r"^(transferring|outgoing|previous|former|departing|closing|old)\s+(allocated\s+)?"
    r"(social\s+)?worker\b",
    re.I,
)
_TAKING_OVER = re.compile(
    r"^(receiving|incoming|new|accepting)\s+(allocated\s+)?(social\s+)?worker\b(?!'s)"
    r"(?!\s+(e-?mail|phone|tel|mobile|contact))",
    re.I,
)


def names_a_team(label: str) -> bool:
    """ "Team: Assessment & Intervention", "Locality": the worker's part of the council,
    whose name says nothing about the child or the request."""
    return bool(_ORGANISATION.fullmatch(" ".join(label.split()).strip(" :")))


# A part of the council: the worker's team, service or office, named and nothing more.
_ORGANISATION = re.compile(
    r"((allocated|social work|sw|worker'?s|referring|case|locality|area) )?(team|social care"
    r"|office|district|locality|directorate|department|unit|hub)( name)?",
    re.I,
)
_LIST_COMMA = re.compile(r"\s*,\s*")
_NAME_FIELDS = {"child_name", "first_name", "last_name", "known_as"}


def _listed_topics(label: str, part: str) -> str | None:
    """ "Health, diagnoses, medication, allergies", "Education, training, employment": a
    prompt listing what to write, after commas, under the topic it names first; the later
    items only say what the topic covers ("Surname, forename(s)" is one name, read whole)."""
    pieces = [piece for piece in _LIST_COMMA.split(label) if piece]
    if len(pieces) < 3:
        return None
    first = field_for(pieces[0], part)
    return first if first is not None and first not in _NAME_FIELDS else None


def _translated(label: str, part: str) -> str | None:
    """ "Dyddiad / Date", "Ffôn / Phone": a bilingual form gives each prompt in two languages;
    the one side that asks for a field is the prompt (two sides asking for two fields are a
    combined label, read by ``combined_fields``)."""
    sides = [side for side in re.split(r"\s+/\s+", label) if side.strip()]
    if len(sides) != 2:
        return None
    fields = {field_for(side, part) for side in sides} - {None}
    return fields.pop() if len(fields) == 1 else None


_NOT_KNOWN_LEAD = re.compile(
    r"^\W*(don'?t|do not|does not|doesn'?t|did not|didn'?t) know\b|^\W*(no idea|not sure)\b", re.I
)
_SOMEONE_ELSES_REFERENCE = re.compile(
    r"\b(portal|provider'?s?|hub|marketplace|tracker)\b[\w ]{0,20}"
    r"\b(ref(erence)?|no\.?|number|id)\b",
    re.I,
)
# "Custody / court ref", "Police ref", "PNC number": the police's or a court's number for
# the case, beside the LA's own
_JUSTICE_REFERENCE = re.compile(
    r"\b(custody|court|police|crime|pnc|cps|yot|youth (offending|justice)|merlin|cad|incident"
    r"|occurrence|niche|athena)\b[\w /&]{0,20}"
    r"\b(ref(erence)?|no\.?|number|id|urn)\b",
    re.I,
)
# A transfer between authorities (the National Transfer Scheme, a case moving area): the
# authority the child comes from is not the referring one, the placements the child had
# there are the history, the transfer date is when the new home is needed.
_OTHER_AUTHORITY = re.compile(
    r"^(transferring|previous|former|originating|sending|host|old)\s+(local\s+)?"
    r"(authority|council|la)\b",
    re.I,
)
# "Notification to Kent County Council", "FAO Essex": the authority written to (a host
# authority told of an out-of-area placement), not the one placing the child
_ADDRESSEE = re.compile(
    r"^((notification|notice|letter|memo|information|notifying)( sent)? to"
    r"|(for the attention of|f\.?a\.?o\.?|attn\.?|addressed to)\b)",
    re.I,
)
_PLACEMENTS_THERE = re.compile(r"^placements\s+(in|with|by)\s+\S.{0,50}$", re.I)
_TRANSFER_DATE = re.compile(r"^((nts|planned|proposed)\s+)?(transfer date|date of transfer)$", re.I)


def _transfer_field(label: str) -> str | None:
    """The field a transfer's label asks for ("none" for another authority), or None."""
    if _OTHER_AUTHORITY.match(label) or _ADDRESSEE.match(label):
        return "none"
    if _PLACEMENTS_THERE.match(label):
        return "history"
    if _TRANSFER_DATE.match(label):
        return "start_date"
    return None


_HISTORY_LABEL = re.compile(r"^(current|previous|present|existing|last|former)\b", re.I)
