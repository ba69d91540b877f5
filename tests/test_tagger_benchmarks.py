"""The committed name tagger scored on public data: CoNLL-2003 English test, IL-NER Hindi test, HiNER.

Reads ``../shared/ner/`` beside the repository (see its README) and skips, saying why, when it is
absent. Span-level exact-match F1 (conlleval), deterministic: the thresholds are issue 9's
acceptance figures. Each test prints its per-type table (``pytest -s`` shows it).
"""

from pathlib import Path

import pytest

from articles.extraction.tagger.corpora import read_split
from articles.extraction.tagger.evaluation import evaluate, format_table
from articles.extraction.tagger.model import get_model

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "ner"

# (language, split, title, {label: minimum F1})
BENCHMARKS = [
    ("en", "test", "CoNLL-2003 English eng.testb", {"PER": 0.88, "ORG": 0.75}),
    ("hi", "test", "IL-NER Hindi test", {"PER": 0.80, "ORG": 0.65}),
    ("hi", "hiner", "HiNER validation", {"PER": 0.70}),
]


def scores_on(language, split):
    if not DATA.is_dir():
        pytest.skip(f"the public NER data is not available at {DATA}")
    documents = read_split(DATA, language, split)
    model = get_model(language)
    gold, predicted = [], []
    for document in documents:
        predicted.extend(model.tag_tokens([list(tokens) for tokens, _ in document]))
        gold.extend(list(tags) for _, tags in document)
    return evaluate(gold, predicted)


@pytest.mark.parametrize(
    ("language", "split", "title", "minimums"), BENCHMARKS, ids=[benchmark[2] for benchmark in BENCHMARKS]
)
def test_the_committed_model_scores_at_least_the_acceptance_figures(language, split, title, minimums):
    scores = scores_on(language, split)
    print()
    print(format_table(scores, title))
    failures = [
        f"{label} F1 {scores[label].f1:.3f} < {minimum:.2f}"
        for label, minimum in minimums.items()
        if scores[label].f1 < minimum
    ]
    assert not failures, f"{title}: " + "; ".join(failures)
