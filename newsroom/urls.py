"""URL configuration of the newsroom archive."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Newsroom archive desk"
admin.site.site_title = "Newsroom archive desk"
admin.site.index_title = "Archive"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("people.urls")),
    path("", include("articles.urls")),
]
