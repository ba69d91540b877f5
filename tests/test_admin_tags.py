"""Tagging from the admin: bulk add and remove, the tag list, rename and merge."""

from admin_support import action_post, admin_url, form_data, make_article, make_user
from django.test import TestCase
from taggit.models import Tag, TaggedItem

from articles.models import Article
from articles.tagging import TaggingError, add_tag, merge_tags, remove_tag, rename_tag


def tag_names(article):
    return sorted(article.tags.names())


class BulkTaggingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.first = make_article("First report", tags=["defence"])
        cls.second = make_article("Second report", tags=["Defence", "water"])
        cls.third = make_article("Third report", language="hi")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_add_tag_asks_for_the_tag_then_tags_the_selection(self):
        selected = [self.first.pk, self.third.pk]
        page = action_post(self.client, Article, "add_tag_action", selected)
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "Type the tag to add to 2 selected articles")
        self.assertContains(
            page, '<option value="defence">', html=False
        )  # the selection's tags are suggested
        response = action_post(
            self.client, Article, "add_tag_action", selected, post="yes", tag="  Central   Asia "
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(tag_names(self.first), ["Central Asia", "defence"])
        self.assertEqual(tag_names(self.third), ["Central Asia"])
        self.assertEqual(tag_names(self.second), ["defence", "water"])

    def test_adding_an_existing_tag_in_another_case_reuses_it(self):
        action_post(self.client, Article, "add_tag_action", [self.third.pk], post="yes", tag="DEFENCE")
        self.assertEqual(Tag.objects.filter(name__iexact="defence").count(), 1)
        self.assertEqual(tag_names(self.third), ["defence"])

    def test_remove_tag(self):
        response = action_post(
            self.client,
            Article,
            "remove_tag_action",
            [self.first.pk, self.second.pk],
            post="yes",
            tag="Defence",
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(tag_names(self.first), [])
        self.assertEqual(tag_names(self.second), ["water"])

    def test_removing_an_unknown_tag_says_so_and_changes_nothing(self):
        response = action_post(
            self.client, Article, "remove_tag_action", [self.first.pk], post="yes", tag="nope"
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "There is no tag “nope”.")
        self.assertEqual(tag_names(self.first), ["defence"])

    def test_bad_tag_names_are_refused(self):
        for bad in ["", "a,b", "x" * 101]:
            response = action_post(
                self.client, Article, "add_tag_action", [self.first.pk], post="yes", tag=bad
            )
            self.assertEqual(response.status_code, 200, bad)
            self.assertTrue(response.context["form"].errors, bad)
        self.assertEqual(tag_names(self.first), ["defence"])

    def test_select_across_tags_everything_the_filters_select(self):
        response = action_post(
            self.client, Article, "add_tag_action", [self.first.pk], post="yes", tag="all", select_across="1"
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(Article.objects.filter(tags__name="all").count(), 3)

    def test_article_form_tag_field_uses_autocomplete_with_only_its_tags(self):
        Tag.objects.create(name="unrelated tag")
        response = self.client.get(admin_url(Article, "change", self.second.pk))
        self.assertContains(response, 'class="admin-tag-autocomplete"')
        self.assertContains(response, 'data-autocomplete-url="/admin/taggit/tag/names/"')
        self.assertContains(response, '<option value="water" selected>water</option>', html=True)
        self.assertNotContains(response, "unrelated tag")
        names = self.client.get("/admin/taggit/tag/names/", {"term": "wa"}).json()
        self.assertEqual(names["results"], [{"id": "water", "text": "water"}])

    def test_article_form_saves_new_and_existing_tags(self):
        data = form_data(self.client.get(admin_url(Article, "change", self.first.pk)))
        data["tags"] = ["defence", "a new tag"]
        response = self.client.post(admin_url(Article, "change", self.first.pk), data)
        self.assertEqual(response.status_code, 302)
        self.assertEqual(tag_names(self.first), ["a new tag", "defence"])


class TagListTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.both = make_article("Both", tags=["defense", "defence"])
        cls.american = make_article("American spelling", tags=["defense"])
        cls.british = make_article("British spelling", tags=["defence", "water"])
        cls.defence = Tag.objects.get(name="defence")
        cls.defense = Tag.objects.get(name="defense")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_tag_list_with_counts(self):
        response = self.client.get(admin_url(Tag))
        counts = {tag.name: tag.article_count for tag in response.context["cl"].result_list}
        self.assertEqual(counts, {"defence": 2, "defense": 2, "water": 1})
        self.assertContains(response, f"?tag={self.defence.pk}")

    def test_tag_change_form_has_no_list_of_every_tagged_item(self):
        response = self.client.get(admin_url(Tag, "change", self.defence.pk))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["inline_admin_formsets"], [])

    def test_rename_keeps_the_articles_and_updates_the_slug(self):
        response = self.client.post(admin_url(Tag, "change", self.defence.pk), {"name": "Defence policy"})
        self.assertEqual(response.status_code, 302)
        self.defence.refresh_from_db()
        self.assertEqual((self.defence.name, self.defence.slug), ("Defence policy", "defence-policy"))
        self.assertEqual(tag_names(self.british), ["Defence policy", "water"])
        self.assertEqual(self.defence.history.first().history_change_reason, "Renamed from “defence”")

    def test_renaming_onto_another_tag_is_refused_with_advice_to_merge(self):
        response = self.client.post(admin_url(Tag, "change", self.defence.pk), {"name": "DEFENSE"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "merge them")
        self.defence.refresh_from_db()
        self.assertEqual(self.defence.name, "defence")

    def test_merge_shows_a_confirmation_then_keeps_every_articles_tags(self):
        selected = [self.defence.pk, self.defense.pk]
        page = action_post(self.client, Tag, "merge_selected_tags", selected)
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "Choose the tag the articles keep")
        response = action_post(
            self.client, Tag, "merge_selected_tags", selected, post="yes", survivor=str(self.defence.pk)
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(Tag.objects.filter(pk=self.defense.pk).exists())
        self.assertEqual(tag_names(self.both), ["defence"])  # had both: keeps one
        self.assertEqual(tag_names(self.american), ["defence"])
        self.assertEqual(tag_names(self.british), ["defence", "water"])
        self.assertEqual(TaggedItem.objects.filter(tag=self.defence).count(), 3)
        self.assertIn("Merged tags “defense”", self.defence.history.first().history_change_reason)


class TaggingModuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.a = make_article("A", tags=["one", "two", "three"])
        cls.b = make_article("B", tags=["two"])
        cls.c = make_article("C", tags=["three"])

    def test_merging_several_tags_into_one_leaves_one_tag_per_article(self):
        one, two, three = (Tag.objects.get(name=name) for name in ["one", "two", "three"])
        moved = merge_tags(one, [two, three])
        self.assertEqual(moved, 2)  # B and C gained "one"; A already had it
        for article in [self.a, self.b, self.c]:
            self.assertEqual(tag_names(article), ["one"])

    def test_add_and_remove_count_what_changed(self):
        tag, added = add_tag(Article.objects.all(), "two")
        self.assertEqual((tag.name, added), ("two", 1))
        tag, removed = remove_tag(Article.objects.filter(pk__in=[self.a.pk, self.b.pk]), "TWO")
        self.assertEqual(removed, 2)
        self.assertEqual(tag_names(self.c), ["three", "two"])

    def test_refusals(self):
        one = Tag.objects.get(name="one")
        with self.assertRaisesMessage(TaggingError, "merge the two tags"):
            rename_tag(one, "Two")
        with self.assertRaisesMessage(TaggingError, "at least two different tags"):
            merge_tags(one, [one])
