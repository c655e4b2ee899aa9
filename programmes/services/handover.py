"""The three-week handover: the session checklist, the PTV for a step, the group's first meeting,
and pointing someone to another group."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notification_create, notifications_cancel

from .. import schedule, selectors
from ..handover import checklist_keys, first_meeting_window_warning
from ..models import (
    ChecklistTick,
    Discipline,
    Enrolment,
    FirstMeetingPlan,
    HandoverStep,
    ParticipantChoice,
    Programme,
    ProgrammeEvent,
    StepKind,
)
from ..notification_kinds import OTHER_GROUP
from ._common import _audit, _lock, _require
from .reminders import (
    _ptv_missing_tell_clinicians,
    _ptv_missing_topic,
    _reminders_refresh,
    _reminders_replan,
)
from .settings import programme_settings_for


@transaction.atomic
def handover_checklist_save(
    *,
    actor: User,
    step: HandoverStep,
    ticked: Iterable[str],
    notes: str = "",
    mark_done: bool = False,
    now: datetime.datetime | None = None,
) -> HandoverStep:
    """Save the ticks facilitators made in the session. The step is done when every item is
    ticked, or when a facilitator marks it done anyway; unticking reopens it."""
    now = now_or_current(now)
    step = (
        HandoverStep.objects.select_for_update()
        .select_related("programme__service", "session")
        .get(pk=step.pk)
    )
    _require(selectors.programme_access(actor, step.programme).can_tick)
    ticked = set(ticked)
    keys = checklist_keys(step.kind)
    if ticked - keys:
        raise ValidationError({"ticked": _("Choose items from the checklist.")})
    existing = {t.item: t for t in step.ticks.all()}
    added = sorted(ticked - set(existing))
    removed = sorted(set(existing) - ticked)
    ChecklistTick.objects.bulk_create(
        [ChecklistTick(step=step, item=item, ticked_by=actor, ticked_at=now) for item in added]
    )
    if removed:
        step.ticks.filter(item__in=removed).delete()
    was_done = step.is_done
    done = ticked == keys or mark_done
    if done and not was_done:
        step.completed_at, step.completed_by = now, actor
    elif not done and was_done:
        step.completed_at, step.completed_by = None, None
    step.notes = notes.strip()
    step.save(update_fields=["completed_at", "completed_by", "notes"])
    _audit(
        service=step.programme.service,
        programme=step.programme,
        actor=actor,
        verb="checklist_saved",
        now=now,
        step=step.kind,
        ticked=added,
        unticked=removed,
        done={"old": was_done, "new": step.is_done},
    )
    if was_done != step.is_done:
        _reminders_replan(step.programme, [step], now=now, actor=actor)
    return step


@transaction.atomic
def handover_step_assign_ptv(
    *,
    actor: User,
    step: HandoverStep,
    ptv: User | None,
    now: datetime.datetime | None = None,
) -> HandoverStep:
    """Choose which of the programme's PTVs leads a step (or none)."""
    now = now_or_current(now)
    programme = _lock(step.programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    if (
        ptv is not None
        and not programme.facilitators.filter(user=ptv, discipline=Discipline.PTV).exists()
    ):
        raise ValidationError({"ptv": _("Add them to the programme as a PTV first.")})
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    old = step.ptv_id
    step.ptv = ptv
    step.save(update_fields=["ptv"])
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="step_ptv_assigned",
        now=now,
        step=step.kind,
        old=old,
        new=ptv.pk if ptv else None,
    )
    if old != step.ptv_id:
        if step.ptv_id is not None:
            notifications_cancel(
                topic=_ptv_missing_topic(step), actor=actor, reason="a PTV was assigned", now=now
            )
        _reminders_refresh(programme, [step], now=now)
    return step


@transaction.atomic
def handover_step_ptv_unavailable(
    *, actor: User, step: HandoverStep, now: datetime.datetime | None = None
) -> HandoverStep:
    """The assigned PTV says they cannot come: they are taken off the step and the clinicians
    on the programme are told at once."""
    now = now_or_current(now)
    programme = _lock(step.programme)
    step = HandoverStep.objects.select_related("session").get(pk=step.pk)
    if step.ptv_id != actor.pk:
        raise PermissionDenied
    if step.session.has_ended(now) or step.is_done:
        raise ValidationError(_("This step has already happened."))
    step.ptv = None
    step.save(update_fields=["ptv"])
    event = _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="step_ptv_unavailable",
        now=now,
        step=step.kind,
    )
    _ptv_missing_tell_clinicians(step, now=now, because=f"unavailable-{event.pk}")
    _reminders_refresh(programme, [step], now=now)
    return step


@dataclass(frozen=True)
class FirstMeetingResult:
    plan: FirstMeetingPlan
    warning: str | None


@transaction.atomic
def first_meeting_plan_update(
    *,
    actor: User,
    programme: Programme,
    options_note: str | None = None,
    meeting_date: datetime.date | None = None,
    meeting_time: datetime.time | None = None,
    venue: str | None = None,
    poll_instead: bool | None = None,
    ptv: User | None | Literal[False] = False,
    confirm: bool = False,
    now: datetime.datetime | None = None,
) -> FirstMeetingResult:
    """Record the group's plan for its first meeting. Arguments left as None (or ``ptv`` as
    False) keep what was there. A first meeting outside the service's window (4 to 6 weeks
    after the last session) gives a warning, never a block."""
    now = now_or_current(now)
    programme = _lock(programme)
    _require(selectors.programme_access(actor, programme).can_edit)
    programme_settings = programme_settings_for(programme.service)
    plan, _created = FirstMeetingPlan.objects.select_for_update().get_or_create(
        programme=programme, defaults={"updated_at": now}
    )
    old = {
        "starts_at": plan.starts_at.isoformat() if plan.starts_at else None,
        "venue": plan.venue,
        "poll_instead": plan.poll_instead,
        "confirmed": plan.confirmed_at is not None,
    }
    if options_note is not None:
        plan.options_note = options_note.strip()
    if poll_instead is not None:
        plan.poll_instead = poll_instead
    if plan.poll_instead and meeting_date:
        raise ValidationError(
            {"meeting_date": _("Choose a date for the first meeting or a poll, not both.")}
        )
    if meeting_date is not None:
        if meeting_time is None:
            raise ValidationError({"meeting_time": _("Enter the time of the first meeting.")})
        plan.starts_at = schedule.local_to_utc(meeting_date, meeting_time, programme.zone)
    elif poll_instead is not None:
        plan.starts_at = None
    if venue is not None:
        plan.venue = venue.strip()
    if ptv is not False:
        if (
            ptv is not None
            and not programme.facilitators.filter(user=ptv, discipline=Discipline.PTV).exists()
        ):
            raise ValidationError({"ptv": _("Add them to the programme as a PTV first.")})
        plan.ptv = ptv
    if confirm:
        if not plan.is_settled:
            raise ValidationError(
                {"meeting_date": _("Enter the date of the first meeting, or choose a poll.")}
            )
        plan.confirmed_at, plan.confirmed_by = now, actor
    plan.updated_at, plan.updated_by = now, actor
    plan.full_clean()
    plan.save()
    warning = None
    last = programme.sessions.order_by("-number").first()
    if plan.starts_at and last:
        warning = first_meeting_window_warning(
            last_session_date=last.local_date(programme.zone),
            first_meeting_date=schedule.local_date(plan.starts_at, programme.zone),
            min_weeks=programme_settings.first_meeting_min_weeks,
            max_weeks=programme_settings.first_meeting_max_weeks,
        )
    if confirm:
        confirm_step = programme.handover_steps.filter(kind=StepKind.CONFIRM).first()
        if confirm_step is not None:
            ChecklistTick.objects.get_or_create(
                step=confirm_step,
                item="first_meeting",
                defaults={"ticked_by": actor, "ticked_at": now},
            )
    _audit(
        service=programme.service,
        programme=programme,
        actor=actor,
        verb="first_meeting_planned",
        now=now,
        old=old,
        new={
            "starts_at": plan.starts_at.isoformat() if plan.starts_at else None,
            "venue": plan.venue,
            "poll_instead": plan.poll_instead,
            "confirmed": plan.confirmed_at is not None,
        },
        warning=warning or "",
    )
    return FirstMeetingResult(plan=plan, warning=warning)


@transaction.atomic
def participant_point_to_other_group(
    *,
    actor: User,
    enrolment: Enrolment,
    directory_path: str,
    now: datetime.datetime | None = None,
) -> None:
    """Send someone who was keen but had no suitable date or venue the directory of groups.
    Sent once per enrolment."""
    now = now_or_current(now)
    programme = enrolment.programme
    _require(selectors.programme_access(actor, programme).can_edit)
    choice = ParticipantChoice.objects.filter(enrolment=enrolment).first()
    if choice is None or not choice.is_keen or enrolment.is_withdrawn:
        raise ValidationError(_("Only for people on the programme who want to keep meeting."))
    notification_create(
        recipient=enrolment.participant,
        kind=OTHER_GROUP,
        context={
            "programme_name": shorten(programme.name),
            "service_name": programme.service.name,
            "directory_path": shorten(directory_path),
        },
        idempotency_key=f"{OTHER_GROUP}:{enrolment.pk}",
        now=now,
    )
    if not ProgrammeEvent.objects.filter(
        programme=programme, verb="other_group_suggested", detail__enrolment=enrolment.pk
    ).exists():
        _audit(
            service=programme.service,
            programme=programme,
            actor=actor,
            verb="other_group_suggested",
            now=now,
            enrolment=enrolment.pk,
        )
