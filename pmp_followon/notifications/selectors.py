from __future__ import annotations

import datetime

from django.utils import timezone

from .models import Heartbeat


def heartbeat_age(*, name: str = "celery", now: datetime.datetime | None = None):
    """Seconds since the named heartbeat, or None when it has never beaten."""
    now = now or timezone.now()
    beat_at = Heartbeat.objects.filter(name=name).values_list("beat_at", flat=True).first()
    if beat_at is None:
        return None
    return (now - beat_at).total_seconds()
