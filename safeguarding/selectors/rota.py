"""The duty rota: who is on duty on a day, gaps, the schedule page, the escalation policy."""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Service, User
from pmp_followon.accounts.permissions import is_service_admin_of, is_service_staff
from pmp_followon.clock import now_or_current

from .. import hours
from ..crisis import opening_hours_words
from ..models import ROTA_CHAIN, EscalationPolicy, RotaEntry
from .access import require_service_staff, service_reviewers


def rota_on_duty(*, service: Service, day: datetime.date) -> dict[str, RotaEntry | None]:
    """Who holds each position on a local date: date-range cover first, then the weekday."""
    entries = (
        RotaEntry.objects.filter(service=service)
        .filter(Q(weekday=day.weekday()) | Q(starts_on__lte=day, ends_on__gte=day))
        .select_related("person")
    )
    result: dict[str, RotaEntry | None] = dict.fromkeys(ROTA_CHAIN)
    for entry in sorted(entries, key=lambda e: (e.weekday is not None, -e.pk)):
        if result.get(entry.position) is None and entry.person.is_active:
            result[entry.position] = entry
    return result


def rota_gaps(
    *, service: Service, start: datetime.datetime, end: datetime.datetime
) -> list[tuple[datetime.date, str]]:
    """Empty positions on open days whose hours overlap [start, end]."""
    gaps: list[tuple[datetime.date, str]] = []
    day = start.astimezone(service.zone).date()
    last = end.astimezone(service.zone).date()
    while day <= last:
        interval = hours.open_interval(service, day)
        if interval is not None and interval[1] > start and interval[0] <= end:
            on_duty = rota_on_duty(service=service, day=day)
            gaps += [(day, position) for position in ROTA_CHAIN if on_duty[position] is None]
        day += datetime.timedelta(days=1)
    return gaps


def rota_schedule(*, service: Service, first: datetime.date, count: int) -> list[dict]:
    """Who is on duty each day for `count` days from `first` (for the rota page)."""
    days = []
    for offset in range(count):
        day = first + datetime.timedelta(days=offset)
        days.append(
            {
                "day": day,
                "open": hours.open_interval(service, day) is not None,
                "on_duty": rota_on_duty(service=service, day=day),
            }
        )
    return days


def rota_page_for_user(*, user, days: int, now: datetime.datetime | None = None) -> dict:
    """Everything the rota page shows: the entries, who is on duty for `days` days from
    today, the gaps within the warning time, the policy, the hours, and whether the user
    may change them (service admins)."""
    entries = rota_for_user(user=user)
    service = user.service
    now = now_or_current(now)
    policy = escalation_policy_for(service=service)
    return {
        "service": service,
        "entries": entries,
        "days": rota_schedule(
            service=service, first=now.astimezone(service.zone).date(), count=days
        ),
        "gaps": rota_gaps(
            service=service,
            start=now,
            end=now + datetime.timedelta(hours=policy.rota_gap_warning_hours),
        ),
        "policy": policy,
        "can_edit": is_service_admin_of(user, service.pk),
        "opening_hours": opening_hours_words(service),
    }


def rota_for_user(*, user) -> QuerySet[RotaEntry]:
    service = require_service_staff(user)
    return (
        RotaEntry.objects.filter(service=service)
        .select_related("person")
        .order_by("position", "weekday", "starts_on", "pk")
    )


def get_rota_entry_for_admin(user, pk: int) -> RotaEntry:
    entry = RotaEntry.objects.select_related("service").filter(pk=pk).first()
    if entry is None or not is_service_staff(user, entry.service_id):
        raise Http404
    require_service_staff(user, admin=True)
    return entry


def escalation_policy_for(*, service: Service) -> EscalationPolicy:
    """The service's policy, or the defaults (unsaved) when it has never been changed."""
    return EscalationPolicy.objects.filter(service=service).first() or EscalationPolicy(
        service=service
    )


def rota_candidates(*, service: Service) -> list[User]:
    return service_reviewers(service=service)
