"""Precision and recall of extraction on the demo articles in ``samples/``: news the rules were not written on.

The thirteen sample articles (real meetings of 2020–2024, in English and
Hindi) are imported into an archive that knows only the starter gazetteer,
and scored with the corpus test's scorer (``scoring.py``) against the
hand-written ``samples/expected.json``: people, organisations, held meetings
by their participants, held meetings with their date and place too, and
meetings reported by several articles kept as one record.

The thresholds guard what extraction achieves on them today, a little
below the figures in ``docs/extraction.md``: a change that loses a person,
a body, a meeting, its date or place, or splits a meeting across articles
fails here.
"""

import io
import json

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article

from conftest import SAMPLES
from scoring import HELD_MEETINGS, HELD_MEETINGS_DETAILED, ORGANISATIONS, PEOPLE, Scorer

THRESHOLDS = {
    PEOPLE: (0.95, 0.95),
    ORGANISATIONS: (0.95, 0.95),
    HELD_MEETINGS: (0.95, 0.9),
    HELD_MEETINGS_DETAILED: (0.85, 0.8),
}
SHARED_MEETINGS_THRESHOLD = 0.9


class SampleScoreTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_articles", str(SAMPLES), stdout=io.StringIO(), stderr=io.StringIO())
        cls.expectations = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["articles"]
        cls.scorer = Scorer()
        for name, expected in cls.expectations.items():
            cls.scorer.score_article(name, Article.objects.get(source_path__endswith=f"samples/{name}"), expected)

    def test_every_sample_has_expectations(self):
        self.assertEqual(set(self.expectations), {path.name for path in SAMPLES.glob("*.txt")})

    def assert_good_enough(self, kind):
        score = self.scorer.scores[kind]
        report = score.report(kind)
        print(report)
        precision, recall = THRESHOLDS[kind]
        self.assertGreaterEqual(score.precision, precision, report)
        self.assertGreaterEqual(score.recall, recall, report)

    def test_people(self):
        self.assert_good_enough(PEOPLE)

    def test_organisations(self):
        self.assert_good_enough(ORGANISATIONS)

    def test_held_meetings(self):
        self.assert_good_enough(HELD_MEETINGS)

    def test_held_meetings_with_date_and_place(self):
        self.assert_good_enough(HELD_MEETINGS_DETAILED)

    def test_one_record_per_meeting_across_articles(self):
        kept, shared, failures = self.scorer.shared_meetings()
        report = f"meetings reported by several articles kept as one record: {kept}/{shared}\nsplit or missed: {failures}"
        print(report)
        self.assertGreaterEqual(kept / shared, SHARED_MEETINGS_THRESHOLD, report)
