"""The service's venue library (with access details) and its get-togethers for every
group (gatherings)."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current
from programmes.schedule import local_to_utc

from .. import selectors
from ..models import (
    Gathering,
    GatheringRSVP,
    RSVPAnswer,
    Venue,
)

VENUE_FIELDS = (
    "name", "kind", "address", "area", "step_free", "back_support_seating",
    "accessible_toilet", "parking_distance_m", "bus_stop_distance_m", "noise",
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
    venue = Venue(service=actor.service, created_by=actor, created_at=now, updated_at=now,
                  **fields)
    if Venue.objects.filter(service=actor.service, name__iexact=venue.name.strip(),
                            archived_at__isnull=True).exists():
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.name = venue.name.strip()
    venue.full_clean()
    venue.save()
    return venue


@transaction.atomic
def venue_update(*, actor: User, venue: Venue, now: datetime.datetime | None = None, **fields
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
    if Venue.objects.filter(service=venue.service, name__iexact=venue.name,
                            archived_at__isnull=True).exclude(pk=venue.pk).exists():
        raise ValidationError({"name": _("There is already a venue with this name.")})
    venue.updated_at = now
    venue.full_clean()
    venue.save()
    return venue


@transaction.atomic
def gathering_create(
    *,
    actor: User,
    title: str,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int = 120,
    venue: Venue | None = None,
    place_note: str = "",
    description: str = "",
    now: datetime.datetime | None = None,
) -> Gathering:
    """The service's get-together for past PMP participants and all group members."""
    now = now_or_current(now)
    if not selectors.can_manage_gatherings(actor):
        raise PermissionDenied
    service = actor.service
    if service is None:  # can_manage_gatherings: staff of a service
        raise PermissionDenied
    if venue is not None and (venue.service_id != service.pk or venue.archived_at):
        raise ValidationError({"venue": _("Choose a venue from the list.")})
    starts_at = local_to_utc(day, at, service.zone)
    if starts_at <= now:
        raise ValidationError({"day": _("Choose a date in the future.")})
    if venue is None and not place_note.strip():
        raise ValidationError({"venue": _("Choose a venue, or say where.")})
    gathering = Gathering(service=service, title=title.strip(), starts_at=starts_at,
                          duration_minutes=duration_minutes, venue=venue,
                          place_note=place_note.strip(), description=description.strip(),
                          created_by=actor, created_at=now)
    gathering.full_clean()
    gathering.save()
    return gathering


@transaction.atomic
def gathering_rsvp(*, actor: User, gathering: Gathering, answer: str,
                   now: datetime.datetime | None = None) -> GatheringRSVP:
    now = now_or_current(now)
    if not selectors.can_see_gathering(actor, gathering):
        raise PermissionDenied
    if answer not in RSVPAnswer.values:
        raise ValidationError({"answer": _("Choose one of the answers.")})
    if gathering.cancelled_at or gathering.starts_at <= now:
        raise ValidationError(_("This gathering is no longer taking answers."))
    rsvp, _created = GatheringRSVP.objects.update_or_create(
        gathering=gathering, person=actor, defaults={"answer": answer, "answered_at": now}
    )
    return rsvp
