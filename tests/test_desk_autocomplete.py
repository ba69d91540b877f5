"""Autocompletes by any alias in any script and by a fuzzy match; meetings labelled with place and status."""

import datetime

from admin_support import admin_url, make_article, make_meeting, make_person, make_user
from django.test import TestCase

from articles.models import Article
from people.models import Organisation, OrganisationAlias, Person, Place

PEOPLE = "/admin/autocomplete/?app_label=articles&model_name=personmention&field_name=person&term="
ORGANISATIONS = "/admin/autocomplete/?app_label=articles&model_name=organisationmention&field_name=organisation&term="
PLACES = "/admin/autocomplete/?app_label=articles&model_name=placemention&field_name=place&term="
COUNTRIES = "/admin/autocomplete/?app_label=people&model_name=role&field_name=country&term="
MEETINGS = "/admin/autocomplete/?app_label=articles&model_name=meetingreport&field_name=meeting&term="


class AutocompleteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.lamotte = make_person("Pierre Lamotte", origin="gazetteer", reviewed=True)

    def setUp(self):
        self.client.force_login(self.editor)

    def texts(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return [result["text"] for result in response.json()["results"]]

    def test_a_person_typed_in_devanagari_is_found_by_a_latin_only_record(self):
        self.assertIn("Pierre Lamotte", self.texts(PEOPLE + "लामोत"))
        self.assertIn("Pierre Lamotte", self.texts(PEOPLE + "पियरे लामोत"))

    def test_a_misspelt_or_half_typed_name_is_found(self):
        self.assertIn("Pierre Lamotte", self.texts(PEOPLE + "Lamoute"))
        self.assertIn("Pierre Lamotte", self.texts(PEOPLE + "Pierre Lam"))
        self.assertNotIn("Pierre Lamotte", self.texts(PEOPLE + "Modi"))

    def test_any_alias_in_any_script_as_written(self):
        self.assertIn("Rajnath Singh", self.texts(PEOPLE + "राजनाथ"))
        self.assertIn("Rajnath Singh", self.texts(PEOPLE + "Rajnath"))

    def test_organisations_and_places_too_within_the_fields_choices(self):
        gazprom = Organisation.objects.create(name="Gazprom", kind="company")
        OrganisationAlias.objects.create(organisation=gazprom, name="Gazprom")
        self.assertIn("Gazprom", self.texts(ORGANISATIONS + "गैजप्रोम"))
        self.assertIn("Kazakhstan", self.texts(PLACES + "Kazakstan"))
        moscow_texts = self.texts(COUNTRIES + "Moskow")
        self.assertNotIn("Moscow", moscow_texts)  # a role's country is a country, never a city

    def test_meetings_are_labelled_with_date_place_and_status(self):
        modi = Person.objects.get(name="Narendra Modi")
        xi = Person.objects.get(name="Xi Jinping")
        make_meeting(modi, xi, date=None, place=Place.objects.get(name="Kazan"))
        make_meeting(modi, xi, date=None, place=None, status="planned")
        texts = self.texts(MEETINGS + "Modi")
        self.assertIn("Narendra Modi – Xi Jinping (date unknown, Kazan, held)", texts)
        self.assertIn("Narendra Modi – Xi Jinping (date unknown, planned)", texts)

    def test_the_meeting_chosen_on_an_article_shows_its_place(self):
        modi = Person.objects.get(name="Narendra Modi")
        xi = Person.objects.get(name="Xi Jinping")
        meeting = make_meeting(modi, xi, date=datetime.date(2024, 10, 23), place=Place.objects.get(name="Kazan"))
        article = make_article("Talks in Kazan", meetings=[meeting])
        page = self.client.get(admin_url(Article, "change", article.pk))
        self.assertContains(page, "Narendra Modi – Xi Jinping (2024-10-23, Kazan, held)")
        listed = self.client.get(admin_url(Article) + f"?meeting={meeting.pk}")
        self.assertContains(listed, "Narendra Modi – Xi Jinping (2024-10-23, Kazan, held)")
