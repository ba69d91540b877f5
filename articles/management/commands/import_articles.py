"""``manage.py import_articles PATH [PATH …]``: import source files into the archive."""

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from django.db import InterfaceError, OperationalError
from django.utils import timezone
from tqdm import tqdm

from articles.extraction.gazetteer import ORGANISATION, PERSON, PLACE
from articles.importing.importer import BUSY_ATTEMPTS, ArchiveUnavailable, FileResult, Importer, Outcome
from articles.importing.sources import discover, printable
from articles.models import ImportRun
from newsroom.unavailable import is_busy

DRY_RUN_VERBS = {
    Outcome.IMPORTED: "would import",
    Outcome.UPDATED: "would update",
    Outcome.UNCHANGED: "unchanged",
    Outcome.REEXTRACTED: "would re-extract",
    Outcome.FAILED: "failed",
}


class Command(BaseCommand):
    help = (
        "Import news articles from source files (.txt, UTF-8, optional ' date YYYY-MM-DD ' header). "
        "PATH is a file or a directory walked recursively for *.txt (any case, symbolic links followed). "
        "Importing again is safe: "
        "unchanged files are skipped and changed files update their article in place."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="A source file or a directory of them.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Read, parse and extract everything, report what would change, write nothing.",
        )
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="Run extraction again on articles already imported from unchanged files.",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="No progress bar, even on a terminal."
        )

    def handle(self, *args, paths, dry_run, reextract, no_progress, verbosity, **options):
        files = list(discover(paths))
        importer = Importer(dry_run=dry_run, reextract=reextract)
        counts = Counter()
        # The run, for the review queue's "import run" filter (a dry run writes nothing, not even this).
        run = None if dry_run else self._start_run(paths, reextract)
        show_progress = not no_progress and verbosity >= 1 and sys.stderr.isatty() and len(files) > 1
        stopped = None
        with tqdm(total=len(files), unit="file", disable=not show_progress, file=sys.stderr) as progress:
            for done, (path, error) in enumerate(files):
                if error:
                    result = FileResult(str(path), Outcome.FAILED, error)
                else:
                    try:
                        result = importer.import_file(path)
                    except ArchiveUnavailable as problem:
                        stopped = (problem, len(files) - done)
                        break
                counts[result.outcome] += 1
                self._report(result, verbosity, dry_run, progress)
                progress.update()

        if run is not None:
            run.finished_at = timezone.now()
            run.imported, run.updated = counts[Outcome.IMPORTED], counts[Outcome.UPDATED]
            run.unchanged, run.reextracted = counts[Outcome.UNCHANGED], counts[Outcome.REEXTRACTED]
            run.failed = counts[Outcome.FAILED]
            try:
                run.save()
            except (OperationalError, InterfaceError) as problem:  # the files' own results stand
                self.stderr.write(f"the import run's record was not updated ({type(problem).__name__}: {problem})")
        changed = counts[Outcome.IMPORTED] + counts[Outcome.UPDATED] + counts[Outcome.REEXTRACTED]
        if changed and not dry_run:
            # The search's pre-aggregated counts (articles/search/summary.py): recounted once a run.
            from articles.search import summary as search_summary

            search_summary.refresh_if_dirty()

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
        if stopped:
            summary += f", not attempted {stopped[1]}"
        self.stdout.write(summary)
        if stopped:
            problem, left = stopped
            raise CommandError(
                f"the import stopped: the database cannot be written ({problem}). {left} file"
                f"{'s were' if left != 1 else ' was'} not attempted; run the same command again once the "
                "database is back: files already imported are skipped"
            )
        if counts[Outcome.FAILED]:
            failed = counts[Outcome.FAILED]
            raise CommandError(f"{failed} file{'s' if failed != 1 else ''} could not be imported (see above)")

    def _start_run(self, paths, reextract):
        """The run's record; None (and a line saying so) while another writer keeps SQLite locked."""
        for _ in range(BUSY_ATTEMPTS):
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

    def _write(self, stream, line, progress):
        if progress.disable:
            stream.write(line)
        else:
            progress.clear()
            stream.write(line)
            progress.refresh()

    def _report(self, result, verbosity, dry_run, progress):
        if result.outcome is Outcome.FAILED:
            self._write(self.stderr, f"{printable(result.path)}: {result.message}", progress)
            if verbosity >= 3 and result.details:
                self._write(self.stderr, result.details.rstrip(), progress)
            return
        if verbosity < 2:
            return
        verb = DRY_RUN_VERBS[result.outcome] if dry_run else result.outcome.value
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
                self._write(self.stdout, f"    {match.kind} #{match.entity_id}: {match.surface}", progress)
