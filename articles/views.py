"""Public, read-only pages: the search (HTML, JSON, CSV, Atom) and article pages."""

from django.core.paginator import InvalidPage, Paginator
from django.db.models import F
from django.http import Http404, HttpResponseBadRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify

from newsroom import downloads
from people.names import normalize_name

from .filters import ArticleSearchFilterSet
from .models import Article, MeetingReport
from .search import links
from .search.backends import search_backend
from .search.body_links import NameLink, linked_body
from .search.constants import (
    DATE_OF_CHOICES,
    FACET_MORE_PER_PAGE,
    FACETS_WITH_MORE,
    FORMAT_ATOM,
    FORMAT_CSV,
    FORMAT_JSON,
    SORT_CHOICES,
)
from .search.histogram import results_histogram
from .search.feeds import SearchFeed, describe
from .search.csv_export import chunks, csv_document
from .search.results import Search, distinct_records, entity_json, facets_json, row_json


def parameter_errors(filterset, params):
    """[{"parameter", "value", "message"}] for every parameter that did not validate."""
    errors = []
    for name, messages in filterset.form.errors.items():
        value = ", ".join(params.getlist(name)) if name in params else ""
        for message in messages:
            errors.append({"parameter": name, "value": value[:100], "message": message})
    return errors


def search_filterset(params, queryset=None):
    return ArticleSearchFilterSet(
        params, queryset=queryset if queryset is not None else Article.objects.all()
    )


def display_script(filterset):
    """The script names are shown in: the query's (Devanagari when it has Devanagari letters), else
    Devanagari when only Hindi articles are asked for, else Latin."""
    from people.names import script_of

    if filterset.query and script_of(filterset.query.text) == "Deva":
        return "Deva"
    return "Deva" if filterset.languages == ["hi"] else "Latn"


def in_script(facets, script):
    """Relabel the people, organisations and places of ``facets`` with their names in ``script``."""
    from people.lookup import name_index

    index = name_index()
    for kind in ("person", "organisation", "place"):
        facet = facets.get(kind)
        if facet is None:
            continue
        for value in facet.values:
            entity_id = next((int(s) for s in value.spellings if str(s).isdigit()), None)
            if entity_id is not None:
                value.label = index.name_in_script(kind, entity_id, script) or value.label


def search_context(request, filterset, fixed=None):
    """Everything a search results block shows (shared by the search and the entity pages).

    Links keep the parameters of the request; ``fixed`` ({parameter: {id}})
    names the filters an entity page imposes on its search.
    """
    params = request.GET
    errors = parameter_errors(filterset, params)
    search = Search(filterset)
    page = None
    with search_backend(Article.objects.db).search_session():
        try:
            page = search.page(filterset.page_number)
            rows = list(page.object_list)
        except InvalidPage:
            last = search.paginator.num_pages
            errors.append(
                {
                    "parameter": "page",
                    "value": str(filterset.page_number),
                    "message": f"There is no page {filterset.page_number}: the results have {last} page"
                    f"{'s' if last != 1 else ''}.",
                }
            )
            rows = []
        facets = links.set_facet_urls(params, search.facets())
        script = display_script(filterset)
        if script != "Latn":
            in_script(facets, script)
        for name, facet in facets.items():
            if facet.more:
                facet.more_url = reverse("facet-values", args=[name]) + links.removing_keys(params, "page")
    return {
        "filterset": filterset,
        "search": search,
        "page": page,
        "rows": rows,
        "facets": facets,
        "histogram": results_histogram(facets.get("date")) if rows else None,
        "errors": errors,
        "chips": links.chips(filterset, params, fixed, display_script(filterset)),
        "matched_entities": [
            {"match": match, "add_url": links.adding(params, {match.kind: match.slug})}
            for match in search.matched_entities
            if not any(item.pk == match.id for item in filterset.selected(match.kind))
        ],
        "suggestions": links.suggestion_links(
            params, search.name_suggestions, lambda candidate: reverse(f"{candidate.kind}-detail", args=[candidate.slug])
        ),
        "params": params,
        "sort_links": links.sort_links(
            params, filterset.sort, SORT_CHOICES if filterset.query else SORT_CHOICES[1:]
        ),
        "pages": links.pagination(params, page),
        "previous_url": links.with_page(params, page.previous_page_number())
        if page and page.has_previous()
        else None,
        "next_url": links.with_page(params, page.next_page_number()) if page and page.has_next() else None,
        "query_hidden_fields": links.hidden_fields(params, ("q",)),
        "date_hidden_fields": links.hidden_fields(params, ("date_from", "date_to", "undated", "date_of")),
        "date_of_choices": DATE_OF_CHOICES,
        "all_years_url": links.removing_keys(params, "date_from", "date_to", "undated"),
    }


def search_json(request, context):
    page, search, filterset = context["page"], context["search"], context["filterset"]
    facets, partial = facets_json(context["facets"])
    params = context["params"]
    return {
        "count": search.count,
        "count_estimated": search.count_estimated,
        "page": page.number if page else None,
        "num_pages": search.paginator.num_pages,
        "per_page": search.per_page,
        "sort": filterset.sort,
        "ranked_among": search.ranked_among,
        "next": request.build_absolute_uri(
            request.path + links.with_page(params, page.next_page_number()) + "&format=json"
        )
        if page and page.has_next()
        else None,
        "previous": request.build_absolute_uri(
            request.path + links.with_page(params, page.previous_page_number()) + "&format=json"
        )
        if page and page.has_previous()
        else None,
        "results": [row_json(row, request) for row in context["rows"]],
        "facets": facets,
        "facets_partial": partial,
        "matched_entities": [
            {
                "kind": item["match"].kind,
                "value": item["match"].slug,
                "label": item["match"].label,
                "other_name": item["match"].other_name or None,
                "typed": item["match"].typed or None,
            }
            for item in context["matched_entities"]
        ],
        "suggestions": suggestions_json(request, context["suggestions"]),
    }


def suggestions_json(request, suggestions):
    return [
        {
            "typed": item["typed"],
            "reason": item["reason"],
            "candidates": [
                {
                    "kind": entry["candidate"].kind,
                    "value": entry["candidate"].slug,
                    "label": entry["candidate"].label,
                    "other_name": entry["candidate"].other_name or None,
                    "url": request.build_absolute_uri(entry["page_url"]),
                    "search": request.build_absolute_uri(request.path + entry["search_url"] + "&format=json"),
                }
                for entry in item["candidates"]
            ],
        }
        for item in suggestions
    ]


def bad_request(output_format, errors):
    if output_format == FORMAT_JSON:
        return JsonResponse({"errors": errors}, status=400, json_dumps_params={"ensure_ascii": False})
    lines = [f"{error['parameter']}: {error['message']}" for error in errors]
    return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def search(request):
    """The search page; ``format=json|csv|atom`` for the same search in another form."""
    filterset = search_filterset(request.GET)
    filterset.is_valid()
    requested_format = request.GET.get("format", "")
    output_format = filterset.output_format if "format" not in filterset.form.errors else "html"
    errors = parameter_errors(filterset, request.GET)

    if requested_format in (FORMAT_JSON, FORMAT_CSV, FORMAT_ATOM) and errors:
        return bad_request(requested_format, errors)
    if output_format == FORMAT_CSV:
        return csv_download(request, filterset)
    if output_format == FORMAT_ATOM:
        return SearchFeed(filterset)(request)

    context = search_context(request, filterset)
    if output_format == FORMAT_JSON:
        if context["errors"]:
            return bad_request(FORMAT_JSON, context["errors"])
        return JsonResponse(search_json(request, context), json_dumps_params={"ensure_ascii": False})
    context.update(
        title=describe(filterset) if filterset.query or any(chip for chip in context["chips"]) else "",
        feed_url=links.with_format(request.GET, FORMAT_ATOM),
        json_url=links.with_format(request.GET, FORMAT_JSON),
        csv_url=links.with_format(request.GET, FORMAT_CSV),
    )
    status = 400 if context["errors"] else 200
    return render(request, "articles/search.html", context, status=status)


def csv_download(request, filterset):
    """The CSV of a search, under a download slot (``newsroom/downloads.py``) held until it is sent."""
    slot = downloads.acquire(request)
    if slot is None:
        return downloads.too_many(as_json=False)
    try:
        data = downloads.at_low_priority(lambda: csv_document(Search(filterset), request))
    except BaseException:
        slot.release()
        raise
    name = slugify(describe(filterset))[:60] or "search"
    response = StreamingHttpResponse(
        downloads.streamed_under(slot, chunks(data)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Length"] = str(len(data))
    response["Content-Disposition"] = f'attachment; filename="newsroom-{name}.csv"'
    return response


def article_links(article):
    """``NameLink``s for every mention in ``article`` (people, organisations, places)."""
    found = []
    for mention in article.personmention_set.select_related("person"):
        found.append(
            NameLink(mention.surface, mention.person.get_absolute_url(), mention.person.name, "person")
        )
    for mention in article.organisationmention_set.select_related("organisation"):
        found.append(
            NameLink(
                mention.surface,
                mention.organisation.get_absolute_url(),
                mention.organisation.name,
                "organisation",
            )
        )
    for mention in article.placemention_set.select_related("place"):
        found.append(NameLink(mention.surface, mention.place.get_absolute_url(), mention.place.name, "place"))
    return found


def article_detail(request, pk):
    article = get_object_or_404(Article.objects.prefetch_related("tags"), pk=pk)
    name_links = article_links(article)
    reports = list(
        MeetingReport.objects.filter(article=article)
        .select_related("meeting__place", "meeting__sidelines_of")
        .prefetch_related("meeting__participants")
        .order_by("meeting__date", "meeting_id")
    )
    meeting_ids = [report.meeting_id for report in reports]
    other_reports = {}  # article id -> {"article", "meetings"}: each other report once
    if meeting_ids:
        for report in (
            MeetingReport.objects.filter(meeting_id__in=meeting_ids)
            .exclude(article=article)
            .select_related("article")
            .order_by(
                "article__language", F("article__published").desc(nulls_last=True), "article_id", "meeting_id"
            )
        ):
            entry = other_reports.setdefault(report.article_id, {"article": report.article, "meetings": []})
            entry["meetings"].append(report.meeting_id)
    context = {
        "article": article,
        "body_html": linked_body(article.body, name_links),
        "people": distinct_records(
            mention.person for mention in article.personmention_set.select_related("person")
        ),
        "organisations": distinct_records(
            mention.organisation for mention in article.organisationmention_set.select_related("organisation")
        ),
        "places": distinct_records(
            mention.place for mention in article.placemention_set.select_related("place")
        ),
        "reports": reports,
        "other_reports": list(other_reports.values()),
        "tags": list(article.tags.all()),
    }
    if request.GET.get("format") == FORMAT_JSON:
        return JsonResponse(article_json(request, context), json_dumps_params={"ensure_ascii": False})
    if request.GET.get("format") not in (None, ""):
        return bad_request(
            "html", [{"parameter": "format", "message": "Use format=json, or no format for HTML."}]
        )
    return render(request, "articles/article_detail.html", context)


def article_json(request, context):
    article = context["article"]
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "title": article.title,
        "body": article.body,
        "language": article.language,
        "published": article.published_iso,
        "published_precision": article.published_precision if article.published else None,
        "source": article.source_name or None,
        "reviewed": article.reviewed,
        "origin": article.origin,
        "tags": [{"value": tag.slug, "label": tag.name} for tag in context["tags"]],
        "persons": [entity_json(item, "person-detail", request) for item in context["people"]],
        "organisations": [
            entity_json(item, "organisation-detail", request) for item in context["organisations"]
        ],
        "places": [entity_json(item, "place-detail", request) for item in context["places"]],
        "meetings": [
            {
                **entity_json(report.meeting, "meeting-detail", request),
                "status": report.meeting.status,
                "date": report.meeting.date.isoformat() if report.meeting.date else None,
                "evidence": report.evidence,
            }
            for report in context["reports"]
        ],
        "other_reports": [
            {
                "id": entry["article"].pk,
                "title": entry["article"].title,
                "language": entry["article"].language,
                "published": entry["article"].published.isoformat() if entry["article"].published else None,
                "url": request.build_absolute_uri(entry["article"].get_absolute_url()),
                "meetings": entry["meetings"],
            }
            for entry in context["other_reports"]
        ],
    }


def facet_values(request, name):
    """Every value of one facet of a search, with counts, a page at a time (``filter`` narrows the names)."""
    if name not in FACETS_WITH_MORE:
        raise Http404("No such facet.")
    params = request.GET.copy()
    text = params.pop("filter", [""])[-1].strip()
    values_page = params.pop("page", ["1"])[-1]
    filterset = search_filterset(params)
    filterset.is_valid()
    output_format = request.GET.get("format", "")
    errors = parameter_errors(filterset, params)
    if len(text) > 100:
        errors.append({"parameter": "filter", "value": text[:100], "message": "At most 100 characters, please."})
        text = ""
    search = Search(filterset)
    with search_backend(Article.objects.db).search_session():
        facet = search.facet_counter(values_shown=None).count_named(name)
    search_params = links.query_dict(params)
    links.set_facet_urls(search_params, {name: facet})
    search_url = reverse("search")
    for value in facet.values:
        value.url = search_url + value.url
    values = facet.values
    if text:
        wanted = normalize_name(text)
        values = [value for value in values if wanted in normalize_name(value.label)]
    paginator = Paginator(values, filterset.cleaned.get("per_page") or FACET_MORE_PER_PAGE)
    try:
        page = paginator.page(values_page)
    except InvalidPage:
        errors.append(
            {
                "parameter": "page",
                "value": str(values_page)[:100],
                "message": f"There is no page {str(values_page)[:20]}: the list has {paginator.num_pages}.",
            }
        )
        page = paginator.page(1)
    if output_format == FORMAT_JSON:
        if errors:
            return bad_request(FORMAT_JSON, errors)
        return JsonResponse(
            {
                "facet": name,
                "label": facet.label,
                "count": paginator.count,
                "page": page.number,
                "num_pages": paginator.num_pages,
                "partial": facet.note or None,
                "values": [
                    {
                        "value": value.value,
                        "label": value.label,
                        "count": value.count,
                        "selected": value.selected,
                        **({"detail": value.detail} if value.detail else {}),
                        **({"estimated": True} if value.estimated else {}),
                        "url": request.build_absolute_uri(value.url),
                    }
                    for value in page.object_list
                ],
            },
            json_dumps_params={"ensure_ascii": False},
        )
    if output_format not in ("", "html"):
        return bad_request("html", [{"parameter": "format", "message": "Use format=json, or no format for HTML."}])
    page_params = params.copy()
    if text:
        page_params["filter"] = text
    context = {
        "facet": facet,
        "name": name,
        "page": page,
        "values": page.object_list,
        "filter_text": text,
        "errors": errors,
        "search_url": search_url + links.removing_keys(params, "page"),
        "hidden_fields": links.hidden_fields(params, ("filter",)),
        "previous_url": links.with_page(page_params, page.previous_page_number()) if page.has_previous() else None,
        "next_url": links.with_page(page_params, page.next_page_number()) if page.has_next() else None,
        "json_url": links.with_format(page_params, FORMAT_JSON),
        "describe": describe(filterset),
    }
    return render(request, "articles/facet_values.html", context, status=400 if errors else 200)
