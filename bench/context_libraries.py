"""Evaluate medspaCy ConText on referral-style risk sentences, offline (issue 12, class 6).

Not part of the project: run it in a scratch venv with `medspacy` (and `numpy<2`, which
its spaCy 3.7 build needs) installed. Result on 2026-12-04: 10/16 sentences right,
3.4 s to import, 1.6 ms a sentence; our own layer (rules/context.py, risk_states.py)
13/16 before this session's changes, 0.16 ms a sentence.
"""
import time
t0 = time.perf_counter()
import medspacy
from medspacy.ner import TargetRule

t_import = time.perf_counter() - t0
t0 = time.perf_counter()
nlp = medspacy.load(medspacy_enable=["medspacy_pyrush", "medspacy_target_matcher", "medspacy_context"])
t_load = time.perf_counter() - t0
tm = nlp.get_pipe("medspacy_target_matcher")
for lit, cat in [("self-harm", "SELF_HARM"), ("self harm", "SELF_HARM"), ("cannabis", "DRUGS"),
                 ("going missing", "MISSING"), ("gone missing", "MISSING"), ("missing", "MISSING"), ("fires", "FIRE"),
                 ("fire setting", "FIRE"), ("arson", "FIRE"), ("cse", "CSE"), ("county lines", "CCE"),
                 ("violent", "VIOLENCE"), ("hits", "VIOLENCE"), ("alcohol", "DRUGS"), ("drug use", "DRUGS")]:
    tm.add(TargetRule(lit, cat))
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
right = 0
t0 = time.perf_counter()
for text, want in CASES:
    doc = nlp(text)
    states = []
    for ent in doc.ents:
        s = ("negated" if ent._.is_negated else "historical" if ent._.is_historical else
             "hypothetical" if ent._.is_hypothetical else "family" if ent._.is_family else
             "suspected" if ent._.is_uncertain else "present")
        states.append((ent.text, s))
    got = states[-1][1] if states else "none"
    right += got == want
    print(f"{'OK ' if got == want else 'BAD'} want {want:12} got {states}  | {text}")
t_run = time.perf_counter() - t0
print(f"\n{right}/{len(CASES)} right; import {t_import:.2f}s, load {t_load:.2f}s, {1000*t_run/len(CASES):.1f} ms per sentence")
