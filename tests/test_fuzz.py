"""Property-based fuzzing (Hypothesis) of every public URL and every admin changelist.

Random and hostile values — Unicode digits, huge and negative numbers,
control characters, invalid UTF-8 escapes, stop words, thousands of terms,
dates of year 0 and 10000 — for the parameters each page reads and for a few
it does not. Whatever comes, no answer is a server error, and an answer in
JSON, CSV or Atom is valid JSON, complete CSV or well-formed XML.

Runs on both databases. Examples are derandomised (the same on every run,
so a failure is reproducible); set ``NEWSROOM_FUZZ_EXAMPLES`` to try more.
"""

import csv
import datetime
import io
import json
import os
import xml.dom.minidom
from urllib.parse import quote

from django.contrib import admin
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from articles.models import Article
from people.models import Meeting, OrganisationDuplicateFlag, Place, RejectedName
from tests.admin_support import make_article, make_organisation, make_person, make_user

EXAMPLES = int(os.environ.get("NEWSROOM_FUZZ_EXAMPLES", "120"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

HOSTILE_VALUES = [
    "",
    " ",
    "0",
    "-1",
    "1",
    "2",
    "00",
    "1.5",
    "1e3",
    "²",
    "١٢",
    "９",
    "Ⅻ",
    "9" * 19,
    "9" * 30,
    "-" + "9" * 30,
    str(2**63),
    str(2**63 - 1),
    str(-(2**63) - 1),
    "NaN",
    "inf",
    "true",
    "None",
    "null",
    "[]",
    "{}",
    "the",
    "the of and a",
    "के का की",
    "OR",
    "OR OR",
    "-",
    "--",
    '"',
    '"""',
    '-""',
    "*",
    "%",
    "_",
    "\\",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "\x1b[31m",
    "\x01",
    "\x7f",
    "\u200b",
    "\ufeff",
    "\uffff",
    "a" * 400,
    " ".join(f"w{n}" for n in range(200)),
    " OR ".join(f"w{n}" for n in range(150)),
    "0000-00-00",
    "2021-02-30",
    "9999-12-31",
    "10000-01-01",
    "0001-01-01",
    "2021-13-01",
    "2021-1-1",
    "json",
    "csv",
    "atom",
    "html",
    "xml",
    "relevance",
    "newest",
    "oldest",
    "en",
    "hi",
    "und",
    "xx",
    "rajnath-singh",
    "shanghai-cooperation-organisation",
    "india",
    "defence",
    "Rajnath Singh",
    "राजनाथ सिंह",
]
RAW_ESCAPES = ["%ff", "%c0%af", "%ed%a0%80", "%e2%82", "%zz", "%", "%25", "%2", "%00"]

text_values = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
values = st.one_of(
    st.sampled_from(HOSTILE_VALUES),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    text_values,
)


def encoded(value):
    return quote(value, safe="")


@st.composite
def query_strings(draw, names):
    pairs = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        name = draw(st.one_of(st.sampled_from(names), text_values.filter(bool)))
        if draw(st.integers(0, 9)) == 0:
            pairs.append(f"{encoded(name)}={draw(st.sampled_from(RAW_ESCAPES))}")
        else:
            pairs.append(f"{encoded(name)}={encoded(draw(values))}")
    return "&".join(pairs)


SEARCH_PARAMETERS = [
    "q",
    "person",
    "organisation",
    "meeting",
    "place",
    "tag",
    "language",
    "date_from",
    "date_to",
    "undated",
    "sort",
    "page",
    "format",
    "per_page",
    "date_of",
    "filter",
    "meetings_page",
]
INDEX_PARAMETERS = [
    "q",
    "kind",
    "country",
    "status",
    "place",
    "participant",
    "date_from",
    "date_to",
    "page",
    "per_page",
    "format",
]
DIRECTORY_PARAMETERS = ["role", "country", "q", "page", "format"]


def build_archive(cls):
    cls.singh = make_person("Rajnath Singh", "राजनाथ सिंह")
    cls.wei = make_person("Wei Fenghe")
    cls.sco = make_organisation("Shanghai Cooperation Organisation", "SCO")
    cls.meeting = Meeting.objects.create(
        date=datetime.date(2021, 7, 29), place=Place.objects.get(iso_code="IN")
    )
    cls.meeting.participants.add(cls.singh, cls.wei)
    cls.articles = [
        make_article(
            "Defence talks in Dushanbe",
            persons=[cls.singh, cls.wei],
            organisations=[cls.sco],
            meetings=[cls.meeting],
            tags=["defence"],
        ),
        make_article("रक्षा मंत्री की बैठक", language="hi", persons=[cls.singh], tags=["दिल्ली"]),
        make_article("Undetermined text", language="und", published=None),
        make_article("Placeholder date", published=datetime.date(9999, 12, 31)),
        make_article("Far past", published=datetime.date(1800, 1, 1)),
    ]
    Article.objects.create(title="Control \x01 characters \x1b[31m", body="Kept \x02 by hand.", language="en")
    other = make_organisation("Shanghai Council")
    OrganisationDuplicateFlag.objects.create(organisation=other, other=cls.sco, similarity=70)
    RejectedName.objects.create(kind="person", name="Also Read")


def assert_valid(response, url):
    assert response.status_code < 500, f"{response.status_code} for {url}"
    if response.streaming:
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    if response.status_code != 200:
        return
    content_type = response.get("Content-Type", "")
    if content_type.startswith("application/json"):
        json.loads(body)
    elif content_type.startswith("text/csv"):
        assert int(response["Content-Length"]) == len(body), url
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
        assert rows[0][0] == "id" and all(len(row) == len(rows[0]) for row in rows), url
    elif "xml" in content_type:
        xml.dom.minidom.parseString(body)


class PublicFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_archive(cls)

    def public_paths(self):
        return [
            "/",
            "/search/",
            "/people/",
            "/healthz",
            "/organisations/",
            "/meetings/",
            "/places/",
            "/tags/",
            "/search/facets/person/",
            "/search/facets/tag/",
            "/search/facets/date/",
            "/search/facets/nothing/",
            self.singh.get_absolute_url(),
            self.sco.get_absolute_url(),
            self.meeting.get_absolute_url(),
            Place.objects.get(iso_code="IN").get_absolute_url(),
            self.articles[0].get_absolute_url(),
            "/articles/" + "9" * 25 + "/",
            "/meetings/" + "9" * 25 + "/",
            "/articles/0/",
            "/meetings/0/",
            "/people/%C2%B2/",
            "/places/..%2F/",
            "/organisations/" + "a" * 300 + "/",
        ]

    @FUZZ
    @given(data=st.data())
    def test_no_public_url_answers_with_a_server_error(self, data):
        path = data.draw(st.sampled_from(self.public_paths()))
        if path == "/people/":
            names = DIRECTORY_PARAMETERS
        elif path in ("/organisations/", "/meetings/", "/places/", "/tags/"):
            names = INDEX_PARAMETERS
        else:
            names = SEARCH_PARAMETERS
        query = data.draw(query_strings(names))
        url = f"{path}?{query}" if query else path
        assert_valid(self.client.get(url), url)

    @FUZZ
    @given(query=query_strings(SEARCH_PARAMETERS), output=st.sampled_from(["json", "csv", "atom"]))
    def test_every_search_format_is_valid_whatever_the_parameters(self, query, output):
        url = f"/search/?{query}&format={output}"
        assert_valid(self.client.get(url), url)


def changelists():
    """(model admin, changelist URL) of every model the admin registers."""
    found = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        except Exception:
            continue
        found.append((model_admin, url))
    return sorted(found, key=lambda item: item[1])


GENERIC_ADMIN_PARAMETERS = [
    "q",
    "o",
    "p",
    "e",
    "all",
    "_popup",
    "_to_field",
    "_changelist_filters",
    "_facets",
]


class AdminFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_archive(cls)
        cls.user = make_user("chief", superuser=True)

    def setup_example(self):
        super().setup_example()  # Hypothesis: a transaction and a test client per example
        self.client.force_login(self.user)

    def parameters_of(self, url):
        """The parameters a changelist's own filters and date list read."""
        if not hasattr(type(self), "_parameters"):
            type(self)._parameters = {}
        if url not in self._parameters:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            names = list(GENERIC_ADMIN_PARAMETERS)
            changelist = response.context["cl"]
            for spec in changelist.filter_specs:
                names.extend(spec.expected_parameters())
            if changelist.date_hierarchy:
                names.extend(f"{changelist.date_hierarchy}__{part}" for part in ("year", "month", "day"))
            self._parameters[url] = names
        return self._parameters[url]

    @FUZZ
    @given(data=st.data())
    def test_no_admin_changelist_answers_with_a_server_error(self, data):
        _, url = data.draw(st.sampled_from(changelists()))
        query = data.draw(query_strings(self.parameters_of(url)))
        full = f"{url}?{query}" if query else url
        assert_valid(self.client.get(full), full)

    @FUZZ
    @given(
        model=st.sampled_from(["article", "person", "organisation", "meeting", "place"]),
        field=st.sampled_from(
            ["persons", "organisations", "participants", "meetings", "tags", "place", "country"]
        ),
        term=values,
    )
    def test_the_autocomplete_answers_every_term(self, model, field, term):
        app = "articles" if model == "article" else "people"
        url = (
            f"/admin/autocomplete/?app_label={app}&model_name={model}&field_name={field}&term={encoded(term)}"
        )
        response = self.client.get(url)
        assert response.status_code in (200, 400, 403, 404), f"{response.status_code} for {url}"
        if response.status_code == 200:
            json.loads(response.content)
