"""The one search interface; one implementation per database vendor.

A backend turns a ``ResolvedQuery`` (see ``entities.py``) into SQL for its
database: it filters a queryset of articles, orders a page of ids by
relevance, keeps the full-text index right, and runs a statement under a
time limit. Everything above the backends (the FilterSet, facets, views) is
the same on every database; the shared contract test
(``tests/test_search_contract.py``) runs on each.

Semantics both backends implement:

- the clauses of a query must all match, each clause is one term or several
  joined by OR, excluded terms must not match;
- a term is a word or a phrase (words in order; a stop word inside a phrase
  stands for one word);
- words are compared as lexemes of the text search configuration of the
  article's language (``analysis.py``); a query is run in every
  configuration the language filter allows, and an article matches when it
  matches in one of them;
- a ``Group`` (a name the query contains) matches as text or as a mention of
  one of its entities;
- terms made only of stop words are dropped before all this (a query of
  only stop words matches nothing).
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models import BooleanField, Exists, Expression, F, OuterRef, Q
from django.db.models.expressions import RawSQL
from django.db.utils import OperationalError

from ..analysis import ENGLISH_STEM, configurations_for, distinct_configurations
from ..entities import ORGANISATION, PERSON, PLACE
from ..query import All, Any, Term

MENTION_TABLES = {
    PERSON: ("articles_personmention", "person_id"),
    ORGANISATION: ("articles_organisationmention", "organisation_id"),
    PLACE: ("articles_placemention", "place_id"),
}


class SearchTimeout(Exception):
    """A statement ran longer than the time it was given."""


def is_stop_term(term):
    """Whether every word of ``term`` is a stop word, so that no configuration but 'simple' keeps it."""
    return all(word in ENGLISH_STEM.stopwords for word in term.words)


def without_stop_terms(node):
    """``node`` with stop-word-only terms removed; None if nothing is left."""
    if isinstance(node, Term):
        return None if is_stop_term(node) else node
    kept = tuple(part for part in (without_stop_terms(part) for part in node.parts) if part is not None)
    if not kept:
        return None
    if isinstance(node, Any):
        return Any(kept)
    return All(kept)


def positive_terms(resolved):
    """Every term that counts towards relevance."""
    terms = [term for clause in resolved.text_clauses for term in clause.terms]
    for group in resolved.groups:
        terms.extend(_terms_of(group.expression))
    return [term for term in terms if not is_stop_term(term)]


def _terms_of(node):
    if isinstance(node, Term):
        return [node]
    return [term for part in node.parts for term in _terms_of(part)]


class SearchBackend:
    """What every vendor implements; the shared logic lives here."""

    vendor = None

    def __init__(self, connection):
        self.connection = connection

    # -- what each vendor renders -------------------------------------------------

    def text_condition(self, queryset, expression, excluded, configurations, sample=None, within=None):
        """``queryset`` narrowed to articles whose text matches ``expression`` and not ``excluded``.

        ``sample``: only articles whose id is a multiple of it need be found (the caller filters
        on it too); ``within``: only these ids (the narrow side of a search, a list). The backend
        reads less of its index where it can."""
        raise NotImplementedError

    def text_ids_sql(self, expression, configurations, sample=None, within=None):
        """(sql, params): a SELECT of the ids of articles whose text matches ``expression``."""
        raise NotImplementedError

    def ranked_ids(self, queryset, terms, configurations, offset, limit, min_id=None, candidates_count=None):
        """Ids of ``queryset`` for one page, best match first (ties by id).

        ``min_id`` (a lower bound of the ids in ``queryset``) and
        ``candidates_count`` (how many there are), when given, let the backend
        rank fewer rows.
        """
        raise NotImplementedError

    def ids_sql(self, ids):
        """(sql, params) that follows a column to test it against a list of ids, as ONE parameter."""
        raise NotImplementedError

    # Statements run before a guarded block (PostgreSQL sets its timeout).
    guard_queries = 0
    # Statements run to open a search session (PostgreSQL's planner settings).
    session_queries = 0

    @contextmanager
    def search_session(self):
        """The block in which one search (count, page, facets) runs its queries."""
        yield

    @contextmanager
    def time_guard(self, milliseconds):
        """A block whose ``attempt()``s may each run for ``milliseconds`` at most.

        One transaction (or savepoint) for the block; each attempt is a
        savepoint, so a cancelled statement loses only its own attempt.
        """
        with transaction.atomic(using=self.connection.alias):
            self.limit_statements(milliseconds)
            try:
                yield
            except BaseException:
                self.release_limit(failed=True)
                raise
            self.release_limit(failed=False)

    @contextmanager
    def attempt(self):
        """One try inside ``time_guard``: raises ``SearchTimeout`` if a statement ran too long."""
        try:
            with transaction.atomic(using=self.connection.alias):
                self.start_attempt()
                yield
        except (OperationalError, self.connection.Database.OperationalError) as error:
            # The driver's own error too: a statement Django's wrappers did not run (the debug
            # cursor's query of the last parameters) raises it unwrapped.
            if self.is_timeout(error):
                raise SearchTimeout(str(error)) from error
            raise

    def limit_statements(self, milliseconds):
        raise NotImplementedError

    def release_limit(self, failed):
        """Undo ``limit_statements`` (after a failure the transaction's rollback may do it)."""

    def start_attempt(self):
        pass

    def is_timeout(self, error):
        raise NotImplementedError

    def rebuild_index(self):
        """Rebuild the full-text index from the articles; return the number indexed."""
        raise NotImplementedError

    def check_index(self):
        """A list of problems with the full-text index (empty when it is right)."""
        raise NotImplementedError

    def after_bulk_load(self):
        """Tidy the index after a large load (merging, statistics)."""

    def related_filter(self, queryset, related, article_field="article"):
        """``queryset`` narrowed to articles that ``related`` (a queryset of a link table) points at.

        An ``EXISTS`` subquery, which PostgreSQL runs as a semi-join; never a
        join with ``DISTINCT``.
        """
        return queryset.filter(self.related_condition(related, article_field))

    def related_condition(self, related, article_field="article"):
        """The condition of ``related_filter``, to combine with others (``|``, ``~``)."""
        return Q(Exists(related.filter(**{article_field: OuterRef("pk")})))

    # -- shared --------------------------------------------------------------------

    def filter(self, queryset, resolved, languages=(), sample=None, within=None):
        """Articles of ``queryset`` that match ``resolved`` (a ``ResolvedQuery``)."""
        if not resolved:
            return queryset
        configurations = self.query_configurations(resolved, languages)
        text = without_stop_terms(All(resolved.text_clauses)) if resolved.text_clauses else None
        excluded = without_stop_terms(Any(resolved.excluded)) if resolved.excluded else None
        groups = [
            (expression, group.entities)
            for group in resolved.groups
            for expression in [without_stop_terms(group.expression)]
        ]
        if text is None and not groups:
            if resolved.text_clauses or not excluded:
                return queryset.none()  # the query is only stop words
            return queryset.exclude(pk__in=RawSQL(*self.text_ids_sql(excluded, configurations, sample, within)))
        if text is not None:
            queryset = self.text_condition(queryset, text, excluded, configurations, sample, within)
        elif excluded is not None:
            queryset = queryset.exclude(pk__in=RawSQL(*self.text_ids_sql(excluded, configurations, sample, within)))
        for expression, entities in groups:
            queryset = queryset.filter(
                pk__in=RawSQL(*self.group_ids_sql(expression, entities, configurations, sample, within))
            )
        return queryset

    @staticmethod
    def query_configurations(resolved, languages):
        """The configurations to run ``resolved`` in: one per distinct way of stemming its words."""
        words = [
            word for term in resolved.query.positive_terms + list(resolved.excluded) for word in term.words
        ]
        return distinct_configurations(configurations_for(languages), words)

    def group_ids_sql(self, expression, entities, configurations, sample=None, within=None):
        """Ids of articles matching ``expression`` as text, or mentioning one of ``entities``."""
        parts, params = [], []
        if expression is not None:
            sql, text_params = self.text_ids_sql(expression, configurations, sample, within)
            parts.append(sql)
            params.extend(text_params)
        by_kind = {}
        for kind, entity_id in entities:
            by_kind.setdefault(kind, []).append(entity_id)
        for kind, ids in sorted(by_kind.items()):
            table, column = MENTION_TABLES[kind]
            placeholders = ", ".join(["%s"] * len(ids))
            parts.append(f"SELECT article_id FROM {table} WHERE {column} IN ({placeholders})")
            params.extend(ids)
        return " UNION ".join(parts), params

    def page_ids(self, queryset, resolved, offset, limit, languages=(), min_id=None, candidates_count=None):
        """Ids for one page ordered by relevance to ``resolved``."""
        terms = positive_terms(resolved) if resolved else []
        if not terms:
            return list(queryset.order_by("pk").values_list("pk", flat=True)[offset : offset + limit])
        # Ranking keeps one configuration per language: each article is ranked in its own.
        return self.ranked_ids(
            queryset.order_by(), terms, configurations_for(languages), offset, limit, min_id, candidates_count
        )


class InIds(Expression):
    """``column IN ids`` with the ids as one parameter (an array, a JSON list), not one each."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, field, ids):
        super().__init__()
        self.column = F(field) if isinstance(field, str) else field
        self.ids = [int(pk) for pk in ids]

    def get_source_expressions(self):
        return [self.column]

    def set_source_expressions(self, expressions):
        (self.column,) = expressions

    def as_sql(self, compiler, connection):
        from . import search_backend

        sql, params = compiler.compile(self.column)
        ids_sql, ids_params = search_backend(connection.alias).ids_sql(self.ids)
        return f"{sql} {ids_sql}", [*params, *ids_params]
