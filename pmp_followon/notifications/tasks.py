"""Thin Celery tasks: they take primary keys and call services.

Every task here may run twice, or at the same time as another copy: the services claim
rows before they send (architecture.md rule 2).
"""

import dataclasses

from celery import shared_task
from django.db import InterfaceError, OperationalError

from . import services, worker  # noqa: F401 - worker: process set-up signal handler

# A database blip should not wait for the sweeper; anything else is the sweeper's.
_DB_RETRY = {
    "autoretry_for": (OperationalError, InterfaceError),
    "retry_backoff": 1,
    "retry_backoff_max": 30,
    "retry_jitter": True,
    "max_retries": 3,
}


@shared_task(name="pmp_followon.notifications.tasks.heartbeat", ignore_result=True)
def heartbeat() -> None:
    services.heartbeat_record(name="celery")


# Crisis deliveries are published with their own short time limits (services.publishing).
@shared_task(
    name="pmp_followon.notifications.tasks.deliver_notification", ignore_result=True, **_DB_RETRY
)
def deliver_notification(notification_id: int) -> str:
    return services.notification_deliver(notification_id=notification_id)


@shared_task(name="pmp_followon.notifications.tasks.deliver_due", ignore_result=True, **_DB_RETRY)
def deliver_due(priority: str = "default") -> int:
    return services.notifications_deliver_due(priority=priority)


@shared_task(name="pmp_followon.notifications.tasks.sweep", ignore_result=True)
def sweep() -> dict:
    return dataclasses.asdict(services.notifications_sweep())


@shared_task(
    name="pmp_followon.notifications.tasks.sweep_crisis",
    ignore_result=True,
    soft_time_limit=20,
    time_limit=30,
)
def sweep_crisis() -> dict:
    return dataclasses.asdict(services.notifications_sweep(priority="crisis"))
