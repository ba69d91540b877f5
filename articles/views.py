"""Public, read-only pages: the article list and article pages."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from .models import Article

ARTICLES_PER_PAGE = 25


def article_list(request):
    articles = Article.objects.only("pk", "title", "language", "published").order_by("-published", "-pk")
    page = Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "articles/article_list.html", {"page": page})


def article_detail(request, pk):
    article = get_object_or_404(Article.objects.prefetch_related("tags"), pk=pk)
    mentions = {
        "people": article.personmention_set.select_related("person").order_by("first_offset"),
        "organisations": article.organisationmention_set.select_related("organisation").order_by("first_offset"),
        "places": article.placemention_set.select_related("place").order_by("first_offset"),
    }
    return render(request, "articles/article_detail.html", {"article": article, "mentions": mentions})
