"""Every write for programmes: cohorts, sessions, enrolments, the handover and its reminders.

Each function takes the acting user and ``now`` (time is a parameter), runs in a transaction,
validates with ``full_clean()`` and writes a ProgrammeEvent audit row. Messages go through the
notifications outbox (rows created in the same transaction, delivered after commit).
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.sealing import seal
from pmp_followon.accounts.services import user_invite
from pmp_followon.notifications.services import notification_create, notifications_cancel
from pmp_followon.ui.dates import uk_date, uk_datetime

from . import schedule, selectors
from .handover import WHAT_TO_BRING, checklist_keys, first_meeting_window_warning
from .models import (
    CLINICAL_DISCIPLINES,
    STEP_ORDER,
    Attendance,
    CalendarFeed,
    CheckChannel,
    ChecklistTick,
    ContactCheck,
    ContactConsent,
    ContinueChoice,
    Discipline,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    FirstMeetingPlan,
    HandoverStep,
    NotContinuingReason,
    ParticipantChoice,
    Programme,
    ProgrammeEvent,
    ProgrammeSession,
    ProgrammeSettings,
    ProgrammeStatus,
    ReferralSource,
    Resource,
    SessionCancellation,
    ShareKind,
    StepKind,
    mobile_e164,
)
from .notification_kinds import (
    CONTACT_CHECK,
    HANDOVER_REMINDER,
    INVITATION,
    OTHER_GROUP,
    PTV_MISSING,
)

CONTACT_CHECK_LIFETIME = datetime.timedelta(minutes=30)
CONTACT_CHECK_MAX_ATTEMPTS = 5
CONTACT_CHECK_MAX_PER_DAY = 5


# --- helpers ----------------------------------------------------------------------------
def _now(now: datetime.datetime | None) -> datetime.datetime:
    return now or timezone.now()


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


def _short(text: str, limit: int = 200) -> str:
    """Notification context holds short strings only (the outbox refuses longer ones)."""
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _lock(programme: Programme) -> Programme:
    """Serialise schedule changes to one programme (two clinicians moving sessions at once)."""
    return Programme.objects.select_for_update().select_related("service").get(pk=programme.pk)


def _division(programme_settings: ProgrammeSettings) -> str:
    return programme_settings.bank_holiday_division


def _local_time(moment: datetime.datetime, programme: Programme) -> datetime.time:
    return moment.astimezone(programme.zone).time().replace(tzinfo=None)


def _place(session: ProgrammeSession, programme: Programme, day: datetime.date,
           at: datetime.time) -> None:
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


# --- settings ---------------------------------------------------------------------------
def programme_settings_for(service: Service) -> ProgrammeSettings:
    """The service's programme settings, made with the defaults the first time they are needed."""
    programme_settings, _created = ProgrammeSettings.objects.get_or_create(service=service)
    return programme_settings


@transaction.atomic
def programme_settings_update(
    *, actor: User, service: Service, now: datetime.datetime | None = None, **changes
) -> ProgrammeSettings:
    """Change a service's rules. Existing programmes keep the steps they already have."""
    now = _now(now)
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


# --- programmes -------------------------------------------------------------------------
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
    now = _now(now)
    _require(selectors.can_create_programme(actor))
    service = actor.service
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
    now = _now(now)
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
    now = _now(now)
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
    now = _now(now)
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


# --- facilitators -----------------------------------------------------------------------
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
    now = _now(now)
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
        raise ValidationError({"user": _("%(name)s already facilitates this programme.") % {
            "name": user.display_name}})
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
    now = _now(now)
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


# --- sessions ---------------------------------------------------------------------------
def _sessions_moved(
    programme: Programme,
    before: dict[int, tuple[datetime.datetime, datetime.datetime]],
    sessions: list[ProgrammeSession],
) -> list[ProgrammeSession]:
    return [s for s in sessions if (s.starts_at, s.ends_at) != before[s.pk]]


def _place_weekly(
    programme: Programme,
    sessions: list[ProgrammeSession],
    first_day: datetime.date,
    *,
    division: str,
) -> None:
    """Put these sessions a week apart from first_day (bank holidays skipped), each keeping
    its local start time."""
    days = schedule.weekly_dates(first_day, len(sessions), division=division)
    for follower, day in zip(sessions, days, strict=True):
        _place(follower, programme, day, _local_time(follower.starts_at, programme))
        follower.save(update_fields=["starts_at", "ends_at"])


def _moves_for_audit(
    before: dict[int, tuple[datetime.datetime, datetime.datetime]],
    moved: list[ProgrammeSession],
) -> dict[str, dict[str, str]]:
    return {
        str(s.number): {"old": before[s.pk][0].isoformat(), "new": s.starts_at.isoformat()}
        for s in moved
    }


def _replan_after_schedule_change(
    programme: Programme, moved: list[ProgrammeSession], *, now: datetime.datetime
) -> None:
    moved_ids = {s.pk for s in moved}
    steps = [
        s for s in programme.handover_steps.select_related("session") if s.session_id in moved_ids
    ]
    _reminders_replan(programme, steps, now=now)
    _refresh_status(programme, now=now)


@transaction.atomic
def session_move(
    *,
    actor: User,
    session: ProgrammeSession,
    new_date: datetime.date,
    new_start_time: datetime.time | None = None,
    venue: str | None = None,
    move_later: bool = True,
    reason: str = "",
    now: datetime.datetime | None = None,
) -> list[ProgrammeSession]:
    """Move one session. With ``move_later`` (the default) every later session follows,
    weekly from the new date with bank holidays skipped, and the handover steps with them.

    Returns the sessions whose time changed. Reminders for the steps on them are cancelled
    and planned again for the new dates.
    """
    now = _now(now)
    programme = _lock(session.programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    _require_schedule_open(programme)
    programme_settings = programme_settings_for(programme.service)
    division = _division(programme_settings)
    zone = programme.zone
    sessions = list(programme.sessions.order_by("number"))
    session = next(s for s in sessions if s.pk == session.pk)
    if session.has_started(now):
        raise ValidationError(_("This session has already started, so it cannot be moved."))
    today = schedule.local_date(now, zone)
    if new_date < today:
        raise ValidationError({"new_date": _("Choose a date from today onwards.")})
    _holiday_error("new_date", new_date, division)
    at = new_start_time or _local_time(session.starts_at, programme)
    if schedule.local_to_utc(new_date, at, zone) <= now:
        raise ValidationError({"new_start_time": _("Choose a time that has not passed.")})
    index = session.number - 1
    if index > 0:
        previous = sessions[index - 1]
        if new_date <= previous.local_date(zone):
            raise ValidationError(
                {
                    "new_date": _(
                        "Session %(n)s must be after session %(p)s (%(date)s)."
                    )
                    % {
                        "n": session.number,
                        "p": previous.number,
                        "date": uk_date(previous.starts_at, now=now, tz=zone),
                    }
                }
            )
    later = sessions[index + 1 :]
    if not move_later and later and new_date >= later[0].local_date(zone):
        raise ValidationError(
            {
                "new_date": _(
                    "That is on or after session %(n)s (%(date)s). To move the later "
                    "sessions too, choose “Move the later sessions as well”."
                )
                % {"n": later[0].number, "date": uk_date(later[0].starts_at, now=now, tz=zone)}
            }
        )
    before = {s.pk: (s.starts_at, s.ends_at) for s in sessions}
    old_venue = session.venue
    _place(session, programme, new_date, at)
    if venue is not None:
        session.venue = "" if venue.strip() == programme.venue else venue.strip()
    session.change_note = reason.strip()[:200]
    session.full_clean()
    session.save(update_fields=["starts_at", "ends_at", "venue", "change_note"])
    if move_later and later:
        _place_weekly(programme, later, new_date + schedule.ONE_WEEK, division=division)
    moved = _sessions_moved(programme, before, sessions)
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="session_moved",
        now=now,
        session=session.number,
        reason=session.change_note,
        venue={"old": old_venue, "new": session.venue},
        moved=_moves_for_audit(before, moved),
    )
    _replan_after_schedule_change(programme, moved, now=now)
    return moved


@transaction.atomic
def session_cancel(
    *,
    actor: User,
    session: ProgrammeSession,
    reason: str,
    now: datetime.datetime | None = None,
) -> list[ProgrammeSession]:
    """Call off a session's week. That session and every later one move on a week (bank
    holidays skipped), so the programme keeps all its sessions and the steps follow."""
    now = _now(now)
    programme = _lock(session.programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    _require_schedule_open(programme)
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why the session is cancelled.")})
    division = _division(programme_settings_for(programme.service))
    sessions = list(programme.sessions.order_by("number"))
    session = next(s for s in sessions if s.pk == session.pk)
    if session.has_started(now):
        raise ValidationError(_("This session has already started, so it cannot be cancelled."))
    before = {s.pk: (s.starts_at, s.ends_at) for s in sessions}
    SessionCancellation.objects.create(
        programme=programme,
        session=session,
        was_starts_at=session.starts_at,
        reason=reason.strip()[:200],
        cancelled_by=actor,
        cancelled_at=now,
    )
    affected = sessions[session.number - 1 :]
    first_day = session.local_date(programme.zone) + schedule.ONE_WEEK
    _place_weekly(programme, affected, first_day, division=division)
    moved = _sessions_moved(programme, before, sessions)
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="session_cancelled",
        now=now,
        session=session.number,
        reason=reason.strip(),
        moved=_moves_for_audit(before, moved),
    )
    _replan_after_schedule_change(programme, moved, now=now)
    return moved


def _require_schedule_open(programme: Programme) -> None:
    if programme.status in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED):
        raise ValidationError(_("This programme has ended, so its sessions cannot change."))


@transaction.atomic
def attendance_record(
    *,
    actor: User,
    session: ProgrammeSession,
    attended_enrolment_ids: Iterable[int],
    now: datetime.datetime | None = None,
) -> int:
    """Take the register: everyone taking part is marked present or absent. Returns how
    many were present."""
    now = _now(now)
    programme = session.programme
    _require(selectors.programme_access(actor, programme).can_edit)
    if schedule.local_date(session.starts_at, programme.zone) > schedule.local_date(
        now, programme.zone
    ):
        raise ValidationError(_("You can take the register on the day of the session."))
    present = set(attended_enrolment_ids)
    enrolments = list(programme.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN))
    known = {e.pk for e in enrolments}
    if present - known:
        raise ValidationError(_("Someone on the register is not on this programme."))
    existing = {a.enrolment_id: a for a in session.attendance.all()}
    to_create, to_update = [], []
    for enrolment in enrolments:
        attended = enrolment.pk in present
        row = existing.get(enrolment.pk)
        if row is None:
            to_create.append(
                Attendance(
                    session=session,
                    enrolment=enrolment,
                    attended=attended,
                    recorded_by=actor,
                    recorded_at=now,
                )
            )
        elif row.attended != attended:
            row.attended, row.recorded_by, row.recorded_at = attended, actor, now
            to_update.append(row)
    Attendance.objects.bulk_create(to_create)
    Attendance.objects.bulk_update(to_update, ["attended", "recorded_by", "recorded_at"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="attendance_recorded",
        now=now,
        session=session.number,
        present=len(present),
    )
    return len(present)


# --- enrolments -------------------------------------------------------------------------
@transaction.atomic
def participant_enrol(
    *,
    actor: User,
    programme: Programme,
    email: str,
    display_name: str = "",
    mobile: str = "",
    referral_source: str,
    referral_date: datetime.date,
    now: datetime.datetime | None = None,
) -> Enrolment:
    """Put a participant on a programme, creating their account when they have none.

    A new participant gets no password: the invitation tells them to sign in with a code
    sent to their email (accounts.services.user_invite makes the account).
    """
    now = _now(now)
    _require(selectors.programme_access(actor, programme).can_edit)
    if programme.status in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED):
        raise ValidationError(_("This programme has ended, so nobody new can join it."))
    email = User.objects.normalize_email(email.strip()).lower()
    if not email:
        raise ValidationError({"email": _("Enter the participant's email address.")})
    if referral_source not in ReferralSource.values:
        raise ValidationError({"referral_source": _("Choose who referred them.")})
    if referral_date > schedule.local_date(now, programme.zone):
        raise ValidationError({"referral_date": _("The referral date must be today or earlier.")})
    user = User.objects.filter(email__iexact=email).first()
    created_account = user is None
    if user is not None:
        if user.is_staff_member or user.role != Role.PARTICIPANT:
            raise ValidationError(
                {"email": _("This email belongs to a member of staff. Use the participant's own.")}
            )
        if user.service_id not in (None, programme.service_id):
            raise ValidationError(
                {"email": _("This person is registered with another pain service. Ask your "
                            "service admin to help.")}
            )
        if programme.enrolments.filter(participant=user).exists():
            raise ValidationError(
                {"email": _("%(name)s is already on this programme.") % {
                    "name": user.display_name or email}}
            )
    else:
        if not display_name.strip():
            raise ValidationError({"display_name": _("Enter the participant's name.")})
        try:
            with transaction.atomic():
                user = user_invite(
                    actor=actor,
                    email=email,
                    display_name=display_name.strip(),
                    role=Role.PARTICIPANT,
                    service=programme.service,
                    mobile=mobile.strip(),
                )
        except IntegrityError:
            # Someone else made this account a moment ago.
            raise ValidationError(
                {"email": _("This email was added a moment ago. Try again.")}
            ) from None
    enrolment = Enrolment(
        programme=programme,
        participant=user,
        referral_source=referral_source,
        referral_date=referral_date,
        enrolled_by=actor,
        enrolled_at=now,
    )
    enrolment.full_clean()
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        raise ValidationError({"email": _("This person is already on this programme.")}) from None
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="participant_enrolled",
        now=now,
        enrolment=enrolment.pk,
        new_account=created_account,
    )
    first = programme.sessions.order_by("number").first()
    notification_create(
        recipient=user,
        kind=INVITATION,
        context={
            "programme_id": programme.pk,
            "programme_name": _short(programme.name),
            "service_name": programme.service.name,
            "first_session": uk_datetime(first.starts_at, now=now, tz=programme.zone)
            if first
            else "",
            "venue": programme.venue,
            "sign_in_path": reverse("account_login"),
            "choices_path": reverse("programmes:my_choices", args=[programme.pk]),
            "new_account": created_account,
        },
        idempotency_key=f"{INVITATION}:{enrolment.pk}",
        topic=f"programmes.enrolment.{enrolment.pk}",
        channels=["email"],
        now=now,
    )
    return enrolment


@transaction.atomic
def enrolment_withdraw(
    *, actor: User, enrolment: Enrolment, reason: str, now: datetime.datetime | None = None
) -> Enrolment:
    """Record that someone left the programme. Their contact sharing ends with it."""
    now = _now(now)
    _require(selectors.programme_access(actor, enrolment.programme).can_edit)
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("They have already left this programme."))
    if not reason.strip():
        raise ValidationError({"reason": _("Enter why they left.")})
    old = enrolment.status
    enrolment.status = EnrolmentStatus.WITHDRAWN
    enrolment.withdrawn_reason = reason.strip()
    enrolment.status_changed_at = now
    enrolment.save(update_fields=["status", "withdrawn_reason", "status_changed_at"])
    withdrawn = enrolment.contact_consents.filter(withdrawn_at__isnull=True).update(
        withdrawn_at=now, withdrawn_by=actor
    )
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="participant_withdrawn",
        now=now,
        enrolment=enrolment.pk,
        old=old,
        consents_withdrawn=withdrawn,
    )
    return enrolment


@transaction.atomic
def enrolment_reinstate(
    *, actor: User, enrolment: Enrolment, now: datetime.datetime | None = None
) -> Enrolment:
    """Undo a withdrawal recorded by mistake. Contact sharing is not restored: the
    participant chooses again."""
    now = _now(now)
    programme = enrolment.programme
    _require(selectors.programme_access(actor, programme).can_edit)
    if enrolment.status != EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("They are still on this programme."))
    enrolment.status = (
        EnrolmentStatus.COMPLETED
        if programme.status == ProgrammeStatus.FINISHED
        else EnrolmentStatus.ENROLLED
    )
    enrolment.status_changed_at = now
    enrolment.save(update_fields=["status", "status_changed_at"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="participant_reinstated",
        now=now,
        enrolment=enrolment.pk,
    )
    return enrolment


# --- participant choices and consent ----------------------------------------------------
@transaction.atomic
def participant_choice_record(
    *,
    actor: User,
    enrolment: Enrolment,
    continue_choice: str,
    unsuitable_date: bool = False,
    unsuitable_time: bool = False,
    unsuitable_venue: bool = False,
    unsuitable_note: str = "",
    reasons: Iterable[str] = (),
    reasons_other: str = "",
    volunteers_to_organise: bool = False,
    now: datetime.datetime | None = None,
) -> ParticipantChoice:
    """Record whether a participant wants to keep meeting, by them or by a clinician for them.

    Only the parts that fit the answer are kept: reasons for "prefer not", what does not suit
    for "keen but unsuitable", and volunteering to organise for either "keen" answer.
    """
    now = _now(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("This person has left the programme."))
    if continue_choice not in ContinueChoice.values:
        raise ValidationError({"continue_choice": _("Choose one answer.")})
    reasons = list(dict.fromkeys(reasons))
    bad = [r for r in reasons if r not in NotContinuingReason.values]
    if bad:
        raise ValidationError({"reasons": _("Choose reasons from the list.")})
    keen = continue_choice in (ContinueChoice.KEEN, ContinueChoice.KEEN_UNSUITABLE)
    unsuitable = continue_choice == ContinueChoice.KEEN_UNSUITABLE
    if unsuitable and not (unsuitable_date or unsuitable_time or unsuitable_venue):
        raise ValidationError(
            {"unsuitable": _("Choose what does not suit: the date, the time or the place.")}
        )
    choice, _created = ParticipantChoice.objects.select_for_update().get_or_create(
        enrolment=enrolment,
        defaults={"continue_choice": continue_choice, "updated_at": now},
    )
    old = {
        "continue_choice": choice.continue_choice if not _created else "",
        "volunteers_to_organise": choice.volunteers_to_organise,
    }
    choice.continue_choice = continue_choice
    choice.unsuitable_date = unsuitable and unsuitable_date
    choice.unsuitable_time = unsuitable and unsuitable_time
    choice.unsuitable_venue = unsuitable and unsuitable_venue
    choice.unsuitable_note = unsuitable_note.strip()[:300] if unsuitable else ""
    prefer_not = continue_choice == ContinueChoice.PREFER_NOT
    choice.reasons = reasons if prefer_not else []
    choice.reasons_other = reasons_other.strip() if prefer_not else ""
    choice.volunteers_to_organise = keen and volunteers_to_organise
    choice.recorded_by = actor
    choice.updated_at = now
    choice.full_clean()
    choice.save()
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="choice_recorded",
        now=now,
        enrolment=enrolment.pk,
        old=old,
        new={
            "continue_choice": choice.continue_choice,
            "volunteers_to_organise": choice.volunteers_to_organise,
        },
        on_behalf=actor.pk != enrolment.participant_id,
    )
    return choice


def _share_value(user: User, kind: str) -> str:
    if kind == ShareKind.EMAIL:
        return user.email
    return mobile_e164(user)


@transaction.atomic
def contact_consents_set(
    *,
    actor: User,
    enrolment: Enrolment,
    kinds: Iterable[str],
    now: datetime.datetime | None = None,
) -> list[ContactConsent]:
    """Set which contact details a participant shares with their cohort.

    Ticking a detail records consent (who recorded it, when, and the value shared); unticking
    withdraws it. Withdrawn consent stays on record. Returns the current consents.
    """
    now = _now(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(_("This person has left the programme."))
    wanted = set(kinds)
    if wanted - set(ShareKind.values):
        raise ValidationError({"kinds": _("Choose from the list.")})
    user = enrolment.participant
    if wanted - {ShareKind.EMAIL} and not user.mobile:
        raise ValidationError(
            {"kinds": _("There is no mobile number on this account, so only email can be "
                        "shared. Ask the clinician to add a mobile number.")}
        )
    current = {c.kind: c for c in enrolment.contact_consents.filter(withdrawn_at__isnull=True)}
    given, withdrawn = [], []
    for kind, consent in current.items():
        if kind not in wanted or consent.value != _share_value(user, kind):
            consent.withdrawn_at, consent.withdrawn_by = now, actor
            consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
            withdrawn.append(kind)
    still = {k for k, c in current.items() if c.withdrawn_at is None}
    for kind in sorted(wanted - still):
        consent = ContactConsent(
            enrolment=enrolment,
            kind=kind,
            value=_share_value(user, kind),
            given_at=now,
            given_by=actor,
        )
        consent.full_clean()
        consent.save()
        given.append(kind)
    if given or withdrawn:
        _audit(
            service=enrolment.programme.service,
            programme=enrolment.programme,
            actor=actor,
            verb="contact_consent_changed",
            now=now,
            enrolment=enrolment.pk,
            given=given,
            withdrawn=withdrawn,
            on_behalf=actor.pk != enrolment.participant_id,
        )
    return list(enrolment.contact_consents.filter(withdrawn_at__isnull=True))


def _code_hash(check_user_id: int, channel: str, value: str, code: str) -> str:
    return salted_hmac(
        "programmes.contact_check", f"{check_user_id}:{channel}:{value}:{code}"
    ).hexdigest()


@dataclass(frozen=True)
class SentCheck:
    check: ContactCheck
    code: str  # only for tests and the outbox row; never shown to staff


@transaction.atomic
def contact_check_send(
    *,
    actor: User,
    enrolment: Enrolment,
    channel: str,
    now: datetime.datetime | None = None,
) -> SentCheck:
    """Send a 6-digit code to the participant's email or mobile, through the outbox, to prove
    the detail they share works. A new code replaces any earlier one."""
    now = _now(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    if channel not in CheckChannel.values:
        raise ValidationError(_("Choose email or text message."))
    user = enrolment.participant
    value = user.email if channel == CheckChannel.EMAIL else mobile_e164(user)
    if not value:
        raise ValidationError(_("There is no mobile number on this account."))
    if ContactCheck.objects.filter(
        user=user, channel=channel, sent_at__gte=now - datetime.timedelta(days=1)
    ).count() >= CONTACT_CHECK_MAX_PER_DAY:
        raise ValidationError(
            _("We have sent %(n)s codes today. Try again tomorrow, or ask your clinician.")
            % {"n": CONTACT_CHECK_MAX_PER_DAY}
        )
    ContactCheck.objects.filter(
        user=user, channel=channel, verified_at__isnull=True, expires_at__gt=now
    ).update(expires_at=now)
    code = f"{secrets.randbelow(1_000_000):06d}"
    check = ContactCheck.objects.create(
        user=user,
        channel=channel,
        value=value,
        code_hash="",
        sent_at=now,
        expires_at=now + CONTACT_CHECK_LIFETIME,
    )
    check.code_hash = _code_hash(user.pk, channel, value, code)
    check.save(update_fields=["code_hash"])
    notification_create(
        recipient=user,
        kind=CONTACT_CHECK,
        context={
            # Sealed: the outbox row (and the admin) never hold the readable code.
            "sealed_code": seal(code),
            "programme_name": enrolment.programme.name,
            "minutes": int(CONTACT_CHECK_LIFETIME.total_seconds() // 60),
        },
        idempotency_key=f"{CONTACT_CHECK}:{check.pk}",
        channels=[channel],
        now=now,
    )
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="contact_check_sent",
        now=now,
        enrolment=enrolment.pk,
        channel=channel,
    )
    return SentCheck(check=check, code=code)


@dataclass(frozen=True)
class CheckOutcome:
    verified: bool
    message: str = ""


@transaction.atomic
def contact_check_confirm(
    *,
    actor: User,
    enrolment: Enrolment,
    channel: str,
    code: str,
    now: datetime.datetime | None = None,
) -> CheckOutcome:
    """Check a code the participant typed in. Five wrong tries use the code up.

    A wrong code is an outcome, not an exception, so the counted try is kept when the
    request's transaction commits."""
    now = _now(now)
    _require(selectors.can_record_for_enrolment(actor, enrolment))
    user = enrolment.participant
    code = "".join(code.split())
    check = (
        ContactCheck.objects.select_for_update()
        .filter(user=user, channel=channel, verified_at__isnull=True)
        .order_by("-sent_at", "-id")
        .first()
    )
    if check is None or not check.is_usable(now, CONTACT_CHECK_MAX_ATTEMPTS):
        return CheckOutcome(False, _("This code has expired. Send a new code."))
    check.attempts += 1
    if not constant_time_compare(check.code_hash, _code_hash(user.pk, channel, check.value, code)):
        check.save(update_fields=["attempts"])
        if check.attempts >= CONTACT_CHECK_MAX_ATTEMPTS:
            return CheckOutcome(False, _("That code is wrong. Send a new code."))
        return CheckOutcome(False, _("That code is wrong. Check the message and try again."))
    check.verified_at = now
    check.save(update_fields=["attempts", "verified_at"])
    _audit(
        service=enrolment.programme.service,
        programme=enrolment.programme,
        actor=actor,
        verb="contact_check_verified",
        now=now,
        enrolment=enrolment.pk,
        channel=channel,
    )
    return CheckOutcome(True)


# --- the handover -----------------------------------------------------------------------
@transaction.atomic
def handover_checklist_save(
    *,
    actor: User,
    step: HandoverStep,
    ticked: Iterable[str],
    notes: str = "",
    mark_done: bool = False,
    now: datetime.datetime | None = None,
) -> HandoverStep:
    """Save the ticks facilitators made in the session. The step is done when every item is
    ticked, or when a facilitator marks it done anyway; unticking reopens it."""
    now = _now(now)
    step = HandoverStep.objects.select_for_update().select_related(
        "programme__service", "session"
    ).get(pk=step.pk)
    _require(selectors.programme_access(actor, step.programme).can_tick)
    ticked = set(ticked)
    keys = checklist_keys(step.kind)
    if ticked - keys:
        raise ValidationError({"ticked": _("Choose items from the checklist.")})
    existing = {t.item: t for t in step.ticks.all()}
    added = sorted(ticked - set(existing))
    removed = sorted(set(existing) - ticked)
    ChecklistTick.objects.bulk_create(
        [ChecklistTick(step=step, item=item, ticked_by=actor, ticked_at=now) for item in added]
    )
    if removed:
        step.ticks.filter(item__in=removed).delete()
    was_done = step.is_done
    done = ticked == keys or mark_done
    if done and not was_done:
        step.completed_at, step.completed_by = now, actor
    elif not done and was_done:
        step.completed_at, step.completed_by = None, None
    step.notes = notes.strip()
    step.save(update_fields=["completed_at", "completed_by", "notes"])
    _audit(
        service=step.programme.service,
        programme=step.programme,
        actor=actor,
        verb="checklist_saved",
        now=now,
        step=step.kind,
        ticked=added,
        unticked=removed,
        done={"old": was_done, "new": step.is_done},
    )
    if was_done != step.is_done:
        _reminders_replan(step.programme, [step], now=now, actor=actor)
    return step


@transaction.atomic
def handover_step_assign_ptv(
    *,
    actor: User,
    step: HandoverStep,
    ptv: User | None,
    now: datetime.datetime | None = None,
) -> HandoverStep:
    """Choose which of the programme's PTVs leads a step (or none)."""
    now = _now(now)
    programme = _lock(step.programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    if ptv is not None and not programme.facilitators.filter(
        user=ptv, discipline=Discipline.PTV
    ).exists():
        raise ValidationError({"ptv": _("Add them to the programme as a PTV first.")})
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    old = step.ptv_id
    step.ptv = ptv
    step.save(update_fields=["ptv"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="step_ptv_assigned",
        now=now,
        step=step.kind,
        old=old,
        new=ptv.pk if ptv else None,
    )
    if old != step.ptv_id:
        if step.ptv_id is not None:
            notifications_cancel(topic=_ptv_missing_topic(step), actor=actor,
                                 reason="a PTV was assigned", now=now)
        _reminders_refresh(programme, [step], now=now)
    return step


@transaction.atomic
def handover_step_ptv_unavailable(
    *, actor: User, step: HandoverStep, now: datetime.datetime | None = None
) -> HandoverStep:
    """The assigned PTV says they cannot come: they are taken off the step and the clinicians
    on the programme are told at once."""
    now = _now(now)
    programme = _lock(step.programme)
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    if step.ptv_id != actor.pk:
        raise PermissionDenied
    if step.session.has_ended(now) or step.is_done:
        raise ValidationError(_("This step has already happened."))
    step.ptv = None
    step.save(update_fields=["ptv"])
    event = _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="step_ptv_unavailable",
        now=now,
        step=step.kind,
    )
    _ptv_missing_tell_clinicians(step, now=now, because=f"unavailable-{event.pk}")
    _reminders_refresh(programme, [step], now=now)
    return step


@dataclass(frozen=True)
class FirstMeetingResult:
    plan: FirstMeetingPlan
    warning: str | None


@transaction.atomic
def first_meeting_plan_update(
    *,
    actor: User,
    programme: Programme,
    options_note: str | None = None,
    meeting_date: datetime.date | None = None,
    meeting_time: datetime.time | None = None,
    venue: str | None = None,
    poll_instead: bool | None = None,
    ptv: User | None | bool = False,
    confirm: bool = False,
    now: datetime.datetime | None = None,
) -> FirstMeetingResult:
    """Record the group's plan for its first meeting. Arguments left as None (or ``ptv`` as
    False) keep what was there. A first meeting outside the service's window (4 to 6 weeks
    after the last session) gives a warning, never a block."""
    now = _now(now)
    programme = _lock(programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    programme_settings = programme_settings_for(programme.service)
    plan, _created = FirstMeetingPlan.objects.select_for_update().get_or_create(
        programme=programme, defaults={"updated_at": now}
    )
    old = {
        "starts_at": plan.starts_at.isoformat() if plan.starts_at else None,
        "venue": plan.venue,
        "poll_instead": plan.poll_instead,
        "confirmed": plan.confirmed_at is not None,
    }
    if options_note is not None:
        plan.options_note = options_note.strip()
    if poll_instead is not None:
        plan.poll_instead = poll_instead
    if plan.poll_instead and meeting_date:
        raise ValidationError(
            {"meeting_date": _("Choose a date for the first meeting or a poll, not both.")}
        )
    if meeting_date is not None:
        if meeting_time is None:
            raise ValidationError({"meeting_time": _("Enter the time of the first meeting.")})
        plan.starts_at = schedule.local_to_utc(meeting_date, meeting_time, programme.zone)
    elif poll_instead is not None:
        plan.starts_at = None
    if venue is not None:
        plan.venue = venue.strip()
    if ptv is not False:
        if ptv is not None and not programme.facilitators.filter(
            user=ptv, discipline=Discipline.PTV
        ).exists():
            raise ValidationError({"ptv": _("Add them to the programme as a PTV first.")})
        plan.ptv = ptv
    if confirm:
        if not plan.is_settled:
            raise ValidationError(
                {"meeting_date": _("Enter the date of the first meeting, or choose a poll.")}
            )
        plan.confirmed_at, plan.confirmed_by = now, actor
    plan.updated_at, plan.updated_by = now, actor
    plan.full_clean()
    plan.save()
    warning = None
    last = programme.sessions.order_by("-number").first()
    if plan.starts_at and last:
        warning = first_meeting_window_warning(
            last_session_date=last.local_date(programme.zone),
            first_meeting_date=schedule.local_date(plan.starts_at, programme.zone),
            min_weeks=programme_settings.first_meeting_min_weeks,
            max_weeks=programme_settings.first_meeting_max_weeks,
        )
    if confirm:
        confirm_step = programme.handover_steps.filter(kind=StepKind.CONFIRM).first()
        if confirm_step is not None:
            ChecklistTick.objects.get_or_create(
                step=confirm_step,
                item="first_meeting",
                defaults={"ticked_by": actor, "ticked_at": now},
            )
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="first_meeting_planned",
        now=now,
        old=old,
        new={
            "starts_at": plan.starts_at.isoformat() if plan.starts_at else None,
            "venue": plan.venue,
            "poll_instead": plan.poll_instead,
            "confirmed": plan.confirmed_at is not None,
        },
        warning=warning or "",
    )
    return FirstMeetingResult(plan=plan, warning=warning)


@transaction.atomic
def participant_point_to_other_group(
    *,
    actor: User,
    enrolment: Enrolment,
    directory_path: str,
    now: datetime.datetime | None = None,
) -> None:
    """Send someone who was keen but had no suitable date or venue the directory of groups.
    Sent once per enrolment."""
    now = _now(now)
    programme = enrolment.programme
    _require(selectors.programme_access(actor, programme).can_edit)
    choice = ParticipantChoice.objects.filter(enrolment=enrolment).first()
    if choice is None or not choice.is_keen or enrolment.is_withdrawn:
        raise ValidationError(_("Only for people on the programme who want to keep meeting."))
    notification_create(
        recipient=enrolment.participant,
        kind=OTHER_GROUP,
        context={
            "programme_name": _short(programme.name),
            "service_name": programme.service.name,
            "directory_path": _short(directory_path),
        },
        idempotency_key=f"{OTHER_GROUP}:{enrolment.pk}",
        now=now,
    )
    if not ProgrammeEvent.objects.filter(
        programme=programme, verb="other_group_suggested", detail__enrolment=enrolment.pk
    ).exists():
        _audit(
            service=programme.service,
            programme=programme,
            actor=actor,
            verb="other_group_suggested",
            now=now,
            enrolment=enrolment.pk,
        )


# --- facilitator reminders --------------------------------------------------------------
def _reminder_topic(step: HandoverStep, user: User | int) -> str:
    user_id = user if isinstance(user, int) else user.pk
    return f"programmes.step.{step.pk}.user.{user_id}"


def _ptv_missing_topic(step: HandoverStep) -> str:
    return f"programmes.step.{step.pk}.ptv_missing"


def _reminder_due_at(step: HandoverStep, programme: Programme,
                     programme_settings: ProgrammeSettings) -> datetime.datetime:
    return schedule.reminder_due_at(
        step.session.local_date(programme.zone),
        working_days=programme_settings.reminder_working_days,
        at=programme_settings.reminder_time,
        zone=programme.zone,
        division=_division(programme_settings),
    )


def _wants_reminders(step: HandoverStep, programme: Programme, now: datetime.datetime) -> bool:
    return (
        programme.status not in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED)
        and not step.is_done
        and not step.session.has_started(now)
    )


def _reminder_context(
    step: HandoverStep, programme: Programme, facilitators: list[Facilitator], now
) -> dict:
    resources = selectors.resources_for_step(programme.service, step.kind)
    ptv_name = step.ptv.display_name if step.ptv_id else ""
    return {
        "programme_id": programme.pk,
        "programme_name": _short(programme.name),
        "step": step.kind,
        "step_label": step.get_kind_display(),
        "session_number": step.session.number,
        "session_count": programme.session_count,
        "when": uk_datetime(step.session.starts_at, now=now, tz=programme.zone),
        "venue": step.session.venue_or_default(),
        "ptv_name": ptv_name,
        "no_ptv": not ptv_name,
        "facilitators": _short(", ".join(f.user.display_name for f in facilitators)),
        "what_to_bring": _short(WHAT_TO_BRING[step.kind]),
        "resources": _short("; ".join(r.title for r in resources)),
        "step_path": reverse("programmes:step", args=[programme.pk, step.kind]),
    }


def _reminder_create(
    step: HandoverStep,
    programme: Programme,
    programme_settings: ProgrammeSettings,
    facilitators: list[Facilitator],
    user: User,
    *,
    now: datetime.datetime,
) -> None:
    due_at = _reminder_due_at(step, programme, programme_settings)
    slot = f"{step.session.local_date(programme.zone).isoformat()}.v{step.reminder_version}"
    context = _reminder_context(step, programme, facilitators, now)
    context["is_clinician"] = any(f.user_id == user.pk and not f.is_ptv for f in facilitators)
    notification_create(
        recipient=user,
        kind=HANDOVER_REMINDER,
        context=context,
        idempotency_key=f"{HANDOVER_REMINDER}:{step.pk}:{user.pk}:{slot}",
        due_at=due_at if due_at > now else None,
        topic=_reminder_topic(step, user),
        now=now,
    )


def _reminders_replan(
    programme: Programme,
    steps: Iterable[HandoverStep],
    *,
    now: datetime.datetime,
    actor: User | None = None,
) -> None:
    """Cancel every unsent reminder for these steps and plan them again from scratch, under
    a new slot key, so a moved step is reminded about once, for its new date."""
    steps = list(steps)
    if not steps:
        return
    programme_settings = programme_settings_for(programme.service)
    facilitators = list(programme.facilitators.select_related("user"))
    for step in steps:
        step = HandoverStep.objects.select_related("session", "ptv").get(pk=step.pk)
        for facilitator in facilitators:
            notifications_cancel(
                topic=_reminder_topic(step, facilitator.user_id),
                actor=actor,
                reason="handover step changed",
                now=now,
            )
        step.reminder_version += 1
        step.save(update_fields=["reminder_version"])
        if _wants_reminders(step, programme, now):
            for facilitator in facilitators:
                _reminder_create(
                    step, programme, programme_settings, facilitators, facilitator.user, now=now
                )
        else:
            notifications_cancel(topic=_ptv_missing_topic(step), actor=actor,
                                 reason="handover step done or programme ended", now=now)


def _reminders_refresh(
    programme: Programme,
    steps: Iterable[HandoverStep],
    *,
    now: datetime.datetime,
    added: User | None = None,
) -> None:
    """After a change of people (facilitators, PTV): reminders not yet due are planned again
    so they name the right people; once they are due, only a newly added facilitator gets
    one of their own, and nobody gets a second."""
    programme_settings = programme_settings_for(programme.service)
    not_yet_due, already_due = [], []
    for step in steps:
        step = HandoverStep.objects.select_related("session", "ptv").get(pk=step.pk)
        if not _wants_reminders(step, programme, now):
            continue
        if _reminder_due_at(step, programme, programme_settings) > now:
            not_yet_due.append(step)
        else:
            already_due.append(step)
    _reminders_replan(programme, not_yet_due, now=now)
    if added is not None and already_due:
        facilitators = list(programme.facilitators.select_related("user"))
        for step in already_due:
            _reminder_create(step, programme, programme_settings, facilitators, added, now=now)


def _ptv_missing_tell_clinicians(step: HandoverStep, *, now: datetime.datetime,
                                 because: str) -> None:
    programme = step.programme
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    if not _wants_reminders(step, programme, now):
        return
    clinicians = programme.facilitators.exclude(discipline=Discipline.PTV).select_related("user")
    for facilitator in clinicians:
        notification_create(
            recipient=facilitator.user,
            kind=PTV_MISSING,
            context={
                "programme_id": programme.pk,
                "programme_name": _short(programme.name),
                "step_label": step.get_kind_display(),
                "when": uk_datetime(step.session.starts_at, now=now, tz=programme.zone),
                "step_path": reverse("programmes:step", args=[programme.pk, step.kind]),
            },
            idempotency_key=f"{PTV_MISSING}:{step.pk}:{facilitator.user_id}:{because}",
            # Not the reminders' topic: re-planning reminders must never cancel this.
            topic=_ptv_missing_topic(step),
            now=now,
        )


def handover_reminders_ensure(*, now: datetime.datetime | None = None, days_ahead: int = 21) -> int:
    """Safety net run by beat: make sure every facilitator has their reminder for every step
    in the coming weeks. Idempotency keys make it harmless to run any number of times."""
    now = _now(now)
    steps = (
        HandoverStep.objects.filter(
            completed_at__isnull=True,
            session__starts_at__gt=now,
            session__starts_at__lte=now + datetime.timedelta(days=days_ahead),
            programme__status__in=[ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING],
        )
        .select_related("programme__service", "session", "ptv")
        .order_by("pk")
    )
    count = 0
    for step in steps:
        programme = step.programme
        programme_settings = programme_settings_for(programme.service)
        facilitators = list(programme.facilitators.select_related("user"))
        with transaction.atomic():
            for facilitator in facilitators:
                _reminder_create(
                    step, programme, programme_settings, facilitators, facilitator.user, now=now
                )
                count += 1
    return count


# --- resources --------------------------------------------------------------------------
@transaction.atomic
def resource_create(
    *,
    actor: User,
    title: str,
    audience: str,
    step: str = "",
    url: str = "",
    file=None,
    description: str = "",
    now: datetime.datetime | None = None,
) -> Resource:
    now = _now(now)
    _require(selectors.can_manage_resources(actor))
    resource = Resource(
        service=actor.service,
        title=title.strip(),
        description=description.strip(),
        url=url.strip(),
        audience=audience,
        step=step,
        created_by=actor,
        created_at=now,
    )
    if file:
        resource.file = file
    if bool(resource.url) == bool(file):
        raise ValidationError({"url": _("Add a link or upload a file (one of the two).")})
    resource.full_clean()
    resource.save()
    _audit(
        service=actor.service,
        programme=None,
        actor=actor,
        verb="resource_added",
        now=now,
        resource=resource.pk,
        title=resource.title,
    )
    return resource


@transaction.atomic
def resource_archive(
    *, actor: User, resource: Resource, now: datetime.datetime | None = None
) -> Resource:
    now = _now(now)
    _require(selectors.can_manage_resources(actor) and actor.service_id == resource.service_id)
    if resource.archived_at is None:
        resource.archived_at = now
        resource.save(update_fields=["archived_at"])
        _audit(
            service=resource.service,
            programme=None,
            actor=actor,
            verb="resource_archived",
            now=now,
            resource=resource.pk,
        )
    return resource


# --- calendar feed ----------------------------------------------------------------------
def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(
        user=user, defaults={"token": secrets.token_urlsafe(32)}
    )
    return feed


@transaction.atomic
def calendar_feed_reset(*, actor: User, now: datetime.datetime | None = None) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    now = _now(now)
    feed = calendar_feed_for(user=actor)
    feed.token = secrets.token_urlsafe(32)
    feed.created_at = now
    feed.save(update_fields=["token", "created_at"])
    return feed
