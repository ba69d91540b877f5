"""``manage.py import_articles PATH [PATH …]``: import source files into the archive."""

import json
import os
import sys
import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, InterfaceError, OperationalError
from django.urls import reverse
from django.utils import timezone
from tqdm import tqdm

from articles.extraction.gazetteer import ORGANISATION, PERSON, PLACE
from articles import constants
from articles.importing.importer import BUSY_ATTEMPTS, BUSY_WAIT, ArchiveUnavailable, Importer, Outcome
from articles.importing.sources import discover, printable
from articles.linking import DUPLICATE, MEETING
from articles.models import FacetSummaryState, ImportRun
from newsroom.unavailable import is_busy

DRY_RUN_VERBS = {
    Outcome.IMPORTED: "would import",
    Outcome.UPDATED: "would update",
    Outcome.UNCHANGED: "unchanged",
    Outcome.REEXTRACTED: "would re-extract",
    Outcome.FAILED: "failed",
}
CREATED_KINDS = (
    (PERSON, "person", "people"),
    (ORGANISATION, "organisation", "organisations"),
    (MEETING, "meeting", "meetings"),
    (DUPLICATE, "possible duplicate", "possible duplicates"),
)
REPORT_KEYS = {PERSON: "people", ORGANISATION: "organisations", MEETING: "meetings", DUPLICATE: "possible_duplicates"}


def default_jobs():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def plural(count, one, many):
    return f"{count} {one if count == 1 else many}"


class Command(BaseCommand):
    help = (
        "Import news articles from source files (.txt, UTF-8, optional ' date YYYY-MM-DD ' header). "
        "PATH is a file or a directory walked recursively for *.txt (any case, symbolic links followed). "
        "Importing again is safe: "
        "unchanged files are skipped and changed files update their article in place. Several imports "
        "may run at once, on one machine or many, into one database."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A source file or a directory of them.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read, parse and extract everything, report what would change, write nothing. Each file is "
            "judged against the archive as it is: a person new in two files is listed twice.",
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Run extraction again on articles already imported from unchanged files.",
        )
        parser.add_argument(
            "--jobs",
            "-j",
            type=int,
            default=default_jobs(),
            metavar="N",
            help="Extract in N worker processes (default: the number of cores, here %(default)s); 1 extracts in "
            "this process. The results are the same whatever N.",
        )
        parser.add_argument(
            "--report",
            metavar="FILE",
            help="Write one JSON line per file to FILE: path, outcome, reason, article id and counts.",
        )
        parser.add_argument(
            "--file-timeout",
            type=float,
            default=constants.EXTRACTION_BUDGET_SECONDS,
            metavar="SECONDS",
            help="Give up a file whose extraction takes longer than this (default: %(default)g s; 0: no limit).",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bar, even on a terminal."
        )

    def handle(self, *args, paths, dry_run, reextract, jobs, report, file_timeout, no_progress, verbosity, **options):
        if jobs < 1:
            raise CommandError(f"--jobs {jobs}: give 1 or more")
        if file_timeout < 0:
            raise CommandError(f"--file-timeout {file_timeout:g}: give a number of seconds, or 0 for no limit")
        report_file = self._open_report(report)
        self.dry_run, self.verbosity = dry_run, verbosity
        self.keys = Counter()  # dry run: how many new records of each kind were listed so far
        files = list(discover(paths))
        importer = Importer(dry_run=dry_run, reextract=reextract, jobs=jobs, file_timeout=file_timeout)
        counts, created, places = Counter(), Counter(), set()
        # The run, for the review queue's "import run" filter (a dry run writes nothing, not even this).
        run = None if dry_run else self._start_run(paths, reextract)
        # Whether the search's summary can be brought up to date from this run's new articles alone.
        tracker = None if dry_run else self._track_summary()
        terminal = self.stderr._out if hasattr(self.stderr, "_out") else sys.stderr
        show_progress = not no_progress and verbosity >= 1 and terminal.isatty() and len(files) > 1
        stopped = interrupted = None
        # On a terminal: files done, the rate, the time left, and what the run has created so far.
        with tqdm(
            total=len(files), unit="file", disable=not show_progress, file=terminal, smoothing=0.05, dynamic_ncols=True
        ) as progress:
            importer.on_busy = lambda message: self._write(self.stderr, message, progress)
            try:
                for result in importer.run(files):
                    counts[result.outcome] += 1
                    created.update(kind for kind, _ in result.created)
                    if result.extraction is not None:
                        places |= result.extraction.entity_ids(PLACE) - {None}
                    self._report(result, progress)
                    if report_file is not None:
                        report_file.write(json.dumps(self._report_line(result), ensure_ascii=False) + "\n")
                    if not progress.disable:
                        progress.set_postfix_str(
                            f"{plural(created[PERSON], 'new person', 'new people')}, "
                            f"{plural(created[MEETING], 'meeting', 'meetings')}, {counts[Outcome.FAILED]} failed",
                            refresh=False,
                        )
                    progress.update()
            except ArchiveUnavailable as problem:
                stopped = (problem, len(files) - sum(counts.values()))
            except KeyboardInterrupt:
                interrupted = len(files) - sum(counts.values())
            finally:
                if report_file is not None:
                    report_file.close()

        if run is not None:  # after a stop too: what was imported before it is the run's
            run.finished_at = timezone.now()
            run.imported, run.updated = counts[Outcome.IMPORTED], counts[Outcome.UPDATED]
            run.unchanged, run.reextracted = counts[Outcome.UNCHANGED], counts[Outcome.REEXTRACTED]
            run.failed = counts[Outcome.FAILED]
            self._finish_run(run)
        changed = counts[Outcome.IMPORTED] + counts[Outcome.UPDATED] + counts[Outcome.REEXTRACTED]
        if changed and not dry_run and not stopped:
            # The search's pre-aggregated counts (articles/search/summary.py): a run that only added
            # articles adds their counts; any other recounts them all.
            if tracker is not None and (counts[Outcome.UPDATED] or counts[Outcome.REEXTRACTED]):
                tracker = tracker.finish_nothing()  # changed what old articles count: recounted
            self._refresh_search_summary(tracker, counts[Outcome.IMPORTED])
        elif tracker is not None:
            tracker.finish_nothing()

        summary = (
            f"imported {counts[Outcome.IMPORTED]}, updated {counts[Outcome.UPDATED]}, "
            f"unchanged {counts[Outcome.UNCHANGED]}, failed {counts[Outcome.FAILED]}"
        )
        if reextract:
            summary += f", re-extracted {counts[Outcome.REEXTRACTED]}"
        if dry_run:
            summary = f"dry run, nothing written: {summary.replace('imported', 'would import', 1)}"
        if not files:
            summary += " (no .txt files found)"
        if stopped or interrupted is not None:
            summary += f", not attempted {stopped[1] if stopped else interrupted}"
        self.stdout.write(summary)
        if counts[Outcome.IMPORTED] + counts[Outcome.UPDATED] + counts[Outcome.REEXTRACTED]:
            self.stdout.write(self._created_summary(created, places))
        if verbosity >= 2:
            stats = importer.stats
            self.stdout.write(
                f"{plural(stats['batches'], 'transaction', 'transactions')}; "
                f"extracted again: {plural(stats['extracted again'], 'file', 'files')} (what the files before them "
                f"created changed what they read); learnt from other importers: {plural(stats['learnt'], 'change', 'changes')}"
            )
        if interrupted is not None:
            raise CommandError(
                f"interrupted: {plural(interrupted, 'file was', 'files were')} not imported (the batch being written "
                "was rolled back); run the same command again: files already imported are skipped",
                returncode=130,
            )
        if stopped:
            problem, left = stopped
            raise CommandError(
                f"the import stopped: the database cannot be written ({problem}). {plural(left, 'file was', 'files were')} "
                "not attempted; run the same command again once the database is back: files already imported are skipped"
            )
        if counts[Outcome.FAILED]:
            failed = counts[Outcome.FAILED]
            raise CommandError(f"{failed} file{'s' if failed != 1 else ''} could not be imported (see above)")

    def _start_run(self, paths, reextract):
        """The run's record; None (and a line saying so) while another writer keeps SQLite locked."""
        for attempt in range(BUSY_ATTEMPTS):
            if attempt:
                time.sleep(1.0)
            try:
                return ImportRun.objects.create(
                    started_at=timezone.now(), paths="\n".join(str(path) for path in paths), reextract=reextract
                )
            except (OperationalError, InterfaceError) as problem:
                if not is_busy(problem):
                    raise CommandError(
                        f"the import did not start: the database cannot be written ({type(problem).__name__}: "
                        f"{problem}). Nothing was imported; run the same command again once the database is back"
                    ) from problem
        self.stderr.write(
            "this run is not recorded for the review queue: another writer kept the database locked; "
            "the files are imported as usual"
        )
        return None

    def _finish_run(self, run):
        """Save the run's counts, waiting out a locked SQLite like a file does; the files' own results stand."""
        for attempt in range(BUSY_ATTEMPTS):
            if attempt:
                time.sleep(1.0)
            try:
                run.save()
                return
            except (OperationalError, InterfaceError) as problem:
                if is_busy(problem) and attempt + 1 < BUSY_ATTEMPTS:
                    continue
                self.stderr.write(f"the import run's record was not updated ({type(problem).__name__}: {problem})")
                return

    def _track_summary(self):
        from articles.search import summary as search_summary

        try:
            return search_summary.RunTracker().begin()
        except DatabaseError:
            return None  # the run ends with a full recount

    def _refresh_search_summary(self, tracker=None, imported=0):
        """Bring the search's summary up to date (from the run's new articles if ``tracker`` allows,
        else by a recount), waiting while another importer holds SQLite's write lock."""
        from articles.search import summary as search_summary

        waited = 0.0
        while True:
            try:
                if tracker is not None:
                    outcome = tracker.finish(imported)
                    if tracker.reason:
                        outcome += f" ({tracker.reason})"
                    tracker = None
                else:
                    outcome = "refreshed" if search_summary.refresh_if_dirty() else "stale"
                if self.verbosity >= 2:
                    self.stdout.write(f"search summary: {outcome}")
                return
            except DatabaseError as error:
                if isinstance(error, OperationalError) and is_busy(error) and waited < BUSY_WAIT:
                    time.sleep(1.0)
                    waited += 1.0
                    continue
                # Counted while another importer wrote (the counts' queries do not share one snapshot): the
                # summary is marked stale, which the search knows; the next recount makes it fresh.
                try:
                    FacetSummaryState.objects.filter(pk=1).update(dirty=True)
                except DatabaseError:
                    pass  # a writer's triggers mark it stale too
                self.stdout.write(
                    f"the search's counts were not recounted ({type(error).__name__}: {error}); they stay marked "
                    "stale until the next run or manage.py refresh_search_summary"
                )
                return

    def _open_report(self, report):
        if not report:
            return None
        try:
            return open(report, "w", encoding="utf-8")  # noqa: SIM115 (closed at the end of the run)
        except OSError as error:
            raise CommandError(f"--report {report}: cannot write it: {error.strerror or error}") from error

    def _created_summary(self, created, places):
        parts = ", ".join(plural(created[kind], one, many) for kind, one, many in CREATED_KINDS)
        if self.dry_run:
            return (
                f"would create {parts} (each file judged against the archive as it is now); "
                f"{plural(len(places), 'place', 'places')} named"
            )
        waiting = created[PERSON] + created[ORGANISATION] + created[MEETING] + created[DUPLICATE]
        line = f"new: {parts}; {plural(len(places), 'place', 'places')} named (places are never created by imports)"
        if waiting:
            line += f"; what is new waits for an editor in the review queue: {reverse('admin:review_queue')}"
        return line

    def _write(self, stream, line, progress):
        if progress.disable:
            stream.write(line)
        else:
            progress.clear()
            stream.write(line)
            progress.refresh()

    def _key(self, kind, record):
        """How a new record is named in this run's output: its id, or in a dry run a key of the run ("new-3")."""
        if not self.dry_run:
            return f"#{record.pk}"
        if not hasattr(record, "_run_key"):
            self.keys[kind] += 1
            record._run_key = f"#new-{self.keys[kind]}"
        return record._run_key

    def _report(self, result, progress):
        verbosity = self.verbosity
        if result.outcome is Outcome.FAILED:
            self._write(self.stderr, f"{printable(result.path)}: {result.message}", progress)
            if verbosity >= 3 and result.details:
                self._write(self.stderr, result.details.rstrip(), progress)
            return
        keys = {}
        for kind, record in result.created:
            keys[(kind, record.pk)] = self._key(kind, record)
        if self.dry_run and verbosity >= 1:
            for kind, record in result.created:
                if kind in (PERSON, ORGANISATION, MEETING):
                    self._write(
                        self.stdout,
                        f"would create {kind} {keys[(kind, record.pk)]}: {self._label(kind, record, keys)} "
                        f"(from {printable(result.path)})",
                        progress,
                    )
        if verbosity < 2:
            return
        verb = DRY_RUN_VERBS[result.outcome] if self.dry_run else result.outcome.value
        line = f"{verb}: {printable(result.path)}"
        article = result.article
        details = []
        if article is not None and result.outcome is not Outcome.UNCHANGED:
            details.append(article.language)
            details.append(article.published.isoformat() if article.published else "no date")
        if result.extraction is not None:
            for kind, label in ((PERSON, "people"), (ORGANISATION, "organisations"), (PLACE, "places")):
                details.append(f"{len(result.extraction.entity_ids(kind))} {label}")
        if result.message:
            details.append(result.message)
        if details:
            line += f" ({', '.join(details)})"
        self._write(self.stdout, line, progress)
        if verbosity >= 3 and result.extraction is not None:
            for match in result.extraction.mentions:
                key = keys.get((match.kind, match.entity_id), f"#{match.entity_id}")
                self._write(self.stdout, f"    {match.kind} {key}: {match.surface}", progress)

    def _label(self, kind, record, keys):
        if kind != MEETING:
            return record.name
        when = record.date.isoformat() if record.date else "date unknown"
        if record.title:  # a larger event (a summit), named by its title
            return f"{record.get_kind_display().lower()} {record.title}, {when}, {record.get_status_display().lower()}"
        names = [
            f"{p.name} ({keys[(PERSON, p.pk)]})" if (PERSON, p.pk) in keys else p.name for p in record.participant_records
        ]
        return f"{record.get_kind_display().lower()} of {' – '.join(names)}, {when}, {record.get_status_display().lower()}"

    def _report_line(self, result):
        extraction = result.extraction
        counts = {}
        if extraction is not None:
            counts = {
                "people": len(extraction.entity_ids(PERSON) - {None}),
                "organisations": len(extraction.entity_ids(ORGANISATION) - {None}),
                "places": len(extraction.entity_ids(PLACE) - {None}),
                "meetings": len(extraction.meetings),
            }
        created = Counter(REPORT_KEYS[kind] for kind, _ in result.created)
        return {
            "path": _json_path(result.path),
            "outcome": result.outcome.value,
            "reason": result.message,
            "article": result.article.pk if result.article is not None and not self.dry_run else None,
            "counts": counts,
            "created": {key: created[key] for key in REPORT_KEYS.values()},
        }


def _json_path(path):
    """The path as it is, or (a name that is not UTF-8) as ``printable`` shows it."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return printable(path)
    return path
