"""One consistent view of the archive for an export, however long it runs and whatever writes meanwhile.

An export reads the tables one after the other; an import committing files
in between would give it an article that names a person exported before the
person existed (a dangling id). Inside ``snapshot()`` every query sees the
database as it was when the first one ran:

- PostgreSQL: a ``REPEATABLE READ, READ ONLY`` transaction;
- SQLite: a read transaction, begun by hand (``BEGIN DEFERRED``). The
  archive's own transactions begin ``IMMEDIATE`` (settings), which would take
  the write lock and hold every import up for the whole export; in WAL mode a
  read transaction holds nobody up and keeps its view until it ends.

Already inside a transaction (a test), the block reads in that one.
"""

from contextlib import contextmanager

from django.db import connections, transaction


@contextmanager
def snapshot(using="default"):
    connection = connections[using]
    if connection.in_atomic_block:
        yield
        return
    if connection.vendor == "postgresql":
        with transaction.atomic(using=using):
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("BEGIN DEFERRED")
        cursor.execute("SELECT count(*) FROM django_migrations")  # the view is taken at the first read
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ROLLBACK")  # nothing was written
