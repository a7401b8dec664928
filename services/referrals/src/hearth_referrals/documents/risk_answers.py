"""Answers to a risk's own question: "Self-harm | None known", a tick grid's row, a
checklist of risks, and one answer naming each child ("Ella - No. Finn - Yes")."""

from __future__ import annotations

import re

from hearth_contract.codes import RiskState

from hearth_referrals.documents.answered import mark_risks_answered
from hearth_referrals.documents.blocks import BlockKind
from hearth_referrals.documents.builder import DraftBuilder, RiskFinding
from hearth_referrals.documents.rules.answers import Answer
from hearth_referrals.documents.rules.risk_states import answer_state, cue_state, statements
from hearth_referrals.documents.rules.risk_words import RISK_TERMS, risk_terms

__all__ = ["risk_answer", "risk_checklist"]

LABELLED = 0.95
_ANOTHERS_LABEL = re.compile(
    r"^\W*(?:the\s+)?(?:parents?'?s?|parental|mother'?s|mum'?s|father'?s|dad'?s|siblings?'?s?"
    r"|partner'?s|carers?'?s?|family|household)\b"
    r"|\b(?:by|of) (?:the |her |his |their )?(?:parents?|mother|mum|father|dad|partner)\b",
    re.IGNORECASE,
)


def _per_child(builder: DraftBuilder, value: str) -> list[tuple[int, str]]:
    """ "Ella - No. Finn - Yes, scratches his arms": each named child's own answer."""
    names = {
        str(child.fields["first_name"].value): index
        for index, child in enumerate(builder.children)
        if "first_name" in child.fields and child.fields["first_name"].value
    }
    if len(names) < 2:
        return []
    pattern = (
        r"\b(" + "|".join(re.escape(name) for name in names) + r")\b"
        r"(?:\s*[-:\u2013(]\s*|\s+(?=(?:yes|no|none|nil|n/?a|not|historic\w*)\b))"
    )
    pieces = re.split(pattern, value)
    if len(pieces) < 5:
        return []
    return [(names[pieces[i]], pieces[i + 1].strip()) for i in range(1, len(pieces) - 1, 2)]


def risk_answer(builder: DraftBuilder, answer: Answer, shared: bool) -> bool:
    """An answer to one risk's own question ("Self-harm | None known"); False if it is not."""
    if _ANOTHERS_LABEL.search(answer.label) or answer.in_a_parents_part:
        return False  # "Mother's substance misuse: Yes" is not the child's risk
    terms = risk_terms(answer.label)
    if not terms and _RISKS_LABEL.match(answer.label):
        return _all_risks_denied(builder, answer, shared)
    if len(terms) > 1 and len(answer.label.split()) <= 8:
        return _several_risks(builder, answer, [key for key, _match in terms], shared)
    if len(terms) != 1 or len(answer.label.split()) > 14:
        return False
    key = terms[0][0]
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
    if options and not any(ticked for _text, ticked in options) and answer.value.strip():
        options = []  # "Fire setting | ☐ | ☐ | None": nothing ticked, the words answer
    value = answer.value
    in_running_text = answer.block.kind is BlockKind.PARAGRAPH and answer.label_block is None
    if in_running_text:
        value = _own_sentences(builder, answer, key, shared)
    state = answer_state(value, options, builder.reference_date)
    if in_running_text and state is RiskState.PRESENT:
        # "Professionals suspect an eating disorder: restricting food": the sentence's
        # own words before the colon say how sure, or how long ago.
        state = cue_state(answer.label) or state
    if state is None:
        builder.set_unclear(
            {},
            "risk",
            f"/children/{builder.current}/risks/{key[0]}/{key[1]}",
            "The answer does not say whether the risk applies.",
            [evidence],
        )
        return True
    if state.value != "not_stated":
        builder.add_risk(
            key, RiskFinding(state, LABELLED, evidence, answer.value, True), shared=shared
        )
    return True


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _own_sentences(
    builder: DraftBuilder, answer: Answer, key: tuple[str, str], shared: bool
) -> str:
    """ "Current risk of self-harm: ligature 14/11. No known risk of CSE, ...": a line of
    running text answers its label only up to the first sentence naming another risk;
    the sentences from there are read as statements of their own."""
    sentences = _SENTENCE_END.split(answer.value)
    for index, sentence in enumerate(sentences[1:], start=1):
        if any(other != key for other, _match in risk_terms(sentence)):
            rest = " ".join(sentences[index:])
            for statement in statements(rest, builder.reference_date):
                evidence = answer.block.evidence(statement.quote)
                finding = RiskFinding(statement.state, 0.8, evidence, statement.quote, False)
                builder.add_risk((statement.group, statement.name), finding, shared=shared)
            return " ".join(sentences[:index])
    return answer.value


# "Risks", "Known risks", "Risks (to the child and from the child to others)": a label
# asking about every risk at once.
# A singular "Risk" heads a grid's column, so only "Risks" and "Any risk(s)" count.
_RISKS_LABEL = re.compile(
    r"^\W*(?:(?:known |current |identified )?risks|any risks?)"
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
    if re.search(r"\bknown (to|by)\b", answer.value, re.I):
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


def _several_risks(
    builder: DraftBuilder, answer: Answer, keys: list[tuple[str, str]], shared: bool
) -> bool:
    """ "CSE / CCE: No", "Fire setting or harm to animals: None known": a "none" answers
    every risk the label names; any other answer is read for the risks it names itself."""
    if answer.options or answer.placeholder:
        return False
    if answer_state(answer.value, [], builder.reference_date) is not RiskState.NONE_KNOWN:
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
