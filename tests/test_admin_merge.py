"""Merging duplicates from the admin: people, organisations, meetings; all or nothing."""

import datetime
from unittest import mock

from admin_support import (
    action_post,
    admin_url,
    make_article,
    make_meeting,
    make_organisation,
    make_person,
    make_user,
)
from django.test import TestCase

from articles.models import LinkOrigin, MeetingReport, OrganisationMention, PersonMention
from people import merging
from people.models import Meeting, Organisation, Person, PersonAlias, Place, Role


class PersonMergeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        tajikistan = Place.objects.get(iso_code="TJ")
        cls.keep = make_person("Anvar Kadirov", "अनवर कादिरोव", origin="editor", reviewed=True)
        cls.dup = make_person(
            "A. Kadirov", "अनवर कादिरोव", evidence="Defence Minister A. Kadirov of Tajikistan said."
        )
        cls.dup2 = make_person("Anwar Qodirov")
        cls.other = make_person("Someone Else")
        Role.objects.create(person=cls.keep, title="Defence Minister", country=tajikistan)
        Role.objects.create(person=cls.dup, title="Defence Minister", country=tajikistan)  # the same role
        Role.objects.create(person=cls.dup, title="Deputy Prime Minister", country=tajikistan)
        cls.both = make_article("Both named", persons=[cls.keep, cls.dup])
        PersonMention.objects.create(
            article=cls.both, person=cls.keep, surface="Kadirov", count=2, first_offset=40
        )
        PersonMention.objects.create(
            article=cls.both,
            person=cls.dup,
            surface="Kadirov",
            count=3,
            first_offset=12,
            origin=LinkOrigin.EDITOR,
        )
        cls.only_dup = make_article("Only the duplicate", persons=[cls.dup])
        cls.only_dup2 = make_article("Only the second duplicate", persons=[cls.dup2])
        cls.together = make_meeting(cls.keep, cls.dup)
        cls.apart = make_meeting(cls.dup, cls.other)
        cls.third = make_meeting(cls.dup2, cls.other)

    def setUp(self):
        self.client.force_login(self.editor)

    def selection(self):
        return [self.keep.pk, self.dup.pk, self.dup2.pk]

    def test_confirmation_page_shows_what_will_move_and_suggests_a_survivor(self):
        response = action_post(self.client, Person, "merge_selected", self.selection())
        self.assertEqual(response.status_code, 200)
        rows = {row["record"].pk: row["counts"] for row in response.context["rows"]}
        self.assertEqual(
            rows[self.dup.pk],
            {
                "article mentions": 3,
                "meeting participations": 2,
                "aliases": 2,
                "roles": 2,
                "possible-duplicate flags": 0,
            },
        )
        self.assertEqual(response.context["suggested"], self.keep)  # reviewed, entered by an editor
        self.assertContains(response, f'value="{self.keep.pk}" id="survivor-{self.keep.pk}" checked')
        self.assertTrue(Person.objects.filter(pk=self.dup.pk).exists())  # nothing happened yet

    def test_merge_moves_every_row_to_the_survivor(self):
        response = action_post(
            self.client, Person, "merge_selected", self.selection(), post="yes", survivor=str(self.keep.pk)
        )
        self.assertRedirects(response, admin_url(Person, "change", self.keep.pk))
        self.assertFalse(Person.objects.filter(pk__in=[self.dup.pk, self.dup2.pk]).exists())

        # Mentions: moved, and the two "Kadirov" rows of one article folded into one.
        mentions = {(m.article_id, m.surface): m for m in PersonMention.objects.filter(person=self.keep)}
        self.assertEqual(
            set(mentions),
            {
                (self.both.pk, "Anvar Kadirov"),
                (self.both.pk, "A. Kadirov"),
                (self.both.pk, "Kadirov"),
                (self.only_dup.pk, "A. Kadirov"),
                (self.only_dup2.pk, "Anwar Qodirov"),
            },
        )
        folded = mentions[self.both.pk, "Kadirov"]
        self.assertEqual((folded.count, folded.first_offset, folded.origin), (5, 12, LinkOrigin.EDITOR))
        self.assertFalse(PersonMention.objects.filter(person_id__in=[self.dup.pk, self.dup2.pk]).exists())

        # Meetings: the survivor takes the duplicates' places, once per meeting.
        for meeting in [self.together, self.apart, self.third]:
            self.assertIn(self.keep, meeting.participants.all())
        self.assertEqual(self.together.participants.count(), 1)
        self.assertEqual(set(self.apart.participants.all()), {self.keep, self.other})

        # Aliases: the duplicates' own, and their names; the shared Hindi alias once.
        aliases = sorted(PersonAlias.objects.filter(person=self.keep).values_list("name", flat=True))
        self.assertEqual(aliases, ["A. Kadirov", "Anvar Kadirov", "Anwar Qodirov", "अनवर कादिरोव"])

        # Roles: the same role once, the new one moved.
        roles = sorted(Role.objects.filter(person=self.keep).values_list("title", flat=True))
        self.assertEqual(roles, ["Defence Minister", "Deputy Prime Minister"])

        self.keep.refresh_from_db()
        self.assertEqual(self.keep.evidence, "Defence Minister A. Kadirov of Tajikistan said.")  # was empty
        self.assertIn("Merged from: A. Kadirov", self.keep.notes)

    def test_meetings_that_now_have_the_same_people_are_pointed_out(self):
        # "apart" (dup – other) and "third" (dup2 – other) are both keep – other after the merge.
        response = action_post(
            self.client, Person, "merge_selected", self.selection(), post="yes", survivor=str(self.keep.pk),
            follow=True,
        )
        warnings = [str(m) for m in response.context["messages"] if m.level_tag == "warning"]
        self.assertEqual(len(warnings), 1, warnings)
        self.assertIn("2 meetings now have the same participants", warnings[0])
        url = admin_url(Meeting) + f"?id__in={self.apart.pk},{self.third.pk}"
        self.assertIn(url, warnings[0])
        listed = self.client.get(url).context["cl"].result_list
        self.assertEqual({m.pk for m in listed}, {self.apart.pk, self.third.pk})

    def test_history_records_the_merge(self):
        action_post(
            self.client, Person, "merge_selected", self.selection(), post="yes", survivor=str(self.keep.pk)
        )
        latest = self.keep.history.first()
        self.assertTrue(latest.history_change_reason.startswith("Merged A. Kadirov"))
        self.assertEqual(latest.history_user, self.editor)
        deleted = Person.history.filter(id=self.dup.pk, history_type="-").get()
        self.assertEqual(deleted.history_change_reason, f"Merged into person Anvar Kadirov (#{self.keep.pk})")
        moved_alias = PersonAlias.history.filter(name="A. Kadirov", person_id=self.keep.pk).first()
        self.assertIn("Merge into person Anvar Kadirov", moved_alias.history_change_reason)

    def test_the_survivor_must_be_chosen(self):
        response = action_post(self.client, Person, "merge_selected", self.selection(), post="yes")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Choose the person that survives the merge.")
        self.assertEqual(Person.objects.filter(pk__in=self.selection()).count(), 3)

    def test_one_record_is_not_a_merge(self):
        response = action_post(self.client, Person, "merge_selected", [self.keep.pk], follow=True)
        self.assertContains(response, "Select two or more people to merge.")

    def test_a_failure_midway_moves_nothing(self):
        before = {
            "mentions": sorted(PersonMention.objects.values_list("pk", "person_id", "count")),
            "aliases": sorted(PersonAlias.objects.values_list("pk", "person_id")),
            "roles": sorted(Role.objects.values_list("pk", "person_id")),
            "participants": sorted(
                Meeting.participants.through.objects.values_list("meeting_id", "person_id")
            ),
            "people": sorted(Person.objects.values_list("pk", "name", "notes")),
        }
        # Mentions, participations and aliases have moved when the roles step fails.
        with mock.patch.object(merging, "_merge_roles", side_effect=RuntimeError("disk full")):
            with self.assertRaisesMessage(RuntimeError, "disk full"):
                merging.merge_people(self.keep, [self.dup, self.dup2])
        after = {
            "mentions": sorted(PersonMention.objects.values_list("pk", "person_id", "count")),
            "aliases": sorted(PersonAlias.objects.values_list("pk", "person_id")),
            "roles": sorted(Role.objects.values_list("pk", "person_id")),
            "participants": sorted(
                Meeting.participants.through.objects.values_list("meeting_id", "person_id")
            ),
            "people": sorted(Person.objects.values_list("pk", "name", "notes")),
        }
        self.assertEqual(before, after)

    def test_refuses_nonsense(self):
        with self.assertRaisesMessage(merging.MergeError, "cannot also be merged away"):
            merging.merge_people(self.keep, [self.keep])
        with self.assertRaisesMessage(merging.MergeError, "at least one other"):
            merging.merge_people(self.keep, [])


class OrganisationMergeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.keep = make_organisation("Collective Security Treaty Organization", "CSTO")
        cls.dup = make_organisation("Collective Security Treaty Organisation", origin="import")
        cls.dup.acronym = "ОДКБ"
        cls.dup.save()
        cls.member = Organisation.objects.create(name="CSTO Secretariat", parent=cls.dup)
        cls.minister = make_person("Stanislav Zas")
        Role.objects.create(person=cls.minister, title="Secretary General", organisation=cls.dup)
        cls.article = make_article("CSTO meets", organisations=[cls.keep, cls.dup])
        cls.meeting = make_meeting(cls.minister)
        cls.meeting.organisations.add(cls.dup)

    def test_merge_through_the_admin(self):
        self.client.force_login(self.editor)
        page = action_post(self.client, Organisation, "merge_selected", [self.keep.pk, self.dup.pk])
        counts = {row["record"].pk: row["counts"] for row in page.context["rows"]}[self.dup.pk]
        self.assertEqual(
            counts,
            {
                "article mentions": 1,
                "meetings": 1,
                "aliases": 1,
                "roles": 1,
                "member organisations": 1,
                "possible-duplicate flags": 0,
            },
        )
        action_post(
            self.client,
            Organisation,
            "merge_selected",
            [self.keep.pk, self.dup.pk],
            post="yes",
            survivor=str(self.keep.pk),
        )
        self.assertFalse(Organisation.objects.filter(pk=self.dup.pk).exists())
        self.assertEqual(OrganisationMention.objects.filter(organisation=self.keep).count(), 2)
        self.assertEqual(list(self.meeting.organisations.all()), [self.keep])
        self.assertEqual(Role.objects.get(person=self.minister).organisation, self.keep)
        self.member.refresh_from_db()
        self.assertEqual(self.member.parent, self.keep)
        names = set(self.keep.aliases.values_list("name", flat=True))
        self.assertEqual(
            names,
            {"Collective Security Treaty Organization", "Collective Security Treaty Organisation", "ОДКБ"},
        )


class MeetingMergeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.rajnath = Person.objects.get(name="Rajnath Singh")
        cls.wei = Person.objects.get(name="Wei Fenghe")
        cls.mirzo = Person.objects.get(name="Sherali Mirzo")
        cls.dushanbe = Place.objects.get(name="Dushanbe")
        cls.sco = Organisation.objects.get(acronym="SCO")
        cls.keep = make_meeting(cls.rajnath, cls.wei, date=datetime.date(2021, 7, 28))
        cls.dup = make_meeting(cls.rajnath, cls.mirzo, date=None, place=cls.dushanbe)
        cls.dup.organisations.add(cls.sco)
        cls.side = make_meeting(cls.wei, cls.mirzo)
        cls.side.sidelines_of = cls.dup
        cls.side.save()
        cls.english = make_article("Talks in Dushanbe", meetings=[cls.keep])
        MeetingReport.objects.create(
            article=make_article("दुशांबे में वार्ता", language="hi"),
            meeting=cls.dup,
            evidence="राजनाथ सिंह ने दुशांबे में बातचीत की.",
        )
        MeetingReport.objects.filter(meeting=cls.keep).update(evidence="Rajnath Singh met Wei Fenghe.")
        MeetingReport.objects.create(
            article=cls.english, meeting=cls.dup, evidence="The talks took place in Dushanbe."
        )

    def test_merge_a_meeting_reported_twice(self):
        self.client.force_login(self.editor)
        page = action_post(self.client, Meeting, "merge_selected", [self.keep.pk, self.dup.pk])
        counts = {row["record"].pk: row["counts"] for row in page.context["rows"]}[self.dup.pk]
        self.assertEqual(counts, {"reports": 2, "participants": 2, "organisations": 1, "side meetings": 1})
        response = action_post(
            self.client,
            Meeting,
            "merge_selected",
            [self.keep.pk, self.dup.pk],
            post="yes",
            survivor=str(self.keep.pk),
        )
        self.assertRedirects(response, admin_url(Meeting, "change", self.keep.pk))
        self.assertFalse(Meeting.objects.filter(pk=self.dup.pk).exists())
        self.keep.refresh_from_db()
        self.assertEqual(set(self.keep.participants.all()), {self.rajnath, self.wei, self.mirzo})
        self.assertEqual(list(self.keep.organisations.all()), [self.sco])
        self.assertEqual((self.keep.date, self.keep.place), (datetime.date(2021, 7, 28), self.dushanbe))
        reports = {
            report.article.title: report.evidence for report in self.keep.reports.select_related("article")
        }
        self.assertEqual(
            reports,
            {
                "Talks in Dushanbe": "Rajnath Singh met Wei Fenghe.\nThe talks took place in Dushanbe.",
                "दुशांबे में वार्ता": "राजनाथ सिंह ने दुशांबे में बातचीत की.",
            },
        )
        self.side.refresh_from_db()
        self.assertEqual(self.side.sidelines_of, self.keep)
        self.assertIn("Merged", self.keep.history.first().history_change_reason)
