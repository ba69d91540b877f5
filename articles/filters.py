"""The search's GET parameters, parsed and validated in one FilterSet.

Every state of the search is a plain URL:

    q            the query (words, "phrases", OR, -exclusions; see docs/search.md)
    person       a person, by id or slug; repeat for several (all must be mentioned)
    organisation an organisation, by id or slug; repeatable, AND
    meeting      a meeting, by id; repeatable, AND
    place        a place, by id or slug; repeatable, AND
    tag          a tag, by id or slug; repeatable, AND
    language     en, hi or und; repeatable, OR
    date_from    YYYY-MM-DD, inclusive
    date_to      YYYY-MM-DD, inclusive
    date_of      published, event or either (default): which dates the range and the facet read
    undated      1: only articles without a date
    sort         relevance (default with a query), newest (default without), oldest,
                 added (most recently added to the archive first; the Atom feed's default)
    page         1, 2, …
    per_page     10–100 results a page (20 without it)
    format       json, csv or atom (the HTML page without it)

A parameter that does not validate is reported by name with the reason, and
dropped: the rest of the search still applies (``filterset.qs`` filters with
the valid parameters only). Facets count with all filters but their own
(``filter_queryset(queryset, exclude=…)``).
"""

import datetime

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from taggit.models import Tag

from newsroom.ids import parse_id
from people.models import Meeting, Organisation, Person, Place

from .constants import Language
from .models import Article
from .search.constants import (
    DATE_OF_CHOICES,
    DATE_OF_EITHER,
    FORMAT_CHOICES,
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    MAX_SELECTED_PER_FILTER,
    MIN_PER_PAGE,
    RESULTS_PER_PAGE,
    SORT_CHOICES,
)
from .search.entities import resolve_query
from .search.query import parse_query
from .tagging import tags_for_old_slugs

DATE_FORMAT = "%Y-%m-%d"
DATE_FILTERS = ("date_from", "date_to", "undated")
DATE_OF_DEFAULT = DATE_OF_EITHER


class QueryField(forms.CharField):
    """The query box: cleans into a parsed ``Query``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_QUERY_CHARS)
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", True)
        super().__init__(**kwargs)
        self.error_messages["max_length"] = (
            f"The query is too long: at most {MAX_QUERY_CHARS} characters, please (it has %(show_value)d)."
        )

    def clean(self, value):
        text = super().clean(value)
        query = parse_query(text)
        if query.term_count > MAX_QUERY_TERMS:
            raise ValidationError(
                f"The query has {query.term_count} terms; at most {MAX_QUERY_TERMS} are searched for at once."
            )
        return query


class EntityField(forms.Field):
    """Repeated values, each the id (or, when ``slug_field`` is set, the slug) of a ``model`` row.

    Cleans into the list of rows, in the order given, without duplicates, in
    one query; an unknown value is an error naming it.
    """

    widget = forms.MultipleHiddenInput

    def __init__(self, *, model, noun, plural, slug_field="slug", prefetch=(), old_slugs=None, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.model, self.noun, self.plural, self.slug_field = model, noun, plural, slug_field
        self.prefetch = prefetch
        self.old_slugs = old_slugs  # {old slug: row} for slugs rows once had (tags)

    def to_python(self, value):
        if value in (None, ""):
            return []
        values = value if isinstance(value, (list, tuple)) else [value]
        cleaned = []
        for item in values:
            item = str(item).strip()
            if item and item not in cleaned:
                cleaned.append(item)
        return cleaned

    def clean(self, value):
        values = self.to_python(value)
        if not values:
            return []
        if len(values) > MAX_SELECTED_PER_FILTER:
            raise ValidationError(f"At most {MAX_SELECTED_PER_FILTER} {self.plural} at once, please.")
        ids = {item: parse_id(item) for item in values if parse_id(item) is not None}
        slugs = {item for item in values if item not in ids}
        if slugs and not self.slug_field:
            bad = sorted(slugs)[0]
            raise ValidationError(f"“{bad}” is not a {self.noun} number.")
        condition = Q(pk__in=list(ids.values()))
        if self.slug_field:
            condition |= Q(**{f"{self.slug_field}__in": values})  # a slug may be all digits
        by_pk, by_slug = {}, {}
        for row in self.model._default_manager.filter(condition).prefetch_related(*self.prefetch):
            by_pk[row.pk] = row
            if self.slug_field:
                by_slug[getattr(row, self.slug_field)] = row

        def resolved(item):
            return (by_pk.get(ids[item]) if item in ids else None) or by_slug.get(item)

        unknown = [item for item in values if resolved(item) is None]
        if unknown and self.old_slugs is not None:
            by_slug.update(self.old_slugs(unknown))
        rows = []
        for item in values:
            row = resolved(item)
            if row is None:
                kind = "id or slug" if self.slug_field else "number"
                raise ValidationError(f"There is no {self.noun} with the {kind} “{item}”.")
            if row not in rows:
                rows.append(row)
        return rows


class EntityFilter(django_filters.Filter):
    field_class = EntityField


class QueryFilter(django_filters.Filter):
    field_class = QueryField


class UndatedFilter(django_filters.Filter):
    field_class = forms.TypedChoiceField


class SearchForm(forms.Form):
    """The parameters that do not filter, and the checks across parameters."""

    sort = forms.ChoiceField(choices=SORT_CHOICES, required=False)
    page = forms.IntegerField(min_value=1, max_value=10**6, required=False)
    per_page = forms.IntegerField(
        min_value=MIN_PER_PAGE,
        max_value=MAX_PER_PAGE,
        required=False,
        error_messages={
            "min_value": f"Show at least {MIN_PER_PAGE} results a page.",
            "max_value": f"Show at most {MAX_PER_PAGE} results a page.",
            "invalid": f"per_page is a number from {MIN_PER_PAGE} to {MAX_PER_PAGE}.",
        },
    )
    format = forms.ChoiceField(choices=FORMAT_CHOICES, required=False)
    date_of = forms.ChoiceField(
        choices=DATE_OF_CHOICES,
        required=False,
        error_messages={"invalid_choice": "Use date_of=published, event or either."},
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", f"The end of the date range ({end}) is before its start ({start}).")
        if cleaned.get("undated") and (start or end):
            self.add_error("undated", "Choose either undated articles or a date range, not both.")
        return cleaned


def date_field_error(name):
    return {"invalid": f"Enter the {name} as a date in the form YYYY-MM-DD, e.g. 2021-07-29."}


class ArticleSearchFilterSet(django_filters.FilterSet):
    q = QueryFilter(method="filter_q", label="Search")
    person = EntityFilter(
        model=Person, noun="person", plural="people", method="filter_person", label="People"
    )
    organisation = EntityFilter(
        model=Organisation,
        noun="organisation",
        plural="organisations",
        method="filter_organisation",
        label="Organisations",
    )
    meeting = EntityFilter(
        model=Meeting,
        noun="meeting",
        plural="meetings",
        slug_field=None,
        prefetch=["participants"],
        method="filter_meeting",
        label="Meetings",
    )
    place = EntityFilter(model=Place, noun="place", plural="places", method="filter_place", label="Places")
    tag = EntityFilter(
        model=Tag, noun="tag", plural="tags", method="filter_tag", label="Tags", old_slugs=tags_for_old_slugs
    )
    language = django_filters.MultipleChoiceFilter(
        choices=Language.choices, method="filter_language", label="Language"
    )
    date_from = django_filters.DateFilter(
        method="filter_date_from",
        input_formats=[DATE_FORMAT],
        label="From",
        error_messages=date_field_error("start date"),
    )
    date_to = django_filters.DateFilter(
        method="filter_date_to",
        input_formats=[DATE_FORMAT],
        label="To",
        error_messages=date_field_error("end date"),
    )
    undated = UndatedFilter(
        method="filter_undated",
        label="Only undated articles",
        choices=[("", "Dated and undated"), ("1", "Only undated articles")],
        coerce=lambda value: value == "1",
        empty_value=False,
        error_messages={"invalid_choice": "Use undated=1 for articles without a date."},
    )

    class Meta:
        model = Article
        fields = []
        form = SearchForm

    # -- what the rest of the search reads ---------------------------------------

    @property
    def cleaned(self):
        self.is_valid()
        return self.form.cleaned_data

    @property
    def query(self):
        """The parsed query (empty when there is none or it did not validate)."""
        return self.cleaned.get("q") or parse_query("")

    @property
    def resolved_query(self):
        """The query with its names resolved to entities; looked up once per request."""
        if not hasattr(self, "_resolved_query"):
            self._resolved_query = resolve_query(self.query) if self.query else None
        return self._resolved_query

    @property
    def languages(self):
        return self.cleaned.get("language") or []

    @property
    def date_of(self):
        """Which dates the date filters and the date facet read (``DATE_OF_CHOICES``)."""
        return self.cleaned.get("date_of") or DATE_OF_DEFAULT

    @property
    def per_page(self):
        return self.cleaned.get("per_page") or RESULTS_PER_PAGE

    @property
    def page_number(self):
        return self.cleaned.get("page") or 1

    @property
    def output_format(self):
        return self.cleaned.get("format") or "html"

    @property
    def sort(self):
        sort = self.cleaned.get("sort")
        if sort == "relevance" and not self.query:
            return "newest"  # nothing to rank by
        return sort or ("relevance" if self.query else "newest")

    def selected(self, name):
        value = self.cleaned.get(name)
        if value is None or value is False or value == "" or value == []:
            return []
        return value if isinstance(value, list) else [value]

    def filter_queryset(self, queryset, exclude=(), sample=None, within=None):
        """``queryset`` narrowed by every valid filter except those named in ``exclude``.

        ``sample`` (a modulus): only the articles whose id is a multiple of it, the sample that
        estimates broad matches (``articles/search/counting.py``); the full-text part reads
        the sample alone where the database can (SQLite's index, PostgreSQL's partial index).
        ``within`` (ids): ``queryset`` holds these articles at most (the narrow side of a search): the
        full-text part and the event dates need only check these.
        """
        self._sample, self._within = sample, within
        try:
            for name, value in self.cleaned.items():
                if name in self.filters and name not in exclude:
                    queryset = self.filters[name].filter(queryset, value)
        finally:
            self._sample = self._within = None
        return queryset.in_sample(sample) if sample else queryset

    # -- the filters ----------------------------------------------------------------

    def filter_q(self, queryset, name, value):
        if not self.resolved_query:
            return queryset
        return queryset.search(
            self.resolved_query,
            self.languages,
            sample=getattr(self, "_sample", None),
            within=getattr(self, "_within", None),
        )

    def filter_person(self, queryset, name, people):
        for person in people:
            queryset = queryset.mentioning_person(person)
        return queryset

    def filter_organisation(self, queryset, name, organisations):
        for organisation in organisations:
            queryset = queryset.mentioning_organisation(organisation)
        return queryset

    def filter_meeting(self, queryset, name, meetings):
        for meeting in meetings:
            queryset = queryset.reporting_meeting(meeting)
        return queryset

    def filter_place(self, queryset, name, places):
        for place in places:
            queryset = queryset.mentioning_place(place)
        return queryset

    def filter_tag(self, queryset, name, tags):
        for tag in tags:
            queryset = queryset.tagged(tag)
        return queryset

    def filter_language(self, queryset, name, languages):
        return queryset.in_languages(languages)

    def filter_date_from(self, queryset, name, value):
        # The whole range at once: "published in it or reporting a meeting in it" is no pair of bounds.
        end = self.cleaned.get("date_to")
        return queryset.dated_between(value, end, self.date_of, within=self._ids_within())

    def filter_date_to(self, queryset, name, value):
        if self.cleaned.get("date_from"):
            return queryset  # applied with date_from
        return queryset.dated_between(None, value, self.date_of, within=self._ids_within())

    def filter_undated(self, queryset, name, value):
        return queryset.undated(self.date_of, within=self._ids_within()) if value else queryset

    def _ids_within(self):
        return getattr(self, "_within", None)


def month_bounds(year, month):
    start = datetime.date(year, month, 1)
    end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
    return start, end
