"""Building blocks shared by every contract model."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from types import UnionType
from typing import Annotated, Any, Generic, Literal, TypeVar, Union, get_args, get_origin
from uuid import UUID
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

__all__ = [
    "EARLIEST_DATE",
    "LATEST_DATE",
    "LONDON",
    "MAX_BATCH_IDS",
    "Batch",
    "BatchGet",
    "ContractModel",
    "EmailAddress",
    "EventPage",
    "EventRead",
    "Instant",
    "LongText",
    "Page",
    "QueryText",
    "ReadModel",
    "SaneDate",
    "ShortText",
    "free_text",
    "sane_date",
    "single_line_text",
    "storable_text",
]

T = TypeVar("T")


@lru_cache(maxsize=8192)
def _email_address(value: str) -> str:
    """Pydantic's ``EmailStr`` check (email-validator), remembered: the same social workers
    and managers send referral after referral, and the check cost more than the rest of a
    contact together. A refusal is not remembered (it raises); a repeat is checked again."""
    from pydantic.networks import validate_email

    return validate_email(value)[1]


# As pydantic's ``EmailStr`` (same check, same errors, same schema), each address checked once.
EmailAddress = Annotated[
    str,
    AfterValidator(_email_address),
    WithJsonSchema({"type": "string", "format": "email"}),
]
MAX_BATCH_IDS = 1000
RecordId = Annotated[
    str,
    StringConstraints(
        pattern=r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
    ),
]


LONDON = ZoneInfo("Europe/London")
# No date Hearth is sent can sensibly fall outside these (a carer born in 1900 would be
# over 120); service rules narrow them further against the clock (dates of birth, referral
# dates). Outside them, dates are typing slips such as 0001-01-01 or 9999-12-31.
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)

# C0 and C1 control characters and DEL. Free text keeps tabs and line breaks (CR LF from
# Windows clients as well as LF); every other text is one line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_FREE_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def storable_text(value: str) -> str:
    """Refuse text no database can store: NUL characters and unpaired surrogates."""
    if "\x00" in value:
        raise ValueError("must not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode (an unpaired surrogate was sent)") from None
    return value


def single_line_text(value: str) -> str:
    """Refuse NUL, unpaired surrogates and every control character (names, codes, references)."""
    storable_text(value)
    if _CONTROL.search(value):
        raise ValueError("must not contain control characters (line breaks, tabs, escapes)")
    return value


def free_text(value: str) -> str:
    """Refuse NUL, unpaired surrogates and control characters other than tabs and line breaks."""
    storable_text(value)
    if _CONTROL_IN_FREE_TEXT.search(value):
        raise ValueError("must not contain control characters other than tabs and line breaks")
    return value


def sane_date(value: date) -> date:
    """Refuse dates no record can have (see ``EARLIEST_DATE`` and ``LATEST_DATE``)."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise ValueError(f"must be between {EARLIEST_DATE} and {LATEST_DATE}")
    return value


ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(single_line_text),
]
LongText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(free_text),
]
SaneDate = Annotated[date, AfterValidator(sane_date)]


# A one-line text query parameter; give its length with ``Query(max_length=...)``.
QueryText = Annotated[str, AfterValidator(single_line_text)]

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _instant(value: Any) -> Any:
    """A date means the start of that day in Europe/London; a date-time needs its offset."""
    if isinstance(value, str) and _DATE_ONLY.match(value):
        day = sane_date(date.fromisoformat(value))
        return datetime.combine(day, time(0), tzinfo=LONDON)
    return value


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(
            "give a date (2026-12-03) or a date-time with its offset (2026-12-03T09:00:00Z)"
        )
    sane_date(value)
    return value


Instant = Annotated[
    datetime,
    BeforeValidator(_instant),
    AfterValidator(_aware),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "format": "date-time"},
            ],
            "description": "A date (that day's start in Europe/London) or a date-time with offset",
        }
    ),
]


def _check_values(value: Any) -> None:
    """Refuse control characters in any text and impossible dates, however deeply nested."""
    if isinstance(value, str):
        free_text(value)
    elif isinstance(value, date):
        sane_date(value)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _check_values(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_values(key)
            _check_values(item)


# Validators that already refuse what ``_check_values`` refuses (or more).
_SELF_CHECKED = frozenset({"single_line_text", "free_text", "sane_date", "_email_address"})
_SAFE_TYPES = (BaseModel, Enum, bool, int, float, Decimal, UUID)


def _checks_itself(annotation: Any, metadata: list[Any]) -> bool:
    """Whether a value of this type can hold no text or date ``_check_values`` would refuse:
    a nested model (it checks its own), an enum, a number, an id, a literal, or text and
    dates whose own validator checks them. Anything else (plain ``str``, ``date``, lists,
    dicts, JSON) is checked."""
    if get_origin(annotation) is Annotated:
        return _checks_itself(get_args(annotation)[0], [*get_args(annotation)[1:], *metadata])
    if get_origin(annotation) in (Union, UnionType):
        return all(_checks_itself(member, metadata) for member in get_args(annotation))
    if annotation is type(None) or get_origin(annotation) is Literal:
        return True
    if get_origin(annotation) in (list, set, frozenset, tuple):
        items = [item for item in get_args(annotation) if item is not Ellipsis]
        return bool(items) and all(_checks_itself(item, []) for item in items)
    if isinstance(annotation, type) and issubclass(annotation, _SAFE_TYPES):
        return True
    return any(
        getattr(getattr(item, "func", None), "__name__", None) in _SELF_CHECKED for item in metadata
    )


_UNCHECKED: dict[type, tuple[str, ...]] = {}


def _fields_to_check(model: type[BaseModel]) -> tuple[str, ...]:
    names = _UNCHECKED.get(model)
    if names is None:
        names = tuple(
            name
            for name, info in model.model_fields.items()
            if not _checks_itself(info.annotation, list(info.metadata))
        )
        _UNCHECKED[model] = names
    return names


class ContractModel(BaseModel):
    """Base of every request model: unknown fields are rejected, never silently dropped.

    Every text in it, whatever its type, refuses NUL and control characters other than
    tabs and line breaks, and every date falls between 1900 and 2100: a field that forgot
    its constrained type is still safe. Names and other one-line text (``ShortText``)
    refuse line breaks and tabs too.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _plain_values(self) -> ContractModel:
        # One call per model, over the fields whose type does not check itself (a call per
        # field cost more than the rest of a referral's validation).
        errors = []
        for name in _fields_to_check(type(self)):
            value = getattr(self, name)
            try:
                _check_values(value)
            except ValueError as exc:
                error = PydanticCustomError(
                    "value_error", "Value error, {reason}", {"reason": str(exc)}
                )
                errors.append(InitErrorDetails(type=error, loc=(name,), input=value))
        if errors:
            raise ValidationError.from_exception_data(type(self).__name__, errors)
        return self


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
