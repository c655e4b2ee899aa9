"""The service's gatherings (get-togethers, twice a year in the study) for past PMP
participants and every group's members: planning one with its agenda, inviting everyone
through the outbox, changing or cancelling it with notice to everyone invited, answers, and
a reminder to the service's staff when six months have passed since the last one."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Service, User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.notifications.services import notification_create
from pmp_followon.ui.dates import uk_date, uk_datetime
from programmes.schedule import local_to_utc

from .. import selectors
from ..models import (
    Gathering,
    GatheringEvent,
    GatheringInvitation,
    GatheringRSVP,
    RSVPAnswer,
    Venue,
)
from ..notification_kinds import (
    GATHERING_CANCELLED,
    GATHERING_CHANGED,
    GATHERING_DUE,
    GATHERING_INVITATION,
)
from ._common import CONTEXT_TEXT_LIMIT, _absolute

AGENDA_FIELDS = ("agenda_groups", "agenda_learning", "agenda_linking")
# What, when changed, people who were invited are told about.
NOTICE_FIELDS = ("starts_at", "duration_minutes", "venue_id", "place_note")


def _audit(
    gathering: Gathering, *, actor: User | None, verb: str, now: datetime.datetime, **detail
) -> GatheringEvent:
    return GatheringEvent.objects.create(
        gathering=gathering, actor=actor, verb=verb, detail=detail, at=now
    )


def _context(gathering: Gathering, now: datetime.datetime) -> dict:
    zone = gathering.service.zone
    return {
        "gathering_id": gathering.pk,
        "title": shorten(gathering.title, CONTEXT_TEXT_LIMIT),
        "when": uk_datetime(gathering.starts_at, now=now, tz=zone),
        "place": shorten(gathering.place_label(), CONTEXT_TEXT_LIMIT),
        "link": _absolute(reverse("groups:gathering_detail", args=[gathering.pk])),
    }


def _check_when_and_where(
    *,
    service: Service,
    day: datetime.date,
    at: datetime.time,
    venue: Venue | None,
    place_note: str,
    now: datetime.datetime,
) -> datetime.datetime:
    if venue is not None and (venue.service_id != service.pk or venue.archived_at):
        raise ValidationError({"venue": _("Choose a venue from the list.")})
    starts_at = local_to_utc(day, at, service.zone)
    if starts_at <= now:
        raise ValidationError({"day": _("Choose a date in the future.")})
    if venue is None and not place_note.strip():
        raise ValidationError({"venue": _("Choose a venue, or say where.")})
    return starts_at


def _invite_everyone(gathering: Gathering, *, actor: User | None, now: datetime.datetime) -> int:
    """Invite everyone the gathering is for who has not been invited yet: a row each, and an
    invitation through the outbox. Safe to run twice."""
    already = set(gathering.invitations.values_list("person_id", flat=True))
    people = [
        p
        for p in selectors.gathering_invitees(gathering.service_id, now=now)
        if p.pk not in already
    ]
    GatheringInvitation.objects.bulk_create(
        [GatheringInvitation(gathering=gathering, person=p, invited_at=now) for p in people],
        ignore_conflicts=True,
    )
    context = _context(gathering, now)
    for person in people:
        notification_create(
            recipient=person,
            kind=GATHERING_INVITATION,
            context=context,
            idempotency_key=f"{GATHERING_INVITATION}:{gathering.pk}:{person.pk}",
            topic=f"groups.gathering:{gathering.pk}",
            now=now,
        )
    if people:
        _audit(gathering, actor=actor, verb="invited", now=now, count=len(people))
    return len(people)


def _tell_the_invited(
    gathering: Gathering, *, kind: str, version: str, now: datetime.datetime, **extra
) -> int:
    context = {**_context(gathering, now), **extra}
    invited = User.objects.filter(gathering_invitations__gathering=gathering, is_active=True)
    count = 0
    for person in invited:
        notification_create(
            recipient=person,
            kind=kind,
            context=context,
            idempotency_key=f"{kind}:{gathering.pk}:{version}:{person.pk}",
            topic=f"groups.gathering:{gathering.pk}",
            now=now,
        )
        count += 1
    return count


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
    agenda_groups: str = "",
    agenda_learning: str = "",
    agenda_linking: str = "",
    now: datetime.datetime | None = None,
) -> Gathering:
    """The service plans a gathering, with its agenda, and everyone it is for (past PMP
    participants and every group's members) is invited through the outbox."""
    now = now_or_current(now)
    service = actor.service
    if service is None or not selectors.can_manage_gatherings(actor):
        raise PermissionDenied
    starts_at = _check_when_and_where(
        service=service, day=day, at=at, venue=venue, place_note=place_note, now=now
    )
    gathering = Gathering(
        service=service,
        title=title.strip(),
        starts_at=starts_at,
        duration_minutes=duration_minutes,
        venue=venue,
        place_note=place_note.strip(),
        description=description.strip(),
        agenda_groups=agenda_groups.strip(),
        agenda_learning=agenda_learning.strip(),
        agenda_linking=agenda_linking.strip(),
        created_by=actor,
        created_at=now,
    )
    gathering.full_clean()
    gathering.save()
    _audit(gathering, actor=actor, verb="planned", now=now, when=gathering.starts_at.isoformat())
    _invite_everyone(gathering, actor=actor, now=now)
    return gathering


@transaction.atomic
def gathering_update(
    *,
    actor: User,
    gathering: Gathering,
    title: str,
    day: datetime.date,
    at: datetime.time,
    duration_minutes: int = 120,
    venue: Venue | None = None,
    place_note: str = "",
    description: str = "",
    agenda_groups: str = "",
    agenda_learning: str = "",
    agenda_linking: str = "",
    now: datetime.datetime | None = None,
) -> Gathering:
    """Change a gathering. When the time or place changes, everyone invited is told; people
    who have become eligible since it was planned are invited."""
    now = now_or_current(now)
    gathering = Gathering.objects.select_for_update().select_related("service").get(pk=gathering.pk)
    if not selectors.can_manage_gatherings(actor) or actor.service_id != gathering.service_id:
        raise PermissionDenied
    if gathering.cancelled_at is not None:
        raise ValidationError(_("This gathering is cancelled, so it cannot be changed."))
    if gathering.starts_at <= now:
        raise ValidationError(_("This gathering has already happened."))
    starts_at = _check_when_and_where(
        service=gathering.service, day=day, at=at, venue=venue, place_note=place_note, now=now
    )
    before = {f: getattr(gathering, f) for f in NOTICE_FIELDS}
    gathering.title = title.strip()
    gathering.starts_at = starts_at
    gathering.duration_minutes = duration_minutes
    gathering.venue = venue
    gathering.place_note = place_note.strip()
    gathering.description = description.strip()
    for field, value in zip(
        AGENDA_FIELDS, (agenda_groups, agenda_learning, agenda_linking), strict=True
    ):
        setattr(gathering, field, value.strip())
    gathering.updated_at = now
    gathering.full_clean()
    gathering.save()
    moved = [f for f in NOTICE_FIELDS if getattr(gathering, f) != before[f]]
    _audit(gathering, actor=actor, verb="changed", now=now, moved=moved)
    if moved:
        _tell_the_invited(gathering, kind=GATHERING_CHANGED, version=now.isoformat(), now=now)
    _invite_everyone(gathering, actor=actor, now=now)
    return gathering


@transaction.atomic
def gathering_cancel(
    *, actor: User, gathering: Gathering, reason: str = "", now: datetime.datetime | None = None
) -> Gathering:
    """Cancel a gathering with notice: everyone invited is told, with the reason."""
    now = now_or_current(now)
    gathering = Gathering.objects.select_for_update().select_related("service").get(pk=gathering.pk)
    if not selectors.can_manage_gatherings(actor) or actor.service_id != gathering.service_id:
        raise PermissionDenied
    if gathering.cancelled_at is not None:
        return gathering
    if gathering.starts_at <= now:
        raise ValidationError(_("This gathering has already happened."))
    gathering.cancelled_at = now
    gathering.cancelled_by = actor
    gathering.cancel_reason = reason.strip()
    gathering.full_clean()
    gathering.save()
    _audit(
        gathering, actor=actor, verb="cancelled", now=now, reason=shorten(gathering.cancel_reason)
    )
    _tell_the_invited(
        gathering,
        kind=GATHERING_CANCELLED,
        version="cancelled",
        now=now,
        reason=shorten(gathering.cancel_reason, CONTEXT_TEXT_LIMIT),
    )
    return gathering


@transaction.atomic
def gathering_rsvp(
    *, actor: User, gathering: Gathering, answer: str, now: datetime.datetime | None = None
) -> GatheringRSVP:
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


def gathering_reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Beat (through groups housekeeping): where six months have passed since a service's
    last gathering and none is planned, tell its clinicians and service admins, once for
    each last gathering. Safe to run twice."""
    now = now_or_current(now)
    sent = 0
    for service, last in selectors.services_due_a_gathering(now=now):
        context = {
            "last_title": shorten(last.title, CONTEXT_TEXT_LIMIT),
            "last_date": uk_date(last.starts_at, now=now, tz=service.zone),
            "link": _absolute(reverse("groups:gathering_create")),
        }
        with transaction.atomic():
            for person in selectors.gathering_organisers(service):
                rows = notification_create(
                    recipient=person,
                    kind=GATHERING_DUE,
                    context=context,
                    idempotency_key=f"{GATHERING_DUE}:{service.pk}:{last.pk}:{person.pk}",
                    now=now,
                )
                sent += sum(1 for row in rows if row.created_at == now)
    return sent
