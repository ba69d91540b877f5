"""The search on the web: HTML, JSON, CSV and Atom; every bad parameter; escaping; query counts."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ElementTree

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from search_archive import build_small_archive

from articles.models import Article, LinkOrigin, PersonMention
from articles.search.backends import search_backend
from articles.search.constants import MAX_QUERY_CHARS, MAX_QUERY_TERMS, MAX_SELECTED_PER_FILTER
from people.lookup import name_index
from people.models import Person, PersonAlias

ATOM = "{http://www.w3.org/2005/Atom}"


class SearchPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()
        cls.a = cls.archive.articles

    def get_json(self, params, status=200):
        response = self.client.get("/search/", {**params, "format": "json"})
        self.assertEqual(response.status_code, status, response.content)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()

    def test_the_home_page_is_the_search_newest_first(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        titles = [row.article.title for row in response.context["rows"]]
        self.assertEqual(titles[:2], ["Defence talks in Dushanbe", "Trade agreement signed"])
        self.assertEqual(titles[-1], "रक्षा बैठक")  # undated articles come last
        self.assertContains(
            response, '<form class="search-form" role="search" method="get" action="">', html=False
        )
        self.assertContains(response, '<label for="q">')

    def test_a_query_shows_ranked_results_with_snippets_names_and_chips(self):
        response = self.client.get("/search/", {"q": "Rajnath Singh", "language": "en"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual([row.article for row in response.context["rows"]], [self.a["a1"], self.a["a2"]])
        self.assertContains(response, "<mark>Rajnath Singh</mark>", html=False)
        self.assertContains(
            response, f'href="{self.archive.mirzo.get_absolute_url()}" lang="en">Sherali Mirzo</a>', html=False
        )
        chips = {(chip.kind, chip.label): chip.remove_url for chip in response.context["chips"]}
        self.assertEqual(chips[("Search", "Rajnath Singh")], "?language=en")
        self.assertEqual(chips[("Language", "English")], "?q=Rajnath+Singh")
        # The name is offered as a filter.
        self.assertContains(response, "only articles that mention Rajnath Singh")
        self.assertContains(
            response, 'href="?q=Rajnath+Singh&amp;language=en&amp;person=rajnath-singh"', html=False
        )

    def test_facet_links_are_plain_get_urls_that_add_or_remove_a_value(self):
        response = self.client.get("/search/", {"person": "rajnath-singh", "page": "1", "date_of": "published"})
        person = {value.value: value.url for value in response.context["facets"]["person"].values}
        self.assertEqual(person["rajnath-singh"], "?date_of=published")  # selected: the link removes it
        self.assertEqual(person["sherali-mirzo"], "?person=rajnath-singh&person=sherali-mirzo&date_of=published")
        dates = {value.value: value.url for value in response.context["facets"]["date"].values}
        self.assertEqual(
            dates["2021"], "?person=rajnath-singh&date_of=published&date_from=2021-01-01&date_to=2021-12-31"
        )
        self.assertEqual(dates["undated"], "?person=rajnath-singh&date_of=published&undated=1")

    def test_json_has_count_results_and_facets(self):
        data = self.get_json({"q": "talks", "sort": "newest"})
        self.assertEqual(data["count"], 4)
        self.assertIsNone(data["ranked_among"])  # every match was ranked
        self.assertEqual(
            [row["title"] for row in data["results"]],
            ["Defence talks in Dushanbe", "Trade agreement signed", "NATO summit", "Untitled note"],
        )
        first = data["results"][0]
        self.assertEqual(first["published"], "2021-07-29")
        self.assertEqual(first["language"], "en")
        self.assertEqual(first["url"], f"http://testserver/articles/{self.a['a1'].pk}/")
        self.assertIn("<mark>talks</mark>", first["snippet_html"])
        self.assertEqual([person["value"] for person in first["persons"]], ["rajnath-singh", "sherali-mirzo"])
        self.assertEqual(
            set(data["facets"]), {"person", "organisation", "meeting", "place", "language", "tag", "date"}
        )
        self.assertEqual(
            data["facets"]["person"][0],
            {
                "value": "rajnath-singh",
                "label": "Rajnath Singh",
                "count": 2,
                "selected": False,
                "detail": "Defence Minister, India",
            },
        )
        self.assertEqual(data["facets_partial"], {})

    def test_json_pages(self):
        Article.objects.bulk_create(
            [Article(title=f"Bulletin {n}", body="Routine talks.", language="en") for n in range(25)]
        )
        data = self.get_json({"q": "talks", "page": "2"})
        self.assertEqual((data["count"], data["page"], data["num_pages"]), (29, 2, 2))
        self.assertEqual(len(data["results"]), 9)
        self.assertIsNone(data["next"])
        self.assertEqual(data["previous"], "http://testserver/search/?q=talks&page=1&format=json")

    def test_csv_downloads_every_result_in_order(self):
        response = self.client.get("/search/", {"person": "rajnath-singh", "format": "csv", "sort": "oldest"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn('attachment; filename="newsroom-rajnath-singh.csv"', response["Content-Disposition"])
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        self.assertEqual(rows[0][:5], ["id", "url", "title", "published", "language"])
        self.assertEqual(
            [row[2] for row in rows[1:]], ["Trade agreement signed", "Defence talks in Dushanbe", "रक्षा बैठक"]
        )
        self.assertEqual(rows[2][5], "Rajnath Singh; Sherali Mirzo")
        self.assertEqual(rows[2][9], "defence")
        self.assertEqual(rows[3][3], "")

    def test_csv_cells_cannot_become_spreadsheet_formulas(self):
        Article.objects.create(title='=HYPERLINK("http://x")', body="Formula talks.", language="en")
        response = self.client.get("/search/", {"q": "formula", "format": "csv"})
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
        self.assertEqual(rows[1][2], '\'=HYPERLINK("http://x")')

    def test_atom_is_by_default_a_feed_of_the_articles_most_recently_added(self):
        old = Article.objects.create(
            title="Talks of long ago", body="Old talks, imported today.", language="en",
            published=datetime.date(1999, 1, 5),
        )
        feed = ElementTree.fromstring(self.client.get("/search/", {"q": "talks", "format": "atom"}).content)
        titles = [entry.find(f"{ATOM}title").text for entry in feed.findall(f"{ATOM}entry")]
        self.assertEqual(titles[0], old.title)  # added last, so first, although the oldest
        self.assertEqual(
            feed.find(f"{ATOM}subtitle").text, "The articles matching this search most recently added to the archive."
        )
        by_date = ElementTree.fromstring(
            self.client.get("/search/", {"q": "talks", "format": "atom", "sort": "newest"}).content
        )
        self.assertEqual([entry.find(f"{ATOM}title").text for entry in by_date.findall(f"{ATOM}entry")][-1], old.title)

    def test_atom_sorted_newest_is_a_feed_of_the_newest_matching_articles(self):
        response = self.client.get("/search/", {"q": "talks", "format": "atom", "sort": "newest"})
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("application/atom+xml"))
        feed = ElementTree.fromstring(response.content)
        self.assertEqual(feed.find(f"{ATOM}title").text, "Newsroom archive: “talks”")
        entries = feed.findall(f"{ATOM}entry")
        self.assertEqual(
            [entry.find(f"{ATOM}title").text for entry in entries],
            ["Defence talks in Dushanbe", "Trade agreement signed", "NATO summit", "Untitled note"],
        )
        self.assertEqual(
            entries[0].find(f"{ATOM}link").get("href"), f"http://testserver/articles/{self.a['a1'].pk}/"
        )
        self.assertTrue(entries[0].find(f"{ATOM}published").text.startswith("2021-07-29"))
        alternate = [
            link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "alternate"
        ]
        self.assertEqual(alternate, ["http://testserver/search/?q=talks&sort=newest"])

    def test_seeded_date_filter_keeps_the_undated_article_visible_in_the_facet(self):
        params = {"person": "rajnath-singh", "date_from": "2021-07-01", "date_to": "2021-07-31"}
        data = self.get_json({**params, "date_of": "published"})
        self.assertEqual([row["title"] for row in data["results"]], ["Defence talks in Dushanbe"])
        self.assertIn(
            {"value": "undated", "label": "Undated", "count": 1, "selected": False}, data["facets"]["date"]
        )
        # By default the dates of events count too: the undated Hindi report of the July meeting is in.
        data = self.get_json(params)
        self.assertEqual(len(data["results"]), 2)
        self.assertEqual([row["event_date"] for row in data["results"] if row["published"] is None], ["2021-07-27"])


class InvalidParameterTests(TestCase):
    """Every bad parameter: a message naming it on the page (400), or a 400 in JSON; never a 500."""

    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    CASES = [
        ({"date_from": "yesterday"}, "date_from", "Enter the start date as a date in the form YYYY-MM-DD"),
        ({"date_to": "2021-02-30"}, "date_to", "Enter the end date as a date in the form YYYY-MM-DD"),
        ({"date_from": "2021-08-01", "date_to": "2021-07-01"}, "date_to", "is before its start"),
        ({"undated": "1", "date_from": "2021-01-01"}, "undated", "not both"),
        ({"undated": "yes"}, "undated", "Use undated=1"),
        ({"person": "999999"}, "person", "There is no person with the id or slug “999999”."),
        ({"person": "nobody"}, "person", "There is no person with the id or slug “nobody”."),
        ({"organisation": "acme"}, "organisation", "There is no organisation with the id or slug “acme”."),
        ({"place": "atlantis"}, "place", "There is no place with the id or slug “atlantis”."),
        ({"tag": "no-such-tag"}, "tag", "There is no tag with the id or slug “no-such-tag”."),
        ({"meeting": "sco"}, "meeting", "“sco” is not a meeting number."),
        ({"meeting": "424242"}, "meeting", "There is no meeting with the number “424242”."),
        ({"language": "fr"}, "language", "Select a valid choice. fr is not one of the available choices."),
        ({"page": "0"}, "page", "Ensure this value is greater than or equal to 1."),
        ({"page": "two"}, "page", "Enter a whole number."),
        ({"page": "9"}, "page", "There is no page 9: the results have 1 page."),
        ({"q": "x" * (MAX_QUERY_CHARS + 1)}, "q", f"at most {MAX_QUERY_CHARS} characters"),
        (
            {"q": " ".join(f"w{n}" for n in range(MAX_QUERY_TERMS + 1))},
            "q",
            f"at most {MAX_QUERY_TERMS} are searched",
        ),
        ({"sort": "random"}, "sort", "Select a valid choice. random is not one of the available choices."),
        (
            {"person": [f"p{n}" for n in range(MAX_SELECTED_PER_FILTER + 1)]},
            "person",
            f"At most {MAX_SELECTED_PER_FILTER} people at once",
        ),
    ]

    def test_each_bad_parameter_is_a_400_in_json_naming_it(self):
        for params, parameter, message in self.CASES:
            with self.subTest(parameter=parameter, params=params):
                response = self.client.get("/search/", {**params, "format": "json"})
                self.assertEqual(response.status_code, 400)
                errors = response.json()["errors"]
                self.assertEqual([error["parameter"] for error in errors], [parameter])
                self.assertIn(message, errors[0]["message"])

    def test_each_bad_parameter_is_a_message_on_the_page(self):
        for params, parameter, message in self.CASES:
            with self.subTest(parameter=parameter, params=params):
                response = self.client.get("/search/", params)
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, f"<code>{parameter}</code>", status_code=400, html=False)
                self.assertContains(
                    response, message.replace("“", "“").replace("'", "&#x27;"), status_code=400
                )

    def test_csv_and_atom_say_what_is_wrong_in_plain_text(self):
        for output_format in ("csv", "atom"):
            response = self.client.get("/search/", {"date_from": "2021-13-01", "format": output_format})
            self.assertEqual(response.status_code, 400)
            self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
            self.assertIn("date_from: Enter the start date", response.content.decode())

    def test_an_unknown_format_is_a_message_on_the_html_page(self):
        response = self.client.get("/search/", {"format": "xml", "q": "talks"})
        self.assertEqual(response.status_code, 400)
        self.assertContains(response, "xml is not one of the available choices", status_code=400)
        self.assertEqual(response.context["search"].count, 4)

    def test_the_rest_of_the_search_still_applies(self):
        response = self.client.get("/search/", {"q": "talks", "date_from": "2021-99-99", "language": "en"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(response.context["search"].count, 3)
        self.assertEqual({chip.kind for chip in response.context["chips"]}, {"Search", "Language"})


class EscapingTests(TestCase):
    """Names and texts with markup are shown as text everywhere; highlighting adds only <mark>."""

    NAME = '<script>alert("name")</script>'
    TITLE = "<img src=x onerror=alert(1)> \"Quoted\" & 'single' talks"
    BODY = 'Talks with <script>alert("body")</script> and <img src=x onerror=alert(2)> "quotes" \ue000 talks.'

    @classmethod
    def setUpTestData(cls):
        cls.person = Person.objects.create(name=cls.NAME)
        PersonAlias.objects.create(person=cls.person, name="Evil Person")
        cls.article = Article.objects.create(title=cls.TITLE, body=cls.BODY, language="en")
        PersonMention.objects.create(
            article=cls.article, person=cls.person, surface="Talks with", origin=LinkOrigin.EDITOR
        )

    def assertSafe(self, html, snippets=True):
        # The only script is the site's own file (the "/" shortcut, the folding filter panel).
        self.assertEqual(html.count("<script"), html.count('<script src="/static/newsroom/site.js" defer>'))
        self.assertNotIn("<img", html)
        if snippets:  # snippets drop the private-use characters they mark matches with
            self.assertNotIn("\ue000", html)
        self.assertEqual(html.count("<mark>"), html.count("</mark>"))

    def test_search_page_json_and_atom(self):
        for query in ("talks", "Evil Person", '"<script>"', "<img onerror"):
            with self.subTest(query=query):
                response = self.client.get("/search/", {"q": query, "person": self.person.slug})
                html = response.content.decode()
                self.assertSafe(html)
                if response.context["search"].count:
                    self.assertIn("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;", html)
                self.assertNotIn('alert("', html)
        data = self.client.get("/search/", {"q": "talks", "format": "json"}).json()
        self.assertSafe(data["results"][0]["snippet_html"])
        self.assertEqual(data["results"][0]["title"], self.TITLE)  # JSON carries text, not HTML
        feed = self.client.get("/search/", {"q": "talks", "format": "atom"}).content.decode()
        self.assertNotIn("<script", feed)
        self.assertNotIn("<img", feed)

    def test_article_and_person_pages(self):
        for url in (self.article.get_absolute_url(), self.person.get_absolute_url(), "/people/"):
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                self.assertSafe(html, snippets=url != self.article.get_absolute_url())
                self.assertNotIn('alert("', html)


class QueryCountTests(TestCase):
    """The number of queries of a search does not grow with its results."""

    @classmethod
    def setUpTestData(cls):
        cls.archive = build_small_archive()

    def setUp(self):
        # The alias index of names typed (people/lookup.py) is built once per process and then
        # checked at most every CHECK_INTERVAL seconds: build it before counting.
        name_index()

    def count_queries(self, params):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/search/", params)
        self.assertEqual(response.status_code, 200, response.content[:500])
        return len(queries)

    def expected(self, queries):
        """Plus, on PostgreSQL, the search's session (a savepoint inside the test's transaction,
        and its planner settings). No time guard: rows, not time, decide what is counted."""
        backend = search_backend()
        return queries + (2 + backend.session_queries if backend.session_queries else 0)

    def test_a_query_with_three_filters(self):
        params = {
            "q": "defence",
            "person": "rajnath-singh",
            "language": "en",
            "date_from": "2021-01-01",
            "format": "json",
        }
        # 1 person filter, 1 alias lookup; the narrow side (articles/search/counting.py): 1 ids of
        # the person's articles, 1 those of them the query matches; 1 list of the matching ids
        # (which gives the count and serves the facets), 1 page ids, 1 rows, 6 prefetches (people,
        # organisations, places, meetings, their participants, tags: JSON has all that CSV has),
        # 1 dates of the meetings the page's articles report (the range reads events too);
        # facets: people 2 (counts, roles), organisations 1, dates 3 (its own list of ids,
        # without the date filter, the articles' dates and the dates of the meetings they
        # report), languages 2 (likewise), meetings 3 (counts, the meetings, their
        # participants), places 1, tags 1.
        with self.assertNumQueries(self.expected(27)):
            self.client.get("/search/", params)
        Article.objects.bulk_create(
            [Article(title=f"More defence {n}", body="Defence.", language="en") for n in range(30)]
        )
        self.assertEqual(self.count_queries(params), self.expected(27))

    def test_the_home_page(self):
        # 1 whether the facet summary is fresh (it is not: nothing refreshed it), 1 list of ids
        # (the count), 1 page ids, 1 rows, 6 prefetches; facets counted live as above, but dates
        # and languages use the same list (no filter of theirs is selected).
        with self.assertNumQueries(self.expected(21)):
            response = self.client.get("/", {"format": "json"})
        self.assertEqual(json.loads(response.content)["count"], 6)
