"""Building blocks shared by every contract model."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

__all__ = [
    "MAX_BATCH_IDS",
    "Batch",
    "BatchGet",
    "ContractModel",
    "EventPage",
    "EventRead",
    "LongText",
    "Page",
    "ReadModel",
    "ShortText",
    "storable_text",
]

T = TypeVar("T")
MAX_BATCH_IDS = 1000
RecordId = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    ),
]


def storable_text(value: str) -> str:
    """Refuse text no database can store: NUL characters and unpaired surrogates."""
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (an unpaired surrogate was sent)") from None
    return value


ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(storable_text),
]
LongText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(storable_text),
]


class ContractModel(BaseModel):
    """Base of every request model: unknown fields are rejected, never silently dropped."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ReadModel(BaseModel):
    """Base of every response model: built from ORM objects, tolerant of new fields."""

    model_config = ConfigDict(from_attributes=True, extra="ignore")


class Page(BaseModel, Generic[T]):
    """One page of a keyset-paginated list. Pass ``next_cursor`` back as ``cursor``."""

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Opaque cursor for the next page; absent on the last page."
    )


class BatchGet(ContractModel):
    """Records of one kind by id, for a service applying a batch of a feed in one call."""

    ids: list[RecordId] = Field(
        min_length=1, max_length=MAX_BATCH_IDS, description="Record ids (UUIDs), up to 1,000"
    )


class Batch(BaseModel, Generic[T]):
    """The records of a batch read the caller may see, and the ids it asked for with none."""

    items: list[T] = Field(description="The records found, each with its version (its ETag)")
    missing: list[str] = Field(
        description="Ids asked for with no record visible to the caller (deleted, or never made)"
    )


class EventRead(BaseModel):
    """A thin event from an outbox: ids, type, time, a few codes; never a child's details."""

    model_config = ConfigDict(extra="ignore")

    event_id: str
    type: str = Field(description="e.g. referral.received")
    occurred_at: datetime
    subject_type: str
    subject_id: str
    data: dict[str, str | int | bool | list[str] | None] = Field(default_factory=dict)
    cursor: str = Field(description="Pass as ?after= to read the events after this one")


class EventPage(BaseModel):
    """A batch of events in feed order. ``next_cursor`` is where to resume (stable across calls)."""

    items: list[EventRead]
    next_cursor: str | None
