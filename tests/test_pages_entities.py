"""Article, person, organisation, meeting and place pages, the people directory, and their JSON forms."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from search_archive import build_small_archive

from articles.models import LinkOrigin, MeetingReport
from people.lookup import name_index
from people.models import Meeting, Person, Place, Role


def timeline_rows(response):
    return [row for group in response.context["meeting_groups"] for row in group["rows"]]


class EntityPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.a = cls.archive.articles
        archive = cls.archive
        cls.summit = archive.meeting  # SCO ministers' meeting, 27–29 July 2021, Dushanbe; reported by a1, a3
        cls.summit.participants.add(archive.rajnath, archive.mirzo, archive.wei)
        cls.bilateral = Meeting.objects.create(
            kind=Meeting.Kind.BILATERAL,
            date=datetime.date(2021, 7, 28),
            place=archive.dushanbe,
            sidelines_of=cls.summit,
        )
        cls.bilateral.participants.add(archive.rajnath, archive.mirzo)
        cls.moscow = Meeting.objects.create(
            title="Talks in Moscow",
            date=datetime.date(2020, 9, 4),
            place=Place.objects.get(slug="moscow"),
        )
        cls.moscow.participants.add(archive.rajnath, archive.wei)
        cls.planned = Meeting.objects.create(
            status=Meeting.Status.PLANNED, date=datetime.date(2021, 9, 1)
        )
        cls.planned.participants.add(archive.rajnath, archive.wei)  # in the timeline, not "met with"
        for key in ("a1", "a3"):
            MeetingReport.objects.create(
                article=cls.a[key],
                meeting=cls.bilateral,
                origin=LinkOrigin.EDITOR,
                evidence="met on the sidelines",
            )

    def json(self, url, params=None, status=200):
        response = self.client.get(url, {**(params or {}), "format": "json"})
        self.assertEqual(response.status_code, status, response.content[:300])
        return response.json()

    # -- article ----------------------------------------------------------------------------

    def test_the_article_page_links_names_and_lists_the_other_reports(self):
        response = self.client.get(self.a["a1"].get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(
            response,
            '<a class="name name-person" href="/people/rajnath-singh/" title="Rajnath Singh">'
            "Rajnath Singh</a>",
            html=False,
        )
        self.assertContains(response, '<time datetime="2021-07-29">29 July 2021</time>', html=False)
        self.assertEqual(
            [report.meeting for report in response.context["reports"]], [self.summit, self.bilateral]
        )
        # The Hindi report of the same meetings, once.
        self.assertEqual([entry["article"] for entry in response.context["other_reports"]], [self.a["a3"]])
        self.assertContains(response, 'href="/search/?tag=defence"', html=False)

    def test_the_article_json(self):
        data = self.json(self.a["a3"].get_absolute_url())
        self.assertEqual((data["language"], data["published"], data["title"]), ("hi", None, "रक्षा बैठक"))
        self.assertEqual([person["value"] for person in data["persons"]], ["rajnath-singh", "sherali-mirzo"])
        self.assertEqual(
            [meeting["value"] for meeting in data["meetings"]], [str(self.summit.pk), str(self.bilateral.pk)]
        )
        self.assertEqual(
            [(entry["id"], entry["meetings"]) for entry in data["other_reports"]],
            [(self.a["a1"].pk, [self.summit.pk, self.bilateral.pk])],
        )
        self.assertEqual(data["tags"], [{"value": "defence", "label": "defence"}])
        self.assertEqual(self.client.get("/articles/999999/").status_code, 404)
        self.assertEqual(self.client.get(self.a["a3"].get_absolute_url(), {"format": "xml"}).status_code, 400)

    # -- person -------------------------------------------------------------------------------

    def test_the_person_page(self):
        response = self.client.get("/people/rajnath-singh/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            response.context["names"], [("Latin", ["Rajnath Singh"]), ("Devanagari", ["राजनाथ सिंह"])]
        )
        self.assertContains(response, 'Defence Minister, <a href="/places/india/">India</a>', html=False)
        self.assertContains(response, "since 31 May 2019")
        # The timeline, newest first: with whom, where, when.
        timeline = [
            (row["meeting"], [person.name for person in row["with"]]) for row in timeline_rows(response)
        ]
        # Grouped by year, newest first.
        self.assertEqual([group["year"] for group in response.context["meeting_groups"]], [2021, 2020])
        self.assertEqual(
            timeline,
            [
                (self.planned, ["Wei Fenghe"]),
                (self.bilateral, ["Sherali Mirzo"]),
                (self.summit, ["Sherali Mirzo", "Wei Fenghe"]),
                (self.moscow, ["Wei Fenghe"]),
            ],
        )
        self.assertEqual(
            [(row["person"].name, row["count"]) for row in response.context["counterparts"]],
            [("Sherali Mirzo", 2), ("Wei Fenghe", 2)],
        )
        # Their articles, filterable like the search.
        self.assertEqual(response.context["search"].count, 3)
        self.assertEqual(response.context["chips"], [])

    def test_the_person_page_filters_articles_like_the_search(self):
        response = self.client.get("/people/rajnath-singh/", {"q": "terrorism"})
        self.assertEqual([row.article for row in response.context["rows"]], [self.a["a1"]])
        self.assertEqual([chip.kind for chip in response.context["chips"]], ["Search"])
        response = self.client.get("/people/rajnath-singh/", {"language": "hi"})
        self.assertEqual([row.article for row in response.context["rows"]], [self.a["a3"]])
        response = self.client.get("/people/rajnath-singh/", {"person": "sherali-mirzo"})
        self.assertEqual(response.context["search"].count, 2)  # both of them: a1, a3
        response = self.client.get("/people/rajnath-singh/", {"date_from": "July"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "<code>date_from</code>", status_code=400, html=False)

    def test_the_person_json(self):
        data = self.json("/people/rajnath-singh/")
        self.assertEqual(data["names"], {"Latin": ["Rajnath Singh"], "Devanagari": ["राजनाथ सिंह"]})
        # Every role, oldest first (the gazetteer knows he was Home Minister before).
        roles = [(role["title"], role["start"]) for role in data["roles"]]
        self.assertIn(("Defence Minister", "2019-05-31"), roles)
        self.assertEqual(roles, sorted(roles, key=lambda role: role[1] or ""))
        self.assertEqual(
            [meeting["date"] for meeting in data["meetings"]],
            ["2021-09-01", "2021-07-28", "2021-07-27", "2020-09-04"],
        )
        self.assertEqual(data["meetings"][0]["status"], "planned")
        self.assertEqual([person["value"] for person in data["meetings"][1]["with"]], ["sherali-mirzo"])
        self.assertEqual(data["meetings"][3]["place"]["value"], "moscow")
        self.assertEqual(
            [(c["value"], c["meetings"]) for c in data["counterparts"]],
            [("sherali-mirzo", 2), ("wei-fenghe", 2)],
        )
        self.assertEqual(data["articles"]["count"], 3)
        self.assertEqual(
            data["articles"]["facets"]["language"][0],
            {"value": "en", "label": "English", "count": 2, "selected": False},
        )
        self.json("/people/rajnath-singh/", {"page": "5"}, status=400)
        self.assertEqual(self.client.get("/people/nobody-at-all/").status_code, 404)

    def test_the_person_page_needs_few_queries_whatever_its_size(self):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                self.assertEqual(self.client.get("/people/rajnath-singh/").status_code, 200)
            return len(captured)

        before = queries()
        for day in range(1, 6):
            meeting = Meeting.objects.create(date=datetime.date(2022, 1, day))
            meeting.participants.add(self.archive.rajnath, Person.objects.create(name=f"Counterpart {day}"))
        name_index()  # new people: the alias index of names (people/lookup.py) is built again once
        self.assertEqual(queries(), before)

    # -- organisation, meeting, place --------------------------------------------------------------

    def test_the_organisation_page_and_json(self):
        self.summit.organisations.add(self.archive.sco)
        response = self.client.get("/organisations/shanghai-cooperation-organisation/")
        self.assertEqual(response.status_code, 200)
        hindi_names = dict(response.context["names"])["Devanagari"]
        self.assertLessEqual({"एससीओ", "शंघाई सहयोग संगठन"}, set(hindi_names))
        self.assertEqual(hindi_names, sorted(hindi_names))
        self.assertEqual([child.acronym for child in response.context["children"]], ["RATS"])
        self.assertEqual([row["meeting"] for row in timeline_rows(response)], [self.summit])
        self.assertEqual([row.article for row in response.context["rows"]], [self.a["a1"]])
        data = self.json("/organisations/shanghai-cooperation-organisation/")
        self.assertEqual((data["acronym"], data["kind"]), ("SCO", "intergovernmental"))
        self.assertEqual(
            [child["value"] for child in data["children"]], ["regional-anti-terrorist-structure"]
        )
        self.assertEqual(data["articles"]["count"], 1)

    def test_the_meeting_page_and_json(self):
        response = self.client.get(self.summit.get_absolute_url())
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<time datetime="2021-07-27">27 July 2021</time> to', html=False)
        self.assertEqual(
            [row["person"].name for row in response.context["participant_rows"]],
            ["Rajnath Singh", "Sherali Mirzo", "Wei Fenghe"],
        )
        self.assertEqual(
            [row["role"] for row in response.context["participant_rows"]],
            [
                "Defence Minister, India",
                "Minister of Defence, Tajikistan",
                "Minister of National Defense, China",
            ],
        )
        self.assertEqual([row["meeting"] for row in response.context["side_meetings"]], [self.bilateral])
        # Every report, in either language.
        self.assertEqual([report.article.language for report in response.context["reports"]], ["en", "hi"])
        data = self.json(self.bilateral.get_absolute_url())
        self.assertEqual(data["sidelines_of"]["value"], str(self.summit.pk))
        self.assertEqual(data["title"], "Rajnath Singh – Sherali Mirzo (2021-07-28)")
        self.assertEqual([report["language"] for report in data["reports"]], ["en", "hi"])
        self.assertEqual(data["place"]["value"], "dushanbe")
        self.assertEqual(self.client.get("/meetings/999999/").status_code, 404)

    def test_the_place_pages(self):
        response = self.client.get("/places/dushanbe/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["search"].count, 2)  # a1, a3
        self.assertEqual(
            [row["meeting"] for row in response.context["meetings"]], [self.bilateral, self.summit]
        )
        data = self.json("/places/tajikistan/")
        self.assertEqual(data["iso_code"], "TJ")
        self.assertEqual([place["value"] for place in data["places"]], ["dushanbe"])
        people = {person["value"] for person in data["people"]}
        self.assertLessEqual({"sherali-mirzo", "emomali-rahmon"}, people)
        self.assertNotIn("rajnath-singh", people)
        self.assertEqual(len(data["meetings"]), 2)  # held in its cities
        self.assertIn("Tajik", data["demonyms"])


class PeopleDirectoryTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # The gazetteer's people, and a past defence minister and a foreign minister.
        cls.past = Person.objects.create(name="Anil Former")
        Role.objects.create(
            person=cls.past,
            title="Defence Minister",
            country=Place.objects.get(iso_code="IN"),
            start=datetime.date(2014, 1, 1),
            end=datetime.date(2019, 5, 30),
        )
        cls.foreign = Person.objects.create(name="Jaya Foreign")
        Role.objects.create(
            person=cls.foreign, title="Minister of External Affairs", country=Place.objects.get(iso_code="IN")
        )

    def names(self, params, status=200):
        """The labels of every page of the directory's answer (or, for an error, its JSON)."""
        response = self.client.get("/people/", {**params, "format": "json"})
        self.assertEqual(response.status_code, status, response.content[:300])
        if status != 200:
            return response.json()
        data = response.json()
        labels = [person["label"] for person in data["results"]]
        for page in range(2, data["num_pages"] + 1):
            data = self.client.get("/people/", {**params, "format": "json", "page": page}).json()
            labels += [person["label"] for person in data["results"]]
        return labels

    def test_all_defence_ministers_whatever_the_title_says(self):
        found = self.names({"role": "defence ministers"})
        self.assertLessEqual(
            {
                "Anil Former",
                "Bakhodir Kurbanov",  # Minister of Defence
                "Li Shangfu",
                "Lloyd Austin",  # Secretary of Defense: the same office
                "Rajnath Singh",
                "Sergei Shoigu",
                "Sherali Mirzo",
                "Viktor Khrenin",
                "Wei Fenghe",  # Minister of National Defense
            },
            set(found),
        )
        self.assertNotIn("Jaya Foreign", found)
        self.assertNotIn("Ajay Bhatt", found)  # Minister of State for Defence: a junior post
        self.assertIn("Ajay Bhatt", self.names({"role": "minister of state for defence"}))
        self.assertEqual(found, sorted(found))

    def test_a_junior_post_is_not_the_office(self):
        junior = Person.objects.create(name="Deputy Person")
        Role.objects.create(person=junior, title="Deputy Minister of Defence", country=Place.objects.get(iso_code="IN"))
        self.assertNotIn("Deputy Person", self.names({"role": "defence minister", "country": "IN"}))
        self.assertIn("Deputy Person", self.names({"role": "deputy defence minister", "country": "IN"}))

    def test_role_and_country_hold_for_the_same_role(self):
        self.assertEqual(
            self.names({"role": "defense minister", "country": "in"}),
            ["Anil Former", "Nirmala Sitharaman", "Rajnath Singh"],
        )
        self.assertLessEqual({"Emomali Rahmon", "Sherali Mirzo"}, set(self.names({"country": "TJ"})))
        self.assertNotIn("Rajnath Singh", self.names({"country": "TJ"}))
        presidents = self.names({"role": "president", "country": "india"})
        self.assertIn("Droupadi Murmu", presidents)
        self.assertNotIn("Rajnath Singh", presidents)
        # Tajikistan's president, not its defence minister: both conditions hold for one role.
        tajik_presidents = self.names({"role": "president", "country": "TJ"})
        self.assertIn("Emomali Rahmon", tajik_presidents)
        self.assertNotIn("Sherali Mirzo", tajik_presidents)

    def test_names_in_any_script(self):
        self.assertEqual(self.names({"q": "राजनाथ"}), ["Rajnath Singh"])
        self.assertEqual(self.names({"q": "mirzoev"}), ["Sherali Mirzo"])

    def test_the_html_directory(self):
        response = self.client.get("/people/", {"role": "defence minister"})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<label for="role">Role</label>', html=False)
        self.assertContains(
            response, 'Defence Minister, India <span class="meta">(2014–2019)</span>', html=False
        )

    def test_bad_parameters(self):
        errors = self.names({"country": "XX"}, status=400)["errors"]
        self.assertEqual(errors[0]["parameter"], "country")
        self.assertIn("no country with the code, slug or id “XX”", errors[0]["message"])
        num_pages = self.client.get("/people/", {"format": "json"}).json()["num_pages"]
        error = self.names({"page": str(num_pages + 1)}, status=400)["errors"][0]
        self.assertEqual(error["parameter"], "page")
        self.assertEqual(self.names({"role": "of the"}, status=400)["errors"][0]["parameter"], "role")
        response = self.client.get("/people/", {"country": "<script>"})
        self.assertEqual(response.status_code, 400)
        self.assertNotIn("<script>", response.content.decode())
