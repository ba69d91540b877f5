"""The contract every search backend keeps: one test class, run on each database.

``make test`` runs the suite twice, on SQLite and on PostgreSQL (via
``tests/pgcluster.py``), so this class checks both vendors' backends against
the same expectations: the same articles for the same query, ordered the
same way where the order is defined.
"""

import unicodedata

from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from search_archive import build_small_archive

from articles.models import Article, PersonMention
from articles.search.backends import SearchTimeout, search_backend
from articles.search.backends.postgres import PostgresSearchBackend
from articles.search.backends.sqlite import SQLiteSearchBackend
from articles.search.entities import resolve_query
from articles.search.query import parse_query


class SearchBackendContractTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.a = cls.archive.articles

    def found(self, text, languages=()):
        """The articles matching ``text``, by short name, in id order."""
        resolved = resolve_query(parse_query(text))
        names = {article.pk: name for name, article in self.a.items()}
        matched = Article.objects.search(resolved, languages).order_by("pk").values_list("pk", flat=True)
        return [names[pk] for pk in matched]

    def ranked(self, text):
        resolved = resolve_query(parse_query(text))
        names = {article.pk: name for name, article in self.a.items()}
        queryset = Article.objects.search(resolved)
        return [names[pk] for pk in queryset.ranked_page_ids(resolved, 0, 20)]

    def test_the_backend_is_the_one_for_this_database(self):
        expected = {"postgresql": PostgresSearchBackend, "sqlite": SQLiteSearchBackend}[connection.vendor]
        self.assertIsInstance(search_backend(), expected)

    # -- words, stemming, stop words ----------------------------------------------------------

    def test_english_words_are_found_in_any_form(self):
        self.assertEqual(
            self.found("talks"), ["a1", "a2", "a5", "a6"]
        )  # talks, talked; "talks" as written in a6
        self.assertEqual(self.found("talk"), ["a1", "a2", "a5"])  # a6 is undetermined: no stemming there
        self.assertEqual(self.found("TERRORISM"), ["a1"])

    def test_hindi_words_are_found_whole_and_inflected(self):
        # a3 writes only मंत्री, a4 only मंत्रियों: each form finds both.
        self.assertEqual(self.found("मंत्री"), ["a3", "a4"])
        self.assertEqual(self.found("मंत्रियों"), ["a3", "a4"])
        self.assertEqual(self.found("मुलाकात"), ["a3"])
        self.assertEqual(self.found("बताया"), ["a3"])  # written before a danda (।)

    def test_nukta_forms_and_unicode_normalisation_match(self):
        self.assertEqual(self.found("जरूरी"), ["a3"])  # the article writes ज़रूरी
        self.assertEqual(self.found("\u095bरूरी"), ["a3"])  # precomposed ज़ (U+095B)
        self.assertEqual(self.found("\u091c\u093cरूरी"), ["a3"])  # ज + nukta
        decomposed = unicodedata.normalize("NFD", "café")
        self.assertEqual(len(decomposed), 5)
        self.assertEqual(self.found(decomposed), ["a5"])

    def test_a_query_of_stop_words_finds_nothing(self):
        self.assertEqual(self.found("the and of"), [])
        self.assertEqual(self.found("the talks"), ["a1", "a2", "a5", "a6"])

    # -- syntax ------------------------------------------------------------------------------------

    def test_words_must_all_match(self):
        self.assertEqual(self.found("defence cooperation"), ["a1", "a2"])

    def test_a_quoted_phrase_needs_the_words_in_order(self):
        self.assertEqual(self.found('"defence cooperation"'), ["a1"])
        self.assertEqual(self.found('"cooperation defence"'), [])
        # A stop word inside a phrase stands for one word.
        self.assertEqual(self.found('"cooperation on defence"'), ["a2"])
        self.assertEqual(self.found('"cooperation the defence"'), ["a2"])

    def test_or_finds_either(self):
        self.assertEqual(self.found("energy OR cyber"), ["a2", "a5"])
        self.assertEqual(self.found("energy OR cyber water"), ["a2"])

    def test_minus_excludes(self):
        self.assertEqual(self.found("talks -cyber"), ["a1", "a2", "a6"])
        self.assertEqual(self.found('talks -"trade agreement"'), ["a1", "a5", "a6"])
        self.assertEqual(self.found("-talks"), ["a3", "a4"])

    def test_the_language_filter_picks_the_configuration(self):
        self.assertEqual(self.found("talks", languages=["en"]), ["a1", "a2", "a5"])
        self.assertEqual(self.found("talks", languages=["und"]), ["a6"])

    # -- relevance -----------------------------------------------------------------------------------

    def test_more_matches_and_title_matches_rank_higher(self):
        self.assertEqual(self.ranked("defence"), ["a1", "a2"])  # a1: title and body; a2: body, once
        self.assertEqual(sorted(self.ranked("talks")), ["a1", "a2", "a5", "a6"])

    def test_text_matches_rank_above_entity_only_matches(self):
        self.assertEqual(self.ranked("Rajnath Singh"), ["a1", "a2", "a3"])

    def test_ranking_pages_through_all_matches_once(self):
        resolved = resolve_query(parse_query("talks"))
        queryset = Article.objects.search(resolved)
        pages = [queryset.ranked_page_ids(resolved, offset, 2) for offset in (0, 2, 4)]
        self.assertEqual(
            sorted(pk for page in pages for pk in page), sorted(queryset.values_list("pk", flat=True))
        )
        self.assertEqual(pages[2], [])

    # -- entity-aware search ----------------------------------------------------------------------

    def test_a_latin_name_finds_the_article_written_in_devanagari(self):
        resolved = resolve_query(parse_query("Rajnath Singh"))
        self.assertEqual(
            [(match.kind, match.id) for match in resolved.matches], [("person", self.archive.rajnath.pk)]
        )
        self.assertIn("a3", self.found("Rajnath Singh"))

    def test_a_devanagari_name_finds_the_article_written_in_latin(self):
        self.assertEqual(self.found("शेर अली मिर्जा"), ["a1", "a3"])

    def test_names_combine_with_other_words(self):
        self.assertEqual(self.found("Rajnath Singh terrorism"), ["a1"])
        self.assertEqual(self.found("Rajnath Singh आतंकवाद"), ["a3"])
        self.assertEqual(self.found("NATO OR SCO"), ["a1", "a5"])

    # -- the index follows the articles --------------------------------------------------------------

    def test_the_index_follows_inserts_updates_and_deletes(self):
        article = Article.objects.create(title="Monsoon", body="Rain over Kerala.", language="en")
        self.assertEqual(Article.objects.search(resolve_query(parse_query("kerala"))).get(), article)
        article.body = "Rain over Goa."
        article.save()
        self.assertFalse(Article.objects.search(resolve_query(parse_query("kerala"))).exists())
        Article.objects.filter(pk=article.pk).update(language="hi", title="मानसून")
        self.assertEqual(Article.objects.search(resolve_query(parse_query("मानसून"))).get(), article)
        article.delete()
        self.assertFalse(Article.objects.search(resolve_query(parse_query("goa"))).exists())

    def test_bulk_created_articles_are_indexed(self):
        Article.objects.bulk_create(
            [Article(title=f"Bulletin {n}", body="Floods in Assam.", language="en") for n in range(3)]
        )
        self.assertEqual(Article.objects.search(resolve_query(parse_query("assam"))).count(), 3)

    def test_rebuild_and_check_the_index(self):
        call_command("rebuild_search_index", verbosity=0)
        self.assertEqual(search_backend().check_index(), [])
        self.assertEqual(self.found("talks"), ["a1", "a2", "a5", "a6"])

    # -- the time guard -----------------------------------------------------------------------------

    def test_a_statement_over_its_time_is_cancelled_and_the_next_attempt_runs(self):
        backend = search_backend()
        slow = (
            "SELECT pg_sleep(0.5)"
            if connection.vendor == "postgresql"
            else "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
            "SELECT count(*) FROM n"
        )
        with backend.time_guard(50):
            with self.assertRaises(SearchTimeout):
                with backend.attempt():
                    with connection.cursor() as cursor:
                        cursor.execute(slow)
            with backend.attempt():
                self.assertEqual(Article.objects.count(), 6)
        self.assertEqual(PersonMention.objects.filter(article=self.a["a1"]).count(), 3)
