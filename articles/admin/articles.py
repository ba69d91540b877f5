"""Articles: the changelist of a million, hand entry with extraction, links and tags."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied
from django.db.models import Count, TextField
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from rangefilter.filters import DateRangeFilterBuilder
from taggit.models import Tag

from newsroom.desk.base import DeskModelAdmin, EditorLinksMixin, ParentInlineFormSet, mark_reviewed
from newsroom.desk.filters import ReviewStateFilter
from newsroom.desk.history import link_label, report_of_meeting_label

from people.admin.entities import CompactRelatedMixin
from people.models import Organisation, Person
from people.teaching import is_alias, learn_alias, not_yet_aliases, occurrences, written_in

from ..admin_search import search_articles, within_limits
from ..linking import link_article
from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention
from ..tagging import TaggingError, add_tag, remove_tag
from .filters import (
    HasDateFilter,
    MentionsOrganisationFilter,
    MentionsPersonFilter,
    ReportsMeetingFilter,
    TagFilter,
)
from .forms import ArticleForm, TagNameForm

ENTITY_LABELS = {
    "person": lambda pk: Person.objects.filter(pk=pk).values_list("name", flat=True).first(),
    "organisation": lambda pk: Organisation.objects.filter(pk=pk).values_list("name", flat=True).first(),
}


def counted(number, one, many):
    return f"{number} {one if number == 1 else many}"


def reextract_url(entity, names=()):
    """The desk's page that re-extracts the articles containing ``names`` (default: all of the entity's)."""
    url = reverse("admin:reextract", args=[type(entity)._meta.model_name, entity.pk])
    return f"{url}?{urlencode([('alias', name) for name in names])}" if names else url


# The intermediate tag page lists the selection's tags only for selections up to this size.
TAG_SUGGESTION_LIMIT = 1000


class MentionInlineForm(forms.ModelForm):
    """A link typed in by an editor; what it teaches the archive.

    An empty surface is the entity's name as the article writes it (any of
    its aliases found in the body), else its name. With *learn* ticked, a
    surface that is not yet an alias of the entity becomes one (in its own
    script) when saved: it must then be written in the article's text, so
    that a typo is never learnt.
    """

    entity_field = None

    learn_alias = forms.BooleanField(
        required=False,
        initial=True,
        label="Learn",
        help_text="Make the words as written an alias of the entity, so extraction links them next time.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["surface"].required = False
        self.fields["surface"].help_text = "As written in the article; empty: the name as the article writes it."

    def _body(self):
        article = getattr(self.instance, "article", None)
        return getattr(article, "body", "") or ""

    def clean(self):
        cleaned = super().clean()
        entity = cleaned.get(self.entity_field)
        if entity is None or cleaned.get("DELETE"):
            return cleaned
        body = self._body()
        if not cleaned.get("surface"):
            cleaned["surface"] = (written_in(body, entity) or str(entity))[:200]
            self.instance.surface = cleaned["surface"]
        surface = cleaned["surface"]
        if cleaned.get("learn_alias") and self.has_changed() and not is_alias(entity, surface):
            if not occurrences(body, surface):
                self.add_error(
                    "surface",
                    f"“{surface}” is not written in the article's text, so it cannot be learnt as an alias of "
                    f"{entity}: type the words as the article writes them, or untick “Learn”.",
                )
        return cleaned


class MentionInline(CompactRelatedMixin, admin.TabularInline):
    """Mention rows; rows an editor adds or changes get ``origin=editor`` (see ``save_formset``)."""

    formset = ParentInlineFormSet
    extra = 0
    readonly_fields = ["count", "first_offset", "origin"]
    entity_field = None

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(self.autocomplete_fields[0])


class PersonMentionForm(MentionInlineForm):
    entity_field = "person"


class PersonMentionInline(MentionInline):
    model = PersonMention
    form = PersonMentionForm
    fields = ["person", "surface", "learn_alias", "count", "first_offset", "origin"]
    autocomplete_fields = ["person"]
    verbose_name = "person mentioned"
    verbose_name_plural = "people mentioned"


class OrganisationMentionForm(MentionInlineForm):
    entity_field = "organisation"


class OrganisationMentionInline(MentionInline):
    model = OrganisationMention
    form = OrganisationMentionForm
    fields = ["organisation", "surface", "learn_alias", "count", "first_offset", "origin"]
    autocomplete_fields = ["organisation"]
    verbose_name = "organisation mentioned"
    verbose_name_plural = "organisations mentioned"


class PlaceMentionForm(MentionInlineForm):
    entity_field = "place"


class PlaceMentionInline(MentionInline):
    model = PlaceMention
    form = PlaceMentionForm
    fields = ["place", "surface", "learn_alias", "count", "first_offset", "origin"]
    autocomplete_fields = ["place"]
    verbose_name = "place mentioned"
    verbose_name_plural = "places mentioned"


class MeetingReportInline(CompactRelatedMixin, admin.TabularInline):
    model = MeetingReport
    formset = ParentInlineFormSet
    extra = 0
    fields = ["meeting", "says", "evidence", "origin"]
    readonly_fields = ["origin"]
    autocomplete_fields = ["meeting"]
    verbose_name = "meeting reported"
    formfield_overrides = {TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})}}
    verbose_name_plural = "meetings reported, with the sentences that report them"

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("meeting", "meeting__place")
            .prefetch_related("meeting__participants")
        )

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "meeting" and field is not None:
            from people.admin.meetings import meeting_label

            field.label_from_instance = meeting_label  # date, place and status tell meetings apart
            field.queryset = field.queryset.select_related("place").prefetch_related("participants")
        return field


@admin.register(Article)
class ArticleAdmin(EditorLinksMixin, DeskModelAdmin):
    form = ArticleForm
    list_display = [
        "title",
        "published",
        "language",
        "tag_list",
        "people_count",
        "meeting_count",
        "reviewed",
        "source",
    ]
    list_filter = [
        ReviewStateFilter,
        "language",
        ("published", DateRangeFilterBuilder(title="published between")),
        HasDateFilter,
        TagFilter,
        MentionsPersonFilter,
        MentionsOrganisationFilter,
        ReportsMeetingFilter,
        "origin",
    ]
    date_hierarchy = "published"
    search_fields = ["title", "body"]  # see get_search_results and articles.admin_search
    search_help_text = (
        "Whole words of the title or body, in any form (“talks” finds “talk”); “quoted phrases”, OR, -word; "
        "a name also finds the articles that mention that person in the other script."
    )
    readonly_fields = ["source_path", "sha256", "raw_source", "origin", "imported_at", "updated_at"]
    inlines = [PersonMentionInline, OrganisationMentionInline, PlaceMentionInline, MeetingReportInline]
    actions = ["add_tag_action", "remove_tag_action", mark_reviewed]
    related_history = [
        (PersonMention, "article", link_label("person")),
        (OrganisationMention, "article", link_label("organisation")),
        (PlaceMention, "article", link_label("place")),
        (MeetingReport, "article", report_of_meeting_label),
    ]

    def get_fieldsets(self, request, obj=None):
        text = (
            None,
            {"fields": ["title", "body", "published", "language", "tags", "reviewed", "run_extraction"]},
        )
        if obj is None:
            return [text]
        source = (
            "Source",
            {
                "fields": ["origin", "source_path", "sha256", "raw_source", "imported_at", "updated_at"],
                "description": "The source file exactly as the importer read it; "
                "the body above is its cleaned text.",
            },
        )
        return [text, source]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("tags")

    def decorate_page(self, articles):
        """How many people and meetings each article of the page names: two queries per page."""
        ids = [article.pk for article in articles]
        people = dict(
            PersonMention.objects.filter(article_id__in=ids)
            .order_by()
            .values_list("article_id")
            .annotate(n=Count("person_id", distinct=True))
        )
        meetings = dict(
            MeetingReport.objects.filter(article_id__in=ids)
            .order_by()
            .values_list("article_id")
            .annotate(n=Count("*"))
        )
        for article in articles:
            article.people_count = people.get(article.pk, 0)
            article.meeting_count = meetings.get(article.pk, 0)
        return articles

    def get_search_results(self, request, queryset, search_term):
        notice = within_limits(search_term)[1]
        if notice:
            messages.warning(request, notice)
        return search_articles(queryset, search_term), False

    @admin.display(description="Tags")
    def tag_list(self, article):
        return ", ".join(sorted(tag.name for tag in article.tags.all()))

    @admin.display(description="Source", ordering="origin")
    def source(self, article):
        return "file" if article.origin == Article.Origin.IMPORT else "by hand"

    @admin.display(description="People")
    def people_count(self, article):
        return article.people_count

    @admin.display(description="Meetings")
    def meeting_count(self, article):
        return article.meeting_count

    @admin.display(description="Raw source")
    def raw_source(self, article):
        if not article.source_text:
            return "No source file: entered by hand."
        return format_html(
            '<pre class="raw-source" style="white-space: pre-wrap; max-width: 60em">{}</pre>',
            article.source_text,
        )

    # --- saving -------------------------------------------------------------------------------------

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if not issubclass(formset.model, (PersonMention, OrganisationMention, PlaceMention)):
            return
        article = form.instance
        for row in formset.forms:
            if row in formset.deleted_forms or not row.has_changed() or not row.cleaned_data.get("learn_alias"):
                continue
            entity = row.cleaned_data.get(row.entity_field)
            if entity is None:
                continue
            alias = learn_alias(
                entity,
                row.instance.surface,
                user=request.user,
                reason=f"Learnt from a link in article #{article.pk}",
            )
            if alias is not None:
                self._offer_reextraction(request, entity, alias.name, article)

    def _offer_reextraction(self, request, entity, name, article=None):
        url = reextract_url(entity, [name])
        self.message_user(
            request,
            format_html(
                "Learnt “{}” as an alias of {}. <a href=\"{}\">Re-extract the other articles that contain it</a> "
                "so that they link it too.",
                name,
                entity,
                url,
            ),
            messages.SUCCESS,
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("run_extraction"):
            article = form.instance
            held = []  # new spellings of known names: an editor confirms them (a typo is never learnt)
            link_article(article, held=held)
            counts = [
                counted(PersonMention.objects.filter(article=article).values("person").distinct().count(), "person", "people"),
                counted(
                    OrganisationMention.objects.filter(article=article).values("organisation").distinct().count(),
                    "organisation",
                    "organisations",
                ),
                counted(PlaceMention.objects.filter(article=article).values("place").distinct().count(), "place", "places"),
                counted(MeetingReport.objects.filter(article=article).count(), "meeting", "meetings"),
            ]
            self.message_user(request, f"Extraction linked {', '.join(counts[:-1])} and {counts[-1]}.", messages.INFO)
            if held:
                spellings = "; ".join(f"“{name}” as {ENTITY_LABELS[kind](pk)}" for kind, pk, name in held)
                self.message_user(
                    request,
                    format_html(
                        "Extraction read {}, spellings it did not know: they were linked but not learnt. "
                        '<a href="{}">Confirm the ones to learn as aliases</a>.',
                        spellings,
                        reverse("admin:articles_article_names", args=[article.pk]),
                    ),
                    messages.WARNING,
                )

    # --- names not yet learnt -----------------------------------------------------------------------

    def get_urls(self):
        names = path(
            "<path:object_id>/names/", self.admin_site.admin_view(self.names_view), name="articles_article_names"
        )
        return [names, *super().get_urls()]

    def names_view(self, request, object_id):
        """The article's links whose wording is no alias yet: tick the ones to learn (confirmation)."""
        article = self.get_object(request, object_id)
        if article is None:
            raise Http404(f"No article with the id {object_id!r}.")
        if not self.has_view_permission(request, article):
            raise PermissionDenied
        rows = not_yet_aliases(article)
        if request.method == "POST":
            if not self.has_change_permission(request, article):
                raise PermissionDenied
            chosen = set(request.POST.getlist("learn"))
            learnt = []
            for mention, entity in rows:
                key = f"{type(mention).__name__}:{mention.pk}"
                if key in chosen:
                    alias = learn_alias(
                        entity, mention.surface, user=request.user, reason=f"Confirmed in article #{article.pk}"
                    )
                    if alias is not None:
                        learnt.append((entity, alias.name))
            if not learnt:
                self.message_user(request, "Nothing was learnt: no name was ticked.", messages.WARNING)
            for entity, name in learnt:
                self._offer_reextraction(request, entity, name, article)
            return HttpResponseRedirect(reverse("admin:articles_article_change", args=[article.pk]))
        context = {
            **self.admin_site.each_context(request),
            "title": "Names in this article that are not aliases yet",
            "opts": self.model._meta,
            "original": article,
            "rows": [
                {"key": f"{type(mention).__name__}:{mention.pk}", "mention": mention, "entity": entity,
                 "kind": type(entity)._meta.verbose_name}
                for mention, entity in rows
            ],
            "can_change": self.has_change_permission(request, article),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/names.html", context)

    # --- bulk tagging ------------------------------------------------------------------------------------

    @admin.action(description="Add a tag to selected articles…", permissions=["change"])
    def add_tag_action(self, request, queryset):
        return self._tag_action(request, queryset, "add_tag_action", add=True)

    @admin.action(description="Remove a tag from selected articles…", permissions=["change"])
    def remove_tag_action(self, request, queryset):
        return self._tag_action(request, queryset, "remove_tag_action", add=False)

    def _tag_action(self, request, queryset, action_name, *, add):
        form = TagNameForm(request.POST if request.POST.get("post") == "yes" else None)
        if form.is_bound and form.is_valid():
            try:
                if add:
                    tag, count = add_tag(queryset, form.cleaned_data["tag"])
                    text = f"Tagged {count} more article{'s' if count != 1 else ''} “{tag.name}”."
                else:
                    tag, count = remove_tag(queryset, form.cleaned_data["tag"])
                    text = f"Removed the tag “{tag.name}” from {count} article{'s' if count != 1 else ''}."
            except TaggingError as error:
                form.add_error("tag", str(error))
            else:
                self.message_user(request, text, messages.SUCCESS)
                return None
        select_across = request.POST.get("select_across") == "1"
        selected = request.POST.getlist(ACTION_CHECKBOX_NAME)
        suggestions = []
        if not select_across and len(selected) <= TAG_SUGGESTION_LIMIT:
            suggestions = (
                Tag.objects.filter(
                    taggit_taggeditem_items__object_id__in=queryset.order_by().values("pk"),
                    taggit_taggeditem_items__content_type__model="article",
                )
                .distinct()
                .order_by("name")
            )
        context = {
            **self.admin_site.each_context(request),
            "title": "Add a tag to articles" if add else "Remove a tag from articles",
            "opts": self.model._meta,
            "form": form,
            "adding": add,
            "action_name": action_name,
            "selected": selected,
            "select_across": select_across,
            "selection_size": "every article the current filters select"
            if select_across
            else f"{len(selected)} selected articles",
            "suggestions": suggestions,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/articles/article/tag_action.html", context)
