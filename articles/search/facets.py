"""Facet counts: how many of the matching articles have each value.

Each facet is counted on the articles that match every OTHER selected
filter:

- people, organisations, meetings, places and tags are many-valued and
  combine with AND, so every selected filter applies, the facet's own
  included: the count next to a person is the number of results you get by
  adding that person;
- language and date are single-valued: their own selection is left out, so
  the other languages, years and months stay visible with their counts.

Counts are decided by rows, never by time (``counting.py``): a facet whose base has at most
``EXACT_COUNT_LIMIT`` articles is counted exactly on all of them; a larger one is counted on the
fixed sample of its base and scaled, each count marked as an estimate ("about"); the unfiltered
archive and single-filter states are read from the pre-aggregated summary (``summary.py``) while
it is fresh. At most ``FACET_VALUES_SHOWN`` values are listed per facet (selected values always
are). The same URL gives the same counts and marks on an idle and on a loaded machine.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.formats import date_format
from django.utils.translation import gettext
from taggit.models import TaggedItem

from people.models import Meeting, Organisation, Person, Place, Role

from ..constants import DatePrecision, Language
from ..filters import DATE_FILTERS, month_bounds
from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention

from . import summary
from .backends import InIds
from .constants import (
    COUNT_ESTIMATE_FIGURES,
    DATE_OF_EITHER,
    DATE_OF_PUBLISHED,
    FACET_ESTIMATE_FIGURES,
    FACET_VALUES_SHOWN,
    FACETS_WITH_MORE,
)
from .counting import MatchSet, significant
from .summary import minister_condition

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
    estimated: bool = False  # the count is an estimate from the sample


@dataclass
class Base:
    """The articles a facet counts: every id, or the sample's ids (each standing for ``scale``
    articles), or a scope of the pre-aggregated summary."""

    ids: list = field(default_factory=list)
    matching: int = 0
    estimated: bool = False
    scale: int = 1
    scope: str | None = None

    def scaled(self, count):
        return significant(count * self.scale, FACET_ESTIMATE_FIGURES) if self.estimated else count


@dataclass
class Facet:
    name: str  # the URL parameter
    label: str
    values: list
    counted: int = 0  # articles the counts are taken from (the sample's size when estimated)
    matching: int = 0  # articles in the facet's base (an estimate when ``estimated``)
    estimated: bool = False
    more: bool = False  # the list was cut at the number of values shown: a "more" page lists all
    more_url: str = ""  # set by the view

    @property
    def partial(self):
        return self.estimated

    @property
    def note(self):
        if self.estimated:
            return gettext(
                "Estimated counts: from a sample of %(counted)s of about %(matching)s matching articles."
            ) % {
                "counted": f"{self.counted:,}",
                # Rounded as the result count is ("about 45,700 articles"), not the raw scaled figure.
                "matching": f"{significant(self.matching, COUNT_ESTIMATE_FIGURES):,}",
            }
        return ""


@dataclass
class FacetSpec:
    name: str
    label: str
    exclusive: bool  # single-valued: counted without its own filter
    count: object  # callable(ids) -> list of FacetValue


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

    Each facet's base (the articles it counts) is resolved once (``Base``): the summary's scope,
    or a list of ids — every matching id, or the sample's — which every facet query of that base
    gets as one parameter, so the full-text match and the filters are evaluated once per base,
    not once per facet.
    """

    def __init__(
        self, filterset, plan, result, *, match_set=MatchSet, values_shown=FACET_VALUES_SHOWN, summary_fresh=None
    ):
        self.filterset = filterset
        self.match_set = match_set  # how a base's MatchSet is made (the search's limits)
        self.plan = plan  # counting.SearchPlan
        self.result = result  # the search's own MatchSet (the base of non-exclusive facets)
        self.values_shown = values_shown
        self._summary_fresh = summary_fresh
        self._bases = {}
        self.specs = [
            FacetSpec("person", gettext("People"), False, self.count_people),
            FacetSpec("organisation", gettext("Organisations"), False, self.count_organisations),
            FacetSpec("date", gettext("Date"), True, self.count_dates),
            FacetSpec("language", gettext("Language"), True, self.count_languages),
            FacetSpec("meeting", gettext("Meetings"), False, self.count_meetings),
            FacetSpec("place", gettext("Places"), False, self.count_places),
            FacetSpec("tag", gettext("Tags"), False, self.count_tags),
        ]

    # -- the bases ------------------------------------------------------------------

    def own_filters(self, spec):
        return DATE_FILTERS if spec.name == "date" else (spec.name,)

    def base_key(self, spec):
        """Which filters the facet leaves out: () for the result set itself."""
        if spec.exclusive and any(self.filterset.selected(name) for name in self.own_filters(spec)):
            return self.own_filters(spec)
        return ()

    @cached_property
    def summary_fresh(self):
        """Whether the summary may be read: ``summary_fresh`` (a callable, the search's answer) or
        one query of its own."""
        if self._summary_fresh is not None:
            return self._summary_fresh()
        return summary.is_fresh(Article.objects.db)

    def base(self, spec):
        key = self.base_key(spec)
        if key not in self._bases:
            scope = summary.scope_of(self.filterset, exclude=key)
            if scope is not None and self.summary_fresh:
                self._bases[key] = Base(matching=summary.article_count(scope), scope=scope)
            else:
                found = self.result if not key else self.match_set(
                    lambda sample=None: self.plan.queryset(exclude=key, sample=sample)
                )
                self._bases[key] = Base(
                    ids=found.ids, matching=found.count, estimated=found.estimated, scale=found.scale
                )
        return self._bases[key]

    def count(self):
        return {spec.name: self.count_one(spec) for spec in self.specs}

    def count_named(self, name):
        """One facet by its name (for its "more" page, with ``values_shown=None``: every value)."""
        return self.count_one(next(spec for spec in self.specs if spec.name == name))

    def count_one(self, spec):
        base = self.base(spec)
        values = spec.count(base) if (base.ids or base.scope is not None) else self.selected_only(spec, 0)
        more = bool(self.values_shown) and spec.name in FACETS_WITH_MORE and len(
            [value for value in values if not value.selected or value.count]
        ) >= self.values_shown
        counted = base.matching if base.scope is not None else len(base.ids)
        return Facet(
            spec.name,
            spec.label,
            values,
            counted=counted,
            matching=base.matching,
            estimated=base.estimated,
            more=more,
        )

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

    def entity_values(self, name, rows, labels, details=None, base=None):
        """FacetValues from ``rows`` of (id, slug, count), selected values always included; counts
        scaled when the base is the sample."""
        base = base or Base()
        selected = {item.pk: item for item in self.filterset.selected(name)}
        values = []
        for entity_id, slug, count in rows:
            value = slug or str(entity_id)
            values.append(
                FacetValue(
                    value,
                    labels.get(entity_id, value),
                    base.scaled(count),
                    selected=entity_id in selected,
                    detail=(details or {}).get(entity_id, ""),
                    params={name: value},
                    spellings=(value, str(entity_id)),
                    estimated=base.estimated,
                )
            )
        listed = {row[0] for row in rows}
        for entity_id, item in selected.items():
            if entity_id not in listed:
                value = self.value_of(item)
                # Every result has a selected entity: its count is the number of matches.
                values.append(
                    FacetValue(
                        value,
                        labels.get(entity_id, str(item)),
                        base.matching,
                        selected=True,
                        detail=(details or {}).get(entity_id, ""),
                        params={name: value},
                        spellings=(value, str(entity_id)),
                        estimated=base.estimated,
                    )
                )
        return values

    def summary_rows(self, base, facet, model, fields):
        """[(id, row values…, count)] of the summary's top values of ``facet``, labels read in one query."""
        counted = [(int(value), count) for value, count in summary.counts(base.scope, facet, self.values_shown)]
        found = {row[0]: row for row in model.objects.filter(pk__in=[pk for pk, _ in counted]).values_list("pk", *fields)}
        return [(*found[pk], count) for pk, count in counted if pk in found]

    def count_people(self, base):
        if base.scope is not None:
            rows = [(pk, slug, name, count) for pk, slug, name, count in self.summary_rows(base, "person", Person, ("slug", "name"))]
        else:
            minister = Exists(Role.objects.filter(minister_condition(), person_id=OuterRef("person_id")))
            rows = [
                (row["person_id"], row["person__slug"], row["person__name"], row["count"])
                for row in PersonMention.objects.filter(InIds("article_id", base.ids))
                .values("person_id", "person__slug", "person__name")
                .annotate(count=Count("article_id", distinct=True), minister=minister)
                .order_by("-minister", "-count", "person__name", "person_id")[: self.values_shown]
            ]
        selected_ids = [person.pk for person in self.filterset.selected("person")]
        labels = {pk: name for pk, _, name, _ in rows}
        labels.update({person.pk: person.name for person in self.filterset.selected("person")})
        details = current_roles([row[0] for row in rows] + selected_ids)
        return self.entity_values("person", [(pk, slug, count) for pk, slug, _, count in rows], labels, details, base)

    def count_organisations(self, base):
        if base.scope is not None:
            rows = self.summary_rows(base, "organisation", Organisation, ("slug", "name", "acronym"))
        else:
            rows = [
                (row["organisation_id"], row["organisation__slug"], row["organisation__name"], row["organisation__acronym"], row["count"])
                for row in OrganisationMention.objects.filter(InIds("article_id", base.ids))
                .values("organisation_id", "organisation__slug", "organisation__name", "organisation__acronym")
                .annotate(count=Count("article_id", distinct=True))
                .order_by("-count", "organisation__name", "organisation_id")[: self.values_shown]
            ]
        labels = {pk: name for pk, _, name, _, _ in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("organisation")})
        details = {pk: acronym for pk, _, _, acronym, _ in rows}
        return self.entity_values(
            "organisation", [(pk, slug, count) for pk, slug, _, _, count in rows], labels, details, base
        )

    def count_places(self, base):
        if base.scope is not None:
            rows = self.summary_rows(base, "place", Place, ("slug", "name"))
        else:
            rows = [
                (row["place_id"], row["place__slug"], row["place__name"], row["count"])
                for row in PlaceMention.objects.filter(InIds("article_id", base.ids))
                .values("place_id", "place__slug", "place__name")
                .annotate(count=Count("article_id", distinct=True))
                .order_by("-count", "place__name", "place_id")[: self.values_shown]
            ]
        labels = {pk: name for pk, _, name, _ in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("place")})
        return self.entity_values("place", [(pk, slug, count) for pk, slug, _, count in rows], labels, None, base)

    def count_meetings(self, base):
        if base.scope is not None:
            counted = [(int(value), count) for value, count in summary.counts(base.scope, "meeting", self.values_shown)]
        else:
            counted = [
                (row["meeting_id"], row["count"])
                for row in MeetingReport.objects.filter(InIds("article_id", base.ids))
                .values("meeting_id")
                .annotate(count=Count("article_id", distinct=True))
                .order_by("-count", "-meeting__date", "meeting_id")[: self.values_shown]
            ]
        meeting_ids = [pk for pk, _ in counted] + [m.pk for m in self.filterset.selected("meeting")]
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
            "meeting", [(pk, None, count) for pk, count in counted if pk in meetings], labels, details, base
        )

    def count_tags(self, base):
        if base.scope is not None:
            rows = self.summary_rows(base, "tag", TaggedItem.tag_model(), ("slug", "name"))
        else:
            rows = [
                (row["tag_id"], row["tag__slug"], row["tag__name"], row["count"])
                for row in TaggedItem.objects.filter(
                    InIds("object_id", base.ids), content_type__app_label="articles", content_type__model="article"
                )
                .values("tag_id", "tag__slug", "tag__name")
                .annotate(count=Count("object_id", distinct=True))
                .order_by("-count", "tag__name", "tag_id")[: self.values_shown]
            ]
        labels = {pk: name for pk, _, name, _ in rows}
        labels.update({item.pk: item.name for item in self.filterset.selected("tag")})
        return self.entity_values("tag", [(pk, slug, count) for pk, slug, _, count in rows], labels, None, base)

    def count_languages(self, base):
        selected = set(self.filterset.selected("language"))
        if base.scope is not None:
            rows = summary.counts(base.scope, "language")
        else:
            rows = [
                (row["language"], row["count"])
                for row in Article.objects.with_ids(base.ids)
                .values("language")
                .annotate(count=Count("pk"))
                .order_by("-count", "language")
            ]
        labels = dict(Language.choices)
        values = [
            FacetValue(
                code,
                labels.get(code, code),
                base.scaled(count),
                selected=code in selected,
                params={"language": code},
                estimated=base.estimated,
            )
            for code, count in rows
        ]
        listed = {value.value for value in values}
        values += [
            FacetValue(code, labels.get(code, code), 0, selected=True, params={"language": code})
            for code in sorted(selected - listed)
        ]
        return values

    def count_dates(self, base):
        """Years, or the months of one year when the range lies within it; and the undated.

        The dates are those ``date_of`` names: the articles' own (one grouped query), or also
        (or only) those of the meetings they report, where an article counts once per year and
        month it has a date in.
        """
        if base.scope is not None:
            years, months, undated = {}, {}, 0
            for value, count in summary.counts(base.scope, f"date.{self.filterset.date_of}"):
                if value == "undated":
                    undated = count
                elif len(value) == 4:
                    years[int(value)] = count
                else:
                    months[(int(value[:4]), int(value[5:]))] = count
        elif self.filterset.date_of == DATE_OF_PUBLISHED:
            years, months, undated = self.published_periods(base.ids)
        else:
            years, months, undated = self.event_periods(base.ids, self.filterset.date_of == DATE_OF_EITHER)
        if base.estimated:
            years = {key: base.scaled(count) for key, count in years.items()}
            months = {key: base.scaled(count) for key, count in months.items()}
            undated = base.scaled(undated)
        return self.date_values(years, months, undated, base.estimated)

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

    def date_values(self, years, months, undated, estimated=False):
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
                            estimated=estimated,
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
                        estimated=estimated,
                    )
                )
        is_undated = bool(self.filterset.cleaned.get("undated"))
        if undated or is_undated:
            values.append(
                FacetValue(
                    "undated",
                    gettext("Undated"),
                    undated,
                    selected=is_undated,
                    params={"undated": "1"},
                    estimated=estimated,
                )
            )
        return values
