"""The per-person secret calendar addresses (iCalendar feeds), for programmes and for groups.

One model and these two services serve both apps: `kind` says which feed. The groups app
calls them with `CalendarFeedKind.GROUPS` (groups may use programmes; never the reverse).
"""

from __future__ import annotations

import datetime
import secrets

from django.db import IntegrityError, transaction

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import CalendarFeed, CalendarFeedKind


def _new_token() -> str:
    return secrets.token_urlsafe(32)


def calendar_feed_for(*, user: User, kind: CalendarFeedKind) -> CalendarFeed:
    """The person's feed of this kind, made the first time it is asked for.

    Safe when two requests ask at once (two tabs opening the calendar page): the unique
    (user, kind) constraint lets only one insert win. The loser's insert fails inside its own
    savepoint, so a surrounding transaction carries on, and it reads the winner's row. On
    PostgreSQL the losing insert waits for the winner to commit, so that row is visible then.
    """
    feed = CalendarFeed.objects.filter(user=user, kind=kind).first()
    if feed is not None:
        return feed
    token = _new_token()
    try:
        with transaction.atomic():
            return CalendarFeed.objects.create(user=user, kind=kind, token=token)
    except IntegrityError:
        return CalendarFeed.objects.get(user=user, kind=kind)


@transaction.atomic
def calendar_feed_reset(
    *, actor: User, kind: CalendarFeedKind, now: datetime.datetime | None = None
) -> CalendarFeed:
    """A new secret address; the old one stops working at once. Resetting one kind leaves
    the person's other feed as it was."""
    now = now_or_current(now)
    feed = calendar_feed_for(user=actor, kind=kind)
    feed = CalendarFeed.objects.select_for_update().get(pk=feed.pk)
    feed.token = _new_token()
    feed.created_at = now
    feed.save(update_fields=["token", "created_at"])
    return feed
