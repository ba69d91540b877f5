"""Acceptance on the owner's two real source files (read from ../shared/seeds/, never copied)."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.test import TestCase

from articles.models import Article, OrganisationMention, PersonMention
from people.models import Organisation, Person

from conftest import seeds_dir


class SeedImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        try:
            cls.seeds = seeds_dir()
        except pytest.skip.Exception:
            cls.seeds = None
            return
        call_command("import_articles", str(cls.seeds), stdout=io.StringIO(), stderr=io.StringIO())

    def setUp(self):
        if self.seeds is None:
            seeds_dir()  # skips, naming the missing folder

    def test_two_articles_one_english_dated_one_hindi_undated(self):
        articles = {a.language: a for a in Article.objects.all()}
        self.assertEqual(set(articles), {"en", "hi"})
        self.assertEqual(articles["en"].published, datetime.date(2021, 7, 29))
        self.assertIsNone(articles["hi"].published)

    def test_rajnath_singh_is_one_person_linked_to_both_articles_in_both_scripts(self):
        self.assertEqual(Person.objects.filter(aliases__normalized="rajnath singh").distinct().count(), 1)
        singh = Person.objects.get(name="Rajnath Singh")
        surfaces = set(PersonMention.objects.filter(person=singh).values_list("article__language", "surface"))
        self.assertIn(("en", "Rajnath Singh"), surfaces)
        self.assertIn(("hi", "राजनाथ सिंह"), surfaces)

    def test_sherali_mirzo_is_one_person_linked_to_both_articles(self):
        mirzo = Person.objects.get(name="Sherali Mirzo")
        surfaces = set(PersonMention.objects.filter(person=mirzo).values_list("article__language", "surface"))
        self.assertIn(("en", "Sherali Mirzo"), surfaces)
        self.assertIn(("hi", "शेर अली मिर्जा"), surfaces)

    def test_khrenin_wei_and_rahmon_exist_and_are_linked_where_named(self):
        expected = {"Viktor Khrenin": {"hi"}, "Wei Fenghe": {"en"}, "Emomali Rahmon": {"en"}}
        for name, languages in expected.items():
            person = Person.objects.get(name=name)
            linked = set(PersonMention.objects.filter(person=person).values_list("article__language", flat=True))
            self.assertEqual(linked, languages, name)

    def test_sco_rats_and_nato_are_linked(self):
        sco = Organisation.objects.get(acronym="SCO")
        sco_surfaces = set(OrganisationMention.objects.filter(organisation=sco).values_list("surface", flat=True))
        self.assertTrue({"SCO", "एससीओ", "शंघाई सहयोग संगठन"} <= sco_surfaces, sco_surfaces)
        self.assertEqual(
            set(OrganisationMention.objects.filter(organisation=sco).values_list("article__language", flat=True)),
            {"en", "hi"},
        )
        for acronym in ("RATS", "NATO"):
            self.assertTrue(OrganisationMention.objects.filter(organisation__acronym=acronym).exists(), acronym)
        self.assertEqual(Organisation.objects.get(acronym="RATS").parent, sco)

    def test_no_promo_text_survives_in_any_body(self):
        for article in Article.objects.all():
            self.assertNotIn("Also Read", article.body)
            self.assertNotIn("फैजाबाद", article.body)  # the subject of a promo, not of the article

    def test_importing_the_same_folder_again_changes_nothing(self):
        def snapshot():
            return (
                list(Article.objects.order_by("pk").values_list("pk", "updated_at", "sha256")),
                list(PersonMention.objects.order_by("pk").values_list("pk", "person_id", "surface", "count")),
                list(OrganisationMention.objects.order_by("pk").values_list("pk", "organisation_id", "surface")),
                Person.objects.count(),
                Organisation.objects.count(),
            )

        before = snapshot()
        out = io.StringIO()
        call_command("import_articles", str(self.seeds), stdout=out, stderr=io.StringIO())
        self.assertIn("imported 0, updated 0, unchanged 2, failed 0", out.getvalue())
        self.assertEqual(snapshot(), before)
