"""Limits and fixed values of the public search, in one place."""

from django.utils.translation import gettext_lazy as _

# The query box: longer queries are refused with a message, not truncated.
MAX_QUERY_CHARS = 300
MAX_QUERY_TERMS = 24
# The longest alias (in words) the entity-aware search looks for in a query.
MAX_ALIAS_WORDS = 6

# Only the start of a long body is indexed (both databases: PostgreSQL's
# generated column and the SQLite index cut at the same length). Articles are
# a few kB; the cap keeps a pathological body from overflowing a tsvector.
INDEXED_BODY_CHARS = 60_000

# Results.
RESULTS_PER_PAGE = 20
# ``per_page`` on the search and the index pages.
MIN_PER_PAGE = 10
MAX_PER_PAGE = 100
# Snippets are cut from the first SNIPPET_SOURCE_CHARS of a body only.
SNIPPET_SOURCE_CHARS = 6_000
SNIPPET_CHARS = 280
# Private-use characters that mark highlighted words until the snippet is
# escaped; they are removed from the text first, so a body cannot forge them.
MARK_START = "\ue000"
MARK_END = "\ue001"

# Facets.
FACET_VALUES_SHOWN = 12
# Facets whose values a "more" page lists in full (/search/facets/<name>/), a page at a time.
FACETS_WITH_MORE = ("person", "organisation", "meeting", "place", "tag")
FACET_MORE_PER_PAGE = 100
# At most this many values per repeatable parameter (person=…&person=…).
MAX_SELECTED_PER_FILTER = 10
# Counts and facets are decided by rows, never by time, so that the same URL gives the same
# answer on an idle and on a loaded machine. Up to EXACT_COUNT_LIMIT matching articles, the
# count and every facet are exact; beyond it they are estimated from a fixed sample (the
# articles whose id is a multiple of SAMPLE_MODULUS, a spread over the whole archive) and
# marked "about". The unfiltered archive and single-filter states (one language, undated)
# are counted from the pre-aggregated summary (``summary.py``) while it is fresh.
# 10,000, the rank budget: the ids read for ranking are then the whole exact result. Exact
# facets over 88,000 matches took 23 s a search at 200,000 articles on this machine under load
# (docs/performance.md), so issue 14's 100,000 is not the limit yet.
EXACT_COUNT_LIMIT = 10_000
SAMPLE_MODULUS = 64
# The exact count is attempted when the sample's estimate is at most this many times
# EXACT_COUNT_LIMIT (the sample of 10,000 matches has ~156 articles: its error is ~8 %).
EXACT_COUNT_MARGIN = 1.25
# Estimates are shown to this many significant figures: the count ("about 442,000") and each
# facet value ("about 6,400": a value the sample saw 100 times is known to ±10 %).
COUNT_ESTIMATE_FIGURES = 3
FACET_ESTIMATE_FIGURES = 2
# A broad word with narrow filters is answered from the narrow side: when the filters
# other than the query match at most this many articles, the query is checked on those alone.
NARROW_SIDE_LIMIT = 20_000
# A query matching more articles than this is ranked among the most recently
# added RANK_BUDGET of them (the rest follow, most recently added first), and
# the page says so: ranking every match of a broad query costs seconds at a
# million articles.
RANK_BUDGET = 10_000
# Role titles that make a person a minister in the person facet (checked
# case-insensitively, as data per language).
MINISTER_TITLE_WORDS = ("minister", "मंत्री")

# Downloads and feeds.
CSV_MAX_ROWS = 10_000
FEED_ITEMS = 50

# Sort orders of the search.
SORT_RELEVANCE = "relevance"
SORT_NEWEST = "newest"
SORT_OLDEST = "oldest"
SORT_ADDED = "added"  # most recently added to the archive first: the Atom feed's default
SORT_CHOICES = [
    (SORT_RELEVANCE, _("Relevance")),
    (SORT_NEWEST, _("Newest first")),
    (SORT_OLDEST, _("Oldest first")),
    (SORT_ADDED, _("Recently added")),
]

# Which date a date filter and the date facet read (``date_of``): the article's own, the dates
# of the meetings it reports, or either (the default).
DATE_OF_PUBLISHED = "published"
DATE_OF_EVENT = "event"
DATE_OF_EITHER = "either"
DATE_OF_CHOICES = [
    (DATE_OF_EITHER, _("Published or meeting")),
    (DATE_OF_PUBLISHED, _("Published")),
    (DATE_OF_EVENT, _("Date of meeting")),
]

# Output formats of the search (the HTML page when absent).
FORMAT_HTML = "html"
FORMAT_JSON = "json"
FORMAT_CSV = "csv"
FORMAT_ATOM = "atom"
FORMAT_CHOICES = [
    (FORMAT_HTML, "HTML"),
    (FORMAT_JSON, "JSON"),
    (FORMAT_CSV, "CSV"),
    (FORMAT_ATOM, "Atom feed"),
]
