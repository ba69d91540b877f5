"""Every value reachable (issue 11): facet "more" pages and the index pages, in HTML and JSON."""

import io
import json
from urllib.parse import parse_qsl, urlsplit

from django.core.management import call_command
from django.test import TestCase
from taggit.models import Tag

from articles.models import Article
from people.models import Meeting, Organisation, Person, Place

from conftest import SAMPLES


def get_json(client, url, params=None, status=200):
    response = client.get(url, {**(params or {}), "format": "json"})
    assert response.status_code == status, (url, params, response.content[:300])
    return json.loads(response.content)


class SampleArchive(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("import_articles", str(SAMPLES), stdout=io.StringIO(), stderr=io.StringIO())
        tags = ["defence", "diplomacy", "russia", "china", "sco", "usa", "summit", "brics",
                "talks", "moscow", "delhi", "kazan", "samarkand", "asia"]
        for number, article in enumerate(Article.objects.order_by("pk")):
            article.tags.add(*tags[: 2 + number])  # 14 tags, more than a facet shows


class FacetMoreTests(SampleArchive):
    def test_a_facet_cut_at_twelve_values_links_to_all_of_them(self):
        data = get_json(self.client, "/search/")
        self.assertEqual(len(data["facets"]["tag"]), 12)
        page = self.client.get("/search/").content.decode()
        self.assertIn('href="/search/facets/tag/?', page)

    def test_every_value_of_every_more_page_counts_its_results(self):
        for params in ({}, {"q": "talks"}, {"person": "rajnath-singh"}, {"language": "hi"}):
            for name in ("person", "organisation", "meeting", "place", "tag"):
                data = get_json(self.client, f"/search/facets/{name}/", params)
                self.assertEqual(data["count"], len(data["values"]))
                if name == "tag" and not params:
                    self.assertEqual(data["count"], 14)
                for value in data["values"]:
                    with self.subTest(params=params, facet=name, value=value["value"]):
                        query = {}
                        for key, item in parse_qsl(urlsplit(value["url"]).query):
                            query.setdefault(key, []).append(item)
                        if value["selected"]:
                            continue  # the link removes it
                        results = get_json(self.client, "/search/", query)
                        self.assertEqual(results["count"], value["count"])

    def test_the_filter_box_narrows_the_values_by_name(self):
        data = get_json(self.client, "/search/facets/person/", {"filter": "singh"})
        self.assertEqual([value["value"] for value in data["values"]], ["rajnath-singh"])
        page = self.client.get("/search/facets/person/", {"filter": "singh"}).content.decode()
        self.assertIn('name="filter" value="singh"', page)
        self.assertIn("Rajnath Singh", page)

    def test_an_unknown_facet_is_404_and_a_bad_parameter_is_named(self):
        self.assertEqual(self.client.get("/search/facets/date/").status_code, 404)
        self.assertEqual(self.client.get("/search/facets/nothing/").status_code, 404)
        data = get_json(self.client, "/search/facets/person/", {"person": "nobody"}, status=400)
        self.assertEqual(data["errors"][0]["parameter"], "person")


class PerPageTests(SampleArchive):
    def test_per_page_between_10_and_100(self):
        data = get_json(self.client, "/search/", {"per_page": "10"})
        self.assertEqual((data["per_page"], len(data["results"]), data["num_pages"]), (10, 10, 2))
        self.assertIn("per_page=10", data["next"])
        for bad in ("9", "101", "many"):
            errors = get_json(self.client, "/search/", {"per_page": bad}, status=400)["errors"]
            self.assertEqual(errors[0]["parameter"], "per_page")
        self.assertEqual(get_json(self.client, "/meetings/", {"per_page": "10"})["per_page"], 10)
        self.assertEqual(get_json(self.client, "/places/", {"per_page": "500"}, status=400)["errors"][0]["parameter"], "per_page")


class IndexPageTests(SampleArchive):
    def test_the_four_index_pages_answer_in_html_and_json(self):
        for url, total in (
            ("/organisations/", Organisation.objects.count()),
            ("/meetings/", Meeting.objects.count()),
            ("/places/", Place.objects.count()),
            ("/tags/", Tag.objects.count()),
        ):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "<h1>")
                self.assertEqual(get_json(self.client, url, {"per_page": "100"})["count"], total)

    def test_every_meeting_is_reachable_from_the_home_page(self):
        home = self.client.get("/").content.decode()
        self.assertIn('href="/meetings/"', home)
        listed = set()
        data = get_json(self.client, "/meetings/", {"per_page": "10"})
        for number in range(1, data["num_pages"] + 1):
            listed |= {row["value"] for row in get_json(self.client, "/meetings/", {"per_page": "10", "page": number})["results"]}
        self.assertEqual(listed, {str(pk) for pk in Meeting.objects.values_list("pk", flat=True)})

    def test_meetings_filter_by_status_kind_place_date_and_participant(self):
        planned = get_json(self.client, "/meetings/", {"status": "planned"})["results"]
        self.assertEqual({row["status"] for row in planned}, {"planned"})
        self.assertEqual(len(planned), Meeting.objects.filter(status="planned").count())
        multilateral = get_json(self.client, "/meetings/", {"kind": "multilateral"})["count"]
        self.assertEqual(multilateral, Meeting.objects.filter(kind="multilateral").count())
        modi = Person.objects.get(slug="narendra-modi")
        mine = get_json(self.client, "/meetings/", {"participant": "narendra-modi"})["results"]
        self.assertEqual({row["value"] for row in mine}, {str(m.pk) for m in modi.meetings.all()})
        dated = get_json(self.client, "/meetings/", {"date_from": "2021-01-01", "date_to": "2021-12-31"})["results"]
        self.assertTrue(dated)
        self.assertTrue(all(row["date"].startswith("2021") for row in dated))
        place = Meeting.objects.exclude(place=None).first().place
        at = get_json(self.client, "/meetings/", {"place": place.slug})["results"]
        self.assertEqual({row["place"]["value"] for row in at}, {place.slug})
        self.assertEqual(get_json(self.client, "/meetings/", {"participant": "nobody"}, status=400)["errors"][0]["parameter"], "participant")
        self.assertEqual(self.client.get("/meetings/", {"date_from": "soon"}).status_code, 400)

    def test_planned_and_cancelled_meetings_are_labelled_and_unchecked_ones_marked(self):
        page = self.client.get("/meetings/").content.decode()
        self.assertIn('<span class="status status-planned">planned</span>', page)
        self.assertIn("found by the importer, not yet checked", page)
        rows = get_json(self.client, "/meetings/", {"per_page": "100"})["results"]
        self.assertIn(False, {row["reviewed"] for row in rows})

    def test_organisations_and_places_filter_by_name_in_any_script(self):
        self.assertEqual(
            [row["value"] for row in get_json(self.client, "/organisations/", {"q": "शंघाई"})["results"]],
            ["shanghai-cooperation-organisation"],
        )
        self.assertIn("moscow", [row["value"] for row in get_json(self.client, "/places/", {"q": "मॉस्को"})["results"]])
        self.assertTrue(all(row["kind"] == "country" for row in get_json(self.client, "/places/", {"kind": "country"})["results"]))
