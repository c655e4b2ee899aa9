"""Programmes (cohorts): create, change, cancel, and the status that follows the calendar."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from .. import schedule, selectors
from ..models import (
    CLINICAL_DISCIPLINES,
    STEP_ORDER,
    EnrolmentStatus,
    Facilitator,
    FirstMeetingPlan,
    HandoverStep,
    Programme,
    ProgrammeSession,
    ProgrammeStatus,
)
from ._common import (
    _audit,
    _division,
    _holiday_error,
    _local_time,
    _lock,
    _place,
    _require,
    _service_of,
)
from .reminders import _reminders_replan
from .settings import programme_settings_for


def _status_at(programme: Programme, sessions: list[ProgrammeSession], now) -> str:
    if programme.status == ProgrammeStatus.CANCELLED:
        return ProgrammeStatus.CANCELLED
    if not sessions or sessions[0].starts_at > now:
        return ProgrammeStatus.PLANNED
    if sessions[-1].ends_at <= now:
        return ProgrammeStatus.FINISHED
    return ProgrammeStatus.RUNNING


def _refresh_status(programme: Programme, *, now: datetime.datetime) -> bool:
    """Move a programme on (planned → running → finished) by the clock. True if it changed."""
    sessions = list(programme.sessions.order_by("number"))
    status = _status_at(programme, sessions, now)
    if status == programme.status:
        return False
    old = programme.status
    programme.status = status
    programme.updated_at = now
    programme.save(update_fields=["status", "updated_at"])
    if status == ProgrammeStatus.FINISHED:
        # Everyone still taking part when the last session ends has completed it.
        programme.enrolments.filter(status=EnrolmentStatus.ENROLLED).update(
            status=EnrolmentStatus.COMPLETED, status_changed_at=now
        )
    _audit(
        service=programme.service,
        programme=programme,
        actor=None,
        verb="status_changed",
        now=now,
        old=old,
        new=status,
    )
    return True


@transaction.atomic
def programme_create(
    *,
    actor: User,
    name: str,
    venue: str,
    first_session_date: datetime.date,
    start_time: datetime.time,
    session_count: int = 10,
    session_minutes: int = 180,
    discipline: str = "",
    now: datetime.datetime | None = None,
) -> Programme:
    """Schedule a PMP: weekly sessions from the first date (bank holidays skipped) and the
    three handover steps on the sessions the service's settings name (N-2, N-1, N).

    The clinician who creates it becomes a facilitator when they give their discipline.
    """
    now = now_or_current(now)
    _require(selectors.can_create_programme(actor))
    service = _service_of(actor)
    programme_settings = programme_settings_for(service)
    division = _division(programme_settings)
    _holiday_error("first_session_date", first_session_date, division)
    programme = Programme(
        service=service,
        name=name.strip(),
        venue=venue.strip(),
        weekday=first_session_date.weekday(),
        start_time=start_time,
        session_minutes=session_minutes,
        first_session_date=first_session_date,
        session_count=session_count,
        created_by=actor,
        created_at=now,
        updated_at=now,
    )
    programme.full_clean()
    programme.save()

    dates = schedule.weekly_dates(first_session_date, session_count, division=division)
    sessions = []
    for number, day in enumerate(dates, start=1):
        session = ProgrammeSession(programme=programme, number=number)
        _place(session, programme, day, start_time)
        sessions.append(session)
    ProgrammeSession.objects.bulk_create(sessions)
    sessions = list(programme.sessions.order_by("number"))

    for kind in STEP_ORDER:
        number = session_count - programme_settings.offset_for(kind)
        HandoverStep.objects.create(programme=programme, kind=kind, session=sessions[number - 1])
    FirstMeetingPlan.objects.create(programme=programme, updated_at=now)

    if discipline:
        if discipline not in CLINICAL_DISCIPLINES:
            raise ValidationError({"discipline": _("Choose your discipline.")})
        Facilitator.objects.create(
            programme=programme, user=actor, discipline=discipline, added_by=actor, added_at=now
        )
    programme.status = _status_at(programme, sessions, now)
    programme.save(update_fields=["status"])
    _audit(
        service=service,
        programme=programme,
        actor=actor,
        verb="programme_created",
        now=now,
        sessions=[s.starts_at.isoformat() for s in sessions],
    )
    _reminders_replan(programme, programme.handover_steps.all(), now=now)
    return programme


@transaction.atomic
def programme_update(
    *,
    actor: User,
    programme: Programme,
    name: str,
    venue: str,
    start_time: datetime.time,
    session_minutes: int,
    session_count: int,
    now: datetime.datetime | None = None,
) -> Programme:
    """Change a programme's details. A new start time or length applies to the sessions that
    have not started; a new number of sessions adds or removes sessions at the end, and the
    handover steps move to the new last sessions."""
    now = now_or_current(now)
    programme = _lock(programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    if programme.status in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED):
        raise ValidationError(_("This programme has ended, so its details cannot change."))
    programme_settings = programme_settings_for(programme.service)
    division = _division(programme_settings)
    old = {
        "name": programme.name,
        "venue": programme.venue,
        "start_time": programme.start_time.isoformat(),
        "session_minutes": programme.session_minutes,
        "session_count": programme.session_count,
    }
    old_start_time = programme.start_time
    programme.name = name.strip()
    programme.venue = venue.strip()
    programme.start_time = start_time
    programme.session_minutes = session_minutes
    programme.session_count = session_count
    programme.updated_at = now
    programme.full_clean()
    programme.save()

    sessions = list(programme.sessions.order_by("number"))
    before = {s.pk: (s.starts_at, s.ends_at) for s in sessions}
    if session_count < len(sessions):
        doomed = sessions[session_count:]
        if any(s.has_started(now) for s in doomed):
            raise ValidationError(
                {"session_count": _("Sessions that have already happened cannot be removed.")}
            )
    for session in sessions:
        if session.has_started(now):
            continue
        local_at = _local_time(session.starts_at, programme)
        at = start_time if local_at == old_start_time else local_at
        _place(session, programme, session.local_date(programme.zone), at)
    if session_count > len(sessions):
        last_day = sessions[-1].local_date(programme.zone)
        extra_days = schedule.weekly_dates(
            last_day + schedule.ONE_WEEK, session_count - len(sessions), division=division
        )
        for offset, day in enumerate(extra_days, start=len(sessions) + 1):
            session = ProgrammeSession(programme=programme, number=offset)
            _place(session, programme, day, start_time)
            session.save()
    for session in sessions[:session_count]:
        if (session.starts_at, session.ends_at) != before[session.pk]:
            session.save(update_fields=["starts_at", "ends_at"])

    sessions = list(programme.sessions.order_by("number"))
    by_number = {s.number: s for s in sessions}
    moved_steps = []
    for step in programme.handover_steps.select_related("session"):
        target = by_number[session_count - programme_settings.offset_for(step.kind)]
        if step.session_id != target.pk:
            step.session = target
            step.save(update_fields=["session"])
            moved_steps.append(step)
        elif (target.starts_at, target.ends_at) != before.get(target.pk):
            moved_steps.append(step)
    if session_count < len(before):
        ProgrammeSession.objects.filter(programme=programme, number__gt=session_count).delete()

    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="programme_updated",
        now=now,
        old=old,
        new={
            "name": programme.name,
            "venue": programme.venue,
            "start_time": programme.start_time.isoformat(),
            "session_minutes": programme.session_minutes,
            "session_count": programme.session_count,
        },
    )
    _refresh_status(programme, now=now)
    _reminders_replan(programme, moved_steps, now=now)
    return programme


@transaction.atomic
def programme_cancel(
    *, actor: User, programme: Programme, reason: str, now: datetime.datetime | None = None
) -> Programme:
    now = now_or_current(now)
    programme = _lock(programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    if programme.status in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED):
        raise ValidationError(_("This programme has already ended."))
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why the programme is cancelled.")})
    old = programme.status
    programme.status = ProgrammeStatus.CANCELLED
    programme.cancelled_reason = reason.strip()
    programme.updated_at = now
    programme.save(update_fields=["status", "cancelled_reason", "updated_at"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="programme_cancelled",
        now=now,
        old=old,
        reason=programme.cancelled_reason,
    )
    _reminders_replan(programme, programme.handover_steps.all(), now=now, actor=actor)
    return programme


def programme_statuses_refresh(*, now: datetime.datetime | None = None) -> int:
    """Move every programme on by the clock. Safe to run any number of times."""
    now = now_or_current(now)
    changed = 0
    candidates = Programme.objects.filter(
        status__in=[ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING]
    ).select_related("service")
    for programme in candidates:
        with transaction.atomic():
            locked = _lock(programme)
            if locked.status in (ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING) and (
                _refresh_status(locked, now=now)
            ):
                changed += 1
    return changed
