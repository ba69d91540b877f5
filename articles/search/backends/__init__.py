"""The search backend of a database connection: one implementation per vendor."""

from django.db import connections

from .base import InIds, SearchBackend, SearchTimeout
from .postgres import PostgresSearchBackend
from .sqlite import SQLiteSearchBackend

BACKENDS = {backend.vendor: backend for backend in (PostgresSearchBackend, SQLiteSearchBackend)}

__all__ = ["InIds", "SearchBackend", "SearchTimeout", "search_backend"]


def search_backend(using="default"):
    """The backend for the database ``using``; an error for a vendor without one."""
    connection = connections[using]
    try:
        return BACKENDS[connection.vendor](connection)
    except KeyError:
        raise NotImplementedError(
            f"the archive's search supports PostgreSQL and SQLite, not {connection.vendor}"
        ) from None
