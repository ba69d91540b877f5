"""Several ``import_articles`` at once into one archive: no failed file, no duplicate, every file once.

Each importer is a separate process (``manage.py import_articles``), as two operators, or a cron job
and an operator, or several machines would run them. They share a scratch archive made for this test
(a migrated database of the same vendor as the suite's: a SQLite file, or a PostgreSQL database on the
suite's server), over the same folder or over disjoint parts of one folder whose files name the same
new people again and again.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.test import SimpleTestCase

from conftest import REPOSITORY

sys.path.insert(0, str(REPOSITORY / "bench"))

FILES = 72


def write_corpus(folder):
    """Articles whose people (titled, in both scripts) the archive does not know, each named in many files."""
    from extraction import Corpus

    corpus = Corpus(argparse.Namespace(seed=11, persons=24, organisations=6))
    for number in range(FILES):
        body, _, published = corpus.article(number)
        (folder / f"{number:03d}.txt").write_text(f" date {published.isoformat()} {body}\n", encoding="utf-8")


class ScratchArchive:
    """A migrated archive outside the test's transaction, copied fresh for each scenario."""

    def __init__(self, work):
        self.work = work
        self.vendor = connection.vendor
        self.template = None

    def _environment(self, url):
        return {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(REPOSITORY)}

    def manage(self, url, *arguments, **kwargs):
        return subprocess.run(
            [sys.executable, str(REPOSITORY / "manage.py"), *arguments],
            env=self._environment(url), capture_output=True, text=True, **kwargs,
        )

    # SQLite: files. PostgreSQL: databases on the suite's server.
    def _server(self):
        db = settings.DATABASES["default"]
        user = quote(db.get("USER") or "")
        password = f":{quote(db['PASSWORD'])}" if db.get("PASSWORD") else ""
        return f"postgres://{user}{password}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}"

    def _admin(self, statement):
        import psycopg

        with psycopg.connect(f"{self._server()}/postgres", autocommit=True) as admin:
            admin.execute(statement)

    def url(self, name):
        if self.vendor == "sqlite":
            return f"sqlite:///{self.work / (name + '.sqlite3')}"
        return f"{self._server()}/{name}"

    def create_template(self):
        self.template = f"newsroom_concurrent_{os.getpid()}"
        if self.vendor == "postgresql":
            self._admin(f'DROP DATABASE IF EXISTS "{self.template}"')
            self._admin(f'CREATE DATABASE "{self.template}"')
        migrated = self.manage(self.url(self.template), "migrate", "--noinput", timeout=900)
        assert migrated.returncode == 0, migrated.stderr[-3000:]

    def fresh(self, name):
        if self.vendor == "sqlite":
            shutil.copyfile(self.work / f"{self.template}.sqlite3", self.work / f"{name}.sqlite3")
        else:
            self._admin(f'DROP DATABASE IF EXISTS "{name}"')
            self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url(name)

    def drop(self, name):
        if self.vendor == "postgresql":
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def query(self, url, sql):
        if self.vendor == "sqlite":
            import sqlite3

            with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
                return db.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(url) as db:
            return db.execute(sql).fetchall()


class ConcurrentImportTests(SimpleTestCase):
    databases = {"default"}

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.work = Path(tempfile.mkdtemp(prefix="newsroom-concurrent-"))
        cls.folder = cls.work / "files"
        cls.folder.mkdir()
        write_corpus(cls.folder)
        cls.archive = ScratchArchive(cls.work)
        cls.archive.create_template()
        # What one importer alone makes of the folder.
        url = cls.archive.fresh("serial")
        try:
            done = cls.archive.manage(url, "import_articles", str(cls.folder), "--jobs", "1", "--no-progress", timeout=900)
            assert done.returncode == 0, done.stderr[-3000:]
            cls.serial = cls.counts(url)
        finally:
            cls.archive.drop("serial")

    @classmethod
    def tearDownClass(cls):
        if cls.archive.template:
            cls.archive.drop(cls.archive.template)
        shutil.rmtree(cls.work, ignore_errors=True)
        super().tearDownClass()

    @classmethod
    def counts(cls, url):
        query = cls.archive.query
        return {
            "people": query(url, "SELECT COUNT(*) FROM people_person WHERE origin = 'import'")[0][0],
            "organisations": query(url, "SELECT COUNT(*) FROM people_organisation WHERE origin = 'import'")[0][0],
            "meetings": query(url, "SELECT COUNT(*) FROM people_meeting WHERE origin = 'import'")[0][0],
        }

    @classmethod
    def dated_meetings(cls, url):
        """The dated meetings the importers made, as (kind, date, status, place, larger event, participants)."""
        rows = cls.archive.query(
            url,
            "SELECT m.id, m.kind, m.date, m.status, m.place_id, m.sidelines_of_id, mp.person_id FROM people_meeting m "
            "JOIN people_meeting_participants mp ON mp.meeting_id = m.id WHERE m.origin = 'import' AND m.date IS NOT NULL",
        )
        meetings = {}
        for meeting, kind, date, status, place, sidelines, person in rows:
            meetings.setdefault(meeting, [kind, str(date), status, place, sidelines, []])[5].append(person)
        return [(*details, tuple(sorted(people))) for *details, people in meetings.values()]

    def run_importers(self, name, folders):
        """Start one importer per folder list at once; return (url, [(returncode, stdout, stderr, report)])."""
        url = self.archive.fresh(name)
        self.addCleanup(self.archive.drop, name)
        processes = []
        for number, paths in enumerate(folders):
            report = self.work / f"{name}-{number}.jsonl"
            jobs = "2" if number == 0 else "1"  # one importer with worker processes among them
            processes.append(
                (
                    subprocess.Popen(
                        [sys.executable, str(REPOSITORY / "manage.py"), "import_articles", *map(str, paths),
                         "--jobs", jobs, "--report", str(report), "--no-progress"],
                        env=self.archive._environment(url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                    ),
                    report,
                )
            )
        results = []
        for process, report in processes:
            out, err = process.communicate(timeout=900)
            lines = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
            results.append((process.returncode, out, err, lines))
        return url, results

    def assert_safe(self, url, results, expected_files):
        for returncode, out, err, lines in results:
            self.assertEqual(returncode, 0, err[-3000:])
            problems = [line for line in err.splitlines() if not line.startswith("the archive is busy")]
            self.assertEqual(problems, [], "no file failed, no database error")
            self.assertEqual({line["outcome"] for line in lines} - {"imported", "unchanged"}, set(), lines)
        imported = [line["path"] for _, _, _, lines in results for line in lines if line["outcome"] == "imported"]
        # Every file imported exactly once, by one of the importers.
        self.assertEqual(sorted(imported), sorted(set(imported)))
        self.assertEqual(len(imported), expected_files)
        query = self.archive.query
        self.assertEqual(query(url, "SELECT COUNT(*), COUNT(DISTINCT source_path) FROM articles_article")[0],
                         (expected_files, expected_files))
        # No entity created twice: as many people and organisations as one importer alone makes, no name
        # shared by two people or organisations the importers made.
        has = self.counts(url)
        self.assertEqual((has["people"], has["organisations"]), (self.serial["people"], self.serial["organisations"]))
        for entity, table in (("person", "people_person"), ("organisation", "people_organisation")):
            shared = query(
                url,
                f"SELECT a.normalized FROM people_{entity}alias a JOIN {table} e ON e.id = a.{entity}_id "
                f"WHERE e.origin = 'import' GROUP BY a.normalized HAVING COUNT(DISTINCT a.{entity}_id) > 1",
            )
            self.assertEqual(shared, [], f"{entity} names made twice")
        # Two dated meetings alike in everything are one meeting made twice: a report always finds the one
        # meeting exactly like it (the number of meetings may differ from one importer's: which report
        # of a meeting comes first decides what later ones are compatible with).
        meetings = self.dated_meetings(url)
        self.assertEqual(len(meetings), len(set(meetings)), "a meeting made twice")
        # Each run's summary is true: what the runs say they created is what the archive has.
        said = {"people": 0, "organisations": 0, "meetings": 0}
        for _, _, _, lines in results:
            for line in lines:
                for key in said:
                    said[key] += line["created"][key]
        self.assertEqual(said, has)
        self.assertGreater(has["people"], 10)
        self.assertGreater(has["meetings"], FILES)

    def parts(self, count):
        files = sorted(self.folder.glob("*.txt"))
        return [files[i::count] for i in range(count)]

    def test_two_importers_over_one_folder(self):
        url, results = self.run_importers("two_same", [[self.folder]] * 2)
        self.assert_safe(url, results, FILES)

    def test_two_importers_over_disjoint_files(self):
        url, results = self.run_importers("two_disjoint", self.parts(2))
        self.assert_safe(url, results, FILES)

    def test_four_importers_over_one_folder(self):
        url, results = self.run_importers("four_same", [[self.folder]] * 4)
        self.assert_safe(url, results, FILES)

    def test_four_importers_over_disjoint_files(self):
        url, results = self.run_importers("four_disjoint", self.parts(4))
        self.assert_safe(url, results, FILES)
