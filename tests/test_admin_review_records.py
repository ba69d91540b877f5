"""The desk answers what the importer could not decide or was told to forget.

Possible duplicates (merge the new record into the known one, or mark the
pair different), rejected names and removed links, and what each report
says of its meeting: all in the admin, with history and the desk's roles.
"""

import datetime
import io
import tempfile
from pathlib import Path

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
from django.core.management import call_command
from django.test import TestCase
from test_extraction_reextract import FIRST, SECOND

from articles.models import Article, MeetingReport, PersonMention, RemovedLink
from people.merging import merge_organisations, merge_people
from people.models import (
    DuplicateFlag,
    OrganisationDuplicateFlag,
    Person,
    PersonDuplicateFlag,
    RejectedName,
)

OPEN, DIFFERENT = DuplicateFlag.Status.OPEN, DuplicateFlag.Status.DIFFERENT

# FIRST and SECOND: two articles whose defence ministers the importer cannot tell apart (Ivan / Vanya Petrov).
NEW_NAME = (
    " date 2024-04-02 Uzbekistan's Defence Minister Lt Gen Timur Zakirov met Defence Minister Rajnath Singh "
    "in Tashkent on Friday. The two ministers discussed border security and the training of officers.\n"
)


class ImportedArchive(TestCase):
    """The importer ran on files in a folder of the test's own."""

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)

    def run_import(self, **files):
        for name, text in files.items():
            (self.folder / f"{name}.txt").write_text(text, encoding="utf-8")
        out = io.StringIO()
        call_command("import_articles", str(self.folder), stdout=out, stderr=io.StringIO())
        return out.getvalue()

    def reextract(self):
        out = io.StringIO()
        call_command("import_articles", str(self.folder), reextract=True, stdout=out, stderr=io.StringIO())
        return out.getvalue()


class PersonFlagTests(ImportedArchive):
    def setUp(self):
        super().setUp()
        self.editor = make_user("editor", "Editor")
        self.client.force_login(self.editor)
        self.run_import(first=FIRST, second=SECOND)
        self.flag = PersonDuplicateFlag.objects.get()
        self.ivan = Person.objects.get(name="Ivan Petrov")
        self.vanya = Person.objects.get(name="Vanya Petrov")

    def test_the_flag_list_shows_both_records_and_the_evidence(self):
        self.assertEqual((self.flag.person, self.flag.other, self.flag.status), (self.vanya, self.ivan, OPEN))
        response = self.client.get(admin_url(PersonDuplicateFlag) + "?status__exact=open")
        self.assertContains(response, admin_url(Person, "change", self.vanya.pk))
        self.assertContains(response, admin_url(Person, "change", self.ivan.pk))
        self.assertContains(response, "Belarusian Defence Minister Vanya Petrov")
        self.assertNotContains(response, "Add possible duplicate person")  # flags come from the importer

    def test_the_review_queue_and_both_change_forms_point_at_the_open_flag(self):
        queue = self.client.get("/admin/review/")
        self.assertContains(queue, "Possible duplicates to decide")
        self.assertEqual(queue.context["open_flags"][0][1], 1)
        flag_url = admin_url(PersonDuplicateFlag, "change", self.flag.pk)
        for person in (self.ivan, self.vanya):
            self.assertContains(self.client.get(admin_url(Person, "change", person.pk)), flag_url)

    def test_merge_into_the_known_record_confirms_moves_everything_settles_the_flag_and_can_be_undone(self):
        page = action_post(self.client, PersonDuplicateFlag, "merge_into_known", [self.flag.pk])
        # First a confirmation page that says what moves and what is deleted; nothing has happened yet.
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "Deleted: the new record")
        self.assertContains(page, "Article mentions moving")
        self.assertEqual(page.context["rows"][0]["counts"]["article mentions"], 1)
        self.assertTrue(Person.objects.filter(pk=self.vanya.pk).exists())
        response = action_post(
            self.client, PersonDuplicateFlag, "merge_into_known", [self.flag.pk], follow=True, post="yes"
        )
        self.assertContains(response, "Merged Vanya Petrov into Ivan Petrov.")
        self.assertFalse(Person.objects.filter(pk=self.vanya.pk).exists())
        self.assertFalse(PersonDuplicateFlag.objects.exists())
        second = Article.objects.get(source_path__endswith="second.txt")
        self.assertTrue(PersonMention.objects.filter(person=self.ivan, article=second).exists())
        self.assertIn("Vanya Petrov", self.ivan.aliases.values_list("name", flat=True))
        # The known record's history offers the undo, which restores Vanya with his links and the flag.
        history = self.client.get(admin_url(Person, "history", self.ivan.pk))
        undo = history.context["merges"][0]["undo_url"]
        self.assertIsNotNone(undo)
        confirm = self.client.get(undo)
        self.assertContains(confirm, "Vanya Petrov")
        self.assertTrue(Person.objects.filter(pk=self.ivan.pk).exists())
        self.client.post(undo)
        vanya = Person.objects.get(pk=self.vanya.pk)
        self.assertEqual(vanya.name, "Vanya Petrov")
        self.assertTrue(PersonMention.objects.filter(person=vanya, article=second).exists())
        self.assertNotIn("Vanya Petrov", self.ivan.aliases.values_list("name", flat=True))
        self.assertEqual(PersonDuplicateFlag.objects.get().person, vanya)
        self.assertIn("Undid the merge", vanya.history.first().history_change_reason)
        # Merge again, for good: re-extraction finds Vanya as Ivan now: no new person, no new flag.
        action_post(self.client, PersonDuplicateFlag, "merge_into_known", [self.flag.pk], post="yes")
        self.assertFalse(Person.objects.filter(pk=self.vanya.pk).exists())
        self.reextract()
        self.assertFalse(Person.objects.filter(name="Vanya Petrov").exists())
        self.assertFalse(PersonDuplicateFlag.objects.exists())

    def test_mark_different_keeps_both_with_history_and_is_not_asked_again(self):
        response = action_post(
            self.client, PersonDuplicateFlag, "mark_different", [self.flag.pk], follow=True
        )
        self.assertContains(response, "Marked 1 pair as different entities")
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, DIFFERENT)
        self.assertEqual(self.flag.history.first().history_user, self.editor)
        self.reextract()
        self.assertEqual(list(PersonDuplicateFlag.objects.values_list("status", flat=True)), [DIFFERENT])
        self.assertEqual(Person.objects.filter(name__in=["Ivan Petrov", "Vanya Petrov"]).count(), 2)
        # A different pair is not offered for merging.
        response = action_post(
            self.client, PersonDuplicateFlag, "merge_into_known", [self.flag.pk], follow=True
        )
        self.assertContains(response, "Only open flags can be merged")
        self.assertTrue(Person.objects.filter(pk=self.vanya.pk).exists())

    def test_the_change_form_answers_open_or_different_only(self):
        url = admin_url(PersonDuplicateFlag, "change", self.flag.pk)
        data = form_data(self.client.get(url))
        data["status"] = "same"  # a merge says that, not a form
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.context["adminform"].form.errors["status"])
        data["status"] = DIFFERENT
        # A browser also sends the merge button's hidden fields with a plain save: they change nothing.
        data.update({"_selected_action": str(self.flag.pk), "index": "0", "_save": "Save"})
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertTrue(Person.objects.filter(pk=self.vanya.pk).exists())
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, DIFFERENT)

    def test_the_flag_page_merges_with_one_button(self):
        url = admin_url(PersonDuplicateFlag, "change", self.flag.pk)
        page = self.client.get(url)
        self.assertContains(page, 'value="merge_into_known"')
        self.assertContains(page, f'formaction="{admin_url(PersonDuplicateFlag)}"')
        # What the button posts: the list's action for this one flag.
        data = {**form_data(page), "action": "merge_into_known", "_selected_action": str(self.flag.pk), "index": "0"}
        confirm = self.client.post(admin_url(PersonDuplicateFlag), data)
        self.assertContains(confirm, "Merge 1 new record into the known one")
        self.assertTrue(Person.objects.filter(pk=self.vanya.pk).exists())  # not before the confirmation
        data["post"] = "yes"
        response = self.client.post(admin_url(PersonDuplicateFlag), data, follow=True)
        self.assertContains(response, "Merged Vanya Petrov into Ivan Petrov.")
        self.assertFalse(Person.objects.filter(pk=self.vanya.pk).exists())

    def test_a_viewer_reads_flags_but_cannot_answer_them(self):
        self.client.force_login(make_user("viewer", "Viewer"))
        response = self.client.get(admin_url(PersonDuplicateFlag))
        self.assertContains(response, "Vanya Petrov")
        self.assertNotContains(response, "merge_into_known")
        self.assertNotContains(response, "mark_different")
        for action in ("merge_into_known", "mark_different"):
            action_post(self.client, PersonDuplicateFlag, action, [self.flag.pk])
        self.flag.refresh_from_db()
        self.assertEqual(self.flag.status, OPEN)
        self.assertTrue(Person.objects.filter(pk=self.vanya.pk).exists())
        url = admin_url(PersonDuplicateFlag, "change", self.flag.pk)
        self.assertNotContains(self.client.get(url), 'value="merge_into_known"')
        self.assertEqual(self.client.post(url, {"status": DIFFERENT}).status_code, 403)


class MergeSettlesFlagsTests(TestCase):
    """A merge answers the flags inside the merged group and keeps the others open, on the survivor."""

    def test_people(self):
        keep, dup, third, fourth = (
            make_person(name) for name in ["Anvar Kadirov", "A. Kadirov", "Anvar Kodirov", "Anwar Kadyrov"]
        )
        PersonDuplicateFlag.objects.create(person=dup, other=keep, similarity=90)  # answered by the merge
        moved = PersonDuplicateFlag.objects.create(
            person=third, other=dup, similarity=85
        )  # stays open, on keep
        PersonDuplicateFlag.objects.create(person=dup, other=fourth, similarity=80)
        PersonDuplicateFlag.objects.create(
            person=fourth, other=keep, similarity=80, status=DIFFERENT
        )  # already answered
        result = merge_people(keep, [dup])
        self.assertEqual(result.moved["possible-duplicate flags"], 1)
        self.assertEqual(result.collapsed["possible-duplicate flags"], 2)
        self.assertEqual(
            set(PersonDuplicateFlag.objects.values_list("person__name", "other__name", "status")),
            {("Anvar Kodirov", "Anvar Kadirov", OPEN), ("Anwar Kadyrov", "Anvar Kadirov", DIFFERENT)},
        )
        self.assertEqual(PersonDuplicateFlag.objects.get(person=third).pk, moved.pk)

    def test_meetings_alike_before_the_merge_are_not_pointed_out(self):
        keep, dup, other = (make_person(name) for name in ["Anvar Kadirov", "A. Kadirov", "Wei Fenghe"])
        make_meeting(keep, other, date=datetime.date(2021, 1, 5))  # the same two, on other days
        make_meeting(keep, other, date=datetime.date(2021, 2, 9))
        self.assertEqual(merge_people(keep, [dup]).twin_meetings, [])
        # A meeting that moves in and matches one of theirs, with no other date, is pointed out.
        dup2 = make_person("Anvar Qodirov")
        moved = make_meeting(dup2, other, date=datetime.date(2021, 2, 9))
        (group,) = merge_people(keep, [dup2]).twin_meetings
        self.assertIn(moved.pk, [meeting.pk for meeting in group])

    def test_organisations(self):
        keep = make_organisation("Regional Anti-Terrorist Structure", "RATS")
        dup = make_organisation("Regional Anti-Terror Structure")
        third = make_organisation("Regional Anti-Terrorism Centre")
        OrganisationDuplicateFlag.objects.create(organisation=dup, other=keep, similarity=92)
        OrganisationDuplicateFlag.objects.create(organisation=third, other=dup, similarity=80)
        merge_organisations(keep, [dup])
        self.assertEqual(
            list(OrganisationDuplicateFlag.objects.values_list("organisation", "other")),
            [(third.pk, keep.pk)],
        )


class RejectedNameTests(ImportedArchive):
    def setUp(self):
        super().setUp()
        self.client.force_login(make_user("editor", "Editor"))

    def test_a_name_rejected_ahead_keeps_the_importer_from_creating_it(self):
        response = self.client.post(
            admin_url(RejectedName, "add"), {"kind": "person", "name": "Timur  ZAKIROV"}
        )
        self.assertEqual(response.status_code, 302)
        self.run_import(new_name=NEW_NAME)
        article = Article.objects.get()
        self.assertFalse(Person.objects.filter(name__icontains="Zakirov").exists())
        self.assertEqual(list(article.persons.values_list("name", flat=True)), ["Rajnath Singh"])

    def test_without_the_rejection_the_importer_creates_the_name(self):
        self.run_import(new_name=NEW_NAME)
        self.assertTrue(Person.objects.filter(name="Timur Zakirov", reviewed=False).exists())

    def test_the_same_name_twice_is_a_form_error_not_a_crash(self):
        RejectedName.objects.create(kind="person", name="Twitter")
        response = self.client.post(admin_url(RejectedName, "add"), {"kind": "person", "name": "  twitter"})
        self.assertEqual(response.status_code, 200)
        self.assertIn("already rejected", str(response.context["adminform"].form.errors["name"]))
        # The same name as another kind is a different rejection.
        response = self.client.post(
            admin_url(RejectedName, "add"), {"kind": "organisation", "name": "Twitter"}
        )
        self.assertEqual(response.status_code, 302)

    def test_search_by_the_name_in_another_spelling(self):
        RejectedName.objects.create(kind="person", name="मिर्ज़ा")
        response = self.client.get(admin_url(RejectedName) + "?q=मिर्जा")  # no nukta
        self.assertContains(response, "मिर्ज़ा")


class RemovedLinkTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        cls.person = make_person("Removed <b>Person</b>")
        cls.article = make_article("An article <i>title</i>")
        cls.link = RemovedLink.objects.create(
            article=cls.article, kind=RemovedLink.Kind.PERSON, target_id=cls.person.pk, label=cls.person.name
        )

    def setUp(self):
        self.client.force_login(self.editor)

    def test_listed_with_the_article_escaped(self):
        response = self.client.get(admin_url(RemovedLink))
        self.assertContains(response, "Removed &lt;b&gt;Person&lt;/b&gt;")
        self.assertContains(response, "An article &lt;i&gt;title&lt;/i&gt;")
        self.assertContains(response, admin_url(Article, "change", self.article.pk))

    def test_read_and_deleted_never_typed_in(self):
        self.assertEqual(self.client.get(admin_url(RemovedLink, "add")).status_code, 403)
        change = self.client.get(admin_url(RemovedLink, "change", self.link.pk))
        self.assertEqual(change.status_code, 200)
        self.assertNotContains(change, 'name="_save"')
        response = self.client.post(admin_url(RemovedLink, "delete", self.link.pk), {"post": "yes"})
        self.assertEqual(response.status_code, 302)
        self.assertFalse(RemovedLink.objects.exists())


class ReportSaysTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = make_user("editor", "Editor")
        singh, mirzo = make_person("Rajnath Singh"), make_person("Sherali Mirzo")
        cls.meeting = make_meeting(singh, mirzo)
        cls.article = make_article("Singh may meet Mirzo", meetings=[cls.meeting])
        cls.preview = make_article("A preview of the talks")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_what_a_report_says_is_edited_on_the_meeting(self):
        url = admin_url(type(self.meeting), "change", self.meeting.pk)
        response = self.client.get(url)
        data = form_data(response)
        report_prefix = response.context["inline_admin_formsets"][0].formset.prefix
        data[f"{report_prefix}-0-says"] = MeetingReport.Says.PLANNED
        new_prefix = response.context["inline_admin_formsets"][1].formset.prefix
        add_inline_row(
            data, new_prefix, article=self.preview.pk, says=MeetingReport.Says.PLANNED, evidence=""
        )
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(
            dict(MeetingReport.objects.filter(meeting=self.meeting).values_list("article", "says")),
            {self.article.pk: MeetingReport.Says.PLANNED, self.preview.pk: MeetingReport.Says.PLANNED},
        )

    def test_and_on_the_article(self):
        url = admin_url(Article, "change", self.article.pk)
        response = self.client.get(url)
        self.assertContains(response, "That it was held")
        data = form_data(response)
        prefix = next(
            inline.formset.prefix
            for inline in response.context["inline_admin_formsets"]
            if inline.formset.model is MeetingReport
        )
        data[f"{prefix}-0-says"] = MeetingReport.Says.PLANNED
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertEqual(MeetingReport.objects.get(article=self.article).says, MeetingReport.Says.PLANNED)


class PermissionTests(TestCase):
    def test_editor_and_viewer_have_the_review_records(self):
        from django.contrib.auth.models import Group

        editor = set(Group.objects.get(name="Editor").permissions.values_list("codename", flat=True))
        viewer = set(Group.objects.get(name="Viewer").permissions.values_list("codename", flat=True))
        for model in ["personduplicateflag", "organisationduplicateflag", "rejectedname", "removedlink"]:
            self.assertLessEqual(
                {f"{action}_{model}" for action in ["add", "change", "delete", "view"]}, editor
            )
            self.assertIn(f"view_{model}", viewer)
            self.assertNotIn(f"change_{model}", viewer)

    def test_anonymous_users_are_sent_to_log_in(self):
        for model in [PersonDuplicateFlag, OrganisationDuplicateFlag, RejectedName, RemovedLink]:
            response = self.client.get(admin_url(model))
            self.assertEqual(response.status_code, 302)
            self.assertIn("/admin/login/", response["Location"])
