"""Searching articles from the admin: the public search, on any database.

The desk searches with the same interface, index and syntax as the public
site (``articles/search``, see docs/search.md): words (stemmed in the
article's language: "मंत्री" finds "मंत्रियों"), "quoted phrases", OR and
-exclusion, and names in any script ("Rajnath Singh" also finds the Hindi
articles that mention him). On PostgreSQL it uses the stored, GIN-indexed
``search_vector``; on SQLite the FTS5 index. A query longer than the public
limit is cut to it rather than refused, so the changelist always answers.
"""

from .search.constants import MAX_QUERY_CHARS
from .search.entities import resolve_query
from .search.query import parse_query


def search_articles(queryset, term):
    """Articles of ``queryset`` that the public search finds for ``term``."""
    query = parse_query((term or "")[:MAX_QUERY_CHARS])
    if not query:
        return queryset
    return queryset.search(resolve_query(query))
