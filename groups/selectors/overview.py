"""The service overview for clinicians: counts and dates only."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min, Q
from django.http import Http404

from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import signed_in

from ..models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    Group,
    MeetingStatus,
    MembershipRole,
    MembershipStatus,
)
from .access import can_see_staff_overview


@dataclass
class OverviewRow:
    group: Group
    members: int
    coordinators: int
    last_meeting: datetime.datetime | None
    next_meeting: datetime.datetime | None


def staff_overview(*, user: User, now: datetime.datetime) -> list[OverviewRow]:
    """For clinicians: whether each group formed, is active or fading. Counts and dates
    only: no names, no conversation, no contact details."""
    if not signed_in(user) or user.service_id is None:
        raise Http404
    if not can_see_staff_overview(user):
        raise PermissionDenied
    groups = (
        Group.objects.filter(service_id=user.service_id)
        .annotate(
            members=Count(
                "memberships",
                filter=Q(memberships__status__in=CURRENT_STATUSES)
                & ~Q(memberships__role=MembershipRole.PTV_SUPPORTER),
                distinct=True,
            ),
            coordinator_count=Count(
                "memberships",
                filter=Q(memberships__status=MembershipStatus.ACTIVE,
                         memberships__role__in=COORDINATOR_ROLES),
                distinct=True,
            ),
            last_meeting=Max("meetings__starts_at", filter=Q(
                meetings__status=MeetingStatus.SCHEDULED, meetings__starts_at__lte=now)),
            next_meeting=Min("meetings__starts_at", filter=Q(
                meetings__status=MeetingStatus.SCHEDULED, meetings__starts_at__gt=now)),
        )
        .order_by("status", "name")
    )
    return [
        OverviewRow(group=g, members=g.members, coordinators=g.coordinator_count,
                    last_meeting=g.last_meeting, next_meeting=g.next_meeting)
        for g in groups
    ]
