"""The archive's data contract: records for ``export_archive`` (see docs/export-format.md).

Records are plain dicts, streamed in the order organisations, persons,
articles, meetings, with every queryset read in chunks and its related rows
prefetched, so exporting a large archive takes constant memory per chunk.
"""

from django.db.models import Prefetch

from people.models import Meeting, Organisation, Person, Role

from .models import Article, MeetingReport

CHUNK_SIZE = 1000
FORMAT_VERSION = 1


def _iso(value):
    return value.isoformat() if value else None


def _aliases(obj, canonical):
    return sorted({alias.name for alias in obj.aliases.all()} - {canonical})


def _country(place):
    return place.name if place else None


def organisation_records():
    queryset = Organisation.objects.select_related("country", "parent").prefetch_related("aliases").order_by("pk")
    for org in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "organisation",
            "id": org.pk,
            "name": org.name,
            "slug": org.slug,
            "acronym": org.acronym or None,
            "aliases": _aliases(org, org.name),
            "kind": org.kind,
            "parent": org.parent_id,
            "country": _country(org.country),
            "country_code": org.country.iso_code or None if org.country else None,
            "reviewed": org.reviewed,
            "origin": org.origin,
        }


def person_records():
    roles = Role.objects.select_related("country").order_by("start", "pk")
    queryset = Person.objects.prefetch_related("aliases", Prefetch("roles", queryset=roles)).order_by("pk")
    for person in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "person",
            "id": person.pk,
            "name": person.name,
            "slug": person.slug,
            "aliases": _aliases(person, person.name),
            "roles": [
                {
                    "title": role.title,
                    "organisation": role.organisation_id,
                    "country": _country(role.country),
                    "country_code": role.country.iso_code or None if role.country else None,
                    "start": _iso(role.start),
                    "end": _iso(role.end),
                }
                for role in person.roles.all()
            ],
            "reviewed": person.reviewed,
            "origin": person.origin,
        }


def article_records():
    queryset = Article.objects.prefetch_related(
        "tags", "personmention_set", "organisationmention_set", "meetingreport_set"
    ).order_by("pk")
    for article in queryset.iterator(chunk_size=CHUNK_SIZE):
        person_mentions = sorted(article.personmention_set.all(), key=lambda m: (m.first_offset or 0, m.pk))
        org_mentions = sorted(article.organisationmention_set.all(), key=lambda m: (m.first_offset or 0, m.pk))
        yield {
            "type": "article",
            "id": article.pk,
            "title": article.title,
            "language": article.language,
            "published": _iso(article.published),
            "body": article.body,
            "source": {"path": article.source_path or None, "sha256": article.sha256},
            "tags": sorted(tag.name for tag in article.tags.all()),
            "persons": sorted({m.person_id for m in person_mentions}),
            "organisations": sorted({m.organisation_id for m in org_mentions}),
            "meetings": sorted(report.meeting_id for report in article.meetingreport_set.all()),
            "mentions": [
                {"type": "person", "id": m.person_id, "surface": m.surface, "count": m.count}
                for m in person_mentions
            ]
            + [
                {"type": "organisation", "id": m.organisation_id, "surface": m.surface, "count": m.count}
                for m in org_mentions
            ],
            "origin": article.origin,
        }


def meeting_records():
    reports = MeetingReport.objects.order_by("article_id")
    queryset = (
        Meeting.objects.select_related("place")
        .prefetch_related("participants", "organisations", Prefetch("reports", queryset=reports))
        .order_by("pk")
    )
    for meeting in queryset.iterator(chunk_size=CHUNK_SIZE):
        reports = list(meeting.reports.all())
        yield {
            "type": "meeting",
            "id": meeting.pk,
            "title": meeting.title or None,
            "kind": meeting.kind,
            "status": meeting.status,
            "date": _iso(meeting.date),
            "end_date": _iso(meeting.end_date),
            "place": meeting.place.name if meeting.place else None,
            "participants": sorted(p.pk for p in meeting.participants.all()),
            "organisations": sorted(o.pk for o in meeting.organisations.all()),
            "articles": [report.article_id for report in reports],
            "sidelines_of": meeting.sidelines_of_id,
            "evidence": [
                {"article": report.article_id, "text": report.evidence} for report in reports if report.evidence
            ],
            "reviewed": meeting.reviewed,
            "origin": meeting.origin,
        }


def archive_records():
    """Every record of the archive, in contract order."""
    yield from organisation_records()
    yield from person_records()
    yield from article_records()
    yield from meeting_records()
