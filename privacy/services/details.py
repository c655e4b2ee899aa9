"""Correcting one's own details (GDPR Article 16). The email address changes through
allauth's verified email flow, not here."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import PrivacyAction
from ._common import audit


@transaction.atomic
def details_correct(
    *, actor: User, display_name: str, mobile: str, now: datetime.datetime | None = None
) -> list[str]:
    """Change one's own name and mobile number. Returns the fields that changed; the audit
    names them, never their old or new values."""
    now = now_or_current(now)
    person = User.objects.select_for_update().get(pk=actor.pk)
    display_name = " ".join(display_name.split())
    if not display_name:
        raise ValidationError({"display_name": "Enter your name."})
    changed = []
    if person.display_name != display_name:
        person.display_name = display_name
        changed.append("display_name")
    if str(person.mobile or "") != str(mobile or ""):
        person.mobile = mobile or ""
        changed.append("mobile")
    if not changed:
        return []
    person.full_clean(exclude=["password", "email"])
    person.save(update_fields=changed)
    actor.display_name, actor.mobile = person.display_name, person.mobile
    audit(
        actor=actor, person=person, action=PrivacyAction.DETAILS_CORRECTED, now=now, changed=changed
    )
    return changed
