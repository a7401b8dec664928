"""Evaluate medspaCy ConText on referral-style risk sentences, offline (issue 12, class 6).

Not part of the project: run it in a scratch venv with `medspacy` (and `numpy<2`, which
its spaCy 3.7 build needs) installed. Result on 2026-12-04: 10/16 sentences right,
3.4 s to import, 1.6 ms a sentence; our own layer (rules/context.py, risk_states.py)
13/16 before this session's changes, 0.16 ms a sentence.
"""

import importlib
import time

TARGETS = [
    ("self-harm", "SELF_HARM"),
    ("self harm", "SELF_HARM"),
    ("cannabis", "DRUGS"),
    ("going missing", "MISSING"),
    ("gone missing", "MISSING"),
    ("missing", "MISSING"),
    ("fires", "FIRE"),
    ("fire setting", "FIRE"),
    ("arson", "FIRE"),
    ("cse", "CSE"),
    ("county lines", "CCE"),
    ("violent", "VIOLENCE"),
    ("hits", "VIOLENCE"),
    ("alcohol", "DRUGS"),
    ("drug use", "DRUGS"),
]
# (sentence, expected: present / negated / historical / hypothetical / family / suspected)
CASES = [
    ("She has no history of self-harm.", "negated"),
    ("He denies using cannabis but staff smelt it on his clothes.", "suspected"),
    ("There have been no missing episodes since March 2024.", "historical"),
    ("If she goes missing, carers must call the police.", "hypothetical"),
    ("Her mother has a long history of alcohol misuse.", "family"),
    ("Lighters were found in his bedroom; no fires have been set.", "suspected"),
    ("She self-harmed by cutting in 2021 and none since.", "historical"),
    ("Intelligence suggests he may be involved in county lines.", "suspected"),
    ("He is not violent at home.", "negated"),
    ("Staff report that she hits peers when frustrated.", "present"),
    ("Was arrested for arson in 2019; nothing since.", "historical"),
    ("Possible CSE: seen getting into cars with older men.", "suspected"),
    ("Her brother was convicted of arson.", "family"),
    ("Smokes cannabis most days.", "present"),
    ("No concerns about fire setting.", "negated"),
    ("Went missing twice last week.", "present"),
]


def _state(ent) -> str:
    if ent._.is_negated:
        return "negated"
    if ent._.is_historical:
        return "historical"
    if ent._.is_hypothetical:
        return "hypothetical"
    if ent._.is_family:
        return "family"
    return "suspected" if ent._.is_uncertain else "present"


def main() -> None:
    started = time.perf_counter()
    medspacy = importlib.import_module("medspacy")
    target_rule = importlib.import_module("medspacy.ner").TargetRule
    import_seconds = time.perf_counter() - started
    started = time.perf_counter()
    pipes = ["medspacy_pyrush", "medspacy_target_matcher", "medspacy_context"]
    nlp = medspacy.load(medspacy_enable=pipes)
    load_seconds = time.perf_counter() - started
    matcher = nlp.get_pipe("medspacy_target_matcher")
    for literal, category in TARGETS:
        matcher.add(target_rule(literal, category))
    right = 0
    started = time.perf_counter()
    for text, want in CASES:
        states = [(ent.text, _state(ent)) for ent in nlp(text).ents]
        got = states[-1][1] if states else "none"
        right += got == want
        print(f"{'OK ' if got == want else 'BAD'} want {want:12} got {states}  | {text}")
    per_sentence = 1000 * (time.perf_counter() - started) / len(CASES)
    print(
        f"\n{right}/{len(CASES)} right; import {import_seconds:.2f}s, "
        f"load {load_seconds:.2f}s, {per_sentence:.1f} ms per sentence"
    )


if __name__ == "__main__":
    main()
