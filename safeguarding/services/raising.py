"""Raising alerts: open one alert per trigger with the policy frozen on it (a high alert in
hours pages at once), raise an active alert's level, and alerts staff raise themselves."""

from __future__ import annotations

import datetime
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from groups.models import Group, Post
from pmp_followon.accounts.models import Service, User
from pmp_followon.accounts.permissions import is_alert_reviewer
from pmp_followon.clock import now_or_current

from ..models import LEVEL_RANK, Alert, AlertLevel, AlertSource, AlertState, AuditAction
from ..responses import imminence_rank, kind_of
from ..screening import Screening
from ._common import logger
from .audit import audit_record
from .escalation import _escalation_start, _send_step, _Step
from .policy import _action_deadline, _policy_for


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
    kind: str = "",
) -> tuple[Alert, bool]:
    """Open an alert once per trigger: (alert, created). The policy in force is frozen
    onto it and its escalation starts (a high alert in hours pages the duty clinician in
    this same transaction)."""
    existing = Alert.objects.filter(dedupe_key=dedupe_key).first()
    if existing is not None:
        return existing, False
    policy = _policy_for(service)
    kind = kind_of(kind)
    if evidence is None:
        evidence = _evidence_json(screening) if screening else []
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
        evidence=evidence,
        kind=kind,
        imminence=imminence_rank(evidence, kind),
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
        detail={"level": level, "source": source, "kind": kind, **(detail or {})},
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
    alert: Alert,
    *,
    level: str,
    now: datetime.datetime,
    actor: User | None,
    reason: str,
    post: Post | None = None,
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
        post=post,
        detail={"from": old, "to": level, "reason": reason},
        now=now,
    )
    if alert.state == AlertState.OPEN:
        # The chain starts again with the duty clinician, paged now. When the chain had
        # already paged someone, its next step (backup or lead) never comes later than it
        # was due (decision 0013); before that, the deadline was for the page just sent.
        before = alert.escalate_after if alert.escalation_step > 0 else None
        alert.escalation_step = 0
        _escalation_start(alert, now)
        if before is not None and (alert.escalate_after is None or before < alert.escalate_after):
            alert.escalate_after = before
            alert.save(update_fields=["escalate_after"])
    elif alert.state == AlertState.ACKNOWLEDGED:
        # The tighter deadline of the new level applies from now.
        deadline = _action_deadline(alert, now)
        if alert.escalate_after is None or deadline < alert.escalate_after:
            alert.escalate_after = deadline
        alert.save(update_fields=["level", "escalate_after"])
    else:
        alert.save(update_fields=["level"])
    return True


# Why a level was raised (ALERT_LEVEL_RAISED detail "reason", shown on the timeline).
RAISED_BY_LATER_POST = "a later worrying post by the same member"
RAISED_BY_FLAG = "a member flagged the post"


def _waiting_alert_of(*, subject: User, group: Group) -> Alert | None:
    """The alert a member's next worrying post in `group` joins, locked, or None.

    Decision 0013: one waiting alert per member. "Waiting" is open, or acknowledged with no
    contact yet (a contacting or closed alert is not joined: the new post opens its own).
    The post joins, in this order: the member's waiting alert in the same group, whatever
    its level (so a second high post does not make a second queue row); else their
    earliest waiting medium alert anywhere in the service (decision 0012: it is raised to
    high). Call backs are never joined.

    The member's row is locked first (FOR NO KEY UPDATE, which a post's foreign key does
    not wait for), so two posts by the same member screened at once take turns: the second
    sees the alert the first opened instead of opening another."""
    User.objects.select_for_update(no_key=True).filter(pk=subject.pk).first()
    waiting = (
        Alert.objects.select_for_update()
        .filter(
            subject=subject,
            service_id=group.service_id,
            state__in=[AlertState.OPEN, AlertState.ACKNOWLEDGED],
        )
        .exclude(source=AlertSource.CALLBACK)
        .order_by("raised_at", "pk")
    )
    same_group = waiting.filter(group=group).first()
    if same_group is not None:
        return same_group
    return waiting.filter(level=AlertLevel.MEDIUM).first()


def _alert_add_later_post(
    alert: Alert,
    *,
    post: Post,
    screening: Screening,
    kind: str,
    now: datetime.datetime,
) -> None:
    """A later worrying post by the alert's member joins the alert instead of opening a
    second one (decisions 0012 and 0013): its text and evidence are kept on the alert with
    an ALERT_POST_ADDED audit row ("another post flagged", with its level).

    A medium alert goes to high with its own audit row and pages as a new high alert does
    (an open alert starts again with the duty clinician at once, its next step no later
    than before; an acknowledged one takes the high alert's action deadline). A high alert
    keeps its level and its clock: joining never resets or postpones the deadline. Either
    way the reviewer who acknowledged the alert is told (a content-free "update" page)."""
    evidence = _evidence_json(screening)
    later = list((alert.snapshot or {}).get("later_posts", []))
    later.append(
        {
            "post_id": post.pk,
            "body": post.body,
            "created_at": post.created_at.isoformat(),
            "group_name": post.group.name,
            "screening_level": str(screening.level),
            "kind": kind,
            "evidence": evidence,
        }
    )
    alert.snapshot = {**(alert.snapshot or {}), "later_posts": later}
    alert.imminence = min(alert.imminence, imminence_rank(evidence, kind))
    if kind and not alert.kind:
        alert.kind = kind
    alert.save(update_fields=["snapshot", "imminence", "kind"])
    audit_record(
        action=AuditAction.ALERT_POST_ADDED,
        alert=alert,
        post=post,
        detail={
            "screening_level": str(screening.level),
            "kind": kind,
            "alert_level": alert.level,
            "post_count": alert.post_count,
        },
        now=now,
    )
    was = alert.state
    _alert_raise_level(
        alert, level=AlertLevel.HIGH, now=now, actor=None, reason=RAISED_BY_LATER_POST, post=post
    )
    if was == AlertState.ACKNOWLEDGED and (assignee := alert.assigned_to) is not None:
        _send_step(alert, _Step("update", (assignee,), 0), now)
        alert.save(update_fields=["escalation_seq", "last_escalated_at"])


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
    now = now_or_current(now)
    if not is_alert_reviewer(actor):
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
    service = actor.service
    if service is None:  # a reviewer always belongs to a service
        raise PermissionDenied
    alert, _created = _alert_open(
        service=service,
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
