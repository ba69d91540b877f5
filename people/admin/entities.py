"""People, organisations and places: aliases and roles inline, search by any alias."""

from django.contrib import admin, messages
from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from newsroom.desk.base import DeskModelAdmin, EditorLinksMixin, mark_reviewed
from newsroom.desk.filters import ReviewStateFilter
from newsroom.desk.history import alias_label, mention_in_article_label, rejected_alias_label, role_label
from newsroom.ids import parse_id

from ..models import (
    Organisation,
    OrganisationAlias,
    Person,
    PersonAlias,
    Place,
    PlaceAlias,
    RejectedAlias,
    Role,
)
from ..fuzzy import fuzzy_ids
from ..names import normalize_name
from ..teaching import learn_alias, reject_alias
from .duplicates import open_flags_of
from .filters import OrganisationCountryFilter, PersonCountryFilter, RoleTitleFilter
from .merge import MergeActionMixin


def counts_by(model, field, ids):
    """``{id: number of model rows whose field is id}`` for the ids of one page, in one query.

    ``COUNT(*)``, so PostgreSQL counts in the foreign key's index without
    visiting the rows.
    """
    rows = model.objects.filter(**{f"{field}__in": ids}).order_by().values_list(field)
    return dict(rows.annotate(n=Count("*")))


def counted(number, one, many):
    """ "1 meeting", "3 meetings"."""
    return f"{number} {one if number == 1 else many}"


def changelist_link(model_name, app_label, query, text):
    url = reverse(f"admin:{app_label}_{model_name}_changelist")
    return format_html('<a href="{}?{}">{}</a>', url, query, text)


class AliasSearchMixin:
    """Search a record by its name or any alias, as written or normalised.

    The normalised form folds what differs only in spelling (nukta,
    accents, case), so "मिर्ज़ा" finds "मिर्जा". One ``IN`` subquery, no
    join, so no duplicate rows and no DISTINCT.
    """

    alias_model = None
    alias_owner = None
    extra_search_fields = ()

    def fuzzy_matches(self, term, limit):
        """Ids of the records whose aliases sound like ``term`` in any script (the autocomplete's fallback)."""
        return fuzzy_ids(self.alias_model, self.alias_owner, term, limit)

    def get_search_results(self, request, queryset, search_term):
        term = " ".join(search_term.split())
        if not term:
            return queryset, False
        normalized = normalize_name(term)
        alias_condition = Q(name__icontains=term)
        if normalized:
            alias_condition |= Q(normalized__contains=normalized)
        condition = Q(name__icontains=term) | Q(
            pk__in=self.alias_model.objects.filter(alias_condition).values(self.alias_owner)
        )
        for field in self.extra_search_fields:
            condition |= Q(**{f"{field}__icontains": term})
        if parse_id(term) is not None:
            condition |= Q(pk=parse_id(term))
        return queryset.filter(condition), False


class TeachingAliasesMixin:
    """Alias edits teach extraction: a removed (or rewritten) alias is rejected for the entity, an added one
    lifts a rejection and is offered for re-extraction."""

    def save_formset(self, request, form, formset, change):
        if not issubclass(formset.model, (PersonAlias, OrganisationAlias, PlaceAlias)):
            return super().save_formset(request, form, formset, change)
        removed, added = [], []
        for row in formset.forms:
            if not row.has_changed() and row not in formset.deleted_forms:
                continue
            initial = row.initial.get("name") if row.instance.pk else None
            if row in formset.deleted_forms:
                if initial:
                    removed.append(initial)
                continue
            new = row.cleaned_data.get("name")
            if initial and new and normalize_name(initial) != normalize_name(new):
                removed.append(initial)
            if new and (not initial or normalize_name(initial) != normalize_name(new)):
                added.append(new)
        super().save_formset(request, form, formset, change)
        entity = form.instance
        kept = set(formset.model.objects.filter(**{self.alias_owner: entity}).values_list("normalized", flat=True))
        rejected = [name for name in removed if normalize_name(name) not in kept]
        for name in rejected:
            reject_alias(entity, name, user=request.user)
        for name in added:
            learn_alias(entity, name, user=request.user)  # lifts a rejection; the alias is saved already
        if rejected:
            self.message_user(
                request,
                "Extraction will not give {} back to {}.".format(", ".join(f"“{n}”" for n in rejected), entity),
                messages.INFO,
            )
        if added:
            from articles.admin.articles import reextract_url

            self.message_user(
                request,
                format_html(
                    'New aliases: {}. <a href="{}">Re-extract the articles that contain them</a> so that they link {}.',
                    ", ".join(f"“{n}”" for n in added),
                    reextract_url(entity, added),
                    entity,
                ),
                messages.SUCCESS,
            )


class AliasInline(admin.TabularInline):
    extra = 1
    fields = ["name", "script", "normalized"]
    readonly_fields = ["script", "normalized"]


class PersonAliasInline(AliasInline):
    model = PersonAlias


class CompactRelatedMixin:
    """Inline rows without the pencil/plus/cross/eye icons beside each related field: the row fits the page."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        widget = getattr(field, "widget", None)
        for flag in ("can_add_related", "can_change_related", "can_delete_related", "can_view_related"):
            if hasattr(widget, flag):
                setattr(widget, flag, False)
        return field


class PersonRoleInline(CompactRelatedMixin, admin.TabularInline):
    model = Role
    fk_name = "person"
    extra = 1
    fields = ["title", "organisation", "country", "start", "end", "origin"]
    readonly_fields = ["origin"]
    autocomplete_fields = ["organisation", "country"]


WHERE_IT_CAME_FROM = (
    "Where it came from",
    {"fields": ["origin", "evidence", "archive_links", "possible_duplicates", "created_at", "updated_at"]},
)


class ReviewedEntityAdmin(
    MergeActionMixin, TeachingAliasesMixin, AliasSearchMixin, EditorLinksMixin, DeskModelAdmin
):
    """What people and organisations share: review, evidence, merge."""

    actions = ["merge_selected", mark_reviewed]
    search_fields = ["name"]  # searched through get_search_results, aliases included
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = [
        "origin",
        "evidence",
        "archive_links",
        "possible_duplicates",
        "created_at",
        "updated_at",
    ]
    list_per_page = 50
    # The article and meeting list filters that show this record's mentions and meetings.
    article_filter = meeting_filter = None

    @admin.display(description="In the archive")
    def archive_links(self, obj):
        if obj.pk is None:
            return "—"
        from articles.admin.articles import reextract_url

        return format_html(
            '{} · {} · <a href="{}">re-extract the articles that name it but do not link it</a>',
            changelist_link(
                "article",
                "articles",
                f"{self.article_filter}={obj.pk}",
                counted(obj.mentions.count(), "mention in articles", "mentions in articles"),
            ),
            changelist_link(
                "meeting",
                "people",
                f"{self.meeting_filter}={obj.pk}",
                counted(obj.meetings.count(), "meeting", "meetings"),
            ),
            reextract_url(obj),
        )

    @admin.display(description="Possible duplicates")
    def possible_duplicates(self, obj):
        if obj.pk is None:
            return "—"
        flags = open_flags_of(obj)
        if not flags:
            return "—"
        opts = flags[0]._meta
        return format_html_join(
            mark_safe("<br>"),
            '<a href="{}">{} ~ {}</a> <small>({} / 100, to review)</small>',
            (
                (
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[flag.pk]),
                    flag.record.name,
                    flag.other.name,
                    f"{flag.similarity:.0f}",
                )
                for flag in flags
            ),
        )

    @admin.display(description="Also known as")
    def other_names(self, obj):
        names = [alias.name for alias in obj.aliases.all() if alias.name != obj.name]
        return " · ".join(names)

    def merge_queryset(self, queryset):
        return queryset.order_by("pk").prefetch_related("aliases")

    def merge_details(self, record):
        return self.other_names(record)


@admin.register(Person)
class PersonAdmin(ReviewedEntityAdmin):
    alias_model = PersonAlias

    def related_history_specs(self):
        from articles.models import PersonMention

        return [
            (PersonAlias, "person", alias_label),
            (Role, "person", role_label),
            (RejectedAlias, "person", rejected_alias_label),
            (PersonMention, "person", mention_in_article_label),
        ]

    alias_owner = "person"
    article_filter, meeting_filter = "person", "participant"
    list_display = ["name", "other_names", "role_list", "article_count", "reviewed", "origin", "created_at"]
    list_filter = [ReviewStateFilter, "origin", RoleTitleFilter, PersonCountryFilter]
    inlines = [PersonAliasInline, PersonRoleInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "reviewed", "notes"]}),
        WHERE_IT_CAME_FROM,
    ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                "aliases", Prefetch("roles", queryset=Role.objects.select_related("organisation", "country"))
            )
        )

    def decorate_page(self, people):
        from articles.models import PersonMention

        counts = counts_by(PersonMention, "person", [person.pk for person in people])
        for person in people:
            person.article_count = counts.get(person.pk, 0)
        return people

    @admin.display(description="Roles")
    def role_list(self, obj):
        return "; ".join(str(role) for role in obj.roles.all())

    @admin.display(description="Mentions")
    def article_count(self, obj):
        return obj.article_count


class OrganisationAliasInline(AliasInline):
    model = OrganisationAlias


class OrganisationRoleInline(CompactRelatedMixin, admin.TabularInline):
    model = Role
    fk_name = "organisation"
    extra = 1
    verbose_name = "role in this organisation"
    verbose_name_plural = "roles in this organisation"
    fields = ["person", "title", "country", "start", "end", "origin"]
    readonly_fields = ["origin"]
    autocomplete_fields = ["person", "country"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("person", "country")


@admin.register(Organisation)
class OrganisationAdmin(ReviewedEntityAdmin):
    alias_model = OrganisationAlias

    def related_history_specs(self):
        from articles.models import OrganisationMention

        return [
            (OrganisationAlias, "organisation", alias_label),
            (Role, "organisation", role_label),
            (RejectedAlias, "organisation", rejected_alias_label),
            (OrganisationMention, "organisation", mention_in_article_label),
        ]

    alias_owner = "organisation"
    article_filter = meeting_filter = "organisation"
    extra_search_fields = ["acronym"]
    list_display = [
        "name",
        "acronym",
        "other_names",
        "kind",
        "parent",
        "country",
        "article_count",
        "reviewed",
        "origin",
    ]
    list_filter = [ReviewStateFilter, "origin", "kind", OrganisationCountryFilter]
    list_select_related = ["parent", "country"]
    autocomplete_fields = ["parent", "country"]
    inlines = [OrganisationAliasInline, OrganisationRoleInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "acronym", "kind", "parent", "country", "reviewed", "notes"]}),
        WHERE_IT_CAME_FROM,
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def decorate_page(self, organisations):
        from articles.models import OrganisationMention

        counts = counts_by(
            OrganisationMention, "organisation", [organisation.pk for organisation in organisations]
        )
        for organisation in organisations:
            organisation.article_count = counts.get(organisation.pk, 0)
        return organisations

    @admin.display(description="Mentions")
    def article_count(self, obj):
        return obj.article_count


class PlaceAliasInline(AliasInline):
    model = PlaceAlias
    fields = ["name", "kind", "script", "normalized"]


@admin.register(Place)
class PlaceAdmin(TeachingAliasesMixin, AliasSearchMixin, DeskModelAdmin):
    alias_model = PlaceAlias

    def related_history_specs(self):
        from articles.models import PlaceMention

        return [
            (PlaceAlias, "place", alias_label),
            (RejectedAlias, "place", rejected_alias_label),
            (PlaceMention, "place", mention_in_article_label),
        ]

    alias_owner = "place"
    extra_search_fields = ["iso_code"]
    list_display = ["name", "kind", "iso_code", "country", "other_names"]
    list_filter = ["kind"]
    list_select_related = ["country"]
    search_fields = ["name"]
    autocomplete_fields = ["country"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PlaceAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    @admin.display(description="Also known as")
    def other_names(self, obj):
        return format_html_join(
            " · ", "{}", ((alias.name,) for alias in obj.aliases.all() if alias.name != obj.name)
        )
