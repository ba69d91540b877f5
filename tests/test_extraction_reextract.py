"""``import_articles --reextract`` applies improvements and keeps every correction an editor made."""

import datetime
import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase

from articles.models import Article, MeetingReport, PersonMention, RemovedLink
from people.merging import merge_people
from people.models import Meeting, Person, PersonDuplicateFlag, Place, RejectedName

FIRST = (
    " date 2024-03-14 Belarus Defence Minister Lt Gen Ivan Petrov met Defence Minister Rajnath Singh "
    "in New Delhi on Monday. External Affairs Minister S. Thirumalai was also in the city.\n"
)
SECOND = (
    " date 2024-03-20 Belarusian Defence Minister Vanya Petrov met his Tajik counterpart Sherali Mirzo "
    "in Dushanbe on Tuesday.\n"
)


def merge(survivor, other):
    """An editor's merge, as the admin does it."""
    merge_people(survivor, [other])


class ReextractTests(TestCase):
    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)
        (self.folder / "1.txt").write_text(FIRST, encoding="utf-8")
        (self.folder / "2.txt").write_text(SECOND, encoding="utf-8")
        self.run_import()
        self.first = Article.objects.get(source_path__endswith="1.txt")
        self.second = Article.objects.get(source_path__endswith="2.txt")
        self.ivan = Person.objects.get(name="Ivan Petrov")
        self.vanya = Person.objects.get(name="Vanya Petrov")
        self.singh = Person.objects.get(name="Rajnath Singh")

    def run_import(self, **options):
        out = io.StringIO()
        call_command("import_articles", str(self.folder), stdout=out, stderr=io.StringIO(), **options)
        return out.getvalue()

    def reextract(self):
        out = self.run_import(reextract=True)
        self.assertIn("re-extracted 2", out)

    def meeting_of(self, *people):
        found = Meeting.objects.filter(origin="import")
        for person in people:
            found = found.filter(participants=person)
        return found

    def test_the_first_import_flagged_two_petrovs_it_could_not_tell_apart(self):
        flag = PersonDuplicateFlag.objects.get()
        self.assertEqual({flag.person, flag.other}, {self.ivan, self.vanya})

    def test_reextracting_unchanged_articles_changes_nothing(self):
        before = (
            sorted(PersonMention.objects.values_list("article", "person", "surface")),
            sorted(MeetingReport.objects.values_list("article", "meeting")),
            Person.objects.count(),
            Meeting.objects.count(),
        )
        self.reextract()
        after = (
            sorted(PersonMention.objects.values_list("article", "person", "surface")),
            sorted(MeetingReport.objects.values_list("article", "meeting")),
            Person.objects.count(),
            Meeting.objects.count(),
        )
        self.assertEqual(before, after)
        self.assertFalse(RemovedLink.objects.exists())

    def test_a_merged_person_stays_merged(self):
        merge(self.ivan, self.vanya)
        people = Person.objects.count()
        self.reextract()
        self.assertEqual(Person.objects.count(), people)
        self.assertFalse(Person.objects.filter(name="Vanya Petrov").exists())
        self.assertEqual(
            set(PersonMention.objects.filter(person=self.ivan).values_list("article", "surface")),
            {(self.first.pk, "Ivan Petrov"), (self.second.pk, "Vanya Petrov")},
        )
        # The meeting the merged-away record had is the survivor's, reported once.
        meeting = self.meeting_of(self.ivan, Person.objects.get(name="Sherali Mirzo")).get()
        self.assertEqual(list(meeting.reports.values_list("article", flat=True)), [self.second.pk])
        self.assertFalse(RejectedName.objects.exists(), "a merge is not a rejection")

    def test_a_renamed_person_keeps_the_editors_name(self):
        self.ivan.name = "Ivan V. Petrov"
        self.ivan.save()
        self.reextract()
        self.ivan.refresh_from_db()
        self.assertEqual(self.ivan.name, "Ivan V. Petrov")
        self.assertFalse(Person.objects.filter(name="Ivan Petrov").exists())
        self.assertTrue(PersonMention.objects.filter(person=self.ivan, article=self.first).exists())

    def test_a_person_marked_reviewed_stays_reviewed_and_unchanged(self):
        Person.objects.filter(pk=self.ivan.pk).update(reviewed=True, notes="checked with the embassy")
        self.reextract()
        self.ivan.refresh_from_db()
        self.assertEqual((self.ivan.name, self.ivan.reviewed, self.ivan.notes), ("Ivan Petrov", True, "checked with the embassy"))
        self.assertEqual(set(self.ivan.aliases.values_list("name", flat=True)), {"Ivan Petrov"})

    def test_a_deleted_meeting_is_not_made_again(self):
        self.meeting_of(self.ivan, self.singh).get().delete()
        self.reextract()
        self.assertFalse(self.meeting_of(self.ivan, self.singh).exists())
        self.assertTrue(RemovedLink.objects.filter(article=self.first, kind="meeting").exists())
        self.assertTrue(self.meeting_of(self.vanya).exists(), "other meetings are untouched")

    def test_an_edited_meeting_stays_as_the_editor_left_it(self):
        meeting = self.meeting_of(self.ivan, self.singh).get()
        meeting.date = datetime.date(2024, 3, 12)
        meeting.place = Place.objects.get(name="Minsk")
        meeting.notes = "Date corrected from the ministry's release."
        meeting.save()
        self.reextract()
        meeting.refresh_from_db()
        self.assertEqual((meeting.date, meeting.place.name), (datetime.date(2024, 3, 12), "Minsk"))
        self.assertEqual(self.meeting_of(self.ivan, self.singh).count(), 1)
        self.assertTrue(meeting.reports.filter(article=self.first).exists())

    def test_a_meeting_an_editor_unlinked_from_an_article_is_not_linked_again(self):
        meeting = self.meeting_of(self.ivan, self.singh).get()
        MeetingReport.objects.filter(meeting=meeting, article=self.first).delete()
        self.reextract()
        self.assertFalse(MeetingReport.objects.filter(meeting=meeting, article=self.first).exists())
        self.assertTrue(Meeting.objects.filter(pk=meeting.pk).exists())
        self.assertEqual(self.meeting_of(self.ivan, self.singh).count(), 1)

    def test_a_mention_an_editor_removed_is_not_made_again(self):
        PersonMention.objects.filter(article=self.first, person=self.singh).delete()
        self.reextract()
        self.assertFalse(PersonMention.objects.filter(article=self.first, person=self.singh).exists())
        self.assertTrue(PersonMention.objects.filter(article=self.first, person=self.ivan).exists())

    def test_a_person_an_editor_deleted_is_never_created_again(self):
        Person.objects.filter(name="S. Thirumalai").delete()
        self.reextract()
        self.assertFalse(Person.objects.filter(name="S. Thirumalai").exists())
        self.assertTrue(RejectedName.objects.filter(kind="person", name="S. Thirumalai").exists())
        (self.folder / "3.txt").write_text(
            " date 2024-04-01 External Affairs Minister S. Thirumalai spoke in New Delhi on the day.\n",
            encoding="utf-8",
        )
        self.run_import()
        self.assertFalse(Person.objects.filter(name="S. Thirumalai").exists())

    def test_a_mention_an_editor_repointed_is_kept_as_theirs(self):
        mirzo = Person.objects.get(name="Sherali Mirzo")
        mention = PersonMention.objects.get(article=self.first, person=self.singh, surface="Rajnath Singh")
        mention.person = mirzo  # an editor's correction, whatever its reason
        mention.save()
        self.reextract()
        mention.refresh_from_db()
        self.assertEqual((mention.person, mention.origin), (mirzo, "editor"))
