"""``export_archive``: JSON Lines that validate against the documented contract."""

import io
import json
import tempfile
from pathlib import Path

import jsonschema
from django.core.management import CommandError, call_command
from django.test import TestCase

from articles.models import Article, LinkOrigin, MeetingReport
from people.models import Meeting, Person

from conftest import REPOSITORY, seeds_dir

SCHEMA = json.loads((REPOSITORY / "docs" / "export-format.schema.json").read_text(encoding="utf-8"))
TYPE_ORDER = ["archive", "place", "organisation", "person", "tag", "article", "meeting", "end"]


def export(**options):
    out = io.StringIO()
    call_command("export_archive", stdout=out, **options)
    return [json.loads(line) for line in out.getvalue().splitlines()]


class ExportContractTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        article = Article.objects.create(
            title="A <b>hand</b> entry", body="Rajnath Singh met officials.", language="en", published=None
        )
        article.tags.add("defence", "दिल्ली")
        singh = Person.objects.get(name="Rajnath Singh")
        article.personmention_set.create(person=singh, surface="Rajnath Singh", origin=LinkOrigin.EDITOR)
        meeting = Meeting.objects.create(kind="bilateral", status="held")
        meeting.participants.add(singh)
        MeetingReport.objects.create(article=article, meeting=meeting, evidence="Rajnath Singh met officials.")

    def test_every_record_validates_and_types_come_in_contract_order(self):
        records = export()
        for record in records:
            jsonschema.validate(record, SCHEMA)
        types = [record["type"] for record in records]
        self.assertEqual(types, sorted(types, key=TYPE_ORDER.index))
        self.assertEqual(set(types), set(TYPE_ORDER))

    def test_references_point_at_records_in_the_same_file(self):
        records = export()
        ids = {(r["type"], r["id"]) for r in records if "id" in r}
        for record in records:
            for key, kind in (("persons", "person"), ("organisations", "organisation"), ("meetings", "meeting"),
                              ("participants", "person"), ("articles", "article"), ("places", "place")):
                for ref in record.get(key, []):
                    self.assertIn((kind, ref), ids, f"{record['type']} {record['id']} {key}")

    def test_hand_entered_article_has_null_source_and_no_date(self):
        (article,) = [r for r in export() if r["type"] == "article"]
        self.assertEqual(article["source"], {"path": None, "sha256": None})
        self.assertIsNone(article["published"])
        self.assertEqual(article["tags"], ["defence", "दिल्ली"])
        self.assertEqual(article["title"], "A <b>hand</b> entry")

    def test_output_file_is_utf8_json_lines(self):
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / "archive.jsonl"
            call_command("export_archive", output=str(target), stdout=io.StringIO(), stderr=io.StringIO())
            raw = target.read_bytes()
            self.assertIn("राजनाथ सिंह".encode("utf-8"), raw, "non-ASCII text is written as UTF-8, not escaped")
            lines = raw.decode("utf-8").split("\n")
            self.assertEqual(lines[-1], "", "every record ends with a newline")
            self.assertEqual(len(lines) - 1, len(export()))
            self.assertEqual(sorted(p.name for p in Path(folder).iterdir()), ["archive.jsonl"])

    def test_output_into_a_missing_folder_is_a_clear_error(self):
        with self.assertRaisesMessage(CommandError, "--output /nonexistent/x.jsonl: folder /nonexistent does not exist"):
            call_command("export_archive", output="/nonexistent/x.jsonl", stdout=io.StringIO())


class SeedExportTests(TestCase):
    def test_export_of_the_seed_import_validates_against_the_contract(self):
        seeds = seeds_dir()
        call_command("import_articles", str(seeds), stdout=io.StringIO(), stderr=io.StringIO())
        records = export()
        for record in records:
            jsonschema.validate(record, SCHEMA)
        articles = [r for r in records if r["type"] == "article"]
        self.assertEqual(sorted(a["language"] for a in articles), ["en", "hi"])
        persons = {r["id"]: r for r in records if r["type"] == "person"}
        singh = next(p for p in persons.values() if p["name"] == "Rajnath Singh")
        self.assertIn("राजनाथ सिंह", singh["aliases"])
        self.assertTrue(all(singh["id"] in a["persons"] for a in articles))
