"""Downloads that cannot take the site down or lie: CSV in a fixed number of queries, with its length,
and a cap on concurrent anonymous downloads (429 with Retry-After), CSV and the JSON of entity pages."""

import csv
import io

from django.core.signals import request_finished
from django.db import close_old_connections, connection
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from newsroom import downloads
from tests.admin_support import make_article, make_person, make_user
from people.models import Meeting


def close_like_a_server(response):
    """What a WSGI server does when a client goes away (without the test's connection being closed)."""
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)


def csv_of(response):
    body = b"".join(response.streaming_content)
    return body, list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


class CsvTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.singh = make_person("Rajnath Singh")
        cls.wei = make_person("Wei Fenghe")
        cls.meeting = Meeting.objects.create(date="2021-07-29")
        cls.meeting.participants.add(cls.singh, cls.wei)
        for number in range(3):
            make_article(
                f"Talks number {number}",
                persons=[cls.singh, cls.wei],
                meetings=[cls.meeting],
                tags=["defence", "sco"],
            )

    def download(self, params=None):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/search/", {"format": "csv", **(params or {})})
            body, rows = csv_of(response)
        return response, body, rows, len(queries)

    def test_the_download_announces_its_length(self):
        response, body, rows, _ = self.download()
        self.assertEqual(response.status_code, 200)
        self.assertEqual(int(response["Content-Length"]), len(body))
        self.assertEqual(len(rows), 4)

    def test_the_rows_carry_every_link(self):
        response, body, rows, _ = self.download({"sort": "oldest"})
        header, first = rows[0], rows[1]
        row = dict(zip(header, first))
        self.assertEqual(row["title"], "Talks number 0")
        self.assertEqual(row["people"], "Rajnath Singh; Wei Fenghe")
        self.assertEqual(row["meetings"], "Rajnath Singh – Wei Fenghe (2021-07-29)")
        self.assertEqual(row["tags"], "defence; sco")
        self.assertTrue(row["url"].startswith("http://testserver/articles/"))

    def test_the_number_of_queries_does_not_grow_with_the_rows(self):
        _, _, rows, few = self.download()
        for number in range(40):
            make_article(
                f"More talks {number}", persons=[self.singh], meetings=[self.meeting], tags=[f"tag{number}"]
            )
        _, _, more_rows, many = self.download()
        self.assertEqual(len(more_rows), len(rows) + 40)
        self.assertEqual(few, many)
        self.assertLessEqual(many, 12)


@override_settings(NEWSROOM_DOWNLOAD_SLOTS=2)
class DownloadCapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.singh = make_person("Rajnath Singh")
        make_article("Talks", persons=[cls.singh])
        cls.editor = make_user("editor", superuser=True)

    def take_every_slot(self):
        anonymous = RequestFactory().get("/")
        from django.contrib.auth.models import AnonymousUser

        anonymous.user = AnonymousUser()
        slots = [downloads.acquire(anonymous) for _ in range(2)]
        for slot in slots:
            self.addCleanup(slot.release)
        self.assertNotIn(None, slots)
        self.assertIsNone(downloads.acquire(anonymous))
        return slots

    def test_a_download_beyond_the_cap_is_a_429_with_retry_after(self):
        slots = self.take_every_slot()
        response = self.client.get("/search/?format=csv")
        self.assertEqual(response.status_code, 429)
        self.assertEqual(response["Retry-After"], "5")
        self.assertIn("Too many downloads at once", response.content.decode())
        json_response = self.client.get(f"/people/{self.singh.slug}/?format=json")
        self.assertEqual(json_response.status_code, 429)
        self.assertEqual(json_response.json()["retry_after"], 5)
        for slot in slots:
            slot.release()
        self.assertEqual(self.client.get("/search/?format=csv").status_code, 200)
        self.assertEqual(self.client.get(f"/people/{self.singh.slug}/?format=json").status_code, 200)

    def test_pages_and_small_json_are_not_capped(self):
        slots = self.take_every_slot()
        self.assertEqual(self.client.get("/search/").status_code, 200)
        self.assertEqual(self.client.get("/search/?format=json").status_code, 200)
        self.assertEqual(self.client.get(f"/people/{self.singh.slug}/").status_code, 200)
        for slot in slots:
            slot.release()

    def test_logged_in_staff_are_not_capped(self):
        slots = self.take_every_slot()
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/search/?format=csv").status_code, 200)
        for slot in slots:
            slot.release()

    def test_the_slot_is_held_until_the_download_is_sent_and_then_released(self):
        first = self.client.get("/search/?format=csv")
        second = self.client.get("/search/?format=csv")
        self.assertEqual(self.client.get("/search/?format=csv").status_code, 429)
        b"".join(first.streaming_content)  # sent: the test client closes it, as a server does
        third = self.client.get("/search/?format=csv")
        self.assertEqual(third.status_code, 200)
        close_like_a_server(second)  # a client that went away mid-download frees its slot too
        close_like_a_server(third)
        self.assertEqual(self.client.get("/search/?format=csv").status_code, 200)

    def test_json_announces_its_length(self):
        response = self.client.get(f"/people/{self.singh.slug}/?format=json")
        self.assertEqual(int(response["Content-Length"]), len(response.content))


class LowPriorityTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        make_article("Talks", persons=[make_person("Rajnath Singh")])

    def test_the_csv_is_built_at_a_lower_cpu_priority_than_pages(self):
        import os
        import threading
        from unittest import mock

        from articles.search import csv_export

        seen = {}
        real = csv_export.csv_document

        def spy(search, request):
            seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            return real(search, request)

        before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        with mock.patch("articles.views.csv_document", spy):
            response = self.client.get("/search/?format=csv")
            body, rows = csv_of(response)
        self.assertEqual(len(rows), 2)  # the helper thread read the test's own data
        self.assertEqual(seen["nice"], before + downloads.BUILD_NICENESS)
        self.assertEqual(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), before)

    def test_an_error_while_building_reaches_the_page(self):
        from unittest import mock

        from django.db import OperationalError

        with mock.patch("articles.views.csv_document", side_effect=OperationalError("database is locked")):
            response = self.client.get("/search/?format=csv")
        self.assertEqual(response.status_code, 503)
        again = self.client.get("/search/?format=csv")
        self.assertEqual(again.status_code, 200)  # the slot was released
        csv_of(again)  # and this one's too, once sent
