"""Strong ETags and If-Match (RFC 9110) for a service's versioned records.

A record's ETag is its id and version (SQLAlchemy's ``version_id_col`` bumps the version
on every change). A change to an existing record needs the ETag it was read with: 428
without If-Match, 412 when none of the listed tags is the current one.
"""

from __future__ import annotations

from typing import Any

from hearth_contract.problems import PreconditionFailed, PreconditionRequired

__all__ = ["check_if_match", "etag", "matches_etag"]


def etag(record: Any) -> str:
    """A strong ETag: the record's id and version."""
    return f'"{record.id}.{record.version}"'


def matches_etag(record: Any, if_match: str) -> bool:
    """If-Match with strong comparison: ``*`` or one of the listed tags."""
    tags = [tag.strip() for tag in if_match.split(",")]
    return "*" in tags or etag(record) in tags


def check_if_match(record: Any, if_match: str | None, what: str = "record") -> None:
    """Raise 428 when If-Match is absent, 412 when it names another version."""
    if if_match is None:
        raise PreconditionRequired("Send If-Match with the ETag you last read.")
    if not matches_etag(record, if_match):
        raise PreconditionFailed(f"The {what} has changed since you read it; read it again.")
