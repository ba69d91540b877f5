#!/usr/bin/env python
"""How long one CSV download of a whole archive takes, through Django's full request handling.

    DATABASE_URL=sqlite:////tmp/bench/archive.sqlite3 python bench/csv_timing.py --repeat 5

Requests ``/search/?format=csv`` (every article, up to 10,000 rows) with
Django's test client, reads the whole body, and prints each run's wall and
CPU time, the number of queries and the size; then the medians. Run it from
two checkouts, interleaved, to compare them on a shared machine.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    client = Client(HTTP_HOST="localhost")
    walls, cpus = [], []
    for run in range(args.repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"format": "csv"})
            body = b"".join(response.streaming_content) if response.streaming else response.content
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        rows = body.count(b"\n") - 1
        print(
            f"run {run + 1}: {walls[-1]:.2f} s wall, {cpus[-1]:.2f} s CPU, {len(queries)} queries, "
            f"{rows} rows, {len(body)} bytes, status {response.status_code}"
        )
    print(
        f"median: {statistics.median(walls):.2f} s wall, {statistics.median(cpus):.2f} s CPU "
        f"(load average {os.getloadavg()[0]:.2f})"
    )


if __name__ == "__main__":
    main()
