"""The duty rota, service hours and escalation policy (changed by service admins), and the
sweeper that warns them about rota gaps a day ahead."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Service, User
from pmp_followon.accounts.permissions import is_alert_reviewer, is_service_admin_of
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.services import notification_create

from .. import selectors
from ..models import AuditAction, EscalationPolicy, RotaEntry, RotaGapWarning
from ..notification_kinds import ROTA_GAP_KIND
from ._common import logger
from .audit import audit_record
from .policy import _policy_for


def _check_service_admin(actor: User, service: Service) -> None:
    if not is_service_admin_of(actor, service.pk):
        raise PermissionDenied


@transaction.atomic
def rota_entry_add(
    *,
    actor: User,
    service: Service,
    position: str,
    person: User,
    weekday: int | None = None,
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> RotaEntry:
    now = now_or_current(now)
    _check_service_admin(actor, service)
    if person.service_id != service.pk or not person.is_active:
        raise ValidationError({"person": _("Choose someone in this service.")})
    if not is_alert_reviewer(person):
        raise ValidationError(
            {"person": _("Only safeguarding reviewers and clinical leads can be on the rota.")}
        )
    entry = RotaEntry(
        service=service,
        position=position,
        person=person,
        weekday=weekday,
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=now,
        created_by=actor,
    )
    entry.full_clean(validate_unique=False, validate_constraints=False)
    same = RotaEntry.objects.select_for_update().filter(service=service, position=position)
    if weekday is not None and same.filter(weekday=weekday).exists():
        raise ValidationError(
            _("Someone already has this position on that day. Remove them first.")
        )
    if (
        weekday is None
        and same.filter(
            weekday__isnull=True, starts_on__lte=ends_on, ends_on__gte=starts_on
        ).exists()
    ):
        raise ValidationError(_("These dates overlap cover already on the rota for this position."))
    entry.save()
    audit_record(
        action=AuditAction.ROTA_CHANGED,
        actor=actor,
        service=service,
        detail={"added": _rota_entry_dict(entry)},
        now=now,
    )
    return entry


def _rota_entry_dict(entry: RotaEntry) -> dict:
    return {
        "id": entry.pk,
        "position": entry.position,
        "person_id": entry.person_id,
        "weekday": entry.weekday,
        "starts_on": entry.starts_on.isoformat() if entry.starts_on else None,
        "ends_on": entry.ends_on.isoformat() if entry.ends_on else None,
    }


@transaction.atomic
def rota_entry_remove(
    *, actor: User, entry: RotaEntry, now: datetime.datetime | None = None
) -> None:
    now = now_or_current(now)
    _check_service_admin(actor, entry.service)
    removed = _rota_entry_dict(entry)
    entry.delete()
    audit_record(
        action=AuditAction.ROTA_CHANGED,
        actor=actor,
        service=entry.service,
        detail={"removed": removed},
        now=now,
    )


@transaction.atomic
def escalation_policy_update(
    *, actor: User, service: Service, values: dict, now: datetime.datetime | None = None
) -> EscalationPolicy:
    """Change the service's escalation times. Alerts already open keep the policy frozen
    on them; only new alerts use the new version."""
    now = now_or_current(now)
    _check_service_admin(actor, service)
    policy = EscalationPolicy.objects.select_for_update().filter(service=service).first()
    if policy is None:
        policy = _policy_for(service)
    before = policy.as_snapshot()
    allowed = set(EscalationPolicy.TIMING_FIELDS) | {"on_call", "service_manager"}
    for name, value in values.items():
        if name not in allowed:
            raise ValueError(f"{name} is not a policy setting")
        setattr(policy, name, value)
    for person in (policy.on_call, policy.service_manager):
        if person is not None and person.service_id != service.pk:
            raise ValidationError(_("Choose people in this service."))
    if policy.on_call is not None and not is_alert_reviewer(policy.on_call):
        raise ValidationError(
            {"on_call": _("The on-call person must be a safeguarding reviewer or clinical lead.")}
        )
    policy.version += 1
    policy.updated_at = now
    policy.updated_by = actor
    policy.full_clean()
    policy.save()
    after = policy.as_snapshot()
    audit_record(
        action=AuditAction.POLICY_CHANGED,
        actor=actor,
        service=service,
        detail={"changed": {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}},
        now=now,
    )
    return policy


@transaction.atomic
def service_hours_update(
    *,
    actor: User,
    service: Service,
    hours_open: datetime.time,
    hours_close: datetime.time,
    open_weekdays: str,
    now: datetime.datetime | None = None,
) -> Service:
    now = now_or_current(now)
    _check_service_admin(actor, service)
    service = Service.objects.select_for_update().get(pk=service.pk)
    before = {
        "hours_open": service.hours_open.isoformat(),
        "hours_close": service.hours_close.isoformat(),
        "open_weekdays": service.open_weekdays,
    }
    service.hours_open = hours_open
    service.hours_close = hours_close
    service.open_weekdays = open_weekdays
    if hours_close <= hours_open:
        raise ValidationError(
            {"hours_close": _("The closing time must be after the opening time.")}
        )
    service.full_clean()
    service.save(update_fields=["hours_open", "hours_close", "open_weekdays"])
    after = {
        "hours_open": service.hours_open.isoformat(),
        "hours_close": service.hours_close.isoformat(),
        "open_weekdays": service.open_weekdays,
    }
    audit_record(
        action=AuditAction.SERVICE_HOURS_CHANGED,
        actor=actor,
        service=service,
        detail={"before": before, "after": after},
        now=now,
    )
    return service


@transaction.atomic
def rota_gap_warn(
    *, service: Service, day: datetime.date, position: str, now: datetime.datetime | None = None
) -> bool:
    """Tell the service admins about one gap, once (a unique row claims it)."""
    now = now_or_current(now)
    try:
        with transaction.atomic():
            warning = RotaGapWarning.objects.create(
                service=service, day=day, position=position, warned_at=now
            )
    except IntegrityError:
        return False
    admins = selectors.service_admins(service=service) or selectors.service_reviewers(
        service=service, leads_only=True
    )
    path = reverse("safeguarding:rota")
    for admin in admins:
        notification_create(
            recipient=admin,
            kind=ROTA_GAP_KIND,
            context={"rota_path": path, "day": day.isoformat()},
            idempotency_key=f"safeguarding.rota_gap:{service.pk}:{day.isoformat()}:{position}:{admin.pk}",
            now=now,
        )
    audit_record(
        action=AuditAction.ROTA_GAP_WARNED,
        service=service,
        detail={
            "warning_id": warning.pk,
            "day": day.isoformat(),
            "position": position,
            "recipient_ids": [a.pk for a in admins],
        },
        now=now,
    )
    if not admins:
        logger.error("safeguarding: rota gap in service %s and nobody to tell", service.pk)
    return True


def rota_gaps_warn(*, now: datetime.datetime | None = None) -> int:
    """The rota gap sweeper (beat, hourly): every open day starting within each service's
    warning time (a day by default) with an empty position warns the service admins once."""
    now = now_or_current(now)
    warned = 0
    for service in Service.objects.select_related("escalation_policy").order_by("pk"):
        policy = getattr(service, "escalation_policy", None)
        ahead = policy.rota_gap_warning_hours if policy else 24
        for day, position in selectors.rota_gaps(
            service=service, start=now, end=now + datetime.timedelta(hours=ahead)
        ):
            warned += rota_gap_warn(service=service, day=day, position=position, now=now)
    return warned
