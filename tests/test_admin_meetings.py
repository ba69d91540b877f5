"""The meetings admin: filters, the change form with reports and evidence, search."""

import datetime

from admin_support import add_inline_row, admin_url, form_data, make_article, make_meeting, make_user
from django.test import TestCase

from articles.models import LinkOrigin, MeetingReport
from people.models import Meeting, Organisation, Person, Place


class MeetingAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.rajnath = Person.objects.get(name="Rajnath Singh")
        cls.wei = Person.objects.get(name="Wei Fenghe")
        cls.khrenin = Person.objects.get(name="Viktor Khrenin")
        cls.dushanbe = Place.objects.get(name="Dushanbe")
        cls.summit = Meeting.objects.get(title__startswith="SCO Defence Ministers")
        cls.bilateral = make_meeting(
            cls.rajnath, cls.wei, date=datetime.date(2021, 7, 28), place=cls.dushanbe
        )
        cls.bilateral.sidelines_of = cls.summit
        cls.bilateral.save()
        cls.call = make_meeting(
            cls.rajnath, cls.khrenin, date=datetime.date(2022, 3, 1), kind="call", status="planned"
        )
        cls.undated = make_meeting(cls.wei, cls.khrenin, date=None, status="cancelled")
        cls.report = make_article(
            "Rajnath Singh meets Wei Fenghe", meetings=[cls.bilateral]
        )  # an extracted report

    def setUp(self):
        self.client.force_login(self.editor)

    def listed(self, query):
        response = self.client.get(admin_url(Meeting) + query)
        self.assertEqual(response.status_code, 200)
        return set(response.context["cl"].result_list)

    def test_filters(self):
        self.assertEqual(self.listed(f"?participant={self.khrenin.pk}"), {self.call, self.undated})
        self.assertEqual(self.listed(f"?place={self.dushanbe.pk}"), {self.bilateral, self.summit})
        self.assertEqual(self.listed("?status__exact=planned"), {self.call})
        self.assertEqual(self.listed("?kind__exact=call"), {self.call})
        self.assertEqual(self.listed("?date__range__gte=2022-01-01&date__range__lte=2022-12-31"), {self.call})
        self.assertEqual(self.listed("?dated=no"), {self.undated})
        sco = Organisation.objects.get(acronym="SCO")
        self.assertEqual(self.listed(f"?organisation={sco.pk}"), {self.summit})
        self.assertEqual(self.listed("?date__year=2022"), {self.call})

    def test_search_by_participant_alias_and_place(self):
        self.assertEqual(self.listed("?q=ख्रेनिन"), {self.call, self.undated})
        self.assertEqual(self.listed("?q=Dushanbe"), {self.bilateral, self.summit})

    def test_list_counts_reports(self):
        response = self.client.get(admin_url(Meeting))
        row = next(m for m in response.context["cl"].result_list if m.pk == self.bilateral.pk)
        self.assertEqual(row.report_count, 1)
        self.assertContains(response, "Rajnath Singh – Wei Fenghe (2021-07-28)")

    def test_change_form_shows_the_larger_event_reports_and_evidence(self):
        response = self.client.get(admin_url(Meeting, "change", self.bilateral.pk))
        self.assertContains(response, "Rajnath Singh meets Wei Fenghe reports the meeting.")
        self.assertContains(response, admin_url(self.report.__class__, "change", self.report.pk))
        self.assertContains(response, 'data-field-name="participants"')
        self.assertContains(response, 'data-field-name="sidelines_of"')
        self.assertContains(response, f'<option value="{self.summit.pk}" selected>', html=False)
        summit_page = self.client.get(admin_url(Meeting, "change", self.summit.pk))
        self.assertContains(summit_page, admin_url(Meeting, "change", self.bilateral.pk))  # its side meeting

    def test_editor_adds_a_report_and_edits_evidence(self):
        other = make_article("Another account of the talks")
        url = admin_url(Meeting, "change", self.bilateral.pk)
        data = form_data(self.client.get(url))
        data["reports-0-evidence"] = "The two ministers met for an hour."
        add_inline_row(data, "reports-2", article=other.pk, evidence="They met in Dushanbe.")
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        reports = dict(
            MeetingReport.objects.filter(meeting=self.bilateral).values_list("article__title", "evidence")
        )
        self.assertEqual(
            reports,
            {
                "Rajnath Singh meets Wei Fenghe": "The two ministers met for an hour.",
                "Another account of the talks": "They met in Dushanbe.",
            },
        )
        self.assertEqual(
            set(MeetingReport.objects.filter(meeting=self.bilateral).values_list("origin", flat=True)),
            {LinkOrigin.EDITOR},
        )
