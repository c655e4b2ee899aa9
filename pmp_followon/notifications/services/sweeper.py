"""Beat work: the sweeper that finds due and lost work in the database, and the heartbeat
that proves the workers are consuming."""

from __future__ import annotations

import datetime
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from pmp_followon.clock import now_or_current

from ..models import Heartbeat, Notification, Priority, Status
from . import publishing
from .claiming import _claimable

logger = logging.getLogger(__name__)


def heartbeat_record(*, name: str, now: datetime.datetime | None = None) -> Heartbeat:
    now = now_or_current(now)
    beat, _created = Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now})
    return beat



@dataclass(frozen=True)
class SweepResult:
    released: int  # rows whose worker died mid-send, made claimable again
    crisis_published: int  # crisis rows whose message was lost or never published
    default_batches: int  # batch tasks asked for because reminders are due


def notifications_sweep(*, now: datetime.datetime | None = None) -> SweepResult:
    """Find work whose task was lost and publish it again. Safe to run twice at once (SKIP
    LOCKED; every publish is idempotent because delivery claims first).

    1. `sending` past its lease: the worker died (SIGKILL, OOM, a lost machine). The row
       becomes `retrying` with outcome_unknown, so the next attempt looks the message up
       by reference before sending it again.
    2. crisis rows that are due and whose message should have reached a worker by now
       (never published because the broker was down, or lost with a dead worker's
       prefetch): published again, one by one, on the crisis queue.
    3. due reminders: batch tasks on the default queue, enough to keep the workers busy.
    """
    now = now_or_current(now)
    limit = settings.NOTIFICATION_SWEEP_LIMIT
    with transaction.atomic():
        stuck = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(status=Status.SENDING, lease_expires_at__lte=now)
            .order_by("lease_expires_at")
            .values_list("pk", flat=True)[:limit]
        )
        if stuck:
            Notification.objects.filter(
                pk__in=stuck, status=Status.SENDING, lease_expires_at__lte=now
            ).update(
                status=Status.RETRYING,
                due_at=now,
                lease_expires_at=None,
                lease_token=None,
                enqueued_at=None,
                outcome_unknown=True,
                last_error="The worker stopped before it recorded the result (lease expired).",
                problem="Sending was interrupted. We will check and try again.",
            )
            logger.warning("sweeper: %s notification(s) were stuck in sending", len(stuck))

    grace = datetime.timedelta(seconds=settings.NOTIFICATION_REPUBLISH_AFTER_SECONDS)
    with transaction.atomic():
        crisis = list(
            _claimable(now)
            .filter(priority=Priority.CRISIS)
            .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lte=now - grace))
            .select_for_update(skip_locked=True)
            .order_by("due_at", "pk")
            .values_list("pk", flat=True)[:limit]
        )
        if crisis:
            Notification.objects.filter(pk__in=crisis).update(enqueued_at=now)
    published = publishing._publish_deliveries(crisis, priority=Priority.CRISIS) if crisis else 0

    batch = settings.NOTIFICATION_BATCH_SIZE
    most = settings.NOTIFICATION_SWEEP_MAX_BATCHES
    due_default = (
        _claimable(now)
        .filter(priority=Priority.DEFAULT)
        .order_by()
        .values("pk")[: batch * most]
        .count()
    )
    batches = min(math.ceil(due_default / batch), most)
    asked = sum(1 for _ in range(batches) if publishing._kick(Priority.DEFAULT))
    result = SweepResult(released=len(stuck), crisis_published=published, default_batches=asked)
    if stuck or crisis or asked:
        logger.info("sweeper: %s", result)
    return result

