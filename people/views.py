"""Public pages of people, organisations, meetings and places, and the people directory.

Each page has a JSON form (``?format=json``). Person, organisation and place
pages carry the archive's search with the entity fixed: their articles,
filterable like the search, with the same parameters.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db.models import Count, F, Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from articles.models import MeetingReport, PersonMention
from articles.search.facets import current_roles, role_label
from articles.search.results import entity_json, facets_json, row_json
from articles.views import bad_request, parameter_errors, search_context, search_filterset
from newsroom.downloads import capped_json

from .filters import PersonDirectoryFilterSet
from .lookup import PERSON, suggest
from .models import Meeting, Organisation, Person, Place, Role
from .pictures import meeting_graph, meetings_by_year, timeline_chart, year_counts

SCRIPT_NAMES = {"Latn": "Latin", "Deva": "Devanagari", "Cyrl": "Cyrillic"}
MEETINGS_SHOWN = 500  # the meetings of a place page
MEETINGS_PER_PAGE = 50  # a person's or organisation's timeline, a page at a time
PEOPLE_PER_PAGE = 50


def wants_json(request):
    """True for ``format=json``; raises ``ValueError`` for a format the page does not have."""
    value = request.GET.get("format", "")
    if value not in ("", "html", "json"):
        raise ValueError(value)
    return value == "json"


def json_response(data, status=200):
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def format_error():
    return bad_request(
        "html", [{"parameter": "format", "message": "Use format=json, or no format for HTML."}]
    )


def names_by_script(primary, aliases):
    """[(script name, [names])]: every name of an entity, grouped by script."""
    groups = {}
    for alias in aliases:
        groups.setdefault(SCRIPT_NAMES.get(alias.script, "Other"), [])
        if alias.name not in groups[SCRIPT_NAMES.get(alias.script, "Other")]:
            groups[SCRIPT_NAMES.get(alias.script, "Other")].append(alias.name)
    latin = groups.setdefault("Latin", [])
    if primary not in latin:
        latin.insert(0, primary)
    return sorted(
        ((script, names) for script, names in groups.items() if names), key=lambda item: item[0] != "Latin"
    )


def entity_search(request, name, entity):
    """The search block of an entity page: the request's parameters, with ``name`` fixed to ``entity``."""
    params = request.GET.copy()
    value = getattr(entity, "slug", None) or str(entity.pk)
    spellings = {value, str(entity.pk)}
    params.setlist(name, [value] + [item for item in params.getlist(name) if item not in spellings])
    filterset = search_filterset(params)
    filterset.is_valid()
    return search_context(request, filterset, fixed={name: {entity.pk}})


def articles_json(request, context):
    page, search = context["page"], context["search"]
    facets, partial = facets_json(context["facets"])
    return {
        "count": search.count,
        "page": page.number if page else None,
        "num_pages": search.paginator.num_pages,
        "results": [row_json(row, request) for row in context["rows"]],
        "facets": facets,
        "facets_partial": partial,
    }


def meeting_rows(meetings, person=None):
    """Meetings as the pages list them: when, where, with whom."""
    rows = []
    for meeting in meetings:
        others = [p for p in meeting.participants.all() if person is None or p.pk != person.pk]
        rows.append({"meeting": meeting, "with": others})
    return rows


def meeting_json(meeting, request, person=None):
    return {
        **entity_json(meeting, "meeting-detail", request),
        "kind": meeting.kind,
        "status": meeting.status,
        "reviewed": not meeting.unchecked,
        "date": meeting.date.isoformat() if meeting.date else None,
        "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
        "place": entity_json(meeting.place, "place-detail", request) if meeting.place else None,
        "with": [
            entity_json(other, "person-detail", request)
            for other in meeting.participants.all()
            if person is None or other.pk != person.pk
        ],
    }


def role_json(role, request):
    return {
        "title": role.title,
        "label": role_label(role),
        "country": entity_json(role.country, "place-detail", request) if role.country_id else None,
        "organisation": entity_json(role.organisation, "organisation-detail", request)
        if role.organisation_id
        else None,
        "start": role.start.isoformat() if role.start else None,
        "end": role.end.isoformat() if role.end else None,
    }


# -- timelines --------------------------------------------------------------------------------


def meetings_timeline(request, meetings, person=None):
    """A person's or organisation's meetings: a page of the timeline grouped by year
    (``meetings_page``), the chart of meetings by year and the who-met-whom graph.

    Returns (context, errors).
    """
    errors = []
    ordered = (
        meetings.select_related("place", "sidelines_of")
        .prefetch_related(Prefetch("participants", queryset=Person.objects.order_by("name")))
        .order_by(F("date").desc(nulls_last=True), "-pk")
    )
    paginator = Paginator(ordered, MEETINGS_PER_PAGE)
    raw = request.GET.get("meetings_page", "1")
    try:
        page = paginator.page(raw)
    except InvalidPage:
        errors.append(
            {
                "parameter": "meetings_page",
                "value": raw[:100],
                "message": f"There is no page {raw[:20]} of meetings: there are {paginator.num_pages}.",
            }
        )
        page = paginator.page(1)
    page_meetings = list(page.object_list)
    groups = []
    for row in meeting_rows(page_meetings, person):
        year = row["meeting"].date.year if row["meeting"].date else None
        if not groups or groups[-1]["year"] != year:
            groups.append({"year": year, "rows": []})
        groups[-1]["rows"].append(row)
    # Where each year starts, to link the chart's bars to the right page of the timeline.
    starts, offset = {}, 0
    for year, count in year_counts(meetings):
        starts[year] = offset // MEETINGS_PER_PAGE + 1
        offset += count

    def url_of_year(year):
        return f"?meetings_page={starts.get(year, 1)}#meetings-{year}"

    by_year = meetings_by_year(meetings)
    context = {
        "meetings_page": page,
        "meeting_groups": groups,
        "meetings_count": paginator.count,
        "meetings_previous_url": f"?meetings_page={page.previous_page_number()}#meetings-heading"
        if page.has_previous()
        else None,
        "meetings_next_url": f"?meetings_page={page.next_page_number()}#meetings-heading" if page.has_next() else None,
        "timeline_chart": timeline_chart(by_year, url_of_year),
        "timeline_years": [
            {"year": year, **{status: counts[status] for status in counts}, "total": sum(counts.values()),
             "url": url_of_year(year)}
            for year, counts in sorted(by_year.items(), reverse=True)
        ],
        "graph": meeting_graph(meetings, centre=person),
    }
    return context, page_meetings, errors


def timeline_json(context, page_meetings, request, person=None):
    return {
        "meetings": [meeting_json(meeting, request, person) for meeting in page_meetings],
        "meetings_page": context["meetings_page"].number,
        "meetings_num_pages": context["meetings_page"].paginator.num_pages,
        "meetings_count": context["meetings_count"],
        "meetings_by_year": {
            str(row["year"]): {status: row[status] for status in ("held", "planned", "cancelled")}
            for row in context["timeline_years"]
        },
    }


# -- person ----------------------------------------------------------------------------


def counterparts_of(person):
    """Whom ``person`` met, with how many held meetings each, most first: two queries.

    Only meetings the archive has as held count: a planned or cancelled
    meeting is in the timeline, but nobody "met" there.
    """
    held = Meeting.objects.filter(participants=person, status=Meeting.Status.HELD).values("pk")
    counts = (
        Meeting.participants.through.objects.filter(meeting__in=held)
        .exclude(person=person)
        .values("person")
        .annotate(n=Count("meeting", distinct=True))
    )
    counts = {row["person"]: row["n"] for row in counts}
    people = Person.objects.in_bulk(list(counts))
    return [
        {"person": people[pk], "count": count}
        for pk, count in sorted(counts.items(), key=lambda item: (-item[1], people[item[0]].name))
    ]


@capped_json
def person_detail(request, slug):
    try:
        as_json = wants_json(request)
    except ValueError:
        return format_error()
    person = get_object_or_404(Person, slug=slug)
    aliases = list(person.aliases.all())
    roles = list(
        person.roles.select_related("country", "organisation").order_by(
            F("start").asc(nulls_first=True), "pk"
        )
    )
    counterpart_rows = counterparts_of(person)
    context = entity_search(request, "person", person)
    timeline, page_meetings, timeline_errors = meetings_timeline(request, person.meetings.all(), person)
    context["errors"] += timeline_errors
    context.update(timeline)
    context.update(
        person=person,
        names=names_by_script(person.name, aliases),
        roles=roles,
        counterparts=counterpart_rows,
        counterpart_roles=current_roles([row["person"].pk for row in counterpart_rows[:50]]),
    )
    if as_json:
        if context["errors"]:
            return bad_request("json", context["errors"])
        return json_response(
            {
                **entity_json(person, "person-detail", request),
                "names": {script: names for script, names in context["names"]},
                "reviewed": not person.unchecked,
                "roles": [role_json(role, request) for role in roles],
                **timeline_json(context, page_meetings, request, person),
                "counterparts": [
                    {**entity_json(row["person"], "person-detail", request), "meetings": row["count"]}
                    for row in counterpart_rows
                ],
                "articles": articles_json(request, context),
            }
        )
    return render(request, "people/person_detail.html", context, status=400 if context["errors"] else 200)


# -- organisation ---------------------------------------------------------------------------


@capped_json
def organisation_detail(request, slug):
    try:
        as_json = wants_json(request)
    except ValueError:
        return format_error()
    organisation = get_object_or_404(Organisation.objects.select_related("parent", "country"), slug=slug)
    roles = list(
        Role.objects.filter(organisation=organisation)
        .select_related("person", "country")
        .order_by(F("start").desc(nulls_last=True), "person__name")
    )
    context = entity_search(request, "organisation", organisation)
    timeline, page_meetings, timeline_errors = meetings_timeline(request, organisation.meetings.all())
    context["errors"] += timeline_errors
    context.update(timeline)
    context.update(
        organisation=organisation,
        names=names_by_script(organisation.name, organisation.aliases.all()),
        children=list(organisation.children.order_by("name")),
        roles=roles,
    )
    if as_json:
        if context["errors"]:
            return bad_request("json", context["errors"])
        return json_response(
            {
                **entity_json(organisation, "organisation-detail", request),
                "acronym": organisation.acronym,
                "kind": organisation.kind,
                "names": {script: names for script, names in context["names"]},
                "parent": entity_json(organisation.parent, "organisation-detail", request)
                if organisation.parent
                else None,
                "children": [
                    entity_json(child, "organisation-detail", request) for child in context["children"]
                ],
                "country": entity_json(organisation.country, "place-detail", request)
                if organisation.country
                else None,
                "people": [
                    {**entity_json(role.person, "person-detail", request), "role": role_json(role, request)}
                    for role in roles
                ],
                "reviewed": not organisation.unchecked,
                **timeline_json(context, page_meetings, request),
                "articles": articles_json(request, context),
            }
        )
    return render(
        request, "people/organisation_detail.html", context, status=400 if context["errors"] else 200
    )


# -- meeting -------------------------------------------------------------------------------------


@capped_json
def meeting_detail(request, pk):
    try:
        as_json = wants_json(request)
    except ValueError:
        return format_error()
    meeting = get_object_or_404(
        Meeting.objects.select_related("place__country", "sidelines_of").prefetch_related(
            Prefetch("participants", queryset=Person.objects.order_by("name")), "organisations"
        ),
        pk=pk,
    )
    participants = list(meeting.participants.all())
    reports = list(
        MeetingReport.objects.filter(meeting=meeting)
        .select_related("article")
        .order_by("article__language", F("article__published").desc(nulls_last=True), "article_id")
    )
    side_meetings = list(
        meeting.side_meetings.prefetch_related(
            Prefetch("participants", queryset=Person.objects.order_by("name"))
        ).order_by(F("date").asc(nulls_last=True), "pk")
    )
    context = {
        "meeting": meeting,
        "participants": participants,
        "roles": current_roles([person.pk for person in participants]),
        "organisations": list(meeting.organisations.all()),
        "reports": reports,
        "side_meetings": meeting_rows(side_meetings),
    }
    context["participant_rows"] = [
        {"person": person, "role": context["roles"].get(person.pk, "")} for person in participants
    ]
    if as_json:
        return json_response(
            {
                **meeting_json(meeting, request),
                "title": str(meeting),
                "participants": [
                    {
                        **entity_json(person, "person-detail", request),
                        "role": context["roles"].get(person.pk, ""),
                    }
                    for person in participants
                ],
                "organisations": [
                    entity_json(item, "organisation-detail", request) for item in context["organisations"]
                ],
                "sidelines_of": meeting_json(meeting.sidelines_of, request) if meeting.sidelines_of else None,
                "side_meetings": [meeting_json(item, request) for item in side_meetings],
                "reports": [
                    {
                        "id": report.article_id,
                        "title": report.article.title,
                        "language": report.article.language,
                        "published": report.article.published.isoformat()
                        if report.article.published
                        else None,
                        "url": request.build_absolute_uri(report.article.get_absolute_url()),
                        "evidence": report.evidence,
                    }
                    for report in reports
                ],
            }
        )
    return render(request, "people/meeting_detail.html", context)


# -- place -----------------------------------------------------------------------------------------


@capped_json
def place_detail(request, slug):
    try:
        as_json = wants_json(request)
    except ValueError:
        return format_error()
    place = get_object_or_404(Place.objects.select_related("country"), slug=slug)
    is_country = place.kind == Place.Kind.COUNTRY
    meetings = list(
        Meeting.objects.filter(place__in=[place, *place.places.all()] if is_country else [place])
        .select_related("place")
        .prefetch_related(Prefetch("participants", queryset=Person.objects.order_by("name")))
        .order_by(F("date").desc(nulls_last=True), "-pk")[:MEETINGS_SHOWN]
    )
    roles = (
        list(
            Role.objects.filter(country=place)
            .select_related("person", "organisation")
            .order_by(F("start").desc(nulls_last=True), "person__name")
        )
        if is_country
        else []
    )
    context = entity_search(request, "place", place)
    context.update(
        place=place,
        names=names_by_script(place.name, place.aliases.filter(kind="name")),
        demonyms=[alias.name for alias in place.aliases.filter(kind="demonym")],
        within=list(place.places.order_by("name")) if is_country else [],
        meetings=meeting_rows(meetings),
        roles=roles,
    )
    if as_json:
        if context["errors"]:
            return bad_request("json", context["errors"])
        return json_response(
            {
                **entity_json(place, "place-detail", request),
                "kind": place.kind,
                "iso_code": place.iso_code or None,
                "names": {script: names for script, names in context["names"]},
                "demonyms": context["demonyms"],
                "country": entity_json(place.country, "place-detail", request) if place.country else None,
                "places": [entity_json(item, "place-detail", request) for item in context["within"]],
                "people": [
                    {**entity_json(role.person, "person-detail", request), "role": role_json(role, request)}
                    for role in roles
                ],
                "meetings": [meeting_json(meeting, request) for meeting in meetings],
                "articles": articles_json(request, context),
            }
        )
    return render(request, "people/place_detail.html", context, status=400 if context["errors"] else 200)


# -- directory ---------------------------------------------------------------------------------------


def name_suggestions(text):
    """People a name typed in the directory may mean (near misses, surnames), when it finds nobody."""
    if not text:
        return []
    return [candidate for candidate in suggest(text) if candidate.kind == PERSON]


def people_directory(request):
    filterset = PersonDirectoryFilterSet(request.GET, queryset=Person.objects.order_by("name", "pk"))
    filterset.is_valid()
    errors = parameter_errors(filterset, request.GET)
    as_json = filterset.form.cleaned_data.get("format") == "json" or request.GET.get("format") == "json"
    if as_json and errors:
        return bad_request("json", errors)
    people = filterset.qs.prefetch_related(
        Prefetch(
            "roles",
            queryset=Role.objects.select_related("country", "organisation").order_by(
                F("start").desc(nulls_last=True), "pk"
            ),
        )
    )
    paginator = Paginator(people, PEOPLE_PER_PAGE)
    page = None
    try:
        page = paginator.page(filterset.form.cleaned_data.get("page") or 1)
    except InvalidPage:
        errors.append(
            {
                "parameter": "page",
                "value": request.GET.get("page", ""),
                "message": f"There is no such page: the list has {paginator.num_pages}.",
            }
        )
        if as_json:
            return bad_request("json", errors)
    people_on_page = list(page.object_list) if page else []
    article_counts = (
        dict(
            PersonMention.objects.filter(person__in=people_on_page)
            .values("person_id")
            .annotate(count=Count("article_id", distinct=True))
            .values_list("person_id", "count")
        )
        if people_on_page
        else {}
    )
    rows = [
        {"person": person, "roles": list(person.roles.all()), "articles": article_counts.get(person.pk, 0)}
        for person in people_on_page
    ]
    if as_json:
        return json_response(
            {
                "count": paginator.count,
                "suggestions": [
                    {
                        "value": candidate.slug,
                        "label": candidate.label,
                        "other_name": candidate.other_name or None,
                        "url": request.build_absolute_uri(reverse("person-detail", args=[candidate.slug])),
                    }
                    for candidate in name_suggestions(filterset.form.cleaned_data.get("q")) if not paginator.count
                ],
                "page": page.number,
                "num_pages": paginator.num_pages,
                "results": [
                    {
                        **entity_json(row["person"], "person-detail", request),
                        "articles": row["articles"],
                        "roles": [role_json(role, request) for role in row["roles"]],
                    }
                    for row in rows
                ],
            }
        )
    suggestions = name_suggestions(filterset.form.cleaned_data.get("q")) if not paginator.count else []
    countries = Place.objects.filter(kind=Place.Kind.COUNTRY).order_by("name")
    role_titles = Role.objects.values("title").annotate(count=Count("pk")).order_by("-count", "title")[:40]
    return render(
        request,
        "people/people_directory.html",
        {
            "filterset": filterset,
            "page": page,
            "rows": rows,
            "errors": errors,
            "countries": countries,
            "role_titles": role_titles,
            "count": paginator.count,
            "suggestions": suggestions,
        },
        status=400 if errors else 200,
    )
