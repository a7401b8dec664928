"""Placement-history tables and family-time arrangements."""

from __future__ import annotations

import re
from datetime import date
from itertools import groupby, pairwise

from hearth_contract.codes import PlacementType, ReasonPlacementChange
from hearth_contract.referrals import FamilyTimeFrequency

from hearth_referrals.documents.blocks import Block, BlockKind
from hearth_referrals.documents.rules.dates import find_dates
from hearth_referrals.documents.rules.people import EXTENDED, FAMILY, GRANDPARENTS, SIBLINGS, kin

__all__ = [
    "WHOM",
    "HistoryTable",
    "family_table_text",
    "family_time",
    "first_placement",
    "history_from_text",
    "history_tables",
    "no_contact",
]

_NO_CONTACT = re.compile(
    r"\bno (direct |face[- ]to[- ]face )?contact\b|\bnil contact\b"
    r"|\bnon[- ]molestation order|\brestraining order|\bprohibited steps order"
    r"|\bcontact\b[^.;]{0,60}\b(has been |was |is )?(stopped|ceased|suspended|terminated)\b"
    r"|\bmust not (have contact|see|know)"
    r"|\bnot (to )?(have|having) contact\b|\bcontact (has )?(stopped|ceased|suspended)"
    r"|\bdoes not (want|wish) (to have )?(contact|to see)|\brefuses contact"
    r"|\bwhereabouts (are |is )?(unknown|not known)|\b(declines|declined|refused) (any )?contact"
    # "bail conditions stop contact with her stepfather", "has chosen not to see his mum"
    r"|\b(stop|stops|prevent|prevents|prohibit|prohibits|bar|bars|forbid|forbids) (any )?contact"
    r"|\b(chosen|chooses|decided|decides|asked|refuses|refused) not to (see|have contact)"
    r"|\b(does not|doesn't|do not|don't) want to (see|have contact)",
    re.I,
)

# A child's parents: "with mum", "home with her birth parents"
_PARENTS = kin("mother", "father", "parents")
_HEADER_WORDS = re.compile(
    r"\b(placement|carer|provider|type|from|start\w*|to|end\w*|dates?"
    r"|reason\w*|moved|address)\b",
    re.I,
)
_TYPES = [
    (PlacementType.K1, r"secure"),
    (PlacementType.K3, r"supported"),
    (PlacementType.U3, r"kinship|connected person|relative|friend|family and friends"),
    (PlacementType.U4, r"long[- ]term foster"),
    (PlacementType.U6, r"foster"),
    (PlacementType.K2, r"residential|children'?s home"),
    (PlacementType.P1, rf"with ({_PARENTS})|home with"),
]
_REASONS = [
    (ReasonPlacementChange.ALLEG, r"allegation"),
    (
        ReasonPlacementChange.CREQB,
        r"(carer|placement).{0,40}(behaviour|aggress|disrupt)"
        r"|notice due to|breakdown",
    ),
    (ReasonPlacementChange.CREQO, r"carer.{0,30}(retir|ill|health|personal|moved|request)"),
    (
        ReasonPlacementChange.CHILD,
        r"(child|young person|\bhe\b|\bshe\b).{0,20}"
        r"(asked|request|wanted) to (move|leave)",
    ),
    (ReasonPlacementChange.CLOSE, r"clos(ed|ure)"),
    (ReasonPlacementChange.CARPL, r"care plan|planned (move|transition)|matched|step[- ]down"),
]
_FREQUENCY = [
    (
        FamilyTimeFrequency.SEVERAL_TIMES_A_WEEK,
        r"(twice|three times|four times|[2-6] ?x|x ?[2-6]|two times|2 times|3 times)\s*"
        r"(a |per |each |every )?week(ly)?|several times|twice weekly"
        r"|\b(mon|tues?|wed|thu(rs)?|fri|sat|sun)\w*\s*(/|,|&|and)\s*(mon|tues?|wed|thu(rs)?|fri|sat|sun)",
    ),
    (
        FamilyTimeFrequency.DAILY,
        r"\bdaily\b|every (single )?(day|evening|night|morning)|each (day|evening|night)"
        r"|\bnightly\b|\bmost (days|evenings|nights|mornings)\b",
    ),
    (
        FamilyTimeFrequency.FORTNIGHTLY,
        r"fortnight\w*|every (two|2|other|second) (weeks?|weekends?|(mon|tues|wednes|thurs|fri"
        r"|satur|sun)days?)|bi-?weekly|alternate (weeks?|weekends?|(mon|tues|wednes|thurs|fri"
        r"|satur|sun)days)|(twice|two times|2 ?x) (a|per|each) month",
    ),
    (
        FamilyTimeFrequency.WEEKLY,
        r"weekly|once a week|every week|each week|every (mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|on (mon|tues|wednes|thurs|fri|satur|sun)days|every weekend|at (the )?weekends"
        r"|\bmost weekends\b",
    ),
    (
        FamilyTimeFrequency.MONTHLY,
        r"monthly|once a month|every month|every (four|4) weeks|once every (four|4) weeks"
        # "the first Saturday of the month", "last Sunday of each month"
        r"|\b(first|second|third|fourth|last|1st|2nd|3rd|4th) (mon|tues|wednes|thurs|fri|satur"
        r"|sun|week)(day|end)? (of|in) (the|each|every) month",
    ),
    (
        FamilyTimeFrequency.LESS_OFTEN,
        r"every (three|3|six|6) months|every (five|six|eight|5|6|8) weeks|quarterly|annual\w*"
        r"|twice a year|letterbox|indirect"
        r"|(once|twice|two|three|four|2|3|4|a few|several) times? (a|per|each) year|twice yearly"
        r"|once a year|every (two|three|2|3) months|every (couple|few) (of )?months"
        # "Half-sister in the holidays", "during school holidays only": a few times a year
        r"|\b(in|during|over) (the )?(school )?holidays\b|\bholidays only\b"
        # "a letter at birthdays and Christmas", "cards at Christmas", "by letter only"
        r"|\b(letters?|cards?|gifts?|presents?)\b[^.;]{0,30}\b(birthdays?|christmas)\b"
        r"|\bby letter\b",
    ),
    (FamilyTimeFrequency.TO_BE_AGREED, r"to be (agreed|confirmed|arranged)|\btbc\b|\btba\b"),
    # "Nan | Saturdays": a day of the week in the plural, and no other word of how often,
    # is that day each week
    (FamilyTimeFrequency.WEEKLY, r"\b(mon|tues|wednes|thurs|fri|satur|sun)days\b"),
]
_WHOM = re.compile(
    rf"\b(?P<who>({kin('mother', 'father')})['\u2019]?s (ex-? ?|former |new )?(partner|boyfriend"
    r"|girlfriend|husband|wife)(?: (?-i:[A-Z][a-z'-]+)\b(?! [A-Z]))?"  # "mum's ex-partner Shane"
    rf"|(birth|adoptive) ({_PARENTS})"
    rf"|((older|younger|elder|big|little|twin) |half[- ]?)?({kin(*SIBLINGS)})"
    rf"|{kin(*FAMILY, *GRANDPARENTS, *EXTENDED)}|birth family|maternal \w+|paternal \w+)\b",
    re.I,
)
WHOM = _WHOM  # a relative, as the no-contact list reads them
_SAME_AS = re.compile(
    r"^\W*(the )?same( arrangements?)? as (for )?(his|her|their|the)( older| younger| elder)?"
    r" (sister|brother|sibling|twin)s?( (?-i:[A-Z][a-z'-]+))?\s*[:;,\-\u2013]?\s*",
    re.I,
)
_NO_FAMILY_TIME = re.compile(r"^\W*(none|no contact|nil|n/a|not applicable|no family time)\b", re.I)
# Said anywhere in the answer, with no arrangement beside it: "Lives at home with both
# parents, so no separate family time arrangements are needed", "No family in the UK".
_NONE_NEEDED = re.compile(
    # "Lives at home with her mother and grandmother.": a child living with family has no
    # family time to arrange (a short-breaks request), when nothing else is said
    r"^\W*(she |he |they |the child |[A-Z][a-z]+ )?(lives|living|is living) at home with\b"
    r"[^.;]*\.?\s*$|"
    r"\bno (separate |formal |other )?(family time|contact)( arrangements?)? (are |is )?"
    r"(needed|required|necessary)\b|\bno (known )?(family|relatives) (in the uk|in this country"
    r"|in england|here)\b",
    re.I,
)


class HistoryTable(list):
    """The rows of one placement-history table, as PreviousPlacement-shaped dicts."""

    blocks: list[Block]


def _first(rules, text):
    for value, pattern in rules:
        if re.search(pattern, text, re.I):
            return value
    return None


def _placement(cells: list[str], reference: date) -> dict:
    text = " | ".join(cells)
    dates = find_dates(text, reference)
    reason_text = cells[-1] if len(cells) > 2 else ""
    return {
        "placement_type": _first(_TYPES, cells[0] + " " + (cells[1] if len(cells) > 3 else "")),
        "description": cells[0][:200] or None,
        "started_on": dates[0].value if dates else None,
        "ended_on": dates[1].value if len(dates) > 1 else None,
        "reason_for_ending": _first(_REASONS, reason_text),
        "reason_detail": reason_text or None,
    }


def history_tables(blocks: list[Block], reference: date) -> list[HistoryTable]:
    """Tables whose header row reads like a placement history, one dict per row after it."""
    tables = []
    cells = [block for block in blocks if block.kind is BlockKind.CELL]
    for _key, table_cells in groupby(
        cells, key=lambda b: (b.location.attachment, b.location.page, b.location.table)
    ):
        rows = [list(row) for _row, row in groupby(table_cells, key=lambda b: b.location.row)]
        if len(rows) < 1 or len(rows[0]) < 3:
            continue
        header = " ".join(cell.text for cell in rows[0])
        if len(set(_HEADER_WORDS.findall(header.lower()))) < 3 or "reason" not in header.lower():
            continue
        table = HistoryTable()
        table.blocks = []
        for row in rows[1:]:
            texts = [cell.text for cell in row]
            if not any(text.strip() for text in texts) or not find_dates(
                " ".join(texts), reference
            ):
                continue
            table.append(_placement(texts, reference))
            table.blocks.extend(row)
        tables.append(table)
    return tables


# "Three placements so far:", "Placements to date -": the count's words before the list.
_LIST_LEAD = re.compile(r"^[^:;\n]{0,60}\bplacements?\b[^:;\n]{0,40}:\s*", re.I)
# A piece naming where a child was cared for (not "at home with mum").
_CARE_SETTING = re.compile(
    r"\b(foster\w*|residential|children'?s home|kinship|connected (person|carers?)"
    r"|secure (unit|home"
    r"|children'?s home)|supported (accommodation|lodgings)|semi-independent|special guardian"
    r"|ifa|in-house carers?|(short|long)[- ]term carers|emergency carers|respite carers"
    # a case system's shorthand: "FC Acomb 2023", "Resi Worksop 2023-"
    r"|fc|resi"
    # a young parent and their baby placed together
    r"|(parent|mother|mum|father) (and|&) (baby|child) (unit|placement|home)"
    r"|residential (family|assessment) (centre|unit)"
    # a disabled child's overnight short breaks away from home: "Short breaks at Elm House"
    r"|(overnight )?short breaks? (at|with|unit|home|house|centre)"
    # a grandparent, aunt or uncle caring for the child: a kinship home ("With nan since 2024")
    rf"|^\W*(living |lived |placed )?with (his |her |their )?({kin(*GRANDPARENTS, *EXTENDED)})\b)"
    r"\b",
    re.I,
)
# "Current carers (Mr and Mrs Gorst) since March 2022", "With current carers since 2024": a
# list's entry for the home the child is in now or was in (not a sentence about them).
_CARERS_ENTRY = re.compile(
    r"^\W*(with )?((his|her|their) )?(current|present|existing|previous|former)"
    r" (foster )?carers?\b",
    re.I,
)
# "Current: unregistered flat, Beckenham": a list's entry for where the child lives now,
# whatever the provision (an unregistered one included); not "Current: none".
_CURRENT_ENTRY = re.compile(
    r"^\W*(current(ly)?|present(ly)?|now)\s*[:\-\u2013]\s*(?!(none|n/?a|not known|unknown)\b)\w",
    re.I,
)
_HOME = re.compile(
    rf"\b(at home|home with|with (his |her |their )?(birth )?({_PARENTS})"
    r"|birth family|family home)\b",
    re.I,
)
_COUNTED = re.compile(
    r"^\W*(\d{1,2}|no|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+"
    r"(\w+\s+){0,2}placements?\b",
    re.I,
)
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|\d(st|nd|rd|th))\b", re.I)
# "Foster care, 2020 - 2022 Residential, 2022 - now": a cell's lines run together, each
# entry ending in its span; the next one starts after the span's end.
_NEXT_ENTRY = (
    r"(?<=[-\u2013] (?:19|20)\d\d)\s+(?=[A-Z][a-z'\u2019]+[ ,])"
    r"|(?<=\d[-\u2013](?:19|20)\d\d)\s+(?=[A-Z][a-z'\u2019]+[ ,])"
    r"|(?<= to (?:19|20)\d\d)\s+(?=[A-Z][a-z'\u2019]+[ ,])"
    r"|(?<=[-\u2013] now)\s+(?=[A-Z])|(?<=[-\u2013] present)\s+(?=[A-Z])"
    # "FC Leek 2022-2024 | FC Hanley 2024-": an export's entries joined by a bar, each dated
    r"|(?<=(?:19|20)\d\d)[-\u2013]?\s*\|\s*(?=[A-Z][^|]*\b(?:19|20)\d\d)"
)
_SPAN = re.compile(
    r"\b(19|20)\d\d\s*(-|\u2013|to|until|till)\s*((19|20)\d\d|now|present|date|current)\b",
    re.I,
)
_YEARS = re.compile(r"\b(19|20)\d\d\b|\b(present|now|to date)\b", re.I)


_NAMED_YEAR = re.compile(
    r"^\W*(?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3},?\s*\(?(19|20)\d\d\)?\W*$"
)


def history_from_text(text: str, reference: date) -> list[dict]:
    """Placements written out in one answer, one per piece between semicolons or lines:
    "Foster placement - 03/04/2020 - 05/06/2021 - ...", "Foster care (2016 to 2019) - ended;
    Residential (2019 to present)", "Foster care (short term), ended when the carer retired".
    A piece is a placement when it is dated, or names where the child was cared for; a
    stay at home with a parent is not one."""
    rows = []
    pieces = re.split(
        # "FC Leek 2019 → FC Hanley 2021-": a line of moves joined by arrows
        r"[;\n\u2192]|\s->\s|,?\s+\bthen\b\s+|" + _NEXT_ENTRY,
        _LIST_LEAD.sub("", text.strip(), count=1),
    )
    for piece in pieces:
        counted = _COUNTED.match(piece)
        if counted and counted.group(1).lower() not in ("1", "one"):
            continue  # "Two foster placements since 2024": how many, not one of them
        dated = bool(find_dates(piece, reference))
        # a short entry naming where ("Foster care (short term), ended ..."), not a sentence
        # that counts ("her current foster placement is her second")
        current = _CURRENT_ENTRY.match(piece) and not _HOME.search(piece)
        setting = _CARE_SETTING.search(piece) or _CARERS_ENTRY.match(piece) or current
        care = (
            bool(setting and _YEARS.search(piece))
            or bool(setting and len(piece.split()) <= 12)
            # "Mrs Ade, 2022 - 2024", "The Holts (2024 to now)": a home named with its span
            or bool(_SPAN.search(piece) and len(piece.split()) <= 12 and not _HOME.search(piece))
            # "Fernbank, 2026", "The Moores (2023)": a home named with the one year it was
            or bool(_NAMED_YEAR.match(piece) and not _HOME.search(piece))
        ) and not _ORDINAL.search(piece)
        if _HOME.search(piece) and not care:
            continue
        if dated or care:
            cells = [
                cell.strip() for cell in re.split(r"\s+[-\u2013|]\s+|\t", piece) if cell.strip()
            ]
            rows.append(_placement(cells or [piece.strip()], reference))
    return rows


def first_placement(text: str) -> bool:
    """The text says this is the child's first time in care."""
    return bool(
        re.search(
            r"first (placement|time in care|time (being )?looked after)"
            r"|no (previous |prior )?(placements|care (history|episodes?)|episodes? of care)"
            r"|not (been )?(previously )?looked after before|never (been )?in care"
            r"|not (been )?previously (looked after|in care)|never (been )?looked after"
            # "Not known to have been looked after before": no record of care, not a gap
            r"|not known to (be|have been) (previously )?(looked after|in care)"
            r"( before| previously)?\W*$"
            r"|(has|have) not been (in care|looked after) before|first time (in|into) care"
            # "never LAC", "first time she has had overnight breaks", "no previous breaks"
            r"|never (been )?(lac|cla)\b"
            r"|first time (she|he|they|the child) (has|have) had (overnight |short )*breaks"
            r"|no (previous |prior )(short |overnight )*breaks"
            # "With her mother since birth", "at home with parents all his life": never placed
            r"|^\W*(?:(?:has )?(?:lived|living|been|stayed) )?(?:at home )?with (?:(?:her|his|their"
            r"|the) )?(?:birth )?(?:mother|mum|father|dad|parents?|family)"
            r" (?:since (?:birth|(?:she|he|they) (?:was|were) born)"
            r"|all (?:her|his|their) li(?:fe|ves))\W*$"
            r"|^\W*(?:(?:has )?(?:lived|living|been) )?at home (?:since birth|all (?:her|his|their)"
            r" li(?:fe|ves))\W*$"
            # a newborn: "In hospital with mum since she was born", "Born on Wednesday, still
            # on the ward": never placed anywhere
            r"|^\W*(?:still )?(?:in hospital|on the (?:ward|unit))(?: with (?:(?:her|his|their)"
            r" )?(?:mum|mother|parents?|dad|father))? since (?:birth|(?:she|he|they) (?:was|were)"
            r" born)\b|^\W*born\b[^.;]{0,40}\bstill (?:in hospital|on the (?:ward|unit))\b",
            text,
            re.I,
        )
    )


def no_contact(text: str) -> list[str]:
    """The people the child is to have no contact with (a court order, the child's choice,
    whereabouts unknown): "No contact with father (court order)" gives ["father"]."""
    found: list[str] = []
    for sentence in re.split(r"\n|\.\s+", text):
        for piece in sentence.split(";"):
            _no_contact_in(piece, sentence, found)
    return found


def _no_contact_in(piece: str, sentence: str, found: list[str]) -> None:
    """ "Partner (father of the child) has a violence history; no contact permitted": the
    person is named in the clause, or else earlier in the sentence."""
    match = _NO_CONTACT.search(piece)
    if match:
        after = piece[match.end() :]
        whom = _WHOM.search(after)
        if whom is None and not _NAMED.search(after):
            # "Dad weekly; no contact with Jo Bly": a person named after "with" is the one,
            # not a relative the sentence named before it
            whom = _WHOM.search(piece) or (_WHOM.search(sentence) if sentence != piece else None)
        # "no contact with co-accused Tyler Kemp", "Family whereabouts unknown"
        named = whom or _NAMED.search(piece[match.end() :]) or _FAMILY.search(piece)
        if named is None and _PRONOUN.match(piece[match.end() :]):
            # "exploited by Kieran Lowther (23); no contact with him": the one named before
            named = _NAMED_BEFORE.search(sentence[: sentence.find(piece) + match.start()])
        who = named.group("who") if named else ""
        if whom is not None:
            # "his father, Liam Stokes", "Dad (Steven Firth)": the relative and their name
            after_whom = _AFTER_WHOM if whom.string is after else _APPOSITION
            who += after_whom.match(whom.string[whom.end() :]).group(0)  # type: ignore[union-attr]
        who = " ".join(re.sub(r"[,()]", " ", who).split()).lower()
        if who and who not in found:
            found.append(who)
        _also_named(piece[match.end() :], found)
        if whom is not None and not _WHOM.search(piece[match.end() :]):
            # "Mother and father: whereabouts unknown, no contact": both named before it
            both = _BOTH_BEFORE.match(piece[: match.start()])
            if both and both.group(2).lower() not in found and _WHOM.fullmatch(both.group(2)):
                found.append(both.group(2).lower())


# "co-accused Reece Kirby": the role said with the name is part of who it is
_NAMED = re.compile(
    r"^\W*with (?:(?:the|her|his|their) )?(?P<who>(?:[a-z-]+ )?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? )?"
    r"[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){1,2})\b"
)
# after the relative: "mum's partner Dean Rutter" (their name), "her brother's associates"
# (people of theirs); or nothing
# the name in apposition: "his father, Liam Stokes", "Dad (Steven Firth)"
_APPOSITION_FORMS = (
    r",\s+[A-Z][a-z'-]+ [A-Z][a-z'-]+\b(?!\s*[,(]?\s*\d)|\s*\([A-Z][a-z'-]+ [A-Z][a-z'-]+\)"
)
_APPOSITION = re.compile(rf"{_APPOSITION_FORMS}|")
_AFTER_WHOM = re.compile(
    rf"['\u2019]s [a-z]+\b|\s+[A-Z][a-z'-]+ [A-Z][a-z'-]+\b|{_APPOSITION_FORMS}|"
)
_PRONOUN = re.compile(r"^\W*(?:with\s+)?(him|her|them)\b")
# the last full name after "by", "with" ... before the pronoun
_NAMED_BEFORE = re.compile(
    r"\b(?:by|with|from|to|of)\s+(?P<who>[A-Z][a-z'-]+ [A-Z][a-z'-]+)\b"
    r"(?!.*\b(?:by|with|from|to|of)\s+[A-Z][a-z'-]+ [A-Z][a-z'-]+\b)"
)
# "No contact with father or father's partner": the others listed beside the first.
_LISTED_NEXT = re.compile(r"\s*(?:,|/|&|\bor\b|\band\b|\bnor\b)\s*")


def _also_named(after: str, found: list[str]) -> None:
    people = list(_WHOM.finditer(after))
    for before, person in pairwise(people):
        if not _LISTED_NEXT.fullmatch(after[before.end() : person.start()]):
            return
        if person.group("who").lower() not in found:
            found.append(person.group("who").lower())


# "Mother and father:", "Mum & dad -": two people named together before what is said.
_BOTH_BEFORE = re.compile(r"^\W*([A-Za-z'-]+)\s+(?:and|&)\s+([A-Za-z'-]+)\s*[:\-\u2013]")
_FAMILY = re.compile(r"\b(?P<who>(?:birth |wider |extended )?family)\b", re.I)


def family_table_text(rows: list[list[str]]) -> str | None:
    """A family-members table ("Name | Relationship | Contact") as one answer's text, a line
    per person: "Mother: fortnightly, supervised"; None when it is not such a table."""
    header = " ".join(rows[0]).lower() if rows else ""
    if not (
        re.search(r"relationship|relation\b", header)
        and re.search(r"contact|family time|frequen", header)
    ):
        return None
    lines = [" ".join(cell for cell in row[1:] if cell) for row in rows[1:]]
    return "\n".join(line for line in lines if line.strip()) or None


# How often, as the last words before the next person: "mum monthly| brother weekly".
_OFTEN_THEN = re.compile(
    "(?:" + "|".join(pattern for _, pattern in _FREQUENCY) + r")\W*(?:and\W+)?$", re.I
)


def _run_on(piece: str) -> list[str]:
    """ "mum monthly brother weekly", "mum monthly | brother weekly": arrangements run
    together without a stop, split before each person who follows how often the one
    before is seen."""
    cuts = [
        person.start()
        for person in list(_WHOM.finditer(piece))[1:]
        if _OFTEN_THEN.search(piece, 0, person.start())
    ]
    bounds = [0, *cuts, len(piece)]
    return [piece[start:end].strip(" |,") for start, end in pairwise(bounds)]


def _each_person(pieces: list[str]) -> list[str]:
    """ "Fortnightly with mum (supervised), monthly with his siblings": a piece split at
    its commas when every part names both a person and how often."""
    split: list[str] = []
    for piece in (part for whole in pieces for part in _run_on(whole)):
        parts = re.split(r",\s+", piece)
        whole = len(parts) > 1 and all(
            _WHOM.search(part) and _first(_FREQUENCY, part) for part in parts
        )
        split.extend(parts if whole else [piece])
    return split


# "sister Lacey weekly": the relation and the name the LA gives them.
# "brother Jayden", "Uncle Sam Reid": the relative's own name (a surname may follow)
_GIVEN_NAME = re.compile(r"\s+([A-Z][a-z'-]+)\b(?:\s+([A-Z][a-z'-]+)\b)?")
_NOT_A_NAME = re.compile(
    r"(mon|tues|wednes|thurs|fri|satur|sun)days?|(jan|febr)uary|march|april|may|june|july"
    r"|august|(sept|nov|dec)ember|october|weekly|fortnightly|monthly|daily|once|twice|every"
    r"|supervised|unsupervised|by|via|at|on|in|and|or|to|for|with|only|face|video|phone"
    r"|letterbox|indirect|direct|contact|family|time|visits?|calls?|no|none|tbc|the",
    re.I,
)


def _with_their_name(piece: str, whom: re.Match) -> str:
    named = _GIVEN_NAME.match(piece, whom.end())
    if named is None or _NOT_A_NAME.fullmatch(named.group(1).lower()):
        return whom.group(0).lower()
    surname = named.group(2)
    if surname and not _NOT_A_NAME.fullmatch(surname.lower()):
        return f"{whom.group(0)} {named.group(1)} {surname}".lower()
    return f"{whom.group(0)} {named.group(1)}".lower()


# A person by title and surname: "Mrs Hocking", "Mr O'Neill-Barry".
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z'-]+\b")


def _titled_first(piece: str) -> re.Match[str] | None:
    """ "Mrs Hocking every other Sunday": a person by title and surname opening the
    arrangement (a connected person, a family friend). Named later ("supervised by Mrs
    Jones") they are not whom the time is with."""
    return _TITLED.match(piece, len(piece) - len(piece.lstrip(" \t-\u2013\u2022*")))


def family_time(text: str) -> list[dict] | None:
    """Family-time arrangements in an answer; [] for "none", None when none is readable."""
    if _NO_FAMILY_TIME.match(text):
        return []
    arrangements = []
    pieces = _each_person(
        re.split(
            r"[;\n]|\.\s+|,?\s+and\s+(?=(?:\w+\s+)?(?:with\s+)?(?:her|his|their)\s)"
            # "Dad monthly No contact with mum": a sentence whose full stop was lost
            r"|(?<=[a-z])\s+(?=No (?:contact|family time)\b)",
            text,
        )
    )
    for index, piece in enumerate(pieces):
        if _NO_CONTACT.search(piece):
            continue
        # "Same as his sister: alternate Saturdays with father": the sibling named is whose
        # arrangement it copies, not whom the time is with
        piece = _SAME_AS.sub("", piece)
        whom = _WHOM.search(piece) or _titled_first(piece)
        frequency = _first(_FREQUENCY, piece) or _shared_frequency(text, pieces, index)
        if not whom or frequency is None:
            continue
        each = _EACH_OF.match(piece)
        if each:
            # "Mum and dad separately, each every two weeks": one arrangement apiece
            for person in (each.group("first"), each.group("second")):
                arrangements.append(_arrangement(person.lower(), frequency, piece))
            continue
        supervised = None
        if re.search(r"\bunsupervised\b|\bnot supervised\b|\bno supervision\b", piece, re.I):
            supervised = False
        elif re.search(r"\bsupervised\b", piece, re.I):
            supervised = True
        arrangements.append(
            {
                "with_whom": _with_their_name(piece, whom),
                "frequency": frequency,
                "supervised": supervised,
                "detail": piece.strip()[:2000],
            }
        )
    if not arrangements:
        arrangements = _one_person_apart(text)
    if not arrangements and _NONE_NEEDED.search(text):
        return []
    return arrangements or None


# "her brother Jack, weekly": the next person, joined to the one before by "and"
_JOINED_NEXT = re.compile(r"^\s*(?:her|his|their)\s", re.I)


def _shared_frequency(text: str, pieces: list[str], index: int) -> FamilyTimeFrequency | None:
    """ "Mum and her brother Jack, weekly": a person alone, the next piece (split at "and
    her") naming another person and how often: the one frequency is said of both."""
    following = pieces[index + 1] if index + 1 < len(pieces) else ""
    if not _JOINED_NEXT.match(following) or not _WHOM.search(following):
        return None
    joined = rf"{re.escape(pieces[index].strip())},?\s+and\s+{re.escape(following.strip())}"
    if not re.search(joined, text):
        return None  # "Mum; her nan weekly": two statements, not one said of both
    if _NO_CONTACT.search(following) or len(pieces[index].split()) > _ALONE_WORDS:
        return None
    return _first(_FREQUENCY, following)


_ALONE_WORDS = 3  # "Mum", "her nan": a person named alone, nothing said of them


# "Mum and dad separately, each every two weeks", "Gran and grandad, both monthly": two
# people, one frequency said of each of them
_RELATIVE = (
    r"(?:(?:birth|maternal|paternal|older|younger|big|little) )?"
    rf"(?:{kin('mother', 'father', 'step-parent', 'brother', 'sister', *GRANDPARENTS, *EXTENDED)})"
)
_EACH_OF = re.compile(
    rf"^\W*(?P<first>{_RELATIVE})\s+(?:and|&|\+)\s+(?P<second>{_RELATIVE})\b"
    r"[^.;]{0,30}\b(each|both|separately)\b",
    re.I,
)


def _arrangement(whom: str, frequency: FamilyTimeFrequency, piece: str) -> dict:
    supervised = None
    if re.search(r"\bunsupervised\b|\bnot supervised\b|\bno supervision\b", piece, re.I):
        supervised = False
    elif re.search(r"\bsupervised\b", piece, re.I):
        supervised = True
    return {
        "with_whom": whom,
        "frequency": frequency,
        "supervised": supervised,
        "detail": piece.strip()[:2000],
    }


def _one_person_apart(text: str) -> list[dict]:
    """ "Lives at home with her parents; home every week apart from the break weekend": one
    person named in one clause, how often in the next, nothing else said about anyone."""
    people = {match.group(0).lower() for match in _WHOM.finditer(text)}
    frequency = _first(_FREQUENCY, text)
    if len(people) != 1 or frequency is None or _NO_CONTACT.search(text) or _REVIEWED.search(text):
        return []
    whom = _WHOM.search(text)
    return [
        {
            "with_whom": whom.group(0).lower(),
            "frequency": frequency,
            "supervised": None,
            "detail": text.strip()[:2000],
        }
    ]


# "reviewed fortnightly", "review in a month": how often something else happens
_REVIEWED = re.compile(r"\breview\w*\b|\bmeeting\b|\bhearing\b", re.I)
