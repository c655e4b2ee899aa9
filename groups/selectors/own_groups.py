"""A person's own groups: the "my groups" page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db.models import OuterRef, Subquery

from pmp_followon.accounts.models import User

from ..models import (
    CURRENT_STATUSES,
    RSVP,
    Gathering,
    JoinRequest,
    JoinRequestStatus,
    Meeting,
    MeetingStatus,
    Membership,
)
from .access import (
    can_browse_directory,
    can_see_staff_overview,
)


@dataclass
class MyGroupRow:
    membership: Membership
    next_meeting: Meeting | None
    my_answer: str | None


@dataclass
class MyGroups:
    rows: list[MyGroupRow]
    pending_requests: list[JoinRequest]
    upcoming_gatherings: int
    can_browse: bool
    staff_overview: bool


def my_groups(*, user: User, now: datetime.datetime, with_requests: bool = True) -> MyGroups:
    """The person's current groups, each with its next meeting and their answer to it (in
    one query), their pending join requests (unless with_requests is False: the home page
    does not show them) and the number of coming gatherings in their service."""
    # Only the columns the two pages show (the home page and my groups): the group's name,
    # the meeting's time and place (issue 17, run 6: most of the cost was turning every
    # column of the joined rows into Python values).
    memberships = list(
        Membership.objects.filter(person=user, status__in=CURRENT_STATUSES)
        .select_related("group")
        .only("group_id", "person_id", "role", "status", "group__name")
        .order_by("group__name")
    )
    group_ids = [m.group_id for m in memberships]
    next_by_group: dict[int, Any] = {}  # Meetings annotated with their_answer
    answer = RSVP.objects.filter(meeting=OuterRef("pk"), person=user).values("answer")[:1]
    for meeting in (
        Meeting.objects.filter(
            group_id__in=group_ids, status=MeetingStatus.SCHEDULED, starts_at__gt=now
        )
        .select_related("venue")
        .only("group_id", "status", "starts_at", "mode", "place_note", "venue_id", "venue__name")
        .annotate(their_answer=Subquery(answer))
        .order_by("starts_at")
    ):
        next_by_group.setdefault(meeting.group_id, meeting)
    rows = [
        MyGroupRow(
            membership=m,
            next_meeting=next_by_group.get(m.group_id),
            my_answer=next_by_group[m.group_id].their_answer
            if m.group_id in next_by_group
            else None,
        )
        for m in memberships
    ]
    pending = (
        list(
            JoinRequest.objects.filter(
                person=user, status=JoinRequestStatus.PENDING
            ).select_related("group")
        )
        if with_requests
        else []
    )
    gatherings = 0
    if user.service_id:
        gatherings = Gathering.objects.filter(
            service_id=user.service_id, cancelled_at__isnull=True, starts_at__gt=now
        ).count()
    return MyGroups(
        rows=rows,
        pending_requests=pending,
        upcoming_gatherings=gatherings,
        can_browse=can_browse_directory(user),
        staff_overview=can_see_staff_overview(user),
    )
