#!/usr/bin/env python
"""Does any statement of an import scan a big table? Every statement's plan, on the archive at hand.

    DATABASE_URL=postgres://…/archive1m python bench/import_plans.py        # the 1,000,000-article archive
    DATABASE_URL=sqlite:////tmp/archive1m.sqlite3 python bench/import_plans.py --files 50

Runs, inside one transaction that is rolled back at the end (the archive is left as it was), the
import of ``--files`` new generated files (``bench/extraction.py``'s generator) and of one file twice
over (unchanged), then an update of two of them (changed bytes), a ``--reextract`` and a dry run of
two more, recording every SQL statement with its parameters (``connection.execute_wrapper``). Then it
asks the database for the plan of each distinct statement (PostgreSQL ``EXPLAIN``, SQLite ``EXPLAIN
QUERY PLAN``) and prints them, marking every full scan of a table with more than ``--big`` rows.
Exits 1 if there is one. It also prints how many statements each file cost, new and unchanged.
"""

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter, OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

from extraction import Corpus  # noqa: E402  (sets Django up)

from django.db import connection, transaction  # noqa: E402

from articles.importing.importer import Importer  # noqa: E402
from articles.importing.sources import discover  # noqa: E402

SKIP = re.compile(r"^\s*(SAVEPOINT|RELEASE SAVEPOINT|ROLLBACK|BEGIN|COMMIT|SET |SHOW )", re.IGNORECASE)


def write_files(folder, count):
    corpus = Corpus(argparse.Namespace(seed=7, persons=2000, organisations=100))
    paths = []
    for number in range(count):
        body, _, published = corpus.article(number)
        path = folder / f"{number:04d}.txt"
        path.write_text(f" date {published.isoformat()} {body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def record(statements, counts):
    def wrapper(execute, sql, params, many, context):
        if not SKIP.match(sql):
            statements.setdefault(sql, params)
            counts[counts["phase"]] += 1
        else:
            counts[counts["phase"] + " (transaction control)"] += 1
        return execute(sql, params, many, context)

    return wrapper


def run_imports(folder, paths, counts):
    (folder / "again.txt").write_bytes(paths[0].read_bytes())
    counts["phase"] = "new"
    for _ in Importer(jobs=1).run(list(discover([folder]))):
        pass
    counts["phase"] = "unchanged"
    for _ in Importer(jobs=1).run(list(discover([folder]))):
        pass
    counts["phase"] = "other"
    for path in paths[1:3]:
        path.write_text(path.read_text(encoding="utf-8") + "\nOne more paragraph of the update.\n", encoding="utf-8")
    for _ in Importer(jobs=1).run(list(discover(paths[1:3]))):
        pass
    for _ in Importer(jobs=1, reextract=True).run(list(discover(paths[3:5]))):
        pass
    extra = write_files(Path(tempfile.mkdtemp(dir=folder)), 2)
    for _ in Importer(jobs=1, dry_run=True).run(list(discover(extra))):
        pass


def table_sizes():
    sizes = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT relname, reltuples FROM pg_class WHERE relkind = 'r'")
            sizes = {name: int(rows) for name, rows in cursor.fetchall()}
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for (name,) in cursor.fetchall():
                try:
                    cursor.execute(f'SELECT MAX(rowid) FROM "{name}"')
                    sizes[name] = cursor.fetchone()[0] or 0
                except Exception:  # virtual tables without rowid
                    sizes[name] = 0
    return sizes


def _pg_nodes(node):
    yield node
    for child in node.get("Plans", []):
        yield from _pg_nodes(child)


def plan(sql, params, sizes, big):
    """(lines of the plan, [scanned big tables])."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            document = cursor.fetchone()[0]
            document = json.loads(document) if isinstance(document, str) else document
            lines, scans = [], []
            for node in _pg_nodes(document[0]["Plan"]):
                relation = node.get("Relation Name", "")
                index = node.get("Index Name", "")
                lines.append(f"{node['Node Type']} {relation} {index}".strip())
                if node["Node Type"] == "Seq Scan" and sizes.get(relation, 0) > big:
                    scans.append(relation)
            return lines, scans
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        lines, scans = [], []
        for row in cursor.fetchall():
            detail = row[-1]
            lines.append(detail)
            found = re.match(r"SCAN (\w+)(?: AS \w+)?$", detail) or re.match(r"SCAN (\w+)(?! USING)", detail)
            if found and "USING" not in detail and sizes.get(found.group(1), 0) > big:
                scans.append(found.group(1))
        return lines, scans


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--big", type=int, default=50_000, help="A table with more rows than this is big.")
    args = parser.parse_args()
    statements = OrderedDict()
    counts = Counter(phase="other")
    sizes = table_sizes()
    print(f"{connection.vendor}: articles_article has {sizes.get('articles_article', 0):,} rows")
    folder = Path(tempfile.mkdtemp(prefix="import-plans-"))
    bad = []
    with transaction.atomic():
        paths = write_files(folder, args.files)
        with connection.execute_wrapper(record(statements, counts)):
            run_imports(folder, paths, counts)
        for number, (sql, params) in enumerate(statements.items(), start=1):
            lines, scans = plan(sql, params, sizes, args.big)
            flag = "  SCANS A BIG TABLE: " + ", ".join(scans) if scans else ""
            print(f"\n[{number}] {' '.join(sql.split())[:160]}{flag}")
            for line in lines:
                print(f"      {line}")
            if scans:
                bad.append((sql, scans))
        transaction.set_rollback(True)
    print(f"\n{len(statements)} distinct statements; {len(bad)} scan a table of more than {args.big:,} rows")
    files = args.files + 1  # and one more with the bytes of the first
    for phase, label in (("new", "new files"), ("unchanged", "the same files again, unchanged")):
        control = counts[phase + " (transaction control)"]
        print(f"importing {label}: {counts[phase]} statements for {files} files, {counts[phase] / files:.2f} a file "
              f"(and {control} BEGIN/SAVEPOINT/RELEASE/COMMIT)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
