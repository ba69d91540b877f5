"""Who and what the archive knows about: people, organisations, places and meetings.

Every entity keeps its aliases in any script as rows with a normalised form
for matching, records whether the importer invented it (``origin``) and
whether an editor has looked at it (``reviewed``).
"""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import slugify
from indic_transliteration import sanscript
from simple_history.models import HistoricalRecords

from .names import normalize_name, script_of


class Origin(models.TextChoices):
    GAZETTEER = "gazetteer", "Starter gazetteer"
    IMPORT = "import", "Created by the importer"
    EDITOR = "editor", "Entered by an editor"


def slug_base(model, text, max_length=200):
    """The slug ``unique_slug`` tries first for ``text``.

    Devanagari names are transliterated (IAST, accents dropped) so that slugs
    stay readable ASCII in URLs.
    """
    if script_of(text) == "Deva":
        text = sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)
    return slugify(text)[: max_length - 8] or model._meta.model_name


def unique_slug(model, text, *, exclude_pk=None, max_length=200, taken=()):
    """A slug for ``text`` that no other row of ``model`` uses (nor any of ``taken``)."""
    base = slug_base(model, text, max_length)
    slug, counter = base, 2
    others = model._default_manager.all()
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    while slug in taken or others.filter(slug=slug).exists():
        slug = f"{base}-{counter}"
        counter += 1
    return slug


class SluggedModel(models.Model):
    """A named entity with a unique slug derived from its name."""

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(type(self), self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)


class Alias(models.Model):
    """One name of an entity, as written, with its normalised form for matching."""

    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, db_index=True, editable=False)
    script = models.CharField(max_length=4, editable=False, help_text="ISO 15924 code, e.g. Latn or Deva.")

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        self.script = script_of(self.name)
        super().save(*args, **kwargs)


class Place(SluggedModel):
    """A country, region or city. A country is a place, never an organisation."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        REGION = "region", "Region"
        CITY = "city", "City"
        OTHER = "other", "Other place"

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CITY)
    iso_code = models.CharField(
        "ISO 3166-1 code", max_length=2, blank=True, help_text="Two-letter country code, for countries."
    )
    country = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="places",
        limit_choices_to={"kind": "country"},
        help_text="The country a city or region lies in.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["iso_code"], condition=~Q(iso_code=""), name="place_unique_iso_code"
            )
        ]

    def get_absolute_url(self):
        return reverse("place-detail", args=[self.slug])


class PlaceAlias(Alias):
    class Kind(models.TextChoices):
        NAME = "name", "Name"
        DEMONYM = "demonym", "Adjective (Tajik, बेलारूसी)"

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="aliases")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.NAME)
    history = HistoricalRecords()

    class Meta(Alias.Meta):
        verbose_name_plural = "place aliases"
        constraints = [
            models.UniqueConstraint(fields=["place", "normalized"], name="placealias_unique_per_place")
        ]


class ReviewedEntity(SluggedModel):
    """Fields shared by entities the importer may invent and editors review."""

    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    reviewed = models.BooleanField(
        default=False, db_index=True, help_text="An editor has checked this record."
    )
    evidence = models.TextField(
        blank=True, help_text="The text that made the importer create this record."
    )
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True

    @property
    def unchecked(self):
        """Made by the importer and not yet checked by an editor (shown as such on the public site)."""
        return self.origin == Origin.IMPORT and not self.reviewed


class Organisation(ReviewedEntity):
    class Kind(models.TextChoices):
        INTERGOVERNMENTAL = "intergovernmental", "Intergovernmental body"
        GOVERNMENT = "government", "Government"
        MINISTRY = "ministry", "Ministry or department"
        ARMED_FORCE = "armed_force", "Armed force"
        LEGISLATURE = "legislature", "Legislature or council"
        PARTY = "party", "Political party"
        COMPANY = "company", "Company"
        MEDIA = "media", "Media"
        NGO = "ngo", "Non-governmental organisation"
        OTHER = "other", "Other"

    acronym = models.CharField(max_length=30, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this one belongs to (RATS belongs to the SCO).",
    )
    country = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        limit_choices_to={"kind": Place.Kind.COUNTRY},
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def get_absolute_url(self):
        return reverse("organisation-detail", args=[self.slug])


class OrganisationAlias(Alias):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="aliases")
    history = HistoricalRecords()

    class Meta(Alias.Meta):
        verbose_name_plural = "organisation aliases"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "normalized"], name="organisationalias_unique_per_organisation"
            )
        ]


class Person(ReviewedEntity):
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def get_absolute_url(self):
        return reverse("person-detail", args=[self.slug])


class PersonAlias(Alias):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    history = HistoricalRecords()

    class Meta(Alias.Meta):
        verbose_name_plural = "person aliases"
        constraints = [
            models.UniqueConstraint(fields=["person", "normalized"], name="personalias_unique_per_person")
        ]


class Role(models.Model):
    """A title a person held, e.g. Defence Minister of India, with optional dates."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200, help_text='e.g. "Defence Minister"')
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="roles"
    )
    country = models.ForeignKey(
        Place,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roles",
        limit_choices_to={"kind": Place.Kind.COUNTRY},
    )
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    history = HistoricalRecords()

    class Meta:
        ordering = ["person", "-start", "title"]

    def __str__(self):
        where = self.country or self.organisation
        return f"{self.title} ({where})" if where else self.title


class Meeting(models.Model):
    """Who met whom, where and when: held, planned or cancelled."""

    class Kind(models.TextChoices):
        BILATERAL = "bilateral", "Bilateral meeting"
        MULTILATERAL = "multilateral", "Multilateral meeting or conference"
        CALL = "call", "Call"

    class Status(models.TextChoices):
        HELD = "held", "Held"
        PLANNED = "planned", "Planned"
        CANCELLED = "cancelled", "Cancelled"

    title = models.CharField(
        max_length=300, blank=True, help_text="Optional; a title is derived from the participants."
    )
    kind = models.CharField(max_length=15, choices=Kind.choices, default=Kind.BILATERAL)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.HELD, db_index=True)
    date = models.DateField(null=True, blank=True, db_index=True, help_text="Empty when unknown.")
    end_date = models.DateField(null=True, blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="meetings"
    )
    participants = models.ManyToManyField(Person, blank=True, related_name="meetings")
    organisations = models.ManyToManyField(Organisation, blank=True, related_name="meetings")
    sidelines_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="side_meetings",
        help_text="The larger event this meeting took place on the sidelines of.",
    )
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EDITOR)
    reviewed = models.BooleanField(default=False, db_index=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(m2m_fields=[participants, organisations])

    class Meta:
        ordering = ["-date", "-pk"]

    def get_absolute_url(self):
        return reverse("meeting-detail", args=[self.pk])

    @property
    def unchecked(self):
        """Made by the importer and not yet checked by an editor (shown as such on the public site)."""
        return self.origin == Origin.IMPORT and not self.reviewed

    def __str__(self):
        if self.title:
            return self.title
        names = " – ".join(sorted(p.name for p in self.participants.all()))
        when = self.date.isoformat() if self.date else "date unknown"
        return f"{names or 'Meeting'} ({when})"



class DuplicateFlag(models.Model):
    """Two records the importer could not tell apart: perhaps one entity, perhaps two.

    The importer never merges when unsure; it keeps both and raises a flag
    for an editor, who merges the pair (the merge settles the flag: it goes,
    and the survivor's history names what was merged) or marks it as two
    different entities (the flag stays, and the importer does not raise it again).
    """

    class Status(models.TextChoices):
        OPEN = "open", "To review"
        DIFFERENT = "different", "Different entities"

    similarity = models.FloatField(help_text="How alike the names are, 0–100.")
    evidence = models.TextField(blank=True, help_text="The sentence that named the newer record.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]


class PersonDuplicateFlag(DuplicateFlag):
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="duplicate_flags", help_text="The record the importer created."
    )
    other = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="+", help_text="The known record it may be the same as."
    )

    history = HistoricalRecords()

    class Meta(DuplicateFlag.Meta):
        verbose_name = "possible duplicate person"
        verbose_name_plural = "possible duplicate people"
        constraints = [models.UniqueConstraint(fields=["person", "other"], name="personduplicateflag_unique")]

    @property
    def record(self):
        """The record the importer created."""
        return self.person

    def __str__(self):
        return f"{self.person} ~ {self.other}?"


class OrganisationDuplicateFlag(DuplicateFlag):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="duplicate_flags",
        help_text="The record the importer created.",
    )
    other = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="+", help_text="The known record it may be the same as."
    )

    history = HistoricalRecords()

    class Meta(DuplicateFlag.Meta):
        verbose_name = "possible duplicate organisation"
        verbose_name_plural = "possible duplicate organisations"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "other"], name="organisationduplicateflag_unique")
        ]

    @property
    def record(self):
        """The record the importer created."""
        return self.organisation

    def __str__(self):
        return f"{self.organisation} ~ {self.other}?"


class RejectedName(models.Model):
    """A name an editor removed from the archive: the importer never creates an entity under it again.

    Recorded when re-extraction finds that a person or organisation it had
    linked no longer exists (an editor deleted it). A merge is not a
    rejection: the merged-away names live on as aliases of the survivor and
    keep matching. Delete the row to let the importer create the name again.
    """

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "name"]
        constraints = [models.UniqueConstraint(fields=["kind", "normalized"], name="rejectedname_unique")]

    def __str__(self):
        return f"{self.name} (not a {self.kind})"

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class RejectedAlias(models.Model):
    """A name an editor removed from one entity's aliases: extraction never gives it back to that entity.

    Recorded when an editor deletes (or rewrites) an alias in the admin. The
    importer does not add the name to the entity again, and a mention written
    that way is not linked to it. Other entities may still have the name.
    An editor who adds the alias again lifts the rejection.
    """

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        PLACE = "place", "Place"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.CASCADE, related_name="rejected_aliases")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="rejected_aliases"
    )
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.CASCADE, related_name="rejected_aliases")
    name = models.CharField(max_length=200)
    normalized = models.CharField(max_length=200, editable=False, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "rejected aliases"
        constraints = [
            # One constraint per kind: the other two keys are NULL, and NULLs never clash.
            models.UniqueConstraint(
                fields=["person", "normalized"], condition=Q(kind="person"), name="rejectedalias_unique_person"
            ),
            models.UniqueConstraint(
                fields=["organisation", "normalized"],
                condition=Q(kind="organisation"),
                name="rejectedalias_unique_organisation",
            ),
            models.UniqueConstraint(
                fields=["place", "normalized"], condition=Q(kind="place"), name="rejectedalias_unique_place"
            ),
            models.CheckConstraint(
                condition=(
                    Q(kind="person", person__isnull=False, organisation__isnull=True, place__isnull=True)
                    | Q(kind="organisation", person__isnull=True, organisation__isnull=False, place__isnull=True)
                    | Q(kind="place", person__isnull=True, organisation__isnull=True, place__isnull=False)
                ),
                name="rejectedalias_one_entity",
            ),
        ]

    @property
    def entity(self):
        return getattr(self, self.kind)

    def __str__(self):
        return f"“{self.name}” is not {self.entity}"

    def save(self, *args, **kwargs):
        self.normalized = normalize_name(self.name)
        super().save(*args, **kwargs)


class MergeRecord(models.Model):
    """What a merge changed, row by row, so that the desk can undo it.

    ``journal`` lists every row the merge wrote: ``[model label, pk, before,
    after]`` with each state a dict of column values (``None``: the row did
    not exist). Undoing checks that every row is still as the merge left it
    (nothing else touched it) and writes the ``before`` states back; see
    ``people.merge_undo``.
    """

    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        MEETING = "meeting", "Meeting"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    survivor_id = models.PositiveBigIntegerField()
    merged_ids = models.JSONField(default=list, help_text="Ids of the records merged into the survivor.")
    summary = models.TextField(help_text="What the merge said it did.")
    journal = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)
    undone_by = models.ForeignKey("auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["kind", "survivor_id"], name="mergerecord_survivor")]

    def __str__(self):
        return self.summary
