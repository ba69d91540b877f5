"""The starter gazetteer: loaded into every new archive, reloadable without clobbering edits."""

import io
import json
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.test import TestCase

from people.models import Meeting, Organisation, Person, Place


class StarterGazetteerTests(TestCase):
    def test_a_new_archive_knows_the_seed_people_organisations_places_and_event(self):
        singh = Person.objects.get(name="Rajnath Singh")
        self.assertTrue(singh.reviewed)
        self.assertEqual(singh.origin, "gazetteer")
        self.assertEqual(set(singh.aliases.values_list("name", flat=True)), {"Rajnath Singh", "राजनाथ सिंह"})
        self.assertEqual(singh.roles.get().country.iso_code, "IN")
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
