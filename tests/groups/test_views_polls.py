"""Finding a time: a coordinator runs a poll to its end and turns the winner into a meeting.
Plain radio buttons, one fieldset per option; reminders only to those who have not answered."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from groups import services
from groups.models import Meeting, MeetingStatus, Poll, PollAnswer, PollStatus
from pmp_followon.notifications.models import Notification, Status
from tests.groups.conftest import LONDON

pytestmark = pytest.mark.django_db


def _date_fields(prefix: str, day: datetime.date) -> dict:
    return {f"{prefix}_day": day.day, f"{prefix}_month": day.month, f"{prefix}_year": day.year}


@pytest.fixture
def poll_via_browser(login, group, coordinator, venue):
    today = timezone.localdate(timezone.now(), LONDON)
    data = {
        "title": "Our next meeting",
        "duration_minutes": "120",
        **_date_fields("deadline", today + datetime.timedelta(days=6)),
    }
    data.update(_date_fields("option_1_day", today + datetime.timedelta(days=10)))
    data.update({"option_1_at": "10:30am", "option_1_venue": venue.pk})
    data.update(_date_fields("option_2_day", today + datetime.timedelta(days=11)))
    data.update({"option_2_at": "2pm", "option_2_place": "The library cafe"})
    response = login(coordinator).post(reverse("groups:poll_create", args=[group.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Poll.objects.get(group=group)


def test_coordinator_runs_a_poll_to_its_end_and_makes_the_meeting(
    login, poll_via_browser, group, coordinator, member, ptv
):
    poll = poll_via_browser
    options = list(poll.options.order_by("starts_at"))
    assert len(options) == 2
    opened = Notification.objects.filter(kind="groups.poll_opened")
    assert set(opened.values_list("recipient", flat=True)) == {member.pk, ptv.pk}

    client = login(member)
    page = client.get(reverse("groups:poll_detail", args=[group.pk, poll.pk])).content.decode()
    assert page.count('type="radio"') == 6  # yes / if need be / no for each option
    assert page.count("<legend") >= 2 and "draggable" not in page
    response = client.post(
        reverse("groups:poll_detail", args=[group.pk, poll.pk]),
        {f"option_{options[0].pk}": "yes", f"option_{options[1].pk}": "no"},
    )
    assert response.status_code == 302
    assert PollAnswer.objects.filter(person=member).count() == 2
    # Only those who have not answered still have a reminder waiting.
    waiting = Notification.objects.filter(kind="groups.poll_reminder", status=Status.QUEUED)
    assert set(waiting.values_list("recipient", flat=True)) == {coordinator.pk, ptv.pk}

    after_deadline = poll.deadline + datetime.timedelta(minutes=1)
    assert services.polls_close_due(now=after_deadline) == 1
    assert services.polls_close_due(now=after_deadline) == 0
    poll.refresh_from_db()
    assert poll.status == PollStatus.CLOSED
    assert not Notification.objects.filter(kind="groups.poll_reminder", status=Status.QUEUED)
    assert (
        Notification.objects.filter(kind="groups.poll_closed", recipient=coordinator).count() == 1
    )

    client = login(coordinator)
    decide_url = reverse("groups:poll_decide", args=[group.pk, poll.pk])
    page = client.get(decide_url).content.decode()
    assert "1 yes" in page
    response = client.post(decide_url, {"option": options[0].pk, "notes": "See you there"})
    meeting = Meeting.objects.get(group=group, status=MeetingStatus.SCHEDULED)
    assert response["Location"] == reverse("groups:meeting_detail", args=[group.pk, meeting.pk])
    assert meeting.starts_at == options[0].starts_at and meeting.venue == options[0].venue
    poll.refresh_from_db()
    assert (poll.status, poll.meeting, poll.chosen_option) == (
        PollStatus.DECIDED,
        meeting,
        options[0],
    )
    assert Notification.objects.filter(
        kind="groups.meeting_scheduled", context__meeting_id=meeting.pk, recipient=member
    ).exists()


def test_a_partly_answered_poll_is_refused_with_the_answers_kept(
    login, poll_via_browser, group, member
):
    options = list(poll_via_browser.options.order_by("starts_at"))
    response = login(member).post(
        reverse("groups:poll_detail", args=[group.pk, poll_via_browser.pk]),
        {f"option_{options[0].pk}": "if_need_be"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body
    assert body.count(" checked") == 1
    assert f'name="option_{options[0].pk}" type="radio" value="if_need_be" checked' in body
    assert not PollAnswer.objects.exists()


def test_poll_needs_two_options_and_dates_after_the_deadline(login, group, coordinator, venue):
    today = timezone.localdate(timezone.now(), LONDON)
    data = {
        "title": "Next",
        "duration_minutes": "120",
        **_date_fields("deadline", today + datetime.timedelta(days=6)),
        **_date_fields("option_1_day", today + datetime.timedelta(days=3)),
        "option_1_at": "10am",
        "option_1_venue": venue.pk,
    }
    response = login(coordinator).post(reverse("groups:poll_create", args=[group.pk]), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter a date" in body  # option 2 is required
    assert not Poll.objects.exists()
    data.update(_date_fields("option_2_day", today + datetime.timedelta(days=12)))
    data.update({"option_2_at": "11am", "option_2_venue": venue.pk})
    response = login(coordinator).post(reverse("groups:poll_create", args=[group.pk]), data)
    assert response.status_code == 200
    assert "must be after the answer-by date" in response.content.decode()
    assert not Poll.objects.exists()


def test_paused_members_get_no_poll_reminder(group, coordinator, member, venue):
    services.membership_pause(actor=member, group=group)
    today = timezone.localdate(timezone.now(), LONDON)
    services.poll_create(
        actor=coordinator,
        group=group,
        title="Next",
        deadline_day=today + datetime.timedelta(5),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=d), at=datetime.time(10), venue=venue
            )
            for d in (8, 9)
        ],
    )
    assert not Notification.objects.filter(recipient=member, kind__startswith="groups.poll")


def test_member_who_comes_back_from_a_break_gets_the_poll_reminder_again(
    group, coordinator, member, venue
):
    today = timezone.localdate(timezone.now(), LONDON)
    poll = services.poll_create(
        actor=coordinator,
        group=group,
        title="Next",
        deadline_day=today + datetime.timedelta(6),
        options=[
            services.PollOptionSpec(
                day=today + datetime.timedelta(days=d), at=datetime.time(10), venue=venue
            )
            for d in (8, 9)
        ],
    )
    waiting = Notification.objects.filter(
        recipient=member, kind="groups.poll_reminder", status=Status.QUEUED
    )
    assert waiting.count() == 1
    services.membership_pause(actor=member, group=group)
    assert waiting.count() == 0
    services.membership_resume(actor=member, group=group)
    assert waiting.count() == 1
    assert waiting.get().due_at == timing_due(poll)


def timing_due(poll):
    from groups import timing

    return timing.poll_reminder_due(deadline=poll.deadline, opened_at=poll.created_at, zone=LONDON)
