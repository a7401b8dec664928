"""The columns a form service adds before a form's own questions.

Microsoft Forms exports each response with "ID, Start time, Completion time, Email, Name",
Google Forms with "Timestamp, Email address": the person who filled the form in (an
administrator, a duty officer), not the child, and not always the worker. Those columns
are named for the respondent before the sheet is read.
"""

from __future__ import annotations

__all__ = ["respondent_columns"]

_FORM_SERVICE_COLUMNS = (
    ("id", "start time", "completion time", "email", "name"),
    ("timestamp", "email address"),
)
_RESPONDENT = {
    "email": "Respondent's email",
    "email address": "Respondent's email",
    "name": "Respondent",
}


def respondent_columns(header: list[str]) -> list[str]:
    """The header with a form service's "Email" and "Name" columns named for the person
    who filled the form in."""
    lowered = [cell.strip().lower() for cell in header]
    for columns in _FORM_SERVICE_COLUMNS:
        if tuple(lowered[: len(columns)]) == columns:
            return [
                _RESPONDENT.get(cell, header[index]) if index < len(columns) else header[index]
                for index, cell in enumerate(lowered)
            ]
    return header
