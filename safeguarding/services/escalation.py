"""Escalation (safeguarding.md rule 10): who is paged at each step (duty, backup, lead and
manager, then round again; an on-call person out of hours), the outbox rows for a step, and
the one-minute sweeper. Every step is idempotent per (alert, step, recipient).

Two things make the sweeper keep its promises (issue 13):
- a deadline within DEADLINE_TOLERANCE of the tick counts as due, so a step fires on the
  tick at or just before its deadline, never one tick late (beat's `now` can arrive a few
  milliseconds before a deadline set to "this tick + interval");
- when every channel of every page of the last step has failed (the outbox gave up on the
  SMS and the email), the alert moves on at once to the next person, says why in the audit
  and the timeline, and tells the service admins that a page failed.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current
from pmp_followon.notifications.services import notification_create

from .. import hours, selectors
from ..models import (
    ACTIVE_STATES,
    ROTA_CHAIN,
    Alert,
    AlertLevel,
    AlertState,
    AuditAction,
    AuditEvent,
    EscalationPhase,
)
from ..notification_kinds import ALERT_KIND, CALLBACK_KIND, PAGE_FAILED_KIND
from ..selectors.delivery import page_key, page_outcomes
from ._common import _topic, logger
from .audit import audit_record
from .policy import _action_deadline, _frozen

# Staff are paged on every channel they can be reached on: a text wakes people, an email
# leaves a trail.
STAFF_ALERT_CHANNELS = ["email", "sms"]

# Below the sweeper's tick (one minute) and above beat's jitter: a step whose deadline is
# this close is taken on this tick rather than the next one.
DEADLINE_TOLERANCE = datetime.timedelta(seconds=5)
# How far back each tick looks for failed pages.
FAILED_PAGE_LOOKBACK = datetime.timedelta(hours=2)
# The chain steps a failed page may move on from (not "on_call", "action" or "update").
_CHAIN_LABELS = frozenset([str(p) for p in ROTA_CHAIN] + ["everyone"])
# Why a step was taken, in the audit (ESCALATED detail "reason") and the page's context.
REASON_DEADLINE = "deadline"
REASON_PAGE_FAILED = "page_failed"


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


def _send_step(
    alert: Alert, step: _Step, now: datetime.datetime, *, reason: str = REASON_DEADLINE
) -> None:
    """Outbox rows for one escalation step: one idempotency key per (alert, step,
    recipient), so a double tick or a retried transaction sends nothing twice."""
    alert.escalation_seq += 1
    seq = alert.escalation_seq
    kind = CALLBACK_KIND if alert.level == AlertLevel.ROUTINE else ALERT_KIND
    path = reverse("safeguarding:alert_detail", args=[alert.pk])
    context: dict = {"alert_path": path}
    if reason == REASON_PAGE_FAILED:
        context["after_failed_page"] = 1  # the page says the last person could not be reached
    recipients = _unique_people(step.people)
    for person in recipients:
        key = page_key(alert_id=alert.pk, sequence=seq, step=step.label, person_id=person.pk)
        rows = notification_create(
            recipient=person,
            kind=kind,
            context=context,
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
            "reason": reason,
        },
        now=now,
    )
    alert.last_escalated_at = now


def _escalate(
    alert: Alert,
    now: datetime.datetime,
    *,
    anchor: datetime.datetime | None = None,
    reason: str = REASON_DEADLINE,
) -> None:
    """One escalation step for an alert that is due (the caller holds its row lock and
    saves it). Out of hours nothing is sent unless the service has an on-call person for
    high alerts; the alert waits for opening time and then starts with the duty clinician.

    `anchor` is the moment the next deadline counts from: the deadline this step was due
    at when a tick takes it a little early (DEADLINE_TOLERANCE), so steps do not drift;
    `now` otherwise."""
    anchor = max(anchor, now) if anchor is not None else now
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
            _send_step(alert, _Step("on_call", tuple(people), 0), now, reason=reason)
            setting = "high_ack_minutes" if acknowledging else "high_action_minutes"
            minutes = _frozen(alert, setting)
            alert.escalate_after = anchor + datetime.timedelta(minutes=minutes)
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
        _send_step(alert, step, now, reason=reason)
        if alert.level == AlertLevel.HIGH:
            minutes = _frozen(alert, "high_ack_minutes")
            alert.escalate_after = anchor + datetime.timedelta(minutes=minutes)
        elif alert.level == AlertLevel.MEDIUM:
            minutes = _frozen(alert, "medium_step_minutes")
            alert.escalate_after = anchor + datetime.timedelta(minutes=minutes)
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
    _send_step(alert, _Step("action", tuple(people), 0), now, reason=reason)
    alert.escalate_after = _action_deadline(alert, anchor)


@transaction.atomic
def alert_escalate(*, alert_id: int, now: datetime.datetime | None = None) -> bool:
    """Run the escalation step of one due alert; False when it is not due or another
    sweeper holds it (SKIP LOCKED). The re-check inside the lock makes a double tick send
    nothing twice."""
    now = now_or_current(now)
    alert = (
        Alert.objects.select_for_update(skip_locked=True)
        .filter(pk=alert_id, escalate_after__lte=now + DEADLINE_TOLERANCE)
        .filter(state__in=ACTIVE_STATES)
        .first()
    )
    if alert is None:
        return False
    _escalate(alert, now, anchor=alert.escalate_after)
    alert.save()
    return True


def alerts_escalate_due(*, now: datetime.datetime | None = None, limit: int = 500) -> int:
    """The escalation sweeper (beat, every minute): first every alert whose last pages all
    failed moves on to the next person (`alerts_move_on_failed_pages`), then every active
    alert whose escalation point has passed (or is within DEADLINE_TOLERANCE), highest
    level and oldest first, each in its own transaction so one failure cannot hold up the
    others. Returns how many steps were taken."""
    now = now_or_current(now)
    done = 0
    try:
        done += alerts_move_on_failed_pages(now=now)
    except Exception:  # noqa: BLE001 - the deadline sweep below must still run; logged
        logger.exception("safeguarding: checking failed pages failed")
    due = list(
        selectors.alerts_due_for_escalation(now=now + DEADLINE_TOLERANCE).values_list(
            "pk", flat=True
        )[:limit]
    )
    for alert_id in due:
        try:
            done += alert_escalate(alert_id=alert_id, now=now)
        except Exception:  # noqa: BLE001 - one bad row must not stop the rest; logged loudly
            logger.exception("safeguarding: escalating alert %s failed", alert_id)
    return done


# --- pages that could not be delivered (issue 13) -----------------------------------------
def _last_step_event(alert: Alert) -> AuditEvent | None:
    return (
        AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATED)
        .order_by("-created_at", "-pk")
        .first()
    )


def _early_moves_in_a_row(alert: Alert) -> int:
    """How many of the latest steps were taken because the page before failed."""
    count = 0
    events = AuditEvent.objects.filter(alert=alert, action=AuditAction.ESCALATED).order_by(
        "-created_at", "-pk"
    )
    for event in events[: len(ROTA_CHAIN) + 1]:
        if event.detail.get("reason") != REASON_PAGE_FAILED:
            break
        count += 1
    return count


def _tell_admins_page_failed(alert: Alert, sequence: int, now: datetime.datetime) -> list[int]:
    """A content-free message to the service admins (rule 11): a page could not be delivered;
    check the rota and the delivery problems. They may not be reviewers, so it links to
    the rota, not the alert."""
    admins = selectors.service_admins(service=alert.service)
    path = reverse("safeguarding:rota")
    for admin in admins:
        notification_create(
            recipient=admin,
            kind=PAGE_FAILED_KIND,
            context={"rota_path": path},
            idempotency_key=f"safeguarding.page_failed:{alert.pk}:{sequence}:{admin.pk}",
            topic=f"safeguarding.page_failed:{alert.pk}",
            channels=STAFF_ALERT_CHANNELS,
            now=now,
        )
    return [a.pk for a in admins]


@transaction.atomic
def alert_move_on_failed_page(*, alert_id: int, now: datetime.datetime | None = None) -> bool:
    """If every page of the alert's last step failed on every channel, record it (audit
    and timeline), tell the service admins, and page the next person in the chain at once.
    True when it moved on. Idempotent: the failure of one step is handled once (a
    PAGE_FAILED row per step's sequence), and the move happens under the row lock.

    It moves on only from a step of the rota chain while the alert waits to be acknowledged
    in service hours, and at most once round the chain in a row: when everybody is
    unreachable, the ordinary deadlines keep repeating the pages instead of a page a tick.
    """
    now = now_or_current(now)
    alert = (
        Alert.objects.select_for_update(skip_locked=True)
        .select_related("service")
        .filter(pk=alert_id, state__in=ACTIVE_STATES)
        .first()
    )
    if alert is None:
        return False
    event = _last_step_event(alert)
    if event is None or event.detail.get("sequence") != alert.escalation_seq:
        return False
    sequence = alert.escalation_seq
    if AuditEvent.objects.filter(
        alert=alert, action=AuditAction.PAGE_FAILED, detail__sequence=sequence
    ).exists():
        return False
    person_ids = [pk for pk in event.detail.get("recipient_ids", []) if pk]
    step_label = event.detail.get("step", "")
    outcomes = page_outcomes(
        alert_id=alert.pk, sequence=sequence, step=step_label, person_ids=person_ids
    )
    if not outcomes or not all(o.failed for o in outcomes):
        return False
    can_move = (
        alert.state == AlertState.OPEN
        and step_label in _CHAIN_LABELS
        and hours.is_open(alert.service, now)
        and _early_moves_in_a_row(alert) < len(ROTA_CHAIN) - 1
    )
    admin_ids = _tell_admins_page_failed(alert, sequence, now)
    failed_at = max((o.failed_at for o in outcomes if o.failed_at), default=None)
    audit_record(
        action=AuditAction.PAGE_FAILED,
        alert=alert,
        detail={
            "sequence": sequence,
            "step": step_label,
            "recipient_ids": person_ids,
            "channels": sorted({c for o in outcomes for c in o.channels}),
            "problems": sorted({p for o in outcomes for p in o.problems})[:5],
            "failed_at": failed_at.isoformat() if failed_at else "",
            "admins_told_ids": admin_ids,
            "moved_on": can_move,
        },
        now=now,
    )
    logger.error(
        "safeguarding alert %s: every page of step %s (%s) failed; %s",
        alert.pk,
        sequence,
        step_label,
        "paging the next person now" if can_move else "the admins are told",
    )
    if not can_move:
        return False
    _escalate(alert, now, reason=REASON_PAGE_FAILED)
    alert.save()
    return True


def alerts_move_on_failed_pages(*, now: datetime.datetime | None = None) -> int:
    """Part of every sweeper tick: alerts with a page that failed recently, each checked in
    its own transaction. Returns how many moved on to the next person."""
    now = now_or_current(now)
    moved = 0
    for alert_id in selectors.alert_ids_with_failed_pages(since=now - FAILED_PAGE_LOOKBACK):
        try:
            moved += alert_move_on_failed_page(alert_id=alert_id, now=now)
        except Exception:  # noqa: BLE001 - one bad row must not stop the rest; logged loudly
            logger.exception("safeguarding: moving alert %s on after a failed page", alert_id)
    return moved
