"""Cancelling unsent rows by topic, staff retrying a failed or stuck row, and the test
message that proves the whole path."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from pmp_followon.clock import now_or_current

from ..models import UNSENT_STATUSES, Notification, Status
from . import publishing
from .creating import notification_create

logger = logging.getLogger(__name__)


@transaction.atomic
def notifications_cancel(
    *, topic: str, actor=None, reason: str = "", now: datetime.datetime | None = None
) -> int:
    """Cancel every unsent (queued/retrying) row with this topic; returns how many. A row
    already being sent is left to finish: it cannot be called back."""
    if not topic:
        raise ValueError("A topic is required: an empty one would match unrelated messages.")
    now = now_or_current(now)
    count = Notification.objects.filter(topic=topic, status__in=UNSENT_STATUSES).update(
        status=Status.CANCELLED,
        cancelled_at=now,
        cancel_reason=(reason or "Cancelled")[:200],
        cancelled_by=actor,
    )
    logger.info(
        "notifications cancelled: topic=%s count=%s by=%s reason=%s",
        topic,
        count,
        getattr(actor, "pk", None),
        reason,
    )
    return count


def is_retryable(row: Notification, now: datetime.datetime) -> bool:
    """Failed, waiting to retry, stuck in sending past its lease, or overdue."""
    overdue = now - datetime.timedelta(minutes=settings.NOTIFICATION_STUCK_AFTER_MINUTES)
    return (
        row.status in (Status.FAILED, Status.RETRYING)
        # A reminder email whose worker died after handing it over is counted as sent by
        # the sweeper, never resent; a crisis email is sent again (HANDED_OVER_COUNTS_AS_SENT).
        or (row.lease_expired(now) and not row.handed_over_counts_as_sent())
        or (row.status == Status.QUEUED and row.due_at <= overdue)
    )


@transaction.atomic
def notification_retry(
    *, notification: Notification, actor, now: datetime.datetime | None = None
) -> Notification:
    """Staff asked to try again now. Gives the row a fresh allowance of attempts; a row
    stuck in sending keeps outcome_unknown so it is looked up before it is resent."""
    now = now_or_current(now)
    row = Notification.objects.select_for_update().get(pk=notification.pk)
    if not is_retryable(row, now):
        raise ValidationError("This message is not failed or stuck, so it cannot be retried.")
    row.outcome_unknown = row.outcome_unknown or row.status == Status.SENDING
    row.status = Status.RETRYING if row.attempts else Status.QUEUED
    row.due_at = now
    row.lease_expires_at = None
    row.lease_token = None
    row.attempt_limit = row.attempts + settings.NOTIFICATION_MAX_ATTEMPTS[row.priority]
    row.failed_at = None
    row.problem = ""
    row.enqueued_at = now
    row.retried_by = actor
    row.retried_at = now
    row.save()
    pk, priority, channel = row.pk, row.priority, row.channel
    transaction.on_commit(
        lambda: publishing._publish_deliveries([pk], priority=priority, channels={pk: channel}),
        robust=True,
    )
    logger.info("notification %s retried by %s", pk, getattr(actor, "pk", None))
    return row


@transaction.atomic
def notification_test_send(
    *, actor, channels: list[str] | None = None, now: datetime.datetime | None = None
) -> list[Notification]:
    """A test message to the person asking, on their channels: proves the whole path."""
    now = now_or_current(now)
    return notification_create(
        recipient=actor,
        kind="notifications.test_message",
        context={},
        idempotency_key=f"notifications.test_message:{actor.pk}:{now.isoformat()}",
        channels=channels,
        now=now,
    )
