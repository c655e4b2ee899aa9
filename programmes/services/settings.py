"""The service's programme settings: handover timing, first-meeting window and reminders."""

from __future__ import annotations

import datetime

from django.db import transaction

from pmp_followon.accounts.models import Service, User
from pmp_followon.clock import now_or_current

from .. import selectors
from ..models import ProgrammeSettings
from ._common import _audit, _require


def programme_settings_for(service: Service) -> ProgrammeSettings:
    """The service's programme settings, made with the defaults the first time they are needed."""
    programme_settings, _created = ProgrammeSettings.objects.get_or_create(service=service)
    return programme_settings


@transaction.atomic
def programme_settings_update(
    *, actor: User, service: Service, now: datetime.datetime | None = None, **changes
) -> ProgrammeSettings:
    """Change a service's rules. Existing programmes keep the steps they already have."""
    now = now_or_current(now)
    _require(selectors.can_manage_service_settings(actor, service))
    programme_settings = programme_settings_for(service)
    allowed = {
        "introduce_sessions_before_end",
        "agree_sessions_before_end",
        "confirm_sessions_before_end",
        "first_meeting_min_weeks",
        "first_meeting_max_weeks",
        "reminder_working_days",
        "reminder_time",
        "bank_holiday_division",
    }
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"Unknown settings: {sorted(unknown)}")
    old = {name: str(getattr(programme_settings, name)) for name in changes}
    for name, value in changes.items():
        setattr(programme_settings, name, value)
    programme_settings.updated_at = now
    programme_settings.updated_by = actor
    programme_settings.full_clean()
    programme_settings.save()
    _audit(
        service=service,
        programme=None,
        actor=actor,
        verb="settings_updated",
        now=now,
        old=old,
        new={name: str(value) for name, value in changes.items()},
    )
    return programme_settings
