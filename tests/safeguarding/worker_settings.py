"""Settings for a worker process that must refuse some people's pages (see
failing_backends.py): the test settings with the refusing SMS and email backends."""

from pmp_followon.settings.test import *  # noqa: F403

EMAIL_BACKEND = "tests.safeguarding.failing_backends.FailingEmailBackend"
SMS_BACKEND = "tests.safeguarding.failing_backends.FailingSMSBackend"
