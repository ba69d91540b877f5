"""Corrections that teach (issue 12): a linked name becomes an alias, removed aliases stay removed,
hand entry learns no typo unasked, and one fix re-extracts every other report."""

from io import StringIO

from admin_support import add_inline_row, admin_url, form_data, make_article, make_person, make_user
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase

from articles.linking import link_article
from articles.models import Article, LinkOrigin, PersonMention
from people.models import Origin, Person, PersonAlias, RejectedAlias

TALKS = "प्रधानमंत्री नरेंद्र मोदी ने पेरिस में राष्ट्रपति पियरे लामोत से बातचीत की. दोनों नेताओं ने व्यापार पर चर्चा की."
LATER = "फ्रांस के राष्ट्रपति पियरे लामोत अगले महीने दिल्ली आएंगे. उनकी यात्रा की तैयारी चल रही है."
UNRELATED = "दिल्ली में आज बारिश हुई. मौसम विभाग ने कल भी बारिश की संभावना जताई."


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


class LinkingAMentionTeachesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.lamotte = make_person("Pierre Lamotte", origin=Origin.GAZETTEER, reviewed=True)
        cls.first = make_article("मोदी और लामोत की बातचीत", TALKS, language="hi")
        cls.second = make_article("लामोत की यात्रा", LATER, language="hi")
        cls.other = make_article("बारिश", UNRELATED, language="hi")

    def setUp(self):
        self.client.force_login(self.editor)

    def link(self, article, **row):
        url = admin_url(Article, "change", article.pk)
        data = form_data(self.client.get(url))
        add_inline_row(data, "personmention_set", **row)
        return self.client.post(url, data, follow=True)

    def test_linking_a_hindi_mention_learns_the_hindi_alias_and_reextraction_links_the_other_report(self):
        response = self.link(self.first, person=self.lamotte.pk, surface="पियरे लामोत", learn_alias="on")
        self.assertEqual(response.status_code, 200)
        alias = PersonAlias.objects.get(person=self.lamotte, name="पियरे लामोत")
        self.assertEqual(alias.script, "Deva")
        self.assertEqual(alias.history.first().history_user, self.editor)
        text = " ".join(messages_of(response))
        self.assertIn("Learnt “पियरे लामोत” as an alias of Pierre Lamotte", text)
        self.assertIn("/admin/reextract/person/", text)

        # The offered re-extraction: the other Hindi report, not the one already linked, not the unrelated one.
        url = f"/admin/reextract/person/{self.lamotte.pk}/?alias=पियरे लामोत"
        page = self.client.get(url)
        self.assertEqual(list(page.context["articles"]), [self.second])
        self.assertContains(page, "लामोत की यात्रा")
        done = self.client.post(url, follow=True)
        self.assertIn("1 now links Pierre Lamotte", " ".join(messages_of(done)))
        mention = PersonMention.objects.get(article=self.second, person=self.lamotte)
        self.assertEqual(mention.surface, "पियरे लामोत")
        self.assertEqual(mention.origin, LinkOrigin.EXTRACTED)
        # The re-extraction is in the article's history, with who did it and what it linked.
        record = self.second.history.first()
        self.assertEqual(record.history_user, self.editor)
        self.assertIn("Re-extracted", record.history_change_reason)
        self.assertIn("Pierre Lamotte", record.history_change_reason)
        self.assertFalse(PersonMention.objects.filter(article=self.other).exists())

    def test_an_empty_surface_is_the_name_as_the_article_writes_it(self):
        PersonAlias.objects.create(person=self.lamotte, name="पियरे लामोत")
        self.link(self.first, person=self.lamotte.pk, surface="", learn_alias="on")
        self.assertEqual(PersonMention.objects.get(article=self.first).surface, "पियरे लामोत")

    def test_unticked_learns_nothing(self):
        self.link(self.first, person=self.lamotte.pk, surface="पियरे लामोत")
        self.assertTrue(PersonMention.objects.filter(article=self.first, person=self.lamotte).exists())
        self.assertFalse(PersonAlias.objects.filter(name="पियरे लामोत").exists())

    def test_a_surface_the_article_does_not_contain_is_refused_as_an_alias(self):
        response = self.link(self.first, person=self.lamotte.pk, surface="पियर लामो", learn_alias="on")
        self.assertContains(response, "is not written in the article")
        self.assertFalse(PersonMention.objects.filter(article=self.first).exists())
        self.assertFalse(PersonAlias.objects.filter(name="पियर लामो").exists())

    def test_the_command_reextracts_by_alias_and_by_person(self):
        PersonAlias.objects.create(person=self.lamotte, name="पियरे लामोत")
        out = StringIO()
        call_command("reextract", "--person", str(self.lamotte.pk), "--dry-run", stdout=out)
        self.assertIn("2 articles contain", out.getvalue())
        self.assertFalse(PersonMention.objects.exists())
        out = StringIO()
        call_command("reextract", "--alias", "पियरे लामोत", stdout=out)
        self.assertIn("re-extracted 2, failed 0; 2 now link Pierre Lamotte", out.getvalue())
        self.assertEqual(
            set(PersonMention.objects.filter(person=self.lamotte).values_list("article", flat=True)),
            {self.first.pk, self.second.pk},
        )

    def test_the_command_says_what_is_wrong(self):
        with self.assertRaisesMessage(CommandError, "No person with the id, slug or name “Nobody”"):
            call_command("reextract", "--person", "Nobody")
        with self.assertRaisesMessage(CommandError, "Say which name"):
            call_command("reextract")


class RejectedAliasTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.lamotte = make_person("Pierre Lamotte", "पियरे लामोत", origin=Origin.GAZETTEER)
        cls.article = make_article("यात्रा", LATER, language="hi")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_a_removed_alias_stays_out_of_reimports(self):
        link_article(self.article)
        self.assertTrue(PersonMention.objects.filter(article=self.article, person=self.lamotte).exists())
        url = admin_url(Person, "change", self.lamotte.pk)
        data = form_data(self.client.get(url))
        prefix = "aliases"
        index = next(
            i for i in range(int(data[f"{prefix}-TOTAL_FORMS"])) if data[f"{prefix}-{i}-name"] == "पियरे लामोत"
        )
        data[f"{prefix}-{index}-DELETE"] = "on"
        response = self.client.post(url, data, follow=True)
        self.assertIn("Extraction will not give “पियरे लामोत” back to Pierre Lamotte", " ".join(messages_of(response)))
        rejection = RejectedAlias.objects.get(person=self.lamotte)
        self.assertEqual(rejection.name, "पियरे लामोत")
        # Re-extraction neither gives the alias back nor links the name to him.
        PersonMention.objects.filter(article=self.article).update(origin=LinkOrigin.EXTRACTED)
        link_article(self.article)
        self.assertFalse(PersonAlias.objects.filter(person=self.lamotte, name="पियरे लामोत").exists())
        self.assertFalse(PersonMention.objects.filter(article=self.article, person=self.lamotte).exists())
        # The person's history shows the alias removed, by whom.
        history = self.client.get(admin_url(Person, "history", self.lamotte.pk))
        self.assertContains(history, "पियरे लामोत")

    def test_adding_the_alias_again_lifts_the_rejection(self):
        RejectedAlias.objects.create(kind="person", person=self.lamotte, name="Macron")
        url = admin_url(Person, "change", self.lamotte.pk)
        data = form_data(self.client.get(url))
        add_inline_row(data, "aliases", name="Macron")
        response = self.client.post(url, data, follow=True)
        self.assertFalse(RejectedAlias.objects.exists())
        self.assertIn("Re-extract the articles that contain them", " ".join(messages_of(response)))


class HandEntryHoldsNewSpellingsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.lamotte = make_person("Pierre Lamotte", origin=Origin.GAZETTEER)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_a_typo_is_linked_but_not_learnt_until_the_editor_confirms_it(self):
        body = "President Piere Lamotte of France met Prime Minister Narendra Modi in Paris on Monday."
        data = form_data(self.client.get(admin_url(Article, "add")))
        data.update({"title": "", "body": body, "published": "2023-07-14", "language": "", "run_extraction": "on"})
        response = self.client.post(admin_url(Article, "add"), data, follow=True)
        article = Article.objects.get()
        self.assertTrue(PersonMention.objects.filter(article=article, person=self.lamotte).exists())
        self.assertFalse(PersonAlias.objects.filter(name="Piere Lamotte").exists())
        text = " ".join(messages_of(response))
        self.assertIn("“Piere Lamotte” as Pierre Lamotte", text)
        names = admin_url(Article, "change", article.pk).replace("/change/", "/names/")
        page = self.client.get(names)
        row = next(row for row in page.context["rows"] if row["mention"].surface == "Piere Lamotte")
        self.client.post(names, {"learn": [row["key"]]})
        self.assertTrue(PersonAlias.objects.filter(person=self.lamotte, name="Piere Lamotte").exists())
