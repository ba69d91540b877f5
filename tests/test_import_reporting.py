"""What ``import_articles`` tells its operator: the summary, ``--report FILE``, the dry run's listing, the time budget."""

import io
import json
import tempfile
import time
from pathlib import Path
from unittest import mock

from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.importing import extracting
from articles.models import Article
from people.models import Meeting, Organisation, Person, PersonDuplicateFlag

PETROV_EN = (
    " date 2024-03-11 Belarus Defence Minister Lt Gen Ivan Petrov met External Affairs Minister S. Thirumalai "
    "in New Delhi on Monday.\n\nPetrov said the talks were useful.\n"
)
KOVAL_EN = (
    " date 2024-03-12 Ukrainian Foreign Minister Olena Koval held talks with Belarus Defence Minister Lt Gen "
    "Ivan Petrov in Minsk on Tuesday. The Northern Maritime Cooperation Organization (NMCO) hosted them.\n"
)
SLOW = " date 2024-03-13 Glacially slow talks in Minsk went on and on.\n"


class ReportingTestCase(TestCase):
    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)

    def write(self, name, content):
        path = self.folder / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    def run_import(self, **options):
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("import_articles", str(self.folder), stdout=out, stderr=err, **options)
        except CommandError as error:
            return out.getvalue(), err.getvalue(), error
        return out.getvalue(), err.getvalue(), None


class SummaryTests(ReportingTestCase):
    def test_the_summary_counts_what_the_run_created_and_points_to_the_review_queue(self):
        known = Person.objects.create(name="Subrahmanyam Thirumalai", origin="editor", reviewed=True)
        known.aliases.create(name="Subrahmanyam Thirumalai")  # S. Thirumalai: perhaps him, flagged
        self.write("1.txt", PETROV_EN)
        self.write("2.txt", KOVAL_EN)
        out, err, error = self.run_import(jobs=1)
        self.assertIsNone(error, err)
        lines = out.strip().splitlines()
        self.assertEqual(lines[0], "imported 2, updated 0, unchanged 0, failed 0")
        people = Person.objects.filter(origin="import").count()
        organisations = Organisation.objects.filter(origin="import").count()
        meetings = Meeting.objects.filter(origin="import").count()
        self.assertEqual((people, organisations, meetings, PersonDuplicateFlag.objects.count()), (3, 1, 2, 1))
        self.assertEqual(
            lines[1],
            "new: 3 people, 1 organisation, 2 meetings, 1 possible duplicate; 3 places named (places are never "
            "created by imports); what is new waits for an editor in the review queue: /admin/review/",
        )

    def test_a_run_that_creates_nothing_says_so_without_the_queue(self):
        self.write("1.txt", PETROV_EN)
        self.run_import(jobs=1)
        Article.objects.all().delete()
        out, _, _ = self.run_import(jobs=1)  # the same people and meeting again: all known now
        self.assertEqual(
            out.strip().splitlines()[1],
            "new: 0 people, 0 organisations, 0 meetings, 0 possible duplicates; 2 places named (places are never "
            "created by imports)",
        )


class Terminal(io.StringIO):
    def isatty(self):
        return True


class ProgressTests(ReportingTestCase):
    def test_on_a_terminal_the_progress_shows_the_rate_the_time_left_and_what_was_created(self):
        self.write("1.txt", PETROV_EN)
        self.write("2.txt", KOVAL_EN)
        terminal = Terminal()
        call_command("import_articles", str(self.folder), jobs=1, stdout=io.StringIO(), stderr=terminal)
        bar = terminal.getvalue().replace("\r", "\n").strip().splitlines()[-1]
        self.assertRegex(bar, r"100%.*2/2 \[\d\d:\d\d<\d\d:\d\d, +[\d.]+ ?(file/s|s/file)")
        self.assertIn("3 new people, 2 meetings, 0 failed", bar)


class ReportFileTests(ReportingTestCase):
    def test_one_json_line_per_file_with_outcome_reason_article_and_counts(self):
        self.write("1.txt", PETROV_EN)
        self.write("2.txt", b"\xff not text")  # (FF FE would be read as UTF-16's byte order mark)
        self.write("3.txt", PETROV_EN)  # the same bytes as 1.txt
        report = self.folder / "report.jsonl"
        out, err, error = self.run_import(jobs=1, report=str(report))
        self.assertIsNotNone(error)
        lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
        self.assertEqual([Path(line["path"]).name for line in lines], ["1.txt", "2.txt", "3.txt"])
        first, bad, same = lines
        article = Article.objects.get()
        self.assertEqual(
            first,
            {
                "path": str(self.folder / "1.txt"),
                "outcome": "imported",
                "reason": "",
                "article": article.pk,
                "counts": {"people": 2, "organisations": 0, "places": 2, "meetings": 1},
                "created": {"people": 2, "organisations": 0, "meetings": 1, "possible_duplicates": 0},
            },
        )
        self.assertEqual(bad["outcome"], "failed")
        self.assertTrue(bad["reason"].startswith("not UTF-8: byte 0xff at offset 0"))
        self.assertIsNone(bad["article"])
        self.assertEqual((same["outcome"], same["article"]), ("unchanged", article.pk))
        self.assertIn(f"same text as article {article.pk}", same["reason"])

    def test_a_report_file_that_cannot_be_written_is_a_clear_error(self):
        self.write("1.txt", PETROV_EN)
        out, err, error = self.run_import(report=str(self.folder / "missing" / "report.jsonl"))
        self.assertIn("--report", str(error))
        self.assertIn("cannot write it", str(error))
        self.assertFalse(Article.objects.exists())


class DryRunTests(ReportingTestCase):
    def test_the_dry_run_lists_new_people_and_meetings_with_keys_of_their_own(self):
        self.write("1.txt", PETROV_EN)
        self.write("2.txt", KOVAL_EN)
        counts = (Person.objects.count(), Meeting.objects.count(), Organisation.objects.count())
        out, err, error = self.run_import(dry_run=True, verbosity=3, jobs=1)
        self.assertIsNone(error, err)
        self.assertEqual(counts, (Person.objects.count(), Meeting.objects.count(), Organisation.objects.count()))
        listed = [line for line in out.splitlines() if line.startswith("would create") and "#new-" in line]
        first, second = self.folder / "1.txt", self.folder / "2.txt"
        # Each file is judged against the archive as it is: Ivan Petrov is new in both files, and each time
        # he has a key of his own; nobody shares one, whatever ids the rolled-back rows had.
        self.assertEqual(
            listed,
            [
                f"would create person #new-1: Ivan Petrov (from {first})",
                f"would create person #new-2: S. Thirumalai (from {first})",
                f"would create meeting #new-1: bilateral meeting of Ivan Petrov (#new-1) – S. Thirumalai (#new-2), "
                f"2024-03-11, held (from {first})",
                f"would create person #new-3: Olena Koval (from {second})",
                f"would create person #new-4: Ivan Petrov (from {second})",
                f"would create organisation #new-1: Northern Maritime Cooperation Organization (from {second})",
                f"would create meeting #new-2: bilateral meeting of Ivan Petrov (#new-4) – Olena Koval (#new-3), "
                f"2024-03-12, held (from {second})",
            ],
        )
        self.assertIn("    person #new-1: Ivan Petrov", out)
        self.assertIn("    person #new-4: Ivan Petrov", out)
        self.assertIn(
            "would create 4 people, 1 organisation, 2 meetings, 0 possible duplicates (each file judged against the "
            "archive as it is now)",
            out,
        )


class TimeBudgetTests(ReportingTestCase):
    """The per-file time budget: a file whose extraction will not end fails alone, named, with the reason."""

    def slow_extraction(self):
        real = extracting.extract

        def extract(body, language, gazetteer, published=None):
            if "Glacially" in body:
                time.sleep(60)
            return real(body, language, gazetteer, published=published)

        return mock.patch("articles.importing.extracting.extract", extract)

    def assert_only_the_slow_file_failed(self, jobs):
        self.write("1.txt", PETROV_EN)
        slow = self.write("2.txt", SLOW)
        self.write("3.txt", KOVAL_EN)
        started = time.monotonic()
        with self.slow_extraction():
            out, err, error = self.run_import(jobs=jobs, file_timeout=3)
        self.assertLess(time.monotonic() - started, 50)
        self.assertIn("imported 2, updated 0, unchanged 0, failed 1", out)
        self.assertEqual(
            err.strip().splitlines(),
            [
                f"{slow}: not imported: extraction took longer than 3 s, the limit for one file (split it, or "
                "raise --file-timeout); nothing of it was written"
            ],
        )
        self.assertEqual(sorted(Path(p).name for p in Article.objects.values_list("source_path", flat=True)), ["1.txt", "3.txt"])

    def test_in_this_process(self):
        self.assert_only_the_slow_file_failed(jobs=1)

    def test_in_a_worker_process(self):
        self.assert_only_the_slow_file_failed(jobs=2)
