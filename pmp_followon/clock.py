"""Time is a parameter: services and selectors take `now`, and fall back to the clock."""

from __future__ import annotations

import datetime

from django.utils import timezone


def now_or_current(now: datetime.datetime | None) -> datetime.datetime:
    """The `now` a caller passed (tests travel in time this way), else the real time."""
    return now or timezone.now()


def shorten(text: object, limit: int = 200) -> str:
    """One line of at most `limit` characters, for notification context and audit detail
    (the outbox refuses long strings): runs of whitespace become one space, and a cut
    ends with an ellipsis."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
