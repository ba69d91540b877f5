"""``import_articles``: idempotent, per-file transactions, clear failures, dry runs."""

import datetime
import io
import os
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.models import Article, LinkOrigin, OrganisationMention, PersonMention, PlaceMention
from people.models import Meeting, Organisation, Person, PersonAlias

ENGLISH = (
    " date 2024-03-14 Foreign Minister Arjun Mehta met his counterpart Lena Vos in Dushanbe on Thursday "
    "to discuss water sharing.\n\n"
    "Mehta said the Shanghai Cooperation Organisation (SCO) would take up the matter.Also Read - "
    "Karan Mehta opens a new bridge\n\n"
    "The talks will continue next month.\n"
)
HINDI = (
    "विदेश मंत्री अर्जुन मेहता ने दुशान्बे में अपने समकक्ष से मुलाकात की और जल बंटवारे पर चर्चा की. "
    "मेहता ने कहा कि एससीओ इस मुद्दे को उठाएगा.Also Read - करण मेहता ने नए पुल का उद्घाटन किया\n\n"
    "बातचीत अगले महीने जारी रहेगी.\n"
)


class ImportTestCase(TestCase):
    """Writes source files into a temporary folder and runs the command on them."""

    @classmethod
    def setUpTestData(cls):
        cls.mehta = Person.objects.create(name="Arjun Mehta")
        PersonAlias.objects.create(person=cls.mehta, name="Arjun Mehta")
        PersonAlias.objects.create(person=cls.mehta, name="अर्जुन मेहता")
        cls.vos = Person.objects.create(name="Lena Vos")
        PersonAlias.objects.create(person=cls.vos, name="Lena Vos")
        cls.karan = Person.objects.create(name="Karan Mehta")
        PersonAlias.objects.create(person=cls.karan, name="Karan Mehta")
        PersonAlias.objects.create(person=cls.karan, name="करण मेहता")
        cls.sco = Organisation.objects.get(acronym="SCO")  # from the starter gazetteer

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)

    def write(self, name, content):
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
        return path

    def run_import(self, *paths, **options):
        """Run the command; return (stdout, stderr, error or None)."""
        stdout, stderr = io.StringIO(), io.StringIO()
        paths = [str(p) for p in paths] or [str(self.folder)]
        try:
            call_command("import_articles", *paths, stdout=stdout, stderr=stderr, **options)
        except CommandError as error:
            return stdout.getvalue(), stderr.getvalue(), error
        return stdout.getvalue(), stderr.getvalue(), None


class ImportingArticlesTests(ImportTestCase):
    def test_a_dated_english_and_an_undated_hindi_file_become_two_articles(self):
        self.write("en/one.txt", ENGLISH)
        self.write("hi/two.txt", HINDI)
        out, err, error = self.run_import()
        self.assertIsNone(error, err)
        self.assertIn("imported 2, updated 0, unchanged 0, failed 0", out)

        english = Article.objects.get(language="en")
        self.assertEqual(english.published, datetime.date(2024, 3, 14))
        self.assertEqual(
            english.title,
            "Foreign Minister Arjun Mehta met his counterpart Lena Vos in Dushanbe on Thursday to discuss water sharing",
        )
        self.assertTrue(english.body.startswith("Foreign Minister Arjun Mehta met"))
        self.assertNotIn("date 2024", english.body)
        self.assertEqual(english.source_text, ENGLISH)
        self.assertTrue(english.source_path.endswith("en/one.txt"))
        self.assertEqual(len(english.sha256), 64)
        self.assertEqual(english.body.count("\n\n"), 2, "three paragraphs are kept")

        hindi = Article.objects.get(language="hi")
        self.assertIsNone(hindi.published, "a file without a header has no date, never today's")

    def test_promos_are_stripped_and_people_named_only_in_them_are_not_linked(self):
        self.write("one.txt", ENGLISH)
        self.write("two.txt", HINDI)
        self.run_import()
        for article in Article.objects.all():
            self.assertNotIn("Also Read", article.body)
            self.assertIn("Also Read", article.source_text)
        self.assertFalse(PersonMention.objects.filter(person=self.karan).exists())
        english = Article.objects.get(language="en")
        self.assertIn("would take up the matter.\n\n", english.body)

    def test_people_organisations_and_places_are_linked_with_surface_forms(self):
        self.write("one.txt", ENGLISH)
        self.write("two.txt", HINDI)
        self.run_import()
        english = Article.objects.get(language="en")
        hindi = Article.objects.get(language="hi")
        self.assertEqual(
            set(PersonMention.objects.filter(article=english, person=self.mehta).values_list("surface", flat=True)),
            {"Arjun Mehta", "Mehta"},
        )
        self.assertEqual(
            set(PersonMention.objects.filter(article=hindi, person=self.mehta).values_list("surface", flat=True)),
            {"अर्जुन मेहता", "मेहता"},
        )
        self.assertTrue(PersonMention.objects.filter(article=english, person=self.vos).exists())
        self.assertEqual(
            set(OrganisationMention.objects.filter(organisation=self.sco).values_list("surface", flat=True)),
            {"Shanghai Cooperation Organisation", "SCO", "एससीओ"},
        )
        self.assertEqual(
            set(PlaceMention.objects.filter(place__name="Dushanbe").values_list("article__language", flat=True)),
            {"en", "hi"},
        )
        self.assertTrue(all(m.origin == LinkOrigin.EXTRACTED for m in PersonMention.objects.all()))

    def test_importing_the_same_files_again_changes_nothing_and_says_so(self):
        self.write("one.txt", ENGLISH)
        self.write("two.txt", HINDI)
        self.run_import()
        before = {
            "articles": list(Article.objects.values_list("pk", "updated_at")),
            "mentions": list(PersonMention.objects.values_list("pk", flat=True)),
        }
        out, err, error = self.run_import(verbosity=2)
        self.assertIsNone(error)
        self.assertIn("imported 0, updated 0, unchanged 2, failed 0", out)
        self.assertEqual(out.count("unchanged: "), 2)
        after = {
            "articles": list(Article.objects.values_list("pk", "updated_at")),
            "mentions": list(PersonMention.objects.values_list("pk", flat=True)),
        }
        self.assertEqual(before, after)

    def test_a_changed_file_updates_its_article_and_keeps_the_editors_work(self):
        path = self.write("one.txt", ENGLISH)
        self.run_import()
        article = Article.objects.get()
        article.tags.add("water", "diplomacy")
        PersonMention.objects.create(
            article=article, person=self.karan, surface="the bridge minister", origin=LinkOrigin.EDITOR
        )
        path.write_text(ENGLISH.replace("water sharing", "river water sharing"), encoding="utf-8")

        out, err, error = self.run_import()
        self.assertIsNone(error, err)
        self.assertIn("imported 0, updated 1, unchanged 0, failed 0", out)
        updated = Article.objects.get()
        self.assertEqual(updated.pk, article.pk)
        self.assertIn("river water sharing", updated.body)
        self.assertTrue(updated.title.endswith("to discuss river water sharing"), "a derived title follows the text")
        self.assertEqual(set(updated.tags.names()), {"water", "diplomacy"})
        self.assertTrue(PersonMention.objects.filter(article=updated, person=self.karan, origin="editor").exists())
        self.assertTrue(PersonMention.objects.filter(article=updated, person=self.vos, origin="extracted").exists())

    def test_a_title_written_by_an_editor_survives_an_update(self):
        path = self.write("one.txt", ENGLISH)
        self.run_import()
        Article.objects.update(title="Mehta and Vos talk water")
        path.write_text(ENGLISH + "\nOne more paragraph.\n", encoding="utf-8")
        self.run_import()
        self.assertEqual(Article.objects.get().title, "Mehta and Vos talk water")

    def test_directories_are_walked_recursively_for_txt_files_only(self):
        self.write("a/b/c/deep.txt", ENGLISH)
        self.write("notes.md", "# not an article")
        self.write(".hidden/secret.txt", HINDI)
        out, _, _ = self.run_import()
        self.assertIn("imported 1,", out)
        self.assertTrue(Article.objects.get().source_path.endswith("a/b/c/deep.txt"))

    def test_dry_run_reports_what_would_change_and_writes_nothing(self):
        self.write("one.txt", ENGLISH)
        counts = (Article.objects.count(), PersonMention.objects.count(), Person.objects.count(), Meeting.objects.count())
        out, err, error = self.run_import(dry_run=True, verbosity=2)
        self.assertIsNone(error, err)
        self.assertIn("would import: ", out)
        self.assertIn("dry run, nothing written: would import 1, updated 0, unchanged 0, failed 0", out)
        self.assertEqual(
            counts,
            (Article.objects.count(), PersonMention.objects.count(), Person.objects.count(), Meeting.objects.count()),
        )

    def test_reextract_applies_a_gazetteer_improvement_to_unchanged_files(self):
        self.write("one.txt", ENGLISH)
        self.run_import()
        article = Article.objects.get()
        dushanbe_water = Organisation.objects.create(name="Water Council")
        dushanbe_water.aliases.create(name="water sharing")
        out, _, _ = self.run_import()
        self.assertIn("unchanged 1", out)
        self.assertFalse(OrganisationMention.objects.filter(organisation=dushanbe_water).exists())

        out, _, error = self.run_import(reextract=True)
        self.assertIsNone(error)
        self.assertIn("re-extracted 1", out)
        self.assertTrue(OrganisationMention.objects.filter(article=article, organisation=dushanbe_water).exists())

    def test_no_progress_bar_when_output_is_not_a_terminal(self):
        for number in range(3):
            self.write(f"{number}.txt", ENGLISH.replace("Thursday", f"day {number}"))
        out, err, _ = self.run_import()
        self.assertEqual(err, "")
        self.assertEqual(out.strip().splitlines()[0], "imported 3, updated 0, unchanged 0, failed 0")
        self.assertNotIn("\r", out)


class BadInputTests(ImportTestCase):
    """Every bad file gets one line naming it and the reason; nothing else is lost."""

    def assert_fails_alone(self, name, content, reason, **options):
        good = self.write("good.txt", ENGLISH)
        bad = self.write(name, content)
        out, err, error = self.run_import(**options)
        self.assertIsNotNone(error, "the command exits non-zero when a file failed")
        self.assertIn("1 file could not be imported", str(error))
        self.assertEqual(err.strip().splitlines(), [f"{bad}: {reason}"])
        self.assertIn("imported 1, updated 0, unchanged 0, failed 1", out)
        self.assertEqual(list(Article.objects.values_list("source_path", flat=True)), [str(good.resolve())])
        self.assertFalse(Article.objects.filter(source_path__endswith=name).exists())

    def test_not_utf8(self):
        self.assert_fails_alone(
            "latin1.txt",
            "Caf\xe9 talks in the capital.".encode("latin-1"),
            "not UTF-8: byte 0xe9 at offset 3 is invalid (invalid continuation byte)",
        )

    def test_binary(self):
        self.assert_fails_alone(
            "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not a text article"
        )

    def test_empty(self):
        self.assert_fails_alone("empty.txt", b"", "empty file")

    def test_only_white_space(self):
        self.assert_fails_alone("blank.txt", b"  \n\n\t\n", "empty file")

    def test_only_a_header_and_promos(self):
        self.assert_fails_alone(
            "promo.txt", " date 2024-01-02 Also Read - Something else\n", "no article text after the date header and promos"
        )

    def test_too_large(self):
        with mock.patch("articles.importing.sources.MAX_SOURCE_BYTES", 1000):
            self.assert_fails_alone("huge.txt", "word " * 300, "too large: 1500 bytes, the limit is 1000 bytes")

    def test_malformed_date_header(self):
        self.assert_fails_alone(
            "baddate.txt",
            " date 2021-13-45 The ministers met.",
            "malformed date header '2021-13-45': month must be in 1..12",
        )

    def test_date_header_in_another_format(self):
        self.assert_fails_alone(
            "ddmmyyyy.txt", " date 29-07-2021 The ministers met.", "malformed date header '29-07-2021': expected YYYY-MM-DD, YYYY-MM or YYYY"
        )

    def test_unreadable(self):
        bad_name = "locked.txt"
        real_open = Path.open

        def deny(path, mode="r", *args, **kwargs):
            # Tests run as root in CI, where chmod cannot lock a file: refuse the read instead.
            if path.name == bad_name and "r" in mode:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, mode, *args, **kwargs)

        with mock.patch.object(Path, "open", deny):
            self.assert_fails_alone(bad_name, ENGLISH.replace("water", "oil"), "cannot read: Permission denied")

    def test_missing_path_is_reported_and_the_rest_imported(self):
        good = self.write("good.txt", ENGLISH)
        missing = self.folder / "missing.txt"
        out, err, error = self.run_import(good, missing)
        self.assertIsNotNone(error)
        self.assertEqual(err.strip(), f"{missing}: no such file or directory")
        self.assertIn("imported 1, updated 0, unchanged 0, failed 1", out)

    def test_a_failure_while_writing_leaves_no_half_article(self):
        self.write("a.txt", ENGLISH)
        self.write("b.txt", HINDI)
        from articles import linking

        real = linking.save_links

        def fail_for_hindi(article, extraction, *args):
            real(article, extraction, *args)  # rows are written ...
            if article.language == "hi":
                raise RuntimeError("disk full")  # ... then the write fails

        with mock.patch("articles.importing.importer.link_article", wraps=linking.link_article), mock.patch(
            "articles.linking.save_links", side_effect=fail_for_hindi
        ):
            out, err, error = self.run_import()
        self.assertIsNotNone(error)
        self.assertIn("b.txt: unexpected error: RuntimeError: disk full", err)
        self.assertEqual(list(Article.objects.values_list("language", flat=True)), ["en"])
        self.assertFalse(PersonMention.objects.filter(article__language="hi").exists())
        self.assertTrue(PersonMention.objects.filter(article__language="en").exists())

    def test_import_continues_after_a_bad_file_in_the_middle(self):
        self.write("1.txt", ENGLISH)
        self.write("2.txt", b"\xff\xfe\x00bad")
        self.write("3.txt", HINDI)
        out, err, error = self.run_import()
        self.assertIn("imported 2, updated 0, unchanged 0, failed 1", out)
        self.assertEqual(Article.objects.count(), 2)
        self.assertEqual(len(err.strip().splitlines()), 1)


def test_source_paths_outside_the_working_directory_are_absolute(tmp_path):
    from articles.importing.sources import display_path

    path = tmp_path / "x.txt"
    assert display_path(path) == str(path.resolve())
    assert display_path(Path(os.getcwd()) / "samples" / "x.txt") == os.path.join("samples", "x.txt")
