"""Meetings: who met whom, where and when, the articles that report it and their evidence."""

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from rangefilter.filters import DateRangeFilterBuilder

from articles.models import MeetingReport
from newsroom.desk.base import DeskModelAdmin, EditorLinksMixin, ParentInlineFormSet, mark_reviewed
from newsroom.desk.filters import ReviewStateFilter
from newsroom.desk.history import report_in_article_label
from newsroom.ids import parse_id

from ..models import Meeting, Person, PersonAlias
from ..names import normalize_name
from .entities import counts_by
from .filters import (
    MeetingHasDateFilter,
    MeetingOrganisationFilter,
    MeetingParticipantFilter,
    MeetingPlaceFilter,
)
from .merge import MergeActionMixin


def meeting_label(meeting):
    """A meeting as the desk picks it: who, when, where and whether it took place."""
    details = [
        meeting.date.isoformat() if meeting.date else "date unknown",
        meeting.place.name if meeting.place_id else "",
        meeting.get_status_display().lower(),
    ]
    names = meeting.title or " – ".join(sorted(person.name for person in meeting.participants.all())) or "Meeting"
    return f"{names} ({', '.join(part for part in details if part)})"


class ReportInline(admin.TabularInline):
    """The articles that report the meeting, read-only links with editable evidence.

    A big summit has hundreds of reports: one query for all of them (no
    select box per row); new reports are added in ``NewReportInline``.
    """

    model = MeetingReport
    fk_name = "meeting"
    formset = ParentInlineFormSet
    extra = 0
    fields = ["article_link", "published", "says", "evidence", "origin"]
    readonly_fields = ["article_link", "published", "origin"]
    verbose_name = "reporting article"
    verbose_name_plural = "reporting articles and their evidence"
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}}

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .defer("article__body", "article__source_text")
            .order_by("article__published", "pk")
        )

    @admin.display(description="Article")
    def article_link(self, report):
        url = reverse("admin:articles_article_change", args=[report.article_id])
        return format_html('<a href="{}">{}</a>', url, report.article.title)

    @admin.display(description="Published")
    def published(self, report):
        return report.article.published or "—"


class NewReportInline(admin.TabularInline):
    model = MeetingReport
    fk_name = "meeting"
    extra = 1
    fields = ["article", "says", "evidence"]
    autocomplete_fields = ["article"]
    verbose_name = "new reporting article"
    verbose_name_plural = "add reporting articles"
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 80})}}

    def get_queryset(self, request):
        return super().get_queryset(request).none()


@admin.register(Meeting)
class MeetingAdmin(MergeActionMixin, EditorLinksMixin, DeskModelAdmin):
    list_display = ["__str__", "kind", "status", "date", "place", "report_count", "reviewed", "origin"]
    list_filter = [
        ReviewStateFilter,
        "status",
        "kind",
        ("date", DateRangeFilterBuilder(title="date between")),
        MeetingHasDateFilter,
        MeetingPlaceFilter,
        MeetingParticipantFilter,
        MeetingOrganisationFilter,
        "origin",
    ]
    list_select_related = ["place"]
    date_hierarchy = "date"
    search_fields = ["title"]  # and participants' names and aliases, see get_search_results
    autocomplete_fields = ["participants", "organisations", "place", "sidelines_of"]
    readonly_fields = ["origin", "side_meeting_list", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "status", ("date", "end_date"), "place", "sidelines_of"]}),
        ("Who", {"fields": ["participants", "organisations"]}),
        (
            "Review",
            {"fields": ["reviewed", "notes", "origin", "side_meeting_list", "created_at", "updated_at"]},
        ),
    ]
    inlines = [ReportInline, NewReportInline]
    actions = ["merge_selected", mark_reviewed]
    related_history = [(MeetingReport, "meeting", report_in_article_label)]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("place")
            .prefetch_related(Prefetch("participants", queryset=Person.objects.only("pk", "name")))
        )

    def autocomplete_label(self, meeting):
        return meeting_label(meeting)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "sidelines_of" and field is not None:
            field.label_from_instance = meeting_label
            field.queryset = field.queryset.select_related("place").prefetch_related("participants")
        return field

    def decorate_page(self, meetings):
        counts = counts_by(MeetingReport, "meeting", [meeting.pk for meeting in meetings])
        for meeting in meetings:
            meeting.report_count = counts.get(meeting.pk, 0)
        return meetings

    def get_search_results(self, request, queryset, search_term):
        term = " ".join(search_term.split())
        if not term:
            return queryset, False
        normalized = normalize_name(term)
        people = Person.objects.filter(
            Q(name__icontains=term)
            | Q(pk__in=PersonAlias.objects.filter(normalized__contains=normalized or term).values("person"))
        )
        through = Meeting.participants.through
        condition = (
            Q(title__icontains=term)
            | Q(place__name__icontains=term)
            | Exists(through.objects.filter(meeting=OuterRef("pk"), person__in=people))
        )
        if parse_id(term) is not None:
            condition |= Q(pk=parse_id(term))
        return queryset.filter(condition), False

    @admin.display(description="Reports")
    def report_count(self, meeting):
        return meeting.report_count

    @admin.display(description="Side meetings")
    def side_meeting_list(self, meeting):
        if meeting.pk is None:
            return "—"
        sides = meeting.side_meetings.prefetch_related("participants")
        return (
            format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                ((reverse("admin:people_meeting_change", args=[side.pk]), str(side)) for side in sides),
            )
            or "—"
        )

    def merge_queryset(self, queryset):
        return queryset.order_by("pk").select_related("place")

    def merge_details(self, meeting):
        return " · ".join(
            part
            for part in [
                meeting.date.isoformat() if meeting.date else "date unknown",
                meeting.place.name if meeting.place else "",
                meeting.get_status_display(),
            ]
            if part
        )
