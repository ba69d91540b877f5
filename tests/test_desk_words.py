"""Words and layout of the desk (issue 12): Devanagari slugs, tags under Articles, true help, counts of entities."""

from admin_support import admin_url, form_data, make_article, make_user
from django.test import TestCase
from taggit.models import Tag

from articles.models import Article, OldTagSlug
from articles.tagging import merge_tags, rename_tag, tag_for_slug
from people.models import Organisation, Person, Place, unique_slug

TWO_SINGHS = (
    "Defence Minister Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday. "
    "Singh said the talks went well, and Rajnath Singh thanked his host."
)


class DevanagariSlugTests(TestCase):
    def test_tag_slugs_keep_their_vowel_signs_and_tell_words_apart(self):
        self.assertEqual(Tag.objects.create(name="हिंदी रिपोर्ट").slug, "हिंदी-रिपोर्ट")
        minister, mantra = Tag.objects.create(name="मंत्री"), Tag.objects.create(name="मंत्र")
        self.assertEqual((minister.slug, mantra.slug), ("मंत्री", "मंत्र"))
        self.assertEqual(Tag.objects.create(name="Defence talks").slug, "defence-talks")

    def test_old_slugs_still_resolve_after_a_rename_or_a_merge(self):
        tag = Tag.objects.create(name="रक्षा")
        article = make_article("Tagged", tags=[tag])
        rename_tag(tag, "रक्षा मंत्रालय")
        self.assertEqual(tag.slug, "रक्षा-मंत्रालय")
        self.assertEqual(tag_for_slug("रक्षा"), tag)
        other = Tag.objects.create(name="defence ministry")
        merge_tags(tag, [other])
        self.assertEqual(tag_for_slug("defence-ministry"), tag)
        # The public search's ?tag= takes an old slug as the tag.
        response = self.client.get("/search/", {"tag": "रक्षा", "format": "json"})
        self.assertEqual(response.status_code, 200)
        self.assertIn(article.pk, [result["id"] for result in response.json()["results"]])

    def test_the_migration_gave_old_tags_new_slugs_and_kept_the_old(self):
        # What the data migration does, on a tag saved with the slug taggit gave it before.
        from importlib import import_module

        from django.apps import apps

        migration = import_module("articles.migrations.0008_link_history_old_tag_slugs_import_runs")
        tag = Tag.objects.create(name="हिंदी रिपोर्ट")
        Tag.objects.filter(pk=tag.pk).update(slug="हद-रपरट")
        migration.devanagari_tag_slugs(apps, None)
        tag.refresh_from_db()
        self.assertEqual(tag.slug, "हिंदी-रिपोर्ट")
        self.assertEqual(OldTagSlug.objects.get(slug="हद-रपरट").tag, tag)

    def test_people_organisations_and_places_slugs_keep_every_vowel_too(self):
        # Their slugs are transliterated (readable ASCII): vowel signs become vowels, words stay apart.
        self.assertEqual(unique_slug(Person, "राजनाथ सिंह"), "rajanatha-simha")
        self.assertNotEqual(unique_slug(Organisation, "मंत्री परिषद"), unique_slug(Organisation, "मंत्र परिषद"))
        self.assertEqual(unique_slug(Place, "दिल्ली"), "dilli")


class DeskWordsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_tags_are_listed_under_articles_not_taggit(self):
        index = self.client.get("/admin/")
        apps = {app["app_label"]: [model["object_name"] for model in app["models"]] for app in index.context["app_list"]}
        self.assertNotIn("taggit", apps)
        self.assertIn("Tag", apps["articles"])
        self.assertNotContains(index, "Taggit")
        self.assertRedirects(self.client.get("/admin/taggit/"), "/admin/articles/", fetch_redirect_response=False)
        self.assertContains(self.client.get(admin_url(Tag)), "Articles")

    def test_the_search_help_promises_only_what_search_does(self):
        response = self.client.get(admin_url(Article))
        self.assertNotContains(response, "longer words it starts")
        self.assertContains(response, "Whole words of the title or body")
        make_article("Rajnath Singh visits Dushanbe")
        self.assertEqual(len(self.client.get(admin_url(Article) + "?q=Rajn").context["cl"].result_list), 0)

    def test_extraction_counts_people_not_mention_rows(self):
        data = form_data(self.client.get(admin_url(Article, "add")))
        data.update({"title": "", "body": TWO_SINGHS, "published": "2021-07-28", "language": "", "run_extraction": "on"})
        response = self.client.post(admin_url(Article, "add"), data, follow=True)
        text = " ".join(str(message) for message in response.context["messages"])
        people = Person.objects.filter(mentions__article__isnull=False).distinct().count()
        self.assertGreater(Article.objects.get().personmention_set.count(), people)  # "Singh" and "Rajnath Singh"
        self.assertIn(f"Extraction linked {people} people", text)
