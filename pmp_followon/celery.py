"""The Celery app. Configuration lives in settings (CELERY_*); see delivery.md."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pmp_followon.settings.local")

app = Celery("pmp_followon")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
