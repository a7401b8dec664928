"""Default agendas: the seed texts' placement planning and placement support meetings."""

from __future__ import annotations

from hearth_contract.placements import MeetingKind

__all__ = ["default_agenda"]

_PLACEMENT_PLANNING = [
    "Introductions; who has the right to make which decisions",
    "Day-to-day routines, health appointments, school, family time, friends and hobbies",
    "Safeguarding requirements and court instructions",
    "Placement information (placement plan) and care plan shared",
    "Background and history of the child and family",
    "Information for the risk assessment (the child's and birth family's views)",
    "Delegated authority: which decisions the carers may take, and which carer",
    "Support the carers need; actions, owners and dates",
]

# "Placement Support Meetings" (the seed's suggested agenda, in its order).
_SUPPORT = [
    "Introduction and explanation of the purpose of the meeting",
    "General background: family background, reasons for being looked after, "
    "assessment of needs, care plan, any previous homes",
    "History of the current home",
    "What are the support needs of the carers",
    "Events or factors which may undermine stability",
    "What has been done up to now to support the carers and the child",
    "What can be done to support the carers and the child to improve the situation",
    "Whether to book a slot at the Care Planning Support and Assurance Panel",
]

_DISRUPTION = [
    "Introduction and purpose: learning from the ending",
    "The child's views and wishes",
    "History of the placement: matching, planning and support",
    "Events leading to the ending",
    "What helped and what could have been done differently",
    "Learning for the child's next home and for the agency",
]

_AGENDAS = {
    MeetingKind.PLACEMENT_PLANNING: _PLACEMENT_PLANNING,
    MeetingKind.SUPPORT: _SUPPORT,
    MeetingKind.DISRUPTION: _DISRUPTION,
}


def default_agenda(kind: MeetingKind) -> list[str]:
    return list(_AGENDAS[kind])
