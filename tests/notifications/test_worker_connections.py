"""Worker processes keep their database connection between tasks (pmp_followon/celery.py)
and close one that is too old or broken before a task, as Django does per request."""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from django.db import connection, connections

from pmp_followon.celery import app
from pmp_followon.notifications import worker

pytestmark = pytest.mark.django_db(transaction=True)


def _task(name="pmp_followon.notifications.tasks.deliver_notification", eager=False):
    return SimpleNamespace(name=name, request=SimpleNamespace(is_eager=eager))


def test_celerys_fix_up_is_told_to_reuse_connections():
    assert app.conf.get("CELERY_DB_REUSE_MAX") >= 100


def test_a_connection_is_kept_between_delivery_tasks_without_a_health_check_query():
    connection.ensure_connection()
    connection.close_at = time.monotonic() + 60  # within CONN_MAX_AGE
    raw = connection.connection
    worker.close_unusable_database_connections(task=_task())
    assert connection.connection is raw
    assert connection.health_check_done is True


def test_an_old_connection_is_closed_before_a_task_and_other_tasks_keep_the_health_check(
    monkeypatch,
):
    wrapper = connections["default"]
    closed = []
    monkeypatch.setattr(wrapper, "close", lambda: closed.append(True))
    wrapper.ensure_connection()
    wrapper.close_at = time.monotonic() + 60  # within CONN_MAX_AGE
    worker.close_unusable_database_connections(task=_task("safeguarding.tasks.escalate_due"))
    assert closed == []
    assert wrapper.health_check_done is False  # checked again before its first query
    wrapper.close_at = time.monotonic() - 1  # older than CONN_MAX_AGE
    worker.close_unusable_database_connections(task=_task("safeguarding.tasks.escalate_due"))
    assert closed == [True]


def test_eager_tasks_leave_the_callers_connection_alone(monkeypatch):
    wrapper = connections["default"]
    closed = []
    monkeypatch.setattr(wrapper, "close", lambda: closed.append(True))
    wrapper.ensure_connection()
    wrapper.close_at = time.monotonic() - 1
    worker.close_unusable_database_connections(task=_task(eager=True))
    assert closed == []
