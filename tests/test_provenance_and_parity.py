"""Honest provenance and data parity (issue 11): unchecked records marked, no server paths shown,
JSON results carrying everything the CSV has."""

import csv
import io
import json

from django.test import TestCase
from search_archive import build_small_archive

from articles.models import Article
from people.models import Meeting, Origin, Person


class ProvenanceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.found = Person.objects.create(name="Oskar Importer", origin=Origin.IMPORT, reviewed=False)
        cls.checked = Person.objects.create(name="Olga Checked", origin=Origin.IMPORT, reviewed=True)
        cls.meeting = Meeting.objects.create(origin=Origin.IMPORT, status=Meeting.Status.CANCELLED)
        cls.meeting.participants.set([cls.found, cls.checked])

    def test_unchecked_records_carry_the_marker_and_reviewed_false(self):
        marker = "found by the importer, not yet checked"
        self.assertContains(self.client.get(self.found.get_absolute_url()), marker)
        self.assertContains(self.client.get(self.checked.get_absolute_url()), '<p class="kicker">Person</p>')
        self.assertContains(self.client.get(self.meeting.get_absolute_url()), marker)
        self.assertFalse(json.loads(self.client.get(self.found.get_absolute_url(), {"format": "json"}).content)["reviewed"])
        self.assertTrue(json.loads(self.client.get(self.checked.get_absolute_url(), {"format": "json"}).content)["reviewed"])
        data = json.loads(self.client.get(self.meeting.get_absolute_url(), {"format": "json"}).content)
        self.assertEqual((data["reviewed"], data["status"]), (False, "cancelled"))

    def test_cancelled_and_planned_meetings_are_labelled_in_timelines(self):
        page = self.client.get(self.checked.get_absolute_url()).content.decode()
        self.assertIn('<span class="status status-cancelled">cancelled</span>', page)

    def test_the_article_page_never_shows_an_absolute_server_path(self):
        article = Article.objects.create(
            title="Path test", body="Path test.", language="en", source_path="/srv/archive/2021/07/talks.txt"
        )
        page = self.client.get(article.get_absolute_url()).content.decode()
        self.assertNotIn("/srv/archive", page)
        self.assertIn("<code>talks.txt</code>", page)
        data = json.loads(self.client.get(article.get_absolute_url(), {"format": "json"}).content)
        self.assertEqual(data["source"], "talks.txt")
        relative = Article.objects.create(title="R", body="R.", language="en", source_path="samples/en-01.txt")
        self.assertEqual(relative.source_name, "samples/en-01.txt")
        self.assertEqual(Article(source_path="../outside/x.txt").source_name, "x.txt")
        self.assertEqual(Article(source_path="C:\\\\data\\\\y.txt").source_name, "y.txt")


class ParityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def test_json_results_carry_everything_the_csv_has(self):
        params = {"person": "rajnath-singh", "sort": "newest"}
        data = json.loads(self.client.get("/search/", {**params, "format": "json"}).content)
        response = self.client.get("/search/", {**params, "format": "csv"})
        rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        self.assertEqual(len(rows), len(data["results"]))
        for row, result in zip(rows, data["results"]):
            self.assertEqual(int(row["id"]), result["id"])
            self.assertEqual(row["title"], result["title"])
            self.assertEqual(row["published"], result["published"] or "")
            self.assertEqual(row["language"], result["language"])
            for column, key in (("people", "persons"), ("organisations", "organisations"), ("places", "places"),
                                ("meetings", "meetings"), ("tags", "tags")):
                self.assertEqual(
                    sorted(filter(None, row[column].split("; "))), sorted(item["label"] for item in result[key]), column
                )
            self.assertEqual(row["reviewed"], "yes" if result["reviewed"] else "no")
        self.assertTrue(any(result["meetings"] for result in data["results"]))
        meeting = next(m for result in data["results"] for m in result["meetings"])
        self.assertEqual(set(meeting), {"value", "label", "url", "reviewed", "status", "date"})
