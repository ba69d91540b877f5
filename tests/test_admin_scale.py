"""What keeps the admin fast on a big archive: estimated counts, the search index, autocompletes.

The PostgreSQL-only tests check the planner's side of things on a few rows,
with the thresholds lowered (the benchmark in docs/performance.md measures
a million articles); on SQLite, counts are exact.
"""

import unittest
from unittest import mock

from admin_support import admin_url, make_article, make_person, make_user
from django.db import connection
from django.db.models import Q
from django.test import TestCase

from articles.admin_search import search_articles
from articles.models import Article
from newsroom.desk import pagination
from newsroom.desk.pagination import EstimatedCountPaginator
from people.models import Place

on_postgresql = unittest.skipUnless(
    connection.vendor == "postgresql", "PostgreSQL planner estimates and indexes"
)


class EstimatedCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("boss", superuser=True)
        for n in range(12):
            make_article(f"Report {n}", language="hi" if n % 3 == 0 else "en", reviewed=n < 2)

    def setUp(self):
        self.client.force_login(self.admin)

    def test_counts_are_exact_on_sqlite_and_for_small_lists(self):
        paginator = EstimatedCountPaginator(Article.objects.filter(language="hi"), 2)
        self.assertEqual(paginator.count, 4)
        self.assertFalse(paginator.count_is_estimate)

    @on_postgresql
    def test_whole_table_uses_the_planner_row_count(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        with mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 5):
            paginator = EstimatedCountPaginator(Article.objects.all(), 2)
            self.assertEqual(paginator.count, 12)  # pg_class.reltuples after ANALYZE
            self.assertTrue(paginator.count_is_estimate)

    @on_postgresql
    def test_filtered_lists_count_up_to_the_limit_then_estimate(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        with mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 5):
            small = EstimatedCountPaginator(Article.objects.filter(reviewed=True), 2)
            self.assertEqual((small.count, small.count_is_estimate), (2, False))
            big = EstimatedCountPaginator(Article.objects.filter(language="en"), 2)
            self.assertGreaterEqual(big.count, 6)  # at least what the bounded count saw
            self.assertTrue(big.count_is_estimate)

    @on_postgresql
    def test_changelist_says_about_and_corrects_a_short_last_page(self):
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        with (
            mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 1),
            mock.patch.object(pagination, "query_row_estimate", return_value=500),
        ):
            response = self.client.get(admin_url(Article) + "?language__exact=en")
        cl = response.context["cl"]
        # The planner said 500; the first page came back with 8 rows, so 8 it is.
        self.assertEqual(cl.result_count, 8)
        self.assertFalse(cl.paginator.count_is_estimate)
        with (
            mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 1),
            mock.patch.object(pagination, "query_row_estimate", return_value=500),
            mock.patch("django.contrib.admin.ModelAdmin.list_per_page", 2),
            mock.patch("newsroom.desk.base.DeskModelAdmin.list_per_page", 2),
        ):
            response = self.client.get(admin_url(Article) + "?language__exact=en")
        self.assertContains(response, "about 500")

    def test_short_page_correction_on_any_database(self):
        paginator = EstimatedCountPaginator(Article.objects.all(), 5)
        paginator.count_is_estimate = True
        paginator.correct_count(7)
        self.assertEqual((paginator.count, paginator.num_pages, paginator.count_is_estimate), (7, 2, False))


class AdminSearchTests(TestCase):
    """The desk searches with the public search: its index, stemming and syntax."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("searcher", superuser=True)
        cls.english = make_article("Border talks", "The ministers discussed water sharing on the border.")
        cls.hindi = make_article("सीमा वार्ता", "मंत्रियों ने सीमा पर जल बंटवारे पर चर्चा की।", language="hi")

    def titles(self, term):
        return set(search_articles(Article.objects.all(), term).values_list("title", flat=True))

    def test_words_in_both_scripts_all_required(self):
        self.assertEqual(self.titles("water"), {"Border talks"})
        self.assertEqual(self.titles("सीमा"), {"सीमा वार्ता"})
        self.assertEqual(self.titles("जल बंटवारे"), {"सीमा वार्ता"})
        self.assertEqual(self.titles("water सीमा"), set())

    def test_words_are_stemmed_in_the_article_language(self):
        self.assertEqual(self.titles("discuss"), {"Border talks"})  # "discussed"
        self.assertEqual(self.titles("मंत्री"), {"सीमा वार्ता"})  # "मंत्रियों"

    def test_phrases_or_and_exclusion(self):
        self.assertEqual(self.titles('"water sharing"'), {"Border talks"})
        self.assertEqual(self.titles('"sharing water"'), set())
        self.assertEqual(self.titles("water OR सीमा"), {"Border talks", "सीमा वार्ता"})
        self.assertEqual(self.titles("border -water"), set())

    def test_a_query_with_nothing_to_search_for_lists_everything(self):
        self.assertEqual(self.titles("!!! ()"), {"Border talks", "सीमा वार्ता"})
        self.assertEqual(self.titles("water " * 200), {"Border talks"})  # cut to the public limit

    def test_the_changelist_search_box_uses_it(self):
        self.client.force_login(self.admin)
        response = self.client.get(admin_url(Article) + "?q=मंत्री")
        self.assertEqual([a.title for a in response.context["cl"].result_list], ["सीमा वार्ता"])

    @on_postgresql
    def test_postgresql_uses_the_gin_index(self):
        queryset = search_articles(Article.objects.order_by(), "water").values("pk")
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            sql, params = queryset.query.sql_with_params()
            cursor.execute(f"EXPLAIN {sql}", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        self.assertIn("articles_article_search_vector", plan)


class AutocompleteTests(TestCase):
    """Every filter and form over a big table loads by search, never a whole table."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        make_article("Water", tags=["water", "waterways", "defence"])
        make_person("Watson Kemal")

    def setUp(self):
        self.client.force_login(self.editor)

    def autocomplete(self, app_label, model_name, field_name, term):
        response = self.client.get(
            "/admin/autocomplete/",
            {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": term},
        )
        self.assertEqual(response.status_code, 200)
        return sorted(result["text"] for result in response.json()["results"])

    def test_the_filters_autocompletes_answer(self):
        self.assertEqual(self.autocomplete("articles", "article", "tags", "wat"), ["water", "waterways"])
        self.assertEqual(self.autocomplete("articles", "article", "persons", "wats"), ["Watson Kemal"])
        self.assertEqual(self.autocomplete("people", "meeting", "participants", "wats"), ["Watson Kemal"])
        # The country filter offers countries only (by any of their names), though cities match too.
        by_name_or_alias = Q(name__icontains="stan") | Q(aliases__name__icontains="stan")
        countries = Place.objects.filter(by_name_or_alias, kind="country").distinct()
        self.assertEqual(
            sorted(self.autocomplete("people", "role", "country", "stan")),
            sorted(countries.values_list("name", flat=True)),
        )
        self.assertNotIn("Dushanbe", self.autocomplete("people", "role", "country", "dush"))

    def test_no_select_lists_a_whole_big_table(self):
        """Forms and inlines over the archive's tables use autocompletes (or read-only links)."""
        from django.contrib import admin
        from django.contrib.admin.widgets import AutocompleteMixin
        from django.test import RequestFactory

        request = RequestFactory().get("/admin/")
        request.user = self.editor
        checked = 0
        for model_admin in admin.site._registry.values():
            forms = [model_admin.get_form(request)]
            forms += [
                inline.get_formset(request).form for inline in model_admin.get_inline_instances(request)
            ]
            for form in forms:
                for name, field in form.base_fields.items():
                    queryset = getattr(field, "queryset", None)
                    if queryset is None or queryset.model._meta.app_label not in {"articles", "people"}:
                        continue
                    widget = getattr(field.widget, "widget", field.widget)  # inside RelatedFieldWidgetWrapper
                    self.assertIsInstance(
                        widget,
                        AutocompleteMixin,
                        f"{form.__name__}.{name} lists every {queryset.model.__name__}",
                    )
                    checked += 1
        self.assertGreater(checked, 15)


class DeepPageTests(TestCase):
    """A list with an estimated count pages through its first EXACT_COUNT_LIMIT rows only."""

    def test_pages_past_the_browsable_ones_show_the_last_browsable_page(self):
        for n in range(7):
            make_article(f"Article {n}")
        paginator = EstimatedCountPaginator(Article.objects.order_by("pk"), 2)
        paginator.count_is_estimate = True
        paginator.__dict__["count"] = 1_000_000
        with mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 6):
            self.assertEqual(paginator.num_pages, 3)
            page = paginator.page(20_000)
        self.assertEqual((page.number, paginator.clamped_from), (3, 20_000))
        self.assertEqual([a.title for a in page], ["Article 4", "Article 5"])

    def test_exact_counts_keep_django_behaviour(self):
        make_article("Only one")
        paginator = EstimatedCountPaginator(Article.objects.all(), 2)
        with self.assertRaises(pagination.EmptyPage):
            paginator.page(5)

    @on_postgresql
    def test_the_changelist_says_why(self):
        for n in range(6):
            make_article(f"Article {n}")
        client = self.client_class()
        client.force_login(make_user("boss", superuser=True))
        with (
            mock.patch.object(EstimatedCountPaginator, "exact_count_limit", 4),
            mock.patch.object(pagination, "table_row_estimate", return_value=1_000_000),
            mock.patch("newsroom.desk.base.DeskModelAdmin.list_per_page", 2),
        ):
            response = client.get(admin_url(Article) + "?p=20000", follow=True)
        self.assertEqual(response.context["cl"].page_num, 2)
        self.assertContains(response, "can be paged through its first 4 entries")
