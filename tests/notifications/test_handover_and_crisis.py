"""Exactly-once email through a real SMTP server (the hand-over record), crisis rows with
their own lease, time limits and queues, the crisis-only sweep, batches that stop in time
and give a failing channel a rest, retries at their own back-off, and the failure signal
that escalation listens to. In-process; test_worker.py and tests/chaos run the same paths
in real worker processes."""

from __future__ import annotations

import datetime
import smtplib

import pytest
from django.utils import timezone

from pmp_followon.notifications import checks, services, signals, tasks
from pmp_followon.notifications.channels import _message_id
from pmp_followon.notifications.errors import PermanentError, TemporaryError
from pmp_followon.notifications.models import Notification, Status
from pmp_followon.notifications.selectors import every_channel_failed
from pmp_followon.notifications.services import delivering, publishing, recording
from pmp_followon.notifications.sms import DatabaseSMSBackend

from .processes import wait_for
from .recording_smtp import RecordingSMTP

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Tuesday coffee group", "when": "Tuesday 3 March at 10:30am"}


class WorkerDied(BaseException):
    """Stands in for SIGKILL: nothing after it runs in the delivery code (it is not an
    Exception, so no handler records an outcome)."""


@pytest.fixture
def smtp(settings):
    with RecordingSMTP() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = ""
        yield server


def _email_reminder(person, key="r:1", now=None) -> Notification:
    [row] = services.notification_create(
        recipient=person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key=key,
        channels=["email"],
        now=now,
    )
    return row


def _email_alert(person, now) -> Notification:
    """A crisis page to `person` by email only."""
    [row] = services.notification_create(
        recipient=person,
        kind=ALERT,
        context={"alert_id": 1},
        idempotency_key="a",
        channels=["email"],
        now=now,
    )
    return row


@pytest.fixture(params=["one at a time", "in groups"])
def hand_over(request, settings, monkeypatch):
    """Runs a test on both paths a batch can take through Django's SMTP backend: one email
    at a time (NOTIFICATION_EMAIL_GROUP = 1) or groups over parallel connections with one
    hand-over record per group. `hand_over(before)` makes `before(rows)` run just before
    the hand-over is recorded (it may raise, or change the rows)."""
    grouped = request.param == "in groups"
    settings.NOTIFICATION_EMAIL_GROUP = 10 if grouped else 1

    def patch(before):
        if grouped:
            real_many = recording._mark_many_handed_over

            def mark_many(rows, now):
                before(rows)
                return real_many(rows, now)

            monkeypatch.setattr(delivering, "_mark_many_handed_over", mark_many)
        else:
            real_one = recording._mark_handed_over

            def mark_one(row, now):
                before([row])
                return real_one(row, now)

            monkeypatch.setattr(delivering, "_mark_handed_over", mark_one)

    return patch


def test_the_hand_over_is_recorded_before_the_server_has_the_email(
    smtp, reminded_person, hand_over
):
    row = _email_reminder(reminded_person)
    seen_by_server_at_record = []
    hand_over(lambda rows: seen_by_server_at_record.append(smtp.count()))
    assert services.notifications_deliver_due() == 1
    row.refresh_from_db()
    assert seen_by_server_at_record == [0]
    assert row.status == Status.SENT and row.handed_over_at is not None
    assert smtp.by_message_id() == {_message_id(row.idempotency_key): 1}


def test_a_worker_that_dies_before_the_record_sent_nothing_and_the_email_goes_once(
    smtp, reminded_person, monkeypatch, settings, hand_over
):
    row = _email_reminder(reminded_person)

    def die(rows):
        raise WorkerDied

    hand_over(die)
    with pytest.raises(WorkerDied):
        services.notifications_deliver_due()
    monkeypatch.undo()
    row.refresh_from_db()
    assert row.status == Status.SENDING and row.handed_over_at is None
    later = timezone.now() + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS + 1)
    result = services.notifications_sweep(now=later)
    assert (result.released, result.handed_over) == (1, 0)
    assert services.notifications_deliver_due(now=later) == 1
    row.refresh_from_db()
    assert row.status == Status.SENT
    # The first connection closed before the final ".": the server kept nothing of it.
    assert smtp.by_message_id() == {_message_id(row.idempotency_key): 1}


def test_a_worker_that_dies_after_the_final_dot_is_counted_as_sent_and_never_resent(
    smtp, reminded_person, monkeypatch, settings, hand_over
):
    row = _email_reminder(reminded_person)
    real_send, real_getreply = smtplib.SMTP.send, smtplib.SMTP.getreply
    dot_sent = []

    def send(self, data):
        real_send(self, data)
        if data == b".\r\n":
            dot_sent.append(True)

    def getreply(self):
        if dot_sent:
            raise WorkerDied  # killed while waiting for the server's 250
        return real_getreply(self)

    monkeypatch.setattr(smtplib.SMTP, "send", send)
    monkeypatch.setattr(smtplib.SMTP, "getreply", getreply)
    with pytest.raises(WorkerDied):
        services.notifications_deliver_due()
    monkeypatch.undo()
    wait_for(smtp.count, timeout=5, what="the server to take the email")
    row.refresh_from_db()
    assert row.status == Status.SENDING and row.handed_over_at is not None
    later = timezone.now() + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS + 1)
    assert not services.is_retryable(row, later)  # staff cannot resend it either
    result = services.notifications_sweep(now=later)
    assert (result.released, result.handed_over) == (0, 1)
    row.refresh_from_db()
    assert row.status == Status.SENT and row.sent_at == row.handed_over_at
    assert services.notifications_deliver_due(now=later) == 0
    assert smtp.by_message_id() == {_message_id(row.idempotency_key): 1}


def test_a_row_no_longer_ours_at_hand_over_is_abandoned_unsent(smtp, reminded_person, hand_over):
    row = _email_reminder(reminded_person)
    hand_over(
        lambda rows: Notification.objects.filter(pk__in=[r.pk for r in rows]).update(
            lease_token=None
        )
    )
    services.notifications_deliver_due()
    assert smtp.count() == 0
    row.refresh_from_db()
    assert row.handed_over_at is None


def test_emails_go_in_groups_with_one_hand_over_record_each_before_any_final_dot(
    smtp, reminded_person, monkeypatch, settings
):
    settings.NOTIFICATION_EMAIL_GROUP = 10
    rows = [_email_reminder(reminded_person, key=f"r:{n}") for n in range(25)]
    real_many = recording._mark_many_handed_over
    groups = []

    def mark_many(claimed, now):
        groups.append((len(claimed), smtp.count()))
        return real_many(claimed, now)

    monkeypatch.setattr(delivering, "_mark_many_handed_over", mark_many)
    assert services.notifications_deliver_due() == 25
    # Three records (10, 10, 5), each made while the server had only the earlier groups.
    assert groups == [(10, 0), (10, 10), (5, 20)]
    assert {r.status for r in Notification.objects.all()} == {Status.SENT}
    assert smtp.by_message_id() == {_message_id(r.idempotency_key): 1 for r in rows}


def test_in_a_group_a_refused_address_or_a_row_no_longer_ours_stops_only_that_email(
    smtp, reminded_person, monkeypatch, settings, django_user_model
):
    settings.NOTIFICATION_EMAIL_GROUP = 10
    refused = django_user_model.objects.create_user(
        "gone@example.org", display_name="Gone", service=reminded_person.service
    )
    smtp.refuse.add("gone@example.org")
    good = [_email_reminder(reminded_person, key=f"r:{n}") for n in range(3)]
    bounced = _email_reminder(refused, key="gone")
    taken = _email_reminder(reminded_person, key="taken")
    real_many = recording._mark_many_handed_over

    def mark_many(claimed, now):
        assert taken.pk in {r.pk for r in claimed} and bounced.pk not in {r.pk for r in claimed}
        Notification.objects.filter(pk=taken.pk).update(lease_token=None)
        return real_many(claimed, now)

    monkeypatch.setattr(delivering, "_mark_many_handed_over", mark_many)
    services.notifications_deliver_due()
    statuses = dict(Notification.objects.values_list("pk", "status"))
    assert {statuses[r.pk] for r in good} == {Status.SENT}
    assert statuses[bounced.pk] == Status.FAILED
    assert smtp.by_message_id() == {_message_id(r.idempotency_key): 1 for r in good}
    taken.refresh_from_db()
    assert taken.handed_over_at is None


def test_crisis_rows_get_their_own_short_lease_and_time_limits(on_duty, monkeypatch, settings):
    published = []
    monkeypatch.setattr(
        tasks.deliver_notification, "apply_async", lambda **kw: published.append(kw)
    )
    now = timezone.now()
    rows = services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a", now=now
    )
    publishing._publish_deliveries([r.pk for r in rows], priority="crisis")
    assert {p["time_limit"] for p in published} == {settings.NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS}
    assert {p["soft_time_limit"] for p in published} == {
        settings.NOTIFICATION_CRISIS_SOFT_TIME_LIMIT_SECONDS
    }
    claimed = services.notification_claim(notification_id=rows[0].pk, now=now)
    assert claimed.lease_expires_at == now + datetime.timedelta(
        seconds=settings.NOTIFICATION_CRISIS_LEASE_SECONDS
    )
    reminder = _email_reminder(on_duty, key="r", now=now)
    claimed = services.notification_claim(notification_id=reminder.pk, now=now)
    assert claimed.lease_expires_at == now + datetime.timedelta(
        seconds=settings.NOTIFICATION_LEASE_SECONDS
    )


def test_the_crisis_sweep_releases_crisis_rows_after_their_short_lease_only(
    on_duty, monkeypatch, settings
):
    monkeypatch.setattr(publishing, "_publish_deliveries", lambda ids, **kw: len(ids))
    monkeypatch.setattr(publishing, "_kick", lambda *a, **kw: True)
    now = timezone.now()
    alert = _email_alert(on_duty, now)
    reminder = _email_reminder(on_duty, key="r", now=now)
    for row in (alert, reminder):
        services.notification_claim(notification_id=row.pk, now=now)
    later = now + datetime.timedelta(seconds=settings.NOTIFICATION_CRISIS_LEASE_SECONDS)
    result = services.notifications_sweep(priority="crisis", now=later)
    assert (result.released, result.crisis_published, result.default_batches) == (1, 1, 0)
    statuses = dict(Notification.objects.values_list("pk", "status"))
    assert statuses == {alert.pk: Status.RETRYING, reminder.pk: Status.SENDING}


def test_beat_runs_the_crisis_sweep_every_few_seconds_on_the_crisis_queue(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["notifications-sweep-crisis"]
    assert entry["task"] == tasks.sweep_crisis.name
    assert entry["options"]["queue"] == "crisis"
    assert entry["schedule"] <= datetime.timedelta(seconds=10)


class AlwaysTimingOut(DatabaseSMSBackend):
    def send(self, *, to, body, reference):
        raise TemporaryError("connect timeout", problem="Notify could not be reached.")


@pytest.fixture
def kicks(monkeypatch):
    """The countdown of every batch task asked for (instead of publishing it)."""
    asked = []

    def kick(priority, countdown=None):
        asked.append(countdown)
        return True

    monkeypatch.setattr(publishing, "_kick", kick)
    return asked


def test_a_batch_rests_a_channel_that_keeps_failing_and_retries_at_the_back_off(
    texted_person, kicks, settings
):
    settings.SMS_BACKEND = f"{__name__}.AlwaysTimingOut"
    for n in range(6):
        services.notification_create(
            recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key=f"r{n}"
        )
    now = timezone.now()
    assert services.notifications_deliver_due() == 6
    rows = list(Notification.objects.order_by("pk"))
    tried = [r for r in rows if r.attempts == 1]
    rested = [r for r in rows if r.attempts == 0]
    assert len(tried) == settings.NOTIFICATION_BATCH_CHANNEL_FAILURES == 3
    assert len(rested) == 3
    assert {r.status for r in tried} == {Status.RETRYING}
    assert {r.status for r in rested} == {Status.QUEUED}
    base = settings.NOTIFICATION_RETRY_BASE_SECONDS["default"]
    for row in rows:  # all wait for a back-off in [base/2, base]
        wait = (row.due_at - now).total_seconds()
        assert base / 2 - 1 <= wait <= base + 1
    # One batch task asked for at each second a retry falls due, not left to the sweeper.
    due_seconds = {int((r.due_at - now).total_seconds()) for r in rows}
    assert kicks and all(k is not None for k in kicks)
    assert len(kicks) == len(set(kicks)) <= len(due_seconds) + 1
    assert min(kicks) <= min(due_seconds) + 2 and max(kicks) >= max(due_seconds)


def test_retry_batches_are_timed_per_second_and_long_waits_left_to_the_sweeper(kicks):
    assert publishing._kick_at("default", [0.2, 0.7, 20.3, 20.9, 45.0, 400.0]) == 3
    assert kicks == [1, 21, 46]


def test_a_batch_out_of_time_gives_its_rows_back_and_asks_for_another(
    texted_person, kicks, settings
):
    settings.NOTIFICATION_BATCH_SECONDS = 0
    for n in range(3):
        services.notification_create(
            recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key=f"r{n}"
        )
    assert services.notifications_deliver_due() == 3
    assert set(Notification.objects.values_list("status", "attempts")) == {(Status.QUEUED, 0)}
    assert kicks == [None]


class Refusing(DatabaseSMSBackend):
    def send(self, *, to, body, reference):
        raise PermanentError("400 phone_number", problem="The number was not accepted.")


def test_failure_signal_says_when_every_channel_to_the_person_failed(
    texted_person, settings, django_capture_on_commit_callbacks
):
    settings.SMS_BACKEND = f"{__name__}.Refusing"
    heard = []

    def listener(sender, notification, every_channel_failed, **kwargs):
        heard.append((notification.pk, every_channel_failed))

    signals.notification_failed.connect(listener)
    try:
        [row] = services.notification_create(
            recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r"
        )
        assert every_channel_failed(base_key="r") is False  # still queued
        with django_capture_on_commit_callbacks(execute=True):
            services.notification_deliver(notification_id=row.pk)
    finally:
        signals.notification_failed.disconnect(listener)
    assert heard == [(row.pk, True)]
    assert every_channel_failed(base_key="r") is True
    assert every_channel_failed(base_key="nothing") is False


def test_crisis_lease_must_outlive_its_time_limit_and_batches_stop_before_theirs(settings):
    assert checks.lease_outlives_task() == []
    settings.NOTIFICATION_CRISIS_LEASE_SECONDS = settings.NOTIFICATION_CRISIS_TIME_LIMIT_SECONDS
    settings.NOTIFICATION_BATCH_SECONDS = settings.CELERY_TASK_SOFT_TIME_LIMIT
    assert [m.id for m in checks.lease_outlives_task()] == [
        "notifications.E003",
        "notifications.E004",
    ]


def test_a_group_to_a_mail_server_that_hangs_waits_one_timeout_not_one_per_email(
    reminded_person, settings
):
    import socket
    import time

    settings.NOTIFICATION_EMAIL_GROUP = 10
    with socket.socket() as hanging:  # takes connections, never says a word
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(50)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = hanging.getsockname()
        settings.EMAIL_USE_TLS, settings.EMAIL_HOST_USER = False, ""
        settings.EMAIL_TIMEOUT = 0.5
        rows = [_email_reminder(reminded_person, key=f"r:{n}") for n in range(10)]
        started = time.monotonic()
        services.notifications_deliver_due()
        took = time.monotonic() - started
    assert took < 3 * settings.EMAIL_TIMEOUT
    statuses = set(
        Notification.objects.filter(pk__in=[r.pk for r in rows]).values_list("status", flat=True)
    )
    assert statuses == {Status.RETRYING}


def test_a_crisis_email_whose_worker_died_after_the_hand_over_record_is_sent_again(
    smtp, on_duty, monkeypatch, settings
):
    """The fault tests/chaos found: the worker recorded the hand-over and died before the
    final "." (the server kept nothing). A reminder is then counted as sent; a crisis page
    is sent again, so it is never lost (decision 0021)."""
    monkeypatch.setattr(publishing, "_publish_deliveries", lambda ids, **kw: len(ids))
    now = timezone.now()
    alert = _email_alert(on_duty, now)
    real_one = recording._mark_handed_over

    def recorded_then_died(row, at):
        real_one(row, at)
        raise WorkerDied

    monkeypatch.setattr(delivering, "_mark_handed_over", recorded_then_died)
    with pytest.raises(WorkerDied):
        services.notification_deliver(notification_id=alert.pk, now=now)
    monkeypatch.setattr(delivering, "_mark_handed_over", real_one)
    alert.refresh_from_db()
    assert alert.status == Status.SENDING and alert.handed_over_at is not None
    assert smtp.count() == 0
    later = now + datetime.timedelta(seconds=settings.NOTIFICATION_CRISIS_LEASE_SECONDS + 1)
    assert services.is_retryable(alert, later)
    result = services.notifications_sweep(priority="crisis", now=later)
    assert (result.released, result.handed_over) == (1, 0)
    assert services.notification_deliver(notification_id=alert.pk, now=later) == "sent"
    alert.refresh_from_db()
    assert alert.status == Status.SENT
    assert smtp.by_message_id() == {_message_id(alert.idempotency_key): 1}


@pytest.mark.django_db
def test_the_sweepers_filter_and_the_rows_own_answer_agree(participant):
    """HANDED_OVER_COUNTS_AS_SENT (the sweeper's filter) and handed_over_counts_as_sent() (one
    row's) say the same rule twice, in SQL and in Python: they must agree on every case."""
    from pmp_followon.notifications.models import HANDED_OVER_COUNTS_AS_SENT

    now = timezone.now()
    rows = [_email_reminder(participant, key="r:a", now=now), _email_alert(participant, now)]
    rows.append(_email_reminder(participant, key="r:b", now=now))
    Notification.objects.filter(pk__in=[r.pk for r in rows[:2]]).update(handed_over_at=now)
    counted = set(
        Notification.objects.filter(HANDED_OVER_COUNTS_AS_SENT).values_list("pk", flat=True)
    )
    for row in Notification.objects.filter(pk__in=[r.pk for r in rows]):
        assert row.handed_over_counts_as_sent() == (row.pk in counted), row
    # only the handed-over reminder counts as sent; the crisis page and the other do not
    assert counted == {rows[0].pk}
