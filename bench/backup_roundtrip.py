#!/usr/bin/env python
"""Export → restore into a new database → export again: identical? And how long each step takes.

    DATABASE_URL=sqlite:////tmp/bench/archive.sqlite3 python bench/backup_roundtrip.py
    python tests/pgcluster.py -- sh -c "python manage.py migrate && python bench/generate_archive.py && \\
        python bench/backup_roundtrip.py"

The archive ``DATABASE_URL`` names is exported (``export_archive --output``);
a new database is created beside it (SQLite: a new file; PostgreSQL: a new
database on the same server, dropped first if it exists), migrated, and the
export restored into it (``import_archive``); the new database is exported
in turn, and the two files compared byte for byte. Prints each step's time,
the files' size and record counts, and the machine's load average.
"""

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def run(step, environment, *args):
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPOSITORY,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    print(f"{step}: {seconds:.1f} s")
    return seconds


def target_url(source):
    if source.startswith("sqlite:"):
        path = Path(source.split("sqlite:///", 1)[1])
        target = path.with_name(path.stem + "-restored.sqlite3")
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        return f"sqlite:///{target}"
    import psycopg

    base, _, name = source.rpartition("/")
    restored = f"{name}_restored"
    with psycopg.connect(source, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{restored}"')
        connection.execute(f'CREATE DATABASE "{restored}"')
    return f"{base}/{restored}"


def main(argv=None):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--folder", default=None, help="where the two exports are written (default: a temporary one)"
    )
    args = parser.parse_args(argv)
    source = os.environ.get("DATABASE_URL", "")
    if not source:
        raise SystemExit("set DATABASE_URL to the archive to export")
    folder = Path(args.folder or tempfile.mkdtemp(prefix="newsroom-backup-"))
    folder.mkdir(parents=True, exist_ok=True)
    first, second = folder / "first.jsonl", folder / "second.jsonl"
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    environment = {**os.environ, "DATABASE_URL": source}
    run("export", environment, "export_archive", "--output", str(first))
    restored = {**os.environ, "DATABASE_URL": target_url(source)}
    run("migrate the new database", restored, "migrate", "-v", "0")
    run("import_archive", restored, "import_archive", str(first))
    run("export the restored archive", restored, "export_archive", "--output", str(second))
    types = Counter(json.loads(line)["type"] for line in first.open(encoding="utf-8"))
    print(
        f"export: {first.stat().st_size / 1e6:.1f} MB, "
        + ", ".join(f"{n} {kind}" for kind, n in types.items())
    )
    same = filecmp.cmp(first, second, shallow=False)
    print(
        f"the two exports are {'identical' if same else 'DIFFERENT'} ({second.stat().st_size} and "
        f"{first.stat().st_size} bytes)"
    )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
