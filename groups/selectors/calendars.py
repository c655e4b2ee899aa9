"""Calendar feeds: whose feed a secret address is, and what goes in it."""

from __future__ import annotations

import datetime

from pmp_followon.accounts.models import User
from programmes.models import CalendarFeed, CalendarFeedKind

from ..models import (
    CURRENT_STATUSES,
    Gathering,
    Meeting,
    MeetingStatus,
    Membership,
    RSVPAnswer,
)


def calendar_feed_user(token: str) -> User | None:
    feed = (
        CalendarFeed.objects.select_related("user")
        .filter(token=token, kind=CalendarFeedKind.GROUPS)
        .first()
    )
    if feed is None or not feed.user.is_active:
        return None
    return feed.user


def calendar_feed_items(
    user: User, *, now: datetime.datetime
) -> tuple[list[Meeting], list[Gathering]]:
    """The person's group meetings (cancelled ones too, so calendars drop them) from a
    month back, and the gatherings they said they would (or might) come to."""
    since = now - datetime.timedelta(days=31)
    group_ids = Membership.objects.filter(person=user, status__in=CURRENT_STATUSES).values_list(
        "group_id", flat=True
    )
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
