"""The vacancy list as a spreadsheet (CSV), the way agencies keep it today.

An import is checked row by row and reports every rejected row and why. It is
all or nothing: one bad row and no row is written.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

from hearth_contract.problems import FieldError, Problem, ValidationFailed
from hearth_contract.vacancies import (
    ImportReport,
    ImportRowReport,
    VacancyConfirm,
    VacancyCreate,
)
from pydantic import ValidationError

from hearth_vacancies.confirmation.service import ConfirmationService
from hearth_vacancies.context import VacancyContext
from hearth_vacancies.models import Vacancy
from hearth_vacancies.vacancies.service import VacancyService

__all__ = ["COLUMNS", "SpreadsheetService", "parse_row"]

COLUMNS = [
    "vacancy_id",
    "household_id",
    "home_id",
    "available_from",
    "age_min",
    "age_max",
    "placement_kinds",
    "placement_type",
    "state",
    "unavailable_reason",
    "referral_id",
    "last_confirmed_at",
]
_REQUIRED = [
    "vacancy_id",
    "household_id",
    "home_id",
    "available_from",
    "age_min",
    "age_max",
    "placement_kinds",
]


def parse_row(row: dict[str, str]) -> VacancyCreate:
    """One spreadsheet row as a vacancy (raises pydantic's ValidationError naming columns)."""
    return VacancyCreate.model_validate(
        {
            "household_id": row.get("household_id") or None,
            "home_id": row.get("home_id") or None,
            "available_from": row.get("available_from", ""),
            "age_min": row.get("age_min", ""),
            "age_max": row.get("age_max", ""),
            "placement_kinds": [
                k.strip() for k in (row.get("placement_kinds") or "").split(";") if k.strip()
            ],
            "placement_type": row.get("placement_type") or None,
        }
    )


def source_confirmed_at(raw: str | None, now: datetime) -> datetime | None:
    """The row's own ``last_confirmed_at``: ISO 8601 with a time zone, not in the future."""
    if not (raw or "").strip():
        return None
    problem = None
    try:
        confirmed = datetime.fromisoformat(raw.strip())  # type: ignore[union-attr]
    except ValueError:
        problem = ("invalid_datetime", "Not an ISO 8601 date and time.")
    else:
        if confirmed.tzinfo is None:
            problem = ("naive_datetime", "Give the time zone (for example Z or +00:00).")
        elif confirmed > now:
            problem = ("in_the_future", "A place cannot be confirmed in the future.")
    if problem is not None:
        raise ValidationFailed(
            problem[1],
            errors=[FieldError(pointer="/last_confirmed_at", code=problem[0], detail=problem[1])],
        )
    return confirmed


def _errors_of(exc: ValidationError | Problem) -> list[str]:
    if isinstance(exc, ValidationError):
        return [f"{'.'.join(str(p) for p in e['loc']) or 'row'}: {e['msg']}" for e in exc.errors()]
    if exc.errors:
        return [f"{e.pointer.strip('/') or 'row'}: {e.detail}" for e in exc.errors]
    return [exc.detail or exc.title]


def _read_csv(text: str) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a CSV file; a file the csv module cannot read is a 422."""
    # newline="" lets the csv module see the file's own line endings (a lone \r included).
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    try:
        header = list(reader.fieldnames or [])
        rows.extend(reader)
    except csv.Error as exc:
        line = 1 if header is None else len(rows) + 2
        raise ValidationFailed(
            f"Row {line} is not readable CSV: {exc}.",
            errors=[FieldError(pointer=f"/rows/{line}", code="unreadable_csv", detail=str(exc))],
        ) from None
    return header, rows


class SpreadsheetService:
    def __init__(self, ctx: VacancyContext) -> None:
        self.ctx = ctx

    async def export(self) -> str:
        """Every place of the agency as CSV, one row each."""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for vacancy in await self.ctx.repository.all_vacancies():
            writer.writerow(_as_row(vacancy))
        return out.getvalue()

    async def import_csv(self, text: str) -> ImportReport:
        """Create new places (blank vacancy_id) and update listed ones; all rows or none."""
        header, rows = _read_csv(text)
        missing = [c for c in _REQUIRED if c not in header]
        if missing:
            raise ValidationFailed(
                "The header lacks: " + ", ".join(missing) + ".",
                errors=[
                    FieldError(pointer="/rows/1", code="missing_columns", detail=", ".join(missing))
                ],
            )
        created = updated = 0
        rejected: list[ImportRowReport] = []
        for line, row in enumerate(rows, start=2):
            # No savepoint is needed: every rule is checked before a row writes anything,
            # and one rejected row rolls the whole request back.
            try:
                outcome = await self._apply(row)
                if outcome == "updated":
                    updated += 1
                elif outcome == "created":
                    created += 1
            except (ValidationError, Problem) as exc:
                rejected.append(ImportRowReport(row=line, errors=_errors_of(exc)))
        report = ImportReport(
            accepted=not rejected,
            created=created if not rejected else 0,
            updated=updated if not rejected else 0,
            rejected_rows=rejected,
        )
        if rejected:
            raise ValidationFailed(
                f"{len(rejected)} row(s) rejected; nothing was imported.",
                errors=[
                    FieldError(pointer=f"/rows/{r.row}", detail="; ".join(r.errors))
                    for r in rejected
                ],
                extensions={"report": report.model_dump(mode="json")},
            )
        return report

    async def _apply(self, row: dict[str, str]) -> str:
        """Create, update or leave one place: "created", "updated" or "unchanged".

        The row's own ``last_confirmed_at`` is kept (a place exported and imported
        unchanged is not confirmed again by the import); a row without one that changes
        the place confirms it now, as a call to the carer would.
        """
        body = parse_row(row)
        confirmed_at = source_confirmed_at(row.get("last_confirmed_at"), self.ctx.now())
        if not (row.get("vacancy_id") or "").strip():
            vacancy = await VacancyService(self.ctx).open(body)
            if confirmed_at is not None:
                vacancy.last_confirmed_at = confirmed_at
            return "created"
        vacancy_id = row["vacancy_id"].strip()
        vacancy = await VacancyService(self.ctx).get(vacancy_id)
        same = (
            vacancy.available_from == body.available_from
            and vacancy.age_min == body.age_min
            and vacancy.age_max == body.age_max
            and list(vacancy.placement_kinds) == [k.value for k in body.placement_kinds]
        )
        newer = confirmed_at is not None and confirmed_at > vacancy.last_confirmed_at
        if same and not newer:
            return "unchanged"
        await ConfirmationService(self.ctx).confirm(
            vacancy_id,
            VacancyConfirm(
                outcome="changed",
                available_from=body.available_from,
                age_min=body.age_min,
                age_max=body.age_max,
                placement_kinds=body.placement_kinds,
            ),
            confirmed_at=max(confirmed_at, vacancy.last_confirmed_at) if confirmed_at else None,
        )
        return "updated"


def _as_row(vacancy: Vacancy) -> dict[str, str]:
    return {
        "vacancy_id": str(vacancy.id),
        "household_id": str(vacancy.household_id or ""),
        "home_id": str(vacancy.home_id or ""),
        "available_from": date.isoformat(vacancy.available_from),
        "age_min": str(vacancy.age_min),
        "age_max": str(vacancy.age_max),
        "placement_kinds": ";".join(vacancy.placement_kinds),
        "placement_type": vacancy.placement_type or "",
        "state": vacancy.state,
        "unavailable_reason": vacancy.unavailable_reason or "",
        "referral_id": vacancy.referral_id or "",
        "last_confirmed_at": vacancy.last_confirmed_at.isoformat(),
    }
