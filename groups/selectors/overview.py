"""The service overview for clinicians: counts and dates only."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import signed_in

from ..models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
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


OVERVIEW_PAGE_SIZE = 50


def staff_overview(
    *, user: User, now: datetime.datetime, page_number: int | str | None = 1
) -> Page:
    """For clinicians: whether each group formed, is active or fading. Counts and dates
    only: no names, no conversation, no contact details. A page of OVERVIEW_PAGE_SIZE
    groups, its object_list OverviewRows; each count and date is a subquery on one table
    per group (never a join of memberships with meetings)."""
    if not signed_in(user) or user.service_id is None:
        raise Http404
    if not can_see_staff_overview(user):
        raise PermissionDenied
    memberships = Membership.objects.filter(group=OuterRef("pk")).order_by()

    def counted(queryset):
        return Coalesce(
            Subquery(queryset.values("group").annotate(n=Count("pk")).values("n")[:1]), 0
        )

    meetings = Meeting.objects.filter(group=OuterRef("pk"), status=MeetingStatus.SCHEDULED)
    groups = (
        Group.objects.filter(service_id=user.service_id)
        .annotate(
            members=counted(
                memberships.filter(status__in=CURRENT_STATUSES).exclude(
                    role=MembershipRole.PTV_SUPPORTER
                )
            ),
            coordinator_count=counted(
                memberships.filter(status=MembershipStatus.ACTIVE, role__in=COORDINATOR_ROLES)
            ),
            last_meeting=Subquery(
                meetings.filter(starts_at__lte=now).order_by("-starts_at").values("starts_at")[:1]
            ),
            next_meeting=Subquery(
                meetings.filter(starts_at__gt=now).order_by("starts_at").values("starts_at")[:1]
            ),
        )
        .order_by("status", "name", "pk")
    )
    page = Paginator(groups, OVERVIEW_PAGE_SIZE).get_page(page_number)
    rows: list[Any] = [  # the page shows rows, not the annotated groups it was cut from
        OverviewRow(
            group=g,
            members=g.members,
            coordinators=g.coordinator_count,
            last_meeting=g.last_meeting,
            next_meeting=g.next_meeting,
        )
        for g in page.object_list
    ]
    page.object_list = rows
    return page
