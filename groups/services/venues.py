"""The service's venue library (with access details)."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current

from .. import selectors
from ..models import (
    Venue,
)

VENUE_FIELDS = (
    "name",
    "kind",
    "address",
    "area",
    "step_free",
    "back_support_seating",
    "accessible_toilet",
    "parking_distance_m",
    "bus_stop_distance_m",
    "noise",
    "accessibility_notes",
)


@transaction.atomic
def venue_create(*, actor: User, now: datetime.datetime | None = None, **fields) -> Venue:
    now = now_or_current(now)
    if not selectors.can_manage_venues(actor):
        raise PermissionDenied
    unknown = set(fields) - set(VENUE_FIELDS)
    if unknown:
        raise TypeError(f"Unknown venue fields: {sorted(unknown)}")
    venue = Venue(service=actor.service, created_by=actor, created_at=now, updated_at=now, **fields)
    if Venue.objects.filter(
        service=actor.service, name__iexact=venue.name.strip(), archived_at__isnull=True
    ).exists():
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.name = venue.name.strip()
    venue.full_clean()
    venue.save()
    return venue


@transaction.atomic
def venue_update(
    *, actor: User, venue: Venue, now: datetime.datetime | None = None, **fields
) -> Venue:
    now = now_or_current(now)
    venue = Venue.objects.select_for_update().get(pk=venue.pk)
    if not selectors.can_manage_venues(actor) or venue.service_id != actor.service_id:
        raise PermissionDenied
    for field, value in fields.items():
        if field not in VENUE_FIELDS:
            raise TypeError(f"Unknown venue field: {field}")
        setattr(venue, field, value)
    venue.name = venue.name.strip()
    if (
        Venue.objects.filter(
            service=venue.service, name__iexact=venue.name, archived_at__isnull=True
        )
        .exclude(pk=venue.pk)
        .exists()
    ):
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.updated_at = now
    venue.full_clean()
    venue.save()
    return venue
