"""Legal holds: a clinical lead keeps everything about a person (a complaint, a claim, an
inquiry) out of retention and removal until the hold is released (GDPR Article 17(3)(e))."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import LegalHold, PrivacyAction
from ..selectors.access import can_manage_holds
from ._common import audit
from .leaving import leave_requests_complete_held


def _check_lead(actor: User, person: User) -> int:
    """The lead's service, when the person belongs to it."""
    if (
        not can_manage_holds(actor)
        or actor.service_id is None
        or person.service_id != actor.service_id
    ):
        raise PermissionDenied
    return actor.service_id


@transaction.atomic
def legal_hold_set(
    *, actor: User, person: User, reason: str, now: datetime.datetime | None = None
) -> LegalHold:
    now = now_or_current(now)
    service_id = _check_lead(actor, person)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the data must be kept.")})
    hold = LegalHold(person=person, service_id=service_id, reason=reason, set_by=actor, set_at=now)
    hold.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            hold.save()
    except IntegrityError as exc:
        raise ValidationError({"person": _("This person already has a legal hold.")}) from exc
    audit(actor=actor, person=person, action=PrivacyAction.HOLD_SET, now=now, hold=hold.pk)
    return hold


@transaction.atomic
def legal_hold_release(
    *, actor: User, hold: LegalHold, reason: str, now: datetime.datetime | None = None
) -> LegalHold:
    """Release a hold. A leave request it held back is finished now."""
    now = now_or_current(now)
    hold = LegalHold.objects.select_for_update().select_related("person").get(pk=hold.pk)
    _check_lead(actor, hold.person)
    if not hold.is_active:
        raise ValidationError(_("This hold has already been released."))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the hold can end.")})
    hold.released_at, hold.released_by, hold.release_reason = now, actor, reason
    hold.save(update_fields=["released_at", "released_by", "release_reason"])
    audit(
        actor=actor, person=hold.person, action=PrivacyAction.HOLD_RELEASED, now=now, hold=hold.pk
    )
    leave_requests_complete_held(person=hold.person, actor=actor, now=now)
    return hold
