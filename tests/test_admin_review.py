"""The review queue, and reviewing people and organisations: search by alias, filters, mark reviewed."""

import datetime

from admin_support import (
    action_post,
    admin_url,
    make_article,
    make_meeting,
    make_organisation,
    make_person,
    make_user,
)
from django.test import TestCase
from django.utils import timezone

from people.models import Meeting, Organisation, Person, Place, Role


class ReviewQueueTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.person = make_person(
            "Khurshed Nazarov", evidence="Deputy Minister Khurshed Nazarov said the drills went well."
        )
        cls.organisation = make_organisation(
            "Border Troops Command", evidence="the Border Troops Command announced"
        )
        cls.meeting = make_meeting(cls.person, Person.objects.get(name="Rajnath Singh"))
        make_article("Drills on the border", meetings=[cls.meeting])
        cls.reviewed = make_person("Already Reviewed", reviewed=True)
        cls.by_editor = make_person("Typed By Editor", origin="editor")
        # Oldest first, so the queue's order is the reverse.
        now = timezone.now()
        for offset, model, pk in [
            (3, Person, cls.person.pk),
            (2, Organisation, cls.organisation.pk),
            (1, Meeting, cls.meeting.pk),
        ]:
            model.objects.filter(pk=pk).update(created_at=now - datetime.timedelta(hours=offset))

    def setUp(self):
        self.client.force_login(self.editor)

    def test_lists_what_the_importer_created_and_nobody_reviewed_newest_first(self):
        response = self.client.get("/admin/review/")
        self.assertEqual(response.status_code, 200)
        listed = [(item["kind"], item["record"].pk) for item in response.context["items"]]
        self.assertEqual(
            listed,
            [
                ("meeting", self.meeting.pk),
                ("organisation", self.organisation.pk),
                ("person", self.person.pk),
            ],
        )
        # The evidence, with the names the importer read marked.
        self.assertContains(response, "Deputy Minister <mark>Khurshed Nazarov</mark> said the drills went well.")
        self.assertContains(response, "the <mark>Border Troops Command</mark> announced")
        self.assertContains(response, "Drills on the border reports the meeting.")  # the report's evidence
        self.assertNotContains(response, "Already Reviewed")
        self.assertNotContains(response, "Typed By Editor")

    def test_one_kind_at_a_time(self):
        response = self.client.get("/admin/review/?kind=organisation")
        self.assertEqual([item["record"] for item in response.context["items"]], [self.organisation])

    def test_unknown_kind_is_a_400_that_says_why(self):
        response = self.client.get("/admin/review/?kind=place")
        self.assertEqual(response.status_code, 400)
        self.assertIn(b"use one of person, organisation, meeting", response.content)

    def test_mark_reviewed_from_the_queue(self):
        response = self.client.post(
            "/admin/review/",
            {
                "action": "mark_reviewed",
                "selected": [f"person:{self.person.pk}", f"meeting:{self.meeting.pk}"],
            },
            follow=True,
        )
        self.assertContains(response, "Marked 2 records as reviewed.")
        self.assertEqual([item["record"] for item in response.context["items"]], [self.organisation])
        self.person.refresh_from_db()
        self.assertTrue(self.person.reviewed)
        self.assertEqual(self.person.history.first().history_user, self.editor)

    def test_bad_selection_is_a_400(self):
        response = self.client.post("/admin/review/", {"action": "mark_reviewed", "selected": ["person:abc"]})
        self.assertEqual(response.status_code, 400)

    def test_the_changelists_have_the_same_queue_as_a_filter(self):
        response = self.client.get(admin_url(Person) + "?review=queue")
        names = {person.name for person in response.context["cl"].result_list}
        self.assertIn("Khurshed Nazarov", names)
        self.assertNotIn("Typed By Editor", names)
        self.assertNotIn("Already Reviewed", names)

    def test_the_admin_index_links_to_the_queue(self):
        self.assertContains(self.client.get("/admin/"), 'href="/admin/review/"')


class PeopleAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.mirzo = Person.objects.get(name="Sherali Mirzo")
        cls.rahmon = Person.objects.get(name="Emomali Rahmon")
        cls.envoy = make_person("Li Hui")
        Role.objects.create(person=cls.envoy, title="Special Envoy", country=Place.objects.get(iso_code="CN"))

    def setUp(self):
        self.client.force_login(self.editor)

    def listed(self, query):
        response = self.client.get(admin_url(Person) + query)
        self.assertEqual(response.status_code, 200)
        # Every row the filters select, not only the first page (the gazetteer fills pages by itself).
        return set(response.context["cl"].queryset.values_list("name", flat=True))

    def test_search_by_any_alias_in_any_script(self):
        self.assertEqual(self.listed("?q=मिर्ज़ा"), {"Sherali Mirzo"})  # alias is written मिर्जा, without nukta
        self.assertEqual(self.listed("?q=Mirzoev"), {"Sherali Mirzo"})
        self.assertEqual(self.listed("?q=रहमोन"), {"Emomali Rahmon"})
        self.assertEqual(self.listed("?q=rakhmon"), {"Emomali Rahmon"})

    def test_filter_by_role_and_country(self):
        ministers = self.listed("?role=any-minister")
        self.assertLessEqual({"Rajnath Singh", "Sherali Mirzo", "Viktor Khrenin", "Wei Fenghe"}, ministers)
        self.assertNotIn("Emomali Rahmon", ministers)
        self.assertNotIn("Li Hui", ministers)
        presidents = self.listed("?role=President")
        self.assertIn("Emomali Rahmon", presidents)
        self.assertNotIn("Rajnath Singh", presidents)
        self.assertEqual(presidents, set(Person.objects.filter(roles__title="President").values_list("name", flat=True)))
        tajikistan = Place.objects.get(iso_code="TJ")
        in_tajikistan = self.listed(f"?country={tajikistan.pk}")
        self.assertLessEqual({"Sherali Mirzo", "Emomali Rahmon"}, in_tajikistan)
        self.assertEqual(
            in_tajikistan, set(Person.objects.filter(roles__country=tajikistan).values_list("name", flat=True))
        )
        self.assertNotIn("Rajnath Singh", in_tajikistan)
        self.assertEqual(
            self.listed("?review=unreviewed"),
            {person.name for person in Person.objects.filter(reviewed=False)},
        )

    def test_list_shows_aliases_roles_and_mentions(self):
        make_article("Mirzo speaks", persons=[self.mirzo])
        response = self.client.get(admin_url(Person) + "?q=Mirzo")
        self.assertContains(response, "शेर अली मिर्जा")
        self.assertContains(response, "Minister of Defence (Tajikistan)")
        self.assertEqual(response.context["cl"].result_list[0].article_count, 1)

    def test_change_form_edits_aliases_and_roles_inline(self):
        from admin_support import add_inline_row, form_data

        url = admin_url(Person, "change", self.envoy.pk)
        data = form_data(self.client.get(url))
        add_inline_row(data, "aliases", name="ली हुई")
        add_inline_row(data, "roles", title="Vice Foreign Minister", start="2019-01-01")
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        alias = self.envoy.aliases.get(name="ली हुई")
        self.assertEqual(alias.script, "Deva")
        self.assertEqual(
            sorted(self.envoy.roles.values_list("title", "origin")),
            [("Special Envoy", "editor"), ("Vice Foreign Minister", "editor")],
        )

    def test_mark_reviewed_action(self):
        action_post(self.client, Person, "mark_reviewed", [self.envoy.pk])
        self.envoy.refresh_from_db()
        self.assertTrue(self.envoy.reviewed)

    def test_organisations_search_by_acronym_and_alias(self):
        response = self.client.get(admin_url(Organisation) + "?q=एससीओ")
        self.assertEqual([o.acronym for o in response.context["cl"].result_list], ["SCO"])
        response = self.client.get(admin_url(Organisation) + "?q=RATS")
        self.assertEqual([o.acronym for o in response.context["cl"].result_list], ["RATS"])
