#!/usr/bin/env python
"""Parallel CSV downloads while a reader reads article pages, against gunicorn.

    DATABASE_URL=sqlite:////tmp/bench/archive.sqlite3 python bench/download_load.py --downloads 8 --seconds 60

Starts gunicorn (``--workers``, sync workers, gunicorn's default 30 s worker
timeout) on the archive ``DATABASE_URL`` names, with DEBUG off and the static
files collected into a temporary folder, as in production. Then, for
``--seconds``:

- ``--downloads`` clients each download ``/search/?format=csv`` (every
  article, up to 10,000 rows) again and again; a 429 is answered by waiting
  for its ``Retry-After``;
- one reader, in a process of its own, requests article pages one after the
  other, at random, and records how long each took.

It prints each download's outcome — complete (as many bytes as announced,
and a CSV whose rows parse), cut (fewer bytes than announced, or a chunked
body that ended early: the client can tell), cut **silently** (the client
could not tell: no length was announced and the body ended on a row
boundary), 429 — and the reader's waits: median, 95th percentile, maximum,
and how many took longer than 2 s. The machine's load average is printed
before and after. Before the clock starts, eight clients request a few
pages and downloads in parallel, so that every worker has served its first requests
(imports, template compilation, its database connection: 2–3 s on a busy
machine), as the workers of a running site have.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def article_ids(environment):
    code = (
        "import django, json; django.setup(); from articles.models import Article; "
        "print(json.dumps(list(Article.objects.values_list('pk', flat=True))))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(output.stdout)


def start_server(args, environment, port):
    static = tempfile.mkdtemp(prefix="newsroom-static-")
    environment = {**environment, "STATIC_ROOT": static, "DEBUG": "0"}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=REPOSITORY,
        env=environment,
        check=True,
    )
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "newsroom.wsgi",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            str(args.worker_timeout),
            "--log-level",
            "warning",
        ],
        cwd=REPOSITORY,
        env=environment,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", "/people/")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def download(port, outcomes, stop):
    while not stop.is_set():
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            connection.request("GET", "/search/?format=csv")
            response = connection.getresponse()
            if response.status == 429:
                outcomes.append(("429", time.monotonic() - started, 0))
                time.sleep(float(response.getheader("Retry-After", "1")))
                continue
            announced = response.getheader("Content-Length")
            try:
                body = response.read()
            except http.client.IncompleteRead as error:
                outcomes.append(("cut, detected", time.monotonic() - started, len(error.partial)))
                continue
            if response.status != 200:
                outcomes.append((f"status {response.status}", time.monotonic() - started, len(body)))
                continue
            rows = body.decode("utf-8-sig").count("\n") - 1
            if announced is not None and int(announced) != len(body):
                outcomes.append(("cut, detected", time.monotonic() - started, len(body)))
            else:
                outcomes.append(("complete", time.monotonic() - started, rows))
        except (OSError, http.client.HTTPException) as error:
            outcomes.append((f"error {type(error).__name__}", time.monotonic() - started, 0))
        finally:
            connection.close()


def read_pages(port, ids, seed, seconds, results):
    """The reader, in a process of its own (the downloaders' threads cannot delay its clock)."""
    rng = random.Random(seed)
    waits, statuses, slow = [], Counter(), []
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", "/healthz")  # the process's own first request (imports, sockets) is not timed
    connection.getresponse().read()
    connection.close()
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        started = time.monotonic()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        try:
            connection.request("GET", f"/articles/{rng.choice(ids)}/")
            response = connection.getresponse()
            response.read()
            statuses[response.status] += 1
        except (OSError, http.client.HTTPException) as error:
            statuses[type(error).__name__] += 1
        finally:
            connection.close()
        waits.append(time.monotonic() - started)
        if waits[-1] > 1:
            slow.append((round(started - began, 1), round(waits[-1], 2)))
    results.put((waits, dict(statuses), slow))


def warm_up(port, ids, rng, rounds=3, clients=8):
    """Give every worker its first requests (imports, templates, the connection) before the clock runs."""

    def client():
        for _ in range(rounds):
            for path in (f"/articles/{rng.choice(ids)}/", "/search/?q=talks", "/search/?format=csv"):
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                connection.request("GET", path)
                connection.getresponse().read()
                connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    time.sleep(2)


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--downloads", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--worker-timeout", type=int, default=30, help="gunicorn's --timeout (its default: 30)"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    ids = article_ids(environment)
    port = free_port()
    server = start_server(args, environment, port)
    print(
        f"{len(ids)} articles; gunicorn with {args.workers} sync workers, timeout {args.worker_timeout} s; "
        f"{args.downloads} downloaders and 1 reader for {args.seconds:.0f} s"
    )
    warm_up(port, ids, random.Random(args.seed + 1))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    stop = threading.Event()
    outcomes = []
    threads = [threading.Thread(target=download, args=(port, outcomes, stop)) for _ in range(args.downloads)]
    results = multiprocessing.Queue()
    reader = multiprocessing.Process(target=read_pages, args=(port, ids, args.seed, args.seconds, results))
    try:
        for thread in threads:
            thread.start()
        reader.start()
        waits, statuses, slow = results.get(timeout=args.seconds + 300)
        reader.join()
        stop.set()
        for thread in threads:
            thread.join(180)
    finally:
        server.terminate()
        server.wait(30)
    print("slow pages (seconds into the run, wait):", slow)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")

    kinds = Counter(kind for kind, _, _ in outcomes)
    complete = [(seconds, rows) for kind, seconds, rows in outcomes if kind == "complete"]
    print("downloads: " + ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    if complete:
        print(
            f"  complete downloads: median {statistics.median(s for s, _ in complete):.2f} s, "
            f"max {max(s for s, _ in complete):.2f} s, rows {sorted({r for _, r in complete})}"
        )
    refused = sorted(seconds for kind, seconds, _ in outcomes if kind == "429")
    if refused:
        print(f"  429 answers: median {statistics.median(refused):.3f} s, max {refused[-1]:.3f} s")
    waits.sort()
    if waits:
        p95 = waits[int(0.95 * (len(waits) - 1))]
        print(
            f"article pages: {len(waits)} read, statuses {dict(statuses)}; wait median {statistics.median(waits):.3f} s, "
            f"95th percentile {p95:.3f} s, max {waits[-1]:.3f} s, over 2 s: {sum(w > 2 for w in waits)}"
        )


if __name__ == "__main__":
    main()
