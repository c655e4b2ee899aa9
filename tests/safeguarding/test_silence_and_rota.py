"""Silence after a worrying post becomes a check-in alert, once; rota gaps are warned a day
ahead, once per gap; the rota and escalation settings are the service admin's."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeguarding.models import (
    Alert,
    AlertLevel,
    AlertSource,
    AuditAction,
    AuditEvent,
    RotaEntry,
    RotaGapWarning,
    RotaPosition,
)
from safeguarding.selectors import member_active_since, rota_gaps
from safeguarding.services import (
    alert_dismiss,
    alerts_raise_for_silence,
    escalation_policy_update,
    post_screen,
    rota_entry_add,
    rota_entry_remove,
    rota_gaps_warn,
    service_hours_update,
)

from .conftest import HIGH_TEXT, MEDIUM_TEXT, MONDAY_10AM, NONE_TEXT, local, outbox

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("screening_levels")]

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def worrying_post(member, group, make_post):
    post = make_post(member, group, MEDIUM_TEXT, at=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM)
    return post


# --- silence ------------------------------------------------------------------------------
def test_silence_after_a_worrying_post_raises_one_check_in_alert(rota, member, worrying_post):
    assert alerts_raise_for_silence(now=MONDAY_10AM + 71 * HOUR) == 0
    assert alerts_raise_for_silence(now=MONDAY_10AM + 72 * HOUR) == 1
    check_in = Alert.objects.get(source=AlertSource.SILENCE)
    assert check_in.level == AlertLevel.MEDIUM
    assert check_in.subject == member
    assert check_in.origin == Alert.objects.get(post=worrying_post, source=AlertSource.SCREENING)
    # Fires once, however many ticks follow.
    assert alerts_raise_for_silence(now=MONDAY_10AM + 73 * HOUR) == 0
    assert alerts_raise_for_silence(now=MONDAY_10AM + 100 * HOUR) == 0
    assert Alert.objects.filter(source=AlertSource.SILENCE).count() == 1


def test_a_later_post_counts_as_activity(member, group, make_post, worrying_post):
    make_post(member, group, NONE_TEXT, at=MONDAY_10AM + 30 * HOUR)
    assert alerts_raise_for_silence(now=MONDAY_10AM + 72 * HOUR) == 0
    # ...but silence from that post on for the full time still counts.
    assert alerts_raise_for_silence(now=MONDAY_10AM + 102 * HOUR) == 1


def test_a_sign_in_counts_as_activity(member, worrying_post):
    member.last_login = MONDAY_10AM + 50 * HOUR
    member.save(update_fields=["last_login"])
    assert alerts_raise_for_silence(now=MONDAY_10AM + 72 * HOUR) == 0
    assert member_active_since(person=member, since=MONDAY_10AM + 49 * HOUR)
    assert not member_active_since(person=member, since=MONDAY_10AM + 51 * HOUR)


def test_a_meeting_rsvp_counts_as_activity(member, group, worrying_post):
    from groups.models import RSVP, Meeting, RSVPAnswer

    meeting = Meeting.objects.create(group=group, starts_at=MONDAY_10AM + 200 * HOUR)
    RSVP.objects.create(
        meeting=meeting, person=member, answer=RSVPAnswer.CANT, answered_at=MONDAY_10AM + 60 * HOUR
    )
    assert member_active_since(person=member, since=MONDAY_10AM + 59 * HOUR)
    assert alerts_raise_for_silence(now=MONDAY_10AM + 72 * HOUR) == 0


def test_no_check_in_for_a_post_dismissed_as_a_false_positive(
    duty_clinician, member, worrying_post
):
    alert_dismiss(
        actor=duty_clinician,
        alert=Alert.objects.get(post=worrying_post),
        reason="Talking about a film",
        now=MONDAY_10AM + HOUR,
    )
    assert alerts_raise_for_silence(now=MONDAY_10AM + 80 * HOUR) == 0


def test_silence_is_only_looked_for_within_the_lookback(member, worrying_post):
    # 72 hours of silence + 14 days of looking: after that the post is left alone.
    late = MONDAY_10AM + 72 * HOUR + datetime.timedelta(days=15)
    assert alerts_raise_for_silence(now=late) == 0


def test_a_high_post_followed_by_silence_also_gets_a_check_in(member, group, make_post):
    post = make_post(member, group, HIGH_TEXT, at=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM)
    assert alerts_raise_for_silence(now=MONDAY_10AM + 72 * HOUR) == 1


def test_silence_hours_are_a_service_setting(service, service_admin, member, group, make_post):
    escalation_policy_update(actor=service_admin, service=service, values={"silence_hours": 24})
    post = make_post(member, group, MEDIUM_TEXT, at=MONDAY_10AM)
    post_screen(post=post, now=MONDAY_10AM)
    assert alerts_raise_for_silence(now=MONDAY_10AM + 24 * HOUR) == 1


# --- rota ---------------------------------------------------------------------------------
def test_rota_gaps_are_warned_a_day_ahead_once_per_gap(
    service, service_admin, duty_clinician, backup_reviewer
):
    for weekday in range(7):
        rota_entry_add(
            actor=service_admin,
            service=service,
            position=RotaPosition.DUTY,
            person=duty_clinician,
            weekday=weekday,
        )
        rota_entry_add(
            actor=service_admin,
            service=service,
            position=RotaPosition.BACKUP,
            person=backup_reviewer,
            weekday=weekday,
        )
    # Sunday 21 March, 10am: the next day within 24 hours is Monday, which has no lead.
    sunday = local(2027, 3, 21, 10, 0)
    assert rota_gaps(service=service, start=sunday, end=sunday + 24 * HOUR) == [
        (datetime.date(2027, 3, 22), RotaPosition.LEAD)
    ]
    assert rota_gaps_warn(now=sunday) == 1
    assert rota_gaps_warn(now=sunday + HOUR) == 0
    assert RotaGapWarning.objects.count() == 1
    rows = outbox(kind="safeguarding.rota_gap")
    assert {r.recipient_id for r in rows} == {service_admin.pk}
    assert AuditEvent.objects.filter(action=AuditAction.ROTA_GAP_WARNED).count() == 1


def test_closed_days_and_bank_holidays_have_no_gaps(service):
    # Good Friday 2027 (26 March), the weekend and Easter Monday: closed, so no gaps.
    start = local(2027, 3, 25, 18, 0)
    end = local(2027, 3, 29, 23, 0)
    assert rota_gaps(service=service, start=start, end=end) == []


def test_only_service_admins_change_the_rota_and_settings(
    service, duty_clinician, clinical_lead, other_service_reviewer
):
    for actor in (duty_clinician, clinical_lead, other_service_reviewer):
        with pytest.raises(PermissionDenied):
            rota_entry_add(
                actor=actor,
                service=service,
                position=RotaPosition.DUTY,
                person=duty_clinician,
                weekday=0,
            )
        with pytest.raises(PermissionDenied):
            escalation_policy_update(actor=actor, service=service, values={"high_ack_minutes": 5})
    assert not RotaEntry.objects.exists()


def test_rota_entries_are_checked_and_every_change_is_audited(
    service, service_admin, duty_clinician, clinician, backup_reviewer
):
    with pytest.raises(ValidationError):
        rota_entry_add(
            actor=service_admin,
            service=service,
            position=RotaPosition.DUTY,
            person=clinician,  # no safeguarding role
            weekday=0,
        )
    entry = rota_entry_add(
        actor=service_admin,
        service=service,
        position=RotaPosition.DUTY,
        person=duty_clinician,
        starts_on=datetime.date(2027, 4, 1),
        ends_on=datetime.date(2027, 4, 7),
    )
    with pytest.raises(ValidationError, match="overlap"):
        rota_entry_add(
            actor=service_admin,
            service=service,
            position=RotaPosition.DUTY,
            person=backup_reviewer,
            starts_on=datetime.date(2027, 4, 7),
            ends_on=datetime.date(2027, 4, 9),
        )
    rota_entry_remove(actor=service_admin, entry=entry)
    events = AuditEvent.objects.filter(action=AuditAction.ROTA_CHANGED).order_by("pk")
    assert [sorted(e.detail) for e in events] == [["added"], ["removed"]]
    assert events[1].detail["removed"]["person_id"] == duty_clinician.pk


def test_policy_and_hours_changes_are_audited_with_old_and_new_values(service, service_admin):
    policy = escalation_policy_update(
        actor=service_admin, service=service, values={"high_ack_minutes": 10}
    )
    assert policy.version == 2
    event = AuditEvent.objects.get(action=AuditAction.POLICY_CHANGED)
    assert event.detail["changed"]["high_ack_minutes"] == [15, 10]

    service_hours_update(
        actor=service_admin,
        service=service,
        hours_open=datetime.time(8, 30),
        hours_close=datetime.time(18, 0),
        open_weekdays="0,1,2,3,4,5",
    )
    event = AuditEvent.objects.get(action=AuditAction.SERVICE_HOURS_CHANGED)
    assert event.detail["before"]["hours_open"] == "09:00:00"
    assert event.detail["after"] == {
        "hours_open": "08:30:00",
        "hours_close": "18:00:00",
        "open_weekdays": "0,1,2,3,4,5",
    }
    with pytest.raises(ValidationError):
        service_hours_update(
            actor=service_admin,
            service=service,
            hours_open=datetime.time(17, 0),
            hours_close=datetime.time(9, 0),
            open_weekdays="0",
        )
