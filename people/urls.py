from django.urls import path

from . import indexes, views

urlpatterns = [
    path("people/", views.people_directory, name="people-directory"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("organisations/", indexes.organisation_index, name="organisation-index"),
    path("meetings/", indexes.meeting_index, name="meeting-index"),
    path("places/", indexes.place_index, name="place-index"),
    path("tags/", indexes.tag_index, name="tag-index"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-detail"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("places/<slug:slug>/", views.place_detail, name="place-detail"),
]
