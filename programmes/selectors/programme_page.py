"""What the programme, session, participant and handover step pages show."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q

from .. import schedule
from ..handover import CHECKLISTS, WHAT_TO_BRING, first_meeting_window, first_meeting_window_warning
from ..models import (
    STEP_ORDER,
    STEP_PURPOSE,
    CheckChannel,
    ContactCheck,
    ContactConsent,
    ContinueChoice,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    FirstMeetingPlan,
    HandoverStep,
    ParticipantChoice,
    Programme,
    ProgrammeSession,
    ProgrammeSettings,
    ProgrammeStatus,
    SessionCancellation,
    StepKind,
    StepState,
    check_channel_for,
    mobile_e164,
)
from .access import settings_for_reading
from .resources import resources_for_step


@dataclass
class StepRow:
    step: HandoverStep
    state: str
    ticked: int
    total: int
    ptv_missing: bool
    is_mine: bool = False  # the viewer facilitates its programme (the closure calendar)


@dataclass
class ProgrammePage:
    programme: Programme
    sessions: list[ProgrammeSession]
    steps: list[StepRow]
    facilitators: list[Facilitator]
    enrolments: Sequence[Enrolment]
    cancellations: list[SessionCancellation]
    skipped_holidays: list[tuple[datetime.date, str]]
    plan: FirstMeetingPlan | None
    warnings: list[str]
    counts: dict[str, int]
    next_session: ProgrammeSession | None
    settings: ProgrammeSettings


def handover_step_rows(steps: Sequence[HandoverStep], now: datetime.datetime) -> list[StepRow]:
    rows = []
    for step in steps:
        total = len(CHECKLISTS[step.kind])
        rows.append(
            StepRow(
                step=step,
                state=step.state(now),
                ticked=min(getattr(step, "tick_count", 0), total),
                total=total,
                ptv_missing=step.ptv_id is None and not step.is_done,
            )
        )
    return rows


def programme_page(programme: Programme, *, now: datetime.datetime) -> ProgrammePage:
    """Everything the programme page shows, in a fixed number of queries."""
    programme_settings = settings_for_reading(programme.service)
    sessions = list(programme.sessions.order_by("number"))
    steps = list(
        programme.handover_steps.select_related("session", "ptv").annotate(
            tick_count=Count("ticks")
        )
    )
    steps.sort(key=lambda s: STEP_ORDER.index(s.kind))
    by_session = defaultdict(list)
    for step in steps:
        by_session[step.session_id].append(step)
    for session in sessions:
        session.programme = programme
        session.steps = by_session.get(session.pk, [])
    facilitators = list(programme.facilitators.select_related("user"))
    # django-stubs reads Prefetch(to_attr="current_consents") as declaring the attribute
    # again; the model declares it because mark_verified also sets it by hand.
    enrolments = list(
        programme.enrolments.select_related("participant", "choice")  # type: ignore[no-redef]
        .annotate(
            attended_count=Count("attendance", filter=Q(attendance__attended=True)),
        )
        .prefetch_related(
            Prefetch(
                "contact_consents",
                queryset=ContactConsent.objects.filter(withdrawn_at__isnull=True),
                to_attr="current_consents",
            )
        )
        .order_by("participant__display_name", "pk")
    )
    mark_verified(enrolments)
    plan = FirstMeetingPlan.objects.filter(programme=programme).select_related("ptv").first()
    cancellations = list(programme.session_cancellations.select_related("session"))
    step_rows = handover_step_rows(steps, now)
    dates = [s.local_date(programme.zone) for s in sessions]
    skipped = schedule.skipped_bank_holidays(
        dates, division=programme_settings.bank_holiday_division
    )

    warnings = []
    live = programme.status in (ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING)
    if live:
        if not any(not f.is_ptv for f in facilitators):
            warnings.append("No clinician facilitates this programme.")
        for row in step_rows:
            if row.ptv_missing and row.state != StepState.DONE:
                warnings.append(
                    f"No PTV is assigned to the {row.step.get_kind_display().lower()} step."
                )
            if row.state == StepState.OVERDUE:
                warnings.append(
                    f"The {row.step.get_kind_display().lower()} step is overdue: tick its "
                    "checklist or mark it done."
                )
    active = [e for e in enrolments if e.status != EnrolmentStatus.WITHDRAWN]
    answers = [choice_of(e) for e in active]
    given = [c for c in answers if c is not None]
    counts = {
        "participants": len(active),
        "withdrawn": len(enrolments) - len(active),
        "keen": sum(1 for c in given if c.continue_choice == ContinueChoice.KEEN),
        "keen_unsuitable": sum(
            1 for c in given if c.continue_choice == ContinueChoice.KEEN_UNSUITABLE
        ),
        "prefer_not": sum(1 for c in given if c.continue_choice == ContinueChoice.PREFER_NOT),
        "no_answer": len(answers) - len(given),
        "volunteers": sum(1 for c in given if c.is_keen and c.volunteers_to_organise),
        "sharing": sum(1 for e in active if e.current_consents),
    }
    next_session = next((s for s in sessions if s.ends_at > now), None)
    return ProgrammePage(
        programme=programme,
        sessions=sessions,
        steps=step_rows,
        facilitators=facilitators,
        enrolments=enrolments,
        cancellations=cancellations,
        skipped_holidays=skipped,
        plan=plan,
        warnings=warnings,
        counts=counts,
        next_session=next_session,
        settings=programme_settings,
    )


def choice_of(enrolment: Enrolment) -> ParticipantChoice | None:
    """The participant's answer, or None (uses the row cached by select_related)."""
    try:
        return enrolment.choice
    except Enrolment.choice.RelatedObjectDoesNotExist:
        return None


def mark_verified(enrolments: Sequence[Enrolment]) -> None:
    """Set ``consent.verified`` on every current consent (one query)."""
    user_ids = [e.participant_id for e in enrolments]
    verified = set(
        ContactCheck.objects.filter(user_id__in=user_ids, verified_at__isnull=False).values_list(
            "user_id", "channel", "value"
        )
    )
    for enrolment in enrolments:
        if not hasattr(enrolment, "current_consents"):
            enrolment.current_consents = list(
                enrolment.contact_consents.filter(withdrawn_at__isnull=True)
            )
        for consent in enrolment.current_consents:
            consent.verified = (
                enrolment.participant_id,
                check_channel_for(consent.kind),
                consent.value,
            ) in verified


def enrolment_contacts(enrolment: Enrolment) -> dict:
    """A participant's sharing: current consents (with ``verified``), and which of their
    email and mobile have been checked."""
    enrolment.current_consents = list(enrolment.contact_consents.filter(withdrawn_at__isnull=True))
    mark_verified([enrolment])
    user = enrolment.participant
    checks = ContactCheck.objects.filter(user=user, verified_at__isnull=False)
    mobile = mobile_e164(user)
    return {
        "consents": {c.kind: c for c in enrolment.current_consents},
        "email_verified": checks.filter(channel=CheckChannel.EMAIL, value=user.email).exists(),
        "mobile_verified": bool(mobile)
        and checks.filter(channel=CheckChannel.SMS, value=mobile).exists(),
        "mobile": mobile,
        "history": list(
            enrolment.contact_consents.select_related("given_by", "withdrawn_by").order_by(
                "given_at"
            )
        ),
    }


def enrolment_attendance(enrolment: Enrolment) -> list[tuple[ProgrammeSession, bool | None]]:
    sessions = list(enrolment.programme.sessions.order_by("number"))
    marks = dict(enrolment.attendance.values_list("session_id", "attended"))
    return [(s, marks.get(s.pk)) for s in sessions]


def session_register(session: ProgrammeSession) -> list[tuple[Enrolment, bool | None]]:
    enrolments = list(
        session.programme.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("participant")
        .order_by("participant__display_name", "pk")
    )
    marks = dict(session.attendance.values_list("enrolment_id", "attended"))
    return [(e, marks.get(e.pk)) for e in enrolments]


def step_checklist_initial(step: HandoverStep) -> dict:
    """What the checklist form of a step starts with: the items ticked so far, the notes."""
    ticked = set(step.ticks.values_list("item", flat=True))
    return {
        "ticked": [item.key for item in CHECKLISTS[step.kind] if item.key in ticked],
        "notes": step.notes,
        "mark_done": step.is_done,
    }


def first_meeting_plan_of(programme: Programme) -> FirstMeetingPlan | None:
    return FirstMeetingPlan.objects.filter(programme=programme).first()


def step_page(step: HandoverStep, *, now: datetime.datetime) -> dict:
    """What a handover step's page shows, besides the step itself."""
    programme = step.programme
    programme_settings = settings_for_reading(programme.service)
    ticks = {t.item: t for t in step.ticks.select_related("ticked_by")}
    facilitators = list(programme.facilitators.select_related("user"))
    plan = FirstMeetingPlan.objects.filter(programme=programme).select_related("ptv").first()
    last = programme.sessions.order_by("-number").first()
    window = None
    warning = None
    if last is not None:
        last_day = last.local_date(programme.zone)
        window = first_meeting_window(
            last_day,
            min_weeks=programme_settings.first_meeting_min_weeks,
            max_weeks=programme_settings.first_meeting_max_weeks,
        )
        if plan and plan.starts_at:
            warning = first_meeting_window_warning(
                last_session_date=last_day,
                first_meeting_date=schedule.local_date(plan.starts_at, programme.zone),
                min_weeks=programme_settings.first_meeting_min_weeks,
                max_weeks=programme_settings.first_meeting_max_weeks,
            )
    return {
        "purpose": STEP_PURPOSE[StepKind(step.kind)],
        "what_to_bring": WHAT_TO_BRING[step.kind],
        "items": [(item, ticks.get(item.key)) for item in CHECKLISTS[step.kind]],
        "state": step.state(now),
        "facilitators": facilitators,
        "ptvs": [f.user for f in facilitators if f.is_ptv],
        "plan": plan,
        "window": window,
        "window_warning": warning,
        "last_session": last,
        "resources": resources_for_step(programme.service, step.kind),
        "settings": programme_settings,
    }
