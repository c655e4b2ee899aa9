"""Fixtures and helpers for tests that run real Celery worker processes against a real Redis.

Shared by tests/notifications/test_worker.py and tests/safeguarding/test_worker_delivery.py;
the fixtures are registered in tests/conftest.py. The processes themselves are in
tests/notifications/processes.py.
"""

from __future__ import annotations

import contextlib
import os

import pytest
import redis
from django.conf import settings
from django.db import connection
from django.db.models import Count

from pmp_followon.celery import app
from pmp_followon.notifications.models import SMSMessage
from tests.notifications.processes import Beat, RedisServer, Worker, free_port

# The workers' lease: longer than their 5-second hard time limit in the test settings.
LEASE_SECONDS = 6


def _clear_queues(client) -> None:
    for pattern in ("crisis*", "default*", "unacked*"):
        keys = list(client.scan_iter(match=pattern))
        if keys:
            client.delete(*keys)


@pytest.fixture
def real_broker():
    """Publish from this process to the real broker, and start from empty queues."""
    if connection.vendor != "postgresql":
        pytest.skip("a worker process cannot share an SQLite in-memory test database")
    client = redis.Redis.from_url(settings.REDIS_URL)
    _clear_queues(client)
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield client
    app.conf.task_always_eager = eager
    _clear_queues(client)
    client.close()


@pytest.fixture
def worker_env():
    """The environment of a worker that uses this test's database and Redis."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="pmp_followon.settings.test",
        CELERY_TASK_ALWAYS_EAGER="0",
        PMP_TEST_DATABASE_NAME=connection.settings_dict["NAME"],
        REDIS_URL=settings.REDIS_URL,
        NOTIFICATION_LEASE_SECONDS=str(LEASE_SECONDS),
        NOTIFICATION_CRISIS_RETRY_BASE_SECONDS="0.5",
        LOG_LEVEL="INFO",
    )
    env.pop("CELERY_BROKER_URL", None)
    # REDIS_URL above is already this xdist process's own database (settings/test.py)
    env.pop("PYTEST_XDIST_WORKER", None)
    return env


@pytest.fixture
def processes():
    """Start processes with `processes.add(p)`; all are stopped after the test, and their
    logs are printed (pytest shows them when the test fails)."""

    class Started(list):
        def add(self, process):
            self.append(process)
            return process.start()

    started = Started()
    yield started
    for process in reversed(started):
        process.stop()
    for process in started:
        print(f"--- {process.name} log ---\n{process.tail()}")


def start_worker(
    tmp_path, env, *, queues="crisis,crisis_sms,default", concurrency=2, name="worker"
):
    return Worker.make(
        env=env,
        log=tmp_path / f"{name}.log",
        queues=queues,
        concurrency=concurrency,
        name=name,
    )


def sms_sends_by_reference() -> dict[str, int]:
    """Every hand-off to the SMS channel, counted per reference (nothing there is unique)."""
    return dict(
        SMSMessage.objects.values("reference").annotate(n=Count("pk")).values_list("reference", "n")
    )


@contextlib.contextmanager
def publishing_to(url: str):
    """Point this process's Celery publishing at another broker for a while."""
    old = app.conf.broker_url
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None
    try:
        yield
    finally:
        app.conf.broker_url = old
        app._pool = None
        app.amqp._producer_pool = None


@contextlib.contextmanager
def own_broker_worker_and_beat(tmp_path, worker_env, processes, *, sweep_seconds: int = 2):
    """A redis-server of the test's own (so the test can stop it), a worker and beat using it
    (beat sweeps every `sweep_seconds`), and this process publishing to it. Yields the broker."""
    port = free_port()
    url = f"redis://127.0.0.1:{port}/0"
    broker = RedisServer.make(port=port, log=tmp_path / "redis.log", workdir=tmp_path)
    processes.add(broker)
    worker_env.update(REDIS_URL=url, NOTIFICATION_SWEEP_SECONDS=str(sweep_seconds))
    with publishing_to(url):
        processes.add(start_worker(tmp_path, worker_env))
        processes.add(
            Beat.make(env=worker_env, log=tmp_path / "beat.log", schedule=tmp_path / "beat-db")
        )
        yield broker
