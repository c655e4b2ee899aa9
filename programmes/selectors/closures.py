"""The closure calendar (handover steps due, week by week) and the per-person iCalendar feed."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce

from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import is_service_staff

from .. import schedule
from ..models import (
    CalendarFeed,
    CalendarFeedKind,
    ChecklistTick,
    Facilitator,
    HandoverStep,
    Programme,
    ProgrammeSession,
    ProgrammeStatus,
    StepState,
)
from .access import is_lead_clinician
from .programme_page import StepRow, handover_step_rows


@dataclass
class ClosureWeek:
    starts: datetime.date
    rows: list[StepRow] = field(default_factory=list)


@dataclass
class ClosureCalendar:
    overdue: list[StepRow]
    weeks: list[ClosureWeek]
    scope: str  # "mine" or "service"
    page: Page | None = None  # the page of steps the overdue list and weeks show


# Steps a page of the closure calendar: overdue ones first, then week by week.
CLOSURE_PAGE_SIZE = 25


def _closure_programmes(user: User, scope: str) -> QuerySet[Programme]:
    if not is_service_staff(user) or user.service_id is None:
        return Programme.objects.none()
    base = Programme.objects.filter(service_id=user.service_id).exclude(
        status=ProgrammeStatus.CANCELLED
    )
    if scope == "service" and is_lead_clinician(user):
        return base
    return base.filter(facilitators__user=user)


def closure_calendar_for_user(
    user: User,
    *,
    now: datetime.datetime,
    weeks_ahead: int = 12,
    weeks_back: int = 6,
    scope: str = "",
    page_number: int | str | None = 1,
) -> ClosureCalendar:
    """Handover steps by week across a clinician's programmes (all the service's for leads),
    with each step's state. Overdue steps from the last ``weeks_back`` weeks come first,
    then this week's and later ones; steps done in earlier weeks are left out. One page of
    CLOSURE_PAGE_SIZE steps, chosen and ordered in SQL, in the same number of queries
    whatever the number of programmes."""
    scope = scope or ("service" if is_lead_clinician(user) else "mine")
    if scope == "service" and not is_lead_clinician(user):
        scope = "mine"
    service = user.service
    zone = service.zone if service is not None else schedule.zoneinfo.ZoneInfo("Europe/London")
    today = schedule.local_date(now, zone)
    this_week = schedule.week_start(today)
    start = schedule.local_to_utc(
        this_week - datetime.timedelta(weeks=weeks_back), datetime.time(0, 0), zone
    )
    this_week_starts = schedule.local_to_utc(this_week, datetime.time(0, 0), zone)
    end = schedule.local_to_utc(
        this_week + datetime.timedelta(weeks=weeks_ahead), datetime.time(0, 0), zone
    )
    # HandoverStep.state in SQL: overdue once its session has ended and nobody marked it.
    overdue = Q(completed_at__isnull=True, session__ends_at__lte=now)
    ticks = (
        ChecklistTick.objects.filter(step=OuterRef("pk"))
        .order_by()
        .values("step")
        .annotate(n=Count("pk"))
        .values("n")
    )
    steps = (
        HandoverStep.objects.filter(
            programme__in=_closure_programmes(user, scope).values("pk"),
            session__starts_at__gte=start,
            session__starts_at__lt=end,
        )
        .filter(overdue | Q(session__starts_at__gte=this_week_starts))
        .select_related("programme__service", "session", "ptv")
        .annotate(
            tick_count=Coalesce(Subquery(ticks[:1]), 0),
            overdue_first=Case(
                When(overdue, then=Value(0)), default=Value(1), output_field=IntegerField()
            ),
        )
        .order_by("overdue_first", "session__starts_at", "programme__name", "pk")
    )
    page = Paginator(steps, CLOSURE_PAGE_SIZE).get_page(page_number)
    page_steps = list(page.object_list)
    mine = set(
        Facilitator.objects.filter(
            user=user, programme_id__in={s.programme_id for s in page_steps}
        ).values_list("programme_id", flat=True)
    )
    overdue_rows: list[StepRow] = []
    weeks: dict[datetime.date, ClosureWeek] = {}
    for row in handover_step_rows(page_steps, now):
        row.is_mine = row.step.programme_id in mine
        if row.state == StepState.OVERDUE:
            overdue_rows.append(row)
            continue
        week = schedule.week_start(row.step.session.local_date(zone))
        weeks.setdefault(week, ClosureWeek(starts=week)).rows.append(row)
    return ClosureCalendar(
        overdue=overdue_rows,
        weeks=sorted(weeks.values(), key=lambda w: w.starts),
        scope=scope,
        page=page,
    )


def calendar_feed_user(token: str) -> User | None:
    feed = (
        CalendarFeed.objects.select_related("user__service")
        .filter(token=token, kind=CalendarFeedKind.PROGRAMMES)
        .first()
    )
    if feed is None or not is_service_staff(feed.user):
        return None
    return feed.user


def calendar_feed_sessions(user: User, *, now: datetime.datetime) -> list[ProgrammeSession]:
    """Sessions (with their handover steps) of the programmes someone facilitates, from eight
    weeks ago onwards. No participant details."""
    if user.service_id is None:
        return []
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
