import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings.production")
application = get_wsgi_application()

from pmp_followon.boot import ready_worker  # noqa: E402

# The URL configuration imported and the boot's objects frozen before the first request.
ready_worker()
