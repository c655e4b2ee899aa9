"""Participants' outcomes, and what the groups app needs to create the follow-on group."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Prefetch

from .. import hooks, schedule
from ..handover import first_meeting_window_warning
from ..models import (
    ContactConsent,
    ContinueChoice,
    Enrolment,
    EnrolmentStatus,
    FirstMeetingPlan,
    NotContinuingReason,
    Programme,
    ProgrammeEvent,
)
from .access import settings_for_reading
from .programme_page import choice_of, mark_verified


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
    # django-stubs reads Prefetch(to_attr="current_consents") as declaring the attribute
    # again; the model declares it because mark_verified also sets it by hand.
    enrolments = list(
        programme.enrolments.exclude(status=EnrolmentStatus.WITHDRAWN)  # type: ignore[no-redef]
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
    mark_verified(enrolments)
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
