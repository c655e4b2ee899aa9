"""From a programme's handover to its group: who may set the group up, and what the set-up
page shows (the programme's people, the first meeting it agreed)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404

from pmp_followon.accounts.models import Role, User
from programmes.models import Programme
from programmes.selectors import (
    HandoverSummary,
    handover_summary_for_group_creation,
    programme_access,
)

from ..models import Group


def is_programme_clinician(user: User, programme: Programme) -> bool:
    """A clinician who runs the programme (a facilitator, or a lead of its service)."""
    return programme_access(user, programme).can_edit and user.has_role(Role.CLINICIAN)


def can_create_group_from(user: User, programme: Programme, summary: HandoverSummary) -> bool:
    """The programme's clinician or one of its volunteer coordinators sets up its group."""
    return user.pk in summary.coordinator_volunteer_ids or is_programme_clinician(user, programme)


@dataclass(frozen=True)
class GroupCreation:
    programme: Programme
    summary: HandoverSummary
    existing: Group | None  # a group already made from this programme


def get_programme_for_group_creation(user: User, programme_id: int) -> GroupCreation:
    """Http404 unless the person may see the programme, PermissionDenied unless they may
    set up its group."""
    programme = Programme.objects.select_related("service").filter(pk=programme_id).first()
    if programme is None or not programme_access(user, programme).visible:
        raise Http404
    summary = handover_summary_for_group_creation(programme)
    if not can_create_group_from(user, programme, summary):
        raise PermissionDenied
    existing = Group.objects.filter(origin_programmes=programme).first()
    return GroupCreation(programme=programme, summary=summary, existing=existing)


@dataclass(frozen=True)
class GroupCreationPeople:
    members: list[User]
    coordinators: list[User]  # members who offered to coordinate
    ptv: User | None


def group_creation_people(summary: HandoverSummary) -> GroupCreationPeople:
    """Who the group will have, in the handover's order (one query)."""
    wanted = [*summary.member_ids, *([summary.ptv_id] if summary.ptv_id else [])]
    people = {u.pk: u for u in User.objects.filter(pk__in=wanted)}
    return GroupCreationPeople(
        members=[people[i] for i in summary.member_ids if i in people],
        coordinators=[people[i] for i in summary.coordinator_volunteer_ids if i in people],
        ptv=people.get(summary.ptv_id) if summary.ptv_id else None,
    )
