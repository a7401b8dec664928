"""Checks on a referral that need the day it arrives (the schema cannot know 'today')."""

from __future__ import annotations

from datetime import date

from hearth_contract.problems import FieldError, ValidationFailed
from hearth_contract.referrals import ReferralCreate

from hearth_referrals.ages import age_on, shift_years

__all__ = ["REFERRAL_DATE_YEARS_BACK", "check_dates", "check_referral_date_is_recent"]

# A referral asks for a home now: one dated over a year ago is a typing slip or a stale
# record, not a request an agency should answer against its first-response clock.
REFERRAL_DATE_YEARS_BACK = 1


def check_dates(referral: ReferralCreate, today: date, pointer_prefix: str = "") -> None:
    """Refuse impossible dates: births in the future or over 18 years ago, ages that disagree."""
    errors: list[FieldError] = []

    def fail(pointer: str, detail: str) -> None:
        errors.append(
            FieldError(pointer=pointer_prefix + pointer, detail=detail, code="invalid_date")
        )

    if referral.referral_date > today:
        fail("/referral_date", "The referral date is in the future.")
    start = referral.placement.start_date
    if start is not None and start < referral.referral_date:
        fail("/placement/start_date", "The start date is before the referral date.")
    for index, child in enumerate(referral.children):
        dob = child.date_of_birth
        base = f"/children/{index}"
        if dob is None:
            continue
        if dob > today:
            fail(f"{base}/date_of_birth", "The date of birth is in the future.")
        elif dob <= shift_years(today, -18):
            fail(f"{base}/date_of_birth", "The child would be 18 or over: not a child in care.")
        elif child.age_years is not None and age_on(dob, referral.referral_date) != child.age_years:
            fail(
                f"{base}/age_years",
                f"The age given ({child.age_years}) does not match the date of birth "
                f"(age {age_on(dob, referral.referral_date)} on the referral date).",
            )
    if errors:
        raise ValidationFailed(f"{len(errors)} field(s) are not valid.", errors=errors)


def check_referral_date_is_recent(referral: ReferralCreate, today: date) -> None:
    """Refuse a new referral dated over a year ago (amendments keep their original date)."""
    if referral.referral_date < shift_years(today, -REFERRAL_DATE_YEARS_BACK):
        raise ValidationFailed(
            "1 field(s) are not valid.",
            errors=[
                FieldError(
                    pointer="/referral_date",
                    detail=f"The referral date is over {REFERRAL_DATE_YEARS_BACK} year ago.",
                    code="invalid_date",
                )
            ],
        )
