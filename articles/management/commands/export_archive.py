"""``manage.py export_archive [--output FILE]``: the archive as JSON Lines."""

import json
import os
import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.backup.records import archive_records


class Command(BaseCommand):
    help = (
        "Export the archive as JSON Lines (UTF-8), one record a line: organisations, persons, "
        "articles, meetings. The format is documented in docs/export-format.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", metavar="FILE", help="Write to FILE instead of standard output.")

    def handle(self, *args, output, **options):
        if not output or output == "-":
            try:
                self._write(self.stdout)
                self.stdout.flush()
            except BrokenPipeError:  # e.g. piped into head: not an error
                sys.stderr.close()
            return
        else:
            target = Path(output)
            if target.is_dir():
                raise CommandError(f"--output {output}: is a directory, expected a file name")
            if not target.parent.exists():
                raise CommandError(f"--output {output}: folder {target.parent} does not exist")
            # Write next to the target and rename: a failed export never leaves half a file.
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                    count = self._write(stream)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            self.stderr.write(f"exported {count} records to {target}")

    def _write(self, stream):
        count = 0
        for record in archive_records():
            stream.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
        return count
