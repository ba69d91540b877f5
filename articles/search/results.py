"""One search: its count, one page of rows with snippets, its facets, its formats.

Only the page shown is ranked in full and highlighted: the database orders
the matching ids (by relevance: ``-rank, pk``; or by date) and returns one
page of them; then the rows of that page are fetched with the start of their
bodies, and snippets are made from those alone.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import CharField, Prefetch, Value
from django.db.models.functions import Substr
from django.urls import reverse

from people.models import Meeting, Organisation, Person, Place

from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention, meeting_dated_within
from . import summary
from .constants import (
    COUNT_ESTIMATE_FIGURES,
    DATE_OF_PUBLISHED,
    EXACT_COUNT_LIMIT,
    FACET_VALUES_SHOWN,
    RANK_BUDGET,
    RESULTS_PER_PAGE,
    SAMPLE_MODULUS,
    SNIPPET_SOURCE_CHARS,
    SORT_ADDED,
    SORT_OLDEST,
    SORT_RELEVANCE,
)
from .entities import ORGANISATION, PERSON, PLACE
from .counting import MatchSet, SearchPlan, significant
from .facets import FacetCounter
from .highlight import highlight, query_lexemes, snippet

MENTION_MODELS = {
    PERSON: (PersonMention, "person_id"),
    ORGANISATION: (OrganisationMention, "organisation_id"),
    PLACE: (PlaceMention, "place_id"),
}


@dataclass
class ResultRow:
    article: Article
    title_html: str
    snippet_html: str
    persons: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    places: list = field(default_factory=list)
    meetings: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    # Why an article is inside the date range when its own date is not: the meeting it reports.
    event_date: object = None


class _Ordered:
    """The matching articles in the search's order, fetched one page at a time (for ``Paginator``)."""

    def __init__(self, search):
        self.search = search

    def count(self):
        return self.search.count

    def __len__(self):
        return self.search.count

    def __getitem__(self, window):
        return self.search.rows(self.search.ordered_ids(window.start or 0, window.stop - (window.start or 0)))


class Search:
    """The search a valid ``ArticleSearchFilterSet`` describes."""

    def __init__(
        self,
        filterset,
        per_page=None,
        rank_budget=RANK_BUDGET,
        exact_limit=EXACT_COUNT_LIMIT,
        sample_modulus=SAMPLE_MODULUS,
    ):
        self.filterset = filterset
        self.per_page = per_page or getattr(filterset, "per_page", RESULTS_PER_PAGE)
        self.rank_budget = rank_budget
        # Rows, not time, decide what is exact (counting.py); tests set small limits.
        self.exact_limit = exact_limit
        self.sample_modulus = sample_modulus
        self.plan = SearchPlan(filterset)
        self.queryset = self.plan.queryset()
        self._latest = {}

    @cached_property
    def summary_fresh(self):
        """Whether the pre-aggregated summary may be read (one query, at most once a search)."""
        return summary.is_fresh(Article.objects.db)

    @cached_property
    def summary_scope(self):
        """The pre-aggregated summary's scope of this search, when it has one and is fresh."""
        scope = summary.scope_of(self.filterset)
        return scope if scope is not None and self.summary_fresh else None

    @cached_property
    def matches(self):
        """The search's ``MatchSet``: its count (exact or estimated) and ids (all, or the sample's)."""
        return self.match_set(self.plan.queryset, probe=self.latest_ids)

    def match_set(self, build, probe=None):
        return MatchSet(
            build,
            probe,
            probe_size=self.probe_size,
            exact_limit=self.exact_limit,
            modulus=self.sample_modulus,
        )

    @cached_property
    def count(self):
        """How many articles match: exact up to ``EXACT_COUNT_LIMIT`` (and for a state the summary
        counts), else an estimate from the sample (``count_estimated``), never a full count."""
        if self.summary_scope is not None:
            return summary.article_count(self.summary_scope)
        if self.matches.estimated:
            return significant(self.matches.count, COUNT_ESTIMATE_FIGURES)
        return self.matches.count

    @property
    def count_estimated(self):
        return self.summary_scope is None and self.matches.estimated

    @property
    def probe_size(self):
        # One more than the ranking needs, so that a shorter list is the whole result.
        return self.rank_budget + 1

    def latest_ids(self, limit):
        """The ids of the ``limit`` most recently added matches, read once per search."""
        if limit not in self._latest:
            larger = [ids for size, ids in self._latest.items() if size > limit]
            self._latest[limit] = (
                larger[0][:limit]
                if larger
                else list(self.queryset.order_by("-pk").values_list("pk", flat=True)[:limit])
            )
        return self._latest[limit]

    @property
    def ranked_among(self):
        """How many matches relevance was computed for, when not all of them (else None)."""
        if self.filterset.sort == SORT_RELEVANCE and self.count > self.rank_budget:
            return self.rank_budget
        return None

    @cached_property
    def paginator(self):
        return Paginator(_Ordered(self), self.per_page)

    def page(self, number):
        """The page ``number``; raises ``django.core.paginator.InvalidPage`` beyond the last."""
        return self.paginator.page(number)

    def facet_counter(self, values_shown=FACET_VALUES_SHOWN):
        return FacetCounter(
            self.filterset,
            self.plan,
            self.matches,
            match_set=self.match_set,
            values_shown=values_shown,
            summary_fresh=lambda: self.summary_fresh,
        )

    def facets(self, values_shown=FACET_VALUES_SHOWN):
        return self.facet_counter(values_shown).count()

    @property
    def name_suggestions(self):
        resolved = self.filterset.resolved_query
        return list(resolved.suggestions) if resolved else []

    @property
    def matched_entities(self):
        resolved = self.filterset.resolved_query
        return list(resolved.matches) if resolved else []

    def ordered_ids(self, offset, limit):
        sort = self.filterset.sort
        if sort == SORT_RELEVANCE and self.ranked_among:
            return self.ids_within_rank_budget(offset, limit)
        if sort == SORT_RELEVANCE:
            return self.queryset.ranked_page_ids(
                self.filterset.resolved_query,
                offset,
                limit,
                self.filterset.languages,
                candidates_count=self.count,
            )
        if sort == SORT_OLDEST:
            ordered = self.queryset.oldest_first()
        elif sort == SORT_ADDED:
            ordered = self.queryset.recently_added_first()
        else:
            ordered = self.queryset.newest_first()
        return list(ordered.values_list("pk", flat=True)[offset : offset + limit])

    def ids_within_rank_budget(self, offset, limit):
        """A broad query: the most recently added matches ranked, then the rest, most recent first."""
        window = self.latest_ids(self.rank_budget)
        found = []
        if offset < len(window):
            found = Article.objects.with_ids(window).ranked_page_ids(
                self.filterset.resolved_query,
                offset,
                min(limit, len(window) - offset),
                self.filterset.languages,
                min_id=window[-1],
                candidates_count=len(window),
            )
        if len(found) < limit:
            start = max(0, offset - len(window))
            rest = self.queryset.filter(pk__lt=window[-1]).order_by("-pk").values_list("pk", flat=True)
            found += list(rest[start : start + limit - len(found)])
        return found

    def rows(self, ids):
        """``ResultRow``s for ``ids``, in that order, with highlighted titles and snippets."""
        if not ids:
            return []
        articles = {
            article.pk: article
            for article in Article.objects.with_ids(ids)
            .only("pk", "title", "language", "published", "published_precision", "reviewed")
            .annotate(excerpt=Substr("body", 1, SNIPPET_SOURCE_CHARS, output_field=CharField()))
            .prefetch_related(
                Prefetch(
                    "persons", queryset=Person.objects.only("pk", "name", "slug", "origin", "reviewed").distinct().order_by("name")
                ),
                Prefetch(
                    "organisations",
                    queryset=Organisation.objects.only("pk", "name", "slug", "acronym", "origin", "reviewed")
                    .distinct()
                    .order_by("name"),
                ),
                Prefetch("places", queryset=Place.objects.only("pk", "name", "slug").distinct().order_by("name")),
                Prefetch(
                    "meetings",
                    queryset=Meeting.objects.distinct()
                    .order_by("date", "pk")
                    .prefetch_related(Prefetch("participants", queryset=Person.objects.order_by("name"))),
                ),
                "tags",
            )
        }
        resolved = self.filterset.resolved_query
        terms = resolved.positive_terms if resolved else []
        surfaces = self.entity_surfaces(ids)
        event_dates = self.event_dates(ids)
        rows = []
        for pk in ids:
            article = articles.get(pk)
            if article is None:
                continue  # deleted since the ids were read
            lexemes = query_lexemes(terms, article.language)
            rows.append(
                ResultRow(
                    article=article,
                    title_html=highlight(article.title, lexemes, article.language, surfaces.get(pk, ())),
                    snippet_html=snippet(article.excerpt, lexemes, article.language, surfaces.get(pk, ())),
                    persons=list(article.persons.all()),
                    organisations=list(article.organisations.all()),
                    places=list(article.places.all()),
                    meetings=list(article.meetings.all()),
                    tags=list(article.tags.all()),
                    event_date=event_dates.get(pk) if not self.inside_by_own_date(article) else None,
                )
            )
        return rows

    def inside_by_own_date(self, article):
        start, end = self.filterset.cleaned.get("date_from"), self.filterset.cleaned.get("date_to")
        return not (start or end) or article.published_inside(start, end)

    def event_dates(self, ids):
        """{article id: the first date, within the date range, of a meeting it reports}, when the range
        reads the dates of events (``date_of`` event or either); one query."""
        start, end = self.filterset.cleaned.get("date_from"), self.filterset.cleaned.get("date_to")
        if not (start or end) or self.filterset.date_of == DATE_OF_PUBLISHED:
            return {}
        found = {}
        reports = (
            MeetingReport.objects.filter(meeting_dated_within(start, end), article_id__in=ids)
            .order_by("meeting__date")
            .values_list("article_id", "meeting__date")
        )
        for article_id, date in reports:
            found.setdefault(article_id, date)
        return found

    def entity_surfaces(self, ids):
        """{article id: [surface, …]} of the entities the query named, as each article writes them."""
        matches = self.matched_entities
        if not matches:
            return {}
        querysets = []
        for kind, (model, column) in MENTION_MODELS.items():
            entity_ids = [match.id for match in matches if match.kind == kind]
            if entity_ids:
                querysets.append(
                    model.objects.filter(article_id__in=ids, **{f"{column}__in": entity_ids})
                    .annotate(kind=Value(kind, output_field=CharField()))
                    .order_by()
                    .values_list("article_id", "surface")
                )
        rows = querysets[0].union(*querysets[1:]) if len(querysets) > 1 else querysets[0]
        surfaces = {}
        for article_id, surface in rows:
            surfaces.setdefault(article_id, []).append(surface)
        return surfaces


def distinct_records(items):
    """``items`` without repeats (by primary key), in their order."""
    seen, out = set(), []
    for item in items:
        if item.pk not in seen:
            seen.add(item.pk)
            out.append(item)
    return out


def entity_json(item, url_name, request=None):
    value = getattr(item, "slug", None) or str(item.pk)
    url = reverse(url_name, args=[value]) if url_name else None
    data = {"value": value, "label": str(item)}
    if url:
        data["url"] = request.build_absolute_uri(url) if request else url
    if hasattr(item, "unchecked"):
        data["reviewed"] = not item.unchecked  # False: found by the importer, not yet checked
    return data


def row_json(row, request):
    article = row.article
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "title": article.title,
        "published": article.published_iso,
        "published_precision": article.published_precision if article.published else None,
        "event_date": row.event_date.isoformat() if row.event_date else None,
        "language": article.language,
        "snippet_html": str(row.snippet_html),
        "reviewed": article.reviewed,
        "persons": [entity_json(person, "person-detail", request) for person in row.persons],
        "organisations": [entity_json(item, "organisation-detail", request) for item in row.organisations],
        "places": [entity_json(item, "place-detail", request) for item in row.places],
        "meetings": [
            {
                **entity_json(meeting, "meeting-detail", request),
                "status": meeting.status,
                "date": meeting.date.isoformat() if meeting.date else None,
            }
            for meeting in distinct_records(row.meetings)
        ],
        "tags": [{"value": tag.slug, "label": tag.name} for tag in row.tags],
    }


def facets_json(facets):
    data, notes = {}, {}
    for name, facet in facets.items():
        data[name] = [
            {
                "value": value.value,
                "label": value.label,
                "count": value.count,
                "selected": value.selected,
                **({"detail": value.detail} if value.detail else {}),
                **({"estimated": True} if value.estimated else {}),
            }
            for value in facet.values
        ]
        if facet.partial:
            notes[name] = facet.note
    return data, notes
