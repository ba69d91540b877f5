"""Roles: Editor and Viewer groups; a Viewer changes nothing; anonymous users log in first."""

from admin_support import (
    action_post,
    admin_url,
    form_data,
    make_article,
    make_meeting,
    make_organisation,
    make_person,
    make_user,
)
from django.contrib.auth.models import Group
from django.test import TestCase
from taggit.models import Tag

from articles.models import Article
from people.models import Meeting, Organisation, Person, Place

MODELS = [Article, Person, Organisation, Place, Meeting, Tag]


class GroupTests(TestCase):
    def test_groups_are_created_by_the_migration(self):
        editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
        viewer = set(Group.objects.get(name="Viewer").permissions.values_list("codename", flat=True))
        for model in [
            "article",
            "personmention",
            "meetingreport",
            "person",
            "personalias",
            "organisation",
            "role",
            "meeting",
            "place",
            "tag",
        ]:
            self.assertLessEqual(
                {f"{action}_{model}" for action in ["add", "change", "delete", "view"]}, editor
            )
            self.assertIn(f"view_{model}", viewer)
        self.assertEqual({codename.split("_")[0] for codename in viewer}, {"view"})


class ViewerTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.viewer = make_user("viewer", "Viewer")
        cls.person = make_person("Imported Person", evidence="Minister Imported Person said.")
        cls.other = make_person("Imported Twin")
        cls.organisation = make_organisation("Imported Council")
        cls.meeting = make_meeting(cls.person, cls.other)
        cls.article = make_article(
            "An article", persons=[cls.person], meetings=[cls.meeting], tags=["defence"]
        )
        cls.tag = Tag.objects.get(name="defence")
        cls.place = Place.objects.get(name="Dushanbe")
        cls.objects = {
            Article: cls.article,
            Person: cls.person,
            Organisation: cls.organisation,
            Place: cls.place,
            Meeting: cls.meeting,
            Tag: cls.tag,
        }

    def setUp(self):
        self.client.force_login(self.viewer)

    def test_can_read_every_list_and_record(self):
        for model, obj in self.objects.items():
            self.assertEqual(self.client.get(admin_url(model)).status_code, 200, model)
            response = self.client.get(admin_url(model, "change", obj.pk))
            self.assertEqual(response.status_code, 200, model)
            self.assertNotContains(response, 'name="_save"')
            self.assertEqual(self.client.get(admin_url(model, "history", obj.pk)).status_code, 200, model)
        self.assertEqual(self.client.get("/admin/review/").status_code, 200)

    def test_every_change_post_is_forbidden(self):
        admin_client = self.client_class()
        admin_client.force_login(make_user("boss", superuser=True))
        for model, obj in self.objects.items():
            # What an editor would post, unchanged, from the real form.
            data = form_data(admin_client.get(admin_url(model, "change", obj.pk)))
            self.assertEqual(
                self.client.post(admin_url(model, "change", obj.pk), data).status_code, 403, model
            )
            self.assertEqual(
                self.client.post(admin_url(model, "delete", obj.pk), {"post": "yes"}).status_code, 403
            )
            self.assertEqual(self.client.get(admin_url(model, "add")).status_code, 403, model)
            self.assertEqual(
                self.client.post(admin_url(model, "add"), {"name": "x", "title": "x"}).status_code, 403
            )
        self.assertTrue(Article.objects.filter(pk=self.article.pk).exists())

    def test_history_revert_is_forbidden(self):
        self.person.name = "Renamed Person"
        self.person.save()
        version = self.person.history.last()  # the original
        url = admin_url(Person, "history", self.person.pk) + f"{version.history_id}/"
        response = self.client.post(url, {"name": "Imported Person", "slug": self.person.slug})
        self.assertEqual(response.status_code, 403)
        self.person.refresh_from_db()
        self.assertEqual(self.person.name, "Renamed Person")

    def test_no_action_is_offered_and_none_runs(self):
        response = self.client.get(admin_url(Article))
        self.assertIsNone(response.context["action_form"])
        attempts = [
            (Article, "add_tag_action", [self.article.pk], {"post": "yes", "tag": "sneaky"}),
            (Article, "remove_tag_action", [self.article.pk], {"post": "yes", "tag": "defence"}),
            (Article, "mark_reviewed", [self.article.pk], {}),
            (Article, "delete_selected", [self.article.pk], {"post": "yes"}),
            (
                Person,
                "merge_selected",
                [self.person.pk, self.other.pk],
                {"post": "yes", "survivor": self.person.pk},
            ),
            (Person, "mark_reviewed", [self.person.pk], {}),
            (Organisation, "mark_reviewed", [self.organisation.pk], {}),
            (Meeting, "mark_reviewed", [self.meeting.pk], {}),
            (Tag, "merge_selected_tags", [self.tag.pk], {"post": "yes", "survivor": self.tag.pk}),
            (Tag, "delete_selected", [self.tag.pk], {"post": "yes"}),
        ]
        for model, action, selected, extra in attempts:
            response = action_post(self.client, model, action, selected, **extra)
            self.assertIn(response.status_code, {200, 302, 403}, action)
        self.assertEqual(sorted(self.article.tags.names()), ["defence"])
        self.assertFalse(Tag.objects.filter(name="sneaky").exists())
        self.assertTrue(Person.objects.filter(pk=self.other.pk).exists())
        for obj in [self.article, self.person, self.organisation, self.meeting]:
            obj.refresh_from_db()
            self.assertFalse(obj.reviewed, obj)

    def test_review_queue_cannot_be_marked(self):
        response = self.client.post(
            "/admin/review/", {"action": "mark_reviewed", "selected": [f"person:{self.person.pk}"]}
        )
        self.assertEqual(response.status_code, 403)
        self.person.refresh_from_db()
        self.assertFalse(self.person.reviewed)
        self.assertNotContains(self.client.get("/admin/review/"), "Mark ticked records as reviewed")


class AnonymousTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.article = make_article("Public article")

    def test_admin_pages_send_to_the_login_page(self):
        urls = [
            "/admin/",
            "/admin/review/",
            "/admin/taggit/tag/names/?term=a",
            "/admin/autocomplete/?app_label=articles&model_name=article&field_name=persons&term=a",
        ]
        urls += [admin_url(model) for model in MODELS]
        urls += [admin_url(Article, "change", self.article.pk), admin_url(Article, "add")]
        for url in urls:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302, url)
            self.assertTrue(response["Location"].startswith("/admin/login/"), url)

    def test_posts_change_nothing(self):
        response = self.client.post(admin_url(Article, "change", self.article.pk), {"title": "Defaced"})
        self.assertEqual(response.status_code, 302)
        self.article.refresh_from_db()
        self.assertEqual(self.article.title, "Public article")

    def test_the_public_site_needs_no_login(self):
        self.assertEqual(self.client.get("/").status_code, 200)
        self.assertEqual(self.client.get(self.article.get_absolute_url()).status_code, 200)


class EditorTests(TestCase):
    """The Editor group is enough for every flow of the desk."""

    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.person = make_person("Imported Person")
        cls.twin = make_person("Imported Twin")

    def test_editor_can_change_merge_and_review(self):
        self.client.force_login(self.editor)
        response = self.client.get(admin_url(Person))
        actions = [choice[0] for choice in response.context["action_form"].fields["action"].choices]
        self.assertIn("merge_selected", actions)
        self.assertIn("mark_reviewed", actions)
        action_post(self.client, Person, "mark_reviewed", [self.person.pk])
        self.person.refresh_from_db()
        self.assertTrue(self.person.reviewed)
        self.assertEqual(self.person.history.first().history_change_reason, "Marked reviewed")
        self.assertEqual(self.person.history.first().history_user, self.editor)
        response = action_post(
            self.client,
            Person,
            "merge_selected",
            [self.person.pk, self.twin.pk],
            post="yes",
            survivor=str(self.person.pk),
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Person.objects.filter(pk=self.twin.pk).exists())
