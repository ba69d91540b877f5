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
"""

from functools import wraps
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from filelock import FileLock, Timeout

RETRY_AFTER = 5


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
