"""The home page's groups (``home_groups``, one SQL statement) say what ``my_groups`` says:
the same groups in the same order, the same next meeting with its venue, the same answer,
the same count of coming gatherings (issue 17, run 7)."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from groups import selectors, services
from groups.models import MeetingMode, RSVPAnswer

pytestmark = pytest.mark.django_db


def _mine(person, now):
    return [
        (
            row.membership.group_id,
            row.membership.group.name,
            row.next_meeting.pk if row.next_meeting else None,
            row.next_meeting.starts_at if row.next_meeting else None,
            row.next_meeting.venue.name if row.next_meeting and row.next_meeting.venue_id else None,
            row.my_answer,
        )
        for row in selectors.my_groups(user=person, now=now).rows
    ]


def _home(person, now):
    return [
        (
            row.group.pk,
            row.group.name,
            row.next_meeting.pk if row.next_meeting else None,
            row.next_meeting.starts_at if row.next_meeting else None,
            row.next_meeting.venue.name if row.next_meeting and row.next_meeting.venue else None,
            row.my_answer,
        )
        for row in selectors.home_groups(user=person, now=now).rows
    ]


def test_home_groups_match_my_groups(
    group,
    other_group,
    coordinator,
    member,
    other_group_member,
    former_member,
    clinician,
    venue,
    meeting,
    past_meeting,
    future_day,
):
    now = timezone.now()
    # The member is in both groups; in the other group the next meeting is online (no
    # venue) and they answered; an earlier meeting of the first group was cancelled.
    services._members_add(
        other_group, coordinators=[], members=[member], shares={}, ptv=None, now=now
    )
    other_coordinator = other_group.memberships.get(role="coordinator").person
    online = services.meeting_schedule(
        actor=other_coordinator,
        group=other_group,
        day=future_day - datetime.timedelta(days=2),
        at=datetime.time(18, 0),
        mode=MeetingMode.ONLINE,
        online_link="https://meet.example.org/abc",
    )
    later = services.meeting_schedule(
        actor=other_coordinator,
        group=other_group,
        day=future_day + datetime.timedelta(days=14),
        at=datetime.time(18, 0),
        venue=venue,
    )
    services.rsvp_set(actor=member, meeting=online, answer=RSVPAnswer.MAYBE)
    services.rsvp_set(actor=other_group_member, meeting=later, answer=RSVPAnswer.GOING)
    cancelled = services.meeting_schedule(
        actor=coordinator,
        group=group,
        day=future_day - datetime.timedelta(days=1),
        at=datetime.time(9, 0),
        venue=venue,
    )
    services.meeting_cancel(actor=coordinator, meeting=cancelled, reason="")
    services.rsvp_set(actor=coordinator, meeting=meeting, answer=RSVPAnswer.GOING)

    seen = {}
    for person in (member, coordinator, other_group_member, former_member, clinician):
        home, mine = _home(person, now), _mine(person, now)
        assert home == mine, person.display_name
        seen[person.display_name] = home
        assert (
            selectors.home_groups(user=person, now=now).upcoming_gatherings
            == selectors.my_groups(user=person, now=now).upcoming_gatherings
        )
    # The cases above are really there (a comparison of two empty lists proves nothing).
    member_rows = seen[member.display_name]
    assert len(member_rows) == 2
    assert {r[2] for r in member_rows} == {meeting.pk, online.pk}
    assert [r[5] for r in member_rows if r[2] == online.pk] == [RSVPAnswer.MAYBE]
    assert [r[4] for r in member_rows if r[2] == online.pk] == [None]
    assert [r[4] for r in member_rows if r[2] == meeting.pk] == [venue.name]
    assert seen[coordinator.display_name][0][5] == RSVPAnswer.GOING
    assert seen[former_member.display_name] == []
    assert seen[clinician.display_name] == []
    # After the next meeting has started, the one after it is next.
    assert _home(member, meeting.starts_at) == _mine(member, meeting.starts_at)
