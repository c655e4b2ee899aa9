"""Who may see what, and the access helpers every view calls.

Who may see what (docs/decisions/0005-groups-access-and-reminders.md):

- a current member (active or paused; a PTV supporter during their three meetings) sees the
  group's pages, its conversation and what members chose to share; 403 on coordinator pages;
- a coordinator or co-coordinator also runs the coordinator pages;
- a former member, or a PTV whose support has ended: 403;
- staff of the group's service: 403. They see the service overview (formed, active,
  fading: counts and dates), never the conversation or contact details; safeguarding
  reviewers see a flagged post only through safeguarding's alert page;
- anyone else: 404.

Views never filter by hand: they call the ``get_*_for_user`` helpers, which raise Http404
for strangers and PermissionDenied (403) for people who may know the group exists but may
not act. The role questions every app asks (signed in, staff of a service, clinician) are
in pmp_followon.accounts.permissions; the ones only groups asks are here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404

from pmp_followon import sqlrows
from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import is_service_clinician, is_service_staff, signed_in
from programmes.models import Enrolment, EnrolmentStatus

from ..models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    Gathering,
    Group,
    GroupStatus,
    JoinRequest,
    Meeting,
    MeetingStatus,
    Membership,
    Poll,
    Post,
    Venue,
)


def can_see_staff_overview(user: User) -> bool:
    return (
        signed_in(user)
        and user.service_id is not None
        and user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)
    )


def coordinates_in_service(user: User) -> bool:
    if user.service_id is None:
        return False
    return Membership.objects.filter(
        person=user,
        status__in=CURRENT_STATUSES,
        role__in=COORDINATOR_ROLES,
        group__service_id=user.service_id,
    ).exists()


def can_manage_venues(user: User) -> bool:
    """Coordinators of the service's groups and its clinicians and admins keep the venue
    library."""
    if not signed_in(user) or user.service_id is None:
        return False
    if user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN):
        return True
    return coordinates_in_service(user)


def can_manage_gatherings(user: User) -> bool:
    return (
        signed_in(user)
        and user.service_id is not None
        and user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)
    )


def is_past_participant(user: User, service_id: int) -> bool:
    return (
        Enrolment.objects.filter(participant=user, programme__service_id=service_id)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exists()
    )


def is_member_in_service(user: User, service_id: int) -> bool:
    return Membership.objects.filter(
        person=user, status__in=CURRENT_STATUSES, group__service_id=service_id
    ).exists()


def can_see_gathering(user: User, gathering: Gathering) -> bool:
    """Past PMP participants and every group member of the service, and its staff."""
    if not signed_in(user) or user.service_id != gathering.service_id:
        return False
    if user.is_staff_member:
        return True
    return is_member_in_service(user, gathering.service_id) or is_past_participant(
        user, gathering.service_id
    )


def can_browse_directory(user: User) -> bool:
    return signed_in(user) and user.service_id is not None


def check_can_manage(user: User, can_manage: Callable[[User], bool]) -> None:
    """For the service's own pages that add things (a venue, a get-together): Http404 for
    people of no service, PermissionDenied unless ``can_manage(user)``."""
    if user.service_id is None:
        raise Http404
    if not can_manage(user):
        raise PermissionDenied


@dataclass(frozen=True)
class GroupAccess:
    visible: bool = False  # may know the group exists (else 404)
    membership: Membership | None = None

    @property
    def is_member(self) -> bool:
        return self.membership is not None and self.membership.is_current

    @property
    def current_membership(self) -> Membership:
        """The viewer's membership, on the pages only members reach (``get_group_for_user``
        has checked ``is_member``)."""
        if self.membership is None:
            raise PermissionDenied
        return self.membership

    @property
    def is_coordinator(self) -> bool:
        return self.membership is not None and self.membership.is_coordinator


def group_access(user: User, group: Group) -> GroupAccess:
    """At most one query: this person's membership row."""
    if not signed_in(user):
        return GroupAccess()
    membership = Membership.objects.filter(group=group, person=user).first()
    if membership is not None:
        membership.group = group
        return _member_access(membership, user)
    if is_service_staff(user, group.service_id):
        return GroupAccess(visible=True)
    return GroupAccess()


def _member_access(membership: Membership, user: User) -> GroupAccess:
    """Anyone with a membership row of the group (current or not) may know it exists; what
    they may do follows from the row (``_check``)."""
    membership.person = user
    return GroupAccess(visible=True, membership=membership)


def _check(access: GroupAccess, *, write: bool) -> None:
    if not access.visible:
        raise Http404
    if not access.is_member:
        raise PermissionDenied
    if write and not access.is_coordinator:
        raise PermissionDenied


def _own_membership(group_pk: int, person_pk: int) -> Membership | None:
    """This person's membership row of the group (at most one per group and person), with
    the group and its service: every column of the three, as
    ``Membership.objects.select_related("group__service")`` reads them, in a statement
    written once rather than built by the ORM on every request (issue 17, run 8)."""
    membership, group, service = Membership, Group, Service
    quote = connection.ops.quote_name
    sql = f"""
        SELECT {sqlrows.columns(membership, "ms")}, {sqlrows.columns(group, "g")},
               {sqlrows.columns(service, "s")}
          FROM {quote(membership._meta.db_table)} ms
          JOIN {quote(group._meta.db_table)} g ON g.id = ms.group_id
          JOIN {quote(service._meta.db_table)} s ON s.id = g.service_id
         WHERE ms.group_id = %s AND ms.person_id = %s
         LIMIT 1
    """  # noqa: S608 - names from the models; data only as parameters
    with sqlrows.prepared_cursor() as cursor:  # prepared on PostgreSQL (run 9)
        cursor.execute(sql, [group_pk, person_pk])
        row = cursor.fetchone()
    if row is None:
        return None
    first, second = sqlrows.width(membership), sqlrows.width(membership) + sqlrows.width(group)
    found = sqlrows.build(membership, row[:first])
    found.group = sqlrows.build(group, row[first:second])
    found.group.service = sqlrows.build(service, row[second:])
    return found


def get_group_for_user(user: User, pk: int, *, write: bool = False) -> Group:
    """The group with ``.access`` set, for a current member (``write``: a coordinator).
    Http404 for strangers, PermissionDenied for staff and former members."""
    if signed_in(user):
        # Members, who read these pages most, cost one query: their own row (one per group
        # and person) with the group and its service (issue 17, run 7).
        membership = _own_membership(pk, user.pk)
        if membership is not None:
            access = _member_access(membership, user)
            _check(access, write=write)
            member_group = membership.group
            member_group.access = access
            return member_group
    group = Group.objects.select_related("service").filter(pk=pk).first()
    if group is None:
        raise Http404
    access = group_access(user, group)
    _check(access, write=write)
    group.access = access
    return group


def get_meeting_for_user(user: User, group_pk: int, pk: int, *, write: bool = False) -> Meeting:
    group = get_group_for_user(user, group_pk, write=write)
    meeting = Meeting.objects.select_related("venue").filter(pk=pk, group=group).first()
    if meeting is None:
        raise Http404
    if meeting.status == MeetingStatus.PROPOSED and not group.access.is_coordinator:
        raise Http404  # not announced yet
    meeting.group = group
    return meeting


def get_poll_for_user(user: User, group_pk: int, pk: int, *, write: bool = False) -> Poll:
    group = get_group_for_user(user, group_pk, write=write)
    poll = Poll.objects.filter(pk=pk, group=group).first()
    if poll is None:
        raise Http404
    poll.group = group
    return poll


def get_post_for_user(user: User, group_pk: int, pk: int) -> Post:
    group = get_group_for_user(user, group_pk)
    post = Post.objects.select_related("author").filter(pk=pk, group=group).first()
    if post is None:
        raise Http404
    post.group = group
    return post


def get_join_request_for_user(user: User, group_pk: int, pk: int) -> JoinRequest:
    group = get_group_for_user(user, group_pk, write=True)
    request = (
        JoinRequest.objects.select_related("person", "from_group")
        .filter(pk=pk, group=group)
        .first()
    )
    if request is None:
        raise Http404
    request.group = group
    return request


def get_own_join_request(user: User, pk: int) -> JoinRequest:
    """A request this person made themselves (to withdraw it); Http404 otherwise."""
    request = JoinRequest.objects.filter(pk=pk, person_id=user.pk).first()
    if request is None:
        raise Http404
    return request


def get_group_for_joining(user: User, pk: int) -> Group:
    """A group someone may ask to join: open to new members, in their service. 404
    otherwise (the directory shows nothing else either)."""
    if not can_browse_directory(user) or user.service_id is None:
        raise Http404
    group = (
        Group.objects.select_related("service")
        .filter(pk=pk, service_id=user.service_id, open_to_new_members=True)
        .exclude(status=GroupStatus.CLOSED)
        .first()
    )
    if group is None:
        raise Http404
    return group


def get_group_to_join(user: User, pk: int) -> Group:
    """The join page: a group ``get_group_for_joining`` finds (404 otherwise), and 403 for
    staff, who browse the directory to introduce people but do not ask to join groups."""
    group = get_group_for_joining(user, pk)
    if user.is_staff_member:
        raise PermissionDenied
    return group


def get_group_for_introduction(user: User, pk: int) -> Group:
    if not can_browse_directory(user):
        raise Http404
    group = get_group_for_joining(user, pk)
    if not is_service_clinician(user, group.service_id):
        raise PermissionDenied
    return group


def get_venue_for_user(user: User, pk: int, *, write: bool = False) -> Venue:
    if not signed_in(user) or user.service_id is None:
        raise Http404
    venue = Venue.objects.filter(pk=pk, service_id=user.service_id).first()
    if venue is None:
        raise Http404
    if write and not can_manage_venues(user):
        raise PermissionDenied
    return venue


def get_gathering_for_user(user: User, pk: int) -> Gathering:
    gathering = Gathering.objects.select_related("venue", "service").filter(pk=pk).first()
    if gathering is None or not can_see_gathering(user, gathering):
        raise Http404
    return gathering
