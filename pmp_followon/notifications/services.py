"""Writes for the notifications app."""

from __future__ import annotations

import datetime

from django.utils import timezone

from .models import Heartbeat


def heartbeat_record(*, name: str, now: datetime.datetime | None = None) -> Heartbeat:
    now = now or timezone.now()
    beat, _created = Heartbeat.objects.update_or_create(name=name, defaults={"beat_at": now})
    return beat
