#!/usr/bin/env python
"""Time the public search on a filled database, through the whole view (HTML or JSON).

    python bench/generate_archive.py --articles 100000        # once, into an empty database
    python bench/search_benchmark.py [--runs 7] [--format json]
    DATABASE_URL=postgres://… python bench/search_benchmark.py

Each search runs once to warm the caches, then ``--runs`` times; the script
prints the median and slowest wall time per search, the number of SQL
statements, the number of matches ("~" marks an estimate) and which facets are
estimated, as a Markdown table for docs/performance.md. Entity values are
taken from the generated archive (its most mentioned person, organisation
and tag), so the same command gives the same searches on any database filled
with the same ``--seed``.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from taggit.models import TaggedItem  # noqa: E402

from articles.models import Article, OrganisationMention, PersonMention  # noqa: E402


def most_common(queryset, field):
    row = queryset.values(field).annotate(n=Count("pk")).order_by("-n", field).first()
    return row[field] if row else None


def searches():
    """Searches on the generated archive, with filters chosen so that each finds something."""
    from people.models import Organisation, Person

    person = Person.objects.get(pk=most_common(PersonMention.objects, "person_id"))
    theirs = Article.objects.mentioning_person(person)
    language = most_common(theirs, "language")
    year = most_common(theirs.filter(language=language).exclude(published=None), "published__year")
    organisation = Organisation.objects.get(
        pk=most_common(OrganisationMention.objects.filter(article__in=theirs), "organisation_id")
    )
    with_both = theirs.mentioning_organisation(organisation)
    popular_tag = most_common(TaggedItem.objects, "tag__slug")
    tag = (
        most_common(
            TaggedItem.objects.filter(object_id__in=with_both.values("pk"), content_type__model="article"),
            "tag__slug",
        )
        if with_both.exists()
        else None
    ) or popular_tag
    word = "security" if language == "en" else "सुरक्षा"
    hindi_name = person.aliases.filter(script="Deva").values_list("name", flat=True).first() or person.name
    surname = person.name.split()[-1]
    misspelt = surname[:2] + surname[3:] if len(surname) > 5 else surname + "e"  # one letter dropped
    return [
        (
            "query + 3 facets (person, language, year)",
            {
                "q": word,
                "person": person.slug,
                "language": language,
                "date_from": f"{year}-01-01",
                "date_to": f"{year}-12-31",
            },
        ),
        (
            "query + 3 facets (tag, language, date range)",
            {
                "q": "सीमा",
                "tag": popular_tag,
                "language": "hi",
                "date_from": "2012-01-01",
                "date_to": "2018-12-31",
            },
        ),
        (
            "3 entity facets, no query (person, organisation, tag)",
            {"person": person.slug, "organisation": organisation.slug, "tag": tag},
        ),
        ("a name in Devanagari (entity-aware)", {"q": hindi_name}),
        ("phrase + OR + exclusion", {"q": '"border talks" OR sanctions -navy'}),
        ("broad word, no filter (44 % of the archive)", {"q": "security"}),
        ("broad Hindi word, no filter", {"q": "सुरक्षा"}),
        ("home page: everything, newest first", {}),
        ("page 200 of a broad word", {"q": "security", "page": "200"}),
        # Issue 11's features.
        ("a surname (short form of one person)", {"q": surname}),
        ("a misspelt name (near miss, suggested)", {"q": misspelt}),
        (
            "a year by dates of events (date_of=either)",
            {"person": person.slug, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"},
        ),
        ("undated by either date", {"undated": "1"}),
        ("all people of a broad word (facet's more page)", {"q": "security"}, "/search/facets/person/"),
        ("meetings index, one participant", {"participant": person.slug}, "/meetings/"),
        ("person page (timeline, pictures, search)", {}, person.get_absolute_url()),
        ("100 results a page", {"q": "security", "per_page": "100"}),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--format", choices=["json", "html"], default="json")
    args = parser.parse_args(argv)
    total = Article.objects.count()
    if not total:
        parser.error("the database has no articles: run bench/generate_archive.py first")
    client = Client(HTTP_HOST="localhost")
    print(
        f"{total:,} articles on {connection.vendor} "
        f"{connection.Database.sqlite_version if connection.vendor == 'sqlite' else connection.pg_version}"
    )
    print()
    print("| search | median ms | slowest ms | SQL statements | matches | estimated facets |")
    print("|---|---:|---:|---:|---:|---|")
    for label, params, *where in searches():
        path = where[0] if where else "/search/"
        params = {**params, **({"format": "json"} if args.format == "json" else {})}
        response = client.get(path, params)  # warm up
        assert response.status_code == 200, (label, response.status_code, response.content[:300])
        timings = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(path, params)
                if hasattr(response, "streaming_content"):
                    b"".join(response.streaming_content)
                timings.append((time.perf_counter() - started) * 1000)
        if args.format == "json":
            data = response.json()
            if "articles" in data:  # an entity page: its search
                data = data["articles"]
            count = data.get("count", "?")
            if isinstance(count, int) and data.get("count_estimated"):
                count = f"~{count:,}"
            partial = ", ".join(sorted(data.get("facets_partial") or {})) or ("none" if "facets_partial" in data else "—")
        else:
            count, partial = response.context["search"].count if response.context else "?", "?"
        shown = f"{count:,}" if isinstance(count, int) else str(count)
        print(
            f"| {label} | {statistics.median(timings):.0f} | {max(timings):.0f} | {len(queries)} "
            f"| {shown} | {partial} |"
        )


if __name__ == "__main__":
    main()
