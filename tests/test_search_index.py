"""The full-text index stays right: its repair after migrations, its check, its rebuild command."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import TestCase

from articles.models import Article
from articles.search.backends import search_backend
from articles.search.entities import resolve_query
from articles.search.query import parse_query


def found(text):
    return list(Article.objects.search(resolve_query(parse_query(text))).values_list("title", flat=True))


class IndexMaintenanceTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        Article.objects.create(title="Monsoon", body="Rain over Kerala.", language="en")

    def test_the_check_command_says_the_index_is_in_step(self):
        out = StringIO()
        call_command("rebuild_search_index", "--check", stdout=out)
        self.assertIn(
            f"The search index on {connection.vendor} is in step with the articles.", out.getvalue()
        )

    def test_the_rebuild_command_reports_what_it_indexed(self):
        out = StringIO()
        call_command("rebuild_search_index", stdout=out)
        self.assertIn(f"Rebuilt the search index on {connection.vendor}: 1 articles indexed.", out.getvalue())
        self.assertEqual(found("kerala"), ["Monsoon"])

    def test_triggers_dropped_by_a_table_rebuild_come_back_after_migrate(self):
        if connection.vendor != "sqlite":
            pytest.skip("SQLite drops a table's triggers when Django rebuilds the table")
        from articles.search.backends.sqlite import TRIGGERS, repair_after_migrate

        with connection.cursor() as cursor:
            for name in TRIGGERS:
                cursor.execute(f"DROP TRIGGER {name}")
        Article.objects.create(title="Cyclone", body="Wind over Odisha.", language="en")
        self.assertEqual(found("odisha"), [])  # written while the index was not kept
        with self.assertRaisesMessage(CommandError, "2 problem(s) with the search index on sqlite"):
            call_command("rebuild_search_index", "--check", stderr=StringIO())  # triggers, Cyclone
        repair_after_migrate(apps.get_app_config("articles"), using="default")
        self.assertEqual(search_backend().check_index(), [])
        self.assertEqual(found("odisha"), ["Cyclone"])
        Article.objects.create(title="Flood", body="Water over Assam.", language="en")
        self.assertEqual(found("assam"), ["Flood"])

    def test_the_time_guard_leaves_the_settings_as_it_found_them(self):
        backend = search_backend()
        if connection.vendor != "postgresql":
            pytest.skip("PostgreSQL settings")
        names = ("statement_timeout", "jit", "max_parallel_workers_per_gather")

        def settings():
            with connection.cursor() as cursor:
                cursor.execute("SELECT " + ", ".join(f"current_setting('{name}')" for name in names))
                return cursor.fetchone()

        before = settings()
        with backend.time_guard(123):
            self.assertEqual(settings(), ("123ms", "off", "0"))
        self.assertEqual(settings(), before)
