"""Every write in safeguarding: screening posts, raising alerts, the alert state machine,
member concerns and call back requests, escalation, the silence and rota sweepers, the
rota and policy, hiding posts. Each writes its audit row in the same transaction.

Rules (architecture.md, safeguarding.md):
- `<entity>_<verb>(*, actor, ..., now=None)`, keyword-only, `@transaction.atomic`;
- time is a parameter (`now`); everything stored in UTC; service hours in the service zone;
- messages are outbox rows (pmp_followon.notifications) created in the same transaction
  with an idempotency key per (alert, step, recipient); delivery is published on commit;
- every sweeper may run twice at once: rows are claimed (select_for_update skip_locked,
  conditional UPDATEs) and every trigger is backed by a unique key.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from groups.models import Group, Membership, MembershipStatus, Post
from pmp_followon.accounts.models import Service, User
from pmp_followon.notifications.services import notification_create, notifications_cancel

from . import hours, selectors
from .models import (
    ACTIVE_STATES,
    LEVEL_RANK,
    ROTA_CHAIN,
    Alert,
    AlertLevel,
    AlertNote,
    AlertOutcome,
    AlertSource,
    AlertState,
    AuditAction,
    AuditEvent,
    Concern,
    ContactAttempt,
    EscalationPhase,
    EscalationPolicy,
    PostScreening,
    RotaEntry,
    RotaGapWarning,
)
from .notification_kinds import ALERT_KIND, CALLBACK_KIND, ROTA_GAP_KIND
from .screening import Level, Screening, screen_text

logger = logging.getLogger(__name__)

# Staff are paged on every channel they can be reached on: a text wakes people, an email
# leaves a trail.
STAFF_ALERT_CHANNELS = ["email", "sms"]
# How far back the sweepers look (bounds their queries whatever the policy says).
SILENCE_SCAN_DAYS = 90
SCREENING_BACKLOG_LOOKBACK = datetime.timedelta(days=3)
SCREENING_BACKLOG_GRACE = datetime.timedelta(minutes=2)


class AlertAlreadyClaimed(ValidationError):
    """Someone else acknowledged the alert first."""


# --- audit ------------------------------------------------------------------------------
def audit_record(
    *,
    action: str,
    actor: User | None = None,
    service: Service | None = None,
    alert: Alert | None = None,
    post: Post | None = None,
    detail: dict | None = None,
    now: datetime.datetime | None = None,
) -> AuditEvent:
    """Append one audit event. Call it inside the transaction of the action it records."""
    if service is None and alert is not None:
        service = alert.service
    event = AuditEvent(
        action=action,
        actor=actor,
        service=service,
        alert=alert,
        post=post,
        detail=detail or {},
        created_at=now or timezone.now(),
    )
    event.full_clean(exclude=["actor", "service", "alert", "post"])
    event.save()
    return event


# --- policy -----------------------------------------------------------------------------
def _policy_for(service: Service) -> EscalationPolicy:
    policy, _created = EscalationPolicy.objects.get_or_create(service=service)
    return policy


def _frozen(alert: Alert, name: str):
    """A setting from the policy frozen on the alert; the model's default for a setting
    added after the alert was raised."""
    if name in alert.policy:
        return alert.policy[name]
    return EscalationPolicy._meta.get_field(name).get_default()


# --- raising alerts ---------------------------------------------------------------------
def _post_snapshot(post: Post) -> dict:
    return {
        "post_id": post.pk,
        "body": post.body,
        "created_at": post.created_at.isoformat(),
        "author_id": post.author_id,
        "author_name": post.author.display_name,
        "group_id": post.group_id,
        "group_name": post.group.name,
        "parent_id": post.parent_id,
    }


def _evidence_json(screening: Screening) -> list[dict]:
    return [
        {
            "start": cue.start,
            "end": cue.end,
            "text": cue.text,
            "rule": cue.rule,
            "category": cue.category,
            "level": str(cue.level),
            "context": cue.context,
        }
        for cue in screening.evidence
    ]


def _alert_open(
    *,
    service: Service,
    subject: User,
    level: str,
    source: str,
    dedupe_key: str,
    now: datetime.datetime,
    group: Group | None = None,
    post: Post | None = None,
    origin: Alert | None = None,
    raised_by: User | None = None,
    screening: Screening | None = None,
    snapshot: dict | None = None,
    evidence: list | None = None,
    callback_phone: str = "",
    callback_preferred_time: str = "",
    detail: dict | None = None,
) -> tuple[Alert, bool]:
    """Open an alert once per trigger: (alert, created). The policy in force is frozen
    onto it and its escalation starts (a high alert in hours pages the duty clinician in
    this same transaction)."""
    existing = Alert.objects.filter(dedupe_key=dedupe_key).first()
    if existing is not None:
        return existing, False
    policy = _policy_for(service)
    alert = Alert(
        service=service,
        group=group,
        subject=subject,
        post=post,
        origin=origin,
        level=level,
        source=source,
        state=AlertState.OPEN,
        screening_level=str(screening.level) if screening else "",
        library_version=screening.library_version if screening else "",
        snapshot=snapshot if snapshot is not None else (_post_snapshot(post) if post else {}),
        evidence=evidence if evidence is not None else (
            _evidence_json(screening) if screening else []
        ),
        policy=policy.as_snapshot(),
        dedupe_key=dedupe_key,
        raised_at=now,
        raised_by=raised_by,
        callback_phone=callback_phone,
        callback_preferred_time=callback_preferred_time,
    )
    alert.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            alert.save(force_insert=True)
    except IntegrityError:
        # Another transaction raised the same trigger first: theirs is the alert.
        existing = Alert.objects.filter(dedupe_key=dedupe_key).first()
        if existing is None:
            raise
        return existing, False
    audit_record(
        action=AuditAction.ALERT_RAISED,
        actor=raised_by,
        alert=alert,
        post=post,
        detail={"level": level, "source": source, **(detail or {})},
        now=now,
    )
    _escalation_start(alert, now)
    logger.info(
        "safeguarding alert %s raised: level=%s source=%s service=%s",
        alert.pk,
        level,
        source,
        service.pk,
    )
    return alert, True


def _alert_raise_level(
    alert: Alert, *, level: str, now: datetime.datetime, actor: User | None, reason: str
) -> bool:
    """Raise an active alert's level (never lowers it); a new high alert pages at once."""
    if not alert.is_active or LEVEL_RANK[level] >= LEVEL_RANK[alert.level]:
        return False
    old = alert.level
    alert.level = level
    audit_record(
        action=AuditAction.ALERT_LEVEL_RAISED,
        actor=actor,
        alert=alert,
        detail={"from": old, "to": level, "reason": reason},
        now=now,
    )
    if alert.state == AlertState.OPEN:
        alert.escalation_step = 0
        _escalation_start(alert, now)
    elif alert.state == AlertState.ACKNOWLEDGED:
        # The tighter deadline of the new level applies from now.
        deadline = _action_deadline(alert, now)
        if alert.escalate_after is None or deadline < alert.escalate_after:
            alert.escalate_after = deadline
        alert.save(update_fields=["level", "escalate_after"])
    else:
        alert.save(update_fields=["level"])
    return True


# --- screening posts --------------------------------------------------------------------
def _body_sha256(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@transaction.atomic
def post_screen(*, post: Post, now: datetime.datetime | None = None) -> Screening:
    """Screen a saved post; a medium or high result raises an alert in this transaction.

    The one narrow call groups.services.post_create makes (inside its transaction, after
    the post is saved); it returns the Screening so the view can show the crisis panel in
    the same response (safeguarding.md rule 6). Call it again when a post's text changes.

    It never fails the post: if recording the result or raising the alert fails, the error
    is logged and audited, the post keeps no screening row, and `posts_screen_missed` (beat,
    every few minutes) screens it again. The caller still gets the level, so the person
    still sees the crisis panel.
    """
    now = now or timezone.now()
    screening = screen_text(post.body)
    try:
        with transaction.atomic():
            _post_screening_record(post=post, screening=screening, now=now)
    except Exception as exc:  # noqa: BLE001 - never lose the post; the sweeper retries
        logger.exception("safeguarding: screening post %s could not be recorded", post.pk)
        audit_record(
            action=AuditAction.SCREENING_FAILED,
            service=post.group.service,
            post=post,
            detail={"level": str(screening.level), "error": exc.__class__.__name__},
            now=now,
        )
    return screening


def _post_screening_record(*, post: Post, screening: Screening, now: datetime.datetime) -> None:
    digest = _body_sha256(post.body)
    if PostScreening.objects.filter(post=post, body_sha256=digest).exists():
        return
    PostScreening.objects.create(
        post=post,
        body_sha256=digest,
        level=str(screening.level),
        evidence=_evidence_json(screening),
        library_version=screening.library_version,
        screened_at=now,
    )
    if screening.level == Level.NONE:
        return
    level = AlertLevel.HIGH if screening.level == Level.HIGH else AlertLevel.MEDIUM
    key = f"post:{post.pk}:screening"
    existing = Alert.objects.select_for_update().filter(dedupe_key=key).first()
    if existing is not None:
        # The text changed (an edit) and reads worse than before.
        _alert_raise_level(existing, level=level, now=now, actor=None, reason="post edited")
        return
    source = AlertSource.SCREENING
    detail: dict = {}
    if level == AlertLevel.MEDIUM:
        earlier = _repeated_medium_earlier(subject=post.author, service=post.group.service, now=now)
        if earlier is not None:
            level, source = AlertLevel.HIGH, AlertSource.REPEATED_MEDIUM
            detail["earlier_alert_ids"] = earlier
    _alert_open(
        service=post.group.service,
        subject=post.author,
        group=post.group,
        post=post,
        level=level,
        source=source,
        dedupe_key=key,
        screening=screening,
        now=now,
        detail=detail,
    )


def _repeated_medium_earlier(
    *, subject: User, service: Service, now: datetime.datetime
) -> list[int] | None:
    """The earlier medium alerts that make this one the Nth in the window, or None.

    Fires once per window: not again while a repeated-medium alert for the same person
    is younger than the window. Alerts closed as false positives do not count.
    """
    policy = _policy_for(service)
    since = now - datetime.timedelta(days=policy.repeated_medium_days)
    recent = Alert.objects.filter(subject=subject, raised_at__gt=since, raised_at__lte=now)
    if recent.filter(source=AlertSource.REPEATED_MEDIUM).exists():
        return None
    earlier = list(
        recent.filter(
            screening_level=Level.MEDIUM,
            source__in=[AlertSource.SCREENING, AlertSource.REPEATED_MEDIUM],
        )
        .exclude(outcome=AlertOutcome.FALSE_POSITIVE)
        .order_by("raised_at")
        .values_list("pk", flat=True)
    )
    if len(earlier) + 1 >= policy.repeated_medium_count:
        return earlier
    return None


def posts_screen_missed(*, now: datetime.datetime | None = None, limit: int = 200) -> int:
    """Screen recent posts that have no screening row (post_screen failed, or a path that
    never called it). Returns how many were screened. Beat runs it every few minutes."""
    now = now or timezone.now()
    missed = list(
        Post.objects.filter(
            created_at__gte=now - SCREENING_BACKLOG_LOOKBACK,
            created_at__lte=now - SCREENING_BACKLOG_GRACE,
        )
        .exclude(Exists(PostScreening.objects.filter(post=OuterRef("pk"))))
        .select_related("group__service", "author")
        .order_by("created_at")[:limit]
    )
    screened = 0
    for post in missed:
        logger.warning("safeguarding: post %s had not been screened; screening it now", post.pk)
        try:
            post_screen(post=post, now=now)
        except Exception:  # noqa: BLE001 - one bad post must not stop the others; logged
            logger.exception("safeguarding: screening post %s failed again", post.pk)
            continue
        screened += 1
    return screened


# --- member concerns and call back requests ----------------------------------------------
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
    now = now or timezone.now()
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
    if post is not None:
        alert = active.filter(post=post).order_by("raised_at").first()
    else:
        alert = (
            active.filter(subject=subject, service=group.service)
            .exclude(source=AlertSource.CALLBACK)
            .order_by("raised_at")
            .first()
        )
    joined = alert is not None
    if alert is not None:
        _alert_raise_level(alert, level=level, now=now, actor=None, reason="member concern")
        if alert.state != AlertState.OPEN and alert.assigned_to_id:
            # Someone has the alert: tell them another member is worried.
            _send_step(alert, _Step("update", (alert.assigned_to,), 0), now)
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
            now=now,
        )
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
    now = now or timezone.now()
    if actor.service_id is None or actor.is_staff_member:
        raise PermissionDenied
    if group is not None and _current_membership(actor, group) is None:
        raise PermissionDenied
    User.objects.select_for_update().filter(pk=actor.pk).first()
    if Alert.objects.filter(
        subject=actor, source=AlertSource.CALLBACK, state__in=ACTIVE_STATES
    ).exists():
        raise ValidationError(
            _("You have already asked for a call back. The team will call you.")
        )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tell us briefly what you would like to talk about.")})
    phone = (phone or str(actor.mobile or "")).strip()
    if not phone:
        raise ValidationError({"phone": _("Give a phone number we can call you on.")})
    alert, _created = _alert_open(
        service=actor.service,
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
    audit_record(
        action=AuditAction.CALLBACK_REQUESTED, actor=actor, alert=alert, now=now
    )
    return alert


@transaction.atomic
def alert_raise_by_staff(
    *,
    actor: User,
    subject: User,
    level: str,
    note: str,
    group: Group | None = None,
    now: datetime.datetime | None = None,
) -> Alert:
    """A reviewer raises an alert themselves (a phone call, a worry from a clinic)."""
    now = now or timezone.now()
    if not selectors.is_alert_reviewer(actor):
        raise PermissionDenied
    if subject.service_id != actor.service_id:
        raise PermissionDenied
    if group is not None and group.service_id != actor.service_id:
        raise PermissionDenied
    if level not in (AlertLevel.HIGH, AlertLevel.MEDIUM):
        raise ValidationError({"level": _("Choose high or medium.")})
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": _("Say why you are raising this alert.")})
    alert, _created = _alert_open(
        service=actor.service,
        subject=subject,
        group=group,
        level=level,
        source=AlertSource.STAFF,
        dedupe_key=f"staff:{uuid.uuid4().hex}",
        snapshot={"note": note[:2000]},
        raised_by=actor,
        now=now,
    )
    return alert


# --- the alert state machine ------------------------------------------------------------
def _lock_alert(alert: Alert) -> Alert:
    return Alert.objects.select_for_update().select_related("service").get(pk=alert.pk)


def _check_reviewer(actor: User, alert: Alert) -> None:
    if not selectors.can_review_service(actor, alert.service_id):
        raise PermissionDenied


def _action_deadline(alert: Alert, now: datetime.datetime) -> datetime.datetime:
    """When an acknowledged alert with no action escalates again."""
    if alert.level == AlertLevel.HIGH:
        return now + datetime.timedelta(minutes=_frozen(alert, "high_action_minutes"))
    hours_allowed = (
        _frozen(alert, "medium_action_service_hours")
        if alert.level == AlertLevel.MEDIUM
        else _frozen(alert, "callback_service_hours")
    )
    return hours.add_service_hours(alert.service, now, hours_allowed)


def _topic(alert: Alert) -> str:
    return f"safeguarding.alert:{alert.pk}"


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
    now = now or timezone.now()
    _check_reviewer(actor, alert)
    if not _claim(alert, actor, now):
        alert.refresh_from_db()
        who = alert.assigned_to.display_name if alert.assigned_to else _("someone else")
        raise AlertAlreadyClaimed(
            _("%(who)s has already acknowledged this alert.") % {"who": who}
        )
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
    now = now or timezone.now()
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
    now = now or timezone.now()
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
    now = now or timezone.now()
    _check_reviewer(actor, alert)
    alert = _lock_alert(alert)
    if not alert.can_transition(AlertState.RESOLVED):
        raise ValidationError(_("This alert is already closed."))
    if outcome not in AlertOutcome.values:
        raise ValidationError({"outcome": _("Choose an outcome.")})
    if outcome == AlertOutcome.OTHER and not note.strip():
        raise ValidationError({"note": _("Say what happened.")})
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
    _cancel_pending_messages(alert, actor, "Resolved", now)
    return alert


@transaction.atomic
def alert_dismiss(
    *, actor: User, alert: Alert, reason: str, now: datetime.datetime | None = None
) -> Alert:
    """Dismiss as a false positive, with the reason (it feeds the false-positive report)."""
    now = now or timezone.now()
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
    _cancel_pending_messages(alert, actor, "Dismissed", now)
    return alert


@transaction.atomic
def post_hide(
    *, actor: User, alert: Alert, post: Post, reason: str, now: datetime.datetime | None = None
) -> Post:
    """Hide a post that describes methods (rule 13). Only the alert's post or one in its
    thread; the author still sees it, with a note (the groups views show it)."""
    now = now or timezone.now()
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
    """Every look at an alert (and the posts shown around it) is recorded."""
    return audit_record(
        action=AuditAction.ALERT_VIEWED,
        actor=actor,
        alert=alert,
        post=alert.post,
        detail={"context_post_ids": sorted(context_post_ids)},
        now=now,
    )


@transaction.atomic
def page_view_record(
    *, actor: User, action: str, detail: dict | None = None, now=None
) -> AuditEvent:
    """A look at the queue or the reports (names of members, numbers)."""
    return audit_record(action=action, actor=actor, service=actor.service, detail=detail, now=now)


# --- escalation ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Step:
    label: str
    people: tuple[User, ...]
    steps_used: int  # how far along the chain this moved


def _escalation_start(alert: Alert, now: datetime.datetime) -> None:
    """Set the first escalation point of a newly opened (or newly high) alert."""
    alert.escalation_phase = EscalationPhase.ACKNOWLEDGE
    if alert.level == AlertLevel.HIGH:
        _escalate(alert, now)  # pages now, or waits for opening time
    else:
        allowed = (
            _frozen(alert, "medium_ack_service_hours")
            if alert.level == AlertLevel.MEDIUM
            else _frozen(alert, "callback_service_hours")
        )
        alert.escalate_after = hours.add_service_hours(alert.service, now, allowed)
    alert.save()


def _active_users(ids: Iterable[int | None]) -> list[User]:
    wanted = [pk for pk in ids if pk]
    if not wanted:
        return []
    found = {u.pk: u for u in User.objects.filter(pk__in=wanted, is_active=True)}
    return [found[pk] for pk in wanted if pk in found]


def _position_people(alert: Alert, position: str, now: datetime.datetime) -> list[User]:
    day = now.astimezone(alert.service.zone).date()
    on_duty = selectors.rota_on_duty(service=alert.service, day=day)
    entry = on_duty.get(position)
    people = _active_users([entry.person_id] if entry else [])
    if position == ROTA_CHAIN[2]:
        if not people:
            people = list(
                User.objects.filter(
                    service=alert.service, is_clinical_lead=True, is_active=True
                ).order_by("pk")
            )
        people += _active_users([alert.policy.get("service_manager_id")])
    return people


def _chain_step(alert: Alert, now: datetime.datetime) -> _Step:
    """The next people in the chain (duty, backup, lead and manager, then round again),
    skipping empty positions so that a rota gap never means nobody is told."""
    for offset in range(len(ROTA_CHAIN)):
        position = ROTA_CHAIN[(alert.escalation_step + offset) % len(ROTA_CHAIN)]
        people = _position_people(alert, position, now)
        if people:
            return _Step(label=str(position), people=tuple(people), steps_used=offset + 1)
    everyone = selectors.service_reviewers(service=alert.service)
    if not everyone:
        logger.error(
            "safeguarding alert %s: service %s has nobody who can review alerts",
            alert.pk,
            alert.service_id,
        )
    return _Step(label="everyone", people=tuple(everyone), steps_used=len(ROTA_CHAIN))


def _unique_people(people: Iterable[User]) -> list[User]:
    seen: set[int] = set()
    result = []
    for person in people:
        if person.pk not in seen:
            seen.add(person.pk)
            result.append(person)
    return result


def _send_step(alert: Alert, step: _Step, now: datetime.datetime) -> None:
    """Outbox rows for one escalation step: one idempotency key per (alert, step,
    recipient), so a double tick or a retried transaction sends nothing twice."""
    alert.escalation_seq += 1
    seq = alert.escalation_seq
    kind = CALLBACK_KIND if alert.level == AlertLevel.ROUTINE else ALERT_KIND
    path = reverse("safeguarding:alert_detail", args=[alert.pk])
    recipients = _unique_people(step.people)
    for person in recipients:
        key = f"safeguarding.alert:{alert.pk}:{seq}:{step.label}:{person.pk}"
        rows = notification_create(
            recipient=person,
            kind=kind,
            context={"alert_path": path},
            idempotency_key=key,
            topic=_topic(alert),
            channels=STAFF_ALERT_CHANNELS,
            now=now,
        )
        audit_record(
            action=AuditAction.NOTIFICATION_QUEUED,
            alert=alert,
            detail={
                "recipient_id": person.pk,
                "position": step.label,
                "kind": kind,
                "idempotency_key": key,
                "notification_ids": [r.pk for r in rows],
                "channels": [r.channel for r in rows],
            },
            now=now,
        )
    audit_record(
        action=AuditAction.ESCALATED,
        alert=alert,
        detail={
            "phase": alert.escalation_phase,
            "step": step.label,
            "sequence": seq,
            "round": alert.escalation_step // len(ROTA_CHAIN) + 1,
            "recipient_ids": [p.pk for p in recipients],
        },
        now=now,
    )
    alert.last_escalated_at = now


def _escalate(alert: Alert, now: datetime.datetime) -> None:
    """One escalation step for an alert that is due (the caller holds its row lock and
    saves it). Out of hours nothing is sent unless the service has an on-call person for
    high alerts; the alert waits for opening time and then starts with the duty clinician."""
    policy = alert.policy
    service = alert.service
    if alert.state == AlertState.OPEN:
        alert.escalation_phase = EscalationPhase.ACKNOWLEDGE
    elif alert.state == AlertState.ACKNOWLEDGED:
        alert.escalation_phase = EscalationPhase.ACTION
    else:
        alert.escalation_phase = EscalationPhase.NONE
        alert.escalate_after = None
        return
    acknowledging = alert.escalation_phase == EscalationPhase.ACKNOWLEDGE

    if not hours.is_open(service, now):
        on_call = _active_users([policy.get("on_call_id")])
        if alert.level == AlertLevel.HIGH and on_call:
            people = on_call + ([] if acknowledging else _active_users([alert.assigned_to_id]))
            _send_step(alert, _Step("on_call", tuple(people), 0), now)
            setting = "high_ack_minutes" if acknowledging else "high_action_minutes"
            minutes = _frozen(alert, setting)
            alert.escalate_after = now + datetime.timedelta(minutes=minutes)
            return
        opening = hours.next_opening(service, now)
        # The morning starts again with the day's duty clinician.
        if acknowledging and alert.escalation_step % len(ROTA_CHAIN):
            alert.escalation_step += len(ROTA_CHAIN) - alert.escalation_step % len(ROTA_CHAIN)
        alert.escalate_after = opening
        audit_record(
            action=AuditAction.ESCALATION_DEFERRED,
            alert=alert,
            detail={"until": opening.isoformat()},
            now=now,
        )
        return

    if acknowledging:
        step = _chain_step(alert, now)
        alert.escalation_step += step.steps_used
        _send_step(alert, step, now)
        if alert.level == AlertLevel.HIGH:
            minutes = _frozen(alert, "high_ack_minutes")
            alert.escalate_after = now + datetime.timedelta(minutes=minutes)
        elif alert.level == AlertLevel.MEDIUM:
            minutes = _frozen(alert, "medium_step_minutes")
            alert.escalate_after = now + datetime.timedelta(minutes=minutes)
        elif alert.escalation_step < len(ROTA_CHAIN):
            alert.escalate_after = hours.add_service_hours(
                service, now, _frozen(alert, "callback_service_hours")
            )
        else:
            # A call back request is chased once along the chain, then stays in the queue.
            alert.escalate_after = None
            alert.escalation_phase = EscalationPhase.NONE
        return

    # Acknowledged but nothing done: remind the reviewer and tell the lead level.
    lead = _position_people(alert, ROTA_CHAIN[2], now)
    people = _active_users([alert.assigned_to_id]) + lead
    _send_step(alert, _Step("action", tuple(people), 0), now)
    alert.escalate_after = _action_deadline(alert, now)


@transaction.atomic
def alert_escalate(*, alert_id: int, now: datetime.datetime | None = None) -> bool:
    """Run the escalation step of one due alert; False when it is not due or another
    sweeper holds it (SKIP LOCKED). The re-check inside the lock makes a double tick send
    nothing twice."""
    now = now or timezone.now()
    alert = (
        Alert.objects.select_for_update(skip_locked=True)
        .filter(pk=alert_id, escalate_after__lte=now, state__in=ACTIVE_STATES)
        .first()
    )
    if alert is None:
        return False
    _escalate(alert, now)
    alert.save()
    return True


def alerts_escalate_due(*, now: datetime.datetime | None = None, limit: int = 500) -> int:
    """The escalation sweeper (beat, every minute): every active alert whose escalation
    point has passed, highest level and oldest first, each in its own transaction so one
    failure cannot hold up the others. Returns how many were escalated."""
    now = now or timezone.now()
    due = list(
        selectors.alerts_due_for_escalation(now=now).values_list("pk", flat=True)[:limit]
    )
    done = 0
    for alert_id in due:
        try:
            done += alert_escalate(alert_id=alert_id, now=now)
        except Exception:  # noqa: BLE001 - one bad row must not stop the rest; logged loudly
            logger.exception("safeguarding: escalating alert %s failed", alert_id)
    return done


# --- silence after a worrying post ---------------------------------------------------------
@transaction.atomic
def alert_raise_for_silence(
    *, origin: Alert, now: datetime.datetime | None = None
) -> tuple[Alert, bool]:
    """A check-in alert: the member has been silent since a worrying post."""
    now = now or timezone.now()
    last_seen = selectors.member_last_activity(person=origin.subject)
    return _alert_open(
        service=origin.service,
        subject=origin.subject,
        group=origin.group,
        post=origin.post,
        origin=origin,
        level=AlertLevel.MEDIUM,
        source=AlertSource.SILENCE,
        dedupe_key=f"silence:{origin.pk}",
        snapshot=origin.snapshot,
        evidence=origin.evidence,
        now=now,
        detail={
            "origin_alert_id": origin.pk,
            "last_activity": last_seen.isoformat() if last_seen else None,
        },
    )


def alerts_raise_for_silence(*, now: datetime.datetime | None = None) -> int:
    """The silence sweeper (beat): a member whose medium or high post was followed by no
    post, meeting RSVP or sign-in for the policy's silence time gets a check-in alert, once
    per worrying post. Returns how many were raised."""
    now = now or timezone.now()
    raised = 0
    for origin in selectors.silence_candidates(now=now, scan_days=SILENCE_SCAN_DAYS):
        silence = datetime.timedelta(hours=_frozen(origin, "silence_hours"))
        lookback = datetime.timedelta(days=_frozen(origin, "silence_lookback_days"))
        posted_at = origin.post.created_at
        if not posted_at + silence <= now <= posted_at + silence + lookback:
            continue
        if selectors.member_active_since(person=origin.subject, since=now - silence):
            continue
        try:
            _alert, created = alert_raise_for_silence(origin=origin, now=now)
        except Exception:  # noqa: BLE001
            logger.exception("safeguarding: silence alert for alert %s failed", origin.pk)
            continue
        raised += created
    return raised


# --- rota, hours and policy (service admins) -----------------------------------------------
def _check_service_admin(actor: User, service: Service) -> None:
    if not selectors.is_service_admin_of(actor, service.pk):
        raise PermissionDenied


@transaction.atomic
def rota_entry_add(
    *,
    actor: User,
    service: Service,
    position: str,
    person: User,
    weekday: int | None = None,
    starts_on: datetime.date | None = None,
    ends_on: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> RotaEntry:
    now = now or timezone.now()
    _check_service_admin(actor, service)
    if person.service_id != service.pk or not person.is_active:
        raise ValidationError({"person": _("Choose someone in this service.")})
    if not selectors.is_alert_reviewer(person):
        raise ValidationError(
            {"person": _("Only safeguarding reviewers and clinical leads can be on the rota.")}
        )
    entry = RotaEntry(
        service=service,
        position=position,
        person=person,
        weekday=weekday,
        starts_on=starts_on,
        ends_on=ends_on,
        created_at=now,
        created_by=actor,
    )
    entry.full_clean(validate_unique=False, validate_constraints=False)
    same = RotaEntry.objects.select_for_update().filter(service=service, position=position)
    if weekday is not None and same.filter(weekday=weekday).exists():
        raise ValidationError(
            _("Someone already has this position on that day. Remove them first.")
        )
    if weekday is None and same.filter(
        weekday__isnull=True, starts_on__lte=ends_on, ends_on__gte=starts_on
    ).exists():
        raise ValidationError(_("These dates overlap cover already on the rota for this position."))
    entry.save()
    audit_record(
        action=AuditAction.ROTA_CHANGED,
        actor=actor,
        service=service,
        detail={"added": _rota_entry_dict(entry)},
        now=now,
    )
    return entry


def _rota_entry_dict(entry: RotaEntry) -> dict:
    return {
        "id": entry.pk,
        "position": entry.position,
        "person_id": entry.person_id,
        "weekday": entry.weekday,
        "starts_on": entry.starts_on.isoformat() if entry.starts_on else None,
        "ends_on": entry.ends_on.isoformat() if entry.ends_on else None,
    }


@transaction.atomic
def rota_entry_remove(
    *, actor: User, entry: RotaEntry, now: datetime.datetime | None = None
) -> None:
    now = now or timezone.now()
    _check_service_admin(actor, entry.service)
    removed = _rota_entry_dict(entry)
    entry.delete()
    audit_record(
        action=AuditAction.ROTA_CHANGED,
        actor=actor,
        service=entry.service,
        detail={"removed": removed},
        now=now,
    )


@transaction.atomic
def escalation_policy_update(
    *, actor: User, service: Service, values: dict, now: datetime.datetime | None = None
) -> EscalationPolicy:
    """Change the service's escalation times. Alerts already open keep the policy frozen
    on them; only new alerts use the new version."""
    now = now or timezone.now()
    _check_service_admin(actor, service)
    policy = EscalationPolicy.objects.select_for_update().filter(service=service).first()
    if policy is None:
        policy = _policy_for(service)
    before = policy.as_snapshot()
    allowed = set(EscalationPolicy.TIMING_FIELDS) | {"on_call", "service_manager"}
    for name, value in values.items():
        if name not in allowed:
            raise ValueError(f"{name} is not a policy setting")
        setattr(policy, name, value)
    for person in (policy.on_call, policy.service_manager):
        if person is not None and person.service_id != service.pk:
            raise ValidationError(_("Choose people in this service."))
    if policy.on_call is not None and not selectors.is_alert_reviewer(policy.on_call):
        raise ValidationError(
            {"on_call": _("The on-call person must be a safeguarding reviewer or clinical lead.")}
        )
    policy.version += 1
    policy.updated_at = now
    policy.updated_by = actor
    policy.full_clean()
    policy.save()
    after = policy.as_snapshot()
    audit_record(
        action=AuditAction.POLICY_CHANGED,
        actor=actor,
        service=service,
        detail={
            "changed": {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}
        },
        now=now,
    )
    return policy


@transaction.atomic
def service_hours_update(
    *,
    actor: User,
    service: Service,
    hours_open: datetime.time,
    hours_close: datetime.time,
    open_weekdays: str,
    now: datetime.datetime | None = None,
) -> Service:
    now = now or timezone.now()
    _check_service_admin(actor, service)
    service = Service.objects.select_for_update().get(pk=service.pk)
    before = {
        "hours_open": service.hours_open.isoformat(),
        "hours_close": service.hours_close.isoformat(),
        "open_weekdays": service.open_weekdays,
    }
    service.hours_open = hours_open
    service.hours_close = hours_close
    service.open_weekdays = open_weekdays
    if hours_close <= hours_open:
        raise ValidationError(
            {"hours_close": _("The closing time must be after the opening time.")}
        )
    service.full_clean()
    service.save(update_fields=["hours_open", "hours_close", "open_weekdays"])
    after = {
        "hours_open": service.hours_open.isoformat(),
        "hours_close": service.hours_close.isoformat(),
        "open_weekdays": service.open_weekdays,
    }
    audit_record(
        action=AuditAction.SERVICE_HOURS_CHANGED,
        actor=actor,
        service=service,
        detail={"before": before, "after": after},
        now=now,
    )
    return service


# --- rota gap warnings ---------------------------------------------------------------------
@transaction.atomic
def rota_gap_warn(
    *, service: Service, day: datetime.date, position: str, now: datetime.datetime | None = None
) -> bool:
    """Tell the service admins about one gap, once (a unique row claims it)."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            warning = RotaGapWarning.objects.create(
                service=service, day=day, position=position, warned_at=now
            )
    except IntegrityError:
        return False
    admins = selectors.service_admins(service=service) or selectors.service_reviewers(
        service=service, leads_only=True
    )
    path = reverse("safeguarding:rota")
    for admin in admins:
        notification_create(
            recipient=admin,
            kind=ROTA_GAP_KIND,
            context={"rota_path": path, "day": day.isoformat()},
            idempotency_key=f"safeguarding.rota_gap:{service.pk}:{day.isoformat()}:{position}:{admin.pk}",
            now=now,
        )
    audit_record(
        action=AuditAction.ROTA_GAP_WARNED,
        service=service,
        detail={
            "warning_id": warning.pk,
            "day": day.isoformat(),
            "position": position,
            "recipient_ids": [a.pk for a in admins],
        },
        now=now,
    )
    if not admins:
        logger.error("safeguarding: rota gap in service %s and nobody to tell", service.pk)
    return True


def rota_gaps_warn(*, now: datetime.datetime | None = None) -> int:
    """The rota gap sweeper (beat, hourly): every open day starting within each service's
    warning time (a day by default) with an empty position warns the service admins once."""
    now = now or timezone.now()
    warned = 0
    for service in Service.objects.select_related("escalation_policy").order_by("pk"):
        policy = getattr(service, "escalation_policy", None)
        ahead = policy.rota_gap_warning_hours if policy else 24
        for day, position in selectors.rota_gaps(
            service=service, start=now, end=now + datetime.timedelta(hours=ahead)
        ):
            warned += rota_gap_warn(service=service, day=day, position=position, now=now)
    return warned

