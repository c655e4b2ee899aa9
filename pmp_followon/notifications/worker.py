"""Worker process set-up.

1. A worker that does not serve a crisis queue runs its pool (and its consumer) at a lower
   CPU priority, so that on a busy machine the crisis workers (and the web server) get the
   processor first while a reminder backlog is being worked through. Measured with bench/:
   with 10,000 reminders being sent by two default processes on two cores, the crisis
   worker otherwise waits its turn for the CPU like everyone else.
2. Database connections are kept between tasks (pmp_followon/celery.py says why); before
   each task, one that is broken, in an unexpected state or older than CONN_MAX_AGE is
   closed, as Django does at the start of a request.
"""

from __future__ import annotations

import logging
import os

from celery import current_app
from celery.signals import task_prerun, worker_init, worker_process_init
from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

# These retry at once on a database error (tasks._DB_RETRY), so a connection that died
# while idle costs one retry; they skip the per-task health check query that Django's
# CONN_HEALTH_CHECKS would add to every crisis message's path.
_RETRY_ON_DATABASE_ERRORS = frozenset(
    {
        "pmp_followon.notifications.tasks.deliver_notification",
        "pmp_followon.notifications.tasks.deliver_due",
    }
)


def _serves_crisis() -> bool | None:
    queues = set(current_app.amqp.queues.consume_from or ())
    if not queues:
        return None
    return any(q.startswith("crisis") for q in queues)


def _lower_priority(where: str) -> None:
    niceness = settings.NOTIFICATION_NON_CRISIS_WORKER_NICE
    if niceness and _serves_crisis() is False:
        os.nice(niceness)
        logger.info("%s %s: niceness +%s", where, os.getpid(), niceness)


@worker_init.connect
def lower_consumer_priority_unless_crisis(**kwargs) -> None:
    # The consumer process receives and acknowledges every reminder batch's message; the
    # pool processes it forks afterwards inherit this, so they are not lowered twice.
    _lower_priority("worker consumer")


@worker_process_init.connect
def lower_priority_unless_crisis(**kwargs) -> None:
    if (
        settings.NOTIFICATION_NON_CRISIS_WORKER_NICE
        and os.getpriority(os.PRIO_PROCESS, 0) >= settings.NOTIFICATION_NON_CRISIS_WORKER_NICE
    ):
        return  # inherited from the consumer
    _lower_priority("worker process")


@task_prerun.connect
def close_unusable_database_connections(sender=None, task=None, **kwargs) -> None:
    task = task or sender
    if task is None or getattr(task.request, "is_eager", False):
        return  # eager (tests): the caller's connection and transaction are not ours
    for conn in connections.all(initialized_only=True):
        if conn.in_atomic_block:
            continue
        conn.close_if_unusable_or_obsolete()
        if task.name in _RETRY_ON_DATABASE_ERRORS:
            conn.health_check_done = True
