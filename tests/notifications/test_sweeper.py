"""The sweeper: lost tasks, dead workers, due reminders; safe to run twice."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from pmp_followon.notifications import services
from pmp_followon.notifications.models import Notification, SMSMessage, Status

pytestmark = pytest.mark.django_db

REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


@pytest.fixture
def published(monkeypatch):
    """Record what the sweeper publishes instead of running it."""
    sent = {"rows": [], "batches": []}

    def fake_publish(ids, *, priority, countdown=0, channels=None):
        sent["rows"].extend((pk, priority) for pk in ids)
        return len(ids)

    def fake_kick(priority="default", *, countdown=None):
        sent["batches"].append(priority)
        return True

    monkeypatch.setattr(services.publishing, "_publish_deliveries", fake_publish)
    monkeypatch.setattr(services.publishing, "_kick", fake_kick)
    return sent


def test_a_row_whose_worker_died_mid_send_is_released_after_its_lease(
    texted_person, published, settings
):
    now = timezone.now()
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r", now=now
    )
    assert services.notification_claim(notification_id=row.pk, now=now) is not None
    # The worker dies here. Before the lease runs out the sweeper leaves the row alone...
    before = now + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS - 1)
    assert services.notifications_sweep(now=before).released == 0
    row.refresh_from_db()
    assert row.status == Status.SENDING
    # ...after it, the row is claimable again and marked for a look-up before resending.
    after = now + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS)
    result = services.notifications_sweep(now=after)
    assert result.released == 1
    assert result.default_batches == 1
    row.refresh_from_db()
    assert row.status == Status.RETRYING
    assert row.outcome_unknown is True
    assert row.lease_expires_at is None


def test_a_stuck_message_that_had_gone_is_not_sent_twice(texted_person, published, settings):
    now = timezone.now()
    (row,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r", now=now
    )
    claimed = services.notification_claim(notification_id=row.pk, now=now)
    # The provider took it; the worker was killed before it wrote "sent".
    SMSMessage.objects.create(to="+447700900982", body="x", reference=claimed.idempotency_key)
    after = now + datetime.timedelta(seconds=settings.NOTIFICATION_LEASE_SECONDS + 1)
    services.notifications_sweep(now=after)
    assert services.notification_deliver(notification_id=row.pk, now=after) == "already sent"
    assert SMSMessage.objects.count() == 1


def test_crisis_rows_never_published_are_published_on_the_crisis_queue(on_duty, published):
    now = timezone.now()
    rows = services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 3}, idempotency_key="a", now=now
    )
    Notification.objects.update(enqueued_at=None)  # as after a failed publish
    result = services.notifications_sweep(now=now)
    assert result.crisis_published == 2
    assert sorted(published["rows"]) == sorted((r.pk, "crisis") for r in rows)


def test_crisis_rows_just_published_are_left_alone_for_the_grace_period(
    on_duty, published, settings
):
    now = timezone.now()
    services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 3}, idempotency_key="a", now=now
    )
    assert services.notifications_sweep(now=now).crisis_published == 0
    grace = datetime.timedelta(seconds=settings.NOTIFICATION_REPUBLISH_AFTER_SECONDS)
    # Still waiting after the grace: the message was lost (a dead worker's prefetch).
    assert services.notifications_sweep(now=now + grace).crisis_published == 2


def test_sweeping_twice_publishes_each_lost_crisis_row_once(on_duty, published):
    now = timezone.now()
    services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 3}, idempotency_key="a", now=now
    )
    Notification.objects.update(enqueued_at=None)
    services.notifications_sweep(now=now)
    services.notifications_sweep(now=now)
    assert len(published["rows"]) == 2


def test_due_reminders_get_enough_batches_and_future_ones_none(texted_person, published, settings):
    settings.NOTIFICATION_BATCH_SIZE = 2
    now = timezone.now()
    for n in range(5):
        services.notification_create(
            recipient=texted_person,
            kind=REMINDER,
            context=CONTEXT,
            idempotency_key=f"r{n}",
            now=now,
        )
    services.notification_create(
        recipient=texted_person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="later",
        due_at=now + datetime.timedelta(hours=2),
        now=now,
    )
    assert services.notifications_sweep(now=now).default_batches == 3
    Notification.objects.filter(due_at__lte=now).update(status=Status.SENT)
    assert services.notifications_sweep(now=now).default_batches == 0


def test_sweep_then_deliver_sends_everything_once(on_duty, texted_person, deliver_on_commit):
    now = timezone.now()
    services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a", now=now
    )
    for n in range(3):
        services.notification_create(
            recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key=f"r{n}"
        )
    Notification.objects.update(enqueued_at=None)
    # Eager Celery runs what the sweeper publishes, in-process.
    services.notifications_sweep()
    services.notifications_sweep()
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}
    refs = list(SMSMessage.objects.values_list("reference", flat=True))
    assert len(refs) == len(set(refs)) == 4


def test_the_beat_task_runs_the_sweeper(on_duty, settings):
    from pmp_followon.notifications import tasks

    services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a"
    )
    Notification.objects.update(enqueued_at=None)
    result = tasks.sweep.delay().get()
    assert result == {
        "released": 0,
        "crisis_published": 2,
        "default_batches": 0,
        "handed_over": 0,
    }
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}
    assert "notifications-sweep" in settings.CELERY_BEAT_SCHEDULE
    entry = settings.CELERY_BEAT_SCHEDULE["notifications-sweep"]
    assert entry["task"] == tasks.sweep.name
    assert entry["options"]["queue"] == "crisis"


def test_the_whole_sweep_on_the_crisis_queue_hands_reminder_work_to_the_default_queue(
    texted_person, on_duty, published, monkeypatch, settings
):
    from pmp_followon.notifications import tasks

    asked = []
    monkeypatch.setattr(tasks.sweep_reminders, "apply_async", lambda **kw: asked.append(kw))
    now = timezone.now()
    (reminder,) = services.notification_create(
        recipient=texted_person, kind=REMINDER, context=CONTEXT, idempotency_key="r", now=now
    )
    (alert, *_other) = services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a", now=now
    )
    for row in (reminder, alert):
        services.notification_claim(notification_id=row.pk, now=now)
    # Both workers died: both leases are over (the sweep tasks read the real clock).
    Notification.objects.filter(status=Status.SENDING).update(
        lease_expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )

    result = tasks.sweep()  # what the crisis worker runs: the crisis rows only
    assert (result["released"], result["default_batches"]) == (1, 0)
    assert [kw["queue"] for kw in asked] == ["default"]
    statuses = dict(Notification.objects.values_list("pk", "status"))
    assert statuses[alert.pk] == Status.RETRYING and statuses[reminder.pk] == Status.SENDING
    assert published["batches"] == []

    result = tasks.sweep_reminders()  # what the default worker then runs
    assert (result["released"], result["crisis_published"]) == (1, 0)
    reminder.refresh_from_db()
    assert reminder.status == Status.RETRYING
    assert published["batches"] == ["default"]
