"""Every read for programmes that depends on who is looking, and the access rules.

Who may do what (docs/decisions/0004-programmes-access-and-schedule.md):

- clinician facilitators and clinical leads of the service: see and do everything;
- PTV facilitators: the staff pages, and tick checklists; 403 on participants' records
  and on every edit;
- the service's other clinicians, service admins and safeguarding reviewers: read only
  (403 on every edit);
- participants on the programme: their own choices page and the resources; 403 on the
  staff pages;
- everyone else (other services, other participants, PTVs not on it): 404.

Views never filter by hand: they call the ``get_*_for_user`` helpers here, which raise
Http404 for strangers and PermissionDenied (403) for people who may look but not act.
"""

from __future__ import annotations

import datetime
import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Role, Service, User

from . import hooks, schedule
from .handover import (
    CHECKLISTS,
    WHAT_TO_BRING,
    first_meeting_window,
    first_meeting_window_warning,
)
from .models import (
    STEP_ORDER,
    STEP_PURPOSE,
    CheckChannel,
    ContactCheck,
    ContactConsent,
    ContinueChoice,
    Discipline,
    Enrolment,
    EnrolmentStatus,
    Facilitator,
    FirstMeetingPlan,
    HandoverStep,
    ParticipantChoice,
    Programme,
    ProgrammeEvent,
    ProgrammeSession,
    ProgrammeSettings,
    ProgrammeStatus,
    Resource,
    ResourceAudience,
    SessionCancellation,
    StepState,
    check_channel_for,
    mobile_e164,
)


# --- access -----------------------------------------------------------------------------
class Need(enum.StrEnum):
    VIEW = "view"  # the staff pages of a programme
    PEOPLE = "people"  # participants' records: referral, choices, consent
    TICK = "tick"  # handover checklists
    EDIT = "edit"  # everything else


@dataclass(frozen=True)
class ProgrammeAccess:
    visible: bool = False
    staff_view: bool = False
    people_view: bool = False
    can_tick: bool = False
    can_edit: bool = False
    enrolled: bool = False
    facilitator_discipline: str = ""

    def allows(self, need: Need) -> bool:
        return {
            Need.VIEW: self.staff_view,
            Need.PEOPLE: self.people_view,
            Need.TICK: self.can_tick,
            Need.EDIT: self.can_edit,
        }[need]


NO_ACCESS = ProgrammeAccess()
FULL_ACCESS = ProgrammeAccess(
    visible=True, staff_view=True, people_view=True, can_tick=True, can_edit=True
)
READ_ONLY_ACCESS = ProgrammeAccess(visible=True, staff_view=True, people_view=True)


def _is_lead(user: User) -> bool:
    return user.is_clinical_lead and user.has_role(Role.CLINICIAN)


def _reads_service_programmes(user: User) -> bool:
    return user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN, Role.SAFEGUARDING_REVIEWER)


def programme_access(user: User, programme: Programme) -> ProgrammeAccess:
    """What this person may do with this programme (at most two small queries)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return NO_ACCESS
    same_service = user.service_id is not None and user.service_id == programme.service_id
    if same_service and user.is_staff_member:
        discipline = (
            Facilitator.objects.filter(programme=programme, user=user)
            .values_list("discipline", flat=True)
            .first()
        )
        if discipline is not None and discipline != Discipline.PTV and user.has_role(
            Role.CLINICIAN
        ):
            return ProgrammeAccess(
                visible=True,
                staff_view=True,
                people_view=True,
                can_tick=True,
                can_edit=True,
                facilitator_discipline=discipline,
            )
        if _is_lead(user):
            return ProgrammeAccess(
                visible=True,
                staff_view=True,
                people_view=True,
                can_tick=True,
                can_edit=True,
                facilitator_discipline=discipline or "",
            )
        if discipline == Discipline.PTV:
            return ProgrammeAccess(
                visible=True, staff_view=True, can_tick=True, facilitator_discipline=discipline
            )
        if _reads_service_programmes(user):
            return READ_ONLY_ACCESS
        return NO_ACCESS
    if user.role == Role.PARTICIPANT and Enrolment.objects.filter(
        programme=programme, participant=user
    ).exists():
        return ProgrammeAccess(visible=True, enrolled=True)
    return NO_ACCESS


def _check(access: ProgrammeAccess, need: Need) -> None:
    if not access.visible:
        raise Http404
    if not access.allows(need):
        raise PermissionDenied


def get_programme_for_user(
    user: User, pk: int, *, write: bool = False, need: Need = Need.VIEW
) -> Programme:
    """The programme, with ``.access`` set, or Http404 / PermissionDenied.

    ``write=True`` is short for ``need=Need.EDIT``.
    """
    if write:
        need = Need.EDIT
    programme = Programme.objects.select_related("service").filter(pk=pk).first()
    if programme is None:
        raise Http404
    access = programme_access(user, programme)
    _check(access, need)
    programme.access = access
    return programme


def get_session_for_user(
    user: User, programme_pk: int, number: int, *, need: Need = Need.VIEW
) -> ProgrammeSession:
    programme = get_programme_for_user(user, programme_pk, need=need)
    session = programme.sessions.filter(number=number).first()
    if session is None:
        raise Http404
    session.programme = programme
    return session


def get_handover_step_for_user(
    user: User, programme_pk: int, kind: str, *, need: Need = Need.VIEW
) -> HandoverStep:
    programme = get_programme_for_user(user, programme_pk, need=need)
    step = (
        programme.handover_steps.filter(kind=kind)
        .select_related("session", "ptv", "completed_by")
        .first()
    )
    if step is None:
        raise Http404
    step.programme = programme
    return step


def get_enrolment_for_user(
    user: User, programme_pk: int, enrolment_pk: int, *, need: Need = Need.PEOPLE
) -> Enrolment:
    """A participant's record on a programme, for staff."""
    programme = get_programme_for_user(user, programme_pk, need=need)
    enrolment = (
        programme.enrolments.filter(pk=enrolment_pk).select_related("participant").first()
    )
    if enrolment is None:
        raise Http404
    enrolment.programme = programme
    return enrolment


def get_facilitator_for_user(user: User, programme_pk: int, facilitator_pk: int) -> Facilitator:
    programme = get_programme_for_user(user, programme_pk, need=Need.EDIT)
    facilitator = programme.facilitators.filter(pk=facilitator_pk).select_related("user").first()
    if facilitator is None:
        raise Http404
    facilitator.programme = programme
    return facilitator


def get_own_enrolment(user: User, programme_pk: int) -> Enrolment:
    """The signed-in participant's own enrolment: 404 for everyone else, staff included."""
    if not getattr(user, "is_authenticated", False):
        raise Http404
    enrolment = (
        Enrolment.objects.select_related("programme__service", "participant")
        .filter(programme_id=programme_pk, participant=user)
        .first()
    )
    if enrolment is None:
        raise Http404
    return enrolment


def can_record_for_enrolment(actor: User, enrolment: Enrolment) -> bool:
    """The participant themselves, or a clinician who may edit the programme."""
    if actor.pk == enrolment.participant_id:
        return True
    return programme_access(actor, enrolment.programme).can_edit


def can_create_programme(user: User) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.service_id
        and user.has_role(Role.CLINICIAN)
    )


def can_manage_service_settings(user: User, service: Service) -> bool:
    return bool(
        user.is_active
        and user.service_id == service.pk
        and (_is_lead(user) or user.has_role(Role.SERVICE_ADMIN))
    )


def can_manage_resources(user: User) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.service_id
        and user.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)
    )


def settings_for_reading(service: Service) -> ProgrammeSettings:
    """The service's settings, or the defaults (unsaved) when none are stored: reads never write."""
    return ProgrammeSettings.objects.filter(service=service).first() or ProgrammeSettings(
        service=service
    )


# --- lists ------------------------------------------------------------------------------
def _staff_programmes(user: User) -> QuerySet[Programme]:
    """Programmes a member of staff sees in lists: their own, and for clinicians, service
    admins and reviewers, the rest of their service's."""
    if not user.is_staff_member or user.service_id is None:
        return Programme.objects.none()
    base = Programme.objects.filter(service_id=user.service_id)
    if _reads_service_programmes(user):
        return base
    return base.filter(facilitators__user=user)


def programme_list_for_user(
    user: User, *, status: str = "", mine_only: bool = False
) -> list[Programme]:
    """Programmes for the list page, each with ``next_session``, ``is_mine`` and counts."""
    programmes = _staff_programmes(user)
    if mine_only:
        programmes = programmes.filter(facilitators__user=user)
    if status:
        programmes = programmes.filter(status=status)
    programmes = list(
        programmes.select_related("service")
        .annotate(
            participant_count=Count(
                "enrolments",
                filter=~Q(enrolments__status=EnrolmentStatus.WITHDRAWN),
                distinct=True,
            )
        )
        .order_by("-first_session_date", "name")
        .distinct()
    )
    ids = [p.pk for p in programmes]
    mine = set(
        Facilitator.objects.filter(programme_id__in=ids, user=user).values_list(
            "programme_id", flat=True
        )
    )
    sessions = defaultdict(list)
    for session in ProgrammeSession.objects.filter(programme_id__in=ids).order_by("number"):
        sessions[session.programme_id].append(session)
    for programme in programmes:
        programme.is_mine = programme.pk in mine
        own = sessions[programme.pk]
        programme.first_session = own[0] if own else None
        programme.last_session = own[-1] if own else None
    return programmes


def participant_programmes(user: User) -> list[Enrolment]:
    return list(
        Enrolment.objects.filter(participant=user)
        .select_related("programme__service", "choice")
        .order_by("-programme__first_session_date")
    )


# --- the programme page -----------------------------------------------------------------
@dataclass
class StepRow:
    step: HandoverStep
    state: str
    ticked: int
    total: int
    ptv_missing: bool


@dataclass
class ProgrammePage:
    programme: Programme
    sessions: list[ProgrammeSession]
    steps: list[StepRow]
    facilitators: list[Facilitator]
    enrolments: list[Enrolment]
    cancellations: list[SessionCancellation]
    skipped_holidays: list[tuple[datetime.date, str]]
    plan: FirstMeetingPlan | None
    warnings: list[str]
    counts: dict[str, int]
    next_session: ProgrammeSession | None
    settings: ProgrammeSettings


def _step_rows(steps: Sequence[HandoverStep], now: datetime.datetime) -> list[StepRow]:
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
    enrolments = list(
        programme.enrolments.select_related("participant", "choice")
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
    _mark_verified(enrolments)
    plan = FirstMeetingPlan.objects.filter(programme=programme).select_related("ptv").first()
    cancellations = list(programme.session_cancellations.select_related("session"))
    step_rows = _step_rows(steps, now)
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


def _mark_verified(enrolments: list[Enrolment]) -> None:
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
    _mark_verified([enrolment])
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
        "purpose": STEP_PURPOSE[step.kind],
        "what_to_bring": WHAT_TO_BRING[step.kind],
        "items": [(item, ticks.get(item.key)) for item in CHECKLISTS[step.kind]],
        "state": step.state(now),
        "facilitators": facilitators,
        "ptvs": [f.user for f in facilitators if f.is_ptv],
        "plan": plan,
        "window": window,
        "window_warning": warning,
        "last_session": last,
        "resources": resources_for_step(programme.service, step.kind, audience=""),
        "settings": programme_settings,
    }


# --- the closure calendar ---------------------------------------------------------------
@dataclass
class ClosureWeek:
    starts: datetime.date
    rows: list[StepRow] = field(default_factory=list)


@dataclass
class ClosureCalendar:
    overdue: list[StepRow]
    weeks: list[ClosureWeek]
    scope: str  # "mine" or "service"


def _closure_programmes(user: User, scope: str) -> QuerySet[Programme]:
    if not user.is_staff_member or user.service_id is None:
        return Programme.objects.none()
    base = Programme.objects.filter(service_id=user.service_id).exclude(
        status=ProgrammeStatus.CANCELLED
    )
    if scope == "service" and _is_lead(user):
        return base
    return base.filter(facilitators__user=user)


def closure_calendar_for_user(
    user: User,
    *,
    now: datetime.datetime,
    weeks_ahead: int = 12,
    weeks_back: int = 6,
    scope: str = "",
) -> ClosureCalendar:
    """Handover steps by week across a clinician's programmes (all the service's for leads),
    with each step's state. Overdue steps from the last ``weeks_back`` weeks come first.
    Two queries, whatever the number of programmes."""
    scope = scope or ("service" if _is_lead(user) else "mine")
    if scope == "service" and not _is_lead(user):
        scope = "mine"
    zone = user.service.zone if user.service_id else schedule.zoneinfo.ZoneInfo("Europe/London")
    today = schedule.local_date(now, zone)
    this_week = schedule.week_start(today)
    start = schedule.local_to_utc(this_week - datetime.timedelta(weeks=weeks_back),
                                  datetime.time(0, 0), zone)
    end = schedule.local_to_utc(this_week + datetime.timedelta(weeks=weeks_ahead),
                                datetime.time(0, 0), zone)
    steps = list(
        HandoverStep.objects.filter(
            programme__in=_closure_programmes(user, scope).values("pk"),
            session__starts_at__gte=start,
            session__starts_at__lt=end,
        )
        .select_related("programme__service", "session", "ptv")
        .annotate(tick_count=Count("ticks"))
        .order_by("session__starts_at", "programme__name")
    )
    mine = set(
        Facilitator.objects.filter(user=user, programme_id__in={s.programme_id for s in steps})
        .values_list("programme_id", flat=True)
    )
    overdue: list[StepRow] = []
    weeks: dict[datetime.date, ClosureWeek] = {}
    for row in _step_rows(steps, now):
        row.is_mine = row.step.programme_id in mine
        if row.state == StepState.OVERDUE:
            overdue.append(row)
            continue
        week = schedule.week_start(row.step.session.local_date(zone))
        if week < this_week:
            continue  # done in an earlier week: nothing to do
        weeks.setdefault(week, ClosureWeek(starts=week)).rows.append(row)
    return ClosureCalendar(overdue=overdue, weeks=sorted(weeks.values(), key=lambda w: w.starts),
                           scope=scope)


def calendar_feed_user(token: str) -> User | None:
    from .models import CalendarFeed

    feed = CalendarFeed.objects.select_related("user__service").filter(token=token).first()
    if feed is None or not feed.user.is_active or not feed.user.is_staff_member:
        return None
    return feed.user


def calendar_feed_sessions(user: User, *, now: datetime.datetime) -> list[ProgrammeSession]:
    """Sessions (with their handover steps) of the programmes someone facilitates, from eight
    weeks ago onwards. No participant details."""
    sessions = list(
        ProgrammeSession.objects.filter(
            programme__facilitators__user=user,
            programme__service_id=user.service_id,
            starts_at__gte=now - datetime.timedelta(weeks=8),
        )
        .select_related("programme__service")
        .prefetch_related("handover_steps")
        .order_by("starts_at")
    )
    return sessions


# --- participants' outcomes and the group's needs ---------------------------------------
@dataclass(frozen=True)
class HandoverSummary:
    """What the groups app needs to create the follow-on group from a programme.

    ``member_ids`` are everyone still on the programme who wants to keep meeting (both
    "keen" answers): someone for whom the first date does not suit still belongs to the
    group and hears about later meetings. ``attending_ids`` said they will come to the first
    meeting. Participants who share no contact details are members all the same: the group
    reaches them through the app. The window warning is advice, never a block.
    """

    programme_id: int
    programme_name: str
    service_id: int
    last_session_date: datetime.date | None
    member_ids: tuple[int, ...]
    attending_ids: tuple[int, ...]
    keen_unsuitable_ids: tuple[int, ...]
    coordinator_volunteer_ids: tuple[int, ...]
    prefer_not_ids: tuple[int, ...]
    no_answer_ids: tuple[int, ...]
    ptv_id: int | None
    first_meeting_starts_at: datetime.datetime | None
    first_meeting_venue: str
    poll_instead: bool
    options_note: str
    plan_confirmed: bool
    window_warning: str | None
    # participant id -> the contact kinds they currently share (verified or not)
    shared_contacts: dict[int, tuple[str, ...]]
    verified_contacts: dict[int, tuple[str, ...]]


def handover_summary_for_group_creation(programme: Programme) -> HandoverSummary:
    """The handover as the groups app needs it (called by groups; programmes never imports
    groups). Fixed number of queries."""
    programme_settings = settings_for_reading(programme.service)
    enrolments = list(
        programme.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN)
        .select_related("participant", "choice")
        .prefetch_related(
            Prefetch(
                "contact_consents",
                queryset=ContactConsent.objects.filter(withdrawn_at__isnull=True),
                to_attr="current_consents",
            )
        )
        .order_by("participant__display_name", "pk")
    )
    _mark_verified(enrolments)
    groups_of: dict[str, list[int]] = defaultdict(list)
    volunteers = []
    for enrolment in enrolments:
        choice = choice_of(enrolment)
        groups_of[choice.continue_choice if choice else ""].append(enrolment.participant_id)
        if choice and choice.is_keen and choice.volunteers_to_organise:
            volunteers.append(enrolment.participant_id)
    plan = FirstMeetingPlan.objects.filter(programme=programme).first()
    last = programme.sessions.order_by("-number").first()
    last_day = last.local_date(programme.zone) if last else None
    warning = None
    if plan and plan.starts_at and last_day:
        warning = first_meeting_window_warning(
            last_session_date=last_day,
            first_meeting_date=schedule.local_date(plan.starts_at, programme.zone),
            min_weeks=programme_settings.first_meeting_min_weeks,
            max_weeks=programme_settings.first_meeting_max_weeks,
        )
    confirm_ptv = (
        programme.handover_steps.filter(kind="confirm").values_list("ptv_id", flat=True).first()
    )
    keen = groups_of[ContinueChoice.KEEN]
    unsuitable = groups_of[ContinueChoice.KEEN_UNSUITABLE]
    return HandoverSummary(
        programme_id=programme.pk,
        programme_name=programme.name,
        service_id=programme.service_id,
        last_session_date=last_day,
        member_ids=tuple(keen + unsuitable),
        attending_ids=tuple(keen),
        keen_unsuitable_ids=tuple(unsuitable),
        coordinator_volunteer_ids=tuple(volunteers),
        prefer_not_ids=tuple(groups_of[ContinueChoice.PREFER_NOT]),
        no_answer_ids=tuple(groups_of[""]),
        ptv_id=(plan.ptv_id if plan and plan.ptv_id else confirm_ptv),
        first_meeting_starts_at=plan.starts_at if plan else None,
        first_meeting_venue=plan.venue if plan else "",
        poll_instead=plan.poll_instead if plan else False,
        options_note=plan.options_note if plan else "",
        plan_confirmed=bool(plan and plan.confirmed_at),
        window_warning=warning,
        shared_contacts={
            e.participant_id: tuple(c.kind for c in e.current_consents) for e in enrolments
        },
        verified_contacts={
            e.participant_id: tuple(c.kind for c in e.current_consents if c.verified)
            for e in enrolments
        },
    )


@dataclass
class ProgrammeOutcomes:
    keen: list[Enrolment]
    keen_unsuitable: list[Enrolment]
    prefer_not: list[Enrolment]
    no_answer: list[Enrolment]
    withdrawn: list[Enrolment]
    follow_on: hooks.FollowOnOutcome | None
    follow_on_known: bool
    suggested_ids: set[int]
    reason_counts: list[tuple[str, int]]


def programme_outcomes(programme: Programme) -> ProgrammeOutcomes:
    """Who wanted to keep meeting, and — from the groups app, when it says — who came to the
    first meeting and whether the group formed."""
    from .models import NotContinuingReason

    enrolments = list(
        programme.enrolments.select_related("participant", "choice").order_by(
            "participant__display_name", "pk"
        )
    )
    buckets: dict[str, list[Enrolment]] = defaultdict(list)
    reason_counts: dict[str, int] = defaultdict(int)
    for enrolment in enrolments:
        if enrolment.status == EnrolmentStatus.WITHDRAWN:
            buckets["withdrawn"].append(enrolment)
            continue
        choice = choice_of(enrolment)
        buckets[choice.continue_choice if choice else ""].append(enrolment)
        if choice and choice.continue_choice == ContinueChoice.PREFER_NOT:
            for reason in choice.reasons:
                reason_counts[reason] += 1
    outcomes = hooks.follow_on_outcomes([programme.pk])
    follow_on = outcomes.get(programme.pk) if outcomes is not None else None
    attendees = follow_on.first_meeting_attendee_ids if follow_on else frozenset()
    for enrolment in enrolments:
        enrolment.attended_first_meeting = (
            (enrolment.participant_id in attendees)
            if follow_on and follow_on.first_meeting_held
            else None
        )
    suggested = {
        event.detail.get("enrolment")
        for event in ProgrammeEvent.objects.filter(
            programme=programme, verb="other_group_suggested"
        ).only("detail")
    }
    labels = dict(NotContinuingReason.choices)
    return ProgrammeOutcomes(
        keen=buckets[ContinueChoice.KEEN],
        keen_unsuitable=buckets[ContinueChoice.KEEN_UNSUITABLE],
        prefer_not=buckets[ContinueChoice.PREFER_NOT],
        no_answer=buckets[""],
        withdrawn=buckets["withdrawn"],
        follow_on=follow_on,
        follow_on_known=outcomes is not None,
        suggested_ids=suggested,
        reason_counts=sorted(
            ((str(labels[k]), n) for k, n in reason_counts.items() if k in labels),
            key=lambda item: -item[1],
        ),
    )


# --- resources --------------------------------------------------------------------------
def resources_for_step(service: Service, kind: str, *, audience: str = "") -> list[Resource]:
    """Live resources used at a step (and those for any time), optionally for one audience."""
    resources = Resource.objects.filter(service=service, archived_at__isnull=True).filter(
        Q(step=kind) | Q(step="")
    )
    if audience:
        resources = resources.filter(audience=audience)
    return list(resources.order_by("audience", "title"))


def resource_list_for_staff(user: User, *, include_archived: bool = False) -> list[Resource]:
    if not user.is_staff_member or user.service_id is None:
        return []
    resources = Resource.objects.filter(service_id=user.service_id)
    if not include_archived:
        resources = resources.filter(archived_at__isnull=True)
    return list(resources.order_by("archived_at", "step", "title"))


def resources_for_participants(service: Service) -> list[Resource]:
    """The service's live resources for patients, in the order the handover uses them."""
    return list(
        Resource.objects.filter(
            service=service,
            audience=ResourceAudience.PATIENTS,
            archived_at__isnull=True,
        ).order_by("step", "title")
    )


def get_resource_for_user(user: User, pk: int) -> Resource:
    """Staff of the service read every resource; participants read the live patient ones of
    the services whose programmes they are on. Everyone else: 404."""
    resource = Resource.objects.select_related("service").filter(pk=pk).first()
    if resource is None or not getattr(user, "is_authenticated", False):
        raise Http404
    if user.is_staff_member and user.service_id == resource.service_id:
        return resource
    if (
        resource.audience == ResourceAudience.PATIENTS
        and resource.archived_at is None
        and Enrolment.objects.filter(
            participant=user, programme__service_id=resource.service_id
        ).exists()
    ):
        return resource
    raise Http404


def programme_ptvs(programme: Programme) -> QuerySet[User]:
    """The PTVs on a programme, who may be chosen for a step or the group's first meetings."""
    return User.objects.filter(
        programme_facilitations__programme=programme,
        programme_facilitations__discipline=Discipline.PTV,
    ).order_by("display_name")


def staff_choices_for_facilitators(programme: Programme) -> QuerySet[User]:
    """People who could be added as facilitators: the service's clinicians and PTVs."""
    already = programme.facilitators.values("user_id")
    return (
        User.objects.filter(service_id=programme.service_id, is_active=True)
        .filter(Q(role__in=[Role.CLINICIAN, Role.PTV]))
        .exclude(pk__in=already)
        .order_by("display_name")
    )
