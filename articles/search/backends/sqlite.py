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

import json
import time
from contextlib import contextmanager

from django.db import connections
from django.db.backends.signals import connection_created
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_migrate
from django.db.utils import OperationalError

from ..analysis import CONFIGURATIONS, DROPPED_WORD, sqlite_document
from ..query import Any, Term
from .base import SearchBackend, SearchTimeout

TABLE = "articles_article_search"
FUNCTION = "newsroom_search_document"
# bm25 column weights: title, body (PostgreSQL ranks weight A 2.5 times weight B).
BM25 = f"bm25({TABLE}, 2.5, 1.0)"
PROGRESS_STEPS = 1000


# The triggers as this code defines them (migration 0002 holds the frozen
# copy it created). SQLite drops a table's triggers with the table, and
# Django's SQLite schema editor rebuilds a table (create, copy, drop, rename)
# for many later migrations of ``Article``: ``repair_after_migrate`` puts
# them back and rebuilds the index whenever one is missing.
_VALUES = f"(new.id, {FUNCTION}(new.title, new.language), {FUNCTION}(new.body, new.language))"
TRIGGERS = {
    f"{TABLE}_insert": (
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON articles_article BEGIN "
        f"INSERT INTO {TABLE} (rowid, title, body) VALUES {_VALUES}; END"
    ),
    f"{TABLE}_update": (
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF title, body, language ON articles_article BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; "
        f"INSERT INTO {TABLE} (rowid, title, body) VALUES {_VALUES}; END"
    ),
    f"{TABLE}_delete": (
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON articles_article BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; END"
    ),
}


# Documents computed ahead, by ``(text, language)``: the importer's worker processes compute the
# lexemes of the articles they extract, and the triggers take them from here instead of computing
# them again while the database is locked. Each is used once; whatever is not there is computed.
PRECOMPUTED = {}


def search_document(text, language):
    """The SQL function ``newsroom_search_document``: ``sqlite_document``, computed ahead when it was."""
    if PRECOMPUTED:
        document = PRECOMPUTED.pop((text, language), None)
        if document is not None:
            return document
    return sqlite_document(text, language)


def register_functions(sender=None, connection=None, **kwargs):
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function(FUNCTION, 2, search_document, deterministic=True)


def repair_after_migrate(sender, using="default", **kwargs):
    """After ``migrate``: recreate missing triggers (and then rebuild the index) on SQLite."""
    if getattr(sender, "label", None) != "articles":
        return
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    backend = SQLiteSearchBackend(connection)
    if backend.has_table() and backend.ensure_triggers():
        backend.rebuild_index()


connection_created.connect(register_functions, dispatch_uid="articles.search.sqlite_functions")
post_migrate.connect(repair_after_migrate, dispatch_uid="articles.search.sqlite_repair")


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
    """The FTS5 MATCH for ``node`` and not ``excluded``, ORed over ``configurations``; None if empty."""
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

    def _ids_sql(self, match, sample=None, within=None):
        if match is None:
            return "SELECT NULL WHERE 0", []
        # The sample is taken inside the index's scan: only its rows reach the article table.
        # ``within`` is checked on each row of one scan (``+rowid``): as an index constraint,
        # FTS5 would look each id up on its own, ~0.1 ms apiece.
        where, params = (f" AND rowid %% {int(sample)} = 0" if sample else ""), [match]
        if within is not None:
            where += " AND +rowid IN (SELECT value FROM json_each(%s))"
            params.append(json.dumps([int(pk) for pk in within]))
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s{where}", params

    def text_condition(self, queryset, expression, excluded, configurations, sample=None, within=None):
        return queryset.filter(
            pk__in=RawSQL(*self._ids_sql(match_query(expression, excluded, configurations), sample, within))
        )

    def text_ids_sql(self, expression, configurations, sample=None, within=None):
        return self._ids_sql(match_query(expression, None, configurations), sample, within)

    def related_filter(self, queryset, related, article_field="article"):
        # SQLite runs a correlated EXISTS once per article (90–160 ms at 100,000
        # articles); ``id IN (SELECT article_id …)`` is driven from the link
        # table's index instead (2–5 ms).
        return queryset.filter(self.related_condition(related, article_field))

    def related_condition(self, related, article_field="article"):
        return Q(pk__in=related.values(article_field))

    def ids_sql(self, ids):
        return "IN (SELECT value FROM json_each(%s))", [json.dumps(list(ids))]

    def ranked_ids(self, queryset, terms, configurations, offset, limit, min_id=None, candidates_count=None):
        """Ids by bm25 of each article against the query in its own language's configuration.

        Driven from the FTS5 side: each configuration's matches with their
        bm25 are materialised once (only the candidates' rows when there are
        few) and kept if the article is a candidate in that language;
        candidates without a score (matched by a name only) follow, by id.
        """
        node = Any(tuple(terms))
        candidates, params = queryset.values_list("id", "language").query.sql_with_params()
        params = list(params)
        known = ", ".join(f"'{code}'" for code in CONFIGURATIONS)  # constants from analysis.CONFIGURATIONS
        scored = {}  # FTS5 expression -> [SQL conditions on the language it ranks]
        for configuration in configurations:
            match = match_query(node, None, [configuration])
            if match is None:
                continue
            codes = [code for code, item in CONFIGURATIONS.items() if item is configuration]
            listed = ", ".join(f"'{code}'" for code in codes)
            scored.setdefault(match, []).append(
                f"language IN ({listed})" if codes else f"language NOT IN ({known})"
            )
        ctes, parts, unscored = [f"a AS MATERIALIZED ({candidates})"], [], []
        # FTS5 can limit a MATCH to a range of rowids (``rowid >= min_id``). Within it, bm25
        # is computed for the candidates only: ``+rowid IN`` is checked on each row of the one
        # scan (a ``rowid IN`` the index would take as a lookup per candidate, each of which
        # recomputes bm25's statistics: ~5 ms a candidate).
        bound = " AND rowid >= %s" if min_id is not None else ""
        for number, (match, conditions) in enumerate(scored.items()):
            condition = " OR ".join(conditions)
            ctes.append(
                f"r{number} AS MATERIALIZED "
                f"(SELECT rowid AS id, {BM25} AS score FROM {TABLE} WHERE {TABLE} MATCH %s{bound}"
                " AND +rowid IN (SELECT id FROM a))"
            )
            params.extend([match, min_id] if bound else [match])
            parts.append(f"SELECT id, score FROM r{number} WHERE id IN (SELECT id FROM a WHERE {condition})")
            unscored.append(f"(({condition}) AND id IN (SELECT id FROM r{number}))")
        parts.append("SELECT id, 0.0 FROM a" + (f" WHERE NOT ({' OR '.join(unscored)})" if unscored else ""))
        sql = (
            f"WITH {', '.join(ctes)} SELECT id FROM ({' UNION ALL '.join(parts)}) "
            "ORDER BY score, id LIMIT %s OFFSET %s"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    @contextmanager
    def time_guard(self, milliseconds):
        """The progress handler's budget, without a transaction.

        The archive's SQLite transactions begin IMMEDIATE (they take the write
        lock at once, see settings): a transaction around these reads would
        make every search wait for an import's writes. The budget is the
        connection's, so it needs none.
        """
        self.limit_statements(milliseconds)
        try:
            yield
        finally:
            self.release_limit(failed=False)

    @contextmanager
    def attempt(self):
        try:
            self.start_attempt()
            yield
        except OperationalError as error:
            if self.is_timeout(error):
                raise SearchTimeout(str(error)) from error
            raise

    def limit_statements(self, milliseconds):
        self.connection.ensure_connection()
        self._budget = milliseconds / 1000
        self._deadline = time.monotonic() + self._budget
        self._armed = True
        self.connection.connection.set_progress_handler(self._past_deadline, PROGRESS_STEPS)

    def _past_deadline(self):
        # One interruption per attempt: the statements that follow it (the savepoint's rollback,
        # a debug cursor quoting the last query's parameters) must run, not be interrupted too.
        if self._armed and time.monotonic() > self._deadline:
            self._armed = False
            return 1
        return 0

    def start_attempt(self):
        self._deadline = time.monotonic() + self._budget
        self._armed = True

    def release_limit(self, failed):
        self.connection.connection.set_progress_handler(None, 0)

    def is_timeout(self, error):
        return "interrupted" in str(error)

    def has_table(self):
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = %s", [TABLE])
            return cursor.fetchone()[0] == 1

    def ensure_triggers(self):
        """Create the triggers that are missing; return their names."""
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles_article'"
            )
            present = {row[0] for row in cursor.fetchall()}
            missing = [name for name in TRIGGERS if name not in present]
            for name in missing:
                cursor.execute(TRIGGERS[name])
        return missing

    def rebuild_index(self):
        self.ensure_triggers()
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
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles_article'"
            )
            missing = sorted(set(TRIGGERS) - {row[0] for row in cursor.fetchall()})
            if missing:
                problems.append(
                    f"the triggers that keep the index in step are missing ({', '.join(missing)}): "
                    "run rebuild_search_index"
                )
            cursor.execute(
                f"SELECT count(*) FROM articles_article WHERE id NOT IN (SELECT rowid FROM {TABLE})"
            )
            missing = cursor.fetchone()[0]
            if missing:
                problems.append(f"{missing} articles are not in the index: run rebuild_search_index")
            cursor.execute(
                f"SELECT count(*) FROM {TABLE} WHERE rowid NOT IN (SELECT id FROM articles_article)"
            )
            stale = cursor.fetchone()[0]
            if stale:
                problems.append(f"{stale} index rows belong to no article: run rebuild_search_index")
        return problems

    def after_bulk_load(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")
