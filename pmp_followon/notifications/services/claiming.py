"""Claiming rows: a conditional UPDATE (queued or retrying, and due → sending, with a
lease and a token) that exactly one worker wins."""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, Value, When

from pmp_followon.clock import now_or_current

from ..models import CLAIMABLE_STATUSES, Notification, Priority, Status


def lease_seconds(priority: str) -> int:
    """Crisis rows have a short lease of their own. Each lease outlives its task's hard time
    limit, so a worker that is still sending never loses its row to the sweeper (checks.py)."""
    if priority == Priority.CRISIS:
        return settings.NOTIFICATION_CRISIS_LEASE_SECONDS
    return settings.NOTIFICATION_LEASE_SECONDS


def _lease_until(now: datetime.datetime, priority: str | None = None):
    """The end of the lease; for a row whose priority is not known yet, an expression."""
    if priority is not None:
        return now + datetime.timedelta(seconds=lease_seconds(priority))
    return Case(
        When(priority=Priority.CRISIS, then=Value(_lease_until(now, Priority.CRISIS))),
        default=Value(_lease_until(now, Priority.DEFAULT)),
    )


def _claimable(now: datetime.datetime):
    return Notification.objects.filter(status__in=CLAIMABLE_STATUSES, due_at__lte=now)


def _claim_update(now: datetime.datetime, token: uuid.UUID, priority: str | None = None) -> dict:
    return {
        "status": Status.SENDING,
        "lease_expires_at": _lease_until(now, priority),
        "handed_over_at": None,
        "lease_token": token,
        "attempts": F("attempts") + 1,
    }


# The columns a delivery reads (delivering.py, recording.py, rendering.py, channels.py,
# preferences.py and the message templates, which use the recipient's display_name). The
# rest of the row (its history: sent, failed, cancelled, retried, hand-over times) and of
# the person (password, roles, dates) is left in the database: a batch turned every column
# of three tables into Python values, a third of a reminder's CPU (run 5 of
# docs/operations/benchmarks.md). A column left out is still read if something asks for it,
# with a query of its own; tests/notifications/test_delivery.py counts a batch's queries.
_CLAIMED_COLUMNS = (
    "recipient_id",
    "channel",
    "kind",
    "template",
    "context",
    "priority",
    "topic",
    "idempotency_key",
    "status",
    "due_at",
    "attempts",
    "attempt_limit",
    "lease_token",
    "outcome_unknown",
    "last_error",
    "problem",
    "recipient__email",
    "recipient__display_name",
    "recipient__mobile",
    "recipient__preferred_channel",
    "recipient__is_active",
    "recipient__service_id",
    "recipient__service__name",
    "recipient__service__time_zone",
    "recipient__notification_preference",
)


def _claimed_rows():
    return Notification.objects.select_related(
        "recipient__service", "recipient__notification_preference"
    ).only(*_CLAIMED_COLUMNS)


def notification_claim(
    *, notification_id: int, now: datetime.datetime | None = None
) -> Notification | None:
    """Take one row for sending, or None when it is not due, already taken or finished."""
    now = now_or_current(now)
    token = uuid.uuid4()
    changed = _claimable(now).filter(pk=notification_id).update(**_claim_update(now, token))
    if changed != 1:
        return None
    return _claimed_rows().get(pk=notification_id, lease_token=token)


def notifications_claim_due(
    *, priority: str, limit: int, now: datetime.datetime | None = None
) -> list[Notification]:
    """Take up to `limit` due rows of one priority, oldest first. SKIP LOCKED lets several
    workers claim side by side; the token tells us exactly which rows are ours (SQLite has
    no row locks, so the UPDATE re-checks the status)."""
    now = now_or_current(now)
    token = uuid.uuid4()
    with transaction.atomic():
        ids = list(
            _claimable(now)
            .filter(priority=priority)
            .select_for_update(skip_locked=True)
            .order_by("due_at", "pk")
            .values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        _claimable(now).filter(pk__in=ids).update(**_claim_update(now, token, priority))
    return list(_claimed_rows().filter(lease_token=token, status=Status.SENDING).order_by("pk"))
