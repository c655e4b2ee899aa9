"""Who may do what with personal data, built on accounts/permissions.py.

- Anyone signed in sees, downloads and corrects their own data.
- A participant may leave by themselves; a staff account is closed by the service admin
  (403 here, so staff are not told the page does not exist).
- A clinician of the person's service records a leave request for a participant; other
  staff of that service (PTVs, reviewers) are read-only (403); anyone else gets 404.
- Clinical leads set and release legal holds; safeguarding reviewers of the service may
  see them (read-only, 403 on change); anyone else gets 404.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from pmp_followon.accounts.models import Role, User
from pmp_followon.accounts.permissions import (
    is_alert_reviewer,
    is_service_clinician,
    is_service_staff,
    signed_in,
)

from ..models import DataExport, LegalHold


def _own_service_id(user: User) -> int:
    """The viewer's service; the access checks before every call have made sure of it."""
    if user.service_id is None:
        raise Http404
    return user.service_id


def require_signed_in(user: User) -> None:
    if not signed_in(user):
        raise Http404


def require_can_leave(user: User) -> None:
    require_signed_in(user)
    if user.is_staff_member:
        raise PermissionDenied


def can_act_for_participants(user: User) -> bool:
    return user.service_id is not None and is_service_clinician(user, user.service_id)


def participants_for_user(*, user: User, write: bool = False) -> QuerySet[User]:
    """Participants of the viewer's service, for acting on a request to leave."""
    if not is_service_staff(user):
        raise Http404
    if not can_act_for_participants(user):
        raise PermissionDenied
    return User.objects.filter(
        service_id=_own_service_id(user), role=Role.PARTICIPANT, is_active=True
    ).order_by("display_name", "email")


def get_participant_for_user(user: User, pk: int, *, write: bool = False) -> User:
    if not is_service_staff(user):
        raise Http404
    person = User.objects.filter(
        pk=pk, service_id=_own_service_id(user), role=Role.PARTICIPANT, is_active=True
    ).first()
    if person is None:
        raise Http404
    if not can_act_for_participants(user):
        raise PermissionDenied
    return person


def can_manage_holds(user: User) -> bool:
    return is_service_staff(user) and user.is_clinical_lead


def can_view_holds(user: User) -> bool:
    return can_manage_holds(user) or is_alert_reviewer(user)


def holds_for_user(*, user: User, write: bool = False) -> QuerySet[LegalHold]:
    if not can_view_holds(user):
        raise Http404
    if write and not can_manage_holds(user):
        raise PermissionDenied
    return LegalHold.objects.filter(service_id=_own_service_id(user)).select_related(
        "person", "set_by", "released_by"
    )


def get_hold_for_user(user: User, pk: int, *, write: bool = False) -> LegalHold:
    hold = holds_for_user(user=user, write=False).filter(pk=pk).first()
    if hold is None:
        raise Http404
    if write and not can_manage_holds(user):
        raise PermissionDenied
    return hold


def hold_candidates_for_user(user: User) -> QuerySet[User]:
    """People of the lead's service a hold can be set on (everyone, active or not)."""
    holds_for_user(user=user, write=True)
    return User.objects.filter(service_id=_own_service_id(user)).order_by("display_name", "email")


def exports_for_user(*, user: User) -> QuerySet[DataExport]:
    require_signed_in(user)
    return DataExport.objects.filter(person=user).defer("payload")
