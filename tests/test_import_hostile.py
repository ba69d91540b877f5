"""Hostile source files and paths: each is imported correctly or refused with one clear line naming it.

Control and invisible characters, punctuation-only texts, odd date headers,
file names that are not UTF-8 or hold a newline, long paths, UTF-16,
symbolic link loops, ``*.TXT``, linked and unreadable folders, and errors
nobody expected.
"""

import datetime
import json
import os
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path
from unittest import mock

from django.db import OperationalError
from django.test import Client

from articles.models import Article, PersonMention
from tests.conftest import REPOSITORY
from tests.test_import_articles import ENGLISH, ImportTestCase


class ControlAndInvisibleCharacterTests(ImportTestCase):
    def test_control_characters_are_stripped_from_the_body_and_kept_in_the_source(self):
        self.write(
            "colour.txt",
            " date 2024-03-14 Foreign Minister \x1b[31mArjun Mehta\x1b[0m met\x01 Lena Vos.\x7f\n",
        )
        out, err, error = self.run_import()
        self.assertIsNone(error, err)
        article = Article.objects.get()
        self.assertEqual(article.body, "Foreign Minister Arjun Mehta met Lena Vos.")
        self.assertIn("\x1b[31m", article.source_text)
        self.assertEqual(article.title, "Foreign Minister Arjun Mehta met Lena Vos")

    def test_the_feed_of_an_article_with_control_characters_is_valid_xml(self):
        self.write(
            "control.txt", " date 2024-03-14 Foreign Minister Arjun Mehta\x01 met Lena Vos\x1f today.\n"
        )
        self.run_import()
        response = Client().get("/search/?q=Mehta&format=atom")
        self.assertEqual(response.status_code, 200)
        feed = xml.dom.minidom.parseString(response.content)
        self.assertEqual(len(feed.getElementsByTagName("entry")), 1)

    def test_a_zero_width_space_inside_a_name_does_not_stop_the_link(self):
        self.write(
            "zwsp.txt", " date 2024-03-14 Foreign Minister Arjun Me\u200bhta met Lena\u00adVos in Delhi.\n"
        )
        self.run_import()
        article = Article.objects.get()
        self.assertIn("Arjun Mehta", article.body)
        linked = set(PersonMention.objects.filter(article=article).values_list("person_id", flat=True))
        self.assertIn(self.mehta.pk, linked)

    def test_devanagari_joiners_are_kept(self):
        text = "विदेश मंत्री अर्जुन मेहता ने क्‍या कहा.\n"  # a zero-width non-joiner inside क्‍या
        self.write("hi.txt", text)
        self.run_import()
        self.assertIn("\u200d", Article.objects.get().body)

    def test_a_punctuation_only_file_is_refused(self):
        self.write("bang.txt", " date 2024-03-14 !!! ... — * —\n")
        out, err, error = self.run_import()
        self.assertIsNotNone(error)
        self.assertIn("bang.txt: no words: the text is only punctuation, digits or symbols", err)
        self.assertFalse(Article.objects.exists())


class DateHeaderTests(ImportTestCase):
    def imported_date(self, header):
        self.write("dated.txt", f"{header} Foreign Minister Arjun Mehta met Lena Vos on Monday.\n")
        out, err, error = self.run_import()
        return Article.objects.first(), err

    def test_a_colon_after_date_is_read(self):
        article, err = self.imported_date(" date: 2021-02-03")
        self.assertEqual(article.published, datetime.date(2021, 2, 3), err)

    def test_an_iso_date_with_a_time_gives_its_date(self):
        article, err = self.imported_date(" date 2021-03-12T10:00")
        self.assertEqual(article.published, datetime.date(2021, 3, 12), err)
        self.assertTrue(article.body.startswith("Foreign Minister"))

    def test_year_one_with_a_weekday_is_refused_as_implausible(self):
        article, err = self.imported_date(" date 0001-01-01")
        self.assertIsNone(article)
        self.assertIn("dated.txt: implausible date 0001-01-01 in the header: before 1800-01-01", err)
        self.assertNotIn("Traceback", err)

    def test_the_last_day_of_year_9999_is_refused_as_implausible(self):
        article, err = self.imported_date(" date 9999-12-31")
        self.assertIsNone(article)
        self.assertIn("implausible date 9999-12-31 in the header: after", err)

    def test_a_date_that_is_not_iso_is_still_an_error(self):
        article, err = self.imported_date(" date 12/03/2021")
        self.assertIsNone(article)
        self.assertIn("malformed date header '12/03/2021'", err)


class HostileNameTests(ImportTestCase):
    def test_a_file_name_that_is_not_utf8_is_refused_with_a_printable_line(self):
        name = os.fsdecode(b"caf\xe9.txt")
        self.write(name, ENGLISH)
        out, err, error = self.run_import()
        self.assertIsNotNone(error)
        self.assertIn("caf\\xe9.txt: the file name is not valid UTF-8", err)
        self.assertFalse(Article.objects.exists())

    def test_a_newline_in_a_file_name_stays_on_one_report_line(self):
        self.write("two\nlines.txt", ENGLISH)
        self.write("bad\nname.txt", b"\xff\xfe")
        out, err, error = self.run_import(verbosity=2)
        self.assertIn("two\\nlines.txt (en, 2024-03-14", out)
        self.assertEqual(len([line for line in out.splitlines() if "lines.txt" in line]), 1)
        self.assertEqual([line for line in err.splitlines() if "name.txt" in line][0][-40:].count("\n"), 0)
        self.assertIn("bad\\nname.txt: ", err)
        self.assertEqual(Article.objects.get().source_path.split("/")[-1], "two\nlines.txt")

    def test_a_path_of_more_than_500_characters_is_imported_whole(self):
        deep = self.folder
        for index in range(6):
            deep = deep / (f"{index}" * 90)
        path = self.write(deep.relative_to(self.folder) / "article.txt", ENGLISH)
        self.assertGreater(len(str(path)), 500)
        out, err, error = self.run_import()
        self.assertIsNone(error, err)
        self.assertEqual(Article.objects.get().source_path, str(path.resolve()))


class EncodingTests(ImportTestCase):
    def test_utf16_with_a_byte_order_mark_is_named_as_such(self):
        self.write("utf16.txt", ENGLISH.encode("utf-16"))
        out, err, error = self.run_import()
        self.assertIn("utf16.txt: UTF-16 text, not UTF-8: convert it first, e.g. iconv -f UTF-16", err)

    def test_utf16_without_a_mark_is_named_as_such(self):
        self.write("le.txt", ENGLISH.encode("utf-16-le"))
        self.write("hindi-be.txt", "विदेश मंत्री अर्जुन मेहता ने कहा.".encode("utf-16-be"))
        out, err, error = self.run_import()
        self.assertIn("le.txt: UTF-16 text, not UTF-8", err)
        self.assertIn("hindi-be.txt: UTF-16 text, not UTF-8", err)

    def test_a_binary_file_is_still_binary(self):
        self.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
        out, err, error = self.run_import()
        self.assertIn("image.txt: binary file (contains NUL bytes)", err)


class LinkAndFolderTests(ImportTestCase):
    def test_a_symbolic_link_loop_is_named_as_a_loop(self):
        loop = self.folder / "loop.txt"
        os.symlink(loop, loop)
        out, err, error = self.run_import(loop)
        self.assertIsNotNone(error)
        self.assertIn("loop.txt: symbolic link loop", err)

    def test_a_broken_link_inside_a_folder_is_reported(self):
        os.symlink(self.folder / "gone.txt", self.folder / "link.txt")
        self.write("real.txt", ENGLISH)
        out, err, error = self.run_import()
        self.assertIn("link.txt: broken symbolic link to", err)
        self.assertIn("imported 1,", out)

    def test_upper_case_suffixes_are_imported(self):
        self.write("NOTES.TXT", ENGLISH)
        self.write("other.Txt", ENGLISH.replace("Thursday", "Friday"))
        self.write("skip.md", ENGLISH.replace("Thursday", "Sunday"))
        out, err, error = self.run_import()
        self.assertIn("imported 2,", out)

    def test_a_linked_folder_is_walked_and_a_link_to_an_ancestor_does_not_loop(self):
        outside = self.folder / "outside"
        (outside / "deeper").mkdir(parents=True)
        (outside / "deeper" / "one.txt").write_text(ENGLISH, encoding="utf-8")
        root = self.folder / "root"
        root.mkdir()
        os.symlink(outside, root / "linked")
        os.symlink(root, root / "linked-back")
        out, err, error = self.run_import(root)
        self.assertIsNone(error, err)
        self.assertIn("imported 1,", out)


def discover_without_privileges(paths):
    """``discover()`` and ``read_source()`` results in a subprocess that permission bits apply to.

    Root reads any file: as root the subprocess runs without the capabilities
    that bypass permissions (``setpriv``), so mode 000 stops it as it stops a user.
    """
    code = (
        "import json, sys\n"
        "from articles.importing.sources import discover, read_source, SourceError\n"
        "out = []\n"
        "for path, error in discover(sys.argv[1:]):\n"
        "    if error is None:\n"
        "        try:\n"
        "            read_source(path)\n"
        "        except SourceError as problem:\n"
        "            error = str(problem)\n"
        "    out.append([str(path), error])\n"
        "print(json.dumps(out))\n"
    )
    command = [sys.executable, "-c", code, *map(str, paths)]
    if os.geteuid() == 0:
        command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    result = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return {Path(path).name: error for path, error in json.loads(result.stdout)}


class UnreadablePathTests(ImportTestCase):
    def setUp(self):
        super().setUp()
        self.locked = []

    def lock(self, path, mode):
        path.chmod(mode)
        self.addCleanup(path.chmod, 0o755)

    def test_an_unreadable_sub_folder_is_reported_not_skipped(self):
        self.write("fine/one.txt", ENGLISH)
        self.write("secret/two.txt", ENGLISH)
        self.lock(self.folder / "secret", 0o000)
        found = discover_without_privileges([self.folder])
        self.assertEqual(found["one.txt"], None)
        self.assertEqual(found["secret"], "cannot read folder: Permission denied")

    def test_an_unreadable_folder_given_as_path_is_an_error(self):
        self.write("secret/two.txt", ENGLISH)
        self.lock(self.folder / "secret", 0o000)
        found = discover_without_privileges([self.folder / "secret"])
        self.assertEqual(found, {"secret": "cannot read folder: Permission denied"})

    def test_a_file_in_a_folder_that_cannot_be_searched_is_one_failure(self):
        self.write("listed/one.txt", ENGLISH)
        self.lock(self.folder / "listed", 0o444)  # names can be read, files cannot be reached
        found = discover_without_privileges([self.folder / "listed" / "one.txt", self.folder / "listed"])
        self.assertEqual(
            found,
            {"one.txt": "cannot read: Permission denied", "listed": "cannot read folder: Permission denied"},
        )

    def test_the_command_reports_an_unreadable_path_and_exits_non_zero(self):
        loop = self.folder / "loop.txt"
        os.symlink(loop, loop)
        self.write("fine.txt", ENGLISH)
        out, err, error = self.run_import(loop, self.folder / "fine.txt")
        self.assertIn("imported 1, updated 0, unchanged 0, failed 1", out)
        self.assertIsNotNone(error)


class UnexpectedErrorTests(ImportTestCase):
    def test_an_unexpected_error_is_one_line_and_the_run_goes_on(self):
        self.write("a.txt", ENGLISH)
        self.write("b.txt", ENGLISH.replace("Thursday", "Friday"))
        with mock.patch("articles.importing.importer.link_article", side_effect=[RuntimeError("boom"), None]):
            with self.assertNoLogs(level="ERROR"):
                out, err, error = self.run_import()
        self.assertEqual(
            err.strip().splitlines(), ["%s: unexpected error: RuntimeError: boom" % (self.folder / "a.txt")]
        )
        self.assertIn("failed 1", out)

    def test_the_traceback_is_shown_at_verbosity_3(self):
        self.write("a.txt", ENGLISH)
        with mock.patch("articles.importing.importer.link_article", side_effect=RuntimeError("boom")):
            out, err, error = self.run_import(verbosity=3)
        self.assertIn("Traceback (most recent call last)", err)

    def test_a_full_disk_stops_the_run_with_one_message(self):
        for index in range(5):
            self.write(f"{index}.txt", ENGLISH.replace("Thursday", f"day {index}"))
        with mock.patch(
            "articles.importing.importer.link_article",
            side_effect=OperationalError("database or disk is full"),
        ):
            out, err, error = self.run_import()
        self.assertIn("not attempted 5", out)
        self.assertIn("the import stopped: the database cannot be written", str(error))
        self.assertIn("database or disk is full", str(error))
        self.assertIn("5 files were not attempted", str(error))
        self.assertEqual(err, "")
        self.assertFalse(Article.objects.exists())

    def test_extraction_runs_outside_the_files_transaction(self):
        from django.db import connection

        from articles.extraction import pipeline

        self.write("a.txt", ENGLISH)
        depths = []

        def extract(*args, **kwargs):
            depths.append(len(connection.atomic_blocks))
            return pipeline.extract(*args, **kwargs)

        outside = len(connection.atomic_blocks)  # the test case's own transaction
        with mock.patch("articles.importing.extracting.extract", side_effect=extract):
            out, err, error = self.run_import(jobs=1)  # in this process (worker processes have no transaction)
        self.assertIsNone(error, err)
        self.assertEqual(depths, [outside])  # extracted once, and not inside the file's transaction
        self.assertEqual(Article.objects.count(), 1)
        self.assertTrue(PersonMention.objects.exists())

    def test_a_file_over_the_extraction_budget_fails_with_a_clear_line_and_writes_nothing(self):
        import time

        self.write("slow.txt", ENGLISH)
        self.write("fine.txt", ENGLISH.replace("Thursday", "Friday"))
        from articles.extraction import pipeline

        def slow_for_thursday(body, *args, **kwargs):
            if "Thursday" in body:
                time.sleep(30)
            return pipeline.extract(body, *args, **kwargs)

        with mock.patch("articles.constants.EXTRACTION_BUDGET_SECONDS", 2), mock.patch(
            "articles.importing.extracting.extract", side_effect=slow_for_thursday
        ):
            started = time.monotonic()
            out, err, error = self.run_import()
        self.assertLess(time.monotonic() - started, 25)
        self.assertEqual(
            err.strip().splitlines(),
            [
                f"{self.folder / 'slow.txt'}: not imported: extraction took longer than 2 s, "
                "the limit for one file (split it, or raise --file-timeout); nothing of it was written"
            ],
        )
        self.assertIn("imported 1, updated 0, unchanged 0, failed 1", out)
        self.assertEqual([Path(path).name for path in Article.objects.values_list("source_path", flat=True)], ["fine.txt"])

    def test_a_database_that_cannot_be_written_at_the_start_is_one_message(self):
        self.write("a.txt", ENGLISH)
        with mock.patch(
            "articles.models.ImportRun.objects.create", side_effect=OperationalError("disk I/O error")
        ):
            out, err, error = self.run_import()
        self.assertIn("the import did not start: the database cannot be written", str(error))
        self.assertIn("disk I/O error", str(error))
        self.assertIn("Nothing was imported", str(error))
        self.assertFalse(Article.objects.exists())

    def test_the_run_is_recorded_after_a_stop_when_the_database_comes_back(self):
        from articles.models import ImportRun

        for index in range(3):
            self.write(f"{index}.txt", ENGLISH.replace("Thursday", f"day {index}"))
        with mock.patch(
            "articles.importing.importer.link_article",
            side_effect=OperationalError("database or disk is full"),
        ):
            self.run_import()
        run = ImportRun.objects.get()
        self.assertIsNotNone(run.finished_at)
        self.assertEqual((run.imported, run.failed), (0, 0))
