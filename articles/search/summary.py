"""Pre-aggregated facet counts of the unfiltered archive and of single-filter states.

The home page (everything, newest first) and a state of one filter that matches a large part of
the archive (one language, ``undated``) would otherwise count facets over hundreds of thousands
of articles. ``refresh()`` counts them all once into ``FacetSummary``; the importer runs it after
a run that changed something, ``bench/generate_archive.py`` after a bulk load, and ``manage.py
refresh_search_summary`` at any time.

Database triggers on the articles and every table a facet reads (mentions, meeting reports, tags,
meetings' dates, roles) mark the summary dirty on any write, however it is made — the importer,
the admin, a bulk update or a merge — so a stale summary is never read: the search then counts
exactly or estimates (``counting.py``) until the next refresh. A refresh clears the mark before
it counts and publishes only if nothing was written meanwhile.

Scopes: ``""`` (every article), ``"language=<code>"``, ``"undated=<date_of>"``. Facets: the
search's facet names, ``"date.<date_of>"`` for each way of reading dates, and ``"articles"`` (the
scope's count, value ``""``). Values are as the facets count them: an entity's id, a language
code, ``"2021"``, ``"2021-07"``, ``"undated"``. ``rank`` is each value's place in the order the
facet lists them.
"""

import datetime
import time

from django.db import connections, transaction
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


def _trigger_name(table, event):
    return f"{table}_summary_{event}"


def _postgres_statements():
    yield (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"UPDATE {STATE_TABLE} SET dirty = true WHERE NOT dirty; RETURN NULL; END $$"
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


def _scopes():
    from ..models import Article

    scopes = {"": None}
    for code in Language.values:
        scopes[f"language={code}"] = ("language", code)
    for mode in DATE_OF_MODES:
        scopes[f"undated={mode}"] = ("undated", Article.objects.undated(mode).values("pk"))
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


def _tag_counts(scopes):
    from ..models import Article

    items = TaggedItem.objects.filter(content_type__app_label="articles", content_type__model="article")
    found = {}
    for scope, spec in scopes.items():
        if spec is None:
            selected = items
        elif spec[0] == "language":
            selected = items.filter(object_id__in=Article.objects.filter(language=spec[1]).values("pk"))
        else:
            selected = items.filter(object_id__in=spec[1])
        rows = selected.values("tag_id").annotate(n=Count("object_id", distinct=True)).order_by()
        found[scope] = {row["tag_id"]: row["n"] for row in rows}
    return found


def _year_month_sql(vendor, column):
    if vendor == "postgresql":
        return f"CAST(EXTRACT(YEAR FROM {column}) AS integer)", f"CAST(EXTRACT(MONTH FROM {column}) AS integer)"
    return f"CAST(strftime('%%Y', {column}) AS integer)", f"CAST(strftime('%%m', {column}) AS integer)"


def _period_parts(vendor):
    """SELECTs of (aid, lang, y, m): articles' own dates (a year-only date in no month) and the
    first days of the meetings they report."""
    year, month = _year_month_sql(vendor, "a.published")
    own = (
        f"SELECT a.id AS aid, a.language AS lang, {year} AS y, "
        f"CASE WHEN a.published_precision = '{DatePrecision.YEAR}' THEN NULL ELSE {month} END AS m "
        "FROM articles_article a WHERE a.published IS NOT NULL"
    )
    year, month = _year_month_sql(vendor, "m.date")
    events = (
        f"SELECT r.article_id AS aid, a.language AS lang, {year} AS y, {month} AS m "
        "FROM articles_meetingreport r JOIN people_meeting m ON m.id = r.meeting_id "
        "JOIN articles_article a ON a.id = r.article_id WHERE m.date IS NOT NULL"
    )
    return {DATE_OF_PUBLISHED: [own], DATE_OF_EVENT: [events], DATE_OF_EITHER: [own, events]}


def _date_counts(connection, language_counts):
    """{scope: {mode: {value: count}}} for the whole archive and each language, every mode."""
    found = {"": {}, **{f"language={code}": {} for code in Language.values}}
    with connection.cursor() as cursor:
        for mode, parts in _period_parts(connection.vendor).items():
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
                if total - dated.get(code, 0):
                    add(code, "undated", total - dated.get(code, 0))
            for scope, values in per_scope.items():
                found[scope][mode] = values
    return found


def _ranked(values, key):
    """[(value, count, rank)] sorted by ``key(value, count)``."""
    ordered = sorted(values.items(), key=lambda item: key(*item))
    return [(str(value), count, rank) for rank, (value, count) in enumerate(ordered)]


def compute(using="default"):
    """Every summary row, as [(scope, facet, value, count, rank)]; reads only."""
    from ..models import Article, MeetingReport, OrganisationMention, PersonMention, PlaceMention

    connection = connections[using]
    scopes = _scopes()
    languages = dict(Article.objects.values_list("language").annotate(n=Count("pk")).order_by())
    scope_counts = {"": sum(languages.values())}
    scope_counts.update({f"language={code}": languages.get(code, 0) for code in Language.values})
    language_facets = {"": languages}
    for scope, spec in scopes.items():
        if spec and spec[0] == "undated":
            rows = Article.objects.filter(pk__in=spec[1]).values_list("language").annotate(n=Count("pk")).order_by()
            language_facets[scope] = dict(rows)
            scope_counts[scope] = sum(language_facets[scope].values())

    links = {
        "person": _link_counts(PersonMention.objects.all(), "person_id", "article", scopes),
        "organisation": _link_counts(OrganisationMention.objects.all(), "organisation_id", "article", scopes),
        "place": _link_counts(PlaceMention.objects.all(), "place_id", "article", scopes),
        "meeting": _link_counts(MeetingReport.objects.all(), "meeting_id", "article", scopes),
        "tag": _tag_counts(scopes),
    }
    ministers = set(Role.objects.filter(minister_condition()).values_list("person_id", flat=True))
    names = {
        "person": dict(Person.objects.values_list("pk", "name")),
        "organisation": dict(Organisation.objects.values_list("pk", "name")),
        "place": dict(Place.objects.values_list("pk", "name")),
        "tag": dict(TaggedItem.tag_model().objects.values_list("pk", "name")),
    }
    meeting_dates = dict(Meeting.objects.values_list("pk", "date"))
    # The orders of facets.py's queries: ministers first for people, newest first for meetings.
    orders = {
        "person": lambda pk, n: (pk not in ministers, -n, names["person"].get(pk, ""), pk),
        "organisation": lambda pk, n: (-n, names["organisation"].get(pk, ""), pk),
        "place": lambda pk, n: (-n, names["place"].get(pk, ""), pk),
        "tag": lambda pk, n: (-n, names["tag"].get(pk, ""), pk),
        "meeting": lambda pk, n: (-n, -(meeting_dates.get(pk) or datetime.date.min).toordinal(), pk),
    }
    rows = []
    for scope in scopes:
        rows.append((scope, ARTICLES, "", scope_counts.get(scope, 0), 0))
        for facet in ENTITY_FACETS:
            for value, count, rank in _ranked(links[facet].get(scope, {}), orders[facet]):
                rows.append((scope, facet, value, count, rank))
        if scope in language_facets:
            for value, count, rank in _ranked(language_facets[scope], lambda code, n: (-n, code)):
                rows.append((scope, "language", value, count, rank))
    for scope, modes in _date_counts(connection, languages).items():
        for mode, values in modes.items():
            for value, count, rank in _ranked(values, lambda key, n: (key,)):
                rows.append((scope, f"date.{mode}", value, count, rank))
    return rows


def refresh(using="default"):
    """Recount the summary; True if it was published (False: a write came in meanwhile)."""
    from ..models import FacetSummary, FacetSummaryState

    started = time.monotonic()
    state, _ = FacetSummaryState.objects.using(using).get_or_create(pk=1)
    FacetSummaryState.objects.using(using).filter(pk=1).update(dirty=False)
    rows = compute(using)
    with transaction.atomic(using=using):
        state = FacetSummaryState.objects.using(using).select_for_update().get(pk=1)
        if state.dirty:
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
        state.dirty, state.usable = False, True
        state.refreshed_at = timezone.now()
        state.seconds = time.monotonic() - started
        state.save()
    return True


def refresh_if_dirty(using="default"):
    """``refresh()`` unless the summary is fresh already; True if it is fresh afterwards."""
    return is_fresh(using) or refresh(using)
