"""The per-person secret calendar address (iCalendar feed)."""

from __future__ import annotations

import datetime
import secrets

from django.db import transaction

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import CalendarFeed


def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(
        user=user, defaults={"token": secrets.token_urlsafe(32)}
    )
    return feed


@transaction.atomic
def calendar_feed_reset(*, actor: User, now: datetime.datetime | None = None) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    now = now_or_current(now)
    feed = calendar_feed_for(user=actor)
    feed.token = secrets.token_urlsafe(32)
    feed.created_at = now
    feed.save(update_fields=["token", "created_at"])
    return feed
