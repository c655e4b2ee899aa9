"""Beat work: the sweeper that finds due and lost work in the database, and the heartbeat
that proves the workers are consuming."""

from __future__ import annotations

import datetime
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q

from pmp_followon.clock import now_or_current

from ..models import HANDED_OVER_COUNTS_AS_SENT, Heartbeat, Notification, Priority, Status
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
    handed_over: int = 0  # emails whose worker died after handing them over: counted sent


def notifications_sweep(
    *, priority: str | None = None, now: datetime.datetime | None = None
) -> SweepResult:
    """Find work whose task was lost and publish it again, from the database alone, so a
    tick that was skipped or failed (broker down) loses nothing: the next one finds it.
    Safe to run twice at once (SKIP LOCKED; every publish is idempotent because delivery
    claims first). `priority="crisis"` does only the crisis part (beat runs that every
    few seconds, and the whole sweep on the crisis worker); `priority="default"` does only
    the reminder part (the default worker, asked by the whole sweep); None does everything.

    1. `sending` past its lease: the worker died (SIGKILL, OOM, a lost machine). A
       reminder email it had begun to hand over (handed_over_at) is counted as sent: the
       server may have it and cannot be asked, and a reminder twice is the worse fault. A
       crisis email is sent again instead: the worker may have died between recording the
       hand-over and the final ".", and a crisis page must never be lost, so a duty
       clinician may get it twice (decision 0021). Any other row becomes `retrying` with
       outcome_unknown, so the next attempt looks a text message up by reference before
       sending it again.
    2. crisis rows that are due and whose message should have reached a worker by now
       (never published because the broker was down, or lost with a dead worker's
       prefetch): published again, one by one, on the crisis queues.
    3. due reminders: batch tasks on the default queue, enough to keep the workers busy.
    """
    now = now_or_current(now)
    limit = settings.NOTIFICATION_SWEEP_LIMIT
    only = {"priority": priority} if priority else {}
    with transaction.atomic():
        stuck = list(
            Notification.objects.select_for_update(skip_locked=True)
            .filter(status=Status.SENDING, lease_expires_at__lte=now, **only)
            .order_by("lease_expires_at")
            .values_list("pk", flat=True)[:limit]
        )
        handed_over = 0
        if stuck:
            expired = Notification.objects.filter(
                pk__in=stuck, status=Status.SENDING, lease_expires_at__lte=now
            )
            handed_over = expired.filter(HANDED_OVER_COUNTS_AS_SENT).update(
                status=Status.SENT,
                sent_at=F("handed_over_at"),
                lease_expires_at=None,
                lease_token=None,
                last_error="The worker stopped after handing the email to the mail server; "
                "counted as sent (a mail server cannot be asked, so it is not sent again).",
                problem="",
            )
            expired.exclude(HANDED_OVER_COUNTS_AS_SENT).update(
                status=Status.RETRYING,
                due_at=now,
                lease_expires_at=None,
                lease_token=None,
                enqueued_at=None,
                handed_over_at=None,
                outcome_unknown=True,
                last_error="The worker stopped before it recorded the result (lease expired).",
                problem="Sending was interrupted. We will check and try again.",
            )
            logger.warning(
                "sweeper: %s notification(s) were stuck in sending (%s handed over)",
                len(stuck),
                handed_over,
            )

    grace = datetime.timedelta(seconds=settings.NOTIFICATION_REPUBLISH_AFTER_SECONDS)
    crisis: list[tuple[int, str]] = []
    if priority != Priority.DEFAULT:
        with transaction.atomic():
            crisis = list(
                _claimable(now)
                .filter(priority=Priority.CRISIS)
                .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lte=now - grace))
                .select_for_update(skip_locked=True)
                .order_by("due_at", "pk")
                .values_list("pk", "channel")[:limit]
            )
            if crisis:
                pks = [pk for pk, _ in crisis]
                Notification.objects.filter(pk__in=pks).update(enqueued_at=now)
    published = (
        publishing._publish_deliveries(
            [pk for pk, _ in crisis], priority=Priority.CRISIS, channels=dict(crisis)
        )
        if crisis
        else 0
    )

    asked = 0
    if priority != Priority.CRISIS:
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
    result = SweepResult(
        released=len(stuck) - handed_over,
        crisis_published=published,
        default_batches=asked,
        handed_over=handed_over,
    )
    if stuck or crisis or asked:
        logger.info("sweeper: %s", result)
    return result
