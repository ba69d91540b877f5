"""Facet counts against hand-computed expectations on the small archive (see search_archive.py)."""

from django.http import QueryDict
from django.test import TestCase
from search_archive import build_small_archive

from articles.filters import ArticleSearchFilterSet
from articles.models import Article
from articles.search.backends import SearchTimeout
from articles.search.constants import FACET_RETRY_DIVISOR
from articles.search.facets import FacetCounter
from articles.search.results import Search


def run(params, **budgets):
    # These counts are worked out on the articles' own dates; tests/test_event_dates.py counts events.
    if "date_of=" not in params:
        params = f"{params}&date_of=published" if params else "date_of=published"
    filterset = ArticleSearchFilterSet(QueryDict(params), queryset=Article.objects.all())
    assert filterset.is_valid(), filterset.errors
    search = Search(filterset)
    return search, FacetCounter(filterset, search.count, **budgets).count()


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

    def test_beyond_the_row_budget_facets_count_the_latest_matches_and_say_so(self):
        _, facets = run("", row_budget=2)  # the two most recently added: a6, a5
        self.assertEqual(counts(facets["person"]), [("wei-fenghe", 1), ("emomali-rahmon", 2)])
        self.assertEqual(counts(facets["language"]), [("en", 1), ("und", 1)])
        self.assertTrue(facets["person"].partial)
        self.assertEqual(
            facets["person"].note, "Counted on the 2 most recently added of 6 matching articles."
        )

    def test_values_shown_are_capped_but_selected_values_always_shown(self):
        _, facets = run("", values_shown=2)
        self.assertEqual(counts(facets["person"]), [("rajnath-singh", 3), ("sherali-mirzo", 2)])
        _, facets = run("person=emomali-rahmon", values_shown=1)
        self.assertEqual(counts(facets["person"]), [("rajnath-singh", 1), ("emomali-rahmon", 3, "selected")])

    def test_a_slow_facet_is_counted_again_on_a_small_sample(self):
        filterset = ArticleSearchFilterSet(QueryDict(""), queryset=Article.objects.all())
        filterset.is_valid()
        counter = FacetCounter(
            filterset, 6, row_budget=FACET_RETRY_DIVISOR * 2
        )  # the retry counts 2 articles
        calls = []
        count_people = counter.count_people

        def slow_then_fast(ids, counted):
            calls.append(counted)
            if len(calls) == 1:
                raise SearchTimeout("canceling statement due to statement timeout")
            return count_people(ids, counted)

        counter.specs[0].count = slow_then_fast
        facets = counter.count()
        self.assertEqual(calls, [6, 2])
        self.assertEqual(counts(facets["person"]), [("wei-fenghe", 1), ("emomali-rahmon", 2)])
        self.assertEqual(
            facets["person"].note, "Counted on the 2 most recently added of 6 matching articles."
        )
        self.assertFalse(facets["organisation"].partial)

    def test_a_facet_too_slow_twice_is_marked_unavailable(self):
        filterset = ArticleSearchFilterSet(QueryDict("person=rajnath-singh"), queryset=Article.objects.all())
        filterset.is_valid()
        counter = FacetCounter(filterset, 3)

        def always_slow(ids, counted):
            raise SearchTimeout("canceling statement due to statement timeout")

        counter.specs[0].count = always_slow
        facets = counter.count()
        self.assertTrue(facets["person"].unavailable)
        self.assertEqual(facets["person"].note, "Counts unavailable: counting took too long.")
        self.assertEqual([value.value for value in facets["person"].values], ["rajnath-singh"])
        self.assertEqual(counts(facets["language"]), [("en", 2), ("hi", 1)])


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
