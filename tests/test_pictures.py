"""The pictures' data (issue 11): results over time, meetings by year, who met whom."""

import datetime
import json

from django.test import TestCase
from search_archive import build_small_archive

from articles.search.facets import Facet, FacetValue
from articles.search.histogram import results_histogram
from people.models import Meeting, Person
from people.pictures import MAX_EDGE_WIDTH, MIN_EDGE_WIDTH, bar_chart, meeting_graph, meetings_by_year, timeline_chart, Bar


def facet(*values):
    return Facet("date", "Date", [FacetValue(value, label, count, url=f"?y={value}") for value, label, count in values])


class HistogramTests(TestCase):
    def test_years_from_the_first_to_the_last_with_links(self):
        chart = results_histogram(facet(("2023", "2023", 4), ("2020", "2020", 2), ("undated", "Undated", 9)))
        self.assertEqual([(bar.label, bar.count) for bar in chart.bars], [("2020", 2), ("2021", 0), ("2022", 0), ("2023", 4)])
        self.assertEqual([bar.url for bar in chart.bars], ["?y=2020", "", "", "?y=2023"])
        self.assertEqual(chart.bars[3].title, "2023: 4 articles")
        # Heights in proportion, the tallest filling the room; all bars stand on the baseline.
        self.assertAlmostEqual(chart.bars[0].height * 2, chart.bars[3].height)
        self.assertEqual({round(bar.y + bar.height, 6) for bar in chart.bars}, {chart.baseline})
        self.assertEqual(chart.bars[1].height, 0)

    def test_the_months_of_one_year(self):
        chart = results_histogram(facet(("2023-06", "June 2023", 3), ("2023-08", "August 2023", 1)))
        self.assertEqual(len(chart.bars), 12)
        self.assertEqual([bar.count for bar in chart.bars][5:8], [3, 0, 1])
        self.assertEqual((chart.bars[5].label, chart.bars[5].title), ("Jun", "June 2023: 3 articles"))
        self.assertEqual(chart.bars[6].title, "July 2023: 0 articles")

    def test_nothing_dated_draws_nothing(self):
        self.assertIsNone(results_histogram(facet(("undated", "Undated", 3))))
        self.assertIsNone(results_histogram(None))

    def test_bars_do_not_overlap_and_stay_on_the_canvas(self):
        chart = bar_chart([Bar(str(year), year % 7) for year in range(1990, 2030)])
        for left, right in zip(chart.bars, chart.bars[1:]):
            self.assertLessEqual(left.x + left.width, right.x)
        self.assertLessEqual(chart.bars[-1].x + chart.bars[-1].width, chart.width)
        self.assertGreater(chart.label_every, 1)  # forty labels would overlap


class MeetingPictureTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.centre = Person.objects.create(name="Centre Person")
        cls.a, cls.b, cls.c = (Person.objects.create(name=name) for name in ("Anna A", "Boris B", "Chen C"))

        def meeting(day, status, *people):
            m = Meeting.objects.create(date=day, status=status)
            m.participants.set(people)
            return m

        held, planned, cancelled = Meeting.Status.HELD, Meeting.Status.PLANNED, Meeting.Status.CANCELLED
        meeting(datetime.date(2019, 3, 1), held, cls.centre, cls.a)
        meeting(datetime.date(2019, 5, 1), held, cls.centre, cls.a)
        meeting(datetime.date(2019, 6, 1), held, cls.centre, cls.a)
        meeting(datetime.date(2021, 2, 1), held, cls.centre, cls.b, cls.c)  # a trilateral
        meeting(datetime.date(2021, 9, 1), planned, cls.centre, cls.c)
        meeting(datetime.date(2021, 10, 1), cancelled, cls.centre, cls.b)
        meeting(None, held, cls.centre, cls.b)

    def test_meetings_by_year_and_status(self):
        by_year = meetings_by_year(self.centre.meetings.all())
        self.assertEqual(
            by_year,
            {2019: {"held": 3, "planned": 0, "cancelled": 0}, 2021: {"held": 1, "planned": 1, "cancelled": 1}},
        )
        chart = timeline_chart(by_year, lambda year: f"#y{year}")
        self.assertEqual([(bar.label, bar.count, bar.url) for bar in chart.bars], [("2019", 3, "#y2019"), ("2020", 0, ""), ("2021", 3, "#y2021")])
        self.assertEqual(chart.bars[2].title, "2021: 3 meetings (1 held, 1 planned, 1 cancelled)")
        # The 2021 bar is split in three equal parts, held at the bottom.
        classes = [segment[0] for segment in chart.bars[2].segments]
        self.assertEqual(classes, ["status-held", "status-planned", "status-cancelled"])
        heights = {round(segment[2], 6) for segment in chart.bars[2].segments}
        self.assertEqual(len(heights), 1)

    def test_who_met_whom_around_a_person(self):
        graph = meeting_graph(self.centre.meetings.all(), centre=self.centre)
        self.assertEqual([(node.person.name, node.meetings, node.centre) for node in graph.nodes],
                         [("Centre Person", 5, True), ("Anna A", 3, False), ("Boris B", 2, False), ("Chen C", 1, False)])
        edges = {(edge.a.person.name, edge.b.person.name): (edge.meetings, edge.width) for edge in graph.edges}
        # Held meetings only: the planned and the cancelled ones draw nothing.
        self.assertEqual(
            edges,
            {
                ("Centre Person", "Anna A"): (3, MAX_EDGE_WIDTH),
                ("Centre Person", "Boris B"): (2, round((MIN_EDGE_WIDTH + MAX_EDGE_WIDTH) / 2, 2)),
                ("Centre Person", "Chen C"): (1, MIN_EDGE_WIDTH),
                ("Boris B", "Chen C"): (1, MIN_EDGE_WIDTH),
            },
        )
        centre = graph.nodes[0]
        for node in graph.nodes[1:]:  # on a circle around the centre
            self.assertAlmostEqual(((node.x - centre.x) ** 2 + (node.y - centre.y) ** 2) ** 0.5, 140, delta=0.2)

    def test_who_met_whom_without_a_centre(self):
        graph = meeting_graph(Meeting.objects.filter(participants=self.b))
        self.assertEqual({node.person.name for node in graph.nodes}, {"Centre Person", "Boris B", "Chen C"})
        self.assertFalse(any(node.centre for node in graph.nodes))

    def test_the_person_page_draws_both_and_their_tables(self):
        response = self.client.get(self.centre.get_absolute_url())
        html = response.content.decode()
        self.assertIn('<svg class="chart"', html)
        self.assertIn('<a href="?meetings_page=1#meetings-2021"><title>2021: 3 meetings (1 held, 1 planned, 1 cancelled)</title>', html)
        self.assertIn('<svg class="graph"', html)
        self.assertIn(f'href="{self.a.get_absolute_url()}" aria-label="Anna A, 3 held meetings"', html)
        self.assertIn("Meetings by year as a table", html)
        data = json.loads(self.client.get(self.centre.get_absolute_url(), {"format": "json"}).content)
        self.assertEqual(data["meetings_by_year"]["2021"], {"held": 1, "planned": 1, "cancelled": 1})

    def test_the_search_draws_its_results_over_time(self):
        html = self.client.get("/search/", {"date_of": "published"}).content.decode()
        self.assertIn('<svg class="chart"', html)
        self.assertIn('<a href="?date_of=published&amp;date_from=2021-01-01&amp;date_to=2021-12-31"><title>2021: 2 articles</title>', html)
