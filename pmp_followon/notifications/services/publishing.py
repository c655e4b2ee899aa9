"""Publishing delivery tasks after commit. Never raises: a broker that is down leaves the
rows for the sweeper, and the caller never notices."""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import DatabaseError, transaction

from ..models import Notification, Priority
from ._common import BROKER_ERRORS, PUBLISH_RETRY_POLICY

logger = logging.getLogger(__name__)


def _publish_deliveries(ids: list[int], *, priority: str, countdown: float = 0) -> int:
    """Publish deliver_notification for each row. When the broker is down, stop, and clear
    enqueued_at on the rows not published so the next sweep takes them at once."""
    from .. import tasks

    published = 0
    try:
        for pk in ids:
            tasks.deliver_notification.apply_async(
                args=[pk],
                queue=priority,
                routing_key=priority,
                countdown=countdown or None,
                # A message nobody took in time is dropped: the sweeper publishes a fresh
                # one each minute while the row waits, so a long outage cannot pile up
                # thousands of copies.
                expires=countdown + settings.NOTIFICATION_MESSAGE_EXPIRES_SECONDS,
                retry=True,
                retry_policy=PUBLISH_RETRY_POLICY,
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
            expires=settings.NOTIFICATION_MESSAGE_EXPIRES_SECONDS + (countdown or 0),
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


def _kick_default_after_commit() -> None:
    _kick(Priority.DEFAULT)


def _kick_once_on_commit() -> None:
    """One batch task per transaction however many reminders it created."""
    pending = transaction.get_connection().run_on_commit
    if any(func is _kick_default_after_commit for _sids, func, _r in pending):
        return
    transaction.on_commit(_kick_default_after_commit, robust=True)

