"""Wire copy: agencies credited in a dateline by letters that name other things elsewhere ("ANKARA (AA) -",
"WASHINGTON (AP) —"), never a body named after the dateline's city, and Arabic family names written with the
article in lower case ("Ayman al-Safadi"). Sentences written for these tests, after structures seen in news."""

import datetime

from django.test import TestCase
from test_extraction_world import SINGH, run, world

from articles.extraction.gazetteer import PERSON
from articles.extraction.pipeline import extract
from articles.linking import gazetteer_from_database
from people.models import Organisation

MONDAY = datetime.date(2024, 5, 6)


class AgencyCreditTests(TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def bodies(self, text):
        extraction = extract(text, "en", self.gazetteer, MONDAY)
        known = sorted(
            Organisation.objects.get(pk=m.entity_id).name
            for m in extraction.mentions
            if m.kind == "organisation" and m.entity_id is not None and m.entity_id > 0
        )
        return known, [f.name for f in extraction.new_organisations]

    def test_an_agency_credited_in_a_dateline_by_its_letters(self):
        self.assertEqual(self.bodies("ANKARA (AA) - Turkey's foreign minister flew to Baku."), (["Anadolu Agency"], []))
        self.assertEqual(self.bodies("WASHINGTON (AP) — The two presidents spoke by phone."), (["Associated Press"], []))
        self.assertEqual(self.bodies("TEHRAN (Tasnim) – The talks ended."), (["Tasnim News Agency"], []))

    def test_the_same_letters_elsewhere_are_no_agency(self):
        self.assertEqual(self.bodies("The Andhra Pradesh (AP) government announced a scheme."), ([], []))
        self.assertEqual(self.bodies("AP Chief Minister N Chandrababu Naidu flew to Delhi."), ([], []))


def test_an_arabic_family_name_with_the_article_in_lower_case_is_part_of_the_name():
    extraction = run("Jordanian Foreign Minister Ayman al-Safadi held talks with Rajnath Singh in Amman.", "en", MONDAY)
    assert [p.name for p in extraction.new_persons] == ["Ayman al-Safadi"]
    assert len(extraction.meetings) == 1


class ChairsOfBodiesTests(TestCase):
    """"Chair" is an office, and the Federal Reserve and the African Union Commission are known (people/0019)."""

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def test_the_chair_of_a_body_is_a_person_after_it(self):
        for text, body in (
            ("Federal Reserve Chair Jerome Powell said on Monday that rates would stay on hold.", "Federal Reserve"),
            ("Chairperson of the African Union Commission Moussa Faki Mahamat flew to Delhi.", "African Union Commission"),
        ):
            extraction = extract(text, "en", self.gazetteer, MONDAY)
            self.assertEqual(len(extraction.new_persons), 1, text)
            bodies = {Organisation.objects.get(pk=m.entity_id).name for m in extraction.mentions if m.kind == "organisation"}
            self.assertEqual(bodies, {body}, text)


def test_a_text_in_no_language_the_rules_know_is_read_without_them():
    # A one-line brief whose language is undetermined: the English rule for another given name must not need rules.
    gazetteer = world()
    gazetteer.add(PERSON, SINGH, "Singh")
    extraction = run("The harbour board met Arjun Singh twice during the month.", "und", MONDAY, gazetteer)
    assert extraction.meetings == []
