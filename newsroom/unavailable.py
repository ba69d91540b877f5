"""When the database cannot answer: a 503 page (HTML or JSON) instead of a 500, and ``/healthz``.

Two kinds of trouble are the archive's to report, not the code's:

- the database is **busy**: on SQLite another process (an import) held the
  write lock for longer than the busy timeout (``settings.SQLITE_BUSY_TIMEOUT``);
- the database is **unreachable**: PostgreSQL is down, restarting or refuses
  connections, or a disk is full.

Both are ``django.db.OperationalError`` (or ``InterfaceError`` for a
connection that went away). The request gets a 503 with ``Retry-After``, as
HTML or, for ``format=json`` and clients that ask for JSON, as JSON; the
page itself reads nothing from the database. ``DatabaseUnavailableMiddleware``
answers for views; ``server_error`` (the project's ``handler500``) for
everything else (a session saved by the middleware, a template rendered
late), and is Django's own 500 page for any other error.

``HealthCheckMiddleware`` answers ``/healthz`` before any other middleware
(no host check, no HTTPS redirect: load balancers probe by address, over
plain HTTP): 200 ``{"status": "ok"}`` when the database answers a query,
else 503.
"""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views import defaults

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"
RETRY_AFTER_BUSY = 5
RETRY_AFTER_DOWN = 30


# SQLite raises OperationalError for a bad query too ("no such table", "near …:
# syntax error"): those are bugs, and stay 500s. These are the database's state.
SQLITE_UNAVAILABLE = (
    "database is locked",
    "database table is locked",
    "unable to open database file",
    "disk i/o error",
    "database or disk is full",
    "attempt to write a readonly database",
    "database disk image is malformed",
)


def is_unavailable(error):
    """True for errors that mean the database cannot answer now (not a bug in a query).

    PostgreSQL's (psycopg's) ``OperationalError`` is a lost or refused
    connection, a server shutting down, a full disk, too many connections;
    ``InterfaceError`` a connection already closed.
    """
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__
    if cause is not None and type(cause).__module__.startswith("sqlite3"):
        text = str(error).lower()
        return any(text.startswith(reason) for reason in SQLITE_UNAVAILABLE)
    return True


def is_busy(error):
    text = str(error).lower()
    return "database is locked" in text or "database table is locked" in text


def wants_json(request):
    if request.GET.get("format") == "json" or request.path == HEALTH_PATH:
        return True
    accept = request.headers.get("Accept", "")
    return "application/json" in accept and "text/html" not in accept


def unavailable_response(request, error):
    busy = is_busy(error)
    retry_after = RETRY_AFTER_BUSY if busy else RETRY_AFTER_DOWN
    if busy:
        message = (
            "Another process (an import, most likely) has been writing to the archive for a while. "
            "Please try again in a few seconds; nothing was changed."
        )
    else:
        message = (
            "The archive's database cannot be reached just now. Please try again in a minute; "
            "nothing was changed."
        )
    logger.warning("503 for %s %s: %s: %s", request.method, request.path, type(error).__name__, error)
    if wants_json(request):
        response = JsonResponse(
            {
                "error": "busy" if busy else "database unavailable",
                "message": message,
                "retry_after": retry_after,
            },
            status=503,
        )
    else:
        html = loader.render_to_string("503.html", {"message": message, "busy": busy})
        response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_unavailable(exception):
            return unavailable_response(request, exception)
        return None


def server_error(request, template_name="500.html"):
    """``handler500``: a 503 for an unavailable database, Django's 500 page for anything else."""
    error = sys.exc_info()[1]
    if error is not None and is_unavailable(error):
        return unavailable_response(request, error)
    return defaults.server_error(request, template_name)


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_PATH:
            return self.get_response(request)
        status, body = 200, {"status": "ok", "database": "ok"}
        try:
            with connections["default"].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError as error:
            logger.warning("healthz: the database does not answer: %s", error)
            status = 503
            body = {"status": "unavailable", "database": type(error).__name__}
        response = JsonResponse(body, status=status)
        response["Cache-Control"] = "no-store"
        if status == 503:
            response["Retry-After"] = str(RETRY_AFTER_DOWN)
        return response
