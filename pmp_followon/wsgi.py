import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings.production")
application = get_wsgi_application()
# Import the URL configuration, and with it every view and the screener's phrase library
# (about a second of CPU), while the worker boots rather than in its first request: Django
# imports it lazily, so each new gunicorn worker kept its first visitor waiting for it.
get_resolver().url_patterns  # noqa: B018
