"""Delivery with a real Redis and real Celery worker processes (never eager).

Run when REDIS_URL is set (and DATABASE_URL points at PostgreSQL, so that the worker can
share pytest's test database). Every send to the channel is counted from the channel's
own record (SMSMessage rows, or the fake Notify server's list): nothing there is unique,
so a duplicate would show as a second record.
"""

from __future__ import annotations

import datetime
import time
import zoneinfo

import pytest
from django.db import transaction
from django.utils import timezone

from pmp_followon.celery import app
from pmp_followon.notifications import services, tasks
from pmp_followon.notifications.models import Notification, SMSMessage, Status
from tests.workers import (
    own_broker_worker_and_beat,
    sms_sends_by_reference,
    start_worker,
)

from .fake_notify import FAKE_API_KEY, FakeNotify
from .processes import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


@pytest.fixture
def worker_env(worker_env):
    """Smaller batches and quicker retries than the shared worker environment."""
    worker_env.update(
        NOTIFICATION_BATCH_SIZE="25",
        NOTIFICATION_RETRY_BASE_SECONDS="0.5",
    )
    return worker_env


def _sent_count(**filters) -> int:
    return Notification.objects.filter(status=Status.SENT, **filters).count()


def _create_alerts_and_reminders(person, *, alerts: int, reminders: int, prefix: str) -> list:
    rows = []
    with transaction.atomic():
        for n in range(alerts):
            rows += services.notification_create(
                recipient=person,
                kind=ALERT,
                context={"alert_id": n},
                idempotency_key=f"{prefix}:alert:{n}",
                channels=["sms"],
            )
        for n in range(reminders):
            rows += services.notification_create(
                recipient=person,
                kind=REMINDER,
                context=CONTEXT,
                idempotency_key=f"{prefix}:reminder:{n}",
                channels=["sms"],
            )
    return rows


def test_worker_killed_with_sigkill_mid_send_then_restarted_sends_all_200_once(
    real_broker, worker_env, processes, tmp_path, texted_person, settings
):
    settings.NOTIFICATION_REPUBLISH_AFTER_SECONDS = 2
    worker_env["SMS_DATABASE_BACKEND_DELAY_SECONDS"] = "0.02"
    processes.add(start_worker(tmp_path, worker_env, name="first"))

    rows = _create_alerts_and_reminders(texted_person, alerts=100, reminders=100, prefix="k")
    assert len(rows) == 200

    # Kill while a row is in hand. On a busy machine the row seen in hand may finish in the
    # instant before the kill lands; then the worker is started again and killed at the next
    # such moment (at most five times), so the test always kills mid-send.
    in_hand = 0
    for attempt in range(5):
        sent_when_killed = wait_for(
            lambda: (
                (n := SMSMessage.objects.count()) >= 60
                and Notification.objects.filter(status=Status.SENDING).exists()
                and n
            ),
            timeout=60,
            interval=0.005,
            what="60 messages sent and a row in hand before the kill",
        )
        processes[-1].kill()
        in_hand = Notification.objects.filter(status=Status.SENDING).count()
        print(f"killed after {sent_when_killed} sends with {in_hand} rows in hand")
        if in_hand:
            break
        processes.add(start_worker(tmp_path, worker_env, name=f"again-{attempt}"))
    assert 0 < sent_when_killed < 200, "the kill must land part-way"

    processes.add(start_worker(tmp_path, worker_env, name="restarted"))

    # Beat's job, done here every second: release expired leases, re-publish lost work.
    def everything_sent():
        services.notifications_sweep()
        return _sent_count() == 200

    wait_for(everything_sent, timeout=90, interval=1, what="all 200 sent after restart")

    sends = sms_sends_by_reference()
    assert sorted(sends) == sorted(r.idempotency_key for r in rows)
    assert set(sends.values()) == {1}, {k: v for k, v in sends.items() if v != 1}
    assert SMSMessage.objects.count() == 200
    # The kill really interrupted work: rows that were in hand were tried again.
    assert in_hand > 0
    assert Notification.objects.filter(attempts__gt=1).exists()


def test_broker_stopped_while_notifications_are_created_all_sent_after_next_sweep(
    real_broker, worker_env, processes, tmp_path, texted_person, settings
):
    with own_broker_worker_and_beat(tmp_path, worker_env, processes) as broker:
        # Prove the whole path works before the broker goes.
        _create_alerts_and_reminders(texted_person, alerts=1, reminders=1, prefix="before")
        wait_for(lambda: _sent_count() == 2, timeout=30, what="the first two messages")

        broker.stop()
        made, slowest = [], 0.0
        for n in range(20):
            started = time.monotonic()
            # Each is a separate request's transaction; none may fail or hang.
            made += _create_alerts_and_reminders(
                texted_person, alerts=1, reminders=1, prefix=f"down:{n}"
            )
            slowest = max(slowest, time.monotonic() - started)
        assert len(made) == 40
        assert slowest < 5, f"creating a notification took {slowest:.1f}s with the broker down"
        time.sleep(1)
        assert _sent_count(idempotency_key__startswith="down:") == 0
        assert not Notification.objects.filter(
            idempotency_key__startswith="down:", priority="crisis", enqueued_at__isnull=False
        ).exists(), "unpublished crisis rows must be marked for the sweeper"

        broker.start()
        wait_for(
            lambda: _sent_count(idempotency_key__startswith="down:") == 40,
            timeout=90,
            interval=0.5,
            what="all 40 sent after the broker came back (beat sweeps every 2s)",
        )
    sends = sms_sends_by_reference()
    assert set(sends.values()) == {1}
    assert len(sends) == 42


def test_delivery_task_run_many_times_at_once_sends_once(
    real_broker, worker_env, processes, tmp_path, texted_person
):
    worker_env["SMS_DATABASE_BACKEND_DELAY_SECONDS"] = "0.3"
    processes.add(start_worker(tmp_path, worker_env, concurrency=2))
    alert, reminder = _create_alerts_and_reminders(
        texted_person, alerts=1, reminders=1, prefix="twice"
    )
    # Copies of the task for each row, on both queues, racing in two worker processes.
    for _ in range(3):
        for row in (alert, reminder):
            tasks.deliver_notification.apply_async(args=[row.pk], queue="crisis")
            tasks.deliver_notification.apply_async(args=[row.pk], queue="default")
        tasks.deliver_due.apply_async(kwargs={"priority": "default"}, queue="default")
    wait_for(lambda: _sent_count() == 2, timeout=30, what="both rows sent")
    time.sleep(2)  # let every copy run
    assert sms_sends_by_reference() == {alert.idempotency_key: 1, reminder.idempotency_key: 1}
    for row in (alert, reminder):
        row.refresh_from_db()
        assert row.attempts == 1


def test_sms_provider_times_out_then_500_then_succeeds_sent_once_attempts_recorded(
    real_broker, worker_env, processes, tmp_path, texted_person
):
    with FakeNotify(slow_seconds=1.5) as notify:
        worker_env.update(
            PMP_TEST_SMS_BACKEND="pmp_followon.notifications.sms.NotifySMSBackend",
            NOTIFY_API_KEY=FAKE_API_KEY,
            NOTIFY_SMS_TEMPLATE_ID="f33517ff-2a88-4f6e-b855-c550268ce08a",
            NOTIFY_BASE_URL=notify.base_url,
            NOTIFY_TIMEOUT_SECONDS="0.5",
            NOTIFY_CRISIS_TIMEOUT_SECONDS="0.5",
        )
        processes.add(start_worker(tmp_path, worker_env))
        # The reminder meets: timeout, 500, success. The alert: accepted, then timeout.
        notify.script = ["timeout", "500", "201"]
        (reminder,) = _create_alerts_and_reminders(
            texted_person, alerts=0, reminders=1, prefix="notify"
        )
        wait_for(lambda: _sent_count() == 1, timeout=45, interval=0.2, what="reminder sent")
        notify.script = ["accept-timeout"]
        (alert,) = _create_alerts_and_reminders(
            texted_person, alerts=1, reminders=0, prefix="notify"
        )
        wait_for(lambda: _sent_count() == 2, timeout=45, interval=0.2, what="alert sent")
        accepted = [a["reference"] for a in notify.accepted]

    assert sorted(accepted) == sorted([reminder.idempotency_key, alert.idempotency_key])
    reminder.refresh_from_db()
    alert.refresh_from_db()
    assert reminder.attempts == 3
    assert reminder.provider_ref == notify.accepted[0]["id"]
    assert alert.attempts == 2  # the second attempt found it by reference and did not send
    assert alert.provider_ref == notify.accepted[1]["id"]
    assert notify.posts == 4  # 3 for the reminder, 1 for the alert


def test_quiet_hours_hold_a_reminder_and_never_a_crisis_alert(
    real_broker, worker_env, processes, tmp_path, participant, on_duty, set_preferences
):
    london = zoneinfo.ZoneInfo("Europe/London")
    local_now = timezone.now().astimezone(london)
    quiet = (
        (local_now - datetime.timedelta(hours=1)).time().replace(second=0, microsecond=0),
        (local_now + datetime.timedelta(hours=1)).time().replace(second=0, microsecond=0),
    )
    set_preferences(on_duty, email=False, sms=True, quiet=quiet)
    set_preferences(participant, email=False, sms=True)
    on_duty.refresh_from_db()
    participant.refresh_from_db()
    processes.add(start_worker(tmp_path, worker_env))

    with transaction.atomic():
        (held,) = services.notification_create(
            recipient=on_duty, kind=REMINDER, context=CONTEXT, idempotency_key="quiet:held"
        )
        (alert,) = services.notification_create(
            recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="quiet:alert"
        )
        # Due in 3 seconds for someone with no quiet hours yet...
        (later,) = services.notification_create(
            recipient=participant,
            kind=REMINDER,
            context=CONTEXT,
            idempotency_key="quiet:later",
            due_at=timezone.now() + datetime.timedelta(seconds=3),
        )
    # ...who then chooses quiet hours that cover the moment it falls due.
    set_preferences(participant, email=False, sms=True, quiet=quiet)

    wait_for(lambda: _sent_count(pk=alert.pk), timeout=30, what="the crisis alert")

    def later_was_looked_at():
        services.notifications_sweep()  # beat's job: ask for a batch once it is due
        return Notification.objects.filter(pk=later.pk).exclude(due_at=later.due_at).exists()

    wait_for(later_was_looked_at, timeout=30, interval=0.5, what="the worker to defer it")
    time.sleep(1)

    quiet_end = datetime.datetime.combine(
        local_now.date() + datetime.timedelta(days=1 if quiet[1] < local_now.time() else 0),
        quiet[1],
        tzinfo=london,
    )
    held.refresh_from_db()
    later.refresh_from_db()
    assert held.due_at == quiet_end  # moved at creation
    assert later.due_at == quiet_end  # moved by the worker at send time
    assert (held.status, later.status) == (Status.QUEUED, Status.QUEUED)
    assert (held.attempts, later.attempts) == (0, 0)
    assert sms_sends_by_reference() == {alert.idempotency_key: 1}


def test_crisis_alert_is_delivered_while_10000_reminders_are_queued(
    real_broker, worker_env, processes, tmp_path, texted_person, on_duty
):
    now = timezone.now()
    # Volume set-up: rows straight into the outbox (the service would take ~20s for
    # 10,000), each with its own delivery message on the default queue.
    backlog = Notification.objects.bulk_create(
        [
            Notification(
                recipient=texted_person,
                channel="sms",
                kind=REMINDER,
                template=REMINDER,
                context=CONTEXT,
                priority="default",
                idempotency_key=f"backlog:{n}:sms",
                due_at=now,
                created_at=now,
            )
            for n in range(10_000)
        ],
        batch_size=2000,
    )
    with app.producer_or_acquire() as producer:
        for row in backlog:
            tasks.deliver_notification.apply_async(
                args=[row.pk], queue="default", routing_key="default", producer=producer
            )
    assert real_broker.llen("default") == 10_000

    for queues, name in (("default", "default"), ("crisis,crisis_sms", "crisis")):
        processes.add(start_worker(tmp_path, worker_env, queues=queues, concurrency=1, name=name))
    wait_for(lambda: _sent_count() >= 200, timeout=30, what="the backlog to be under way")

    created = time.monotonic()
    with transaction.atomic():
        alerts = services.notification_create(
            recipient=on_duty,
            kind=ALERT,
            context={"alert_id": 7},
            idempotency_key="backlog:alert",
            channels=["sms"],
        )
    wait_for(lambda: _sent_count(pk=alerts[0].pk), timeout=30, interval=0.005, what="alert")
    took = time.monotonic() - created
    backlog_left = Notification.objects.filter(
        idempotency_key__startswith="backlog:", priority="default", status=Status.QUEUED
    ).count()
    print(f"crisis alert sent {took * 1000:.0f} ms after creation; {backlog_left} waiting")
    assert took < 3, f"the crisis alert took {took:.2f}s"
    assert backlog_left > 5000, "the alert went out while most reminders were still waiting"
    assert SMSMessage.objects.filter(reference=alerts[0].idempotency_key).count() == 1
