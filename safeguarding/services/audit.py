"""The append-only audit trail (safeguarding.md rule 12): every service writes its row in
the transaction of the action it records."""

from __future__ import annotations

import datetime

from groups.models import Post
from pmp_followon.accounts.models import Service, User
from pmp_followon.clock import now_or_current

from ..models import Alert, AuditEvent


def audit_record(
    *,
    action: str,
    actor: User | None = None,
    service: Service | None = None,
    alert: Alert | None = None,
    post: Post | None = None,
    detail: dict | None = None,
    now: datetime.datetime | None = None,
) -> AuditEvent:
    """Append one audit event. Call it inside the transaction of the action it records."""
    if service is None and alert is not None:
        service = alert.service
    event = AuditEvent(
        action=action,
        actor=actor,
        service=service,
        alert=alert,
        post=post,
        detail=detail or {},
        created_at=now_or_current(now),
    )
    event.full_clean(exclude=["actor", "service", "alert", "post"])
    event.save()
    return event
