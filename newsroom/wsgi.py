"""WSGI entry point for the newsroom archive (``gunicorn newsroom.wsgi``)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
application = get_wsgi_application()

# Refuse to serve pages that cannot load their stylesheets (see newsroom/staticfiles.py).
from newsroom.staticfiles import check_collected  # noqa: E402

check_collected()
