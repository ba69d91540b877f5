from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .linking import link_article
from .models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention


class MentionInline(admin.TabularInline):
    extra = 0
    fields = ["surface", "count", "origin"]
    readonly_fields = ["count"]


class PersonMentionInline(MentionInline):
    model = PersonMention
    fields = ["person", *MentionInline.fields]
    autocomplete_fields = ["person"]


class OrganisationMentionInline(MentionInline):
    model = OrganisationMention
    fields = ["organisation", *MentionInline.fields]
    autocomplete_fields = ["organisation"]


class PlaceMentionInline(MentionInline):
    model = PlaceMention
    fields = ["place", *MentionInline.fields]
    autocomplete_fields = ["place"]


class MeetingReportInline(admin.TabularInline):
    model = MeetingReport
    extra = 0
    fields = ["meeting", "evidence", "origin"]
    autocomplete_fields = ["meeting"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "published", "language", "reviewed"]
    list_filter = ["language", "reviewed", "origin"]
    date_hierarchy = "published"
    search_fields = ["title"]
    readonly_fields = ["source_path", "sha256", "source_text", "imported_at", "updated_at"]
    inlines = [PersonMentionInline, OrganisationMentionInline, PlaceMentionInline, MeetingReportInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            link_article(obj)
