"""Acceptance on the owner's seed files (skipped, saying so, when they are absent)."""

import pytest
from django.core.management import call_command

from articles.models import Article

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(seeds):
    call_command("import_articles", str(seeds), verbosity=0)
    english = Article.objects.get(language="en")
    hindi = Article.objects.get(language="hi")
    return english, hindi


def search(client, **params):
    response = client.get("/search/", {**params, "format": "json"})
    assert response.status_code == 200, response.content
    return response.json()


def test_the_person_rajnath_singh_finds_both_articles(client, imported):
    english, hindi = imported
    by_filter = search(client, person="rajnath-singh")
    assert sorted(row["id"] for row in by_filter["results"]) == sorted([english.pk, hindi.pk])
    # Typed as a query, in either script, the name finds both too, and is offered as a filter.
    for query in ("Rajnath Singh", "राजनाथ सिंह"):
        by_query = search(client, q=query)
        assert sorted(row["id"] for row in by_query["results"]) == sorted([english.pk, hindi.pk]), query
        assert {"kind": "person", "value": "rajnath-singh", "label": "Rajnath Singh"} in [
            {key: match[key] for key in ("kind", "value", "label")} for match in by_query["matched_entities"]
        ]


def test_a_hindi_name_finds_the_english_article(client, imported):
    english, hindi = imported
    data = search(client, q="शेर अली मिर्जा")
    assert english.pk in [row["id"] for row in data["results"]]


def test_july_2021_returns_the_english_article_and_lists_the_hindi_one_as_undated(client, imported):
    english, hindi = imported
    data = search(client, date_from="2021-07-01", date_to="2021-07-31", date_of="published")
    assert [row["id"] for row in data["results"]] == [english.pk]
    dates = {value["value"]: value for value in data["facets"]["date"]}
    assert dates["undated"]["count"] == 1
    assert dates["2021-07"] == {"value": "2021-07", "label": "July 2021", "count": 1, "selected": True}
    assert sum(value["count"] for value in data["facets"]["date"]) == 2  # each article in one bucket only
    undated = search(client, undated="1", date_of="published")
    assert [row["id"] for row in undated["results"]] == [hindi.pk]
    # By default the dates of the meetings reported count too: the Hindi report of the July
    # meeting is in July 2021, with its reason.
    data = search(client, date_from="2021-07-01", date_to="2021-07-31")
    assert sorted(row["id"] for row in data["results"]) == sorted([english.pk, hindi.pk])
    assert [row["event_date"][:7] for row in data["results"] if row["id"] == hindi.pk] == ["2021-07"]


def test_hindi_and_english_words_are_found(client, imported):
    english, hindi = imported
    assert [row["id"] for row in search(client, q="terrorism")["results"]] == [english.pk]
    assert [row["id"] for row in search(client, q="मंत्रियों")["results"]] == [hindi.pk]
    assert [row["id"] for row in search(client, q='"रक्षा मंत्री"')["results"]] == [hindi.pk]
