"""Removed links: what an editor unlinked from an article, so re-extraction leaves it out.

Rows are written when an editor removes a person, organisation, place or
meeting the importer had linked (``articles.linking``). The desk reads them
and deletes a row to let extraction link it again; nobody types one in.
"""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from newsroom.desk.base import DeskModelAdmin

from ..models import RemovedLink


@admin.register(RemovedLink)
class RemovedLinkAdmin(DeskModelAdmin):
    list_display = ["what", "kind", "article_link", "created_at"]
    list_filter = ["kind"]
    search_fields = ["label", "article__title"]
    fields = ["article_link", "kind", "what", "target_id", "signature", "created_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .only("kind", "target_id", "signature", "label", "created_at", "article__id", "article__title")
        )

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="Link removed", ordering="label")
    def what(self, link):
        return link.label or link.signature or f"#{link.target_id}"

    @admin.display(description="Article")
    def article_link(self, link):
        url = reverse("admin:articles_article_change", args=[link.article_id])
        return format_html('<a href="{}">{}</a>', url, link.article.title)
