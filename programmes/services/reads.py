"""Reads of a participant's contact details and outcomes, recorded like safeguarding's
"Alert viewed" (finding #21): who looked, whose record, when. Repeats by the same person of
the same record within READ_WINDOW are one row, so the audit does not flood."""

from __future__ import annotations

import datetime

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import Enrolment, Programme, ProgrammeEvent
from ._common import _audit

READ_WINDOW = datetime.timedelta(minutes=10)
CONTACTS_VIEWED = "participant_contacts_viewed"
OUTCOMES_VIEWED = "outcomes_viewed"


def record_read(
    *,
    actor: User,
    programme: Programme,
    verb: str,
    enrolment: Enrolment | None = None,
    now: datetime.datetime | None = None,
) -> ProgrammeEvent | None:
    """One audit row per person, record and READ_WINDOW; None when a recent one exists."""
    now = now_or_current(now)
    recent = ProgrammeEvent.objects.filter(
        programme=programme, actor=actor, verb=verb, at__gt=now - READ_WINDOW
    )
    if enrolment is not None:
        recent = recent.filter(detail__enrolment=enrolment.pk)
    if recent.exists():
        return None
    detail = (
        {"enrolment": enrolment.pk, "participant": enrolment.participant_id}
        if enrolment is not None
        else {}
    )
    return _audit(
        service=programme.service, programme=programme, actor=actor, verb=verb, now=now, **detail
    )
