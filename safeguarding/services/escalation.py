"""Escalation (safeguarding.md rule 10): who is paged at each step (duty, backup, lead and
manager, then round again; an on-call person out of hours), the outbox rows for a step, and
the one-minute sweeper. Every step is idempotent per (alert, step, recipient)."""

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
    EscalationPhase,
)
from ..notification_kinds import ALERT_KIND, CALLBACK_KIND
from ._common import _topic, logger
from .audit import audit_record
from .policy import _action_deadline, _frozen

# Staff are paged on every channel they can be reached on: a text wakes people, an email
# leaves a trail.
STAFF_ALERT_CHANNELS = ["email", "sms"]


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
    now = now_or_current(now)
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
    now = now_or_current(now)
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
