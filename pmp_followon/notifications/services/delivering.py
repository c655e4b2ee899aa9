"""Delivering claimed rows: one crisis row at a time, reminders in batches over one
connection per channel. Claim, commit, send, record: the send is outside any transaction."""

from __future__ import annotations

import collections
import datetime
import logging
import time

from django.conf import settings

from .. import preferences
from ..channels import EmailChannel, OutgoingMessage, close_channels, open_channels
from ..errors import AmbiguousError, PermanentError, SendError, TemporaryError
from ..kinds import UnknownKind, get_kind
from ..models import Channel, Notification, Priority
from ..rendering import batch_templates, render_notification
from . import publishing
from ._common import Outcome, _clock
from .claiming import notification_claim, notifications_claim_due
from .recording import (
    SentLog,
    _mark_handed_over,
    _mark_many_handed_over,
    _record_cancelled,
    _record_deferred,
    _record_failed,
    _record_retry,
    _release,
    _without_fsync_wait,
    retry_delay_seconds,
)

logger = logging.getLogger(__name__)


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
        channels = open_channels(priority=row.priority)
        try:
            return _deliver_claimed(row, channels, clock, sent_log=SentLog(every=1)).status
        finally:
            close_channels(channels)


def notifications_deliver_due(
    *, priority: str = Priority.DEFAULT, limit: int | None = None, now=None
) -> int:
    """Claim a batch of due rows and send them over one connection per channel. When the
    batch is full, first ask for another batch so that the other worker processes join in.
    Returns how many rows this call claimed.

    Through Django's SMTP backend, emails go in groups (NOTIFICATION_EMAIL_GROUP, over as
    many SMTP connections) with one hand-over record per group: EmailChannel.send_group.

    A batch stops taking rows after NOTIFICATION_BATCH_SECONDS (well inside the soft time
    limit) and gives the rest back for the next batch; a channel that failed several sends
    in a row (a provider down or hanging) is not tried again in this batch: its rows go
    back with a back-off. Retries are asked for at their own back-off, not the sweeper's.
    """
    clock = _clock(now)
    limit = limit or settings.NOTIFICATION_BATCH_SIZE
    out_of_time_at = time.monotonic() + settings.NOTIFICATION_BATCH_SECONDS
    retry_in: list[float] = []
    with _without_fsync_wait(), batch_templates():
        rows = notifications_claim_due(priority=priority, limit=limit, now=clock())
        if len(rows) >= limit:
            publishing._kick(priority)
        channels = open_channels(priority=priority)
        sent_log = SentLog(every=settings.NOTIFICATION_RECORD_SENT_EVERY)
        failures_in_a_row = dict.fromkeys(channels, 0)
        group_size = email_group_size()
        email = channels[Channel.EMAIL]
        grouping = group_size > 1 and isinstance(email, EmailChannel) and email.hands_over_in_groups
        group: list[tuple[Notification, OutgoingMessage]] = []
        pending = collections.deque(rows)
        resting: list[Notification] = []
        out_of_time = False

        def note(row: Notification, outcome: Outcome) -> None:
            if outcome.status == "retrying":
                failures_in_a_row[row.channel] += 1
            elif outcome.status in ("sent", "already sent"):
                failures_in_a_row[row.channel] = 0
            if outcome.retry_in is not None:
                retry_in.append(outcome.retry_in)

        def send_group() -> None:
            nonlocal group
            sending, group = group, []
            for row, outcome in _send_email_group(sending, channels, clock, sent_log=sent_log):
                note(row, outcome)

        try:
            while pending:
                if time.monotonic() > out_of_time_at:
                    out_of_time = True
                    break
                row = pending.popleft()
                if failures_in_a_row[row.channel] >= settings.NOTIFICATION_BATCH_CHANNEL_FAILURES:
                    resting.append(row)
                    continue
                if grouping and row.channel == Channel.EMAIL:
                    prepared = _prepare(
                        row, channels, clock, sent_log=sent_log, publish_retry=False
                    )
                    if isinstance(prepared, Outcome):
                        note(row, prepared)
                        continue
                    group.append((row, prepared))
                    if len(group) >= group_size:
                        send_group()
                    continue
                note(
                    row,
                    _deliver_claimed(row, channels, clock, sent_log=sent_log, publish_retry=False),
                )
            if group:
                send_group()
        finally:
            sent_log.flush()  # what went must be recorded, whatever stopped us
            close_channels(channels)
            # Out of time, or interrupted (time limit, shutdown): give back what was never
            # tried, including a group rendered but not yet sent. A row in hand when an
            # exception struck stays `sending` until its lease.
            _release([row for row, _message in group])
            _release(pending)
            if resting:
                delay = retry_delay_seconds(priority=priority, attempts=1)
                _release(resting, due_at=clock() + datetime.timedelta(seconds=delay))
                retry_in.append(delay)
                logger.warning(
                    "%s notification(s) given back after repeated failures on their channel",
                    len(resting),
                )
    if out_of_time:
        publishing._kick(priority)
    if retry_in:
        publishing._kick_at(priority, retry_in)
    return len(rows)


def email_group_size() -> int:
    """Emails handed over per group (and SMTP connections per batch); 1 turns groups off."""
    return max(int(settings.NOTIFICATION_EMAIL_GROUP), 1)


def _send_email_group(
    group: list[tuple[Notification, OutgoingMessage]], channels: dict, clock, *, sent_log
) -> list[tuple[Notification, Outcome]]:
    rows = [row for row, _message in group]

    def hand_over(indices: list[int]) -> set[int]:
        ours = _mark_many_handed_over([rows[i] for i in indices], clock())
        return {i for i in indices if rows[i].pk in ours}

    email = channels[Channel.EMAIL]
    assert isinstance(email, EmailChannel)
    results = email.send_group([message for _row, message in group], before_handover=hand_over)
    outcomes = []
    for row, result in zip(rows, results, strict=True):
        if isinstance(result, Exception):
            outcomes.append((row, _record_send_error(row, result, clock, publish_retry=False)))
        else:
            sent_log.add(row, clock(), result)
            outcomes.append((row, Outcome("sent")))
    return outcomes


def _deliver_claimed(
    row: Notification, channels: dict, clock, *, sent_log: SentLog, publish_retry: bool = True
) -> Outcome:
    """Everything after the claim for one row: re-check the person's choices, look the
    message up if an earlier attempt may have left, render, send, record."""
    prepared = _prepare(row, channels, clock, sent_log=sent_log, publish_retry=publish_retry)
    if isinstance(prepared, Outcome):
        return prepared
    try:
        provider_ref = channels[row.channel].send(
            prepared, before_handover=lambda: _mark_handed_over(row, clock())
        )
    except Exception as exc:  # noqa: BLE001 - sorted by _record_send_error
        return _record_send_error(row, exc, clock, publish_retry=publish_retry)
    sent_log.add(row, clock(), provider_ref)
    return Outcome("sent")


def _prepare(
    row: Notification, channels: dict, clock, *, sent_log: SentLog, publish_retry: bool
) -> Outcome | OutgoingMessage:
    """Up to the send: the row's outcome when it ends here (cancelled, deferred, failed,
    already accepted by the provider), else the message to send."""
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

    return OutgoingMessage(
        to=address,
        body=rendered.body,
        subject=rendered.subject,
        headers=rendered.headers,
        reference=row.idempotency_key,
    )


def _record_send_error(row: Notification, exc: Exception, clock, *, publish_retry: bool) -> Outcome:
    if isinstance(exc, PermanentError):
        return _record_failed(row, clock(), str(exc), problem=exc.problem)
    if isinstance(exc, AmbiguousError):
        return _record_retry(row, clock(), exc, outcome_unknown=True, publish=publish_retry)
    if isinstance(exc, TemporaryError):
        return _record_retry(row, clock(), exc, outcome_unknown=False, publish=publish_retry)
    # An unknown failure: the message may have left.
    logger.error("unexpected error sending notification %s", row.pk, exc_info=exc)
    error = AmbiguousError(
        f"{exc.__class__.__name__}: {exc}", problem="Sending failed unexpectedly."
    )
    return _record_retry(row, clock(), error, outcome_unknown=True, publish=publish_retry)
