"""From extraction to the archive: new people and organisations, one record per entity, one meeting per meeting."""

import datetime
import io
import tempfile
from pathlib import Path
from unittest import mock

from django.core.management import call_command
from django.test import TestCase

from articles.importing.importer import Importer, Outcome
from articles.linking import link_article, mark
from articles.models import Article, MeetingReport, PersonMention
from people.models import (
    Meeting,
    Organisation,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    Place,
)

PETROV_EN = (
    " date 2024-03-14 Belarus Defence Minister Lt Gen Ivan Petrov met External Affairs Minister S. Thirumalai "
    "in New Delhi on Monday.\n\nPetrov said the talks were useful.\n"
)
PETROV_HI = "बेलारूस के रक्षा मंत्री लेफ्टिनेंट जनरल इवान पेत्रोव ने नई दिल्ली में कहा कि बातचीत उपयोगी रही.\n"


class ImportFilesTestCase(TestCase):
    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name)

    def write(self, name, content):
        path = self.folder / name
        path.write_text(content, encoding="utf-8")
        return path

    def run_import(self, *paths, **options):
        out, err = io.StringIO(), io.StringIO()
        call_command("import_articles", *[str(p) for p in paths or [self.folder]], stdout=out, stderr=err, **options)
        return out.getvalue()

    def article(self, name):
        return Article.objects.get(source_path__endswith=name)


class NewPeopleTests(ImportFilesTestCase):
    def test_a_new_person_is_created_unreviewed_with_evidence_role_and_country(self):
        self.write("petrov.txt", PETROV_EN)
        self.run_import()
        petrov = Person.objects.get(name="Ivan Petrov")
        self.assertEqual((petrov.origin, petrov.reviewed), ("import", False))
        self.assertIn("Belarus Defence Minister Lt Gen Ivan Petrov met", petrov.evidence)
        role = petrov.roles.get()
        self.assertEqual((role.title, role.country.iso_code, role.origin), ("Defence Minister", "BY", "import"))
        self.assertEqual(set(petrov.aliases.values_list("name", flat=True)), {"Ivan Petrov"})
        surfaces = set(PersonMention.objects.filter(person=petrov).values_list("surface", flat=True))
        self.assertEqual(surfaces, {"Ivan Petrov", "Petrov"})
        thirumalai = Person.objects.get(name="S. Thirumalai")
        self.assertEqual(thirumalai.roles.get().title, "External Affairs Minister")

        meeting = Meeting.objects.get(origin="import")
        self.assertEqual(set(meeting.participants.all()), {petrov, thirumalai})
        self.assertEqual((meeting.status, meeting.origin, meeting.reviewed), ("held", "import", False))
        self.assertEqual((meeting.date, meeting.place.name), (datetime.date(2024, 3, 11), "New Delhi"))
        self.assertEqual(meeting.reports.get().article, self.article("petrov.txt"))

    def test_one_person_named_in_latin_and_devanagari_is_one_record_with_both_aliases(self):
        self.write("1.txt", PETROV_EN)
        self.write("2.txt", PETROV_HI)
        self.run_import()
        petrov = Person.objects.get(aliases__name="इवान पेत्रोव")
        self.assertEqual(petrov.name, "Ivan Petrov")
        self.assertEqual(set(petrov.aliases.values_list("name", flat=True)), {"Ivan Petrov", "इवान पेत्रोव"})
        self.assertEqual(Person.objects.filter(origin="import").count(), 2)  # Petrov and Thirumalai
        self.assertTrue(PersonMention.objects.filter(person=petrov, article=self.article("2.txt")).exists())

    def test_the_devanagari_spelling_first_then_the_latin_one_is_still_one_record_named_in_latin(self):
        self.write("1.txt", PETROV_HI)
        self.run_import()
        petrov = Person.objects.get(origin="import")
        self.assertEqual(petrov.name, "इवान पेत्रोव")
        self.write("2.txt", PETROV_EN)
        self.run_import()
        petrov.refresh_from_db()
        self.assertEqual(petrov.name, "Ivan Petrov")
        self.assertEqual(set(petrov.aliases.values_list("name", flat=True)), {"Ivan Petrov", "इवान पेत्रोव"})

    def test_an_unsure_likeness_keeps_two_records_and_flags_the_pair(self):
        known = Person.objects.create(name="Subrahmanyam Thirumalai", origin="editor", reviewed=True)
        known.aliases.create(name="Subrahmanyam Thirumalai")
        self.write("1.txt", PETROV_EN)
        self.run_import()
        new = Person.objects.get(name="S. Thirumalai")
        flag = PersonDuplicateFlag.objects.get()
        self.assertEqual((flag.person, flag.other, flag.status), (new, known, "open"))
        self.assertIn("S. Thirumalai", flag.evidence)

    def test_a_known_persons_other_spelling_becomes_an_alias_reviewed_or_not(self):
        volkhonsky = mark(Person(name="Sergei Volkhonsky", origin="import", reviewed=False))  # as the importer makes them
        volkhonsky.save()
        mark(PersonAlias(person=volkhonsky, name="Sergei Volkhonsky")).save()
        self.write("1.txt", " date 2021-07-29 The Russian Defence Minister Sergey Volkhonsky arrived in Dushanbe on the day.\n")
        self.run_import()
        self.assertEqual(set(volkhonsky.aliases.values_list("name", flat=True)), {"Sergei Volkhonsky", "Sergey Volkhonsky"})
        self.assertEqual(Person.objects.filter(name__contains="Volkhonsky").count(), 1)

        Person.objects.filter(pk=volkhonsky.pk).update(reviewed=True, name="Sergei V. Volkhonsky")
        self.write("2.txt", " date 2021-07-30 The Russian Defence Minister Sergej Volkhonsky left Dushanbe in the night.\n")
        self.run_import()
        # The archive learns how its texts write a reviewed person too; the editor's name stays.
        self.assertIn("Sergej Volkhonsky", volkhonsky.aliases.values_list("name", flat=True))
        volkhonsky.refresh_from_db()
        self.assertEqual((volkhonsky.name, volkhonsky.reviewed), ("Sergei V. Volkhonsky", True))
        self.assertTrue(PersonMention.objects.filter(person=volkhonsky, surface="Sergej Volkhonsky").exists())


class RunStateTests(ImportFilesTestCase):
    def test_people_created_by_one_file_are_known_to_the_next_files_of_the_run(self):
        first = self.write("1.txt", PETROV_EN)
        importer = Importer()
        importer.import_file(first)
        petrov = Person.objects.get(name="Ivan Petrov")
        self.assertEqual([m.entity_id for m in importer.gazetteer.find("Ivan Petrov left")], [petrov.pk])
        self.assertEqual(importer.gazetteer.roles[petrov.pk][0].concept, "defence_minister")
        self.write("2.txt", PETROV_EN.replace("Monday", "Tuesday") + "Ivan Petrov left.\n")
        self.run_import()
        self.assertEqual(Person.objects.filter(name="Ivan Petrov").count(), 1)
        self.assertEqual(PersonMention.objects.filter(person__name="Ivan Petrov").values("article").distinct().count(), 2)

    def test_a_dry_run_leaves_nothing_in_the_database_or_in_memory(self):
        first, second = self.write("1.txt", PETROV_EN), self.write("2.txt", PETROV_HI)
        importer = Importer(dry_run=True)
        counts = (Person.objects.count(), PersonAlias.objects.count(), Meeting.objects.count())
        result = importer.import_file(first)
        self.assertEqual(result.outcome, Outcome.IMPORTED)
        self.assertEqual(importer.gazetteer.find("Ivan Petrov met"), [])
        self.assertEqual(importer.gazetteer.person_index.compare("Ivan Petrov"), [])
        result = importer.import_file(second)
        self.assertEqual([p.name for p in result.extraction.new_persons], ["इवान पेत्रोव"])
        self.assertEqual(counts, (Person.objects.count(), PersonAlias.objects.count(), Meeting.objects.count()))

    def test_a_file_that_fails_is_forgotten_in_memory_too(self):
        first, second = self.write("1.txt", PETROV_EN), self.write("2.txt", PETROV_HI)
        importer = Importer()
        with mock.patch("articles.linking.save_links", side_effect=RuntimeError("disk full")):
            self.assertEqual(importer.import_file(first).outcome, Outcome.FAILED)
        self.assertEqual(importer.gazetteer.find("Ivan Petrov"), [])
        self.assertEqual(importer.import_file(second).outcome, Outcome.IMPORTED)
        self.assertEqual(list(Person.objects.filter(origin="import").values_list("name", flat=True)), ["इवान पेत्रोव"])

    def test_hand_entered_articles_are_extracted_the_same_way(self):
        article = Article.objects.create(title="x", body=PETROV_EN.split(" ", 3)[3], language="en", origin="editor")
        link_article(article)
        self.assertTrue(PersonMention.objects.filter(article=article, person__name="Ivan Petrov").exists())
        self.assertEqual(Meeting.objects.get(origin="import").reports.get().article, article)


class NewOrganisationTests(ImportFilesTestCase):
    def test_an_organisation_defined_in_english_then_named_in_hindi_is_one_record(self):
        self.write(
            "1.txt",
            " date 2024-03-14 The Northern Maritime Cooperation Organization (NMCO) met in Minsk. "
            "The Joint Staff (JS) of the NMCO prepared the meeting.\n",
        )
        self.write("2.txt", "उत्तरी समुद्री सहयोग संगठन (एनएमसीओ) की बैठक मिन्स्क में हुई.\n")
        self.run_import()
        nmco = Organisation.objects.get(acronym="NMCO")
        self.assertEqual((nmco.name, nmco.origin, nmco.reviewed), ("Northern Maritime Cooperation Organization", "import", False))
        self.assertEqual(
            set(nmco.aliases.values_list("name", flat=True)),
            {"Northern Maritime Cooperation Organization", "NMCO", "उत्तरी समुद्री सहयोग संगठन", "एनएमसीओ"},
        )
        self.assertEqual(Organisation.objects.get(acronym="JS").parent, nmco)
        self.assertEqual(nmco.mentions.values("article").distinct().count(), 2)

    def test_a_ministry_is_created_with_its_country(self):
        self.write("1.txt", " date 2024-03-14 Tajikistan's Ministry of Defence issued a statement.\n")
        self.run_import()
        ministry = Organisation.objects.get(origin="import")
        self.assertEqual((ministry.name, ministry.kind, ministry.country), (
            "Ministry of Defence (Tajikistan)", "ministry", Place.objects.get(iso_code="TJ")
        ))


class OneMeetingManyReportsTests(ImportFilesTestCase):
    DATED = " date 2021-07-29 Rajnath Singh met Sherali Mirzo in Dushanbe on Wednesday.\n"
    UNDATED = "राजनाथ सिंह ने दुशान्बे में शेर अली मिर्जा से मुलाकात की.\n"
    PLANNED = "राजनाथ सिंह शेर अली मिर्जा से मुलाकात कर सकते हैं.\n"
    PROSE = "The two ministers are expected to discuss border security and the training of officers."

    def assert_one_meeting_reported_by(self, *names, status="held"):
        meeting = Meeting.objects.get(origin="import")
        self.assertEqual(meeting.status, status)
        self.assertEqual({r.article.source_path.rsplit("/", 1)[-1] for r in meeting.reports.all()}, set(names))
        return meeting

    def test_a_dated_and_an_undated_report_are_one_meeting(self):
        self.write("1.txt", self.DATED)
        self.write("2.txt", self.UNDATED)
        self.run_import()
        meeting = self.assert_one_meeting_reported_by("1.txt", "2.txt")
        self.assertEqual((meeting.date, meeting.place.name), (datetime.date(2021, 7, 28), "Dushanbe"))
        self.assertIn("मुलाकात की", MeetingReport.objects.get(meeting=meeting, article__language="hi").evidence)

    def test_the_undated_report_first_then_the_dated_one_fills_in_the_date(self):
        self.write("1.txt", self.UNDATED)
        self.run_import()
        self.assertIsNone(Meeting.objects.get(origin="import").date)
        self.write("2.txt", self.DATED)
        self.run_import()
        meeting = self.assert_one_meeting_reported_by("1.txt", "2.txt")
        self.assertEqual(meeting.date, datetime.date(2021, 7, 28))

    def test_a_planned_meeting_reported_as_held_later_is_one_held_meeting(self):
        self.write("1.txt", self.PLANNED)
        self.run_import()
        self.assert_one_meeting_reported_by("1.txt", status="planned")
        self.write("2.txt", self.DATED)
        self.run_import()
        self.assert_one_meeting_reported_by("1.txt", "2.txt", status="held")

    def test_a_planned_meeting_called_off_later_is_one_cancelled_meeting(self):
        self.write("1.txt", self.PLANNED)
        self.run_import()
        self.write("2.txt", "राजनाथ सिंह और शेर अली मिर्जा के बीच प्रस्तावित बैठक रद्द कर दी गई.\n")
        self.run_import()
        meeting = self.assert_one_meeting_reported_by("1.txt", "2.txt", status="cancelled")
        says = dict(meeting.reports.values_list("article__source_path", "says"))
        self.assertEqual(sorted(says.values()), ["cancelled", "planned"])

    def test_a_report_that_they_met_is_never_joined_to_a_cancelled_meeting(self):
        self.write("1.txt", " date 2021-07-20 A meeting between Rajnath Singh and Sherali Mirzo was called off.\n")
        self.run_import()
        self.assert_one_meeting_reported_by("1.txt", status="cancelled")
        self.write("2.txt", self.DATED)
        self.run_import()
        statuses = sorted(Meeting.objects.filter(origin="import").values_list("status", flat=True))
        self.assertEqual(statuses, ["cancelled", "held"])

    def test_a_planned_report_is_never_of_a_meeting_before_its_article(self):
        self.write("1.txt", self.DATED)  # held on 2021-07-28
        self.write("2.txt", f" date 2022-01-10 Rajnath Singh may meet Sherali Mirzo next month. {self.PROSE}\n")
        self.run_import()
        meetings = Meeting.objects.filter(origin="import").order_by("status")
        self.assertEqual([(m.status, m.date) for m in meetings], [("held", datetime.date(2021, 7, 28)), ("planned", None)])
        # The other way round: a report of talks held before a preview is not of the previewed meeting.
        Meeting.objects.filter(origin="import").delete()
        Article.objects.all().delete()
        self.run_import(self.folder / "2.txt")
        self.run_import(self.folder / "1.txt")
        meetings = Meeting.objects.filter(origin="import").order_by("status")
        self.assertEqual([(m.status, m.date) for m in meetings], [("held", datetime.date(2021, 7, 28)), ("planned", None)])
        # Previewed before it happened, the same talks are one meeting.
        self.write("3.txt", f" date 2021-07-20 Rajnath Singh may meet Sherali Mirzo in Dushanbe. {self.PROSE}\n")
        self.run_import()
        held = Meeting.objects.get(origin="import", status="held")
        self.assertEqual(
            sorted(r.article.source_path.rsplit("/", 1)[-1] for r in held.reports.all()), ["1.txt", "3.txt"]
        )

    def test_reports_of_the_same_people_on_other_days_are_other_meetings(self):
        self.write("1.txt", self.DATED)
        self.write("2.txt", self.DATED.replace("2021-07-29", "2022-03-10"))
        self.run_import()
        self.assertEqual(Meeting.objects.filter(origin="import").count(), 2)
        # An undated report now fits both equally: it is not guessed into either.
        self.write("3.txt", self.UNDATED)
        self.run_import()
        self.assertEqual(Meeting.objects.filter(origin="import").count(), 3)


    def test_an_earlier_meeting_the_article_recalls_is_its_own_meeting_in_its_month(self):
        self.write("1.txt", f" date 2020-03-12 Rajnath Singh met Sherali Mirzo in Moscow. {self.PROSE}\n")
        self.run_import()
        self.write("2.txt", self.DATED.replace("\n", " Last year in March, Rajnath Singh met Sherali Mirzo in Moscow.\n"))
        self.run_import()
        meetings = Meeting.objects.filter(origin="import", kind="bilateral")
        reports = {m.date: sorted(r.article.source_path.rsplit("/", 1)[-1] for r in m.reports.all()) for m in meetings}
        # The talks in Moscow (no day given) are the ones the second article recalls, not its news of the day.
        self.assertEqual(reports, {None: ["1.txt", "2.txt"], datetime.date(2021, 7, 28): ["2.txt"]})


class OneMeetingAcrossLanguagesTests(ImportFilesTestCase):
    """An English dated report and a Hindi undated one of the same talks are one meeting, in either order."""

    SAMARKAND_EN = (
        " date 2022-09-16 Prime Minister Narendra Modi met President Vladimir Putin in Samarkand on Friday.\n"
    )
    KAZAN_EN = " date 2024-10-23 Narendra Modi met Vladimir Putin in Kazan on Tuesday and discussed trade.\n"
    SAMARKAND_HI = "प्रधानमंत्री नरेंद्र मोदी ने समरकंद में राष्ट्रपति व्लादिमीर पुतिन से मुलाकात की.\n"

    def import_in_order(self, *files):
        for name, text in files:
            self.write(name, text)
            self.run_import()

    def assert_two_meetings(self):
        samarkand = Meeting.objects.get(origin="import", place__name="Samarkand")
        kazan = Meeting.objects.get(origin="import", place__name="Kazan")
        self.assertEqual(Meeting.objects.filter(origin="import").count(), 2)
        self.assertEqual(
            (samarkand.date, self.reported_by(samarkand)),
            (datetime.date(2022, 9, 16), {"samarkand-en.txt", "samarkand-hi.txt"}),
        )
        self.assertEqual((kazan.date, self.reported_by(kazan)), (datetime.date(2024, 10, 22), {"kazan-en.txt"}))

    @staticmethod
    def reported_by(meeting):
        return {r.article.source_path.rsplit("/", 1)[-1] for r in meeting.reports.all()}

    def test_english_first(self):
        self.import_in_order(
            ("samarkand-en.txt", self.SAMARKAND_EN), ("kazan-en.txt", self.KAZAN_EN), ("samarkand-hi.txt", self.SAMARKAND_HI)
        )
        self.assert_two_meetings()

    def test_hindi_first(self):
        self.import_in_order(
            ("samarkand-hi.txt", self.SAMARKAND_HI), ("kazan-en.txt", self.KAZAN_EN), ("samarkand-en.txt", self.SAMARKAND_EN)
        )
        self.assert_two_meetings()

    def test_an_undated_report_in_an_article_years_later_is_another_meeting(self):
        self.import_in_order(
            ("samarkand-en.txt", self.SAMARKAND_EN),
            ("later.txt", " date 2023-07-04 Narendra Modi also met Vladimir Putin, officials said.\n"),
        )
        self.assertEqual(Meeting.objects.filter(origin="import").count(), 2)
        later = Meeting.objects.get(reports__article__source_path__endswith="later.txt")
        self.assertIsNone(later.date)
        # A dated report of the later meeting, days after it: the same meeting, which takes its date.
        self.import_in_order(
            ("dated.txt", " date 2023-07-05 Narendra Modi met Vladimir Putin on Monday, and the two spoke about trade.\n")
        )
        self.assertEqual(Meeting.objects.filter(origin="import").count(), 2)
        later.refresh_from_db()
        self.assertEqual(later.date, datetime.date(2023, 7, 3))

    def test_an_undated_article_is_of_the_time_of_the_dated_meeting_it_reports(self):
        self.import_in_order(
            ("moscow.txt", " date 2020-09-04 Rajnath Singh met Wei Fenghe in Moscow on Friday. "
                           "On Thursday he had held talks with Sergei Shoigu.\n"),
            ("delhi.txt", " date 2023-04-28 In New Delhi, Rajnath Singh also held talks with Sergei Shoigu, officials said.\n"),
        )
        self.assertEqual(Meeting.objects.filter(origin="import", participants__name="Sergei Shoigu").count(), 2)
        # No date: both meetings with Shoigu would fit, but the Wei meeting it reports dates the article to 2020.
        self.import_in_order(
            ("hindi.txt", "राजनाथ सिंह ने मॉस्को में वेई फेंगहे से मुलाकात की. इससे पहले उन्होंने सर्गेई शोइगु से बातचीत की थी.\n")
        )
        self.assertEqual(Meeting.objects.filter(origin="import", participants__name="Sergei Shoigu").count(), 2)
        shoigu_2020 = Meeting.objects.get(participants__name="Sergei Shoigu", date=datetime.date(2020, 9, 3))
        self.assertEqual(self.reported_by(shoigu_2020), {"moscow.txt", "hindi.txt"})


class NewLargerEventTests(ImportFilesTestCase):
    """A summit the archive does not know becomes a multilateral meeting, once, with its sidelines."""

    EN = (
        " date 2023-09-10 Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on "
        "the sidelines of the G20 Summit in New Delhi on Saturday.\n"
    )
    HI = " date 2023-09-10 प्रधानमंत्री नरेंद्र मोदी ने शनिवार को नई दिल्ली में जी20 शिखर सम्मेलन से इतर कई नेताओं से बात की.\n"

    def test_a_summit_named_by_two_articles_is_one_multilateral_meeting_with_its_sidelines(self):
        self.write("en.txt", self.EN)
        self.write("hi.txt", self.HI)
        self.run_import()
        (summit,) = Meeting.objects.filter(kind=Meeting.Kind.MULTILATERAL, organisations__acronym="G20")
        self.assertEqual(
            (summit.title, summit.status, summit.date, summit.place.name, summit.origin, summit.reviewed),
            ("G20 Summit, New Delhi 2023", "held", datetime.date(2023, 9, 9), "New Delhi", "import", False),
        )
        bilateral = Meeting.objects.get(participants__name="Fumio Kishida")
        self.assertEqual(bilateral.sidelines_of, summit)
        reports = MeetingReport.objects.filter(meeting=summit)
        self.assertEqual(sorted(r.article.language for r in reports), ["en", "hi"])
        self.assertEqual({r.says for r in reports}, {""})  # an event is reported, neither held nor planned by a report

        self.run_import(reextract=True)
        self.assertEqual(Meeting.objects.filter(kind=Meeting.Kind.MULTILATERAL, organisations__acronym="G20").count(), 1)
