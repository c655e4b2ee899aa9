"""Member concerns (a flag on a post, a worry about another member) and call back requests.
They go to staff only, never to the person they are about."""

from __future__ import annotations

import datetime
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from groups.models import Group, Membership, MembershipStatus, Post
from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from ..models import (
    ACTIVE_STATES,
    Alert,
    AlertLevel,
    AlertSource,
    AlertState,
    AuditAction,
    AuditEvent,
    Concern,
    PostScreening,
    ReviewReason,
)
from .audit import audit_record
from .escalation import _send_step, _Step
from .policy import _policy_for
from .raising import RAISED_BY_FLAG, _alert_open, _alert_raise_level, _post_snapshot
from .review import _review_offer


def _active_alert_for_post(post: Post) -> Alert | None:
    """The active alert a post belongs to: raised for it, or one it joined as the member's
    later worrying post (an ALERT_POST_ADDED audit row names the post)."""
    active = Alert.objects.select_for_update().filter(state__in=ACTIVE_STATES)
    alert = active.filter(post=post).order_by("raised_at").first()
    if alert is not None:
        return alert
    joined = (
        AuditEvent.objects.filter(
            action=AuditAction.ALERT_POST_ADDED, post=post, alert__state__in=ACTIVE_STATES
        )
        .order_by("created_at")
        .values_list("alert_id", flat=True)
        .first()
    )
    return active.filter(pk=joined).first() if joined else None


def _current_membership(person: User, group: Group) -> Membership | None:
    return (
        Membership.objects.filter(
            group=group,
            person=person,
            status__in=[MembershipStatus.ACTIVE, MembershipStatus.PAUSED],
        )
        .select_related("group")
        .first()
    )


@transaction.atomic
def flag_raise(
    *,
    actor: User,
    group: Group,
    post: Post | None = None,
    subject_person: User | None = None,
    note: str = "",
    now: datetime.datetime | None = None,
) -> Concern:
    """A member's "I'm worried about this" on a post, or a concern about another member.

    Goes to staff only: nothing is ever sent to the person it is about. Rate limited per
    member (policy.flag_daily_limit a day) so it cannot be used to harass. A concern about
    a post or person that already has an active alert joins that alert (and may raise its
    level) rather than opening a second one.
    """
    now = now_or_current(now)
    if (post is None) == (subject_person is None):
        raise ValidationError(_("Choose a post or a member to raise a concern about."))
    if _current_membership(actor, group) is None:
        raise PermissionDenied
    if post is not None:
        if post.group_id != group.pk:
            raise ValidationError(_("That post is not in this group."))
        # One concern at a time per post: two members flagging together join one alert.
        post = Post.objects.select_for_update().select_related("author", "group").get(pk=post.pk)
        subject = post.author
    else:
        assert subject_person is not None  # exactly one of the two (checked above)
        subject = subject_person
        if subject.pk == actor.pk:
            raise ValidationError(
                _("To ask the pain service for help yourself, ask them to call you back.")
            )
        if not Membership.objects.filter(group=group, person=subject).exists():
            raise ValidationError(_("That person is not in this group."))
        User.objects.select_for_update().filter(pk=subject.pk).first()
    note = (note or "").strip()
    if len(note) > 1000:
        raise ValidationError({"note": _("Keep your note to 1000 characters or fewer.")})
    policy = _policy_for(group.service)
    today = Concern.objects.filter(
        raised_by=actor, created_at__gt=now - datetime.timedelta(days=1)
    ).count()
    if today >= policy.flag_daily_limit:
        raise ValidationError(
            _(
                "You have raised a lot of concerns today, so we cannot take another one now. "
                "If you think someone is in danger, call 999."
            )
        )
    level = policy.member_flag_level
    active = Alert.objects.select_for_update().filter(state__in=ACTIVE_STATES)
    reason = "member concern"
    if post is not None:
        alert = _active_alert_for_post(post)
        if alert is not None:
            # A member's flag on a post with an alert raises it to high (issue 12), whatever
            # level the service gives a flag on its own.
            level, reason = AlertLevel.HIGH, RAISED_BY_FLAG
    else:
        alert = (
            active.filter(subject=subject, service=group.service)
            .exclude(source=AlertSource.CALLBACK)
            .order_by("raised_at")
            .first()
        )
    joined = alert is not None
    if alert is not None:
        _alert_raise_level(alert, level=level, now=now, actor=None, reason=reason, post=post)
        if alert.state != AlertState.OPEN and (assignee := alert.assigned_to) is not None:
            # Someone has the alert: tell them another member is worried.
            _send_step(alert, _Step("update", (assignee,), 0), now)
            alert.save(update_fields=["escalation_seq", "last_escalated_at"])
    else:
        snapshot = (
            _post_snapshot(post)
            if post is not None
            else {"concern_about": subject.display_name, "group_name": group.name}
        )
        screening = PostScreening.objects.filter(post=post).order_by("-screened_at").first()
        alert, _created = _alert_open(
            service=group.service,
            subject=subject,
            group=group,
            post=post,
            level=level,
            source=AlertSource.MEMBER_FLAG,
            dedupe_key=f"concern:{uuid.uuid4().hex}",
            snapshot=snapshot,
            evidence=screening.evidence if screening else [],
            kind=screening.kind if screening else "",
            now=now,
        )
        if post is not None and screening is not None and screening.level == "none":
            # The screener let it through and a member caught it: the lead should see it.
            _review_offer(post=post, reason=ReviewReason.MISSED, alert=alert, now=now)
    concern = Concern(
        raised_by=actor,
        group=group,
        post=post,
        subject=subject,
        note=note,
        created_at=now,
        alert=alert,
    )
    concern.full_clean()
    concern.save()
    audit_record(
        action=AuditAction.CONCERN_RAISED,
        actor=actor,
        alert=alert,
        post=post,
        detail={"concern_id": concern.pk, "joined_existing_alert": joined},
        now=now,
    )
    return concern


@transaction.atomic
def callback_request(
    *,
    actor: User,
    reason: str,
    preferred_time: str,
    phone: str = "",
    group: Group | None = None,
    now: datetime.datetime | None = None,
) -> Alert:
    """A member asks the service to call them back: non-urgent, in the staff queue below
    every alert, with the same audit. One open request per member at a time."""
    now = now_or_current(now)
    if actor.service_id is None or actor.is_staff_member:
        raise PermissionDenied
    if group is not None and _current_membership(actor, group) is None:
        raise PermissionDenied
    User.objects.select_for_update().filter(pk=actor.pk).first()
    if Alert.objects.filter(
        subject=actor, source=AlertSource.CALLBACK, state__in=ACTIVE_STATES
    ).exists():
        raise ValidationError(_("You have already asked for a call back. The team will call you."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tell us briefly what you would like to talk about.")})
    phone = (phone or str(actor.mobile or "")).strip()
    if not phone:
        raise ValidationError({"phone": _("Give a phone number we can call you on.")})
    service = actor.service
    if service is None:  # a participant always belongs to a service
        raise PermissionDenied
    alert, _created = _alert_open(
        service=service,
        subject=actor,
        group=group,
        level=AlertLevel.ROUTINE,
        source=AlertSource.CALLBACK,
        dedupe_key=f"callback:{uuid.uuid4().hex}",
        snapshot={"reason": reason[:1000], "preferred_time": preferred_time},
        callback_phone=phone[:32],
        callback_preferred_time=preferred_time,
        raised_by=actor,
        now=now,
    )
    audit_record(action=AuditAction.CALLBACK_REQUESTED, actor=actor, alert=alert, now=now)
    return alert
