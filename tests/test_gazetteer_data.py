"""The starter gazetteer: loaded into every new archive, reloadable without clobbering edits."""

import importlib
import io
import json
import tempfile
from pathlib import Path

from django.apps import apps as django_apps
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils.text import slugify

from articles.linking import gazetteer_from_database
from people.models import (
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Person,
    PersonDuplicateFlag,
    Place,
    PlaceAlias,
)


class StarterGazetteerTests(TestCase):
    def test_a_new_archive_knows_the_seed_people_organisations_places_and_event(self):
        singh = Person.objects.get(name="Rajnath Singh")
        self.assertTrue(singh.reviewed)
        self.assertEqual(singh.origin, "gazetteer")
        self.assertEqual(set(singh.aliases.values_list("name", flat=True)), {"Rajnath Singh", "राजनाथ सिंह"})
        self.assertEqual(singh.roles.get(title="Defence Minister").country.iso_code, "IN")
        mirzo = Person.objects.get(name="Sherali Mirzo")
        self.assertIn("शेर अली मिर्जा", mirzo.aliases.values_list("name", flat=True))
        rats = Organisation.objects.get(acronym="RATS")
        self.assertEqual(rats.parent.acronym, "SCO")
        dushanbe = Place.objects.get(name="Dushanbe")
        self.assertEqual((dushanbe.kind, dushanbe.country.name), ("city", "Tajikistan"))
        self.assertEqual(Place.objects.get(iso_code="BY").aliases.get(kind="demonym", script="Deva").name, "बेलारूसी")
        event = Meeting.objects.get(title__startswith="SCO Defence Ministers")
        self.assertEqual((str(event.date), str(event.end_date), event.place.name), ("2021-07-27", "2021-07-29", "Dushanbe"))

    def test_alias_rows_store_a_normalised_form_and_script(self):
        alias = Person.objects.get(name="Sherali Mirzo").aliases.get(name="शेराली मिर्ज़ो")
        self.assertEqual(alias.normalized, "शेराली मिर्जो")  # the nukta is folded for matching
        self.assertEqual(alias.script, "Deva")

    def test_reloading_adds_nothing_and_keeps_editors_changes(self):
        singh = Person.objects.get(name="Rajnath Singh")
        singh.name = "Rajnath Singh (editor's spelling)"
        singh.save()
        Organisation.objects.filter(acronym="NATO").update(kind="other")
        out = io.StringIO()
        call_command("load_gazetteer", stdout=out)
        self.assertIn("added 0 places, 0 organisations, 0 persons, 0 aliases, 0 roles, 0 meetings", out.getvalue())
        self.assertEqual(Person.objects.get(pk=singh.pk).name, "Rajnath Singh (editor's spelling)")
        self.assertEqual(Organisation.objects.get(acronym="NATO").kind, "other")

    def test_loading_another_file_adds_its_records(self):
        data = {"persons": [{"name": "Lena Vos", "aliases": ["लेना वोस"], "roles": [{"title": "Envoy", "country": "BY"}]}]}
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "extra.json"
            path.write_text(json.dumps(data), encoding="utf-8")
            call_command("load_gazetteer", str(path), stdout=io.StringIO())
        vos = Person.objects.get(name="Lena Vos")
        self.assertEqual(vos.roles.get().country.name, "Belarus")
        self.assertEqual(vos.aliases.count(), 2)

    def test_an_unreadable_gazetteer_file_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "broken.json"
            path.write_text("{not json", encoding="utf-8")
            with self.assertRaisesMessage(CommandError, f"{path}: cannot read the gazetteer: Expecting property name"):
                call_command("load_gazetteer", str(path), stdout=io.StringIO())


class WellKnownPeopleTests(TestCase):
    """The people, places and bodies the demo articles name are known in both scripts (issue 3b)."""

    def test_well_known_people_are_one_record_in_both_scripts_with_their_office(self):
        gazetteer = gazetteer_from_database()
        for latin, devanagari, title, country in [
            ("Ajit Doval", "अजीत डोभाल", "National Security Adviser", "IN"),
            ("Xi Jinping", "शी जिनपिंग", "President", "CN"),
            ("Lloyd Austin", "लॉयड ऑस्टिन", "Secretary of Defense", "US"),
            ("Recep Tayyip Erdogan", "रेचेप तैयप एर्दोगन", "President", "TR"),
            ("S. Jaishankar", "एस जयशंकर", "External Affairs Minister", "IN"),
        ]:
            person = Person.objects.get(name=latin)
            self.assertEqual((person.origin, person.reviewed), ("gazetteer", True))
            self.assertEqual([m.entity_id for m in gazetteer.find(devanagari)], [person.pk], devanagari)
            self.assertIn((title, country), [(role.title, role.country.iso_code) for role in person.roles.all()])
        self.assertEqual(Person.objects.get(aliases__name="Subrahmanyam Jaishankar").name, "S. Jaishankar")

    def test_places_and_bodies_of_the_demo_articles_are_known_in_both_scripts(self):
        gazetteer = gazetteer_from_database()
        for name, kind in [
            ("समरकंद", "place"), ("कज़ान", "place"), ("Ladakh", "place"), ("ब्रिक्स", "organisation"),
            ("संयुक्त राष्ट्र", "organisation"), ("CSTO", "organisation"), ("CIS", "organisation"),
        ]:
            (match,) = gazetteer.find(name)
            self.assertEqual(match.kind, kind, name)
        samarkand = Place.objects.get(name="Samarkand")
        self.assertEqual((samarkand.kind, samarkand.country.iso_code), ("city", "UZ"))
        mea = Organisation.objects.get(acronym="MEA")
        self.assertEqual((mea.name, mea.kind, mea.country.iso_code), ("Ministry of External Affairs (India)", "ministry", "IN"))

    def test_a_capitalised_acronym_only_matches_in_capitals(self):
        gazetteer = gazetteer_from_database()
        united_states = Place.objects.get(iso_code="US").pk
        self.assertEqual([(m.kind, m.entity_id) for m in gazetteer.find("the US Secretary")], [("place", united_states)])
        self.assertEqual([(m.kind, m.entity_id) for m in gazetteer.find("the U.S. envoy")], [("place", united_states)])
        self.assertEqual(gazetteer.find("They told us so; the cis-gender un-named man."), [])


class GazetteerAdditionsMigrationTests(TestCase):
    """Migration people.0004 brings the additions into an archive made before them, and merges nothing."""

    migration = importlib.import_module("people.migrations.0004_issue3b_gazetteer_additions")

    def forget_the_additions(self):
        """Make this archive one that migration 0002 filled before the additions existed."""
        for section, model in (("persons", Person), ("organisations", Organisation), ("places", Place)):
            model.objects.filter(slug__in=[slugify(name) for name in self.migration.ADDED[section]]).delete()
        PlaceAlias.objects.filter(name__in=["US", "U.S."]).delete()

    def test_the_additions_are_loaded_and_an_imported_namesake_is_flagged_not_merged(self):
        self.forget_the_additions()
        self.assertFalse(Person.objects.filter(name="Ajit Doval").exists())
        imported = Person.objects.create(name="अजीत डोभाल", origin="import", reviewed=False)
        imported.aliases.create(name="अजीत डोभाल")

        self.migration.load(django_apps, None)

        doval = Person.objects.get(name="Ajit Doval")
        self.assertEqual((doval.origin, doval.reviewed), ("gazetteer", True))
        self.assertIn("National Security Adviser", doval.roles.values_list("title", flat=True))
        self.assertEqual(set(doval.aliases.values_list("name", flat=True)), {"Ajit Doval", "अजीत डोभाल", "अजित डोभाल"})
        self.assertTrue(Person.objects.filter(pk=imported.pk).exists(), "never merged by a migration")
        flag = PersonDuplicateFlag.objects.get()
        self.assertEqual((flag.person, flag.other, flag.status, flag.similarity), (imported, doval, "open", 100.0))
        self.assertTrue(PlaceAlias.objects.filter(place__iso_code="US", name="US").exists())
        self.assertEqual(Place.objects.get(name="Samarkand").country.iso_code, "UZ")

        self.migration.load(django_apps, None)  # idempotent
        self.assertEqual(PersonDuplicateFlag.objects.count(), 1)
        self.assertEqual(Person.objects.filter(name="Ajit Doval").count(), 1)

    def test_a_record_an_editor_deleted_is_not_brought_back_for_its_new_names(self):
        self.forget_the_additions()
        Place.objects.filter(iso_code="US").delete()
        self.migration.load(django_apps, None)
        self.assertFalse(Place.objects.filter(name="United States").exists())
        self.assertFalse(PlaceAlias.objects.filter(name="US").exists())
        self.assertEqual(Person.objects.get(name="Joe Biden").roles.get().country, None)


class WorldOrganisationsTests(TestCase):
    """Migration people.0009: the bodies real reporting names, in both scripts, with their parents."""

    def test_groupings_un_bodies_parties_and_agencies_are_known_in_both_scripts(self):
        gazetteer = gazetteer_from_database()

        def found(text):
            return [Organisation.objects.get(pk=m.entity_id).name for m in gazetteer.find(text) if m.kind == "organisation"]

        self.assertEqual(found("Leaders of the G20 and the Quad met; जी20 और क्वाड"), ["Group of Twenty", "Quadrilateral Security Dialogue"] * 2)
        self.assertEqual(found("He addressed the UNGA, not the UN."), ["United Nations General Assembly", "United Nations"])
        self.assertEqual(found("भाजपा और कांग्रेस के नेता"), ["Bharatiya Janata Party", "Indian National Congress"])
        self.assertEqual(found("a bill in the US Congress"), ["United States Congress"])
        who = Organisation.objects.get(acronym="WHO")
        self.assertEqual((who.parent.name, who.kind), ("United Nations", "intergovernmental"))
        self.assertEqual(Organisation.objects.get(acronym="PTI").kind, "media")
        self.assertEqual(Organisation.objects.get(name="Department of Defense (United States)").country.iso_code, "US")

    def test_an_acronym_in_lower_case_is_a_word_not_a_body(self):
        gazetteer = gazetteer_from_database()
        self.assertEqual(gazetteer.find("who said the ed was an isi of the nia"), [])

    def test_an_imported_namesake_is_flagged_not_merged(self):
        migration = importlib.import_module("people.migrations.0009_world_organisations")
        Organisation.objects.filter(name="Group of Twenty").delete()
        imported = Organisation.objects.create(name="G20", origin="import", reviewed=False)
        imported.aliases.create(name="G20")
        migration.load(django_apps, None)
        known = Organisation.objects.get(name="Group of Twenty")
        self.assertTrue(Organisation.objects.filter(pk=imported.pk).exists())
        self.assertTrue(OrganisationDuplicateFlag.objects.filter(organisation=imported, other=known).exists())


class WorldPeopleTests(TestCase):
    """Migration people.0010: well-known people of the news in both scripts, one role per term."""

    def test_known_people_of_the_news_are_found_in_both_scripts_with_each_term_of_an_office(self):
        gazetteer = gazetteer_from_database()
        blinken = Person.objects.get(name="Antony Blinken")
        self.assertEqual({m.entity_id for m in gazetteer.find("एंटनी ब्लिंकन ने कहा")}, {blinken.pk})
        self.assertEqual(blinken.roles.get().country.iso_code, "US")
        trump = Person.objects.get(name="Donald Trump")
        terms = trump.roles.filter(title="President").order_by("start").values_list("start", flat=True)
        self.assertEqual([d.year for d in terms], [2017, 2025])

    def test_starter_people_get_the_names_news_uses(self):
        jaishankar = Person.objects.get(name="S. Jaishankar")
        self.assertTrue({"S Jaishankar", "जयशंकर"} <= set(jaishankar.aliases.values_list("name", flat=True)))
