"""Publishing delivery tasks after commit. Never raises: a broker that is down leaves the
rows for the sweeper, and the caller never notices."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, transaction

from ..models import Channel, Notification, Priority
from ._common import BROKER_ERRORS, PUBLISH_RETRY_POLICY

logger = logging.getLogger(__name__)


def queue_for(*, priority: str, channel: str) -> str:
    """Crisis text messages have their own queue and worker: a hanging SMS provider must
    not hold up crisis email, the sweepers or the heartbeat on "crisis"."""
    if priority == Priority.CRISIS and channel == Channel.SMS:
        return "crisis_sms"
    return priority


def _task_limits(priority: str) -> dict:
    """Crisis rows get seconds, not the minutes a reminder batch may need; their lease
    outlives these (checks.py)."""
    if priority != Priority.CRISIS:
        return {}
    return {
        "time_limit": settings.NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS,
        "soft_time_limit": settings.NOTIFICATION_CRISIS_SOFT_TIME_LIMIT_SECONDS,
    }


def _publish_deliveries(
    ids: list[int],
    *,
    priority: str,
    countdown: float = 0,
    channels: dict[int, str] | None = None,
) -> int:
    """Publish deliver_notification for each row, on its priority's (and for crisis, its
    channel's) queue; `channels` maps id to channel, looked up when not given. When the
    broker is down, stop, and clear enqueued_at on the rows not published so the next
    sweep takes them at once."""
    from .. import tasks

    if channels is None:
        channels = dict(Notification.objects.filter(pk__in=ids).values_list("pk", "channel"))
    expires = settings.NOTIFICATION_MESSAGE_EXPIRES_SECONDS[priority]
    published = 0
    try:
        for pk in ids:
            queue = queue_for(priority=priority, channel=channels.get(pk, Channel.EMAIL))
            tasks.deliver_notification.apply_async(
                args=[pk],
                queue=queue,
                routing_key=queue,
                countdown=countdown or None,
                # A message nobody took in time is dropped: the sweeper publishes a fresh
                # one while the row waits, so a long outage cannot pile up copies.
                expires=countdown + expires,
                retry=True,
                retry_policy=PUBLISH_RETRY_POLICY,
                **_task_limits(priority),
            )
            published += 1
    except BROKER_ERRORS as exc:  # the broker being down must not fail the caller
        logger.warning(
            "could not publish delivery of %s notification(s) (%s: %s); the sweeper will",
            len(ids) - published,
            exc.__class__.__name__,
            exc,
        )
        try:
            Notification.objects.filter(pk__in=ids[published:]).update(enqueued_at=None)
        except DatabaseError:
            logger.exception("could not mark unpublished notifications for the sweeper")
    return published


def _kick(priority: str = Priority.DEFAULT, *, countdown: float | None = None) -> bool:
    """Ask for a batch delivery task. Harmless when there is nothing to do."""
    from .. import tasks

    try:
        tasks.deliver_due.apply_async(
            kwargs={"priority": priority},
            queue=priority,
            routing_key=priority,
            countdown=countdown,
            expires=settings.NOTIFICATION_MESSAGE_EXPIRES_SECONDS[priority] + (countdown or 0),
            retry=True,
            retry_policy=PUBLISH_RETRY_POLICY,
        )
    except BROKER_ERRORS as exc:
        logger.warning(
            "could not publish a %s delivery batch (%s: %s); the sweeper will",
            priority,
            exc.__class__.__name__,
            exc,
        )
        return False
    return True


def _kick_at(priority: str, delays: list[float]) -> int:
    """Batch tasks timed for rows that become due after `delays` seconds (retries), so each
    is tried at its own back-off rather than at the sweeper's pace: one task per second
    that has any, at most 20; longer waits are the sweeper's (never far ahead in the broker)."""
    most = settings.NOTIFICATION_MAX_COUNTDOWN_SECONDS
    seconds = sorted({min(int(d) + 1, most) for d in delays if d <= most})
    asked = 0
    for second in seconds[:20]:
        asked += _kick(priority, countdown=second)
    return asked


def _kick_default_after_commit() -> None:
    _kick(Priority.DEFAULT)


def _kick_once_on_commit() -> None:
    """One batch task per transaction however many reminders it created."""
    pending = transaction.get_connection().run_on_commit
    if any(func is _kick_default_after_commit for _sids, func, _r in pending):
        return
    transaction.on_commit(_kick_default_after_commit, robust=True)


def _publish_sweep_reminders() -> bool:
    """Ask the default worker for the reminder part of the sweep (tasks.sweep_reminders).
    A broker that is down loses one tick: the next one finds the same rows."""
    from .. import tasks

    try:
        tasks.sweep_reminders.apply_async(
            queue=Priority.DEFAULT,
            routing_key=Priority.DEFAULT,
            expires=max(settings.NOTIFICATION_SWEEP_SECONDS - 1, 1),
            retry=True,
            retry_policy=PUBLISH_RETRY_POLICY,
        )
    except BROKER_ERRORS as exc:
        logger.warning(
            "could not publish the reminder sweep (%s: %s); the next tick will",
            exc.__class__.__name__,
            exc,
        )
        return False
    return True
