"""Every changelist (and the busy change forms) costs the same queries for 3 rows as for 30.

Each test counts the queries of a page, adds rows of every kind the page
shows (with their mentions, tags, aliases, roles, participants, reports),
counts again and asserts the two counts are equal: no query per row.
"""

import itertools

from admin_support import admin_url, make_article, make_meeting, make_organisation, make_person, make_user
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from articles.models import Article, MeetingReport, RemovedLink
from people.models import (
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Person,
    PersonDuplicateFlag,
    Place,
    PlaceAlias,
    RejectedName,
    Role,
)

_serial = itertools.count(1)


def add_rows(count):
    """``count`` more of everything, linked to each other the way the importer links them."""
    country = Place.objects.get(iso_code="IN")
    for _ in range(count):
        n = next(_serial)
        person = make_person(f"Person {n}", f"व्यक्ति {n}", evidence=f"Minister Person {n} said.")
        Role.objects.create(person=person, title="Defence Minister", country=country)
        other = make_person(f"Counterpart {n}")
        organisation = make_organisation(f"Council {n}", f"C{n}", evidence=f"The Council {n} met.")
        place = Place.objects.create(name=f"Town {n}", kind=Place.Kind.CITY, country=country)
        PlaceAlias.objects.create(place=place, name=f"टाउन {n}")
        meeting = make_meeting(person, other, place=place)
        meeting.organisations.add(organisation)
        article = make_article(
            f"Report {n}",
            persons=[person, other],
            organisations=[organisation],
            meetings=[meeting],
            tags=[f"topic {n}", "common"],
        )
        # What the desk reviews besides: possible duplicates, rejected names, removed links.
        PersonDuplicateFlag.objects.create(person=other, other=person, similarity=80, evidence=f"Counterpart {n}.")
        twin = make_organisation(f"Counsel {n}")
        OrganisationDuplicateFlag.objects.create(organisation=twin, other=organisation, similarity=90)
        RejectedName.objects.create(kind=RejectedName.Kind.PERSON, name=f"Not A Person {n}")
        RemovedLink.objects.create(
            article=article, kind=RemovedLink.Kind.PERSON, target_id=other.pk, label=other.name
        )


class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.admin = make_user("boss", superuser=True)
        add_rows(3)

    def setUp(self):
        self.client.force_login(self.admin)

    def count_queries(self, url):
        self.client.get(url)  # warm the per-process caches (content types, site)
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return len(queries), response

    def assert_constant(self, url, *, rows_in=None):
        few, response = self.count_queries(url)
        before = len(response.context["cl"].result_list) if rows_in is None else rows_in()
        add_rows(27)
        many, response = self.count_queries(url)
        after = len(response.context["cl"].result_list) if rows_in is None else rows_in()
        self.assertGreater(after, before, f"{url} should list more rows after adding some")
        self.assertEqual(few, many, f"{url}: {few} queries for {before} rows, {many} for {after}")

    def test_articles(self):
        self.assert_constant(admin_url(Article))

    def test_articles_filtered_and_searched(self):
        common = Tag.objects.get(name="common")
        self.assert_constant(
            admin_url(Article) + f"?tag={common.pk}&language__exact=en&q=report&published__year=2021"
        )

    def test_articles_by_person(self):
        person = Person.objects.get(name="Person 1")
        few, _ = self.count_queries(admin_url(Article) + f"?person={person.pk}")
        add_rows(27)
        many, _ = self.count_queries(admin_url(Article) + f"?person={person.pk}")
        self.assertEqual(few, many)

    def test_people(self):
        # The people the rows add (the gazetteer's alone fill more than a page).
        self.assert_constant(admin_url(Person) + "?origin__exact=import")

    def test_people_filtered(self):
        country = Place.objects.get(iso_code="IN")
        self.assert_constant(admin_url(Person) + f"?role=any-minister&country={country.pk}&review=queue")

    def test_organisations(self):
        self.assert_constant(admin_url(Organisation) + "?origin__exact=import")

    def test_places(self):
        # The added towns (the gazetteer's countries and cities alone fill more than a page).
        self.assert_constant(admin_url(Place) + "?kind__exact=city&q=Town")

    def test_meetings(self):
        self.assert_constant(admin_url(Meeting))

    def test_meetings_filtered(self):
        self.assert_constant(
            admin_url(Meeting) + "?status__exact=held&review=queue&date__range__gte=2021-01-01"
        )

    def test_possible_duplicates(self):
        self.assert_constant(admin_url(PersonDuplicateFlag) + "?status__exact=open")
        self.assert_constant(admin_url(OrganisationDuplicateFlag))

    def test_rejected_names_and_removed_links(self):
        self.assert_constant(admin_url(RejectedName))
        self.assert_constant(admin_url(RemovedLink) + "?kind__exact=person")

    def test_tags(self):
        self.assert_constant(admin_url(Tag))

    def test_review_queue(self):
        self.assert_constant(
            "/admin/review/", rows_in=lambda: len(self.client.get("/admin/review/").context["items"])
        )

    def test_meeting_change_form_with_many_reports(self):
        meeting = Meeting.objects.get(participants__name="Person 1")
        url = admin_url(Meeting, "change", meeting.pk)
        few, _ = self.count_queries(url)
        for n in range(27):
            make_article(f"Another report {n}", meetings=[meeting])
        many, _ = self.count_queries(url)
        self.assertEqual(MeetingReport.objects.filter(meeting=meeting).count(), 28)
        self.assertEqual(few, many)

    def test_person_and_tag_change_forms_do_not_list_their_articles(self):
        person = Person.objects.get(name="Person 1")
        common = Tag.objects.get(name="common")
        urls = [admin_url(Person, "change", person.pk), admin_url(Tag, "change", common.pk)]
        few = [self.count_queries(url)[0] for url in urls]
        add_rows(27)
        for n in range(27):
            make_article(f"More on Person 1, {n}", persons=[person], tags=["common"])
        many = [self.count_queries(url)[0] for url in urls]
        self.assertEqual(few, many)

    def test_article_change_form_labels_meetings_without_more_queries(self):
        """A meeting's select box costs what Django's autocomplete costs (its option, its participants):
        the place and status in its label add nothing."""
        article = Article.objects.get(title="Report 1")
        url = admin_url(Article, "change", article.pk)
        few, _ = self.count_queries(url)
        people = list(Person.objects.filter(name__startswith="Counterpart")[:2])
        for n in range(6):
            make_meeting(*people, place=Place.objects.get(iso_code="IN"), title="").reports.create(
                article=article, evidence=f"Meeting {n}.", origin="extracted"
            )
        many, _ = self.count_queries(url)
        self.assertEqual(article.meetings.count(), 7)
        self.assertLessEqual(many - few, 2 * 6)
