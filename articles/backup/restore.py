"""An export back into an empty archive (``import_archive``): every record with its id, in one transaction.

The file is checked first (``check.py``): a file cut short or inconsistent
restores nothing. The archive must be empty — newly migrated: no article or
tag, and no person, organisation or meeting but the gazetteer's the
migrations load. That gazetteer is replaced by the export's (which holds it, as edited). Rows are
written with ``bulk_create`` in batches with their exported ids and
timestamps; foreign keys are checked when the transaction commits (both
databases declare them deferred), so a record may refer to one later in the
file. Afterwards PostgreSQL's id sequences continue after the restored ids,
and the search index is tidied (``after_bulk_load``).

The history of changes is not in an export, so the restored rows have none.
"""

import datetime
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction
from taggit.models import Tag, TaggedItem

from people.models import (
    Meeting,
    Organisation,
    OrganisationAlias,
    OrganisationDuplicateFlag,
    Origin,
    Person,
    PersonAlias,
    PersonDuplicateFlag,
    Place,
    PlaceAlias,
    RejectedAlias,
    RejectedName,
    Role,
)
from people.names import normalize_name, script_of

from ..models import (
    Article,
    ExtractionLedger,
    MeetingReport,
    OldTagSlug,
    OrganisationMention,
    PersonMention,
    PlaceMention,
    RemovedLink,
)
from ..search.backends import search_backend
from .check import BackupError, check, read_records

BATCH = 1000
MeetingParticipant = Meeting.participants.through
MeetingOrganisation = Meeting.organisations.through
# Every table a restore writes, parents first.
RESTORED_MODELS = [
    Place,
    PlaceAlias,
    Organisation,
    OrganisationAlias,
    Person,
    PersonAlias,
    Role,
    RejectedAlias,
    Tag,
    OldTagSlug,
    Article,
    TaggedItem,
    PersonMention,
    OrganisationMention,
    PlaceMention,
    Meeting,
    MeetingParticipant,
    MeetingOrganisation,
    MeetingReport,
    ExtractionLedger,
    RemovedLink,
    PersonDuplicateFlag,
    OrganisationDuplicateFlag,
    RejectedName,
]
MENTION_MODELS = {"person": PersonMention, "organisation": OrganisationMention, "place": PlaceMention}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _datetime(value):
    return datetime.datetime.fromisoformat(value) if value else None


def not_empty_reasons():
    """What the archive holds beyond a newly migrated database's gazetteer (empty list: nothing)."""
    reasons = []
    for model, label in ((Article, "articles"), (Tag, "tags")):
        count = model.objects.count()
        if count:
            reasons.append(f"{count} {label}")
    for model, label in ((Person, "people"), (Organisation, "organisations"), (Meeting, "meetings")):
        count = model.objects.exclude(origin=Origin.GAZETTEER).count()
        if count:
            reasons.append(f"{count} {label} not from the gazetteer")
    return reasons


@contextmanager
def timestamps_as_given():
    """Keep the exported created/updated times: ``auto_now`` fields would set them to now."""
    changed = []
    for model in RESTORED_MODELS:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                changed.append((field, field.auto_now, field.auto_now_add))
                field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in changed:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def wipe():
    """Delete every row of the restored tables (the migrations' gazetteer, in an empty archive)."""
    with connection.cursor() as cursor:
        for model in reversed(RESTORED_MODELS):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")


class Loader:
    """Turns records into rows and writes them in batches."""

    def __init__(self):
        self.pending = {model: [] for model in RESTORED_MODELS}
        self.tag_ids = {}
        self.article_type = ContentType.objects.get_for_model(Article)

    def add(self, model, row):
        rows = self.pending[model]
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(model)

    def flush(self, model=None):
        for each in [model] if model else RESTORED_MODELS:
            rows = self.pending[each]
            if rows:
                each.objects.bulk_create(rows, batch_size=BATCH)
                rows.clear()

    def record(self, record):
        getattr(self, f"load_{record['type']}")(record)

    def load_archive(self, record):
        pass

    def load_end(self, record):
        self.flush()

    def load_place(self, record):
        self.add(
            Place,
            Place(
                id=record["id"],
                name=record["name"],
                slug=record["slug"],
                kind=record["kind"],
                iso_code=record["iso_code"] or "",
                country_id=record["country"],
            ),
        )
        for alias in record["aliases"]:
            self.add(
                PlaceAlias,
                PlaceAlias(
                    place_id=record["id"],
                    name=alias["name"],
                    kind=alias["kind"],
                    normalized=normalize_name(alias["name"]),
                    script=script_of(alias["name"]),
                ),
            )
        self.rejected_aliases("place", record)

    def rejected_aliases(self, kind, record):
        for rejection in record.get("rejected_aliases", []):
            self.add(
                RejectedAlias,
                RejectedAlias(
                    kind=kind,
                    **{f"{kind}_id": record["id"]},
                    name=rejection["name"],
                    normalized=normalize_name(rejection["name"]),
                    created_at=_datetime(rejection.get("created_at")),
                ),
            )

    def _entity(self, record):
        return dict(
            id=record["id"],
            name=record["name"],
            slug=record["slug"],
            origin=record["origin"],
            reviewed=record["reviewed"],
            evidence=record.get("evidence", ""),
            notes=record.get("notes", ""),
            created_at=_datetime(record.get("created_at")),
            updated_at=_datetime(record.get("updated_at")),
        )

    def load_organisation(self, record):
        self.add(
            Organisation,
            Organisation(
                **self._entity(record),
                acronym=record.get("acronym") or "",
                kind=record["kind"],
                parent_id=record["parent"],
                country_id=record["country_place"],
            ),
        )
        for name in record["alias_names"]:
            self.add(
                OrganisationAlias,
                OrganisationAlias(
                    organisation_id=record["id"],
                    name=name,
                    normalized=normalize_name(name),
                    script=script_of(name),
                ),
            )
        self.rejected_aliases("organisation", record)

    def load_person(self, record):
        self.add(Person, Person(**self._entity(record)))
        for name in record["alias_names"]:
            self.add(
                PersonAlias,
                PersonAlias(
                    person_id=record["id"], name=name, normalized=normalize_name(name), script=script_of(name)
                ),
            )
        self.rejected_aliases("person", record)
        for role in record["roles"]:
            self.add(
                Role,
                Role(
                    id=role["id"],
                    person_id=record["id"],
                    title=role["title"],
                    organisation_id=role["organisation"],
                    country_id=role["country_place"],
                    start=_date(role["start"]),
                    end=_date(role["end"]),
                    origin=role["origin"],
                ),
            )

    def load_tag(self, record):
        self.tag_ids[record["name"]] = record["id"]
        self.add(Tag, Tag(id=record["id"], name=record["name"], slug=record["slug"]))
        for slug in record.get("old_slugs", []):
            self.add(OldTagSlug, OldTagSlug(slug=slug, tag_id=record["id"]))

    def load_article(self, record):
        pk = record["id"]
        self.add(
            Article,
            Article(
                id=pk,
                title=record["title"],
                body=record["body"],
                source_text=record["source_text"],
                language=record["language"],
                published=_date(record["published"]),
                published_precision=record["published_precision"],
                source_path=record["source"]["path"] or "",
                sha256=record["source"]["sha256"],
                origin=record["origin"],
                reviewed=record["reviewed"],
                imported_at=_datetime(record.get("imported_at")),
                updated_at=_datetime(record.get("updated_at")),
            ),
        )
        for name in record["tags"]:
            self.add(
                TaggedItem,
                TaggedItem(tag_id=self.tag_ids[name], content_type=self.article_type, object_id=pk),
            )
        for mention in record["mentions"]:
            model = MENTION_MODELS[mention["type"]]
            self.add(
                model,
                model(
                    article_id=pk,
                    **{f"{mention['type']}_id": mention["id"]},
                    surface=mention["surface"],
                    count=mention["count"],
                    first_offset=mention["first_offset"],
                    origin=mention["origin"],
                ),
            )
        for report in record["reports"]:
            self.add(
                MeetingReport,
                MeetingReport(
                    article_id=pk,
                    meeting_id=report["meeting"],
                    says=report["says"],
                    evidence=report["evidence"],
                    origin=report["origin"],
                ),
            )
        for link in record["removed_links"]:
            self.add(
                RemovedLink,
                RemovedLink(
                    article_id=pk,
                    kind=link["kind"],
                    target_id=link["target"],
                    signature=link["signature"],
                    label=link["label"],
                    created_at=_datetime(link["created_at"]),
                ),
            )
        ledger = record["ledger"]
        if ledger is not None:
            self.add(
                ExtractionLedger,
                ExtractionLedger(
                    article_id=pk,
                    mentions=ledger["mentions"],
                    meetings=ledger["meetings"],
                    reports=ledger["reports"],
                    updated_at=_datetime(ledger["updated_at"]),
                ),
            )

    def load_meeting(self, record):
        pk = record["id"]
        self.add(
            Meeting,
            Meeting(
                id=pk,
                title=record["title"] or "",
                kind=record["kind"],
                status=record["status"],
                date=_date(record["date"]),
                end_date=_date(record["end_date"]),
                place_id=record["place_id"],
                sidelines_of_id=record["sidelines_of"],
                origin=record["origin"],
                reviewed=record["reviewed"],
                notes=record.get("notes", ""),
                created_at=_datetime(record.get("created_at")),
                updated_at=_datetime(record.get("updated_at")),
            ),
        )
        for person in record["participants"]:
            self.add(MeetingParticipant, MeetingParticipant(meeting_id=pk, person_id=person))
        for organisation in record["organisations"]:
            self.add(MeetingOrganisation, MeetingOrganisation(meeting_id=pk, organisation_id=organisation))

    def load_duplicate_flag(self, record):
        model, field = {
            "person": (PersonDuplicateFlag, "person_id"),
            "organisation": (OrganisationDuplicateFlag, "organisation_id"),
        }[record["kind"]]
        self.add(
            model,
            model(
                id=record["id"],
                **{field: record["record"]},
                other_id=record["other"],
                similarity=record["similarity"],
                evidence=record.get("evidence", ""),
                status=record["status"],
                created_at=_datetime(record.get("created_at")),
            ),
        )

    def load_rejected_name(self, record):
        self.add(
            RejectedName,
            RejectedName(
                id=record["id"],
                kind=record["kind"],
                name=record["name"],
                normalized=normalize_name(record["name"]),
                created_at=_datetime(record.get("created_at")),
            ),
        )


def restore(path):
    """Restore the export at ``path`` into the empty archive; return the file's ``Summary``."""
    summary = check(path)
    with transaction.atomic():
        reasons = not_empty_reasons()
        if reasons:
            raise BackupError(
                f"the archive is not empty (it holds {', '.join(reasons)}): import_archive restores into a "
                "newly migrated database only, so that nothing of it is lost; create one "
                "(a new DATABASE_URL, then manage.py migrate) and import there"
            )
        wipe()
        loader = Loader()
        with timestamps_as_given():
            for _, record in read_records(path):
                loader.record(record)
            loader.flush()
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), RESTORED_MODELS):
                cursor.execute(statement)
    search_backend(connection.alias).after_bulk_load()
    return summary
