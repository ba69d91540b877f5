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
  (``manage.py import_articles FOLDER --jobs N``), then **re-import** the same, unchanged files;
* with ``--base-url``, the same into a copy of that archive too, so that the rate into a big archive
  is compared with the rate into an empty one in the same rounds.

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
import tempfile
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

    def __init__(self, work):
        self.work = work

    @staticmethod
    def url(path):
        return f"sqlite:///{path}"

    def _files(self, name):
        return [Path(f"{self.work / name}.sqlite3{suffix}") for suffix in ("", "-wal", "-shm")]

    def make_template(self, name, gazetteer, base_url=None):
        for path in self._files(name):
            path.unlink(missing_ok=True)
        target = self.work / f"{name}.sqlite3"
        if base_url:
            import sqlite3

            with sqlite3.connect(urlsplit(base_url).path) as source, sqlite3.connect(target) as copy:
                source.backup(copy)
        manage(self.url(target), "migrate", "--noinput", "-v", "0")
        manage(self.url(target), "load_gazetteer", str(gazetteer))
        return name

    def fresh(self, template):
        run = f"run-{template}"
        for path in self._files(run):
            path.unlink(missing_ok=True)
        shutil.copyfile(self.work / f"{template}.sqlite3", self.work / f"{run}.sqlite3")
        return self.url(self.work / f"{run}.sqlite3")

    def template_url(self, template):
        return self.url(self.work / f"{template}.sqlite3")

    def drop(self, template):
        for path in self._files(f"run-{template}"):
            path.unlink(missing_ok=True)


class PostgresArchives:
    name = "PostgreSQL"

    def __init__(self, maintenance_url):
        self.maintenance = maintenance_url

    def _url(self, database):
        parts = urlsplit(self.maintenance)
        return urlunsplit(parts._replace(path=f"/{database}"))

    def _sql(self, statement):
        import psycopg

        with psycopg.connect(self.maintenance, autocommit=True) as connection:
            connection.execute(statement)

    def _copy(self, target, source):
        self._sql(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        self._sql(f'CREATE DATABASE "{target}"' + (f' TEMPLATE "{source}"' if source else ""))

    def make_template(self, name, gazetteer, base_url=None):
        database = f"bench_import_{name}"
        self._copy(database, urlsplit(base_url).path.lstrip("/") if base_url else None)
        url = self._url(database)
        manage(url, "migrate", "--noinput", "-v", "0")
        manage(url, "load_gazetteer", str(gazetteer))
        import psycopg

        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")
        return name

    def fresh(self, template):
        self._copy(f"bench_import_run_{template}", f"bench_import_{template}")
        return self._url(f"bench_import_run_{template}")

    def template_url(self, template):
        return self._url(f"bench_import_{template}")

    def drop(self, template):
        self._sql(f'DROP DATABASE IF EXISTS "bench_import_run_{template}" WITH (FORCE)')


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
    # Output into files, not pipes: a verbose run fills a pipe nobody reads while it runs, and blocks.
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        process = subprocess.Popen(command, env={**os.environ, "DATABASE_URL": url}, stdout=out_file,
                                   stderr=err_file, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)
        elapsed = time.perf_counter() - started
        out_file.seek(0), err_file.seek(0)
        out, err = out_file.read(), err_file.read()
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
    parser.add_argument("--base-url", metavar="URL", help="Also import into a copy of this archive (e.g. the "
                        "1,000,000 articles of bench/generate_archive.py), in the same rounds as into an empty one.")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsroom-import-bench"))
    parser.add_argument("--no-reimport", action="store_true", help="Skip the re-import runs.")
    parser.add_argument("--no-empty", action="store_true", help="With --base-url: only into its copy.")
    parser.add_argument("--keep-templates", action="store_true", help="Reuse the templates of an earlier run.")
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
    archives = PostgresArchives(args.postgres) if args.postgres else SQLiteArchives(work)
    templates = [] if args.no_empty and args.base_url else ["empty"]
    if args.base_url:
        templates.append("base")
    if not args.keep_templates:
        for template in templates:
            started = time.perf_counter()
            archives.make_template(template, corpus_dir / "gazetteer.json", args.base_url if template == "base" else None)
            print(f"{archives.name}: template '{template}' ready in {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{args.files} files in {files}; machine: {os.cpu_count()} cores", flush=True)

    results = {}

    def record(label, seconds, peak, before):
        results.setdefault(label, []).append((seconds, peak))
        print(f"  {label:<34} {seconds:8.1f} s  {args.files / seconds:8.0f} files/s  peak RSS {peak / 2**20:6.0f} MB"
              f"  (load {before:.1f} → {load():.1f})", flush=True)

    manage_py = str(REPOSITORY / "manage.py")
    for repeat in range(args.repeat):
        print(f"round {repeat + 1} of {args.repeat}", flush=True)
        for template in templates:
            before = load()
            seconds, peak, _ = timed([PYTHON, __file__, "--extract-only", str(files)], archives.template_url(template))
            record(f"{template}: extract alone", seconds, peak, before)
            for jobs in args.jobs:
                url = archives.fresh(template)
                command = [PYTHON, manage_py, "import_articles", str(files), "--no-progress", "--jobs", str(jobs),
                           *args.import_option]
                before = load()
                seconds, peak, out = timed(command, url)
                if f"imported {args.files}," not in out:
                    sys.exit(f"unexpected summary: {out[-2000:]}")
                record(f"{template}: import --jobs {jobs}", seconds, peak, before)
                for line in out.splitlines():  # with --import-option=--verbosity=2
                    if line.startswith("search summary:"):
                        print(f"    {line}", flush=True)
                if not args.no_reimport:
                    before = load()
                    seconds, peak, out = timed(command, url)
                    if f"unchanged {args.files}," not in out:
                        sys.exit(f"unexpected summary: {out[-2000:]}")
                    record(f"{template}: re-import --jobs {jobs}", seconds, peak, before)
                archives.drop(template)

    print(f"\n{archives.name}, {args.files} files, medians of {args.repeat} (peak RSS: the largest):")
    medians = {label: statistics.median(s for s, _ in runs) for label, runs in results.items()}
    for label, runs in results.items():
        seconds = medians[label]
        peak = max(p for _, p in runs)
        template = label.split(":")[0]
        extract = medians[f"{template}: extract alone"]
        ratio = f"{extract / seconds:5.2f}× extraction's rate" if ": import" in label else ""
        if ": import" in label and template == "base" and "empty" in templates:
            ratio += f", {medians[label.replace('base', 'empty')] / seconds:4.2f}× into the empty archive"
        print(f"  {label:<34} {seconds:8.1f} s  {args.files / seconds:8.0f} files/s  peak RSS {peak / 2**20:6.0f} MB  {ratio}")


if __name__ == "__main__":
    main()
