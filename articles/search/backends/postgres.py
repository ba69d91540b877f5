"""PostgreSQL: a stored generated ``tsvector`` column with a GIN index.

The column ``articles_article.search_vector`` is built by the database
(migration ``articles.0002``) with one ``CASE`` branch per language, each
with a constant text search configuration. Queries are built the same way:
every term is stemmed by PostgreSQL itself (``plainto_tsquery`` /
``phraseto_tsquery`` with a constant configuration), and a query run in
several configurations ORs them, so the planner folds the whole ``tsquery``
to a constant and uses the GIN index. Never ``config=F("language")``: a
configuration taken from each row forces a sequential scan.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models import BooleanField, Expression, FloatField

from ..analysis import CONFIGURATIONS
from ..query import Any, Term
from .base import SearchBackend

COLUMN = "search_vector"
INDEX = "articles_article_search_vector"
# ts_rank weights for D, C, B, A: titles are weight A, bodies weight B.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"


def tsquery_sql(node, configuration):
    """(sql, params) of a ``tsquery`` for ``node`` in one configuration."""
    regconfig = f"'{configuration.name}'::regconfig"  # a constant from analysis.CONFIGURATIONS
    if isinstance(node, Term):
        function = "phraseto_tsquery" if node.is_phrase else "plainto_tsquery"
        return f"{function}({regconfig}, %s)", [" ".join(node.words)]
    operator = " || " if isinstance(node, Any) else " && "
    parts, params = [], []
    for part in node.parts:
        sql, part_params = tsquery_sql(part, configuration)
        parts.append(sql)
        params.extend(part_params)
    return "(" + operator.join(parts) + ")", params


def query_sql(node, excluded, configurations):
    """(sql, params): ``node`` and not ``excluded``, in each configuration, ORed."""
    branches, params = [], []
    for configuration in configurations:
        sql, branch_params = tsquery_sql(node, configuration)
        if excluded is not None:
            excluded_sql, excluded_params = tsquery_sql(excluded, configuration)
            sql = f"({sql} && !!{excluded_sql})"
            branch_params = branch_params + excluded_params
        branches.append(sql)
        params.extend(branch_params)
    return "(" + " || ".join(branches) + ")", params


class _OnSearchVector(Expression):
    """SQL on the article table's search vector, aware of the table's alias in subqueries."""

    template = None

    def __init__(self, sql, params, alias=None):
        super().__init__(output_field=self.field_class())
        self.sql, self.params, self.alias = sql, list(params), alias

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        clone = self.copy()
        clone.alias = query.get_initial_alias() if query is not None else None
        return clone

    def relabeled_clone(self, change_map):
        clone = self.copy()
        clone.alias = change_map.get(self.alias, self.alias)
        return clone

    def as_sql(self, compiler, connection):
        column = f"{compiler.quote_name_unless_alias(self.alias)}.{connection.ops.quote_name(COLUMN)}"
        return self.template.format(column=column, query=self.sql), self.params

    def get_group_by_cols(self):
        return []


class VectorMatches(_OnSearchVector):
    conditional = True
    field_class = BooleanField
    template = "{column} @@ {query}"


class VectorRank(_OnSearchVector):
    """``ts_rank`` of each article against the query in its own language's configuration."""

    field_class = FloatField

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(self.alias)
        column = f"{table}.{connection.ops.quote_name(COLUMN)}"
        branches = []
        for languages, sql in self.sql:
            rank = f"ts_rank('{RANK_WEIGHTS}', {column}, {sql})"
            if languages is None:
                branches.append(f"ELSE {rank}")
            else:
                codes = ", ".join(f"'{code}'" for code in languages)  # constants from analysis.CONFIGURATIONS
                branches.append(
                    f"WHEN {table}.{connection.ops.quote_name('language')} IN ({codes}) THEN {rank}"
                )
        if len(branches) == 1 and branches[0].startswith("ELSE "):
            # Every article ranks in the one configuration (language=und: "simple").
            return branches[0][len("ELSE ") :], self.params
        if not any(branch.startswith("ELSE") for branch in branches):
            branches.append("ELSE 0")
        return "CASE " + " ".join(branches) + " END", self.params


def rank_branches(node, configurations):
    """[(language codes or None for the rest, tsquery sql)], params: one branch per configuration."""
    branches, params = [], []
    for configuration in sorted(configurations, key=lambda item: item not in CONFIGURATIONS.values()):
        sql, branch_params = tsquery_sql(node, configuration)
        codes = [code for code, item in CONFIGURATIONS.items() if item is configuration]
        branches.append((codes or None, sql))  # None: every other language, last
        params.extend(branch_params)
    return branches, params


class PostgresSearchBackend(SearchBackend):
    vendor = "postgresql"

    def text_condition(self, queryset, expression, excluded, configurations, sample=None, within=None):
        # The sample's condition is the caller's (``in_sample``): the planner then reads the
        # partial index ``articles_article_search_sample`` instead of the whole GIN index.
        return queryset.filter(VectorMatches(*query_sql(expression, excluded, configurations)))

    def text_ids_sql(self, expression, configurations, sample=None, within=None):
        sql, params = query_sql(expression, None, configurations)
        where = f" AND (id %% {int(sample)}) = 0" if sample else ""
        if within is not None:
            where += " AND id = ANY(%s::bigint[])"
            params = [*params, [int(pk) for pk in within]]
        return f"SELECT id FROM articles_article WHERE {COLUMN} @@ {sql}{where}", params

    def ids_sql(self, ids):
        return "= ANY(%s::bigint[])", [list(ids)]

    def ranked_ids(self, queryset, terms, configurations, offset, limit, min_id=None, candidates_count=None):
        branches, params = rank_branches(Any(tuple(terms)), configurations)
        ranked = queryset.annotate(search_rank=VectorRank(branches, params)).order_by("-search_rank", "pk")
        return list(ranked.values_list("pk", flat=True)[offset : offset + limit])

    guard_queries = 2
    session_queries = 1

    @contextmanager
    def search_session(self):
        """One transaction for the search, with the planner told what it cannot know.

        PostgreSQL costs ``@@`` like any cheap operator, so for a query that
        matches a third of the archive it scans every row and checks every
        vector (measured at 100,000 articles: 320–460 ms) instead of reading
        the GIN index's bitmap (46–58 ms). Within the search's transaction,
        sequential scans are off (a last resort, not forbidden) and so is JIT
        compilation, which costs more than these short queries run.
        """
        with transaction.atomic(using=self.connection.alias):
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)"
                )
            yield

    def limit_statements(self, milliseconds):
        # Local to the guard's transaction: gone at its end, and undone by a
        # rollback; set back explicitly when the guard runs inside a larger one.
        # The guarded queries are small (a bounded list of ids), but their
        # estimated costs are not: JIT compilation (measured: 350 ms for an
        # 85 ms facet query) and parallel workers would cost more than they save.
        settings = {
            "statement_timeout": f"{int(milliseconds)}ms",
            "jit": "off",
            "max_parallel_workers_per_gather": "0",
        }
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT "
                + ", ".join(f"current_setting('{name}')" for name in settings)
                + ", "
                + ", ".join(f"set_config('{name}', %s, true)" for name in settings),
                list(settings.values()),
            )
            self._previous = dict(zip(settings, cursor.fetchone()))

    def release_limit(self, failed):
        if not failed:
            with self.connection.cursor() as cursor:
                cursor.execute(
                    "SELECT " + ", ".join(f"set_config('{name}', %s, true)" for name in self._previous),
                    list(self._previous.values()),
                )

    def is_timeout(self, error):
        return getattr(error.__cause__, "sqlstate", None) == "57014"  # query_canceled

    def rebuild_index(self):
        with self.connection.cursor() as cursor:
            cursor.execute(f"REINDEX INDEX {INDEX}")
            cursor.execute("ANALYZE articles_article")
            cursor.execute(f"SELECT count(*) FROM articles_article WHERE {COLUMN} IS NOT NULL")
            return cursor.fetchone()[0]

    def check_index(self):
        problems = []
        with self.connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM information_schema.columns "
                "WHERE table_name = 'articles_article' AND column_name = %s AND is_generated = 'ALWAYS'",
                [COLUMN],
            )
            if not cursor.fetchone()[0]:
                problems.append(
                    f"articles_article.{COLUMN} is missing or not a generated column: migrate articles"
                )
            cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = %s", [INDEX])
            if not cursor.fetchone()[0]:
                problems.append(
                    f"the GIN index {INDEX} is missing: migrate articles, then rebuild_search_index"
                )
        return problems

    def after_bulk_load(self):
        # VACUUM sets the visibility map, so that the covering index answers
        # without reading rows; it cannot run inside a transaction.
        statement = (
            "VACUUM (ANALYZE) articles_article"
            if not self.connection.in_atomic_block
            else "ANALYZE articles_article"
        )
        with self.connection.cursor() as cursor:
            cursor.execute(statement)
