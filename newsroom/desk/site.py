"""The admin site of the archive desk.

Django's admin with one page more: the review queue (``/admin/review/``),
everything the importer created that no editor has reviewed yet. Installed
as the default site by ``newsroom.desk.apps.DeskAdminConfig``, so every
``@admin.register`` lands here and ``admin.site.urls`` serves it.
"""

from django.contrib import admin
from django.urls import path


class DeskAdminSite(admin.AdminSite):
    site_header = "Newsroom archive desk"
    site_title = "Newsroom archive desk"
    index_title = "Archive"
    index_template = "admin/desk_index.html"

    def autocomplete_view(self, request):
        from .autocomplete import DeskAutocompleteView

        return DeskAutocompleteView.as_view(admin_site=self)(request)

    def get_urls(self):
        from articles.admin.reextract import reextract_view
        from people.admin.review import ReviewQueueView
        from people.admin.review_actions import review_action_view

        return [
            path("review/", self.admin_view(ReviewQueueView.as_view(admin_site=self)), name="review_queue"),
            path(
                "review/<str:action>/<str:kind>/<int:pk>/",
                self.admin_view(lambda request, **kwargs: review_action_view(request, admin_site=self, **kwargs)),
                name="review_action",
            ),
            path(
                "reextract/<str:kind>/<int:pk>/",
                self.admin_view(lambda request, kind, pk: reextract_view(request, kind, pk, self)),
                name="reextract",
            ),
            *super().get_urls(),
        ]
