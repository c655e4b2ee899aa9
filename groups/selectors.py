"""Every read for groups that depends on who is looking, and the access rules.

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
not act. Page selectors run a fixed number of queries whatever the size of the group.
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, Max, Min, OuterRef, Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Role, User
from programmes.models import Enrolment, EnrolmentStatus

from .models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    RSVP,
    Attendance,
    CalendarFeed,
    Gathering,
    GatheringRSVP,
    Group,
    GroupStatus,
    JoinRequest,
    JoinRequestStatus,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Poll,
    PollAnswer,
    PollAnswerChoice,
    PollStatus,
    Post,
    RSVPAnswer,
    Venue,
)
from .notice import SCREENING_NOTICE_VERSION

THREADS_PER_PAGE = 20
GROUP_PAGE_THREADS = 3
UPCOMING_ON_GROUP_PAGE = 3


# --- who is who --------------------------------------------------------------------------
def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def is_service_staff(user: User, service_id: int) -> bool:
    """Pain service staff of this service (PTVs too). Staff never read a conversation."""
    return _signed_in(user) and user.is_staff_member and user.service_id == service_id


def is_service_clinician(user: User, service_id: int) -> bool:
    return is_service_staff(user, service_id) and user.has_role(Role.CLINICIAN)


def can_see_staff_overview(user: User) -> bool:
    return _signed_in(user) and user.service_id is not None and user.has_role(
        Role.CLINICIAN, Role.SERVICE_ADMIN
    )


def coordinates_in_service(user: User) -> bool:
    return Membership.objects.filter(
        person=user,
        status__in=CURRENT_STATUSES,
        role__in=COORDINATOR_ROLES,
        group__service_id=user.service_id,
    ).exists()


def can_manage_venues(user: User) -> bool:
    """Coordinators of the service's groups and its clinicians and admins keep the venue
    library."""
    if not _signed_in(user) or user.service_id is None:
        return False
    if user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN):
        return True
    return coordinates_in_service(user)


def can_manage_gatherings(user: User) -> bool:
    return _signed_in(user) and user.service_id is not None and user.has_role(
        Role.CLINICIAN, Role.SERVICE_ADMIN
    )


def is_past_participant(user: User, service_id: int) -> bool:
    return Enrolment.objects.filter(
        participant=user, programme__service_id=service_id
    ).exclude(status=EnrolmentStatus.WITHDRAWN).exists()


def is_member_in_service(user: User, service_id: int) -> bool:
    return Membership.objects.filter(
        person=user, status__in=CURRENT_STATUSES, group__service_id=service_id
    ).exists()


def can_see_gathering(user: User, gathering: Gathering) -> bool:
    """Past PMP participants and every group member of the service, and its staff."""
    if not _signed_in(user) or user.service_id != gathering.service_id:
        return False
    if user.is_staff_member:
        return True
    return is_member_in_service(user, gathering.service_id) or is_past_participant(
        user, gathering.service_id
    )


def can_browse_directory(user: User) -> bool:
    return _signed_in(user) and user.service_id is not None


# --- access to one group ---------------------------------------------------------------------
@dataclass(frozen=True)
class GroupAccess:
    visible: bool = False  # may know the group exists (else 404)
    membership: Membership | None = None

    @property
    def is_member(self) -> bool:
        return self.membership is not None and self.membership.is_current

    @property
    def is_coordinator(self) -> bool:
        return self.membership is not None and self.membership.is_coordinator


def group_access(user: User, group: Group) -> GroupAccess:
    """At most one query: this person's membership row."""
    if not _signed_in(user):
        return GroupAccess()
    membership = Membership.objects.filter(group=group, person=user).first()
    if membership is not None:
        membership.group = group
        membership.person = user
        return GroupAccess(visible=True, membership=membership)
    if is_service_staff(user, group.service_id):
        return GroupAccess(visible=True)
    return GroupAccess()


def _check(access: GroupAccess, *, write: bool) -> None:
    if not access.visible:
        raise Http404
    if not access.is_member:
        raise PermissionDenied
    if write and not access.is_coordinator:
        raise PermissionDenied


def get_group_for_user(user: User, pk: int, *, write: bool = False) -> Group:
    """The group with ``.access`` set, for a current member (``write``: a coordinator).
    Http404 for strangers, PermissionDenied for staff and former members."""
    group = Group.objects.select_related("service").filter(pk=pk).first()
    if group is None:
        raise Http404
    access = group_access(user, group)
    _check(access, write=write)
    group.access = access
    return group


def get_meeting_for_user(user: User, group_pk: int, pk: int, *, write: bool = False) -> Meeting:
    group = get_group_for_user(user, group_pk, write=write)
    meeting = (
        Meeting.objects.select_related("venue").filter(pk=pk, group=group).first()
    )
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
    request = JoinRequest.objects.select_related("person", "from_group").filter(
        pk=pk, group=group
    ).first()
    if request is None:
        raise Http404
    request.group = group
    return request


def get_group_for_joining(user: User, pk: int) -> Group:
    """A group someone may ask to join: open to new members, in their service. 404
    otherwise (the directory shows nothing else either)."""
    if not can_browse_directory(user):
        raise Http404
    group = Group.objects.select_related("service").filter(
        pk=pk, service_id=user.service_id, open_to_new_members=True
    ).exclude(status=GroupStatus.CLOSED).first()
    if group is None:
        raise Http404
    return group


def get_group_for_introduction(user: User, pk: int) -> Group:
    if not can_browse_directory(user):
        raise Http404
    group = get_group_for_joining(user, pk)
    if not is_service_clinician(user, group.service_id):
        raise PermissionDenied
    return group


def get_venue_for_user(user: User, pk: int, *, write: bool = False) -> Venue:
    if not _signed_in(user) or user.service_id is None:
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


# --- a person's groups --------------------------------------------------------------------
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


def my_groups(*, user: User, now: datetime.datetime) -> MyGroups:
    memberships = list(
        Membership.objects.filter(person=user, status__in=CURRENT_STATUSES)
        .select_related("group")
        .order_by("group__name")
    )
    group_ids = [m.group_id for m in memberships]
    next_by_group: dict[int, Meeting] = {}
    for meeting in (
        Meeting.objects.filter(group_id__in=group_ids, status=MeetingStatus.SCHEDULED,
                               starts_at__gt=now)
        .select_related("venue")
        .order_by("starts_at")
    ):
        next_by_group.setdefault(meeting.group_id, meeting)
    answers = dict(
        RSVP.objects.filter(person=user, meeting__in=list(next_by_group.values())).values_list(
            "meeting_id", "answer"
        )
    )
    rows = [
        MyGroupRow(
            membership=m,
            next_meeting=next_by_group.get(m.group_id),
            my_answer=answers.get(next_by_group[m.group_id].pk)
            if m.group_id in next_by_group else None,
        )
        for m in memberships
    ]
    pending = list(
        JoinRequest.objects.filter(person=user, status=JoinRequestStatus.PENDING).select_related(
            "group"
        )
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


# --- the group page ------------------------------------------------------------------------
@dataclass
class GroupPage:
    group: Group
    membership: Membership
    upcoming: list[Meeting]
    proposed: list[Meeting]
    my_answers: dict[int, str]
    going_counts: dict[int, int]
    open_polls: list[Poll]
    answered_poll_ids: set[int]
    threads: list[Post]
    coordinators: list[Membership]
    member_count: int
    paused_count: int
    has_active_coordinator: bool
    needs_attendance: list[Meeting]
    pending_requests: int
    last_meeting: Meeting | None


def group_page(group: Group, *, now: datetime.datetime) -> GroupPage:
    membership = group.access.membership
    is_coordinator = group.access.is_coordinator
    memberships = list(
        Membership.objects.filter(group=group, status__in=CURRENT_STATUSES)
        .select_related("person")
        .order_by("person__display_name")
    )
    meetings = list(
        Meeting.objects.filter(group=group, status__in=[MeetingStatus.SCHEDULED,
                                                        MeetingStatus.PROPOSED])
        .filter(Q(starts_at__gt=now) | Q(status=MeetingStatus.SCHEDULED,
                                          attendance_recorded_at__isnull=True,
                                          starts_at__gt=now - datetime.timedelta(days=30)))
        .select_related("venue")
        .annotate(going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.GOING)))
        .order_by("starts_at")
    )
    upcoming = [m for m in meetings if m.status == MeetingStatus.SCHEDULED
                and m.starts_at > now][:UPCOMING_ON_GROUP_PAGE]
    proposed = [m for m in meetings if m.status == MeetingStatus.PROPOSED] if is_coordinator \
        else []
    needs_attendance = [
        m for m in meetings
        if m.status == MeetingStatus.SCHEDULED and m.starts_at <= now and m.has_ended(now)
    ] if is_coordinator else []
    my_answers = dict(
        RSVP.objects.filter(meeting__in=[m.pk for m in upcoming], person_id=membership.person_id)
        .values_list("meeting_id", "answer")
    )
    for meeting in upcoming:
        meeting.my_answer = my_answers.get(meeting.pk)
    polls = list(
        Poll.objects.filter(group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED])
        .annotate(answered=Exists(PollAnswer.objects.filter(
            option__poll=OuterRef("pk"), person_id=membership.person_id)))
        .order_by("deadline")
    )
    threads = list(
        Post.objects.filter(group=group, parent__isnull=True)
        .select_related("author")
        .annotate(reply_count=Count("replies"))
        .order_by("-last_activity_at")[:GROUP_PAGE_THREADS]
    )
    last_meeting = (
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__lte=now)
        .select_related("venue")
        .order_by("-starts_at")
        .first()
    )
    pending = (
        JoinRequest.objects.filter(group=group, status=JoinRequestStatus.PENDING).count()
        if is_coordinator else 0
    )
    coordinators = [m for m in memberships if m.role in COORDINATOR_ROLES]
    return GroupPage(
        group=group,
        membership=membership,
        upcoming=upcoming,
        proposed=proposed,
        my_answers=my_answers,
        going_counts={m.pk: m.going for m in meetings},
        open_polls=polls,
        answered_poll_ids={p.pk for p in polls if p.answered},
        threads=threads,
        coordinators=coordinators,
        member_count=sum(1 for m in memberships if m.role != MembershipRole.PTV_SUPPORTER),
        paused_count=sum(1 for m in memberships if m.status == MembershipStatus.PAUSED),
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
    return not Membership.objects.filter(
        group=group, status=MembershipStatus.ACTIVE, role__in=COORDINATOR_ROLES
    ).exclude(pk=me.pk).exists()


def handover_candidates(group: Group) -> list[Membership]:
    me = group.access.membership
    return list(
        Membership.objects.filter(group=group, status=MembershipStatus.ACTIVE)
        .exclude(pk=me.pk)
        .exclude(role=MembershipRole.PTV_SUPPORTER)
        .select_related("person")
        .order_by("person__display_name")
    )


# --- meetings --------------------------------------------------------------------------------
@dataclass
class MeetingPage:
    meeting: Meeting
    by_answer: dict[str, list[User]]
    my_answer: str | None
    not_answered: int
    attendance: list[Attendance]
    can_record_attendance: bool
    is_coordinator: bool
    has_started: bool


def meeting_page(meeting: Meeting, *, now: datetime.datetime) -> MeetingPage:
    group = meeting.group
    me = group.access.membership
    rsvps = list(RSVP.objects.filter(meeting=meeting).select_related("person").order_by(
        "person__display_name"))
    by_answer: dict[str, list[User]] = {a: [] for a in RSVPAnswer.values}
    for rsvp in rsvps:
        by_answer[rsvp.answer].append(rsvp.person)
    current = Membership.objects.filter(group=group, status__in=CURRENT_STATUSES).count()
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
        not_answered=max(current - len(rsvps), 0),
        attendance=attendance,
        can_record_attendance=group.access.is_coordinator
        and meeting.status == MeetingStatus.SCHEDULED and meeting.has_started(now),
        is_coordinator=group.access.is_coordinator,
        has_started=meeting.has_started(now),
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
                "person_id", flat=True)
        )
    else:
        ticked = set(
            RSVP.objects.filter(meeting=meeting, answer=RSVPAnswer.GOING).values_list(
                "person_id", flat=True)
        )
    return memberships, ticked


def venue_choices(service_id: int) -> QuerySet[Venue]:
    return Venue.objects.filter(service_id=service_id, archived_at__isnull=True).order_by("name")


def venue_list_for_user(user: User) -> list[Venue]:
    if not _signed_in(user) or user.service_id is None:
        raise Http404
    if not can_manage_venues(user) and not is_member_in_service(user, user.service_id):
        raise PermissionDenied
    return list(venue_choices(user.service_id))


# --- polls ---------------------------------------------------------------------------------
@dataclass
class PollOptionRow:
    option: object
    counts: dict[str, int]
    my_answer: str | None
    names: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class PollPage:
    poll: Poll
    rows: list[PollOptionRow]
    answered: int
    members: int
    i_answered: bool
    is_coordinator: bool
    not_answered_names: list[str]


def poll_page(poll: Poll, *, now: datetime.datetime) -> PollPage:
    group = poll.group
    me = group.access.membership
    is_coordinator = group.access.is_coordinator
    options = list(poll.options.select_related("venue").order_by("starts_at", "pk"))
    answers = list(
        PollAnswer.objects.filter(option__poll=poll).select_related("person").order_by(
            "person__display_name")
    )
    memberships = list(
        Membership.objects.filter(group=group, status__in=CURRENT_STATUSES).select_related(
            "person").order_by("person__display_name")
    )
    per_option: dict[int, list[PollAnswer]] = defaultdict(list)
    for answer in answers:
        per_option[answer.option_id].append(answer)
    answered_ids = {a.person_id for a in answers}
    rows = []
    for option in options:
        mine = [a.answer for a in per_option[option.pk] if a.person_id == me.person_id]
        names: dict[str, list[str]] = {}
        if is_coordinator:
            for a in per_option[option.pk]:
                names.setdefault(a.answer, []).append(a.person.display_name)
        rows.append(
            PollOptionRow(
                option=option,
                counts=Counter(a.answer for a in per_option[option.pk]),
                my_answer=mine[0] if mine else None,
                names=names,
            )
        )
    return PollPage(
        poll=poll,
        rows=rows,
        answered=len(answered_ids),
        members=len(memberships),
        i_answered=me.person_id in answered_ids,
        is_coordinator=is_coordinator,
        not_answered_names=[m.person.display_name for m in memberships
                            if m.person_id not in answered_ids] if is_coordinator else [],
    )


def poll_best_option_id(page: PollPage) -> int | None:
    """The option most people can make: most "yes", then fewest "no"."""
    if not page.rows:
        return None
    best = max(
        page.rows,
        key=lambda r: (
            r.counts.get(PollAnswerChoice.YES, 0) + r.counts.get(PollAnswerChoice.IF_NEED_BE, 0),
            r.counts.get(PollAnswerChoice.YES, 0),
            -r.counts.get(PollAnswerChoice.NO, 0),
        ),
    )
    return best.option.pk


# --- the conversation ------------------------------------------------------------------------
@dataclass
class BoardPage:
    threads: Page
    notice_needed: bool


def board_page(group: Group, *, page_number: int | str | None) -> BoardPage:
    threads = (
        Post.objects.filter(group=group, parent__isnull=True)
        .select_related("author")
        .annotate(reply_count=Count("replies"), last_reply_at=Max("replies__created_at"))
        .order_by("-last_activity_at", "-pk")
    )
    paginator = Paginator(threads, THREADS_PER_PAGE)
    page = paginator.get_page(page_number)
    return BoardPage(threads=page, notice_needed=notice_needed(group.access.membership))


def notice_needed(membership: Membership) -> bool:
    return membership.screening_notice_version != SCREENING_NOTICE_VERSION


def thread_page(post: Post) -> tuple[Post, list[Post]]:
    top = post
    if post.parent_id:
        top = Post.objects.select_related("author").get(pk=post.parent_id)
    replies = list(
        Post.objects.filter(parent=top).select_related("author").order_by("created_at", "pk")
    )
    return top, replies


# --- directory ---------------------------------------------------------------------------------
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


def directory_for_user(*, user: User, area: str = "", now: datetime.datetime) -> Directory:
    """Groups open to new members in the person's service: rhythm, kind of venue and
    purposes, never member names."""
    if not can_browse_directory(user):
        raise Http404
    base = Group.objects.filter(service_id=user.service_id, open_to_new_members=True).exclude(
        status=GroupStatus.CLOSED
    )
    areas = sorted({a for a in base.values_list("area", flat=True) if a})
    groups = base.filter(area=area) if area else base
    groups = list(
        groups.annotate(
            member_count=Count(
                "memberships",
                filter=Q(memberships__status__in=CURRENT_STATUSES)
                & ~Q(memberships__role=MembershipRole.PTV_SUPPORTER),
            )
        ).order_by("area", "name")
    )
    ids = [g.pk for g in groups]
    kinds: dict[int, set[str]] = defaultdict(set)
    online: set[int] = set()
    venue_labels = dict(Venue._meta.get_field("kind").choices)
    for group_id, mode, kind in Meeting.objects.filter(
        group_id__in=ids,
        status=MeetingStatus.SCHEDULED,
        starts_at__gt=now - datetime.timedelta(days=183),
    ).values_list("group_id", "mode", "venue__kind"):
        if mode == MeetingMode.ONLINE:
            online.add(group_id)
        elif kind:
            kinds[group_id].add(str(venue_labels[kind]))
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
            for g in groups
        ],
        areas=areas,
        area=area,
        my_groups=mine,
        is_clinician=is_service_clinician(user, user.service_id),
    )


def my_current_groups(user: User) -> list[Group]:
    return list(
        Group.objects.filter(memberships__person=user, memberships__status__in=CURRENT_STATUSES)
        .order_by("name")
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


# --- staff overview ------------------------------------------------------------------------
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
    if not _signed_in(user) or user.service_id is None:
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


# --- gatherings ----------------------------------------------------------------------------
def gatherings_for_user(*, user: User, now: datetime.datetime) -> list[Gathering]:
    if not _signed_in(user) or user.service_id is None:
        raise Http404
    if not (user.is_staff_member or is_member_in_service(user, user.service_id)
            or is_past_participant(user, user.service_id)):
        raise Http404
    gatherings = list(
        Gathering.objects.filter(service_id=user.service_id, starts_at__gt=now - datetime.timedelta(
            days=1))
        .select_related("venue")
        .annotate(
            going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.GOING)),
            my_answer=GatheringRSVP.objects.filter(gathering=OuterRef("pk"), person=user)
            .values("answer")[:1],
        )
        .order_by("starts_at")
    )
    return gatherings


def gathering_page(gathering: Gathering, *, user: User) -> dict:
    rsvps = Counter(gathering.rsvps.values_list("answer", flat=True))
    mine = gathering.rsvps.filter(person=user).values_list("answer", flat=True).first()
    return {"counts": rsvps, "my_answer": mine}


# --- calendars -----------------------------------------------------------------------------
def calendar_feed_user(token: str) -> User | None:
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.is_active:
        return None
    return feed.user


def calendar_feed_items(user: User, *, now: datetime.datetime
                        ) -> tuple[list[Meeting], list[Gathering]]:
    """The person's group meetings (cancelled ones too, so calendars drop them) from a
    month back, and the gatherings they said they would (or might) come to."""
    since = now - datetime.timedelta(days=31)
    group_ids = Membership.objects.filter(
        person=user, status__in=CURRENT_STATUSES
    ).values_list("group_id", flat=True)
    meetings = list(
        Meeting.objects.filter(group_id__in=group_ids, starts_at__gte=since)
        .exclude(status=MeetingStatus.PROPOSED)
        .select_related("group", "venue")
        .order_by("starts_at")
    )
    gatherings = list(
        Gathering.objects.filter(
            rsvps__person=user,
            rsvps__answer__in=[RSVPAnswer.GOING, RSVPAnswer.MAYBE],
            starts_at__gte=since,
        )
        .select_related("venue")
        .order_by("starts_at")
    )
    return meetings, gatherings

