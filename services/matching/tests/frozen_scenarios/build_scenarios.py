"""Writes scenarios.json: the frozen labelled scenario set, written from RULES.md only.

Every expected outcome below is a literal written by hand from the rule table (no rule is
computed here). This script only saves typing when building request bodies; once
scenarios.json is committed it is the frozen artefact and this script is never re-run to
change a label. Run: python build_scenarios.py  (writes scenarios.json next to it).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

TO_CHILD = (
    "self_harm",
    "sexual_exploitation",
    "criminal_exploitation",
    "drug_alcohol",
    "eating_disorder",
    "missing",
)
TO_OTHERS = (
    "physical_harm",
    "sexual_harm",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation",
)
RES_TO_OTHERS = (
    "physical_harm",
    "sexual_harm",
    "fire_setting",
    "harm_to_animals",
    "criminal_exploitation_of_others",
)
NEAR = "ME14 1XX"  # Maidstone, the child's school
FAR = "M1 1AE"  # Manchester
MID = "ME10 4AB"  # Sittingbourne, about 16 km from the school
USUAL = ["emergency", "short_term", "long_term"]

SCENARIOS: list[dict] = []
_urn = [100000]


def risks(to_child=None, to_others=None):
    return {
        "to_child": {n: {"state": (to_child or {}).get(n, "none_known")} for n in TO_CHILD},
        "to_others": {n: {"state": (to_others or {}).get(n, "none_known")} for n in TO_OTHERS},
    }


def child(age=10, gender="female", to_child=None, to_others=None, dob=None, **kw):
    c = {
        "first_name": "Test",
        "gender": gender,
        "legal_status": "C2",
        "disabilities": [],
        "adaptations": [],
        "vulnerabilities": [],
        "animal_allergies": [],
        "family_time": [],
        "placement_history": [],
        "school": {"name": "Maidstone School", "postcode": NEAR},
        "risks": risks(to_child, to_others),
    }
    if dob:
        c["date_of_birth"] = dob
    else:
        c["age_years"] = age
    c.update(kw)
    return c


def parent(age=19, to_child=None, to_others=None, no_states=False, **kw):
    p = {"first_name": "Parent"}
    if age is not None:
        p["age_years"] = age
    if not no_states:
        p["risk_states"] = risks(to_child, to_others)
    p.update(kw)
    return p


def referral(
    *children,
    setting="fostering",
    urgency="planned",
    duration="short_term",
    needed_by="later",
    living_companions="no_preference",
    pets="yes_can",
    dol=False,
    parent=None,
    drop=(),
):
    placement = {
        "setting": setting,
        "urgency": urgency,
        "duration": duration,
        "needed_by": needed_by,
        "living_companions": living_companions,
        "pets": pets,
        "deprivation_of_liberty": dol,
    }
    for k in drop:
        placement.pop(k)
    body = {
        "la_reference": "FROZEN",
        "referral_date": "2026-11-23",
        "agency_ids": ["agency-a"],
        "social_worker": {"name": "Sam Ashdown"},
        "placement": placement,
        "children": list(children or [child()]),
    }
    if parent is not None:
        body["parent"] = parent
    return body


def resident(
    age,
    gender="male",
    to_child=None,
    to_others=None,
    vulnerabilities=(),
    states=True,
    bare_to_child=(),
    bare_to_others=(),
    omit=(),
    siblings=(),
):
    """A resident whose every risk state is recorded none_known unless told; `omit` leaves
    a risk out of the state maps (so it is not_recorded unless in a bare list)."""
    r = {
        "age": age,
        "gender": gender,
        "vulnerabilities": None if vulnerabilities is None else list(vulnerabilities),
    }
    if states:
        r["risk_states_to_child"] = {
            n: (to_child or {}).get(n, "none_known") for n in TO_CHILD if n not in omit
        }
        r["risk_states_to_others"] = {
            n: (to_others or {}).get(n, "none_known") for n in RES_TO_OTHERS if n not in omit
        }
    if bare_to_child:
        r["risks_to_child"] = list(bare_to_child)
    if bare_to_others:
        r["risks_to_others"] = list(bare_to_others)
    if siblings:
        r["sibling_of_referral_ids"] = list(siblings)
    return r


def vac(
    age_min=0, age_max=17, kinds=None, available_from="2026-11-23", state="available", hours_ago=1
):
    return {
        "body": {
            "available_from": available_from,
            "age_min": age_min,
            "age_max": age_max,
            "placement_kinds": kinds,
        },
        "state": state,
        "confirmed_hours_ago": hours_ago,
    }


def _fill_kinds(vacancies, kinds):
    out = []
    for v in vacancies:
        v = copy.deepcopy(v)
        if v["body"]["placement_kinds"] is None:
            v["body"]["placement_kinds"] = list(kinds)
        out.append(v)
    return out


def household(
    key,
    expect,
    postcode=NEAR,
    age_min=0,
    age_max=17,
    capacity=3,
    kinds=USUAL,
    genders=(),
    pets_kept=(),
    supervision="full",
    adaptations=(),
    exclusions=(),
    own=(),
    placed=(),
    vacancies=None,
    places=1,
):
    body = {
        "name": f"Household {key}",
        "carers": [{"name": "Carer"}],
        "approval": {
            "age_min": age_min,
            "age_max": age_max,
            "children": capacity,
            "genders": list(genders),
            "placement_kinds": list(kinds),
        },
        "pets_kept": None if pets_kept is None else list(pets_kept),
        "supervision": supervision,
        "adaptations": list(adaptations),
        "exclusions": list(exclusions),
        "own_children": list(own),
        "placed_children": list(placed),
        "bedrooms": 4,
        "postcode": postcode,
        "supervising_social_worker": {"name": "Alex Worker"},
    }
    if vacancies is None:
        vacancies = [vac() for _ in range(places)]
    return {
        "key": key,
        "kind": "household",
        "body": body,
        "vacancies": _fill_kinds(vacancies, kinds),
        "expect": expect,
    }


def home(
    key,
    expect,
    postcode=NEAR,
    age_min=0,
    age_max=17,
    capacity=4,
    kinds=USUAL,
    genders=(),
    dol=True,
    pets_kept=(),
    adaptations=(),
    exclusions=(),
    residents=(),
    vacancies=None,
    places=1,
):
    _urn[0] += 1
    body = {
        "urn": f"SC{_urn[0]}",
        "name": f"Home {key}",
        "registration": {
            "age_min": age_min,
            "age_max": age_max,
            "capacity": capacity,
            "categories": ["emotional_and_behavioural_difficulties"],
            "genders": list(genders),
            "deprivation_of_liberty": dol,
        },
        "postcode": postcode,
        "registered_manager": {"name": "Manager"},
        "residents": list(residents),
        "pets_kept": None if pets_kept is None else list(pets_kept),
        "adaptations": list(adaptations),
        "exclusions": list(exclusions),
    }
    if vacancies is None:
        vacancies = [vac() for _ in range(places)]
    return {
        "key": key,
        "kind": "home",
        "body": body,
        "vacancies": _fill_kinds(vacancies, kinds),
        "expect": expect,
    }


def ELIG():
    return {"outcome": "eligible"}


def EXCL(*reasons):
    return {"outcome": "excluded", "reasons": list(reasons)}


def NI(*flags):
    return {"outcome": "needs_information", "flags": list(flags)}


def add(sid, rule_refs, why, ref, homes, rank=(), control=True):
    """A scenario. With control=True, a clean far-away household 'Z' (no residents) is added
    when some home is expected needs_information and the referral is fostering with one
    child: it must rank above every needs-information home (RULES.md 5, order 1)."""
    homes = list(homes)
    rank = [list(p) for p in rank]
    clean_control = (
        ref["placement"]["setting"] == "fostering"
        and len(ref["children"]) == 1
        and ref["placement"].get("deprivation_of_liberty") is False
        and not ref["children"][0].get("adaptations")
    )
    if control and clean_control:
        flagged = [h["key"] for h in homes if h["expect"]["outcome"] == "needs_information"]
        if flagged and not any(h["key"] == "Z" for h in homes):
            homes.append(household("Z", ELIG(), postcode=FAR, kinds=[*USUAL, "remand", "respite"]))
            rank += [["Z", k] for k in flagged]
            if "order" not in rule_refs:
                rule_refs = [*rule_refs, "order"]
    assert len({h["key"] for h in homes}) == len(homes), sid
    SCENARIOS.append(
        {
            "id": sid,
            "rule_refs": list(rule_refs),
            "why": why,
            "referral": ref,
            "homes": homes,
            "rank_pairs": rank,
        }
    )


# --------------------------------------------------------------------------------------
# Section 2: hard rules
# --------------------------------------------------------------------------------------

add(
    "H-setting-01",
    ["setting"],
    "a fostering referral excludes a children's home, not a household",
    referral(),
    [home("A", EXCL("setting")), household("B", ELIG())],
)
add(
    "H-setting-02",
    ["setting"],
    "a residential referral excludes a household, not a children's home",
    referral(setting="residential"),
    [household("A", EXCL("setting")), home("B", ELIG())],
)
add(
    "H-setting-03",
    ["setting"],
    "secure is offered by no home: excluded everywhere",
    referral(setting="secure"),
    [household("A", EXCL("setting")), home("B", EXCL("setting"))],
)
add(
    "H-setting-04",
    ["setting"],
    "supported accommodation is offered by no home: excluded everywhere",
    referral(setting="supported_accommodation"),
    [household("A", EXCL("setting")), home("B", EXCL("setting"))],
)
add(
    "H-setting-05",
    ["setting", "parent_and_child"],
    "a parent-and-child referral excludes a children's home (setting), not an approved household",
    referral(child(age=0), setting="parent_and_child", parent=parent()),
    [
        home("A", EXCL("setting"), kinds=[*USUAL, "parent_and_child"]),
        household("B", ELIG(), kinds=[*USUAL, "parent_and_child"]),
    ],
)

add(
    "H-vacancy-01",
    ["vacancy_not_available"],
    "a household with no vacancy at all is excluded",
    referral(),
    [household("A", EXCL("vacancy_not_available"), vacancies=[]), household("B", ELIG())],
)
add(
    "H-vacancy-02",
    ["vacancy_not_available"],
    "the only place is marked unavailable",
    referral(),
    [
        household("A", EXCL("vacancy_not_available"), vacancies=[vac(state="unavailable")]),
        household("B", ELIG()),
    ],
)
add(
    "H-vacancy-03",
    ["vacancy_not_available"],
    "needed today and the only open place is free only from tomorrow",
    referral(needed_by="today", urgency="emergency"),
    [
        household("A", EXCL("vacancy_not_available"), vacancies=[vac(available_from="2026-11-24")]),
        household("B", ELIG()),
    ],
)
add(
    "H-vacancy-04",
    ["vacancy_not_available"],
    "needed later: a place free from next week is still an open place",
    referral(needed_by="later"),
    [household("A", ELIG(), vacancies=[vac(available_from="2026-11-30")])],
)
add(
    "H-vacancy-05",
    ["vacancy_not_available"],
    "needed today: one place free tomorrow, another free today -> eligible",
    referral(needed_by="today", urgency="emergency"),
    [household("A", ELIG(), vacancies=[vac(available_from="2026-11-24"), vac()])],
)
add(
    "H-vacancy-06",
    ["vacancy_not_available"],
    "a children's home whose only place is unavailable",
    referral(setting="residential"),
    [
        home("A", EXCL("vacancy_not_available"), vacancies=[vac(state="unavailable")]),
        home("B", ELIG()),
    ],
)
add(
    "H-stale-01",
    ["vacancy_stale"],
    "the only available place was confirmed 30 hours ago",
    referral(),
    [household("A", EXCL("vacancy_stale"), vacancies=[vac(hours_ago=30)]), household("B", ELIG())],
)
add(
    "H-stale-02",
    ["vacancy_stale"],
    "confirmed exactly 24 hours ago is still open (at most 24 hours)",
    referral(),
    [household("A", ELIG(), vacancies=[vac(hours_ago=24)])],
)
add(
    "H-stale-03",
    ["vacancy_stale"],
    "one stale and one fresh place: the fresh one is open",
    referral(),
    [household("A", ELIG(), vacancies=[vac(hours_ago=48), vac(hours_ago=2)])],
)
add(
    "H-stale-04",
    ["vacancy_stale"],
    "a children's home with only a place confirmed 3 days ago",
    referral(setting="residential"),
    [home("A", EXCL("vacancy_stale"), vacancies=[vac(hours_ago=72)]), home("B", ELIG())],
)

add(
    "H-age-01",
    ["age_range"],
    "a 15-year-old outside a 0-12 approval",
    referral(child(age=15)),
    [household("A", EXCL("age_range"), age_max=12, vacancies=[vac(0, 12)]), household("B", ELIG())],
)
add(
    "H-age-02",
    ["age_range"],
    "a 4-year-old below an 11-17 approval",
    referral(child(age=4)),
    [
        household("A", EXCL("age_range"), age_min=11, vacancies=[vac(11, 17)]),
        household("B", ELIG()),
    ],
)
add(
    "H-age-03",
    ["age_range"],
    "approval holds the child but the open place's band (0-8) does not",
    referral(child(age=10)),
    [household("A", EXCL("age_range"), vacancies=[vac(0, 8)]), household("B", ELIG())],
)
add(
    "H-age-04",
    ["age_range"],
    "age on the boundary of approval and band (12 in 0-12) is inside",
    referral(child(age=12)),
    [household("A", ELIG(), age_max=12, vacancies=[vac(0, 12)])],
)
add(
    "H-age-05",
    ["age_range", "sibling_group_approval"],
    "a sibling group of 5 and 14: the 14-year-old is outside a 0-12 approval",
    referral(child(age=5), child(age=14)),
    [
        household(
            "A",
            EXCL("age_range"),
            age_max=12,
            kinds=[*USUAL, "sibling_group"],
            vacancies=[vac(0, 12), vac(0, 12)],
        ),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-age-06",
    ["age_range"],
    "age from date of birth: born 2010-01-10 is 16 on 2026-11-23, outside 0-15",
    referral(child(dob="2010-01-10")),
    [household("A", EXCL("age_range"), age_max=15, vacancies=[vac(0, 15)]), household("B", ELIG())],
)
add(
    "H-age-07",
    ["age_range"],
    "children's home registered 12-17 and a 9-year-old",
    referral(child(age=9), setting="residential"),
    [home("A", EXCL("age_range"), age_min=12, vacancies=[vac(12, 17)]), home("B", ELIG())],
)

add(
    "H-gender-01",
    ["gender"],
    "a boy and a household approved for girls only",
    referral(child(gender="male")),
    [household("A", EXCL("gender"), genders=["female"]), household("B", ELIG(), genders=["male"])],
)
add(
    "H-gender-02",
    ["gender"],
    "a girl and a children's home registered for boys only (single-sex home)",
    referral(child(gender="female"), setting="residential"),
    [home("A", EXCL("gender"), genders=["male"]), home("B", ELIG(), genders=["female"])],
)
add(
    "H-gender-03",
    ["gender"],
    "a boy and a boys-only children's home; empty list = any gender",
    referral(child(gender="male"), setting="residential"),
    [home("A", ELIG(), genders=["male"]), home("B", ELIG(), genders=[])],
)
add(
    "H-gender-04",
    ["gender"],
    "gender not stated against a single-sex home -> needs information",
    referral(child(gender="not_stated"), setting="residential"),
    [home("A", NI("gender"), genders=["female"]), home("B", ELIG(), genders=[], postcode=FAR)],
    rank=[["B", "A"]],
)
add(
    "H-gender-05",
    ["gender"],
    "gender not stated, household takes any gender -> pass",
    referral(child(gender="not_stated")),
    [household("A", ELIG(), genders=[])],
)
add(
    "H-gender-06",
    ["gender", "sibling_group_approval"],
    "a brother and sister: a girls-only approved household is excluded",
    referral(child(gender="female", age=8), child(gender="male", age=6)),
    [
        household(
            "A", EXCL("gender"), genders=["female"], kinds=[*USUAL, "sibling_group"], places=2
        ),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-gender-07",
    ["gender"],
    "gender other not in a male/female list",
    referral(child(gender="other")),
    [household("A", EXCL("gender"), genders=["male", "female"]), household("B", ELIG())],
)

add(
    "H-free-01",
    ["free_places", "sibling_group_approval"],
    "two siblings and only one open place",
    referral(child(age=9), child(age=7)),
    [
        household("A", EXCL("free_places"), kinds=[*USUAL, "sibling_group"], places=1),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-free-02",
    ["free_places"],
    "capacity 2 with one placed child leaves 1 place: two siblings do not fit",
    referral(child(age=9), child(age=7)),
    [
        household(
            "A",
            EXCL("free_places"),
            capacity=2,
            kinds=[*USUAL, "sibling_group"],
            places=2,
            placed=[resident(12)],
        ),
        household("B", ELIG(), capacity=2, kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-free-03",
    ["free_places"],
    "the carers' own children do not count against approval numbers",
    referral(child(age=9), child(age=7)),
    [
        household(
            "A", ELIG(), capacity=2, kinds=[*USUAL, "sibling_group"], places=2, own=[resident(13)]
        )
    ],
)
add(
    "H-free-04",
    ["free_places"],
    "children's home at capacity 3 with 3 residents has no room",
    referral(child(age=14), setting="residential"),
    [
        home(
            "A",
            EXCL("free_places"),
            capacity=3,
            residents=[resident(15), resident(16), resident(15)],
        ),
        home("B", ELIG(), capacity=4, residents=[resident(15)]),
    ],
)
add(
    "H-free-05",
    ["free_places", "vacancy_not_available"],
    "three siblings, two open places and one unavailable",
    referral(child(age=10), child(age=8), child(age=6)),
    [
        household(
            "A",
            EXCL("free_places"),
            capacity=4,
            kinds=[*USUAL, "sibling_group"],
            vacancies=[vac(), vac(), vac(state="unavailable")],
        ),
        household("B", ELIG(), capacity=4, kinds=[*USUAL, "sibling_group"], places=3),
    ],
)

add(
    "H-kind-01",
    ["placement_kind"],
    "long-term referral; household approved short-term only",
    referral(duration="long_term"),
    [household("A", EXCL("placement_kind"), kinds=["short_term"]), household("B", ELIG())],
)
add(
    "H-kind-02",
    ["placement_kind"],
    "long-term approved, but the place offers only short-term",
    referral(duration="long_term"),
    [
        household("A", EXCL("placement_kind"), vacancies=[vac(kinds=["short_term"])]),
        household("B", ELIG()),
    ],
)
add(
    "H-kind-03",
    ["placement_kind"],
    "an emergency needs emergency approval",
    referral(urgency="emergency", duration="short_term"),
    [
        household("A", EXCL("placement_kind"), kinds=["short_term", "long_term"]),
        household("B", ELIG()),
    ],
)
add(
    "H-kind-04",
    ["placement_kind"],
    "permanence is long_term",
    referral(duration="permanence"),
    [
        household("A", ELIG(), kinds=["long_term"]),
        household("B", EXCL("placement_kind"), kinds=["short_term"]),
    ],
)
add(
    "H-kind-05",
    ["placement_kind"],
    "respite needs respite approval and offer",
    referral(duration="respite"),
    [household("A", ELIG(), kinds=["respite"]), household("B", EXCL("placement_kind"))],
)
add(
    "H-kind-06",
    ["placement_kind"],
    "children's home offering only long-term places for a short-term referral",
    referral(setting="residential", duration="short_term"),
    [home("A", EXCL("placement_kind"), kinds=["long_term"]), home("B", ELIG())],
)

add(
    "H-sib-01",
    ["sibling_group_approval"],
    "two siblings; household not approved for sibling groups",
    referral(child(age=9), child(age=6)),
    [
        household("A", EXCL("sibling_group_approval"), places=2),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-sib-02",
    ["sibling_group_approval"],
    "three siblings, approved for sibling groups, three places",
    referral(child(age=11), child(age=8), child(age=4)),
    [
        household("A", ELIG(), capacity=3, kinds=[*USUAL, "sibling_group"], places=3),
        household("B", EXCL("sibling_group_approval"), capacity=3, places=3),
    ],
)
add(
    "H-sib-03",
    ["sibling_group_approval"],
    "a single child needs no sibling-group approval",
    referral(child(age=9)),
    [household("A", ELIG(), kinds=USUAL)],
)
add(
    "H-sib-04",
    ["sibling_group_approval"],
    "children's home whose places do not offer sibling_group",
    referral(child(age=14), child(age=13), setting="residential"),
    [
        home("A", EXCL("sibling_group_approval"), places=2),
        home("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)

add(
    "H-remand-01",
    ["remand_approval"],
    "J1 remand, household not approved for remand (J1)",
    referral(child(age=15, legal_status="J1")),
    [household("A", EXCL("remand_approval")), household("B", ELIG(), kinds=[*USUAL, "remand"])],
)
add(
    "H-remand-02",
    ["remand_approval"],
    "legal status not given and no remand approval -> needs information",
    referral(child(age=15, legal_status=None)),
    [household("A", NI("remand_approval")), household("B", ELIG(), kinds=[*USUAL, "remand"])],
    rank=[["B", "A"]],
)
add(
    "H-remand-03",
    ["remand_approval"],
    "legal status C2: remand approval is not needed",
    referral(child(age=15, legal_status="C2")),
    [household("A", ELIG())],
)
add(
    "H-remand-04",
    ["remand_approval"],
    "J1 at a children's home whose places offer remand",
    referral(child(age=15, legal_status="J1"), setting="residential"),
    [home("A", ELIG(), kinds=[*USUAL, "remand"]), home("B", EXCL("remand_approval"))],
)
add(
    "H-remand-05",
    ["remand_approval", "sibling_group_approval"],
    "siblings, one of them J1: the remand approval is still needed",
    referral(child(age=15, legal_status="J1"), child(age=13)),
    [
        household("A", EXCL("remand_approval"), kinds=[*USUAL, "sibling_group"], places=2),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group", "remand"], places=2),
    ],
)

PAC = [*USUAL, "parent_and_child"]
add(
    "H-pac-01",
    ["parent_and_child"],
    "parent-and-child referral; household not approved for it",
    referral(child(age=0), setting="parent_and_child", parent=parent()),
    [household("A", EXCL("parent_and_child")), household("B", ELIG(), kinds=PAC)],
)
add(
    "H-pac-02",
    ["parent_and_child", "sexual_harm_to_younger", "physical_harm"],
    "parent-and-child with no parent details, household with a 12-year-old: parent's age unknown "
    "and every risk not_stated -> needs information (sexual harm, physical harm)",
    referral(child(age=0), setting="parent_and_child"),
    [
        household(
            "A", NI("sexual_harm_to_younger", "physical_harm"), kinds=PAC, placed=[resident(12)]
        ),
        household("B", ELIG(), kinds=PAC, postcode=FAR),
    ],
    rank=[["B", "A"]],
)
add(
    "H-pac-03",
    ["parent_and_child"],
    "parent-and-child with no parent and no residents: nothing to ask",
    referral(child(age=0), setting="parent_and_child"),
    [household("A", ELIG(), kinds=PAC)],
)

add(
    "H-adapt-01",
    ["adaptations"],
    "a wheelchair user and a household without wheelchair access",
    referral(child(adaptations=["wheelchair_access"])),
    [
        household("A", EXCL("adaptations")),
        household("B", ELIG(), adaptations=["wheelchair_access", "ground_floor_bedroom"]),
    ],
)
add(
    "H-adapt-02",
    ["adaptations"],
    "hoist and adapted bathroom needed; home has only the bathroom",
    referral(child(age=14, adaptations=["hoist", "adapted_bathroom"]), setting="residential"),
    [
        home("A", EXCL("adaptations"), adaptations=["adapted_bathroom"]),
        home("B", ELIG(), adaptations=["hoist", "adapted_bathroom"]),
    ],
)

add(
    "H-comp-01",
    ["living_companions"],
    "solo placement recommended and a child already living there",
    referral(living_companions="solo_placement_recommended"),
    [household("A", EXCL("living_companions"), placed=[resident(8)]), household("B", ELIG())],
)
add(
    "H-comp-02",
    ["living_companions"],
    "solo placement recommended, no residents -> pass",
    referral(living_companions="solo_placement_recommended"),
    [household("A", ELIG())],
)
add(
    "H-comp-03",
    ["living_companions"],
    "only with older children; a resident of 10 beside a child of 10",
    referral(child(age=10), living_companions="only_with_older_children"),
    [
        household("A", EXCL("living_companions"), placed=[resident(10)]),
        household("B", ELIG(), placed=[resident(14)]),
    ],
)
add(
    "H-comp-04",
    ["living_companions"],
    "only with younger children; a resident of 12 beside a child of 10",
    referral(child(age=10), living_companions="only_with_younger_children"),
    [
        household("A", EXCL("living_companions"), placed=[resident(12)]),
        household("B", ELIG(), placed=[resident(9)]),
    ],
)
add(
    "H-comp-05",
    ["living_companions"],
    "who the child can live with not stated, a resident lives there",
    referral(living_companions=None),
    [household("A", NI("living_companions"), placed=[resident(12)]), household("B", ELIG())],
    rank=[["B", "A"]],
)

add(
    "H-pets-01",
    ["pets"],
    "referral says no pets; household keeps a dog",
    referral(pets="no"),
    [household("A", EXCL("pets"), pets_kept=["dog"]), household("B", ELIG())],
)
add(
    "H-pets-02",
    ["pets"],
    "pets not known and the household keeps a cat -> needs information",
    referral(pets="not_known"),
    [household("A", NI("pets"), pets_kept=["cat"]), household("B", ELIG())],
    rank=[["B", "A"]],
)
add(
    "H-pets-03",
    ["pets"],
    "child must live with animals; household keeps none",
    referral(pets="yes_must"),
    [household("A", EXCL("pets"), pets_kept=[]), household("B", ELIG(), pets_kept=["dog"])],
)
add(
    "H-pets-04",
    ["pets"],
    "harm to animals present, household keeps a dog",
    referral(child(to_others={"harm_to_animals": "present"})),
    [household("A", EXCL("pets"), pets_kept=["dog"]), household("B", ELIG(), pets_kept=[])],
)
add(
    "H-pets-05",
    ["pets"],
    "harm to animals suspected, home keeps a rabbit",
    referral(child(to_others={"harm_to_animals": "suspected"})),
    [household("A", EXCL("pets"), pets_kept=["rabbit"]), household("B", ELIG(), pets_kept=[])],
)
add(
    "H-pets-06",
    ["pets"],
    "harm to animals historical, household keeps a dog -> needs information",
    referral(child(to_others={"harm_to_animals": "historical"})),
    [household("A", NI("pets"), pets_kept=["dog"]), household("B", ELIG(), pets_kept=[])],
    rank=[["B", "A"]],
)
add(
    "H-pets-07",
    ["pets"],
    "harm to animals not stated, household keeps a cat -> needs information",
    referral(child(to_others={"harm_to_animals": "not_stated"})),
    [household("A", NI("pets"), pets_kept=["cat"]), household("B", ELIG(), pets_kept=[])],
    rank=[["B", "A"]],
)
add(
    "H-pets-08",
    ["pets"],
    "pets not recorded; child can live with pets, no harm to animals -> pass",
    referral(pets="yes_can"),
    [household("A", ELIG(), pets_kept=None)],
)
add(
    "H-pets-09",
    ["pets"],
    "pets not recorded and the referral says no pets -> needs information",
    referral(pets="no"),
    [household("A", NI("pets"), pets_kept=None), household("B", ELIG(), pets_kept=[])],
    rank=[["B", "A"]],
)
add(
    "H-pets-10",
    ["pets"],
    "child must live with animals; children's home keeps a dog -> pass",
    referral(pets="yes_must", setting="residential"),
    [home("A", ELIG(), pets_kept=["dog"]), home("B", EXCL("pets"), pets_kept=[])],
)

for sp in ("dog", "cat", "rabbit", "guinea_pig", "horse", "bird"):
    other = "fish" if sp != "fish" else "dog"
    add(
        f"H-allergy-{sp}",
        ["animal_allergy"],
        f"allergic to {sp}: excluded where a {sp} is kept, not where only a {other} is",
        referral(child(animal_allergies=[sp])),
        [
            household("A", EXCL("animal_allergy"), pets_kept=[sp]),
            household("B", ELIG(), pets_kept=[other]),
        ],
    )
add(
    "H-allergy-07",
    ["animal_allergy"],
    "allergic to cats; household keeps 'other' animals -> needs information",
    referral(child(animal_allergies=["cat"])),
    [
        household("A", NI("animal_allergy"), pets_kept=["other"]),
        household("B", ELIG(), pets_kept=[]),
    ],
    rank=[["B", "A"]],
)
add(
    "H-allergy-08",
    ["animal_allergy"],
    "allergies not stated and the household keeps a dog -> needs information",
    referral(child(animal_allergies=None)),
    [household("A", NI("animal_allergy"), pets_kept=["dog"]), household("B", ELIG(), pets_kept=[])],
    rank=[["B", "A"]],
)
add(
    "H-allergy-09",
    ["animal_allergy", "pets"],
    "allergic to dogs and the household's animals are not recorded -> needs information",
    referral(child(animal_allergies=["dog"])),
    [household("A", NI("animal_allergy"), pets_kept=None), household("B", ELIG(), pets_kept=[])],
    rank=[["B", "A"]],
)
add(
    "H-allergy-10",
    ["animal_allergy"],
    "allergies not stated and the household keeps no animals -> pass",
    referral(child(animal_allergies=None)),
    [household("A", ELIG(), pets_kept=[])],
)
add(
    "H-allergy-11",
    ["animal_allergy", "sibling_group_approval"],
    "siblings, the younger allergic to cats: a household with a cat is excluded",
    referral(child(age=10), child(age=7, animal_allergies=["cat"])),
    [
        household(
            "A",
            EXCL("animal_allergy"),
            pets_kept=["cat"],
            kinds=[*USUAL, "sibling_group"],
            places=2,
        ),
        household("B", ELIG(), pets_kept=["dog"], kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-allergy-12",
    ["animal_allergy"],
    "children's home keeps a cat; resident child allergic to cats",
    referral(child(age=14, animal_allergies=["cat"]), setting="residential"),
    [home("A", EXCL("animal_allergy"), pets_kept=["cat"]), home("B", ELIG(), pets_kept=["fish"])],
)

add(
    "H-dol-01",
    ["deprivation_of_liberty"],
    "a DoL order and a household (never registered)",
    referral(dol=True),
    [household("A", EXCL("deprivation_of_liberty"))],
)
add(
    "H-dol-02",
    ["deprivation_of_liberty"],
    "DoL order: registered home passes, unregistered home excluded",
    referral(child(age=14), setting="residential", dol=True),
    [home("A", ELIG(), dol=True), home("B", EXCL("deprivation_of_liberty"), dol=False)],
)
add(
    "H-dol-03",
    ["deprivation_of_liberty"],
    "DoL order; home's registration not recorded -> needs information",
    referral(child(age=14), setting="residential", dol=True),
    [home("A", NI("deprivation_of_liberty"), dol=None), home("B", ELIG(), dol=True, postcode=FAR)],
    rank=[["B", "A"]],
)
add(
    "H-dol-04",
    ["deprivation_of_liberty"],
    "DoL not stated: a registered home passes, an unregistered one needs information",
    referral(child(age=14), setting="residential", dol=None),
    [home("A", ELIG(), dol=True, postcode=FAR), home("B", NI("deprivation_of_liberty"), dol=False)],
    rank=[["A", "B"]],
)
add(
    "H-dol-05",
    ["deprivation_of_liberty"],
    "DoL not stated and a household -> needs information",
    referral(dol=None),
    [household("A", NI("deprivation_of_liberty"))],
)
add(
    "H-dol-06",
    ["deprivation_of_liberty"],
    "no DoL order: an unregistered home passes",
    referral(child(age=14), setting="residential", dol=False),
    [home("A", ELIG(), dol=False), home("B", ELIG(), dol=None)],
)

for code, (part, risk) in {
    "sexual_harm_to_others": ("to_others", "sexual_harm"),
    "physical_harm_to_others": ("to_others", "physical_harm"),
    "fire_setting": ("to_others", "fire_setting"),
    "criminal_exploitation": ("to_child", "criminal_exploitation"),
    "sexual_exploitation": ("to_child", "sexual_exploitation"),
    "going_missing": ("to_child", "missing"),
    "self_harm": ("to_child", "self_harm"),
    "drug_alcohol": ("to_child", "drug_alcohol"),
}.items():
    kw = {part: {risk: "present"}}
    add(
        f"H-excl-{code}",
        ["carers_exclusions"],
        f"carers will not take {code}; the child's {risk} is present",
        referral(child(age=13, **kw)),
        [
            household("A", EXCL("carers_exclusions"), exclusions=[code]),
            household(
                "B",
                ELIG(),
                exclusions=[c for c in ("self_harm", "fire_setting") if c != code]
                if code not in ("self_harm", "fire_setting")
                else ["drug_alcohol"],
            ),
        ],
    )
add(
    "H-excl-harm_to_animals",
    ["carers_exclusions", "pets"],
    "carers will not take harm to animals (suspected); they keep no animals so only the exclusion acts",
    referral(child(age=13, to_others={"harm_to_animals": "suspected"})),
    [
        household("A", EXCL("carers_exclusions"), exclusions=["harm_to_animals"]),
        household("B", ELIG()),
    ],
)
add(
    "H-excl-hist",
    ["carers_exclusions"],
    "carers will not take fire setting; it is historical -> needs information",
    referral(child(age=13, to_others={"fire_setting": "historical"})),
    [household("A", NI("carers_exclusions"), exclusions=["fire_setting"]), household("B", ELIG())],
    rank=[["B", "A"]],
)
add(
    "H-excl-notstated",
    ["carers_exclusions"],
    "carers will not take self-harm; not stated -> needs information",
    referral(child(age=13, to_child={"self_harm": "not_stated"})),
    [household("A", NI("carers_exclusions"), exclusions=["self_harm"]), household("B", ELIG())],
    rank=[["B", "A"]],
)
add(
    "H-excl-siblings",
    ["carers_exclusions"],
    "carers approved for sibling groups but will not take one",
    referral(child(age=9), child(age=7)),
    [
        household(
            "A",
            EXCL("carers_exclusions"),
            exclusions=["sibling_groups"],
            kinds=[*USUAL, "sibling_group"],
            places=2,
        ),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2),
    ],
)
add(
    "H-excl-home",
    ["carers_exclusions"],
    "registered manager will not take sexual exploitation (suspected)",
    referral(child(age=15, to_child={"sexual_exploitation": "suspected"}), setting="residential"),
    [home("A", EXCL("carers_exclusions"), exclusions=["sexual_exploitation"]), home("B", ELIG())],
)

for state, exp in (
    ("present", EXCL("missing_supervision")),
    ("suspected", EXCL("missing_supervision")),
    ("historical", NI("missing_supervision")),
    ("not_stated", NI("missing_supervision")),
    ("none_known", ELIG()),
):
    add(
        f"H-supervision-limited-{state}",
        ["missing_supervision"],
        f"limited supervision and going missing {state}",
        referral(child(age=13, to_child={"missing": state})),
        [household("A", exp, supervision="limited"), household("B", ELIG(), supervision="full")],
        rank=[["B", "A"]] if exp["outcome"] == "needs_information" else [],
    )
add(
    "H-supervision-null-01",
    ["missing_supervision"],
    "supervision not recorded, going missing none known -> pass",
    referral(child(age=13)),
    [household("A", ELIG(), supervision=None)],
)
add(
    "H-supervision-null-02",
    ["missing_supervision"],
    "supervision not recorded, going missing present -> needs information (not exclude)",
    referral(child(age=13, to_child={"missing": "present"})),
    [household("A", NI("missing_supervision"), supervision=None), household("B", ELIG())],
    rank=[["B", "A"]],
)
add(
    "H-supervision-home",
    ["missing_supervision"],
    "children's homes are not judged on household supervision",
    referral(child(age=14, to_child={"missing": "present"}), setting="residential"),
    [home("A", ELIG())],
)

# --------------------------------------------------------------------------------------
# Section 3: safeguarding, both directions, each state
# --------------------------------------------------------------------------------------

RS = {
    "present": "present",
    "suspected": "suspected",
    "historical": "historical",
    "not_stated": "not_recorded",
    "none_known": "none_known",
}


def by_state(state, rule):
    return {
        "present": EXCL(rule),
        "suspected": EXCL(rule),
        "historical": NI(rule),
        "not_stated": NI(rule),
        "none_known": ELIG(),
    }[state]


for st in RS:
    add(
        f"S-sexual-P-{st}",
        ["sexual_harm_to_younger"],
        f"referred child of 14 poses sexual harm ({st}); resident of 9 is younger",
        referral(child(age=14, to_others={"sexual_harm": st})),
        [household("A", by_state(st, "sexual_harm_to_younger"), placed=[resident(9)])],
    )
    add(
        f"S-sexual-R-{st}",
        ["sexual_harm_to_younger"],
        f"resident of 15 poses sexual harm ({RS[st]}); referred child of 9 is younger",
        referral(child(age=9)),
        [
            household(
                "A",
                by_state(st, "sexual_harm_to_younger"),
                placed=[resident(15, to_others={"sexual_harm": RS[st]})],
            )
        ],
    )
    add(
        f"S-fire-P-{st}",
        ["fire_setting"],
        f"referred child sets fires ({st}); a resident of 5 is under 8",
        referral(child(age=12, to_others={"fire_setting": st})),
        [household("A", by_state(st, "fire_setting"), placed=[resident(5)])],
    )
    add(
        f"S-fire-R-{st}",
        ["fire_setting"],
        f"resident sets fires ({RS[st]}); referred child of 6 is under 8",
        referral(child(age=6)),
        [
            household(
                "A",
                by_state(st, "fire_setting"),
                placed=[resident(12, to_others={"fire_setting": RS[st]})],
            )
        ],
    )
    add(
        f"S-phys-P-{st}",
        ["physical_harm"],
        f"referred child of 14 may harm ({st}); resident of 10 is 4 years younger",
        referral(child(age=14, to_others={"physical_harm": st})),
        [household("A", by_state(st, "physical_harm"), placed=[resident(10)])],
    )
    add(
        f"S-phys-R-{st}",
        ["physical_harm"],
        f"resident of 16 may harm ({RS[st]}); referred child of 12 is 4 years younger",
        referral(child(age=12), setting="residential"),
        [
            home(
                "A",
                by_state(st, "physical_harm"),
                residents=[resident(16, to_others={"physical_harm": RS[st]})],
            ),
            home("B", ELIG(), postcode=FAR, residents=[resident(16)]),
        ],
        rank=[["B", "A"]] if st in ("historical", "not_stated") else [],
    )

# conditions false / vulnerability
add(
    "S-sexual-P-older",
    ["sexual_harm_to_younger"],
    "child poses sexual harm (present); the only resident is older and not vulnerable -> pass",
    referral(child(age=12, to_others={"sexual_harm": "present"})),
    [household("A", ELIG(), placed=[resident(15, vulnerabilities=[])])],
)
add(
    "S-sexual-P-vuln",
    ["sexual_harm_to_younger"],
    "child of 12 poses sexual harm (present); resident of 15 is older but non-verbal -> exclude",
    referral(child(age=12, to_others={"sexual_harm": "present"})),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            placed=[resident(15, vulnerabilities=["non_verbal"])],
        ),
        household("B", ELIG(), placed=[resident(15, vulnerabilities=[])]),
    ],
)
add(
    "S-sexual-P-vuln-null",
    ["sexual_harm_to_younger"],
    "child poses sexual harm (suspected); resident older, vulnerabilities not recorded -> needs information",
    referral(child(age=12, to_others={"sexual_harm": "suspected"})),
    [
        household("A", NI("sexual_harm_to_younger"), placed=[resident(15, vulnerabilities=None)]),
        household("B", ELIG(), placed=[resident(15, vulnerabilities=[])], postcode=FAR),
    ],
    rank=[["B", "A"]],
)
add(
    "S-sexual-P-vuln-null-clear",
    ["sexual_harm_to_younger"],
    "child's sexual harm none known; resident's vulnerabilities not recorded -> pass",
    referral(child(age=12)),
    [household("A", ELIG(), placed=[resident(15, vulnerabilities=None)])],
)
add(
    "S-sexual-R-vulnP-LD",
    ["sexual_harm_to_younger"],
    "resident of 14 poses sexual harm (present); referred child of 16 with a learning disability (LD)",
    referral(child(age=16, disabilities=["LD"])),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            placed=[resident(14, to_others={"sexual_harm": "present"})],
        )
    ],
)
add(
    "S-sexual-R-vulnP-COMM",
    ["sexual_harm_to_younger"],
    "resident of 14 poses sexual harm (suspected); referred child of 15 with a communication disability",
    referral(child(age=15, disabilities=["COMM"]), setting="residential"),
    [
        home(
            "A",
            EXCL("sexual_harm_to_younger"),
            residents=[resident(14, to_others={"sexual_harm": "suspected"})],
        )
    ],
)
add(
    "S-sexual-R-vulnP-list",
    ["sexual_harm_to_younger"],
    "resident of 13 poses sexual harm (present); referred child of 15, known sexual abuse victim",
    referral(child(age=15, vulnerabilities=["known_sexual_abuse_victim"])),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            placed=[resident(13, to_others={"sexual_harm": "present"})],
        )
    ],
)
add(
    "S-sexual-R-older-P",
    ["sexual_harm_to_younger"],
    "resident of 13 poses sexual harm (present); referred child of 15, not vulnerable -> pass",
    referral(child(age=15)),
    [household("A", ELIG(), placed=[resident(13, to_others={"sexual_harm": "present"})])],
)
add(
    "S-sexual-sameage",
    ["sexual_harm_to_younger"],
    "same age in whole years is not younger: child 12 poses (present), resident 12 not vulnerable -> pass",
    referral(child(age=12, to_others={"sexual_harm": "present"})),
    [household("A", ELIG(), placed=[resident(12)])],
)
add(
    "S-fire-P-8",
    ["fire_setting"],
    "child sets fires (present); resident is 8, not under 8 -> pass",
    referral(child(age=12, to_others={"fire_setting": "present"})),
    [household("A", ELIG(), placed=[resident(8)])],
)
add(
    "S-fire-R-8",
    ["fire_setting"],
    "resident sets fires (present); referred child is 9 -> pass",
    referral(child(age=9)),
    [household("A", ELIG(), placed=[resident(12, to_others={"fire_setting": "present"})])],
)
add(
    "S-phys-P-2y",
    ["physical_harm"],
    "child of 14 may harm (present); resident of 12 is only 2 years younger -> pass",
    referral(child(age=14, to_others={"physical_harm": "present"})),
    [household("A", ELIG(), placed=[resident(12)])],
)
add(
    "S-phys-P-3y",
    ["physical_harm"],
    "child of 14 may harm (present); resident of 11 is exactly 3 years younger -> exclude",
    referral(child(age=14, to_others={"physical_harm": "present"})),
    [
        household("A", EXCL("physical_harm"), placed=[resident(11)]),
        household("B", ELIG(), placed=[resident(12)]),
    ],
)
add(
    "S-phys-R-older-P",
    ["physical_harm"],
    "resident of 10 may harm (present); referred child of 14 -> pass",
    referral(child(age=14)),
    [household("A", ELIG(), placed=[resident(10, to_others={"physical_harm": "present"})])],
)

# exploitation, two-sided
for rs, ps, exp in (
    ("present", "present", "X"),
    ("suspected", "suspected", "X"),
    ("present", "historical", "N"),
    ("historical", "present", "N"),
    ("not_recorded", "present", "N"),
    ("present", "not_stated", "N"),
    ("none_known", "present", "E"),
    ("present", "none_known", "E"),
    ("historical", "historical", "N"),
):
    e = {"X": EXCL("exploitation"), "N": NI("exploitation"), "E": ELIG()}[exp]
    add(
        f"S-exploit-R-{rs}-P-{ps}",
        ["exploitation"],
        f"resident exploits others ({rs}); referred child at risk of criminal exploitation ({ps})",
        referral(child(age=14, to_child={"criminal_exploitation": ps})),
        [
            household(
                "A", e, placed=[resident(15, to_others={"criminal_exploitation_of_others": rs})]
            )
        ],
    )
for ps, rs, exp in (
    ("present", "suspected", "X"),
    ("suspected", "historical", "N"),
    ("not_stated", "present", "N"),
    ("present", "none_known", "E"),
    ("none_known", "present", "E"),
):
    e = {"X": EXCL("exploitation"), "N": NI("exploitation"), "E": ELIG()}[exp]
    add(
        f"S-exploit-P-{ps}-R-{rs}",
        ["exploitation"],
        f"referred child exploits others ({ps}); resident at risk of sexual exploitation ({rs})",
        referral(child(age=15, to_others={"criminal_exploitation": ps}), setting="residential"),
        [home("A", e, residents=[resident(14, to_child={"sexual_exploitation": rs})])],
    )
add(
    "S-exploit-worse-of",
    ["exploitation"],
    "worse of: child's criminal exploitation none known but sexual exploitation present; resident exploits (present)",
    referral(child(age=14, to_child={"sexual_exploitation": "present"})),
    [
        household(
            "A",
            EXCL("exploitation"),
            placed=[resident(16, to_others={"criminal_exploitation_of_others": "present"})],
        )
    ],
)

# going missing capacity
add(
    "S-missing-hh-1",
    ["going_missing"],
    "household: one resident goes missing (present), child goes missing (present)",
    referral(child(age=14, to_child={"missing": "present"})),
    [
        household(
            "A", EXCL("going_missing"), placed=[resident(15, to_child={"missing": "present"})]
        ),
        household("B", ELIG(), placed=[resident(15)]),
    ],
)
add(
    "S-missing-hh-uncertain",
    ["going_missing"],
    "household: one resident's going missing not recorded, child goes missing (suspected) -> needs information",
    referral(child(age=14, to_child={"missing": "suspected"})),
    [
        household(
            "A", NI("going_missing"), placed=[resident(15, to_child={"missing": "not_recorded"})]
        ),
        household("B", ELIG(), placed=[resident(15)], postcode=FAR),
    ],
    rank=[["B", "A"]],
)
add(
    "S-missing-hh-P-hist",
    ["going_missing"],
    "household: one resident goes missing (present), child's going missing historical -> needs information",
    referral(child(age=14, to_child={"missing": "historical"})),
    [household("A", NI("going_missing"), placed=[resident(15, to_child={"missing": "present"})])],
)
add(
    "S-missing-hh-P-none",
    ["going_missing"],
    "household: a resident goes missing, the child does not (none known) -> pass",
    referral(child(age=14)),
    [household("A", ELIG(), placed=[resident(15, to_child={"missing": "present"})])],
)
add(
    "S-missing-home-1",
    ["going_missing"],
    "children's home (limit 2): one resident goes missing, child goes missing (present) -> pass",
    referral(child(age=14, to_child={"missing": "present"}), setting="residential"),
    [home("A", ELIG(), residents=[resident(15, to_child={"missing": "present"}), resident(16)])],
)
add(
    "S-missing-home-2",
    ["going_missing"],
    "children's home: two residents go missing (present, suspected) -> exclude",
    referral(child(age=14, to_child={"missing": "present"}), setting="residential"),
    [
        home(
            "A",
            EXCL("going_missing"),
            residents=[
                resident(15, to_child={"missing": "present"}),
                resident(16, to_child={"missing": "suspected"}),
            ],
        ),
        home("B", ELIG(), residents=[resident(15, to_child={"missing": "present"}), resident(16)]),
    ],
)
add(
    "S-missing-home-1-1",
    ["going_missing"],
    "children's home: one resident goes missing, one historical; child present -> needs information",
    referral(child(age=14, to_child={"missing": "present"}), setting="residential"),
    [
        home(
            "A",
            NI("going_missing"),
            residents=[
                resident(15, to_child={"missing": "present"}),
                resident(16, to_child={"missing": "historical"}),
            ],
        ),
        home("B", ELIG(), postcode=FAR, residents=[resident(15), resident(16)]),
    ],
    rank=[["B", "A"]],
)

# resident risk forms
add(
    "S-form-bare",
    ["sexual_harm_to_younger", "risk states"],
    "resident's sexual harm only in the older bare list -> present -> exclude beside a younger child",
    referral(child(age=9)),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            placed=[resident(15, omit=("sexual_harm",), bare_to_others=["sexual_harm"])],
        )
    ],
)
add(
    "S-form-states-win",
    ["physical_harm", "risk states"],
    "resident's physical harm in the bare list but none_known in the state map: the map wins -> pass",
    referral(child(age=9)),
    [household("A", ELIG(), placed=[resident(15, bare_to_others=["physical_harm"])])],
)
add(
    "S-form-omitted",
    ["fire_setting", "risk states"],
    "resident's fire setting in neither form -> not recorded -> needs information beside a child of 6",
    referral(child(age=6)),
    [household("A", NI("fire_setting"), placed=[resident(12, omit=("fire_setting",))])],
)
add(
    "S-form-nothing",
    ["sexual_harm_to_younger", "fire_setting", "physical_harm", "exploitation", "risk states"],
    "a resident of 16 with no risk recorded at all, beside a child of 6 at risk of exploitation (present): "
    "every rule that would decide asks",
    referral(child(age=6, to_child={"criminal_exploitation": "present"})),
    [
        household(
            "A",
            NI("sexual_harm_to_younger", "exploitation", "fire_setting", "physical_harm"),
            placed=[resident(16, states=False)],
        )
    ],
)
add(
    "S-own-child",
    ["sexual_harm_to_younger"],
    "the carers' own child (16) poses sexual harm (present) to a referred child of 10",
    referral(child(age=10)),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            own=[resident(16, to_others={"sexual_harm": "present"})],
        ),
        household("B", ELIG(), own=[resident(16)]),
    ],
)
add(
    "S-sibling-resident-risk",
    ["sexual_harm_to_younger", "siblings"],
    "a resident who is the referred child's brother still excludes if he poses sexual harm (present)",
    referral(child(age=8)),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            placed=[resident(14, to_others={"sexual_harm": "present"}, siblings=["{referral_id}"])],
        )
    ],
)
add(
    "S-sibling-group-internal",
    ["physical_harm", "sibling_group_approval"],
    "a sibling group of 15 and 9: the elder may harm (present); a resident of 8 is much younger -> exclude",
    referral(child(age=15, to_others={"physical_harm": "present"}), child(age=9)),
    [
        household(
            "A",
            EXCL("physical_harm"),
            kinds=[*USUAL, "sibling_group"],
            places=2,
            placed=[resident(8)],
        ),
        household("B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2, placed=[resident(14)]),
    ],
)
add(
    "S-sibling-group-3",
    ["fire_setting", "sibling_group_approval"],
    "three siblings (12, 10, 7): the youngest sets fires (historical); resident of 5 -> needs information",
    referral(child(age=12), child(age=10), child(age=7, to_others={"fire_setting": "historical"})),
    [
        household(
            "A",
            NI("fire_setting"),
            capacity=4,
            kinds=[*USUAL, "sibling_group"],
            places=3,
            placed=[resident(5)],
        ),
        household(
            "B",
            ELIG(),
            capacity=4,
            kinds=[*USUAL, "sibling_group"],
            places=3,
            placed=[resident(9)],
            postcode=FAR,
        ),
    ],
    rank=[["B", "A"]],
)

# parent-and-child safeguarding
add(
    "S-pac-parent-sexual",
    ["sexual_harm_to_younger", "parent_and_child"],
    "the parent (19) poses sexual harm (suspected); resident of 13 is younger -> exclude",
    referral(
        child(age=0),
        setting="parent_and_child",
        parent=parent(19, to_others={"sexual_harm": "suspected"}),
    ),
    [
        household("A", EXCL("sexual_harm_to_younger"), kinds=PAC, placed=[resident(13)]),
        household("B", ELIG(), kinds=PAC),
    ],
)
add(
    "S-pac-parent-phys-hist",
    ["physical_harm", "parent_and_child"],
    "the parent (24) may harm (historical); resident of 10 -> needs information",
    referral(
        child(age=0),
        setting="parent_and_child",
        parent=parent(24, to_others={"physical_harm": "historical"}),
    ),
    [
        household("A", NI("physical_harm"), kinds=PAC, placed=[resident(10)]),
        household("B", ELIG(), kinds=PAC, postcode=FAR),
    ],
    rank=[["B", "A"]],
)
add(
    "S-pac-resident-fire-baby",
    ["fire_setting", "parent_and_child"],
    "a resident sets fires (present); the referred baby is under 8 -> exclude",
    referral(child(age=0), setting="parent_and_child", parent=parent(18)),
    [
        household(
            "A",
            EXCL("fire_setting"),
            kinds=PAC,
            placed=[resident(13, to_others={"fire_setting": "present"})],
        ),
        household("B", ELIG(), kinds=PAC, placed=[resident(13)]),
    ],
)
add(
    "S-pac-parent-exploited",
    ["exploitation", "parent_and_child"],
    "a resident exploits (present); the young parent (16) at risk of sexual exploitation (present) -> exclude",
    referral(
        child(age=0),
        setting="parent_and_child",
        parent=parent(16, to_child={"sexual_exploitation": "present"}),
    ),
    [
        household(
            "A",
            EXCL("exploitation"),
            kinds=PAC,
            placed=[resident(17, to_others={"criminal_exploitation_of_others": "present"})],
        )
    ],
)
add(
    "S-pac-parent-age-unknown",
    ["physical_harm", "parent_and_child"],
    "parent's age not given, physical harm present; resident of 12: condition unknown -> needs information",
    referral(
        child(age=0),
        setting="parent_and_child",
        parent=parent(None, to_others={"physical_harm": "present"}),
    ),
    [
        household("A", NI("physical_harm"), kinds=PAC, placed=[resident(12)]),
        household("B", ELIG(), kinds=PAC, postcode=FAR),
    ],
    rank=[["B", "A"]],
)
add(
    "S-pac-parent-missing",
    ["going_missing", "parent_and_child"],
    "the parent goes missing (present) but the parent is not counted in going_missing -> pass",
    referral(
        child(age=0), setting="parent_and_child", parent=parent(17, to_child={"missing": "present"})
    ),
    [household("A", ELIG(), kinds=PAC, placed=[resident(15, to_child={"missing": "present"})])],
)
add(
    "S-pac-resident-vs-parent-vuln",
    ["sexual_harm_to_younger", "parent_and_child"],
    "resident of 15 poses sexual harm (present); parent 17 has no vulnerabilities and is older -> pass; "
    "the baby is younger -> exclude",
    referral(child(age=0), setting="parent_and_child", parent=parent(17)),
    [
        household(
            "A",
            EXCL("sexual_harm_to_younger"),
            kinds=PAC,
            placed=[resident(15, to_others={"sexual_harm": "present"})],
        )
    ],
)

# several residents: one excluding pair is enough; an asking pair flags
add(
    "S-multi-residents",
    ["physical_harm", "fire_setting"],
    "two residents: one is fine, the other (5) beside a child who sets fires (present) -> exclude",
    referral(child(age=11, to_others={"fire_setting": "present"})),
    [
        household("A", EXCL("fire_setting"), placed=[resident(12), resident(5)]),
        household("B", ELIG(), placed=[resident(12), resident(9)]),
    ],
)
add(
    "S-multi-exclude-beats-ask",
    ["sexual_harm_to_younger", "physical_harm"],
    "one pair asks (physical harm historical), another excludes (sexual harm present): the home is excluded, "
    "first in table order",
    referral(child(age=15, to_others={"sexual_harm": "present", "physical_harm": "historical"})),
    [household("A", EXCL("sexual_harm_to_younger"), placed=[resident(10)])],
)

# table order (primary reason)
add(
    "O-primary-01",
    ["table order", "age_range", "gender"],
    "outside the age approval and the wrong gender: primary reason age_range",
    referral(child(age=15, gender="male")),
    [
        household(
            "A", EXCL("age_range", "gender"), age_max=12, genders=["female"], vacancies=[vac(0, 12)]
        )
    ],
)
add(
    "O-primary-02",
    ["table order", "pets", "animal_allergy"],
    "referral says no pets and the child is allergic to the dog kept: primary reason pets",
    referral(child(animal_allergies=["dog"]), pets="no"),
    [household("A", EXCL("pets", "animal_allergy"), pets_kept=["dog"])],
)
add(
    "O-primary-03",
    ["table order", "setting", "vacancy_not_available"],
    "wrong setting and no place: primary reason setting",
    referral(),
    [home("A", EXCL("setting", "vacancy_not_available", "age_range", "free_places"), vacancies=[])],
)

# --------------------------------------------------------------------------------------
# Section 5: order
# --------------------------------------------------------------------------------------

add(
    "R-01",
    ["order"],
    "clean eligible near the school above clean eligible in Manchester",
    referral(),
    [household("A", ELIG(), postcode=NEAR), household("B", ELIG(), postcode=FAR)],
    rank=[["A", "B"]],
)
add(
    "R-02",
    ["order"],
    "clean eligible far away above a needs-information home next to the school",
    referral(pets="not_known"),
    [
        household("A", ELIG(), postcode=FAR, pets_kept=[]),
        household("B", NI("pets"), postcode=NEAR, pets_kept=["dog"]),
    ],
    rank=[["A", "B"]],
)
add(
    "R-03",
    ["order"],
    "two needs-information homes with the same flag: the nearer ranks first",
    referral(pets="not_known"),
    [
        household("A", NI("pets"), postcode=NEAR, pets_kept=["dog"]),
        household("B", NI("pets"), postcode=FAR, pets_kept=["dog"]),
    ],
    rank=[["A", "B"]],
)
add(
    "R-04",
    ["order"],
    "three clean homes at 0, ~16 km and ~300 km from school in that order",
    referral(),
    [
        household("A", ELIG(), postcode=NEAR),
        household("B", ELIG(), postcode=MID),
        household("C", ELIG(), postcode=FAR),
    ],
    rank=[["A", "B"], ["B", "C"], ["A", "C"]],
)
add(
    "R-05",
    ["order"],
    "same score, one flag ranks above two flags",
    referral(child(age=10, animal_allergies=["cat"]), pets="not_known"),
    [
        household("A", NI("pets"), pets_kept=["dog"], postcode=FAR),
        household("B", NI("pets", "animal_allergy"), pets_kept=["other"], postcode=FAR),
    ],
    rank=[["A", "B"]],
)
add(
    "R-06",
    ["order", "siblings"],
    "a resident who is the referred child's sibling raises siblings_together: that home ranks first",
    referral(child(age=10)),
    [
        household("A", ELIG(), placed=[resident(12, siblings=["{referral_id}"])]),
        household("B", ELIG(), placed=[resident(12)]),
    ],
    rank=[["A", "B"]],
)
add(
    "R-07",
    ["order"],
    "children's homes: clean far above needs-information near; needs-info near above needs-info far",
    referral(child(age=14), setting="residential", dol=None),
    [
        home("A", ELIG(), dol=True, postcode=FAR),
        home("B", NI("deprivation_of_liberty"), dol=None, postcode=NEAR),
        home("C", NI("deprivation_of_liberty"), dol=None, postcode=FAR),
    ],
    rank=[["A", "B"], ["A", "C"], ["B", "C"]],
)
add(
    "R-08",
    ["order", "sibling_group_approval"],
    "sibling group: clean near above clean far, both above a needs-information home",
    referral(child(age=9), child(age=7, animal_allergies=None)),
    [
        household("A", ELIG(), kinds=[*USUAL, "sibling_group"], places=2, pets_kept=[]),
        household(
            "B", ELIG(), kinds=[*USUAL, "sibling_group"], places=2, pets_kept=[], postcode=FAR
        ),
        household(
            "C", NI("animal_allergy"), kinds=[*USUAL, "sibling_group"], places=2, pets_kept=["cat"]
        ),
    ],
    rank=[["A", "B"], ["A", "C"], ["B", "C"]],
)
add(
    "R-09",
    ["order"],
    "a clean home with a place confirmed 23 hours ago above a flagged one",
    referral(child(age=13, to_child={"missing": "historical"})),
    [
        household("A", ELIG(), postcode=FAR, vacancies=[vac(hours_ago=23)]),
        household("B", NI("missing_supervision"), supervision="limited"),
    ],
    rank=[["A", "B"]],
)
add(
    "R-10",
    ["order"],
    "remand: clean approved home far away above legal status not given nearby",
    referral(child(age=15, legal_status=None)),
    [
        household("A", ELIG(), postcode=FAR, kinds=[*USUAL, "remand"]),
        household("B", NI("remand_approval"), postcode=NEAR),
    ],
    rank=[["A", "B"]],
)


def main() -> None:
    ids = [s["id"] for s in SCENARIOS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = Path(__file__).with_name("scenarios.json")
    out.write_text(
        json.dumps({"version": 1, "now": "2026-11-23T09:00:00Z", "scenarios": SCENARIOS}, indent=1)
        + "\n"
    )
    homes = sum(len(s["homes"]) for s in SCENARIOS)
    pairs = sum(len(s["rank_pairs"]) for s in SCENARIOS)
    print(f"{len(SCENARIOS)} scenarios, {homes} homes, {pairs} rank pairs -> {out}")


if __name__ == "__main__":
    main()
