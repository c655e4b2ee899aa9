"""One group's pages for its members: the overview, the members list, and who can take
over coordinating."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection

from pmp_followon.accounts.models import User

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
    PollOption,
    PollStatus,
    Post,
    RSVPAnswer,
    Venue,
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
    has_active_coordinator: bool
    needs_attendance: Sequence[Meeting]
    pending_requests: int


def group_page(group: Group, *, now: datetime.datetime) -> GroupPage:
    """What a member sees first on a phone: the next meetings with their answer, polls to
    answer, the latest messages and the links to the rest. Who is in the group, who
    coordinates and when it last met are on the members page (decision 0018)."""
    membership = group.access.current_membership
    is_coordinator = group.access.is_coordinator
    # Each query reads the columns the page shows and no more: turning every column of
    # the joined rows into Python values (a person's phone number parsed for each member,
    # a venue's access details) was most of this page's CPU (issue 17, run 6).
    meetings = _page_meetings(group, person_id=membership.person_id, now=now)
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
    polls = _page_polls(group, person_id=membership.person_id)
    threads = _page_threads(group)
    has_active_coordinator, pending = _page_facts(group, is_coordinator=is_coordinator)
    return GroupPage(
        group=group,
        membership=membership,
        upcoming=upcoming,
        proposed=proposed,
        open_polls=polls,
        answered_poll_ids={p.pk for p in polls if getattr(p, "answered", False)},
        threads=threads,
        has_active_coordinator=has_active_coordinator,
        needs_attendance=needs_attendance,
        pending_requests=pending,
    )


def _page_facts(group: Group, *, is_coordinator: bool) -> tuple[bool, int]:
    """Whether the group has an active coordinator, and (for a coordinator) how many people
    ask to join: one statement of two subqueries."""
    membership, join_request = Membership._meta.db_table, JoinRequest._meta.db_table
    roles = ", ".join(["%s"] * len(COORDINATOR_ROLES))
    sql = f"""
        SELECT EXISTS (SELECT 1 FROM {membership} ms
                        WHERE ms.group_id = %s AND ms.status = %s AND ms.role IN ({roles})),
               CASE WHEN %s THEN (SELECT COUNT(*) FROM {join_request} jr
                                   WHERE jr.group_id = %s AND jr.status = %s)
                    ELSE 0 END
    """  # noqa: S608 - table names from the models; data only as parameters
    params: list[str | int | bool] = [
        group.pk,
        MembershipStatus.ACTIVE,
        *COORDINATOR_ROLES,
        is_coordinator,
        group.pk,
        JoinRequestStatus.PENDING,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        has_coordinator, pending = cursor.fetchone()
    return bool(has_coordinator), int(pending)


@dataclass
class GroupAbout:
    """The members page's summary of the group: its rhythm comes from the group itself."""

    member_count: int
    coordinators: list[Membership]
    last_meeting: Meeting | None


def group_about(group: Group, rows: Sequence[MemberRow], *, now: datetime.datetime) -> GroupAbout:
    """How many members (PTV supporters not counted), who coordinates, and when the group
    last met, from the members page's rows and one query."""
    memberships = [row.membership for row in rows]
    return GroupAbout(
        member_count=sum(1 for m in memberships if m.role != MembershipRole.PTV_SUPPORTER),
        coordinators=[m for m in memberships if m.role in COORDINATOR_ROLES],
        last_meeting=_last_meeting(group, now=now),
    )


def _page_threads(group: Group) -> list[Post]:
    """The group's latest threads (``GROUP_PAGE_THREADS``) by last activity, with each
    author's name: the columns the page shows, one SQL statement (the order the
    ``post_group_threads`` index gives, as the board's query)."""
    post, user = Post._meta.db_table, User._meta.db_table
    sql = f"""
        SELECT p.id, p.group_id, p.author_id, p.body, p.hidden_at, p.last_activity_at,
               p.reply_count, u.display_name
          FROM {post} p
          JOIN {user} u ON u.id = p.author_id
         WHERE p.group_id = %s AND p.parent_id IS NULL
         ORDER BY p.last_activity_at DESC, p.id DESC
         LIMIT %s
    """  # noqa: S608 - table names from the models; data only as parameters
    found = list(Post.objects.raw(sql, [group.pk, GROUP_PAGE_THREADS]))
    for row in found:
        name = row.display_name  # type: ignore[attr-defined]  # a column of the statement
        row.author = User.from_db(connection.alias, ["id", "display_name"], [row.author_id, name])
    return found


def _page_meetings(group: Group, *, person_id: int, now: datetime.datetime) -> list[Meeting]:
    """The group's meetings the page may show (scheduled or proposed, still to come, or
    started in the last 30 days without attendance recorded), by time, each with its venue's
    name, the number going and this person's answer (``going``, ``my_answer`` and its
    words, ``my_answer_label``).

    Written as one SQL statement rather than built by the ORM: building this query (a join,
    a count and a subquery) was the largest part of the page's CPU (issue 17, run 7). The
    rows are the same Meeting instances (``raw``: the columns below, the others deferred),
    each with its venue's name as a deferred Venue."""
    meeting, venue, rsvp = Meeting._meta.db_table, Venue._meta.db_table, RSVP._meta.db_table
    at = connection.ops.adapt_datetimefield_value(now)
    recent = connection.ops.adapt_datetimefield_value(now - datetime.timedelta(days=30))
    sql = f"""
        SELECT m.id, m.group_id, m.status, m.starts_at, m.duration_minutes, m.mode,
               m.place_note, m.venue_id, m.attendance_recorded_at, v.name AS venue_name,
               (SELECT COUNT(*) FROM {rsvp} r
                 WHERE r.meeting_id = m.id AND r.answer = %s) AS going,
               (SELECT r.answer FROM {rsvp} r
                 WHERE r.meeting_id = m.id AND r.person_id = %s) AS my_answer
          FROM {meeting} m
          LEFT JOIN {venue} v ON v.id = m.venue_id
         WHERE m.group_id = %s AND m.status IN (%s, %s)
           AND (m.starts_at > %s
                OR (m.status = %s AND m.attendance_recorded_at IS NULL AND m.starts_at > %s))
         ORDER BY m.starts_at, m.id
    """  # noqa: S608 - table names from the models; data only as parameters
    params = [
        RSVPAnswer.GOING,
        person_id,
        group.pk,
        MeetingStatus.SCHEDULED,
        MeetingStatus.PROPOSED,
        at,
        MeetingStatus.SCHEDULED,
        recent,
    ]
    meetings = list(Meeting.objects.raw(sql, params))
    labels = dict(RSVPAnswer.choices)
    for found in meetings:
        answer = found.my_answer  # type: ignore[attr-defined]  # a column of the statement
        found.my_answer_label = labels.get(answer, "") if answer else ""  # type: ignore[attr-defined]
        name = found.venue_name  # type: ignore[attr-defined]  # a column of the statement
        found.venue = (
            Venue.from_db(connection.alias, ["id", "name"], [found.venue_id, name])
            if found.venue_id is not None
            else None
        )
    return meetings


def _page_polls(group: Group, *, person_id: int) -> list[Poll]:
    """The group's open and closed polls by deadline, each with whether this person has
    answered (``answered``): one SQL statement, as ``_page_meetings``."""
    poll, option, answer = (
        Poll._meta.db_table,
        PollOption._meta.db_table,
        PollAnswer._meta.db_table,
    )
    sql = f"""
        SELECT p.id, p.group_id, p.title, p.status, p.deadline,
               EXISTS (SELECT 1 FROM {answer} a JOIN {option} o ON o.id = a.option_id
                        WHERE o.poll_id = p.id AND a.person_id = %s) AS answered
          FROM {poll} p
         WHERE p.group_id = %s AND p.status IN (%s, %s)
         ORDER BY p.deadline, p.id
    """  # noqa: S608 - table names from the models; data only as parameters
    params = [person_id, group.pk, PollStatus.OPEN, PollStatus.CLOSED]
    polls = list(Poll.objects.raw(sql, params))
    for found in polls:
        found.answered = bool(found.answered)  # type: ignore[attr-defined]  # SQLite: 0 or 1
    return polls


def _last_meeting(group: Group, *, now: datetime.datetime) -> Meeting | None:
    """The group's latest scheduled meeting that has started (only its time is shown)."""
    meeting = Meeting._meta.db_table
    sql = f"""
        SELECT m.id, m.group_id, m.starts_at FROM {meeting} m
         WHERE m.group_id = %s AND m.status = %s AND m.starts_at <= %s
         ORDER BY m.starts_at DESC, m.id DESC LIMIT 1
    """  # noqa: S608 - table names from the models; data only as parameters
    at = connection.ops.adapt_datetimefield_value(now)
    return next(iter(Meeting.objects.raw(sql, [group.pk, MeetingStatus.SCHEDULED, at])), None)


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
