"""Dates of events (issue 11): an undated report of a dated meeting is inside that meeting's dates."""

import datetime
import json

from django.test import TestCase

from articles.constants import DatePrecision
from articles.models import Article, MeetingReport, PersonMention
from people.models import Meeting, Person


class EventDateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.person = Person.objects.create(name="Ilse Varga")
        cls.other = Person.objects.create(name="Teo Marchetti")
        cls.meeting = Meeting.objects.create(date=datetime.date(2023, 6, 6), status=Meeting.Status.HELD)
        cls.meeting.participants.set([cls.person, cls.other])
        cls.english = Article.objects.create(
            title="Varga and Marchetti talk ports", body="Ilse Varga met Teo Marchetti on Tuesday.",
            language="en", published=datetime.date(2023, 6, 7),
        )
        cls.hindi = Article.objects.create(
            title="वार्गा और मार्केटी की बैठक", body="इल्से वार्गा ने तेओ मार्केटी से मुलाकात की।", language="hi"
        )
        cls.later = Article.objects.create(
            title="Varga looks back", body="Ilse Varga recalled the June talks.",
            language="en", published=datetime.date(2023, 8, 2),
        )
        cls.month_only = Article.objects.create(
            title="Varga in June", body="Ilse Varga spent June on port reform.", language="en",
            published=datetime.date(2023, 6, 1), published_precision=DatePrecision.MONTH,
        )
        cls.undated = Article.objects.create(title="Varga profile", body="Ilse Varga, a profile.", language="en")
        for article in (cls.english, cls.hindi, cls.later, cls.month_only, cls.undated):
            PersonMention.objects.create(article=article, person=cls.person, surface="Ilse Varga")
        for article in (cls.english, cls.hindi):
            MeetingReport.objects.create(article=article, meeting=cls.meeting, says=MeetingReport.Says.HELD)
        # The August article mentions the talks as background: a report of the meeting too.
        MeetingReport.objects.create(article=cls.later, meeting=cls.meeting, says=MeetingReport.Says.HELD)

    def search(self, **params):
        response = self.client.get("/search/", {"person": self.person.slug, **params, "format": "json"})
        self.assertEqual(response.status_code, 200, response.content)
        return json.loads(response.content)

    def ids(self, data):
        return {row["id"] for row in data["results"]}

    JUNE = {"date_from": "2023-06-01", "date_to": "2023-06-30"}

    def test_june_includes_the_undated_report_of_a_june_meeting_with_its_reason(self):
        data = self.search(**self.JUNE)
        self.assertEqual(
            self.ids(data), {self.english.pk, self.hindi.pk, self.later.pk, self.month_only.pk}
        )
        reasons = {row["id"]: row["event_date"] for row in data["results"]}
        self.assertEqual(reasons[self.hindi.pk], "2023-06-06")
        self.assertEqual(reasons[self.later.pk], "2023-06-06")
        self.assertIsNone(reasons[self.english.pk])  # inside by its own date
        page = self.client.get("/search/", {"person": self.person.slug, **self.JUNE}).content.decode()
        self.assertIn("reports a meeting of 6 June 2023", page)

    def test_date_of_published_and_event(self):
        self.assertEqual(
            self.ids(self.search(**self.JUNE, date_of="published")), {self.english.pk, self.month_only.pk}
        )
        self.assertEqual(
            self.ids(self.search(**self.JUNE, date_of="event")), {self.english.pk, self.hindi.pk, self.later.pk}
        )

    def test_undated_follows_date_of(self):
        self.assertEqual(self.ids(self.search(undated="1")), {self.undated.pk})
        self.assertEqual(self.ids(self.search(undated="1", date_of="published")), {self.hindi.pk, self.undated.pk})
        self.assertEqual(self.ids(self.search(undated="1", date_of="event")), {self.month_only.pk, self.undated.pk})

    def test_every_date_facet_count_is_its_results(self):
        for date_of in ("either", "published", "event"):
            for params in ({}, {"date_from": "2023-01-01", "date_to": "2023-12-31"}):
                facet = self.search(**params, date_of=date_of)["facets"]["date"]
                self.assertTrue(facet, (date_of, params))
                for value in facet:
                    with self.subTest(date_of=date_of, value=value["value"]):
                        if value["value"] == "undated":
                            narrowed = {"undated": "1"}
                        elif len(value["value"]) == 4:
                            narrowed = {"date_from": f"{value['value']}-01-01", "date_to": f"{value['value']}-12-31"}
                        else:
                            year, month = map(int, value["value"].split("-"))
                            last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1))
                            narrowed = {"date_from": f"{value['value']}-01", "date_to": last.isoformat()}
                        self.assertEqual(self.search(**narrowed, date_of=date_of)["count"], value["count"])

    def test_the_month_facet_counts_the_june_meeting_under_either(self):
        months = {v["value"]: v["count"] for v in self.search(date_from="2023-01-01", date_to="2023-12-31")["facets"]["date"]}
        self.assertEqual(months, {"2023-06": 4, "2023-08": 1, "undated": 1})
        months = {
            v["value"]: v["count"]
            for v in self.search(date_from="2023-01-01", date_to="2023-12-31", date_of="published")["facets"]["date"]
        }
        self.assertEqual(months, {"2023-06": 2, "2023-08": 1, "undated": 2})

    def test_a_bad_date_of_is_named(self):
        response = self.client.get("/search/", {"date_of": "tomorrow", "format": "json"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(json.loads(response.content)["errors"][0]["parameter"], "date_of")
        page = self.client.get("/search/", {"date_of": "tomorrow"})
        self.assertEqual(page.status_code, 400)
        self.assertIn("Use date_of=published, event or either.", page.content.decode())

    RANGES = (
        {"date_from": "2023-06-01", "date_to": "2023-06-30"},
        {"date_from": "2023-06-07", "date_to": "2023-06-30"},  # the month-only article is out
        {"date_from": "2023-06-06", "date_to": "2023-06-06"},
        {"date_to": "2023-06-05"},
        {"date_from": "2023-07-01"},
        {"undated": "1"},
    )

    def test_a_search_narrowed_from_its_entities_keeps_every_date_filter(self):
        # Issue 14: with a query and an entity filter the search runs on the entity side's ids, and the
        # event dates read the meeting reports of those ids only; the results must not change.
        for date_of in ("either", "published", "event"):
            for params in self.RANGES:
                with self.subTest(date_of=date_of, params=params):
                    # Every article found by the query mentions the person: without the person filter
                    # the same search is not narrowed.
                    unfiltered = {**params, "date_of": date_of, "q": "Varga", "format": "json"}
                    plain = json.loads(self.client.get("/search/", unfiltered).content)
                    narrowed = self.search(**params, date_of=date_of, q="Varga")
                    self.assertEqual(self.ids(narrowed), self.ids(plain))
                    self.assertEqual(narrowed["count"], plain["count"])
                    self.assertEqual(narrowed["facets"]["date"], plain["facets"]["date"])

    def test_dated_between_within_the_candidates_is_dated_between(self):
        june = (datetime.date(2023, 6, 1), datetime.date(2023, 6, 30))
        some = [self.english.pk, self.hindi.pk, self.month_only.pk, self.undated.pk]
        for ids in (some, [self.later.pk], []):
            candidates = Article.objects.with_ids(ids)
            for date_of in ("either", "published", "event"):
                with self.subTest(ids=ids, date_of=date_of):
                    self.assertEqual(
                        set(candidates.dated_between(*june, date_of, within=ids)),
                        set(candidates.dated_between(*june, date_of)),
                    )
                    self.assertEqual(
                        set(candidates.undated(date_of, within=ids)), set(candidates.undated(date_of))
                    )
