"""What the importer links on public hand-annotated news (``bench/pipeline_ner.py``), held at its figures.

The whole extraction pipeline — gazetteer, titles, rules and the tagger's proposals — run over CoNLL-2003
English test and IL-NER Hindi test (``../shared/ner/``; skipped, saying why, when absent), with the
gazetteer the migrations load. Span-level P/R/F1, deterministic: a rule change that links fewer of the
people or organisations real news names, or more wrong ones, fails here. The floors are the figures of
docs/extraction.md ("What the importer links of it"), less 0.005.
"""

import contextlib
import io
import sys
from pathlib import Path

import pytest
from django.test import TestCase

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
import pipeline_ner  # noqa: E402

from articles.linking import gazetteer_from_database  # noqa: E402

# (language, split): {label: minimum span F1}
FLOORS = {
    ("en", "test"): {"PER": 0.855, "ORG": 0.664},
    ("hi", "test"): {"PER": 0.745, "ORG": 0.460},
}


@pytest.mark.skipif(not pipeline_ner.DATA.is_dir(), reason=f"the public NER data is not at {pipeline_ner.DATA}")
class PipelineOnPublicNewsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def check(self, language, split):
        with contextlib.redirect_stdout(io.StringIO()) as table:
            by_span, _ = pipeline_ner.score(language, split, self.gazetteer, verbose=False)
        print(table.getvalue())
        f1 = {label: f for label, _, _, f, _, _ in by_span.rows()}
        for label, minimum in FLOORS[(language, split)].items():
            self.assertGreaterEqual(round(f1[label], 3), minimum, f"{language} {split} {label} span F1")

    def test_english_people_and_organisations_on_conll_test(self):
        self.check("en", "test")

    def test_hindi_people_and_organisations_on_il_ner_test(self):
        self.check("hi", "test")
