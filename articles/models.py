"""Articles and what they mention: people, organisations and meetings."""

from django.db import models
from django.db.models import F
from django.urls import reverse
from simple_history import register as register_history
from simple_history.models import HistoricalRecords
from taggit.managers import TaggableManager
from taggit.models import Tag

from people.models import Meeting, Organisation, Person

from .constants import Language
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


class ArticleQuerySet(models.QuerySet):
    """Search and filters of the public site (issue 5): each filter one condition, never a join."""

    def search(self, resolved_query, languages=()):
        """Articles matching a ``ResolvedQuery`` (see ``articles/search``), on any database."""
        return search_backend(self.db).filter(self, resolved_query, languages)

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
        articles = self
        if start is not None:
            articles = articles.filter(published__gte=start)
        if end is not None:
            articles = articles.filter(published__lte=end)
        return articles

    def undated(self):
        return self.filter(published__isnull=True)

    def newest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-pk")

    def oldest_first(self):
        return self.order_by(F("published").asc(nulls_last=True), "pk")


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
    source_path = models.CharField(max_length=500, blank=True, editable=False)
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

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "person", "surface"], name="personmention_unique")
        ]


class OrganisationMention(Mention):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="mentions")

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

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "meeting"], name="meetingreport_unique")]

    def __str__(self):
        return f"{self.article} → {self.meeting}"


class PlaceMention(Mention):
    place = models.ForeignKey("people.Place", on_delete=models.CASCADE, related_name="mentions")

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
