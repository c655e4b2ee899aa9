"""One group's pages for its members: the overview, the members list, and who can take
over coordinating."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.db import connection

from pmp_followon import sqlrows
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

# The constants the page's statements compare with, written into the SQL as literals so
# that their prepared plans may use the same indexes (``sqlrows.prepared_cursor``).
_ACTIVE = sqlrows.literals([MembershipStatus.ACTIVE])
_COORDINATOR_ROLES = sqlrows.literals(COORDINATOR_ROLES)
_PENDING = sqlrows.literals([JoinRequestStatus.PENDING])
_GOING = sqlrows.literals([RSVPAnswer.GOING])
_SCHEDULED = sqlrows.literals([MeetingStatus.SCHEDULED])
_PROPOSED = sqlrows.literals([MeetingStatus.PROPOSED])
_POLL_OPEN = sqlrows.literals([PollStatus.OPEN])
_POLL_CLOSED = sqlrows.literals([PollStatus.CLOSED])


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
    parts = _page_parts(
        group, person_id=membership.person_id, now=now, is_coordinator=is_coordinator
    )
    meetings = parts.meetings
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
    polls, threads = parts.polls, parts.threads
    has_active_coordinator, pending = parts.has_active_coordinator, parts.pending_requests
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


@dataclass
class _PageParts:
    meetings: list[Meeting]
    polls: list[Poll]
    threads: list[Post]
    has_active_coordinator: bool
    pending_requests: int


def _page_parts(
    group: Group, *, person_id: int, now: datetime.datetime, is_coordinator: bool
) -> _PageParts:
    """The rows the group page shows, in one SQL statement of four parts (``UNION ALL``,
    the part in the first column; the columns of each part in the ones the four share):

    1. the meetings the page may show (scheduled or proposed, still to come, or started in
       the last 30 days without attendance recorded), each with its venue's name, the
       number going and this person's answer (``going``, ``my_answer``, ``my_answer_label``);
    2. the open and closed polls, each with whether this person has answered
       (``answered``);
    3. the latest threads (``GROUP_PAGE_THREADS``) by last activity, with each author's
       name (the order the ``post_group_threads`` index gives, as the board's query);
    4. whether the group has an active coordinator and, for a coordinator, how many people
       ask to join.

    Each part reads the columns the page shows and no more (run 6), written as SQL rather
    than built by the ORM (run 7); one statement rather than four since each costs the
    database and the worker a round trip (issue 17, run 9), and it is prepared on
    PostgreSQL (``sqlrows.prepared_cursor``), its constants written in as literals. The
    rows are the same models the ORM gives (the columns below, the others deferred)."""
    meeting, venue, rsvp = Meeting._meta.db_table, Venue._meta.db_table, RSVP._meta.db_table
    poll, option, answer = (
        Poll._meta.db_table,
        PollOption._meta.db_table,
        PollAnswer._meta.db_table,
    )
    post, user = Post._meta.db_table, User._meta.db_table
    membership, join_request = Membership._meta.db_table, JoinRequest._meta.db_table
    ops = connection.ops
    at = ops.adapt_datetimefield_value(now)
    recent = ops.adapt_datetimefield_value(now - datetime.timedelta(days=30))
    none_n, none_t, none_at = "CAST(NULL AS bigint)", "CAST(NULL AS text)", _NULL_TIMESTAMP
    sql = f"""
        SELECT 1, m.id, m.duration_minutes, m.venue_id,
               (SELECT COUNT(*) FROM {rsvp} r
                 WHERE r.meeting_id = m.id AND r.answer = {_GOING}),
               m.status, m.mode, m.place_note, v.name,
               (SELECT r.answer FROM {rsvp} r
                 WHERE r.meeting_id = m.id AND r.person_id = %s),
               m.starts_at, m.attendance_recorded_at
          FROM {meeting} m
          LEFT JOIN {venue} v ON v.id = m.venue_id
         WHERE m.group_id = %s AND m.status IN ({_SCHEDULED}, {_PROPOSED})
           AND (m.starts_at > %s
                OR (m.status = {_SCHEDULED} AND m.attendance_recorded_at IS NULL
                    AND m.starts_at > %s))
        UNION ALL
        SELECT 2, p.id,
               CASE WHEN EXISTS (SELECT 1 FROM {answer} a JOIN {option} o ON o.id = a.option_id
                                  WHERE o.poll_id = p.id AND a.person_id = %s)
                    THEN 1 ELSE 0 END,
               {none_n}, {none_n}, p.status, p.title, {none_t}, {none_t}, {none_t},
               p.deadline, {none_at}
          FROM {poll} p
         WHERE p.group_id = %s AND p.status IN ({_POLL_OPEN}, {_POLL_CLOSED})
        UNION ALL
        SELECT 3, t.id, t.author_id, t.reply_count, {none_n}, t.body, t.display_name,
               {none_t}, {none_t}, {none_t}, t.last_activity_at, t.hidden_at
          FROM (SELECT p.id, p.author_id, p.reply_count, p.body, u.display_name,
                       p.last_activity_at, p.hidden_at
                  FROM {post} p
                  JOIN {user} u ON u.id = p.author_id
                 WHERE p.group_id = %s AND p.parent_id IS NULL
                 ORDER BY p.last_activity_at DESC, p.id DESC
                 LIMIT {GROUP_PAGE_THREADS:d}) t
        UNION ALL
        SELECT 4, {none_n},
               CASE WHEN EXISTS (SELECT 1 FROM {membership} ms
                                  WHERE ms.group_id = %s AND ms.status = {_ACTIVE}
                                    AND ms.role IN ({_COORDINATOR_ROLES}))
                    THEN 1 ELSE 0 END,
               CASE WHEN %s THEN (SELECT COUNT(*) FROM {join_request} jr
                                   WHERE jr.group_id = %s AND jr.status = {_PENDING})
                    ELSE 0 END,
               {none_n}, {none_t}, {none_t}, {none_t}, {none_t}, {none_t}, {none_at}, {none_at}
    """  # noqa: S608 - table names from the models, constants of the code; data as parameters
    params = [
        person_id,
        group.pk,
        at,
        recent,
        person_id,
        group.pk,
        group.pk,
        group.pk,
        is_coordinator,
        group.pk,
    ]
    with sqlrows.prepared_cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    labels = dict(RSVPAnswer.choices)
    parts = _PageParts(
        meetings=[], polls=[], threads=[], has_active_coordinator=False, pending_requests=0
    )
    for part, pk, n1, n2, n3, t1, t2, t3, t4, t5, at1, at2 in rows:
        if part == 1:
            found = sqlrows.build_some(
                Meeting, _MEETING_COLUMNS, (pk, group.pk, t1, at1, n1, t2, t3, n2, at2)
            )
            found.going = n3  # type: ignore[attr-defined]  # a column of the statement
            found.my_answer = t5  # type: ignore[attr-defined]
            found.my_answer_label = labels.get(t5, "") if t5 else ""  # type: ignore[attr-defined]
            found.venue = (
                Venue.from_db(connection.alias, ["id", "name"], [n2, t4])
                if n2 is not None
                else None
            )
            parts.meetings.append(found)
        elif part == 2:
            found_poll = sqlrows.build_some(Poll, _POLL_COLUMNS, (pk, group.pk, t2, t1, at1))
            found_poll.answered = bool(n1)  # type: ignore[attr-defined]
            parts.polls.append(found_poll)
        elif part == 3:
            thread = sqlrows.build_some(Post, _THREAD_COLUMNS, (pk, group.pk, n1, t1, at2, at1, n2))
            thread.author = User.from_db(connection.alias, ["id", "display_name"], [n1, t2])
            parts.threads.append(thread)
        else:
            parts.has_active_coordinator, parts.pending_requests = bool(n1), int(n2)
    # The order each part had as a statement of its own (UNION ALL keeps none).
    parts.meetings.sort(key=lambda m: (m.starts_at, m.pk))
    parts.polls.sort(key=lambda p: (p.deadline, p.pk))
    parts.threads.sort(key=lambda p: (p.last_activity_at, p.pk), reverse=True)
    return parts


# A NULL of a timestamp column in every part's row, typed so PostgreSQL can match the parts.
_NULL_TIMESTAMP = "CAST(NULL AS timestamp with time zone)"
_MEETING_COLUMNS = (
    "id",
    "group_id",
    "status",
    "starts_at",
    "duration_minutes",
    "mode",
    "place_note",
    "venue_id",
    "attendance_recorded_at",
)
_POLL_COLUMNS = ("id", "group_id", "title", "status", "deadline")
_THREAD_COLUMNS = (
    "id",
    "group_id",
    "author_id",
    "body",
    "hidden_at",
    "last_activity_at",
    "reply_count",
)


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
