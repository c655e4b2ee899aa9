"""What every programmes service shares: the audit row, the permission check, the programme lock
and the bank-holiday rules."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Service, User
from pmp_followon.ui.dates import uk_date

from .. import schedule
from ..models import Programme, ProgrammeEvent, ProgrammeSession, ProgrammeSettings


def _audit(
    *,
    service: Service,
    programme: Programme | None,
    actor: User | None,
    verb: str,
    now: datetime.datetime,
    **detail,
) -> ProgrammeEvent:
    return ProgrammeEvent.objects.create(
        service=service, programme=programme, actor=actor, verb=verb, detail=detail, at=now
    )


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _service_of(actor: User) -> Service:
    """The actor's service, for writes only a service's staff may make (checked before)."""
    if actor.service is None:
        raise PermissionDenied
    return actor.service


def _lock(programme: Programme) -> Programme:
    """Serialise schedule changes to one programme (two clinicians moving sessions at once)."""
    return Programme.objects.select_for_update().select_related("service").get(pk=programme.pk)


def _division(programme_settings: ProgrammeSettings) -> str:
    return programme_settings.bank_holiday_division


def _local_time(moment: datetime.datetime, programme: Programme) -> datetime.time:
    return moment.astimezone(programme.zone).time().replace(tzinfo=None)


def _place(
    session: ProgrammeSession, programme: Programme, day: datetime.date, at: datetime.time
) -> None:
    session.starts_at = schedule.local_to_utc(day, at, programme.zone)
    session.ends_at = session.starts_at + programme.session_length


def _holiday_error(field: str, day: datetime.date, division: str) -> None:
    title = schedule.bank_holiday_title(day, division)
    if title:
        raise ValidationError(
            {
                field: _("%(date)s is a bank holiday (%(title)s). Choose another date.")
                % {"date": uk_date(day), "title": title}
            }
        )
