"""Private helpers the privacy services share: the audit row and legal-hold lookups."""

from __future__ import annotations

import datetime

from pmp_followon.accounts.models import User

from ..models import LegalHold, PrivacyEvent


def audit(
    *, actor: User | None, person: User | None, action: str, now: datetime.datetime, **detail
) -> PrivacyEvent:
    return PrivacyEvent.objects.create(
        actor=actor, person=person, action=action, detail=detail, at=now
    )


def held_person_ids() -> set[int]:
    return set(
        LegalHold.objects.filter(released_at__isnull=True).values_list("person_id", flat=True)
    )


def is_held(person: User) -> bool:
    return LegalHold.objects.filter(person=person, released_at__isnull=True).exists()
