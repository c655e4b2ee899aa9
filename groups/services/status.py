"""A group's status, derived and never set by hand: formed (from attendance), forming,
active, dormant (fading) or closed."""

from __future__ import annotations

import datetime

from django.db.models import Max

from programmes.models import Enrolment, EnrolmentStatus

from ..models import (
    Attendance,
    Group,
    GroupStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Poll,
    PollStatus,
)


def derive_status(
    *,
    closed: bool,
    formed: bool,
    quiet_since: datetime.datetime,
    anything_planned: bool,
    gap: datetime.timedelta,
    now: datetime.datetime,
) -> str:
    """Closed by its coordinators; dormant (fading) when twice its usual gap has passed with
    nothing planned; otherwise active once formed, forming before."""
    if closed:
        return GroupStatus.CLOSED
    if not anything_planned and now - quiet_since > 2 * gap:
        return GroupStatus.DORMANT
    return GroupStatus.ACTIVE if formed else GroupStatus.FORMING


def _formed_refresh(group: Group) -> datetime.datetime | None:
    """Formed: at least three PMP participants met face to face at one meeting after their
    programme had finished (domain.md). Computed from attendance, never set by hand."""
    rows = list(
        Attendance.objects.filter(
            meeting__group=group,
            meeting__mode=MeetingMode.IN_PERSON,
            meeting__status=MeetingStatus.SCHEDULED,
            attended=True,
        ).values_list("meeting_id", "meeting__starts_at", "person_id")
    )
    person_ids = {person_id for _m, _s, person_id in rows}
    finished: dict[int, list[datetime.datetime]] = {}
    for participant_id, last_end in (
        Enrolment.objects.filter(participant_id__in=person_ids)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .annotate(last_end=Max("programme__sessions__ends_at"))
        .filter(last_end__isnull=False)
        .values_list("participant_id", "last_end")
    ):
        finished.setdefault(participant_id, []).append(last_end)
    by_meeting: dict[tuple[int, datetime.datetime], set[int]] = {}
    for meeting_id, starts_at, person_id in rows:
        if any(end <= starts_at for end in finished.get(person_id, ())):
            by_meeting.setdefault((meeting_id, starts_at), set()).add(person_id)
    formed = [starts for (_m, starts), people in by_meeting.items() if len(people) >= 3]
    formed_at = min(formed) if formed else None
    if formed_at != group.formed_at:
        Group.objects.filter(pk=group.pk).update(formed_at=formed_at)
        group.formed_at = formed_at
    return formed_at


def _quiet_facts(
    group: Group, now: datetime.datetime
) -> tuple[datetime.datetime, Meeting | None, bool]:
    last = (
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__lte=now)
        .order_by("-starts_at")
        .first()
    )
    planned = (
        Meeting.objects.filter(
            group=group, status=MeetingStatus.SCHEDULED, starts_at__gt=now
        ).exists()
        or Poll.objects.filter(
            group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED]
        ).exists()
    )
    return (last.starts_at if last else group.created_at), last, planned


def _status_refresh(group: Group, now: datetime.datetime) -> str:
    quiet_since, _last, planned = _quiet_facts(group, now)
    status = derive_status(
        closed=group.closed_at is not None,
        formed=group.formed_at is not None,
        quiet_since=quiet_since,
        anything_planned=planned,
        gap=group.usual_gap,
        now=now,
    )
    if status != group.status:
        Group.objects.filter(pk=group.pk).update(status=status)
        group.status = status
    return status
