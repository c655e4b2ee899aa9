"""Thin Celery tasks: they take primary keys and call services."""

from celery import shared_task

from . import services


@shared_task(name="pmp_followon.notifications.tasks.heartbeat", ignore_result=True)
def heartbeat() -> None:
    services.heartbeat_record(name="celery")
