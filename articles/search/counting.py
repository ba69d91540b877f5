"""How many articles a search matches, and which: decided by rows read, never by time.

The same URL gives the same count, the same facet counts and the same marks on an idle and on a
loaded machine, because nothing here depends on how long a statement took:

- up to ``RANK_BUDGET`` matches, the ids read for ranking are the whole result;
- beyond it, the fixed sample (the matching articles whose id is a multiple of
  ``SAMPLE_MODULUS``, spread over the whole archive; PostgreSQL reads it from a partial
  full-text index, SQLite from the index's scan) gives an estimate; when that estimate is
  within reach of ``EXACT_COUNT_LIMIT`` the ids are read exactly, at most
  ``EXACT_COUNT_LIMIT + 1`` of them;
- otherwise the count is the estimate, marked "about", and facets are counted on the sample
  and scaled (``facets.py``).

``SearchPlan`` also answers a broad query with narrow filters from the narrow side: the articles
the entity filters select (people, organisations, places, meetings, tags) are read first, and the
query is checked on those alone, so that a word in half the archive costs what the filters
select, not what the word matches.
"""

from functools import cached_property

from ..models import Article
from .constants import (
    EXACT_COUNT_LIMIT,
    EXACT_COUNT_MARGIN,
    NARROW_SIDE_LIMIT,
    RANK_BUDGET,
    SAMPLE_MODULUS,
)

# Filters that every facet's base keeps (only language and date leave out their own).
ENTITY_FILTERS = ("person", "organisation", "place", "meeting", "tag")
PROBE = RANK_BUDGET + 1


def significant(number, figures):
    """``number`` rounded to ``figures`` significant figures (441,889 → 441,900 with 4)."""
    if number <= 0:
        return 0
    digits = len(str(int(number)))
    step = 10 ** max(0, digits - figures)
    return int(round(number / step) * step)


class SearchPlan:
    """The querysets of one search: its result, and each facet's base (the result without some
    filters), narrowed from the entity side when that side is small."""

    def __init__(self, filterset):
        self.filterset = filterset

    @cached_property
    def narrowed_ids(self):
        """Ids of the articles that match the query and every entity filter, found from the entity
        side, when that side has at most ``NARROW_SIDE_LIMIT`` articles; else None."""
        filterset = self.filterset
        if not filterset.resolved_query or not any(filterset.selected(name) for name in ENTITY_FILTERS):
            return None
        others = [name for name in filterset.filters if name not in ENTITY_FILTERS]
        narrow = filterset.filter_queryset(filterset.queryset, exclude=others).order_by()
        candidates = list(narrow.values_list("pk", flat=True)[: NARROW_SIDE_LIMIT + 1])
        if len(candidates) > NARROW_SIDE_LIMIT:
            return None
        if not candidates:
            return []
        within = [name for name in filterset.filters if name != "q"]
        matching = filterset.filter_queryset(Article.objects.with_ids(candidates), exclude=within, within=candidates)
        return list(matching.order_by().values_list("pk", flat=True))

    def queryset(self, exclude=(), sample=None):
        """The articles matching every filter but those in ``exclude`` (order cleared)."""
        filterset = self.filterset
        if self.narrowed_ids is not None and "q" not in exclude:
            done = {"q", *ENTITY_FILTERS}
            queryset = filterset.filter_queryset(
                Article.objects.with_ids(self.narrowed_ids),
                exclude={*exclude, *done},
                within=self.narrowed_ids,
            )
            return (queryset.in_sample(sample) if sample else queryset).order_by()
        return filterset.filter_queryset(filterset.queryset, exclude=exclude, sample=sample).order_by()


class MatchSet:
    """The articles of one queryset: how many (exact, or an estimate), and their ids (all of them,
    or the sample's when estimated, each standing for ``scale`` articles)."""

    def __init__(
        self,
        build,
        probe=None,
        *,
        probe_size=PROBE,
        exact_limit=EXACT_COUNT_LIMIT,
        modulus=SAMPLE_MODULUS,
    ):
        self.build = build  # callable(sample=None) -> queryset
        self._probe = probe  # callable(limit) -> ids: the search's latest ids, read for ranking anyway
        self.probe_size = min(probe_size, exact_limit + 1)
        self.exact_limit = exact_limit
        self.modulus = modulus

    @cached_property
    def _resolved(self):
        size = self.probe_size
        probe = self._probe(size) if self._probe is not None else list(self.build().values_list("pk", flat=True)[:size])
        if len(probe) < size:
            return len(probe), False, list(probe), 1
        sample = list(self.build(sample=self.modulus).values_list("pk", flat=True))
        estimate = len(sample) * self.modulus
        if estimate <= self.exact_limit * EXACT_COUNT_MARGIN:
            ids = list(self.build().values_list("pk", flat=True)[: self.exact_limit + 1])
            if len(ids) <= self.exact_limit:
                return len(ids), False, ids, 1
        return max(estimate, self.exact_limit + 1), True, sample, self.modulus

    @property
    def count(self):
        return self._resolved[0]

    @property
    def estimated(self):
        return self._resolved[1]

    @property
    def ids(self):
        """Every matching id, or the sample's ids when the count is an estimate."""
        return self._resolved[2]

    @property
    def scale(self):
        return self._resolved[3]
