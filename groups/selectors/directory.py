"""The directory of groups open to new members, the groups someone could move from, and
who a clinician could introduce."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.permissions import is_service_clinician

from ..models import (
    CURRENT_STATUSES,
    Group,
    GroupStatus,
    JoinRequest,
    JoinRequestStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Membership,
    MembershipRole,
    VenueKind,
)
from .access import can_browse_directory


@dataclass
class DirectoryRow:
    group: Group
    member_count: int
    venue_kinds: list[str]
    online: bool
    my_request: JoinRequest | None
    is_member: bool


@dataclass
class Directory:
    rows: list[DirectoryRow]
    areas: list[str]
    area: str
    my_groups: list[Group]
    is_clinician: bool
    groups: Page | None = None  # the page of groups the rows show


DIRECTORY_PAGE_SIZE = 20


def directory_for_user(
    *, user: User, area: str = "", now: datetime.datetime, page_number: int | str | None = 1
) -> Directory:
    """Groups open to new members in the person's service: rhythm, kind of venue and
    purposes, never member names. DIRECTORY_PAGE_SIZE groups a page; counts and venue
    kinds for that page's groups only."""
    if not can_browse_directory(user) or user.service_id is None:
        raise Http404
    base = Group.objects.filter(service_id=user.service_id, open_to_new_members=True).exclude(
        status=GroupStatus.CLOSED
    )
    areas = sorted({a for a in base.values_list("area", flat=True) if a})
    groups = base.filter(area=area) if area else base
    members = (
        Membership.objects.filter(group=OuterRef("pk"), status__in=CURRENT_STATUSES)
        .exclude(role=MembershipRole.PTV_SUPPORTER)
        .order_by()
        .values("group")
        .annotate(n=Count("pk"))
        .values("n")
    )
    groups_page = Paginator(
        groups.annotate(member_count=Coalesce(Subquery(members[:1]), 0)).order_by(
            "area", "name", "pk"
        ),
        DIRECTORY_PAGE_SIZE,
    ).get_page(page_number)
    page_groups: list[Any] = list(groups_page.object_list)  # annotated with member_count
    ids = [g.pk for g in page_groups]
    kinds: dict[int, set[str]] = defaultdict(set)
    online: set[int] = set()
    venue_labels = {str(k): str(label) for k, label in VenueKind.choices}
    for group_id, mode, kind in (
        Meeting.objects.filter(
            group_id__in=ids,
            status=MeetingStatus.SCHEDULED,
            starts_at__gt=now - datetime.timedelta(days=183),
        )
        .values_list("group_id", "mode", "venue__kind")
        .order_by()
        .distinct()
    ):
        if mode == MeetingMode.ONLINE:
            online.add(group_id)
        elif kind:
            kinds[group_id].add(venue_labels[kind])
    requests = {
        r.group_id: r
        for r in JoinRequest.objects.filter(
            person=user, group_id__in=ids, status=JoinRequestStatus.PENDING
        )
    }
    mine = list(
        Group.objects.filter(
            memberships__person=user, memberships__status__in=CURRENT_STATUSES
        ).order_by("name")
    )
    mine_ids = {g.pk for g in mine}
    return Directory(
        rows=[
            DirectoryRow(
                group=g,
                member_count=g.member_count,
                venue_kinds=sorted(kinds[g.pk]),
                online=g.pk in online,
                my_request=requests.get(g.pk),
                is_member=g.pk in mine_ids,
            )
            for g in page_groups
        ],
        areas=areas,
        area=area,
        my_groups=mine,
        is_clinician=is_service_clinician(user, user.service_id),
        groups=groups_page,
    )


def my_current_groups(user: User) -> list[Group]:
    return list(
        Group.objects.filter(
            memberships__person=user, memberships__status__in=CURRENT_STATUSES
        ).order_by("name")
    )


def introduction_candidates(group: Group) -> QuerySet[User]:
    """Participants of the service not already in the group."""
    return (
        User.objects.filter(service_id=group.service_id, role=Role.PARTICIPANT, is_active=True)
        .exclude(
            group_memberships__group=group,
            group_memberships__status__in=CURRENT_STATUSES,
        )
        .order_by("display_name", "pk")
    )
