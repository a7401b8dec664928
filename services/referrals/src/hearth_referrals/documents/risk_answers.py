"""Answers to a risk's own question: "Self-harm | None known", a tick grid's row, a
checklist of risks, and one answer naming each child ("Ella - No. Finn - Yes")."""

from __future__ import annotations

import re
from dataclasses import replace

from hearth_contract.codes import RiskState

from hearth_referrals.documents.answered import mark_risks_answered
from hearth_referrals.documents.blocks import BlockKind
from hearth_referrals.documents.builder import DraftBuilder, RiskFinding
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.context import pseudo
from hearth_referrals.documents.rules.history import no_contact
from hearth_referrals.documents.rules.risk_closings import closing_denial, ticked_names
from hearth_referrals.documents.rules.risk_states import (
    EMPTY_BOXES,
    answer_state,
    cue_state,
    listed_risks,
    statements,
)
from hearth_referrals.documents.rules.risk_words import RISK_TERMS, risk_terms
from hearth_referrals.documents.rules.verdict_codes import (
    only_a_verdict,
    option_state,
    verdict_state,
    verdict_words,
)

__all__ = [
    "blanket_answer",
    "blanket_no_risks",
    "closing_line",
    "keyed_by_order",
    "read_named_blankets",
    "risk_answer",
    "risk_checklist",
]

LABELLED = 0.95
_ANOTHERS_LABEL = re.compile(
    r"^\W*(?:the\s+)?(?:parents?'?s?|parental|mother'?s?|mum'?s?|father'?s?|dad'?s?|siblings?'?s?"
    r"|partner'?s|carers?'?s?|family|household)\b"
    r"|\b(?:by|of) (?:the |her |his |their )?(?:parents?|mother|mum|father|dad|partner)\b",
    re.IGNORECASE,
)


def _per_child(builder: DraftBuilder, value: str) -> list[tuple[int, str]]:
    """ "Ella - No. Finn - Yes, scratches his arms": each named child's own answer; or,
    keyed by letters or numbers in the order the children were introduced ("A - No.
    B - Yes", "1: none; 2: yes"), as many keys as there are children."""
    names = {
        str(child.fields["first_name"].value): index
        for index, child in enumerate(builder.children)
        if "first_name" in child.fields and child.fields["first_name"].value
    }
    if len(names) == 1:
        return _own_name_first(names, value)
    if len(names) < 2:
        return []
    pattern = (
        r"\b(" + "|".join(re.escape(name) for name in names) + r")\b"
        r"(?:\s*[-:\u2013(]\s*|\s+(?=(?:yes|no|none|nil|n/?a|not|historic\w*)\b))"
    )
    pieces = re.split(pattern, value)
    if len(pieces) == 3 and not pieces[0].strip():
        return [(names[pieces[1]], pieces[2].strip())]  # "Ruby-Jo - out overnight": hers
    if len(pieces) < 5:
        return keyed_by_order(len(builder.children), value)
    return [(names[pieces[i]], pieces[i + 1].strip()) for i in range(1, len(pieces) - 1, 2)]


def _own_name_first(names: dict[str, int], value: str) -> list[tuple[int, str]]:
    """ "Reece - N" in a grid written one cell per child: with one child the name is only
    the cell's key, and the answer is what follows it."""
    ((name, index),) = names.items()
    keyed = re.match(rf"\s*{re.escape(name)}\s*[-:\u2013]\s*(?=\S)", value)
    return [(index, value[keyed.end() :].strip())] if keyed else []


_ORDER_KEY = re.compile(r"(?:^|(?<=[.;])\s+)\(?([A-D1-4])\)?\s*[-:\u2013]\s+")


def keyed_by_order(count: int, value: str) -> list[tuple[int, str]]:
    """ "A - No. B - Yes, ...": each child's answer by a letter or number key, when there
    are exactly as many keys as children and in order; empty otherwise."""
    keys = list(_ORDER_KEY.finditer(value))
    wanted = ["ABCD"[:count], "1234"[:count]]
    if count < 2 or "".join(key.group(1) for key in keys) not in wanted:
        return []
    ends = [key.start() for key in keys[1:]] + [len(value)]
    return [
        (index, value[key.end() : end].strip())
        for index, (key, end) in enumerate(zip(keys, ends, strict=True))
    ]


def risk_answer(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """An answer to one risk's own question ("Self-harm | None known"); False if it is not."""
    if _ANOTHERS_LABEL.search(answer.label) or answer.in_a_parents_part:
        return False  # "Mother's substance misuse: Yes" is not the child's risk
    named = _risk_before_its_boxes(answer)
    if named:
        # "Fire setting ☐ Yes ☒ No": the risk's name is the row's label, the boxes its
        # answer, and any words after the boxes its detail ("[x] Past  set a fire in 2023")
        answer = replace(answer, label=named, value=answer.value[len(named) :].strip())
    terms = [
        (key, match)
        for key, match in risk_terms(answer.label)
        if not pseudo(answer.label, match.start(), match.end())  # "Drug allergies"
    ]
    if not terms and _RISKS_LABEL.match(answer.label):
        return _all_risks_denied(builder, answer, shared)
    if not terms and _ticked_by_name(builder, answer, shared):
        return True
    listed = listed_risks(answer.label)
    if listed:
        return _several_risks(builder, answer, listed, shared)
    if len(terms) > 1 and len(answer.label.split()) <= 8:
        return _several_risks(builder, answer, [key for key, _match in terms], shared)
    if len(terms) != 1 or len(answer.label.split()) > 14:
        return False
    key = _in_the_named_group(answer.label, terms[0][0])
    per_child = _per_child(builder, answer.value)
    if per_child:
        current = builder.current
        for index, value in per_child:
            builder.current = index
            risk_answer(builder, Answer(answer.label, value, answer.block), False)
        builder.current = current
        return True
    if len(builder.children) > 1 and re.search(
        r"\b(both|neither|all|none of)\b", answer.value, re.I
    ):
        shared = True
    evidence = answer.block.evidence(f"{answer.label}: {answer.block.text}")
    if not answer.placeholder:
        mark_risks_answered(builder, answer.label, answer.value, key)
    if answer.placeholder:
        builder.set_unclear(
            {},
            "risk",
            f"/children/{builder.current}/risks/{key[0]}/{key[1]}",
            "The answer still shows the form's prompt.",
            [evidence],
        )
        return True
    options = answer.options
    if options and not any(ticked for _text, ticked in options) and _words(answer.value):
        options = []  # "Fire setting | ☐ | ☐ | None": nothing ticked, the words answer
    in_running_text = answer.block.kind is BlockKind.PARAGRAPH and answer.label_block is None
    state = answer_state(_own_answer(answer.value, key), options, builder.reference_date)
    if in_running_text and state is RiskState.PRESENT and not _asked(answer):
        # "Professionals suspect an eating disorder: restricting food": the sentence's
        # own words before the colon say how sure, or how long ago.
        state = cue_state(answer.label) or state
    state = _verdict_in_label(answer.label) or state
    if state is None:
        builder.set_unclear(
            {},
            "risk",
            f"/children/{builder.current}/risks/{key[0]}/{key[1]}",
            "The answer does not say whether the risk applies.",
            [evidence],
        )
        return True
    if state is RiskState.NOT_STATED and not _words(answer.value):
        builder.children[builder.current].left_blank.add(key)
    if state.value != "not_stated":
        # "Fire setting | Yes": the verdict alone describes nothing (a gap to ask about)
        detail = "" if only_a_verdict(answer.value) else answer.value
        builder.add_risk(key, RiskFinding(state, LABELLED, evidence, detail, True), shared=shared)
    other_risks_in_answer(builder, answer, key, shared)
    _no_contact_in_a_risk(builder, answer)
    return True


def _words(value: str) -> str:
    """An answer's words without the empty boxes of a column nobody ticked."""
    return EMPTY_BOXES.sub(" ", value).strip()


def _no_contact_in_a_risk(builder: DraftBuilder, answer: Answer) -> None:
    """ "Exploited by Kieran Lowther (23); no contact with him": a risk's answer that says
    whom the child must not see says who is out of the family time."""
    people = no_contact(answer.value)
    if not people:
        return
    fields = builder.child.fields
    earlier = fields.get("no_contact_with")
    if earlier is not None and isinstance(earlier.value, list):
        earlier.value = [*earlier.value, *(p for p in people if p not in earlier.value)]
        return
    builder.set(fields, "no_contact_with", people, 0.75, answer.block.evidence())


# "Missing from care - in the past: went missing in 2024, none this year": a risks list
# gives each risk's verdict after a dash, before the colon; the words after it describe it.
_LABEL_VERDICT = re.compile(
    rf"\s[-\u2013]\s+({verdict_words(RiskState.SUSPECTED, RiskState.HISTORICAL)}"
    r"|current(?:ly)?|ongoing|present|none known|not known to be a risk)\W*$",
    re.I,
)


def _verdict_in_label(label: str) -> RiskState | None:
    found = _LABEL_VERDICT.search(label)
    return verdict_state(found.group(1)) if found else None


_VERDICT_OPTION = re.compile(
    rf"^\W*({verdict_words()}|no|n|n/?a|unknown|not known|don'?t know)\W*$", re.I
)


_FIRST_BOX = re.compile(r"\u2610|\u2611|\u2612|\[\s*[xX\u2713\u2714]?\s*\]")


def _risk_before_its_boxes(answer: Answer) -> str:
    """The risk's name a row of verdict boxes follows ("Fire setting ☐ Yes ☒ No"), the
    words before the first box; empty when the row is not one."""
    if answer.label or not answer.options:
        return ""
    if not all(_VERDICT_OPTION.match(text) or option_state(text) for text, _ in answer.options):
        return ""
    box = _FIRST_BOX.search(answer.block.text)
    name = answer.block.text[: box.start()].strip() if box else ""
    if not (name and answer.value.startswith(name)):
        name = answer.value
    if 0 < len(name.split()) <= 6 and risk_terms(name):
        return name
    return ""


_QUESTION = re.compile(r"^\W*(is|are|was|were|does|do|did|has|have|had|can|could|any)\b", re.I)


def _asked(answer: Answer) -> bool:
    """ "Is there any concern about fire-setting? Yes - ...": the form's question, whose
    words ("concern", "history") are the form's, not what the writer says of the child."""
    return bool(_QUESTION.match(answer.label)) or bool(
        re.search(re.escape(answer.label.strip()) + r"\s*\?", answer.block.text)
    )


_OTHER_RISKS = re.compile(r"\b(other|further|additional)\b", re.I)
_TO_OTHERS = re.compile(r"\b(to|towards|against) (others|other people)\b", re.I)


def _in_the_named_group(label: str, key: tuple[str, str]) -> tuple[str, str]:
    """ "Risk to others: criminal exploitation" is the child exploiting others: a risk
    named under a to-others label is the to-others risk of that name, where there is one."""
    if key[0] == "to_child" and _TO_OTHERS.search(label) and ("to_others", key[1]) in RISK_TERMS:
        return ("to_others", key[1])
    return key


def _own_answer(value: str, key: tuple[str, str]) -> str:
    """The sentences answering this risk: "kicks when routines change. Nothing is known to
    suggest self-harm, ..." answers violence with its first sentence; the rest are about
    other risks (read by ``other_risks_in_answer``). "No, but she goes missing" answers
    self-harm with its "No": the contrast is about another risk."""
    sentences = re.split(r"(?<=[.;!?])\s+|,?\s+(?=but\b)", value.strip())
    for index in range(1, len(sentences)):
        if _BLANKET_SENTENCE.match(sentences[index]) and _OTHER_RISKS.search(sentences[index]):
            return " ".join(sentences[:index])  # "... No other risks are known."
        named = [found for found, _match in risk_terms(sentences[index])]
        if named and key not in named:
            return " ".join(sentences[:index])
    return value


# "Risks", "Known risks", "Risks (to the child and from the child to others)": a label
# asking about every risk at once.
# A singular "Risk" heads a grid's column, so only "Risks" and "Any risk(s)" count.
_RISKS_LABEL = re.compile(
    r"^\W*(?:(?:known |current |identified )?risks|any risks?"
    # "Harm to others", "Risk to self": one group's risks
    r"|(?:risk|harm|danger)(?= to (?:others|self|(?:him|her|them)sel\w+)))"
    r"( (to|from|and|of|for|posed)\b[^:]*"
    r"|\s*\([^)]*\))?\W*$",
    re.I,
)


def _all_risks_denied(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """ "Risks | None known": every risk the label asks about is none known. Any other
    answer is read sentence by sentence (False)."""
    if answer.options or answer.placeholder or risk_terms(answer.value):
        return False
    if re.search(r"\byes\s*/\s*no\b|\bno\s*/\s*yes\b", answer.value, re.I):
        return False  # a grid's column headers ("Known? (Yes / No / Historical)")
    if re.search(
        r"\bknown (to|by)\b(?! (self|(him|her|them)sel\w+|the child|others)\b)", answer.value, re.I
    ):
        return False  # "none known to EDT": only what one team knows tonight
    if answer_state(answer.value, [], builder.reference_date) is not RiskState.NONE_KNOWN:
        return False
    label = answer.label.lower()
    to_others = bool(re.search(r"\bothers\b", label))
    to_child = not to_others or bool(re.search(r"\b(child|young person|self|themsel\w+)\b", label))
    groups = {"to_child"} if to_child else set()
    groups |= {"to_others"} if to_others or not re.search(r"\bto (the )?child\b", label) else set()
    evidence = answer.block.evidence(f"{answer.label}: {answer.block.text}")
    for key in RISK_TERMS:
        if key[0] in groups:
            finding = RiskFinding(RiskState.NONE_KNOWN, LABELLED, evidence, answer.value, True)
            builder.add_risk(key, finding, shared=shared)
    return True


def _ticked_by_name(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """ "Risks - tick all that apply: Eating, Missing": each named risk is a concern; the
    form's detail box says how current (read as prose, it may outrank this)."""
    keys = ticked_names(answer.label, answer.value)
    evidence = answer.block.evidence(f"{answer.label}: {answer.value}")
    for key in keys:
        mark_risks_answered(builder, answer.label, answer.value, key)
        # the ticked names are the detail, as when the list is read as prose
        finding = RiskFinding(RiskState.PRESENT, 0.8, evidence, answer.value, False)
        builder.add_risk(key, finding, shared=shared)
    return bool(keys)


def _several_risks(
    builder: DraftBuilder, answer: Answer, keys: list[tuple[str, str]], shared: bool
) -> bool:
    """ "CSE / CCE: No", "Fire setting or harm to animals: None known": a "none" answers
    every risk the label names; any other answer is read for the risks it names itself."""
    if answer.placeholder:
        return False
    # "Exploitation (sexual or criminal) ☐ Yes ☒ No": a ticked "No" answers each one too
    state = answer_state(answer.value, answer.options, builder.reference_date)
    if state is not RiskState.NONE_KNOWN:
        return False
    if risk_terms(answer.value):
        return False  # "No CSE concerns; CCE - county lines": read clause by clause
    evidence = answer.block.evidence(f"{answer.label}: {answer.block.text}")
    for key in keys:
        mark_risks_answered(builder, answer.label, answer.value, key)
        finding = RiskFinding(RiskState.NONE_KNOWN, LABELLED, evidence, answer.value, True)
        builder.add_risk(key, finding, shared=shared)
    return True


def risk_checklist(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """ "☒ Going missing ☐ Self harm ☒ Aggression" (tick all that apply): each ticked risk
    is present; an unticked one is not stated (the list does not say it is absent)."""
    named = [(risk_terms(text), ticked) for text, ticked in answer.options]
    denials = [
        statement
        for text, ticked in answer.options
        if ticked and not risk_terms(text)
        for statement in statements(text)
        if statement.state is RiskState.NONE_KNOWN
    ]
    if denials and not any(ticked and terms for terms, ticked in named):
        evidence = answer.block.evidence()  # "☒ No known risks"
        for statement in denials:
            finding = RiskFinding(RiskState.NONE_KNOWN, 0.9, evidence, statement.quote, True)
            builder.add_risk((statement.group, statement.name), finding, shared=shared)
        return True
    if len([terms for terms, _ticked in named if len(terms) == 1]) < 2:
        return False
    evidence = answer.block.evidence()
    for terms, ticked in named:
        if ticked and len(terms) == 1:
            detail = answer.block.text[:2000]
            finding = RiskFinding(RiskState.PRESENT, 0.9, evidence, detail, True)
            builder.add_risk(terms[0][0], finding, shared=shared)
    return True


ALL_RISKS = [
    ("to_child", "self_harm"),
    ("to_child", "sexual_exploitation"),
    ("to_child", "criminal_exploitation"),
    ("to_child", "drug_alcohol"),
    ("to_child", "eating_disorder"),
    ("to_child", "missing"),
    ("to_others", "physical_harm"),
    ("to_others", "sexual_harm"),
    ("to_others", "fire_setting"),
    ("to_others", "harm_to_animals"),
    ("to_others", "criminal_exploitation"),
]
_RISKY_LABEL = re.compile(
    # "All other areas: none": a risks list's last row, for every risk not listed above
    r"\b(risks?|vulnerabilit\w*|behaviou?rs?|concerns|safety|safeguarding)\b"
    r"|^\W*(all )?other (risk )?areas\W*$",
    re.IGNORECASE,
)
# A risk box answered "None known", or a sentence saying there are no (other) known risks
# ("No known risks to herself or others", "There are no other known risks", "Otherwise no
# risks identified"): every risk the document does not state otherwise is none known.
_BLANKET_ANSWER = re.compile(
    r"^\W*(no|none|nil|n/?a|not applicable|no concerns?|none (known|identified|reported)"
    r"|nil known|no known (risks?|concerns?))"
    r"( (to|for) (self|(him|her|them)sel(f|ves)|the (child|baby|infant|young person)|him|her)"
    r"( (or|and) (to )?others)?)?"
    # "None known - newborn baby": a short reason after the answer, not an exception to it
    r"(\s*[-\u2013,(]\s*(?![^.;]*\b(but|except|however|although|apart|other than|unless)\b)"
    r"[\w ,'()/-]{1,40})?\W*$",
    re.IGNORECASE,
)
_BLANKET_SENTENCE = re.compile(
    r"^\W*(?:(?:there (?:are|is|were) (?:currently |at present )?)?(?:no|not any) "
    r"|otherwise,? (?:there are )?no |none "
    # "We are not aware of any risks", "Theo presents no known risks to himself or others"
    r"|(?:we are|i am|the (?:la|local authority) is) not aware of any "
    r"|(?:he|she|they|[a-z][\w'-]+) (?:presents?|poses?) no "
    # "Nothing else is known about risk for Ava": no more risks than those just stated
    r"|nothing (?:else|more|further) (?:is )?known (?:about|of) (?:any )?"
    # "The review heard of no other risks", "The panel identified no other concerns": who
    # looked and found none
    r"|(?:the |this |our )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,3} (?:heard|knows?|knew|learn[et]d?"
    r"|(?:is|are|was|were) aware) of no "
    r"|(?:the |this |our )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,3} (?:identified|reported|raised"
    r"|noted|found|recorded) no )"
    r"(?:other |further |additional )?(?:known |current |identified |significant |reported )?"
    r"(?:other |further )?(?:risks?|concerns?|risk (?:factors|issues|areas?)|areas? of (?:risk"
    r"|concern))"
    r"(?: at all| whatsoever)?"
    r"(?: (?:are |have been |were )?(?:known|identified|noted|reported|highlighted|recorded"
    r"|on (?:record|file)))?"
    # "No further risk issues are known to the department": known to whom is not whose risk
    r"(?: (?:to|by) (?:the |this |our )?(?:department|local authority|la|us|services"
    r"|children'?s services|service|team|professionals|agencies))?"
    # "... to herself or others", "... to Liam or from Liam" (the child by name)
    r"(?: (?:to|for|towards|from)"
    # "... for either child", "... for any of the three children": every child at once
    r" (?:(?:either|each|both|any|all)(?: of)?(?: the| these)?(?: two| three| four)?"
    r" (?:child(?:ren)?|siblings?|girls?|boys?)|the (?:children|siblings)"
    r"|him|her|them|the child|the young person|(?!others\b)[a-z]+)?\s?"
    r"(?:sel(?:f|ves))?(?: (?:him|her|them)sel(?:f|ves))?"
    r"(?:,? (?:or|and|nor) (?:to |from )?(?:others|him|her|them|[a-z]+))?)?"
    # "... for any of the children", "... for either of them": the whole group's answer
    r"(?: (?:for|to|about|of) (?:any|all|each|either|both|none) of (?:the |these )?"
    r"(?:children|siblings|them|(?:two|three|four) children))?"
    r"(?: (?:at (?:this|the present) time|currently|at present))?"
    r"(?: (?:are )?(?:known|identified|noted))?"
    # "... known to the department": the LA's own knowledge, the referral's whole answer
    r"(?: (?:to|by) (?:the |this )?(?:department|local authority|authority|council|service))?"
    # "No risks, of course.", "There are no known risks at all."
    # "... for Tyrese, in any area": every risk the form asks about
    r"(?:,? (?:of course|obviously|at all|whatsoever|as such|in any (?:area|way|respect"
    r"|domain|of (?:the|these) areas)s?))?"
    r"\W*$",
    re.IGNORECASE,
)


# "Risk to others (sexual)", "Risk to self - eating": a label naming one kind of risk.
_OF_A_KIND = re.compile(
    r"(\(|\s[-\u2013:]\s*)[^)]*\b(sexual\w*|physical\w*|violen\w*|fire|arson|animals?"
    r"|exploit\w*|criminal|drugs?|alcohol|substances?|eating|missing|harm)\b",
    re.I,
)


# "No known risk", "Nil risk identified", "No current risk": one risk's verdict, singular
_ONE_VERDICT = re.compile(
    r"^\W*(no|nil|none)( known| current| identified| evident| apparent)? risk"
    r"( known| identified| at (present|this time)| currently)?\W*$",
    re.I,
)


def one_risks_verdict(answer: Answer) -> bool:
    """ "Cruelty to animals | No known risk": a row naming one risk, answered for that risk
    in the singular, says nothing of the others (a blanket says "no (other) risks")."""
    return bool(answer.label and _ONE_VERDICT.match(answer.value) and risk_terms(answer.label))


def blanket_answer(value: str) -> bool:
    """ "None known", "No known risks to herself or others", "None known - newborn baby"."""
    return bool(_BLANKET_ANSWER.match(value))


def blanket_no_risks(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """ "Risks: None known", "No known risks to herself or others": each risk not stated
    otherwise is none known (a stated risk outranks it when the risks are settled)."""
    if _ANOTHERS_LABEL.search(answer.label) or answer.options or one_risks_verdict(answer):
        return False
    if _RISKS_LABEL.match(answer.label) and _BLANKET_ANSWER.match(answer.value):
        return False  # "Risks | None known": risk_answer reads it, for the groups it names
    if answer.in_a_parents_part and not re.search(r"\b(child|young person|baby)", answer.label):
        return False
    # an unlabelled line under a "Risks to the baby" Part answers the Part's question
    label = answer.label or (answer.part if not answer.in_a_parents_part else "")
    risky = (
        bool(_RISKY_LABEL.search(label)) and not risk_terms(label) and not _OF_A_KIND.search(label)
    )
    sentences = re.split(r"(?<=[.!?;])\s+", answer.value.strip())
    # "This is a diagnosis, not a behaviour: there are no known risks to Liam": the words
    # after a sentence's colon may be the blanket answer
    sentences += [part.rsplit(":", 1)[1].strip() for part in sentences if ":" in part]
    sentences += [clause for sentence in sentences for clause in _denying_clauses(sentence)]
    # In a longer answer "No current concerns." may be about the risk just named ("has been
    # criminally exploited (2023). No current concerns."): only "no (other) risks" is blanket.
    alone = len(sentences) == 1
    said = next(
        (
            sentence
            for sentence in sentences
            if _BLANKET_SENTENCE.match(sentence)
            and (
                (risky and alone)
                # not "no further concerns": that closes the risk just named
                or re.search(r"\b(risks?|other|otherwise)\b", sentence, re.I)
            )
        ),
        None,
    )
    # "None known - newborn baby": the reason after the dash does not change the answer
    reasoned = re.split(r"\s+[-\u2013]\s+", answer.value.strip(), maxsplit=1)[0]
    if said is None and risky and _BLANKET_ANSWER.match(reasoned):
        said = answer.value
    if said is None and _denial_as_label(answer):
        said = answer.label  # "No risks known: Poppy is a settled three-year-old."
    if said is None:  # "Bit a peer in 2023. Nothing else.", "No risks identified by Kent"
        said = closing_denial(
            sentences, _about_every_risk(label, answer), bool(risk_terms(answer.label))
        )
    if said is None:
        return False
    person = _person_before(answer, said)
    if person and not builder.settling_named:
        # "Ruby: no known risks", written before the children are read: hers alone, once
        # she is known (read_named_blankets)
        named_answer = replace(answer, label=person, value=said)
        builder.named_blankets.append((named_answer, shared, builder.current))
        return True
    evidence = answer.block.evidence(f"{answer.label}: {said}" if answer.label else said)
    named = None
    if len(builder.children) > 1 and re.search(
        r"\b(both|all|neither|either|none of|each|any of|the children|the siblings)\b", said, re.I
    ):
        shared = True
    else:
        # "Ellie, none at all, no risks whatsoever": the child the whole sentence names
        named = _child_named_in(builder, next((line for line in sentences if said in line), said))
        shared = shared and named is None  # "... for Reuben": his alone, whatever the scope
    current = builder.current
    builder.current = current if named is None else named
    for key in ALL_RISKS:
        finding = RiskFinding(RiskState.NONE_KNOWN, 0.7, evidence, "", False)
        builder.add_risk(key, finding, shared=shared)
    builder.answered.add(f"/children/{builder.current}/risks")
    builder.current = current
    return True


_EXCEPTION = re.compile(
    r"\b(but|except|however|although|apart from|other than|unless|besides)\b", re.I
)


def _denying_clauses(sentence: str) -> list[str]:
    """The comma-separated clauses of a sentence that may be its blanket denial: the first,
    when what follows is only a reason or a hedge ("No risks for Alfie himself, obviously,
    he's two weeks old"), and the last ("Apart from that, no, nothing else, no other
    risks")."""
    if "," not in sentence:
        return []
    first, rest = sentence.split(",", 1)
    clauses = [sentence.rsplit(",", 1)[1].strip()]
    if not risk_terms(rest) and not _EXCEPTION.search(rest):
        clauses.append(first.strip())
    return clauses


def closing_line(value: str) -> bool:
    """ "Nothing else.", "No further concerns known to the team", "None known": a line that
    closes a list of risks by denying the rest, read as such only under the list (a
    sentence that says "no (other) risks" is read as a denial wherever it stands, and for
    the child it names)."""
    value = value.strip()
    clauses = [value, *_denying_clauses(value)]
    if any(
        _BLANKET_SENTENCE.match(clause) and re.search(r"\b(risks?|other|otherwise)\b", clause, re.I)
        for clause in clauses
    ):
        return False
    return bool(
        _BLANKET_ANSWER.match(value)
        or any(_BLANKET_SENTENCE.match(clause) for clause in clauses)
        or closing_denial([value], True)
    ) and not risk_terms(value)


def _denial_as_label(answer: Answer) -> bool:
    """ "No risks known: Poppy is a settled three-year-old.": the words before the colon are
    the denial, the words after it its reason (naming no risk)."""
    return bool(
        answer.label
        and re.search(r"\brisks\b", answer.label, re.I)
        and _BLANKET_SENTENCE.match(answer.label)
        and not risk_terms(answer.value)
        and not _EXCEPTION.search(answer.value)
    )


def _about_every_risk(label: str, answer: Answer) -> bool:
    """An answer about risks in general: under a risks label or Part, or unlabelled and
    naming a risk ("MFH x3. Nil else."); not one risk's own row, whose "nothing else"
    closes it."""
    if risk_terms(label) or _OF_A_KIND.search(label):
        return False
    if _RISKY_LABEL.search(label):
        return True
    return not answer.label and bool(risk_terms(answer.value))


_PERSON_LABEL = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def _person_before(answer: Answer, said: str) -> str | None:
    """The first name a blanket answer is written after ("Ruby: no known risks"), as the
    answer's label or just before the colon in its line; None otherwise."""
    if _PERSON_LABEL.match(answer.label):
        return answer.label
    after_a_clause = re.search(r"[.;,\-\u2013]\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)$", answer.label)
    if after_a_clause and answer.value.strip() == said.strip():
        return after_a_clause.group(1)  # "Nothing on file for Ava - Ruby: no known risks"
    found = re.search(
        r"(?:^|[\s(\-\u2013])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*:\s*" + re.escape(said), answer.value
    )
    return found.group(1) if found else None


def read_named_blankets(builder: DraftBuilder) -> None:
    """Each "Ruby: no known risks" for the child of that name, once the children are read."""
    current = builder.current
    builder.settling_named = True
    for answer, shared, written_in in builder.named_blankets:
        named = _child_named_in(builder, answer.label, alone=True)
        builder.current = written_in if named is None else named
        # a label that names no child ("Summary: no known risks") is read as it was written
        blanket_no_risks(builder, answer, shared and named is None)
    builder.settling_named = False
    builder.current = current


def _child_named_in(builder: DraftBuilder, sentence: str, alone: bool = False) -> int | None:
    """ "There are no known risks for Piper": of several children, the one the sentence
    names (by first or known-as name), whichever child's section it is read in."""
    if len(builder.children) < (1 if alone else 2):
        return None
    words = {word.lower() for word in re.findall(r"[A-Za-z'-]+", sentence)}
    named = {
        index
        for index, child in enumerate(builder.children)
        for key in ("first_name", "known_as")
        if key in child.fields and str(child.fields[key].value or "").lower() in words
    }
    return named.pop() if len(named) == 1 else None


def other_risks_in_answer(
    builder: DraftBuilder, answer: Answer, key: tuple[str, str], shared: bool
) -> None:
    """ "Self-harm: ligature incident. No known concerns about going missing or
    fire-setting.": the sentences of one risk's answer about other risks are read for
    those too, as denied, historical or suspected. Such a sentence makes another risk
    present only when it is labelled as that risk's own answer ("... Current risk of
    going missing: missing 20 times in 8 weeks."): otherwise a risk's box is where the
    form asks about that risk, and another risk named in it is context (a trigger, a
    sibling's or an earlier placement's behaviour)."""
    if one_risks_verdict(answer):
        return  # "Fire setting | No known risk": that row's risk alone
    for statement in statements(answer.value, builder.reference_date):
        other = (statement.group, statement.name)
        if other == key:
            continue
        if (
            statement.state == RiskState.PRESENT
            and not _labelled_as(statement.quote, other)
            and not _volunteered(answer.value, statement.quote)
        ):
            continue
        evidence = answer.block.evidence(statement.quote)
        finding = RiskFinding(statement.state, 0.8, evidence, statement.quote, False, aside=True)
        builder.add_risk((statement.group, statement.name), finding, shared=shared)


_DENIED_BUT = re.compile(r"^\W*(?:[\w -]{1,30}:\s*)?(?:no|none|nil|not)\b[^.;]*?\bbut\b(.*)", re.I)


def _volunteered(value: str, quote: str) -> bool:
    """ "Self-harm: no, but she has gone missing twice this month": after denying the risk
    asked about, the writer volunteers another; that one is stated, not context."""
    contrast = _DENIED_BUT.match(value)
    return bool(contrast) and quote.strip(" .;,") in contrast.group(1)


def _labelled_as(sentence: str, key: tuple[str, str]) -> bool:
    """The sentence opens with a label naming this risk: "Current risk of CSE: ..."."""
    label, colon, _rest = sentence.partition(":")
    return bool(colon) and len(label) <= 80 and key in [found for found, _ in risk_terms(label)]
