"""Settings for pytest. DATABASE_URL and REDIS_URL switch to PostgreSQL and Redis."""

from urllib.parse import urlsplit

from .base import *  # noqa: F403
from .base import REDIS_URL, env

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-real-deployment-0123456789"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The chaos suite's workers send real email to a recording SMTP server.
EMAIL_BACKEND = env(
    "PMP_TEST_EMAIL_BACKEND", default="django.core.mail.backends.locmem.EmailBackend"
)
SMS_BACKEND = env(
    "PMP_TEST_SMS_BACKEND", default="pmp_followon.notifications.sms.DatabaseSMSBackend"
)
# Worker processes started by tests/notifications (real-worker tests) must use the test
# database pytest-django made, not the one DATABASE_URL names.
if env("PMP_TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["NAME"] = env("PMP_TEST_DATABASE_NAME")  # noqa: F405
# No default quiet hours in tests, so that what a test sees never depends on the time of
# day it runs; tests about quiet hours set them explicitly.
NOTIFICATION_DEFAULT_QUIET_HOURS = ""
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# `make test` runs the suite in two pytest-xdist processes (gw0, gw1). Each uses its own
# Redis database, REDIS_URL's number plus the process's (db 14 and 15 for db 14), so their
# caches, counters and broker queues never meet. Worker processes that a test starts are
# given the shifted REDIS_URL and no PYTEST_XDIST_WORKER (tests/workers.py worker_env).
_XDIST_WORKER = env("PYTEST_XDIST_WORKER", default="")
if REDIS_URL and _XDIST_WORKER.startswith("gw"):
    _url = urlsplit(REDIS_URL)
    _db = int(_url.path.strip("/") or 0) + int(_XDIST_WORKER[2:])
    REDIS_URL = _url._replace(path=f"/{_db}").geturl()
    CACHES["default"]["LOCATION"] = REDIS_URL  # noqa: F405
    if not env("CELERY_BROKER_URL", default=""):
        CELERY_BROKER_URL = REDIS_URL
if not REDIS_URL:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405

# Unit tests run tasks in-process when their transaction commits. The delivery tests in
# tests/notifications/test_worker_*.py start a real worker process against a real Redis
# and switch this off for themselves.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
CELERY_TASK_EAGER_PROPAGATES = True
DEMO_SEEDING_ALLOWED = True

# Serve static files from the app folders without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Django's flush empties the test database between transactional tests; the safeguarding
# guards (safeguarding/guards.py, and on PostgreSQL the TRUNCATE trigger of migration 0010,
# which also checks the database name starts with "test_") let exactly that through here.
SAFEGUARDING_ALLOW_TEST_FLUSH = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        "-c pmp.allow_test_truncate=on"
    )
