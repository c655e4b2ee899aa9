"""Meetings through the browser: a coordinator plans one at a venue, members answer, the
coordinator records who came, moves and cancels meetings; the calendar files."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from groups import services
from groups.models import RSVP, Attendance, Meeting, MeetingStatus
from pmp_followon.notifications.models import Notification, Status
from programmes import services as programme_services
from programmes.models import CalendarFeedKind
from tests.groups.conftest import LONDON

pytestmark = pytest.mark.django_db


def _meeting_post(day: datetime.date, **overrides) -> dict:
    data = {
        "day_day": str(day.day),
        "day_month": str(day.month),
        "day_year": str(day.year),
        "at": "10:30am",
        "duration_minutes": "120",
        "mode": "in_person",
        "venue": "",
        "place_note": "",
        "online_link": "",
        "notes": "",
        "repeats": "",
    }
    data.update(overrides)
    return data


def test_coordinator_plans_a_meeting_at_a_venue_and_the_group_is_told(
    login, group, coordinator, member, ptv, venue, future_day
):
    client = login(coordinator)
    response = client.post(
        reverse("groups:meeting_create", args=[group.pk]),
        _meeting_post(future_day, venue=str(venue.pk), notes="Upstairs"),
    )
    meeting = Meeting.objects.get(group=group)
    assert response.status_code == 302
    assert response["Location"] == reverse("groups:meeting_detail", args=[group.pk, meeting.pk])
    local = meeting.starts_at.astimezone(LONDON)
    assert (local.date(), local.time()) == (future_day, datetime.time(10, 30))
    assert meeting.venue == venue and meeting.status == MeetingStatus.SCHEDULED
    announced = Notification.objects.filter(kind="groups.meeting_scheduled")
    assert set(announced.values_list("recipient", flat=True)) == {member.pk, ptv.pk}
    reminders = Notification.objects.filter(kind__startswith="groups.meeting_reminder")
    assert set(reminders.values_list("recipient", flat=True)) == {coordinator.pk, member.pk, ptv.pk}
    page = client.get(response["Location"]).content.decode()
    assert "The Mill Cafe" in page and "Step-free access" in page and "Quiet room" in page


def test_bad_meeting_input_is_a_clear_message_and_keeps_what_was_typed(login, group, coordinator):
    client = login(coordinator)
    response = client.post(
        reverse("groups:meeting_create", args=[group.pk]),
        {
            "day_day": "31",
            "day_month": "2",
            "day_year": "2030",
            "at": "half ten",
            "duration_minutes": "120",
            "mode": "in_person",
            "place_note": "At Sue's house",
            "notes": "Bring cake",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body
    assert "Enter a real date" in body
    assert "Enter a time such as 10am" in body
    assert "Bring cake" in body and "At Sue&#x27;s house" in body
    assert not Meeting.objects.exists()


def test_member_answers_going_then_cant(login, meeting, member):
    client = login(member)
    url = reverse("groups:meeting_rsvp", args=[meeting.group_id, meeting.pk])
    assert client.post(url, {"answer": "going"}).status_code == 302
    assert RSVP.objects.get(meeting=meeting, person=member).answer == "going"
    client.post(url, {"answer": "cant"})
    assert RSVP.objects.get(meeting=meeting, person=member).answer == "cant"
    mine = Notification.objects.filter(recipient=member, kind__startswith="groups.meeting_rem")
    assert mine.exists() and not mine.exclude(status=Status.CANCELLED).exists()
    detail = client.get(reverse("groups:meeting_detail", args=[meeting.group_id, meeting.pk]))
    assert "Dave Hughes" in detail.content.decode()


def test_rsvp_with_no_answer_keeps_the_page_and_says_why(login, meeting, member):
    client = login(member)
    response = client.post(reverse("groups:meeting_rsvp", args=[meeting.group_id, meeting.pk]), {})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert not RSVP.objects.exists()


def test_coordinator_records_attendance_after_the_meeting(
    login, past_meeting, coordinator, member, ptv
):
    client = login(coordinator)
    url = reverse("groups:attendance", args=[past_meeting.group_id, past_meeting.pk])
    page = client.get(url).content.decode()
    assert "Dave Hughes" in page and "Jean Baker" in page
    response = client.post(url, {"came": [str(coordinator.pk), str(member.pk)]})
    assert response.status_code == 302
    came = dict(
        Attendance.objects.filter(meeting=past_meeting).values_list("person_id", "attended")
    )
    assert came == {coordinator.pk: True, member.pk: True, ptv.pk: False}
    past_meeting.refresh_from_db()
    assert past_meeting.attendance_recorded_at is not None


def test_attendance_cannot_be_recorded_before_the_meeting(login, meeting, coordinator):
    client = login(coordinator)
    url = reverse("groups:attendance", args=[meeting.group_id, meeting.pk])
    assert client.get(url).status_code == 302
    with pytest.raises(Exception, match="started"):
        services.attendance_record(actor=coordinator, meeting=meeting, attended_ids=[])


def test_moving_a_meeting_tells_members_and_renews_reminders(
    login, meeting, coordinator, member, venue
):
    client = login(coordinator)
    new_day = meeting.starts_at.astimezone(LONDON).date() + datetime.timedelta(days=1)
    services.rsvp_set(actor=member, meeting=meeting, answer="going")
    old_rows = set(
        Notification.objects.filter(
            recipient=member, kind__startswith="groups.meeting_rem"
        ).values_list("pk", flat=True)
    )
    response = client.post(
        reverse("groups:meeting_change", args=[meeting.group_id, meeting.pk]),
        _meeting_post(new_day, venue=str(venue.pk), at="2pm"),
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.slot == 1
    assert meeting.starts_at.astimezone(LONDON).time() == datetime.time(14, 0)
    assert Notification.objects.filter(pk__in=old_rows, status=Status.CANCELLED).count() == len(
        old_rows
    )
    fresh = Notification.objects.filter(
        recipient=member, kind__startswith="groups.meeting_rem", status=Status.QUEUED
    )
    assert fresh.count() == 2
    assert Notification.objects.filter(recipient=member, kind="groups.meeting_moved").count() == 1
    assert not RSVP.objects.filter(meeting=meeting).exists()  # asked again: the time changed


def test_cancelling_a_meeting_stops_every_reminder_and_tells_members(
    login, meeting, coordinator, member
):
    client = login(coordinator)
    response = client.post(
        reverse("groups:meeting_cancel", args=[meeting.group_id, meeting.pk]),
        {"reason": "Venue closed for repairs"},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED
    reminders = Notification.objects.filter(kind__startswith="groups.meeting_reminder")
    assert reminders.exists()
    assert not reminders.exclude(status=Status.CANCELLED).exists()
    told = Notification.objects.get(recipient=member, kind="groups.meeting_cancelled")
    assert told.context["reason"] == "Venue closed for repairs"


def test_repeating_meeting_suggests_the_next_and_coordinator_confirms(
    login, group, coordinator, member, venue, future_day
):
    client = login(coordinator)
    client.post(
        reverse("groups:meeting_create", args=[group.pk]),
        _meeting_post(future_day, venue=str(venue.pk), repeats="on"),
    )
    first = Meeting.objects.get(group=group, status=MeetingStatus.SCHEDULED)
    proposed = Meeting.objects.get(group=group, status=MeetingStatus.PROPOSED)
    assert proposed.follows == first
    assert (proposed.venue, proposed.place_note) == (venue, "")
    assert proposed.starts_at.astimezone(LONDON).time() == datetime.time(10, 30)
    # Members hear nothing about a suggestion, and cannot see it.
    assert not Notification.objects.filter(topic__startswith=f"groups.meeting:{proposed.pk}:")
    member_client = login(member)
    assert (
        member_client.get(
            reverse("groups:meeting_detail", args=[group.pk, proposed.pk])
        ).status_code
        == 404
    )
    client = login(coordinator)
    assert (
        "Suggested next meeting"
        in client.get(reverse("groups:detail", args=[group.pk])).content.decode()
    )
    response = client.post(reverse("groups:meeting_confirm", args=[group.pk, proposed.pk]))
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.SCHEDULED
    assert (
        Notification.objects.filter(
            recipient=member, kind="groups.meeting_scheduled", context__meeting_id=proposed.pk
        ).count()
        == 1
    )
    # Confirming suggests the one after.
    assert Meeting.objects.filter(
        group=group, status=MeetingStatus.PROPOSED, follows=proposed
    ).exists()


def test_unconfirmed_suggestion_is_withdrawn_and_the_coordinator_told(
    group, coordinator, venue, future_day
):
    first = services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=future_day,
        at=datetime.time(10, 30),
        venue=venue,
        repeats=True,
    )
    proposed = Meeting.objects.get(status=MeetingStatus.PROPOSED, follows=first)
    two_weeks_before = proposed.starts_at - datetime.timedelta(days=13)
    services.proposals_review(now=two_weeks_before)
    services.proposals_review(now=two_weeks_before)
    prompts = Notification.objects.filter(kind="groups.confirm_next_meeting")
    assert list(prompts.values_list("recipient", flat=True)) == [coordinator.pk]
    services.proposals_review(now=proposed.starts_at - datetime.timedelta(hours=12))
    proposed.refresh_from_db()
    assert proposed.status == MeetingStatus.CANCELLED
    assert (
        Notification.objects.filter(
            kind="groups.suggested_meeting_lapsed", recipient=coordinator
        ).count()
        == 1
    )
    assert prompts.get().status == Status.CANCELLED


def test_meeting_calendar_file(login, meeting, member):
    client = login(member)
    response = client.get(reverse("groups:meeting_ics", args=[meeting.group_id, meeting.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event.decoded("dtstart") == meeting.starts_at
    assert str(event["summary"]) == "Riverside Thursday group"
    assert "The Mill Cafe" in str(event["location"])


def test_personal_calendar_feed_lists_meetings_and_resets(
    login, client, meeting, member, coordinator
):
    login(member)
    page = client.get(reverse("groups:calendar")).content.decode()
    feed = programme_services.calendar_feed_for(user=member, kind=CalendarFeedKind.GROUPS)
    assert feed.token in page
    client.logout()
    url = reverse("groups:calendar_feed", args=[feed.token])
    events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert [e.decoded("dtstart") for e in events] == [meeting.starts_at]
    services.meeting_cancel(actor=coordinator, meeting=meeting)
    events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert str(events[0]["status"]) == "CANCELLED"
    login(member)
    client.post(reverse("groups:calendar"))
    client.logout()
    assert client.get(url).status_code == 404


def test_cant_make_it_link_works_without_signing_in(client, meeting, member):
    services.meeting_reminders_ensure(now=timezone.now())
    row = Notification.objects.get(recipient=member, kind="groups.meeting_reminder_day_before")
    path = row.context["cant_url"].split("testserver")[-1]
    path = path[path.index("/groups/") :]
    page = client.get(path)
    assert page.status_code == 200 and "Tell the group I can" in page.content.decode()
    assert not RSVP.objects.exists()  # a GET (a mail scanner) changes nothing
    response = client.post(path)
    assert response.status_code == 200
    assert RSVP.objects.get(meeting=meeting, person=member).answer == "cant"
    row.refresh_from_db()
    assert row.status == Status.CANCELLED
    services.meeting_reminders_ensure(now=timezone.now())
    assert not Notification.objects.filter(
        recipient=member, status=Status.QUEUED, kind__startswith="groups.meeting_rem"
    ).exists()


def test_cant_make_it_link_stops_working_when_the_meeting_moves(
    client, meeting, member, coordinator
):
    from groups.tokens import cant_make_it_token

    token = cant_make_it_token(meeting_id=meeting.pk, person_id=member.pk, slot=meeting.slot)
    local = meeting.starts_at.astimezone(LONDON)
    services.meeting_move(
        actor=coordinator,
        meeting=meeting,
        day=local.date(),
        at=datetime.time(15, 0),
        duration_minutes=120,
        mode="in_person",
        venue=meeting.venue,
        place_note="",
        online_link="",
        notes="",
    )
    response = client.post(reverse("groups:cant_make_it", args=[token]))
    assert response.status_code == 404
    assert not RSVP.objects.exists()
    tampered = token[:-1] + ("0" if token[-1] != "0" else "1")
    assert client.get(reverse("groups:cant_make_it", args=[tampered])).status_code == 404
