"""Articles and what they mention: people, organisations and meetings."""

import datetime
import re

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from simple_history import register as register_history
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import Tag

from newsroom.history import DeskHistory
from people.models import Meeting, Organisation, Person

from .constants import DatePrecision, Language
from .search.backends import InIds, search_backend


class EqualityIndex(models.Index):
    """An index for equality look-ups of long text: a hash index on PostgreSQL, a B-tree elsewhere.

    A PostgreSQL B-tree refuses entries over about 2,700 bytes (a long file
    path); a hash index stores only the value's hash, so any length fits.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor == "postgresql":
            using = " USING hash"
        return super().create_sql(model, schema_editor, using=using, **kwargs)


def published_within(start=None, end=None, prefix=""):
    """The condition "the article's whole day, month or year lies within [start, end]".

    ``published`` holds the first day of the period, so the start is one comparison for every
    precision; a month ends inside the range when it starts before the month after ``end``'s
    last covered day (the same for a year).
    """
    field = f"{prefix}published"
    condition = Q()
    if start is not None:
        condition &= Q(**{f"{field}__gte": start})
    if end is not None:
        after = end + datetime.timedelta(days=1)
        precision = f"{prefix}published_precision"
        condition &= (
            Q(**{precision: DatePrecision.DAY, f"{field}__lte": end})
            | Q(**{precision: DatePrecision.MONTH, f"{field}__lt": after.replace(day=1)})
            | Q(**{precision: DatePrecision.YEAR, f"{field}__lt": after.replace(month=1, day=1)})
        )
    return condition


def meeting_dated_within(start=None, end=None, prefix="meeting__"):
    """The condition "the meeting's (first) day lies within [start, end]"."""
    condition = Q(**{f"{prefix}date__isnull": False})
    if start is not None:
        condition &= Q(**{f"{prefix}date__gte": start})
    if end is not None:
        condition &= Q(**{f"{prefix}date__lte": end})
    return condition


class ArticleQuerySet(models.QuerySet):
    """Search and filters of the public site (issue 5): each filter one condition, never a join."""

    def search(self, resolved_query, languages=(), sample=None, within=None):
        """Articles matching a ``ResolvedQuery`` (see ``articles/search``), on any database.

        ``sample``: the full-text index is read for the articles whose id is a multiple of it only
        (the caller adds ``in_sample``); ``within``: only these ids need be checked."""
        return search_backend(self.db).filter(self, resolved_query, languages, sample=sample, within=within)

    def in_sample(self, modulus):
        """The articles whose id is a multiple of ``modulus``: a fixed sample spread over the archive
        (PostgreSQL has a partial full-text index on exactly ``id % SAMPLE_MODULUS = 0``)."""
        return self.alias(_sample_remainder=F("pk") % modulus).filter(_sample_remainder=0)

    def ranked_page_ids(
        self, resolved_query, offset, limit, languages=(), min_id=None, candidates_count=None
    ):
        """Ids of one page of these articles, most relevant first."""
        return search_backend(self.db).page_ids(
            self, resolved_query, offset, limit, languages, min_id, candidates_count
        )

    def with_ids(self, ids):
        """These articles among ``ids`` (a list passed as one parameter)."""
        return self.filter(InIds("pk", ids))

    def _linked(self, related, article_field="article"):
        # An EXISTS subquery on PostgreSQL, IN (subquery) on SQLite: see the backends.
        return search_backend(self.db).related_filter(self, related, article_field)

    def mentioning_person(self, person):
        return self._linked(PersonMention.objects.filter(person=person))

    def mentioning_organisation(self, organisation):
        return self._linked(OrganisationMention.objects.filter(organisation=organisation))

    def mentioning_place(self, place):
        return self._linked(PlaceMention.objects.filter(place=place))

    def reporting_meeting(self, meeting):
        return self._linked(MeetingReport.objects.filter(meeting=meeting))

    def tagged(self, tag):
        from taggit.models import TaggedItem

        items = TaggedItem.objects.filter(
            content_type__app_label="articles", content_type__model="article", tag=tag
        )
        return self._linked(items, "object_id")

    def in_languages(self, languages):
        return self.filter(language__in=languages)

    def published_between(self, start=None, end=None):
        """Articles whose date lies within [start, end]: a month or a year only when the range covers it."""
        return self.filter(published_within(start, end)) if start or end else self

    def dated_between(self, start=None, end=None, date_of="either", within=None):
        """Articles published in [start, end] (``date_of="published"``), reporting a meeting dated
        in it (``"event"``), or either.

        ``within`` (ids): these articles are already limited to them (``with_ids``); the meeting
        reports are then read for them alone (see ``_event_condition``)."""
        if not (start or end):
            return self
        published = published_within(start, end)
        if date_of == "published":
            return self.filter(published)
        reports = MeetingReport.objects.filter(meeting_dated_within(start, end))
        event = self._event_condition(reports, within)
        return self.filter(event if date_of == "event" else published | event)

    def _event_condition(self, reports, within=None):
        # Issue 14: beside "published in the range", OR-ed, PostgreSQL cannot turn the EXISTS into a
        # semi-join and plans it as a hashed subplan over every report of every meeting in the range
        # (131,511 rows for 2012-2018 at 1,000,000 articles, 100 ms) even for 2,366 candidates. When
        # the candidates are known the reports are narrowed to them, so the hash holds only theirs.
        if within is not None:
            reports = reports.filter(InIds("article_id", within))
        return search_backend(self.db).related_condition(reports)

    def undated(self, date_of="published", within=None):
        """Articles without a date: without their own (``"published"``), reporting no dated meeting
        (``"event"``), or neither (``"either"``); ``within`` as for ``dated_between``."""
        dated_reports = MeetingReport.objects.filter(meeting__date__isnull=False)
        dated_meeting = self._event_condition(dated_reports, within)
        if date_of == "event":
            return self.exclude(dated_meeting)
        articles = self.filter(published__isnull=True)
        return articles if date_of == "published" else articles.exclude(dated_meeting)

    def newest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-pk")

    def oldest_first(self):
        return self.order_by(F("published").asc(nulls_last=True), "pk")

    def recently_added_first(self):
        # Ids grow with every import: the newest row is the most recently added.
        return self.order_by("-pk")


class Article(models.Model):
    """One news article: its cleaned body, its source as read, and its links."""

    class Origin(models.TextChoices):
        IMPORT = "import", "Imported from a source file"
        EDITOR = "editor", "Entered by an editor"

    title = models.CharField(max_length=300)
    body = models.TextField(help_text="The cleaned text: promos removed, Unicode NFC, paragraphs kept.")
    source_text = models.TextField(blank=True, editable=False, help_text="The source file exactly as read.")
    language = models.CharField(max_length=3, choices=Language.choices, db_index=True)
    published = models.DateField(
        null=True, blank=True, db_index=True, help_text="Empty when the source gives no date."
    )
    published_precision = models.CharField(
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date the source gives; a month or a year is stored as its first day.",
    )
    source_path = models.CharField(max_length=4096, blank=True, editable=False)  # Linux PATH_MAX
    sha256 = models.CharField(
        "SHA-256", max_length=64, unique=True, null=True, blank=True, editable=False,
        help_text="Of the source file's bytes; empty for articles entered by hand.",
    )
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    reviewed = models.BooleanField(default=False, db_index=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    tags = TaggableManager(blank=True)
    persons = models.ManyToManyField(Person, through="PersonMention", related_name="articles", blank=True)
    organisations = models.ManyToManyField(
        Organisation, through="OrganisationMention", related_name="articles", blank=True
    )
    meetings = models.ManyToManyField(Meeting, through="MeetingReport", related_name="articles", blank=True)
    places = models.ManyToManyField("people.Place", through="PlaceMention", related_name="articles", blank=True)

    history = HistoricalRecords(excluded_fields=["source_text"])

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-pk"]
        indexes = [
            # With "id" last, read backwards these give the admin's order (newest
            # first, then id) without a sort, undated articles included (issue 4).
            models.Index(fields=["language", "published", "id"], name="article_language_published"),
            models.Index(fields=["published", "id"], name="article_published_id"),
            # The importer finds the article of a file by its path (issue 10): one look-up, not a scan.
            EqualityIndex(fields=["source_path"], name="article_source_path"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article-detail", args=[self.pk])

    def published_inside(self, start=None, end=None):
        """Whether the article's whole day, month or year lies within [start, end] (``published_within``)."""
        if self.published is None:
            return False
        last = self.published
        if self.published_precision == DatePrecision.YEAR:
            last = self.published.replace(month=12, day=31)
        elif self.published_precision == DatePrecision.MONTH:
            following = self.published.replace(day=28) + datetime.timedelta(days=4)
            last = following.replace(day=1) - datetime.timedelta(days=1)
        return (start is None or self.published >= start) and (end is None or last <= end)

    @property
    def source_name(self):
        """The source file as the public may see it: the path relative to where it was imported
        from, or only the file's name when the archive recorded an absolute server path."""
        import posixpath

        path = self.source_path.replace("\\", "/")
        if not path:
            return ""
        if path.startswith("/") or re.match(r"^[A-Za-z]:/", path) or ".." in path.split("/"):
            return posixpath.basename(path)
        return path

    @property
    def published_iso(self):
        """ISO 8601 at the date's precision: "2021-07-29", "2023-03", "2023"; None when undated."""
        return date_iso(self.published, self.published_precision)

    @property
    def published_label(self):
        """The date as people read it: "29 July 2021", "March 2023", "2023"; "" when undated."""
        return date_label(self.published, self.published_precision)


def date_iso(value, precision=DatePrecision.DAY):
    """ISO 8601 at ``precision``: "2021-07-29", "2023-03", "2023"; None for no date."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def date_label(value, precision=DatePrecision.DAY):
    from django.utils.formats import date_format

    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return date_format(value, "F Y")
    return date_format(value, "j F Y")


# django-taggit's tags keep a history too (renames and merges, see
# ``articles.tagging``); their historical table belongs to this app.
register_history(Tag, app="articles")


class LinkOrigin(models.TextChoices):
    """Who made a link: the extractor (replaced on re-extraction) or an editor (kept)."""

    EXTRACTED = "extracted", "Extracted"
    EDITOR = "editor", "Editor"


class Mention(models.Model):
    """Where an article names an entity, keeping the surface form as written."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    surface = models.CharField(max_length=200, help_text='As written, e.g. "राजनाथ सिंह" or "Singh".')
    count = models.PositiveIntegerField(default=1)
    first_offset = models.PositiveIntegerField(null=True, blank=True, help_text="In the cleaned body.")
    origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.EDITOR)

    class Meta:
        abstract = True

    def __str__(self):
        return self.surface


class PersonMention(Mention):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    history = DeskHistory()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "person", "surface"], name="personmention_unique")
        ]


class OrganisationMention(Mention):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="mentions")
    history = DeskHistory()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "organisation", "surface"], name="organisationmention_unique"
            )
        ]


class MeetingReport(models.Model):
    """An article reporting a meeting, with the sentences that say so."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="reports")
    class Says(models.TextChoices):
        HELD = "held", "That it was held"
        PLANNED = "planned", "That it was planned"
        CANCELLED = "cancelled", "That it was cancelled"

    evidence = models.TextField(blank=True, help_text="The sentence(s) that report the meeting.")
    origin = models.CharField(max_length=10, choices=LinkOrigin.choices, default=LinkOrigin.EDITOR)
    says = models.CharField(
        max_length=10,
        choices=Says.choices,
        blank=True,
        help_text="What this article says of the meeting (an article may preview a meeting others report "
        "held); empty for a larger event the article refers to.",
    )
    history = DeskHistory()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "meeting"], name="meetingreport_unique")]

    def __str__(self):
        return f"{self.article} → {self.meeting}"


class PlaceMention(Mention):
    place = models.ForeignKey("people.Place", on_delete=models.CASCADE, related_name="mentions")
    history = DeskHistory()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "place", "surface"], name="placemention_unique")]


class ExtractionLedger(models.Model):
    """What extraction last linked to an article, so that re-extraction can tell what an editor removed.

    A link in the ledger that is gone from the article was removed by an
    editor (``RemovedLink``); an extracted link not in the ledger was changed
    by one and is kept as theirs.
    """

    article = models.OneToOneField(Article, on_delete=models.CASCADE, related_name="extraction_ledger")
    mentions = models.JSONField(default=list, help_text="[kind, entity id, surface] of each extracted mention.")
    meetings = models.JSONField(default=dict, help_text="Meeting id of each extracted meeting, by signature.")
    reports = models.JSONField(default=list, help_text="Ids of the meetings the article was linked to.")
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"Extraction ledger of {self.article}"


class RemovedLink(models.Model):
    """A link an editor removed from an article: re-extraction does not make it again.

    Delete the row to let extraction link it again.
    """

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        PLACE = "place", "Place"
        MEETING = "meeting", "Meeting"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="removed_links")
    kind = models.CharField(max_length=12, choices=Kind.choices)
    target_id = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="The person, organisation, place or meeting no longer linked."
    )
    signature = models.CharField(
        max_length=300, blank=True, help_text="For a deleted meeting: its kind, participants and date as extracted."
    )
    label = models.CharField(max_length=300, blank=True, help_text="What the link was, for people to read.")
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["article", "kind"], name="removedlink_article_kind")]

    def __str__(self):
        return f"{self.article}: no {self.kind} {self.label or self.target_id or self.signature}"


class ImportLock(models.Model):
    """The one row importers take in turn: each batch of writes begins by updating it.

    Importers (on one machine or many) write one at a time, each batch in a
    transaction that starts by taking this row's lock, so that two of them
    never create the same person or meeting at once; extraction, the slow
    part, runs outside it in parallel. ``generation`` counts the batches
    written: an importer that sees it changed since its own last batch
    learns what the others created (``articles.importing.lock``).
    """

    holder = models.CharField(max_length=200, blank=True, help_text="host:pid of the importer writing now or last.")
    acquired_at = models.DateTimeField(null=True, blank=True)
    generation = models.BigIntegerField(default=0)

    def __str__(self):
        return f"import lock (generation {self.generation}, last {self.holder or 'nobody'})"


class OldTagSlug(models.Model):
    """A web address a tag had before (a rename, a merge, the Devanagari slugs of issue 12): it still leads there."""

    slug = models.CharField(max_length=100, unique=True)
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="old_slugs")

    def __str__(self):
        return f"{self.slug} → {self.tag.slug}"


class ImportRun(models.Model):
    """One run of ``import_articles``: when it ran, on what, and what it did.

    The review queue filters by run: what the importer created between the
    run's start and its end (runs at the same time share their records).
    """

    started_at = models.DateTimeField(db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    paths = models.TextField(help_text="The paths given on the command line, one per line.")
    reextract = models.BooleanField(default=False)
    imported = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    reextracted = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self):
        first = self.paths.splitlines()[0] if self.paths else "?"
        more = len(self.paths.splitlines()) - 1
        where = f"{first} and {more} more" if more > 0 else first
        return f"{self.started_at:%Y-%m-%d %H:%M} {where} ({self.imported} imported, {self.updated} updated)"


class FacetSummary(models.Model):
    """Pre-aggregated facet counts of the unfiltered archive and of single-filter states.

    ``scope`` names the state ("" for the whole archive, "language=hi", "undated=either"),
    ``facet`` the facet ("person", …, "language", "date.either", "date.published",
    "date.event", and "articles" for the state's own count), ``value`` the facet value as the
    facet counts it (an entity's id, a language code, "2021", "2021-07", "undated"). Written by
    ``articles.search.summary.refresh`` only; read only while ``FacetSummaryState`` says it is
    fresh.
    """

    scope = models.CharField(max_length=40)
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=20)
    count = models.PositiveIntegerField()
    rank = models.PositiveIntegerField(help_text="The value's place in the facet's order (0 first).")

    class Meta:
        indexes = [models.Index(fields=["scope", "facet", "rank"], name="facetsummary_scope_facet")]

    def __str__(self):
        return f"{self.scope or 'all'} {self.facet}={self.value}: {self.count}"


class FacetSummaryState(models.Model):
    """One row: whether ``FacetSummary`` is usable.

    Database triggers on the articles and their link tables set ``dirty`` on any write
    (``summary.py``), whatever makes it (the importer, the admin, a bulk update); a refresh
    clears it, computes, and publishes only if nothing was written meanwhile.
    """

    dirty = models.BooleanField(default=True)
    usable = models.BooleanField(default=False)
    refreshed_at = models.DateTimeField(null=True, blank=True)
    seconds = models.FloatField(null=True, blank=True, help_text="How long the last refresh took.")
    dirty_by = models.CharField(
        max_length=40,
        null=True,
        blank=True,
        help_text="PostgreSQL: the import run whose inserts alone made it dirty (empty: anyone's writes).",
    )
    generation = models.PositiveBigIntegerField(default=0, help_text="Counts the summaries published.")

    def __str__(self):
        return "fresh" if self.usable and not self.dirty else "stale"
