"""A cap on concurrent anonymous downloads, across every worker process of the site.

A CSV of 10,000 articles or the JSON of a person's 500 meetings costs a
worker far more than a page. Anonymous clients may run at most
``NEWSROOM_DOWNLOAD_SLOTS`` of them at once, site-wide; one more gets a 429
with ``Retry-After`` at once, and every other worker stays free for pages.
Logged-in staff are not capped.

The slots are lock files (``filelock``, ``flock`` on Unix) in
``NEWSROOM_LOCK_DIR``: shared by gunicorn's worker processes and threads,
released when the download ends, and by the operating system when a worker
dies, so a slot is never lost.

A download is built at a lower CPU priority than pages (``at_low_priority``):
on a busy machine the worker building a CSV yields the processor to the
workers serving pages, and the download, not the page, waits.
"""

import os
import threading
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse, JsonResponse
from filelock import FileLock, Timeout

RETRY_AFTER = 5
# The CPU priority (nice value) a download is built at: pages come first.
BUILD_NICENESS = 10


class Slot:
    """One held download slot; ``release()`` is safe to call twice."""

    def __init__(self, lock):
        self.lock = lock

    def release(self):
        if self.lock is not None:
            self.lock.release()
            self.lock = None


UNCAPPED = Slot(None)


def acquire(request):
    """A ``Slot`` for this request's download, or None when every slot is taken."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return UNCAPPED
    directory = Path(settings.NEWSROOM_LOCK_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    for number in range(settings.NEWSROOM_DOWNLOAD_SLOTS):
        lock = FileLock(directory / f"download-{number}.lock", timeout=0, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            continue
        return Slot(lock)
    return None


def too_many(as_json):
    message = (
        f"Too many downloads at once: at most {settings.NEWSROOM_DOWNLOAD_SLOTS} run at the same time. "
        f"Please try again in {RETRY_AFTER} seconds."
    )
    if as_json:
        response = JsonResponse(
            {"error": "too many requests", "message": message, "retry_after": RETRY_AFTER}, status=429
        )
    else:
        response = HttpResponse(message + "\n", status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER)
    return response


def capped_json(view):
    """A view whose ``format=json`` answer runs under a download slot (entity pages: hundreds of rows)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.GET.get("format") != "json":
            return view(request, *args, **kwargs)
        slot = acquire(request)
        if slot is None:
            return too_many(as_json=True)
        try:
            return view(request, *args, **kwargs)
        finally:
            slot.release()

    return wrapper


def streamed_under(slot, chunks):
    """Yield ``chunks``, then release ``slot`` (also when the client goes away mid-download)."""
    try:
        yield from chunks
    finally:
        slot.release()


def at_low_priority(function):
    """``function()`` run in a thread of lower CPU priority, on this thread's database connection.

    Linux keeps a nice value per thread: a helper thread may lower its own
    priority (no privilege needed), and nothing of it outlives the thread,
    whereas a worker that lowered its own could never raise it again. The
    calling thread waits, so the connection is used by one thread at a time
    (Django's thread sharing, as its live test server does); the calling
    thread's open transaction, if any, is the helper's too.
    """
    connection = connections[DEFAULT_DB_ALIAS]
    outcome = {}

    def run():
        connections[DEFAULT_DB_ALIAS] = connection
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BUILD_NICENESS)
        except (AttributeError, OSError):  # not Linux, or not allowed: build at the usual priority
            pass
        try:
            outcome["value"] = function()
        except BaseException as error:  # handed to the calling thread
            outcome["error"] = error

    connection.inc_thread_sharing()
    try:
        helper = threading.Thread(target=run, name="download at low priority")
        helper.start()
        helper.join()
    finally:
        connection.dec_thread_sharing()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
