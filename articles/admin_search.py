"""Searching articles from the admin: the public search, on any database.

The desk searches with the same interface, index and syntax as the public
site (``articles/search``, see docs/search.md): words (stemmed in the
article's language: "मंत्री" finds "मंत्रियों"), "quoted phrases", OR and
-exclusion, and names in any script ("Rajnath Singh" also finds the Hindi
articles that mention him). On PostgreSQL it uses the stored, GIN-indexed
``search_vector``; on SQLite the FTS5 index. A query longer than the public
limits (characters, terms) is cut to them rather than refused, so the
changelist always answers, and the desk is told what was searched for.
"""

from .search.constants import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from .search.entities import resolve_query
from .search.query import parse_query


def within_limits(term):
    """(parsed query, notice): ``term`` cut to ``MAX_QUERY_CHARS`` and ``MAX_QUERY_TERMS``."""
    text = (term or "")[:MAX_QUERY_CHARS]
    notices = []
    if len(term or "") > MAX_QUERY_CHARS:
        notices.append(f"the first {MAX_QUERY_CHARS} characters")
    query = parse_query(text)
    if query.term_count > MAX_QUERY_TERMS:
        words = text.split()
        low, high = 0, len(words)  # the longest prefix of words within the limit
        while low < high:
            middle = (low + high + 1) // 2
            if parse_query(" ".join(words[:middle])).term_count <= MAX_QUERY_TERMS:
                low = middle
            else:
                high = middle - 1
        query = parse_query(" ".join(words[:low]))
        notices.append(f"the first {MAX_QUERY_TERMS} terms")
    notice = f"Searched for {' and '.join(notices)} of the query only: “{query.text}”." if notices else ""
    return query, notice


def search_articles(queryset, term):
    """Articles of ``queryset`` that the public search finds for ``term`` (cut to the limits)."""
    query, _ = within_limits(term)
    if not query:
        return queryset
    return queryset.search(resolve_query(query))
