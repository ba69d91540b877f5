"""Complete history and undoable merges (issue 12): inline changes in the parent's history, merges undone."""

import datetime

from admin_support import (
    action_post,
    add_inline_row,
    admin_url,
    form_data,
    make_article,
    make_meeting,
    make_organisation,
    make_person,
    make_user,
)
from django.test import TestCase

from articles.models import Article, MeetingReport, OrganisationMention, PersonMention
from people.merge_undo import UndoError, merge_with_undo, undo_blocker, undo_merge
from people.models import Meeting, Organisation, Person, Place, Role


class InlineHistoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.person = make_person("Khurshed Nazarov")
        cls.france = Place.objects.get(iso_code="FR")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_alias_and_role_edits_saved_with_the_record_are_in_its_history(self):
        url = admin_url(Person, "change", self.person.pk)
        data = form_data(self.client.get(url))
        data["reviewed"] = "on"
        add_inline_row(data, "aliases", name="खुर्शेद नज़ारोव")
        add_inline_row(data, "roles", title="Deputy Defence Minister", country=self.france.pk)
        self.assertEqual(self.client.post(url, data).status_code, 302)
        # A second save changes the role's country.
        data = form_data(self.client.get(url))
        role_prefix = next(key for key in data if key.endswith("-title") and data[key] == "Deputy Defence Minister")
        data[role_prefix.replace("-title", "-country")] = str(Place.objects.get(iso_code="IN").pk)
        self.assertEqual(self.client.post(url, data).status_code, 302)

        history = self.client.get(admin_url(Person, "history", self.person.pk))
        entries = list(history.context["page_obj"])
        whats = [entry["what"] for entry in entries]
        self.assertIn("Alias “खुर्शेद नज़ारोव”", whats)
        self.assertTrue(any(what.startswith("Role: Deputy Defence Minister") for what in whats))
        changed_role = next(e for e in entries if e["what"].startswith("Role:") and e["type"] == "Changed")
        self.assertEqual(changed_role["user"], self.editor)
        self.assertEqual([c["field"] for c in changed_role["changes"]], ["country"])
        self.assertContains(history, "Reviewed")  # the record's own change in the same table
        self.assertContains(history, "India")


class ArticleLinkHistoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.person = make_person("Khurshed Nazarov")
        cls.article = make_article("Nazarov visits", "Khurshed Nazarov visited the border posts on Monday.")
        cls.meeting = make_meeting(cls.person, make_person("Sherali Mirzo"))

    def test_links_added_and_removed_by_an_editor_are_in_the_articles_history(self):
        self.client.force_login(self.editor)
        url = admin_url(Article, "change", self.article.pk)
        data = form_data(self.client.get(url))
        add_inline_row(data, "personmention_set", person=self.person.pk, surface="Khurshed Nazarov")
        add_inline_row(data, "meetingreport_set", meeting=self.meeting.pk, says="held", evidence="")
        self.assertEqual(self.client.post(url, data).status_code, 302)
        data = form_data(self.client.get(url))
        data["personmention_set-0-DELETE"] = "on"
        self.assertEqual(self.client.post(url, data).status_code, 302)
        entries = list(self.client.get(admin_url(Article, "history", self.article.pk)).context["page_obj"])
        links = [(e["what"], e["type"]) for e in entries if not e["own"]]
        self.assertIn(("Link to person Khurshed Nazarov (“Khurshed Nazarov”)", "Added"), links)
        self.assertIn(("Link to person Khurshed Nazarov (“Khurshed Nazarov”)", "Deleted"), links)
        self.assertTrue(any(what.startswith("Report of the meeting") for what, _ in links))
        self.assertTrue(all(e["user"] == self.editor for e in entries if not e["own"]))
        # Links written by extraction alone leave no per-row history.
        self.assertEqual(PersonMention.history.count(), 2)


class UndoMergeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")

    def test_undo_an_organisation_merge_restores_its_mentions_aliases_and_members(self):
        known = make_organisation("Shanghai Cooperation Organisation", "SCO", origin="gazetteer", reviewed=True)
        twin = make_organisation("Shanghai Co-operation Organization")
        member = Organisation.objects.create(name="Regional Anti-Terrorist Structure", parent=twin)
        both = make_article("Both names", organisations=[known, twin])
        only_twin = make_article("Twin only", organisations=[twin])
        result = merge_with_undo(known, [twin], user=self.editor)
        member.refresh_from_db()
        self.assertEqual(member.parent, known)
        undo_merge(result.record, user=self.editor)
        twin = Organisation.objects.get(pk=twin.pk)
        member.refresh_from_db()
        self.assertEqual(member.parent, twin)
        self.assertTrue(OrganisationMention.objects.filter(organisation=twin, article=only_twin).exists())
        self.assertTrue(OrganisationMention.objects.filter(organisation=twin, article=both).exists())
        self.assertEqual(OrganisationMention.objects.get(organisation=known, article=both).count, 1)
        self.assertEqual(list(known.aliases.values_list("name", flat=True)), ["Shanghai Cooperation Organisation"])
        self.assertNotIn("Merged from", Organisation.objects.get(pk=known.pk).notes)

    def test_undo_a_meeting_merge_restores_its_reports_and_participants(self):
        a, b, c = make_person("A Person"), make_person("B Person"), make_person("C Person")
        first = make_meeting(a, b, date=datetime.date(2024, 5, 1))
        second = make_meeting(a, b, c, date=None)
        make_article("First report", meetings=[first])
        report = make_article("Second report", meetings=[second])
        result = merge_with_undo(first, [second], user=self.editor)
        self.assertEqual(first.participants.count(), 3)
        undo_merge(result.record)
        second = Meeting.objects.get(pk=second.pk)
        self.assertEqual(set(second.participants.all()), {a, b, c})
        self.assertEqual(set(Meeting.objects.get(pk=first.pk).participants.all()), {a, b})
        self.assertTrue(MeetingReport.objects.filter(meeting=second, article=report).exists())
        self.assertIsNone(Meeting.objects.get(pk=first.pk).place)

    def test_a_merge_whose_rows_were_touched_since_cannot_be_undone_and_says_why(self):
        ivan, vanya = make_person("Ivan Petrov"), make_person("Vanya Petrov")
        make_article("Vanya", persons=[vanya])
        result = merge_with_undo(ivan, [vanya], user=self.editor)
        ivan = Person.objects.get(pk=ivan.pk)
        ivan.reviewed = True
        ivan.save()
        self.assertIn("was changed since (reviewed", undo_blocker(result.record))
        with self.assertRaisesMessage(UndoError, "cannot be undone"):
            undo_merge(result.record)
        self.assertFalse(Person.objects.filter(pk=vanya.pk).exists())
        # The history page says so instead of offering the button.
        self.client.force_login(self.editor)
        history = self.client.get(admin_url(Person, "history", ivan.pk))
        self.assertIsNone(history.context["merges"][0]["undo_url"])
        self.assertContains(history, "Cannot be undone")

    def test_the_list_merge_is_undone_from_the_survivors_history_by_an_editor_only(self):
        ivan, vanya = make_person("Ivan Petrov"), make_person("Vanya Petrov")
        Role.objects.create(person=vanya, title="Defence Minister")
        self.client.force_login(self.editor)
        action_post(self.client, Person, "merge_selected", [ivan.pk, vanya.pk], post="yes", survivor=str(ivan.pk))
        self.assertFalse(Person.objects.filter(pk=vanya.pk).exists())
        undo = self.client.get(admin_url(Person, "history", ivan.pk)).context["merges"][0]["undo_url"]
        self.client.force_login(make_user("viewer", "Viewer"))
        self.assertEqual(self.client.post(undo).status_code, 403)
        self.client.force_login(self.editor)
        response = self.client.post(undo, follow=True)
        self.assertContains(response, "Undid the merge")
        self.assertEqual(Person.objects.get(pk=vanya.pk).roles.get().title, "Defence Minister")
        self.assertContains(self.client.get(admin_url(Person, "history", ivan.pk)), "Undone")
