"""Index pages of everything the archive knows: organisations, meetings, places and tags.

Each is a filterable, paged list (``people/index_filters.py``) with a JSON form
(``?format=json``), so that every value a facet can show is reachable from the home page.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, F, Prefetch
from django.shortcuts import render
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from articles.models import MeetingReport, OrganisationMention, PlaceMention
from articles.views import bad_request, parameter_errors

from .index_filters import (
    MeetingIndexFilterSet,
    OrganisationIndexFilterSet,
    PlaceIndexFilterSet,
    TagIndexFilterSet,
)
from .models import Meeting, Organisation, Person, Place
from .views import json_response, meeting_json


def unchecked(record):
    """Whether the importer made ``record`` and no editor has checked it yet."""
    return getattr(record, "unchecked", False)


def index_page(request, filterset, *, rows_of, json_of, template, extra=None):
    """A paged list: HTML, or JSON with ``format=json``; bad parameters are named (400)."""
    filterset.is_valid()
    errors = parameter_errors(filterset, request.GET)
    as_json = request.GET.get("format") == "json"
    if as_json and errors:
        return bad_request("json", errors)
    paginator = Paginator(filterset.qs, filterset.per_page)
    try:
        page = paginator.page(filterset.page_number)
    except InvalidPage:
        errors.append(
            {
                "parameter": "page",
                "value": request.GET.get("page", "")[:100],
                "message": f"There is no such page: the list has {paginator.num_pages}.",
            }
        )
        if as_json:
            return bad_request("json", errors)
        page = paginator.page(1)
    rows = rows_of(list(page.object_list))
    if as_json:
        return json_response(
            {
                "count": paginator.count,
                "page": page.number,
                "num_pages": paginator.num_pages,
                "per_page": filterset.per_page,
                "results": [json_of(row, request) for row in rows],
            }
        )
    context = {"filterset": filterset, "page": page, "rows": rows, "errors": errors, "count": paginator.count}
    context.update(extra or {})
    return render(request, template, context, status=400 if errors else 200)


def article_counts(model, field, ids):
    if not ids:
        return {}
    return dict(
        model.objects.filter(**{f"{field}__in": ids})
        .values(field)
        .annotate(count=Count("article_id", distinct=True))
        .values_list(field, "count")
    )


def link(item, url_name, request):
    return {
        "value": item.slug,
        "label": item.name,
        "url": request.build_absolute_uri(reverse(url_name, args=[item.slug])),
    }


# -- organisations -----------------------------------------------------------------------------


def organisation_rows(organisations):
    counts = article_counts(OrganisationMention, "organisation_id", [o.pk for o in organisations])
    return [{"organisation": o, "articles": counts.get(o.pk, 0), "unchecked": unchecked(o)} for o in organisations]


def organisation_row_json(row, request):
    organisation = row["organisation"]
    return {
        **link(organisation, "organisation-detail", request),
        "acronym": organisation.acronym or None,
        "kind": organisation.kind,
        "country": link(organisation.country, "place-detail", request) if organisation.country else None,
        "articles": row["articles"],
        "reviewed": not row["unchecked"],
    }


def organisation_index(request):
    queryset = Organisation.objects.select_related("country").order_by("name", "pk")
    return index_page(
        request,
        OrganisationIndexFilterSet(request.GET, queryset=queryset),
        rows_of=organisation_rows,
        json_of=organisation_row_json,
        template="people/organisation_index.html",
        extra={
            "kinds": Organisation.Kind.choices,
            "countries": Place.objects.filter(kind=Place.Kind.COUNTRY).order_by("name"),
        },
    )


# -- meetings --------------------------------------------------------------------------------------


def meeting_rows(meetings):
    counts = article_counts(MeetingReport, "meeting_id", [m.pk for m in meetings])
    return [{"meeting": m, "articles": counts.get(m.pk, 0), "unchecked": unchecked(m)} for m in meetings]


def meeting_row_json(row, request):
    return {
        **meeting_json(row["meeting"], request),
        "label": str(row["meeting"]),
        "with": [link(person, "person-detail", request) for person in row["meeting"].participants.all()],
        "articles": row["articles"],
        "reviewed": not row["unchecked"],
    }


def meeting_index(request):
    queryset = (
        Meeting.objects.select_related("place")
        .prefetch_related(Prefetch("participants", queryset=Person.objects.order_by("name")))
        .order_by(F("date").desc(nulls_last=True), "-pk")
    )
    return index_page(
        request,
        MeetingIndexFilterSet(request.GET, queryset=queryset),
        rows_of=meeting_rows,
        json_of=meeting_row_json,
        template="people/meeting_index.html",
        extra={"statuses": Meeting.Status.choices, "kinds": Meeting.Kind.choices},
    )


# -- places ------------------------------------------------------------------------------------------


def place_rows(places):
    ids = [p.pk for p in places]
    counts = article_counts(PlaceMention, "place_id", ids)
    meetings = dict(
        Meeting.objects.filter(place_id__in=ids).values("place_id").annotate(n=Count("pk")).values_list("place_id", "n")
    ) if ids else {}
    return [{"place": p, "articles": counts.get(p.pk, 0), "meetings": meetings.get(p.pk, 0)} for p in places]


def place_row_json(row, request):
    place = row["place"]
    return {
        **link(place, "place-detail", request),
        "kind": place.kind,
        "country": link(place.country, "place-detail", request) if place.country else None,
        "articles": row["articles"],
        "meetings": row["meetings"],
    }


def place_index(request):
    queryset = Place.objects.select_related("country").order_by("name", "pk")
    return index_page(
        request,
        PlaceIndexFilterSet(request.GET, queryset=queryset),
        rows_of=place_rows,
        json_of=place_row_json,
        template="people/place_index.html",
        extra={"kinds": Place.Kind.choices},
    )


# -- tags ----------------------------------------------------------------------------------------------


def tag_rows(tags):
    return [{"tag": tag, "articles": tag.articles} for tag in tags]


def tag_row_json(row, request):
    tag = row["tag"]
    return {
        "value": tag.slug,
        "label": tag.name,
        "articles": row["articles"],
        "url": request.build_absolute_uri(reverse("search") + f"?tag={tag.slug}"),
    }


def tag_index(request):
    tagged = TaggedItem.objects.filter(content_type__app_label="articles", content_type__model="article")
    queryset = (
        Tag.objects.filter(pk__in=tagged.values("tag_id"))
        .annotate(articles=Count("taggit_taggeditem_items", distinct=True))
        .order_by("-articles", "name", "pk")
    )
    return index_page(
        request,
        TagIndexFilterSet(request.GET, queryset=queryset),
        rows_of=tag_rows,
        json_of=tag_row_json,
        template="people/tag_index.html",
    )
