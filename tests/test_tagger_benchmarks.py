"""The committed name tagger scored on public data: CoNLL-2003 English test, IL-NER Hindi test, HiNER.

Reads ``../shared/ner/`` beside the repository (see its README) and skips, saying why, when it is
absent. Span-level exact-match F1 (conlleval), deterministic. Two kinds of threshold:

* issue 9's acceptance figures. English holds them. The Hindi model does not (IL-NER test PER 0.722,
  ORG 0.583; HiNER PER 0.352): those cases are marked as expected failures, strictly, so that the
  day a model meets them the marker must go;
* the figures the committed models scored when committed (less 0.005): any change that makes a
  model worse fails here.

Each test prints its per-type table (``pytest -s`` shows it).
"""

import functools
from pathlib import Path

import pytest

from articles.extraction.tagger.corpora import read_split
from articles.extraction.tagger.evaluation import evaluate, format_table
from articles.extraction.tagger.model import get_model

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "ner"

TITLES = {
    ("en", "test"): "CoNLL-2003 English eng.testb",
    ("hi", "test"): "IL-NER Hindi test",
    ("hi", "hiner"): "HiNER validation",
}
HINDI_SHORTFALL = pytest.mark.xfail(
    strict=True,
    reason="issue 9's Hindi targets are not met yet (models/CARD.md: IL-NER test PER 0.722, "
    "ORG 0.583; HiNER PER 0.352)",
)
# (language, split, {label: minimum F1}): issue 9's acceptance figures.
ACCEPTANCE = [
    pytest.param("en", "test", {"PER": 0.88, "ORG": 0.75}, id="CoNLL-2003 English test"),
    pytest.param("hi", "test", {"PER": 0.80, "ORG": 0.65}, id="IL-NER Hindi test", marks=HINDI_SHORTFALL),
    pytest.param("hi", "hiner", {"PER": 0.70}, id="HiNER validation", marks=HINDI_SHORTFALL),
]
# What the committed models scored (models/CARD.md), less 0.005.
COMMITTED = [
    pytest.param(
        "en", "test", {"PER": 0.906, "ORG": 0.795, "LOC": 0.888, "overall": 0.854}, id="CoNLL-2003 test"
    ),
    pytest.param(
        "hi", "test", {"PER": 0.717, "ORG": 0.578, "LOC": 0.821, "overall": 0.725}, id="IL-NER test"
    ),
    pytest.param("hi", "hiner", {"PER": 0.347, "ORG": 0.195, "LOC": 0.596, "overall": 0.528}, id="HiNER"),
]


def scores_on(language, split):
    if not DATA.is_dir():
        pytest.skip(f"the public NER data is not available at {DATA}")
    return _scores(language, split)


@functools.lru_cache(maxsize=None)
def _scores(language, split):
    documents = read_split(DATA, language, split)
    model = get_model(language)
    gold, predicted = [], []
    for document in documents:
        predicted.extend(model.tag_tokens([list(tokens) for tokens, _ in document]))
        gold.extend(list(tags) for _, tags in document)
    return evaluate(gold, predicted)


def check(language, split, minimums):
    scores = scores_on(language, split)
    title = TITLES[(language, split)]
    print()
    print(format_table(scores, title))
    failures = [
        f"{label} F1 {scores[label].f1:.3f} < {minimum:.3f}"
        for label, minimum in minimums.items()
        if scores[label].f1 < minimum
    ]
    assert not failures, f"{title}: " + "; ".join(failures)


@pytest.mark.parametrize(("language", "split", "minimums"), ACCEPTANCE)
def test_the_committed_model_meets_the_acceptance_figures(language, split, minimums):
    check(language, split, minimums)


@pytest.mark.parametrize(("language", "split", "minimums"), COMMITTED)
def test_the_committed_model_scores_no_worse_than_when_committed(language, split, minimums):
    check(language, split, minimums)
