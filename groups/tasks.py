"""Thin Celery tasks for groups: they call services and hold no logic."""

from celery import shared_task

from . import services


@shared_task(name="groups.tasks.groups_housekeeping", ignore_result=True)
def groups_housekeeping() -> dict:
    """Beat, every 15 minutes: reminders top-up and repair, the coordinators' prompts, poll
    deadlines, PTV support ending, breaks ending, dormant nudges. Safe to run twice."""
    return services.groups_housekeeping()
