"""``manage.py import_archive FILE``: restore an export into a newly migrated, empty archive."""

from django.core.management.base import BaseCommand, CommandError

from articles.backup.check import BackupError, check
from articles.backup.restore import restore


class Command(BaseCommand):
    help = (
        "Restore an export of export_archive (docs/export-format.md) into a newly migrated, empty archive: "
        "every record with its id, in one transaction. With --check, only check that FILE is a complete, "
        "consistent export, and write nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="A file written by export_archive --output.")
        parser.add_argument("--check", action="store_true", help="Check FILE only; change nothing.")

    def handle(self, *args, file, **options):
        try:
            if options["check"]:
                summary = check(file)
                self.stdout.write(f"{file}: a complete export: {summary.describe()}")
                return
            summary = restore(file)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"restored {summary.describe()} from {file}")
