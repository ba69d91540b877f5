"""The review queue for a day's work (issue 12): filters, select-all, what the importer decided, in-row actions."""

import datetime

from admin_support import make_article, make_meeting, make_organisation, make_person, make_user
from django.test import TestCase
from django.utils import timezone

from articles.models import ImportRun, PersonMention
from people.models import Meeting, Organisation, Person, PersonAlias, Place, RejectedName, Role

QUEUE = "/admin/review/"


def listed(response):
    return [item["key"] for item in response.context["items"]]


class ReviewQueueDayTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.india = Place.objects.get(iso_code="IN")
        cls.minister = make_person(
            "Khurshed Nazarov", "खुर्शेद नज़ारोव", evidence="Deputy Defence Minister Khurshed Nazarov arrived."
        )
        Role.objects.create(person=cls.minister, title="Deputy Defence Minister", country=cls.india)
        cls.nobody = make_person("Pavel Orlov", evidence="Pavel Orlov spoke.")
        cls.council = make_organisation("Border Troops Command", evidence="The Border Troops Command said.")
        cls.known = make_person("Sherali Mirzo", origin="gazetteer", reviewed=True)
        cls.meeting = make_meeting(cls.minister, cls.known, place=Place.objects.get(iso_code="FR"))
        cls.hindi = make_article("नज़ारोव की यात्रा", "खुर्शेद नज़ारोव आए.", language="hi", persons=[cls.minister])
        cls.english = make_article(
            "Orlov and the command",
            persons=[cls.nobody],
            organisations=[cls.council],
            meetings=[cls.meeting],
        )
        now = timezone.now()
        cls.import_run = ImportRun.objects.create(
            started_at=now - datetime.timedelta(hours=3), finished_at=now - datetime.timedelta(hours=2), paths="day1/"
        )
        Person.objects.filter(pk=cls.minister.pk).update(created_at=now - datetime.timedelta(hours=2, minutes=30))
        Person.objects.filter(pk=cls.nobody.pk).update(created_at=now - datetime.timedelta(days=2))

    def setUp(self):
        self.client.force_login(self.editor)

    def test_each_row_shows_what_the_importer_decided_beside_highlighted_evidence(self):
        response = self.client.get(QUEUE + "?kind=person")
        item = next(item for item in response.context["items"] if item["record"] == self.minister)
        self.assertIn(("Role", "Deputy Defence Minister — India"), item["decided"])
        self.assertContains(response, "Deputy Defence Minister <mark>Khurshed Nazarov</mark> arrived.")
        self.assertEqual(item["source"], self.hindi)
        meeting = self.client.get(QUEUE + "?kind=meeting").context["items"][0]
        self.assertIn(("Place", "France"), meeting["decided"])
        self.assertIn(("Status", "Held"), meeting["decided"])
        self.assertIn(("Participants", "Khurshed Nazarov · Sherali Mirzo"), meeting["decided"])

    def test_filters_by_language_import_run_day_and_role_or_country(self):
        self.assertEqual(
            listed(self.client.get(QUEUE + "?language=hi")), [f"person:{self.minister.pk}"]
        )
        self.assertEqual(
            listed(self.client.get(QUEUE + f"?run={self.import_run.pk}")), [f"person:{self.minister.pk}"]
        )
        two_days_ago = (timezone.now() - datetime.timedelta(days=2)).date().isoformat()
        self.assertEqual(listed(self.client.get(QUEUE + f"?created={two_days_ago}")), [f"person:{self.nobody.pk}"])
        self.assertEqual(listed(self.client.get(QUEUE + "?has=role")), [f"person:{self.minister.pk}"])
        self.assertEqual(
            set(listed(self.client.get(QUEUE + "?has=country"))),
            {f"person:{self.minister.pk}", f"meeting:{self.meeting.pk}"},
        )
        self.assertEqual(
            set(listed(self.client.get(QUEUE + "?has=neither"))),
            {f"person:{self.nobody.pk}", f"organisation:{self.council.pk}"},
        )

    def test_bad_filter_values_are_a_400_that_names_them(self):
        for query, name in [("?run=999999", "run"), ("?created=yesterday", "created"), ("?language=fr", "language")]:
            response = self.client.get(QUEUE + query)
            self.assertEqual(response.status_code, 400, query)
            self.assertIn(name, response.content.decode())

    def test_select_all_that_the_filters_select(self):
        response = self.client.post(QUEUE + "?kind=person", {"action": "mark_reviewed", "select_across": "1"}, follow=True)
        self.assertContains(response, "Marked all 2 records the filters select as reviewed.")
        self.assertFalse(Person.objects.filter(origin="import", reviewed=False).exists())
        self.assertFalse(Organisation.objects.get(pk=self.council.pk).reviewed)

    def test_accept_one_row_and_accept_all_from_its_article(self):
        self.client.post(QUEUE, {"action": f"accept:person:{self.nobody.pk}"})
        self.assertTrue(Person.objects.get(pk=self.nobody.pk).reviewed)
        self.assertFalse(Organisation.objects.get(pk=self.council.pk).reviewed)
        response = self.client.post(QUEUE, {"action": f"accept_article:{self.english.pk}"}, follow=True)
        self.assertContains(response, "Marked 2 records from “Orlov and the command” as reviewed.")
        self.assertTrue(Organisation.objects.get(pk=self.council.pk).reviewed)
        self.assertTrue(Meeting.objects.get(pk=self.meeting.pk).reviewed)
        self.assertFalse(Person.objects.get(pk=self.minister.pk).reviewed)  # another article's
        self.assertIn("Accepted with article", Meeting.objects.get(pk=self.meeting.pk).history.first().history_change_reason)

    def test_merge_into_shows_what_moves_then_merges_with_undo(self):
        url = f"/admin/review/merge/person/{self.nobody.pk}/?next={QUEUE}"
        page = self.client.get(url)
        self.assertContains(page, "1 article mentions")
        self.assertContains(page, "/admin/autocomplete/")  # the target is picked with the autocomplete
        preview = self.client.get(url + f"&into={self.known.pk}")
        self.assertContains(preview, "Everything above moves to <strong>Sherali Mirzo</strong>")
        self.assertTrue(Person.objects.filter(pk=self.nobody.pk).exists())
        response = self.client.post(url, {"into": self.known.pk, "post": "yes"}, follow=True)
        self.assertRedirects(response, QUEUE)
        self.assertFalse(Person.objects.filter(pk=self.nobody.pk).exists())
        self.assertTrue(PersonMention.objects.filter(person=self.known, article=self.english).exists())
        self.assertContains(response, "Undo it from")

    def test_reject_the_name_keeps_it_out_of_imports(self):
        url = f"/admin/review/reject/person/{self.minister.pk}/"
        page = self.client.get(url)
        self.assertContains(page, "खुर्शेद नज़ारोव")
        self.assertTrue(Person.objects.filter(pk=self.minister.pk).exists())
        self.client.post(url, {"post": "yes"})
        self.assertFalse(Person.objects.filter(pk=self.minister.pk).exists())
        self.assertEqual(
            set(RejectedName.objects.values_list("name", flat=True)), {"Khurshed Nazarov", "खुर्शेद नज़ारोव"}
        )
        self.assertEqual(self.client.get(f"/admin/review/reject/meeting/{self.meeting.pk}/").status_code, 404)

    def test_delete_confirms_what_vanishes(self):
        url = f"/admin/review/delete/organisation/{self.council.pk}/"
        self.assertContains(self.client.get(url), "1 article mentions")
        self.assertTrue(Organisation.objects.filter(pk=self.council.pk).exists())
        self.client.post(url, {"post": "yes"})
        self.assertFalse(Organisation.objects.filter(pk=self.council.pk).exists())
        self.assertFalse(RejectedName.objects.exists())

    def test_a_viewer_sees_no_actions_and_cannot_use_them(self):
        self.client.force_login(make_user("viewer", "Viewer"))
        response = self.client.get(QUEUE)
        self.assertNotContains(response, "Merge into…")
        self.assertEqual(self.client.post(QUEUE, {"action": f"accept:person:{self.nobody.pk}"}).status_code, 403)
        self.assertEqual(self.client.get(f"/admin/review/delete/person/{self.nobody.pk}/").status_code, 403)
        self.assertFalse(PersonAlias.objects.filter(name="x").exists())


class ImportRunTests(TestCase):
    def test_an_import_records_its_run_and_the_queue_filters_by_it(self):
        import tempfile
        from io import StringIO
        from pathlib import Path

        from django.core.management import call_command

        editor = make_user("editor", "Editor")
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "a.txt").write_text(
                " date 2024-03-05 Belarusian Defence Minister Viktor Khrenin met Rajnath Singh in Delhi on Tuesday.",
                encoding="utf-8",
            )
            call_command("import_articles", folder, stdout=StringIO())
            call_command("import_articles", folder, "--dry-run", stdout=StringIO())
        run = ImportRun.objects.get()
        self.assertEqual((run.imported, run.failed), (1, 0))
        self.assertIsNotNone(run.finished_at)
        self.client.force_login(editor)
        response = self.client.get(f"{QUEUE}?run={run.pk}")
        self.assertIn("Rajnath Singh – Viktor Khrenin (2024-03-05)", [str(item["record"]) for item in response.context["items"]])
        self.assertContains(response, f'<option value="{run.pk}" selected>')
