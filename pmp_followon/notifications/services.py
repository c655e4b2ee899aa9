"""Writes for the notifications app: the outbox, its delivery, the sweeper, preferences.

The rules (delivery.md; architecture.md rules 1-3):
- a message exists once its row commits; the broker only carries "look at row N";
- delivery is published after commit (transaction.on_commit), and a broker that is down
  never fails the caller: the sweeper publishes whatever is due and was not picked up;
- a worker claims a row (queued or retrying, due → sending, with a lease) before it sends,
  so a second copy of a task, a redelivery or a sweeper race sends nothing;
- the send happens outside any transaction (a provider is not transactional), and when a
  send may or may not have happened we look the message up by reference before resending.
"""

from __future__ import annotations

import contextlib
import datetime
import logging
import math
import random
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from . import preferences
from .channels import OutgoingMessage, close_channels, open_channels
from .errors import AmbiguousError, PermanentError, SendError, TemporaryError
from .kinds import Kind, UnknownKind, get_kind
from .models import (
    CLAIMABLE_STATUSES,
    UNSENT_STATUSES,
    Channel,
    Heartbeat,
    Notification,
    NotificationPreference,
    Priority,
    Status,
)
from .rendering import RESERVED_CONTEXT_KEYS, render_notification

logger = logging.getLogger(__name__)

CONTEXT_TEXT_MAX = 200  # characters in one context value: a link, a venue, a name
STAFF_ALERT_TEXT_MAX = 64
IDEMPOTENCY_KEY_MAX = 240  # leaves room for ":email" / ":sms" within 255
PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
# What publishing raises when the broker cannot be reached. Anything else is a bug: it is
# logged by on_commit(robust=True) and never fails the caller either.
BROKER_ERRORS = (KombuOperationalError, OSError)


def heartbeat_record(*, name: str, now: datetime.datetime | None = None) -> Heartbeat:
    now = now or timezone.now()
    beat, _created = Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now})
    return beat


# --- creating ---------------------------------------------------------------------------
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
    now = now or timezone.now()
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
        delay = max(countdown, 0)
        transaction.on_commit(
            lambda: _publish_deliveries(ids, priority=Priority.CRISIS, countdown=delay),
            robust=True,
        )
    elif the_kind.priority == Priority.DEFAULT and due <= now:
        _kick_once_on_commit()
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


# --- publishing (after commit; never raises) ----------------------------------------------
def _publish_deliveries(ids: list[int], *, priority: str, countdown: float = 0) -> int:
    """Publish deliver_notification for each row. When the broker is down, stop, and clear
    enqueued_at on the rows not published so the next sweep takes them at once."""
    from . import tasks

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
    from . import tasks

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


# --- claiming ----------------------------------------------------------------------------
def _lease_until(now: datetime.datetime) -> datetime.datetime:
    # The lease outlives the task's hard time limit, so a worker that is still sending
    # can never lose its row to the sweeper (settings check in checks.py).
    return now + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS)


def _claimable(now: datetime.datetime):
    return Notification.objects.filter(status__in=CLAIMABLE_STATUSES, due_at__lte=now)


def _claim_update(now: datetime.datetime, token: uuid.UUID) -> dict:
    return {
        "status": Status.SENDING,
        "lease_expires_at": _lease_until(now),
        "lease_token": token,
        "attempts": F("attempts") + 1,
    }


def _claimed_rows():
    return Notification.objects.select_related(
        "recipient__service", "recipient__notification_preference"
    )


def notification_claim(
    *, notification_id: int, now: datetime.datetime | None = None
) -> Notification | None:
    """Take one row for sending, or None when it is not due, already taken or finished."""
    now = now or timezone.now()
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
    now = now or timezone.now()
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
        _claimable(now).filter(pk__in=ids).update(**_claim_update(now, token))
    return list(_claimed_rows().filter(lease_token=token, status=Status.SENDING).order_by("pk"))


# --- delivering --------------------------------------------------------------------------
def notification_deliver(*, notification_id: int, now: datetime.datetime | None = None) -> str:
    """Claim, send and record one row; returns what happened ("not claimed" when another
    copy of the task has it or it is finished).

    Not one transaction on purpose: the claim commits before the send so that a crash
    leaves a visible lease, and the send must not sit inside a transaction that could roll
    back after the provider took the message.
    """
    clock = _clock(now)
    with _without_fsync_wait():
        row = notification_claim(notification_id=notification_id, now=clock())
        if row is None:
            logger.debug(
                "notification %s not claimed (taken, finished or not due)", notification_id
            )
            return "not claimed"
        channels = open_channels()
        try:
            return _deliver_claimed(row, channels, clock, sent_log=SentLog(every=1)).status
        finally:
            close_channels(channels)


def notifications_deliver_due(
    *, priority: str = Priority.DEFAULT, limit: int | None = None, now=None
) -> int:
    """Claim a batch of due rows and send them over one connection per channel. When the
    batch is full, first ask for another batch so that the other worker processes join in.
    Returns how many rows this call claimed."""
    clock = _clock(now)
    limit = limit or settings.NOTIFICATION_BATCH_SIZE
    with _without_fsync_wait():
        rows = notifications_claim_due(priority=priority, limit=limit, now=clock())
        if len(rows) >= limit:
            _kick(priority)
        channels = open_channels()
        sent_log = SentLog(every=settings.NOTIFICATION_RECORD_SENT_EVERY)
        done = 0
        retry_in: list[float] = []
        try:
            for row in rows:
                outcome = _deliver_claimed(
                    row, channels, clock, sent_log=sent_log, publish_retry=False
                )
                done += 1
                if outcome.retry_in is not None:
                    retry_in.append(outcome.retry_in)
        finally:
            sent_log.flush()  # what went must be recorded, whatever stopped us
            close_channels(channels)
            if done < len(rows):
                # Interrupted (time limit, shutdown): give back what was never tried.
                _release(rows[done + 1 :])
    if retry_in:
        _kick(priority, countdown=min(retry_in))
    return len(rows)


@dataclass(frozen=True)
class Outcome:
    """What happened to one claimed row."""

    status: str  # sent, already sent, cancelled, deferred, failed, retrying
    retry_in: float | None = None


def _clock(now: datetime.datetime | None) -> Callable[[], datetime.datetime]:
    return (lambda: now) if now is not None else timezone.now


def _deliver_claimed(
    row: Notification, channels: dict, clock, *, sent_log: SentLog, publish_retry: bool = True
) -> Outcome:
    """Everything after the claim for one row: re-check the person's choices, look the
    message up if an earlier attempt may have left, render, send, record."""
    now = clock()
    recipient = row.recipient
    try:
        kind = get_kind(row.kind)
    except UnknownKind:
        return _record_failed(
            row, now, f"Unknown kind {row.kind}", problem="This kind of message no longer exists."
        )

    if row.attempts > row.attempt_limit:
        return _record_failed(
            row,
            now,
            f"Gave up after {row.attempt_limit} attempts. Last error: {row.last_error}",
            problem=f"Gave up after {row.attempt_limit} tries. {row.problem}".strip(),
        )
    if not recipient.is_active:
        return _record_cancelled(row, now, "The person's account is closed.")
    pref = preferences.effective_preference(recipient)
    if kind.is_reminder and not pref.reminders_enabled:
        return _record_cancelled(row, now, "The person turned reminders off.")
    if kind.honours_quiet_hours:
        quiet_end = preferences.quiet_hours_end(
            moment=now, start=pref.quiet_hours_start, end=pref.quiet_hours_end, zone=pref.zone
        )
        if quiet_end is not None:
            return _record_deferred(row, quiet_end)

    channel = channels[row.channel]
    address = channel.address_for(recipient)
    if not address:
        return _record_failed(
            row,
            now,
            f"No {row.channel} address",
            problem="The person has no mobile number for text messages.",
        )

    if row.outcome_unknown and channel.supports_lookup:
        try:
            provider_ref = channel.lookup(reference=row.idempotency_key)
        except SendError as exc:
            return _record_retry(row, clock(), exc, outcome_unknown=True, publish=publish_retry)
        if provider_ref:
            logger.info("notification %s was already accepted (%s)", row.pk, provider_ref)
            sent_log.add(row, clock(), provider_ref)
            return Outcome("already sent")

    try:
        rendered = render_notification(
            template=row.template,
            channel=row.channel,
            context=row.context,
            recipient=recipient,
            kind=kind,
        )
    except Exception as exc:  # noqa: BLE001 - a template bug fails the row, visibly
        logger.exception("could not render notification %s", row.pk)
        return _record_failed(
            row, now, f"Template error: {exc}", problem="The message template has a fault."
        )

    message = OutgoingMessage(
        to=address,
        body=rendered.body,
        subject=rendered.subject,
        headers=rendered.headers,
        reference=row.idempotency_key,
    )
    try:
        provider_ref = channel.send(message)
    except PermanentError as exc:
        return _record_failed(row, clock(), str(exc), problem=exc.problem)
    except AmbiguousError as exc:
        return _record_retry(row, clock(), exc, outcome_unknown=True, publish=publish_retry)
    except TemporaryError as exc:
        return _record_retry(row, clock(), exc, outcome_unknown=False, publish=publish_retry)
    except Exception as exc:  # noqa: BLE001 - unknown failure: it may have left
        logger.exception("unexpected error sending notification %s", row.pk)
        error = AmbiguousError(
            f"{exc.__class__.__name__}: {exc}", problem="Sending failed unexpectedly."
        )
        return _record_retry(row, clock(), error, outcome_unknown=True, publish=publish_retry)
    sent_log.add(row, clock(), provider_ref)
    return Outcome("sent")


# --- recording (only the holder of the lease may) -------------------------------------------
@contextlib.contextmanager
def _without_fsync_wait():
    """A delivery task's own writes (claim, outcome, release) commit without waiting for
    the disk: PostgreSQL's synchronous_commit is off for this connection until the task
    ends (a Celery worker process runs one task at a time; the setting is reset after).

    Waiting for fsync costs 5 ms or more a write on the machines we measured, more when
    many processes wait, and it is most of a crisis message's latency. Losing such a
    commit needs PostgreSQL itself to crash in the fraction of a second before its WAL
    writer flushes; the row then goes back to an earlier state (queued, or sending until
    its lease ends) and the message goes again: at worst a duplicate, never a loss. The
    row itself was made durably, in the caller's transaction.
    """
    switch = connection.vendor == "postgresql" and not connection.in_atomic_block
    if switch:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        if switch:
            with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
                cursor.execute("RESET synchronous_commit")


def _update_held(row: Notification, **fields) -> bool:
    changed = Notification.objects.filter(
        pk=row.pk, lease_token=row.lease_token, status=Status.SENDING
    ).update(**fields)
    if changed != 1:
        # Only possible if the lease ran out while we held the row, which the lease/time
        # limit rule prevents; say so loudly if it ever happens.
        logger.error("notification %s: lease lost before recording %s", row.pk, fields["status"])
    return changed == 1


def _finished(**fields) -> dict:
    return {"lease_expires_at": None, "lease_token": None, **fields}


class SentLog:
    """Records "sent" for rows that went, a few at a time: one round trip for several
    rows, because on a busy machine each round trip costs more than sending a message.

    The trade: if a worker dies, rows sent since the last write still show `sending`;
    after their lease the sweeper marks them outcome_unknown, and text messages are
    looked up by reference before any resend, so only an email can go twice, and only
    the few in this log (settings.NOTIFICATION_RECORD_SENT_EVERY, and never older than
    MAX_WAIT seconds). A single-row delivery (crisis) writes at once.
    """

    MAX_WAIT = 0.5

    def __init__(self, *, every: int) -> None:
        self.every = max(every, 1)
        self.pending: list[tuple[Notification, datetime.datetime, str]] = []
        self.oldest = 0.0

    def add(self, row: Notification, now: datetime.datetime, provider_ref: str) -> None:
        if not self.pending:
            self.oldest = time.monotonic()
        self.pending.append((row, now, provider_ref))
        if len(self.pending) >= self.every or time.monotonic() - self.oldest >= self.MAX_WAIT:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        # Plain SQL: on this path the ORM's query building costs more than the round trip.
        # The conditions are those of _update_held: only the holder of the lease writes.
        table = connection.ops.quote_name(Notification._meta.db_table)
        field = Notification._meta.get_field
        sent_at, lease_token = field("sent_at"), field("lease_token")
        not_unknown = field("outcome_unknown").get_db_prep_value(False, connection)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {table} SET status = %s, sent_at = %s, provider_ref = %s, "  # noqa: S608
                "lease_expires_at = NULL, lease_token = NULL, outcome_unknown = %s, "
                "last_error = '', problem = '' "
                "WHERE id = %s AND lease_token = %s AND status = %s",
                [
                    [
                        Status.SENT.value,
                        sent_at.get_db_prep_value(now, connection),
                        (provider_ref or "")[:255],
                        not_unknown,
                        row.pk,
                        lease_token.get_db_prep_value(row.lease_token, connection),
                        Status.SENDING.value,
                    ]
                    for row, now, provider_ref in pending
                ],
            )
            if 0 <= cursor.rowcount < len(pending):
                logger.error(
                    "%s sent notification(s) had lost their lease", len(pending) - cursor.rowcount
                )
        logger.info(
            "notifications sent: %s",
            ", ".join(f"{row.pk} by {row.channel} ({ref})" for row, _now, ref in pending),
        )


def _record_cancelled(row: Notification, now: datetime.datetime, reason: str) -> Outcome:
    _update_held(
        row,
        **_finished(
            status=Status.CANCELLED,
            cancelled_at=now,
            cancel_reason=reason,
            attempts=F("attempts") - 1,
        ),
    )
    logger.info("notification %s cancelled at send time: %s", row.pk, reason)
    return Outcome("cancelled")


def _record_deferred(row: Notification, until: datetime.datetime) -> Outcome:
    _update_held(
        row,
        **_finished(
            status=Status.QUEUED, due_at=until, enqueued_at=None, attempts=F("attempts") - 1
        ),
    )
    logger.info("notification %s moved to the end of quiet hours (%s)", row.pk, until)
    return Outcome("deferred")


def _record_failed(
    row: Notification, now: datetime.datetime, detail: str, *, problem: str
) -> Outcome:
    with transaction.atomic():
        held = _update_held(
            row,
            **_finished(status=Status.FAILED, failed_at=now, last_error=detail, problem=problem),
        )
        if held and row.priority == Priority.CRISIS:
            _crisis_fallback(row, now)
    logger.error("notification %s (%s, %s) failed: %s", row.pk, row.kind, row.channel, detail)
    return Outcome("failed")


def _record_retry(
    row: Notification,
    now: datetime.datetime,
    error: SendError,
    *,
    outcome_unknown: bool,
    publish: bool,
) -> Outcome:
    if row.attempts >= row.attempt_limit:
        return _record_failed(
            row,
            now,
            f"Gave up after {row.attempts} attempts. Last error: {error}",
            problem=f"Gave up after {row.attempts} tries. {error.problem}",
        )
    delay = retry_delay_seconds(priority=row.priority, attempts=row.attempts)
    due = now + datetime.timedelta(seconds=delay)
    republish = publish and delay <= settings.NOTIFICATION_MAX_COUNTDOWN_SECONDS
    held = _update_held(
        row,
        **_finished(
            status=Status.RETRYING,
            due_at=due,
            outcome_unknown=outcome_unknown,
            last_error=str(error)[:2000],
            problem=error.problem[:300],
            enqueued_at=due if republish else None,
        ),
    )
    logger.warning(
        "notification %s attempt %s failed (%s); next try in %.1fs",
        row.pk,
        row.attempts,
        error,
        delay,
    )
    if held and republish:
        _publish_deliveries([row.pk], priority=row.priority, countdown=delay)
    return Outcome("retrying", retry_in=delay)


def retry_delay_seconds(*, priority: str, attempts: int) -> float:
    """Exponential back-off with jitter, capped: base·2^(n-1), then a random point in the
    upper half of that, so that a burst of failures does not retry in step."""
    base = settings.NOTIFICATION_RETRY_BASE_SECONDS[priority]
    cap = settings.NOTIFICATION_RETRY_MAX_SECONDS[priority]
    ceiling = min(cap, base * 2 ** max(attempts - 1, 0))
    return random.uniform(ceiling / 2, ceiling)


def _release(rows: Iterable[Notification]) -> None:
    """Give claimed rows back untried (the attempt did not happen)."""
    for row in rows:
        earlier = Status.RETRYING if row.attempts > 1 else Status.QUEUED
        _update_held(row, **_finished(status=earlier, attempts=F("attempts") - 1))


def _crisis_fallback(row: Notification, now: datetime.datetime) -> None:
    """A crisis message that cannot go by one channel goes by the other, once."""
    recipient = row.recipient
    for channel in preferences.usable_channels(recipient):
        key = f"{row.base_key}:{channel}"
        if channel == row.channel or Notification.objects.filter(idempotency_key=key).exists():
            continue
        fallback = Notification.objects.create(
            recipient=recipient,
            channel=channel,
            kind=row.kind,
            template=row.template,
            context=row.context,
            priority=row.priority,
            topic=row.topic,
            idempotency_key=key,
            due_at=now,
            attempt_limit=settings.NOTIFICATION_MAX_ATTEMPTS[row.priority],
            enqueued_at=now,
            created_at=now,
        )
        logger.warning("notification %s failed; sending %s by %s", row.pk, fallback.pk, channel)
        transaction.on_commit(
            lambda pk=fallback.pk: _publish_deliveries([pk], priority=Priority.CRISIS),
            robust=True,
        )


# --- the sweeper (beat, every minute) --------------------------------------------------------
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
    now = now or timezone.now()
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
    published = _publish_deliveries(crisis, priority=Priority.CRISIS) if crisis else 0

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
    asked = sum(1 for _ in range(batches) if _kick(Priority.DEFAULT))
    result = SweepResult(released=len(stuck), crisis_published=published, default_batches=asked)
    if stuck or crisis or asked:
        logger.info("sweeper: %s", result)
    return result


# --- cancelling and retrying -------------------------------------------------------------
@transaction.atomic
def notifications_cancel(
    *, topic: str, actor=None, reason: str = "", now: datetime.datetime | None = None
) -> int:
    """Cancel every unsent (queued/retrying) row with this topic; returns how many. A row
    already being sent is left to finish: it cannot be called back."""
    if not topic:
        raise ValueError("A topic is required: an empty one would match unrelated messages.")
    now = now or timezone.now()
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
        or row.lease_expired(now)
        or (row.status == Status.QUEUED and row.due_at <= overdue)
    )


@transaction.atomic
def notification_retry(
    *, notification: Notification, actor, now: datetime.datetime | None = None
) -> Notification:
    """Staff asked to try again now. Gives the row a fresh allowance of attempts; a row
    stuck in sending keeps outcome_unknown so it is looked up before it is resent."""
    now = now or timezone.now()
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
    pk, priority = row.pk, row.priority
    transaction.on_commit(lambda: _publish_deliveries([pk], priority=priority), robust=True)
    logger.info("notification %s retried by %s", pk, getattr(actor, "pk", None))
    return row


@transaction.atomic
def notification_test_send(
    *, actor, channels: list[str] | None = None, now: datetime.datetime | None = None
) -> list[Notification]:
    """A test message to the person asking, on their channels: proves the whole path."""
    now = now or timezone.now()
    return notification_create(
        recipient=actor,
        kind="notifications.test_message",
        context={},
        idempotency_key=f"notifications.test_message:{actor.pk}:{now.isoformat()}",
        channels=channels,
        now=now,
    )


# --- preferences ---------------------------------------------------------------------------
@transaction.atomic
def notification_preference_update(
    *,
    user,
    email_enabled: bool,
    sms_enabled: bool,
    reminders_enabled: bool,
    quiet_hours_start: datetime.time | None,
    quiet_hours_end: datetime.time | None,
    now: datetime.datetime | None = None,
) -> NotificationPreference:
    now = now or timezone.now()
    if sms_enabled and not user.mobile:
        raise ValidationError({"sms_enabled": "Add a mobile number to get text messages."})
    if not (email_enabled or sms_enabled):
        raise ValidationError("Choose at least one way for us to contact you.")
    if (quiet_hours_start is None) != (quiet_hours_end is None):
        raise ValidationError("Give both a start and an end for quiet hours, or neither.")
    pref, _created = NotificationPreference.objects.select_for_update().get_or_create(user=user)
    pref.email_enabled = email_enabled
    pref.sms_enabled = sms_enabled
    if reminders_enabled:
        pref.unsubscribed_at = None
    pref.reminders_enabled = reminders_enabled
    pref.quiet_hours_start = quiet_hours_start
    pref.quiet_hours_end = quiet_hours_end
    pref.updated_at = now
    pref.full_clean()
    pref.save()
    logger.info("message preferences changed for user %s", user.pk)
    return pref


@transaction.atomic
def notification_unsubscribe(
    *, user, now: datetime.datetime | None = None
) -> NotificationPreference:
    """Reminders off, from the link in a reminder email. Staff alerts are not affected."""
    now = now or timezone.now()
    pref = NotificationPreference.objects.select_for_update().filter(user=user).first()
    if pref is None:
        current = preferences.effective_preference(user)
        start, end = current.quiet_hours_start, current.quiet_hours_end
        pref = NotificationPreference(
            user=user,
            email_enabled="email" in current.channels,
            sms_enabled="sms" in current.channels,
            quiet_hours_start=start,
            quiet_hours_end=end,
        )
    if pref.reminders_enabled:
        pref.reminders_enabled = False
        pref.unsubscribed_at = now
    pref.updated_at = now
    pref.full_clean()
    pref.save()
    logger.info("user %s turned reminders off from an email link", user.pk)
    return pref
