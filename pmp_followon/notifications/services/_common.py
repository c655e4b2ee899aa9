"""What every part of the notifications services shares: limits, the broker errors that
publishing tolerates, a clock that honours a caller's `now`, and one row's outcome."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

CONTEXT_TEXT_MAX = 200  # characters in one context value: a link, a venue, a name
STAFF_ALERT_TEXT_MAX = 64
IDEMPOTENCY_KEY_MAX = 240  # leaves room for ":email" / ":sms" within 255
PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
# What publishing raises when the broker cannot be reached. Anything else is a bug: it is
# logged by on_commit(robust=True) and never fails the caller either.
BROKER_ERRORS = (KombuOperationalError, OSError)


def _clock(now: datetime.datetime | None) -> Callable[[], datetime.datetime]:
    """A caller's fixed `now` (tests travel in time), else the real clock, read afresh."""
    return (lambda: now) if now is not None else timezone.now


@dataclass(frozen=True)
class Outcome:
    """What happened to one claimed row."""

    status: str  # sent, already sent, cancelled, deferred, failed, retrying
    retry_in: float | None = None
