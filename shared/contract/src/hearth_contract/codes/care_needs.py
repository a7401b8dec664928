"""Hearth's own code lists for matching: one vocabulary of care needs and skills, the
animals a home keeps, what makes a child vulnerable, and how a child already living in
a home is known to be at risk.

``CareNeed`` is shared: a household's or children's home's ``skills`` (what the carers
or staff are experienced in and can support) and a referred child's ``cultural_needs``
speak it, so a child's need meets a home's skill by equality.
"""

from enum import StrEnum

__all__ = ["AnimalSpecies", "CareNeed", "ResidentRiskState", "SupervisionLevel", "Vulnerability"]


class CareNeed(StrEnum):
    """What a child needs, and what a home's carers or staff are experienced in."""

    TRAUMA = "trauma"
    ATTACHMENT = "attachment"
    AUTISM = "autism"
    DISABILITY = "disability"
    LEARNING_DISABILITY = "learning_disability"
    PHYSICAL_DISABILITY = "physical_disability"
    SENSORY_IMPAIRMENT = "sensory_impairment"
    MENTAL_HEALTH = "mental_health"
    SELF_HARM = "self_harm"
    EATING_DISORDER = "eating_disorder"
    TEENAGERS = "teenagers"
    SUBSTANCE_MISUSE = "substance_misuse"
    CSE = "child_sexual_exploitation"
    CRIMINAL_EXPLOITATION = "criminal_exploitation"
    GOING_MISSING = "going_missing"
    THERAPEUTIC = "therapeutic"
    UNACCOMPANIED_ASYLUM_SEEKING = "unaccompanied_asylum_seeking"
    PARENT_AND_CHILD = "parent_and_child"
    REMAND = "remand"
    HALAL_DIET = "halal_diet"
    KOSHER_DIET = "kosher_diet"
    VEGETARIAN_DIET = "vegetarian_diet"
    MOSQUE_ATTENDANCE = "mosque_attendance"
    CHURCH_ATTENDANCE = "church_attendance"
    GURDWARA_ATTENDANCE = "gurdwara_attendance"
    MANDIR_ATTENDANCE = "mandir_attendance"
    SYNAGOGUE_ATTENDANCE = "synagogue_attendance"
    HAIR_AND_SKIN_CARE = "hair_and_skin_care"


class AnimalSpecies(StrEnum):
    """Animals a home keeps, or a child is allergic to; ``other`` is an unnamed species."""

    DOG = "dog"
    CAT = "cat"
    RABBIT = "rabbit"
    GUINEA_PIG = "guinea_pig"
    HAMSTER = "hamster"
    BIRD = "bird"
    HORSE = "horse"
    REPTILE = "reptile"
    FISH = "fish"
    OTHER = "other"


class Vulnerability(StrEnum):
    """What makes a child less able to protect themselves from another child."""

    LEARNING_DISABILITY = "learning_disability"
    COMMUNICATION_DISABILITY = "communication_disability"
    NON_VERBAL = "non_verbal"
    PHYSICAL_DISABILITY = "physical_disability"
    KNOWN_SEXUAL_ABUSE_VICTIM = "known_sexual_abuse_victim"


class ResidentRiskState(StrEnum):
    """How a risk is known for a child already living in a home."""

    PRESENT = "present"
    SUSPECTED = "suspected"
    HISTORICAL = "historical"
    NOT_RECORDED = "not_recorded"
    NONE_KNOWN = "none_known"


class SupervisionLevel(StrEnum):
    """Whether the carers can supervise, and respond to, a child who goes missing."""

    FULL = "full"
    LIMITED = "limited"
