"""The venue library."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from pmp_followon.accounts.models import User
from pmp_followon.accounts.permissions import signed_in

from ..models import Venue
from .access import (
    can_manage_venues,
    is_member_in_service,
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
