"""Typed async clients for Hearth's services, over an ``httpx.AsyncClient`` you own."""

from hearth_contract.clients.base import BaseClient, InvalidResponse, Versioned
from hearth_contract.clients.events import EventsClient
from hearth_contract.clients.matching import MatchingClient
from hearth_contract.clients.offers import OffersClient
from hearth_contract.clients.placements import PlacementsClient
from hearth_contract.clients.referrals import ReferralsClient
from hearth_contract.clients.vacancies import VacanciesClient
from hearth_contract.clients.webhooks import WebhooksClient

__all__ = [
    "BaseClient",
    "EventsClient",
    "InvalidResponse",
    "MatchingClient",
    "OffersClient",
    "PlacementsClient",
    "ReferralsClient",
    "VacanciesClient",
    "Versioned",
    "WebhooksClient",
]
