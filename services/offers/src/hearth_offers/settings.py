"""The offers service's settings (environment prefix ``OFFERS_``)."""

from __future__ import annotations

from typing import Annotated, Literal

from hearth_kit.settings import ServiceSettings
from pydantic import EmailStr, SecretStr, StringConstraints, model_validator
from pydantic_settings import SettingsConfigDict

__all__ = ["LOCAL_MAIL_FROM", "OffersSettings"]

LOCAL_MAIL_FROM = "offers@hearth.localhost"
# An LA's ONS (GSS) code: E or W and eight digits, as the referrals carry it.
LaCode = Annotated[str, StringConstraints(pattern=r"^[EW]\d{8}$")]


class OffersSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="OFFERS_")

    service_name: str = "offers"
    port: int = 8104
    referrals_url: str = "http://127.0.0.1:8101"
    vacancies_url: str = "http://127.0.0.1:8102"
    matching_url: str = "http://127.0.0.1:8103"
    consumer_enabled: bool = True  # tests switch it off and run batches themselves
    consumer_poll_seconds: float = 0.2
    # The sweep that lapses offers past their answer-by date, every this many seconds.
    lapse_sweep_enabled: bool = True
    lapse_sweep_seconds: float = 60.0
    # Accepted offers whose steps in other services are not all done are tried again
    # every this many seconds (the first try runs straight after the LA's yes).
    acceptance_enabled: bool = True
    acceptance_retry_seconds: float = 2.0
    # A new draft's answer-by date: this many working days after it is sent, unless set.
    answer_within_working_days: int = 5
    # A sent offer is on the chase list once the LA has been silent this many working hours.
    chase_after_working_hours: int = 16
    # Profile files: JPEG, PNG or PDF, each at most this size.
    attachment_max_bytes: int = 5 * 1024 * 1024
    # The agency's logo on its packs: PNG or JPEG, at most this size.
    logo_max_bytes: int = 512 * 1024

    # Email of a sent offer (the pack PDF attached) to the child's social worker and the
    # LA's placement team, through the mail outbox. The defaults reach the SMTP sink
    # `hearth run` starts (plain SMTP on 127.0.0.1:8025, kept in var/mail/).
    mail_delivery_enabled: bool = True  # tests switch it off and deliver themselves
    mail_poll_seconds: float = 1.0
    mail_from: str = LOCAL_MAIL_FROM
    mail_max_attempts: int = 12  # then the email is "failed" on the offer, for a person
    mail_retry_seconds: float = 30.0  # the first retry; each next waits twice as long
    mail_retry_max_seconds: float = 3600.0
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    smtp_security: Literal["none", "starttls", "tls"] = "none"
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = 30.0
    # The LAs' placement (access to resources) team addresses, by LA code: a JSON object
    # in OFFERS_LA_PLACEMENT_TEAMS, e.g. {"E10000016": "placements@kent.gov.uk"}. Each sent
    # offer is emailed to its LA's team as well as to the child's social worker; a code
    # that is not an LA code or an address that is not one stops the service at start.
    la_placement_teams: dict[LaCode, EmailStr] = {}

    @model_validator(mode="after")
    def _refuse_unsafe_mail(self) -> OffersSettings:
        if self.environment != "production":
            return self
        problems = []
        if self.smtp_security == "none":
            problems.append("smtp_security must be starttls or tls (the pack is a child's data)")
        if self.mail_from == LOCAL_MAIL_FROM:
            problems.append("mail_from is the local default")
        if (self.smtp_username is None) != (self.smtp_password is None):
            problems.append("set both smtp_username and smtp_password, or neither")
        if problems:
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self
