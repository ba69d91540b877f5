"""ASGI entry point for the newsroom archive."""
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
application = get_asgi_application()

# Refuse to serve pages that cannot load their stylesheets (see newsroom/staticfiles.py).
from newsroom.staticfiles import check_collected  # noqa: E402

check_collected()
