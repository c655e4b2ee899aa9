"""Meetings: planning, confirming a suggested one, moving, cancelling, answers (going,
maybe, can't) and recording who came.

Cancelling or moving a meeting cancels every unsent row whose topic starts
``groups.meeting:<id>:`` (everyone's reminders and the coordinators' prompts).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notifications_cancel
from programmes.schedule import local_to_utc

from .. import notification_kinds as kinds
from .. import timing
from ..models import (
    CURRENT_STATUSES,
    RSVP,
    Attendance,
    Group,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Membership,
    Rhythm,
    RSVPAnswer,
    Venue,
)
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _active_memberships,
    _audit,
    _cancel_meeting_notifications,
    _coordinator_topic,
    _current_membership,
    _lock_group,
    _meeting_context,
    _meeting_topic,
    _notify,
    _require_coordinator,
    _require_member,
    _require_open,
)
from .reminders import (
    _answers_for,
    _meeting_reminders_for_all,
    _member_reminders_cancel,
    _member_reminders_restart,
)
from .status import (
    _formed_refresh,
    _status_refresh,
)

# Someone who forgot to add a meeting can add it afterwards to record who came.
PAST_MEETING_LIMIT = datetime.timedelta(days=60)


def _check_venue(group: Group, venue: Venue | None) -> None:
    if venue is not None and (venue.service_id != group.service_id or venue.archived_at):
        raise ValidationError({"venue": _("Choose a venue from the list.")})


def _meeting_new(
    *,
    group: Group,
    actor: User | None,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int,
    mode: str,
    venue: Venue | None,
    place_note: str,
    online_link: str,
    notes: str,
    repeats: bool,
    now: datetime.datetime,
    status: str = MeetingStatus.SCHEDULED,
    follows: Meeting | None = None,
) -> Meeting:
    _check_venue(group, venue)
    starts_at = local_to_utc(day, at, group.service.zone)
    if starts_at < now - PAST_MEETING_LIMIT:
        raise ValidationError({"day": _("That date is too long ago to add.")})
    if mode == MeetingMode.ONLINE:
        venue, place_note = None, place_note.strip()
    meeting = Meeting(
        group=group,
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        mode=mode,
        venue=venue,
        place_note=place_note.strip(),
        online_link=online_link.strip() if mode == MeetingMode.ONLINE else "",
        notes=notes.strip(),
        repeats=repeats,
        status=status,
        follows=follows,
        created_by=actor,
        created_at=now,
    )
    meeting.full_clean()
    meeting.save()
    return meeting


def _announce(meeting: Meeting, *, actor: User | None, now: datetime.datetime) -> None:
    if meeting.starts_at <= now:
        return
    context = _meeting_context(meeting, now)
    for membership in _active_memberships(meeting.group):
        if actor is not None and membership.person_id == actor.pk:
            continue
        _notify(
            recipient=membership.person,
            kind=kinds.MEETING_SCHEDULED,
            context=context,
            key=f"groups.meeting:{meeting.pk}:{meeting.slot}:announce:{membership.person_id}",
            topic=_meeting_topic(meeting.pk, membership.person_id),
            now=now,
        )


def _propose_next(
    meeting: Meeting, *, actor: User | None, now: datetime.datetime
) -> Meeting | None:
    """After a repeating meeting is planned, suggest the next one from the group's rhythm
    (not announced until a coordinator confirms it)."""
    group = meeting.group
    if not meeting.repeats or group.rhythm == Rhythm.AD_HOC or group.is_closed:
        return None
    if Meeting.objects.filter(
        group=group,
        status__in=[MeetingStatus.PROPOSED, MeetingStatus.SCHEDULED],
        starts_at__gt=meeting.starts_at,
    ).exists():
        return None
    starts_at = timing.next_in_rhythm(meeting.starts_at, group.rhythm, group.service.zone)
    if starts_at is None or starts_at <= now:
        return None
    zone = group.service.zone
    venue, place_note = meeting.venue, meeting.place_note
    if venue is not None and venue.archived_at is not None:
        place_note = place_note or venue.name  # gone from the list: keep its words
        venue = None
    return _meeting_new(
        group=group,
        actor=actor,
        day=timing.local_date(starts_at, zone),
        at=timing.local_time(starts_at, zone),
        duration_minutes=meeting.duration_minutes,
        mode=meeting.mode,
        venue=venue,
        place_note=place_note,
        online_link=meeting.online_link,
        notes="",
        repeats=True,
        now=now,
        status=MeetingStatus.PROPOSED,
        follows=meeting,
    )


@transaction.atomic
def meeting_schedule(
    *,
    actor: User,
    group: Group,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int = 120,
    mode: str = MeetingMode.IN_PERSON,
    venue: Venue | None = None,
    place_note: str = "",
    online_link: str = "",
    notes: str = "",
    repeats: bool = False,
    now: datetime.datetime | None = None,
) -> Meeting:
    """A coordinator plans a meeting. Members are told, and their reminders are made now
    with ``due_at`` in the future. A meeting in the past (forgotten, added to record who
    came) tells nobody."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_open(group)
    _require_coordinator(actor, group)
    meeting = _meeting_new(
        group=group,
        actor=actor,
        day=day,
        at=at,
        duration_minutes=duration_minutes,
        mode=mode,
        venue=venue,
        place_note=place_note,
        online_link=online_link,
        notes=notes,
        repeats=repeats,
        now=now,
    )
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(
        group=group,
        actor=actor,
        verb="meeting_scheduled",
        now=now,
        meeting=meeting.pk,
        starts_at=meeting.starts_at.isoformat(),
    )
    return meeting


def _after_scheduled(meeting: Meeting, *, actor: User | None, now: datetime.datetime) -> None:
    if meeting.starts_at > now:
        _announce(meeting, actor=actor, now=now)
        _meeting_reminders_for_all(meeting, now)
        _propose_next(meeting, actor=actor, now=now)
    _status_refresh(meeting.group, now)


def _lock_meeting(meeting: Meeting) -> Meeting:
    return (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("group__service", "venue")
        .get(pk=meeting.pk)
    )


@transaction.atomic
def meeting_confirm(
    *, actor: User, meeting: Meeting, now: datetime.datetime | None = None
) -> Meeting:
    """Confirm a meeting suggested from the group's rhythm: now it is announced."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    _require_open(meeting.group)
    _require_coordinator(actor, meeting.group)
    if meeting.status != MeetingStatus.PROPOSED:
        raise ValidationError(_("This meeting is not waiting to be confirmed."))
    if meeting.starts_at <= now:
        raise ValidationError(_("This date has passed. Choose a new date instead."))
    meeting.status = MeetingStatus.SCHEDULED
    meeting.save(update_fields=["status"])
    notifications_cancel(
        topic=_coordinator_topic(meeting.pk), actor=actor, reason="Meeting confirmed", now=now
    )
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(group=meeting.group, actor=actor, verb="meeting_confirmed", now=now, meeting=meeting.pk)
    return meeting


@transaction.atomic
def meeting_move(
    *,
    actor: User,
    meeting: Meeting,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int,
    mode: str,
    venue: Venue | None,
    place_note: str,
    online_link: str,
    notes: str,
    now: datetime.datetime | None = None,
) -> Meeting:
    """Change a meeting's time or place. Members are told; their reminders are remade for
    the new slot (the old ones, and old "can't make it" links, stop working). When the time
    changes, answers are cleared and people are asked again."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    group = meeting.group
    _require_open(group)
    _require_coordinator(actor, group)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("This meeting was cancelled. Plan a new one instead."))
    if meeting.starts_at <= now:
        raise ValidationError(_("This meeting has already started, so it cannot be moved."))
    _check_venue(group, venue)
    starts_at = local_to_utc(day, at, group.service.zone)
    if starts_at <= now:
        raise ValidationError({"day": _("Choose a date and time in the future.")})
    if mode == MeetingMode.ONLINE:
        venue = None
    old = {
        "starts_at": meeting.starts_at.isoformat(),
        "venue": meeting.venue_id,
        "place_note": meeting.place_note,
        "mode": meeting.mode,
        "duration": meeting.duration_minutes,
    }
    time_changed = starts_at != meeting.starts_at or duration_minutes != meeting.duration_minutes
    place_changed = (
        mode != meeting.mode
        or (venue.pk if venue else None) != meeting.venue_id
        or place_note.strip() != meeting.place_note
        or (online_link.strip() if mode == MeetingMode.ONLINE else "") != meeting.online_link
    )
    meeting.starts_at, meeting.duration_minutes, meeting.mode = starts_at, duration_minutes, mode
    meeting.venue, meeting.place_note = venue, place_note.strip()
    meeting.online_link = online_link.strip() if mode == MeetingMode.ONLINE else ""
    meeting.notes = notes.strip()
    if time_changed or place_changed:
        meeting.slot += 1
    meeting.full_clean()
    meeting.save()
    if not (time_changed or place_changed):
        return meeting
    _cancel_meeting_notifications(meeting, actor=actor, reason="Meeting moved", now=now)
    if time_changed:
        RSVP.objects.filter(meeting=meeting).delete()
    if meeting.status == MeetingStatus.SCHEDULED:
        context = _meeting_context(meeting, now) | {"time_changed": time_changed}
        for membership in _active_memberships(group):
            if membership.person_id == actor.pk:
                continue
            _notify(
                recipient=membership.person,
                kind=kinds.MEETING_MOVED,
                context=context,
                key=f"groups.meeting:{meeting.pk}:{meeting.slot}:moved:{membership.person_id}",
                topic=_meeting_topic(meeting.pk, membership.person_id),
                now=now,
            )
        _meeting_reminders_for_all(meeting, now)
    _audit(
        group=group,
        actor=actor,
        verb="meeting_moved",
        now=now,
        meeting=meeting.pk,
        old=old,
        new={
            "starts_at": meeting.starts_at.isoformat(),
            "venue": meeting.venue_id,
            "place_note": meeting.place_note,
            "mode": meeting.mode,
            "duration": meeting.duration_minutes,
        },
    )
    return meeting


@transaction.atomic
def meeting_cancel(
    *, actor: User, meeting: Meeting, reason: str = "", now: datetime.datetime | None = None
) -> Meeting:
    """Cancel a meeting: members who were expecting it are told, reminders stop. A past
    meeting can be marked as not having happened (nobody is told)."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    group = meeting.group
    _require_coordinator(actor, group)
    if meeting.status == MeetingStatus.CANCELLED:
        raise ValidationError(_("This meeting is already cancelled."))
    if meeting.attendance_recorded_at is not None:
        raise ValidationError(_("Attendance has been recorded for this meeting, so it happened."))
    was_announced = meeting.status == MeetingStatus.SCHEDULED and meeting.starts_at > now
    meeting.status = MeetingStatus.CANCELLED
    meeting.cancelled_at = now
    meeting.cancel_reason = reason.strip()[:200]
    meeting.save(update_fields=["status", "cancelled_at", "cancel_reason"])
    _cancel_meeting_notifications(meeting, actor=actor, reason="Meeting cancelled", now=now)
    if was_announced:
        answers = _answers_for(meeting)
        reason = shorten(meeting.cancel_reason, CONTEXT_TEXT_LIMIT)
        context = _meeting_context(meeting, now) | {"reason": reason}
        for membership in _active_memberships(group):
            if membership.person_id == actor.pk or answers.get(membership.person_id) == "cant":
                continue
            _notify(
                recipient=membership.person,
                kind=kinds.MEETING_CANCELLED,
                context=context,
                key=f"groups.meeting:{meeting.pk}:cancelled:{membership.person_id}",
                now=now,
            )
    _audit(
        group=group,
        actor=actor,
        verb="meeting_cancelled",
        now=now,
        meeting=meeting.pk,
        announced=was_announced,
    )
    _status_refresh(group, now)
    return meeting


def _rsvp_set(
    meeting: Meeting, membership: Membership, answer: str, now: datetime.datetime
) -> RSVP:
    previous = (
        RSVP.objects.select_for_update().filter(meeting=meeting, person=membership.person).first()
    )
    rsvp = previous or RSVP(meeting=meeting, person=membership.person)
    old_answer = previous.answer if previous else None
    rsvp.answer, rsvp.answered_at = answer, now
    rsvp.full_clean(validate_constraints=False)
    rsvp.save()
    if answer == RSVPAnswer.CANT and old_answer != RSVPAnswer.CANT:
        notifications_cancel(
            topic=_meeting_topic(meeting.pk, membership.person_id),
            actor=membership.person,
            reason="Can't make it",
            now=now,
        )
    elif old_answer == RSVPAnswer.CANT and answer != RSVPAnswer.CANT:
        # The old reminders were cancelled: a new epoch makes new ones.
        _member_reminders_cancel(
            membership, actor=membership.person, reason="Answer changed", now=now
        )
        _member_reminders_restart(membership, now)
    return rsvp


@transaction.atomic
def rsvp_set(
    *, actor: User, meeting: Meeting, answer: str, now: datetime.datetime | None = None
) -> RSVP:
    """Going, maybe, or can't make it. "Can't" stops that member's reminders for it."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    membership = _require_member(actor, meeting.group)
    if answer not in RSVPAnswer.values:
        raise ValidationError({"answer": _("Choose one of the answers.")})
    if meeting.status != MeetingStatus.SCHEDULED:
        raise ValidationError(_("This meeting is not planned, so there is nothing to answer."))
    if meeting.starts_at <= now:
        raise ValidationError(_("This meeting has already started."))
    return _rsvp_set(meeting, membership, answer, now)


@transaction.atomic
def rsvp_cant_make_it_by_link(
    *, meeting: Meeting, person: User, now: datetime.datetime | None = None
) -> RSVP | None:
    """The one-tap link in a reminder (no sign-in: the view has checked the token).
    Returns None when it no longer applies (left the group, meeting cancelled or begun)."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    membership = _current_membership(meeting.group, person)
    if membership is None or meeting.status != MeetingStatus.SCHEDULED or meeting.starts_at <= now:
        return None
    rsvp = _rsvp_set(meeting, membership, RSVPAnswer.CANT, now)
    _audit(group=meeting.group, actor=person, verb="rsvp_by_link", now=now, meeting=meeting.pk)
    return rsvp


@transaction.atomic
def attendance_record(
    *,
    actor: User,
    meeting: Meeting,
    attended_ids: Iterable[int],
    now: datetime.datetime | None = None,
) -> list[Attendance]:
    """A coordinator records who came. Everyone current in the group (and anyone recorded
    before) gets a yes or no; the group's "formed" fact is recomputed."""
    now = now_or_current(now)
    meeting = _lock_meeting(meeting)
    group = meeting.group
    _require_coordinator(actor, group)
    if meeting.status != MeetingStatus.SCHEDULED:
        raise ValidationError(_("Only a planned meeting that took place can have attendance."))
    if not meeting.has_started(now):
        raise ValidationError(_("You can record who came once the meeting has started."))
    attended = set(attended_ids)
    existing = {
        a.person_id: a for a in Attendance.objects.select_for_update().filter(meeting=meeting)
    }
    current = {
        m.person_id: m for m in Membership.objects.filter(group=group, status__in=CURRENT_STATUSES)
    }
    known = set(current) | set(existing)
    if attended - known:
        raise ValidationError(_("Choose people from the group's list."))
    rows = []
    for person_id in sorted(known):
        row = existing.get(person_id) or Attendance(meeting=meeting, person_id=person_id)
        row.attended = person_id in attended
        row.recorded_by, row.recorded_at = actor, now
        row.save()
        rows.append(row)
    first_time = meeting.attendance_recorded_at is None
    meeting.attendance_recorded_at = now
    meeting.save(update_fields=["attendance_recorded_at"])
    notifications_cancel(
        topic=_coordinator_topic(meeting.pk), actor=actor, reason="Attendance recorded", now=now
    )
    _formed_refresh(group)
    _status_refresh(group, now)
    _audit(
        group=group,
        actor=actor,
        verb="attendance_recorded" if first_time else "attendance_corrected",
        now=now,
        meeting=meeting.pk,
        came=len(attended),
        of=len(known),
    )
    return rows
