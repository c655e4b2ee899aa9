"""Recording what happened to a claimed row. Only the holder of the lease writes (the
row's id, its token and `sending` are in every UPDATE)."""

from __future__ import annotations

import contextlib
import datetime
import functools
import logging
import operator
import random
import time
from collections.abc import Iterable

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Field, Q

from .. import preferences
from ..errors import SendError
from ..models import Notification, Priority, Status
from . import publishing
from ._common import Outcome

logger = logging.getLogger(__name__)


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


def _mark_handed_over(row: Notification, now: datetime.datetime) -> bool:
    """Record, in its own commit, that this email is about to reach the server: from here
    on a worker that dies leaves a row the sweeper counts as sent (SMTP cannot be asked,
    so sending it again could send it twice). False when the row is no longer ours."""
    changed = Notification.objects.filter(
        pk=row.pk, lease_token=row.lease_token, status=Status.SENDING
    ).update(handed_over_at=now)
    if changed != 1:
        logger.error("notification %s: lease lost before hand-over; not sent", row.pk)
    return changed == 1


def _mark_many_handed_over(rows: list[Notification], now: datetime.datetime) -> set[int]:
    """_mark_handed_over for a group of emails in one commit (one round trip when every
    row is still ours, the usual case); returns the ids of the rows that are."""
    if not rows:
        return set()
    held = functools.reduce(
        operator.or_, (Q(pk=row.pk, lease_token=row.lease_token) for row in rows)
    )
    changed = Notification.objects.filter(held, status=Status.SENDING).update(handed_over_at=now)
    if changed == len(rows):
        return {row.pk for row in rows}
    ours = set(
        Notification.objects.filter(held, status=Status.SENDING, handed_over_at=now).values_list(
            "pk", flat=True
        )
    )
    logger.error(
        "notification(s) %s: lease lost before hand-over; not sent",
        sorted(row.pk for row in rows if row.pk not in ours),
    )
    return ours


def _column(name: str) -> Field:
    """A concrete field of Notification, for writing its value in plain SQL."""
    found = Notification._meta.get_field(name)
    assert isinstance(found, Field)  # a column, not a relation's reverse side
    return found


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
        if connection.vendor == "postgresql":
            written = _record_sent_postgresql(pending)
        else:
            written = _record_sent_each(pending)
        if 0 <= written < len(pending):
            logger.error("%s sent notification(s) had lost their lease", len(pending) - written)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "notifications sent: %s",
                ", ".join(f"{row.pk} by {row.channel} ({ref})" for row, _now, ref in pending),
            )


_SENT_SET = (
    "status = %s, lease_expires_at = NULL, lease_token = NULL, outcome_unknown = false, "
    "last_error = '', problem = '', "
)


def _record_sent_postgresql(pending: list[tuple[Notification, datetime.datetime, str]]) -> int:
    """One UPDATE for every row of the log, joined to the rows given as four arrays
    (`unnest`): one statement for PostgreSQL to plan and run instead of one per row, and
    the same short statement with six parameters whatever the number of rows, so psycopg
    keeps it in its cache instead of turning a long one into SQL text each time (run 5 of
    docs/operations/benchmarks.md: 7 of the 11% this took)."""
    table = connection.ops.quote_name(Notification._meta.db_table)
    ids, tokens, times, refs = [], [], [], []
    for row, now, provider_ref in pending:
        ids.append(row.pk)
        tokens.append(row.lease_token)
        times.append(now)
        refs.append((provider_ref or "")[:255])
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} AS n SET {_SENT_SET}"  # noqa: S608 - names, not data
            "sent_at = v.sent_at, provider_ref = v.provider_ref "
            "FROM unnest(%s::bigint[], %s::uuid[], %s::timestamptz[], %s::varchar[]) "
            "AS v (id, lease_token, sent_at, provider_ref) "
            "WHERE n.id = v.id AND n.lease_token = v.lease_token AND n.status = %s",
            [Status.SENT.value, ids, tokens, times, refs, Status.SENDING.value],
        )
        return cursor.rowcount


def _record_sent_each(pending: list[tuple[Notification, datetime.datetime, str]]) -> int:
    table = connection.ops.quote_name(Notification._meta.db_table)
    sent_at, lease_token = _column("sent_at"), _column("lease_token")
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET {_SENT_SET}"  # noqa: S608 - names, not data
            "sent_at = %s, provider_ref = %s WHERE id = %s AND lease_token = %s AND status = %s",
            [
                [
                    Status.SENT.value,
                    sent_at.get_db_prep_value(now, connection),
                    (provider_ref or "")[:255],
                    row.pk,
                    lease_token.get_db_prep_value(row.lease_token, connection),
                    Status.SENDING.value,
                ]
                for row, now, provider_ref in pending
            ],
        )
        return cursor.rowcount


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
        if held:
            pk = row.pk
            transaction.on_commit(lambda: _tell_failed(pk), robust=True)
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
            handed_over_at=None,
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
        publishing._publish_deliveries(
            [row.pk], priority=row.priority, countdown=delay, channels={row.pk: row.channel}
        )
    return Outcome("retrying", retry_in=delay)


def retry_delay_seconds(*, priority: str, attempts: int) -> float:
    """Exponential back-off with jitter, capped: base·2^(n-1), then a random point in the
    upper half of that, so that a burst of failures does not retry in step."""
    base = settings.NOTIFICATION_RETRY_BASE_SECONDS[priority]
    cap = settings.NOTIFICATION_RETRY_MAX_SECONDS[priority]
    ceiling = min(cap, base * 2 ** max(attempts - 1, 0))
    return random.uniform(ceiling / 2, ceiling)


def _release(rows: Iterable[Notification], *, due_at: datetime.datetime | None = None) -> None:
    """Give claimed rows back untried (the attempt did not happen), due again at once or
    at `due_at` (a channel that kept failing in this batch)."""
    later = {"due_at": due_at, "enqueued_at": None} if due_at is not None else {}
    for row in rows:
        earlier = Status.RETRYING if row.attempts > 1 else Status.QUEUED
        _update_held(row, **_finished(status=earlier, attempts=F("attempts") - 1, **later))


def _tell_failed(pk: int) -> None:
    """After the failure commits: send `notification_failed` (signals.py), saying whether
    every channel of this message to this person has now failed."""
    from ..selectors import every_channel_failed
    from ..signals import notification_failed

    row = Notification.objects.filter(pk=pk).first()
    if row is None:
        return
    notification_failed.send(
        sender=Notification,
        notification=row,
        every_channel_failed=every_channel_failed(base_key=row.base_key),
    )


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
            functools.partial(
                publishing._publish_deliveries,
                [fallback.pk],
                priority=Priority.CRISIS,
                channels={fallback.pk: channel},
            ),
            robust=True,
        )
