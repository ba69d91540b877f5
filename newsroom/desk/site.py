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
    # The sidebar of every app took 300 px from each list (the article list's last column went under
    # its filters at 1280 px); the home page and the breadcrumbs lead everywhere it did.
    enable_nav_sidebar = False

    # Apps whose models the index lists under another app's heading: tags are the articles'.
    merged_apps = {"taggit": "articles"}

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, None if app_label in self.merged_apps else app_label)
        by_label = {app["app_label"]: app for app in apps}
        for source, target in self.merged_apps.items():
            if source in by_label and target in by_label:
                by_label[target]["models"] = sorted(
                    by_label[target]["models"] + by_label.pop(source)["models"], key=lambda model: model["name"]
                )
        merged = [app for app in apps if app["app_label"] in by_label]
        if app_label is not None:
            wanted = self.merged_apps.get(app_label, app_label)
            merged = [app for app in merged if app["app_label"] == wanted]
        return merged

    def app_index(self, request, app_label, extra_context=None):
        if app_label in self.merged_apps:
            from django.shortcuts import redirect

            return redirect(f"{self.name}:app_list", app_label=self.merged_apps[app_label])
        return super().app_index(request, app_label, extra_context)

    def autocomplete_view(self, request):
        from .autocomplete import DeskAutocompleteView

        return DeskAutocompleteView.as_view(admin_site=self)(request)

    def autocomplete_view(self, request):
        return DeskAutocompleteJsonView.as_view(admin_site=self)(request)

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
