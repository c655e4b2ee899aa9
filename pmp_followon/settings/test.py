"""Settings for pytest. DATABASE_URL and REDIS_URL switch to PostgreSQL and Redis."""

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
