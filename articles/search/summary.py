"""Pre-aggregated facet counts of the unfiltered archive and of single-filter states.

The home page (everything, newest first) and a state of one filter that matches a large part of
the archive (one language, ``undated``) would otherwise count facets over hundreds of thousands
of articles. ``refresh()`` counts them all once into ``FacetSummary``; ``bench/generate_archive.py``
runs it after a bulk load, ``manage.py refresh_search_summary`` at any time, and the importer after a
run that changed something, unless the run only added articles: then ``RunTracker`` counts just the
new articles (``_counts(after=…)``, the same queries restricted to them), adds them to the stored
counts and ranks the facets they touched again, which costs what the run costs, not what the archive
does. That is exact only if no count of an older article changed, so it is done only when the summary
was fresh at the run's start and, since then, the only writes to the watched tables were the run's own
INSERTs of rows of its new articles (and nobody published a summary meanwhile); any UPDATE or DELETE
(a new article that gives an old meeting its date moves the old articles reporting it out of
"undated" and into a month), another writer, an updated or re-extracted file: ``refresh()``. A new
minister's role ranks the person facet of every scope again.

Database triggers on the articles and every table a facet reads (mentions, meeting reports, tags,
meetings' dates, roles) mark the summary dirty on any write, however it is made — the importer,
the admin, a bulk update or a merge — so a stale summary is never read: the search then counts
exactly or estimates (``counting.py``) until the next refresh. A refresh clears the mark before
it counts and publishes only if nothing was written meanwhile (and no other refresh or import run
published meanwhile: ``generation``). On PostgreSQL the trigger also keeps, in ``dirty_by``, the
name of the import run whose INSERTs alone made the summary dirty (the run names itself in the
session setting ``newsroom.summary_writer``); anyone else's write, and any UPDATE or DELETE, empties
it. SQLite's triggers cannot tell sessions apart: there the run checks ``PRAGMA data_version`` (no
other connection committed anything) and temporary triggers of its own connection (no UPDATE or
DELETE of a watched row).

Scopes: ``""`` (every article), ``"language=<code>"``, ``"undated=<date_of>"``. Facets: the
search's facet names, ``"date.<date_of>"`` for each way of reading dates, and ``"articles"`` (the
scope's count, value ``""``). Values are as the facets count them: an entity's id, a language
code, ``"2021"``, ``"2021-07"``, ``"undated"``. ``rank`` is each value's place in the order the
facet lists them.
"""

import datetime
import time
import uuid

from django.db import connections, transaction
from django.db.backends.signals import connection_created
from django.db.models import Count, Q
from django.utils import timezone
from taggit.models import TaggedItem

from people.models import Meeting, Organisation, Person, Place, Role

from ..constants import DatePrecision, Language
from .constants import DATE_OF_EITHER, DATE_OF_EVENT, DATE_OF_PUBLISHED

DATE_OF_MODES = (DATE_OF_EITHER, DATE_OF_PUBLISHED, DATE_OF_EVENT)
ENTITY_FACETS = ("person", "organisation", "place", "meeting", "tag")
ARTICLES = "articles"


def minister_condition():
    """Roles whose title makes a person a minister in the person facet."""
    from .constants import MINISTER_TITLE_WORDS

    condition = Q()
    for word in MINISTER_TITLE_WORDS:
        condition |= Q(title__icontains=word)
    return condition

STATE_TABLE = "articles_facetsummarystate"
# Every table whose rows a facet count reads: a write to any of them makes the summary stale.
WATCHED_TABLES = (
    "articles_article",
    "articles_personmention",
    "articles_organisationmention",
    "articles_placemention",
    "articles_meetingreport",
    "taggit_taggeditem",
    "people_meeting",
    "people_role",
)
# Updates of these tables matter only when these columns change (an edited title does not).
WATCHED_COLUMNS = {
    "articles_article": ("language", "published", "published_precision"),
    "people_meeting": ("date",),
}
FUNCTION = "articles_facet_summary_dirty"
WRITER_SETTING = "newsroom.summary_writer"


def _trigger_name(table, event):
    return f"{table}_summary_{event}"


def _postgres_statements():
    # An import run that may update the summary incrementally names itself in WRITER_SETTING; its
    # INSERTs leave its name in dirty_by while nobody else has written. Anything else (another session,
    # an UPDATE, a DELETE) empties it; either way a no-op once there, so writers do not queue on the row.
    yield (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"DECLARE writer text := nullif(current_setting('{WRITER_SETTING}', true), ''); BEGIN "
        f"IF writer IS NULL OR TG_OP <> 'INSERT' THEN "
        f"UPDATE {STATE_TABLE} SET dirty = true, dirty_by = NULL WHERE NOT dirty OR dirty_by IS NOT NULL; "
        f"ELSE UPDATE {STATE_TABLE} SET dirty = true, dirty_by = CASE WHEN dirty THEN NULL ELSE writer END "
        f"WHERE NOT dirty OR (dirty_by IS NOT NULL AND dirty_by <> writer); "
        f"END IF; RETURN NULL; END $$"
    )
    for table in WATCHED_TABLES:
        for event in ("write", "update"):
            yield f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table}"
        columns = WATCHED_COLUMNS.get(table)
        # Statement-level: one UPDATE per statement, however many rows (a bulk load of millions).
        events = "INSERT OR DELETE OR TRUNCATE" if columns else "INSERT OR DELETE OR UPDATE OR TRUNCATE"
        yield (
            f"CREATE TRIGGER {_trigger_name(table, 'write')} AFTER {events} ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        )
        if columns:
            changed = " OR ".join(f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in columns)
            yield (
                f"CREATE TRIGGER {_trigger_name(table, 'update')} AFTER UPDATE OF {', '.join(columns)} "
                f"ON {table} FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION {FUNCTION}()"
            )


def _sqlite_triggers():
    """{name: CREATE TRIGGER}: SQLite has row-level triggers only (a no-op UPDATE once dirty)."""
    body = f"BEGIN UPDATE {STATE_TABLE} SET dirty = 1 WHERE dirty = 0; END"
    triggers = {}
    for table in WATCHED_TABLES:
        for event in ("INSERT", "DELETE"):
            name = _trigger_name(table, event.lower())
            triggers[name] = f"CREATE TRIGGER {name} AFTER {event} ON {table} {body}"
        columns = WATCHED_COLUMNS.get(table)
        name = _trigger_name(table, "update")
        if columns:
            changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in columns)
            triggers[name] = (
                f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON {table} WHEN {changed} {body}"
            )
        else:
            triggers[name] = f"CREATE TRIGGER {name} AFTER UPDATE ON {table} {body}"
    return triggers


def ensure_triggers(connection):
    """Create the triggers that mark the summary dirty (idempotent); True if any was missing.

    SQLite drops a table's triggers when a migration rebuilds the table: ``post_migrate`` puts
    them back and marks the summary dirty, since writes may have gone unnoticed meanwhile.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT count(*) FROM pg_trigger WHERE tgname LIKE %s AND NOT tgisinternal", ["%_summary_%"]
            )
            present = cursor.fetchone()[0]
            for statement in _postgres_statements():
                cursor.execute(statement)
            expected = len(WATCHED_TABLES) + len(WATCHED_COLUMNS)
            missing = present < expected
        elif connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            present = {row[0] for row in cursor.fetchall()}
            wanted = _sqlite_triggers()
            missing = [name for name in wanted if name not in present]
            for name in missing:
                cursor.execute(wanted[name])
        else:
            return False
        if missing:
            cursor.execute(f"UPDATE {STATE_TABLE} SET dirty = %s", [True])
    return bool(missing)


def repair_after_migrate(sender, using="default", **kwargs):
    """``post_migrate`` of the articles app (connected in ``articles/apps.py``)."""
    connection = connections[using]
    from ..models import FacetSummaryState

    if FacetSummaryState._meta.db_table in connection.introspection.table_names():
        ensure_triggers(connection)


# -- reading -----------------------------------------------------------------------------


def is_fresh(using="default"):
    """Whether the summary may be read (one small query)."""
    from ..models import FacetSummaryState

    return FacetSummaryState.objects.using(using).filter(usable=True, dirty=False).exists()


def scope_of(filterset, exclude=()):
    """The summary scope of the filterset's state without the filters in ``exclude``, or None."""
    if filterset.query:
        return None
    active = [
        name
        for name in filterset.filters
        if name not in exclude and name != "q" and filterset.selected(name)
    ]
    if not active:
        return ""
    if active == ["language"] and len(filterset.selected("language")) == 1:
        return f"language={filterset.selected('language')[0]}"
    if active == ["undated"]:
        return f"undated={filterset.date_of}"
    return None


def counts(scope, facet, limit=None):
    """[(value, count)] of one facet in one scope, in the facet's order."""
    from ..models import FacetSummary

    rows = FacetSummary.objects.filter(scope=scope, facet=facet).order_by("rank").values_list("value", "count")
    return list(rows[:limit] if limit else rows)


def article_count(scope):
    from ..models import FacetSummary

    row = FacetSummary.objects.filter(scope=scope, facet=ARTICLES).values_list("count", flat=True).first()
    return row or 0


# -- computing -----------------------------------------------------------------------------


def _scopes(articles):
    scopes = {"": None}
    for code in Language.values:
        scopes[f"language={code}"] = ("language", code)
    for mode in DATE_OF_MODES:
        scopes[f"undated={mode}"] = ("undated", articles.undated(mode).values("pk"))
    return scopes


def _link_counts(queryset, entity_field, article_field, scopes):
    """{scope: {entity id: articles}} for a link table, by language in one query each."""
    found = {scope: {} for scope in scopes}
    by_language = queryset.values(f"{article_field}__language", entity_field).annotate(
        n=Count(article_field, distinct=True)
    )
    for row in by_language.order_by():
        code, entity_id, n = row[f"{article_field}__language"], row[entity_field], row["n"]
        found[""][entity_id] = found[""].get(entity_id, 0) + n  # an article has one language
        if f"language={code}" in found:
            found[f"language={code}"][entity_id] = n
    for scope, spec in scopes.items():
        if spec and spec[0] == "undated":
            rows = (
                queryset.filter(**{f"{article_field}__in": spec[1]})
                .values(entity_field)
                .annotate(n=Count(article_field, distinct=True))
                .order_by()
            )
            found[scope] = {row[entity_field]: row["n"] for row in rows}
    return found


def _tag_counts(scopes, articles, after=None):
    items = TaggedItem.objects.filter(content_type__app_label="articles", content_type__model="article")
    if after is not None:
        items = items.filter(object_id__gt=after)
    found = {}
    for scope, spec in scopes.items():
        if spec is None:
            selected = items
        elif spec[0] == "language":
            selected = items.filter(object_id__in=articles.filter(language=spec[1]).values("pk"))
        else:
            selected = items.filter(object_id__in=spec[1])
        rows = selected.values("tag_id").annotate(n=Count("object_id", distinct=True)).order_by()
        found[scope] = {row["tag_id"]: row["n"] for row in rows}
    return found


def _year_month_sql(vendor, column):
    if vendor == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS integer)", f"CAST(EXTRACT(MONTH FROM {column}) AS integer)"
    return f"CAST(strftime('%%Y', {column}) AS integer)", f"CAST(strftime('%%m', {column}) AS integer)"


def _period_parts(vendor, after=None):
    """SELECTs of (aid, lang, y, m): articles' own dates (a year-only date in no month) and the
    first days of the meetings they report (of the articles whose id is above ``after``)."""
    only = "" if after is None else f" AND a.id > {int(after)}"
    year, month = _year_month_sql(vendor, "a.published")
    own = (
        f"SELECT a.id AS aid, a.language AS lang, {year} AS y, "
        f"CASE WHEN a.published_precision = '{DatePrecision.YEAR}' THEN NULL ELSE {month} END AS m "
        f"FROM articles_article a WHERE a.published IS NOT NULL{only}"
    )
    year, month = _year_month_sql(vendor, "m.date")
    events = (
        f"SELECT r.article_id AS aid, a.language AS lang, {year} AS y, {month} AS m "
        "FROM articles_meetingreport r JOIN people_meeting m ON m.id = r.meeting_id "
        f"JOIN articles_article a ON a.id = r.article_id WHERE m.date IS NOT NULL{only}"
    )
    return {DATE_OF_PUBLISHED: [own], DATE_OF_EVENT: [events], DATE_OF_EITHER: [own, events]}


def _date_counts(connection, language_counts, after=None):
    """{scope: {mode: {value: count}}} for the whole archive and each language, every mode."""
    found = {"": {}, **{f"language={code}": {} for code in Language.values}}
    with connection.cursor() as cursor:
        for mode, parts in _period_parts(connection.vendor, after).items():
            union = " UNION ALL ".join(parts)
            per_scope = {scope: {} for scope in found}

            def add(code, key, n):
                for scope in ("", f"language={code}"):
                    if scope in per_scope:
                        per_scope[scope][key] = per_scope[scope].get(key, 0) + n

            cursor.execute(f"SELECT lang, y, COUNT(DISTINCT aid) FROM ({union}) u GROUP BY lang, y", [])
            for code, year, n in cursor.fetchall():
                add(code, str(year), n)
            cursor.execute(
                f"SELECT lang, y, m, COUNT(DISTINCT aid) FROM ({union}) u WHERE m IS NOT NULL GROUP BY lang, y, m",
                [],
            )
            for code, year, month, n in cursor.fetchall():
                add(code, f"{year}-{month:02d}", n)
            cursor.execute(f"SELECT lang, COUNT(DISTINCT aid) FROM ({union}) u GROUP BY lang", [])
            dated = dict(cursor.fetchall())
            for code, total in language_counts.items():
                # The totals were read by an earlier statement: an importer writing in between can make
                # "dated" the larger. Such a recount is never published (the write marks the summary
                # dirty, and refresh() then discards it), but its rows must still be valid ones.
                undated = max(0, total - dated.get(code, 0))
                if undated:
                    add(code, "undated", undated)
            for scope, values in per_scope.items():
                found[scope][mode] = values
    return found


def _ranked(values, key):
    """[(value, count, rank)] sorted by ``key(value, count)``."""
    ordered = sorted(values.items(), key=lambda item: key(*item))
    return [(str(value), count, rank) for rank, (value, count) in enumerate(ordered)]


def _counts(using="default", after=None):
    """{(scope, facet): {value: count}} of every article, or of the articles whose id is above ``after``.

    Every count is of distinct articles per value, so the counts of two disjoint sets of articles
    add up to those of their union (what ``apply_new_articles`` relies on)."""
    from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention

    connection = connections[using]
    articles = Article.objects.all() if after is None else Article.objects.filter(pk__gt=after)
    scopes = _scopes(articles)
    languages = dict(articles.values_list("language").annotate(n=Count("pk")).order_by())
    scope_counts = {"": sum(languages.values())}
    scope_counts.update({f"language={code}": languages.get(code, 0) for code in Language.values})
    language_facets = {"": languages}
    for scope, spec in scopes.items():
        if spec and spec[0] == "undated":
            rows = Article.objects.filter(pk__in=spec[1]).values_list("language").annotate(n=Count("pk")).order_by()
            language_facets[scope] = dict(rows)
            scope_counts[scope] = sum(language_facets[scope].values())

    def links_of(model):
        return model.objects.all() if after is None else model.objects.filter(article_id__gt=after)

    links = {
        "person": _link_counts(links_of(PersonMention), "person_id", "article", scopes),
        "organisation": _link_counts(links_of(OrganisationMention), "organisation_id", "article", scopes),
        "place": _link_counts(links_of(PlaceMention), "place_id", "article", scopes),
        "meeting": _link_counts(links_of(MeetingReport), "meeting_id", "article", scopes),
        "tag": _tag_counts(scopes, articles, after),
    }
    found = {}
    for scope in scopes:
        found[(scope, ARTICLES)] = {"": scope_counts.get(scope, 0)}
        for facet in ENTITY_FACETS:
            found[(scope, facet)] = {str(value): n for value, n in links[facet].get(scope, {}).items()}
        if scope in language_facets:
            found[(scope, "language")] = dict(language_facets[scope])
    for scope, modes in _date_counts(connection, languages, after).items():
        for mode, values in modes.items():
            found[(scope, f"date.{mode}")] = values
    return found


def _orders():
    """{facet: key(value, count)}: the orders of facets.py's queries (values as stored: strings)."""
    ministers = {str(pk) for pk in Role.objects.filter(minister_condition()).values_list("person_id", flat=True)}
    names = {
        "person": dict(Person.objects.values_list("pk", "name")),
        "organisation": dict(Organisation.objects.values_list("pk", "name")),
        "place": dict(Place.objects.values_list("pk", "name")),
        "tag": dict(TaggedItem.tag_model().objects.values_list("pk", "name")),
    }
    names = {facet: {str(pk): name for pk, name in values.items()} for facet, values in names.items()}
    meeting_dates = {str(pk): date for pk, date in Meeting.objects.values_list("pk", "date")}
    # Ministers first for people, newest first for meetings; ids compare as numbers.
    orders = {
        "person": lambda pk, n: (pk not in ministers, -n, names["person"].get(pk, ""), int(pk)),
        "organisation": lambda pk, n: (-n, names["organisation"].get(pk, ""), int(pk)),
        "place": lambda pk, n: (-n, names["place"].get(pk, ""), int(pk)),
        "tag": lambda pk, n: (-n, names["tag"].get(pk, ""), int(pk)),
        "meeting": lambda pk, n: (-n, -(meeting_dates.get(pk) or datetime.date.min).toordinal(), int(pk)),
        "language": lambda code, n: (-n, code),
        ARTICLES: lambda value, n: (value,),
    }
    return lambda facet: orders.get(facet) or (lambda key, n: (key,))  # date.<mode>: by the key


def compute(using="default"):
    """Every summary row, as [(scope, facet, value, count, rank)]; reads only."""
    found = _counts(using)
    order = _orders()
    rows = []
    for (scope, facet), values in found.items():
        if facet == ARTICLES:
            rows.append((scope, ARTICLES, "", values[""], 0))
            continue
        for value, count, rank in _ranked(values, order(facet)):
            rows.append((scope, facet, value, count, rank))
    return rows


def refresh(using="default"):
    """Recount the summary; True if it was published (False: a write came in meanwhile)."""
    from ..models import FacetSummary, FacetSummaryState

    started = time.monotonic()
    state, _ = FacetSummaryState.objects.using(using).get_or_create(pk=1)
    generation = state.generation
    FacetSummaryState.objects.using(using).filter(pk=1).update(dirty=False, dirty_by=None)
    rows = compute(using)
    with transaction.atomic(using=using):
        state = FacetSummaryState.objects.using(using).select_for_update().get(pk=1)
        if state.generation != generation and not state.dirty:
            return True  # another refresh or import run published a later summary meanwhile
        if state.dirty or state.generation != generation:
            state.usable = False
            state.save(update_fields=["usable"])
            return False
        FacetSummary.objects.using(using).all().delete()
        FacetSummary.objects.using(using).bulk_create(
            [
                FacetSummary(scope=scope, facet=facet, value=value, count=count, rank=rank)
                for scope, facet, value, count, rank in rows
            ],
            batch_size=2000,
        )
        _publish(state, started)
    return True


def _publish(state, started):
    """Mark the counts just written fresh: not dirty, usable, one generation on, and when and how long."""
    state.dirty, state.usable, state.dirty_by = False, True, None
    state.generation += 1
    state.refreshed_at = timezone.now()
    state.seconds = time.monotonic() - started
    state.save()


def refresh_if_dirty(using="default"):
    """``refresh()`` unless the summary is fresh already; True if it is fresh afterwards."""
    return is_fresh(using) or refresh(using)


# -- incremental: an import run that only added articles ----------------------------------------

LINK_TABLES = (  # (model path, article column): rows a new article's import inserts
    ("articles.PersonMention", "article_id"),
    ("articles.OrganisationMention", "article_id"),
    ("articles.PlaceMention", "article_id"),
    ("articles.MeetingReport", "article_id"),
)
NONADDITIVE = "summary_nonadditive"


def _max_pk(model, using):
    return model.objects.using(using).order_by("-pk").values_list("pk", flat=True).first() or 0


class RunTracker:
    """What ``apply_new_articles`` needs to tell this run's writes from everybody else's.

    ``begin()`` at the run's start, ``finish(imported)`` at its end. The summary is updated
    incrementally only if it was fresh at the start and, since then, the only writes to the watched
    tables were this run's INSERTs: on PostgreSQL the triggers say so (this session names itself in
    ``WRITER_SETTING``, and ``dirty_by`` keeps the name until another session writes, or anyone
    updates or deletes); on SQLite, where triggers cannot tell sessions apart, ``PRAGMA
    data_version`` says whether another connection committed anything at all, and temporary
    triggers of this connection record its own UPDATEs and DELETEs. Anything else: ``refresh()``.
    """

    def __init__(self, using="default"):
        self.using = using
        self.token = f"import-{uuid.uuid4().hex[:20]}"
        self.valid = False
        self.reason = "not started"
        self.raw = None
        self.listening = False

    # -- start

    def begin(self):
        from django.apps import apps

        from ..models import Article, FacetSummaryState

        state = FacetSummaryState.objects.using(self.using).filter(pk=1).first()
        if state is None or not state.usable or state.dirty:
            self.reason = "the summary was stale at the start"
            return self
        self.generation = state.generation
        self.after = _max_pk(Article, self.using)
        self.link_after = {path: _max_pk(apps.get_model(path), self.using) for path, _ in LINK_TABLES}
        self.roles_after = _max_pk(Role, self.using)
        self.valid, self.reason = True, ""
        self._on_connection(connections[self.using])
        connection_created.connect(self._connected)
        self.listening = True
        return self

    def _connected(self, sender, connection, **kwargs):
        if connection.alias == self.using and self.valid:
            self._on_connection(connection)

    def _on_connection(self, connection):
        """On every connection the run writes through (the importer's worker pool reconnects)."""
        connection.ensure_connection()
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SELECT set_config(%s, %s, false)", [WRITER_SETTING, self.token])
                return
            if connection.vendor != "sqlite":
                self._lose("incremental updates need PostgreSQL or SQLite")
                return
            if self.raw is not None:
                # A new connection: whatever was written before it is unknown unless nothing was at all.
                cursor.execute(f"SELECT dirty, generation FROM {STATE_TABLE} WHERE id = 1")
                dirty, generation = cursor.fetchone()
                if dirty or generation != self.generation:
                    self._lose("the connection was replaced after the run wrote")
                    return
            cursor.execute(f"CREATE TEMP TABLE IF NOT EXISTS {NONADDITIVE} (what TEXT)")
            cursor.execute(f"DELETE FROM temp.{NONADDITIVE}")
            for table in WATCHED_TABLES:
                body = f"BEGIN INSERT INTO {NONADDITIVE} VALUES ('{table}'); END"
                columns = WATCHED_COLUMNS.get(table)
                update = f"UPDATE OF {', '.join(columns)}" if columns else "UPDATE"
                when = (" WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)) if columns else ""
                for event, name in ((update, "update"), ("DELETE", "delete")):
                    cursor.execute(f"DROP TRIGGER IF EXISTS temp.{table}_nonadditive_{name}")
                    cursor.execute(
                        f"CREATE TEMP TRIGGER {table}_nonadditive_{name} AFTER {event} ON main.{table}{when} {body}"
                    )
            cursor.execute("PRAGMA data_version")
            self.data_version = cursor.fetchone()[0]
            self.raw = connection.connection

    def _lose(self, reason):
        self.valid, self.reason = False, reason

    def _end_connection(self):
        if not self.listening:
            return
        connection_created.disconnect(self._connected)
        self.listening = False
        connection = connections[self.using]
        if connection.connection is None:
            return
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute("SELECT set_config(%s, '', false)", [WRITER_SETTING])
            elif connection.vendor == "sqlite" and connection.connection is self.raw:
                for table in WATCHED_TABLES:
                    for name in ("update", "delete"):
                        cursor.execute(f"DROP TRIGGER IF EXISTS temp.{table}_nonadditive_{name}")

    # -- end

    def finish(self, imported):
        """Bring the summary up to date after the run; 'incremental', 'refreshed' or 'stale'."""
        try:
            incremental = self.valid and self._apply(imported)
        finally:
            self._end_connection()
        if incremental:
            return "incremental"
        return "refreshed" if refresh_if_dirty(self.using) else "stale"

    def _others_wrote(self, connection, state):
        """Why the summary cannot be brought up to date from this run's new articles, or ''."""
        if state.generation != self.generation or not state.usable:
            return "another refresh ran meanwhile"
        if connection.vendor == "postgresql":
            if state.dirty and state.dirty_by != self.token:
                return "another writer, or an update or deletion"
            return ""
        if connection.connection is not self.raw:
            return "the connection was replaced"
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA data_version")
            if cursor.fetchone()[0] != self.data_version:
                return "another connection wrote to the database"
            cursor.execute(f"SELECT DISTINCT what FROM temp.{NONADDITIVE} ORDER BY what")
            tables = [row[0] for row in cursor.fetchall()]
            if tables:
                return f"the run updated or deleted rows the facets count ({', '.join(tables)})"
        return ""

    def _apply(self, imported):
        from django.apps import apps

        from ..models import Article, FacetSummary, FacetSummaryState

        started = time.monotonic()
        connection = connections[self.using]
        with transaction.atomic(using=self.using):
            if connection.vendor == "sqlite":  # take the write lock first: nobody writes while we count
                FacetSummaryState.objects.using(self.using).filter(pk=1).update(seconds=None)
            state = FacetSummaryState.objects.using(self.using).select_for_update().get(pk=1)
            reason = self._others_wrote(connection, state)
            if not reason and Article.objects.using(self.using).filter(pk__gt=self.after).count() != imported:
                reason = "the new articles are not the run's imported ones"
            if not reason:
                for path, column in LINK_TABLES:
                    rows = apps.get_model(path).objects.using(self.using).filter(pk__gt=self.link_after[path])
                    if rows.filter(**{f"{column}__lte": self.after}).exists():
                        reason = "the run linked an article it did not import"
            if reason:
                self.reason = reason
                return False
            if not state.dirty:
                return True  # nothing written: still fresh
            new = _counts(self.using, after=self.after)
            touched = {key for key, values in new.items() if key[1] == ARTICLES or any(values.values())}
            if Role.objects.using(self.using).filter(pk__gt=self.roles_after).filter(minister_condition()).exists():
                touched |= {key for key in new if key[1] == "person"}  # a new minister moves up in every scope
            stored = {}
            for scope, facet, value, count in FacetSummary.objects.using(self.using).values_list(
                "scope", "facet", "value", "count"
            ):
                if (scope, facet) in touched:
                    stored.setdefault((scope, facet), {})[value] = count
            order = _orders()
            rows = []
            for scope, facet in touched:
                values = dict(stored.get((scope, facet), {}))
                for value, n in new[(scope, facet)].items():
                    if n:
                        values[value] = values.get(value, 0) + n
                if facet == ARTICLES:
                    rows.append(FacetSummary(scope=scope, facet=facet, value="", count=values.get("", 0), rank=0))
                    continue
                for value, count, rank in _ranked(values, order(facet)):
                    rows.append(FacetSummary(scope=scope, facet=facet, value=value, count=count, rank=rank))
            condition = Q()
            for scope, facet in touched:
                condition |= Q(scope=scope, facet=facet)
            FacetSummary.objects.using(self.using).filter(condition).delete()
            FacetSummary.objects.using(self.using).bulk_create(rows, batch_size=2000)
            _publish(state, started)
        return True

    def finish_nothing(self):
        """The run changed nothing (or stopped): leave the summary as the writes left it."""
        self._end_connection()
