"""Articles: the changelist of a million, hand entry with extraction, links and tags."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db.models import Count, TextField
from django.template.response import TemplateResponse
from django.utils.html import format_html
from rangefilter.filters import DateRangeFilterBuilder
from taggit.models import Tag

from newsroom.desk.base import DeskModelAdmin, EditorLinksMixin, ParentInlineFormSet, mark_reviewed
from newsroom.desk.filters import ReviewStateFilter

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

# The intermediate tag page lists the selection's tags only for selections up to this size.
TAG_SUGGESTION_LIMIT = 1000


class MentionInlineForm(forms.ModelForm):
    """A link typed in by an editor: the surface defaults to the entity's name."""

    entity_field = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["surface"].required = False
        self.fields["surface"].help_text = "As written in the article; empty means the name."

    def clean(self):
        cleaned = super().clean()
        entity = cleaned.get(self.entity_field)
        if entity is not None and not cleaned.get("surface"):
            cleaned["surface"] = str(entity)[:200]
        return cleaned


class MentionInline(admin.TabularInline):
    """Mention rows; rows an editor adds or changes get ``origin=editor`` (see ``save_formset``)."""

    formset = ParentInlineFormSet
    extra = 0
    readonly_fields = ["count", "first_offset", "origin"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related(self.autocomplete_fields[0])


class PersonMentionForm(MentionInlineForm):
    entity_field = "person"


class PersonMentionInline(MentionInline):
    model = PersonMention
    form = PersonMentionForm
    fields = ["person", "surface", "count", "first_offset", "origin"]
    autocomplete_fields = ["person"]
    verbose_name = "person mentioned"
    verbose_name_plural = "people mentioned"


class OrganisationMentionForm(MentionInlineForm):
    entity_field = "organisation"


class OrganisationMentionInline(MentionInline):
    model = OrganisationMention
    form = OrganisationMentionForm
    fields = ["organisation", "surface", "count", "first_offset", "origin"]
    autocomplete_fields = ["organisation"]
    verbose_name = "organisation mentioned"
    verbose_name_plural = "organisations mentioned"


class PlaceMentionForm(MentionInlineForm):
    entity_field = "place"


class PlaceMentionInline(MentionInline):
    model = PlaceMention
    form = PlaceMentionForm
    fields = ["place", "surface", "count", "first_offset", "origin"]
    autocomplete_fields = ["place"]
    verbose_name = "place mentioned"
    verbose_name_plural = "places mentioned"


class MeetingReportInline(admin.TabularInline):
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
            super().get_queryset(request).select_related("meeting").prefetch_related("meeting__participants")
        )


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
        "origin",
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
    search_help_text = "Words of the title or body; a word also finds longer words it starts."
    readonly_fields = ["source_path", "sha256", "raw_source", "origin", "imported_at", "updated_at"]
    inlines = [PersonMentionInline, OrganisationMentionInline, PlaceMentionInline, MeetingReportInline]
    actions = ["add_tag_action", "remove_tag_action", mark_reviewed]

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

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("run_extraction"):
            article = form.instance
            link_article(article)
            self.message_user(
                request,
                f"Extraction linked {article.persons.count()} people, {article.organisations.count()} "
                f"organisations, {article.places.count()} places and {article.meetings.count()} meetings.",
                messages.INFO,
            )

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
