"""Reads for the notifications app, including who may see the delivery problems page."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Role
from pmp_followon.clock import now_or_current

from .models import CLAIMABLE_STATUSES, Channel, Heartbeat, Notification, Status


def heartbeat_age(*, name: str = "celery", now: datetime.datetime | None = None):
    """Seconds since the named heartbeat, or None when it has never beaten."""
    now = now_or_current(now)
    beat_at = Heartbeat.objects.filter(name=name).values_list("beat_at", flat=True).first()
    if beat_at is None:
        return None
    return (now - beat_at).total_seconds()


def can_operate_notifications(user) -> bool:
    """Service admins and clinical leads look after delivery for their service."""
    return bool(
        user.is_authenticated
        and (user.is_superuser or user.has_role(Role.SERVICE_ADMIN) or user.is_clinical_lead)
    )


def _check_operator(user) -> None:
    """404 for people who are not staff (the page does not exist for them), 403 for staff
    whose role does not include looking after delivery."""
    if not user.is_authenticated or not user.is_staff_member:
        raise Http404
    if not can_operate_notifications(user):
        raise PermissionDenied


def _problem_filter(now: datetime.datetime) -> Q:
    overdue = now - datetime.timedelta(minutes=settings.NOTIFICATION_STUCK_AFTER_MINUTES)
    return (
        Q(status=Status.FAILED)
        | Q(status=Status.SENDING, lease_expires_at__lte=now)
        | Q(status__in=CLAIMABLE_STATUSES, due_at__lte=overdue)
        | Q(status=Status.RETRYING, attempts__gte=3)
    )


def _visible_to(user) -> Q:
    if user.is_superuser:
        return Q()
    if user.service_id is None:
        return Q(pk__in=[])
    return Q(recipient__service_id=user.service_id)


# Rows a page of the problems page (issue 17).
PROBLEMS_PAGE_SIZE = 50


def notification_problems_for_user(
    *, user, now: datetime.datetime | None = None
) -> QuerySet[Notification]:
    """Failed and stuck messages to people in the user's service, crisis first, then the
    newest problem first; the caller pages it (PROBLEMS_PAGE_SIZE). Each arm of the filter
    has its own partial index."""
    _check_operator(user)
    now = now_or_current(now)
    return (
        Notification.objects.filter(_visible_to(user), _problem_filter(now))
        .select_related("recipient")
        # Crisis first ("crisis" sorts before "default"), then the most recent.
        .order_by("priority", "-due_at", "-pk")
    )


def get_notification_for_user(user, pk: int) -> Notification:
    """One outbox row for the problems page: 404 for rows outside the user's service. Every
    operator may also retry, so reading and writing need the same access."""
    _check_operator(user)
    row = Notification.objects.filter(_visible_to(user), pk=pk).select_related("recipient").first()
    if row is None:
        raise Http404
    return row


def every_channel_failed(*, base_key: str) -> bool:
    """Every row of one message to one person (the caller's idempotency key without the
    channel suffix) has failed: nobody will reach them this way. False when there are no
    rows or any is still queued, retrying, sending, sent or cancelled."""
    keys = [f"{base_key}:{channel}" for channel in Channel.values]
    statuses = set(
        Notification.objects.filter(idempotency_key__in=keys).values_list("status", flat=True)
    )
    return statuses == {Status.FAILED}


def describe_problem(row: Notification, now: datetime.datetime) -> str:
    """A plain-English line for the staff page."""
    if row.status == Status.FAILED:
        return row.problem or "It could not be sent."
    if row.status == Status.SENDING:
        return "Sending started but did not finish. It will be checked and tried again."
    if row.status == Status.RETRYING:
        detail = row.problem or "The last try did not work."
        return f"{detail} Tried {row.attempts} times so far."
    minutes = int((now - row.due_at).total_seconds() // 60)
    return f"Due {minutes} minutes ago and not sent yet. Sending may have stopped."
