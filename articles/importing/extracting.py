"""Extraction for the importer: in this process (``--jobs 1``) or in worker processes, with a time budget.

An ``ExtractionTask`` is one file read by the importer (its ``SourceFile``)
or one stored article to extract again (``--reextract``). ``run_task``
prepares and extracts it against a ``TracingGazetteer`` while recording what
the extraction read, and returns an ``Extracted``: the prepared article, the
extraction, those ``Reads`` and the gazetteer ``position`` it was made at.
Nothing here touches the database.

``WorkerPool`` runs tasks in ``jobs`` processes forked from the importer
after it has loaded its gazetteer, so each starts with the same gazetteer
without loading it again. Each task carries the gazetteer's changes since
that worker's last task (``tracing.Op``s, the people and organisations the
files before it created), so a worker is never further behind than the
files it has not been told about; the importer checks each result against
what changed since (``Reads.affected_by``) and extracts it again itself when
that touches it.

The time budget is the last line of defence against a file extraction
cannot finish (extraction is linear in the text's size): a worker that
spends longer than ``budget`` seconds on one file is killed and replaced,
and that file fails with a message that names the budget; in this process,
a timer interrupts the extraction.
"""

import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import wait

from django.db import connections

from ..extraction.pipeline import extract
from .sources import SourceError
from .tracing import Reads, apply

# Tasks a worker holds at once (one running, the rest queued): enough that it never waits for the
# importer, few enough that the gazetteer it extracts with is never more than that many files old.
WORKER_DEPTH = 2
# A worker gets the gazetteer's changes when this many have gathered, or after this many tasks without.
OPS_TOGETHER = 24
TASKS_WITHOUT_CHANGES = 6
# Workers run at a lower priority than the importer that writes what they extract: the writer (and, on
# PostgreSQL, the server it waits for at every statement) is the slower side, and on a machine with as many
# busy workers as cores it otherwise waits for a time slice at each round trip. Measured on 2 cores,
# 400 files into PostgreSQL with --jobs 2, five interleaved rounds: 6-16 % less wall time (docs/performance.md).
WORKER_NICENESS = 10


@dataclass
class ExtractionTask:
    id: int
    source: object = None  # sources.SourceFile: prepare, then extract
    article: tuple = None  # (body, language, published): extract a stored article again


@dataclass
class Extracted:
    id: int
    prepared: object = None  # importer.PreparedArticle (None for a stored article)
    extraction: object = None
    reads: Reads = None
    position: int = 0  # the gazetteer's position (``TracingGazetteer.position``) it was made at
    error: str = ""  # why the file cannot be imported
    details: str = ""  # the traceback of an unexpected error
    seconds: float = 0.0
    documents: dict = None  # SQLite: the search index's documents of the title and body, computed ahead


class ExtractionTimeout(Exception):
    pass


def budget_message(budget):
    return (
        f"not imported: extraction took longer than {budget:g} s, the limit for one file (split it, or raise "
        "--file-timeout); nothing of it was written"
    )


def run_task(task, gazetteer, position):
    """Prepare and extract one task; never raises for a bad file."""
    from .importer import prepare

    started = time.perf_counter()
    reads = Reads()
    try:
        if task.source is not None:
            prepared = prepare(task.source)
            body, language, published = prepared.body, prepared.language, prepared.published
        else:
            prepared = None
            body, language, published = task.article
        with gazetteer.recording(reads):
            extraction = extract(body, language, gazetteer, published=published)
    except SourceError as error:
        return Extracted(task.id, error=str(error))
    except ExtractionTimeout:
        raise
    except Exception as error:  # one bad file must never stop the run
        return Extracted(
            task.id, error=f"unexpected error: {type(error).__name__}: {error}", details=traceback.format_exc()
        )
    documents = None
    if prepared is not None and connections["default"].vendor == "sqlite":
        from ..search.analysis import sqlite_document

        documents = {
            (text, language): sqlite_document(text, language) for text in (prepared.title, prepared.body)
        }
    return Extracted(
        task.id, prepared, extraction, reads, position, seconds=time.perf_counter() - started, documents=documents
    )


class InlineExtractor:
    """``--jobs 1``: extraction in the importing process, against its own gazetteer."""

    jobs = 1

    def __init__(self, gazetteer, budget=None):
        self.gazetteer = gazetteer
        self.budget = budget
        self._waiting = deque()

    def submit(self, task):
        self._waiting.append(task)

    def idle(self):
        return not self._waiting

    def feed(self):
        """Nothing runs in the background here."""
        return []

    def collect(self, timeout=None):
        """Run the oldest waiting task now."""
        if not self._waiting:
            return []
        return [self.run_now(self._waiting.popleft())]

    def run_now(self, task):
        """Extract one task here and now, with the time budget."""
        # Signals reach the main thread alone: elsewhere (a test's helper thread) extraction runs unbounded.
        timer = self.budget and threading.current_thread() is threading.main_thread()
        running = [True]
        if timer:
            def interrupt(signum, frame):
                if running[0]:
                    raise ExtractionTimeout

            previous = signal.signal(signal.SIGALRM, interrupt)
            # Again every second after the budget: an exception raised while a finalizer runs is lost.
            signal.setitimer(signal.ITIMER_REAL, self.budget, 1.0)
        try:
            return run_task(task, self.gazetteer, self.gazetteer.position)
        except ExtractionTimeout:
            return Extracted(task.id, error=budget_message(self.budget))
        finally:
            running[0] = False
            if timer:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)

    def close(self):
        pass


def _serve(connection, gazetteer):
    """A worker: apply the changes each task brings, extract, answer; until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the importer decides what an interrupt means
    os.nice(WORKER_NICENESS)
    gazetteer._logging = False
    gazetteer.forget_ops()
    gazetteer.forget_history()
    while True:
        try:
            message = connection.recv()
        except EOFError:
            return
        if message is None:
            return
        ops, position, task = message
        apply(gazetteer, ops)
        gazetteer.forget_history()  # a worker never rolls back
        connection.send(run_task(task, gazetteer, position))


class _Worker:
    def __init__(self, process, connection, position):
        self.process = process
        self.connection = connection
        self.position = position  # the importer's gazetteer position this worker has been brought to
        self.tasks = deque()  # sent, not answered; the first one is running
        self.sent_at = deque()  # the position each of ``tasks`` was sent at (its result's ``position``)
        self.started = None  # when the first one started
        self.unsent = 0  # tasks sent since the importer's gazetteer changed without the changes


class WorkerPool:
    """``--jobs N`` (N ≥ 2): extraction in N processes forked from this one."""

    def __init__(self, jobs, gazetteer, budget=None):
        self.jobs = jobs
        self.gazetteer = gazetteer
        self.budget = budget
        self._context = multiprocessing.get_context("fork")
        self._waiting = deque()
        self._workers = [self._start() for _ in range(jobs)]

    def _start(self):
        # A forked child never touches the parent's database connections (it leaves with os._exit, and
        # keeps them referenced until then); closed first when no transaction needs them.
        if not any(c.in_atomic_block for c in connections.all(initialized_only=True)):
            connections.close_all()
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_serve, args=(theirs, self.gazetteer), daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, ours, self.gazetteer.position)

    def submit(self, task):
        self._waiting.append(task)
        self._dispatch()

    def idle(self):
        return not self._waiting and not any(w.tasks for w in self._workers)

    def oldest_position(self):
        """The oldest gazetteer position a worker may still answer from (changes before it can be dropped):
        a task sent before the worker was brought further is answered from the position it was sent at."""
        return min(w.sent_at[0] if w.sent_at else w.position for w in self._workers)

    def _dispatch(self):
        position = self.gazetteer.position
        for worker in sorted(self._workers, key=lambda w: len(w.tasks)):
            while self._waiting and len(worker.tasks) < WORKER_DEPTH:
                task = self._waiting.popleft()
                # A change makes the worker rebuild what it derives from its gazetteer (the name automaton,
                # the index of name words, of office holders: tens of milliseconds with thousands of names),
                # so changes go out together, every few tasks: a file extracted without the newest is
                # checked against them like any other (``Reads.affected_by``).
                ops = []
                behind = position - worker.position
                if behind and (behind >= OPS_TOGETHER or worker.unsent >= TASKS_WITHOUT_CHANGES):
                    ops = self.gazetteer.ops_since(worker.position)
                    worker.position, worker.unsent = position, 0
                elif behind:
                    worker.unsent += 1
                worker.connection.send((ops, worker.position, task))
                if not worker.tasks:
                    worker.started = time.monotonic()
                worker.tasks.append(task)
                worker.sent_at.append(worker.position)

    def feed(self):
        """Collect what is done without waiting, and give the workers more to do."""
        results = self.collect(timeout=0)
        self._dispatch()
        return results

    def collect(self, timeout=None):
        """Results of finished tasks, waiting up to ``timeout`` seconds (None: until one is done)."""
        self._dispatch()
        busy = [w for w in self._workers if w.tasks]
        if not busy:
            return []
        if timeout is None and self.budget:
            now = time.monotonic()
            timeout = max(0.0, min(w.started + self.budget - now for w in busy))
        ready = wait([w.connection for w in busy], timeout)
        results = []
        for worker in busy:
            if worker.connection in ready:
                try:
                    result = worker.connection.recv()
                except (EOFError, OSError):
                    results.append(self._replace(worker, "the extraction worker died while reading this file"))
                    continue
                worker.tasks.popleft()
                worker.sent_at.popleft()
                worker.started = time.monotonic()
                results.append(result)
            elif self.budget and time.monotonic() - worker.started > self.budget:
                results.append(self._replace(worker, budget_message(self.budget)))
        self._dispatch()
        return results

    def _replace(self, worker, message):
        """Kill ``worker``; its running task fails with ``message``, the others go to its successor."""
        task = worker.tasks.popleft()
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        self._waiting.extendleft(reversed(worker.tasks))
        self._workers[self._workers.index(worker)] = self._start()
        return Extracted(task.id, error=message)

    def reset(self):
        """Replace every worker by a fresh one forked from the gazetteer as it is now (after a rollback)."""
        for worker in self._workers:
            self._waiting.extendleft(reversed(worker.tasks))
            worker.tasks.clear()
            worker.process.kill()
            worker.process.join()
            worker.connection.close()
        self._workers = [self._start() for _ in range(self.jobs)]

    def close(self):
        for worker in self._workers:
            try:
                worker.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.connection.close()
