"""The service's gatherings (get-togethers for past participants and every group): the list,
one gathering's page, who is invited, and whether the next one is due."""

from __future__ import annotations

import datetime
from collections import Counter

from django.db.models import Count, OuterRef, Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.accounts.permissions import signed_in
from programmes.models import Enrolment, EnrolmentStatus, ProgrammeStatus

from ..models import (
    CURRENT_STATUSES,
    Gathering,
    GatheringRSVP,
    Membership,
    RSVPAnswer,
)
from .access import can_manage_gatherings, is_member_in_service, is_past_participant

# The study's service held a gathering twice a year: after six months, remind the service.
GATHERING_GAP = datetime.timedelta(days=183)


def gatherings_for_user(*, user: User, now: datetime.datetime) -> list[Gathering]:
    if not signed_in(user) or user.service_id is None:
        raise Http404
    if not (
        user.is_staff_member
        or is_member_in_service(user, user.service_id)
        or is_past_participant(user, user.service_id)
    ):
        raise Http404
    return list(
        Gathering.objects.filter(
            service_id=user.service_id, starts_at__gt=now - datetime.timedelta(days=1)
        )
        .select_related("venue")
        .annotate(
            going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.GOING)),
            my_answer=GatheringRSVP.objects.filter(gathering=OuterRef("pk"), person=user).values(
                "answer"
            )[:1],
        )
        .order_by("starts_at")
    )


def gathering_page(gathering: Gathering, *, user: User) -> dict:
    """Answers so far, the person's own answer, how many were invited, and (for the staff
    who run it) whether they may change or cancel it."""
    rsvps = Counter(gathering.rsvps.values_list("answer", flat=True))
    mine = gathering.rsvps.filter(person=user).values_list("answer", flat=True).first()
    return {
        "counts": rsvps,
        "going": rsvps.get(RSVPAnswer.GOING, 0),
        "maybe": rsvps.get(RSVPAnswer.MAYBE, 0),
        "cant": rsvps.get(RSVPAnswer.CANT, 0),
        "my_answer": mine,
        "invited": gathering.invitations.count(),
        "can_manage": can_manage_gatherings(user) and user.service_id == gathering.service_id,
    }


def get_gathering_for_manage(user: User, pk: int) -> Gathering:
    """For changing or cancelling: 404 for anyone outside the service, 403 for people in it
    who may not run gatherings."""
    from django.core.exceptions import PermissionDenied

    gathering = Gathering.objects.select_related("venue", "service").filter(pk=pk).first()
    if gathering is None or not signed_in(user) or user.service_id != gathering.service_id:
        raise Http404
    if not can_manage_gatherings(user):
        raise PermissionDenied
    return gathering


def gathering_invitees(service_id: int, *, now: datetime.datetime) -> QuerySet[User]:
    """Everyone a gathering is for: the service's past PMP participants (on a programme whose
    sessions are all over, and who did not leave it) and the members of its groups."""
    past = (
        Enrolment.objects.filter(programme__service_id=service_id)
        .exclude(status=EnrolmentStatus.WITHDRAWN)
        .exclude(programme__status=ProgrammeStatus.CANCELLED)
        .exclude(programme__sessions__starts_at__gt=now)
        .values("participant_id")
    )
    members = Membership.objects.filter(
        group__service_id=service_id, status__in=CURRENT_STATUSES
    ).values("person_id")
    return User.objects.filter(Q(pk__in=past) | Q(pk__in=members), is_active=True).order_by("pk")


def gathering_last_held(service_id: int, *, now: datetime.datetime) -> Gathering | None:
    return (
        Gathering.objects.filter(
            service_id=service_id, cancelled_at__isnull=True, starts_at__lte=now
        )
        .order_by("-starts_at")
        .first()
    )


def services_due_a_gathering(*, now: datetime.datetime) -> list[tuple[Service, Gathering]]:
    """Services whose last gathering was six months ago or more, with none planned: each with
    that last gathering."""
    due = []
    with_past = Gathering.objects.filter(cancelled_at__isnull=True, starts_at__lte=now)
    for service in Service.objects.filter(pk__in=with_past.values("service_id")):
        planned = Gathering.objects.filter(
            service=service, cancelled_at__isnull=True, starts_at__gt=now
        ).exists()
        last = gathering_last_held(service.pk, now=now)
        if not planned and last is not None and last.starts_at <= now - GATHERING_GAP:
            due.append((service, last))
    return due


def gathering_organisers(service: Service) -> list[User]:
    """The staff who may plan a gathering, told when the next one is due."""
    return [
        person
        for person in User.objects.filter(service=service, is_active=True).order_by("pk")
        if person.has_role(Role.CLINICIAN, Role.SERVICE_ADMIN)
    ]
