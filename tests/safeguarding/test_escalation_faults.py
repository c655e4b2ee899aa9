"""Escalation that keeps its promises under faults (issue 13), by time travel:

- a step fires on the tick at or just before its deadline, never one tick late;
- when every channel of a page to the person on duty has failed, the alert moves on to the
  next person at once, says why in the audit and on the timeline, and the service admins
  (and the next person) are told that a page failed, in content-free words.

Deliveries go through the real outbox services (`notification_deliver`) with channels that
refuse some people (failing_backends.py): an SMS provider answering 400, an SMTP server 550.
"""

from __future__ import annotations

import datetime

import pytest
from django.core import mail

from pmp_followon.notifications.models import Notification, SMSMessage
from pmp_followon.notifications.services import notification_deliver
from safeguarding.models import AuditAction, AuditEvent
from safeguarding.selectors import alert_timeline
from safeguarding.services import (
    DEADLINE_TOLERANCE,
    alert_move_on_failed_page,
    alerts_escalate_due,
    escalation_policy_update,
)

from .conftest import HIGH_TEXT, MONDAY_10AM, high_alert, local, outbox, steps

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)
SEC = datetime.timedelta(seconds=1)
TICK = MIN  # a tick interval for these scenarios; the rule holds for any tick > tolerance


def deliver(person, at):
    """What the crisis worker does with every page to `person` that is due."""
    for row in Notification.objects.filter(recipient=person, status__in=["queued", "retrying"]):
        notification_deliver(notification_id=row.pk, now=at)


@pytest.fixture
def refusing(settings, monkeypatch):
    """Channels that refuse the people passed to the returned function."""
    settings.SMS_BACKEND = "tests.safeguarding.failing_backends.FailingSMSBackend"
    settings.EMAIL_BACKEND = "tests.safeguarding.failing_backends.FailingEmailBackend"

    def refuse(*people, sms=True, email=True):
        if sms:
            monkeypatch.setenv("PMP_TEST_FAIL_SMS_TO", ",".join(str(p.mobile) for p in people))
        if email:
            monkeypatch.setenv("PMP_TEST_FAIL_EMAIL_TO", ",".join(p.email for p in people))

    return refuse


@pytest.fixture
def reachable_rota(rota):
    """Everyone on the rota has a mobile, so every page goes by SMS and email."""
    for n, person in enumerate(rota.values()):
        if not person.mobile:
            person.mobile = f"0770090040{n}"
            person.save()
    return rota


# --- deadlines ------------------------------------------------------------------------------
def test_a_step_fires_on_the_tick_that_arrives_a_few_milliseconds_before_its_deadline(
    rota, member, group, make_post
):
    """Fails on the code before issue 13: the deadline is "this tick + 15 minutes", the
    tick 15 minutes later runs a few milliseconds early, and the backup waited a tick."""
    tick = MONDAY_10AM
    alert = high_alert(member, group, make_post, tick)
    deadline = tick + 15 * MIN
    assert alert.escalate_after == deadline

    early_tick = deadline - datetime.timedelta(milliseconds=3)
    assert alerts_escalate_due(now=early_tick) == 1
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk})
    # The next step counts from the deadline, not from the early tick: no drift.
    alert.refresh_from_db()
    assert alert.escalate_after == deadline + 15 * MIN


def test_the_tolerance_is_below_the_tick_so_no_step_fires_a_tick_early(
    rota, member, group, make_post
):
    assert DEADLINE_TOLERANCE < TICK
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    deadline = MONDAY_10AM + 15 * MIN
    assert alerts_escalate_due(now=deadline - TICK) == 0
    assert alerts_escalate_due(now=deadline - DEADLINE_TOLERANCE - SEC) == 0
    assert len(steps(alert)) == 1
    assert alerts_escalate_due(now=deadline - DEADLINE_TOLERANCE) == 1


def test_every_step_of_a_round_fires_on_its_own_tick_with_early_ticks(
    rota, member, group, make_post
):
    """Beat ticks every minute, each 2 ms early: duty at 0, backup at 15, lead at 30."""
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    fired = {}
    for minute in range(1, 46):
        tick = t0 + minute * MIN - datetime.timedelta(milliseconds=2)
        if alerts_escalate_due(now=tick):
            fired[steps(alert)[-1][0]] = minute
    assert fired == {"backup": 15, "lead": 30, "duty": 45}


# --- an unreachable duty clinician ---------------------------------------------------------
def test_when_the_duty_clinicians_sms_and_email_both_fail_the_backup_is_paged_at_once(
    reachable_rota, refusing, service_admin, member, group, make_post
):
    rota = reachable_rota
    refusing(rota["duty"])
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    failed_at = t0 + 2 * SEC
    deliver(rota["duty"], failed_at)
    duty_rows = outbox(recipient=rota["duty"])
    assert {r.channel for r in duty_rows} == {"sms", "email"}
    assert {r.status for r in duty_rows} == {"failed"}

    # The next tick, well before the 15-minute deadline.
    tick = failed_at + 30 * SEC
    assert alerts_escalate_due(now=tick) == 1
    assert steps(alert) == [("duty", {rota["duty"].pk}), ("backup", {rota["backup"].pk})]
    assert tick - failed_at <= 60 * SEC

    failed = AuditEvent.objects.get(alert=alert, action=AuditAction.PAGE_FAILED)
    assert failed.detail["recipient_ids"] == [rota["duty"].pk]
    assert failed.detail["channels"] == ["email", "sms"]
    assert failed.detail["moved_on"] is True
    assert failed.detail["admins_told_ids"] == [service_admin.pk]
    escalated = AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATED).last()
    assert escalated.detail["reason"] == "page_failed"
    # The backup's deadline runs from now.
    alert.refresh_from_db()
    assert alert.escalate_after == tick + 15 * MIN

    timeline = [e for e in alert_timeline(alert=alert) if e.action == "page_failed"]
    assert len(timeline) == 1
    assert rota["duty"].display_name in timeline[0].text
    assert "could not be reached" in timeline[0].text

    # The backup's page and the admin's message say a page failed, and nothing else.
    deliver(rota["backup"], tick)
    deliver(service_admin, tick)
    backup_sms = SMSMessage.objects.get(to__contains=str(rota["backup"].mobile)[-6:])
    assert "could not be reached" in backup_sms.body
    admin_mail = [m for m in mail.outbox if service_admin.email in m.to]
    assert len(admin_mail) == 1
    assert "could not be delivered" in admin_mail[0].body
    for text in [backup_sms.body, admin_mail[0].body, admin_mail[0].subject]:
        assert HIGH_TEXT not in text and member.display_name not in text


def test_one_channel_failing_is_not_enough_to_move_on(
    reachable_rota, refusing, member, group, make_post
):
    rota = reachable_rota
    refusing(rota["duty"], sms=True, email=False)
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    deliver(rota["duty"], MONDAY_10AM + SEC)
    assert {r.channel: r.status for r in outbox(recipient=rota["duty"])} == {
        "sms": "failed",
        "email": "sent",
    }
    assert alerts_escalate_due(now=MONDAY_10AM + MIN) == 0
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert not AuditEvent.objects.filter(action=AuditAction.PAGE_FAILED).exists()


def test_a_page_still_retrying_is_not_a_failure(reachable_rota, member, group, make_post):
    rota = reachable_rota
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    Notification.objects.filter(recipient=rota["duty"], channel="sms").update(status="failed")
    # The email is still queued: the duty clinician may yet get it.
    assert alert_move_on_failed_page(alert_id=alert.pk, now=MONDAY_10AM + MIN) is False
    assert alerts_escalate_due(now=MONDAY_10AM + MIN) == 0


def test_a_failed_page_is_handled_once_however_often_the_sweeper_runs(
    reachable_rota, refusing, service_admin, member, group, make_post
):
    rota = reachable_rota
    refusing(rota["duty"])
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    deliver(rota["duty"], MONDAY_10AM + SEC)
    at = MONDAY_10AM + MIN
    assert alerts_escalate_due(now=at) == 1
    assert alerts_escalate_due(now=at) == 0
    assert alert_move_on_failed_page(alert_id=alert.pk, now=at + SEC) is False
    assert len(steps(alert)) == 2
    assert AuditEvent.objects.filter(alert=alert, action=AuditAction.PAGE_FAILED).count() == 1
    told = outbox(recipient=service_admin, kind="safeguarding.page_failed")
    assert len({n.base_key for n in told}) == 1, "one message to the admin, per channel"


def test_when_everyone_is_unreachable_it_goes_round_once_then_keeps_to_the_deadlines(
    reachable_rota, refusing, member, group, make_post
):
    rota = reachable_rota
    refusing(rota["duty"], rota["backup"], rota["lead"])
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    at = t0
    for _ in range(5):
        at += MIN
        for person in rota.values():
            deliver(person, at)
        alerts_escalate_due(now=at)
    assert [s[0] for s in steps(alert)] == ["duty", "backup", "lead"]
    assert AuditEvent.objects.filter(alert=alert, action=AuditAction.PAGE_FAILED).count() == 3
    # The lead's deadline still repeats the chain from the duty clinician.
    alert.refresh_from_db()
    assert alerts_escalate_due(now=alert.escalate_after) == 1
    assert steps(alert)[-1][0] == "duty"


def test_out_of_hours_an_unreachable_on_call_person_is_reported_to_the_admins(
    reachable_rota, refusing, service_admin, member, group, make_post
):
    rota = reachable_rota
    escalation_policy_update(
        actor=service_admin, service=member.service, values={"on_call": rota["lead"]}
    )
    refusing(rota["lead"])
    night = local(2027, 3, 22, 23, 0)
    alert = high_alert(member, group, make_post, night)
    deliver(rota["lead"], night + SEC)
    assert alerts_escalate_due(now=night + MIN) == 0
    failed = AuditEvent.objects.get(alert=alert, action=AuditAction.PAGE_FAILED)
    assert failed.detail["moved_on"] is False
    assert outbox(recipient=service_admin, kind="safeguarding.page_failed")
    assert steps(alert) == [("on_call", {rota["lead"].pk})]
