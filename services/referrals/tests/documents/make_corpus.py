"""Build the labelled corpus of fictional referral documents, and the held-out set.

    uv run python services/referrals/tests/documents/make_corpus.py

Writes ``corpus/`` (phrase book A, for tuning) and ``heldout/`` (phrase book B, other
wording; not to be read while tuning) beside this file: each document plus
``<name>.expected.json``. Seeded: the same files every run.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus_forms import Form, expected
from corpus_render import RENDERERS
from corpus_truth import make_truth

HERE = Path(__file__).parent
STYLES = list(RENDERERS)


def build(folder: Path, book: str, count: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number in range(count):
        style = STYLES[number % len(STYLES)]
        siblings = 1 if rng.random() < 0.8 or style == "short_email" else rng.choice([2, 3])
        truth = make_truth(rng, f"{number:02d}", book, siblings)
        trap = rng.random()
        if style != "short_email" and trap < 0.12:
            truth.stated_age_error = rng.choice([-3, 2, 4])
        elif style in ("parts_docx", "provider_docx") and trap < 0.22:
            truth.placeholder_dob = True
        elif style != "short_email" and trap < 0.32:
            truth.urgency_left_open = True
        data, extension = RENDERERS[style](truth, Form(truth, rng), rng)
        name = f"{number:02d}-{style}"
        # Some files arrive with a name that lies about their type.
        if rng.random() < 0.1:
            extension = ".bin"
        (folder / f"{name}{extension}").write_bytes(data)
        answer = expected(truth, brief=style == "short_email")
        answer.update(style=style, file=f"{name}{extension}", authority_style=truth.la_words)
        (folder / f"{name}.expected.json").write_text(json.dumps(answer, indent=1))


if __name__ == "__main__":
    build(HERE / "corpus", "A", 40, seed=20251)
    build(HERE / "heldout", "B", 24, seed=977)
    print("corpus and held-out set written")
