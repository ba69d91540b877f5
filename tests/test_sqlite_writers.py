"""SQLite with several writers: they queue within the busy timeout, and a busy archive is a 503, never a 500.

The suite's SQLite database is a file with the production options (WAL,
IMMEDIATE transactions, a busy timeout: ``newsroom/settings.py``), so these
tests open real second connections to it, from threads.
"""

import io
import sqlite3
import threading
import time

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, connections, transaction
from taggit.models import Tag

from articles.models import Article

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking"),
]


def in_thread(function, *args):
    """Run ``function`` in a thread with its own database connection; return (thread, outcome)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function(*args)
        except Exception as error:  # reported to the test
            outcome["error"] = error
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def hold_write_lock(locked, seconds):
    """A writer like an import's file transaction: reads, writes, keeps the lock ``seconds``."""
    with transaction.atomic():
        Article.objects.count()
        Tag.objects.create(name="held by the importer")
        locked.set()
        time.sleep(seconds)


def test_the_database_runs_in_wal_mode_with_immediate_transactions():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
    assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_a_writer_waits_for_another_instead_of_failing():
    """A read-then-write transaction (an admin save) while an import holds the lock: it waits, then saves."""
    locked = threading.Event()
    holder, held = in_thread(hold_write_lock, locked, 0.8)
    assert locked.wait(10)

    def save_like_the_admin():
        with transaction.atomic():
            Article.objects.filter(title="").exists()  # reads first, as a change form does
            return Tag.objects.create(name="saved by the editor").pk

    saver, saved = in_thread(save_like_the_admin)
    saver.join(30)
    holder.join(30)
    assert "error" not in held, held.get("error")
    assert "error" not in saved, f"the second writer failed instead of waiting: {saved.get('error')}"
    assert set(Tag.objects.values_list("name", flat=True)) == {"held by the importer", "saved by the editor"}


@pytest.fixture
def short_busy_timeout(monkeypatch):
    """This thread's connection gives up after 0.3 s instead of the production 20 s."""
    connection.close()
    monkeypatch.setitem(
        connection.settings_dict, "OPTIONS", {**connection.settings_dict["OPTIONS"], "timeout": 0.3}
    )
    yield
    connection.close()


@pytest.fixture
def locked_archive():
    """Another process's write transaction, held for the whole test."""
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None, timeout=5)
    other.execute("BEGIN IMMEDIATE")
    yield
    other.execute("ROLLBACK")
    other.close()


def test_an_admin_save_on_an_archive_busy_beyond_the_timeout_is_a_503_page(
    admin_client, short_busy_timeout, request
):
    article = Article.objects.create(title="Before the lock", body="Text.", language="en")
    admin_client.get("/admin/")  # the session is written before the lock
    request.getfixturevalue("locked_archive")
    response = admin_client.post(
        f"/admin/articles/article/{article.pk}/change/",
        {"title": "During the lock", "body": "Text.", "language": "en", "_save": "Save"},
    )
    assert response.status_code == 503
    assert response["Retry-After"]
    assert "The archive is busy" in response.content.decode()
    assert Article.objects.get(pk=article.pk).title == "Before the lock"


def test_public_pages_are_served_while_a_writer_holds_the_lock(client, short_busy_timeout, request):
    article = Article.objects.create(title="Minister meets minister", body="The minister met.", language="en")
    request.getfixturevalue("locked_archive")
    assert client.get("/search/?q=minister").status_code == 200
    assert client.get("/search/?q=minister&format=json").json()["count"] == 1
    assert client.get(article.get_absolute_url()).status_code == 200


ARTICLE = " date 2024-03-14 Foreign Minister Arjun Mehta met his counterpart in Dushanbe on Thursday.\n"


def run_import(*paths):
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, paths), stdout=stdout, stderr=stderr)
    except CommandError as error:
        return stdout.getvalue(), stderr.getvalue(), error
    return stdout.getvalue(), stderr.getvalue(), None


def test_an_import_on_an_archive_locked_beyond_every_try_says_so_and_loses_no_file(
    tmp_path, short_busy_timeout, request
):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    Article.objects.exists()  # the gazetteer and the connection are ready before the lock
    request.getfixturevalue("locked_archive")
    out, err, error = run_import(tmp_path)
    assert "imported 0, updated 0, unchanged 0, failed 1" in out
    assert (
        "one.txt: not imported: the database stayed locked by another writer (3 tries of 0.3 s each)" in err
    )
    assert "run the import again" in err
    assert error is not None


def test_an_import_waits_out_a_lock_released_between_tries(tmp_path, short_busy_timeout):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    Article.objects.exists()
    locked = threading.Event()

    def hold_for(seconds):
        other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None, timeout=5)
        other.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold_for, args=(0.45,))
    holder.start()
    assert locked.wait(10)
    out, err, error = run_import(tmp_path)
    holder.join()
    assert error is None, err
    assert "imported 1, updated 0, unchanged 0, failed 0" in out
    assert Article.objects.count() == 1
