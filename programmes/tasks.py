"""Thin Celery tasks for programmes: they call services and hold no logic."""

from celery import shared_task

from . import services


@shared_task(name="programmes.tasks.programmes_tick", ignore_result=True)
def programmes_tick() -> None:
    """Beat, every 30 minutes: move programmes on by the clock (planned, running, finished)
    and make sure every facilitator has their handover reminders. Safe to run twice."""
    services.programme_statuses_refresh()
    services.handover_reminders_ensure()
