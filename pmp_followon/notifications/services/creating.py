"""Creating outbox rows inside the caller's transaction, and asking for their delivery
after it commits."""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from pmp_followon.clock import now_or_current

from .. import preferences
from ..kinds import Kind, get_kind
from ..models import Channel, Notification, Priority
from ..rendering import RESERVED_CONTEXT_KEYS
from . import publishing
from ._common import CONTEXT_TEXT_MAX, IDEMPOTENCY_KEY_MAX, STAFF_ALERT_TEXT_MAX

logger = logging.getLogger(__name__)


@transaction.atomic
def notification_create(
    *,
    recipient,
    kind: str,
    context: dict,
    idempotency_key: str,
    due_at: datetime.datetime | None = None,
    topic: str = "",
    channels: list[str] | None = None,
    now: datetime.datetime | None = None,
) -> list[Notification]:
    """One row per channel (the recipient's preferences unless `channels` given), idempotency
    key f"{idempotency_key}:{channel}"; calling it again with the same key returns the
    existing rows and creates nothing (run-twice safe). Must be called inside the caller's
    transaction; enqueues delivery with transaction.on_commit. `topic` groups rows for
    cancellation, e.g. "groups.meeting:42".

    Reminders due in the recipient's quiet hours move to the end of them; staff alerts go
    at once. Staff alert context takes ids, codes and links only (no spaces), so the text
    of a post cannot ride along (safeguarding.md rule 11).
    """
    now = now_or_current(now)
    the_kind = get_kind(kind)
    _check_context(the_kind, context)
    if not idempotency_key or len(idempotency_key) > IDEMPOTENCY_KEY_MAX:
        raise ValidationError(
            f"idempotency_key must be 1 to {IDEMPOTENCY_KEY_MAX} characters long."
        )
    if len(topic) > 100:
        raise ValidationError("topic must be at most 100 characters long.")
    keys = [f"{idempotency_key}:{c}" for c in Channel.values]
    existing = list(Notification.objects.filter(idempotency_key__in=keys).order_by("pk"))
    if existing:
        return existing

    due = due_at or now
    if the_kind.honours_quiet_hours:
        due = preferences.after_quiet_hours(recipient, due)
    countdown = (due - now).total_seconds()
    publish_now = the_kind.priority == Priority.CRISIS and (
        countdown <= settings.NOTIFICATION_MAX_COUNTDOWN_SECONDS
    )
    rows = [
        Notification(
            recipient=recipient,
            channel=channel,
            kind=the_kind.name,
            template=the_kind.name,
            context=context,
            priority=the_kind.priority,
            topic=topic,
            idempotency_key=f"{idempotency_key}:{channel}",
            due_at=due,
            attempt_limit=settings.NOTIFICATION_MAX_ATTEMPTS[the_kind.priority],
            # Crisis rows are published one by one; the sweeper re-publishes any whose
            # message has not arrived by then. Default rows are taken in batches.
            enqueued_at=now + datetime.timedelta(seconds=max(countdown, 0))
            if publish_now
            else None,
            created_at=now,
        )
        for channel in preferences.channels_for(recipient, requested=channels)
    ]
    try:
        with transaction.atomic():
            for row in rows:
                row.full_clean(
                    exclude=["recipient", "cancelled_by", "retried_by"],
                    validate_unique=False,
                    validate_constraints=False,
                )
                row.save(force_insert=True)
    except IntegrityError:
        # A concurrent call with the same key committed first: theirs are the rows.
        existing = list(Notification.objects.filter(idempotency_key__in=keys).order_by("pk"))
        if not existing:
            raise
        return existing

    logger.info(
        "notification queued: kind=%s key=%s rows=%s due=%s",
        the_kind.name,
        idempotency_key,
        [r.pk for r in rows],
        due.isoformat(),
    )
    if publish_now:
        ids = [r.pk for r in rows]
        by_channel = {r.pk: r.channel for r in rows}
        delay = max(countdown, 0)
        transaction.on_commit(
            lambda: publishing._publish_deliveries(
                ids, priority=Priority.CRISIS, countdown=delay, channels=by_channel
            ),
            robust=True,
        )
    elif the_kind.priority == Priority.DEFAULT and due <= now:
        publishing._kick_once_on_commit()
    # Anything else is due later: the sweeper publishes it when it is due.
    return rows


def _check_context(kind: Kind, context: dict) -> None:
    if not isinstance(context, dict):
        raise ValidationError("context must be a dict of ids and short strings.")
    limit = STAFF_ALERT_TEXT_MAX if kind.staff_alert else CONTEXT_TEXT_MAX
    for key, value in context.items():
        if not isinstance(key, str) or key in RESERVED_CONTEXT_KEYS:
            raise ValidationError(f"context key {key!r} is not allowed.")
        if value is None or isinstance(value, bool | int | float):
            continue
        if not isinstance(value, str):
            raise ValidationError(f"context[{key!r}] must be an id or a short string.")
        if len(value) > limit:
            raise ValidationError(f"context[{key!r}] is longer than {limit} characters.")
        if kind.staff_alert and any(ch.isspace() for ch in value):
            raise ValidationError(
                f"context[{key!r}]: staff alerts carry ids, codes and links only, never text."
            )
