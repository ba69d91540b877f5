"""Plain SQL for the importer's most frequent statements.

Importing one article takes a dozen small statements. Building each with
Django's query compiler costs far more than running it (0.5–6 ms against
0.1 ms on the project's machine, ``bench/import_benchmark.py``), so the
statements run for every file are written here once, in SQL that SQLite
(3.35+) and PostgreSQL both take, with every value passed as a parameter:

* ``insert``: one multi-row ``INSERT … RETURNING id`` for new records of one
  model, with the values Django would write (``pre_save`` sets the
  ``auto_now`` dates; ``get_db_prep_save`` adapts dates, JSON and booleans),
  the ids set on the instances — ``bulk_create`` without its overhead;
* ``meetings_of_exactly``: the meetings whose participants are exactly a set
  of people, as ``Meeting`` instances;
* ``existing_ids``: which of some ids a table has.
"""

from django.db import connections, router
from django.utils import timezone

CHUNK = 400  # rows per INSERT (SQLite allows 32,766 parameters)


def _connection(model):
    return connections[router.db_for_write(model)]


# Fields whose values go to the database as Python has them (strings, numbers, booleans, ids, None):
# every other kind goes through ``get_db_prep_save`` (dates, times, JSON …).
_PLAIN = {
    "CharField", "TextField", "SlugField", "IntegerField", "BigIntegerField", "PositiveIntegerField",
    "PositiveBigIntegerField", "PositiveSmallIntegerField", "SmallIntegerField", "BooleanField", "FloatField",
    "ForeignKey", "OneToOneField", "AutoField", "BigAutoField",
}
PLAIN, PREPARED, NOW = "plain", "prepared", "now"
_PLANS = {}
_STATEMENTS = {}
_CONVERTERS = {}


def _plan(model, fields):
    """``[(field, attname, how)]``: how each value goes in (as it is, prepared, or the time now)."""
    key = (model, tuple(f.attname for f in fields))
    if key not in _PLANS:
        _PLANS[key] = [
            (
                f,
                f.attname,
                NOW
                if f.get_internal_type() == "DateTimeField" and (f.auto_now or f.auto_now_add)
                else (PLAIN if f.get_internal_type() in _PLAIN else PREPARED),
            )
            for f in fields
        ]
    return _PLANS[key]


def _insert_sql(connection, model, fields, rows):
    key = (connection.alias, model, tuple(f.attname for f in fields), rows)
    if key not in _STATEMENTS:
        quote = connection.ops.quote_name
        meta = model._meta
        columns = ", ".join(quote(f.column) for f in fields)
        marks = "(" + ", ".join(["%s"] * len(fields)) + ")"
        _STATEMENTS[key] = (
            f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES {', '.join([marks] * rows)} "
            f"RETURNING {quote(meta.pk.column)}"
        )
    return _STATEMENTS[key]


def _run_insert(connection, model, fields, chunk_values, rows):
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(connection, model, fields, rows), chunk_values)
        return [r[0] for r in cursor.fetchall()]


def insert(instances):
    """INSERT ``instances`` (all of one model, none saved) and set their primary keys (and ``auto_now``
    dates, as ``save`` does)."""
    if not instances:
        return instances
    model = type(instances[0])
    meta = model._meta
    connection = _connection(model)
    fields = [f for f in meta.concrete_fields if not f.primary_key or getattr(instances[0], f.attname) is not None]
    plan = _plan(model, fields)
    relations = any(f.is_relation for f in fields)
    now = timezone.now()
    stamped = None
    for start in range(0, len(instances), CHUNK):
        chunk = instances[start : start + CHUNK]
        values = []
        for instance in chunk:
            if relations:
                instance._prepare_related_fields_for_save(operation_name="insert")
            for field, attname, how in plan:
                if how is PLAIN:
                    values.append(getattr(instance, attname))
                elif how is NOW:
                    setattr(instance, attname, now)
                    if stamped is None:
                        stamped = field.get_db_prep_save(now, connection)
                    values.append(stamped)
                else:  # pre_save: an auto_now date (not a time) is set there
                    values.append(field.get_db_prep_save(field.pre_save(instance, add=True), connection))
        ids = _run_insert(connection, model, fields, values, len(chunk))
        for instance, pk in zip(chunk, ids):
            setattr(instance, meta.pk.attname, pk)
            instance._state.adding = False
            instance._state.db = connection.alias
    return instances


def insert_values(model, rows):
    """INSERT ``rows`` (dicts of field attnames to values) of ``model``; return their new ids, in order.

    Like ``insert`` without building model instances: a field a row leaves out gets its default,
    or the time now for an ``auto_now`` / ``auto_now_add`` date.
    """
    if not rows:
        return []
    meta = model._meta
    connection = _connection(model)
    fields = [f for f in meta.concrete_fields if not f.primary_key or f.attname in rows[0]]
    plan = _plan(model, fields)
    now = timezone.now()
    stamped = None
    ids = []
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        values = []
        for row in chunk:
            for field, attname, how in plan:
                if attname in row:
                    value = row[attname]
                    values.append(value if how is PLAIN else field.get_db_prep_save(value, connection))
                elif how is NOW:
                    if stamped is None:
                        stamped = field.get_db_prep_save(now, connection)
                    values.append(stamped)
                else:
                    value = field.get_default()
                    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                        value = timezone.localdate(now)  # a date field's "now"
                    values.append(value if how is PLAIN else field.get_db_prep_save(value, connection))
        ids.extend(_run_insert(connection, model, fields, values, len(chunk)))
    return ids


def _select(model, where, params, alias="t"):
    meta = model._meta
    connection = _connection(model)
    quote = connection.ops.quote_name
    fields = meta.concrete_fields
    columns = ", ".join(f"{alias}.{quote(f.column)}" for f in fields)
    sql = f"SELECT {columns} FROM {quote(meta.db_table)} {alias} WHERE {where} ORDER BY {alias}.{quote(meta.pk.column)}"
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    key = (model, connection.alias)
    if key not in _CONVERTERS:
        columns = [f.get_col(meta.db_table) for f in fields]
        _CONVERTERS[key] = [(c, connection.ops.get_db_converters(c) + c.get_db_converters(connection)) for c in columns]
    converters = _CONVERTERS[key]
    names = [f.attname for f in fields]
    found = []
    for row in rows:
        values = []
        for value, (column, field_converters) in zip(row, converters):
            for converter in field_converters:
                value = converter(value, column, connection)
            values.append(value)
        found.append(model.from_db(connection.alias, names, values))
    return found


def meetings_of_exactly(meeting_model, people, kind, unlike_statuses):
    """Meetings of ``kind`` whose participants are exactly ``people``, whose status is none of ``unlike_statuses``."""
    people = sorted(people)
    through = meeting_model.participants.through._meta.db_table
    marks = ", ".join(["%s"] * len(people))
    unlike = ", ".join(["%s"] * len(unlike_statuses))
    where = (
        f"t.id IN (SELECT p.meeting_id FROM {through} p WHERE p.meeting_id IN "
        f"(SELECT q.meeting_id FROM {through} q WHERE q.person_id = %s) GROUP BY p.meeting_id "
        f"HAVING COUNT(*) = %s AND SUM(CASE WHEN p.person_id IN ({marks}) THEN 1 ELSE 0 END) = %s) "
        f"AND t.kind = %s" + (f" AND t.status NOT IN ({unlike})" if unlike_statuses else "")
    )
    params = [people[0], len(people), *people, len(people), kind, *unlike_statuses]
    return _select(meeting_model, where, params)


def existing_ids(model, ids):
    """The ones of ``ids`` that ``model``'s table has."""
    ids = sorted(set(ids))
    if not ids:
        return set()
    connection = _connection(model)
    quote = connection.ops.quote_name
    meta = model._meta
    sql = f"SELECT {quote(meta.pk.column)} FROM {quote(meta.db_table)} WHERE {quote(meta.pk.column)} IN ({', '.join(['%s'] * len(ids))})"
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        return {row[0] for row in cursor.fetchall()}


def rows_where_in(model, columns, column, values):
    """``[tuple of columns]`` of ``model``'s rows whose ``column`` is one of ``values``."""
    values = list(dict.fromkeys(values))
    if not values:
        return []
    connection = _connection(model)
    quote = connection.ops.quote_name
    meta = model._meta
    found = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        sql = (
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(meta.db_table)} "
            f"WHERE {quote(column)} IN ({', '.join(['%s'] * len(chunk))})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, chunk)
            found.extend(cursor.fetchall())
    return found
