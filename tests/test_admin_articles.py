"""The articles admin: hand entry with extraction, the edit page, filters and search."""

import datetime

from admin_support import add_inline_row, admin_url, form_data, make_article, make_user
from django.test import TestCase

from articles.extraction.cleaning import clean
from articles.models import Article, LinkOrigin, PersonMention
from people.models import Organisation, Person

ENGLISH = (
    "Defence Minister Rajnath Singh held talks with Sherali Mirzo in Dushanbe on Wednesday.\n\n"
    "The two ministers discussed regional security.Also Read - Ten things to know about the summit\n"
    "The Shanghai Cooperation Organisation meets again next year."
)
HINDI = "रक्षा मंत्री राजनाथ सिंह ने बुधवार को दुशांबे में वेई फेंगहे से मुलाकात की. दोनों ने सुरक्षा पर चर्चा की."


class HandEntryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")

    def setUp(self):
        self.client.force_login(self.editor)

    def post_new_article(self, **changes):
        data = form_data(self.client.get(admin_url(Article, "add")))
        data.update(
            {"title": "", "published": "2021-07-28", "language": "", "run_extraction": "on", **changes}
        )
        if not changes.get("run_extraction", True):
            data.pop("run_extraction")
        return self.client.post(admin_url(Article, "add"), data)

    def test_the_add_form_needs_no_file_and_offers_extraction(self):
        response = self.client.get(admin_url(Article, "add"))
        self.assertContains(response, 'name="run_extraction"')
        self.assertContains(response, "Detect from the text")
        self.assertNotContains(response, "SHA-256")

    def test_saving_runs_extraction_as_the_importer_would(self):
        response = self.post_new_article(body=ENGLISH, tags=["defence", "Central Asia"])
        self.assertEqual(response.status_code, 302, response.content[:2000])
        article = Article.objects.get()
        self.assertEqual(article.origin, Article.Origin.EDITOR)
        self.assertIsNone(article.sha256)
        self.assertEqual(article.source_path, "")
        self.assertEqual(article.language, "en")  # detected
        self.assertEqual(article.published, datetime.date(2021, 7, 28))
        # Cleaned as the importer cleans: the promo is gone, paragraphs kept.
        self.assertNotIn("Also Read", article.body)
        self.assertEqual(article.body, clean(ENGLISH).body)
        self.assertIn("\n\n", article.body)
        # Title derived from the first sentence, as on import.
        self.assertEqual(
            article.title,
            "Defence Minister Rajnath Singh held talks with Sherali Mirzo in Dushanbe on Wednesday",
        )
        self.assertEqual(
            set(article.persons.values_list("name", flat=True)), {"Rajnath Singh", "Sherali Mirzo"}
        )
        self.assertIn(
            "Shanghai Cooperation Organisation", article.organisations.values_list("name", flat=True)
        )
        self.assertIn("Dushanbe", article.places.values_list("name", flat=True))
        self.assertTrue(PersonMention.objects.filter(article=article, origin=LinkOrigin.EXTRACTED).exists())
        self.assertEqual(sorted(article.tags.names()), ["Central Asia", "defence"])

    def test_hindi_text_is_detected_and_extracted(self):
        self.post_new_article(body=HINDI, title="राजनाथ सिंह और वेई फेंगहे की मुलाकात")
        article = Article.objects.get()
        self.assertEqual(article.language, "hi")
        self.assertEqual(article.title, "राजनाथ सिंह और वेई फेंगहे की मुलाकात")
        self.assertEqual(set(article.persons.values_list("name", flat=True)), {"Rajnath Singh", "Wei Fenghe"})

    def test_unticking_extraction_saves_the_text_without_links(self):
        self.post_new_article(body=ENGLISH, run_extraction=False, language="en")
        article = Article.objects.get()
        self.assertEqual(article.persons.count(), 0)
        self.assertEqual(article.places.count(), 0)
        self.assertNotIn("Also Read", article.body)  # still cleaned

    def test_an_empty_body_is_refused_with_a_reason(self):
        response = self.post_new_article(body="Also Read - only a promo\n\n")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The body is empty once cleaned")
        self.assertFalse(Article.objects.exists())


class ChangeFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.rajnath = Person.objects.get(name="Rajnath Singh")
        cls.wei = Person.objects.get(name="Wei Fenghe")
        cls.article = make_article(
            "Rajnath Singh in Dushanbe", ENGLISH, persons=[cls.rajnath], tags=["defence"]
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def test_shows_the_raw_source_with_path_and_sha256_read_only(self):
        response = self.client.get(admin_url(Article, "change", self.article.pk))
        self.assertContains(response, self.article.sha256)
        self.assertContains(response, self.article.source_path)
        self.assertContains(response, '<pre class="raw-source"')
        self.assertContains(response, "date 2021-07-28")
        self.assertNotContains(response, 'name="sha256"')
        self.assertNotContains(response, 'name="source_text"')
        self.assertContains(response, "Re-run extraction on save")

    def test_source_text_is_escaped(self):
        self.article.source_text = "<script>alert(1)</script>"
        self.article.save()
        response = self.client.get(admin_url(Article, "change", self.article.pk))
        self.assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
        self.assertNotContains(response, "<script>alert(1)</script>")

    def test_links_added_by_an_editor_are_editor_links_and_survive_reextraction(self):
        data = form_data(self.client.get(admin_url(Article, "change", self.article.pk)))
        add_inline_row(data, "personmention_set", person=self.wei.pk, surface="")
        data["run_extraction"] = "on"
        response = self.client.post(admin_url(Article, "change", self.article.pk), data)
        self.assertEqual(response.status_code, 302, response.content[:3000])
        added = PersonMention.objects.get(article=self.article, person=self.wei)
        self.assertEqual(added.origin, LinkOrigin.EDITOR)
        self.assertEqual(added.surface, "Wei Fenghe")
        # Re-extraction replaced the extracted rows and kept the editor's.
        names = set(self.article.persons.values_list("name", flat=True))
        self.assertEqual(names, {"Rajnath Singh", "Sherali Mirzo", "Wei Fenghe"})

    def test_saving_without_reextraction_keeps_the_links(self):
        data = form_data(self.client.get(admin_url(Article, "change", self.article.pk)))
        data["title"] = "A corrected title"
        self.assertNotIn("run_extraction", data)
        self.client.post(admin_url(Article, "change", self.article.pk), data)
        self.article.refresh_from_db()
        self.assertEqual(self.article.title, "A corrected title")
        self.assertEqual(list(self.article.persons.all()), [self.rajnath])
        self.assertEqual(self.article.history.first().history_type, "~")


class ChangelistTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.viewer = make_user("viewer", "Viewer")
        cls.rajnath = Person.objects.get(name="Rajnath Singh")
        cls.mirzo = Person.objects.get(name="Sherali Mirzo")
        cls.sco = Organisation.objects.get(acronym="SCO")
        cls.old = make_article(
            "Old talks in Delhi",
            published=datetime.date(2015, 3, 2),
            persons=[cls.rajnath],
            tags=["defence"],
            reviewed=True,
        )
        cls.hindi = make_article(
            "दुशांबे में वार्ता",
            "राजनाथ सिंह ने दुशांबे में वार्ता की.",
            language="hi",
            published=datetime.date(2021, 7, 28),
            persons=[cls.rajnath, cls.mirzo],
        )
        cls.undated = make_article(
            "Undated border report",
            "Border talks about water.",
            published=None,
            organisations=[cls.sco],
            tags=["water"],
        )
        cls.handmade = make_article(
            "Hand-typed note",
            "A note typed in by the desk.",
            origin="editor",
            published=datetime.date(2022, 1, 5),
        )

    def setUp(self):
        self.client.force_login(self.viewer)

    def listed(self, query=""):
        response = self.client.get(admin_url(Article) + query)
        self.assertEqual(response.status_code, 200)
        return {article.title for article in response.context["cl"].result_list}

    def test_columns(self):
        response = self.client.get(admin_url(Article))
        row = next(a for a in response.context["cl"].result_list if a.pk == self.hindi.pk)
        self.assertEqual((row.people_count, row.meeting_count), (2, 0))
        for header in ["Title", "Published", "Language", "Tags", "People", "Meetings", "Reviewed"]:
            self.assertContains(response, header)

    def test_filters(self):
        self.assertEqual(self.listed("?language__exact=hi"), {"दुशांबे में वार्ता"})
        self.assertEqual(self.listed("?dated=no"), {"Undated border report"})
        self.assertEqual(self.listed("?review=reviewed"), {"Old talks in Delhi"})
        self.assertEqual(self.listed("?review=queue"), {"दुशांबे में वार्ता", "Undated border report"})
        self.assertEqual(self.listed(f"?person={self.mirzo.pk}"), {"दुशांबे में वार्ता"})
        self.assertEqual(self.listed(f"?person={self.rajnath.pk}"), {"Old talks in Delhi", "दुशांबे में वार्ता"})
        self.assertEqual(self.listed(f"?organisation={self.sco.pk}"), {"Undated border report"})
        water = self.undated.tags.get()
        self.assertEqual(self.listed(f"?tag={water.pk}"), {"Undated border report"})
        self.assertEqual(
            self.listed("?published__range__gte=2020-01-01&published__range__lte=2021-12-31"),
            {"दुशांबे में वार्ता"},
        )
        self.assertEqual(self.listed("?published__year=2015"), {"Old talks in Delhi"})
        self.assertEqual(self.listed("?origin__exact=editor"), {"Hand-typed note"})

    def test_person_filter_is_an_autocomplete_not_a_list_of_everyone(self):
        response = self.client.get(admin_url(Article) + f"?person={self.mirzo.pk}")
        self.assertContains(response, 'data-field-name="persons"')
        self.assertContains(response, "data-autocomplete-filter")
        # Only the chosen person is rendered as an option.
        self.assertContains(
            response, f'<option value="{self.mirzo.pk}" selected>Sherali Mirzo</option>', html=True
        )
        self.assertNotContains(response, "Emomali Rahmon")
        autocomplete = self.client.get(
            "/admin/autocomplete/",
            {"app_label": "articles", "model_name": "article", "field_name": "persons", "term": "मिर्ज़ा"},
        )
        self.assertEqual([r["text"] for r in autocomplete.json()["results"]], ["Sherali Mirzo"])

    def test_date_hierarchy_lists_years_between_first_and_last(self):
        response = self.client.get(admin_url(Article))
        self.assertContains(response, "published__year=2015")
        self.assertContains(response, "published__year=2021")
        response = self.client.get(admin_url(Article) + "?published__year=2021")
        self.assertContains(response, "published__month=7")

    def test_bad_filter_values_are_a_message_not_a_500(self):
        for query in [
            "?person=abc",
            "?person=99999999999999999999999",  # past 64 bits: SQLite could not even compare it
            "?tag=-99999999999999999999999",
            "?tag=x",
            "?review=maybe",
            "?dated=perhaps",
            "?published__year=abc",
        ]:
            response = self.client.get(admin_url(Article) + query, follow=True)
            self.assertEqual(response.status_code, 200, query)
            messages = [str(m) for m in response.context["messages"]]
            self.assertTrue(any("filter" in m or "parameters" in m for m in messages), (query, messages))
        response = self.client.get(admin_url(Article) + "?published__range__gte=28.7.2021")
        self.assertContains(response, "Enter a valid date.")  # shown in the date range filter

    def test_search_title_and_body_in_both_scripts(self):
        self.assertEqual(self.listed("?q=border"), {"Undated border report"})  # title
        self.assertEqual(self.listed("?q=water"), {"Undated border report"})  # body only
        self.assertEqual(self.listed("?q=reports"), {"Undated border report"})  # stemmed: "report"
        self.assertEqual(self.listed("?q=दुशांबे"), {"दुशांबे में वार्ता"})
        self.assertEqual(self.listed("?q=talks+delhi"), {"Old talks in Delhi"})  # every word
        self.assertEqual(self.listed("?q=nothing-like-this"), set())
        self.assertEqual(len(self.listed("?q=%27%22%28%29%3A%2A%26")), 4)  # only punctuation: no filter
