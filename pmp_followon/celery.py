"""The Celery app. Configuration lives in settings (CELERY_*); see delivery.md."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings.local")

app = Celery("pmp_followon")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Celery's Django fix-up closes every database connection before and after every task
# unless this is set (celery/fixups/django.py), so each crisis message paid for a new
# PostgreSQL connection: about 20 ms on the development machine, more under load, on the
# path of every page. With it the fix-up closes them only every this many tasks; worker
# processes otherwise keep their connection, and notifications/worker.py closes one that
# is broken or older than CONN_MAX_AGE before a task starts, as Django does per request.
app.conf.update(CELERY_DB_REUSE_MAX=1000)
app.autodiscover_tasks()
