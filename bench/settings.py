"""Settings for the benchmarks: the test settings with real Celery (nothing eager), no-op
email, and an SMS backend that records when each message reaches it."""

import os

from pmp_followon.settings.test import *  # noqa: F403

CELERY_TASK_ALWAYS_EAGER = False
# Django's dummy backend: builds nothing further and sends nothing, so the benchmark
# measures our work (claim, render, record) rather than an SMTP server.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
SMS_BACKEND = "bench.backends.HandoffTimingSMSBackend"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

if os.environ.get("BENCH_WORKER_PROFILE"):
    import bench.worker_profile  # noqa: F401  (connects the pool processes' signals)
