"""URL configuration of the newsroom archive."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Newsroom archive desk"
admin.site.site_title = "Newsroom archive desk"
admin.site.index_title = "Archive"

# A 503 page when the database cannot answer; Django's 500 page otherwise.
handler500 = "newsroom.unavailable.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the language switch
    path("", include("people.urls")),
    path("", include("articles.urls")),
]
