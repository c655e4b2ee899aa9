"""Finding a time with a poll: options, answers, the deadline sweep and the coordinator's
choice (which plans the meeting)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notifications_cancel
from programmes.schedule import local_to_utc

from .. import notification_kinds as kinds
from .. import timing
from ..models import (
    Group,
    Meeting,
    MeetingMode,
    Membership,
    Poll,
    PollAnswer,
    PollAnswerChoice,
    PollOption,
    PollStatus,
    Rhythm,
    Venue,
)
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _absolute,
    _active_coordinators,
    _active_memberships,
    _audit,
    _cancel_topics,
    _lock_group,
    _notify,
    _poll_context,
    _poll_topic,
    _require_coordinator,
    _require_member,
    _require_open,
)
from .meetings import (
    _after_scheduled,
    _check_venue,
    _meeting_new,
)
from .reminders import _poll_reminder_create
from .status import _status_refresh

POLL_DEADLINE_AT = datetime.time(20, 0)
POLL_MIN_OPTIONS = 2
POLL_MAX_OPTIONS = 5


@dataclass(frozen=True)
class PollOptionSpec:
    day: datetime.date
    at: datetime.time
    venue: Venue | None = None
    place_note: str = ""


@transaction.atomic
def poll_create(
    *,
    actor: User,
    group: Group,
    title: str,
    deadline_day: datetime.date,
    options: Sequence[PollOptionSpec],
    duration_minutes: int = 120,
    now: datetime.datetime | None = None,
) -> Poll:
    """Find a time: members answer yes, if need be or no to each option by the deadline
    (8pm that day). Those who have not answered get one reminder."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_open(group)
    _require_coordinator(actor, group)
    zone = group.service.zone
    deadline = local_to_utc(deadline_day, POLL_DEADLINE_AT, zone)
    if deadline <= now:
        raise ValidationError({"deadline": _("The answer-by date must be in the future.")})
    if not POLL_MIN_OPTIONS <= len(options) <= POLL_MAX_OPTIONS:
        raise ValidationError(
            _("Give between %(min)s and %(max)s options.")
            % {"min": POLL_MIN_OPTIONS, "max": POLL_MAX_OPTIONS}
        )
    poll = Poll(
        group=group,
        title=title.strip(),
        deadline=deadline,
        created_by=actor,
        created_at=now,
        duration_minutes=duration_minutes,
    )
    poll.full_clean()
    poll.save()
    seen = set()
    for number, spec in enumerate(options, start=1):
        _check_venue(group, spec.venue)
        starts_at = local_to_utc(spec.day, spec.at, zone)
        if starts_at <= deadline:
            raise ValidationError(
                {
                    f"option_{number}_day": _("Option %(n)s must be after the answer-by date.")
                    % {"n": number}
                }
            )
        key = (starts_at, spec.venue.pk if spec.venue else None, spec.place_note.strip())
        if key in seen:
            raise ValidationError(
                {
                    f"option_{number}_day": _("Option %(n)s is the same as another option.")
                    % {"n": number}
                }
            )
        seen.add(key)
        if spec.venue is None and not spec.place_note.strip():
            raise ValidationError(
                {
                    f"option_{number}_venue": _("Choose a venue for option %(n)s, or say where.")
                    % {"n": number}
                }
            )
        PollOption.objects.create(
            poll=poll,
            starts_at=starts_at,
            mode=MeetingMode.IN_PERSON,
            venue=spec.venue,
            place_note=spec.place_note.strip(),
        )
    poll.group = group
    context = _poll_context(poll, now)
    for membership in _active_memberships(group):
        person = membership.person
        if person.pk != actor.pk:
            _notify(
                recipient=person,
                kind=kinds.POLL_OPENED,
                context=context,
                key=f"groups.poll:{poll.pk}:opened:{person.pk}",
                topic=_poll_topic(poll.pk, person.pk),
                now=now,
            )
        _poll_reminder_create(poll, membership, now=now)
    _status_refresh(group, now)
    _audit(
        group=group, actor=actor, verb="poll_created", now=now, poll=poll.pk, options=len(options)
    )
    return poll


def _lock_poll(poll: Poll) -> Poll:
    return (
        Poll.objects.select_for_update(of=("self",))
        .select_related("group__service")
        .get(pk=poll.pk)
    )


@transaction.atomic
def poll_answer(
    *,
    actor: User,
    poll: Poll,
    answers: dict[int, str],
    now: datetime.datetime | None = None,
) -> list[PollAnswer]:
    """A member answers every option. Answering stops their reminder."""
    now = now_or_current(now)
    poll = _lock_poll(poll)
    _require_member(actor, poll.group)
    if poll.status != PollStatus.OPEN or poll.deadline <= now:
        raise ValidationError(_("This poll has closed."))
    options = {o.pk: o for o in poll.options.all()}
    if set(answers) != set(options):
        raise ValidationError(_("Answer every option: yes, if need be, or no."))
    if any(a not in PollAnswerChoice.values for a in answers.values()):
        raise ValidationError(_("Answer every option: yes, if need be, or no."))
    rows = []
    existing = {a.option_id: a for a in PollAnswer.objects.filter(option__poll=poll, person=actor)}
    for option_id, answer in answers.items():
        row = existing.get(option_id) or PollAnswer(option_id=option_id, person=actor)
        row.answer, row.answered_at = answer, now
        row.save()
        rows.append(row)
    notifications_cancel(
        topic=_poll_topic(poll.pk, actor.pk), actor=actor, reason="Answered", now=now
    )
    return rows


def _poll_finish(poll: Poll, *, status: str, actor: User | None, now: datetime.datetime) -> None:
    poll.status = status
    poll.closed_at = poll.closed_at or now
    poll.save(update_fields=["status", "closed_at"])
    person_ids = Membership.objects.filter(group=poll.group).values_list("person_id", flat=True)
    _cancel_topics(
        [_poll_topic(poll.pk, pid) for pid in person_ids],
        actor=actor,
        reason="Poll closed",
        now=now,
    )


@transaction.atomic
def poll_decide(
    *,
    actor: User,
    poll: Poll,
    option: PollOption,
    notes: str = "",
    now: datetime.datetime | None = None,
) -> Meeting:
    """The coordinator picks an option: the meeting is made and announced."""
    now = now_or_current(now)
    poll = _lock_poll(poll)
    group = poll.group
    _require_open(group)
    _require_coordinator(actor, group)
    if poll.status not in (PollStatus.OPEN, PollStatus.CLOSED):
        raise ValidationError(_("A date has already been chosen for this poll."))
    if option.poll_id != poll.pk:
        raise ValidationError({"option": _("Choose one of this poll's options.")})
    if option.starts_at <= now:
        raise ValidationError(
            {"option": _("That date has passed. Choose another, or start a new poll.")}
        )
    zone = group.service.zone
    meeting = _meeting_new(
        group=group,
        actor=actor,
        day=timing.local_date(option.starts_at, zone),
        at=timing.local_time(option.starts_at, zone),
        duration_minutes=poll.duration_minutes,
        mode=MeetingMode.IN_PERSON,
        venue=option.venue,
        place_note=option.place_note,
        online_link="",
        notes=notes,
        repeats=group.rhythm != Rhythm.AD_HOC,
        now=now,
    )
    poll.chosen_option, poll.meeting = option, meeting
    poll.save(update_fields=["chosen_option", "meeting"])
    _poll_finish(poll, status=PollStatus.DECIDED, actor=actor, now=now)
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(group=group, actor=actor, verb="poll_decided", now=now, poll=poll.pk, meeting=meeting.pk)
    return meeting


def polls_close_due(*, now: datetime.datetime | None = None) -> int:
    """Close polls whose deadline has passed and ask the coordinators to pick (beat)."""
    now = now_or_current(now)
    count = 0
    for poll in Poll.objects.filter(status=PollStatus.OPEN, deadline__lte=now).select_related(
        "group__service"
    ):
        with transaction.atomic():
            if (
                Poll.objects.filter(pk=poll.pk, status=PollStatus.OPEN).update(
                    status=PollStatus.CLOSED, closed_at=now
                )
                != 1
            ):
                continue
            poll.status, poll.closed_at = PollStatus.CLOSED, now
            person_ids = Membership.objects.filter(group=poll.group).values_list(
                "person_id", flat=True
            )
            _cancel_topics(
                [_poll_topic(poll.pk, pid) for pid in person_ids],
                actor=None,
                reason="Poll closed",
                now=now,
            )
            context = {
                "group_id": poll.group_id,
                "group_name": shorten(poll.group.name, CONTEXT_TEXT_LIMIT),
                "title": shorten(poll.title, CONTEXT_TEXT_LIMIT),
                "decide_url": _absolute(
                    reverse("groups:poll_decide", args=[poll.group_id, poll.pk])
                ),
            }
            for membership in _active_coordinators(poll.group):
                _notify(
                    recipient=membership.person,
                    kind=kinds.POLL_CLOSED,
                    context=context,
                    key=f"groups.poll:{poll.pk}:closed:{membership.person_id}",
                    now=now,
                )
            count += 1
    return count
