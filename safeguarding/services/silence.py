"""Silence after a worrying post (safeguarding.md rule 5): a member whose medium or high post
is followed by no sign of life gets a check-in alert, once per post."""

from __future__ import annotations

import datetime

from django.db import transaction

from pmp_followon.clock import now_or_current

from .. import selectors
from ..models import Alert, AlertLevel, AlertSource
from ._common import logger
from .policy import _frozen
from .raising import _alert_open

# How far back the sweeper looks (bounds its query whatever the policy says).
SILENCE_SCAN_DAYS = 90


@transaction.atomic
def alert_raise_for_silence(
    *, origin: Alert, now: datetime.datetime | None = None
) -> tuple[Alert, bool]:
    """A check-in alert: the member has been silent since a worrying post."""
    now = now_or_current(now)
    last_seen = selectors.member_last_activity(person=origin.subject)
    return _alert_open(
        service=origin.service,
        subject=origin.subject,
        group=origin.group,
        post=origin.post,
        origin=origin,
        level=AlertLevel.MEDIUM,
        source=AlertSource.SILENCE,
        dedupe_key=f"silence:{origin.pk}",
        snapshot=origin.snapshot,
        evidence=origin.evidence,
        now=now,
        detail={
            "origin_alert_id": origin.pk,
            "last_activity": last_seen.isoformat() if last_seen else None,
        },
    )


def alerts_raise_for_silence(*, now: datetime.datetime | None = None) -> int:
    """The silence sweeper (beat): a member whose medium or high post was followed by no
    post, meeting RSVP or sign-in for the policy's silence time gets a check-in alert, once
    per worrying post. Returns how many were raised."""
    now = now_or_current(now)
    raised = 0
    for origin in selectors.silence_candidates(now=now, scan_days=SILENCE_SCAN_DAYS):
        silence = datetime.timedelta(hours=_frozen(origin, "silence_hours"))
        lookback = datetime.timedelta(days=_frozen(origin, "silence_lookback_days"))
        if origin.post is None:  # every candidate has a post; for the type checker
            continue
        posted_at = origin.post.created_at
        if not posted_at + silence <= now <= posted_at + silence + lookback:
            continue
        if selectors.member_active_since(person=origin.subject, since=now - silence):
            continue
        try:
            _alert, created = alert_raise_for_silence(origin=origin, now=now)
        except Exception:  # noqa: BLE001
            logger.exception("safeguarding: silence alert for alert %s failed", origin.pk)
            continue
        raised += created
    return raised
