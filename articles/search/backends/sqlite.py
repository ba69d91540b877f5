"""SQLite: an FTS5 table of lexemes, kept in step with the articles by triggers.

The FTS5 table ``articles_article_search`` (migration ``articles.0002``)
holds, for each article (``rowid`` = article id), its title and body as
lexemes: the words ``analysis.py`` derives with the Snowball stemmer of the
article's language, the same algorithms PostgreSQL uses, and a placeholder
where a stop word was, so that phrases see the same word positions.
Triggers on ``articles_article`` call the SQL function
``newsroom_search_document(text, language)``, which Django registers on every
SQLite connection it opens (below): every insert, update and delete made
through Django, including ``bulk_create`` and ``QuerySet.update``, keeps the
index right. A write from a connection without the function (the ``sqlite3``
shell) fails rather than leave the index stale; ``manage.py
rebuild_search_index`` rebuilds it from the articles at any time.

The table is declared with ``tokenize="unicode61 categories 'L* N* Co M*'
remove_diacritics 0"``: the default unicode61 tokenizer treats Devanagari vowel
signs and the virama as separators and would shred every Hindi word; the
lexemes are already lower-cased and folded, so it only splits them on spaces.
"""

import time
from contextlib import contextmanager

from django.db.backends.signals import connection_created
from django.db.models.expressions import RawSQL
from django.db.utils import OperationalError

from ..analysis import DROPPED_WORD, sqlite_document
from ..query import Any, Term
from .base import SearchBackend, SearchTimeout

TABLE = "articles_article_search"
FUNCTION = "newsroom_search_document"
# bm25 column weights: title, body (PostgreSQL ranks weight A 2.5 times weight B).
BM25 = f"bm25({TABLE}, 2.5, 1.0)"
PROGRESS_STEPS = 1000


def register_functions(sender=None, connection=None, **kwargs):
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function(FUNCTION, 2, sqlite_document, deterministic=True)


connection_created.connect(register_functions, dispatch_uid="articles.search.sqlite_functions")


def _string(tokens):
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def match_expression(node, configuration):
    """An FTS5 query for ``node`` in one configuration, or None if it has no lexemes there."""
    if isinstance(node, Term):
        lexemes = [configuration.lexeme(word) for word in node.words]
        while lexemes and lexemes[0] is None:
            lexemes.pop(0)
        while lexemes and lexemes[-1] is None:
            lexemes.pop()
        if not lexemes:
            return None
        return _string([lexeme or DROPPED_WORD for lexeme in lexemes])
    parts = [part for part in (match_expression(part, configuration) for part in node.parts) if part]
    if not parts:
        return None
    # As in PostgreSQL's tsquery, a part without lexemes drops out of AND and OR alike.
    operator = " OR " if isinstance(node, Any) else " AND "
    return parts[0] if len(parts) == 1 else "(" + operator.join(parts) + ")"


def match_query(node, excluded, configurations):
    """The FTS5 MATCH string for ``node`` and not ``excluded``, ORed over ``configurations``; None if empty."""
    branches = []
    for configuration in configurations:
        expression = match_expression(node, configuration)
        if expression is None:
            continue
        if excluded is not None:
            excluded_expression = match_expression(excluded, configuration)
            if excluded_expression:
                expression = f"({expression} NOT {excluded_expression})"
        if expression not in branches:
            branches.append(expression)
    if not branches:
        return None
    return " OR ".join(branches)


class SQLiteSearchBackend(SearchBackend):
    vendor = "sqlite"

    def _ids_sql(self, match):
        if match is None:
            return "SELECT NULL WHERE 0", []
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match]

    def text_condition(self, queryset, expression, excluded, configurations):
        return queryset.filter(pk__in=RawSQL(*self._ids_sql(match_query(expression, excluded, configurations))))

    def text_ids_sql(self, expression, configurations):
        return self._ids_sql(match_query(expression, None, configurations))

    def ranked_ids(self, queryset, terms, configurations, offset, limit):
        match = match_query(Any(tuple(terms)), None, configurations)
        candidates, params = queryset.values_list("id").query.sql_with_params()
        if match is None:
            sql = f"SELECT a.id FROM ({candidates}) AS a ORDER BY a.id LIMIT %s OFFSET %s"
            params = [*params, limit, offset]
        else:
            sql = (
                f"SELECT a.id FROM ({candidates}) AS a "
                f"LEFT JOIN (SELECT rowid AS id, {BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s) AS r "
                "ON r.id = a.id ORDER BY COALESCE(r.score, 0.0), a.id LIMIT %s OFFSET %s"
            )
            params = [*params, match, limit, offset]
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]

    @contextmanager
    def time_limit(self, milliseconds):
        self.connection.ensure_connection()
        raw = self.connection.connection
        deadline = time.monotonic() + milliseconds / 1000
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEPS)
        try:
            yield
        except OperationalError as error:
            if "interrupted" in str(error):
                raise SearchTimeout(str(error)) from error
            raise
        finally:
            raw.set_progress_handler(None, 0)

    def rebuild_index(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
            cursor.execute(
                f"INSERT INTO {TABLE} (rowid, title, body) "
                f"SELECT id, {FUNCTION}(title, language), {FUNCTION}(body, language) FROM articles_article"
            )
            cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
            cursor.execute(f"SELECT count(*) FROM {TABLE}")
            return cursor.fetchone()[0]

    def check_index(self):
        problems = []
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = %s", [TABLE])
            if not cursor.fetchone()[0]:
                return [f"the FTS5 table {TABLE} is missing: migrate articles"]
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s", [f"{TABLE}_%"]
            )
            if cursor.fetchone()[0] != 3:
                problems.append("the triggers that keep the index in step are missing: migrate articles")
            cursor.execute(f"SELECT count(*) FROM articles_article WHERE id NOT IN (SELECT rowid FROM {TABLE})")
            missing = cursor.fetchone()[0]
            if missing:
                problems.append(f"{missing} articles are not in the index: run rebuild_search_index")
            cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE rowid NOT IN (SELECT id FROM articles_article)")
            stale = cursor.fetchone()[0]
            if stale:
                problems.append(f"{stale} index rows belong to no article: run rebuild_search_index")
        return problems

    def after_bulk_load(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
