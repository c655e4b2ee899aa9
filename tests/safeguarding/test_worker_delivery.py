"""Crisis escalations with a real Redis and real Celery worker processes (never eager).

Run when REDIS_URL is set, on PostgreSQL (the worker shares pytest's test database). The
processes come from tests/notifications/processes.py. Sends are counted from the channel's
own record (SMSMessage rows, one per hand-off, nothing unique), so a duplicate would show.
"""

from __future__ import annotations

import datetime
import time

import pytest
from django.db import transaction
from django.utils import timezone

from pmp_followon.notifications import services as notification_services
from pmp_followon.notifications.models import Notification, SMSMessage, Status
from safeguarding import tasks
from safeguarding.models import Alert, AuditAction, AuditEvent
from safeguarding.services import alerts_escalate_due, escalation_policy_update
from tests.notifications.processes import wait_for
from tests.workers import (
    own_broker_worker_and_beat,
    sms_sends_by_reference,
    start_worker,
)

from .conftest import HIGH_TEXT

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def paged_staff(service, service_admin, rota):
    """Everyone on the rota can get texts; the duty clinician is also on call, so that a
    high alert pages someone whether the test runs in service hours or not."""
    for person in rota.values():
        person.mobile = person.mobile or f"077009003{person.pk % 100:02d}"
        person.save()
    escalation_policy_update(actor=service_admin, service=service, values={"on_call": rota["duty"]})
    return rota


def _alert_rows(alert: Alert):
    return Notification.objects.filter(topic=f"safeguarding.alert:{alert.pk}")


def _save_high_post(member, group, at):
    """What a member's request does: save the post and screen it, in one transaction."""
    from groups.notice import SCREENING_NOTICE_VERSION
    from groups.services import post_create

    with transaction.atomic():
        result = post_create(
            actor=member,
            group=group,
            body=HIGH_TEXT,
            agree_notice_version=SCREENING_NOTICE_VERSION,
            now=at,
        )
    return result


def test_broker_down_when_an_alert_is_raised_the_duty_clinician_is_paged_when_it_returns(
    real_broker, worker_env, processes, tmp_path, paged_staff, member, group
):
    with own_broker_worker_and_beat(tmp_path, worker_env, processes) as broker:
        broker.stop()

        started = time.monotonic()
        result = _save_high_post(member, group, timezone.now())
        took = time.monotonic() - started
        assert took < 5, f"saving the post took {took:.1f}s with the broker down"
        assert result.level == "high"
        alert = Alert.objects.get(post=result.post)
        rows = list(_alert_rows(alert))
        assert rows, "the page is a row in the outbox even with the broker down"
        assert {r.recipient_id for r in rows} == {paged_staff["duty"].pk}
        time.sleep(1)
        assert not _alert_rows(alert).filter(status=Status.SENT).exists()

        broker.start()
        wait_for(
            lambda: _alert_rows(alert).filter(status=Status.SENT).count() == len(rows),
            timeout=90,
            interval=0.5,
            what="the duty clinician's page after the broker came back",
        )
    sms = [r for r in rows if r.channel == "sms"]
    assert sms
    assert sms_sends_by_reference() == {r.idempotency_key: 1 for r in sms}


def test_worker_killed_mid_escalation_loses_nothing_and_sends_nothing_twice(
    real_broker, worker_env, processes, tmp_path, paged_staff, member, group, settings
):
    settings.NOTIFICATION_REPUBLISH_AFTER_SECONDS = 2
    worker_env["SMS_DATABASE_BACKEND_DELAY_SECONDS"] = "0.05"
    from groups.models import Membership
    from tests.factories import UserFactory

    count = 30
    raised_at = timezone.now() - datetime.timedelta(minutes=16)
    # Thirty people: one member's later posts would join their waiting alert (decision
    # 0013), so thirty alerts need thirty authors.
    authors = [member] + [
        UserFactory(service=group.service, display_name=f"Member {n}") for n in range(1, count)
    ]
    for author in authors[1:]:
        Membership.objects.create(group=group, person=author)
    for n, author in enumerate(authors):
        _save_high_post(author, group, raised_at + datetime.timedelta(seconds=n))
    alerts = list(Alert.objects.order_by("pk"))
    assert len(alerts) == count
    first_pages = Notification.objects.count()

    processes.add(start_worker(tmp_path, worker_env, name="first"))
    wait_for(
        lambda: Notification.objects.filter(status=Status.SENT).count() == first_pages,
        timeout=60,
        what="the first pages",
    )
    sent_before = SMSMessage.objects.count()

    # Beat's minute tick: every alert is past its 15 minutes and escalates, in the worker.
    tasks.escalate_due.apply_async(queue="crisis", routing_key="crisis")
    wait_for(
        lambda: SMSMessage.objects.count() >= sent_before + 5,
        timeout=60,
        interval=0.01,
        what="escalation pages to start going out",
    )
    processes[0].kill()
    escalated_when_killed = AuditEvent.objects.filter(action=AuditAction.ESCALATED).count() - count
    in_hand = Notification.objects.filter(status=Status.SENDING).count()
    unsent = Notification.objects.exclude(status=Status.SENT).count()
    print(f"killed: {escalated_when_killed} escalated, {in_hand} in hand, {unsent} unsent")
    assert unsent > 0, "the kill must land part-way"

    processes.add(start_worker(tmp_path, worker_env, name="restarted"))

    # Beat's job, every second here: escalate what is due, re-publish lost deliveries.
    def everything_done():
        alerts_escalate_due()
        notification_services.notifications_sweep()
        escalated = AuditEvent.objects.filter(action=AuditAction.ESCALATED).count()
        return (
            escalated == 2 * count and not Notification.objects.exclude(status=Status.SENT).exists()
        )

    wait_for(everything_done, timeout=120, interval=1, what="every escalation delivered")

    for alert in alerts:
        events = AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATED)
        assert events.count() == 2, f"alert {alert.pk} escalated {events.count()} times"
        paged = {
            (event.detail["sequence"], person)
            for event in events
            for person in event.detail["recipient_ids"]
        }
        keys = {n.base_key for n in _alert_rows(alert)}
        assert len(keys) == len(paged), (alert.pk, keys, paged)
    sends = sms_sends_by_reference()
    sms_rows = Notification.objects.filter(channel="sms")
    assert sorted(sends) == sorted(sms_rows.values_list("idempotency_key", flat=True))
    assert set(sends.values()) == {1}, {k: v for k, v in sends.items() if v != 1}


def test_an_unreachable_duty_clinicians_backup_is_paged_within_a_minute_of_the_failures(
    real_broker,
    worker_env,
    processes,
    tmp_path,
    paged_staff,
    service_admin,
    service,
    member,
    group,
    monkeypatch,
):
    """Issue 13: the duty clinician's SMS provider answers 400 and the mail server 550, in
    a real worker. The escalation sweeper (here ticking every half second, in this process;
    beat ticks every minute) notices on its next tick and the backup's page goes out."""
    import datetime as dt

    from safeguarding import hours

    # Open all day, every day, whatever day the suite runs (bank holidays too).
    monkeypatch.setattr(hours, "_bank_holiday_dates", lambda: frozenset())
    service.hours_open, service.hours_close = dt.time(0, 0), dt.time(23, 59, 59)
    service.open_weekdays = "0,1,2,3,4,5,6"
    service.save()
    duty, backup = paged_staff["duty"], paged_staff["backup"]
    worker_env.update(
        DJANGO_SETTINGS_MODULE="tests.safeguarding.worker_settings",
        PMP_TEST_FAIL_SMS_TO=str(duty.mobile),
        PMP_TEST_FAIL_EMAIL_TO=duty.email,
    )
    processes.add(start_worker(tmp_path, worker_env, queues="crisis,crisis_sms", name="crisis"))

    result = _save_high_post(member, group, timezone.now())
    alert = Alert.objects.get(post=result.post)
    duty_rows = _alert_rows(alert).filter(recipient=duty)
    wait_for(
        lambda: (
            set(duty_rows.all().values_list("status", flat=True)) == {Status.FAILED}
            and duty_rows.count() == 2
        ),
        timeout=30,
        interval=0.2,
        what="both of the duty clinician's pages to fail",
    )
    failed_at = max(duty_rows.all().values_list("failed_at", flat=True))

    backup_rows = _alert_rows(alert).filter(recipient=backup)

    def backup_paged():
        alerts_escalate_due()
        return set(backup_rows.all().values_list("status", flat=True)) == {Status.SENT}

    wait_for(backup_paged, timeout=60, interval=0.5, what="the backup's page")
    sent_at = max(backup_rows.all().values_list("sent_at", flat=True))
    took = (sent_at - failed_at).total_seconds()
    print(f"backup paged {took:.2f}s after the duty clinician's pages failed")
    assert took < 60
    assert AuditEvent.objects.get(alert=alert, action=AuditAction.PAGE_FAILED).detail["moved_on"]
    backup_sms = list(backup_rows.all().filter(channel="sms"))
    assert SMSMessage.objects.filter(reference=backup_sms[0].idempotency_key).count() == 1
    assert (
        "could not be reached"
        in SMSMessage.objects.get(reference=backup_sms[0].idempotency_key).body
    )
    wait_for(
        lambda: Notification.objects.filter(
            recipient=service_admin, kind="safeguarding.page_failed", status=Status.SENT
        ).exists(),
        timeout=30,
        what="the service admin told that a page failed",
    )
