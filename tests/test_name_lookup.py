"""Names as people type them (issue 11): surnames, short forms, near misses, in either script."""

import io
import json

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase

from articles.models import PersonMention
from people.lookup import AMBIGUOUS_MAX_CANDIDATES, build_index, lookup_names, plain_form, suggest, without_initials
from people.models import Person, PersonAlias

from conftest import SAMPLES


class ShortFormTests(SimpleTestCase):
    def test_dots_and_initials(self):
        self.assertEqual(plain_form("s. jaishankar"), "s jaishankar")
        self.assertEqual(without_initials("s jaishankar"), "jaishankar")
        self.assertEqual(without_initials("narendra modi"), "narendra modi")
        # A Devanagari word of one letter is no initial to drop.
        self.assertEqual(without_initials("एस जयशंकर"), "एस जयशंकर")


def search(client, q, **params):
    response = client.get("/search/", {"q": q, "format": "json", **params})
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def ids(result):
    return sorted(item["id"] for item in result["results"])


def languages(result):
    return sorted({item["language"] for item in result["results"]})


class SamplesNamesTests(TestCase):
    """The acceptance of issue 11 on the demo archive (samples/)."""

    @classmethod
    def setUpTestData(cls):
        call_command("import_articles", str(SAMPLES), stdout=io.StringIO(), stderr=io.StringIO())

    def test_a_surname_finds_every_article_of_the_full_name_in_both_scripts(self):
        for surname, full in (
            ("Modi", "Narendra Modi"),
            ("Putin", "Vladimir Putin"),
            ("Jaishankar", "S. Jaishankar"),
            ("S Jaishankar", "S. Jaishankar"),
            ("मोदी", "नरेंद्र मोदी"),
        ):
            with self.subTest(surname):
                short, whole = search(self.client, surname), search(self.client, full)
                self.assertGreaterEqual(whole["count"], 2)
                self.assertEqual(ids(short), ids(whole))
                self.assertEqual(languages(short), ["en", "hi"])

    def test_the_surname_names_whom_it_was_taken_for(self):
        result = search(self.client, "Modi")
        (match,) = result["matched_entities"]
        self.assertEqual(
            {key: match[key] for key in ("kind", "value", "label", "other_name")},
            {"kind": "person", "value": "narendra-modi", "label": "Narendra Modi", "other_name": "नरेंद्र मोदी"},
        )
        # "from “Modi”" unless the gazetteer lists "Modi" as an alias of its own.
        self.assertIn(match["typed"], ("Modi", None))
        page = self.client.get("/search/", {"q": "Modi"}).content.decode()
        self.assertIn('Narendra Modi (<span lang="hi">नरेंद्र मोदी</span>)', page)

    def test_a_misspelling_suggests_the_person(self):
        for typed, slug, label in (
            ("Jaishanker", "s-jaishankar", "S. Jaishankar"),
            ("Rajnat Sing", "rajnath-singh", "Rajnath Singh"),
            ("Jayshankar", "s-jaishankar", "S. Jaishankar"),
        ):
            with self.subTest(typed):
                result = search(self.client, typed)
                self.assertEqual(result["count"], 0)
                (suggestion,) = result["suggestions"]
                self.assertEqual((suggestion["typed"], suggestion["reason"]), (typed, "fuzzy"))
                self.assertEqual([c["value"] for c in suggestion["candidates"]], [slug])
                corrected = self.client.get(suggestion["candidates"][0]["search"])
                self.assertGreater(json.loads(corrected.content)["count"], 0)
        page = self.client.get("/search/", {"q": "Jaishanker"}).content.decode()
        self.assertIn("Did you mean", page)
        self.assertIn('href="?q=S.+Jaishankar"', page)

    def test_ordinary_words_suggest_nobody(self):
        for words in ("defence talks", "ministers", "border"):
            with self.subTest(words):
                self.assertEqual(search(self.client, words)["suggestions"], [])

    def test_a_surname_several_people_share_lists_them_instead_of_guessing(self):
        """The samples link one Singh, Rajnath Singh, but the archive knows others: "Singh" is searched as
        typed and the page lists the Singhs it could mean, those with articles first."""
        rajnath = Person.objects.get(slug="rajnath-singh")
        known_singhs = Person.objects.filter(aliases__normalized__endswith=" singh").distinct().count()
        self.assertGreater(known_singhs, 2)
        result = search(self.client, "Singh")
        self.assertEqual(result["matched_entities"], [])
        (suggestion,) = result["suggestions"]
        self.assertEqual(suggestion["reason"], "ambiguous")
        values = [c["value"] for c in suggestion["candidates"]]
        self.assertEqual(values[0], "rajnath-singh")
        self.assertEqual(len(values), min(known_singhs, AMBIGUOUS_MAX_CANDIDATES))
        # Searched as typed: only the articles with the word.
        self.assertEqual(languages(result), ["en"])
        page = self.client.get("/search/", {"q": "Singh"}).content.decode()
        self.assertIn("could mean several people", page)
        # A second Singh with an article comes first beside him.
        other = Person.objects.create(name="Harpreet Singh")
        PersonAlias.objects.create(person=other, name="Harpreet Singh")
        PersonMention.objects.create(article=rajnath.mentions.first().article, person=other, surface="Harpreet Singh")
        values = [c["value"] for c in search(self.client, "Singh")["suggestions"][0]["candidates"]]
        self.assertEqual(sorted(values[:2]), ["harpreet-singh", "rajnath-singh"])

    def test_a_surname_of_one_known_person_the_archive_links_is_that_person(self):
        self.assertEqual([m["value"] for m in search(self.client, "Jaishankar")["matched_entities"]], ["s-jaishankar"])

    def test_the_people_directory_suggests_for_a_misspelling(self):
        response = self.client.get("/people/", {"q": "Jaishanker", "format": "json"})
        data = json.loads(response.content)
        self.assertEqual(data["count"], 0)
        self.assertEqual([item["value"] for item in data["suggestions"]], ["s-jaishankar"])
        page = self.client.get("/people/", {"q": "Jaishanker"}).content.decode()
        self.assertIn("Did you mean", page)
        self.assertIn("/people/s-jaishankar/", page)


class LookupModuleTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.person = Person.objects.create(name="Tamsin Okonjo-Bell")
        PersonAlias.objects.create(person=cls.person, name="Tamsin Okonjo-Bell")
        PersonAlias.objects.create(person=cls.person, name="टैम्सिन ओकोंजो-बेल")

    def test_a_new_alias_is_found_at_once(self):
        PersonAlias.objects.create(person=self.person, name="T. O. Bell")
        lookup = lookup_names(["T O Bell"])["T O Bell"]
        self.assertEqual([c.slug for c in lookup.short], [self.person.slug])

    def test_suggest_orders_exact_before_near_misses(self):
        self.assertEqual([c.slug for c in suggest("Tamsin Okonjo-Bell")], [self.person.slug])
        self.assertEqual([c.slug for c in suggest("Tamsin Okonjo-Bel")], [self.person.slug])
        self.assertEqual(suggest("Zebedee Quarrington"), [])

    def test_the_index_keeps_short_forms_of_both_scripts(self):
        index = build_index()
        self.assertIn("okonjo-bell", index.short)
        self.assertIn("ओकोंजो-बेल", index.short)
