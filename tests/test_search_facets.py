"""Facet counts against hand-computed expectations on the small archive (see search_archive.py)."""

import io
import time
from unittest import mock

from django.core.management import CommandError, call_command
from django.db import connection
from django.http import QueryDict
from django.test import TestCase
from search_archive import build_small_archive

from articles.filters import ArticleSearchFilterSet
from articles.models import Article, PersonMention
from articles.search import summary
from articles.search.results import Search


def run(params, values_shown=None, **limits):
    # These counts are worked out on the articles' own dates; tests/test_event_dates.py counts events.
    if "date_of=" not in params:
        params = f"{params}&date_of=published" if params else "date_of=published"
    filterset = ArticleSearchFilterSet(QueryDict(params), queryset=Article.objects.all())
    assert filterset.is_valid(), filterset.errors
    search = Search(filterset, **limits)
    return search, search.facets(**({"values_shown": values_shown} if values_shown else {}))


def counts(facet):
    return [(value.value, value.count) + (("selected",) if value.selected else ()) for value in facet.values]


class FacetCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.meeting = str(cls.archive.meeting.pk)

    def test_every_facet_of_the_whole_archive(self):
        search, facets = run("")
        self.assertEqual(search.count, 6)
        # Ministers first (by count, then name), then everyone else.
        self.assertEqual(
            counts(facets["person"]),
            [("rajnath-singh", 3), ("sherali-mirzo", 2), ("wei-fenghe", 2), ("emomali-rahmon", 3)],
        )
        roles = {value.value: value.detail for value in facets["person"].values}
        self.assertEqual(roles["rajnath-singh"], "Defence Minister, India")
        self.assertEqual(roles["emomali-rahmon"], "President, Tajikistan")
        self.assertEqual(
            counts(facets["organisation"]),
            [("north-atlantic-treaty-organization", 1), ("shanghai-cooperation-organisation", 1)],
        )
        self.assertEqual(counts(facets["meeting"]), [(self.meeting, 2)])
        self.assertEqual(
            counts(facets["place"]), [("dushanbe", 2), ("india", 2), ("china", 1), ("tajikistan", 1)]
        )
        self.assertEqual(counts(facets["language"]), [("en", 3), ("hi", 2), ("und", 1)])
        self.assertEqual(
            counts(facets["tag"]), [("defence", 2), ("trade", 2), ("economy", 1), ("security", 1)]
        )
        self.assertEqual(counts(facets["date"]), [("2021", 2), ("2020", 2), ("2019", 1), ("undated", 1)])
        self.assertFalse(any(facet.partial for facet in facets.values()))

    def test_entity_facets_count_within_the_selection(self):
        search, facets = run("person=rajnath-singh")
        self.assertEqual(search.count, 3)  # a1, a2, a3
        self.assertEqual(
            counts(facets["person"]),
            [("rajnath-singh", 3, "selected"), ("sherali-mirzo", 2), ("emomali-rahmon", 1)],
        )
        self.assertEqual(counts(facets["organisation"]), [("shanghai-cooperation-organisation", 1)])
        self.assertEqual(counts(facets["place"]), [("dushanbe", 2), ("india", 1), ("tajikistan", 1)])
        self.assertEqual(counts(facets["language"]), [("en", 2), ("hi", 1)])
        self.assertEqual(counts(facets["date"]), [("2021", 2), ("undated", 1)])
        self.assertEqual(counts(facets["tag"]), [("defence", 2), ("economy", 1), ("trade", 1)])

    def test_entities_combine_with_and(self):
        search, facets = run("person=rajnath-singh&person=sherali-mirzo")
        self.assertEqual(
            sorted(search.queryset.values_list("title", flat=True)), ["Defence talks in Dushanbe", "रक्षा बैठक"]
        )
        self.assertEqual(
            counts(facets["person"]), [("rajnath-singh", 2, "selected"), ("sherali-mirzo", 2, "selected")]
        )
        search, _ = run(f"person={self.archive.wei.pk}&organisation=north-atlantic-treaty-organization")
        self.assertEqual(list(search.queryset.values_list("title", flat=True)), ["NATO summit"])
        search, _ = run("person=wei-fenghe&place=dushanbe")
        self.assertEqual(search.count, 0)

    def test_the_language_facet_is_counted_without_its_own_filter(self):
        search, facets = run("language=hi")
        self.assertEqual(search.count, 2)
        self.assertEqual(counts(facets["language"]), [("en", 3), ("hi", 2, "selected"), ("und", 1)])
        self.assertEqual(
            counts(facets["person"]), [("rajnath-singh", 1), ("sherali-mirzo", 1), ("wei-fenghe", 1)]
        )
        search, _ = run("language=hi&language=und")
        self.assertEqual(search.count, 3)  # languages combine with OR

    def test_a_year_drills_down_to_its_months(self):
        search, facets = run("date_from=2021-01-01&date_to=2021-12-31")
        self.assertEqual(search.count, 2)
        self.assertEqual(counts(facets["date"]), [("2021-06", 1), ("2021-07", 1), ("undated", 1)])
        search, facets = run("date_from=2021-07-01&date_to=2021-07-31")
        self.assertEqual(list(search.queryset.values_list("title", flat=True)), ["Defence talks in Dushanbe"])
        self.assertEqual(counts(facets["date"]), [("2021-06", 1), ("2021-07", 1, "selected"), ("undated", 1)])
        july = facets["date"].values[1]
        self.assertEqual(july.params, {"date_from": "2021-07-01", "date_to": "2021-07-31"})

    def test_a_range_over_years_and_the_undated(self):
        search, facets = run("date_from=2020-03-05&date_to=2021-06-30")
        self.assertEqual(
            sorted(search.queryset.values_list("title", flat=True)),
            ["Trade agreement signed", "व्यापार समझौता"],
        )
        self.assertEqual(counts(facets["date"]), [("2021", 2), ("2020", 2), ("2019", 1), ("undated", 1)])
        search, facets = run("undated=1")
        self.assertEqual(list(search.queryset.values_list("title", flat=True)), ["रक्षा बैठक"])
        self.assertEqual(
            counts(facets["date"]), [("2021", 2), ("2020", 2), ("2019", 1), ("undated", 1, "selected")]
        )
        self.assertEqual(counts(facets["language"]), [("hi", 1)])

    def test_facets_count_the_matches_of_a_query(self):
        search, facets = run("q=talks")
        self.assertEqual(search.count, 4)  # a1, a2, a5, a6
        self.assertEqual(
            counts(facets["person"]),
            [("rajnath-singh", 2), ("sherali-mirzo", 1), ("wei-fenghe", 1), ("emomali-rahmon", 3)],
        )
        self.assertEqual(counts(facets["language"]), [("en", 3), ("und", 1)])

    # -- budgets ------------------------------------------------------------------------------------

    def test_beyond_the_exact_limit_counts_are_estimated_from_the_sample_and_say_so(self):
        a = self.archive.articles
        sample = [article for article in a.values() if article.pk % 2 == 0]  # ids that are multiples of 2
        search, facets = run("", exact_limit=2, sample_modulus=2)
        self.assertTrue(search.count_estimated)
        self.assertEqual(search.count, max(2 * len(sample), 3))
        languages = {}
        for article in sample:
            languages[article.language] = languages.get(article.language, 0) + 2
        self.assertEqual(dict(counts(facets["language"])), languages)
        self.assertTrue(all(value.estimated for value in facets["language"].values))
        self.assertTrue(facets["person"].estimated)
        self.assertEqual(
            facets["person"].note,
            f"Estimated counts: from a sample of {len(sample)} of about {search.count} matching articles.",
        )
        data = self.client.get("/search/", {"format": "json"}).json()
        self.assertFalse(data["count_estimated"])  # the site's limits: six articles are counted exactly
        self.assertEqual(data["facets_partial"], {})

    def test_up_to_the_exact_limit_every_count_is_exact(self):
        search, facets = run("", exact_limit=6, sample_modulus=2)
        self.assertFalse(search.count_estimated)
        self.assertEqual(search.count, 6)
        self.assertFalse(any(facet.estimated for facet in facets.values()))
        self.assertEqual(counts(facets["language"]), [("en", 3), ("hi", 2), ("und", 1)])

    def test_values_shown_are_capped_but_selected_values_always_shown(self):
        _, facets = run("", values_shown=2)
        self.assertEqual(counts(facets["person"]), [("rajnath-singh", 3), ("sherali-mirzo", 2)])
        _, facets = run("person=emomali-rahmon", values_shown=1)
        self.assertEqual(counts(facets["person"]), [("rajnath-singh", 1), ("emomali-rahmon", 3, "selected")])


class SameAnswerUnderLoadTests(TestCase):
    """Rows, not time, decide what is exact and what is estimated: the same search gives the same
    counts and marks on an idle machine and on one where every statement is slow."""

    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def answer(self, params, **limits):
        search, facets = run(params, **limits)
        return (
            search.count,
            search.count_estimated,
            {name: (counts(facet), facet.estimated, facet.note) for name, facet in facets.items()},
        )

    def test_a_slow_database_changes_no_count_and_no_mark(self):
        def slow(execute, sql, params, many, context):
            time.sleep(0.3)  # more than the 250 ms a facet query once had before it was cut short
            return execute(sql, params, many, context)

        for params, limits in (
            ("q=talks", {}),
            ("", {"exact_limit": 2, "sample_modulus": 2}),
            ("q=talks&language=en", {"exact_limit": 1, "sample_modulus": 2}),
        ):
            with self.subTest(params=params, **limits):
                idle = self.answer(params, **limits)
                with connection.execute_wrapper(slow):
                    loaded = self.answer(params, **limits)
                self.assertEqual(idle, loaded)


class RankBudgetTests(TestCase):
    """A query matching more than the rank budget: the latest matches ranked, then the rest by recency."""

    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def test_the_latest_matches_are_ranked_then_the_rest_follow(self):
        filterset = ArticleSearchFilterSet(QueryDict("q=talks"), queryset=Article.objects.all())
        filterset.is_valid()
        a = self.archive.articles
        unlimited = Search(filterset)
        self.assertIsNone(unlimited.ranked_among)
        limited = Search(filterset, rank_budget=2)  # a6 and a5 are the two most recently added matches
        self.assertEqual(limited.ranked_among, 2)
        expected_window = unlimited.queryset.filter(pk__in=[a["a5"].pk, a["a6"].pk])
        window = Article.objects.search(filterset.resolved_query).filter(pk__in=expected_window)
        ranked_window = window.ranked_page_ids(filterset.resolved_query, 0, 2)
        self.assertEqual(limited.ordered_ids(0, 4), ranked_window + [a["a2"].pk, a["a1"].pk])
        # Pages cut across the window's end the same way.
        self.assertEqual(limited.ordered_ids(1, 2), ranked_window[1:] + [a["a2"].pk])
        self.assertEqual(limited.ordered_ids(3, 2), [a["a1"].pk])


class FacetSummaryTests(TestCase):
    """The pre-aggregated counts of the whole archive and of single-filter states (summary.py):
    the same facets as counted live, read only while no write has made them stale."""

    STATES = ("", "language=hi", "language=en", "undated=1")
    DATES_OF = ("published", "either", "event")

    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def answer(self, params):
        search, facets = run(params)
        return search.count, {name: (counts(facet), facet.estimated) for name, facet in facets.items()}

    def test_the_summary_gives_the_live_counts_of_every_state(self):
        self.assertFalse(summary.is_fresh())  # nothing refreshed it yet: counted live
        live = {}
        for state in self.STATES:
            for date_of in self.DATES_OF:
                params = "&".join(part for part in (state, f"date_of={date_of}") if part)
                search, _ = run(params)
                self.assertIsNone(search.summary_scope)
                live[params] = self.answer(params)
        self.assertTrue(summary.refresh())
        for params, expected in live.items():
            with self.subTest(params=params):
                search, _ = run(params)
                self.assertIsNotNone(search.summary_scope)  # read from the summary
                self.assertEqual(self.answer(params), expected)

    def test_a_state_with_a_query_or_two_filters_is_counted_live(self):
        summary.refresh()
        for params in ("q=talks", "language=hi&undated=1", "person=rajnath-singh", "date_from=2021-01-01"):
            with self.subTest(params=params):
                self.assertIsNone(run(params)[0].summary_scope)

    def test_any_edit_makes_it_stale_and_the_counts_stay_true(self):
        a = self.archive.articles
        edits = {
            "an article's language": lambda: Article.objects.filter(pk=a["a1"].pk).update(language="hi"),
            "a tag added": lambda: a["a2"].tags.add("brand-new-tag"),
            "a mention removed": lambda: PersonMention.objects.filter(article=a["a1"]).delete(),
            "an article added": lambda: Article.objects.create(title="New", body="A new one.", language="en"),
        }
        for label, edit in edits.items():
            with self.subTest(edit=label):
                self.assertTrue(summary.refresh())
                edit()
                self.assertFalse(summary.is_fresh())
                stale = self.answer("")
                self.assertTrue(summary.refresh())
                self.assertEqual(self.answer(""), stale)  # live counts were the true ones

    def test_an_edited_title_leaves_it_fresh(self):
        self.assertTrue(summary.refresh())
        article = self.archive.articles["a1"]
        article.title = "A title edited at the desk"
        article.save()
        self.assertTrue(summary.is_fresh())

    def test_a_write_during_a_refresh_keeps_it_stale(self):
        compute = summary.compute

        def compute_while_editing(using="default"):
            rows = compute(using)
            Article.objects.create(title="Written meanwhile", body="Text.", language="en")
            return rows

        with mock.patch.object(summary, "compute", compute_while_editing):
            self.assertFalse(summary.refresh())
        self.assertFalse(summary.is_fresh())
        self.assertEqual(run("")[0].count, 7)

    def test_the_command_refreshes_and_checks(self):
        out = io.StringIO()
        with self.assertRaisesMessage(CommandError, "stale: run manage.py refresh_search_summary"):
            call_command("refresh_search_summary", "--check", stdout=out)
        call_command("refresh_search_summary", stdout=out)
        self.assertIn("search summary refreshed", out.getvalue())
        call_command("refresh_search_summary", "--check", stdout=out)
        self.assertIn("the search summary is fresh", out.getvalue())
