"""Precision and recall of extraction on a corpus the project wrote itself (``tests/corpus/``).

Twenty-eight articles, half in Hindi, with negated, modal and promo cases and
people the gazetteer does not know, are imported into an archive that knows
only the starter gazetteer. People, organisations and held meetings linked
to each article are compared with the hand-written expectations in
``tests/corpus/expected.json``; every measure must reach ``THRESHOLD``.
The figures are recorded in ``docs/extraction.md``.
"""

import io
import json
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article

from scoring import HELD_MEETINGS, ORGANISATIONS, PEOPLE, Scorer

CORPUS = Path(__file__).with_name("corpus")
THRESHOLD = 0.9


class CorpusTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_articles", str(CORPUS), stdout=io.StringIO(), stderr=io.StringIO())
        cls.expectations = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["articles"]
        cls.scorer = Scorer()
        for name, expected in cls.expectations.items():
            article = Article.objects.get(source_path__endswith=f"corpus/{name}")
            cls.scorer.score_article(name, article, expected)
        cls.scores = cls.scorer.scores

    def test_the_corpus_is_at_least_twenty_articles_half_in_hindi(self):
        self.assertGreaterEqual(len(self.expectations), 20)
        languages = list(Article.objects.values_list("language", flat=True))
        self.assertEqual(len(languages), len(self.expectations))
        self.assertGreaterEqual(languages.count("hi"), len(languages) / 2)

    def assert_good_enough(self, kind):
        score = self.scores[kind]
        report = score.report(kind)
        print(report)
        self.assertGreaterEqual(score.precision, THRESHOLD, report)
        self.assertGreaterEqual(score.recall, THRESHOLD, report)

    def test_people(self):
        self.assert_good_enough(PEOPLE)

    def test_organisations(self):
        self.assert_good_enough(ORGANISATIONS)

    def test_held_meetings(self):
        self.assert_good_enough(HELD_MEETINGS)
