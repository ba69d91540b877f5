"""Names of defence news as real reporting writes them: a country's force defined with its acronym is that
country's force (one record with the plain name), ships and exercises are not people, a known body's name
before its acronym is defined whole, and the fleets and forces of migration people.0019. Sentences written for
these tests, after structures seen in published news."""

import datetime

import pytest
from django.test import TestCase
from test_extraction_world import SINGH, run, world

from articles.extraction.gazetteer import PERSON
from articles.extraction.pipeline import extract
from articles.linking import gazetteer_from_database
from people.models import Organisation

MONDAY = datetime.date(2024, 5, 6)


def new_bodies(text, language):
    return sorted({f.name for f in run(text, language, MONDAY).organisations if f.organisation_id is None})


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("The Indian Air Force (IAF) and its French partners ended the drill on Monday.", "en", "Air Force (India)"),
        ("The Indian Air Force and its French partners ended the drill on Monday.", "en", "Air Force (India)"),
        ("The Russian Navy (RN) sent two frigates.", "en", "Navy (Russia)"),
        ("भारतीय वायुसेना (आईएएफ) ने सोमवार को अभ्यास पूरा किया।", "hi", "Air Force (India)"),
    ],
)
def test_a_force_defined_with_its_acronym_is_the_countrys_force(text, language, name):
    assert new_bodies(text, language) == [name]


def test_the_acronym_of_a_defined_force_names_it_later():
    extraction = run("The Indian Air Force (IAF) flew in. Later the IAF said the drill ended.", "en", MONDAY)
    forces = [f for f in extraction.organisations if f.name == "Air Force (India)"]
    assert len(forces) == 1 and len(forces[0].spans) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Indian Naval Ships Sahyadri and Kamorta arrived at Manila on Sunday for a port call.",
        "Indian Naval Ship Tabar reached Alexandria on Monday.",
        "Exercise Yudh Abhyas, the annual drill of the two armies, began in Rajasthan on Monday.",
        "The two navies took part in Operation Sea Dragon near Guam.",
    ],
)
def test_ships_and_exercises_are_not_people(text):
    assert [p.name for p in run(text, "en", MONDAY).new_persons] == []


def test_a_person_after_a_ship_word_elsewhere_in_the_sentence_is_still_a_person():
    text = "Captain Arjun Mehra Khanna, commanding officer of the ship, met the port's mayor Maria Santos Lopez."
    assert sorted(p.name for p in run(text, "en", MONDAY).new_persons) == ["Arjun Mehra Khanna", "Maria Santos Lopez"]


class FleetsAndForcesTests(TestCase):
    """Migration people.0019, and a known body's name before its acronym."""

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def known(self, text, language):
        extraction = extract(text, language, self.gazetteer, MONDAY)
        ids = {m.entity_id for m in extraction.mentions if m.kind == "organisation" and m.entity_id}
        ids |= {f.organisation_id for f in extraction.organisations if f.organisation_id}
        return sorted(Organisation.objects.get(pk=pk).name for pk in ids), [p.name for p in extraction.new_persons]

    def test_fleets_and_forces_are_known_bodies_not_people(self):
        self.assertEqual(
            self.known("INS Tabar of the Western Fleet and the US Seventh Fleet held drills.", "en"),
            (["United States Seventh Fleet", "Western Fleet"], []),
        )
        self.assertEqual(
            self.known("Admiral Dong Jun of the People's Liberation Army Navy arrived.", "en")[0],
            ["People's Liberation Army Navy"],
        )

    def test_a_known_hindi_name_with_a_genitive_before_its_acronym_is_that_body(self):
        self.assertEqual(
            self.known("सैन्य मामलों का विभाग (डीएमए) ने आदेश जारी किया।", "hi"), (["Department of Military Affairs"], [])
        )
        extraction = extract("सैन्य मामलों का विभाग (डीएमए) ने आदेश जारी किया।", "hi", self.gazetteer, MONDAY)
        self.assertEqual([f.name for f in extraction.new_organisations], [])


class InitialsThatAreAnAcronymTests(TestCase):
    """"एपी सिंह" after a rank: the initials of a name, not the agency AP the archive knows as "एपी"."""

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def test_initials_written_as_an_acronym_are_the_persons(self):
        extraction = extract("एयर चीफ मार्शल एपी सिंह ने सोमवार को राजनाथ सिंह से मुलाकात की।", "hi", self.gazetteer, MONDAY)
        self.assertEqual([m.surface for m in extraction.mentions if m.kind == "organisation"], [])
        people = sorted(m.surface for m in extraction.mentions if m.kind == "person")
        self.assertEqual(people, ["एपी सिंह", "राजनाथ सिंह"])
        self.assertEqual(len(extraction.meetings), 1)


def test_decorations_after_a_name_leave_the_office_that_follows_them_the_persons():
    text = (
        "Lieutenant General Arjun Mehra Khanna, PVSM, AVSM, General Officer Commanding-in-Chief, Northern Command, "
        "called on Rajnath Singh on Monday."
    )
    extraction = run(text, "en", MONDAY)
    new = {p.key: p.name for p in extraction.new_persons}
    assert [sorted(new.get(p, p) for p in m.participants if p in new) for m in extraction.meetings] == [["Arjun Mehra Khanna"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cmde Rajesh Mehra met Rajnath Singh on Monday.", "Rajesh Mehra"),
        ("Gp Capt Anil Kumar Bhati met Rajnath Singh on Monday.", "Anil Kumar Bhati"),
        ("Wg Cdr Sunita Rao met Rajnath Singh on Monday.", "Sunita Rao"),
    ],
)
def test_indian_ranks_as_press_releases_abbreviate_them(text, name):
    assert [p.name for p in run(text, "en", MONDAY).new_persons] == [name]


def test_another_given_name_before_a_known_surname_is_someone_else():
    # The archive knows "Singh" as Rajnath Singh's; "Arjun Singh" is someone else, "Rajnath Singh" is him.
    gazetteer = world()
    gazetteer.add(PERSON, SINGH, "Singh")
    extraction = run("Cmde Arjun Singh met Sherali Mirzo on Monday.", "en", MONDAY, gazetteer)
    assert SINGH not in {m.entity_id for m in extraction.mentions}
    assert [p.name for p in extraction.new_persons] == ["Arjun Singh"]


class MinistriesAbroadTests(TestCase):

    @classmethod
    def setUpTestData(cls):
        cls.gazetteer = gazetteer_from_database()

    def test_a_ministry_in_a_foreign_capital_is_that_countrys(self):
        extraction = extract("Rajnath Singh met officials at the Ministry of Defence in Riyadh.", "en", self.gazetteer, MONDAY)
        self.assertEqual([f.name for f in extraction.new_organisations], ["Ministry of Defence (Saudi Arabia)"])


def test_a_hashtag_office_after_a_name_and_decorations_name_no_one_else():
    extraction = run('"General Arjun Mehra Khanna #COAS met General Purna Thapa Magar," the army said on Monday.', "en", MONDAY)
    new = {p.key: p.name for p in extraction.new_persons}
    assert [sorted(new[p] for p in m.participants) for m in extraction.meetings] == [["Arjun Mehra Khanna", "Purna Thapa Magar"]]
    text = "Rear Admiral Arjun Mehra Khanna, AVSM, NM, Flag Officer Commanding, met Rajnath Singh."
    assert [f.name for f in run(text, "en", MONDAY).organisations] == []


def test_plural_meetings_with_several_are_one_with_each():
    text = "Rajnath Singh also had pull-aside meetings with Sherali Mirzo and Viktor Khrenin in Minsk on Thursday."
    assert sorted(len(m.participants) for m in run(text, "en", MONDAY).meetings) == [2, 2]
