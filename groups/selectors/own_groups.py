"""A person's own groups: the "my groups" page."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from pmp_followon import sqlrows
from pmp_followon.accounts.models import User

from ..models import (
    CURRENT_STATUSES,
    RSVP,
    Gathering,
    Group,
    JoinRequest,
    JoinRequestStatus,
    Meeting,
    MeetingStatus,
    Membership,
    Venue,
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


def _coming_gatherings(user: User, now: datetime.datetime) -> int:
    """How many gatherings for everyone in the person's service are still to come."""
    if not user.service_id:
        return 0
    return Gathering.objects.filter(
        service_id=user.service_id, cancelled_at__isnull=True, starts_at__gt=now
    ).count()


def my_groups(*, user: User, now: datetime.datetime) -> MyGroups:
    """The person's current groups, each with its next meeting and their answer to it (in
    one query), their pending join requests and the number of coming gatherings in their
    service. (The home page reads the same rules in one statement: `home_groups`.)"""
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
    pending = list(
        JoinRequest.objects.filter(person=user, status=JoinRequestStatus.PENDING).select_related(
            "group"
        )
    )
    gatherings = _coming_gatherings(user, now)
    return MyGroups(
        rows=rows,
        pending_requests=pending,
        upcoming_gatherings=gatherings,
        can_browse=can_browse_directory(user),
        staff_overview=can_see_staff_overview(user),
    )


@dataclass(frozen=True)
class HomeVenue:
    name: str


@dataclass(frozen=True)
class HomeGroup:
    pk: int
    name: str


@dataclass(frozen=True)
class HomeMeeting:
    pk: int
    starts_at: datetime.datetime
    venue: HomeVenue | None


@dataclass(frozen=True)
class HomeGroupRow:
    group: HomeGroup
    next_meeting: HomeMeeting | None
    my_answer: str | None


@dataclass(frozen=True)
class HomeGroups:
    rows: list[HomeGroupRow]
    upcoming_gatherings: int
    # The answer to ``also`` (an SQL condition on the person, ``ms.person_id``), or None when
    # it was not asked or the person has no current group (no row to ask it on).
    also: bool | None = None


def _aware(value: Any) -> datetime.datetime:
    """A timestamp read by plain SQL: PostgreSQL gives an aware datetime, SQLite the text
    Django stored (UTC)."""
    if isinstance(value, datetime.datetime):
        return value if timezone.is_aware(value) else timezone.make_aware(value, datetime.UTC)
    parsed = parse_datetime(value)
    if parsed is None:
        raise ValueError(f"not a timestamp: {value!r}")
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed, datetime.UTC)


_SCHEDULED = sqlrows.literals([MeetingStatus.SCHEDULED])
_CURRENT = sqlrows.literals(CURRENT_STATUSES)


def home_groups(*, user: User, now: datetime.datetime, also: str = "") -> HomeGroups:
    """What the home page shows of a person's groups, in one query: each current group
    (by name) with its next scheduled meeting, that meeting's venue and the person's answer
    to it, and the number of coming gatherings of their service. The same rules as
    ``my_groups`` (its two group queries and the gatherings count), written as one
    statement: building the three ORM queries was most of this part of the page's CPU
    (issue 17, run 7). Nothing is kept between requests. ``also``: an SQL condition on the
    person (``ms.person_id``) the home page needs too, asked in the same statement (run 9:
    whether any programme waits, ``programmes.selectors.programmes_waiting_sql``)."""
    membership = Membership._meta.db_table
    group = Group._meta.db_table
    meeting = Meeting._meta.db_table
    venue = Venue._meta.db_table
    rsvp = RSVP._meta.db_table
    gathering = Gathering._meta.db_table
    at = connection.ops.adapt_datetimefield_value(now)
    sql = f"""
        SELECT g.id, g.name, m.id, m.starts_at, m.venue_id, v.name,
               (SELECT r.answer FROM {rsvp} r
                 WHERE r.meeting_id = m.id AND r.person_id = ms.person_id),
               (SELECT COUNT(*) FROM {gathering} ga
                 WHERE ga.service_id = %s AND ga.cancelled_at IS NULL AND ga.starts_at > %s),
               CASE WHEN {also or "1 = 0"} THEN 1 ELSE 0 END
          FROM {membership} ms
          JOIN {group} g ON g.id = ms.group_id
          LEFT JOIN {meeting} m ON m.id = (
                SELECT m2.id FROM {meeting} m2
                 WHERE m2.group_id = ms.group_id AND m2.status = {_SCHEDULED}
                   AND m2.starts_at > %s
                 ORDER BY m2.starts_at, m2.id LIMIT 1)
          LEFT JOIN {venue} v ON v.id = m.venue_id
         WHERE ms.person_id = %s AND ms.status IN ({_CURRENT})
         ORDER BY g.name, g.id
    """  # noqa: S608 - table names from the models, constants of the code; data as parameters
    params = [user.service_id, at, at, user.pk]
    # Prepared on PostgreSQL: every member's home page runs it (issue 17, run 9).
    with sqlrows.prepared_cursor() as cursor:
        cursor.execute(sql, params)
        found = cursor.fetchall()
    rows = [
        HomeGroupRow(
            group=HomeGroup(pk=group_id, name=name),
            next_meeting=HomeMeeting(
                pk=meeting_id,
                starts_at=_aware(starts_at),
                venue=HomeVenue(name=venue_name) if venue_id is not None else None,
            )
            if meeting_id is not None
            else None,
            my_answer=answer,
        )
        for group_id, name, meeting_id, starts_at, venue_id, venue_name, answer, _n, _a in found
    ]
    # the count rides on every row of the statement; with no group, it is asked on its own
    gatherings = found[0][7] if found else _coming_gatherings(user, now)
    return HomeGroups(
        rows=rows,
        upcoming_gatherings=gatherings,
        also=bool(found[0][8]) if found and also else None,
    )
