"""Reads about people that depend on who is looking."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from .models import Role, User
from .permissions import is_service_staff


def can_manage_people(user: User) -> bool:
    """Service admins invite people to their service."""
    return is_service_staff(user) and user.has_role(Role.SERVICE_ADMIN)


def can_view_people(user: User) -> bool:
    """Service admins, and clinical leads (read only), see who is in their service."""
    return can_manage_people(user) or (is_service_staff(user) and user.is_clinical_lead)


PEOPLE_PAGE_SIZE = 25


def people_list_for_user(
    *, user: User, write: bool = False, q: str = "", role: str = ""
) -> QuerySet[User]:
    """Everyone in the viewer's service (whose name or email contains `q`, who has `role`,
    as main or extra role). 404 for people with no business here, 403 for read-only viewers
    (clinical leads) asking to change something."""
    service_id = user.service_id
    if service_id is None or not can_view_people(user):
        raise Http404
    if write and not can_manage_people(user):
        raise PermissionDenied
    people = User.objects.filter(service_id=service_id)
    if q.strip():
        q = q.strip()
        people = people.filter(Q(display_name__icontains=q) | Q(email__icontains=q))
    if role:
        people = people.filter(Q(role=role) | Q(extra_roles__icontains=f'"{role}"'))
    return people.only(
        "id", "email", "display_name", "role", "extra_roles", "is_active", "last_login"
    ).order_by("display_name", "email")
