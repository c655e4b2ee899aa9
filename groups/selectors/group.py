"""One group's pages for its members: the overview, the members list, and who can take
over coordinating."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Subquery

from ..models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    RSVP,
    Group,
    JoinRequest,
    JoinRequestStatus,
    Meeting,
    MeetingStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Poll,
    PollAnswer,
    PollStatus,
    Post,
    RSVPAnswer,
)

UPCOMING_ON_GROUP_PAGE = 3
GROUP_PAGE_THREADS = 3


@dataclass
class GroupPage:
    group: Group
    membership: Membership
    upcoming: Sequence[Meeting]
    proposed: Sequence[Meeting]
    open_polls: Sequence[Poll]
    answered_poll_ids: set[int]
    threads: Sequence[Post]
    coordinators: list[Membership]
    member_count: int
    has_active_coordinator: bool
    needs_attendance: Sequence[Meeting]
    pending_requests: int
    last_meeting: Meeting | None


def group_page(group: Group, *, now: datetime.datetime) -> GroupPage:
    membership = group.access.current_membership
    is_coordinator = group.access.is_coordinator
    # Each query reads the columns the page shows and no more: turning every column of
    # the joined rows into Python values (a person's phone number parsed for each member,
    # a venue's access details) was most of this page's CPU (issue 17, run 6).
    memberships = list(
        Membership.objects.filter(group=group, status__in=CURRENT_STATUSES)
        .select_related("person")
        .only("group_id", "person_id", "role", "status", "person__display_name")
        .order_by("person__display_name")
    )
    answer = RSVP.objects.filter(meeting=OuterRef("pk"), person_id=membership.person_id).values(
        "answer"
    )[:1]
    meetings = list(
        Meeting.objects.filter(
            group=group, status__in=[MeetingStatus.SCHEDULED, MeetingStatus.PROPOSED]
        )
        .filter(
            Q(starts_at__gt=now)
            | Q(
                status=MeetingStatus.SCHEDULED,
                attendance_recorded_at__isnull=True,
                starts_at__gt=now - datetime.timedelta(days=30),
            )
        )
        .select_related("venue")
        .only(
            "group_id",
            "status",
            "starts_at",
            "duration_minutes",
            "mode",
            "place_note",
            "venue_id",
            "attendance_recorded_at",
            "venue__name",
        )
        .annotate(
            going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.GOING)),
            my_answer=Subquery(answer),
        )
        .order_by("starts_at")
    )
    upcoming = [m for m in meetings if m.status == MeetingStatus.SCHEDULED and m.starts_at > now][
        :UPCOMING_ON_GROUP_PAGE
    ]
    proposed = [m for m in meetings if m.status == MeetingStatus.PROPOSED] if is_coordinator else []
    needs_attendance = (
        [
            m
            for m in meetings
            if m.status == MeetingStatus.SCHEDULED and m.starts_at <= now and m.has_ended(now)
        ]
        if is_coordinator
        else []
    )
    polls = list(
        Poll.objects.filter(group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED])
        .only("group_id", "title", "status", "deadline")
        .annotate(
            answered=Exists(
                PollAnswer.objects.filter(
                    option__poll=OuterRef("pk"), person_id=membership.person_id
                )
            )
        )
        .order_by("deadline")
    )
    threads = list(
        Post.objects.filter(group=group, parent__isnull=True)
        .select_related("author")
        .only(
            "group_id",
            "author_id",
            "body",
            "hidden_at",
            "last_activity_at",
            "reply_count",
            "author__display_name",
        )
        .order_by("-last_activity_at", "-pk")[:GROUP_PAGE_THREADS]
    )
    last_meeting = (
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__lte=now)
        .only("group_id", "starts_at")
        .order_by("-starts_at")
        .first()
    )
    pending = (
        JoinRequest.objects.filter(group=group, status=JoinRequestStatus.PENDING).count()
        if is_coordinator
        else 0
    )
    coordinators = [m for m in memberships if m.role in COORDINATOR_ROLES]
    return GroupPage(
        group=group,
        membership=membership,
        upcoming=upcoming,
        proposed=proposed,
        open_polls=polls,
        answered_poll_ids={p.pk for p in polls if p.answered},
        threads=threads,
        coordinators=coordinators,
        member_count=sum(1 for m in memberships if m.role != MembershipRole.PTV_SUPPORTER),
        has_active_coordinator=any(m.status == MembershipStatus.ACTIVE for m in coordinators),
        needs_attendance=needs_attendance,
        pending_requests=pending,
        last_meeting=last_meeting,
    )


@dataclass
class MemberRow:
    membership: Membership
    email: str
    mobile: str


def members_page(group: Group) -> tuple[list[MemberRow], list[JoinRequest]]:
    """Current members with what each chose to share (members only: never staff)."""
    rows = [
        MemberRow(
            membership=m,
            email=m.person.email if m.share_email else "",
            mobile=str(m.person.mobile) if m.share_mobile and m.person.mobile else "",
        )
        for m in Membership.objects.filter(group=group, status__in=CURRENT_STATUSES)
        .select_related("person")
        .order_by("person__display_name", "pk")
    ]
    requests = []
    if group.access.is_coordinator:
        requests = list(
            JoinRequest.objects.filter(group=group, status=JoinRequestStatus.PENDING)
            .select_related("person", "from_group", "introduced_by")
            .order_by("created_at")
        )
    return rows, requests


def is_only_active_coordinator(group: Group) -> bool:
    """Whether the viewer is the one active coordinator (pausing or leaving would leave the
    group without one)."""
    me = group.access.membership
    if me is None or not me.is_coordinator or me.status != MembershipStatus.ACTIVE:
        return False
    return (
        not Membership.objects.filter(
            group=group, status=MembershipStatus.ACTIVE, role__in=COORDINATOR_ROLES
        )
        .exclude(pk=me.pk)
        .exists()
    )


def handover_candidates(group: Group) -> list[Membership]:
    me = group.access.current_membership
    return list(
        Membership.objects.filter(group=group, status=MembershipStatus.ACTIVE)
        .exclude(pk=me.pk)
        .exclude(role=MembershipRole.PTV_SUPPORTER)
        .select_related("person")
        .order_by("person__display_name")
    )
