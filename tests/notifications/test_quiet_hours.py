"""Quiet hours: reminders move to the end of them (at creation and again at send time),
staff crisis alerts never do; local wall-clock times across the clock changes."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.test import override_settings

from pmp_followon.notifications import services
from pmp_followon.notifications.models import Notification, Status
from pmp_followon.notifications.preferences import quiet_hours_end

from .conftest import at

LONDON = zoneinfo.ZoneInfo("Europe/London")
NIGHT = (datetime.time(22, 0), datetime.time(7, 0))
REMINDER = "notifications.reminder"
ALERT = "notifications.staff_priority_alert"
CONTEXT = {"title": "Coffee", "when": "Tuesday"}


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        # The night the clocks go forward (29 March 2026): 23:30 GMT → 07:00 BST = 06:00 UTC.
        ("2026-03-28T23:30", "2026-03-29T06:00"),
        # Inside the same night after the change: 06:30 BST → 07:00 BST.
        ("2026-03-29T05:30", "2026-03-29T06:00"),
        # The night the clocks go back (25 October 2026): 23:30 BST → 07:00 GMT = 07:00 UTC.
        ("2026-10-24T22:30", "2026-10-25T07:00"),
        # In the repeated hour (01:30 BST and then 01:30 GMT): both end at 07:00 GMT.
        ("2026-10-25T00:30", "2026-10-25T07:00"),
        ("2026-10-25T01:30", "2026-10-25T07:00"),
        # An ordinary winter night and summer night.
        ("2026-01-15T22:00", "2026-01-16T07:00"),
        ("2026-07-15T21:00", "2026-07-16T06:00"),
    ],
)
def test_night_quiet_hours_end_at_local_seven_across_clock_changes(due, expected):
    start, end = NIGHT
    assert quiet_hours_end(moment=at(due), start=start, end=end, zone=LONDON) == at(expected)


@pytest.mark.parametrize(
    "due",
    [
        "2026-03-29T06:00",  # 07:00 BST: the quiet hours have just ended
        "2026-03-29T12:00",
        "2026-10-24T20:59",  # 21:59 BST, a minute before they start
        "2026-01-15T21:59",
    ],
)
def test_outside_quiet_hours_nothing_moves(due):
    start, end = NIGHT
    assert quiet_hours_end(moment=at(due), start=start, end=end, zone=LONDON) is None


def test_daytime_quiet_hours_and_other_time_zones():
    nap = (datetime.time(13, 0), datetime.time(14, 0))
    # 13:30 BST on 1 June = 12:30 UTC → 14:00 BST = 13:00 UTC.
    assert quiet_hours_end(
        moment=at("2026-06-01T12:30"), start=nap[0], end=nap[1], zone=LONDON
    ) == at("2026-06-01T13:00")
    paris = zoneinfo.ZoneInfo("Europe/Paris")
    # 23:30 CET on 28 March → 07:00 CEST on 29 March = 05:00 UTC.
    assert quiet_hours_end(
        moment=at("2026-03-28T22:30"), start=NIGHT[0], end=NIGHT[1], zone=paris
    ) == at("2026-03-29T05:00")


def test_no_quiet_hours_or_an_empty_window_moves_nothing():
    moment = at("2026-03-29T01:00")
    assert quiet_hours_end(moment=moment, start=None, end=None, zone=LONDON) is None
    same = datetime.time(22, 0)
    assert quiet_hours_end(moment=moment, start=same, end=same, zone=LONDON) is None


@pytest.mark.django_db
def test_a_reminder_created_in_quiet_hours_moves_and_a_crisis_alert_does_not(
    on_duty, set_preferences
):
    set_preferences(on_duty, email=True, sms=True, quiet=NIGHT)
    on_duty.refresh_from_db()
    night = at("2026-03-28T23:30")
    reminders = services.notification_create(
        recipient=on_duty, kind=REMINDER, context=CONTEXT, idempotency_key="r", now=night
    )
    alerts = services.notification_create(
        recipient=on_duty, kind=ALERT, context={"alert_id": 1}, idempotency_key="a", now=night
    )
    assert {r.due_at for r in reminders} == {at("2026-03-29T06:00")}
    assert {r.due_at for r in alerts} == {night}
    for row in alerts:
        assert services.notification_deliver(notification_id=row.pk, now=night) == "sent"
    for row in reminders:
        assert services.notification_deliver(notification_id=row.pk, now=night) == "not claimed"


@pytest.mark.django_db
def test_a_reminder_that_falls_due_in_new_quiet_hours_is_moved_at_send_time(
    reminded_person, set_preferences, service
):
    evening = at("2026-10-24T19:00")  # 20:00 BST
    due = at("2026-10-24T21:30")  # 22:30 BST
    (row,) = services.notification_create(
        recipient=reminded_person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="r",
        due_at=due,
        channels=["email"],
        now=evening,
    )
    assert row.due_at == due  # no quiet hours when it was made
    set_preferences(reminded_person, email=True, quiet=NIGHT)
    assert services.notification_deliver(notification_id=row.pk, now=due) == "deferred"
    row.refresh_from_db()
    assert row.status == Status.QUEUED
    assert row.due_at == at("2026-10-25T07:00")  # 07:00 GMT, after the clocks went back
    assert row.attempts == 0
    assert mail.outbox == []
    morning = at("2026-10-25T07:00")
    assert services.notification_deliver(notification_id=row.pk, now=morning) == "sent"


@pytest.mark.django_db
@override_settings(NOTIFICATION_DEFAULT_QUIET_HOURS="21:00-08:00")
def test_people_who_never_chose_get_the_default_quiet_hours(participant):
    (row,) = services.notification_create(
        recipient=participant,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="r",
        now=at("2026-02-10T23:00"),
    )
    assert row.due_at == at("2026-02-11T08:00")


@pytest.mark.django_db
def test_the_recipients_service_time_zone_is_used(reminded_person, set_preferences, service):
    service.time_zone = "America/New_York"
    service.save()
    set_preferences(reminded_person, email=True, quiet=NIGHT)
    reminded_person.refresh_from_db()
    # 03:00 UTC is 22:00 in New York (EST, UTC-5): quiet until 07:00 EST = 12:00 UTC.
    (row,) = services.notification_create(
        recipient=reminded_person,
        kind=REMINDER,
        context=CONTEXT,
        idempotency_key="r",
        channels=["email"],
        now=at("2026-01-15T03:00"),
    )
    assert Notification.objects.get(pk=row.pk).due_at == at("2026-01-15T12:00")
