"""The chaos suite runs only when asked for (`make chaos`, which sets PMP_CHAOS=1): it
starts real workers, beat, a redis-server, an SMTP server and a fake Notify, kills them
and takes a few minutes. Without PMP_CHAOS its tests are not collected at all.

One set of processes (Redis, the three workers, beat, the SMTP server and the fake Notify)
serves the whole run: starting them takes most of a minute on a busy machine. A test that
kills or stops one of them starts it again before it ends (as a supervisor would), and
`stack` checks every process is up before each test; the receiving ends forget what they
took between tests, and each test's rows are its own (the database is emptied after each).
"""

import os

import pytest

if not os.environ.get("PMP_CHAOS"):
    collect_ignore_glob = ["test_*.py"]

# Reminder rows: shorter lease and limits than production so that killed batches come back
# within the test; the crisis settings are production's defaults (what the claims are about).
CHAOS_ENV = {
    "NOTIFICATION_LEASE_SECONDS": "20",
    "CELERY_TASK_TIME_LIMIT": "15",
    "CELERY_TASK_SOFT_TIME_LIMIT": "12",
    "NOTIFICATION_BATCH_SECONDS": "8",
    "NOTIFICATION_BATCH_SIZE": "100",
    "NOTIFICATION_SWEEP_SECONDS": "5",
    "NOTIFICATION_RETRY_BASE_SECONDS": "1",
    "NOTIFY_TIMEOUT_SECONDS": "2",
}
NOTIFY_SLOW_SECONDS = 15
NOTIFY_LATE_SECONDS = 0.5


@pytest.fixture(scope="session")
def _smtp_server():
    from tests.notifications.recording_smtp import RecordingSMTP

    with RecordingSMTP() as server:
        yield server


@pytest.fixture(scope="session")
def _notify_server():
    from tests.notifications.fake_notify import FakeNotify

    with FakeNotify(slow_seconds=NOTIFY_SLOW_SECONDS, late_seconds=NOTIFY_LATE_SECONDS) as fake:
        yield fake


@pytest.fixture(scope="session")
def _stack(django_db_setup, tmp_path_factory, _smtp_server, _notify_server):
    from django.db import connection

    from pmp_followon.celery import app
    from tests.workers import publishing_to

    from .stack import Stack

    if connection.vendor != "postgresql":
        pytest.skip("the chaos suite needs PostgreSQL (workers share the test database)")
    stack = Stack(
        folder=tmp_path_factory.mktemp("chaos"),
        database=connection.settings_dict["NAME"],
        smtp_port=_smtp_server.port,
        notify_url=_notify_server.base_url,
        env=CHAOS_ENV,
    )
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    try:
        with publishing_to(stack.redis_url):
            stack.start()
            yield stack
    finally:
        stack.stop()
        app.conf.task_always_eager = eager
        print(stack.logs())


@pytest.fixture
def smtp(_smtp_server):
    _smtp_server.reset()
    return _smtp_server


@pytest.fixture
def notify(_notify_server):
    _notify_server.reset(slow_seconds=NOTIFY_SLOW_SECONDS, late_seconds=NOTIFY_LATE_SECONDS)
    return _notify_server


@pytest.fixture
def stack(_stack, smtp, notify):
    """The shared processes, every one running (restarted if a test left one down)."""
    if _stack.redis.proc is None or _stack.redis.proc.poll() is not None:
        _stack.redis.start(timeout=90)
    _stack.start_together(
        [p for p in _stack.all()[1:] if p.proc is None or p.proc.poll() is not None]
    )
    return _stack
