"""Collects what the rules find into the draft: values, confidences, evidence, doubts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from hearth_contract.codes import RiskState
from hearth_contract.documents import Evidence, ExtractedValue, ExtractionState, UnclearItem

from hearth_referrals.documents.own_words import in_own_words

__all__ = ["ChildFindings", "DraftBuilder", "RiskFinding", "clean_reference"]

# Stronger statements win when a risk is described more than once.
STATE_RANK = {
    RiskState.PRESENT: 4,
    RiskState.SUSPECTED: 3,
    RiskState.HISTORICAL: 2,
    RiskState.NONE_KNOWN: 1,
    RiskState.NOT_STATED: 0,
}


@dataclass(slots=True)
class RiskFinding:
    state: RiskState
    confidence: float
    evidence: Evidence
    detail: str
    labelled: bool
    # read in another risk's own answer ("HSB: no - he was groomed online in 2023"): an
    # aside that does not overrule this risk's own answer
    aside: bool = False


@dataclass(slots=True)
class ChildFindings:
    fields: dict[str, ExtractedValue] = field(default_factory=dict)
    school: dict[str, ExtractedValue] = field(default_factory=dict)
    risks: dict[tuple[str, str], list[RiskFinding]] = field(default_factory=dict)
    settled: dict[tuple[str, str], RiskFinding] = field(default_factory=dict)
    # The risks the form asked about this child and left blank ("Fire setting | ").
    left_blank: set[tuple[str, str]] = field(default_factory=set)
    # The answer read for each of the child's labelled fields, for a sibling's "same as"
    answers: dict[str, Any] = field(default_factory=dict)


_PAIRS = {")": "(", "]": "[", "}": "{"}


def clean_reference(reference: str) -> str:
    """A case reference without the punctuation written after it: "(Ref: ABC-123)." keeps
    "ABC-123", but "LCC/90-2214 (A)" keeps its own brackets."""
    reference = reference.strip()
    while reference and reference[-1] in ".,;:!?'\")]}":
        closing = reference[-1]
        if closing in _PAIRS and _PAIRS[closing] in reference:
            break
        reference = reference[:-1].rstrip()
    return re.sub(r"^[(\[{'\"]+(?=[^)\]}'\"]*$)", "", reference)


class DraftBuilder:
    """The draft as it is being read; one instance per document."""

    def __init__(self, reference_date: date) -> None:
        self.reference_date = reference_date
        self.top: dict[str, ExtractedValue] = {}
        self.contacts: dict[str, dict[str, ExtractedValue]] = {
            "social_worker": {},
            "team_manager": {},
        }
        self.placement: dict[str, ExtractedValue] = {}
        # The referrer's own answers: the worker's only when no one else is named as the worker.
        self.referrer: dict[str, ExtractedValue] = {}
        self.children: list[ChildFindings] = [ChildFindings()]
        self.shared_risks: dict[tuple[str, str], list[RiskFinding]] = {}
        self.unclear: list[UnclearItem] = []
        self.warnings: list[str] = []
        # The completeness questions the document answers (see documents/answered.py).
        self.answered: set[str] = set()
        # Questions a sentence says the writer cannot answer yet ("I have not got his
        # placement history to hand"): asked, whatever other sentences hint.
        self.not_to_hand: set[str] = set()
        # Answered with a value the reader could not parse ("Start date: March 2027 (1st)"):
        # unclear for the officer, but never asked of the LA again.
        self.answered_unparsed: set[str] = set()
        self.current = 0
        # The reader failed on the document: nothing was read (documents/__init__.py).
        self.stopped = False
        # A letter or number a sibling group's form gives each child: "Holly Tranter (A)".
        self.aliases: dict[str, int] = {}
        # Set while a correction is read: it replaces what the original said.
        self.overriding = False
        # "I'm Ella's social worker": the sender of the message (the Part) that says so.
        self.worker_sends: str | None = None
        # "Please ask for: Sam Pike, Placement Officer" just read: the bare "Direct line" or
        # "Email" under it is that person's, not the worker's
        self.someone_elses_details = False
        self.young_parent = False  # the child is a parent: their baby is attached to them
        # A start date answered "ASAP" or "today": the referral date, once that is read.
        self.start_at_once: Evidence | None = None
        # "Ruby: no known risks" written before Ruby's details: read once she is known.
        self.named_blankets: list[Any] = []
        self.settling_named = False

    @property
    def child(self) -> ChildFindings:
        return self.children[self.current]

    def child_pointer(self, name: str) -> str:
        return f"/children/{self.current}/{name}"

    def set(
        self,
        scope: dict[str, ExtractedValue],
        key: str,
        value: Any,
        confidence: float,
        evidence: Evidence,
    ) -> None:
        """Record a value; a surer reading replaces a less sure one, never an unclear mark."""
        if key == "la_reference" and isinstance(value, str):
            value = clean_reference(value)
        existing = scope.get(key)
        if self.overriding and existing is not None and existing.value != value:
            existing = None
        if existing is not None and existing.state is ExtractionState.UNCLEAR:
            return
        if existing is not None and existing.value == value:
            if len(existing.evidence) < 3:
                existing.evidence.append(evidence)
            existing.confidence = max(existing.confidence, confidence)
            return
        if existing is not None and existing.confidence >= confidence:
            return
        scope[key] = ExtractedValue(
            value=value, confidence=confidence, state=ExtractionState.FOUND, evidence=[evidence]
        )

    def set_unclear(
        self,
        scope: dict[str, ExtractedValue],
        key: str,
        pointer: str,
        reason: str,
        evidence: list[Evidence],
    ) -> None:
        scope[key] = ExtractedValue(
            value=None,
            confidence=0.0,
            state=ExtractionState.UNCLEAR,
            evidence=evidence,
            note=reason,
        )
        if not any(item.pointer == pointer for item in self.unclear):
            self.unclear.append(UnclearItem(pointer=pointer, reason=reason, evidence=evidence))

    def child_for_identity(self, key: str, value: Any) -> ChildFindings:
        """The child a name or date of birth belongs to: a new one if it differs (siblings)."""
        existing = self.child.fields.get(key)
        if self.overriding:
            return self.child
        if existing is not None and existing.value not in (None, value):
            named = [
                index
                for index, child in enumerate(self.children)
                if key in child.fields and child.fields[key].value == value
            ]
            if key == "first_name" and named:  # a sibling already met: back to them
                self.current = named[0]
                return self.child
            if key == "first_name" or "first_name" in self.child.fields:
                self.children.append(ChildFindings())
                self.current = len(self.children) - 1
        return self.child

    def add_risk(self, key: tuple[str, str], finding: RiskFinding, *, shared: bool) -> None:
        target = self.shared_risks if shared else self.child.risks
        # the detail as the document words it, not as a rewrite for the reader has it
        finding.detail = in_own_words(finding.detail, finding.evidence.quote)
        target.setdefault(key, []).append(finding)
