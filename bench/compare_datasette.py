#!/usr/bin/env python
"""The project's search side by side with Datasette, on the same SQLite archive.

    python bench/generate_archive.py --articles 1000000          # into DATABASE_URL=sqlite:///…
    python bench/compare_datasette.py --database /tmp/archive.sqlite3 [--runs 20]

Datasette is installed into a throw-away virtualenv (``--datasette-venv``, created on first use
with ``pip install datasette==DATASETTE_VERSION``; never a dependency of the project) and serves
the file read-only (``--immutable``). The project runs under gunicorn (its production server, one
worker, ``DEBUG`` off). Both get the same searches: Datasette's table view of
``articles_article`` with a ``_where`` that is the project's own SQL for the search (its FTS5
expressions and filters, compiled by the project), the newest 20 rows, its count and its
``language`` and ``published`` facets; the project's ``/search/?…&format=json`` with its count,
a ranked page and all seven facets. The searches run interleaved (project and Datasette one after
the other, the order swapped every round) after a warm-up, and the script prints per search the
median (p50) and 95th percentile of each side, the ratio project/Datasette, and what Datasette
could not do within its own time limits (HTTP errors, facets or counts it dropped).
"""

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATASETTE_VERSION = "0.65.5"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url, process, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server for {url} exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def fetch(url, timeout=60):
    """(milliseconds, status, body) of one GET."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body, status = error.read(), error.code
    return (time.perf_counter() - started) * 1000, status, body


def datasette_venv(path):
    path = Path(path)
    executable = path / "bin" / "datasette"
    if not executable.exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run(
            [str(path / "bin" / "pip"), "install", "--quiet", f"datasette=={DATASETTE_VERSION}"], check=True
        )
    return executable


def searches():
    """(label, the project's parameters) — the mix of the issue: selective, phrase, Hindi with filters,
    broad words, the home page."""
    from bench.search_benchmark import searches as benchmark_searches

    wanted = {
        "query + 3 facets (person, language, year)": "selective word + person, language, year",
        "query + 3 facets (tag, language, date range)": "Hindi word + tag, language, date range",
        "phrase + OR + exclusion": "phrase + OR + exclusion",
        "broad word, no filter (44 % of the archive)": "broad word",
        "broad Hindi word, no filter": "broad Hindi word",
        "home page: everything, newest first": "home page",
    }
    found = []
    for label, params, *where in benchmark_searches():
        if label in wanted and not where:
            found.append((wanted[label], params))
    return found


def project_where(params):
    """The project's own SQL for the search's matching ids, with its parameters quoted in."""
    from django.db import connection
    from django.http import QueryDict

    from articles.filters import ArticleSearchFilterSet
    from articles.models import Article

    query = QueryDict(mutable=True)
    for key, value in params.items():
        query[key] = value
    filterset = ArticleSearchFilterSet(query, queryset=Article.objects.all())
    filterset.is_valid()
    queryset = filterset.qs.order_by().values("pk")
    if not queryset.query.where:
        return None
    sql, sql_params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        inlined = connection.ops.last_executed_query(cursor, sql, sql_params)
    return f"id IN ({inlined})"


def datasette_url(base, database, where):
    query = [("_size", "20"), ("_sort_desc", "id"), ("_facet", "language"), ("_facet_date", "published")]
    if where:
        query.append(("_where", where))
    return f"{base}/{database}/articles_article.json?" + urllib.parse.urlencode(query)


def project_url(base, params):
    return f"{base}/search/?" + urllib.parse.urlencode({**params, "format": "json"})


def percentile(values, fraction):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="the SQLite archive (bench/generate_archive.py)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--datasette-venv", default=os.path.join(tempfile.gettempdir(), "newsroom-datasette-venv"))
    args = parser.parse_args(argv)
    database = Path(args.database).resolve()
    if not database.exists():
        parser.error(f"{database}: no such file")

    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    mix = [(label, params, project_where(params)) for label, params in searches()]
    from django.db import connection

    connection.close()

    datasette = datasette_venv(args.datasette_venv)
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if not gunicorn.exists():
        gunicorn = shutil.which("gunicorn")
    ports = free_port(), free_port()
    env = {**os.environ, "DEBUG": "0", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    servers = [
        subprocess.Popen(
            [str(gunicorn), "newsroom.wsgi", "--workers", "1", "--bind", f"127.0.0.1:{ports[0]}", "--timeout", "120"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
        subprocess.Popen(
            [str(datasette), "serve", "--immutable", str(database), "--host", "127.0.0.1", "--port", str(ports[1])],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        ),
    ]
    try:
        project_base, datasette_base = (f"http://127.0.0.1:{port}" for port in ports)
        wait_until_up(project_base + "/search/?format=json", servers[0])
        wait_until_up(datasette_base + "/-/versions.json", servers[1])
        name = database.stem
        urls = [(label, project_url(project_base, params), datasette_url(datasette_base, name, where)) for label, params, where in mix]
        for _, mine, theirs in urls:  # warm up
            fetch(mine)
            fetch(theirs)
        times = {label: ([], []) for label, _, _ in urls}
        notes = {label: set() for label, _, _ in urls}
        for run in range(args.runs):
            for label, mine, theirs in urls:
                order = ((0, mine), (1, theirs)) if run % 2 == 0 else ((1, theirs), (0, mine))
                for side, url in order:
                    elapsed, status, body = fetch(url)
                    times[label][side].append(elapsed)
                    if side == 1:
                        if status != 200:
                            notes[label].add(f"HTTP {status}")
                        else:
                            import json

                            data = json.loads(body)
                            if data.get("facets_timed_out"):
                                notes[label].add("facets dropped: " + ", ".join(sorted(data["facets_timed_out"])))
                            if data.get("filtered_table_rows_count") is None:
                                notes[label].add("no count")
                    elif status != 200:
                        notes[label].add(f"project HTTP {status}")
        load = os.getloadavg()
        print(f"{args.runs} interleaved runs, one worker each; load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
        print()
        print("| search | project p50 ms | project p95 ms | Datasette p50 ms | Datasette p95 ms | p50 ratio | Datasette's limits |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for label, _, _ in urls:
            mine, theirs = times[label]
            ratio = statistics.median(mine) / statistics.median(theirs)
            print(
                f"| {label} | {statistics.median(mine):.0f} | {percentile(mine, 0.95):.0f} "
                f"| {statistics.median(theirs):.0f} | {percentile(theirs, 0.95):.0f} | {ratio:.2f} "
                f"| {'; '.join(sorted(notes[label])) or 'none'} |"
            )
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()


if __name__ == "__main__":
    main()
