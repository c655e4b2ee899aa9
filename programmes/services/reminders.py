"""Facilitator reminders for the handover steps, kept in step with the schedule (planned, moved,
cancelled)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.urls import reverse

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notification_create, notifications_cancel
from pmp_followon.ui.dates import uk_datetime

from .. import schedule, selectors
from ..handover import WHAT_TO_BRING
from ..models import (
    Discipline,
    Facilitator,
    HandoverStep,
    Programme,
    ProgrammeSettings,
    ProgrammeStatus,
)
from ..notification_kinds import HANDOVER_REMINDER, PTV_MISSING
from ._common import _division
from .settings import programme_settings_for


def _reminder_topic(step: HandoverStep, user: User | int) -> str:
    user_id = user if isinstance(user, int) else user.pk
    return f"programmes.step.{step.pk}.user.{user_id}"


def _ptv_missing_topic(step: HandoverStep) -> str:
    return f"programmes.step.{step.pk}.ptv_missing"


def _reminder_due_at(
    step: HandoverStep, programme: Programme, programme_settings: ProgrammeSettings
) -> datetime.datetime:
    return schedule.reminder_due_at(
        step.session.local_date(programme.zone),
        working_days=programme_settings.reminder_working_days,
        at=programme_settings.reminder_time,
        zone=programme.zone,
        division=_division(programme_settings),
    )


def _wants_reminders(step: HandoverStep, programme: Programme, now: datetime.datetime) -> bool:
    return (
        programme.status not in (ProgrammeStatus.CANCELLED, ProgrammeStatus.FINISHED)
        and not step.is_done
        and not step.session.has_started(now)
    )


def _reminder_context(
    step: HandoverStep, programme: Programme, facilitators: list[Facilitator], now
) -> dict:
    resources = selectors.resources_for_step(programme.service, step.kind)
    ptv_name = step.ptv.display_name if step.ptv is not None else ""
    return {
        "programme_id": programme.pk,
        "programme_name": shorten(programme.name),
        "step": step.kind,
        "step_label": step.get_kind_display(),
        "session_number": step.session.number,
        "session_count": programme.session_count,
        "when": uk_datetime(step.session.starts_at, now=now, tz=programme.zone),
        "venue": step.session.venue_or_default(),
        "ptv_name": ptv_name,
        "no_ptv": not ptv_name,
        "facilitators": shorten(", ".join(f.user.display_name for f in facilitators)),
        "what_to_bring": shorten(WHAT_TO_BRING[step.kind]),
        "resources": shorten("; ".join(r.title for r in resources)),
        "step_path": reverse("programmes:step", args=[programme.pk, step.kind]),
    }


def _reminder_create(
    step: HandoverStep,
    programme: Programme,
    programme_settings: ProgrammeSettings,
    facilitators: list[Facilitator],
    user: User,
    *,
    now: datetime.datetime,
) -> None:
    due_at = _reminder_due_at(step, programme, programme_settings)
    slot = f"{step.session.local_date(programme.zone).isoformat()}.v{step.reminder_version}"
    context = _reminder_context(step, programme, facilitators, now)
    context["is_clinician"] = any(f.user_id == user.pk and not f.is_ptv for f in facilitators)
    notification_create(
        recipient=user,
        kind=HANDOVER_REMINDER,
        context=context,
        idempotency_key=f"{HANDOVER_REMINDER}:{step.pk}:{user.pk}:{slot}",
        due_at=due_at if due_at > now else None,
        topic=_reminder_topic(step, user),
        now=now,
    )


def _reminders_replan(
    programme: Programme,
    steps: Iterable[HandoverStep],
    *,
    now: datetime.datetime,
    actor: User | None = None,
) -> None:
    """Cancel every unsent reminder for these steps and plan them again from scratch, under
    a new slot key, so a moved step is reminded about once, for its new date."""
    steps = list(steps)
    if not steps:
        return
    programme_settings = programme_settings_for(programme.service)
    facilitators = list(programme.facilitators.select_related("user"))
    for step in steps:
        step = HandoverStep.objects.select_related("session", "ptv").get(pk=step.pk)
        for facilitator in facilitators:
            notifications_cancel(
                topic=_reminder_topic(step, facilitator.user_id),
                actor=actor,
                reason="handover step changed",
                now=now,
            )
        step.reminder_version += 1
        step.save(update_fields=["reminder_version"])
        if _wants_reminders(step, programme, now):
            for facilitator in facilitators:
                _reminder_create(
                    step, programme, programme_settings, facilitators, facilitator.user, now=now
                )
        else:
            notifications_cancel(
                topic=_ptv_missing_topic(step),
                actor=actor,
                reason="handover step done or programme ended",
                now=now,
            )


def _reminders_refresh(
    programme: Programme,
    steps: Iterable[HandoverStep],
    *,
    now: datetime.datetime,
    added: User | None = None,
) -> None:
    """After a change of people (facilitators, PTV): reminders not yet due are planned again
    so they name the right people; once they are due, only a newly added facilitator gets
    one of their own, and nobody gets a second."""
    programme_settings = programme_settings_for(programme.service)
    not_yet_due, already_due = [], []
    for step in steps:
        step = HandoverStep.objects.select_related("session", "ptv").get(pk=step.pk)
        if not _wants_reminders(step, programme, now):
            continue
        if _reminder_due_at(step, programme, programme_settings) > now:
            not_yet_due.append(step)
        else:
            already_due.append(step)
    _reminders_replan(programme, not_yet_due, now=now)
    if added is not None and already_due:
        facilitators = list(programme.facilitators.select_related("user"))
        for step in already_due:
            _reminder_create(step, programme, programme_settings, facilitators, added, now=now)


def _ptv_missing_tell_clinicians(
    step: HandoverStep, *, now: datetime.datetime, because: str
) -> None:
    programme = step.programme
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    if not _wants_reminders(step, programme, now):
        return
    clinicians = programme.facilitators.exclude(discipline=Discipline.PTV).select_related("user")
    for facilitator in clinicians:
        notification_create(
            recipient=facilitator.user,
            kind=PTV_MISSING,
            context={
                "programme_id": programme.pk,
                "programme_name": shorten(programme.name),
                "step_label": step.get_kind_display(),
                "when": uk_datetime(step.session.starts_at, now=now, tz=programme.zone),
                "step_path": reverse("programmes:step", args=[programme.pk, step.kind]),
            },
            idempotency_key=f"{PTV_MISSING}:{step.pk}:{facilitator.user_id}:{because}",
            # Not the reminders' topic: re-planning reminders must never cancel this.
            topic=_ptv_missing_topic(step),
            now=now,
        )


def handover_reminders_ensure(*, now: datetime.datetime | None = None, days_ahead: int = 21) -> int:
    """Safety net run by beat: make sure every facilitator has their reminder for every step
    in the coming weeks. Idempotency keys make it harmless to run any number of times."""
    now = now_or_current(now)
    steps = (
        HandoverStep.objects.filter(
            completed_at__isnull=True,
            session__starts_at__gt=now,
            session__starts_at__lte=now + datetime.timedelta(days=days_ahead),
            programme__status__in=[ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING],
        )
        .select_related("programme__service", "session", "ptv")
        .order_by("pk")
    )
    count = 0
    for step in steps:
        programme = step.programme
        programme_settings = programme_settings_for(programme.service)
        facilitators = list(programme.facilitators.select_related("user"))
        with transaction.atomic():
            for facilitator in facilitators:
                _reminder_create(
                    step, programme, programme_settings, facilitators, facilitator.user, now=now
                )
                count += 1
    return count
