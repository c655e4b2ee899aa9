"""What happened to the pages safeguarding sent: a small, read-only look at the outbox
(pmp_followon.notifications owns it; nothing here writes to it).

An escalation step's page to one person is the outbox rows with the idempotency key
`safeguarding.alert:<alert>:<sequence>:<step>:<person>:<channel>` (services/escalation.py
`_page_key`), one per channel, plus any fallback row the outbox adds on the other channel
under the same key. A page has failed when it has rows and every one of them has failed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from pmp_followon.notifications.models import Channel, Notification, Status

from ..notification_kinds import ALERT_KIND

ALERT_TOPIC_PREFIX = "safeguarding.alert:"
# Every status the outbox uses for "given up": today one, "failed"; read from the model so
# a rework that adds a permanent-failure status is still seen.
FAILED_STATUSES = tuple(value for value in Status.values if "fail" in value)


def page_key(*, alert_id: int, sequence: int, step: str, person_id: int) -> str:
    return f"{ALERT_TOPIC_PREFIX}{alert_id}:{sequence}:{step}:{person_id}"


def alert_ids_with_failed_pages(*, since: datetime.datetime) -> list[int]:
    """Alerts with a page that failed since `since` (the outbox's failed-rows index)."""
    topics = (
        Notification.objects.filter(
            status__in=FAILED_STATUSES, failed_at__gte=since, kind=ALERT_KIND
        )
        .values_list("topic", flat=True)
        .distinct()
    )
    ids = set()
    for topic in topics:
        if topic.startswith(ALERT_TOPIC_PREFIX) and topic[len(ALERT_TOPIC_PREFIX) :].isdigit():
            ids.add(int(topic[len(ALERT_TOPIC_PREFIX) :]))
    return sorted(ids)


@dataclass(frozen=True)
class PageOutcome:
    person_id: int
    channels: tuple[str, ...]
    failed: bool  # rows exist and every one has failed
    problems: tuple[str, ...]  # the outbox's plain-English reasons (no message content)
    failed_at: datetime.datetime | None  # when the last of them failed


def page_outcomes(
    *, alert_id: int, sequence: int, step: str, person_ids: list[int]
) -> list[PageOutcome]:
    """How each person's page for one escalation step went, by exact idempotency keys."""
    keys = {
        f"{page_key(alert_id=alert_id, sequence=sequence, step=step, person_id=pk)}:{c}": pk
        for pk in person_ids
        for c in Channel.values
    }
    rows = list(
        Notification.objects.filter(idempotency_key__in=list(keys)).values(
            "idempotency_key", "channel", "status", "problem", "failed_at"
        )
    )
    outcomes = []
    for pk in person_ids:
        mine = [r for r in rows if keys[r["idempotency_key"]] == pk]
        failed = bool(mine) and all(r["status"] in FAILED_STATUSES for r in mine)
        times = [r["failed_at"] for r in mine if r["failed_at"] is not None]
        outcomes.append(
            PageOutcome(
                person_id=pk,
                channels=tuple(sorted(r["channel"] for r in mine)),
                failed=failed,
                problems=tuple(sorted({r["problem"] for r in mine if r["problem"]})),
                failed_at=max(times) if failed and times else None,
            )
        )
    return outcomes
