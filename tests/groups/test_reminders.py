"""Reminders through the outbox: made when a meeting is planned (due in the future), once
each, by each person's preferences and quiet hours, across the clock changes; stopped for
cancelled meetings and paused members. Asserted on the outbox rows."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail

from groups import services, timing
from pmp_followon.notifications.models import Notification, NotificationPreference, Status
from pmp_followon.notifications.services import notifications_deliver_due
from tests.groups.conftest import LONDON, local

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def _utc(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=UTC)


def _due(person, kind):
    return list(
        Notification.objects.filter(recipient=person, kind=kind)
        .exclude(status=Status.CANCELLED)
        .values_list("due_at", flat=True)
    )


def _plan_monday_meeting(group, coordinator, venue, *, now):
    """The coordinator plans the group's meeting on Monday 29 March 2027 at 10:30."""
    return services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2027, 3, 29),
        at=datetime.time(10, 30),
        venue=venue,
        now=now,
    )


def test_clocks_go_back_monday_meeting_after_the_last_sunday_of_october(
    group, coordinator, member, venue
):
    # Planned in British Summer Time for the Monday after the clocks go back (25 Oct 2026).
    now = local(2026, 10, 19, 12)
    meeting = services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2026, 10, 26),
        at=datetime.time(10, 30),
        venue=venue,
        now=now,
    )
    assert meeting.starts_at == _utc(2026, 10, 26, 10, 30)  # 10:30 GMT
    assert _due(member, "groups.meeting_reminder_day_before") == [_utc(2026, 10, 25, 10, 0)]
    assert _due(member, "groups.meeting_reminder_morning") == [_utc(2026, 10, 26, 8, 30)]


def test_clocks_go_forward_monday_meeting_after_the_last_sunday_of_march(
    group, coordinator, member, venue
):
    # Planned in GMT for the Monday after the clocks go forward (28 March 2027).
    now = local(2027, 3, 22, 12)
    meeting = _plan_monday_meeting(group, coordinator, venue, now=now)
    assert meeting.starts_at == _utc(2027, 3, 29, 9, 30)  # 10:30 BST
    assert _due(member, "groups.meeting_reminder_day_before") == [_utc(2027, 3, 28, 9, 0)]
    assert _due(member, "groups.meeting_reminder_morning") == [_utc(2027, 3, 29, 7, 30)]


def test_attendance_prompt_is_10am_local_the_day_after_across_the_clock_change(
    group, coordinator, venue
):
    now = local(2026, 10, 19, 12)
    # Saturday 24 October (BST); the prompt is on Sunday 25th, after the clocks went back.
    meeting = services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2026, 10, 24),
        at=datetime.time(14, 0),
        venue=venue,
        now=now,
    )
    after = meeting.ends_at + datetime.timedelta(minutes=5)
    assert services.attendance_prompts_ensure(now=after) == 1
    assert services.attendance_prompts_ensure(now=after) == 1  # looked at again ...
    prompts = Notification.objects.filter(kind="groups.attendance_prompt")
    assert prompts.count() == 1  # ... but made once
    assert prompts.get().due_at == _utc(2026, 10, 25, 10, 0)
    assert prompts.get().recipient == coordinator


def test_running_the_top_up_twice_makes_nothing_twice(group, coordinator, member, venue):
    now = local(2027, 3, 22, 12)
    _plan_monday_meeting(group, coordinator, venue, now=now)
    before = Notification.objects.count()
    services.meeting_reminders_ensure(now=now)
    services.meeting_reminders_ensure(now=now)
    assert Notification.objects.count() == before


def test_member_who_joined_after_planning_gets_reminders_from_the_top_up(
    group, coordinator, venue, participant
):
    now = local(2027, 3, 22, 12)
    _plan_monday_meeting(group, coordinator, venue, now=now)
    services._members_add(
        group, coordinators=[], members=[participant], ptv=None, shares={}, now=now
    )
    assert not _due(participant, "groups.meeting_reminder_day_before")
    services.meeting_reminders_ensure(now=now)
    assert _due(participant, "groups.meeting_reminder_day_before") == [_utc(2027, 3, 28, 9, 0)]


def test_reminder_is_sent_once_even_when_delivery_runs_twice(group, coordinator, member, venue):
    now = local(2027, 3, 22, 12)
    _plan_monday_meeting(group, coordinator, venue, now=now)
    due = _utc(2027, 3, 28, 9, 0)
    mail.outbox.clear()
    notifications_deliver_due(now=due)
    notifications_deliver_due(now=due)
    to_member = [m for m in mail.outbox if member.email in m.to]
    reminders = [m for m in to_member if m.subject.startswith("Tomorrow")]
    assert len(reminders) == 1
    assert reminders[0].subject == "Tomorrow: Riverside Thursday group at 10:30am"
    assert len(to_member) == 2  # and the announcement, sent when the meeting was planned
    assert "/groups/m/" in reminders[0].body  # the one-tap "can't make it" link


def test_reminders_follow_the_person_channel_choice(group, coordinator, member, venue):
    NotificationPreference.objects.create(user=member, email_enabled=False, sms_enabled=True)
    now = local(2027, 3, 22, 12)
    _plan_monday_meeting(group, coordinator, venue, now=now)
    channels = set(
        Notification.objects.filter(
            recipient=member, kind="groups.meeting_reminder_day_before"
        ).values_list("channel", flat=True)
    )
    assert channels == {"sms"}


def test_quiet_hours_delay_a_reminder_and_drop_one_that_would_come_too_late(
    group, coordinator, member, venue
):
    NotificationPreference.objects.create(
        user=member, quiet_hours_start=datetime.time(7, 0), quiet_hours_end=datetime.time(11, 0)
    )
    now = local(2026, 10, 19, 12)
    services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2026, 10, 26),
        at=datetime.time(10, 30),
        venue=venue,
        now=now,
    )
    # 10am falls in their quiet hours: it waits until 11am (GMT after the change).
    assert _due(member, "groups.meeting_reminder_day_before") == [_utc(2026, 10, 25, 11, 0)]
    # The morning reminder would arrive after the meeting began: it is not made at all.
    assert _due(member, "groups.meeting_reminder_morning") == []
    # Others keep the usual times.
    assert _due(coordinator, "groups.meeting_reminder_morning") == [_utc(2026, 10, 26, 8, 30)]


def test_cancelled_meeting_sends_no_reminders(group, coordinator, member, venue):
    now = local(2027, 3, 22, 12)
    meeting = _plan_monday_meeting(group, coordinator, venue, now=now)
    services.meeting_cancel(actor=coordinator, meeting=meeting, now=now)
    services.meeting_reminders_ensure(now=now)
    mail.outbox.clear()
    notifications_deliver_due(now=_utc(2027, 3, 29, 8, 0))
    sent = [m.subject for m in mail.outbox]
    assert not [s for s in sent if "Tomorrow" in s or "Today" in s]
    assert not Notification.objects.filter(
        kind__startswith="groups.meeting_reminder", status=Status.QUEUED
    ).exists()


def test_paused_member_gets_no_rows_and_loses_waiting_ones(group, coordinator, member, venue):
    now = local(2027, 3, 22, 12)
    first = _plan_monday_meeting(group, coordinator, venue, now=now)
    assert len(_due(member, "groups.meeting_reminder_day_before")) == 1
    services.membership_pause(actor=member, group=group, now=now)
    assert _due(member, "groups.meeting_reminder_day_before") == []
    services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2027, 4, 12),
        at=datetime.time(10, 30),
        venue=venue,
        now=now,
    )
    services.meeting_reminders_ensure(now=now)
    assert not Notification.objects.filter(recipient=member, status=Status.QUEUED).exclude(
        kind="groups.no_coordinator"
    )
    services.membership_resume(actor=member, group=group, now=now)
    days = sorted(
        d.astimezone(LONDON).date() for d in _due(member, "groups.meeting_reminder_day_before")
    )
    assert days == [datetime.date(2027, 3, 28), datetime.date(2027, 4, 11)]
    assert first.pk


def test_dormant_nudge_once_per_quiet_spell_then_fading(group, coordinator, venue, clinician):
    now = local(2027, 1, 7, 12)
    meeting = services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=datetime.date(2027, 1, 14),
        at=datetime.time(10, 30),
        venue=venue,
        now=now,
    )
    gap = group.usual_gap  # monthly: 35 days
    quiet = meeting.starts_at + gap + datetime.timedelta(days=1)
    assert services.groups_dormant_review(now=quiet) == 1
    assert services.groups_dormant_review(now=quiet) == 1
    nudges = Notification.objects.filter(kind="groups.dormant_nudge")
    assert list(nudges.values_list("recipient", flat=True)) == [coordinator.pk]
    group.refresh_from_db()
    assert group.status != "dormant"
    services.groups_dormant_review(now=meeting.starts_at + 2 * gap + datetime.timedelta(days=1))
    group.refresh_from_db()
    assert group.status == "dormant"
    assert nudges.count() == 1


def test_next_in_rhythm_keeps_the_week_of_the_month_and_the_local_time():
    # Second Thursday of January 2027 at 10:30 -> second Thursday of February, 10:30 local.
    start = local(2027, 1, 14, 10, 30)
    nxt = timing.next_in_rhythm(start, "monthly", LONDON)
    assert nxt.astimezone(LONDON) == local(2027, 2, 11, 10, 30)
    # Across the March clock change: still 10:30 local.
    nxt = timing.next_in_rhythm(local(2027, 3, 18, 10, 30), "fortnightly", LONDON)
    assert nxt.astimezone(LONDON) == local(2027, 4, 1, 10, 30)
    assert nxt == _utc(2027, 4, 1, 9, 30)
    # A fifth Thursday becomes the last one of a shorter month.
    nxt = timing.next_in_rhythm(local(2027, 4, 29, 10, 0), "monthly", LONDON)
    assert nxt.astimezone(LONDON).date() == datetime.date(2027, 5, 27)
    assert timing.next_in_rhythm(start, "ad_hoc", LONDON) is None


@pytest.mark.parametrize(
    "kind",
    [
        "groups.meeting_reminder_day_before",
        "groups.meeting_reminder_morning",
        "groups.meeting_scheduled",
        "groups.poll_reminder",
    ],
)
def test_text_messages_fit_in_one_sms(kind, member):
    from pmp_followon.notifications.kinds import get_kind
    from pmp_followon.notifications.rendering import render_notification

    context = {
        "group_name": "Riverside Thursday group",
        "when": "Thursday 14 January, 10:30am",
        "time": "10:30am",
        "place": "The Mill Cafe",
        "online": False,
        "meeting_url": "https://groups.example.nhs.uk/groups/12/meetings/345/",
        "cant_url": "https://groups.example.nhs.uk/groups/m/345-6789-0123456789abcdef/",
        "title": "Our next meeting",
        "deadline": "Friday 8 January",
        "poll_url": "https://groups.example.nhs.uk/groups/12/polls/7/",
    }
    message = render_notification(
        template=kind, channel="sms", context=context, recipient=member, kind=get_kind(kind)
    )
    assert 0 < len(message.body) <= 160, message.body
