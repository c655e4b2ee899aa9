"""The escalation policy: the service's current one, the settings frozen on an alert when it
opened, and the deadline those settings give an acknowledged alert."""

from __future__ import annotations

import datetime

from django.db.models import Field

from pmp_followon.accounts.models import Service

from .. import hours
from ..models import Alert, AlertLevel, EscalationPolicy


def _policy_for(service: Service) -> EscalationPolicy:
    policy, _created = EscalationPolicy.objects.get_or_create(service=service)
    return policy


def _frozen(alert: Alert, name: str):
    """A setting from the policy frozen on the alert; the model's default for a setting
    added after the alert was raised."""
    if name in alert.policy:
        return alert.policy[name]
    field = EscalationPolicy._meta.get_field(name)
    assert isinstance(field, Field)  # a policy setting, not a relation
    return field.get_default()


def _action_deadline(alert: Alert, now: datetime.datetime) -> datetime.datetime:
    """When an acknowledged alert with no action escalates again."""
    if alert.level == AlertLevel.HIGH:
        return now + datetime.timedelta(minutes=_frozen(alert, "high_action_minutes"))
    hours_allowed = (
        _frozen(alert, "medium_action_service_hours")
        if alert.level == AlertLevel.MEDIUM
        else _frozen(alert, "callback_service_hours")
    )
    return hours.add_service_hours(alert.service, now, hours_allowed)
