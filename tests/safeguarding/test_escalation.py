"""The escalation engine, by time travel: every call takes `now`.

A high alert in hours pages the duty clinician at once, then the backup, then the lead and
service manager, and repeats; acknowledging stops it until the action deadline; out of hours
nobody is paged unless an on-call person is set; every time is per service; the clock
changes (last Sunday of March and October, Europe/London) move nothing by an hour."""

from __future__ import annotations

import datetime

import pytest

from safeguarding.models import (
    Alert,
    AlertLevel,
    AuditAction,
    AuditEvent,
    EscalationPhase,
    RotaPosition,
)
from safeguarding.services import (
    alert_acknowledge,
    alert_escalate,
    alert_raise_by_staff,
    alert_resolve,
    alerts_escalate_due,
    callback_request,
    contact_attempt_record,
    escalation_policy_update,
    flag_raise,
    post_screen,
    rota_entry_add,
)

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, UTC, high_alert, local, outbox, steps

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

MIN = datetime.timedelta(minutes=1)


def paged_keys(alert) -> set[str]:
    """One idempotency key per (alert, step, recipient), whatever the channels."""
    return {n.base_key for n in outbox(topic=f"safeguarding.alert:{alert.pk}")}


@pytest.fixture
def with_manager(service, service_admin, service_manager):
    escalation_policy_update(
        actor=service_admin, service=service, values={"service_manager": service_manager}
    )
    return service_manager


def test_unacknowledged_high_alert_climbs_the_rota_on_time_and_repeats(
    rota, with_manager, member, group, make_post
):
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    assert steps(alert) == [("duty", {rota["duty"].pk})]

    assert alerts_escalate_due(now=t0 + 14 * MIN) == 0
    assert len(steps(alert)) == 1

    assert alerts_escalate_due(now=t0 + 15 * MIN) == 1
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk})

    alerts_escalate_due(now=t0 + 30 * MIN)
    assert steps(alert)[-1] == ("lead", {rota["lead"].pk, with_manager.pk})

    alerts_escalate_due(now=t0 + 45 * MIN)
    assert steps(alert)[-1] == ("duty", {rota["duty"].pk}), "the chain repeats"
    assert len(steps(alert)) == 4
    # Every step made its own outbox rows on the crisis queue.
    assert len(paged_keys(alert)) == 5
    assert {n.priority for n in outbox(topic=f"safeguarding.alert:{alert.pk}")} == {"crisis"}


def test_a_double_tick_sends_nothing_twice(rota, member, group, make_post):
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    at = MONDAY_10AM + 15 * MIN
    assert alerts_escalate_due(now=at) == 1
    assert alerts_escalate_due(now=at) == 0
    assert alert_escalate(alert_id=alert.pk, now=at) is False
    assert len(steps(alert)) == 2
    assert len(paged_keys(alert)) == 2


def test_acknowledging_stops_escalation_until_the_action_deadline(rota, member, group, make_post):
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    alert_acknowledge(actor=rota["duty"], alert=alert, now=t0 + 5 * MIN)
    alert.refresh_from_db()
    assert alert.escalation_phase == EscalationPhase.ACTION
    assert alert.escalate_after == t0 + 65 * MIN

    for minutes in (15, 30, 45, 64):
        assert alerts_escalate_due(now=t0 + minutes * MIN) == 0
    assert len(steps(alert)) == 1

    # Acknowledged but nothing done for 60 minutes: escalates again, to the reviewer and the lead.
    assert alerts_escalate_due(now=t0 + 65 * MIN) == 1
    assert steps(alert)[-1] == ("action", {rota["duty"].pk, rota["lead"].pk})
    alert.refresh_from_db()
    assert alert.escalate_after == t0 + 125 * MIN


def test_a_contact_attempt_stops_escalation(rota, member, group, make_post):
    t0 = MONDAY_10AM
    alert = high_alert(member, group, make_post, t0)
    alert_acknowledge(actor=rota["duty"], alert=alert, now=t0 + 2 * MIN)
    contact_attempt_record(
        actor=rota["duty"], alert=alert, method="phone", result="spoke", now=t0 + 10 * MIN
    )
    alert.refresh_from_db()
    assert alert.escalate_after is None
    for hours in (1, 2, 6, 24):
        assert alerts_escalate_due(now=t0 + datetime.timedelta(hours=hours)) == 0
    assert len(steps(alert)) == 1


def test_acknowledging_cancels_pages_not_yet_sent(rota, member, group, make_post, settings):
    from pmp_followon.notifications.models import Status

    alert = high_alert(member, group, make_post, MONDAY_10AM)
    rows = outbox(topic=f"safeguarding.alert:{alert.pk}")
    # Eager Celery delivered them on commit already in unit tests; pretend one is still queued.
    from pmp_followon.notifications.models import Notification

    Notification.objects.filter(pk=rows[0].pk).update(status=Status.QUEUED)
    alert_acknowledge(actor=rota["duty"], alert=alert, now=MONDAY_10AM + MIN)
    assert Notification.objects.get(pk=rows[0].pk).status == Status.CANCELLED


def test_out_of_hours_nobody_is_paged_and_the_duty_clinician_is_told_at_opening(
    rota, member, group, make_post
):
    saturday_night = local(2027, 3, 20, 22, 30)
    alert = high_alert(member, group, make_post, saturday_night)

    assert steps(alert) == []
    assert not outbox()
    monday_9am = local(2027, 3, 22, 9, 0)
    assert alert.escalate_after == monday_9am
    assert AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATION_DEFERRED).exists()

    assert alerts_escalate_due(now=local(2027, 3, 21, 12, 0)) == 0
    assert alerts_escalate_due(now=monday_9am) == 1
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    alert.refresh_from_db()
    assert alert.escalate_after == monday_9am + 15 * MIN


def test_a_high_alert_near_closing_starts_again_with_the_duty_clinician_next_morning(
    rota, member, group, make_post
):
    at = local(2027, 3, 22, 16, 50)
    alert = high_alert(member, group, make_post, at)
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    # 17:05: closed, so it waits (no backup paged at night)...
    assert alerts_escalate_due(now=local(2027, 3, 22, 17, 5)) == 1
    assert len(steps(alert)) == 1
    alert.refresh_from_db()
    assert alert.escalate_after == local(2027, 3, 23, 9, 0)
    # ...and the morning begins with that day's duty clinician, not the backup.
    alerts_escalate_due(now=local(2027, 3, 23, 9, 0))
    assert steps(alert)[-1] == ("duty", {rota["duty"].pk})


def test_the_morning_sweep_takes_the_oldest_high_alert_first(
    rota, member, other_member, group, make_post
):
    newer = high_alert(other_member, group, make_post, local(2027, 3, 21, 20, 0))
    older = high_alert(member, group, make_post, local(2027, 3, 20, 20, 0))
    alerts_escalate_due(now=local(2027, 3, 22, 9, 0))
    first_escalated = (
        AuditEvent.objects.filter(action=AuditAction.ESCALATED).order_by("pk").first().alert_id
    )
    assert first_escalated == older.pk
    assert len(steps(newer)) == 1


def test_an_on_call_person_is_paged_out_of_hours_when_the_service_sets_one(
    service, service_admin, rota, member, group, make_post
):
    escalation_policy_update(actor=service_admin, service=service, values={"on_call": rota["lead"]})
    at = local(2027, 3, 20, 22, 30)
    alert = high_alert(member, group, make_post, at)
    assert steps(alert) == [("on_call", {rota["lead"].pk})]
    assert alert.escalate_after == at + 15 * MIN
    alerts_escalate_due(now=at + 15 * MIN)
    assert steps(alert)[-1] == ("on_call", {rota["lead"].pk}), "repeats until acknowledged"


def test_medium_alert_deadline_counts_service_hours_across_the_march_clock_change(
    rota, service_admin, member, group, make_post
):
    # Friday 24 March 2028, 3pm GMT. Clocks go forward on Sunday 26 March.
    friday_3pm = local(2028, 3, 24, 15, 0)
    post = make_post(member, group, MEDIUM_TEXT, at=friday_3pm)
    escalation_policy_update(
        actor=service_admin, service=member.service, values={"medium_ack_service_hours": 4}
    )
    post_screen(post=post, now=friday_3pm)
    alert = Alert.objects.get(post=post)

    # 2 hours on Friday, 2 more from 9am on Monday: 11am BST, which is 10:00 UTC.
    monday_11am = local(2028, 3, 27, 11, 0)
    assert alert.escalate_after == monday_11am
    assert alert.escalate_after.astimezone(UTC).hour == 10
    assert alerts_escalate_due(now=monday_11am - MIN) == 0
    assert alerts_escalate_due(now=monday_11am) == 1
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    alerts_escalate_due(now=monday_11am + 60 * MIN)
    assert steps(alert)[-1] == ("backup", {rota["backup"].pk})


def test_out_of_hours_wait_ends_at_9am_local_after_the_october_clock_change(
    rota, member, group, make_post
):
    # Saturday 30 October 2027, 11pm BST (22:00 UTC). Clocks go back on Sunday 31 October.
    alert = high_alert(member, group, make_post, local(2027, 10, 30, 23, 0))
    monday_9am = local(2027, 11, 1, 9, 0)
    assert alert.escalate_after == monday_9am
    assert alert.escalate_after == datetime.datetime(2027, 11, 1, 9, 0, tzinfo=UTC)
    assert alerts_escalate_due(now=monday_9am - MIN) == 0
    assert alerts_escalate_due(now=monday_9am) == 1


def test_on_call_repeats_are_real_minutes_across_the_october_clock_change(
    service, service_admin, rota, member, group, make_post
):
    escalation_policy_update(actor=service_admin, service=service, values={"on_call": rota["lead"]})
    # 1:50am BST on Sunday 31 October 2027 (00:50 UTC); at 2am BST clocks go back to 1am GMT.
    at = datetime.datetime(2027, 10, 31, 0, 50, tzinfo=UTC)  # 1:50am BST
    alert = high_alert(member, group, make_post, at)
    assert alert.escalate_after - at == 15 * MIN
    # 15 real minutes later the wall clock reads 1:05am GMT, which looks earlier.
    assert alert.escalate_after.astimezone(service.zone).strftime("%H:%M %Z") == "01:05 GMT"
    assert alerts_escalate_due(now=at + 14 * MIN) == 0
    assert alerts_escalate_due(now=at + 15 * MIN) == 1
    assert len(steps(alert)) == 2


def test_alerts_keep_the_policy_they_were_raised_with(
    service, service_admin, rota, member, other_member, group, make_post
):
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    escalation_policy_update(actor=service_admin, service=service, values={"high_ack_minutes": 30})
    alerts_escalate_due(now=MONDAY_10AM + 15 * MIN)
    assert steps(alert)[-1][0] == "backup", "still 15 minutes: the policy was frozen"
    alert.refresh_from_db()
    assert alert.policy["version"] == 1
    # The same member's next high post joins their waiting alert (decision 0013): it keeps
    # the policy it was raised with and its next step (the lead at 10:30).
    joined = make_post(member, group, HIGH_TEXT, at=MONDAY_10AM + 20 * MIN)
    post_screen(post=joined, now=MONDAY_10AM + 20 * MIN)
    assert not Alert.objects.filter(post=joined).exists()
    alert.refresh_from_db()
    assert alert.policy["version"] == 1
    assert alert.escalate_after == MONDAY_10AM + 30 * MIN
    # Another member's alert opened now takes the new policy.
    newer = high_alert(other_member, group, make_post, MONDAY_10AM + 20 * MIN)
    assert newer.policy["version"] == 2
    assert newer.escalate_after == MONDAY_10AM + 50 * MIN


def test_an_empty_rota_position_is_skipped_so_someone_is_told_at_once(
    service, service_admin, backup_reviewer, clinical_lead, member, group, make_post
):
    rota_entry_add(
        actor=service_admin,
        service=service,
        position=RotaPosition.BACKUP,
        person=backup_reviewer,
        weekday=0,
    )
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    assert steps(alert) == [("backup", {backup_reviewer.pk})]
    alerts_escalate_due(now=MONDAY_10AM + 15 * MIN)
    # No lead on the rota: the service's clinical leads.
    assert steps(alert)[-1] == ("lead", {clinical_lead.pk})


def test_with_no_rota_and_no_leads_every_reviewer_is_told(
    service, duty_clinician, backup_reviewer, member, group, make_post
):
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    assert steps(alert) == [("everyone", {duty_clinician.pk, backup_reviewer.pk})]


def test_date_range_cover_wins_over_the_weekly_pattern(
    service, service_admin, rota, backup_reviewer, member, group, make_post
):
    rota_entry_add(
        actor=service_admin,
        service=service,
        position=RotaPosition.DUTY,
        person=backup_reviewer,
        starts_on=datetime.date(2027, 3, 22),
        ends_on=datetime.date(2027, 3, 26),
    )
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    assert steps(alert) == [("duty", {backup_reviewer.pk})]
    # Closed the same day, so the member's post a week later opens an alert of its own
    # (a closed alert is never joined, decision 0013), paged to that day's duty clinician.
    alert_resolve(
        actor=backup_reviewer, alert=alert, outcome="crisis_team", now=MONDAY_10AM + 30 * MIN
    )
    later = high_alert(member, group, make_post, local(2027, 3, 30, 10, 0))
    assert later.pk != alert.pk
    assert steps(later) == [("duty", {rota["duty"].pk})]


def test_a_member_concern_raises_a_medium_alert_to_high_and_pages_at_once(
    rota, member, other_member, group, make_post
):
    post = make_post(member, group, MEDIUM_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    alert = Alert.objects.get(post=post)
    assert steps(alert) == []

    flag_raise(actor=other_member, group=group, post=post, note="", now=MONDAY_10AM + MIN)
    alert.refresh_from_db()
    assert alert.level == AlertLevel.HIGH
    assert steps(alert) == [("duty", {rota["duty"].pk})]


def test_a_call_back_request_is_chased_once_along_the_chain_on_the_default_queue(rota, member):
    alert = callback_request(
        actor=member,
        reason="Would like to talk about my medication",
        preferred_time="morning",
        now=MONDAY_10AM,
    )
    assert alert.level == AlertLevel.ROUTINE
    assert not outbox()
    # 16 service hours: Monday 10-5 (7h), Tuesday 9-5 (8h), Wednesday 9-10 (1h).
    due = local(2027, 3, 24, 10, 0)
    assert alert.escalate_after == due
    alerts_escalate_due(now=due)
    assert steps(alert) == [("duty", {rota["duty"].pk})]
    assert {n.kind for n in outbox()} == {"safeguarding.callback"}
    assert {n.priority for n in outbox()} == {"default"}


def test_a_medium_alert_acknowledged_and_left_escalates_after_service_hours(
    rota, member, group, make_post
):
    post = make_post(member, group, MEDIUM_TEXT)
    post_screen(post=post, now=MONDAY_10AM)
    alert = Alert.objects.get(post=post)
    alert_acknowledge(actor=rota["duty"], alert=alert, now=MONDAY_10AM + 30 * MIN)
    alert.refresh_from_db()
    # 8 service hours from 10:30 on Monday: 6.5 on Monday, 1.5 on Tuesday.
    assert alert.escalate_after == local(2027, 3, 23, 10, 30)


def test_staff_can_raise_a_high_alert_that_pages_at_once(rota, member):
    alert = alert_raise_by_staff(
        actor=rota["lead"],
        subject=member,
        level="high",
        note="Phoned the service upset",
        now=MONDAY_10AM,
    )
    assert alert.source == "staff"
    assert steps(alert) == [("duty", {rota["duty"].pk})]


def test_an_alert_frozen_before_a_setting_existed_uses_its_default(rota, member, group, make_post):
    alert = high_alert(member, group, make_post, MONDAY_10AM)
    policy = dict(alert.policy)
    del policy["high_ack_minutes"]
    Alert.objects.filter(pk=alert.pk).update(policy=policy)
    alerts_escalate_due(now=MONDAY_10AM + 15 * MIN)
    alert.refresh_from_db()
    assert steps(alert)[-1][0] == "backup"
    assert alert.escalate_after == MONDAY_10AM + 30 * MIN
