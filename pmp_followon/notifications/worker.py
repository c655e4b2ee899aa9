"""Worker process set-up: a worker that does not serve the crisis queue runs its pool at a
lower CPU priority, so that on a shared machine the crisis worker (and the web server) get
the processor first while a reminder backlog is being worked through.

Measured with bench/: with 10,000 reminders being sent by two default processes on two
cores, the crisis worker otherwise waits its turn for the CPU like everyone else.
"""

from __future__ import annotations

import logging
import os

from celery import current_app
from celery.signals import worker_process_init
from django.conf import settings

logger = logging.getLogger(__name__)


@worker_process_init.connect
def lower_priority_unless_crisis(**kwargs) -> None:
    niceness = settings.NOTIFICATION_NON_CRISIS_WORKER_NICE
    queues = set(current_app.amqp.queues.consume_from or ())
    if niceness and queues and not any(q.startswith("crisis") for q in queues):
        os.nice(niceness)
        logger.info("worker process %s serves %s: niceness +%s", os.getpid(), queues, niceness)
