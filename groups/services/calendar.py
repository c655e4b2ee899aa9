"""A person's secret calendar address (their meetings as an iCalendar feed)."""

from __future__ import annotations

import datetime
import secrets

from django.db import IntegrityError, transaction

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import CalendarFeed


def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is not None:
        return feed
    try:
        with transaction.atomic():
            return CalendarFeed.objects.create(user=user, token=secrets.token_urlsafe(32))
    except IntegrityError:
        return CalendarFeed.objects.get(user=user)


@transaction.atomic
def calendar_feed_reset(*, actor: User, now: datetime.datetime | None = None) -> CalendarFeed:
    """A new secret address: the old one stops working at once."""
    now = now_or_current(now)
    feed = calendar_feed_for(user=actor)
    feed.token = secrets.token_urlsafe(32)
    feed.created_at = now
    feed.save(update_fields=["token", "created_at"])
    return feed
