"""Who may call Hearth: caller kinds and the scopes each operation declares."""

from enum import StrEnum

__all__ = ["CallerKind", "Scope"]


class CallerKind(StrEnum):
    """The ``hearth_kind`` claim of an access token."""

    LA = "la"  # a local authority's case system or placement team; tenant = ONS LA code
    AGENCY = "agency"  # a fostering agency or residential provider user; tenant = agency id
    PARTNER = "partner"  # an integration partner acting for one agency; tenant = agency id
    SERVICE = "service"  # another Hearth service; no tenant, sees across tenants


class Scope(StrEnum):
    """OAuth scopes. An operation requires one; a token carries several (space-separated)."""

    # LA: send, amend, withdraw, answer questions; upload and confirm its own documents; claim
    REFERRALS_SUBMIT = "referrals:submit"
    REFERRALS_READ = "referrals:read"
    # agency: acknowledge, assign, ask, decline, progress; register a referral from a document
    REFERRALS_SCREEN = "referrals:screen"
    AGENCY_ADMIN = "agency:admin"  # agency: settings such as the first-response target
    VACANCIES_READ = "vacancies:read"  # agency, service: households, homes, vacancies
    VACANCIES_MANAGE = "vacancies:manage"  # agency: keep the vacancy list true
    VACANCIES_SYNC = "vacancies:sync"  # partner: sync households and read the change feed
    MATCHING_READ = "matching:read"  # agency: ranked matches, saved runs, decisions
    MATCHING_DECIDE = "matching:decide"  # agency: propose a match and record each decision
    OFFERS_READ = "offers:read"  # agency: its offers; LA: offers sent to it
    OFFERS_MAKE = "offers:make"  # agency: rate cards, draft, edit, send, chase, withdraw
    OFFERS_ANSWER = "offers:answer"  # LA: accept or decline an offer sent to it
    # service (offers) only, carrying out an LA's acceptance: fill the place held for the
    # match, mark the referral placed with the agency, close the match as placed
    VACANCIES_FILL = "vacancies:fill"
    REFERRALS_PLACE = "referrals:place"
    MATCHING_PLACE = "matching:place"

    # agency: the placement's clock, meetings, records, endings; LA: read its children's
    # placements and complete the tasks its social workers own
    PLACEMENTS_READ = "placements:read"
    PLACEMENTS_MANAGE = "placements:manage"
    EVENTS_READ = "events:read"
    # LA, agency, partner: its own webhook subscriptions, their delivery log and replays
    WEBHOOKS_MANAGE = "webhooks:manage"
    METRICS_READ = "metrics:read"
