"""Facet counts: how many of the matching articles have each value.

Each facet is counted on the articles that match every OTHER selected
filter:

- people, organisations, meetings, places and tags are many-valued and
  combine with AND, so every selected filter applies, the facet's own
  included: the count next to a person is the number of results you get by
  adding that person;
- language and date are single-valued: their own selection is left out, so
  the other languages, years and months stay visible with their counts.

Budgets keep a broad query fast. At most ``FACET_VALUES_SHOWN`` values are
listed per facet (selected values always are). When more than
``FACET_ROW_BUDGET`` articles match, a facet is counted on the
``FACET_ROW_BUDGET`` most recently added of them and marked partial. A facet
whose query runs longer than ``FACET_TIME_BUDGET_MS`` is cancelled by the
database and counted again on a much smaller sample, marked partial; if that
is too slow as well, it is marked unavailable. Nothing here makes a page slow.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.formats import date_format
from django.utils.translation import gettext
from taggit.models import TaggedItem

from people.models import Meeting, Role

from ..constants import DatePrecision, Language
from ..filters import DATE_FILTERS, month_bounds
from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention
from .backends import InIds, SearchTimeout, search_backend
from .constants import (
    DATE_OF_EITHER,
    DATE_OF_PUBLISHED,
    FACET_RETRY_DIVISOR,
    FACET_ROW_BUDGET,
    FACET_TIME_BUDGET_MS,
    FACET_VALUES_SHOWN,
    FACETS_WITH_MORE,
    MINISTER_TITLE_WORDS,
)

def month_label(year, month):
    """ "June 2023" in the language of the request."""
    return date_format(datetime.date(year, month, 1), "F Y")


@dataclass
class FacetValue:
    value: str  # as it goes in the URL
    label: str
    count: int
    selected: bool = False
    detail: str = ""  # a person's role, a meeting's date
    params: dict = field(default_factory=dict)  # the URL parameters that select this value
    spellings: tuple = ()  # every way the URL may name this value (slug, id)
    url: str = ""  # set by the view: selects it, or removes it when selected


@dataclass
class Facet:
    name: str  # the URL parameter
    label: str
    values: list
    counted: int = 0  # articles the counts are taken from
    matching: int | None = None  # articles that match, when more than were counted
    unavailable: bool = False
    more: bool = False  # the list was cut at the number of values shown: a "more" page lists all
    more_url: str = ""  # set by the view

    @property
    def partial(self):
        return self.unavailable or (self.matching is not None and self.matching > self.counted)

    @property
    def note(self):
        if self.unavailable:
            return gettext("Counts unavailable: counting took too long.")
        if self.partial:
            return gettext("Counted on the %(counted)s most recently added of %(matching)s matching articles.") % {
                "counted": f"{self.counted:,}",
                "matching": f"{self.matching:,}",
            }
        return ""


@dataclass
class FacetSpec:
    name: str
    label: str
    exclusive: bool  # single-valued: counted without its own filter
    count: object  # callable(ids) -> list of FacetValue


def minister_condition():
    condition = Q()
    for word in MINISTER_TITLE_WORDS:
        condition |= Q(title__icontains=word)
    return condition


def role_label(role):
    where = role.country.name if role.country_id else (role.organisation.name if role.organisation_id else "")
    return f"{role.title}, {where}" if where else role.title


def current_roles(person_ids):
    """{person id: label of the role they hold now, or held last}."""
    roles = (
        Role.objects.filter(person_id__in=person_ids)
        .select_related("country", "organisation")
        .order_by("person_id", "end", "-start", "pk")
    )
    found = {}
    for role in roles:
        # Open roles (no end) sort last on SQLite and first on PostgreSQL; prefer them explicitly.
        best = found.get(role.person_id)
        if best is None or (best.end is not None and role.end is None):
            found[role.person_id] = role
        elif (best.end is None) == (role.end is None) and (role.start or datetime.date.min) > (
            best.start or datetime.date.min
        ):
            found[role.person_id] = role
    return {person_id: role_label(role) for person_id, role in found.items()}


class FacetCounter:
    """Counts the facets of one search; ``count()`` returns ``{name: Facet}``.

    Each facet's base (the articles it counts) is read once as a list of at
    most ``row_budget`` ids, the most recently added first, and every facet
    query gets that list as one parameter: the full-text match and the
    filters are evaluated once per base, not once per facet.
    """

    def __init__(
        self,
        filterset,
        result_count,
        *,
        result_ids=None,
        values_shown=FACET_VALUES_SHOWN,
        row_budget=FACET_ROW_BUDGET,
        time_budget_ms=FACET_TIME_BUDGET_MS,
    ):
        self.filterset = filterset
        self.result_count = result_count
        self.values_shown = values_shown
        self.row_budget = row_budget
        self.time_budget_ms = time_budget_ms
        self.backend = search_backend(Article.objects.db)
        self._result_ids = result_ids
        self._ids = {}
        self.specs = [
            FacetSpec("person", gettext("People"), False, self.count_people),
            FacetSpec("organisation", gettext("Organisations"), False, self.count_organisations),
            FacetSpec("date", gettext("Date"), True, self.count_dates),
            FacetSpec("language", gettext("Language"), True, self.count_languages),
            FacetSpec("meeting", gettext("Meetings"), False, self.count_meetings),
            FacetSpec("place", gettext("Places"), False, self.count_places),
            FacetSpec("tag", gettext("Tags"), False, self.count_tags),
        ]

    # -- the budget -------------------------------------------------------------------

    def own_filters(self, spec):
        return DATE_FILTERS if spec.name == "date" else (spec.name,)

    def base_key(self, spec):
        """Which filters the facet leaves out: () for the result set itself."""
        if spec.exclusive and any(self.filterset.selected(name) for name in self.own_filters(spec)):
            return self.own_filters(spec)
        return ()

    def base_ids(self, spec, limit):
        """(ids, matching): the most recently added ``limit`` ids of the facet's base, and how many match."""
        key = self.base_key(spec)
        if (key, limit) not in self._ids:
            if not key and self._result_ids is not None:
                ids, matching = self._result_ids(limit), self.result_count
            else:
                base = self.filterset.filter_queryset(Article.objects.all(), exclude=key).order_by()
                ids = list(base.order_by("-pk").values_list("pk", flat=True)[:limit])
                matching = len(ids) if len(ids) < limit else (self.result_count if not key else base.count())
            self._ids[(key, limit)] = (ids, matching)
        return self._ids[(key, limit)]

    def count(self):
        facets = {}
        with self.backend.time_guard(self.time_budget_ms):
            for spec in self.specs:
                facets[spec.name] = self.count_one(spec)
        return facets

    def count_named(self, name):
        """One facet by its name (for its "more" page, with ``values_shown=None``: every value)."""
        spec = next(spec for spec in self.specs if spec.name == name)
        with self.backend.time_guard(self.time_budget_ms):
            return self.count_one(spec)

    def count_one(self, spec):
        """One facet, within the budgets: in full, on a sample, or marked unavailable."""
        for budget in (self.row_budget, max(1, self.row_budget // FACET_RETRY_DIVISOR)):
            try:
                with self.backend.attempt():
                    ids, matching = self.base_ids(spec, budget)
                    values = spec.count(ids, len(ids)) if ids else self.selected_only(spec, 0)
            except SearchTimeout:
                continue
            more = bool(self.values_shown) and spec.name in FACETS_WITH_MORE and len(
                [value for value in values if not value.selected or value.count]
            ) >= self.values_shown
            return Facet(spec.name, spec.label, values, counted=len(ids), matching=matching, more=more)
        return Facet(spec.name, spec.label, self.selected_only(spec), unavailable=True)

    def selected_only(self, spec, count=0):
        if spec.exclusive:
            return []
        return [
            FacetValue(
                self.value_of(item),
                str(item),
                count,
                selected=True,
                params={spec.name: self.value_of(item)},
                spellings=(self.value_of(item), str(item.pk)),
            )
            for item in self.filterset.selected(spec.name)
        ]

    # -- the facets -------------------------------------------------------------------------

    def value_of(self, item):
        return getattr(item, "slug", None) or str(item.pk)

    def entity_values(self, name, rows, labels, details=None, counted=0):
        """FacetValues from ``rows`` of (id, slug, count), selected values always included."""
        selected = {item.pk: item for item in self.filterset.selected(name)}
        values = []
        for entity_id, slug, count in rows:
            value = slug or str(entity_id)
            values.append(
                FacetValue(
                    value,
                    labels.get(entity_id, value),
                    count,
                    selected=entity_id in selected,
                    detail=(details or {}).get(entity_id, ""),
                    params={name: value},
                    spellings=(value, str(entity_id)),
                )
            )
        listed = {row[0] for row in rows}
        for entity_id, item in selected.items():
            if entity_id not in listed:
                value = self.value_of(item)
                # Every result has a selected entity: its count is the number counted.
                values.append(
                    FacetValue(
                        value,
                        labels.get(entity_id, str(item)),
                        counted,
                        selected=True,
                        detail=(details or {}).get(entity_id, ""),
                        params={name: value},
                        spellings=(value, str(entity_id)),
                    )
                )
        return values

    def count_people(self, ids, counted):
        minister = Exists(Role.objects.filter(minister_condition(), person_id=OuterRef("person_id")))
        rows = list(
            PersonMention.objects.filter(InIds("article_id", ids))
            .values("person_id", "person__slug", "person__name")
            .annotate(count=Count("article_id", distinct=True), minister=minister)
            .order_by("-minister", "-count", "person__name", "person_id")[: self.values_shown]
        )
        selected_ids = [person.pk for person in self.filterset.selected("person")]
        labels = {row["person_id"]: row["person__name"] for row in rows}
        labels.update({person.pk: person.name for person in self.filterset.selected("person")})
        details = current_roles([row["person_id"] for row in rows] + selected_ids)
        return self.entity_values(
            "person",
            [(row["person_id"], row["person__slug"], row["count"]) for row in rows],
            labels,
            details,
            counted,
        )

    def count_organisations(self, ids, counted):
        rows = list(
            OrganisationMention.objects.filter(InIds("article_id", ids))
            .values("organisation_id", "organisation__slug", "organisation__name", "organisation__acronym")
            .annotate(count=Count("article_id", distinct=True))
            .order_by("-count", "organisation__name", "organisation_id")[: self.values_shown]
        )
        labels = {row["organisation_id"]: row["organisation__name"] for row in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("organisation")})
        details = {row["organisation_id"]: row["organisation__acronym"] for row in rows}
        return self.entity_values(
            "organisation",
            [(row["organisation_id"], row["organisation__slug"], row["count"]) for row in rows],
            labels,
            details,
            counted,
        )

    def count_places(self, ids, counted):
        rows = list(
            PlaceMention.objects.filter(InIds("article_id", ids))
            .values("place_id", "place__slug", "place__name")
            .annotate(count=Count("article_id", distinct=True))
            .order_by("-count", "place__name", "place_id")[: self.values_shown]
        )
        labels = {row["place_id"]: row["place__name"] for row in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("place")})
        return self.entity_values(
            "place",
            [(row["place_id"], row["place__slug"], row["count"]) for row in rows],
            labels,
            None,
            counted,
        )

    def count_meetings(self, ids, counted):
        rows = list(
            MeetingReport.objects.filter(InIds("article_id", ids))
            .values("meeting_id")
            .annotate(count=Count("article_id", distinct=True))
            .order_by("-count", "-meeting__date", "meeting_id")[: self.values_shown]
        )
        meeting_ids = [row["meeting_id"] for row in rows] + [m.pk for m in self.filterset.selected("meeting")]
        meetings = (
            {
                meeting.pk: meeting
                for meeting in Meeting.objects.filter(pk__in=meeting_ids).prefetch_related("participants")
            }
            if meeting_ids
            else {}
        )
        labels = {pk: str(meeting) for pk, meeting in meetings.items()}
        details = {
            pk: (meeting.date.isoformat() if meeting.date else "date unknown")
            + ("" if meeting.status == Meeting.Status.HELD else f" · {meeting.get_status_display().lower()}")
            for pk, meeting in meetings.items()
        }
        return self.entity_values(
            "meeting", [(row["meeting_id"], None, row["count"]) for row in rows], labels, details, counted
        )

    def count_tags(self, ids, counted):
        rows = list(
            TaggedItem.objects.filter(
                InIds("object_id", ids), content_type__app_label="articles", content_type__model="article"
            )
            .values("tag_id", "tag__slug", "tag__name")
            .annotate(count=Count("object_id", distinct=True))
            .order_by("-count", "tag__name", "tag_id")[: self.values_shown]
        )
        labels = {row["tag_id"]: row["tag__name"] for row in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("tag")})
        return self.entity_values(
            "tag", [(row["tag_id"], row["tag__slug"], row["count"]) for row in rows], labels, None, counted
        )

    def count_languages(self, ids, counted):
        selected = set(self.filterset.selected("language"))
        rows = (
            Article.objects.with_ids(ids)
            .values("language")
            .annotate(count=Count("pk"))
            .order_by("-count", "language")
        )
        labels = dict(Language.choices)
        values = [
            FacetValue(
                row["language"],
                labels.get(row["language"], row["language"]),
                row["count"],
                selected=row["language"] in selected,
                params={"language": row["language"]},
            )
            for row in rows
        ]
        listed = {value.value for value in values}
        values += [
            FacetValue(code, labels.get(code, code), 0, selected=True, params={"language": code})
            for code in sorted(selected - listed)
        ]
        return values

    def count_dates(self, ids, counted):
        """Years, or the months of one year when the range lies within it; and the undated.

        The dates are those ``date_of`` names: the articles' own (one grouped query), or also
        (or only) those of the meetings they report, where an article counts once per year and
        month it has a date in.
        """
        if self.filterset.date_of == DATE_OF_PUBLISHED:
            years, months, undated = self.published_periods(ids)
        else:
            years, months, undated = self.event_periods(ids, self.filterset.date_of == DATE_OF_EITHER)
        return self.date_values(years, months, undated)

    def published_periods(self, ids):
        rows = (
            Article.objects.with_ids(ids)
            .annotate(year=ExtractYear("published"), month=ExtractMonth("published"))
            .values("year", "month", "published_precision")
            .annotate(count=Count("pk"))
            .order_by()
        )
        years, months, undated = {}, {}, 0
        for row in rows:
            if row["year"] is None:
                undated += row["count"]
                continue
            years[row["year"]] = years.get(row["year"], 0) + row["count"]
            if row["published_precision"] != DatePrecision.YEAR:  # a year-only date is in no month
                key = (row["year"], row["month"])
                months[key] = months.get(key, 0) + row["count"]
        return years, months, undated

    def event_periods(self, ids, with_published):
        """Like ``published_periods``, from the dates of reported meetings (and the articles' own)."""
        periods = {}  # article id -> {(year, month or None)}
        if with_published:
            rows = (
                Article.objects.with_ids(ids)
                .filter(published__isnull=False)
                .values_list("pk", "published", "published_precision")
            )
            for pk, published, precision in rows:
                month = None if precision == DatePrecision.YEAR else published.month
                periods.setdefault(pk, set()).add((published.year, month))
        reports = (
            MeetingReport.objects.filter(InIds("article_id", ids), meeting__date__isnull=False)
            .values_list("article_id", "meeting__date")
            .distinct()
        )
        for article_id, date in reports:
            periods.setdefault(article_id, set()).add((date.year, date.month))
        years, months = {}, {}
        for found in periods.values():
            for year in {year for year, _ in found}:
                years[year] = years.get(year, 0) + 1
            for key in {(year, month) for year, month in found if month is not None}:
                months[key] = months.get(key, 0) + 1
        return years, months, len(ids) - len(periods)

    def date_values(self, years, months, undated):
        start, end = self.filterset.cleaned.get("date_from"), self.filterset.cleaned.get("date_to")
        values = []
        if start and end and start.year == end.year:
            year = start.year
            for month in range(1, 13):
                count = months.get((year, month), 0)
                first, last = month_bounds(year, month)
                if count or (first, last) == (start, end):
                    values.append(
                        FacetValue(
                            f"{year}-{month:02d}",
                            month_label(year, month),
                            count,
                            selected=(first, last) == (start, end),
                            params={"date_from": first.isoformat(), "date_to": last.isoformat()},
                        )
                    )
        else:
            for year in sorted(years, reverse=True):
                first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
                values.append(
                    FacetValue(
                        str(year),
                        str(year),
                        years[year],
                        selected=(first, last) == (start, end),
                        params={"date_from": first.isoformat(), "date_to": last.isoformat()},
                    )
                )
        is_undated = bool(self.filterset.cleaned.get("undated"))
        if undated or is_undated:
            values.append(
                FacetValue("undated", gettext("Undated"), undated, selected=is_undated, params={"undated": "1"})
            )
        return values
