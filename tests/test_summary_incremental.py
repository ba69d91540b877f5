"""After an import run that only added articles, the search summary is brought up to date from the
new articles alone (summary.RunTracker), and equals a full recount; any other run recounts."""

import io
import re
import shutil
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article, FacetSummary, FacetSummaryState, MeetingReport
from articles.search import summary
from people.models import Meeting

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class IncrementalSummaryTests(TestCase):
    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.root = Path(directory.name)

    def folder(self, name, pattern):
        folder = self.root / name
        folder.mkdir()
        for path in sorted(SAMPLES.glob(pattern)):
            shutil.copy(path, folder / path.name)
        return folder

    def run_import(self, folder, **options):
        out = io.StringIO()
        call_command("import_articles", str(folder), verbosity=2, jobs=1, stdout=out, stderr=io.StringIO(), **options)
        self.said = out.getvalue()
        return re.search(r"search summary: (\w+)", self.said).group(1)

    def stored(self):
        return sorted(FacetSummary.objects.values_list("scope", "facet", "value", "count", "rank"))

    def recounted(self):
        return sorted(summary.compute())

    def assert_fresh_and_exact(self):
        self.assertTrue(summary.is_fresh())
        self.assertEqual(self.stored(), self.recounted())

    def test_new_articles_reporting_old_articles_meetings_add_up_to_a_full_recount(self):
        self.assertEqual(self.run_import(self.folder("en", "en-*.txt")), "refreshed")  # stale at the start
        # Every meeting dated already, so that no new article dates an old article's meeting (below).
        Meeting.objects.filter(date__isnull=True).update(date="2020-09-04")
        self.assertTrue(summary.refresh())
        old = set(Article.objects.values_list("pk", flat=True))
        self.assertEqual(self.run_import(self.folder("hi", "hi-*.txt")), "incremental", self.said)
        shared = MeetingReport.objects.filter(article__in=old, meeting__reports__article__language="hi")
        self.assertTrue(shared.exists())  # the Hindi articles report meetings the English ones report
        self.assert_fresh_and_exact()

    def test_new_articles_imported_by_two_worker_processes_add_up_to_a_full_recount(self):
        self.run_import(self.folder("en", "en-*.txt"))
        Meeting.objects.filter(date__isnull=True).update(date="2020-09-04")
        self.assertTrue(summary.refresh())
        out = io.StringIO()
        call_command("import_articles", str(self.folder("hi", "hi-*.txt")), verbosity=2, jobs=2, stdout=out)
        self.assertIn("search summary: incremental", out.getvalue())
        self.assert_fresh_and_exact()

    def test_a_new_article_dating_an_old_undated_articles_meeting_gives_a_full_recounts_counts(self):
        self.run_import(self.folder("en", "en-*.txt"))
        # The old articles' meetings lose their dates: the old articles are undated by event.
        Meeting.objects.update(date=None)
        self.assertTrue(summary.refresh())
        self.assertTrue(Article.objects.undated("event").exists())
        outcome = self.run_import(self.folder("hi", "hi-*.txt"))
        dated = Meeting.objects.filter(date__isnull=False, reports__article__language="en").exists()
        self.assertTrue(dated)  # an old article's meeting got its date: its event dates changed
        self.assertEqual(outcome, "refreshed", self.said)
        self.assert_fresh_and_exact()

    def test_a_run_that_updates_an_article_recounts(self):
        folder = self.folder("en", "en-0[1-3]*.txt")
        self.run_import(folder)
        self.assertTrue(summary.is_fresh())
        path = next(folder.glob("en-01*"))
        path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph added later.\n", encoding="utf-8")
        shutil.copy(SAMPLES / "en-04-sco-defence-delhi.txt", folder)
        self.assertEqual(self.run_import(folder), "refreshed")
        self.assert_fresh_and_exact()

    def test_a_summary_stale_at_the_start_recounts(self):
        self.run_import(self.folder("en", "en-0[1-3]*.txt"))
        FacetSummaryState.objects.filter(pk=1).update(dirty=True)
        self.assertEqual(self.run_import(self.folder("hi", "hi-0[1-2]*.txt")), "refreshed")
        self.assert_fresh_and_exact()

    def test_a_run_that_deletes_or_updates_watched_rows_recounts(self):
        self.run_import(self.folder("en", "en-0[1-3]*.txt"))
        tracker = summary.RunTracker().begin()
        self.assertTrue(tracker.valid)
        Meeting.objects.filter(pk=Meeting.objects.first().pk).update(date="2001-01-01")  # not an insert
        self.assertEqual(tracker.finish(0), "refreshed")
        self.assert_fresh_and_exact()

    def test_a_refresh_during_the_run_makes_it_recount(self):
        self.run_import(self.folder("en", "en-0[1-3]*.txt"))
        tracker = summary.RunTracker().begin()
        call_command("import_articles", str(self.folder("hi", "hi-0[1-2]*.txt")), jobs=1, stdout=io.StringIO())
        generation = FacetSummaryState.objects.get(pk=1).generation
        self.assertGreater(generation, tracker.generation)  # the inner run published
        self.assertEqual(tracker.finish(Article.objects.filter(pk__gt=tracker.after).count()), "refreshed")
        self.assert_fresh_and_exact()
