"""Counting big lists without a full ``COUNT(*)``, for the admin's changelists.

On PostgreSQL, counting a million rows means reading them all. A changelist
only needs the number to draw its pager, so ``EstimatedCountPaginator``:

* for a whole table, takes ``pg_class.reltuples`` (kept by ANALYZE and
  autovacuum);
* for a filtered or searched list, asks the planner (``EXPLAIN``): if it
  expects far more rows than ``EXACT_COUNT_LIMIT``, that estimate is the
  count; otherwise it counts exactly, reading at most ``EXACT_COUNT_LIMIT +
  1`` rows, and only beyond that falls back to the estimate.

Small results are therefore always exact and big ones are "about N". The
changelist corrects an estimate when a page comes back short (see
``DeskChangeList``). On SQLite (small archives, no estimates) the count is
exact.

A list with an estimated count can be paged through its first
``EXACT_COUNT_LIMIT`` rows: page 20,000 of a million articles is an
``OFFSET`` of a million rows, seconds of work for a page nobody reads. Its
other end is one click away (sort by the column the other way round), and
filters and search narrow it. A page number past the limit shows the last
browsable page.
"""

import json

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

# Results up to this size are counted exactly; beyond it the planner estimates.
EXACT_COUNT_LIMIT = 10_000
# A list the planner expects to be this many times bigger is not counted at all.
ESTIMATE_TRUST_FACTOR = 10


def table_row_estimate(model, using):
    """The planner's row count of ``model``'s table (None if never analysed)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
            [connections[using].ops.quote_name(model._meta.db_table)],
        )
        row = cursor.fetchone()
    if row is None or row[0] < 0:  # -1: the table was never vacuumed or analysed
        return None
    return int(row[0])


def query_row_estimate(queryset):
    """The planner's estimate of how many rows ``queryset`` returns."""
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # a condition that can match nothing (a search of stop words only)
        return 0
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def bounded_count(queryset, limit):
    """``min(count, limit + 1)``: reads at most ``limit + 1`` rows."""
    return queryset.order_by().values("pk")[: limit + 1].count()


def is_whole_table(queryset):
    query = queryset.query
    return not query.where and not query.combinator and not query.distinct and len(query.alias_map) <= 1


class EstimatedCountPaginator(Paginator):
    """A ``Paginator`` whose count is exact for small lists, estimated for big ones.

    ``count_is_estimate`` tells templates to say "about".
    """

    exact_count_limit = EXACT_COUNT_LIMIT

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_is_estimate = False
        self.clamped_from = None

    @cached_property
    def count(self):
        queryset = self.object_list
        if not isinstance(queryset, QuerySet) or connections[queryset.db].vendor != "postgresql":
            return super().count
        if is_whole_table(queryset):
            estimate = table_row_estimate(queryset.model, queryset.db)
            if estimate is not None and estimate > self.exact_count_limit:
                self.count_is_estimate = True
                return estimate
        estimate = query_row_estimate(queryset)
        if estimate > self.exact_count_limit * ESTIMATE_TRUST_FACTOR:
            self.count_is_estimate = True
            return estimate
        counted = bounded_count(queryset, self.exact_count_limit)
        if counted <= self.exact_count_limit:
            return counted
        self.count_is_estimate = True
        # The planner guessed low for a list we know is longer than the limit.
        return max(estimate, counted)

    @cached_property
    def num_pages(self):
        pages = super().num_pages
        if self.count_is_estimate:
            return min(pages, max(1, self.exact_count_limit // self.per_page))
        return pages

    def validate_number(self, number):
        """Like ``Paginator``'s, but a page past the browsable ones is the last browsable one."""
        self.clamped_from = None
        try:
            return super().validate_number(number)
        except EmptyPage:
            if not self.count_is_estimate or int(number) < 1:
                raise
            self.clamped_from = int(number)
            return self.num_pages

    def correct_count(self, count):
        """A page came back short: the list has exactly ``count`` rows."""
        self.__dict__["count"] = count
        self.__dict__.pop("num_pages", None)
        self.count_is_estimate = False
