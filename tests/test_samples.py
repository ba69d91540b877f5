"""The demo archive in samples/ imports cleanly, as `make run` does."""

import io

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article

from conftest import SAMPLES


class SampleImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.files = sorted(SAMPLES.glob("*.txt"))
        cls.out = io.StringIO()
        call_command("import_articles", str(SAMPLES), stdout=cls.out, stderr=io.StringIO())

    def test_every_sample_becomes_an_article_in_its_language(self):
        self.assertGreaterEqual(len(self.files), 12)
        self.assertIn(f"imported {len(self.files)}, updated 0, unchanged 0, failed 0", self.out.getvalue())
        for path in self.files:
            article = Article.objects.get(source_path__endswith=path.name)
            self.assertEqual(article.language, path.name[:2], path.name)
            self.assertEqual(article.published is not None, path.read_text(encoding="utf-8").startswith(" date "))
            self.assertNotIn("Also Read", article.body, path.name)
            self.assertLessEqual(len(article.title), 120)
