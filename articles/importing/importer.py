"""Importing one source file into one article, all or nothing.

Each file is read, parsed, cleaned and extracted, then written in its own
transaction: a failure anywhere rolls back that file alone and is reported
with the file's path and the reason. Extraction runs before the transaction
(no write lock is held while it runs, which on SQLite would hold up every
other writer), within ``EXTRACTION_BUDGET_SECONDS``. A file seen before (same SHA-256) is
left unchanged; a file whose bytes changed at a known path updates its
article in place and keeps the editors' tags, title and links.
"""

import enum
import logging
import signal
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.db import InterfaceError, OperationalError, transaction

from newsroom.unavailable import is_busy

from .. import constants
from ..extraction.cleaning import clean, derive_title
from ..extraction.language import detect_language
from ..extraction.pipeline import extract
from ..extraction.sentences import split_sentences
from ..linking import gazetteer_from_database, link_article
from ..models import Article
from .source_format import parse_source
from .sources import SourceError, read_source
from .text import has_letters, strip_hidden

logger = logging.getLogger(__name__)

# A file whose transaction finds the database locked (SQLite: another writer
# kept it for longer than the busy timeout) is tried this many times in all.
BUSY_ATTEMPTS = 3


class ArchiveUnavailable(Exception):
    """The database cannot take writes at all (unreachable, disk full): no later file would fare better."""


class ExtractionOverBudget(Exception):
    """Extraction of one file ran past ``EXTRACTION_BUDGET_SECONDS``."""


@contextmanager
def time_budget(seconds):
    """Raise ``ExtractionOverBudget`` in the block after ``seconds`` (a real-time timer; main thread only).

    Signals reach the main thread alone, so elsewhere (a test's helper thread) the block runs unbounded.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    running = [True]

    def over_budget(signum, frame):
        if running[0]:
            raise ExtractionOverBudget

    previous = signal.signal(signal.SIGALRM, over_budget)
    # Again every second after the budget: an exception raised while a finalizer runs is lost.
    signal.setitimer(signal.ITIMER_REAL, seconds, 1.0)
    try:
        yield
    finally:
        running[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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


class Importer:
    """Imports files one at a time; keep one per run so the gazetteer is built once."""

    def __init__(self, *, dry_run=False, reextract=False, gazetteer=None):
        self.dry_run = dry_run
        self.reextract = reextract
        self._gazetteer = gazetteer

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            self._gazetteer = gazetteer_from_database()
        return self._gazetteer

    def import_file(self, path):
        """Import one file; never raises for a bad file, returns a ``FileResult``.

        Raises ``ArchiveUnavailable`` when the database cannot be written at
        all, so that the run stops instead of failing every file after it.
        """
        try:
            source = read_source(path)
            prepared = prepare(source)
        except SourceError as error:
            return FileResult(str(path), Outcome.FAILED, str(error))
        try:
            extraction = self._extract(prepared)
        except ExtractionOverBudget:
            return FileResult(
                str(path),
                Outcome.FAILED,
                f"not imported: extraction took longer than {constants.EXTRACTION_BUDGET_SECONDS} s, "
                "the limit for one file; nothing of it was written",
            )
        except (OperationalError, InterfaceError) as error:
            if not is_busy(error):
                raise ArchiveUnavailable(f"{type(error).__name__}: {error}") from error
            extraction = None  # the transaction reads again and extracts if it must
        except Exception as error:  # one bad file must never stop the run
            logger.debug("extracting %s failed", path, exc_info=True)
            return FileResult(
                str(path),
                Outcome.FAILED,
                f"unexpected error: {type(error).__name__}: {error}",
                details=traceback.format_exc(),
            )
        for attempt in range(1, BUSY_ATTEMPTS + 1):
            # What the gazetteer learns from this file (new people and organisations)
            # is forgotten with the file's transaction when it is rolled back.
            checkpoint = self.gazetteer.checkpoint()
            try:
                with transaction.atomic():
                    result = self._write(prepared, extraction)
                    if self.dry_run:
                        transaction.set_rollback(True)
            except (OperationalError, InterfaceError) as error:
                self.gazetteer.rollback(checkpoint)
                if not is_busy(error):
                    raise ArchiveUnavailable(f"{type(error).__name__}: {error}") from error
                logger.info("%s: the database is busy (attempt %d of %d)", path, attempt, BUSY_ATTEMPTS)
                continue
            except Exception as error:  # one bad file must never stop the run
                self.gazetteer.rollback(checkpoint)
                logger.debug("importing %s failed", path, exc_info=True)
                return FileResult(
                    str(path),
                    Outcome.FAILED,
                    f"unexpected error: {type(error).__name__}: {error}",
                    details=traceback.format_exc(),
                )
            if self.dry_run:
                self.gazetteer.rollback(checkpoint)
            result.path = str(path)
            return result
        timeout = settings.DATABASES["default"].get("OPTIONS", {}).get("timeout", "?")
        return FileResult(
            str(path),
            Outcome.FAILED,
            f"not imported: the database stayed locked by another writer ({BUSY_ATTEMPTS} tries of "
            f"{timeout} s each); run the import again, files already imported are skipped",
        )

    def _extract(self, prepared):
        """The extraction of a new or changed file, made outside any transaction; None for a file seen before."""
        if Article.objects.filter(sha256=prepared.sha256).exists():
            return None  # unchanged, or re-extracted from the stored (perhaps edited) article
        gazetteer = self.gazetteer  # built once per run, outside the budget
        with time_budget(constants.EXTRACTION_BUDGET_SECONDS):
            return extract(prepared.body, prepared.language, gazetteer, published=prepared.published)

    def _write(self, prepared, extraction=None):
        same_bytes = Article.objects.filter(sha256=prepared.sha256).first()
        if same_bytes is not None:
            if self.reextract:
                extraction = link_article(same_bytes, self.gazetteer)
                return FileResult("", Outcome.REEXTRACTED, article=same_bytes, extraction=extraction)
            message = ""
            if same_bytes.source_path != prepared.source_path:
                message = f"same text as article {same_bytes.pk} ({same_bytes.source_path})"
            return FileResult("", Outcome.UNCHANGED, message, article=same_bytes)

        article = (
            Article.objects.select_for_update().filter(source_path=prepared.source_path).order_by("pk").first()
        )
        if article is None:
            article = Article(origin=Article.Origin.IMPORT, source_path=prepared.source_path)
            outcome = Outcome.IMPORTED
            article.title = prepared.title
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
        article.save()
        extraction = link_article(article, self.gazetteer, extraction=extraction)
        return FileResult("", outcome, article=article, extraction=extraction)

