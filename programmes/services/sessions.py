"""Sessions: moving and cancelling them (the handover steps and reminders follow), and the
register."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current
from pmp_followon.ui.dates import uk_date

from .. import schedule, selectors
from ..models import (
    Attendance,
    EnrolmentStatus,
    Programme,
    ProgrammeSession,
    ProgrammeStatus,
    SessionCancellation,
)
from ._common import _audit, _division, _holiday_error, _local_time, _lock, _place, _require
from .programmes import _refresh_status
from .reminders import _reminders_replan
from .settings import programme_settings_for


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
    now = now_or_current(now)
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
                    "new_date": _("Session %(n)s must be after session %(p)s (%(date)s).")
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
    now = now_or_current(now)
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
    now = now_or_current(now)
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
