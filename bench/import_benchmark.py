#!/usr/bin/env python
"""How fast is ``import_articles`` end to end, against reading and extracting the same files alone?

    python bench/import_benchmark.py --files 10000                         # SQLite, --jobs 1 and 2
    python bench/import_benchmark.py --files 10000 --postgres postgres://newsroom@127.0.0.1:55440/postgres
    python bench/import_benchmark.py --files 1000 --base-url postgres://…/archive1m --postgres postgres://…/postgres

Writes ``--files`` source files made by the extraction benchmark's generator (``bench/extraction.py``:
half English, half Hindi, titles, people known and unknown, meetings held, denied and planned) under
``--work`` (kept and reused for the same arguments), and a gazetteer file of the generator's people,
organisations and events. A template archive is made once: a freshly migrated database (or a copy of
``--base-url``, e.g. the 1,000,000-article archive of ``bench/generate_archive.py``) with that
gazetteer loaded (``load_gazetteer``). Then, ``--repeat`` times and interleaved:

* **extract**: read, parse, clean and extract every file with the template's gazetteer, in one
  process, no writes (``python bench/import_benchmark.py --extract-only``);
* for each ``--jobs`` value: **import** into a fresh copy of the template
  (``manage.py import_articles FOLDER --jobs N``), then **re-import** the same, unchanged files.

Every run is a subprocess timed by wall clock, start-up and the gazetteer's loading included, with
the peak resident memory of its whole process tree (parent and workers, sampled from ``/proc``).
It prints each run, then the medians, files/s, and the ratio of each import to extraction alone,
with the load average before and after.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))
sys.path.insert(0, str(REPOSITORY / "bench"))
PYTHON = sys.executable


# -- the files and their gazetteer ------------------------------------------------------------


def _corpus(args):
    from extraction import Corpus  # sets Django up (settings only; no database is touched)

    return Corpus(argparse.Namespace(seed=args.seed, persons=args.persons, organisations=args.organisations))


def _iso_codes():
    from people.gazetteer import read_starter

    rows = sorted(read_starter()["places"], key=lambda row: row.get("kind") != "country")
    return {place_id: row.get("iso_code") for place_id, row in enumerate(rows, start=1)}


def gazetteer_data(corpus):
    """The generator's people, organisations and events as a gazetteer file (``load_gazetteer``)."""
    codes = _iso_codes()
    persons = [
        {"name": latin, "aliases": [deva], "roles": [{"title": title, "country": codes[country[0]], "start": "2019-01-01"}]}
        for _, latin, deva, title, _, country in corpus.persons
    ]
    organisations = [
        {"name": name, "acronym": acronym, "aliases": [hindi], "kind": "intergovernmental"}
        for _, name, hindi, acronym in corpus.organisations
    ]
    meetings = [
        {
            "title": event.title,
            "kind": "multilateral",
            "date": event.date.isoformat(),
            "end_date": event.end_date.isoformat(),
            "place": city[1],
            "organisations": [organisation[1]],
        }
        for event, organisation, city in corpus.events
    ]
    return {"places": [], "organisations": organisations, "persons": persons, "meetings": meetings}


def write_files(args, folder):
    """``args.files`` source files under ``folder`` (100 a sub-folder), unless they are there already."""
    marker = folder / "complete.json"
    wanted = {"files": args.files, "seed": args.seed, "persons": args.persons, "organisations": args.organisations}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    files = folder / "files"
    files.mkdir(parents=True)
    corpus = _corpus(args)
    (folder / "gazetteer.json").write_text(json.dumps(gazetteer_data(corpus), ensure_ascii=False), encoding="utf-8")
    for index in range(args.files):
        body, _, published = corpus.article(index)
        path = files / f"{index // 100:04d}" / f"{index:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(f" date {published.isoformat()} {body}\n", encoding="utf-8")
    marker.write_text(json.dumps(wanted))


# -- databases -------------------------------------------------------------------------------


class SQLiteArchives:
    name = "SQLite"

    def __init__(self, work, base_url=None):
        self.template = work / "template.sqlite3"
        self.run_file = work / "run.sqlite3"
        self.base = Path(urlsplit(base_url).path) if base_url else None

    @staticmethod
    def url(path):
        return f"sqlite:///{path}"

    def make_template(self, gazetteer):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.template}{suffix}").unlink(missing_ok=True)
        if self.base:
            shutil.copyfile(self.base, self.template)
        manage(self.url(self.template), "migrate", "--noinput", "-v", "0")
        manage(self.url(self.template), "load_gazetteer", str(gazetteer))

    def fresh(self):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.run_file}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.run_file)
        return self.url(self.run_file)

    def template_url(self):
        return self.url(self.template)


class PostgresArchives:
    name = "PostgreSQL"

    def __init__(self, maintenance_url, base_url=None):
        self.maintenance = maintenance_url
        self.base = urlsplit(base_url).path.lstrip("/") if base_url else None

    def _url(self, database):
        parts = urlsplit(self.maintenance)
        return urlunsplit(parts._replace(path=f"/{database}"))

    def _sql(self, statement):
        import psycopg

        with psycopg.connect(self._url(urlsplit(self.maintenance).path.lstrip("/")), autocommit=True) as connection:
            connection.execute(statement)

    def _copy(self, target, source):
        self._sql(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        self._sql(f'CREATE DATABASE "{target}"' + (f' TEMPLATE "{source}"' if source else ""))

    def make_template(self, gazetteer):
        self._copy("bench_import_template", self.base)
        url = self._url("bench_import_template")
        manage(url, "migrate", "--noinput", "-v", "0")
        manage(url, "load_gazetteer", str(gazetteer))
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")

    def fresh(self):
        self._copy("bench_import_run", "bench_import_template")
        return self._url("bench_import_run")

    def template_url(self):
        return self._url("bench_import_template")


def manage(url, *arguments):
    subprocess.run([PYTHON, str(REPOSITORY / "manage.py"), *arguments], env={**os.environ, "DATABASE_URL": url},
                   check=True, stdout=subprocess.DEVNULL)


# -- timed runs ----------------------------------------------------------------------------


def _tree_rss(root):
    """Resident memory (bytes) of ``root`` and all its descendants, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, ()))
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return total


def timed(command, url):
    """(seconds, peak RSS bytes of the process tree, stdout) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, "DATABASE_URL": url}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    out, err = process.communicate()
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n{err[-3000:]}")
    return elapsed, peak, out


def load():
    return os.getloadavg()[0]


def extract_only(folder):
    """Read, parse, clean and extract every file in ``folder`` with the archive's gazetteer; no writes."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    django.setup()
    from articles.extraction.pipeline import extract
    from articles.importing.importer import prepare
    from articles.importing.sources import discover, read_source
    from articles.linking import gazetteer_from_database

    gazetteer = gazetteer_from_database()
    count = meetings = 0
    for path, error in discover([folder]):
        prepared = prepare(read_source(path))
        extraction = extract(prepared.body, prepared.language, gazetteer, published=prepared.published)
        count += 1
        meetings += len(extraction.meetings)
    print(json.dumps({"files": count, "meetings": meetings}))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--persons", type=int, default=5_000)
    parser.add_argument("--organisations", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to import with.")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="A PostgreSQL server's maintenance database URL; "
                        "default: SQLite files under --work.")
    parser.add_argument("--base-url", metavar="URL", help="Copy this archive as the template instead of an empty one.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsroom-import-bench"))
    parser.add_argument("--no-reimport", action="store_true", help="Skip the re-import runs.")
    parser.add_argument("--import-option", action="append", default=[], help="Passed to import_articles.")
    parser.add_argument("--extract-only", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.extract_only:
        return extract_only(args.extract_only)

    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    corpus_dir = work / f"corpus-{args.files}-{args.seed}"
    write_files(args, corpus_dir)
    files = corpus_dir / "files"
    archives = PostgresArchives(args.postgres, args.base_url) if args.postgres else SQLiteArchives(work, args.base_url)
    started = time.perf_counter()
    archives.make_template(corpus_dir / "gazetteer.json")
    print(f"{archives.name}: template archive ready in {time.perf_counter() - started:.0f} s; "
          f"{args.files} files in {files}", flush=True)

    results = {}

    def record(label, seconds, peak, before):
        results.setdefault(label, []).append((seconds, peak))
        print(f"  {label:<22} {seconds:8.1f} s  {args.files / seconds:8.0f} files/s  peak RSS {peak / 2**20:6.0f} MB"
              f"  (load {before:.1f} → {load():.1f})", flush=True)

    manage_py = str(REPOSITORY / "manage.py")
    for repeat in range(args.repeat):
        print(f"round {repeat + 1} of {args.repeat}", flush=True)
        before = load()
        seconds, peak, _ = timed([PYTHON, __file__, "--extract-only", str(files)], archives.template_url())
        record("extract alone", seconds, peak, before)
        for jobs in args.jobs:
            url = archives.fresh()
            command = [PYTHON, manage_py, "import_articles", str(files), "--no-progress", *args.import_option]
            if jobs is not None:
                command += ["--jobs", str(jobs)]
            before = load()
            seconds, peak, out = timed(command, url)
            if f"imported {args.files}," not in out:
                sys.exit(f"unexpected summary: {out[-2000:]}")
            record(f"import --jobs {jobs}", seconds, peak, before)
            if not args.no_reimport:
                before = load()
                seconds, peak, out = timed(command, url)
                if f"unchanged {args.files}," not in out:
                    sys.exit(f"unexpected summary: {out[-2000:]}")
                record(f"re-import --jobs {jobs}", seconds, peak, before)

    print(f"\n{archives.name}, {args.files} files, medians of {args.repeat}:")
    extract_median = statistics.median(s for s, _ in results["extract alone"])
    for label, runs in results.items():
        seconds = statistics.median(s for s, _ in runs)
        peak = max(p for _, p in runs)
        ratio = f"{extract_median / seconds:5.2f}× extraction's rate" if label.startswith("import") else ""
        print(f"  {label:<22} {seconds:8.1f} s  {args.files / seconds:8.0f} files/s  peak RSS {peak / 2**20:6.0f} MB  {ratio}")


if __name__ == "__main__":
    main()
