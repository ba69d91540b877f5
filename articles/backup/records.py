"""The records of ``export_archive`` (format version 2, docs/export-format.md), streamed in contract order.

Everything the archive holds, so that ``import_archive`` rebuilds it as it
was: places, organisations and people with every alias, role, note and
piece of evidence; tags; articles with their source text, every mention
(with its origin and offset), every meeting report, the extraction ledger and
the links editors removed; meetings; the possible duplicates the importer
flagged, the names editors rejected (for every entity, and for one entity:
its rejected aliases) and the addresses tags had before (old slugs). Not in
it: the history of changes, the journal of merges that can be undone, the
log of import runs and the desk's logins (back those up with the database
itself).

Each queryset is read in chunks with its related rows prefetched, inside one
snapshot of the database (``snapshot.py``), so the file is consistent and a
large archive is exported in constant memory per chunk.
"""

from django.db.models import Prefetch
from taggit.models import Tag

from people.models import (
    Meeting,
    Organisation,
    OrganisationDuplicateFlag,
    Person,
    PersonDuplicateFlag,
    Place,
    RejectedName,
    Role,
)

from ..models import Article, MeetingReport, OldTagSlug
from .snapshot import snapshot

CHUNK_SIZE = 1000
FORMAT_VERSION = 2
# The record types, in the order they come in the file.
RECORD_TYPES = (
    "archive",
    "place",
    "organisation",
    "person",
    "tag",
    "article",
    "meeting",
    "duplicate_flag",
    "rejected_name",
    "end",
)


def _iso(value):
    return value.isoformat() if value else None


def _aliases(obj, canonical):
    return sorted({alias.name for alias in obj.aliases.all()} - {canonical})


def _alias_names(obj):
    return sorted(alias.name for alias in obj.aliases.all())


def _rejected_aliases(entity):
    """The names editors removed from this entity's aliases (``RejectedAlias``), by name."""
    rejected = sorted(entity.rejected_aliases.all(), key=lambda rejection: (rejection.name, rejection.pk))
    return [{"name": rejection.name, "created_at": _iso(rejection.created_at)} for rejection in rejected]


def _country(place):
    return place.name if place else None


def _reviewed_entity(entity):
    """The fields people and organisations share (``ReviewedEntity``)."""
    return {
        "slug": entity.slug,
        "alias_names": _alias_names(entity),
        "rejected_aliases": _rejected_aliases(entity),
        "reviewed": entity.reviewed,
        "origin": entity.origin,
        "evidence": entity.evidence,
        "notes": entity.notes,
        "created_at": _iso(entity.created_at),
        "updated_at": _iso(entity.updated_at),
    }


def place_records():
    queryset = Place.objects.prefetch_related("aliases", "rejected_aliases").order_by("pk")
    for place in queryset.iterator(chunk_size=CHUNK_SIZE):
        aliases = sorted(place.aliases.all(), key=lambda alias: (alias.kind, alias.name))
        yield {
            "type": "place",
            "id": place.pk,
            "name": place.name,
            "slug": place.slug,
            "kind": place.kind,
            "iso_code": place.iso_code or None,
            "country": place.country_id,
            "aliases": [{"name": alias.name, "kind": alias.kind} for alias in aliases],
            "rejected_aliases": _rejected_aliases(place),
        }


def organisation_records():
    queryset = (
        Organisation.objects.select_related("country", "parent")
        .prefetch_related("aliases", "rejected_aliases")
        .order_by("pk")
    )
    for org in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "organisation",
            "id": org.pk,
            "name": org.name,
            "acronym": org.acronym or None,
            "aliases": _aliases(org, org.name),
            "kind": org.kind,
            "parent": org.parent_id,
            "country": _country(org.country),
            "country_code": org.country.iso_code or None if org.country else None,
            "country_place": org.country_id,
            **_reviewed_entity(org),
        }


def person_records():
    roles = Role.objects.select_related("country").order_by("start", "pk")
    queryset = Person.objects.prefetch_related(
        "aliases", "rejected_aliases", Prefetch("roles", queryset=roles)
    ).order_by("pk")
    for person in queryset.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "person",
            "id": person.pk,
            "name": person.name,
            "aliases": _aliases(person, person.name),
            "roles": [
                {
                    "id": role.pk,
                    "title": role.title,
                    "organisation": role.organisation_id,
                    "country": _country(role.country),
                    "country_code": role.country.iso_code or None if role.country else None,
                    "country_place": role.country_id,
                    "start": _iso(role.start),
                    "end": _iso(role.end),
                    "origin": role.origin,
                }
                for role in person.roles.all()
            ],
            **_reviewed_entity(person),
        }


def tag_records():
    old_slugs = Prefetch("old_slugs", queryset=OldTagSlug.objects.order_by("slug"))
    for tag in Tag.objects.prefetch_related(old_slugs).order_by("pk").iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "tag",
            "id": tag.pk,
            "name": tag.name,
            "slug": tag.slug,
            "old_slugs": [old.slug for old in tag.old_slugs.all()],
        }


def _mention(kind, mention, entity_id):
    return {
        "type": kind,
        "id": entity_id,
        "surface": mention.surface,
        "count": mention.count,
        "first_offset": mention.first_offset,
        "origin": mention.origin,
    }


def _by_offset(mentions):
    return sorted(mentions, key=lambda m: (m.first_offset if m.first_offset is not None else -1, m.pk))


def article_records():
    queryset = (
        Article.objects.select_related("extraction_ledger")
        .prefetch_related(
            "tags",
            "personmention_set",
            "organisationmention_set",
            "placemention_set",
            Prefetch("meetingreport_set", queryset=MeetingReport.objects.order_by("meeting_id")),
            "removed_links",
        )
        .order_by("pk")
    )
    for article in queryset.iterator(chunk_size=CHUNK_SIZE):
        person_mentions = _by_offset(article.personmention_set.all())
        org_mentions = _by_offset(article.organisationmention_set.all())
        place_mentions = _by_offset(article.placemention_set.all())
        reports = list(article.meetingreport_set.all())
        try:
            ledger = article.extraction_ledger
        except Article.extraction_ledger.RelatedObjectDoesNotExist:
            ledger = None
        yield {
            "type": "article",
            "id": article.pk,
            "title": article.title,
            "language": article.language,
            "published": _iso(article.published),
            "published_precision": article.published_precision,
            "body": article.body,
            "source": {"path": article.source_path or None, "sha256": article.sha256},
            "source_text": article.source_text,
            "tags": sorted(tag.name for tag in article.tags.all()),
            "persons": sorted({m.person_id for m in person_mentions}),
            "organisations": sorted({m.organisation_id for m in org_mentions}),
            "places": sorted({m.place_id for m in place_mentions}),
            "meetings": [report.meeting_id for report in reports],
            "mentions": [_mention("person", m, m.person_id) for m in person_mentions]
            + [_mention("organisation", m, m.organisation_id) for m in org_mentions]
            + [_mention("place", m, m.place_id) for m in place_mentions],
            "reports": [
                {"meeting": r.meeting_id, "says": r.says, "evidence": r.evidence, "origin": r.origin}
                for r in reports
            ],
            "removed_links": [
                {
                    "kind": link.kind,
                    "target": link.target_id,
                    "signature": link.signature,
                    "label": link.label,
                    "created_at": _iso(link.created_at),
                }
                for link in sorted(article.removed_links.all(), key=lambda link: link.pk)
            ],
            "ledger": {
                "mentions": ledger.mentions,
                "meetings": ledger.meetings,
                "reports": ledger.reports,
                "updated_at": _iso(ledger.updated_at),
            }
            if ledger is not None
            else None,
            "reviewed": article.reviewed,
            "origin": article.origin,
            "imported_at": _iso(article.imported_at),
            "updated_at": _iso(article.updated_at),
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
            "place_id": meeting.place_id,
            "participants": sorted(p.pk for p in meeting.participants.all()),
            "organisations": sorted(o.pk for o in meeting.organisations.all()),
            "articles": [report.article_id for report in reports],
            "sidelines_of": meeting.sidelines_of_id,
            "evidence": [
                {"article": report.article_id, "text": report.evidence}
                for report in reports
                if report.evidence
            ],
            "reviewed": meeting.reviewed,
            "origin": meeting.origin,
            "notes": meeting.notes,
            "created_at": _iso(meeting.created_at),
            "updated_at": _iso(meeting.updated_at),
        }


def duplicate_flag_records():
    for kind, model, field in (
        ("person", PersonDuplicateFlag, "person_id"),
        ("organisation", OrganisationDuplicateFlag, "organisation_id"),
    ):
        for flag in model.objects.order_by("pk").iterator(chunk_size=CHUNK_SIZE):
            yield {
                "type": "duplicate_flag",
                "id": flag.pk,
                "kind": kind,
                "record": getattr(flag, field),
                "other": flag.other_id,
                "similarity": flag.similarity,
                "evidence": flag.evidence,
                "status": flag.status,
                "created_at": _iso(flag.created_at),
            }


def rejected_name_records():
    for rejected in RejectedName.objects.order_by("pk").iterator(chunk_size=CHUNK_SIZE):
        yield {
            "type": "rejected_name",
            "id": rejected.pk,
            "kind": rejected.kind,
            "name": rejected.name,
            "created_at": _iso(rejected.created_at),
        }


def archive_records(using="default"):
    """Every record of the archive, in contract order, from one snapshot; the last says how many came before."""
    with snapshot(using):
        yield {"type": "archive", "format_version": FORMAT_VERSION}
        count = 1
        for records in (
            place_records,
            organisation_records,
            person_records,
            tag_records,
            article_records,
            meeting_records,
            duplicate_flag_records,
            rejected_name_records,
        ):
            for record in records():
                count += 1
                yield record
        yield {"type": "end", "records": count}
