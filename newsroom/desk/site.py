"""The admin site of the archive desk.

Django's admin with one page more: the review queue (``/admin/review/``),
everything the importer created that no editor has reviewed yet. Installed
as the default site by ``newsroom.desk.apps.DeskAdminConfig``, so every
``@admin.register`` lands here and ``admin.site.urls`` serves it.
"""

from django.contrib import admin
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.core.exceptions import PermissionDenied
from django.db.models import ForeignObjectRel
from django.urls import path


class DeskAutocompleteJsonView(AutocompleteJsonView):
    """Django's autocomplete, refusing a reverse relation as ``field_name`` as it refuses other bad names.

    ``?model_name=person&field_name=meetings`` names the reverse side of
    ``Meeting.participants``; Django's view takes it for a field and fails
    with a server error.
    """

    def process_request(self, request):
        term, model_admin, source_field, to_field_name = super().process_request(request)
        if isinstance(source_field, ForeignObjectRel):
            raise PermissionDenied
        return term, model_admin, source_field, to_field_name


class DeskAdminSite(admin.AdminSite):
    site_header = "Newsroom archive desk"
    site_title = "Newsroom archive desk"
    index_title = "Archive"
    index_template = "admin/desk_index.html"

    def autocomplete_view(self, request):
        return DeskAutocompleteJsonView.as_view(admin_site=self)(request)

    def get_urls(self):
        from people.admin.review import ReviewQueueView

        return [
            path("review/", self.admin_view(ReviewQueueView.as_view(admin_site=self)), name="review_queue"),
            *super().get_urls(),
        ]
