"""Production serves collected, hashed static files; say so at start when they were not collected.

With ``DEBUG`` off the static files are served by whitenoise from
``STATIC_ROOT`` with names from the manifest ``collectstatic`` writes; without
that manifest every page that links a stylesheet fails. ``runserver``
(``newsroom/management/commands/runserver.py``) and the WSGI application
(``newsroom/wsgi.py``, what gunicorn loads) refuse to start instead, naming
the command to run.
"""

from pathlib import Path

from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.files.storage import storages

MESSAGE = (
    "The static files have not been collected ({manifest} is missing), so no page could load its "
    "stylesheets: run `python manage.py collectstatic --noinput` once per release, then start the "
    "server again (or set DEBUG=1 while developing)."
)


def missing_manifest():
    """The path of the missing static manifest, or None when there is none to miss."""
    storage = storages["staticfiles"]
    if not isinstance(storage, ManifestFilesMixin):
        return None
    manifest = Path(storage.path(storage.manifest_name))
    return None if manifest.is_file() else manifest


def check_collected():
    """Raise ``ImproperlyConfigured`` with what to do when the static files were not collected."""
    from django.core.exceptions import ImproperlyConfigured

    manifest = missing_manifest()
    if manifest is not None:
        raise ImproperlyConfigured(MESSAGE.format(manifest=manifest))
