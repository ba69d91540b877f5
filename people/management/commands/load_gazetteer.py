"""Add the starter gazetteer's records that the archive lacks (never overwrites edits)."""

import json
from pathlib import Path
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from people import models
from people.gazetteer import STARTER_PATH, load_gazetteer


class Command(BaseCommand):
    help = "Load a gazetteer file (default: the starter gazetteer) into the archive. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", default=str(STARTER_PATH), help="A gazetteer JSON file.")

    def handle(self, *args, path, **options):
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise CommandError(f"{path}: cannot read the gazetteer: {error}") from error
        with transaction.atomic():
            created = load_gazetteer(data, SimpleNamespace(**{name: getattr(models, name) for name in (
                "Place", "PlaceAlias", "Organisation", "OrganisationAlias", "Person", "PersonAlias", "Role", "Meeting"
            )}))
        summary = ", ".join(f"{count} {what}" for what, count in created.items())
        self.stdout.write(f"{path}: added {summary}")
