"""``manage.py rebuild_search_index``: rebuild (or check) the full-text search index."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, transaction

from articles.search.backends import search_backend


class Command(BaseCommand):
    help = (
        "Rebuild the search index from the articles: on SQLite the FTS5 table (and its triggers, if a "
        "migration dropped them); on PostgreSQL the GIN index of the generated column. With --check, "
        "only report what is wrong (exit status 1 if anything is)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Report problems with the index; change nothing."
        )
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to work on.")

    def handle(self, *args, check, database, verbosity, **options):
        backend = search_backend(database)
        if check:
            problems = backend.check_index()
            for problem in problems:
                self.stderr.write(f"search index: {problem}")
            if problems:
                raise CommandError(f"{len(problems)} problem(s) with the search index on {backend.vendor}.")
            if verbosity:
                self.stdout.write(f"The search index on {backend.vendor} is in step with the articles.")
            return
        with transaction.atomic(using=database):
            count = backend.rebuild_index()
        if verbosity:
            self.stdout.write(f"Rebuilt the search index on {backend.vendor}: {count} articles indexed.")
