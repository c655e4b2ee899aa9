"""What the beat does for groups (every 15 minutes): the coordinators' prompts after a
meeting and for suggested meetings, the end of a PTV's support, dormant nudges, and
``groups_housekeeping`` which runs every sweep in order. Each is safe to run twice."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notifications_cancel
from pmp_followon.ui.dates import uk_date

from .. import notification_kinds as kinds
from .. import timing
from ..models import (
    CURRENT_STATUSES,
    PTV_SUPPORT_MEETINGS,
    Group,
    Meeting,
    MeetingStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
)
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _absolute,
    _active_coordinators,
    _audit,
    _coordinator_topic,
    _group_url,
    _meeting_context,
    _notify,
)
from .gatherings import gathering_reminders_send
from .membership import membership_pauses_end_due
from .polls import polls_close_due
from .reminders import (
    _member_reminders_cancel,
    meeting_reminders_ensure,
)
from .status import (
    _quiet_facts,
    _status_refresh,
)

ATTENDANCE_PROMPT_WINDOW = datetime.timedelta(days=3)

# A suggested meeting not confirmed by a day before is withdrawn (and the coordinator told).
PROPOSAL_WITHDRAW_BEFORE = datetime.timedelta(days=1)


def attendance_prompts_ensure(*, now: datetime.datetime | None = None) -> int:
    """The day after a meeting: ask the coordinators who came and when the next one is."""
    now = now_or_current(now)
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
                    reverse("groups:attendance", args=[meeting.group_id, meeting.pk])
                ),
                "has_next": has_next,
            }
            for membership in _active_coordinators(meeting.group):
                _notify(
                    recipient=membership.person,
                    kind=kinds.ATTENDANCE_PROMPT,
                    context=context,
                    key=f"groups.meeting:{meeting.pk}:{meeting.slot}:attendance:"
                    f"{membership.person_id}",
                    due_at=max(due, now),
                    topic=_coordinator_topic(meeting.pk),
                    now=now,
                )
                count += 1
    return count


def proposals_review(*, now: datetime.datetime | None = None) -> int:
    """Suggested meetings: two weeks ahead, ask the coordinators to confirm; a day ahead
    and still unconfirmed, withdraw it and say so. Nothing goes stale silently."""
    now = now_or_current(now)
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
                if (
                    Meeting.objects.filter(pk=meeting.pk, status=MeetingStatus.PROPOSED).update(
                        status=MeetingStatus.CANCELLED,
                        cancelled_at=now,
                        cancel_reason=_("Not confirmed in time"),
                    )
                    != 1
                ):
                    continue
                notifications_cancel(topic=_coordinator_topic(meeting.pk), reason="Lapsed", now=now)
                for membership in _active_coordinators(meeting.group):
                    _notify(
                        recipient=membership.person,
                        kind=kinds.PROPOSAL_LAPSED,
                        context=context,
                        key=f"groups.meeting:{meeting.pk}:lapsed:{membership.person_id}",
                        now=now,
                    )
                _audit(
                    group=meeting.group,
                    actor=None,
                    verb="suggested_meeting_lapsed",
                    now=now,
                    meeting=meeting.pk,
                )
                count += 1
            elif timing.confirm_prompt_due(meeting.starts_at, zone) <= now:
                for membership in _active_coordinators(meeting.group):
                    _notify(
                        recipient=membership.person,
                        kind=kinds.CONFIRM_PROMPT,
                        context=context,
                        key=f"groups.meeting:{meeting.pk}:{meeting.slot}:confirm:"
                        f"{membership.person_id}",
                        topic=_coordinator_topic(meeting.pk),
                        now=now,
                    )
                count += 1
    return count


def ptv_support_review(*, now: datetime.datetime | None = None) -> int:
    """A PTV supports a new group for its first three meetings, then the support ends
    automatically, with thanks."""
    now = now_or_current(now)
    count = 0
    for membership in Membership.objects.filter(
        role=MembershipRole.PTV_SUPPORTER, status__in=CURRENT_STATUSES
    ).select_related("group", "person"):
        held = [
            m
            for m in Meeting.objects.filter(
                group=membership.group,
                status=MeetingStatus.SCHEDULED,
                starts_at__gte=membership.joined_at - datetime.timedelta(days=1),
                starts_at__lte=now,
            ).order_by("starts_at")[:PTV_SUPPORT_MEETINGS]
            if m.has_ended(now)
        ]
        if len(held) < PTV_SUPPORT_MEETINGS:
            continue
        with transaction.atomic():
            if (
                Membership.objects.filter(pk=membership.pk, status__in=CURRENT_STATUSES).update(
                    status=MembershipStatus.ENDED, ended_at=now
                )
                != 1
            ):
                continue
            membership.status = MembershipStatus.ENDED
            _member_reminders_cancel(membership, actor=None, reason="Support period ended", now=now)
            _notify(
                recipient=membership.person,
                kind=kinds.PTV_THANKS,
                context={
                    "group_id": membership.group_id,
                    "group_name": shorten(membership.group.name, CONTEXT_TEXT_LIMIT),
                },
                key=f"groups.ptv_thanks:{membership.pk}",
                now=now,
            )
            _audit(
                group=membership.group,
                actor=None,
                verb="ptv_support_ended",
                now=now,
                person=membership.person_id,
            )
            count += 1
    return count


def groups_dormant_review(*, now: datetime.datetime | None = None) -> int:
    """Refresh each group's status. When its usual gap has passed with nothing planned, its
    coordinators get one gentle prompt per quiet spell; at twice the gap the group shows as
    dormant (fading) to its clinician."""
    now = now_or_current(now)
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
                "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
                "last_met": uk_date(last.starts_at, now=now, tz=group.service.zone) if last else "",
                "plan_url": _absolute(reverse("groups:meeting_create", args=[group.pk])),
                "poll_url": _absolute(reverse("groups:poll_create", args=[group.pk])),
            }
            for membership in _active_coordinators(group):
                _notify(
                    recipient=membership.person,
                    kind=kinds.DORMANT_NUDGE,
                    context=context,
                    key=f"groups.dormant:{group.pk}:{anchor}:{membership.person_id}",
                    now=now,
                )
                nudged += 1
    return nudged


def groups_housekeeping(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Everything the beat does for groups, in order. Each step is safe to run twice."""
    now = now_or_current(now)
    return {
        "pauses_ended": membership_pauses_end_due(now=now),
        "polls_closed": polls_close_due(now=now),
        "proposals": proposals_review(now=now),
        "reminders": meeting_reminders_ensure(now=now),
        "attendance_prompts": attendance_prompts_ensure(now=now),
        "ptv_support_ended": ptv_support_review(now=now),
        "dormant_nudges": groups_dormant_review(now=now),
        "gatherings_due": gathering_reminders_send(now=now),
    }
