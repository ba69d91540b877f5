from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="article-list"),
    path("search/", views.search, name="search"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
]
