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
    """Beat's whole sweep, routed to the crisis queue (settings) so that it runs even when
    the default worker is down. The crisis worker must never be busy with reminder work,
    so it does the crisis part here (a few indexed queries) and hands the reminder part
    (releasing dead batches' rows, counting due reminders, asking for batches) to the
    default queue, where it runs under that worker's lower CPU priority."""
    result = services.notifications_sweep(priority="crisis")
    services.publishing._publish_sweep_reminders()
    return dataclasses.asdict(result)


@shared_task(name="pmp_followon.notifications.tasks.sweep_reminders", ignore_result=True)
def sweep_reminders() -> dict:
    return dataclasses.asdict(services.notifications_sweep(priority="default"))


@shared_task(
    name="pmp_followon.notifications.tasks.sweep_crisis",
    ignore_result=True,
    soft_time_limit=20,
    time_limit=30,
)
def sweep_crisis() -> dict:
    return dataclasses.asdict(services.notifications_sweep(priority="crisis"))
