"""Backups: ``export_archive`` holds everything, from one snapshot; ``import_archive`` restores it exactly."""

import datetime
import io
import json
import tempfile
import threading
from collections import Counter
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from django.test import TestCase
from taggit.models import Tag

from articles.backup.records import archive_records
from articles.backup.restore import RESTORED_MODELS, wipe
from articles.constants import DatePrecision
from articles.models import Article, LinkOrigin, OldTagSlug, OrganisationMention, PersonMention, RemovedLink
from people.models import (
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonDuplicateFlag,
    Place,
    RejectedAlias,
    RejectedName,
)
from tests.conftest import REPOSITORY, SAMPLES


def export_text():
    out = io.StringIO()
    call_command("export_archive", stdout=out)
    return out.getvalue()


def table_rows():
    """Every row of every restored table: by id where the export keeps ids, else as a multiset."""
    rows = {}
    for model in RESTORED_MODELS:
        fields = [field.attname for field in model._meta.concrete_fields]
        keeps_id = model._meta.pk.attname in fields and model.__name__ in {
            "Place",
            "Organisation",
            "Person",
            "Role",
            "Tag",
            "Article",
            "Meeting",
            "PersonDuplicateFlag",
            "OrganisationDuplicateFlag",
            "RejectedName",
        }
        if not keeps_id:
            fields = [name for name in fields if name != model._meta.pk.attname]
        values = model.objects.order_by().values_list(*fields)
        rows[model._meta.label] = sorted(values, key=repr) if keeps_id else Counter(map(repr, values))
    return rows


def build_rich_archive():
    """The samples imported, then what the desk adds: every kind of record an archive holds."""
    call_command("import_articles", str(SAMPLES), stdout=io.StringIO(), stderr=io.StringIO())
    article = Article.objects.filter(origin=Article.Origin.IMPORT).order_by("pk").first()
    article.tags.add("defence", "दिल्ली")
    article.reviewed = True
    article.save()
    hand = Article.objects.create(title="Entered by hand", body="Notes of the desk.", language="en")
    hand.tags.add("desk")
    singh = Person.objects.get(name="Rajnath Singh")
    singh.notes = "Defence Minister since 2019."
    singh.reviewed = True
    singh.save()
    PersonMention.objects.create(article=hand, person=singh, surface="Singh", origin=LinkOrigin.EDITOR)
    invented = Person.objects.create(name="Arjun Vos", origin=Origin.IMPORT, evidence="Arjun Vos said.")
    invented.aliases.create(name="Arjun Vos")
    invented.aliases.create(name="अर्जुन वोस")
    PersonDuplicateFlag.objects.create(
        person=invented, other=singh, similarity=61.5, evidence="Arjun Vos said."
    )
    sco = Organisation.objects.get(acronym="SCO")
    other = Organisation.objects.create(name="Shanghai Council", origin=Origin.IMPORT)
    OrganisationDuplicateFlag.objects.create(
        organisation=other, other=sco, similarity=70.0, status="different"
    )
    OrganisationMention.objects.create(article=hand, organisation=other, surface="the Council")
    RejectedName.objects.create(kind="person", name="Also Read")
    # Corrections that teach (issue 12): aliases rejected for one entity, a tag's old address.
    RejectedAlias.objects.create(kind="person", person=invented, name="Arjun")
    RejectedAlias.objects.create(kind="organisation", organisation=other, name="the Council")
    RejectedAlias.objects.create(kind="place", place=Place.objects.get(iso_code="IN"), name="Hind")
    OldTagSlug.objects.create(slug="defence-matters", tag=Tag.objects.get(name="defence"))
    RemovedLink.objects.create(article=article, kind="person", target_id=invented.pk, label="Arjun Vos")
    meeting = Meeting.objects.filter(reports__isnull=False).first()
    meeting.notes = "Checked against the ministry's release."
    meeting.reviewed = True
    meeting.save()
    # Dates the source gives only to the month or the year (` date 2023-03 `, ` date 2023 `).
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        (folder / "month.txt").write_text(
            " date 2023-03 The harbour board met twice during the month.\n", encoding="utf-8"
        )
        (folder / "year.txt").write_text(
            " date 2019 The harbour board published one report that year.\n", encoding="utf-8"
        )
        call_command("import_articles", str(folder), stdout=io.StringIO(), stderr=io.StringIO())


class RoundTripTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_rich_archive()

    def test_the_archive_holds_every_kind_of_record_the_test_expects(self):
        types = Counter(json.loads(line)["type"] for line in export_text().splitlines())
        for kind in (
            "place",
            "organisation",
            "person",
            "tag",
            "article",
            "meeting",
            "duplicate_flag",
            "rejected_name",
        ):
            self.assertGreater(types[kind], 0, kind)
        self.assertEqual((types["archive"], types["end"]), (1, 1))

    def test_every_record_of_a_rich_archive_validates_against_the_schema(self):
        import jsonschema

        schema = json.loads((REPOSITORY / "docs" / "export-format.schema.json").read_text(encoding="utf-8"))
        for line in export_text().splitlines():
            jsonschema.validate(json.loads(line), schema)

    def test_export_restore_export_is_identical_and_every_row_comes_back(self):
        first = export_text()
        before = table_rows()
        with self.settings():  # the target: an archive with nothing in it (see the empty-archive test)
            wipe()
        path = self.write(first)
        out = io.StringIO()
        call_command("import_archive", path, stdout=out)
        self.assertIn("restored", out.getvalue())
        connection.check_constraints()  # the deferred foreign keys, checked now rather than at a commit
        self.assertEqual(export_text(), first)
        after = table_rows()
        for table, rows in before.items():
            self.assertEqual(after[table], rows, table)

    def test_a_month_and_a_year_keep_their_precision_through_export_and_restore(self):
        def dates():
            return {
                Path(article.source_path).name: (article.published, article.published_precision)
                for article in Article.objects.filter(source_path__regex=r"(month|year)\.txt$")
            }

        expected = {
            "month.txt": (datetime.date(2023, 3, 1), DatePrecision.MONTH),
            "year.txt": (datetime.date(2019, 1, 1), DatePrecision.YEAR),
        }
        self.assertEqual(dates(), expected)
        first = export_text()
        exported = {
            Path(record["source"]["path"]).name: (record["published"], record["published_precision"])
            for record in map(json.loads, first.splitlines())
            if record["type"] == "article" and record["source"]["path"]
        }
        self.assertEqual(exported["month.txt"], ("2023-03-01", "month"))
        self.assertEqual(exported["year.txt"], ("2019-01-01", "year"))
        wipe()
        call_command("import_archive", self.write(first), stdout=io.StringIO())
        self.assertEqual(dates(), expected)
        month = Article.objects.get(source_path__endswith="month.txt")
        self.assertContains(self.client.get(month.get_absolute_url()), "March 2023")
        self.assertEqual(export_text(), first)

    def test_rejected_aliases_and_old_tag_addresses_come_back(self):
        first = export_text()
        rejected = sorted(RejectedAlias.objects.values_list("kind", "name", "normalized", "created_at"))
        wipe()
        call_command("import_archive", self.write(first), stdout=io.StringIO())
        self.assertEqual(
            sorted(RejectedAlias.objects.values_list("kind", "name", "normalized", "created_at")), rejected
        )
        self.assertEqual(len(rejected), 3)
        response = self.client.get("/search/", {"tag": "defence-matters", "format": "json"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["count"], 1)

    def test_an_unknown_date_precision_is_refused_naming_the_article(self):
        records = [json.loads(line) for line in export_text().splitlines()]
        article = next(record for record in records if record["type"] == "article")
        article["published_precision"] = "week"
        path = self.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
        with self.assertRaisesMessage(CommandError, f"article {article['id']} has the date precision 'week'"):
            call_command("import_archive", path, "--check", stdout=io.StringIO())
        wipe()
        with self.assertRaisesMessage(CommandError, "one of day, month, year"):
            call_command("import_archive", path, stdout=io.StringIO())
        self.assertFalse(Article.objects.exists())

    def test_the_restored_archive_searches_and_gets_new_ids_after_the_old(self):
        first = export_text()
        wipe()
        call_command("import_archive", self.write(first), stdout=io.StringIO())
        highest = max(Article.objects.values_list("pk", flat=True))
        self.assertGreater(Article.objects.create(title="New", body="New text.", language="en").pk, highest)
        response = self.client.get("/search/?q=Rajnath&format=json")
        self.assertGreater(response.json()["count"], 0)

    def write(self, text, name="archive.jsonl"):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        path = Path(folder.name) / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    def test_restoring_into_an_archive_with_articles_is_refused_and_changes_nothing(self):
        path = self.write(export_text())
        count = Article.objects.count()
        with self.assertRaisesMessage(CommandError, "the archive is not empty"):
            call_command("import_archive", path, stdout=io.StringIO())
        self.assertEqual(Article.objects.count(), count)

    def test_a_newly_migrated_archive_with_its_gazetteer_is_empty_enough(self):
        first = export_text()
        Article.objects.all().delete()
        Meeting.objects.exclude(origin=Origin.GAZETTEER).delete()
        Person.objects.exclude(origin=Origin.GAZETTEER).delete()
        Organisation.objects.exclude(origin=Origin.GAZETTEER).delete()
        from taggit.models import Tag

        Tag.objects.all().delete()
        call_command("import_archive", self.write(first), stdout=io.StringIO())
        self.assertEqual(export_text(), first)

    def test_a_file_cut_short_is_refused_and_nothing_is_restored(self):
        lines = export_text().splitlines(keepends=True)
        path = self.write("".join(lines[: len(lines) // 2]))
        wipe()
        with self.assertRaisesMessage(CommandError, "it was cut short"):
            call_command("import_archive", path, stdout=io.StringIO())
        self.assertFalse(Person.objects.exists())
        with self.assertRaisesMessage(CommandError, "cut short"):
            call_command("import_archive", path, "--check", stdout=io.StringIO())

    def test_a_reference_to_a_missing_record_is_refused_naming_it(self):
        records = [json.loads(line) for line in export_text().splitlines()]
        article = next(record for record in records if record["type"] == "article" and record["mentions"])
        article["mentions"][0]["id"] = 10**9
        path = self.write("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))
        with self.assertRaisesMessage(CommandError, f"refers to {article['mentions'][0]['type']} 1000000000"):
            call_command("import_archive", path, "--check", stdout=io.StringIO())

    def test_a_version_1_export_is_refused_with_what_to_do(self):
        path = self.write('{"type":"organisation","id":1,"name":"SCO","aliases":[],"kind":"other"}\n')
        with self.assertRaisesMessage(CommandError, "not an export of format version 2"):
            call_command("import_archive", path, stdout=io.StringIO())

    def test_check_describes_a_good_file(self):
        out = io.StringIO()
        call_command("import_archive", self.write(export_text()), "--check", stdout=out)
        self.assertIn("a complete export:", out.getvalue())
        self.assertIn("articles", out.getvalue())


def referenced_ids_are_present(records):
    held = {(record["type"], record.get("id")) for record in records}
    missing = []
    for record in records:
        if record["type"] == "article":
            for mention in record["mentions"]:
                if (mention["type"], mention["id"]) not in held:
                    missing.append((record["id"], mention["type"], mention["id"]))
            for meeting in record["meetings"]:
                if ("meeting", meeting) not in held:
                    missing.append((record["id"], "meeting", meeting))
        if record["type"] == "meeting":
            for person in record["participants"]:
                if ("person", person) not in held:
                    missing.append((record["id"], "person", person))
            for article in record["articles"]:
                if ("article", article) not in held:
                    missing.append((record["id"], "article", article))
    return missing


@pytest.mark.django_db(transaction=True)
def test_an_export_during_an_import_has_no_dangling_id():
    """A writer commits a new person, an article naming them and a meeting while the export is half-way."""
    Person.objects.create(name="Before the export", origin=Origin.EDITOR)
    records = []
    exporter = archive_records()
    for record in exporter:
        records.append(record)
        if record["type"] == "person":
            break  # the people are being exported

    def import_meanwhile():
        try:
            with transaction.atomic():
                newcomer = Person.objects.create(name="Imported meanwhile", origin=Origin.IMPORT)
                article = Article.objects.create(title="Imported meanwhile", body="Text.", language="en")
                PersonMention.objects.create(article=article, person=newcomer, surface="Imported meanwhile")
                meeting = Meeting.objects.create()
                meeting.participants.add(newcomer)
                article.meetings.add(meeting)
        finally:
            connections.close_all()

    writer = threading.Thread(target=import_meanwhile)
    writer.start()
    writer.join(30)
    records.extend(exporter)
    assert Article.objects.filter(title="Imported meanwhile").exists(), "the writer committed"
    assert referenced_ids_are_present(records) == []
    assert not any(record.get("title") == "Imported meanwhile" for record in records)
    assert records[-1] == {"type": "end", "records": len(records) - 1}
