"""A meeting's page, the group's past meetings, the attendance list, and the one-tap
"can't make it" link."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.http import Http404

from pmp_followon.accounts.models import User

from ..models import (
    CURRENT_STATUSES,
    RSVP,
    Attendance,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
    RSVPAnswer,
)
from ..tokens import parse_cant_make_it_token


@dataclass
class MeetingPage:
    meeting: Meeting
    by_answer: dict[str, list[User]]
    my_answer: str | None
    attendance: list[Attendance]
    can_record_attendance: bool
    is_coordinator: bool
    has_started: bool


def meeting_page(meeting: Meeting, *, now: datetime.datetime) -> MeetingPage:
    group = meeting.group
    me = group.access.current_membership
    rsvps = list(
        RSVP.objects.filter(meeting=meeting)
        .select_related("person")
        .order_by("person__display_name")
    )
    by_answer: dict[str, list[User]] = {a: [] for a in RSVPAnswer.values}
    for rsvp in rsvps:
        by_answer[rsvp.answer].append(rsvp.person)
    attendance = []
    if meeting.attendance_recorded_at is not None:
        attendance = list(
            Attendance.objects.filter(meeting=meeting, attended=True)
            .select_related("person")
            .order_by("person__display_name")
        )
    return MeetingPage(
        meeting=meeting,
        by_answer=by_answer,
        my_answer=next((r.answer for r in rsvps if r.person_id == me.person_id), None),
        attendance=attendance,
        can_record_attendance=group.access.is_coordinator
        and meeting.status == MeetingStatus.SCHEDULED
        and meeting.has_started(now),
        is_coordinator=group.access.is_coordinator,
        has_started=meeting.has_started(now),
    )


def meetings_coming_up(group: Group, *, now: datetime.datetime) -> list[Meeting]:
    """The group's confirmed meetings that have not started yet, soonest first."""
    return list(
        Meeting.objects.filter(group=group, starts_at__gt=now, status=MeetingStatus.SCHEDULED)
        .select_related("venue")
        .order_by("starts_at")[:20]
    )


def meeting_history(group: Group, *, now: datetime.datetime) -> list[Meeting]:
    return list(
        Meeting.objects.filter(group=group, starts_at__lte=now)
        .exclude(status=MeetingStatus.PROPOSED)
        .select_related("venue")
        .annotate(came=Count("attendance", filter=Q(attendance__attended=True)))
        .order_by("-starts_at")[:100]
    )


def attendance_form_people(meeting: Meeting) -> tuple[list[Membership], set[int]]:
    """Everyone who can be ticked (current members, and anyone ticked before) and who is
    ticked now (or, before it is recorded, who said they were going)."""
    group = meeting.group
    memberships = list(
        Membership.objects.filter(group=group)
        .filter(Q(status__in=CURRENT_STATUSES) | Q(person__group_attendance__meeting=meeting))
        .select_related("person")
        .distinct()
        .order_by("person__display_name")
    )
    if meeting.attendance_recorded_at is not None:
        ticked = set(
            Attendance.objects.filter(meeting=meeting, attended=True).values_list(
                "person_id", flat=True
            )
        )
    else:
        ticked = set(
            RSVP.objects.filter(meeting=meeting, answer=RSVPAnswer.GOING).values_list(
                "person_id", flat=True
            )
        )
    return memberships, ticked


@dataclass(frozen=True)
class CantMakeIt:
    meeting: Meeting
    person: User


def cant_make_it_for_token(token: str) -> CantMakeIt | None:
    """What a reminder's one-tap "can't make it" link names (no sign-in: the signed token is
    the proof). Http404 for a token that is not ours, or a person no longer active; None
    when the meeting has moved or gone since (the link is stale)."""
    parsed = parse_cant_make_it_token(token)
    if parsed is None:
        raise Http404
    meeting = (
        Meeting.objects.select_related("group__service", "venue")
        .filter(pk=parsed.meeting_id)
        .first()
    )
    if meeting is None or not parsed.matches(meeting.slot):
        return None
    person = User.objects.filter(pk=parsed.person_id, is_active=True).first()
    if person is None:
        raise Http404
    return CantMakeIt(meeting=meeting, person=person)
