"""Who runs a programme: adding and removing facilitators (clinicians and PTVs)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, User
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.services import notifications_cancel

from .. import selectors
from ..models import CLINICAL_DISCIPLINES, Discipline, Facilitator, FirstMeetingPlan, Programme
from ._common import _audit, _lock, _require
from .reminders import _ptv_missing_tell_clinicians, _reminder_topic, _reminders_refresh


@transaction.atomic
def facilitator_add(
    *,
    actor: User,
    programme: Programme,
    user: User,
    discipline: str,
    now: datetime.datetime | None = None,
) -> Facilitator:
    """Add a clinician (with their discipline) or a PTV. The first PTV added is assigned to
    any handover step that has no PTV yet, and to the group's first three meetings."""
    now = now_or_current(now)
    programme = _lock(programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    if user.service_id != programme.service_id or not user.is_active:
        raise ValidationError({"user": _("Choose someone from your service.")})
    if discipline == Discipline.PTV:
        if not user.has_role(Role.PTV):
            raise ValidationError({"discipline": _("Only patient tutor volunteers can be a PTV.")})
    elif discipline in CLINICAL_DISCIPLINES:
        if not user.has_role(Role.CLINICIAN):
            raise ValidationError({"discipline": _("Only clinicians can have this discipline.")})
    else:
        raise ValidationError({"discipline": _("Choose a discipline.")})
    if programme.facilitators.filter(user=user).exists():
        raise ValidationError(
            {
                "user": _("%(name)s already facilitates this programme.")
                % {"name": user.display_name}
            }
        )
    facilitator = Facilitator(
        programme=programme, user=user, discipline=discipline, added_by=actor, added_at=now
    )
    facilitator.full_clean()
    facilitator.save()
    steps = list(programme.handover_steps.select_related("session", "ptv"))
    if discipline == Discipline.PTV:
        for step in steps:
            if step.ptv_id is None and not step.is_done:
                step.ptv = user
                step.save(update_fields=["ptv"])
        FirstMeetingPlan.objects.filter(programme=programme, ptv__isnull=True).update(ptv=user)
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="facilitator_added",
        now=now,
        user=user.pk,
        discipline=discipline,
    )
    _reminders_refresh(programme, steps, now=now, added=user)
    return facilitator


@transaction.atomic
def facilitator_remove(
    *, actor: User, facilitator: Facilitator, now: datetime.datetime | None = None
) -> None:
    now = now_or_current(now)
    programme = _lock(facilitator.programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    facilitators = list(programme.facilitators.all())
    clinicians = [f for f in facilitators if not f.is_ptv]
    if not facilitator.is_ptv and len(clinicians) == 1 and clinicians[0].pk == facilitator.pk:
        raise ValidationError(_("A programme needs at least one clinician. Add another first."))
    user = facilitator.user
    steps = list(programme.handover_steps.select_related("session", "ptv"))
    for step in steps:
        notifications_cancel(
            topic=_reminder_topic(step, user), actor=actor, reason="facilitator removed", now=now
        )
    facilitator.delete()
    lost_ptv = []
    for step in steps:
        if step.ptv_id == user.pk:
            step.ptv = None
            step.save(update_fields=["ptv"])
            lost_ptv.append(step)
    FirstMeetingPlan.objects.filter(programme=programme, ptv=user).update(ptv=None)
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="facilitator_removed",
        now=now,
        user=user.pk,
        discipline=facilitator.discipline,
    )
    for step in lost_ptv:
        _ptv_missing_tell_clinicians(step, now=now, because=f"removed-{user.pk}")
    _reminders_refresh(programme, steps, now=now)
