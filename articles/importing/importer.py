"""Importing source files into articles, each all or nothing, many at a time.

A run reads each file and looks its SHA-256 up (a file seen before is
``unchanged``), extracts the new ones — in this process or in worker
processes (``--jobs``), never while holding a database lock — and then writes
them in file order, a batch of files per transaction that begins by taking
the import lock (``lock.WriteLock``), each file in its own savepoint: a
failure anywhere rolls back that file alone and is reported with the file's
path and the reason. A file whose bytes changed at a known path updates its
article in place and keeps the editors' tags, title and links.

Extraction has a per-file time budget (``--file-timeout``, by default
``constants.EXTRACTION_BUDGET_SECONDS``): a file over it fails alone, and
nothing of it is written. A batch that finds SQLite locked by another writer
for longer than the busy timeout is tried again (``BUSY_ATTEMPTS`` tries in
all), then its first file fails with a line saying so and the run goes on; a
database that cannot be written at all (unreachable, disk full), or one
locked for ``BUSY_WAIT`` seconds in all, stops the run (``ArchiveUnavailable``).

Results are those of one file after the other: a file whose extraction read
something the files before it (or another importer) changed since is
extracted again before it is written (``tracing``).
"""

import enum
import itertools
import logging
import time
import traceback
from collections import Counter, deque
from dataclasses import dataclass, field

from django.db import DatabaseError, InterfaceError, OperationalError, connections, transaction

from newsroom.unavailable import is_busy

from .. import constants, sql
from ..deferred import DeferredWrites
from ..extraction.cleaning import clean, derive_title
from ..extraction.language import detect_language
from ..extraction.sentences import split_sentences
from ..linking import MEETING, gazetteer_from_database, link_article
from ..models import Article
from ..search.backends.sqlite import PRECOMPUTED
from .extracting import ExtractionTask, InlineExtractor, WorkerPool
from .lock import Watermarks, WriteLock
from .source_format import parse_source
from .sources import SourceError, read_source
from .text import has_letters, strip_hidden
from .tracing import TracingGazetteer

logger = logging.getLogger(__name__)

# A batch transaction ends after this many files or this long, so that other writers wait little.
BATCH_FILES = 200
BATCH_SECONDS = 0.5
# How many files are read ahead (their SHA-256 looked up together) and, in this process, extracted
# before a batch is written.
READ_AHEAD = 256
INLINE_BATCH = 16
# With worker processes: files out to extraction (running, queued or done but not written yet) per worker.
EXTRACTION_WINDOW = 4
# A batch whose transaction finds the database locked (SQLite: another writer kept it for longer than the
# busy timeout) is tried this many times in all; then its first file fails, and the run goes on.
BUSY_ATTEMPTS = 3
# How long a run waits, in all, for a database another process keeps locked (SQLite) before it stops.
BUSY_WAIT = 600.0


class ArchiveUnavailable(Exception):
    """The database cannot take writes (unreachable, disk full, or locked for too long): the run stops."""


class Outcome(enum.Enum):
    IMPORTED = "imported"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REEXTRACTED = "re-extracted"
    FAILED = "failed"


@dataclass
class FileResult:
    path: str
    outcome: Outcome
    message: str = ""
    article: Article | None = None
    extraction: object = None
    details: str = ""  # the traceback of an unexpected error, for -v 3
    created: list = field(default_factory=list)  # [(kind, record)] extraction created for this file


@dataclass(frozen=True)
class PreparedArticle:
    """Everything the archive stores for a source file, before any write."""

    title: str
    body: str
    source_text: str
    language: str
    published: object
    published_precision: str
    source_path: str
    sha256: str


def prepare(source):
    """Parse and clean a read ``SourceFile``; raise ``SourceError`` if no article remains."""
    parsed = parse_source(source.text)
    cleaned = clean(strip_hidden(parsed.text))
    if not cleaned.body:
        raise SourceError("no article text after the date header and promos")
    if not has_letters(cleaned.body):
        raise SourceError("no words: the text is only punctuation, digits or symbols")
    language = detect_language(cleaned.body)
    sentences = split_sentences(cleaned.body, language)
    return PreparedArticle(
        title=derive_title(sentences[0].text if sentences else cleaned.body),
        body=cleaned.body,
        source_text=source.text,
        language=language,
        published=parsed.published,
        published_precision=parsed.precision,
        source_path=source.display_path,
        sha256=source.sha256,
    )


def derived_title(body, language):
    sentences = split_sentences(body, language)
    return derive_title(sentences[0].text) if sentences else ""




class _File:
    """One file of the run, from its path to its result."""

    __slots__ = ("path", "source", "article", "task", "extracted", "result")

    def __init__(self, path, error=None):
        self.path = str(path)
        self.source = None  # sources.SourceFile
        self.article = None  # (re-extraction) the article of unchanged bytes
        self.task = None  # the ExtractionTask out for it
        self.extracted = None  # extracting.Extracted
        self.result = FileResult(self.path, Outcome.FAILED, error) if error else None

    @property
    def ready(self):
        return self.result is not None or self.extracted is not None


class Importer:
    """Imports files, in order, as one run: keep one per run so the gazetteer is loaded once.

    ``run(files)`` yields a ``FileResult`` per file, in order, as soon as its
    batch is committed; ``import_file(path)`` imports one file. ``jobs``:
    extraction in this process (1) or in that many worker processes.
    ``file_timeout``: the per-file time budget of extraction in seconds (None:
    ``constants.EXTRACTION_BUDGET_SECONDS``; 0: none).
    """

    def __init__(self, *, dry_run=False, reextract=False, gazetteer=None, jobs=1, file_timeout=None):
        self.dry_run = dry_run
        self.reextract = reextract
        self.jobs = max(1, jobs)
        self.file_timeout = constants.EXTRACTION_BUDGET_SECONDS if file_timeout is None else (file_timeout or None)
        self._gazetteer = gazetteer
        self._lock = None
        self._tasks = itertools.count()
        self._isolate = 0  # write the next files one per transaction (after a batch failed as a whole)
        self.waited = 0.0  # seconds spent waiting for a database locked by another process
        # batches: transactions written; extracted again: files whose extraction the files before them (or
        # another importer) made out of date; learnt: changes other importers made to what extraction knows.
        self.stats = Counter()
        self.on_busy = None  # called with a message the first time a run waits for the database

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            self._lock = WriteLock(None, Watermarks())  # before loading: nothing added meanwhile is missed
            gazetteer = TracingGazetteer()
            gazetteer._logging = False
            gazetteer_from_database(gazetteer)
            gazetteer._logging = True
            gazetteer.forget_ops()
            self._gazetteer = gazetteer
            self._lock.gazetteer = gazetteer
        return self._gazetteer

    @property
    def lock(self):
        self.gazetteer  # the lock learns what others write into it
        return self._lock

    def import_file(self, path):
        """Import one file; never raises for a bad file, returns a ``FileResult``.

        Raises ``ArchiveUnavailable`` when the database cannot be written at all.
        """
        return next(iter(self.run([(path, None)])))

    # -- the run ------------------------------------------------------------------------------

    def run(self, files):
        """Import ``files`` (``(path, error)`` pairs, as ``sources.discover`` yields them); yield their results.

        The gazetteer is loaded, and worker processes started, only once a file needs extracting: a
        run over files imported before reads them, looks their SHA-256 up, and is done.
        """
        self._extractor = self._here = None
        self._states = {}  # task id -> _File, for the tasks out
        self._submitted = set()  # ids of the tasks sent to extraction
        queue = deque()
        files = iter(files)
        more = True
        try:
            while True:
                if more and len(queue) < READ_AHEAD // 2:
                    more = self._read_ahead(queue, files)
                while queue and queue[0].result is not None:  # unchanged, or failed before extraction
                    yield queue.popleft().result
                if not queue:
                    if more:
                        continue
                    return
                self._top_up(queue)
                extractor = self._extractor
                if not queue[0].ready or (extractor is self._here and not self._enough_ready(queue)):
                    self._receive(extractor.collect())
                    continue
                done, stale = self._write_batch(queue, self.lock)
                for _ in range(done):
                    yield queue.popleft().result
                if stale is not None:
                    self._window = max(self._narrowest, self._window // 2)
                    self._extract_again(stale)
                else:
                    self._window = min(self._widest, self._window + 1)
        finally:
            if self._extractor is not None and self._extractor is not self._here:
                self._extractor.close()

    def _start_extraction(self):
        """Load the gazetteer and start extracting: here, or in ``jobs`` worker processes."""
        gazetteer = self.gazetteer
        self._here = InlineExtractor(gazetteer, self.file_timeout)
        _warm(gazetteer)  # not on the first file's time budget; before worker processes copy it
        self._extractor = WorkerPool(self.jobs, gazetteer, self.file_timeout) if self.jobs > 1 else self._here
        # How far ahead files are extracted: halved whenever a file had to be extracted again, grown by one
        # after each batch without (the files of some folders depend on each other more than others).
        self._widest = INLINE_BATCH if self._extractor is self._here else EXTRACTION_WINDOW * self.jobs
        self._narrowest = 1 if self._extractor is self._here else self.jobs
        self._window = self._widest

    def _enough_ready(self, queue):
        """In this process: extract a batch's worth of files (the window) before writing them."""
        for count, state in enumerate(queue, start=1):
            if not state.ready:
                return False
            if count >= self._window:
                break
        return True

    def _read_ahead(self, queue, files):
        """Read the next files, look their SHA-256 up together, and send the new ones to extraction."""
        fresh = []
        for path, error in itertools.islice(files, READ_AHEAD):
            state = _File(path, error)
            queue.append(state)
            if state.result is None:
                try:
                    state.source = read_source(path)
                except SourceError as problem:
                    state.result = FileResult(state.path, Outcome.FAILED, str(problem))
                    continue
                fresh.append(state)
        if not fresh:
            return False
        shas = [state.source.sha256 for state in fresh]
        known = {
            sha: {"pk": pk, "sha256": sha, "source_path": path}
            for pk, sha, path in sql.rows_where_in(Article, ["id", "sha256", "source_path"], "sha256", shas)
        }
        if self.reextract and known:
            for row in Article.objects.filter(pk__in=[r["pk"] for r in known.values()]).values(
                "sha256", "body", "language", "published"
            ):
                known[row["sha256"]].update(row)
        for state in fresh:
            same = known.get(state.source.sha256)
            if same is None:
                state.task = ExtractionTask(next(self._tasks), source=state.source)
            elif self.reextract:
                state.article = same["pk"]
                state.task = ExtractionTask(
                    next(self._tasks), article=(same["body"], same["language"], same["published"])
                )
            else:
                state.result = _unchanged(state, same["pk"], same["source_path"])
        return True

    def _top_up(self, queue):
        """Send to extraction the files within the window of the next ones to write, and only those: the
        further ahead a file is extracted, the likelier the files before it change what it reads."""
        if self._extractor is None:
            self._start_extraction()
        window = self._window
        for state in queue:
            if state.result is not None:
                continue
            if state.task is not None and state.task.id not in self._submitted and state.extracted is None:
                self._submit(state, state.task)
            window -= 1
            if window <= 0:
                break

    def _submit(self, state, task):
        state.task = task
        state.extracted = None
        self._states[task.id] = state
        self._submitted.add(task.id)
        self._extractor.submit(task)

    def _receive(self, results):
        for result in results:
            state = self._states.pop(result.id, None)
            if state is not None and state.task is not None and state.task.id == result.id:
                state.extracted = result

    def _extract_again(self, state):
        """Extract a file here and now, with the gazetteer as it is (outside any transaction)."""
        task = ExtractionTask(next(self._tasks), source=state.source) if state.article is None else ExtractionTask(
            next(self._tasks), article=state.task.article
        )
        state.task = task
        self._submitted.add(task.id)
        self.stats["extracted again"] += 1
        state.extracted = self._here.run_now(task)

    # -- writing a batch ------------------------------------------------------------------------

    def _write_batch(self, queue, lock):
        """Write the ready files at the head of ``queue`` in one transaction.

        Returns ``(done, stale)``: how many files at the head have their
        result, and the file the batch stopped at because its extraction is
        out of date (to extract again before the next batch), or None.
        """
        gazetteer = self.gazetteer
        busy = 0  # tries that found the database locked
        while True:
            started = time.monotonic()
            checkpoint = None
            attempt = _Attempt()
            try:
                with transaction.atomic():
                    if not self.dry_run:
                        self.stats["learnt"] += lock.take()
                    checkpoint = gazetteer.checkpoint()
                    writes = DeferredWrites()
                    self._write_files(queue, writes, started, attempt)
                    if not self.dry_run:
                        writes.flush()
                    else:
                        transaction.set_rollback(True)
                break
            except (OperationalError, InterfaceError) as error:
                self._after_failed_batch(queue, checkpoint)
                if not is_busy(error):
                    raise ArchiveUnavailable(f"{type(error).__name__}: {error}") from error
                busy += 1
                logger.info("the database is busy (attempt %d of %d)", busy, BUSY_ATTEMPTS)
                if busy >= BUSY_ATTEMPTS:
                    self._fail_locked(queue)
                    break
                self._wait_for_database(error, time.monotonic() - started)
            except DatabaseError as error:
                # A batch that cannot be committed (say, a record another process deleted meanwhile):
                # its files are written again one per transaction, so that only the culprit fails.
                self._after_failed_batch(queue, checkpoint)
                if len(attempt.written) == 1 and self._isolate:
                    state = attempt.written[0]
                    state.result = FileResult(
                        state.path, Outcome.FAILED, f"unexpected error: {type(error).__name__}: {error}",
                        details=traceback.format_exc(),
                    )
                    self._isolate -= 1
                    continue
                logger.info("a batch failed as a whole; writing its files one at a time", exc_info=True)
                self._isolate = max(self._isolate, len(attempt.written), 1)
        if not self.dry_run and busy < BUSY_ATTEMPTS:
            lock.committed()
        self.stats["batches"] += 1
        self._isolate = max(0, self._isolate - len(attempt.written))
        gazetteer.forget_history()
        positions = [s.extracted.position for s in queue if s.extracted is not None and s.result is None]
        if self._extractor is not self._here:
            positions.append(self._extractor.oldest_position())
        gazetteer.forget_ops(min([gazetteer.position, *positions]))
        done = 0
        for state in queue:
            if state.result is None:
                break
            done += 1
        return done, attempt.stale

    def _after_failed_batch(self, queue, checkpoint):
        """Forget what a rolled-back batch did: in memory, in the workers, in the files' results."""
        if checkpoint is None:
            return
        gazetteer = self.gazetteer
        changed = gazetteer.position > checkpoint[1]
        gazetteer.rollback(checkpoint)
        for state in queue:
            if state.extracted is None:
                continue
            if state.result is not None and state.result.outcome is not Outcome.FAILED:
                state.result = None  # written in the rolled-back batch: to write again
            if state.extracted.position > checkpoint[1] and state.result is None:
                self._submit(state, state.task)  # extracted with changes now undone
        if changed and self._extractor is not self._here:
            self._extractor.reset()

    def _fail_locked(self, queue):
        """The first file still to write fails: the database stayed locked for every try of its batch."""
        timeout = connections["default"].settings_dict.get("OPTIONS", {}).get("timeout", "?")
        for state in queue:
            if state.result is None:
                state.result = FileResult(
                    state.path,
                    Outcome.FAILED,
                    f"not imported: the database stayed locked by another writer ({BUSY_ATTEMPTS} tries of "
                    f"{timeout} s each); run the import again, files already imported are skipped",
                )
                return

    def _wait_for_database(self, error, waited):
        if self.on_busy and not self.waited:
            self.on_busy(
                "the archive is busy: another process is writing to the database; waiting for it "
                f"(up to {BUSY_WAIT:.0f} s in all)"
            )
        self.waited += waited + 1.0
        if self.waited > BUSY_WAIT:
            raise ArchiveUnavailable(
                f"the database stayed locked by another process for more than {BUSY_WAIT:.0f} s ({error})"
            ) from error
        time.sleep(1.0)

    def _write_files(self, queue, writes, started, attempt):
        gazetteer = self.gazetteer
        limit = 1 if self._isolate else BATCH_FILES
        lookups = _Lookups()
        index = 0
        while index < len(queue):
            state = queue[index]
            if not state.ready:
                break
            index += 1
            if state.result is not None:
                continue
            extracted = state.extracted
            if extracted.error:
                state.result = FileResult(state.path, Outcome.FAILED, extracted.error, details=extracted.details)
                continue
            if len(attempt.written) >= limit or (attempt.written and time.monotonic() - started > BATCH_SECONDS):
                break
            if extracted.reads.affected_by(gazetteer.ops_since(extracted.position)):
                attempt.stale = state  # to extract again, outside this transaction
                break
            lookups.load(queue, index - 1, limit - len(attempt.written))
            attempt.written.append(state)
            state.result = self._write_file(state, lookups, writes)
            self._top_up(queue)
            self._receive(self._extractor.feed())

    def _write_file(self, state, lookups, writes):
        """Write one file in its own savepoint; a failure rolls back it alone and becomes its result."""
        gazetteer = self.gazetteer
        checkpoint = gazetteer.checkpoint()
        written = writes.checkpoint()
        try:
            with transaction.atomic():
                result = self._write(state, lookups, writes)
                result.created = list(writes.created[written[2] :])
                if self.dry_run:
                    for kind, record in result.created:
                        if kind == MEETING:  # named in the dry run's listing, after its rows are gone
                            record.participant_records = list(record.participants.order_by("name"))
                    transaction.set_rollback(True)
        except (OperationalError, InterfaceError):
            raise  # the database, not the file: the batch is tried again
        except Exception as error:  # one bad file must never stop the run
            gazetteer.rollback(checkpoint)
            writes.rollback(written)
            logger.debug("importing %s failed", state.path, exc_info=True)
            return FileResult(
                state.path,
                Outcome.FAILED,
                f"unexpected error: {type(error).__name__}: {error}",
                details=traceback.format_exc(),
            )
        if self.dry_run:
            gazetteer.rollback(checkpoint)
            writes.rollback(written)
        lookups.written(state, result)
        return result

    def _write(self, state, lookups, writes):
        extracted = state.extracted
        if state.article is not None:  # --reextract of unchanged bytes
            article = Article.objects.select_for_update().get(pk=state.article)
            extraction = link_article(article, self.gazetteer, extraction=extracted.extraction, writes=writes)
            return FileResult(state.path, Outcome.REEXTRACTED, article=article, extraction=extraction)
        prepared = extracted.prepared
        same = lookups.same_bytes(prepared.sha256)
        if same is not None:  # imported since it was read (another file of this run, or another importer)
            return _unchanged(state, *same)
        article = lookups.at_path(prepared.source_path)
        created = article is None
        if created:
            article = Article(origin=Article.Origin.IMPORT, source_path=prepared.source_path, title=prepared.title)
            outcome = Outcome.IMPORTED
        else:
            outcome = Outcome.UPDATED
            # Keep a title an editor wrote; replace one the importer derived.
            if article.title == derived_title(article.body, article.language):
                article.title = prepared.title
        article.body = prepared.body
        article.source_text = prepared.source_text
        article.language = prepared.language
        article.published = prepared.published
        article.published_precision = prepared.published_precision
        article.sha256 = prepared.sha256
        if extracted.documents:
            PRECOMPUTED.update(extracted.documents)  # the search index's triggers take them from there
        try:
            if created:
                sql.insert([article])
                writes.history(article)
            else:
                article.save()
        finally:
            PRECOMPUTED.clear()
        extraction = link_article(
            article, self.gazetteer, extraction=extracted.extraction, writes=writes, created=created
        )
        return FileResult(state.path, outcome, article=article, extraction=extraction)


class _Attempt:
    """What one try at writing a batch did."""

    def __init__(self):
        self.written = []  # the files written (in savepoints)
        self.stale = None  # the file it stopped at, out of date


class _Lookups:
    """The articles a batch's files may already have (by SHA-256 and by path), asked in one query each
    for all the files extracted so far, when the first of them is written."""

    def __init__(self):
        self.asked = set()  # ids of the files asked about
        self.shas = {}
        self.paths = {}

    def load(self, queue, index, count):
        """Ask about the file at ``queue[index]`` and the extracted ones after it (up to ``count``)."""
        if id(queue[index]) in self.asked:
            return
        states = [
            s for s in itertools.islice(queue, index, index + max(count, 1))
            if s.extracted is not None and s.extracted.prepared is not None and id(s) not in self.asked
        ]
        self.asked.update(id(s) for s in states)
        self.asked.add(id(queue[index]))
        shas = [s.extracted.prepared.sha256 for s in states]
        paths = [s.extracted.prepared.source_path for s in states]
        for pk, sha, path in sql.rows_where_in(Article, ["id", "sha256", "source_path"], "sha256", shas):
            self.shas[sha] = (pk, path)
        at_paths = [pk for pk, _ in sql.rows_where_in(Article, ["id", "source_path"], "source_path", paths)]
        if at_paths:  # files changed since they were imported: their articles, locked until the batch ends
            for article in Article.objects.select_for_update().filter(pk__in=at_paths).order_by("pk"):
                self.paths.setdefault(article.source_path, article)

    def same_bytes(self, sha):
        return self.shas.get(sha)

    def at_path(self, path):
        return self.paths.get(path)

    def written(self, state, result):
        article = result.article
        if article is not None and result.outcome in (Outcome.IMPORTED, Outcome.UPDATED):
            self.shas[article.sha256] = (article.pk, article.source_path)
            self.paths[article.source_path] = article


def _unchanged(state, pk, source_path):
    message = ""
    path = state.source.display_path if state.source is not None else state.path
    if source_path != path:
        message = f"same text as article {pk} ({source_path})"
    return FileResult(state.path, Outcome.UNCHANGED, message, article=Article(pk=pk, source_path=source_path))


def _warm(gazetteer):
    """Build the gazetteer's automaton and name indexes once, before worker processes copy it."""
    gazetteer.find("warm up")
    gazetteer.person_index.compare("warm up")
    gazetteer.organisation_index.compare("warm up")
