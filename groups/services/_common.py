"""Private helpers every groups service shares: the audit row, locks and access checks,
notification topics, links and message context. Nothing here is called from outside
the services package."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.clock import shorten
from pmp_followon.notifications.models import UNSENT_STATUSES, Notification
from pmp_followon.notifications.services import notification_create, notifications_cancel
from pmp_followon.ui.dates import uk_date, uk_datetime, uk_time

from ..models import (
    COORDINATOR_ROLES,
    CURRENT_STATUSES,
    Group,
    GroupEvent,
    Meeting,
    MeetingMode,
    Membership,
    MembershipStatus,
    Poll,
)

# Names and titles in a message's context are cut to this (the outbox keeps rows short).
CONTEXT_TEXT_LIMIT = 120


def _audit(
    *, group: Group, actor: User | None, verb: str, now: datetime.datetime, **detail
) -> GroupEvent:
    return GroupEvent.objects.create(group=group, actor=actor, verb=verb, detail=detail, at=now)


def _absolute(path: str) -> str:
    return f"{settings.SITE_URL.rstrip('/')}{path}"


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


def _require_staff_clinician(actor: User, service: Service) -> None:
    if not (actor.is_active and actor.service_id == service.pk and actor.has_role(Role.CLINICIAN)):
        raise PermissionDenied


def _eligible_member(person: User, service: Service) -> bool:
    return person.is_active and person.service_id == service.pk and not person.is_staff_member


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
        "group_name": shorten(meeting.group.name, CONTEXT_TEXT_LIMIT),
        "when": uk_datetime(meeting.starts_at, now=now, tz=zone),
        "time": uk_time(meeting.starts_at, tz=zone),
        "place": shorten(meeting.place_label() or _("to be confirmed"), CONTEXT_TEXT_LIMIT),
        "online": meeting.mode == MeetingMode.ONLINE,
        "meeting_url": _meeting_url(meeting),
    }


def _poll_context(poll: Poll, now: datetime.datetime) -> dict:
    group = poll.group
    return {
        "group_id": group.pk,
        "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
        "title": shorten(poll.title, CONTEXT_TEXT_LIMIT),
        "deadline": uk_date(poll.deadline, now=now, tz=group.service.zone),
        "poll_url": _absolute(reverse("groups:poll_detail", args=[group.pk, poll.pk])),
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


def _cancel_topics(
    topics: Iterable[str], *, actor: User | None, reason: str, now: datetime.datetime
) -> int:
    return sum(
        notifications_cancel(topic=topic, actor=actor, reason=reason, now=now)
        for topic in sorted(set(topics))
    )


def _cancel_meeting_notifications(
    meeting: Meeting, *, actor: User | None, reason: str, now: datetime.datetime
) -> int:
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
