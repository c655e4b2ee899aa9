"""The directory's other half: asking to join a group, moving from another group, a
clinician's introduction, and the coordinator's answer."""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from pmp_followon.accounts.models import User
from pmp_followon.clock import now_or_current, shorten

from .. import notification_kinds as kinds
from ..models import (
    Group,
    JoinRequest,
    JoinRequestKind,
    JoinRequestStatus,
    MembershipRole,
)
from ._common import (
    CONTEXT_TEXT_LIMIT,
    _absolute,
    _active_coordinators,
    _audit,
    _current_membership,
    _eligible_member,
    _group_url,
    _has_active_coordinator,
    _lock_group,
    _notify,
    _require_coordinator,
    _require_staff_clinician,
)
from .membership import (
    _coordinator_gap_check,
    _leave,
    _membership_activate,
)
from .reminders import _member_reminders_restart

MEMBER_LEFT_MOVED = "moved"


def _notify_join_request(request: JoinRequest, now: datetime.datetime) -> None:
    group = request.group
    context = {
        "group_id": group.pk,
        "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
        "person_name": shorten(request.person.display_name, 60),
        "move": request.kind == JoinRequestKind.MOVE,
        "introduced": request.introduced_by_id is not None,
        "members_url": _absolute(reverse("groups:members", args=[group.pk])),
    }
    for membership in _active_coordinators(group):
        _notify(
            recipient=membership.person,
            kind=kinds.JOIN_REQUEST,
            context=context,
            key=f"groups.join_request:{request.pk}:{membership.person_id}",
            now=now,
        )


def _join_request_new(
    *,
    group: Group,
    person: User,
    message: str,
    from_group: Group | None,
    introduced_by: User | None,
    now: datetime.datetime,
) -> JoinRequest:
    if group.is_closed or not group.open_to_new_members:
        raise ValidationError(_("This group is not taking new members just now."))
    if not _has_active_coordinator(group):
        raise ValidationError(
            _(
                "This group is looking for a new coordinator, so it cannot take new members "
                "just now."
            )
        )
    if not _eligible_member(person, group.service):
        raise ValidationError(_("Only participants of this pain service can join its groups."))
    if _current_membership(group, person) is not None:
        raise ValidationError(
            _("%(name)s is already in this group.") % {"name": person.display_name}
        )
    request = JoinRequest(
        group=group,
        person=person,
        message=message.strip(),
        introduced_by=introduced_by,
        kind=JoinRequestKind.MOVE if from_group else JoinRequestKind.JOIN,
        from_group=from_group,
        created_at=now,
    )
    request.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        raise ValidationError(
            _("There is already a request waiting for the coordinator.")
        ) from None
    _notify_join_request(request, now)
    return request


@transaction.atomic
def join_request_create(
    *,
    actor: User,
    group: Group,
    message: str = "",
    move_from: Group | None = None,
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A participant asks to join a group from the directory, or to move to it from their
    current group (they leave the old one when the coordinator accepts)."""
    now = now_or_current(now)
    group = _lock_group(group)
    if actor.service_id != group.service_id:
        raise PermissionDenied
    if move_from is not None and _current_membership(move_from, actor) is None:
        raise ValidationError({"move_from": _("You can only move from a group you are in.")})
    request = _join_request_new(
        group=group,
        person=actor,
        message=message,
        from_group=move_from,
        introduced_by=None,
        now=now,
    )
    _audit(
        group=group,
        actor=actor,
        verb="join_requested",
        now=now,
        request=request.pk,
        move=move_from is not None,
    )
    return request


@transaction.atomic
def join_request_introduce(
    *,
    actor: User,
    group: Group,
    person: User,
    message: str = "",
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A clinician introduces someone (who has agreed) to a group open to new members; the
    coordinator decides, as with any request."""
    now = now_or_current(now)
    group = _lock_group(group)
    _require_staff_clinician(actor, group.service)
    request = _join_request_new(
        group=group, person=person, message=message, from_group=None, introduced_by=actor, now=now
    )
    _audit(group=group, actor=actor, verb="join_introduced", now=now, request=request.pk)
    return request


@transaction.atomic
def join_request_withdraw(
    *, actor: User, request: JoinRequest, now: datetime.datetime | None = None
) -> JoinRequest:
    now = now_or_current(now)
    request = JoinRequest.objects.select_for_update().get(pk=request.pk)
    if request.person_id != actor.pk:
        raise PermissionDenied
    if not request.is_pending:
        raise ValidationError(_("This request has already been answered."))
    request.status, request.decided_at = JoinRequestStatus.WITHDRAWN, now
    request.save(update_fields=["status", "decided_at"])
    return request


@transaction.atomic
def join_request_decide(
    *,
    actor: User,
    request: JoinRequest,
    accept: bool,
    now: datetime.datetime | None = None,
) -> JoinRequest:
    """A coordinator accepts (the person becomes a member, and on a move leaves their old
    group) or declines (they are told kindly and pointed back to the directory)."""
    now = now_or_current(now)
    request = (
        JoinRequest.objects.select_for_update(of=("self",))
        .select_related("group__service", "person", "from_group")
        .get(pk=request.pk)
    )
    group = _lock_group(request.group)
    _require_coordinator(actor, group)
    if not request.is_pending:
        raise ValidationError(_("This request has already been answered."))
    request.status = JoinRequestStatus.ACCEPTED if accept else JoinRequestStatus.DECLINED
    request.decided_by, request.decided_at = actor, now
    request.save(update_fields=["status", "decided_by", "decided_at"])
    if accept:
        if not _eligible_member(request.person, group.service):
            raise ValidationError(_("This person can no longer join."))
        membership = _membership_activate(
            group=group, person=request.person, role=MembershipRole.MEMBER, now=now
        )
        _member_reminders_restart(membership, now)
        if request.kind == JoinRequestKind.MOVE and request.from_group is not None:
            old_group = _lock_group(request.from_group)
            old = _current_membership(old_group, request.person)
            if old is not None:
                had_coordinator = _has_active_coordinator(old_group)
                _leave(
                    old, reason="", reason_other=MEMBER_LEFT_MOVED, actor=request.person, now=now
                )
                _coordinator_gap_check(
                    old_group, had_coordinator=had_coordinator, actor=request.person, now=now
                )
    _notify(
        recipient=request.person,
        kind=kinds.JOIN_DECIDED,
        context={
            "group_id": group.pk,
            "group_name": shorten(group.name, CONTEXT_TEXT_LIMIT),
            "accepted": accept,
            "group_url": _group_url(group),
            "directory_url": _absolute(reverse("groups:directory")),
        },
        key=f"groups.join_decided:{request.pk}",
        now=now,
    )
    _audit(
        group=group,
        actor=actor,
        verb="join_accepted" if accept else "join_declined",
        now=now,
        request=request.pk,
        move=request.kind == JoinRequestKind.MOVE,
    )
    return request
