"""The CSV download of a search (``format=csv``): built in a fixed number of queries, sent with its length.

Every matching article (up to ``CSV_MAX_ROWS``) in the search's order, with
the names of the people, organisations, places, meetings and tags it links
and whether an editor reviewed it; the date at its precision, as the article
page and the JSON give it ("2023-03-15", "2023-03", "2023").
The rows come from one query of the ordered ids, one of the articles'
columns and one per kind of link for all of them at once (nine in all,
whatever the number of rows): no query per row or per batch of rows. The
whole file is built before the first byte is sent, so a database error is a
503 page rather than half a file, and the response says how long it is
(``Content-Length``): a download cut short is shorter than announced, which
every HTTP client can tell.
"""

import csv
import io

from django.db.models import F
from django.urls import reverse
from taggit.models import TaggedItem

from people.models import Meeting

from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention, date_iso
from .backends import InIds
from .constants import CSV_MAX_ROWS

# Spreadsheets run cells that start with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_HEADER = [
    "id",
    "url",
    "title",
    "published",
    "language",
    "people",
    "organisations",
    "places",
    "meetings",
    "tags",
    "reviewed",
]
LIST_SEPARATOR = "; "
CHUNK_BYTES = 64 * 1024
URL_PLACEHOLDER = 9876543210123


def csv_cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def names_by_article(rows):
    """{article id: [name, …]} from (article id, name) rows, each name once, in the rows' order."""
    names = {}
    for article_id, name in rows:
        found = names.setdefault(article_id, [])
        if name not in found:
            found.append(name)
    return names


def meeting_labels(meeting_ids):
    """{meeting id: label}, as ``str(meeting)`` gives it, in two queries."""
    meetings = {
        pk: (title, date)
        for pk, title, date in Meeting.objects.filter(InIds("pk", meeting_ids)).values_list(
            "pk", "title", "date"
        )
    }
    participants = {}
    for meeting_id, name in (
        Meeting.participants.through.objects.filter(InIds("meeting_id", meeting_ids))
        .values_list("meeting_id", "person__name")
        .order_by()
    ):
        participants.setdefault(meeting_id, []).append(name)
    labels = {}
    for pk, (title, date) in meetings.items():
        if title:
            labels[pk] = title
            continue
        names = " – ".join(sorted(participants.get(pk, [])))
        labels[pk] = f"{names or 'Meeting'} ({date.isoformat() if date else 'date unknown'})"
    return labels


def csv_rows(search, request, limit=CSV_MAX_ROWS):
    """The CSV's rows (lists of cells, the header first) for a ``Search``."""
    ids = search.ordered_ids(0, limit)
    articles = {
        row[0]: row
        for row in Article.objects.filter(InIds("pk", ids))
        .order_by()
        .values_list("pk", "title", "published", "published_precision", "language", "reviewed")
    }

    def linked(model, name_field, order):
        return names_by_article(
            model.objects.filter(InIds("article_id", ids))
            .order_by(order, name_field)
            .values_list("article_id", name_field)
        )

    people = linked(PersonMention, "person__name", "person__name")
    organisations = linked(OrganisationMention, "organisation__name", "organisation__name")
    places = linked(PlaceMention, "place__name", "place__name")
    reports = list(
        MeetingReport.objects.filter(InIds("article_id", ids))
        .order_by(F("meeting__date").desc(nulls_last=True), "-meeting_id")
        .values_list("article_id", "meeting_id")
    )
    labels = meeting_labels(sorted({meeting_id for _, meeting_id in reports}))
    meetings = names_by_article((article_id, labels[meeting_id]) for article_id, meeting_id in reports)
    tags = names_by_article(
        TaggedItem.objects.filter(
            InIds("object_id", ids), content_type__app_label="articles", content_type__model="article"
        )
        .order_by("tag__name")
        .values_list("object_id", "tag__name")
    )
    # One reverse() for the whole file: per row it was half the time of a download.
    prefix, suffix = request.build_absolute_uri(reverse("article-detail", args=[URL_PLACEHOLDER])).split(
        str(URL_PLACEHOLDER)
    )
    yield CSV_HEADER
    for pk in ids:
        if pk not in articles:
            continue  # deleted since the ids were read
        _, title, published, precision, language, reviewed = articles[pk]
        yield [
            csv_cell(value)
            for value in (
                pk,
                f"{prefix}{pk}{suffix}",
                title,
                date_iso(published, precision) or "",  # as the page and JSON give it
                language,
                LIST_SEPARATOR.join(people.get(pk, ())),
                LIST_SEPARATOR.join(organisations.get(pk, ())),
                LIST_SEPARATOR.join(places.get(pk, ())),
                LIST_SEPARATOR.join(meetings.get(pk, ())),
                LIST_SEPARATOR.join(tags.get(pk, ())),
                "yes" if reviewed else "no",
            )
        ]


def csv_document(search, request):
    """The whole CSV file as UTF-8 bytes, with a byte-order mark (spreadsheets then read it as UTF-8)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer).writerows(csv_rows(search, request))
    return buffer.getvalue().encode("utf-8")


def chunks(data, size=CHUNK_BYTES):
    for start in range(0, len(data), size):
        yield data[start : start + size]
