#!/usr/bin/env python
"""Time every changelist and change form of the archive desk's admin.

    DATABASE_URL=postgres://… python bench/admin_timings.py [--repeat 5]

Run it on an archive made by ``bench/generate_archive.py``. Logs in a
superuser (``bench-admin``, created if missing) with Django's test client,
requests each page once to warm the caches, then ``--repeat`` times, and
prints a Markdown table: median and slowest wall time per page, the median
time spent in SQL, the number of SQL queries and the size of the list the
page reports. A page that
does not answer 200 stops the run.
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

from django.contrib.auth.models import User  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from taggit.models import Tag  # noqa: E402

from articles.models import Article, MeetingReport  # noqa: E402
from people.models import Meeting, Organisation, Person, Place  # noqa: E402


def pick(queryset, **generated):
    """The first generated row (``generated`` lookups), else the first row at all."""
    obj = queryset.filter(**generated).order_by("pk").first() or queryset.order_by("pk").first()
    if obj is None:
        sys.exit(f"bench: no {queryset.model._meta.verbose_name} in the database: generate an archive first")
    return obj


def pages():
    person = pick(Person.objects, slug__startswith="gen-person-")
    organisation = pick(Organisation.objects, slug__startswith="gen-org-")
    tag = pick(Tag.objects)
    report = pick(MeetingReport.objects)
    meeting = report.meeting
    article = Article.objects.order_by("-pk").first()
    city = meeting.place or pick(Place.objects.filter(kind="city"))
    country = pick(Place.objects.filter(kind="country"))
    queued_person = pick(Person.objects.filter(origin="import", reviewed=False))
    hindi_alias = person.aliases.filter(script="Deva").values_list("name", flat=True).first() or person.name
    a = "/admin/articles/article/"
    p = "/admin/people/"
    return [
        ("Articles", a),
        ("Articles, page 200", f"{a}?p=200"),
        ("Articles, page 20,000", f"{a}?p=20000"),
        ("Articles, language = hi", f"{a}?language__exact=hi"),
        ("Articles, review queue", f"{a}?review=queue"),
        ("Articles, has no date", f"{a}?dated=no"),
        (
            "Articles, date range (one month)",
            f"{a}?published__range__gte=2020-03-01&published__range__lte=2020-03-31",
        ),
        ("Articles, year 2019 (date hierarchy)", f"{a}?published__year=2019"),
        ("Articles, tag", f"{a}?tag={tag.pk}"),
        ("Articles, mentions person", f"{a}?person={person.pk}"),
        ("Articles, mentions organisation", f"{a}?organisation={organisation.pk}"),
        ("Articles, reports meeting", f"{a}?meeting={meeting.pk}"),
        ("Articles, search a common word", f"{a}?q=security"),
        ("Articles, search a name", f"{a}?q={person.name.split()[0]}"),
        ("Articles, search Hindi", f"{a}?q=सुरक्षा"),
        ("Articles, search + language + tag", f"{a}?q=border&language__exact=en&tag={tag.pk}"),
        ("Article change form", f"{a}{article.pk}/change/"),
        ("Article add form", f"{a}add/"),
        ("Article history", f"{a}{article.pk}/history/"),
        ("People", f"{p}person/"),
        ("People, search a Devanagari alias", f"{p}person/?q={hindi_alias}"),
        ("People, any minister", f"{p}person/?role=any-minister"),
        ("People, country", f"{p}person/?country={country.pk}"),
        ("People, review queue", f"{p}person/?review=queue"),
        ("Person change form", f"{p}person/{person.pk}/change/"),
        ("Organisations", f"{p}organisation/"),
        ("Organisations, search", f"{p}organisation/?q={organisation.name.split()[0]}"),
        ("Organisation change form", f"{p}organisation/{organisation.pk}/change/"),
        ("Meetings", f"{p}meeting/"),
        ("Meetings, participant", f"{p}meeting/?participant={person.pk}"),
        ("Meetings, place", f"{p}meeting/?place={city.pk}"),
        (
            "Meetings, planned, date range",
            f"{p}meeting/?status__exact=planned&date__range__gte=2018-01-01&date__range__lte=2018-12-31",
        ),
        ("Meetings, search a participant", f"{p}meeting/?q={person.name.split()[0]}"),
        ("Meeting change form", f"{p}meeting/{meeting.pk}/change/"),
        ("Places", f"{p}place/"),
        ("Place change form", f"{p}place/{city.pk}/change/"),
        ("Tags", "/admin/taggit/tag/"),
        ("Tag change form", f"/admin/taggit/tag/{tag.pk}/change/"),
        ("Review queue", "/admin/review/"),
        ("Review queue, meetings", "/admin/review/?kind=meeting"),
        ("Review queue, Hindi", "/admin/review/?language=hi"),
        ("Review queue, has a country", "/admin/review/?has=country"),
        ("Review: merge a person into…", f"/admin/review/merge/person/{queued_person.pk}/"),
        ("Person history", f"{p}person/{person.pk}/history/"),
        ("Re-extract a person's names", f"/admin/reextract/person/{person.pk}/"),
        ("Possible duplicate people, open", f"{p}personduplicateflag/?status__exact=open"),
        ("Possible duplicate organisations", f"{p}organisationduplicateflag/"),
        ("Rejected names", f"{p}rejectedname/"),
        ("Removed links", "/admin/articles/removedlink/"),
        ("Removed links, search an article title", f"/admin/articles/removedlink/?q={article.title.split()[0]}"),
        (
            "Autocomplete: people",
            f"/admin/autocomplete/?app_label=articles&model_name=article&field_name=persons&term={person.name[:3]}",
        ),
        (
            "Autocomplete: people, Devanagari (fuzzy)",
            f"/admin/autocomplete/?app_label=articles&model_name=article&field_name=persons&term={hindi_alias[:4]}",
        ),
        (
            "Autocomplete: articles",
            "/admin/autocomplete/?app_label=articles&model_name=meetingreport&field_name=article&term=security",
        ),
    ]


def result_size(response):
    context = getattr(response, "context_data", None) or {}
    cl = context.get("cl")
    if cl is None:
        return ""
    estimate = getattr(cl.paginator, "count_is_estimate", False)
    return f"{'~' if estimate else ''}{cl.result_count:,}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", action="append", default=[], metavar="PAGE", help="Time only this page (its label).")
    args = parser.parse_args(argv)
    user = User.objects.filter(username="bench-admin").first()
    if user is None:
        user = User.objects.create_superuser("bench-admin", "bench@example.org", None)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    print(
        f"{Article.objects.order_by().count():,} articles, {Person.objects.count():,} people, "
        f"{Meeting.objects.count():,} meetings on {connection.vendor}; "
        f"median and slowest of {args.repeat} runs\n"
    )
    print("| page | median ms | slowest ms | SQL ms | queries | list size |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, url in pages():
        if args.only and label not in args.only:
            continue
        response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"bench: {url} answered {response.status_code}")
        times, sql_times = [], []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            sql_times.append(sum(float(query["time"]) for query in queries.captured_queries) * 1000)
        median, slowest, sql = statistics.median(times), max(times), statistics.median(sql_times)
        size = result_size(response)
        print(f"| {label} | {median:.0f} | {slowest:.0f} | {sql:.0f} | {len(queries)} | {size} |", flush=True)


if __name__ == "__main__":
    main()
