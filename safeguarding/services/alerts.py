"""The alert state machine (safeguarding.md rule 9): open -> acknowledged -> contacting ->
resolved or dismissed, notes, hiding a post, and the audit of every look at an alert."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from groups.models import Post
from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.services import notifications_cancel

from .. import selectors
from ..models import (
    Alert,
    AlertNote,
    AlertOutcome,
    AlertState,
    AuditAction,
    AuditEvent,
    ContactAttempt,
    EscalationPhase,
)
from ._common import _topic, logger
from .audit import audit_record
from .policy import _action_deadline
from .review import _offer_false_positive


class AlertAlreadyClaimed(ValidationError):
    """Someone else acknowledged the alert first."""


def _lock_alert(alert: Alert) -> Alert:
    return Alert.objects.select_for_update().select_related("service").get(pk=alert.pk)


def _check_reviewer(actor: User, alert: Alert) -> None:
    if not selectors.can_review_service(actor, alert.service_id):
        raise PermissionDenied


def _cancel_pending_messages(alert: Alert, actor: User, reason: str, now) -> None:
    """Pages not yet sent are moot once someone has the alert."""
    cancelled = notifications_cancel(topic=_topic(alert), actor=actor, reason=reason, now=now)
    if cancelled:
        logger.info("alert %s: %s unsent page(s) cancelled (%s)", alert.pk, cancelled, reason)


def _claim(alert: Alert, actor: User, now: datetime.datetime) -> bool:
    """open -> acknowledged by `actor`, as one conditional UPDATE: of two reviewers
    clicking at once, exactly one wins."""
    changed = Alert.objects.filter(pk=alert.pk, state=AlertState.OPEN).update(
        state=AlertState.ACKNOWLEDGED,
        assigned_to=actor,
        acknowledged_at=now,
        escalation_phase=EscalationPhase.ACTION,
        escalate_after=_action_deadline(alert, now),
    )
    if changed != 1:
        return False
    alert.refresh_from_db()
    assert alert.escalate_after is not None  # set by the update above
    audit_record(
        action=AuditAction.ALERT_ACKNOWLEDGED,
        actor=actor,
        alert=alert,
        detail={"escalate_after": alert.escalate_after.isoformat()},
        now=now,
    )
    _cancel_pending_messages(alert, actor, "Acknowledged", now)
    return True


@transaction.atomic
def alert_acknowledge(*, actor: User, alert: Alert, now: datetime.datetime | None = None) -> Alert:
    """Claim an open alert (one click). Raises AlertAlreadyClaimed when someone was first."""
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    if not _claim(alert, actor, now):
        alert.refresh_from_db()
        who = alert.assigned_to.display_name if alert.assigned_to else _("someone else")
        raise AlertAlreadyClaimed(_("%(who)s has already acknowledged this alert.") % {"who": who})
    return alert


def _ensure_acknowledged(alert: Alert, actor: User, now: datetime.datetime) -> Alert:
    """Acting on an open alert acknowledges it first, so the timeline and reports stay true."""
    if alert.state == AlertState.OPEN:
        _claim(alert, actor, now)
        alert = _lock_alert(alert)
    return alert


@transaction.atomic
def contact_attempt_record(
    *,
    actor: User,
    alert: Alert,
    method: str,
    result: str,
    note: str = "",
    now: datetime.datetime | None = None,
) -> ContactAttempt:
    """Record a call, text or visit. The alert moves to "contacting" and stops escalating."""
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    alert = _lock_alert(alert)
    if not alert.is_active:
        raise ValidationError(_("This alert is closed."))
    alert = _ensure_acknowledged(alert, actor, now)
    attempt = ContactAttempt(
        alert=alert, made_by=actor, method=method, result=result, note=note.strip(), made_at=now
    )
    attempt.full_clean()
    attempt.save()
    if alert.state == AlertState.ACKNOWLEDGED:
        alert.state = AlertState.CONTACTING
        alert.contacting_at = now
        alert.escalate_after = None
        alert.escalation_phase = EscalationPhase.NONE
        alert.save(update_fields=["state", "contacting_at", "escalate_after", "escalation_phase"])
    audit_record(
        action=AuditAction.CONTACT_ATTEMPTED,
        actor=actor,
        alert=alert,
        detail={"contact_attempt_id": attempt.pk, "method": method, "result": result},
        now=now,
    )
    return attempt


@transaction.atomic
def alert_note_add(
    *, actor: User, alert: Alert, text: str, now: datetime.datetime | None = None
) -> AlertNote:
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    note = AlertNote(alert=alert, author=actor, text=(text or "").strip(), created_at=now)
    note.full_clean()
    note.save()
    audit_record(
        action=AuditAction.NOTE_ADDED,
        actor=actor,
        alert=alert,
        detail={"note_id": note.pk},
        now=now,
    )
    return note


def _close(alert: Alert, actor: User, now: datetime.datetime, **fields) -> Alert:
    alert.closed_at = now
    alert.closed_by = actor
    alert.escalate_after = None
    alert.escalation_phase = EscalationPhase.NONE
    for name, value in fields.items():
        setattr(alert, name, value)
    alert.full_clean(validate_unique=False)
    alert.save()
    return alert


@transaction.atomic
def alert_resolve(
    *,
    actor: User,
    alert: Alert,
    outcome: str,
    note: str = "",
    now: datetime.datetime | None = None,
) -> Alert:
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    alert = _lock_alert(alert)
    if not alert.can_transition(AlertState.RESOLVED):
        raise ValidationError(_("This alert is already closed."))
    if outcome not in AlertOutcome.values:
        raise ValidationError({"outcome": _("Choose an outcome.")})
    if outcome == AlertOutcome.OTHER and not note.strip():
        raise ValidationError({"note": _("Say what happened.")})
    if outcome == AlertOutcome.CONTACTED_SAFE and not alert.contact_attempts.exists():
        raise ValidationError(
            {"outcome": _("Record the contact attempt first, then resolve as contacted and safe.")}
        )
    alert = _ensure_acknowledged(alert, actor, now)
    old_state = alert.state
    alert = _close(
        alert, actor, now, state=AlertState.RESOLVED, outcome=outcome, outcome_note=note.strip()
    )
    audit_record(
        action=AuditAction.ALERT_RESOLVED,
        actor=actor,
        alert=alert,
        detail={"from": old_state, "outcome": outcome},
        now=now,
    )
    if outcome == AlertOutcome.FALSE_POSITIVE:
        _offer_false_positive(alert, now)
    _cancel_pending_messages(alert, actor, "Resolved", now)
    return alert


@transaction.atomic
def alert_dismiss(
    *, actor: User, alert: Alert, reason: str, now: datetime.datetime | None = None
) -> Alert:
    """Dismiss as a false positive, with the reason (it feeds the false-positive report)."""
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    alert = _lock_alert(alert)
    if not alert.can_transition(AlertState.DISMISSED):
        raise ValidationError(_("This alert is already closed."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why this is a false positive.")})
    alert = _ensure_acknowledged(alert, actor, now)
    old_state = alert.state
    alert = _close(
        alert,
        actor,
        now,
        state=AlertState.DISMISSED,
        outcome=AlertOutcome.FALSE_POSITIVE,
        dismiss_reason=reason,
    )
    audit_record(
        action=AuditAction.ALERT_DISMISSED,
        actor=actor,
        alert=alert,
        detail={"from": old_state},
        now=now,
    )
    _offer_false_positive(alert, now)
    _cancel_pending_messages(alert, actor, "Dismissed", now)
    return alert


@transaction.atomic
def post_hide(
    *, actor: User, alert: Alert, post: Post, reason: str, now: datetime.datetime | None = None
) -> Post:
    """Hide a post that describes methods (rule 13). Only the alert's post or one in its
    thread; the author still sees it, with a note (the groups views show it)."""
    now = now_or_current(now)
    _check_reviewer(actor, alert)
    if alert.post_id is None or post.pk not in selectors.alert_thread_post_ids(alert=alert):
        raise PermissionDenied
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the post is hidden.")})
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.hidden_at is not None:
        raise ValidationError(_("This post is already hidden."))
    post.hidden_at = now
    post.hidden_reason = reason[:300]
    post.full_clean()
    post.save(update_fields=["hidden_at", "hidden_reason"])
    audit_record(
        action=AuditAction.POST_HIDDEN,
        actor=actor,
        alert=alert,
        post=post,
        detail={"reason": post.hidden_reason},
        now=now,
    )
    return post


@transaction.atomic
def alert_view_record(
    *,
    actor: User,
    alert: Alert,
    context_post_ids: Iterable[int] = (),
    now: datetime.datetime | None = None,
) -> AuditEvent:
    """Every look at an alert (and the posts shown around it) is recorded, once per person
    per VIEW_WINDOW: a reload of the same page by the same person, showing the same posts,
    within the window is the look already on the record (the page must not grow as it is
    read). Returns the event that records the look."""
    current = now_or_current(now)
    shown = sorted(context_post_ids)
    recent = (
        AuditEvent.objects.filter(
            alert=alert,
            action=AuditAction.ALERT_VIEWED,
            actor=actor,
            created_at__gt=current - selectors.VIEW_WINDOW,
            created_at__lte=current,
        )
        .order_by("-created_at", "-pk")
        .first()
    )
    if recent is not None and recent.detail.get("context_post_ids") == shown:
        return recent
    return audit_record(
        action=AuditAction.ALERT_VIEWED,
        actor=actor,
        alert=alert,
        post=alert.post,
        detail={"context_post_ids": shown},
        now=current,
    )


@transaction.atomic
def page_view_record(
    *,
    actor: User,
    action: str,
    detail: dict | None = None,
    once_within: datetime.timedelta | None = None,
    now=None,
) -> AuditEvent:
    """A look at the queue or the reports (names of members, numbers). With `once_within`,
    the same look (same person, page and detail) within that time is the one on record."""
    if once_within is not None:
        current = now_or_current(now)
        recent = (
            AuditEvent.objects.filter(
                action=action,
                actor=actor,
                service=actor.service,
                created_at__gt=current - once_within,
                created_at__lte=current,
            )
            .order_by("-created_at", "-pk")
            .first()
        )
        if recent is not None and recent.detail == (detail or {}):
            return recent
        now = current
    return audit_record(action=action, actor=actor, service=actor.service, detail=detail, now=now)
