"""The venue library, and the service's get-togethers for every group (gatherings)."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence

from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, QuerySet
from django.http import Http404

from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import signed_in

from ..models import (
    Gathering,
    GatheringRSVP,
    RSVPAnswer,
    Venue,
)
from .access import (
    can_manage_venues,
    is_member_in_service,
    is_past_participant,
)


def venue_choices(service_id: int) -> QuerySet[Venue]:
    return Venue.objects.filter(service_id=service_id, archived_at__isnull=True).order_by("name")


def venue_by_name(service_id: int, name: str) -> Venue | None:
    """The venue in the library with this name (any case), if there is one."""
    return venue_choices(service_id).filter(name__iexact=name).first()


def venue_list_for_user(user: User) -> list[Venue]:
    if not signed_in(user) or user.service_id is None:
        raise Http404
    if not can_manage_venues(user) and not is_member_in_service(user, user.service_id):
        raise PermissionDenied
    return list(venue_choices(user.service_id))


def gatherings_for_user(*, user: User, now: datetime.datetime) -> Sequence[Gathering]:
    if not signed_in(user) or user.service_id is None:
        raise Http404
    if not (user.is_staff_member or is_member_in_service(user, user.service_id)
            or is_past_participant(user, user.service_id)):
        raise Http404
    gatherings = list(
        Gathering.objects.filter(service_id=user.service_id, starts_at__gt=now - datetime.timedelta(
            days=1))
        .select_related("venue")
        .annotate(
            going=Count("rsvps", filter=Q(rsvps__answer=RSVPAnswer.GOING)),
            my_answer=GatheringRSVP.objects.filter(gathering=OuterRef("pk"), person=user)
            .values("answer")[:1],
        )
        .order_by("starts_at")
    )
    return gatherings


def gathering_page(gathering: Gathering, *, user: User) -> dict:
    rsvps = Counter(gathering.rsvps.values_list("answer", flat=True))
    mine = gathering.rsvps.filter(person=user).values_list("answer", flat=True).first()
    return {"counts": rsvps, "my_answer": mine}
