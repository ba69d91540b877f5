#!/usr/bin/env python
"""Time a few searches through the whole view (JSON), for a before/after comparison of two checkouts.

    DATABASE_URL=postgres://… python bench/search_requests.py [--runs 3] URL...

Run it from each checkout in turn (alternating, so both see the same load); each URL is requested
once to warm the caches, then ``--runs`` times. Prints one JSON object: per URL the wall times (ms),
the count and the ids of the first page, so that the two sides' results can be compared too.
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("urls", nargs="+")
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    out = {}
    for url in args.urls:
        client.get(url)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        data = response.json()
        out[url] = {"ms": times, "count": data.get("count"), "ids": [row["id"] for row in data["results"]]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
