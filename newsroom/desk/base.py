"""What every admin of the archive desk shares.

``DeskModelAdmin`` keeps history (django-simple-history), counts big lists
with estimates (``pagination``), never computes facet counts, draws the date
hierarchy without scanning the table, and refuses history reverts to users
who may only view. ``mark_reviewed`` is the desk's action for records the
importer created.
"""

import datetime

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.forms.models import BaseInlineFormSet
from django.utils import formats, timezone
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin
from simple_history.utils import bulk_update_with_history

from newsroom.history import record_history

from .filters import AutocompleteFilterMediaMixin, refuse
from .history import CompleteHistoryMixin
from .pagination import EstimatedCountPaginator

MARK_REVIEWED_BATCH = 1000
# Above this many years between the first and last dates, the date drill-down
# lists only the years that have rows (one index look-up each), at most
# YEARS_LISTED of them: a placeholder 9999-12-31 beside real 2014 dates would
# otherwise be 7,986 links.
YEARS_SPANNED = 30
YEARS_LISTED = 60


class ParentInlineFormSet(BaseInlineFormSet):
    """An inline formset whose rows know their parent object, not just its id.

    A tabular inline prints each row's ``str()``, which often names the
    parent (a meeting report is "article → meeting"): with only the id set,
    that is a query per row.
    """

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        setattr(form.instance, self.fk.name, self.instance)
        return form


def date_hierarchy_parts(request, field_name, params):
    """(year, month, day) of the date drill-down's parameters as ints (or None); refuses bad ones.

    Django's own parsing gives a 500 for a month without a year, for the
    last year of the calendar and for years ``datetime`` cannot hold.
    """
    names = {part: f"{field_name}__{part}" for part in ("year", "month", "day")}
    raw = {part: params.get(name) for part, name in names.items()}
    raw = {part: value[-1] if isinstance(value, list) else value for part, value in raw.items()}
    limits = {"year": (1, 9999), "month": (1, 12), "day": (1, 31)}
    parts = {}
    for part, value in raw.items():
        if value is None:
            parts[part] = None
            continue
        low, high = limits[part]
        text = str(value).strip()
        if not (text.isascii() and text.isdigit() and low <= int(text) <= high):
            raise refuse(
                request, f"{names[part]}={value!r}", f"The date filter needs a {part} from {low} to {high}, not “{value}”."
            )
        parts[part] = int(text)
    if parts["month"] is not None and parts["year"] is None:
        raise refuse(request, names["month"], "The date filter needs a year before a month.")
    if parts["day"] is not None and (parts["year"] is None or parts["month"] is None):
        raise refuse(request, names["day"], "The date filter needs a year and a month before a day.")
    if parts["day"] is not None:
        try:
            datetime.date(parts["year"], parts["month"], parts["day"])
        except ValueError:
            raise refuse(
                request,
                names["day"],
                f"The date filter asks for a day that does not exist: there is no {parts['day']} in "
                f"{datetime.date(parts['year'], parts['month'], 1):%B %Y}.",
            ) from None
    return parts["year"], parts["month"], parts["day"]


def date_bounds(year, month, day):
    """First and last day (inclusive) of the drill-down's year, month or day."""
    if day is not None:
        first = last = datetime.date(year, month, day)
    elif month is not None:
        first = datetime.date(year, month, 1)
        last = (
            datetime.date(year, 12, 31)
            if month == 12
            else datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
        )
    else:
        first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return first, last


class DeskChangeList(ChangeList):
    def get_filters(self, request):
        """Django's filters, with the date drill-down's bounds computed here (see ``date_hierarchy_parts``)."""
        if not self.date_hierarchy:
            return super().get_filters(request)
        year, month, day = date_hierarchy_parts(request, self.date_hierarchy, self.filter_params)
        keys = [f"{self.date_hierarchy}__{part}" for part in ("year", "month", "day")]
        saved = {key: self.filter_params.pop(key) for key in keys if key in self.filter_params}
        try:
            filters = super().get_filters(request)
        finally:
            self.filter_params.update(saved)
        if year is not None:
            first, last = date_bounds(year, month, day)
            filters[2].update({f"{self.date_hierarchy}__gte": [first], f"{self.date_hierarchy}__lte": [last]})
        return filters

    def get_results(self, request):
        super().get_results(request)
        rows = list(self.result_list)
        paginator = self.paginator
        if getattr(paginator, "clamped_from", None):
            self.page_num = paginator.num_pages
            limit = paginator.num_pages * self.list_per_page
            messages.info(
                request,
                f"A list this long can be paged through its first {limit:,} entries: filter or search to "
                "narrow it, or sort by a column the other way round to see its other end.",
            )
        if getattr(paginator, "count_is_estimate", False) and len(rows) < self.list_per_page:
            # The last page, and shorter than a page: the estimate was off.
            first = 0 if not self.multi_page else (self.page_num - 1) * self.list_per_page
            if rows or first == 0:
                paginator.correct_count(first + len(rows))
                self.result_count = paginator.count
                self.multi_page = self.result_count > self.list_per_page
                self.can_show_all = self.result_count <= self.list_max_show_all
        self.result_list = self.model_admin.decorate_page(rows)

    def date_hierarchy_bounds(self, *, top=False):
        """First and last date of the list; at the top level of a huge list, of the whole table.

        ``MIN``/``MAX`` under a broad filter walk the date index until a row
        passes the filter; for a list the planner counts in hundreds of
        thousands, the table's own bounds (two index look-ups) serve as well.
        """
        field_name = self.date_hierarchy
        huge = top and getattr(self.paginator, "count_is_estimate", False)
        queryset = self.root_queryset if huge else self.queryset
        return queryset.aggregate(first=models.Min(field_name), last=models.Max(field_name))

    def years_with_rows(self, first, last, *, top=False):
        """The years of the drill-down, newest first: every year of a short span, else those with rows."""
        if last.year - first.year <= YEARS_SPANNED:
            return list(range(last.year, first.year - 1, -1))
        field_name = self.date_hierarchy
        huge = top and getattr(self.paginator, "count_is_estimate", False)
        queryset = (self.root_queryset if huge else self.queryset).order_by()
        years, current = [], first
        while current is not None and len(years) < YEARS_LISTED:
            years.append(current.year)
            if current.year >= last.year:
                break
            later = {f"{field_name}__gte": datetime.date(current.year + 1, 1, 1)}
            current = queryset.filter(**later).aggregate(first=models.Min(field_name))["first"]
        return years[::-1]

    def date_hierarchy_choices(self):
        """The date drill-down, from the first and last dates only.

        Django's own lists the years and months that have rows with a
        ``SELECT DISTINCT`` over every matching row; on a million articles
        that is a full scan per page view. Here years and months come from
        ``MIN``/``MAX`` (two index look-ups); the days of one month, a small
        set, are still listed as they occur.
        """
        field_name = self.date_hierarchy
        params = {key: self.params.get(f"{field_name}__{key}") for key in ("year", "month", "day")}

        def link(**lookups):
            return self.get_query_string(
                {f"{field_name}__{key}": value for key, value in lookups.items()}, [f"{field_name}__"]
            )

        year, month, day = params["year"], params["month"], params["day"]
        if not (year or month or day):
            bounds = self.date_hierarchy_bounds(top=True)
            if not (bounds["first"] and bounds["last"]):
                return {"show": False}
            if bounds["first"].year != bounds["last"].year:
                return {
                    "show": True,
                    "back": None,
                    "choices": [
                        {"link": link(year=str(y)), "title": str(y)}
                        for y in self.years_with_rows(bounds["first"], bounds["last"], top=True)
                    ],
                }
            year = bounds["first"].year
            if bounds["first"].month == bounds["last"].month:
                month = bounds["first"].month
        year = int(year)
        if month and day:
            try:
                date = datetime.date(year, int(month), int(day))
            except ValueError:  # e.g. day=31 in a 30-day month: the list is empty anyway
                return {"show": False}
            return {
                "show": True,
                "back": {
                    "link": link(year=year, month=month),
                    "title": capfirst(formats.date_format(date, "YEAR_MONTH_FORMAT")),
                },
                "choices": [{"title": capfirst(formats.date_format(date, "MONTH_DAY_FORMAT"))}],
            }
        if month:
            days = self.queryset.dates(field_name, "day")
            return {
                "show": True,
                "back": {"link": link(year=year), "title": str(year)},
                "choices": [
                    {
                        "link": link(year=year, month=month, day=d.day),
                        "title": capfirst(formats.date_format(d, "MONTH_DAY_FORMAT")),
                    }
                    for d in days
                ],
            }
        bounds = self.date_hierarchy_bounds()
        if not (bounds["first"] and bounds["last"]):
            return {"show": True, "back": {"link": link(), "title": "All dates"}, "choices": []}
        return {
            "show": True,
            "back": {"link": link(), "title": "All dates"},
            "choices": [
                {
                    "link": link(year=year, month=m),
                    "title": capfirst(formats.date_format(datetime.date(year, m, 1), "YEAR_MONTH_FORMAT")),
                }
                for m in range(bounds["first"].month, bounds["last"].month + 1)
            ],
        }


class EditorLinksMixin:
    """Rows an editor adds or edits in an inline become editor rows (``origin="editor"``).

    Re-extraction replaces only what the extractor made, so the desk's
    corrections survive it.
    """

    editor_origin = "editor"

    def save_formset(self, request, form, formset, change):
        # Every row an editor adds, changes or deletes is in its history (links
        # too: their history is written only for the desk, see DeskHistory).
        instances = formset.save(commit=False)
        for obj in formset.deleted_objects:
            record_history(obj, request.user).delete()
        for instance in instances:
            if hasattr(instance, "origin"):
                instance.origin = self.editor_origin
            record_history(instance, request.user).save()
        formset.save_m2m()


class DeskModelAdmin(CompleteHistoryMixin, AutocompleteFilterMediaMixin, SimpleHistoryAdmin):
    paginator = EstimatedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER
    list_per_page = 50
    change_list_template = "admin/desk_change_list.html"

    def get_changelist(self, request, **kwargs):
        return DeskChangeList

    def get_changelist_instance(self, request):
        # Django answers parameters it cannot use with the whole list (?e=1) and
        # no word of why; say which ones, unless a filter already said more.
        try:
            return super().get_changelist_instance(request)
        except IncorrectLookupParameters:
            if not getattr(request, "desk_refused", False):
                query = request.GET.urlencode()
                messages.error(
                    request, f"The list could not use these parameters: {query}. Showing the whole list."
                )
            raise

    def decorate_page(self, rows):
        """Add per-row figures to one changelist page, in a few queries for the whole page.

        Counting in the page's query instead would count for every row an
        ``OFFSET`` skips too.
        """
        return rows

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # simple-history lets anyone who may view an object's history POST a
        # revert; only those who may change the object may.
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def mark_rows_reviewed(queryset, *, user=None, reason="Marked reviewed"):
    """Set ``reviewed`` on every row of ``queryset`` not yet reviewed, with history.

    Returns the number of rows marked.
    """
    model = queryset.model
    pks = list(queryset.filter(reviewed=False).order_by().values_list("pk", flat=True))
    now = timezone.now()
    fields = ["reviewed"] + (
        ["updated_at"] if any(f.name == "updated_at" for f in model._meta.fields) else []
    )
    with transaction.atomic():
        for start in range(0, len(pks), MARK_REVIEWED_BATCH):
            batch = pks[start : start + MARK_REVIEWED_BATCH]
            rows = list(model._default_manager.filter(pk__in=batch))
            for row in rows:
                row.reviewed = True
                row.updated_at = now
            bulk_update_with_history(rows, model, fields, default_user=user, default_change_reason=reason)
    return len(pks)


@admin.action(description="Mark selected %(verbose_name_plural)s as reviewed", permissions=["change"])
def mark_reviewed(modeladmin, request, queryset):
    count = mark_rows_reviewed(queryset, user=request.user)
    opts = modeladmin.model._meta
    name = opts.verbose_name if count == 1 else opts.verbose_name_plural
    modeladmin.message_user(request, f"Marked {count} {name} as reviewed.", messages.SUCCESS)
