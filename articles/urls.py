from django.urls import path

from . import views

urlpatterns = [
    path("", views.search, name="article-list"),
    path("search/", views.search, name="search"),
    path("search/facets/<slug:name>/", views.facet_values, name="facet-values"),
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
]
