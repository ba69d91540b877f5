"""``runserver`` that refuses to start, with what to do, when production's static files are missing.

It is whitenoise's ``runserver`` (whitenoise serves the static files) with one
check first: see ``newsroom/staticfiles.py``.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import CommandError
from whitenoise.runserver_nostatic.management.commands.runserver import Command as WhitenoiseRunserver

from newsroom.staticfiles import check_collected


class Command(WhitenoiseRunserver):
    def handle(self, *args, **options):
        try:
            check_collected()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        return super().handle(*args, **options)
