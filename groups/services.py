"""Every write for follow-on groups.

Each service takes the acting person and ``now`` (time is a parameter), runs in a
transaction, validates with ``full_clean()`` and writes a GroupEvent audit row (never the
text of a post). Messages are notification outbox rows made in the same transaction,
delivered after commit; reminders days ahead are rows with a future ``due_at`` that the
outbox sweeper sends when due.

Reminder rows: topic ``groups.meeting:<meeting>:person:<person>`` (one per member per
meeting, so a member who pauses or says "can't make it" loses only their own reminders)
and ``groups.meeting:<meeting>:coordinators`` for the prompts to coordinators. Cancelling
or moving a meeting cancels every unsent row whose topic starts ``groups.meeting:<id>:``.
Idempotency keys carry the meeting's slot (bumped on every move) and the member's
reminder epoch (bumped when their reminders are cancelled wholesale), so what is made
afterwards is new, and running anything twice makes nothing twice.

Safeguarding sits above groups. groups calls it in exactly two places: ``post_create``
calls ``safeguarding.services.post_screen`` on every saved post, and ``post_flag`` calls
``safeguarding.services.flag_raise``. Both are imported where they are used.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.notifications import preferences
from pmp_followon.notifications.models import UNSENT_STATUSES, Notification
from pmp_followon.notifications.services import notification_create, notifications_cancel
from pmp_followon.ui.dates import uk_date, uk_datetime, uk_time
from programmes.handover import first_meeting_window_warning
from programmes.models import Enrolment, EnrolmentStatus, NotContinuingReason, Programme
from programmes.schedule import local_to_utc

from . import notification_kinds as kinds
from . import selectors, timing
from .models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    PTV_SUPPORT_MEETINGS,
    RSVP,
    Attendance,
    CalendarFeed,
    Gathering,
    GatheringRSVP,
    Group,
    GroupEvent,
    GroupStatus,
    JoinRequest,
    JoinRequestKind,
    JoinRequestStatus,
    KeepInTouch,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
    Poll,
    PollAnswer,
    PollAnswerChoice,
    PollOption,
    PollStatus,
    Post,
    Purpose,
    Rhythm,
    RSVPAnswer,
    Venue,
)
from .notice import SCREENING_NOTICE_VERSION
from .tokens import cant_make_it_token

logger = logging.getLogger(__name__)

# Someone who forgot to add a meeting can add it afterwards to record who came.
PAST_MEETING_LIMIT = datetime.timedelta(days=60)
POLL_DEADLINE_AT = datetime.time(20, 0)
POLL_MIN_OPTIONS = 2
POLL_MAX_OPTIONS = 5
# A suggested meeting not confirmed by a day before is withdrawn (and the coordinator told).
PROPOSAL_WITHDRAW_BEFORE = datetime.timedelta(days=1)
ATTENDANCE_PROMPT_WINDOW = datetime.timedelta(days=3)
REMINDER_HORIZON = datetime.timedelta(days=8)
MEMBER_LEFT_MOVED = "moved"


# --- helpers ----------------------------------------------------------------------------
def _now(now: datetime.datetime | None) -> datetime.datetime:
    return now or timezone.now()


def _audit(*, group: Group, actor: User | None, verb: str, now: datetime.datetime,
           **detail) -> GroupEvent:
    return GroupEvent.objects.create(group=group, actor=actor, verb=verb, detail=detail, at=now)


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lock_group(group: Group) -> Group:
    return Group.objects.select_for_update().select_related("service").get(pk=group.pk)


def _current_membership(group: Group, person: User) -> Membership | None:
    return (
        Membership.objects.filter(group=group, person=person, status__in=CURRENT_STATUSES)
        .select_related("person")
        .first()
    )


def _require_member(actor: User, group: Group) -> Membership:
    membership = _current_membership(group, actor)
    if membership is None:
        raise PermissionDenied
    return membership


def _require_coordinator(actor: User, group: Group) -> Membership:
    membership = _require_member(actor, group)
    if not membership.is_coordinator:
        raise PermissionDenied
    return membership


def _require_open(group: Group) -> None:
    if group.is_closed:
        raise ValidationError(_("This group has closed."))


def _active_memberships(group: Group) -> list[Membership]:
    return list(
        Membership.objects.filter(group=group, status=MembershipStatus.ACTIVE)
        .select_related("person__service", "person__notification_preference")
        .order_by("pk")
    )


def _active_coordinators(group: Group) -> list[Membership]:
    return [m for m in _active_memberships(group) if m.role in COORDINATOR_ROLES]


def _has_active_coordinator(group: Group) -> bool:
    return Membership.objects.filter(
        group=group, status=MembershipStatus.ACTIVE, role__in=COORDINATOR_ROLES
    ).exists()


def _meeting_topic(meeting_id: int, person_id: int) -> str:
    return f"groups.meeting:{meeting_id}:person:{person_id}"


def _coordinator_topic(meeting_id: int) -> str:
    return f"groups.meeting:{meeting_id}:coordinators"


def _poll_topic(poll_id: int, person_id: int) -> str:
    return f"groups.poll:{poll_id}:person:{person_id}"


def _group_url(group: Group) -> str:
    return _absolute(reverse("groups:detail", args=[group.pk]))


def _meeting_url(meeting: Meeting) -> str:
    return _absolute(reverse("groups:meeting_detail", args=[meeting.group_id, meeting.pk]))


def _meeting_context(meeting: Meeting, now: datetime.datetime) -> dict:
    zone = meeting.group.service.zone
    return {
        "group_id": meeting.group_id,
        "meeting_id": meeting.pk,
        "group_name": _short(meeting.group.name),
        "when": uk_datetime(meeting.starts_at, now=now, tz=zone),
        "time": uk_time(meeting.starts_at, tz=zone),
        "place": _short(meeting.place_label() or _("to be confirmed")),
        "online": meeting.mode == MeetingMode.ONLINE,
        "meeting_url": _meeting_url(meeting),
    }


def _notify(
    *,
    recipient: User,
    kind: str,
    context: dict,
    key: str,
    now: datetime.datetime,
    due_at: datetime.datetime | None = None,
    topic: str = "",
) -> None:
    notification_create(
        recipient=recipient,
        kind=kind,
        context=context,
        idempotency_key=key,
        due_at=due_at,
        topic=topic,
        now=now,
    )


def _cancel_topics(topics: Iterable[str], *, actor: User | None, reason: str,
                   now: datetime.datetime) -> int:
    return sum(
        notifications_cancel(topic=topic, actor=actor, reason=reason, now=now)
        for topic in sorted(set(topics))
    )


def _cancel_meeting_notifications(meeting: Meeting, *, actor: User | None, reason: str,
                                  now: datetime.datetime) -> int:
    """Every unsent row about this meeting: everyone's reminders and the coordinators'
    prompts."""
    topics = (
        Notification.objects.filter(
            topic__startswith=f"groups.meeting:{meeting.pk}:", status__in=UNSENT_STATUSES
        )
        .order_by()
        .values_list("topic", flat=True)
        .distinct()
    )
    return _cancel_topics(list(topics), actor=actor, reason=reason, now=now)


# --- reminders --------------------------------------------------------------------------
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
        ("day_before", timing.day_before_due(meeting.starts_at, zone),
         kinds.MEETING_REMINDER_DAY_BEFORE),
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


def _member_reminders_cancel(membership: Membership, *, actor: User | None, reason: str,
                             now: datetime.datetime) -> None:
    """Cancel this member's unsent reminders for the group's meetings and polls, and start
    a new epoch so reminders made later are new rows."""
    group = membership.group
    meeting_ids = Meeting.objects.filter(group=group, starts_at__gt=now).values_list(
        "pk", flat=True
    )
    topics = [_meeting_topic(pk, membership.person_id) for pk in meeting_ids]
    poll_ids = Poll.objects.filter(group=group, status=PollStatus.OPEN).values_list(
        "pk", flat=True
    )
    topics += [_poll_topic(pk, membership.person_id) for pk in poll_ids]
    _cancel_topics(topics, actor=actor, reason=reason, now=now)
    membership.reminder_epoch += 1
    membership.save(update_fields=["reminder_epoch"])


def _member_reminders_restart(membership: Membership, now: datetime.datetime) -> None:
    """Make this member's reminders again (after a break, or a changed answer): meetings
    ahead, and open polls they have not answered."""
    for meeting in _upcoming_meetings(membership.group, now):
        answer = RSVP.objects.filter(meeting=meeting, person=membership.person).values_list(
            "answer", flat=True
        ).first()
        _meeting_reminders_create(meeting, membership, answer=answer, now=now)
    for poll in Poll.objects.filter(group=membership.group, status=PollStatus.OPEN,
                                    deadline__gt=now).select_related("group__service"):
        if not PollAnswer.objects.filter(option__poll=poll, person=membership.person).exists():
            _poll_reminder_create(poll, membership, now=now)


def _poll_context(poll: Poll, now: datetime.datetime) -> dict:
    group = poll.group
    return {
        "group_id": group.pk,
        "group_name": _short(group.name),
        "title": _short(poll.title),
        "deadline": uk_date(poll.deadline, now=now, tz=group.service.zone),
        "poll_url": _absolute(reverse("groups:poll_detail", args=[group.pk, poll.pk])),
    }


def _poll_reminder_create(poll: Poll, membership: Membership, *, now: datetime.datetime) -> None:
    """One reminder before the deadline, for a member who has not answered (cancelled when
    they answer)."""
    if not membership.gets_reminders:
        return
    due = timing.poll_reminder_due(deadline=poll.deadline, opened_at=poll.created_at,
                                   zone=poll.group.service.zone)
    if due is None or due <= now:
        return
    person = membership.person
    _notify(recipient=person, kind=kinds.POLL_REMINDER, context=_poll_context(poll, now),
            key=f"groups.poll:{poll.pk}:reminder:{person.pk}:{membership.reminder_epoch}",
            due_at=due, topic=_poll_topic(poll.pk, person.pk), now=now)


def meeting_reminders_ensure(*, now: datetime.datetime | None = None) -> int:
    """Top up and repair: reminder rows for every active member of every meeting in the
    next few days (a member who joined late, a row lost to a bug). Safe to run any number
    of times: the idempotency keys find what exists. Returns rows looked at."""
    now = _now(now)
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


# --- membership -------------------------------------------------------------------------
def _share_flags(kinds_shared: Sequence[str]) -> tuple[bool, bool]:
    return "email" in kinds_shared, bool({"sms", "mobile_calls", "whatsapp"} & set(kinds_shared))


def _membership_activate(
    *,
    group: Group,
    person: User,
    role: str,
    now: datetime.datetime,
    share_email: bool = False,
    share_mobile: bool = False,
) -> Membership:
    """Make ``person`` a current member (a new row, or the old one when they come back)."""
    membership = Membership.objects.select_for_update().filter(group=group, person=person).first()
    if membership is None:
        membership = Membership(group=group, person=person)
    elif membership.is_current:
        if role in COORDINATOR_ROLES and membership.role == MembershipRole.MEMBER:
            membership.role = role
            membership.save(update_fields=["role"])
        return membership
    membership.role = role
    membership.status = MembershipStatus.ACTIVE
    membership.joined_at = now
    membership.ended_at = None
    membership.paused_at = None
    membership.paused_until = None
    membership.left_reason = ""
    membership.left_reason_other = ""
    membership.share_email = share_email
    membership.share_mobile = share_mobile
    membership.full_clean(validate_constraints=False)
    membership.save()
    return membership


def _coordinator_gap_check(group: Group, *, had_coordinator: bool, actor: User | None,
                           now: datetime.datetime) -> bool:
    """When a group has just lost its last active coordinator, tell its members (they can
    step up in one tap) and the group's clinician. Returns whether it told anyone."""
    if not had_coordinator or _has_active_coordinator(group) or group.is_closed:
        return False
    event = _audit(group=group, actor=actor, verb="no_coordinator", now=now)
    context = {
        "group_id": group.pk,
        "group_name": _short(group.name),
        "step_up_url": _absolute(reverse("groups:step_up", args=[group.pk])),
        "group_url": _group_url(group),
    }
    for membership in _active_memberships(group):
        if membership.is_ptv_supporter:
            continue
        _notify(
            recipient=membership.person,
            kind=kinds.NO_COORDINATOR,
            context=context,
            key=f"groups.no_coordinator:{group.pk}:{event.pk}:{membership.person_id}",
            now=now,
        )
    for clinician in _clinicians_to_tell(group):
        _notify(
            recipient=clinician,
            kind=kinds.NO_COORDINATOR_STAFF,
            context={"group_id": group.pk, "group_name": _short(group.name),
                     "overview_url": _absolute(reverse("groups:staff_overview"))},
            key=f"groups.no_coordinator_staff:{group.pk}:{event.pk}:{clinician.pk}",
            now=now,
        )
    return True


def _clinicians_to_tell(group: Group) -> list[User]:
    if group.contact_clinician_id and group.contact_clinician.is_active:
        return [group.contact_clinician]
    return list(
        User.objects.filter(
            service=group.service, is_active=True, is_clinical_lead=True, role=Role.CLINICIAN
        ).order_by("pk")
    )


@transaction.atomic
def membership_pause(
    *,
    actor: User,
    group: Group,
    until: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> Membership:
    """Take a break (ill-health, a flare-up): still a member, no reminders until ``until``
    (or until they resume)."""
    now = _now(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    today = timing.local_date(now, group.service.zone)
    if until is not None and until <= today:
        raise ValidationError({"until": _("The date must be in the future.")})
    if until is not None and until > today + datetime.timedelta(days=366):
        raise ValidationError({"until": _("Choose a date within the next year.")})
    had_coordinator = _has_active_coordinator(group)
    membership.status = MembershipStatus.PAUSED
    membership.paused_at = now
    membership.paused_until = until
    membership.save(update_fields=["status", "paused_at", "paused_until"])
    _member_reminders_cancel(membership, actor=actor, reason="Member paused", now=now)
    _audit(group=group, actor=actor, verb="membership_paused", now=now,
           until=until.isoformat() if until else None)
    _coordinator_gap_check(group, had_coordinator=had_coordinator, actor=actor, now=now)
    return membership


def _resume(membership: Membership, *, actor: User | None, now: datetime.datetime) -> bool:
    changed = Membership.objects.filter(pk=membership.pk, status=MembershipStatus.PAUSED).update(
        status=MembershipStatus.ACTIVE, paused_at=None, paused_until=None
    )
    if changed != 1:
        return False
    membership.refresh_from_db()
    _member_reminders_restart(membership, now)
    _audit(group=membership.group, actor=actor, verb="membership_resumed", now=now)
    return True


@transaction.atomic
def membership_resume(*, actor: User, group: Group, now: datetime.datetime | None = None
                      ) -> Membership:
    now = _now(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    if membership.status != MembershipStatus.PAUSED:
        raise ValidationError(_("You are not taking a break from this group."))
    _resume(membership, actor=actor, now=now)
    return membership


def membership_pauses_end_due(*, now: datetime.datetime | None = None) -> int:
    """Resume members whose chosen break has ended (beat)."""
    now = _now(now)
    count = 0
    due = Membership.objects.filter(
        status=MembershipStatus.PAUSED, paused_until__isnull=False
    ).select_related("group__service", "person")
    for membership in due:
        if membership.paused_until > timing.local_date(now, membership.group.service.zone):
            continue
        with transaction.atomic():
            count += _resume(membership, actor=None, now=now)
    return count


LEAVE_REASONS = tuple(NotContinuingReason.values)


@transaction.atomic
def membership_leave(
    *,
    actor: User,
    group: Group,
    reason: str = "",
    reason_other: str = "",
    now: datetime.datetime | None = None,
) -> Membership:
    """Leave the group, with an optional reason from the same list as the handover."""
    now = _now(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    if reason and reason not in LEAVE_REASONS:
        raise ValidationError({"reason": _("Choose a reason from the list, or leave it blank.")})
    had_coordinator = _has_active_coordinator(group)
    _leave(membership, reason=reason, reason_other=reason_other.strip(), actor=actor, now=now)
    _coordinator_gap_check(group, had_coordinator=had_coordinator, actor=actor, now=now)
    return membership


def _leave(membership: Membership, *, reason: str, reason_other: str, actor: User | None,
           now: datetime.datetime) -> None:
    _member_reminders_cancel(membership, actor=actor, reason="Member left", now=now)
    JoinRequest.objects.filter(
        person=membership.person, status=JoinRequestStatus.PENDING, from_group=membership.group
    ).update(status=JoinRequestStatus.WITHDRAWN, decided_at=now)
    old_role = membership.role
    membership.status = MembershipStatus.LEFT
    membership.ended_at = now
    membership.left_reason = reason
    membership.left_reason_other = reason_other
    if membership.role in COORDINATOR_ROLES:
        membership.role = MembershipRole.MEMBER
    membership.full_clean(validate_constraints=False)
    membership.save()
    _audit(group=membership.group, actor=actor, verb="membership_left", now=now,
           reason=reason, old_role=old_role)


@transaction.atomic
def membership_sharing_update(
    *,
    actor: User,
    group: Group,
    share_email: bool,
    share_mobile: bool,
    now: datetime.datetime | None = None,
) -> Membership:
    """What the rest of the group can see of my contact details (staff never see them)."""
    now = _now(now)
    membership = _require_member(actor, group)
    if share_mobile and not actor.mobile:
        raise ValidationError(
            {"share_mobile": _("Add a mobile number to your account first, or leave this.")}
        )
    old = {"email": membership.share_email, "mobile": membership.share_mobile}
    membership.share_email, membership.share_mobile = share_email, share_mobile
    membership.save(update_fields=["share_email", "share_mobile"])
    _audit(group=group, actor=actor, verb="sharing_changed", now=now, old=old,
           new={"email": share_email, "mobile": share_mobile})
    return membership


@transaction.atomic
def coordinator_handover(
    *,
    actor: User,
    group: Group,
    to_person: User,
    share: bool,
    now: datetime.datetime | None = None,
) -> Membership:
    """In one step: hand the coordinator role to another member (``share=False``: the actor
    becomes a member), or share it (``share=True``: they become a co-coordinator)."""
    now = _now(now)
    group = _lock_group(group)
    _require_open(group)
    mine = _require_coordinator(actor, group)
    target = _current_membership(group, to_person)
    if target is None or target.pk == mine.pk:
        raise ValidationError({"person": _("Choose someone else in the group.")})
    if target.is_ptv_supporter:
        raise ValidationError(
            {"person": _("A patient tutor volunteer supports the group for a while; choose a "
                         "member.")}
        )
    if target.status != MembershipStatus.ACTIVE:
        raise ValidationError(
            {"person": _("%(name)s is taking a break from the group. Choose someone else.")
             % {"name": to_person.display_name}}
        )
    if share and target.role in COORDINATOR_ROLES:
        raise ValidationError({"person": _("%(name)s already helps coordinate.")
                               % {"name": to_person.display_name}})
    old = {"from": mine.role, "to": target.role}
    if share:
        target.role = MembershipRole.CO_COORDINATOR
    else:
        target.role = MembershipRole.COORDINATOR
        mine.role = MembershipRole.MEMBER
        mine.save(update_fields=["role"])
    target.save(update_fields=["role"])
    event = _audit(group=group, actor=actor,
                   verb="coordinator_shared" if share else "coordinator_handed_over",
                   now=now, person=to_person.pk, old=old,
                   new={"from": mine.role, "to": target.role})
    _notify(
        recipient=target.person,
        kind=kinds.COORDINATOR_ROLE,
        context={
            "group_id": group.pk,
            "group_name": _short(group.name),
            "from_name": _short(actor.display_name, 60),
            "shared": share,
            "group_url": _group_url(group),
        },
        key=f"groups.coordinator_role:{event.pk}",
        now=now,
    )
    return target


@transaction.atomic
def coordinator_step_up(*, actor: User, group: Group, now: datetime.datetime | None = None
                        ) -> Membership:
    """A member offers to coordinate a group that has no active coordinator."""
    now = _now(now)
    group = _lock_group(group)
    _require_open(group)
    membership = _require_member(actor, group)
    if membership.is_ptv_supporter:
        raise PermissionDenied
    if _has_active_coordinator(group):
        raise ValidationError(_("The group already has a coordinator."))
    if membership.status != MembershipStatus.ACTIVE:
        raise ValidationError(_("Come back from your break first, then you can coordinate."))
    membership.role = MembershipRole.COORDINATOR
    membership.save(update_fields=["role"])
    _audit(group=group, actor=actor, verb="coordinator_stepped_up", now=now)
    return membership


@transaction.atomic
def screening_notice_agree(*, actor: User, group: Group, version: str,
                           now: datetime.datetime | None = None) -> Membership:
    now = _now(now)
    membership = _require_member(actor, group)
    if version != SCREENING_NOTICE_VERSION:
        raise ValidationError(_("Please read the notice again: it has changed."))
    membership.screening_notice_version = version
    membership.screening_notice_agreed_at = now
    membership.save(update_fields=["screening_notice_version", "screening_notice_agreed_at"])
    _audit(group=group, actor=actor, verb="screening_notice_agreed", now=now, version=version)
    return membership


# --- groups -----------------------------------------------------------------------------
def _clean_choices(values: Iterable[str], choices) -> list[str]:
    values = list(dict.fromkeys(values))
    if any(v not in choices.values for v in values):
        raise ValidationError(_("Choose from the list."))
    return values


def _require_staff_clinician(actor: User, service: Service) -> None:
    if not (
        actor.is_active
        and actor.service_id == service.pk
        and actor.has_role(Role.CLINICIAN)
    ):
        raise PermissionDenied


@transaction.atomic
def group_create(
    *,
    actor: User,
    service: Service,
    name: str,
    area: str = "",
    rhythm: str = Rhythm.MONTHLY,
    purposes: Sequence[str] = (),
    keeps_in_touch: Sequence[str] = (),
    open_to_new_members: bool = False,
    description: str = "",
    coordinators: Sequence[User] = (),
    members: Sequence[User] = (),
    ptv: User | None = None,
    now: datetime.datetime | None = None,
) -> Group:
    """A clinician sets up a group (for people from an older programme, say). The usual
    way in is ``group_create_from_programme``."""
    now = _now(now)
    _require_staff_clinician(actor, service)
    group = _group_new(
        actor=actor, service=service, name=name, area=area, rhythm=rhythm, purposes=purposes,
        keeps_in_touch=keeps_in_touch, open_to_new_members=open_to_new_members,
        description=description, contact_clinician=actor, now=now,
    )
    _members_add(group, coordinators=coordinators, members=members, ptv=ptv, shares={}, now=now)
    _audit(group=group, actor=actor, verb="group_created", now=now)
    return group


def _group_new(*, actor: User | None, service: Service, name: str, area: str, rhythm: str,
               purposes: Sequence[str], keeps_in_touch: Sequence[str],
               open_to_new_members: bool, description: str, contact_clinician: User | None,
               now: datetime.datetime) -> Group:
    group = Group(
        service=service,
        name=name.strip(),
        area=area.strip(),
        rhythm=rhythm,
        purposes=_clean_choices(purposes, Purpose),
        keeps_in_touch=_clean_choices(keeps_in_touch, KeepInTouch),
        open_to_new_members=open_to_new_members,
        description=description.strip(),
        contact_clinician=contact_clinician,
        created_by=actor,
        created_at=now,
    )
    group.full_clean()
    group.save()
    return group


def _eligible_member(person: User, service: Service) -> bool:
    return person.is_active and person.service_id == service.pk and not person.is_staff_member


def _members_add(group: Group, *, coordinators: Sequence[User], members: Sequence[User],
                 ptv: User | None, shares: dict[int, Sequence[str]],
                 now: datetime.datetime) -> list[Membership]:
    added = []
    coordinator_ids = {p.pk for p in coordinators}
    seen: set[int] = set()
    for person in [*coordinators, *members]:
        if person.pk in seen:
            continue
        seen.add(person.pk)
        if not _eligible_member(person, group.service):
            raise ValidationError(
                _("%(name)s cannot join: they are not a participant of this service.")
                % {"name": person.display_name}
            )
        share_email, share_mobile = _share_flags(shares.get(person.pk, ()))
        added.append(
            _membership_activate(
                group=group,
                person=person,
                role=MembershipRole.COORDINATOR if person.pk in coordinator_ids
                else MembershipRole.MEMBER,
                share_email=share_email,
                share_mobile=share_mobile and bool(person.mobile),
                now=now,
            )
        )
    if ptv is not None:
        if not (ptv.is_active and ptv.service_id == group.service_id and ptv.has_role(Role.PTV)):
            raise ValidationError(_("The supporting volunteer must be a PTV of this service."))
        added.append(
            _membership_activate(group=group, person=ptv, role=MembershipRole.PTV_SUPPORTER,
                                 now=now)
        )
    return added


@transaction.atomic
def group_update(
    *,
    actor: User,
    group: Group,
    name: str,
    area: str,
    description: str,
    rhythm: str,
    purposes: Sequence[str],
    keeps_in_touch: Sequence[str],
    open_to_new_members: bool,
    now: datetime.datetime | None = None,
) -> Group:
    now = _now(now)
    group = _lock_group(group)
    _require_open(group)
    _require_coordinator(actor, group)
    fields = ("name", "area", "description", "rhythm", "purposes", "keeps_in_touch",
              "open_to_new_members")
    old = {f: getattr(group, f) for f in fields}
    group.name, group.area, group.description = name.strip(), area.strip(), description.strip()
    group.rhythm = rhythm
    group.purposes = _clean_choices(purposes, Purpose)
    group.keeps_in_touch = _clean_choices(keeps_in_touch, KeepInTouch)
    group.open_to_new_members = open_to_new_members
    group.full_clean()
    group.save()
    new = {f: getattr(group, f) for f in fields}
    _audit(group=group, actor=actor, verb="group_updated", now=now,
           old={k: v for k, v in old.items() if new[k] != v},
           new={k: v for k, v in new.items() if old[k] != v})
    return group


@dataclass(frozen=True)
class FirstMeeting:
    day: datetime.date
    at: datetime.time
    venue: Venue | None = None
    place_note: str = ""
    duration_minutes: int = 120


@dataclass(frozen=True)
class CreatedFromProgramme:
    group: Group
    meeting: Meeting | None
    warning: str | None


@transaction.atomic
def group_create_from_programme(
    *,
    actor: User,
    programme: Programme,
    name: str,
    area: str = "",
    rhythm: str = Rhythm.MONTHLY,
    purposes: Sequence[str] = (Purpose.SOCIAL,),
    keeps_in_touch: Sequence[str] = (KeepInTouch.APP,),
    open_to_new_members: bool = False,
    first_meeting: FirstMeeting | None = None,
    now: datetime.datetime | None = None,
) -> CreatedFromProgramme:
    """From handover to group: the programme's clinician (a facilitator, or a lead of its
    service) or one of its volunteer coordinators makes the group. Everyone keen becomes a
    member, the volunteers coordinators, the programme's PTV supports the first three
    meetings, and the first meeting is planned (or, with no ``first_meeting``, the
    coordinators find a time with a poll). A first meeting outside the service's window
    (4 to 6 weeks after the last session) gives a warning, never a block."""
    from programmes.selectors import (
        handover_summary_for_group_creation,
        programme_access,
        settings_for_reading,
    )

    now = _now(now)
    programme = Programme.objects.select_for_update().select_related("service").get(
        pk=programme.pk
    )
    summary = handover_summary_for_group_creation(programme)
    is_clinician = programme_access(actor, programme).can_edit and actor.has_role(Role.CLINICIAN)
    is_volunteer = actor.pk in summary.coordinator_volunteer_ids
    if not (is_clinician or is_volunteer):
        raise PermissionDenied
    if programme.is_cancelled:
        raise ValidationError(_("This programme was cancelled."))
    if Group.objects.filter(origin_programmes=programme).exists():
        raise ValidationError(_("A group has already been made from this programme."))
    if not summary.member_ids:
        raise ValidationError(
            _("Nobody on this programme has said they want to keep meeting yet.")
        )
    clinician = actor if is_clinician else (
        User.objects.filter(
            programme_facilitations__programme=programme, role=Role.CLINICIAN, is_active=True
        ).order_by("programme_facilitations__added_at").first()
    )
    group = _group_new(
        actor=actor, service=programme.service, name=name, area=area, rhythm=rhythm,
        purposes=purposes, keeps_in_touch=keeps_in_touch,
        open_to_new_members=open_to_new_members, description="", contact_clinician=clinician,
        now=now,
    )
    group.origin_programmes.add(programme)
    # Someone whose account has since closed is left out rather than blocking everyone.
    people = {
        u.pk: u for u in User.objects.filter(pk__in=summary.member_ids)
        if _eligible_member(u, programme.service)
    }
    coordinators = [people[pk] for pk in summary.coordinator_volunteer_ids if pk in people]
    members = [people[pk] for pk in summary.member_ids if pk in people]
    ptv = None
    if summary.ptv_id:
        candidate = User.objects.filter(pk=summary.ptv_id).first()
        if candidate and candidate.service_id == group.service_id and candidate.has_role(Role.PTV):
            ptv = candidate
    _members_add(group, coordinators=coordinators, members=members, ptv=ptv,
                 shares=summary.shared_contacts, now=now)

    meeting = None
    warning = None
    if first_meeting is not None:
        meeting = _meeting_new(
            group=group, actor=actor, day=first_meeting.day, at=first_meeting.at,
            duration_minutes=first_meeting.duration_minutes, mode=MeetingMode.IN_PERSON,
            venue=first_meeting.venue, place_note=first_meeting.place_note, online_link="",
            notes="", repeats=rhythm != Rhythm.AD_HOC, now=now,
        )
        if summary.last_session_date:
            programme_settings = settings_for_reading(programme.service)
            warning = first_meeting_window_warning(
                last_session_date=summary.last_session_date,
                first_meeting_date=first_meeting.day,
                min_weeks=programme_settings.first_meeting_min_weeks,
                max_weeks=programme_settings.first_meeting_max_weeks,
            )
    for membership in _active_memberships(group):
        context = {
            "group_id": group.pk,
            "group_name": _short(group.name),
            "programme_name": _short(programme.name),
            "group_url": _group_url(group),
            "coordinator": membership.role in COORDINATOR_ROLES,
            "ptv": membership.is_ptv_supporter,
            "first_meeting": uk_datetime(meeting.starts_at, now=now, tz=group.service.zone)
            if meeting else "",
            "first_place": _short(meeting.place_label()) if meeting else "",
        }
        _notify(recipient=membership.person, kind=kinds.WELCOME, context=context,
                key=f"groups.welcome:{group.pk}:{membership.person_id}", now=now)
    if meeting is not None:
        _meeting_reminders_for_all(meeting, now)
        _propose_next(meeting, actor=actor, now=now)
    _audit(group=group, actor=actor, verb="group_created_from_programme", now=now,
           programme=programme.pk, members=len(members), coordinators=len(coordinators),
           ptv=bool(ptv), warning=warning or "")
    _status_refresh(group, now)
    return CreatedFromProgramme(group=group, meeting=meeting, warning=warning)


# --- venues -----------------------------------------------------------------------------
VENUE_FIELDS = (
    "name", "kind", "address", "area", "step_free", "back_support_seating",
    "accessible_toilet", "parking_distance_m", "bus_stop_distance_m", "noise",
    "accessibility_notes",
)


@transaction.atomic
def venue_create(*, actor: User, now: datetime.datetime | None = None, **fields) -> Venue:
    now = _now(now)
    if not selectors.can_manage_venues(actor):
        raise PermissionDenied
    unknown = set(fields) - set(VENUE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown venue fields: {sorted(unknown)}")
    venue = Venue(service=actor.service, created_by=actor, created_at=now, updated_at=now,
                  **fields)
    if Venue.objects.filter(service=actor.service, name__iexact=venue.name.strip(),
                            archived_at__isnull=True).exists():
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.name = venue.name.strip()
    venue.full_clean()
    venue.save()
    return venue


@transaction.atomic
def venue_update(*, actor: User, venue: Venue, now: datetime.datetime | None = None, **fields
                 ) -> Venue:
    now = _now(now)
    venue = Venue.objects.select_for_update().get(pk=venue.pk)
    if not selectors.can_manage_venues(actor) or venue.service_id != actor.service_id:
        raise PermissionDenied
    for field, value in fields.items():
        if field not in VENUE_FIELDS:
            raise TypeError(f"Unknown venue field: {field}")
        setattr(venue, field, value)
    venue.name = venue.name.strip()
    if Venue.objects.filter(service=venue.service, name__iexact=venue.name,
                            archived_at__isnull=True).exclude(pk=venue.pk).exists():
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.updated_at = now
    venue.full_clean()
    venue.save()
    return venue


# --- meetings ---------------------------------------------------------------------------
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


def _propose_next(meeting: Meeting, *, actor: User | None, now: datetime.datetime
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
        venue, place_note = None, place_note or venue.name  # gone from the list: keep words
    return _meeting_new(
        group=group, actor=actor, day=timing.local_date(starts_at, zone),
        at=timing.local_time(starts_at, zone), duration_minutes=meeting.duration_minutes,
        mode=meeting.mode, venue=venue, place_note=place_note,
        online_link=meeting.online_link, notes="", repeats=True, now=now,
        status=MeetingStatus.PROPOSED, follows=meeting,
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
    now = _now(now)
    group = _lock_group(group)
    _require_open(group)
    _require_coordinator(actor, group)
    meeting = _meeting_new(
        group=group, actor=actor, day=day, at=at, duration_minutes=duration_minutes, mode=mode,
        venue=venue, place_note=place_note, online_link=online_link, notes=notes,
        repeats=repeats, now=now,
    )
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(group=group, actor=actor, verb="meeting_scheduled", now=now, meeting=meeting.pk,
           starts_at=meeting.starts_at.isoformat())
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
def meeting_confirm(*, actor: User, meeting: Meeting, now: datetime.datetime | None = None
                    ) -> Meeting:
    """Confirm a meeting suggested from the group's rhythm: now it is announced."""
    now = _now(now)
    meeting = _lock_meeting(meeting)
    _require_open(meeting.group)
    _require_coordinator(actor, meeting.group)
    if meeting.status != MeetingStatus.PROPOSED:
        raise ValidationError(_("This meeting is not waiting to be confirmed."))
    if meeting.starts_at <= now:
        raise ValidationError(_("This date has passed. Choose a new date instead."))
    meeting.status = MeetingStatus.SCHEDULED
    meeting.save(update_fields=["status"])
    notifications_cancel(topic=_coordinator_topic(meeting.pk), actor=actor,
                         reason="Meeting confirmed", now=now)
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(group=meeting.group, actor=actor, verb="meeting_confirmed", now=now,
           meeting=meeting.pk)
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
    now = _now(now)
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
    _audit(group=group, actor=actor, verb="meeting_moved", now=now, meeting=meeting.pk,
           old=old, new={"starts_at": meeting.starts_at.isoformat(), "venue": meeting.venue_id,
                         "place_note": meeting.place_note, "mode": meeting.mode,
                         "duration": meeting.duration_minutes})
    return meeting


@transaction.atomic
def meeting_cancel(*, actor: User, meeting: Meeting, reason: str = "",
                   now: datetime.datetime | None = None) -> Meeting:
    """Cancel a meeting: members who were expecting it are told, reminders stop. A past
    meeting can be marked as not having happened (nobody is told)."""
    now = _now(now)
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
        context = _meeting_context(meeting, now) | {"reason": _short(meeting.cancel_reason)}
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
    _audit(group=group, actor=actor, verb="meeting_cancelled", now=now, meeting=meeting.pk,
           announced=was_announced)
    _status_refresh(group, now)
    return meeting


def _rsvp_set(meeting: Meeting, membership: Membership, answer: str,
              now: datetime.datetime) -> RSVP:
    previous = RSVP.objects.select_for_update().filter(
        meeting=meeting, person=membership.person
    ).first()
    rsvp = previous or RSVP(meeting=meeting, person=membership.person)
    old_answer = previous.answer if previous else None
    rsvp.answer, rsvp.answered_at = answer, now
    rsvp.full_clean(validate_constraints=False)
    rsvp.save()
    if answer == RSVPAnswer.CANT and old_answer != RSVPAnswer.CANT:
        notifications_cancel(topic=_meeting_topic(meeting.pk, membership.person_id),
                             actor=membership.person, reason="Can't make it", now=now)
    elif old_answer == RSVPAnswer.CANT and answer != RSVPAnswer.CANT:
        # The old reminders were cancelled: a new epoch makes new ones.
        _member_reminders_cancel(membership, actor=membership.person,
                                 reason="Answer changed", now=now)
        _member_reminders_restart(membership, now)
    return rsvp


@transaction.atomic
def rsvp_set(*, actor: User, meeting: Meeting, answer: str,
             now: datetime.datetime | None = None) -> RSVP:
    """Going, maybe, or can't make it. "Can't" stops that member's reminders for it."""
    now = _now(now)
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
def rsvp_cant_make_it_by_link(*, meeting: Meeting, person: User,
                              now: datetime.datetime | None = None) -> RSVP | None:
    """The one-tap link in a reminder (no sign-in: the view has checked the token).
    Returns None when it no longer applies (left the group, meeting cancelled or begun)."""
    now = _now(now)
    meeting = _lock_meeting(meeting)
    membership = _current_membership(meeting.group, person)
    if (membership is None or meeting.status != MeetingStatus.SCHEDULED
            or meeting.starts_at <= now):
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
    now = _now(now)
    meeting = _lock_meeting(meeting)
    group = meeting.group
    _require_coordinator(actor, group)
    if meeting.status != MeetingStatus.SCHEDULED:
        raise ValidationError(_("Only a planned meeting that took place can have attendance."))
    if not meeting.has_started(now):
        raise ValidationError(_("You can record who came once the meeting has started."))
    attended = set(attended_ids)
    existing = {a.person_id: a for a in Attendance.objects.select_for_update().filter(
        meeting=meeting)}
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
    notifications_cancel(topic=_coordinator_topic(meeting.pk), actor=actor,
                         reason="Attendance recorded", now=now)
    _formed_refresh(group)
    _status_refresh(group, now)
    _audit(group=group, actor=actor, verb="attendance_recorded" if first_time
           else "attendance_corrected", now=now, meeting=meeting.pk, came=len(attended),
           of=len(known))
    return rows


def _formed_refresh(group: Group) -> datetime.datetime | None:
    """Formed: at least three PMP participants met face to face at one meeting after their
    programme had finished (domain.md). Computed from attendance, never set by hand."""
    rows = list(
        Attendance.objects.filter(
            meeting__group=group,
            meeting__mode=MeetingMode.IN_PERSON,
            meeting__status=MeetingStatus.SCHEDULED,
            attended=True,
        ).values_list("meeting_id", "meeting__starts_at", "person_id")
    )
    person_ids = {person_id for _m, _s, person_id in rows}
    finished: dict[int, list[datetime.datetime]] = {}
    for participant_id, last_end in (
        Enrolment.objects.filter(participant_id__in=person_ids)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .annotate(last_end=Max("programme__sessions__ends_at"))
        .filter(last_end__isnull=False)
        .values_list("participant_id", "last_end")
    ):
        finished.setdefault(participant_id, []).append(last_end)
    by_meeting: dict[tuple[int, datetime.datetime], set[int]] = {}
    for meeting_id, starts_at, person_id in rows:
        if any(end <= starts_at for end in finished.get(person_id, ())):
            by_meeting.setdefault((meeting_id, starts_at), set()).add(person_id)
    formed = [starts for (_m, starts), people in by_meeting.items() if len(people) >= 3]
    formed_at = min(formed) if formed else None
    if formed_at != group.formed_at:
        Group.objects.filter(pk=group.pk).update(formed_at=formed_at)
        group.formed_at = formed_at
    return formed_at


def derive_status(*, closed: bool, formed: bool, quiet_since: datetime.datetime,
                  anything_planned: bool, gap: datetime.timedelta,
                  now: datetime.datetime) -> str:
    """Closed by its coordinators; dormant (fading) when twice its usual gap has passed with
    nothing planned; otherwise active once formed, forming before."""
    if closed:
        return GroupStatus.CLOSED
    if not anything_planned and now - quiet_since > 2 * gap:
        return GroupStatus.DORMANT
    return GroupStatus.ACTIVE if formed else GroupStatus.FORMING


def _quiet_facts(group: Group, now: datetime.datetime) -> tuple[datetime.datetime, Meeting | None,
                                                                 bool]:
    last = (
        Meeting.objects.filter(group=group, status=MeetingStatus.SCHEDULED, starts_at__lte=now)
        .order_by("-starts_at")
        .first()
    )
    planned = Meeting.objects.filter(
        group=group, status=MeetingStatus.SCHEDULED, starts_at__gt=now
    ).exists() or Poll.objects.filter(
        group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED]
    ).exists()
    return (last.starts_at if last else group.created_at), last, planned


def _status_refresh(group: Group, now: datetime.datetime) -> str:
    quiet_since, _last, planned = _quiet_facts(group, now)
    status = derive_status(
        closed=group.closed_at is not None,
        formed=group.formed_at is not None,
        quiet_since=quiet_since,
        anything_planned=planned,
        gap=group.usual_gap,
        now=now,
    )
    if status != group.status:
        Group.objects.filter(pk=group.pk).update(status=status)
        group.status = status
    return status


@transaction.atomic
def group_close(*, actor: User, group: Group, now: datetime.datetime | None = None) -> Group:
    """The members have stopped meeting. Future meetings are cancelled (and people told)."""
    now = _now(now)
    group = _lock_group(group)
    _require_coordinator(actor, group)
    _require_open(group)
    for meeting in Meeting.objects.filter(
        group=group, status__in=[MeetingStatus.SCHEDULED, MeetingStatus.PROPOSED],
        starts_at__gt=now,
    ):
        meeting_cancel(actor=actor, meeting=meeting, reason=_("The group has closed."), now=now)
    for poll in Poll.objects.filter(group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED]):
        _poll_finish(poll, status=PollStatus.CANCELLED, actor=actor, now=now)
    group.closed_at = now
    group.open_to_new_members = False
    group.save(update_fields=["closed_at", "open_to_new_members"])
    _status_refresh(group, now)
    _audit(group=group, actor=actor, verb="group_closed", now=now)
    return group


# --- polls ------------------------------------------------------------------------------
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
    now = _now(now)
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
    poll = Poll(group=group, title=title.strip(), deadline=deadline, created_by=actor,
                created_at=now, duration_minutes=duration_minutes)
    poll.full_clean()
    poll.save()
    seen = set()
    for number, spec in enumerate(options, start=1):
        _check_venue(group, spec.venue)
        starts_at = local_to_utc(spec.day, spec.at, zone)
        if starts_at <= deadline:
            raise ValidationError(
                {f"option_{number}_day": _("Option %(n)s must be after the answer-by date.")
                 % {"n": number}}
            )
        key = (starts_at, spec.venue.pk if spec.venue else None, spec.place_note.strip())
        if key in seen:
            raise ValidationError(
                {f"option_{number}_day": _("Option %(n)s is the same as another option.")
                 % {"n": number}}
            )
        seen.add(key)
        if spec.venue is None and not spec.place_note.strip():
            raise ValidationError(
                {f"option_{number}_venue": _("Choose a venue for option %(n)s, or say where.")
                 % {"n": number}}
            )
        PollOption.objects.create(
            poll=poll, starts_at=starts_at, mode=MeetingMode.IN_PERSON, venue=spec.venue,
            place_note=spec.place_note.strip(),
        )
    poll.group = group
    context = _poll_context(poll, now)
    for membership in _active_memberships(group):
        person = membership.person
        if person.pk != actor.pk:
            _notify(recipient=person, kind=kinds.POLL_OPENED, context=context,
                    key=f"groups.poll:{poll.pk}:opened:{person.pk}",
                    topic=_poll_topic(poll.pk, person.pk), now=now)
        _poll_reminder_create(poll, membership, now=now)
    _status_refresh(group, now)
    _audit(group=group, actor=actor, verb="poll_created", now=now, poll=poll.pk,
           options=len(options))
    return poll


def _lock_poll(poll: Poll) -> Poll:
    return Poll.objects.select_for_update(of=("self",)).select_related("group__service").get(
        pk=poll.pk)


@transaction.atomic
def poll_answer(
    *,
    actor: User,
    poll: Poll,
    answers: dict[int, str],
    now: datetime.datetime | None = None,
) -> list[PollAnswer]:
    """A member answers every option. Answering stops their reminder."""
    now = _now(now)
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
    notifications_cancel(topic=_poll_topic(poll.pk, actor.pk), actor=actor,
                         reason="Answered", now=now)
    return rows


def _poll_finish(poll: Poll, *, status: str, actor: User | None, now: datetime.datetime) -> None:
    poll.status = status
    poll.closed_at = poll.closed_at or now
    poll.save(update_fields=["status", "closed_at"])
    person_ids = Membership.objects.filter(group=poll.group).values_list("person_id", flat=True)
    _cancel_topics([_poll_topic(poll.pk, pid) for pid in person_ids], actor=actor,
                   reason="Poll closed", now=now)


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
    now = _now(now)
    poll = _lock_poll(poll)
    group = poll.group
    _require_open(group)
    _require_coordinator(actor, group)
    if poll.status not in (PollStatus.OPEN, PollStatus.CLOSED):
        raise ValidationError(_("A date has already been chosen for this poll."))
    if option.poll_id != poll.pk:
        raise ValidationError({"option": _("Choose one of this poll's options.")})
    if option.starts_at <= now:
        raise ValidationError({"option": _("That date has passed. Choose another, or start a "
                                           "new poll.")})
    zone = group.service.zone
    meeting = _meeting_new(
        group=group, actor=actor, day=timing.local_date(option.starts_at, zone),
        at=timing.local_time(option.starts_at, zone), duration_minutes=poll.duration_minutes,
        mode=MeetingMode.IN_PERSON, venue=option.venue, place_note=option.place_note,
        online_link="", notes=notes, repeats=group.rhythm != Rhythm.AD_HOC, now=now,
    )
    poll.chosen_option, poll.meeting = option, meeting
    poll.save(update_fields=["chosen_option", "meeting"])
    _poll_finish(poll, status=PollStatus.DECIDED, actor=actor, now=now)
    _after_scheduled(meeting, actor=actor, now=now)
    _audit(group=group, actor=actor, verb="poll_decided", now=now, poll=poll.pk,
           meeting=meeting.pk)
    return meeting


def polls_close_due(*, now: datetime.datetime | None = None) -> int:
    """Close polls whose deadline has passed and ask the coordinators to pick (beat)."""
    now = _now(now)
    count = 0
    for poll in Poll.objects.filter(status=PollStatus.OPEN, deadline__lte=now).select_related(
        "group__service"
    ):
        with transaction.atomic():
            if Poll.objects.filter(pk=poll.pk, status=PollStatus.OPEN).update(
                status=PollStatus.CLOSED, closed_at=now
            ) != 1:
                continue
            poll.status, poll.closed_at = PollStatus.CLOSED, now
            person_ids = Membership.objects.filter(group=poll.group).values_list(
                "person_id", flat=True)
            _cancel_topics([_poll_topic(poll.pk, pid) for pid in person_ids], actor=None,
                           reason="Poll closed", now=now)
            context = {
                "group_id": poll.group_id,
                "group_name": _short(poll.group.name),
                "title": _short(poll.title),
                "decide_url": _absolute(reverse("groups:poll_decide",
                                                args=[poll.group_id, poll.pk])),
            }
            for membership in _active_coordinators(poll.group):
                _notify(recipient=membership.person, kind=kinds.POLL_CLOSED, context=context,
                        key=f"groups.poll:{poll.pk}:closed:{membership.person_id}", now=now)
            count += 1
    return count


# --- posts ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PostResult:
    post: Post
    level: str  # "high", "medium" or "none" (or "unknown" if the screener failed)

    @property
    def show_crisis_panel(self) -> bool:
        # When the screener could not say, show where to get help (choose the higher level).
        return self.level != "none"


@transaction.atomic
def post_create(
    *,
    actor: User,
    group: Group,
    body: str,
    parent: Post | None = None,
    agree_notice_version: str | None = None,
    now: datetime.datetime | None = None,
) -> PostResult:
    """Save a post or a reply, then screen it (safeguarding.md).

    The one narrow call from groups into safeguarding: ``post_screen(post=..., now=...)``,
    in this transaction, after the post is saved. A medium or high screening raises an
    alert there; the caller shows the crisis panel in the same response. Before a member's
    first post they must agree to the notice of what is checked and who sees what.
    """
    now = _now(now)
    membership = _require_member(actor, group)
    _require_open(group)
    if membership.screening_notice_version != SCREENING_NOTICE_VERSION:
        if agree_notice_version != SCREENING_NOTICE_VERSION:
            raise ValidationError(
                {"agree": _("Tick the box to say you have read how messages are checked.")}
            )
        membership.screening_notice_version = SCREENING_NOTICE_VERSION
        membership.screening_notice_agreed_at = now
        membership.save(update_fields=["screening_notice_version", "screening_notice_agreed_at"])
        _audit(group=group, actor=actor, verb="screening_notice_agreed", now=now,
               version=SCREENING_NOTICE_VERSION)
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write your message.")})
    if parent is not None:
        if parent.group_id != group.pk:
            raise ValidationError(_("That message is not in this group."))
        parent = parent.parent or parent  # replies are one level deep
    post = Post(group=group, author=actor, parent=parent, body=body, created_at=now,
                last_activity_at=now)
    post.full_clean()
    post.save()
    if parent is not None:
        Post.objects.filter(pk=parent.pk, last_activity_at__lt=now).update(last_activity_at=now)
    level = _post_screen(post, now)
    _audit(group=group, actor=actor, verb="post_created", now=now, post=post.pk,
           reply_to=parent.pk if parent else None)
    return PostResult(post=post, level=level)


def _post_screen(post: Post, now: datetime.datetime) -> str:
    from safeguarding.services import post_screen

    try:
        with transaction.atomic():
            screening = post_screen(post=post, now=now)
    except Exception:  # noqa: BLE001 - never lose the post; safeguarding's sweeper rescreens
        logger.exception("groups: screening post %s failed", post.pk)
        return "unknown"
    return str(screening.level)


@transaction.atomic
def post_flag(*, actor: User, post: Post, note: str = "",
              now: datetime.datetime | None = None):
    """A member says "I'm worried about this post". It goes to pain service staff only
    (safeguarding.services.flag_raise), never to the person who wrote it."""
    from safeguarding.services import flag_raise

    now = _now(now)
    _require_member(actor, post.group)
    return flag_raise(actor=actor, group=post.group, post=post, note=note, now=now)


# --- directory, joining and moving ----------------------------------------------------------
def _notify_join_request(request: JoinRequest, now: datetime.datetime) -> None:
    group = request.group
    context = {
        "group_id": group.pk,
        "group_name": _short(group.name),
        "person_name": _short(request.person.display_name, 60),
        "move": request.kind == JoinRequestKind.MOVE,
        "introduced": request.introduced_by_id is not None,
        "members_url": _absolute(reverse("groups:members", args=[group.pk])),
    }
    for membership in _active_coordinators(group):
        _notify(recipient=membership.person, kind=kinds.JOIN_REQUEST, context=context,
                key=f"groups.join_request:{request.pk}:{membership.person_id}", now=now)


def _join_request_new(*, group: Group, person: User, message: str, from_group: Group | None,
                      introduced_by: User | None, now: datetime.datetime) -> JoinRequest:
    if group.is_closed or not group.open_to_new_members:
        raise ValidationError(_("This group is not taking new members just now."))
    if not _has_active_coordinator(group):
        raise ValidationError(
            _("This group is looking for a new coordinator, so it cannot take new members "
              "just now.")
        )
    if not _eligible_member(person, group.service):
        raise ValidationError(_("Only participants of this pain service can join its groups."))
    if _current_membership(group, person) is not None:
        raise ValidationError(_("%(name)s is already in this group.")
                              % {"name": person.display_name})
    request = JoinRequest(
        group=group, person=person, message=message.strip(), introduced_by=introduced_by,
        kind=JoinRequestKind.MOVE if from_group else JoinRequestKind.JOIN,
        from_group=from_group, created_at=now,
    )
    request.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        raise ValidationError(
            _("There is already a request waiting for the coordinator.")
        ) from None
    _notify_join_request(request, now)
    return request


@transaction.atomic
def join_request_create(
    *,
    actor: User,
    group: Group,
    message: str = "",
    move_from: Group | None = None,
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A participant asks to join a group from the directory, or to move to it from their
    current group (they leave the old one when the coordinator accepts)."""
    now = _now(now)
    group = _lock_group(group)
    if actor.service_id != group.service_id:
        raise PermissionDenied
    if move_from is not None and _current_membership(move_from, actor) is None:
        raise ValidationError({"move_from": _("You can only move from a group you are in.")})
    request = _join_request_new(group=group, person=actor, message=message, from_group=move_from,
                                introduced_by=None, now=now)
    _audit(group=group, actor=actor, verb="join_requested", now=now, request=request.pk,
           move=move_from is not None)
    return request


@transaction.atomic
def join_request_introduce(
    *,
    actor: User,
    group: Group,
    person: User,
    message: str = "",
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A clinician introduces someone (who has agreed) to a group open to new members; the
    coordinator decides, as with any request."""
    now = _now(now)
    group = _lock_group(group)
    _require_staff_clinician(actor, group.service)
    request = _join_request_new(group=group, person=person, message=message, from_group=None,
                                introduced_by=actor, now=now)
    _audit(group=group, actor=actor, verb="join_introduced", now=now, request=request.pk)
    return request


@transaction.atomic
def join_request_withdraw(*, actor: User, request: JoinRequest,
                          now: datetime.datetime | None = None) -> JoinRequest:
    now = _now(now)
    request = JoinRequest.objects.select_for_update().get(pk=request.pk)
    if request.person_id != actor.pk:
        raise PermissionDenied
    if not request.is_pending:
        raise ValidationError(_("This request has already been answered."))
    request.status, request.decided_at = JoinRequestStatus.WITHDRAWN, now
    request.save(update_fields=["status", "decided_at"])
    return request


@transaction.atomic
def join_request_decide(
    *,
    actor: User,
    request: JoinRequest,
    accept: bool,
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A coordinator accepts (the person becomes a member, and on a move leaves their old
    group) or declines (they are told kindly and pointed back to the directory)."""
    now = _now(now)
    request = JoinRequest.objects.select_for_update(of=("self",)).select_related(
        "group__service", "person", "from_group"
    ).get(pk=request.pk)
    group = _lock_group(request.group)
    _require_coordinator(actor, group)
    if not request.is_pending:
        raise ValidationError(_("This request has already been answered."))
    request.status = JoinRequestStatus.ACCEPTED if accept else JoinRequestStatus.DECLINED
    request.decided_by, request.decided_at = actor, now
    request.save(update_fields=["status", "decided_by", "decided_at"])
    if accept:
        if not _eligible_member(request.person, group.service):
            raise ValidationError(_("This person can no longer join."))
        membership = _membership_activate(group=group, person=request.person,
                                          role=MembershipRole.MEMBER, now=now)
        _member_reminders_restart(membership, now)
        if request.kind == JoinRequestKind.MOVE and request.from_group is not None:
            old_group = _lock_group(request.from_group)
            old = _current_membership(old_group, request.person)
            if old is not None:
                had_coordinator = _has_active_coordinator(old_group)
                _leave(old, reason="", reason_other=MEMBER_LEFT_MOVED, actor=request.person,
                       now=now)
                _coordinator_gap_check(old_group, had_coordinator=had_coordinator,
                                       actor=request.person, now=now)
    _notify(
        recipient=request.person,
        kind=kinds.JOIN_DECIDED,
        context={
            "group_id": group.pk,
            "group_name": _short(group.name),
            "accepted": accept,
            "group_url": _group_url(group),
            "directory_url": _absolute(reverse("groups:directory")),
        },
        key=f"groups.join_decided:{request.pk}",
        now=now,
    )
    _audit(group=group, actor=actor, verb="join_accepted" if accept else "join_declined",
           now=now, request=request.pk, move=request.kind == JoinRequestKind.MOVE)
    return request


# --- gatherings -------------------------------------------------------------------------
@transaction.atomic
def gathering_create(
    *,
    actor: User,
    title: str,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int = 120,
    venue: Venue | None = None,
    place_note: str = "",
    description: str = "",
    now: datetime.datetime | None = None,
) -> Gathering:
    """The service's get-together for past PMP participants and all group members."""
    now = _now(now)
    if not selectors.can_manage_gatherings(actor):
        raise PermissionDenied
    service = actor.service
    if venue is not None and (venue.service_id != service.pk or venue.archived_at):
        raise ValidationError({"venue": _("Choose a venue from the list.")})
    starts_at = local_to_utc(day, at, service.zone)
    if starts_at <= now:
        raise ValidationError({"day": _("Choose a date in the future.")})
    if venue is None and not place_note.strip():
        raise ValidationError({"venue": _("Choose a venue, or say where.")})
    gathering = Gathering(service=service, title=title.strip(), starts_at=starts_at,
                          duration_minutes=duration_minutes, venue=venue,
                          place_note=place_note.strip(), description=description.strip(),
                          created_by=actor, created_at=now)
    gathering.full_clean()
    gathering.save()
    return gathering


@transaction.atomic
def gathering_rsvp(*, actor: User, gathering: Gathering, answer: str,
                   now: datetime.datetime | None = None) -> GatheringRSVP:
    now = _now(now)
    if not selectors.can_see_gathering(actor, gathering):
        raise PermissionDenied
    if answer not in RSVPAnswer.values:
        raise ValidationError({"answer": _("Choose one of the answers.")})
    if gathering.cancelled_at or gathering.starts_at <= now:
        raise ValidationError(_("This gathering is no longer taking answers."))
    rsvp, _created = GatheringRSVP.objects.update_or_create(
        gathering=gathering, person=actor, defaults={"answer": answer, "answered_at": now}
    )
    return rsvp


# --- calendar feed ----------------------------------------------------------------------
def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    if feed is not None:
        return feed
    try:
        with transaction.atomic():
            return CalendarFeed.objects.create(user=user, token=secrets.token_urlsafe(32))
    except IntegrityError:
        return CalendarFeed.objects.get(user=user)


@transaction.atomic
def calendar_feed_reset(*, actor: User, now: datetime.datetime | None = None) -> CalendarFeed:
    """A new secret address: the old one stops working at once."""
    now = _now(now)
    feed = calendar_feed_for(user=actor)
    feed.token = secrets.token_urlsafe(32)
    feed.created_at = now
    feed.save(update_fields=["token", "created_at"])
    return feed


# --- the beat: prompts, nudges, housekeeping ----------------------------------------------
def attendance_prompts_ensure(*, now: datetime.datetime | None = None) -> int:
    """The day after a meeting: ask the coordinators who came and when the next one is."""
    now = _now(now)
    count = 0
    meetings = Meeting.objects.filter(
        status=MeetingStatus.SCHEDULED,
        attendance_recorded_at__isnull=True,
        starts_at__lte=now,
        starts_at__gt=now - ATTENDANCE_PROMPT_WINDOW,
        group__closed_at__isnull=True,
    ).select_related("group__service", "venue")
    for meeting in meetings:
        if not meeting.has_ended(now):
            continue
        with transaction.atomic():
            due = timing.attendance_prompt_due(meeting.ends_at, meeting.group.service.zone)
            has_next = Meeting.objects.filter(
                group=meeting.group, status=MeetingStatus.SCHEDULED, starts_at__gt=now
            ).exists()
            context = _meeting_context(meeting, now) | {
                "attendance_url": _absolute(
                    reverse("groups:attendance", args=[meeting.group_id, meeting.pk])),
                "has_next": has_next,
            }
            for membership in _active_coordinators(meeting.group):
                _notify(recipient=membership.person, kind=kinds.ATTENDANCE_PROMPT,
                        context=context,
                        key=f"groups.meeting:{meeting.pk}:{meeting.slot}:attendance:"
                            f"{membership.person_id}",
                        due_at=max(due, now), topic=_coordinator_topic(meeting.pk), now=now)
                count += 1
    return count


def proposals_review(*, now: datetime.datetime | None = None) -> int:
    """Suggested meetings: two weeks ahead, ask the coordinators to confirm; a day ahead
    and still unconfirmed, withdraw it and say so. Nothing goes stale silently."""
    now = _now(now)
    count = 0
    for meeting in Meeting.objects.filter(status=MeetingStatus.PROPOSED).select_related(
        "group__service", "venue"
    ):
        zone = meeting.group.service.zone
        with transaction.atomic():
            context = _meeting_context(meeting, now) | {
                "group_url": _group_url(meeting.group),
            }
            if meeting.starts_at - PROPOSAL_WITHDRAW_BEFORE <= now:
                if Meeting.objects.filter(pk=meeting.pk, status=MeetingStatus.PROPOSED).update(
                    status=MeetingStatus.CANCELLED, cancelled_at=now,
                    cancel_reason=_("Not confirmed in time"),
                ) != 1:
                    continue
                notifications_cancel(topic=_coordinator_topic(meeting.pk), reason="Lapsed",
                                     now=now)
                for membership in _active_coordinators(meeting.group):
                    _notify(recipient=membership.person, kind=kinds.PROPOSAL_LAPSED,
                            context=context,
                            key=f"groups.meeting:{meeting.pk}:lapsed:{membership.person_id}",
                            now=now)
                _audit(group=meeting.group, actor=None, verb="suggested_meeting_lapsed",
                       now=now, meeting=meeting.pk)
                count += 1
            elif timing.confirm_prompt_due(meeting.starts_at, zone) <= now:
                for membership in _active_coordinators(meeting.group):
                    _notify(recipient=membership.person, kind=kinds.CONFIRM_PROMPT,
                            context=context,
                            key=f"groups.meeting:{meeting.pk}:{meeting.slot}:confirm:"
                                f"{membership.person_id}",
                            topic=_coordinator_topic(meeting.pk), now=now)
                count += 1
    return count


def ptv_support_review(*, now: datetime.datetime | None = None) -> int:
    """A PTV supports a new group for its first three meetings, then the support ends
    automatically, with thanks."""
    now = _now(now)
    count = 0
    for membership in Membership.objects.filter(
        role=MembershipRole.PTV_SUPPORTER, status__in=CURRENT_STATUSES
    ).select_related("group", "person"):
        held = [
            m for m in Meeting.objects.filter(
                group=membership.group, status=MeetingStatus.SCHEDULED,
                starts_at__gte=membership.joined_at - datetime.timedelta(days=1),
                starts_at__lte=now,
            ).order_by("starts_at")[:PTV_SUPPORT_MEETINGS]
            if m.has_ended(now)
        ]
        if len(held) < PTV_SUPPORT_MEETINGS:
            continue
        with transaction.atomic():
            if Membership.objects.filter(
                pk=membership.pk, status__in=CURRENT_STATUSES
            ).update(status=MembershipStatus.ENDED, ended_at=now) != 1:
                continue
            membership.status = MembershipStatus.ENDED
            _member_reminders_cancel(membership, actor=None, reason="Support period ended",
                                     now=now)
            _notify(recipient=membership.person, kind=kinds.PTV_THANKS,
                    context={"group_id": membership.group_id,
                             "group_name": _short(membership.group.name)},
                    key=f"groups.ptv_thanks:{membership.pk}", now=now)
            _audit(group=membership.group, actor=None, verb="ptv_support_ended", now=now,
                   person=membership.person_id)
            count += 1
    return count


def groups_dormant_review(*, now: datetime.datetime | None = None) -> int:
    """Refresh each group's status. When its usual gap has passed with nothing planned, its
    coordinators get one gentle prompt per quiet spell; at twice the gap the group shows as
    dormant (fading) to its clinician."""
    now = _now(now)
    nudged = 0
    for group in Group.objects.filter(closed_at__isnull=True).select_related("service"):
        with transaction.atomic():
            _status_refresh(group, now)
            quiet_since, last, planned = _quiet_facts(group, now)
            if planned or now - quiet_since <= group.usual_gap:
                continue
            anchor = last.pk if last else "new"
            context = {
                "group_id": group.pk,
                "group_name": _short(group.name),
                "last_met": uk_date(last.starts_at, now=now, tz=group.service.zone)
                if last else "",
                "plan_url": _absolute(reverse("groups:meeting_create", args=[group.pk])),
                "poll_url": _absolute(reverse("groups:poll_create", args=[group.pk])),
            }
            for membership in _active_coordinators(group):
                _notify(recipient=membership.person, kind=kinds.DORMANT_NUDGE, context=context,
                        key=f"groups.dormant:{group.pk}:{anchor}:{membership.person_id}",
                        now=now)
                nudged += 1
    return nudged


def groups_housekeeping(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Everything the beat does for groups, in order. Each step is safe to run twice."""
    now = _now(now)
    return {
        "pauses_ended": membership_pauses_end_due(now=now),
        "polls_closed": polls_close_due(now=now),
        "proposals": proposals_review(now=now),
        "reminders": meeting_reminders_ensure(now=now),
        "attendance_prompts": attendance_prompts_ensure(now=now),
        "ptv_support_ended": ptv_support_review(now=now),
        "dormant_nudges": groups_dormant_review(now=now),
    }

