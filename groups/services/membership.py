"""Being in a group: joining rows, breaks, leaving, what a member shares, the coordinator
role (handing over, sharing, stepping up) and the screening notice."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import Role, User
from pmp_followon.clock import now_or_current, shorten
from programmes.models import NotContinuingReason

from .. import notification_kinds as kinds
from .. import timing
from ..models import (
    COORDINATOR_ROLES,
    Group,
    JoinRequest,
    JoinRequestStatus,
    Membership,
    MembershipRole,
    MembershipStatus,
)
from ..notice import SCREENING_NOTICE_VERSION
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _absolute,
    _active_memberships,
    _audit,
    _current_membership,
    _eligible_member,
    _group_url,
    _has_active_coordinator,
    _lock_group,
    _notify,
    _require_coordinator,
    _require_member,
    _require_open,
)
from .reminders import (
    _member_reminders_cancel,
    _member_reminders_restart,
)

LEAVE_REASONS = tuple(NotContinuingReason.values)


def _share_flags(kinds_shared: Sequence[str]) -> tuple[bool, bool]:
    return "email" in kinds_shared, bool({"sms", "mobile_calls", "whatsapp"} & set(kinds_shared))


def _membership_activate(
    *,
    group: Group,
    person: User,
    role: str,
    now: datetime.datetime,
    share_email: bool = False,
    share_mobile: bool = False,
) -> Membership:
    """Make ``person`` a current member (a new row, or the old one when they come back)."""
    membership = Membership.objects.select_for_update().filter(group=group, person=person).first()
    if membership is None:
        membership = Membership(group=group, person=person)
    elif membership.is_current:
        if role in COORDINATOR_ROLES and membership.role == MembershipRole.MEMBER:
            membership.role = role
            membership.save(update_fields=["role"])
        return membership
    membership.role = role
    membership.status = MembershipStatus.ACTIVE
    membership.joined_at = now
    membership.ended_at = None
    membership.paused_at = None
    membership.paused_until = None
    membership.left_reason = ""
    membership.left_reason_other = ""
    membership.share_email = share_email
    membership.share_mobile = share_mobile
    membership.full_clean(validate_constraints=False)
    membership.save()
    return membership


def _members_add(
    group: Group,
    *,
    coordinators: Sequence[User],
    members: Sequence[User],
    ptv: User | None,
    shares: Mapping[int, Sequence[str]],
    now: datetime.datetime,
) -> list[Membership]:
    added = []
    coordinator_ids = {p.pk for p in coordinators}
    seen: set[int] = set()
    for person in [*coordinators, *members]:
        if person.pk in seen:
            continue
        seen.add(person.pk)
        if not _eligible_member(person, group.service):
            raise ValidationError(
                _("%(name)s cannot join: they are not a participant of this service.")
                % {"name": person.display_name}
            )
        share_email, share_mobile = _share_flags(shares.get(person.pk, ()))
        added.append(
            _membership_activate(
                group=group,
                person=person,
                role=MembershipRole.COORDINATOR
                if person.pk in coordinator_ids
                else MembershipRole.MEMBER,
                share_email=share_email,
                share_mobile=share_mobile and bool(person.mobile),
                now=now,
            )
        )
    if ptv is not None:
        if not (ptv.is_active and ptv.service_id == group.service_id and ptv.has_role(Role.PTV)):
            raise ValidationError(_("The supporting volunteer must be a PTV of this service."))
        added.append(
            _membership_activate(
                group=group, person=ptv, role=MembershipRole.PTV_SUPPORTER, now=now
            )
        )
    return added


def _coordinator_gap_check(
    group: Group, *, had_coordinator: bool, actor: User | None, now: datetime.datetime
) -> bool:
    """When a group has just lost its last active coordinator, tell its members (they can
    step up in one tap) and the group's clinician. Returns whether it told anyone."""
    if not had_coordinator or _has_active_coordinator(group) or group.is_closed:
        return False
    event = _audit(group=group, actor=actor, verb="no_coordinator", now=now)
    context = {
        "group_id": group.pk,
        "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
        "step_up_url": _absolute(reverse("groups:step_up", args=[group.pk])),
        "group_url": _group_url(group),
    }
    for membership in _active_memberships(group):
        if membership.is_ptv_supporter:
            continue
        _notify(
            recipient=membership.person,
            kind=kinds.NO_COORDINATOR,
            context=context,
            key=f"groups.no_coordinator:{group.pk}:{event.pk}:{membership.person_id}",
            now=now,
        )
    for clinician in _clinicians_to_tell(group):
        _notify(
            recipient=clinician,
            kind=kinds.NO_COORDINATOR_STAFF,
            context={
                "group_id": group.pk,
                "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
                "overview_url": _absolute(reverse("groups:staff_overview")),
            },
            key=f"groups.no_coordinator_staff:{group.pk}:{event.pk}:{clinician.pk}",
            now=now,
        )
    return True


def _clinicians_to_tell(group: Group) -> list[User]:
    clinician = group.contact_clinician
    if clinician is not None and clinician.is_active:
        return [clinician]
    return list(
        User.objects.filter(
            service=group.service, is_active=True, is_clinical_lead=True, role=Role.CLINICIAN
        ).order_by("pk")
    )


@transaction.atomic
def membership_pause(
    *,
    actor: User,
    group: Group,
    until: datetime.date | None = None,
    now: datetime.datetime | None = None,
) -> Membership:
    """Take a break (ill-health, a flare-up): still a member, no reminders until ``until``
    (or until they resume)."""
    now = now_or_current(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    today = timing.local_date(now, group.service.zone)
    if until is not None and until <= today:
        raise ValidationError({"until": _("The date must be in the future.")})
    if until is not None and until > today + datetime.timedelta(days=366):
        raise ValidationError({"until": _("Choose a date within the next year.")})
    had_coordinator = _has_active_coordinator(group)
    membership.status = MembershipStatus.PAUSED
    membership.paused_at = now
    membership.paused_until = until
    membership.save(update_fields=["status", "paused_at", "paused_until"])
    _member_reminders_cancel(membership, actor=actor, reason="Member paused", now=now)
    _audit(
        group=group,
        actor=actor,
        verb="membership_paused",
        now=now,
        until=until.isoformat() if until else None,
    )
    _coordinator_gap_check(group, had_coordinator=had_coordinator, actor=actor, now=now)
    return membership


def _resume(membership: Membership, *, actor: User | None, now: datetime.datetime) -> bool:
    changed = Membership.objects.filter(pk=membership.pk, status=MembershipStatus.PAUSED).update(
        status=MembershipStatus.ACTIVE, paused_at=None, paused_until=None
    )
    if changed != 1:
        return False
    membership.refresh_from_db()
    _member_reminders_restart(membership, now)
    _audit(group=membership.group, actor=actor, verb="membership_resumed", now=now)
    return True


@transaction.atomic
def membership_resume(
    *, actor: User, group: Group, now: datetime.datetime | None = None
) -> Membership:
    now = now_or_current(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    if membership.status != MembershipStatus.PAUSED:
        raise ValidationError(_("You are not taking a break from this group."))
    _resume(membership, actor=actor, now=now)
    return membership


def membership_pauses_end_due(*, now: datetime.datetime | None = None) -> int:
    """Resume members whose chosen break has ended (beat)."""
    now = now_or_current(now)
    count = 0
    due = Membership.objects.filter(
        status=MembershipStatus.PAUSED, paused_until__isnull=False
    ).select_related("group__service", "person")
    for membership in due:
        until = membership.paused_until
        if until is None or until > timing.local_date(now, membership.group.service.zone):
            continue
        with transaction.atomic():
            count += _resume(membership, actor=None, now=now)
    return count


@transaction.atomic
def membership_leave(
    *,
    actor: User,
    group: Group,
    reason: str = "",
    reason_other: str = "",
    now: datetime.datetime | None = None,
) -> Membership:
    """Leave the group, with an optional reason from the same list as the handover."""
    now = now_or_current(now)
    group = _lock_group(group)
    membership = _require_member(actor, group)
    if reason and reason not in LEAVE_REASONS:
        raise ValidationError({"reason": _("Choose a reason from the list, or leave it blank.")})
    had_coordinator = _has_active_coordinator(group)
    _leave(membership, reason=reason, reason_other=reason_other.strip(), actor=actor, now=now)
    _coordinator_gap_check(group, had_coordinator=had_coordinator, actor=actor, now=now)
    return membership


def _leave(
    membership: Membership,
    *,
    reason: str,
    reason_other: str,
    actor: User | None,
    now: datetime.datetime,
) -> None:
    _member_reminders_cancel(membership, actor=actor, reason="Member left", now=now)
    JoinRequest.objects.filter(
        person=membership.person, status=JoinRequestStatus.PENDING, from_group=membership.group
    ).update(status=JoinRequestStatus.WITHDRAWN, decided_at=now)
    old_role = membership.role
    membership.status = MembershipStatus.LEFT
    membership.ended_at = now
    membership.left_reason = reason
    membership.left_reason_other = reason_other
    if membership.role in COORDINATOR_ROLES:
        membership.role = MembershipRole.MEMBER
    membership.full_clean(validate_constraints=False)
    membership.save()
    _audit(
        group=membership.group,
        actor=actor,
        verb="membership_left",
        now=now,
        reason=reason,
        old_role=old_role,
    )


@transaction.atomic
def membership_sharing_update(
    *,
    actor: User,
    group: Group,
    share_email: bool,
    share_mobile: bool,
    now: datetime.datetime | None = None,
) -> Membership:
    """What the rest of the group can see of my contact details (staff never see them)."""
    now = now_or_current(now)
    membership = _require_member(actor, group)
    if share_mobile and not actor.mobile:
        raise ValidationError(
            {"share_mobile": _("Add a mobile number to your account first, or leave this.")}
        )
    old = {"email": membership.share_email, "mobile": membership.share_mobile}
    membership.share_email, membership.share_mobile = share_email, share_mobile
    membership.save(update_fields=["share_email", "share_mobile"])
    _audit(
        group=group,
        actor=actor,
        verb="sharing_changed",
        now=now,
        old=old,
        new={"email": share_email, "mobile": share_mobile},
    )
    return membership


@transaction.atomic
def coordinator_handover(
    *,
    actor: User,
    group: Group,
    to_person: User,
    share: bool,
    now: datetime.datetime | None = None,
) -> Membership:
    """In one step: hand the coordinator role to another member (``share=False``: the actor
    becomes a member), or share it (``share=True``: they become a co-coordinator)."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_open(group)
    mine = _require_coordinator(actor, group)
    target = _current_membership(group, to_person)
    if target is None or target.pk == mine.pk:
        raise ValidationError({"person": _("Choose someone else in the group.")})
    if target.is_ptv_supporter:
        raise ValidationError(
            {
                "person": _(
                    "A patient tutor volunteer supports the group for a while; choose a member."
                )
            }
        )
    if target.status != MembershipStatus.ACTIVE:
        raise ValidationError(
            {
                "person": _("%(name)s is taking a break from the group. Choose someone else.")
                % {"name": to_person.display_name}
            }
        )
    if share and target.role in COORDINATOR_ROLES:
        raise ValidationError(
            {"person": _("%(name)s already helps coordinate.") % {"name": to_person.display_name}}
        )
    old = {"from": mine.role, "to": target.role}
    if share:
        target.role = MembershipRole.CO_COORDINATOR
    else:
        target.role = MembershipRole.COORDINATOR
        mine.role = MembershipRole.MEMBER
        mine.save(update_fields=["role"])
    target.save(update_fields=["role"])
    event = _audit(
        group=group,
        actor=actor,
        verb="coordinator_shared" if share else "coordinator_handed_over",
        now=now,
        person=to_person.pk,
        old=old,
        new={"from": mine.role, "to": target.role},
    )
    _notify(
        recipient=target.person,
        kind=kinds.COORDINATOR_ROLE,
        context={
            "group_id": group.pk,
            "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
            "from_name": shorten(actor.display_name, 60),
            "shared": share,
            "group_url": _group_url(group),
        },
        key=f"groups.coordinator_role:{event.pk}",
        now=now,
    )
    return target


@transaction.atomic
def coordinator_step_up(
    *, actor: User, group: Group, now: datetime.datetime | None = None
) -> Membership:
    """A member offers to coordinate a group that has no active coordinator."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_open(group)
    membership = _require_member(actor, group)
    if membership.is_ptv_supporter:
        raise PermissionDenied
    if _has_active_coordinator(group):
        raise ValidationError(_("The group already has a coordinator."))
    if membership.status != MembershipStatus.ACTIVE:
        raise ValidationError(_("Come back from your break first, then you can coordinate."))
    membership.role = MembershipRole.COORDINATOR
    membership.save(update_fields=["role"])
    _audit(group=group, actor=actor, verb="coordinator_stepped_up", now=now)
    return membership


@transaction.atomic
def screening_notice_agree(
    *, actor: User, group: Group, version: str, now: datetime.datetime | None = None
) -> Membership:
    now = now_or_current(now)
    membership = _require_member(actor, group)
    if version != SCREENING_NOTICE_VERSION:
        raise ValidationError(_("Please read the notice again: it has changed."))
    membership.screening_notice_version = version
    membership.screening_notice_agreed_at = now
    membership.save(update_fields=["screening_notice_version", "screening_notice_agreed_at"])
    _audit(group=group, actor=actor, verb="screening_notice_agreed", now=now, version=version)
    return membership
