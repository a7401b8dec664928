"""The common shape every reader produces: a list of blocks, each with its location.

A block is one thing a person would read on its own: a paragraph, a table cell, a
form field, a tick box or a content control. Rules work on blocks and never on a
file format, so one set of rules reads Word, PDF, email, HTML and plain text alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from hearth_contract.documents import Evidence, EvidenceLocation

__all__ = ["Block", "BlockKind", "Location"]


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    CELL = "cell"
    FIELD = "field"
    CHECKBOX = "checkbox"
    CONTROL = "control"


@dataclass(frozen=True, slots=True)
class Location:
    attachment: str | None = None
    page: int | None = None
    part: str | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    paragraph: int | None = None
    field: str | None = None

    def to_evidence(self) -> EvidenceLocation:
        return EvidenceLocation(
            attachment=self.attachment,
            page=self.page,
            part=self.part,
            table=self.table,
            row=self.row,
            cell=self.cell,
            paragraph=self.paragraph,
            field=self.field,
        )


@dataclass(slots=True)
class Block:
    """One readable unit.

    ``label`` is set for form fields, check boxes and content controls (the field's
    name or the text before it); ``checked`` for check boxes; ``placeholder`` when a
    content control still shows its prompt ("Click here to enter text.").
    """

    kind: BlockKind
    text: str
    location: Location = field(default_factory=Location)
    label: str | None = None
    checked: bool | None = None
    placeholder: bool = False
    # The words as the document has them, when a rule rewrote the text for the reader (a
    # risk code or a layout's own state word written as the verdict it stands for).
    original: str | None = None

    def evidence(self, quote: str | None = None) -> Evidence:
        """Where a value was read, quoting the document's own words: a quote from a
        rewritten text that the document does not have is replaced by its original."""
        text = quote or self.text
        if self.original is not None and text not in self.original:
            text = self.original
        return Evidence(quote=text[:500], location=self.location.to_evidence())

    def reworded(self, text: str) -> Block:
        """The same block with its text rewritten for the reader, its own words kept."""
        return replace(self, text=text, original=self.original or self.text)

    def within(self, attachment: str) -> Block:
        """The same block, located inside an email attachment."""
        return replace(self, location=replace(self.location, attachment=attachment))
