"""A group from start to end: set up by a clinician or from a programme's handover, its
details changed, and closed."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, Service, User
from pmp_followon.clock import now_or_current, shorten
from pmp_followon.ui.dates import uk_datetime
from programmes.handover import first_meeting_window_warning
from programmes.models import Programme
from programmes.selectors import handover_summary_for_group_creation, settings_for_reading

from .. import notification_kinds as kinds
from .. import selectors
from ..models import (
    COORDINATOR_ROLES,
    Group,
    KeepInTouch,
    Meeting,
    MeetingMode,
    MeetingStatus,
    Poll,
    PollStatus,
    Purpose,
    Rhythm,
    Venue,
)
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _active_memberships,
    _audit,
    _eligible_member,
    _group_url,
    _lock_group,
    _notify,
    _require_coordinator,
    _require_open,
    _require_staff_clinician,
)
from .meetings import (
    _meeting_new,
    _propose_next,
    meeting_cancel,
)
from .membership import _members_add
from .polls import _poll_finish
from .reminders import _meeting_reminders_for_all
from .status import _status_refresh


def _clean_choices(values: Iterable[str], choices) -> list[str]:
    values = list(dict.fromkeys(values))
    if any(v not in choices.values for v in values):
        raise ValidationError(_("Choose from the list."))
    return values


@transaction.atomic
def group_create(
    *,
    actor: User,
    service: Service,
    name: str,
    area: str = "",
    rhythm: str = Rhythm.MONTHLY,
    purposes: Sequence[str] = (),
    keeps_in_touch: Sequence[str] = (),
    open_to_new_members: bool = False,
    description: str = "",
    coordinators: Sequence[User] = (),
    members: Sequence[User] = (),
    ptv: User | None = None,
    now: datetime.datetime | None = None,
) -> Group:
    """A clinician sets up a group (for people from an older programme, say). The usual
    way in is ``group_create_from_programme``."""
    now = now_or_current(now)
    _require_staff_clinician(actor, service)
    group = _group_new(
        actor=actor,
        service=service,
        name=name,
        area=area,
        rhythm=rhythm,
        purposes=purposes,
        keeps_in_touch=keeps_in_touch,
        open_to_new_members=open_to_new_members,
        description=description,
        contact_clinician=actor,
        now=now,
    )
    _members_add(group, coordinators=coordinators, members=members, ptv=ptv, shares={}, now=now)
    _audit(group=group, actor=actor, verb="group_created", now=now)
    return group


def _group_new(
    *,
    actor: User | None,
    service: Service,
    name: str,
    area: str,
    rhythm: str,
    purposes: Sequence[str],
    keeps_in_touch: Sequence[str],
    open_to_new_members: bool,
    description: str,
    contact_clinician: User | None,
    now: datetime.datetime,
) -> Group:
    group = Group(
        service=service,
        name=name.strip(),
        area=area.strip(),
        rhythm=rhythm,
        purposes=_clean_choices(purposes, Purpose),
        keeps_in_touch=_clean_choices(keeps_in_touch, KeepInTouch),
        open_to_new_members=open_to_new_members,
        description=description.strip(),
        contact_clinician=contact_clinician,
        created_by=actor,
        created_at=now,
    )
    group.full_clean()
    group.save()
    return group


@transaction.atomic
def group_update(
    *,
    actor: User,
    group: Group,
    name: str,
    area: str,
    description: str,
    rhythm: str,
    purposes: Sequence[str],
    keeps_in_touch: Sequence[str],
    open_to_new_members: bool,
    now: datetime.datetime | None = None,
) -> Group:
    now = now_or_current(now)
    group = _lock_group(group)
    _require_open(group)
    _require_coordinator(actor, group)
    fields = (
        "name",
        "area",
        "description",
        "rhythm",
        "purposes",
        "keeps_in_touch",
        "open_to_new_members",
    )
    old = {f: getattr(group, f) for f in fields}
    group.name, group.area, group.description = name.strip(), area.strip(), description.strip()
    group.rhythm = rhythm
    group.purposes = _clean_choices(purposes, Purpose)
    group.keeps_in_touch = _clean_choices(keeps_in_touch, KeepInTouch)
    group.open_to_new_members = open_to_new_members
    group.full_clean()
    group.save()
    new = {f: getattr(group, f) for f in fields}
    _audit(
        group=group,
        actor=actor,
        verb="group_updated",
        now=now,
        old={k: v for k, v in old.items() if new[k] != v},
        new={k: v for k, v in new.items() if old[k] != v},
    )
    return group


@dataclass(frozen=True)
class FirstMeeting:
    day: datetime.date
    at: datetime.time
    venue: Venue | None = None
    place_note: str = ""
    duration_minutes: int = 120


@dataclass(frozen=True)
class CreatedFromProgramme:
    group: Group
    meeting: Meeting | None
    warning: str | None


@transaction.atomic
def group_create_from_programme(
    *,
    actor: User,
    programme: Programme,
    name: str,
    area: str = "",
    rhythm: str = Rhythm.MONTHLY,
    purposes: Sequence[str] = (Purpose.SOCIAL,),
    keeps_in_touch: Sequence[str] = (KeepInTouch.APP,),
    open_to_new_members: bool = False,
    first_meeting: FirstMeeting | None = None,
    now: datetime.datetime | None = None,
) -> CreatedFromProgramme:
    """From handover to group: the programme's clinician (a facilitator, or a lead of its
    service) or one of its volunteer coordinators makes the group. Everyone keen becomes a
    member, the volunteers coordinators, the programme's PTV supports the first three
    meetings, and the first meeting is planned (or, with no ``first_meeting``, the
    coordinators find a time with a poll). A first meeting outside the service's window
    (4 to 6 weeks after the last session) gives a warning, never a block."""
    now = now_or_current(now)
    programme = Programme.objects.select_for_update().select_related("service").get(pk=programme.pk)
    summary = handover_summary_for_group_creation(programme)
    if not selectors.can_create_group_from(actor, programme, summary):
        raise PermissionDenied
    is_clinician = selectors.is_programme_clinician(actor, programme)
    if programme.is_cancelled:
        raise ValidationError(_("This programme was cancelled."))
    if Group.objects.filter(origin_programmes=programme).exists():
        raise ValidationError(_("A group has already been made from this programme."))
    if not summary.member_ids:
        raise ValidationError(_("Nobody on this programme has said they want to keep meeting yet."))
    clinician = (
        actor
        if is_clinician
        else (
            User.objects.filter(
                programme_facilitations__programme=programme, role=Role.CLINICIAN, is_active=True
            )
            .order_by("programme_facilitations__added_at")
            .first()
        )
    )
    group = _group_new(
        actor=actor,
        service=programme.service,
        name=name,
        area=area,
        rhythm=rhythm,
        purposes=purposes,
        keeps_in_touch=keeps_in_touch,
        open_to_new_members=open_to_new_members,
        description="",
        contact_clinician=clinician,
        now=now,
    )
    group.origin_programmes.add(programme)
    # Someone whose account has since closed is left out rather than blocking everyone.
    people = {
        u.pk: u
        for u in User.objects.filter(pk__in=summary.member_ids)
        if _eligible_member(u, programme.service)
    }
    coordinators = [people[pk] for pk in summary.coordinator_volunteer_ids if pk in people]
    members = [people[pk] for pk in summary.member_ids if pk in people]
    ptv = None
    if summary.ptv_id:
        candidate = User.objects.filter(pk=summary.ptv_id).first()
        if candidate and candidate.service_id == group.service_id and candidate.has_role(Role.PTV):
            ptv = candidate
    _members_add(
        group,
        coordinators=coordinators,
        members=members,
        ptv=ptv,
        shares=summary.shared_contacts,
        now=now,
    )

    meeting = None
    warning = None
    if first_meeting is not None:
        meeting = _meeting_new(
            group=group,
            actor=actor,
            day=first_meeting.day,
            at=first_meeting.at,
            duration_minutes=first_meeting.duration_minutes,
            mode=MeetingMode.IN_PERSON,
            venue=first_meeting.venue,
            place_note=first_meeting.place_note,
            online_link="",
            notes="",
            repeats=rhythm != Rhythm.AD_HOC,
            now=now,
        )
        if summary.last_session_date:
            programme_settings = settings_for_reading(programme.service)
            warning = first_meeting_window_warning(
                last_session_date=summary.last_session_date,
                first_meeting_date=first_meeting.day,
                min_weeks=programme_settings.first_meeting_min_weeks,
                max_weeks=programme_settings.first_meeting_max_weeks,
            )
    for membership in _active_memberships(group):
        context = {
            "group_id": group.pk,
            "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
            "programme_name": shorten(programme.name, CONTEXT_TEXT_LIMIT),
            "group_url": _group_url(group),
            "coordinator": membership.role in COORDINATOR_ROLES,
            "ptv": membership.is_ptv_supporter,
            "first_meeting": uk_datetime(meeting.starts_at, now=now, tz=group.service.zone)
            if meeting
            else "",
            "first_place": shorten(meeting.place_label(), CONTEXT_TEXT_LIMIT) if meeting else "",
        }
        _notify(
            recipient=membership.person,
            kind=kinds.WELCOME,
            context=context,
            key=f"groups.welcome:{group.pk}:{membership.person_id}",
            now=now,
        )
    if meeting is not None:
        _meeting_reminders_for_all(meeting, now)
        _propose_next(meeting, actor=actor, now=now)
    _audit(
        group=group,
        actor=actor,
        verb="group_created_from_programme",
        now=now,
        programme=programme.pk,
        members=len(members),
        coordinators=len(coordinators),
        ptv=bool(ptv),
        warning=warning or "",
    )
    _status_refresh(group, now)
    return CreatedFromProgramme(group=group, meeting=meeting, warning=warning)


@transaction.atomic
def group_close(*, actor: User, group: Group, now: datetime.datetime | None = None) -> Group:
    """The members have stopped meeting. Future meetings are cancelled (and people told)."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_coordinator(actor, group)
    _require_open(group)
    for meeting in Meeting.objects.filter(
        group=group,
        status__in=[MeetingStatus.SCHEDULED, MeetingStatus.PROPOSED],
        starts_at__gt=now,
    ):
        meeting_cancel(actor=actor, meeting=meeting, reason=_("The group has closed."), now=now)
    for poll in Poll.objects.filter(group=group, status__in=[PollStatus.OPEN, PollStatus.CLOSED]):
        _poll_finish(poll, status=PollStatus.CANCELLED, actor=actor, now=now)
    group.closed_at = now
    group.open_to_new_members = False
    group.save(update_fields=["closed_at", "open_to_new_members"])
    _status_refresh(group, now)
    _audit(group=group, actor=actor, verb="group_closed", now=now)
    return group
