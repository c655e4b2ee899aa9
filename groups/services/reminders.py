"""Reminder rows: the day-before and morning reminders for each member of each meeting,
one reminder before a poll's deadline, and the repair sweep that tops them up.

Topics: ``groups.meeting:<meeting>:person:<person>`` (one per member per meeting, so a member
who pauses or says "can't make it" loses only their own reminders) and
``groups.poll:<poll>:person:<person>``. Idempotency keys carry the meeting's slot and the
member's reminder epoch, so what is made after a move or a break is new, and running
anything twice makes nothing twice.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.urls import reverse

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current
from pmp_followon.notifications import preferences

from .. import notification_kinds as kinds
from .. import timing
from ..models import (
    RSVP,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
    Poll,
    PollAnswer,
    PollStatus,
    RSVPAnswer,
)
from ..tokens import cant_make_it_token
from ._common import (
    _absolute,
    _active_memberships,
    _cancel_topics,
    _meeting_context,
    _meeting_topic,
    _notify,
    _poll_context,
    _poll_topic,
)

REMINDER_HORIZON = datetime.timedelta(days=8)


def _meeting_reminders_create(
    meeting: Meeting,
    membership: Membership,
    *,
    answer: str | None,
    now: datetime.datetime,
) -> int:
    """The day-before and morning reminders for one member, when they are due in future.

    No rows for a member who is paused, has left, or said they can't come. Quiet hours are
    honoured by the outbox (a reminder due in them waits until they end); a reminder that
    would then arrive after the meeting started is not made at all.
    """
    if meeting.status != MeetingStatus.SCHEDULED or not membership.gets_reminders:
        return 0
    if answer == RSVPAnswer.CANT:
        return 0
    person = membership.person
    zone = meeting.group.service.zone
    made = 0
    base = _meeting_context(meeting, now)
    for which, due, kind in (
        (
            "day_before",
            timing.day_before_due(meeting.starts_at, zone),
            kinds.MEETING_REMINDER_DAY_BEFORE,
        ),
        ("morning", timing.morning_due(meeting.starts_at, zone), kinds.MEETING_REMINDER_MORNING),
    ):
        if due <= now:
            continue
        if preferences.after_quiet_hours(person, due) > meeting.starts_at - timing.MORNING_LEAD / 2:
            continue
        context = dict(base)
        if which == "day_before":
            token = cant_make_it_token(
                meeting_id=meeting.pk, person_id=person.pk, slot=meeting.slot
            )
            context["cant_url"] = _absolute(reverse("groups:cant_make_it", args=[token]))
        _notify(
            recipient=person,
            kind=kind,
            context=context,
            key=(
                f"groups.meeting:{meeting.pk}:{meeting.slot}:{person.pk}:"
                f"{membership.reminder_epoch}:{which}"
            ),
            due_at=due,
            topic=_meeting_topic(meeting.pk, person.pk),
            now=now,
        )
        made += 1
    return made


def _answers_for(meeting: Meeting) -> dict[int, str]:
    return dict(RSVP.objects.filter(meeting=meeting).values_list("person_id", "answer"))


def _meeting_reminders_for_all(meeting: Meeting, now: datetime.datetime) -> int:
    answers = _answers_for(meeting)
    return sum(
        _meeting_reminders_create(meeting, m, answer=answers.get(m.person_id), now=now)
        for m in _active_memberships(meeting.group)
    )


def _upcoming_meetings(group: Group, now: datetime.datetime) -> list[Meeting]:
    return list(
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__gt=now)
        .select_related("group__service", "venue")
        .order_by("starts_at")
    )


def _member_reminders_cancel(
    membership: Membership, *, actor: User | None, reason: str, now: datetime.datetime
) -> None:
    """Cancel this member's unsent reminders for the group's meetings and polls, and start
    a new epoch so reminders made later are new rows."""
    group = membership.group
    meeting_ids = Meeting.objects.filter(group=group, starts_at__gt=now).values_list(
        "pk", flat=True
    )
    topics = [_meeting_topic(pk, membership.person_id) for pk in meeting_ids]
    poll_ids = Poll.objects.filter(group=group, status=PollStatus.OPEN).values_list("pk", flat=True)
    topics += [_poll_topic(pk, membership.person_id) for pk in poll_ids]
    _cancel_topics(topics, actor=actor, reason=reason, now=now)
    membership.reminder_epoch += 1
    membership.save(update_fields=["reminder_epoch"])


def _member_reminders_restart(membership: Membership, now: datetime.datetime) -> None:
    """Make this member's reminders again (after a break, or a changed answer): meetings
    ahead, and open polls they have not answered."""
    for meeting in _upcoming_meetings(membership.group, now):
        answer = (
            RSVP.objects.filter(meeting=meeting, person=membership.person)
            .values_list("answer", flat=True)
            .first()
        )
        _meeting_reminders_create(meeting, membership, answer=answer, now=now)
    for poll in Poll.objects.filter(
        group=membership.group, status=PollStatus.OPEN, deadline__gt=now
    ).select_related("group__service"):
        if not PollAnswer.objects.filter(option__poll=poll, person=membership.person).exists():
            _poll_reminder_create(poll, membership, now=now)


def _poll_reminder_create(poll: Poll, membership: Membership, *, now: datetime.datetime) -> None:
    """One reminder before the deadline, for a member who has not answered (cancelled when
    they answer)."""
    if not membership.gets_reminders:
        return
    due = timing.poll_reminder_due(
        deadline=poll.deadline, opened_at=poll.created_at, zone=poll.group.service.zone
    )
    if due is None or due <= now:
        return
    person = membership.person
    _notify(
        recipient=person,
        kind=kinds.POLL_REMINDER,
        context=_poll_context(poll, now),
        key=f"groups.poll:{poll.pk}:reminder:{person.pk}:{membership.reminder_epoch}",
        due_at=due,
        topic=_poll_topic(poll.pk, person.pk),
        now=now,
    )


def meeting_reminders_ensure(*, now: datetime.datetime | None = None) -> int:
    """Top up and repair: reminder rows for every active member of every meeting in the
    next few days (a member who joined late, a row lost to a bug). Safe to run any number
    of times: the idempotency keys find what exists. Returns rows looked at."""
    now = now_or_current(now)
    meetings = list(
        Meeting.objects.filter(
            status=MeetingStatus.SCHEDULED,
            starts_at__gt=now,
            starts_at__lte=now + REMINDER_HORIZON,
            group__closed_at__isnull=True,
        ).select_related("group__service", "venue")
    )
    count = 0
    for meeting in meetings:
        with transaction.atomic():
            count += _meeting_reminders_for_all(meeting, now)
    return count
